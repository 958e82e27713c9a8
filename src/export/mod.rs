//! Exporting: the writers of every output file that is data rather than a
//! typeset document, each with one entry point and a typed input. Commands
//! call them; they call no command.
//!
//! - [`parquet`]: the Parquet export (`esep export --parquet DIR`);
//! - [`ministry`]: the ministry's workbook of indicators (`indicators.xlsx`);
//! - [`rejected`]: the rejected rows, as a workbook or CSV (`--errors`);
//! - [`findings`]: the findings workbook of the audit (`findings.xlsx`).

pub mod findings;
pub mod ministry;
pub mod parquet;
pub mod rejected;
pub mod template;
