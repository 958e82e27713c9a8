//! `esep indicators`: the contract's JSON, the terminal table, the
//! ministry's workbook read back cell by cell, and bad periods and
//! configurations.

use std::path::PathBuf;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::{assert_success, esep, run, with_closed_stdout};

const CASES: &str = "case_id;service;office;submitted_at;decided_at;result;visa_category;queue_arrived_at;queue_called_at;service_ended_at;refusal_ground\n\
A-1;visa-issue;1910-262;18.03.2025 10:00;28.03.2025 17:00;granted;tourist;18.03.2025 09:40;18.03.2025 09:55;18.03.2025 10:10\n\
A-2;visa-issue;1910-262;18.03.2025 10:00;31.03.2025 09:00;granted;tourist;18.03.2025 09:40;18.03.2025 09:56;18.03.2025 10:12\n\
A-3;visa-issue;1910-264;02.04.2025 10:00;04.04.2025 09:00;refused;tourist;;;;no-grounds\n\
A-4;visa-issue;1902-204;02.04.2025 10:00;;pending;tourist;;;\n\
=HYPERLINK(\"http://x\");visa-issue;1910-262;not a date;;granted;tourist;;;\n";

const COMPLAINTS: &str = "complaint_id;office;received_at;case_id;justified\n\
K-1;1910-262;05.04.2025 10:00;A-2;yes\n\
K-2;1910-264;06.04.2025 10:00;;no\n";

const SURVEYS: &str = "office;answered_on;quality;information;politeness\n\
1910-262;20.03.2025;5;yes;3\n\
1910-264;03.04.2025;2;;no\n";

fn input() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let paths = [
        ("cases.csv", CASES),
        ("complaints.csv", COMPLAINTS),
        ("surveys.csv", SURVEYS),
    ]
    .iter()
    .map(|(name, text)| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    })
    .collect();
    (dir, paths)
}

fn json(files: &[PathBuf], period: &[&str]) -> serde_json::Value {
    let out = run(esep()
        .arg("indicators")
        .arg("--json")
        .args(period)
        .args(files));
    assert_success(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn row<'a>(
    json: &'a serde_json::Value,
    level: &str,
    key: &str,
    service: &str,
    month: Option<u64>,
) -> &'a serde_json::Value {
    json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["level"] == level
                && r["key"] == key
                && r["service"] == service
                && r["month"].as_u64() == month
        })
        .unwrap_or_else(|| panic!("no row {level} {key} {service} {month:?}"))
}

#[test]
fn json_has_the_contract_shape_and_exact_counts() {
    let (_dir, files) = input();
    let json = json(&files, &["--year", "2025"]);
    assert_eq!(
        json["period"],
        serde_json::json!({"from": "2025-01-01", "to": "2025-12-31"})
    );
    for r in json["rows"].as_array().unwrap() {
        let ids: Vec<&String> = r["indicators"].as_object().unwrap().keys().collect();
        assert_eq!(
            ids,
            ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1", "5.1"]
        );
    }
    let kz = &row(&json, "republic", "KZ", "all", None)["indicators"];
    // A-1 on its fifth working day (Nauryz in between), A-2 a working day late, A-3 in time.
    assert_eq!(
        kz["1.1"],
        serde_json::json!({"numerator": 2, "denominator": 3, "value": 66.7})
    );
    // A-1 waited 15 minutes exactly, A-2 16; A-3 has no times.
    assert_eq!(
        kz["1.2"],
        serde_json::json!({"numerator": 1, "denominator": 2, "value": 50.0})
    );
    assert_eq!(
        kz["1.3"],
        serde_json::json!({"numerator": 1, "denominator": 2, "value": 50.0})
    );
    assert_eq!(
        kz["2.1"],
        serde_json::json!({"numerator": 1, "denominator": 2, "value": 50.0})
    );
    assert_eq!(
        kz["3.1"],
        serde_json::json!({"numerator": 1, "denominator": 1, "value": 100.0})
    );
    assert_eq!(
        // The standard's two services: identity documents are not its own.
        kz["3.2"],
        serde_json::json!({"numerator": 2, "denominator": 2, "value": 100.0})
    );
    assert_eq!(
        kz["4.1"],
        serde_json::json!({"numerator": 1, "denominator": 3, "value": 33.3})
    );
    assert_eq!(
        kz["5.1"],
        serde_json::json!({"numerator": 0, "denominator": 2, "value": 0.0})
    );
    // The pending case of 7510 is not served: its office has no served case and no row.
    assert!(
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["key"] != "1902-204")
    );
    let office = &row(&json, "office", "1910-264", "visa-issue", Some(4))["indicators"];
    assert_eq!(office["1.1"]["value"], 100.0);
    assert_eq!(office["2.1"]["value"], serde_json::Value::Null);
    let march = row(&json, "department", "1910", "all", Some(3));
    assert_eq!(march["year"], 2025);
    assert_eq!(march["indicators"]["1.1"]["denominator"], 2);
}

