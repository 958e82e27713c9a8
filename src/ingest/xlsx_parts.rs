//! What the fast xlsx path ([`super::xlsx_scan`]) needs of a workbook
//! besides its sheet: the shared strings and the number format of each
//! cell style, read as calamine 0.38 reads them (`read_shared_strings`,
//! `read_styles`, `detect_custom_number_format`), so that both readers give
//! every cell the same value. The differential test holds them to it.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::events::Event;

use super::package::{self, Archive, raw};

/// How a number in a cell of a style is shown: as a number, a date-time,
/// or a duration (`[h]:mm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shown {
    Number,
    DateTime,
    Duration,
}

/// The workbook's shared strings and the format of each cell style.
pub(super) struct Parts {
    pub(super) strings: Vec<String>,
    pub(super) styles: Vec<Shown>,
}

/// Why the fast path leaves a workbook or a sheet to calamine.
pub(super) type Fallback = &'static str;

impl Parts {
    /// Reads the parts of the package at `archive`. A package laid out
    /// otherwise than `xl/…`, or a part this reading does not follow, is
    /// left to calamine.
    pub(super) fn read(archive: &mut Archive) -> Result<Parts, Fallback> {
        let names: Vec<String> = archive
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect();
        // calamine finds parts case-insensitively and by either slash; the
        // fast path takes only the names as Excel writes them.
        let part = |exact: &str| -> Result<Option<String>, Fallback> {
            let mut found = None;
            for name in &names {
                if name.replace('\\', "/").eq_ignore_ascii_case(exact) {
                    if name != exact || found.is_some() {
                        return Err("a part of the package is named unusually");
                    }
                    found = Some(name.clone());
                }
            }
            Ok(found)
        };
        if part("xl/workbook.xml")?.is_none() {
            return Err("the workbook part is not xl/workbook.xml");
        }
        let strings = match part("xl/sharedStrings.xml")? {
            Some(name) => strings(entry(archive, &name)?)?,
            None => Vec::new(),
        };
        let styles = match part("xl/styles.xml")? {
            Some(name) => styles(entry(archive, &name)?)?,
            None => Vec::new(),
        };
        Ok(Parts { strings, styles })
    }
}

fn entry<'a>(archive: &'a mut Archive, name: &str) -> Result<impl Read + 'a, Fallback> {
    archive
        .by_name(name)
        .map_err(|_| "a part of the package cannot be opened")
}

/// The shared strings: each `<si>`, its `<t>` runs joined, phonetic runs
/// (`<rPh>`) left out, trimmed unless `xml:space="preserve"`.
fn strings(part: impl Read) -> Result<Vec<String>, Fallback> {
    const DAMAGED: Fallback = "the shared strings are not plain XML";
    let mut xml = package::xml(part);
    let mut buf = Vec::new();
    let mut strings = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|_| DAMAGED)? {
            Event::Start(e) if e.local_name().as_ref() == "sst" => break,
            Event::Eof => return Err(DAMAGED),
            _ => {}
        }
    }
    let (mut item, mut inner) = (Vec::new(), Vec::new());
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|_| DAMAGED)? {
            Event::Start(e) if e.local_name().as_ref() == "si" => {
                let closing = e.name().as_ref().to_string();
                strings.push(item_text(&mut xml, &closing, &mut item, &mut inner)?);
            }
            Event::End(e) if e.local_name().as_ref() == "sst" => return Ok(strings),
            Event::Eof => return Err(DAMAGED),
            _ => {}
        }
    }
}

