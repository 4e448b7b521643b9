//! Format-preserving TOML saves: a registry saved over the TOML file it was loaded from changes
//! only the records that changed. The file is cut into its records in one pass over its lines
//! (each `[[area]]`, `[[organization]]` or `[[statement]]` table with its sub-tables, and the
//! comment lines directly above its header); untouched records are copied as bytes, removed ones
//! go with their comments, new ones are added after the last record of their kind, and a changed
//! record alone is merged key by key (`toml_edit`, the document model cargo uses for
//! `Cargo.toml`): its comments, key order, quoting and spacing stay where its values did not
//! change. In arrays, each comment belongs to its line: an entry moves and goes with the comment
//! lines above it and the comment after it on its line.
//!
//! A layout that cannot be cut into records (keys before the first table, a table of another
//! kind inside a record) is reported as a [`SaveWarning`] and the file is written in the crate's
//! own layout; so is a changed record whose merge would not say exactly what it must.

use std::ops::Range;
use std::path::PathBuf;

use super::new_text::TextOut;
use super::old_text::OldText;
use super::toml::odd_triples;

/// The record kinds of a data file, in the order a file is written.
pub(crate) const KINDS: [&str; 3] = ["area", "organization", "statement"];

/// Something a save could not keep as the file had it; the save went on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SaveWarning {
    /// The file.
    pub path: PathBuf,
    /// The line (1-based) of the file as loaded where the layout could not be kept; 0 where
    /// there is no such line.
    pub line: usize,
    /// What could not be kept.
    pub kind: SaveWarningKind,
}

/// What a save could not keep of its files' layout: empty when every record that changed
/// was merged in place and the rest copied as bytes. Returned by every save; a save whose
/// result is dropped with `?;` draws a compiler warning, so that a rewritten layout is never
/// missed (read it with [`Saved::warnings`], or iterate over it).
///
/// ```
/// # fn main() -> Result<(), signatories::Error> {
/// let dir = std::env::temp_dir().join(format!("saved-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).map_err(|e| signatories::Error::Io { path: dir.clone(), source: e })?;
/// let path = dir.join("registry.toml");
/// let registry = signatories::seed::registry()?;
/// let saved = registry.save(&path)?;
/// assert!(saved.is_empty()); // a new file has no layout to lose
/// for warning in saved {
///     eprintln!("warning: {warning}");
/// }
/// # let _ = std::fs::remove_dir_all(&dir);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use = "a save may have rewritten a layout it could not keep: read its warnings"]
pub struct Saved {
    warnings: Vec<SaveWarning>,
}

impl Saved {
    pub(crate) fn new(warnings: Vec<SaveWarning>) -> Self {
        Saved { warnings }
    }

    /// What could not be kept, file by file in the order the files were given.
    pub fn warnings(&self) -> &[SaveWarning] {
        &self.warnings
    }

    /// The warnings, owned.
    pub fn into_warnings(self) -> Vec<SaveWarning> {
        self.warnings
    }
}

impl std::ops::Deref for Saved {
    type Target = [SaveWarning];
    fn deref(&self) -> &[SaveWarning] {
        &self.warnings
    }
}

impl IntoIterator for Saved {
    type Item = SaveWarning;
    type IntoIter = std::vec::IntoIter<SaveWarning>;
    fn into_iter(self) -> Self::IntoIter {
        self.warnings.into_iter()
    }
}

impl<'a> IntoIterator for &'a Saved {
    type Item = &'a SaveWarning;
    type IntoIter = std::slice::Iter<'a, SaveWarning>;
    fn into_iter(self) -> Self::IntoIter {
        self.warnings.iter()
    }
}

