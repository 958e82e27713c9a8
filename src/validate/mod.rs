//! Validation: raw rows become typed records or reported rejections.
//!
//! A row is accepted only when every value in it is valid; otherwise it is
//! rejected with every problem found in it (file, sheet, row, column, the
//! value as written, the reason). Nothing is dropped: for every sheet,
//! rows = accepted + rejected, which [`Checked::assert_balanced`] checks.

mod reason;
mod rows;
pub mod values;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::lang::Lang;
pub use reason::{Reason, When};

use crate::chunked::Chunked;
use crate::ingest::{self, Encoding, FileError, IngestConfig, RawRow, Source, Visitor};
use crate::model::{Case, Complaint, Location, Origin, Survey};
use crate::schema::{Table, column_letter};

/// One invalid value of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The column key of the contract.
    pub column: &'static str,
    /// The sheet column it was read from (None when the column is absent).
    pub position: Option<usize>,
    /// The value as written.
    pub value: String,
    pub reason: Reason,
}

impl Problem {
    /// The value as a message may show it ([`crate::shown`]); a text too
    /// long to carry is shown by its length, which esep wrote itself.
    pub fn shown(&self, lang: crate::lang::Lang) -> std::borrow::Cow<'_, str> {
        match self.reason {
            Reason::TooLong => std::borrow::Cow::Borrowed(&self.value),
            _ => crate::shown::in_message(self.column, &self.value, lang),
        }
    }
}

/// A rejected row with all its problems and all its values.
#[derive(Debug, Clone)]
pub struct Rejection {
    pub origin: Origin,
    pub table: Table,
    /// The row's case id (cases and complaints), or complaint id.
    pub id: Option<String>,
    pub problems: Vec<Problem>,
    /// The row's values as written, by column of `table.columns()`.
    pub values: RowValues,
    /// The day the row is dated by, where its value is valid: a case's
    /// decision (else its submission), a complaint's receipt, a survey's
    /// answer. Reports keep the rejected rows of their period by it.
    pub day: Option<chrono::NaiveDate>,
}

impl Rejection {
    /// The bytes this rejection holds, counted as the allocator hands them
    /// out (every allocation rounded up to 16 bytes, plus 16): what the
    /// budget of rejected rows (`--max-memory`) is measured in.
    fn held(&self) -> u64 {
        let strings = |s: &str| allocated(s.len());
        let problems: usize = self
            .problems
            .iter()
            .map(|p| strings(&p.value) + reason_heap(&p.reason))
            .sum();
        let values: usize = self.values.0.iter().map(|(_, v)| strings(v)).sum();
        (std::mem::size_of::<Rejection>()
            + self.id.as_deref().map_or(0, strings)
            + allocated(self.problems.capacity() * std::mem::size_of::<Problem>())
            + problems
            + allocated(self.values.0.capacity() * std::mem::size_of::<(u16, Box<str>)>())
            + values) as u64
    }
}

/// A value of an accepted row that was dropped: the law can do without
/// it, and it could not be read (`docs/contract.md`, "Values the law can
/// do without"). Said as a warning on its cell.
#[derive(Debug, Clone)]
pub struct Dropped {
    pub origin: Origin,
    pub table: Table,
    pub problem: Problem,
}

impl Dropped {
    /// The bytes it holds, counted as [`Rejection::held`] counts: dropped
    /// values share the budget of rejected rows.
    fn held(&self) -> u64 {
        (std::mem::size_of::<Dropped>()
            + allocated(self.problem.value.len())
            + reason_heap(&self.problem.reason)) as u64
    }
}

/// The heap a reason holds: the text it carries, if any.
fn reason_heap(reason: &Reason) -> usize {
    let text = match reason {
        Reason::Duplicate { first } => first.len(),
        Reason::BeyondCalendar { held, .. } => held.len(),
        _ => return 0,
    };
    allocated(text)
}

/// What an allocation of `bytes` costs: rounded up to 16, plus 16.
fn allocated(bytes: usize) -> usize {
    if bytes == 0 {
        0
    } else {
        bytes.div_ceil(16) * 16 + 16
    }
}

/// The values of a rejected row as written: only the non-empty ones are
/// kept, by column, since a rejected row is held until the run ends and a
/// file may have a million of them (most of their 35 cells empty).
#[derive(Debug, Clone, Default)]
pub struct RowValues(Vec<(u16, Box<str>)>);

