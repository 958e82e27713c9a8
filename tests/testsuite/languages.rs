//! Every command, and the failures the other tests provoke, under
//! `--lang ru` and `--lang kk` with `-v`: what esep prints holds no English
//! word but file names, codes, flags and values from the input (quoted,
//! or in backticks). English that stays is a text missing from the
//! catalogues.

use std::path::Path;

use esep::schema::Table;

use super::{esep, fixture, run};

/// Words a Russian or Kazakh line may hold: names of formats, programs
/// and codes, the contract's column keys and sheet names (`esep
/// contract` lists them, a header may be written so), and the words of the
/// input's vocabularies a message lists as values to write (`yes/no, 1/0,
/// true/false`).
fn allowed(word: &str) -> bool {
    ALLOWED.contains(&word)
        || Table::ALL.iter().any(|table| {
            table.sheet_names().contains(&word) || table.columns().iter().any(|c| c.key == word)
        })
}

const ALLOWED: &[&str] = &[
    "esep",
    "xlsx",
    "xlsm",
    "xls",
    "xlsb",
    "ods",
    "csv",
    "tsv",
    "txt",
    "pdf",
    "PDF",
    "json",
    "JSON",
    "CSV",
    "XML",
    "HTML",
    "UTF",
    "Windows",
    "Parquet",
    "Excel",
    "LibreOffice",
    "Typst",
    "typ",
    "toml",
    "TOML",
    "RRRR",
    "DDD",
    "ISO",
    "alpha",
    "UZB",
    "yes",
    "true",
    "false",
    "zip",
];

/// The English words left in `said` once what may be English is taken
/// out: the paths the run was given, spans in backticks or quotes, flags,
/// and codes (words with digits, dots, slashes, underscores or hyphens).
fn english(said: &str, paths: &[&str]) -> Vec<String> {
    let mut text = said.to_string();
    for path in paths {
        text = text.replace(path, " ");
    }
    let mut kept = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '`' | '"' | '«') => quote = Some(if c == '«' { '»' } else { c }),
            (Some(q), c) if c == q => quote = None,
            (Some(_), '\n') => quote = None,
            (Some(_), _) => {}
            (None, c) => kept.push(c),
        }
    }
    kept.split(|c: char| c.is_whitespace() || "()[],;:!?{}<>*=+|".contains(c))
        .filter(|word| !word.is_empty() && !word.starts_with('-'))
        .filter(|word| {
            !word
                .chars()
                .any(|c| c.is_ascii_digit() || "./_-\\'".contains(c))
        })
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .filter(|word| word.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|word| !allowed(word))
        .map(str::to_string)
        .collect()
}

#[test]
fn english_words_are_found_and_codes_are_not() {
    let said = "қате: /tmp/a.xlsx: файл оқылмайды: done in 3 s; `esep check` --year long-wait \"value\" «Дела» UTF-8 KZ-1048";
    assert_eq!(english(said, &["/tmp/a.xlsx"]), ["done"]);
}

/// What a run printed, both streams.
fn printed(args: &[&str], dir: &Path) -> String {
    let out = run(esep().current_dir(dir).args(args));
    let mut said = String::from_utf8_lossy(&out.stdout).into_owned();
    said.push_str(&String::from_utf8_lossy(&out.stderr));
    said
}

/// What a user types that help lists as it is: the commands and the
/// values options take.
fn codes() -> Vec<String> {
    use clap::CommandFactory;
    let root = esep::cli::Cli::command();
    let mut codes = esep::cli::commands();
    codes.push("help".to_string());
    for command in root.get_subcommands() {
        for arg in command.get_arguments() {
            codes.extend(
                arg.get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string()),
            );
        }
    }
    codes
}

/// The years the bundled calendar holds, as their files name them.
fn calendar_years() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/calendar");
    let mut years: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| {
            entry
                .unwrap()
                .path()
                .file_stem()?
                .to_str()
                .map(str::to_string)
        })
        .collect();
    years.sort();
    years
}

