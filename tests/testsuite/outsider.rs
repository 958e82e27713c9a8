//! The world's inputs, round two (issue 27): files that real tools write,
//! and files made to exhaust memory, on which esep lost rows or stopped.
//! Each test failed before its fix; the files are built here, or by
//! LibreOffice where it is installed.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::hostile::{GOOD, HEADER, assert_says, check, inline_row, write, xlsx_with};
use crate::{check_json, converted, esep, have, have_python, run};

/// `n` correct cases whose ids are Cyrillic (two bytes a letter in UTF-8).
fn cyrillic_cases(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!("ВИЗА-{i:06};visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n")
        })
        .collect()
}

/// Rows, accepted and rejected of each sheet `check --json` read, by table.
fn per_table(json: &Value) -> Vec<(String, u64, u64, u64)> {
    crate::offices::sheets(json)
        .into_iter()
        .map(|(table, _, rows, accepted, rejected, _)| (table, rows, accepted, rejected))
        .collect()
}

#[test]
fn regression_a_csv_whose_head_ends_inside_a_letter_is_read_whole() {
    // The separator was found on the first 256 KiB of text, read as a
    // string: where that cut a letter in two, the file was refused with
    // "stream did not contain valid UTF-8", in UTF-8 and in the single-byte
    // encodings alike (their text is cut once decoded).
    let dir = tempfile::tempdir().unwrap();
    let rows = 4000;
    let mut cut_inside = 0;
    for pad in 0..4 {
        let text = format!(
            "Итоговый отчёт{}\n{HEADER}{}",
            "x".repeat(pad),
            cyrillic_cases(rows)
        );
        if text.as_bytes()[256 << 10] & 0xC0 == 0x80 {
            cut_inside += 1;
        }
        for (name, bytes) in [
            (format!("{pad}-utf8.csv"), text.as_bytes().to_vec()),
            (
                format!("{pad}-cp1251.csv"),
                encoding_rs::WINDOWS_1251.encode(&text).0.into_owned(),
            ),
        ] {
            let file = write(dir.path(), &name, bytes);
            let (code, json) = check_json(&[file]);
            assert_eq!(code, 0, "{name}: {json}");
            assert_eq!(json["accepted"], rows as u64, "{name}");
        }
    }
    assert!(cut_inside > 0, "no variant cut a letter at the head's end");
}

#[test]
fn regression_a_comma_csv_with_semicolons_in_its_quoted_texts_is_read() {
    // `;` split the lines into more fields than `,` and won: "no header row found".
    let dir = tempfile::tempdir().unwrap();
    let note = "\"письмо; звонок; повтор; ещё; и ещё; снова; опять; и т. д.; x; y; z\"";
    let text = format!(
        "{},Примечание\n{}",
        HEADER.trim_end().replace(';', ","),
        (1..=3)
            .map(|i| format!(
                "{},{note}\n",
                GOOD.trim_end()
                    .replace(';', ",")
                    .replace("A-1", &format!("A-{i}"))
            ))
            .collect::<String>()
    );
    let file = write(dir.path(), "commas.csv", text);
    let (code, json) = check_json(&[file]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["accepted"], 3);
}

#[test]
fn regression_date_times_with_fractional_seconds_are_read() {
    // polars' write_csv writes `2025-03-04T10:00:00.000`: every row was rejected.
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{HEADER}{}",
        GOOD.replace("04.03.2025 10:00", "2025-03-04T10:00:00.000")
            .replace("06.03.2025 12:00", "2025-03-06 12:00:00.250")
    );
    let file = write(dir.path(), "polars.csv", text);
    let (code, json) = check_json(&[file]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["accepted"], 1);
}

#[test]
fn regression_a_folder_reads_its_tsv_and_txt_files() {
    // Given by name they were read; in a folder they were skipped unsaid.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.tsv",
        format!("{HEADER}{GOOD}").replace(';', "\t"),
    );
    write(
        dir.path(),
        "b.txt",
        format!("{HEADER}{}", GOOD.replace("A-1", "B-1")),
    );
    write(
        dir.path(),
        "c.csv",
        format!("{HEADER}{}", GOOD.replace("A-1", "C-1")),
    );
    // The owner file Excel keeps beside an open workbook is no workbook.
    write(dir.path(), "~$d.xlsx", b"\x05owner");
    let (code, json) = check_json(&[dir.path().to_path_buf()]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["accepted"], 3);
}

