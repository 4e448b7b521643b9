//! Rendering: the seed's published list reproduced exactly, CLDR data checked against ICU4C,
//! message completeness, bidi isolation, HTML that parses.

use fluent_syntax::ast;
use signatories::render::{Gloss, Numbering, OutputFormat, RenderOptions, Renderer, Style};
use signatories::{Registry, Statement, seed};

const SEED_TEXT: &str = include_str!("fixtures/icor-2023-02-07-peru-solidarity.txt");

fn registry() -> Registry {
    seed::registry().unwrap_or_else(|e| panic!("{e}"))
}

fn statement(r: &Registry) -> &Statement {
    r.statement(seed::STATEMENT_ID)
        .unwrap_or_else(|| panic!("no seed statement"))
}

fn render(locale: &str, options: RenderOptions) -> String {
    let r = registry();
    let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
    renderer
        .render(&r, statement(&r), &options)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_string()
}

/// The editions the bundled registry has a name in every organization's language for (the
/// seed's ten, and International English).
const SEED_EDITIONS: [&str; 11] = [
    "en", "en-001", "en-GB", "de", "fr", "es", "pt", "ru", "tr", "ar", "fa",
];

fn non_blank(s: &str) -> Vec<&str> {
    s.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn en_gb_text_reproduces_the_published_list_line_for_line() {
    let start = SEED_TEXT
        .find("Signatories (as of")
        .unwrap_or_else(|| panic!("no heading in the seed"));
    let end = SEED_TEXT
        .find("Document Actions")
        .unwrap_or(SEED_TEXT.len());
    let published = non_blank(&SEED_TEXT[start..end]);
    assert_eq!(published.len(), 1 + 28 + 1 + 3);
    let rendered = render("en-GB", RenderOptions::default());
    assert_eq!(non_blank(&rendered), published);
}

/// `node ../shared/tools/icu-oracle.mjs date LOCALE 2023-02-07 long` (ICU 78.2, CLDR 48). For
/// Persian, whose default calendar is Solar Hijri, the Gregorian date follows in parentheses:
/// `date fa 2023-02-07` → `۱۸ بهمن ۱۴۰۱`, `date fa-u-ca-gregory 2023-02-07` → `۷ فوریهٔ ۲۰۲۳`.
const DATES: &[(&str, &str)] = &[
    ("en", "February 7, 2023"),
    ("en-GB", "7 February 2023"),
    ("de", "7. Februar 2023"),
    ("fr", "7 février 2023"),
    ("es", "7 de febrero de 2023"),
    ("pt", "7 de fevereiro de 2023"),
    ("ru", "7 февраля 2023 г."),
    ("tr", "7 Şubat 2023"),
    ("ar", "7 فبراير 2023"),
    ("fa", "۱۸ بهمن ۱۴۰۱ (۷ فوریهٔ ۲۰۲۳)"),
    ("de-AT", "7. Februar 2023"),
];

/// Where ICU4X's CLDR 49 differs from Node's CLDR 48: (locale, CLDR 49 form, why).
const CLDR_49_DATES: &[(&str, &str, &str)] = &[
    (
        "ru",
        "7 февраля 2023\u{202f}г.",
        "CLDR 49 puts a narrow no-break space (U+202F) before \"г.\"; CLDR 48 a plain space",
    ),
    (
        "fa",
        "۱۸ بهمن ۱۴۰۱ (۷ فوریه ۲۰۲۳)",
        "ICU4X's data spells February فوریه; ICU4C 78.2 has فوریهٔ (with U+0654 HAMZA ABOVE)",
    ),
];

#[test]
fn dates_match_icu4c_in_every_edition() {
    for (locale, cldr48) in DATES {
        let expected = CLDR_49_DATES
            .iter()
            .find(|(l, _, _)| l == locale)
            .map_or(*cldr48, |(_, cldr49, _)| *cldr49);
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        let d = "2023-02-07".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            renderer.format_date(d).unwrap_or_else(|e| panic!("{e}")),
            expected,
            "{locale}"
        );
        // And the heading carries it.
        let text = render(locale, RenderOptions::default());
        assert!(
            text.lines().next().is_some_and(|l| l.contains(expected)),
            "{locale}: {text}"
        );
    }
}

#[test]
fn month_only_dates() {
    // Hand-checked: "as of November 2016" is the form published English editions use; the
    // German form is CLDR's "MMMM y" pattern.
    let d = "2016-11".parse().unwrap_or_else(|e| panic!("{e}"));
    let en = Renderer::try_new("en").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(en.format_date(d).ok().as_deref(), Some("November 2016"));
    let de = Renderer::try_new("de").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(de.format_date(d).ok().as_deref(), Some("November 2016"));
}

/// Months in every edition: `new Intl.DateTimeFormat(LOCALE, { year: "numeric", month: "long",
/// timeZone: "UTC" }).format(new Date("2016-11-01"))` in Node (ICU 78.2, CLDR 48).
#[test]
fn months_match_icu4c_in_every_edition() {
    let expected = [
        ("en", "November 2016"),
        ("en-GB", "November 2016"),
        ("de", "November 2016"),
        ("fr", "novembre 2016"),
        ("es", "noviembre de 2016"),
        ("pt", "novembro de 2016"),
        // CLDR 49 (ICU4X) puts a narrow no-break space before "г."; CLDR 48 a plain space.
        ("ru", "ноябрь 2016\u{202f}г."),
        ("tr", "Kasım 2016"),
        ("ar", "نوفمبر 2016"),
    ];
    let d = "2016-11".parse().unwrap_or_else(|e| panic!("{e}"));
    for (locale, month) in expected {
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            renderer.format_date(d).ok().as_deref(),
            Some(month),
            "{locale}"
        );
    }
}

/// The same calendar for every precision: a Persian edition shows a month as the Solar Hijri
/// months it spans, with the Gregorian month beside it. November 2016 runs from 11 Aban to 10
/// Azar 1395 (`node ../shared/tools/icu-oracle.mjs date fa 2016-11-01` → `۱۱ آبان ۱۳۹۵`,
/// `… 2016-11-30` → `۱۰ آذر ۱۳۹۵`); its Persian name is نوامبر (`date fa-u-ca-gregory
/// 2016-11-01` → `۱ نوامبر ۲۰۱۶`). ICU4C writes a Persian month year first: `new
/// Intl.DateTimeFormat("fa", { year: "numeric", month: "long" })` gives `۱۳۹۵ آبان` and `۱۳۹۵
/// آذر` for those days, `نوامبر ۲۰۱۶` with `-u-ca-gregory`. "تا" ("to") joins the two months,
/// as CLDR's Persian interval fallback pattern `{0} تا {1}` does.
#[test]
fn persian_dates_in_both_calendars_at_every_precision() {
    let fa = Renderer::try_new("fa").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(fa.calendar(), "persian");
    let month = "2016-11".parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        fa.format_date(month).ok().as_deref(),
        Some("۱۳۹۵ آبان تا ۱۳۹۵ آذر (نوامبر ۲۰۱۶)")
    );
    // A calendar named in the locale: English with the Persian calendar
    // (`date en-u-ca-persian 2023-02-07` → `Bahman 18, 1401 AP`), the Gregorian date beside.
    let en = Renderer::try_new("en-u-ca-persian").unwrap_or_else(|e| panic!("{e}"));
    let day = "2023-02-07".parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        en.format_date(day).ok().as_deref(),
        Some("Bahman 18, 1401 AP (February 7, 2023)")
    );
    // And a Gregorian locale shows one date.
    assert_eq!(
        Renderer::try_new("ar").map(|r| r.calendar()).ok(),
        Some("gregorian")
    );
}

