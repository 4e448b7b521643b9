//! The crate's one error type, and the located problems that data files report.

use std::fmt;
use std::path::PathBuf;

/// A position in a data file: the file's name, a 1-based line and a 1-based column counted in
/// characters (not bytes), so that it matches what an editor shows. For a value given through
/// the API, the record and its field instead (displayed as `organization "x", names[0].text`).
///
/// ```
/// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
/// let at = &err.problems()[0].location;
/// // The id's value starts on line 2, column 6 (after `id = `).
/// assert_eq!((at.file.as_str(), at.line, at.column), ("r.toml", 2, 6));
/// assert_eq!(at.to_string(), "r.toml:2:6");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Location {
    /// The file's path as given by the caller, or a label such as `<string>`; for a value given
    /// through the API, the record (`organization "x"`).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
    /// For a value given through the API, the field of the record (`names[0].text`) in the
    /// data files' spelling; the line and column then count in the record as a file would
    /// hold it.
    pub field: Option<String>,
}

impl Location {
    /// A position in a file: its name, a 1-based line and a 1-based column in characters.
    ///
    /// ```
    /// let at = signatories::Location::new("members.csv", 3, 1);
    /// assert_eq!(at.to_string(), "members.csv:3:1");
    /// ```
    pub fn new(file: impl Into<String>, line: usize, column: usize) -> Self {
        Location {
            file: file.into(),
            line,
            column,
            field: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}, {field}", self.file),
            None => write!(f, "{}:{}:{}", self.file, self.line, self.column),
        }
    }
}

/// What kind of problem (or warning) a [`Problem`] is, for programs that act on it.
///
/// ```
/// use signatories::{ProblemKind, Registry};
/// let err = Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
/// let kinds: Vec<ProblemKind> = err.problems().iter().map(|p| p.kind).collect();
/// assert_eq!(kinds, [ProblemKind::InvalidId, ProblemKind::MissingField]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The file does not parse (TOML or JSON syntax).
    Syntax,
    /// Bytes that are not UTF-8.
    InvalidUtf8,
    /// A file larger than the registry's file-size limit.
    FileTooLarge,
    /// A field, or a top-level table, that the data format does not have.
    UnknownField,
    /// A required field is missing.
    MissingField,
    /// A value of the wrong type (a number where a string belongs).
    WrongType,
    /// A text that cannot be stored; the [`TextProblem`](crate::text::TextProblem) says why.
    Text(crate::text::TextProblem),
    /// An id that is not a slug (lowercase ASCII letters, digits and hyphens).
    InvalidId,
    /// A language tag that is invalid or names an unknown language, script, region or variant.
    LanguageTag,
    /// The same language twice in a map of texts (`en` and `EN`, or `iw` and `he`).
    DuplicateLanguage,
    /// A country that is not an assigned ISO 3166-1 code, or a place that is neither a
    /// country code nor an area id.
    Country,
    /// A region that is no UN M49 code CLDR names.
    Region,
    /// An unknown kind of name or section.
    UnknownKind,
    /// A field that does not apply to this kind of record (`scheme` on a translation).
    FieldNotApplicable,
    /// A transliteration tagged with a non-Latin script.
    TransliterationScript,
    /// A date that does not parse, or a period that ends before it starts.
    Date,
    /// More items than one record may have.
    TooMany,
    /// An organization or area without a name.
    NoName,
    /// An id used twice.
    DuplicateId,
    /// An acronym used by two organizations in one country.
    DuplicateAcronym,
    /// An organization listed twice in one statement.
    DuplicateEntry,
    /// An entry of an ingested list that could be one of several organizations: applying the
    /// list would have to guess, so it adds nothing (a person chooses).
    AmbiguousEntry,
    /// An ingested list read with doubts (name-like lines skipped, entries read with low
    /// confidence): applying it adds nothing unless the doubts are accepted.
    DoubtfulReading,
    /// An entry of an ingested list that reads as a sentence, not an organization's name.
    SentenceEntry,
    /// An ingested list without entries: no statement is saved for it.
    EmptyStatement,
    /// A reference to an area the registry does not have.
    UnknownArea,
    /// A statement entry naming no organization of the registry.
    UnknownOrganization,
    /// A value given through the API that a file cannot hold (a country that is no code, an
    /// area id that reads as a country code).
    InvalidValue,
    /// The count of problems (or warnings) beyond those listed.
    NotListed,
    /// Warning: a text that mixes scripts (UTS #39).
    MixedScripts,
    /// Warning: a text that looks like another organization's (the same UTS #39 skeleton).
    LookAlike,
    /// Warning: a deprecated language tag, read as its preferred form.
    DeprecatedTag,
    /// Messages: a message the reference locale does not have (obsolete or misspelled).
    UnknownMessage,
    /// Messages: a message of the reference locale that a locale and its parents lack.
    MissingMessage,
    /// Messages: a variable the reference locale does not use, or one of its that is dropped.
    MessageVariable,
    /// Messages: a plural selector without a variant for a CLDR plural category.
    PluralCategory,
    /// Messages: punctuation CLDR provides (a list pattern) written by hand.
    Punctuation,
    /// Input nested deeper than its reader allows (placeables of a message file).
    Nesting,
    /// Messages: messages that refer to each other in a cycle.
    MessageCycle,
    /// Messages: a message that expands to more placeables or text than rendering allows.
    MessageExpansion,
    /// Messages: markup (an HTML tag, a Markdown link) in a message's text.
    Markup,
    /// Warning: a name an open-data file gives without a language (a Popolo organization's
    /// `name`): left out, or read in a declared or guessed language — the message says which.
    UntaggedName,
}

