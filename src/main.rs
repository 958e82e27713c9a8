use std::process::ExitCode;

/// Rows are parsed on one thread and checked and freed on another; glibc's
/// allocator serialises such cross-thread frees, mimalloc does not (it cut
/// reading a million cases by a fifth, see docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use esep::cli::{Cli, Command};
use esep::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    esep::logging::init(cli.verbose);
    let result = match cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Sample(args) => commands::sample::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Calendar(args) => commands::calendar::run(args),
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
            // Outputs are written whole or not at all (fsio): a run that
            // failed wrote nothing.
            if let Some(commands::Failure::Input(errors)) = err.downcast_ref() {
                for e in errors {
                    esep::tell!("error: {e}");
                }
                esep::tell!("nothing was written: fix the file(s) above and run again");
            } else {
                esep::tell!("error: {err}");
                for cause in err.chain().skip(1) {
                    esep::tell!("  caused by: {cause}");
                }
                esep::tell!("nothing was written");
            }
            ExitCode::from(2)
        }
    }
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
