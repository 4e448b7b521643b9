//! What CLDR (through ICU4X's compiled data) knows of regions and languages: which exist, their
//! names in each locale, a language's writing direction, and whether a tag is acceptable.

use icu_locale::locale;
use icu_locale::names::{RegionDisplayName, ScriptDisplayName};
use icu_locale::subtags::Region;

use unic_langid::LanguageIdentifier;

use super::likely::{language_of_region, maximize, to_icu};

/// The CLDR name of a region (`DE`, or a UN M49 code such as `150`) in a language, falling back
/// along the language's parents to root. `None` when CLDR has no name for it.
///
/// ```
/// use signatories::locale::region_name;
/// assert_eq!(region_name("de", "CI").as_deref(), Some("Côte d’Ivoire"));
/// assert_eq!(region_name("fr", "150").as_deref(), Some("Europe"));
/// assert_eq!(region_name("de", "XY"), None);
/// ```
pub fn region_name(language: impl super::IntoLocale, code: &str) -> Option<String> {
    let language = language.into_locale().ok()?;
    let locale = icu_locale::Locale::from(to_icu(language.language().id())?);
    region_name_in(&locale, code)
}

/// [`region_name`] for ICU4X's locale type, as the renderer holds it.
pub(crate) fn region_name_in(locale: &icu_locale::Locale, code: &str) -> Option<String> {
    let region = Region::try_from_str(code).ok()?;
    if region.as_str() == "ZZ" {
        return None;
    }
    RegionDisplayName::try_new_light(locale.into(), region)
        .ok()
        .map(|n| n.to_string())
}

/// The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted. Generated from the ISO 3166-1
/// table of Debian's iso-codes (as packaged by `pycountry` 26.2.16):
/// `python3 -c "import pycountry; print(sorted(c.alpha_2 for c in pycountry.countries))"`.
/// CLDR also names codes that are not countries (`EU`, `UN`, `EZ`, `QO`, the pseudo-regions
/// `XA` and `XB`, user-assigned `XK`), which a registry must not take for one; a test checks
/// that CLDR names every code here.
const ISO_3166_1: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// [`direction_of`] for ICU4X's identifier, as the renderer holds it.
pub(crate) fn direction_of_icu(id: &icu_locale::LanguageIdentifier) -> crate::text::Direction {
    if icu_locale::LocaleDirectionality::new_common().is_right_to_left(id) {
        crate::text::Direction::Rtl
    } else {
        crate::text::Direction::Ltr
    }
}

/// The writing direction of a language's likely script, from CLDR (right to left for `ar`,
/// `fa`, `he`, `ur`, `ks-Arab`; left to right for `ks-Deva` and most languages); left to right
/// when the tag is not one CLDR reads.
///
/// ```
/// use signatories::locale::direction_of;
/// use signatories::text::Direction;
/// assert_eq!(direction_of("fa"), Direction::Rtl);
/// assert_eq!(direction_of("ks-Deva"), Direction::Ltr);
/// ```
pub fn direction_of(tag: impl super::IntoLocale) -> crate::text::Direction {
    tag.into_locale()
        .ok()
        .and_then(|l| to_icu(l.language().id()))
        .map_or(crate::text::Direction::Ltr, |id| direction_of_icu(&id))
}

/// The officially assigned ISO 3166-1 alpha-2 codes.
#[cfg(feature = "ingest")]
pub(crate) fn iso_3166_1() -> &'static [&'static str] {
    &ISO_3166_1
}

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code, such as `DE`. Reserved,
/// user-assigned and CLDR-only codes (`EU`, `UN`, `XK`, `XB`, `ZZ`) are not: an organization
/// of such a place refers to an area of the registry instead.
///
/// ```
/// use signatories::locale::is_known_country;
/// assert!(is_known_country("DE") && is_known_country("PE"));
/// assert!(!is_known_country("EU") && !is_known_country("XK") && !is_known_country("de"));
/// ```
pub fn is_known_country(code: &str) -> bool {
    ISO_3166_1.binary_search(&code).is_ok()
}

/// The preferred form of a language tag under BCP 47, when it differs from the tag: deprecated
/// subtags replaced by their IANA `Preferred-Value` (`iw` → `he`, `in` → `id`, `mo` → `ro`,
/// `i-klingon` → `tlh`). Case alone is no difference.
pub(crate) fn preferred_tag(tag: &str) -> Option<String> {
    let parsed = language_tags::LanguageTag::parse(tag).ok()?;
    let canonical = parsed.canonicalize().ok()?;
    (!canonical.as_str().eq_ignore_ascii_case(tag)).then(|| canonical.into_string())
}

/// Why the variants of a tag are not acceptable, if they are not: each variant must be
/// registered with IANA, for a prefix the tag has (`de-1901`, `sl-rozaj-biske`).
fn check_variants(tag: &str) -> Result<(), String> {
    use language_tags::ValidationError as V;
    let Ok(parsed) = language_tags::LanguageTag::parse(tag) else {
        return Ok(());
    };
    match parsed.validate() {
        Err(V::VariantNotInRegistry) => {
            Err("unknown variant (not in the IANA registry)".to_owned())
        }
        Err(V::WrongVariantPrefix) => Err("variant not registered for this language".to_owned()),
        Err(V::DuplicateVariant) => Err("variant given twice".to_owned()),
        _ => Ok(()),
    }
}

