//! The shape of a word or a piece of a run: case, articles and conjunctions before a name,
//! minor words, dates, and whether a piece reads as one name.

use crate::ingest::lexicon::{ARTICLES, FUNCTION_WORDS};
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{
    acronym_shaped, alphabetic, alphanumeric, outside_groups, sentence_words, uncased,
};
pub(super) use crate::ingest::script::{
    cased, cased_capital, cased_small, starts_upper, word_count,
};

/// A word of one or two letters in lower case, in a script with case: an article, a
/// preposition or a conjunction in the languages that write so (Hungarian "a", "az",
/// Slovene "v", Polish "z"), not a word that starts a name.
pub(super) fn short_lower(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if !alphabetic(c) || !c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    (1..=2).contains(&letters)
}

/// Strips leading articles ("the", "της", "der", …, or a word of one or two letters in lower
/// case, "az") from an item, before a capitalized word.
pub(super) fn strip_articles(s: &str) -> (&str, bool) {
    let mut rest = s.trim();
    let mut stripped = false;
    while let Some((first, tail)) = rest.split_once(char::is_whitespace) {
        let lower = first.to_lowercase();
        // A short word before one word is rather a preposition before a place ("у США").
        let article =
            ARTICLES.contains(&lower.as_str()) || (short_lower(first) && word_count(tail) >= 2);
        // An elided article is part of the next word: "l’Union".
        if article && starts_upper(tail) && !tail.trim().is_empty() {
            rest = tail.trim_start();
            stripped = true;
        } else {
            break;
        }
    }
    (rest, stripped)
}

/// A run's name without an article elided against its capitalized first word ("…, l'Obra
/// Cultural Balear (OCB), …"), as an article written apart is left out; so is a preposition
/// joined with the article and elided with it ("dell’", "dall’", "sull’": four letters in lower
/// case at most). An article or a class prefix joined to the name by a hyphen is left out the
/// same way: one to three small letters ("il-", "l-" in Maltese; Zulu "i-", "ne-", "kwe-").
pub(super) fn strip_elided_article(s: &str) -> &str {
    let Some(at) = s.find(['\'', '’', '-']) else {
        return s;
    };
    let (article, tail) = s.split_at(at);
    let hyphen = tail.starts_with('-');
    let tail = tail
        .get(tail.chars().next().map_or(0, char::len_utf8)..)
        .unwrap_or_default();
    let most = if hyphen { 3 } else { 4 };
    let letters = article.chars().count();
    let small = article.chars().all(|c| alphabetic(c) && c.is_lowercase());
    if (1..=most).contains(&letters) && small && tail.starts_with(char::is_uppercase) && cased(tail)
    {
        tail
    } else {
        s
    }
}

/// The text before a group in parentheses that closes `s`, when the group holds no sentence
/// and nothing but spaces stands between the two.
fn closing_group_head(s: &str) -> Option<&str> {
    let body = s.strip_suffix([')', '）'])?;
    let mut depth = 0usize;
    for (i, c) in body.char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' if depth > 0 => depth -= 1,
            '(' | '（' => {
                let (head, group) = (body.get(..i)?.trim_end(), body.get(i + c.len_utf8()..)?);
                let sentence = group.contains(". ") || group.contains(['(', '（']);
                return (!head.is_empty() && !sentence && !head.contains(['(', '（']))
                    .then_some(head);
            }
            _ => {}
        }
    }
    None
}

/// An article elided against a capitalized word ("l’Associació", "dell’Unione"): the name's
/// first word, not the sentence's.
pub(super) fn elided_before_capital(w: &str) -> bool {
    let name = strip_elided_article(w);
    name.len() < w.len() && !w.contains('-') && !acronym_shaped(name)
}

/// A word of the sentence around a name rather than of the name: lower case (in a script with
/// case), neither an article nor a function word ("adalah", "disampaikan", "signed").
pub(super) fn sentence_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    cased(w)
        && !starts_upper(w)
        && !elided_before_capital(w)
        && !ARTICLES.contains(&lower.as_str())
        && !FUNCTION_WORDS.contains(&lower.as_str())
}

