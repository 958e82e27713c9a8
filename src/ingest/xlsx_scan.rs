//! The fast path of xlsx sheets: the sheet's part is inflated on a thread
//! of its own into a bounded ring of buffers, and its cells are scanned
//! from them with `memchr`, without building any tree (after SheetReader,
//! Henze et al., DOLAP 2022). Each cell gets the value calamine 0.38 gives
//! it: the scanner reads the forms spreadsheet programs write (`<row>`,
//! `<c r s t>`, `<v>`, `<f>`, plain `<is><t>`), and on anything else
//! stops and says why, so that calamine reads the sheet from that cell on
//! ([`super::workbook`]). It never guesses.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use calamine::{DataRef, ExcelDateTime, ExcelDateTimeType};

use super::cell::{Cell, Push};
use super::container::MAX_TEXT_RUN;
use super::package;
use super::unread::Unread;
use super::xlsx_parts::{Fallback, Parts, Shown};

/// How a scan ended.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Scanned {
    /// Every cell of `sheetData` was handed on.
    Whole,
    /// The scanner met what it does not read after handing on `cells`
    /// cells; calamine goes on from there.
    Stopped { cells: u64, why: Fallback },
}

/// The bytes inflated per buffer, and the buffers in flight: a few MiB
/// ahead of the scanner, whatever the sheet's size.
const CHUNK: usize = 1 << 20;
const AHEAD: usize = 4;

/// Scans the part `part` of the xlsx at `path`, handing every cell to
/// `push` in file order. An error is the file's: a run of text too long,
/// a shared string referred to by something other than its number (which
/// calamine would read as another string), or what `push` refuses.
pub(super) fn scan(
    path: &Path,
    part: &str,
    parts: &Parts,
    is_1904: bool,
    push: &mut Push<'_>,
) -> Result<Scanned, Unread> {
    let inflater = Inflater::start(path.to_path_buf(), part.to_string());
    scan_from(inflater, parts, is_1904, push)
}

fn scan_from(
    source: impl Source,
    parts: &Parts,
    is_1904: bool,
    push: &mut Push<'_>,
) -> Result<Scanned, Unread> {
    let mut scanner = Scanner {
        feed: Feed::new(source),
        parts,
        is_1904,
        row: 0,
        col: 0,
        cells: 0,
    };
    match scanner.sheet(push) {
        Ok(()) => Ok(Scanned::Whole),
        // A run past the limit is refused, not handed to calamine.
        Err(Stop::Fallback(_)) if scanner.feed.too_long => Err(Unread::TooLongRun),
        Err(Stop::Fallback(why)) => Ok(Scanned::Stopped {
            cells: scanner.cells,
            why,
        }),
        Err(Stop::File(e)) => Err(e),
    }
}

/// Why scanning stopped before the end.
enum Stop {
    Fallback(Fallback),
    File(Unread),
}

impl From<Fallback> for Stop {
    fn from(why: Fallback) -> Stop {
        Stop::Fallback(why)
    }
}

/// Where the scanner's bytes come from.
trait Source {
    /// Copies the next bytes into `into`; 0 at the end or on a fault.
    fn read_into(&mut self, into: &mut [u8]) -> usize;
}

/// The inflating thread and the buffers it fills.
struct Inflater {
    full: Receiver<Result<Vec<u8>, ()>>,
    empty: SyncSender<Vec<u8>>,
    current: Vec<u8>,
    at: usize,
    /// Set at the end of the part, or at a fault of the package.
    done: bool,
    _thread: JoinHandle<()>,
}

impl Inflater {
    fn start(path: PathBuf, part: String) -> Inflater {
        let (full_tx, full) = sync_channel::<Result<Vec<u8>, ()>>(AHEAD);
        let (empty, empty_rx) = sync_channel::<Vec<u8>>(AHEAD + 2);
        let thread = std::thread::spawn(move || {
            let Ok(mut archive) = package::open(&path) else {
                let _ = full_tx.send(Err(()));
                return;
            };
            let Ok(entry) = archive.by_name(&part) else {
                let _ = full_tx.send(Err(()));
                return;
            };
            let mut entry = entry;
            loop {
                let mut buf = empty_rx.try_recv().unwrap_or_default();
                buf.resize(CHUNK, 0);
                let mut filled = 0;
                while filled < CHUNK {
                    match entry.read(&mut buf[filled..]) {
                        Ok(0) => break,
                        Ok(n) => filled += n,
                        Err(_) => {
                            let _ = full_tx.send(Err(()));
                            return;
                        }
                    }
                }
                buf.truncate(filled);
                let last = filled == 0;
                // The scanner went away (it stopped): so does this thread.
                if full_tx.send(Ok(buf)).is_err() || last {
                    return;
                }
            }
        });
        Inflater {
            full,
            empty,
            current: Vec::new(),
            at: 0,
            done: false,
            _thread: thread,
        }
    }
}

