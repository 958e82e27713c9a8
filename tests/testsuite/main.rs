//! Runs the real `esep` binary on fixture files, one module per command.

mod audit;
mod calendar;
mod check;
mod documents;
mod indicators;
mod reading;
mod sample;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
