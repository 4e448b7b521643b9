//! Organizations: acronyms and names in every language and script, countries and areas,
//! regions, identifiers.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::date::PartialDate;
use crate::locale::{IntoLocale, Language, LanguageChain};

/// The most acronyms one organization may have.
///
/// ```
/// // A data file with one acronym too many is refused with its place.
/// let acronyms = vec![r#"{ text = "A", lang = "en" }"#; signatories::MAX_ACRONYMS + 1].join(", ");
/// let toml = format!("[[organization]]\nid = \"a\"\nacronyms = [{acronyms}]\nnames = [{{ text = \"A\", lang = \"en\", kind = \"original\" }}]\n");
/// let err = signatories::Registry::from_toml_str(&toml, "r.toml").unwrap_err();
/// assert!(err.problems().iter().any(|p| p.kind == signatories::ProblemKind::TooMany));
/// ```
pub const MAX_ACRONYMS: usize = 50;
/// The most names one organization may have (in every language and kind together).
///
/// ```
/// let names = vec![r#"{ text = "A", lang = "en", kind = "original" }"#; signatories::MAX_NAMES + 1].join(", ");
/// let toml = format!("[[organization]]\nid = \"a\"\nnames = [{names}]\n");
/// let err = signatories::Registry::from_toml_str(&toml, "r.toml").unwrap_err();
/// assert!(err.problems().iter().any(|p| p.kind == signatories::ProblemKind::TooMany));
/// ```
pub const MAX_NAMES: usize = 500;
/// The most countries and areas one organization may name.
///
/// ```
/// let places = vec!["\"DE\""; signatories::MAX_PLACES + 1].join(", ");
/// let toml = format!("[[organization]]\nid = \"a\"\ncountries = [{places}]\nnames = [{{ text = \"A\", lang = \"en\", kind = \"original\" }}]\n");
/// let err = signatories::Registry::from_toml_str(&toml, "r.toml").unwrap_err();
/// assert!(err.problems().iter().any(|p| p.kind == signatories::ProblemKind::TooMany));
/// ```
pub const MAX_PLACES: usize = 300;
/// The most external identifiers one organization may have.
///
/// ```
/// let ids = vec![r#"{ scheme = "website", value = "https://example.org" }"#; signatories::MAX_IDENTIFIERS + 1].join(", ");
/// let toml = format!("[[organization]]\nid = \"a\"\nidentifiers = [{ids}]\nnames = [{{ text = \"A\", lang = \"en\", kind = \"original\" }}]\n");
/// let err = signatories::Registry::from_toml_str(&toml, "r.toml").unwrap_err();
/// assert!(err.problems().iter().any(|p| p.kind == signatories::ProblemKind::TooMany));
/// ```
pub const MAX_IDENTIFIERS: usize = 100;

/// An organization of the registry.
///
/// Its lists are bounded ([`MAX_ACRONYMS`], [`MAX_NAMES`], [`MAX_PLACES`],
/// [`MAX_IDENTIFIERS`]): far above any real organization, and low enough that the checks made
/// per organization (every acronym in every country) stay in proportion to the file.
///
/// Field names are those of the data files (kebab-case); see the crate docs for a TOML example.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// let mlkp = registry.organization("mlkp").unwrap();
/// // As examples/data/registry.toml gives it: Turkey and the registry's area Kurdistan.
/// let places: Vec<&str> = mlkp.countries.iter().map(|p| p.as_str()).collect();
/// assert_eq!(places, ["TR", "kurdistan"]);
/// assert_eq!((mlkp.region.as_deref(), mlkp.name_shows_country), (Some("150"), true));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub struct Organization {
    /// A stable slug (`mlpd`, `pc-ml-do`): lowercase ASCII letters, digits and hyphens.
    pub id: String,
    /// The countries or areas the organization names itself after; usually one. More than one
    /// where its name does ("Türkiye / Kürdistan").
    pub countries: Vec<Place>,
    /// Whether its name already makes the country plain ("Bulgarian Communist Party"), so that a
    /// list prints no ", Country" after it.
    pub name_shows_country: bool,
    /// A region for grouping, as a UN M49 code that CLDR names in every language (`002`
    /// Africa, `142` Asia, `009` Oceania, `150` Europe, `019` Americas).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Acronyms, each in the language and script it is written in. At least one may be empty
    /// only if the organization has none.
    pub acronyms: Vec<Acronym>,
    /// Names: at least one.
    pub names: Vec<Name>,
    /// External identifiers (Wikidata QID, website).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<Identifier>,
}

