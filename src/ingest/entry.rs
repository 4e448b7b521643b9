//! One entry: its marker (number or bullet), then its acronym, name, transliteration,
//! translation, country and note.

use super::ParsedEntry;
use super::gazetteer::Places;
use super::lexicon::{fold, function_word};
use super::script::word_count;
use super::script::{acronym_shaped, capitals_share, ends_with_terminal, quote_mark, unquote};
use super::script::{alphanumeric, han_or_kana, letter, list_punctuation, sentence_terminal};
use crate::find::similarity::{TRANSLITERATION, similarity_above};
use crate::registry::Registry;

/// A list marker at the start of a line: (number, rest).
pub(super) fn marker(line: &str) -> Option<(Option<u32>, &str)> {
    let t = line.trim_start();
    // Digits of any script CLDR numbers in ("12.", "۱۲.", "১২."), at most five.
    let mut n: u32 = 0;
    let mut len = 0;
    let mut count = 0;
    for c in t.chars() {
        match crate::text::decimal_digit(c) {
            Some(d) if count < 6 => {
                n = n * 10 + d;
                len += c.len_utf8();
                count += 1;
            }
            _ => break,
        }
    }
    if let Some((grouped, glen)) = grouped_number(t, count, n, len) {
        // A number printed with CLDR's grouping separator ("1,000.", "1.000.", "1 000.") is
        // a list number only before its full stop or parenthesis: long lists rendered in
        // the locale's numbers print their thousandth entry so.
        if let Some(r) = t.get(glen..).and_then(number_sign) {
            let r2 = r.trim_start();
            if !r2.is_empty() && !r2.starts_with(|c: char| crate::text::decimal_digit(c).is_some())
            {
                return Some((Some(grouped), r2));
            }
        }
    }
    if count > 0 && count <= 5 {
        let rest = t.get(len..)?;
        if let Some(r) = ordinal_marker(rest) {
            return Some((Some(n), r));
        }
        if let Some(r) = number_sign(rest)
            .or_else(|| number_dash(rest, count))
            .or_else(|| number_colon(rest, count))
        {
            let r2 = r.trim_start();
            // "10.Name" (no space) is a number too, "1.5 million" is not.
            if !r2.starts_with(|c: char| crate::text::decimal_digit(c).is_some()) && !r2.is_empty()
            {
                return Some((Some(n), r2));
            }
        }
    }
    // A bare number before a name ("1 Partido …", "۱ حزب …"): up to three digits, then a
    // space and a capital (or a letter of a script without case), not a date ("1 May 2020").
    if (1..=3).contains(&count)
        && let Some(rest) = t.get(len..)
        && rest.starts_with([' ', '\u{a0}'])
    {
        let r = rest.trim_start();
        let first = r.chars().next();
        let second_word_year = r
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        if first.is_some_and(|c| c.is_uppercase() || (letter(c) && !c.is_lowercase()))
            && !second_word_year
            && r.chars().count() >= 2
        {
            return Some((Some(n), r));
        }
    }
    bullet(t).map(|r| (None, r))
}

/// Signs CLDR's number formats group digits with, in the locales it holds: comma, full stop,
/// no-break space, narrow no-break space, apostrophe, right single quotation mark and the
/// Arabic thousands separator (U+066C).
const GROUPING_SIGNS: [char; 7] = [',', '.', '\u{a0}', '\u{202f}', '\'', '\u{2019}', '\u{66c}'];

/// A number of one to three digits (`count` of them, `n`, ending at byte `len` of `t`) that
/// goes on after a grouping sign ([`GROUPING_SIGNS`]) with exactly three digits, so at most
/// 999,999: the number and the byte where it ends.
fn grouped_number(t: &str, count: usize, n: u32, len: usize) -> Option<(u32, usize)> {
    if !(1..=3).contains(&count) {
        return None;
    }
    let rest = t.get(len..)?;
    let sign = rest.chars().next().filter(|c| GROUPING_SIGNS.contains(c))?;
    let (mut value, mut end, mut digits) = (n, len + sign.len_utf8(), 0);
    for c in rest[sign.len_utf8()..].chars() {
        match crate::text::decimal_digit(c) {
            Some(_) if digits == 3 => return None,
            Some(d) => (value, end, digits) = (value * 10 + d, end + c.len_utf8(), digits + 1),
            None => break,
        }
    }
    (digits == 3).then_some((value, end))
}

/// The text after the sign that ends a list number: a full stop, a closing parenthesis, the
/// Arabic full stop "۔", or a sign Unicode makes a full stop by compatibility ("․" one dot
/// leader, as Armenian text prints "7 ․", "．"), which may stand after a space.
fn number_sign(rest: &str) -> Option<&str> {
    if let Some(r) = rest.strip_prefix(['.', ')', '\u{6D4}']) {
        return Some(r);
    }
    let r = rest.strip_prefix(' ').unwrap_or(rest);
    let c = r.chars().next()?;
    // (An ASCII character is its own compatibility form: only one outside ASCII is looked up,
    // not the comma of "1,000.".)
    let nfkc = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc();
    (!c.is_ascii() && nfkc.normalize(c.encode_utf8(&mut [0; 4])) == ".")
        .then(|| r.get(c.len_utf8()..))
        .flatten()
}

