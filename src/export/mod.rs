//! Exporting: the writers of every output file that is data rather than a
//! typeset document, each with one entry point and a typed input. Commands
//! call them; they call no command.
//!
//! - [`parquet`]: the Parquet export (`esep export --parquet DIR`);
//! - [`ministry`]: the ministry's workbook of indicators (`indicators.xlsx`);
//! - [`rejected`]: the rejected rows, as a workbook or CSV (`--errors`);
//! - [`findings`]: the findings workbook of the audit (`findings.xlsx`);
//! - [`dashboard`]: the offline dashboard of the report (`dashboard.html`).

pub mod dashboard;
pub mod findings;
pub mod ministry;
pub mod parquet;
pub mod rejected;
pub mod template;

use crate::content::Content;
use crate::indicators::Results;
use crate::indicators::identity::Identity;
use crate::lang::Lang;
use crate::law::Tally;
use crate::settings::{Act, Deadlines, Norms};
use crate::validate::Checked;

/// What the report's workbook and dashboard are made of.
pub struct Contents<'a> {
    pub table: &'a Results,
    /// The report's content: Appendix 4, the rankings and the activity.
    pub content: &'a Content,
    pub norms: &'a Norms,
    /// The terms configured for the report (identity documents have none
    /// of the Rules' own).
    pub deadlines: &'a Deadlines,
    /// The order on formulars, cited where identity documents are counted.
    pub order: &'a Act,
    pub checked: &'a Checked,
    pub findings: &'a [Tally],
    /// The same days a year earlier, when they can be counted.
    pub previous: Option<&'a Results>,
    /// The identity documents, counted apart from Appendix 4.
    pub identity: &'a Identity,
    /// The language of the workbook; the dashboard opens in it.
    pub lang: Lang,
}
