//! The fast xlsx scanner against calamine, its oracle: every workbook
//! read through both readers gives the same cells (values, types,
//! positions, header, blank rows, errors) and the same `esep check
//! --json`. The workbooks are the fixtures written by other programs
//! (openpyxl, LibreOffice, Excel's format as `esep sample` writes it),
//! hand-made sheets of every form a cell can take, including the forms
//! the scanner leaves to calamine part-way through a sheet, and a
//! generated sheet of 100,000 rows.

use std::io::Write;
use std::path::{Path, PathBuf};

use esep::ingest::{IngestConfig, RawRow, Source, Visitor, XlsxReader};

use crate::hostile::{COLUMNS as HEADER, xlsx_styled};
use crate::{esep, fixture, run};

/// Everything a reader hands on, in order.
#[derive(Default)]
struct Recorder(Vec<String>);

impl Visitor for Recorder {
    fn begin(&mut self, source: &Source) {
        self.0.push(format!("{source:?}"));
    }
    fn row(&mut self, _: &Source, row: RawRow) {
        self.0.push(format!("{} {:?}", row.number, row.cells));
    }
    fn blank_rows(&mut self, _: &Source, count: u64) {
        self.0.push(format!("blank {count}"));
    }
    fn not_read(&mut self, _: &std::sync::Arc<str>, sheet: &str, why: esep::ingest::NotRead) {
        self.0.push(format!("not read {sheet}: {why:?}"));
    }
}

fn read(path: &Path, reader: XlsxReader) -> (Vec<String>, Option<String>) {
    let config = IngestConfig {
        xlsx_reader: reader,
        ..IngestConfig::default()
    };
    let mut recorder = Recorder::default();
    let result = esep::ingest::load(path, &config, &mut recorder);
    (recorder.0, result.err().map(|e| format!("{e:?}")))
}

/// Both readers agree on `path`, cell by cell and in `esep check --json`;
/// returns how many things were handed on.
fn assert_same(path: &Path) -> usize {
    let (mut fast, mut oracle) = (
        read(path, XlsxReader::Fast),
        read(path, XlsxReader::Calamine),
    );
    // A file that cannot be read gives no row to anything (the run writes
    // nothing): the rows a reader handed on before its error are not
    // compared, the error is. The scanner refuses a damaged cell where it
    // stands; calamine's reading goes on to the sheet's end first.
    if fast.1.is_some() && oracle.1.is_some() {
        fast.0.clear();
        oracle.0.clear();
    }
    for (i, (a, b)) in fast.0.iter().zip(&oracle.0).enumerate() {
        assert_eq!(a, b, "{}: item {i} differs", path.display());
    }
    assert_eq!(fast, oracle, "{}", path.display());
    let check = |reader: &str| {
        let out = run(esep()
            .args(["check", "--json", "--xlsx-reader", reader])
            .arg(path));
        (out.status.code(), out.stdout, out.stderr)
    };
    let (a, b) = (check("fast"), check("calamine"));
    assert_eq!(
        a,
        b,
        "{}: check differs:\n{}\n{}",
        path.display(),
        String::from_utf8_lossy(&a.2),
        String::from_utf8_lossy(&b.2)
    );
    fast.0.len()
}

/// The shared strings of the hand-made books: plain, rich with a phonetic
/// run, entities and Excel's `_xHHHH_`, trimmed and preserved space, empty.
const STRINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="11" uniqueCount="11"><si><t>A-1</t></si><si><t>visa-issue</t></si><si><t>1910-262</t></si><si><t>granted</t></si><si><t>tourist</t></si><si><r><rPr><b/></rPr><t>A-</t></r><r><t xml:space="preserve"> 2 </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si><si><t>a&amp;b &#1040;_x000D_c&#x1F600;</t></si><si><t>  padded
</t></si><si><t xml:space="preserve">  kept  </t></si><si/><si><t/></si></sst>"#;

