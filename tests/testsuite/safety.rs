//! Personal data stays in the files of rows: every command, run with the
//! most verbose logging on a sample that has invalid rows, prints and logs
//! none of the names, passport numbers and IINs of its input, wherever in
//! the input they stand.

use std::collections::BTreeSet;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use esep::schema::{CASES, COMPLAINTS};
use esep::shown::PERSONAL;

use crate::{esep, run};

/// Every non-empty value of a personal column of the sheets of cases and
/// of complaints.
fn personal_values(path: &Path) -> BTreeSet<String> {
    let mut workbook = open_workbook_auto(path).unwrap();
    let mut values = BTreeSet::new();
    for (sheet, columns, first) in [
        ("Дела", CASES, "№ талона"),
        ("Жалобы", COMPLAINTS, "№ жалобы"),
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
    // Nor the dashboard, which any browser it is sent to shows.
    let dashboard = std::fs::read_to_string(out.join("dashboard.html")).unwrap();
    for value in &values {
        assert!(
            !dashboard.contains(value.as_str()),
            "the dashboard holds a personal value"
        );
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

/// A person as a clerk may type one: a name in any case, an IIN or a
/// passport number with any spacing.
fn person(rng: &mut impl rand::Rng) -> String {
    use rand::seq::IndexedRandom;
    const SURNAMES: [&str; 8] = [
        "Иванов",
        "Петрова",
        "Нұрланов",
        "Smith",
        "Müller",
        "Ахметова",
        "Johansson",
        "Сейтқали",
    ];
    const GIVEN: [&str; 6] = ["Иван", "Әлия", "Hans", "Мария", "Айгерім", "Olga"];
    let digits = |rng: &mut dyn rand::RngCore, n: usize| -> String {
        (0..n)
            .map(|_| char::from(b'0' + (rng.next_u32() % 10) as u8))
            .collect()
    };
    let case = |rng: &mut dyn rand::RngCore, text: String| -> String {
        match rng.next_u32() % 4 {
            0 => text.to_uppercase(),
            1 => text.to_lowercase(),
            2 => text,
            _ => text
                .chars()
                .enumerate()
                .map(|(i, c)| match i % 2 {
                    0 => c.to_lowercase().next().unwrap_or(c),
                    _ => c.to_uppercase().next().unwrap_or(c),
                })
                .collect(),
        }
    };
    match rng.random_range(0..3) {
        0 => {
            let name = format!(
                "{} {}",
                SURNAMES.choose(rng).unwrap(),
                GIVEN.choose(rng).unwrap()
            );
            case(rng, name)
        }
        1 => {
            let iin = digits(rng, 12);
            let sep = [" ", "-", ""].choose(rng).unwrap();
            match rng.random_range(0..3) {
                0 => format!("{}{sep}{}", &iin[..6], &iin[6..]),
                1 => format!("{}{sep}{}{sep}{}", &iin[..6], &iin[6..9], &iin[9..]),
                _ => format!("{}{sep}{}{sep}{}", &iin[..4], &iin[4..8], &iin[8..]),
            }
        }
        _ => match rng.random_range(0..3) {
            0 => format!("N{}", digits(rng, 8)),
            1 => format!("{} {}", digits(rng, 4), digits(rng, 6)),
            _ => format!("AB {}", digits(rng, 7)),
        },
    }
}

/// The parts of a person's value that would give them away: the whole, its
/// words of four letters or more, its digits run together.
fn giveaways(person: &str) -> Vec<String> {
    let mut parts = vec![person.to_string()];
    parts.extend(
        person
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_string),
    );
    let digits: String = person.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 7 {
        parts.push(digits);
    }
    parts
}

#[test]
fn persons_in_any_column_sheet_name_or_case_id_are_printed_by_no_command() {
    use crate::hostile::{C, GOOD, HEADER};
    use rand::SeedableRng;
    // Regression: names in capitals, IINs with dashes and passports with a
    // space were printed when they stood in a column that is not personal,
    // a sheet was named by its name, a header note by its text, a decision
    // file by its case id.
    for seed in 0..3 {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let dir = tempfile::tempdir().unwrap();
        let mut persons = Vec::new();
        let mut draw = |rng: &mut rand_chacha::ChaCha8Rng| {
            let p = person(rng);
            persons.push(p.clone());
            p
        };
        let keys: Vec<&str> = CASES.iter().map(|c| c.key).collect();
        let note = draw(&mut rng);
        let mut header: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        header.push(note);
        let good: Vec<&str> = GOOD.trim_end().split(';').collect();
        let base: Vec<String> = keys
            .iter()
            .map(|k| {
                HEADER
                    .trim_end()
                    .split(';')
                    .position(|h| h == *k)
                    .map_or(String::new(), |i| good[i].to_string())
            })
            .collect();
        let mut rows = vec![header];
        for (i, _) in keys.iter().enumerate() {
            for _ in 0..2 {
                let mut row = base.clone();
                row[0] = format!("P-{}", rows.len());
                row[i] = draw(&mut rng);
                rows.push(row);
            }
        }
        let sheet = draw(&mut rng);
        let cells: Vec<Vec<C>> = rows
            .iter()
            .map(|r| r.iter().map(|v| C::S(v.as_str())).collect())
            .collect();
        let xml = crate::hostile::sheet_xml(&cells, &[]);
        let cases = dir.path().join("cases.xlsx");
        crate::hostile::xlsx_book(&cases, false, &[&sheet], None, |_, w| {
            w.write_all(xml.as_bytes()).unwrap()
        });
        let out = dir.path().join("out");
        let file = |name: &str| -> std::ffi::OsString { out.join(name).into() };
        let runs: Vec<Vec<std::ffi::OsString>> = vec![
            vec!["check".into()],
            vec!["check".into(), "--json".into()],
            vec!["audit".into()],
            vec!["audit".into(), "--json".into()],
            vec!["indicators".into(), "--year".into(), "2025".into()],
            vec!["report".into(), "--out".into(), file("report")],
            vec![
                "talons".into(),
                "--form".into(),
                "appendix5".into(),
                "--out".into(),
                file("t.pdf"),
            ],
            vec!["decisions".into(), "--out".into(), file("decisions")],
            vec!["export".into(), "--parquet".into(), file("export")],
        ];
        for args in runs {
            let output = run(esep().arg("-vvv").args(&args).arg(&cases));
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(said.contains(" DEBUG "), "{args:?} logged nothing: {said}");
            for person in &persons {
                for part in giveaways(person) {
                    assert!(
                        !said.contains(&part),
                        "seed {seed}: {args:?} showed `{part}` of `{person}`:\n{said}"
                    );
                }
            }
        }
    }
}
