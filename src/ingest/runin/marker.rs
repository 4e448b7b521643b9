//! Organizations a sentence without case marks by a word it repeats at each of them: "… சிஐடியு
//! சார்பாக கே.பிரபாகரன் … எல்.பி.எப் சார்பாக அழகர்சாமி … ஏ.ஐ.டி.யு.சி. சார்பாக பாலன் …" (Tamil:
//! each union "on behalf of" its speakers), "“…” أمين عام الاتحاد التونسي للشغل، و”…” أمين عام
//! الاتحاد العام للعمال الجزائرين، …" (Arabic: each federation after its "secretary general").
//! Where letters have no case, the repetition, not a capital, tells where each name is: the
//! word or phrase stands each time beside a stretch the others do not share, the name on one
//! side and the person (or nothing) on the other. Which side holds the name is told by its form:
//! an acronym before each repetition, or stretches after it, each closed by the list's
//! separator, that start with the kind another of them starts with ([`first_kinds`]).

use super::prefixed::first_kinds;
use crate::ingest::enclosed::SHARED_KIND_LETTERS;
use crate::ingest::lexicon::function_word;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{
    alphanumeric, holds_acronym, list_punctuation, phrase_spaced, syllabic_acronym, uncased,
};

/// The fewest times a marker is printed in one sentence.
const MARKED: usize = 3;

/// The organizations a sentence without case marks by a word or phrase of one to three words
/// that it prints three times or more: the longest such marker whose names read by form
/// ([`names_before`], [`names_after`]).
pub(super) fn marker_run(sentence: &str) -> Option<Vec<String>> {
    if !uncased(sentence) {
        return None;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    (1..=3).rev().find_map(|n| {
        markers(&words, n)
            .into_iter()
            .find_map(|at| names_before(&words, &at, n).or_else(|| names_after(&words, &at, n)))
    })
}

/// A word as a marker compares it: without the signs around it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !(alphanumeric(c) || crate::text::is_mark(c)))
}

/// Whether a word may be part of a marker: a word of two letters or more, no figure, no
/// function word of the reader's languages ("and", "of", "in" are repeated by any sentence)
/// and no acronym (a name the sentence repeats is no marker).
fn marker_word(w: &str) -> bool {
    let b = bare(w);
    b.chars().count() >= 2
        && !b.contains(|c: char| c.is_numeric())
        && !function_word(b)
        && !holds_acronym(b)
        && !syllabic_acronym(b)
}

/// Whether the phrase of `n` words at `k` stands inside a piece of the sentence: neither it
/// nor the word before it ends with the list's separator. A word after a separator starts a
/// name (the kind a run prints before each name, "حزب …، حزب …"), a word before one ends it
/// ("… পার্টি, … পার্টি,"): a marker stands between a name and what it marks, the person.
fn inside_piece(words: &[&str], k: usize, n: usize) -> bool {
    let parted = |w: &&str| w.trim_end_matches(closing_sign).ends_with(list_punctuation);
    let before = k.checked_sub(1).and_then(|b| words.get(b));
    !before.is_some_and(parted) && !words.get(k..k + n).is_some_and(|p| p.iter().any(parted))
}

/// A sign that closes a quotation or a group after a word ("…\",", "…)،").
fn closing_sign(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›' | '）')
}

/// The places (word indexes) of each phrase of `n` words printed [`MARKED`] times or more in
/// the words, apart from one another, most printed first.
fn markers(words: &[&str], n: usize) -> Vec<Vec<usize>> {
    // (Each phrase's places, found by the phrase: a long sentence is read once.)
    let mut seen: crate::FastMap<Vec<&str>, Vec<usize>> = crate::FastMap::default();
    for k in 0..words.len().saturating_sub(n - 1) {
        let Some(phrase) = words.get(k..k + n) else {
            continue;
        };
        if !phrase.iter().all(|w| marker_word(w)) || !inside_piece(words, k, n) {
            continue;
        }
        let at = seen
            .entry(phrase.iter().map(|w| bare(w)).collect())
            .or_default();
        if at.last().is_none_or(|&l| l + n < k) {
            at.push(k);
        }
    }
    let mut found: Vec<Vec<usize>> = seen.into_values().filter(|at| at.len() >= MARKED).collect();
    // (Most printed first; of as many, the one printed first.)
    found.sort_by_key(|at| (std::cmp::Reverse(at.len()), at.first().copied()));
    found
}