/// Styles: built-in date, date-time and duration formats, custom ones,
/// and a `cellStyleXfs` that must not count as cell styles.
const STYLES: &str = r#"<numFmts count="3"><numFmt numFmtId="164" formatCode="dd.mm.yyyy hh:mm"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="0.00&quot;d&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22"/><xf numFmtId="46"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="46"/><xf numFmtId="22"/><xf numFmtId="166"><alignment wrapText="1"/></xf></cellXfs>"#;

/// Rows 2 to 8: every form the scanner reads itself.
const PLAIN_ROWS: &str = concat!(
    r#"<row r="2" spans="1:7"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" s="1"><v>45720.416666666664</v></c><c r="E2" s="1"><v>45722.5</v></c><c r="F2" t="s"><v>3</v></c><c r="G2" t="s"><v>4</v></c></row>"#,
    "\n",
    r#"<row><c t="s"><v>5</v></c><c t="str"><v>visa-issue</v></c><c><v>1910262</v></c><c s="2"><v>45720.5</v></c><c s="3"><v>1.25</v></c><c t="b"><v>1</v></c><c t="s"><v>6</v></c></row>"#,
    r#"<row r="4"/><row r="5"></row>"#,
    r#"<row r="6"><c r="A6" t="s"><v>7</v></c><c r="B6" t="s"><v>8</v></c><c r="C6" t="s"><v>9</v></c><c r="D6" t="s"><v>10</v></c><c r="E6" s="1"/><c r="F6"><v></v></c><c r="G6" t="n"><v>-1.5E-3</v></c></row>"#,
    r#"<row r="7"><c r="A7"><f>1+1</f><v>2</v></c><c r="B7" t="str"><f>A1</f><v>text</v></c><c r="C7"><v>2</v><f>x</f></c><c r="D7" t="inlineStr"><is><t xml:space="preserve"> in line </t></is></c><c r="E7" s="99"><v>45000</v></c><c r="F7"><v>.5</v></c><c r="G7"><v>-0</v></c></row>"#,
    r#"<row r="8"><c r="A8" s="4"><v>45720.75</v></c><c r="B8" s="5"><v>1.5</v></c><c r="C8" s="6"><v>0.25</v></c><c r="D8" s="7"><v>45720</v></c><c r="E8" s="8"><v>3.14159</v></c><c r="F8" t="b"><v>0</v></c><c r="G8" t="inlineStr"><is><t>  trimmed </t></is></c></row>"#,
);

/// A book of the header, the plain rows and `more` (a row 9 on).
fn book(dir: &Path, name: &str, more: &str, date1904: bool) -> PathBuf {
    let path = dir.join(format!("{name}.xlsx"));
    let header: String = HEADER
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let col = esep::schema::column_letter(i);
            format!(r#"<c r="{col}1" t="inlineStr"><is><t>{h}</t></is></c>"#)
        })
        .collect();
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:G9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData><row r="1">{header}</row>{PLAIN_ROWS}{more}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#
    );
    xlsx_styled(
        &path,
        date1904,
        &["Дела"],
        Some(STRINGS),
        STYLES,
        |_, w| w.write_all(sheet.as_bytes()).unwrap(),
    );
    path
}

