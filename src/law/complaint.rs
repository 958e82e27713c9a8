//! Complaints under items 21–25 of the standard: what a complaint must
//! hold (item 24) and the term of its answer (item 25, which sends
//! complaints to the Law of 12 January 2007 No. 221 on considering
//! applications: `ComplaintTerm`). Each complaint gets a verdict of its own.

use chrono::{Duration, NaiveDate};

use super::context::LawContext;
use super::finding::{Code, Figure, Finding, date};
use crate::model::Complaint;
use crate::schema::Table;
use crate::vocab::ComplainantKind;

/// The last day the Law of 12 January 2007 No. 221 on considering
/// applications, to which item 25 sends complaints, was in force: the
/// Administrative Procedural Code replaced it on 1 July 2021.
pub const LAW_221_IN_FORCE_UNTIL: NaiveDate = NaiveDate::from_ymd_opt(2021, 6, 30).expect("a date");

/// The law's verdict on one complaint.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintVerdict {
    /// The last day of the answer's term.
    pub answer_due: NaiveDate,
    /// Whether the answer came by then; `None` while unanswered.
    pub on_time: Option<bool>,
    pub findings: Vec<Finding>,
}

/// The verdict on every complaint, in input order. `as_of` is the day the
/// judging looks from (the end of the reported period, or of the data): a
/// complaint still unanswered when its term ended before it is a finding.
pub fn judge(
    complaints: &[Complaint],
    ctx: &LawContext,
    as_of: NaiveDate,
) -> Vec<ComplaintVerdict> {
    complaints.iter().map(|c| verdict(c, ctx, as_of)).collect()
}

fn verdict(complaint: &Complaint, ctx: &LawContext, as_of: NaiveDate) -> ComplaintVerdict {
    let received = complaint.received_at.date();
    let answer_due = last_day(
        received + Duration::days(i64::from(ctx.complaint_term.calendar_days)),
        ctx,
    );
    let answered = complaint.answered_at.map(|a| a.date());
    let on_time = answered.map(|a| a <= answer_due);
    let mut findings = Vec::new();
    match answered {
        Some(a) if a > answer_due => findings.push(Finding::new(
            Code::ComplaintAnsweredLate,
            vec![("due", date(answer_due)), ("answered", date(a))],
        )),
        None if as_of > answer_due => findings.push(Finding::new(
            Code::ComplaintUnanswered,
            vec![("due", date(answer_due)), ("as_of", date(as_of))],
        )),
        _ => {}
    }
    let missing = item_24_missing(complaint);
    if !missing.is_empty() {
        findings.push(Finding::new(
            Code::ComplaintIncomplete,
            vec![("missing", Figure::Columns(Table::Complaints, missing))],
        ));
    }
    ComplaintVerdict {
        answer_due,
        on_time,
        findings,
    }
}

/// The last day of a term counted in calendar days: the day it falls on,
/// or, when that is a day off, the next working day (the general rule of
/// terms, article 173 of the Civil Code; `docs/law.md`). A year the
/// calendar does not hold leaves the day as counted.
fn last_day(counted: NaiveDate, ctx: &LawContext) -> NaiveDate {
    let mut day = counted;
    while let (Ok(false), Some(next)) = (ctx.calendar.is_working(day), day.succ_opt()) {
        day = next;
    }
    day
}

