//! Collation against ICU4C: 151 real, tricky names (fixtures/collation/names.txt: pairs in
//! the style of ICU4C's collation tests decoll.cpp, frcoll.cpp, trcoll.cpp; place names from
//! CLDR territory names and national gazetteers; acronyms from the seed statement) sorted in 18
//! locale settings at tertiary and primary strength and with punctuation ignored, compared with
//! the orders `node ../shared/tools/icu-oracle.mjs sort` gives (fixtures/collation/generate.sh).
//! Plus property tests of the order and of cached keys.

use std::cmp::Ordering;

use proptest::prelude::*;
use signatories::collate::{Collation, CollationOptions, Punctuation, Strength};
use signatories::collate::{
    ListOrder as ListOrdering, OrganizationIndex, SortBy, SortKeys, SortSpec,
};

const NAMES: &str = include_str!("fixtures/collation/names.txt");
const SETTINGS: &[&str] = &[
    "en",
    "de",
    "de-u-co-phonebk",
    "fr",
    "fr-CA",
    "es",
    "es-u-co-trad",
    "sv",
    "da",
    "tr",
    "pl",
    "cs",
    "ru",
    "bg",
    "uk",
    "el",
    "ar",
    "fa",
];

fn expected(tag: &str, variant: &str) -> Vec<String> {
    let path = format!(
        "{}/tests/fixtures/collation/expected/{tag}.{variant}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(str::to_owned)
        .collect()
}

fn sorted(tag: &str, options: CollationOptions) -> Vec<String> {
    let c = Collation::try_new(tag, options).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = NAMES.lines().collect();
    SortKeys::new(&c, &names)
        .order()
        .into_iter()
        .map(|i| names[i].to_owned())
        .collect()
}

/// Where ICU4X (CLDR 49) and ICU4C (CLDR 48) order differently: none found so far for these
/// names and settings. A difference would be listed here as (setting, variant, explanation)
/// rather than bending either side.
const KNOWN_DIFFERENCES: &[(&str, &str, &str)] = &[];

fn check(variant: &str, options: CollationOptions) {
    let mut failures = Vec::new();
    for tag in SETTINGS {
        if KNOWN_DIFFERENCES
            .iter()
            .any(|(t, v, _)| t == tag && *v == variant)
        {
            continue;
        }
        let ours = sorted(tag, options);
        let theirs = expected(tag, variant);
        if ours != theirs {
            let first = ours
                .iter()
                .zip(&theirs)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{tag} {variant}: first difference at {first}: ours {:?}, ICU4C {:?}",
                &ours[first..(first + 3).min(ours.len())],
                &theirs[first..(first + 3).min(theirs.len())]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tertiary_orders_equal_icu4c() {
    check("tertiary", CollationOptions::default());
}

#[test]
fn primary_orders_equal_icu4c() {
    check(
        "primary",
        CollationOptions::default().with_strength(Strength::Primary),
    );
}

#[test]
fn ignore_punctuation_orders_equal_icu4c() {
    check(
        "shifted",
        CollationOptions::default().with_punctuation(Punctuation::Ignored),
    );
}

#[test]
fn the_classic_cases() {
    let c = |tag: &str| {
        Collation::try_new(tag, CollationOptions::default()).unwrap_or_else(|e| panic!("{e}"))
    };
    // ä with a in German, after z in Swedish.
    assert_eq!(c("de").compare("Ärger", "Zebra"), Ordering::Less);
    assert_eq!(c("sv").compare("Ärger", "Zebra"), Ordering::Greater);
    // Traditional Spanish: ch is a letter after c.
    assert_eq!(c("es").compare("Chile", "Cuba"), Ordering::Less);
    assert_eq!(
        c("es-u-co-trad").compare("Chile", "Cuba"),
        Ordering::Greater
    );
    // Russian puts Cyrillic before Latin.
    assert_eq!(c("ru").compare("Жуков", "Abc"), Ordering::Less);
    assert_eq!(c("en").compare("Жуков", "Abc"), Ordering::Greater);
    // Numeric ordering.
    let n = Collation::try_new(
        "en",
        CollationOptions::default().with_numeric(signatories::collate::Numeric::On),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(n.compare("Item 2", "Item 10"), Ordering::Less);
    assert_eq!(c("en").compare("Item 2", "Item 10"), Ordering::Greater);
}

#[test]
fn primary_equality_matches_icu4c() {
    // `node ../shared/tools/icu-oracle.mjs equal LOCALE primary A B` (ICU 78.2, CLDR 48).
    let cases = [
        ("en", "türkiye", "Turkiye", true),
        ("en", "Turkiye", "TÜRKIYE", true),
        ("tr", "türkiye", "Turkiye", false),
        ("en", "côte", "cote", true),
        ("sv", "Åre", "Are", false),
        ("ru", "бкп", "БКП", true),
    ];
    for (tag, a, b, eq) in cases {
        let c = Collation::try_new(
            tag,
            CollationOptions::default().with_strength(Strength::Primary),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.compare(a, b) == Ordering::Equal, eq, "{tag}: {a} {b}");
    }
}

#[test]
fn orderings_of_the_seed() {
    let registry = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let s = registry
        .statement(signatories::seed::STATEMENT_ID)
        .unwrap_or_else(|| panic!("statement"));
    let ids = |st: &signatories::Statement, section: usize| -> Vec<String> {
        st.sections[section]
            .entries
            .iter()
            .map(|e| e.org.clone())
            .collect()
    };
    // Publication order is the default and changes nothing.
    let same = ListOrdering::default()
        .apply(&registry, s)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&same, s);

    // By region (Africa, Asia, Oceania, Europe, Americas), then the German country name, then
    // acronym: the seed's editors' order, checked by hand against the published list. The
    // published list departs from it in two places, kept as published: MLKP follows TKP-ML
    // (both Türkei; by acronym MLKP would come first) and the Americas run Kolumbien, Peru,
    // Dominikanische Republik, Uruguay.
    let grouped = ListOrdering::GroupedByRegion {
        regions: ["002", "142", "009", "150", "019"]
            .map(String::from)
            .to_vec(),
        lang: "de".parse().unwrap_or_default(),
    }
    .apply(&registry, s)
    .unwrap_or_else(|e| panic!("{e}"));
    let mut published = ids(s, 0);
    let tkp = published.iter().position(|x| x == "tkp-ml").unwrap_or(0);
    published.swap(tkp, tkp + 1); // MLKP before TKP-ML
    let americas: Vec<String> = ["pc-ml-do", "pcc-m", "bdp", "pcr-u"]
        .map(String::from)
        .to_vec();
    let n = published.len();
    published.splice(n - 4.., americas);
    assert_eq!(ids(&grouped, 0), published);

    // Protocol order is the same whatever the edition: it depends on no locale.
    let protocol = ListOrdering::Protocol
        .apply(&registry, s)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(protocol.sections[0].entries.len(), 28);
    // Deutschland (MLPD) before France (UPML) before Nederland (RM): own-language names.
    let p = ids(&protocol, 0);
    let pos = |id: &str| p.iter().position(|x| x == id).unwrap_or(usize::MAX);
    assert!(
        pos("mlpd") < pos("upml") && pos("upml") < pos("rm"),
        "{p:?}"
    );

    // UN style: alphabetical by English country name from a start, wrapping around.
    let un = ListOrdering::UnStyle {
        start: "mlpd".into(),
    }
    .apply(&registry, s)
    .unwrap_or_else(|e| panic!("{e}"));
    let u = ids(&un, 0);
    assert_eq!(u[0], "mlpd"); // Germany
    // … Uruguay, then around from Afghanistan to France, the country before Germany.
    assert_eq!(u[u.len() - 1], "upml");
    assert_eq!(
        u[u.iter().position(|x| x == "pcr-u").unwrap_or(0) + 1],
        "mloa"
    );
    assert!(
        ListOrdering::UnStyle {
            start: "nobody".into()
        }
        .apply(&registry, s)
        .is_err()
    );

    // Collated by acronym in Russian: Cyrillic first.
    let ru = ListOrdering::Collated {
        locale: "ru".parse().unwrap(),
        spec: SortSpec::by([SortBy::Acronym]),
    }
    .apply(&registry, s)
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ru.sections[0].entries[0].org, "bkp");
    // Transliterated, БКП files under B (after BDP).
    let latin = ListOrdering::Collated {
        locale: "en".parse().unwrap(),
        spec: SortSpec::by([SortBy::Acronym]).transliterated(),
    }
    .apply(&registry, s)
    .unwrap_or_else(|e| panic!("{e}"));
    let l = ids(&latin, 0);
    let pos = |id: &str| l.iter().position(|x| x == id).unwrap_or(usize::MAX);
    assert_eq!(pos("bkp"), pos("bdp") + 1, "{l:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(128) })]

    #[test]
    fn order_is_total_and_consistent(a in "\\PC{0,12}", b in "\\PC{0,12}", c in "\\PC{0,12}",
                                     tag in proptest::sample::select(SETTINGS.to_vec())) {
        let coll = Collation::try_new(tag, CollationOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        // Antisymmetric.
        prop_assert_eq!(coll.compare(&a, &b), coll.compare(&b, &a).reverse());
        // Transitive.
        if coll.compare(&a, &b) != Ordering::Greater && coll.compare(&b, &c) != Ordering::Greater {
            prop_assert_ne!(coll.compare(&a, &c), Ordering::Greater);
        }
        // Keys agree with compare.
        prop_assert_eq!(coll.key(&a).cmp(&coll.key(&b)), coll.compare(&a, &b));
    }

    #[test]
    fn sorting_by_cached_keys_equals_sorting_by_compare(items in proptest::collection::vec("\\PC{0,10}", 0..60),
                                                        tag in proptest::sample::select(SETTINGS.to_vec())) {
        let coll = Collation::try_new(tag, CollationOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        let keys = SortKeys::new(&coll, &items);
        let by_keys: Vec<&String> = keys.order().into_iter().map(|i| &items[i]).collect();
        let mut by_compare: Vec<&String> = items.iter().collect();
        by_compare.sort_by(|x, y| coll.compare(x, y)); // stable
        prop_assert_eq!(by_keys, by_compare);
    }

    #[test]
    fn primary_equality_is_an_equivalence(a in "[aAäÄåÅeéÉ]{1,3}", b in "[aAäÄåÅeéÉ]{1,3}", c in "[aAäÄåÅeéÉ]{1,3}",
                                          tag in proptest::sample::select(SETTINGS.to_vec())) {
        let coll = Collation::try_new(tag, CollationOptions::default().with_strength(Strength::Primary))
            .unwrap_or_else(|e| panic!("{e}"));
        let eq = |x: &str, y: &str| coll.compare(x, y) == Ordering::Equal;
        prop_assert!(eq(&a, &a));
        prop_assert_eq!(eq(&a, &b), eq(&b, &a));
        if eq(&a, &b) && eq(&b, &c) {
            prop_assert!(eq(&a, &c));
        }
    }

    #[test]
    fn the_index_orders_as_compare_does(n in 1usize..8) {
        // Organizations sorted through the cached index equal a sort by compare on the key text.
        let registry = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
        let tag = SETTINGS[n % SETTINGS.len()];
        let coll = Collation::try_new(tag, CollationOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        let index = OrganizationIndex::new(&registry, &coll, &SortSpec::by([SortBy::OriginalName]));
        let by_index: Vec<&str> = index.order(&registry).iter().map(|o| o.id.as_str()).collect();
        let mut by_compare: Vec<&signatories::Organization> = registry.organizations().iter().collect();
        by_compare.sort_by(|x, y| coll.compare(x.originals().next().or(x.names.first()).map_or("", |n| n.text.as_str()),
                                               y.originals().next().or(y.names.first()).map_or("", |n| n.text.as_str())));
        let by_compare: Vec<&str> = by_compare.iter().map(|o| o.id.as_str()).collect();
        prop_assert_eq!(by_index, by_compare);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(64) })]

    /// What the `sort` example does with its input: any bytes, split into lines, come back as a
    /// permutation of the same lines.
    #[test]
    fn sorting_lines_outputs_a_permutation(lines in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..12), 0..40),
                                           tag in proptest::sample::select(SETTINGS.to_vec())) {
        let lines: Vec<Vec<u8>> = lines.into_iter().map(|l| l.into_iter().filter(|&b| b != b'\n').collect()).collect();
        let coll = Collation::try_new(tag, CollationOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        let order = SortKeys::new_utf8(&coll, &lines).order();
        let mut seen = order.clone();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..lines.len()).collect::<Vec<_>>());
        // And it is sorted: each adjacent pair in order.
        for w in order.windows(2) {
            prop_assert_ne!(coll.compare_utf8(&lines[w[0]], &lines[w[1]]), Ordering::Greater);
        }
    }
}

#[test]
fn lookups_follow_the_language_when_asked() {
    let registry = signatories::Registry::from_toml_str(
        "[[organization]]\nid = \"are\"\ncountries = [\"SE\"]\nacronyms = [{ text = \"ÅAF\", lang = \"sv\" }]\nnames = [{ text = \"Åre Arbetarförening\", lang = \"sv\", kind = \"original\" }]\n",
        "sv.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let primary = CollationOptions::default().with_strength(Strength::Primary);
    let sv = Collation::try_new("sv", primary).unwrap_or_else(|e| panic!("{e}"));
    let de = Collation::try_new("de", primary).unwrap_or_else(|e| panic!("{e}"));
    // Root order (the index) and German ignore the ring and the umlaut; Swedish does not
    // (`node ../shared/tools/icu-oracle.mjs equal sv primary Åre Are` says false).
    assert_eq!(registry.find("are arbetarforening").len(), 1);
    assert_eq!(registry.find_with(&de, "are arbetarforening").len(), 1);
    assert!(registry.find_with(&sv, "are arbetarforening").is_empty());
    assert_eq!(registry.find_with(&sv, "ÅRE ARBETARFÖRENING").len(), 1);
    assert_eq!(registry.find_with(&sv, "åaf").len(), 1);
}
