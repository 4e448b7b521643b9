//! Reading published signatory lists: plain text copied from a web page, or an HTML fragment.
//! The parser finds the heading (with its "as of" date and whether more signatories are
//! possible), the sections, and each entry's acronym, name, transliteration, translation,
//! country and note; every input line ends up in an entry, in the heading, or skipped with a
//! reason. Matching entries to a registry is [`crate::reconcile`].
//!
//! The steps, each in its file: `lines.rs` (text or HTML to numbered lines), `lexicon.rs`
//! (the words of headings, months and countries in every language CLDR names them in),
//! `heading.rs` (headings, as-of dates, section headings, footers), `entry.rs` (one entry's
//! marker, acronym, name, translation and country); this file finds the list among the lines.

mod entry;
mod heading;
mod layout;
mod lexicon;
mod lines;
mod runin;
mod style;

use crate::FastSet;
use crate::date::PartialDate;
use crate::find::primary_collator;
use crate::registry::Registry;
use crate::statement::SectionKind;
use icu_calendar::Date;
use icu_calendar::cal::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{M, MD};
use serde::Serialize;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

use self::entry::*;
use self::heading::*;
use self::layout::*;
use self::lexicon::*;
use self::lines::*;
use self::runin::*;
use self::style::*;

pub use self::heading::parse_date;
pub use self::lines::looks_like_html;

/// What the parser is told.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct ParseOptions<'a> {
    /// The edition's language; guessed from the heading and the country names when `None`.
    pub lang: Option<&'a LanguageIdentifier>,
    /// A registry whose organizations help decide where acronyms end and what a parenthesis
    /// is.
    pub registry: Option<&'a Registry>,
}

/// The heading of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
}

/// Why a line is not part of an entry or the heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
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
pub struct ParsedList {
    /// The edition's language (given, or guessed).
    #[serde(serialize_with = "lang_str")]
    pub language: LanguageIdentifier,
    /// Whether the language was guessed.
    #[serde(skip)]
    pub language_guessed: bool,
    /// The heading, if the list has one.
    pub heading: Option<Heading>,
    /// The entries, in order.
    pub entries: Vec<ParsedEntry>,
    /// Every other line, with the reason.
    pub skipped: Vec<Skipped>,
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

fn lang_str<S: serde::Serializer>(l: &LanguageIdentifier, ser: S) -> Result<S::Ok, S::Error> {
    ser.collect_str(l)
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
            more_possible: MORE_WORDS.iter().any(|w| lower.contains(w)),
        }
    }
}

/// Without a heading word: the language CLDR finds most likely for the script most of the
/// page's letters are in (Arabic → ar, Hebrew → he, Greek → el, Cyrillic → ru, Hangul → ko;
/// Han with kana → ja, without → zh); none for Latin, which too many languages share.
fn language_of_script(lines: &[Line]) -> Option<LanguageIdentifier> {
    use icu_properties::CodePointMapData;
    use icu_properties::props::Script;
    let map = CodePointMapData::<Script>::new();
    let mut counts: HashMap<Script, usize> = HashMap::new();
    let mut seen = 0usize;
    'lines: for l in lines {
        for c in l.text.chars().filter(|c| c.is_alphabetic()) {
            *counts.entry(map.get(c)).or_insert(0) += 1;
            seen += 1;
            if seen >= 20_000 {
                break 'lines;
            }
        }
    }
    let kana = counts.get(&Script::Hiragana).copied().unwrap_or(0)
        + counts.get(&Script::Katakana).copied().unwrap_or(0);
    let (&top, _) = counts
        .iter()
        .filter(|(s, _)| !matches!(**s, Script::Common | Script::Inherited | Script::Unknown))
        .max_by_key(|(s, n)| {
            let code = icu_locale::subtags::Script::from(**s);
            (**n, std::cmp::Reverse(code.as_str().to_owned()))
        })?;
    if top == Script::Latin {
        return None;
    }
    if matches!(top, Script::Han | Script::Hiragana | Script::Katakana) {
        return (if kana > 0 { "ja" } else { "zh" }).parse().ok();
    }
    let mut id = icu_locale::LanguageIdentifier::UNKNOWN;
    id.script = Some(icu_locale::subtags::Script::from(top));
    if crate::cldr::maximize(&mut id) {
        id.language.as_str().parse().ok()
    } else {
        None
    }
}