/// The text after a dash written against a list number and followed by a space ("1- انجمن …",
/// "١٢- حزب …"; in Arabic script the kashida, U+0640 ARABIC TATWEEL, drawn as a dash: "1ـ مجمع
/// …"), or written against the name's first word as well ("5-Adda Bilisummaa
/// Oromoo"): at most three digits, so that a year is not a number ("2019- "); a dash between
/// numbers ("1-2 May", "2020 - 2021") is a range, not a sign. Against a word, the word starts
/// with two letters, the first no small letter, and another word that is no year follows: a
/// name, not a unit, a grade or a date ("4-H Club", "3-day", "1-May", "15-Aug 2020").
fn number_dash(rest: &str, digits: usize) -> Option<&str> {
    let r = rest.strip_prefix(['-', '\u{2013}', '\u{2014}', '\u{640}'])?;
    let mut cs = r.chars();
    let second = r.split_whitespace().nth(1);
    let against = matches!((cs.next(), cs.next()), (Some(a), Some(b))
        if letter(a) && !a.is_lowercase() && letter(b))
        && second.is_some_and(|w| !w.chars().all(|c| c.is_ascii_digit()));
    (digits <= 3 && (r.starts_with(char::is_whitespace) || against)).then_some(r)
}

/// The text after a colon or a sign of its kind written against a list number and followed by
/// a space ("1: Name", Khmer "១៖ គណបក្ស …"): a sign Unicode gives Terminal_Punctuation
/// that ends no sentence ([`list_punctuation`], not [`sentence_terminal`]) and is no comma of a
/// decimal number (",") after at most three digits, so that a time or a year is not a number.
fn number_colon(rest: &str, digits: usize) -> Option<&str> {
    let c = rest.chars().next()?;
    let r = rest.get(c.len_utf8()..)?;
    (digits <= 3
        && c != ','
        && list_punctuation(c)
        && !sentence_terminal(c)
        && r.starts_with(char::is_whitespace))
    .then_some(r)
}

/// The text after an ordinal number's suffix and its sign ("1ኛ/ Name", "2nd) Name", "3º. Name"):
/// one to three letters written against the digits, then a full stop, a closing parenthesis or
/// a slash, then a space.
fn ordinal_marker(rest: &str) -> Option<&str> {
    let suffix = rest
        .char_indices()
        .take_while(|(_, c)| letter(*c) && !c.is_uppercase())
        .take(4)
        .count();
    if !(1..=3).contains(&suffix) {
        return None;
    }
    let after = rest.get(rest.char_indices().nth(suffix)?.0..)?;
    let r = after.strip_prefix(['.', ')', '/'])?;
    (r.starts_with(char::is_whitespace) && !r.trim().is_empty()).then(|| r.trim_start())
}

/// The text after a line's bullet: a dash or an asterisk followed by a space, a dash written
/// against the first word (`attached_dash`), or a bullet sign with or without a space.
fn bullet(t: &str) -> Option<&str> {
    // Bullets: a dash or an asterisk followed by a space; bullet signs without one.
    for sign in ["-- ", "- ", "– ", "— ", "* "] {
        if let Some(r) = t.strip_prefix(sign) {
            return Some(r.trim_start());
        }
    }
    if let Some(r) = attached_dash(t) {
        return Some(r);
    }
    let mut chars = t.chars();
    if let Some(c) = chars.next()
        && matches!(
            c,
            '•' | '·'
                | '●'
                | '○'
                | '▪'
                | '■'
                | '□'
                | '►'
                | '▸'
                | '➢'
                | '✓'
                | '✔'
                | '→'
                | '◦'
                | '‣'
        )
    {
        let r = chars.as_str().trim_start();
        if !r.is_empty() {
            return Some(r);
        }
    }
    None
}

/// A dash written against the first word ("-Name", "--Name"), as lists typed without a space
/// after the dash are: a bullet only before a letter and on a short line that does not end
/// like a sentence ("-Los diálogos solo son posibles … en ese sentido." is a dialogue or a
/// demand, "-5 %" a number, "-ish" not a line start a list is made of).
fn attached_dash(t: &str) -> Option<&str> {
    let r = t.trim_start_matches(['-', '–', '—']);
    let dashes = t.len() - r.len();
    let first = r.chars().next()?;
    if dashes == 0 || dashes > 2 * '—'.len_utf8() || !first.is_alphabetic() {
        return None;
    }
    let body = r.trim_end();
    let short = body.split_whitespace().nth(12).is_none();
    let sentence = ends_with_terminal(body) || body.ends_with(';');
    (short && !sentence && !first.is_lowercase()).then_some(r)
}

