//! The Parquet export (`esep export --parquet DIR`): the accepted cases,
//! complaints and surveys, the findings of judging and the services of the
//! configuration, as tables that a distributed engine (Spark, Trino, DuckDB,
//! polars) reads, partitioned hive-style by year and department:
//! `DIR/cases/year=2025/department=1910/part-0.parquet`.
//!
//! The indicators are defined over these tables in `docs/indicators.sql`.
//! What judging decides is exported as facts: a case's `deadline` (the
//! working-day calendar with its decrees is data of esep, not of SQL).
//! Names, IINs, passport numbers and the clerk's name are not exported:
//! nothing the indicators or the findings need, and the tables are meant to
//! travel. Choices in `docs/scale.md`.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use polars::prelude::*;

use crate::chunked::Chunked;
use crate::lang::Explain;
use crate::law::{Finding, Verdict};
use crate::model::{Answer, Case, Complaint, Office, Survey};
use crate::settings::{Deadlines, Electronic};
use crate::validate::Checked;
use crate::vocab::{Service, Vocabulary};

/// What is exported: accepted records and the verdict on each case (in
/// the order of `checked.cases`).
pub struct Input<'a> {
    pub checked: &'a Checked,
    pub verdicts: &'a Chunked<Verdict>,
    pub deadlines: &'a Deadlines,
    pub electronic: &'a Electronic,
}

/// Rows written per table.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub cases: usize,
    pub complaints: usize,
    pub surveys: usize,
    pub findings: usize,
    pub files: usize,
}

/// A partition: year and department ([`Office::department`]).
type Key = (i32, String);

fn key(office: &Office, day: NaiveDate) -> Key {
    (day.year(), office.department().to_string())
}

/// The tables of an export, one folder each.
pub const TABLES: [&str; 5] = ["cases", "complaints", "surveys", "findings", "services"];

/// Writes every table under `dir` (which must be empty or new).
pub fn write(dir: &Path, input: &Input) -> Result<Written> {
    let mut written = Written::default();
    let cases = &input.checked.cases;
    let verdicts = input.verdicts;

    let mut by_key: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for (i, c) in cases.iter().enumerate() {
        by_key
            .entry(key(&c.office, c.submitted_at.date()))
            .or_default()
            .push(i);
    }
    for (k, rows) in &by_key {
        let mut frame = case_frame(
            rows.iter()
                .map(|&i| (&cases[i], verdicts[i].facts.deadline)),
        )?;
        part(dir, "cases", Some(k), &mut frame)?;
        written.cases += rows.len();
        written.files += 1;
        let found: Vec<(&Case, &Finding)> = rows
            .iter()
            .flat_map(|&i| verdicts[i].findings.iter().map(move |f| (&cases[i], f)))
            .collect();
        if !found.is_empty() {
            part(dir, "findings", Some(k), &mut finding_frame(&found)?)?;
            written.findings += found.len();
            written.files += 1;
        }
    }
    let complaints = group(&input.checked.complaints, |c| {
        key(&c.office, c.received_at.date())
    });
    for (k, rows) in &complaints {
        part(dir, "complaints", Some(k), &mut complaint_frame(rows)?)?;
        written.complaints += rows.len();
        written.files += 1;
    }
    let surveys = group(&input.checked.surveys, |s| key(&s.office, s.answered_on));
    for (k, rows) in &surveys {
        part(dir, "surveys", Some(k), &mut survey_frame(rows)?)?;
        written.surveys += rows.len();
        written.files += 1;
    }
    part(
        dir,
        "services",
        None,
        &mut service_frame(input.deadlines, input.electronic)?,
    )?;
    written.files += 1;
    Ok(written)
}

fn group<T>(items: &[T], key: impl Fn(&T) -> Key) -> BTreeMap<Key, Vec<&T>> {
    let mut out: BTreeMap<Key, Vec<&T>> = BTreeMap::new();
    for item in items {
        out.entry(key(item)).or_default().push(item);
    }
    out
}

/// Writes one file of `table`, in its partition folder if it has one.
fn part(dir: &Path, table: &str, key: Option<&Key>, frame: &mut DataFrame) -> Result<()> {
    let mut folder = dir.join(table);
    if let Some((year, department)) = key {
        folder = folder
            .join(format!("year={year}"))
            .join(format!("department={department}"));
    }
    std::fs::create_dir_all(&folder).explain(|| crate::fsio::cannot_create_folder(&folder))?;
    let path = folder.join("part-0.parquet");
    let file = std::fs::File::create(&path).explain(|| crate::fsio::cannot_write(&path))?;
    ParquetWriter::new(std::io::BufWriter::new(file))
        .with_compression(ParquetCompression::Zstd(None))
        .finish(frame)
        .explain(|| crate::fsio::cannot_write(&path))?;
    Ok(())
}

fn datetimes(values: Vec<Option<NaiveDateTime>>, name: &str) -> Result<Column> {
    Ok(Column::new(name.into(), values).cast(&DataType::Datetime(TimeUnit::Milliseconds, None))?)
}

fn dates(values: Vec<Option<NaiveDate>>, name: &str) -> Result<Column> {
    Ok(Column::new(name.into(), values).cast(&DataType::Date)?)
}

fn key_of<V: Vocabulary>(v: Option<V>) -> Option<&'static str> {
    v.map(Vocabulary::key)
}

