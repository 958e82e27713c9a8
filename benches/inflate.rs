//! The floor of reading a workbook (benches/read.sh): inflating one sheet's
//! XML with the inflater esep reads workbooks with (the `zip` crate's
//! deflate, zlib-rs), into nothing, timed alone.
//!
//!     inflate FILE.xlsx [xl/worksheets/sheet1.xml]

use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: inflate FILE.xlsx [ENTRY]");
    let entry = args
        .next()
        .unwrap_or_else(|| "xl/worksheets/sheet1.xml".to_string());
    let file = std::fs::File::open(&path).expect("the workbook opens");
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file)).expect("a zip");
    let mut sheet = archive
        .by_name(&entry)
        .expect("the sheet is in the workbook");
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = sheet.read(&mut buf).expect("the sheet inflates");
        if n == 0 {
            break;
        }
        total += n as u64;
    }
    println!("{total}");
}
