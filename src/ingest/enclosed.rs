//! Runs of names set apart inside a sentence: enclosed in parentheses or between two dashes
//! ("Kaikki keskusjärjestöt (Akava, EK, KT, SAK ja STTK) pyrkivät …", "Los tres sindicatos
//! -CCOO, UGT y CIG- han convocado …"), or each name in quotes, joined only by separators and
//! conjunctions (`"A" و"B" و"C"`, `„A“, „B“, „C“`).

use super::lexicon::{ARTICLES, function_word};
use super::listwords::ListWords;
use super::persons::person_name;
use super::script::{
    acronym_shaped, letter, list_punctuation, mostly_han_or_kana, outside_groups, phrase_spaced,
    sentence_terminal, sentence_words, short_group_acronym, starts_capital, uncased,
    uncased_acronym, word_count,
};
/// Whether a character is a dash that can set a part of a sentence apart.
pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// The parts of a sentence between parentheses (top level) and between two dashes that stand
/// apart from a word on one side at least (`-CCOO, UGT y CIG-`, `– „A“, „B“ –`; not the hyphen
/// inside "Sul-Africano").
fn enclosed_parts(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open_at = 0usize;
    let mut dashes: Vec<(usize, usize)> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        match c {
            '(' => {
                if depth == 0 {
                    open_at = i + c.len_utf8();
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.extend(text.get(open_at..i));
                }
            }
            _ if depth == 0 && is_dash(c) => {
                let before = k.checked_sub(1).and_then(|j| chars.get(j)).map(|x| x.1);
                let after = chars.get(k + 1).map(|x| x.1);
                let apart = |x: Option<char>| x.is_none_or(|x| !x.is_alphanumeric());
                if apart(before) || apart(after) {
                    dashes.push((i, c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    for pair in dashes.windows(2) {
        if let [(a, len), (b, _)] = pair {
            out.extend(text.get(a + len..*b));
        }
    }
    out
}

/// The longest run of names inside an enclosed part of a sentence, read as a sentence of its
/// own by `read`.
pub(super) fn enclosed_run(
    text: &str,
    lw: &ListWords,
    read: impl Fn(&str) -> Option<Vec<String>>,
) -> Option<Vec<String>> {
    enclosed_parts(text)
        .into_iter()
        .filter(|p| p.chars().any(|c| lw.is_separator(c) || c == ';'))
        .filter_map(|p| read(p.trim()))
        .max_by_key(Vec::len)
}

/// The quoted spans of a text: (start of the quote, end after it, the text inside).
fn quoted_spans(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '"' | '“' | '„' | '«') => open = Some((i, c)),
            (Some((o, oc)), '"' | '“' | '”' | '»')
                if (oc == '"') == (c == '"') && !(oc == '«' && c != '»') =>
            {
                let inner = text.get(o + oc.len_utf8()..i).unwrap_or_default();
                out.push((o, i + c.len_utf8(), inner));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The texts inside quotation marks of a sentence in a script without case whose names are
/// set apart by dashes, not by the list's separators: a list quoted whole after its kind ("…
/// أحزاب «المصريين الأحرار- الدستور- حركة 6 أبريل - …»", "the parties «A- B- C - …»"). (Quoted
/// speech, whose commas part a speaker's words, is not looked into.)
pub(super) fn quoted_lists<'t>(text: &'t str, lw: &ListWords) -> Vec<&'t str> {
    quoted_uncased(text, |t| {
        t.chars().filter(|&c| is_dash(c)).count() >= 2 && !t.chars().any(|c| lw.is_separator(c))
    })
}

/// The texts inside quotation marks of a sentence in a script without case that hold two of
/// the list's separators or more: a run quoted whole after what introduces it ("چندین تشکل
/// مستقل از جمله “اتحاد بازنشستگان ایران، انجمن صنفی …، سندیکای نقاشان البرز، …”", several
/// independent organizations, including "A, B, C, …"). The caller reads a run there only where
/// its names name organizations by acronyms or share a kind: quoted speech parts a speaker's
/// words with commas ("반민생, 반민주, 반평화, 반환경, 친재벌 등 …", anti-livelihood,
/// anti-democracy, … in a statement's quoted words).
pub(super) fn quoted_with_separators<'t>(text: &'t str, lw: &ListWords) -> Vec<&'t str> {
    quoted_uncased(text, |t| {
        t.chars().filter(|&c| lw.is_separator(c)).count() >= 2
    })
}

/// The texts inside quotation marks of a sentence that are in a script without case and that
/// `keep` takes. (An ASCII sentence holds none.)
fn quoted_uncased(text: &str, keep: impl Fn(&str) -> bool) -> Vec<&str> {
    if text.is_ascii() {
        return Vec::new();
    }
    quoted_spans(text)
        .into_iter()
        .map(|(_, _, inner)| inner)
        .filter(|t| keep(t) && uncased(t))
        .collect()
}

/// Whether the text between two quoted names only joins them: separators, spaces and the
/// list's conjunctions (as words or as a prefix of the next quote, Arabic `و"`).
fn only_joins(gap: &str, lw: &ListWords) -> bool {
    gap.split(|c: char| c.is_whitespace() || lw.is_separator(c) || c == ';')
        .filter(|w| !w.is_empty())
        .all(|w| lw.is_conjunction(w) || lw.prefixes.iter().any(|p| p == w))
}

/// Three names or more, each in quotes, joined only by separators and conjunctions.
pub(super) fn quoted_run(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let spans = quoted_spans(text);
    let mut best: Vec<&str> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut last_end = 0usize;
    for &(start, end, inner) in &spans {
        let joined = !current.is_empty()
            && text
                .get(last_end..start)
                .is_some_and(|gap| only_joins(gap, lw));
        if !joined {
            current.clear();
        }
        // Han and kana count a word for two letters (a quoted clause is no name).
        let words = sentence_words(&outside_groups(inner));
        if (1..=10).contains(&words) {
            current.push(inner.trim());
        } else {
            current.clear();
        }
        if current.len() > best.len() {
            best = current.clone();
        }
        last_end = end;
    }
    (best.len() >= 3).then(|| best.into_iter().map(str::to_owned).collect())
}

/// A word that is an acronym by its form in any script: capitals ("ΓΣΕΕ", "CC.OO."), or
/// letters spelled out in a script without case ("సిఐటియు").
fn acronym_word(w: &str) -> bool {
    !w.is_empty() && (acronym_shaped(w) || uncased_acronym(w))
}

/// Two organizations a news lead names together, read only when the page holds no other
/// list: two acronyms joined by a conjunction of the list patterns or a separator ("ΓΣΕΕ και
/// ΑΔΕΔΥ", "UGT e CC.OO.", "సిఐటియు, ఏఐటీయూసీ"), two names each with its acronym in
/// parentheses joined by a conjunction ([`paren_pair`]), or two quoted names joined by one
/// ([`quoted_pair`]).
pub(super) fn acronym_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    bare_acronym_pair(text, lw)
        .or_else(|| paren_pair(text, lw))
        .or_else(|| sentence_case_paren_pair(text, lw))
        .or_else(|| uncased_paren_pair(text, lw))
        .or_else(|| contraction_pair(text, lw))
        .or_else(|| quoted_pair(text, lw))
}

/// A word in lower case that may stand inside a name in title case: an article, a function
/// word, or a word of one or two letters ("Comunn na Gàidhlig", "Secretaría de Cultura").
fn inside_name(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.chars().next().is_some_and(char::is_lowercase)
        && (function_word(w)
            || ARTICLES.contains(&lower.as_str())
            || (w.chars().count() <= 2 && w.chars().all(char::is_alphabetic)))
}

/// A word that ends a clause with its sign ("Makaurau,", "aké.").
fn ends_clause(w: &str) -> bool {
    w.ends_with([',', '.', ';', ':', '!', '?'])
}

/// Two names in title case (two capitalized words each at least, perhaps with words in lower
/// case of a name's kind between them, the second perhaps with its acronym in parentheses)
/// joined by a conjunction: the list's, or a word of one or two letters in lower case that no
/// name holds, where the language's list patterns give none (Māori "me", Oromo "fi"): "… a He
/// Oranga Poutama me Te Puni Kōkiri kia …", "Kongirasiin Federaalawa Oromoo fi Addi Bilisummaa
/// Oromoo (ABO-Shanee) ibsa …".
pub(super) fn title_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joins = |w: &str| {
        w.chars().next().is_some_and(char::is_lowercase)
            && (lw.is_conjunction(w)
                || (w.chars().count() <= 2
                    && w.chars().all(char::is_alphabetic)
                    && !function_word(w)
                    && !ARTICLES.contains(&w)))
    };
    // (Not across a parenthesis: a role after a person's name, "Nurul Izzah Anwar (Naib
    // Presiden KEADILAN) dan …".)
    let in_name = |w: &str| (starts_capital(w) || inside_name(w)) && !w.contains(['(', ')']);
    for k in 1..words.len().saturating_sub(2) {
        let left_end = words.get(k - 1).copied().unwrap_or_default();
        if !words.get(k).is_some_and(|w| joins(w))
            || ends_clause(left_end)
            || !(in_name(left_end) || paren_acronym(left_end))
        {
            continue;
        }
        let mut a = k - 1;
        while a > 0
            && words
                .get(a - 1)
                .is_some_and(|w| in_name(w) && !ends_clause(w))
        {
            a -= 1;
        }
        let mut b = k + 1;
        while words.get(b).is_some_and(|w| in_name(w) && !ends_clause(w)) {
            b += 1;
        }
        // The second name's last word may end the clause, or be its acronym in parentheses.
        if words.get(b).is_some_and(|w| in_name(w) || paren_acronym(w)) {
            b += 1;
        }
        let left = name_in(words.get(a..k).unwrap_or_default());
        let right = name_in(words.get(k + 1..b).unwrap_or_default());
        // Two names of two words each are rather two persons' ("Արայիկ Հարությունյանը եւ
        // Աշոտ Ղուլյանը").
        let persons = |l: &str, r: &str| word_count(l) == 2 && word_count(r) == 2;
        if let (Some(l), Some(r)) = (left, right)
            && !persons(&l, &r)
        {
            return Some(vec![l, r]);
        }
    }
    None
}

