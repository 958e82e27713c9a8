//! What the law decided about one case: its facts (deadline, on time,
//! times against their limits, the fee due), its findings and the decision
//! taken on it. Indicators, exports, talons, decisions and the audit read
//! a case's verdict; none of them works out a deadline, a limit or a fee
//! again.

use super::calendar::MissingYear;
use super::context::LawContext;
use super::decision::{self, Decision};
use super::facts::{self, Facts};
use super::findings::{self, Finding};
use crate::model::Case;

/// The law's verdict on one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub facts: Facts,
    pub findings: Vec<Finding>,
    /// What was decided; `None` while pending or when it cannot be stated.
    pub decision: Option<Decision>,
}

/// Judges one accepted case.
pub fn verdict(case: &Case, ctx: &LawContext) -> Result<Verdict, MissingYear> {
    let facts = facts::facts(case, ctx)?;
    let findings = findings::judge(case, &facts, ctx)?;
    Ok(Verdict {
        facts,
        findings,
        decision: decision::decide(case),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::decision::Resolution;
    use crate::law::facts::{FeeDue, Span};
    use crate::model::{Tiyn, test_case};
    use crate::vocab::{Outcome, VisaCategory};
    use chrono::NaiveDate;

    #[test]
    fn a_deadline_beyond_the_calendar_is_an_error() {
        let at = |d| {
            NaiveDate::from_ymd_opt(2026, 12, d)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .unwrap()
        };
        let late = Case {
            submitted_at: at(28),
            decided_at: Some(at(30)),
            ..test_case()
        };
        let err = verdict(&late, &LawContext::default()).unwrap_err();
        let said = err.msg().text(crate::lang::Lang::En);
        assert!(said.contains("no data for 2027"), "{said}");
    }

    #[test]
    fn the_facts_of_a_case_are_worked_out_once() {
        let at = |d, h, m| {
            NaiveDate::from_ymd_opt(2025, 3, d)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .unwrap()
        };
        let case = Case {
            decided_at: Some(at(12, 11, 0)),
            queue_arrived_at: Some(at(3, 9, 30)),
            queue_called_at: Some(at(3, 9, 45)),
            service_ended_at: Some(at(3, 10, 1)),
            ..test_case()
        };
        let v = verdict(&case, &LawContext::default()).unwrap();
        // Monday 3 March 2025 + 5 working days (8 March moved to Monday 10).
        assert_eq!(v.facts.deadline, NaiveDate::from_ymd_opt(2025, 3, 11));
        assert_eq!(v.facts.on_time, Some(false));
        assert_eq!(v.facts.wait.map(Span::within_limit), Some(true));
        assert_eq!(v.facts.service.map(Span::within_limit), Some(false));
        let codes: Vec<_> = v.findings.iter().map(|f| f.code).collect();
        assert!(codes.contains(&findings::Code::Late), "{codes:?}");
        assert!(codes.contains(&findings::Code::LongService), "{codes:?}");
        assert!(!codes.contains(&findings::Code::LongWait), "{codes:?}");
        // Paid on 3 March 2025: half the MCI of 3932 tenge.
        assert_eq!(
            v.facts.fee_due,
            Some(FeeDue {
                on: NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(),
                amount: Tiyn(196_600)
            })
        );
        assert_eq!(
            v.decision,
            Some(Decision {
                decided_on: NaiveDate::from_ymd_opt(2025, 3, 12).unwrap(),
                resolution: Resolution::VisaIssued {
                    category: VisaCategory::Exit,
                    entries: Some(1)
                }
            })
        );
        let pending = Case {
            result: Outcome::Pending,
            decided_at: None,
            ..case
        };
        assert_eq!(
            verdict(&pending, &LawContext::default())
                .unwrap()
                .facts
                .on_time,
            None
        );
        assert_eq!(
            verdict(&pending, &LawContext::default()).unwrap().decision,
            None
        );
        // Identity documents pay no visa fee.
        let document = Case {
            service: crate::vocab::Service::IdDocument,
            ..test_case()
        };
        let v = verdict(&document, &LawContext::default()).unwrap();
        assert_eq!(v.facts.fee_due, None);
        assert_eq!(
            v.decision.map(|d| d.resolution),
            Some(Resolution::DocumentIssued)
        );
    }
}
