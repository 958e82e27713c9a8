//! Arbitrary bytes as a CSV file, read and checked end to end: no panic,
//! and every row read is either accepted or rejected (the check itself
//! asserts rows in = accepted + rejected).
#![no_main]

use esep::ingest::IngestConfig;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("input.csv");
    std::fs::write(&path, data).expect("write the input");
    if let Ok(checked) = esep::validate::check(&[path], &IngestConfig::default(), None, None) {
        for rejection in &checked.rejections {
            assert!(!rejection.problems.is_empty(), "a rejection without a reason");
        }
    }
});
