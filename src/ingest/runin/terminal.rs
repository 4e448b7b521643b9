//! A script's own mark that ends sentences or clauses written between names as their
//! separator: the Urdu full stop "۔" ("جماعت اسلامی۔ پی ٹی ائی۔ پاکستان مسلم لیگ نون۔ …"), the
//! Tibetan shad "།" ("…ཚོགས་པ། …ཚོགས་པ། …"), the Ethiopic semicolon "፤" ("…ሕድሪ፤ …፤ …").
//! Such a mark is in Unicode's Terminal_Punctuation or Sentence_Terminal; the text itself
//! shows it separates names where it ends short pieces one after the other.

use crate::ingest::listwords::ListWords;
use crate::ingest::script::{letter, list_punctuation, sentence_terminal};

/// The longest piece, in characters, still taken for a name between two such marks (a
/// Tibetan name is one word between spaces: its length tells it from a clause).
const NAME_CHARS: usize = 40;
/// The most words between spaces of a name between two such marks.
const NAME_WORDS: usize = 6;

/// Where a mark of the text's script that ends sentences or clauses (not ".", "!", "?" and not
/// a separator of the list patterns), written against a letter and followed by a space, parts
/// names: the marks around three short pieces in a row (each no longer than a name and ending
/// no sentence inside), or around one or two with the list's conjunction among the first
/// words after the last of them ("A۔ B۔ C۔ اور D کے …", "A፤ B፤ C እና D ናቸው።"). The byte
/// offsets of those marks; the same mark elsewhere in the text ends its sentences.
pub(super) fn terminal_between_names(text: &str, lw: &ListWords) -> Vec<usize> {
    let mut seen: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| mark_of_a_script(c, lw)) {
        if seen.contains(&c) {
            continue;
        }
        seen.push(c);
        let marks = marks_between_names(text, c, lw);
        if !marks.is_empty() {
            return marks;
        }
    }
    Vec::new()
}

/// Whether a character may be a script's own mark between names: a terminal mark of a
/// script other than Latin, not a separator of the list patterns.
fn mark_of_a_script(c: char, lw: &ListWords) -> bool {
    !c.is_ascii() && (list_punctuation(c) || sentence_terminal(c)) && !lw.is_separator(c)
}

/// The marks `c` that part short pieces as [`terminal_between_names`] asks (none if they part
/// none).
fn marks_between_names(text: &str, c: char, lw: &ListWords) -> Vec<usize> {
    let (segments, marks) = segments_at(text, c);
    let short = |s: &str| {
        let words = s.split_whitespace().count();
        (1..=NAME_WORDS).contains(&words)
            && s.trim().chars().count() <= NAME_CHARS
            && !s.chars().any(sentence_terminal)
    };
    let mut in_row = 0;
    for (k, s) in segments.iter().enumerate().skip(1) {
        let conjunction = s
            .split_whitespace()
            .take(NAME_WORDS + 1)
            .any(|w| lw.is_conjunction(w));
        // (The marks around the run: the one before its first short piece to the one after
        // its last, `marks[k - 1]`.)
        let ends = !(k + 1 < segments.len() && short(s));
        if (in_row >= 1 && conjunction) || (in_row >= 3 && ends) {
            return marks.get(k - 1 - in_row..k).unwrap_or_default().to_vec();
        }
        in_row = if ends { 0 } else { in_row + 1 };
    }
    Vec::new()
}

/// The text cut at each `c` written against a letter (or a closing parenthesis) and followed
/// by a space: the pieces, and the byte offsets of the marks between them.
fn segments_at(text: &str, c: char) -> (Vec<&str>, Vec<usize>) {
    let (mut out, mut marks) = (Vec::new(), Vec::new());
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, x)) = chars.next() {
        let spaced = chars.peek().is_some_and(|&(_, n)| n.is_whitespace());
        let glued = prev.is_some_and(|p| letter(p) || p == ')');
        if x == c && glued && spaced {
            out.push(text.get(start..i).unwrap_or_default());
            marks.push(i);
            start = i + x.len_utf8();
        }
        prev = Some(x);
    }
    out.push(text.get(start..).unwrap_or_default());
    (out, marks)
}

#[cfg(test)]
mod tests {
    use super::super::run_in;
    use super::*;
    use crate::ingest::listwords::list_words;

    fn lw(tag: &str) -> std::sync::Arc<ListWords> {
        list_words(&tag.parse().unwrap_or_default())
    }

    /// ur-daily66news-haripur-sasp-jazba-siyasi-jamaatein: the parties parted by the Urdu
    /// full stop, "اور" before the last.
    #[test]
    fn names_parted_by_the_urdu_full_stop() {
        let text = "اس نشست میں ہری پور میں سیاسی طور پر فعال تمام سیاسی جماعتوں نے شرکت کی جس میں جماعت اسلامی۔ پی ٹی ائی۔ پاکستان مسلم لیگ نون۔ پاکستان پیپل پارٹی۔ اور عوامی نیشنل پارٹی کے ضلعی صدور نے شرکت کی ۔";
        assert_eq!(terminal_between_names(text, &lw("ur")).len(), 4);
        let items = run_in(text, &lw("ur")).unwrap_or_default();
        for name in ["پی ٹی ائی", "پاکستان مسلم لیگ نون", "پاکستان پیپل پارٹی"]
        {
            assert!(items.iter().any(|i| i == name), "{items:?}");
        }
    }

    /// bo-bangchen-tshogs-pa-lnga-mar-me-khrom-skor: Tibetan names parted by the shad.
    #[test]
    fn names_parted_by_the_tibetan_shad() {
        let text = "ཟླ་འདིའི་ཚེས་༢༣ གྱི་དགོང་དྲོ་རྡ་ས་ཁུལ་དུ་ཡོད་པའི་གཞུང་འབྲེལ་མ་ཡིན་པའི་ཚོགས་པ་བོད་ཀྱི་གཞོན་ནུ་ལྷན་ཚོགས་དང། བོད་ཀྱི་བུད་མེད་ཚོགས་པ། དགུ་བཅུ་གསུམ་ལས་འགུལ་ཚོགས་པ། བོད་རང་དབང་སློབ་ཕྲུག་ཚོགས་པ། བོད་རྒྱལ་ཡོངས་མང་གཙོ་ཚོགས་པ་བཅས་ཀྱི་གོ་སྒྲིག་འོག་རྒྱ་གཞུང་གི་བྱེད་བབ་ལ་མི་འདོད་པའི་རྣམ་འགྱུར་མཚོན་ཆེད། མིང་མང་གིས་ཁྲོམ་སྐོར་ཞིག་བྱས།";
        assert_eq!(terminal_between_names(text, &lw("bo")).len(), 4);
    }

    /// Sentences of ordinary length ended by the Urdu full stop part no names.
    #[test]
    fn sentences_ended_by_a_full_stop_are_no_names() {
        let text = "اجلاس میں فیصلہ کیا گیا کہ تمام سیاسی جماعتوں سے رابطہ کیا جائے گا۔ انہوں نے کہا کہ اگر ہم متحد ہوجائیں تو کوئی ہمارا مقابلہ نہیں کرسکتا ہے۔ دونوں محاذوں کو ووٹ دینے کا مطلب آر ایس ایس کی تائید کرنا ہوگا۔";
        assert!(terminal_between_names(text, &lw("ur")).is_empty());
    }
}
