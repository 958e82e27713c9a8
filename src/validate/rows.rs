//! The row rules: each value by its type, then the rules that tie values of
//! one row together (a decision date on a pending case, a ground without a
//! refusal, and the others of the contract's "Rows that are rejected").
//! Duplicate ids span rows and files; [`super::Checker`] checks them.

use super::values::{self, Parsed};
use super::{Problem, Reason, Rejection, When};
use crate::ingest::{Cell, RawRow, Source};
use crate::model::{Case, Complaint, Location, Origin, Survey};
use crate::schema::{CaseCol, ComplaintCol, SurveyCol, Table};
use crate::vocab::{
    ApplicantKind, Channel, ComplainantKind, ExceptionalGround, IssuedTo, Outcome, RefusalGround,
    Service, Subject, VisaCategory,
};
use std::sync::Arc;

pub(super) enum Record {
    Case(Box<Case>),
    Complaint(Box<Complaint>),
    Survey(Box<Survey>),
}

pub(super) struct RowCheck {
    /// The row's own id (case or complaint), valid or not, for the duplicate rule.
    pub id: Option<String>,
    pub record: Result<Record, Rejection>,
    /// Values of an accepted row that were dropped ([`RowReading::optional`]).
    pub dropped: Vec<Problem>,
}

/// Checks one row of `source`, whose records are placed at `location`.
pub(super) fn check(source: &Source, location: &Arc<Location>, raw: &RawRow) -> RowCheck {
    match source.table {
        Table::Cases => case(source, location, raw),
        Table::Complaints => complaint(source, location, raw),
        Table::Surveys => survey(source, location, raw),
    }
}

/// Whether `raw` is a row of totals or notes under the table, not a
/// record: its first cell that is not empty is a label of totals or notes
/// ([`TOTALS`], then nothing, a space, `:` or `.`), or — in a table with
/// ids — it has no id and numbers alone (sums of the columns above).
/// Such a row is counted as what it is, never rejected as a case.
pub(super) fn is_total(source: &Source, raw: &RawRow) -> bool {
    let Some(first) = raw.cells.iter().find(|c| !c.is_blank()) else {
        return false;
    };
    if let Cell::Text(text) = first {
        let text = text.trim().to_lowercase();
        let labelled = TOTALS.iter().any(|label| {
            text.strip_prefix(label)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '.', '\u{a0}']))
        });
        if labelled {
            return true;
        }
    }
    let id = match source.table {
        Table::Cases => "case_id",
        Table::Complaints => "complaint_id",
        Table::Surveys => return false,
    };
    let id_blank = position(source, id)
        .and_then(|p| raw.cells.get(p))
        .is_none_or(Cell::is_blank);
    id_blank
        && raw
            .cells
            .iter()
            .all(|c| c.is_blank() || matches!(c, Cell::Number(_)))
}

/// The labels of rows of totals and notes, in lower case: Russian,
/// Kazakh, English.
const TOTALS: [&str; 17] = [
    "итого",
    "всего",
    "примечание",
    "примечания",
    "барлығы",
    "жиыны",
    "жиынтығы",
    "қорытынды",
    "ескерту",
    "ескертпе",
    "total",
    "totals",
    "grand total",
    "subtotal",
    "sum",
    "note",
    "notes",
];

pub(super) fn origin(location: &Arc<Location>, raw: &RawRow) -> Origin {
    Origin {
        location: location.clone(),
        row: raw.number,
    }
}

/// The sheet column of a contract column in this source.
pub(super) fn position(source: &Source, column: &str) -> Option<usize> {
    let index = source
        .table
        .columns()
        .iter()
        .position(|c| c.key == column)?;
    source.header.position(index)
}

/// A rejection of `raw`, carrying all its values as written.
pub(super) fn rejection(
    source: &Source,
    location: &Arc<Location>,
    raw: &RawRow,
    id: Option<String>,
    problems: Vec<Problem>,
) -> Rejection {
    let values = super::RowValues::new((0..source.table.columns().len()).map(|i| {
        source
            .header
            .position(i)
            .map(|p| raw.cell(p).shown())
            .unwrap_or_default()
    }));
    Rejection {
        origin: origin(location, raw),
        table: source.table,
        id,
        problems,
        values,
        day: day_of(source, raw),
    }
}