impl RowValues {
    /// From the values of every column, in order.
    pub fn new(all: impl IntoIterator<Item = String>) -> RowValues {
        RowValues(
            all.into_iter()
                .enumerate()
                .filter(|(_, v)| !v.is_empty())
                .map(|(i, v)| (i as u16, v.into_boxed_str()))
                .collect(),
        )
    }

    /// The value of every one of `columns` columns, `""` where empty.
    pub fn all(&self, columns: usize) -> impl Iterator<Item = &str> {
        let mut kept = self.0.iter().peekable();
        (0..columns).map(move |i| match kept.peek() {
            Some((c, v)) if usize::from(*c) == i => {
                kept.next();
                &**v
            }
            _ => "",
        })
    }
}

/// What one sheet (or CSV file) held.
#[derive(Debug, Clone, Serialize)]
pub struct SourceSummary {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub table: Table,
    pub header_row: u32,
    pub encoding: Option<Encoding>,
    pub rows: u64,
    pub accepted: u64,
    pub rejected: u64,
    pub blank_rows: u64,
    /// Rows under the table that are totals or notes, not records
    /// ([`rows::is_total`]): rows = accepted + rejected + totals.
    pub totals: u64,
    pub unknown_columns: Vec<String>,
    /// Headers near a contract header, by their letters: read as it (one
    /// column named) or only like it.
    pub near: Vec<NearColumn>,
    /// The columns of the table it has, each with its header as the file
    /// writes it.
    pub headers: Vec<(&'static str, String)>,
}

/// A header near a contract header ([`ingest::Near`]), by its letter.
#[derive(Debug, Clone, Serialize)]
pub struct NearColumn {
    pub column: String,
    pub like: Vec<&'static str>,
    pub read: bool,
}

/// A sheet of a workbook that was not read: never a silent skip.
#[derive(Debug, Clone, Serialize)]
pub struct SheetNotRead {
    pub file: Arc<str>,
    /// As messages show it ([`crate::shown::sheet`]).
    pub sheet: Arc<str>,
    pub why: ingest::NotRead,
}

/// The output of validation: every record accepted (or, with
/// [`Keep::Counts`], how many), every rejection, and the count of each
/// source.
#[derive(Debug, Default)]
pub struct Checked {
    pub cases: Chunked<Case>,
    pub complaints: Vec<Complaint>,
    pub surveys: Vec<Survey>,
    pub rejections: Chunked<Rejection>,
    /// Values of accepted rows dropped with a warning, in row order; past
    /// the budget of rejected rows they are counted, not kept.
    pub dropped: Chunked<Dropped>,
    pub dropped_unkept: u64,
    pub sources: Vec<SourceSummary>,
    /// The sheets of workbooks that hold no table, and why.
    pub not_read: Vec<SheetNotRead>,
    /// The accepted records not kept ([`Keep::Counts`]).
    pub unkept: Unkept,
}

/// What validation keeps of an accepted record: the whole record (the
/// documents print names), the record without the personal data only
/// documents print (the report, the indicators, the audit and the export
/// never read it: a million cases are a third lighter without it), or only
/// that it was accepted (`esep check`, which reports on the rejected rows:
/// a file of millions of cases is then checked in the memory of its ids
/// and its rejected rows).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Keep {
    #[default]
    Records,
    Anonymous,
    Counts,
}

/// The accepted records a [`Keep::Counts`] run did not keep, and the
/// latest date among them (the date of the files it writes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unkept {
    pub cases: u64,
    pub complaints: u64,
    pub surveys: u64,
    pub latest: Option<chrono::NaiveDate>,
}

impl Checked {
    /// Rows in = rows accepted + rows rejected + rows of totals, per source
    /// and per table.
    pub fn assert_balanced(&self) {
        for s in &self.sources {
            assert_eq!(
                s.rows,
                s.accepted + s.rejected + s.totals,
                "row balance of {}:{:?}",
                s.file,
                s.sheet
            );
        }
        for (table, accepted) in [
            (Table::Cases, self.cases.len() + self.unkept.cases as usize),
            (
                Table::Complaints,
                self.complaints.len() + self.unkept.complaints as usize,
            ),
            (
                Table::Surveys,
                self.surveys.len() + self.unkept.surveys as usize,
            ),
        ] {
            let rows: u64 = self
                .sources
                .iter()
                .filter(|s| s.table == table)
                .map(|s| s.rows - s.totals)
                .sum();
            let rejected = self.rejections.iter().filter(|r| r.table == table).count();
            assert_eq!(
                rows,
                (accepted + rejected) as u64,
                "row balance of {table:?}"
            );
        }
    }

