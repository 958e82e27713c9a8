//! A corpus of hostile input, made by the tests themselves (but for one real
//! encrypted workbook): each file gives exit code 1 or 2 with a message that
//! locates the problem, never a panic, and runs under a 1.5 GB address-space
//! limit, so memory stays bounded.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

use esep::schema::column_letter;

use crate::{fixture, run};

pub const HEADER: &str = "case_id;service;office;submitted_at;decided_at;result;visa_category\n";
pub const GOOD: &str =
    "A-1;visa-issue;1910-262;04.03.2025 10:00;06.03.2025 12:00;granted;tourist\n";

/// Address space given to esep on hostile input (KiB): a run that needs more
/// fails to allocate and aborts, which these tests catch as a wrong exit code.
pub const MEMORY_KIB: u64 = 1_500_000;

/// `esep check ARGS…` under the memory limit.
pub fn check(args: &[&Path]) -> Output {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(format!(
            "ulimit -v {MEMORY_KIB} && exec \"$0\" check \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_esep"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL");
    run(&mut cmd)
}

/// Asserts exit code `code` and that what esep said contains every one of `needles`.
pub fn assert_says(out: &Output, code: i32, needles: &[&str]) {
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(code), "{said}");
    for needle in needles {
        assert!(said.contains(needle), "`{needle}` not in: {said}");
    }
}

pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A cell of a hand-made sheet.
pub enum C<'a> {
    S(&'a str),
    N(f64),
    /// A number formatted as a date (style 1: `numFmtId` 14).
    D(f64),
    /// An error value, as a formula that failed leaves it.
    E(&'a str),
}

/// Row `r` of a sheet, its `cells` as inline strings from column A, then `more`.
pub fn inline_row(r: u32, cells: &[&str], more: &str) -> String {
    let mut xml = format!(r#"<row r="{r}">"#);
    for (c, v) in cells.iter().enumerate() {
        let col = (b'A' + c as u8) as char;
        xml += &format!(r#"<c r="{col}{r}" t="inlineStr"><is><t>{v}</t></is></c>"#);
    }
    xml + more + "</row>"
}

pub fn sheet_xml(rows: &[Vec<C>], merged: &[&str]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        xml += &format!(r#"<row r="{}">"#, r + 1);
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column_letter(c), r + 1);
            xml += &match cell {
                C::S(s) => format!(r#"<c r="{at}" t="inlineStr"><is><t>{s}</t></is></c>"#),
                C::N(n) => format!(r#"<c r="{at}"><v>{n}</v></c>"#),
                C::D(n) => format!(r#"<c r="{at}" s="1"><v>{n}</v></c>"#),
                C::E(e) => format!(r#"<c r="{at}" t="e"><f>1/0</f><v>{e}</v></c>"#),
            };
        }
        xml += "</row>";
    }
    xml += "</sheetData>";
    if !merged.is_empty() {
        xml += &format!(r#"<mergeCells count="{}">"#, merged.len());
        for m in merged {
            xml += &format!(r#"<mergeCell ref="{m}"/>"#);
        }
        xml += "</mergeCells>";
    }
    xml + "</worksheet>"
}

/// A minimal xlsx (one sheet `Дела`) around `sheet`, written part by part
/// with `write_sheet`, so that a sheet may be far larger than memory.
pub fn xlsx_with(path: &Path, date1904: bool, write_sheet: impl FnOnce(&mut dyn Write)) {
    let mut write_sheet = Some(write_sheet);
    xlsx_book(path, date1904, &["Дела"], None, |_, w| {
        if let Some(f) = write_sheet.take() {
            f(w)
        }
    });
}

/// A minimal xlsx with the sheets `names`, each written by `write_sheet`
/// (given its index), and a shared-strings part when one is given.
pub fn xlsx_book(
    path: &Path,
    date1904: bool,
    names: &[&str],
    shared_strings: Option<&str>,
    write_sheet: impl FnMut(usize, &mut dyn Write),
) {
    let styles = r#"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>"#;
    xlsx_styled(path, date1904, names, shared_strings, styles, write_sheet);
}

/// [`xlsx_book`] with `styles` (the inside of `<styleSheet>`).
pub fn xlsx_styled(
    path: &Path,
    date1904: bool,
    names: &[&str],
    shared_strings: Option<&str>,
    styles: &str,
    mut write_sheet: impl FnMut(usize, &mut dyn Write),
) {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG: &str = "http://schemas.openxmlformats.org/package/2006";
    let parts = [
        (
            "[Content_Types].xml",
            format!(
                r#"<Types xmlns="{PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#,
                (1..=names.len()).map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#)).collect::<String>()
            ),
        ),
        (
            "_rels/.rels",
            format!(
                r#"<Relationships xmlns="{PKG}/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="{}"/><sheets>{}</sheets></workbook>"#,
                u8::from(date1904),
                names.iter().enumerate().map(|(i, n)| format!(r#"<sheet name="{n}" sheetId="{}" r:id="rId{}"/>"#, i + 1, i + 10)).collect::<String>()
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"<Relationships xmlns="{PKG}/relationships">{}<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>{}</Relationships>"#,
                (1..=names.len()).map(|i| format!(r#"<Relationship Id="rId{}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>"#, i + 9)).collect::<String>(),
                if shared_strings.is_some() { format!(r#"<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>"#) } else { String::new() }
            ),
        ),
        (
            "xl/styles.xml",
            format!(
                r#"<styleSheet xmlns="{MAIN}">{styles}</styleSheet>"#
            ),
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    if let Some(strings) = shared_strings {
        zip.start_file("xl/sharedStrings.xml", options).unwrap();
        zip.write_all(strings.as_bytes()).unwrap();
    }
    for i in 0..names.len() {
        zip.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), options)
            .unwrap();
        write_sheet(i, &mut zip);
    }
    zip.finish().unwrap();
}

pub fn xlsx(path: &Path, rows: &[Vec<C>], merged: &[&str], date1904: bool) {
    let xml = sheet_xml(rows, merged);
    xlsx_with(path, date1904, |w| w.write_all(xml.as_bytes()).unwrap());
}

/// The contract's required columns of the cases, in the order of [`HEADER`].
pub const COLUMNS: [&str; 7] = [
    "case_id",
    "service",
    "office",
    "submitted_at",
    "decided_at",
    "result",
    "visa_category",
];

pub fn header() -> Vec<C<'static>> {
    COLUMNS.map(C::S).into()
}

#[test]
fn an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "cases.xlsx", "");
    assert_says(
        &check(&[&file]),
        2,
        &["cases.xlsx: cannot read the file: the file is empty (0 bytes)"],
    );
}

#[test]
fn a_web_page_under_a_workbook_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "cases.xlsx",
        "<html><body><table><tr><td>case_id</td></tr></table></body></html>",
    );
    assert_says(
        &check(&[&file]),
        2,
        &["cases.xlsx: cannot read the file: this is not a workbook but a web page (HTML)"],
    );
}

#[test]
fn a_truncated_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let whole = std::fs::read(fixture("rules.xlsx")).unwrap();
    let file = write(dir.path(), "cases.xlsx", &whole[..whole.len() / 2]);
    assert_says(
        &check(&[&file]),
        2,
        &["cases.xlsx: cannot read the file: the workbook is damaged or cut short"],
    );
}

#[test]
fn an_encrypted_workbook() {
    // Made by msoffcrypto-tool from a one-case workbook; the password is `esep`.
    assert_says(
        &check(&[&fixture("hostile/encrypted.xlsx")]),
        2,
        &["encrypted.xlsx: cannot read the file: the workbook is protected by a password"],
    );
}

#[test]
fn a_sheet_that_unpacks_to_gigabytes_is_refused_before_it_is_read() {
    // 3 GiB of rows, deflated to a few MB: refused by the default limit
    // (2 GiB) from the zip's directory, before any of it is inflated.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bomb.xlsx");
    xlsx_with(&file, false, |w| {
        let row = r#"<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"#;
        let block = row.repeat((1 << 20) / row.len() + 1);
        w.write_all(b"<worksheet><sheetData>").unwrap();
        for _ in 0..3 << 10 {
            w.write_all(block.as_bytes()).unwrap();
        }
        w.write_all(b"</sheetData></worksheet>").unwrap();
    });
    assert!(std::fs::metadata(&file).unwrap().len() < 64 << 20);
    let started = std::time::Instant::now();
    assert_says(
        &check(&[&file]),
        2,
        &[
            "bomb.xlsx: cannot read the file: part `xl/worksheets/sheet1.xml` of the workbook unpacks to 3",
            "more than the limit of 2048 MiB",
        ],
    );
    assert!(started.elapsed().as_secs() < 10, "refused without reading");
}

#[test]
fn a_zip_that_lies_about_its_sizes_is_stopped_at_the_declared_size() {
    // A sheet of 2 MiB whose directory claims it is tiny: the zip reader
    // stops at the declared size instead of inflating on.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("liar.xlsx");
    let mut rows = vec![header()];
    for i in 0..20_000 {
        let id = format!("ID-{i:08}-PADDING-PADDING-PADDING-PADDING-PADDING-PADDING");
        rows.push(vec![C::S(Box::leak(id.into_boxed_str()))]);
    }
    xlsx(&file, &rows, &[], false);
    let mut bytes = std::fs::read(&file).unwrap();
    let real = sheet_xml(&rows, &[]).len() as u32;
    assert!(real > 1 << 20);
    // Every place the real size is written (local header, central
    // directory): replace it by 1,000.
    let needle = real.to_le_bytes();
    let mut patched = 0;
    for i in 0..bytes.len() - 4 {
        if bytes[i..i + 4] == needle {
            bytes[i..i + 4].copy_from_slice(&1000u32.to_le_bytes());
            patched += 1;
        }
    }
    assert!(patched >= 2, "sizes patched: {patched}");
    std::fs::write(&file, bytes).unwrap();
    assert_says(
        &check(&[&file]),
        2,
        &["liar.xlsx: cannot read the file:", "declared"],
    );
}

#[test]
fn a_row_of_16384_cells() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.xlsx");
    let mut wide: Vec<C> = vec![
        C::S("A-1"),
        C::S("visa-issue"),
        C::S("1910-262"),
        C::S("04.03.2025 10:00"),
        C::S("06.03.2025 12:00"),
        C::S("granted"),
        C::S("tourist"),
    ];
    wide.extend((7..16_384).map(|_| C::N(1.0)));
    wide[1] = C::S("no such service");
    xlsx(&file, &[header(), wide], &[], false);
    assert_says(
        &check(&[&file]),
        1,
        &["wide.xlsx:Дела!B2: error: service: not an allowed value"],
    );
}

#[test]
fn merged_header_cells_hide_a_column() {
    // "result" sits under a cell merged over D1:F1; only D1 keeps its text.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("merged.xlsx");
    let mut head = header();
    head[5] = C::S("");
    xlsx(&file, &[head], &["E1:F1"], false);
    assert_says(
        &check(&[&file]),
        2,
        &["merged.xlsx:Дела: the header in row 1 lacks required column(s) `result`"],
    );
}

#[test]
fn formula_error_values_are_rejected_where_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("errors.xlsx");
    let row = |id, at: C<'static>, result: C<'static>| {
        vec![
            C::S(id),
            C::S("visa-issue"),
            C::S("1910-262"),
            at,
            C::S("06.03.2025 12:00"),
            result,
            C::S("tourist"),
        ]
    };
    xlsx(
        &file,
        &[
            header(),
            row("A-1", C::E("#DIV/0!"), C::S("granted")),
            row("A-2", C::S("04.03.2025 10:00"), C::E("#REF!")),
        ],
        &[],
        false,
    );
    assert_says(
        &check(&[&file]),
        1,
        &[
            "errors.xlsx:Дела!D2: error: submitted_at: the cell holds a formula error",
            "(value: \"#DIV/0!\")",
            "errors.xlsx:Дела!F3: error: result: the cell holds a formula error",
            "(value: \"#REF!\")",
        ],
    );
}

#[test]
fn dates_of_the_1904_system_are_read_as_the_workbook_means_them() {
    // 43892.5 is 3 March 2024, noon, counted from 1904 (2 March 2020 from
    // 1900). A decision at 11:00 that day comes before it only if the
    // epoch is right.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mac.xlsx");
    let row = |id, decided| {
        vec![
            C::S(id),
            C::S("visa-issue"),
            C::S("1910-262"),
            C::D(43892.5),
            C::S(decided),
            C::S("granted"),
            C::S("tourist"),
        ]
    };
    xlsx(
        &file,
        &[
            header(),
            row("A-1", "05.03.2024 12:00"),
            row("A-2", "03.03.2024 11:00"),
        ],
        &[],
        true,
    );
    let out = check(&[&file]);
    assert_says(
        &out,
        1,
        &["mac.xlsx:Дела!E3: error: decided_at: result issued before the documents were accepted"],
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches(": error: ").count(), 1, "{said}");
}

#[test]
fn numbers_stored_as_text_are_read_and_words_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fees.xlsx");
    let mut head = header();
    head.extend([C::S("fee_amount"), C::S("entries")]);
    let row = |id, fee, entries| {
        vec![
            C::S(id),
            C::S("visa-issue"),
            C::S("1910-262"),
            C::S("04.03.2025 10:00"),
            C::S("06.03.2025 12:00"),
            C::S("granted"),
            C::S("tourist"),
            C::S(fee),
            C::S(entries),
        ]
    };
    xlsx(
        &file,
        &[
            head,
            row("A-1", "1 966,00", "1"),
            row("A-2", "1966", "2"),
            row("A-3", "тысяча девятьсот", "1"),
        ],
        &[],
        false,
    );
    let out = check(&[&file]);
    assert_says(
        &out,
        1,
        &[
            "fees.xlsx:Дела!H4: error: fee_amount: not an amount",
            // Words that are not the column's are told by their kind.
            "(value: \"<15 letters, 1 other character>\")",
        ],
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches(": error: ").count(), 1, "{said}");
}

#[test]
fn a_10_mb_cell_is_rejected_by_its_length_and_not_carried() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "Ж".repeat(5 << 20);
    let file = write(
        dir.path(),
        "huge.csv",
        format!("{HEADER}{}", GOOD.replace("A-1", &huge)),
    );
    let errors = dir.path().join("rejected.xlsx");
    let out = check(&[&file, Path::new("--errors"), &errors]);
    assert_says(
        &out,
        1,
        &[
            "huge.csv:A2: error: case_id: text longer than the 32,767 characters a cell can hold",
            "(value: \"<text of 5242880 characters>\")",
        ],
    );
    assert!(out.stdout.len() < 10_000, "the text itself is not printed");
    assert!(std::fs::metadata(&errors).unwrap().len() < 100_000);
}

#[test]
fn invalid_utf8_in_a_csv_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let russian = "№ талона;Услуга;Код подразделения;Дата приема документов;Результат\n\
                   ВИЗ-1;выдача визы;1910-262;04.03.2025;на рассмотрении\n";
    let mut bytes = russian.as_bytes().to_vec();
    bytes.extend_from_slice(
        b"\xc2\xc8\xc7-2;\xe2\xfb\xe4\xe0\xf7\xe0;1910-262;04.03.2025;pending\n",
    );
    let file = write(dir.path(), "broken.csv", bytes);
    assert_says(
        &check(&[&file]),
        2,
        &["broken.csv: cannot read the file: line 3: bytes that are not UTF-8"],
    );
}

#[test]
fn a_csv_with_mixed_separators_rejects_the_odd_lines() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "mixed.csv",
        format!(
            "{HEADER}{GOOD}{}",
            GOOD.replace("A-1", "A-2").replace(';', ",")
        ),
    );
    let out = check(&[&file]);
    assert_says(
        &out,
        1,
        &[
            "mixed.csv:B3: error: service: required value is empty",
            "mixed.csv:C3: error: office: required value is empty",
        ],
    );
}

#[test]
fn a_table_with_every_column_empty() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "empty.csv",
        format!("{HEADER}{}", ";;;;;;\n".repeat(50)),
    );
    assert_says(
        &check(&[&csv]),
        2,
        &["empty.csv: the cases table under the header in row 1 has no rows"],
    );
    let xlsx_file = dir.path().join("empty.xlsx");
    let blank: Vec<Vec<C>> = std::iter::once(header())
        .chain((0..50).map(|_| vec![C::S(" "), C::S(""), C::S("")]))
        .collect();
    xlsx(&xlsx_file, &blank, &[], false);
    assert_says(
        &check(&[&xlsx_file]),
        2,
        &["empty.xlsx:Дела: the cases table under the header in row 1 has no rows"],
    );
}

#[test]
fn a_hundred_thousand_invalid_rows_are_each_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(HEADER);
    for i in 0..100_000 {
        text += &format!("B-{i};visa-issue;1910-262;31.02.2025;;pending;tourist\n");
    }
    let file = write(dir.path(), "bad.csv", text);
    let out = check(&[&file, Path::new("--json")]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["rows"], 100_000);
    assert_eq!(json["accepted"], 0);
    assert_eq!(json["rejected"], 100_000);
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 100_000);
    assert_eq!(errors[99_999]["row"], 100_001);
    assert_eq!(errors[99_999]["column"], "submitted_at");
}
