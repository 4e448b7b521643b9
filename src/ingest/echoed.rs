//! A run of names in a news item's lead that the headline prints too: where the lead's sentence
//! goes on after its last name in words that tell no end by form (no figure, no capital, a verb
//! in small letters), the headline printed above it tells where the names end. Either it
//! prints the same names and parts from the lead after them ("РПР-ПАРНАС, Партия 5 декабря и
//! Народный альянс объединятся …" above "РПР-ПАРНАС, Партия 5 декабря и Народный альянс
//! заключили соглашение …": the names end where the two printings part), or it ends with the
//! same words as the sentence after the names ("Благодійні фонди Грузії, Швеції та України
//! підписали меморандум про співпрацю" above "…, Бюро … і Українсько-шведський фонд
//! спадщини та розвитку підписали меморандум про співпрацю.": the names end where those words
//! start). The names before that point are read as any run ([`run_in_ending`]).

use super::lines::Line;
use super::listwords::ListWords;
use super::runin::{RunEnds, run_in_ending};

/// The fewest words the headline and the lead share for the sharing to tell the names' end.
const SHARED_WORDS: usize = 3;

/// How many of the page's first lines may be its headline.
const HEADLINE_LINES: usize = 4;

/// The names of the run in `text` (line `i`'s) that a headline above it ends, if any, the run
/// ending as `ends` says ([`RunEnds`]).
pub(super) fn echoed_run(
    lines: &[Line],
    i: usize,
    text: &str,
    lw: &ListWords,
    ends: RunEnds,
) -> Option<Vec<String>> {
    // (Told first without splitting the line: a headline it shares words with prints its first
    // word or its last in the line, as the ways below need.)
    let printed = |w: Option<&str>| {
        w.map(bare)
            .is_some_and(|w| !w.is_empty() && text.contains(w))
    };
    let headlines: Vec<&Line> = lines
        .iter()
        .take(i.min(HEADLINE_LINES))
        .filter(|l| {
            let mut words = l.text.split_whitespace();
            printed(words.next()) || printed(words.next_back())
        })
        .collect();
    if headlines.is_empty() {
        return None;
    }
    let lead: Vec<&str> = text.split_whitespace().collect();
    headlines.into_iter().find_map(|l| {
        let head: Vec<&str> = l.text.split_whitespace().collect();
        shared_names(&lead, &head)
            .or_else(|| shared_predicate(&lead, &head))
            .and_then(|end| run_in_ending(&lead.get(..end)?.join(" "), lw, ends))
    })
}

/// The words compared as printed, without the punctuation that closes them.
fn same(a: &str, b: &str) -> bool {
    let a = bare(a);
    !a.is_empty() && a == bare(b)
}

/// A word without the punctuation that closes it.
fn bare(w: &str) -> &str {
    w.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Where the lead's printing of the headline's first words parts from the headline: the end
/// (a word index of `lead`, exclusive) of the words both print from the headline's first, when
/// they are three or more and both go on after them, each in its own words.
fn shared_names(lead: &[&str], head: &[&str]) -> Option<usize> {
    let first = head.first()?;
    (0..lead.len()).find_map(|p| {
        // (The first word first: most positions start no printing of the headline.)
        if !same(lead.get(p)?, first) {
            return None;
        }
        let k = lead
            .get(p..)?
            .iter()
            .zip(head)
            .take_while(|(a, b)| same(a, b))
            .count();
        let parted = p + k < lead.len() && k < head.len();
        (k >= SHARED_WORDS && parted).then_some(p + k)
    })
}

/// Where the headline's last words start in the lead: a word index of `lead`, when three or
/// more of the headline's last words are printed in the lead after three words or more.
fn shared_predicate(lead: &[&str], head: &[&str]) -> Option<usize> {
    let tail = head.get(head.len().checked_sub(SHARED_WORDS)?..)?;
    (SHARED_WORDS..lead.len()).find(|&j| {
        lead.get(j..j + tail.len())
            .is_some_and(|ws| ws.iter().zip(tail).all(|(a, b)| same(a, b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    /// The two ways a headline ends a lead's names (constructed): printing the same names, or
    /// the same words after them; a headline that shares fewer words tells nothing.
    #[test]
    fn a_headline_ends_the_names_it_shares_with_the_lead() {
        let lead = words("A, B C and D signed an accord on Monday.");
        assert_eq!(
            shared_names(&lead, &words("A, B C and D to join forces")),
            Some(5)
        );
        assert_eq!(shared_names(&lead, &words("A, B to join forces")), None);
        assert_eq!(
            shared_predicate(&lead, &words("Three parties signed an accord")),
            Some(5)
        );
        assert_eq!(
            shared_predicate(&lead, &words("Three parties signed")),
            None
        );
    }
}
