//! Property tests of the registry: normalization, lossless TOML and JSON round trips, lookups
//! that find every organization by every acronym and name, and validation that catches every
//! duplicate.

use std::collections::BTreeMap;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use proptest::prelude::*;
use signatories::{
    Acronym, Area, Entry, Format, Identifier, Language, Name, NameKind, NameSource, Organization,
    PartialDate, Place, Registry, Section, SectionKind, Statement, text,
};

/// Letters of several scripts whose case mappings keep primary equality in CLDR root
/// collation (so dotless ı, whose upper case is I, is left out).
const ALPHABETS: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyzéèêëçñøåäöüłśźżčřšžğşõãâîôû",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह",
    "党共产主义者同盟工人",
];

fn word() -> impl Strategy<Value = String> {
    (0..ALPHABETS.len()).prop_flat_map(|a| {
        let chars: Vec<char> = ALPHABETS[a].chars().collect();
        proptest::collection::vec(proptest::sample::select(chars), 1..9)
            .prop_map(|cs| cs.into_iter().collect::<String>())
    })
}

/// A name: words joined by spaces and punctuation, already in the registry's form.
fn name_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            word(),
            proptest::sample::select(vec![" ", " ", " ", "-", " (", ") ", "/", "’"]),
        ),
        1..5,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (w, sep) in parts {
            s.push_str(&w);
            s.push_str(sep);
        }
        text::normalize(&s)
    })
    .prop_filter("a name needs a letter", |s| text::clean(s).is_ok())
}

fn tag() -> impl Strategy<Value = Language> {
    proptest::sample::select(vec![
        "en", "de", "de-CH", "fr", "ru", "bg", "uk", "ar", "fa", "hi", "zh-Hant", "sr-Cyrl", "tr",
        "es-419", "pt-BR", "el",
    ])
    .prop_map(|t| t.parse().unwrap_or_default())
}

fn latin_tag() -> impl Strategy<Value = Language> {
    proptest::sample::select(vec!["ru-Latn", "bg-Latn", "ar-Latn", "zh-Latn", "en", "de"])
        .prop_map(|t| t.parse().unwrap_or_default())
}

fn date() -> impl Strategy<Value = PartialDate> {
    (1900i32..2100, 0u8..13, 0u8..29).prop_map(|(y, m, d)| {
        match (m, d) {
            (0, _) => PartialDate::y(y),
            (m, 0) => PartialDate::ym(y, m),
            (m, d) => PartialDate::ymd(y, m, d),
        }
        .unwrap_or_else(|_| unreachable!())
    })
}

fn name() -> impl Strategy<Value = Name> {
    let sources = [
        None,
        Some(NameSource::Organization),
        Some(NameSource::Edition),
        Some(NameSource::Dataset),
    ];
    (
        proptest::sample::select(sources.to_vec()),
        (
            name_text(),
            tag(),
            latin_tag(),
            0..5usize,
            proptest::option::of(date()),
            proptest::option::of(name_text()),
        ),
    )
        .prop_map(|(source, (text, lang, latin, kind, d, scheme))| {
            let (lang, kind) = match kind {
                0 => (lang, NameKind::Original),
                1 => (lang, NameKind::Translation),
                2 => (latin, NameKind::Transliteration { scheme }),
                3 => (
                    lang,
                    NameKind::Former {
                        from: d,
                        until: None,
                    },
                ),
                _ => (lang, NameKind::Short),
            };
            let mut name = Name::try_new(text, lang, kind).expect("a well-formed tag");
            name.source = source;
            name
        })
}

fn organization(i: usize) -> impl Strategy<Value = Organization> {
    (
        proptest::collection::vec((word(), tag()), 0..3),
        proptest::collection::vec(name(), 1..5),
        proptest::sample::subsequence(
            vec!["DE", "RU", "TR", "IR", "EG", "CN", "IN", "kurdistan"],
            1..3,
        ),
        any::<bool>(),
        proptest::option::of(proptest::sample::select(vec![
            "002", "142", "150", "019", "009",
        ])),
        proptest::option::of(word()),
    )
        .prop_map(move |(acronyms, names, places, shows, region, website)| {
            let mut o = Organization::new(format!("org-{i}"));
            o.acronyms = acronyms
                .into_iter()
                .enumerate()
                .map(|(j, (w, lang))| Acronym {
                    text: format!("{w}{i}x{j}"),
                    lang,
                })
                .collect();
            o.names = names;
            o.countries = places
                .into_iter()
                .map(|p| match p.parse() {
                    Ok(code) => Place::Country(code),
                    Err(_) => Place::Area(p.into()),
                })
                .collect();
            o.name_shows_country = shows;
            o.region = region.map(str::to_owned);
            o.identifiers = website
                .map(|w| {
                    vec![Identifier {
                        scheme: "website".into(),
                        value: format!("https://{w}.example"),
                    }]
                })
                .unwrap_or_default();
            o
        })
}

