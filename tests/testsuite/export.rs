//! `esep export --parquet`: hive-partitioned tables, and the SQL of
//! `docs/indicators.sql` run on them by polars' SQL engine giving exactly
//! the numbers of `esep indicators`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use polars::prelude::*;
use polars::sql::SQLContext;

use crate::{assert_success, esep, run};

fn sample(dir: &Path) -> PathBuf {
    let path = dir.join("sample.xlsx");
    let out = run(esep()
        .args([
            "sample", "--cases", "1500", "--year", "2025", "--seed", "11", "--out",
        ])
        .arg(&path));
    assert_success(&out);
    path
}

/// A table of the export, partitions included as columns.
fn scan(dir: &Path, table: &str, partitioned: bool) -> LazyFrame {
    let args = ScanArgsParquet {
        hive_options: HiveOptions {
            enabled: Some(partitioned),
            ..HiveOptions::new_enabled()
        },
        ..ScanArgsParquet::default()
    };
    let path = format!("{}/{table}/**/*.parquet", dir.display());
    LazyFrame::scan_parquet(PlRefPath::new(path), args).unwrap()
}

/// (level, key, service, year, month) → indicator id → (numerator, denominator, value).
type Numbers = BTreeMap<
    (String, String, String, Option<i64>, Option<i64>),
    BTreeMap<String, (u64, u64, Option<f64>)>,
>;

fn from_sql(dir: &Path, from: &str, to: &str) -> Numbers {
    let sql =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/indicators.sql"))
            .unwrap()
            .replace("${from}", from)
            .replace("${to}", to);
    let mut ctx = SQLContext::new();
    for table in ["cases", "complaints", "surveys"] {
        ctx.register(table, scan(dir, table, true));
    }
    ctx.register("services", scan(dir, "services", false));
    // Planning a query of this size recurses deeply in an unoptimised build.
    let frame = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || ctx.execute(&sql).unwrap().collect().unwrap())
        .unwrap()
        .join()
        .unwrap();
    let text = |c: &str, i: usize| {
        frame
            .column(c)
            .unwrap()
            .get(i)
            .unwrap()
            .get_str()
            .unwrap()
            .to_string()
    };
    let int = |c: &str, i: usize| {
        frame
            .column(c)
            .unwrap()
            .cast(&DataType::Int64)
            .unwrap()
            .i64()
            .unwrap()
            .get(i)
    };
    let float = |c: &str, i: usize| {
        frame
            .column(c)
            .unwrap()
            .cast(&DataType::Float64)
            .unwrap()
            .f64()
            .unwrap()
            .get(i)
    };
    let mut out = Numbers::new();
    for i in 0..frame.height() {
        let mut row = BTreeMap::new();
        for id in ["11", "12", "13", "21", "31", "32", "41", "51"] {
            let n = int(&format!("n{id}"), i).unwrap() as u64;
            let d = int(&format!("d{id}"), i).unwrap() as u64;
            row.insert(
                format!("{}.{}", &id[..1], &id[1..]),
                (n, d, float(&format!("v{id}"), i)),
            );
        }
        let key = (
            text("level", i),
            text("key", i),
            text("service", i),
            int("year", i),
            int("month", i),
        );
        assert!(out.insert(key.clone(), row).is_none(), "{key:?} twice");
    }
    out
}

fn from_esep(json: &serde_json::Value) -> Numbers {
    let mut out = Numbers::new();
    for row in json["rows"].as_array().unwrap() {
        let key = (
            row["level"].as_str().unwrap().to_string(),
            row["key"].as_str().unwrap().to_string(),
            row["service"].as_str().unwrap().to_string(),
            row["year"].as_i64(),
            row["month"].as_i64(),
        );
        let values = row["indicators"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, v)| {
                (
                    id.clone(),
                    (
                        v["numerator"].as_u64().unwrap(),
                        v["denominator"].as_u64().unwrap(),
                        v["value"].as_f64(),
                    ),
                )
            })
            .collect();
        out.insert(key, values);
    }
    out
}

