//! The words and signs that join the names of a list run into a line, from CLDR's list
//! patterns (through ICU4X `icu_list`): for each language, a list of placeholders is formatted
//! with its "and", "or" and unit patterns (wide, short, narrow), and what stands between the
//! placeholders is read as separators (`,` `،` `、` `፣`) and conjunctions (`and`, `और`, `اور`,
//! `и`), whether written as a word between spaces, joined to the name (`及`, `和`), or as a
//! prefix of the next name (Hebrew `ו`). No table of conjunctions is kept by hand.

use super::lexicon::ARTICLES;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use unic_langid::LanguageIdentifier;

/// What joins the names of a run-in list in some languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct ListWords {
    /// Separator signs (punctuation only): `,`, `،`, `、`, `፣`.
    pub(super) separators: Vec<char>,
    /// Conjunctions written as words between spaces, lowercase: "and", "और", "اور".
    pub(super) words: Vec<String>,
    /// Conjunctions written between names without spaces: "和", "及", "과".
    pub(super) joined: Vec<String>,
    /// Conjunctions written as a prefix of the next name: Hebrew "ו", Arabic "و".
    pub(super) prefixes: Vec<String>,
    /// Conjunctions written against the end of the name before them, a space after: Burmese
    /// "နှင့်" (CLDR's "{0}နှင့် {1}"), Amharic "ና" ([`clitic_form`]: "መኢአድና ኢህአዴግ").
    pub(super) suffixes: Vec<String>,
    /// The conjunction the language's own CLDR "and" pattern writes as a prefix of every name
    /// after the first, with no separator between any two ([`every_name_prefix`]: Arabic "و",
    /// "{0} و{1} و{2}"); not taken from other languages.
    pub(super) every_prefix: Option<String>,
    /// Where the language has [`ListWords::every_prefix`], its month and weekday names as CLDR
    /// writes them (lowercase): a run joined so has no sign after its last name, which runs on
    /// into the sentence's date ("… والتكتل اليوم السبت 18 فيفري 2023", "… on Saturday 18 …").
    pub(super) date_words: Vec<String>,
    /// The language's weekday names as CLDR writes them (lowercase): a run's last name runs on
    /// into the day it was done ("… Oxfam and Greenpeace on Monday", "… et la FSU lundi").
    pub(super) weekdays: Vec<String>,
    /// The language's own conjunctions (words and joined) without their accents, where they
    /// have any (Yoruba "àti" → "ati"): pages that print the language without its diacritics
    /// print them so.
    folded: Vec<String>,
    /// Whether [`ListWords::folded`] are conjunctions: on a page that prints no accent.
    match_folded: bool,
    /// The language's words that close an open list ("and others"), from [`CLOSING_WORDS`]:
    /// each with whether it stands as a word of its own after a space.
    pub(super) closing: Vec<(&'static str, bool)>,
    /// The words the language's message catalog counts organizations by
    /// (`-reader-group-words`: Korean "단체", Chinese "团体", "組織"), which name what an open
    /// list enumerates where they follow its closing word ("… 등 52개 시민사회단체").
    pub(super) groups: Vec<String>,
    /// The words the language's message catalog closes an open list with after its last name
    /// (`-reader-closing-words`: "and others", "та інші", "etc."), each as its lowercase
    /// words ([`ListWords::before_closing_phrase`]).
    closing_phrases: Vec<Vec<String>>,
    /// The particles the language writes against the first of two names it joins
    /// ([`JOINING_PARTICLES`]).
    joining: Vec<(&'static str, Option<bool>)>,
    /// The particles that end a list in apposition to its count ([`APPOSITION_PARTICLES`]).
    pub(super) apposition: Vec<&'static str>,
    /// Words that join a list's last name as "and" does, besides CLDR's "and" ("sowie", "as
    /// well as", "ainsi que"), of every language of the bundled message catalog
    /// (`-reader-and-words`), lowercase: CLDR's list patterns give one word for "and" only.
    /// Found by one automaton: every text read for a run is searched.
    and_phrases: Option<AndPhrases>,
    /// The language's own CLDR "and" as a word ("und", "and"), written in place of
    /// [`ListWords::and_phrases`]; none where CLDR writes it otherwise (a prefix, a sign).
    own_and: Option<String>,
    /// The language's own CLDR "and" where it is written between names without spaces
    /// (Chinese "和": "A、B和C"), written in place of [`ListWords::and_phrases`] that stand
    /// between two letters as it does ("…协会以及美团点评" is read as "…协会和美团点评").
    own_joined_and: Option<String>,
}

/// The words that close a list run into a sentence that names some of its members only ("A,
/// B, C and others"): Korean "등" (a word of its own, with its case particle against it: "등의",
/// "등으로") and Chinese "等" (written against the last name: "A、B等多家"). CLDR's list
/// patterns (`listPattern` in CLDR's `main/*.xml`) format closed lists only ("{0}, {1}, and
/// {2}"): they give no word for an open list's end, so these are kept here, by language.
/// (Japanese "など" closes enumerations of anything, laws and events as often as names.)
const CLOSING_WORDS: [(&str, &str, bool); 2] = [("ko", "등", true), ("zh", "等", false)];

/// The particles that join two names written against the first, which CLDR's list patterns,
/// written for lists of any words ("{0}, {1} 및 {2}", "{0}、{1}"), do not give: Korean's
/// particle of "with" ("A과 B", "A와 B": the first after a syllable that ends with a
/// consonant, the second after one that ends with a vowel) and Japanese "と" ("AとB"); each
/// with the syllable's end it requires, if any (`Some(true)`: a final consonant).
const JOINING_PARTICLES: [(&str, &str, Option<bool>); 3] = [
    ("ko", "과", Some(true)),
    ("ko", "와", Some(false)),
    ("ja", "と", None),
];

/// The particles that end a list of names in apposition to its count ("A、B、Cの3団体", the
/// three groups A, B and C; "A、BなどN団体"), where the language has no word that closes an
/// open list in [`CLOSING_WORDS`]: read only before a count of organizations. Chinese writes
/// the count against the last name with no particle ("A、B、C三個團體", the three groups A, B
/// and C): the empty particle.
const APPOSITION_PARTICLES: [(&str, &str); 3] = [("ja", "の"), ("ja", "など"), ("zh", "")];

/// The case particles Korean writes against "등" ("등의" of, "등이" subject, "등으로" with …).
const KO_PARTICLES: [&str; 12] = [
    "", "의", "이", "은", "을", "과", "와", "도", "에", "으로", "에서", "까지",
];

impl ListWords {
    /// `text` with each of [`ListWords::and_phrases`] that stands as words of its own (spaces
    /// on both sides) written as the language's own "and" (a comma where it has no word for
    /// it): "A, B sowie die C" is read as "A, B und die C"; in a language that writes its "and"
    /// against the names, one written so between two letters is that "and" ("A、B以及C" is
    /// read as "A、B和C"). The names cut from it are mapped back to the printed text
    /// ([`PlainText::printed`]).
    pub(super) fn plain_conjunctions<'t>(&self, text: &'t str) -> PlainText<'t> {
        let unchanged = PlainText {
            printed: text,
            plain: std::borrow::Cow::Borrowed(text),
            swaps: Vec::new(),
        };
        let Some(phrases) = &self.and_phrases else {
            return unchanged;
        };
        let spaced_with = self.own_and.as_deref().unwrap_or(",");
        let joined_with = self.own_joined_and.as_deref().unwrap_or(spaced_with);
        let found: Vec<(usize, usize, &str)> = phrases
            .0
            .find_iter(text)
            .filter_map(|m| {
                let (at, len) = (m.start(), m.len());
                let with = if self.joined_and_at(text, at, len) {
                    joined_with
                } else if self.separated_and_at(text, at, len) {
                    ""
                } else {
                    spaced_at(text, at, len).then_some(spaced_with)?
                };
                Some((at, len, with))
            })
            .collect();
        if found.is_empty() {
            return unchanged;
        }
        let mut out = String::with_capacity(text.len());
        let mut swaps = Vec::new();
        let mut from = 0;
        for (at, len, with) in found {
            if at < from {
                continue;
            }
            out.push_str(text.get(from..at).unwrap_or_default());
            swaps.push(Swap {
                plain: out.len()..out.len() + with.len(),
                printed: at..at + len,
            });
            out.push_str(with);
            from = at + len;
        }
        out.push_str(text.get(from..).unwrap_or_default());
        PlainText {
            printed: text,
            plain: std::borrow::Cow::Owned(out),
            swaps,
        }
    }

    /// Whether a phrase found at `at` stands between two letters where the language writes
    /// its own "and" so, without spaces ([`ListWords::own_joined_and`]).
    fn joined_and_at(&self, text: &str, at: usize, len: usize) -> bool {
        let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
        self.own_joined_and.is_some()
            && text.get(at..at + len).is_some_and(super::script::uncased)
            && letter(text.get(..at).and_then(|b| b.chars().next_back()))
            && letter(text.get(at + len..).and_then(|a| a.chars().next()))
    }

    /// Whether a phrase found at `at` stands after one of the list's separators and against
    /// the letter of the next name, where the language writes its own "and" without spaces:
    /// the separator joins the names, and the phrase is read as nothing ("A、B、以及C" is
    /// read as "A、B、C"; CLDR's pattern has no word after the separator).
    fn separated_and_at(&self, text: &str, at: usize, len: usize) -> bool {
        let before = text
            .get(..at)
            .and_then(|b| b.trim_end().chars().next_back());
        self.own_joined_and.is_some()
            && text.get(at..at + len).is_some_and(super::script::uncased)
            && before.is_some_and(|c| self.is_separator(c))
            && text
                .get(at + len..)
                .and_then(|a| a.chars().next())
                .is_some_and(char::is_alphabetic)
    }

    /// Whether a character is one of the separators: a sign, never a letter ([`read_glue`]
    /// takes only [`is_separator_sign`]s), so a letter told by range is answered without
    /// looking at the separators (this runs on every character of some lines).
    ///
    /// [`read_glue`]: ListWords::read_glue
    pub(super) fn is_separator(&self, c: char) -> bool {
        !crate::ingest::script::letter_by_range(c) && self.separators.contains(&c)
    }

    fn add_word(&mut self, w: &str) {
        let w = w.to_lowercase();
        let forms = compatibility_form(&w)
            .into_iter()
            .chain(below_mark_form(&w));
        for w in forms.chain([w]) {
            if !w.is_empty() && !self.words.contains(&w) {
                self.words.push(w);
            }
        }
    }

    fn merge(&mut self, other: &ListWords) {
        for &c in &other.separators {
            if !self.separators.contains(&c) {
                self.separators.push(c);
            }
        }
        for w in &other.words {
            self.add_word(w);
        }
        for (mine, theirs) in [
            (&mut self.joined, &other.joined),
            (&mut self.prefixes, &other.prefixes),
            (&mut self.suffixes, &other.suffixes),
        ] {
            for w in theirs {
                if !mine.contains(w) {
                    mine.push(w.clone());
                }
            }
        }
    }

    /// Adds other languages' list words, without their conjunctions that are articles before
    /// names in a run ([`ARTICLES`]): the Czech and Slovak "a", "and", is the Portuguese
    /// article of "o MTST, a CTB, a CUT e a UNE"; only the page's own language makes such a
    /// word a conjunction.
    fn merge_others(&mut self, other: &ListWords) {
        let mut others = other.clone();
        others.words.retain(|w| !ARTICLES.contains(&w.as_str()));
        self.merge(&others);
    }

    /// Whether a word is a conjunction of the list, in any case; a word printed without
    /// accents ("ati", "ATI") is one when a conjunction is that word with its accents
    /// ("àti"). A word with accents is compared as printed.
    pub(super) fn is_conjunction(&self, w: &str) -> bool {
        let lower = w.to_lowercase();
        if self.words.contains(&lower) || self.joined.contains(&lower) {
            return true;
        }
        self.match_folded && self.folded.contains(&lower) && fold_printed(&lower) == lower
    }

    /// The words, joined conjunctions and prefixes that have accents, without them.
    fn folded_conjunctions(&self) -> Vec<String> {
        let mut folded: Vec<String> = self
            .words
            .iter()
            .chain(&self.joined)
            .chain(&self.prefixes)
            // Accents of letters with case (Latin, Greek, Cyrillic: "àti", "és", "și", "và"),
            // not the vowel signs and other marks of scripts without case.
            .filter(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_lowercase() || c.is_uppercase())
            })
            .map(|w| (fold_printed(w), w))
            .filter(|(f, w)| f != *w && !f.is_empty())
            .map(|(f, _)| f)
            .collect();
        folded.sort_unstable();
        folded.dedup();
        folded
    }

    /// The word without the conjunction written against its end ([`ListWords::suffixes`]),
    /// when two letters or more stand before it: "መኢአድና" → "መኢአድ".
    pub(super) fn before_suffix<'w>(&self, w: &'w str) -> Option<&'w str> {
        self.suffixes.iter().find_map(|s| {
            w.strip_suffix(s.as_str())
                .filter(|stem| stem.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        })
    }

    /// The same words without [`ListWords::suffixes`].
    pub(super) fn without_suffixes(&self) -> ListWords {
        ListWords {
            suffixes: Vec::new(),
            ..self.clone()
        }
    }

    /// Whether the language has words that close an open list ([`CLOSING_WORDS`]).
    pub(super) fn closes_lists(&self) -> bool {
        !self.closing.is_empty()
    }

    /// The text of a piece before the word that closes an open list, when a name stands
    /// before it: "민중총궐기 투쟁본부 등의 시민단체들이 …" → "민중총궐기 투쟁본부", "德清春百合志愿者服务队等
    /// 省内多个…" → "德清春百合志愿者服务队". Nothing for the languages without such words.
    pub(super) fn before_closing<'t>(&self, piece: &'t str) -> Option<&'t str> {
        self.closing.iter().find_map(|&(word, spaced)| {
            piece.match_indices(word).find_map(|(i, _)| {
                let before = piece.get(..i)?;
                let after = piece.get(i + word.len()..)?;
                let last = before.chars().next_back()?;
                let fits = if spaced {
                    let particle = after.split(char::is_whitespace).next().unwrap_or_default();
                    last.is_whitespace() && KO_PARTICLES.contains(&particle)
                } else {
                    // Against a name's last letter or its closing quote ("《扬子晚报》等").
                    last.is_alphanumeric() || matches!(last, '》' | '」' | '』' | '）' | ')')
                };
                let name = before.trim_end();
                (fits && !name.is_empty()).then_some(name)
            })
        })
    }

    /// The text of a run's last piece before the words that close an open list
    /// ([`ListWords::closing_phrases`]), where they stand as words of their own after a name:
    /// "Движения общежитий и др." → "Движения общежитий" (… and others), "… Пакету Реформ та
    /// інших громадських організацій" → "… Пакету Реформ" (… and other civic organizations);
    /// what follows them is the sentence's. A full stop or comma after a word does not keep
    /// it from matching ("др." for "др", "etc.," for "etc."); a word in capitals does not (a
    /// name's own "and Other …"). Nothing where the piece starts with them.
    pub(super) fn before_closing_phrase<'t>(&self, piece: &'t str) -> Option<&'t str> {
        let bare = |w: &'t str| {
            w.trim_end_matches(|c: char| c.is_ascii_punctuation() || !c.is_alphanumeric())
        };
        let words: Vec<&str> = piece.split_whitespace().collect();
        // (Words inside the phrase as the catalog writes them; its last one without the signs
        // after it.)
        let matches_at = |k: usize, phrase: &[String]| {
            let Some((last, inner)) = phrase.split_last() else {
                return false;
            };
            inner
                .iter()
                .enumerate()
                .all(|(i, p)| words.get(k + i).is_some_and(|w| *w == p.as_str()))
                && words
                    .get(k + inner.len())
                    .is_some_and(|w| bare(w) == last.trim_end_matches('.'))
        };
        let k =
            (1..words.len()).find(|&k| self.closing_phrases.iter().any(|p| matches_at(k, p)))?;
        let at = words.get(k)?.as_ptr() as usize - piece.as_ptr() as usize;
        let name = piece
            .get(..at)?
            .trim_end()
            .trim_end_matches([',', ';', '،']);
        name.chars().any(char::is_alphabetic).then_some(name)
    }

    /// The word without the particle that joins it to the next name ([`JOINING_PARTICLES`]),
    /// where the syllable before the particle ends as the particle requires (with a final
    /// consonant or not, from the syllable's code point: Unicode composes a Hangul syllable
    /// as 0xAC00 + (initial × 21 + vowel) × 28 + final, final 0 for none) and two letters or
    /// more stand before it: "환경연합과" → "환경연합", "참여연대와" → "참여연대"; not "효과"
    /// ("effect", whose "과" follows a vowel).
    pub(super) fn joined_stem<'w>(&self, w: &'w str) -> Option<&'w str> {
        self.joining.iter().find_map(|&(p, after_consonant)| {
            let stem = w.strip_suffix(p)?;
            let fits = after_consonant.is_none_or(|wanted| {
                let last = stem
                    .chars()
                    .rev()
                    .find(|c| matches!(c, '\u{AC00}'..='\u{D7A3}'));
                last.is_some_and(|l| ((u32::from(l) - 0xAC00) % 28 != 0) == wanted)
            });
            let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
            (fits && letters >= 2).then_some(stem)
        })
    }

    /// A piece of a list written without spaces parted at the particles that join two names
    /// and require no syllable before them ([`JOINING_PARTICLES`]: Japanese "と"), where two
    /// letters or more stand on each side: "日本消費者連盟と主婦連合会" → "日本消費者連盟",
    /// "主婦連合会".
    pub(super) fn joined_parts<'t>(&self, piece: &'t str) -> Vec<&'t str> {
        let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
        let mut out = Vec::new();
        let mut rest = piece;
        'parts: loop {
            for &(p, _) in self
                .joining
                .iter()
                .filter(|(_, syllable)| syllable.is_none())
            {
                for (i, _) in rest.match_indices(p) {
                    let (a, b) = (rest.get(..i).unwrap_or_default(), rest.get(i + p.len()..));
                    if let Some(b) = b.filter(|b| letters(a) >= 2 && letters(b) >= 2) {
                        out.push(a);
                        rest = b;
                        continue 'parts;
                    }
                }
            }
            break;
        }
        out.push(rest);
        out
    }

    /// Reads what stands between two placeholders of a formatted list.
    fn read_glue(&mut self, glue: &str) {
        let spaced_before = glue.starts_with(char::is_whitespace);
        let spaced_after = glue.ends_with(char::is_whitespace);
        // A sign followed by a space, or glue of signs only ("、"), separates; a sign stuck
        // to a letter ("ו-") belongs to the conjunction.
        let signs_only = glue
            .chars()
            .all(|c| is_separator_sign(c) || c.is_whitespace());
        let chars: Vec<char> = glue.chars().collect();
        for (k, &c) in chars.iter().enumerate() {
            let spaced = chars.get(k + 1).is_none_or(|n| n.is_whitespace());
            if is_separator_sign(c)
                && (signs_only || spaced)
                && (signs_only || chars.get(k + 1).is_some())
                && !self.separators.contains(&c)
            {
                self.separators.push(c);
            }
        }
        let letters: String = glue
            .chars()
            .filter(|c| !is_separator_sign(*c) && !c.is_whitespace())
            .collect();
        if letters.is_empty() {
            return;
        }
        // Several words ("e anche"): each is read; most glue is one word.
        let words: Vec<&str> = glue
            .split(|c: char| c.is_whitespace() || is_separator_sign(c))
            .filter(|w| !w.is_empty())
            .collect();
        let before = spaced_before || glue.starts_with(is_separator_sign);
        if !before && spaced_after && !self.suffixes.contains(&letters) {
            self.suffixes.push(letters.clone());
        }
        match (before, spaced_after) {
            (_, true) => words.iter().for_each(|w| self.add_word(w)),
            (true, false) => {
                if !self.prefixes.contains(&letters) {
                    self.prefixes.push(letters);
                }
            }
            (false, false) => {
                if !self.joined.contains(&letters) {
                    self.joined.push(letters);
                }
            }
        }
    }
}

