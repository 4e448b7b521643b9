//! Reading published signatory lists: plain text copied from a web page, or an HTML fragment.
//! The parser finds the heading (with its "as of" date and whether more signatories are
//! possible), the sections, and each entry's acronym, name, transliteration, translation,
//! country and note; every input line ends up in an entry, in the heading, or skipped with a
//! reason. Matching entries to a registry is [`crate::reconcile`].
//!
//! The steps, each in its file: `lines.rs` (text or HTML to numbered lines), `lexicon.rs`
//! (the words of headings, read from the bundled message catalog; months and countries in every
//! language CLDR names them in),
//! `heading.rs` (headings, as-of dates, section headings, footers), `entry.rs` (one entry's
//! marker, acronym, name, translation and country); this file finds the list among the lines.

mod assemble;
mod cldr;
mod doubts;
mod enclosed;
mod entry;
mod gazetteer;
mod guess;
mod heading;
mod layout;
mod lexicon;
mod lines;
mod listwords;
mod patterns;
mod persons;
mod review;
mod runin;
mod script;
mod spelling;
mod style;
mod unseparated;
mod wrapped;

use self::assemble::{Assembler, RawEntry, skip};
use self::doubts::{doubt_an_unheaded_guess, drop_non_list, find_doubts, rate};
use self::enclosed::{acronym_pair, spaced_groups_run, title_pair, word_pair};
use self::entry::{ends_with_abbreviation, marker};
use self::gazetteer::{Places, RegistryKnowledge, registry_run, split_at_registry_names};
use self::guess::page_language;
use self::heading::{date_in, heading_language, is_prose, is_trailer};
use self::layout::{
    Region, counters, entry_shaped, find_region, looks_like_prose, navigation, stamp,
};
use self::lexicon::heading_words;
use self::lines::{Line, html_lines, normalize_line_ends, text_lines};
use self::listwords::{ListWords, page_list_words};
use self::patterns::split_entry;
use self::runin::{group_items, numbered_run_on, run_in, sharing_kind};
use self::script::{
    acronym_shaped, holds_acronym, outside_groups, sentence_terminal, sentence_words, uncased,
};
use self::spelling::read_misspelled_countries;
use self::style::{
    infer, infer_from_parts, places_in_parentheses, strip_joined_conjunctions,
    without_joined_conjunctions,
};
use self::unseparated::unseparated_run;
use self::wrapped::{Paragraph, wrapped_paragraphs};
use crate::FastSet;
use crate::date::PartialDate;
use crate::locale::Language;
use crate::registry::Registry;
use crate::statement::SectionKind;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use self::heading::parse_date;
pub use self::spelling::{SpelledPart, SpellingDifference};

/// Whether a text reads as a sentence rather than an organization's name (eight words or
/// more ending like a sentence);
/// [`crate::reconcile::apply`] never saves such an entry.
pub fn reads_as_sentence(text: &str) -> bool {
    let t = text.trim();
    let ends = t.ends_with(['.', '!', '?', '。', '।', '؟']) && !ends_with_abbreviation(t);
    t.split_whitespace().count() >= 8 && ends
}
pub use self::lines::looks_like_html;
pub use self::review::review_html;

/// What the parser is told.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct ParseOptions<'a> {
    /// The edition's language; guessed from the heading and the country names when `None`.
    pub lang: Option<&'a Language>,
    /// A registry whose organizations help decide where acronyms end and what a parenthesis
    /// is.
    pub registry: Option<&'a Registry>,
}

/// The heading of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Heading {
    /// The heading as printed.
    pub text: String,
    /// Its line (1-based).
    #[serde(skip)]
    pub line: usize,
    /// The "as of" date, to the precision printed.
    pub as_of: Option<PartialDate>,
    /// Whether the heading says more signatories are possible.
    pub more_possible: bool,
}

/// One entry as printed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct ParsedEntry {
    /// The 1-based input lines the entry spans.
    pub lines: Vec<usize>,
    /// The printed number.
    pub number: Option<u32>,
    /// The section.
    pub section: SectionKind,
    /// The acronym.
    pub acronym: Option<String>,
    /// The name in the organization's language.
    pub name: Option<String>,
    /// A Latin transliteration of the name.
    pub transliteration: Option<String>,
    /// The name in the edition's language.
    pub translation: Option<String>,
    /// The country or area as printed.
    pub country: Option<String>,
    /// The ISO 3166-1 alpha-2 code, when the printed country is one country.
    pub country_code: Option<String>,
    /// A trailing note (`[observer]`, `*`).
    pub note: Option<String>,
    /// The entry pattern that read the entry ("acronym-name", "name-paren-acronym", …).
    pub pattern: &'static str,
    /// How sure the reading is.
    pub confidence: Confidence,
    /// Parts printed otherwise than the reader knows them (a misspelled country).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spellings: Vec<SpellingDifference>,
}

/// How sure the reading of an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Confidence {
    /// A line of a list read by a pattern that accounts for all of it.
    #[default]
    High,
    /// A name taken from a sentence, or read without an acronym or country to confirm it.
    Medium,
    /// Text that may be no organization's name (a sentence, very long): a person checks it.
    Low,
}

/// Why a line is a doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DoubtReason {
    /// A skipped line inside or next to the list that looks like a name.
    SkippedNameLike,
    /// An entry read with low confidence.
    UncertainEntry,
}

/// A line the reader is not sure of: a person looks at it before the list is applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Doubt {
    /// The 1-based line.
    pub line: usize,
    /// The line's text, trimmed (or the entry's name).
    pub text: String,
    /// Why it is a doubt.
    pub reason: DoubtReason,
}

/// Why a line is not part of an entry or the heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SkipReason {
    /// An empty line.
    Blank,
    /// Text before the list (the statement itself, a page header).
    Preamble,
    /// A line that starts a section ("Subsequent signatories:").
    SectionHeading,
    /// Text after the list (page furniture, a note on the resolutions).
    Footer,
    /// A place-and-date line after the list ("Berlin, 21 March 2011").
    Trailer,
    /// A line inside the list that is not an entry: a remark ("and many more…"), a sentence.
    Note,
}

/// A line that is not part of an entry or the heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Skipped {
    /// The 1-based line.
    pub line: usize,
    /// The line's text, trimmed.
    pub text: String,
    /// Why it was skipped.
    pub reason: SkipReason,
}

/// A parsed list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ParsedList {
    /// The edition's language (given, or guessed).
    pub language: Language,
    /// Whether the language was guessed.
    #[serde(skip)]
    pub language_guessed: bool,
    /// The heading, if the list has one.
    pub heading: Option<Heading>,
    /// The entries, in order.
    pub entries: Vec<ParsedEntry>,
    /// Every other line, with the reason.
    pub skipped: Vec<Skipped>,
    /// Lines the reader is not sure of.
    pub doubts: Vec<Doubt>,
    /// What the caller should know: bidi controls and invisible characters removed from the
    /// input (they could make a name look like another), by line.
    pub warnings: Vec<ParseWarning>,
}

/// Something the reader did that the caller should know; its text (`Display`, and in JSON)
/// reads "line 2: removed 1 invisible, bidi control or control character (U+202E)".
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseWarning {
    /// Bidi controls, invisible or control characters removed from a line: how many, and the
    /// first few code points (`U+202E`).
    RemovedCharacters {
        /// The line (1-based).
        line: usize,
        /// How many characters were removed.
        count: usize,
        /// The distinct code points removed, at most eight.
        code_points: Vec<char>,
    },
    /// More lines had characters removed than are listed.
    MoreNotListed {
        /// How many lines are not listed.
        lines: usize,
    },
}

impl std::fmt::Display for ParseWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseWarning::RemovedCharacters {
                line,
                count,
                code_points,
            } => {
                let codes: Vec<String> = code_points
                    .iter()
                    .map(|c| format!("U+{:04X}", *c as u32))
                    .collect();
                write!(
                    f,
                    "line {line}: removed {count} invisible, bidi control or control character{} ({})",
                    if *count == 1 { "" } else { "s" },
                    codes.join(", ")
                )
            }
            ParseWarning::MoreNotListed { lines } => {
                write!(
                    f,
                    "characters were removed from {lines} more lines (not listed)"
                )
            }
        }
    }
}

impl Serialize for ParseWarning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Heading {
    /// Reads a heading line: its date (see [`heading_date`]) and whether it says more
    /// signatories are possible.
    fn read(text: &str, line: usize, language: &LanguageIdentifier) -> Heading {
        let lower = text.to_lowercase();
        Heading {
            text: text.to_owned(),
            line,
            as_of: heading_date(text, language),
            more_possible: heading_words()
                .more
                .iter()
                .any(|w| lower.contains(w.as_str())),
        }
    }
}

/// The date in a heading: read in the edition's language, else in the language of the heading
/// word it holds ("Die folgende Unterzeichnerliste (Stand: 21. März 2011)" above an English
/// list).
fn heading_date(text: &str, language: &LanguageIdentifier) -> Option<PartialDate> {
    date_in(text, language).or_else(|| heading_language(text).and_then(|l| date_in(text, l)))
}

/// At most this many warnings are kept for one list; a line says how many more there were.
const MAX_WARNINGS: usize = 1000;

/// Parses a list.
///
/// ```
/// use signatories::ingest::{parse, ParseOptions};
/// let text = "Signatories (as of November 2016):\n1. MLPD Marxistisch-Leninistische Partei Deutschlands (Marxist-Leninist Party of Germany)\n2. RM Rode Morgen (Red Dawn), Netherlands\n";
/// let list = parse(text, &ParseOptions::default());
/// assert_eq!(list.heading.unwrap().as_of.unwrap().to_string(), "2016-11");
/// assert_eq!(list.entries[1].acronym.as_deref(), Some("RM"));
/// assert_eq!(list.entries[1].translation.as_deref(), Some("Red Dawn"));
/// assert_eq!(list.entries[1].country_code.as_deref(), Some("NL"));
/// ```
pub fn parse(input: &str, options: &ParseOptions<'_>) -> ParsedList {
    let mut reader = Reader::new();
    if let Some(r) = options.registry {
        reader = reader.with_registry(r);
    }
    reader.read(input, options.lang)
}

/// A list reader for many lists, such as a statement's editions: what it takes from a registry
/// (the registry's area names, and the automaton over its acronyms and names that splits runs
/// of names and confirms acronyms) is built once, where [`parse`] builds it for every list.
///
/// ```
/// use signatories::ingest::Reader;
/// use signatories::Language;
///
/// let registry = signatories::seed::registry()?;
/// let reader = Reader::new().with_registry(&registry);
/// let de: Language = "de".parse()?;
/// for text in ["Unterzeichner:\nMLPD, Deutschland\nRM, Niederlande\n", "Unterzeichner:\nKOL, Luxemburg\n"] {
///     let list = reader.read(text, Some(&de));
///     assert!(list.entries.iter().all(|e| e.acronym.is_some() && e.country_code.is_some()));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Default)]
pub struct Reader<'a> {
    registry: Option<&'a Registry>,
    known: Option<std::sync::Arc<RegistryKnowledge>>,
}

impl std::fmt::Debug for Reader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("registry", &self.registry.map(|r| r.organizations().len()))
            .finish_non_exhaustive()
    }
}