/// The date in a heading: read in the edition's language, else in the language of the heading
/// word it holds ("Die folgende Unterzeichnerliste (Stand: 21. März 2011)" above an English
/// list).
fn heading_date(text: &str, language: &LanguageIdentifier) -> Option<PartialDate> {
    parse_date(text, language).or_else(|| {
        heading_language(text)
            .and_then(|l| l.parse::<LanguageIdentifier>().ok())
            .and_then(|l| parse_date(text, &l))
    })
}

/// An entry as printed, before it is split into its parts.
#[derive(Debug, Clone)]
struct RawEntry {
    lines: Vec<usize>,
    number: Option<u32>,
    text: String,
    section: SectionKind,
    /// The country of the group the entry is in ("Germany" above its parties), if any.
    group_country: Option<(String, Option<String>)>,
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
    // Decided on the text as given, as `looks_like_html` answers a caller.
    let html = looks_like_html(input);
    let input = normalize_line_ends(input);
    let input = input.as_ref();
    let mut lines = if html {
        html_lines(input)
    } else {
        text_lines(input)
    };
    // Bidi controls, invisible and control characters never reach entries (or any output).
    // They are removed from each line's text after HTML character references are decoded, so
    // that `&#x202E;` is caught like a literal U+202E.
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
    // The edition's language: given, else from the heading word, else English.
    let heading_at = lines
        .iter()
        .position(|l| heading_language(&l.text).is_some() && !is_prose(&l.text));
    let (language, guessed) = match options.lang {
        Some(l) => (l.clone(), false),
        None => (
            heading_at
                .and_then(|i| lines.get(i))
                .and_then(|l| heading_language(&l.text))
                .and_then(|t| t.parse().ok())
                .or_else(|| language_of_script(&lines))
                .unwrap_or_else(|| "en".parse().unwrap_or_default()),
            true,
        ),
    };
    let places = Places::new(&language, options.registry);
    let mut out = ParsedList {
        language: language.clone(),
        language_guessed: guessed,
        heading: None,
        entries: Vec::new(),
        skipped: Vec::new(),
        warnings,
    };
    let skip = |out: &mut ParsedList, l: &Line, reason| {
        out.skipped.push(Skipped {
            line: l.no,
            text: l.text.trim().to_owned(),
            reason,
        })
    };