#[test]
fn regression_rows_stored_before_a_header_below_thousands_of_title_rows_are_read() {
    // At most 4,096 rows were kept while the header was looked for; rows
    // stored before the header were dropped past that, without a word.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("titles.xlsx");
    let titles = 5000u32;
    let row = |r: u32, cells: &[&str]| inline_row(r, cells, "");
    let good: Vec<&str> = GOOD.trim_end().split(';').collect();
    let header: Vec<&str> = HEADER.trim_end().split(';').collect();
    let case = |r: u32, id: &str| {
        let mut cells = good.clone();
        cells[0] = id;
        row(r, &cells)
    };
    xlsx_with(&file, false, |w| {
        w.write_all(b"<worksheet><sheetData>").unwrap();
        for r in 1..=titles {
            w.write_all(row(r, &["Отчёт"]).as_bytes()).unwrap();
        }
        // The last case first, then the header and the first case.
        w.write_all(case(titles + 3, "A-3").as_bytes()).unwrap();
        w.write_all(row(titles + 1, &header).as_bytes()).unwrap();
        w.write_all(case(titles + 2, "A-2").as_bytes()).unwrap();
        w.write_all(b"</sheetData></worksheet>").unwrap();
    });
    let (code, json) = check_json(&[file]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["rows"], 2);
    assert_eq!(json["accepted"], 2);
}

#[test]
fn regression_rows_reaching_the_last_column_are_read_in_bounded_memory() {
    // 10,000 rows with one cell in column XFD took 2.66 GB and aborted;
    // 4,096 title rows reaching XFD took 2.1 GB under --max-memory 64.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.xlsx");
    let good: Vec<&str> = GOOD.trim_end().split(';').collect();
    let header: Vec<&str> = HEADER.trim_end().split(';').collect();
    let row = |r: u32, cells: &[&str]| {
        inline_row(
            r,
            cells,
            &format!(r#"<c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c>"#),
        )
    };
    let (titles, cases) = (4096u32, 10_000u32);
    xlsx_with(&file, false, |w| {
        w.write_all(b"<worksheet><sheetData>").unwrap();
        for r in 1..=titles {
            w.write_all(row(r, &["Отчёт"]).as_bytes()).unwrap();
        }
        w.write_all(row(titles + 1, &header).as_bytes()).unwrap();
        for i in 0..cases {
            let id = format!("A-{i}");
            let mut cells = good.clone();
            cells[0] = &id;
            w.write_all(row(titles + 2 + i, &cells).as_bytes()).unwrap();
        }
        w.write_all(b"</sheetData></worksheet>").unwrap();
    });
    let max = Path::new("--max-memory=64");
    let out = check(&[max, &file]);
    assert_says(&out, 0, &["10000"]);
}

#[test]
fn regression_a_csv_of_rows_with_40000_empty_fields_is_read_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let empties = ";".repeat(40_000);
    let rows: String = (0..2000)
        .map(|i| {
            format!(
                "{}{empties}\n",
                GOOD.trim_end().replace("A-1", &format!("A-{i}"))
            )
        })
        .collect();
    let file = write(dir.path(), "wide.csv", format!("{HEADER}{rows}"));
    let out = check(&[&file]);
    assert_says(&out, 0, &["2000"]);
}

#[test]
fn regression_a_quote_never_closed_stops_at_its_line_in_bounded_memory() {
    // 40 MB of line ends after an open quote took 1.35 GB under
    // --max-memory 64; 140 MB aborted.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("open-quote.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    writeln!(f, "{HEADER}{GOOD}\"A-2;visa-issue").unwrap();
    for _ in 0..40 {
        f.write_all(&[b'\n'; 1 << 20]).unwrap();
    }
    f.flush().unwrap();
    drop(f);
    let max = Path::new("--max-memory=64");
    let out = check(&[max, &file]);
    assert_says(&out, 2, &["open-quote.csv", "line 3", "never closed"]);
}

