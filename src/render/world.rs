//! The Typst world of one document: the templates, the data as
//! `/data.json`, and the bundled fonts. No clock (`datetime.today()` is
//! none: dates come from the data), no system fonts, no packages.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FONTS;
use super::templates::Templates;

/// What every document shares: the library, and the templates parsed once.
pub struct Env {
    library: LazyHash<Library>,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    /// Files of the template folder too large to serve, with why.
    refused: HashMap<FileId, String>,
    /// Where each file came from, for messages.
    pub shown: HashMap<FileId, String>,
    pub data: FileId,
}

pub fn file_id(path: &str) -> Option<FileId> {
    Some(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?).intern())
}

impl Env {
    pub fn new(templates: &Templates) -> Env {
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        let mut shown = HashMap::new();
        for (name, file) in &templates.files {
            let Some(id) = file_id(&format!("/{name}")) else {
                continue;
            };
            shown.insert(id, file.shown.clone());
            if name.ends_with(".typ")
                && let Ok(text) = String::from_utf8(file.bytes.clone())
            {
                sources.insert(id, Source::new(id, text));
            }
            files.insert(id, Bytes::new(file.bytes.clone()));
        }
        let refused = templates
            .too_large
            .iter()
            .filter_map(|(name, why)| Some((file_id(&format!("/{name}"))?, why.clone())))
            .collect();
        Env {
            refused,
            library: LazyHash::new(Library::builder().build()),
            sources,
            files,
            shown,
            data: file_id("/data.json").expect("a valid path"),
        }
    }

    pub fn id(&self, template: &str) -> Option<FileId> {
        let id = file_id(&format!("/{template}"))?;
        self.sources.contains_key(&id).then_some(id)
    }
}

/// One document: a main template and its data.
pub struct DocWorld<'a> {
    pub env: &'a Env,
    pub main: FileId,
    pub data: Bytes,
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.env.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if let VirtualRoot::Package(_) = id.root() {
            return Err(FileError::AccessDenied);
        }
        self.env
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| self.missing(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(_) = id.root() {
            return Err(FileError::AccessDenied);
        }
        if id == self.env.data {
            return Ok(self.data.clone());
        }
        self.env
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| self.missing(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

impl DocWorld<'_> {
    /// Why a file is not there: too large to serve, or absent.
    fn missing(&self, id: FileId) -> FileError {
        match self.env.refused.get(&id) {
            Some(why) => FileError::Other(Some(why.as_str().into())),
            None => FileError::NotFound(id.vpath().get_with_slash().into()),
        }
    }
}