/// An acronym and the language (with its script where it matters) it is written in.
///
/// ```
/// let acronym = signatories::Acronym::try_new("БКП", "bg")?;
/// assert_eq!((acronym.text.as_str(), acronym.lang.to_string()), ("БКП", "bg".to_owned()));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Acronym {
    /// The acronym as written (`БКП`, `CPSA (ML)`).
    pub text: String,
    /// Its language tag (`bg`; `bg-Latn` for a Latin form `BKP`).
    pub lang: Language,
}

/// A name of an organization in one language.
///
/// ```
/// use signatories::{Name, NameKind};
/// let name = Name::try_new("Bulgarska Komunisticheska Partiya", "bg-Latn", NameKind::Transliteration { scheme: None })?;
/// assert_eq!((name.lang.to_string(), name.kind.as_str()), ("bg-Latn".to_owned(), "transliteration"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Name {
    /// The name as written.
    pub text: String,
    /// Its BCP 47 language tag, with a script subtag where it matters (`ru`, `ru-Latn`).
    pub lang: Language,
    /// What kind of name it is.
    #[serde(flatten)]
    pub kind: NameKind,
    /// Where the name comes from, where recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<NameSource>,
}

/// Where a [`Name`] comes from: its provenance, which tells an editor how far to trust a
/// translation (`source = "organization"` in the data files).
///
/// ```
/// use signatories::NameSource;
/// let source: NameSource = "wikidata:Q1146616".parse()?;
/// assert_eq!(source, NameSource::Imported("wikidata:Q1146616".to_owned()));
/// assert!("rumour".parse::<NameSource>().is_err());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameSource {
    /// Published by the organization itself (its website, its own statements).
    Organization,
    /// Printed in an edition of a coalition's statement.
    Edition,
    /// Translated for this dataset by its editors (no published form found).
    Dataset,
    /// Imported from open data: `wikidata:Q1146616` (the item), `popolo:FILE` or `csv:FILE`
    /// (the file's name), as [`crate::Registry::import`] records it.
    Imported(String),
}

/// The prefixes of an imported name's source.
pub(crate) const IMPORT_SOURCES: &[&str] = &["wikidata", "popolo", "csv"];

impl NameSource {
    /// The word for this source, as the data files spell it (`dataset`, `wikidata:Q42`).
    ///
    /// ```
    /// use signatories::NameSource;
    /// assert_eq!(NameSource::Dataset.as_str(), "dataset");
    /// assert_eq!(NameSource::Imported("csv:parties.csv".into()).as_str(), "csv:parties.csv");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            NameSource::Organization => "organization",
            NameSource::Edition => "edition",
            NameSource::Dataset => "dataset",
            NameSource::Imported(s) => s,
        }
    }
}

impl std::fmt::Display for NameSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NameSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::str::FromStr for NameSource {
    type Err = crate::error::Error;

    /// `organization`, `edition`, `dataset`, or an import's `wikidata:…`, `popolo:…`, `csv:…`
    /// (a reference of 1 to 300 characters without control characters).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "organization" => return Ok(NameSource::Organization),
            "edition" => return Ok(NameSource::Edition),
            "dataset" => return Ok(NameSource::Dataset),
            _ => {}
        }
        let imported = s.split_once(':').is_some_and(|(prefix, rest)| {
            IMPORT_SOURCES.contains(&prefix)
                && !rest.is_empty()
                && rest.chars().count() <= 300
                && !rest.chars().any(char::is_control)
                && rest.trim() == rest
        });
        if imported {
            Ok(NameSource::Imported(s.to_owned()))
        } else {
            Err(crate::error::Error::InvalidValue {
                what: "unknown name source (expected organization, edition, dataset, or wikidata:, popolo:, csv: and a reference)".to_owned(),
                value: s.to_owned(),
            })
        }
    }
}