    // Where the list is: found by the shape its lines share (`layout.rs`), after the heading
    // when there is one.
    let shaped: Vec<bool> = lines
        .iter()
        .map(|l| {
            if l.item && marker(&l.text).is_none() {
                // A list item is read as a bulleted line.
                entry_shaped(&format!("• {}", l.text.trim()), &language)
            } else {
                entry_shaped(&l.text, &language)
            }
        })
        .collect();
    let is_shaped = |i: usize| shaped.get(i).copied().unwrap_or(false);
    let region = find_region(&lines, &shaped, &language, heading_at);
    // A heading word after the list ("Die Unterzeichnenden berufen sich auf …") heads nothing.
    let heading_at = heading_at.filter(|&h| h < region.start || region.start >= region.end);
    let mut section = SectionKind::Initial;
    let mut numbered_list = false;
    // The entries as printed, before they are split: their lines, number, text and section.
    let mut raw: Vec<RawEntry> = Vec::new();
    // The entry being assembled.
    let mut pending: Option<RawEntry> = None;
    // Opening minus closing parentheses of the pending entry's text, kept as lines are added
    // (counting the whole text again for every continuation line would be quadratic).
    let mut open_parens: isize = 0;
    let balance = |s: &str| -> isize {
        s.bytes()
            .map(|b| match b {
                b'(' => 1,
                b')' => -1,
                _ => 0,
            })
            .sum()
    };
    // Lines that continue the line before, by the list's style: entries wrapped pair by pair,
    // or printed as groups of lines between blank lines.
    let mut joined: FastSet<usize> = FastSet::default();
    let any_marked =
        (region.start..region.end).any(|i| lines.get(i).is_some_and(|l| l.marker().is_some()));
    if !any_marked {
        let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
        for i in region.start..region.end {
            let blank = lines.get(i).is_none_or(|l| l.text.trim().is_empty());
            match (blank, groups.last_mut()) {
                (true, Some(g)) if !g.is_empty() => groups.push(Vec::new()),
                (false, Some(g)) => g.push(i),
                _ => {}
            }
        }
        groups.retain(|g| !g.is_empty());
        let multi = groups.iter().filter(|g| g.len() >= 2).count();
        let text_of = |i: &usize| lines.get(*i).map_or("", |l| l.text.trim());
        if groups.len() >= 3 && multi * 5 >= groups.len() * 3 {
            // "Name / Country" blocks between blank lines: one entry each.
            joined.extend(groups.iter().flat_map(|g| g.iter().skip(1).copied()));
        } else {
            for g in &groups {
                let texts: Vec<&str> = g.iter().map(text_of).collect();
                if wrapped_pairs(&texts) {
                    joined.extend(g.iter().skip(1).step_by(2).copied());
                }
            }
        }
    }
    let mut gap = false;
    // The country a group heading names ("Germany" above its parties), for the group's entries.
    let mut group_country: Option<(String, Option<String>)> = None;
    let group_place = |text: &str| {
        let t = text.trim().trim_end_matches([':', '：']).trim();
        places.lookup(t).map(|code| (t.to_owned(), code))
    };
    let next_marked = |i: usize| {
        lines
            .iter()
            .skip(i + 1)
            .take_while(|_| true)
            .find(|l| !l.text.trim().is_empty())
            .is_some_and(|l| l.marker().is_some())
    };
    for (i, l) in lines.iter().enumerate() {
        let text = l.text.trim();
        if Some(i) == heading_at {
            out.heading = Some(Heading::read(text, l.no, &language));
            continue;
        }
        if text.is_empty() {
            skip(&mut out, l, SkipReason::Blank);
            gap = true;
            continue;
        }
        if i < region.start {
            // A country just above a marked list heads its first group.
            let last_before = (i + 1..region.start)
                .all(|j| lines.get(j).is_none_or(|x| x.text.trim().is_empty()));
            match group_place(text) {
                Some(place) if last_before && region.marked => {
                    group_country = Some(place);
                    skip(&mut out, l, SkipReason::SectionHeading);
                }
                _ => skip(&mut out, l, SkipReason::Preamble),
            }
            continue;
        }
        if i >= region.end {
            let reason = if is_trailer(text, &language) {
                SkipReason::Trailer
            } else {
                SkipReason::Footer
            };
            skip(&mut out, l, reason);
            continue;
        }
        if is_subsequent_heading(text) {
            raw.extend(pending.take());
            section = SectionKind::Subsequent;
            skip(&mut out, l, SkipReason::SectionHeading);
            gap = false;
            continue;
        }
        let marked = l.marker();
        // A remark closing a group ("Ve daha birçok meslek odası…", "and many more..."): no
        // organization's name ends with an ellipsis.
        if text.ends_with('…') || text.ends_with("...") {
            raw.extend(pending.take());
            skip(&mut out, l, SkipReason::Note);
            gap = false;
            continue;
        }
        // A line between entries of an unmarked list, a little long for one, is an entry (a
        // long name ending in "."), unless it introduces what follows.
        let non_blank = |j: &usize| lines.get(*j).is_some_and(|l| !l.text.trim().is_empty());
        let between_entries = || {
            !region.marked
                && text.split_whitespace().count() < 40
                && !text.ends_with([':', '：'])
                && (region.start..i)
                    .rev()
                    .find(non_blank)
                    .is_some_and(is_shaped)
                && (i + 1..region.end).find(non_blank).is_some_and(is_shaped)
        };
        if marked.is_none() && !is_shaped(i) && !between_entries() {
            // An odd line inside the list: a group heading ("Colectivos de la Región de
            // Murcia:") or a sentence. It does not end the list.
            raw.extend(pending.take());
            let reason = if text.ends_with([':', '：']) {
                group_country = group_place(text);
                SkipReason::SectionHeading
            } else {
                SkipReason::Note
            };
            skip(&mut out, l, reason);
            gap = false;
            continue;
        }
        if let Some((n, rest)) = marked {
            raw.extend(pending.take());
            numbered_list |= n.is_some();
            pending = Some(RawEntry {
                lines: (l.no..=l.last).collect(),
                number: n,
                text: rest.to_owned(),
                section,
                group_country: group_country.clone(),
            });
            open_parens = balance(rest);
            gap = false;
            continue;
        }
        // An unmarked line: a continuation of the entry before, a group heading in a marked
        // list, or an entry of its own.
        let continues = pending.as_ref().is_some_and(|p| {
            if joined.contains(&i) {
                return true;
            }
            let open = open_parens > 0;
            let indented =
                l.text.starts_with([' ', '\t']) && numbered_list && section == SectionKind::Initial;
            let prev_trim = p.text.trim_end();
            open || (!gap
                && (indented
                    || text.starts_with(['(', ',', '–'])
                    || text.starts_with(|c: char| c.is_lowercase())
                    || prev_trim.ends_with([',', '-', '/', '–'])))
        });
        if continues {
            if let Some(p) = pending.as_mut() {
                p.lines.extend(l.no..=l.last);
                if !(p.text.ends_with('-') && text.starts_with(|c: char| c.is_lowercase())) {
                    p.text.push(' ');
                }
                p.text.push_str(text);
                open_parens += balance(text);
            }
        } else if region.marked && next_marked(i) && !gap && pending.is_some() {
            // A line between two marked lines with no blank line before it: the entry goes on.
            if let Some(p) = pending.as_mut() {
                p.lines.extend(l.no..=l.last);
                p.text.push(' ');
                p.text.push_str(text);
                open_parens += balance(text);
            }
        } else if region.marked && next_marked(i) {
            // "Meslek Odaları" between bulleted groups; a country heads its group's entries.
            raw.extend(pending.take());
            group_country = group_place(text);
            skip(&mut out, l, SkipReason::SectionHeading);
        } else {
            raw.extend(pending.take());
            pending = Some(RawEntry {
                lines: (l.no..=l.last).collect(),
                number: None,
                text: text.to_owned(),
                section,
                group_country: group_country.clone(),
            });
            open_parens = balance(text);
        }
        gap = false;
    }
    raw.extend(pending.take());

