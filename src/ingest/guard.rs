//! A dependency's panic caught at the reader boundary.
//!
//! calamine's readers assert and index into what a damaged file declares
//! (a truncated `.xls` ends in an assertion or a slice index out of range);
//! such a panic is a fact about the file, not a bug of esep's to print as
//! one. [`catching`] runs the reading of one file so that a panic inside
//! becomes the reason that file cannot be read, without the panic message
//! on stderr; any other panic still reports as the bug it is.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread reads a file under [`catching`].
    static CATCHING: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Runs `read`; a panic inside it returns `Err` with the panic's message.
pub fn catching<T>(read: impl FnOnce() -> T) -> Result<T, String> {
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CATCHING.with(Cell::get) {
                default(info);
            }
        }));
    });
    let before = CATCHING.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(read));
    CATCHING.with(|c| c.set(before));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the reader stopped".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_becomes_its_message() {
        assert_eq!(catching(|| 7), Ok(7));
        let caught = catching(|| -> u8 {
            let v: Vec<u8> = Vec::new();
            v[3]
        });
        assert!(caught.unwrap_err().contains("index out of bounds"));
        // The flag is cleared: a later panic outside is not swallowed.
        assert!(!CATCHING.with(Cell::get));
    }
}