impl Source for Inflater {
    fn read_into(&mut self, into: &mut [u8]) -> usize {
        while self.at == self.current.len() {
            if self.done {
                return 0;
            }
            match self.full.recv() {
                Ok(Ok(buf)) if !buf.is_empty() => {
                    let old = std::mem::replace(&mut self.current, buf);
                    let _ = self.empty.try_send(old);
                    self.at = 0;
                }
                // The end, or a fault calamine will name.
                _ => self.done = true,
            }
        }
        let n = into.len().min(self.current.len() - self.at);
        into[..n].copy_from_slice(&self.current[self.at..self.at + n]);
        self.at += n;
        n
    }
}

/// Bytes held whole, handed on at most `step` at a time (1 to `step` in
/// turn), so that every place a tag or value can be cut by a buffer's
/// edge is met: for the tests.
#[cfg(test)]
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
    turn: usize,
}

#[cfg(test)]
impl Source for Trickle<'_> {
    fn read_into(&mut self, into: &mut [u8]) -> usize {
        self.turn += 1;
        let n = into
            .len()
            .min(self.bytes.len())
            .min(1 + self.turn % self.step.max(1));
        into[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        n
    }
}

/// A window on the inflated XML: `buf[pos..end]` is not yet scanned.
struct Feed<S> {
    source: S,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// Set when a run of text between two tags, or a tag, passed
    /// [`MAX_TEXT_RUN`]: the scanner stops there, and the sheet is refused
    /// as the check of every part refuses it ([`super::container`]).
    too_long: bool,
}

impl<S: Source> Feed<S> {
    fn new(source: S) -> Feed<S> {
        Feed {
            source,
            buf: vec![0; 2 * CHUNK],
            pos: 0,
            end: 0,
            too_long: false,
        }
    }

    /// Reads more: keeps `buf[pos..end]`, moved to the front, and adds
    /// what the source gives. False at the end of the part.
    fn more(&mut self) -> bool {
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.pos = 0;
        }
        if self.end == self.buf.len() {
            // What is not yet scanned fills the buffer: it grows, bounded
            // by [`Feed::find_from`]'s limit on a run.
            let len = self.buf.len();
            self.buf.resize(len * 2, 0);
        }
        let n = self.source.read_into(&mut self.buf[self.end..]);
        self.end += n;
        n > 0
    }

    /// Whether the bytes at `pos` are `literal`, reading on as needed.
    fn starts_with(&mut self, literal: &[u8]) -> bool {
        self.starts_with_at(0, literal)
    }

    /// Whether the bytes `offset` past `pos` are `literal`.
    fn starts_with_at(&mut self, offset: usize, literal: &[u8]) -> bool {
        while self.end - self.pos < offset + literal.len() {
            if !self.more() {
                return false;
            }
        }
        self.buf[self.pos + offset..].starts_with(literal)
    }

    /// The offset from `pos` of the next `byte`, reading on as needed.
    fn find(&mut self, byte: u8) -> Option<usize> {
        self.find_from(0, byte)
    }

    /// The next tag, `<` and `>` left out, and what went before it; `pos`
    /// moves past it. `None` at the end of the part.
    ///
    /// Inside the sheet data a tag ends at its first `>`: a `>` inside a
    /// quoted value leaves a quote open, which [`attributes`] does not
    /// read, so the scanner stops there. Before it, where tags are only
    /// passed over, `quoted` finds the true end.
    fn tag(&mut self, quoted: bool) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
        let lt = self.find(b'<')?;
        let mut gt = lt + 1 + self.find_from(lt + 1, b'>')?;
        if quoted {
            loop {
                let inside = &self.buf[self.pos + lt + 1..self.pos + gt];
                if memchr::memchr_iter(b'"', inside).count().is_multiple_of(2) {
                    break;
                }
                gt = gt + 1 + self.find_from(gt + 1, b'>')?;
            }
        }
        let text = self.pos..self.pos + lt;
        let tag = self.pos + lt + 1..self.pos + gt;
        self.pos += gt + 1;
        Some((text, tag))
    }

    /// The offset from `offset` past `pos` of the next `byte`, reading on
    /// as needed; `None` at the end, or past [`MAX_TEXT_RUN`] bytes
    /// without it (`too_long`).
    fn find_from(&mut self, offset: usize, byte: u8) -> Option<usize> {
        let mut from = offset;
        loop {
            let found = memchr::memchr(byte, &self.buf[self.pos + from..self.end]);
            let run = found.map_or(self.end - self.pos, |i| from + i) - offset;
            if run as u64 > MAX_TEXT_RUN {
                self.too_long = true;
                return None;
            }
            if found.is_some() {
                return Some(run);
            }
            from = self.end - self.pos;
            if !self.more() {
                return None;
            }
        }
    }
}

