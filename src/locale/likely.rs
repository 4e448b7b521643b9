//! CLDR's likely subtags (likelySubtags): the script a language is most likely written in, the
//! language most likely spoken in a region or written in a script. Every guess of a language or
//! a script the crate makes from another subtag is made here.

use icu_locale::LocaleExpander;
use icu_locale::subtags::{Region, Script};
use unic_langid::LanguageIdentifier;

/// Converts a `unic_langid` tag to ICU4X's type (through the string form, the two crates' only
/// common ground).
pub(crate) fn to_icu(tag: &LanguageIdentifier) -> Option<icu_locale::LanguageIdentifier> {
    icu_locale::LanguageIdentifier::try_from_str(&tag.to_string()).ok()
}

/// Adds likely subtags (CLDR likelySubtags): `und-AU` → `en-Latn-AU`, `ru` → `ru-Cyrl-RU`.
/// ICU4X splits the data in a common and an extended set; both are consulted.
pub(crate) fn maximize(id: &mut icu_locale::LanguageIdentifier) -> bool {
    LocaleExpander::new_common().maximize(id) == icu_locale::TransformResult::Modified
        || LocaleExpander::new_extended().maximize(id) == icu_locale::TransformResult::Modified
}

/// The script a tag stands for: its script subtag, or the likely script of its language
/// (`ru` → `Cyrl`, `ar` → `Arab`, `sr-RS` → `Cyrl`), by CLDR's likely subtags.
///
/// Answers are memoized: rendering asks for the same few tags once per entry.
pub(crate) fn likely_script(tag: &LanguageIdentifier) -> Option<Script> {
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

/// The language and script most likely used in a region (`RU` → `ru-Cyrl-RU`, `AU` →
/// `en-Latn-AU`), by CLDR's likely subtags; `None` when the code is not a region or CLDR has
/// no language for it.
pub(crate) fn language_of_region(code: &str) -> Option<icu_locale::LanguageIdentifier> {
    let mut id = icu_locale::LanguageIdentifier::UNKNOWN;
    id.region = Some(Region::try_from_str(code).ok()?);
    maximize(&mut id);
    (!id.language.is_unknown()).then_some(id)
}

/// The language most likely written in a script (`Grek` → `el`, `Hebr` → `he`, `Cyrl` → `ru`),
/// by CLDR's likely subtags.
// Used by the list reader (the `ingest` feature) and this module's tests.
#[cfg_attr(not(feature = "ingest"), allow(dead_code))]
pub(crate) fn language_of_script(script: Script) -> Option<LanguageIdentifier> {
    let mut id = icu_locale::LanguageIdentifier::UNKNOWN;
    id.script = Some(script);
    if maximize(&mut id) {
        id.language.as_str().parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use icu_locale::subtags::Script;
    use unic_langid::LanguageIdentifier;

    use super::{language_of_region, language_of_script, likely_script};

    #[test]
    fn likely_scripts_and_languages() {
        let tag = |s: &str| s.parse::<LanguageIdentifier>().unwrap_or_default();
        assert_eq!(
            likely_script(&tag("bg")).map(|s| s.to_string()).as_deref(),
            Some("Cyrl")
        );
        assert_eq!(
            language_of_script(Script::try_from_str("Grek").unwrap()).map(|l| l.to_string()),
            Some("el".to_owned())
        );
        assert_eq!(
            language_of_region("RU").map(|l| l.to_string()).as_deref(),
            Some("ru-Cyrl-RU")
        );
        assert_eq!(language_of_region("Russia"), None);
    }
}
