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

#[test]
fn every_non_latin_name_is_found_by_a_latin_spelling_with_a_typo() {
    // The seed, with real organizations' own names in more scripts.
    let mut r = seed();
    for (id, lang, name) in [
        ("kke", "el", "Κομμουνιστικό Κόμμα Ελλάδας"),
        ("lcp", "ar", "الحزب الشيوعي اللبناني"),
        ("maki", "he", "המפלגה הקומוניסטית הישראלית"),
        (
            "cpn-uml",
            "ne",
            "नेपाल कम्युनिष्ट पार्टी (एकीकृत मार्क्सवादी लेनिनवादी)",
        ),
        ("cpb", "bn", "বাংলাদেশের কমিউনিস্ট পার্টি"),
        ("kpu", "uk", "Комуністична партія України"),
        ("kpd", "ko", "조선로동당"),
        ("tudeh", "fa", "حزب توده ایران"),
        ("cpgeo", "ka", "საქართველოს კომუნისტური პარტია"),
        ("hkk", "hy", "Հայաստանի կոմունիստական կուսակցություն"),
    ] {
        let org = signatories::Organization::new(id)
            .with_name(name, lang, signatories::NameKind::Original)
            .unwrap_or_else(|e| panic!("{e}"));
        r.insert_organization(org).unwrap_or_else(|e| panic!("{e}"));
    }
    let mut misses = Vec::new();
    let mut tried = 0;
    for o in r.organizations() {
        for n in o.names.iter().filter(|n| !n.text.is_ascii()) {
            // A Latin spelling (AnyAscii, the Unicode-table transliterator), then one typo in it.
            let latin = any_ascii::any_ascii(&n.text);
            if latin.chars().count() < 12 || latin == n.text {
                continue;
            }
            let scripts = signatories::text::scripts(&n.text);
            if scripts.iter().all(|s| s.to_string() == "Latn") {
                continue;
            }
            tried += 1;
            for typed in typos(&latin) {
                if !r
                    .search(&typed, 3)
                    .iter()
                    .any(|h| h.organization.id == o.id)
                {
                    misses.push(format!("{typed:?} (for {:?} of {})", n.text, o.id));
                }
            }
        }
    }
    assert!(tried >= 8, "only {tried} non-Latin names in the seed");
    assert!(misses.is_empty(), "not found:\n{}", misses.join("\n"));
}

/// Exact and fuzzy finding follow one rule for marks: a name typed without the accents the
/// collator disregards is an exact hit (score 1), and one typed without Devanagari vowel signs,
/// which the collator weighs as letters, is not.
#[test]
fn exact_and_fuzzy_finding_agree_on_marks() {
    let r = seed();
    let strip = |s: &str| -> String {
        // Canonical decomposition by hand for the letters used below.
        s.chars()
            .flat_map(|c| match c {
                'é' => vec!['e'],
                'ô' => vec!['o'],
                'ó' => vec!['o'],
                'ú' => vec!['u'],
                _ => vec![c],
            })
            .filter(|&c| !signatories::text::is_mark(c))
            .collect()
    };
    // Accented names of the seed, typed without their accents.
    let mut accented = 0;
    for o in r.organizations() {
        for n in &o.names {
            let plain = strip(&n.text);
            if plain == n.text || !n.text.chars().any(|c| "éôóú".contains(c)) {
                continue;
            }
            accented += 1;
            assert!(
                r.find(&plain).iter().any(|f| f.organization.id == o.id),
                "{plain:?}"
            );
            let hits = r.search(&plain, 3);
            assert_eq!(
                hits.first().map(|h| h.score),
                Some(1.0),
                "{plain:?}: {hits:?}"
            );
        }
    }
    assert!(accented >= 2, "{accented}");
    // Devanagari without vowel signs and virama is another word for exact finding, and fuzzy
    // finding scores it below 1.
    for o in r.organizations() {
        for n in o
            .names
            .iter()
            .filter(|n| n.text.chars().any(|c| ('\u{900}'..='\u{97F}').contains(&c)))
        {
            let bare: String = n
                .text
                .chars()
                .filter(|&c| !signatories::text::is_mark(c))
                .collect();
            assert!(
                r.find(&bare).iter().all(|f| f.organization.id != o.id),
                "{bare:?}"
            );
            assert!(r.search(&bare, 3).iter().all(|h| h.score < 1.0), "{bare:?}");
        }
    }
}

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