/// The fixtures' version-2 rules, as ods and xls (odfpy, xlwt) and as xlsx
/// (openpyxl): the same sheets of the same rows.
#[test]
fn regression_ods_and_xls_keep_the_last_row_of_every_sheet() {
    // Each sheet's last row was handed on only when the next sheet's first
    // cell came, and the next sheet's start dropped it: all but the last
    // sheet lost their last row.
    let xlsx = per_table(&check_json(&[crate::fixture("rules-v2.xlsx")]).1);
    assert!(xlsx.len() >= 2, "{xlsx:?}");
    for other in ["rules-v2.ods", "rules-v2.xls"] {
        let (_, json) = check_json(&[crate::fixture(other)]);
        assert_eq!(per_table(&json), xlsx, "{other}");
    }
}

/// The bundled sample saved by LibreOffice as ods and xls reads as the
/// xlsx: every table, every row, the same verdicts.
#[test]
fn the_bundled_sample_saved_by_libreoffice_reads_as_the_xlsx() {
    if !have("soffice", "libreoffice-calc-nogui") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sample: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    let (code, json) = check_json(std::slice::from_ref(&sample));
    let expected = (code, per_table(&json));
    assert!(expected.1.len() >= 3, "{expected:?}");
    for format in ["ods", "xls"] {
        let saved = converted(&sample, format, dir.path());
        let (code, json) = check_json(&[saved]);
        assert_eq!((code, per_table(&json)), expected, "{format}");
    }
}