/// What a save could not keep.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SaveWarningKind {
    /// Keys outside the record tables (a top-level inline array `organization = [...]`, dotted
    /// keys, other keys before the first table): the file was written whole in the crate's
    /// layout; its comments and layout are lost.
    KeysOutsideTables,
    /// A table of another record kind inside a record (`[[statement.section]]` after an
    /// `[[organization]]`): the file was written whole in the crate's layout.
    InterleavedTables,
    /// The records in the file are not those loaded from it (a syntax the cutter does not
    /// follow): the file was written whole in the crate's layout.
    RecordsNotAsLoaded,
    /// One changed record could not be merged key by key: it was written in the crate's
    /// layout (its comments and layout are lost; the other records kept theirs).
    RecordRewritten {
        /// The record: `organization "mlpd"`.
        record: String,
    },
}

impl std::fmt::Display for SaveWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = match self.line {
            0 => String::new(),
            n => format!(":{n}"),
        };
        let what = match &self.kind {
            SaveWarningKind::KeysOutsideTables => {
                "keys outside the record tables: the whole file was rewritten in the crate's layout (comments and layout lost)".to_owned()
            }
            SaveWarningKind::InterleavedTables => {
                "a table of another kind inside a record: the whole file was rewritten in the crate's layout (comments and layout lost)".to_owned()
            }
            SaveWarningKind::RecordsNotAsLoaded => {
                "the records could not be found as loaded: the whole file was rewritten in the crate's layout (comments and layout lost)".to_owned()
            }
            SaveWarningKind::RecordRewritten { record } => {
                format!("{record} was rewritten in the crate's layout (its comments and layout lost)")
            }
        };
        write!(f, "{}{at}: {what}", self.path.display())
    }
}

/// A TOML data file cut into records.
#[derive(Debug)]
pub(crate) struct Blocks {
    /// The text before the first record (comments, blank lines, a byte order mark).
    pub preamble: Range<usize>,
    /// Each record: its kind (index in [`KINDS`]) and its text, from the comment lines directly
    /// above its header to the next record's.
    pub records: Vec<(usize, Range<usize>)>,
    /// The line end the file uses (`"\r\n"` when its first line ends so).
    pub newline: &'static str,
}

impl Blocks {
    /// How many records of each kind.
    pub(crate) fn counts(&self) -> [usize; 3] {
        let mut c = [0; 3];
        for (k, _) in &self.records {
            if let Some(n) = c.get_mut(*k) {
                *n += 1;
            }
        }
        c
    }
}

/// A line's place when cutting: inside a multi-line string, or not.
#[derive(Default)]
struct Strings {
    basic: bool,
    literal: bool,
}

impl Strings {
    fn inside(&self) -> bool {
        self.basic || self.literal
    }

    fn after(&mut self, line: &str) {
        if odd_triples(line.as_bytes(), b'"') && !self.literal {
            self.basic = !self.basic;
        }
        if odd_triples(line.as_bytes(), b'\'') && !self.basic {
            self.literal = !self.literal;
        }
    }
}

/// The dotted name of a table header line (`[[statement.section]]` → `statement.section`),
/// without quotes and spaces, and whether it is an array of tables.
fn header(line: &str) -> Option<(String, bool)> {
    let t = line.trim_start();
    let array = t.starts_with("[[");
    let inner = t.strip_prefix(if array { "[[" } else { "[" })?;
    let end = inner.find(']')?;
    let name: String = inner
        .get(..end)?
        .split('.')
        .map(|p| p.trim().trim_matches('"').trim_matches('\''))
        .collect::<Vec<_>>()
        .join(".");
    Some((name, array))
}

/// Cuts a TOML data file into its records, or says (with its 1-based line) why it cannot be.
#[cfg(test)]
pub(crate) fn blocks(text: &str) -> Result<Blocks, (usize, SaveWarningKind)> {
    let mut cutter = Cutter::default();
    for line in text.split_inclusive('\n') {
        cutter.line(line)?;
    }
    Ok(cutter.finish())
}

/// Cuts a TOML data file into its records a line at a time, as [`super::old_text::cut_file`]
/// reads the file.
#[derive(Default)]
pub(crate) struct Cutter {
    records: Vec<(usize, Range<usize>)>,
    strings: Strings,
    /// The bytes and lines fed so far.
    offset: usize,
    lines: usize,
    /// Where the comment lines directly above the current line begin.
    comments_from: Option<usize>,
    newline: Option<&'static str>,
}