fn case_frame<'a>(
    rows: impl Iterator<Item = (&'a Case, Option<NaiveDate>)> + Clone,
) -> Result<DataFrame> {
    let cases: Vec<&Case> = rows.clone().map(|(c, _)| c).collect();
    let height = cases.len();
    let text = |f: fn(&Case) -> Option<&str>| cases.iter().map(|c| f(c)).collect::<Vec<_>>();
    let at = |f: fn(&Case) -> Option<NaiveDateTime>| cases.iter().map(|c| f(c)).collect();
    let day = |f: fn(&Case) -> Option<NaiveDate>| cases.iter().map(|c| f(c)).collect();
    let columns = vec![
        Column::new("case_id".into(), text(|c| Some(&c.case_id))),
        Column::new("service".into(), text(|c| Some(c.service.key()))),
        Column::new("office".into(), text(|c| Some(&c.office))),
        datetimes(at(|c| Some(c.submitted_at)), "submitted_at")?,
        datetimes(at(|c| c.decided_at), "decided_at")?,
        Column::new("result".into(), text(|c| Some(c.result.key()))),
        Column::new("refusal_ground".into(), text(|c| key_of(c.refusal_ground))),
        Column::new("applicant_kind".into(), text(|c| key_of(c.applicant_kind))),
        Column::new("visa_category".into(), text(|c| key_of(c.visa_category))),
        Column::new(
            "fee_amount".into(),
            cases
                .iter()
                .map(|c| c.fee_amount.map(|t| t.tenge()))
                .collect::<Vec<_>>(),
        ),
        dates(day(|c| c.fee_paid_on), "fee_paid_on")?,
        datetimes(at(|c| c.queue_arrived_at), "queue_arrived_at")?,
        datetimes(at(|c| c.queue_called_at), "queue_called_at")?,
        datetimes(at(|c| c.service_ended_at), "service_ended_at")?,
        Column::new("formular_code".into(), text(|c| c.formular_code.as_deref())),
        dates(rows.map(|(_, d)| d).collect(), "deadline")?,
    ];
    Ok(DataFrame::new(height, columns)?)
}

fn finding_frame(found: &[(&Case, &Finding)]) -> Result<DataFrame> {
    let figures: Vec<String> = found
        .iter()
        .map(|(_, f)| {
            f.figures
                .iter()
                .map(|(k, v)| format!("{k}={}", v.raw()))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    let columns = vec![
        Column::new(
            "case_id".into(),
            found.iter().map(|(c, _)| &*c.case_id).collect::<Vec<_>>(),
        ),
        Column::new(
            "office".into(),
            found.iter().map(|(c, _)| &*c.office).collect::<Vec<_>>(),
        ),
        Column::new(
            "service".into(),
            found
                .iter()
                .map(|(c, _)| c.service.key())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "code".into(),
            found.iter().map(|(_, f)| f.code.key()).collect::<Vec<_>>(),
        ),
        Column::new(
            "item".into(),
            found.iter().map(|(_, f)| f.code.item()).collect::<Vec<_>>(),
        ),
        Column::new("figures".into(), figures),
    ];
    Ok(DataFrame::new(found.len(), columns)?)
}

fn complaint_frame(rows: &[&Complaint]) -> Result<DataFrame> {
    let text = |f: fn(&Complaint) -> Option<&str>| rows.iter().map(|c| f(c)).collect::<Vec<_>>();
    let columns = vec![
        Column::new("complaint_id".into(), text(|c| Some(&c.complaint_id))),
        Column::new("office".into(), text(|c| Some(&c.office))),
        datetimes(
            rows.iter().map(|c| Some(c.received_at)).collect(),
            "received_at",
        )?,
        Column::new("case_id".into(), text(|c| c.case_id.as_deref())),
        Column::new("channel".into(), text(|c| key_of(c.channel))),
        Column::new("subject".into(), text(|c| key_of(c.subject))),
        Column::new(
            "justified".into(),
            rows.iter().map(|c| c.justified).collect::<Vec<_>>(),
        ),
        datetimes(rows.iter().map(|c| c.answered_at).collect(), "answered_at")?,
    ];
    Ok(DataFrame::new(rows.len(), columns)?)
}

/// An answer as text: `yes`, `no` or a score `1`…`5`.
fn answer(a: Option<Answer>) -> Option<String> {
    a.map(|a| match a {
        Answer::YesNo(true) => "yes".to_string(),
        Answer::YesNo(false) => "no".to_string(),
        Answer::Score(s) => s.to_string(),
    })
}

fn survey_frame(rows: &[&Survey]) -> Result<DataFrame> {
    let answers =
        |f: fn(&Survey) -> Option<Answer>| rows.iter().map(|s| answer(f(s))).collect::<Vec<_>>();
    let columns = vec![
        Column::new(
            "office".into(),
            rows.iter().map(|s| s.office.as_str()).collect::<Vec<_>>(),
        ),
        dates(
            rows.iter().map(|s| Some(s.answered_on)).collect(),
            "answered_on",
        )?,
        Column::new("quality".into(), answers(|s| s.quality)),
        Column::new("information".into(), answers(|s| s.information)),
        Column::new("politeness".into(), answers(|s| s.politeness)),
    ];
    Ok(DataFrame::new(rows.len(), columns)?)
}

fn service_frame(deadlines: &Deadlines, electronic: &Electronic) -> Result<DataFrame> {
    let services: Vec<Service> = electronic.services().collect();
    let columns = vec![
        Column::new(
            "service".into(),
            services.iter().map(|s| s.key()).collect::<Vec<_>>(),
        ),
        Column::new(
            "deadline_working_days".into(),
            services
                .iter()
                .map(|s| deadlines.days(*s))
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "electronic".into(),
            services
                .iter()
                .map(|s| electronic.is_marked(*s))
                .collect::<Vec<_>>(),
        ),
    ];
    Ok(DataFrame::new(services.len(), columns)?)
}