/// Whether a phrase found at `at` stands as words of its own: a space on both sides.
fn spaced_at(text: &str, at: usize, len: usize) -> bool {
    text.get(..at)
        .is_some_and(|b| b.ends_with(char::is_whitespace))
        && text
            .get(at + len..)
            .is_some_and(|a| a.starts_with(char::is_whitespace))
}

/// A text with the catalog's other words for "and" written as the language's own
/// ([`ListWords::plain_conjunctions`]), with where each was printed.
#[derive(Debug, Clone)]
pub(super) struct PlainText<'t> {
    printed: &'t str,
    plain: std::borrow::Cow<'t, str>,
    swaps: Vec<Swap>,
}

/// One word written in place of another: its span in the plain text, and the printed one's.
#[derive(Debug, Clone)]
struct Swap {
    plain: std::ops::Range<usize>,
    printed: std::ops::Range<usize>,
}

impl PlainText<'_> {
    /// The text with the language's own "and" written in place of the others.
    pub(super) fn text(&self) -> &str {
        &self.plain
    }

    /// A name cut from the plain text as it was printed: a name that holds one of the
    /// words written in its place holds the printed word ("Bund und Land", cut from "…, die
    /// Stiftung Bund sowie Land, …", is "Bund sowie Land"). A name found unchanged in the
    /// printed text, or not found whole in the plain text, is kept.
    pub(super) fn printed(&self, name: String) -> String {
        if self.swaps.is_empty() || self.printed.contains(name.as_str()) {
            return name;
        }
        // Printed offset of a plain offset outside every swap; none inside one.
        let to_printed = |p: usize| -> Option<usize> {
            let mut shift: isize = 0;
            for s in &self.swaps {
                if s.plain.end <= p {
                    shift += s.printed.len() as isize - s.plain.len() as isize;
                } else if s.plain.start < p {
                    return None;
                }
            }
            p.checked_add_signed(shift)
        };
        self.plain
            .match_indices(name.as_str())
            .find_map(|(at, m)| {
                let (from, to) = (to_printed(at)?, to_printed(at + m.len())?);
                self.printed.get(from..to)
            })
            .map_or(name, str::to_owned)
    }
}

