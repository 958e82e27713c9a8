//! What a workbook file really is, told by its first bytes rather than its
//! name, and whether it is safe to open: an empty file, a web page saved as
//! `.xls`, a password-protected workbook or a zip that unpacks to gigabytes
//! each get their own message before calamine sees them.

use crate::catalog::Msg;

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
#[derive(Debug, PartialEq)]
pub(super) enum Refusal {
    Empty,
    Encrypted,
    /// What the file is instead, as [`looks_like`] names it.
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
        what: Msg,
    },
}

impl Refusal {
    /// Why the file is refused and what to do.
    pub(super) fn msg(&self) -> Msg {
        match self {
            Refusal::Empty => crate::msg!("workbook-empty"),
            Refusal::Encrypted => crate::msg!("workbook-encrypted"),
            Refusal::NotWorkbook(kind) => crate::msg!("workbook-not-a-workbook", kind = *kind),
            Refusal::Damaged(why) => crate::msg!("workbook-damaged", why = why),
            Refusal::TooLarge { part, size, limit } => crate::msg!(
                "workbook-part-too-large",
                part = part,
                mib = size.div_ceil(1 << 20),
                limit = limit >> 20
            ),
            Refusal::Declares { part, what } => {
                crate::msg!("workbook-declares", part = part, what = what.clone())
            }
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
    let format = format.ok_or(Refusal::NotWorkbook("zip"))?;
    match format {
        Format::Xlsx => shared_strings(&mut archive, limits.max_memory)?,
        Format::Xlsb => binary_shared_strings(&mut archive, limits.max_memory)?,
        _ => {}
    }
    for name in suspicious {
        longest_text(&mut archive, &name)?;
    }
    Ok(format)
}

/// Bytes one shared string takes in calamine's table before its text:
/// calamine reserves this much for every string the part declares.
const STRING_BYTES: u64 = 24;

/// Reads the shared strings part calamine would read (the workbook's
/// folder's `sharedStrings.xml`, found as calamine finds it) through once,
/// as calamine parses it, and refuses it where what calamine would hold
/// grows past `max_memory`: the room it reserves for the count `<sst>`
/// declares (in whatever spelling, wherever in the part), a slot for each
/// `<si>` that came, and their text. Nothing the file declares is trusted:
/// every string is counted as it comes, so a hundred million undeclared
/// empty strings are refused as surely as one huge declaration.
fn shared_strings(archive: &mut super::package::Archive, max_memory: u64) -> Result<(), Refusal> {
    use quick_xml::events::Event;
    let Some(part) = super::package::shared_strings_part(archive) else {
        return Ok(());
    };
    let entry = archive
        .by_name(&part)
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut runs = Runs::new(entry);
    let mut xml = super::package::xml(&mut runs);
    let mut buf = Vec::new();
    let (mut declared, mut items, mut text, mut inside) = (0u64, 0u64, 0u64, false);
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if !inside && e.local_name().as_ref() == "sst" => {
                inside = true;
                declared = super::package::raw(&e, "uniqueCount").map_or(0, |v| digits(&v));
            }
            Ok(Event::Start(e)) if inside && e.local_name().as_ref() == "si" => items += 1,
            Ok(Event::Text(t)) if inside => text += t.len() as u64,
            Ok(Event::CData(t)) if inside => text += t.len() as u64,
            Ok(Event::End(e)) if inside && e.local_name().as_ref() == "sst" => return Ok(()),
            Ok(Event::Eof) => return Ok(()),
            // calamine stops at the same error, holding no more than
            // was counted up to it.
            Err(_) if !runs_exceeded(&xml) => return Ok(()),
            Err(_) => {
                return Err(Refusal::Declares {
                    part,
                    what: crate::msg!("workbook-long-text-run", mib = MAX_TEXT_RUN >> 20),
                });
            }
            _ => {}
        }
        let held = declared
            .max(items)
            .saturating_mul(STRING_BYTES)
            .saturating_add(text);
        if held > max_memory {
            let counted = crate::msg!(
                "workbook-strings-declared",
                declared = declared,
                items = items
            );
            return Err(past_budget(part, counted, max_memory));
        }
    }
}

/// The xlsb twin of [`shared_strings`]: reads `xl/sharedStrings.bin`
/// record by record, as calamine does (the count `BrtBeginSst` declares,
/// then that many `BrtSSTItem`s), and refuses it where calamine's table
/// would grow past `max_memory`. calamine reserves nothing for the count
/// but grows its table by doubling, so each string counts twice its slot
/// while the table moves, and its text as UTF-8 (at most 3 bytes for the 2
/// of each UTF-16 unit).
fn binary_shared_strings(
    archive: &mut super::package::Archive,
    max_memory: u64,
) -> Result<(), Refusal> {
    const BEGIN_SST: u16 = 0x009F;
    const SST_ITEM: u16 = 0x0013;
    let Some(part) = super::package::binary_shared_strings_part(archive) else {
        return Ok(());
    };
    let entry = archive
        .by_name(&part)
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut records = std::io::BufReader::new(entry);
    let mut declared = None;
    let (mut items, mut text) = (0u64, 0u64);
    // A record cut short or a part that ends is where calamine stops too,
    // with an error, holding no more than was counted.
    while let Some((kind, len)) = record_head(&mut records) {
        // calamine makes room for a record's declared length before it
        // reads it.
        if len > max_memory {
            return Err(Refusal::Declares {
                part,
                what: crate::msg!(
                    "workbook-long-record",
                    mib = len >> 20,
                    budget = max_memory >> 20
                ),
            });
        }
        match kind {
            BEGIN_SST if declared.is_none() => {
                let mut data = [0u8; 8];
                let read = (&mut records).take(len).read(&mut data).unwrap_or(0);
                if read < 8 {
                    return Ok(());
                }
                declared = Some(u64::from(u32::from_le_bytes([
                    data[4], data[5], data[6], data[7],
                ])));
                skip(&mut records, len - 8);
            }
            SST_ITEM if declared.is_some() => {
                items += 1;
                text += len.saturating_sub(5) / 2 * 3;
                skip(&mut records, len);
            }
            _ => skip(&mut records, len),
        }
        let held = items.saturating_mul(2 * STRING_BYTES).saturating_add(text);
        if held > max_memory {
            return Err(past_budget(
                part,
                crate::msg!("workbook-strings-held", items = items),
                max_memory,
            ));
        }
        if declared.is_some_and(|declared| items >= declared) {
            return Ok(());
        }
    }
    Ok(())
}