/// The kind of a [`Name`].
///
/// ```
/// use signatories::NameKind;
/// let registry = signatories::seed::registry()?;
/// let kinds: Vec<&str> = registry.organization("bkp").unwrap().names.iter().map(|n| n.kind.as_str()).take(2).collect();
/// // examples/data/registry.toml: the Bulgarian original, then the English translation.
/// assert_eq!(kinds, ["original", "translation"]);
/// assert!(matches!(registry.organization("bkp").unwrap().names[0].kind, NameKind::Original));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NameKind {
    /// The organization's own name in (one of) its own language(s).
    Original,
    /// A translation into another language.
    Translation,
    /// A transliteration of an original name into the Latin script.
    Transliteration {
        /// The scheme, where known (`BGN/PCGN`, `ISO 9`, `German-style informal`).
        #[serde(skip_serializing_if = "Option::is_none")]
        scheme: Option<String>,
    },
    /// A name no longer used.
    Former {
        /// First day (or month, or year) the name was used.
        #[serde(skip_serializing_if = "Option::is_none")]
        from: Option<PartialDate>,
        /// Last day (or month, or year) the name was used.
        #[serde(skip_serializing_if = "Option::is_none")]
        until: Option<PartialDate>,
    },
    /// A short form of the name.
    Short,
}

impl NameKind {
    /// The name of the kind as the data files spell it.
    ///
    /// ```
    /// use signatories::NameKind;
    /// assert_eq!(NameKind::Transliteration { scheme: Some("ISO 9".into()) }.as_str(), "transliteration");
    /// assert_eq!(NameKind::Former { from: None, until: None }.as_str(), "former");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            NameKind::Original => "original",
            NameKind::Translation => "translation",
            NameKind::Transliteration { .. } => "transliteration",
            NameKind::Former { .. } => "former",
            NameKind::Short => "short",
        }
    }
}

/// A country (ISO 3166-1 alpha-2, as CLDR knows it) or an area the registry defines itself.
///
/// ```
/// use signatories::{CountryCode, Organization, Place};
/// // Two letters are a country code; anything else names an area of the registry.
/// let org = Organization::new("mlkp").with_country("TR").with_country("kurdistan");
/// let turkey = CountryCode::try_new("TR")?;
/// assert_eq!(org.countries, [Place::Country(turkey), Place::Area("kurdistan".into())]);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// An ISO 3166-1 alpha-2 code (`DE`).
    Country(CountryCode),
    /// The id of an [`Area`] of the registry (`kurdistan`).
    Area(String),
}

impl Place {
    /// The code or the id, as written in the data files.
    ///
    /// ```
    /// assert_eq!(signatories::Place::Area("kurdistan".into()).as_str(), "kurdistan");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            Place::Country(c) => c.as_str(),
            Place::Area(a) => a,
        }
    }
}