#[test]
fn every_command_speaks_the_run_s_language_only() {
    let dir = tempfile::tempdir().unwrap();
    let rules = fixture("rules.xlsx");
    let rules = rules.to_str().unwrap();
    let v2 = fixture("rules-v2.xlsx");
    let v2 = v2.to_str().unwrap();
    std::fs::write(dir.path().join("pdf.xlsx"), b"%PDF-1.7 not a workbook").unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/config.toml");
    let config = std::fs::read_to_string(bundled).unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        config.replace("rate_percent = 50", "rate_percent = 5000"),
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.toml"), "[fee\n").unwrap();
    std::fs::write(
        dir.path().join("map.toml"),
        "[cases]\n\"X\" = \"nothing\"\n",
    )
    .unwrap();
    let years = calendar_years();
    let commands = esep::cli::commands();
    let codes = codes();
    assert!(years.len() >= 16, "{years:?}");
    let mut found = Vec::new();
    for lang in ["ru", "kk"] {
        let mut runs: Vec<Vec<&str>> = vec![
            vec!["check", rules],
            vec!["check", v2, "--errors", "rejected.xlsx"],
            vec!["audit", rules],
            vec!["indicators", "--year", "2025", rules],
            vec!["export", rules, "--parquet", "parquet"],
            vec!["report", "--year", "2025", "--out", "report", rules],
            vec![
                "talons",
                "--form",
                "appendix5",
                "--out",
                "talons.pdf",
                rules,
            ],
            vec![
                "talons",
                "--form",
                "complaint",
                "--out",
                "complaints.pdf",
                v2,
            ],
            vec!["decisions", "--out", "decisions.pdf", rules],
            vec!["contract"],
            vec!["template", "--out", "empty.xlsx"],
            // The failures other tests provoke.
            vec!["check", "no-such-file.xlsx"],
            vec!["check", "pdf.xlsx"],
            vec![
                "indicators",
                "--year",
                "2025",
                "--config",
                "bad.toml",
                rules,
            ],
            vec![
                "indicators",
                "--year",
                "2025",
                "--config",
                "broken.toml",
                rules,
            ],
            vec!["check", "--mapping", "map.toml", rules],
            vec!["report", "--year", "2031", "--out", "r2031", rules],
            vec![
                "talons",
                "--form",
                "appendix5",
                "--templates",
                "no-such-templates",
                "--out",
                "t.pdf",
                rules,
            ],
            vec!["template", "--out", "empty.csv"],
            vec!["calendar", "2040"],
            vec!["talons", "--form", "appendix9", "--out", "t.pdf", rules],
            vec!["check", "--colour", rules],
            vec!["sample", "--cases", "many"],
            vec![
                "sample",
                "--cases",
                "60",
                "--invalid-per-kind",
                "1",
                "--out",
                "s.xlsx",
            ],
            vec!["sample", "--cases", "10", "--out", "s.xlsx"],
            vec!["indicators", "--from", "1 March", rules],
        ];
        // Every year of the calendar, its days and its sources.
        runs.extend(years.iter().map(|year| vec!["calendar", year.as_str()]));
        // The help of every command, short and long, and of no command.
        for command in &commands {
            runs.push(vec![command.as_str(), "-h"]);
            runs.push(vec![command.as_str(), "--help"]);
        }
        for args in runs {
            let mut full = vec![args[0], "-v", "--lang", lang];
            full.extend(&args[1..]);
            let said = printed(&full, dir.path());
            let mut words = english(&said, &[rules, v2, "parquet"]);
            words.retain(|word| !codes.contains(word));
            if !words.is_empty() {
                found.push(format!("{full:?}: {words:?}\n{said}"));
            }
        }
    }
    // Without a command there is no `--lang`: the locale chooses.
    for locale in ["ru_RU.UTF-8", "kk_KZ.UTF-8"] {
        for args in [&["--help"][..], &["help", "talons"], &[]] {
            let out = run(esep()
                .current_dir(dir.path())
                .env("LANG", locale)
                .args(args));
            let mut said = String::from_utf8_lossy(&out.stdout).into_owned();
            said.push_str(&String::from_utf8_lossy(&out.stderr));
            let mut words = english(&said, &[]);
            words.retain(|word| !codes.contains(word));
            if !words.is_empty() {
                found.push(format!("{locale} {args:?}: {words:?}\n{said}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English in a Russian or Kazakh run:\n{}",
        found.join("\n\n")
    );
}

/// The users' guides in Russian and Kazakh explain every reason a value is
/// rejected for and every kind of finding, by the code esep prints: a new
/// one is a failing test until both guides say what it means.
#[test]
fn the_guides_explain_every_rejection_and_every_finding() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ids = |file: &str, prefix: &str| -> Vec<String> {
        std::fs::read_to_string(root.join("locales/en").join(file))
            .unwrap()
            .lines()
            .filter_map(|line| line.split_once(" ="))
            .filter_map(|(id, _)| id.strip_prefix(prefix).map(str::to_string))
            .filter(|code| !code.ends_with("-headline") && !code.ends_with("-near"))
            .collect()
    };
    let (reasons, findings) = (ids("input.ftl", "reason-"), ids("findings.ftl", "finding-"));
    assert!(reasons.len() > 20 && findings.len() > 20);
    for guide in ["docs/guide.ru.md", "docs/guide.kk.md"] {
        let text = std::fs::read_to_string(root.join(guide)).unwrap();
        for code in reasons.iter().chain(&findings) {
            assert!(
                text.contains(&format!("| `{code}` |")),
                "{guide} does not explain `{code}`"
            );
        }
    }
}
