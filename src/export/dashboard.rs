//! `dashboard.html`: the report as one self-contained page that opens
//! offline in any browser, in Kazakh and Russian, with tiles, trends,
//! rankings, findings and data quality, from the republic down to an
//! office (`docs/dashboard.md`).
//!
//! The page is `templates/dashboard/` with Apache ECharts
//! (`vendor/echarts/`) and the data ([`data::data`]) put in its place:
//! nothing is fetched (the page's own Content-Security-Policy forbids
//! it), and every figure is the model's, so the page, the PDF and the
//! workbook say the same.

pub mod data;

use std::path::Path;

use anyhow::Result;

use super::Contents;

const PAGE: &str = include_str!("../../templates/dashboard/page.html");
const STYLE: &str = include_str!("../../templates/dashboard/dashboard.css");
const SCRIPT: &str = include_str!("../../templates/dashboard/dashboard.js");
const ECHARTS: &str = include_str!("../../vendor/echarts/echarts.common.min.js");
const NOTICE: &str = include_str!("../../vendor/echarts/NOTICE");

/// Writes the dashboard of `c` to `path`.
pub fn write(path: &Path, c: &Contents) -> Result<()> {
    crate::fsio::write_bytes(path, html(c)?.as_bytes())
}

/// The dashboard of `c` as one HTML page.
pub fn html(c: &Contents) -> Result<String> {
    let data = script_json(&serde_json::to_string(&data::data(c))?);
    let lang = crate::lang::DocLang::of(c.lang);
    let title = escape(
        &crate::msg!("dashboard-title", year = c.table.period.norm_year()).text(lang.lang()),
    );
    let lang = if lang == crate::lang::DocLang::Kk {
        "kk"
    } else {
        "ru"
    };
    fill(PAGE, |name| match name {
        "lang" => Some(lang),
        "title" => Some(&title),
        "style" => Some(STYLE),
        "notice" => Some(NOTICE),
        "echarts" => Some(ECHARTS),
        "script" => Some(SCRIPT),
        "data" => Some(&data),
        _ => None,
    })
}

/// `page` with each `{{name}}` replaced by `value(name)`, in one pass, so
/// that nothing put in is read for a marker again.
fn fill<'a>(page: &str, value: impl Fn(&str) -> Option<&'a str>) -> Result<String> {
    let mut out = String::with_capacity(page.len() + ECHARTS.len());
    let mut rest = page;
    while let Some(start) = rest.find("{{") {
        let end = rest[start..]
            .find("}}")
            .map(|e| start + e)
            .ok_or_else(|| anyhow::anyhow!("an unclosed marker in the dashboard's page"))?;
        let name = &rest[start + 2..end];
        let text = value(name).ok_or_else(|| {
            anyhow::anyhow!("an unknown marker {{{{{name}}}}} in the dashboard's page")
        })?;
        out.push_str(&rest[..start]);
        out.push_str(text);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `text` as HTML text or an attribute's value.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// JSON made safe inside a `<script>` element: no `<`, `>` or `&` (so no
/// `</script>` or `<!--` can end or bend it), and no line separators
/// that older scripts misread; each as its `\u` escape, which JSON reads
/// back as the same character.
fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for ch in json.chars() {
        match ch {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            ch => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_close_its_script_element() {
        let json =
            serde_json::to_string(&["</script><script>alert(1)</script>", "a & b", "\u{2028}"])
                .unwrap();
        let safe = script_json(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        assert!(!safe.contains('\u{2028}'));
        let back: Vec<String> = serde_json::from_str(&safe).unwrap();
        assert_eq!(back[0], "</script><script>alert(1)</script>");
        assert_eq!(back[1], "a & b");
    }

    #[test]
    fn markers_are_filled_once() {
        let filled = fill("a{{x}}b{{y}}c", |n| match n {
            "x" => Some("{{y}}"),
            "y" => Some("Y"),
            _ => None,
        })
        .unwrap();
        assert_eq!(filled, "a{{y}}bYc");
        assert!(fill("{{z}}", |_| None).is_err());
        assert!(fill("{{z", |_| Some("")).is_err());
    }

    #[test]
    fn the_page_uses_every_word_it_is_given_and_no_other() {
        for id in data::WORDS {
            assert!(SCRIPT.contains(&format!("\"{id}\"")), "{id} is not used");
        }
        for quoted in SCRIPT.split('"').skip(1).step_by(2) {
            if quoted.starts_with("dashboard-") || quoted.starts_with("activity-") {
                assert!(data::WORDS.contains(&quoted), "{quoted} is not given");
            }
        }
    }

    #[test]
    fn every_word_of_the_page_is_in_kazakh_and_russian() {
        for id in data::WORDS {
            for lang in [crate::lang::Lang::Kk, crate::lang::Lang::Ru] {
                let text = crate::catalog::Msg::new(id).text(lang);
                assert_ne!(text, *id, "{id} has no {lang:?} text");
            }
        }
    }
}
