//! `esep report`, the main job, on the bundled sample: its terminal
//! summary as a snapshot, and each of its files read back by another
//! reader (calamine for the workbooks, serde for the JSON, pdf-extract for
//! the PDF).

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};

use crate::{esep, run};

#[test]
fn report_runs_on_the_bundled_sample() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(esep().arg("report").arg("--out").arg(dir.path()));
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("cases: 2000 rows, 1961 accepted, 39 rejected"),
        "{stdout}"
    );
    // The bundled sample is named as the README's command shows it, not by
    // the clone's absolute path.
    let files = crate::rerun::texts(&dir.path().join("rejected.xlsx"));
    assert!(files.contains("fixtures/sample-2025.xlsx"), "{files:?}");
    assert!(!files.iter().any(|t| t.contains(env!("CARGO_MANIFEST_DIR"))));
    assert!(dir.path().join("findings.xlsx").exists());
    assert!(
        stdout.contains("findings: 731 about 1961 cases and 8 complaints"),
        "{stdout}"
    );
    // The indicators of 2025 are those `esep indicators` computes.
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("indicators.json")).unwrap())
            .unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    let out = run(esep()
        .args(["indicators", "--year", "2025", "--json"])
        .arg(&bundled));
    let computed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(written, computed);
    assert_eq!(
        written["rows"][0]["indicators"]["1.1"],
        serde_json::json!({"numerator": 1409, "denominator": 1511, "value": 93.2})
    );
    assert!(stdout.contains("1.1 Share of cases in which the service was provided within the set term from the submission of documents: 93.2 %"), "{stdout}");
    // A second run writes the same bytes.
    let again = tempfile::tempdir().unwrap();
    run(esep().arg("report").arg("--out").arg(again.path()));
    for name in [
        "indicators.json",
        "indicators.xlsx",
        "findings.xlsx",
        "rejected.xlsx",
    ] {
        assert!(
            std::fs::read(dir.path().join(name)).unwrap()
                == std::fs::read(again.path().join(name)).unwrap(),
            "{name} differs between runs"
        );
    }
}

#[test]
fn the_summary_and_every_file_of_the_report_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(esep().arg("report").arg("--out").arg(dir.path()));
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout)
        .unwrap()
        .replace(&dir.path().display().to_string(), "<out>");
    insta::assert_snapshot!("report_summary_of_the_bundled_sample", stdout);

    // rejected.xlsx: one row per problem of the 39 rejected rows, under a header.
    let mut rejected = open_workbook_auto(dir.path().join("rejected.xlsx")).unwrap();
    let sheets = rejected.sheet_names();
    let cases = rejected.worksheet_range(&sheets[0]).unwrap();
    let rows: std::collections::BTreeSet<String> = cases
        .rows()
        .skip(1)
        .map(|r| format!("{}:{}", r[0], r[2]))
        .collect();
    assert_eq!(rows.len(), 39, "{rows:?}");

    // findings.xlsx: the counts sheet adds up to the findings the summary names.
    let mut findings = open_workbook_auto(dir.path().join("findings.xlsx")).unwrap();
    let counts = findings.worksheet_range("counts").unwrap();
    let total: f64 = counts
        .rows()
        .skip(1)
        .map(|r| match r[4] {
            Data::Float(n) => n,
            ref other => panic!("a count that is not a number: {other:?}"),
        })
        .sum();
    assert_eq!(total, 731.0);
    let listed = findings.worksheet_range("findings").unwrap().height() - 1;
    assert_eq!(listed, 731);

    // indicators.xlsx: the ministry workbook holds the republic's 1.1 as the JSON does.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("indicators.json")).unwrap())
            .unwrap();
    assert_eq!(json["rows"][0]["indicators"]["1.1"]["value"], 93.2);
    let mut ministry = open_workbook_auto(dir.path().join("indicators.xlsx")).unwrap();
    let texts: Vec<String> = ministry
        .sheet_names()
        .iter()
        .flat_map(|s| {
            let range = ministry.worksheet_range(s).unwrap();
            range
                .cells()
                .map(|(_, _, v)| v.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        texts.iter().any(|t| t == "93.2"),
        "no 93.2 in indicators.xlsx"
    );

    // annual-report.pdf: text a reader can extract, of the year reported.
    let pdf = std::fs::read(dir.path().join("annual-report.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("2025"), "{}", &text[..text.len().min(400)]);
}
