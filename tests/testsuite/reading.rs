//! Files written by other programs (see tests/fixtures/make_fixtures.py):
//! every format and encoding gives exactly the expected problems, row by row.

use std::collections::BTreeSet;

use crate::{check_json, fixture};

fn expected(name: &str) -> BTreeSet<(u64, String, String)> {
    let mut reader = csv::Reader::from_path(fixture(&format!("{name}.expected.csv"))).unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].parse().unwrap(), r[1].to_string(), r[2].to_string())
        })
        .collect()
}

fn case_problems(json: &serde_json::Value) -> BTreeSet<(u64, String, String)> {
    json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["table"] == "cases")
        .map(|e| {
            (
                e["row"].as_u64().unwrap(),
                e["column"].as_str().unwrap().into(),
                e["code"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// Reads `name` alone and compares every problem with its expectation;
/// also checks that rows = accepted + rejected.
fn reads_exactly(name: &str) -> serde_json::Value {
    let (code, json) = check_json(&[fixture(name)]);
    assert_eq!(code, 1, "{name}: some rows are invalid, so exit 1");
    let expected = expected(name);
    assert_eq!(case_problems(&json), expected, "{name}");
    let rejected_rows: BTreeSet<u64> = expected.iter().map(|(row, _, _)| *row).collect();
    assert_eq!(
        json["rejected"].as_u64().unwrap(),
        rejected_rows.len() as u64,
        "{name}"
    );
    assert_eq!(
        json["rows"].as_u64().unwrap(),
        json["accepted"].as_u64().unwrap() + json["rejected"].as_u64().unwrap(),
        "{name}"
    );
    json
}

#[test]
fn xlsx_from_openpyxl_with_title_rows_and_russian_headers() {
    let json = reads_exactly("rules.xlsx");
    assert_eq!(json["rows"], 39);
    assert_eq!(json["files"][0]["header_row"], 4);
    assert_eq!(json["files"][0]["unknown_columns"][0], "Примечание");
    // Complaints and surveys sheets found by their Russian names.
    assert_eq!(json["complaints"], 1);
    assert_eq!(json["complaints_rejected"], 1);
    assert_eq!(json["surveys"], 1);
    assert_eq!(json["surveys_rejected"], 1);
}

#[test]
fn xls_from_xlwt_with_kazakh_headers() {
    let json = reads_exactly("rules.xls");
    assert_eq!(json["files"][0]["sheet"], "Істер");
    assert_eq!(json["files"][0]["header_row"], 3);
}

#[test]
fn ods_from_odfpy_with_english_keys() {
    let json = reads_exactly("rules.ods");
    assert_eq!(json["rows"], 38);
}

#[test]
fn xlsm_from_libreoffice() {
    reads_exactly("rules-libreoffice.xlsm");
}

#[test]
fn xlsb_from_aspose_cells() {
    reads_exactly("rules-aspose.xlsb");
}

#[test]
fn csv_utf8_with_bom_semicolons_and_decimal_comma() {
    let json = reads_exactly("rules-utf8-bom.csv");
    assert_eq!(json["files"][0]["encoding"], "utf-8");
}

#[test]
fn csv_utf8_with_commas_and_english_keys() {
    reads_exactly("rules-utf8.csv");
}

#[test]
fn csv_windows_1251_detected() {
    let json = reads_exactly("rules-cp1251.csv");
    assert_eq!(json["files"][0]["encoding"], "windows-1251");
    assert_eq!(
        json["files"][0]["header_row"], 3,
        "under a title line and a blank line"
    );
}

#[test]
fn csv_kz1048_detected_with_tabs() {
    let json = reads_exactly("rules-kz1048.csv");
    assert_eq!(json["files"][0]["encoding"], "kz-1048");
}

#[test]
fn case_ids_stay_unique_across_files() {
    // The same rows in two files: every case of the second file that the
    // first one accepted or saw is a duplicate.
    let (code, json) = check_json(&[fixture("rules.xlsx"), fixture("rules.xls")]);
    assert_eq!(code, 1);
    let second: Vec<_> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["file"].as_str().unwrap().ends_with("rules.xls") && e["code"] == "duplicate-id"
        })
        .collect();
    // 38 rows, of which one has no case id at all.
    assert_eq!(second.len(), 37);
    assert!(
        second[0]["reason"]
            .as_str()
            .unwrap()
            .contains("rules.xlsx:Дела!A5")
    );
    assert_eq!(
        json["accepted"], 12,
        "nothing of the second file is accepted"
    );
}

/// The problems of every table, as `(table, row, column, code)`.
fn problems(json: &serde_json::Value) -> BTreeSet<(String, u64, String, String)> {
    json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["table"].as_str().unwrap().into(),
                e["row"].as_u64().unwrap(),
                e["column"].as_str().unwrap().into(),
                e["code"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// A version-2 file (its expectation names the table too) read alone.
fn reads_v2_exactly(name: &str) -> serde_json::Value {
    let (code, json) = check_json(&[fixture(name)]);
    assert_eq!(code, 1, "{name}: some rows are invalid, so exit 1");
    let mut reader = csv::Reader::from_path(fixture(&format!("{name}.expected.csv"))).unwrap();
    let expected: BTreeSet<(String, u64, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[0].to_string(),
                r[1].parse().unwrap(),
                r[2].to_string(),
                r[3].to_string(),
            )
        })
        .collect();
    assert_eq!(problems(&json), expected, "{name}");
    assert!(
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["unknown_columns"].as_array().is_none_or(|c| c.is_empty())),
        "{name}: every version-2 column is known: {}",
        json["files"]
    );
    json
}

#[test]
fn version_2_columns_from_openpyxl_xlwt_odfpy_and_csv_in_kz1048() {
    for name in [
        "rules-v2.xlsx",
        "rules-v2.xls",
        "rules-v2.ods",
        "rules-v2-kz1048.csv",
        "rules-v2-complaints.csv",
    ] {
        let json = reads_v2_exactly(name);
        assert_eq!(
            json["rows"].as_u64().unwrap(),
            json["accepted"].as_u64().unwrap() + json["rejected"].as_u64().unwrap(),
            "{name}"
        );
    }
}
