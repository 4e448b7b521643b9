//! The small word a sentence prints before each name of its run, in languages with case: a
//! preposition joined with the article ("pela CUT, pela CTB, pela UNE e pelo MST", "dalla
//! Cgil, dalla Cisl e dalla Uil", "de la CGT, de la CFDT et de FO"). The run's syntax, not a
//! word of its names: told by its repetition, whatever the language, not by a table of words.

use super::words::starts_upper;
use crate::ingest::lexicon::ARTICLES;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::alphabetic;

/// How many words lead a name at the start of `words`: one or two small words in lower case
/// (five letters at most) before a word that starts with a capital.
fn lead_len(words: &[&str]) -> usize {
    let small = |w: &&&str| {
        (1..=5).contains(&w.chars().count()) && w.chars().all(|c| alphabetic(c) && c.is_lowercase())
    };
    let n = words.iter().take(2).take_while(small).count();
    (1..=n)
        .rev()
        .find(|&k| words.get(k).is_some_and(|w| starts_upper(w)))
        .unwrap_or(0)
}

/// The first words of the leads in a sentence's pieces after the first: at a piece's start
/// (after the list's conjunction, if it starts so) and after a conjunction inside it.
fn lead_words<'t>(ps: &[&'t str], lw: &ListWords) -> Vec<&'t str> {
    let mut out = Vec::new();
    for p in ps.iter().skip(1) {
        let words: Vec<&str> = p.split_whitespace().collect();
        for k in 0..words.len() {
            let at = words.get(k..).unwrap_or_default();
            let after_conjunction =
                k == 0 || words.get(k - 1).is_some_and(|w| lw.is_conjunction(w));
            if after_conjunction
                && lead_len(at) > 0
                && let Some(w) = at.first()
                && !lw.is_conjunction(w)
            {
                out.push(*w);
            }
        }
    }
    out
}

/// The words that lead two names or more of a sentence's pieces ([`lead_words`]): the
/// run's syntax.
pub(super) fn run_leads(ps: &[&str], lw: &ListWords) -> Vec<String> {
    let words = lead_words(ps, lw);
    let mut out: Vec<String> = Vec::new();
    // (A word of one letter is a bare preposition, which leads places as often: "у США, у
    // Кенії", in the USA, in Kenya.)
    for w in words.iter().filter(|w| w.chars().count() >= 2) {
        if words.iter().filter(|x| *x == w).count() >= 2 && !out.iter().any(|o| o == w) {
            out.push((*w).to_owned());
        }
    }
    out
}

/// A piece from its `n`th word on.
fn from_word(p: &str, n: usize) -> &str {
    p.split_whitespace()
        .nth(n)
        .and_then(|w| p.get(w.as_ptr() as usize - p.as_ptr() as usize..))
        .unwrap_or(p)
}

/// A sentence's pieces without the run's leads ([`run_leads`]): a piece that starts with
/// one starts after it; the first piece, where it holds one before a capital further on (the
/// sentence's words before the run's first name: "A manifestação foi convocada pela CUT"),
/// starts after the first (a name may hold the word: "… por la Plataforma por la Lengua").
pub(super) fn without_leads<'t>(ps: &[&'t str], leads: &[String]) -> Vec<&'t str> {
    if leads.is_empty() {
        return ps.to_vec();
    }
    ps.iter()
        .enumerate()
        .map(|(i, p)| {
            let words: Vec<&str> = p.split_whitespace().collect();
            let first = (0..words.len()).find(|&k| {
                let at = words.get(k..).unwrap_or_default();
                (i == 0 || k == 0)
                    && at.first().is_some_and(|w| leads.iter().any(|l| l == w))
                    && lead_len(at) > 0
            });
            match first {
                Some(k) => from_word(p, k + lead_len(words.get(k..).unwrap_or_default())),
                None => p,
            }
        })
        .collect()
}

/// A run's last piece without the lead after its conjunction ("UNE e pelo MST"), where the
/// run's names are led so ([`run_leads`]): the same syntax, its word perhaps of another
/// gender or number ("pela", "pelo"), left out as an article is.
pub(super) fn without_lead_after_conjunction(
    last: &str,
    leads: &[String],
    lw: &ListWords,
) -> String {
    if leads.is_empty() {
        return last.to_owned();
    }
    let words: Vec<&str> = last.split_whitespace().collect();
    let mut out: Vec<&str> = Vec::new();
    let mut k = 0;
    while let Some(w) = words.get(k) {
        out.push(w);
        k += 1;
        // (An article is left to the conjunction's split, which reads a name after it: "…,
        // Emmaus et la Cimade".)
        let lead = lead_len(words.get(k..).unwrap_or_default());
        let article = lead == 1
            && words
                .get(k)
                .is_some_and(|n| ARTICLES.contains(&n.to_lowercase().as_str()));
        if k > 1 && lw.is_conjunction(w) && !article {
            k += lead;
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_of;
    use super::run_leads;
    use crate::ingest::listwords::list_words;

    /// A made-up French sentence, names led by articles, the last a single word after "et la"
    /// ("and the"): the article after the conjunction is left for the conjunction's split, so
    /// the last two names are two.
    #[test]
    fn an_article_after_the_last_conjunction_parts_the_last_two_names() {
        let sentence = "Dénoncent 400 associations dont Médecins sans frontières, la Ligue des droits de l’Homme, ATD Quart Monde, Emmaus et la Cimade.";
        let run = run_of("fr", sentence);
        assert_eq!(
            run.get(3..),
            Some(&["Emmaus".to_owned(), "Cimade".to_owned()][..]),
            "{run:?}"
        );
    }

    /// A made-up news sentence in Portuguese, each name led by "pela" ("by the"), the last by
    /// "pelo" after "e" ("and"): the names without their leads, the first without the
    /// sentence's words before it.
    #[test]
    fn a_small_word_before_each_name_is_the_runs_syntax() {
        let sentence =
            "O protesto foi organizado pela FNU, pela Frente Ampla, pela CSP e pelo MLT.";
        assert_eq!(
            run_of("pt", sentence),
            ["FNU", "Frente Ampla", "CSP", "MLT"]
        );
        // Italian, "dalla" ("by the") before each name.
        let sentence =
            "Lo sciopero è stato indetto dalla FNX, dalla Lega Nuova, dalla FISQ e dalla USQ.";
        assert_eq!(run_of("it", sentence), ["FNX", "Lega Nuova", "FISQ", "USQ"]);
        // A word printed before one name only is no lead; a word of one letter is a bare
        // preposition, which leads places as well ("у Кенії, у США", in Kenya, in the USA).
        let it = list_words(&"it".parse().unwrap_or_default());
        let pieces = ["indetto dalla FNX", "dalla Lega Nuova", "FISQ e USQ"];
        assert!(run_leads(&pieces, &it).is_empty());
        let pieces = ["indetto dalla FNX", "dalla Lega Nuova", "FISQ e dalla USQ"];
        assert_eq!(run_leads(&pieces, &it), ["dalla"]);
        let uk = list_words(&"uk".parse().unwrap_or_default());
        assert!(run_leads(&["містах Європи", "у США", "у Кенії"], &uk).is_empty());
    }
}