/// A top-level piece of an entry: a word, or a parenthesized group with its parentheses.
pub(super) fn tokens(s: &str) -> Vec<&str> {
    // (Room for a name's words at once: not grown word by word.)
    let mut out = Vec::with_capacity(8);
    let mut depth = 0usize;
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    if let Some(st) = start.take()
                        && let Some(w) = s.get(st..i)
                    {
                        out.push(w);
                    }
                    start = Some(i);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0
                    && let Some(st) = start.take()
                    && let Some(w) = s.get(st..i + 1)
                {
                    out.push(w);
                }
            }
            c if c.is_whitespace() && depth == 0 => {
                if let Some(st) = start.take()
                    && let Some(w) = s.get(st..i)
                {
                    out.push(w);
                }
            }
            _ => {
                if start.is_none() {
                    start = Some(i);
                }
            }
        }
    }
    if let Some(st) = start
        && let Some(w) = s.get(st..)
    {
        out.push(w);
    }
    out
}

/// The tokens of the last text asked for, as byte ranges of it: plain ([`tokens`]) and with
/// acronym groups kept whole ([`acronym_groups`]). The entry patterns ask for the tokens of the
/// same text one after another; it is scanned once while it stays the same.
#[derive(Default)]
pub(super) struct TokenMemo {
    text: String,
    plain: Vec<(usize, usize)>,
    grouped: Vec<(usize, usize)>,
}

impl TokenMemo {
    /// `tokens(text)`.
    pub(super) fn plain<'b>(&mut self, text: &'b str) -> Vec<&'b str> {
        self.update(text);
        spans_of(text, &self.plain)
    }

    /// `acronym_groups(text, tokens(text))`.
    pub(super) fn grouped<'b>(&mut self, text: &'b str) -> Vec<&'b str> {
        self.update(text);
        spans_of(text, &self.grouped)
    }

    fn update(&mut self, text: &str) {
        if self.text == text {
            return;
        }
        let base = text.as_ptr() as usize;
        let span = |t: &&str| {
            let start = t.as_ptr() as usize - base;
            (start, start + t.len())
        };
        // (The spans are written into the memo's vectors, which keep their room from text to
        // text.)
        let plain = tokens(text);
        self.plain.clear();
        self.plain.extend(plain.iter().map(span));
        self.grouped.clear();
        self.grouped
            .extend(acronym_groups(text, plain).iter().map(span));
        text.clone_into(&mut self.text);
    }
}

/// The pieces of a text at the given byte ranges.
fn spans_of<'b>(text: &'b str, spans: &[(usize, usize)]) -> Vec<&'b str> {
    let mut out = Vec::with_capacity(spans.len());
    out.extend(spans.iter().filter_map(|&(a, b)| text.get(a..b)));
    out
}

pub(super) fn is_group(t: &str) -> bool {
    t.starts_with('(') && t.ends_with(')')
}

pub(super) fn inner(t: &str) -> &str {
    t.strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(t)
}

/// Whether a token looks like an acronym: letters mostly upper case, short.
pub(super) fn acronym_like(t: &str) -> bool {
    capitals_share(inner(t), 1, 2)
}

/// The initials of a name's words (function words skipped; hyphenated words give one initial
/// a part), transliterated to Latin upper case.
pub(super) fn initials(name: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(8);
    initials_into(name, &mut out);
    out
}

/// The initials of tokens ([`initials`]), all in order, and where each token's start: those
/// of `toks[i..]` joined ([`join`]) are [`TokenInitials::from`] `i`, found without joining
/// them. (A token ends at white space or at a group's parenthesis, where [`initials`] divides
/// words too: the initials of tokens joined are each token's, one after another.)
pub(super) struct TokenInitials {
    all: Vec<char>,
    starts: Vec<usize>,
}

impl TokenInitials {
    pub(super) fn new(toks: &[&str]) -> Self {
        let mut out = TokenInitials {
            all: Vec::with_capacity(toks.len()),
            starts: Vec::with_capacity(toks.len()),
        };
        for t in toks {
            out.starts.push(out.all.len());
            initials_into(t, &mut out.all);
        }
        out
    }

    /// The initials of `toks[i..]` (none past the last token).
    pub(super) fn from(&self, i: usize) -> &[char] {
        let start = self.starts.get(i).copied().unwrap_or(self.all.len());
        self.all.get(start..).unwrap_or_default()
    }
}

/// [`initials`], added to `out`.
fn initials_into(name: &str, out: &mut Vec<char>) {
    // (Unicode's White_Space in ASCII is the space and U+0009–U+000D.)
    for word in name.split(|c: char| match c {
        ' ' | '\t'..='\r' | '-' | '/' | '(' | ')' | '\'' => true,
        _ if c.is_ascii() => false,
        _ => c == '–' || c == '’' || c.is_whitespace(),
    }) {
        // (`alphanumeric` is `char::is_alphanumeric`, its letters from a table built once.)
        let w = word.trim_matches(|c: char| !alphanumeric(c));
        if w.is_empty() || function_word(w) {
            continue;
        }
        if let Some(u) = w.chars().next().and_then(latin_upper) {
            out.push(u);
        }
    }
}

pub(super) fn latin_upper(c: char) -> Option<char> {
    // (AnyAscii writes an ASCII character as itself.)
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then(|| c.to_ascii_uppercase());
    }
    any_ascii::any_ascii_char(c)
        .chars()
        .find(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
}