/// Strips a conjunction that starts a piece (", and the …", ", dan WALHI").
pub(super) fn strip_conjunction<'t>(s: &'t str, lw: &ListWords) -> &'t str {
    let t = s.trim_start();
    if let Some((first, rest)) = t.split_once(char::is_whitespace)
        && lw.is_conjunction(first)
        && !rest.trim().is_empty()
    {
        return rest.trim_start();
    }
    t
}

/// Whether a text holds a date in figures ("23/2/2021", "25.7.2019"), in the digits of any
/// numbering system CLDR knows ("दिनांक: १५.०६.२०१९" in Devanagari, "۱۴۰۲/۵/۱" in Persian
/// digits): a figure, a slash, full stop or hyphen, and a figure.
pub(in crate::ingest) fn has_numeric_date(s: &str) -> bool {
    // (Only the characters around a separator are looked up: the line's letters never are.)
    let digit = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_ascii_digit()
                || (!c.is_ascii() && c.is_numeric() && crate::text::decimal_digit(c).is_some())
        })
    };
    // (The separators are ASCII: found among the bytes, each one byte long.)
    let separators = s
        .bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b, b'/' | b'.' | b'-'));
    separators.map(|(i, _)| i).any(|i| {
        let before = s.get(..i).and_then(|t| t.chars().next_back());
        let after = s.get(i + 1..).and_then(|t| t.chars().next());
        digit(before) && digit(after)
    })
}

/// Whether a text in a script without case starts with a name that holds a date in figures
/// written against its words, two letters or more ("4.16연대", the April 16 solidarity;
/// "6.15남북공동선언실현과한반도평화를위한 통일연대"): a date that is a name's, not the sentence's
/// (which writes one letter at most against it: "2019.6.15에").
pub(super) fn dated_name(s: &str) -> bool {
    let s = s.trim();
    let figures = s
        .find(|c: char| !(c.is_numeric() || matches!(c, '.' | '/' | '-')))
        .unwrap_or(s.len());
    let rest = s.get(figures..).unwrap_or_default();
    figures > 0 && rest.chars().take(2).filter(|&c| alphabetic(c)).count() == 2 && uncased(rest)
}

/// Whether a piece of a sentence reads as one name of a run.
pub(super) fn item_like(s: &str, lw: &ListWords) -> bool {
    if has_numeric_date(s) && !dated_name(s) {
        return false;
    }
    let (s, _) = strip_articles(strip_conjunction(s, lw));
    // (An article elided against the name's first word is left out as one written apart:
    // "l’Ateneu Barcelonès", "l’Observatori DESC".)
    let s = strip_elided_article(s.trim()).trim_end_matches('.');
    if s.is_empty() || s.ends_with([':', '：']) || s.chars().count() > 120 {
        return false;
    }
    let words = word_count(s);
    if words > 10 && !(words <= 13 && closed_by_acronym(s)) {
        // A group in parentheses that closes a name holds its short form or its members
        // ("KSPSI Banten (FSP LEM SPSI, FSP KEP SPSI, …)"): the name is told without it.
        return closing_group_head(s).is_some_and(|head| item_like(head, lw));
    }
    // A sentence break inside ("… sentido. Exigimos …").
    if s.contains(". ")
        && s.split(". ")
            .nth(1)
            .is_some_and(|t| !starts_upper(t) || word_count(t) > 2)
    {
        return false;
    }
    if let Some(named) = quoted_after_kind(s, lw) {
        return item_like(named, lw);
    }
    if cased(s) {
        // A name's longer words are mostly capitalized; a sentence's are not ("La declaración
        // fue firmada por la CGT").
        let long: Vec<&str> = s
            .split_whitespace()
            .filter(|w| w.chars().filter(|&c| alphabetic(c)).count() >= 4)
            .collect();
        // (A word with an article elided or joined against it counts as its name's word:
        // "l’Observatori", "il-Moviment".)
        let capitalized = long
            .iter()
            .filter(|w| starts_upper(strip_elided_article(w)))
            .count();
        starts_upper(s) && capitalized * 2 >= long.len()
    } else {
        // Han and kana count a word for two letters: a clause of twenty is no name (a group in
        // parentheses, its meaning or its place, aside).
        words <= 8 && sentence_words(&outside_groups(s)) <= 10
    }
}

