//! The words a list is read with: heading, section and "more possible" words from the bundled
//! message catalog (`locales/<tag>/*.ftl`), footer words, month names from CLDR, and country
//! names in every language CLDR names them in.

use crate::find::primary_collator;
use icu_calendar::Date;
use icu_calendar::cal::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, M, MD, YMD};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;
/// Heading words of languages the message catalog has no edition for (no `locales/<tag>/`),
/// lowercase; those of the catalog's languages come from its messages ([`heading_words`]).
const UNCATALOGUED_HEADING_WORDS: &[(&str, &str)] = &[("sv", "undertecknare")];

/// The words a list's headings are read with, lowercase: those naming a signatory list (with
/// their language), those starting the subsequent section, and those saying more signatories
/// are possible.
#[derive(Debug, Default)]
pub(super) struct HeadingWords {
    /// Words that name a signatory list, with their language, longest first.
    pub(super) heading: Vec<(LanguageIdentifier, String)>,
    /// Lines that start the subsequent section (prefixes).
    pub(super) subsequent: Vec<String>,
    /// Phrases saying more signatories are possible.
    pub(super) more: Vec<String>,
    /// The heading words that are one word ("signatories", "signataires"), in every language.
    pub(super) single: std::collections::HashSet<String>,
}

/// The heading words of every language of the bundled message catalog, read from its
/// messages (`heading-undated`, `subsequent-heading` and the `-reader-*-words` terms of
/// `locales/<tag>/*.ftl`), built once: a new locale teaches the reader its headings.
pub(super) fn heading_words() -> &'static HeadingWords {
    static WORDS: std::sync::OnceLock<HeadingWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let texts = crate::render::Catalog::bundled_ref().heading_texts();
        let mut extra = Vec::new();
        for (tag, word) in UNCATALOGUED_HEADING_WORDS {
            if let Ok(locale) = tag.parse() {
                extra.push((locale, (*word).to_owned()));
            }
        }
        heading_words_from(&texts, extra)
    })
}

/// [`HeadingWords`] from the catalog's heading texts, with `extra` heading words.
pub(super) fn heading_words_from(
    texts: &[crate::render::HeadingTexts],
    extra: Vec<(LanguageIdentifier, String)>,
) -> HeadingWords {
    let mut by_word: Vec<(String, Vec<LanguageIdentifier>)> = Vec::new();
    let mut out = HeadingWords::default();
    let mut add_heading = |language: &LanguageIdentifier, word: String| {
        if word.is_empty() {
            return;
        }
        match by_word.iter_mut().find(|(w, _)| *w == word) {
            Some((_, langs)) => langs.push(language.clone()),
            None => by_word.push((word, vec![language.clone()])),
        }
    };
    for t in texts {
        let heading = t.heading.as_deref().map(bare_words);
        if let Some(h) = &heading {
            add_heading(&t.locale, h.clone());
        }
        for w in &t.heading_words {
            add_heading(&t.locale, bare_words(w));
        }
        if let (Some(h), Some(more)) = (&heading, t.heading_more.as_deref()) {
            push_new(&mut out.more, added_words(h, &bare_words(more)));
        }
        for w in &t.more_words {
            push_new(&mut out.more, bare_words(w));
        }
        for w in t.subsequent.iter().chain(&t.section_words) {
            push_new(&mut out.subsequent, bare_words(w));
        }
    }
    for (language, word) in extra {
        add_heading(&language, word);
    }
    out.heading = by_word
        .into_iter()
        .filter_map(|(word, langs)| Some((sharing_language(&langs)?, word)))
        .collect();
    // The longest word first: a line holding two (a phrase and a word of it) is read by the
    // more specific one.
    out.heading
        .sort_by_key(|(_, w)| std::cmp::Reverse(w.chars().count()));
    out.single = out
        .heading
        .iter()
        .filter(|(_, w)| !w.contains(char::is_whitespace))
        .map(|(_, w)| w.clone())
        .collect();
    out
}

/// `w` added to `words` unless empty or there already.
fn push_new(words: &mut Vec<String>, w: String) {
    if !w.is_empty() && !words.contains(&w) {
        words.push(w);
    }
}

