//! A numbered list printed twice on one page, the second printing going on further: a page
//! that shows its first signers, then the whole list as it grew ("1. Justice for Journalists
//! Foundation" … "13. School of Peacemaking …", then "1. Justice for Journalists Foundation" …
//! "16. Association of Independent Press of Moldova, API"). The list is read once, in its
//! fuller printing; the lines of the first are skipped as notes. A list printed again right
//! after itself with no break between the printings writes the second's first name against
//! the first's last ("Unioni i Gazetarëve ShqiptarëFaktoje"): that name is cut off.

use super::assemble::{RawEntry, skip};
use super::lines::Line;
use super::{ParsedList, SkipReason};
use crate::FastSet;

/// Leaves out the first printing of a numbered list printed again from its number 1 with the
/// same names in the same order and more after them.
pub(super) fn drop_first_printing(raw: &mut Vec<RawEntry>, lines: &[Line], out: &mut ParsedList) {
    let Some(k) = reprinted_from(raw) else {
        return;
    };
    let first: Vec<RawEntry> = raw.drain(..k).collect();
    for no in first.iter().flat_map(|r| r.lines.iter()) {
        if let Some(l) = lines.iter().find(|l| l.no == *no) {
            skip(out, l, SkipReason::Note);
        }
    }
}

/// Cuts from an entry's end a name another entry of the list is, written against the entry's
/// last word without a space, a small letter then the name's capital ("… Gazetarëve
/// ShqiptarëFaktoje", where "Faktoje" is an entry of its own above): the first name of the
/// list's second printing, glued to the first printing's last.
pub(super) fn unglue_reprint(raw: &mut [RawEntry]) {
    // Most lists have no word with a capital after a small letter: nothing to look up.
    if !raw
        .iter()
        .any(|r| inner_capitals(r.text.trim_end()).next().is_some())
    {
        return;
    }
    let names: FastSet<String> = raw.iter().map(|r| r.text.trim().to_owned()).collect();
    for r in raw.iter_mut() {
        let text = r.text.trim_end();
        let cut = inner_capitals(text).find(|&i| text.get(i..).is_some_and(|n| names.contains(n)));
        if let Some(cut) = cut {
            r.text.truncate(cut);
        }
    }
}

/// The byte offsets, in a text's last word, of each capital that follows a small letter of
/// the same word (where another entry's name may be glued on).
fn inner_capitals(text: &str) -> impl Iterator<Item = usize> + '_ {
    let word_start = text.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word = text.get(word_start..).unwrap_or_default();
    word.char_indices()
        .scan(None::<char>, move |prev, (i, c)| {
            let glued = c.is_uppercase() && prev.is_some_and(char::is_lowercase);
            *prev = Some(c);
            Some(glued.then_some(word_start + i))
        })
        .flatten()
}

/// Where the list starts again: the index of a second entry numbered 1 after a block numbered
/// from 1 on, whose entries the block's repeat one for one, with at least one more after them.
fn reprinted_from(raw: &[RawEntry]) -> Option<usize> {
    if raw.first()?.number != Some(1) {
        return None;
    }
    let k = raw.iter().skip(1).position(|r| r.number == Some(1))? + 1;
    let (first, again) = raw.split_at(k);
    let same = |a: &RawEntry, b: &RawEntry| a.number == b.number && a.text.trim() == b.text.trim();
    (k >= 2 && again.len() > first.len() && first.iter().zip(again).all(|(a, b)| same(a, b)))
        .then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statement::SectionKind;

    fn entry(number: u32, text: &str, line: usize) -> RawEntry {
        RawEntry {
            lines: vec![line],
            number: Some(number),
            text: text.to_owned(),
            section: SectionKind::Initial,
            group_country: None,
            run_in: false,
            run_sign: None,
        }
    }

    /// tests/fixtures/ingest/real/bs-bhnovinari-izjava-podrske-ukrajini-i-ukrajinskim-
    /// novinarima (a statement's signers, lines 14–42): the first thirteen, then all sixteen.
    #[test]
    fn the_fuller_printing_is_read() {
        let names = [
            "Justice for Journalists Foundation",
            "Index on Censorship",
            "Yerevan Press Club",
        ];
        let mut raw: Vec<RawEntry> = Vec::new();
        for (i, n) in names.iter().take(2).enumerate() {
            raw.push(entry(i as u32 + 1, n, 14 + i));
        }
        for (i, n) in names.iter().enumerate() {
            raw.push(entry(i as u32 + 1, n, 16 + i));
        }
        assert_eq!(reprinted_from(&raw), Some(2));
        // Printed twice alike, or a second list of other names: no reprint.
        let twice: Vec<RawEntry> = raw.iter().skip(2).take(2).cloned().collect();
        let mut alike = twice.clone();
        alike.extend(twice);
        assert_eq!(reprinted_from(&alike), None);
        let other = vec![
            entry(1, "A", 1),
            entry(2, "B", 2),
            entry(1, "C", 3),
            entry(2, "D", 4),
            entry(3, "E", 5),
        ];
        assert_eq!(reprinted_from(&other), None);
    }

    /// tests/fixtures/ingest/real/sq-kshm-deklarate-organizatave-ligji-antishpifje, lines 21
    /// and 47: the second printing's "Faktoje" glued to the first printing's last name. A
    /// name with a capital inside a word ("Qendra Shqiptare MediaLook") keeps it.
    #[test]
    fn a_name_glued_to_the_last_is_cut() {
        let mut raw = vec![
            entry(0, "Faktoje", 21),
            entry(0, "Qendra Shqiptare MediaLook", 39),
            entry(0, "Unioni i Gazetarëve ShqiptarëFaktoje", 47),
        ];
        unglue_reprint(&mut raw);
        let texts: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Faktoje",
                "Qendra Shqiptare MediaLook",
                "Unioni i Gazetarëve Shqiptarë"
            ]
        );
    }
}
