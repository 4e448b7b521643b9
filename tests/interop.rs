//! Import and export of open data (Popolo, Wikidata entity JSON, CSV) on real public files
//! (`tests/fixtures/interop/`, sources in its SOURCES.md) and round trips.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use signatories::interop::{self, Incoming, InteropFormat};
use signatories::registry::{ImportOptions, ImportStatus};
use signatories::render::{RenderOptions, Renderer};
use signatories::{Entry, NameSource, ProblemKind, Registry, Section, SectionKind, Statement};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/interop")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

/// Every organization of the real fixtures (the eleven Wikidata entities once: the dump slice
/// holds them again), and what the readers reported.
fn read_all() -> (
    Vec<Incoming>,
    Vec<signatories::Problem>,
    Vec<signatories::Problem>,
) {
    let mut out = Vec::new();
    let (mut problems, mut warnings) = (Vec::new(), Vec::new());
    let files: Vec<PathBuf> = fixtures("popolo")
        .into_iter()
        .chain(
            fixtures("wikidata")
                .into_iter()
                .filter(|p| !p.ends_with("dump-slice.json")),
        )
        .collect();
    assert!(files.len() >= 16, "fixtures missing: {files:?}");
    for f in files {
        let report = interop::read_path(&f, None, 1 << 30, &mut |o| out.push(o))
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        problems.extend(report.problems);
        warnings.extend(report.warnings);
    }
    (out, problems, warnings)
}

#[test]
fn formats_are_told_from_content() {
    for f in fixtures("popolo") {
        let head = std::fs::read(&f).unwrap_or_default();
        assert_eq!(
            InteropFormat::detect(&head),
            InteropFormat::Popolo,
            "{}",
            f.display()
        );
    }
    for f in fixtures("wikidata") {
        let head = std::fs::read(&f).unwrap_or_default();
        assert_eq!(
            InteropFormat::detect(&head),
            InteropFormat::Wikidata,
            "{}",
            f.display()
        );
    }
}

/// The dump slice (one entity a line) reads as the eleven documents do.
#[test]
fn dump_lines_read_as_documents() {
    let mut from_docs = Vec::new();
    for f in fixtures("wikidata") {
        if !f.ends_with("dump-slice.json") {
            interop::read_path(&f, None, 1 << 30, &mut |o| from_docs.push(o)).unwrap();
        }
    }
    let mut from_dump = Vec::new();
    let dump = fixtures("wikidata")
        .into_iter()
        .find(|p| p.ends_with("dump-slice.json"));
    let report = interop::read_path(
        &dump.unwrap(),
        Some(InteropFormat::Wikidata),
        1 << 30,
        &mut |o| from_dump.push(o),
    )
    .unwrap();
    assert_eq!(report.records, 11);
    let key = |o: &Incoming| {
        (
            o.key.clone(),
            o.names.len(),
            o.acronyms
                .iter()
                .map(|a| a.text.clone())
                .collect::<Vec<_>>(),
            o.countries.clone(),
        )
    };
    let mut a: Vec<_> = from_docs.iter().map(key).collect();
    let mut b: Vec<_> = from_dump.iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    // Each entity is located at its line of the dump (line 1 is the `[`).
    let lines: Vec<usize> = from_dump.iter().map(|o| o.location.line).collect();
    assert_eq!(lines, (2..=12).collect::<Vec<_>>());
}