/// The day a row is dated by, where its cell holds a valid value (see
/// [`Rejection::day`]).
fn day_of(source: &Source, raw: &RawRow) -> Option<chrono::NaiveDate> {
    let cell = |key: &str| position(source, key).map(|p| raw.cell(p));
    let at = |key: &str| {
        cell(key)
            .and_then(|c| values::datetime(c).ok().flatten())
            .map(|t| t.date())
    };
    match source.table {
        Table::Cases => at("decided_at").or_else(|| at("submitted_at")),
        Table::Complaints => at("received_at"),
        Table::Surveys => cell("answered_on").and_then(|c| values::date(c).ok().flatten()),
    }
}

/// Reads the values of one row, collecting problems.
struct RowReading<'a> {
    source: &'a Source,
    location: &'a Arc<Location>,
    raw: &'a RawRow,
    problems: Vec<Problem>,
    /// Problems of values the law can do without: dropped, the row kept.
    dropped: Vec<Problem>,
}

impl<'a> RowReading<'a> {
    fn new(source: &'a Source, location: &'a Arc<Location>, raw: &'a RawRow) -> RowReading<'a> {
        RowReading {
            source,
            location,
            raw,
            problems: Vec::new(),
            dropped: Vec::new(),
        }
    }

    fn cell(&self, column: usize) -> &'a Cell {
        match self.source.header.position(column) {
            Some(p) => self.raw.cell(p),
            None => &Cell::Empty,
        }
    }

    fn problem(&mut self, column: usize, reason: Reason) {
        self.problems.push(Problem {
            column: self.source.table.columns()[column].key,
            position: self.source.header.position(column),
            value: self.cell(column).shown(),
            reason,
        });
    }

    /// An optional value.
    fn get<T>(&mut self, column: usize, parse: fn(&Cell) -> Parsed<T>) -> Option<T> {
        match self.cell(column) {
            Cell::TooLong(_) => {
                self.problem(column, Reason::TooLong);
                return None;
            }
            Cell::Text(text) => {
                if let Some(reason) = beyond_limits(&self.source.table.columns()[column], text) {
                    self.problem(column, reason);
                    return None;
                }
            }
            _ => {}
        }
        match parse(self.cell(column)) {
            Ok(v) => v,
            Err(reason) => {
                self.problem(column, reason);
                None
            }
        }
    }

    /// A value the law can do without (`docs/contract.md`, "Values the
    /// law can do without"): a bad one is dropped, with a warning on its
    /// cell, and the row kept — unless the law turns out to need it
    /// ([`RowReading::needed`]).
    fn optional<T>(&mut self, column: usize, parse: fn(&Cell) -> Parsed<T>) -> Option<T> {
        let before = self.problems.len();
        let value = self.get(column, parse);
        self.dropped.extend(self.problems.drain(before..));
        value
    }

    /// The law needs `column` in this row: a value of it that was dropped
    /// rejects the row after all.
    fn needed(&mut self, column: usize) {
        let key = self.source.table.columns()[column].key;
        let (needed, kept): (Vec<Problem>, Vec<Problem>) = std::mem::take(&mut self.dropped)
            .into_iter()
            .partition(|p| p.column == key);
        self.problems.extend(needed);
        self.dropped = kept;
    }

    /// A value that must be present.
    fn require<T>(&mut self, column: usize, parse: fn(&Cell) -> Parsed<T>) -> Option<T> {
        let before = self.problems.len();
        let value = self.get(column, parse);
        if value.is_none() && self.problems.len() == before {
            self.problem(column, Reason::Required);
        }
        value
    }

    /// A value required under a condition that holds.
    fn require_when<T>(&mut self, column: usize, value: &Option<T>, when: When) {
        if value.is_none() && self.cell(column).is_blank() {
            self.problem(column, Reason::RequiredWhen(when));
        }
    }

