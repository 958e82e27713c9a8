//! xls and ods workbooks read in a child process held to a memory and time
//! budget.
//!
//! calamine reads these two formats whole, and allocates what the file
//! declares before it reads a cell: a 95 KB `.xls` took 24 GB, a 64 KB
//! `.ods` with `<text:s text:c="2000000000"/>` 8 GB, and a truncated `.xls`
//! panics inside. No check of esep's can know every such declaration, so
//! the reading runs in a child (`esep read-workbook`, the same binary) whose
//! address space is limited to `--max-memory` plus what esep itself maps,
//! and whose processor time is limited too. The child streams the cells
//! back as JSON lines; a child that runs out of memory or time, panics or
//! is killed becomes a located exit-2 error of its file, never a crash of
//! esep.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::container::Format;
use super::unread::Ended;
use super::workbook::{self, Candidates, RowStream};
use super::{At, Cell, FileError, IngestConfig, Unread, Visitor};
use crate::schema::Table;

/// The formats read in a child.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ChildFormat {
    Xls,
    Ods,
}

/// What the child says, one JSON line each.
#[derive(Debug, Serialize, Deserialize)]
enum Event {
    /// The next sheet read, and the table its name says, if any.
    Sheet(Option<Table>, String),
    /// A non-empty cell at zero-based (row, column).
    Cell(u32, u32, Cell),
    /// The current sheet (or the workbook) cannot be read, and why.
    Failed(Unread),
    /// Every sheet was read.
    Done,
}

/// Address space the child needs beyond the budget: the esep binary mapped
/// (it runs in 250 MB of address space), thread stacks and the allocator's reserves.
const OVERHEAD: u64 = 256 << 20;

/// Processor seconds the child may use: a legitimate xls or ods is read in
/// a few seconds.
const CPU_SECONDS: u64 = 120;

/// Reads `path` through a child process running `exe`.
pub(super) fn load(
    exe: &Path,
    format: Format,
    path: &Path,
    file: Arc<str>,
    config: &IngestConfig,
    visitor: &mut dyn Visitor,
) -> Result<(), FileError> {
    let mut child = Command::new(exe)
        .arg("read-workbook")
        .arg("--format")
        .arg(match format {
            Format::Ods => "ods",
            _ => "xls",
        })
        .arg("--max-memory")
        .arg((config.max_memory >> 20).to_string())
        .arg(path)
        // mimalloc reserves address space in arenas of 1 GiB by default;
        // under the child's address-space limit whether such a reserve
        // fits varied from run to run, and with it the verdict on a file
        // near the limit (fuzz/README.md). Small arenas make it the same.
        .env("MIMALLOC_ARENA_RESERVE", "64MiB")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Unread::NoReader(e.to_string()).of(&file, None))?;
    let stdout = child.stdout.take().expect("piped");
    let mut stream: Option<RowStream> = None;
    let mut sheet: Option<String> = None;
    let mut done = false;
    let mut tables = 0;
    let mut outcome = Ok(());
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        let Ok(event) = serde_json::from_str::<Event>(&line) else {
            break;
        };
        let step = match event {
            Event::Sheet(table, name) => {
                let finished = stream.take().map_or(Ok(()), |s| {
                    tables += usize::from(s.finish(visitor)?);
                    Ok(())
                });
                stream = Some(RowStream::new(
                    file.clone(),
                    Some(name.as_str().into()),
                    Candidates::of(table, &config.mapping),
                    None,
                    config.max_memory,
                ));
                sheet = Some(name);
                finished
            }
            Event::Cell(row, col, cell) => match stream.as_mut() {
                Some(s) => s
                    .push(row, col, cell, visitor)
                    .map_err(|e| e.of(&file, sheet.as_deref())),
                None => Err(Unread::CellBeforeSheet.of(&file, None)),
            },
            Event::Failed(why) => Err(why.of(&file, sheet.as_deref())),
            Event::Done => {
                done = true;
                Ok(())
            }
        };
        if let Err(e) = step {
            outcome = Err(e);
            break;
        }
    }
    // Whatever happened, the child is not left running.
    let _ = child.kill();
    let status = child.wait();
    outcome?;
    if !done {
        let how = match status {
            Ok(status) if status.code() == Some(101) => Ended::Stopped,
            Ok(status) => match (status.code(), signal(&status)) {
                (Some(code), _) => Ended::Code(code),
                (None, Some(XCPU)) => Ended::Cpu(CPU_SECONDS),
                (None, _) => Ended::Memory(config.max_memory >> 20),
            },
            Err(e) => Ended::Wait(e.to_string()),
        };
        return Err(Unread::ReaderEnded(how).of(&file, sheet.as_deref()));
    }
    if let Some(s) = stream {
        tables += usize::from(s.finish(visitor)?);
    }
    workbook::no_table_is_an_error(&file, tables)
}

/// The signal that ended a process (Unix), if one did.
fn signal(status: &std::process::ExitStatus) -> Option<i32> {
    #[cfg(unix)]
    {
        std::os::unix::process::ExitStatusExt::signal(status)
    }
    #[cfg(not(unix))]
    {
        let _ = status;
        None
    }
}

/// SIGXCPU: the processor time limit was reached.
const XCPU: i32 = 24;

/// The child's side (`esep read-workbook`): limits itself, reads the
/// workbook and writes its cells to stdout. Returns the exit code.
pub fn serve(path: &Path, format: ChildFormat, max_memory: u64) -> u8 {
    let format = match format {
        ChildFormat::Xls => Format::Xls,
        ChildFormat::Ods => Format::Ods,
    };
    limit(max_memory);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut say = |event: &Event| -> std::io::Result<()> {
        serde_json::to_writer(&mut out, event)?;
        out.write_all(b"\n")
    };
    let shown = path.display().to_string();
    let result = (|| -> std::io::Result<()> {
        let mut book = match workbook::open(path, format) {
            Ok(book) => book,
            Err(e) => return say(&Event::Failed(Unread::reader(&e, At::Workbook))),
        };
        let names = calamine::Reader::sheet_names(&book);
        let chosen = match workbook::choose(&shown, &names) {
            Ok(chosen) => chosen,
            // The one refusal of choosing: no sheet at all.
            Err(_) => return say(&Event::Failed(Unread::NoSheets)),
        };
        for (table, sheet) in chosen {
            say(&Event::Sheet(table, crate::shown::sheet(&sheet, &names)))?;
            let mut failed = None;
            let read = workbook::read_sheet(&mut book, &sheet, 0, &mut |row, col, cell| {
                say(&Event::Cell(row, col, cell)).map_err(|e| {
                    let words = e.to_string();
                    failed = Some(e);
                    Unread::NoReader(words)
                })
            });
            if let Some(e) = failed {
                return Err(e);
            }
            if let Err(why) = read {
                return say(&Event::Failed(why));
            }
        }
        say(&Event::Done)
    })();
    match result.and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(_) => 2,
    }
}

/// Holds this process to `max_memory` (plus [`OVERHEAD`]) of address space
/// and [`CPU_SECONDS`] of processor time; a limit already lower stays.
fn limit(max_memory: u64) {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    for (resource, wanted) in [
        (Resource::As, max_memory.saturating_add(OVERHEAD)),
        (Resource::Cpu, CPU_SECONDS),
    ] {
        let now = getrlimit(resource);
        let current = now.current.unwrap_or(u64::MAX);
        let value = wanted.min(current);
        let _ = setrlimit(
            resource,
            Rlimit {
                current: Some(value),
                maximum: now.maximum,
            },
        );
    }
}
