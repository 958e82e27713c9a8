//! Properties of the whole pipeline on random valid workbooks (proptest):
//! of 1 case to thousands, all on time or all late, in one office or in
//! every office, as CSV or xlsx (written here, not by esep), with a few
//! broken rows mixed in. For each: rows in = accepted + rejected, `esep
//! report` succeeds, and a second run writes the same bytes.

use std::path::Path;

use chrono::{Duration, NaiveDate};
use esep::law::calendar::Calendar;
use esep::reference::DISTRICTS;
use proptest::prelude::*;

use crate::hostile::{C, HEADER, header, xlsx};
use crate::{assert_success, esep, run};

#[derive(Debug, Clone, Copy)]
enum Timing {
    OnTime,
    Late,
    Mixed,
}

#[derive(Debug, Clone)]
struct Input {
    cases: usize,
    timing: Timing,
    one_office: bool,
    broken_every: Option<usize>,
    xlsx: bool,
    seed: u64,
}

fn inputs() -> impl Strategy<Value = Input> {
    (
        prop_oneof![Just(1usize), 2usize..50, 50usize..3000],
        prop_oneof![
            Just(Timing::OnTime),
            Just(Timing::Late),
            Just(Timing::Mixed)
        ],
        any::<bool>(),
        prop_oneof![Just(None), (3usize..40).prop_map(Some)],
        any::<bool>(),
        any::<u64>(),
    )
        .prop_map(
            |(cases, timing, one_office, broken_every, xlsx, seed)| Input {
                cases,
                timing,
                one_office,
                broken_every,
                xlsx,
                seed,
            },
        )
}

/// The rows of the input: (cells as text, whether valid).
fn rows(input: &Input) -> Vec<(Vec<String>, bool)> {
    let calendar = Calendar::bundled();
    let mut state = input.seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let first = NaiveDate::from_ymd_opt(2025, 1, 9).unwrap();
    (0..input.cases)
        .map(|i| {
            let office = if input.one_office {
                DISTRICTS[0].office_code()
            } else {
                DISTRICTS[i % DISTRICTS.len()].office_code()
            };
            let mut day = first + Duration::days((next() % 320) as i64);
            while !calendar.is_working(day).unwrap() {
                day += Duration::days(1);
            }
            let late = match input.timing {
                Timing::OnTime => false,
                Timing::Late => true,
                Timing::Mixed => next() % 2 == 0,
            };
            let decided = calendar
                .add_working_days(day, if late { 9 } else { 1 + (next() % 4) as u32 })
                .unwrap();
            let broken = input.broken_every.is_some_and(|k| i % k == k - 1);
            let cells = vec![
                format!("P-{i}"),
                "visa-issue".to_string(),
                if broken { "19-2".to_string() } else { office },
                format!("{} 10:00", day.format("%d.%m.%Y")),
                format!("{} 12:00", decided.format("%d.%m.%Y")),
                "granted".to_string(),
                "tourist".to_string(),
            ];
            (cells, !broken)
        })
        .collect()
}

fn write_input(dir: &Path, input: &Input, rows: &[(Vec<String>, bool)]) -> std::path::PathBuf {
    if input.xlsx {
        let path = dir.join("cases.xlsx");
        let sheet: Vec<Vec<C>> = std::iter::once(header())
            .chain(
                rows.iter()
                    .map(|(cells, _)| cells.iter().map(|c| C::S(c)).collect()),
            )
            .collect();
        xlsx(&path, &sheet, &[], false);
        path
    } else {
        let path = dir.join("cases.csv");
        let mut text = String::from(HEADER);
        for (cells, _) in rows {
            text += &cells.join(";");
            text.push('\n');
        }
        std::fs::write(&path, text).unwrap();
        path
    }
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 16,
        max_shrink_iters: 8,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_valid_workbook_is_reported_whole_and_the_same_twice(input in inputs()) {
        let dir = tempfile::tempdir().unwrap();
        let rows = rows(&input);
        let path = write_input(dir.path(), &input, &rows);

        let (code, json) = crate::check_json(std::slice::from_ref(&path));
        let valid = rows.iter().filter(|(_, ok)| *ok).count() as u64;
        prop_assert_eq!(json["rows"].as_u64(), Some(rows.len() as u64));
        prop_assert_eq!(json["accepted"].as_u64(), Some(valid));
        prop_assert_eq!(json["rejected"].as_u64(), Some(rows.len() as u64 - valid));
        prop_assert_eq!(code, if valid == rows.len() as u64 { 0 } else { 1 });

        let report = |name: &str| {
            let out = dir.path().join(name);
            assert_success(&run(esep()
                .arg("report")
                .arg(&path)
                .args(["--year", "2025", "--lang", "kk", "--out"])
                .arg(&out)));
            files(&out)
        };
        let first = report("one");
        prop_assert_eq!(first.len(), 6);
        prop_assert!(first == report("two"), "a second run wrote other bytes");
    }
}
