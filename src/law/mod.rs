//! The law: what the standard and the order demand of a case — the
//! working-day calendar, deadlines, the state fee, and the findings about
//! each case. Entry point: [`judge`].

pub mod calendar;
pub mod deadline;
pub mod decision;
pub mod fee;
pub mod findings;

use crate::model::Case;

pub use findings::{Code, Finding, LawContext};

/// The findings of every case, in input order (cases without findings
/// included, with none).
pub fn judge(cases: &[Case], ctx: &LawContext) -> Result<Vec<Vec<Finding>>, calendar::MissingYear> {
    cases
        .iter()
        .map(|case| findings::judge(case, ctx))
        .collect()
}