#[test]
fn regression_an_export_is_read_by_its_literal_name_and_an_empty_part_is_refused() {
    // `g[1]` was a glob pattern and read the export in `g1`; a part file
    // of 0 bytes was read as no rows.
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    let literal = dir.path().join("g[1]");
    let decoy = dir.path().join("g1");
    let one = write(dir.path(), "one.csv", format!("{HEADER}{GOOD}"));
    for (out, input) in [(&literal, &sample), (&decoy, &one)] {
        crate::assert_success(&run(esep()
            .arg("export")
            .arg(input)
            .arg("--parquet")
            .arg(out)));
    }
    let indicators = |from: &[&dyn AsRef<std::ffi::OsStr>]| {
        let mut cmd = esep();
        cmd.args(["indicators", "--year", "2025", "--json"]);
        for a in from {
            cmd.arg(a);
        }
        let out = run(&mut cmd);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            out,
        )
    };
    let (code, direct, _) = indicators(&[&sample]);
    assert_eq!(code, Some(0));
    let (code, exported, out) = indicators(&[&"--parquet", &literal]);
    assert_eq!(code, Some(0), "{out:?}");
    let republic = |json: &str| -> Value {
        let all: Value = serde_json::from_str(json).unwrap();
        all["rows"][0].clone()
    };
    assert_eq!(republic(&exported), republic(&direct));
    // One department's part emptied.
    let part = std::fs::read_dir(literal.join("cases/year=2025"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .join("part-0.parquet");
    std::fs::File::create(&part).unwrap();
    let (code, _, out) = indicators(&[&"--parquet", &literal]);
    assert_eq!(code, Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("part-0.parquet is empty"),
        "{out:?}"
    );
}

/// A sheet of the contract's header and one case, its texts inline.
fn header_and_case(w: &mut dyn Write) {
    let header: Vec<_> = HEADER
        .trim_end()
        .split(';')
        .map(crate::hostile::C::S)
        .collect();
    let case: Vec<_> = GOOD
        .trim_end()
        .split(';')
        .map(crate::hostile::C::S)
        .collect();
    w.write_all(crate::hostile::sheet_xml(&[header, case], &[]).as_bytes())
        .unwrap();
}

#[test]
fn regression_a_shared_string_count_in_any_spelling_is_bounded() {
    // Only `<sst … uniqueCount="N"` in the first 4 KB was looked for;
    // calamine reads the count in every spelling and reserved 2.4 TB.
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let big = "100000000000";
    let spellings = [
        format!(r#"<sst xmlns="{MAIN}" uniqueCount = "{big}"><si><t>x</t></si></sst>"#),
        format!(r#"<x:sst xmlns:x="{MAIN}" uniqueCount="{big}"><x:si><x:t>x</x:t></x:si></x:sst>"#),
        format!(
            r#"<?xml version="1.0"?><!--{}--><sst xmlns="{MAIN}" uniqueCount="{big}"><si><t>x</t></si></sst>"#,
            " ".repeat(8192)
        ),
        format!(
            r#"<!-- <sst uniqueCount="1"> --><sst xmlns="{MAIN}" uniqueCount="{big}"><si><t>x</t></si></sst>"#
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, strings) in spellings.iter().enumerate() {
        let file = dir.path().join(format!("spelling-{i}.xlsx"));
        crate::hostile::xlsx_book(&file, false, &["Дела"], Some(strings), |_, w| {
            header_and_case(w)
        });
        assert_says(
            &check(&[&file]),
            2,
            &["xl/sharedStrings.xml", &format!("declares {big} strings")],
        );
    }
    // The workbook in another folder, as the package's relationships name
    // it (calamine follows them), with harmless decoys where it was.
    let source = dir.path().join("spelling-0.xlsx");
    let moved = dir.path().join("moved.xlsx");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&source).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(&moved).unwrap());
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut part, &mut text).unwrap();
        drop(part);
        let (name, text) = match name.as_str() {
            "_rels/.rels" | "[Content_Types].xml" => (name.clone(), text.replace("xl/", "book/")),
            other => (other.replacen("xl/", "book/", 1), text),
        };
        if name == "book/workbook.xml" {
            out.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(text.as_bytes()).unwrap();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(text.as_bytes()).unwrap();
    }
    out.start_file(
        "xl/sharedStrings.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    out.write_all(
        format!(r#"<sst xmlns="{MAIN}" uniqueCount="1"><si><t>x</t></si></sst>"#).as_bytes(),
    )
    .unwrap();
    out.finish().unwrap();
    assert_says(
        &check(&[&moved]),
        2,
        &["book/sharedStrings.xml", &format!("declares {big} strings")],
    );
}

#[test]
fn regression_undeclared_empty_shared_strings_are_counted_against_the_budget() {
    // 100 million `<si/>` without a count (1.7 MB zipped) aborted; four
    // million take 96 MB of calamine's table, past --max-memory 64.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empties.xlsx");
    let strings = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{}</sst>"#,
        "<si/>".repeat(4_000_000)
    );
    crate::hostile::xlsx_book(&file, false, &["Дела"], Some(&strings), |_, w| {
        header_and_case(w)
    });
    let max = Path::new("--max-memory=64");
    assert_says(
        &check(&[max, &file]),
        2,
        &["xl/sharedStrings.xml", "--max-memory budget of 64 MiB"],
    );
    // Under the default budget the same workbook is read.
    assert_says(&check(&[&file]), 0, &["1"]);
}

#[test]
fn regression_a_column_every_row_gets_wrong_is_said_in_a_few_lines() {
    // A million rows of one wrong date column printed a million lines.
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (0..500)
        .map(|i| format!("B-{i};visa-issue;1910-262;2025/03/04;;pending;tourist\n"))
        .collect();
    let file = write(dir.path(), "slashes.csv", format!("{HEADER}{rows}"));
    let out = run(esep().arg("check").arg(&file));
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = said
        .lines()
        .filter(|l| l.contains(": error: submitted_at"))
        .collect();
    // Twenty rows by their cells, then the rest in one line.
    assert_eq!(lines.len(), 21, "{said}");
    assert!(
        lines[0].contains("slashes.csv:D2: error: submitted_at"),
        "{said}"
    );
    assert!(
        lines[20].contains("480 more rows like the 20 above"),
        "{said}"
    );
    // The value found (a date's shape is shown), to tell how to fix them.
    assert!(lines[20].contains("(\"2025/03/04\"…)"), "{said}");
    // Every row stays in the JSON.
    let (_, json) = check_json(&[file]);
    assert_eq!(json["errors"].as_array().unwrap().len(), 500);
}

#[test]
fn regression_no_output_lands_on_any_input_of_the_run() {
    // `report --template-data` onto the --previous file, `audit --xlsx`
    // onto the --mapping or --config file, `talons --out` onto a template:
    // each exited 0 with the input replaced.
    let dir = tempfile::tempdir().unwrap();
    let cases = write(dir.path(), "cases.csv", format!("{HEADER}{GOOD}"));
    let previous = write(
        dir.path(),
        "previous.csv",
        format!("{HEADER}{}", GOOD.replace("2025", "2024")),
    );
    let mapping = write(dir.path(), "mapping.toml", "[cases]\n");
    let config = dir.path().join("config.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/config.toml"),
        &config,
    )
    .unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    let template = write(&templates, "decision.typ", "= a template of one's own\n");
    let p = |p: &Path| p.as_os_str().to_owned();
    let runs: Vec<(Vec<std::ffi::OsString>, &Path)> = vec![
        (
            vec![
                "report".into(),
                p(&cases),
                "--out".into(),
                p(&dir.path().join("r")),
                "--previous".into(),
                p(&previous),
                "--template-data".into(),
                p(&previous),
            ],
            &previous,
        ),
        (
            vec![
                "audit".into(),
                p(&cases),
                "--mapping".into(),
                p(&mapping),
                "--xlsx".into(),
                p(&mapping),
            ],
            &mapping,
        ),
        (
            vec![
                "audit".into(),
                p(&cases),
                "--config".into(),
                p(&config),
                "--xlsx".into(),
                p(&config),
            ],
            &config,
        ),
        (
            vec![
                "talons".into(),
                p(&cases),
                "--form".into(),
                "appendix5".into(),
                "--templates".into(),
                p(&templates),
                "--out".into(),
                p(&template),
            ],
            &template,
        ),
    ];
    for (args, input) in runs {
        let before = std::fs::read(input).unwrap();
        let out = run(esep().args(&args).args(["--lang", "ru"]));
        assert_says(&out, 2, &["затёр бы входной файл"]);
        assert_eq!(std::fs::read(input).unwrap(), before, "{args:?}");
    }
}

