//! Why a workbook or one of its sheets cannot be read, as a value: what a
//! reader library said and the cell it stopped after, or what esep found.
//! It crosses the pipe from the child that reads xls and ods, and is
//! worded only when shown, in the run's language, as a [`FileError`].

use serde::{Deserialize, Serialize};

use super::FileError;
use crate::catalog::Msg;
use crate::schema::column_letter;

/// Why the reading of a workbook stopped.
#[derive(Debug, Serialize, Deserialize)]
pub enum Unread {
    /// A reader's words (calamine, zip, XML) or the system's, quoted as
    /// given, and where the reading was.
    Reader { words: String, at: At },
    /// The workbook is protected by a password.
    Password,
    /// A cell beyond the last one a worksheet has (XFD1048576), at
    /// zero-based (row, column).
    Beyond(u32, u32),
    /// A run of text longer than any spreadsheet program writes.
    TooLongRun,
    /// A cell, at zero-based (row, column), refers to a shared string by
    /// something other than its number.
    DamagedReference(u64, u64),
    /// The check of shared-string references stopped.
    CheckStopped,
    /// The reader of xls and ods could not be started: the system's words.
    NoReader(String),
    /// The reader of xls and ods sent a cell before a sheet.
    CellBeforeSheet,
    /// The reader of xls and ods ended before the last sheet: how.
    ReaderEnded(Ended),
    /// The workbook has no sheets.
    NoSheets,
    /// What the rows read so far stop the file for (the header, a budget):
    /// found in this process, never sent through the pipe.
    #[serde(skip)]
    File(Box<FileError>),
}

/// How the reader of xls and ods ended before it was done.
#[derive(Debug, Serialize, Deserialize)]
pub enum Ended {
    /// It stopped on the file (a panic in a reader library).
    Stopped,
    /// With this exit code.
    Code(i32),
    /// Out of the processor seconds it may use.
    Cpu(u64),
    /// Out of the MiB of memory it may use.
    Memory(u64),
    /// Waiting for it failed: the system's words.
    Wait(String),
}

/// Where the reading was when a reader stopped.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub enum At {
    /// Opening the workbook, or not known.
    Workbook,
    /// Before the sheet's first cell.
    FirstCell,
    /// After the cell at zero-based (row, column).
    After(u32, u32),
}

impl Unread {
    /// What a reader said: a workbook with a password says so, anything
    /// else is quoted as given (its words as [`crate::shown::library`]
    /// lets them be shown).
    pub fn reader(error: &impl std::fmt::Display, at: At) -> Unread {
        let words = crate::shown::library(&error.to_string());
        match words.contains("password") || words.contains("Password") {
            true => Unread::Password,
            false => Unread::Reader { words, at },
        }
    }

    /// The error of `file` (of its sheet `sheet`, shown as messages show
    /// it, where the reading was in one).
    pub fn of(self, file: &str, sheet: Option<&str>) -> FileError {
        let why = match self {
            Unread::File(error) => return *error,
            Unread::NoSheets => {
                return FileError::NoSheets {
                    file: file.to_string(),
                };
            }
            Unread::Reader { words, at } => {
                let at = match at {
                    At::Workbook => crate::msg!("read-at-workbook"),
                    At::FirstCell => crate::msg!("read-at-first-cell"),
                    At::After(row, col) => crate::msg!("read-after-cell", cell = cell(row, col)),
                };
                crate::msg!("read-reader-said", words = Msg::quoted(words), at = at)
            }
            Unread::Password => crate::msg!("read-password"),
            Unread::Beyond(row, col) => crate::msg!("read-beyond", cell = cell(row, col)),
            Unread::TooLongRun => crate::msg!("read-too-long-run"),
            Unread::DamagedReference(row, col) => {
                let (row, col) = (
                    u32::try_from(row).unwrap_or(u32::MAX),
                    u32::try_from(col).unwrap_or(u32::MAX),
                );
                crate::msg!("read-damaged-reference", cell = cell(row, col))
            }
            Unread::CheckStopped => crate::msg!("read-check-stopped"),
            Unread::NoReader(words) => crate::msg!("read-no-reader", words = Msg::quoted(words)),
            Unread::CellBeforeSheet => crate::msg!("read-cell-before-sheet"),
            Unread::ReaderEnded(how) => {
                let how = match how {
                    Ended::Stopped => crate::msg!("read-ended-stopped"),
                    Ended::Code(code) => crate::msg!("read-ended-code", code = code),
                    Ended::Cpu(seconds) => crate::msg!("read-ended-cpu", seconds = seconds),
                    Ended::Memory(mib) => crate::msg!("read-ended-memory", mib = mib),
                    Ended::Wait(words) => Msg::quoted(words),
                };
                crate::msg!("read-reader-ended", how = how)
            }
        };
        let reason = match sheet {
            Some(sheet) => crate::msg!("read-in-sheet", sheet = sheet, why = why),
            None => why,
        };
        FileError::Unreadable {
            file: file.to_string(),
            reason,
        }
    }
}

impl From<FileError> for Unread {
    fn from(error: FileError) -> Unread {
        Unread::File(Box::new(error))
    }
}

/// A cell as a spreadsheet names it: `B23`.
fn cell(row: u32, col: u32) -> String {
    format!("{}{}", column_letter(col as usize), u64::from(row) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn said(unread: Unread, lang: Lang) -> String {
        unread.of("a.xls", Some("Дела")).msg().text(lang)
    }

    #[test]
    fn a_reader_s_words_are_quoted_in_the_run_s_language() {
        let damaged = Unread::Reader {
            words: "Xml error: syntax error".into(),
            at: At::After(22, 1),
        };
        let kk = said(damaged, Lang::Kk);
        // Regression: «sheet `Дела`: … (after cell B23); is it a
        // spreadsheet saved by Excel …» in a Kazakh run.
        assert!(kk.contains("Xml error: syntax error"), "{kk}");
        assert!(kk.contains("B23") && kk.contains("Дела"), "{kk}");
        for english in ["sheet", "after cell", "is it a spreadsheet"] {
            assert!(!kk.contains(english), "{kk}");
        }
        let password = said(
            Unread::reader(&"Workbook is password protected", At::Workbook),
            Lang::Ru,
        );
        assert!(password.contains("парол"), "{password}");
    }

    #[test]
    fn what_crosses_the_pipe_comes_back_whole() {
        let sent = serde_json::to_string(&Unread::Beyond(3, 16384)).unwrap();
        let back: Unread = serde_json::from_str(&sent).unwrap();
        assert!(said(back, Lang::En).contains("XFE4"), "{sent}");
    }
}
