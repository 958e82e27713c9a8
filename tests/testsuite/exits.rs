//! The exit code of every command, as the README documents it: `check` 0
//! when every row was accepted and 1 when some were rejected; every other
//! command 0 once it did its work (rejected rows are reported, not a
//! failure); 2 in every command when the run could not be done, and then
//! "nothing was written".

use std::path::Path;

use crate::hostile::{GOOD, HEADER, write};
use crate::{esep, run};

/// One accepted and one rejected case (an office code of the wrong shape).
fn mixed(dir: &Path) -> std::path::PathBuf {
    let bad = GOOD.replace("A-1", "A-2").replace("1910-262", "1910-26");
    write(dir, "cases.csv", format!("{HEADER}{GOOD}{bad}"))
}

/// The arguments of each command that reads, with its outputs under `out`.
fn commands(out: &Path) -> Vec<(&'static str, Vec<String>)> {
    let at = |name: &str| out.join(name).display().to_string();
    vec![
        ("check", vec![]),
        ("audit", vec![]),
        ("indicators", vec!["--year".into(), "2025".into()]),
        ("export", vec!["--parquet".into(), at("parquet")]),
        (
            "talons",
            vec![
                "--form".into(),
                "appendix5".into(),
                "--out".into(),
                at("talons.pdf"),
            ],
        ),
        ("decisions", vec!["--out".into(), at("decisions.pdf")]),
        (
            "report",
            vec!["--year".into(), "2025".into(), "--out".into(), at("report")],
        ),
    ]
}

#[test]
fn every_command_exits_as_documented() {
    let dir = tempfile::tempdir().unwrap();
    let input = mixed(dir.path());
    let missing = dir.path().join("missing.csv");
    for (command, args) in commands(dir.path()) {
        let out = run(esep().arg(command).args(&args).arg(&input));
        let expected = if command == "check" { 1 } else { 0 };
        assert_eq!(
            out.status.code(),
            Some(expected),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = run(esep().arg(command).args(&args).arg(&missing));
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {said}");
        assert!(
            said.contains("missing.csv: cannot read the file: no such file"),
            "{command}: {said}"
        );
        assert!(said.contains("nothing was written"), "{command}: {said}");
    }
    let out = run(esep().args(["calendar", "2025"]));
    assert_eq!(out.status.code(), Some(0));
    let out = run(esep().args(["calendar", "1999"]));
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("nothing was written"), "{said}");
}

/// A settings mistake is refused before any file is read: the input here
/// is not a workbook at all, and the error is about the setting.
#[test]
fn settings_mistakes_are_refused_before_any_input_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "cases.xlsx", "not a workbook");
    let file = write(dir.path(), "notes.txt", "a file");
    let under_file = file.join("out").display().to_string();
    let missing_folder = dir.path().join("no-such-templates").display().to_string();
    let folder = dir.path().join("sub");
    std::fs::create_dir(&folder).unwrap();
    for (args, said) in [
        (
            vec!["report", "--year", "2025", "--out", &under_file],
            "is a file, so the folder",
        ),
        (
            vec!["report", "--out", file.to_str().unwrap()],
            "is a file, not a folder",
        ),
        (vec!["report", "--year", "2030"], "no data for 2030"),
        (vec!["indicators", "--year", "2030"], "no data for 2030"),
        (
            vec![
                "talons",
                "--form",
                "appendix5",
                "--out",
                folder.to_str().unwrap(),
            ],
            "is a folder: give the name of a file",
        ),
        (
            vec!["decisions", "--out", &format!("{under_file}/d.pdf")],
            "is a file, so the folder",
        ),
        (
            vec!["export", "--parquet", file.to_str().unwrap()],
            "is a file, not a folder",
        ),
        (
            vec!["audit", "--xlsx", &format!("{under_file}.xlsx/a.xlsx")],
            "is a file, so the folder",
        ),
        (
            vec![
                "talons",
                "--form",
                "appendix5",
                "--templates",
                &missing_folder,
                "--out",
                &dir.path().join("t.pdf").display().to_string(),
            ],
            "cannot read the template folder",
        ),
    ] {
        let out = run(esep().args(&args).arg(&broken).current_dir(dir.path()));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("cases.xlsx"),
            "{args:?}: the input was read: {stderr}"
        );
        assert!(stderr.contains("nothing was written"), "{args:?}: {stderr}");
    }
    assert!(!dir.path().join("reports").exists());
}