    /// The record, with the values dropped from it; or the rejection of
    /// the row, with every problem it has, dropped ones too.
    fn finish<T>(
        mut self,
        id: Option<String>,
        build: impl FnOnce() -> Option<T>,
    ) -> (Result<T, Rejection>, Vec<Problem>) {
        if self.problems.is_empty()
            && let Some(record) = build()
        {
            return (Ok(record), self.dropped);
        }
        self.problems.append(&mut self.dropped);
        self.problems.sort_by_key(|p| p.position);
        let rejection = rejection(self.source, self.location, self.raw, id, self.problems);
        (Err(rejection), Vec::new())
    }
}

fn case(source: &Source, location: &Arc<Location>, raw: &RawRow) -> RowCheck {
    use CaseCol as C;
    let mut row = RowReading::new(source, location, raw);
    let case_id = row.require(C::CaseId as usize, values::text);
    let service = row.require(C::Service as usize, values::word::<Service>);
    let office = row.require(C::Office as usize, values::office);
    let submitted_at = row.require(C::SubmittedAt as usize, values::datetime);
    let decided_at = row.get(C::DecidedAt as usize, values::datetime);
    let result = row.require(C::Result as usize, values::word::<Outcome>);
    let refusal_ground = row.get(C::RefusalGround as usize, values::word::<RefusalGround>);
    let applicant_name = row.get(C::ApplicantName as usize, values::text);
    let applicant_kind = row.get(C::ApplicantKind as usize, values::word::<ApplicantKind>);
    let applicant_is_inviter = row.get(C::ApplicantIsInviter as usize, values::yes_no);
    let person_name = row.get(C::PersonName as usize, values::text);
    let citizenship = row.optional(C::Citizenship as usize, values::citizenship);
    let ethnic_kazakh = row.optional(C::EthnicKazakh as usize, values::yes_no);
    let iin = row.optional(C::Iin as usize, values::iin);
    let passport_no = row.get(C::PassportNo as usize, values::text);
    let visa_category = row.get(C::VisaCategory as usize, values::word::<VisaCategory>);
    let entries = row.get(C::Entries as usize, values::entries);
    let visa_valid_to = row.get(C::VisaValidTo as usize, values::date);
    let extended_to = row.get(C::ExtendedTo as usize, values::date);
    let prior_extensions = row.get(C::PriorExtensions as usize, values::count);
    let permit_valid_to = row.get(C::PermitValidTo as usize, values::date);
    let knb_approved = row.get(C::KnbApproved as usize, values::yes_no);
    let fee_amount = row.get(C::FeeAmount as usize, values::amount);
    let fee_paid_on = row.get(C::FeePaidOn as usize, values::date);
    let documents = row.get(C::Documents as usize, values::documents);
    let accepted_by = row.get(C::AcceptedBy as usize, values::text);
    let accepted_by_position = row.get(C::AcceptedByPosition as usize, values::text);
    // A queue time alone is of the day the documents were submitted.
    let day = submitted_at.map(|at| at.date());
    let queue_arrived_at = row
        .get(C::QueueArrivedAt as usize, values::moment)
        .and_then(|m| m.on(day));
    let queue_called_at = row
        .get(C::QueueCalledAt as usize, values::moment)
        .and_then(|m| m.on(day));
    let service_ended_at = row
        .get(C::ServiceEndedAt as usize, values::moment)
        .and_then(|m| m.on(day));
    let formular_code = row.get(C::FormularCode as usize, values::formular_code);
    let formular_returned = row.get(C::FormularReturned as usize, values::returned);
    let extra_check_started = row.get(C::ExtraCheckStarted as usize, values::date);
    let extra_check_ended = row.get(C::ExtraCheckEnded as usize, values::date);
    let conclusion_on = row.get(C::ConclusionOn as usize, values::date);
    let issued_to = row.get(C::IssuedTo as usize, values::word::<IssuedTo>);
    let exceptional_grounds = row.get(
        C::ExceptionalGrounds as usize,
        values::word::<ExceptionalGround>,
    );
    let birth_date = row.get(C::BirthDate as usize, values::date);
    let rags_request_on = row.get(C::RagsRequestOn as usize, values::date);

    // Rules that tie values together, applied where the values they rest on are known.
    if let Some(result) = result {
        let decided = result != Outcome::Pending;
        if decided {
            row.require_when(C::DecidedAt as usize, &decided_at, When::Decided);
        } else if decided_at.is_some() {
            row.problem(C::DecidedAt as usize, Reason::DecidedWhilePending);
        }
        if result == Outcome::Refused {
            row.require_when(C::RefusalGround as usize, &refusal_ground, When::Refused);
        } else if refusal_ground.is_some() {
            row.problem(C::RefusalGround as usize, Reason::GroundNotRefused);
        }
    }
    if let (Some(submitted), Some(decided)) = (submitted_at, decided_at)
        && decided < submitted
    {
        row.problem(C::DecidedAt as usize, Reason::DecidedBeforeSubmitted);
    }
    if let (Some(born), Some(submitted)) = (birth_date, submitted_at) {
        if born > submitted.date() {
            row.problem(C::BirthDate as usize, Reason::BornAfterSubmission);
        } else if submitted
            .date()
            .checked_sub_months(chrono::Months::new(130 * 12))
            .is_some_and(|limit| born < limit)
        {
            row.problem(C::BirthDate as usize, Reason::BornTooEarly);
        }
    }
    // Where the law reads a value it cannot do without: a permanent
    // residence visa (item 6.2: citizenship of Appendix 2, or Kazakh by
    // nationality), and the formular code of an identity document, which
    // is checked against the citizenship.
    if visa_category == Some(VisaCategory::PermanentResidence) {
        row.needed(C::Citizenship as usize);
        row.needed(C::EthnicKazakh as usize);
    }
    if service == Some(Service::IdDocument) {
        row.needed(C::Citizenship as usize);
    }
    if let Some(service) = service {
        if service.is_visa() {
            row.require_when(C::VisaCategory as usize, &visa_category, When::VisaCase);
        }
        if service == Service::IdDocument {
            row.require_when(C::FormularCode as usize, &formular_code, When::IdDocument);
        }
        if service == Service::VisaExtend {
            row.require_when(C::VisaValidTo as usize, &visa_valid_to, When::VisaExtend);
            if result == Some(Outcome::Granted) {
                row.require_when(C::ExtendedTo as usize, &extended_to, When::ExtensionGranted);
            }
        }
    }

    let id = case_id.clone();
    let origin = origin(location, raw);
    let (record, dropped) = row.finish(id.clone(), || {
        Some(Case {
            case_id: case_id?.into(),
            service: service?,
            office: office?,
            submitted_at: submitted_at?,
            decided_at,
            result: result?,
            refusal_ground,
            applicant_name: applicant_name.map(Into::into),
            applicant_kind,
            applicant_is_inviter,
            person_name: person_name.map(Into::into),
            citizenship,
            ethnic_kazakh,
            iin: iin.map(Into::into),
            passport_no: passport_no.map(Into::into),
            visa_category,
            entries,
            visa_valid_to,
            extended_to,
            prior_extensions,
            permit_valid_to,
            knb_approved,
            fee_amount,
            fee_paid_on,
            documents: documents.map(Vec::into_boxed_slice),
            accepted_by: accepted_by.map(Into::into),
            accepted_by_position: accepted_by_position.map(Into::into),
            queue_arrived_at,
            queue_called_at,
            service_ended_at,
            formular_code: formular_code.map(Into::into),
            formular_returned,
            extra_check_started,
            extra_check_ended,
            conclusion_on,
            issued_to,
            exceptional_grounds,
            birth_date,
            rags_request_on,
            origin,
        })
    });
    RowCheck {
        id,
        record: record.map(|c| Record::Case(Box::new(c))),
        dropped,
    }
}

