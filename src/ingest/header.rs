//! Finding the header row and naming the columns under it.
//!
//! The header row is the first row in which at least three cells name known
//! columns of the table; rows above it (titles, dates, logos) are skipped. A
//! header names a column when, folded ([`crate::text::fold`]), it equals the
//! column's key, its Russian or Kazakh name, or a name the user's mapping file
//! gives it.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::{Cell, FileError};
use crate::schema::{Table, column_letter};
use crate::text::fold;

/// Which sheet column holds each column of the table.
#[derive(Debug, Clone, Default)]
pub struct HeaderMap {
    /// Parallel to `table.columns()`: the absolute sheet column, if present.
    pub positions: Vec<Option<usize>>,
    /// Parallel to `positions`: the header as the file writes it, so that
    /// what esep says about a column names it in the user's own words.
    pub names: Vec<Option<String>>,
}

impl HeaderMap {
    pub fn position(&self, column: usize) -> Option<usize> {
        self.positions.get(column).copied().flatten()
    }

    /// Where each column of `table` was found, as `case_id=A, service=B`.
    pub fn describe(&self, table: Table) -> String {
        table
            .columns()
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                self.position(i)
                    .map(|p| format!("{}={}", c.key, column_letter(p)))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Extra header names from a mapping file, per table.
///
/// The file is TOML with one section per table, each mapping a header as
/// the user's files write it to a column key:
///
/// ```toml
/// [cases]
/// "Номер заявки" = "case_id"
/// "Дата подачи" = "submitted_at"
/// [complaints]
/// "Рег. номер" = "complaint_id"
/// ```
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default)]
    cases: HashMap<String, String>,
    #[serde(default)]
    complaints: HashMap<String, String>,
    #[serde(default)]
    surveys: HashMap<String, String>,
}

/// A mapping file that cannot be used, with where and why.
#[derive(Debug)]
pub enum MappingError {
    Read {
        path: String,
        source: std::io::Error,
    },
    /// Not TOML, or not the tables of a mapping: the TOML reader's words.
    Syntax { path: String, message: String },
    UnknownKey {
        path: String,
        table: Table,
        header: String,
        key: String,
        known: String,
    },
}

impl MappingError {
    pub fn msg(&self) -> crate::catalog::Msg {
        match self {
            MappingError::Read { path, source } => {
                crate::msg!("mapping-unreadable", path = path, why = source.to_string())
            }
            MappingError::Syntax { path, message } => {
                crate::msg!("mapping-syntax", path = path, why = message)
            }
            MappingError::UnknownKey {
                path,
                table,
                header,
                key,
                known,
            } => crate::msg!(
                "mapping-unknown-key",
                path = path,
                section = table.key(),
                table = table.title(),
                header = header,
                key = key,
                known = known
            ),
        }
    }
}

/// A mapping that cannot be used stops a run as a [`crate::lang::Said`].
impl From<MappingError> for anyhow::Error {
    fn from(error: MappingError) -> anyhow::Error {
        error.msg().into()
    }
}

impl Mapping {
    pub fn load(path: &Path) -> Result<Mapping, MappingError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| MappingError::Read {
            path: shown.clone(),
            source,
        })?;
        let mapping: Mapping = toml::from_str(&text).map_err(|e| {
            let (path, message) = crate::config::toml_error(&shown, &text, &e);
            MappingError::Syntax { path, message }
        })?;
        for table in Table::ALL {
            let mut entries: Vec<_> = mapping.entries(table).iter().collect();
            entries.sort();
            for (header, key) in entries {
                if !table.columns().iter().any(|c| c.key == key) {
                    let known = table
                        .columns()
                        .iter()
                        .map(|c| c.key)
                        .collect::<Vec<_>>()
                        .join(", ");
                    return Err(MappingError::UnknownKey {
                        path: shown,
                        table,
                        header: header.clone(),
                        key: key.clone(),
                        known,
                    });
                }
            }
        }
        Ok(mapping)
    }

    fn entries(&self, table: Table) -> &HashMap<String, String> {
        match table {
            Table::Cases => &self.cases,
            Table::Complaints => &self.complaints,
            Table::Surveys => &self.surveys,
        }
    }
}

/// Recognises the headers of one table.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub table: Table,
    names: HashMap<String, usize>,
}

impl Matcher {
    pub fn new(table: Table, mapping: &Mapping) -> Matcher {
        let mut names = HashMap::new();
        for (i, column) in table.columns().iter().enumerate() {
            for name in [column.key, column.ru, column.kk] {
                names.insert(fold(name), i);
            }
        }
        for (header, key) in mapping.entries(table) {
            if let Some(i) = table.columns().iter().position(|c| c.key == key) {
                names.insert(fold(header), i);
            }
        }
        Matcher { table, names }
    }