/// What follows the plain rows: each a form the scanner leaves to
/// calamine from that cell on (true), or one it reads itself, faults
/// included, which both readers must refuse alike.
const AFTER: &[(&str, &str, bool)] = &[
    ("nothing", "", false),
    (
        "error-cell",
        r#"<row r="9"><c r="A9" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B9" t="e"><v>#N/A</v></c><c r="C9" t="e"/></row>"#,
        false,
    ),
    (
        "error-unknown",
        r#"<row r="9"><c r="A9" t="e"><v>#SPILL!</v></c></row>"#,
        true,
    ),
    (
        "iso-date",
        r#"<row r="9"><c r="A9" t="d"><v>2025-03-04T10:00:00</v></c></row>"#,
        true,
    ),
    (
        "prefixed",
        r#"<x:row r="9"><x:c r="A9"><x:v>1</x:v></x:c></x:row><row r="10"><c r="A10"><v>2</v></c></row>"#,
        true,
    ),
    (
        "comment",
        r#"<!-- a note --><row r="9"><c r="A9"><v>1</v></c></row>"#,
        true,
    ),
    (
        "cdata",
        r#"<row r="9"><c r="A9"><v><![CDATA[12]]></v></c></row>"#,
        true,
    ),
    (
        "entity-number",
        r#"<row r="9"><c r="A9"><v>1&#48;</v></c></row>"#,
        true,
    ),
    (
        "lowercase-ref",
        r#"<row r="9"><c r="a9"><v>1</v></c><c r="b9"><v>2</v></c></row>"#,
        true,
    ),
    (
        "single-quotes",
        r#"<row r='9'><c r='A9'><v>1</v></c></row>"#,
        true,
    ),
    (
        "plus-sign",
        r#"<row r="9"><c r="A9"><v>+1</v></c></row>"#,
        true,
    ),
    (
        "space-number",
        r#"<row r="9"><c r="A9"><v> 1</v></c></row>"#,
        true,
    ),
    (
        "inf",
        r#"<row r="9"><c r="A9"><v>inf</v></c><c r="B9"><v>1e400</v></c></row>"#,
        true,
    ),
    (
        "exponent",
        r#"<row r="9"><c r="A9"><v>1e5</v></c><c r="B9"><v>1.</v></c></row>"#,
        false,
    ),
    (
        "untyped-text",
        r#"<row r="9"><c r="A9"><v>abc</v></c></row>"#,
        true,
    ),
    (
        "bool-word",
        r#"<row r="9"><c r="A9" t="b"><v>true</v></c></row>"#,
        true,
    ),
    (
        "index-beyond",
        r#"<row r="9"><c r="A9" t="s"><v>999</v></c></row>"#,
        true,
    ),
    (
        "index-word",
        r#"<row r="9"><c r="A9" t="s"><v>abc</v></c></row>"#,
        false,
    ),
    (
        "index-entity",
        r#"<row r="9"><c r="A9" t="s"><v>&#49;</v></c></row>"#,
        false,
    ),
    (
        "unknown-type",
        r#"<row r="9"><c r="A9" t="x"><v>1</v></c></row>"#,
        true,
    ),
    (
        "beyond-columns",
        r#"<row r="9"><c r="XFE9"><v>1</v></c></row>"#,
        false,
    ),
    (
        "beyond-rows",
        r#"<row r="2000000"><c r="A2000000"><v>1</v></c></row>"#,
        false,
    ),
    (
        "str-entity",
        r#"<row r="9"><c r="A9" t="str"><v>a&amp;b</v></c><c r="B9" t="str"><v>a_x000D_b</v></c></row>"#,
        true,
    ),
    (
        "rich-inline",
        r#"<row r="9"><c r="A9" t="inlineStr"><is><r><t>rich</t></r></is></c></row>"#,
        true,
    ),
    (
        "inline-entity",
        r#"<row r="9"><c r="A9" t="inlineStr"><is><t>a&amp;b</t></is></c></row>"#,
        true,
    ),
    (
        "unknown-child",
        r#"<row r="9"><c r="A9"><extLst/></c></row>"#,
        true,
    ),
    (
        "style-word",
        r#"<row r="9"><c r="A9" s="abc"><v>45000</v></c></row>"#,
        true,
    ),
    (
        "text-between",
        r#"<row r="9">x<c r="A9"><v>1</v></c></row>"#,
        true,
    ),
    (
        "duplicate-attribute",
        r#"<row r="9"><c r="A9" r="B9"><v>1</v></c></row>"#,
        true,
    ),
    (
        "gt-in-attribute",
        r#"<row r="9" x14ac:note="a>b"><c r="A9"><v>1</v></c></row>"#,
        true,
    ),
    (
        "row-zero",
        r#"<row r="0"><c r="A9"><v>1</v></c></row>"#,
        true,
    ),
    (
        "refs-out-of-order",
        r#"<row r="12"><c r="C12"><v>3</v></c><c r="A12"><v>1</v></c></row><row r="10"><c r="B10"><v>2</v></c></row>"#,
        false,
    ),
    ("long-text", "LONG", false),
];

