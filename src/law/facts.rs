//! The facts of a case the law counts with, worked out once: the deadline
//! and whether the decision met it (item 7.1), the queue wait and the
//! service time against their limit (items 7.2, 7.3), the state fee
//! due (item 8), and an identity document's terms under the Rules of the
//! formular (items 12 and 16).

use chrono::NaiveDate;
use chrono::NaiveDateTime;

use super::calendar::MissingYear;
use super::context::LawContext;
use super::fee;
use super::identity::{self, Terms};
use crate::model::{Case, Tiyn};
use crate::vocab::{Outcome, Service};

/// The longest a consumer may wait in the queue, and the longest serving
/// may take (items 7.2 and 7.3): 15 minutes each.
pub const LIMIT_SECONDS: i64 = 15 * 60;

/// What the law works out of a case before judging it: its deadline and
/// times against their limits.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    /// The day the result is due (item 7.1); `None` for a service without
    /// a deadline.
    pub deadline: Option<NaiveDate>,
    /// Whether the decision came by the deadline; `None` while the case is
    /// pending or when its service has no deadline.
    pub on_time: Option<bool>,
    /// The working days the decision took, counted as the deadline is
    /// (the day of submission is day 0); `None` while the case is pending,
    /// or where the calendar lacks a year between (docs/law.md).
    pub took: Option<u32>,
    /// The queue wait (item 7.2), where both its moments are recorded.
    pub wait: Option<Span>,
    /// The service time (item 7.3), where both its moments are recorded.
    pub service: Option<Span>,
    /// The state fee due for a visa (item 8); `None` for a service without
    /// a fee, or a day before the first MCI esep holds.
    pub fee_due: Option<FeeDue>,
    /// The terms of the Rules of the formular (items 12 and 16) an
    /// identity document was held to; none for a visa.
    pub rules: Terms,
}

/// The fee due and the day it is reckoned on: the day of payment, else
/// (unknown) the day of submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeDue {
    pub on: NaiveDate,
    pub amount: Tiyn,
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

/// The facts of one accepted case.
pub fn facts(case: &Case, ctx: &LawContext) -> Result<Facts, MissingYear> {
    let deadline = ctx
        .deadlines
        .deadline(ctx.calendar, case.service, case.submitted_at.date())?;
    let decided = case.decided_at.filter(|_| case.result != Outcome::Pending);
    let on_time = match (decided, deadline) {
        (Some(decided), Some(deadline)) => Some(decided.date() <= deadline),
        _ => None,
    };
    let took = decided.and_then(|decided| {
        ctx.calendar
            .working_days_between(case.submitted_at.date(), decided.date())
            .ok()
    });
    Ok(Facts {
        deadline,
        on_time,
        took,
        wait: Span::between(case.queue_arrived_at, case.queue_called_at),
        service: Span::between(case.queue_called_at, case.service_ended_at),
        fee_due: fee_due(case, ctx),
        rules: match case.service {
            Service::IdDocument => identity::terms(case, ctx)?,
            _ => Terms::default(),
        },
    })
}

fn fee_due(case: &Case, ctx: &LawContext) -> Option<FeeDue> {
    if !case.service.is_visa() {
        return None;
    }
    let on = case.fee_paid_on.unwrap_or(case.submitted_at.date());
    let amount = fee::fee_due(on, ctx.fee_rate).ok()?;
    Some(FeeDue { on, amount })
}
