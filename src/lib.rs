//! esep reads the spreadsheets of processed public-service cases that offices
//! of Kazakhstan's migration police keep, checks every value against the input
//! contract (`docs/contract.md`), and hands typed records to the
//! stages that judge them against the standard and report on them.
//!
//! Data flows one way, each stage a module with one verb as its entry point
//! (`docs/architecture.md`): [`ingest`] (files → raw rows) → [`validate`]
//! (raw rows → accepted records and rejections) → [`law`] (cases → one
//! verdict each: facts, findings, decision) → [`indicators`] (records and
//! verdicts → the indicator results) → [`content`] (the report's content,
//! composed once) → [`documents`] and [`render`] (PDF) or [`export`]
//! (files). [`commands`] resolve arguments, call the stages
//! and print; no command imports another. Below every stage, importing
//! none: [`model`], [`vocab`], [`reference`], [`schema`], [`shown`] (what a message may show of a value), [`settings`] (what
//! each stage is handed of the configuration), [`indicator`], [`lang`],
//! [`dates`] and the utilities; [`config`] reads the configuration file into settings and
//! only commands import it. [`sample`] makes sample workbooks from the law
//! and the reference data. No `use` runs up this order, and none makes a
//! circle.

pub mod bodies;
pub mod catalog;
pub mod chunked;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod contract;
pub mod dates;
pub mod documents;
pub mod export;
pub mod fonts;
pub mod fsio;
pub mod indicator;
pub mod indicators;
pub mod ingest;
pub mod kz1048;
pub mod lang;
pub mod law;
pub mod logging;
pub mod model;
pub mod reference;
pub mod render;
pub mod sample;
pub mod schema;
pub mod settings;
pub mod shown;
pub mod terminal;
pub mod text;
pub mod validate;
pub mod vocab;
pub mod xlsx;