/// Two single capitalized words joined by a conjunction of the list patterns, where the page
/// writes one of them again in capitals, as an acronym (`capitals`): "… Somaliland ee Ucid iyo
/// Waddani ayaa …" on a page that names "xisbiga UCID" below. Without that evidence two
/// such words are too common in prose (places, persons) to be read as a pair. An acronym in
/// capitals is that evidence itself, beside a single capitalized word ("… синдикалните централи
/// на КНСБ и Подкрепа.", "… the union centrals KNSB and Podkrepa."); the caller leaves out
/// places ("… the EU and Russia"). The pair may end the line.
pub(super) fn word_pair(
    text: &str,
    lw: &ListWords,
    capitals: impl Fn(&str) -> bool,
) -> Option<Vec<String>> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // (Nothing after a pair that ends the line.)
    words.push("");
    // A capitalized word of letters, perhaps ending the clause on the right.
    let single = |w: &str| {
        let mut cs = w.chars();
        w.chars().count() >= 3
            && cs.next().is_some_and(char::is_uppercase)
            && cs.all(char::is_lowercase)
    };
    let acronym = |w: &str| w.chars().count() >= 2 && acronym_shaped(w) && !uncased(w);
    words.windows(5).find_map(|w| {
        let [before, a, conj, b, after] = w else {
            return None;
        };
        let b = b.trim_end_matches([',', '.', ';', ':']);
        let evidence = (single(a)
            && single(b)
            && (capitals(&a.to_uppercase()) || capitals(&b.to_uppercase())))
            || (single(a) && acronym(b))
            || (acronym(a) && single(b));
        // Neither is a word of a longer name.
        (lw.is_conjunction(conj) && evidence && !starts_capital(before) && !starts_capital(after))
            .then(|| vec![(*a).to_owned(), b.to_owned()])
    })
}

/// The name a stretch of words in title case holds: without the words in lower case at its
/// ends or the sign after it; two capitalized words or more, eight words at most.
fn name_in(words: &[&str]) -> Option<String> {
    let first = words.iter().position(|w| !inside_name(w))?;
    let last = words.iter().rposition(|w| !inside_name(w))?;
    let name = words.get(first..=last)?;
    let capitals = name.iter().filter(|w| starts_capital(w)).count();
    (capitals >= 2 && name.len() <= 8).then(|| {
        name.join(" ")
            .trim_end_matches([',', '.', ';', ':', '!', '?'])
            .to_owned()
    })
}

/// An acronym in parentheses, as a word of the sentence: "(ΕΚΘ)", "(MOSZ),".
fn paren_acronym(w: &str) -> bool {
    let t = w.trim_end_matches([',', '.', ';']);
    t.strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .is_some_and(acronym_word)
}