#[test]
fn regression_a_value_of_17000_emoji_is_rejected_by_its_cell_not_a_stop() {
    // 17,000 characters, 34,000 UTF-16 units: `check --errors x.xlsx`,
    // `audit --xlsx` and `report` stopped with "String exceeds Excel's
    // limit of 32,767 characters", naming no file or cell.
    let dir = tempfile::tempdir().unwrap();
    let emoji = "😀".repeat(17_000);
    let text = format!(
        "{HEADER}{GOOD}{}",
        GOOD.replace("A-1", "A-2").replace("tourist", &emoji)
    );
    let file = write(dir.path(), "emoji.csv", text);
    let errors = dir.path().join("errors.xlsx");
    let out = run(esep().arg("check").arg(&file).arg("--errors").arg(&errors));
    assert_says(&out, 1, &["emoji.csv:G3", "32,767"]);
    assert!(errors.exists());
    let report = dir.path().join("report");
    let out = run(esep()
        .arg("report")
        .arg(&file)
        .arg("--out")
        .arg(&report)
        .args(["--lang", "ru"]));
    crate::assert_success(&out);
}

#[test]
fn regression_log_lines_escape_what_a_terminal_would_obey() {
    // `-v` wrote file names with ESC, BEL or U+202E raw; normal output
    // escaped them.
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "a\u{1b}]0;title\u{7}\u{202e}.csv",
        format!("{HEADER}{GOOD}"),
    );
    let out = run(esep().arg("check").arg("-vv").arg(&file));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a\\u{1b}]0;title\\u{7}\\u{202e}.csv"),
        "{stderr}"
    );
    for raw in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!stderr.contains(raw), "{stderr:?}");
    }
}

#[test]
fn regression_an_export_run_again_keeps_a_users_file_in_a_subfolder() {
    // A file at the top of the export was refused; one in a partition
    // folder was deleted with the old export.
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "one.csv", format!("{HEADER}{GOOD}"));
    let parquet = dir.path().join("warehouse");
    let export = || {
        run(esep()
            .arg("export")
            .arg(&input)
            .arg("--parquet")
            .arg(&parquet))
    };
    crate::assert_success(&export());
    let mine = parquet.join("cases/year=2025/notes.xlsx");
    std::fs::write(&mine, b"mine").unwrap();
    assert_says(
        &export(),
        2,
        &["cases/year=2025/notes.xlsx", "did not write"],
    );
    assert_eq!(std::fs::read(&mine).unwrap(), b"mine");
}

