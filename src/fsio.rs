//! File-system calls that name their path in every error, and atomic
//! output: everything esep writes goes to a temporary file beside its target
//! and is renamed over it only when complete, so a reader finds the old file
//! or the new one, never half of one.

use std::io::{Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::lang::Explain;

/// Writes `path` atomically with what `fill` writes into a temporary file.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    let dir = parent_of(path);
    if path.is_dir() {
        return Err(a_folder(path));
    }
    std::fs::create_dir_all(dir).explain(|| cannot_create_folder(dir))?;
    remove_stale_parts(dir);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!("{PART_PREFIX}{}-", std::process::id()))
        .suffix(PART_SUFFIX)
        .tempfile_in(dir)
        .explain(|| {
            let dir = dir.display();
            crate::msg!("output-cannot-create-temporary-file", dir = dir)
        })?;
    // Locked while alive: another run removes only unlocked temporaries.
    let _ = temp.as_file().try_lock();
    fill(temp.as_file_mut()).explain(|| cannot_write(path))?;
    // A temporary file is private (0600); the output is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .explain(|| cannot_set_permissions(path))?;
    }
    temp.as_file_mut()
        .flush()
        .and_then(|_| temp.as_file().sync_all())
        .explain(|| cannot_write(path))?;
    log::trace!("renaming {} to {}", temp.path().display(), path.display());
    temp.persist(path).explain(|| {
        let path = path.display();
        crate::msg!("output-cannot-move-finished-file", path = path)
    })?;
    log::debug!("wrote {}", path.display());
    Ok(())
}

/// Temporary files and folders are `.esep-<pid>-<random>.part`. While its
/// run lives, each is locked (`flock`). One is another run's remains, and
/// removed, only when it is unlocked and either its process is gone or it
/// is older than [`STALE_AFTER`] (a process id can be reused; a lock dies
/// with its process).
const PART_PREFIX: &str = ".esep-";
const PART_SUFFIX: &str = ".part";

/// How old an unlocked temporary must be to be another run's remains: a
/// live run locks its temporary the moment after making it.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether `name` is one of esep's temporaries.
fn is_part(name: &str) -> bool {
    name.strip_prefix(PART_PREFIX)
        .and_then(|n| n.strip_suffix(PART_SUFFIX))
        .and_then(|n| n.split_once('-'))
        .is_some_and(|(pid, _)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the process whose id a temporary's name bears is gone (Linux,
/// where `/proc` tells; elsewhere never known).
fn process_gone(name: &str) -> bool {
    let pid = name
        .strip_prefix(PART_PREFIX)
        .and_then(|n| n.split_once('-'))
        .map(|(pid, _)| pid);
    cfg!(target_os = "linux") && pid.is_some_and(|pid| !Path::new("/proc").join(pid).exists())
}

/// Removes the temporaries in `dir` that a dead run left behind (see
/// [`PART_PREFIX`]). Anything else is kept.
fn remove_stale_parts(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry.file_name().to_str().is_some_and(is_part) {
            continue;
        }
        let path = entry.path();
        let old = std::fs::symlink_metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= STALE_AFTER);
        let unlocked = std::fs::File::open(&path).is_ok_and(|f| f.try_lock().is_ok());
        if !(unlocked && (old || process_gone(&entry.file_name().to_string_lossy()))) {
            continue;
        }
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        if removed.is_ok() {
            crate::told!("log-removed-stale", path = path.display());
        }
    }
}

/// The folder a path is written in (`.` for a bare name).
fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The lock file beside an output folder, `.esep-<name>.lock`: locked while
/// a run writes the folder, and listing, one name a line, the files the
/// last run put in it, which a later run may replace.
fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    parent_of(target).join(format!("{PART_PREFIX}{name}.lock"))
}

/// An output folder written as a set: every file goes into a temporary
/// folder beside it, which takes the folder's place in one step when all
/// are written ([`OutputSet::commit`]). A reader finds the old set or the
/// new one, never files of two runs; a run that fails or is killed leaves
/// the old set as it was.
///
/// Refused before anything is touched: a file where the folder should be;
/// a folder holding anything esep did not write there; a folder another
/// run is writing (see [`lock_path`]).
pub struct OutputSet {
    target: PathBuf,
    staging: tempfile::TempDir,
    /// Held while the set is written: the lock of the target, and the
    /// lock that tells the temporary folder is alive.
    _locks: [std::fs::File; 2],
}