/// Whether a piece ends with its acronym in parentheses ("… de Bolivia ‘Bartolina Sisa’
/// (CNMCIOB-BS)"): the end of a name, which may be longer than ten words with it.
fn closed_by_acronym(s: &str) -> bool {
    let t = s.trim_end();
    t.strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .is_some_and(|(head, group)| {
            !head.contains(['(', ')'])
                && group.chars().filter(|c| c.is_uppercase()).count() >= 2
                && !group.contains(char::is_whitespace)
        })
}

/// A name in quotation marks after one to three words in small letters, its kind
/// ("благодійний фонд “Грузинський Гуманітарний Легіон”", "партия «Яблоко»", "spolek
/// „Nesehnutí“"): the quoted name, from its opening mark, where it starts with a capital.
pub(super) fn quoted_after_kind<'t>(s: &'t str, lw: &ListWords) -> Option<&'t str> {
    let q = s.find(crate::ingest::script::quote_mark)?;
    let (kind, named) = s.split_at(q);
    let kind: Vec<&str> = kind.split_whitespace().collect();
    // (A kind is a noun, the last of its words four letters or more: no conjunction, no
    // particle, "но и «Единую Россию»".)
    let noun = kind.last().is_some_and(|w| w.chars().nth(3).is_some());
    // (The name closes the piece: "профсоюзы «Защита» и др" ends with the sentence's words.)
    let closed = named
        .trim_end()
        .trim_end_matches(['.', ','])
        .ends_with(crate::ingest::script::quote_mark);
    ((1..=3).contains(&kind.len())
        && noun
        && closed
        && kind
            .iter()
            .all(|w| cased_small(w) && w.chars().all(char::is_alphabetic) && !lw.is_conjunction(w))
        && starts_upper(named))
    .then_some(named)
}

/// An article or a function word of the reader's lists (which join the words of one name).
pub(super) fn minor_listed(w: &str) -> bool {
    let lower = w.to_lowercase();
    ARTICLES.contains(&lower.as_str()) || FUNCTION_WORDS.contains(&lower.as_str())
}

/// A word that joins or introduces the words of a name: an article, a function word, a word
/// of one or two letters in lower case, a conjunction of the list patterns, or a sign.
pub(in crate::ingest) fn minor_word(w: &str, lw: &ListWords) -> bool {
    let lower = w.to_lowercase();
    !w.chars().any(alphanumeric)
        || ARTICLES.contains(&lower.as_str())
        || FUNCTION_WORDS.contains(&lower.as_str())
        || short_lower(w)
        || lw.is_conjunction(w)
}

/// Whether a name is written in sentence case: a capital, then a word of the sentence's kind
/// in lower case ("Mreža organizacija za decu Srbije").
pub(super) fn in_sentence_case(name: &str, lw: &ListWords) -> bool {
    capitalized_piece(name, lw)
        && name
            .split_whitespace()
            .skip(1)
            .any(|w| sentence_word(w) && !minor_word(w, lw))
}

/// A piece after a separator that starts with a capital, in a script with case, is a name
/// of the run though most of its words are in lower case, as names are written in many
/// languages ("Asociácia poskytovateľov sociálnych služieb v SR", "Fórum života"): prose
/// after a comma goes on in lower case.
pub(super) fn capitalized_piece(s: &str, lw: &ListWords) -> bool {
    let (s, _) = strip_articles(strip_conjunction(s, lw));
    let s = s.trim().trim_end_matches('.');
    // A name between quotation marks is read inside them ("„Демократска Бугарија“").
    let s = crate::ingest::script::unquote(s).unwrap_or(s);
    cased(s)
        && starts_upper(s)
        && s.chars().next().is_some_and(alphabetic)
        && (1..=8).contains(&word_count(s))
        && !s.contains(". ")
        && !s.ends_with([':', '：'])
        && !has_numeric_date(s)
}