/// What item 24 asks of a complaint and the record lacks: of an
/// individual, the name and postal address; of a legal entity, its name,
/// postal address, outgoing number and date; of both, the signature.
/// Judged only where the complainant's kind is recorded (a version-2
/// file), and a signature only where `signed` is: unknown is not missing.
fn item_24_missing(c: &Complaint) -> Vec<&'static str> {
    let Some(kind) = c.complainant_kind else {
        return Vec::new();
    };
    let mut missing = Vec::new();
    if c.complainant_name.is_none() {
        missing.push("complainant_name");
    }
    if c.complainant_address.is_none() {
        missing.push("complainant_address");
    }
    if kind == ComplainantKind::LegalEntity {
        if c.outgoing_no.is_none() {
            missing.push("outgoing_no");
        }
        if c.outgoing_date.is_none() {
            missing.push("outgoing_date");
        }
    }
    if c.signed == Some(false) {
        missing.push("signed");
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_complaint;
    use crate::vocab::Channel;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn codes(c: &Complaint, as_of: NaiveDate) -> Vec<Code> {
        verdict(c, &LawContext::default(), as_of)
            .findings
            .iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn answered_within_fifteen_calendar_days_of_receipt() {
        // Received 1 April: due 16 April, weekends and all.
        let answered = |d| Complaint {
            answered_at: day(4, d).and_hms_opt(17, 0, 0),
            ..test_complaint()
        };
        let v = verdict(&answered(16), &LawContext::default(), day(12, 31));
        assert_eq!(v.answer_due, day(4, 16));
        assert_eq!(v.on_time, Some(true));
        assert_eq!(codes(&answered(16), day(12, 31)), []);
        assert_eq!(
            codes(&answered(17), day(12, 31)),
            [Code::ComplaintAnsweredLate]
        );
        // Unanswered: a finding once the term is over on the day judged from.
        let open = Complaint {
            answered_at: None,
            ..test_complaint()
        };
        assert_eq!(codes(&open, day(4, 16)), []);
        assert_eq!(codes(&open, day(4, 17)), [Code::ComplaintUnanswered]);
        // The term is configuration.
        let ctx = LawContext {
            complaint_term: crate::settings::ComplaintTerm { calendar_days: 30 },
            ..LawContext::default()
        };
        assert_eq!(verdict(&answered(17), &ctx, day(12, 31)).findings, []);
    }

    #[test]
    fn a_term_ending_on_a_day_off_ends_on_the_next_working_day() {
        // Received Saturday 5 April 2025: fifteen days end on Sunday the
        // 20th; the answer on Monday the 21st is in time (it was flagged late).
        let received = day(4, 5).and_hms_opt(10, 0, 0).unwrap();
        let answered = Complaint {
            received_at: received,
            answered_at: day(4, 21).and_hms_opt(11, 0, 0),
            ..test_complaint()
        };
        let v = verdict(&answered, &LawContext::default(), day(12, 31));
        assert_eq!(v.answer_due, day(4, 21));
        assert_eq!(v.findings, []);
        // Over a run of holidays: Nauryz 2025 (21–25 March off).
        let nauryz = Complaint {
            received_at: day(3, 7).and_hms_opt(10, 0, 0).unwrap(),
            answered_at: None,
            ..test_complaint()
        };
        let v = verdict(&nauryz, &LawContext::default(), day(12, 31));
        let calendar = crate::law::calendar::Calendar::bundled();
        assert!(calendar.is_working(v.answer_due).unwrap());
        assert!(
            day(3, 22)
                .iter_days()
                .take_while(|d| *d < v.answer_due)
                .all(|d| !calendar.is_working(d).unwrap()),
            "{}",
            v.answer_due
        );
    }

    #[test]
    fn item_24_of_an_individual_and_of_a_legal_entity() {
        let person = Complaint {
            complainant_kind: Some(ComplainantKind::Individual),
            complainant_name: Some("Серікова Айгүл".into()),
            complainant_address: Some("Алматы".into()),
            signed: Some(true),
            ..test_complaint()
        };
        assert_eq!(codes(&person, day(12, 31)), []);
        let unsigned = Complaint {
            signed: Some(false),
            complainant_address: None,
            ..person.clone()
        };
        let v = verdict(&unsigned, &LawContext::default(), day(12, 31));
        assert_eq!(
            v.findings,
            [Finding::new(
                Code::ComplaintIncomplete,
                vec![(
                    "missing",
                    Figure::Columns(Table::Complaints, vec!["complainant_address", "signed"])
                )]
            )]
        );
        // A legal entity also gives its outgoing number and date.
        let company = Complaint {
            complainant_kind: Some(ComplainantKind::LegalEntity),
            ..person.clone()
        };
        assert_eq!(codes(&company, day(12, 31)), [Code::ComplaintIncomplete]);
        assert_eq!(
            codes(
                &Complaint {
                    outgoing_no: Some("01-12/345".into()),
                    outgoing_date: Some(day(3, 28)),
                    ..company
                },
                day(12, 31)
            ),
            []
        );
        // A version-1 complaint (no kind recorded), and an unknown signature: nothing.
        assert_eq!(codes(&test_complaint(), day(12, 31)), []);
        assert_eq!(
            codes(
                &Complaint {
                    signed: None,
                    ..person
                },
                day(12, 31)
            ),
            []
        );
    }

    #[test]
    fn an_in_person_complaint_after_hours_is_no_finding() {
        // Item 21 says when complaints are accepted in person; accepting
        // one later serves the complainant (docs/law.md).
        let late_evening = Complaint {
            channel: Some(Channel::InPerson),
            received_at: day(4, 1).and_hms_opt(19, 30, 0).unwrap(),
            ..test_complaint()
        };
        assert_eq!(codes(&late_evening, day(12, 31)), []);
    }
}
