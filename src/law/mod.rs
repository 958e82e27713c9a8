//! The law: what the standard and the order demand of a case. For now the
//! working-day calendar that every deadline is counted in.

pub mod calendar;
