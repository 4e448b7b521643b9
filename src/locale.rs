//! The crate's one locale type, [`Locale`], and [`IntoLocale`], which every function that takes
//! a locale or a language accepts: a tag as text (`"de"`, `"pt-BR"`, `"de-u-co-phonebk"`), a
//! [`LanguageIdentifier`] (the type of the languages stored in names and acronyms), or a
//! `Locale`.
//!
//! ```
//! use signatories::{IntoLocale, LanguageIdentifier, Locale};
//! let phonebook: Locale = "de-u-co-phonebk".parse()?;
//! assert_eq!(phonebook.language().to_string(), "de");
//! assert_eq!(phonebook.keyword("co"), Some("phonebk".to_owned()));
//! assert_eq!(phonebook.to_string(), "de-u-co-phonebk");
//!
//! let pt: LanguageIdentifier = "pt-BR".parse().unwrap();
//! assert_eq!(pt.into_locale()?.to_string(), "pt-BR");
//! assert!("no such tag!".into_locale().is_err());
//! # Ok::<(), signatories::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use crate::error::Error;

/// The calendars a `-u-ca-` keyword may name (CLDR common/bcp47/calendar.xml).
const CALENDARS: &[&str] = &[
    "buddhist",
    "chinese",
    "coptic",
    "dangi",
    "ethioaa",
    "ethiopic",
    "gregory",
    "hebrew",
    "indian",
    "islamic",
    "islamic-civil",
    "islamic-rgsa",
    "islamic-tbla",
    "islamic-umalqura",
    "iso8601",
    "japanese",
    "persian",
    "roc",
];

/// A locale: a language identifier (language, script, region, variants) and the Unicode
/// extension keywords (`-u-co-phonebk`, `-u-nu-latn`, `-u-kn`) that tune sorting and
/// formatting. Build one with [`str::parse`] or from a [`LanguageIdentifier`]; functions of the
/// crate take anything that is [`IntoLocale`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Locale {
    language: LanguageIdentifier,
    icu: icu_locale::Locale,
}

impl Locale {
    /// The language identifier, without extensions.
    pub fn language(&self) -> &LanguageIdentifier {
        &self.language
    }

    /// The value of a Unicode extension keyword (`"co"` → `"phonebk"` in
    /// `de-u-co-phonebk`); `Some("true")` for a keyword given without a value (`-u-kn`).
    pub fn keyword(&self, key: &str) -> Option<String> {
        let key: icu_locale::extensions::unicode::Key = key.parse().ok()?;
        self.icu.extensions.unicode.keywords.get(&key).map(|v| {
            let s = v.to_string();
            if s.is_empty() { "true".to_owned() } else { s }
        })
    }

    /// Whether the locale carries extensions (`-u-…`, `-t-…`, private use).
    pub fn has_extensions(&self) -> bool {
        !self.icu.extensions.is_empty()
    }

    /// Checks that CLDR knows what the locale names: its language, script and region, and the
    /// calendar of a `-u-ca-` keyword. Every tool of the crate applies this one rule to a
    /// locale a user gives: an unknown language is an error naming the closest known tags; a
    /// known language without messages of its own renders (with a warning).
    ///
    /// ```
    /// use signatories::{Error, Locale};
    /// let bad: Locale = "xx-YY".parse()?;
    /// match bad.check_known() {
    ///     Err(Error::UnknownLocale { what, closest, .. }) => {
    ///         assert_eq!(what, "unknown language");
    ///         assert!(!closest.is_empty());
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// assert!("ka".parse::<Locale>()?.check_known().is_ok());
    /// assert!("fa-u-ca-bogus".parse::<Locale>()?.check_known().is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownLocale`] naming what is unknown and the closest known values.
    pub fn check_known(&self) -> Result<(), Error> {
        if let Err(what) = crate::cldr::check_language(&self.language) {
            let closest = if what == "unknown language" {
                crate::cldr::closest_languages(self.language.language.as_str())
            } else {
                Vec::new()
            };
            return Err(Error::UnknownLocale {
                what,
                tag: self.to_string(),
                closest,
            });
        }
        if let Some(ca) = self.keyword("ca")
            && !CALENDARS.contains(&ca.as_str())
        {
            let mut closest: Vec<(usize, &str)> = CALENDARS
                .iter()
                .map(|c| (strsim::levenshtein(c, &ca), *c))
                .collect();
            closest.sort();
            // The near spellings, else every calendar (a misspelling, or a guess).
            let near = closest.iter().filter(|(d, _)| *d <= 2).count();
            let shown = if near > 0 { near.min(3) } else { closest.len() };
            return Err(Error::UnknownLocale {
                what: "unknown calendar (-u-ca-)".to_owned(),
                tag: self.to_string(),
                closest: closest
                    .iter()
                    .take(shown)
                    .map(|(_, c)| (*c).to_owned())
                    .collect(),
            });
        }
        Ok(())
    }

