//! `esep audit`.

use calamine::{Reader, open_workbook_auto};

use crate::{esep, run};

#[test]
fn findings_of_the_bundled_sample_hold_their_figures() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("findings.xlsx");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    let out = run(esep()
        .arg("audit")
        .arg("--json")
        .arg(&sample)
        .arg("--xlsx")
        .arg(&xlsx));
    assert_eq!(out.status.code(), Some(0), "findings are not errors");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["cases"], 1961);
    let findings = json["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let mut late = 0;
    for f in findings {
        if f["code"] == "late" {
            late += 1;
            assert_eq!(f["item"], "7.1");
            let deadline = f["figures"]["deadline"].as_str().unwrap();
            let decided = f["figures"]["decided"].as_str().unwrap();
            assert!(decided > deadline, "{f}");
        }
        if f["code"] == "fee-short" {
            let paid: f64 = f["figures"]["paid_tenge"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            let due: f64 = f["figures"]["due_tenge"].as_str().unwrap().parse().unwrap();
            assert!(paid < due, "{f}");
        }
    }
    assert!(late > 0, "the sample has late decisions");
    let counted: u64 = json["by_office_and_code"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .sum();
    assert_eq!(
        counted,
        findings.len() as u64,
        "counts add up to the findings"
    );
    let mut workbook = open_workbook_auto(&xlsx).unwrap();
    assert_eq!(
        workbook.worksheet_range("findings").unwrap().height(),
        findings.len() + 1
    );
}

/// Complaints are judged beside cases (items 24 and 25), on the
/// version-2 workbook openpyxl wrote: the unsigned complaint without an
/// address is incomplete; the others hold what item 24 asks and were
/// answered in their term.
#[test]
fn complaints_get_verdicts_beside_cases() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("findings.xlsx");
    let out = run(esep()
        .args(["audit", "--json"])
        .arg(crate::fixture("rules-v2.xlsx"))
        .arg("--xlsx")
        .arg(&xlsx));
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["complaints"], 4, "7 rows, 3 rejected");
    let of_complaints: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["about"] == "complaint")
        .collect();
    assert_eq!(of_complaints.len(), 1, "{of_complaints:?}");
    let f = of_complaints[0];
    assert_eq!(f["code"], "complaint-incomplete");
    assert_eq!(f["item"], "24");
    assert_eq!(f["figures"]["missing"], "complainant_address, signed");
    assert_eq!(f["row"], 8);
    // Counted per office beside the cases' findings.
    assert!(
        json["by_office_and_code"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["code"] == "complaint-incomplete" && t["office"] == "1910-262"),
        "{}",
        json["by_office_and_code"]
    );
    // The workbook says what each finding is about.
    let mut book = open_workbook_auto(&xlsx).unwrap();
    let sheet = book.worksheet_range("findings").unwrap();
    let abouts: Vec<String> = sheet.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert_eq!(abouts.iter().filter(|a| *a == "complaint").count(), 1);
    assert!(abouts.iter().any(|a| a == "case"));
}

/// Item 40 of the order: the formulars returned, per office and reason, in
/// the version-2 workbook openpyxl wrote (photo, graphics and data in
/// three languages' words, and one reason of a version-1 file's kind).
#[test]
fn returned_formulars_are_counted_per_office_and_reason() {
    let out = run(esep()
        .args(["audit", "--json"])
        .arg(crate::fixture("rules-v2.xlsx")));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let returned: Vec<(String, serde_json::Value, u64)> = json["formulars_returned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["office"].as_str().unwrap().to_string(),
                r["reason"].clone(),
                r["count"].as_u64().unwrap(),
            )
        })
        .collect();
    let office = || "1910-262".to_string();
    assert_eq!(
        returned,
        [
            (office(), serde_json::Value::Null, 1),
            (office(), "photo-mismatch".into(), 1),
            (office(), "data-mismatch".into(), 1),
            (office(), "poor-graphics".into(), 1),
        ]
    );
}