/// The names a marker of `n` words follows, each one word that is an acronym by its form, at
/// every place the marker is printed, words between each marker and the next name ("சிஐடியு சார்பாக", "ஏ.ஐ.டி.யு.சி. சார்பாக").
fn names_before(words: &[&str], at: &[usize], n: usize) -> Option<Vec<String>> {
    // (Something, the person, stands between a marker and the next name.)
    if !at.windows(2).all(|p| matches!(p, [a, b] if a + n + 1 < *b)) {
        return None;
    }
    let names: Vec<String> = at
        .iter()
        .map(|&k| {
            let w = words.get(k.checked_sub(1)?)?;
            let w = w.trim_end_matches(|c: char| {
                c != '.' && !alphanumeric(c) && !crate::text::is_mark(c)
            });
            let b = bare(w);
            holds_acronym(b).then(|| w.to_owned())
        })
        .collect::<Option<_>>()?;
    distinct(names)
}

/// The names after a marker of `n` words, each the words up to the list's separator, the next
/// name's person after it as one piece ([`one_piece`]), the last up to the sentence's
/// separator or end, at every place the marker is printed, each of one to eight words: the run
/// where each starts with the kind another starts with ("الاتحاد العام …", "اتحاد نقابات …"),
/// as the languages that write the kind first name organizations. (Names that end with their
/// kind, or with an acronym in parentheses, go on after a word inside them that a run repeats,
/// "… ट्रेड यूनियन कांग्रेस (इंटक), …": no marker.)
fn names_after(words: &[&str], at: &[usize], n: usize) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for (i, &k) in at.iter().enumerate() {
        let end = at.get(i + 1).copied().unwrap_or(words.len());
        let stretch = words.get(k + n..end)?;
        let close = stretch.iter().position(|w| w.ends_with(list_punctuation));
        let last = i + 1 == at.len();
        let len = match close {
            // (Something, the person, stands between the name and the next marker.)
            Some(c) if last || one_piece(stretch.get(c + 1..)?) => c + 1,
            None if last => stretch.len(),
            _ => return None,
        };
        if !(1..=8).contains(&len) {
            return None;
        }
        let name = stretch.get(..len)?.join(" ");
        names.push(name.trim_end_matches(list_punctuation).trim().to_owned());
    }
    (first_kinds(&names) == names.len())
        .then(|| distinct(names))
        .flatten()
}

/// Whether the words between a name and the next marker are one piece, the person's: one word
/// or more, none of them closed by the list's separator (a name the marker ends its piece
/// with would be followed by other names: "… پارٹی, … دل …").
fn one_piece(between: &[&str]) -> bool {
    !between.is_empty()
        && !between
            .iter()
            .any(|w| w.trim_end_matches(closing_sign).ends_with(list_punctuation))
}

/// The most words between two names marked by their start ([`marked_start_run`]): the person
/// who holds the post, with a title and a word joining him ("พร้อมด้วย", along with).
const PERSON_WORDS: usize = 6;

/// The organizations a sentence in a script that spaces phrases apart, not words
/// ([`phrase_spaced`]: Thai, Lao, Khmer, Myanmar), names through the persons who hold a post
/// in them: each one chunk between spaces, post + kind + name written together after the
/// person ("นาย ก หัวหน้าพรรคเอ นาย ข หัวหน้าพรรคบี …", Mr A leader of party A, Mr B leader of
/// party B). Three chunks or more start alike, each after a few words of its own (the
/// person) and going on differently; the name starts where the kind does inside that shared
/// start, told by the page: the longest end of the shared start that another chunk of the
/// page starts with ("7 พรรคการเมือง", 7 political parties) ([`kind_in_start`]). Where the page
/// shows none, no reading.
pub(in crate::ingest) fn marked_start_run(
    text: &str,
    page: &[&str],
    lw: &ListWords,
) -> Option<Vec<String>> {
    // (These scripts are all at U+0E00 or after: other texts are told without a lookup.)
    if !text.chars().any(|c| c >= '\u{E00}' && phrase_spaced(c)) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let chunks: Vec<&str> = words.iter().map(|w| chunk(w, lw)).collect();
    let mut best: Option<(usize, usize, Vec<String>)> = None;
    for start in shared_starts(&chunks) {
        let Some(members) = marked_members(&words, &chunks, start) else {
            continue;
        };
        let better = best
            .as_ref()
            .is_none_or(|(n, len, _)| (members.len(), start.chars().count()) > (*n, *len));
        if !better {
            continue;
        }
        let Some(kind_at) = kind_in_start(start, page) else {
            continue;
        };
        let names: Vec<String> = members
            .iter()
            .filter_map(|&k| chunks.get(k)?.get(kind_at..).map(str::to_owned))
            .collect();
        if let Some(names) = distinct(names) {
            best = Some((members.len(), start.chars().count(), names));
        }
    }
    best.map(|(_, _, names)| names)
}