    /// The latest date in the accepted records (the date of generated
    /// files, which must not come from the clock); 1 January 1970 if none.
    pub fn latest_date(&self) -> chrono::NaiveDate {
        let cases = self
            .cases
            .iter()
            .map(|c| c.decided_at.unwrap_or(c.submitted_at).date());
        let complaints = self.complaints.iter().map(|c| c.received_at.date());
        let surveys = self.surveys.iter().map(|s| s.answered_on);
        cases
            .chain(complaints)
            .chain(surveys)
            .chain(self.unkept.latest)
            .max()
            .unwrap_or(chrono::DateTime::UNIX_EPOCH.date_naive())
    }

    /// The most frequent (column, reason) pairs among problems, each with the
    /// message of its first problem. Counted by code, so that a million
    /// problems cost a count each, not a message each.
    pub fn top_reasons(&self, lang: Lang, n: u32) -> Vec<ReasonCount> {
        self.top_reasons_in(None, lang, n)
    }

    /// [`Checked::top_reasons`] of one table's rows, or of every table's.
    pub fn top_reasons_in(&self, table: Option<Table>, lang: Lang, n: u32) -> Vec<ReasonCount> {
        type Key<'a> = (Table, &'a str, &'a str);
        let mut counts: std::collections::HashMap<Key, (u32, &Reason)> =
            std::collections::HashMap::new();
        for r in self
            .rejections
            .iter()
            .filter(|r| table.is_none_or(|t| r.table == t))
        {
            for p in &r.problems {
                counts
                    .entry((r.table, p.column, p.reason.code()))
                    .or_insert((0, &p.reason))
                    .0 += 1;
            }
        }
        let mut top: Vec<_> = counts.into_iter().collect();
        top.sort_by(|((t1, c1, k1), (n1, _)), ((t2, c2, k2), (n2, _))| {
            n2.cmp(n1)
                .then(t1.cmp(t2))
                .then(c1.cmp(c2))
                .then(k1.cmp(k2))
        });
        top.into_iter()
            .take(n as usize)
            .map(|((table, column, _), (count, reason))| ReasonCount {
                count,
                column: column.to_string(),
                header: self.header(table, column, lang),
                message: reason.headline(lang),
            })
            .collect()
    }

    /// A column of `table` by the header the input wrote it under (of the
    /// first source that has it), else by the contract's header in `lang`.
    pub fn header(&self, table: Table, column: &str, lang: Lang) -> String {
        self.sources
            .iter()
            .filter(|s| s.table == table)
            .flat_map(|s| &s.headers)
            .find(|(key, _)| *key == column)
            .map(|(_, header)| header.clone())
            .unwrap_or_else(|| crate::schema::header(column, lang).to_string())
    }

    /// The rows of one table, over every source.
    pub fn counts(&self, table: Table) -> RowCount {
        self.sources
            .iter()
            .filter(|s| s.table == table)
            .fold(RowCount::of(table), |c, s| RowCount {
                read: c.read + s.rows,
                accepted: c.accepted + s.accepted,
                rejected: c.rejected + s.rejected,
                totals: c.totals + s.totals,
                ..c
            })
    }
}

/// The rows a scoped run left out ([`Checked::within`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub cases: u64,
    pub complaints: u64,
    pub surveys: u64,
    pub rejected: u64,
}

impl LeftOut {
    pub fn total(&self) -> u64 {
        self.cases + self.complaints + self.surveys + self.rejected
    }
}

