//! Organizations named through their leaders' posts: a sentence that names who signed as
//! persons, each with the post they hold and the body they hold it in ("A nota foi assinada por
//! Vagner Freitas, presidente da Central Única dos Trabalhadores (CUT), Paulinho da Força,
//! presidente da Força Sindical, Ricardo Patah, presidente da UGT, …"). The commas set apart
//! the persons from their posts as they set apart the names of a run; the organizations are
//! the list, the persons their notes.

use super::pieces::pieces;
use crate::ingest::listwords::ListWords;
use crate::ingest::persons::{organization_after_role, person_name};

/// The persons of a sentence with their posts, three or more, each as one item "person,
/// post" that the entry's reading parts into the organization and the person
/// ([`crate::ingest::persons`]): a piece that starts with the post in small letters and leads
/// to the organization with a preposition ([`organization_after_role`]), after a piece that
/// ends with a person's name. The last post of the sentence but one may end with the next
/// person, after the list's conjunction ("…, presidente da Nova Central e Antonio Neto,
/// presidente da CBS."). Case tells a post from a name, and the prepositions are the reader's
/// function words: no table of posts (CLDR has none).
pub(super) fn posts_run(sentence: &str, lw: &ListWords) -> Option<Vec<String>> {
    // (Only a sentence with three commas or more holds three persons with their posts.)
    sentence.matches([',', ';']).nth(2)?;
    let ps = pieces(sentence, lw);
    let mut items = Vec::new();
    // The person who holds the next post: the end of the piece before it.
    let mut person: Option<String> = None;
    for p in &ps {
        let p = p.trim().trim_end_matches(['.', '。']);
        let post = organization_after_role(p, false).map(|org| {
            let role = p.get(..p.len() - org.len()).unwrap_or_default();
            (role, org)
        });
        match (post, person.take()) {
            (Some((role, org)), Some(who)) => {
                let (org, next) = organization_and_next_person(org, lw);
                items.push(format!("{who}, {role}{org}"));
                person = next;
            }
            _ => person = person_at_end(p),
        }
    }
    (items.len() >= 3).then_some(items)
}

/// The person's name a piece ends with: its last words, two to five, the most that read as a
/// person's name ([`person_name`]), after the sentence's words ("A nota foi assinada por
/// Vagner Freitas").
fn person_at_end(piece: &str) -> Option<String> {
    let words: Vec<&str> = piece.split_whitespace().collect();
    (2..=5.min(words.len()))
        .rev()
        .map(|n| words.get(words.len() - n..).unwrap_or_default().join(" "))
        .find(|name| person_name(name))
}

/// An organization after a post that ends with the next person, after the list's conjunction
/// ("Nova Central e Antonio Neto"): the organization, and that person.
fn organization_and_next_person<'t>(org: &'t str, lw: &ListWords) -> (&'t str, Option<String>) {
    let words: Vec<&str> = org.split_whitespace().collect();
    for (k, w) in words.iter().enumerate().skip(1) {
        if !lw.is_conjunction(w) {
            continue;
        }
        let after = words.get(k + 1..).unwrap_or_default().join(" ");
        if person_name(&after) {
            let end = w.as_ptr() as usize - org.as_ptr() as usize;
            return (org.get(..end).unwrap_or(org).trim_end(), Some(after));
        }
    }
    (org, None)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_of;

    /// tests/fixtures/ingest/real/pt-gp1-centrais-sindicais-nota-greve-caminhoneiros, line 3,
    /// read by hand: the note of the six union centrals was signed by their presidents, each
    /// named with the post and the central ("Vagner Freitas, presidente da Central Única dos
    /// Trabalhadores (CUT)"); the last two are joined by the conjunction ("… presidente da Nova
    /// Central e Antonio Neto, presidente da CBS.").
    #[test]
    fn persons_with_their_posts_name_their_organizations() {
        let page = include_str!(
            "../../../tests/fixtures/ingest/real/pt-gp1-centrais-sindicais-nota-greve-caminhoneiros.txt"
        );
        let line = "A nota foi assinada por Vagner Freitas, presidente da Central Única dos Trabalhadores (CUT), Paulinho da Força, presidente da Força Sindical, Ricardo Patah, presidente da UGT, Adilson Araújo, presidente da CTB, José Calixto Ramos, presidente da Nova Central e Antonio Neto, presidente da CBS.";
        assert!(page.lines().any(|l| l == line));
        assert_eq!(
            run_of("pt", line),
            [
                "Vagner Freitas, presidente da Central Única dos Trabalhadores (CUT)",
                "Paulinho da Força, presidente da Força Sindical",
                "Ricardo Patah, presidente da UGT",
                "Adilson Araújo, presidente da CTB",
                "José Calixto Ramos, presidente da Nova Central",
                "Antonio Neto, presidente da CBS"
            ]
        );
    }
}