    /// The column a header cell names.
    fn column_of(&self, cell: &Cell) -> Option<usize> {
        match cell {
            Cell::Text(text) => self.names.get(&fold(text)).copied(),
            _ => None,
        }
    }

    /// How many cells of `cells` name a column of the table.
    pub fn score(&self, cells: &[Cell]) -> usize {
        cells.iter().filter(|c| self.column_of(c).is_some()).count()
    }

    /// Whether `cells` is a header row for this table.
    pub fn is_header(&self, cells: &[Cell]) -> bool {
        self.score(cells) >= 3
    }

    /// Builds the header map of a header row, checking that every required
    /// column is present and none is named twice.
    pub fn map(
        &self,
        cells: &[Cell],
        row: u32,
        file: &str,
        sheet: &str,
    ) -> Result<Mapped, FileError> {
        let columns = self.table.columns();
        let mut positions = vec![None; columns.len()];
        let mut names = vec![None; columns.len()];
        let mut unknown = Vec::new();
        for (index, cell) in cells.iter().enumerate() {
            match self.column_of(cell) {
                Some(column) => {
                    if let Some(first) = positions[column] {
                        return Err(FileError::DuplicateColumn {
                            file: file.into(),
                            sheet: sheet.into(),
                            column: columns[column].key,
                            first: column_letter(first),
                            second: column_letter(index),
                            row,
                        });
                    }
                    positions[column] = Some(index);
                    names[column] = Some(cell.shown().trim().to_string());
                }
                None if !cell.is_blank() => unknown.push((index, cell.shown().trim().to_string())),
                None => {}
            }
        }
        // A header a letter or two, or a word, away from a column the row
        // lacks is read as it where it is the only one that near.
        let mut near = Vec::new();
        unknown.retain(|(index, text)| {
            let like = self.near(text, &positions);
            if let [column] = like[..]
                && positions[column].is_none()
            {
                positions[column] = Some(*index);
                names[column] = Some(text.clone());
                near.push(Near {
                    index: *index,
                    like: vec![columns[column].key],
                    read: true,
                });
                return false;
            }
            if !like.is_empty() {
                near.push(Near {
                    index: *index,
                    like: like.iter().map(|&c| columns[c].key).collect(),
                    read: false,
                });
            }
            true
        });
        let missing: Vec<String> = columns
            .iter()
            .zip(&positions)
            .filter(|(c, p)| c.required && p.is_none())
            .map(|(c, _)| format!("`{}` ({} / {})", c.key, c.ru, c.kk))
            .collect();
        if !missing.is_empty() {
            return Err(FileError::MissingColumns {
                file: file.into(),
                sheet: sheet.into(),
                row,
                list: missing.join(", "),
            });
        }
        Ok(Mapped {
            header: HeaderMap { positions, names },
            unknown,
            near,
        })
    }

    /// The columns not yet in the row (`positions`) whose contract header
    /// (key, Russian or Kazakh) `text` nearly spells: at most two letters
    /// away (one in a header of under eight letters), or the same words
    /// but one. Only the nearest are returned; more than one is ambiguous.
    fn near(&self, text: &str, positions: &[Option<usize>]) -> Vec<usize> {
        let text = fold(text);
        let mut best: (usize, Vec<usize>) = (usize::MAX, Vec::new());
        for (column, spec) in self.table.columns().iter().enumerate() {
            if positions[column].is_some() {
                continue;
            }
            let distance = [spec.key, spec.ru, spec.kk]
                .iter()
                .filter_map(|name| nearness(&text, &fold(name)))
                .min();
            match distance {
                Some(d) if d < best.0 => best = (d, vec![column]),
                Some(d) if d == best.0 => best.1.push(column),
                _ => {}
            }
        }
        best.1
    }
}

/// How far `text` is from the header `name` when it is near (both folded):
/// letters by edit distance, or 3 for one word more or fewer; `None` when
/// it is further.
fn nearness(text: &str, name: &str) -> Option<usize> {
    if let Some(letters) = crate::text::letters_apart(text, name) {
        return Some(letters);
    }
    let (words, named): (Vec<&str>, Vec<&str>) =
        (text.split(' ').collect(), name.split(' ').collect());
    let (short, long) = match words.len() < named.len() {
        true => (&words, &named),
        false => (&named, &words),
    };
    (short.len() >= 2 && long.len() == short.len() + 1 && short.iter().all(|w| long.contains(w)))
        .then_some(3)
}

/// A header row read ([`Matcher::map`]): where each column is, the cells
/// that name none (with their index), and those near one.
#[derive(Debug)]
pub struct Mapped {
    pub header: HeaderMap,
    pub unknown: Vec<(usize, String)>,
    pub near: Vec<Near>,
}

