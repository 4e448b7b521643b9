//! Rendering a statement's signatory list for one language edition: Fluent messages for every
//! sentence, CLDR (ICU4X) for dates, calendars, country names, lists, numbers, digits and plural
//! rules, and four output formats (plain text, Markdown, HTML, JSON).
//!
//! The parts, each in its file:
//! - `edition.rs`: what CLDR says about the edition (dates and calendars, numbers, lists,
//!   direction);
//! - `messages.rs`: the edition's Fluent messages, with ICU4X's plural rules;
//! - `entry.rs`: what an entry says in the edition (which names, which gloss, which country);
//! - `layout/`: one layout per output format.
//!
//! **Gloss policy.** An entry prints the organization's own name as published; when that is not
//! in the edition's language, it adds the organization's name in the edition's language (a
//! translation) in parentheses. Where the registry has no such name, the default prints no gloss
//! at all — a German edition never glosses in English — and the entry is reported
//! ([`Rendered::untranslated`]) so that an editor knows what to translate. [`Gloss::Fallback`]
//! names languages to gloss in instead.
//!
//! **Calendars.** Dates are shown in the edition's calendar: CLDR's default for its locale
//! (Solar Hijri for Persian) or the one a `-u-ca-` keyword names; where that is not the
//! Gregorian calendar, the Gregorian date follows in parentheses, for readers who compare
//! editions. A month or a year is shown as the months or years of the edition's calendar it
//! spans.
//!
//! **Direction.** Every line of a plain-text or Markdown edition takes the edition's direction
//! as a paragraph of its own (UAX #9 P2–P3; a mark is added where it would not); names of the
//! other direction are isolated.

mod catalog;
mod check;
mod edition;
mod entry;
pub(crate) mod layout;
mod messages;

use std::collections::HashMap;

#[cfg(feature = "ingest")]
pub(crate) use catalog::HeadingTexts;
pub use catalog::{Catalog, REFERENCE};
pub use entry::{Part, ResolvedEntry};
pub use layout::html::document as html_document;

use self::edition::Cldr;
use self::entry::NameLanguages;
use self::layout::{Context, Item, Layout, SectionStart, Sentences};
use self::messages::{Arg, Messages};
use crate::collate::{ListOrder, SortBy, SortSpec};
use crate::date::PartialDate;
use crate::error::Error;
use crate::locale::{IntoLocale, Language, LanguageChain};
use crate::organization::Place;
use crate::registry::Registry;
use crate::statement::{SectionKind, Statement};
use crate::text::Direction;

/// The house style of entries.
///
/// ```
/// use signatories::render::{RenderOptions, Renderer, Style};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let short = Renderer::try_new("en")?.render(&registry, statement, &RenderOptions::default().with_style(Style::Short))?;
/// // The published list's first entry, its acronym and CLDR's country name
/// // (node icu-oracle.mjs region en CI → Côte d’Ivoire).
/// assert!(short.lines().any(|l| l.trim() == "1. PCPCI, Côte d’Ivoire"));
/// assert_eq!("name-first".parse::<Style>()?, Style::NameFirst);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// The seed's style: `ACR Own name (transliteration) (gloss), Country`.
    #[default]
    Full,
    /// `ACR, Country`.
    Short,
    /// `Name in the edition's language (ACR), Country`.
    NameFirst,
}

/// The output format.
///
/// ```
/// use signatories::render::{OutputFormat, RenderOptions, Renderer};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let options = RenderOptions::default().with_format(OutputFormat::Html);
/// let html = Renderer::try_new("en")?.render(&registry, statement, &options)?;
/// assert!(html.contains("<ol") && html.contains("<ul"));
/// assert_eq!("markdown".parse::<OutputFormat>()?, OutputFormat::Markdown);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum OutputFormat {
    /// Plain text; names of the other writing direction isolated with FSI … PDI, every line in
    /// the edition's direction.
    #[default]
    Text,
    /// Markdown: a list per section, data escaped, bidi as in text.
    Markdown,
    /// An HTML fragment: `<ol>`/`<ul>` per section, foreign names with `lang`, names of the other
    /// direction in `<bdi>`, every string escaped. [`html_document`] makes a whole document
    /// (with its character set) of one or more editions.
    Html,
    /// JSON: each entry's resolved strings and organization id, for other programs.
    Json,
}

/// How the entries of the initial sections are marked.
///
/// ```
/// use signatories::render::{Numbering, RenderOptions, Renderer};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let options = RenderOptions::default().with_numbering(Numbering::Plain);
/// let text = Renderer::try_new("en")?.render(&registry, statement, &options)?;
/// assert!(!text.lines().any(|l| l.trim_start().starts_with("1. ")));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Numbering {
    /// Numbered per section, subsequent signatories unnumbered (the seed).
    #[default]
    Numbered,
    /// Every entry bulleted.
    Bulleted,
    /// Plain lines.
    Plain,
}

spelled_enum!(Style, "style", { Full => "full", Short => "short", NameFirst => "name-first" });
spelled_enum!(OutputFormat, "format", {
    Text => "text", Markdown => "markdown", Html => "html", Json => "json",
});
spelled_enum!(Numbering, "numbering", {
    Numbered => "numbered", Bulleted => "bulleted", Plain => "plain",
});

/// Options of one rendering.
///
/// ```
/// use signatories::render::{OutputFormat, RenderOptions, Style};
/// let options = RenderOptions::default();
/// assert_eq!((options.style, options.format, options.summary), (Style::Full, OutputFormat::Text, false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The house style of entries.
    pub style: Style,
    /// The output format.
    pub format: OutputFormat,
    /// Numbering of the initial sections.
    pub numbering: Numbering,
    /// Whether to end with the summary sentence ("Signed by 31 organizations from …").
    pub summary: bool,
}

