//! What the law decided about one case, worked out once: the deadline and
//! whether the decision met it (item 7.1), the queue wait and the service
//! time against their limit (items 7.2, 7.3), and the findings. Indicators,
//! exports, talons and the audit read a case's verdict; none of them works
//! out a deadline or a limit again.

use chrono::{NaiveDate, NaiveDateTime};

use super::calendar::MissingYear;
use super::findings::{self, Finding, LawContext};
use crate::model::Case;
use crate::vocab::Outcome;

/// The longest a consumer may wait in the queue, and the longest serving
/// may take (items 7.2 and 7.3): 15 minutes each.
pub const LIMIT_SECONDS: i64 = 15 * 60;

/// The law's verdict on one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// The day the result is due (item 7.1); `None` for a service without
    /// a deadline.
    pub deadline: Option<NaiveDate>,
    /// Whether the decision came by the deadline; `None` while the case is
    /// pending or when its service has no deadline.
    pub on_time: Option<bool>,
    /// The queue wait (item 7.2), where both its moments are recorded.
    pub wait: Option<Span>,
    /// The service time (item 7.3), where both its moments are recorded.
    pub service: Option<Span>,
    pub findings: Vec<Finding>,
}

/// A stretch of time the standard limits to [`LIMIT_SECONDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub seconds: i64,
}

impl Span {
    fn between(from: Option<NaiveDateTime>, to: Option<NaiveDateTime>) -> Option<Span> {
        Some(Span {
            seconds: (to? - from?).num_seconds(),
        })
    }

    pub fn within_limit(self) -> bool {
        self.seconds <= LIMIT_SECONDS
    }

    pub fn minutes(self) -> f64 {
        self.seconds as f64 / 60.0
    }
}

/// Judges one accepted case.
pub fn verdict(case: &Case, ctx: &LawContext) -> Result<Verdict, MissingYear> {
    let deadline = ctx
        .deadlines
        .deadline(ctx.calendar, case.service, case.submitted_at.date())?;
    let decided = case.decided_at.filter(|_| case.result != Outcome::Pending);
    let on_time = match (decided, deadline) {
        (Some(decided), Some(deadline)) => Some(decided.date() <= deadline),
        _ => None,
    };
    let mut verdict = Verdict {
        deadline,
        on_time,
        wait: Span::between(case.queue_arrived_at, case.queue_called_at),
        service: Span::between(case.queue_called_at, case.service_ended_at),
        findings: Vec::new(),
    };
    verdict.findings = findings::judge(case, &verdict, ctx)?;
    Ok(verdict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;

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
        assert!(err.to_string().contains("no data for 2027"), "{err}");
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
        assert_eq!(v.deadline, NaiveDate::from_ymd_opt(2025, 3, 11));
        assert_eq!(v.on_time, Some(false));
        assert_eq!(v.wait.map(Span::within_limit), Some(true));
        assert_eq!(v.service.map(Span::within_limit), Some(false));
        let codes: Vec<_> = v.findings.iter().map(|f| f.code).collect();
        assert!(codes.contains(&findings::Code::Late), "{codes:?}");
        assert!(codes.contains(&findings::Code::LongService), "{codes:?}");
        assert!(!codes.contains(&findings::Code::LongWait), "{codes:?}");
        let pending = Case {
            result: Outcome::Pending,
            decided_at: None,
            ..case
        };
        assert_eq!(
            verdict(&pending, &LawContext::default()).unwrap().on_time,
            None
        );
    }
}