impl OutputSet {
    /// Prepares to write the folder `target` whole. `ours` are names it may
    /// hold even without a list of esep's (the outputs of an esep that kept
    /// none).
    pub fn begin(target: &Path, ours: &[&str]) -> Result<OutputSet> {
        refuse_foreign(target, ours)?;
        let parent = parent_of(target);
        std::fs::create_dir_all(parent).explain(|| cannot_create_folder(parent))?;
        let lock_path = lock_path(target);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .explain(|| {
                let lock = lock_path.display();
                crate::msg!("output-cannot-create-lock-file", lock = lock)
            })?;
        if lock.try_lock().is_err() {
            let target = target.display();
            crate::refuse!("output-another-esep-run-writing-wait", target = target);
        }
        // Looked at again under the lock: the run before may just have finished.
        refuse_foreign(target, ours)?;
        remove_stale_parts(parent);
        let staging = tempfile::Builder::new()
            .prefix(&format!("{PART_PREFIX}{}-", std::process::id()))
            .suffix(PART_SUFFIX)
            .tempdir_in(parent)
            .explain(|| {
                let parent = parent.display();
                crate::msg!("output-cannot-create-temporary-folder", parent = parent)
            })?;
        let alive =
            std::fs::File::open(staging.path()).explain(|| cannot_use_staging(staging.path()))?;
        alive
            .try_lock()
            .explain(|| cannot_use_staging(staging.path()))?;
        Ok(OutputSet {
            target: target.to_path_buf(),
            staging,
            _locks: [lock, alive],
        })
    }

    /// Where to write the set's file `name` (a plain file name).
    pub fn path(&self, name: &str) -> PathBuf {
        self.staging.path().join(name)
    }

    /// Writes the file `name` of the set. Neither its errors nor the log
    /// name it: a name made from a case id may be a person's (the set
    /// lands whole or not at all, so it needs no file of its own made
    /// atomically).
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<()> {
        std::fs::write(self.path(name), bytes).explain(|| {
            let dir = self.target.display();
            crate::msg!("output-cannot-write-file-folder", dir = dir)
        })
    }

    /// The temporary folder itself, for a writer that fills it.
    pub fn dir(&self) -> &Path {
        self.staging.path()
    }

    /// The folder the set becomes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Puts the set in place of the folder in one step.
    pub fn commit(self) -> Result<()> {
        let OutputSet {
            target,
            staging,
            _locks: [mut lock, _alive],
        } = self;
        let new = staging.path().to_path_buf();
        // Every file of the set by its path below the folder: a later run
        // tells esep's files from a user's at any depth.
        let mut names = Vec::new();
        files_below(&new, "", &mut |relative| names.push(relative.to_string()))
            .explain(|| cannot_use_staging(&new))?;
        names.sort();
        // Readable like any folder the user makes, not the temporary's 0700.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&new, std::fs::Permissions::from_mode(0o755))
                .explain(|| cannot_set_permissions(&new))?;
        }
        sync_dir(&new);
        // The list in the lock file names what the folder may hold: before
        // the swap the old names and the new, after it the new alone, so a
        // run killed between the two still knows every file as esep's.
        let mut both = names.clone();
        both.extend(listed(&target));
        let mut list = |names: &[String]| -> Result<()> {
            let text: String = names.iter().map(|n| format!("{n}\n")).collect();
            lock.set_len(0)
                .and_then(|()| lock.rewind())
                .and_then(|()| lock.write_all(text.as_bytes()))
                .and_then(|()| lock.sync_all())
                .explain(|| cannot_write(&lock_path(&target)))
        };
        list(&both)?;
        if target.exists() {
            // The old set lands at the temporary's path, removed with it.
            exchange(&new, &target).explain(|| cannot_put_in_place(&target))?;
            drop(staging);
        } else {
            std::fs::rename(&new, &target).explain(|| cannot_put_in_place(&target))?;
            // Nothing is left at the temporary's path to remove.
            let _ = staging.keep();
        }
        sync_dir(parent_of(&target));
        list(&names)?;
        log::debug!("wrote {}", target.display());
        Ok(())
    }
}