impl<'a> Reader<'a> {
    /// A reader without a registry.
    pub fn new() -> Self {
        Reader::default()
    }

    /// The same reader, helped by a registry's organizations and areas (what
    /// [`ParseOptions::registry`] does for one list).
    pub fn with_registry(self, registry: &'a Registry) -> Self {
        Reader {
            registry: Some(registry),
            known: Some(std::sync::Arc::new(RegistryKnowledge::new(registry))),
        }
    }

    /// Reads one list, in the edition's language when it is given (else guessed from the page).
    pub fn read(&self, input: &str, lang: Option<&Language>) -> ParsedList {
        read_list(input, lang, self.registry, self.known.clone())
    }
}

fn read_list(
    input: &str,
    lang: Option<&Language>,
    registry: Option<&Registry>,
    known: Option<std::sync::Arc<RegistryKnowledge>>,
) -> ParsedList {
    // Decided on the text as given, as `looks_like_html` answers a caller.
    let html = looks_like_html(input);
    let input = normalize_line_ends(input);
    let input = input.as_ref();
    let (lines, warnings) = page_lines(input, html);
    let heading_word = lines
        .iter()
        .position(|l| heading_language(&l.text).is_some() && !is_prose(&l.text));
    let (language, guessed) = edition_language(&lines, heading_word, lang);
    let places = Places::new(&language, known);
    let lw = page_list_words(&language, lines.iter().map(|l| l.text.as_str()));
    // Where the list is: found by the shape its lines share (`layout.rs`), after the heading
    // when there is one.
    // A paragraph broken at a width is a sentence: none of its lines is an entry.
    let paragraphs = wrapped_paragraphs(&lines);
    let mut shaped = shape(&lines, &language);
    for p in &paragraphs {
        for s in shaped.get_mut(p.first..=p.last).unwrap_or_default() {
            *s = false;
        }
    }
    let region = find_region(&lines, &shaped, &language, heading_word);
    // A heading word after the list ("Die Unterzeichnenden berufen sich auf …") heads nothing.
    let heading_at = heading_word.filter(|&h| h < region.start || region.start >= region.end);
    let mut out = ParsedList {
        language: Language::from_id(language.clone()),
        language_guessed: guessed,
        heading: None,
        entries: Vec::new(),
        skipped: Vec::new(),
        doubts: Vec::new(),
        warnings,
    };
    let mut assembler = Assembler::new(&lines, &shaped, &region, &language, &places, heading_at);
    assembler.run(&mut out);
    let mut raw = std::mem::take(&mut assembler.raw);
    let heading_index = heading_at.or_else(|| heading_above(&lines, &region, &language, &mut out));
    let mut groups: Vec<Option<Vec<String>>> = raw
        .iter()
        .map(|r| {
            r.number
                .and_then(|n| numbered_run_on(&r.text, n))
                .or_else(|| group_items(&r.text, &lw))
        })
        .collect();
    let page = Page {
        lines: &lines,
        shaped: &shaped,
        language: &language,
        list_words: &lw,
        heading_at,
        heading_index,
        places: &places,
        paragraphs: &paragraphs,
    };
    take_run_ins(&page, &mut raw, &mut groups, &mut out);
    split_at_registry_names(
        raw.iter().map(|r| r.text.as_str()),
        &mut groups,
        &places,
        &lw,
    );
    split_entries(raw, groups, &places, &lw, registry, &mut out);
    if html {
        blank_markup_lines(input, &lines, &mut out);
    }
    out.skipped.sort_by_key(|s| s.line);
    drop_non_list(&mut out, &lines);
    doubt_an_unheaded_guess(&mut out);
    out.doubts = find_doubts(&out);
    out
}

/// The page's lines, with bidi controls, invisible and control characters removed (they never
/// reach entries, or any output) and a warning for each line that had some. They are removed
/// after HTML character references are decoded, so that `&#x202E;` is caught like a literal
/// U+202E.
fn page_lines(input: &str, html: bool) -> (Vec<Line>, Vec<ParseWarning>) {
    let mut lines = if html {
        html_lines(input)
    } else {
        text_lines(input)
    };
    let mut warnings = Vec::new();
    let mut omitted = 0usize;
    for l in &mut lines {
        let (clean, removed) = crate::text::strip_hidden(&l.text);
        if removed.is_empty() {
            continue;
        }
        if warnings.len() < MAX_WARNINGS {
            let mut code_points: Vec<char> = Vec::new();
            for (_, c) in &removed {
                if !code_points.contains(c) && code_points.len() < 8 {
                    code_points.push(*c);
                }
            }
            warnings.push(ParseWarning::RemovedCharacters {
                line: l.no,
                count: removed.len(),
                code_points,
            });
        } else {
            omitted += 1;
        }
        l.text = clean.into_owned();
    }
    if omitted > 0 {
        warnings.push(ParseWarning::MoreNotListed { lines: omitted });
    }
    (lines, warnings)
}

/// The edition's language: given, else from the heading word, else from the page's script
/// and words (`guess.rs`), else English; and whether it was guessed.
fn edition_language(
    lines: &[Line],
    heading_word: Option<usize>,
    lang: Option<&Language>,
) -> (LanguageIdentifier, bool) {
    match lang {
        Some(l) => (l.id().clone(), false),
        None => (
            heading_word
                .and_then(|i| lines.get(i))
                .and_then(|l| heading_language(&l.text))
                .cloned()
                .or_else(|| page_language(lines))
                .unwrap_or_else(|| "en".parse().unwrap_or_default()),
            true,
        ),
    }
}

/// Whether each line is shaped like an entry (a list item is read as a bulleted line; counts
/// and their labels are not, nor lines the page prints twice: see [`printed_again`]).
fn shape(lines: &[Line], language: &LanguageIdentifier) -> Vec<bool> {
    let counters = counters(lines);
    let again = printed_again(lines);
    lines
        .iter()
        .zip(counters)
        .zip(again)
        .map(|((l, counter), again)| {
            if counter || again {
                false
            } else if l.item && marker(&l.text).is_none() {
                entry_shaped(&format!("• {}", l.text.trim()), language)
            } else {
                entry_shaped(&l.text, language)
            }
        })
        .collect()
}

/// Lines of two words or more, without a marker, that the page prints twice or more (a
/// title given again as the article's headline, a slogan over each picture, a teaser printed
/// twice): the page's, not a list's, whose entries each name another organization. (A lone
/// acronym or word may stand in two sections or two editions of a list.) A flag per line.
fn printed_again(lines: &[Line]) -> Vec<bool> {
    fn key(l: &Line) -> Option<&str> {
        let t = l.text.trim();
        (t.split_whitespace().nth(1).is_some() && marker(t).is_none() && !l.item).then_some(t)
    }
    let mut seen: crate::FastMap<&str, usize> = crate::FastMap::default();
    for t in lines.iter().filter_map(key) {
        *seen.entry(t).or_default() += 1;
    }
    lines
        .iter()
        .map(|l| key(l).is_some_and(|t| seen.get(t).is_some_and(|&n| n >= 2)))
        .collect()
}

/// Without a heading word, the line that introduces the list (ending in ':') or a place-and-
/// date line just above it ("Beirut Líbano, Noviembre del 2012") is its heading, and its date
/// the list's as-of date. Returns the heading's line index.
fn heading_above(
    lines: &[Line],
    region: &Region,
    language: &LanguageIdentifier,
    out: &mut ParsedList,
) -> Option<usize> {
    if out.heading.is_some() {
        return None;
    }
    let j = (0..region.start.min(lines.len()))
        .rev()
        .filter(|&j| lines.get(j).is_some_and(|l| !l.text.trim().is_empty()))
        .take(2)
        .find(|&j| {
            lines.get(j).is_some_and(|l| {
                let t = l.text.trim();
                t.split_whitespace().count() <= 30
                    && (t.ends_with([':', '：'])
                        || is_trailer(t, language)
                        || (date_in(t, language).is_some() && !looks_like_prose(t)))
            })
        })?;
    let l = lines.get(j)?;
    out.heading = Some(Heading::read(l.text.trim(), l.no, language));
    out.skipped.retain(|s| s.line != l.no);
    Some(j)
}

/// The fewest names a run read in a paragraph broken at a width holds: a long paragraph's
/// enumerations of two or three (the formats a tool writes, the languages of an example) are
/// its prose's; a list run into it names more.
const PARAGRAPH_RUN: usize = 4;

/// The page's lines and what is known of them, for the steps after the first reading.
struct Page<'a> {
    lines: &'a [Line],
    shaped: &'a [bool],
    language: &'a LanguageIdentifier,
    list_words: &'a ListWords,
    /// The heading word's line, when it heads the list.
    heading_at: Option<usize>,
    /// The heading's line, found by its word or above the list.
    heading_index: Option<usize>,
    /// The places and the registry's names the entries are read with.
    places: &'a Places,
    /// The paragraphs broken at a width, read each as one line for the names run into them.
    paragraphs: &'a [Paragraph],
}

impl Page<'_> {
    /// The paragraph broken at a width that starts at line `i`.
    fn paragraph_at(&self, i: usize) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.first == i)
    }

    /// Whether line `i` is one of a paragraph's after its first.
    fn inside_paragraph(&self, i: usize) -> bool {
        self.paragraphs.iter().any(|p| p.first < i && i <= p.last)
    }

    /// The text line `i` is read in for names run into it: its paragraph's when it starts one.
    fn run_text(&self, i: usize) -> Option<&str> {
        match self.paragraph_at(i) {
            Some(p) => Some(p.text.as_str()),
            None => self.lines.get(i).map(|l| l.text.as_str()),
        }
    }

    /// The line indexes a run read at line `i` covers.
    fn run_lines(&self, i: usize) -> std::ops::RangeInclusive<usize> {
        i..=self.paragraph_at(i).map_or(i, |p| p.last)
    }
}

