//! Organizations as open-data files describe them (Popolo, Wikidata entity JSON, CSV), read
//! before they are matched to a registry ([`crate::Registry::import`]).
//!
//! Each reader (`popolo.rs`, `wikidata.rs`, `csv.rs`) hands [`Incoming`] records one at a time
//! to a callback, reports every problem with its file, line and column as the registry's own
//! files do, and leaves out what it cannot read (a name in a language code without a mapping, a
//! text with hidden characters) with a warning or a problem instead of refusing the file. A
//! syntax error stops the file: [`crate::Error::Invalid`].

use std::ops::Range;

use super::listed::Listed;
use crate::date::PartialDate;
use crate::error::{Error, LineIndex, Location, Problem, ProblemKind, Problems, excerpt};
use crate::locale::Language;
use crate::organization::{Acronym, CountryCode, Identifier, Name, Place};

/// An open-data format the registry imports and exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InteropFormat {
    /// Popolo JSON: a document with `organizations`, an array of organizations, or a map of id
    /// → organization (EveryPolitician's `groups.json`).
    Popolo,
    /// Wikibase entity JSON: `Special:EntityData` documents (`{"entities": {…}}`), one entity,
    /// or a dump (one entity a line, between `[` and `]`).
    Wikidata,
    /// CSV: one organization a row; columns `id`, `countries` and one a text (`name:bg`).
    Csv,
}

impl InteropFormat {
    /// Every format, as command lines name them.
    pub const ALL: &'static [InteropFormat] = &[
        InteropFormat::Popolo,
        InteropFormat::Wikidata,
        InteropFormat::Csv,
    ];

    /// The format's name on command lines (`popolo`, `wikidata`, `csv`).
    pub fn as_str(self) -> &'static str {
        match self {
            InteropFormat::Popolo => "popolo",
            InteropFormat::Wikidata => "wikidata",
            InteropFormat::Csv => "csv",
        }
    }

    /// The format a file's first bytes show: JSON that names `entities`, or whose first object
    /// has `labels`, `claims` or `"type": "item"`, is Wikidata; other JSON is Popolo; anything
    /// else is CSV.
    ///
    /// ```
    /// use signatories::interop::InteropFormat;
    /// assert_eq!(InteropFormat::detect(br#"{"entities":{"Q1":{}}}"#), InteropFormat::Wikidata);
    /// assert_eq!(InteropFormat::detect(br#"{"organizations":[]}"#), InteropFormat::Popolo);
    /// assert_eq!(InteropFormat::detect(b"id,countries,name:de\n"), InteropFormat::Csv);
    /// ```
    pub fn detect(head: &[u8]) -> InteropFormat {
        let text = String::from_utf8_lossy(head.get(..head.len().min(1 << 16)).unwrap_or(head));
        let trimmed = text.trim_start_matches('\u{feff}').trim_start();
        if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
            return InteropFormat::Csv;
        }
        let wikidata = ["\"entities\"", "\"labels\"", "\"claims\"", "\"sitelinks\""]
            .iter()
            .any(|k| trimmed.contains(k));
        if wikidata && !trimmed.contains("\"other_names\"") {
            InteropFormat::Wikidata
        } else {
            InteropFormat::Popolo
        }
    }
}

impl std::str::FromStr for InteropFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        InteropFormat::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| Error::InvalidValue {
                what: "unknown import format (expected popolo, wikidata or csv)".to_owned(),
                value: s.to_owned(),
            })
    }
}

/// A name read from an open-data file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct IncomingName {
    /// The name, its language, and its kind where the file says it (see `kind_known`).
    pub name: Name,
    /// Whether the file gave the kind (a CSV column's `:translation`, a Popolo note). Where it
    /// did not (a Wikidata label), the import decides: a name in a language of the
    /// organization's country is its own name, others are translations.
    pub kind_known: bool,
    /// A Wikidata alias (or a second Popolo name in one language): imported only on request,
    /// since aliases hold misspellings kept for search.
    pub alias: bool,
}