/// The names the lock file beside `target` lists as esep's.
fn listed(target: &Path) -> Vec<String> {
    std::fs::read_to_string(lock_path(target))
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Refuses to write the folder `target` as a set when it is a file, or holds
/// anything that neither its list of esep's outputs nor `ours` names.
fn refuse_foreign(target: &Path, ours: &[&str]) -> Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Err(not_a_folder(target));
    }
    let listed = listed(target);
    // A file is esep's when the list names it (its path below the folder)
    // or, at the top, when `ours` does; a folder is looked into, so a
    // user's file inside a subfolder of an export is found. A list of an
    // older esep names only the top-level entries: what lies under one of
    // those is taken as esep's, as it was then.
    let is_ours = |relative: &str| {
        let top = relative.split('/').next().unwrap_or(relative);
        listed.iter().any(|n| n == relative || n == top)
            || (!relative.contains('/') && ours.contains(&relative))
    };
    let mut foreign = Vec::new();
    files_below(target, "", &mut |relative| {
        if !is_ours(relative) {
            foreign.push(relative.to_string());
        }
    })
    .explain(|| {
        let target = target.display();
        crate::msg!("output-cannot-list", target = target)
    })?;
    foreign.sort();
    if foreign.is_empty() {
        return Ok(());
    }
    let shown: Vec<String> = foreign.iter().take(5).map(|n| format!("`{n}`")).collect();
    crate::refuse!(
        "output-foreign-files",
        target = target.display(),
        shown = shown.join(", "),
        more = foreign.len().saturating_sub(shown.len()),
    )
}

/// Calls `found` with the path below `dir` (`/`-separated, after
/// `prefix`) of every file in it at any depth, and of an empty folder at
/// its top (one deeper holds nothing to lose); symbolic links are files
/// here, never followed.
fn files_below(dir: &Path, prefix: &str, found: &mut dyn FnMut(&str)) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let relative = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type()?.is_dir() {
            let path = entry.path();
            if std::fs::read_dir(&path)?.next().is_none() {
                if prefix.is_empty() {
                    found(&relative);
                }
            } else {
                files_below(&path, &format!("{relative}/"), found)?;
            }
        } else {
            found(&relative);
        }
    }
    Ok(())
}

/// Swaps two paths in one step (Linux: `renameat2(RENAME_EXCHANGE)`); where
/// that is not available, moves `current` aside and `new` in its place.
fn exchange(new: &Path, current: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, new, CWD, current, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // A file system without the exchange (some network ones).
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    let aside = new.with_extension("old");
    std::fs::rename(current, &aside)?;
    std::fs::rename(new, current)?;
    std::fs::rename(&aside, new)
}

/// Makes a folder's entries durable; a failure only costs durability.
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Refuses an output that is one of the inputs, or a folder that holds one
/// (replacing it would destroy what is being read).
pub fn refuse_inputs(output: &Path, inputs: &[PathBuf]) -> Result<()> {
    let canonical = |p: &Path| std::fs::canonicalize(p).ok();
    // An output not yet there: its folder made absolute, with its name.
    let out =
        canonical(output).or_else(|| Some(canonical(parent_of(output))?.join(output.file_name()?)));
    let Some(out) = out else {
        return Ok(());
    };
    for input in inputs {
        let Some(inp) = canonical(input) else {
            continue;
        };
        // The input itself, an input inside the output's folder, or an
        // output inside an input folder (templates, an export).
        if inp == out || inp.starts_with(&out) || (inp.is_dir() && out.starts_with(&inp)) {
            let (output, input) = (output.display(), input.display());
            crate::refuse!(
                "output-output-would-overwrite-input-give",
                output = output,
                input = input
            );
        }
    }
    Ok(())
}

/// What esep is to write at a path: one file, or a folder of files (a
/// set, with the names it may replace when [`OutputSet`] writes it).
#[derive(Debug, Clone, Copy)]
pub enum Output<'a> {
    File,
    Folder,
    Set(&'a [&'a str]),
}

