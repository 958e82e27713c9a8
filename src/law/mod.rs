//! The law: what the standard and the order demand of a case — the
//! working-day calendar, deadlines and the state fee so far.

pub mod calendar;
pub mod deadline;
pub mod fee;
pub mod findings;