/// The form a conjunction takes written against the word before it, where its script spells
/// its first syllable as a bare vowel: in Ethiopic, a word that starts with a syllable of the
/// glottal series (Unicode's "ETHIOPIC SYLLABLE GLOTTAL A" to "GLOTTAL WA", U+12A0 to U+12A7)
/// loses it when written against the word before (Amharic "እና", CLDR's "{0} እና {1}", is
/// "ና" in "መኢአድና ኢህአዴግ", "MEISON and EPRDF").
fn clitic_form(w: &str) -> Option<String> {
    let rest = w.strip_prefix(|c: char| ('\u{12A0}'..='\u{12A7}').contains(&c))?;
    (!rest.is_empty() && rest.chars().all(char::is_alphabetic)).then(|| rest.to_owned())
}

/// A word's compatibility form (Unicode's NFKC), where it differs: the letters a ligature
/// stands for, as pages print them. CLDR's Armenian "and" is the ligature "և" (U+0587,
/// `node ../shared/tools/icu-oracle.mjs list hy conjunction A B C`: "A, B և C"), which Unicode
/// decomposes to "եւ" (U+0565 U+0582), the spelling of many Armenian pages ("«ՀայաՔվե» …
/// միավորումը եւ «Միասնության թեւեր» …").
fn compatibility_form(w: &str) -> Option<String> {
    let form = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc().normalize(w);
    (form != w).then(|| form.into_owned())
}