/// A tag as the scanner sees it.
struct Tag<'a> {
    name: &'a [u8],
    /// `</name>`.
    closing: bool,
    /// `<name/>`.
    empty: bool,
    attributes: &'a [u8],
}

fn parse_tag(tag: &[u8]) -> Result<Tag<'_>, Fallback> {
    let (closing, tag) = match tag.strip_prefix(b"/") {
        Some(rest) => (true, rest),
        None => (false, tag),
    };
    let (empty, tag) = match tag.strip_suffix(b"/") {
        Some(rest) => (true, rest),
        None => (false, tag),
    };
    let split = tag
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(tag.len());
    let (name, attributes) = tag.split_at(split);
    if name.is_empty() || matches!(name[0], b'?' | b'!') || (closing && empty) {
        return Err("the sheet holds a comment, a declaration or a tag of another form");
    }
    if closing && !attributes.iter().all(u8::is_ascii_whitespace) {
        return Err("a closing tag carries attributes");
    }
    Ok(Tag {
        name,
        closing,
        empty,
        attributes,
    })
}

/// The attributes `r`, `s`, `t` and `ref` of a tag, as written.
#[derive(Default)]
struct Attributes<'a> {
    r: Option<&'a [u8]>,
    s: Option<&'a [u8]>,
    t: Option<&'a [u8]>,
    /// `ref`, of a `<dimension>`.
    range: Option<&'a [u8]>,
}

fn attributes(mut text: &[u8]) -> Result<Attributes<'_>, Fallback> {
    const ODD: Fallback = "a tag's attributes are not of the plain form name=\"value\"";
    let mut found = Attributes::default();
    loop {
        let start = text.iter().position(|b| !b.is_ascii_whitespace());
        let Some(start) = start else {
            return Ok(found);
        };
        text = &text[start..];
        let eq = memchr::memchr(b'=', text).ok_or(ODD)?;
        let key = &text[..eq];
        if key.iter().any(u8::is_ascii_whitespace) || text.get(eq + 1) != Some(&b'"') {
            return Err(ODD);
        }
        let rest = &text[eq + 2..];
        let close = memchr::memchr(b'"', rest).ok_or(ODD)?;
        let value = &rest[..close];
        let slot = match key {
            b"r" => Some(&mut found.r),
            b"s" => Some(&mut found.s),
            b"t" => Some(&mut found.t),
            b"ref" => Some(&mut found.range),
            _ => None,
        };
        if let Some(slot) = slot {
            if slot.is_some() || value.contains(&b'&') {
                return Err(ODD);
            }
            *slot = Some(value);
        }
        text = &rest[close + 1..];
        if text.first().is_some_and(|b| !b.is_ascii_whitespace()) {
            return Err(ODD);
        }
    }
}

/// The zero-based (row, column) of `A1`-style text, when it is plain:
/// capital letters (at most three), then digits (at most seven).
fn reference(text: &[u8]) -> Option<(u32, u32)> {
    let letters = text.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if letters > 3 {
        return None;
    }
    let (col, row) = text.split_at(letters);
    let row = number(row)?.checked_sub(1)?;
    let col = col
        .iter()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1)
        .checked_sub(1)?;
    Some((row, col))
}

