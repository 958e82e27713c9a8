//! CSV files, one per table: encoding (UTF-8 with or without BOM,
//! Windows-1251, KZ-1048) and separator (`,` `;` tab) detected, the table
//! recognised from the header.

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use super::header::Matcher;
use super::workbook::{Candidates, RowStream};
use super::{Cell, FileError, IngestConfig, Visitor};
use crate::catalog::Msg;
use crate::schema::Table;

/// The text encodings of CSV input the contract allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    #[value(name = "utf-8")]
    Utf8,
    #[serde(rename = "windows-1251")]
    #[value(name = "windows-1251")]
    Windows1251,
    #[serde(rename = "kz-1048")]
    #[value(name = "kz-1048")]
    Kz1048,
}

/// What one pass over a file's bytes tells before it is decoded: whether
/// it is UTF-8, whether it holds a Kazakh letter of KZ-1048, and where the
/// first byte that is not UTF-8 stands. Fed chunk by chunk, so that the
/// file is never held whole.
#[derive(Default)]
struct Sniff {
    /// Valid non-ASCII characters and invalid sequences seen.
    valid: usize,
    invalid: usize,
    /// The line of the first invalid sequence.
    first_invalid: Option<usize>,
    kazakh: bool,
    /// Lines ended so far (`\n`).
    newlines: usize,
    /// The bytes of a character cut by the end of the last chunk.
    carry: Vec<u8>,
}

impl Sniff {
    fn feed(&mut self, chunk: &[u8], last: bool) {
        self.kazakh |= chunk.iter().any(|&b| crate::kz1048::is_kazakh_letter(b));
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(chunk);
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(piece) = chunks.next() {
            self.valid += piece.valid().chars().filter(|c| !c.is_ascii()).count();
            self.newlines += piece.valid().bytes().filter(|&b| b == b'\n').count();
            let bad = piece.invalid();
            if bad.is_empty() {
                continue;
            }
            // A sequence cut by the chunk's end is finished by the next chunk.
            if chunks.peek().is_none()
                && !last
                && bad.len() < 4
                && std::str::from_utf8(bad).is_err()
                && bad[0] >= 0xC0
            {
                self.carry = bad.to_vec();
                break;
            }
            self.invalid += 1;
            self.first_invalid.get_or_insert(self.newlines + 1);
            self.newlines += bad.iter().filter(|&&b| b == b'\n').count();
        }
    }

    /// The contract's rule: UTF-8 if the bytes are UTF-8; else KZ-1048 when
    /// a byte is a Kazakh letter there; else Windows-1251.
    fn encoding(&self) -> Encoding {
        if self.invalid == 0 {
            Encoding::Utf8
        } else if self.kazakh {
            Encoding::Kz1048
        } else {
            Encoding::Windows1251
        }
    }

    /// The line of the first invalid byte of text that is mostly UTF-8:
    /// more than twice as many valid non-ASCII characters as invalid
    /// sequences. Text in Windows-1251 or KZ-1048 has almost no valid UTF-8
    /// sequences, so it is not mistaken for damaged UTF-8 (an extension of
    /// the contract's rule, docs/input.md).
    fn broken_utf8(&self) -> Option<usize> {
        let first = self.first_invalid?;
        (self.valid > 2 * self.invalid).then_some(first)
    }
}

/// How much of a file decides its encoding before its rows are read: this
/// many bytes past its first byte that is not ASCII (ASCII reads the same
/// in all three encodings), or the whole file where it is shorter.
const PREFIX: u64 = 1 << 20;

impl Sniff {
    /// The sniff of the prefix of `reader` ([`PREFIX`]).
    fn prefix(mut reader: impl std::io::Read) -> std::io::Result<Sniff> {
        let mut sniff = Sniff::default();
        let mut buf = vec![0u8; 64 << 10];
        let (mut read, mut until) = (0u64, u64::MAX);
        while read < until {
            let n = reader.read(&mut buf)?;
            let chunk = &buf[..n];
            sniff.feed(chunk, n == 0);
            if n == 0 {
                break;
            }
            if until == u64::MAX
                && let Some(i) = chunk.iter().position(|b| !b.is_ascii())
            {
                until = read + i as u64 + PREFIX;
            }
            read += n as u64;
        }
        Ok(sniff)
    }