#[cfg(test)]
mod tests {
    use super::super::run_in;
    use super::*;
    use crate::ingest::listwords::list_words;

    /// tests/fixtures/ingest/real/ca-icv-manifest-pdd-2008, read by hand: "…, l'Obra Cultural
    /// Balear (OCB), …" names the Obra Cultural Balear; its article, elided against the name, is
    /// left out as an article written apart is. A capital article starts a name ("L’Union
    /// générale des journalistes arabes", as the corpus's Tunisian list is read).
    #[test]
    fn an_elided_article_before_a_run_name_is_left_out() {
        let ca = list_words(&"ca".parse().unwrap_or_default());
        let line = "També s'hi han sumat els sindicats CC OO, UGT, Intersindical-CSC i CGT, i entitats com Òmnium Cultural, l'Obra Cultural Balear (OCB), el Consell Nacional de la Joventut de Catalunya (CNJC), la CAL, el Cercle d'Estudis Sobiranistes i Sobirania i Progrés.";
        let items = run_in(line, &ca).unwrap_or_default();
        assert!(
            items.iter().any(|i| i == "Obra Cultural Balear (OCB)"),
            "{items:?}"
        );
        assert_eq!(
            strip_elided_article("L’Union générale des journalistes arabes"),
            "L’Union générale des journalistes arabes"
        );
    }

    /// A constructed Maltese run whose names carry the article joined by a hyphen ("il-",
    /// "l-"), as Maltese writes it: the article is left out as the elided one is. A word of
    /// four small letters before a hyphen is no article ("anti-"), nor is a capital one.
    #[test]
    fn an_article_joined_by_a_hyphen_is_left_out() {
        assert_eq!(
            strip_elided_article("il-Kunsill Nazzjonali"),
            "Kunsill Nazzjonali"
        );
        assert_eq!(
            strip_elided_article("l-Għaqda tal-Ħaddiema"),
            "Għaqda tal-Ħaddiema"
        );
        assert_eq!(strip_elided_article("ne-Union Nacional"), "Union Nacional");
        assert_eq!(strip_elided_article("anti-Union Front"), "anti-Union Front");
        assert_eq!(strip_elided_article("Il-Kunsill"), "Il-Kunsill");
        assert_eq!(
            strip_elided_article("Intersindical-CSC"),
            "Intersindical-CSC"
        );
        let mt = list_words(&"mt".parse().unwrap_or_default());
        let line = "Fost l-għaqdiet hemm il-Kunsill Nazzjonali taż-Żgħażagħ, l-Għaqda tal-Ħaddiema Indipendenti u l-Moviment tal-Ambjent.";
        let items = run_in(line, &mt).unwrap_or_default();
        assert!(
            items
                .iter()
                .any(|i| i == "Għaqda tal-Ħaddiema Indipendenti"),
            "{items:?}"
        );
    }

    /// A constructed run whose last name, closed by its acronym in parentheses, is eleven
    /// words long: the acronym marks the name's end, so the piece is still a name of the run
    /// and the run is not lost. A clause of as many words without such an acronym is none.
    #[test]
    fn a_long_name_closed_by_its_acronym_is_a_name() {
        let es = list_words(&"es".parse().unwrap_or_default());
        let long = "la Federación Nacional de Trabajadoras Rurales Campesinas Indígenas de la Región Andina (FNTRCIRA)";
        assert!(item_like(long, &es));
        assert!(!item_like(
            "La Federación Nacional de Trabajadoras Rurales Campesinas Indígenas de la Región Andina",
            &es
        ));
        let line = format!(
            "La alianza está compuesta por: la Unión Sindical de Maestros Rurales (USMR), Central Obrera Departamental de Potosí (CODP), {long}."
        );
        let items = run_in(&line, &es).unwrap_or_default();
        assert_eq!(items.len(), 3, "{items:?}");
        assert!(!closed_by_acronym(
            "que se reunió ayer en la sede (por la tarde)"
        ));
    }
}
