//! The law: what the standard and the order demand of a case — the
//! working-day calendar, deadlines, the state fee, and the findings about
//! each case. Entry point: [`judge`].

pub mod calendar;
pub mod deadline;
pub mod decision;
pub mod fee;
pub mod findings;

use crate::chunked::Chunked;
use crate::model::Case;

pub use findings::{Code, Finding, LawContext};

/// The findings of every case, in input order (cases without findings
/// included, with none).
pub fn judge(
    cases: &Chunked<Case>,
    ctx: &LawContext,
) -> Result<Vec<Vec<Finding>>, calendar::MissingYear> {
    cases
        .iter()
        .map(|case| findings::judge(case, ctx))
        .collect()
}

/// Whether the law can be worked out for `case` at all: its deadline and
/// reception hours fall in years the calendar holds. Validation asks it, so
/// that such a case is rejected where it is read.
pub fn reaches(case: &Case, ctx: &LawContext) -> Result<(), calendar::MissingYear> {
    // The deadline of a pending case too: talons and indicators count it.
    ctx.deadlines
        .deadline(ctx.calendar, case.service, case.submitted_at.date())?;
    findings::judge(case, ctx).map(drop)
}