    /// Why the whole file, sniffed to its end, cannot be read as its prefix
    /// decided (`decided`, or KZ-1048 where Windows-1251 turned to it): the
    /// contract's rule says something else of the whole.
    fn contradicts(&self, decided: Encoding, file: &str) -> Option<FileError> {
        if let Some(error) = self.damaged(file) {
            return Some(error);
        }
        match (decided, self.encoding()) {
            (Encoding::Utf8, Encoding::Utf8) => None,
            (Encoding::Utf8, _) => Some(FileError::EncodingTurns {
                file: file.to_string(),
                line: self.first_invalid.unwrap_or(0),
            }),
            _ => None,
        }
    }

    /// The refusal of a file that is UTF-8 but for a few bytes.
    fn damaged(&self, file: &str) -> Option<FileError> {
        self.broken_utf8().map(|line| FileError::DamagedUtf8 {
            file: file.to_string(),
            line,
        })
    }
}

/// Sniffs a whole byte string (for tests and small texts).
#[cfg(test)]
fn sniff(bytes: &[u8]) -> Sniff {
    let mut s = Sniff::default();
    s.feed(bytes, true);
    s
}

/// The file's bytes as UTF-8, decoded chunk by chunk: all three encodings
/// of the contract are either UTF-8 or single-byte, so a chunk decodes on
/// its own. Invalid UTF-8 becomes U+FFFD.
///
/// Where the encoding was detected on the file's prefix, every byte is
/// sniffed again on its way (`whole`), so that what the rest of the file
/// says is known at its end ([`Sniff::contradicts`]); and a file read as
/// Windows-1251 turns to KZ-1048 at its first Kazakh letter, as the
/// contract's rule reads the whole file (the two code pages differ only
/// there, so what was decoded before reads the same).
struct Decoded<R> {
    inner: R,
    encoding: Encoding,
    whole: Option<Sniff>,
    /// Decoded bytes not yet handed on.
    out: Vec<u8>,
    at: usize,
    /// UTF-8 bytes of a character cut by the last read.
    carry: Vec<u8>,
    started: bool,
}

impl<R: std::io::Read> Decoded<R> {
    fn new(inner: R, encoding: Encoding) -> Decoded<R> {
        Decoded {
            inner,
            encoding,
            whole: None,
            out: Vec::new(),
            at: 0,
            carry: Vec::new(),
            started: false,
        }
    }

    fn fill(&mut self) -> std::io::Result<()> {
        // Read after what the last read left cut (UTF-8 only), in one buffer.
        let mut bytes = std::mem::take(&mut self.carry);
        let start = bytes.len();
        bytes.resize(start + (64 << 10), 0);
        let n = self.inner.read(&mut bytes[start..])?;
        bytes.truncate(start + n);
        if let Some(whole) = &mut self.whole {
            whole.feed(&bytes[start..], n == 0);
            if self.encoding == Encoding::Windows1251 && whole.kazakh {
                self.encoding = Encoding::Kz1048;
            }
        }
        self.out.clear();
        self.at = 0;
        match self.encoding {
            Encoding::Utf8 => {
                if !self.started {
                    // The first three bytes decide whether a BOM is there.
                    if bytes.len() < 3 && n != 0 {
                        self.carry = bytes;
                        return Ok(());
                    }
                    if bytes.starts_with(b"\xEF\xBB\xBF") {
                        bytes.drain(..3);
                    }
                    self.started = true;
                }
                // Keep back a character cut at the end for the next read.
                let keep = if n == 0 { 0 } else { incomplete_tail(&bytes) };
                self.carry = bytes.split_off(bytes.len() - keep);
                self.out = match String::from_utf8(bytes) {
                    Ok(text) => text.into_bytes(),
                    Err(e) => String::from_utf8_lossy(e.as_bytes())
                        .into_owned()
                        .into_bytes(),
                };
            }
            Encoding::Windows1251 => {
                self.out = encoding_rs::WINDOWS_1251
                    .decode_without_bom_handling(&bytes)
                    .0
                    .into_owned()
                    .into_bytes();
            }
            Encoding::Kz1048 => self.out = crate::kz1048::decode(&bytes).into_bytes(),
        }
        Ok(())
    }
}

