//! What judging needs besides the case: the working-day calendar and what
//! the configuration sets (deadlines, the fee rate, the answer term of a
//! complaint).

use super::calendar::Calendar;
use super::deadline::Deadlines;
use super::fee::FeeRate;
use crate::settings::ComplaintTerm;

/// What judging needs besides the case.
#[derive(Debug, Clone, Copy)]
pub struct LawContext<'a> {
    pub calendar: &'a Calendar,
    pub deadlines: Deadlines,
    pub fee_rate: FeeRate,
    pub complaint_term: ComplaintTerm,
}

impl Default for LawContext<'static> {
    fn default() -> Self {
        LawContext {
            calendar: Calendar::bundled(),
            deadlines: Deadlines::default(),
            fee_rate: FeeRate::default(),
            complaint_term: ComplaintTerm::default(),
        }
    }
}
