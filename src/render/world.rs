//! The Typst world of one document: the templates, the data as
//! `/data.json`, and the bundled fonts. No clock (`datetime.today()` is
//! none: dates come from the data), no system fonts, no packages.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::templates::{Content, Templates};
use super::{RenderError, TemplatesWhy};
use crate::fonts::FONTS;

/// What every document shares: the library, and the templates, each
/// parsed once when first used.
pub struct Env {
    library: LazyHash<Library>,
    files: HashMap<FileId, Entry>,
    /// Files of the template folder too large to serve, with why.
    refused: HashMap<FileId, String>,
    /// Bytes of the folder's files read so far, against `budget`.
    read: AtomicU64,
    budget: u64,
    pub data: FileId,
}

/// One template file: where it is, and what it holds once read.
struct Entry {
    content: Content,
    shown: String,
    loaded: OnceLock<Result<Loaded, TemplatesWhy>>,
}

#[derive(Clone)]
pub struct Loaded {
    bytes: Bytes,
    /// For `.typ` files: the parsed source.
    source: Option<Source>,
}

pub fn file_id(path: &str) -> Option<FileId> {
    Some(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?).intern())
}

impl Env {
    pub fn new(templates: &Templates) -> Env {
        let files = templates
            .files
            .iter()
            .filter_map(|(name, file)| {
                let entry = Entry {
                    content: file.content.clone(),
                    shown: file.shown.clone(),
                    loaded: OnceLock::new(),
                };
                Some((file_id(&format!("/{name}"))?, entry))
            })
            .collect();
        let refused = templates
            .too_large
            .iter()
            .filter_map(|(name, why)| Some((file_id(&format!("/{name}"))?, why.clone())))
            .collect();
        Env {
            refused,
            library: LazyHash::new(Library::builder().build()),
            files,
            read: AtomicU64::new(0),
            budget: templates.budget,
            data: file_id("/data.json").expect("a valid path"),
        }
    }

    /// The main template of that name, when there is a Typst file by it.
    pub fn id(&self, template: &str) -> Option<FileId> {
        let id = file_id(&format!("/{template}"))?;
        (template.ends_with(".typ") && self.files.contains_key(&id)).then_some(id)
    }

    /// Where a file came from, for messages.
    pub fn shown(&self, id: FileId) -> Option<&str> {
        self.files.get(&id).map(|entry| entry.shown.as_str())
    }

    /// The file's bytes (and source), read on first use; why not, in
    /// words that name the file.
    pub fn load(&self, id: FileId) -> Option<Result<Loaded, RenderError>> {
        let entry = self.files.get(&id)?;
        let loaded = entry.loaded.get_or_init(|| self.read(id, entry)).clone();
        Some(loaded.map_err(|why| RenderError::Templates {
            path: entry.shown.clone(),
            why,
        }))
    }

    fn read(&self, id: FileId, entry: &Entry) -> Result<Loaded, TemplatesWhy> {
        let is_typ = id.vpath().get_with_slash().ends_with(".typ");
        let bytes = match &entry.content {
            Content::Bundled(text) => text.as_bytes().to_vec(),
            Content::Disk { path, len } => {
                self.read
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |read| {
                        (read + len <= self.budget).then_some(read + len)
                    })
                    .map_err(|_| TemplatesWhy::Budget(self.budget))?;
                let mut bytes = Vec::new();
                std::fs::File::open(path)
                    .and_then(|file| file.take(*len).read_to_end(&mut bytes))
                    .map_err(|e| TemplatesWhy::Io(e.into()))?;
                bytes
            }
        };
        let source = match is_typ {
            true => {
                let text = String::from_utf8(bytes.clone()).map_err(|_| TemplatesWhy::NotUtf8)?;
                Some(Source::new(id, text))
            }
            false => None,
        };
        Ok(Loaded {
            bytes: Bytes::new(bytes),
            source,
        })
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
        match self.env.load(id) {
            Some(Ok(Loaded {
                source: Some(source),
                ..
            })) => Ok(source),
            Some(Ok(_)) => Err(FileError::NotSource),
            Some(Err(unread)) => Err(FileError::Other(Some(
                unread.msg().text(crate::lang::Lang::En).into(),
            ))),
            None => Err(self.missing(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(_) = id.root() {
            return Err(FileError::AccessDenied);
        }
        if id == self.env.data {
            return Ok(self.data.clone());
        }
        match self.env.load(id) {
            Some(Ok(loaded)) => Ok(loaded.bytes),
            Some(Err(unread)) => Err(FileError::Other(Some(
                unread.msg().text(crate::lang::Lang::En).into(),
            ))),
            None => Err(self.missing(id)),
        }
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