/// A heading's words, lowercase, without the punctuation and spaces around them
/// ("Signataires :" → "signataires", "署名団体：" → "署名団体").
fn bare_words(text: &str) -> String {
    lower(text)
        .trim_matches(|c: char| !c.is_alphanumeric() && !crate::text::is_mark(c))
        .to_owned()
}

/// What `longer` adds to `shorter`, its words without the signs around them: "signatories
/// (further signatories possible)" after "signatories" → "further signatories possible".
fn added_words(shorter: &str, longer: &str) -> String {
    let prefix = shorter
        .chars()
        .zip(longer.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    let rest = longer.get(prefix..).unwrap_or_default();
    rest.trim_matches(|c: char| !c.is_alphanumeric() && !crate::text::is_mark(c))
        .to_owned()
}

/// The language a heading word several locales share belongs to: the one CLDR finds most
/// likely for the script they share ("подписали": Russian and Bulgarian; und-Cyrl is
/// Russian), else the most general (fewest subtags: "signatories" of en and en-001 is en).
fn sharing_language(langs: &[LanguageIdentifier]) -> Option<LanguageIdentifier> {
    if let [only] = langs {
        return Some(only.clone());
    }
    let likely = langs.iter().find(|l| {
        crate::locale::likely_script(l)
            .and_then(crate::locale::language_of_script)
            .is_some_and(|s| s.language == l.language && l.region.is_none())
    });
    likely
        .or_else(|| {
            langs
                .iter()
                .min_by_key(|l| (l.region.is_some(), l.script.is_some(), l.to_string()))
        })
        .cloned()
}

/// Page furniture and notes that follow a list, lowercase prefixes.
pub(super) const FOOTER_WORDS: &[&str] = &[
    "document actions",
    "resolutions of the",
    "resolutions of world",
    "back to top",
    "print this",
    "share this",
    "beschlüsse der",
    "résolutions de",
    "resoluciones de",
];

/// Articles that may stand before each name of a list run into a sentence ("της ΓΣΕΕ, της
/// ΑΔΕΔΥ και του …", "the CGT, the CFDT and the …"), lowercase.
pub(super) const ARTICLES: &[&str] = &[
    "the", "der", "die", "das", "des", "dem", "den", "le", "la", "les", "el", "los", "las", "il",
    "lo", "gli", "o", "a", "os", "as", "do", "da", "dos", "das", "del", "della", "dello", "degli",
    "delle", "du", "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τους", "τις",
    "het", "de",
];

/// Function words that acronyms skip, lowercase.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "de", "du", "des", "del", "la", "le", "les", "l", "d", "pour",
    "et", "y", "e", "da", "do", "dos", "das", "der", "die", "und", "für", "von", "van", "het",
    "en", "i", "и", "на", "в", "ve",
];

/// How many characters the longest of the [`FUNCTION_WORDS`] has.
const LONGEST_FUNCTION_WORD: usize = {
    let (mut words, mut longest) = (FUNCTION_WORDS, 0);
    while let Some((w, rest)) = words.split_first() {
        // Characters are the bytes that do not continue one (UTF-8 continuation bytes are
        // 0b10xxxxxx).
        let (mut bytes, mut n) = (w.as_bytes(), 0);
        while let Some((b, more)) = bytes.split_first() {
            if *b & 0xC0 != 0x80 {
                n += 1;
            }
            bytes = more;
        }
        if n > longest {
            longest = n;
        }
        words = rest;
    }
    longest
};

/// Whether a word is one of the [`FUNCTION_WORDS`], in any case ("Of", "DE"). A word longer
/// than the longest of them is none, told without lowercasing it: lowercasing never makes a
/// word shorter in characters.
pub(super) fn function_word(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::FastSet<&'static str>> = std::sync::OnceLock::new();
    if w.chars().nth(LONGEST_FUNCTION_WORD).is_some() {
        return false;
    }
    // (Lower-cased on the stack, character by character: `str::to_lowercase` differs from each
    // character's lower case only for a final capital sigma, and no function word has a sigma.
    // A word whose lower case does not fit is longer than any of them.)
    let mut buf = [0u8; 32];
    let mut len = 0;
    for l in w.chars().flat_map(char::to_lowercase) {
        let Some(at) = buf.get_mut(len..len + l.len_utf8()) else {
            return false;
        };
        len += l.encode_utf8(at).len();
    }
    let lower = std::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default();
    WORDS
        .get_or_init(|| FUNCTION_WORDS.iter().copied().collect())
        .contains(lower)
}