/// `node ../shared/tools/icu-oracle.mjs region LOCALE TN LK FR NL UA CY PE DO CI DE BA`
/// (ICU 78.2, CLDR 48).
const REGIONS: &[(&str, [&str; 11])] = &[
    (
        "en",
        [
            "Tunisia",
            "Sri Lanka",
            "France",
            "Netherlands",
            "Ukraine",
            "Cyprus",
            "Peru",
            "Dominican Republic",
            "Côte d’Ivoire",
            "Germany",
            "Bosnia & Herzegovina",
        ],
    ),
    (
        "de",
        [
            "Tunesien",
            "Sri Lanka",
            "Frankreich",
            "Niederlande",
            "Ukraine",
            "Zypern",
            "Peru",
            "Dominikanische Republik",
            "Côte d’Ivoire",
            "Deutschland",
            "Bosnien und Herzegowina",
        ],
    ),
    (
        "fr",
        [
            "Tunisie",
            "Sri Lanka",
            "France",
            "Pays-Bas",
            "Ukraine",
            "Chypre",
            "Pérou",
            "République dominicaine",
            "Côte d’Ivoire",
            "Allemagne",
            "Bosnie-Herzégovine",
        ],
    ),
    (
        "es",
        [
            "Túnez",
            "Sri Lanka",
            "Francia",
            "Países Bajos",
            "Ucrania",
            "Chipre",
            "Perú",
            "República Dominicana",
            "Côte d’Ivoire",
            "Alemania",
            "Bosnia y Herzegovina",
        ],
    ),
    (
        "pt",
        [
            "Tunísia",
            "Sri Lanka",
            "França",
            "Países Baixos",
            "Ucrânia",
            "Chipre",
            "Peru",
            "República Dominicana",
            "Costa do Marfim",
            "Alemanha",
            "Bósnia e Herzegovina",
        ],
    ),
    (
        "ru",
        [
            "Тунис",
            "Шри-Ланка",
            "Франция",
            "Нидерланды",
            "Украина",
            "Кипр",
            "Перу",
            "Доминиканская Республика",
            "Кот-д’Ивуар",
            "Германия",
            "Босния и Герцеговина",
        ],
    ),
    (
        "tr",
        [
            "Tunus",
            "Sri Lanka",
            "Fransa",
            "Hollanda",
            "Ukrayna",
            "Kıbrıs",
            "Peru",
            "Dominik Cumhuriyeti",
            "Côte d’Ivoire",
            "Almanya",
            "Bosna-Hersek",
        ],
    ),
    (
        "ar",
        [
            "تونس",
            "سريلانكا",
            "فرنسا",
            "هولندا",
            "أوكرانيا",
            "قبرص",
            "بيرو",
            "جمهورية الدومينيكان",
            "ساحل العاج",
            "ألمانيا",
            "البوسنة والهرسك",
        ],
    ),
    (
        "fa",
        [
            "تونس",
            "سری‌لانکا",
            "فرانسه",
            "هلند",
            "اوکراین",
            "قبرس",
            "پرو",
            "جمهوری دومینیکن",
            "ساحل عاج",
            "آلمان",
            "بوسنی و هرزگوین",
        ],
    ),
];
const CODES: [&str; 11] = [
    "TN", "LK", "FR", "NL", "UA", "CY", "PE", "DO", "CI", "DE", "BA",
];

#[test]
fn country_names_match_icu4c_in_every_edition() {
    for (locale, names) in REGIONS {
        let loc: signatories::Language = locale.parse().unwrap_or_else(|e| panic!("{e}"));
        for (code, expected) in CODES.iter().zip(names) {
            assert_eq!(
                signatories::locale::region_name(&loc, code).as_deref(),
                Some(*expected),
                "{locale} {code}"
            );
        }
        // The seed prints ", Country" for eight organizations; each edition prints CLDR's name.
        let text = render(locale, RenderOptions::default());
        for (code, expected) in CODES.iter().zip(names).take(8) {
            assert!(
                text.contains(expected),
                "{locale}: no {code} {expected:?} in\n{text}"
            );
        }
    }
}

/// `node ../shared/tools/icu-oracle.mjs list LOCALE conjunction ITEM…` (ICU 78.2, CLDR 48).
const LISTS: &[(&str, [&str; 3], &str)] = &[
    (
        "es",
        ["España", "Suiza", "Italia"],
        "España, Suiza e Italia",
    ),
    (
        "en",
        ["Togo", "Tunisia", "Uruguay"],
        "Togo, Tunisia, and Uruguay",
    ),
    (
        "en-GB",
        ["Togo", "Tunisia", "Uruguay"],
        "Togo, Tunisia and Uruguay",
    ),
    (
        "de",
        ["Togo", "Tunesien", "Uruguay"],
        "Togo, Tunesien und Uruguay",
    ),
    (
        "fr",
        ["Togo", "Tunisie", "Uruguay"],
        "Togo, Tunisie et Uruguay",
    ),
    (
        "pt",
        ["Togo", "Tunísia", "Uruguai"],
        "Togo, Tunísia e Uruguai",
    ),
    ("ru", ["Того", "Тунис", "Уругвай"], "Того, Тунис и Уругвай"),
    ("tr", ["Togo", "Tunus", "Uruguay"], "Togo, Tunus ve Uruguay"),
    ("ar", ["توغو", "تونس", "أورغواي"], "توغو وتونس وأورغواي"),
    (
        "fa",
        ["توگو", "تونس", "اروگوئه"],
        "توگو،\u{200f} تونس، و اروگوئه",
    ),
];

#[test]
fn list_patterns_match_icu4c() {
    for (locale, items, expected) in LISTS {
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(renderer.format_list(items), *expected, "{locale}");
    }
}

/// `for n in 0 1 2 3 5 11 21 22 25 100 101 1000000; do node ../shared/tools/icu-oracle.mjs
/// plural LOCALE $n; done` (ICU 78.2, CLDR 48).
const PLURALS: &[(&str, [&str; 12])] = &[
    (
        "en",
        [
            "other", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "other",
        ],
    ),
    (
        "fr",
        [
            "one", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "many",
        ],
    ),
    (
        "ru",
        [
            "many", "one", "few", "few", "many", "many", "one", "few", "many", "many", "one",
            "many",
        ],
    ),
    (
        "ar",
        [
            "zero", "one", "two", "few", "few", "many", "many", "many", "many", "other", "other",
            "other",
        ],
    ),
    (
        "tr",
        [
            "other", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "other",
        ],
    ),
    (
        "fa",
        [
            "one", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "other",
        ],
    ),
    (
        "pt",
        [
            "one", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "many",
        ],
    ),
    (
        "de",
        [
            "other", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "other",
        ],
    ),
    (
        "es",
        [
            "other", "one", "other", "other", "other", "other", "other", "other", "other", "other",
            "other", "many",
        ],
    ),
];
const NUMBERS: [u64; 12] = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1_000_000];

/// The renderer chooses plural variants by ICU4X's CLDR rules, which agree with ICU4C's
/// (including French, Spanish and Portuguese "many" for a million, which Fluent's own rules,
/// from CLDR 37, never select).
#[test]
fn plural_categories_match_icu4c() {
    for (locale, categories) in PLURALS {
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        for (n, expected) in NUMBERS.iter().zip(categories) {
            let n = usize::try_from(*n).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(renderer.plural_category(n), *expected, "{locale} {n}");
        }
    }
}

/// Every plural selector of every bundled locale gives each count a variant written for it:
/// an exact variant (`[1]`), else the variant of the count's CLDR category (ICU4X), else the
/// default only when the category is `other`. Checked for every count up to 1,100 and for
/// millions (French, Spanish and Portuguese "many").
#[test]
fn plural_selectors_cover_every_cldr_category() {
    fn selects<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<(String, Vec<ast::Variant<&'s str>>)>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn expr<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<(String, Vec<ast::Variant<&'s str>>)>) {
        if let ast::Expression::Select { selector, variants } = e {
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.push((id.name.to_owned(), variants.clone()));
            }
            for v in variants {
                selects(&v.value, out);
            }
        }
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut checked = 0;
    for locale in Renderer::available_locales() {
        let path = format!("{dir}/{locale}/signatories.ftl");
        let ftl = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let res =
            fluent_syntax::parser::parse(ftl.as_str()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        for entry in &res.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut found = Vec::new();
            if let Some(v) = &m.value {
                selects(v, &mut found);
            }
            for (var, variants) in found {
                if var != "organizations" && var != "countries" {
                    continue;
                }
                checked += 1;
                let numbers = (0..=1100).chain([1_000_000, 2_000_000, 3_000_000]);
                for n in numbers {
                    let category = renderer.plural_category(n);
                    let exact = variants.iter().any(|v| {
                        matches!(&v.key, ast::VariantKey::NumberLiteral { value } if value.parse::<usize>().ok() == Some(n))
                    });
                    let named = variants.iter().any(|v| {
                        matches!(&v.key, ast::VariantKey::Identifier { name } if *name == category)
                    });
                    assert!(
                        exact || named || category == "other",
                        "{locale}: {}: ${var} = {n} is CLDR {category:?}, which no variant names",
                        m.id.name
                    );
                }
            }
        }
    }
    assert!(checked >= 20, "{checked} selectors checked");
}

