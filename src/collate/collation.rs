//! Language-aware comparison with CLDR collation (ICU4X `icu_collator`): any CLDR locale,
//! `-u-co-` variants (`de-u-co-phonebk`, `es-u-co-trad`) and the usual options.

use std::cmp::Ordering;

use icu_collator::options::{AlternateHandling, CollatorOptions};
use icu_collator::preferences::{CollationCaseFirst, CollationNumericOrdering};
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};

use crate::error::Error;
use crate::locale::{IntoLocale, Locale};

/// How many levels of difference count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strength {
    /// Base letters only: case and accents ignored (`Côte` = `cote`).
    Primary,
    /// Base letters and accents: case ignored.
    Secondary,
    /// Base letters, accents and case (the CLDR default).
    Tertiary,
}

/// Whether punctuation and spaces count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Punctuation {
    /// They count (CLDR's default, "non-ignorable").
    Significant,
    /// They are ignored unless everything else is equal ("alternate = shifted").
    Ignored,
}

/// Whether runs of digits compare by numeric value (`-u-kn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Numeric {
    /// Digit by digit (`Item 10` < `Item 2`).
    Off,
    /// By value (`Item 2` < `Item 10`).
    On,
}

/// Which case sorts first when letters differ only by case (`-u-kf`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaseFirst {
    /// Upper case first.
    Upper,
    /// Lower case first.
    Lower,
    /// As the locale orders them.
    Off,
}

spelled_enum!(Strength, "strength", {
    Primary => "primary", Secondary => "secondary", Tertiary => "tertiary",
});
spelled_enum!(Punctuation, "punctuation", { Significant => "significant", Ignored => "ignored" });
spelled_enum!(Numeric, "numeric ordering", { Off => "off", On => "on" });
spelled_enum!(CaseFirst, "case-first", { Upper => "upper", Lower => "lower", Off => "off" });

/// Collation options. Every field is optional: `None` keeps the locale's default (including
/// what the locale tag's `-u-kn`/`-u-kf` keywords say).
///
/// ```
/// use signatories::collate::{Collation, CollationOptions, Punctuation, Strength};
/// let options = CollationOptions::default()
///     .with_strength(Strength::Primary)
///     .with_punctuation(Punctuation::Ignored);
/// let c = Collation::try_new("en", options)?;
/// assert!(c.compare("co-op", "COOP").is_eq());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct CollationOptions {
    /// Strength.
    pub strength: Option<Strength>,
    /// Punctuation.
    pub punctuation: Option<Punctuation>,
    /// Numeric ordering.
    pub numeric: Option<Numeric>,
    /// Case first.
    pub case_first: Option<CaseFirst>,
}

impl CollationOptions {
    /// Options with this strength.
    pub fn with_strength(mut self, s: Strength) -> Self {
        self.strength = Some(s);
        self
    }
    /// Options with punctuation ignored or not.
    pub fn with_punctuation(mut self, p: Punctuation) -> Self {
        self.punctuation = Some(p);
        self
    }
    /// Options with numeric ordering on or off.
    pub fn with_numeric(mut self, n: Numeric) -> Self {
        self.numeric = Some(n);
        self
    }
    /// Options with a case-first setting.
    pub fn with_case_first(mut self, c: CaseFirst) -> Self {
        self.case_first = Some(c);
        self
    }
}

/// A collator for one locale and set of options. Build it once and keep it; it is `Send + Sync`.
///
/// ```
/// use signatories::collate::Collation;
/// let sv = Collation::try_new("sv", Default::default())?;
/// let de = Collation::try_new("de", Default::default())?;
/// // "ä" goes after "z" in Swedish, with "a" in German.
/// assert!(sv.compare("ärlig", "zebra").is_gt());
/// assert!(de.compare("ärlig", "zebra").is_lt());
/// let phonebook = Collation::try_new("de-u-co-phonebk", Default::default())?;
/// assert!(phonebook.compare("Müller", "Mueller").is_gt());
/// # Ok::<(), signatories::Error>(())
/// ```
pub struct Collation {
    collator: CollatorBorrowed<'static>,
    locale: Locale,
}

impl std::fmt::Debug for Collation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collation")
            .field("locale", &self.locale)
            .finish()
    }
}