    /// The same locale as ICU4X spells it, for its formatters.
    pub(crate) fn icu(&self) -> &icu_locale::Locale {
        &self.icu
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.icu, f)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({self})")
    }
}

impl FromStr for Locale {
    type Err = Error;

    /// Parses a BCP 47 tag; `_` is read as `-`.
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] when the text is not a well-formed tag.
    fn from_str(s: &str) -> Result<Self, Error> {
        let icu = icu_locale::Locale::try_from_str(s.trim())
            .map_err(|_| Error::InvalidLocale(s.to_owned()))?;
        let language = icu
            .id
            .to_string()
            .parse()
            .map_err(|_| Error::InvalidLocale(s.to_owned()))?;
        Ok(Locale { language, icu })
    }
}

impl From<LanguageIdentifier> for Locale {
    fn from(language: LanguageIdentifier) -> Self {
        // Every identifier unic-langid accepts is a well-formed BCP 47 language identifier,
        // which ICU4X accepts too; `und` stands in if the two ever disagree.
        let icu = icu_locale::Locale::try_from_str(&language.to_string())
            .unwrap_or(icu_locale::Locale::UNKNOWN);
        Locale { language, icu }
    }
}

impl From<&LanguageIdentifier> for Locale {
    fn from(language: &LanguageIdentifier) -> Self {
        Locale::from(language.clone())
    }
}

impl From<Locale> for LanguageIdentifier {
    fn from(locale: Locale) -> Self {
        locale.language
    }
}

/// Anything a locale can be made from: `&str`, `String`, [`LanguageIdentifier`], [`Locale`]
/// (owned or borrowed). Functions that take a locale or a language take `impl IntoLocale`, so
/// that a tag typed by a user and an identifier read from data are passed the same way.
pub trait IntoLocale {
    /// The locale.
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] when text is not a well-formed BCP 47 tag.
    fn into_locale(self) -> Result<Locale, Error>;

    /// The language, for places that take a language of text (a name's, an acronym's): a
    /// locale with extensions is refused there.
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] as above; [`Error::InvalidValue`] for a tag with extensions.
    fn into_language(self) -> Result<LanguageIdentifier, Error>
    where
        Self: Sized,
    {
        let locale = self.into_locale()?;
        if locale.has_extensions() {
            return Err(Error::InvalidValue {
                what:
                    "language of a text with extensions (a language tag takes no -u- or -t- part)"
                        .to_owned(),
                value: locale.to_string(),
            });
        }
        Ok(locale.language)
    }
}

impl IntoLocale for Locale {
    fn into_locale(self) -> Result<Locale, Error> {
        Ok(self)
    }
}

impl IntoLocale for LanguageIdentifier {
    fn into_locale(self) -> Result<Locale, Error> {
        Ok(Locale::from(self))
    }
}

impl IntoLocale for &str {
    fn into_locale(self) -> Result<Locale, Error> {
        self.parse()
    }
}

/// Borrowed: `&Locale`, `&LanguageIdentifier`, `&String`, `&&str`, …
impl<T: IntoLocale + Clone> IntoLocale for &T {
    fn into_locale(self) -> Result<Locale, Error> {
        self.clone().into_locale()
    }
}

