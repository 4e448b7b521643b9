//! Messages for any language: the bundled catalog passes the locale checker, a program adds or
//! overrides messages (checked as bundled ones are), and every edition — with messages or
//! without — takes its dates, country names, lists and direction from CLDR for its own locale.

use signatories::render::{Catalog, OutputFormat, RenderOptions, Renderer};
use signatories::text::Direction;
use signatories::{ProblemKind, Registry};

/// A registry of three organizations in Germany, Peru and Turkey, and a statement of them.
fn registry() -> Registry {
    let toml = r#"
[[organization]]
id = "a"
countries = ["DE"]
acronyms = [{ text = "AAA", lang = "en" }]
names = [{ text = "Alpha Union", lang = "en", kind = "original" }]

[[organization]]
id = "b"
countries = ["PE"]
acronyms = [{ text = "BBB", lang = "en" }]
names = [{ text = "Beta Union", lang = "en", kind = "original" }]

[[organization]]
id = "c"
countries = ["TR"]
acronyms = [{ text = "CCC", lang = "en" }]
names = [{ text = "Gamma Union", lang = "en", kind = "original" }]

[[statement]]
id = "s"
as-of = "2023-02-07"
[[statement.section]]
kind = "initial"
entries = [{ org = "a" }, { org = "b" }, { org = "c" }]
"#;
    Registry::from_toml_str(toml, "three.toml").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_bundled_catalog_passes_the_checker_and_is_every_folder() {
    let catalog = Catalog::bundled();
    let problems = catalog.check();
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Every folder of locales/ is a bundled locale (found at build time, no list kept by hand).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut folders: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    folders.sort();
    let mut bundled: Vec<String> = catalog.locales().iter().map(ToString::to_string).collect();
    bundled.sort();
    assert_eq!(folders, bundled);
    assert!(bundled.len() >= 24, "{bundled:?}");
    // Every bundled file says what its variables are, or points at the file that does, and the
    // drafts say that they are drafts.
    for locale in &bundled {
        let text = std::fs::read_to_string(format!("{dir}/{locale}/signatories.ftl"))
            .unwrap_or_else(|e| panic!("{locale}: {e}"));
        let header: String = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header.contains("locales/en/signatories.ftl") || locale == "en" || locale == "en-GB",
            "{locale}"
        );
    }
}

#[test]
fn the_checker_rejects_a_missing_plural_category_and_a_misspelled_variable() {
    let mut catalog = Catalog::bundled();
    // Polish needs few (2–4) and many (5–21): a file with one and other only is refused.
    let polish = "summary = Podpisane przez { $organizations ->\n        [1] jedną organizację\n       *[other] { $organizations-text } organizacji\n    }{ $countries ->\n        [0] .\n       *[other] {\" \"}z { $countries-text } krajów: { $list }.\n    }\n";
    let err = catalog
        .add_ftl("pl", "pl-override.ftl", polish)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let kinds: Vec<ProblemKind> = err.problems().iter().map(|p| p.kind).collect();
    // few and many of $organizations; one (1, without an exact [1]), few and many of $countries.
    assert_eq!(kinds, [ProblemKind::PluralCategory; 5]);
    assert!(
        err.to_string().starts_with(
            "pl-override.ftl:1:30: summary: $organizations has no variant for the CLDR plural category of pl: \"few\""
        ),
        "{err}"
    );
    // A misspelled variable and an unknown message, each at its place.
    let err = catalog
        .add_ftl(
            "de",
            "de-override.ftl",
            "heading = Liste ({ $dtae }):\nheadline = Liste\n",
        )
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        err.to_string(),
        "de-override.ftl:1:21: variable not used by the reference locale (en) in heading: \"dtae\"\n\
         de-override.ftl:1:1: heading drops a variable of the reference locale (en): \"date\"\n\
         de-override.ftl:1:1: heading drops a variable of the reference locale (en): \"more\"\n\
         de-override.ftl:2:1: message the reference locale (en) does not have (obsolete or misspelled): \"headline\""
    );
    // A malformed file: a located syntax error, and the catalog unchanged.
    let err = catalog
        .add_ftl("de", "broken.ftl", "heading = { $more ->\n    [yes] Ja\n")
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.problems()[0].kind, ProblemKind::Syntax);
    assert!(err.to_string().starts_with("broken.ftl:"), "{err}");
    assert_eq!(catalog.check(), Vec::new());
    // A hand-written list pattern ("A and B") is flagged.
    let err = catalog
        .add_ftl(
            "en",
            "en-lists.ftl",
            "date-range = { $start } and { $end }\n",
        )
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.problems()[0].kind, ProblemKind::Punctuation, "{err}");
}

