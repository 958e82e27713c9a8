//! Inputs and situations esep did not make, as an outsider tried them
//! (issue 12): each test failed before its fix. The files are built here;
//! `check` runs under the hostile corpus' memory limit.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use crate::hostile::{C, GOOD, HEADER, assert_says, check, header, write, xlsx, xlsx_book};
use crate::{assert_success, esep, fixture, run};

/// The cells of the hostile corpus' correct case (`GOOD`), by column.
const GOOD_CELLS: [&str; 7] = [
    "A-1",
    "visa-issue",
    "1910-262",
    "04.03.2025 10:00",
    "06.03.2025 12:00",
    "granted",
    "tourist",
];

fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn regression_the_report_of_one_correct_case_is_written() {
    // Every monthly value 100 %: the chart's scale ran from 100 to 100 and
    // the template divided by zero, after four of the five files were written.
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "one.csv", format!("{HEADER}{GOOD}"));
    let out_dir = dir.path().join("report");
    let out = run(esep()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(&out_dir)
        .args(["--lang", "ru"]));
    assert_success(&out);
    assert_eq!(
        names_in(&out_dir),
        [
            "annual-report.pdf",
            "dashboard.html",
            "findings.xlsx",
            "indicators.json",
            "indicators.xlsx",
            "rejected.xlsx"
        ]
    );
}

#[test]
fn regression_a_file_named_where_a_folder_goes_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "cases.csv", format!("{HEADER}{GOOD}"));
    let precious = write(dir.path(), "precious.xlsx", "the user's own workbook");
    let out = run(esep()
        .arg("export")
        .arg("--parquet")
        .arg(&precious)
        .arg(&input));
    assert_says(&out, 2, &["precious.xlsx` is a file, not a folder"]);
    assert_eq!(
        std::fs::read(&precious).unwrap(),
        b"the user's own workbook"
    );
    let hidden: Vec<String> = names_in(dir.path())
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "nothing set aside: {hidden:?}");
}