impl IntoLocale for String {
    fn into_locale(self) -> Result<Locale, Error> {
        self.parse()
    }
}

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
/// let chain = LanguageChain::for_language(&"de-AT".parse().unwrap());
/// assert!(chain.serves(&"de".parse().unwrap()));
/// assert!(!chain.serves(&"en".parse().unwrap()));
/// let chain = LanguageChain::for_language(&"ru".parse().unwrap());
/// // A Latin transliteration does not serve a Cyrillic reader.
/// assert!(!chain.serves(&"ru-Latn".parse().unwrap()));
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
    pub fn for_language(language: &LanguageIdentifier) -> Self {
        let mut chain = LanguageChain::default();
        chain.push(language.clone());
        let script = crate::cldr::likely_script(language);
        if language.script.is_some() {
            chain.push(LanguageIdentifier::from_parts(
                language.language,
                language.script,
                None,
                &[],
            ));
        }
        let bare = LanguageIdentifier::from_parts(language.language, None, None, &[]);
        if crate::cldr::likely_script(&bare) == script {
            chain.push(bare);
        }
        chain
    }

    /// The chain with a fallback language after the others (and its parents).
    pub fn then(mut self, fallback: &LanguageIdentifier) -> Self {
        for l in LanguageChain::for_language(fallback).languages {
            self.push(l.0);
        }
        self
    }

    fn push(&mut self, language: LanguageIdentifier) {
        if !self.languages.iter().any(|(l, _)| *l == language) {
            let script = crate::cldr::likely_script(&language);
            self.languages.push((language, script));
        }
    }

    /// The languages, best first.
    pub fn languages(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.languages.iter().map(|(l, _)| l)
    }

    /// The first language of the chain (the edition's own).
    pub fn first(&self) -> Option<&LanguageIdentifier> {
        self.languages.first().map(|(l, _)| l)
    }

    /// The position in the chain of the first language a text tagged `tag` serves, or `None`.
    /// A tag serves a language when it is the same tag, or the same language in the same
    /// script (by CLDR's likely scripts) and not another region: `en` serves `en-GB`, `sr-Cyrl`
    /// serves `sr`, `ru-Latn` does not serve `ru`, `zh` does not serve `zh-TW`.
    pub fn rank(&self, tag: &LanguageIdentifier) -> Option<usize> {
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
            crate::cldr::likely_script(tag) == *script
        })
    }

    /// Whether a text tagged `tag` serves a reader of this chain.
    pub fn serves(&self, tag: &LanguageIdentifier) -> bool {
        self.rank(tag).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_serve_by_language_script_and_region() {
        let tag = |s: &str| s.parse::<LanguageIdentifier>().unwrap();
        let chain = |s: &str| LanguageChain::for_language(&tag(s));
        assert_eq!(
            chain("sr-Latn-RS")
                .languages()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["sr-Latn-RS", "sr-Latn"]
        );
        assert!(chain("en-GB").serves(&tag("en")));
        assert!(chain("sr").serves(&tag("sr-Cyrl")));
        assert!(!chain("sr").serves(&tag("sr-Latn")));
        assert!(!chain("zh-TW").serves(&tag("zh")));
        assert!(chain("zh-TW").serves(&tag("zh-Hant")));
        assert!(chain("de-AT").serves(&tag("de")));
        assert!(!chain("de").serves(&tag("en")));
        assert_eq!(chain("de").then(&tag("en")).rank(&tag("en")), Some(1));
    }

    #[test]
    fn conversions_agree() {
        let from_text: Locale = "sr-Latn-RS".parse().unwrap();
        let id: LanguageIdentifier = "sr-Latn-RS".parse().unwrap();
        assert_eq!(from_text, id.clone().into_locale().unwrap());
        assert_eq!(from_text, (&id).into_locale().unwrap());
        assert_eq!(from_text.language(), &id);
        assert!(!from_text.has_extensions());
        assert_eq!(
            "de-u-kn"
                .parse::<Locale>()
                .unwrap()
                .keyword("kn")
                .as_deref(),
            Some("true")
        );
        assert!(matches!(
            "de-u-co-phonebk".into_language(),
            Err(Error::InvalidValue { .. })
        ));
        assert!(matches!("".into_locale(), Err(Error::InvalidLocale(_))));
    }
}
