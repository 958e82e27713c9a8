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