/// How many bytes at the end of `bytes` begin a UTF-8 character that is not
/// complete.
fn incomplete_tail(bytes: &[u8]) -> usize {
    for back in 1..=3.min(bytes.len()) {
        let b = bytes[bytes.len() - back];
        if b & 0xC0 != 0x80 {
            let need = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => return 0,
            };
            return if need > back { back } else { 0 };
        }
    }
    0
}

impl<R: std::io::Read> std::io::Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.out.len() {
            let before = self.carry.len();
            self.fill()?;
            if self.out.is_empty() && self.carry.len() == before {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Line ends of the decoded text as they pass to the CSV reader (`\n`,
/// `\r\n`, or `\r` alone), kept from the current record on, so that a
/// record's line is known without holding the text.
#[derive(Default)]
struct Lines {
    /// Line ends not yet passed by a record: where each begins, shifted
    /// left one bit, the low bit set for a `\r\n` (eight bytes a line end
    /// in a record of a million lines).
    ends: std::collections::VecDeque<u64>,
    /// Line ends before the first of `ends`.
    passed: u32,
    /// Bytes seen, and whether the last was a `\r`.
    seen: u64,
    cr: bool,
    /// Where the last record the reader placed begins.
    record: u64,
}

impl Lines {
    fn see(&mut self, bytes: &[u8]) {
        let base = self.seen;
        // A CR that ended the last piece, and an LF that begins this one.
        let mut from = 0;
        if self.cr && bytes.first() == Some(&b'\n') {
            if let Some(last) = self.ends.back_mut() {
                *last |= 1;
            }
            from = 1;
        }
        let mut skip_lf = None;
        for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[from..]).map(|i| i + from) {
            if skip_lf == Some(i) {
                continue;
            }
            let at = base + i as u64;
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                self.ends.push_back(at << 1 | 1);
                skip_lf = Some(i + 1);
            } else {
                self.ends.push_back(at << 1);
            }
        }
        if let Some(&last) = bytes.last() {
            self.cr = last == b'\r';
        }
        self.seen += bytes.len() as u64;
    }

    /// The 1-based line of the record the CSV reader placed at `position`:
    /// the csv crate gives a record's position before the blank lines it
    /// skips, so the line is counted from the first byte that ends none.
    fn line_of(&mut self, position: u64) -> u32 {
        self.record = position;
        let mut start = position;
        while let Some(&end) = self.ends.front() {
            let (s, e) = (end >> 1, (end >> 1) + 1 + (end & 1));
            if s <= start {
                // Passed, or a line end the record's position stands on
                // (the csv crate may place it between a CR and its LF).
                start = start.max(e);
                self.passed += 1;
                self.ends.pop_front();
            } else {
                break;
            }
        }
        self.passed + 1
    }
}

/// The decoded text on its way to the CSV reader, its line ends noted; a
/// record that grows past `limit` bytes stops the reading ([`TooLong`]):
/// a quote that is never closed would otherwise make the rest of the file
/// one field.
struct Noting<R> {
    inner: R,
    lines: std::rc::Rc<std::cell::RefCell<Lines>>,
    limit: u64,
}

/// The error a record longer than [`Noting`]'s limit stops the reading with.
#[derive(Debug)]
struct TooLong;

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a record too long")
    }
}

impl std::error::Error for TooLong {}

impl<R: std::io::Read> std::io::Read for Noting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut lines = self.lines.borrow_mut();
        lines.see(&buf[..n]);
        if lines.seen - lines.record > self.limit {
            return Err(std::io::Error::other(TooLong));
        }
        Ok(n)
    }
}

/// The most bytes of text one CSV record may take: the contract's every
/// column at the longest text a spreadsheet cell holds is under 6 MiB; a
/// sixteenth of `--max-memory` at most, which the reader's buffer and the
/// record's line ends stay within.
fn record_limit(max_memory: u64) -> u64 {
    (16u64 << 20).min(max_memory / 16)
}