/// "… το Εργατοϋπαλληλικό Κέντρο (ΕΚΘ) και η Ένωση Δημοσιοϋπαλληλικών Οργανώσεων (ΕΔΟΘ)": a
/// name in capitalized words before an acronym in parentheses, a conjunction, perhaps an
/// article (a word of three letters or fewer in lower case), and a second name in capitalized
/// words before its acronym in parentheses.
fn paren_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (k, w) in words.iter().enumerate() {
        if !paren_acronym(w) || !words.get(k + 1).is_some_and(|c| lw.is_conjunction(c)) {
            continue;
        }
        let start = (0..k)
            .rev()
            .take_while(|&j| words.get(j).is_some_and(|x| starts_capital(x)))
            .last()?;
        let mut j = k + 2;
        while words
            .get(j)
            .is_some_and(|x| x.chars().count() <= 3 && x.chars().all(char::is_lowercase))
        {
            j += 1;
        }
        let name_from = j;
        while words
            .get(j)
            .is_some_and(|x| starts_capital(x) && !paren_acronym(x))
        {
            j += 1;
        }
        if j > name_from && words.get(j).is_some_and(|x| paren_acronym(x)) {
            let first = words.get(start..=k).unwrap_or_default().join(" ");
            let second = words.get(name_from..=j).unwrap_or_default().join(" ");
            let end = |s: String| s.trim_end_matches([',', '.', ';']).to_owned();
            return Some(vec![end(first), end(second)]);
        }
    }
    None
}

/// The fewest and most words of a name in sentence case that its acronym in parentheses
/// bounds ([`sentence_case_paren_pair`]).
const SENTENCE_CASE_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=10;

/// [`paren_pair`] where the names are in sentence case, their first word capitalized and
/// other words in small letters ("… Latvijas Dabas fonds (LDF) un Latvijas Ornitoloģijas
/// biedrība (LOB) tikās …", "Ẹgbẹ́ àjọ àwọn òṣìṣẹ́ Nàìjíríà (NLC) àti Ẹgbẹ́ àjọ àwọn òṣìṣẹ́
/// (TUC) sọ …"): capitals cannot bound them, their acronyms do. The second name is every word
/// between the conjunction and its acronym in parentheses, its first word capitalized; the
/// first, the words before its acronym back to a word a sign ends, no more than two words
/// longer than the second (the names of a pair are alike in length), without the words in
/// small letters it would start with (the sentence's), its first word capitalized. Names
/// shaped as persons' ([`person_name`]) are persons with their posts.
fn sentence_case_paren_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let group = |w: &str| {
        w.trim_end_matches(|c: char| list_punctuation(c) || sentence_terminal(c))
            .strip_prefix('(')
            .and_then(|x| x.strip_suffix(')'))
            .filter(|g| acronym_word(g))
            .map(str::to_owned)
    };
    let signed = |w: &str| {
        w.contains(['(', ')'])
            || w.ends_with(|c: char| list_punctuation(c) || sentence_terminal(c))
            || w.chars().all(is_dash)
    };
    let cased_name = |name: &[&str]| {
        name.first().is_some_and(|w| starts_capital(w))
            && name.iter().any(|w| w.chars().any(char::is_lowercase))
    };
    (0..words.len()).find_map(|k| {
        let first_group = words.get(k).and_then(|w| group(w))?;
        if !words.get(k + 1).is_some_and(|c| lw.is_conjunction(c)) {
            return None;
        }
        let close = (k + 2..words.len()).find(|&j| words.get(j).is_none_or(|w| signed(w)))?;
        let second = words.get(k + 2..close)?;
        let second_group = words.get(close).and_then(|w| group(w))?;
        let back = (0..k)
            .rev()
            .take_while(|&j| words.get(j).is_some_and(|w| !signed(w)))
            .take(second.len() + 2)
            .count();
        let first: Vec<&str> = words
            .get(k - back..k)?
            .iter()
            .copied()
            .skip_while(|w| !starts_capital(w))
            .collect();
        let fits = |n: &[&str]| SENTENCE_CASE_NAME_WORDS.contains(&n.len()) && cased_name(n);
        // (Names shaped as persons' are persons with their posts: "John Smith (CEO) and Mary
        // Jones (CFO)".)
        let persons = person_name(&first.join(" ")) || person_name(&second.join(" "));
        (fits(&first) && fits(second) && !persons).then(|| {
            vec![
                format!("{} ({first_group})", first.join(" ")),
                format!("{} ({second_group})", second.join(" ")),
            ]
        })
    })
}

/// The fewest and most words of a name in a script without case, whose words cannot be told
/// from the sentence's by their capitals.
const UNCASED_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=8;

/// The group in parentheses that a word is, when it is one short group in a script without
/// case ("(आसू)", "(एजेवाईसीपी)", perhaps with a sign after it).
fn uncased_group(w: &str) -> Option<&str> {
    let t = w.trim_end_matches(|c: char| list_punctuation(c) || c == '.');
    t.strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .filter(|g| uncased(g) || acronym_shaped(g))
}

/// [`paren_pair`] in a script without case, where capitals cannot tell where a name starts:
/// "… : ऑल असम स्टूडेंट यूनियन (आसू) और असम जातीयवादी युवा छात्र परिषद (एजेवाईसीपी) ने …".
/// The second name is every word between the conjunction and its group (two to eight, none
/// of them a sign or a group); the first, the words before its group back to a colon, a
/// sign or the start of the sentence, and no more than the second has (the names of a pair
/// are alike in length). Each group is an acronym by form or by place
/// ([`short_group_acronym`]).
fn uncased_paren_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let plain = |w: &str| {
        uncased(w) && !w.contains(['(', ')']) && !w.chars().any(|c| list_punctuation(c) || c == '.')
    };
    for (k, w) in words.iter().enumerate() {
        if uncased_group(w).is_none() || !words.get(k + 1).is_some_and(|c| lw.is_conjunction(c)) {
            continue;
        }
        let second_from = k + 2;
        let Some(close) =
            (second_from..words.len()).find(|&j| words.get(j).is_none_or(|x| !plain(x)))
        else {
            continue;
        };
        let second_len = close - second_from;
        let (Some(group), Some(second)) = (
            words.get(close).and_then(|x| uncased_group(x)),
            words.get(second_from..close),
        ) else {
            continue;
        };
        let first_len = first_name_len(words.get(..k).unwrap_or_default(), second_len, plain);
        let first = words.get(k - first_len..k).unwrap_or_default();
        let first_group = uncased_group(w).unwrap_or_default();
        let named = |g: &str, name: &[&str]| {
            short_group_acronym(g, &name.join(" ")) || (acronym_shaped(g) && name.len() >= 2)
        };
        if UNCASED_NAME_WORDS.contains(&second_len)
            && UNCASED_NAME_WORDS.contains(&first_len)
            && named(first_group, first)
            && named(group, second)
        {
            let with_group = |name: &[&str], g: &str| format!("{} ({g})", name.join(" "));
            return Some(vec![
                with_group(first, first_group),
                with_group(second, group),
            ]);
        }
    }
    None
}

/// The most letters of what joins a name's group to the next name ([`contraction_pair`]): a
/// particle or conjunction written against the closing parenthesis (Korean "과", Japanese
/// "と").
const GROUP_JOINER_LETTERS: usize = 4;