/// Decimal digits (at most seven) as a number.
fn number(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || digits.len() > 7 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0')),
    )
}

/// Whether `text` is a decimal number in the form spreadsheets write it:
/// `-12`, `3.5`, `.5`, `1E-3`. Any other text calamine's float parser
/// would read differently is left to it.
fn is_decimal(text: &[u8]) -> bool {
    let mut i = usize::from(text.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let from = *i;
        while text.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - from
    };
    let mut mantissa = digits(&mut i);
    if text.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == text.len()
}

/// The text of an inline string's `<t>`, as calamine's `read_string`
/// makes it: trimmed of ASCII white space unless `preserve`, Excel's
/// `_xHHHH_` undone. An entity or a carriage return (which XML turns into
/// a line feed) is left to calamine.
fn inline_text(raw: &[u8], preserve: bool) -> Result<String, Fallback> {
    const ODD: Fallback = "an inline string holds an entity or a carriage return";
    if raw.contains(&b'&') || raw.contains(&b'\r') {
        return Err(ODD);
    }
    let text = std::str::from_utf8(raw).map_err(|_| "a cell is not UTF-8")?;
    Ok(if preserve {
        super::xlsx_parts::unescape_units(text)
    } else {
        super::xlsx_parts::unescape_units(text.trim_matches([' ', '\t', '\r', '\n']))
    })
}

/// A `<c>`'s attributes, read.
struct Head {
    at: Option<(u32, u32)>,
    style: Option<usize>,
    kind: Kind,
}

/// The types of cell the fast path reads (`t`).
#[derive(Clone, Copy)]
enum Kind {
    Untyped,
    Number,
    Shared,
    Bool,
    Str,
    Inline,
    Error,
}

impl Kind {
    fn of(t: Option<&[u8]>) -> Result<Kind, Fallback> {
        Ok(match t {
            None => Kind::Untyped,
            Some(b"n") => Kind::Number,
            Some(b"s") => Kind::Shared,
            Some(b"b") => Kind::Bool,
            Some(b"str") => Kind::Str,
            Some(b"inlineStr" | b"is") => Kind::Inline,
            Some(b"e") => Kind::Error,
            Some(_) => return Err("a cell is of a type the fast path leaves to calamine (a date)"),
        })
    }
}

struct Scanner<'p, S> {
    feed: Feed<S>,
    parts: &'p Parts,
    is_1904: bool,
    /// Where a cell without a reference stands, as calamine counts.
    row: u32,
    col: u32,
    /// Cells handed on.
    cells: u64,
}

/// A cell's value as calamine 0.38's `read_v` makes it.
enum Value<'s> {
    Empty,
    Data(DataRef<'s>),
}

impl<'p, S: Source> Scanner<'p, S> {
    /// The sheet: what stands before `<sheetData>` is passed over, then
    /// every row and cell up to `</sheetData>`.
    fn sheet(&mut self, push: &mut Push<'_>) -> Result<(), Stop> {
        loop {
            let (_, tag) = self.feed.tag(true).ok_or("the sheet has no sheetData")?;
            let bytes = &self.feed.buf[tag];
            if bytes.starts_with(b"?") {
                continue;
            }
            let tag = parse_tag(bytes)?;
            match tag.name {
                b"sheetData" if tag.closing => {
                    return Err("sheetData closes before it opens".into());
                }
                b"sheetData" if tag.empty => return Ok(()),
                b"sheetData" => break,
                // calamine refuses a sheet whose dimension it cannot read.
                b"dimension" => {
                    let ok = dimension(tag.attributes);
                    if !ok {
                        return Err("the sheet's dimension is not a plain range".into());
                    }
                }
                _ => {}
            }
        }
        loop {
            let (text, tag) = self
                .feed
                .tag(false)
                .ok_or("the sheet ends inside sheetData")?;
            if !self.feed.buf[text].iter().all(u8::is_ascii_whitespace) {
                return Err("text stands between the rows of the sheet".into());
            }
            let tag = parse_tag(&self.feed.buf[tag.clone()])?;
            match (tag.name, tag.closing) {
                (b"row", false) => {
                    let at = attributes(tag.attributes)?;
                    if let Some(r) = at.r {
                        self.row = number(r)
                            .and_then(|r| r.checked_sub(1))
                            .ok_or("a row's number is not plain")?;
                    }
                    if tag.empty {
                        self.end_row();
                    }
                }
                (b"row", true) => self.end_row(),
                (b"c", false) => {
                    let at = attributes(tag.attributes)?;
                    let head = Head {
                        at: match at.r {
                            Some(r) => Some(reference(r).ok_or("a cell's reference is not plain")?),
                            None => None,
                        },
                        style: match at.s {
                            Some(s) => {
                                Some(number(s).ok_or("a cell's style is not a plain number")?
                                    as usize)
                            }
                            None => None,
                        },
                        kind: Kind::of(at.t)?,
                    };
                    let empty = tag.empty;
                    self.cell(head, empty, push)?;
                }
                (b"sheetData", true) => return Ok(()),
                _ => return Err("the sheet holds a tag other than rows and cells".into()),
            }
        }
    }