fn registry() -> impl Strategy<Value = Registry> {
    (1usize..8)
        .prop_flat_map(|n| {
            let orgs: Vec<_> = (0..n).map(organization).collect();
            (orgs, any::<bool>(), proptest::option::of(date()))
        })
        .prop_map(|(orgs, more, as_of)| {
            let mut r = Registry::new();
            let mut names = BTreeMap::new();
            names.insert("en".parse().unwrap_or_default(), "Kurdistan".to_owned());
            names.insert("tr".parse().unwrap_or_default(), "Kürdistan".to_owned());
            r.insert_area(Area {
                id: "kurdistan".into(),
                names,
            })
            .unwrap_or_else(|e| panic!("{e}"));
            let ids: Vec<String> = orgs.iter().map(|o| o.id.clone()).collect();
            for o in orgs {
                r.insert_organization(o).unwrap_or_else(|e| panic!("{e}"));
            }
            let split = ids.len() / 2;
            r.insert_statement({
                let mut o = Statement::new("s");
                o.date = as_of;
                o.as_of = as_of;
                o.more_possible = more;
                o.sections = vec![
                    Section {
                        kind: SectionKind::Initial,
                        entries: ids[..split].iter().map(Entry::new).collect(),
                    },
                    Section {
                        kind: SectionKind::Subsequent,
                        entries: ids[split..].iter().map(Entry::new).collect(),
                    },
                ];
                o
            })
            .unwrap_or_else(|e| panic!("{e}"));
            r
        })
}

fn primary() -> CollatorBorrowed<'static> {
    let mut o = CollatorOptions::default();
    o.strength = Some(Strength::Primary);
    Collator::try_new(Default::default(), o).unwrap_or_else(|e| panic!("{e}"))
}

fn strip_accents(s: &str) -> String {
    use icu_normalizer::DecomposingNormalizerBorrowed;
    let nfd = DecomposingNormalizerBorrowed::new_nfd().normalize(s);
    nfd.chars()
        .filter(|c| !('\u{300}'..='\u{36F}').contains(c))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(64) })]

    #[test]
    fn normalization_is_idempotent(s in "\\PC{0,40}") {
        let once = text::normalize(&s);
        prop_assert_eq!(text::normalize(&once), once.clone());
        if let Ok(c) = text::clean(&s) {
            prop_assert_eq!(text::clean(&c), Ok(c.clone()));
        }
    }

    #[test]
    fn toml_round_trip_is_lossless(r in registry()) {
        let text = r.to_toml_string();
        let back = Registry::from_toml_str(&text, "round-trip.toml");
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err().map(|e| e.to_string()), text);
        let back = back.unwrap_or_default();
        prop_assert!(back == r);
        // Saving is deterministic.
        prop_assert_eq!(back.to_toml_string(), text);
    }

    #[test]
    fn json_round_trip_is_lossless(r in registry()) {
        let text = r.to_json_string();
        let back = Registry::from_json_str(&text, "round-trip.json");
        prop_assert!(back.is_ok(), "{:?}", back.err().map(|e| e.to_string()));
        prop_assert!(back.unwrap_or_default() == r);
    }

    #[test]
    fn lookup_finds_every_organization_by_each_acronym_and_name(r in registry()) {
        let coll = primary();
        for o in r.organizations() {
            let texts = o.acronyms.iter().map(|a| &a.text).chain(o.names.iter().map(|n| &n.text));
            for t in texts {
                let upper = t.to_uppercase();
                let lower = t.to_lowercase();
                let bare = strip_accents(t);
                for q in [t.clone(), upper, lower, bare] {
                    if coll.compare(&q, t) != std::cmp::Ordering::Equal {
                        continue; // the collator says this variant differs
                    }
                    let found = r.find(&q);
                    prop_assert!(
                        found.iter().any(|f| f.organization.id == o.id),
                        "{:?} does not find {} ({:?})", q, o.id, t
                    );
                }
            }
        }
    }

    #[test]
    fn validation_catches_every_duplicate(r in registry(), which in any::<prop::sample::Index>()) {
        let orgs = r.organizations();
        let dup = which.get(orgs);
        let mut copy = dup.clone();
        copy.acronyms.clear();
        let mut r2 = r.clone();
        let err = r2.insert_organization(copy).err().map(|e| e.to_string()).unwrap_or_default();
        let expected = format!("duplicate organization id (already in the registry): {:?}", dup.id);
        prop_assert!(err.contains(&expected), "{}", err);

        // The same acronym again in the same country, under another id.
        if let Some(a) = dup.acronyms.first() {
            let mut other = dup.clone();
            other.id = "another".into();
            other.acronyms = vec![Acronym { text: a.text.to_uppercase(), lang: a.lang.clone() }];
            if primary().compare(&a.text.to_uppercase(), &a.text) == std::cmp::Ordering::Equal {
                let err = r2.insert_organization(other).err().map(|e| e.to_string()).unwrap_or_default();
                prop_assert!(err.contains("acronym used twice in one country"), "{}", err);
            }
        }
    }
}