impl RenderOptions {
    /// Options with this style.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Style};
    /// assert_eq!(RenderOptions::default().with_style(Style::NameFirst).style, Style::NameFirst);
    /// ```
    pub fn with_style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }
    /// Options with this format.
    ///
    /// ```
    /// use signatories::render::{OutputFormat, RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let options = RenderOptions::default().with_format(OutputFormat::Json);
    /// let json = Renderer::try_new("en")?.render(&registry, statement, &options)?;
    /// assert!(json.contains("\"pcpci\""));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_format(mut self, format: OutputFormat) -> Self {
        self.format = format;
        self
    }
    /// Options with this numbering.
    ///
    /// ```
    /// use signatories::render::{Numbering, RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let options = RenderOptions::default().with_numbering(Numbering::Bulleted);
    /// let text = Renderer::try_new("en")?.render(&registry, statement, &options)?;
    /// assert!(!text.lines().any(|l| l.trim_start().starts_with("28. ")));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_numbering(mut self, numbering: Numbering) -> Self {
        self.numbering = numbering;
        self
    }
    /// Options with or without the summary sentence.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let text = Renderer::try_new("en")?.render(&registry, statement, &RenderOptions::default().with_summary(true))?;
    /// assert!(text.contains("31"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_summary(mut self, summary: bool) -> Self {
        self.summary = summary;
        self
    }
}

/// What an entry prints after an own name that is not in the edition's language (see the
/// module docs).
///
/// ```
/// use signatories::render::{Gloss, RenderOptions, Renderer};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// // The seed has no Georgian names: glossed in English instead of not at all.
/// let ka = Renderer::try_new("ka")?.with_gloss(Gloss::Fallback(vec!["en".parse().unwrap()]));
/// let text = ka.render(&registry, statement, &RenderOptions::default())?;
/// assert!(text.contains("(Communist Party of Togo)"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Gloss {
    /// The organization's name in the edition's language; nothing where the registry has none.
    #[default]
    EditionLanguage,
    /// The name in the edition's language, else in the first of these languages the registry
    /// has one in (`Fallback(vec![en])`: English where there is no German name).
    Fallback(Vec<Language>),
}

/// The organizations of a rendering without a name in the edition's language, once each, in
/// list order.
#[derive(Default)]
struct Untranslated<'a> {
    seen: std::collections::HashSet<&'a str>,
    list: Vec<String>,
}

/// The state of one rendering: what every entry needs, and buffers reused from one entry to
/// the next.
struct Pass<'a, 'o> {
    places: &'a PlaceNames,
    options: &'o RenderOptions,
    ctx: Context<'a>,
    seen: Untranslated<'a>,
    /// The entry, formatted for the layout.
    entry: String,
    /// The entry as a line of plain text (see [`Item::line`]).
    line: String,
    /// The entry's number in the edition's digits.
    number: String,
}

/// The names of the countries and areas of a statement in one edition's language
/// ([`Renderer::place_names`]), found by place in constant time (country codes index a table).
///
/// ```
/// use signatories::Place;
/// use signatories::render::Renderer;
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let places = Renderer::try_new("de")?.place_names(&registry, statement);
/// // CLDR: node icu-oracle.mjs region de TR → Türkei
/// assert_eq!(places.get(&Place::Country("TR".parse()?)), Some("Türkei"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct PlaceNames {
    /// By country code: index `26 * first letter + second letter`.
    countries: Vec<Option<String>>,
    areas: HashMap<String, String>,
    /// The areas without a name in the edition's language, in order of first mention.
    untranslated: Vec<String>,
}

impl PlaceNames {
    fn slot(code: &str) -> Option<usize> {
        match code.as_bytes() {
            [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
                Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
            }
            _ => None,
        }
    }

    /// The name of a place, if the statement names it.
    ///
    /// ```
    /// use signatories::Place;
    /// use signatories::render::Renderer;
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let places = Renderer::try_new("fr")?.place_names(&registry, statement);
    /// // CLDR: node icu-oracle.mjs region fr CI → Côte d’Ivoire
    /// assert_eq!(places.get(&Place::Country("CI".parse()?)), Some("Côte d’Ivoire"));
    /// assert_eq!(places.get(&Place::Area("kurdistan".into())), Some("Kurdistan"));
    /// assert_eq!(places.get(&Place::Country("JP".parse()?)), None);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn get(&self, place: &Place) -> Option<&str> {
        match place {
            Place::Country(code) => Self::slot(code)
                .and_then(|i| self.countries.get(i))
                .and_then(|n| n.as_deref())
                .or_else(|| self.areas.get(code.as_str()).map(String::as_str)),
            Place::Area(id) => self.areas.get(id).map(String::as_str),
        }
    }

    fn contains(&self, place: &Place) -> bool {
        self.get(place).is_some()
    }

    fn insert(&mut self, place: &Place, name: String) {
        match (place, Self::slot(place.as_str())) {
            (Place::Country(_), Some(i)) => {
                if self.countries.len() < 26 * 26 {
                    self.countries.resize(26 * 26, None);
                }
                if let Some(slot) = self.countries.get_mut(i) {
                    *slot = Some(name);
                }
            }
            _ => {
                self.areas.insert(place.as_str().to_owned(), name);
            }
        }
    }

    /// How many places are named.
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let places = Renderer::try_new("en")?.place_names(&registry, statement);
    /// let mut all: Vec<&str> = registry.organizations().iter().flat_map(|o| o.countries.iter().map(|p| p.as_str())).collect();
    /// all.sort();
    /// all.dedup();
    /// assert_eq!(places.len(), all.len());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.countries.iter().flatten().count() + self.areas.len()
    }

    /// Whether no place is named.
    ///
    /// ```
    /// assert!(signatories::render::PlaceNames::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ids of the areas without a name in the edition's language (printed in a fallback
    /// language: see [`Renderer::place_name`]).
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// // The seed names Kurdistan in Polish, not in Georgian.
    /// assert!(Renderer::try_new("pl")?.place_names(&registry, statement).untranslated_areas().is_empty());
    /// assert_eq!(Renderer::try_new("ka")?.place_names(&registry, statement).untranslated_areas(), ["kurdistan"]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn untranslated_areas(&self) -> &[String] {
        &self.untranslated
    }
}