    fn end_row(&mut self) {
        self.row += 1;
        self.col = 0;
    }

    /// One `<c>`, its children read up to `</c>`.
    fn cell(&mut self, head: Head, empty: bool, push: &mut Push<'_>) -> Result<(), Stop> {
        let (row, col) = match head.at {
            Some(at) => {
                self.col = at.1;
                at
            }
            None => (self.row, self.col),
        };
        let (style, t) = (head.style, head.kind);
        let mut value = Value::Empty;
        // The form nearly every cell takes, `<v>…</v></c>`, read at once.
        let mut closed = empty;
        if !closed && self.feed.starts_with(b"<v>") {
            self.feed.pos += 3;
            // Offsets from `pos` hold while the buffer is refilled; the
            // text's place in it is taken only once nothing more is read.
            let end = self.feed.find(b'<').ok_or("the sheet ends inside a cell")?;
            if !self.feed.starts_with_at(end, b"</v>") {
                return Err("a value holds a tag".into());
            }
            let text = self.feed.pos..self.feed.pos + end;
            value = self.value(&self.feed.buf[text], style, t, (row, col))?;
            self.feed.pos += end + 4;
            if self.feed.starts_with(b"</c>") {
                self.feed.pos += 4;
                closed = true;
            }
        } else if !closed && matches!(t, Kind::Inline) && self.feed.starts_with(b"<is><t>") {
            // An inline string, as xlsxwriter and others write every text.
            self.feed.pos += 7;
            let end = self.feed.find(b'<').ok_or("the sheet ends inside a cell")?;
            if !self.feed.starts_with_at(end, b"</t></is></c>") {
                return Err("an inline string is not a plain <t>".into());
            }
            let text = self.feed.pos..self.feed.pos + end;
            value = Value::Data(DataRef::String(inline_text(&self.feed.buf[text], false)?));
            self.feed.pos += end + 13;
            closed = true;
        }
        if !closed {
            loop {
                let (_, tag) = self.feed.tag(false).ok_or("the sheet ends inside a cell")?;
                let tag = parse_tag(&self.feed.buf[tag])?;
                let plain = tag.attributes.iter().all(u8::is_ascii_whitespace);
                match (tag.name, tag.closing) {
                    (b"c", true) => break,
                    (b"v" | b"is", false) if !plain => {
                        return Err("a value carries attributes".into());
                    }
                    (b"f", false) if !plain => {
                        attributes(tag.attributes)?;
                        if !tag.empty {
                            self.text_until(b"f")?;
                        }
                        value = Value::Empty;
                    }
                    (b"v", false) if tag.empty => value = self.value(b"", style, t, (row, col))?,
                    (b"v", false) => {
                        let text = self.text_until(b"v")?;
                        value = self.value(&self.feed.buf[text], style, t, (row, col))?;
                    }
                    (b"f", false) => {
                        if !tag.empty {
                            self.text_until(b"f")?;
                        }
                        value = Value::Empty;
                    }
                    (b"is", false) if !tag.empty => value = self.inline()?,
                    _ => return Err("a cell holds a tag other than v, f and is".into()),
                }
            }
        }
        let cell = match value {
            Value::Empty => Cell::Empty,
            Value::Data(data) => Cell::from_data_ref(data),
        };
        push(row, col, cell).map_err(Stop::File)?;
        self.col += 1;
        self.cells += 1;
        Ok(())
    }