#[test]
fn a_period_of_days_counts_only_its_days() {
    let (_dir, files) = input();
    let json = json(&files, &["--from", "2025-04-01", "--to", "2025-04-30"]);
    let kz = &row(&json, "republic", "KZ", "all", None)["indicators"];
    assert_eq!(kz["1.1"]["denominator"], 1);
    assert_eq!(
        kz["4.1"],
        serde_json::json!({"numerator": 1, "denominator": 1, "value": 100.0})
    );
}

#[test]
fn the_terminal_table_marks_values_below_the_normative() {
    let (_dir, files) = input();
    let out = run(esep()
        .args(["indicators", "--year", "2025", "--lang", "ru"])
        .args(&files));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("показатели 01.01.2025 – 31.12.2025"),
        "{text}"
    );
    let kz = text.lines().find(|l| l.starts_with("KZ ")).unwrap();
    // A decimal comma in Russian, as the documents print it.
    assert!(kz.contains("66,7*"), "{kz}");
    assert!(kz.contains("100,0 "), "3.2 meets its normative: {kz}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("отклонено строк: 1, они не учтены"));
    // Regression: the label of the norms' row was cut to «норматив 2».
    assert!(
        text.lines().any(|l| l.starts_with("норматив 2025 ")),
        "{text}"
    );
    // Regression: the legend said «below» while 4.1 is marked above its norm.
    assert!(
        text.contains(
            "* не достигает нормативного значения: ниже него (для 4.1, где лучше меньше, выше него)"
        ),
        "{text}"
    );
    // The bundled norms name no order: said so, never presented as official.
    assert!(
        text.contains("Нормативные и целевые значения 2025 года иллюстративны"),
        "{text}"
    );
}

#[test]
fn bad_periods_and_configurations_exit_2_and_say_where() {
    let (dir, files) = input();
    let out = run(esep()
        .args(["indicators", "--from", "2025-05-01", "--to", "2025-04-01"])
        .args(&files));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--from 2025-05-01 is after --to 2025-04-01")
    );
    // Without a period, the year is inferred as `report` infers it.
    let out = run(esep().args(["indicators"]).args(&files));
    assert_eq!(out.status.code(), Some(0), "no period");
    // Regression: «01.03.2025» failed without naming the accepted forms;
    // both forms of the contract are days.
    let out = run(esep()
        .args(["indicators", "--from", "01.03.2025", "--to", "2025-03-31"])
        .args(&files));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = run(esep()
        .args(["indicators", "--from", "1/3/25", "--to", "2025-03-31"])
        .args(&files));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("not a day: write it as 2025-03-01 or 01.03.2025"),
        "{out:?}"
    );
    let config = dir.path().join("bad.toml");
    std::fs::write(&config, "[fee]\nrate_percent = 50\n[services.visa-issue]\nelectronic_information = true\ndeadline_working_days = -5\n").unwrap();
    let out = run(esep()
        .args(["indicators", "--year", "2025", "--config"])
        .arg(&config)
        .args(&files));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.toml:5: services.visa-issue.deadline_working_days: -5 is not a number of working days"), "{stderr}");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let (_dir, files) = input();
    let (status, stderr) = with_closed_stdout(
        esep()
            .args(["indicators", "--year", "2025", "--json"])
            .args(&files),
    );
    assert!(!stderr.contains("error"), "{stderr}");
    assert_eq!(status.code(), Some(0));
}

/// A word that mixes Latin and Cyrillic letters (`көрсеткiш`).
fn mixes_scripts(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|word| {
        let cyrillic = word.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}'));
        cyrillic && word.chars().any(|c| c.is_ascii_alphabetic())
    })
}

