//! What CLDR (through ICU4X's compiled data) knows: which regions and languages exist, and the
//! names of regions in each locale.

use icu_locale::names::{RegionDisplayName, ScriptDisplayName};
use icu_locale::subtags::{Region, Script};
use icu_locale::{LocaleExpander, locale};
use unic_langid::LanguageIdentifier;

/// Converts a `unic_langid` tag to ICU4X's type (through the string form, the two crates' only
/// common ground).
pub(crate) fn to_icu(tag: &LanguageIdentifier) -> Option<icu_locale::LanguageIdentifier> {
    icu_locale::LanguageIdentifier::try_from_str(&tag.to_string()).ok()
}

/// The CLDR name of a region (`DE`, or a UN M49 code such as `150`) in a locale, falling back
/// along the locale's parents to root. `None` when CLDR has no name for it.
pub fn region_name(locale: &icu_locale::Locale, code: &str) -> Option<String> {
    let region = Region::try_from_str(code).ok()?;
    if region.as_str() == "ZZ" {
        return None;
    }
    RegionDisplayName::try_new_light(locale.into(), region)
        .ok()
        .map(|n| n.to_string())
}

/// Whether `code` is an ISO 3166-1 alpha-2 code that CLDR names (in English), such as `DE`.
/// Deprecated, private-use and unknown codes (`XX`, `ZZ`) are not.
pub fn is_known_country(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && region_name(&locale!("en"), code).is_some()
}

/// Whether `code` is a UN M49 area code that CLDR names (`002` Africa, `150` Europe).
pub fn is_known_m49(code: &str) -> bool {
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_digit())
        && region_name(&locale!("en"), code).is_some()
}

/// Adds likely subtags (CLDR likelySubtags): `und-AU` → `en-Latn-AU`, `ru` → `ru-Cyrl-RU`.
/// ICU4X splits the data in a common and an extended set; both are consulted.
pub(crate) fn maximize(id: &mut icu_locale::LanguageIdentifier) -> bool {
    LocaleExpander::new_common().maximize(id) == icu_locale::TransformResult::Modified
        || LocaleExpander::new_extended().maximize(id) == icu_locale::TransformResult::Modified
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
        && region_name(&locale!("en"), region.as_str()).is_none()
    {
        return Err("unknown region".to_owned());
    }
    Ok(())
}

/// The script a tag stands for: its script subtag, or the likely script of its language
/// (`ru` → `Cyrl`, `ar` → `Arab`, `sr-RS` → `Cyrl`), by CLDR's likely subtags.
///
/// Answers are memoized: rendering asks for the same few tags once per entry.
pub fn likely_script(tag: &LanguageIdentifier) -> Option<Script> {
    use std::collections::HashMap;
    use std::sync::{OnceLock, RwLock};
    // Bounded: past this many distinct tags, answers are computed without being kept.
    const MAX_MEMO: usize = 4096;
    static MEMO: OnceLock<RwLock<HashMap<LanguageIdentifier, Option<Script>>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    if let Some(s) = memo.read().ok().and_then(|m| m.get(tag).copied()) {
        return s;
    }
    let script = to_icu(tag).and_then(|mut icu| {
        if icu.script.is_none() {
            maximize(&mut icu);
        }
        icu.script
    });
    if let Ok(mut m) = memo.write()
        && m.len() < MAX_MEMO
    {
        m.insert(tag.clone(), script);
    }
    script
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_and_languages() {
        assert!(is_known_country("DE"));
        assert!(!is_known_country("XX"));
        assert!(!is_known_country("ZZ"));
        assert!(!is_known_country("de"));
        assert!(is_known_m49("150"));
        assert_eq!(
            region_name(&locale!("de"), "CI").as_deref(),
            Some("Côte d’Ivoire")
        );
        let tag = |s: &str| s.parse::<LanguageIdentifier>().unwrap_or_default();
        assert!(check_language(&tag("ru-Latn")).is_ok());
        assert!(check_language(&tag("qqq")).is_err());
        assert_eq!(
            likely_script(&tag("bg")).map(|s| s.to_string()).as_deref(),
            Some("Cyrl")
        );
    }
}