#[test]
fn regression_an_output_that_is_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cases.xlsx");
    std::fs::copy(fixture("rules.xlsx"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let out = run(esep().arg("check").arg("--errors").arg(&input).arg(&input));
    assert_says(&out, 2, &["would overwrite the input"]);
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // A folder of outputs that holds the input, too.
    let out = run(esep()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(dir.path()));
    assert_says(&out, 2, &["кіріс файлын өшіріп жазар еді"]);
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn regression_a_declared_count_of_shared_strings_beyond_reason_is_refused() {
    // `uniqueCount` of 10^18 overflowed calamine's reservation (a panic);
    // 10^11 would ask for terabytes.
    let dir = tempfile::tempdir().unwrap();
    for count in ["1000000000000000000", "100000000000"] {
        let file = dir.path().join(format!("strings-{count}.xlsx"));
        let strings = format!(
            r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="{count}"><si><t>case_id</t></si></sst>"#
        );
        xlsx_book(&file, false, &["Дела"], Some(&strings), |_, w| {
            w.write_all(crate::hostile::sheet_xml(&[header()], &[]).as_bytes())
                .unwrap()
        });
        assert_says(
            &check(&[&file]),
            2,
            &[&format!(
                "part `xl/sharedStrings.xml` of the workbook declares {count} strings"
            )],
        );
    }
}

#[test]
fn regression_a_shared_string_index_that_is_not_a_number_is_refused_by_its_cell() {
    // calamine read `abc`, `-1` and 2^64 as string 0: the row was accepted
    // with the case id `A-1`, which the file does not give it.
    let dir = tempfile::tempdir().unwrap();
    let strings = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>A-1</t></si></sst>"#;
    for (i, index) in ["abc", "-1", "18446744073709551616", "0"]
        .iter()
        .enumerate()
    {
        let file = dir.path().join(format!("index-{i}.xlsx"));
        let mut row = format!(r#"<row r="2"><c r="A2" t="s"><v>{index}</v></c>"#);
        for (c, v) in GOOD_CELLS[1..].iter().enumerate() {
            let col = (b'B' + c as u8) as char;
            row += &format!(r#"<c r="{col}2" t="inlineStr"><is><t>{v}</t></is></c>"#);
        }
        let sheet = format!(
            "<worksheet><sheetData>{}{row}</row></sheetData></worksheet>",
            header_row()
        );
        xlsx_book(&file, false, &["Дела"], Some(strings), |_, w| {
            w.write_all(sheet.as_bytes()).unwrap()
        });
        if *index == "0" {
            let (code, json) = crate::check_json(&[file]);
            assert_eq!(
                (code, &json["accepted"]),
                (0, &serde_json::json!(1)),
                "{json}"
            );
        } else {
            assert_says(
                &check(&[&file]),
                2,
                &[
                    "sheet `Дела`: cell A2 refers to a shared string by something other than its number",
                ],
            );
        }
    }
}

#[test]
fn regression_damaged_xls_files_are_errors_not_panics() {
    // Truncated and byte-flipped copies of a real .xls (xlwt): calamine's
    // xls reader asserted and indexed out of range on some.
    let dir = tempfile::tempdir().unwrap();
    let whole = std::fs::read(fixture("rules.xls")).unwrap();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..40 {
        let mut bytes = whole.clone();
        if i % 4 == 0 {
            bytes.truncate(512 + (next() as usize) % (whole.len() - 512));
        } else {
            for _ in 0..1 + i {
                let at = 512 + (next() as usize) % (bytes.len() - 512);
                bytes[at] = next() as u8;
            }
        }
        let file = write(dir.path(), &format!("damaged-{i}.xls"), &bytes);
        let out = check(&[&file]);
        let code = out.status.code();
        assert!(
            matches!(code, Some(0..=2)),
            "damaged-{i}.xls: {code:?}: {}",
            said(&out)
        );
        if code == Some(2) {
            assert!(
                said(&out).contains(&format!("damaged-{i}.xls: cannot read the file")),
                "{}",
                said(&out)
            );
        }
    }
}

#[test]
fn regression_date_cells_beyond_any_day_are_rejected_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("serials.xlsx");
    let row = |id: &'static str, serial: C<'static>| {
        vec![
            C::S(id),
            C::S("visa-issue"),
            C::S("1910-262"),
            serial,
            C::S(""),
            C::S("pending"),
            C::S("tourist"),
        ]
    };
    xlsx(
        &file,
        &[
            header(),
            row("A-1", C::D(-1e12)),
            row("A-2", C::D(-1.0)),
            row("A-3", C::D(1e300)),
        ],
        &[],
        false,
    );
    assert_says(
        &check(&[&file]),
        1,
        &["Дела!D2: error: submitted_at", "Дела!D3", "Дела!D4"],
    );
    // -inf and NaN: not numbers a cell can hold.
    let inf = dir.path().join("inf.xlsx");
    with_header(
        &inf,
        r#"<row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="B2" t="inlineStr"><is><t>visa-issue</t></is></c><c r="C2" t="inlineStr"><is><t>1910-262</t></is></c><c r="D2" s="1"><v>-inf</v></c><c r="F2" t="inlineStr"><is><t>pending</t></is></c><c r="G2" t="inlineStr"><is><t>tourist</t></is></c></row>"#,
    );
    assert_says(&check(&[&inf]), 1, &["Дела!D2: error: submitted_at"]);
}

/// An xlsx of the hostile corpus' header row (row 1) and the rows `rows`
/// (sheet XML).
fn with_header(path: &Path, rows: &str) {
    let sheet = format!(
        "<worksheet><sheetData>{}{rows}</sheetData></worksheet>",
        header_row()
    );
    crate::hostile::xlsx_with(path, false, |w| w.write_all(sheet.as_bytes()).unwrap());
}

/// The header row of the hostile corpus as sheet XML (row 1).
fn header_row() -> String {
    let xml = crate::hostile::sheet_xml(&[header()], &[]);
    let start = xml.find("<row").unwrap();
    let end = xml.find("</row>").unwrap() + "</row>".len();
    xml[start..end].to_string()
}

#[test]
fn regression_a_closed_pipe_stops_neither_export_nor_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "cases.csv", format!("{HEADER}{GOOD}"));
    let parquet = dir.path().join("parquet");
    let mut child = esep()
        .arg("export")
        .arg("--parquet")
        .arg(&parquet)
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "export | true");
    assert!(parquet.join("cases").is_dir());

    let decisions = dir.path().join("decisions.pdf");
    let mut child = esep()
        .args(["decisions", "--lang", "ru", "--out"])
        .arg(&decisions)
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    drop(child.stderr.take());
    assert_eq!(
        child.wait().unwrap().code(),
        Some(0),
        "decisions 2>&1 | true"
    );
    assert!(
        decisions.is_file(),
        "the decisions are written all the same"
    );
}

