//! The one rule for which languages serve a reader: [`LanguageChain`].

use unic_langid::LanguageIdentifier;

use super::likely::likely_script;
use super::{IntoLocale, Locale};

/// The languages, best first, in which a reader of one edition reads the names of
/// organizations and areas: the edition's language and its CLDR parents (`de-AT` → `de`;
/// `sr-Latn-RS` → `sr-Latn` → `sr`), then any fallback languages an editor chose
/// ([`LanguageChain::then`]). Never English by default: a German reader is not served by an
/// English name.
///
/// This is the one rule for "the name that serves language L": printing
/// ([`crate::render`]), sorting ([`crate::collate::SortBy::NameIn`]) and
/// [`crate::Organization::name_for`] all use it.
///
/// ```
/// use signatories::LanguageChain;
/// let chain = LanguageChain::for_language("de-AT");
/// assert!(chain.serves("de"));
/// assert!(!chain.serves("en"));
/// let chain = LanguageChain::for_language("ru");
/// // A Latin transliteration does not serve a Cyrillic reader.
/// assert!(!chain.serves("ru-Latn"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct LanguageChain {
    languages: Vec<(LanguageIdentifier, Option<icu_locale::subtags::Script>)>,
}

impl LanguageChain {
    /// The chain of a language: itself, its form without region, and its bare language where
    /// that is written in the same script (`zh-TW` is Traditional Chinese; bare `zh` is
    /// Simplified, so it is not in the chain of `zh-TW`; nor is `sr`, Cyrillic, in the chain of
    /// `sr-Latn`).
    /// A tag that is not well-formed has an empty chain (it serves nothing).
    pub fn for_language(language: impl IntoLocale) -> Self {
        language.into_locale().map_or_else(
            |_| LanguageChain::default(),
            |l| LanguageChain::of(l.language().id()),
        )
    }

    /// [`LanguageChain::for_language`] of a language identifier.
    pub(crate) fn of(language: &LanguageIdentifier) -> Self {
        let mut chain = LanguageChain::default();
        chain.push(language.clone());
        let script = likely_script(language);
        if language.script.is_some() {
            chain.push(LanguageIdentifier::from_parts(
                language.language,
                language.script,
                None,
                &[],
            ));
        }
        let bare = LanguageIdentifier::from_parts(language.language, None, None, &[]);
        if likely_script(&bare) == script {
            chain.push(bare);
        }
        chain
    }

    /// The chain of the messages that serve a locale: itself, then its CLDR parent locales
    /// (`pt-BR` → `pt`, `en-IN` → `en-001` → `en`, `zh-TW` → `zh-Hant-TW` → `zh-Hant`,
    /// `sr-Latn-RS` → `sr-Latn`), ICU4X's locale fallback, down to (not including) root. Where
    /// [`for_language`](Self::for_language) stays with the texts written for the reader's own
    /// language and script, this chain follows CLDR's inheritance of locale data, as messages
    /// are inherited.
    ///
    /// ```
    /// use signatories::LanguageChain;
    /// let chain = LanguageChain::for_messages("en-IN");
    /// let tags: Vec<String> = chain.languages().map(|l| l.to_string()).collect();
    /// assert_eq!(tags, ["en-IN", "en-001", "en"]);
    /// ```
    /// A tag that is not well-formed has an empty chain.
    pub fn for_messages(locale: impl IntoLocale) -> Self {
        locale.into_locale().map_or_else(
            |_| LanguageChain::default(),
            |l| LanguageChain::of_messages(l.language().id()),
        )
    }

    /// [`LanguageChain::for_messages`] of a language identifier.
    pub(crate) fn of_messages(locale: &LanguageIdentifier) -> Self {
        use icu_locale::fallback::{LocaleFallbackConfig, LocaleFallbacker};
        let mut chain = LanguageChain::default();
        chain.push(locale.clone());
        let Some(icu) = super::likely::to_icu(locale) else {
            return chain;
        };
        let fallbacker = LocaleFallbacker::new();
        let mut it = fallbacker
            .for_config(LocaleFallbackConfig::default())
            .fallback_for(icu_locale::DataLocale::from(&icu));
        // Bounded: a chain is a few steps long.
        for _ in 0..16 {
            it.step();
            let step = it.get().to_string();
            if step == "und" {
                break;
            }
            if let Ok(l) = step.parse::<LanguageIdentifier>() {
                chain.push(l);
            }
        }
        chain
    }

