//! Runs the real `esep` binary on fixture files, one module per command.

mod audit;
mod baseline;
mod calendar;
mod check;
mod chromium;
mod dashboard;
mod documents;
mod exits;
mod export;
mod hostile;
mod indicators;
mod languages;
mod offices;
mod outsider;
mod print;
mod property;
mod reading;
mod report;
mod rerun;
mod safety;
mod sample;
mod scanner;
mod world;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Output, Stdio};

pub fn esep() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_esep"));
    cmd.env("LANG", "C").env_remove("LC_ALL");
    cmd
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("esep runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "esep panicked: {stderr}");
    out
}

/// `esep check --json` on `files`, parsed.
pub fn check_json(files: &[PathBuf]) -> (i32, serde_json::Value) {
    let out = run(esep().arg("check").arg("--json").args(files));
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().expect("exit code"), json)
}

/// Asserts exit code 0, showing what esep said otherwise.
pub fn assert_success(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `cmd` with its output closed at once by the reader (`esep … | head`):
/// the exit status and what went to stderr.
pub fn with_closed_stdout(cmd: &mut Command) -> (ExitStatus, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (status, stderr)
}

/// Writes a generated 2024 (900 cases, seed 7), the year before the
/// bundled sample, to `path`; returns the bundled sample's path.
pub fn the_year_before(path: &Path) -> PathBuf {
    let made = run(esep()
        .args([
            "sample", "--year", "2024", "--seed", "7", "--cases", "900", "--out",
        ])
        .arg(path));
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx")
}

/// Whether `tool` runs here; prints why the test is skipped when not.
pub fn have(tool: &str, package: &str) -> bool {
    let found = Command::new(tool).arg("--version").output().is_ok();
    if !found {
        eprintln!("skipped: {tool} is not installed (Debian {package})");
    }
    found
}

/// Whether Python 3 and its `module` are installed; says why a test is
/// skipped where not.
pub fn have_python(module: &str) -> bool {
    let found = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|out| out.status.success());
    if !found {
        eprintln!("skipped: python3 with {module} is not installed (pip install {module})");
    }
    found
}

/// `file` converted by LibreOffice headless to `format` (its extension:
/// `pdf`, `ods`, `xls`, `csv`), in `dir`.
pub fn converted(file: &Path, format: &str, dir: &Path) -> PathBuf {
    let profile = format!("file://{}", dir.join("profile").display());
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let made = dir.join(file.with_extension(format).file_name().unwrap());
    assert!(made.exists(), "{out:?}");
    made
}
