//! The machine-readable shape of `docs/spec/indicators.md`, which other
//! systems of the ministry read: its keys never change. Added key: `year`
//! on monthly rows (null otherwise), since a period may span New Year.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Indicator, Results};
use crate::vocab::Vocabulary;

#[derive(Debug, Serialize)]
pub struct Json<'a> {
    period: PeriodJson,
    rows: Vec<RowJson<'a>>,
}

#[derive(Debug, Serialize)]
struct PeriodJson {
    from: NaiveDate,
    to: NaiveDate,
}

#[derive(Debug, Serialize)]
struct RowJson<'a> {
    level: &'static str,
    key: &'a str,
    service: &'static str,
    month: Option<u32>,
    year: Option<i32>,
    indicators: BTreeMap<&'static str, Value>,
}

#[derive(Debug, Serialize)]
struct Value {
    numerator: u64,
    denominator: u64,
    value: Option<f64>,
}

/// Writes `indicators.json` of `table` (pretty, with a final newline).
pub fn write(path: &std::path::Path, table: &Results) -> anyhow::Result<()> {
    let mut json = serde_json::to_vec_pretty(&Json::new(table))?;
    json.push(b'\n');
    crate::fsio::write_bytes(path, &json)
}

impl<'a> Json<'a> {
    pub fn new(table: &'a Results) -> Json<'a> {
        Json {
            period: PeriodJson {
                from: table.period.from,
                to: table.period.to,
            },
            rows: table
                .rows
                .iter()
                .map(|row| RowJson {
                    level: row.level.key(),
                    key: &row.key,
                    service: row.service.map_or("all", |s| s.key()),
                    month: row.month.map(|(_, m)| m),
                    year: row.month.map(|(y, _)| y),
                    indicators: Indicator::ALL
                        .iter()
                        .map(|&i| {
                            let r = row.get(i);
                            (
                                i.id(),
                                Value {
                                    numerator: r.numerator,
                                    denominator: r.denominator,
                                    value: r.value(),
                                },
                            )
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