#[test]
fn regression_the_strings_of_an_xlsb_are_counted_against_the_budget() {
    // 130 million empty strings in a 1.3 MB xlsb aborted: calamine keeps a
    // slot for each, and only xlsx strings were counted. Here the bundled
    // Aspose workbook's strings are followed by two million empty ones
    // (96 MB of calamine's table while it grows), declared in the count.
    let dir = tempfile::tempdir().unwrap();
    for side in ["a", "b"] {
        std::fs::create_dir(dir.path().join(side)).unwrap();
    }
    let source = dir.path().join("a/rules-aspose.xlsb");
    std::fs::copy(crate::fixture("rules-aspose.xlsb"), &source).unwrap();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&source).unwrap()).unwrap();
    let file = dir.path().join("b/rules-aspose.xlsb");
    let mut out = zip::ZipWriter::new(std::fs::File::create(&file).unwrap());
    const EXTRA: u32 = 2_000_000;
    for i in 0..archive.len() {
        let part = archive.by_index(i).unwrap();
        if part.name().unwrap() != "xl/sharedStrings.bin" {
            out.raw_copy_file(part).unwrap();
            continue;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut { part }, &mut bytes).unwrap();
        // BrtBeginSst: type 9F 01, length 8, total and unique counts.
        assert_eq!(&bytes[..3], b"\x9f\x01\x08");
        let unique = u32::from_le_bytes(bytes[7..11].try_into().unwrap());
        bytes[7..11].copy_from_slice(&(unique + EXTRA).to_le_bytes());
        // BrtEndSst: type A0 01, length 0.
        assert!(bytes.ends_with(b"\xa0\x01\x00"));
        let mut strings = bytes[..bytes.len() - 3].to_vec();
        // Each: BrtSSTItem (type 13, length 5: no flags, zero letters).
        for _ in 0..EXTRA {
            strings.extend_from_slice(b"\x13\x05\x00\x00\x00\x00\x00");
        }
        strings.extend_from_slice(b"\xa0\x01\x00");
        out.start_file(
            "xl/sharedStrings.bin",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        out.write_all(&strings).unwrap();
    }
    out.finish().unwrap();
    let max = Path::new("--max-memory=64");
    assert_says(
        &check(&[max, &file]),
        2,
        &["xl/sharedStrings.bin", "--max-memory budget of 64 MiB"],
    );
    // Under the default budget the same workbook is read as the original.
    let original = check(&[&source]);
    let read = check(&[&file]);
    assert_eq!(read.status.code(), original.status.code());
    assert_eq!(
        String::from_utf8_lossy(&read.stdout).replace("/b/", "/a/"),
        String::from_utf8_lossy(&original.stdout)
    );
}

/// Writes CSV files with Python's `csv` module and counts their records
/// with it: the oracle of [`csv_from_python_is_read_whole_wherever_a_buffer_ends`].
/// Argument: the folder; prints `file count` lines.
const PYTHON_CSV: &str = r#"
import csv, sys, os
out = sys.argv[1]
variants = [("utf-8", sep, pad) for sep in ";,\t" for pad in range(4)]
variants += [("utf-8-sig", ";", 0), ("cp1251", ";", 1), ("kz1048", ",", 2), ("kz1048", "\t", 3)]
header = ["case_id", "service", "office", "submitted_at", "decided_at", "result",
          "visa_category", "applicant_name", "accepted_by_position"]
for n, (encoding, sep, pad) in enumerate(variants):
    name = os.path.join(out, f"{n}-{encoding}.csv")
    # Windows-1251 has no Kazakh letters: their Russian look-alikes.
    fit = (lambda s: s.translate(str.maketrans("ӘәҢңҚқҮүҰұҒғӨөҺһІі", "АаНнКкУуУуГгОоХхИи"))) if encoding == "cp1251" else (lambda s: s)
    with open(name, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, delimiter=sep, lineterminator="\r\n" if n % 2 else "\n")
        w.writerow([fit("Отчёт за март" + "ә" * pad)])
        w.writerow(header)
        for i in range(9000):
            name_of = "Әбенова \"Гүлнәр\"" + "қ" * (i % 37) + ("; мл., " if i % 5 == 0 else "")
            position = "старший\r\nинспектор" if i % 7 == 0 else "инспектор" + " " * (i % 3)
            w.writerow([fit(f"ВИЗ-Әң-{i:05}"), "visa-issue", "1910-262", "04.03.2025 10:00",
                        "06.03.2025 12:00", "granted", "tourist", fit(name_of), position])
    with open(name, encoding=encoding, newline="") as f:
        records = [r for r in csv.reader(f, delimiter=sep) if any(r)]
    print(os.path.basename(name), len(records) - 2)
"#;