/// The capital letters of an acronym, transliterated to Latin.
pub(super) fn acronym_letters(acronym: &str) -> Vec<char> {
    acronym
        .chars()
        .filter(|c| c.is_uppercase())
        .filter_map(latin_upper)
        .collect()
}

/// How many of the acronym's letters the name's initials spell, in order.
pub(super) fn initial_score(acronym: &[char], initials: &[char]) -> usize {
    let mut j = 0;
    let mut n = 0;
    for a in acronym {
        match initials
            .get(j..)
            .and_then(|rest| rest.iter().position(|c| c == a))
        {
            Some(k) => {
                // Skipping initials costs: a prefix match is best.
                n += if k == 0 { 2 } else { 1 };
                j += k + 1;
            }
            None => break,
        }
    }
    n
}

/// Joins tokens of one text as they were printed: tokens that touched stay together
/// ("(社)キョレハナ", "Parti révolutionnaire-Communistes(France)"), others get one space.
pub(super) fn join(tokens: &[&str]) -> String {
    let mut out = String::with_capacity(tokens.iter().map(|t| t.len() + 1).sum());
    let mut prev_end: Option<usize> = None;
    for t in tokens {
        let start = t.as_ptr() as usize;
        if prev_end.is_some_and(|e| e != start) {
            out.push(' ');
        }
        out.push_str(t);
        prev_end = Some(start + t.len());
    }
    out
}

/// Items `from..to` of a token list (empty when out of range).
pub(super) fn range<'a, 'b>(t: &'b [&'a str], from: usize, to: usize) -> &'b [&'a str] {
    t.get(from..to.min(t.len())).unwrap_or_default()
}

/// Item `i` of a token list (empty when out of range).
pub(super) fn at<'a>(t: &[&'a str], i: usize) -> &'a str {
    t.get(i).copied().unwrap_or("")
}