/// Real names are never refused: every text the files hold is read, and the warnings are
/// counted by kind. The counts (read from a run, each kind explained in the report of the
/// change): language codes CLDR does not know (Central Bikol `bcl`, Western Panjabi `pnb`, …)
/// are left out with a warning; texts that mix scripts (`Союз Отечества и Res Publica`: a
/// Latin proper name inside a Cyrillic one) are read with a warning.
#[test]
fn real_names_are_never_refused() {
    let (orgs, problems, warnings) = read_all();
    assert!(problems.is_empty(), "refused: {problems:#?}");
    let texts: usize = orgs.iter().map(|o| o.names.len() + o.acronyms.len()).sum();
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    for w in &warnings {
        *by_kind.entry(format!("{:?}", w.kind)).or_default() += 1;
    }
    eprintln!(
        "{} organizations, {texts} texts; warnings: {by_kind:?}",
        orgs.len()
    );
    assert!(texts > 1500, "{texts}");
    let mixed = by_kind.get("MixedScripts").copied().unwrap_or(0);
    assert!(mixed * 200 <= texts, "{mixed} of {texts} texts mix scripts");
    // Into a registry: its own checks (hidden characters, look-alikes, language tags) refuse
    // none of them either.
    let mut registry = Registry::new();
    let report = registry.import(orgs, &ImportOptions::default().with_aliases(true));
    let refused: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.kind != ProblemKind::NoName)
        .collect();
    assert!(refused.is_empty(), "{refused:#?}");
    let look_alikes = registry
        .warnings()
        .iter()
        .filter(|w| w.kind == ProblemKind::LookAlike)
        .count();
    let names: usize = registry
        .organizations()
        .iter()
        .map(|o| o.names.len() + o.acronyms.len())
        .sum();
    let untagged = report
        .warnings
        .iter()
        .filter(|w| w.kind == ProblemKind::UntaggedName)
        .count();
    eprintln!(
        "registry: {} organizations, {names} texts, {look_alikes} look-alike warnings, \
         {untagged} Popolo names without a language left out",
        registry.organizations().len()
    );
    assert!(
        look_alikes * 200 <= names,
        "{look_alikes} look-alikes of {names}"
    );
}

fn statement_of(registry: &Registry) -> Statement {
    {
        let mut o = Statement::new("imported");
        o.sections = vec![Section {
            kind: SectionKind::Initial,
            entries: registry
                .organizations()
                .iter()
                .map(|o| Entry::new(o.id.clone()))
                .collect(),
        }];
        o
    }
}

/// The real fixtures imported into an empty registry render editions in a dozen languages whose
/// glosses are imported names (the registry has no other).
#[test]
fn imported_names_render_editions() {
    let (orgs, _, _) = read_all();
    let mut registry = Registry::new();
    let report = registry.import(orgs, &ImportOptions::default());
    assert!(
        report
            .organizations
            .iter()
            .any(|o| o.status == ImportStatus::New)
    );
    for o in registry.organizations() {
        for n in &o.names {
            assert!(
                matches!(&n.source, Some(NameSource::Imported(s)) if s.starts_with("wikidata:") || s.starts_with("popolo:")),
                "{n:?}"
            );
        }
    }
    let statement = statement_of(&registry);
    let total = registry.organizations().len();
    registry.insert_statement(statement.clone()).unwrap();
    let statement = registry.statement("imported").unwrap();
    let mut rendered_languages = 0;
    for locale in [
        "de", "fr", "es", "ru", "ja", "ar", "pl", "it", "pt", "uk", "he", "fa", "zh-Hant", "tr",
        "nl", "sv",
    ] {
        let renderer = Renderer::try_new(locale).unwrap();
        let rendered = renderer
            .render(&registry, statement, &RenderOptions::default())
            .unwrap();
        let glossed = total - rendered.untranslated().len();
        eprintln!("{locale}: {glossed} of {total} organizations glossed");
        if glossed >= 10 {
            rendered_languages += 1;
        }
        // One organization's name in that language is in the edition.
        let chain = signatories::LanguageChain::for_language(locale);
        let shown = registry
            .organizations()
            .iter()
            .filter_map(|o| o.name_for(&chain))
            .filter(|n| rendered.as_str().contains(n.text.as_str()))
            .count();
        assert!(
            shown * 2 >= glossed,
            "{locale}: {shown} glosses printed of {glossed}"
        );
    }
    assert!(
        rendered_languages >= 10,
        "{rendered_languages} editions with 10 glosses or more"
    );
}

/// Into the bundled registry: the real parties are new organizations (none of them is one of
/// the seed's 31), nothing of the seed is changed, and the seed's coverage does not regress.
#[test]
fn import_into_the_bundled_registry_changes_no_seed_organization() {
    let (orgs, _, _) = read_all();
    let mut registry = signatories::seed::registry().unwrap();
    let before: Vec<_> = registry.organizations().to_vec();
    let report = registry.import(orgs, &ImportOptions::default());
    assert!(
        report
            .organizations
            .iter()
            .all(|o| o.status != ImportStatus::Matched
                || !before.iter().any(|b| Some(&b.id) == o.id.as_ref()))
    );
    for b in &before {
        assert_eq!(registry.organization(&b.id), Some(b));
    }
}

