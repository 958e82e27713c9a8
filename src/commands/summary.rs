//! The terminal summary of what was read: rows per sheet and the most
//! frequent reasons of rejection. Shared by `check` and `report`; not a
//! command.

use std::io::Write;

use anyhow::Result;

use crate::lang::Lang;
use crate::schema::Table;
use crate::validate::{Checked, SourceSummary};

/// Rows per file and sheet, then the most frequent reasons, in the
/// language of messages.
pub fn print_summary(out: &mut impl Write, checked: &Checked, lang: Lang) -> Result<()> {
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
    for s in &checked.sources {
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
    for sheet in &checked.not_read {
        let label = crate::msg!("summary-not-read").text(lang);
        writeln!(
            out,
            "{:<48} {label}: {}",
            format!("{}:{}", sheet.file, sheet.sheet),
            sheet.why.msg().text(lang)
        )?;
    }
    let cases = checked.counts(Table::Cases);
    let line = crate::msg!(
        "summary-cases",
        read = cases.read,
        accepted = cases.accepted,
        rejected = cases.rejected
    )
    .text(lang);
    writeln!(out, "{line}")?;
    for table in Table::ALL {
        let count = checked.counts(table);
        if count.totals > 0 {
            let name = table.name(lang);
            let totals = count.totals;
            let line = crate::msg!(
                "summary-rows-totals-notes-under-table",
                name = name,
                totals = totals
            )
            .text(lang);
            writeln!(out, "{line}")?;
        }
    }
    let top = checked.top_reasons(lang, 10);
    if !top.is_empty() {
        let heading = crate::msg!("summary-most-frequent-reasons").text(lang);
        writeln!(out, "{heading}")?;
        for r in top {
            writeln!(out, "{:>9}  {}: {}", r.count, r.header, r.message)?;
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
