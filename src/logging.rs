//! Logging to stderr for `-v`: stages, files and timings at `-v`, details
//! at `-vv`, every rejected cell at `-vvv`. A log line names places (file,
//! sheet, row, column) and reason codes, never a value: the input holds
//! names, passport numbers and IINs, and logs end up in places personal data
//! must not. Other crates log at warnings only, whatever the level: their
//! lines are not ours to vet.

use std::io::Write;
use std::time::Instant;

use log::LevelFilter;

use crate::lang::Lang;

/// The language of the run, which `-v` speaks too.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language log lines of `-v` are worded in: the run's, as `main` set
/// it (English where nothing did: tests of the library).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Logs a message of the catalogues at `info` (`-v`), in the run's
/// language: `crate::told!("id", name = value, …)`. Lines of `-vv` and
/// `-vvv` are a developer's diagnostics and stay in English.
#[macro_export]
macro_rules! told {
    ($($msg:tt)*) => {
        if log::log_enabled!(log::Level::Info) {
            log::info!("{}", $crate::msg!($($msg)*).text($crate::logging::lang()));
        }
    };
}

/// Starts the logger for `verbose` times `-v` (0: warnings only), its
/// lines of `-v` in `lang`.
pub fn init(verbose: u8, lang: Lang) {
    let _ = LANG.set(lang);
    let level = match verbose {
        0 => LevelFilter::Warn,
        1 => LevelFilter::Info,
        2 => LevelFilter::Debug,
        _ => LevelFilter::Trace,
    };
    let start = Instant::now();
    env_logger::Builder::new()
        .filter_level(LevelFilter::Warn)
        .filter_module("esep", level)
        .format(move |out, record| {
            // A log line names files and sheets, whose names may hold
            // escape sequences a terminal would obey: escaped as every
            // other line esep prints.
            let message = record.args().to_string();
            let seconds = start.elapsed().as_secs_f64();
            let message = crate::terminal::safe(&message);
            // A line of `-v` is for the user, in the run's language: its
            // time alone; deeper levels name the level and the module.
            match record.level() {
                log::Level::Info => writeln!(out, "[{seconds:>8.3}s] {message}"),
                level => writeln!(
                    out,
                    "[{seconds:>8.3}s {level:<5} {}] {message}",
                    record.target()
                ),
            }
        })
        .target(env_logger::Target::Stderr)
        .init();
    // polars prints its own warnings (deprecations meant for code that
    // uses it) straight to stderr, as often as once per batch of rows; a
    // user can do nothing about them, so they go to the log at `-vv`.
    polars::error::set_warning_function(|message, kind| {
        log::debug!(target: "esep::polars", "{kind:?}: {message}");
    });
}