impl Checked {
    /// Only the rows of the days `from`–`to`, and how many others were left
    /// out: a case decided then (a pending case: submitted then), a
    /// complaint received then, a survey answered then, a rejected row
    /// whose own day ([`Rejection::day`]) falls then or cannot be read —
    /// a row that cannot be dated is kept, so that no rejected row goes
    /// unreported. The count of every source is of the rows kept, so rows
    /// in = accepted + rejected still holds.
    pub fn within(self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> (Checked, LeftOut) {
        let (inside, _, left) = self.split(from, to);
        (inside, left)
    }

    /// The rows of the days `from`–`to` (as [`Checked::within`]), the rows
    /// of other days (a previous year to compare with is among them), and
    /// how many those are. Each part keeps its own balance of rows.
    pub fn split(
        self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> (Checked, Checked, LeftOut) {
        let inside = |day: chrono::NaiveDate| from <= day && day <= to;
        let mut left = LeftOut::default();
        let mut parts = [Part::default(), Part::default()];
        // parts[0] is the period, parts[1] every other day.
        for case in self.cases {
            let day = case.decided_at.unwrap_or(case.submitted_at).date();
            let part = &mut parts[usize::from(!inside(day))];
            part.count(&case.origin, Table::Cases, true);
            part.checked.cases.push(case);
        }
        for complaint in self.complaints {
            let part = &mut parts[usize::from(!inside(complaint.received_at.date()))];
            part.count(&complaint.origin, Table::Complaints, true);
            part.checked.complaints.push(complaint);
        }
        for survey in self.surveys {
            let part = &mut parts[usize::from(!inside(survey.answered_on))];
            part.count(&survey.origin, Table::Surveys, true);
            part.checked.surveys.push(survey);
        }
        for rejection in self.rejections {
            let part = &mut parts[usize::from(!rejection.day.is_none_or(inside))];
            part.count(&rejection.origin, rejection.table, false);
            part.checked.rejections.push(rejection);
        }
        let [mut scoped, mut rest] = parts;
        left.cases = rest.checked.cases.len() as u64;
        left.complaints = rest.checked.complaints.len() as u64;
        left.surveys = rest.checked.surveys.len() as u64;
        left.rejected = rest.checked.rejections.len() as u64;
        // Rows of totals and the sheets not read belong to no day: the
        // period's part keeps them.
        scoped.checked.not_read = self.not_read;
        scoped.checked.dropped = self.dropped;
        scoped.checked.dropped_unkept = self.dropped_unkept;
        for (part, in_period) in [(&mut scoped, true), (&mut rest, false)] {
            part.checked.sources = self
                .sources
                .iter()
                .map(|s| {
                    let (accepted, rejected) = part
                        .counts
                        .get(&(s.file.clone(), s.sheet.clone(), s.table))
                        .copied()
                        .unwrap_or_default();
                    let totals = if in_period { s.totals } else { 0 };
                    SourceSummary {
                        rows: accepted + rejected + totals,
                        accepted,
                        rejected,
                        totals,
                        ..s.clone()
                    }
                })
                .collect();
            part.checked.assert_balanced();
        }
        (scoped.checked, rest.checked, left)
    }
}

impl Unkept {
    fn count(&mut self, record: &rows::Record) {
        let day = match record {
            rows::Record::Case(c) => {
                self.cases += 1;
                c.decided_at.unwrap_or(c.submitted_at).date()
            }
            rows::Record::Complaint(c) => {
                self.complaints += 1;
                c.received_at.date()
            }
            rows::Record::Survey(s) => {
                self.surveys += 1;
                s.answered_on
            }
        };
        self.latest = self.latest.max(Some(day));
    }
}

/// Rows accepted and rejected per source (file, sheet, table).
type SourceKey = (Arc<str>, Option<Arc<str>>, Table);

/// One part of a [`Checked::split`]: its records, and the rows of each
/// source it holds.
#[derive(Default)]
struct Part {
    checked: Checked,
    counts: HashMap<SourceKey, (u64, u64)>,
}

impl Part {
    fn count(&mut self, origin: &Origin, table: Table, accepted: bool) {
        let key = (
            origin.location.file.clone(),
            origin.location.sheet.clone(),
            table,
        );
        let entry = self.counts.entry(key).or_default();
        if accepted {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
}

/// Rows of one table: read = accepted + rejected + totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowCount {
    pub table: Table,
    pub read: u64,
    pub accepted: u64,
    pub rejected: u64,
    /// Rows of totals or notes under the table.
    pub totals: u64,
}

impl RowCount {
    fn of(table: Table) -> RowCount {
        RowCount {
            table,
            read: 0,
            accepted: 0,
            rejected: 0,
            totals: 0,
        }
    }
}

/// A reason of rejection in a column, how often it was given, and the
/// message of its first occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReasonCount {
    pub count: u32,
    pub column: String,
    /// The column by the header the input wrote it under.
    pub header: String,
    pub message: String,
}

/// Where a problem is, grep-style: `cases.xlsx:Дела!D14`, or `cases.csv:D14`.
pub fn locate(origin: &Origin, position: Option<usize>) -> String {
    let cell = match position {
        Some(p) => format!("{}{}", column_letter(p), origin.row),
        None => format!("{}", origin.row),
    };
    match &origin.location.sheet {
        Some(sheet) => format!("{}:{}!{}", origin.location.file, sheet, cell),
        None => format!("{}:{}", origin.location.file, cell),
    }
}

/// Reads and checks `paths`. Files that cannot be read, or lack a required
/// column, are returned as errors (all of them, not only the first); then
/// the run must write nothing.
///
/// Reading and checking run on two threads: this one parses and sends rows
/// in batches over a bounded channel; the other checks them (in parallel
/// where a core is free) and keeps the results in input order.
///
/// `reach`, when given, is asked of every case that passed the rules of
/// the contract whether the law can be worked out for it (its deadline and
/// reception hours fall in years the working-day calendar holds); a case it
/// cannot serve is rejected here, at its date, not found later by another
/// command.
pub fn check(
    paths: &[PathBuf],
    config: &IngestConfig,
    progress: Option<&indicatif::ProgressBar>,
    reach: Option<&Reach<'_>>,
) -> Result<Checked, Vec<FileError>> {
    check_keeping(paths, config, progress, reach, Keep::Records)
}

/// [`check`], keeping of each accepted record what `keep` says.
pub fn check_keeping(
    paths: &[PathBuf],
    config: &IngestConfig,
    progress: Option<&indicatif::ProgressBar>,
    reach: Option<&Reach<'_>>,
    keep: Keep,
) -> Result<Checked, Vec<FileError>> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Message>(4);
    std::thread::scope(|scope| {
        let worker = scope.spawn(move || {
            let mut checker = Checker {
                progress,
                reach,
                keep,
                budget: config.max_memory,
                ..Checker::default()
            };
            for message in rx {
                checker.handle(message);
            }
            log::debug!(
                "{} rejected rows kept, about {} MiB",
                checker.out.rejections.len(),
                checker.held >> 20
            );
            (checker.out, checker.overflow)
        });
        let mut sender = BatchSender {
            tx,
            batch: Vec::with_capacity(BATCH),
            cells: 0,
        };
        let mut errors = Vec::new();
        for path in paths {
            crate::told!("log-reading", path = path.display());
            if let Err(e) = ingest::load(path, config, &mut sender) {
                log::debug!("{} cannot be used", path.display());
                errors.push(e);
            }
            sender.flush();
        }
        drop(sender);
        let (out, overflow) = worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        errors.extend(overflow);
        if !errors.is_empty() {
            return Err(errors);
        }
        out.assert_balanced();
        for s in &out.sources {
            crate::told!(
                "log-source-read",
                place = format!(
                    "{}{}",
                    s.file,
                    s.sheet
                        .as_deref()
                        .map(|s| format!(":{s}"))
                        .unwrap_or_default()
                ),
                table = s.table.title(),
                rows = s.rows,
                accepted = s.accepted,
                rejected = s.rejected,
                blank = s.blank_rows
            );
        }
        Ok(out)
    })
}

/// Rows travel in batches; ids are de-duplicated in input order, so the
/// result does not depend on the thread count.
const BATCH: usize = 8192;

/// The most cells a batch holds: a batch of the contract's widest rows
/// (some 40 columns) is [`BATCH`] rows long, one of rows a hundred times
/// wider a hundredth of that.
const BATCH_CELLS: usize = BATCH * 64;

/// What the reading thread sends the checking thread, in input order.
enum Message {
    Begin(Box<Source>),
    NotRead(SheetNotRead),
    Rows(Vec<RawRow>),
    Blank(u64),
    Encoding(Encoding),
}

/// The reading side: collects rows into batches and sends them on.
struct BatchSender {
    tx: std::sync::mpsc::SyncSender<Message>,
    batch: Vec<RawRow>,
    /// The cells of `batch`: a batch of wide rows goes before it is
    /// [`BATCH`] rows long.
    cells: usize,
}

impl BatchSender {
    fn send(&self, message: Message) {
        // The receiver only goes away if the checking thread panicked; the
        // join in `check` then re-raises that panic.
        let _ = self.tx.send(message);
    }