/// Refuses, before any input is read, an output esep could not write:
/// a folder where a file goes, a file where a folder goes, a set's folder
/// holding files esep did not write, or no folder it could be made in
/// (the nearest existing one is a file, or not writable).
pub fn refuse_unwritable(path: &Path, output: Output) -> Result<()> {
    match output {
        Output::File if path.is_dir() => return Err(a_folder(path)),
        Output::Folder | Output::Set(_) if path.is_file() => return Err(not_a_folder(path)),
        Output::Set(ours) => refuse_foreign(path, ours)?,
        _ => {}
    }
    let folder = parent_of(path);
    let mut at = folder;
    loop {
        match std::fs::metadata(at) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                let (at, folder) = (at.display(), folder.display());
                crate::refuse!(
                    "output-file-so-folder-cannot-made",
                    at = at,
                    folder = folder
                );
            }
            Err(_) => match at.parent() {
                Some(p) if !p.as_os_str().is_empty() => at = p,
                _ if at != Path::new(".") => at = Path::new("."),
                _ => {
                    let path = path.display();
                    crate::refuse!("output-no-folder-write-give-output", path = path);
                }
            },
        }
    }
    use rustix::fs::{Access, access};
    access(at, Access::WRITE_OK | Access::EXEC_OK).map_err(|e| {
        let at = at.display();
        crate::msg!(
            "output-cannot-write-folder-give-output",
            at = at,
            e = e.to_string()
        )
        .into()
    })
}

/// Writes bytes atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, |f| Ok(f.write_all(bytes)?))
}

/// "The folder to write in could not be made."
pub fn cannot_create_folder(dir: &Path) -> crate::catalog::Msg {
    let dir = dir.display();
    crate::msg!("output-cannot-create-folder", dir = dir)
}

/// "What was to be written could not be."
pub fn cannot_write(path: &Path) -> crate::catalog::Msg {
    let path = path.display();
    crate::msg!("output-cannot-write", path = path)
}

fn cannot_set_permissions(path: &Path) -> crate::catalog::Msg {
    let path = path.display();
    crate::msg!("output-cannot-set-permissions", path = path)
}

/// The temporary folder a set is written in failed under esep's hands.
fn cannot_use_staging(dir: &Path) -> crate::catalog::Msg {
    let dir = dir.display();
    crate::msg!("output-cannot-use-temporary-folder", dir = dir)
}

fn cannot_put_in_place(target: &Path) -> crate::catalog::Msg {
    let target = target.display();
    crate::msg!("output-cannot-put-finished-folder-place", target = target)
}

/// "A file goes there, but that is a folder."
fn a_folder(path: &Path) -> anyhow::Error {
    let path = path.display();
    crate::msg!("output-folder-give-name-file-write", path = path).into()
}