/// The code of a country in a [`Place`]: two ASCII letters, as ISO 3166-1 alpha-2 writes a
/// country (`DE`), held in the value itself: a registry names a country in nearly every
/// organization, and a code takes no allocation. The letters are kept as written; whether CLDR
/// knows the country is checked when the organization enters a registry. It reads as the
/// `str` it holds (`Deref`), and compares with one.
///
/// ```
/// use signatories::CountryCode;
/// let germany: CountryCode = "DE".parse()?;
/// assert_eq!((germany.as_str(), germany.to_string()), ("DE", "DE".to_owned()));
/// assert_eq!(germany, "DE");
/// assert!(germany.eq_ignore_ascii_case("de"));
/// // Two letters, nothing else.
/// assert!(CountryCode::try_new("DEU").is_err() && CountryCode::try_new("D1").is_err());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// The code of `code`, two ASCII letters (`"DE"`).
    ///
    /// # Errors
    /// [`crate::Error::InvalidValue`] when `code` is not two ASCII letters.
    ///
    /// ```
    /// assert_eq!(signatories::CountryCode::try_new("CI")?.as_str(), "CI");
    /// assert!(signatories::CountryCode::try_new("kurdistan").is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn try_new(code: &str) -> Result<Self, crate::error::Error> {
        match code.as_bytes() {
            &[a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(CountryCode([a, b]))
            }
            _ => Err(crate::error::Error::InvalidValue {
                what: "country code (expected two letters, an ISO 3166-1 alpha-2 code)".to_owned(),
                value: code.to_owned(),
            }),
        }
    }

    /// The two letters.
    ///
    /// ```
    /// assert_eq!(signatories::CountryCode::try_new("pe")?.as_str(), "pe");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Two ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl std::ops::Deref for CountryCode {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for CountryCode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::str::FromStr for CountryCode {
    type Err = crate::error::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CountryCode::try_new(s)
    }
}

impl TryFrom<&str> for CountryCode {
    type Error = crate::error::Error;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        CountryCode::try_new(s)
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CountryCode({:?})", self.as_str())
    }
}

/// Compared as written (`"DE"`).
impl PartialEq<str> for CountryCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for CountryCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An external identifier of an organization.
///
/// ```
/// let toml = r#"
/// [[organization]]
/// id = "mlpd"
/// names = [{ text = "Marxistisch-Leninistische Partei Deutschlands", lang = "de", kind = "original" }]
/// identifiers = [{ scheme = "wikidata", value = "Q1313767" }]
/// "#;
/// let registry = signatories::Registry::from_toml_str(toml, "r.toml")?;
/// let id = &registry.organization("mlpd").unwrap().identifiers[0];
/// assert_eq!((id.scheme.as_str(), id.value.as_str()), ("wikidata", "Q1313767"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Identifier {
    /// The scheme (`wikidata`, `website`).
    pub scheme: String,
    /// The value (`Q1881219`, `https://…`).
    pub value: String,
}

/// An area that is not one ISO country ("Kurdistan", "ex-Yugoslavia"), with its names.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// let kurdistan = registry.area("kurdistan").unwrap();
/// // examples/data/registry.toml names it in 24 languages.
/// assert_eq!(kurdistan.names.len(), 24);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Area {
    /// A stable slug, as organizations refer to it.
    pub id: String,
    /// Its name in each language.
    pub names: BTreeMap<Language, String>,
}

impl Area {
    /// The area's name for readers of `chain` (see [`LanguageChain`]): in the first language of
    /// the chain it has a name in, or `None`.
    ///
    /// ```
    /// use signatories::LanguageChain;
    /// let registry = signatories::seed::registry()?;
    /// let kurdistan = registry.area("kurdistan").unwrap();
    /// let chain = LanguageChain::for_language("tr-CY");
    /// assert_eq!(kurdistan.name_for(&chain), Some("Kürdistan"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn name_for(&self, chain: &LanguageChain) -> Option<&str> {
        self.names
            .iter()
            .filter_map(|(l, name)| chain.rank_of(l.id()).map(|r| (r, name)))
            .min_by_key(|(r, _)| *r)
            .map(|(_, n)| n.as_str())
    }

    /// The name a list prints for the area to readers of `chain`: [`Area::name_for`], else its
    /// English name, else its first name, else its id (a place must be named, unlike a gloss).
    ///
    /// ```
    /// use signatories::LanguageChain;
    /// let registry = signatories::seed::registry()?;
    /// let kurdistan = registry.area("kurdistan").unwrap();
    /// assert_eq!(kurdistan.printed_name(&LanguageChain::for_language("pl")), "Kurdystan");
    /// // No Georgian name in the registry: the English one.
    /// assert_eq!(kurdistan.printed_name(&LanguageChain::for_language("ka")), "Kurdistan");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn printed_name(&self, chain: &LanguageChain) -> &str {
        self.name_for(chain)
            .or_else(|| {
                let en = unic_langid::LanguageIdentifier::from_parts(
                    unic_langid::subtags::Language::from_bytes(b"en").unwrap_or_default(),
                    None,
                    None,
                    &[],
                );
                self.name_for(&LanguageChain::of(&en))
            })
            .or_else(|| self.names.values().next().map(String::as_str))
            .unwrap_or(&self.id)
    }
}

