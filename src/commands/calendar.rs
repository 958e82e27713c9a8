//! `esep calendar YEAR`: the working-day calendar of a year, as deadlines
//! are counted in it.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::CalendarArgs;
use crate::lang::Lang;
use crate::law::calendar::Calendar;

pub fn run(args: CalendarArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let year = Calendar::bundled()
        .year(args.year)
        .map_err(|missing| missing.msg())?;
    let report = year.report(lang);
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out.0, &report)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let say = |msg: crate::catalog::Msg| msg.text(lang);
    writeln!(
        out,
        "{}",
        say(crate::msg!(
            "calendar-working-days",
            year = report.year,
            days = report.working_days
        ))
    )?;
    for m in &report.months {
        writeln!(out, "  {:02}  {:>2}", m.month, m.working_days)?;
    }
    writeln!(out, "{}", say(crate::msg!("calendar-weekdays-off")))?;
    for d in &report.days_off {
        writeln!(
            out,
            "  {} {}  {}",
            d.date.format("%d.%m.%Y"),
            weekday(d.date, lang),
            d.reason
        )?;
    }
    if !report.working_weekend_days.is_empty() {
        writeln!(out, "{}", say(crate::msg!("calendar-weekend-working")))?;
        for d in &report.working_weekend_days {
            writeln!(out, "  {} {}", d.format("%d.%m.%Y"), weekday(*d, lang))?;
        }
    }
    writeln!(out, "{}", say(crate::msg!("calendar-sources")))?;
    for s in &report.sources {
        writeln!(out, "  - {s}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn weekday(day: chrono::NaiveDate, lang: Lang) -> String {
    let day = chrono::Datelike::weekday(&day).number_from_monday();
    crate::msg!("calendar-weekday", day = day).text(lang)
}
