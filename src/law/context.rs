//! What judging needs besides the case: the working-day calendar and what
//! the configuration sets (deadlines, the fee rate).

use super::calendar::Calendar;
use super::deadline::Deadlines;
use super::fee::FeeRate;

/// What judging needs besides the case.
#[derive(Debug, Clone, Copy)]
pub struct LawContext<'a> {
    pub calendar: &'a Calendar,
    pub deadlines: Deadlines,
    pub fee_rate: FeeRate,
}

impl Default for LawContext<'static> {
    fn default() -> Self {
        LawContext {
            calendar: Calendar::bundled(),
            deadlines: Deadlines::default(),
            fee_rate: FeeRate::default(),
        }
    }
}