/// Month names (lowercase, folded) of a language → month number, from CLDR through ICU4X:
/// standalone and format forms (Russian "февраль" and "февраля").
pub(super) fn month_names(lang: &LanguageIdentifier) -> Vec<(String, u8)> {
    let mut out: Vec<(String, u8)> = month_forms(lang)
        .into_iter()
        .map(|(m, n)| (fold(&m), n))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Month names of a language as CLDR writes them, lowercase but not folded (Kurdish "adar",
/// not a word of another language that folding would make of it) → month number.
pub(super) fn month_forms(lang: &LanguageIdentifier) -> Vec<(String, u8)> {
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let standalone =
        FixedCalendarDateTimeFormatter::<Gregorian, M>::try_new((&locale).into(), M::long());
    let with_day =
        FixedCalendarDateTimeFormatter::<Gregorian, MD>::try_new((&locale).into(), MD::long());
    for m in 1..=12u8 {
        let Ok(date) = Date::try_new_gregorian(2001, m, 15) else {
            continue;
        };
        if let Ok(f) = &standalone {
            out.push((f.format(&date).to_string().to_lowercase(), m));
        }
        if let Ok(f) = &with_day {
            let s = f.format(&date).to_string();
            let word: String = s
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() > 2)
                .collect::<Vec<_>>()
                .join(" ");
            if !word.is_empty() {
                out.push((word.to_lowercase(), m));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// CLDR's names of the seven weekdays of a language in one length, lowercase as formatted
/// through ICU4X (1–7 January 2001 were Monday to Sunday).
fn weekdays(locale: &icu_locale::Locale, length: E) -> Vec<String> {
    let Ok(f) = FixedCalendarDateTimeFormatter::<Gregorian, E>::try_new(locale.into(), length)
    else {
        return Vec::new();
    };
    (1..=7u8)
        .filter_map(|d| Date::try_new_gregorian(2001, 1, d).ok())
        .map(|date| f.format(&date).to_string().to_lowercase())
        .collect()
}

/// Weekday names of a language as CLDR writes them, long forms, lowercase but not folded, as
/// [`month_forms`]: the language's own words as a page prints them, for telling its language.
pub(super) fn weekday_forms(lang: &LanguageIdentifier) -> Vec<String> {
    icu_locale::Locale::try_from_str(&lang.to_string())
        .map(|locale| weekdays(&locale, E::long()))
        .unwrap_or_default()
}

/// Weekday names (lowercase, folded) of a language as CLDR writes them, long and short
/// ("vendredi", "ven."): a dateline names the day before the date.
pub(super) fn weekday_names(lang: &LanguageIdentifier) -> Vec<String> {
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = [E::long(), E::short()]
        .into_iter()
        .flat_map(|length| weekdays(&locale, length))
        .map(|name| fold(&name).trim_end_matches('.').to_owned())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Abbreviated month names (lowercase, folded, without the full stop that ends some) of a
/// language as CLDR writes them ("feb", "févr"): a page's date line may shorten the month.
pub(super) fn short_month_names(lang: &LanguageIdentifier) -> Vec<String> {
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return Vec::new();
    };
    let Ok(f) =
        FixedCalendarDateTimeFormatter::<Gregorian, M>::try_new((&locale).into(), M::medium())
    else {
        return Vec::new();
    };
    let mut out: Vec<String> = (1..=12u8)
        .filter_map(|m| Date::try_new_gregorian(2001, m, 15).ok())
        .map(|d| fold(&f.format(&d).to_string().to_lowercase()))
        .map(|m| m.trim_end_matches('.').to_owned())
        .filter(|m| m.chars().any(char::is_alphabetic))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The signs CLDR's long date of a language writes after each of its three figures where it
/// writes the month as a figure, spaces left out: "年", "月", "日" in Chinese and Japanese
/// ("2001年2月15日"), "년", "월", "일" in Korean. Empty where the long date names the month in
/// words ("February 15, 2001").
pub(super) fn figure_date_signs(lang: &LanguageIdentifier) -> Vec<String> {
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return Vec::new();
    };
    let Ok(f) =
        FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new((&locale).into(), YMD::long())
    else {
        return Vec::new();
    };
    let Ok(date) = Date::try_new_gregorian(2001, 2, 15) else {
        return Vec::new();
    };
    let text = f.format(&date).to_string();
    let figure = |c: char| crate::text::decimal_digit(c).is_some();
    if text.starts_with(|c: char| !figure(c)) {
        return Vec::new();
    }
    let signs: Vec<String> = text
        .split(figure)
        .skip(1)
        .map(|s| s.chars().filter(|c| !c.is_whitespace()).collect::<String>())
        .filter(|s| !s.is_empty())
        .collect();
    let figures = text
        .split(|c: char| !figure(c))
        .filter(|s| !s.is_empty())
        .count();
    if figures == 3 && signs.len() <= 3 {
        signs
    } else {
        Vec::new()
    }
}

/// The day periods of a language as CLDR writes them in a time of day on a 12-hour clock
/// ("오전" and "오후" in Korean, "AM" and "PM" in English), lowercase: the letters of a morning
/// and an afternoon time, formatted through ICU4X, of two letters or more.
pub(super) fn day_periods(lang: &LanguageIdentifier) -> Vec<String> {
    use icu_datetime::NoCalendarFormatter;
    use icu_datetime::fieldsets::T;
    use icu_datetime::input::Time;
    let Ok(locale) = icu_locale::Locale::try_from_str(&format!("{lang}-u-hc-h12")) else {
        return Vec::new();
    };
    let Ok(f) = NoCalendarFormatter::try_new((&locale).into(), T::hm()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for hour in [9u8, 15] {
        if let Ok(t) = Time::try_new(hour, 0, 0, 0) {
            let text = f.format(&t).to_string().to_lowercase();
            out.extend(
                text.split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.chars().nth(1).is_some())
                    .map(str::to_owned),
            );
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Lowercase and without accents, for comparing words folded alike (CLDR's names with a
/// page's words, both folded). Decomposed: Hangul comes out in jamo; to compare with a word as
/// printed, `listwords::fold_printed`.
pub(super) fn fold(s: &str) -> String {
    crate::find::fold(s)
}

/// Primary-strength keys of place names (CLDR's country names, per language, memoized: building
/// one takes 676 region lookups; or a registry's area names) → codes, with the first
/// [`KEY_START`] bytes of each key: a text whose key starts otherwise names none of the places,
/// told before its whole key is written ([`CountryKeys::may_start`]).
#[derive(Debug, Default)]
pub(super) struct CountryKeys {
    by_key: HashMap<Vec<u8>, Option<String>>,
    /// The first [`KEY_START`] bytes of each key that long ([`key_start`]).
    starts: crate::FastSet<u64>,
}

/// How many first bytes of a key [`CountryKeys`] keeps apart.
pub(super) const KEY_START: usize = 8;

/// The first [`KEY_START`] bytes of a key, as one number; none for a shorter key.
pub(super) fn key_start(key: &[u8]) -> Option<u64> {
    let first: [u8; KEY_START] = key.get(..KEY_START)?.try_into().ok()?;
    Some(u64::from_le_bytes(first))
}

impl From<HashMap<Vec<u8>, Option<String>>> for CountryKeys {
    fn from(by_key: HashMap<Vec<u8>, Option<String>>) -> Self {
        let starts = by_key.keys().filter_map(|k| key_start(k)).collect();
        CountryKeys { by_key, starts }
    }
}

impl CountryKeys {
    /// The code of the place whose key is `key` (none for a place without one), if any is.
    pub(super) fn get(&self, key: &[u8]) -> Option<&Option<String>> {
        self.by_key.get(key)
    }

    pub(super) fn contains_key(&self, key: &[u8]) -> bool {
        self.by_key.contains_key(key)
    }

    /// Whether some key of [`KEY_START`] bytes or more starts with `start` ([`key_start`]).
    pub(super) fn may_start(&self, start: u64) -> bool {
        self.starts.contains(&start)
    }
}

pub(super) fn cldr_country_keys(lang: &LanguageIdentifier) -> std::sync::Arc<CountryKeys> {
    use std::sync::{Arc, OnceLock, RwLock};
    static MEMO: OnceLock<RwLock<HashMap<String, Arc<CountryKeys>>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let tag = lang.to_string();
    if let Some(k) = memo.read().ok().and_then(|m| m.get(&tag).cloned()) {
        return k;
    }
    let collator = primary_collator();
    let mut by_key = HashMap::new();
    let mut locales = vec![tag.clone()];
    if lang.language.as_str() != "en" {
        locales.push("en".to_owned());
    }
    for t in locales {
        let Ok(locale) = icu_locale::Locale::try_from_str(&t) else {
            continue;
        };
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let code = String::from_utf8_lossy(&[a, b]).into_owned();
                if !crate::locale::is_known_country(&code) {
                    continue;
                }
                // CLDR's name and its short form ("United States" and "US", "United
                // Kingdom" and "UK").
                let short = icu_locale::subtags::Region::try_from_str(&code)
                    .ok()
                    .and_then(|r| {
                        icu_locale::names::RegionDisplayName::try_new_short_light(
                            (&locale).into(),
                            r,
                        )
                        .ok()
                    })
                    .map(|n| n.to_string());
                for name in crate::locale::region_name_in(&locale, &code)
                    .into_iter()
                    .chain(short)
                {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                    by_key.entry(k).or_insert_with(|| Some(code.clone()));
                }
            }
        }
        // The world's areas CLDR names (UN M49: "Latin America", "Europe") and the territory
        // it names under a user-assigned code (Kosovo, XK): places, no code.
        for code in CODELESS_PLACES {
            if let Some(name) = crate::locale::region_name_in(&locale, code) {
                let mut k = Vec::new();
                let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                by_key.entry(k).or_insert(None);
            }
        }
    }
    // Names CLDR keeps as alternates or that lists still print (CLDR's alt="variant" and
    // former English names): "Turkey", "Czech Republic", "Ivory Coast", "Swaziland", …
    for (name, code) in FORMER_NAMES {
        let mut k = Vec::new();
        let Ok(()) = collator.write_sort_key_to(name, &mut k);
        by_key.entry(k).or_insert_with(|| Some((*code).to_owned()));
    }
    let keys = Arc::new(CountryKeys::from(by_key));
    if let Ok(mut m) = memo.write()
        && m.len() < 64
    {
        m.insert(tag, Arc::clone(&keys));
    }
    keys
}

/// Country names that lists print and CLDR's current English names no longer are (CLDR keeps
/// several as `alt="variant"`; the others are former names): they still name the country.
const FORMER_NAMES: [(&str, &str); 14] = [
    ("Turkey", "TR"),
    ("Czech Republic", "CZ"),
    ("Ivory Coast", "CI"),
    ("Swaziland", "SZ"),
    ("Macedonia", "MK"),
    ("FYROM", "MK"),
    ("Burma", "MM"),
    ("Cape Verde", "CV"),
    ("East Timor", "TL"),
    ("Holland", "NL"),
    ("Great Britain", "GB"),
    ("USA", "US"),
    ("UAE", "AE"),
    ("Congo-Kinshasa", "CD"),
];

/// The places CLDR names that have no ISO 3166-1 code: the UN M49 areas (continents and their
/// regions) and Kosovo, which CLDR names under the user-assigned code XK (a list prints it as
/// a country: "Lens, Kosovo"; it is no ISO 3166-1 country, so no code is given).
const CODELESS_PLACES: [&str; 28] = [
    "001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029",
    "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151",
    "419", "XK",
];

/// The languages the page-language guess (`guess.rs`) chooses among first: the languages of
/// CLDR's modern coverage (a language of ICU4X's other CLDR locales is taken only where its
/// letters fit the page at least as well). Country names are recognized in every language of ICU4X's data
/// ([`super::cldr::cldr_locales`]), not only these.
pub(super) const CLDR_LANGUAGES: &[&str] = &[
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en",
    "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "hu",
    "hy", "id", "ig", "is", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "lo", "lt",
    "lv", "mk", "ml", "mn", "mr", "ms", "my", "nb", "ne", "nl", "or", "pa", "pl", "ps", "pt",
    "pt-PT", "ro", "ru", "sd", "si", "sk", "sl", "so", "sq", "sr", "sr-Latn", "sv", "sw", "ta",
    "te", "tg", "th", "ti", "tk", "tr", "uk", "ur", "uz", "vi", "yo", "zh", "zh-Hant", "zu",
];

/// Country names in every language of ICU4X's CLDR data ([`super::cldr::cldr_locales`]), in
/// the script each is written in by default, recognized in any list, whatever its language
/// ("Crna Gora" in a German list, "Argélia" in an English one), built once. A language's
/// locale in another script is left out ("kok-Latn" names the Philippines "Phillipines", as
/// lists misspell it: such a name is read as a misspelling of the edition's or English name,
/// `spelling.rs`); the edition's own language is read in any script (`cldr_country_keys`).
pub(super) fn any_language_country_keys() -> std::sync::Arc<CountryKeys> {
    use std::sync::{Arc, OnceLock};
    static ALL: OnceLock<Arc<CountryKeys>> = OnceLock::new();
    Arc::clone(ALL.get_or_init(|| {
        let collator = primary_collator();
        let mut by_key = HashMap::new();
        for t in super::cldr::cldr_locales() {
            let own_script = t.script.is_none()
                || crate::locale::likely_script(&LanguageIdentifier::from_parts(
                    t.language,
                    None,
                    None,
                    &[],
                ))
                .is_some_and(|s| Some(s.as_str()) == t.script.as_ref().map(|x| x.as_str()));
            if !own_script {
                continue;
            }
            let Ok(locale) = icu_locale::Locale::try_from_str(&t.to_string()) else {
                continue;
            };
            for code in crate::locale::iso_3166_1() {
                if let Some(name) = crate::locale::region_name_in(&locale, code) {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                    by_key.entry(k).or_insert_with(|| Some((*code).to_owned()));
                }
            }
            for code in CODELESS_PLACES {
                if let Some(name) = crate::locale::region_name_in(&locale, code) {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                    by_key.entry(k).or_insert(None);
                }
            }
        }
        Arc::new(CountryKeys::from(by_key))
    }))
}

/// Lower case for matching words: Unicode's default mapping, except that a capital dotted
/// İ (Turkish, Azerbaijani) becomes a plain i rather than i with a combining dot, so that
/// "İmzacılar" matches "imzacılar".
pub(super) fn lower(s: &str) -> String {
    if s.contains('İ') {
        s.replace('İ', "i").to_lowercase()
    } else {
        s.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A function word is told in any case, without a lower-cased copy, as the copy tells it:
    /// "Of", "DE", "Für", Cyrillic "И"; not a word with a capital sigma or a dotted capital I,
    /// nor a longer word.
    #[test]
    fn function_words_in_any_case() {
        for w in [
            "Of", "DE", "Für", "FÜR", "И", "На", "ΣΑΣ", "Σ", "İN", "İ", "in", "", "x", "Ofs",
            "THE", "Theo", "Ve", "VE", "ß", "ǅ",
        ] {
            let copied = w.chars().nth(LONGEST_FUNCTION_WORD).is_none()
                && FUNCTION_WORDS.contains(&w.to_lowercase().as_str());
            assert_eq!(function_word(w), copied, "{w}");
        }
        assert!(function_word("Of") && function_word("И") && !function_word("Ofs"));
    }

    fn tag(s: &str) -> LanguageIdentifier {
        s.parse().unwrap_or_default()
    }

    /// Weekdays as pages print them: "manhã desta terça-feira (25)"
    /// (tests/fixtures/ingest/real/pt-blogpautaaberta-ugt-centrais-manifestacoes, line 11),
    /// "vendredi 20 mars 2009" (fr-forumpro-cgt-veolia-intersyndicale-20-mars-2009, line 8):
    /// CLDR's long forms as printed, for telling a language, and folded with the short forms
    /// ("ven."), for datelines.
    #[test]
    fn weekday_names_as_printed_and_folded() {
        let pt = weekday_forms(&tag("pt"));
        assert_eq!(pt.len(), 7);
        assert!(pt.iter().any(|w| w == "terça-feira"), "{pt:?}");
        let fr = weekday_names(&tag("fr"));
        assert!(fr.iter().any(|w| w == "vendredi") && fr.iter().any(|w| w == "ven"));
        assert!(weekday_forms(&tag("fr")).iter().any(|w| w == "vendredi"));
    }

    #[test]
    fn heading_words_come_from_the_bundled_messages() {
        let words = heading_words();
        // locales/fr/signatories.ftl: heading-undated "Signataires :" / "Signataires (d’autres
        // signatures sont possibles) :", subsequent-heading "Signataires ultérieurs :".
        assert!(
            words
                .heading
                .contains(&(tag("fr"), "signataires".to_owned()))
        );
        assert!(
            words
                .subsequent
                .contains(&"signataires ultérieurs".to_owned())
        );
        assert!(
            words
                .more
                .contains(&"d’autres signatures sont possibles".to_owned())
        );
        // "Подписали:" heads the Russian and the Bulgarian lists; CLDR's likely subtags make
        // und-Cyrl ru-Cyrl-RU, so the shared word is read as Russian.
        assert!(words.heading.contains(&(tag("ru"), "подписали".to_owned())));
        assert!(!words.heading.contains(&(tag("bg"), "подписали".to_owned())));
        // The terms of locales/de/signatories.ftl.
        assert!(
            words
                .heading
                .contains(&(tag("de"), "unterstützer".to_owned()))
        );
    }

    #[test]
    fn country_names_of_every_language_of_the_data() {
        // Germany and France in languages CLDR holds beyond those of its modern coverage,
        // as ICU4C names them (`node icu-oracle.mjs region fo DE FR`, lb, mt, gd).
        let keys = any_language_country_keys();
        let collator = primary_collator();
        for (name, code) in [
            ("Týskland", "DE"),
            ("Frakland", "FR"),
            ("Däitschland", "DE"),
            ("Frankräich", "FR"),
            ("il-Ġermanja", "DE"),
            ("A’ Ghearmailt", "DE"),
        ] {
            let mut k = Vec::new();
            let Ok(()) = collator.write_sort_key_to(name, &mut k);
            assert_eq!(keys.get(&k), Some(&Some(code.to_owned())), "{name}");
        }
    }

    #[test]
    fn a_new_locale_teaches_the_reader_its_headings() {
        let mut catalog = crate::render::Catalog::bundled();
        let ftl = "heading-undated = { $more ->\n    [yes] Underskrivere (flere kan skrive under):\n   *[no] Underskrivere:\n}\nsubsequent-heading = Senere underskrivere:\n-reader-heading-words =\n    Undertegnet av\n";
        assert!(catalog.add_ftl("nb", "nb.ftl", ftl).is_ok());
        let words = heading_words_from(&catalog.heading_texts(), Vec::new());
        assert!(
            words
                .heading
                .contains(&(tag("nb"), "underskrivere".to_owned()))
        );
        assert!(
            words
                .heading
                .contains(&(tag("nb"), "undertegnet av".to_owned()))
        );
        assert!(
            words
                .subsequent
                .contains(&"senere underskrivere".to_owned())
        );
        assert!(words.more.contains(&"flere kan skrive under".to_owned()));
        // Longest first: "undertegnet av" before "underskrivere".
        let at = |w: &str| words.heading.iter().position(|(_, x)| x == w);
        assert!(at("undertegnet av") < at("underskrivere"));
    }
}
