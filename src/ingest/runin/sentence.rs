//! A run inside a sentence: the text cut into sentences and their enumerations, and the
//! longest run of pieces that read as names.

use super::conjunction::{split_last, strip_prefix_conjunction};
use super::first::{
    cut_group_kinds, cut_sentence_start, cut_uncased_start, first_words_of_name, name_before_run,
};
use super::kinds::{kind_word, sharing_kind};
use super::last::{
    acronym_starting, acronyms_starting, apart_after, cut_clause_after, cut_clause_edges,
    cut_uncased_ends, end_run_of_acronyms, last_names, name_after_aside, names_before_verb,
    pair_ends_run, quoted_name_starting, sentence_case_end, short_names_before_clause,
    title_before_verb, uncased_last_pair,
};
use super::leads::{run_leads, without_lead_after_conjunction, without_leads};
use super::marker::marker_run;
use super::pieces::{close_open_list, pieces, with_legal_forms, without_dash_asides};
use super::words::{
    capitalized_piece, cased, cased_capital, cased_small, has_numeric_date, item_like, minor_word,
    sentence_word, starts_upper, strip_articles, strip_conjunction, strip_elided_article,
    word_count,
};
use crate::ingest::listwords::ListWords;
use crate::ingest::persons::person_name;
use crate::ingest::script::{
    acronym_shaped, clause_end, holds_acronym, marked_acronym, mostly_han_or_kana, outside_groups,
    sentence_terminal, uncased, uncased_letter,
};
use std::cell::Cell;

/// The sentences of a text: split after ". " (and "! ", "? ", "。") before a capital, a digit or
/// a letter of a script without case.
pub(super) fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text, false)
}

/// The sentences of a text ([`sentences`]), where a stretch that runs on after dotted acronyms
/// ([`dotted_acronym_at`]) names organizations by a word it repeats at each ([`marker_run`]),
/// that stretch as one sentence: "… எல்.பி.எப் சார்பாக … ஏ.ஐ.டி.யு.சி. சார்பாக …". (Elsewhere a
/// dotted acronym's stop may end a run before the sentence goes on: "… ஏ.டி.சி.சி.டி.யு.
/// உள்ளிட்ட …", including.)
pub(super) fn marked_sentences(text: &str) -> Vec<&str> {
    let plain = sentences(text);
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    let mut out = Vec::new();
    for long in split_sentences(text, true) {
        let (a, b) = (offset(long), offset(long) + long.len());
        if marker_run(long).is_some() {
            out.push(long);
        } else {
            out.extend(plain.iter().filter(|s| (a..b).contains(&offset(s))));
        }
    }
    out
}

/// The sentences of a text; with `dotted`, a dotted acronym's stop ends none.
fn split_sentences(text: &str, dotted: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '.' | '!' | '?' | '。' if depth <= 0 => {
                let next_is_space = chars.get(k + 1).is_some_and(|(_, n)| n.is_whitespace());
                let after = chars
                    .iter()
                    .skip(k + 1)
                    .map(|(_, n)| *n)
                    .find(|n| !n.is_whitespace());
                let starts_new = after.is_some_and(|n| {
                    n.is_uppercase() || n.is_numeric() || (n.is_alphabetic() && !n.is_lowercase())
                });
                if (next_is_space || c == '。')
                    && starts_new
                    && !ordinal_at(&chars, k)
                    && !initials_at(&chars, k)
                    && !(dotted && dotted_acronym_at(&chars, k))
                {
                    let end = i + c.len_utf8();
                    out.push(text.get(start..end).unwrap_or_default());
                    start = end;
                }
            }
            _ => {}
        }
    }
    out.push(text.get(start..).unwrap_or_default());
    out.retain(|s| !s.trim().is_empty());
    out
}

/// The clauses of a sentence that runs on over the full stops of a script of its own
/// ([`own_stop`]: "।", "۔", "።"), parted after each stop that stands between clauses
/// ([`between_clauses`]), before a letter or a figure, a space after the stop or not ("… کر
/// رہی ہیں۔  جی ڈی اے، …"): [`sentences`] parts only at ". ", "! ", "? " and "。".
pub(super) fn own_stop_sentences<'t>(text: &'t str, lw: &ListWords) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if depth <= 0 && own_stop(c, lw) && between_clauses(text, i, c) => {
                let end = i + c.len_utf8();
                let next = text.get(end..).and_then(|t| t.trim_start().chars().next());
                if next.is_some_and(char::is_alphanumeric) {
                    out.push(text.get(start..end).unwrap_or_default());
                    start = end;
                }
            }
            _ => {}
        }
    }
    out.push(text.get(start..).unwrap_or_default());
    out.retain(|s| !s.trim().is_empty());
    out
}

/// Whether a character is the full stop of a script of its own (Unicode's Sentence_Terminal
/// beyond ASCII, "。" aside) that the list's CLDR pattern does not part names with (Burmese
/// "၊").
fn own_stop(c: char, lw: &ListWords) -> bool {
    c != '。' && ends_sentence(c) && !lw.is_separator(c)
}

/// Whether the full stop of a script of its own at byte `at` ends a clause, not a name: four
/// words or more stand between it and the stop or start before it, and between it and the
/// stop or end after it. Some pages part names with such a stop ("… جس میں جماعت اسلامی۔ پی
/// ٹی ائی۔ …", in which Jamaat-e-Islami. PTI. …), and a dateline's place ends with one
/// ("काठमाडौं । …"); a clause runs on for more words.
fn between_clauses(text: &str, at: usize, c: char) -> bool {
    let stop = |ch: char| ends_sentence(ch) || ch == '.';
    let before = text.get(..at).unwrap_or_default();
    let after = text.get(at + c.len_utf8()..).unwrap_or_default();
    let words_before = before.rsplit(stop).next().unwrap_or_default();
    let words_after = after.split(stop).next().unwrap_or_default();
    word_count(words_before) >= 4 && word_count(words_after) >= 4
}

/// Whether the full stop at `k` closes a dotted acronym of a script without case, whose letters
/// each end with one ("ஏ.ஐ.டி.யு.சி. சார்பாக …", [`marked_acronym`]): the acronym's own stop,
/// as a sentence runs on after it, not the end of the sentence.
fn dotted_acronym_at(chars: &[(usize, char)], k: usize) -> bool {
    let start = chars
        .get(..k)
        .unwrap_or_default()
        .iter()
        .rposition(|(_, c)| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let word: String = chars
        .get(start..=k)
        .unwrap_or_default()
        .iter()
        .map(|(_, c)| *c)
        .collect();
    word.matches('.').nth(1).is_some() && marked_acronym(&word)
}

/// Whether the full stop at `k` closes an initial in a script without case, beside another
/// (a word of one or two letters, a consonant with its vowel sign, before a full stop, the
/// word before or after it another such): a name's words shortened letter by letter ("अ. भा.
/// फॉरवर्ड ब्लॉक", "All India" Forward Bloc), not the end of a sentence.
fn initials_at(chars: &[(usize, char)], k: usize) -> bool {
    let initial = |word: &[char]| {
        word.split_last().is_some_and(|(stop, w)| {
            *stop == '.'
                && (1..=2).contains(&w.len())
                && w.first().is_some_and(|&c| uncased_letter(c))
        })
    };
    let text: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
    let start = text
        .get(..k)
        .unwrap_or_default()
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let this = text.get(start..=k).unwrap_or_default();
    let words_before = text.get(..start).unwrap_or_default();
    let before = words_before
        .split(|c| c.is_whitespace())
        .rev()
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    let after = text
        .get(k + 1..)
        .unwrap_or_default()
        .split(|c| c.is_whitespace())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    initial(this) && (initial(before) || initial(after))
}

/// The parts of a sentence that enumerate apart, each perhaps with its run: a part after a
/// separator and the list's conjunction before a word of the sentence (lower case, neither
/// an article nor a function word: "… els sindicats CC OO, UGT, Intersindical-CSC i CGT, i
/// entitats com Òmnium Cultural, l'Obra Cultural Balear (OCB), …", "the unions …, and
/// entities such as …") starts another enumeration. (A conjunction before a name, after the
/// separator, ends the same run: "…, and the Fire Brigades Union".) A semicolon before such a
/// word parts groups the same way, each led by its kind in lower case ("… представители
/// партий «Яблоко», КПРФ, НБП, Социал-демократической партии; общественных организаций
/// «Гражданское действие», …"): each group is a run of its own.
pub(super) fn enumerations<'t>(sentence: &'t str, lw: &ListWords) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, sep) in sentence.match_indices([',', ';']) {
        let Some(rest) = sentence.get(i + 1..).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let mut words = rest.split_whitespace();
        let first = words.next().unwrap_or_default();
        let parts = if sep == ";" {
            sentence_word(first) && !minor_word(first, lw)
        } else {
            words.next().is_some_and(|next| {
                lw.is_conjunction(first) && sentence_word(next) && !minor_word(next, lw)
            })
        };
        if parts {
            out.push(sentence.get(start..i).unwrap_or_default());
            start = i + 2;
        }
    }
    out.push(sentence.get(start..).unwrap_or_default());
    out
}

/// Whether the full stop at `k` follows a number of one or two digits written as a word of
/// its own, before a word in a script with case: an ordinal, as German, the Nordic, Slavic,
/// Baltic languages and Hungarian write a day or a rank ("Am 22. Oktober ruft …"), not the
/// end of a sentence.
fn ordinal_at(chars: &[(usize, char)], k: usize) -> bool {
    let before = chars.get(..k).unwrap_or_default();
    let digits = before
        .iter()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .count();
    let start = before.len() - digits;
    // (Before a word in a script without case, a number that starts a paragraph: "요구   1.
    // 경제정의실천시민연합, …".)
    let next_cased = chars
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .map(|(_, c)| *c)
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_uppercase() || c.is_lowercase());
    (1..=2).contains(&digits)
        && next_cased
        && start
            .checked_sub(1)
            .is_none_or(|p| before.get(p).is_some_and(|(_, c)| c.is_whitespace()))
}