/// A registry of `n` organizations in `n` countries, with one statement signed by all.
fn synthetic(n: usize) -> Registry {
    let countries = [
        "DE", "FR", "ES", "PT", "RU", "TR", "EG", "IR", "NL", "BE", "AT", "CH", "PL", "CZ", "SE",
        "NO", "DK", "FI", "GR", "CY", "BG", "RO", "HU", "IT", "IE",
    ];
    let mut toml = String::new();
    for i in 0..n {
        toml.push_str(&format!(
            "[[organization]]\nid = \"o{i}\"\ncountries = [\"{}\"]\nacronyms = [{{ text = \"O{i}\", lang = \"en\" }}]\nnames = [{{ text = \"Organization {i}\", lang = \"en\", kind = \"original\" }}]\n\n",
            countries[i % countries.len()]
        ));
    }
    toml.push_str("[[statement]]\nid = \"s\"\nmore-possible = false\n[[statement.section]]\nkind = \"initial\"\nentries = [");
    for i in 0..n {
        toml.push_str(&format!("{{ org = \"o{i}\" }},"));
    }
    toml.push_str("]\n");
    Registry::from_toml_str(&toml, "synthetic.toml").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn summaries_are_plural_correct() {
    // Hand-checked against each language's grammar; the category of each count is CLDR's
    // (the table above).
    let cases: &[(&str, usize, &str)] = &[
        (
            "en",
            1,
            "Signed by one organization from one country or area: Germany.",
        ),
        (
            "en-GB",
            2,
            "Signed by 2 organisations from 2 countries and areas: France and Germany.",
        ),
        // Exactly one is spelled as a word, in the case the sentence governs (instrumental
        // "одной организацией", genitive "из одной страны"), as Russian prose writes it.
        (
            "ru",
            1,
            "Подписано одной организацией из одной страны или территории: Германия.",
        ),
        (
            "ru",
            2,
            "Подписано 2 организациями из 2 стран и территорий: Германия и Франция.",
        ),
        (
            "ru",
            21,
            "Подписано 21 организацией из 21 страны или территории",
        ),
        (
            "ru",
            25,
            "Подписано 25 организациями из 25 стран и территорий",
        ),
        (
            "de",
            3,
            "Unterzeichnet von 3 Organisationen aus 3 Ländern und Gebieten: Deutschland, Frankreich und Spanien.",
        ),
        (
            "tr",
            2,
            "2 ülke ve bölgeden 2 örgüt tarafından imzalandı: Almanya ve Fransa.",
        ),
        ("ar", 2, "وقّعت عليه منظمتان من بلدين أو إقليمين"),
        // CLDR's default digits for "ar" are Latin (ICU4C agrees: Intl.NumberFormat("ar")
        // formats 11 as "11"); Persian uses its own digits.
        ("ar", 11, "وقّعت عليه 11 منظمة من 11 بلدًا وإقليمًا"),
        // Persian: the subject first and the verb last, plural after a plural subject
        // ("کرده‌اند"), singular after one ("کرده است").
        ("fa", 3, "۳ سازمان از ۳ کشور و منطقه امضا کرده‌اند: "),
        // Greek: active voice, the verb agreeing with the organizations.
        (
            "el",
            1,
            "Υπέγραψε μία οργάνωση από μία χώρα ή περιοχή: Γερμανία.",
        ),
        (
            "el",
            2,
            "Υπέγραψαν 2 οργανώσεις από 2 χώρες και περιοχές: Γαλλία και Γερμανία.",
        ),
        // One country or area is "country or area", not "countries and areas".
        (
            "id",
            1,
            "Ditandatangani oleh 1 organisasi dari satu negara atau wilayah: Jerman.",
        ),
        ("zh-Hans", 1, "共有来自1个国家或地区的1个组织签署：德国。"),
        ("zh-Hant", 1, "共有來自1個國家或地區的1個組織簽署：德國。"),
        ("ko", 1, "1개 국가 또는 지역의 1개 단체가 서명: 독일."),
        // CLDR's Portuguese "one" covers 0 and 1; one organization is spelled "uma".
        (
            "pt",
            1,
            "Assinado por uma organização de um país ou território: Alemanha.",
        ),
        // 21 is in Russian's "one" category (CLDR: 1, 21, 31…): singular noun after the digits.
        (
            "ru",
            31,
            "Подписано 31 организацией из 25 стран и территорий",
        ),
    ];
    for (locale, n, expected) in cases {
        let r = synthetic(*n);
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        let s = r.statement("s").unwrap_or_else(|| panic!("s"));
        let summary = renderer
            .summary(&r, s, OutputFormat::Json)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(summary.starts_with(expected), "{locale} {n}: {summary}");
    }
    // Organizations without countries: the summary drops the clause about countries (no
    // "from 0 countries: ."), in every edition.
    let r = Registry::from_toml_str(
        "[[organization]]\nid = \"o\"\nnames = [{ text = \"Organization\", lang = \"en\", kind = \"original\" }]\n\n[[statement]]\nid = \"s\"\n[[statement.section]]\nkind = \"initial\"\nentries = [{ org = \"o\" }]\n",
        "no-country.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let s = r.statement("s").unwrap_or_else(|| panic!("s"));
    let expected = [
        ("en", "Signed by one organization."),
        ("de", "Unterzeichnet von einer Organisation."),
        ("pt", "Assinado por uma organização."),
        ("ru", "Подписано одной организацией."),
        ("tr", "Bir örgüt tarafından imzalandı."),
        ("ar", "وقّعت عليه منظمة واحدة."),
        ("fa", "یک سازمان امضا کرده است."),
    ];
    for (locale, sentence) in expected {
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        let summary = renderer
            .summary(&r, s, OutputFormat::Text)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(summary, sentence, "{locale}");
    }
    for locale in Renderer::available_locales() {
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        let summary = renderer
            .summary(&r, s, OutputFormat::Text)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !summary.contains(": .") && !summary.contains(":."),
            "{locale}: {summary}"
        );
    }
}

#[test]
fn every_edition_renders_the_same_31_entries() {
    let r = registry();
    let s = statement(&r);
    for locale in Renderer::available_locales() {
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        assert!(renderer.warnings().is_empty(), "{locale}");
        let places = renderer.place_names(&r, s);
        let entries = renderer
            .resolve(&r, s, &places)
            .unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<&str> = entries.iter().map(|(_, e)| e.org).collect();
        let expected: Vec<&str> = s.entries().map(|e| e.org.as_str()).collect();
        assert_eq!(ids, expected, "{locale}");
        let text = renderer
            .render(&r, s, &RenderOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(non_blank(&text).len(), 1 + 28 + 1 + 3, "{locale}");
    }
}

#[test]
fn entries_follow_the_edition() {
    let de = render("de", RenderOptions::default());
    // The original is German: no translation.
    assert!(
        de.contains("  14. MLPD Marxistisch-Leninistische Partei Deutschlands\n"),
        "{de}"
    );
    // A Bulgarian name glossed in German, never in English (the gloss policy).
    assert!(de.contains("БКП Българска Комунистическа Партия (Bulgarische Kommunistische Partei)"));
    // The typo of the English edition is not carried into the German one.
    assert!(de.contains("PCT Parti Communiste du Togo (Kommunistische Partei Togos)"));

    // Areas take the registry's names; countries CLDR's.
    let fr = render("fr", RenderOptions::default().with_style(Style::Short));
    assert!(fr.contains("  22. MLKP, Turquie / Kurdistan\n"), "{fr}");
    let ru = render("ru", RenderOptions::default());
    // The original is Russian: neither transliteration nor translation.
    assert!(
        ru.contains("  19. RMP Российская маоистская партия\n"),
        "{ru}"
    );
    // Another Cyrillic name, not Russian: glossed in Russian, not transliterated.
    assert!(
        ru.contains(
            "  13. БКП Българска Комунистическа Партия (Болгарская коммунистическая партия)\n"
        ),
        "{ru}"
    );
    // KSRD, printed in the English edition by its transliteration, by its Cyrillic name here.
    assert!(
        ru.contains("  23. KSRD Координационный совет рабочего движения, Украина\n"),
        "{ru}"
    );
    // Name first leads with the name in the edition's language.
    let es = render("es", RenderOptions::default().with_style(Style::NameFirst));
    assert!(
        es.contains("  24. Unión de Chipriotas (UoC), Chipre\n"),
        "{es}"
    );
    // No edition glosses in a language other than its own; the ten editions of the seed have a
    // name in their language for every organization of the bundled registry (the other bundled
    // locales report the names to translate).
    let r = registry();
    for locale in Renderer::available_locales() {
        let seed_edition = SEED_EDITIONS.contains(&locale.to_string().as_str());
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        let out = renderer
            .render(
                &r,
                statement(&r),
                &RenderOptions::default().with_format(OutputFormat::Json),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            out.untranslated().is_empty(),
            seed_edition,
            "{locale}: {:?}",
            out.untranslated()
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
        let mut glosses = 0;
        for section in v["sections"].as_array().into_iter().flatten() {
            for e in section["entries"].as_array().into_iter().flatten() {
                if let Some(lang) = e["translation"]["lang"].as_str() {
                    glosses += 1;
                    let lang: signatories::Language =
                        lang.parse().unwrap_or_else(|e| panic!("{e}"));
                    assert_eq!(
                        lang.primary_language(),
                        locale.language().primary_language(),
                        "{locale}: {e}"
                    );
                }
            }
        }
        assert!(
            !seed_edition || glosses >= 10,
            "{locale}: {glosses} glosses"
        );
    }
}

/// The gloss policy: without a name in the edition's language, an entry prints no gloss by
/// default and is reported; `Gloss::Fallback` names the languages to gloss in instead. An
/// organization without an acronym prints its name once.
#[test]
fn gloss_policy_and_entries_without_acronyms() {
    let toml = r#"
[[organization]]
id = "wp"
countries = ["TN"]
names = [
  { text = "حزب العمال", lang = "ar", kind = "original" },
  { text = "Workers' Party", lang = "en", kind = "translation" },
]

[[organization]]
id = "kke"
countries = ["GR"]
name-shows-country = true
acronyms = [{ text = "ΚΚΕ", lang = "el" }]
names = [
  { text = "Κομμουνιστικό Κόμμα Ελλάδας", lang = "el", kind = "original" },
  { text = "Communist Party of Greece", lang = "en", kind = "translation" },
  { text = "Kommunistische Partei Griechenlands", lang = "de", kind = "translation" },
]

[[statement]]
id = "s"
[[statement.section]]
kind = "initial"
entries = [{ org = "wp" }, { org = "kke" }]
"#;
    let r = Registry::from_toml_str(toml, "gloss.toml").unwrap_or_else(|e| panic!("{e}"));
    let s = r.statement("s").unwrap_or_else(|| panic!("s"));
    let de = Renderer::try_new("de").unwrap_or_else(|e| panic!("{e}"));
    let out = de
        .render(&r, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    // No German name for the Workers' Party: no gloss, the name once, reported.
    assert!(
        out.contains("  1. \u{2068}حزب العمال\u{2069}, Tunesien\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "  2. ΚΚΕ Κομμουνιστικό Κόμμα Ελλάδας (Kommunistische Partei Griechenlands)\n"
        ),
        "{out}"
    );
    assert_eq!(out.untranslated(), ["wp"]);
    assert!(
        out.warnings().iter().any(|w| matches!(
            w,
            signatories::render::Warning::UntranslatedOrganizations { ids, .. } if ids == &["wp"]
        ) && w.to_string().contains("wp")),
        "{:?}",
        out.warnings()
    );
    // With English as the fallback gloss language.
    let en_gloss = Renderer::try_new("de")
        .unwrap_or_else(|e| panic!("{e}"))
        .with_gloss(Gloss::Fallback(vec!["en".parse().unwrap_or_default()]));
    let out = en_gloss
        .render(&r, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.contains("  1. \u{2068}حزب العمال\u{2069} (Workers' Party), Tunesien\n"),
        "{out}"
    );
    // Short and name-first styles without an acronym: the name alone.
    let short = de
        .render(&r, s, &RenderOptions::default().with_style(Style::Short))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        short.contains("  1. \u{2068}حزب العمال\u{2069}, Tunesien\n"),
        "{short}"
    );
    let first = de
        .render(
            &r,
            s,
            &RenderOptions::default().with_style(Style::NameFirst),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        first.contains("  1. \u{2068}حزب العمال\u{2069}, Tunesien\n"),
        "{first}"
    );
    assert!(
        first.contains("  2. Kommunistische Partei Griechenlands (ΚΚΕ)\n"),
        "{first}"
    );
    // The JSON edition lists the names to translate.
    let json = de
        .render(
            &r,
            s,
            &RenderOptions::default().with_format(OutputFormat::Json),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["untranslated"], serde_json::json!(["wp"]));
}

#[test]
fn unknown_locales_fall_back_to_english_with_a_warning() {
    // Georgian has no messages: its sentences are English, its CLDR data Georgian.
    let renderer = Renderer::try_new("ka").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(renderer.edition().to_string(), "ka");
    assert_eq!(renderer.messages_locale().to_string(), "en");
    assert_eq!(renderer.warnings().len(), 1);
    assert!(matches!(
        renderer.warnings()[0],
        signatories::render::Warning::MessagesFallback { .. }
    ));
    assert!(
        renderer.warnings()[0]
            .to_string()
            .contains("no messages for ka")
    );
    // A regional variant of an available language keeps its own CLDR data.
    let at = Renderer::try_new("de-AT").unwrap_or_else(|e| panic!("{e}"));
    assert!(at.warnings().is_empty());
    assert_eq!(at.messages_locale().to_string(), "de");
    assert_eq!(at.edition().to_string(), "de-AT");
    assert!(Renderer::try_new("not a tag").is_err());
    assert!(Renderer::available_locales().len() >= 10);
}

/// A registry with an Arabic name, for bidi tests.
fn bidi_registry() -> Registry {
    let toml = r#"
[[organization]]
id = "hizb"
countries = ["LB"]
acronyms = [{ text = "ح.ش.ل", lang = "ar" }]
names = [
  { text = "الحزب الشيوعي اللبناني", lang = "ar", kind = "original" },
  { text = "Lebanese Communist Party", lang = "en", kind = "translation" },
]

[[organization]]
id = "mlpd"
countries = ["DE"]
name-shows-country = true
acronyms = [{ text = "MLPD", lang = "de" }]
names = [{ text = "Marxistisch-Leninistische Partei Deutschlands", lang = "de", kind = "original" }]

[[statement]]
id = "s"
as-of = "2016-11"
more-possible = false
[[statement.section]]
kind = "initial"
entries = [{ org = "hizb" }, { org = "mlpd" }]
"#;
    Registry::from_toml_str(toml, "bidi.toml").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn names_of_the_other_direction_are_isolated_in_text_and_marked_up_in_html() {
    let r = bidi_registry();
    let s = r.statement("s").unwrap_or_else(|| panic!("s"));
    let en = Renderer::try_new("en").unwrap_or_else(|e| panic!("{e}"));
    let text = en
        .render(&r, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.starts_with("Signatories (as of November 2016):\n"),
        "{text}"
    );
    assert!(
        text.contains("  1. \u{2068}ح.ش.ل\u{2069} \u{2068}الحزب الشيوعي اللبناني\u{2069} (Lebanese Communist Party), Lebanon\n"),
        "{text:?}"
    );
    let html = en
        .render(
            &r,
            s,
            &RenderOptions::default().with_format(OutputFormat::Html),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        html.contains("<bdi lang=\"ar\">الحزب الشيوعي اللبناني</bdi>"),
        "{html}"
    );
    assert!(!html.contains('\u{2068}') && !html.contains('\u{2069}'));

    let ar = Renderer::try_new("ar").unwrap_or_else(|e| panic!("{e}"));
    let text = ar
        .render(&r, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains(
            "\u{2068}MLPD\u{2069} \u{2068}Marxistisch-Leninistische Partei Deutschlands\u{2069}"
        ),
        "{text:?}"
    );
    // The Arabic name in the Arabic edition needs no isolation.
    assert!(text.contains(" ح.ش.ل الحزب الشيوعي اللبناني"), "{text:?}");
    let html = ar
        .render(
            &r,
            s,
            &RenderOptions::default().with_format(OutputFormat::Html),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        html.contains("<div class=\"signatories\" lang=\"ar\" dir=\"rtl\">"),
        "{html}"
    );
    assert!(html.contains("<bdi lang=\"de\">MLPD</bdi>"), "{html}");
    assert!(!html.contains('\u{2068}') && !html.contains('\u{2069}'));
}

/// Tokenizes HTML with a WHATWG tokenizer: no parse error, balanced elements, every `lang` a
/// valid BCP 47 tag. Returns the text content.
fn check_html(html: &str) -> String {
    use html5gum::{Token, Tokenizer};
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut text = String::new();
    for token in Tokenizer::new(html) {
        let Ok(token) = token;
        match token {
            Token::StartTag(t) => {
                for (k, v) in &t.attributes {
                    if &k[..] == b"lang" {
                        let tag = String::from_utf8_lossy(&v.value);
                        assert!(tag.parse::<signatories::Language>().is_ok(), "lang={tag}");
                    }
                }
                assert!(
                    matches!(
                        &t.name[..],
                        b"div" | b"p" | b"ol" | b"ul" | b"li" | b"span" | b"bdi"
                    ),
                    "unexpected element {:?}",
                    String::from_utf8_lossy(&t.name)
                );
                stack.push(t.name.to_vec());
            }
            Token::EndTag(t) => assert_eq!(stack.pop().as_deref(), Some(&t.name[..])),
            Token::String(s) => text.push_str(&String::from_utf8_lossy(&s.value)),
            Token::Error(e) => panic!("HTML error: {:?}", e.value),
            _ => {}
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    text
}

#[test]
fn html_parses_with_valid_lang_tags_in_every_edition() {
    for locale in Renderer::available_locales() {
        let html = render(
            &locale.to_string(),
            RenderOptions::default()
                .with_format(OutputFormat::Html)
                .with_summary(true),
        );
        let text = check_html(&html);
        assert!(
            text.contains("Marxistisch-Leninistische Partei Deutschlands"),
            "{locale}"
        );
        assert!(html.contains("<ol") && html.contains("<ul>"), "{locale}");
        assert_eq!(html.matches("<li>").count(), 31, "{locale}");
    }
    // The English edition marks each foreign name with its language.
    let html = render(
        "en",
        RenderOptions::default().with_format(OutputFormat::Html),
    );
    assert!(
        html.contains("<span lang=\"bg\">Българска Комунистическа Партия</span>"),
        "{html}"
    );
    assert!(
        html.contains("<span lang=\"fr\">Parti Comuniste du Togo</span>"),
        "{html}"
    );
}

#[test]
fn markdown_is_a_list_per_section() {
    let md = render(
        "en-GB",
        RenderOptions::default().with_format(OutputFormat::Markdown),
    );
    assert!(md.contains("\n1. PCPCI Parti Communiste Proletarien de Côte d'Ivoire (Proletarian Communist Party of Ivory Coast)\n"), "{md}");
    assert!(md.contains("\n28. PCR-U "), "{md}");
    assert!(md.contains("Subsequent signatories:\n\n- PR-ByH "), "{md}");
}

#[test]
fn json_carries_each_entry_resolved_with_its_id() {
    let json = render(
        "de",
        RenderOptions::default().with_format(OutputFormat::Json),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["locale"], "de");
    assert_eq!(
        v["heading"],
        "Unterzeichner (Stand: 7. Februar 2023, weitere Unterzeichner möglich):"
    );
    let initial = v["sections"][0]["entries"].as_array().map_or(0, Vec::len);
    let subsequent = v["sections"][1]["entries"].as_array().map_or(0, Vec::len);
    assert_eq!((initial, subsequent), (28, 3));
    let e = &v["sections"][0]["entries"][5];
    assert_eq!(e["org"], "ppds");
    assert_eq!(e["number"], 6);
    assert_eq!(e["country"], "Tunesien");
    assert_eq!(
        e["text"],
        "PPDS Parti Patriotique Démocratique Socialiste (Patriotische Demokratische Sozialistische Partei), Tunesien"
    );
    assert_eq!(e["translation"]["lang"], "de");
    assert_eq!(e["translated"], true);
    assert_eq!(v["calendar"], "gregorian");
    assert_eq!(v["untranslated"], serde_json::json!([]));
    assert_eq!(v["sections"][1]["heading"], "Nachträgliche Unterzeichner:");
}

#[test]
fn house_styles_and_numbering() {
    let short = render(
        "de",
        RenderOptions::default()
            .with_style(Style::Short)
            .with_numbering(Numbering::Bulleted),
    );
    // The short style separates acronym and country with the edition's comma, in every
    // edition (Arabic and Persian with the Arabic comma).
    assert!(short.contains("\n- MLPD, Deutschland\n"), "{short}");
    for (locale, line) in [
        ("es", "\nPML del Perú, Perú\n"),
        ("fr", "\nPML del Perú, Pérou\n"),
        ("ar", "\n\u{2068}PML del Perú\u{2069}، بيرو\n"),
    ] {
        let out = render(locale, RenderOptions::default().with_style(Style::Short));
        assert!(out.contains(line), "{locale}: {out}");
    }
    let plain = render(
        "en",
        RenderOptions::default()
            .with_style(Style::NameFirst)
            .with_numbering(Numbering::Plain),
    );
    assert!(
        plain.contains("\nMarxist-Leninist Party of Germany (MLPD)\n"),
        "{plain}"
    );
    assert!(
        plain.contains("\nPatriotic Democratic Socialist Party (PPDS), Tunisia\n"),
        "{plain}"
    );
}

#[test]
fn renderer_and_registry_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Renderer>();
    assert_send_sync::<Registry>();
}

#[test]
fn rendering_from_eight_threads_gives_identical_output() {
    let r = registry();
    let s = statement(&r);
    let renderer = Renderer::try_new("fa").unwrap_or_else(|e| panic!("{e}"));
    let options = RenderOptions::default()
        .with_format(OutputFormat::Html)
        .with_summary(true);
    let expected = renderer
        .render(&r, s, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    renderer
                        .render(&r, s, &options)
                        .unwrap_or_else(|e| panic!("{e}"))
                })
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap_or_else(|_| panic!("thread")), expected);
        }
    });
}

