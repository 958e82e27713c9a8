use std::process::ExitCode;

/// Rows are parsed on one thread and checked and freed on another; glibc's
/// allocator serialises such cross-thread frees, mimalloc does not (it cut
/// reading a million cases by a fifth, see docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use esep::cli::Command;
use esep::commands;
use esep::lang::{Lang, Said};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match esep::cli::help::parse(&args) {
        Ok(cli) => cli,
        Err(err) => return usage(&err, &args),
    };
    let lang = cli.command.lang();
    esep::logging::init(cli.verbose, lang);
    let result = match cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Sample(args) => commands::sample::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Calendar(args) => commands::calendar::run(args),
        Command::Contract(args) => commands::contract::run(args),
        Command::Template(args) => commands::template::run(args),
        Command::Audit(args) => commands::audit::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Indicators(args) => commands::indicators::run(args),
        Command::Talons(args) => commands::talons::run(args),
        Command::Decisions(args) => commands::decisions::run(args),
        Command::ReadWorkbook(args) => {
            return ExitCode::from(esep::ingest::sandbox::serve(
                &args.path,
                args.format,
                args.max_memory << 20,
            ));
        }
    };
    match result {
        Ok(code) => code,
        // A reader that stopped reading (`esep check … | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err, lang);
            ExitCode::from(2)
        }
    }
}

/// Prints why a run stopped, in `lang`: every link of the chain once,
/// esep's own in the run's language ([`Said`]), a dependency's or the
/// system's as it was given. Outputs are written whole or not at all
/// (fsio): a run that failed wrote nothing, and says so.
fn report(err: &anyhow::Error, lang: Lang) {
    let mut lines = Vec::new();
    for (depth, link) in err.chain().enumerate() {
        let said = link.downcast_ref::<Said>();
        let texts = said.map_or_else(|| vec![link.to_string()], |said| said.lines(lang));
        for text in texts {
            lines.push(match depth {
                0 => esep::msg!("run-error", text = text),
                _ => esep::msg!("run-caused-by", text = text),
            });
        }
    }
    for line in lines {
        esep::tell!("{}", line.text(lang));
    }
    esep::tell!("{}", esep::msg!("run-nothing-written").text(lang));
}

/// Says what is wrong with a command line clap could not read, in the
/// language it asks for; help and the version as clap prints them.
fn usage(err: &clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
    let lang = esep::cli::usage::lang_of(&esep::cli::help::lossy(args));
    let Some(mistake) = esep::cli::usage::mistake(err) else {
        // Help and the version as clap prints them, with its exit code
        // (2 for the help shown in place of a missing command).
        let _ = err.print();
        return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
    };
    esep::tell!("{}", esep::msg!("run-error", text = mistake).text(lang));
    esep::tell!("{}", esep::msg!("usage-hint").text(lang));
    ExitCode::from(2)
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let kind = match e.downcast_ref::<std::io::Error>() {
            Some(io) => Some(io.kind()),
            // JSON goes through serde_json, which wraps the I/O error.
            None => e
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind),
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}
