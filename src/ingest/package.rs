//! Where the parts of an xlsx package lie, found the way calamine finds
//! them: the workbook is the part `_rels/.rels` names as the office
//! document, a sheet is the part its relationship targets (relative to the
//! workbook's folder unless it starts with `/`), and part names are
//! compared without case. esep's own passes over a sheet must read the
//! part calamine reads, or they would check another sheet's cells.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

pub(super) type Archive = zip::ZipArchive<BufReader<File>>;

/// Opens the package at `path`.
pub(super) fn open(path: &Path) -> Result<Archive, String> {
    let file = File::open(path).map_err(|e| e.to_string())?;
    zip::ZipArchive::new(BufReader::new(file)).map_err(|e| e.to_string())
}

/// An XML reader configured as calamine configures its own.
pub(super) fn xml<R: Read>(part: R) -> Reader<BufReader<R>> {
    let mut reader = Reader::from_reader(BufReader::new(part));
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    reader
}

/// The part names of the archive, by their lower-case form with `/`:
/// calamine finds parts without case and by either slash.
fn names(archive: &Archive) -> HashMap<String, String> {
    archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n.into_owned()))
        .collect()
}

/// The folder (with its `/`, from the package's root) and name of the
/// workbook part: the office document `_rels/.rels` names.
fn workbook_part(
    archive: &mut Archive,
    names: &HashMap<String, String>,
) -> Option<(String, String)> {
    let rels = names.get("_rels/.rels")?.clone();
    let document = relationships(archive, &rels)?
        .into_iter()
        .find(|r| r.kind.ends_with("/relationships/officeDocument"))?
        .target;
    let document = unescape(&document);
    let (folder, name) = match document.rfind('/') {
        Some(i) => document.split_at(i + 1),
        None => ("", document.as_str()),
    };
    let folder = folder.strip_prefix('/').unwrap_or(folder);
    let name = if name.is_empty() {
        "workbook.xml"
    } else {
        name
    };
    Some((folder.to_string(), name.to_string()))
}

/// The name of the part that holds the sheet called `sheet`, as the
/// archive spells it; `None` when the package does not lead to one (then
/// calamine cannot read the sheet either, and says so).
pub(super) fn sheet_part(archive: &mut Archive, sheet: &str) -> Option<String> {
    let names = names(archive);
    let find = |path: &str| names.get(&path.to_ascii_lowercase()).cloned();
    let (folder, name) = workbook_part(archive, &names)?;
    let links = relationships(archive, &find(&format!("{folder}_rels/{name}.rels"))?)?;
    let id = sheet_id(archive, &find(&format!("{folder}{name}"))?, sheet)?;
    let target = links.into_iter().find(|r| r.id == id)?.target;
    let path = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("{folder}{target}"),
    };
    find(&path)
}

/// The name of the shared strings part calamine reads: `sharedStrings.xml`
/// in the workbook's folder (`xl/` when the package names no workbook).
pub(super) fn shared_strings_part(archive: &mut Archive) -> Option<String> {
    let names = names(archive);
    let folder = workbook_part(archive, &names).map_or_else(|| "xl/".to_string(), |(f, _)| f);
    names
        .get(&format!("{folder}sharedStrings.xml").to_ascii_lowercase())
        .cloned()
}

/// The binary shared strings part an xlsb's reader opens: calamine looks
/// for `xl/sharedStrings.bin` whatever the relationships say, without case.
pub(super) fn binary_shared_strings_part(archive: &Archive) -> Option<String> {
    names(archive).remove("xl/sharedstrings.bin")
}

/// One `<Relationship>` of a relationships part, its values as written.
struct Relationship {
    id: String,
    kind: String,
    target: String,
}

fn relationships(archive: &mut Archive, part: &str) -> Option<Vec<Relationship>> {
    let mut xml = xml(archive.by_name(part).ok()?);
    let mut found = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                found.push(Relationship {
                    id: attribute(&e, |k| k == "Id")?,
                    kind: attribute(&e, |k| k == "Type").unwrap_or_default(),
                    target: attribute(&e, |k| k == "Target").unwrap_or_default(),
                });
            }
            Event::Eof => return Some(found),
            _ => {}
        }
    }
}

/// The relationship id of the first sheet called `sheet` in the workbook
/// part (calamine reads the first of two sheets of one name).
fn sheet_id(archive: &mut Archive, part: &str, sheet: &str) -> Option<String> {
    let mut xml = xml(archive.by_name(part).ok()?);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                let name = attribute(&e, |k| k == "name").map(|n| unescape(&n));
                if name.as_deref() == Some(sheet) {
                    // `r:id` with any prefix, as calamine matches it.
                    return attribute(&e, |k| {
                        k == "id" || k.strip_suffix("id").is_some_and(|p| p.ends_with(':'))
                    });
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// The raw value of the attribute `key`, as written (the first, as
/// calamine takes it).
pub(super) fn raw(e: &BytesStart<'_>, key: &str) -> Option<String> {
    attribute(e, |k| k == key)
}

/// The raw value of the first attribute whose key `matches`.
fn attribute(e: &BytesStart<'_>, matches: impl Fn(&str) -> bool) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .filter_map(Result::ok)
        .find(|a| matches(a.key.as_ref()))
        .map(|a| a.value.into_owned())
}

fn unescape(raw: &str) -> String {
    quick_xml::escape::unescape(raw)
        .map(|s| s.into_owned())
        .unwrap_or_else(|_| raw.to_string())
}
