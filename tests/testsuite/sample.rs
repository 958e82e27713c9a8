//! `esep sample`: deterministic, realistic, and read back by `esep check`
//! with exactly the rejections it announces.

use std::collections::BTreeMap;

use crate::{check_json, esep, run};

fn sample(dir: &tempfile::TempDir, name: &str, seed: u64, cases: u64) -> std::path::PathBuf {
    let path = dir.path().join(name);
    let out = run(esep()
        .args([
            "sample",
            "--cases",
            &cases.to_string(),
            "--year",
            "2024",
            "--seed",
            &seed.to_string(),
            "--invalid-per-kind",
            "2",
        ])
        .arg("--out")
        .arg(&path));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "cases: {cases} rows, 26 invalid (2 of each of 13 kinds) — expect {} accepted",
            cases - 26
        )),
        "{stdout}"
    );
    path
}

#[test]
fn check_finds_exactly_the_invalid_rows_the_sample_announces() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir, "s.xlsx", 7, 600);
    let (code, json) = check_json(&[path]);
    assert_eq!(code, 1);
    assert_eq!(json["rows"], 600);
    assert_eq!(json["rejected"], 26);
    assert_eq!(json["accepted"], 574);
    let mut codes: BTreeMap<String, u64> = BTreeMap::new();
    for e in json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["table"] == "cases")
    {
        *codes
            .entry(e["code"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    for kind in esep::sample::Invalid::ALL {
        *expected.entry(kind.reason_code().to_string()).or_default() += 2;
    }
    assert_eq!(codes, expected, "one problem per invalid row, of its kind");
    assert_eq!(
        (
            json["complaints_rejected"].as_u64(),
            json["surveys_rejected"].as_u64()
        ),
        (Some(2), Some(1))
    );
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let a = std::fs::read(sample(&dir, "a.xlsx", 3, 300)).unwrap();
    let b = std::fs::read(sample(&dir, "b.xlsx", 3, 300)).unwrap();
    let c = std::fs::read(sample(&dir, "c.xlsx", 4, 300)).unwrap();
    assert!(a == b, "same seed, same bytes");
    assert!(a != c, "another seed, another workbook");
}

#[test]
fn the_bundled_sample_is_what_the_readme_command_makes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample-2025.xlsx");
    run(esep()
        .args([
            "sample", "--cases", "2000", "--year", "2025", "--seed", "2025", "--out",
        ])
        .arg(&path));
    let bundled =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    assert!(std::fs::read(&path).unwrap() == std::fs::read(bundled).unwrap());
}

#[test]
fn the_sample_receives_on_reception_days_and_hours_only_but_for_a_few_after_hours() {
    // Regression: the sample once received on days the calendar makes days
    // off (Friday 3 January 2025) and accepted documents just past 13:00.
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir, "s.xlsx", 11, 1500);
    let out = run(esep().arg("audit").arg("--json").arg(&path));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let outside: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "outside-hours")
        .map(|f| f["figures"]["accepted"].as_str().unwrap())
        .collect();
    assert!(
        !outside.is_empty(),
        "the sample holds a few after-hours acceptances"
    );
    for accepted in outside {
        assert!(
            &accepted[11..] >= "18:05:00",
            "only the deliberate after-hours ones: {accepted}"
        );
    }
}

#[test]
fn regression_a_sample_named_as_csv_is_refused_not_written_as_xlsx_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.csv");
    let output = run(esep().args(["sample", "--cases", "200", "--out"]).arg(&out));
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("give a path ending in .xlsx"));
    assert!(!out.exists());
}
