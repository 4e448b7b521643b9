//! The old text of a format-preserving save: what the splice of a TOML file reads of the file
//! it was loaded from. Either the whole text (`str`), or [`Held`]: the file cut into records as
//! it is read from disk ([`cut_file`]), holding only the records that change and the last
//! bytes before each record's end, so that a save over a file of hundreds of megabytes never
//! holds its text (the untouched records are copied from the file when the save writes,
//! [`super::new_text`]).

use std::io::{self, BufRead as _, Read as _, Write as _};
use std::ops::Range;
use std::path::Path;

use super::preserve::{Blocks, Cutter, SaveWarningKind};
use super::save::{Fingerprint, Fingerprinting};

/// How many bytes before the end of the preamble and of each record are kept: enough to tell
/// whether the text there ends with a blank line (two CRLF line ends).
pub(crate) const TAIL: usize = 8;

/// What a splice reads of the old text.
pub(crate) trait OldText {
    /// The text of `range`, a record that changes.
    fn text(&self, range: Range<usize>) -> Option<&str>;
    /// The bytes just before `end`, the end of the preamble or of a record: [`TAIL`] of them
    /// (fewer at the start of the text).
    fn tail(&self, end: usize) -> &[u8];
    /// The 1-based line at `offset`, the start of a record that changes.
    fn line_at(&self, offset: usize) -> usize;
}

impl OldText for str {
    fn text(&self, range: Range<usize>) -> Option<&str> {
        self.get(range)
    }
    fn tail(&self, end: usize) -> &[u8] {
        self.as_bytes()
            .get(end.saturating_sub(TAIL)..end)
            .unwrap_or_default()
    }
    fn line_at(&self, offset: usize) -> usize {
        self.get(..offset).map_or(0, |s| s.matches('\n').count()) + 1
    }
}

/// A file cut into records as it was read: the records that change, with their first lines,
/// and the last bytes before the end of the preamble and of each record.
#[derive(Debug, Default)]
pub(crate) struct Held {
    records: Vec<(Range<usize>, usize, String)>,
    /// By end, in order.
    tails: Vec<(usize, Tail)>,
}

/// The last bytes before a place in the text: [`TAIL`] of them, fewer at its start.
#[derive(Debug, Default, Clone, Copy)]
struct Tail {
    bytes: [u8; TAIL],
    len: u8,
}

impl Tail {
    fn get(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }

    /// The last bytes once `more` follows.
    fn push(&mut self, more: &[u8]) {
        let more = more.get(more.len().saturating_sub(TAIL)..).unwrap_or(more);
        let keep = usize::from(self.len).min(TAIL - more.len());
        self.bytes
            .copy_within(usize::from(self.len) - keep..usize::from(self.len), 0);
        if let Some(to) = self.bytes.get_mut(keep..keep + more.len()) {
            to.copy_from_slice(more);
        }
        self.len = u8::try_from(keep + more.len()).unwrap_or(0);
    }
}

impl OldText for Held {
    fn text(&self, range: Range<usize>) -> Option<&str> {
        let i = self
            .records
            .binary_search_by_key(&range.start, |(r, ..)| r.start)
            .ok()?;
        let (held, _, text) = self.records.get(i)?;
        (*held == range).then_some(text.as_str())
    }
    fn tail(&self, end: usize) -> &[u8] {
        let i = self.tails.partition_point(|(e, _)| *e < end);
        match self.tails.get(i) {
            Some((e, tail)) if *e == end => tail.get(),
            _ => &[],
        }
    }
    fn line_at(&self, offset: usize) -> usize {
        let i = self.records.partition_point(|(r, ..)| r.start < offset);
        self.records.get(i).map_or(0, |(_, line, _)| *line)
    }
}

/// A file cut into records and what is held of its text, or the 1-based line where it cannot
/// be cut and why.
pub(crate) type FileCut = Result<(Blocks, Held), (usize, SaveWarningKind)>;

/// Why a file could not be cut as it was read.
#[derive(Debug)]
pub(crate) enum CutError {
    /// It is not the file loaded (another fingerprint or length, or not UTF-8).
    Changed,
    Io(io::Error),
}