const SEPARATORS: [u8; 3] = [b';', b',', b'\t'];

/// The separator under which the head of the text holds a header of the
/// contract, the one that names the most columns; where none does (or two
/// tie), the one that splits the first records most consistently: the
/// field count that most records share (above one) counts as many fields
/// as those records hold together. A separator that only occurs inside
/// quoted texts, or in a title, splits few records alike; `;` (what Excel
/// writes in Russian and Kazakh locales) wins a tie.
fn detect_separator(text: &str, matchers: &[Matcher]) -> u8 {
    let mut best = ((0usize, 0usize), b';');
    for sep in SEPARATORS {
        let mut counts = std::collections::BTreeMap::<usize, usize>::new();
        let mut header = 0;
        let records = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(sep)
            .from_reader(text.as_bytes())
            .into_records()
            .filter_map(Result::ok);
        for (i, record) in records.enumerate() {
            if record.len() < 2 {
                continue;
            }
            if i < 30 {
                *counts.entry(record.len()).or_default() += 1;
            }
            if header < 3 {
                let cells: Vec<Cell> = record.iter().map(|f| Cell::text(f.to_string())).collect();
                header = matchers
                    .iter()
                    .map(|m| m.score(&cells))
                    .fold(header, usize::max);
            } else if i >= 30 {
                break;
            }
        }
        let fields = counts.iter().map(|(k, n)| k * n).max().unwrap_or(0);
        if (header, fields) > best.0 {
            best = ((header, fields), sep);
        }
    }
    best.1
}

