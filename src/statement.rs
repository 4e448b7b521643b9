//! Statements and their signatory lists: sections, entries, and how the published text printed
//! an entry.

use std::collections::BTreeMap;

use crate::locale::Language;
use serde::Serialize;

use crate::date::PartialDate;

/// A joint statement with its signatory list.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// // The published resolution: 7 February 2023, 28 initial signatories and 3 subsequent ones.
/// assert_eq!(statement.date.map(|d| d.to_string()).as_deref(), Some("2023-02-07"));
/// assert_eq!(statement.sections.iter().map(|s| s.entries.len()).collect::<Vec<_>>(), [28, 3]);
/// assert!(statement.more_possible);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub struct Statement {
    /// A stable slug.
    pub id: String,
    /// The date of the statement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The title in each language it was published in.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub title: BTreeMap<Language, String>,
    /// The date the list is current as of: a day, or a month only ("as of November 2016").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// Whether further signatories are possible.
    pub more_possible: bool,
    /// The sections of the list, in publication order.
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
}

/// A section of a signatory list.
///
/// ```
/// use signatories::SectionKind;
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let late = &statement.sections[1];
/// assert_eq!(late.kind, SectionKind::Subsequent);
/// assert_eq!(late.entries[0].org, "pr-byh");
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Which section.
    pub kind: SectionKind,
    /// The entries, in publication order.
    pub entries: Vec<Entry>,
}

/// The kind of a [`Section`].
///
/// ```
/// use signatories::SectionKind;
/// assert_eq!("subsequent".parse::<SectionKind>()?, SectionKind::Subsequent);
/// assert_eq!(SectionKind::default().as_str(), "initial");
/// assert!("later".parse::<SectionKind>().is_err());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// The initial list, numbered.
    #[default]
    Initial,
    /// Organizations that signed after publication, listed unnumbered after the initial list.
    Subsequent,
}

spelled_enum!(SectionKind, "section kind", {
    Initial => "initial", Subsequent => "subsequent",
});

/// One signatory: an organization of the registry, and how the published text printed it where
/// that differs from the registry.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// // The English edition printed "Parti Comuniste du Togo" (one m) for the PCT.
/// let pct = statement.entries().find(|e| e.org == "pct").unwrap();
/// assert_eq!(pct.printed.as_ref().and_then(|p| p.name.as_deref()), Some("Parti Comuniste du Togo"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// The organization's id.
    pub org: String,
    /// How a published edition printed the entry, where it differs from the registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printed: Option<Printed>,
}

impl Entry {
    /// An entry for an organization, printed as the registry has it.
    ///
    /// ```
    /// let entry = signatories::Entry::new("mlpd");
    /// assert_eq!((entry.org.as_str(), entry.printed), ("mlpd", None));
    /// ```
    pub fn new(org: impl Into<String>) -> Self {
        Entry {
            org: org.into(),
            printed: None,
        }
    }

    /// The entry with how a published edition printed it.
    ///
    /// ```
    /// use signatories::{Entry, Printed};
    /// let mut printed = Printed::default();
    /// printed.name = Some("Parti Comuniste du Togo".to_owned());
    /// let entry = Entry::new("pct").with_printed(printed);
    /// assert_eq!(entry.printed.and_then(|p| p.name).as_deref(), Some("Parti Comuniste du Togo"));
    /// ```
    pub fn with_printed(mut self, printed: Printed) -> Self {
        self.printed = Some(printed);
        self
    }
}

/// The parts of an entry as a published edition printed them (typos kept), where they differ
/// from the registry. A renderer of that edition uses them to reproduce it exactly.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let ksrd = statement.entries().find(|e| e.org == "ksrd").unwrap();
/// let printed = ksrd.printed.as_ref().unwrap();
/// // The English edition's own transliteration of the Russian name.
/// assert_eq!(printed.name.as_deref(), Some("Koordinazionnyj Sowjet Rabotschewo Dvizhenija"));
/// assert!(printed.applies_to("en") && !printed.applies_to("ru"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Printed {
    /// The edition these apply to (`en`); `None` for every edition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<Language>,
    /// The acronym as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// The organization's own name as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The transliteration as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transliteration: Option<String>,
    /// The translation as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
    /// The country as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Printed {
    /// Whether these apply to an edition in `lang` (same language subtag, or no edition given;
    /// a tag that is not well-formed is no edition's).
    ///
    /// ```
    /// let printed = signatories::Printed {
    ///     edition: Some("de".parse().unwrap()),
    ///     ..Default::default()
    /// };
    /// assert!(printed.applies_to("de-AT") && !printed.applies_to("fr"));
    /// ```
    pub fn applies_to(&self, lang: impl crate::IntoLocale) -> bool {
        lang.into_locale()
            .is_ok_and(|l| self.applies_to_language(l.language()))
    }

    /// [`Printed::applies_to`] for a language the crate holds.
    pub(crate) fn applies_to_language(&self, lang: &Language) -> bool {
        self.edition
            .as_ref()
            .is_none_or(|e| e.primary_language() == lang.primary_language())
    }
}

