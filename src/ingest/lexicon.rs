//! The words a list is read with: heading, section, "more possible" and footer words, month
//! names from CLDR, and country names in every language CLDR names them in.

#[allow(unused_imports)]
use super::*;

/// Words that name a signatory list, per language, lowercase.
pub(super) const HEADING_WORDS: &[(&str, &str)] = &[
    ("en", "signatories"),
    ("en", "signed by"),
    ("en", "signers"),
    ("de", "unterzeichner"),
    ("de", "unterzeichnende"),
    ("de", "unterstützer"),
    ("fr", "signataires"),
    ("es", "firmantes"),
    ("pt", "signatários"),
    ("pt", "assinantes"),
    ("ru", "подписали"),
    ("ru", "подписанты"),
    ("tr", "imzacılar"),
    ("ar", "الموقعون"),
    ("fa", "امضاکنندگان"),
    ("it", "firmatari"),
    ("nl", "ondertekenaars"),
    ("sv", "undertecknare"),
    ("pl", "sygnatariusze"),
    ("uk", "підписали"),
    ("bg", "подписали"),
    ("el", "υπογράφουν"),
    ("hi", "हस्ताक्षरकर्ता"),
    ("bn", "স্বাক্ষরকারী"),
    ("ur", "دستخط کنندگان"),
    ("zh-Hans", "签署方"),
    ("zh-Hant", "簽署方"),
    ("ja", "署名団体"),
    ("ko", "서명 단체"),
    ("id", "penanda tangan"),
];

/// Lines that start the subsequent section, lowercase.
pub(super) const SUBSEQUENT_WORDS: &[&str] = &[
    "subsequent signatories",
    "further signatories",
    "additional signatories",
    "later signatories",
    "signed later",
    "nachträgliche unterzeichner",
    "nachträglich unterzeichnet",
    "weitere unterzeichner",
    "signataires ultérieurs",
    "signataires supplémentaires",
    "autres signataires",
    "firmantes posteriores",
    "firmantes adicionales",
    "otros firmantes",
    "signatários posteriores",
    "подписали позднее",
    "sonradan imzalayanlar",
    "الموقعون لاحقًا",
    "امضاکنندگان بعدی",
    "firmatari successivi",
    "latere ondertekenaars",
    "kolejni sygnatariusze",
    "підписали пізніше",
    "подписали по-късно",
    "υπέγραψαν αργότερα",
    "बाद के हस्ताक्षरकर्ता",
    "পরবর্তী স্বাক্ষরকারী",
    "بعد کے دستخط کنندگان",
    "后续签署方",
    "後續簽署方",
    "追加署名団体",
    "추가 서명 단체",
    "penanda tangan selanjutnya",
];

/// Phrases saying more signatories are possible, lowercase.
pub(super) const MORE_WORDS: &[&str] = &[
    "further signatories possible",
    "more signatories possible",
    "further signatures possible",
    "open for signature",
    "weitere unterzeichner möglich",
    "weitere unterzeichnungen möglich",
    "weitere unterschriften möglich",
    "d’autres signatures",
    "d'autres signatures",
    "d’autres signataires",
    "d'autres signataires",
    "nuevas firmas",
    "más firmas",
    "novas assinaturas",
    "outras assinaturas",
    "новые подписи",
    "yeni imzalara açık",
    "ويمكن انضمام",
    "امکان امضای بیشتر",
    "aperto a nuove adesioni",
    "le adesioni restano aperte",
    "verdere ondertekening mogelijk",
    "możliwe kolejne podpisy",
    "можливі нові підписи",
    "възможни са нови подписи",
    "ανοιχτό για νέες υπογραφές",
    "δεκτές και νέες υπογραφές",
    "और हस्ताक्षर संभव",
    "আরও স্বাক্ষর সম্ভব",
    "مزید دستخط ممکن",
    "欢迎更多组织签署",
    "歡迎更多組織簽署",
    "追加署名受付中",
    "추가 서명 가능",
    "terbuka untuk penanda tangan baru",
];

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
    "lo", "gli", "o", "os", "as", "do", "da", "dos", "das", "del", "della", "dello", "degli",
    "delle", "du", "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τους", "τις",
    "het", "de",
];

/// Function words that acronyms skip, lowercase.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "de", "du", "des", "del", "la", "le", "les", "l", "d", "pour",
    "et", "y", "e", "da", "do", "dos", "das", "der", "die", "und", "für", "von", "van", "het",
    "en", "i", "и", "на", "в", "ve",
];