/// Passes over `len` bytes of `records` (fewer where the part ends: the
/// next record's head then finds none).
fn skip(records: &mut impl Read, len: u64) {
    std::io::copy(&mut records.by_ref().take(len), &mut std::io::sink()).ok();
}

/// The type and length of the next record of an xlsb part ([MS-XLSB]
/// 2.1.4: a type of one or two bytes, a length of one to four, seven bits
/// each), read as calamine reads them; none at the part's end.
fn record_head(records: &mut impl Read) -> Option<(u16, u64)> {
    let mut byte = || {
        let mut b = [0u8];
        records.read_exact(&mut b).ok().map(|()| b[0])
    };
    let first = byte()?;
    let kind = match first & 0x80 {
        0 => u16::from(first),
        _ => u16::from(first & 0x7F) + (u16::from(byte()? & 0x7F) << 7),
    };
    let mut b = byte()?;
    let mut len = u64::from(b & 0x7F);
    for i in 1..4 {
        if b & 0x80 == 0 {
            break;
        }
        b = byte()?;
        len += u64::from(b & 0x7F) << (7 * i);
    }
    Some((kind, len))
}

/// The refusal of a shared-strings part whose strings, `counted` up to
/// where it was read, take more than `max_memory` in calamine's table.
fn past_budget(part: String, counted: Msg, max_memory: u64) -> Refusal {
    Refusal::Declares {
        part,
        what: crate::msg!(
            "workbook-strings-past-budget",
            counted = counted,
            budget = max_memory >> 20
        ),
    }
}

/// Whether the reading under `xml` stopped at a run of text too long.
fn runs_exceeded<R>(xml: &quick_xml::Reader<std::io::BufReader<&mut Runs<R>>>) -> bool {
    xml.get_ref().get_ref().exceeded
}

/// The number a count attribute holds, read as calamine reads it, or
/// larger: its leading digits (more than `u64` holds is `u64::MAX`).
fn digits(value: &str) -> u64 {
    value
        .trim()
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0u64, |n, d| {
            n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
        })
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
            what: crate::msg!("workbook-long-text-run", mib = MAX_TEXT_RUN >> 20),
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
/// The file is searched a window at a time, never held: a sparse file of
/// gigabytes costs time, not memory.
fn compound(path: &Path) -> Result<Format, Refusal> {
    let damaged = |e: std::io::Error| Refusal::Damaged(e.to_string());
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let mut file = std::fs::File::open(path).map_err(damaged)?;
    let mut window = vec![0u8; 1 << 20];
    // The bytes kept from the window before: a name cut by its end.
    let mut kept = 0;
    loop {
        let n = file.read(&mut window[kept..]).map_err(damaged)?;
        if n == 0 {
            return Ok(Format::Xls);
        }
        let filled = kept + n;
        if memchr::memmem::find(&window[..filled], &name).is_some() {
            return Err(Refusal::Encrypted);
        }
        kept = (name.len() - 1).min(filled);
        window.copy_within(filled - kept..filled, 0);
    }
}

/// A short description of what a file that is not a workbook seems to be.
fn looks_like(head: &[u8]) -> &'static str {
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("<!doctype html") || text.starts_with("<html") || text.contains("<table") {
        "html"
    } else if text.starts_with("%pdf") {
        "pdf"
    } else if text.starts_with("<?xml") {
        "xml"
    } else if std::str::from_utf8(head).is_ok() || !head.contains(&0) {
        "text"
    } else {
        "unknown"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn a_count_is_read_as_calamine_reads_it_or_larger() {
        assert_eq!(digits("2"), 2);
        assert_eq!(digits("1e18"), 1);
        assert_eq!(digits(" 7 "), 7);
        assert_eq!(digits("99999999999999999999999"), u64::MAX);
        assert_eq!(digits("x"), 0);
    }

    #[test]
    fn tells_what_a_non_workbook_looks_like() {
        assert_eq!(looks_like(b"<!DOCTYPE html><html>"), "html");
        assert_eq!(looks_like(b"%PDF-1.7"), "pdf");
        assert_eq!(looks_like("№;Услуга\n".as_bytes()), "text");
        assert_eq!(looks_like(b"\x00\x01\x02\xff"), "unknown");
        let said = Refusal::NotWorkbook("pdf").msg();
        assert!(said.text(Lang::En).contains("a PDF document"));
        assert!(said.text(Lang::Ru).contains("документ PDF"));
        assert!(said.text(Lang::Kk).contains("PDF құжаты"));
    }
}