/// A header cell near a contract header ([`Matcher::map`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Near {
    /// Its column in the sheet.
    pub index: usize,
    /// The columns it is as near to (keys): one where it was read as it.
    pub like: Vec<&'static str>,
    /// Whether it was read as `like[0]`.
    pub read: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn texts(cells: &[&str]) -> Vec<Cell> {
        cells
            .iter()
            .map(|s| {
                if s.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(s.to_string())
                }
            })
            .collect()
    }

    #[test]
    fn three_languages_and_folding() {
        let m = Matcher::new(Table::Cases, &Mapping::default());
        let row = texts(&[
            "№ ТАЛОНА",
            "Қызмет",
            "office",
            "Дата приёма  документов*",
            "Результат:",
            "Примечание",
        ]);
        assert!(m.is_header(&row));
        let Mapped {
            header: map,
            unknown,
            near,
        } = m.map(&row, 3, "f.xlsx", ":Дела").unwrap();
        assert_eq!(near, []);
        assert_eq!(map.position(0), Some(0));
        assert_eq!(map.position(3), Some(3));
        assert_eq!(unknown, vec![(5, "Примечание".to_string())]);
    }

    #[test]
    fn headers_a_letter_or_a_word_away_are_near() {
        assert_eq!(
            nearness("дата выдачи рузультата", "дата выдачи результата"),
            Some(1)
        );
        assert_eq!(nearness("дата выдачи", "дата выдачи результата"), Some(3));
        assert_eq!(nearness("код подраздел", "код подразделения"), None);
        // Short headers: one letter at most, none under five letters.
        assert_eq!(nearness("услуги", "услуга"), Some(1));
        assert_eq!(nearness("усулги", "услуга"), None);
        assert_eq!(nearness("инн", "иин"), None);
        let m = Matcher::new(Table::Cases, &Mapping::default());
        let row = texts(&[
            "№ талона",
            "Услуга",
            "Код подразделения",
            "Дата приема документов",
            "Рузультат",
            "Доп. проверки",
        ]);
        let Mapped {
            header: map,
            unknown,
            near,
        } = m.map(&row, 1, "f.csv", "").unwrap();
        assert_eq!(map.position(5), Some(4), "read as `result`");
        assert_eq!(unknown, vec![(5, "Доп. проверки".to_string())]);
        assert_eq!(
            near,
            [
                Near {
                    index: 4,
                    like: vec!["result"],
                    read: true
                },
                Near {
                    index: 5,
                    like: vec!["extra_check_started", "extra_check_ended"],
                    read: false
                },
            ]
        );
    }

    #[test]
    fn title_rows_are_not_headers() {
        let m = Matcher::new(Table::Cases, &Mapping::default());
        assert!(!m.is_header(&texts(&["Отчёт о делах", "Услуга", "2025"])));
    }

    #[test]
    fn missing_and_duplicate_columns_are_named() {
        let m = Matcher::new(Table::Cases, &Mapping::default());
        let err = m
            .map(&texts(&["case_id", "service", "office"]), 1, "f.xlsx", "")
            .unwrap_err()
            .msg()
            .text(crate::lang::Lang::En);
        assert!(
            err.contains("`submitted_at` (Дата приема документов / Құжаттарды қабылдау күні)"),
            "{err}"
        );
        assert!(err.contains("`result`"), "{err}");
        let err = m
            .map(
                &texts(&["case_id", "service", "office", "Талон нөмірі"]),
                1,
                "f.xlsx",
                "",
            )
            .unwrap_err()
            .msg()
            .text(crate::lang::Lang::En);
        assert!(err.contains("columns A and D"), "{err}");
    }

    #[test]
    fn mapping_file_adds_names_and_rejects_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.toml");
        std::fs::write(&path, "[cases]\n\"Номер заявки\" = \"case_id\"\n").unwrap();
        let mapping = Mapping::load(&path).unwrap();
        let m = Matcher::new(Table::Cases, &mapping);
        assert!(m.is_header(&texts(&["номер   заявки", "service", "office"])));
        std::fs::write(&path, "[cases]\n\"Номер\" = \"case_number\"\n").unwrap();
        let err = Mapping::load(&path).unwrap_err().msg().text(Lang::En);
        assert!(
            err.contains("`case_number`") && err.contains("case_id, service"),
            "{err}"
        );
        std::fs::write(&path, "[cases]\n\"Номер\" = 5\n").unwrap();
        let err = Mapping::load(&path).unwrap_err().msg().text(Lang::En);
        assert!(err.contains(":2:"), "{err}");
    }
}
