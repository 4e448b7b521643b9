//! A file's new text as a save writes it: whole ([`NewText::Whole`]), or [`Spliced`] — byte
//! ranges of the old file interleaved with new pieces (the records a format-preserving save
//! merged or added). A spliced text is never held whole: [`write_new_text`] streams it into
//! the save's temporary file, reading the old file again from disk, a piece at a time, and
//! computing the fingerprint of what it writes as it writes it.
//!
//! The old file is read whole while the ranges are copied, every byte of it into its
//! fingerprint: the save goes on only when that is the fingerprint the ranges were planned
//! over (the file as loaded), so the bytes copied are always bytes whose fingerprint was
//! checked, however the file changed after the save's check ([`WriteError::Changed`]).

use std::fs::File;
use std::io::{self, Read as _, Write as _};
use std::ops::Range;
use std::path::Path;

use super::old_text::OldText;
use super::save::{Fingerprint, Fingerprinting};

/// A file's new text.
#[derive(Debug)]
pub(crate) enum NewText {
    /// Every byte of it.
    Whole(Vec<u8>),
    /// Ranges of the old file and new pieces.
    Spliced(Spliced),
}

impl NewText {
    /// Its length in bytes.
    pub(crate) fn len(&self) -> u64 {
        match self {
            NewText::Whole(bytes) => bytes.len() as u64,
            NewText::Spliced(s) => s.len,
        }
    }
}

/// A new text made of ranges of an old text (in order, none overlapping) and new pieces: what
/// a save writes over a file in which a few records changed.
#[derive(Debug)]
pub(crate) struct Spliced {
    pieces: Vec<Piece>,
    len: u64,
    /// The fingerprint of the old text the ranges are of.
    old: Fingerprint,
}

#[derive(Debug)]
enum Piece {
    Old(Range<u64>),
    New(String),
}

/// Where the new text of a file cut into records goes, a piece at a time: a [`Spliced`] plan
/// ([`SplicedBuilder`]), or in tests a whole text (`WholeText`, the reference the plan's bytes
/// are checked against); both say what the text so far ends with, so that one splicing routine
/// builds either, to the same bytes.
pub(crate) trait TextOut {
    /// Bytes `range` of the old text, unchanged: the preamble or whole records, in order.
    fn copy(&mut self, range: Range<usize>);
    /// New text.
    fn push(&mut self, text: &str);
    /// Whether the text so far ends with `s` (at most [`TAIL`](super::old_text::TAIL) bytes).
    fn ends_with(&self, s: &str) -> bool;
    /// Whether nothing was written yet.
    fn is_empty(&self) -> bool;
}

/// A new text held whole, spliced over an old text held whole.
#[cfg(test)]
pub(crate) struct WholeText<'a> {
    old: &'a str,
    text: String,
}

#[cfg(test)]
impl<'a> WholeText<'a> {
    pub(crate) fn new(old: &'a str) -> Self {
        WholeText {
            old,
            text: String::with_capacity(old.len() + 1024),
        }
    }

    pub(crate) fn into_string(self) -> String {
        self.text
    }
}

#[cfg(test)]
impl TextOut for WholeText<'_> {
    fn copy(&mut self, range: Range<usize>) {
        self.text.push_str(self.old.get(range).unwrap_or(""));
    }
    fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }
    fn ends_with(&self, s: &str) -> bool {
        self.text.ends_with(s)
    }
    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Builds a [`Spliced`] text over what is known of the old text while the save is planned:
/// the text held whole, or the parts a cut of the file as it was read kept
/// ([`super::old_text::Held`]: the last bytes before the end of each record).
pub(crate) struct SplicedBuilder<'a> {
    old: &'a dyn OldText,
    spliced: Spliced,
}

impl<'a> SplicedBuilder<'a> {
    /// A builder over `old`, whose fingerprint is `fingerprint`.
    pub(crate) fn new(old: &'a dyn OldText, fingerprint: Fingerprint) -> Self {
        SplicedBuilder {
            old,
            spliced: Spliced {
                pieces: Vec::new(),
                len: 0,
                old: fingerprint,
            },
        }
    }

    pub(crate) fn finish(self) -> Spliced {
        self.spliced
    }

