//! Saving several files as one change: every file is checked and every folder locked first,
//! every new text written to a temporary file beside its target, and only then are the files
//! replaced. A save that fails replaces nothing (or puts back what it had replaced), and a
//! process killed while replacing leaves a journal from which the next load or save of those
//! folders finishes the change: the files on disk are the old ones or the new ones, together.
//!
//! The steps of a save:
//! 1. lock every folder, in one order (sorted paths), so that two saves never wait for each
//!    other crosswise;
//! 2. finish the change of a save that was killed in these folders (its journal);
//! 3. check that every file still holds what was loaded (a changed file: [`Error::Conflict`]);
//!    a file whose new text is [`Spliced`](super::new_text::Spliced) from it is checked by length here, and by its
//!    fingerprint in step 4, as its bytes are copied;
//! 4. write and flush every temporary file ([`write_new_text`]: a whole text, or a spliced one
//!    streamed from the old file, which is refused as a conflict unless the old file read
//!    whole is the one the text was planned over);
//! 5. when more than one file changes, write the journal (the temporary files and their
//!    targets) into every folder concerned, atomically;
//! 6. keep the old file under a second name (a hard link) and rename each temporary file over
//!    its target;
//! 7. remove the journals and the old files' second names.
//!
//! A failure in steps 1–5 removes the temporary files; in step 6 the files already replaced
//! get their old text back from the second names. A kill before the journal is complete
//! leaves the old files (and temporary files named `.NAME.PID-N.tmp`); a kill after it, the
//! journal, which the next load or save completes ([`lock_for_reading`]).

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::new_text::{NewText, WriteError, write_new_text};
use super::save::{self, Fingerprint, FolderLock};
use crate::error::Error;

/// The name of a save's journal in each folder concerned.
const JOURNAL: &str = ".signatories-save.journal";
const JOURNAL_HEAD: &str = "signatories save journal 1";

/// One file of a save.
#[derive(Debug)]
pub(crate) struct Target {
    /// The file as the caller named it.
    pub path: PathBuf,
    /// Its new text; `None` when it does not change: it is then checked and locked like the
    /// others (the files of a save are consistent with each other), but not written.
    pub contents: Option<NewText>,
    /// What it held when it was loaded (or last saved), if known.
    pub expected: Option<Fingerprint>,
}

/// A target resolved to the file a save writes (through symbolic links).
struct Resolved<'a> {
    target: &'a Target,
    file: PathBuf,
    dir: PathBuf,
}

/// A temporary file written and the file it replaces.
struct Prepared {
    tmp: PathBuf,
    file: PathBuf,
    /// The old file's second name, once made.
    backup: Option<PathBuf>,
}

/// Saves every target as one change (see the module's steps). Returns the fingerprint of each
/// target's text afterwards, in order (a target that did not change: its expected one, or
/// the text found).
///
/// # Errors
/// [`Error::Conflict`] naming the first file that changed since it was loaded,
/// [`Error::InvalidValue`] when two targets are one file, or [`Error::Io`]; nothing is then
/// replaced.
pub(crate) fn commit(targets: &[Target]) -> Result<Vec<Fingerprint>, Error> {
    let resolved = resolve_all(targets)?;
    let mut dirs: Vec<PathBuf> = resolved.iter().map(|r| r.dir.clone()).collect();
    dirs.sort();
    dirs.dedup();
    let mut locks = Vec::with_capacity(dirs.len());
    for d in &dirs {
        locks.push(FolderLock::acquire(d)?);
    }
    step("locked");
    for d in &dirs {
        recover_locked(d);
    }
    let mut fingerprints = Vec::with_capacity(resolved.len());
    for r in &resolved {
        fingerprints.push(check(r)?);
    }
    after_check();
    let mut prepared: Vec<Prepared> = Vec::new();
    let written = write_temporaries(&resolved, &mut prepared, &mut fingerprints)
        .and_then(|()| replace_all(&dirs, &mut prepared));
    if let Err(e) = written {
        undo(&prepared);
        return Err(e);
    }
    drop(locks);
    Ok(fingerprints)
}

fn resolve_all(targets: &[Target]) -> Result<Vec<Resolved<'_>>, Error> {
    let mut out: Vec<Resolved<'_>> = Vec::with_capacity(targets.len());
    for t in targets {
        let file = save::key(&save::resolve(&t.path)?);
        let dir = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if out.iter().any(|r| r.file == file) {
            return Err(Error::InvalidValue {
                what: "one save names the same file twice".to_owned(),
                value: t.path.display().to_string(),
            });
        }
        out.push(Resolved {
            target: t,
            file,
            dir,
        });
    }
    Ok(out)
}