impl Cutter {
    /// The next line, with its line end; the start of the record it opens, if it opens one
    /// (the comment lines directly above its header are the record's), else `None`.
    pub(crate) fn line(&mut self, line: &str) -> Result<Option<usize>, (usize, SaveWarningKind)> {
        self.lines += 1;
        if self.newline.is_none() && line.ends_with('\n') {
            self.newline = Some(if line.ends_with("\r\n") { "\r\n" } else { "\n" });
        }
        let t = line.trim_start_matches('\u{feff}').trim_start();
        let mut opened = None;
        if !self.strings.inside() {
            let n = self.lines;
            if t.starts_with('[') {
                let (name, array) = header(t).ok_or((n, SaveWarningKind::InterleavedTables))?;
                let top = name.split('.').next().unwrap_or("");
                let kind = KINDS.iter().position(|k| *k == top);
                match (kind, self.records.last()) {
                    (Some(k), _) if array && name == top => {
                        let start = self.comments_from.unwrap_or(self.offset);
                        if let Some((_, last)) = self.records.last_mut() {
                            last.end = start;
                        }
                        self.records.push((k, start..start));
                        opened = Some(start);
                    }
                    (Some(k), Some((current, _))) if k == *current && name != top => {}
                    _ => return Err((n, SaveWarningKind::InterleavedTables)),
                }
            } else if self.records.is_empty() && !t.is_empty() && !t.starts_with('#') {
                return Err((n, SaveWarningKind::KeysOutsideTables));
            }
            self.comments_from = match (t.starts_with('#'), self.comments_from) {
                (true, None) => Some(self.offset),
                (true, kept) => kept,
                (false, _) => None,
            };
        }
        self.strings.after(line);
        self.offset += line.len();
        Ok(opened)
    }

    /// The bytes fed so far.
    pub(crate) fn offset(&self) -> usize {
        self.offset
    }

    /// The kind of the last record opened.
    pub(crate) fn last_kind(&self) -> Option<usize> {
        self.records.last().map(|(k, _)| *k)
    }

    /// Where the comment lines directly above the next line begin, if it follows such lines.
    pub(crate) fn comments_from(&self) -> Option<usize> {
        self.comments_from
    }

    /// The records of the text fed, the last one running to its end.
    pub(crate) fn finish(mut self) -> Blocks {
        let len = self.offset;
        if let Some((_, last)) = self.records.last_mut() {
            last.end = len;
        }
        let first = self.records.first().map_or(len, |(_, r)| r.start);
        Blocks {
            preamble: 0..first,
            records: self.records,
            newline: self.newline.unwrap_or("\n"),
        }
    }
}

/// What becomes of one record of the file in a save.
#[derive(Debug)]
pub(crate) enum Fate {
    /// Copied as it is.
    Keep,
    /// Removed, with its comments.
    Drop,
    /// Changed: merged with its new text (the crate's TOML of the record alone).
    Replace(String),
}

/// What a save writes into a TOML file cut into [`Blocks`]: the fate of each record of each
/// kind (in file order) and the new records of each kind (the crate's TOML of each).
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub fates: [Vec<Fate>; 3],
    pub added: [Vec<String>; 3],
    /// Organization ids changed since the file was read: old id → new id.
    pub renamed: Renamed,
}

/// Organization ids changed: old id → new id.
pub(crate) type Renamed = std::collections::HashMap<String, String>;

/// What a record's merge carries along: where new sub-tables go, and the renamed ids.
#[cfg(feature = "toml-edit")]
struct Cx<'a> {
    next_position: isize,
    renamed: &'a Renamed,
}

/// The new text of a file cut into `blocks` (from `old`) after `plan`, whole, and the records
/// whose merge failed (written in the crate's layout), by their first line in `old`.
#[cfg(test)]
pub(crate) fn splice(old: &str, blocks: &Blocks, plan: &Plan) -> (String, Vec<(usize, String)>) {
    let mut out = super::new_text::WholeText::new(old);
    let rewritten = splice_into(old, blocks, plan, &mut out);
    (out.into_string(), rewritten)
}

