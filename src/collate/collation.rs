//! Language-aware comparison with CLDR collation (ICU4X `icu_collator`): any CLDR locale,
//! `-u-co-` variants (`de-u-co-phonebk`, `es-u-co-trad`) and the usual options.

use std::cmp::Ordering;

use icu_collator::options::{AlternateHandling, CollatorOptions};
use icu_collator::preferences::{CollationCaseFirst, CollationNumericOrdering};
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};

use crate::error::Error;
use crate::locale::{IntoLocale, Locale};

/// How many levels of difference count.
///
/// ```
/// use signatories::collate::{Collation, CollationOptions, Strength};
/// // node icu-oracle.mjs equal fr primary Côte cote → true
/// let primary = Collation::try_new("fr", CollationOptions::default().with_strength(Strength::Primary))?;
/// assert!(primary.compare("Côte", "cote").is_eq());
/// let tertiary = Collation::try_new("fr", Default::default())?;
/// assert!(tertiary.compare("Côte", "cote").is_ne());
/// # Ok::<(), signatories::Error>(())
/// ```
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
///
/// ```
/// use signatories::collate::{Collation, CollationOptions, Punctuation, Strength};
/// // node icu-oracle.mjs equal en primary co-op coop → false (punctuation counts by default)
/// let c = Collation::try_new("en", CollationOptions::default().with_strength(Strength::Primary))?;
/// assert!(c.compare("co-op", "coop").is_ne());
/// let c = Collation::try_new("en", CollationOptions::default().with_strength(Strength::Primary).with_punctuation(Punctuation::Ignored))?;
/// assert!(c.compare("co-op", "coop").is_eq());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Punctuation {
    /// They count (CLDR's default, "non-ignorable").
    Significant,
    /// They are ignored unless everything else is equal ("alternate = shifted").
    Ignored,
}

/// Whether runs of digits compare by numeric value (`-u-kn`).
///
/// ```
/// use signatories::collate::{Collation, CollationOptions, Numeric};
/// let on = Collation::try_new("en", CollationOptions::default().with_numeric(Numeric::On))?;
/// assert!(on.compare("Item 2", "Item 10").is_lt());
/// let off = Collation::try_new("en", CollationOptions::default().with_numeric(Numeric::Off))?;
/// assert!(off.compare("Item 2", "Item 10").is_gt());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Numeric {
    /// Digit by digit (`Item 10` < `Item 2`).
    Off,
    /// By value (`Item 2` < `Item 10`).
    On,
}