#[test]
fn an_override_changes_one_message_and_a_new_language_is_added_from_a_folder() {
    let r = registry();
    let s = r.statement("s").unwrap_or_else(|| panic!("s"));
    let mut catalog = Catalog::bundled();
    catalog
        .add_ftl(
            "de",
            "overrides/de.ftl",
            "heading = { $more ->\n    [yes] Erstunterzeichner ({ $date }, offen):\n   *[no] Erstunterzeichner ({ $date }):\n}\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let de = Renderer::try_new_with("de", &catalog).unwrap_or_else(|e| panic!("{e}"));
    let text = de
        .render(&r, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.starts_with("Erstunterzeichner (7. Februar 2023):\n"),
        "{text}"
    );
    assert!(
        text.contains("  1. AAA Alpha Union, Deutschland\n"),
        "{text}"
    );

    // Swahili, from a folder of <tag>/*.ftl: a user's file, checked, then used.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir(dir.path().join("sw")).unwrap_or_else(|e| panic!("{e}"));
    let swahili = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/messages/sw/signatories.ftl"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("sw/signatories.ftl"), &swahili)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut catalog = Catalog::bundled();
    catalog
        .add_dir(dir.path())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(catalog.check().is_empty(), "{:?}", catalog.check());
    let sw = Renderer::try_new_with("sw", &catalog).unwrap_or_else(|e| panic!("{e}"));
    assert!(sw.warnings().is_empty(), "{:?}", sw.warnings());
    let text = sw
        .render(&r, s, &RenderOptions::default().with_summary(true))
        .unwrap_or_else(|e| panic!("{e}"));
    // `node ../shared/tools/icu-oracle.mjs date sw 2023-02-07` → 7 Februari 2023; `region sw DE`
    // → Ujerumani.
    assert!(
        text.starts_with("Waliotia saini (hadi 7 Februari 2023):\n"),
        "{text}"
    );
    assert!(text.contains("  1. AAA Alpha Union, Ujerumani\n"), "{text}");
    // A folder with a malformed file adds nothing.
    std::fs::write(dir.path().join("sw/broken.ftl"), "heading = {\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut catalog = Catalog::bundled();
    let err = catalog
        .add_dir(dir.path())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(
        err.to_string().contains("broken.ftl:2:1: FTL syntax error"),
        "{err}"
    );
    assert!(!catalog.locales().iter().any(|l| *l == "sw"));
}

#[test]
fn messages_follow_cldr_parent_locales() {
    let messages_of = |tag: &str| {
        Renderer::try_new(tag)
            .unwrap_or_else(|e| panic!("{e}"))
            .messages_locale()
            .to_string()
    };
    // CLDR's parent locales: en-IN → en-001 → en; pt-BR → pt; zh-TW → zh-Hant; likely
    // subtags make zh zh-Hans.
    assert_eq!(messages_of("en-IN"), "en-001");
    assert_eq!(messages_of("en-GB"), "en-GB");
    assert_eq!(messages_of("pt-BR"), "pt");
    assert_eq!(messages_of("zh-TW"), "zh-Hant");
    assert_eq!(messages_of("zh"), "zh-Hans");
    assert_eq!(messages_of("de-CH"), "de");
    assert_eq!(messages_of("ka"), "en");
    // en-GB holds no message of its own: all of them come from en-001.
    let r = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let s = r
        .statement(signatories::seed::STATEMENT_ID)
        .unwrap_or_else(|| panic!("seed"));
    let gb = Renderer::try_new("en-GB").unwrap_or_else(|e| panic!("{e}"));
    let summary = gb
        .summary(&r, s, OutputFormat::Text)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        summary.starts_with("Signed by 31 organisations"),
        "{summary}"
    );
}

/// CLDR for every locale, with or without messages: the edition's date, its country names and
/// its list pattern equal ICU4C's (`node ../shared/tools/icu-oracle.mjs date LOCALE 2023-02-07`,
/// `region LOCALE DE PE TR`, `list LOCALE A B C`), and its direction is CLDR's. Where CLDR 49
/// (ICU4X) and CLDR 48 (ICU4C 78.2) differ, the difference is written beside the value.
#[test]
fn cldr_data_of_every_locale_with_or_without_messages() {
    #[rustfmt::skip]
    let cases: &[(&str, &'static str, [&str; 3], &'static str, Direction)] = &[
        // Without bundled messages: English sentences around them.
        ("ka", "7 თებერვალი, 2023", ["გერმანია", "პერუ", "თურქეთი"], "A, B და C", Direction::Ltr),
        ("hy", "07 փետրվարի, 2023 թ.", ["Գերմանիա", "Պերու", "Թուրքիա"], "A, B և C", Direction::Ltr),
        ("am", "7 ፌብሩዋሪ 2023", ["ጀርመን", "ፔሩ", "ቱርክ"], "A፣ B እና C", Direction::Ltr),
        ("km", "7 កុម្ភៈ 2023", ["អាល្លឺម៉ង់", "ប៉េរូ", "តួកគី"], "A, B និង C", Direction::Ltr),
        ("lo", "7 ກຸມພາ 2023", ["ເຢຍລະມັນ", "ເປຣູ", "ເທີຄີ"], "A, B, C", Direction::Ltr),
        ("he", "7 בפברואר 2023", ["גרמניה", "פרו", "טורקיה"], "A, B ו-C", Direction::Rtl),
        // Bundled (the ten editions of the seed are checked in tests/render.rs).
        ("it", "7 febbraio 2023", ["Germania", "Perù", "Turchia"], "A, B e C", Direction::Ltr),
        ("nl", "7 februari 2023", ["Duitsland", "Peru", "Turkije"], "A, B en C", Direction::Ltr),
        ("pl", "7 lutego 2023", ["Niemcy", "Peru", "Turcja"], "A, B i C", Direction::Ltr),
        ("uk", "7 лютого 2023 р.", ["Німеччина", "Перу", "Туреччина"], "A, B і C", Direction::Ltr),
        ("bg", "7 февруари 2023 г.", ["Германия", "Перу", "Турция"], "A, B и C", Direction::Ltr),
        ("el", "7 Φεβρουαρίου 2023", ["Γερμανία", "Περού", "Τουρκία"], "A, B και C", Direction::Ltr),
        ("hi", "7 फ़रवरी 2023", ["जर्मनी", "पेरू", "तुर्किये"], "A, B, और C", Direction::Ltr),
        ("bn", "৭ ফেব্রুয়ারি, ২০২৩", ["জার্মানি", "পেরু", "তুরস্ক"], "A, B এবং C", Direction::Ltr),
        ("ur", "7 فروری، 2023", ["جرمنی", "پیرو", "ترکیہ"], "A، B، اور C", Direction::Rtl),
        ("zh-Hans", "2023年2月7日", ["德国", "秘鲁", "土耳其"], "A、B和C", Direction::Ltr),
        ("zh-Hant", "2023年2月7日", ["德國", "秘魯", "土耳其"], "A、B和C", Direction::Ltr),
        ("ja", "2023年2月7日", ["ドイツ", "ペルー", "トルコ"], "A、B、C", Direction::Ltr),
        ("ko", "2023년 2월 7일", ["독일", "페루", "튀르키예"], "A, B 및 C", Direction::Ltr),
        ("id", "7 Februari 2023", ["Jerman", "Peru", "Turki"], "A, B, dan C", Direction::Ltr),
    ];
    // Where ICU4X's data (CLDR 49) differs from ICU4C 78.2's (CLDR 48): (locale, what, the
    // ICU4X value). Each was compared by eye: the same words, newer CLDR conventions.
    let newer: &[(&str, &str, &str)] = &[
        // Armenian long dates year first.
        ("hy", "date", "2023 թ․ փետրվարի 07"),
        // Amharic long dates month first.
        ("am", "date", "ፌብሩዋሪ 7 2023"),
        // A narrow no-break space (U+202F) before the year abbreviation, as in Russian.
        ("uk", "date", "7 лютого 2023\u{202f}р."),
        ("bg", "date", "7 февруари 2023\u{202f}г."),
        // A comma after the day; no comma before "और".
        ("hi", "date", "7 फ़रवरी, 2023"),
        ("hi", "list", "A, B और C"),
        // A non-breaking hyphen (U+2011) after the conjunction ו.
        ("he", "list", "A, B ו\u{2011}C"),
    ];
    let expected = |locale: &str, what: &str, icu4c: &'static str| -> &'static str {
        newer
            .iter()
            .find(|(l, w, _)| *l == locale && *w == what)
            .map_or(icu4c, |(_, _, v)| v)
    };
    let r = registry();
    let s = r.statement("s").unwrap_or_else(|| panic!("s"));
    for &(locale, date, countries, list, direction) in cases {
        let date = expected(locale, "date", date);
        let list = expected(locale, "list", list);
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        let bundled = Renderer::available_locales().iter().any(|l| *l == locale);
        assert_eq!(
            renderer.warnings().is_empty(),
            bundled,
            "{locale}: {:?}",
            renderer.warnings()
        );
        assert_eq!(renderer.direction(), direction, "{locale}");
        assert_eq!(renderer.format_list(&["A", "B", "C"]), list, "{locale}");
        let text = renderer
            .render(&r, s, &RenderOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(text.contains(date), "{locale}: no {date:?} in\n{text}");
        for c in countries {
            assert!(text.contains(c), "{locale}: no {c:?} in\n{text}");
        }
    }
}
