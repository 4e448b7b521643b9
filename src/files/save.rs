//! Reading and writing data files safely: reads bounded by the bytes actually read (a device or
//! a FIFO is refused, not read until memory runs out), and saves that are atomic (a temporary
//! file renamed over the old one), locked (an advisory lock on the folder while the file is
//! checked and replaced), and that refuse to overwrite a file that changed since it was loaded
//! (no lost update). Saving writes through symbolic links and keeps the file's mode and owner.

use std::fs::{self, File, OpenOptions};
use std::hash::Hasher as _;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;

/// What a file held when it was read: its length and a 64-bit hash of its bytes (foldhash with
/// a fixed seed, fed in [`FINGERPRINT_CHUNK`]-byte pieces so that a file on disk can be
/// fingerprinted as it is read, without holding its text; it detects changes, it is no
/// protection against an adversary who edits the file to collide).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    /// The length of the bytes.
    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    pub(crate) fn of(bytes: &[u8]) -> Self {
        let mut h = fingerprint_hasher();
        for piece in bytes.chunks(FINGERPRINT_CHUNK) {
            h.write(piece);
        }
        Fingerprint {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }

    /// The fingerprint of what `reader` yields, equal to [`Fingerprint::of`] its bytes, read a
    /// piece at a time: a save checks a file of hundreds of megabytes without holding it.
    pub(crate) fn of_reader(mut reader: impl io::Read) -> io::Result<Self> {
        let mut sink = Fingerprinting::new(io::sink());
        io::copy(&mut reader, &mut sink)?;
        sink.finish().map(|(fingerprint, _)| fingerprint)
    }
}

/// A writer that passes its bytes on to `W` and computes their [`Fingerprint`] as they go:
/// equal to [`Fingerprint::of`] all the bytes written, however the writes were cut (the
/// hasher is fed the same [`FINGERPRINT_CHUNK`]-byte pieces). It holds one piece, so `W` is
/// written a piece at a time: a streamed save writes through it into its temporary file.
pub(crate) struct Fingerprinting<W: io::Write> {
    inner: W,
    hasher: foldhash::quality::FoldHasher<'static>,
    piece: Vec<u8>,
    len: u64,
}

impl<W: io::Write> Fingerprinting<W> {
    pub(crate) fn new(inner: W) -> Self {
        Fingerprinting {
            inner,
            hasher: fingerprint_hasher(),
            piece: Vec::with_capacity(FINGERPRINT_CHUNK),
            len: 0,
        }
    }

    /// The last piece hashed and written, `W` flushed: the fingerprint of every byte written,
    /// and `W`.
    pub(crate) fn finish(mut self) -> io::Result<(Fingerprint, W)> {
        self.pass_piece()?;
        self.inner.flush()?;
        let fingerprint = Fingerprint {
            len: self.len,
            hash: self.hasher.finish(),
        };
        Ok((fingerprint, self.inner))
    }

    fn pass_piece(&mut self) -> io::Result<()> {
        if !self.piece.is_empty() {
            self.hasher.write(&self.piece);
            self.inner.write_all(&self.piece)?;
            self.piece.clear();
        }
        Ok(())
    }
}

impl<W: io::Write> io::Write for Fingerprinting<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let room = FINGERPRINT_CHUNK - self.piece.len();
        let now = bytes.get(..room).unwrap_or(bytes);
        self.piece.extend_from_slice(now);
        self.len += now.len() as u64;
        if self.piece.len() == FINGERPRINT_CHUNK {
            self.pass_piece()?;
        }
        Ok(now.len())
    }

    /// Writes through what is held only when a whole piece is: flushing early would cut the
    /// hasher's pieces elsewhere than [`Fingerprint::of`] does. [`Fingerprinting::finish`]
    /// writes the rest.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The pieces a fingerprint's hasher is fed.
const FINGERPRINT_CHUNK: usize = 1 << 16;

fn fingerprint_hasher() -> foldhash::quality::FoldHasher<'static> {
    // A fixed seed: the same bytes hash the same within a build. foldhash reads a long text
    // many times faster than SipHash (`DefaultHasher`), which took half a second of a million
    // organizations' load before any decoding began.
    use std::hash::BuildHasher as _;
    foldhash::quality::FixedState::with_seed(0x5167_6e61_746f_7279).build_hasher()
}

fn io_error(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The path a save writes to: the final target of a chain of symbolic links (which may not
/// exist yet), so that the link stays a link and its target is updated.
pub(crate) fn resolve(path: &Path) -> Result<PathBuf, Error> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&current).map_err(io_error(path))?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io_error(path)(io::Error::other(
        "too many levels of symbolic links",
    )))
}