/// Reads the TOML file at `path` a line at a time and cuts it into records, holding the text
/// of the records `keep` names (by kind and ordinal among the records of its kind). The whole
/// file is read into its fingerprint, which must be `expected` (else [`CutError::Changed`],
/// also where the file cannot be cut: a file changed is a conflict before a layout is one).
/// `Ok(Err(line, why))` where the file as loaded cannot be cut into records.
pub(crate) fn cut_file(
    path: &Path,
    expected: Fingerprint,
    keep: impl Fn(usize, usize) -> bool,
) -> Result<FileCut, CutError> {
    let file = match super::input::open_regular(path) {
        Ok(f) => f,
        Err(e) => return Err(CutError::Io(e)),
    };
    let mut reader = io::BufReader::with_capacity(1 << 16, file).take(expected.len() + 1);
    let mut seen = Fingerprinting::new(io::sink());
    let mut cut = Cut::new(keep);
    let mut line = Vec::new();
    let mut outcome: Result<(), Option<(usize, SaveWarningKind)>> = Ok(());
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).map_err(CutError::Io)? == 0 {
            break;
        }
        seen.write_all(&line).map_err(CutError::Io)?;
        if outcome.is_ok() {
            outcome = match std::str::from_utf8(&line) {
                Ok(text) => cut.line(text).map_err(Some),
                Err(_) => Err(None),
            };
        }
    }
    let (fingerprint, _) = seen.finish().map_err(CutError::Io)?;
    match outcome {
        _ if fingerprint != expected => Err(CutError::Changed),
        Err(None) => Err(CutError::Changed),
        Err(Some(why)) => Ok(Err(why)),
        Ok(()) => Ok(Ok(cut.finish())),
    }
}

/// A cut in progress: the cutter, and what is held of the text read.
struct Cut<F> {
    cutter: Cutter,
    keep: F,
    held: Held,
    /// Records opened so far, of each kind.
    seen: [usize; 3],
    /// The current record, where it is held: its start, first line and text so far.
    current: Option<(usize, usize, String)>,
    /// The comment lines directly above the next line, from their start (they belong to the
    /// next record when a header follows them).
    comments: String,
    /// The last bytes before the current line, and before the comment lines above it.
    tail: Tail,
    tail_before_comments: Tail,
    lines: usize,
}

impl<F: Fn(usize, usize) -> bool> Cut<F> {
    fn new(keep: F) -> Self {
        Cut {
            cutter: Cutter::default(),
            keep,
            held: Held::default(),
            seen: [0; 3],
            current: None,
            comments: String::new(),
            tail: Tail::default(),
            tail_before_comments: Tail::default(),
            lines: 0,
        }
    }

    fn line(&mut self, line: &str) -> Result<(), (usize, SaveWarningKind)> {
        let in_comments = self.cutter.comments_from().is_some();
        let offset_before = self.cutter.offset();
        let opened = self.cutter.line(line)?;
        self.lines += 1;
        if let Some(start) = opened {
            // The previous record (or the preamble) ends where this one starts.
            let tail = if start == offset_before {
                self.tail
            } else {
                self.tail_before_comments
            };
            self.held.tails.push((start, tail));
            let comments = if start == offset_before {
                String::new()
            } else {
                std::mem::take(&mut self.comments)
            };
            if let Some((s, first, mut text)) = self.current.take() {
                text.truncate(start - s);
                self.held.records.push((s..start, first, text));
            }
            let kind = self.cutter.last_kind().unwrap_or(0);
            let ordinal = self.seen.get(kind).copied().unwrap_or(0);
            if let Some(n) = self.seen.get_mut(kind) {
                *n += 1;
            }
            if (self.keep)(kind, ordinal) {
                let first = self.lines - comments.matches('\n').count();
                self.current = Some((start, first, comments + line));
            }
        } else if let Some((_, _, text)) = self.current.as_mut() {
            text.push_str(line);
        }
        match (in_comments, self.cutter.comments_from()) {
            (false, Some(_)) => {
                self.tail_before_comments = self.tail;
                self.comments.clear();
                self.comments.push_str(line);
            }
            (true, Some(_)) => self.comments.push_str(line),
            (_, None) => self.comments.clear(),
        }
        self.tail.push(line.as_bytes());
        Ok(())
    }

    fn finish(mut self) -> (Blocks, Held) {
        let end = self.cutter.offset();
        self.held.tails.push((end, self.tail));
        if let Some((s, first, text)) = self.current.take() {
            self.held.records.push((s..end, first, text));
        }
        (self.cutter.finish(), self.held)
    }
}

#[cfg(test)]
mod tests {
    use super::{TAIL, Tail};

    proptest::proptest! {
        /// The tail kept is the last bytes of everything pushed, however it was cut.
        #[test]
        fn the_tail_is_the_last_bytes_pushed(
            pieces in proptest::collection::vec(proptest::collection::vec(proptest::num::u8::ANY, 0..20), 0..8),
        ) {
            let mut tail = Tail::default();
            for p in &pieces {
                tail.push(p);
            }
            let all: Vec<u8> = pieces.concat();
            let last = all.get(all.len().saturating_sub(TAIL)..).unwrap_or_default();
            proptest::prop_assert_eq!(tail.get(), last);
        }
    }
}