/// What a renderer or a rendering tells its caller ([`Renderer::warnings`],
/// [`Rendered::warnings`]): a program matches on the kind; each displays as a sentence saying
/// what to do about it.
///
/// ```
/// use signatories::render::{Renderer, Warning};
/// let ka = Renderer::try_new("ka")?;
/// match &ka.warnings()[0] {
///     Warning::MessagesFallback { edition, messages, .. } => {
///         assert_eq!((edition.to_string(), messages.to_string()), ("ka".into(), "en".into()));
///     }
///     other => panic!("{other}"),
/// }
/// assert!(ka.warnings()[0].to_string().starts_with("no messages for ka: sentences in en (English)"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// The edition's language has no messages of its own: its sentences are in `messages` (a
    /// fallback, else English); dates, country names, lists and numbers stay the edition's.
    MessagesFallback {
        /// The edition's language.
        edition: crate::Locale,
        /// The locale whose messages are used.
        messages: crate::Locale,
        /// The locales that have messages.
        available: Vec<crate::Locale>,
    },
    /// Organizations of the list without a name in the edition's language.
    UntranslatedOrganizations {
        /// The edition's language.
        edition: crate::Locale,
        /// The gloss languages they are glossed in where the registry has a name in one;
        /// `None` when no gloss is printed.
        gloss: Option<Vec<crate::Locale>>,
        /// Their ids.
        ids: Vec<String>,
    },
    /// Areas of the list without a name in the edition's language (printed in a fallback).
    UntranslatedAreas {
        /// The edition's language.
        edition: crate::Locale,
        /// Their ids.
        ids: Vec<String>,
    },
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let joined = |l: &[crate::Locale], sep: &str| {
            l.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(sep)
        };
        match self {
            Warning::MessagesFallback {
                edition,
                messages,
                available,
            } => write!(
                f,
                "no messages for {edition}: sentences in {messages} ({}), dates, country names, \
                 lists and numbers in {edition} (CLDR); locales with messages: {}",
                if messages.language().primary_language() == "en" {
                    "English"
                } else {
                    "a fallback"
                },
                joined(available, ", ")
            ),
            Warning::UntranslatedOrganizations {
                edition,
                gloss,
                ids,
            } => {
                let printed = match gloss {
                    None => "no gloss printed".to_owned(),
                    Some(l) => format!(
                        "glossed in {} where the registry has a name in it",
                        joined(l, " or ")
                    ),
                };
                write!(
                    f,
                    "{} organization(s) without a name in {edition} ({printed}): {}; to translate \
                     them, add {{ text = \"…\", lang = \"{edition}\", kind = \"translation\" }} to \
                     their names in the registry (render --coverage lists them)",
                    ids.len(),
                    ids.join(", ")
                )
            }
            Warning::UntranslatedAreas { edition, ids } => write!(
                f,
                "{} area(s) without a name in {edition} (printed in a fallback language): {}; \
                 add {edition} = \"…\" to the names of their [[area]] in the registry",
                ids.len(),
                ids.join(", ")
            ),
        }
    }
}

/// A rendered edition: the text, and what an editor should know about it. Displays as the text;
/// dereferences to `str`.
///
/// ```
/// use signatories::render::{RenderOptions, Renderer};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let rendered = Renderer::try_new("en")?.render(&registry, statement, &RenderOptions::default())?;
/// // The seed's line 81: the MLKP's entry.
/// assert!(rendered.contains("MLKP Marksist Leninist Komünist Parti Türkiye / Kürdistan (Marxist Leninist Communist Party Turkey / Kurdistan)"));
/// assert!(rendered.warnings().is_empty());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rendered {
    text: String,
    untranslated: Vec<String>,
    untranslated_areas: Vec<String>,
    warnings: Vec<Warning>,
}

impl Rendered {
    /// The text.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let rendered = Renderer::try_new("en")?.render(&registry, statement, &RenderOptions::default())?;
    /// assert!(rendered.as_str().contains("Subsequent signatories:"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text, owned.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let text: String = Renderer::try_new("en")?.render(&registry, statement, &RenderOptions::default())?.into_string();
    /// assert!(text.ends_with("PML del Perú Partido Marxista Leninista del Perú (Marxist-Leninist Party of Peru)\n"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn into_string(self) -> String {
        self.text
    }

    /// The ids of the organizations of the list that have no name in the edition's language
    /// (neither their own name nor a translation): the names to translate.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// // The seed has a German name for every organization, and a Georgian one for none.
    /// let de = Renderer::try_new("de")?.render(&registry, statement, &RenderOptions::default())?;
    /// assert!(de.untranslated().is_empty());
    /// let ka = Renderer::try_new("ka")?.render(&registry, statement, &RenderOptions::default())?;
    /// assert_eq!(ka.untranslated().len(), 31);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn untranslated(&self) -> &[String] {
        &self.untranslated
    }

    /// The ids of the areas of the list (places that are not countries, such as Kurdistan)
    /// without a name in the edition's language: each is printed in a fallback language (the
    /// gloss languages, else English) until the registry's `[[area]]` gets a name in it.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let ka = Renderer::try_new("ka")?.render(&registry, statement, &RenderOptions::default())?;
    /// assert_eq!(ka.untranslated_areas(), ["kurdistan"]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn untranslated_areas(&self) -> &[String] {
        &self.untranslated_areas
    }

    /// The renderer's warnings (a fallback of messages) and this rendering's (untranslated
    /// names).
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer, Warning};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let ka = Renderer::try_new("ka")?.render(&registry, statement, &RenderOptions::default())?;
    /// assert!(ka.warnings().iter().any(|w| matches!(w, Warning::MessagesFallback { .. })));
    /// assert!(ka.warnings().iter().any(|w| matches!(w, Warning::UntranslatedOrganizations { .. })));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

