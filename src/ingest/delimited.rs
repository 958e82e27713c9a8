//! CSV files, one per table: encoding (UTF-8 with or without BOM,
//! Windows-1251, KZ-1048) and separator (`,` `;` tab) detected, the table
//! recognised from the header.

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use super::header::Matcher;
use super::workbook::RowStream;
use super::{Cell, FileError, IngestConfig, Visitor};
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

impl Encoding {
    /// The contract's rule: UTF-8 if the bytes are UTF-8; else KZ-1048 when a
    /// byte is a Kazakh letter there; else Windows-1251.
    pub fn detect(bytes: &[u8]) -> Encoding {
        if std::str::from_utf8(bytes).is_ok() {
            Encoding::Utf8
        } else if bytes.iter().any(|&b| crate::kz1048::is_kazakh_letter(b)) {
            Encoding::Kz1048
        } else {
            Encoding::Windows1251
        }
    }

    /// Decodes; invalid UTF-8 (when forced) becomes U+FFFD, which then shows
    /// in the values it spoils.
    pub fn decode(self, bytes: &[u8]) -> String {
        match self {
            Encoding::Utf8 => {
                let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                String::from_utf8_lossy(bytes).into_owned()
            }
            Encoding::Windows1251 => encoding_rs::WINDOWS_1251
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
            Encoding::Kz1048 => crate::kz1048::decode(bytes),
        }
    }
}

/// The line of the first invalid byte of text that is mostly UTF-8: more
/// than twice as many valid non-ASCII characters as invalid sequences. Text
/// in Windows-1251 or KZ-1048 has almost no valid UTF-8 sequences, so it is
/// not mistaken for damaged UTF-8 (an extension of the contract's rule,
/// docs/input.md).
fn broken_utf8(bytes: &[u8]) -> Option<usize> {
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut first = None;
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            invalid += 1;
            first.get_or_insert(offset);
        }
        offset += chunk.invalid().len();
    }
    let first = first?;
    (valid > 2 * invalid).then(|| 1 + bytes[..first].iter().filter(|&&b| b == b'\n').count())
}

const SEPARATORS: [u8; 3] = [b';', b',', b'\t'];

/// The separator that splits the first lines into the most fields; `;`
/// (what Excel writes in Russian and Kazakh locales) wins a tie.
fn detect_separator(text: &str) -> u8 {
    let head: String = text.lines().take(30).collect::<Vec<_>>().join("\n");
    let mut best = (0usize, b';');
    for sep in SEPARATORS {
        let fields = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(sep)
            .from_reader(head.as_bytes())
            .records()
            .filter_map(Result::ok)
            .map(|r| r.len())
            .max()
            .unwrap_or(0);
        if fields > best.0 {
            best = (fields, sep);
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
    let unreadable = |reason: String| FileError::unreadable(&file, reason);
    let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    let encoding = match config.encoding {
        Some(forced) => forced,
        None => {
            if let Some(line) = broken_utf8(&bytes) {
                return Err(unreadable(format!(
                    "line {line}: bytes that are not UTF-8 in a file that is otherwise UTF-8; save the file again as UTF-8, or give --encoding to read it as it is"
                )));
            }
            Encoding::detect(&bytes)
        }
    };
    // The csv crate counts a CRLF line ending one line late; with LF endings
    // its line numbers are the ones a text editor shows.
    let text = encoding.decode(&bytes).replace("\r\n", "\n");
    drop(bytes);
    let separator = detect_separator(&text);
    log::debug!(
        "{file}: CSV, encoding {encoding:?}, separator {:?}",
        char::from(separator)
    );
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());

    let matchers: Vec<Matcher> = Table::ALL
        .iter()
        .map(|&t| Matcher::new(t, &config.mapping))
        .collect();
    let mut stream: Option<RowStream> = None;
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::default();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(unreadable(format!("line {line}: {e}")));
            }
        }
        let number = lines.line_of(&text, record.position().map_or(0, |p| p.byte() as usize));
        let cells: Vec<Cell> = record
            .iter()
            .map(|f| {
                if f.is_empty() {
                    Cell::Empty
                } else {
                    Cell::text(f.to_string())
                }
            })
            .collect();
        if stream.is_none() {
            // The table is the one whose columns the header names most.
            let best = matchers
                .iter()
                .map(|m| (m.score(&cells), m))
                .filter(|(score, _)| *score >= 3)
                .max_by_key(|(score, m)| (*score, std::cmp::Reverse(m.table as u8)));
            match best {
                Some((_, m)) => {
                    stream = Some(RowStream::new(
                        file.clone(),
                        None,
                        m.clone(),
                        Some(encoding),
                    ))
                }
                None => continue,
            }
        }
        let stream = stream.as_mut().expect("set above");
        stream.row(number, cells, visitor)?;
    }
    match stream {
        Some(stream) => stream.finish(visitor),
        None => Err(FileError::NoHeader {
            file: file.to_string(),
            sheet: String::new(),
            table: "cases, complaints or surveys",
        }),
    }
}