/// One `<si>`, as calamine's `read_string_with_bufs` reads it.
fn item_text<R: std::io::BufRead>(
    xml: &mut quick_xml::Reader<R>,
    closing: &str,
    buf: &mut Vec<u8>,
    inner: &mut Vec<u8>,
) -> Result<String, Fallback> {
    const DAMAGED: Fallback = "a shared string is not plain XML";
    let mut rich: Option<String> = None;
    let mut phonetic = false;
    loop {
        buf.clear();
        match xml.read_event_into(buf).map_err(|_| DAMAGED)? {
            Event::Start(e) if e.local_name().as_ref() == "r" && rich.is_none() => {
                rich = Some(String::new());
            }
            Event::Start(e) if e.local_name().as_ref() == "rPh" => phonetic = true,
            Event::End(e) if e.name().as_ref() == closing => return Ok(rich.unwrap_or_default()),
            Event::End(e) if e.local_name().as_ref() == "rPh" => phonetic = false,
            Event::Start(e) if e.local_name().as_ref() == "t" && !phonetic => {
                let preserve = raw(&e, "xml:space").as_deref() == Some("preserve");
                let name = e.name().as_ref().to_string();
                let mut value = String::new();
                loop {
                    inner.clear();
                    match xml.read_event_into(inner).map_err(|_| DAMAGED)? {
                        Event::Text(t) => value.push_str(&t.xml10_content()),
                        Event::CData(t) => value.push_str(&t.xml10_content()),
                        Event::GeneralRef(r) => value.push(entity(&r)?),
                        Event::End(end) if end.name().as_ref() == name => break,
                        Event::Eof => return Err(DAMAGED),
                        _ => {}
                    }
                }
                let value = if preserve {
                    unescape_units(&value)
                } else {
                    unescape_units(value.trim_matches([' ', '\t', '\r', '\n']))
                };
                match &mut rich {
                    Some(s) => s.push_str(&value),
                    None => rich = Some(value),
                }
            }
            Event::Eof => return Err(DAMAGED),
            _ => {}
        }
    }
}

/// A character or predefined entity; any other is left to calamine.
fn entity(r: &quick_xml::events::BytesRef<'_>) -> Result<char, Fallback> {
    const OTHER: Fallback = "a shared string holds an entity other than XML's own";
    if let Some(c) = r.resolve_char_ref().map_err(|_| OTHER)? {
        return Ok(c);
    }
    quick_xml::escape::resolve_predefined_entity(r.as_ref())
        .and_then(|s| s.chars().next())
        .ok_or(OTHER)
}

/// Excel's `_xHHHH_` escapes of UTF-16 units (`_x000D_` for a carriage
/// return), as calamine's `unescape_xml` undoes them.
pub(super) fn unescape_units(text: &str) -> String {
    let unit = |at: usize| -> Option<u16> {
        let b = text.as_bytes().get(at..at + 7)?;
        if b[0] != b'_'
            || b[1] != b'x'
            || b[6] != b'_'
            || !b[2..6].iter().all(u8::is_ascii_hexdigit)
        {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&b[2..6]).ok()?, 16).ok()
    };
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut copied = 0;
    while let Some(offset) = text[at..].find('_') {
        let index = at + offset;
        let Some(first) = unit(index) else {
            at = index + 1;
            continue;
        };
        out.push_str(&text[copied..index]);
        let mut next = index + 7;
        out.push(match first {
            0xD800..=0xDBFF => match unit(next) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    next += 7;
                    let code =
                        0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
                }
                _ => char::REPLACEMENT_CHARACTER,
            },
            0xDC00..=0xDFFF => char::REPLACEMENT_CHARACTER,
            _ => char::from_u32(u32::from(first)).unwrap_or(char::REPLACEMENT_CHARACTER),
        });
        copied = next;
        at = next;
    }
    out.push_str(&text[copied..]);
    out
}