/// The part of the crate a [`ProblemKind`] comes from, for programs that handle problems by
/// area ([`ProblemKind::area`]).
///
/// ```
/// use signatories::{ProblemArea, Registry};
/// let err = Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
/// assert!(err.problems().iter().all(|p| p.kind.area() == ProblemArea::Data));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProblemArea {
    /// Reading any input file: its size, encoding, syntax and nesting, and the count of problems
    /// not listed.
    Input,
    /// The data files and records: organizations, areas, statements, their fields and texts,
    /// and the open-data files imported into a registry.
    Data,
    /// Applying a list the reader ([`crate::ingest`]) read: entries it would have to guess.
    ListReader,
    /// The message catalog's checker ([`crate::render::Catalog::check`]).
    Messages,
}

impl ProblemKind {
    /// The area the kind belongs to.
    ///
    /// ```
    /// use signatories::{ProblemArea, ProblemKind};
    /// assert_eq!(ProblemKind::Syntax.area(), ProblemArea::Input);
    /// assert_eq!(ProblemKind::DuplicateAcronym.area(), ProblemArea::Data);
    /// assert_eq!(ProblemKind::DoubtfulReading.area(), ProblemArea::ListReader);
    /// assert_eq!(ProblemKind::PluralCategory.area(), ProblemArea::Messages);
    /// ```
    pub fn area(self) -> ProblemArea {
        use ProblemKind as K;
        match self {
            K::Syntax | K::InvalidUtf8 | K::FileTooLarge | K::Nesting | K::NotListed => {
                ProblemArea::Input
            }
            K::UnknownField
            | K::MissingField
            | K::WrongType
            | K::Text(_)
            | K::InvalidId
            | K::LanguageTag
            | K::DuplicateLanguage
            | K::Country
            | K::Region
            | K::UnknownKind
            | K::FieldNotApplicable
            | K::TransliterationScript
            | K::Date
            | K::TooMany
            | K::NoName
            | K::DuplicateId
            | K::DuplicateAcronym
            | K::DuplicateEntry
            | K::UnknownArea
            | K::UnknownOrganization
            | K::InvalidValue
            | K::MixedScripts
            | K::LookAlike
            | K::DeprecatedTag
            | K::UntaggedName => ProblemArea::Data,
            K::AmbiguousEntry | K::DoubtfulReading | K::SentenceEntry | K::EmptyStatement => {
                ProblemArea::ListReader
            }
            K::UnknownMessage
            | K::MissingMessage
            | K::MessageVariable
            | K::PluralCategory
            | K::Punctuation
            | K::MessageCycle
            | K::MessageExpansion
            | K::Markup => ProblemArea::Messages,
        }
    }

    /// Whether the kind is about reading an input file as such (size, encoding, syntax,
    /// nesting).
    ///
    /// ```
    /// assert!(signatories::ProblemKind::InvalidUtf8.is_input());
    /// ```
    pub fn is_input(self) -> bool {
        self.area() == ProblemArea::Input
    }

    /// Whether the kind is about a data file's or record's content.
    ///
    /// ```
    /// assert!(signatories::ProblemKind::UnknownArea.is_data());
    /// assert!(!signatories::ProblemKind::Markup.is_data());
    /// ```
    pub fn is_data(self) -> bool {
        self.area() == ProblemArea::Data
    }