#[test]
fn import_matches_and_never_duplicates() {
    let csv = "id,countries,acronym:de,name:de,name:fr:translation\n\
               x,DE,MLPD,Marxistisch-Leninistische Partei Deutschlands,Parti marxiste-léniniste d'Allemagne\n";
    let read = |text: &str| {
        let mut v = Vec::new();
        interop::read_str(text, "m.csv", "m.csv", InteropFormat::Csv, &mut |o| {
            v.push(o)
        })
        .unwrap();
        v
    };
    let mut registry = signatories::seed::registry().unwrap();
    let first = registry.import(read(csv), &ImportOptions::default());
    assert_eq!(first.organizations[0].status, ImportStatus::Matched);
    assert_eq!(first.organizations[0].id.as_deref(), Some("mlpd"));
    assert_eq!(first.organizations[0].names_added, 1);
    let again = registry.import(read(csv), &ImportOptions::default());
    assert_eq!(again.organizations[0].names_added, 0);
    // --languages: only German asked, nothing new.
    let mut r2 = signatories::seed::registry().unwrap();
    let only_de = ImportOptions::default().with_languages(["de"]).unwrap();
    assert_eq!(
        r2.import(read(csv), &only_de).organizations[0].names_added,
        0
    );
}

#[test]
fn an_unknown_csv_column_is_refused_with_its_place() {
    let err = interop::read_str(
        "id,name:de,nmae:fr\n",
        "m.csv",
        "m.csv",
        InteropFormat::Csv,
        &mut |_| {},
    )
    .unwrap_err();
    let p = &err.problems()[0];
    assert_eq!(
        (p.location.line, p.location.column, p.value.as_str()),
        (1, 12, "nmae:fr")
    );
    let err = interop::read_str(
        "id,name:de\nx,\"open\n",
        "m.csv",
        "m.csv",
        InteropFormat::Csv,
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(err.problems()[0].kind, ProblemKind::Syntax);
    assert_eq!(err.problems()[0].location.line, 2);
}

/// A CSV file with a Latin-1 byte, and one over the size limit: refused with the place and
/// the bytes, as a registry file is (the same rule reads both).
#[test]
fn an_open_data_file_not_in_utf8_or_too_large_is_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("m.csv");
    // "Zürich" in Latin-1 on line 2: ü is the byte FC, the fourth character of the line.
    std::fs::write(&path, b"id,name:de\nz,Z\xfcrich\n").unwrap_or_else(|e| panic!("{e}"));
    let read = |max| interop::read_path(&path, Some(InteropFormat::Csv), max, &mut |_| {});
    let err = read(1 << 20).unwrap_err();
    let p = &err.problems()[0];
    assert_eq!(
        (p.kind, p.location.line, p.location.column, p.value.as_str()),
        (ProblemKind::InvalidUtf8, 2, 4, "\\xfc\\x72\\x69\\x63")
    );
    // 20 bytes, 10 allowed.
    let err = read(10).unwrap_err();
    assert_eq!(err.problems()[0].kind, ProblemKind::FileTooLarge);
    assert_eq!(
        err.problems()[0].message,
        "file too large (10 bytes at most)"
    );
}

#[test]
fn a_broken_dump_line_is_located() {
    let text = "[\n{\"id\":\"Q1\",\"type\":\"item\",\"labels\":{}},\n{\"id\":\"Q2\",\"labels\":{\"de\":{\"language\":\"de\",\"value\":\"x\"}},\n]\n";
    let err = interop::read_str(
        text,
        "d.json",
        "d.json",
        InteropFormat::Wikidata,
        &mut |_| {},
    )
    .unwrap_err();
    let p = &err.problems()[0];
    assert_eq!(p.kind, ProblemKind::Syntax);
    assert_eq!(p.location.line, 3);
}

mod round_trip {
    //! Export then import into a registry without organizations gives back the same
    //! organizations and names, for each format.