impl Acronym {
    /// An acronym and the language tag it is written in (`"БКП"`, `"bg"`).
    ///
    /// # Errors
    /// [`crate::Error::InvalidLocale`] when `lang` is no language tag ([`IntoLocale::into_language`]). The text is checked when
    /// the organization enters a registry.
    ///
    /// ```
    /// let acronym = signatories::Acronym::try_new("MLPD", "de")?;
    /// assert_eq!(acronym.lang.to_string(), "de");
    /// assert!(signatories::Acronym::try_new("MLPD", "not a tag").is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn try_new(
        text: impl Into<String>,
        lang: impl IntoLocale,
    ) -> Result<Self, crate::error::Error> {
        Ok(Acronym {
            text: text.into(),
            lang: lang.into_language()?,
        })
    }
}

impl Name {
    /// A name: its text, the language tag it is written in, and its kind.
    ///
    /// # Errors
    /// [`crate::Error::InvalidLocale`] when `lang` is no language tag ([`IntoLocale::into_language`]). The text is checked when
    /// the organization enters a registry.
    ///
    /// ```
    /// use signatories::{Name, NameKind};
    /// let name = Name::try_new("Bulgarian Communist Party", "en", NameKind::Translation)?;
    /// assert_eq!((name.text.as_str(), name.source), ("Bulgarian Communist Party", None));
    /// assert!(Name::try_new("x", "en_US!", NameKind::Original).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn try_new(
        text: impl Into<String>,
        lang: impl IntoLocale,
        kind: NameKind,
    ) -> Result<Self, crate::error::Error> {
        Ok(Name {
            text: text.into(),
            lang: lang.into_language()?,
            kind,
            source: None,
        })
    }

    /// The name with its provenance recorded.
    ///
    /// ```
    /// use signatories::{Name, NameKind, NameSource};
    /// let name = Name::try_new("Partido Comunista", "es", NameKind::Translation)?.with_source(NameSource::Dataset);
    /// assert_eq!(name.source, Some(NameSource::Dataset));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_source(mut self, source: NameSource) -> Self {
        self.source = Some(source);
        self
    }
}

