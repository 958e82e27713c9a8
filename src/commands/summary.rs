//! The terminal summary of what was read: rows per sheet and the most
//! frequent reasons of rejection. Shared by `check` and `report`; not a
//! command.

use std::io::Write;

use anyhow::Result;

use crate::lang::Lang;
use crate::schema::Table;
use crate::validate::{Checked, SourceSummary};

/// Rows per file and sheet, then the most frequent reasons.
pub fn print_summary(out: &mut impl Write, checked: &Checked, lang: Lang) -> Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{:<48} {:<10} {:>9} {:>9} {:>9}",
        "file:sheet", "table", "rows", "accepted", "rejected"
    )?;
    for s in &checked.sources {
        writeln!(
            out,
            "{:<48} {:<10} {:>9} {:>9} {:>9}",
            place(s),
            s.table.key(),
            s.rows,
            s.accepted,
            s.rejected
        )?;
    }
    let cases = checked.counts(Table::Cases);
    writeln!(
        out,
        "cases: {} rows, {} accepted, {} rejected",
        cases.read, cases.accepted, cases.rejected
    )?;
    let top = checked.top_reasons(lang, 10);
    if !top.is_empty() {
        writeln!(out, "most frequent reasons:")?;
        for r in top {
            writeln!(out, "{:>9}  {}: {}", r.count, r.column, r.message)?;
        }
    }
    Ok(())
}

fn place(s: &SourceSummary) -> String {
    match &s.sheet {
        Some(sheet) => format!("{}:{}", s.file, sheet),
        None => s.file.to_string(),
    }
}
