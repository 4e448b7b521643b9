//! Finding what people type: every organization of the seed is found by each of its names
//! typed with one typo, and non-Latin names by Latin spellings a person would type.

use signatories::Registry;

fn seed() -> Registry {
    signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"))
}

/// `text` with one character replaced, one dropped, or two swapped, in the middle.
fn typos(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let m = chars.len() / 2;
    let mut replaced = chars.clone();
    replaced[m] = if replaced[m] == 'x' { 'y' } else { 'x' };
    let mut dropped = chars.clone();
    dropped.remove(m);
    let mut swapped = chars.clone();
    swapped.swap(m, m + 1);
    [replaced, dropped, swapped]
        .into_iter()
        .map(|c| c.into_iter().collect())
        .collect()
}

#[test]
fn every_name_with_one_typo_finds_its_organization() {
    let r = seed();
    let mut misses = Vec::new();
    for o in r.organizations() {
        for n in o.names.iter().filter(|n| n.text.chars().count() >= 12) {
            for typo in typos(&n.text) {
                let hits = r.search(&typo, 3);
                if !hits.iter().any(|h| h.organization.id == o.id) {
                    misses.push(format!("{typo:?} (for {:?} of {})", n.text, o.id));
                }
            }
        }
    }
    assert!(misses.is_empty(), "not found:\n{}", misses.join("\n"));
}

#[test]
fn latin_spellings_find_names_in_other_scripts() {
    let r = seed();
    // Spellings as a person types them (BGN/PCGN-like for Bulgarian and Russian), not the
    // crate's own transliteration.
    for (typed, id) in [
        ("Balgarska Komunisticheska Partiya", "bkp"),
        ("Bulgarska Komunisticheska Partia", "bkp"),
        ("Rossiyskaya Maoistskaya Partiya", "rmp"),
        ("BKP", "bkp"),
    ] {
        let hits = r.search(typed, 3);
        assert_eq!(
            hits.first().map(|h| h.organization.id.as_str()),
            Some(id),
            "{typed:?}: {hits:?}"
        );
    }
}

#[test]
fn exact_hits_come_first_with_score_one() {
    let r = seed();
    let hits = r.search("mlpd", 5);
    assert_eq!(hits[0].organization.id, "mlpd");
    assert_eq!(hits[0].score, 1.0);
    assert_eq!(hits[0].matched, "MLPD");
    assert!(r.search("zzzzzzzz", 5).is_empty());
}