/// The collation types of CLDR's BCP 47 data (`common/bcp47/collation.xml`), the values a
/// `-u-co-` keyword may take.
const COLLATION_TYPES: &[&str] = &[
    "big5han", "compat", "dict", "direct", "ducet", "emoji", "eor", "gb2312", "phonebk",
    "phonetic", "pinyin", "reformed", "search", "searchjl", "standard", "stroke", "trad", "unihan",
    "zhuyin",
];

impl Collation {
    /// A collator for `locale` (a tag such as `"de-u-co-phonebk"` or a [`Locale`]; `-u-co-`,
    /// `-u-kn`, `-u-kf` are honoured).
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] when the tag does not parse; [`Error::LocaleData`] when CLDR has
    /// no such collation.
    pub fn try_new(locale: impl IntoLocale, options: CollationOptions) -> Result<Self, Error> {
        let locale = locale.into_locale()?;
        let loc = locale.icu();
        // ICU4X falls back to root order for what it does not know; a tag that names no
        // language or an unknown collation is refused instead (`und` asks for root order).
        if !loc.id.language.is_unknown() {
            crate::locale::check_language(locale.language()).map_err(|what| {
                Error::UnknownLocale {
                    closest: if what == "unknown language" {
                        crate::locale::closest_languages(locale.language().language.as_str())
                    } else {
                        Vec::new()
                    },
                    what: format!("{what} in collation locale"),
                    tag: locale.to_string(),
                }
            })?;
        }
        let co = icu_locale::extensions::unicode::key!("co");
        if let Some(value) = loc.extensions.unicode.keywords.get(&co)
            && !COLLATION_TYPES.contains(&value.to_string().as_str())
        {
            return Err(Error::InvalidValue {
                what: "unknown collation type (-u-co-)".to_owned(),
                value: locale.to_string(),
            });
        }
        let mut prefs = CollatorPreferences::from(loc);
        match options.numeric {
            Some(Numeric::On) => prefs.numeric_ordering = Some(CollationNumericOrdering::True),
            Some(Numeric::Off) => prefs.numeric_ordering = Some(CollationNumericOrdering::False),
            None => {}
        }
        match options.case_first {
            Some(CaseFirst::Upper) => prefs.case_first = Some(CollationCaseFirst::Upper),
            Some(CaseFirst::Lower) => prefs.case_first = Some(CollationCaseFirst::Lower),
            Some(CaseFirst::Off) => prefs.case_first = Some(CollationCaseFirst::False),
            None => {}
        }
        let mut o = CollatorOptions::default();
        o.strength = options.strength.map(|s| match s {
            Strength::Primary => icu_collator::options::Strength::Primary,
            Strength::Secondary => icu_collator::options::Strength::Secondary,
            Strength::Tertiary => icu_collator::options::Strength::Tertiary,
        });
        o.alternate_handling = options.punctuation.map(|p| match p {
            Punctuation::Significant => AlternateHandling::NonIgnorable,
            Punctuation::Ignored => AlternateHandling::Shifted,
        });
        let collator = Collator::try_new(prefs, o)
            .map_err(|e| Error::LocaleData(format!("collation for {locale}: {e}")))?;
        Ok(Collation { collator, locale })
    }

    /// The locale this collator was built for.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// Compares two strings.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }

    /// Compares two byte strings, reading invalid UTF-8 as U+FFFD.
    pub fn compare_utf8(&self, a: &[u8], b: &[u8]) -> Ordering {
        self.collator.compare_utf8(a, b)
    }

    /// Appends the sort key of `s` to `out`: comparing keys bytewise orders strings as
    /// [`Collation::compare`] does. Keys depend on the CLDR version: never store them.
    pub fn write_key(&self, s: &str, out: &mut Vec<u8>) {
        let Ok(()) = self.collator.write_sort_key_to(s, out);
    }

    /// Appends the sort key of a byte string (invalid UTF-8 read as U+FFFD).
    pub fn write_key_utf8(&self, s: &[u8], out: &mut Vec<u8>) {
        let Ok(()) = self.collator.write_sort_key_utf8_to(s, out);
    }

    /// The sort key of `s`.
    pub fn key(&self, s: &str) -> Vec<u8> {
        let mut k = Vec::with_capacity(s.len() * 2 + 8);
        self.write_key(s, &mut k);
        k
    }
}
