//! The templates: `templates/` compiled in, and `--templates DIR` whose
//! files replace or add to them by name (as a site generator's theme is
//! overridden). Only these files exist for a template: it cannot read
//! anything else on disk, and packages (the network) are refused.
//!
//! A folder's files are listed, not read: each is read when a template
//! first uses it, so files lying unused in the folder cost nothing, and
//! what is read is counted against a budget (see [`Templates::with_dir`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{RenderError, TemplatesWhy};

const BUNDLED: [(&str, &str); 7] = [
    ("common.typ", include_str!("../../templates/common.typ")),
    (
        "talon-appendix3.typ",
        include_str!("../../templates/talon-appendix3.typ"),
    ),
    (
        "talon-appendix5.typ",
        include_str!("../../templates/talon-appendix5.typ"),
    ),
    (
        "talon-registration.typ",
        include_str!("../../templates/talon-registration.typ"),
    ),
    (
        "talon-complaint.typ",
        include_str!("../../templates/talon-complaint.typ"),
    ),
    ("decision.typ", include_str!("../../templates/decision.typ")),
    (
        "annual-report.typ",
        include_str!("../../templates/annual-report.typ"),
    ),
];

/// One template file: where its bytes are, and where it came from (for
/// messages).
#[derive(Debug, Clone)]
pub struct File {
    pub content: Content,
    pub shown: String,
}

#[derive(Debug, Clone)]
pub enum Content {
    Bundled(&'static str),
    /// A file of the folder, read when first used; `len` as listed.
    Disk {
        path: PathBuf,
        len: u64,
    },
}

#[derive(Debug, Clone)]
pub struct Templates {
    /// By path relative to the template folder, `/`-separated.
    pub files: BTreeMap<String, File>,
    /// Files of the folder larger than [`MAX_FILE`], by the same names: not
    /// read; a template that uses one is told why.
    pub too_large: BTreeMap<String, String>,
    /// The most bytes of the folder's files one run may read.
    pub budget: u64,
}

/// The largest file a template folder may hand a template (a logo, a
/// font, a table of names): 32 MiB. Larger files lying in the folder are
/// not read at all, so an unused one costs nothing.
pub const MAX_FILE: u64 = 32 << 20;

impl Templates {
    pub fn bundled() -> Templates {
        Templates {
            files: BUNDLED
                .iter()
                .map(|(name, text)| {
                    (
                        name.to_string(),
                        File {
                            content: Content::Bundled(text),
                            shown: format!("templates/{name}"),
                        },
                    )
                })
                .collect(),
            too_large: BTreeMap::new(),
            budget: 0,
        }
    }

    /// The bundled templates with the files of `dir` over them. Symbolic
    /// links are not followed: a template folder cannot reach outside.
    /// Files are only listed here; together, the ones templates use may
    /// hold at most `budget` bytes (a quarter of `--max-memory`: typesetting
    /// needs the rest).
    pub fn with_dir(dir: &Path, budget: u64) -> Result<Templates, RenderError> {
        let mut templates = Templates {
            budget,
            ..Templates::bundled()
        };
        let mut stack = vec![dir.to_path_buf()];
        while let Some(folder) = stack.pop() {
            let entries = std::fs::read_dir(&folder).map_err(|e| RenderError::Templates {
                path: folder.display().to_string(),
                why: TemplatesWhy::Io(e.into()),
            })?;
            let mut paths: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for path in paths {
                let Ok(meta) = std::fs::symlink_metadata(&path) else {
                    continue;
                };
                if meta.is_dir() {
                    stack.push(path);
                } else if meta.is_file() {
                    let Ok(relative) = path.strip_prefix(dir) else {
                        continue;
                    };
                    let name = relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    if meta.len() > MAX_FILE {
                        templates.files.remove(&name);
                        templates.too_large.insert(
                            name,
                            format!(
                                "`{}` is {} MiB, more than the {} MiB a template may use; make it smaller",
                                path.display(),
                                meta.len().div_ceil(1 << 20),
                                MAX_FILE >> 20
                            ),
                        );
                        continue;
                    }
                    templates.files.insert(
                        name,
                        File {
                            content: Content::Disk {
                                path: path.clone(),
                                len: meta.len(),
                            },
                            shown: path.display().to_string(),
                        },
                    );
                }
            }
        }
        Ok(templates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_replaces_and_adds_templates_and_lists_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("talon-appendix5.typ"), "mine").unwrap();
        std::fs::create_dir(dir.path().join("parts")).unwrap();
        std::fs::write(dir.path().join("parts/logo.svg"), "<svg/>").unwrap();
        let t = Templates::with_dir(dir.path(), 1 << 20).unwrap();
        assert!(matches!(
            &t.files["talon-appendix5.typ"].content,
            Content::Disk { len: 4, .. }
        ));
        assert!(t.files.contains_key("parts/logo.svg"));
        assert!(
            matches!(t.files["decision.typ"].content, Content::Bundled(_)),
            "the bundled ones stay"
        );
        // Regression: a 6 GB file lying unused in the folder was read whole.
        let big = std::fs::File::create(dir.path().join("parts/huge.bin")).unwrap();
        big.set_len(6 << 30).unwrap();
        let t = Templates::with_dir(dir.path(), 1 << 20).unwrap();
        assert!(!t.files.contains_key("parts/huge.bin"));
        assert!(t.too_large["parts/huge.bin"].contains("6144 MiB"));
    }
}
