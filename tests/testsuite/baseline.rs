//! The texts every output of the bundled sample shows, in Kazakh and in
//! Russian, held against `tests/fixtures/baseline/`: moving a sentence
//! from the code to a catalogue must not change a word a reader sees.
//!
//! Each output is held twice. A SHA-256 of its whole text (pdftotext's
//! pages; a workbook's cells with their places) fails on any change at
//! all. And an inventory a person can read in a diff: every distinct line
//! with its digits masked as `#` (so that a month's case or a
//! percentage's comma still shows) and how often it occurs; in the long
//! documents only the lines on three pages or more, which leaves out the
//! names of people and keeps every sentence of a template or catalogue.
//!
//! When a change is meant (a leak fixed), `ESEP_BLESS_BASELINE=1 cargo
//! test baseline` writes the new texts, and `git diff
//! tests/fixtures/baseline` shows what changed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Reader, open_workbook_auto};
use sha2::{Digest, Sha256};

use crate::{assert_success, esep, have, run};

const FORMS: [&str; 4] = ["appendix3", "appendix5", "registration", "complaint"];

#[test]
fn the_kazakh_outputs_of_the_bundled_sample_read_as_before() {
    holds("kk");
}

#[test]
fn the_russian_outputs_of_the_bundled_sample_read_as_before() {
    holds("ru");
}

/// Makes every output of the bundled sample in `lang` and compares each
/// with its baseline; lists every output that differs, then fails.
fn holds(lang: &str) {
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    let report = dir.path().join("report");
    assert_success(&run(esep()
        .args(["report", "--lang", lang, "--out"])
        .arg(&report)));
    let mut texts = Vec::new();
    for name in ["indicators.xlsx", "findings.xlsx", "rejected.xlsx"] {
        texts.push((name.to_string(), cells(&report.join(name)), 1));
    }
    if have("pdftotext", "poppler-utils") {
        let mut pdfs = vec![(
            "annual-report.pdf".to_string(),
            report.join("annual-report.pdf"),
        )];
        for form in FORMS {
            let out = dir.path().join(format!("talons-{form}.pdf"));
            assert_success(&run(esep()
                .args(["talons", "--lang", lang, "--form", form, "--out"])
                .arg(&out)
                .arg(&sample)));
            pdfs.push((format!("talons-{form}.pdf"), out));
        }
        let out = dir.path().join("decisions.pdf");
        assert_success(&run(esep()
            .args(["decisions", "--lang", lang, "--out"])
            .arg(&out)
            .arg(&sample)));
        pdfs.push(("decisions.pdf".to_string(), out));
        for (name, pdf) in pdfs {
            let text = pdf_text(&pdf);
            let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
            texts.push((name, text, if pages > 20 { 3 } else { 1 }));
        }
    }
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/baseline")
        .join(lang);
    let bless = std::env::var_os("ESEP_BLESS_BASELINE").is_some();
    let mut differ = Vec::new();
    for (name, text, least) in texts {
        let held = baseline(&name, &text, least);
        let file = folder.join(format!("{name}.txt"));
        let before = std::fs::read_to_string(&file).unwrap_or_default();
        if before == held {
            continue;
        }
        if bless {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&file, &held).unwrap();
        } else {
            differ.push(format!(
                "{}\n{}",
                file.display(),
                first_difference(&before, &held)
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "the outputs in {lang} differ from their baseline (ESEP_BLESS_BASELINE=1 \
         cargo test baseline writes the new one, git diff shows it):\n{}",
        differ.join("\n")
    );
}

/// The text pdftotext reads from `pdf`, pages parted by form feeds.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext {}: {out:?}", pdf.display());
    String::from_utf8(out.stdout).unwrap()
}

/// Every non-empty cell of `workbook` as `sheet!A1<tab>text`, a line each,
/// sheets in their order and cells by row.
fn cells(workbook: &PathBuf) -> String {
    let mut book = open_workbook_auto(workbook).unwrap();
    let mut text = String::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let (top, left) = range.start().unwrap_or_default();
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let value = cell.to_string();
                if !value.is_empty() {
                    let column = esep::schema::column_letter(left as usize + c);
                    let row = top as usize + r + 1;
                    writeln!(text, "{name}!{column}{row}\t{value}").unwrap();
                }
            }
        }
    }
    text
}

/// What is held of one output: its digest, then its distinct lines (a
/// workbook's: sheet and text, without the cell's place) with digits
/// masked, each with how often it occurs, those fewer than `least` left
/// out.
fn baseline(name: &str, text: &str, least: usize) -> String {
    let mut lines: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines() {
        let line = match line.split_once('\t') {
            Some((place, value)) => {
                let sheet = place.rsplit_once('!').map_or(place, |(s, _)| s);
                format!("{sheet}\t{value}")
            }
            None => line.trim().to_string(),
        };
        if line.is_empty() {
            continue;
        }
        *lines.entry(masked(&line)).or_default() += 1;
    }
    let digest = Sha256::digest(text.as_bytes());
    let mut held = format!("# {name}\n# sha256 of the whole text: {digest:x}\n");
    if least > 1 {
        writeln!(held, "# lines that occur {least} times or more").unwrap();
    }
    for (line, count) in lines.into_iter().filter(|(_, n)| *n >= least) {
        writeln!(held, "{count}\t{line}").unwrap();
    }
    held
}

/// `line` with every run of digits written `#`.
fn masked(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_number = false;
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('#');
            }
            in_number = true;
        } else {
            out.push(c);
            in_number = false;
        }
    }
    out
}

/// The first lines where `before` and `now` part, for the failure message.
fn first_difference(before: &str, now: &str) -> String {
    let (a, b): (Vec<_>, Vec<_>) = (before.lines().collect(), now.lines().collect());
    let at = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let show = |lines: &[&str]| {
        lines
            .iter()
            .skip(at)
            .take(3)
            .copied()
            .collect::<Vec<_>>()
            .join("\n    ")
    };
    format!("  line {}:\n  was {}\n  now {}", at + 1, show(&a), show(&b))
}
