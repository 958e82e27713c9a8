//! Personal data stays in the files of rows: every command, run with the
//! most verbose logging on a sample that has invalid rows, prints and logs
//! none of the names, passport numbers and IINs of its input.

use std::collections::BTreeSet;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use esep::schema::{CASES, COMPLAINTS, PERSONAL};

use crate::{esep, run};

/// Every non-empty value of a personal column of the sheets of cases and
/// of complaints.
fn personal_values(path: &Path) -> BTreeSet<String> {
    let mut workbook = open_workbook_auto(path).unwrap();
    let mut values = BTreeSet::new();
    for (sheet, columns, first) in [
        ("Дела", CASES, "№ талона"),
        ("Жалобы", COMPLAINTS, "Шағым нөмірі"),
    ] {
        let range = workbook.worksheet_range(sheet).unwrap();
        let mut rows = range.rows();
        let header = rows
            .find(|r| r.iter().any(|c| *c == first))
            .expect("header row");
        let personal: Vec<usize> = header
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                let h = h.to_string();
                columns
                    .iter()
                    .any(|c| PERSONAL.contains(&c.key) && [c.key, c.ru, c.kk].contains(&h.as_str()))
            })
            .map(|(i, _)| i)
            .collect();
        let expected = columns.iter().filter(|c| PERSONAL.contains(&c.key)).count();
        assert_eq!(personal.len(), expected, "{sheet}: {header:?}");
        values.extend(
            rows.flat_map(|r| personal.iter().map(|&i| r[i].clone()).collect::<Vec<_>>())
                .flat_map(|v| shown(&v))
                .filter(|v| v.len() >= 4),
        );
    }
    values
}

/// The ways a personal cell can be printed. A date cell (a birth date) is
/// a day serial to calamine, and a serial such as `31234` also turns up in
/// byte counts and timings of the log; what esep could leak is the day, so
/// the day is looked for in the forms esep writes days in.
fn shown(value: &Data) -> Vec<String> {
    match value {
        Data::Empty => Vec::new(),
        Data::DateTime(serial) => serial
            .as_datetime()
            .map(|day| {
                let day = day.date();
                vec![
                    day.format("%d.%m.%Y").to_string(),
                    day.format("%Y-%m-%d").to_string(),
                ]
            })
            .unwrap_or_default(),
        other => vec![other.to_string().trim().to_string()],
    }
}

#[test]
fn no_personal_value_reaches_the_terminal_even_at_the_most_verbose_level() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("sample.xlsx");
    let made = run(esep()
        .args([
            "sample",
            "--cases",
            "400",
            "--year",
            "2025",
            "--invalid-per-kind",
            "2",
            "--out",
        ])
        .arg(&sample));
    assert!(made.status.success());
    let values = personal_values(&sample);
    assert!(values.len() > 400, "only {} personal values", values.len());

    let out = dir.path().join("out");
    let runs: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["check".into(), sample.clone().into()],
        vec!["check".into(), "--json".into(), sample.clone().into()],
        vec!["audit".into(), sample.clone().into()],
        vec![
            "indicators".into(),
            "--year".into(),
            "2025".into(),
            sample.clone().into(),
        ],
        vec![
            "report".into(),
            "--out".into(),
            out.clone().into(),
            sample.clone().into(),
        ],
        vec![
            "talons".into(),
            "--form".into(),
            "appendix5".into(),
            "--out".into(),
            out.join("talons.pdf").into(),
            sample.clone().into(),
        ],
        vec![
            "decisions".into(),
            "--out".into(),
            out.join("decisions").into(),
            sample.clone().into(),
        ],
    ];
    for args in runs {
        let output = run(esep().arg("-vvv").args(&args));
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            said.contains(" TRACE ") || said.contains(" DEBUG "),
            "{args:?} logged nothing: {said}"
        );
        for value in &values {
            assert!(
                !said.contains(value.as_str()),
                "{args:?} showed a personal value"
            );
        }
    }
}

#[test]
fn input_text_that_looks_like_a_formula_stays_text_in_every_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cases.csv");
    std::fs::write(
        &input,
        "case_id;service;office;submitted_at;decided_at;result;visa_category;applicant_name;documents\n\
         A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist;=HYPERLINK(\"http://x\");\n\
         =1+1;visa-issue;+1910;04.03.2025 10:00;;granted;tourist;@SUM(A1);-2+3\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let errors = dir.path().join("errors.xlsx");
    run(esep().arg("check").arg(&input).arg("--errors").arg(&errors));
    run(esep().arg("report").arg("--out").arg(&out).arg(&input));
    let mut books = vec![errors];
    for name in ["indicators.xlsx", "findings.xlsx", "rejected.xlsx"] {
        books.push(out.join(name));
    }
    let mut texts = BTreeSet::new();
    for path in &books {
        let mut book = open_workbook_auto(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        for sheet in book.sheet_names() {
            let formulas = book.worksheet_formula(&sheet).unwrap();
            assert!(
                formulas.cells().all(|(_, _, f)| f.is_empty()),
                "{path:?}:{sheet} holds a formula"
            );
            let range = book.worksheet_range(&sheet).unwrap();
            texts.extend(range.cells().map(|(_, _, v)| v.to_string()));
        }
    }
    for value in ["=1+1", "+1910", "@SUM(A1)", "-2+3"] {
        assert!(texts.contains(value), "{value} not kept as text");
    }
}