/// The paragraph direction UAX #9 gives a line on its own (rules P2–P3), by an implementation
/// of the algorithm independent of the crate's (the `unicode-bidi` crate).
fn line_is_rtl(line: &str) -> bool {
    let info = unicode_bidi::BidiInfo::new(line, None);
    info.paragraphs.first().is_some_and(|p| p.level.is_rtl())
}

/// Every line of a text or Markdown edition takes the edition's direction when shown as a
/// paragraph of its own (a plain-text viewer, a Markdown renderer with `dir="auto"`): RTL in
/// Arabic and Persian, LTR in the others, whatever script the names are in.
#[test]
fn every_line_takes_the_edition_direction() {
    let seed = registry();
    let bidi = bidi_registry();
    let cases: [(&Registry, &str); 2] = [(&seed, seed::STATEMENT_ID), (&bidi, "s")];
    let mut rtl_lines = 0;
    for locale in Renderer::available_locales() {
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        let rtl = renderer.direction() == signatories::text::Direction::Rtl;
        for (r, id) in cases {
            let s = r.statement(id).unwrap_or_else(|| panic!("{id}"));
            for format in [OutputFormat::Text, OutputFormat::Markdown] {
                for style in [Style::Full, Style::Short, Style::NameFirst] {
                    let options = RenderOptions::default()
                        .with_format(format)
                        .with_style(style)
                        .with_summary(true);
                    let out = renderer
                        .render(r, s, &options)
                        .unwrap_or_else(|e| panic!("{e}"));
                    for line in out.lines().filter(|l| !l.trim().is_empty()) {
                        assert_eq!(
                            line_is_rtl(line),
                            rtl,
                            "{locale} {format} {style}: {line:?}"
                        );
                        rtl_lines += usize::from(rtl);
                    }
                }
            }
        }
    }
    assert!(rtl_lines > 300, "{rtl_lines}");
    // A Persian line that starts with a Latin acronym and has no Persian word (no Persian name
    // in the registry, no country) would take LTR direction: the mark is what makes it RTL.
    let stateless = Registry::from_toml_str(
        r#"
[[organization]]
id = "mlpd"
acronyms = [{ text = "MLPD", lang = "de" }]
names = [{ text = "Marxistisch-Leninistische Partei Deutschlands", lang = "de", kind = "original" }]

[[statement]]
id = "s"
[[statement.section]]
kind = "initial"
entries = [{ org = "mlpd" }]
"#,
        "stateless.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fa = Renderer::try_new("fa")
        .unwrap_or_else(|e| panic!("{e}"))
        .render(
            &stateless,
            stateless.statement("s").unwrap_or_else(|| panic!("s")),
            &RenderOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let mlpd = fa
        .lines()
        .find(|l| l.contains("MLPD"))
        .unwrap_or_else(|| panic!("{fa}"));
    assert!(mlpd.starts_with('\u{200F}'), "{mlpd:?}");
    assert!(!line_is_rtl(mlpd.trim_start_matches('\u{200F}')));
}

/// `--order alphabetical` sorts by what each line prints first, as the edition's language
/// sorts: the acronyms in the full style, the names in the edition's language in the
/// name-first style. Expected orders: the bundled registry's acronyms and German names of the
/// initial signatories, sorted by ICU4C (`node ../shared/tools/icu-oracle.mjs sort de`).
#[test]
fn alphabetical_order_follows_what_lines_print_first() {
    let r = registry();
    let s = statement(&r);
    let de = Renderer::try_new("de").unwrap_or_else(|e| panic!("{e}"));
    let first_texts = |style: Style| -> Vec<String> {
        let order = de.alphabetical(style).unwrap_or_else(|e| panic!("{e}"));
        let sorted = order.apply(&r, s).unwrap_or_else(|e| panic!("{e}"));
        let json = de
            .render(
                &r,
                &sorted,
                &RenderOptions::default()
                    .with_style(style)
                    .with_format(OutputFormat::Json),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        v["sections"][0]["entries"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                let key = if style == Style::NameFirst {
                    "name_in_edition"
                } else {
                    "acronym"
                };
                e[key]["text"].as_str().unwrap_or("").to_owned()
            })
            .collect()
    };
    let acronyms = "BDP|CPA/ML|CPSA (ML)|KOL|KSRD|MLGS|MLKP|MLOA|MLPD|MMLPL|NCP (Mashal)|NDMLP|PC (ML)|PCC-M|PCPCI|PCR-U|PCT|PPDS|PPRF|RM|RMP|SPB|TKP-ML|UMLP|UoC|UPC-Manidem|UPML|БКП";
    assert_eq!(first_texts(Style::Full).join("|"), acronyms);
    let names = [
        "Bulgarische Kommunistische Partei",
        "Demokratischer Volksblock",
        "Kommunistische Organisation Luxemburg",
        "Kommunistische Partei (Marxistisch-Leninistisch)",
        "Kommunistische Partei Australiens (Marxistisch-Leninistisch)",
        "Kommunistische Partei der Türkei – Marxistisch-Leninistisch",
        "Kommunistische Partei Kolumbiens – Maoistisch",
        "Kommunistische Partei Nepals (Mashal)",
        "Kommunistische Partei Südafrikas (Marxistisch-Leninistisch)",
        "Kommunistische Partei Togos",
        "Koordinationsrat der Arbeiterbewegung",
        "Marokkanische Marxistisch-Leninistische Proletarische Linie",
        "Marxistisch-Leninistische Gruppe Schweiz",
        "Marxistisch-Leninistische Kommunistische Partei Türkei / Kurdistan",
        "Marxistisch-Leninistische Organisation Afghanistans",
        "Marxistisch-Leninistische Partei Deutschlands",
        "Marxistisch-Leninistische Proletarische Union",
        "Neudemokratische Marxistisch-Leninistische Partei",
        "Patriotische Demokratische Sozialistische Partei",
        "Patriotische Republikanische Volksfront Nepals",
        "Portugiesische Marxistisch-Leninistische Union",
        "Proletarische Kommunistische Partei der Elfenbeinküste",
        "Revolutionäre Kommunistische Partei Uruguays",
        "Roter Morgen",
        "Russische Maoistische Partei",
        "Sozialistische Partei Bangladeschs",
        "Union der Völker Kameruns – Nationales Manifest für die Einführung der Demokratie",
        "Union der Zyprioten",
    ];
    assert_eq!(first_texts(Style::NameFirst), names);
}

/// The characters of a line in the order UAX #9 displays them, left to right, by an
/// implementation independent of the crate's (`unicode-bidi`), without the invisible
/// formatting characters (marks, isolates). `rtl` gives the paragraph direction, as a block's
/// `dir` does in HTML; `None` lets the line choose (UAX #9 P2–P3), as a plain-text viewer does.
fn display_order(line: &str, rtl: Option<bool>) -> String {
    let level = rtl.map(|r| {
        if r {
            unicode_bidi::Level::rtl()
        } else {
            unicode_bidi::Level::ltr()
        }
    });
    let info = unicode_bidi::BidiInfo::new(line, level);
    let Some(para) = info.paragraphs.first() else {
        return String::new();
    };
    info.reorder_line(para, para.range.clone())
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The blocks (`<p>`, `<li>`) of an HTML edition as bidi text, as CSS lays them out: an
/// element with `dir` and a `<bdi>` isolate their content (HTML's rendering rules give them
/// `unicode-bidi: isolate`): LRI, RLI or FSI … PDI. Each block with the direction of its
/// nearest `dir`.
fn html_blocks_as_bidi_text(html: &str) -> Vec<(bool, String)> {
    use html5gum::{Token, Tokenizer};
    let mut dirs: Vec<(Vec<u8>, Option<bool>)> = Vec::new();
    let mut blocks = Vec::new();
    let mut current: Option<(bool, String)> = None;
    for token in Tokenizer::new(html) {
        let Ok(token) = token;
        match token {
            Token::StartTag(t) => {
                let dir = t
                    .attributes
                    .iter()
                    .find(|(k, _)| &k[..] == b"dir")
                    .map(|(_, v)| &v.value[..] == b"rtl");
                let name = t.name.to_vec();
                let block = matches!(&name[..], b"p" | b"li");
                if block {
                    let rtl = dirs.iter().rev().find_map(|(_, d)| *d).unwrap_or(false);
                    current = Some((dir.unwrap_or(rtl), String::new()));
                } else if let Some((_, text)) = current.as_mut() {
                    match (dir, &name[..]) {
                        (Some(false), _) => text.push('\u{2066}'),
                        (Some(true), _) => text.push('\u{2067}'),
                        (None, b"bdi") => text.push('\u{2068}'),
                        _ => {}
                    }
                }
                dirs.push((name, dir));
            }
            Token::EndTag(t) => {
                let (name, dir) = dirs.pop().unwrap_or_default();
                assert_eq!(name, t.name.to_vec());
                if matches!(&name[..], b"p" | b"li") {
                    blocks.extend(current.take());
                } else if let Some((_, text)) = current.as_mut()
                    && (dir.is_some() || &name[..] == b"bdi")
                {
                    text.push('\u{2069}');
                }
            }
            Token::String(s) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&String::from_utf8_lossy(&s.value));
                }
            }
            _ => {}
        }
    }
    blocks
}

