//! Logging to stderr for `-v`: stages, files and timings at `-v`, details
//! at `-vv`, every rejected cell at `-vvv`. A log line names places (file,
//! sheet, row, column) and reason codes, never a value: the input holds
//! names, passport numbers and IINs, and logs end up in places personal data
//! must not. Other crates log at warnings only, whatever the level: their
//! lines are not ours to vet.

use std::io::Write;
use std::time::Instant;

use log::LevelFilter;

/// Starts the logger for `verbose` times `-v` (0: warnings only).
pub fn init(verbose: u8) {
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
            writeln!(
                out,
                "[{:>8.3}s {:<5} {}] {}",
                start.elapsed().as_secs_f64(),
                record.level(),
                record.target(),
                crate::terminal::safe(&message)
            )
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