impl Statement {
    /// A statement with only its id, to be completed with the `with_` methods, which read like
    /// the TOML they produce:
    ///
    /// ```
    /// use signatories::{SectionKind, Statement};
    /// let mut registry = signatories::seed::registry()?;
    /// let statement = Statement::new("example")
    ///     .with_as_of("2023-02-07".parse()?)
    ///     .with_title("en", "Solidarity")?
    ///     .with_more_possible(true)
    ///     .with_entries(SectionKind::Initial, ["bkp"])
    ///     .with_entries(SectionKind::Subsequent, ["pct"]);
    /// registry.insert_statement(statement)?;
    /// assert_eq!(registry.statement("example").unwrap().entries().count(), 2);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        Statement {
            id: id.into(),
            date: None,
            title: BTreeMap::new(),
            as_of: None,
            more_possible: false,
            sections: Vec::new(),
        }
    }

    /// Sets the date of the statement.
    ///
    /// ```
    /// let s = signatories::Statement::new("s").with_date("2023-02-07".parse()?);
    /// assert_eq!(s.date.map(|d| (d.year(), d.month(), d.day())), Some((2023, Some(2), Some(7))));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets the date the list is current as of.
    ///
    /// ```
    /// let s = signatories::Statement::new("s").with_as_of("2016-11".parse()?);
    /// assert_eq!(s.as_of.map(|d| d.to_string()).as_deref(), Some("2016-11"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_as_of(mut self, date: PartialDate) -> Self {
        self.as_of = Some(date);
        self
    }

    /// Sets whether further signatories are possible.
    ///
    /// ```
    /// assert!(signatories::Statement::new("s").with_more_possible(true).more_possible);
    /// assert!(!signatories::Statement::new("s").more_possible);
    /// ```
    pub fn with_more_possible(mut self, more: bool) -> Self {
        self.more_possible = more;
        self
    }

    /// Adds the title in one language.
    ///
    /// # Errors
    /// As [`crate::IntoLocale::into_language`], when `lang` is no language tag.
    ///
    /// ```
    /// let s = signatories::Statement::new("s").with_title("en", "Solidarity")?;
    /// assert_eq!(s.title.values().collect::<Vec<_>>(), ["Solidarity"]);
    /// assert!(signatories::Statement::new("s").with_title("english!", "x").is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_title(
        mut self,
        lang: impl crate::IntoLocale,
        title: impl Into<String>,
    ) -> Result<Self, crate::Error> {
        self.title.insert(lang.into_language()?, title.into());
        Ok(self)
    }

    /// Appends a section of entries printed as the registry has them (one per organization id).
    ///
    /// ```
    /// use signatories::{SectionKind, Statement};
    /// let s = Statement::new("s").with_entries(SectionKind::Initial, ["bkp", "mlpd"]);
    /// assert_eq!(s.sections[0].entries[1].org, "mlpd");
    /// ```
    pub fn with_entries<S: Into<String>>(
        mut self,
        kind: SectionKind,
        orgs: impl IntoIterator<Item = S>,
    ) -> Self {
        self.sections.push(Section {
            kind,
            entries: orgs.into_iter().map(Entry::new).collect(),
        });
        self
    }

    /// Every entry of every section, in publication order.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// // 28 initial and 3 subsequent signatories; the last is the PML (Peru).
    /// assert_eq!(statement.entries().count(), 31);
    /// assert_eq!(statement.entries().last().map(|e| e.org.as_str()), Some("pml-peru"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flat_map(|s| s.entries.iter())
    }
}