/// Names run into a sentence: taken when they hold more names than the list found by its
/// lines' shape. Only sentences are read so (a list's own lines are entries), and only those
/// naming a fair share of the longest run (not every enumeration of a paragraph).
fn take_run_ins(
    page: &Page<'_>,
    raw: &mut Vec<RawEntry>,
    groups: &mut Vec<Option<Vec<String>>>,
    out: &mut ParsedList,
) {
    let mut run_ins = find_runs(page);
    let longest = run_ins
        .iter()
        .map(|(_, items)| items.len())
        .max()
        .unwrap_or(0);
    run_ins.retain(|(_, items)| items.len() * 3 >= longest);
    drop_reprinted_runs(page, &mut run_ins);
    drop_repeated_runs(page, &mut run_ins);
    drop_runs_without_acronyms(&mut run_ins);
    drop_runs_of_officers(&mut run_ins);
    let listed: usize = groups.iter().map(|g| g.as_ref().map_or(1, Vec::len)).sum();
    let unheaded = page.heading_at.is_none();
    let poor = || unheaded && poor_lines(raw, listed);
    // (Names in title case are a pair only where the page names nothing else: beside a run
    // of words, only acronyms outweigh it.)
    let none = run_ins.is_empty();
    if ((none && (listed == 0 || poor()))
        || (unheaded && (words_run(&run_ins) || uncased_runs_unnamed(&run_ins))))
        && let Some(pair) = first_pair(page, none)
    {
        run_ins = vec![pair];
    }
    let listed = listed - named_again(page, raw, groups, &run_ins);
    if !runs_outweigh(page, raw, &run_ins, listed) {
        return;
    }
    raw.clear();
    groups.clear();
    let covered: Vec<usize> = run_ins.iter().map(|(i, _)| *i).collect();
    for (i, items) in run_ins {
        let Some(l) = page.lines.get(i) else { continue };
        let mut item_lines = page
            .paragraph_at(i)
            .map(|p| p.item_lines(&items))
            .unwrap_or_default()
            .into_iter();
        for item in items {
            raw.push(RawEntry {
                lines: item_lines
                    .next()
                    .unwrap_or_else(|| (l.no..=l.last).collect()),
                number: None,
                text: item,
                section: SectionKind::Initial,
                group_country: None,
                run_in: true,
            });
            groups.push(None);
        }
    }
    date_from_run(page, &covered, out);
    // Every other line is before, between or after the runs, or a line of a run's paragraph
    // that names none.
    let named: FastSet<usize> = raw.iter().flat_map(|r| r.lines.iter().copied()).collect();
    let first = covered.first().copied().unwrap_or(0);
    out.skipped.clear();
    for (i, l) in page.lines.iter().enumerate() {
        if named.contains(&l.no) || Some(i) == page.heading_index {
            continue;
        }
        let reason = if l.text.trim().is_empty() {
            SkipReason::Blank
        } else if covered.iter().any(|&c| page.run_lines(c).contains(&i)) {
            SkipReason::Note
        } else if i < first {
            SkipReason::Preamble
        } else {
            SkipReason::Footer
        };
        skip(out, l, reason);
    }
}

/// The names run into each line that is no entry, or into each paragraph broken at a width
/// (read where it starts), with the line's index. A line the lines' shape takes for an entry
/// that is a sentence in a script without case ([`uncased_sentence`]) is read too, for a run
/// that names organizations ([`names_organizations`]).
fn find_runs(page: &Page<'_>) -> Vec<(usize, Vec<String>)> {
    let shaped = |i: usize| page.shaped.get(i).copied().unwrap_or(false);
    let runs: Vec<(usize, Vec<String>)> = (0..page.lines.len())
        .filter(|&i| {
            Some(i) != page.heading_at
                && (!shaped(i) || page.lines.get(i).is_some_and(|l| uncased_sentence(&l.text)))
                && !page.inside_paragraph(i)
                && !page
                    .lines
                    .get(i)
                    .is_some_and(|l| dateline(&l.text, page.language) || navigation(&l.text))
        })
        .filter_map(|i| {
            let text = page.run_text(i)?;
            unseparated_run(text, page.places, page.list_words)
                .or_else(|| run_in(text, page.list_words))
                .filter(|items| !names_places(items, page.places))
                .or_else(|| registry_run(text, page.places, page.list_words))
                .or_else(|| spaced_groups_run(text))
                .filter(|items| page.paragraph_at(i).is_none() || items.len() >= PARAGRAPH_RUN)
                .map(|items| (i, items))
        })
        .collect();
    let kept: Vec<bool> = runs
        .iter()
        .map(|(i, items)| !shaped(*i) || names_organizations(items, &runs))
        .collect();
    runs.into_iter()
        .zip(kept)
        .filter_map(|(run, keep)| keep.then_some(run))
        .collect()
}

/// Whether a run names organizations by their form or by the page: two of its names or more
/// hold an acronym, share the kind they end with, or are named in another run of the page.
fn names_organizations(items: &[String], runs: &[(usize, Vec<String>)]) -> bool {
    let again = |t: &String| {
        runs.iter()
            .filter(|(_, other)| !std::ptr::eq(other.as_slice(), items))
            .any(|(_, other)| other.contains(t))
    };
    let named = items
        .iter()
        .filter(|t| holds_acronym(t) || again(t))
        .count();
    named + sharing_kind(items) >= 2
}

/// A line in a script without case too long for one name (twelve words or more, Han and kana
/// counting a word for two letters, groups in parentheses aside): a headline or a sentence
/// cut short without its terminal, which the lines' shape takes for an entry; names run into
/// it are read as in any sentence.
fn uncased_sentence(text: &str) -> bool {
    text.len() > 60 && uncased(text) && sentence_words(&outside_groups(text)) >= 12
}

/// A post's time stamp or dateline, alone on its line ("Saturday, May 23, 2020 12:25 AM IST"):
/// a time of day with a date, in a dozen words at most. Its commas part a date, not names.
fn dateline(text: &str, language: &LanguageIdentifier) -> bool {
    text.split_whitespace().nth(12).is_none() && stamp(text, language)
}

/// How many of the names found by the lines' shape stand on lines above a run that it names
/// again, two of its names or more: a headline or a document's title that the run's paragraph
/// below repeats ("CES-CIOSL-CMT-ORIT-CLAT" over "… convocada por las organizaciones
/// internacionales CIOSL, CMT, CES, ORIT y CLAT"), which the run outweighs when it holds more.
/// (A line of names below a lead that names them, "PSB, PT, PDT, PSOL, …", is the list.)
fn named_again(
    page: &Page<'_>,
    raw: &[RawEntry],
    groups: &[Option<Vec<String>>],
    run_ins: &[(usize, Vec<String>)],
) -> usize {
    let again = |r: &RawEntry| {
        run_ins.iter().any(|(i, items)| {
            let below = page.lines.get(*i).map_or(0, |l| l.no);
            r.lines.last().is_some_and(|&n| n < below)
                && items
                    .iter()
                    .filter(|x| holds_word(&r.text, x.trim()))
                    .nth(1)
                    .is_some()
        })
    };
    raw.iter()
        .zip(groups)
        .filter(|(r, _)| again(r))
        .map(|(_, g)| g.as_ref().map_or(1, Vec::len))
        .sum()
}

/// Whether `text` holds `word` apart from letters and figures around it ("CES" in
/// "CES-CIOSL", not in "PROCESO").
fn holds_word(text: &str, word: &str) -> bool {
    word_at(text, word, 0).is_some()
}

/// Where `text` holds `word` apart from letters and figures around it, from byte `from` on:
/// the end of the first such place.
fn word_at(text: &str, word: &str, from: usize) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let rest = text.get(from..)?;
    rest.match_indices(word).find_map(|(i, _)| {
        let before = rest.get(..i).and_then(|t| t.chars().next_back());
        let after = rest.get(i + word.len()..).and_then(|t| t.chars().next());
        (!before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric))
            .then_some(from + i + word.len())
    })
}

/// Whether `text` holds each of `names` as words, in their order.
fn names_in_order(text: &str, names: &[String]) -> bool {
    let mut at = Some(0);
    for n in names {
        at = at.and_then(|from| word_at(text, n, from));
    }
    at.is_some()
}

/// A run of which half the names or more are places the reader knows (CLDR's countries, the
/// registry's areas) names where something happens ("… du Pays Basque, en Espagne et en
/// France"), not who signs.
fn names_places(items: &[String], places: &Places) -> bool {
    let known = items
        .iter()
        .filter(|s| places.lookup(s.trim_end_matches(['.', '。'])).is_some())
        .count();
    known * 2 >= items.len()
}

/// Whether the names run into sentences are the list rather than the lines found by their
/// shape: they are more; or, without a heading word, they name organizations by their
/// acronyms (two or more, and more than the lines do) where hardly any of the lines does (a
/// quarter or fewer), and the lines are no more than four times as many as the runs' names: a
/// site's menu, the persons who signed, the topics or demands of a statement are lines
/// without acronyms.
fn runs_outweigh(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: &[(usize, Vec<String>)],
    listed: usize,
) -> bool {
    let run_in_count: usize = run_ins.iter().map(|(_, items)| items.len()).sum();
    if run_in_count > listed {
        return true;
    }
    // Runs outweigh at most four times as many lines: a long list of names without acronyms
    // stays the list.
    if page.heading_at.is_some() || run_in_count * 4 < listed {
        return false;
    }
    // (Names that share the kind of organization they end with count as named too.)
    let named = run_ins
        .iter()
        .map(|(_, items)| items.iter().filter(|t| holds_acronym(t)).count() + sharing_kind(items))
        .sum::<usize>();
    if named < 2 {
        return false;
    }
    let lines_named = lines_named(raw, listed, named);
    named > lines_named && lines_named * 4 <= listed
}

/// How many of the lines found by their shape hold an acronym, counted only up to the first
/// line past what `named` names in runs could outweigh (at most `named`, or a quarter of the
/// `listed` entries and one).
fn lines_named(raw: &[RawEntry], listed: usize, named: usize) -> usize {
    let bound = named.max(1).min(listed / 4 + 1);
    raw.iter()
        .filter(|r| holds_acronym(&r.text))
        .take(bound)
        .count()
}

/// Runs that name no organization by an acronym and whose names are, for the most part
/// (three quarters), one word before any parenthesis: towns with what happens in each
/// ("Ferrol (xunto ao edificio da Xunta), Lugo (…), Ourense (…)"), the sectors or fields of
/// a demand ("अकादमिक, सामाजिक, आर्थिक"). Two organizations named by their acronyms elsewhere
/// on the page are rather the list.
fn words_run(run_ins: &[(usize, Vec<String>)]) -> bool {
    let items = || run_ins.iter().flat_map(|(_, items)| items);
    let one_word = items()
        .filter(|t| {
            let bare = t.split('(').next().unwrap_or_default();
            bare.split_whitespace().nth(1).is_none()
        })
        .count();
    let all = items().count();
    all > 0 && one_word * 4 >= all * 3 && !items().any(|t| holds_acronym(t))
}

/// Whether the lines found by their shape are few (eight names at most: two names outweigh
/// eight lines at most, see [`runs_outweigh`]) and hardly any names an organization, a quarter
/// or fewer (counted on the lines: a line that names several by their acronyms is one line).
/// Lines whose names share the kind they end with name organizations too ("የአፋር ሕዝቦች ነፃነት
/// ፓርቲ፣", "የቅማንት ዴሞክራሲያዊ ፓርቲ፣", …).
fn poor_lines(raw: &[RawEntry], listed: usize) -> bool {
    if listed > 8 {
        return false;
    }
    let texts: Vec<String> = raw.iter().map(|r| r.text.clone()).collect();
    let named = lines_named(raw, raw.len(), 1) + sharing_kind(&texts);
    named * 4 <= raw.len()
}

/// Runs in a script without case that name no organization by an acronym, and whose names
/// share no kind: their pieces are told from a sentence's clauses by length only, and a
/// sentence that enumerates topics ("దేశంలో, రాష్ట్రంలో నెలకొన్న రాజకీయ పరిస్థితులు, కమ్యూనిస్టు
/// ఉద్యమం ఎదుర్కొంటున్న సవాళ్లు, …", "in the country, the political situation in the state, the
/// challenges the communist movement faces, …") reads as one: two organizations a lead names
/// by their acronyms ([`first_pair`]) are rather the list.
fn uncased_runs_unnamed(run_ins: &[(usize, Vec<String>)]) -> bool {
    !run_ins.is_empty()
        && run_ins.iter().all(|(_, items)| {
            items.iter().all(|t| uncased(t) && !holds_acronym(t)) && sharing_kind(items) == 0
        })
}