/// A word's other spelling where it holds a letter written with a comma below or a cedilla
/// that Unicode encodes both ways, one letter each: "ș" (U+0219, s with comma below) and "ş"
/// (U+015F, s with cedilla), "ț" and "ţ". CLDR writes Romanian with the comma below (its list
/// pattern "{0} și {1}", `node ../shared/tools/icu-oracle.mjs list ro conjunction A B`), as
/// Unicode 3.0 encoded it; the legacy 8-bit code pages had the cedilla only, and pages still
/// print "şi", "ţară". Told by the marks (U+0326 COMBINING COMMA BELOW, U+0327 COMBINING
/// CEDILLA, after canonical decomposition), each swapped for the other in a letter whose other
/// form composes to one letter again: "ç" has no comma-below form and stays as it is.
fn below_mark_form(w: &str) -> Option<String> {
    const COMMA_BELOW: char = '\u{326}';
    const CEDILLA: char = '\u{327}';
    if w.is_ascii() {
        return None;
    }
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let other = |c: char| {
        let mut buf = [0u8; 4];
        let parts = nfd.normalize(c.encode_utf8(&mut buf));
        if !parts.contains([COMMA_BELOW, CEDILLA]) {
            return None;
        }
        let swapped: String = parts
            .chars()
            .map(|p| match p {
                COMMA_BELOW => CEDILLA,
                CEDILLA => COMMA_BELOW,
                p => p,
            })
            .collect();
        let form = nfc.normalize(&swapped);
        let mut letters = form.chars();
        match (letters.next(), letters.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    };
    let mut changed = false;
    let form: String = w
        .chars()
        .map(|c| {
            other(c).map_or(c, |o| {
                changed = true;
                o
            })
        })
        .collect();
    changed.then_some(form)
}

/// Punctuation that separates names (not a letter, digit or space).
fn is_separator_sign(c: char) -> bool {
    !c.is_alphanumeric()
        && !c.is_whitespace()
        && !c.is_control()
        && !crate::text::is_mark(c)
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{206F}' | '\u{61C}')
}

/// Placeholders no text holds (private-use code points).
const PLACEHOLDERS: [&str; 3] = ["\u{F0000}", "\u{F0001}", "\u{F0002}"];

/// The list words of one language, from CLDR (none when ICU4X has no data for it).
fn cldr_list_words(lang: &LanguageIdentifier) -> ListWords {
    cldr_words(lang, true)
}

/// The list words of CLDR's list patterns of a language ([`cldr_list_words`]); with
/// `disjunctions`, those of its "or" patterns too.
fn cldr_words(lang: &LanguageIdentifier, disjunctions: bool) -> ListWords {
    let mut out = ListWords::default();
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return out;
    };
    // What joins names ("and", unit), apart from "or": only the former are read without
    // their accents (Greek "ή", "or", would be the article "η").
    let mut joining = ListWords::default();
    // Glue a pattern also writes after its last item (Tigrinya "{0}ን {1}ን") marks every item
    // after the first, the last too: a word carrying it ends a name, it joins none to a next.
    let mut tails: Vec<String> = Vec::new();
    let lengths = [ListLength::Wide, ListLength::Short, ListLength::Narrow];
    for length in lengths {
        let options = ListFormatterOptions::default().with_length(length);
        let prefs = (&locale).into();
        let formatters = [
            (ListFormatter::try_new_and(prefs, options), true),
            (ListFormatter::try_new_or(prefs, options), false),
            (ListFormatter::try_new_unit(prefs, options), true),
        ];
        for (f, joins) in formatters {
            let Ok(f) = f else { continue };
            if !joins && !disjunctions {
                continue;
            }
            for n in [2, 3] {
                let items = PLACEHOLDERS.get(..n).unwrap_or_default();
                let text = f.format(items.iter()).to_string();
                tails.extend(read_formatted(&text, items, &mut out));
                if joins {
                    read_formatted(&text, items, &mut joining);
                }
            }
        }
    }
    out.folded = joining.folded_conjunctions();
    for c in joining.words.iter().filter_map(|w| clitic_form(w)) {
        if !out.suffixes.contains(&c) {
            out.suffixes.push(c);
        }
    }
    out.suffixes.retain(|s| !tails.contains(s));
    out
}