    fn flush(&mut self) {
        if !self.batch.is_empty() {
            self.cells = 0;
            let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
            self.send(Message::Rows(batch));
        }
    }
}

impl Visitor for BatchSender {
    fn begin(&mut self, source: &Source) {
        self.flush();
        self.send(Message::Begin(Box::new(source.clone())));
    }

    fn row(&mut self, _source: &Source, row: RawRow) {
        self.cells += row.cells.len();
        self.batch.push(row);
        if self.batch.len() >= BATCH || self.cells >= BATCH_CELLS {
            self.flush();
        }
    }

    fn blank_rows(&mut self, _source: &Source, count: u64) {
        self.send(Message::Blank(count));
    }

    fn encoding(&mut self, encoding: Encoding) {
        self.send(Message::Encoding(encoding));
    }

    fn not_read(&mut self, file: &Arc<str>, sheet: &str, why: ingest::NotRead) {
        self.flush();
        self.send(Message::NotRead(SheetNotRead {
            file: file.clone(),
            sheet: sheet.into(),
            why,
        }));
    }
}

/// The checking side.
#[derive(Default)]
struct Checker<'p> {
    out: Checked,
    source: Option<Source>,
    /// Where the records of `source` come from, shared by all of them.
    location: Option<Arc<Location>>,
    /// First sighting of each id: a million ids are held, so each is small.
    /// Hashed with foldhash: a million ids are looked up once each, and
    /// std's SipHash was a tenth of the checking thread's time; its seed
    /// is random, so ids made to collide gain nothing.
    case_ids: HashMap<Box<str>, Sighting, foldhash::fast::RandomState>,
    complaint_ids: HashMap<Box<str>, Sighting, foldhash::fast::RandomState>,
    progress: Option<&'p indicatif::ProgressBar>,
    reach: Option<&'p Reach<'p>>,
    keep: Keep,
    /// The bytes rejected rows may hold ([`IngestConfig::max_memory`]), and
    /// the bytes they hold: past the budget the run fails (`overflow`)
    /// rather than hold more.
    budget: u64,
    held: u64,
    overflow: Option<FileError>,
}