/// The new text of a file cut into `blocks` (from `old`: the whole text, or what a cut of the
/// file as it was read holds of it) after `plan`, into `out` (a whole text, or a
/// [`super::new_text::Spliced`] one that a save streams, copying the untouched records from
/// the old file); returns the records whose merge failed (written in the crate's layout), by
/// their first line in `old`.
pub(crate) fn splice_into(
    old: &(impl OldText + ?Sized),
    blocks: &Blocks,
    plan: &Plan,
    out: &mut impl TextOut,
) -> Vec<(usize, String)> {
    let nl = blocks.newline;
    out.copy(blocks.preamble.clone());
    let mut rewritten = Vec::new();
    let mut seen = [0usize; 3];
    let last: [Option<usize>; 3] =
        std::array::from_fn(|k| blocks.records.iter().rposition(|(kind, _)| *kind == k));
    let last_of = |k: usize| last.get(k).copied().flatten();
    let mut need_gap = false;
    for (i, (k, range)) in blocks.records.iter().enumerate() {
        let ordinal = seen.get(*k).copied().unwrap_or(0);
        if let Some(s) = seen.get_mut(*k) {
            *s += 1;
        }
        let fate = plan.fates.get(*k).and_then(|f| f.get(ordinal));
        match fate {
            Some(Fate::Drop) => {}
            Some(Fate::Replace(new)) => {
                gap(out, &mut need_gap, nl);
                let text = old.text(range.clone()).unwrap_or("");
                match merge_record(text, new, nl, &plan.renamed) {
                    Some(merged) => out.push(&merged),
                    None => {
                        let line = old.line_at(range.start);
                        rewritten.push((line, KINDS.get(*k).copied().unwrap_or("").to_owned()));
                        add_record(out, new, nl);
                        need_gap = true;
                    }
                }
            }
            Some(Fate::Keep) | None => {
                gap(out, &mut need_gap, nl);
                out.copy(range.clone());
            }
        }
        if last_of(*k) == Some(i) {
            for new in plan.added.get(*k).into_iter().flatten() {
                add_record(out, new, nl);
                need_gap = true;
            }
        }
    }
    for (k, added) in plan.added.iter().enumerate() {
        if last_of(k).is_none() {
            for new in added {
                add_record(out, new, nl);
            }
        }
    }
    rewritten
}

/// A blank line before a record that follows a record this save wrote.
fn gap(out: &mut impl TextOut, need_gap: &mut bool, nl: &str) {
    if std::mem::take(need_gap) && !out.ends_with(&format!("{nl}{nl}")) {
        out.push(nl);
    }
}

/// Appends a record in the crate's layout, after a blank line.
fn add_record(out: &mut impl TextOut, text: &str, nl: &str) {
    if !out.is_empty() {
        if !out.ends_with(nl) {
            out.push(nl);
        }
        if !out.ends_with(&format!("{nl}{nl}")) {
            out.push(nl);
        }
    }
    out.push(&with_newline(text, nl));
}

fn with_newline(text: &str, nl: &str) -> String {
    if nl == "\n" {
        text.to_owned()
    } else {
        text.replace("\r\n", "\n").replace('\n', nl)
    }
}

/// Without the `toml-edit` feature a changed record is written whole, in the crate's layout (its
/// comments go; the save reports it as a [`SaveWarning`]).
#[cfg(not(feature = "toml-edit"))]
fn merge_record(_: &str, _: &str, _: &str, _: &Renamed) -> Option<String> {
    None
}

#[cfg(feature = "toml-edit")]
use merge::merge_record;

/// Merging a changed record key by key into its old text (`toml_edit`).
#[cfg(feature = "toml-edit")]
mod merge {
    use serde_json::Value as Json;
    use toml_edit::{Array, DocumentMut, Item, Table, Value};

