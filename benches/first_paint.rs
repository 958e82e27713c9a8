//! Time to first paint of dashboards in headless Chromium: each file named
//! on the command line opened ROUNDS times (default 5), alternating, in a
//! fresh tab; prints, per file, its size and the medians of the browser's
//! first contentful paint and of the moment the page has drawn every chart
//! and table (`performance.mark("esep-ready")`), in milliseconds from the
//! start of navigation. Aim: first paint ≤ 1 s (issue 31).
//!
//!     cargo bench --bench first_paint -- reports/2025/dashboard.html …
//!
//! `benches/dashboard.sh` runs it on the bundled sample's and a
//! 1,000,000-case report's dashboards.

#[path = "../tests/testsuite/chromium.rs"]
mod chromium;

use std::path::PathBuf;

use serde_json::Value;

const MEASURE: &str = "
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const ready = performance.getEntriesByName('esep-ready')[0];
    return [paint ? paint.startTime : null, ready ? ready.startTime : null];
";

fn main() {
    let files: Vec<PathBuf> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if files.is_empty() {
        eprintln!("usage: cargo bench --bench first_paint -- DASHBOARD.html …");
        std::process::exit(2);
    }
    if !chromium::have_chromium() {
        std::process::exit(1);
    }
    let rounds: usize = std::env::var("ROUNDS").map_or(5, |r| r.parse().expect("ROUNDS"));
    let profile = std::env::temp_dir().join(format!("esep-first-paint-{}", std::process::id()));
    let driver = chromium::start_driver();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut times = vec![(Vec::new(), Vec::new()); files.len()];
    runtime.block_on(async {
        let c = chromium::browser(&driver, &profile).await;
        for _ in 0..rounds {
            for (file, (paint, ready)) in files.iter().zip(&mut times) {
                let url = format!("file://{}", std::fs::canonicalize(file).unwrap().display());
                // A blank page between: each load is a navigation of its own.
                c.goto("about:blank").await.unwrap();
                c.goto(&url).await.unwrap();
                let mut measured = Value::Null;
                for _ in 0..200 {
                    measured = c.execute(MEASURE, vec![]).await.unwrap();
                    if measured[1].is_number() && measured[0].is_number() {
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(25)).await;
                }
                paint.push(measured[0].as_f64().expect("a first paint"));
                ready.push(measured[1].as_f64().expect("the page drawn"));
            }
        }
        c.close().await.unwrap();
    });
    let _ = std::fs::remove_dir_all(&profile);
    println!(
        "{:<60} {:>9} {:>13} {:>11}",
        "dashboard", "size MB", "first paint", "all drawn"
    );
    for (file, (paint, ready)) in files.iter().zip(&mut times) {
        let size = std::fs::metadata(file).unwrap().len() as f64 / 1e6;
        println!(
            "{:<60} {:>9.2} {:>10.0} ms {:>8.0} ms",
            file.display(),
            size,
            median(paint),
            median(ready)
        );
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