    /// The last bytes of a piece (all of a new one; at most [`TAIL`](super::old_text::TAIL) of an old range), and
    /// whether they are all of it.
    fn end_of<'p>(&'p self, piece: &'p Piece) -> (&'p [u8], bool) {
        match piece {
            Piece::Old(r) => {
                let len = usize::try_from(r.end - r.start).unwrap_or(usize::MAX);
                let tail = usize::try_from(r.end).map_or(&[][..], |end| self.old.tail(end));
                let kept = tail.get(tail.len().saturating_sub(len)..).unwrap_or(tail);
                (kept, kept.len() == len)
            }
            Piece::New(t) => (t.as_bytes(), true),
        }
    }
}

impl TextOut for SplicedBuilder<'_> {
    /// Ranges are copied in the order of the old text (the old file is read once, from its
    /// start to its end; [`write_new_text`] refuses ranges that go back).
    fn copy(&mut self, range: Range<usize>) {
        let (start, end) = (range.start as u64, range.end as u64);
        if start >= end {
            return;
        }
        self.spliced.len += end - start;
        match self.spliced.pieces.last_mut() {
            Some(Piece::Old(r)) if r.end == start => r.end = end,
            _ => self.spliced.pieces.push(Piece::Old(start..end)),
        }
    }

    fn push(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.spliced.len += text.len() as u64;
        match self.spliced.pieces.last_mut() {
            Some(Piece::New(t)) => t.push_str(text),
            _ => self.spliced.pieces.push(Piece::New(text.to_owned())),
        }
    }

    fn ends_with(&self, s: &str) -> bool {
        let mut want = s.as_bytes();
        for piece in self.spliced.pieces.iter().rev() {
            if want.is_empty() {
                break;
            }
            let (bytes, whole) = self.end_of(piece);
            let n = want.len().min(bytes.len());
            let (rest, tail) = want.split_at(want.len() - n);
            if bytes.get(bytes.len() - n..) != Some(tail) || (!rest.is_empty() && !whole) {
                return false;
            }
            want = rest;
        }
        want.is_empty()
    }

    fn is_empty(&self) -> bool {
        self.spliced.len == 0
    }
}

/// Why a new text was not written.
#[derive(Debug)]
pub(crate) enum WriteError {
    /// The old file a spliced text copies from does not hold what the text was planned over
    /// (it changed, or is gone): what was written must not replace it.
    Changed,
    Io(io::Error),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// Writes `text` into `out` (a save's temporary file, not yet flushed to disk) and returns the
/// fingerprint of the bytes written, equal to [`Fingerprint::of`] them. A spliced text is
/// streamed: its ranges are copied from `old_file`, which is read whole and must hold the
/// bytes the text was planned over ([`WriteError::Changed`] otherwise).
pub(crate) fn write_new_text(
    text: &NewText,
    old_file: &Path,
    out: &mut File,
) -> Result<Fingerprint, WriteError> {
    match text {
        NewText::Whole(bytes) => {
            out.write_all(bytes)?;
            Ok(Fingerprint::of(bytes))
        }
        NewText::Spliced(spliced) => write_spliced(spliced, old_file, out),
    }
}

fn write_spliced(
    spliced: &Spliced,
    old_file: &Path,
    out: impl io::Write,
) -> Result<Fingerprint, WriteError> {
    // Not a regular file any more (a FIFO would block the read): changed.
    let file = match super::input::open_regular(old_file) {
        Ok(f) => f,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::InvalidInput
            ) =>
        {
            return Err(WriteError::Changed);
        }
        Err(e) => return Err(e.into()),
    };
    let mut old = OldFile {
        file,
        at: 0,
        seen: Fingerprinting::new(io::sink()),
        buf: vec![0; 1 << 16],
    };
    let mut new = Fingerprinting::new(out);
    for piece in &spliced.pieces {
        match piece {
            Piece::Old(r) => {
                old.pass(r.start, None)?;
                old.pass(r.end, Some(&mut new))?;
            }
            Piece::New(t) => new.write_all(t.as_bytes())?,
        }
    }
    old.pass(u64::MAX, None)?;
    let (seen, _) = old.seen.finish()?;
    if seen != spliced.old {
        return Err(WriteError::Changed);
    }
    let (written, _) = new.finish()?;
    Ok(written)
}

/// The old file of a spliced text, read once from its start to its end.
struct OldFile {
    file: File,
    /// Bytes read so far.
    at: u64,
    /// The fingerprint of the bytes read so far.
    seen: Fingerprinting<io::Sink>,
    buf: Vec<u8>,
}

