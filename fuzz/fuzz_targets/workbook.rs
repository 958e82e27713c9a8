//! Arbitrary bytes as a workbook (xlsx, xls, ods or xlsb, by the first
//! byte), read and checked through esep's own entry point in this process:
//! no panic escapes the reader boundary, memory stays within libFuzzer's
//! limit, and rows in = accepted + rejected (the check asserts it).
#![no_main]

use esep::ingest::IngestConfig;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let ext = ["xlsx", "xls", "ods", "xlsb"][usize::from(kind) % 4];
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, bytes).expect("write the input");
    let config = IngestConfig {
        // What libFuzzer's 2 GB limit leaves room for.
        max_unpacked: 256 << 20,
        max_memory: 256 << 20,
        ..IngestConfig::default()
    };
    match esep::validate::check(&[path], &config, None, None) {
        Ok(checked) => {
            for rejection in &checked.rejections {
                assert!(!rejection.problems.is_empty(), "a rejection without a reason");
            }
        }
        Err(errors) => assert!(!errors.is_empty()),
    }
});