/// Justified complaints beside the sample's few: naming a case of the
/// sample, naming none, naming an id no case has.
fn complaints(dir: &Path) -> PathBuf {
    let mut text = String::from("complaint_id;office;received_at;case_id;justified\n");
    for i in 1..=60 {
        let case = match i % 3 {
            0 => format!("T2025-{:07}", i * 20),
            1 => String::new(),
            _ => "NO-SUCH-CASE".to_string(),
        };
        let office = ["1910-262", "1902-220", "1930-226"][i % 3];
        let month = 1 + i % 12;
        let justified = if i % 4 == 0 { "no" } else { "yes" };
        text += &format!(
            "X-{i};{office};{:02}.{month:02}.2025 10:00;{case};{justified}\n",
            1 + i % 28
        );
    }
    let path = dir.join("complaints.csv");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_sql_of_the_indicators_on_the_parquet_gives_the_numbers_of_esep_indicators() {
    let dir = tempfile::tempdir().unwrap();
    let input = sample(dir.path());
    let extra = complaints(dir.path());
    let parquet = dir.path().join("warehouse");
    let out = run(esep()
        .arg("export")
        .arg("--parquet")
        .arg(&parquet)
        .arg(&input)
        .arg(&extra));
    assert_success(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("1461 cases, 65 complaints,"), "{said}");
    assert!(
        parquet
            .join("cases/year=2025/department=1910/part-0.parquet")
            .exists()
    );
    assert!(parquet.join("services/part-0.parquet").exists());

    for (from, to, args) in [
        ("2025-01-01", "2025-12-31", vec!["--year", "2025"]),
        (
            "2025-03-15",
            "2025-08-10",
            vec!["--from", "2025-03-15", "--to", "2025-08-10"],
        ),
    ] {
        let out = run(esep()
            .args(["indicators", "--json"])
            .args(&args)
            .arg(&input)
            .arg(&extra));
        assert_success(&out);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let counted = from_esep(&json);
        let republic = ("republic".into(), "KZ".into(), "all".into(), None, None);
        // Three in four of the 60 extra complaints are justified, and
        // spread over the months: over a third of the year in either period.
        assert!(
            counted[&republic]["4.1"].0 > 12,
            "justified complaints counted: {:?}",
            counted[&republic]["4.1"]
        );
        let sql = from_sql(&parquet, from, to);
        assert!(counted.len() > 500, "{} rows", counted.len());
        assert_eq!(
            counted.keys().collect::<Vec<_>>(),
            sql.keys().collect::<Vec<_>>(),
            "the same rows"
        );
        for (key, values) in &counted {
            assert_eq!(values, &sql[key], "{key:?} from {from} to {to}");
        }
        // `esep indicators --parquet` runs the same SQL: the same JSON.
        let out = run(esep()
            .args(["indicators", "--json"])
            .args(&args)
            .arg("--parquet")
            .arg(&parquet));
        assert_success(&out);
        // Nothing on stderr: polars once warned there for every batch.
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let from_parquet: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            from_parquet == json,
            "--parquet differs from {from} to {to}"
        );
    }
}

#[test]
fn a_folder_that_is_not_an_export_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(esep()
        .args(["indicators", "--year", "2025", "--parquet"])
        .arg(dir.path()));
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("is not a folder written by `esep export --parquet`"),
        "{said}"
    );
}

#[test]
fn a_second_export_replaces_the_folder_whole_and_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let input = sample(dir.path());
    let parquet = dir.path().join("warehouse");
    // A folder holding what esep did not write is refused and left as it is.
    std::fs::create_dir_all(parquet.join("stale")).unwrap();
    let refused = run(esep()
        .arg("export")
        .arg("--parquet")
        .arg(&parquet)
        .arg(&input));
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("holds `stale`, which esep did not write"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(parquet.join("stale").is_dir());
    std::fs::remove_dir(parquet.join("stale")).unwrap();
    // What an export wrote is replaced whole by the next: a partition of a
    // year no longer in the input goes.
    let old_year = parquet.join("cases/year=1999");
    std::fs::create_dir_all(&old_year).unwrap();
    let files = |root: &Path| {
        let mut all = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    all.push((
                        p.strip_prefix(root).unwrap().to_path_buf(),
                        std::fs::read(&p).unwrap(),
                    ));
                }
            }
        }
        all.sort();
        all
    };
    assert_success(&run(esep()
        .arg("export")
        .arg("--parquet")
        .arg(&parquet)
        .arg(&input)));
    let first = files(&parquet);
    assert!(!old_year.exists(), "the old folder is replaced whole");
    assert_success(&run(esep()
        .arg("export")
        .arg("--parquet")
        .arg(&parquet)
        .arg(&input)));
    assert!(first == files(&parquet), "two exports differ");
    let beside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}