/// Month names (lowercase, folded) of a language → month number, from CLDR through ICU4X:
/// standalone and format forms (Russian "февраль" and "февраля").
pub(super) fn month_names(lang: &LanguageIdentifier) -> Vec<(String, u8)> {
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
            out.push((fold(&f.format(&date).to_string()), m));
        }
        if let Ok(f) = &with_day {
            let s = f.format(&date).to_string();
            let word: String = s
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() > 2)
                .collect::<Vec<_>>()
                .join(" ");
            if !word.is_empty() {
                out.push((fold(&word), m));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Lowercase and without accents, for comparing words.
pub(super) fn fold(s: &str) -> String {
    crate::find::fold(s)
}

/// Primary-strength keys of CLDR country names → codes, per language (memoized: building one
/// takes 676 region lookups).
pub(super) type CountryKeys = HashMap<Vec<u8>, Option<String>>;

pub(super) fn cldr_country_keys(lang: &LanguageIdentifier) -> std::sync::Arc<CountryKeys> {
    use std::sync::{Arc, OnceLock, RwLock};
    static MEMO: OnceLock<RwLock<HashMap<String, Arc<CountryKeys>>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let tag = lang.to_string();
    if let Some(k) = memo.read().ok().and_then(|m| m.get(&tag).cloned()) {
        return k;
    }
    let collator = primary_collator();
    let mut by_key = CountryKeys::new();
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
        // The world's areas CLDR names (UN M49: "Latin America", "Europe"): places, no code.
        for code in M49_AREAS {
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
    let keys = Arc::new(by_key);
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

/// The UN M49 areas CLDR names (continents and their regions).
const M49_AREAS: [&str; 27] = [
    "001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029",
    "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151",
    "419",
];

/// The languages whose CLDR country names are recognized in any list, whatever its language
/// ("Crna Gora" in a German list, "Argélia" in an English one): the languages of CLDR's
/// modern coverage.
const CLDR_LANGUAGES: &[&str] = &[
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en",
    "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "hu",
    "hy", "id", "ig", "is", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "lo", "lt",
    "lv", "mk", "ml", "mn", "mr", "ms", "my", "nb", "ne", "nl", "or", "pa", "pl", "ps", "pt",
    "pt-PT", "ro", "ru", "sd", "si", "sk", "sl", "so", "sq", "sr", "sr-Latn", "sv", "sw", "ta",
    "te", "tg", "th", "ti", "tk", "tr", "uk", "ur", "uz", "vi", "yo", "zh", "zh-Hant", "zu",
];

/// Country names in every language of [`CLDR_LANGUAGES`], built once.
pub(super) fn any_language_country_keys() -> std::sync::Arc<CountryKeys> {
    use std::sync::{Arc, OnceLock};
    static ALL: OnceLock<Arc<CountryKeys>> = OnceLock::new();
    Arc::clone(ALL.get_or_init(|| {
        let collator = primary_collator();
        let mut by_key = CountryKeys::new();
        for t in CLDR_LANGUAGES {
            let Ok(locale) = icu_locale::Locale::try_from_str(t) else {
                continue;
            };
            for code in crate::locale::iso_3166_1() {
                if let Some(name) = crate::locale::region_name_in(&locale, code) {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                    by_key.entry(k).or_insert_with(|| Some((*code).to_owned()));
                }
            }
            for code in M49_AREAS {
                if let Some(name) = crate::locale::region_name_in(&locale, code) {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                    by_key.entry(k).or_insert(None);
                }
            }
        }
        Arc::new(by_key)
    }))
}

/// Country names → codes, in the edition's language and English (CLDR), with the registry's
/// area names, then in every other language CLDR names countries in.
pub(super) struct Places {
    collator: icu_collator::CollatorBorrowed<'static>,
    countries: std::sync::Arc<CountryKeys>,
    pub(super) areas: HashMap<Vec<u8>, Option<String>>,
    elsewhere: std::sync::Arc<CountryKeys>,
}

impl Places {
    pub(super) fn new(lang: &LanguageIdentifier, registry: Option<&Registry>) -> Self {
        let collator = primary_collator();
        let mut areas = HashMap::new();
        if let Some(r) = registry {
            for area in r.areas() {
                for name in area.names.values() {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(name, &mut k);
                    areas.insert(k, None);
                }
            }
        }
        Places {
            collator,
            countries: cldr_country_keys(lang),
            areas,
            elsewhere: any_language_country_keys(),
        }
    }

    fn get(&self, s: &str) -> Option<&Option<String>> {
        let k = self.key(s);
        self.countries
            .get(&k)
            .or_else(|| self.areas.get(&k))
            .or_else(|| self.elsewhere.get(&k))
    }

    fn key(&self, s: &str) -> Vec<u8> {
        let mut k = Vec::new();
        let Ok(()) = self.collator.write_sort_key_to(s, &mut k);
        k
    }

    /// Whether `s` names a place (a country, an area, or several joined by `/` or `-`), and the
    /// country code when it is one country.
    pub(super) fn lookup(&self, s: &str) -> Option<Option<String>> {
        let s = s.trim();
        if s.is_empty() || s.chars().count() > 60 {
            return None;
        }
        if let Some(code) = self.get(s) {
            return Some(code.clone());
        }
        // An article before the name: "the Netherlands", "la France".
        if let Some((first, rest)) = s.split_once(' ')
            && ARTICLES.contains(&first.to_lowercase().as_str())
            && let Some(code) = self.get(rest.trim())
        {
            return Some(code.clone());
        }
        for sep in [" / ", "/", " - ", "-", " – "] {
            let parts: Vec<&str> = s.split(sep).collect();
            if parts.len() > 1 && parts.iter().all(|p| self.get(p.trim()).is_some()) {
                return Some(None);
            }
        }
        None
    }
}