/// Where one run of the page names organizations by their acronyms (two or more, a third of
/// its names or more), a run that holds none names something else: the persons who spoke or
/// signed for them ("Jordi Cabré, Àngel Colom, Joel Joan, …"), the clauses of a sentence with
/// commas. (A long run of parties, a few of them by their acronyms, leaves the runs of
/// parties without acronyms beside it.)
fn drop_runs_without_acronyms(run_ins: &mut Vec<(usize, Vec<String>)>) {
    let named = |items: &[String]| items.iter().filter(|t| holds_acronym(t)).count();
    if run_ins.iter().any(|(_, items)| {
        let n = named(items);
        n >= 2 && n * 3 >= items.len()
    }) {
        run_ins.retain(|(_, items)| named(items) > 0);
    }
}

/// Whether a run's name is an organization followed by an officer: an acronym, alone or in
/// parentheses after the name, then three capitalized words or more, a role and a person
/// ("Türkiye İnsan Hakları Vakfı (TiHV) Genel Sekreteri Metin Bakkalcı", "HDP Gaziantep
/// Miletvekili Mahmut Toğrul"). A branch after an acronym is shorter ("CFDT Pays Basque").
fn officer_after_organization(item: &str) -> bool {
    let words: Vec<&str> = item.split_whitespace().collect();
    let acronym_at = words.iter().position(|w| {
        let bare = w.trim_matches(|c: char| matches!(c, '(' | ')' | ','));
        bare.chars().count() >= 2 && acronym_shaped(bare)
    });
    let capitalized = |w: &&&str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
    };
    acronym_at.is_some_and(|a| {
        let after = words.get(a + 1..).unwrap_or_default();
        after.iter().filter(capitalized).count() >= 3
    })
}

/// Where the page holds other runs, a run whose names are for the most part organizations
/// with their officers names who attended or spoke (the persons at a press conference, "…
/// basın toplantısına, … (TiHV) Genel Sekreteri Metin Bakkalcı, … katıldılar"), not who
/// signs.
fn drop_runs_of_officers(run_ins: &mut Vec<(usize, Vec<String>)>) {
    let officers = |items: &[String]| {
        let n = items
            .iter()
            .filter(|t| officer_after_organization(t))
            .count();
        n >= 2 && n * 2 >= items.len()
    };
    if run_ins.iter().any(|(_, items)| !officers(items)) {
        run_ins.retain(|(_, items)| !officers(items));
    }
}

/// A paragraph the page prints twice or more, word for word (a teaser above the article that
/// is its lead, two teasers of one story), is read once, where it is printed first.
fn drop_reprinted_runs(page: &Page<'_>, run_ins: &mut Vec<(usize, Vec<String>)>) {
    let mut seen: FastSet<&str> = FastSet::default();
    run_ins.retain(|(i, _)| page.run_text(*i).is_none_or(|t| seen.insert(t.trim())));
}

/// A run whose every name a later run holds too (a headline that repeats the lead's names,
/// shortened or not; a paragraph printed twice) is read once, where it is named last. Only
/// the next few runs are compared, so that a page of many runs stays linear. A run in a
/// sentence (not a headline) whose names a later sentence holds in other forms is the lead,
/// and the later run names them again, declined or with more words around them ("SPD, Grüne
/// und Linke wollen sich …" above "… Landesverbände von SPD, Grünen und Linken unterstützen
/// …"): the later run is the one left out.
fn drop_repeated_runs(page: &Page<'_>, run_ins: &mut Vec<(usize, Vec<String>)>) {
    const NEAR: usize = 8;
    let covered = |a: &[String], b: &[String]| {
        a.iter().all(|x| {
            b.iter()
                .any(|y| y.contains(x.as_str()) || x.contains(y.as_str()))
        })
    };
    let sentence = |i: usize| {
        page.run_text(i)
            .and_then(|t| t.trim_end().chars().next_back())
            .is_some_and(sentence_terminal)
    };
    let mut dropped = vec![false; run_ins.len()];
    for (k, (i, a)) in run_ins.iter().enumerate() {
        let later = run_ins
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(NEAR)
            .find(|(_, (_, b))| covered(a, b));
        match later {
            Some((j, (_, b))) if a != b && sentence(*i) => {
                if let Some(d) = dropped.get_mut(j) {
                    *d = true;
                }
            }
            Some(_) => {
                if let Some(d) = dropped.get_mut(k) {
                    *d = true;
                }
            }
            None => {}
        }
    }
    let mut flags = dropped.into_iter();
    run_ins.retain(|_| !flags.next().unwrap_or(false));
}

/// On a page with no list, the first sentence that names two organizations by their
/// acronyms ("ΓΣΕΕ και ΑΔΕΔΥ") names the list: a news lead; with `titles`, two names in title
/// case too ([`title_pair`]).
fn first_pair(page: &Page<'_>, titles: bool) -> Option<(usize, Vec<String>)> {
    const NEAR: usize = 8;
    // A word the page writes in capitals, as an acronym, on another line or this one.
    let written = |upper: &str| {
        page.lines.iter().any(|l| {
            l.text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == upper)
        })
    };
    let pair_at = |i: usize, l: &Line| {
        (Some(i) != page.heading_at)
            .then(|| {
                acronym_pair(&l.text, page.list_words).or_else(|| {
                    titles
                        .then(|| {
                            title_pair(&l.text, page.list_words)
                                .or_else(|| word_pair(&l.text, page.list_words, written))
                        })
                        .flatten()
                })
            })
            .flatten()
    };
    let (first, items) = page
        .lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| pair_at(i, l).map(|items| (i, items)))?;
    // A headline that names the pair again in the lead below it: read in the lead, where it
    // is named last, as a repeated run is (a paragraph printed twice is read where it is
    // first). Below a headline (a line that does not end as a sentence), a lead that names
    // one of the two as the headline does names the pair: a headline may misprint the other
    // ("సీసీఐ, సీపీఎం సమావేశంలో నిర్ణయం" above "సీపీఐ, సీపీఎం పార్టీల …"). Below a sentence, only
    // the same pair is named again. The lead may name the two, in their order, with more
    // around them, their leaders ("Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang và Bộ trưởng
    // Bộ NN-PTNT Nguyễn Xuân Cường …").
    let text = page.lines.get(first).map(|l| l.text.trim());
    let headline = text.is_some_and(|t| !t.ends_with(|c: char| sentence_terminal(c)));
    let again = page
        .lines
        .iter()
        .enumerate()
        .skip(first + 1)
        .take(NEAR)
        .filter(|(_, l)| Some(l.text.trim()) != text)
        .filter_map(|(i, l)| match pair_at(i, l) {
            Some(p) if p == items || (headline && p.iter().any(|x| items.contains(x))) => {
                Some((i, p))
            }
            _ => names_in_order(&l.text, &items).then(|| (i, items.clone())),
        })
        .next_back();
    Some(again.unwrap_or((first, items)))
}

/// A date in the sentence that holds the names dates the list, when nothing else does.
fn date_from_run(page: &Page<'_>, covered: &[usize], out: &mut ParsedList) {
    if out.heading.as_ref().is_some_and(|h| h.as_of.is_some()) {
        return;
    }
    let Some(l) = covered.first().and_then(|&i| page.lines.get(i)) else {
        return;
    };
    let Some(d) = date_in(&l.text, page.language) else {
        return;
    };
    match out.heading.as_mut() {
        Some(h) => h.as_of = Some(d),
        None => {
            out.heading = Some(Heading {
                text: l.text.trim().to_owned(),
                line: l.no,
                as_of: Some(d),
                more_possible: false,
            })
        }
    }
}

/// The list's style, from all its entries; then each entry in it, split into its parts (a
/// line that names several organizations, "Organizaciones agrarias: COAG, UPA", gives one
/// entry for each).
fn split_entries(
    mut raw: Vec<RawEntry>,
    groups: Vec<Option<Vec<String>>>,
    places: &Places,
    lw: &ListWords,
    registry: Option<&Registry>,
    out: &mut ParsedList,
) {
    let language = out.language.clone();
    strip_joined_conjunctions(&mut raw, lw);
    let texts: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
    let mut style = infer(&texts, places);
    let several: Vec<bool> = groups.iter().map(Option::is_some).collect();
    let parts: Vec<Vec<String>> = raw
        .iter()
        .zip(groups)
        .map(|(r, g)| match g {
            Some(g) => without_joined_conjunctions(g, lw),
            None => vec![r.text.clone()],
        })
        .collect();
    infer_from_parts(&mut style, parts.iter().flatten().map(String::as_str));
    style.places_in_parentheses =
        places_in_parentheses(parts.iter().flatten().map(String::as_str), places);
    let first = out.entries.len();
    let mut read_from: Vec<String> = Vec::new();
    for (i, ((r, parts), several)) in raw.iter().zip(parts).zip(several).enumerate() {
        // A run's first and last names, where the sentence around it stands.
        let apart = |j: Option<usize>| {
            j.and_then(|j| raw.get(j))
                .is_none_or(|o| o.lines != r.lines)
        };
        let edges = (apart(i.checked_sub(1)), apart(i.checked_add(1)));
        // (The list's trailing punctuation is removed by `split_entry`, which knows "e.V.".)
        for part in parts {
            let mut e = split_entry(&part, places, registry, &style);
            if e.country.is_none()
                && let Some((country, code)) = &r.group_country
            {
                e.country = Some(country.clone());
                e.country_code = code.clone();
            }
            e.lines = r.lines.clone();
            e.number = r.number;
            e.section = r.section;
            e.confidence = rate(&e, r.run_in || several);
            // In a list of persons with their organizations, an entry read without its person
            // may be a person named alone: a doubt.
            if style.persons_with_organizations && e.note.is_none() {
                e.confidence = Confidence::Low;
            }
            if let Some(g) = places.gazetteer() {
                if r.run_in {
                    g.trim_run_edges(&mut e, edges);
                }
                g.confirm(&mut e);
            }
            out.entries.push(e);
            read_from.push(part);
        }
    }
    if let Some(entries) = out.entries.get_mut(first..) {
        read_misspelled_countries(&read_from, entries, language.id(), places);
    }
}

