//! `dashboard.html` in a real browser: headless Chromium driven through
//! chromedriver (WebDriver), as an analyst would use it: the republic, a
//! department, an office and back, the other language, a deep link, a
//! ranking sorted, the page printed; every figure on the screen checked
//! against `indicators.json`, and nothing fetched.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::{Value, json};

use super::chromium::{browser, have_chromium, start_driver};
use super::{esep, run};

/// A report of a generated 2024 and the bundled 2025, in Russian: its
/// folder.
fn two_year_report(dir: &Path) -> PathBuf {
    let previous = dir.join("cases-2024.xlsx");
    let bundled = crate::the_year_before(&previous);
    let out = dir.join("report");
    let report = run(esep()
        .arg("report")
        .arg(&previous)
        .arg(&bundled)
        .args(["--year", "2025", "--lang", "ru", "--out"])
        .arg(&out));
    assert_eq!(report.status.code(), Some(0), "{report:?}");
    out
}

/// A value of `indicators.json` as the page prints it in Russian.
fn shown(json: &Value, level: &str, key: &str, indicator: &str) -> String {
    let row = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["level"] == level && r["key"] == key && r["service"] == "all" && r["month"].is_null()
        })
        .unwrap_or_else(|| panic!("{level} {key} in indicators.json"));
    match row["indicators"][indicator]["value"].as_f64() {
        Some(v) => format!("{v:.1} %").replace('.', ","),
        None => "нет данных".to_string(),
    }
}

async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn hash(c: &Client) -> String {
    let v = c.execute("return location.hash", vec![]).await.unwrap();
    v.as_str().unwrap().to_string()
}

/// Waits for the page to have drawn the place `key`.
async fn shows(c: &Client, key: &str) {
    let start = Instant::now();
    loop {
        let drawn = c
            .execute(
                "return document.body.dataset.ready === 'true' && decodeURIComponent(location.hash).split('/')[2] === arguments[0] || (arguments[0] === 'KZ' && location.hash === '')",
                vec![json!(key)],
            )
            .await
            .unwrap();
        if drawn == json!(true) {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "{key} not shown");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every tile of the place on the screen against `indicators.json`.
async fn tiles_agree(c: &Client, json: &Value, level: &str, key: &str) {
    for indicator in ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1", "5.1"] {
        let css = format!(".tile[data-indicator='{indicator}'] .value");
        assert_eq!(
            text(c, &css).await,
            shown(json, level, key, indicator),
            "{level} {key} {indicator}"
        );
    }
}

/// A count as the page groups it: a no-break space between thousands.
fn grouped(n: f64) -> String {
    let digits = (n as u64).to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(ch);
    }
    out
}

/// A number cell of a workbook.
fn number(cell: &calamine::Data) -> f64 {
    match cell {
        calamine::Data::Float(v) => *v,
        calamine::Data::Int(v) => *v as f64,
        other => panic!("not a number: {other:?}"),
    }
}

/// The republic's volumes by service and its identity documents on the
/// screen against the ministry's workbook, read back by calamine.
async fn activity_agrees(c: &Client, folder: &Path) {
    use calamine::{Data, Reader, open_workbook_auto};
    let mut book = open_workbook_auto(folder.join("indicators.xlsx")).unwrap();
    let sheet = book.worksheet_range("Объёмы и сроки").unwrap();
    // Service (lower case), submitted, refused: the republic's whole year.
    let expected: Vec<(String, String, String)> = sheet
        .rows()
        .filter(|r| r[1] == Data::String("KZ".into()) && r[4] == Data::Empty)
        .map(|r| {
            let n = |cell: &Data| grouped(number(cell));
            (r[3].to_string().to_lowercase(), n(&r[5]), n(&r[8]))
        })
        .collect();
    let shown = c
        .execute(
            "return Array.from(document.querySelectorAll('#outcomes tbody tr')).map(tr => Array.from(tr.cells).map(td => td.textContent))",
            vec![],
        )
        .await
        .unwrap();
    let shown: Vec<(String, String, String)> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let cell = |i: usize| r[i].as_str().unwrap().to_string();
            (cell(0).to_lowercase(), cell(1), cell(4))
        })
        .collect();
    assert!(expected.len() > 1, "all services and each");
    assert_eq!(shown, expected);
    let identity = book.worksheet_range("Документы, удост. личность").unwrap();
    let republic = identity
        .rows()
        .find(|r| r[1] == Data::String("KZ".into()))
        .unwrap();
    let decided = text(c, "#identity-counted tbody tr:first-child td").await;
    assert_eq!(decided, grouped(number(&republic[3])));
    let heading = text(c, "#identity-heading").await;
    assert_eq!(heading, "Документы, удостоверяющие личность");
}

