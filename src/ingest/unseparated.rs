//! Names printed one after another with no separator at all, the line breaks of a list lost
//! in copying ("… ==== Communist Party of Albania Algerian Party For Democracy And Socialism
//! Communist Party of Australia …"). Such a run is told by its form: a long stretch of words in
//! title case (every word capitalized but the words that join a name's words), with no word of
//! a sentence, after an inline rule (`=====`) when the line has one. It is cut by data and by
//! the run's own words: after a country CLDR or the registry names (where a name such as
//! "Communist Party of Albania" ends) when a capitalized word follows, and before each
//! repetition of the run's most frequent pair of capitalized words (the kind its names share,
//! "Communist Party") that follows a name of two words or more. A line whose names are
//! separated (a comma or more for every four names) is a list of `runin/`.

use super::gazetteer::Places;
use super::listwords::ListWords;
use super::runin::minor_word;
use super::script::{alphanumeric, starts_capital};

/// Fewer words than this make no run of several names: a title, a headline.
const MIN_WORDS: usize = 12;

/// The part of a line after its last inline rule (a word of three signs or more, all the
/// same, no letter or figure: `=====`, `*****`), or the whole line.
fn after_rule(text: &str) -> &str {
    let rule = text.split_whitespace().rev().find(|w| {
        let mut cs = w.chars();
        let first = cs.next();
        first.is_some_and(|f| !alphanumeric(f) && w.chars().count() >= 3)
            && w.chars().all(|c| Some(c) == first)
    });
    match rule {
        Some(r) => {
            let end = r.as_ptr() as usize - text.as_ptr() as usize + r.len();
            text.get(end..).unwrap_or_default()
        }
        None => text,
    }
}

/// The names of a run printed without separators, when the line holds one (three or more).
pub(super) fn unseparated_run(text: &str, places: &Places, lw: &ListWords) -> Option<Vec<String>> {
    let part = after_rule(text);
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.len() < MIN_WORDS
        || !words.iter().all(|w| starts_capital(w) || minor_word(w, lw))
        || !words.iter().any(|w| w.chars().any(|c| c.is_uppercase()))
    {
        return None;
    }
    let pair = commonest_pair(&words, lw);
    let mut items: Vec<String> = Vec::new();
    let mut start = 0;
    for k in 1..words.len() {
        let since = k - start;
        let repeats = pair.is_some_and(|(a, b)| {
            since >= 2 && words.get(k) == Some(&a) && words.get(k + 1) == Some(&b)
        });
        let after_place = since >= 2
            && words
                .get(k)
                .is_some_and(|w| starts_capital(w) && !w.starts_with('('))
            && words
                .get(k - 1)
                .is_some_and(|p| places.lookup(p.trim_end_matches([',', '.'])).is_some());
        if repeats || after_place {
            items.push(words.get(start..k).unwrap_or_default().join(" "));
            start = k;
        }
    }
    items.push(words.get(start..).unwrap_or_default().join(" "));
    // A line whose names are separated (most of them) is read by `runin/`.
    let separators = part
        .chars()
        .filter(|c| lw.is_separator(*c) || *c == ';')
        .count();
    (items.len() >= 3 && separators * 4 < items.len()).then_some(items)
}

/// The pair of capitalized words the run repeats most, three times or more.
fn commonest_pair<'t>(words: &[&'t str], lw: &ListWords) -> Option<(&'t str, &'t str)> {
    let mut counts: Vec<((&str, &str), usize)> = Vec::new();
    for w in words.windows(2) {
        let [a, b] = w else { continue };
        if minor_word(a, lw) || minor_word(b, lw) {
            continue;
        }
        match counts.iter_mut().find(|(p, _)| *p == (*a, *b)) {
            Some((_, n)) => *n += 1,
            None => counts.push(((a, b), 1)),
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .max_by_key(|&(_, n)| n)
        .map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::listwords::list_words;

    /// The line of tests/fixtures/ingest/real/en-syria-partis-2013 after its rule, read by hand
    /// (the README's reading: the party names as they are known).
    #[test]
    fn names_run_together_are_cut_at_countries_and_at_their_shared_kind() {
        let en: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
        let places = Places::new(&en, None);
        let lw = list_words(&en);
        let line = "29/8/2013 ==================== Communist Party of Albania Algerian Party For Democracy And Socialism Communist Party of Australia Communist Party of Bangladesh Communist Party Of Belarus Communist Party of Workers of Belarus Workers’ Party of Belgium Communist Party of Brazil Brazilian Communist Party Communist Party of Canada";
        assert_eq!(
            unseparated_run(line, &places, &lw).unwrap_or_default(),
            [
                "Communist Party of Albania",
                "Algerian Party For Democracy And Socialism",
                "Communist Party of Australia",
                "Communist Party of Bangladesh",
                "Communist Party Of Belarus",
                "Communist Party of Workers of Belarus",
                "Workers’ Party of Belgium",
                "Communist Party of Brazil",
                "Brazilian Communist Party",
                "Communist Party of Canada"
            ]
        );
        // Names separated by commas are read by `runin/` (pt-pela-paz-nao-a-nato).
        assert_eq!(
            unseparated_run(
                "Partido Comunista Alemão, PADS Argélia, Partido Comunista da Argentina, Partido Comunista da Arménia, Partido Comunista da Austrália, Partido Comunista do Azerbaijão, Partido dos Trabalhadores do Bangladesh",
                &places,
                &lw
            ),
            None
        );
        // A sentence is no such run; nor is a headline in title case.
        assert_eq!(
            unseparated_run(
                "The Communist Party of Greece and the Communist Party of Spain met in Athens with the Communist Party of Portugal.",
                &places,
                &lw
            ),
            None
        );
        assert_eq!(
            unseparated_run(
                "Communist Parties Condemn The Attack On Syria",
                &places,
                &lw
            ),
            None
        );
    }
}