/// The format of each `<xf>` of `<cellXfs>`, in order.
fn styles(part: impl Read) -> Result<Vec<Shown>, Fallback> {
    const DAMAGED: Fallback = "the styles are not plain XML";
    let mut xml = package::xml(part);
    let (mut buf, mut inner) = (Vec::new(), Vec::new());
    let mut formats: HashMap<String, String> = HashMap::new();
    let mut styles = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|_| DAMAGED)? {
            Event::Start(e) if e.local_name().as_ref() == "numFmts" => loop {
                inner.clear();
                match xml.read_event_into(&mut inner).map_err(|_| DAMAGED)? {
                    Event::Start(e) if e.local_name().as_ref() == "numFmt" => {
                        if let (Some(id), Some(code)) = (raw(&e, "numFmtId"), raw(&e, "formatCode"))
                        {
                            let code = quick_xml::escape::unescape(&code).map_err(|_| DAMAGED)?;
                            formats.insert(id, code.into_owned());
                        }
                    }
                    Event::End(e) if e.local_name().as_ref() == "numFmts" => break,
                    Event::Eof => return Err(DAMAGED),
                    _ => {}
                }
            },
            Event::Start(e) if e.local_name().as_ref() == "cellXfs" => loop {
                inner.clear();
                match xml.read_event_into(&mut inner).map_err(|_| DAMAGED)? {
                    Event::Start(e) if e.local_name().as_ref() == "xf" => {
                        styles.push(raw(&e, "numFmtId").map_or(Shown::Number, |id| {
                            match formats.get(&id) {
                                Some(code) => custom(code),
                                None => builtin(&id),
                            }
                        }));
                    }
                    Event::End(e) if e.local_name().as_ref() == "cellXfs" => break,
                    Event::Eof => return Err(DAMAGED),
                    _ => {}
                }
            },
            Event::Eof => return Ok(styles),
            _ => {}
        }
    }
}

/// The built-in formats that show a date or a time (ECMA-376 18.8.30, and
/// the East Asian ones), and `[h]:mm:ss`.
fn builtin(id: &str) -> Shown {
    match id {
        "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "45" | "47" | "27"
        | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "50" | "51" | "52"
        | "53" | "54" | "55" | "56" | "57" | "58" => Shown::DateTime,
        "46" => Shown::Duration,
        _ => Shown::Number,
    }
}

/// Whether a custom format code shows a date-time or a duration: its
/// first section holds a date or time letter outside quotes, escapes and
/// brackets, or a bracketed `[h]`, `[m]`, `[s]`.
fn custom(format: &str) -> Shown {
    let (mut escaped, mut quoted, mut ap, mut hms) = (false, false, false, false);
    let mut brackets = 0u8;
    let mut prev = ' ';
    for s in format.chars() {
        match (s, escaped, quoted, ap, brackets) {
            (_, true, ..) => escaped = false,
            ('_' | '\\' | '*', ..) => escaped = true,
            ('"', _, true, _, _) => quoted = false,
            (_, _, true, _, _) => {}
            ('"', ..) => quoted = true,
            (';', ..) => return Shown::Number,
            ('[', ..) => brackets += 1,
            (']', .., 1) if hms => return Shown::Duration,
            (']', ..) => brackets = brackets.saturating_sub(1),
            ('a' | 'A', _, _, false, 0) => ap = true,
            ('p' | 'm' | '/' | 'P' | 'M', _, _, true, 0) => return Shown::DateTime,
            ('d' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S', _, _, false, 0) => {
                return Shown::DateTime;
            }
            _ => {
                if !(hms && s.eq_ignore_ascii_case(&prev)) {
                    hms = prev == '[' && matches!(s, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
                }
            }
        }
        prev = s;
    }
    Shown::Number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_as_calamine_tells_them() {
        for (code, shown) in [
            ("DD/MM/YY", Shown::DateTime),
            ("H:MM:SS;@", Shown::DateTime),
            ("#,##0\\ [$\\u20bd-46D]", Shown::Number),
            ("[h]:mm", Shown::Duration),
            ("[$-F400]h:mm:ss\\ AM/PM", Shown::DateTime),
            ("0.00", Shown::Number),
            ("\"date\" 0", Shown::Number),
            ("dd.mm.yyyy hh:mm", Shown::DateTime),
        ] {
            assert_eq!(custom(code), shown, "{code}");
        }
        assert_eq!(builtin("14"), Shown::DateTime);
        assert_eq!(builtin("46"), Shown::Duration);
        assert_eq!(builtin("0"), Shown::Number);
    }

    #[test]
    fn excel_escapes_of_utf16_units_are_undone() {
        assert_eq!(unescape_units("a_x000D_b"), "a\rb");
        assert_eq!(unescape_units("_xD83D__xDE00_"), "😀");
        assert_eq!(unescape_units("_xD83D_x"), "\u{FFFD}x");
        assert_eq!(unescape_units("_x00_ plain_"), "_x00_ plain_");
    }
}