impl std::fmt::Display for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::ops::Deref for Rendered {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Rendered {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl AsRef<[u8]> for Rendered {
    fn as_ref(&self) -> &[u8] {
        self.text.as_bytes()
    }
}

impl From<Rendered> for String {
    fn from(r: Rendered) -> String {
        r.text
    }
}

impl PartialEq<str> for Rendered {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Rendered {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for Rendered {
    fn eq(&self, other: &String) -> bool {
        &self.text == other
    }
}

/// Renders signatory lists for one edition. Build it once per locale (it loads the Fluent
/// bundle and the CLDR formatters) and use it for any number of statements, from any number of
/// threads: it is `Send + Sync`.
///
/// ```
/// use signatories::render::{Renderer, RenderOptions};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let renderer = Renderer::try_new("en-GB")?;
/// let text = renderer.render(&registry, statement, &RenderOptions::default())?;
/// assert!(text.starts_with("Signatories (as of 7 February 2023, further signatories possible):"));
/// # Ok::<(), signatories::Error>(())
/// ```
pub struct Renderer {
    edition: Language,
    messages: Messages,
    cldr: Cldr,
    names: NameLanguages,
    gloss: Gloss,
    warnings: Vec<Warning>,
    /// The language, script and direction of the messages where they are not the edition's
    /// language (a fallback): each sentence is marked as theirs.
    sentences: Option<(Language, Option<icu_locale::subtags::Script>, Direction)>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("edition", &self.edition)
            .field("messages", self.messages.locale())
            .field("direction", &self.cldr.direction)
            .field("gloss", &self.gloss)
            .field("warnings", &self.warnings)
            .finish_non_exhaustive()
    }
}

impl Renderer {
    /// The locales that have bundled messages.
    ///
    /// ```
    /// let locales = signatories::render::Renderer::available_locales();
    /// assert!(locales.iter().any(|l| l.to_string() == "de"));
    /// ```
    pub fn available_locales() -> Vec<crate::Locale> {
        Catalog::bundled_ref().locales()
    }

    /// A renderer for the edition of `locale` (a tag or a [`crate::Locale`]; `-u-` extensions
    /// such as `-u-nu-latn` and `-u-ca-persian` are passed to CLDR formatting), with the bundled
    /// messages. Dates, country names, lists, digits, plural rules and direction always come
    /// from CLDR for the requested locale; its sentences come from the best messages by CLDR's
    /// parent locales (`pt-BR` → `pt`), else English — with a warning saying so
    /// ([`Renderer::warnings`]).
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] when the tag does not parse; [`Error::UnknownLocale`] when CLDR
    /// does not know its language, script, region or `-u-ca-` calendar
    /// ([`crate::Locale::check_known`]); [`Error::LocaleData`] if CLDR data or the messages
    /// cannot be loaded.
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// let de = Renderer::try_new("de")?;
    /// assert!(de.warnings().is_empty());
    /// assert!(matches!(Renderer::try_new("xx-YY"), Err(signatories::Error::UnknownLocale { .. })));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn try_new(locale: impl IntoLocale) -> Result<Self, Error> {
        Self::try_new_with(locale, Catalog::bundled_ref())
    }

    /// As [`Renderer::try_new`], with the messages of `catalog` (the bundled ones with a
    /// program's additions and overrides, see [`Catalog`]).
    ///
    /// ```
    /// use signatories::render::{Catalog, Renderer};
    /// // Georgian has no bundled messages: Georgian dates, English sentences, and a warning.
    /// let ka = Renderer::try_new_with("ka", &Catalog::bundled())?;
    /// assert_eq!(ka.edition().to_string(), "ka");
    /// assert_eq!(ka.messages_locale().to_string(), "en");
    /// assert!(ka.warnings()[0].to_string().contains("English"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Renderer::try_new`].
    pub fn try_new_with(locale: impl IntoLocale, catalog: &Catalog) -> Result<Self, Error> {
        let locale = locale.into_locale()?;
        locale.check_known()?;
        let edition = locale.language().clone();
        let chain = catalog.chain(edition.id());
        let mut warnings = Vec::new();
        let served = chain
            .first()
            .is_some_and(|m| m.language == edition.id().language);
        if !served {
            warnings.push(Warning::MessagesFallback {
                edition: crate::Locale::from(&edition),
                messages: chain
                    .first()
                    .cloned()
                    .map(crate::Locale::from_id)
                    .unwrap_or_default(),
                available: catalog.locales(),
            });
        }
        let messages = Messages::new(catalog, &chain, locale.icu())?;
        let cldr = Cldr::new(locale.icu().clone())?;
        let own = LanguageChain::of(edition.id());
        let sentences = (!served).then(|| {
            let lang = Language::from_id(messages.locale().clone());
            let script = crate::locale::likely_script(lang.id());
            let direction = crate::locale::direction_of(&lang);
            (lang, script, direction)
        });
        Ok(Renderer {
            sentences,
            names: NameLanguages {
                glosses: own.clone(),
                own,
                script: crate::locale::likely_script(edition.id()),
            },
            edition,
            messages,
            cldr,
            gloss: Gloss::EditionLanguage,
            warnings,
        })
    }

    /// The renderer with another gloss policy.
    ///
    /// ```
    /// use signatories::render::{Gloss, Renderer, RenderOptions};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let japanese_or_english = Renderer::try_new("de")?
    ///     .with_gloss(Gloss::Fallback(vec!["ja".parse().unwrap(), "en".parse().unwrap()]));
    /// let text = japanese_or_english.render(&registry, statement, &RenderOptions::default())?;
    /// assert!(text.untranslated().is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_gloss(mut self, gloss: Gloss) -> Self {
        let mut glosses = self.names.own.clone();
        if let Gloss::Fallback(languages) = &gloss {
            for l in languages {
                glosses = glosses.then(l);
            }
        }
        self.names.glosses = glosses;
        self.gloss = gloss;
        self
    }

