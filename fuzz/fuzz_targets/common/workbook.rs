//! Arbitrary bytes as a workbook of one format, read and checked through
//! esep's own entry point in this process: no panic escapes the reader
//! boundary, memory stays within libFuzzer's limit, and rows in = accepted
//! + rejected (the check asserts it). Shared by the `xlsx`, `xls` and `ods`
//! targets.

use esep::ingest::IngestConfig;

/// Reads `bytes` as a file named `input.{ext}`.
pub fn check(ext: &str, bytes: &[u8]) {
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
}