#[test]
fn regression_a_cell_beyond_the_last_column_is_refused_by_its_reference() {
    // `ZZZZZZ3` made a row of 321 million cells (10 GB).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.xlsx");
    with_header(
        &file,
        r#"<row r="3"><c r="ZZZZZZ3" t="inlineStr"><is><t>x</t></is></c></row>"#,
    );
    assert_says(
        &check(&[&file]),
        2,
        &[
            "wide.xlsx: cannot read the file: sheet `Дела`: cell ZZZZZZ3 lies beyond the last cell a worksheet has",
        ],
    );
}

#[test]
fn regression_an_ods_that_repeats_a_space_two_billion_times_is_refused() {
    // `<text:s text:c="2000000000"/>` took 8 GB in calamine's ods reader;
    // read in a child held to --max-memory, it is a located error.
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::File::open(fixture("rules.ods")).unwrap();
    let mut archive = zip::ZipArchive::new(source).unwrap();
    let file = dir.path().join("spaces.ods");
    let mut out = zip::ZipWriter::new(std::fs::File::create(&file).unwrap());
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let name = part.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut part, &mut bytes).unwrap();
        if name == "content.xml" {
            let text = String::from_utf8(bytes).unwrap();
            let at = text.find("<text:p>").unwrap() + "<text:p>".len();
            bytes = format!(
                "{}<text:s text:c=\"2000000000\"/>{}",
                &text[..at],
                &text[at..]
            )
            .into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap();
    let started = std::time::Instant::now();
    assert_says(
        &check(&[&file]),
        2,
        &["spaces.ods: cannot read the file: the workbook is damaged or made to exhaust memory"],
    );
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn regression_a_sheet_of_white_space_is_refused_before_it_is_held() {
    // 1.9 GB of white space between two tags took 3.5 GB: calamine's XML
    // reader holds a text whole. Here 96 MiB of it, deflated a thousandfold.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("blank.xlsx");
    let head = header_row();
    crate::hostile::xlsx_with(&file, false, |w| {
        w.write_all(format!("<worksheet><sheetData>{head}").as_bytes())
            .unwrap();
        let spaces = vec![b' '; 1 << 20];
        for _ in 0..96 {
            w.write_all(&spaces).unwrap();
        }
        w.write_all(b"</sheetData></worksheet>").unwrap();
    });
    assert_says(
        &check(&[&file]),
        2,
        &[
            "part `xl/worksheets/sheet1.xml` of the workbook holds a run of more than 8 MiB of text between two tags",
        ],
    );
}

#[test]
fn regression_a_data_row_stored_before_the_header_row_is_read() {
    // The sheet XML holds row 3 first, then the header (row 1) and row 2:
    // LibreOffice and openpyxl read three rows; esep dropped row 3.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("order.xlsx");
    let case = |r: u32, id: &str| {
        let mut cells = GOOD_CELLS;
        cells[0] = id;
        crate::hostile::inline_row(r, &cells, "")
    };
    let sheet = format!(
        "<worksheet><sheetData>{}{}{}</sheetData></worksheet>",
        case(3, "A-3"),
        header_row(),
        case(2, "A-2")
    );
    crate::hostile::xlsx_with(&file, false, |w| w.write_all(sheet.as_bytes()).unwrap());
    let (code, json) = crate::check_json(&[file]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["rows"], 2);
    assert_eq!(json["accepted"], 2);
}

#[test]
fn regression_every_sheet_named_as_cases_is_read() {
    // Sheets `Cases`, `Дела` and `Істер`: one was read, two ignored.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("three.xlsx");
    let ids = ["A-1", "A-2", "A-3"];
    xlsx_book(
        &file,
        false,
        &["Cases", "Дела", "Істер"],
        None,
        |i, w| {
            let row = vec![
                C::S(ids[i]),
                C::S("visa-issue"),
                C::S("1910-262"),
                C::S("04.03.2025 10:00"),
                C::S("06.03.2025 12:00"),
                C::S("granted"),
                C::S("tourist"),
            ];
            w.write_all(crate::hostile::sheet_xml(&[header(), row], &[]).as_bytes())
                .unwrap()
        },
    );
    let (code, json) = crate::check_json(&[file]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["rows"], 3);
    let sheets: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["sheet"].as_str().unwrap())
        .collect();
    assert_eq!(sheets, ["Cases", "Дела", "Істер"]);
}