#[test]
fn the_seed_round_trips_through_both_formats_and_files() {
    let seed = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for name in ["all.toml", "all.json"] {
        let path = dir.path().join(name);
        let saved = seed.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(saved.is_empty(), "{saved:?}");
        let back = Registry::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(back == seed, "{name} lost something");
    }
    // The registry + statement pair.
    let (orgs, stmts) = (dir.path().join("r.toml"), dir.path().join("s.json"));
    let saved = seed
        .save_organizations(&orgs)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let saved = seed
        .save_statements(&stmts)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let back = Registry::load_files(&[orgs, stmts]).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == seed);
    // A JSON registry loads through the same checks as TOML.
    let mut r = Registry::new();
    assert!(
        r.add_str(&seed.to_json_string(), Format::Json, "seed.json")
            .is_ok()
    );
}

/// Text at and past the length limit, with characters that NFC changes: U+0958 (two
/// characters once composed text is normalized: composition excluded), "e" + U+0301 (one
/// character), plain letters, and runs of spaces (collapsed).
fn text_near_the_limit() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            proptest::sample::select(vec!["\u{958}", "e\u{301}", "a", "ж", "  ", "\u{2ADC}"]),
            1usize..400,
        ),
        1..6,
    )
    .prop_map(|runs| runs.into_iter().map(|(s, n)| s.repeat(n)).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the API accepts is saved, and what is saved loads again, equal, in TOML and in
    /// JSON; what it refuses is refused for a reason that loading gives too.
    #[test]
    fn what_is_accepted_is_saved_and_loads_again(name in text_near_the_limit(), acronym in text_near_the_limit()) {
        let org = Organization::new("o")
            .with_country("DE")
            .with_acronym(&acronym, "de")
            .and_then(|o| o.with_name(&name, "de", NameKind::Original))
            .expect("a well-formed tag");
        let mut r = Registry::new();
        let accepted = r.insert_organization(org).is_ok();
        // The stored form, computed here from ICU4X's NFC directly: composed, spaces collapsed.
        let fits = |s: &str| {
            let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(s);
            let stored = nfc.split_whitespace().collect::<Vec<_>>().join(" ");
            (1..=text::MAX_TEXT_CHARS).contains(&stored.chars().count())
        };
        prop_assert_eq!(accepted, fits(&name) && fits(&acronym));
        if accepted {
            let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            for file in ["r.toml", "r.json"] {
                let path = dir.path().join(file);
                let saved = r.save(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert!(saved.is_empty(), "{:?}", saved);
                let back = Registry::load(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert!(back == r);
                let stored = &back.organizations()[0].names[0].text;
                prop_assert!(stored.chars().count() <= text::MAX_TEXT_CHARS);
            }
        }
    }
}