#[test]
fn csv_from_python_is_read_whole_wherever_a_buffer_ends() {
    // Python's csv writes 600 KB to 1.2 MB files of quoted fields holding
    // separators, doubled quotes and line ends, in UTF-8 (with and without
    // BOM), Windows-1251 and KZ-1048, with three separators and LF or CRLF;
    // a title row padded by 0 to 3 letters shifts every buffer boundary of
    // the reader (8 KiB, 64 KiB, the 256 KiB head, the 1 MiB sniff) across
    // letters, quotes and line ends. Every record Python reads back, esep
    // reads and accepts.
    if !have("python3", "python3") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("python3")
        .args(["-c", PYTHON_CSV])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.lines().count(), 16, "{listed}");
    for line in listed.lines() {
        let (name, count) = line.split_once(' ').unwrap();
        let count: u64 = count.parse().unwrap();
        assert_eq!(count, 9000, "Python's own count of {name}");
        let (code, json) = check_json(&[dir.path().join(name)]);
        assert_eq!(code, 0, "{name}: {json}");
        assert_eq!(
            per_table(&json),
            [("cases".to_string(), count, count, 0)],
            "{name}"
        );
    }
}

/// Writes with openpyxl a workbook of a cases and a complaints sheet, each
/// of a random number of rows (blank rows among them, some rows bad, the
/// last row bad or good), and prints what each sheet holds: `table rows
/// rejected`. Arguments: the file, the seed.
const OPENPYXL_SHEETS: &str = r#"
import random, sys
from openpyxl import Workbook
path, seed = sys.argv[1], int(sys.argv[2])
rnd = random.Random(seed)
wb = Workbook()
cases = wb.active
cases.title = "Дела"
cases.append(["case_id", "service", "office", "submitted_at", "decided_at", "result", "visa_category"])
complaints = wb.create_sheet("Жалобы")
complaints.append(["complaint_id", "office", "received_at", "channel"])
def fill(sheet, n, good, bad):
    rejected = 0
    for i in range(n):
        if rnd.random() < 0.1:
            sheet.append([])
        wrong = rnd.random() < 0.15 or (i == n - 1 and seed % 2 == 0)
        rejected += wrong
        sheet.append(bad(i) if wrong else good(i))
    return rejected
n = rnd.randint(1, 150)
bad_cases = fill(cases, n,
    lambda i: [f"В-{i}", "visa-issue", "1910-262", f"04.03.2025 10:{i % 60:02}", "06.03.2025 12:00", "granted", "tourist"],
    lambda i: [f"В-{i}", "visa-issue", "1910-26", "04.03.2025 10:00", "06.03.2025 12:00", "granted", "tourist"])
m = rnd.randint(1, 40)
bad_complaints = fill(complaints, m,
    lambda i: [f"Ж-{i}", "1910-262", "01.04.2025 10:00", "post"],
    lambda i: [f"Ж-{i}", "1910-262", "not a day", "post"])
wb.save(path)
print("cases", n, bad_cases)
print("complaints", m, bad_complaints)
"#;

#[test]
fn workbooks_of_several_sheets_from_openpyxl_read_alike_as_libreoffice_saves_them() {
    // Regression's kin: ods and xls lost the last row of every sheet but
    // the last. Random sheets, each read as openpyxl wrote it, and as
    // LibreOffice saves it as ods and xls: the rows and rejections openpyxl
    // counted, in every format.
    if !have_python("openpyxl") || !have("soffice", "libreoffice-calc-nogui") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for seed in 0..3 {
        let xlsx = dir.path().join(format!("sheets-{seed}.xlsx"));
        let out = std::process::Command::new("python3")
            .args(["-c", OPENPYXL_SHEETS])
            .arg(&xlsx)
            .arg(seed.to_string())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let expected: Vec<(String, u64, u64, u64)> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|line| {
                let mut words = line.split(' ');
                let table = words.next().unwrap().to_string();
                let rows: u64 = words.next().unwrap().parse().unwrap();
                let rejected: u64 = words.next().unwrap().parse().unwrap();
                (table, rows, rows - rejected, rejected)
            })
            .collect();
        for file in [
            xlsx.clone(),
            converted(&xlsx, "ods", dir.path()),
            converted(&xlsx, "xls", dir.path()),
        ] {
            let (_, json) = check_json(std::slice::from_ref(&file));
            assert_eq!(per_table(&json), expected, "{}", file.display());
        }
    }
}
