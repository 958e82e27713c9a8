//! Lists the Fluent catalogues of `locales/` (one folder per language, any
//! number of `.ftl` files in each) for `src/catalog.rs` to compile into the
//! binary: a translator adds a file or a language folder without touching
//! the code.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // Read when the script runs, not when it is compiled: a build script
    // compiled for a clone elsewhere is reused from a shared target folder.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).expect("the folder locales/") {
        let lang = lang.expect("a language folder of locales/").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("a language folder") {
            let file = file.expect("a catalogue").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push(file);
            }
        }
    }
    // Sorted, so that the same catalogues make the same binary.
    files.sort();
    let mut out = String::from("&[\n");
    for file in &files {
        let lang = file.parent().and_then(Path::file_name).expect("a folder");
        let name = file.file_name().expect("a file name");
        writeln!(
            out,
            "    ({:?}, {:?}, include_str!({:?})),",
            lang.to_string_lossy(),
            name.to_string_lossy(),
            file.display().to_string()
        )
        .expect("a string");
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogues.rs");
    std::fs::write(dest, out).expect("the list of catalogues");
}
