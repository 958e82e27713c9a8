//! Arbitrary bytes as an .xlsx file (common/workbook.rs).
#![no_main]

#[path = "common/workbook.rs"]
mod workbook;

libfuzzer_sys::fuzz_target!(|data: &[u8]| workbook::check("xlsx", data));