/// Whether a group in parentheses is a contraction of the name before it: two letters or more
/// of a script without case, found in the name in their order ("민주노총" in
/// "전국민주노동조합총연맹", "日消連" in "日本消費者連盟", "คสรท." in "คณะกรรมการสมานฉันท์แรงงานไทย"),
/// the name longer than it; or an acronym in Latin capitals after a name of twice its letters.
fn contraction_of(group: &str, name: &str) -> bool {
    let g: Vec<char> = group.chars().filter(|c| letter(*c)).collect();
    let n: Vec<char> = name.chars().filter(|c| letter(*c)).collect();
    if acronym_shaped(group) {
        return n.len() >= 2 * g.len() && uncased(name);
    }
    let mut rest = n.iter();
    g.len() >= 2 && n.len() > g.len() && uncased(group) && g.iter().all(|c| rest.any(|x| x == c))
}

/// The name a group in parentheses closes, in a script without case: the word before the
/// group (written against it or a space before it), back to a space or a sign; in Han and
/// kana, which space no words apart, from the last place where the group's first letter
/// starts a text that the group contracts ("このたび主婦連合会(主婦連)": "主婦連合会").
fn name_closed_by<'t>(before: &'t str, group: &str) -> Option<&'t str> {
    let t = before.trim_end();
    let from = t
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || list_punctuation(c) || sentence_terminal(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = t.get(from..)?;
    if !mostly_han_or_kana(word) {
        return Some(word);
    }
    let first = group.chars().next()?;
    word.char_indices()
        .filter(|&(_, c)| c == first)
        .map(|(i, _)| word.get(i..).unwrap_or_default())
        .rfind(|w| contraction_of(group, w))
}

/// Two names in a script without case, each closed by its contraction or acronym in
/// parentheses ([`contraction_of`]), the second after the first's group and what joins them:
/// the list's conjunction (a word, or written against the second name: Thai "และ"), or a
/// particle of a few letters written against the closing parenthesis ("전국민주노동조합총연맹
/// (민주노총)과 한국노동조합총연맹(한국노총)은 …", the KCTU and the FKTU; "主婦連合会(主婦連)と日本消費者
/// 連盟(日消連)は、…"). The contractions show the two to name organizations.
fn contraction_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    if !text.contains('(') {
        return None;
    }
    let groups: Vec<(usize, usize)> = text
        .match_indices('(')
        .filter_map(|(o, _)| Some((o, o + text.get(o..)?.find(')')?)))
        .filter(|&(o, c)| text.get(o + 1..c).is_some_and(|g| !g.contains(['(', ' '])))
        .collect();
    groups.windows(2).find_map(|w| {
        let (&(o1, c1), &(o2, c2)) = (w.first()?, w.get(1)?);
        let (g1, g2) = (text.get(o1 + 1..c1)?, text.get(o2 + 1..c2)?);
        let first = name_closed_by(text.get(..o1)?, g1)?;
        let between = text.get(c1 + 1..o2)?;
        let word = name_closed_by(between, g2)?;
        // (A conjunction written against the second name is no part of it.)
        let second = lw
            .prefixes
            .iter()
            .chain(&lw.joined)
            .find_map(|p| word.strip_prefix(p.as_str()))
            .filter(|rest| contraction_of(g2, rest))
            .unwrap_or(word);
        let joiner = between.get(..between.len() - second.len())?.trim_end();
        let joins = lw.is_conjunction(joiner.trim())
            || lw.prefixes.iter().any(|p| joiner.trim() == p.as_str())
            || (!joiner.starts_with(char::is_whitespace)
                && !joiner.contains(char::is_whitespace)
                && joiner.chars().filter(|c| letter(*c)).count() <= GROUP_JOINER_LETTERS
                && !joiner.contains(|c: char| list_punctuation(c) || sentence_terminal(c)));
        (joins
            && !joiner.trim().is_empty()
            && contraction_of(g1, first)
            && contraction_of(g2, second))
        .then(|| vec![format!("{first} ({g1})"), format!("{second} ({g2})")])
    })
}

/// How many words before a group (`before`, the words up to it) the first name of
/// [`uncased_paren_pair`] holds: the words of the name's script back to a sign, no more than the
/// second name has (the names of a pair are alike in length), or one more where they are all
/// the words before it and open the text, the pair its subject
/// ("انٹرنیشنل ٹریڈ یونین کنفیڈریشن (ITUC) اور یورپی ٹریڈ یونین (ETUC) کے رہنما …", the
/// International Trade Union Confederation (ITUC) and the European Trade Union (ETUC)'s
/// leaders …).
fn first_name_len(before: &[&str], second_len: usize, plain: impl Fn(&str) -> bool) -> usize {
    let all = before.iter().rev().take_while(|x| plain(x)).count();
    match all == before.len() && all <= second_len + 1 {
        true => all,
        false => all.min(second_len),
    }
}

/// A pair known by its acronyms (a headline's "ETUC un ETUCE") that a lead names in full, each
/// acronym in parentheses after its name, the two joined by a conjunction of the list patterns:
/// "Eiropas Arodbiedrību konfederācija (ETUC) un Eiropas Izglītības arodbiedrību konfederācija
/// (ETUCE) solidarizējas …", "एसोसिएशन फॉर प्रोटेक्शन ऑफ सिविल राइट्स (APCR) और इंडियन मुस्लिम
/// फॉर सिविल राइट्स (IMCR) ने …". The acronyms bound the names where capitals cannot (a name in
/// sentence case, a script without case): the second is every word between the conjunction and
/// its group ([`UNCASED_NAME_WORDS`]); the first, the words before its group back to the
/// text's start or a word a sign ends, at most two more than the second has (the names of a
/// pair are alike in length), without the words in small letters it starts with (an article
/// of the sentence). Each name with its group, or none.
pub(super) fn acronyms_named_in_full(
    text: &str,
    acronyms: &[String],
    lw: &ListWords,
) -> Option<Vec<String>> {
    let [first_acronym, second_acronym] = acronyms else {
        return None;
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let group_of = |w: &str| {
        w.trim_end_matches(|c: char| list_punctuation(c) || c == '.')
            .strip_prefix('(')
            .and_then(|x| x.strip_suffix(')'))
            .map(str::to_owned)
    };
    let signed = |w: &str| {
        w.contains(['(', ')'])
            || w.ends_with(|c: char| list_punctuation(c) || sentence_terminal(c))
            || w.chars().all(is_dash)
    };
    let k = words
        .iter()
        .position(|w| group_of(w).as_ref() == Some(first_acronym))?;
    if !words.get(k + 1).is_some_and(|c| lw.is_conjunction(c)) {
        return None;
    }
    let close = (k + 2..words.len()).find(|&j| words.get(j).is_none_or(|w| signed(w)))?;
    let second = words.get(k + 2..close)?;
    if words.get(close).and_then(|w| group_of(w)).as_ref() != Some(second_acronym)
        || !UNCASED_NAME_WORDS.contains(&second.len())
    {
        return None;
    }
    let back = (0..k)
        .rev()
        .take_while(|&j| words.get(j).is_some_and(|w| !signed(w)))
        .count();
    if back > second.len() + 2 {
        return None;
    }
    let first = words.get(k - back..k)?;
    let lower = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    let first: Vec<&str> = first.iter().copied().skip_while(lower).collect();
    if first.is_empty() || second.first().is_some_and(lower) {
        return None;
    }
    let with_group = |name: &[&str], g: &str| format!("{} ({g})", name.join(" "));
    Some(vec![
        with_group(&first, first_acronym),
        with_group(second, second_acronym),
    ])
}

/// Names set apart by spaces only, each one word of a script that spaces phrases apart, not
/// words ([`phrase_spaced`]: Thai, Lao, Khmer, Myanmar), followed by its acronym in
/// parentheses: "… คณะกรรมการสมานฉันท์แรงงานไทย (คสรท.) สมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์ (สรส.)
/// ร่วมกับ…". The longest such stretch, of two names or more, each given with its group.
pub(super) fn spaced_groups_run(text: &str) -> Option<Vec<String>> {
    // (These scripts are all at U+0E00 or after: other texts are told without a lookup.)
    if !text.contains('(') || !text.chars().any(|c| c >= '\u{E00}' && phrase_spaced(c)) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    fn group(w: &str) -> Option<&str> {
        w.strip_prefix('(')
            .and_then(|x| x.strip_suffix(')'))
            .filter(|g| !g.contains(['(', ')']))
    }
    let named_at = |k: usize| {
        let (Some(name), Some(g)) = (words.get(k), words.get(k + 1).and_then(|w| group(w))) else {
            return false;
        };
        name.chars().next().is_some_and(phrase_spaced)
            && group(name).is_none()
            && (short_group_acronym(g, name) || acronym_shaped(g))
    };
    let mut best: Vec<String> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let mut run: Vec<String> = Vec::new();
        while named_at(k) {
            run.push(format!(
                "{} {}",
                words.get(k).unwrap_or(&""),
                words.get(k + 1).unwrap_or(&"")
            ));
            k += 2;
        }
        if run.len() > best.len() {
            best = run;
        }
        k += 1;
    }
    (best.len() >= 2).then_some(best)
}