/// How a run may end where letters give no sign of it: the reading of a page asks, where it
/// holds no run otherwise, for the runs of a script without case that end with the last piece
/// of their sentence, its name followed by the rest of the sentence: "A, B, C ও D যৌথ সভা
/// করেছে", "A, B, C and D held a joint meeting". Where letters have no case, nothing tells
/// where the last name ends and the sentence's words start, so that piece fails the tests of a
/// name and the run stops at the two names before it, too few; the rest of the sentence is cut
/// from the name afterwards ([`last_names`]). As a name is then read from a piece that no test
/// tells for one, this reading is asked only of a page that holds no run otherwise: where
/// another run is read, the page's list is that one. The default asks for none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(in crate::ingest) struct RunEnds {
    /// Whether a run in a script without case may end with its sentence's last piece.
    pub(in crate::ingest) last_piece: bool,
}

impl RunEnds {
    /// The runs of a script without case may end with their sentence's last piece.
    pub(in crate::ingest) const LAST_PIECE: Self = Self { last_piece: true };
}

/// The names of a list run into one sentence (three or more). With [`RunEnds::last_piece`], a
/// sentence in a script without case that holds none is read once more with its last piece as
/// the run's end ([`longest_run`]).
pub(super) fn run_in_sentence(text: &str, lw: &ListWords, ends: RunEnds) -> Option<Vec<String>> {
    run_in_sentence_with(text, lw, false).or_else(|| {
        (ends.last_piece && uncased(text))
            .then(|| run_in_sentence_with(text, lw, true))
            .flatten()
    })
}

/// The names of a list run into one sentence ([`run_in_sentence`]); with `last_piece`, a run
/// in a script without case may end with the sentence's last piece ([`RunEnds`]).
fn run_in_sentence_with(text: &str, lw: &ListWords, last_piece: bool) -> Option<Vec<String>> {
    let text = without_dash_asides(text);
    let text = text.as_ref();
    let ps = close_open_list(with_legal_forms(text.trim(), pieces(text.trim(), lw)), lw);
    // A Japanese sentence whose pieces end as clauses for the most part ("私たちは、…において、
    // …擁立し、…") names no list.
    if mostly_han_or_kana(text) && ps.iter().filter(|p| clause_end(p)).count() * 2 >= ps.len() {
        return None;
    }
    // The run is read with the first piece's words after its colon ([`after_label`]); a piece
    // before the run keeps its colon for [`name_before_run`] ("…: партия РОТ ФРОНТ, …").
    let mut cut = ps.clone();
    if let Some(first) = cut.first_mut() {
        *first = after_label(first, lw);
    }
    // (A small word the sentence prints before each name is the run's syntax: [`run_leads`].)
    let leads = run_leads(&cut, lw);
    let cut = without_leads(&cut, &leads);
    let ((a, b), followed) = longest_run(&cut, lw, last_piece)?;
    let b = b + usize::from(pair_ends_run(&cut, (a, b), lw));
    let mut items = with_group_ends_split(cut.get(a..=b).unwrap_or_default(), text, lw);
    // (An acronym after the run goes on with it; it does not make a run of two names.)
    let next = ps.get(b + 1).copied().unwrap_or_default();
    if let Some(head) = names_before_verb(next, lw)
        .or_else(|| (items.len() >= 2).then(|| acronym_starting(next)).flatten())
        .or_else(|| quoted_name_starting(next, &items))
        .or_else(|| {
            followed
                .then(|| first_words_of_name(next, &items))
                .flatten()
        })
    {
        items.push(head);
    } else {
        let before = ps.get(..a).unwrap_or_default();
        items.extend(acronyms_starting(next, &items, before, lw));
    }
    // "X and Y" at the end of the run: two names.
    if let Some(last) = items.pop() {
        let prev = match items.last() {
            Some(p) => Some(p.as_str()),
            None => a.checked_sub(1).and_then(|k| ps.get(k)).copied(),
        };
        match prev.and_then(|p| short_names_before_clause(&last, p, lw)) {
            Some(pair) => items.extend(pair.map(str::to_owned)),
            None => {
                let plain;
                let lw = match apart_after(ps.get(b + 1..).unwrap_or_default(), lw) {
                    true => {
                        plain = lw.without_suffixes();
                        &plain
                    }
                    false => lw,
                };
                let last = without_lead_after_conjunction(&last, &leads, lw);
                items.extend(last_names(&last, &items, lw));
            }
        }
    }
    if let Some(prev) = a.checked_sub(1).and_then(|k| ps.get(k)) {
        name_before_run(prev, &mut items, lw);
    }
    end_run_of_acronyms(&mut items);
    cut_labels(&mut items, a == 0);
    cut_sentence_start(&mut items, lw);
    cut_group_kinds(&mut items, lw);
    cut_uncased_ends(&mut items);
    let introduced = ps
        .get(..=a)
        .is_some_and(|before| before.iter().any(|p| p.contains([':', '：'])));
    // (A first name still the sentence's first piece whole opens the sentence.)
    let opens = a == 0 && items.first().map(String::as_str) == ps.first().map(|p| p.trim());
    cut_uncased_start(&mut items, introduced, opens);
    cut_clause_edges(&mut items);
    let items = without_list_words(items, lw);
    (items.len() >= 3).then_some(items)
}