/// Hebrew has CLDR data but no messages: its sentences are English. They must display as
/// English sentences in the right-to-left edition, the Hebrew date inside them as Hebrew.
/// Expected display (read off the rules, not the crate): the English sentence left to right as
/// a block; inside it the date `7 בפברואר 2023` as a right-to-left run, so shown left to right
/// as `2023`, the month's letters in reverse order (`ראורבפב`), `7`. Without the isolation
/// the paragraph showed `:(further signatories possible ,2023 בפברואר as of 7) Signatories`.
#[test]
fn fallback_sentences_keep_their_direction_in_a_right_to_left_edition() {
    let expected = "Signatories (as of 2023 ראורבפב 7, further signatories possible):";
    let he = Renderer::try_new("he").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(he.messages_locale().to_string(), "en");
    let r = registry();
    let s = statement(&r);
    for format in [OutputFormat::Text, OutputFormat::Markdown] {
        let options = RenderOptions::default()
            .with_format(format)
            .with_summary(true);
        let out = he.render(&r, s, &options).unwrap_or_else(|e| panic!("{e}"));
        let heading = out.lines().next().unwrap_or_default();
        // The line stays a right-to-left paragraph of the Hebrew edition.
        assert!(line_is_rtl(heading), "{format}: {heading:?}");
        assert_eq!(display_order(heading, None), expected, "{format}");
        // Every line keeps the edition's direction; every English sentence reads left to
        // right: the summary starts on the left with "Signed by".
        for line in out.lines().filter(|l| !l.trim().is_empty()) {
            assert!(line_is_rtl(line), "{format}: {line:?}");
        }
        let summary = out.lines().last().unwrap_or_default();
        assert!(
            display_order(summary, None).starts_with("Signed by 31 organizations from "),
            "{format}: {}",
            display_order(summary, None)
        );
    }
    let html = he
        .render(
            &r,
            s,
            &RenderOptions::default().with_format(OutputFormat::Html),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    check_html(&html);
    assert!(
        html.contains("<span lang=\"en\" dir=\"ltr\">Signatories (as of <bdi lang=\"he\">"),
        "{html}"
    );
    let blocks = html_blocks_as_bidi_text(&html);
    let (rtl, heading) = blocks.first().unwrap_or_else(|| panic!("{html}"));
    assert!(rtl);
    assert_eq!(display_order(heading, Some(true)), expected);
    // An edition with its own messages marks no sentence.
    let de = render(
        "de",
        RenderOptions::default().with_format(OutputFormat::Html),
    );
    assert!(!de.contains("<span lang=\"en\" dir="), "{de}");
}

/// The scripts the readers of each bundled edition read: the script of its language
/// (ISO 15924; Japanese is written in Han, Hiragana and Katakana, Korean in Hangul and Han).
fn readers_scripts(locale: &str) -> &'static [icu_properties::props::Script] {
    use icu_properties::props::Script;
    match locale.split('-').next().unwrap_or_default() {
        "ru" | "bg" | "uk" => &[Script::Cyrillic],
        "el" => &[Script::Greek],
        "ar" | "fa" | "ur" => &[Script::Arabic],
        "hi" => &[Script::Devanagari],
        "bn" => &[Script::Bengali],
        "ja" => &[Script::Han, Script::Hiragana, Script::Katakana],
        "ko" => &[Script::Hangul, Script::Han],
        "zh" => &[Script::Han],
        "he" => &[Script::Hebrew],
        "en" | "de" | "fr" | "es" | "pt" | "tr" | "it" | "nl" | "pl" | "id" => &[Script::Latin],
        other => panic!("no script written down for {other}"),
    }
}