    /// The text up to `</name>`, which must come next.
    fn text_until(&mut self, name: &[u8]) -> Result<std::ops::Range<usize>, Stop> {
        let (text, tag) = self.feed.tag(false).ok_or("the sheet ends inside a cell")?;
        let tag = parse_tag(&self.feed.buf[tag])?;
        if !(tag.closing && tag.name == name) {
            return Err("a value holds a tag".into());
        }
        Ok(text)
    }

    /// `<is><t>…</t></is>`, plain: an inline string.
    fn inline(&mut self) -> Result<Value<'p>, Stop> {
        const ODD: Fallback = "an inline string is not a plain <t>";
        let (_, tag) = self.feed.tag(false).ok_or(ODD)?;
        let bytes = self.feed.buf[tag].to_vec();
        let tag = parse_tag(&bytes)?;
        if tag.name != b"t" || tag.closing {
            return Err(ODD.into());
        }
        let preserve = match tag.attributes.iter().all(u8::is_ascii_whitespace) {
            true => false,
            false if tag.attributes.trim_ascii() == b"xml:space=\"preserve\"" => true,
            false => return Err(ODD.into()),
        };
        let text = if tag.empty {
            String::new()
        } else {
            let range = self.text_until(b"t")?;
            inline_text(&self.feed.buf[range], preserve)?
        };
        let (_, tag) = self.feed.tag(false).ok_or(ODD)?;
        let tag = parse_tag(&self.feed.buf[tag])?;
        if !(tag.closing && tag.name == b"is") {
            return Err(ODD.into());
        }
        Ok(Value::Data(DataRef::String(text)))
    }

    /// What calamine's `read_v` makes of `<v>text</v>` in a cell of type
    /// `t` and style `style`.
    fn value(
        &self,
        text: &[u8],
        style: Option<usize>,
        t: Kind,
        at: (u32, u32),
    ) -> Result<Value<'p>, Stop> {
        match t {
            Kind::Inline => Ok(Value::Empty),
            Kind::Shared => {
                if text.is_empty() {
                    return Ok(Value::Empty);
                }
                // calamine reads `abc`, `-1`, 2^64 or an entity as string 0.
                let index = text
                    .iter()
                    .try_fold(0usize, |n, &b| {
                        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
                        n.checked_mul(10)?.checked_add(usize::from(digit))
                    })
                    .ok_or_else(|| {
                        Stop::File(Unread::DamagedReference(at.0.into(), at.1.into()))
                    })?;
                let string = self
                    .parts
                    .strings
                    .get(index)
                    .ok_or("a cell refers to a shared string the workbook lacks")?;
                Ok(Value::Data(DataRef::SharedString(string)))
            }
            Kind::Bool => match text.trim_ascii() {
                b"" => Ok(Value::Empty),
                b"0" => Ok(Value::Data(DataRef::Bool(false))),
                b"1" => Ok(Value::Data(DataRef::Bool(true))),
                _ => Err("a boolean cell is not 0 or 1".into()),
            },
            Kind::Error if text.is_empty() => Ok(Value::Empty),
            Kind::Error => {
                let error = std::str::from_utf8(text)
                    .ok()
                    .and_then(|t| t.parse::<calamine::CellErrorType>().ok())
                    .ok_or("an error cell holds no error value Excel has")?;
                Ok(Value::Data(DataRef::Error(error)))
            }
            Kind::Str => {
                if text.contains(&b'&') || text.contains(&b'\r') {
                    return Err("a formula's text holds an entity".into());
                }
                let text = std::str::from_utf8(text).map_err(|_| "a cell is not UTF-8")?;
                Ok(Value::Data(DataRef::String(
                    super::xlsx_parts::unescape_units(text),
                )))
            }
            Kind::Number | Kind::Untyped => {
                if text.is_empty() {
                    return Ok(Value::Empty);
                }
                if !is_decimal(text) {
                    // calamine tries its float parser, and only then
                    // takes the text: left to it.
                    return Err("a number cell holds other text".into());
                }
                let n: f64 = std::str::from_utf8(text)
                    .ok()
                    .and_then(|t| t.parse().ok())
                    .ok_or("a number cell holds other text")?;
                let shown = match style {
                    Some(id) => self.parts.styles.get(id).copied(),
                    None => Some(Shown::Number),
                };
                let kind = match shown {
                    Some(Shown::DateTime) => ExcelDateTimeType::DateTime,
                    Some(Shown::Duration) => ExcelDateTimeType::TimeDelta,
                    _ => return Ok(Value::Data(DataRef::Float(n))),
                };
                Ok(Value::Data(DataRef::DateTime(ExcelDateTime::new(
                    n,
                    kind,
                    self.is_1904,
                ))))
            }
        }
    }
}

