//! Synthetic registries for benchmarks: realistic organization names in several languages and
//! scripts (Latin with diacritics, Turkish, Polish, Cyrillic, Greek, Arabic), from a fixed seed.
//! Shared by `benches/` and `examples/synthetic.rs`.

#![allow(dead_code)]

use std::collections::HashMap;
use std::fmt::Write as _;

/// A small deterministic generator (SplitMix64), so that every run sees the same data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

/// A language tag, its countries, and adjectives and nouns of organization names in it.
type Lang = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const LANGS: &[Lang] = &[
    (
        "de",
        &["DE", "AT", "CH"],
        &[
            "Kommunistische",
            "Marxistisch-Leninistische",
            "Revolutionäre",
            "Sozialistische",
            "Arbeiter-",
            "Proletarische",
        ],
        &[
            "Partei",
            "Gruppe",
            "Organisation",
            "Bund",
            "Union",
            "Föderation",
            "Jugend",
            "Gewerkschaft",
        ],
    ),
    (
        "fr",
        &["FR", "BE", "CI", "TG", "SN", "TN"],
        &[
            "Communiste",
            "Prolétarien",
            "Révolutionnaire",
            "Démocratique",
            "Populaire",
            "Ouvrière",
        ],
        &[
            "Parti",
            "Union",
            "Organisation",
            "Fédération",
            "Comité",
            "Mouvement",
        ],
    ),
    (
        "es",
        &["ES", "PE", "CO", "MX", "AR", "UY", "PY", "DO"],
        &[
            "Comunista",
            "Revolucionario",
            "Democrático",
            "Popular",
            "Obrero",
            "Marxista-Leninista",
        ],
        &["Partido", "Bloque", "Frente", "Movimiento", "Unión", "Liga"],
    ),
    (
        "tr",
        &["TR"],
        &[
            "Komünist",
            "Devrimci",
            "Işçi",
            "Sosyalist",
            "Halkın",
            "Öncü",
        ],
        &[
            "Partisi",
            "Birliği",
            "Örgütü",
            "Cephesi",
            "Hareketi",
            "Derneği",
        ],
    ),
    (
        "pl",
        &["PL"],
        &[
            "Komunistyczna",
            "Robotnicza",
            "Rewolucyjna",
            "Socjalistyczna",
            "Ludowa",
            "Związkowa",
        ],
        &[
            "Partia",
            "Liga",
            "Organizacja",
            "Federacja",
            "Związek",
            "Front",
        ],
    ),
    (
        "ru",
        &["RU", "KZ", "BY"],
        &[
            "Российская",
            "Коммунистическая",
            "Рабочая",
            "Маоистская",
            "Революционная",
            "Народная",
        ],
        &["партия", "организация", "лига", "союз", "фронт", "движение"],
    ),
    (
        "bg",
        &["BG"],
        &[
            "Българска",
            "Комунистическа",
            "Работническа",
            "Социалистическа",
            "Народна",
        ],
        &["Партия", "Лига", "Организация", "Съюз", "Фронт"],
    ),
    (
        "uk",
        &["UA"],
        &[
            "Українська",
            "Комуністична",
            "Робітнича",
            "Соціалістична",
            "Народна",
        ],
        &["партія", "ліга", "організація", "спілка", "рух"],
    ),
    (
        "el",
        &["GR", "CY"],
        &[
            "Κομμουνιστικό",
            "Εργατικό",
            "Επαναστατικό",
            "Σοσιαλιστικό",
            "Λαϊκό",
        ],
        &["Κόμμα", "Ένωση", "Οργάνωση", "Μέτωπο", "Κίνημα"],
    ),
    (
        "ar",
        &["EG", "MA", "TN", "LB", "IQ"],
        &["الشيوعي", "العمالي", "الثوري", "الاشتراكي", "الديمقراطي"],
        &["الحزب", "الاتحاد", "التنظيم", "الجبهة", "الحركة"],
    ),
    (
        "en",
        &["GB", "US", "ZA", "AU", "NP", "LK", "BD", "IN"],
        &[
            "Communist",
            "Revolutionary",
            "Workers'",
            "Socialist",
            "People's",
            "Marxist-Leninist",
        ],
        &[
            "Party",
            "League",
            "Organization",
            "Union",
            "Front",
            "Movement",
        ],
    ),
];