/// The fewest letters of the kind that names set apart by spaces share at their start
/// ([`kind_first_run`]): a word of its own ("พรรค", party; "กลุ่ม", group), not a syllable
/// that starts many words.
pub(super) const SHARED_KIND_LETTERS: usize = 4;

/// Names set apart by spaces only, each one word of a script that spaces phrases apart, not
/// words ([`phrase_spaced`]: Thai, Lao, Khmer, Myanmar), that start with the same kind, as
/// these languages put the kind first: "… พรรคเพื่อไทย พรรคอนาคตใหม่ พรรคประชาชาติ … และ
/// พรรคเสรีรวมไทย เปิดแถลงข่าว …" ("the Pheu Thai party, the Future Forward party, … and the
/// Seri Ruam Thai party held a press conference"). The last may carry the list's conjunction
/// written as a prefix (CLDR's Thai "และ"). The longest such stretch, of three names or more,
/// each longer than the kind they share.
pub(super) fn kind_first_run(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    // (These scripts are all at U+0E00 or after: other texts are told without a lookup.)
    if !text.chars().any(|c| c >= '\u{E00}' && phrase_spaced(c)) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let shared = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let unjoined = |w: &'_ str| -> Option<String> {
        lw.prefixes
            .iter()
            .find_map(|p| w.strip_prefix(p.as_str()))
            .map(str::to_owned)
    };
    let mut best: Vec<String> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let first = words.get(k).copied().unwrap_or_default();
        let mut kind = first.chars().count();
        let mut run = vec![first.to_owned()];
        let mut j = k + 1;
        while let Some(w) = words.get(j) {
            let (name, last) = match unjoined(w) {
                Some(rest) if shared(first, &rest) >= SHARED_KIND_LETTERS => (rest, true),
                _ => ((*w).to_owned(), false),
            };
            let n = shared(first, &name).min(kind);
            if n < SHARED_KIND_LETTERS || !first.chars().next().is_some_and(phrase_spaced) {
                break;
            }
            kind = n;
            run.push(name);
            j += 1;
            if last {
                break;
            }
        }
        let longer = run.iter().all(|w| w.chars().count() >= kind + 2);
        if longer && run.len() > best.len() {
            best = run;
        }
        k = j.max(k + 1);
    }
    (best.len() >= 3).then_some(best)
}

/// The most words, besides the conjunction, between two quoted names that it joins: the
/// second name's kind, which the first one's quote stands without ("«Союз юристів України» і
/// Всеукраїнською громадською організацією інвалідів «Союз Чорнобиль України»").
const KIND_WORDS: usize = 5;

/// Whether the text between two quoted names joins them: only separators and conjunctions
/// ([`only_joins`]), or one conjunction of the list patterns among a few words of a kind, none
/// of them ending a clause or holding a sign ([`KIND_WORDS`]).
fn joins_quoted(gap: &str, lw: &ListWords) -> bool {
    let conjunctions = gap
        .split_whitespace()
        .filter(|x| lw.is_conjunction(x))
        .count();
    conjunctions >= 1
        && (only_joins(gap, lw)
            || (conjunctions == 1
                && gap.split_whitespace().count() <= KIND_WORDS + 1
                && gap
                    .split_whitespace()
                    .all(|x| x.chars().all(char::is_alphabetic))))
}

/// Two quoted names of a few words joined by a conjunction of the list patterns
/// ("«Зеленый Харьков» и «Где дерево - Харьков»"), perhaps with the second one's kind
/// before it ([`joins_quoted`]).
fn quoted_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let spans = quoted_spans(text);
    spans.windows(2).find_map(|w| {
        let [(_, a_end, a), (b_start, _, b)] = w else {
            return None;
        };
        let gap = text.get(*a_end..*b_start)?;
        let joined = joins_quoted(gap, lw);
        let short = |s: &str| (1..=6).contains(&s.split_whitespace().count()) && starts_capital(s);
        (joined && short(a) && short(b)).then(|| vec![a.trim().to_owned(), b.trim().to_owned()])
    })
}

