//! Where a page prints a word: the words of its lines (runs of letters and figures) indexed
//! once per page, so that the tests of a name "printed on another line" of the page ask only
//! the lines that hold its first word, and a page's cost stays linear in its lines.

use super::lines::Line;
use super::script::alphanumeric;
use crate::FastMap;

/// The lines each word of a page is printed on.
pub(super) struct Words<'a> {
    /// Word → the indexes of the lines that hold it, ascending, each once.
    lines_of: FastMap<&'a str, Vec<usize>>,
}

impl<'a> Words<'a> {
    pub(super) fn new(lines: &'a [Line]) -> Self {
        let mut lines_of: FastMap<&'a str, Vec<usize>> = FastMap::default();
        for (k, l) in lines.iter().enumerate() {
            for w in words(&l.text) {
                let on = lines_of.entry(w).or_default();
                if on.last() != Some(&k) {
                    on.push(k);
                }
            }
        }
        Words { lines_of }
    }

    /// The lines that hold `word` as a whole word, ascending.
    pub(super) fn lines_with(&self, word: &str) -> &[usize] {
        self.lines_of.get(word).map_or(&[], Vec::as_slice)
    }
}

/// A text's words: its runs of letters and figures (`char::is_alphanumeric`).
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !alphanumeric(c))
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::text_lines;

    #[test]
    fn a_word_is_found_on_the_lines_that_print_it_whole() {
        let lines = text_lines("CES-CIOSL-CMT\nPROCESO DE PAZ\nla CES y la CMT, CES\n");
        let index = Words::new(&lines);
        assert_eq!(index.lines_with("CES"), &[0, 2]);
        assert_eq!(index.lines_with("CMT"), &[0, 2]);
        assert!(index.lines_with("PROC").is_empty());
        assert_eq!(
            words("«ΓΣΕΕ» и КТ").collect::<Vec<_>>(),
            ["ΓΣΕΕ", "и", "КТ"]
        );
    }
}