/// Where an id was first seen: the source (an index into
/// [`Checked::sources`]), the row, and the sheet column of the id.
#[derive(Debug, Clone, Copy)]
struct Sighting {
    source: u32,
    row: u32,
    /// The sheet column, `u32::MAX` where the id has no column.
    column: u32,
}

impl Sighting {
    fn locate(self, sources: &[SourceSummary]) -> String {
        let source = &sources[self.source as usize];
        let origin = Origin {
            location: Arc::new(Location {
                file: source.file.clone(),
                sheet: source.sheet.clone(),
            }),
            row: self.row,
        };
        locate(
            &origin,
            (self.column != u32::MAX).then_some(self.column as usize),
        )
    }
}

/// Whether the law can be worked out for a case: `Err` names the year of
/// the working-day calendar it would need and lacks. Given by the caller,
/// which knows the law; validation only records the answer.
pub type Reach<'a> = dyn Fn(&Case) -> Result<(), YearNotHeld> + Sync + 'a;

/// A year a case needs that the working-day calendar lacks, and the years
/// it holds (as `2011–2026`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearNotHeld {
    pub year: i32,
    pub held: String,
}

/// The date column of `case` a missing calendar year is blamed on: the
/// first date counted in working days from which that year is reached.
fn beyond_calendar(case: &Case, year: i32) -> (&'static str, String) {
    use chrono::Datelike;
    let near = |d: chrono::NaiveDate| d.year() == year || d.year() + 1 == year;
    let shown = |d: chrono::NaiveDate| d.format("%d.%m.%Y").to_string();
    for (column, day) in [
        ("extra_check_started", case.extra_check_started),
        ("extra_check_ended", case.extra_check_ended),
    ] {
        if let Some(day) = day.filter(|d| near(*d))
            && !near(case.submitted_at.date())
        {
            return (column, shown(day));
        }
    }
    (
        "submitted_at",
        case.submitted_at.format("%d.%m.%Y %H:%M").to_string(),
    )
}