    use super::{Cx, KINDS, Renamed, with_newline};

    /// One record's text (with its comments) changed to say what `new` (the crate's TOML of the
    /// record alone) says, key by key; `None` when the merge would not say exactly that.
    pub(super) fn merge_record(
        old: &str,
        new: &str,
        nl: &str,
        renamed: &Renamed,
    ) -> Option<String> {
        let mut doc: DocumentMut = old.parse().ok()?;
        let fresh: DocumentMut = new.parse().ok()?;
        let key = KINDS.iter().find(|k| doc.contains_key(k))?;
        let new_table = match fresh.get(key) {
            Some(Item::ArrayOfTables(a)) if a.len() == 1 => a.get(0)?,
            _ => return None,
        };
        let Some(Item::ArrayOfTables(tables)) = doc.get_mut(key) else {
            return None;
        };
        if tables.len() != 1 {
            return None;
        }
        let mut cx = Cx {
            next_position: 1 << 20,
            renamed,
        };
        merge_table(tables.get_mut(0)?, new_table, &mut cx);
        let merged = with_newline(&doc.to_string(), nl);
        let check: DocumentMut = merged.parse().ok()?;
        let data = |d: &DocumentMut| d.get(key).map(json);
        (data(&check) == data(&fresh)).then_some(merged)
    }

    /// Gives `t` and its sub-tables positions after every table of the record.
    fn place_after(t: &mut Table, next_position: &mut isize) {
        t.set_position(Some(*next_position));
        *next_position += 1;
        for (_, item) in t.iter_mut() {
            if let Item::ArrayOfTables(a) = item {
                for sub in a.iter_mut() {
                    place_after(sub, next_position);
                }
            }
        }
    }

    /// `old` changed to hold what `new` holds, key by key: keys whose values are the same (as
    /// loading reads them) keep their text; a key missing from `old` whose new value is what
    /// loading reads for a missing key (`false`) stays missing.
    fn merge_table(old: &mut Table, new: &Table, cx: &mut Cx<'_>) {
        let gone: Vec<String> = old
            .iter()
            .filter(|(k, v)| !new.contains_key(k) && !is_default(&json(v)))
            .map(|(k, _)| k.to_owned())
            .collect();
        for k in gone {
            old.remove(&k);
        }
        for (key, new_item) in new.iter() {
            match old.get_mut(key) {
                Some(old_item) if same(old_item, new_item) => {}
                Some(old_item) => merge_item(old_item, new_item, cx),
                None if is_default(&json(new_item)) => {}
                None => {
                    let mut item = new_item.clone();
                    if let Item::ArrayOfTables(a) = &mut item {
                        for t in a.iter_mut() {
                            place_after(t, &mut cx.next_position);
                        }
                    }
                    old.insert(key, item);
                }
            }
        }
    }

    fn merge_item(old: &mut Item, new: &Item, cx: &mut Cx<'_>) {
        match (&mut *old, new) {
            (Item::Value(Value::Array(a)), Item::Value(Value::Array(b))) => {
                merge_array(a, b, cx.renamed)
            }
            (Item::ArrayOfTables(a), Item::ArrayOfTables(b)) => {
                // Sections have no id: matched by position.
                while a.len() > b.len() {
                    a.remove(a.len() - 1);
                }
                for (i, n) in b.iter().enumerate() {
                    match a.get_mut(i) {
                        Some(t) => merge_table(t, n, cx),
                        None => {
                            let mut t = n.clone();
                            place_after(&mut t, &mut cx.next_position);
                            a.push(t);
                        }
                    }
                }
            }
            (Item::Table(a), Item::Table(b)) => merge_table(a, b, cx),
            (Item::Value(a), Item::Value(b)) => {
                // The old spacing around the value is kept.
                let decor = a.decor().clone();
                *a = b.clone();
                *a.decor_mut() = decor;
            }
            (old, new) => *old = new.clone(),
        }
    }