#[test]
fn the_dashboard_is_used_in_chromium_as_an_analyst_would() {
    if !have_chromium() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let folder = two_year_report(dir.path());
    let page = folder.join("dashboard.html");
    let html = std::fs::read_to_string(&page).unwrap();
    let json: Value =
        serde_json::from_slice(&std::fs::read(folder.join("indicators.json")).unwrap()).unwrap();
    // Offline by construction: the page forbids itself every fetch, and
    // names no address to load.
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    for attribute in ["src=\"http", "href=\"http", "src=\"//", "url(http"] {
        assert!(!html.contains(attribute), "{attribute}");
    }
    let driver = start_driver();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let c = browser(&driver, &dir.path().join("profile")).await;
        let url = format!("file://{}", page.display());
        c.goto(&url).await.unwrap();
        shows(&c, "KZ").await;
        // Nothing was fetched: no resource but the page itself.
        let fetched = c
            .execute("return performance.getEntriesByType('resource').map(e => e.name)", vec![])
            .await
            .unwrap();
        assert_eq!(fetched, json!([]));
        let lang = c.execute("return document.documentElement.lang", vec![]).await.unwrap();
        assert_eq!(lang, json!("ru"));
        tiles_agree(&c, &json, "republic", "KZ").await;
        assert!(text(&c, "#tiles").await.contains("2024:"), "the previous year beside each");
        activity_agrees(&c, &folder).await;

        // Republic → department → office, by the links of the tables.
        let department = c
            .find(Locator::Css("#children tbody tr:first-child a"))
            .await
            .unwrap();
        department.click().await.unwrap();
        let route = hash(&c).await;
        let key = route.split('/').nth(2).unwrap().to_string();
        assert!(route.starts_with("#/department/"), "{route}");
        shows(&c, &key).await;
        tiles_agree(&c, &json, "department", &key).await;
        assert!(text(&c, "#crumbs").await.contains("Республика Казахстан"));
        let office = c
            .find(Locator::Css("#children tbody tr:first-child a"))
            .await
            .unwrap();
        office.click().await.unwrap();
        let route = hash(&c).await;
        let office_key = route.split('/').nth(2).unwrap().to_string();
        assert!(route.starts_with("#/office/"), "{route}");
        assert!(office_key.starts_with(&key), "{office_key} is of {key}");
        shows(&c, &office_key).await;
        tiles_agree(&c, &json, "office", &office_key).await;
        // And back: the first crumb is the republic.
        c.find(Locator::Css("#crumbs a"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        assert!(hash(&c).await.starts_with("#/republic/KZ/"));
        shows(&c, "KZ").await;
        tiles_agree(&c, &json, "republic", "KZ").await;

        // Kazakh, by the switch: every word, the address too.
        c.find(Locator::Css("#languages button[data-lang='kk']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        assert!(hash(&c).await.ends_with("/kk"));
        let lang = c.execute("return document.documentElement.lang", vec![]).await.unwrap();
        assert_eq!(lang, json!("kk"));
        let title = text(&c, "#title").await;
        assert!(title.contains("көрсеткіштері"), "{title}");
        assert!(text(&c, "#crumbs").await.contains("Қазақстан Республикасы"));

        // A deep link: a department and an indicator, in Russian.
        c.goto(&format!("{url}#/department/{key}/4.1/ru")).await.unwrap();
        c.refresh().await.unwrap();
        shows(&c, &key).await;
        let pressed = c
            .find(Locator::Css(".tile[aria-pressed='true']"))
            .await
            .unwrap()
            .attr("data-indicator")
            .await
            .unwrap();
        assert_eq!(pressed.as_deref(), Some("4.1"));
        assert!(text(&c, "#place-name").await.contains(&format!("({key})")));
        assert!(text(&c, "#trend-heading").await.starts_with("По месяцам: 4.1"));
        tiles_agree(&c, &json, "department", &key).await;

        // A ranking sorted by what each place served, up and down.
        let served = |order: &'static str| {
            let c = c.clone();
            async move {
                c.find(Locator::Css("#rankings table th:nth-child(3)"))
                    .await
                    .unwrap()
                    .click()
                    .await
                    .unwrap();
                let v = c
                    .execute(
                        "return Array.from(document.querySelectorAll('#rankings table:first-of-type tbody tr td:nth-child(3)')).map(td => Number(td.dataset.sort))",
                        vec![],
                    )
                    .await
                    .unwrap();
                let v: Vec<u64> = serde_json::from_value(v).unwrap();
                assert!(v.len() > 5, "{v:?}");
                let mut sorted = v.clone();
                sorted.sort_unstable();
                if order == "descending" {
                    sorted.reverse();
                }
                assert_eq!(v, sorted, "{order}");
            }
        };
        served("ascending").await;
        served("descending").await;

        // Printed on A4: pages of the right size, the figures on them.
        let pdf = c
            .print(fantoccini::wd::PrintConfiguration::builder()
                    .size(fantoccini::wd::PrintSize::A4)
                    .build()
                    .unwrap(),)
            .await
            .unwrap();
        let printed = dir.path().join("dashboard.pdf");
        std::fs::write(&printed, &pdf).unwrap();
        c.close().await.unwrap();
        if super::have("pdfinfo", "poppler-utils") {
            let info = Command::new("pdfinfo").arg(&printed).output().unwrap();
            let info = String::from_utf8_lossy(&info.stdout);
            assert!(info.contains("(A4)"), "{info}");
            let pages: u32 = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            assert!((2..=30).contains(&pages), "{pages} pages");
            let text = Command::new("pdftotext").arg(&printed).arg("-").output().unwrap();
            let text = String::from_utf8_lossy(&text.stdout);
            assert!(text.contains(&shown(&json, "department", &key, "4.1")), "{text}");
            assert!(text.contains("Нарушения стандарта"), "{text}");
        }
    });
}