    /// Whether the kind is about applying a read list.
    ///
    /// ```
    /// assert!(signatories::ProblemKind::AmbiguousEntry.is_list_reader());
    /// ```
    pub fn is_list_reader(self) -> bool {
        self.area() == ProblemArea::ListReader
    }

    /// Whether the kind comes from the message checker.
    ///
    /// ```
    /// let catalog = {
    ///     let mut c = signatories::render::Catalog::bundled();
    ///     c.add_ftl("de", "x.ftl", "no-such-message = x\n").unwrap_err()
    /// };
    /// assert!(catalog.problems().iter().all(|p| p.kind.is_messages()));
    /// ```
    pub fn is_messages(self) -> bool {
        self.area() == ProblemArea::Messages
    }

    /// Whether the kind is a warning (a value kept or left out, but worth a look): mixed
    /// scripts, a look-alike, a deprecated tag, an open-data name without a language.
    ///
    /// ```
    /// use signatories::ProblemKind;
    /// assert!(ProblemKind::LookAlike.is_warning() && !ProblemKind::DuplicateId.is_warning());
    /// ```
    pub fn is_warning(self) -> bool {
        matches!(
            self,
            ProblemKind::MixedScripts
                | ProblemKind::LookAlike
                | ProblemKind::DeprecatedTag
                | ProblemKind::UntaggedName
        )
    }
}

/// One problem found in a data file: what kind it is, where it is, what is wrong, and the
/// offending value.
///
/// It displays as `file:line:column: message: "value"`, the value quoted with Rust's escaping
/// so that invisible characters (bidi controls, zero-width spaces) show up as `\u{…}`.
///
/// ```
/// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!((p.kind, p.value.as_str()), (signatories::ProblemKind::InvalidId, "Bad Id"));
/// assert!(p.to_string().starts_with("r.toml:2:6: "));
/// assert!(p.to_string().ends_with(": \"Bad Id\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// What kind of problem it is.
    pub kind: ProblemKind,
    /// Where the offending value starts.
    pub location: Location,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
    /// The offending value as it appears in the file (shortened when very long).
    pub value: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.location,
            self.message,
            crate::text::quoted(&self.value)
        )
    }
}

/// The list of problems of one or more files, displayed one a line.
///
/// ```
/// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"X y\"\n", "r.toml")
///     .unwrap_err();
/// let signatories::Error::Invalid(problems) = err else { panic!("{err}") };
/// assert!(!problems.is_empty());
/// assert!(problems.iter().all(|p| p.location.to_string().starts_with("r.toml:")));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    /// The problems, in the order they were found.
    ///
    /// ```
    /// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
    /// let signatories::Error::Invalid(problems) = err else { panic!("{err}") };
    /// assert_eq!(problems.iter().map(|p| p.location.line).collect::<Vec<_>>(), [2, 1]);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.0.iter()
    }

    /// How many problems there are.
    ///
    /// ```
    /// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
    /// let signatories::Error::Invalid(problems) = err else { panic!("{err}") };
    /// // The id is no slug, and the organization has no names.
    /// assert_eq!(problems.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(signatories::Problems::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems as a slice.
    ///
    /// ```
    /// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
    /// let signatories::Error::Invalid(problems) = &err else { panic!("{err}") };
    /// assert_eq!(problems.as_slice(), err.problems());
    /// ```
    pub fn as_slice(&self) -> &[Problem] {
        &self.0
    }

    /// The problems, owned.
    ///
    /// ```
    /// let err = signatories::Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
    /// let signatories::Error::Invalid(problems) = err else { panic!("{err}") };
    /// let first = problems.into_vec().remove(0);
    /// assert_eq!(first.kind, signatories::ProblemKind::InvalidId);
    /// ```
    pub fn into_vec(self) -> Vec<Problem> {
        self.0
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// Everything that can go wrong in this crate.
///
/// ```
/// use signatories::{Error, render::Renderer};
/// match Renderer::try_new("xx-YY") {
///     Err(Error::UnknownLocale { what, .. }) => assert_eq!(what, "unknown language"),
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A data file (or a value given through the API) is invalid; every problem found is listed.
    #[error("{0}")]
    Invalid(Problems),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A save found that the file changed (or was removed) since the registry loaded it, so
    /// writing would lose someone else's update. Nothing was written: load the file again,
    /// repeat the change, and save.
    #[error("{}: changed since it was loaded; nothing was written (load it again and repeat the change)", path.display())]
    Conflict {
        /// The file.
        path: PathBuf,
    },
    /// A save that would write a file larger than the registry's file-size limit, which
    /// loading it again would refuse. Nothing was written.
    #[error("{}: {size} bytes to write, more than the file-size limit of {limit} bytes; nothing was written", path.display())]
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// The size the file would have had.
        size: u64,
        /// The limit ([`crate::Registry::max_file_bytes`]).
        limit: u64,
    },
    /// A file name whose extension names no supported format.
    #[error("{}: unknown data file format (expected {})", path.display(), crate::Format::expected())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// A locale tag that does not parse.
    #[error("invalid locale tag: {}", crate::text::quoted(.0))]
    InvalidLocale(String),
    /// A well-formed locale tag that names what CLDR does not know: a language (`xx-YY`), a
    /// script, a region, or a calendar (`-u-ca-bogus`).
    #[error("{what}: {}{}", crate::text::quoted(.tag), if closest.is_empty() { String::new() } else { format!(" (closest known: {})", closest.join(", ")) })]
    UnknownLocale {
        /// What is unknown, lowercase (`unknown language`, `unknown calendar (-u-ca-)`).
        what: String,
        /// The tag as given.
        tag: String,
        /// The closest known tags or values, best first (may be empty).
        closest: Vec<String>,
    },
    /// A value passed through the API that is not valid (an empty name, an unknown id).
    #[error("{what}: {}", crate::text::quoted(.value))]
    InvalidValue {
        /// What is wrong, lowercase.
        what: String,
        /// The offending value.
        value: String,
    },
    /// Locale data (CLDR through ICU4X) or a Fluent resource could not be loaded.
    #[error("locale data: {0}")]
    LocaleData(String),
}

