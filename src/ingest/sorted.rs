//! A list printed one name a line in the order of the alphabet. A line that starts with a small
//! letter is read as the rest of a name broken over two lines ("Federation of" / "trade unions");
//! in a list whose lines follow the alphabet, a line that starts with a small letter and stands
//! in that order between the line before and the line after is a name of its own, written so by
//! its bearer ("Aitec" / "all4trees" / "Alofa Tuvalu", "Enfants de l'Espoir" / "etika" /
//! "Fairtrade Lëtzebuerg"): the page's own order tells it, no list of names.

use super::lines::Line;
use crate::FastSet;

/// The fewest lines of a block (no blank line between them) read as a list in the order of the
/// alphabet: a paragraph of prose has few lines of this shape, a list of signers many.
const SORTED_BLOCK: usize = 8;

/// The letter a line is sorted by: its first letter or digit, lower-cased and without its
/// marks ("Ëmweltberodung" by "e"), as an alphabetical list of names orders them.
fn sort_letter(text: &str) -> Option<String> {
    let first = text.chars().find(|c| c.is_alphanumeric())?;
    Some(crate::find::fold(first.encode_utf8(&mut [0u8; 4])))
}

/// Whether a block's lines follow the alphabet by their first letters: four pairs of
/// neighbours in five or more in order (a list sorted by hand puts a name or two out of place:
/// "Greenpeace" before "Ëmweltberodung"), with [`SORTED_BLOCK`] lines or more.
fn in_alphabetical_order(keys: &[Option<String>]) -> bool {
    if keys.len() < SORTED_BLOCK {
        return false;
    }
    let pairs = keys.len() - 1;
    let in_order = keys
        .windows(2)
        .filter(|w| matches!(w, [Some(a), Some(b)] if a <= b))
        .count();
    in_order * 5 >= pairs * 4
}

/// The lines (indexes into `lines`) that start with a small letter and are names of their own
/// in a list printed in the order of the alphabet ([`in_alphabetical_order`]): each between two
/// lines of its block, its letter between theirs.
pub(super) fn sorted_small_names(lines: &[Line]) -> FastSet<usize> {
    let mut out = FastSet::default();
    let mut start = 0;
    for end in 0..=lines.len() {
        let blank = lines.get(end).is_none_or(|l| l.text.trim().is_empty());
        if !blank {
            continue;
        }
        let block = lines.get(start..end).unwrap_or_default();
        let keys: Vec<Option<String>> = block.iter().map(|l| sort_letter(&l.text)).collect();
        if in_alphabetical_order(&keys) {
            for k in 1..block.len().saturating_sub(1) {
                let starts_small = block
                    .get(k)
                    .is_some_and(|l| l.text.trim_start().starts_with(char::is_lowercase));
                let between = matches!(
                    (keys.get(k - 1), keys.get(k), keys.get(k + 1)),
                    (Some(Some(a)), Some(Some(x)), Some(Some(b))) if a <= x && x <= b
                );
                if starts_small && between {
                    out.insert(start + k);
                }
            }
        }
        start = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines()
            .enumerate()
            .map(|(no, t)| Line {
                no,
                last: no,
                text: t.to_owned(),
                item: false,
                found: crate::ingest::line_marker::MarkerCache::default(),
            })
            .collect()
    }

    /// tests/fixtures/ingest/real/fr-lesmotsontunsens-44-organisations-macron-mercosur, lines
    /// 4–12 of the page as published: the signers in the order of the alphabet, "all4trees"
    /// written in small letters between "Aitec" and "Alofa Tuvalu". A name broken over two
    /// lines breaks the order ("Association pour la défense" / "des droits de l'homme" /
    /// "Attac": self-written contrast), and a paragraph is no sorted list.
    #[test]
    fn a_name_in_small_letters_in_a_sorted_list_is_a_name() {
        let page = "ActionAid France\nAction non-violente COP21 (ANV-COP21)\n\
                    Agir pour l’environnement\nAitec\nall4trees\nAlofa Tuvalu\nAlternatiba\n\
                    Amis de la Terre France\nAttac France";
        assert_eq!(
            sorted_small_names(&lines(page))
                .into_iter()
                .collect::<Vec<_>>(),
            vec![4]
        );
        let broken = "ActionAid France\nAgir pour l’environnement\nAitec\n\
                      Association pour la défense\ndes droits de l'homme\nAttac France\n\
                      Alternatiba\nBLOOM\nCRID";
        assert!(sorted_small_names(&lines(broken)).is_empty());
        let short = "Aitec\nall4trees\nAlofa Tuvalu\nAlternatiba";
        assert!(sorted_small_names(&lines(short)).is_empty());
    }
}