fn complaint(source: &Source, location: &Arc<Location>, raw: &RawRow) -> RowCheck {
    use ComplaintCol as C;
    let mut row = RowReading::new(source, location, raw);
    let complaint_id = row.require(C::ComplaintId as usize, values::text);
    let office = row.require(C::Office as usize, values::office);
    let received_at = row.require(C::ReceivedAt as usize, values::datetime);
    let case_id = row.get(C::CaseId as usize, values::text);
    let channel = row.get(C::Channel as usize, values::word::<Channel>);
    let subject = row.get(C::Subject as usize, values::word::<Subject>);
    let justified = row.get(C::Justified as usize, values::yes_no);
    let answered_at = row.get(C::AnsweredAt as usize, values::datetime);
    let complainant_kind = row.get(C::ComplainantKind as usize, values::word::<ComplainantKind>);
    let complainant_name = row.get(C::ComplainantName as usize, values::text);
    let complainant_address = row.get(C::ComplainantAddress as usize, values::text);
    let outgoing_no = row.get(C::OutgoingNo as usize, values::text);
    let outgoing_date = row.get(C::OutgoingDate as usize, values::date);
    let signed = row.get(C::Signed as usize, values::yes_no);
    let accepted_by = row.get(C::AcceptedBy as usize, values::text);
    if let (Some(outgoing), Some(received)) = (outgoing_date, received_at)
        && outgoing > received.date()
    {
        row.problem(C::OutgoingDate as usize, Reason::OutgoingAfterReceived);
    }
    let id = complaint_id.clone();
    let origin = origin(location, raw);
    let (record, dropped) = row.finish(id.clone(), || {
        Some(Complaint {
            complaint_id: complaint_id?,
            office: office?,
            received_at: received_at?,
            case_id,
            channel,
            subject,
            justified,
            answered_at,
            complainant_kind,
            complainant_name: complainant_name.map(Into::into),
            complainant_address: complainant_address.map(Into::into),
            outgoing_no: outgoing_no.map(Into::into),
            outgoing_date,
            signed,
            accepted_by: accepted_by.map(Into::into),
            origin,
        })
    });
    RowCheck {
        id,
        record: record.map(|c| Record::Complaint(Box::new(c))),
        dropped,
    }
}