/// A key under which a file's fingerprint is kept: its canonical path where it exists.
pub(crate) fn key(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Reads a whole file of at most `limit` bytes, as every input is read
/// ([`super::input::read_bounded`]: regular files only, the limit counted on the bytes read).
///
/// `Ok(Err(size))` when the file holds more than `limit` bytes (`size` is what was read).
pub(crate) fn read_limited(path: &Path, limit: u64) -> Result<Result<Vec<u8>, u64>, Error> {
    super::input::read_bounded(path, limit)
}

/// How long a save waits for another save of the same folder to finish.
const LOCK_WAIT: Duration = Duration::from_secs(30);

/// An advisory lock on a folder, held while a file in it is checked and replaced. Other saves
/// of this crate wait for it; programs that do not lock are not stopped (no advisory lock can).
pub(crate) struct FolderLock(Option<File>);

impl FolderLock {
    pub(crate) fn acquire(dir: &Path) -> Result<Self, Error> {
        // Where a folder cannot be opened or locked (some network file systems), the save goes
        // on unlocked: the change check below still catches most lost updates.
        let Ok(file) = File::open(dir) else {
            return Ok(FolderLock(None));
        };
        let start = Instant::now();
        let mut pause = Duration::from_millis(2);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(FolderLock(Some(file))),
                Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(100));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(io_error(dir)(io::Error::new(
                        io::ErrorKind::WouldBlock,
                        "another save of this folder did not finish in 30 s",
                    )));
                }
                Err(fs::TryLockError::Error(_)) => return Ok(FolderLock(None)),
            }
        }
    }
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        if let Some(f) = &self.0 {
            let _ = f.unlock();
        }
    }
}

/// A new temporary file beside the target, created exclusively (`O_EXCL`): a short name (so
/// that a target whose own name is at the file system's limit can still be saved), unique per
/// process and call; an existing file of that name is left alone and another name is tried.
pub(crate) fn create_temporary(
    dir: &Path,
    file_name: &std::ffi::OsStr,
) -> io::Result<(PathBuf, File)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // At most 24 bytes of the target's name, so people can tell what the file was for.
    let name = file_name.to_string_lossy();
    let mut end = name.len().min(24);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = name.get(..end).unwrap_or("");
    let mut last = io::Error::other("no temporary name was free");
    for _ in 0..64 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{prefix}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Gives the new file the old one's permissions and, on Unix, its owner and group.
pub(crate) fn keep_mode_and_owner(file: &File, old: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(old.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let new = file.metadata()?;
        if new.uid() != old.uid() || new.gid() != old.gid() {
            std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{FINGERPRINT_CHUNK, Fingerprint, Fingerprinting};

    /// A reader that yields at most `step` bytes a call, as a pipe or a slow disk may.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            let (now, rest) = self.bytes.split_at(n);
            buf.iter_mut().zip(now).for_each(|(b, x)| *b = *x);
            self.bytes = rest;
            Ok(n)
        }
    }

    /// A file read a piece at a time has the fingerprint of its bytes held whole, at every
    /// length around the pieces' edges and however the reads are cut; one byte changed changes
    /// it.
    #[test]
    fn a_file_read_in_pieces_has_the_fingerprint_of_its_bytes() {
        let c = FINGERPRINT_CHUNK;
        let text: Vec<u8> = (0..3 * c + 7).map(|i| (i * 31 % 251) as u8).collect();
        for len in [0, 1, c - 1, c, c + 1, 2 * c, 3 * c + 7] {
            let bytes = text.get(..len).unwrap_or_default();
            for step in [1, 4096, c, usize::MAX] {
                let read = Fingerprint::of_reader(Trickle { bytes, step }).ok();
                assert_eq!(read, Some(Fingerprint::of(bytes)), "{len} bytes by {step}");
                assert_eq!(read.map(|f| f.len()), Some(len as u64));
            }
        }
        let mut other = text.clone();
        if let Some(b) = other.get_mut(c + 3) {
            *b ^= 1;
        }
        assert_ne!(Fingerprint::of(&other), Fingerprint::of(&text));
    }

    proptest::proptest! {
        /// Bytes written through a [`Fingerprinting`] writer, cut into writes of any sizes,
        /// reach the writer beneath unchanged, and their fingerprint is that of the bytes held
        /// whole, at lengths around the hasher's pieces.
        #[test]
        fn a_text_written_in_pieces_has_the_fingerprint_of_its_bytes(
            len in proptest::prop_oneof![
                0usize..300,
                FINGERPRINT_CHUNK - 3..FINGERPRINT_CHUNK + 3,
                2 * FINGERPRINT_CHUNK - 2..2 * FINGERPRINT_CHUNK + 300,
            ],
            cuts in proptest::collection::vec(1usize..70_000, 1..8),
        ) {
            use std::io::Write as _;
            let text: Vec<u8> = (0..len).map(|i| (i * 7 % 253) as u8).collect();
            let mut out = Fingerprinting::new(Vec::new());
            let (mut rest, mut cut) = (text.as_slice(), cuts.iter().cycle());
            while !rest.is_empty() {
                let n = cut.next().copied().unwrap_or(1).min(rest.len());
                let (now, later) = rest.split_at(n);
                proptest::prop_assert!(out.write_all(now).is_ok());
                rest = later;
            }
            let done = out.finish().ok();
            proptest::prop_assert_eq!(done, Some((Fingerprint::of(&text), text.clone())));
        }
    }
}