#[test]
fn every_form_of_cell_reads_as_calamine_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!(
        r#"<row r="9"><c r="A9" t="inlineStr"><is><t>{}</t></is></c></row>"#,
        "ж".repeat(40_000)
    );
    for (name, more, left) in AFTER {
        let more = if *more == "LONG" { long.as_str() } else { more };
        let path = book(dir.path(), name, more, false);
        assert_same(&path);
        // The scanner did read what it reads: the test compares it, not
        // calamine with itself.
        let out = run(esep().args(["check", "-vv"]).arg(&path));
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(said.contains("read by calamine"), *left, "{name}: {said}");
    }
    assert_same(&book(dir.path(), "epoch-1904", "", true));
}

/// Sheets cut short or laid out unlike a worksheet: both readers refuse
/// them, with the same words.
#[test]
fn damaged_sheets_are_refused_alike() {
    let dir = tempfile::tempdir().unwrap();
    let sheets = [
        ("truncated", r#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>case_id</t></is></c></row><row r="2"><c r="A2"><v>1"#.to_string()),
        ("no-sheet-data", r#"<chartsheet><sheetViews/></chartsheet>"#.to_string()),
        ("empty-sheet-data", r#"<worksheet><sheetData/></worksheet>"#.to_string()),
        ("bad-dimension", r#"<worksheet><dimension ref="A1:"/><sheetData/></worksheet>"#.to_string()),
        ("dimension-without-ref", r#"<worksheet><dimension/><sheetData/></worksheet>"#.to_string()),
    ];
    for (name, sheet) in sheets {
        let path = dir.path().join(format!("{name}.xlsx"));
        xlsx_styled(
            &path,
            false,
            &["Дела"],
            Some(STRINGS),
            STYLES,
            |_, w| w.write_all(sheet.as_bytes()).unwrap(),
        );
        assert_same(&path);
    }
}

#[test]
fn the_workbooks_other_programs_wrote_read_alike() {
    for name in [
        "rules.xlsx",
        "rules-v2.xlsx",
        "rules-libreoffice.xlsm",
        "hostile/encrypted.xlsx",
    ] {
        assert_same(&fixture(name));
        // openpyxl's, LibreOffice's and Excel's forms are the scanner's own.
        let out = run(esep().args(["check", "-v"]).arg(fixture(name)));
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!said.contains("read by calamine"), "{name}: {said}");
    }
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    assert!(assert_same(&sample) > 2_000);
}

/// 100,000 rows of cells of every form the scanner reads, drawn by a
/// fixed seed, some rows and cells without their reference.
#[test]
fn a_generated_sheet_of_100000_rows_reads_alike() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("generated.xlsx");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    xlsx_styled(
        &path,
        false,
        &["Дела"],
        Some(STRINGS),
        STYLES,
        |_, w| {
            let mut w = std::io::BufWriter::new(w);
            write!(w, r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">"#).unwrap();
            for h in HEADER {
                write!(w, r#"<c t="inlineStr"><is><t>{h}</t></is></c>"#).unwrap();
            }
            write!(w, "</row>").unwrap();
            for r in 2..=100_001u32 {
                let referenced = next() % 10 != 0;
                match referenced {
                    true => write!(w, r#"<row r="{r}">"#).unwrap(),
                    false => write!(w, "<row>").unwrap(),
                }
                for c in 0..7 {
                    let at = match next() % 7 != 0 && referenced {
                        true => format!(r#" r="{}{r}""#, esep::schema::column_letter(c)),
                        false => String::new(),
                    };
                    let n = next();
                    match n % 9 {
                        0 => write!(w, r#"<c{at} t="s"><v>{}</v></c>"#, n % 11),
                        1 => write!(w, r#"<c{at}><v>{}</v></c>"#, (n % 1_000_000) as f64 / 7.0),
                        2 => write!(
                            w,
                            r#"<c{at} s="{}"><v>{}</v></c>"#,
                            n % 9,
                            40_000.0 + (n % 100_000) as f64 / 97.0
                        ),
                        3 => write!(w, r#"<c{at} t="b"><v>{}</v></c>"#, n % 2),
                        4 => write!(
                            w,
                            r#"<c{at} t="inlineStr"><is><t>v{}</t></is></c>"#,
                            n % 1000
                        ),
                        5 => write!(w, r#"<c{at} t="str"><f>A1</f><v>f{}</v></c>"#, n % 100),
                        6 => write!(w, r#"<c{at} s="1"/>"#),
                        7 => write!(w, r#"<c{at}><v>-{}E-{}</v></c>"#, n % 1000, n % 5),
                        _ => Ok(()),
                    }
                    .unwrap();
                }
                write!(w, "</row>").unwrap();
            }
            write!(w, "</sheetData></worksheet>").unwrap();
        },
    );
    assert!(assert_same(&path) > 100_000);
    let out = run(esep().args(["check", "-v"]).arg(&path));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("read by calamine"));
}

/// The sheet of [`book`], damaged at random: bytes cut out, repeated, or
/// replaced by the characters XML is made of. Where calamine reads the
/// damaged sheet, the scanner reads the same, refusals included
/// (`fuzz/fuzz_targets/sheet.rs` does the same with libFuzzer's inputs).
#[test]
fn a_damaged_sheet_reads_as_calamine_reads_it_or_is_refused_alike() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let dir = tempfile::tempdir().unwrap();
    let plain = book(dir.path(), "plain", "", false);
    let sheet = {
        let mut archive = zip::ZipArchive::new(std::fs::File::open(&plain).unwrap()).unwrap();
        let mut entry = archive.by_name("xl/worksheets/sheet1.xml").unwrap();
        let mut text = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut text).unwrap();
        text
    };
    const ALPHABET: &[u8] = b"<>/=\"' &;#x_1aAcrvtsfie:![]-.E\n";
    let edit = (
        0..3u8,
        any::<prop::sample::Index>(),
        1..40usize,
        prop::collection::vec(prop::sample::select(ALPHABET), 1..6),
    );
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    let path = dir.path().join("damaged.xlsx");
    runner
        .run(&prop::collection::vec(edit, 1..4), |edits| {
            let mut xml = sheet.clone();
            for (kind, at, len, with) in edits {
                let at = at.index(xml.len());
                let end = (at + len).min(xml.len());
                match kind {
                    0 => drop(xml.drain(at..end)),
                    1 => {
                        let copy = xml[at..end].to_vec();
                        xml.splice(at..at, copy);
                    }
                    _ => drop(xml.splice(at..end.min(at + with.len()), with)),
                }
            }
            xlsx_styled(
                &path,
                false,
                &["Дела"],
                Some(STRINGS),
                STYLES,
                |_, w| w.write_all(&xml).unwrap(),
            );
            let fast = read(&path, XlsxReader::Fast);
            let oracle = read(&path, XlsxReader::Calamine);
            let xml = String::from_utf8_lossy(&xml);
            // Where calamine refuses XML that is not well formed, the
            // scanner, which checks only what it reads, may read it.
            if oracle.1.is_none() {
                prop_assert_eq!(&fast, &oracle, "{}", xml);
            }
            Ok(())
        })
        .unwrap();
}