/// Lowercase, without accents (the marks the collator disregards, taken off after NFD), in
/// NFC: Hangul and letters without accents stay as they are, so that a folded word compares
/// with a word as the page prints it ("và" folded is "va"). Where folded words are compared
/// only with each other, `lexicon::fold` spares the recomposition.
fn fold_printed(w: &str) -> String {
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
        .normalize(&crate::find::fold(w))
        .into_owned()
}

/// The words of a language's CLDR "and" list pattern, wide ("and", "y", "und", "और"): the
/// words that join the names of a list in that language.
pub(super) fn cldr_and_words(lang: &LanguageIdentifier) -> Vec<String> {
    cldr_and(lang).words
}

/// What a language's CLDR "and" pattern (wide) writes between the names of a list of three.
fn cldr_and(lang: &LanguageIdentifier) -> ListWords {
    let mut out = ListWords::default();
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return out;
    };
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    if let Ok(f) = ListFormatter::try_new_and((&locale).into(), options) {
        let text = f.format(PLACEHOLDERS.iter()).to_string();
        read_formatted(&text, &PLACEHOLDERS, &mut out);
    }
    out
}

/// The conjunction a language's CLDR "and" pattern (wide) writes as a prefix of every item
/// after the first, in a list of three with no separator sign between any two: Arabic "A وB
/// وC" (`node ../shared/tools/icu-oracle.mjs list ar conjunction A B C`). Hebrew "A, B ו-C"
/// writes it before the last only.
fn every_name_prefix(lang: &LanguageIdentifier) -> Option<String> {
    let locale = icu_locale::Locale::try_from_str(&lang.to_string()).ok()?;
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    let f = ListFormatter::try_new_and((&locale).into(), options).ok()?;
    let text = f.format(PLACEHOLDERS.iter()).to_string();
    let mut first = ListWords::default();
    read_formatted(&text, PLACEHOLDERS.get(..2)?, &mut first);
    let mut all = ListWords::default();
    read_formatted(&text, &PLACEHOLDERS, &mut all);
    let prefix = first.prefixes.first()?;
    (all.separators.is_empty() && all.words.is_empty() && all.joined.is_empty())
        .then(|| prefix.clone())
}

/// Reads the glue between the placeholders of a formatted list.
///
/// Returns the letters the pattern writes after its last item (Tigrinya's "{0}ን {1}ን": "ን"),
/// if any.
fn read_formatted(text: &str, items: &[&str], out: &mut ListWords) -> Option<String> {
    for pair in items.windows(2) {
        let [a, b] = pair else { continue };
        let (Some(i), Some(j)) = (text.find(a), text.find(b)) else {
            continue;
        };
        if let Some(glue) = text.get(i + a.len()..j) {
            out.read_glue(glue);
        }
    }
    let last = items.last()?;
    let tail = text.get(text.rfind(last)? + last.len()..)?;
    let letters: String = tail
        .chars()
        .filter(|c| !is_separator_sign(*c) && !c.is_whitespace())
        .collect();
    (!letters.is_empty()).then_some(letters)
}

/// The list words of a language, with English's and those of every language the crate's
/// message catalog speaks (a run-in list quotes names in the languages they were given in),
/// computed once per language.
pub(super) fn list_words(lang: &LanguageIdentifier) -> Arc<ListWords> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<ListWords>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let key = lang.to_string();
    if let Some(found) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return found;
    }
    let mut words = cldr_list_words(lang);
    words.every_prefix = every_name_prefix(lang);
    words.weekdays = super::lexicon::weekday_forms(lang)
        .into_iter()
        .map(|w| w.to_lowercase())
        .collect();
    if words.every_prefix.is_some() {
        words.date_words = super::lexicon::weekday_forms(lang);
        let months = super::lexicon::month_forms(lang)
            .into_iter()
            .map(|(m, _)| m);
        words.date_words.extend(months);
    }
    let and = cldr_and(lang);
    words.own_and = and.words.into_iter().next();
    words.own_joined_and = and.joined.into_iter().next();
    words.and_phrases = catalog_and_phrases().clone();
    words.merge_others(common_list_words());
    // CLDR's short English pattern ("{0}, {1}, & {2}") writes "&" where the wide one writes
    // "and": a conjunction, which parts a run's last two names only where a name follows
    // ("…, Fosej & Simha"), not a sign that parts names wherever it stands ("Metal & Shipyard
    // Workers Union").
    if words.separators.contains(&'&') {
        words.separators.retain(|&c| c != '&');
        words.add_word("&");
    }
    words.closing = CLOSING_WORDS
        .iter()
        .filter(|(l, _, _)| *l == lang.language.as_str())
        .map(|&(_, w, spaced)| (w, spaced))
        .collect();
    words.groups = group_words(lang);
    words.closing_phrases = catalog_terms(lang, |t| t.closing_words)
        .iter()
        .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
        .collect();
    words.joining = JOINING_PARTICLES
        .iter()
        .filter(|(l, _, _)| *l == lang.language.as_str())
        .map(|&(_, p, consonant)| (p, consonant))
        .collect();
    words.apposition = APPOSITION_PARTICLES
        .iter()
        .filter(|(l, _)| *l == lang.language.as_str())
        .map(|&(_, p)| p)
        .collect();
    let words = Arc::new(words);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, words.clone());
    }
    words
}

/// The catalog's words for "and" besides CLDR's ([`ListWords::and_phrases`]), one automaton
/// shared by every language's list words.
#[derive(Clone)]
pub(super) struct AndPhrases(Arc<aho_corasick::AhoCorasick>);

impl std::fmt::Debug for AndPhrases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AndPhrases")
    }
}

impl PartialEq for AndPhrases {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for AndPhrases {}

/// The words that join a list's last name as "and" does besides CLDR's, of every language of
/// the bundled message catalog (`-reader-and-words`), lowercase, found leftmost longest; none
/// when the catalog gives none.
fn catalog_and_phrases() -> &'static Option<AndPhrases> {
    static PHRASES: OnceLock<Option<AndPhrases>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut words: Vec<String> = crate::render::Catalog::bundled_ref()
            .heading_texts()
            .into_iter()
            .flat_map(|t| t.and_words)
            .map(|w| w.to_lowercase())
            .collect();
        words.sort_unstable();
        words.dedup();
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&words)
            .ok()
            .filter(|_| !words.is_empty())
            .map(|a| AndPhrases(Arc::new(a)))
    })
}

/// The words the bundled message catalog's locales of a language count organizations by
/// (`-reader-group-words`), every script's ("团体" and "團體" for Chinese).
fn group_words(lang: &LanguageIdentifier) -> Vec<String> {
    catalog_terms(lang, |t| t.group_words)
}