/// Checks that a target holds what it held when loaded; returns the fingerprint of what it
/// holds (its expected one when known).
fn check(r: &Resolved<'_>) -> Result<Fingerprint, Error> {
    let conflict = || Error::Conflict {
        path: r.target.path.clone(),
    };
    let old = match fs::metadata(&r.file) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(Error::Io {
                path: r.target.path.clone(),
                source,
            });
        }
    };
    match (r.target.expected, &old) {
        (Some(expected), Some(m)) if m.is_file() && m.len() == expected.len() => {
            // A spliced text's copy reads the whole file and checks its fingerprint then.
            if let Some(NewText::Spliced(_)) = r.target.contents {
                return Ok(expected);
            }
            let now = File::open(&r.file).and_then(Fingerprint::of_reader).ok();
            if now == Some(expected) {
                Ok(expected)
            } else {
                Err(conflict())
            }
        }
        (Some(_), _) => Err(conflict()),
        (None, _) => match &r.target.contents {
            Some(NewText::Spliced(_)) => Err(conflict()),
            _ => Ok(Fingerprint::of(&[])),
        },
    }
}

fn io_at(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Step 4: every changed target's text in a flushed temporary file beside it; the fingerprint
/// of each text written replaces the old one in `fingerprints`.
fn write_temporaries(
    resolved: &[Resolved<'_>],
    prepared: &mut Vec<Prepared>,
    fingerprints: &mut [Fingerprint],
) -> Result<(), Error> {
    for (r, fingerprint) in resolved.iter().zip(fingerprints) {
        let Some(contents) = &r.target.contents else {
            continue;
        };
        let io = io_at(&r.target.path);
        let name = r
            .file
            .file_name()
            .ok_or_else(|| io(io::Error::other("not a file path")))?;
        let (tmp, mut file) = save::create_temporary(&r.dir, name).map_err(&io)?;
        prepared.push(Prepared {
            tmp,
            file: r.file.clone(),
            backup: None,
        });
        *fingerprint = write_new_text(contents, &r.file, &mut file).map_err(|e| match e {
            WriteError::Changed => Error::Conflict {
                path: r.target.path.clone(),
            },
            WriteError::Io(e) => io(e),
        })?;
        if let Ok(m) = fs::metadata(&r.file) {
            save::keep_mode_and_owner(&file, &m).map_err(&io)?;
        }
        file.sync_all().map_err(&io)?;
        step("temporary written");
    }
    Ok(())
}

/// Steps 5–7: the journal, the renames, the clean-up.
fn replace_all(dirs: &[PathBuf], prepared: &mut [Prepared]) -> Result<(), Error> {
    let journaled = prepared.len() > 1;
    if journaled {
        write_journals(dirs, prepared)?;
        step("journal written");
    }
    for p in prepared.iter_mut() {
        let backup = p.tmp.with_extension("old");
        if journaled && fs::hard_link(&p.file, &backup).is_ok() {
            p.backup = Some(backup);
        }
        fs::rename(&p.tmp, &p.file).map_err(io_at(&p.file))?;
        step("file replaced");
    }
    for d in dirs {
        if let Ok(f) = File::open(d) {
            let _ = f.sync_all();
        }
    }
    for p in prepared.iter() {
        if let Some(b) = &p.backup {
            let _ = fs::remove_file(b);
        }
    }
    if journaled {
        for d in dirs {
            let _ = fs::remove_file(d.join(JOURNAL));
        }
        step("journal removed");
    }
    Ok(())
}

/// After a failure: temporary files go, replaced files get their old text back.
fn undo(prepared: &[Prepared]) {
    for p in prepared {
        if p.tmp.exists() {
            let _ = fs::remove_file(&p.tmp);
        } else if let Some(b) = &p.backup {
            let _ = fs::rename(b, &p.file);
        }
        if let Some(b) = &p.backup {
            let _ = fs::remove_file(b);
        }
    }
    if let Some(d) = prepared.first().and_then(|p| p.file.parent()) {
        let _ = fs::remove_file(d.join(JOURNAL));
    }
    for p in prepared {
        if let Some(d) = p.file.parent() {
            let _ = fs::remove_file(d.join(JOURNAL));
        }
    }
}

/// A path as journal text: its bytes in hexadecimal (any byte a file name may hold).
fn hex_path(p: &Path) -> String {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt as _;
        p.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = p.to_string_lossy().into_owned().into_bytes();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn path_of_hex(s: &str) -> Option<PathBuf> {
    let bytes: Option<Vec<u8>> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt as _;
        Some(PathBuf::from(std::ffi::OsString::from_vec(bytes?)))
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(bytes?).ok().map(PathBuf::from)
    }
}

/// The journal of a save: a head line, one line per file (temporary file, target), an end
/// line; written whole to a temporary name, flushed and renamed into every folder.
fn write_journals(dirs: &[PathBuf], prepared: &[Prepared]) -> Result<(), Error> {
    let mut text = format!("{JOURNAL_HEAD}\n");
    for p in prepared {
        text.push_str(&format!("{} {}\n", hex_path(&p.tmp), hex_path(&p.file)));
    }
    text.push_str("end\n");
    for d in dirs {
        let io = io_at(d);
        let (tmp, mut f) = save::create_temporary(d, JOURNAL.as_ref()).map_err(&io)?;
        let done = f
            .write_all(text.as_bytes())
            .and_then(|()| f.sync_all())
            .and_then(|()| fs::rename(&tmp, d.join(JOURNAL)));
        if let Err(e) = done {
            let _ = fs::remove_file(&tmp);
            return Err(io(e));
        }
    }
    Ok(())
}

/// The (temporary file, target) pairs of a complete journal.
fn read_journal(path: &Path) -> Option<Vec<(PathBuf, PathBuf)>> {
    let text = fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    if lines.next()? != JOURNAL_HEAD {
        return None;
    }
    let mut pairs = Vec::new();
    for line in lines {
        if line == "end" {
            return Some(pairs);
        }
        let (tmp, file) = line.split_once(' ')?;
        pairs.push((path_of_hex(tmp)?, path_of_hex(file)?));
    }
    None
}

/// Locks the folders of files about to be read (in the order a save locks them), after
/// finishing in each a save that was killed after its journal was written: the files read
/// under these locks are the old ones or the new ones of every save, together.
pub(crate) fn lock_for_reading(mut dirs: Vec<PathBuf>) -> Result<Vec<FolderLock>, Error> {
    dirs.sort();
    dirs.dedup();
    let mut locks = Vec::with_capacity(dirs.len());
    for d in &dirs {
        locks.push(FolderLock::acquire(d)?);
    }
    for d in &dirs {
        recover_locked(d);
    }
    Ok(locks)
}

/// Finishes a save killed after its journal was written in `dir` (the temporary files still
/// there replace their targets, then the journals go), under the lock of `dir`. A journal is
/// complete only once every temporary file it names is written and flushed, so finishing it
/// needs no other folder's lock.
fn recover_locked(dir: &Path) {
    let journal = dir.join(JOURNAL);
    let Some(pairs) = read_journal(&journal) else {
        return;
    };
    for (tmp, file) in &pairs {
        if tmp.exists() {
            let _ = fs::rename(tmp, file);
        }
        let _ = fs::remove_file(tmp.with_extension("old"));
    }
    for (_, file) in &pairs {
        if let Some(d) = file.parent() {
            if let Ok(f) = File::open(d) {
                let _ = f.sync_all();
            }
            let _ = fs::remove_file(d.join(JOURNAL));
        }
    }
}

/// A test hook for crash tests: with `SIGNATORIES_SAVE_ABORT_AT=N` in the environment, the
/// process aborts (as if killed) at the N-th step of its saves (1 is the first): after the
/// locks, after each temporary file, after the journal, after each replacement, after the
/// journal's removal. `SIGNATORIES_SAVE_STEPS=1` prints each step to standard error.
fn step(name: &str) {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicUsize, Ordering};
    static ABORT_AT: OnceLock<Option<usize>> = OnceLock::new();
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let at = ABORT_AT.get_or_init(|| {
        std::env::var("SIGNATORIES_SAVE_ABORT_AT")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    let n = COUNT.fetch_add(1, Ordering::Relaxed) + 1;
    if std::env::var_os("SIGNATORIES_SAVE_STEPS").is_some() {
        eprintln!("save step {n}: {name}");
    }
    if *at == Some(n) {
        std::process::abort();
    }
}

#[cfg(test)]
thread_local! {
    /// A test hook: what runs between the check of the files (step 3) and the writing of the
    /// temporary files (step 4), such as a change to a file under the save.
    pub(super) static AFTER_CHECK: std::cell::RefCell<Option<Box<dyn FnMut()>>> =
        const { std::cell::RefCell::new(None) };
}

fn after_check() {
    #[cfg(test)]
    AFTER_CHECK.with(|hook| {
        if let Some(f) = hook.borrow_mut().as_mut() {
            f();
        }
    });
}