/// Lines of an HTML page that hold only markup (`<ol>`, `</ul>`) carry no text: blank.
fn blank_markup_lines(input: &str, lines: &[Line], out: &mut ParsedList) {
    let mut covered = vec![false; input.split('\n').count() + 1];
    for l in lines {
        for n in l.no..=l.last {
            if let Some(c) = covered.get_mut(n) {
                *c = true;
            }
        }
    }
    for (n, line) in input.split('\n').enumerate() {
        if !covered.get(n + 1).copied().unwrap_or(true) {
            out.skipped.push(Skipped {
                line: n + 1,
                text: line.trim().to_owned(),
                reason: SkipReason::Blank,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::entry::marker;
    use crate::ingest::entry::tokens;
    use crate::ingest::gazetteer::Places;
    use crate::ingest::patterns::split_entry;
    use crate::ingest::style::Style;

    /// tests/fixtures/ingest/real/te-v6velugu-cpi-cpm-okkatiga-mundhuku (v6velugu.com, 2023):
    /// the page's headlines and the first three sentences of its lead, read by hand. The third
    /// sentence enumerates topics ("in the country, the political situation in the state, the
    /// challenges the communist movement faces, responsibilities"), none by an acronym; the
    /// lead's second sentence names the two parties, CPI and CPM, which the headline above
    /// names too, misprinting the first (సీసీఐ).
    #[test]
    fn two_acronyms_of_a_lead_outweigh_a_run_of_topics_without_case() {
        let page = "ఒక్కటిగా ముందుకు సాగుదాం\n\nఒక్కటిగా ముందుకు సాగుదాం\n\nఒక్కటిగా ముందుకు సాగుదాం\n\nసీసీఐ, సీపీఎం సమావేశంలో నిర్ణయం\n\nహైదరాబాద్, వెలుగు : ఇకపై మరింత ధృడంగా ఐక్యంగా వ్యవహరించాలని ఉభయ కమ్యూనిస్టు పార్టీలు నిర్ణయించాయి. సీపీఐ, సీపీఎం పార్టీల రాష్ట్ర ముఖ్య నాయకులు మార్చి 12న ఆదివారం హైదరాబాద్లోని ఎంబీ భవన్లో సమావేశమై భవిష్యత్తు కార్యాచరణపై పలు నిర్ణయాలు తీసుకున్నారు. దేశంలో, రాష్ట్రంలో నెలకొన్న రాజకీయ పరిస్థితులు, కమ్యూనిస్టు ఉద్యమం ఎదుర్కొంటున్న సవాళ్లు, బాధ్యతల గురించి సమావేశంలో చర్చించారు.\n";
        let list = parse_in(page, "te");
        let read: Vec<(Option<&str>, &[usize])> = list
            .entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect();
        assert_eq!(read, [(Some("సీపీఐ"), &[9][..]), (Some("సీపీఎం"), &[9][..])]);
    }

    /// tests/fixtures/ingest/real/am-ethiopiazare-asru-parti (ethiopiazare.com, 2019), lines 1
    /// to 20, read by hand: the lead names two fronts with their acronyms in parentheses
    /// ("… (ኦነግ) እና … (ኦብነግ)"), and the list below, a sentence broken at its names, the eight
    /// other parties, whose names share their kinds (ፓርቲ, ንቅናቄ) and hold no acronym. The pair
    /// does not outweigh them.
    #[test]
    fn lines_that_share_their_kind_are_no_poor_list() {
        let page = "በጋራ ለመሥራት ተስማሙት አስሩ ፓርቲዎች\n\nበጋራ ለመሥራት ተስማሙት አስሩ ፓርቲዎች\n\nአብዛኞቹ በነፃ አውጭነት ትግል ሲያደርጉ የነበሩ ፓርቲዎች ናቸው\n\nኢዛ (ዓርብ ኅዳር ፳፮ ቀን ፳፻፲፪ ዓ.ም. December 6, 2019)፦ የኦሮሞ ነፃነት ግንባር (ኦነግ) እና የኦጋዴን ብሔራዊ ነፃነት ግንባር (ኦብነግ) የተካተቱበት 10 የፖለቲካ ፓርቲዎች በአገር አቀፍ ደረጃ በጋራ ለመሥራት የሚያስችላቸውን ስምምነት ዛሬ ተፈራረሙ።\n\nዛሬ ኅዳር 26 ቀን 2012 ዓ.ም. የተፈረሙ የፖለቲካ ፓርቲዎቹ በጋራ ለመሥራት በሚያስችሏቸው ጉዳዮች ላይ ስምምነት በማድረግ እንዲሠሩ ያስችላቸዋል።\n\nበአብዛኛው በነፃ አውጭነት ትግል ሲያደርጉ የነበሩ ፓርቲዎችን በያዘው በዚህ ስብስብ ውስጥ፤ ከኦነግና ከኦብነግ ሌላ ስምምነቱን የፈረሙት ቀሪዎቹ ስምንት ፓርቲዎች፤\n\nየአፋር ሕዝቦች ነፃነት ፓርቲ፣\nየሲዳማ ሕዝቦች ነፃነት ንቅናቄ፣\nየቤንሻንጉል ጉምዝ ሕዝቦች ነፃነት ንቅናቄ፣\nየጋምቤላ ሕዝቦች ነፃነት ንቅናቄ፣\nየቅማንት ዴሞክራሲያዊ ፓርቲ፣\nየአገው አገር አቀፍ ሸንጎ፣\nየሞቻ ዴሞክራሲያዊ ፓርቲና\nየካፋ አረንጓዴ ፓርቲ ናቸው። (ኢዛ)\n";
        let list = parse_in(page, "am");
        let lines: Vec<&[usize]> = list.entries.iter().map(|e| e.lines.as_slice()).collect();
        let expected: Vec<[usize; 1]> = (13..=20).map(|n| [n]).collect();
        let expected: Vec<&[usize]> = expected.iter().map(|l| &l[..]).collect();
        assert_eq!(lines, expected);
    }

    /// tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham, the page as
    /// stored (without its source line), read by hand: the sentence of line 5 is cut short
    /// without its terminal, so the lines' shape takes it for an entry; it names the unions
    /// that protested by their acronyms (INTUC, BMS, CITU) and a fourth union.
    #[test]
    fn a_sentence_without_case_cut_short_is_read_for_its_run() {
        let body = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham.txt"
        ));
        let list = parse_in(body, "ml");
        let read: Vec<(Option<&str>, &[usize])> = list
            .entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect();
        assert_eq!(
            read.get(..3),
            Some(
                &[
                    (Some("ഐഎൻടിയുസി"), &[5][..]),
                    (Some("ബിഎംഎസ്"), &[5][..]),
                    (Some("സിഐടിയു"), &[5][..])
                ][..]
            ),
            "{read:?}"
        );
    }

    /// tests/fixtures/ingest/real/ko-sarangbang-3dae-akbeop-pegi-yeondae-jiphoe, lines 12 to
    /// 18 of the page, read by hand: line 18, the stored copy's last, is cut short without its
    /// terminal; its run names the groups of the delegation, two of them (참여연대,
    /// 환경운동연합) named by the run of line 12 too. A sentence cut short whose run names no
    /// organization by its form nor by the page (persons, clauses) stays unread
    /// (ne-setopati-tin-dal-baithak, line 3: the leaders at the meeting).
    #[test]
    fn a_run_in_a_cut_sentence_names_organizations_the_page_names() {
        let body = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ko-sarangbang-3dae-akbeop-pegi-yeondae-jiphoe.txt"
        ));
        let page: String = body.lines().skip(11).collect::<Vec<_>>().join("\n");
        let list = parse_in(&page, "ko");
        let names: Vec<String> = list
            .entries
            .iter()
            .filter(|e| e.lines == [7])
            .map(|e| e.acronym.clone().or(e.name.clone()).unwrap_or_default())
            .collect();
        assert_eq!(
            names,
            [
                "민주노총",
                "참여연대",
                "민변",
                "여성단체연합",
                "환경운동연합",
                "진보교육연구소"
            ]
        );
        let nepali = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ne-setopati-tin-dal-baithak.txt"
        ));
        let list = parse_in(nepali, "ne");
        assert!(
            list.entries.iter().all(|e| e.lines == [2]),
            "{:?}",
            list.entries
        );
    }

    /// `text` read in the language tagged `lang` (the default language when the tag is bad).
    fn parse_in(text: &str, lang: &str) -> ParsedList {
        let lang: Language = lang.parse().unwrap_or_else(|_| Language::default());
        parse(
            text,
            &ParseOptions {
                lang: Some(&lang),
                ..ParseOptions::default()
            },
        )
    }

    /// tests/fixtures/ingest/real/en-morningstar-affiliated-unions-open-letter (morningstaronline
    /// .co.uk, 2025), the page as stored without its source line, read by hand: the open
    /// letter's sentence names ten unions, one of them by its acronym (GMB); three of the others
    /// end with "Union", the kind they share. The page's teasers, dates and captions below it
    /// (twenty-two short lines) are no list.
    #[test]
    fn a_run_whose_names_share_their_kind_outweighs_the_pages_lines() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/en-morningstar-affiliated-unions-open-letter.txt"
        );
        let body = page.split_once('\n').map_or("", |(_, b)| b);
        let list = parse_in(body, "en");
        // (Lines count from the page's first, the letter's sentence is its tenth.)
        assert!(list.entries.iter().all(|e| e.lines == [10]));
        let names: Vec<String> = list
            .entries
            .into_iter()
            .map(|e| e.name.or(e.acronym).unwrap_or_default())
            .collect();
        assert_eq!(names.len(), 10);
        assert_eq!(names.first().map(String::as_str), Some("Aslef"));
        assert_eq!(
            names.get(3..5).unwrap_or_default(),
            ["Fire Brigades Union", "GMB"]
        );
    }

    /// tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham, its first
    /// three lines (the headline, the post's dateline, the lead) as published: the dateline's
    /// commas part the day, the date and the time, no names, and it is read as no run.
    #[test]
    fn a_dateline_is_no_run_of_names() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham.txt"
        );
        let body: String = page.lines().skip(1).take(3).collect::<Vec<_>>().join("\n");
        assert!(body.contains("\nSaturday, May 23, 2020 12:25 AM IST\n"));
        assert!(dateline("Saturday, May 23, 2020 12:25 AM IST", &en()));
        let list = parse_in(&body, "ml");
        assert!(
            list.entries.iter().all(|e| e.lines != [2]),
            "{:?}",
            list.entries
        );
    }

    /// tests/fixtures/ingest/real/te-v6velugu-cpi-cpm-okkatiga-mundhuku, the page as stored
    /// (without its source line): the headline "ఒక్కటిగా ముందుకు సాగుదాం" ("let us go forward
    /// together") printed three times (title, headline, picture), then the subheading. The
    /// headline is no entry; a lone word printed twice may be (two sections of a list).
    #[test]
    fn a_line_the_page_prints_again_is_no_entry() {
        let body = without_source(include_str!(
            "../../tests/fixtures/ingest/real/te-v6velugu-cpi-cpm-okkatiga-mundhuku.txt"
        ));
        let lines = text_lines(body);
        let again = printed_again(&lines);
        assert_eq!(again.get(..5), Some(&[true, false, true, false, true][..]));
        assert_eq!(again.get(6), Some(&false));
        let list = parse_in(body, "te");
        let slogan = [vec![1], vec![3], vec![5]];
        assert!(list.entries.iter().all(|e| !slogan.contains(&e.lines)));
        assert!(
            printed_again(&text_lines("KKE\nPCP\n\nKKE\n"))
                .iter()
                .all(|f| !f)
        );
    }

    /// tests/fixtures/ingest/real/fa-alainpersian-bayanie-moshtarak-tashakkolha, the page as
    /// stored: the lead that names the three signers is printed twice, word for word (lines 2
    /// and 3). Its names are read once, where it is printed first.
    #[test]
    fn a_paragraph_printed_twice_is_read_where_it_is_first() {
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/fa-alainpersian-bayanie-moshtarak-tashakkolha.txt"
            )),
            "fa",
        );
        assert!(
            list.entries.iter().all(|e| e.lines != [3]),
            "{:?}",
            list.entries
        );
        assert!(list.entries.iter().any(|e| {
            e.lines == [2] && e.name.as_deref() == Some("تشکلهای مستقل معلمان")
        }));
    }

    /// tests/fixtures/ingest/real/tr-ttb-ohal-khk-ortak-basin-toplantisi, the page as stored:
    /// the lead names the four signers; a later paragraph names who attended the press
    /// conference, organizations with their officers ("Türkiye İnsan Hakları Vakfı (TiHV) Genel
    /// Sekreteri Metin Bakkalcı", "HDP Gaziantep Miletvekili Mahmut Toğrul"). Those are no
    /// signers; a branch after an acronym is no officer (self-written contrast).
    #[test]
    fn organizations_with_their_officers_are_who_attended() {
        assert!(officer_after_organization(
            "Türkiye İnsan Hakları Vakfı (TiHV) Genel Sekreteri Metin Bakkalcı"
        ));
        assert!(officer_after_organization(
            "HDP Gaziantep Miletvekili Mahmut Toğrul"
        ));
        assert!(!officer_after_organization("CFDT Pays Basque"));
        assert!(!officer_after_organization(
            "Türk Mühendis ve Mimar Odaları Birliği (TMMOB)"
        ));
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/tr-ttb-ohal-khk-ortak-basin-toplantisi.txt"
            )),
            "tr",
        );
        assert!(
            list.entries.iter().all(|e| e.lines == [1]),
            "{:?}",
            list.entries
        );
        let acronyms: Vec<&str> = list
            .entries
            .iter()
            .filter_map(|e| e.acronym.as_deref())
            .collect();
        assert_eq!(
            acronyms.get(..4),
            Some(&["TTB", "DİSK", "KESK", "TMMOB"][..])
        );
    }

    /// tests/fixtures/ingest/real/de-abendblatt-spd-gruene-linke-gegenkundgebung-hamburg, the
    /// page as stored: the lead (line 1, a sentence) names the three parties; the article's
    /// second paragraph names them again, declined and after more words ("Die
    /// Bürgerschaftsfraktionen und Landesverbände von SPD, Grünen und Linken unterstützen …").
    /// They are read where the lead names them.
    #[test]
    fn a_lead_is_read_before_the_run_that_names_its_names_again() {
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/de-abendblatt-spd-gruene-linke-gegenkundgebung-hamburg.txt"
            )),
            "de",
        );
        assert!(
            list.entries.iter().all(|e| e.lines == [1]),
            "{:?}",
            list.entries
        );
        let names: Vec<String> = list
            .entries
            .into_iter()
            .map(|e| e.name.or(e.acronym).unwrap_or_default())
            .collect();
        assert_eq!(names, ["SPD", "Grüne", "Linke"]);
    }

    /// A page of the real corpus without its first line (the source).
    fn without_source(page: &str) -> &str {
        page.split_once('\n').map_or("", |(_, b)| b)
    }

    fn en() -> LanguageIdentifier {
        "en".parse().unwrap_or_default()
    }

    #[test]
    fn dates() {
        let d = |s: &str, l: &str| parse_date(s, l).map(|d| d.to_string());
        assert_eq!(
            d(
                "Signatories (as of 7 February 2023, further signatories possible):",
                "en"
            )
            .as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(d("as of November 2016", "en").as_deref(), Some("2016-11"));
        assert_eq!(
            d("(Stand: 21. März 2011)", "de").as_deref(),
            Some("2011-03-21")
        );
        assert_eq!(d("(Stand 4.4.2015)", "de").as_deref(), Some("2015-04-04"));
        assert_eq!(
            d("Signataires (au 7 février 2023) :", "fr").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(
            d("Firmantes (a 7 de febrero de 2023):", "es").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(
            d("as of February 7, 2023", "en").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(
            d("по состоянию на 7 февраля 2023 г.", "ru").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(d("no date here", "en"), None);
    }

    /// A run of places (eu-lab-desarmatzea-15-sindikatu, its French statement: "… pour
    /// l’avenir du Pays Basque, en Espagne et en France") names no signatories; a run of
    /// organizations named with their countries does (de-kke-regionaltreffen-2017's kind).
    #[test]
    fn a_run_of_places_is_no_list() {
        let places = Places::new(&"fr".parse().unwrap_or_default(), None);
        let run = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(names_places(
            &run(&["Pays Basque", "Espagne", "France."]),
            &places
        ));
        assert!(!names_places(
            &run(&["Parti communiste français", "PTB", "Espagne"]),
            &places
        ));
    }

    /// Lines of tests/fixtures/ingest/real/fi-sttk-keskusjarjestojen-sitoumus (read by hand:
    /// the five confederations are named in parentheses in the lead; the five signers under
    /// "Sitoumuksen allekirjoittajat:" are their leaders, persons) and of
    /// et-energeetik-toostussektori-ametiuhingud (the site's menu above the article, the five
    /// unions run into its lead with their acronyms): lines without any acronym do not
    /// outweigh a run that names organizations by theirs.
    #[test]
    fn a_run_of_acronyms_outweighs_lines_without_any() {
        let read = |text: &str, lang: &str| parse_in(text, lang).entries;
        let fi = "Koronakriisi haastaa parhaillaan koko suomalaisen yhteiskunnan, ja jokainen meistä kohtaa lähiviikkoina koronan vaikutukset lähipiirissään.\n\n\
                  Kaikki työmarkkinakeskusjärjestöt (Akava, EK, KT, SAK ja STTK) pyrkivät löytämään yhdessä ratkaisun suomalaisen yhteiskunnan toiminnan turvaamiseksi.\n\n\
                  Sitoumuksen allekirjoittajat:\n\nJarkko Eloranta\n\nSture Fjäder\n\nJyri Häkämies\n\nMarkku Jalonen\n\nAntti Palola\n";
        let e = read(fi, "fi");
        let read_as: Vec<Option<&str>> = e
            .iter()
            .map(|e| e.acronym.as_deref().or(e.name.as_deref()))
            .collect();
        assert_eq!(
            read_as,
            [
                Some("Akava"),
                Some("EK"),
                Some("KT"),
                Some("SAK"),
                Some("STTK")
            ]
        );
        let et = "Ühingust\n\nLiikmed\nAjalugu\nJuhtorganite kooseisud\nJuhtorganite otsused\n\nUudised\n\n\
                  Ametiühingu uudised\nEnergeetika sektor\nLaiast maailmast\nTööturg ja statistika EAKLi INFOLEHT\n\n\
                  Dokumendid\n\nPõhikiri\nTegevuskava\n\n\
                  Eesti tööstussektori ametiühingud toetavad Harri Taliga jätkamist EAKLi esimehena\n\n\
                  Eesti Energeetikatöötajate Ametiühingute Liit (EEAÜL), Eesti Metallitöötajate Ametiühingute Föderatsioon (EMAF), Eesti Metsatöötajate Ametiühing (EMT AÜ), Eesti Tööstustöötajate Ametiühingute Föderatsioon (ETTAF) ning Kaevurite ja Energeetikute Sõltumatu Ametiühing (KESA) toetavad senise Eesti Ametiühingute Keskliidu (EAKL) esimehe, Harri Taliga jätkamist EAKLi esimehena.\n";
        let e = read(et, "et");
        let read_as: Vec<(Option<&str>, Option<&str>)> = e
            .iter()
            .map(|e| (e.acronym.as_deref(), e.name.as_deref()))
            .collect();
        assert_eq!(
            read_as,
            [
                (
                    Some("EEAÜL"),
                    Some("Eesti Energeetikatöötajate Ametiühingute Liit")
                ),
                (
                    Some("EMAF"),
                    Some("Eesti Metallitöötajate Ametiühingute Föderatsioon")
                ),
                (Some("EMT AÜ"), Some("Eesti Metsatöötajate Ametiühing")),
                (
                    Some("ETTAF"),
                    Some("Eesti Tööstustöötajate Ametiühingute Föderatsioon")
                ),
                (
                    Some("KESA"),
                    Some("Kaevurite ja Energeetikute Sõltumatu Ametiühing")
                ),
            ]
        );
        // Under a heading word, the lines are the list.
        let persons = "Jarkko Eloranta\nSture Fjäder\nJyri Häkämies\nMarkku Jalonen\n\n\
                       Die drei Zentralverbände (EK, KT und SAK) unterstützen das mit allen ihren Mitgliedern.\n";
        assert_eq!(read(persons, "de").len(), 3);
        assert_eq!(read(&format!("Unterzeichner:\n{persons}"), "de").len(), 4);
    }

    /// A site's title bar (tests/fixtures/ingest/real/sw-jamiiforums-tamko-ushirikiano-vyama-
    /// upinzani, line 1: the thread's title, the forum's name and its motto between "|") names
    /// no run: its parts are the page's, not a list's. Names between commas beside it are read.
    #[test]
    fn a_title_bar_is_no_run() {
        let bar = "LEO ni Mwaka 1 wa Ushirikiano;kuna mafanikio? | JamiiForums | The Home of Great Thinkers";
        assert!(parse_in(bar, "sw").entries.is_empty());
        let run = "Viongozi wa CHADEMA, CUF, NCCR-Mageuzi na TLP walikutana Dar es Salaam jana na kukubaliana mambo kadhaa.";
        assert_eq!(parse_in(&format!("{bar}\n\n{run}"), "sw").entries.len(), 4);
    }

    /// Pages of tests/fixtures/ingest/real, read by hand: gl-galiciaconfidencial-… (the two
    /// unions of the lead; the towns of the demonstrations, each with its place, are no
    /// list), ha-prnigeria-… (the two federations of the article; the site's box of
    /// kidnapped pupils below it is no list), bg-shum-… (a headline repeats the lead's pair:
    /// read in the lead).
    #[test]
    fn two_acronyms_outweigh_a_run_of_single_words_or_the_page_furniture() {
        let read = |text: &str, lang: &str| {
            parse_in(text, lang)
                .entries
                .iter()
                .map(|e| (e.lines.clone(), e.acronym.clone().unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        let gl = "Os sindicatos UGT e CC.OO. chaman a mobilizarse este domingo, día 19 de febreiro, en varias localidades galegas para reivindicar \"uns salarios e emprego dignos\".\n\n\
                  En concreto, ás 12,00 horas está prevista unha manifestación que partirá da Alameda compostelá. Á mesma hora están fixadas concentracións na Coruña (diante da Delegación do Goberno), Ferrol (xunto ao edificio da Xunta), Lugo (Subdelegación do Goberno), Ourense (Subdelegación do Goberno) e Pontevedra (Subdelegación do Goberno).\n";
        assert_eq!(
            read(gl, "gl"),
            [(vec![1], "UGT".to_owned()), (vec![1], "CC.OO.".to_owned())]
        );
        let ha = "Kungiyoyin kwadago sun janye zanga zangar da suka fara gudanarwa a sassan Nijeriya.\n\
                  Kungiyoyin kwadago da suka hadar da NLC da TUC sun amince da dage zanga zangar ne biyo bayan muhimmiyar tattaunawa da suka yi da shugaban.\n\
                  Read Also:\nPRNigeria hausa\nKidnapped School Children\n\
                  Yauri FGC Students, Kebbi1239 days 15 hours 4 minutes 33 seconds,\n\
                  Baptist School Students, Kaduna\n1221 days 16 hours 45 minutes 58 seconds\n\
                  Tegina Islamiya Pupils, Niger (Freed)\nReport By: PRNigeria.com\n";
        assert_eq!(
            read(ha, "ha"),
            [(vec![2], "NLC".to_owned()), (vec![2], "TUC".to_owned())]
        );
        // Not a long list of names without acronyms (self-written).
        let long: String = (1..=12)
            .map(|k| format!("Asociación Vecinal Número {k}\n"))
            .collect::<String>()
            + "\nLa declaración fue leída ante la prensa por los sindicatos UGT e CCOO en la plaza mayor.\n";
        assert_eq!(read(&long, "es").len(), 12);
        // The pair of a headline and of the lead under it is read in the lead; of a
        // paragraph printed twice (el-lifo-apergia-gsee-adedy), in the first.
        let pair = |text: &str, lang: &str| {
            let lang: LanguageIdentifier = lang.parse().unwrap_or_default();
            let lines = text_lines(text);
            let shaped = vec![false; lines.len()];
            let lw = listwords::list_words(&lang);
            let places = Places::new(&lang, None);
            let page = Page {
                lines: &lines,
                shaped: &shaped,
                language: &lang,
                list_words: &lw,
                heading_at: None,
                heading_index: None,
                places: &places,
                paragraphs: &[],
            };
            first_pair(&page, true)
        };
        let bg = "КНСБ и КТ \"Подкрепа\" започват национална протестна кампания\n\
                  КНСБ и КТ \"Подкрепа\" започват национална протестна кампания \"За достойни доходи и права на труда, за национална отговорност на виновните!\"\n";
        let both = Some(vec!["КНСБ".to_owned(), "КТ".to_owned()]);
        assert_eq!(pair(bg, "bg"), both.clone().map(|p| (1, p)));
        let el =
            "24ωρη απεργία κήρυξαν από κοινού ΓΣΕΕ και ΑΔΕΔΥ, αντιδρώντας στα επερχόμενα μέτρα.\n";
        let both = Some(vec!["ΓΣΕΕ".to_owned(), "ΑΔΕΔΥ".to_owned()]);
        assert_eq!(pair(&el.repeat(2), "el"), both.map(|p| (0, p)));
    }

    /// Pages of tests/fixtures/ingest/real, read by hand: in ca-icv-manifest-pdd-2008 the
    /// parties, unions and associations that back the manifesto are named in the lead, most by
    /// their acronyms (CDC, ERC, ICV, …); the next paragraph, printed twice, names thirteen
    /// persons of civil society ("Jordi Cabré, Àngel Colom, …"), who are no organizations. In
    /// pt-pela-paz-nao-a-nato the thirteen first parties, none with an acronym, stand beside a
    /// long run of parties of which a few have one (PADS): both are the list.
    #[test]
    fn a_run_of_acronyms_outweighs_a_run_of_persons() {
        let read = |text: &str, lang: &str| {
            let body = text.split_once('\n').map_or("", |(_, b)| b);
            parse_in(body, lang)
                .entries
                .iter()
                .map(|e| e.lines.first().copied().unwrap_or(0))
                .collect::<Vec<_>>()
        };
        let ca = read(
            include_str!("../../tests/fixtures/ingest/real/ca-icv-manifest-pdd-2008.txt"),
            "ca",
        );
        assert!(ca.len() >= 5, "{ca:?}");
        assert!(ca.iter().all(|&l| l == 1), "{ca:?}");
        let pt = read(
            include_str!("../../tests/fixtures/ingest/real/pt-pela-paz-nao-a-nato.txt"),
            "pt",
        );
        assert_eq!(pt.iter().filter(|&&l| l == 4).count(), 13);
        assert!(pt.iter().filter(|&&l| l == 5).count() >= 20);
    }

    /// Each entry's acronym and lines.
    fn acronyms_and_lines(list: &ParsedList) -> Vec<(Option<&str>, &[usize])> {
        list.entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect()
    }

    /// A news story copied from a paper broken at a width
    /// (tests/fixtures/ingest/real/tr-sivrisinekcaz-disk-kesk-tmmob-ttb-tdhb, lines 1–8): the
    /// five are named in a sentence broken before "aldı.", which no line of it reads as a run
    /// of names by itself; its broken lines are no entries ("Beş sendika ve birliğin …").
    #[test]
    fn names_run_into_a_paragraph_broken_at_a_width_are_read_on_their_lines() {
        let text = "Sendikalar yarın alanlarda\nBeş sendika ve birliğin ortak basın açıklamasını önümüzdeki saatlerde yapması\nbekleniyor…\nSendikalardan Gezi için flaş karar\nDİSK, KESK, TMMOB, TTB ve TDHB ortak karar alarak yarın alanlara çıkma kararı\naldı.\nDİSK Genel Başkanı Kâni Beko, Başkanlar Kurulu ve DİSK Yönetimi’nden 30\nkişinin yaptığı toplantı sonrası aldıkları karara ilişkin ilk açıklamayı yaptı.";
        let list = parse_in(text, "tr");
        let read = acronyms_and_lines(&list);
        let five = ["DİSK", "KESK", "TMMOB", "TTB", "TDHB"];
        assert_eq!(
            read,
            five.iter()
                .map(|a| (Some(*a), &[5][..]))
                .collect::<Vec<_>>()
        );
        // Every line is read or skipped.
        let mut seen: Vec<usize> = list.skipped.iter().map(|s| s.line).collect();
        seen.extend(list.entries.iter().flat_map(|e| e.lines.clone()));
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (1..=8).collect::<Vec<_>>());
    }

    /// A document's title lines that name the callers again ("CES-CIOSL-CMT-ORIT-CLAT",
    /// printed twice) above the paragraph that names them
    /// (tests/fixtures/ingest/real/es-studylib-cumbre-sindical-ue-alc-2004, lines 1–13): the
    /// five are read in the paragraph, on the lines they were printed on, and no title line is
    /// an entry.
    #[test]
    fn a_title_that_names_the_run_again_is_read_in_the_run() {
        let text = "CES-CIOSL-CMT-ORIT-CLAT\n\nAnuncio\nCIOSL-CMT-CES-ORIT-CLAT\n2ª. CUMBRE SINDICAL UNION EUROPEA – AMERICA\nLATINA Y CARIBE.(UE/ALC)\nCiudad de México, 16 de abril de 2004\nDECLARACIÓN FINAL\nEl día 16 de abril de 2004, se reunió la Cumbre Sindical Unión Europea-América Latina y\nel Caribe (UE-ALC), convocada por las organizaciones internacionales CIOSL, CMT,\nCES, ORIT y CLAT, y en ella han\nparticipado delegados y delegadas, en\nrepresentación de los trabajadores y trabajadoras de los países de ambas regiones.";
        let list = parse_in(text, "es");
        let read = acronyms_and_lines(&list);
        assert_eq!(
            read,
            vec![
                (Some("CIOSL"), &[10][..]),
                (Some("CMT"), &[10][..]),
                (Some("CES"), &[11][..]),
                (Some("ORIT"), &[11][..]),
                (Some("CLAT"), &[11][..]),
            ]
        );
    }

    /// A word is held apart from the letters and figures around it.
    #[test]
    fn a_word_is_held_apart_from_letters_around_it() {
        assert!(holds_word("CES-CIOSL-CMT-ORIT-CLAT", "CES"));
        assert!(holds_word("CIOSL-CMT-CES-ORIT-CLAT", "CLAT"));
        assert!(!holds_word("PROCESO DE PAZ", "CES"));
        assert!(!holds_word("CESTA", "CES"));
    }

    /// is-stol-yfirlysing-asi-bsrb-bhm-ki (tests/fixtures/ingest/real), read by hand: the
    /// headline names the four signers in a sentence ("Yfirlýsing frá ASÍ, BSRB, BHM og KÍ",
    /// "statement from …"); the statement is signed by the line of their acronyms under it.
    /// That line is the list: it names four, the headline one sentence; and a line that names
    /// its organizations by their acronyms is no page furniture that a pair in a sentence
    /// outweighs.
    #[test]
    fn a_line_of_names_outweighs_the_headline_that_names_them() {
        let lang: Language = "is".parse().unwrap_or_else(|_| Language::default());
        let text =
            include_str!("../../tests/fixtures/ingest/real/is-stol-yfirlysing-asi-bsrb-bhm-ki.txt");
        let body = text.split_once('\n').map_or("", |(_, b)| b);
        let options = ParseOptions {
            lang: Some(&lang),
            ..ParseOptions::default()
        };
        let read: Vec<(usize, Option<String>)> = parse(body, &options)
            .entries
            .iter()
            .map(|e| (e.lines.first().copied().unwrap_or(0), e.acronym.clone()))
            .collect();
        let signers = ["ASÍ", "BSRB", "BHM", "KÍ"].map(|a| (7, Some(a.to_owned())));
        assert_eq!(read, signers);
    }

    #[test]
    fn markers() {
        assert_eq!(marker("  1. PCPCI x"), Some((Some(1), "PCPCI x")));
        assert_eq!(marker("10.Name"), Some((Some(10), "Name")));
        assert_eq!(marker("3) X"), Some((Some(3), "X")));
        assert_eq!(marker("- X"), Some((None, "X")));
        assert_eq!(marker("1.5 million"), None);
        assert_eq!(marker("MLPD"), None);
        // An ordinal suffix against the digits, then its sign: Amharic "2ኛ/" ("2nd"), as the
        // list of tests/fixtures/ingest/real/am-zehabesha-zeteny-parti-sinid numbers its
        // parties; English "2nd)". Not a date or a sentence ("2nd of May", "1st place").
        assert_eq!(
            marker("2ኛ/ የመላው ኢትዮጵያ ዴሞክራሲያዊ ፓርቲ/መኢዴፓ/"),
            Some((Some(2), "የመላው ኢትዮጵያ ዴሞክራሲያዊ ፓርቲ/መኢዴፓ/"))
        );
        assert_eq!(
            marker("2nd) Workers Party"),
            Some((Some(2), "Workers Party"))
        );
        assert_eq!(marker("2nd of May"), None);
        assert_eq!(marker("1st place"), None);
        // Digits of any script with Unicode's General_Category Nd: Myanmar "၃။" is not a
        // marker sign here, but "၃." is; Ethiopic numerals (No, not Nd) are not digits.
        assert_eq!(marker("၃. ပါတီ"), Some((Some(3), "ပါတီ")));
        assert_eq!(marker("፫. ፓርቲ"), None);
    }

    #[test]
    fn a_short_form_between_slashes_is_read_as_in_parentheses() {
        // Lines of am-zehabesha-zeteny-parti-sinid (its gold reading): the party's initials
        // between slashes after its name, written against it or with a space.
        let places = Places::new(&"am".parse().unwrap_or_default(), None);
        let style = Style::default();
        for (text, acronym, name) in [
            ("የመላው ዐማራ ህዝብ ድርጅት/መዐህድ/", "መዐህድ", "የመላው ዐማራ ህዝብ ድርጅት"),
            ("የከምባታ ህዝቦች ኮንግረስ /ከህኮ/", "ከህኮ", "የከምባታ ህዝቦች ኮንግረስ"),
            (
                "የሶዶ ጎርደና ህዝብ ዲሞክራሲያዊ ድርጅት/ ሶጎህዲድ/",
                "ሶጎህዲድ",
                "የሶዶ ጎርደና ህዝብ ዲሞክራሲያዊ ድርጅት",
            ),
        ] {
            let e = split_entry(text, &places, None, &style);
            assert_eq!(e.acronym.as_deref(), Some(acronym), "{text}");
            assert_eq!(e.name.as_deref(), Some(name), "{text}");
        }
        // A web address ending in a slash is not a short form.
        let e = split_entry("Rode Morgen https://rodemorgen.nl/", &places, None, &style);
        assert_eq!(e.name.as_deref(), Some("Rode Morgen"));
    }

    #[test]
    fn tokens_keep_groups_whole() {
        assert_eq!(
            tokens(
                "PC (ML) Partido Comunista (Marxista Leninista) (Communist Party (Marxist-Leninist))"
            ),
            [
                "PC",
                "(ML)",
                "Partido",
                "Comunista",
                "(Marxista Leninista)",
                "(Communist Party (Marxist-Leninist))"
            ]
        );
    }

    /// What a list's entries share decides what a part of one of them is. The lines are
    /// printed in tests/fixtures/ingest/real (sl-pergam-skupna-zahteva-2019,
    /// sr-ceas-podrska-zastitniku-2015, ja-yun-mihyang-kyodo-seimei).
    #[test]
    fn fields_by_the_list_style() {
        let read = |text: &str| parse(text, &ParseOptions::default()).entries;
        let e = read(
            "• Zveza svobodnih sindikatov Slovenije (ZSSS)\n• Sindikat državnih organov Slovenije (SDOS)\n• Sindikat kulture in narave Slovenije (Glosa)\n• Visokošolski sindikat Slovenije (VSS)\n",
        );
        assert_eq!(e.len(), 4);
        assert_eq!(e[2].acronym.as_deref(), Some("Glosa"));
        assert_eq!(
            e[2].name.as_deref(),
            Some("Sindikat kulture in narave Slovenije")
        );
        // A name in parentheses that is a word is the name's only in such a list.
        let e = read("• Sindikat kulture in narave Slovenije (Glosa)\n• Center za mir\n");
        assert_eq!(e[0].acronym, None);
        let e = read(
            "Autonomni ženski centar, član koalicije\nCentar za praktičnu politiku\nCentar za primenjene evropske studije, član koalicije\n",
        );
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].name.as_deref(), Some("Autonomni ženski centar"));
        assert_eq!(e[0].note.as_deref(), Some("član koalicije"));
        assert_eq!(
            e[2].name.as_deref(),
            Some("Centar za primenjene evropske studije")
        );
        let places = Places::new(&en(), None);
        let e = split_entry("劇団コレ(くじら)", &places, None, &Style::default());
        assert_eq!(
            (e.name.as_deref(), e.translation.as_deref()),
            (Some("劇団コレ"), Some("くじら"))
        );
        // Han before the group: no transcription, the group stays.
        let e = split_entry(
            "在独南部福祉会(派独労働者団体)",
            &places,
            None,
            &Style::default(),
        );
        assert_eq!(e.translation, None);
    }

    #[test]
    fn entries() {
        let places = Places::new(&en(), None);
        let e = split_entry(
            "PML del Perú Partido Marxista Leninista del Perú (Marxist-Leninist Party of Peru)",
            &places,
            None,
            &Style::default(),
        );
        assert_eq!(e.acronym.as_deref(), Some("PML del Perú"));
        assert_eq!(
            e.name.as_deref(),
            Some("Partido Marxista Leninista del Perú")
        );
        assert_eq!(
            e.translation.as_deref(),
            Some("Marxist-Leninist Party of Peru")
        );
        let e = split_entry(
            "CPSA (ML) Communist Party of South Africa (Marxist-Leninist)",
            &places,
            None,
            &Style::default(),
        );
        assert_eq!(e.acronym.as_deref(), Some("CPSA (ML)"));
        assert_eq!(
            e.name.as_deref(),
            Some("Communist Party of South Africa (Marxist-Leninist)")
        );
        assert_eq!(e.translation, None);
        let e = split_entry(
            "RMP Российская маоистская партия (Rossijskaya maoistskaya partiya) (Russian Maoist Party)",
            &places,
            None,
            &Style::default(),
        );
        assert_eq!(
            e.transliteration.as_deref(),
            Some("Rossijskaya maoistskaya partiya")
        );
        assert_eq!(e.translation.as_deref(), Some("Russian Maoist Party"));
        // Printed in tests/fixtures/ingest/real (sq-rtv21-kosova-qe-duam, ro-hotnews-…,
        // bg-shum-…, ru-mmdc-…, am-ethiopiazare-…): an acronym joined by a hyphen before or
        // after its name, quotation marks around a name, a legal form before a name printed in
        // capitals, the Ethiopic comma ending an item.
        let read = |t: &str| {
            let e = split_entry(t, &places, None, &Style::default());
            (e.acronym, e.name, e.note)
        };
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            read("KEC-Kosovo Education Center"),
            (some("KEC"), some("Kosovo Education Center"), None)
        );
        assert_eq!(
            read("Kosovo Initiative for Stability-IKS"),
            (some("IKS"), some("Kosovo Initiative for Stability"), None)
        );
        assert_eq!(read("„Cartel ALFA”"), (None, some("Cartel ALFA"), None));
        assert_eq!(
            read("КТ \"Подкрепа\""),
            (some("КТ"), some("Подкрепа"), None)
        );
        assert_eq!(
            read("РОБО “ГРАЖДАНСКОЕ СОДЕЙСТВИЕ”"),
            (None, some("ГРАЖДАНСКОЕ СОДЕЙСТВИЕ"), some("РОБО"))
        );
        assert_eq!(
            read("የአፋር ሕዝቦች ነፃነት ፓርቲ፣"),
            (None, some("የአፋር ሕዝቦች ነፃነት ፓርቲ"), None)
        );
        assert_eq!(
            read("FAEE. Federación de Artistas del Estado español").0,
            some("FAEE")
        );
        // An acronym in capitals before one word that does not spell it starts the name
        // (nl-rightsforum-honger-gaza); before a name of several words it is the acronym.
        assert_eq!(
            read("SOS Kinderdorpen"),
            (None, some("SOS Kinderdorpen"), None)
        );
        // Before a name of several words that does not spell it, it is the acronym in a list
        // whose entries lead with their acronyms (a translation after it), else the name's
        // first word (de-stiftungen-kurs-halten, de-biffh-fracking-brief: README conventions).
        let leading = Style {
            acronyms_lead: true,
            ..Style::default()
        };
        let e = split_entry("KKE Communist Party of Greece", &places, None, &leading);
        assert_eq!(
            (e.acronym.as_deref(), e.name.as_deref()),
            (Some("KKE"), Some("Communist Party of Greece"))
        );
        assert_eq!(
            read("VRD Stiftung für Erneuerbare Energien"),
            (None, some("VRD Stiftung für Erneuerbare Energien"), None)
        );
        assert_eq!(
            read("BI Lebensraum Vorpommern e.V."),
            (None, some("BI Lebensraum Vorpommern"), some("e.V."))
        );
        // A legal form after the name, or after its acronym: a note.
        assert_eq!(
            read("Bund für Umwelt und Naturschutz Deutschland (BUND) e.V."),
            (
                some("BUND"),
                some("Bund für Umwelt und Naturschutz Deutschland"),
                some("e.V.")
            )
        );
        assert_eq!(
            read("Člověk v tísni, o.p.s."),
            (None, some("Člověk v tísni"), some("o.p.s."))
        );
        assert_eq!(read("CC.OO.").0, some("CC.OO."));
        let e = split_entry("MLPD Germany", &places, None, &Style::default());
        assert_eq!(
            (e.acronym.as_deref(), e.country_code.as_deref()),
            (Some("MLPD"), Some("DE"))
        );
    }

    /// ar-masress-wathiqat-ahzab-qaima-muwahhada (tests/fixtures/ingest/real, read by hand):
    /// in a run of party leaders, each "name, head of party …", the one named with no party
    /// ("محمد عبد المجيد برغش زعيم الفلاحين", "… leader of the peasants") is a doubt, never a
    /// sure organization; the parties are read with their leaders as notes.
    #[test]
    fn a_person_named_alone_among_persons_with_their_organizations_is_a_doubt() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/ar-masress-wathiqat-ahzab-qaima-muwahhada.txt"
        );
        let text: String = page.lines().skip(1).collect::<Vec<_>>().join("\n");
        let list = parse_in(&text, "ar");
        let named = |name: &str| {
            list.entries
                .iter()
                .find(|e| e.name.as_deref() == Some(name))
        };
        let party = named("حزب الأحرار");
        assert_eq!(
            party.and_then(|e| e.note.as_deref()),
            Some("الدكتور مدحت نجيب")
        );
        let alone = named("محمد عبد المجيد برغش زعيم الفلاحين");
        assert_eq!(alone.map(|e| e.confidence), Some(Confidence::Low));
        assert!(list.doubts.iter().any(|d| d.text.contains("برغش")));
    }

    /// The pages of vi-nld-tong-ldld-bo-nn-ptnt-ky-ket (nld.com.vn, 2020) and
    /// gl-galiciaconfidencial-mobilizacions-2017 (galiciaconfidencial.com, 2017), read by hand:
    /// a photo's caption names the two signers ("Tổng LĐLĐ Việt Nam và Bộ NN-PTNT ký kết …"),
    /// and the line below names them again, in that order, each with its leader: the list is
    /// read there. A later sentence that names the two of a lead the other way round ("CC.OO.
    /// e UGT subliñan …") leaves them in the lead.
    #[test]
    fn a_pair_named_again_in_order_below_is_read_there() {
        let body = |page: &'static str| page.split_once('\n').map_or("", |(_, b)| b);
        let vi = parse_in(
            body(include_str!(
                "../../tests/fixtures/ingest/real/vi-nld-tong-ldld-bo-nn-ptnt-ky-ket.txt"
            )),
            "vi",
        );
        let read: Vec<(Vec<usize>, Option<&str>)> = vi
            .entries
            .iter()
            .map(|e| (e.lines.clone(), e.name.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (vec![5], Some("Tổng LĐLĐ Việt Nam")),
                (vec![5], Some("Bộ NN-PTNT"))
            ]
        );
        let gl = parse_in(
            body(include_str!(
                "../../tests/fixtures/ingest/real/gl-galiciaconfidencial-mobilizacions-2017.txt"
            )),
            "gl",
        );
        assert!(gl.entries.len() == 2 && gl.entries.iter().all(|e| e.lines == [1]));
    }
}