pub(super) fn load(
    path: &Path,
    file: Arc<str>,
    config: &IngestConfig,
    visitor: &mut dyn Visitor,
) -> Result<(), FileError> {
    use std::io::Read;
    let unreadable = |reason: String| FileError::unreadable(&file, reason);
    let open = || std::fs::File::open(path).map_err(|e| unreadable(e.to_string()));
    let (encoding, detected) = match config.encoding {
        Some(forced) => (forced, false),
        None => {
            let prefix = Sniff::prefix(open()?).map_err(|e| unreadable(e.to_string()))?;
            if let Some(error) = prefix.damaged(&file) {
                return Err(error);
            }
            (prefix.encoding(), true)
        }
    };
    // The head is cut at a byte count, which may fall inside a character:
    // that character is dropped, never the file refused.
    let mut head = Vec::new();
    Decoded::new(open()?, encoding)
        .take(256 << 10)
        .read_to_end(&mut head)
        .map_err(|e| unreadable(e.to_string()))?;
    head.truncate(head.len() - incomplete_tail(&head));
    let matchers: Vec<Matcher> = Table::ALL
        .iter()
        .map(|&t| Matcher::new(t, &config.mapping))
        .collect();
    let separator = detect_separator(&String::from_utf8_lossy(&head), &matchers);
    drop(head);
    log::debug!(
        "{file}: CSV, encoding {encoding:?}, separator {:?}",
        char::from(separator)
    );
    let lines = std::rc::Rc::new(std::cell::RefCell::new(Lines::default()));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(Noting {
            inner: Decoded {
                whole: detected.then(Sniff::default),
                ..Decoded::new(std::io::BufReader::new(open()?), encoding)
            },
            lines: lines.clone(),
            limit: record_limit(config.max_memory),
        });

    let mut stream = RowStream::new(
        file.clone(),
        None,
        Candidates::csv(&config.mapping),
        Some(encoding),
        config.max_memory,
    );
    let mut record = csv::ByteRecord::new();
    // Where the next record begins: the reader's position once it failed
    // is where it stopped, not where the record it failed on began.
    let mut next = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let too_long = matches!(e.kind(), csv::ErrorKind::Io(io)
                    if io.get_ref().is_some_and(|inner| inner.is::<TooLong>()));
                if too_long {
                    let line = lines.borrow_mut().line_of(next);
                    return Err(FileError::cannot_read(
                        &file,
                        crate::msg!(
                            "read-csv-unclosed-quote",
                            line = line,
                            mib = record_limit(config.max_memory) >> 20
                        ),
                    ));
                }
                let line = match e.position() {
                    Some(p) => lines.borrow_mut().line_of(p.byte()),
                    None => 0,
                };
                return Err(FileError::cannot_read(
                    &file,
                    crate::msg!(
                        "read-csv-line",
                        line = line,
                        words = Msg::quoted(e.to_string())
                    ),
                ));
            }
        }
        next = reader.position().byte();
        let number = lines
            .borrow_mut()
            .line_of(record.position().map_or(0, |p| p.byte()));
        // Past the header's last column no field is read (a row of 40,000
        // empty fields is never 40,000 cells).
        let width = stream.read_width().unwrap_or(usize::MAX);
        let cells: Vec<Cell> = record
            .iter()
            .take(width)
            .map(|f| {
                if f.is_empty() {
                    Cell::Empty
                } else {
                    // Decoded already: invalid UTF-8 is U+FFFD by now. A
                    // quoted value keeps its line ends as `\n`.
                    let text = String::from_utf8_lossy(f);
                    if text.contains('\r') {
                        Cell::text(text.replace("\r\n", "\n"))
                    } else {
                        Cell::text(text.into_owned())
                    }
                }
            })
            .collect();
        stream.row(number, cells, visitor)?;
    }
    // The rest of the file must say what its prefix said, or what reading
    // it turned to (Windows-1251 to KZ-1048).
    if let Some(whole) = &reader.get_ref().inner.whole {
        if let Some(error) = whole.contradicts(encoding, &file) {
            return Err(error);
        }
        if whole.encoding() != encoding && stream.read_width().is_some() {
            visitor.encoding(whole.encoding());
        }
    }
    stream.finish(visitor).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn decoded(bytes: &[u8], encoding: Encoding) -> String {
        let mut text = String::new();
        Decoded::new(bytes, encoding)
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    #[test]
    fn detects_the_encoding_by_the_contract() {
        assert_eq!(sniff("Талон нөмірі".as_bytes()).encoding(), Encoding::Utf8);
        let russian = encoding_rs::WINDOWS_1251.encode("Дата приема документов").0;
        assert_eq!(sniff(&russian).encoding(), Encoding::Windows1251);
        let kazakh = crate::kz1048::encode("Құжаттарды қабылдау күні");
        assert_eq!(sniff(&kazakh).encoding(), Encoding::Kz1048);
        assert_eq!(
            decoded(&kazakh, Encoding::Kz1048),
            "Құжаттарды қабылдау күні"
        );
        assert_eq!(decoded(b"\xEF\xBB\xBFabc", Encoding::Utf8), "abc");
    }

    #[test]
    fn a_file_is_sniffed_and_decoded_the_same_in_chunks_of_any_size() {
        // Characters cut by a chunk's edge are finished from the next one.
        let text = "№;Қызмет;Нәтиже\nВИЗ-1;выдача;берілді\n".repeat(50);
        for size in [1, 2, 3, 5, 7, 64] {
            let mut s = Sniff::default();
            for chunk in text.as_bytes().chunks(size) {
                s.feed(chunk, false);
            }
            s.feed(&[], true);
            assert_eq!(s.encoding(), Encoding::Utf8, "chunks of {size}");
            assert_eq!(s.broken_utf8(), None);
            let mut out = String::new();
            Decoded::new(Chunked(text.as_bytes(), size), Encoding::Utf8)
                .read_to_string(&mut out)
                .unwrap();
            assert_eq!(out, text, "chunks of {size}");
        }
    }

    /// A reader that hands out at most `.1` bytes a read.
    struct Chunked<'a>(&'a [u8], usize);

    impl Read for Chunked<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn numbers(text: &str) -> Vec<u32> {
        let lines = std::rc::Rc::new(std::cell::RefCell::new(Lines::default()));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(b';')
            .from_reader(Noting {
                inner: text.as_bytes(),
                lines: lines.clone(),
                limit: u64::MAX,
            });
        reader
            .byte_records()
            .map(|r| {
                lines
                    .borrow_mut()
                    .line_of(r.unwrap().position().unwrap().byte())
            })
            .collect()
    }

    #[test]
    fn line_numbers_count_blank_lines_and_quoted_newlines() {
        assert_eq!(
            numbers("title\n\nh1;h2;h3\n\"a\nb\";2;3\n\n\nx;y;z\n"),
            [1, 3, 4, 8]
        );
        assert_eq!(
            numbers("title\r\n\r\nh1;h2;h3\r\n\"a\r\nb\";2;3\r\n\r\n\r\nx;y;z\r\n"),
            [1, 3, 4, 8]
        );
    }

    #[test]
    fn regression_lines_ended_by_cr_alone_are_counted() {
        // Before: every record of such a file was on line 1.
        assert_eq!(numbers("h1;h2;h3\ra;b;c\r\rx;y;z\r"), [1, 2, 4]);
    }

    #[test]
    fn damaged_utf8_is_told_from_single_byte_encodings() {
        let mut damaged = "№ талона;Услуга\nВИЗ-1;выдача\n".as_bytes().to_vec();
        damaged.extend_from_slice(b"\xff\xfe;x\n");
        assert_eq!(sniff(&damaged).broken_utf8(), Some(3));
        let russian = encoding_rs::WINDOWS_1251
            .encode("№ талона;Услуга\nВИЗ-1;выдача")
            .0;
        assert_eq!(sniff(&russian).broken_utf8(), None);
        assert_eq!(
            sniff(&crate::kz1048::encode("Қызмет;Нәтиже")).broken_utf8(),
            None
        );
        assert_eq!(sniff("Қызмет".as_bytes()).broken_utf8(), None);
    }

    #[test]
    fn the_encoding_is_decided_a_megabyte_past_the_first_byte_that_is_not_ascii() {
        let mut text = "a;b\n".repeat(1 << 19).into_bytes(); // 2 MiB of ASCII
        text.extend_from_slice("café;\n".as_bytes());
        text.extend(b"\xff;c\n".repeat(1 << 20)); // 4 MiB of single bytes
        let mut left = &text[..];
        let sniff = Sniff::prefix(&mut left).unwrap();
        let read = text.len() - left.len();
        assert!(
            (3 << 20..(3 << 20) + (128 << 10)).contains(&read),
            "read {read} bytes"
        );
        // What the prefix saw: bytes that are not UTF-8 from the line
        // after the first one that is not ASCII, none a Kazakh letter of
        // KZ-1048.
        assert_eq!(sniff.first_invalid, Some((1 << 19) + 2));
        assert_eq!(sniff.encoding(), Encoding::Windows1251);
        // An ASCII file is read to its end: nothing in it decides.
        let ascii = "a;b\n".repeat(1 << 20);
        let mut left = ascii.as_bytes();
        assert_eq!(Sniff::prefix(&mut left).unwrap().encoding(), Encoding::Utf8);
        assert!(left.is_empty());
    }

    fn detect_separator(text: &str) -> u8 {
        let matchers: Vec<Matcher> = Table::ALL
            .iter()
            .map(|&t| Matcher::new(t, &Default::default()))
            .collect();
        super::detect_separator(text, &matchers)
    }

    #[test]
    fn detects_the_separator() {
        assert_eq!(detect_separator("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(detect_separator("a,b,c\n1,\"2,5\",3\n"), b',');
        assert_eq!(detect_separator("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(detect_separator("Отчёт, 2025\n\na;b;c;d\n"), b';');
        // Regression: semicolons inside quoted texts made `;` win.
        let commas = "id,note,office\n1,\"a; b; c; d; e\",x\n2,\"f; g; h; i\",y\n";
        assert_eq!(detect_separator(commas), b',');
        // The same note on every row splits as consistently; the header decides.
        let note = ",\"a; b; c; d; e; f; g; h; i; j\"\n";
        let header = "case_id,service,office,submitted_at,result,note\n";
        let rows = format!("1,x,y,z,w{note}").repeat(3);
        assert_eq!(detect_separator(&format!("{header}{rows}")), b',');
        // Titles with a comma above a few rows separated by `;`.
        let titled = "Отчёт, 2025\nОтдел, Астана\nДата, 01.01.2026\na;b;c;d\n1;2;3;4\n";
        assert_eq!(detect_separator(titled), b';');
    }
}