/// Whether `code` is a UN M49 area code that CLDR names (`002` Africa, `150` Europe).
///
/// ```
/// use signatories::locale::is_known_m49;
/// assert!(is_known_m49("002") && is_known_m49("150") && is_known_m49("419"));
/// assert!(!is_known_m49("999") && !is_known_m49("DE"));
/// ```
pub fn is_known_m49(code: &str) -> bool {
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_digit())
        && region_name_in(&locale!("en"), code).is_some()
}

/// The known language codes closest to an unknown one, best first: the two-letter codes
/// CLDR's likely subtags know, within one edit (two for a longer code); at most five.
pub(crate) fn closest_languages(unknown: &str) -> Vec<String> {
    use std::sync::OnceLock;
    static KNOWN: OnceLock<Vec<String>> = OnceLock::new();
    let known = KNOWN.get_or_init(|| {
        let mut out = Vec::new();
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                let Ok(language) = icu_locale::subtags::Language::try_from_utf8(&[a, b]) else {
                    continue;
                };
                let mut id = icu_locale::LanguageIdentifier::UNKNOWN;
                id.language = language;
                if maximize(&mut id) {
                    out.push(language.to_string());
                }
            }
        }
        out
    });
    let mut scored: Vec<(usize, &str)> = known
        .iter()
        .map(|t| (strsim::levenshtein(t, unknown), t.as_str()))
        .filter(|(d, _)| *d <= 1 || unknown.len() > 3 && *d <= 2)
        .collect();
    scored.sort();
    scored
        .iter()
        .take(5)
        .map(|(_, t)| (*t).to_owned())
        .collect()
}

/// Why a language tag is not acceptable, if it is not.
pub(crate) fn check_language(tag: &LanguageIdentifier) -> Result<(), String> {
    let Some(icu) = to_icu(tag) else {
        return Err("invalid language tag".to_owned());
    };
    if icu.language.is_unknown() {
        return Err("language tag without a language (und)".to_owned());
    }
    let mut bare = icu_locale::LanguageIdentifier::UNKNOWN;
    bare.language = icu.language;
    if !maximize(&mut bare) {
        return Err("unknown language".to_owned());
    }
    if let Some(script) = icu.script
        && ScriptDisplayName::try_new_light(locale!("en").into(), script).is_err()
    {
        return Err("unknown script".to_owned());
    }
    if let Some(region) = icu.region
        && region_name_in(&locale!("en"), region.as_str()).is_none()
    {
        return Err("unknown region".to_owned());
    }
    if !icu.variants.is_empty() {
        check_variants(&icu.to_string())?;
    }
    Ok(())
}

/// The own-language name of a country: CLDR's name of `code` in the country's likely
/// language.
pub(crate) fn country_own_name(code: &str) -> Option<String> {
    // The language alone: region display-name data is keyed by language (en-AU has none).
    // Where the tables have no entry for the region (ICU4X leaves `und-AU` as it is), CLDR's
    // algorithm falls back to the likely subtags of `und` itself: English.
    let mut language = icu_locale::LanguageIdentifier::UNKNOWN;
    language.language = match language_of_region(code) {
        Some(id) => id.language,
        None => icu_locale::subtags::language!("en"),
    };
    region_name_in(&icu_locale::Locale::from(language), code)
}

#[cfg(test)]
mod tests {
    use icu_locale::locale;
    use unic_langid::LanguageIdentifier;

    use super::{
        ISO_3166_1, check_language, country_own_name, is_known_country, is_known_m49,
        preferred_tag, region_name_in,
    };

    #[test]
    fn regions_and_languages() {
        assert!(is_known_country("DE"));
        assert!(!is_known_country("XX"));
        assert!(!is_known_country("ZZ"));
        assert!(!is_known_country("de"));
        for code in [
            "EU", "UN", "EZ", "QO", "XA", "XB", "XK", "AC", "DG", "EA", "IC", "TA",
        ] {
            assert!(!is_known_country(code), "{code}");
        }
        // Every ISO code is one CLDR names, and the list is sorted for the binary search.
        for code in ISO_3166_1 {
            assert!(region_name_in(&locale!("en"), code).is_some(), "{code}");
        }
        assert!(ISO_3166_1.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(preferred_tag("iw").as_deref(), Some("he"));
        assert_eq!(preferred_tag("mo").as_deref(), Some("ro"));
        assert_eq!(preferred_tag("EN"), None);
        assert_eq!(preferred_tag("tl"), None);
        assert!(is_known_m49("150"));
        assert_eq!(country_own_name("DE").as_deref(), Some("Deutschland"));
        assert_eq!(country_own_name("GR").as_deref(), Some("Ελλάδα"));
        assert_eq!(country_own_name("BG").as_deref(), Some("България"));
        assert_eq!(country_own_name("AU").as_deref(), Some("Australia"));
        assert_eq!(
            region_name_in(&locale!("de"), "CI").as_deref(),
            Some("Côte d’Ivoire")
        );
        let tag = |s: &str| s.parse::<LanguageIdentifier>().unwrap_or_default();
        assert!(check_language(&tag("de-1901")).is_ok());
        assert!(check_language(&tag("en-bogus")).is_err());
        assert!(check_language(&tag("sl-biske")).is_err());
        assert!(check_language(&tag("ru-Latn")).is_ok());
        assert!(check_language(&tag("qqq")).is_err());
    }
}
