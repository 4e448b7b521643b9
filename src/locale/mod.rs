//! Every locale fact of the crate in one place: the one locale type, [`Locale`]; [`Language`],
//! the language a text is written in (the type of the languages stored in names and acronyms);
//! [`IntoLocale`], which every function that takes a locale or a language accepts (a tag as text,
//! `"de"`, `"pt-BR"`, `"de-u-co-phonebk"`; a `Language`; or a `Locale`); the one fallback rule,
//! [`LanguageChain`]; what
//! CLDR knows of regions and languages ([`region_name`], [`is_known_country`], [`direction_of`]);
//! and CLDR's likely subtags, the only place the crate guesses a language or a script from
//! another subtag.
//!
//! ```
//! use signatories::{IntoLocale, Language, Locale};
//! let phonebook: Locale = "de-u-co-phonebk".parse()?;
//! assert_eq!(phonebook.language().to_string(), "de");
//! assert_eq!(phonebook.keyword("co"), Some("phonebk".to_owned()));
//! assert_eq!(phonebook.to_string(), "de-u-co-phonebk");
//!
//! let pt: Language = "pt-BR".parse()?;
//! assert_eq!(pt.into_locale()?.to_string(), "pt-BR");
//! assert!("no such tag!".into_locale().is_err());
//! # Ok::<(), signatories::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use crate::error::Error;

mod chain;
mod cldr;
mod language;
mod likely;
pub(crate) mod official;

pub use chain::LanguageChain;
#[cfg(feature = "ingest")]
pub(crate) use cldr::iso_3166_1;
pub(crate) use cldr::{
    check_language, closest_languages, country_own_name, direction_of_icu, preferred_tag,
    region_name_in,
};
pub use cldr::{direction_of, is_known_country, is_known_m49, region_name};
pub use language::Language;
#[cfg(feature = "ingest")]
pub(crate) use likely::language_of_script;
pub(crate) use likely::{language_of_region, likely_script};
pub use official::{OfficialStatus, is_official_in, official_languages};

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
/// formatting. Build one with [`str::parse`] or from a [`Language`]; functions of the crate take
/// anything that is [`IntoLocale`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Locale {
    language: Language,
    icu: icu_locale::Locale,
}

impl Locale {
    /// The language, without extensions.
    ///
    /// ```
    /// let l: signatories::Locale = "sr-Latn-RS-u-co-phonebk".parse()?;
    /// assert_eq!(l.language().to_string(), "sr-Latn-RS");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// A locale of a language identifier the crate parsed or built.
    pub(crate) fn from_id(id: LanguageIdentifier) -> Self {
        Locale::from(Language::from_id(id))
    }

    /// The value of a Unicode extension keyword (`"co"` → `"phonebk"` in
    /// `de-u-co-phonebk`); `Some("true")` for a keyword given without a value (`-u-kn`).
    ///
    /// ```
    /// let l: signatories::Locale = "fa-u-ca-persian-kn".parse()?;
    /// assert_eq!(l.keyword("ca").as_deref(), Some("persian"));
    /// assert_eq!(l.keyword("kn").as_deref(), Some("true"));
    /// assert_eq!(l.keyword("co"), None);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn keyword(&self, key: &str) -> Option<String> {
        let key: icu_locale::extensions::unicode::Key = key.parse().ok()?;
        self.icu.extensions.unicode.keywords.get(&key).map(|v| {
            let s = v.to_string();
            if s.is_empty() { "true".to_owned() } else { s }
        })
    }

    /// Whether the locale carries extensions (`-u-…`, `-t-…`, private use).
    ///
    /// ```
    /// use signatories::Locale;
    /// assert!("de-u-co-phonebk".parse::<Locale>()?.has_extensions());
    /// assert!(!"de-AT".parse::<Locale>()?.has_extensions());
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
        if let Err(what) = cldr::check_language(self.language.id()) {
            let closest = if what == "unknown language" {
                cldr::closest_languages(self.language.primary_language())
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
        Ok(Locale {
            language: Language::from_id(language),
            icu,
        })
    }
}

/// The locale of a language, without extensions.
impl From<Language> for Locale {
    fn from(language: Language) -> Self {
        // Every identifier unic-langid accepts is a well-formed BCP 47 language identifier,
        // which ICU4X accepts too; `und` stands in if the two ever disagree.
        let icu = icu_locale::Locale::try_from_str(&language.to_string())
            .unwrap_or(icu_locale::Locale::UNKNOWN);
        Locale { language, icu }
    }
}

/// `und`, the undetermined language (as [`Language`]'s default).
impl Default for Locale {
    fn default() -> Self {
        Locale::from(Language::default())
    }
}

/// Compared as written (`"pt-BR"`), so that a list of locales can be searched for a tag.
impl PartialEq<str> for Locale {
    fn eq(&self, other: &str) -> bool {
        self.icu.to_string() == other
    }
}

impl PartialEq<&str> for Locale {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// Ordered as written (`de` < `de-AT` < `en`), as [`crate::render::Catalog::locales`] lists them.
impl Ord for Locale {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.to_string().cmp(&other.to_string())
    }
}

impl PartialOrd for Locale {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Anything a locale can be made from: `&str`, `String`, [`Language`], [`Locale`]
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
    fn into_language(self) -> Result<Language, Error>
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

impl IntoLocale for &str {
    fn into_locale(self) -> Result<Locale, Error> {
        self.parse()
    }
}

/// Borrowed: `&Locale`, `&Language`, `&String`, `&&str`, …
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

#[cfg(test)]
mod tests {
    use crate::error::Error;

    use super::{IntoLocale, Language, Locale};

    #[test]
    fn conversions_agree() {
        let from_text: Locale = "sr-Latn-RS".parse().unwrap();
        let id: Language = "sr-Latn-RS".parse().unwrap();
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
