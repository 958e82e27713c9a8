//! A time limit on laying out a document with a user's template.
//!
//! Typst cannot be interrupted, and a template is a program: a loop of
//! 20,000 × 20,000 steps would run for ever. A layout made with templates
//! of `--templates` is armed with a limit; when one runs past it, esep says
//! which document and stops with exit code 2. Nothing half-made is left in
//! place: every output is written to a temporary first and moved there
//! only when whole, and a dead run's temporaries are cleared by the next.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Layouts under way: their deadline, what they lay out, and the limit.
static ARMED: Mutex<BTreeMap<u64, (Instant, String, Duration)>> = Mutex::new(BTreeMap::new());
static NEXT: AtomicU64 = AtomicU64::new(0);
static WATCHER: std::sync::Once = std::sync::Once::new();

/// A layout under the limit; disarmed when dropped.
pub struct Armed(u64);

/// Arms a limit of `limit` on laying out `what`.
pub fn arm(what: &str, limit: Duration) -> Armed {
    WATCHER.call_once(|| {
        std::thread::Builder::new()
            .name("template time limit".into())
            .spawn(watch)
            .expect("a thread for the template time limit");
    });
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
    armed.insert(id, (Instant::now() + limit, what.to_string(), limit));
    Armed(id)
}

impl Drop for Armed {
    fn drop(&mut self) {
        let mut armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
        armed.remove(&self.0);
    }
}

fn watch() {
    loop {
        std::thread::sleep(Duration::from_millis(200));
        let now = Instant::now();
        let armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, what, limit)) = armed.values().find(|(deadline, _, _)| *deadline <= now) {
            crate::tell!(
                "error: laying out {what} took longer than {} s, the limit for templates of --templates; make the template do less, or raise --template-time-limit",
                limit.as_secs()
            );
            crate::tell!("nothing was written");
            std::process::exit(2);
        }
    }
}