/// The lines of one of the reader's terms in the bundled message catalog's locales of a
/// language, every script's, each once.
fn catalog_terms(
    lang: &LanguageIdentifier,
    term: impl Fn(crate::render::HeadingTexts) -> Vec<String>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in crate::render::Catalog::bundled_ref().heading_texts() {
        if t.locale.language == lang.language {
            for w in term(t) {
                if !out.contains(&w) {
                    out.push(w);
                }
            }
        }
    }
    out
}

/// The list words of a language for one page (its lines' texts): its conjunctions without
/// their accents are conjunctions too when the page prints no letter with an accent (a
/// Yoruba page printing "NLC ati TUC" for CLDR's "àti"); a page that prints accents prints
/// its conjunctions with theirs (Greek "ή", "or", is not the article "η").
pub(super) fn page_list_words<'t>(
    lang: &LanguageIdentifier,
    texts: impl IntoIterator<Item = &'t str>,
) -> Arc<ListWords> {
    let words = list_words(lang);
    if words.folded.is_empty() || texts.into_iter().any(has_accent) {
        return words;
    }
    let mut unaccented = (*words).clone();
    unaccented.match_folded = true;
    Arc::new(unaccented)
}

/// Whether a text holds a letter with an accent: a letter that folding changes, other than by
/// its case.
fn has_accent(text: &str) -> bool {
    text.chars()
        .filter(|c| c.is_alphabetic() && !c.is_ascii())
        .any(|c| {
            let mut buf = [0u8; 4];
            let one = c.encode_utf8(&mut buf);
            fold_printed(one) != one.to_lowercase()
        })
}