impl Error {
    /// The located problems, if this error is about invalid data.
    ///
    /// ```
    /// use signatories::{Error, ProblemKind, Registry};
    /// let err = Registry::from_toml_str("[[organization]]\nid = \"Bad Id\"\n", "r.toml").unwrap_err();
    /// assert_eq!(err.problems()[0].kind, ProblemKind::InvalidId);
    /// // Other errors carry no located problems.
    /// let err = Error::InvalidLocale("?".into());
    /// assert!(err.problems().is_empty());
    /// ```
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::Invalid(p) => &p.0,
            _ => &[],
        }
    }
}

/// Maps byte offsets of a source text to lines and columns.
///
/// The text is scanned on demand, up to the furthest offset asked: a file read without a
/// problem costs no index at all (a million-record file has tens of millions of lines). The
/// index keeps a mark every [`MARK_LINES`] lines or [`MARK_BYTES`] bytes, whichever comes
/// first — its line and the start of that line — and counts the lines from the nearest mark:
/// a text of newlines alone takes a few bytes of index per hundred lines instead of a word per
/// line (a 100 MB file of line breaks with an error at its end took 880 MB to locate it).
/// Columns are counted in characters from the last position asked on the same line when it
/// lies before the new one, so that asking for increasing offsets on one long line (a minified
/// JSON file) costs the length of the line once, not once per question.
pub(crate) struct LineIndex<'a> {
    src: &'a str,
    /// Marks (byte offset, its 1-based line, the start of that line), increasing, the first
    /// at 0; and the scan's state: how far the text was scanned, the line and line start there.
    marks: std::cell::RefCell<(Vec<Mark>, Mark)>,
    /// The last (byte offset, column) computed.
    last: std::cell::Cell<(usize, usize)>,
    /// The last place whose line was computed: the next one after it is counted from there,
    /// so that questions in increasing order (list items on one long line) cost the text
    /// between them.
    last_line: std::cell::Cell<Mark>,
}

/// A place in a text: (byte offset, its 1-based line, the byte offset of that line's start).
type Mark = (usize, usize, usize);

/// At most this many lines between two marks of a [`LineIndex`].
const MARK_LINES: usize = 256;
/// At most this many bytes between two marks of a [`LineIndex`].
pub(crate) const MARK_BYTES: usize = 1 << 16;

