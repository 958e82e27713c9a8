//! What a workbook file really is, told by its first bytes rather than its
//! name, and whether it is safe to open: an empty file, a web page saved as
//! `.xls`, a password-protected workbook or a zip that unpacks to gigabytes
//! each get their own message before calamine sees them.

use std::io::Read;
use std::path::Path;

/// The workbook formats calamine reads, as found in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Xlsx,
    Xlsb,
    Ods,
    Xls,
}

/// Why a file is refused before it is opened.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refusal {
    Empty,
    Encrypted,
    NotWorkbook(&'static str),
    Damaged(String),
    TooLarge { part: String, size: u64, limit: u64 },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Empty => write!(
                f,
                "the file is empty (0 bytes); copy it again from where it was saved"
            ),
            Refusal::Encrypted => write!(
                f,
                "the workbook is protected by a password; save a copy without one (File → Info → Protect Workbook → Encrypt with Password, clear it)"
            ),
            Refusal::NotWorkbook(looks_like) => write!(
                f,
                "this is not a workbook but {looks_like}; open it in Excel or LibreOffice and save it as .xlsx (or, if it is CSV text, rename it to .csv)"
            ),
            Refusal::Damaged(why) => write!(
                f,
                "the workbook is damaged or cut short ({why}); copy it again or open and re-save it in Excel or LibreOffice"
            ),
            Refusal::TooLarge { part, size, limit } => write!(
                f,
                "part `{part}` of the workbook unpacks to {} MiB, more than the limit of {} MiB; split the workbook, or raise the limit with --max-unpacked if the file is trusted",
                size.div_ceil(1 << 20),
                limit >> 20
            ),
        }
    }
}

const ZIP: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY: &[u8] = b"PK\x05\x06";
const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Tells the format of `path` from its content, checking that no part of a
/// zipped workbook unpacks to more than `limit` bytes. Sizes are the ones
/// the zip's directory declares; the zip reader fails on a part that
/// inflates past its declared size, so a lying directory cannot get round
/// the limit.
pub(super) fn inspect(path: &Path, limit: u64) -> Result<Format, Refusal> {
    let mut head = Vec::with_capacity(512);
    std::fs::File::open(path)
        .and_then(|f| f.take(512).read_to_end(&mut head))
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    if head.is_empty() {
        return Err(Refusal::Empty);
    }
    if head.starts_with(ZIP) || head.starts_with(ZIP_EMPTY) {
        return zipped(path, limit);
    }
    if head.starts_with(CFB) {
        return compound(path);
    }
    Err(Refusal::NotWorkbook(looks_like(&head)))
}

fn zipped(path: &Path, limit: u64) -> Result<Format, Refusal> {
    let file = std::fs::File::open(path).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut format = None;
    for i in 0..archive.len() {
        let part = archive
            .by_index_raw(i)
            .map_err(|e| Refusal::Damaged(e.to_string()))?;
        let name = part
            .name()
            .map_err(|e| Refusal::Damaged(e.to_string()))?
            .into_owned();
        if part.size() > limit {
            return Err(Refusal::TooLarge {
                part: name,
                size: part.size(),
                limit,
            });
        }
        match name.as_str() {
            "xl/workbook.xml" => format = format.or(Some(Format::Xlsx)),
            "xl/workbook.bin" => format = format.or(Some(Format::Xlsb)),
            "content.xml" => format = format.or(Some(Format::Ods)),
            _ => {}
        }
    }
    format.ok_or(Refusal::NotWorkbook(
        "a zip archive without a workbook in it",
    ))
}

/// An OLE compound file: an .xls workbook, or the envelope Office puts an
/// encrypted .xlsx in (a stream named `EncryptedPackage`).
fn compound(path: &Path) -> Result<Format, Refusal> {
    let bytes = std::fs::read(path).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes.windows(name.len()).any(|w| w == name) {
        return Err(Refusal::Encrypted);
    }
    Ok(Format::Xls)
}

/// A short description of what a file that is not a workbook seems to be.
fn looks_like(head: &[u8]) -> &'static str {
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("<!doctype html") || text.starts_with("<html") || text.contains("<table") {
        "a web page (HTML), as some systems export under a spreadsheet's name"
    } else if text.starts_with("%pdf") {
        "a PDF document"
    } else if text.starts_with("<?xml") {
        "an XML file (perhaps an Excel 2003 XML spreadsheet)"
    } else if std::str::from_utf8(head).is_ok() || !head.contains(&0) {
        "text"
    } else {
        "a file of an unknown kind"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_what_a_non_workbook_looks_like() {
        assert!(looks_like(b"<!DOCTYPE html><html>").contains("HTML"));
        assert!(looks_like(b"%PDF-1.7").contains("PDF"));
        assert_eq!(looks_like("№;Услуга\n".as_bytes()), "text");
        assert_eq!(looks_like(b"\x00\x01\x02\xff"), "a file of an unknown kind");
    }
}