/// Whether a word is written in capitals only (at least two letters): "VRD", "ATTAC", "ΓΣΕΕ".
pub(super) fn all_capitals(t: &str) -> bool {
    let mut letters = 0usize;
    for c in inner(t).chars().filter(|c| letter(*c)) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether a word may be an acronym: two capitals or more ("MLPD", "UPC-Manidem", "UoC",
/// "PCdoB"); whether it is one the name after it decides.
pub(super) fn acronym_candidate(t: &str) -> bool {
    // "Marxist-Leninist" has two capitals too, among many small letters: a word.
    capitals_share(inner(t), 2, 4)
}

/// An acronym of one or two words in capitals, a hyphen written against it, and two words or
/// more that do not spell it ("ΠΟΕ ΟΤΑ-εργαζόμενοι στους Δήμους", "ΠΟΜΗΤΕΔΥ-Τεχνολόγοι
/// Μηχανικοί"): (acronym, words). Words that spell the acronym are its name ("KEC-Kosovo
/// Education Center"); one word joined to capitals makes a name ("LGBT-Asylum").
pub(super) fn acronym_hyphen_words(body: &str) -> Option<(&str, &str)> {
    // (A cheap test first: a hyphen with no space after it.)
    let at = body.find('-').filter(|&i| {
        body.get(i + 1..)
            .is_some_and(|r| r.starts_with(|c: char| !c.is_whitespace()))
    })?;
    let (acronym, rest) = (body.get(..at)?, body.get(at + 1..)?.trim());
    let words = word_count(acronym);
    if !(1..=2).contains(&words)
        || acronym.ends_with(char::is_whitespace)
        || !acronym.split_whitespace().all(all_capitals)
        || rest.split_whitespace().nth(1).is_none()
        || !rest.starts_with(char::is_alphabetic)
    {
        return None;
    }
    let (letters, ini) = (acronym_letters(acronym), initials(rest));
    (letters.first() != ini.first()).then_some((acronym, rest))
}

/// Whether a word starts with a lower-case letter (a script with case): "of", "za", "de".
pub(super) fn starts_lower(t: &str) -> bool {
    t.chars()
        .find(|c| letter(*c))
        .is_some_and(char::is_lowercase)
}

/// The last top-level dash between words (" – ", " - ", " — "): (start, end) of the dash.
pub(super) fn last_dash(body: &str) -> Option<(usize, usize)> {
    // (A cheap test first, of bytes: a space, then "-" or the first byte of "–" or "—".)
    if !body
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b' ', b'-' | 0xE2]))
    {
        return None;
    }
    let mut depth = 0i32;
    let mut found = None;
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '-' | '–' | '—' if depth == 0 => {
                let before = body.get(..i).is_some_and(|b| b.ends_with(' '));
                let after = body
                    .get(i + c.len_utf8()..)
                    .is_some_and(|a| a.starts_with(' '));
                if before && after {
                    found = Some((i, i + c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    found
}

/// Tokens with a short lower-case group stuck to an acronym before it kept as one: "СДПУ(о)",
/// "PCP(i)" are acronyms, not an acronym and a note.
pub(super) fn acronym_groups<'a>(body: &'a str, toks: Vec<&'a str>) -> Vec<&'a str> {
    let base = body.as_ptr() as usize;
    let mut out: Vec<&'a str> = Vec::with_capacity(toks.len());
    for t in toks {
        let start = t.as_ptr() as usize - base;
        if let Some(prev) = out.last().copied()
            && is_group(t)
            && !is_group(prev)
            && acronym_shaped(prev)
            && inner(t).chars().count() <= 3
            && inner(t).chars().all(char::is_lowercase)
        {
            let prev_start = prev.as_ptr() as usize - base;
            if prev_start + prev.len() == start
                && let Some(joined) = body.get(prev_start..start + t.len())
            {
                out.pop();
                out.push(joined);
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// Whether a text ends with an abbreviation whose full stop is part of the name: "e.V.",
/// "S.A.", "Inc.", "Ltd.", "Co.".
pub(super) fn ends_with_abbreviation(text: &str) -> bool {
    let Some(last) = text.split_whitespace().last() else {
        return false;
    };
    let inner = last.trim_end_matches('.');
    inner.contains('.')
        || [
            "Inc", "Ltd", "Co", "Corp", "Bros", "etc", "Ass", "Assn", "Soc", "Dr", "St",
        ]
        .contains(&inner)
}

/// Splits a name and its trailing groups into name, transliteration and translation: a
/// description in parentheses ([`take_lower_note`], [`take_description`]), a meaning of a
/// transcribed name ([`take_transcribed_meaning`]), then a translation or a transliteration
/// ([`take_gloss`]); the name is what is left.
pub(super) fn peel(
    toks: &[&str],
    e: &mut ParsedEntry,
    registry: Option<&Registry>,
    places: &Places,
) {
    let n = toks.len();
    // A reading written against the name's last letter is part of it (see `ruby_reading`).
    if n >= 2 && ruby_reading(at(toks, n - 2), at(toks, n - 1)) {
        e.name = Some(join(toks));
        return;
    }
    let mut end = take_lower_note(toks, n, e);
    end = take_members_note(toks, end, e);
    end = take_description(toks, end, e, places);
    end = take_transcribed_meaning(toks, end, e);
    end = take_gloss(toks, end, e, registry, places);
    if end > 0 {
        e.name = Some(join(range(toks, 0, end)));
    }
}

/// Whether a text is written in Latin script only. (ASCII is told without naming its scripts:
/// Unicode's Script property gives its letters Latin, its other characters Common.)
fn latin_only(s: &str) -> bool {
    if s.is_ascii() {
        return s.bytes().any(|b| b.is_ascii_alphabetic());
    }
    crate::text::only_latin(s)
}

/// A last group (of `toks[..end]`) that starts in lower case, a description ("human rights
/// lawyer …"): the note, when there is none yet; where the name ends then.
fn take_lower_note(toks: &[&str], end: usize, e: &mut ParsedEntry) -> usize {
    if end >= 2 && is_group(at(toks, end - 1)) && starts_lower(inner(at(toks, end - 1))) {
        // A description in parentheses ("human rights lawyer …"): a note.
        if e.note.is_none() {
            e.note = Some(inner(at(toks, end - 1)).to_owned());
            return end - 1;
        }
    }
    end
}

/// A last group (of `toks[..end]`) of short forms parted by commas, two or more, each part
/// holding one ("KSPSI Banten (FSP LEM SPSI, FSP KEP SPSI, FSP TSK SPSI)"): the body's members,
/// a note, when there is none yet; no gloss of its name. Where the name ends then.
fn take_members_note(toks: &[&str], end: usize, e: &mut ParsedEntry) -> usize {
    if end < 2 || e.note.is_some() || !is_group(at(toks, end - 1)) {
        return end;
    }
    let group = inner(at(toks, end - 1));
    let parts = group.split(',').filter(|p| !p.trim().is_empty()).count();
    if parts >= 2
        && group
            .split(',')
            .all(|p| p.split_whitespace().any(acronym_shaped))
    {
        e.note = Some(group.trim().to_owned());
        return end - 1;
    }
    end
}

/// Whether a group is the reading of the Han letter it is written against, as a page prints
/// its ruby inline: one syllable in Latin small letters (at most six, tone marks allowed) in
/// parentheses right after a Han or kana letter ("工會(huì)", "臺(tái)灣"). It is part of the name
/// as printed, neither a note nor a transliteration.
fn ruby_reading(before: &str, group: &str) -> bool {
    let glued = before.as_ptr() as usize + before.len() == group.as_ptr() as usize;
    let reading = inner(group);
    glued
        && before.chars().next_back().is_some_and(han_or_kana)
        && (1..=6).contains(&reading.chars().filter(|c| letter(*c)).count())
        && reading
            .chars()
            .all(|c| c.is_lowercase() || crate::text::is_mark(c))
        && latin_only(reading)
}

/// A last group (of `toks[..end]`) not in ASCII that means what the name before it
/// transcribes ([`transcription_meaning`]): the translation; where the name ends then.
fn take_transcribed_meaning(toks: &[&str], end: usize, e: &mut ParsedEntry) -> usize {
    if end >= 2
        && is_group(at(toks, end - 1))
        && !inner(at(toks, end - 1)).is_ascii()
        && transcription_meaning(&join(range(toks, 0, end - 1)), inner(at(toks, end - 1)))
    {
        e.translation = Some(inner(at(toks, end - 1)).to_owned());
        return end - 1;
    }
    end
}

/// A last group (of `toks[..end]`) that glosses the name, unless the registry knows the
/// whole as a name and not the rest: its transliteration (a Latin group that reads like a
/// name not in Latin script) or its translation (a group long enough beside the name, a
/// quoted meaning after a quoted name, a Latin group after a name not in Latin script), the
/// translation perhaps after a Latin transliteration. Where the name ends then.
fn take_gloss(
    toks: &[&str],
    mut end: usize,
    e: &mut ParsedEntry,
    registry: Option<&Registry>,
    places: &Places,
) -> usize {
    let words = |s: &str| word_count(s);
    // (By id or whole: a name that only holds the words is not known.)
    let known = |s: &str| registry.is_some_and(|r| places.registry_finds_whole(r, s));
    let name_text = |end: usize| join(range(toks, 0, end));
    if end >= 2 && is_group(at(toks, end - 1)) {
        let last = inner(at(toks, end - 1));
        let rest = name_text(end - 1);
        let rest_latin = || latin_only(&rest);
        // A quoted name and its meaning, quoted too: 'партии "Ауыл" ("Село")'.
        let quoted_gloss =
            unquote(last).is_some() && rest.trim_end().ends_with(|c: char| quote_mark(c));
        let looks_like_translation =
            quoted_gloss || (words(last) >= 2 && words(last) * 5 >= words(&rest) * 2);
        // The registry is asked last: it is the costly question. The name without the group is
        // asked first: where the registry knows it (an edition read back), the longer text
        // with the group is not asked.
        let part_of_name = || !known(&rest) && known(&name_text(end));
        if (looks_like_translation || (latin_only(last) && !rest_latin())) && !part_of_name() {
            // A non-Latin name followed by one Latin group: a transliteration when the group
            // reads like the name.
            let similar = |a: &str| {
                similarity_above(
                    &fold(&any_ascii::any_ascii(&rest)),
                    &fold(a),
                    TRANSLITERATION,
                )
            };
            // (Quotation marks around the whole group are not part of it.)
            let last = unquote(last).map_or(last, str::trim);
            if latin_only(last) && !rest_latin() && similar(last) {
                e.transliteration = Some(last.to_owned());
            } else {
                e.translation = Some(last.to_owned());
            }
            end -= 1;
            if e.translation.is_some() && end >= 2 && is_group(at(toks, end - 1)) {
                let prev = inner(at(toks, end - 1));
                let rest = name_text(end - 1);
                if !latin_only(&rest) && latin_only(prev) {
                    e.transliteration = Some(prev.to_owned());
                    end -= 1;
                }
            }
        }
    }
    end
}

/// A last group (of `toks[..end]`) that says what the name is in the list's own language
/// ("Colectivo GALACTYCO (Asociación de Gays, …)" in a Spanish list), taken as the note
/// ([`native_description`]); where the name ends then.
fn take_description(toks: &[&str], end: usize, e: &mut ParsedEntry, places: &Places) -> usize {
    let Some(last) = end.checked_sub(1).filter(|&l| l >= 1) else {
        return end;
    };
    let group = at(toks, last);
    // (The name is joined only for an entry that may have a description.)
    if e.note.is_none()
        && e.acronym.is_none()
        && is_group(group)
        && native_description(&join(range(toks, 0, last)), inner(group), places)
    {
        e.note = Some(inner(group).to_owned());
        return last;
    }
    end
}

/// Whether a group in parentheses after a name (of an entry without an acronym) says in the
/// edition's language what the name is, rather than translating it: a translation stands
/// beside a name in another language and carries its proper names and cognates over ("Parti
/// Comuniste du Togo (Communist Party of Togo)"), so a group in the name's own script that
/// shares no word with it, after a name written only in the edition's letters (CLDR's
/// exemplar characters), is a description ("Colectivo GALACTYCO (Asociación de Gays, …)",
/// "Mouvement Che Guevara (Union des communistes de Bulgarie)"); "Confédération paysanne
/// (Peasant Confederation)" in an English list translates a name that has letters English is
/// not written with.
fn native_description(name: &str, group: &str, places: &Places) -> bool {
    let words = |s: &str| word_count(s);
    // (As long as a translation would be: a group much shorter than the name is none.)
    let long = words(group) >= 2 && words(group) * 5 >= words(name) * 2;
    // A quoted name and its meaning, quoted too, is a translation ('"Ауыл" ("Село")').
    let quoted_gloss =
        unquote(group).is_some() && name.trim_end().ends_with(|c: char| quote_mark(c));
    let scripts = |s: &str| {
        let mut sc = crate::text::script_codes(s);
        sc.sort_unstable_by(|a, b| a.as_str().cmp(b.as_str()));
        sc
    };
    // (The edition's letters are asked first: a name with a letter foreign to them, most
    // names beside a translation, is told before the scripts are named and the words folded.)
    if !long || quoted_gloss || places.foreign_letters(name) != Some(false) {
        return false;
    }
    let name_scripts = scripts(name);
    !name_scripts.is_empty() && name_scripts == scripts(group) && !shares_a_stem(name, group)
}

/// Whether two texts share a word of three letters or more, told by its first four letters
/// ("Togo" and "Togo", "Partido" and "Party"), case and accents aside: for telling a group in
/// another language that is a name's translation, whose words share their stems across
/// languages. Where a whole word must be shared (a person's name and an organization:
/// "François" is not "France"), `persons::shares_a_word`.
fn shares_a_stem(a: &str, b: &str) -> bool {
    // (Stems are slices of the folded texts: no string per word.)
    fn stems(folded: &str) -> impl Iterator<Item = &str> {
        folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().nth(2).is_some())
            .map(|w| {
                w.char_indices()
                    .nth(4)
                    .map_or(w, |(i, _)| w.get(..i).unwrap_or(w))
            })
    }
    let (a, b) = (fold(a), fold(b));
    let theirs: Vec<&str> = stems(&b).collect();
    stems(&a).any(|w| theirs.contains(&w))
}

/// Whether a group after a name written in katakana, the script Japanese transcribes foreign
/// names in, gives the name's meaning in Han or hiragana: "キョレハナ(民族はひとつ)", "劇団コレ(くじら)"
/// (a translation in the edition's own script, which has no spaces to tell it by length).
pub(super) fn transcription_meaning(name: &str, group: &str) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::Script;
    let scripts = CodePointMapData::<Script>::new();
    let last = name.chars().rev().find(|c| letter(*c) && *c != '\u{30FC}');
    !name.contains(char::is_whitespace)
        && last.is_some_and(|c| scripts.get(c) == Script::Katakana)
        && group
            .chars()
            .any(|c| matches!(scripts.get(c), Script::Han | Script::Hiragana))
        && !group
            .chars()
            .any(|c| letter(c) && scripts.get(c) == Script::Latin)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Initials as first written: words split at Unicode's white space and the signs below,
    /// trimmed by `char::is_alphanumeric`, each first letter through AnyAscii.
    fn initials_as_first_written(name: &str) -> Vec<char> {
        let signs = ['-', '–', '/', '(', ')', '’', '\''];
        name.split(|c: char| c.is_whitespace() || signs.contains(&c))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && !function_word(w))
            .filter_map(|w| w.chars().next())
            .filter_map(|c| {
                any_ascii::any_ascii_char(c)
                    .chars()
                    .find(char::is_ascii_alphabetic)
                    .map(|c| c.to_ascii_uppercase())
            })
            .collect()
    }

    /// The initials of names split at every kind of white space (ASCII's, U+000B, U+0085,
    /// no-break, ideographic) and sign, with digits, function words and letters of several
    /// scripts, are those of the first writing.
    #[test]
    fn initials_split_at_every_space_and_sign() {
        for name in [
            "Parti Communiste du Togo",
            "Partido\u{0B}Obrero\u{85}Revolucionario\u{A0}de\u{3000}Bolivia",
            "Marxistisch-Leninistische Partei (MLPD) – Jugend/Verband",
            "l’Union d'Action 1er Mai, «Nouvelle» Ère",
            "Комуністична партія України и на Кубани",
            "Ένωση Εργατικό Κομμουνιστικό ΣΑΣ",
            "الجبهة الثوري الشيوعي",
            "\tIn\nThe\rOf\u{0C}FOR 2nd ½ Élan",
            "",
            " - ",
        ] {
            assert_eq!(initials(name), initials_as_first_written(name), "{name}");
        }
    }

    /// The initials of tokens joined are each token's, one after another: tokens end at white
    /// space or at a group's parenthesis, written against a word or not.
    #[test]
    fn initials_of_joined_tokens_are_the_tokens_initials() {
        for text in [
            "PCT Parti Communiste du Togo",
            "СДПУ(о) Соціал-демократична партія (СДПУ) України",
            "ADE . Asociación de (Defensa)Ecologista  del\tPerú–Lima",
            "(社)キョレハナ Parti révolutionnaire-Communistes(France) l’Union",
            "A(b)c (d e)(f) g) (h",
        ] {
            let plain = tokens(text);
            for toks in [plain.clone(), acronym_groups(text, plain)] {
                let by_token = TokenInitials::new(&toks);
                for i in 0..=toks.len() + 1 {
                    let joined = initials(&join(toks.get(i..).unwrap_or_default()));
                    assert_eq!(by_token.from(i), joined.as_slice(), "{text} from {i}");
                }
            }
        }
    }

    #[test]
    fn the_last_dash_between_spaces_outside_groups() {
        fn at(t: &str) -> Option<&str> {
            last_dash(t).and_then(|(a, b)| t.get(a..b))
        }
        assert_eq!(at("MLPD – Deutschland"), Some("–"));
        assert_eq!(at("Yekîtiya Jinan — YJ Ewropa"), Some("—"));
        assert_eq!(at("CESI - Centar - za edukaciju"), Some("-"));
        assert_eq!(
            last_dash("Partija Rada - ByH"),
            Some(("Partija Rada ".len(), "Partija Rada -".len()))
        );
        for none in [
            "KEC-Kosovo",
            "Name -ACR",
            "Name– ACR",
            "Name (a – b)",
            "Ω",
            "",
        ] {
            assert_eq!(last_dash(none), None, "{none}");
        }
    }

    #[test]
    fn ascii_latin_only_as_unicode_scripts_tell() {
        // A Latin transliteration in parentheses ("(Komunistická strana Čech a Moravy)" written
        // in ASCII, "(KSCM)"), and groups of figures and signs only, which hold no script.
        for t in [
            "Komunisticka strana Cech a Moravy",
            "KSCM",
            "2024",
            "- / 7",
            "",
            "Čech",
        ] {
            let sc = crate::text::script_codes(t);
            let told = !sc.is_empty() && sc.iter().all(|x| x.as_str() == "Latn");
            assert_eq!(latin_only(t), told, "{t}");
        }
        assert!(latin_only("Rode Morgen"));
        assert!(!latin_only("(1917)"));
        assert!(!latin_only("Ауыл"));
    }

    #[test]
    fn full_stops_by_compatibility_end_numbers() {
        // "7 ․ Awakening National Christian Party" (U+2024 ONE DOT LEADER, as
        // tests/fixtures/ingest/real/en-gagrule-fifteen-parties-joined prints it among "8.",
        // "9." …), and the full-width full stop.
        assert_eq!(
            marker("7 \u{2024} Awakening National Christian Party"),
            Some((Some(7), "Awakening National Christian Party"))
        );
        assert_eq!(marker("3\u{FF0E}Partido"), Some((Some(3), "Partido")));
        // A space before an ASCII full stop, or before another sign, is no number's sign.
        assert_eq!(marker("7 , Awakening"), None);
        assert_eq!(marker("7 \u{2024}5"), None);
        // A comma after the digits is no number's sign, told without a lookup: a number
        // grouped by CLDR's separator is a list number only before its own sign
        // ([`grouped_number`]: "1,000. ОКС-2"), not before a space.
        assert_eq!(marker("1,000 ОКС-2 організація"), None);
        assert_eq!(
            marker("1,000. ОКС-2 організація"),
            Some((Some(1000), "ОКС-2 організація"))
        );
    }

    #[test]
    fn a_dash_against_a_number_ends_it() {
        // The kashida drawn as a dash after an Arabic-script list number.
        assert_eq!(
            marker("1ـ مجمع روحانیون مبارز"),
            Some((Some(1), "مجمع روحانیون مبارز"))
        );
        assert_eq!(marker("۱۲ـ انجمن اصلاحات"), Some((Some(12), "انجمن اصلاحات")));
        // tests/fixtures/ingest/real/fa-lajvar-etehadie-ranandegan-haft-tappeh, line 7, and
        // ar-shorouknews-haraka-madaniya-12-hizban, lines 16 and 25 (Arabic-Indic digits).
        assert_eq!(
            marker("1- انجمن صنف تاکسیرانان مازنداران"),
            Some((Some(1), "انجمن صنف تاکسیرانان مازنداران"))
        );
        assert_eq!(
            marker("١- التحالف الاشتراكي."),
            Some((Some(1), "التحالف الاشتراكي."))
        );
        assert_eq!(
            marker("١٠- الحزب العربي الناصري."),
            Some((Some(10), "الحزب العربي الناصري."))
        );
        assert_eq!(marker("3\u{2013} Partido"), Some((Some(3), "Partido")));
        // Ranges and dates are not numbered lines; nor is a year before a dash.
        assert_eq!(marker("1-2 May 2020"), None);
        assert_eq!(marker("2020- 2021"), None);
        assert_eq!(marker("2020 - 2021"), None);
        assert_eq!(marker("2019- Annual meeting"), None);
        assert_eq!(marker("1-May"), None);
        assert_eq!(marker("15-Aug 2020"), None);
    }

    /// Names of tests/fixtures/ingest/real/fr-attac-tribune-plus-jamais-ca-signataires
    /// ("Jean-François Julliard, directeur général de Greenpeace France") and
    /// pt-gp1-centrais-sindicais-nota-greve-caminhoneiros ("Paulinho da Força, presidente da
    /// Força Sindical"), read by hand: stems are shared across languages and accents
    /// ("Partido" and "Party", "FORCA" and "Força"), and by words that are not the same.
    #[test]
    fn texts_share_a_stem() {
        assert!(shares_a_stem("Partido Comunista", "Communist Party"));
        assert!(shares_a_stem("Paulinho da FORCA", "Força Sindical"));
        assert!(shares_a_stem("Jean-François Julliard", "Greenpeace France"));
        assert!(!shares_a_stem(
            "Vagner Freitas",
            "Central Única dos Trabalhadores (CUT)"
        ));
    }
}