impl Checker<'_> {
    fn handle(&mut self, message: Message) {
        match message {
            Message::Begin(source) => {
                self.out.sources.push(SourceSummary {
                    file: source.file.clone(),
                    sheet: source.sheet.clone(),
                    table: source.table,
                    header_row: source.header_row,
                    encoding: source.encoding,
                    rows: 0,
                    accepted: 0,
                    rejected: 0,
                    blank_rows: 0,
                    totals: 0,
                    // By their letters: a note in the header row may name a
                    // person.
                    unknown_columns: source
                        .unknown_columns
                        .iter()
                        .map(|(index, _)| crate::schema::column_letter(*index))
                        .collect(),
                    near: source
                        .near
                        .iter()
                        .map(|n| NearColumn {
                            column: crate::schema::column_letter(n.index),
                            like: n.like.clone(),
                            read: n.read,
                        })
                        .collect(),
                    headers: source
                        .table
                        .columns()
                        .iter()
                        .zip(&source.header.names)
                        .filter_map(|(c, name)| Some((c.key, name.clone()?)))
                        .collect(),
                });
                log::debug!(
                    "{}{}: {} table, header in row {}{}; columns: {}",
                    source.file,
                    source
                        .sheet
                        .as_deref()
                        .map(|s| format!(":{s}"))
                        .unwrap_or_default(),
                    source.table.key(),
                    source.header_row,
                    source
                        .encoding
                        .map(|e| format!(", encoding {e:?}"))
                        .unwrap_or_default(),
                    source.header.describe(source.table)
                );
                self.location = Some(Arc::new(Location {
                    file: source.file.clone(),
                    sheet: source.sheet.clone(),
                }));
                self.source = Some(*source);
            }
            Message::Rows(batch) => self.check_batch(batch),
            Message::NotRead(sheet) => {
                crate::told!(
                    "log-sheet-not-read",
                    place = format!("{}:{}", sheet.file, sheet.sheet),
                    why = sheet.why.msg()
                );
                self.out.not_read.push(sheet);
            }
            Message::Encoding(encoding) => {
                if let Some(summary) = self.out.sources.last_mut() {
                    summary.encoding = Some(encoding);
                }
                if let Some(source) = &mut self.source {
                    source.encoding = Some(encoding);
                }
            }
            Message::Blank(count) => {
                if let Some(summary) = self.out.sources.last_mut() {
                    summary.blank_rows += count;
                }
            }
        }
    }
}

