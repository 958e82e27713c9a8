//! File-system calls that name their path in every error, and atomic
//! output: everything esep writes goes to a temporary file beside its target
//! and is renamed over it only when complete, so a reader finds the old file
//! or the new one, never half of one.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

/// Writes `path` atomically with what `fill` writes into a temporary file.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create folder `{}`", dir.display()))?;
    remove_stale_parts(dir);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!("{PART_PREFIX}{}-", std::process::id()))
        .suffix(PART_SUFFIX)
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in `{}`", dir.display()))?;
    fill(temp.as_file_mut()).with_context(|| format!("cannot write `{}`", path.display()))?;
    // A temporary file is private (0600); the output is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .with_context(|| format!("cannot set the permissions of `{}`", path.display()))?;
    }
    temp.as_file_mut()
        .flush()
        .and_then(|_| temp.as_file().sync_all())
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    log::trace!("renaming {} to {}", temp.path().display(), path.display());
    temp.persist(path)
        .with_context(|| format!("cannot move the finished file to `{}`", path.display()))?;
    log::debug!("wrote {}", path.display());
    Ok(())
}

/// Temporary files are `.esep-<pid>-<random>.part`: the process id tells a
/// file of a live run from one left by a run that was killed.
const PART_PREFIX: &str = ".esep-";
const PART_SUFFIX: &str = ".part";

/// Removes the temporary files in `dir` that a killed run left behind (its
/// process is gone). Only on Linux, where `/proc` tells which processes
/// live; a file of a live process, or one whose name is not ours, is kept.
fn remove_stale_parts(dir: &Path) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PART_PREFIX))
            .filter(|n| n.ends_with(PART_SUFFIX))
            .and_then(|n| n.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if Path::new("/proc").join(pid.to_string()).exists() {
            continue;
        }
        let path = entry.path();
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        if removed.is_ok() {
            log::info!(
                "removed {}, left by an interrupted run",
                entry.path().display()
            );
        }
    }
}

/// Writes the folder `path` whole: `fill` fills a temporary folder beside
/// it, which then takes the place of the old folder (removed after). A
/// reader finds the old folder, the new one or, for the moment between two
/// renames, none; never a folder half written.
pub fn write_dir(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create folder `{}`", parent.display()))?;
    remove_stale_parts(parent);
    let temp = tempfile::Builder::new()
        .prefix(&format!("{PART_PREFIX}{}-", std::process::id()))
        .suffix(PART_SUFFIX)
        .tempdir_in(parent)
        .with_context(|| format!("cannot create a temporary folder in `{}`", parent.display()))?;
    fill(temp.path()).with_context(|| format!("cannot write `{}`", path.display()))?;
    let old = path.exists().then(|| {
        parent.join(format!(
            "{PART_PREFIX}{}-old{PART_SUFFIX}",
            std::process::id()
        ))
    });
    if let Some(old) = &old {
        std::fs::rename(path, old)
            .with_context(|| format!("cannot move the old `{}` aside", path.display()))?;
    }
    std::fs::rename(temp.path(), path)
        .with_context(|| format!("cannot move the finished folder to `{}`", path.display()))?;
    // The temporary folder is now `path`: nothing left to remove.
    let _ = temp.keep();
    if let Some(old) = old {
        std::fs::remove_dir_all(&old)
            .with_context(|| format!("cannot remove the old folder `{}`", old.display()))?;
    }
    log::debug!("wrote {}", path.display());
    Ok(())
}

/// Writes bytes atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, |f| Ok(f.write_all(bytes)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_os = "linux")]
    fn temporaries_of_dead_runs_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(".esep-4294967295-abc.part");
        let live = dir
            .path()
            .join(format!(".esep-{}-abc.part", std::process::id()));
        let other = dir.path().join(".esep-notes.part");
        for f in [&dead, &live, &other] {
            std::fs::write(f, b"x").unwrap();
        }
        write_bytes(&dir.path().join("out.csv"), b"new").unwrap();
        assert!(!dead.exists());
        assert!(live.exists() && other.exists());
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        write_bytes(&target, b"old").unwrap();
        let err = write_atomic(&target, |f| {
            f.write_all(b"half")?;
            anyhow::bail!("disk full")
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"old");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.csv")]);
    }
}
