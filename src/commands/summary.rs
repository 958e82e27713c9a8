//! The account of what was read: rows per sheet, sheets not read and why,
//! rows of totals, and the most frequent reasons of rejection. Taken from
//! a check as data ([`ReadAccount::of`]), so that a run can present it
//! after its work is done; printed for the terminal by
//! [`ReadAccount::print`]. Shared by `check` and `report`; not a command.

use std::io::Write;

use anyhow::Result;

use crate::lang::Lang;
use crate::schema::Table;
use crate::validate::{Checked, ReasonCount, RowCount, SheetNotRead, SourceSummary};

/// What a check read, in the words of `lang` where a reason is worded.
#[derive(Debug, Clone)]
pub struct ReadAccount {
    pub sources: Vec<SourceSummary>,
    pub not_read: Vec<SheetNotRead>,
    /// Rows of each table, in the order of [`Table::ALL`].
    pub counts: Vec<RowCount>,
    /// The ten most frequent reasons of rejection.
    pub top: Vec<ReasonCount>,
}

impl ReadAccount {
    pub fn of(checked: &Checked, lang: Lang) -> ReadAccount {
        ReadAccount {
            sources: checked.sources.clone(),
            not_read: checked.not_read.clone(),
            counts: Table::ALL.into_iter().map(|t| checked.counts(t)).collect(),
            top: checked.top_reasons(lang, 10),
        }
    }

    /// Rows per file and sheet, then the most frequent reasons, in the
    /// language of messages.
    pub fn print(&self, out: &mut impl Write, lang: Lang) -> Result<()> {
        let [file, table, rows, accepted, rejected] = [
            "summary-file-sheet",
            "summary-table",
            "summary-rows",
            "summary-accepted",
            "summary-rejected",
        ]
        .map(|id| crate::catalog::Msg::new(id).text(lang));
        writeln!(
            out,
            "{file:<48} {table:<13} {rows:>9} {accepted:>11} {rejected:>12}"
        )?;
        for s in &self.sources {
            writeln!(
                out,
                "{:<48} {:<13} {:>9} {:>11} {:>12}",
                place(s),
                s.table.name(lang),
                s.rows,
                s.accepted,
                s.rejected
            )?;
        }
        for sheet in &self.not_read {
            let label = crate::msg!("summary-not-read").text(lang);
            writeln!(
                out,
                "{:<48} {label}: {}",
                format!("{}:{}", sheet.file, sheet.sheet),
                sheet.why.msg().text(lang)
            )?;
        }
        for count in &self.counts {
            if count.table == Table::Cases {
                let line = crate::msg!(
                    "summary-cases",
                    read = count.read,
                    accepted = count.accepted,
                    rejected = count.rejected
                )
                .text(lang);
                writeln!(out, "{line}")?;
            }
        }
        for count in self.counts.iter().filter(|c| c.totals > 0) {
            let name = count.table.name(lang);
            let totals = count.totals;
            let line = crate::msg!(
                "summary-rows-totals-notes-under-table",
                name = name,
                totals = totals
            )
            .text(lang);
            writeln!(out, "{line}")?;
        }
        if !self.top.is_empty() {
            let heading = crate::msg!("summary-most-frequent-reasons").text(lang);
            writeln!(out, "{heading}")?;
            for r in &self.top {
                writeln!(out, "{:>9}  {}: {}", r.count, r.header, r.message)?;
            }
        }
        Ok(())
    }
}

fn place(s: &SourceSummary) -> String {
    match &s.sheet {
        Some(sheet) => format!("{}:{}", s.file, sheet),
        None => s.file.to_string(),
    }
}