/// The names of a run's pieces, trimmed; a piece that closes a group of the run (a semicolon
/// after it, a comma before it, where commas part the run's names as often as semicolons part
/// its groups: "…; la CTB, Força Sindical, Nova Central y UGT de Brasil; la CGT, CTAA y CTAT de
/// Argentina; …") is its group's last piece, "X and Y" read as the run's last piece is
/// ([`split_last`], the run's other pieces its others), unless the name after the conjunction
/// goes on with the sentence's words ("… As-Sen ve HÜR-İŞ’e bağlı;", "affiliated to"). The
/// run's own last piece is left to [`last_names`].
fn with_group_ends_split(ps: &[&str], text: &str, lw: &ListWords) -> Vec<String> {
    let names: Vec<&str> = ps
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let at = |p: &str| (p.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let sign_after = |p: &str| {
        text.get(at(p) + p.len()..)
            .and_then(|rest| rest.trim_start().chars().next())
    };
    let semicolon = |c: Option<char>| matches!(c, Some(';' | '\u{61B}'));
    let inner = names
        .get(..names.len().saturating_sub(1))
        .unwrap_or_default();
    let groups = inner.iter().filter(|p| semicolon(sign_after(p))).count();
    let grouped = groups > 0 && inner.len() >= 2 * groups;
    let mut out = Vec::new();
    for (k, p) in names.iter().enumerate() {
        let closes_group = k >= 1
            && k + 1 < names.len()
            && semicolon(sign_after(p))
            && names
                .get(k - 1)
                .is_some_and(|b| sign_after(b).is_some_and(|c| lw.is_separator(c) && c != ';'));
        if !(grouped && closes_group) {
            out.push((*p).to_owned());
            continue;
        }
        let others: Vec<String> = (names.iter().enumerate())
            .filter(|&(j, _)| j != k)
            .map(|(_, o)| (*o).to_owned())
            .collect();
        match split_last(p, &others, lw).as_slice() {
            [_, second] if second.split_whitespace().skip(1).any(sentence_word) => {
                out.push((*p).to_owned());
            }
            split => out.extend(split.iter().cloned()),
        }
    }
    out
}

/// The first piece of a line may itself be introduced by a colon (when the run starts the
/// line: `first_piece`), and so may, in Chinese or Japanese, a group of names after a
/// semicolon ("主辦單位是:A、B、C;支持單位是:D、E"), whose names hold no colon (a Hebrew name
/// may: "עקבות: המכון לחקר הסכסוך"): the label is cut.
fn cut_labels(items: &mut [String], first_piece: bool) {
    for (k, item) in items.iter_mut().enumerate() {
        let end = match k {
            0 if first_piece => label_end(item),
            _ if mostly_han_or_kana(item) => item.rfind([':', '：']).map(|c| c + c_len(item, c)),
            _ => None,
        };
        if let Some(rest) = end.and_then(|at| item.get(at..))
            && !rest.trim().is_empty()
        {
            *item = rest.trim().to_owned();
        }
    }
}

/// Where the words after a first piece's label start: after its last colon, or after a spaced
/// dash that ends a clause, its word before in small letters (Russian "Среди них — …", "among
/// them", where the dash stands for the verb the sentence leaves out); not a dash after a
/// name, which may be its acronym's ("… de Cataluña – Femcat").
fn label_end(p: &str) -> Option<usize> {
    let colon = p.rfind([':', '：']).map(|c| c + c_len(p, c));
    let dash = [" – ", " — "]
        .iter()
        .filter_map(|d| p.rfind(d).map(|at| (at, at + d.len())))
        .filter(|&(at, _)| {
            p.get(..at)
                .and_then(|b| b.split_whitespace().last())
                .is_some_and(cased_small)
        })
        .map(|(_, end)| end)
        .max();
    colon.max(dash)
}

/// A run's names without the conjunctions and articles the sentence puts before them.
fn without_list_words(items: Vec<String>, lw: &ListWords) -> Vec<String> {
    let others = items.clone();
    items
        .into_iter()
        .enumerate()
        .map(|(k, s)| {
            let s = strip_prefix_conjunction(strip_conjunction(&s, lw), &others, lw);
            // Inside the run a capital article is the name's ("…, La Intersindical (Cataluña),
            // …"); the first name's may start the sentence.
            match s.split_whitespace().next() {
                Some(w) if k > 0 && starts_upper(w) && cased(w) => s,
                _ => strip_elided_article(strip_articles(&s).0).to_owned(),
            }
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// The words after the colon of a sentence's first piece, where a clause introduces the run
/// with it, when they read as a name ("Трите партии кои владееја во старата коалиција во
/// Бугарија: „Продолжуваме со промената“, …"); otherwise the piece (which may read as one
/// whole, the colon cut later: "Motivul: refuzul dialogului social Confederația Naționala
/// Sindicala Cartel ALFA, …").
fn after_label<'t>(p: &'t str, lw: &ListWords) -> &'t str {
    label_end(p)
        .and_then(|at| p.get(at..))
        .filter(|rest| item_like(rest, lw))
        .unwrap_or(p)
}

fn c_len(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

/// A piece that ends with a group in parentheses, short enough to be a name with it: next to
/// another such piece, the run's names share that form (each with its leader, "… (A.Jarašuk),
/// biełaruskaja … partyja (Hramada) (M.Hryb), BSDH (S.Šuškievič)"), and a name starting in
/// lower case with the kind of organization is one of them.
fn paren_end(p: &str) -> bool {
    let t = p.trim().trim_end_matches(['.', '。']);
    // (Counted without its groups: a long name's acronym is no word of it.)
    t.ends_with(')') && t.contains('(') && word_count(&outside_groups(t)) <= 10 && !t.contains(". ")
}

/// The longest run of consecutive name-like pieces, or one that names organizations by their
/// acronyms ([`named_run`]): (first, last), and whether another run of the sentence follows
/// it. A piece that reads as a name only without the clause after it ([`cut_clause_after`])
/// ends the run; with `last_piece`, so does the sentence's last piece in a script without
/// case after two names ([`RunEnds`]).
fn longest_run(ps: &[&str], lw: &ListWords, last_piece: bool) -> Option<((usize, usize), bool)> {
    let paren = |k: Option<usize>| k.and_then(|k| ps.get(k)).is_some_and(|p| paren_end(p));
    // (Each test is told once per piece: the tests of the pieces around a piece ask it again.)
    let n = ps.len();
    let named = told_once(n, |k: usize| {
        let p = ps.get(k).copied().unwrap_or("");
        item_like(p, lw)
            || (k > 0 && (capitalized_piece(p, lw) || two_names(p, lw)))
            || (paren(Some(k)) && (paren(k.checked_sub(1)) || paren(k.checked_add(1))))
            || small_kind_shared(ps, k, lw)
    });
    // A piece of one word next to a name is a name, whatever its case ("… mit dem BUND,
    // ver.di, Campact, attac, Finanzwende, …").
    let plain = told_once(n, |k: usize| {
        named(k)
            || (lone_word(ps.get(k).copied().unwrap_or(""), lw)
                && (k.checked_sub(1).is_some_and(&named) || named(k + 1)))
    });
    let ends = told_once(n, |k: usize| {
        let p = ps.get(k).copied().unwrap_or("");
        let cut = cut_clause_after(p.trim().trim_end_matches(['.', '。']), lw);
        (cut.len() < p.trim().len() && (item_like(cut, lw) || names_no_person(cut, lw)))
            || (k > 0 && name_after_aside(p, lw).is_some())
            || (k > 0 && title_before_verb(p.trim(), lw).is_some())
            || (k > 0 && last_pair_of_shared_kind(ps, k, lw))
            || (last_piece && k >= 2 && k + 1 == n && uncased(p) && plain(k - 1) && plain(k - 2))
            || k.checked_sub(1)
                .and_then(|j| ps.get(j))
                .is_some_and(|prev| {
                    sentence_case_end(p, prev, lw).is_some()
                        || short_names_before_clause(p, prev, lw).is_some()
                })
    });
    // A piece between two names of the run, each after or before another, that fails the
    // tests of a name but holds one by its form ([`bridging_piece`]) goes on with the run.
    let bridge = |k: usize| {
        k >= 2
            && [k - 2, k - 1, k + 1, k + 2]
                .iter()
                .all(|&n| n < ps.len() && plain(n))
            && bridging_piece(ps.get(k).copied().unwrap_or(""), lw)
    };
    let within = told_once(n, |k: usize| plain(k) || bridge(k));
    let like = |k: usize| within(k) || ends(k);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < ps.len() {
        if like(i) {
            let mut j = i;
            while j + 1 < ps.len() && within(j) && like(j + 1) {
                j += 1;
            }
            runs.push((i, j));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    // (The first of the longest runs.)
    let longest = runs.iter().copied().rev().max_by_key(|(a, b)| b - a)?;
    Some(match named_run(ps, &runs, longest) {
        Some(named) => (named, named.1 < longest.0),
        None => (longest, false),
    })
}

/// In a script without case, in a run a colon or a dash introduces, a piece that holds a name,
/// the list's conjunction and a name of three words or more ending with a kind written apart
/// that a piece of the run before it ends with, then the sentence ("…,
/// त्रिपुरा कृषक मुक्ति परिषद और अखिल भारत क्रान्तिकारी किसान सभा को एकत्रित कर …", after "…
/// प्रगतिशील किसान सभा": "…, D and E were brought together …"): the run's last piece, cut
/// later ([`last_names`]). A run that opens its sentence, two names or more that share their
/// kind, is read as one a colon introduces ([`opening_run`]).
fn last_pair_of_shared_kind(ps: &[&str], k: usize, lw: &ListWords) -> bool {
    let Some((_, rest)) = ps.get(k).and_then(|p| uncased_last_pair(p, lw)) else {
        return false;
    };
    // (The kinds are read from the run only, after the last colon or dash that introduces it:
    // a piece of the sentence before it ends with any word, a postposition as often.)
    let before = ps.get(..k).unwrap_or_default();
    let Some(run) = introduced_run(before).or_else(|| opening_run(before, lw)) else {
        return false;
    };
    let kinds: Vec<String> = run
        .iter()
        .filter_map(|p| p.split_whitespace().last())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .map(kind_word)
        .collect();
    // (The last name and the sentence it ends in: a danda "।" ends that sentence, and a word of
    // the next ones is no word of the name.)
    let rest = rest.split(ends_sentence).next().unwrap_or_default();
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..words.len().saturating_sub(2))
        .any(|i| words.get(i).is_some_and(|w| kinds.contains(&kind_word(w))))
}

/// The pieces before a run's last piece where they open the sentence, two or more, each a
/// name ([`item_like`]), two of them ending with the kind they share ([`sharing_kind`]): "A
/// पार्टी, B पार्टी, C और D पार्टी ने …" (A party, B party, C and D party said …) is a run
/// without a colon before it, where a sentence's words before a pair end with postpositions.
fn opening_run<'t>(before: &[&'t str], lw: &ListWords) -> Option<Vec<&'t str>> {
    let run = (before.len() >= 2
        && before.iter().all(|p| uncased(p) && item_like(p, lw))
        && sharing_kind(before) >= 2)
        .then(|| before.to_vec())?;
    (!run.iter().any(|p| p.contains(ends_sentence))).then_some(run)
}

/// The pieces after the last colon or spaced dash among `before`, the first cut to the text
/// after it; none without one. A dash between a word and the same word again joins a
/// reduplication (Hindi "साथ – साथ", "along with") and introduces nothing. A colon of an
/// earlier sentence, a mark of Unicode's Sentence_Terminal of the script (the danda "।")
/// after it, introduces no run of this one (a dateline's "ଭୁବନେଶ୍ୱର,୧୮ା୯(…): …। …").
fn introduced_run<'t>(before: &[&'t str]) -> Option<Vec<&'t str>> {
    let (i, at) = before
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, p)| introducer_end(p).map(|at| (i, at)))?;
    let first = before.get(i)?.get(at..)?;
    let run: Vec<&str> = std::iter::once(first)
        .chain(before.get(i + 1..)?.iter().copied())
        .collect();
    (!run.iter().any(|p| p.contains(ends_sentence))).then_some(run)
}

/// Whether a character ends a sentence in a script of its own: Unicode's Sentence_Terminal,
/// not ASCII (a full stop before a letter of a script without case is read by [`sentences`]).
fn ends_sentence(c: char) -> bool {
    !c.is_ascii() && sentence_terminal(c)
}

/// Where the text after a piece's last colon or spaced dash starts, unless the dash stands
/// between a word and itself.
fn introducer_end(p: &str) -> Option<usize> {
    let colon = p.rfind([':', '：']).map(|at| at + c_len(p, at));
    let dash = [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| p.rfind(d).map(|at| (at, at + d.len())))
        .filter(|&(at, end)| {
            let before = p.get(..at).and_then(|b| b.split_whitespace().last());
            let after = p.get(end..).and_then(|a| a.split_whitespace().next());
            before.is_none() || before != after
        })
        .map(|(_, end)| end)
        .max();
    colon.max(dash)
}

/// A test of a sentence's pieces by index that tells each of the `n` pieces once, keeping its
/// answer (an index past them is told each time it is asked).
fn told_once(n: usize, test: impl Fn(usize) -> bool) -> impl Fn(usize) -> bool {
    let told: Vec<Cell<Option<bool>>> = vec![Cell::new(None); n];
    move |k| match told.get(k) {
        Some(cell) => cell.get().unwrap_or_else(|| {
            let answer = test(k);
            cell.set(Some(answer));
            answer
        }),
        None => test(k),
    }
}

/// A piece too long for one name that is two, joined by the list's conjunction, each a name
/// by the reader's tests ("…, Federația Sindicatelor din Educație „SPIRU HARET” și Federația
/// Națională Sindicală „ALMA MATER”, în semn de revoltă …"); a name may be an acronym and
/// its name after a dash ("…, Greenpeace Slovenija in PIC - Pravni center za varstvo
/// človekovih pravic in okolja, …"). (Names with a group in parentheses, an acronym or a
/// person's role, are read by [`split_acronym_pair`].)
fn two_names(p: &str, lw: &ListWords) -> bool {
    let t = p.trim();
    let plain = |s: &str| word_count(s) <= 8 && (item_like(s, lw) || capitalized_piece(s, lw));
    let name = |s: &str| {
        let s = s.trim();
        let after_acronym = s
            .split_once(" - ")
            .or_else(|| s.split_once(" – "))
            .filter(|(a, _)| word_count(a) == 1 && acronym_shaped(a))
            .map(|(_, rest)| rest);
        plain(s) || after_acronym.is_some_and(plain)
    };
    cased(t)
        && word_count(t) > 8
        && !t.contains('(')
        && t.split_whitespace().any(|w| {
            lw.is_conjunction(w) && !starts_upper(w) && {
                let at = w.as_ptr() as usize - t.as_ptr() as usize;
                let (a, b) = (
                    t.get(..at).unwrap_or(""),
                    t.get(at + w.len()..).unwrap_or(""),
                );
                word_count(a) >= 2 && word_count(b) >= 2 && name(a) && name(b)
            }
        })
}

