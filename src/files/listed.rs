//! Problems of one kind as a source is read: every one counted, the first
//! [`MAX_LISTED_PROBLEMS`] kept in full, the rest said in one last line. The registry's
//! decoder and the open-data readers report through it.

use super::MAX_LISTED_PROBLEMS;
use crate::error::{Location, Problem, ProblemKind};

/// Problems (or warnings) counted and, up to [`MAX_LISTED_PROBLEMS`], kept.
#[derive(Debug, Default)]
pub(crate) struct Listed {
    kept: Vec<Problem>,
    count: usize,
}

impl Listed {
    /// Counts a problem; whether to keep it ([`Listed::keep`]): while `listing` and the list
    /// has room. The caller makes the problem only then.
    pub(crate) fn count_one(&mut self, listing: bool) -> bool {
        self.count += 1;
        listing && self.kept.len() < MAX_LISTED_PROBLEMS
    }

    /// Keeps a problem [`Listed::count_one`] counted.
    pub(crate) fn keep(&mut self, p: Problem) {
        self.kept.push(p);
    }

    /// How many were counted, kept or not.
    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// Whether no more are kept.
    pub(crate) fn is_full(&self) -> bool {
        self.kept.len() >= MAX_LISTED_PROBLEMS
    }

    /// How many are kept and counted now, to return to with [`Listed::rollback`].
    pub(crate) fn mark(&self) -> (usize, usize) {
        (self.kept.len(), self.count)
    }

    /// Forgets what was counted since `mark`.
    pub(crate) fn rollback(&mut self, (kept, count): (usize, usize)) {
        self.kept.truncate(kept);
        self.count = count;
    }

    /// Takes what `part` counted and kept, as if it had been counted here after what was: its
    /// problems kept while there is room, its count added.
    pub(crate) fn absorb(&mut self, part: Listed) {
        let room = MAX_LISTED_PROBLEMS.saturating_sub(self.kept.len());
        self.kept.extend(part.kept.into_iter().take(room));
        self.count += part.count;
    }

    /// The problems kept, then, where some were only counted, one that says how many more
    /// there were (`N more {what} not listed`, in `file` at the last kept one's line).
    pub(crate) fn finish(self, file: &str, what: &str) -> Vec<Problem> {
        let mut list = self.kept;
        if self.count > list.len() {
            let n = self.count - list.len();
            list.push(Problem {
                kind: ProblemKind::NotListed,
                location: Location {
                    file: file.to_owned(),
                    line: list.last().map_or(1, |p| p.location.line),
                    column: 1,
                    field: None,
                },
                message: format!("{n} more {what} not listed"),
                value: String::new(),
            });
        }
        list
    }
}
