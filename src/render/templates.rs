//! The templates: `templates/` compiled in, and `--templates DIR` whose
//! files replace or add to them by name (as a site generator's theme is
//! overridden). Only these files exist for a template: it cannot read
//! anything else on disk, and packages (the network) are refused.

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

/// One template file: its bytes and where it came from (for messages).
#[derive(Debug, Clone)]
pub struct File {
    pub bytes: Vec<u8>,
    pub shown: String,
}

#[derive(Debug, Clone)]
pub struct Templates {
    /// By path relative to the template folder, `/`-separated.
    pub files: BTreeMap<String, File>,
    /// Files of the folder larger than [`MAX_FILE`], by the same names: not
    /// read; a template that uses one is told why.
    pub too_large: BTreeMap<String, String>,
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
                            bytes: text.as_bytes().to_vec(),
                            shown: format!("templates/{name}"),
                        },
                    )
                })
                .collect(),
            too_large: BTreeMap::new(),
        }
    }

    /// The bundled templates with the files of `dir` over them. Symbolic
    /// links are not followed: a template folder cannot reach outside.
    pub fn with_dir(dir: &Path) -> Result<Templates, RenderError> {
        let mut templates = Templates::bundled();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(folder) = stack.pop() {
            let entries = std::fs::read_dir(&folder).map_err(|e| RenderError::Templates {
                path: folder.display().to_string(),
                why: TemplatesWhy::Io(e),
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
                    let bytes = std::fs::read(&path).map_err(|e| RenderError::Templates {
                        path: path.display().to_string(),
                        why: TemplatesWhy::Io(e),
                    })?;
                    if name.ends_with(".typ") && std::str::from_utf8(&bytes).is_err() {
                        return Err(RenderError::Templates {
                            path: path.display().to_string(),
                            why: TemplatesWhy::NotUtf8,
                        });
                    }
                    templates.files.insert(
                        name,
                        File {
                            bytes,
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
    fn a_folder_replaces_and_adds_templates_and_refuses_non_utf8_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("talon-appendix5.typ"), "mine").unwrap();
        std::fs::create_dir(dir.path().join("parts")).unwrap();
        std::fs::write(dir.path().join("parts/logo.svg"), "<svg/>").unwrap();
        let t = Templates::with_dir(dir.path()).unwrap();
        assert_eq!(t.files["talon-appendix5.typ"].bytes, b"mine");
        assert!(t.files.contains_key("parts/logo.svg"));
        assert!(
            t.files.contains_key("decision.typ"),
            "the bundled ones stay"
        );
        // Regression: a 6 GB file lying unused in the folder was read whole.
        let big = std::fs::File::create(dir.path().join("parts/huge.bin")).unwrap();
        big.set_len(6 << 30).unwrap();
        let t = Templates::with_dir(dir.path()).unwrap();
        assert!(!t.files.contains_key("parts/huge.bin"));
        assert!(t.too_large["parts/huge.bin"].contains("6144 MiB"));
        // Regression: a template in Windows-1251 was silently no source, then "not found".
        std::fs::write(dir.path().join("decision.typ"), b"\xcf\xf0\xe8").unwrap();
        let err = Templates::with_dir(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("decision.typ") && err.contains("UTF-8"),
            "{err}"
        );
    }
}
