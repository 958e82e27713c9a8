//! What esep says to the person at the terminal.
//!
//! The products of a run are its files; lines on stdout and stderr are told
//! to whoever watches. So a reader that closed the pipe (`esep … | head`,
//! `esep … 2>&1 | true`) never stops a run half way nor makes it panic, as
//! `println!` and `eprintln!` do; and text that came from a file (a case id,
//! a sheet name) cannot steer the terminal: control characters and the
//! Unicode marks that reverse the direction of text are shown escaped.

use std::borrow::Cow;

/// Prints a line to stdout; a closed stdout is ignored.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::terminal::line(&mut std::io::stdout(), &format!($($arg)*))
    };
}

/// Prints a line to stderr; a closed stderr is ignored.
#[macro_export]
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::terminal::line(&mut std::io::stderr(), &format!($($arg)*))
    };
}

/// Writes `text` and a line end, made safe for a terminal, ignoring a
/// failure to write (a closed pipe has no reader to tell).
pub fn line(out: &mut impl std::io::Write, text: &str) {
    let _ = writeln!(out, "{}", safe(text));
}

/// `text` with every character that a terminal would obey rather than show
/// written as `\u{…}`: C0 and C1 controls but tab, DEL, and the bidirectional
/// marks, embeddings, overrides and isolates.
pub fn safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A writer for terminal text written piece by piece (`writeln!(out, …)`):
/// every piece passes through [`safe`].
pub struct Safe<W>(pub W);

impl<W: std::io::Write> std::io::Write for Safe<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => self.0.write_all(safe(text).as_bytes())?,
            Err(_) => self.0.write_all(buf)?,
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        assert_eq!(safe("A-1"), "A-1");
        assert_eq!(safe("Іс 5\tok"), "Іс 5\tok");
        assert_eq!(safe("A\u{1b}[2J"), "A\\u{1b}[2J");
        assert_eq!(safe("fdp.\u{202e}fdp"), "fdp.\\u{202e}fdp");
        assert_eq!(safe("a\u{2066}b\u{9b}c"), "a\\u{2066}b\\u{9b}c");
    }

    #[test]
    fn a_closed_pipe_is_not_an_error() {
        struct Closed;
        impl std::io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        line(&mut Closed, "nobody reads this");
    }
}