/// Which case sorts first when letters differ only by case (`-u-kf`).
///
/// ```
/// use signatories::collate::{CaseFirst, Collation, CollationOptions};
/// // node icu-oracle.mjs sort en: a, b, B (lower case first by default)
/// let c = Collation::try_new("en", CollationOptions::default())?;
/// assert!(c.compare("b", "B").is_lt());
/// let c = Collation::try_new("en", CollationOptions::default().with_case_first(CaseFirst::Upper))?;
/// assert!(c.compare("B", "b").is_lt());
/// # Ok::<(), signatories::Error>(())
/// ```
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
    ///
    /// ```
    /// use signatories::collate::{CollationOptions, Strength};
    /// assert_eq!(CollationOptions::default().with_strength(Strength::Secondary).strength, Some(Strength::Secondary));
    /// ```
    pub fn with_strength(mut self, s: Strength) -> Self {
        self.strength = Some(s);
        self
    }
    /// Options with punctuation ignored or not.
    ///
    /// ```
    /// use signatories::collate::{CollationOptions, Punctuation};
    /// assert_eq!(CollationOptions::default().with_punctuation(Punctuation::Ignored).punctuation, Some(Punctuation::Ignored));
    /// ```
    pub fn with_punctuation(mut self, p: Punctuation) -> Self {
        self.punctuation = Some(p);
        self
    }
    /// Options with numeric ordering on or off.
    ///
    /// ```
    /// use signatories::collate::{CollationOptions, Numeric};
    /// assert_eq!(CollationOptions::default().with_numeric(Numeric::On).numeric, Some(Numeric::On));
    /// ```
    pub fn with_numeric(mut self, n: Numeric) -> Self {
        self.numeric = Some(n);
        self
    }
    /// Options with a case-first setting.
    ///
    /// ```
    /// use signatories::collate::{CaseFirst, CollationOptions};
    /// assert_eq!(CollationOptions::default().with_case_first(CaseFirst::Lower).case_first, Some(CaseFirst::Lower));
    /// ```
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
    ///
    /// ```
    /// use signatories::collate::Collation;
    /// assert!(Collation::try_new("de-u-co-phonebk", Default::default()).is_ok());
    /// assert!(Collation::try_new("de-u-co-bogus", Default::default()).is_err());
    /// assert!(Collation::try_new("not a tag", Default::default()).is_err());
    /// ```
    pub fn try_new(locale: impl IntoLocale, options: CollationOptions) -> Result<Self, Error> {
        let locale = locale.into_locale()?;
        let loc = locale.icu();
        // ICU4X falls back to root order for what it does not know; a tag that names no
        // language or an unknown collation is refused instead (`und` asks for root order).
        if !loc.id.language.is_unknown() {
            crate::locale::check_language(locale.language().id()).map_err(|what| {
                Error::UnknownLocale {
                    closest: if what == "unknown language" {
                        crate::locale::closest_languages(locale.language().primary_language())
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
    ///
    /// ```
    /// let c = signatories::collate::Collation::try_new("sv", Default::default())?;
    /// assert_eq!(c.locale().to_string(), "sv");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// Compares two strings.
    ///
    /// ```
    /// let sv = signatories::collate::Collation::try_new("sv", Default::default())?;
    /// // node icu-oracle.mjs sort sv: abc, zebra, åsna, ärlig
    /// assert!(sv.compare("zebra", "åsna").is_lt() && sv.compare("åsna", "ärlig").is_lt());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }

    /// Compares two byte strings, reading invalid UTF-8 as U+FFFD.
    ///
    /// ```
    /// let sv = signatories::collate::Collation::try_new("sv", Default::default())?;
    /// assert!(sv.compare_utf8("zebra".as_bytes(), "åsna".as_bytes()).is_lt());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn compare_utf8(&self, a: &[u8], b: &[u8]) -> Ordering {
        self.collator.compare_utf8(a, b)
    }

    /// Appends the sort key of `s` to `out`: comparing keys bytewise orders strings as
    /// [`Collation::compare`] does. Keys depend on the CLDR version: never store them.
    ///
    /// ```
    /// let sv = signatories::collate::Collation::try_new("sv", Default::default())?;
    /// let (mut a, mut b) = (Vec::new(), Vec::new());
    /// sv.write_key("zebra", &mut a);
    /// sv.write_key("åsna", &mut b);
    /// assert!(a < b);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn write_key(&self, s: &str, out: &mut Vec<u8>) {
        let Ok(()) = self.collator.write_sort_key_to(s, out);
    }

    /// Appends the sort key of a byte string (invalid UTF-8 read as U+FFFD).
    ///
    /// ```
    /// let sv = signatories::collate::Collation::try_new("sv", Default::default())?;
    /// let (mut a, mut b) = (Vec::new(), Vec::new());
    /// sv.write_key_utf8("åsna".as_bytes(), &mut a);
    /// sv.write_key_utf8("ärlig".as_bytes(), &mut b);
    /// assert!(a < b);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn write_key_utf8(&self, s: &[u8], out: &mut Vec<u8>) {
        let Ok(()) = self.collator.write_sort_key_utf8_to(s, out);
    }

    /// The sort key of `s`.
    ///
    /// ```
    /// let de = signatories::collate::Collation::try_new("de", Default::default())?;
    /// // In German "ä" sorts with "a": ärlig before zebra.
    /// assert!(de.key("ärlig") < de.key("zebra"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn key(&self, s: &str) -> Vec<u8> {
        let mut k = Vec::with_capacity(s.len() * 2 + 8);
        self.write_key(s, &mut k);
        k
    }
}
