//! Wikimedia language codes (the `language` of Wikidata labels, aliases and monolingual texts,
//! the `lang` of EveryPolitician's `other_names`) to BCP 47 language tags.
//!
//! The table is MediaWiki's own (`includes/language/LanguageCode.php`, wikimedia/mediawiki
//! commit 390445b343a68d26034570127ede88aedbf85cb2: `DEPRECATED_LANGUAGE_CODE_MAPPING` then
//! `NON_STANDARD_LANGUAGE_CODE_MAPPING`, then the case of each subtag as `LanguageCode::bcp47`
//! sets it: `zh-hant` → `zh-Hant`, `sr-el` → `sr-Latn`, `zh-tw` → `zh-Hant-TW`,
//! `be-x-old` → `be-tarask`). The model's tags carry no private-use part (`-x-…`), so the
//! codes MediaWiki maps to one keep their language alone: `de-formal` (`de-x-formal`) → `de`,
//! `map-bms` (`jv-x-bms`) → `jv`, `roa-tara` (`nap-x-tara`) → `nap`; `simple` (Simple English
//! Wikipedia, `en-simple`, whose variant is not registered) → `en`. Every result is then
//! checked as a data file's tag is (CLDR knows its language, IANA its variants): a code that
//! fails has no mapping, and the reader warns and leaves its text out.

use unic_langid::LanguageIdentifier;

/// MediaWiki's code → the tag it stands for (lowercase; the case is set after).
const TABLE: &[(&str, &str)] = &[
    // DEPRECATED_LANGUAGE_CODE_MAPPING
    ("als", "gsw"),
    ("bat-smg", "sgs"),
    ("be-x-old", "be-tarask"),
    ("fiu-vro", "vro"),
    ("roa-rup", "rup"),
    ("zh-classical", "lzh"),
    ("zh-min-nan", "nan"),
    ("zh-yue", "yue"),
    // NON_STANDARD_LANGUAGE_CODE_MAPPING (private-use parts dropped, see above)
    ("cbk-zam", "cbk"),
    ("de-formal", "de"),
    ("eml", "egl"),
    ("en-rtl", ""),
    ("es-formal", "es"),
    ("hu-formal", "hu"),
    ("map-bms", "jv"),
    ("mo", "ro-cyrl-md"),
    ("nrm", "nrf"),
    ("nl-informal", "nl"),
    ("roa-tara", "nap"),
    ("simple", "en"),
    ("sr-ec", "sr-cyrl"),
    ("sr-el", "sr-latn"),
    ("crh-ro", "crh-latn-ro"),
    ("kk-cn", "kk-arab-cn"),
    ("kk-tr", "kk-latn-tr"),
    ("zh-cn", "zh-hans-cn"),
    ("zh-sg", "zh-hans-sg"),
    ("zh-my", "zh-hans-my"),
    ("zh-tw", "zh-hant-tw"),
    ("zh-hk", "zh-hant-hk"),
    ("zh-mo", "zh-hant-mo"),
    // Not MediaWiki's: `sh` (Serbo-Croatian, written in Latin letters on its wiki) has no
    // language of its own in CLDR, whose supplementalMetadata aliases it
    // (`<languageAlias type="sh" replacement="sr_Latn"/>`).
    ("sh", "sr-latn"),
];

/// The BCP 47 tag of a Wikimedia language code, checked as a data file's tag is; `None` when
/// the code has no mapping (`en-rtl`, a test code) or its tag names a language CLDR does not
/// know.
pub(crate) fn to_bcp47(code: &str) -> Option<LanguageIdentifier> {
    let lower = code.to_ascii_lowercase();
    let mapped = TABLE
        .iter()
        .find(|(from, _)| *from == lower)
        .map_or(lower.as_str(), |(_, to)| *to);
    if mapped.is_empty() || mapped.contains("-x-") || mapped.starts_with("x-") {
        return None;
    }
    // Case as LanguageCode::bcp47 sets it: two letters after the first subtag are a region,
    // four a script.
    let cased: Vec<String> = mapped
        .split('-')
        .enumerate()
        .map(|(i, s)| match (i, s.len()) {
            (0, _) => s.to_owned(),
            (_, 2) => s.to_ascii_uppercase(),
            (_, 4) => {
                let mut c = s.to_owned();
                if let Some(first) = c.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                c
            }
            _ => s.to_owned(),
        })
        .collect();
    super::decode::parse_tag(&cased.join("-"))
        .ok()
        .map(|(tag, _)| tag)
}

#[cfg(test)]
mod tests {
    use super::to_bcp47;

    /// Expected tags from MediaWiki's table (LanguageCode.php, commit above) and its
    /// `bcp47()` casing, read by hand.
    #[test]
    fn wikimedia_codes() {
        let tag = |c: &str| to_bcp47(c).map(|t| t.to_string());
        assert_eq!(tag("zh-hant").as_deref(), Some("zh-Hant"));
        assert_eq!(tag("zh-hans").as_deref(), Some("zh-Hans"));
        assert_eq!(tag("zh-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(tag("sr-el").as_deref(), Some("sr-Latn"));
        assert_eq!(tag("sr-ec").as_deref(), Some("sr-Cyrl"));
        assert_eq!(tag("be-tarask").as_deref(), Some("be-tarask"));
        assert_eq!(tag("be-x-old").as_deref(), Some("be-tarask"));
        assert_eq!(tag("zh-classical").as_deref(), Some("lzh"));
        assert_eq!(tag("en-gb").as_deref(), Some("en-GB"));
        assert_eq!(tag("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(tag("de-formal").as_deref(), Some("de"));
        assert_eq!(tag("simple").as_deref(), Some("en"));
        assert_eq!(tag("sh").as_deref(), Some("sr-Latn"));
        assert_eq!(tag("en-rtl"), None);
        assert_eq!(tag("qqq"), None);
        assert_eq!(tag("not a code"), None);
    }
}