    /// The gloss policy.
    ///
    /// ```
    /// use signatories::render::{Gloss, Renderer};
    /// assert_eq!(Renderer::try_new("de")?.gloss(), &Gloss::EditionLanguage);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn gloss(&self) -> &Gloss {
        &self.gloss
    }

    /// The edition's language (the requested locale, or English after a fallback).
    ///
    /// ```
    /// let renderer = signatories::render::Renderer::try_new("de-AT")?;
    /// assert_eq!(renderer.edition().to_string(), "de-AT");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn edition(&self) -> crate::Locale {
        crate::Locale::from(&self.edition)
    }

    /// The locale whose messages are used.
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// // No Georgian messages are bundled: English sentences, Georgian dates and country names.
    /// assert_eq!(Renderer::try_new("ka")?.messages_locale().to_string(), "en");
    /// assert_eq!(Renderer::try_new("de")?.messages_locale().to_string(), "de");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn messages_locale(&self) -> crate::Locale {
        crate::Locale::from_id(self.messages.locale().clone())
    }

    /// The writing direction of the edition.
    ///
    /// ```
    /// use signatories::{render::Renderer, text::Direction};
    /// assert_eq!(Renderer::try_new("fa")?.direction(), Direction::Rtl);
    /// assert_eq!(Renderer::try_new("ru")?.direction(), Direction::Ltr);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn direction(&self) -> Direction {
        self.cldr.direction
    }

    /// The CLDR name of the calendar the edition's dates are shown in (`gregorian`,
    /// `persian`, …).
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// // CLDR: Persian dates are Solar Hijri (node icu-oracle.mjs date fa 2023-02-07 long → ۱۸ بهمن ۱۴۰۱).
    /// assert_eq!(Renderer::try_new("fa")?.calendar(), "persian");
    /// assert_eq!(Renderer::try_new("de")?.calendar(), "gregorian");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn calendar(&self) -> &'static str {
        self.cldr.calendar()
    }

    /// What the caller should know: a fallback to English, for one.
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// assert!(Renderer::try_new("fr")?.warnings().is_empty());
    /// assert_eq!(Renderer::try_new("ka")?.warnings().len(), 1);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    fn context(&self) -> Context<'_> {
        Context {
            edition: &self.edition,
            script: self.names.script,
            direction: self.cldr.direction,
            list_style: self.cldr.list_style(),
            data_lang: &self.edition,
            sentences: self
                .sentences
                .as_ref()
                .map(|(lang, script, direction)| Sentences {
                    lang,
                    script: *script,
                    direction: *direction,
                }),
        }
    }

    /// A date of any precision as the edition shows it (see the module docs on calendars).
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// let day = "2023-02-07".parse()?;
    /// assert_eq!(Renderer::try_new("de")?.format_date(day)?, "7. Februar 2023");
    /// assert_eq!(Renderer::try_new("fa")?.format_date(day)?, "۱۸ بهمن ۱۴۰۱ (۷ فوریه ۲۰۲۳)");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::LocaleData`] if a message is missing.
    pub fn format_date(&self, d: PartialDate) -> Result<String, Error> {
        self.date_in(d, layout::of(OutputFormat::Text))
    }

    fn date_in(&self, d: PartialDate, layout: &dyn Layout) -> Result<String, Error> {
        // The date goes into a sentence as data: its pieces are not sentences of their own.
        let ctx = self.context().plain();
        let f = self.cldr.format_date(d);
        let main = match &f.main {
            (one, None) => one.clone(),
            (first, Some(last)) => self.messages.format(
                "date-range",
                &[
                    ("start", Arg::Text(first, None)),
                    ("end", Arg::Text(last, None)),
                ],
                layout,
                &ctx,
            )?,
        };
        match &f.gregorian {
            None => Ok(main),
            Some(g) => self.messages.format(
                "date-with-gregorian",
                &[("date", Arg::Raw(&main)), ("gregorian", Arg::Text(g, None))],
                layout,
                &ctx,
            ),
        }
    }

    /// Items joined by the locale's CLDR "and" list pattern (wide): "A, B and C", Spanish
    /// "A, B e Ignacio" before an i-sound.
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// // node icu-oracle.mjs list de conjunction A B C → "A, B und C"; es … Ana Luis Ignacio → "Ana, Luis e Ignacio"
    /// assert_eq!(Renderer::try_new("de")?.format_list(&["A", "B", "C"]), "A, B und C");
    /// assert_eq!(Renderer::try_new("es")?.format_list(&["Ana", "Luis", "Ignacio"]), "Ana, Luis e Ignacio");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn format_list(&self, items: &[&str]) -> String {
        self.cldr.format_list(items.iter().copied())
    }

    /// A number in the locale's digits.
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// // Persian digits: node icu-oracle.mjs date fa 2023-02-07 long → "۱۸ بهمن ۱۴۰۱"
    /// assert_eq!(Renderer::try_new("fa")?.format_number(18), "۱۸");
    /// assert_eq!(Renderer::try_new("de")?.format_number(31), "31");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn format_number(&self, n: usize) -> String {
        self.cldr.format_number(n)
    }

    /// The CLDR plural category of `n` in the edition's locale (`one`, `few`, `many`, …).
    ///
    /// ```
    /// use signatories::render::Renderer;
    /// // node icu-oracle.mjs plural ru 21 → one; plural ar 3 → few
    /// assert_eq!(Renderer::try_new("ru")?.plural_category(21), "one");
    /// assert_eq!(Renderer::try_new("ar")?.plural_category(3), "few");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn plural_category(&self, n: usize) -> &'static str {
        check::category_name(self.messages.category(n))
    }

    /// The name of a country or area in the edition's language: CLDR for countries; the
    /// registry's own names for areas ([`crate::Area::printed_name`]).
    ///
    /// ```
    /// use signatories::{Place, render::Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let ja = Renderer::try_new("ja")?;
    /// // node icu-oracle.mjs region ja DE → ドイツ; the registry's own Japanese name of Kurdistan.
    /// assert_eq!(ja.place_name(&registry, &Place::Country("DE".parse()?)), "ドイツ");
    /// assert_eq!(ja.place_name(&registry, &Place::Area("kurdistan".into())), "クルディスタン");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn place_name(&self, registry: &Registry, place: &Place) -> String {
        match place {
            Place::Country(code) => crate::locale::region_name_in(&self.cldr.locale, code)
                .unwrap_or_else(|| code.to_string()),
            // As a gloss: the edition's languages, then the gloss policy's; a place must be
            // named, so English (or any name) after them.
            Place::Area(id) => registry.area(id).map_or_else(
                || id.clone(),
                |a| a.printed_name(&self.names.glosses).to_owned(),
            ),
        }
    }

    /// The name of every country and area the organizations of `statement` name, in the
    /// edition's language.
    ///
    /// ```
    /// use signatories::{Place, render::Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let places = Renderer::try_new("ar")?.place_names(&registry, statement);
    /// // node icu-oracle.mjs region ar TR → تركيا
    /// assert_eq!(places.get(&Place::Country("TR".parse()?)), Some("تركيا"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn place_names(&self, registry: &Registry, statement: &Statement) -> PlaceNames {
        self.place_names_of(
            registry,
            statement
                .entries()
                .filter_map(|e| registry.organization(&e.org)),
        )
    }

    fn place_names_of<'o>(
        &self,
        registry: &Registry,
        orgs: impl Iterator<Item = &'o crate::Organization>,
    ) -> PlaceNames {
        let mut names = PlaceNames::default();
        for org in orgs {
            for p in &org.countries {
                if !names.contains(p) {
                    names.insert(p, self.place_name(registry, p));
                    if let Place::Area(id) = p
                        && registry
                            .area(id)
                            .is_some_and(|a| a.name_for(&self.names.own).is_none())
                    {
                        names.untranslated.push(id.clone());
                    }
                }
            }
        }
        names
    }

    /// The organization of every entry of `statement`, in publication order.
    fn organizations_of<'r>(
        registry: &'r Registry,
        statement: &Statement,
    ) -> Result<Vec<&'r crate::Organization>, Error> {
        statement
            .entries()
            .map(|entry| {
                registry
                    .organization(&entry.org)
                    .ok_or_else(|| Error::InvalidValue {
                        what: format!(
                            "statement {:?} names no organization of the registry",
                            statement.id
                        ),
                        value: entry.org.clone(),
                    })
            })
            .collect()
    }

    /// Resolves every entry of a statement for this edition, in publication order, with the
    /// section it is in. `places` comes from [`Renderer::place_names`].
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when an entry names an organization the registry lacks.
    ///
    /// ```
    /// use signatories::{SectionKind, render::Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let en = Renderer::try_new("en")?;
    /// let places = en.place_names(&registry, statement);
    /// let entries = en.resolve(&registry, statement, &places)?;
    /// // The seed's fifth entry: "PCT Parti Comuniste du Togo (Communist Party of Togo)", as printed.
    /// let (kind, pct) = &entries[4];
    /// assert_eq!((*kind, pct.org), (SectionKind::Initial, "pct"));
    /// assert_eq!(pct.name.text, "Parti Comuniste du Togo");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn resolve<'a>(
        &'a self,
        registry: &'a Registry,
        statement: &'a Statement,
        places: &'a PlaceNames,
    ) -> Result<Vec<(SectionKind, ResolvedEntry<'a>)>, Error> {
        let orgs = Self::organizations_of(registry, statement)?;
        Ok(self.resolve_orgs(statement, &orgs, places))
    }

    /// As [`Renderer::resolve`], with the organizations of the entries already found.
    fn resolve_orgs<'a>(
        &'a self,
        statement: &'a Statement,
        orgs: &[&'a crate::Organization],
        places: &'a PlaceNames,
    ) -> Vec<(SectionKind, ResolvedEntry<'a>)> {
        let mut out = Vec::with_capacity(orgs.len());
        let entries = statement
            .sections
            .iter()
            .flat_map(|s| s.entries.iter().map(move |e| (s.kind, e)));
        for ((kind, entry), org) in entries.zip(orgs) {
            out.push((
                kind,
                entry::resolve(org, entry, &self.edition, &self.names, places),
            ));
        }
        out
    }

    /// The alphabetical order of the edition for a style: by what its lines print first (the
    /// acronym, or the own name where there is none; the name in the edition's language in the
    /// name-first style), collated as the edition's language sorts.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when CLDR has no collation for the edition's locale.
    ///
    /// ```
    /// use signatories::render::{Renderer, Style};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let order = Renderer::try_new("en")?.alphabetical(Style::Full)?;
    /// let sorted = order.apply(&registry, statement)?;
    /// // By acronym in English order: BDP, CPA/ML … and the Cyrillic БКП after every Latin one
    /// // (CLDR root order puts Latin before Cyrillic).
    /// let first: Vec<&str> = sorted.sections[0].entries[..2].iter().map(|e| e.org.as_str()).collect();
    /// assert_eq!(first, ["bdp", "cpa-ml"]);
    /// assert_eq!(sorted.sections[0].entries.last().map(|e| e.org.as_str()), Some("bkp"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn alphabetical(&self, style: Style) -> Result<ListOrder, Error> {
        let spec = match style {
            Style::NameFirst => {
                SortSpec::by([SortBy::NameIn(self.names.glosses.clone()), SortBy::Acronym])
            }
            _ => SortSpec::by([SortBy::Acronym, SortBy::NameIn(self.names.glosses.clone())]),
        };
        Ok(ListOrder::Collated {
            locale: self.cldr.locale.to_string().parse()?,
            spec,
        })
    }

    /// Appends an entry as the style prints it, formatted for the layout: the style's message
    /// (`entry-full`, `entry-short`, `entry-name-first`) with the entry's parts.
    fn entry_into(
        &self,
        out: &mut String,
        e: &ResolvedEntry,
        style: Style,
        layout: &dyn Layout,
        ctx: &Context<'_>,
    ) -> Result<(), Error> {
        match style {
            Style::Full => self.full_entry_into(out, e, layout, ctx),
            Style::Short => self.short_entry_into(out, e, layout, ctx),
            Style::NameFirst => self.name_first_entry_into(out, e, layout, ctx),
        }
    }

    /// `entry-full`: acronym, name, transliteration, translation, country where the edition
    /// prints it.
    fn full_entry_into(
        &self,
        out: &mut String,
        e: &ResolvedEntry,
        layout: &dyn Layout,
        ctx: &Context<'_>,
    ) -> Result<(), Error> {
        let (has, c) = country_arg(&e.country);
        let args = [
            ("has-acronym", Arg::Flag(e.acronym.is_some())),
            ("acronym", part_arg(e.acronym.as_ref())),
            ("name", Arg::Text(&e.name.text, Some(e.name.lang))),
            (
                "has-transliteration",
                Arg::Flag(e.transliteration.is_some()),
            ),
            ("transliteration", part_arg(e.transliteration.as_ref())),
            ("has-translation", Arg::Flag(e.translation.is_some())),
            ("translation", part_arg(e.translation.as_ref())),
            ("has-country", Arg::Flag(has)),
            ("country", Arg::Text(c, None)),
        ];
        self.messages
            .format_into(out, "entry-full", &args, layout, ctx)
    }

    /// `entry-short`: the acronym (else the name) and the country, always.
    fn short_entry_into(
        &self,
        out: &mut String,
        e: &ResolvedEntry,
        layout: &dyn Layout,
        ctx: &Context<'_>,
    ) -> Result<(), Error> {
        let (has, c) = country_arg(&e.country_always);
        let args = [
            ("has-acronym", Arg::Flag(e.acronym.is_some())),
            ("acronym", part_arg(e.acronym.as_ref())),
            ("name", Arg::Text(&e.name.text, Some(e.name.lang))),
            ("has-country", Arg::Flag(has)),
            ("country", Arg::Text(c, None)),
        ];
        self.messages
            .format_into(out, "entry-short", &args, layout, ctx)
    }

    /// `entry-name-first`: the name in the edition's languages first; without one, the own
    /// name with its transliteration as in the full style.
    fn name_first_entry_into(
        &self,
        out: &mut String,
        e: &ResolvedEntry,
        layout: &dyn Layout,
        ctx: &Context<'_>,
    ) -> Result<(), Error> {
        let (has, c) = country_arg(&e.country);
        let own_first = e.translation.is_none();
        let transliteration = e.transliteration.as_ref().filter(|_| own_first);
        let name = &e.name_in_edition;
        let args = [
            ("name", Arg::Text(&name.text, Some(name.lang))),
            ("has-transliteration", Arg::Flag(transliteration.is_some())),
            ("transliteration", part_arg(transliteration)),
            ("has-acronym", Arg::Flag(e.acronym.is_some())),
            ("acronym", part_arg(e.acronym.as_ref())),
            ("has-country", Arg::Flag(has)),
            ("country", Arg::Text(c, None)),
        ];
        self.messages
            .format_into(out, "entry-name-first", &args, layout, ctx)
    }

    fn heading(&self, statement: &Statement, layout: &dyn Layout) -> Result<String, Error> {
        let ctx = self.context();
        let more = Arg::Flag(statement.more_possible);
        match statement.as_of {
            Some(d) => {
                let date = self.date_in(d, layout::of(OutputFormat::Text))?;
                self.messages.format(
                    "heading",
                    &[("date", Arg::Text(&date, None)), ("more", more)],
                    layout,
                    &ctx,
                )
            }
            None => self
                .messages
                .format("heading-undated", &[("more", more)], layout, &ctx),
        }
    }

    /// The summary sentence: how many organizations from how many countries and areas, and
    /// which (in the edition's alphabetical order, joined by CLDR's list pattern).
    ///
    /// # Errors
    /// As [`Renderer::render`].
    ///
    /// ```
    /// use signatories::render::{OutputFormat, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let summary = Renderer::try_new("en")?.summary(&registry, statement, OutputFormat::Text)?;
    /// assert!(summary.contains("31 organizations"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn summary(
        &self,
        registry: &Registry,
        statement: &Statement,
        format: OutputFormat,
    ) -> Result<String, Error> {
        // Sets, not lists: a statement of many entries is counted in linear time.
        let mut orgs: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut places: Vec<&Place> = Vec::new();
        let mut seen_places: std::collections::HashSet<&Place> = std::collections::HashSet::new();
        for e in statement.entries() {
            if !orgs.insert(e.org.as_str()) {
                continue;
            }
            if let Some(o) = registry.organization(&e.org) {
                for p in &o.countries {
                    if seen_places.insert(p) {
                        places.push(p);
                    }
                }
            }
        }
        let mut names: Vec<String> = places
            .iter()
            .map(|p| self.place_name(registry, p))
            .collect();
        names.sort_by(|a, b| self.cldr.collator.compare(a, b));
        let list = self.cldr.format_list(names.iter().map(String::as_str));
        let (n_orgs, n_places) = (
            self.format_number(orgs.len()),
            self.format_number(places.len()),
        );
        self.messages.format(
            "summary",
            &[
                ("organizations", Arg::Count(orgs.len())),
                ("organizations-text", Arg::Text(&n_orgs, None)),
                ("countries", Arg::Count(places.len())),
                ("countries-text", Arg::Text(&n_places, None)),
                ("list", Arg::Text(&list, None)),
            ],
            layout::of(format),
            &self.context(),
        )
    }

    /// Renders the signatory list of `statement` for this edition.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when an entry names an organization the registry lacks;
    /// [`Error::LocaleData`] if a message is missing.
    ///
    /// ```
    /// use signatories::render::{RenderOptions, Renderer};
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let text = Renderer::try_new("en")?.render(&registry, statement, &RenderOptions::default())?;
    /// // Line 83 of the published list, its transliteration as printed.
    /// assert!(text.contains("23. KSRD Koordinazionnyj Sowjet Rabotschewo Dvizhenija (Coordination Council of the Workers Class Movement), Ukraine"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn render(
        &self,
        registry: &Registry,
        statement: &Statement,
        options: &RenderOptions,
    ) -> Result<Rendered, Error> {
        // Each entry's organization is looked up once, for its places and its parts.
        let orgs = Self::organizations_of(registry, statement)?;
        let places = self.place_names_of(registry, orgs.iter().copied());
        let mut page = self.begin_page(statement, options, orgs.len())?;
        let mut pass = Pass {
            places: &places,
            options,
            ctx: self.context(),
            seen: Untranslated::default(),
            entry: String::new(),
            line: String::new(),
            number: String::new(),
        };
        let mut orgs = orgs.iter().copied();
        for (index, section) in statement.sections.iter().enumerate() {
            self.render_section(&mut *page, &mut pass, index, section, &mut orgs)?;
        }
        let summary = match options.summary {
            true => Some(self.summary(registry, statement, options.format)?),
            false => None,
        };
        let untranslated = pass.seen.list;
        let untranslated_areas = places.untranslated.clone();
        let warnings = self.warnings_with(&untranslated, &untranslated_areas);
        let warning_texts: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        let text = page.end(summary.as_deref(), &untranslated, &warning_texts);
        Ok(Rendered {
            text,
            untranslated,
            untranslated_areas,
            warnings,
        })
    }

    /// Starts the page of a rendering with its heading.
    fn begin_page(
        &self,
        statement: &Statement,
        options: &RenderOptions,
        entries: usize,
    ) -> Result<Box<dyn layout::Page + '_>, Error> {
        let heading = self.heading(statement, layout::of(options.format))?;
        let head = layout::Head {
            statement: &statement.id,
            locale: self.edition.to_string(),
            messages_locale: self.messages.locale().to_string(),
            direction: self.cldr.direction.as_str(),
            calendar: self.calendar(),
            heading: &heading,
            as_of: statement.as_of.map(|d| d.to_string()),
            more_possible: statement.more_possible,
        };
        Ok(layout::page(options.format, &head, entries, self.context()))
    }

    /// Lays out one section of a rendering, its entries taking their organizations from
    /// `orgs` in order.
    fn render_section<'a>(
        &'a self,
        page: &mut dyn layout::Page,
        pass: &mut Pass<'a, '_>,
        index: usize,
        section: &'a crate::Section,
        orgs: &mut impl Iterator<Item = &'a crate::Organization>,
    ) -> Result<(), Error> {
        let layout = layout::of(pass.options.format);
        let heading = self.section_heading(section.kind, layout)?;
        let start = SectionStart {
            index,
            kind: section.kind,
            numbered: section.kind == SectionKind::Initial
                && pass.options.numbering == Numbering::Numbered,
            heading: heading.as_deref(),
        };
        page.section(&start);
        for (number, (e, org)) in section.entries.iter().zip(orgs).enumerate() {
            let e = self.next_entry(org, e, pass)?;
            pass.number.clear();
            if start.numbered {
                self.cldr.format_number_into(&mut pass.number, number + 1);
            }
            self.entry_line(pass, &start)?;
            let item = Item {
                index: number,
                entry: &pass.entry,
                line: &pass.line,
                number: start.numbered.then_some((number + 1, pass.number.as_str())),
                resolved: &e,
            };
            page.entry(&start, &item);
        }
        page.end_section(&start);
        Ok(())
    }

    /// The entry of `pass` as a line of plain text with its number or bullet (the edition's
    /// `item-numbered` or `item-bulleted` message), in `pass.line`; empty where the layout has
    /// list markup of its own (Markdown, HTML) or the line is the entry itself.
    fn entry_line(&self, pass: &mut Pass<'_, '_>, start: &SectionStart<'_>) -> Result<(), Error> {
        pass.line.clear();
        if pass.options.format != OutputFormat::Text {
            return Ok(());
        }
        let layout = layout::of(pass.options.format);
        if start.numbered {
            self.messages.format_into(
                &mut pass.line,
                "item-numbered",
                &[
                    ("number", Arg::Text(&pass.number, None)),
                    ("entry", Arg::Raw(&pass.entry)),
                ],
                layout,
                &pass.ctx,
            )
        } else if pass.options.numbering == Numbering::Bulleted {
            self.messages.format_into(
                &mut pass.line,
                "item-bulleted",
                &[("entry", Arg::Raw(&pass.entry))],
                layout,
                &pass.ctx,
            )
        } else {
            Ok(())
        }
    }

    /// Resolves the next entry of a rendering, notes its organization if it has no name in the
    /// edition's language, and writes the entry as the style prints it over `pass.entry`.
    fn next_entry<'a>(
        &'a self,
        org: &'a crate::Organization,
        e: &'a crate::Entry,
        pass: &mut Pass<'a, '_>,
    ) -> Result<ResolvedEntry<'a>, Error> {
        let e = entry::resolve(org, e, &self.edition, &self.names, pass.places);
        if !e.translated && pass.seen.seen.insert(e.org) {
            pass.seen.list.push(e.org.to_owned());
        }
        pass.entry.clear();
        let layout = layout::of(pass.options.format);
        self.entry_into(&mut pass.entry, &e, pass.options.style, layout, &pass.ctx)?;
        Ok(e)
    }

    /// The renderer's warnings, and those naming the organizations and areas of a list
    /// without a name in the edition's language, with what to do about them.
    fn warnings_with(&self, untranslated: &[String], areas: &[String]) -> Vec<Warning> {
        let mut warnings = self.warnings.clone();
        let edition = crate::Locale::from(&self.edition);
        if !untranslated.is_empty() {
            let gloss = match &self.gloss {
                Gloss::EditionLanguage => None,
                Gloss::Fallback(l) => Some(l.iter().map(crate::Locale::from).collect()),
            };
            warnings.push(Warning::UntranslatedOrganizations {
                edition: edition.clone(),
                gloss,
                ids: untranslated.to_vec(),
            });
        }
        if !areas.is_empty() {
            warnings.push(Warning::UntranslatedAreas {
                edition,
                ids: areas.to_vec(),
            });
        }
        warnings
    }

    fn section_heading(
        &self,
        kind: SectionKind,
        layout: &dyn Layout,
    ) -> Result<Option<String>, Error> {
        match kind {
            SectionKind::Initial => Ok(None),
            SectionKind::Subsequent => self
                .messages
                .format("subsequent-heading", &[], layout, &self.context())
                .map(Some),
        }
    }
}

/// A part of an entry as a message argument: its text in its language, or empty.
fn part_arg<'b>(p: Option<&'b Part<'_>>) -> Arg<'b> {
    p.map_or(Arg::Text("", None), |p| Arg::Text(&p.text, Some(p.lang)))
}

/// Whether an entry prints a country, and its name (empty when not).
fn country_arg<'c>(c: &'c Option<std::borrow::Cow<'_, str>>) -> (bool, &'c str) {
    (c.is_some(), c.as_deref().unwrap_or(""))
}