/// What a registry answers about one text: what `find` finds and how, and its look-alikes.
fn answers(r: &Registry, text: &str) -> (Vec<String>, Vec<(String, String)>) {
    let found = r
        .find(text)
        .into_iter()
        .map(|f| format!("{} {:?}", f.organization.id, f.how))
        .collect();
    let mut alike: Vec<(String, String)> = r
        .look_alikes(text)
        .into_iter()
        .map(|(o, t)| (o.id.clone(), t.to_owned()))
        .collect();
    alike.sort();
    (found, alike)
}

/// A large file entering an empty registry takes its indexes from the checks that read it
/// (built beside them, on another core); organizations inserted one by one, or a second file
/// added to a registry, are indexed one at a time. Both ways answer every lookup alike, warn
/// of the same look-alikes, and refuse the same duplicate acronym afterwards.
#[test]
fn a_large_load_answers_as_one_by_one_inserts_do() -> Result<(), signatories::Error> {
    let n = 1500;
    let toml = synthetic::registry_toml(n, 11);
    let bulk = Registry::from_toml_str(&toml, "bulk.toml")?;
    assert_eq!(bulk.organizations().len(), n);
    let mut one_by_one = Registry::new();
    for o in bulk.organizations() {
        one_by_one.insert_organization(o.clone())?;
    }
    // The first 1,100 organizations in one file, then the rest in another.
    let cut = toml
        .match_indices("[[organization]]")
        .nth(1100)
        .map_or(toml.len(), |(at, _)| at);
    let mut two_files = Registry::from_toml_str(&toml[..cut], "first.toml")?;
    two_files.add_str(&toml[cut..], signatories::Format::Toml, "second.toml")?;
    let mut texts = 0;
    let mut alike = 0;
    for o in bulk.organizations() {
        for t in o
            .acronyms
            .iter()
            .map(|a| &a.text)
            .chain(o.names.iter().map(|n| &n.text))
        {
            let expected = answers(&one_by_one, t);
            assert!(
                expected
                    .0
                    .iter()
                    .any(|f| f.starts_with(&format!("{} ", o.id))),
                "{t}"
            );
            assert_eq!(answers(&bulk, t), expected, "{t}");
            assert_eq!(answers(&two_files, t), expected, "{t}");
            texts += 1;
            alike += usize::from(!expected.1.is_empty());
        }
    }
    assert_eq!(texts, 3 * n);
    assert!(
        alike > 10,
        "the synthetic names hold look-alike acronyms: {alike}"
    );
    // The same look-alike warnings, in the same order (their files and lines differ).
    let warnings = |r: &Registry| -> Vec<(String, String)> {
        r.warnings()
            .iter()
            .map(|w| (w.message.clone(), w.value.clone()))
            .collect()
    };
    assert!(!warnings(&bulk).is_empty());
    assert_eq!(warnings(&bulk), warnings(&one_by_one));
    assert_eq!(warnings(&bulk), warnings(&two_files));
    // Word lookups and a duplicate acronym in the same country.
    for query in ["Communist", "workers party", "Партия"] {
        assert_eq!(
            answers(&bulk, query),
            answers(&one_by_one, query),
            "{query}"
        );
    }
    let mut twin = bulk.organizations()[7].clone();
    twin.id = "twin".into();
    let mut bulk = bulk;
    for r in [&mut bulk, &mut one_by_one, &mut two_files] {
        let refused = r.insert_organization(twin.clone()).map(|_| ()).unwrap_err();
        assert!(
            refused.to_string().contains("acronym used twice"),
            "{refused}"
        );
    }
    // Removing an organization rebuilds the indexes as a load builds them: the registry then
    // answers as one that never had it.
    let removed = bulk.remove_organization("org-3")?;
    let mut without = Registry::new();
    for o in one_by_one
        .organizations()
        .iter()
        .filter(|o| o.id != "org-3")
    {
        without.insert_organization(o.clone())?;
    }
    for o in one_by_one.organizations() {
        for t in o
            .acronyms
            .iter()
            .map(|a| &a.text)
            .chain(o.names.iter().map(|n| &n.text))
        {
            assert_eq!(answers(&bulk, t), answers(&without, t), "{t}");
        }
    }
    // Its acronym is free again in its country.
    let mut again = removed.clone();
    again.id = "org-3-again".into();
    bulk.insert_organization(again)?;
    Ok(())
}