/// English's list words and those of the languages of the bundled message catalog: of the
/// other languages, the words that join names only ("and"), not their words for "or", which
/// are words of names in other languages (Dutch "of" is the English "of" of "Federation of
/// Trade Unions of Ukraine", Italian "o" the Portuguese article). A list of signers is a
/// conjunction; the page's own language keeps its "or" ([`cldr_list_words`]).
fn common_list_words() -> &'static ListWords {
    static COMMON: OnceLock<ListWords> = OnceLock::new();
    COMMON.get_or_init(|| {
        let mut out = ListWords::default();
        let en: LanguageIdentifier = "en".parse().unwrap_or_default();
        out.merge(&cldr_list_words(&en));
        for l in crate::render::Catalog::bundled_ref().tags() {
            out.merge(&cldr_words(&l, false));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(tag: &str) -> ListWords {
        cldr_list_words(&tag.parse().unwrap_or_default())
    }

    /// The message catalog's words that close an open list (`-reader-closing-words`) end a
    /// run's last piece where they stand as words of their own after a name, in lower case,
    /// with a full stop or comma after their last word or not; not at the piece's start, not
    /// a name's own words in capitals, not another language's.
    #[test]
    fn closing_words_of_the_catalog_end_a_last_piece() {
        let ru = list_words(&"ru".parse().unwrap_or_default());
        assert_eq!(
            ru.before_closing_phrase("Союза садоводов и др."),
            Some("Союза садоводов")
        );
        let uk = list_words(&"uk".parse().unwrap_or_default());
        assert_eq!(
            uk.before_closing_phrase("Спілки вчителів та інших освітніх об'єднань"),
            Some("Спілки вчителів")
        );
        let en = list_words(&"en".parse().unwrap_or_default());
        assert_eq!(
            en.before_closing_phrase("Harbour Rowing Club and others, who met on Friday"),
            Some("Harbour Rowing Club")
        );
        assert_eq!(
            en.before_closing_phrase("Tenants' Union etc."),
            Some("Tenants' Union")
        );
        assert_eq!(en.before_closing_phrase("and others"), None);
        assert_eq!(
            en.before_closing_phrase("Society for Health and Other Services"),
            None
        );
        assert_eq!(
            ru.before_closing_phrase("Harbour Rowing Club and others"),
            None
        );
    }

    /// The particle that joins two Korean names is read where it follows the syllable it
    /// requires ("과" after a final consonant, "와" after a vowel), not in a word that merely
    /// ends with its letter; Japanese "と" between two words of two letters or more; the
    /// catalog's word for organizations is Korean's.
    #[test]
    fn joining_particles_and_group_words() {
        let ko = list_words(&"ko".parse().unwrap_or_default());
        assert_eq!(ko.joined_stem("가나다연합과"), Some("가나다연합"));
        assert_eq!(ko.joined_stem("가나다연대와"), Some("가나다연대"));
        assert_eq!(ko.joined_stem("가나다연합와"), None);
        assert_eq!(ko.joined_stem("효과"), None);
        assert!(ko.groups.iter().any(|g| g == "단체"));
        let en = list_words(&"en".parse().unwrap_or_default());
        assert_eq!(en.joined_stem("가나다연합과"), None);
        let ja = list_words(&"ja".parse().unwrap_or_default());
        assert_eq!(
            ja.joined_parts("東西連盟と南北協会"),
            ["東西連盟", "南北協会"]
        );
        assert_eq!(ja.joined_parts("東と西"), ["東と西"]);
        assert_eq!(ja.apposition, ["の", "など"]);
    }

    /// CLDR's Amharic "and" ("{0} እና {1}") starts with a syllable of the glottal series: written
    /// against the name before, it is "ና" ("መኢአድና ኢህአዴግ", am-edponline-teradari-partiwoch
    /// line 7). Other languages' conjunctions have no such form.
    #[test]
    fn a_conjunction_written_against_the_name_before() {
        let am = words("am");
        assert!(am.suffixes.contains(&"ና".to_owned()), "{:?}", am.suffixes);
        assert_eq!(am.before_suffix("መኢአድና"), Some("መኢአድ"));
        assert_eq!(am.before_suffix("ና"), None);
        assert_eq!(clitic_form("እና").as_deref(), Some("ና"));
        assert_eq!(clitic_form("और"), None);
        assert!(words("hi").suffixes.is_empty() && words("en").suffixes.is_empty());
        // Amharic's "ና" joins the name before the last to the last; Tigrinya "{0}ን {1}ን"
        // (`node ../shared/tools/icu-oracle.mjs list ti conjunction A B C`: "A፣ Bን Cን") writes
        // its glue after the last name too, where it ends the run
        // (ti-setit-seleste-wudbat-eritra-hadnet line 3: "…, ግንባር ሃገራዊ ድሕነት ኤርትራ-ሕድሪን፡ ምኻነን ይሕበር።").
        let ti = words("ti");
        assert!(ti.words.iter().any(|w| w == "ን"), "{:?}", ti.words);
        assert!(!ti.suffixes.contains(&"ን".to_owned()), "{:?}", ti.suffixes);
    }

    /// CLDR's Arabic "and" writes "و" against every name after the first, "A وB وC"
    /// (`node ../shared/tools/icu-oracle.mjs list ar conjunction A B C`); Hebrew "A, B ו-C"
    /// and Persian "A، B، و C" write theirs before the last name only.
    #[test]
    fn a_conjunction_written_before_every_name() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        assert_eq!(list_words(&tag("ar")).every_prefix.as_deref(), Some("و"));
        for other in ["he", "fa", "en", "ur", "ko"] {
            assert_eq!(list_words(&tag(other)).every_prefix, None, "{other}");
        }
    }

    /// CLDR's "or" patterns: nl "{0}, {1} of {2}", it "{0}, {1} o {2}" (`node
    /// ../shared/tools/icu-oracle.mjs list nl disjunction A B C`). Another language's "or" is no
    /// conjunction of an English page, where "of" joins a name's words
    /// (tests/fixtures/ingest/real/en-sindicate-georgia-moldova-ukraine-joint-statement, line 5:
    /// "…, the Federation of Trade Unions of Ukraine and the Confederation of Free Trade Unions
    /// of Ukraine."); its "and" still is (Spanish "y"), and Dutch keeps its own "of".
    #[test]
    fn another_languages_or_is_no_conjunction() {
        let en = list_words(&"en".parse().unwrap_or_default());
        assert!(!en.is_conjunction("of") && !en.is_conjunction("o"));
        assert!(en.is_conjunction("and") && en.is_conjunction("or") && en.is_conjunction("y"));
        let nl = list_words(&"nl".parse().unwrap_or_default());
        assert!(nl.is_conjunction("of") && nl.is_conjunction("en"));
    }

    /// The catalog's other words for "and" (`-reader-and-words`: "sowie", "as well as", "а
    /// также") are read as the page language's CLDR "and" where they stand as words between
    /// spaces; inside a word or a name they are left alone (constructed).
    #[test]
    fn the_catalogs_other_words_for_and_join_a_lists_last_name() {
        let de = list_words(&"de".parse().unwrap());
        assert_eq!(
            de.plain_conjunctions("der BUND, die AWO sowie die Volkssolidarität")
                .text(),
            "der BUND, die AWO und die Volkssolidarität"
        );
        let en = list_words(&"en".parse().unwrap());
        assert_eq!(
            en.plain_conjunctions("Oxfam, Amnesty as well as Save the Children")
                .text(),
            "Oxfam, Amnesty and Save the Children"
        );
        // A language's phrase on another language's page: the page's own "and".
        let ru = list_words(&"ru".parse().unwrap());
        assert_eq!(
            ru.plain_conjunctions("«Яблоко», «Мемориал», а также ПАРНАС")
                .text(),
            "«Яблоко», «Мемориал», и ПАРНАС"
        );
        assert_eq!(
            de.plain_conjunctions("Sowieso e.V., Oraze").text(),
            "Sowieso e.V., Oraze"
        );
        assert_eq!(de.plain_conjunctions("Bund sowie").text(), "Bund sowie");
    }

    /// A name cut from the text with the page's own "and" in place of the catalog's other
    /// words is the name as printed: one that holds such a word holds it as printed, before
    /// or after the words changed around it; one that holds the language's own "and" as
    /// printed keeps it (constructed).
    #[test]
    fn names_are_cut_from_the_printed_text() {
        let de = list_words(&"de".parse().unwrap());
        let printed = "die AWO sowie der Verband Handel sowie Gewerbe, der BUND sowie die Tafel";
        let plain = de.plain_conjunctions(printed);
        assert_eq!(
            plain.text(),
            "die AWO und der Verband Handel und Gewerbe, der BUND und die Tafel"
        );
        assert_eq!(
            plain.printed("der Verband Handel und Gewerbe".to_owned()),
            "der Verband Handel sowie Gewerbe"
        );
        assert_eq!(
            plain.printed("AWO und der Verband".to_owned()),
            "AWO sowie der Verband"
        );
        assert_eq!(plain.printed("die Tafel".to_owned()), "die Tafel");
        // A name not in the plain text as cut (its words changed) is kept.
        assert_eq!(
            plain.printed("Handel + Gewerbe".to_owned()),
            "Handel + Gewerbe"
        );
        let as_printed = de.plain_conjunctions("Bund und Land sowie Stadt");
        assert_eq!(
            as_printed.printed("Bund und Land".to_owned()),
            "Bund und Land"
        );
        let zh = list_words(&"zh-Hans".parse().unwrap_or_default());
        let joined = zh.plain_conjunctions("甲乙协会、科学以及技术协会和戊己公司");
        assert_eq!(
            joined.printed("科学和技术协会".to_owned()),
            "科学以及技术协会"
        );
    }

    /// Hindi and Marathi pages write "व" between the last two names as often as CLDR's
    /// "और" and "आणि" (the Hindi catalog's `-reader-and-words`); inside a word it is left
    /// alone (constructed).
    #[test]
    fn hindi_and_marathi_va_joins_a_lists_last_name() {
        let hi = list_words(&"hi".parse().unwrap());
        assert_eq!(
            hi.plain_conjunctions("किसान सभा, युवा मंच व छात्र संघ").text(),
            "किसान सभा, युवा मंच और छात्र संघ"
        );
        let mr = list_words(&"mr".parse().unwrap());
        assert_eq!(
            mr.plain_conjunctions("शिक्षक संघ, कामगार सेना व युवा मंच")
                .text(),
            "शिक्षक संघ, कामगार सेना आणि युवा मंच"
        );
        assert_eq!(hi.plain_conjunctions("वन विकास").text(), "वन विकास");
    }

    /// Chinese writes its CLDR "and" (和) against the names: the catalog's "以及" (as well as),
    /// written so between two names, is read as "和", and after the list's separator as
    /// nothing (the separator joins the last name); a phrase of another language's catalog
    /// inside a Latin word of a Chinese page is not (constructed).
    #[test]
    fn a_catalog_and_written_against_the_names() {
        let zh = list_words(&"zh-Hans".parse().unwrap_or_default());
        assert_eq!(
            zh.plain_conjunctions("甲乙协会、丙丁协会以及戊己公司联合发起")
                .text(),
            "甲乙协会、丙丁协会和戊己公司联合发起"
        );
        assert_eq!(zh.plain_conjunctions("Xsowiex协会").text(), "Xsowiex协会");
        // After the separator, against the last name: the separator joins it, the word is
        // read as nothing, and the name is cut as printed.
        let separated = zh.plain_conjunctions("甲乙协会、丙丁协会、以及戊己公司联合发起");
        assert_eq!(separated.text(), "甲乙协会、丙丁协会、戊己公司联合发起");
        assert_eq!(separated.printed("戊己公司".to_owned()), "戊己公司");
        assert_eq!(
            separated.printed("丙丁协会、戊己公司".to_owned()),
            "丙丁协会、以及戊己公司"
        );
        let en = list_words(&"en".parse().unwrap_or_default());
        assert_eq!(en.plain_conjunctions("甲乙以及丙丁").text(), "甲乙以及丙丁");
    }

    #[test]
    fn conjunctions_and_separators_come_from_cldr() {
        // CLDR's list patterns: en "{0}, {1}, and {2}", es "{0}, {1} y {2}", hi "{0}, {1} और
        // {2}", zh "{0}、{1}和{2}", he "{0}, {1} ו{2}" (`node ../shared/tools/icu-oracle.mjs
        // list <tag> conjunction A B C`).
        let en = words("en");
        assert!(en.words.contains(&"and".to_owned()) && en.words.contains(&"or".to_owned()));
        assert!(en.separators.contains(&','));
        assert!(words("es").words.contains(&"y".to_owned()));
        assert!(words("hi").words.contains(&"और".to_owned()));
        let zh = words("zh");
        assert!(zh.joined.contains(&"和".to_owned()) && zh.separators.contains(&'、'));
        assert!(words("he").prefixes.contains(&"ו".to_owned()));
    }

    /// pt-espacolivrethiago-contra-o-retrocesso-movimentos-sociais, line 9 as published: each
    /// name after its article ("o MTST, a CTB, a CUT, …"). The Czech and Slovak "and" (CLDR's
    /// "{0} a {1}") is the Portuguese article "a": only Czech and Slovak pages take it for a
    /// conjunction; the Spanish "y" of other pages stays one.
    #[test]
    fn another_languages_conjunction_that_is_an_article_is_none() {
        let on_page = |tag: &str| list_words(&tag.parse().unwrap_or_default());
        assert!(!on_page("pt").is_conjunction("a"));
        assert!(!on_page("en").is_conjunction("a"));
        assert!(on_page("cs").is_conjunction("a") && on_page("sk").is_conjunction("a"));
        assert!(on_page("pt").is_conjunction("y") && on_page("pt").is_conjunction("e"));
        let line = "Entre os integrantes desta grande rede de ação popular, estão o MTST, a CTB, a CUT, a Intersindical a UNE, a Ubes, a UJS, o Fora do Eixo, a Mídia Ninja, a UBM, a Unegro e a Igreja Povo de Deus em Movimento, entre outros.";
        let lang: crate::Language = "pt".parse().unwrap_or_default();
        let options = crate::ingest::ParseOptions {
            lang: Some(&lang),
            ..Default::default()
        };
        let read: Vec<String> = crate::ingest::parse(line, &options)
            .entries
            .iter()
            .filter_map(|e| e.acronym.clone().or(e.name.clone()))
            .collect();
        assert!(read.len() >= 11, "{read:?}");
        assert!(
            read.contains(&"Igreja Povo de Deus em Movimento".to_owned()),
            "{read:?}"
        );
        assert!(read.contains(&"Unegro".to_owned()), "{read:?}");
    }

    /// hy-mediamax-hayakve-miasnutyan-tever-miasnabar, line 7 as published: two bodies joined
    /// by "եւ", the letters of CLDR's Armenian "և" (a ligature Unicode decomposes to them).
    /// Both spellings are the language's conjunction, and the sentence names the two bodies.
    #[test]
    fn a_conjunction_spelled_with_the_letters_of_its_ligature() {
        let hy = words("hy");
        assert!(hy.words.contains(&"և".to_owned()));
        assert!(hy.is_conjunction("եւ") && hy.is_conjunction("և"));
        assert!(!words("ru").is_conjunction("եւ"));
        let line = "Երեւան: Մեդիամաքս: «ՀայաՔվե» ազգային քաղաքացիական միավորումը եւ «Միասնության թեւեր» քաղաքական նախաձեռնությունը միասնաբար հանդես կգան հունիսի 7-ի ԱԺ ընտրություններում:";
        let lang: crate::Language = "hy".parse().unwrap_or_default();
        let options = crate::ingest::ParseOptions {
            lang: Some(&lang),
            ..Default::default()
        };
        let read = crate::ingest::parse(line, &options).entries;
        let names: Vec<String> = read
            .iter()
            .map(|e| format!("{:?} {:?}", e.name, e.acronym))
            .collect();
        assert_eq!(read.len(), 2, "{names:?}");
        assert!(names.iter().any(|n| n.contains("ՀայաՔվե")), "{names:?}");
        assert!(
            names.iter().any(|n| n.contains("Միասնության թեւեր")),
            "{names:?}"
        );
    }

    /// yo-radionigeriaibadan-nlc-tuc-ifehonuhan-oyo, line 5 as published: the page prints
    /// Yoruba without its accents, "… ti NLC ati TUC ni won gunle …" (NLC and TUC), where
    /// CLDR's Yoruba list pattern writes "àti" (`node icu-oracle.mjs list yo conjunction A B`
    /// → "A àtiB"; ICU4X's short pattern of three "A, B àti C").
    #[test]
    fn conjunctions_printed_without_their_accents() {
        let yo: LanguageIdentifier = "yo".parse().unwrap_or_default();
        let line = "Nibamu pelu ase eyi ti, Agbajopo egbe osise nile yi pa, egbe osise leka ipinle Oyo, ti NLC ati TUC ni won gunle ifehonuhan Alafia lo si ile igbimo asofin.";
        let plain = page_list_words(&yo, [line]);
        assert!(plain.is_conjunction("ati") && plain.is_conjunction("ATI"));
        assert!(plain.is_conjunction("àti"));
        // A page that prints accents ("Ọjọ́ Ajé", Monday, as CLDR writes it) prints them on
        // its conjunctions: "ati" is no conjunction of it.
        let accented = page_list_words(&yo, [line, "Ọjọ́ Ajé"]);
        assert!(!accented.is_conjunction("ati") && accented.is_conjunction("àti"));
        // The line read: the two unions joined by "ati" (the gold reading).
        let lines = super::super::lines::text_lines(line);
        let text = lines.first().map(|l| l.text.as_str()).unwrap_or_default();
        assert_eq!(
            super::super::enclosed::acronym_pair(text, &plain),
            Some(vec!["NLC".to_owned(), "TUC".to_owned()])
        );
        assert_eq!(super::super::enclosed::acronym_pair(text, &accented), None);
        // Greek "ή" ("or") is not read without its accent: "η" is the article.
        let el: LanguageIdentifier = "el".parse().unwrap_or_default();
        assert!(!page_list_words(&el, ["Η ΓΣΕΕ και η ΑΔΕΔΥ"]).is_conjunction("η"));
        // Nor Bengali "এবং" without its anusvara (a sign of a script without case, not an
        // accent).
        let bn: LanguageIdentifier = "bn".parse().unwrap_or_default();
        assert!(!page_list_words(&bn, ["সিপিআই এব সিপিএম"]).is_conjunction("এব"));
    }

    /// A conjunction printed with a cedilla where CLDR writes a comma below (Romanian "şi" for
    /// CLDR's "și", as legacy code pages printed it) is the same word; a letter Unicode
    /// encodes with a cedilla only ("ç") has no other form.
    #[test]
    fn a_comma_below_and_a_cedilla_are_one_letter() {
        assert_eq!(below_mark_form("și").as_deref(), Some("şi"));
        assert_eq!(below_mark_form("ţară").as_deref(), Some("țară"));
        assert_eq!(below_mark_form("ça"), None);
        assert_eq!(below_mark_form("and"), None);
        let ro = words("ro");
        assert!(ro.is_conjunction("și") && ro.is_conjunction("şi") && ro.is_conjunction("ŞI"));
    }
}