    /// One element of an array as its lines hold it: the comment lines above it (with the line
    /// break before them and its indentation), the value, the space before its comma, and what
    /// follows the comma on its line (a comment).
    #[derive(Clone)]
    struct Line {
        above: String,
        value: Value,
        after: String,
    }

    /// A decor string split at its first line break: what belongs to the line before, and the rest.
    fn split_line(s: &str) -> (String, String) {
        match s.find('\n') {
            Some(i) => {
                // A `\r` before the line break stays with it.
                let cut = if i > 0 && s.as_bytes().get(i - 1) == Some(&b'\r') {
                    i - 1
                } else {
                    i
                };
                (
                    s.get(..cut).unwrap_or("").to_owned(),
                    s.get(cut..).unwrap_or("").to_owned(),
                )
            }
            None => (s.to_owned(), String::new()),
        }
    }

    fn prefix_of(v: &Value) -> String {
        v.decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_owned()
    }

    /// The array's elements with their lines, what follows `[` on its line, and what comes before
    /// `]` after the last element's line.
    fn lines_of(a: &Array) -> (String, Vec<Line>, String) {
        let values: Vec<&Value> = a.iter().collect();
        let mut head = String::new();
        let mut lines: Vec<Line> = Vec::with_capacity(values.len());
        for (i, v) in values.iter().enumerate() {
            let (first, rest) = split_line(&prefix_of(v));
            match lines.last_mut() {
                Some(prev) => prev.after = first,
                None if i == 0 => head = first,
                None => {}
            }
            let mut value = (*v).clone();
            value.decor_mut().set_prefix("");
            lines.push(Line {
                above: rest,
                value,
                after: String::new(),
            });
        }
        let (first, rest) = split_line(a.trailing().as_str().unwrap_or(""));
        match lines.last_mut() {
            Some(prev) => prev.after = first,
            None => head.push_str(&first),
        }
        (head, lines, rest)
    }

    /// The key that identifies an element among its neighbours: an entry's organization.
    fn element_key(v: &Value) -> Option<String> {
        v.as_inline_table()?.get("org")?.as_str().map(str::to_owned)
    }

    /// `old` changed to hold `new`'s elements. Elements keep their lines (comments above and after
    /// them): entries are matched by organization (an entry that moves takes its comments along),
    /// other elements by their common beginning and end; a new element is laid out like its
    /// neighbour, without comments.
    fn merge_array(old: &mut Array, new: &Array, renamed: &Renamed) {
        let (head, lines, rest) = lines_of(old);
        // A new element's layout: the line break and indentation of the first one, without its
        // comments.
        let template = lines
            .first()
            .and_then(|l| {
                let nl = l.above.rfind('\n')?;
                let from = if l.above.get(..nl)?.ends_with('\r') {
                    nl - 1
                } else {
                    nl
                };
                l.above.get(from..).map(str::to_owned)
            })
            .unwrap_or_else(|| " ".to_owned());
        let keyed = new.iter().all(|v| element_key(v).is_some())
            && lines.iter().all(|l| element_key(&l.value).is_some());
        let matched: Vec<Option<usize>> = if keyed {
            let by_key: std::collections::HashMap<String, usize> = lines
                .iter()
                .enumerate()
                .filter_map(|(i, l)| Some((element_key(&l.value)?, i)))
                .collect();
            // An entry of an organization that was renamed is the same entry (unless the new id
            // has an entry of its own: a merge).
            let mut by_key = by_key;
            for (k, i) in by_key.clone() {
                if let Some(to) = renamed.get(&k) {
                    by_key.entry(to.clone()).or_insert(i);
                }
            }
            new.iter()
                .map(|v| element_key(v).and_then(|k| by_key.get(&k).copied()))
                .collect()
        } else {
            ends_matched(&lines, new)
        };
        let mut out: Vec<Line> = Vec::with_capacity(new.len());
        for (v, m) in new.iter().zip(matched) {
            let mut line = match m.and_then(|i| lines.get(i)) {
                Some(l) => l.clone(),
                None => Line {
                    above: template.clone(),
                    value: v.clone(),
                    after: String::new(),
                },
            };
            if value_json(&line.value) != value_json(v) {
                let decor = line.value.decor().clone();
                line.value = v.clone();
                *line.value.decor_mut() = decor;
                line.value.decor_mut().set_prefix("");
            }
            out.push(line);
        }
        rebuild(old, head, out, rest);
    }

