//! Where each record of the registry is kept: the file it was loaded from (or last saved to),
//! its place among that file's records of its kind, and whether it changed since. A save
//! writes each record back into its own file, copies the untouched ones as bytes, and leaves a
//! file in which nothing changed as it is.

use std::path::PathBuf;

use crate::files::save::Fingerprint;

/// The record kinds, as indexes of [`Origins::of`]: areas, organizations, statements.
pub(crate) const AREA: usize = 0;
pub(crate) const ORGANIZATION: usize = 1;
pub(crate) const STATEMENT: usize = 2;

/// Where one record is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Origin {
    /// The file: an index of [`Origins::files`]; `u32::MAX` for a record no file holds yet.
    pub file: u32,
    /// Its place among the file's records of its kind (0-based).
    pub ordinal: u32,
    /// Whether it changed since the file was read or written.
    pub changed: bool,
}

impl Origin {
    /// A record that no file holds yet (added through the API or from a text).
    pub(crate) const NEW: Origin = Origin {
        file: u32::MAX,
        ordinal: u32::MAX,
        changed: true,
    };

    pub(crate) fn file(&self) -> Option<usize> {
        (self.file != u32::MAX).then_some(self.file as usize)
    }
}

/// A file the registry read or wrote.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    /// Its canonical path.
    pub key: PathBuf,
    /// What it held then.
    pub fingerprint: Fingerprint,
    /// How many records of each kind it held then.
    pub counts: [usize; 3],
}

/// The files the registry read or wrote, and where each record is kept.
#[derive(Debug, Clone, Default)]
pub(crate) struct Origins {
    pub files: Vec<Known>,
    /// Per kind ([`AREA`], [`ORGANIZATION`], [`STATEMENT`]), one origin per record, in
    /// registry order.
    pub of: [Vec<Origin>; 3],
    /// Organizations renamed (or merged into another) since they were loaded: old id → new
    /// id, so that a statement's entry keeps its comments when its organization's id changes.
    pub renamed: crate::files::preserve::Renamed,
}

impl Origins {
    /// The index of the known file with this canonical path.
    pub(crate) fn file(&self, key: &std::path::Path) -> Option<usize> {
        self.files.iter().position(|f| f.key == key)
    }

    /// Records a file as read or written; returns its index.
    pub(crate) fn know(
        &mut self,
        key: PathBuf,
        fingerprint: Fingerprint,
        counts: [usize; 3],
    ) -> usize {
        match self.file(&key) {
            Some(i) => {
                if let Some(f) = self.files.get_mut(i) {
                    f.fingerprint = fingerprint;
                    f.counts = counts;
                }
                i
            }
            None => {
                self.files.push(Known {
                    key,
                    fingerprint,
                    counts,
                });
                self.files.len() - 1
            }
        }
    }

    /// The fingerprint of the known file with this canonical path.
    pub(crate) fn fingerprint(&self, key: &std::path::Path) -> Option<Fingerprint> {
        self.file(key)
            .and_then(|i| self.files.get(i))
            .map(|f| f.fingerprint)
    }

    /// Appends the origins of `count` records of kind `kind` read from file `file` (in file
    /// order), or new ones when `file` is `None`.
    pub(crate) fn push_read(&mut self, kind: usize, file: Option<usize>, count: usize) {
        let Some(list) = self.of.get_mut(kind) else {
            return;
        };
        list.reserve(count);
        for n in 0..count {
            list.push(match (file, u32::try_from(n)) {
                (Some(f), Ok(ordinal)) => Origin {
                    file: u32::try_from(f).unwrap_or(u32::MAX),
                    ordinal,
                    changed: false,
                },
                _ => Origin::NEW,
            });
        }
    }

    /// Records that organization `old` is now `new` (following earlier renames).
    pub(crate) fn rename(&mut self, old: &str, new: &str) {
        for to in self.renamed.values_mut() {
            if to == old {
                new.clone_into(to);
            }
        }
        self.renamed
            .entry(old.to_owned())
            .or_insert_with(|| new.to_owned());
    }

    /// Marks record `i` of kind `kind` as changed.
    pub(crate) fn changed(&mut self, kind: usize, i: usize) {
        if let Some(o) = self.of.get_mut(kind).and_then(|l| l.get_mut(i)) {
            o.changed = true;
        }
    }

    /// Takes the last record of kind `kind` (one that was appended and then moved into the place
    /// of record `i`, which changed).
    pub(crate) fn moved_into(&mut self, kind: usize, i: usize) {
        if let Some(list) = self.of.get_mut(kind) {
            list.pop();
        }
        self.changed(kind, i);
    }

    /// Removes record `i` of kind `kind`.
    pub(crate) fn remove(&mut self, kind: usize, i: usize) {
        if let Some(list) = self.of.get_mut(kind)
            && i < list.len()
        {
            list.remove(i);
        }
    }
}
