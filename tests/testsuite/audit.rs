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