/// Line numbers of records as an editor shows them. The csv crate gives a
/// record's position before the blank lines it skips, so its line numbers
/// run short after a blank line; this counts from the record's first byte.
struct LineCounter {
    /// A byte offset and the 1-based line it is on.
    byte: usize,
    line: u32,
}

impl Default for LineCounter {
    fn default() -> LineCounter {
        LineCounter { byte: 0, line: 1 }
    }
}

impl LineCounter {
    fn line_of(&mut self, text: &str, position: usize) -> u32 {
        let bytes = text.as_bytes();
        let mut start = position;
        while matches!(bytes.get(start), Some(b'\n' | b'\r')) {
            start += 1;
        }
        // CRLF is LF by now: a CR left is a line end of its own (old Mac
        // files), as the csv crate reads it.
        let newlines = bytes[self.byte.min(start)..start]
            .iter()
            .filter(|&&b| b == b'\n' || b == b'\r')
            .count();
        self.line += newlines as u32;
        self.byte = start;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_encoding_by_the_contract() {
        assert_eq!(Encoding::detect("Талон нөмірі".as_bytes()), Encoding::Utf8);
        let russian = encoding_rs::WINDOWS_1251.encode("Дата приема документов").0;
        assert_eq!(Encoding::detect(&russian), Encoding::Windows1251);
        let kazakh = crate::kz1048::encode("Құжаттарды қабылдау күні");
        assert_eq!(Encoding::detect(&kazakh), Encoding::Kz1048);
        assert_eq!(Encoding::Kz1048.decode(&kazakh), "Құжаттарды қабылдау күні");
        assert_eq!(Encoding::Utf8.decode(b"\xEF\xBB\xBFabc"), "abc");
    }

    #[test]
    fn line_numbers_count_blank_lines_and_quoted_newlines() {
        let text = "title\n\nh1;h2;h3\n\"a\nb\";2;3\n\n\nx;y;z\n";
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(b';')
            .from_reader(text.as_bytes());
        let mut lines = LineCounter::default();
        let numbers: Vec<u32> = reader
            .records()
            .map(|r| lines.line_of(text, r.unwrap().position().unwrap().byte() as usize))
            .collect();
        assert_eq!(numbers, [1, 3, 4, 8]);
    }

    #[test]
    fn regression_lines_ended_by_cr_alone_are_counted() {
        // Before: every record of such a file was on line 1.
        let text = "h1;h2;h3\ra;b;c\r\rx;y;z\r";
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(b';')
            .from_reader(text.as_bytes());
        let mut lines = LineCounter::default();
        let numbers: Vec<u32> = reader
            .records()
            .map(|r| lines.line_of(text, r.unwrap().position().unwrap().byte() as usize))
            .collect();
        assert_eq!(numbers, [1, 2, 4]);
    }

    #[test]
    fn damaged_utf8_is_told_from_single_byte_encodings() {
        let mut damaged = "№ талона;Услуга\nВИЗ-1;выдача\n".as_bytes().to_vec();
        damaged.extend_from_slice(b"\xff\xfe;x\n");
        assert_eq!(broken_utf8(&damaged), Some(3));
        let russian = encoding_rs::WINDOWS_1251
            .encode("№ талона;Услуга\nВИЗ-1;выдача")
            .0;
        assert_eq!(broken_utf8(&russian), None);
        assert_eq!(broken_utf8(&crate::kz1048::encode("Қызмет;Нәтиже")), None);
        assert_eq!(broken_utf8("Қызмет".as_bytes()), None);
    }

    #[test]
    fn detects_the_separator() {
        assert_eq!(detect_separator("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(detect_separator("a,b,c\n1,\"2,5\",3\n"), b',');
        assert_eq!(detect_separator("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(detect_separator("Отчёт, 2025\n\na;b;c;d\n"), b';');
    }
}