fn cell(range: &calamine::Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn the_ministry_workbook_reads_back_cell_by_cell() {
    let (dir, files) = input();
    let out_path = dir.path().join("ministry.xlsx");
    let out = run(esep()
        .args(["indicators", "--year", "2025", "--lang", "ru", "--xlsx"])
        .arg(&out_path)
        .args(&files));
    assert_success(&out);
    let mut book: Xlsx<_> = open_workbook(&out_path).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Главное",
            "Приложение 4",
            "Департаменты",
            "Подразделения",
            "По месяцам",
            "Рейтинг",
            "Нарушения",
            "Документы, удост. личность",
            "Объёмы и сроки",
            // Regression: «rejected cases» in a Russian workbook.
            "отклонённые дела",
            "отклонённые жалобы",
            "отклонённые опросы",
            "Диаграммы"
        ]
    );
    // Appendix 4: the group heading, then 1.1 with normative, target and current value.
    let a4 = book.worksheet_range("Приложение 4").unwrap();
    assert_eq!(cell(&a4, 3, 2), Data::String("1. Своевременность".into()));
    assert_eq!(cell(&a4, 4, 0), Data::String("1.1".into()));
    assert_eq!(cell(&a4, 4, 3), Data::Float(100.0));
    assert_eq!(cell(&a4, 4, 5), Data::Float(66.7));
    // The standard's two services have a column each; identity documents,
    // outside Appendix 4, none (regression: a third, empty column).
    assert_eq!(
        cell(&a4, 2, 7),
        Data::String("визаны ұзарту / продление визы".into())
    );
    assert_eq!(
        cell(&a4, 2, 8),
        Data::String("Алымы / Числитель".into()),
        "after the services, what the value is counted from"
    );
    let count = |col| match cell(&a4, 4, col) {
        Data::Float(v) => v,
        other => panic!("{other:?}"),
    };
    assert_eq!((count(8) / count(9) * 1000.0).round() / 10.0, 66.7);
    // Regression: A1 wrote «көрсеткiштерiнiң» with Latin i's.
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        for (row, col, value) in range.cells() {
            if let Data::String(text) = value {
                assert!(
                    !mixes_scripts(text),
                    "{name}!{row}:{col}: Latin letters inside a Cyrillic word: {text}"
                );
            }
        }
    }
    let depts = book.worksheet_range("Департаменты").unwrap();
    assert_eq!(cell(&depts, 1, 0), Data::String("1910".into()));
    assert_eq!(cell(&depts, 1, 2), Data::Float(3.0));
    assert_eq!(cell(&depts, 1, 3), Data::Float(66.7));
    // Regression: a Russian workbook named its departments by their
    // regions in capitals only; now by the body as on the period's end,
    // the region beside it for the chart, whose bars it names.
    assert_eq!(
        cell(&depts, 1, 1),
        Data::String("Департамент полиции города Алматы".into())
    );
    assert_eq!(cell(&depts, 0, 11), Data::String("Область, город".into()));
    assert_eq!(cell(&depts, 1, 11), Data::String("АЛМАТЫ".into()));
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&out_path).unwrap()).unwrap();
    let mut chart = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("xl/charts/chart1.xml").unwrap(),
        &mut chart,
    )
    .unwrap();
    assert!(
        chart.contains("<c:cat><c:strRef><c:f>Департаменты!$L$2</c:f>"),
        "{chart}"
    );
    // The rejected row's id is text, not a formula.
    let rejected = book.worksheet_range("отклонённые дела").unwrap();
    let texts: Vec<String> = rejected.cells().map(|(_, _, v)| v.to_string()).collect();
    assert!(
        texts.iter().any(|t| t == "=HYPERLINK(\"http://x\")"),
        "{texts:?}"
    );
    let formulas = book.worksheet_formula("отклонённые дела").unwrap();
    assert!(
        formulas.cells().all(|(_, _, f)| f.is_empty()),
        "no formula in the workbook"
    );
    // The same input gives the same bytes.
    let again = dir.path().join("again.xlsx");
    run(esep()
        .args(["indicators", "--year", "2025", "--lang", "ru", "--xlsx"])
        .arg(&again)
        .args(&files));
    assert_eq!(
        std::fs::read(&out_path).unwrap(),
        std::fs::read(&again).unwrap()
    );
}