    /// For each new element, the old element it is (by their common beginning and end).
    fn ends_matched(lines: &[Line], new: &Array) -> Vec<Option<usize>> {
        let (n_old, n_new) = (lines.len(), new.len());
        let same_at = |i: usize, j: usize| {
            lines.get(i).map(|l| value_json(&l.value)) == new.get(j).map(value_json)
        };
        let mut head = 0;
        while head < n_old.min(n_new) && same_at(head, head) {
            head += 1;
        }
        let mut tail = 0;
        while tail < (n_old - head).min(n_new - head) && same_at(n_old - 1 - tail, n_new - 1 - tail)
        {
            tail += 1;
        }
        (0..n_new)
            .map(|j| {
                if j < head {
                    Some(j)
                } else if j >= n_new - tail {
                    Some(n_old - (n_new - j))
                } else {
                    None
                }
            })
            .collect()
    }

    /// Writes `lines` back into `array`: each element's prefix is what followed the previous
    /// element's comma on its line, then its own comment lines.
    fn rebuild(array: &mut Array, head: String, lines: Vec<Line>, rest: String) {
        let trailing_comma = array.trailing_comma();
        array.clear();
        let mut before = head;
        for line in lines {
            let mut value = line.value;
            let above = if before.contains('#') && !line.above.starts_with(['\n', '\r']) {
                format!("\n{}", line.above)
            } else {
                line.above
            };
            value.decor_mut().set_prefix(format!("{before}{above}"));
            array.push_formatted(value);
            before = line.after;
        }
        let rest = if before.contains('#') && !rest.starts_with(['\n', '\r']) {
            format!("\n{rest}")
        } else {
            rest
        };
        array.set_trailing(format!("{before}{rest}"));
        array.set_trailing_comma(trailing_comma && !array.is_empty());
    }

    fn same(a: &Item, b: &Item) -> bool {
        json(a) == json(b)
    }

    /// Whether a value is what loading reads for a missing key (a `false` flag).
    fn is_default(v: &Json) -> bool {
        *v == Json::Bool(false)
    }

    /// An item as loading reads it, whatever its layout (a table or an inline table, spacing,
    /// quotes): texts in NFC with white space collapsed, language tags in their preferred form,
    /// `false` flags as missing keys.
    fn json(item: &Item) -> Json {
        match item {
            Item::None => Json::Null,
            Item::Value(v) => value_json(v),
            Item::Table(t) => table_json(t.iter()),
            Item::ArrayOfTables(a) => Json::Array(a.iter().map(|t| table_json(t.iter())).collect()),
        }
    }

    fn table_json<'a>(items: impl Iterator<Item = (&'a str, &'a Item)>) -> Json {
        Json::Object(
            items
                .map(|(k, v)| (k.to_owned(), keyed_json(k, json(v))))
                .filter(|(_, v)| !is_default(v))
                .collect(),
        )
    }

    /// A value under key `key` as loading reads it: a language tag (`lang`, the keys of `title`)
    /// in its preferred form.
    fn keyed_json(key: &str, v: Json) -> Json {
        match (key, v) {
            ("lang", Json::String(s)) => Json::String(tag(&s)),
            ("title", Json::Object(m)) => {
                Json::Object(m.into_iter().map(|(k, v)| (tag(&k), v)).collect())
            }
            (_, v) => v,
        }
    }

    fn tag(s: &str) -> String {
        crate::files::decode::parse_tag(s).map_or_else(|_| s.to_owned(), |(t, _)| t.to_string())
    }

    fn value_json(v: &Value) -> Json {
        match v {
            Value::String(s) => Json::String(crate::text::normalize(s.value())),
            Value::Integer(i) => Json::from(*i.value()),
            Value::Float(f) => Json::from(*f.value()),
            Value::Boolean(b) => Json::Bool(*b.value()),
            Value::Datetime(d) => Json::String(d.value().to_string()),
            Value::Array(a) => Json::Array(a.iter().map(value_json).collect()),
            Value::InlineTable(t) => Json::Object(
                t.iter()
                    .map(|(k, v)| (k.to_owned(), keyed_json(k, value_json(v))))
                    .filter(|(_, v)| !is_default(v))
                    .collect(),
            ),
        }
    }
}