/// An organization as an open-data file describes it: what the readers of
/// [`read_path`](crate::interop::read_path) hand out, and what
/// [`Registry::import`](crate::Registry::import) takes, so a program can import records of a
/// format of its own.
///
/// ```
/// use signatories::interop::{Incoming, IncomingName};
/// use signatories::{Location, Name, NameKind};
///
/// let mut org = Incoming::new("m-1", "csv:members.csv", Location::new("members.csv", 2, 1));
/// org.names.push(IncomingName::new(Name::try_new("Unia", "de", NameKind::Original)?).with_kind_known(true));
/// assert_eq!(org.names[0].name.text, "Unia");
/// assert!(!org.names[0].alias);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Incoming {
    /// Its id in the file: the Wikidata item (`Q1146616`), the Popolo id, the CSV `id`.
    pub key: String,
    /// Where its names come from, as imported names record it (`wikidata:Q1146616`,
    /// `popolo:groups.json`, `csv:members.csv`).
    pub source: String,
    /// Where the record starts in the file.
    pub location: Location,
    /// Its Wikidata item, where known (an entity's id, a Popolo or CSV identifier).
    pub wikidata: Option<String>,
    /// Its countries (P17; Popolo `area`; CSV `countries`).
    pub countries: Vec<Place>,
    /// Its acronyms (P1813 short names; CSV `acronym:LANG`).
    pub acronyms: Vec<Acronym>,
    /// Its names, in the file's order (labels before aliases).
    pub names: Vec<IncomingName>,
    /// Its identifiers other than the Wikidata item.
    pub identifiers: Vec<Identifier>,
    /// The registry's `name-shows-country`, where the file has it (the crate's own exports).
    pub name_shows_country: Option<bool>,
    /// The registry's `region`, where the file has it.
    pub region: Option<String>,
    /// Founded (P571; Popolo `founding_date`).
    pub founded: Option<PartialDate>,
    /// Dissolved (P576; Popolo `dissolution_date`).
    pub dissolved: Option<PartialDate>,
    /// A name the file gives without its language (a Popolo `name` that none of the
    /// organization's `other_names` holds): the import decides whether and how to take it
    /// ([`crate::registry::ImportOptions::untagged_names`]).
    pub untagged_name: Option<UntaggedName>,
}

/// A name without a language tag, as a file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UntaggedName {
    /// The text, checked as every name's is.
    pub text: String,
    /// The language the document declares for its untagged texts (JSON-LD's `@language` in the
    /// Popolo document's `@context`), where it declares one.
    pub declared: Option<Language>,
    /// Where the name is in the file.
    pub location: Location,
}

impl IncomingName {
    /// A name whose kind the file did not give (the import decides it) and that is no alias.
    pub fn new(name: Name) -> Self {
        IncomingName {
            name,
            kind_known: false,
            alias: false,
        }
    }

    /// The same name, saying whether the file gave its kind.
    pub fn with_kind_known(mut self, known: bool) -> Self {
        self.kind_known = known;
        self
    }

    /// The same name, saying whether it is an alias (imported only on request).
    pub fn with_alias(mut self, alias: bool) -> Self {
        self.alias = alias;
        self
    }
}

impl Incoming {
    /// A record with its id in the file, where its names come from (recorded on imported
    /// names: `csv:members.csv`) and where it starts; everything else empty.
    pub fn new(key: impl Into<String>, source: impl Into<String>, location: Location) -> Self {
        Incoming {
            key: key.into(),
            source: source.into(),
            location,
            wikidata: None,
            countries: Vec::new(),
            acronyms: Vec::new(),
            names: Vec::new(),
            identifiers: Vec::new(),
            name_shows_country: None,
            region: None,
            founded: None,
            dissolved: None,
            untagged_name: None,
        }
    }
}

/// The Wikidata item of a country (`DE` → 183), by the table the Wikidata reader reads P17
/// with (see `scripts/wikidata-countries.py` for its source).
///
/// ```
/// assert_eq!(signatories::interop::country_item("DE"), Some(183));
/// ```
pub fn country_item(code: &str) -> Option<u32> {
    super::wikidata_countries::COUNTRY_ITEMS
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(q, _)| *q)
}

/// What reading a file found besides its records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadReport {
    /// Records read (handed to the callback).
    pub records: usize,
    /// Problems: values left out (a text with hidden characters, a wrong type); the rest of
    /// the record was read.
    pub problems: Vec<Problem>,
    /// Warnings: a language code without a mapping, a country item without a code, a text
    /// mixing scripts.
    pub warnings: Vec<Problem>,
}

/// What a reader found in a file: problems and warnings, and the language codes it looked up.
pub(crate) struct Sink {
    pub file: String,
    /// Language codes already looked up (a file repeats a few dozen).
    tags: crate::FastMap<String, Option<Language>>,
    pub report: ReadReport,
    problems: Listed,
    warnings: Listed,
}