#[test]
fn regression_ids_that_make_one_file_name_give_one_file_each() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(HEADER);
    for id in ["A_1-3", "A_1", "A 1"] {
        text += &GOOD.replacen("A-1", id, 1);
    }
    let input = write(dir.path(), "cases.csv", text);
    let out_dir = dir.path().join("decisions");
    let run_once = || {
        assert_success(&run(esep()
            .args(["decisions", "--lang", "kk", "--out"])
            .arg(&out_dir)
            .arg(&input)));
        names_in(&out_dir)
            .into_iter()
            .map(|n| {
                let bytes = std::fs::read(out_dir.join(&n)).unwrap();
                (n, bytes)
            })
            .collect::<Vec<_>>()
    };
    let first = run_once();
    let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["A_1-2.pdf", "A_1-3.pdf", "A_1.pdf"]);
    assert!(first == run_once(), "a rerun writes the same files");

    // A rerun with one case leaves one file: the folder is the set of the run.
    let one = write(dir.path(), "one.csv", format!("{HEADER}{GOOD}"));
    assert_success(&run(esep()
        .args(["decisions", "--lang", "kk", "--out"])
        .arg(&out_dir)
        .arg(&one)));
    assert_eq!(names_in(&out_dir), ["A-1.pdf"]);
}

#[test]
fn regression_personal_data_outside_its_column_stays_out_of_messages() {
    let dir = tempfile::tempdir().unwrap();
    // An IIN as the case id; a name shifted into `result` by an unquoted `;`.
    let text = format!(
        "{HEADER}870412300123;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\nA-2;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;Иванов;Иван;tourist\n870412300123;visa-issue;1910-262;05.03.2025 10:00;06.03.2025 12:00;granted;tourist\n"
    );
    let input = write(dir.path(), "cases.csv", text);
    for args in [
        vec!["check"],
        vec!["check", "--json"],
        vec!["audit"],
        vec!["audit", "--json"],
    ] {
        let out = run(esep().args(&args).arg("-vvv").arg(&input));
        let said = said(&out);
        for personal in ["870412300123", "Иванов"] {
            assert!(
                !said.contains(personal),
                "{args:?} printed {personal}: {said}"
            );
        }
    }
}

#[test]
fn regression_a_case_whose_deadline_the_calendar_cannot_serve_is_rejected_at_check() {
    // Submitted on 29.12.2026: its fifth working day is in 2027, a year the
    // calendar lacks; check accepted it and report stopped naming no place.
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{HEADER}{GOOD}B-1;visa-issue;1910-262;29.12.2026 10:00;;pending;tourist\nB-2;visa-issue;1910-262;04.03.2100 10:00;;pending;tourist\n"
    );
    let input = write(dir.path(), "cases.csv", text);
    assert_says(
        &run(esep().arg("check").arg(&input)),
        1,
        &[
            "cases.csv:D3: error: submitted_at: the case needs the working days of 2027",
            "and the calendar holds 2011",
            "cases.csv:D4: error: submitted_at: the case needs the working days of 2100",
        ],
    );
    let out_dir = dir.path().join("report");
    assert_success(&run(esep()
        .arg("report")
        .arg(&input)
        .arg("--year")
        .arg("2025")
        .arg("--out")
        .arg(&out_dir)));
}

#[test]
fn regression_case_ids_cannot_steer_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{HEADER}{}",
        GOOD.replacen("A-1", "A\u{1b}[2J\u{7}1", 1).replacen(
            "04.03.2025 10:00",
            "04.03.2025 22:00",
            1
        )
    );
    let input = write(dir.path(), "cases.csv", text);
    let out = run(esep().arg("audit").arg(&input));
    let said = said(&out);
    // Told by its kind: an id with control characters is not an id's shape.
    assert!(
        said.contains("case <2 letters, 2 digits, 3 other characters>"),
        "{said}"
    );
    assert!(
        !said.contains('\u{1b}') && !said.contains('\u{7}'),
        "{said}"
    );
    // A mark that turns the direction of text is no letter of an id a
    // document prints: the row is rejected by its cell, the id unprinted.
    let text = format!("{HEADER}{}", GOOD.replacen("A-1", "A\u{1b}[2J\u{202e}1", 1));
    let input = write(dir.path(), "cases.csv", text);
    let out = run(esep().arg("check").arg(&input));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(
            "cases.csv:A2: error: case_id: control or symbol characters the documents cannot print"
        ),
        "{said}"
    );
    assert!(
        !said.contains('\u{1b}') && !said.contains('\u{202e}'),
        "{said}"
    );
}