/// A piece cut before the clause after it that holds two names ([`two_names`]), the last
/// not ending with a person's name ("…, la Fundación de Empresarios de Cataluña – Femcat y la
/// Obra Cultural Balear de Formentera por pedir la oficialidad …"; not "…, Serokê Giştî yê
/// PSKê Mesut Tek û Berdevkê Hareketa Azadî Ayetullah Aştî pê dihat …", officers with
/// their names).
fn names_no_person(p: &str, lw: &ListWords) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    let end = words
        .get(words.len().saturating_sub(2)..)
        .unwrap_or_default()
        .join(" ");
    two_names(p, lw) && !person_name(&end)
}

/// A piece in small letters of a script with case that ends with the kind another piece of
/// the sentence ends with or names: names written with their kind in lower case, as Russian and
/// Ukrainian write most parties' and unions' names ("…, национально-демократическая партия,
/// …, народная партия, …", national democratic party, people's party). Each piece two to six
/// words (its conjunction and articles aside), the kind's word of four letters or more, no
/// function word of the sentence; a clause's words rarely end two pieces alike.
fn small_kind_shared(ps: &[&str], k: usize, lw: &ListWords) -> bool {
    let kind = |p: &str| -> Option<String> {
        let bare = strip_articles(strip_conjunction(p.trim(), lw)).0;
        let words: Vec<&str> = bare.split_whitespace().collect();
        let last = *words.last()?;
        ((2..=6).contains(&words.len())
            && cased(bare)
            && words.iter().all(|w| cased_small(w) && !minor_word(w, lw))
            && last.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .then(|| kind_word(last))
    };
    let Some(own) = ps.get(k).and_then(|p| kind(p)) else {
        return false;
    };
    // (The other piece may hold the kind before the list's last conjunction: "…, селянська
    // спілка, молодіжна спілка і партія «…»".)
    ps.iter().enumerate().any(|(j, p)| {
        j != k
            && (kind(p).as_deref() == Some(own.as_str())
                || p.split_whitespace().any(|w| kind_word(w) == own))
    })
}

/// A piece that is one word of a script with case, two letters or more, and no word of the
/// sentence's syntax (an article, a function word, a conjunction): a name printed in lower
/// case ("attac", "ver.di") where a name stands before or after it.
fn lone_word(p: &str, lw: &ListWords) -> bool {
    let t = p.trim();
    let mut words = t.split_whitespace();
    let (Some(w), None) = (words.next(), words.next()) else {
        return false;
    };
    cased(w)
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().next().is_some_and(char::is_alphabetic)
        && !minor_word(w, lw)
        && !w.ends_with([':', '：'])
}

/// A piece of a run, in a script with case, that fails the tests of a name ([`item_like`],
/// [`capitalized_piece`]) but is shaped like one: twelve words at most, no sentence break, not
/// after a conjunction (which ends a run: "…, Intersindical-CSC i CGT, i entitats com Òmnium
/// Cultural, …"), its last word capitalized or an acronym, and two words of a sentence at most
/// (lower case, not joining a name's words), no more than its other words, and no colon (a
/// label before the names). Between names it is one too, longer than most ("…, FSU 64, CGT
/// des cheminots de St Jean de Luz et d'Hendaye, CGT des cheminots de Bayonne, …") or printed
/// in lower case ("…, Un ponte per, archivio Disarmo, Anpi, …").
fn bridging_piece(p: &str, lw: &ListWords) -> bool {
    let t = p.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let prose = words
        .iter()
        .filter(|w| cased_small(w) && !minor_word(w, lw))
        .count();
    // (After an elided article: "d'Hendaye".)
    let name_end = words.last().is_some_and(|w| {
        let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
        acronym_shaped(w) || cased_capital(w) || w.ends_with(')')
    });
    let after_conjunction = words.first().is_some_and(|w| lw.is_conjunction(w));
    cased(t)
        && (1..=12).contains(&words.len())
        && name_end
        && !after_conjunction
        && (prose <= 2 || (prose * 2 < words.len() && titled_end(&words)))
        && prose * 2 <= words.len()
        && !t.contains(". ")
        && !t.contains([':', '：'])
        && !has_numeric_date(t)
}

/// Whether a piece's last two words are capitalized: a name that ends with a proper name
/// of two words, whatever the words before it (Vietnamese writes a name's common words in
/// lower case, a syllable a word: "Ban vận động Văn đoàn Độc lập Việt Nam").
fn titled_end(words: &[&str]) -> bool {
    words.len() >= 4 && words.iter().rev().take(2).all(|w| cased_capital(w))
}

/// Of a sentence's runs, one that names organizations by their acronyms (two of its pieces or
/// more, with the piece before it, where its first name may stand) rather than the longest
/// when that one names none and is at most twice as long: the persons who spoke after the
/// organizations that took part ("… ایس یو پی، ایس ٹی پی، … جی یو آئی اور … کے رہنماؤں جمن
/// دربدر، حاجی ساند، …"), which the sentence names in the same way.
fn named_run(
    ps: &[&str],
    runs: &[(usize, usize)],
    longest: (usize, usize),
) -> Option<(usize, usize)> {
    let named = |from: usize, to: usize| {
        ps.get(from..=to.min(ps.len().saturating_sub(1)))
            .unwrap_or_default()
            .iter()
            .filter(|p| holds_acronym(p))
            .count()
    };
    if named(longest.0, longest.1) > 0 {
        return None;
    }
    let len = |(a, b): (usize, usize)| b - a + 1;
    runs.iter()
        .copied()
        .filter(|&r| r != longest && len(r) * 2 >= len(longest))
        .filter(|&(a, b)| named(a.saturating_sub(1), b + 1) >= 2)
        .max_by_key(|&r| (len(r), std::cmp::Reverse(r.0)))
}

#[cfg(test)]
mod tests {
    use super::super::run_in;
    use super::super::tests::{items_first, run_of};
    use super::*;
    use crate::ingest::listwords::list_words;

    /// A constructed Ukrainian sentence whose parties are named with their kind in small
    /// letters, two sharing "партія" and two "спілка", after a party's quoted name: a run; a
    /// sentence whose clauses in
    /// small letters end each with another word is none.
    /// A constructed Bengali sentence that runs four bodies into its start, the last after "ও"
    /// (and) and before the rest of the sentence: read alone, the run stops before its last
    /// piece; read where the page holds no other run, the last piece ends it.
    #[test]
    fn a_last_piece_ends_an_uncased_run_only_when_asked() {
        let bn = list_words(&"bn".parse().unwrap_or_default());
        let line = "কৃষক সমিতি, শ্রমিক পরিষদ, ছাত্র ইউনিয়ন ও যুব ফোরাম আজ শহরের উন্নয়নের দাবিতে কেন্দ্রীয় কার্যালয়ের সামনে বড় মিছিল করেছে।";
        assert_eq!(run_in_sentence(line, &bn, RunEnds::default()), None);
        let items = run_in_sentence(line, &bn, RunEnds::LAST_PIECE).unwrap_or_default();
        assert!(items.len() >= 3, "{items:?}");
        assert!(items.iter().any(|i| i == "শ্রমিক পরিষদ"), "{items:?}");
    }

    #[test]
    fn names_in_small_letters_sharing_their_kind_are_a_run() {
        let uk = list_words(&"uk".parse().unwrap_or_default());
        let line = "Заяву підписали партії \"Єдність\", аграрна партія, зелена партія, селянська спілка, молодіжна спілка і партія \"Відродження\".";
        let items = run_in(line, &uk).unwrap_or_default();
        assert!(items.iter().any(|i| i == "аграрна партія"), "{items:?}");
        assert!(items.iter().any(|i| i == "селянська спілка"), "{items:?}");
        let prose = "Учасники обговорили нові правила, висловили свої побоювання, погодилися зустрітися знову і розійшлися.";
        assert_eq!(run_in(prose, &uk), None);
    }

    /// A full stop of a script of its own parts the clauses of a sentence, a space after it or
    /// not, where four words or more stand on each side; between names printed a few words
    /// each, and after a dateline's place, it parts nothing; Burmese "၊", which CLDR's list
    /// pattern parts names with, is no stop (constructed).
    #[test]
    fn a_scripts_own_full_stop_parts_clauses_not_names() {
        let ur = list_words(&"ur".parse().unwrap_or_default());
        let two = "کل شہر میں ایک بڑا اجلاس ہوا۔  مزدور یونین، کسان یونین اور طلبہ یونین نے شرکت کی";
        assert_eq!(own_stop_sentences(two, &ur).len(), 2);
        let names =
            "اجلاس میں سب جماعتوں نے شرکت کی جن میں مزدور یونین۔ کسان یونین۔ طلبہ یونین شامل تھیں";
        assert_eq!(own_stop_sentences(names, &ur), [names]);
        let hi = list_words(&"hi".parse().unwrap_or_default());
        let unspaced = "शहर में कल एक बड़ी बैठक की गई।मजदूर संघ और किसान संघ के लोग वहां पहुंचे";
        assert_eq!(own_stop_sentences(unspaced, &hi).len(), 2);
        let dateline = "पटना । मजदूर संघ और किसान संघ के लोग कल शहर में पहुंचे";
        assert_eq!(own_stop_sentences(dateline, &hi), [dateline]);
        let my = list_words(&"my".parse().unwrap_or_default());
        assert!(!own_stop('၊', &my) && own_stop('။', &my));
    }

    /// Line 2 of tests/fixtures/ingest/real/hi-newsdhamaka-kolhan-shram-sangathan-convention
    /// (newsdhamaka.com, a Hindi report of a trade unions' convention), its gold: the unions
    /// named by their acronyms. A dash between a word and itself ("साथ – साथ", "along with")
    /// introduces no run, and the piece "डीवीसी और रेलवे कर्मचारियों के … बड़ी संख्या में …",
    /// two names with "और" (and) before the sentence goes on, does not end the run after the
    /// dash by a word ("में", "in") that a piece of the sentence before that run ends with.
    #[test]
    fn a_last_pair_ends_a_run_only_by_a_kind_of_the_run_after_its_introducer() {
        let line = "जमशेदपुर । केंद्र सरकार की जनविरोधी राष्ट्रविरोधी नीतियों के खिलाफ मजदूर वर्ग के राष्ट्रव्यापी अभियान के क्रम में राष्ट्रीय एवं राज्य स्तरीय कन्वेंशन के बाद आज 02 जुलाई-2023 को, टिनप्लेट वर्कर्स यूनियन गोलमुरी सभागार में , श्रम संगठनों का कोल्हान स्तरीय संयुक्त कन्वेंशन का आयोजन किया गया , जिसमें इंटक, एटक, सीटू, ऐक्टू, एचएमएस, एआईयूटीयूसी आदि केंद्रीय ट्रेड यूनियनों के साथ – साथ अराजपत्रित कर्मचारी, बैंक, बीमा, डाक, बीएसएनएल, सेल्स प्रमोशन, डीवीसी और रेलवे कर्मचारियों के फेडरेशनों एवं झारखंड वर्कर्स यूनियन के कार्यकर्ताओं ने बड़ी संख्या में श्री राकेश्वर पांडे, श्री के के त्रिपाठी एवं कॉ0 बी एन सिंह की अध्यक्षता में आयोजित आज की कन्वेंशन में रखा गया घोषणा पत्र में बता";
        let items = run_of("hi", line);
        assert!(items.iter().any(|i| i == "एटक"), "{items:?}");
        assert!(!items.iter().any(|i| i == "बैंक"), "{items:?}");
        assert_eq!(
            introducer_end("ट्रेड यूनियनों के साथ – साथ अराजपत्रित कर्मचारी"),
            None
        );
        assert_eq!(introducer_end("चार किसान संगठनों – अखिल भारत"), Some(52));
    }

    /// Line 1 of tests/fixtures/ingest/real/or-dharitri-anganwadi-karmachari-union-sanjukta-morcha-chetabani
    /// (dharitri.com, an Odia news item on the anganwadi workers' unions' joint front): after
    /// the dateline's colon, "ଅଙ୍ଗନଓ୍ବାଡ଼ି କର୍ମୀ, ସହାୟିକା ଓ ମିନି ଅଙ୍ଗନଓ୍ବାଡ଼ି କର୍ମୀଙ୍କ ଭତ୍ତା …"
    /// (the workers', helpers' and mini workers' allowance) names no run: the word "କର୍ମୀ" of
    /// the piece after the colon comes again only in a later sentence, after a danda ("।").
    /// A colon of an earlier sentence introduces no run of this one.
    /// A constructed Tamil text: a dotted acronym's last stop inside a sentence that runs on
    /// after it, kept inside where the stretch repeats a word at each acronym.
    #[test]
    fn a_dotted_acronyms_stop_ends_no_marked_sentence() {
        let text = "கூட்டத்தில் சிஐடியு சார்பாக முருகன் எல்.பி.எப் சார்பாக செல்வம் \
                    ஏ.ஐ.டி.யு.சி. சார்பாக பாண்டியன் பேசினர். மாலை கூட்டம் முடிந்தது.";
        assert_eq!(sentences(text).len(), 3);
        let marked = marked_sentences(text);
        assert_eq!(marked.len(), 2);
        assert!(marked[0].ends_with("பேசினர்."));
        // (No word repeated at each: the acronym's stop ends the sentence as before.)
        let text = "கூட்டத்தில் ஏ.ஐ.டி.யு.சி. உள்ளிட்ட சங்கங்கள் பங்கேற்றன.";
        assert_eq!(marked_sentences(text).len(), 2);
    }

    #[test]
    fn a_colon_of_an_earlier_sentence_introduces_no_run() {
        let line = "ଭୁବନେଶ୍ୱର,୧୮ା୯(ଅନୁରାଧା ମହାରଣା): ଅଙ୍ଗନଓ୍ବାଡ଼ି କର୍ମୀ, ସହାୟିକା ଓ ମିନି ଅଙ୍ଗନଓ୍ବାଡ଼ି କର୍ମୀଙ୍କ ଭତ୍ତା ବୃଦ୍ଧି ସହ ଆଉ କେତେକ ଦାବି ପୂରଣ ନ ହେବାରୁ ପୁଣି ଆନ୍ଦୋଳନ ଧମ ଦେଇଛି ଅଙ୍ଗନଓ୍ବାଡ଼ି କର୍ମଚାରୀ ୟୁନିଅନ ସଂଯୁକ୍ତ ମୋର୍ଚ୍ଚା। ଅକ୍ଟୋବର ୩ରେ ବଡ଼ଧରଣର ବିକ୍ଷୋଭ ପ୍ରଦର୍ଶନ କରିବେ ଅଙ୍ଗନଓ୍ବାଡ଼ି କର୍ମୀ ଓ ସହାୟିକା। ଦାବି ପୂରଣ ପାଇଁ ଗତ ମାର୍ଚ୍ଚରେ ସେମାନେ ଆନ୍ଦୋଳକୁ ଓହ୍ଲାଇଥିଲେ। ମହିଳା ଓ ଶିଶୁ ବିକାଶ ବିଭାଗ ପକ୍ଷରୁ ଆଲୋଚନା ପରେ ଆନ୍ଦୋଳନ ସ୍ଥଗିତ ରଖିଥିଲେ। ମାତ୍ର ବର୍ତ୍ତମାନ ସୁଦ୍ଧା ଦାବି ପୂରଣ ନେଇ କୌଣସି ଘୋଷଣା କରାଯାଇନାହିଁ। ତେଣୁ ପୁଣିଥରେ ଆନ୍ଦୋଳନକୁ ଓହ୍ଲାଇବାକୁ ନିଖିଳ ଓଡ଼ିଶା ଅଙ୍ଗନବାଡ଼ି କର୍ମୀ ସଂଘ, ଅଲ୍ ଓଡ଼ିଶା ଅଙ୍ଗନଓ୍ବାଡ଼ି ଓ୍ବାର୍କର୍ସ ଆଣ୍ଡ୍ ହେଲପର୍ସ ଆସୋସିଏଶନ ଏବଂ ପଶ୍ଚିମ ଓଡ଼ିଶା ଅଙ୍ଗନାଓ୍ବ୍ାଡ଼ି କର୍ମୀ ଓ ସହୟିକା ସଂଘକୁ ନେଇ ଗଠିତ ସଂଯୁକ୍ତ ମୋର୍ଚ୍ଚା ପକ୍ଷରୁ ଚେତାବନୀ ଦିଆଯାଇଛି।";
        let items = run_of("or", line);
        assert!(!items.iter().any(|i| i.contains("ଭତ୍ତା")), "{items:?}");
        assert_eq!(introduced_run(&["ଭୁବନେଶ୍ୱର", "୧୮ା୯: କ ଖ। ଗ ଘ"]), None);
    }

    /// Line 3 of es-ctabuenosaires-acto-internacional-1-mayo-centrales-cono-sur
    /// (ctabuenosaires.org.ar, May Day 2014), read by hand: the centrals present, grouped by
    /// country between semicolons, commas inside each group, "y" before each group's last
    /// name. Before, "Nova Central y UGT de Brasil" was one name. A run whose semicolons part
    /// its names one by one (es-europapress-baleares-entidades-ciudadanas-adhieren-huelga-29s:
    /// "…; Paz y Solidaridad; …; Paz y Dignidad; y la Plataforma …") keeps each piece whole,
    /// and so does a group's last piece whose "ve" goes on with the sentence's words
    /// (tr-kibrishabersitesi-calisma-dairesi-grev-ortak-aciklama-sendikalar: "… As-Sen ve
    /// HÜR-İŞ’e bağlı;", "affiliated to HÜR-İŞ").
    #[test]
    fn the_last_piece_of_each_group_of_a_run_names_two() {
        let line = "Se hicieron presentes representantes de la Central Sindical de las Américas (CSA); la CTB, Força Sindical, Nova Central y UGT de Brasil; la CGT, CTAA y CTAT de Argentina; la CUT, CUT Auténtica y CNT de Paraguay; y el Plenario Intersindical de Trabajadores (PIT-CNT) de Uruguay.";
        let items = run_of("es", line);
        for name in [
            "Nova Central",
            "UGT de Brasil",
            "CTAA",
            "CTAT de Argentina",
            "CNT de Paraguay",
        ] {
            assert!(items.iter().any(|i| i == name), "{name}: {items:?}");
        }
        let es = list_words(&"es".parse().unwrap_or_default());
        let text = "la Federación de Pensionistas y Jubilados; Paz y Solidaridad; la Asamblea de Cooperación por la Paz; Paz y Dignidad; y la Plataforma por la igualdad";
        let ps = pieces(text, &es);
        let names = with_group_ends_split(&ps, text, &es);
        assert!(names.iter().any(|n| n == "Paz y Dignidad"), "{names:?}");
        let tr = list_words(&"tr".parse().unwrap_or_default());
        let text = "TÜRK-SEN’e bağlı El-Sen, Tel-Sen, TES, KES, Gıda-Sen, Liman-Sen, As-Sen ve HÜR-İŞ’e bağlı; Kamu-İş, Bay-Sen";
        let ps = pieces(text, &tr);
        let names = with_group_ends_split(&ps, text, &tr);
        assert!(
            names.iter().any(|n| n == "As-Sen ve HÜR-İŞ’e bağlı"),
            "{names:?}"
        );
    }

    /// A label before a group of Han names ends with a colon of either width, ASCII ":" or
    /// the full-width "：" (U+FF1A, three bytes in UTF-8) that Chinese text prints: the label
    /// is cut at both (the form of the doc comment of [`cut_labels`], written by hand).
    #[test]
    fn labels_are_cut_at_a_full_width_colon_too() {
        let mut items = vec![
            "主辦單位是：台灣勞工陣線".to_owned(),
            "支持單位是:婦女新知基金會".to_owned(),
        ];
        cut_labels(&mut items, true);
        assert_eq!(items, ["台灣勞工陣線", "婦女新知基金會"]);
    }

    /// Lines of tests/fixtures/ingest/real, read by hand (the corpus's gold): a clause ends
    /// with a colon before the run's first name, in the sentence's first piece. Line 2 of
    /// mk-alsat-tri-partii-dogovor-bugarija ("The three parties … in Bulgaria: „…“, the
    /// Bulgarian Socialist Party and „…“ reached an agreement last night …"); line 11 of
    /// vi-sbtn-tuyen-bo-lap-hoi-2017 ("The organizations that signed the joint statement
    /// include: …"), whose third name writes its common words in lower case, a syllable a word,
    /// and ends with a proper name of two words. (The quotation marks are left out when the
    /// entries are read.)
    #[test]
    fn a_dash_after_a_clause_introduces_a_run_as_a_colon_does() {
        // Russian leaves out the verb of "among them are" and prints a dash for it; the first
        // name, in sentence case, starts after the dash, not at its last capital.
        assert_eq!(
            run_of(
                "ru",
                "Среди них — Союз защиты леса Северного края, Городской экологический центр, Общество охраны птиц и другие."
            ),
            [
                "Союз защиты леса Северного края",
                "Городской экологический центр",
                "Общество охраны птиц"
            ]
        );
        // A dash after a name is no label's: the words after it may be its acronym.
        assert_eq!(label_end("la Fundación de Empresarios – Femcat"), None);
        assert_eq!(label_end("Among them – Friends"), Some(15));
    }

    #[test]
    fn a_clause_and_a_colon_introduce_a_run() {
        let line = |text: &'static str, n: usize| text.lines().nth(n).unwrap_or_default().trim();
        let mk = include_str!(
            "../../../tests/fixtures/ingest/real/mk-alsat-tri-partii-dogovor-bugarija.txt"
        );
        assert_eq!(
            run_of("mk", line(mk, 2)),
            [
                "„Продолжуваме со промената“",
                "Бугарската социјалистичка партија",
                "„Демократска Бугарија“"
            ]
        );
        let vi =
            include_str!("../../../tests/fixtures/ingest/real/vi-sbtn-tuyen-bo-lap-hoi-2017.txt");
        assert_eq!(
            run_of("vi", line(vi, 11)),
            [
                "Diễn đàn Xã hội dân sự",
                "Câu lạc bộ Lê Hiếu Đằng",
                "Ban vận động Văn đoàn Độc lập Việt Nam",
                "Diễn đàn Bauxite Việt Nam",
                "Câu lạc bộ Phan Tây Hồ"
            ]
        );
        // Words after the colon that read as no name leave the piece whole (its name is cut
        // from its end): line 1 of ro-ziarelive-sindicatele-protesteaza-piata-victoriei.
        let ro = include_str!(
            "../../../tests/fixtures/ingest/real/ro-ziarelive-sindicatele-protesteaza-piata-victoriei.txt"
        );
        let items = run_of("ro", line(ro, 1));
        assert_eq!(
            items.first().map(String::as_str),
            Some("Confederația Naționala Sindicala Cartel ALFA")
        );
        // A piece of prose between two runs ends with no proper name: it parts them.
        assert!(!bridging_piece(
            "в которых были предложены 20 альтернативных маршрутов",
            &list_words(&"ru".parse().unwrap_or_default())
        ));
    }

    /// Line 1 of ru-mmdc-inoagenty-mhg-2022 (a legally required notice, all in capitals),
    /// read by hand (the corpus's gold): its names are quoted after their kinds; the last one's
    /// piece goes on after the closing mark ("ЛИБО КАСАЕТСЯ …", "or concerns …"), which ends it.
    #[test]
    fn a_quoted_name_after_a_run_of_quoted_names_ends_at_its_mark() {
        let text =
            include_str!("../../../tests/fixtures/ingest/real/ru-mmdc-inoagenty-mhg-2022.txt");
        let items = run_of("ru", text.lines().nth(1).unwrap_or_default());
        assert_eq!(
            items.last().map(String::as_str),
            Some("РОО “ОБЩЕСТВЕННАЯ КОМИССИЯ ПО СОХРАНЕНИЮ НАСЛЕДИЯ АКАДЕМИКА САХАРОВА”")
        );
        assert_eq!(
            items.first().map(String::as_str),
            Some("СПб ОО «ГРАЖДАНСКИЙ КОНТРОЛЬ»")
        );
        // Line 4 of ru-scilla-levyj-front-miting-2015: "…, профсоюзы «Защита» и др." (the
        // trade unions «Zashchita» and others): the kind in lower case is no part of the name.
        let text = include_str!(
            "../../../tests/fixtures/ingest/real/ru-scilla-levyj-front-miting-2015.txt"
        );
        let items = run_of("ru", text.lines().nth(4).unwrap_or_default());
        assert_eq!(items.last().map(String::as_str), Some("«Защита»"));
    }

    /// Lines of tests/fixtures/ingest/real, read by hand. Chinese parts clauses with a comma
    /// and lists names with "、": the lead of zh-Hans-huaxia-… (nine business groups issue a
    /// statement, "call on both sides …, avoid conflict, …") names no list, its line 13 names
    /// the nine. Japanese writes "、" between clauses too: the appeal's first sentence in
    /// ja-himitsuyadane-… ("私たちは、…において、…擁立し、…") is clauses, each ending with a
    /// particle or a verb's kana; the report's sentence in ja-labornetjp-… names the four
    /// bodies between its topic ("4団体は") and its predicate ("です").
    #[test]
    fn clauses_of_chinese_and_japanese_are_no_run() {
        let line = |text: &'static str, n: usize| text.lines().nth(n).unwrap_or_default().trim();
        let zh = include_str!(
            "../../../tests/fixtures/ingest/real/zh-Hans-huaxia-jiuda-gongshang-tuanti-2022.txt"
        );
        let lw = list_words(&"zh-Hans".parse().unwrap_or_default());
        assert!(line(zh, 9).starts_with("九大工商团体罕见发表联合声明,吁请两岸当局"));
        assert_eq!(run_in(line(zh, 9), &lw), None);
        assert_eq!(run_in(line(zh, 11), &lw), None);
        let nine = run_in(line(zh, 13), &lw).unwrap_or_default();
        assert_eq!(nine.len(), 9);
        assert_eq!(nine.first().map(String::as_str), Some("工业总会"));
        assert_eq!(nine.last().map(String::as_str), Some("台湾工商企业联合会"));
        let lw = list_words(&"ja".parse().unwrap_or_default());
        let appeal = include_str!(
            "../../../tests/fixtures/ingest/real/ja-himitsuyadane-sando-dantai-nagano.txt"
        );
        assert!(line(appeal, 2).starts_with("私たちは、次期参議院議員選挙において、"));
        assert_eq!(run_in(line(appeal, 2), &lw), None);
        let report =
            include_str!("../../../tests/fixtures/ingest/real/ja-labornetjp-katsushika-4-roso.txt");
        assert_eq!(
            run_in(line(report, 14), &lw),
            Some(vec![
                "葛飾区労連".to_owned(),
                "葛飾区労協".to_owned(),
                "葛飾区職労".to_owned(),
                "東京土建葛飾支部".to_owned()
            ])
        );
        // A name's group in parentheses is not its ending (ja-yun-mihyang-kyodo-seimei).
        assert!(!clause_end("(社)キョレハナ(民族はひとつ)"));
        assert!(clause_end("野党各党が統一候補を擁立し"));
    }

    /// Line 5 of tests/fixtures/ingest/real/ru-kavkazcenter-peterburgskoe-grazhdanskoe-
    /// soprotivlenie-miting (its first two groups), read by hand: a semicolon before a kind in
    /// lower case ("общественных организаций") parts the parties from the public
    /// organizations; both groups are the list.
    #[test]
    fn groups_parted_by_a_semicolon_before_their_kind_are_each_a_run() {
        let ru = list_words(&"ru".parse().unwrap_or_default());
        let line = "Организатором акции протеста выступило «Петербургское гражданское сопротивление» (Консультативное совещание оппозиционных партий и движений), в которое входят представители партий «Яблоко», КПРФ, НБП, Социал-демократической партии; общественных организаций «Гражданское действие», «Народная солидарность», «Гражданский союз», «Движение гражданских инициатив», «Лига избирательниц», «Солдатские матери».";
        let parts = enumerations(line, &ru);
        assert_eq!(parts.len(), 2);
        assert!(
            parts
                .get(1)
                .is_some_and(|p| p.starts_with("общественных организаций"))
        );
        let items = run_in(line, &ru).unwrap_or_default();
        assert_eq!(
            items.get(..5).unwrap_or_default(),
            [
                "«Яблоко»",
                "КПРФ",
                "НБП",
                "Социал-демократической партии",
                // Between its quotation marks, as the first group's «Яблоко»: the entry's
                // name is read inside them.
                "«Гражданское действие»"
            ]
        );
        assert_eq!(items.len(), 10);
        // A semicolon before a name with a capital parts no group ("…; Българска земеделска
        // партия; …").
        let bg = list_words(&"bg".parse().unwrap_or_default());
        assert_eq!(
            enumerations(
                "Движение за радикална промяна; Българска земеделска партия",
                &bg
            )
            .len(),
            1
        );
    }

    /// The lead of tests/fixtures/ingest/real/es-elmon-oficialitat-catala, read by hand (the
    /// corpus README's conventions): a capital article inside the run is the name's, the
    /// run's articles in lower case are not.
    #[test]
    fn a_capital_article_inside_a_run_stays() {
        let es = list_words(&"es".parse().unwrap_or_default());
        let lead = "Unas sesenta entidades ya han firmado el manifiesto impulsado por la Plataforma por la Lengua, Òmnium Cultural, Obra Cultural Balear, Acción Cultural del País Valenciano, La Intersindical (Cataluña), la Cámara de Comercio de Barcelona, el Instituto de Estudios Ibicencos, la Fundación de Empresarios de Cataluña – Femcat y la Obra Cultural Balear de Formentera por pedir la oficialidad del catalán en la Unión Europea.";
        let items = run_in(lead, &es).unwrap_or_default();
        assert_eq!(
            items.get(4..7).unwrap_or_default(),
            [
                "La Intersindical (Cataluña)",
                "Cámara de Comercio de Barcelona",
                "Instituto de Estudios Ibicencos"
            ]
        );
    }

    /// Lines printed in tests/fixtures/ingest/real, read by hand (the corpus README's
    /// conventions): hu-szef-kozos-allasfoglalas-2020 (names after the article "a"/"az", the
    /// verb after the last), uk-unian-lyst-zelenskomu (the sentence goes on after the last
    /// name; "та" joins the last two, a conjunction CLDR's Ukrainian patterns do not give),
    /// lb-rtl-gewerkschaften-uel-sozialdialog (acronyms, the sentence after the last),
    /// pl-dni-protestu-2013 (the ministries before which the protest took place, three
    /// sentences after the list, are no run of it), ku-gulanmedia-tifaqa-kurdistani (the
    /// particle "yê" inside the names joins no two of them).
    #[test]
    fn runs_in_news_sentences() {
        let lw = |tag: &str| list_words(&tag.parse().unwrap_or_default());
        let hu = run_in(
            "Közös állásfoglalást adott ki a Szakszervezetek Együttműködési Fóruma (SZEF), az Értelmiségi Szakszervezetek Szövetsége (ÉSZT), a Független Szakszervezetek Demokratikus Ligája (LIGA Szakszervezetek), a Magyar Szakszervezeti Szövetség (MASZSZ) és a Munkástanácsok Országos Szövetsége (MOSZ) amiatt, hogy a kormány hat teljes szakmacsoportot fosztana meg jelenlegi közalkalmazotti jogállásától.",
            &lw("hu"),
        );
        assert_eq!(
            hu,
            Some(vec![
                "Szakszervezetek Együttműködési Fóruma (SZEF)".into(),
                "Értelmiségi Szakszervezetek Szövetsége (ÉSZT)".into(),
                "Független Szakszervezetek Demokratikus Ligája (LIGA Szakszervezetek)".into(),
                "Magyar Szakszervezeti Szövetség (MASZSZ)".into(),
                "Munkástanácsok Országos Szövetsége (MOSZ)".into()
            ])
        );
        let uk = run_in(
            "Про це йдеться у переданому агентству УНІАН відкритому листі до президента України від таких організацій як Amnesty International, Human Rights Watch та Freedom House щодо ситуації із захистом прав людини.",
            &lw("uk"),
        );
        assert_eq!(
            uk,
            Some(vec![
                "Amnesty International".into(),
                "Human Rights Watch".into(),
                "Freedom House".into()
            ])
        );
        let lb = run_in(
            "An engem gemeinsame Communiqué riichte sech d'Gewerkschaften CGFP, LCGB an OGBL mat enger Kritik un d'UEL.",
            &lw("lb"),
        );
        assert_eq!(lb, Some(vec!["CGFP".into(), "LCGB".into(), "OGBL".into()]));
        let pl = run_in(
            "„Dość lekceważenia społeczeństwa” – pod takim hasłem w całej Polsce rozpoczęły się demonstracje. Ich organizatorem są centrale związkowe – OPZZ, NSZZ Solidarność i Forum Związków Zawodowych. Poparcia udzielają m.in. Inicjatywa Pracownicza, OZZ Pielęgniarek i Położnych oraz Sierpień ’80. W działania wokół dni protestu zaangażowała się też Federacja Anarchistyczna. W pikiecie pod Ministerstwem Zdrowia wzięło udział około 1,5-2 tys. osób. Demonstracje odbyły się też pod Ministerstwem Transportu, Gospodarki, Spraw Wewnętrznych, Skarbu oraz Pracy i Polityki Społecznej.",
            &lw("pl"),
        )
        .unwrap_or_default();
        assert_eq!(
            items_first(&pl, 3),
            ["OPZZ", "NSZZ Solidarność", "Forum Związków Zawodowych"]
        );
        assert!(!pl.iter().any(|i| i.contains("Ministerstwem")), "{pl:?}");
        let ku = run_in(
            "Ew şanda partiyên Kurd ku ji Serokê Giştî yê PDK Sertaç Bucak, Serokê Giştî yê PAKê Mustafa Ozçelik, Serokê Giştî yê PDK-T Mehmet Emin Kardaş, Serokê Giştî yê PSKê Mesut Tek û Berdevkê Hareketa Azadî Ayetullah Aştî pê dihat.",
            &lw("ku"),
        )
        .unwrap_or_default();
        assert!(!ku.iter().any(|i| i == "Serokê Giştî"), "{ku:?}");
    }

    /// The line of be-Latn-nashaniva-kaardynacyjnaja-rada after its colon, read by hand:
    /// names each with its leader in parentheses, some starting in lower case with the kind of
    /// organization; the two pieces after them (a former candidate, a former prisoner) are not.
    #[test]
    fn names_that_share_a_parenthesis_are_a_run() {
        let be = list_words(&"be".parse().unwrap_or_default());
        let items = run_in(
            "Pad Deklaracyjaj padpisalisia praktyčna ŭsie arhanizacyi demakratyčnaj apazycyi: Kanhres demakratyčnych prafsajuzaŭ (A.Jarašuk), biełaruskaja sacyjał-demakratyčnaja partyja (Hramada) (M.Hryb), BSDH (S.Šuškievič), partyja levych «Spraviadlivy śviet» (S.Kalakin), Rada biełaruskaj intelihiencyi (U.Kołas), eks-kandydat u prezydenty RB, były palitviazień A.Kazulin.",
            &be,
        );
        assert_eq!(
            items,
            Some(vec![
                "Kanhres demakratyčnych prafsajuzaŭ (A.Jarašuk)".into(),
                "biełaruskaja sacyjał-demakratyčnaja partyja (Hramada) (M.Hryb)".into(),
                "BSDH (S.Šuškievič)".into(),
                "partyja levych «Spraviadlivy śviet» (S.Kalakin)".into(),
                "Rada biełaruskaj intelihiencyi (U.Kołas)".into()
            ])
        );
    }

    /// Lines of tests/fixtures/ingest/real, read by hand. ur-dailypakistan-…: "… a rally in
    /// which the leaders and workers of S-U-P, S-T-P, JSQM-B, JSQM-E, Awami Tehreek, Fisherfolk
    /// Forum, J-U-I and other parties took part. Addressing the rally, the Sindh Action
    /// Committee's leaders Jaman Darbadar, Haji Sand, … said": the parties are the list, the
    /// persons who spoke a longer run of the same sentence that names no organization by an
    /// acronym. pa-ptcnews-…: sixteen unions (BKU Qadian, BKU Doaba, …, Kirti Kisan Sangharsh
    /// Committee) met; "during the meeting Jagvir Chauhan, Manjit Rai, …" were there.
    #[test]
    fn a_run_named_by_acronyms_outweighs_a_longer_run_of_persons() {
        let ur = list_words(&"ur".parse().unwrap_or_default());
        let line = "عمرکوٹ(سید ریحان شبیر)  سندھ کے جزیروں پر  وفاق کےمبینہ   قبضے کے خلاف سندھ ایکشن کمیٹی کے جانب سے موتی چوک سے پریس کلب تک ریلی نکالی گئی جس میں ایس یو پی، ایس ٹی پی، جسقم بی، جسقم ای، عوامی تحریک، فشر فوک فورم، جی یو آئی اور دوسری جاعتوں کے رہنمائوں اور کارکنوں نےشرکت کی ۔ ریلی سےخطاب کرتے ہوئے سندھ ایکشن کمیٹی کے رہنماؤں  جمن دربدر، حاجی ساند، مہر علی سموں، روشن منگریو، رمضان خاصخیلی، رمضان ملاح، ذوالفقار دلوانی، ذوالفقار مری، روپلو چولیانی، مولانا عمران کمبار، اوردیگر مقررین کاکہناتھاکہ  کے سندھ کے معدنی وسائل";
        assert_eq!(
            run_in(line, &ur),
            Some(
                [
                    "ایس یو پی",
                    "ایس ٹی پی",
                    "جسقم بی",
                    "جسقم ای",
                    "عوامی تحریک",
                    "فشر فوک فورم",
                    "جی یو آئی"
                ]
                .map(str::to_owned)
                .to_vec()
            )
        );
        let pa = list_words(&"pa".parse().unwrap_or_default());
        let line = "ਇਕਮਤ ਵਿਚਾਰਧਾਰਾ ਵਾਲੀਆਂ 16 ਕਿਸਾਨ ਯੂਨੀਅਨਾਂ ਨੇ ਆਪਣੀ ਵੱਖਰੀ ਮੀਟਿੰਗ ਕੀਤੀ ਸੀ। ਬੀਕੇਯੂ ਕਾਦੀਆਂ, ਬੀਕੇਯੂ ਦੁਆਬਾ, ਦੁਆਬਾ ਸੰਘਰਸ਼ ਕਮੇਟੀ, ਦੁਆਬਾ ਕਿਸਾਨ ਕਮੇਟੀ, ਬੀਕੇਯੂ ਲੱਖੋਵਾਲ, ਕੌਮੀ ਮੋਰਚਾ ਪੰਜਾਬ, ਇੰਡੀਅਨ ਫਾਰਮਰ ਐਸੋਸੀਏਸ਼ਨ, ਬੀਕੇਯੂ ਸ਼ਾਦੀਪੁਰ, ਦੁਆਬਾ ਕਿਸਾਨ ਯੂਨੀਅਨ ਪੰਜਾਬ, ਕਿਰਤੀ ਕਿਸਾਨ ਸੰਘਰਸ਼ ਕਮੇਟੀ ਵੱਲੋਂ ਵੱਖਰੀ ਮੀਟਿੰਗ 'ਚ ਹਿੱਸਾ ਲਿਆ ਗਿਆ।ਮੀਟਿੰਗ ਦੌਰਾਨ ਜਗਵੀਰ ਚੌਹਾਨ, ਮਨਜੀਤ ਰਾਏ, ਫੁਰਮਾਨ ਸੰਧੂ, ਵੀਰਪਾਲ ਢਿੱਲੋਂ, ਹਰਿੰਦਰ ਲੱਖੋਵਾਲ, ਸਤਨਾਮ ਸਿੰਘ ਬਹਿਰੂ, ਬਿੰਦਰ ਸਿੰਘ ਗੋਲੇਵਾਲ, ਕੁਲਦੀਪ ਸਿੰਘ ਵਜੀਦਪੁਰ, ਬਲਵਿੰਦਰ ਸਿੰਘ ਮੱਲ੍ਹੀ, ਮੁਕੇਸ਼ ਚੰਦਰ ਮੀਟਿੰਗ 'ਚ ਸ਼ਾਮਿਲ ਸਨ।";
        let items = run_in(line, &pa).unwrap_or_default();
        assert_eq!(items.len(), 10, "{items:?}");
        assert_eq!(items.first().map(String::as_str), Some("ਬੀਕੇਯੂ ਕਾਦੀਆਂ"));
        // The last union's name is cut at the run's usual length (three words of four).
        assert!(items.last().is_some_and(|l| l.starts_with("ਕਿਰਤੀ ਕਿਸਾਨ")));
        // ur-javedch-…: "… on behalf of the PPP Najmi Alam, Senator Saeed Ghani, the
        // ANP's provincial president …": an acronym after two persons makes no run.
        let line = "اجلاس میں پاکستان پیپلز پارٹی کی جانب سے نجمی عالم، سینیٹر سعید غنی، اے این پی کے صوبائی صدر سینیٹر شاہی سید";
        assert_eq!(run_in(line, &ur), None);
    }

    /// Lines read by hand (the corpus's gold): line 9 of eu-lab-desarmatzea-15-sindikatu
    /// (lab.eus, 2017) names fifteen unions, the eighth longer than the names' usual shape;
    /// line 3 of it-lapresse-corteo-pace-roma-2022 (lapresse.it, 2022) names the adherents
    /// "tra gli altri", one of them printed in lower case ("archivio Disarmo"). Line 47 of
    /// et-energeetik-toostussektori-ametiuhingud names five unions, and after them the
    /// sentence goes on ("toetavad senise Eesti Ametiühingute Keskliidu (EAKL) esimehe, Harri
    /// Taliga …", "support the former chairman of the EAKL, Harri Taliga …"): no name.
    #[test]
    fn a_piece_shaped_like_a_name_between_names_goes_on_with_the_run() {
        let line = "CFDT Pays Basque, Union Locale Solidaires Pays Basque, Union syndicale Solidaires (Solidaires - France), LAB, STC Sindicatu di i Travagliadori Corsi (Corse), CNT, FSU 64, CGT des cheminots de St Jean de Luz et d'Hendaye, CGT des cheminots de Bayonne, CGT hôpital, CGT territoriaux de Biarritz, Sindicato Autotorganizzato Lavatori COBAS (SIAL COBAS - Italie), Syndicat des travailleurs du rail (SYTRAIL/UNTM), USTKE Union Syndicale des travailleurs kanaks et des exploités (Kanaky), SLB Sindikad Labourerien Breizh (Bretagne), hauek dira sindikatu izenpetzaileak.";
        let items = run_of("eu", line);
        assert_eq!(items.len(), 15);
        assert_eq!(
            items.get(6..9).unwrap_or_default(),
            [
                "FSU 64",
                "CGT des cheminots de St Jean de Luz et d'Hendaye",
                "CGT des cheminots de Bayonne"
            ]
        );
        let sentence = "Aderiscono anche, tra gli altri, Arci, Acli, Libera, Emergency, Legambiente, Movimento nonviolento, Un ponte per, archivio Disarmo, Anpi, Greenpeace, Save the children.";
        assert_eq!(
            run_of("it", sentence),
            [
                "Arci",
                "Acli",
                "Libera",
                "Emergency",
                "Legambiente",
                "Movimento nonviolento",
                "Un ponte per",
                "archivio Disarmo",
                "Anpi",
                "Greenpeace",
                "Save the children"
            ]
        );
        let line = "Eesti Energeetikatöötajate Ametiühingute Liit (EEAÜL), Eesti Metallitöötajate Ametiühingute Föderatsioon (EMAF), Eesti Metsatöötajate Ametiühing (EMT AÜ), Eesti Tööstustöötajate Ametiühingute Föderatsioon (ETTAF) ning Kaevurite ja Energeetikute Sõltumatu Ametiühing (KESA) toetavad senise Eesti Ametiühingute Keskliidu (EAKL) esimehe, Harri Taliga jätkamist EAKLi esimehena.";
        let items = run_of("et", line);
        assert_eq!(
            items.last().map(String::as_str),
            Some("Kaevurite ja Energeetikute Sõltumatu Ametiühing (KESA)")
        );
        assert_eq!(items.len(), 5);
    }

    /// Line 1 of de-pinel-solidarischer-herbst-kundgebung (a call to demonstrations, 2022),
    /// read by hand: one sentence; "22." is the day of the month, an ordinal.
    /// mr-konkanvruttaseva-dave-paksha-bharat-band-nivedan (line 1), read by hand: "अ. भा."
    /// shortens "अखिल भारतीय" (All India) letter by letter inside the run; a full stop after a
    /// sentence's last word, a word of its own, still ends it.
    #[test]
    fn initials_without_case_end_no_sentence() {
        let line = "भारताचा कम्युनिस्ट पक्ष (मार्क्सवादी), भारतीय कम्युनिस्ट पक्ष, अ. भा. फॉरवर्ड ब्लॉक, क्रांतिकारी समाजवादी पक्ष आणि भारतीय कम्युनिस्ट पक्ष (मार्क्सवादी-लेनिनवादी) यांनी खालील निवेदन प्रसृत केले आहे:";
        assert_eq!(sentences(line).len(), 1);
        let two = "पक्षांनी निवेदन दिले. अ. भा. फॉरवर्ड ब्लॉक सहभागी झाला.";
        assert_eq!(sentences(two).len(), 2);
        let run = run_of("mr", line);
        assert!(run.iter().any(|n| n == "अ. भा. फॉरवर्ड ब्लॉक"), "{run:?}");
    }

    #[test]
    fn an_ordinal_ends_no_sentence() {
        let line = "Am 22. Oktober ruft der Paritätische Gesamtverband gemeinsam mit dem BUND, ver.di, Campact, attac, Finanzwende, Greenpeace, der GEW und dem Bundesverband Volkssolidarität zu Demonstrationen in mindestens 6 Städten auf.";
        assert_eq!(sentences(line), [line]);
        // A year before the full stop ends a sentence (line 1 of it-kke-solidarieta-2015).
        let three = "20 Settembre 2015. Con il KKE. Appello dei Partiti Comunisti dal mondo (per l’Italia Il Partito Comunista).";
        assert_eq!(sentences(three).len(), 3);
    }

    /// Line 1 of ca-icv-manifest-pdd-2008 (icv.cat, 2008), its second sentence, read by hand:
    /// the unions that joined (four) and, after ", i entitats com" ("and entities such as"),
    /// the entities (six): two enumerations of one sentence.
    #[test]
    fn a_sentence_may_enumerate_twice() {
        let sentence = "També s'hi han sumat els sindicats CC OO, UGT, Intersindical-CSC i CGT, i entitats com Òmnium Cultural, l'Obra Cultural Balear (OCB), el Consell Nacional de la Joventut de Catalunya (CNJC), la CAL, el Cercle d'Estudis Sobiranistes i Sobirania i Progrés, entre d'altres.";
        assert_eq!(
            run_of("ca", sentence),
            [
                "CC OO",
                "UGT",
                "Intersindical-CSC",
                "CGT",
                "Òmnium Cultural",
                "Obra Cultural Balear (OCB)",
                "Consell Nacional de la Joventut de Catalunya (CNJC)",
                "CAL",
                "Cercle d'Estudis Sobiranistes",
                "Sobirania i Progrés"
            ]
        );
    }

    /// Line 1 of de-pinel-solidarischer-herbst-kundgebung (pinel.de, 2022), read by hand: two
    /// names printed in lower case ("ver.di", "attac") stand between names of the run. (The
    /// last piece runs on into the sentence with German's capitalized nouns: not read.)
    #[test]
    fn one_word_in_lower_case_next_to_a_name_is_a_name() {
        let line = "Am 22. Oktober ruft der Paritätische Gesamtverband gemeinsam mit dem BUND, ver.di, Campact, attac, Finanzwende, Greenpeace, der GEW und dem Bundesverband Volkssolidarität zu Demonstrationen in mindestens 6 Städten auf.";
        assert_eq!(
            run_of("de", line),
            [
                "BUND",
                "ver.di",
                "Campact",
                "attac",
                "Finanzwende",
                "Greenpeace"
            ]
        );
    }

    /// Line 5 of ro-sipgalati-scrisoare-deschisa-federatii-educatie (sipgalati.ro, 2025), read
    /// by hand: the run's last piece holds two names joined by "și" ("and"), too long for one.
    #[test]
    fn a_last_piece_that_holds_two_names_goes_on_with_the_run() {
        let line = "Dragi elevi, părinți și studenți, Federația Sindicatelor Libere din Învățământ, Federația Sindicatelor din Educație „SPIRU HARET” și Federația Națională Sindicală „ALMA MATER”, în semn de revoltă față de prevederile Legii nr. 141/2025 referitoare la sistemul educațional ce provoacă în învățământ o criză fără precedent în ultimii 35 de ani, organizează în data de 8 septembrie […]";
        assert_eq!(
            run_of("ro", line),
            [
                "Federația Sindicatelor Libere din Învățământ",
                "Federația Sindicatelor din Educație „SPIRU HARET”",
                "Federația Națională Sindicală „ALMA MATER”"
            ]
        );
    }

    /// Line 3 of ku-gulanmedia-tifaqa-kurdistani, read by hand (the gold holds no entry on
    /// it): the parties' presidents each with their names, the last two joined by "û" before
    /// the clause; the piece names two persons, not two organizations, and ends no run.
    #[test]
    fn two_officers_with_their_names_are_no_two_names() {
        let ku = list_words(&"ku".parse().unwrap_or_default());
        let cut = "Serokê Giştî yê PSKê Mesut Tek û Berdevkê Hareketa Azadî Ayetullah Aştî";
        assert!(!names_no_person(cut, &ku));
        let es = list_words(&"es".parse().unwrap_or_default());
        let cut = "la Fundación de Empresarios de Cataluña – Femcat y la Obra Cultural Balear de Formentera";
        assert!(names_no_person(cut, &es));
    }
}