impl Sink {
    pub(crate) fn new(file: &str) -> Self {
        Sink {
            file: file.to_owned(),
            tags: crate::FastMap::default(),
            report: ReadReport::default(),
            problems: Listed::default(),
            warnings: Listed::default(),
        }
    }

    /// The report, each list ending in a count of what was not listed.
    pub(crate) fn finish(mut self) -> ReadReport {
        self.report.problems = self.problems.finish(&self.file, "problems");
        self.report.warnings = self.warnings.finish(&self.file, "warnings");
        self.report
    }
}

/// A text being read (a whole file, or one line of a dump) and the sink of its file: problems
/// and warnings are located by span.
pub(crate) struct Notes<'s, 'a> {
    pub sink: &'s mut Sink,
    lines: LineIndex<'a>,
    /// The line of the text's first line in the file.
    first_line: usize,
}

impl<'s, 'a> Notes<'s, 'a> {
    pub(crate) fn new(sink: &'s mut Sink, src: &'a str, first_line: usize) -> Self {
        Notes {
            sink,
            lines: LineIndex::new(src),
            first_line,
        }
    }

    pub(crate) fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.lines.position(span.start);
        Location {
            file: self.sink.file.clone(),
            line: line + self.first_line - 1,
            column,
            field: None,
        }
    }

    fn make(
        &self,
        span: &Range<usize>,
        kind: ProblemKind,
        message: String,
        value: &str,
    ) -> Problem {
        Problem {
            kind,
            location: self.location(span),
            message,
            value: excerpt(value),
        }
    }

    pub(crate) fn problem(
        &mut self,
        span: &Range<usize>,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) {
        if self.sink.problems.count_one(true) {
            let p = self.make(span, kind, message.into(), value);
            self.sink.problems.keep(p);
        }
    }

    pub(crate) fn warn(
        &mut self,
        span: &Range<usize>,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) {
        if self.sink.warnings.count_one(true) {
            let p = self.make(span, kind, message.into(), value);
            self.sink.warnings.keep(p);
        }
    }

    /// A syntax error: the file is refused.
    pub(crate) fn syntax(&self, span: &Range<usize>, message: &str, value: &str) -> Error {
        Error::Invalid(Problems(vec![self.make(
            span,
            ProblemKind::Syntax,
            format!("syntax error: {message}"),
            value,
        )]))
    }

    /// A text checked as a data file's names are (NFC, no hidden characters, not empty), with
    /// a warning where it mixes scripts; `None` (a problem) when it cannot be stored.
    pub(crate) fn text(&mut self, s: &str, span: &Range<usize>, what: &str) -> Option<String> {
        match crate::text::checked(s, what) {
            Ok((t, warning)) => {
                if let Some(message) = warning {
                    self.warn(span, ProblemKind::MixedScripts, message, &t);
                }
                Some(t)
            }
            Err((p, message)) => {
                self.problem(span, ProblemKind::Text(p), message, s);
                None
            }
        }
    }

    /// The BCP 47 tag of a Wikimedia language code (see `wikimedia.rs`), with a warning
    /// where it has none.
    pub(crate) fn wikimedia_tag(
        &mut self,
        code: &str,
        span: &Range<usize>,
        what: &str,
    ) -> Option<Language> {
        let tag = match self.sink.tags.get(code) {
            Some(t) => t.clone(),
            None => {
                let t = super::wikimedia::to_bcp47(code).map(Language::from_id);
                self.sink.tags.insert(code.to_owned(), t.clone());
                t
            }
        };
        if tag.is_none() {
            self.warn(
                span,
                ProblemKind::LanguageTag,
                format!("language code without a BCP 47 mapping in {what}: left out"),
                code,
            );
        }
        tag
    }

    /// A country code (ISO 3166-1) or an area id, checked as a data file's are.
    pub(crate) fn place(&mut self, s: &str, span: &Range<usize>) -> Option<Place> {
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            let code = s.to_ascii_uppercase();
            if let (true, Ok(code)) = (
                crate::locale::is_known_country(&code),
                CountryCode::try_new(&code),
            ) {
                return Some(Place::Country(code));
            }
        } else if crate::organization::is_slug(s) {
            return Some(Place::Area(s.to_owned()));
        }
        self.problem(
            span,
            ProblemKind::Country,
            "invalid country (expected an ISO 3166-1 alpha-2 code or an area id)",
            s,
        );
        None
    }
}