#[test]
fn regression_a_user_template_that_runs_for_ever_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("mine");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("talon-appendix5.typ"),
        "#let n = 0\n#for i in range(20000) { for j in range(20000) { n += 1 } }\n#n\n",
    )
    .unwrap();
    let input = write(dir.path(), "cases.csv", format!("{HEADER}{GOOD}"));
    let out_pdf = dir.path().join("talons.pdf");
    let started = std::time::Instant::now();
    let out = run(esep()
        .args([
            "talons",
            "--form",
            "appendix5",
            "--lang",
            "kk",
            "--template-time-limit",
            "2",
            "--templates",
        ])
        .arg(&templates)
        .arg("--out")
        .arg(&out_pdf)
        .arg(&input));
    assert_says(
        &out,
        2,
        &["took longer than 2 s, the limit for templates of --templates"],
    );
    assert!(started.elapsed().as_secs() < 60);
    assert!(!out_pdf.exists());
}

#[test]
fn regression_rejected_rows_beyond_a_sheet_go_on_in_the_next() {
    // 400,000 bad rows with --errors x.xlsx took 5.5 GB and then failed on
    // Excel's row limit naming no file. Here 1,100,000 problems (275,000
    // rows, four each): two sheets, written row by row (constant memory).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(HEADER.as_bytes()).unwrap();
    for i in 0..275_000 {
        writeln!(file, "B-{i};visa-issue;1910-26;31.02.2025;;maybe;space").unwrap();
    }
    drop(file);
    let errors = dir.path().join("errors.xlsx");
    let out = run(esep().arg("check").arg("--errors").arg(&errors).arg(&path));
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&errors).unwrap();
    use calamine::Reader;
    let names = book.sheet_names();
    assert_eq!(&names[..2], ["cases", "cases (2)"]);
    let first = book.worksheet_range("cases").unwrap();
    let second = book.worksheet_range("cases (2)").unwrap();
    assert_eq!(first.height() + second.height(), 1_100_000 + 2);
}

