//! esep reads the spreadsheets of processed public-service cases that offices
//! of Kazakhstan's migration police keep, checks every value against the input
//! contract (`shared/spec/cases-workbook.md`), and hands typed records to the
//! stages that judge them against the standard and report on them.
//!
//! Data flows one way: [`ingest`] (files → raw rows) → [`validate`] (raw rows →
//! accepted records and rejections) → later stages. Each stage has one verb as
//! its entry point.

pub mod chunked;
pub mod cli;
pub mod commands;
pub mod config;
pub mod documents;
pub mod export;
pub mod fsio;
pub mod indicators;
pub mod ingest;
pub mod kz1048;
pub mod law;
pub mod logging;
pub mod model;
pub mod reference;
pub mod render;
pub mod sample;
pub mod schema;
pub mod terminal;
pub mod text;
pub mod validate;
pub mod vocab;
pub mod xlsx;
