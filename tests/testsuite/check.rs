//! `esep check`: exit codes, messages, the file of rejected rows.

use calamine::{Data, Reader, open_workbook_auto};

use crate::{assert_success, check_json, esep, fixture, run, with_closed_stdout};

const HEADER: &str = "case_id;service;office;submitted_at;decided_at;result;visa_category\n";

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn every_row_accepted_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        &dir,
        "ok.csv",
        &format!(
            "{HEADER}A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n"
        ),
    );
    let (code, json) = check_json(&[file]);
    assert_eq!(code, 0);
    assert_eq!(
        (
            json["rows"].as_u64(),
            json["accepted"].as_u64(),
            json["rejected"].as_u64()
        ),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(json["errors"].as_array().unwrap().len(), 0);
}

#[test]
fn a_missing_required_column_exits_2_names_it_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        &dir,
        "cases.csv",
        "case_id;service;office;result\nA-1;visa-issue;1910-262;granted\n",
    );
    let errors = dir.path().join("errors.xlsx");
    let out = run(esep().arg("check").arg(&file).arg("--errors").arg(&errors));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("lacks required column(s) `submitted_at` (Дата приема документов / Құжаттарды қабылдау күні)"), "{stderr}");
    assert!(
        !errors.exists(),
        "nothing is written when the run cannot be done"
    );
}

#[test]
fn a_file_that_is_not_a_spreadsheet_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "cases.xlsx", "this is not a workbook");
    let ok = write(
        &dir,
        "ok.csv",
        &format!(
            "{HEADER}A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n"
        ),
    );
    let out = run(esep()
        .arg("check")
        .arg(&ok)
        .arg(&file)
        .arg(dir.path().join("missing.xlsx")));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cases.xlsx: cannot read the file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("missing.xlsx: cannot read the file: no such file"),
        "every unreadable file is named: {stderr}"
    );
}

#[test]
fn a_sheet_without_header_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "cases.csv", "Отчёт\n1;2;3\n");
    let out = run(esep().arg("check").arg(&file));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no header row found"), "{stderr}");
    assert!(
        stderr.contains("`case_id`, `service`, `office`, `submitted_at`, `result`"),
        "{stderr}"
    );
}

#[test]
fn problems_print_grep_style_in_the_chosen_language() {
    let out = run(esep()
        .arg("check")
        .arg("--lang")
        .arg("ru")
        .arg(fixture("rules.xlsx")));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("rules.xlsx:Дела!D8: ошибка: Дата приема документов: не дата"),
        "{stdout}"
    );
    assert!(
        stdout.contains("rules.xlsx:Дела!L30: предупреждение: ИИН: неверная контрольная цифра ИИН (значение: \"<личные данные скрыты>\"); значение опущено, строка принята"),
        "{stdout}"
    );
    // The summary in Russian too (it was English under --lang ru).
    assert!(
        stdout.contains("дела: строк — 39, принято — 16, отклонено — 23"),
        "{stdout}"
    );
    assert!(stdout.contains("самые частые причины:"), "{stdout}");
    assert!(
        stdout.contains("  Дата выдачи результата: результат выдан раньше"),
        "columns by their header: {stdout}"
    );
    let out = run(esep()
        .arg("check")
        .arg("--lang")
        .arg("kk")
        .arg(fixture("rules.xlsx")));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("rules.xlsx:Дела!D8: қате: Құжаттарды қабылдау күні: күн емес"),
        "{stdout}"
    );
}

#[test]
fn the_errors_workbook_holds_every_problem_with_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("rejected.xlsx");
    let out = run(esep()
        .arg("check")
        .arg(fixture("rules.xlsx"))
        .arg("--errors")
        .arg(&errors));
    assert_eq!(out.status.code(), Some(1));
    let mut workbook = open_workbook_auto(&errors).unwrap();
    let cases = workbook.worksheet_range("cases").unwrap();
    // A header and one line per problem: 23 rejected rows, one problem
    // each (the 4 rows whose only problem is a value the law can do
    // without are accepted).
    assert_eq!(cases.height(), 1 + 23);
    let header: Vec<String> = cases
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        &header[..8],
        [
            "file", "sheet", "row", "cell", "column", "value", "code", "reason"
        ]
    );
    // Regression: the row's columns and the column of a problem were
    // named by the contract's keys (`case_id`, `submitted_at`), not by the
    // headers the user wrote.
    assert_eq!(header[8], "№ талона");
    let first: Vec<&Data> = cases.rows().nth(1).unwrap().iter().collect();
    assert_eq!(first[2], &Data::Float(8.0));
    assert_eq!(first[3], &Data::String("D8".into()));
    assert_eq!(first[4], &Data::String("Дата приема документов".into()));
    assert_eq!(first[6], &Data::String("not-a-date".into()));
    assert_eq!(
        first[8],
        &Data::String("R-004".into()),
        "the row's own values follow"
    );
    let complaints = workbook.worksheet_range("complaints").unwrap();
    assert_eq!(complaints.height(), 2);
}

