//! The law: what the standard and the order demand of a case — the
//! working-day calendar, deadlines, the state fee, and the findings about
//! each case. Entry point: [`judge`].

pub mod calendar;
pub mod code;
pub mod complaint;
pub mod context;
pub mod deadline;
pub mod decision;
pub mod extension;
pub mod facts;
pub mod fee;
pub mod finding;
pub mod findings;
pub mod identity;
pub mod issue;
pub mod item;
mod queue;
pub mod tally;
pub mod verdict;

use crate::chunked::Chunked;
use crate::model::Case;

pub use context::LawContext;
pub use finding::{Code, Figure, Finding};
pub use tally::{Returns, Tally, returns, tally};
pub use verdict::Verdict;

/// The verdict on every case, in input order.
pub fn judge(
    cases: &Chunked<Case>,
    ctx: &LawContext,
) -> Result<Chunked<Verdict>, calendar::MissingYear> {
    let mut verdicts = cases.try_map_parallel(|case| verdict::verdict(case, ctx))?;
    // Item 9's queue order is a matter of several cases.
    for (i, finding) in queue::out_of_turn(cases) {
        verdicts[i].findings.push(finding);
    }
    Ok(verdicts)
}

/// Whether the law can be worked out for `case` at all: its deadline and
/// reception hours fall in years the calendar holds. Validation asks it, so
/// that such a case is rejected where it is read.
pub fn reaches(case: &Case, ctx: &LawContext) -> Result<(), calendar::MissingYear> {
    verdict::verdict(case, ctx).map(drop)
}
