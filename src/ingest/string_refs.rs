//! The shared-string references of an xlsx sheet, checked on a thread of
//! their own while calamine reads the sheet. calamine 0.38 reads an index
//! it cannot parse (`abc`, `-1`, 2^64) as string 0, and an index written
//! with an entity or as CDATA as an empty cell (docs/input.md, upstream
//! report 8): the row would be accepted with another value than the file
//! holds. A sheet with such a cell is refused, named by the cell.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use quick_xml::events::Event;

use super::container::Runs;
use super::package::{self, raw};
use super::unread::Unread;

/// The check of one sheet, running.
pub(super) struct Check(JoinHandle<Result<(), Unread>>);

impl Check {
    /// Starts checking the sheet called `sheet` of the xlsx at `path`.
    pub(super) fn start(path: &Path, sheet: &str) -> Check {
        let (path, sheet): (PathBuf, String) = (path.into(), sheet.into());
        Check(std::thread::spawn(move || check(&path, &sheet)))
    }

    /// Waits for the check; the error names the first damaged reference.
    pub(super) fn finish(self) -> Result<(), Unread> {
        self.0.join().unwrap_or(Err(Unread::CheckStopped))
    }
}

/// Checks every `<c t="s">` cell of the sheet's `sheetData`. A package or
/// XML fault is not this check's to report: calamine meets it too and says
/// where.
fn check(path: &Path, sheet: &str) -> Result<(), Unread> {
    let Ok(mut archive) = package::open(path) else {
        return Ok(());
    };
    let Some(part) = package::sheet_part(&mut archive, sheet) else {
        return Ok(());
    };
    let Ok(entry) = archive.by_name(&part) else {
        return Ok(());
    };
    scan(entry)
}

/// The cell position calamine gives a cell, and whether a shared-string
/// reference is read as written.
fn scan<R: Read>(part: R) -> Result<(), Unread> {
    let mut xml = package::xml(Runs::new(part));
    let mut buf = Vec::new();
    let mut in_data = false;
    let (mut row, mut col) = (0u64, 0u64);
    let mut shared: Option<(u64, u64)> = None;
    loop {
        buf.clear();
        let Ok(event) = xml.read_event_into(&mut buf) else {
            return stopped(&xml);
        };
        match event {
            Event::Start(e) if e.local_name().as_ref() == "sheetData" => in_data = true,
            Event::End(e) if e.local_name().as_ref() == "sheetData" => return Ok(()),
            Event::Start(e) if in_data && e.local_name().as_ref() == "row" => {
                if let Some(r) = raw(&e, "r").and_then(|r| r.parse::<u64>().ok()) {
                    row = r.saturating_sub(1);
                }
            }
            Event::End(e) if in_data && e.local_name().as_ref() == "row" => {
                row += 1;
                col = 0;
            }
            Event::Start(e) if in_data && e.local_name().as_ref() == "c" => {
                if let Some(at) = raw(&e, "r").and_then(|r| position(&r)) {
                    (row, col) = at;
                }
                shared = (raw(&e, "t").as_deref() == Some("s")).then_some((row, col));
            }
            Event::End(e) if in_data && e.local_name().as_ref() == "c" => {
                shared = None;
                col += 1;
            }
            Event::Start(e) if e.local_name().as_ref() == "v" => {
                let Some(at) = shared else { continue };
                buf.clear();
                let good = match xml.read_event_into(&mut buf) {
                    Ok(Event::Text(t)) => is_index(&t),
                    Ok(Event::End(_)) => true,
                    Ok(_) => false,
                    Err(_) => return stopped(&xml),
                };
                if !good {
                    return Err(Unread::DamagedReference(at.0, at.1));
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Where the XML reader stopped on a fault: a run too long is refused
/// here, any other fault is calamine's to report.
fn stopped<R: Read>(xml: &quick_xml::Reader<std::io::BufReader<Runs<R>>>) -> Result<(), Unread> {
    if xml.get_ref().get_ref().exceeded {
        Err(Unread::TooLongRun)
    } else {
        Ok(())
    }
}

/// An index calamine parses as written: decimal digits that fit a `usize`.
fn is_index(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) && text.parse::<usize>().is_ok()
}

/// The zero-based (row, column) of a reference such as `C7`.
fn position(reference: &str) -> Option<(u64, u64)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let col = letters.bytes().try_fold(0u64, |n, b| {
        n.checked_mul(26)?
            .checked_add(u64::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    let row = digits.parse::<u64>().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(cells: &str) -> String {
        format!(r#"<worksheet><sheetData><row r="1">{cells}</row></sheetData></worksheet>"#)
    }

    #[test]
    fn a_shared_string_index_not_read_as_written_is_refused_by_its_cell() {
        for bad in [
            "abc",
            "-1",
            "18446744073709551616",
            " 1",
            "1e2",
            "&#49;",
            "<![CDATA[1]]>",
        ] {
            let xml = sheet(&format!(
                r#"<c r="A1"><v>1</v></c><c r="C1" t="s"><v>{bad}</v></c>"#
            ));
            let error = scan(xml.as_bytes()).expect_err(bad);
            assert!(
                matches!(error, Unread::DamagedReference(0, 2)),
                "{bad}: {error:?}"
            );
        }
    }

    #[test]
    fn indexes_as_spreadsheets_write_them_pass() {
        let xml = sheet(
            r#"<c r="A1" t="s"><v>0</v></c><c t="s"><v>12</v></c><c t="s"><v/></c><c t="str"><v>abc</v></c><c><v>-1</v></c>"#,
        );
        assert!(scan(xml.as_bytes()).is_ok());
    }

    #[test]
    fn a_cell_without_a_reference_is_placed_as_calamine_places_it() {
        let xml = r#"<worksheet><sheetData><row r="4"><c r="B4"/><c t="s"><v>x</v></c></row></sheetData></worksheet>"#;
        assert!(matches!(
            scan(xml.as_bytes()),
            Err(Unread::DamagedReference(3, 2))
        ));
    }

    #[test]
    fn a_run_of_text_longer_than_any_cell_stops_the_pass() {
        let long = format!("<worksheet>{}<sheetData/></worksheet>", " ".repeat(9 << 20));
        assert!(matches!(scan(long.as_bytes()), Err(Unread::TooLongRun)));
        let fine = sheet(
            &format!(
                r#"<c t="inlineStr"><is><t>{}</t></is></c>"#,
                "x".repeat(1 << 20)
            )
            .repeat(12),
        );
        assert!(scan(fine.as_bytes()).is_ok());
    }
}