impl<'a> LineIndex<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        LineIndex {
            src,
            marks: std::cell::RefCell::new((vec![(0, 1, 0)], (0, 1, 0))),
            last: std::cell::Cell::new((0, 1)),
            last_line: std::cell::Cell::new((0, 1, 0)),
        }
    }

    /// Scans the text up to `offset`, leaving marks.
    fn scan_to(&self, offset: usize) {
        let mut marks = self.marks.borrow_mut();
        let (list, at) = &mut *marks;
        let bytes = self.src.as_bytes();
        let to = offset.min(bytes.len());
        let (mut pos, mut line, mut start) = *at;
        let mut last_mark = list.last().map_or(0, |m| m.0);
        let mut lines_since = line - list.last().map_or(1, |m| m.1);
        while pos < to {
            // Up to the next line break, the next mark by size, or the target.
            let limit = to.min(last_mark + MARK_BYTES).max(pos + 1).min(bytes.len());
            let chunk = bytes.get(pos..limit).unwrap_or_default();
            match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    pos += i + 1;
                    line += 1;
                    start = pos;
                    lines_since += 1;
                }
                None => pos = limit,
            }
            if lines_since >= MARK_LINES || pos >= last_mark + MARK_BYTES {
                list.push((pos, line, start));
                last_mark = pos;
                lines_since = 0;
            }
        }
        if pos > at.0 {
            *at = (pos, line, start);
        }
    }

    /// The 1-based line of a byte offset, and the offset where that line starts.
    fn line_and_start(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        self.scan_to(offset);
        let marks = self.marks.borrow();
        let list = &marks.0;
        let mark = list
            .get(list.partition_point(|m| m.0 <= offset).saturating_sub(1))
            .copied()
            .unwrap_or((0, 1, 0));
        // From the mark, or from the last place asked when it lies between.
        let last = self.last_line.get();
        let (from, line, start) = if last.0 >= mark.0 && last.0 <= offset {
            last
        } else {
            mark
        };
        let between = self.src.as_bytes().get(from..offset).unwrap_or_default();
        let breaks = between.iter().filter(|&&b| b == b'\n').count();
        let start = match between.iter().rposition(|&b| b == b'\n') {
            Some(i) => from + i + 1,
            None => start,
        };
        self.last_line.set((offset, line + breaks, start));
        (line + breaks, start)
    }

    /// The 1-based line of a byte offset (the list reader's lines; the registry's decoder keeps
    /// line and column with [`LineIndex::position`]).
    #[cfg(any(feature = "ingest", test))]
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.line_and_start(offset).0
    }

    /// Line and column (both 1-based; the column in characters) of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        let (line, start) = self.line_and_start(offset);
        let (last_offset, last_column) = self.last.get();
        let (from, base) = if last_offset >= start && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 1)
        };
        let column = base + self.src.get(from..offset).map_or(0, |s| s.chars().count());
        self.last.set((offset, column));
        (line, column)
    }
}

/// A place in a source text as a problem gives it: the 1-based line and column (the column in
/// characters), in 32 bits each. Decoded records keep the places of what the checks across
/// records may report (ids, references, texts) as these rather than as byte offsets, so that
/// the checks need no text: a file's text is freed as soon as its records are decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    /// The first character of a text.
    pub(crate) const START: Pos = Pos { line: 1, column: 1 };

    /// A line and column as [`LineIndex::position`] gives them (past 2^32, the largest).
    pub(crate) fn of((line, column): (usize, usize)) -> Pos {
        Pos {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }
}

/// The places of increasing byte offsets of a text, each counted from the one before: the
/// line breaks between (a count the compiler vectorizes), then the characters since the last
/// break. The fields of a record, and the records of a file, are asked for in order: walking
/// a file this way costs one pass over its bytes, and no index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor {
    offset: usize,
    at: Pos,
}

impl Cursor {
    /// The start of a text.
    pub(crate) const START: Cursor = Cursor {
        offset: 0,
        at: Pos::START,
    };

    /// A cursor at `offset`, known to be at `at`.
    pub(crate) fn new(offset: usize, at: Pos) -> Self {
        Cursor { offset, at }
    }

    /// The byte offset it is at.
    pub(crate) fn offset(&self) -> usize {
        self.offset
    }