    // Without a heading word, the line that introduces the list (ending in ':') or a place-and-
    // date line just above it ("Beirut Líbano, Noviembre del 2012") is its heading, and its date
    // the list's as-of date.
    let mut heading_index = heading_at;
    if out.heading.is_none() {
        let above = (0..region.start.min(lines.len()))
            .rev()
            .filter(|&j| lines.get(j).is_some_and(|l| !l.text.trim().is_empty()))
            .take(2)
            .find(|&j| {
                lines.get(j).is_some_and(|l| {
                    let t = l.text.trim();
                    t.split_whitespace().count() <= 30
                        && (t.ends_with([':', '：'])
                            || is_trailer(t, &language)
                            || (parse_date(t, &language).is_some() && !looks_like_prose(t)))
                })
            });
        if let Some(j) = above
            && let Some(l) = lines.get(j)
        {
            let text = l.text.trim();
            out.heading = Some(Heading::read(text, l.no, &language));
            out.skipped.retain(|s| s.line != l.no);
            heading_index = Some(j);
        }
    }

    // Names run into a sentence: taken when they hold more names than the list found by its
    // lines' shape. Only sentences are read so (a list's own lines are entries), and only
    // those naming a fair share of the longest run (not every enumeration of a paragraph).
    let mut run_ins: Vec<(usize, Vec<String>)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != heading_at && !is_shaped(*i))
        .filter_map(|(i, l)| run_in(&l.text).map(|items| (i, items)))
        .collect();
    let longest = run_ins
        .iter()
        .map(|(_, items)| items.len())
        .max()
        .unwrap_or(0);
    run_ins.retain(|(_, items)| items.len() * 3 >= longest);
    let run_in_count: usize = run_ins.iter().map(|(_, items)| items.len()).sum();
    let mut groups: Vec<Option<Vec<String>>> = raw.iter().map(|r| group_items(&r.text)).collect();
    let listed: usize = groups.iter().map(|g| g.as_ref().map_or(1, Vec::len)).sum();
    if run_in_count > listed {
        raw.clear();
        groups.clear();
        let covered: Vec<usize> = run_ins.iter().map(|(i, _)| *i).collect();
        for (i, items) in run_ins {
            let Some(l) = lines.get(i) else { continue };
            for item in items {
                raw.push(RawEntry {
                    lines: (l.no..=l.last).collect(),
                    number: None,
                    text: item,
                    section: SectionKind::Initial,
                    group_country: None,
                });
                groups.push(None);
            }
        }
        // A date in the sentence that holds the names dates the list, when nothing else does.
        if out.heading.as_ref().is_none_or(|h| h.as_of.is_none())
            && let Some(l) = covered.first().and_then(|&i| lines.get(i))
            && let Some(d) = parse_date(&l.text, &language)
        {
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
        // Every other line is before, between or after the runs.
        let first = covered.first().copied().unwrap_or(0);
        out.skipped.clear();
        for (i, l) in lines.iter().enumerate() {
            if covered.contains(&i) || Some(i) == heading_index {
                continue;
            }
            let reason = if l.text.trim().is_empty() {
                SkipReason::Blank
            } else if i < first {
                SkipReason::Preamble
            } else {
                SkipReason::Footer
            };
            skip(&mut out, l, reason);
        }
    }

    // The list's style, from all its entries; then each entry in it.
    let texts: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
    let style = infer(&texts, &places);
    for (r, group) in raw.into_iter().zip(groups) {
        // (The list's trailing punctuation is removed by `split_entry`, which knows "e.V.".)
        let text = r.text.clone();
        // A line that names several organizations ("Organizaciones agrarias: COAG, UPA").
        let parts = group.unwrap_or_else(|| vec![text]);
        for part in parts {
            let mut e = split_entry(&part, &places, options.registry, &style);
            if e.country.is_none()
                && let Some((country, code)) = &r.group_country
            {
                e.country = Some(country.clone());
                e.country_code = code.clone();
            }
            e.lines = r.lines.clone();
            e.number = r.number;
            e.section = r.section;
            out.entries.push(e);
        }
    }
    if html {
        // Lines that hold only markup (`<ol>`, `</ul>`) carry no text: blank.
        let mut covered = vec![false; input.split('\n').count() + 1];
        let mut cover = |n: usize| {
            if let Some(c) = covered.get_mut(n) {
                *c = true;
            }
        };
        for l in &lines {
            for n in l.no..=l.last {
                cover(n);
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
    out.skipped.sort_by_key(|s| s.line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> LanguageIdentifier {
        "en".parse().unwrap_or_default()
    }

    #[test]
    fn dates() {
        let d =
            |s: &str, l: &str| parse_date(s, &l.parse().unwrap_or_default()).map(|d| d.to_string());
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

    #[test]
    fn markers() {
        assert_eq!(marker("  1. PCPCI x"), Some((Some(1), "PCPCI x")));
        assert_eq!(marker("10.Name"), Some((Some(10), "Name")));
        assert_eq!(marker("3) X"), Some((Some(3), "X")));
        assert_eq!(marker("- X"), Some((None, "X")));
        assert_eq!(marker("1.5 million"), None);
        assert_eq!(marker("MLPD"), None);
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
        let e = split_entry("MLPD Germany", &places, None, &Style::default());
        assert_eq!(
            (e.acronym.as_deref(), e.country_code.as_deref()),
            (Some("MLPD"), Some("DE"))
        );
    }
}