    /// The chain with a fallback language after the others (and its parents); unchanged for a
    /// tag that is not well-formed.
    ///
    /// ```
    /// use signatories::LanguageChain;
    /// let chain = LanguageChain::for_language("ca").then("es");
    /// let tags: Vec<String> = chain.languages().map(|l| l.to_string()).collect();
    /// assert_eq!(tags, ["ca", "es"]);
    /// assert!(chain.serves("es") && !chain.serves("en"));
    /// ```
    pub fn then(self, fallback: impl IntoLocale) -> Self {
        match fallback.into_locale() {
            Ok(l) => self.then_language(l.language().id()),
            Err(_) => self,
        }
    }

    /// [`LanguageChain::then`] with a language identifier.
    pub(crate) fn then_language(mut self, fallback: &LanguageIdentifier) -> Self {
        for l in LanguageChain::of(fallback).languages {
            self.push(l.0);
        }
        self
    }

    fn push(&mut self, language: LanguageIdentifier) {
        if !self.languages.iter().any(|(l, _)| *l == language) {
            let script = likely_script(&language);
            self.languages.push((language, script));
        }
    }

    /// The languages, best first.
    pub fn languages(&self) -> impl Iterator<Item = Locale> + '_ {
        self.language_ids().cloned().map(Locale::from_id)
    }

    /// The languages, best first, as identifiers.
    pub(crate) fn language_ids(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.languages.iter().map(|(l, _)| l)
    }

    /// The first language of the chain (the edition's own).
    ///
    /// ```
    /// let chain = signatories::LanguageChain::for_language("sr-Latn-RS");
    /// assert_eq!(chain.first().map(|l| l.to_string()).as_deref(), Some("sr-Latn-RS"));
    /// ```
    pub fn first(&self) -> Option<Locale> {
        self.first_id().cloned().map(Locale::from_id)
    }

    /// The first language of the chain, as an identifier.
    pub(crate) fn first_id(&self) -> Option<&LanguageIdentifier> {
        self.languages.first().map(|(l, _)| l)
    }

    /// The position in the chain of the first language a text tagged `tag` serves, or `None`.
    /// A tag serves a language when it is the same tag, or the same language in the same
    /// script (by CLDR's likely scripts) and not another region: `en` serves `en-GB`, `sr-Cyrl`
    /// serves `sr`, `ru-Latn` does not serve `ru`, `zh` does not serve `zh-TW`.
    ///
    /// ```
    /// // The chain: de-AT, de, en.
    /// let chain = signatories::LanguageChain::for_language("de-AT").then("en");
    /// assert_eq!(chain.rank("de-AT"), Some(0));
    /// assert_eq!(chain.rank("en"), Some(2));
    /// assert_eq!(chain.rank("fr"), None);
    /// ```
    pub fn rank(&self, tag: impl IntoLocale) -> Option<usize> {
        self.rank_of(tag.into_locale().ok()?.language().id())
    }

    /// [`LanguageChain::rank`] of a language identifier.
    pub(crate) fn rank_of(&self, tag: &LanguageIdentifier) -> Option<usize> {
        self.languages.iter().position(|(wanted, script)| {
            if tag == wanted {
                return true;
            }
            if tag.language != wanted.language {
                return false;
            }
            if wanted.region.is_some() && tag.region.is_some() && tag.region != wanted.region {
                return false;
            }
            likely_script(tag) == *script
        })
    }

    /// Whether a text tagged `tag` serves a reader of this chain.
    pub fn serves(&self, tag: impl IntoLocale) -> bool {
        self.rank(tag).is_some()
    }

    /// [`LanguageChain::serves`] for a language identifier.
    pub(crate) fn serves_language(&self, tag: &LanguageIdentifier) -> bool {
        self.rank_of(tag).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::LanguageChain;
    use crate::locale::Language;

    #[test]
    fn chains_serve_by_language_script_and_region() {
        let tag = |s: &str| s.parse::<Language>().unwrap();
        let chain = |s: &str| LanguageChain::for_language(tag(s));
        assert_eq!(
            chain("sr-Latn-RS")
                .languages()
                .map(|l| l.to_string())
                .collect::<Vec<_>>(),
            ["sr-Latn-RS", "sr-Latn"]
        );
        assert!(chain("en-GB").serves(tag("en")));
        assert!(chain("sr").serves(tag("sr-Cyrl")));
        assert!(!chain("sr").serves(tag("sr-Latn")));
        assert!(!chain("zh-TW").serves(tag("zh")));
        assert!(chain("zh-TW").serves(tag("zh-Hant")));
        assert!(chain("de-AT").serves(tag("de")));
        assert!(!chain("de").serves(tag("en")));
        assert_eq!(chain("de").then(tag("en")).rank(tag("en")), Some(1));
    }
}