/// Two acronyms joined by a conjunction of the list patterns or a separator.
fn bare_acronym_pair(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| -> String {
        let t = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        // A full stop ends the sentence unless the word is dotted inside ("CC.OO.").
        match t.strip_suffix('.') {
            Some(x) if !x.contains('.') => x.to_owned(),
            _ => t.to_owned(),
        }
    };
    for (k, w) in words.iter().enumerate() {
        let Some(next) = words.get(k + 1) else { break };
        let separated = w.ends_with(|c: char| lw.is_separator(c));
        let (a, b) = if separated {
            (bare(w), bare(next))
        } else if lw.is_conjunction(next) && !next.starts_with(char::is_uppercase) {
            let Some(after) = words.get(k + 2) else { break };
            (bare(w), bare(after))
        } else {
            continue;
        };
        if acronym_word(&a) && acronym_word(&b) && a != b {
            return Some(vec![a, b]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::listwords::list_words;

    /// tests/fixtures/ingest/real/bg-ibox-uchiteli-protest, line 3, read by hand: "This was
    /// announced by the union centrals KNSB and Podkrepa." An acronym beside a single
    /// capitalized word is evidence of a pair by itself, at the line's end too; two single
    /// words are not, unless the page writes one in capitals ("Ucid iyo Waddani").
    #[test]
    fn an_acronym_and_a_single_word_are_a_pair() {
        let bg = list_words(&"bg".parse().unwrap_or_default());
        let line = "Това обявиха синдикалните централи на КНСБ и Подкрепа.";
        assert_eq!(
            word_pair(line, &bg, |_| false).unwrap_or_default(),
            ["КНСБ", "Подкрепа"]
        );
        let so = list_words(&"so".parse().unwrap_or_default());
        let words = "Xisbiyada Somaliland ee Ucid iyo Waddani ayaa shir qabtay.";
        assert_eq!(word_pair(words, &so, |_| false), None);
        assert_eq!(
            word_pair(words, &so, |w| w == "UCID").unwrap_or_default(),
            ["Ucid", "Waddani"]
        );
    }

    /// Two names in sentence case, each closed by its acronym in parentheses and joined by the
    /// list's conjunction, are bounded by their acronyms (constructed: the acronyms' place
    /// bounds the names where capitals cannot); two names of two words each are persons with
    /// their posts, and a group that is no acronym bounds nothing.
    #[test]
    fn a_pair_in_sentence_case_is_bounded_by_its_acronyms() {
        let lv = list_words(&"lv".parse().unwrap_or_default());
        let line = "Vakar divas organizācijas Latvijas Vides fonds (LVF) un Eiropas Jūras biedrība (EJB) parakstīja līgumu.";
        assert_eq!(
            acronym_pair(line, &lv).unwrap_or_default(),
            ["Latvijas Vides fonds (LVF)", "Eiropas Jūras biedrība (EJB)"]
        );
        let en = list_words(&"en".parse().unwrap_or_default());
        let posts = "Yesterday John Smith (CEO) and Mary Jones (CFO) resigned.";
        assert_eq!(sentence_case_paren_pair(posts, &en), None);
        let years = "The old union of miners (1921) and the new union of miners (1990) merged.";
        assert_eq!(sentence_case_paren_pair(years, &en), None);
    }

    /// Two names in a script without case, each closed by its contraction in parentheses, the
    /// second after a particle written against the first's group, are a pair (constructed:
    /// Korean, Japanese); groups that contract nothing (a photo's caption, ages) are none.
    #[test]
    fn names_closed_by_their_contractions_are_a_pair() {
        let ko = list_words(&"ko".parse().unwrap_or_default());
        let line = "어제 한국환경단체연합(환경연)과 전국농민조합총연맹(전농)은 기자회견을 열었다.";
        assert_eq!(
            contraction_pair(line, &ko).unwrap_or_default(),
            ["한국환경단체연합 (환경연)", "전국농민조합총연맹 (전농)"]
        );
        let ja = list_words(&"ja".parse().unwrap_or_default());
        let line = "本日、全国消費者連合会(全消連)と日本生活協同組合(日生協)は声明を発表した。";
        assert_eq!(
            contraction_pair(line, &ja).unwrap_or_default(),
            ["全国消費者連合会 (全消連)", "日本生活協同組合 (日生協)"]
        );
        assert!(contraction_of("민주노총", "전국민주노동조합총연맹"));
        assert!(!contraction_of("사진", "서울시청"));
        let captions = "서울시청(사진)과 부산시청(자료)은 문을 닫았다.";
        assert_eq!(contraction_pair(captions, &ko), None);
        let ages = "김철수(45)와 이영희(38)는 회견을 열었다.";
        assert_eq!(contraction_pair(ages, &ko), None);
    }

    /// A headline's pair by acronyms that the lead names in full, each acronym after its name
    /// in parentheses (tests/fixtures/ingest/real/lv-arodbiedribas-etuc-etuce-atbalsts, line 7;
    /// hi-journomirror-apcr-imcr-bayan-karyakram-badha, line 6; read by hand, their gold): a
    /// name in sentence case, a name in a script without case, each bounded by the acronyms and
    /// the conjunction. A group not followed by the conjunction, or a first name much longer
    /// than the second (the sentence's words before it), is no such pair.
    #[test]
    fn a_pair_of_acronyms_named_in_full() {
        let lv = list_words(&"lv".parse().unwrap_or_default());
        let pair = ["ETUC".to_owned(), "ETUCE".to_owned()];
        let line = "Eiropas Arodbiedrību konfederācija (ETUC) un Eiropas Izglītības arodbiedrību konfederācija (ETUCE) solidarizējas ar Latvijas Brīvo arodbiedrību savienību (LBAS).";
        assert_eq!(
            acronyms_named_in_full(line, &pair, &lv).unwrap_or_default(),
            [
                "Eiropas Arodbiedrību konfederācija (ETUC)",
                "Eiropas Izglītības arodbiedrību konfederācija (ETUCE)"
            ]
        );
        let hi = list_words(&"hi".parse().unwrap_or_default());
        let pair = ["APCR".to_owned(), "IMCR".to_owned()];
        let line = "एसोसिएशन फॉर प्रोटेक्शन ऑफ सिविल राइट्स (APCR) और इंडियन मुस्लिम फॉर सिविल राइट्स (IMCR) ने अपने शांतिपूर्ण कार्यक्रमों में बाधाओं की निंदा की है।";
        assert_eq!(
            acronyms_named_in_full(line, &pair, &hi).unwrap_or_default(),
            [
                "एसोसिएशन फॉर प्रोटेक्शन ऑफ सिविल राइट्स (APCR)",
                "इंडियन मुस्लिम फॉर सिविल राइट्स (IMCR)"
            ]
        );
        let en = list_words(&"en".parse().unwrap_or_default());
        let pair = ["ETUC".to_owned(), "ITUC".to_owned()];
        let long = "Yesterday in Brussels the leaders of the European Trade Union Confederation (ETUC) and Global Unions (ITUC) met.";
        assert_eq!(acronyms_named_in_full(long, &pair, &en), None);
        let apart = "The European Trade Union Confederation (ETUC), with the International Trade Union Confederation (ITUC), met.";
        assert_eq!(acronyms_named_in_full(apart, &pair, &en), None);
    }

    #[test]
    fn runs_set_apart() {
        let lw = list_words(&"es".parse().unwrap_or_default());
        assert_eq!(
            enclosed_parts("Los tres sindicatos mayoritarios -CCOO, UGT y CIG- han convocado"),
            ["CCOO, UGT y CIG"]
        );
        assert_eq!(
            enclosed_parts("Partido Comunista Sul-Africano (PCSA) e outros"),
            ["PCSA"]
        );
        let ar = list_words(&"ar".parse().unwrap_or_default());
        // CLDR's Arabic list pattern joins with "و" written before the next item.
        assert_eq!(
            quoted_run(
                "طالبت جمعيات \"التجمع القومي\" و\"المنبر التقدمي\" و\"التجمع الوحدوي\" الدولة",
                &ar
            ),
            Some(vec![
                "التجمع القومي".to_owned(),
                "المنبر التقدمي".to_owned(),
                "التجمع الوحدوي".to_owned()
            ])
        );
        assert_eq!(
            quoted_run("He said \"no\" and then \"yes\" to the \"plan\".", &lw),
            None
        );
        let gl = list_words(&"gl".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair("Os sindicatos UGT e CC.OO. chaman a mobilizarse.", &gl),
            Some(vec!["UGT".to_owned(), "CC.OO.".to_owned()])
        );
        assert_eq!(
            acronym_pair("The EU and the UN met in New York.", &lw),
            None
        );
    }

    /// Lines of tests/fixtures/ingest/real, read by hand: el-antenna975-syllalitirio-thessaloniki
    /// (two names with their acronyms in parentheses), ru-uanews-klimaticheskij-marsh-2021
    /// (two quoted names).
    #[test]
    fn two_organizations_a_lead_names() {
        let el = list_words(&"el".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair(
                "Κοινό συλλαλητήριο κατά των οικονομικών μέτρων και του νομοσχεδίου για το Ασφαλιστικό οργανώνουν στη Θεσσαλονίκη το Εργατοϋπαλληλικό Κέντρο (ΕΚΘ) και η Ένωση Δημοσιοϋπαλληλικών Οργανώσεων (ΕΔΟΘ).",
                &el
            ),
            Some(vec![
                "Εργατοϋπαλληλικό Κέντρο (ΕΚΘ)".to_owned(),
                "Ένωση Δημοσιοϋπαλληλικών Οργανώσεων (ΕΔΟΘ)".to_owned()
            ])
        );
        let ru = list_words(&"ru".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair(
                "Инициаторами проведения акции стали представители общественных организаций \"Зеленый Харьков\" и \"Где дерево - Харьков\".",
                &ru
            ),
            Some(vec![
                "Зеленый Харьков".to_owned(),
                "Где дерево - Харьков".to_owned()
            ])
        );
        // The second name may follow its kind, the first's left out
        // (uk-lawyersunion-zayava-memorandum-soyuz-chornobyl).
        let uk = list_words(&"uk".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair(
                "07 вересня 2016 року ми підписали Меморандум про співробітництво між Всеукраїнською громадською організацією «Союз юристів України» і Всеукраїнською громадською організацією інвалідів «Союз Чорнобиль України» (надалі – Сторони).",
                &uk
            ),
            Some(vec![
                "Союз юристів України".to_owned(),
                "Союз Чорнобиль України".to_owned()
            ])
        );
        // Not across a clause: signs between them are no kind (a sentence written for
        // this test with the same names).
        assert_eq!(
            acronym_pair(
                "Він очолював «Союз юристів України», а потім, як відомо, і «Союз Чорнобиль України».",
                &uk
            ),
            None
        );
        // In a script without case, the names' words are told by place: the second name
        // between the conjunction and its group, the first back to the colon
        // (hi-etvbharat-aasu-ajycp-samiti).
        let hi = list_words(&"hi".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair(
                "गुवाहाटी : ऑल असम स्टूडेंट यूनियन (आसू) और असम जातीयवादी युवा छात्र परिषद (एजेवाईसीपी) ने अगले साल की शुरुआत में राज्य में होने वाले विधानसभा चुनाव से पहले राजनीति में प्रवेश की संभावनाओं को देखते हुए एक समिति का गठन किया. दोनों संगठनों के भविष्य के मुद्दे पर यह निर्णय लिया गया है.",
                &hi
            ),
            Some(vec![
                "ऑल असम स्टूडेंट यूनियन (आसू)".to_owned(),
                "असम जातीयवादी युवा छात्र परिषद (एजेवाईसीपी)".to_owned()
            ])
        );
        // A group in Latin capitals is an acronym by its form; a pair that opens its text is
        // its subject, its first name every word back to the text's start
        // (ur-palinfo-ituc-etuc-falastini-riyasat-mutalaba, line 3).
        let ur = list_words(&"ur".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair(
                "انٹرنیشنل ٹریڈ یونین کنفیڈریشن (ITUC) اور یورپی ٹریڈ یونین (ETUC) کے رہنما جو دنیا بھر میں 200 ملین سے زائد مزدوروں کی نمائندگی کرتے ہیں",
                &ur
            ),
            Some(vec![
                "انٹرنیشنل ٹریڈ یونین کنفیڈریشن (ITUC)".to_owned(),
                "یورپی ٹریڈ یونین (ETUC)".to_owned()
            ])
        );
        // After words of the sentence, the first name is no longer than the second.
        assert_eq!(
            acronym_pair(
                "اس موقع پر انٹرنیشنل ٹریڈ یونین کنفیڈریشن (ITUC) اور یورپی ٹریڈ یونین (ETUC) کے رہنما",
                &ur
            ),
            Some(vec![
                "ٹریڈ یونین کنفیڈریشن (ITUC)".to_owned(),
                "یورپی ٹریڈ یونین (ETUC)".to_owned()
            ])
        );
        // A group that is no short word (a date, a clause) makes no pair.
        assert_eq!(
            acronym_pair(
                "दोनों संगठनों की बैठक (शुक्रवार को हुई) और समिति का गठन (अगले साल) होगा",
                &hi
            ),
            None
        );
        // A quotation and a title are no pair: a word between them that is no conjunction.
        let en = list_words(&"en".parse().unwrap_or_default());
        assert_eq!(
            acronym_pair("He called it \"Hope\" in his book \"Winter\".", &en),
            None
        );
    }

    /// The pair of organizations in title case a text in a language names, or none.
    fn pair_of(lang: &str, text: &str) -> Vec<String> {
        title_pair(text, &list_words(&lang.parse().unwrap_or_default())).unwrap_or_default()
    }

    /// Line 1 of mi-maoritelevision-puni-reo-ki-o-rahi (teaomaori.news, 2018) and line 3 of
    /// om-nuuralhudaa-kfo-abo-ibsa-waloo, read by hand: two organizations in title case joined
    /// by the language's "and" (Māori "me", Oromo "fi"), which CLDR's list patterns do not give.
    #[test]
    fn two_single_words_a_page_writes_as_an_acronym() {
        // so-hargeisapress-ucid-waddani-wareegto: the page names "xisbiga UCID" below.
        let so = list_words(&"so".parse().unwrap_or_default());
        let lead = "date 2020-09 Hargeisa (Hargeisa Press)- Xisbiyada mucaaridka Somaliland ee Ucid iyo Waddani ayaa si weyn u soo dhoweeyey wareegtadii shalay ka soo baxay wasaaradda warfaafinta, dhaqanka iyo wacyigelinta Somaliland ee ahaa in si dhex dhexaad ah oo dheelitiran ay Warbaahinta Qaranku u baahiso Wararka iyo barnaamijyada xisbiyada mucaaridka.";
        assert_eq!(
            word_pair(lead, &so, |w| w == "UCID"),
            Some(vec!["Ucid".to_owned(), "Waddani".to_owned()])
        );
        // Without the page's capitals, two such words are no evidence ("Wararka iyo
        // barnaamijyada" is prose).
        assert_eq!(word_pair(lead, &so, |_| false), None);
    }

    #[test]
    fn two_names_in_title_case_joined_by_a_short_word() {
        let mi = " date 2018-09 Whai muri i te angitū o te whakataetae poitarawhiti kōrero Māori anake i tū mō ngā tauira whitu rau huri noa i a Tāmaki Makaurau, he whakaaro anō kua pupū ake. Kua hono tahi a He Oranga Poutama me Te Puni Kōkiri kia tōai i te whakaaro kōrero māori anake, kia tū ai te whakataetae nui a Iwi Origin katoa i te reo.";
        assert_eq!(pair_of("mi", mi), ["He Oranga Poutama", "Te Puni Kōkiri"]);
        let om = "Kongirasiin Federaalawa Oromoo fi Addi Bilisummaa Oromoo (ABO-Shanee) ibsa guyyaa har’aa waliin kennaniin, marii hagayya 24,2010 waliin geggeessaniin ijaarsa sirna dimokiraasii, federaalizimii, ol’aantummaa seeraa fi nageenya itti fufiinsa qabu mirkaneessuu irratti akkaataa faayidaa uummata Oromoo eegsisun walin hojjechuuf waligaltee irra gahu isaanii beeksisan.";
        assert_eq!(
            pair_of("om", om),
            ["Kongirasiin Federaalawa Oromoo", "Addi Bilisummaa Oromoo"]
        );
        // Two capitalized words on each side at least: a place and a date are no pair; nor
        // are two persons' names of two words each.
        assert!(pair_of("en", "They met in Paris on Monday and left.").is_empty());
        assert!(pair_of("en", "The letter was signed by Olivia Blake and Ian Byrne.").is_empty());
    }

    /// Line 1 of th-dailynews-wan-ngan-thi-mi-khunkha-sakon (dailynews.co.th, 2023), read by
    /// hand: after the date, two confederations each with its acronym in parentheses, set
    /// apart by spaces; the third name, a network without a group ("เครือข่าย… 87, 98"), and
    /// the sentence after it are not of this run.
    #[test]
    fn names_with_their_groups_set_apart_by_spaces() {
        let line = "เมื่อวันที่ 7 ต.ค. สมาพันธ์สมานฉันท์แรงงานไทย (สสรท.) สมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์ (สรส.) เครือข่ายขับเคลื่อนอนุสัญญาไอแอลโอ 87, 98 นำโดยนายสาวิทย์ แก้วหวาน ประธานสมาพันธ์สมานฉันท์แรงงานไทย นำเครือข่ายแรงงาน จัดกิจกรรม เนื่องในวันงานที่มีคุณค่าสากล : World Day for Decent Work โดยมีการเดินขบวนแรงงานจากอนุสาวรีย์ประชาธิปไตย ไปยังสำนักงาน UN เพื่ออ่านแถลงการณ์ เนื่องในวันงานที่มีคุณค่าสากล พร้อมยื่นข้อเรียกร้องต่อรัฐบาล โดยระบุว่า ขณะนี้ประเทศไทยได้มีรัฐบาลใหม่เข้ามาแล้ว จึงหวังว่ารัฐบาลที่นำโดยนายเศรษฐา ทวีสิน นายกรัฐมตรี และรมว.การคลัง รวมถึงนายพิพัฒน์ รัชกิจประการ รมว.แรงงาน คนใหม่ จะเห็นความสำคัญของผู้ใช้แรงงาน มีการรับฟังข้อเสนอของเรา โดยเฉพาะการรับรองปฏิญญาสากลว่าด้วยสิทธิมนุษยชน องค์การแรงงานระหว่างประ";
        assert_eq!(
            spaced_groups_run(line),
            Some(vec![
                "สมาพันธ์สมานฉันท์แรงงานไทย (สสรท.)".to_owned(),
                "สมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์ (สรส.)".to_owned()
            ])
        );
        // A name of one word with a group in a script that spaces its words is no such run.
        assert_eq!(
            spaced_groups_run("Solidarność (NSZZ) Podkrepa (CL) i OPZZ"),
            None
        );
    }
    /// Line 2 of th-waymagazine-8-phak-mou-chattang-ratthaban (waymagazine.org, 2023), read by
    /// hand: after "ประกอบด้วย" ("made up of"), seven parties set apart by spaces, each starting
    /// with "พรรค" ("party"), the last after "และ" ("and", CLDR's Thai list pattern "{0} และ{1}")
    /// written against it; "รวมทั้งสิ้น 8 พรรคการเมือง" ("in all 8 political parties") is the
    /// sentence's. (The leading party, named inside the clause before, is not of this run.)
    #[test]
    fn names_set_apart_by_spaces_that_start_with_one_kind() {
        let lw = crate::ingest::listwords::list_words(&"th".parse().unwrap_or_default());
        let line = "พรรคการเมืองที่เข้าร่วมการจัดตั้งรัฐบาลซึ่งมีพรรคก้าวไกลเป็นแกนนำในครั้งนี้ ประกอบด้วย พรรคเพื่อไทย พรรคไทยสร้างไทย พรรคประชาชาติ พรรคเสรีรวมไทย พรรคเป็นธรรม พรรคเพื่อไทรวมพลัง และพรรคพลังสังคมใหม่ รวมทั้งสิ้น 8 พรรคการเมือง รวมจำนวน ส.ส. 313 คน";
        assert_eq!(
            kind_first_run(line, &lw),
            Some(
                [
                    "พรรคเพื่อไทย",
                    "พรรคไทยสร้างไทย",
                    "พรรคประชาชาติ",
                    "พรรคเสรีรวมไทย",
                    "พรรคเป็นธรรม",
                    "พรรคเพื่อไทรวมพลัง",
                    "พรรคพลังสังคมใหม่",
                ]
                .map(str::to_owned)
                .to_vec()
            )
        );
        // Words that share a syllable shorter than a kind are no run ("การ", the prefix that
        // makes nouns of verbs).
        assert_eq!(
            kind_first_run("เรื่อง การศึกษา การสาธารณสุข การคมนาคม ของประเทศ", &lw),
            None
        );
    }
}