/// Whether a `<dimension>` carries a `ref` calamine reads: `A1` or `A1:C9`.
fn dimension(text: &[u8]) -> bool {
    let Some(at) = attributes(text).ok().and_then(|a| a.range) else {
        return false;
    };
    let mut parts = at.split(|&b| b == b':');
    let first = parts.next().and_then(reference);
    let second = parts.next().map(reference);
    first.is_some() && !matches!(second, Some(None)) && parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sheet of every form the scanner reads.
    const SHEET: &str = concat!(
        r#"<?xml version="1.0"?><worksheet><dimension ref="A1:D4"/><sheetData>"#,
        r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>"#,
        r#"<c r="C1" s="1"><v>45720.5</v></c><c r="D1" s="2"><v>1.25</v></c></row>"#,
        r#"<row><c t="b"><v>1</v></c><c t="str"><f>A1</f><v>text</v></c><c/><c t="e"><v>#N/A</v></c></row>"#,
        r#"<row r="4" spans="1:4"><c r="A4"><v>-1.5E-3</v></c><c r="B4" t="s"><v>1</v></c><c r="C4"><f t="shared" si="0"/><v>2</v></c></row>"#,
        "</sheetData></worksheet>"
    );

    /// Scans sheet XML held in memory, handed to the scanner at most
    /// `step` bytes at a time; styles are 0 number, 1 date-time, 2
    /// duration. The number of cells handed on when the scanner stopped
    /// short.
    fn scan_bytes(
        xml: &[u8],
        strings: Vec<String>,
        styles: Vec<u8>,
        step: usize,
        push: &mut dyn FnMut(u32, u32, Cell) -> Result<(), Unread>,
    ) -> Result<Option<u64>, Unread> {
        let styles = styles
            .into_iter()
            .map(|b| match b % 3 {
                0 => Shown::Number,
                1 => Shown::DateTime,
                _ => Shown::Duration,
            })
            .collect();
        let parts = Parts { strings, styles };
        let source = Trickle {
            bytes: xml,
            step,
            turn: 0,
        };
        match scan_from(source, &parts, false, push)? {
            Scanned::Whole => Ok(None),
            Scanned::Stopped { cells, .. } => Ok(Some(cells)),
        }
    }

    type Scan = (Vec<(u32, u32, Cell)>, Result<Option<u64>, String>);

    fn cells(xml: &[u8], step: usize) -> Scan {
        let mut cells = Vec::new();
        let result = scan_bytes(
            xml,
            vec!["a".into(), "b".into()],
            vec![0, 1, 2],
            step,
            &mut |r, c, cell| {
                cells.push((r, c, cell));
                Ok(())
            },
        );
        (cells, result.map_err(|e| format!("{e:?}")))
    }

    #[test]
    fn a_cell_cut_by_a_buffers_edge_reads_as_a_whole_one() {
        let whole = cells(SHEET.as_bytes(), usize::MAX);
        assert_eq!(whole.1, Ok(None));
        assert_eq!(whole.0.len(), 11);
        assert_eq!(
            whole.0[2],
            (
                0,
                2,
                Cell::DateTime(
                    chrono::NaiveDate::from_ymd_opt(2025, 3, 4)
                        .unwrap()
                        .and_hms_opt(12, 0, 0)
                        .unwrap()
                )
            )
        );
        assert_eq!(whole.0[7], (1, 3, Cell::Error("#N/A".into())));
        for step in 1..=9 {
            assert_eq!(cells(SHEET.as_bytes(), step), whole, "{step}");
        }
    }

    #[test]
    fn a_run_past_the_limit_is_refused_not_held() {
        let run = "x".repeat(MAX_TEXT_RUN as usize + 2);
        let xml = format!("<worksheet><sheetData><row>{run}</row></sheetData></worksheet>");
        let (_, result) = cells(xml.as_bytes(), usize::MAX);
        assert_eq!(result, Err("TooLongRun".to_string()));
    }
}