/// Regression: the Russian and Kazakh files of rejected rows had a column
/// of English machine codes (`not-a-date`) beside the reason in words.
#[test]
fn the_errors_workbook_speaks_its_reader_s_language_only() {
    for (lang, headers) in [
        (
            "ru",
            [
                "Файл",
                "Лист",
                "Строка",
                "Ячейка",
                "Столбец",
                "Значение",
                "Причина",
            ],
        ),
        (
            "kk",
            ["Файл", "Парақ", "Жол", "Ұяшық", "Баған", "Мән", "Себеп"],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let errors = dir.path().join("rejected.xlsx");
        run(esep()
            .arg("check")
            .arg(fixture("rules.xlsx"))
            .args(["--lang", lang, "--errors"])
            .arg(&errors));
        let mut workbook = open_workbook_auto(&errors).unwrap();
        let name = workbook.sheet_names()[0].clone();
        let cases = workbook.worksheet_range(&name).unwrap();
        let header: Vec<String> = cases.rows().next().unwrap()[..7]
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(header, headers, "{lang}");
        let first: Vec<String> = cases.rows().nth(1).unwrap()[..7]
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert!(
            !first.iter().any(|v| v == "not-a-date"),
            "{lang}: {first:?}"
        );
        assert!(
            first[6].chars().any(|c| ('а'..='я').contains(&c)),
            "{lang}: the reason in words in column 7: {first:?}"
        );
    }
}

#[test]
fn the_errors_csv_holds_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("rejected.csv");
    run(esep()
        .arg("check")
        .arg(fixture("rules-kz1048.csv"))
        .arg("--errors")
        .arg(&errors)
        .arg("--lang")
        .arg("kk"));
    let text = std::fs::read_to_string(&errors).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a BOM for Excel");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 23);
    assert!(
        lines[0].starts_with("Файл;Парақ;Жол;Ұяшық;Баған;Мән;Себеп;Талон нөмірі"),
        "{}",
        lines[0]
    );
}

#[test]
fn a_mapping_file_names_other_headers() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        &dir,
        "cases.csv",
        "Номер заявки;Услуга;Код подразделения;Дата подачи;Дата выдачи результата;Результат;Категория визы\n\
         A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n",
    );
    let out = run(esep().arg("check").arg(&file));
    assert_eq!(
        out.status.code(),
        Some(2),
        "without the mapping `case_id` and `submitted_at` are missing"
    );
    let mapping = write(
        &dir,
        "map.toml",
        "[cases]\n\"Номер заявки\" = \"case_id\"\n\"Дата подачи\" = \"submitted_at\"\n",
    );
    let out = run(esep()
        .arg("check")
        .arg(&file)
        .arg("--mapping")
        .arg(&mapping));
    assert_success(&out);
}

#[test]
fn regression_broken_pipe_does_not_panic() {
    // `esep check … | head -1` panicked in println! once the reader had gone.
    let (status, _) = with_closed_stdout(esep().arg("check").arg(fixture("rules.xlsx")));
    assert!(status.code().is_some_and(|c| c <= 1), "{status:?}");
}

#[test]
fn a_folder_stands_for_its_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir,
        "a.csv",
        &format!(
            "{HEADER}A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n"
        ),
    );
    write(
        &dir,
        "b.csv",
        &format!(
            "{HEADER}A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n"
        ),
    );
    write(&dir, "notes.pdf", "not read: not a format esep reads");
    let (code, json) = check_json(&[dir.path().to_path_buf()]);
    assert_eq!(code, 1);
    assert_eq!(json["files"].as_array().unwrap().len(), 2);
    assert_eq!(json["errors"][0]["code"], "duplicate-id");
    assert!(
        json["errors"][0]["file"]
            .as_str()
            .unwrap()
            .ends_with("b.csv")
    );
}

#[test]
fn personal_data_never_appears_in_messages() {
    // rules.xlsx holds a bad IIN, an 11-digit IIN and names; the text
    // output and the JSON must show neither, the errors file must.
    let iins = ["12345678901", "870412300120"];
    for args in [vec!["check"], vec!["check", "--json"]] {
        let out = run(esep().args(&args).arg(fixture("rules.xlsx")));
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(all.contains("personal data, hidden"), "{all}");
        for value in iins.iter().chain(&["MÜLLER HANS", "C01X00T47"]) {
            assert!(!all.contains(value), "{value} leaked with {args:?}");
        }
    }
}