/// "A folder of files goes there, but that is a file."
fn not_a_folder(path: &Path) -> anyhow::Error {
    let path = path.display();
    crate::msg!("output-file-not-folder-esep-writes", path = path).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aged(path: &Path) {
        let then = std::time::SystemTime::now() - 2 * STALE_AFTER;
        std::fs::File::open(path)
            .unwrap()
            .set_modified(then)
            .unwrap();
    }

    #[test]
    fn outputs_that_cannot_be_written_are_refused_before_any_work() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("notes.txt");
        std::fs::write(&file, "x").unwrap();
        let error = |path: &Path, output| {
            refuse_unwritable(path, output)
                .map(|()| String::new())
                .unwrap_or_else(|e| e.to_string())
        };
        // A file, or a folder to be made, under a file.
        assert!(
            error(&file.join("report/x.pdf"), Output::File).contains("is a file, so the folder"),
            "{}",
            error(&file.join("report/x.pdf"), Output::File)
        );
        assert!(error(&file.join("2025"), Output::Set(&[])).contains("is a file, so the folder"));
        assert!(error(&file, Output::Folder).contains("is a file, not a folder"));
        assert!(error(dir.path(), Output::File).contains("is a folder"));
        // A set's folder holding someone else's file.
        assert!(error(dir.path(), Output::Set(&["a.pdf"])).contains("which esep did not write"));
        // What can be written, made or not.
        assert_eq!(
            error(&dir.path().join("new/deeper/x.pdf"), Output::File),
            ""
        );
        assert_eq!(error(&dir.path().join("out"), Output::Set(&[])), "");
        assert_eq!(error(Path::new("bare-name.pdf"), Output::File), "");
    }

    #[test]
    fn only_unlocked_old_temporaries_of_esep_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let part = |name: &str| dir.path().join(name);
        let me = std::process::id();
        let (dead, live, fresh, other) = (
            part(&format!(".esep-{me}-old.part")),
            part(&format!(".esep-{me}-live.part")),
            part(&format!(".esep-{me}-new.part")),
            part(".esep-notes.part"),
        );
        let gone = part(".esep-4294967295-gone.part");
        std::fs::write(&gone, b"x").unwrap();
        for f in [&dead, &live, &fresh, &other] {
            std::fs::write(f, b"x").unwrap();
        }
        for f in [&dead, &live, &other] {
            aged(f);
        }
        // Regression: a live run's temporary whose process id was unknown
        // (or reused) was judged by the id alone.
        let holder = std::fs::File::open(&live).unwrap();
        holder.lock().unwrap();
        write_bytes(&dir.path().join("out.csv"), b"new").unwrap();
        assert!(!dead.exists(), "unlocked and old: another run's remains");
        assert!(!gone.exists(), "unlocked, its process gone");
        assert!(live.exists(), "locked: a live run's");
        assert!(fresh.exists(), "unlocked but new, and its process lives");
        assert!(other.exists(), "not a name esep gives");
    }

    #[test]
    fn a_set_replaces_its_folder_in_one_step_and_touches_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("2025");
        let write = |names: &[&str]| {
            let set = OutputSet::begin(&target, &["a.pdf"]).unwrap();
            for n in names {
                write_bytes(&set.path(n), n.as_bytes()).unwrap();
            }
            set.commit().unwrap();
        };
        write(&["a.pdf", "b.xlsx"]);
        write(&["a.pdf"]);
        let mut names: Vec<String> = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["a.pdf"], "the set of the last run only");
        let beside: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(PART_SUFFIX))
            .collect();
        assert!(beside.is_empty(), "{beside:?}");

        // A file of the user's in the folder: refused, nothing touched.
        std::fs::write(target.join("notes.txt"), b"mine").unwrap();
        let err = OutputSet::begin(&target, &[]).err().unwrap().to_string();
        assert!(
            err.contains("`notes.txt`") && err.contains("did not write"),
            "{err}"
        );
        assert_eq!(std::fs::read(target.join("notes.txt")).unwrap(), b"mine");

        // Regression: a file named where the folder goes became a folder.
        let file = dir.path().join("precious.xlsx");
        std::fs::write(&file, b"precious").unwrap();
        let err = OutputSet::begin(&file, &[]).err().unwrap().to_string();
        assert!(err.contains("is a file, not a folder"), "{err}");
        assert_eq!(std::fs::read(&file).unwrap(), b"precious");
    }

    #[test]
    fn regression_a_users_file_deep_in_a_set_of_folders_is_found() {
        // `export --parquet` run again deleted a file of the user's inside
        // a partition folder: only the top-level names were looked at.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("export");
        let part = "cases/year=2025/department=1910/part-0.parquet";
        let write = || {
            let set = OutputSet::begin(&target, &["cases"]).unwrap();
            let path = set.path(part);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            write_bytes(&path, b"part").unwrap();
            set.commit().unwrap();
        };
        write();
        write();
        let mine = target.join("cases/year=2025/mine.xlsx");
        std::fs::write(&mine, b"mine").unwrap();
        let err = OutputSet::begin(&target, &["cases"])
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("`cases/year=2025/mine.xlsx`"), "{err}");
        assert_eq!(std::fs::read(&mine).unwrap(), b"mine");
        // The list an older esep kept named the top-level folder only:
        // what lies under it is esep's, as it was then.
        std::fs::remove_file(&mine).unwrap();
        std::fs::write(lock_path(&target), "cases\n").unwrap();
        OutputSet::begin(&target, &["cases"]).unwrap();
    }

    #[test]
    fn a_set_being_written_is_not_written_by_a_second_run() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        let first = OutputSet::begin(&target, &[]).unwrap();
        let err = OutputSet::begin(&target, &[]).err().unwrap().to_string();
        assert!(err.contains("another esep run is writing"), "{err}");
        first.commit().unwrap();
        OutputSet::begin(&target, &[]).unwrap();
    }

    #[test]
    fn an_output_that_is_an_input_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("cases.xlsx");
        std::fs::write(&input, b"x").unwrap();
        let inputs = [input.clone()];
        assert!(refuse_inputs(&input, &inputs).is_err());
        assert!(
            refuse_inputs(dir.path(), &inputs).is_err(),
            "a folder holding it"
        );
        assert!(refuse_inputs(&dir.path().join("errors.xlsx"), &inputs).is_ok());
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
