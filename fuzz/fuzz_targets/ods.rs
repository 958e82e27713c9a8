//! Arbitrary bytes as an .ods file (common/workbook.rs).
#![no_main]

#[path = "common/workbook.rs"]
mod workbook;

libfuzzer_sys::fuzz_target!(|data: &[u8]| workbook::check("ods", data));