/// Whether every letter of `s` is in a script the readers of `locale` read.
fn readable_in(s: &str, locale: &str) -> bool {
    use icu_properties::{CodePointMapData, props::Script};
    let map = CodePointMapData::<Script>::new();
    let scripts = readers_scripts(locale);
    let mut letters = s
        .chars()
        .map(|c| map.get(c))
        .filter(|sc| !matches!(*sc, Script::Common | Script::Inherited | Script::Unknown))
        .peekable();
    letters.peek().is_some() && letters.all(|sc| scripts.contains(&sc))
}

/// Every entry of every bundled edition tells its readers where the organization is from: a
/// country or area in their script, or (where the registry says the name says it) a name they
/// can read printed in the entry. In the editions whose language the registry has no names in,
/// a Japanese reader saw `13. БКП Българска Комунистическа Партия` and no country; areas were
/// printed in English ("Kurdistan").
#[test]
fn every_entry_of_every_edition_has_a_country_its_readers_can_read() {
    let r = registry();
    let s = statement(&r);
    let locales = Renderer::available_locales();
    assert_eq!(locales.len(), 25);
    for locale in &locales {
        let tag = locale.to_string();
        let renderer = Renderer::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
        for style in [Style::Full, Style::NameFirst] {
            let options = RenderOptions::default()
                .with_format(OutputFormat::Json)
                .with_style(style);
            let out = renderer
                .render(&r, s, &options)
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(out.untranslated_areas().is_empty(), "{tag}");
            let doc: serde_json::Value =
                serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
            let entries = doc["sections"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|sec| sec["entries"].as_array().into_iter().flatten());
            let mut n = 0;
            for e in entries {
                n += 1;
                let text = e["text"].as_str().unwrap_or_default();
                match e["country"].as_str() {
                    Some(c) => assert!(
                        c.split(" / ").all(|part| readable_in(part, &tag)),
                        "{tag} {style}: country {c:?} in {text:?}"
                    ),
                    None => {
                        let printed = ["name", "transliteration", "translation"]
                            .iter()
                            .filter_map(|k| e[*k]["text"].as_str())
                            .filter(|t| text.contains(t));
                        let mut printed = printed.peekable();
                        assert!(printed.peek().is_some());
                        assert!(
                            printed.any(|t| readable_in(t, &tag)),
                            "{tag} {style}: no country, no readable name in {text:?}"
                        );
                    }
                }
            }
            assert_eq!(n, 31, "{tag}");
        }
    }
}