    use super::*;
    use proptest::prelude::*;
    use signatories::{Acronym, Area, Identifier, Name, NameKind, Organization, Place};

    const ALPHABETS: &[&str] = &[
        "abcdefghijklmnopqrstuvwxyzéèçñøåäöüłśčřšžğş",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїє",
        "αβγδεζηθικλμνξοπρστυφχψω",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
        "党共产主义者同盟工人",
    ];

    fn word() -> impl Strategy<Value = String> {
        (0..ALPHABETS.len()).prop_flat_map(|a| {
            let chars: Vec<char> = ALPHABETS[a].chars().collect();
            proptest::collection::vec(proptest::sample::select(chars), 1..8)
                .prop_map(|cs| cs.into_iter().collect::<String>())
        })
    }

    /// A name with the punctuation CSV must quote (commas, quotes) and Popolo escape.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            (
                word(),
                proptest::sample::select(vec![" ", "-", ", ", " \"", "\" ", "/"]),
            ),
            1..4,
        )
        .prop_map(|parts| {
            let s: String = parts.into_iter().map(|(w, p)| w + p).collect();
            signatories::text::normalize(&s)
        })
        .prop_filter("a name needs a letter", |s| {
            signatories::text::clean(s).is_ok()
        })
    }

    fn tag(latin: bool) -> impl Strategy<Value = signatories::Language> {
        let tags = if latin {
            vec!["ru-Latn", "bg-Latn", "en"]
        } else {
            vec![
                "en",
                "de",
                "de-CH",
                "fr",
                "ru",
                "bg",
                "ar",
                "zh-Hant",
                "sr-Cyrl",
                "pt-BR",
                "be-tarask",
            ]
        };
        proptest::sample::select(tags).prop_map(|t| t.parse().unwrap_or_default())
    }

    fn name() -> impl Strategy<Value = Name> {
        (
            text(),
            tag(false),
            tag(true),
            0..5usize,
            proptest::option::of(word()),
            1990i32..2020,
        )
            .prop_map(|(text, lang, latin, k, scheme, year)| {
                let (lang, kind) = match k {
                    0 => (lang, NameKind::Original),
                    1 => (lang, NameKind::Translation),
                    2 => (latin, NameKind::Transliteration { scheme }),
                    3 => (
                        lang,
                        NameKind::Former {
                            from: signatories::PartialDate::y(year).ok(),
                            until: None,
                        },
                    ),
                    _ => (lang, NameKind::Short),
                };
                Name::try_new(text, lang, kind).expect("a well-formed tag")
            })
    }

    fn organization(i: usize) -> impl Strategy<Value = Organization> {
        (
            proptest::collection::vec((word(), tag(false)), 0..3),
            proptest::collection::vec(name(), 1..5),
            proptest::sample::subsequence(vec!["DE", "RU", "BG", "EG", "kurdistan"], 1..3),
            any::<bool>(),
            proptest::option::of(proptest::sample::select(vec!["150", "142"])),
            proptest::option::of(word()),
        )
            .prop_map(move |(acronyms, names, places, shows, region, site)| {
                let mut o = Organization::new(format!("org-{i}"));
                o.countries = places
                    .into_iter()
                    .map(|p| match p.parse() {
                        Ok(code) => Place::Country(code),
                        Err(_) => Place::Area(p.into()),
                    })
                    .collect();
                o.name_shows_country = shows;
                o.region = region.map(str::to_owned);
                o.acronyms = acronyms
                    .into_iter()
                    .enumerate()
                    .map(|(j, (w, lang))| Acronym {
                        text: format!("{w}{i}x{j}"),
                        lang,
                    })
                    .collect();
                o.names = names;
                o.identifiers = site
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

    /// A registry with the area its organizations name, and nothing else.
    fn with_area() -> Registry {
        let mut r = Registry::new();
        let mut names = BTreeMap::new();
        names.insert("en".parse().unwrap_or_default(), "Kurdistan".to_owned());
        r.insert_area(Area {
            id: "kurdistan".into(),
            names,
        })
        .unwrap_or_else(|e| panic!("{e}"));
        r
    }

    fn registry() -> impl Strategy<Value = Registry> {
        (1usize..6)
            .prop_flat_map(|n| (0..n).map(organization).collect::<Vec<_>>())
            .prop_filter_map("a valid registry", |orgs| {
                let mut r = with_area();
                for o in orgs {
                    r.insert_organization(o).ok()?;
                }
                Some(r)
            })
    }

    /// What a format keeps of a name: CSV keeps no provenance and no former name's dates, and
    /// lists a row's names by column.
    fn kept(o: &Organization, format: InteropFormat) -> Organization {
        let mut o = o.clone();
        if format == InteropFormat::Csv {
            for n in &mut o.names {
                n.source = None;
                if let NameKind::Former { .. } = n.kind {
                    n.kind = NameKind::Former {
                        from: None,
                        until: None,
                    };
                }
            }
            o.names
                .sort_by(|a, b| (&a.text, a.lang.to_string()).cmp(&(&b.text, b.lang.to_string())));
            o.acronyms.sort_by(|a, b| a.text.cmp(&b.text));
        }
        o
    }

    fn round_trip(original: &Registry, format: InteropFormat) -> Result<(), TestCaseError> {
        let text = original
            .export(format, None)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut incoming = Vec::new();
        let read = interop::read_str(&text, "x", "x", format, &mut |o| incoming.push(o));
        let read = read.unwrap_or_else(|e| panic!("{e}\n{text}"));
        prop_assert!(read.problems.is_empty(), "{:?}", read.problems);
        let mut back = with_area();
        let report = back.import(incoming, &ImportOptions::default());
        prop_assert!(report.problems.is_empty(), "{:?}\n{text}", report.problems);
        prop_assert_eq!(back.organizations().len(), original.organizations().len());
        for o in original.organizations() {
            let mut expected = kept(o, format);
            for n in &mut expected.names {
                if n.source.is_none() && format == InteropFormat::Popolo {
                    n.source = Some(NameSource::Imported(format!("{}:x", format.as_str())));
                }
            }
            let got = back.organization(&o.id).map(|b| kept(b, format));
            prop_assert_eq!(got.as_ref(), Some(&expected), "{}", text);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn popolo_round_trip(r in registry()) {
            round_trip(&r, InteropFormat::Popolo)?;
        }

        #[test]
        fn csv_round_trip(r in registry()) {
            round_trip(&r, InteropFormat::Csv)?;
        }
    }
}

/// Untranslated organizations of statement `id`, summed over every bundled edition.
fn untranslated(registry: &Registry, id: &str) -> usize {
    let statement = registry.statement(id).unwrap();
    Renderer::available_locales()
        .into_iter()
        .map(|l| {
            let r = Renderer::try_new(&l).unwrap();
            r.render(registry, statement, &RenderOptions::default())
                .unwrap()
                .untranslated()
                .len()
        })
        .sum()
}

/// Into the bundled registry: Wikidata's party entities (recorded in 2015) with a statement of
/// them, then EveryPolitician's Estonian parliament (Wikidata's labels some years later). Four
/// Estonian parties are in both: the second import matches them by their items and adds the
/// names they lack, and the coverage report of the statement shrinks.
#[test]
fn a_second_source_shrinks_the_coverage_report() {
    let read = |paths: Vec<PathBuf>| {
        let mut v = Vec::new();
        for p in paths {
            interop::read_path(&p, None, 1 << 30, &mut |o| v.push(o)).unwrap();
        }
        v
    };
    let mut registry = signatories::seed::registry().unwrap();
    let seed: Vec<_> = registry.organizations().to_vec();
    let wikidata = fixtures("wikidata")
        .into_iter()
        .filter(|p| !p.ends_with("dump-slice.json"))
        .collect();
    let first = registry.import(read(wikidata), &ImportOptions::default());
    let ids: Vec<String> = first
        .organizations
        .iter()
        .filter_map(|o| o.id.clone())
        .collect();
    assert_eq!(ids.len(), 11, "{ids:?}");
    registry
        .insert_statement({
            let mut o = Statement::new("parties");
            o.sections = vec![Section {
                kind: SectionKind::Initial,
                entries: ids.iter().map(Entry::new).collect(),
            }];
            o
        })
        .unwrap();
    let before = untranslated(&registry, "parties");
    let estonia = fixtures("popolo")
        .into_iter()
        .filter(|p| p.ends_with("estonia-riigikogu.json"))
        .collect();
    let second = registry.import(read(estonia), &ImportOptions::default());
    for q in ["Q738947", "Q163347", "Q928652", "Q913551"] {
        let id = first
            .organizations
            .iter()
            .find(|o| o.key == q)
            .and_then(|o| o.id.clone());
        assert!(
            second
                .organizations
                .iter()
                .any(|o| o.status == ImportStatus::Matched && o.id == id),
            "{q} not matched"
        );
    }
    let after = untranslated(&registry, "parties");
    eprintln!("untranslated over every bundled edition: {before} -> {after}");
    assert!(after < before, "{before} -> {after}");
    // The seed's organizations are untouched.
    for o in &seed {
        assert_eq!(registry.organization(&o.id), Some(o));
    }
}

/// The organizations of one Popolo fixture, read.
fn popolo_fixture(name: &str) -> Vec<Incoming> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/interop/popolo")
        .join(name);
    let mut out = Vec::new();
    interop::read_path(&path, None, 1 << 30, &mut |o| out.push(o)).unwrap();
    out
}

/// A Popolo `name` has no language: without a declaration it is left out with a warning; with
/// `LikelyLanguage` it is read in CLDR's likely language of the country, with a warning, only
/// where it is written in that language's script; a declared language is taken as given.
/// Likely languages from ICU4C: `node -e 'console.log(new Intl.Locale("und-BI").maximize().toString())'`
/// prints rn-Latn-BI, and und-PK gives ur-Arab-PK.
#[test]
fn popolo_names_without_a_language() {
    use signatories::registry::UntaggedNames;
    let bi = |untagged_names| {
        ImportOptions::default()
            .with_countries([signatories::Place::Country("BI".parse().expect("a code"))])
            .with_untagged_names(untagged_names)
    };
    let text_of = |r: &Registry, key: &str| -> Vec<(String, String)> {
        r.organizations()
            .iter()
            .filter(|o| o.names.iter().any(|n| n.text == key))
            .flat_map(|o| o.names.iter().map(|n| (n.text.clone(), n.lang.to_string())))
            .collect()
    };
    // Burundi's parties have a `name` only (no other_names): "ABIGENGA MIZERO".
    let mut left_out = Registry::new();
    let report = left_out.import(popolo_fixture("burundi.json"), &bi(UntaggedNames::LeaveOut));
    assert!(text_of(&left_out, "ABIGENGA MIZERO").is_empty());
    let warned = |r: &signatories::registry::ImportReport, text: &str| {
        r.warnings
            .iter()
            .find(|w| w.value == text && w.kind == ProblemKind::UntaggedName)
            .map(|w| w.message.clone())
    };
    let message = warned(&report, "ABIGENGA MIZERO").expect("a warning for the name left out");
    assert!(message.contains("left out"), "{message}");

    let mut likely = Registry::new();
    let report = likely.import(
        popolo_fixture("burundi.json"),
        &bi(UntaggedNames::LikelyLanguage),
    );
    assert_eq!(
        text_of(&likely, "ABIGENGA MIZERO"),
        [("ABIGENGA MIZERO".to_owned(), "rn".to_owned())]
    );
    let message = warned(&report, "ABIGENGA MIZERO").expect("a warning naming the guess");
    assert!(
        message.contains("read as rn") && message.contains("likely"),
        "{message}"
    );

    // Pakistan: "AJIP" is in Latin letters, Urdu (PK's likely language) in Arabic script.
    let mut pk = Registry::new();
    let report = pk.import(
        popolo_fixture("pakistan.json"),
        &ImportOptions::default()
            .with_countries([signatories::Place::Country("PK".parse().expect("a code"))])
            .with_untagged_names(UntaggedNames::LikelyLanguage),
    );
    let message = warned(&report, "AJIP").expect("a warning for AJIP");
    assert!(message.contains("not written in Arab"), "{message}");
    assert!(
        pk.organizations()
            .iter()
            .all(|o| o.names.iter().all(|n| n.text != "AJIP"))
    );

    // Declared by the caller: taken in that language, no warning.
    let mut declared = Registry::new();
    let report = declared.import(
        popolo_fixture("burundi.json"),
        &bi(UntaggedNames::Language("fr".parse().unwrap())),
    );
    assert_eq!(
        text_of(&declared, "ABIGENGA MIZERO"),
        [("ABIGENGA MIZERO".to_owned(), "fr".to_owned())]
    );
    assert!(warned(&report, "ABIGENGA MIZERO").is_none());
}

/// A document that declares its strings' language (JSON-LD `@context`) has its `name` read in
/// it whatever the caller asks; a `name` that an `other_names` entry holds keeps that entry's
/// language.
#[test]
fn a_declared_document_language_is_followed() {
    let doc = r#"{"@context": {"@language": "et"}, "organizations": [
        {"id": "x", "name": "Eesti Keskerakond", "area_id": "ocd-division/country:ee"},
        {"id": "y", "name": "Reform Party", "other_names": [{"name": "Reform Party", "lang": "en"}]}
    ]}"#;
    let mut incoming = Vec::new();
    interop::read_str(doc, "d.json", "d.json", InteropFormat::Popolo, &mut |o| {
        incoming.push(o)
    })
    .unwrap();
    let mut r = Registry::new();
    let report = r.import(incoming, &ImportOptions::default());
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let name = |id: &str| {
        r.organization(id)
            .map(|o| {
                o.names
                    .iter()
                    .map(|n| (n.text.clone(), n.lang.to_string()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        name("x"),
        [("Eesti Keskerakond".to_owned(), "et".to_owned())]
    );
    assert_eq!(name("y"), [("Reform Party".to_owned(), "en".to_owned())]);
}

/// A label in any language with an official status in the organization's country is its own
/// name, not a translation: Swedish in Finland and French and German in Belgium (CLDR 48
/// territoryInfo, tests/fixtures/cldr/territoryInfo.json: FI sv "official"; BE nl, fr, de
/// "official"), English in Finland a translation.
#[test]
fn second_official_languages_are_own_names() {
    let entity = |q: &str, country: u32, labels: &[(&str, &str)]| {
        let labels: Vec<String> = labels
            .iter()
            .map(|(l, t)| format!(r#""{l}": {{"language": "{l}", "value": "{t}"}}"#))
            .collect();
        format!(
            r#"{{"type": "item", "id": "{q}", "labels": {{{}}}, "claims": {{"P17": [{{"mainsnak": {{"snaktype": "value", "property": "P17", "datavalue": {{"value": {{"entity-type": "item", "numeric-id": {country}, "id": "Q{country}"}}, "type": "wikibase-entityid"}}}}, "type": "statement", "rank": "normal"}}]}}}}"#,
            labels.join(", ")
        )
    };
    let dump = format!(
        "[\n{},\n{}\n]\n",
        entity(
            "Q1",
            33,
            &[
                ("fi", "Suomen Puolue"),
                ("sv", "Finlands Parti"),
                ("en", "Party of Finland")
            ]
        ),
        entity(
            "Q2",
            31,
            &[
                ("nl", "Partij van België"),
                ("fr", "Parti de Belgique"),
                ("de", "Partei Belgiens"),
                ("es", "Partido de Bélgica")
            ]
        )
    );
    let mut incoming = Vec::new();
    interop::read_str(
        &dump,
        "d.json",
        "d.json",
        InteropFormat::Wikidata,
        &mut |o| incoming.push(o),
    )
    .unwrap();
    let mut r = Registry::new();
    r.import(incoming, &ImportOptions::default());
    let kinds = |text: &str| {
        r.organizations()
            .iter()
            .flat_map(|o| &o.names)
            .find(|n| n.text == text)
            .map(|n| n.kind.as_str())
    };
    assert_eq!(kinds("Suomen Puolue"), Some("original"));
    assert_eq!(kinds("Finlands Parti"), Some("original"));
    assert_eq!(kinds("Party of Finland"), Some("translation"));
    assert_eq!(kinds("Partij van België"), Some("original"));
    assert_eq!(kinds("Parti de Belgique"), Some("original"));
    assert_eq!(kinds("Partei Belgiens"), Some("original"));
    assert_eq!(kinds("Partido de Bélgica"), Some("translation"));
}