/// A word as a chunk of [`marked_start_run`]: without the signs around it, and without the
/// list's conjunction written before it as a prefix (CLDR's Thai "และ").
fn chunk<'a>(w: &'a str, lw: &ListWords) -> &'a str {
    let b = w.trim_matches(|c: char| !(alphanumeric(c) || crate::text::is_mark(c)));
    lw.prefixes
        .iter()
        .find_map(|p| b.strip_prefix(p.as_str()))
        .filter(|rest| rest.chars().count() >= SHARED_KIND_LETTERS)
        .unwrap_or(b)
}

/// The starts of [`SHARED_KIND_LETTERS`] letters or more that two chunks of a script spacing
/// phrases apart share, each the whole start two chunks share: the chunks sorted, each start
/// is shared by neighbours (a text is read in one sort, not by pairs).
fn shared_starts<'a>(chunks: &[&'a str]) -> Vec<&'a str> {
    let mut sorted: Vec<&str> = chunks
        .iter()
        .copied()
        .filter(|c| {
            c.chars()
                .next()
                .is_some_and(|f| f >= '\u{E00}' && phrase_spaced(f))
        })
        .collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut starts: Vec<&str> = sorted
        .windows(2)
        .filter_map(|p| {
            let [a, b] = p else { return None };
            let n = a
                .char_indices()
                .zip(b.chars())
                .take_while(|((_, x), y)| x == y)
                .map(|((i, x), _)| i + x.len_utf8())
                .last()?;
            let start = a.get(..n)?;
            (start.chars().count() >= SHARED_KIND_LETTERS).then_some(start)
        })
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// The indexes of the words whose chunks start with `start` and go on by two letters or more,
/// the longest stretch of them where each stands after one to [`PERSON_WORDS`] words of its
/// own (the person: none ending with the list's separator), three of them or more.
fn marked_members(words: &[&str], chunks: &[&str], start: &str) -> Option<Vec<usize>> {
    let n = start.chars().count();
    let at: Vec<usize> = (0..chunks.len())
        .filter(|&k| {
            chunks
                .get(k)
                .is_some_and(|c| c.starts_with(start) && c.chars().count() >= n + 2)
        })
        .collect();
    let person = |from: usize, to: usize| {
        words.get(from..to).is_some_and(|between| {
            (1..=PERSON_WORDS).contains(&between.len())
                && !between
                    .iter()
                    .any(|w| w.trim_end_matches(closing_sign).ends_with(list_punctuation))
        })
    };
    let mut best: Vec<usize> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for &k in &at {
        // (A chunk goes on a stretch after its own person; one stands after some word.)
        let joined = run.last().is_some_and(|&l| person(l + 1, k));
        if !joined {
            run.clear();
        }
        if joined || k >= 1 {
            run.push(k);
        }
        if run.len() > best.len() {
            best.clone_from(&run);
        }
    }
    (best.len() >= MARKED).then_some(best)
}

/// Where the kind starts inside a start that marked chunks share (a byte offset): the longest
/// end of it, of [`SHARED_KIND_LETTERS`] letters or more, that a word of the page starts with
/// where that word does not start with the whole shared start ("พรรค", party, in "7
/// พรรคการเมือง" beside "หัวหน้าพรรค…", leader of party …): the post before it is not printed
/// alone. None where no word shows it.
fn kind_in_start(start: &str, page: &[&str]) -> Option<usize> {
    let ends: Vec<usize> = start
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .filter(|&i| {
            start.get(i..).is_some_and(|e| {
                e.chars().count() >= SHARED_KIND_LETTERS
                    && !e.starts_with(|c: char| crate::text::is_mark(c))
            })
        })
        .collect();
    let starts_kind = |w: &str, e: &str| {
        let b = w.trim_start_matches(|c: char| !(alphanumeric(c) || crate::text::is_mark(c)));
        b.starts_with(e) && !b.starts_with(start)
    };
    ends.into_iter().find(|&i| {
        start.get(i..).is_some_and(|e| {
            page.iter()
                .any(|l| l.split_whitespace().any(|w| starts_kind(w, e)))
        })
    })
}