impl Organization {
    /// An organization with only its id, to be completed with the `with_` methods, which read
    /// like the TOML they produce:
    ///
    /// ```
    /// use signatories::{NameKind, Organization, Registry};
    /// let org = Organization::new("bkp")
    ///     .with_country("BG")
    ///     .with_acronym("БКП", "bg")?
    ///     .with_name("Българска Комунистическа Партия", "bg", NameKind::Original)?
    ///     .with_name("Bulgarian Communist Party", "en", NameKind::Translation)?;
    /// let mut registry = Registry::new();
    /// registry.insert_organization(org)?;
    /// assert_eq!(registry.find("бкп")[0].organization.id, "bkp");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        Organization {
            id: id.into(),
            countries: Vec::new(),
            name_shows_country: false,
            region: None,
            acronyms: Vec::new(),
            names: Vec::new(),
            identifiers: Vec::new(),
        }
    }

    /// Adds a country (an ISO 3166-1 code such as `"DE"`) or an area id (`"kurdistan"`), told
    /// apart as data files tell them: two letters are a country code.
    ///
    /// ```
    /// use signatories::{Organization, Place};
    /// let org = Organization::new("mlpd").with_country("DE");
    /// assert_eq!(org.countries, [Place::Country("DE".parse()?)]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_country(mut self, code: &str) -> Self {
        let place = match CountryCode::try_new(code) {
            Ok(country) => Place::Country(country),
            Err(_) => Place::Area(code.to_owned()),
        };
        self.countries.push(place);
        self
    }

    /// Sets the region: a UN M49 code (`"150"`, Europe), checked when the organization enters a
    /// registry.
    ///
    /// ```
    /// let org = signatories::Organization::new("mlpd").with_region("150");
    /// assert_eq!(org.region.as_deref(), Some("150"));
    /// ```
    pub fn with_region(mut self, code: &str) -> Self {
        self.region = Some(code.to_owned());
        self
    }

    /// Sets whether its name already makes the country plain, so that a list prints no
    /// ", Country" after it.
    ///
    /// ```
    /// use signatories::{NameKind, Organization};
    /// let bkp = Organization::new("bkp").with_country("BG").with_name_shows_country(true);
    /// assert!(bkp.name_shows_country);
    /// ```
    pub fn with_name_shows_country(mut self, shows: bool) -> Self {
        self.name_shows_country = shows;
        self
    }

    /// Adds an external identifier (`"wikidata"`, `"Q1313767"`), checked when the organization
    /// enters a registry.
    ///
    /// ```
    /// let org = signatories::Organization::new("mlpd").with_identifier("wikidata", "Q1313767");
    /// assert_eq!(org.identifiers[0].value, "Q1313767");
    /// ```
    pub fn with_identifier(mut self, scheme: &str, value: &str) -> Self {
        self.identifiers.push(Identifier {
            scheme: scheme.to_owned(),
            value: value.to_owned(),
        });
        self
    }

    /// Adds an acronym.
    ///
    /// # Errors
    /// As [`Acronym::try_new`].
    ///
    /// ```
    /// let org = signatories::Organization::new("mlpd").with_acronym("MLPD", "de")?;
    /// assert_eq!(org.acronym().map(|a| a.text.as_str()), Some("MLPD"));
    /// assert!(signatories::Organization::new("x").with_acronym("X", "").is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_acronym(
        mut self,
        text: &str,
        lang: impl IntoLocale,
    ) -> Result<Self, crate::error::Error> {
        self.acronyms.push(Acronym::try_new(text, lang)?);
        Ok(self)
    }

    /// Adds a name.
    ///
    /// # Errors
    /// As [`Name::try_new`].
    ///
    /// ```
    /// use signatories::{NameKind, Organization};
    /// let org = Organization::new("mlpd").with_name("Marxistisch-Leninistische Partei Deutschlands", "de", NameKind::Original)?;
    /// assert_eq!(org.own_name().map(|n| n.lang.to_string()), Some("de".to_owned()));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_name(
        mut self,
        text: &str,
        lang: impl IntoLocale,
        kind: NameKind,
    ) -> Result<Self, crate::error::Error> {
        self.names.push(Name::try_new(text, lang, kind)?);
        Ok(self)
    }

    /// The name that serves readers of `chain` (see [`LanguageChain`]): an original or a
    /// translation in the first language of the chain the organization has one in. The one rule
    /// printing, sorting and lookups use.
    ///
    /// ```
    /// use signatories::LanguageChain;
    /// let registry = signatories::seed::registry()?;
    /// let bkp = registry.organization("bkp").unwrap();
    /// let en = LanguageChain::for_language("en-GB");
    /// assert_eq!(bkp.name_for(&en).map(|n| n.text.as_str()), Some("Bulgarian Communist Party"));
    /// let bg = LanguageChain::for_language("bg");
    /// assert_eq!(bkp.name_for(&bg).map(|n| n.text.as_str()), Some("Българска Комунистическа Партия"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn name_for(&self, chain: &LanguageChain) -> Option<&Name> {
        self.names
            .iter()
            .filter(|n| matches!(n.kind, NameKind::Translation | NameKind::Original))
            .filter_map(|n| chain.rank_of(n.lang.id()).map(|r| (r, n)))
            .min_by_key(|(r, _)| *r)
            .map(|(_, n)| n)
    }

    /// The name an entry prints as the organization's own: its original, else its
    /// transliteration, else its first name.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let bkp = registry.organization("bkp").unwrap();
    /// let own = bkp.own_name().unwrap();
    /// assert_eq!((own.text.as_str(), own.lang.to_string()), ("Българска Комунистическа Партия", "bg".into()));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn own_name(&self) -> Option<&Name> {
        self.originals()
            .next()
            .or_else(|| {
                self.names
                    .iter()
                    .find(|n| matches!(n.kind, NameKind::Transliteration { .. }))
            })
            .or(self.names.first())
    }

    /// What an entry prints first in the full and short styles: the acronym, else the own name
    /// (see [`Organization::own_name`]), else the id.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let bkp = registry.organization("bkp").unwrap();
    /// assert_eq!(bkp.first_printed(), "БКП");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn first_printed(&self) -> &str {
        self.acronym()
            .map(|a| a.text.as_str())
            .or_else(|| self.own_name().map(|n| n.text.as_str()))
            .unwrap_or(&self.id)
    }

    /// Its acronyms then its names, as texts: the `k`-th of them (the order the registry's
    /// indexes refer to texts by).
    pub(crate) fn text_at(&self, k: usize) -> Option<&str> {
        match self.acronyms.get(k) {
            Some(a) => Some(&a.text),
            None => self
                .names
                .get(k - self.acronyms.len())
                .map(|n| n.text.as_str()),
        }
    }

    /// Its acronyms then its names, as texts.
    pub(crate) fn texts(&self) -> impl Iterator<Item = &str> {
        self.acronyms
            .iter()
            .map(|a| a.text.as_str())
            .chain(self.names.iter().map(|n| n.text.as_str()))
    }

    /// The organization's own names (kind original), in registry order.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let bkp = registry.organization("bkp").unwrap();
    /// let originals: Vec<&str> = bkp.originals().map(|n| n.text.as_str()).collect();
    /// assert_eq!(originals, ["Българска Комунистическа Партия"]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn originals(&self) -> impl Iterator<Item = &Name> {
        self.names
            .iter()
            .filter(|n| matches!(n.kind, NameKind::Original))
    }

    /// Names of one kind, compared by kind only (a transliteration's scheme and a former
    /// name's dates do not count).
    ///
    /// ```
    /// use signatories::NameKind;
    /// let registry = signatories::seed::registry()?;
    /// let bkp = registry.organization("bkp").unwrap();
    /// let translations: Vec<&str> = bkp.names_of_kind(&NameKind::Translation).map(|n| n.text.as_str()).collect();
    /// assert_eq!(translations[..2], ["Bulgarian Communist Party", "Bulgarische Kommunistische Partei"]);
    /// let originals: Vec<&str> = bkp.names_of_kind(&NameKind::Original).map(|n| n.text.as_str()).collect();
    /// assert_eq!(originals, ["Българска Комунистическа Партия"]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn names_of_kind<'a>(&'a self, kind: &NameKind) -> impl Iterator<Item = &'a Name> + 'a {
        let kind = std::mem::discriminant(kind);
        self.names
            .iter()
            .filter(move |n| std::mem::discriminant(&n.kind) == kind)
    }

    /// The first acronym, if any.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let bkp = registry.organization("bkp").unwrap();
    /// assert_eq!(bkp.acronym().map(|a| a.text.as_str()), Some("БКП"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn acronym(&self) -> Option<&Acronym> {
        self.acronyms.first()
    }
}

/// A slug from a text: ASCII letters and digits (through the AnyAscii transliteration), runs
/// of anything else as one hyphen.
pub fn slug(text: &str) -> String {
    let ascii = any_ascii::any_ascii(text).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(48);
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "org".to_owned()
    } else {
        out
    }
}

/// Whether `id` is a valid slug: lowercase ASCII letters, digits and single hyphens, starting
/// with a letter or digit, at most 64 characters.
///
/// ```
/// use signatories::is_slug;
/// assert!(is_slug("pc-ml-do") && is_slug("mlpd"));
/// assert!(!is_slug("PC-ML") && !is_slug("a--b") && !is_slug("-a") && !is_slug(""));
/// ```
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}