impl Checker<'_> {
    fn check_batch(&mut self, batch: Vec<RawRow>) {
        let (Some(source), Some(location)) = (&self.source, &self.location) else {
            return;
        };
        let results: Vec<Option<rows::RowCheck>> = batch
            .iter()
            .map(|raw| (!rows::is_total(source, raw)).then(|| rows::check(source, location, raw)))
            .collect();
        let this = self.out.sources.len() - 1;
        let (mut accepted, mut rejected, mut totals) = (0, 0, 0);
        for (raw, checked) in batch.iter().zip(results) {
            let Some(checked) = checked else {
                log::debug!(
                    "{}: row {} is totals or notes, not a record",
                    source.file,
                    raw.number
                );
                totals += 1;
                continue;
            };
            let mut result = checked.record;
            if let Some(id) = checked.id {
                let (ids, column) = match source.table {
                    Table::Complaints => (&mut self.complaint_ids, "complaint_id"),
                    _ => (&mut self.case_ids, "case_id"),
                };
                let position = rows::position(source, column);
                match ids.get(id.as_str()) {
                    Some(first) => {
                        let problem = Problem {
                            column,
                            position,
                            value: id.clone(),
                            reason: Reason::Duplicate {
                                first: first.locate(&self.out.sources),
                            },
                        };
                        match &mut result {
                            Err(rejection) => rejection.problems.insert(0, problem),
                            Ok(_) => {
                                result = Err(rows::rejection(
                                    source,
                                    location,
                                    raw,
                                    Some(id),
                                    vec![problem],
                                ))
                            }
                        }
                    }
                    None => {
                        let sighting = Sighting {
                            source: this as u32,
                            row: raw.number,
                            column: position.map_or(u32::MAX, |p| p as u32),
                        };
                        ids.insert(id.into_boxed_str(), sighting);
                    }
                }
            }
            if let (Some(reach), Ok(rows::Record::Case(case))) = (self.reach, &result)
                && let Err(missing) = reach(case)
            {
                let (column, value) = beyond_calendar(case, missing.year);
                let problem = Problem {
                    column,
                    position: rows::position(source, column),
                    value,
                    reason: Reason::BeyondCalendar {
                        year: missing.year,
                        held: missing.held.clone(),
                    },
                };
                result = Err(rows::rejection(
                    source,
                    location,
                    raw,
                    Some(case.case_id.to_string()),
                    vec![problem],
                ));
            }
            if result.is_ok() {
                for problem in checked.dropped {
                    let dropped = Dropped {
                        origin: rows::origin(location, raw),
                        table: source.table,
                        problem,
                    };
                    let held = dropped.held();
                    if self.held + held <= self.budget {
                        self.held += held;
                        self.out.dropped.push(dropped);
                    } else {
                        self.out.dropped_unkept += 1;
                    }
                }
            }
            match result {
                Ok(record) if self.keep == Keep::Counts => self.out.unkept.count(&record),
                Ok(rows::Record::Case(mut case)) => {
                    if self.keep == Keep::Anonymous {
                        case.forget_persons();
                    }
                    self.out.cases.push(*case)
                }
                Ok(rows::Record::Complaint(complaint)) => self.out.complaints.push(*complaint),
                Ok(rows::Record::Survey(survey)) => self.out.surveys.push(*survey),
                Err(rejection) => {
                    for p in &rejection.problems {
                        log::trace!(
                            "rejected {}: {}: {}",
                            locate(&rejection.origin, p.position),
                            p.column,
                            p.reason.code()
                        );
                    }
                    rejected += 1;
                    let held = rejection.held();
                    if self.held + held <= self.budget {
                        self.held += held;
                        self.out.rejections.push(rejection);
                    } else if self.overflow.is_none() {
                        self.overflow = Some(FileError::TooManyRejected {
                            file: source.file.to_string(),
                            sheet: ingest::sheet_suffix(source.sheet.as_deref()),
                            row: raw.number,
                            kept: self.out.rejections.len() as u64,
                            limit: self.budget >> 20,
                        });
                    }
                    continue;
                }
            }
            accepted += 1;
        }
        let summary = &mut self.out.sources[this];
        summary.rows += batch.len() as u64;
        summary.accepted += accepted;
        summary.rejected += rejected;
        summary.totals += totals;
        if let Some(p) = self.progress {
            p.inc(batch.len() as u64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_records_are_the_records_without_their_persons() {
        let paths = [std::path::PathBuf::from("fixtures/sample-2025.xlsx")];
        let config = IngestConfig::default();
        let kept = check_keeping(&paths, &config, None, None, Keep::Records).unwrap();
        let anonymous = check_keeping(&paths, &config, None, None, Keep::Anonymous).unwrap();
        assert_eq!(kept.cases.len(), anonymous.cases.len());
        assert!(kept.cases.iter().any(|c| c.applicant_name.is_some()));
        assert!(kept.cases.iter().any(|c| c.passport_no.is_some()));
        for (whole, without) in kept.cases.iter().zip(anonymous.cases.iter()) {
            let mut expected = whole.clone();
            expected.forget_persons();
            assert_eq!(&expected, without);
            let persons = [
                &without.applicant_name,
                &without.person_name,
                &without.iin,
                &without.passport_no,
                &without.accepted_by,
                &without.accepted_by_position,
            ];
            assert!(persons.iter().all(|p| p.is_none()), "{}", without.case_id);
        }
        assert_eq!(kept.complaints, anonymous.complaints);
        assert_eq!(kept.rejections.len(), anonymous.rejections.len());
    }

    #[test]
    fn counting_the_accepted_records_reports_what_keeping_them_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cases.csv");
        std::fs::write(
            &path,
            "case_id;service;office;submitted_at;decided_at;result;visa_category;documents\n\
             A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;exit;\"application;passport;fee-receipt\"\n\
             A-2;visa-issue;1910-262;04.03.2025 11:00;09.04.2025 12:00;granted;exit;\"application;passport;fee-receipt\"\n\
             A-3;visa-issue;1999-999;04.03.2025 12:00;06.03.2025 12:00;granted;exit;\"application;passport;fee-receipt\"\n",
        )
        .unwrap();
        let paths = [path];
        let config = IngestConfig::default();
        let kept = check_keeping(&paths, &config, None, None, Keep::Records).unwrap();
        let counted = check_keeping(&paths, &config, None, None, Keep::Counts).unwrap();
        assert_eq!((kept.cases.len(), counted.cases.len()), (2, 0));
        assert_eq!(counted.unkept.cases, 2);
        let rows = |c: &Checked| c.counts(Table::Cases);
        assert_eq!(rows(&kept), rows(&counted));
        assert_eq!(kept.rejections.len(), counted.rejections.len());
        // The date of the files a run writes is the same either way.
        assert_eq!(kept.latest_date(), counted.latest_date());
        assert_eq!(
            counted.latest_date(),
            chrono::NaiveDate::from_ymd_opt(2025, 4, 9).unwrap()
        );
        counted.assert_balanced();
    }
}