#[test]
fn regression_an_error_of_calamine_names_the_cell_it_stopped_near() {
    // A boolean cell holding `maybe`: calamine's error named only the sheet.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bool.xlsx");
    with_header(
        &file,
        r#"<row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="B2" t="b"><v>maybe</v></c></row>"#,
    );
    assert_says(
        &check(&[&file]),
        2,
        &[
            "bool.xlsx: cannot read the file: sheet `Дела`:",
            "(after cell A2)",
        ],
    );
    // A reference with row 0 as the sheet's first cell.
    let zero = dir.path().join("zero.xlsx");
    crate::hostile::xlsx_with(&zero, false, |w| {
        w.write_all(br#"<worksheet><sheetData><row r="1"><c r="A0" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#)
            .unwrap()
    });
    assert_says(
        &check(&[&zero]),
        2,
        &[
            "zero.xlsx: cannot read the file: sheet `Дела`:",
            "(at the sheet's first cell)",
        ],
    );
}

#[test]
fn regression_a_report_killed_while_writing_leaves_one_whole_set() {
    // SIGKILL at moments through a report's writing: the folder holds the
    // whole set of the run before or of the run killed, never files of both.
    let dir = tempfile::tempdir().unwrap();
    let one = write(dir.path(), "one.csv", format!("{HEADER}{GOOD}"));
    let two = write(
        dir.path(),
        "two.csv",
        format!(
            "{HEADER}{GOOD}{}",
            GOOD.replacen("A-1", "A-2", 1).replacen("06.03", "20.03", 1)
        ),
    );
    let report = |input: &Path, out: &Path| {
        esep()
            .arg("report")
            .arg(input)
            .args(["--year", "2025", "--lang", "ru", "--out"])
            .arg(out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let set = |out: &Path| -> Vec<(String, Vec<u8>)> {
        names_in(out)
            .into_iter()
            .map(|n| (n.clone(), std::fs::read(out.join(n)).unwrap()))
            .collect()
    };
    let out = dir.path().join("report");
    let reference = dir.path().join("reference");
    for (input, folder) in [(&one, &out), (&two, &reference)] {
        assert!(report(input, folder).wait().unwrap().success());
    }
    let (first, second) = (set(&out), set(&reference));
    assert_eq!(first.len(), 6);
    assert!(first != second);
    for delay in [30, 150, 400, 900, 1600, 2500, 4000] {
        let mut child = report(&two, &out);
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        child.wait().unwrap();
        let now = set(&out);
        assert!(
            now == first || now == second,
            "killed after {delay} ms: a mixed set {:?}",
            now.iter().map(|(n, _)| n).collect::<Vec<_>>()
        );
    }
    // The next run clears what the killed ones left beside the folder.
    assert!(report(&one, &out).wait().unwrap().success());
    assert!(set(&out) == first);
    let left: Vec<String> = names_in(dir.path())
        .into_iter()
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn regression_an_xls_whose_cells_lie_far_apart_is_refused_in_bounded_memory() {
    // One cell of a real .xls moved to row 65,536, column 12,288: calamine
    // makes a range of every cell between (25 GB); a 95 KB file took 24 GB.
    let mut bytes = std::fs::read(fixture("rules.xls")).unwrap();
    let label = b"\xfd\x00\x0a\x00"; // LABELSST, 10 bytes: row, column, style, string
    let at = bytes
        .windows(4)
        .rposition(|w| w == label)
        .expect("a LABELSST record");
    bytes[at + 4..at + 8].copy_from_slice(&[0xff, 0xff, 0xff, 0x2f]);
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "far.xls", &bytes);
    let started = std::time::Instant::now();
    assert_says(
        &check(&[&file]),
        2,
        &["far.xls: cannot read the file: the workbook is damaged or made to exhaust memory"],
    );
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn regression_rejected_rows_beyond_the_memory_budget_stop_the_run_by_their_row() {
    // 400,000 rejected rows took 5.5 GB: rejected rows are now held to
    // --max-memory, and the row that would pass it is named.
    let dir = tempfile::tempdir().unwrap();
    let bad = "B-{};visa-issue;1910-26;31.02.2025;;pending;tourist\n";
    let rows: String = (0..100_000)
        .map(|i| bad.replace("{}", &i.to_string()))
        .collect();
    let input = write(dir.path(), "cases.csv", format!("{HEADER}{rows}"));
    let errors = dir.path().join("rejected.csv");
    let out = run(esep()
        .args(["check", "--max-memory", "64", "--errors"])
        .arg(&errors)
        .arg(&input));
    assert_says(
        &out,
        2,
        &[
            "cases.csv: too many rejected rows to hold: the ",
            " rejected rows kept fill the --max-memory budget of 64 MiB, and row ",
        ],
    );
    assert!(
        !errors.exists(),
        "a partial list of rejected rows was written"
    );
}

#[test]
fn the_workbooks_the_fuzzer_stopped_on_are_located_errors() {
    // Inputs on which calamine's xls reader panicked or allocated without
    // bound inside the fuzzer (fuzz/README.md); the command line reads xls
    // in a child process held to --max-memory, so each is exit 2, named.
    let dir = crate::fixture("fuzz");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 8, "{inputs:?}");
    for input in inputs {
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        assert_says(&check(&[&input]), 2, &[&name, "nothing was written"]);
    }
}

#[test]
fn regression_an_xls_near_the_readers_memory_limit_gives_the_same_verdict_every_time() {
    // Found by the fuzzer: its reading needs about 700 MB, and whether the
    // child's allocator could reserve a 1 GiB arena under the limit
    // decided between exit 1 and exit 2 from one run to the next.
    let file = crate::fixture("hostile/xls-near-the-memory-limit.xls");
    let first = check(&[&file]);
    assert_eq!(first.status.code(), Some(1), "{}", said(&first));
    for _ in 0..5 {
        let again = check(&[&file]);
        assert_eq!(again.status.code(), first.status.code(), "{}", said(&again));
        assert_eq!(again.stdout, first.stdout);
    }
}