    /// The place of `offset` of `src` (the start of its character), moving there; `None` when
    /// `offset` lies before this cursor.
    pub(crate) fn advance(&mut self, src: &str, offset: usize) -> Option<Pos> {
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let between = src.get(self.offset..offset)?;
        let bytes = between.as_bytes();
        let breaks = count_breaks(bytes);
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(last) if breaks > 0 => {
                let after = between.get(last + 1..).unwrap_or_default();
                self.at.line = self.at.line.saturating_add(count(breaks));
                self.at.column = count(after.chars().count()).saturating_add(1);
            }
            _ => {
                self.at.column = self
                    .at
                    .column
                    .saturating_add(count(between.chars().count()));
            }
        }
        self.offset = offset;
        Some(self.at)
    }
}

/// How many line breaks `bytes` holds: counted in bytes by runs of 255 (a count the compiler
/// vectorizes sixteen bytes or more at a time; counted straight into a `usize`, it widened each
/// byte to 64 bits and went four at a time).
fn count_breaks(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|run| {
            let n = run
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(b == b'\n')));
            usize::from(n)
        })
        .sum()
}

/// Shortens a value for an error message, keeping it readable.
pub(crate) fn excerpt(s: &str) -> String {
    const MAX: usize = 120;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{Cursor, LineIndex, MARK_BYTES, Pos};

    #[test]
    fn line_index_counts_characters() {
        let idx = LineIndex::new("ab\nБКП x\n");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(3), (2, 1));
        // "БКП " is 7 bytes, 4 characters: x is in column 5.
        assert_eq!(idx.position(3 + 7), (2, 5));
        // Backwards, forwards and across lines after a cached position.
        assert_eq!(idx.position(5), (2, 2));
        assert_eq!(idx.position(1), (1, 2));
        assert_eq!(idx.position(3 + 7), (2, 5));
        assert_eq!(idx.line(3 + 7), 2);
        // Inside a character (the second byte of Б): the character's column.
        assert_eq!(idx.position(4), (2, 1));
    }

    /// Line breaks are counted across runs of 255 bytes, whatever the text's length.
    #[test]
    fn breaks_are_counted_in_runs() {
        for len in [0, 1, 254, 255, 256, 510, 511, 1000] {
            let text: Vec<u8> = (0..len)
                .map(|i| if i % 3 == 0 { b'\n' } else { b'a' })
                .collect();
            let naive = text.iter().filter(|&&b| b == b'\n').count();
            assert_eq!(super::count_breaks(&text), naive, "{len} bytes");
            let all = vec![b'\n'; len];
            assert_eq!(super::count_breaks(&all), len);
        }
    }

    /// A cursor gives the places a line index gives, for increasing offsets across lines,
    /// inside characters and on one long line; and refuses an offset behind it.
    #[test]
    fn cursor_agrees_with_line_index() {
        let text = "ab\nБКП x\n\n\nжж  y z\nlast";
        let idx = LineIndex::new(text);
        let mut cursor = Cursor::START;
        for offset in 0..=text.len() + 2 {
            let at = cursor.advance(text, offset);
            assert_eq!(at, Some(Pos::of(idx.position(offset))), "offset {offset}");
        }
        // From a known place in the middle (line 2, column 5 is the x).
        let mut from_x = Cursor::new(3 + 7, Pos { line: 2, column: 5 });
        assert_eq!(
            from_x.advance(text, 3 + 9),
            Some(Pos { line: 3, column: 1 })
        );
        assert_eq!(from_x.advance(text, 3), None);
    }

    /// Lines and columns agree with counting from the start, whatever the order of the
    /// questions, across marks left by line count and by size.
    #[test]
    fn line_index_agrees_with_counting() {
        let mut text = String::new();
        for i in 0..3000 {
            // Short lines, then a long one now and then (past a mark's size), some in Cyrillic.
            let len = if i % 700 == 0 { 70_000 } else { i % 13 };
            let c = if i % 2 == 0 { 'a' } else { 'ж' };
            text.extend(std::iter::repeat_n(c, len));
            text.push('\n');
        }
        let naive = |offset: usize| {
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            (line, before[start..].chars().count() + 1)
        };
        let offsets: Vec<usize> = (0..text.len())
            .step_by(997)
            .chain((0..text.len()).rev().step_by(7919))
            .filter(|&o| text.is_char_boundary(o))
            .collect();
        let idx = LineIndex::new(&text);
        for &o in &offsets {
            assert_eq!(idx.position(o), naive(o), "{o}");
        }
        assert_eq!(idx.line(text.len()), 3001);
        // The index holds a mark per 256 lines or 64 KiB, not a word per line.
        assert!(idx.marks.borrow().0.len() < 3000 / 100 + text.len() / MARK_BYTES + 4);
    }
}
