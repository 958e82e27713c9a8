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

/// Columns whose bad value is left out with a warning, the case kept
/// (`docs/contract.md`, "Values the law can do without"): the rows of
/// the rules that break only them are accepted.
const LEFT_OUT: [&str; 6] = [
    "iin",
    "citizenship",
    "ethnic_kazakh",
    "queue_arrived_at",
    "queue_called_at",
    "service_ended_at",
];

/// Every problem of the cases, errors and warnings alike.
fn case_problems(json: &serde_json::Value) -> BTreeSet<(u64, String, String)> {
    let errors = json["errors"].as_array().unwrap();
    let warnings = json["warnings"].as_array().unwrap();
    errors
        .iter()
        .chain(warnings)
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
    let rejected_rows: BTreeSet<u64> = expected
        .iter()
        .filter(|(_, column, _)| !LEFT_OUT.contains(&column.as_str()))
        .map(|(row, _, _)| *row)
        .collect();
    let warned: BTreeSet<u64> = json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["table"] == "cases")
        .map(|w| w["row"].as_u64().unwrap())
        .collect();
    let left_out: BTreeSet<u64> = expected
        .iter()
        .filter(|(_, column, _)| LEFT_OUT.contains(&column.as_str()))
        .map(|(row, _, _)| *row)
        .collect();
    assert_eq!(warned, left_out, "{name}: warned rows");
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
    // By its letter: a note in the header may name a person.
    assert_eq!(json["files"][0]["unknown_columns"][0], "X");
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
        json["accepted"], 16,
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

/// A CSV of cases: an ASCII header, `first` (a row), rows of valid cases
/// enough to put what follows them beyond the part of the file its
/// encoding is decided on (a megabyte past the first byte that is not
/// ASCII), then `last` (rows). The values are bytes as another program
/// wrote them, in whatever encoding the test says.
fn csv_with_a_far_end(dir: &std::path::Path, first: &[u8], last: &[u8]) -> std::path::PathBuf {
    use std::io::Write;
    let path = dir.join("far.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(b"case_id;service;office;submitted_at;decided_at;result;visa_category\n")
        .unwrap();
    file.write_all(first).unwrap();
    for i in 0..20_000 {
        writeln!(
            file,
            "F-{i};visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist"
        )
        .unwrap();
    }
    file.write_all(last).unwrap();
    file.into_inner().unwrap().sync_all().unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 1_300_000);
    path
}

/// A row whose visa category is `category`, bytes as given: rejected, and
/// its value shown.
fn row_with_category(id: &str, category: &[u8]) -> Vec<u8> {
    let mut row =
        format!("{id};visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;").into_bytes();
    row.extend_from_slice(category);
    row.push(b'\n');
    row
}

/// The row and value of every rejected cell of `file`, as `esep check
/// --errors` writes them (a value that may be a name is hidden elsewhere).
fn rejected_values(file: &std::path::Path, encoding: Option<&str>) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("errors.csv");
    let mut cmd = crate::esep();
    cmd.arg("check").arg(file).arg("--errors").arg(&errors);
    if let Some(encoding) = encoding {
        cmd.args(["--encoding", encoding]);
    }
    assert_eq!(crate::run(&mut cmd).status.code(), Some(1));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&errors)
        .unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[2].to_string(), r[5].to_string())
        })
        .collect()
}

#[test]
fn a_kazakh_letter_far_into_a_windows_1251_file_reads_the_whole_file_as_kz_1048() {
    // «Турист» in Windows-1251 near the top (no Kazakh letter: the prefix
    // reads as Windows-1251), «Қайрат» in KZ-1048 far below it: by the
    // contract's rule the file is KZ-1048, and both read right (the two
    // code pages agree but on the Kazakh letters).
    let dir = tempfile::tempdir().unwrap();
    let turist = b"\xd2\xf3\xf0\xe8\xf1\xf2";
    let kairat = b"\x8d\xe0\xe9\xf0\xe0\xf2";
    let file = csv_with_a_far_end(
        dir.path(),
        &row_with_category("T-1", turist),
        &row_with_category("K-1", kairat),
    );
    let (code, json) = check_json(std::slice::from_ref(&file));
    assert_eq!(code, 1);
    assert_eq!(json["files"][0]["encoding"], "kz-1048");
    let values = rejected_values(&file, None);
    assert_eq!(
        values,
        [
            ("2".to_string(), "Турист".to_string()),
            ("20003".to_string(), "Қайрат".to_string())
        ]
    );
    assert_eq!(values, rejected_values(&file, Some("kz-1048")));
    assert_eq!(json["accepted"], 20_000);
    // The same as reading it as KZ-1048 from the first byte.
    let forced = crate::run(
        crate::esep()
            .args(["check", "--json", "--encoding", "kz-1048"])
            .arg(&file),
    );
    let forced: serde_json::Value = serde_json::from_slice(&forced.stdout).unwrap();
    assert_eq!(json, forced);
}

#[test]
fn a_file_that_turns_from_utf8_to_windows_1251_far_into_it_is_refused_where_it_turns() {
    // Two exports joined: UTF-8 on top, Windows-1251 far below. No one
    // encoding reads both; before, the whole file was read as Windows-1251
    // and the UTF-8 rows were accepted as mojibake.
    let dir = tempfile::tempdir().unwrap();
    let mut last = Vec::new();
    for i in 0..10 {
        last.extend(row_with_category(
            &format!("W-{i}"),
            b"\xd2\xf3\xf0\xe8\xf1\xf2",
        ));
    }
    let file = csv_with_a_far_end(
        dir.path(),
        &row_with_category("U-1", "Турист".as_bytes()),
        &last,
    );
    let out = crate::hostile::check(&[&file]);
    crate::hostile::assert_says(
        &out,
        2,
        &[
            "far.csv: cannot read the file: line 20003: the file changes its encoding",
            "give --encoding",
        ],
    );
    // Said in the run's language, as every refusal of a file.
    let ru = crate::run(crate::esep().args(["check", "--lang", "ru"]).arg(&file));
    crate::hostile::assert_says(
        &ru,
        2,
        &["far.csv: файл не читается: строка 20003: файл меняет кодировку"],
    );
}

#[test]
fn a_byte_that_is_not_utf8_far_into_a_utf8_file_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_with_a_far_end(
        dir.path(),
        &row_with_category("U-1", "Турист".as_bytes()),
        &row_with_category("U-2", b"\xd2urist"),
    );
    let out = crate::hostile::check(&[&file]);
    crate::hostile::assert_says(
        &out,
        2,
        &["far.csv: cannot read the file: line 20003: bytes that are not UTF-8"],
    );
    let kk = crate::run(crate::esep().args(["check", "--lang", "kk"]).arg(&file));
    crate::hostile::assert_says(
        &kk,
        2,
        &[
            "far.csv: файл оқылмайды: 20003-жол: қалғаны UTF-8 болатын файлда UTF-8 емес байттар бар",
        ],
    );
}
