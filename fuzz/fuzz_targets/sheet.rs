//! Arbitrary bytes as the sheet XML of an otherwise well-formed xlsx, read
//! through esep's fast scanner and through calamine alone: no panic, no
//! memory beyond libFuzzer's limit, and where calamine reads the sheet,
//! the scanner hands on the very same rows and errors.
#![no_main]

use std::io::Write;

use esep::ingest::{IngestConfig, RawRow, Source, Visitor, XlsxReader};

#[derive(Default)]
struct Recorder(Vec<String>);

impl Visitor for Recorder {
    fn begin(&mut self, source: &Source) {
        self.0.push(format!("{source:?}"));
    }
    fn row(&mut self, _: &Source, row: RawRow) {
        self.0.push(format!("{} {:?}", row.number, row.cells));
    }
    fn blank_rows(&mut self, _: &Source, count: u64) {
        self.0.push(format!("blank {count}"));
    }
}

const PARTS: [(&str, &str); 5] = [
    ("[Content_Types].xml", r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#),
    ("_rels/.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
    ("xl/workbook.xml", r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Дела" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
    ("xl/_rels/workbook.xml.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
    ("xl/sharedStrings.xml", r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>case_id</t></si><si><t>service</t></si><si><t>office</t></si><si><t>submitted_at</t></si><si><t>decided_at</t></si><si><t>result</t></si><si><t>visa_category</t></si></sst>"#),
];

fn read(path: &std::path::Path, reader: XlsxReader) -> (Vec<String>, Option<String>) {
    let config = IngestConfig {
        max_unpacked: 256 << 20,
        max_memory: 256 << 20,
        xlsx_reader: reader,
        ..IngestConfig::default()
    };
    let mut recorder = Recorder::default();
    let result = esep::ingest::load(path, &config, &mut recorder);
    (recorder.0, result.err().map(|e| format!("{e:?}")))
}

libfuzzer_sys::fuzz_target!(|sheet: &[u8]| {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("input.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    let options = zip::write::SimpleFileOptions::default();
    for (name, text) in PARTS {
        zip.start_file(name, options).expect("part");
        zip.write_all(text.as_bytes()).expect("part");
    }
    zip.start_file("xl/styles.xml", options).expect("part");
    zip.write_all(br#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="46"/></cellXfs></styleSheet>"#).expect("part");
    zip.start_file("xl/worksheets/sheet1.xml", options).expect("part");
    zip.write_all(sheet).expect("part");
    zip.finish().expect("zip");
    let fast = read(&path, XlsxReader::Fast);
    let oracle = read(&path, XlsxReader::Calamine);
    // Where calamine refuses XML that is not well formed, the scanner,
    // which checks only what it reads, may read it.
    if oracle.1.is_none() {
        assert_eq!(fast, oracle, "calamine read the sheet; the scanner did otherwise");
    }
});