impl OldFile {
    /// Reads on to byte `to` (or the file's end), every byte into the file's fingerprint and,
    /// given `copy`, into it.
    fn pass(&mut self, to: u64, mut copy: Option<&mut dyn io::Write>) -> io::Result<()> {
        if to < self.at {
            return Err(io::Error::other("a spliced text's ranges go back"));
        }
        while self.at < to {
            let want =
                usize::try_from(to - self.at).map_or(self.buf.len(), |w| w.min(self.buf.len()));
            let room = self.buf.get_mut(..want).unwrap_or_default();
            let n = match self.file.read(room) {
                // The file is shorter than it was: its fingerprint will say so.
                Ok(0) => return Ok(()),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let read = self.buf.get(..n).unwrap_or_default();
            self.seen.write_all(read)?;
            if let Some(c) = copy.as_mut() {
                c.write_all(read)?;
            }
            self.at += n as u64;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use proptest::prelude::*;

    use super::{NewText, Spliced, SplicedBuilder};
    use crate::error::Error;
    use crate::files::commit::{self, AFTER_CHECK, Target};
    use crate::files::old_text::cut_file;
    use crate::files::preserve::{Blocks, Fate, Plan, blocks, splice, splice_into};
    use crate::files::save::Fingerprint;

    /// The file cut, the new text, and the records rewritten (by line and kind).
    type Streamed = (Blocks, Spliced, Vec<(usize, String)>);

    /// The new text of `plan` over the file at `path`, as a save makes it: the file cut as it
    /// is read, holding only the records that change, and the records rewritten; `None` where
    /// the file is not `old` or cannot be cut.
    fn streamed(path: &Path, old: &str, plan: &Plan) -> Option<Streamed> {
        let fingerprint = Fingerprint::of(old.as_bytes());
        let changes = |kind: usize, ordinal: usize| {
            matches!(
                plan.fates.get(kind).and_then(|f| f.get(ordinal)),
                Some(Fate::Replace(_))
            )
        };
        let (cut, held) = cut_file(path, fingerprint, changes).ok()?.ok()?;
        let mut text = SplicedBuilder::new(&held, fingerprint);
        let rewritten = splice_into(&held, &cut, plan, &mut text);
        Some((cut, text.finish(), rewritten))
    }

    /// One record of a generated registry file: what becomes of it (0 kept, 1 removed,
    /// 2 changed), its comment lines above, a blank line after it, its names.
    type Rec = (u8, u8, bool, usize);

    /// A registry file kept by hand: comments above and after records and entries, `nl` line
    /// ends, perhaps a byte-order mark, a long comment before the records (`pad` bytes: the
    /// old file's ranges then cross the pieces a file is read and hashed in), organizations
    /// then one statement whose entries name them, perhaps no line end at its end.
    fn registry_text(recs: &[Rec], nl: &str, bom: bool, pad: usize, last_nl: bool) -> String {
        let mut t = String::new();
        if bom {
            t.push('\u{feff}');
        }
        t.push_str(&format!("# Kept by hand.{nl}#{}{nl}{nl}", "-".repeat(pad)));
        for (i, (_, comments, blank, names)) in recs.iter().enumerate() {
            for c in 0..*comments {
                t.push_str(&format!("# row {i}: note {c}{nl}"));
            }
            t.push_str(&format!(
                "[[organization]]{nl}id = \"o{i}\"   # id {i}{nl}names = [{nl}"
            ));
            for n in 0..*names {
                t.push_str(&format!(
                    "  {{ text = \"Name {i} {n}\", lang = \"de\", kind = \"original\" }}, # n{n}{nl}"
                ));
            }
            t.push_str(&format!("]{nl}"));
            if *blank {
                t.push_str(nl);
            }
        }
        t.push_str(&format!("[[statement]]{nl}id = \"s\"{nl}{nl}[[statement.section]]{nl}kind = \"initial\"{nl}entries = [{nl}"));
        for i in 0..recs.len() {
            t.push_str(&format!("  {{ org = \"o{i}\" }}, # entry {i}{nl}"));
        }
        t.push(']');
        if last_nl {
            t.push_str(nl);
        }
        t
    }

    /// What a save writes: changed organizations (a new id and one name more; or a new text
    /// the merge cannot read, written in the crate's layout with a warning) and statement (its
    /// entries reversed), removed ones, `added` new organizations (the crate's layout).
    fn plan_of(recs: &[Rec], change_statement: bool, added: usize) -> Plan {
        let org = |id: &str, names: usize| {
            let mut t = format!("[[organization]]\nid = \"{id}\"\nnames = [\n");
            for n in 0..names {
                t.push_str(&format!(
                    "  {{ text = \"Name {n}\", lang = \"de\", kind = \"original\" }},\n"
                ));
            }
            t + "]\n"
        };
        let mut plan = Plan::default();
        plan.fates[1] = recs
            .iter()
            .enumerate()
            .map(|(i, (fate, _, _, names))| match fate {
                0 => Fate::Keep,
                1 => Fate::Drop,
                2 => Fate::Replace(org(&format!("o{i}-new"), names + 1)),
                _ => Fate::Replace(format!("[[organization]]\nid = \"o{i}-x\"\nnames = [\n")),
            })
            .collect();
        plan.fates[2] = vec![if change_statement {
            let entries: String = (0..recs.len())
                .rev()
                .map(|i| format!("  {{ org = \"o{i}\" }},\n"))
                .collect();
            Fate::Replace(format!(
                "[[statement]]\nid = \"s\"\n\n[[statement.section]]\nkind = \"initial\"\nentries = [\n{entries}]\n"
            ))
        } else {
            Fate::Keep
        }];
        plan.added[1] = (0..added).map(|i| org(&format!("new-{i}"), 1)).collect();
        plan
    }

    fn read(path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The files in `dir` other than `keep` (temporary files, journals, second names).
    fn others(dir: &Path, keep: &[&str]) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| !keep.contains(&n.as_str()))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

        /// A save streamed from the old file writes the bytes the whole-text save writes, for
        /// any edit of a file with comments, CRLF or a byte-order mark, and returns the
        /// fingerprint of the file it leaves.
        #[test]
        fn a_streamed_save_writes_what_the_whole_text_save_writes(
            recs in proptest::collection::vec((0u8..4, 0u8..3, any::<bool>(), 0usize..3), 1..8),
            crlf in any::<bool>(),
            bom in any::<bool>(),
            pad in prop_oneof![Just(0usize), 1usize..200, 65_400usize..65_600, 130_000usize..140_000],
            last_nl in any::<bool>(),
            change_statement in any::<bool>(),
            added in 0usize..3,
        ) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let old = registry_text(&recs, nl, bom, pad, last_nl);
            let cut = blocks(&old);
            prop_assert!(cut.is_ok(), "{:?}", cut.err());
            let Ok(cut) = cut else { return Ok(()) };
            let plan = plan_of(&recs, change_statement, added);
            let (whole, whole_rewritten) = splice(&old, &cut, &plan);
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let (a, b) = (dir.path().join("streamed.toml"), dir.path().join("whole.toml"));
            for p in [&a, &b] {
                std::fs::write(p, &old).unwrap_or_else(|e| panic!("{e}"));
            }
            let made = streamed(&a, &old, &plan);
            prop_assert!(made.is_some());
            let Some((cut_as_read, streamed, rewritten)) = made else { return Ok(()) };
            prop_assert_eq!(
                (cut_as_read.preamble, cut_as_read.records, cut_as_read.newline),
                (cut.preamble, cut.records, cut.newline)
            );
            prop_assert_eq!(rewritten, whole_rewritten);
            let expected = Some(Fingerprint::of(old.as_bytes()));
            let targets = [
                Target { path: a.clone(), contents: Some(NewText::Spliced(streamed)), expected },
                Target { path: b.clone(), contents: Some(NewText::Whole(whole.clone().into_bytes())), expected },
            ];
            prop_assert_eq!(targets[0].contents.as_ref().map(NewText::len), Some(whole.len() as u64));
            let fingerprints = commit::commit(&targets);
            prop_assert!(fingerprints.is_ok(), "{:?}", fingerprints.err());
            let fingerprints = fingerprints.unwrap_or_default();
            let (on_disk, whole_on_disk) = (read(&a), read(&b));
            prop_assert_eq!(String::from_utf8_lossy(&on_disk), whole.as_str());
            prop_assert_eq!(&on_disk, &whole_on_disk);
            prop_assert_eq!(fingerprints, vec![Fingerprint::of(&on_disk), Fingerprint::of(&whole_on_disk)]);
            prop_assert_eq!(others(dir.path(), &["streamed.toml", "whole.toml"]), Vec::<String>::new());
        }
    }

    /// A registry file of nine organizations (after a long comment: its ranges cross the
    /// pieces the file is read in), the new text of a save that renames the one in the middle
    /// (whose bytes are then not copied), whole and spliced, and the middle one's bytes.
    fn renamed_middle() -> (String, Vec<u8>, Spliced, std::ops::Range<usize>) {
        let recs: Vec<Rec> = (0..9).map(|i| (u8::from(i == 4) * 2, 1, true, 2)).collect();
        let old = registry_text(&recs, "\n", false, 70_000, true);
        let cut = blocks(&old).unwrap_or_else(|e| panic!("{e:?}"));
        let middle = cut
            .records
            .get(4)
            .map(|(_, r)| r.clone())
            .unwrap_or_default();
        let plan = plan_of(&recs, false, 0);
        let (whole, _) = splice(&old, &cut, &plan);
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("registry.toml");
        std::fs::write(&path, &old).unwrap_or_else(|e| panic!("{e}"));
        let (_, spliced, _) = streamed(&path, &old, &plan).unwrap_or_else(|| panic!("not cut"));
        (old, whole.into_bytes(), spliced, middle)
    }

    /// Changes the file at `path` in place (the same file, not a new one renamed over it) when
    /// the next save has checked its files.
    fn overwrite_after_check(path: &Path, bytes: Vec<u8>) {
        let path = path.to_path_buf();
        AFTER_CHECK.with(|h| {
            *h.borrow_mut() = Some(Box::new(move || {
                use std::io::Write as _;
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .unwrap_or_else(|e| panic!("{e}"));
                f.write_all(&bytes).unwrap_or_else(|e| panic!("{e}"));
            }))
        });
    }

    /// A file changed in place (its length kept) after the save checked it and before its
    /// bytes were copied — in a range the new text copies, in the record it replaces, or in
    /// the last byte — is not replaced: the save is a conflict, the file holds what the other
    /// writer wrote, the other file of the save is not replaced either, and no temporary file,
    /// journal or second name is left. Unchanged, the same save writes the whole text's bytes.
    #[test]
    fn a_file_changed_between_the_check_and_the_copy_is_not_replaced() {
        let (old, whole, _, middle) = renamed_middle();
        for at in [
            None,
            Some(10),
            Some(70_010),
            Some(middle.start + 20),
            Some(middle.end - 2),
            Some(old.len() - 1),
        ] {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let (a, b) = (
                dir.path().join("registry.toml"),
                dir.path().join("other.toml"),
            );
            std::fs::write(&a, &old).unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(&b, "old\n").unwrap_or_else(|e| panic!("{e}"));
            let targets = [
                Target {
                    path: b.clone(),
                    contents: Some(NewText::Whole(b"new\n".to_vec())),
                    expected: Some(Fingerprint::of(b"old\n")),
                },
                Target {
                    path: a.clone(),
                    contents: Some(NewText::Spliced(renamed_middle().2)),
                    expected: Some(Fingerprint::of(old.as_bytes())),
                },
            ];
            let mut changed = old.clone().into_bytes();
            if let Some(byte) = at.and_then(|at| changed.get_mut(at)) {
                *byte = if *byte == b'x' { b'y' } else { b'x' };
            }
            overwrite_after_check(&a, changed.clone());
            let saved = commit::commit(&targets);
            AFTER_CHECK.with(|h| *h.borrow_mut() = None);
            let leftovers = others(dir.path(), &["registry.toml", "other.toml"]);
            assert_eq!(leftovers, Vec::<String>::new(), "byte {at:?}");
            if at.is_none() {
                let now = (read(&a), read(&b));
                assert_eq!(
                    saved.ok(),
                    Some(vec![Fingerprint::of(b"new\n"), Fingerprint::of(&whole)])
                );
                assert_eq!(now, (whole.clone(), b"new\n".to_vec()));
                continue;
            }
            assert!(
                matches!(saved, Err(Error::Conflict { ref path }) if *path == a),
                "byte {at:?}: {saved:?}"
            );
            assert_eq!(read(&a), changed, "byte {at:?}");
            assert_eq!(read(&b), b"old\n", "byte {at:?}");
        }
    }
}
