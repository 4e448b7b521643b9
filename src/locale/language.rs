//! The language of a text: [`Language`], the crate's own tag type for names, acronyms, titles
//! and editions.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use super::{IntoLocale, Locale};
use crate::error::Error;

/// The language a text is written in: a BCP 47 language tag (language, script, region,
/// variants; no extensions), such as `bg`, `sr-Latn` or `pt-BR`. The type of every language in
/// the model: [`crate::Name::lang`], [`crate::Acronym::lang`], [`crate::Area::names`],
/// [`crate::Statement::title`], [`crate::Printed::edition`].
///
/// A [`Locale`] is what an edition is rendered or sorted for (it may carry `-u-` keywords); a
/// `Language` is what a text is written in. Each converts to the other (a locale's extensions
/// are dropped), and both are accepted wherever [`IntoLocale`] is.
///
/// Parsed (`FromStr`, `TryFrom<&str>`, serde) as the data files read a tag's syntax (case is
/// normalized, `_` is read as `-`, variants are sorted, extensions are refused); written
/// (`Display`, serde) as the tag. Only well-formedness is checked here: a registry's data files
/// also check that CLDR knows the language and replace deprecated tags (`iw` → `he`). The order (`Ord`) is that of the subtags, as the model's maps
/// keep their keys; it is no language's collation.
///
/// ```
/// use signatories::{Language, Locale};
/// let serbian: Language = "SR_latn_rs".parse()?;
/// assert_eq!(serbian.to_string(), "sr-Latn-RS");
/// assert_eq!((serbian.primary_language(), serbian.script(), serbian.region()), ("sr", Some("Latn"), Some("RS")));
/// assert_eq!(serbian, "sr-Latn-RS");
///
/// // An edition's locale and its language.
/// let phonebook: Locale = "de-u-co-phonebk".parse()?;
/// assert_eq!(phonebook.language(), "de");
/// let german = Language::from(&phonebook);
/// assert_eq!(Locale::from(german).to_string(), "de");
///
/// assert!("de-u-co-phonebk".parse::<Language>().is_err());
/// assert!("no such tag!".parse::<Language>().is_err());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[repr(transparent)]
pub struct Language(LanguageIdentifier);