fn survey(source: &Source, location: &Arc<Location>, raw: &RawRow) -> RowCheck {
    use SurveyCol as C;
    let mut row = RowReading::new(source, location, raw);
    let office = row.require(C::Office as usize, values::office);
    let answered_on = row.require(C::AnsweredOn as usize, values::date);
    let quality = row.get(C::Quality as usize, values::answer);
    let information = row.get(C::Information as usize, values::answer);
    let politeness = row.get(C::Politeness as usize, values::answer);
    let origin = origin(location, raw);
    let (record, dropped) = row.finish(None, || {
        Some(Survey {
            office: office?,
            answered_on: answered_on?,
            quality,
            information,
            politeness,
            origin,
        })
    });
    RowCheck {
        id: None,
        record: record.map(|s| Record::Survey(Box::new(s))),
        dropped,
    }
}

/// Why `text` is past what `column` may hold, if it is: longer than
/// [`crate::schema::Column::max`], or a name with a letter under more than
/// [`crate::schema::MAX_MARKS`] combining marks.
fn beyond_limits(column: &crate::schema::Column, text: &str) -> Option<Reason> {
    let max = column.max;
    // UTF-8 never takes fewer bytes than UTF-16 units: most text is
    // measured by its length alone.
    if text.len() > max && text.trim().encode_utf16().count() > max {
        return Some(Reason::LongerThan(max));
    }
    let print = column.print;
    if print != crate::schema::Print::No
        && let Some(c) = crate::fonts::unprintable(text)
    {
        return Some(Reason::Unprintable(unicode_script::UnicodeScript::script(
            &c,
        )));
    }
    if print == crate::schema::Print::Name {
        let mut marks = 0;
        for c in text.chars() {
            marks = match unicode_normalization::char::is_combining_mark(c) {
                true => marks + 1,
                false => 0,
            };
            if marks > crate::schema::MAX_MARKS {
                return Some(Reason::StackedMarks);
            }
        }
    }
    None
}