#[cfg(all(test, feature = "toml-edit"))]
mod tests {
    use super::{Fate, Plan, SaveWarningKind, blocks, splice};

    fn plan_one(k: usize, fates: Vec<Fate>, added: Vec<String>) -> Plan {
        let mut p = Plan::default();
        if let Some(f) = p.fates.get_mut(k) {
            *f = fates;
        }
        if let Some(a) = p.added.get_mut(k) {
            *a = added;
        }
        p
    }

    #[test]
    fn a_changed_record_keeps_its_comments_and_the_others_their_bytes() {
        let old = "# Registry kept by hand.\n\n[[organization]]\nid = \"a\"   # the first\nnames = [\n  { text = \"A\", lang = \"de\", kind = \"original\" }, # doubt: spelling\n]\n\n[[organization]]\nid = \"b\"\nnames = [{text=\"B\",lang=\"de\",kind=\"original\"}]\n";
        // "a" with a name added, in the crate's canonical layout.
        let new_a = "[[organization]]\nid = \"a\"\nnames = [\n  { text = \"A\", lang = \"de\", kind = \"original\" },\n  { text = \"Aa\", lang = \"en\", kind = \"translation\" },\n]\n";
        let b = blocks(old).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(b.counts(), [0, 2, 0]);
        let plan = plan_one(1, vec![Fate::Replace(new_a.into()), Fate::Keep], vec![]);
        let (merged, rewritten) = splice(old, &b, &plan);
        assert!(rewritten.is_empty());
        assert_eq!(
            merged,
            "# Registry kept by hand.\n\n[[organization]]\nid = \"a\"   # the first\nnames = [\n  { text = \"A\", lang = \"de\", kind = \"original\" }, # doubt: spelling\n  { text = \"Aa\", lang = \"en\", kind = \"translation\" },\n]\n\n[[organization]]\nid = \"b\"\nnames = [{text=\"B\",lang=\"de\",kind=\"original\"}]\n"
        );
    }

    proptest::proptest! {
        /// Triple quotes are counted as `str::matches` counts them.
        #[test]
        fn triple_quotes_are_counted_as_matches_counts_them(
            line in proptest::collection::vec(proptest::sample::select(vec!['"', '\'', 'a', '\\']), 0..24),
        ) {
            let line: String = line.into_iter().collect();
            for (quote, three) in [(b'"', "\"\"\""), (b'\'', "'''")] {
                let odd = line.matches(three).count() % 2 == 1;
                proptest::prop_assert_eq!(crate::files::toml::odd_triples(line.as_bytes(), quote), odd, "{}", line);
            }
        }
    }

    #[test]
    fn layouts_that_cannot_be_cut_say_where() {
        let inline = "organization = [{ id = \"a\" }]\n";
        assert_eq!(
            blocks(inline).err(),
            Some((1, SaveWarningKind::KeysOutsideTables))
        );
        let interleaved = "[[statement]]\nid = \"s\"\n\n[[organization]]\nid = \"a\"\n\n[[statement.section]]\nkind = \"initial\"\n";
        assert_eq!(
            blocks(interleaved).err(),
            Some((7, SaveWarningKind::InterleavedTables))
        );
        let multiline = "[[organization]]\nid = \"a\"\nnote = \"\"\"\n[[organization]]\n\"\"\"\n";
        assert_eq!(blocks(multiline).map(|b| b.counts()).ok(), Some([0, 1, 0]));
    }
}
