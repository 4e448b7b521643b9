//! The one way the crate reads an input: data files, message files, lists for ingest and
//! editions for an audit. Only regular files are read (after following symbolic links): a
//! directory, a FIFO, a socket or a device (`/dev/zero` never ends, a FIFO blocks) is refused
//! with an [`Error::Io`] of kind [`std::io::ErrorKind::InvalidInput`] that names what it is,
//! before anything is read; a FIFO is opened without blocking, so a path swapped for one
//! between the check and the opening is refused too instead of hanging. The size limit is
//! counted on the bytes read, not on the size the file claims (a growing file, `/proc`).
//! `-` is standard input, read under the same limit.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::error::{Error, Location, Problem, ProblemKind, Problems};

/// The size limit of [`read_input`] that commands use for lists, editions and message files:
/// 64 MiB, hundreds of times the longest published list.
///
/// ```
/// use signatories::{DEFAULT_MAX_INPUT_BYTES, read_input_string};
/// let readme = read_input_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"), DEFAULT_MAX_INPUT_BYTES)?;
/// assert!(readme.starts_with("# signatories"));
/// # Ok::<(), signatories::Error>(())
/// ```
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 64 << 20;

fn io_error(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What a file that is not a regular file is, for the error.
fn not_regular(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a directory, not a regular file");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return Some("a FIFO (named pipe), not a regular file");
        }
        if t.is_socket() {
            return Some("a socket, not a regular file");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device, not a regular file");
        }
    }
    Some("not a regular file")
}

fn refuse(meta: &Metadata) -> Result<(), io::Error> {
    match not_regular(meta) {
        Some(what) => Err(io::Error::new(io::ErrorKind::InvalidInput, what)),
        None => Ok(()),
    }
}

/// Opens a regular file for reading without blocking on a FIFO.
pub(crate) fn open_regular(path: &Path) -> Result<File, io::Error> {
    refuse(&std::fs::metadata(path)?)?;
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    // The file opened may not be the one examined (a rename in between): check it again.
    refuse(&file.metadata()?)?;
    Ok(file)
}

/// Reads at most `limit` bytes of `reader`: `Ok(Err(read))` when it holds more.
fn read_up_to(reader: impl Read, limit: u64, hint: u64) -> io::Result<Result<Vec<u8>, u64>> {
    let mut bytes = Vec::with_capacity(usize::try_from(hint.min(limit)).unwrap_or(0) + 1);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// Reads a whole input of at most `limit` bytes: `Ok(Err(size))` when it holds more (`size`
/// is at least what was read). `-` is standard input.
pub(crate) fn read_bounded(path: &Path, limit: u64) -> Result<Result<Vec<u8>, u64>, Error> {
    let io = io_error(path);
    if path.as_os_str() == "-" {
        return read_up_to(io::stdin().lock(), limit, 0).map_err(&io);
    }
    let file = open_regular(path).map_err(&io)?;
    let claimed = file.metadata().map_err(&io)?.len();
    Ok(read_up_to(file, limit, claimed)
        .map_err(&io)?
        .map_err(|read| read.max(claimed)))
}

/// A located problem for an input larger than its limit; `size`, where known, is its value.
pub(crate) fn too_large(file: &str, size: Option<u64>, limit: u64) -> Error {
    Error::Invalid(Problems(vec![Problem {
        kind: ProblemKind::FileTooLarge,
        location: Location {
            file: file.to_owned(),
            line: 1,
            column: 1,
            field: None,
        },
        message: format!("file too large ({limit} bytes at most)"),
        value: size.map(|s| format!("{s} bytes")).unwrap_or_default(),
    }]))
}

/// Reads a whole input of at most `limit` bytes: a regular file (after following symbolic
/// links), or standard input for `-`.
///
/// # Errors
/// [`Error::Io`] when it cannot be read, or is a directory, a FIFO, a socket or a device (kind
/// [`std::io::ErrorKind::InvalidInput`]); [`Error::Invalid`] with a
/// [`ProblemKind::FileTooLarge`] problem at `file:1:1` when it holds more than `limit` bytes.
///
/// ```
/// let err = signatories::read_input("/dev/zero", 1 << 20).unwrap_err();
/// # #[cfg(unix)]
/// assert_eq!(err.to_string(), "/dev/zero: a device, not a regular file");
/// let err = signatories::read_input(env!("CARGO_MANIFEST_DIR"), 1 << 20).unwrap_err();
/// assert!(err.to_string().ends_with(": a directory, not a regular file"), "{err}");
/// let readme = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
/// let err = signatories::read_input(readme, 10).unwrap_err();
/// assert_eq!(err.problems()[0].kind, signatories::ProblemKind::FileTooLarge);
/// ```
pub fn read_input(path: impl AsRef<Path>, limit: u64) -> Result<Vec<u8>, Error> {
    let path = path.as_ref();
    read_bounded(path, limit)?
        .map_err(|size| too_large(&path.display().to_string(), Some(size), limit))
}

/// As [`read_input`], as text: bytes that are not UTF-8 are an [`Error::Invalid`] with a
/// [`ProblemKind::InvalidUtf8`] problem at their line and column.
///
/// # Errors
/// As [`read_input`], and invalid UTF-8.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("read-input-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("latin1.txt");
/// std::fs::write(&path, b"line one\nZ\xfcrich\n").unwrap(); // Latin-1, not UTF-8
/// let err = signatories::read_input_string(&path, 1 << 20).unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!((p.kind, p.location.line, p.location.column), (signatories::ProblemKind::InvalidUtf8, 2, 2));
/// # let _ = std::fs::remove_dir_all(&dir);
/// ```
pub fn read_input_string(path: impl AsRef<Path>, limit: u64) -> Result<String, Error> {
    let path = path.as_ref();
    let bytes = read_input(path, limit)?;
    utf8(bytes, &path.display().to_string())
}

/// The text of a file's bytes, or the invalid-UTF-8 problem at its place (line and column of
/// the first byte that is not UTF-8, and up to four bytes from it as `\xNN`).
pub(crate) fn utf8(bytes: Vec<u8>, file: &str) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = e.as_bytes().get(..at).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = crate::error::LineIndex::new(valid).position(at);
        let bad: String = e
            .as_bytes()
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .map(|b| format!("\\x{b:02x}"))
            .collect();
        Error::Invalid(Problems(vec![Problem {
            kind: ProblemKind::InvalidUtf8,
            location: Location {
                file: file.to_owned(),
                line,
                column,
                field: None,
            },
            message: "invalid UTF-8".to_owned(),
            value: bad,
        }]))
    })
}