/// An area without a name in the edition's language is printed as organizations are glossed
/// (the gloss languages, then English: a place must be named), and reported with what to do.
#[test]
fn areas_without_a_name_in_the_edition_are_reported() {
    let toml = |names: &str| {
        format!(
            r#"
[[area]]
id = "kurdistan"
names = {{ {names} }}

[[organization]]
id = "kp"
countries = ["kurdistan"]
acronyms = [{{ text = "KP", lang = "ku" }}]
names = [{{ text = "Partiya Komunîst", lang = "ku", kind = "original" }}]

[[statement]]
id = "s"
[[statement.section]]
kind = "initial"
entries = [{{ org = "kp" }}]
"#
        )
    };
    let english_only = Registry::from_toml_str(&toml(r#"en = "Kurdistan""#), "a.toml")
        .unwrap_or_else(|e| panic!("{e}"));
    let s = english_only.statement("s").unwrap_or_else(|| panic!("s"));
    let nl = Renderer::try_new("nl").unwrap_or_else(|e| panic!("{e}"));
    let out = nl
        .render(&english_only, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.untranslated_areas(), ["kurdistan"]);
    assert!(out.contains(", Kurdistan"), "{out}");
    let warning = out
        .warnings()
        .iter()
        .find(|w| matches!(w, signatories::render::Warning::UntranslatedAreas { .. }))
        .map(ToString::to_string)
        .unwrap_or_else(|| panic!("{:?}", out.warnings()));
    assert!(
        warning.contains("kurdistan") && warning.contains("nl = "),
        "{warning}"
    );
    // With a Dutch name (the Dutch Wikipedia's title), Dutch readers read it and nothing is
    // reported; a gloss language serves before English.
    let dutch = Registry::from_toml_str(
        &toml(r#"en = "Kurdistan", nl = "Koerdistan", de = "Kurdistan (de)""#),
        "b.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let s = dutch.statement("s").unwrap_or_else(|| panic!("s"));
    let out = nl
        .render(&dutch, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.untranslated_areas().is_empty());
    assert!(out.contains(", Koerdistan"), "{out}");
    let pl = Renderer::try_new("pl")
        .unwrap_or_else(|e| panic!("{e}"))
        .with_gloss(Gloss::Fallback(vec!["de".parse().unwrap_or_default()]));
    let out = pl
        .render(&dutch, s, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.untranslated_areas(), ["kurdistan"]);
    assert!(out.contains(", Kurdistan (de)"), "{out}");
}

/// Headings as native readers asked for them, read against each language's grammar: Italian
/// "le adesioni restano aperte" (a clause that agrees with its own subject, where "aperto"
/// agreed with nothing); Greek and Portuguese "as of" as "up to" (έως τις, até), not "on"
/// (στις, em); Persian without parentheses inside parentheses (its date already carries the
/// Gregorian date in parentheses), with the clause on further signatures.
#[test]
fn headings_read_as_native_readers_asked() {
    let cases = [
        (
            "it",
            "Firmatari (al 7 febbraio 2023; le adesioni restano aperte):",
        ),
        (
            "el",
            "Υπογράφουν (έως τις 7 Φεβρουαρίου 2023· δεκτές και νέες υπογραφές):",
        ),
        (
            "pt",
            "Signatários (até 7 de fevereiro de 2023; novas assinaturas possíveis):",
        ),
        (
            "fa",
            "\u{200F}امضاکنندگان تا ۱۸ بهمن ۱۴۰۱ (۷ فوریه ۲۰۲۳)؛ امکان امضای بیشتر وجود دارد:",
        ),
    ];
    for (locale, expected) in cases {
        let out = render(locale, RenderOptions::default());
        let heading = out.lines().next().unwrap_or_default();
        assert_eq!(
            heading.trim_start_matches('\u{200F}'),
            expected.trim_start_matches('\u{200F}'),
            "{locale}"
        );
        assert_eq!(heading.matches('(').count(), heading.matches(')').count());
        assert!(!heading.contains("))"), "{locale}: {heading}");
    }
}

/// Every bundled locale records who reviewed its messages, when and against what, and the
/// catalog reports it.
#[test]
fn every_bundled_locale_records_its_review() {
    let catalog = signatories::render::Catalog::bundled();
    for locale in catalog.locales() {
        let review = catalog
            .review(&locale)
            .unwrap_or_else(|| panic!("{locale}: no '# Review:' line"));
        assert!(
            review.starts_with("draft")
                || review.starts_with("published")
                || review.starts_with("reference"),
            "{locale}: {review}"
        );
        assert!(
            review.contains("against") || review.contains("reproduces"),
            "{locale}: {review}"
        );
    }
}

/// CLDR's names of the registry's countries in each bundled edition's language, from ICU4C
/// (the fixture's header gives the command): language → code → name.
fn cldr_region_names()
-> std::collections::HashMap<String, std::collections::HashMap<String, String>> {
    let mut out: std::collections::HashMap<String, std::collections::HashMap<String, String>> =
        std::collections::HashMap::new();
    for line in include_str!("fixtures/cldr/region-names.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        if let (Some(lang), Some(code), Some(name)) = (fields.next(), fields.next(), fields.next())
        {
            out.entry(lang.to_owned())
                .or_default()
                .insert(code.to_owned(), name.to_owned());
        }
    }
    out
}

/// Words of a text, with the apostrophes unified (' and ’ are one letter to a reader).
fn words(s: &str) -> Vec<String> {
    s.replace('\u{2019}', "'")
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '/' | '–' | '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A gloss that names one of its organization's countries uses the name CLDR gives that
/// country in the gloss's language, the name the edition prints in its country column and its
/// summary: not a spelling variant of it (Arabic الأوروغواي beside CLDR's أورغواي, Persian
/// آفریقای beside افریقای: words within a small edit distance of CLDR's, the Arabic article
/// aside), nor another name of the country that CLDR records as a variant beside its standard
/// one (Spanish "Costa de Marfil" beside "Côte d’Ivoire": CLDR common/main/es.xml, territory CI
/// alt="variant"; English "Ivory Coast": common/main/en.xml, CI alt="variant"). Checked on the
/// names the dataset's editors wrote (`source = "dataset"`).
#[test]
fn glosses_name_countries_as_cldr_names_them_in_their_language() {
    let cldr = cldr_region_names();
    let variants: &[(&str, &str, &str)] =
        &[("es", "CI", "Costa de Marfil"), ("en", "CI", "Ivory Coast")];
    let r = registry();
    let mut compared = 0;
    for org in r.organizations() {
        // The names the dataset's editors wrote; a published name stays as published (the
        // English edition's "Proletarian Communist Party of Ivory Coast").
        let written = org
            .names
            .iter()
            .filter(|n| n.source == Some(signatories::NameSource::Dataset));
        for name in written {
            let lang = name.lang.to_string();
            let Some(names) = cldr.get(&lang) else {
                continue;
            };
            let gloss = words(&name.text);
            for place in &org.countries {
                let code = place.as_str();
                let Some(standard) = names.get(code) else {
                    continue;
                };
                compared += 1;
                for (l, c, variant) in variants {
                    assert!(
                        !(*l == lang && *c == code && name.text.contains(variant)),
                        "{}: {:?} says {variant:?}, CLDR {lang} {standard:?}",
                        org.id,
                        name.text
                    );
                }
                let want = words(standard);
                // Contained, also after an elided article (French d’Afrique du Sud).
                if gloss.join(" ").contains(&want.join(" ")) {
                    continue;
                }
                // CLDR's name with an inflectional ending (Russian genitive Кот-д’Ивуара) is
                // CLDR's name: its stem, all but the last two letters, starts the words.
                let count = want.len();
                let want = want.join(" ");
                let stem: String = {
                    let n = want.chars().count();
                    want.chars().take(n.saturating_sub(2).max(4)).collect()
                };
                for window in gloss.windows(count) {
                    let seen = window.join(" ");
                    let bare = seen.strip_prefix("ال").unwrap_or(&seen);
                    // An inflection, or an adjective of the name (Arabic الأسترالي).
                    if seen.starts_with(&stem) || bare.starts_with(&stem) {
                        continue;
                    }
                    // A spelling of the name: as capitalized as a name is where the script has
                    // case, one edit away from CLDR's (a letter added, left out or changed).
                    let proper = |w: &str| w.chars().next().is_some_and(|c| !c.is_lowercase());
                    let near = [seen.as_str(), bare]
                        .into_iter()
                        .any(|w| proper(w) && strsim::levenshtein(w, &want) == 1);
                    assert!(
                        !near,
                        "{}: {:?} spells {seen:?} where CLDR {lang} has {standard:?}",
                        org.id, name.text
                    );
                }
            }
        }
    }
    assert!(compared > 100, "{compared}");
}

/// One rule for a locale a user gives: an unknown language (or calendar) is an error naming
/// the closest known values; a known language without messages renders, with a warning.
#[test]
fn unknown_languages_and_calendars_are_errors_with_the_closest_known_values() {
    match Renderer::try_new("xx-YY") {
        Err(signatories::Error::UnknownLocale { what, tag, closest }) => {
            assert_eq!(what, "unknown language");
            assert_eq!(tag, "xx-YY");
            // Xhosa is one letter away from xx.
            assert!(closest.iter().any(|c| c == "xh"), "{closest:?}");
        }
        other => panic!("{other:?}"),
    }
    match Renderer::try_new("fa-u-ca-persain") {
        Err(signatories::Error::UnknownLocale { what, closest, .. }) => {
            assert!(what.contains("calendar"), "{what}");
            assert_eq!(closest.first().map(String::as_str), Some("persian"));
        }
        other => panic!("{other:?}"),
    }
    let japanese = Renderer::try_new("ja-u-ca-japanese").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(japanese.calendar(), "japanese");
    let ka = Renderer::try_new("ka").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ka.warnings().len(), 1);
    // Collation applies the same rule.
    let collation = signatories::collate::Collation::try_new("qq", Default::default());
    assert!(
        matches!(collation, Err(signatories::Error::UnknownLocale { .. })),
        "{:?}",
        collation.err()
    );
}

/// With its name in Japanese, Kurdistan takes its place in the Japanese summary's collated list
/// of countries and areas (it stood in Latin letters after all the kana). Expected order by
/// ICU4C: `printf 'コートジボワール\nクルディスタン\nキプロス\n' | node icu-oracle.mjs sort ja`
/// gives キプロス, クルディスタン, コートジボワール.
#[test]
fn areas_take_their_place_in_a_kana_list() {
    let summary = render("ja", RenderOptions::default().with_summary(true));
    let summary = summary.lines().last().unwrap_or_default();
    let at = |s: &str| {
        summary
            .find(s)
            .unwrap_or_else(|| panic!("{s} in {summary}"))
    };
    assert!(at("キプロス") < at("クルディスタン"), "{summary}");
    assert!(at("クルディスタン") < at("コートジボワール"), "{summary}");
    assert!(!summary.contains("Kurdistan"), "{summary}");
}
