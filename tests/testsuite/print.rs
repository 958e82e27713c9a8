//! The workbooks as they print: LibreOffice headless turns each into a
//! PDF, and poppler reads the pages back. Skipped, with the reason
//! printed, where either is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{esep, have, run};

/// `workbook` printed to PDF by LibreOffice, in `dir`.
fn printed(workbook: &Path, dir: &Path) -> PathBuf {
    crate::converted(workbook, "pdf", dir)
}

/// The number of pages and the size of the first, in points.
fn pages(pdf: &Path) -> (usize, String) {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    let field = |name: &str| {
        info.lines()
            .find(|l| l.starts_with(name))
            .map(|l| l[name.len()..].trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// The text of page `n` (from 1), as pdftotext lays it out.
fn page_text(pdf: &Path, n: usize) -> String {
    pdftotext(pdf, n, "-layout")
}

/// The text of page `n` by pdftotext in `mode`.
fn pdftotext(pdf: &Path, n: usize, mode: &str) -> String {
    let out = Command::new("pdftotext")
        .args([mode, "-f", &n.to_string(), "-l", &n.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// The median height of the words of each page, in points, as poppler
/// boxes them: about 14.3 for the default 11-point font at 100 %, less
/// on a page shrunk to fit.
fn word_heights(pdf: &Path) -> Vec<f64> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout).to_string();
    let attribute = |tag: &str, name: &str| -> f64 {
        let from = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[from..][..tag[from..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    html.split("<page ")
        .skip(1)
        .map(|page| {
            let mut heights: Vec<f64> = page
                .split("<word ")
                .skip(1)
                .map(|w| attribute(w, "yMax") - attribute(w, "yMin"))
                .collect();
            heights.sort_by(f64::total_cmp);
            heights.get(heights.len() / 2).copied().unwrap_or(0.0)
        })
        .collect()
}

/// Every page of `pdf` but `charts` pages at its end printed at 100 %:
/// none shrunk to fit its width.
fn at_full_size(name: &str, pdf: &Path, charts: usize) {
    let heights = word_heights(pdf);
    for (page, h) in heights.iter().enumerate().take(heights.len() - charts) {
        assert!(
            *h > 13.5,
            "{name}: page {} printed at {:.0} % (words {h:.1} pt high)",
            page + 1,
            h / 14.3 * 100.0
        );
    }
}

/// The text of page `n` in the order it was written: a wrapped cell's
/// lines together, not beside the next cell's.
fn raw_text(pdf: &Path, n: usize) -> String {
    pdftotext(pdf, n, "-raw")
}

#[test]
fn the_workbooks_print_on_a4_with_whole_tables_and_a_page_a_chart() {
    if !have("soffice", "libreoffice-calc-nogui") || !have("pdfinfo", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let previous = dir.path().join("cases-2024.xlsx");
    run(esep()
        .args(["sample", "--year", "2024", "--cases", "600", "--out"])
        .arg(&previous));
    let out = dir.path().join("report");
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    let output = run(esep()
        .args(["report", "--year", "2025", "--lang", "ru", "--out"])
        .arg(&out)
        .arg(&bundled)
        .arg("--previous")
        .arg(&previous));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let printing = dir.path().join("printed");
    std::fs::create_dir(&printing).unwrap();
    for name in ["indicators.xlsx", "findings.xlsx", "rejected.xlsx"] {
        let pdf = printed(&out.join(name), &printing);
        let (n, size) = pages(&pdf);
        // A4, landscape or portrait (595 × 842 points).
        assert!(size.contains("(A4)"), "{name}: {size}");
        match name {
            "indicators.xlsx" => {
                // Before: 144 pages, charts cut across pages; then 68,
                // most sheets shrunk to fit (Appendix 4 at 43 %, the
                // identity documents at 32 %). Now every sheet at 100 %,
                // a wide one in groups of columns, its keys on each page.
                at_full_size(name, &pdf, 2);
                // The key messages first, on a page of their own, with
                // who prepared the report.
                let summary = page_text(&pdf, 1);
                assert!(summary.contains("Главное"), "{summary}");
                assert!(summary.contains("Подготовлено"), "{summary}");
                // Every word of every key message on the page: before,
                // the sentences ran off the page's right edge.
                let printed = raw_text(&pdf, 1);
                let mut book = calamine::open_workbook_auto(out.join(name)).unwrap();
                use calamine::Reader;
                let sheet = book.worksheet_range("Главное").unwrap();
                for cell in sheet.cells().map(|(_, _, v)| v.to_string()) {
                    for word in cell.split_whitespace() {
                        assert!(printed.contains(word), "«{word}» of «{cell}» not printed");
                    }
                }
                // Appendix 4 next, its header row on each of its pages.
                let appendix4: String = (2..n)
                    .take_while(|&p| page_text(&pdf, p).contains("Показатели качества и"))
                    .map(|p| {
                        raw_text(&pdf, p)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                for id in ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1", "5.1"] {
                    assert!(
                        appendix4.contains(id),
                        "{name}: {id} not in Appendix 4: {appendix4}"
                    );
                }
                assert!(
                    appendix4.contains("Нормативные и целевые значения 2025 года"),
                    "{appendix4}"
                );
                // The last two pages: a chart each, whole. Before, each
                // chart was cut in two, its right half on a page of its own.
                let charts = page_text(&pdf, n - 1);
                assert!(
                    charts.contains("1.1 Своевременность по департаментам"),
                    "{charts}"
                );
                assert!(
                    charts.contains("100") && charts.contains("80"),
                    "the scale: {charts}"
                );
                assert!(
                    !page_text(&pdf, n - 2).contains("Своевременность по департаментам"),
                    "a chart on one page"
                );
                let trend = page_text(&pdf, n);
                assert!(trend.contains("Помесячная динамика"), "{trend}");
                assert!(trend.contains("2025-12"), "the last month: {trend}");
                assert!(trend.contains("1.1 в срок (2024)"), "{trend}");
            }
            "rejected.xlsx" => {
                at_full_size(name, &pdf, 0);
                // Before: 47 columns on one page at about 2 pt, still
                // spilling. Now where and why at 100 %, each page with the
                // header row: the file, sheet and row, and the reason.
                for page in 1..=n {
                    let text = page_text(&pdf, page);
                    for key in ["Файл", "Лист", "Строка", "Причина"] {
                        assert!(text.contains(key), "page {page} without {key}: {text}");
                    }
                }
            }
            _ => {
                // findings.xlsx: at 100 %, the finding on the first page
                // of its rows, the case and its office on every page; the
                // counts too (before: shrunk to 76 %, names cut).
                at_full_size(name, &pdf, 0);
                assert!(page_text(&pdf, 1).contains("Нарушение"));
                for page in [1, 2] {
                    let text = page_text(&pdf, page);
                    assert!(
                        text.contains("Номер"),
                        "page {page} without the case: {text}"
                    );
                }
            }
        }
    }
}
