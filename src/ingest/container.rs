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
    TooLarge {
        part: String,
        size: u64,
        limit: u64,
    },
    /// A part declares more than it can hold or than memory allows.
    Declares {
        part: String,
        what: String,
    },
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
            Refusal::Declares { part, what } => write!(
                f,
                "part `{part}` of the workbook {what}; no spreadsheet program writes that: the file is damaged or made to exhaust memory, open and re-save it in Excel or LibreOffice (or raise --max-memory if it is trusted)"
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
pub(super) fn inspect(path: &Path, limits: &super::IngestConfig) -> Result<Format, Refusal> {
    let mut head = Vec::with_capacity(512);
    std::fs::File::open(path)
        .and_then(|f| f.take(512).read_to_end(&mut head))
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    if head.is_empty() {
        return Err(Refusal::Empty);
    }
    if head.starts_with(ZIP) || head.starts_with(ZIP_EMPTY) {
        return zipped(path, limits);
    }
    if head.starts_with(CFB) {
        return compound(path);
    }
    Err(Refusal::NotWorkbook(looks_like(&head)))
}

fn zipped(path: &Path, limits: &super::IngestConfig) -> Result<Format, Refusal> {
    let limit = limits.max_unpacked;
    let file = std::fs::File::open(path).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut format = None;
    let mut suspicious = Vec::new();
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
        if part.size() > RATIO_GRACE && part.size() / part.compressed_size().max(1) > MAX_RATIO {
            suspicious.push(name.clone());
        }
        match name.as_str() {
            "xl/workbook.xml" => format = format.or(Some(Format::Xlsx)),
            "xl/workbook.bin" => format = format.or(Some(Format::Xlsb)),
            "content.xml" => format = format.or(Some(Format::Ods)),
            _ => {}
        }
    }
    let format = format.ok_or(Refusal::NotWorkbook(
        "a zip archive without a workbook in it",
    ))?;
    if format == Format::Xlsx {
        shared_strings(&mut archive, limits.max_memory)?;
    }
    for name in suspicious {
        longest_text(&mut archive, &name)?;
    }
    Ok(format)
}

/// Bytes one shared string takes in calamine's table before its text:
/// calamine reserves this much for every string the part declares.
const STRING_BYTES: u64 = 24;

/// The count of strings `xl/sharedStrings.xml` declares (`uniqueCount`),
/// which calamine reserves room for before reading one: refused when the
/// part could not hold that many (the shortest string, `<si/>`, is 5
/// bytes) or when the room exceeds `max_memory`.
fn shared_strings<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    max_memory: u64,
) -> Result<(), Refusal> {
    const PART: &str = "xl/sharedStrings.xml";
    let Ok(entry) = archive.by_name(PART) else {
        return Ok(());
    };
    let size = entry.size();
    let mut head = Vec::with_capacity(4096);
    entry
        .take(4096)
        .read_to_end(&mut head)
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let Some(declared) = declared_count(&head) else {
        return Ok(());
    };
    let fits = declared <= size / 5 && declared.saturating_mul(STRING_BYTES) <= max_memory;
    if fits {
        Ok(())
    } else {
        Err(Refusal::Declares {
            part: PART.to_string(),
            what: format!("declares {declared} strings in {size} bytes"),
        })
    }
}

/// The digits of the `uniqueCount` attribute of the `<sst>` element, as
/// calamine reads them (leading digits; more than `u64` holds is `u64::MAX`).
fn declared_count(head: &[u8]) -> Option<u64> {
    let sst = memchr::memmem::find(head, b"<sst")?;
    let rest = &head[sst..];
    let end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
    let at = memchr::memmem::find(&rest[..end], b"uniqueCount=")? + b"uniqueCount=".len();
    let value = rest[at..end].get(1..)?;
    let digits: Vec<u8> = value
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    if digits.is_empty() {
        return None;
    }
    Some(
        std::str::from_utf8(&digits)
            .ok()?
            .parse::<u64>()
            .unwrap_or(u64::MAX),
    )
}

/// Parts above this size that unpack more than [`MAX_RATIO`] times their
/// packed size are read once before calamine sees them. Apache POI refuses
/// any part above a ratio of 100 outright; esep reads such a part through to
/// find what would cost memory.
const RATIO_GRACE: u64 = 64 << 20;
const MAX_RATIO: u64 = 100;

/// The longest text that may stand between two tags of a part: calamine's
/// XML reader holds such a text whole. A cell's text is at most 32,767
/// characters, 196 KB even as `&#xFFFF;` escapes; 8 MiB is far beyond that.
pub(super) const MAX_TEXT_RUN: u64 = 8 << 20;

/// Refuses a part in which a text between two angle brackets (white space,
/// say) is longer than [`MAX_TEXT_RUN`].
fn longest_text<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<(), Refusal> {
    let entry = archive
        .by_name(name)
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut runs = Runs::new(entry);
    match std::io::copy(&mut runs, &mut std::io::sink()) {
        Ok(_) => Ok(()),
        Err(_) if runs.exceeded => Err(Refusal::Declares {
            part: name.to_string(),
            what: format!(
                "holds a run of more than {} MiB of text between two tags",
                MAX_TEXT_RUN >> 20
            ),
        }),
        Err(e) => Err(Refusal::Damaged(e.to_string())),
    }
}

/// A part read with every run between two angle brackets held to
/// [`MAX_TEXT_RUN`]: past it, reading fails and `exceeded` says why. An
/// XML reader holds a run whole, so this bounds what it holds.
pub(super) struct Runs<R> {
    inner: R,
    run: u64,
    pub(super) exceeded: bool,
}

impl<R> Runs<R> {
    pub(super) fn new(inner: R) -> Runs<R> {
        Runs {
            inner,
            run: 0,
            exceeded: false,
        }
    }
}

impl<R: Read> Read for Runs<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut from = 0;
        for at in memchr::memchr2_iter(b'<', b'>', &buf[..n]) {
            self.run += (at - from) as u64;
            self.exceeded |= self.run > MAX_TEXT_RUN;
            self.run = 0;
            from = at + 1;
        }
        self.run += (n - from) as u64;
        self.exceeded |= self.run > MAX_TEXT_RUN;
        if self.exceeded {
            return Err(std::io::Error::other("a run of text too long"));
        }
        Ok(n)
    }
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
    fn the_declared_count_of_shared_strings_is_read_as_calamine_reads_it() {
        let head = br#"<?xml version="1.0"?><sst xmlns="x" count="3" uniqueCount="2"><si>"#;
        assert_eq!(declared_count(head), Some(2));
        assert_eq!(declared_count(br#"<sst uniqueCount="1e18">"#), Some(1));
        assert_eq!(
            declared_count(br#"<sst uniqueCount="99999999999999999999999">"#),
            Some(u64::MAX)
        );
        assert_eq!(declared_count(br#"<sst count="4">"#), None);
    }

    #[test]
    fn tells_what_a_non_workbook_looks_like() {
        assert!(looks_like(b"<!DOCTYPE html><html>").contains("HTML"));
        assert!(looks_like(b"%PDF-1.7").contains("PDF"));
        assert_eq!(looks_like("№;Услуга\n".as_bytes()), "text");
        assert_eq!(looks_like(b"\x00\x01\x02\xff"), "a file of an unknown kind");
    }
}
