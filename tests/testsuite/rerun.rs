//! The same input and options give the same bytes: every output of every
//! command, run in two different folders, is identical, and none holds the
//! path of the folder it was made in (no clock, no random order, no
//! absolute paths).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use calamine::{Reader, open_workbook_auto};

use crate::{esep, run};

/// Runs every command that writes on a copy of `sample` in `dir`, with
/// relative paths; gives every output's name and bytes, stdout included.
fn outputs(sample: &Path, dir: &Path) -> Vec<(String, Vec<u8>)> {
    std::fs::copy(sample, dir.join("sample.xlsx")).unwrap();
    let commands: [&[&str]; 7] = [
        &["report", "--out", "out", "sample.xlsx"],
        &[
            "check",
            "--json",
            "--errors",
            "out/errors.xlsx",
            "sample.xlsx",
        ],
        &["audit", "--json", "--xlsx", "out/audit.xlsx", "sample.xlsx"],
        &[
            "indicators",
            "--year",
            "2025",
            "--json",
            "--xlsx",
            "out/ministry.xlsx",
            "sample.xlsx",
        ],
        &[
            "talons",
            "--form",
            "appendix3",
            "--sheet",
            "a4",
            "--lang",
            "ru",
            "--out",
            "out/talons.pdf",
            "sample.xlsx",
        ],
        &[
            "decisions",
            "--lang",
            "kk",
            "--pdf-standard",
            "a-2b",
            "--out",
            "out/decisions.pdf",
            "sample.xlsx",
        ],
        &["check", "--errors", "out/errors.csv", "sample.xlsx"],
    ];
    let mut all = Vec::new();
    for args in commands {
        let out = run(esep().current_dir(dir).args(args));
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        all.push((format!("stdout of {args:?}"), out.stdout));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        all.push((name, std::fs::read(file).unwrap()));
    }
    all
}

/// Every cell of every sheet of a workbook, as text.
pub fn texts(xlsx: &Path) -> BTreeSet<String> {
    let mut book = open_workbook_auto(xlsx).unwrap();
    let mut all = BTreeSet::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        all.extend(range.cells().map(|(_, _, v)| v.to_string()));
    }
    all
}

#[test]
fn every_output_is_the_same_bytes_wherever_and_whenever_it_is_made() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let made = tempfile::tempdir().unwrap();
    let sample = made.path().join("sample.xlsx");
    let out = run(esep()
        .args(["sample", "--cases", "300", "--year", "2025", "--out"])
        .arg(&sample));
    assert!(out.status.success());
    let (first, second) = std::thread::scope(|s| {
        let first = s.spawn(|| outputs(&sample, a.path()));
        let second = s.spawn(|| outputs(&sample, b.path()));
        (first.join().unwrap(), second.join().unwrap())
    });
    let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "annual-report.pdf",
        "dashboard.html",
        "indicators.xlsx",
        "indicators.json",
        "findings.xlsx",
        "rejected.xlsx",
        "errors.xlsx",
        "errors.csv",
        "audit.xlsx",
        "ministry.xlsx",
        "talons.pdf",
        "decisions.pdf",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} not written: {names:?}"
        );
    }
    assert_eq!(first.len(), second.len());
    for ((name, x), (_, y)) in first.iter().zip(&second) {
        assert!(x == y, "{name} differs between the two runs");
        // Workbooks are zipped: their cells are searched, other files as bytes.
        let cells = if name.ends_with(".xlsx") {
            texts(&a.path().join("out").join(name))
        } else {
            BTreeSet::new()
        };
        for dir in [a.path(), b.path()] {
            let path = dir.to_string_lossy();
            let holds = x.windows(path.len()).any(|w| w == path.as_bytes())
                || cells.iter().any(|c| c.contains(path.as_ref()));
            assert!(!holds, "{name} holds the path {path}");
        }
    }
}