const EN_ADJ: &[&str] = &[
    "Communist",
    "Revolutionary",
    "Workers'",
    "Socialist",
    "People's",
    "Democratic",
];
const EN_NOUN: &[&str] = &[
    "Party",
    "League",
    "Organization",
    "Union",
    "Front",
    "Movement",
];

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn initials(s: &str) -> String {
    s.split([' ', '-'])
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .flat_map(char::to_uppercase)
        .collect()
}

/// A registry of `n` organizations as TOML text.
pub fn registry_toml(n: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    // The next free suffix for each acronym in each country: names come from a small
    // vocabulary, so acronyms repeat; counting them keeps generation linear (trying suffixes
    // 2, 3, … in turn was quadratic).
    let mut next: HashMap<(String, &str), usize> = HashMap::new();
    let mut out = String::with_capacity(n * 400);
    for i in 0..n {
        let (lang, countries, adjs, nouns) = *rng.pick(LANGS);
        let country = *rng.pick(countries);
        let name = format!("{} {} {}", rng.pick(nouns), rng.pick(adjs), rng.pick(adjs));
        let base = initials(&name);
        let k = next.entry((base.clone(), country)).or_insert(0);
        *k += 1;
        let acronym = if *k == 1 { base } else { format!("{base}-{k}") };
        let en = format!(
            "{} {} {}",
            rng.pick(EN_ADJ),
            rng.pick(EN_ADJ),
            rng.pick(EN_NOUN)
        );
        let _ = write!(
            out,
            "[[organization]]\nid = \"org-{i}\"\ncountries = [\"{country}\"]\nname-shows-country = {}\nacronyms = [{{ text = {}, lang = \"{lang}\" }}]\nnames = [\n  {{ text = {}, lang = \"{lang}\", kind = \"original\" }},\n  {{ text = {}, lang = \"en\", kind = \"translation\" }},\n]\n\n",
            rng.next().is_multiple_of(2),
            quote(&acronym),
            quote(&name),
            quote(&en),
        );
    }
    out
}

/// A statement signed by organizations `org-0` … `org-{n-1}`: `n - n/10` initial entries,
/// then the rest as subsequent signatories.
pub fn statement_toml(n: usize) -> String {
    let split = n - n / 10;
    let mut out = String::from(
        "[[statement]]\nid = \"synthetic\"\nas-of = \"2023-02-07\"\nmore-possible = true\n\n[[statement.section]]\nkind = \"initial\"\nentries = [\n",
    );
    for i in 0..n {
        if i == split {
            out.push_str("]\n\n[[statement.section]]\nkind = \"subsequent\"\nentries = [\n");
        }
        let _ = writeln!(out, "  {{ org = \"org-{i}\" }},");
    }
    out.push_str("]\n");
    out
}

/// `n` realistic mixed-script names (Latin with diacritics, Turkish, Polish, Cyrillic, Greek,
/// Arabic), one in four with a number, from a fixed seed.
pub fn names(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| {
            let (_, _, adjs, nouns) = *rng.pick(LANGS);
            let mut s = format!("{} {} {}", rng.pick(nouns), rng.pick(adjs), rng.pick(adjs));
            if rng.next().is_multiple_of(4) {
                let _ = write!(s, " {}", rng.next() % 200);
            }
            s
        })
        .collect()
}

/// A registry of `n` synthetic organizations with the statement `synthetic` signed by all.
pub fn registry_with_statement(n: usize, seed: u64) -> signatories::Registry {
    let mut registry =
        signatories::Registry::from_toml_str(&registry_toml(n, seed), "synthetic.toml")
            .unwrap_or_else(|e| panic!("{e}"));
    registry
        .add_str(
            &statement_toml(n),
            signatories::Format::Toml,
            "statement.toml",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    registry
}