impl Language {
    /// The primary language subtag (`sr` in `sr-Latn-RS`; `und` for the undetermined
    /// language).
    ///
    /// ```
    /// let tag: signatories::Language = "pt-BR".parse()?;
    /// assert_eq!(tag.primary_language(), "pt");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn primary_language(&self) -> &str {
        self.0.language.as_str()
    }

    /// The script subtag (ISO 15924, `Latn` in `sr-Latn`), where the tag has one.
    ///
    /// ```
    /// let tag: signatories::Language = "sr-Latn".parse()?;
    /// assert_eq!(tag.script(), Some("Latn"));
    /// assert_eq!("sr".parse::<signatories::Language>()?.script(), None);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn script(&self) -> Option<&str> {
        self.0.script.as_ref().map(|s| s.as_str())
    }

    /// The region subtag (ISO 3166-1 or UN M49, `BR` in `pt-BR`), where the tag has one.
    ///
    /// ```
    /// let tag: signatories::Language = "es-419".parse()?;
    /// assert_eq!(tag.region(), Some("419"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn region(&self) -> Option<&str> {
        self.0.region.as_ref().map(|r| r.as_str())
    }

    /// The identifier, for the crate's locale functions.
    pub(crate) fn id(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// The identifier, owned.
    pub(crate) fn into_id(self) -> LanguageIdentifier {
        self.0
    }

    /// A tag from an identifier the crate parsed or built.
    pub(crate) fn from_id(id: LanguageIdentifier) -> Self {
        Language(id)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Language({self})")
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Reads a language tag's syntax, as the data files do.
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] when the text is not a well-formed language tag (a tag with
    /// extensions, `de-u-co-phonebk`, is a locale, not a language).
    fn from_str(s: &str) -> Result<Self, Error> {
        s.parse()
            .map(Language)
            .map_err(|_| Error::InvalidLocale(s.to_owned()))
    }
}

impl TryFrom<&str> for Language {
    type Error = Error;

    fn try_from(s: &str) -> Result<Self, Error> {
        s.parse()
    }
}

/// Compared as written (`"pt-BR"`).
impl PartialEq<str> for Language {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Language {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// The language of a locale: its extensions are dropped (`de-u-co-phonebk` → `de`).
impl From<Locale> for Language {
    fn from(locale: Locale) -> Self {
        locale.language
    }
}

impl From<&Locale> for Language {
    fn from(locale: &Locale) -> Self {
        locale.language.clone()
    }
}

impl From<&Language> for Locale {
    fn from(language: &Language) -> Self {
        Locale::from(language.clone())
    }
}

impl IntoLocale for Language {
    fn into_locale(self) -> Result<Locale, Error> {
        Ok(Locale::from(self))
    }
}

/// Written as the tag (`"sr-Latn"`), as the data files spell it.
impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Read from the tag, as [`str::parse`] reads it.
impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Tag;
        impl serde::de::Visitor<'_> for Tag {
            type Value = Language;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a BCP 47 language tag")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Language, E> {
                s.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_larger_than_the_identifier_it_wraps() {
        // A registry holds a million names: the crate's own type costs nothing over
        // unic-langid's identifier.
        assert_eq!(
            std::mem::size_of::<Language>(),
            std::mem::size_of::<LanguageIdentifier>()
        );
        assert_eq!(
            std::mem::size_of::<Option<Language>>(),
            std::mem::size_of::<Option<LanguageIdentifier>>()
        );
    }

    #[test]
    fn reads_and_writes_the_tag() {
        // RFC 5646 §2.1.1: language subtags lowercase, script titlecase, region uppercase.
        let tag: Language = "ZH_hant_tw".parse().unwrap();
        assert_eq!(tag.to_string(), "zh-Hant-TW");
        assert_eq!(format!("{tag:?}"), "Language(zh-Hant-TW)");
        assert_eq!(Language::try_from("zh-Hant-TW").unwrap(), tag);
        assert_eq!(
            tag.id(),
            &"zh-Hant-TW".parse::<LanguageIdentifier>().unwrap()
        );
        assert_eq!(Language::default().to_string(), "und");
        // Variants are part of the tag, in the canonical order of UTS #35 §3.2.1 (sorted):
        // RFC 5646's `sl-rozaj-biske` is `sl-biske-rozaj`.
        assert_eq!(
            "sl-rozaj-biske".parse::<Language>().unwrap().to_string(),
            "sl-biske-rozaj"
        );
        assert!(matches!(
            "en-US-u-ca-gregory".parse::<Language>(),
            Err(Error::InvalidLocale(_))
        ));
        assert!(matches!(
            "e".parse::<Language>(),
            Err(Error::InvalidLocale(_))
        ));

        let json = serde_json::to_string(&tag).unwrap();
        assert_eq!(json, "\"zh-Hant-TW\"");
        assert_eq!(serde_json::from_str::<Language>(&json).unwrap(), tag);
        assert!(serde_json::from_str::<Language>("\"not a tag\"").is_err());
        assert!(serde_json::from_str::<Language>("42").is_err());
    }

    #[test]
    fn converts_to_and_from_locale() {
        let locale: Locale = "fa-IR-u-ca-persian".parse().unwrap();
        let language = Language::from(&locale);
        assert_eq!(language.to_string(), "fa-IR");
        assert_eq!(Language::from(locale.clone()), language);
        assert_eq!(Locale::from(&language).to_string(), "fa-IR");
        assert!(!Locale::from(language.clone()).has_extensions());
        assert_eq!(language.into_locale().unwrap().to_string(), "fa-IR");
    }

    #[test]
    fn ordered_by_subtags() {
        // The model's maps (an area's names, a statement's titles) keep their order: by
        // language, then script, then region, a missing subtag first.
        let mut tags: Vec<Language> = ["sr-Latn", "de-AT", "sr", "en", "de", "sr-Cyrl"]
            .iter()
            .map(|t| t.parse().unwrap())
            .collect();
        tags.sort();
        let written: Vec<String> = tags.iter().map(ToString::to_string).collect();
        assert_eq!(written, ["de", "de-AT", "en", "sr", "sr-Cyrl", "sr-Latn"]);
    }
}
