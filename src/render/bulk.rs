//! Thousands of pages: the data is cut into chunks, each chunk laid out
//! and written as its own PDF on every core (a Typst document holds all
//! its pages in memory, so one document of 100,000 talons would not fit),
//! and the chunks are joined into one PDF in their order.
//!
//! Joining keeps every object of every chunk but their catalogs and page
//! trees; the first chunk's document information, metadata and output
//! intents (PDF/A) become the whole document's.

use std::io::Write;

use lopdf::{Dictionary, Document, Object, ObjectId};
use rayon::prelude::*;
use serde::Serialize;

use super::{PdfSettings, RenderError, Renderer};

/// Lays out and writes each chunk's data with `template`, in parallel on
/// `pool`, and returns the chunks' PDFs in order (to [`join_into`]).
/// `progress` is told how many items each chunk held once it is written.
pub fn render_chunks<T: Serialize + Sync>(
    renderer: &Renderer,
    pool: &rayon::ThreadPool,
    template: &str,
    chunks: &[(usize, T)],
    settings: &PdfSettings,
    tagged: bool,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Vec<Vec<u8>>, RenderError> {
    // A few chunks per core at a time, then Typst's memoized results are
    // all let go: evicting while chunks were still in flight freed nothing
    // (100,000 talons grew to 4 GB); between batches the process stays
    // near 250 MB, and is faster for it.
    let group = 2 * pool.current_num_threads();
    let mut pdfs: Vec<Vec<u8>> = Vec::with_capacity(chunks.len());
    for (g, batch) in chunks.chunks(group).enumerate() {
        let done: Vec<Vec<u8>> = pool.install(|| {
            batch
                .par_iter()
                .enumerate()
                .map(|(k, (items, data))| {
                    let i = g * group + k;
                    let document = renderer.layout(template, data)?;
                    let chunk = PdfSettings {
                        ident: format!("{}-{i}", settings.ident),
                        ..settings.clone()
                    };
                    let pdf = renderer.pdf_with(&document, &chunk, tagged)?;
                    drop(document);
                    progress(*items);
                    Ok(pdf)
                })
                .collect::<Result<_, RenderError>>()
        })?;
        pdfs.extend(done);
        typst::comemo::evict(0);
        log::debug!(
            "{template}: {} of {} chunks laid out",
            pdfs.len(),
            chunks.len()
        );
    }
    Ok(pdfs)
}

fn join_error(e: lopdf::Error) -> RenderError {
    RenderError::Join(e.to_string())
}

/// Writes one PDF of the pages of `pdfs`, in order, to `target`. Each
/// chunk's bytes are let go once read, and the result goes straight to
/// `target`: the joined document is held once, as objects.
pub fn join_into(mut pdfs: Vec<Vec<u8>>, target: &mut dyn Write) -> Result<(), RenderError> {
    if pdfs.len() == 1 {
        return target
            .write_all(&pdfs.remove(0))
            .map_err(|e| RenderError::Join(e.to_string()));
    }
    let mut out = Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let catalog_id = out.new_object_id();
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    let mut kids = Vec::new();
    for (n, bytes) in pdfs.into_iter().enumerate() {
        let mut doc = Document::load_mem(&bytes).map_err(join_error)?;
        drop(bytes);
        doc.renumber_objects_with(out.max_id + 1);
        out.max_id = doc.max_id;
        let root: ObjectId = doc
            .trailer
            .get(b"Root")
            .and_then(Object::as_reference)
            .map_err(join_error)?;
        let source_catalog = doc.get_dictionary(root).map_err(join_error)?.clone();
        let source_pages: ObjectId = source_catalog
            .get(b"Pages")
            .and_then(Object::as_reference)
            .map_err(join_error)?;
        if n == 0 {
            for key in [
                b"Metadata".as_slice(),
                b"OutputIntents",
                b"Lang",
                b"ViewerPreferences",
            ] {
                if let Ok(value) = source_catalog.get(key) {
                    catalog.set(key, value.clone());
                }
            }
            for key in [b"Info".as_slice(), b"ID"] {
                if let Ok(value) = doc.trailer.get(key) {
                    out.trailer.set(key, value.clone());
                }
            }
        }
        for (_, page) in doc.get_pages() {
            if let Some(Object::Dictionary(dict)) = doc.objects.get_mut(&page) {
                dict.set("Parent", Object::Reference(pages_id));
            }
            kids.push(Object::Reference(page));
        }
        for (id, object) in doc.objects {
            if id != root && id != source_pages {
                out.objects.insert(id, object);
            }
        }
    }
    let mut pages = Dictionary::new();
    pages.set("Type", Object::Name(b"Pages".to_vec()));
    pages.set("Count", Object::Integer(kids.len() as i64));
    pages.set("Kids", Object::Array(kids));
    out.objects.insert(pages_id, Object::Dictionary(pages));
    out.objects.insert(catalog_id, Object::Dictionary(catalog));
    out.trailer.set("Root", Object::Reference(catalog_id));
    let mut buffered = std::io::BufWriter::new(target);
    out.save_to(&mut buffered)
        .map_err(|e| RenderError::Join(e.to_string()))?;
    buffered
        .flush()
        .map_err(|e| RenderError::Join(e.to_string()))
}