/// The names, where no two are the same (a marker beside one name repeated marks no run).
fn distinct(names: Vec<String>) -> Option<Vec<String>> {
    let all = names
        .iter()
        .enumerate()
        .all(|(k, a)| names.iter().skip(k + 1).all(|b| a != b));
    (all && names.len() >= MARKED).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A constructed Tamil sentence: four unions, each an acronym (dotted, or its letters'
    /// names run together) before "சார்பாக" (on behalf of) and the names of its speakers.
    #[test]
    fn acronyms_before_a_repeated_phrase_are_the_names() {
        let s = "கூட்டத்தில் சிஐடியு சார்பாக முருகன் எல்.பி.எப் சார்பாக செல்வம் ராஜா \
                 ஏ.ஐ.டி.யு.சி. சார்பாக பாண்டியன் எம்எல்எப் சார்பாக குமார் உள்ளிட்ட பலர் பேசினர்.";
        assert_eq!(
            marker_run(s).unwrap(),
            ["சிஐடியு", "எல்.பி.எப்", "ஏ.ஐ.டி.யு.சி.", "எம்எல்எப்"]
        );
    }

    /// A constructed Arabic sentence: four federations, each after its head's name in quotes
    /// and the post "رئيس" (president) the sentence repeats, closed by "،".
    #[test]
    fn names_after_a_repeated_post_up_to_the_separator() {
        let s = "وقع “أحمد علي” رئيس الاتحاد الوطني للعمال، و”سالم حسن” رئيس اتحاد نقابات \
                 المعلمين، و”خالد عمر” رئيس الاتحاد العام للفلاحين، و”علي سعيد” رئيس اتحاد عمال \
                 البناء، البيان.";
        assert_eq!(
            marker_run(s).unwrap(),
            [
                "الاتحاد الوطني للعمال",
                "اتحاد نقابات المعلمين",
                "الاتحاد العام للفلاحين",
                "اتحاد عمال البناء"
            ]
        );
    }

    /// A word repeated beside stretches that name no organization by form marks no run; nor
    /// does a sentence in a script with case.
    #[test]
    fn a_repeated_word_beside_plain_words_is_no_marker() {
        let s = "நேற்று மழை பெய்தது இன்று மழை வந்தது நாளை மழை வரும் என்றனர்.";
        assert_eq!(marker_run(s), None);
        let s = "Union A said yes, Union B said no, Union C said maybe, and so on.";
        assert_eq!(marker_run(s), None);
    }

    /// A constructed Thai sentence: three unions named through their chairmen, each chunk
    /// "ประธาน" (chairman) + "สหภาพแรงงาน" (labour union) + its name written together after the
    /// person; the page prints the kind alone ("3 สหภาพแรงงาน…", 3 labour unions …), which tells
    /// where each name starts. Without that word, or where the chunks stand together (no
    /// person between them), no reading.
    #[test]
    fn names_marked_by_a_post_written_against_them() {
        let lw = crate::ingest::listwords::list_words(&"th".parse().unwrap_or_default());
        let s = "ที่ประชุมมี นายสมชาย ใจดี ประธานสหภาพแรงงานเหล็กกล้า นางสาวสมศรี รักงาน \
                 ประธานสหภาพแรงงานขนส่งมวลชน และนายสมศักดิ์ มั่นคง ประธานสหภาพแรงงานไฟฟ้านคร เข้าร่วม";
        let page = ["ตัวแทน 3 สหภาพแรงงานยื่นหนังสือ", s];
        assert_eq!(
            marked_start_run(s, &page, &lw).unwrap(),
            [
                "สหภาพแรงงานเหล็กกล้า",
                "สหภาพแรงงานขนส่งมวลชน",
                "สหภาพแรงงานไฟฟ้านคร"
            ]
        );
        assert_eq!(marked_start_run(s, &[s], &lw), None);
        let together = "ประธานสหภาพแรงงานเหล็กกล้า ประธานสหภาพแรงงานขนส่งมวลชน \
                        ประธานสหภาพแรงงานไฟฟ้านคร";
        assert_eq!(marked_start_run(together, &page, &lw), None);
    }
}
