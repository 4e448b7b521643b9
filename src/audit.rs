//! Auditing the published editions of one statement against each other (and against the
//! registry's statement): each edition's list is read ([`crate::ingest`]), each entry matched
//! to an organization ([`crate::reconcile`]), and the editions are aligned by organization, not
//! by position. What differs is reported once per organization and kind:
//!
//! - `missing`: an organization some editions (or the statement) list and this edition does
//!   not; `unmatched`: with a statement, an entry no organization of the registry is found for;
//!   without one, entries the registry does not know are aligned across editions by what they
//!   print (an equal or nearly equal acronym or name) and named `~` and the text the first
//!   edition listing them prints (`~PADS`), so a statement nobody has registered yet can be
//!   audited too;
//! - `order`: an organization out of the reference order (the fewest moves that explain the
//!   edition's order: the entries outside a longest common subsequence);
//! - `number`: printed numbers that skip or repeat;
//! - `section`: an organization initial in one edition, subsequent in another;
//! - `spelling`: an acronym printed differently from the registry's, a name or translation
//!   close to one of the organization's without being it (a typo; a wording close to none is
//!   a translation the registry lacks, not a difference), a country the organization is not
//!   in, a country printed otherwise than CLDR names it in the edition's language or English
//!   (the reader's [`crate::ingest::SpellingDifference`]: "Phillipines" for "Philippines") —
//!   unless the statement records that the edition printed it so;
//! - `heading`: as-of dates that disagree.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::find::similarity::{SAME_ACROSS_EDITIONS, misspelled, similarity};
use crate::ingest::ParsedList;
use crate::reconcile::{Difference, Field, MatchStatus, reconcile};
use crate::registry::Registry;
use crate::render::layout::html::escape;
use crate::statement::{SectionKind, Statement};

/// One published edition: where it came from, and its list as read.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Edition {
    /// The file (or label) it was read from.
    pub file: String,
    /// The list as [`crate::ingest::parse`] read it.
    pub list: ParsedList,
}

impl Edition {
    /// An edition read from `file`.
    ///
    /// ```
    /// use signatories::audit::Edition;
    /// use signatories::ingest::{ParseOptions, parse};
    /// let text = "Signatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands, Germany\n";
    /// let edition = Edition::new("de.txt", parse(text, &ParseOptions::default()));
    /// assert_eq!((edition.file.as_str(), edition.list.entries.len()), ("de.txt", 1));
    /// ```
    pub fn new(file: impl Into<String>, list: ParsedList) -> Self {
        Edition {
            file: file.into(),
            list,
        }
    }
}

/// What kind of difference a [`Finding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingKind {
    /// An organization this edition does not list, which others (or the statement) do.
    Missing,
    /// An organization this edition lists and the statement does not.
    Extra,
    /// An organization out of the reference order.
    Order,
    /// A printed number that skips or repeats.
    Number,
    /// An organization in another section than in the reference.
    Section,
    /// An acronym, a name or a country printed differently from the registry's, or a country
    /// printed otherwise than CLDR names it (a misspelling the reader read as the country).
    Spelling,
    /// An as-of date that differs from the reference's.
    Heading,
    /// An entry no organization is found for.
    Unmatched,
}

spelled_enum!(FindingKind, "finding kind", {
    Missing => "missing", Extra => "extra", Order => "order", Number => "number",
    Section => "section", Spelling => "spelling", Heading => "heading", Unmatched => "unmatched",
});

/// One difference found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// What kind of difference.
    pub kind: FindingKind,
    /// The organization's id, where known.
    pub org: Option<String>,
    /// The edition's file.
    pub edition: String,
    /// The edition's line, where the finding is at one.
    pub line: Option<usize>,
    /// What the edition prints.
    pub text: Option<String>,
    /// What was expected.
    pub expected: Option<String>,
    /// The editions on the other side (those that list a missing organization).
    pub editions: Vec<String>,
}

/// The result of an audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Audit {
    /// Each edition: file, language, entries read.
    pub editions: Vec<EditionSummary>,
    /// Every finding, by edition then line.
    pub findings: Vec<Finding>,
    /// The editions aligned by organization, in the reference order, then the organizations
    /// only other editions list, then the entries no organization was found for (not in the
    /// JSON document; [`Audit::to_html`] shows it).
    #[serde(skip)]
    pub alignment: Vec<AlignedRow>,
}

/// An audited edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EditionSummary {
    /// The file.
    pub file: String,
    /// The language read or given.
    pub language: String,
    /// How many entries were read.
    pub entries: usize,
}

/// An entry of an edition, matched.
struct Row {
    org: Option<String>,
    line: usize,
    number: Option<u32>,
    section: SectionKind,
    acronym: Option<String>,
    /// The printed name, transliteration and translation.
    texts: Vec<String>,
    /// The entry as the edition prints it, rebuilt from what was read, part by part.
    printed: Vec<String>,
    /// How it differs from the registry's organization it was matched with, as reconciling
    /// found.
    differences: Vec<Difference>,
    /// What the reader read as a known text it differs from (a misspelled country).
    spellings: Vec<crate::ingest::SpellingDifference>,
}

/// The entry as printed, rebuilt from its parts: "14.", "MLPD", "Marxistisch-Leninistische
/// Partei Deutschlands", "(Marxist-Leninist Party of Germany)", ", Germany" (a part that
/// starts with a comma follows the one before without a space). Each part is one
/// run of text (a name in one script), so a report can isolate it.
fn printed(p: &crate::ingest::ParsedEntry) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(p.number.map(|n| format!("{n}.")));
    out.extend(p.acronym.clone());
    out.extend(p.name.clone());
    out.extend(p.transliteration.as_ref().map(|t| format!("({t})")));
    out.extend(p.translation.as_ref().map(|t| format!("({t})")));
    out.extend(p.country.as_ref().map(|c| format!(", {c}")));
    out.extend(p.note.as_ref().map(|n| format!("[{n}]")));
    out
}

/// One organization across the editions, for the side-by-side report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AlignedRow {
    /// The organization (a registry id, or `~` and a printed text), or none for an entry no
    /// organization was found for.
    pub org: Option<String>,
    /// Per edition, in the order of [`Audit::editions`]: the entry's line and its printed
    /// parts (number, acronym, name, transliteration and translation in parentheses, country,
    /// note in brackets).
    pub cells: Vec<Option<(usize, Vec<String>)>>,
}

/// Audits editions of one statement. With `statement`, the statement of the registry is the
/// reference (order, sections, membership); without, the first edition is.
///
/// The cost is in proportion to the entries: organizations, rows and findings are found
/// through indexes, never by comparing all pairs (entries the registry does not know are
/// grouped by `provisional`).
pub fn audit(registry: &Registry, statement: Option<&Statement>, editions: &[Edition]) -> Audit {
    let mut rows: Vec<Vec<Row>> = editions.iter().map(|e| match_rows(registry, e)).collect();
    // Without a statement, entries the registry does not know are aligned across editions by
    // what they print (see `provisional`): organizations of a statement nobody registered yet
    // are compared like the others.
    let provisional_texts = if statement.is_none() {
        provisional(&mut rows)
    } else {
        HashMap::new()
    };
    let reference = Reference::new(statement, editions, &rows);
    let mut findings = Vec::new();
    for (e, rs) in editions.iter().zip(&rows) {
        let mut out = Findings {
            edition: &e.file,
            findings: &mut findings,
        };
        heading_finding(&mut out, &reference, e);
        for r in rs {
            entry_findings(&mut out, registry, &reference, &provisional_texts, e, r);
        }
        missing_findings(&mut out, &reference, rs);
        order_findings(&mut out, &reference, rs);
        number_findings(&mut out, rs);
    }
    let alignment = align(&reference.everywhere, &rows);
    Audit {
        editions: editions
            .iter()
            .zip(&rows)
            .map(|(e, r)| EditionSummary {
                file: e.file.clone(),
                language: e.list.language.to_string(),
                entries: r.len(),
            })
            .collect(),
        findings,
        alignment,
    }
}

/// What an entry prints, which is all matching reads of it.
type Printing<'a> = [Option<&'a str>; 6];

fn printing(p: &crate::ingest::ParsedEntry) -> Printing<'_> {
    [
        &p.acronym,
        &p.name,
        &p.transliteration,
        &p.translation,
        &p.country,
        &p.country_code,
    ]
    .map(|f| f.as_deref())
}

/// Each entry of an edition, matched to an organization of the registry. Entries that print
/// the same thing are matched once (a list of 10,000 equal lines costs one match).
fn match_rows(registry: &Registry, e: &Edition) -> Vec<Row> {
    let mut first: HashMap<Printing<'_>, usize> = HashMap::new();
    let mut unique = e.list.clone();
    unique.entries.clear();
    let which: Vec<usize> = e
        .list
        .entries
        .iter()
        .map(|p| {
            *first.entry(printing(p)).or_insert_with(|| {
                unique.entries.push(p.clone());
                unique.entries.len() - 1
            })
        })
        .collect();
    let matches = reconcile(registry, &unique);
    e.list
        .entries
        .iter()
        .zip(which)
        .map(|(p, k)| {
            let m = matches.get(k);
            let matched = m.filter(|m| m.status == MatchStatus::Matched);
            Row {
                org: matched.and_then(|m| m.id.clone()),
                line: p.lines.first().copied().unwrap_or(0),
                number: p.number,
                section: p.section,
                acronym: p.acronym.clone(),
                texts: [&p.name, &p.transliteration, &p.translation]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect(),
                printed: printed(p),
                differences: matched.map(|m| m.differences.clone()).unwrap_or_default(),
                spellings: p.spellings.clone(),
            }
        })
        .collect()
}

/// What the editions are compared with: the statement's organizations and sections, or the
/// first edition's; and every organization any edition or the statement lists, indexed.
struct Reference<'a> {
    statement: Option<&'a Statement>,
    as_of: Option<crate::date::PartialDate>,
    /// Every organization listed anywhere, the reference's first.
    everywhere: Vec<String>,
    /// Organization → the editions that list it.
    listed_by: HashMap<String, Vec<String>>,
    /// Organization → its place in the reference order.
    position: HashMap<String, usize>,
    section_of: HashMap<String, SectionKind>,
    /// Organization → its entry of the statement (the first).
    entries: HashMap<&'a str, &'a crate::statement::Entry>,
}

impl<'a> Reference<'a> {
    fn new(statement: Option<&'a Statement>, editions: &[Edition], rows: &[Vec<Row>]) -> Self {
        let order: Vec<(String, SectionKind)> = match statement {
            Some(s) => s
                .sections
                .iter()
                .flat_map(|sec| sec.entries.iter().map(move |e| (e.org.clone(), sec.kind)))
                .collect(),
            None => rows
                .first()
                .into_iter()
                .flatten()
                .filter_map(|r| Some((r.org.clone()?, r.section)))
                .collect(),
        };
        let as_of = match statement {
            Some(s) => s.as_of,
            None => editions
                .first()
                .and_then(|e| e.list.heading.as_ref())
                .and_then(|h| h.as_of),
        };
        let mut everywhere: Vec<String> = order.iter().map(|(o, _)| o.clone()).collect();
        let mut known: HashSet<String> = everywhere.iter().cloned().collect();
        let mut listed_by: HashMap<String, Vec<String>> = HashMap::new();
        for (e, rs) in editions.iter().zip(rows) {
            for o in rs.iter().filter_map(|r| r.org.as_ref()) {
                if known.insert(o.clone()) {
                    everywhere.push(o.clone());
                }
                let v = listed_by.entry(o.clone()).or_default();
                if v.last() != Some(&e.file) {
                    v.push(e.file.clone());
                }
            }
        }
        let mut entries = HashMap::new();
        for en in statement.into_iter().flat_map(Statement::entries) {
            entries.entry(en.org.as_str()).or_insert(en);
        }
        Reference {
            statement,
            as_of,
            everywhere,
            listed_by,
            position: order
                .iter()
                .enumerate()
                .map(|(i, (o, _))| (o.clone(), i))
                .collect(),
            section_of: order.into_iter().collect(),
            entries,
        }
    }
}

/// The findings of one edition, as they are found.
struct Findings<'e, 'f> {
    edition: &'e str,
    findings: &'f mut Vec<Finding>,
}

impl Findings<'_, '_> {
    /// A finding of this edition.
    fn make(
        &self,
        kind: FindingKind,
        org: Option<&str>,
        line: Option<usize>,
        text: Option<String>,
        expected: Option<String>,
    ) -> Finding {
        Finding {
            kind,
            org: org.map(str::to_owned),
            edition: self.edition.to_owned(),
            line,
            text,
            expected,
            editions: Vec::new(),
        }
    }

    fn push(
        &mut self,
        kind: FindingKind,
        org: Option<&str>,
        line: Option<usize>,
        text: Option<String>,
        expected: Option<String>,
    ) {
        let f = self.make(kind, org, line, text, expected);
        self.findings.push(f);
    }
}

/// `heading`: an as-of date that differs from the reference's.
fn heading_finding(out: &mut Findings<'_, '_>, reference: &Reference<'_>, e: &Edition) {
    let as_of = e.list.heading.as_ref().and_then(|h| h.as_of);
    if let (Some(a), Some(b)) = (as_of, reference.as_of)
        && a != b
    {
        out.push(
            FindingKind::Heading,
            None,
            e.list.heading.as_ref().map(|h| h.line),
            Some(a.to_string()),
            Some(b.to_string()),
        );
    }
}

/// What one entry shows by itself: `unmatched`, `extra`, `section`, `spelling`.
fn entry_findings(
    out: &mut Findings<'_, '_>,
    registry: &Registry,
    reference: &Reference<'_>,
    provisional_texts: &HashMap<String, (Option<String>, Vec<String>)>,
    e: &Edition,
    r: &Row,
) {
    printed_spelling(out, reference, e, r);
    let Some(o) = &r.org else {
        let text = r.acronym.clone().or_else(|| r.texts.first().cloned());
        out.push(FindingKind::Unmatched, None, Some(r.line), text, None);
        return;
    };
    if reference.statement.is_some() && !reference.position.contains_key(o) {
        out.push(
            FindingKind::Extra,
            Some(o),
            Some(r.line),
            r.acronym.clone(),
            None,
        );
    }
    if let Some(&s) = reference.section_of.get(o)
        && s != r.section
    {
        let (text, expected) = (Some(r.section.to_string()), Some(s.to_string()));
        out.push(FindingKind::Section, Some(o), Some(r.line), text, expected);
    }
    if let Some((acronym, texts)) = provisional_texts.get(o) {
        provisional_spelling(out, o, r, acronym.as_ref(), texts);
    } else if registry.organization(o).is_some() {
        // What the statement records this edition printed is expected, typos kept.
        let printed = reference
            .entries
            .get(o.as_str())
            .and_then(|en| en.printed.as_ref())
            .filter(|p| p.applies_to_language(&e.list.language));
        registry_spelling(out, o, printed, r);
    }
}

/// `spelling` of a text the reader read as a known one it differs from: a misspelled country
/// ("Phillipines", CLDR's "Philippines"), whatever organization the entry is; unless the
/// statement records that the edition printed it so.
fn printed_spelling(out: &mut Findings<'_, '_>, reference: &Reference<'_>, e: &Edition, r: &Row) {
    let recorded = r
        .org
        .as_deref()
        .and_then(|o| reference.entries.get(o))
        .and_then(|en| en.printed.as_ref())
        .filter(|p| p.applies_to_language(&e.list.language))
        .and_then(|p| p.country.as_deref());
    for d in r
        .spellings
        .iter()
        .filter(|d| recorded != Some(d.printed.as_str()))
    {
        out.push(
            FindingKind::Spelling,
            r.org.as_deref(),
            Some(r.line),
            Some(d.printed.clone()),
            Some(d.known.clone()),
        );
    }
}

/// `spelling` of an organization known by what the first edition printed.
fn provisional_spelling(
    out: &mut Findings<'_, '_>,
    o: &str,
    r: &Row,
    acronym: Option<&String>,
    texts: &[String],
) {
    if let (Some(a), Some(expected)) = (&r.acronym, acronym)
        && a != expected
    {
        out.push(
            FindingKind::Spelling,
            Some(o),
            Some(r.line),
            Some(a.clone()),
            Some(expected.clone()),
        );
    }
    for t in &r.texts {
        if let Some(k) = misspelled(t, texts.iter().map(String::as_str)) {
            let expected = Some(k.to_owned());
            out.push(
                FindingKind::Spelling,
                Some(o),
                Some(r.line),
                Some(t.clone()),
                expected,
            );
        }
    }
}

/// `spelling` against the registry, from the differences reconciling found: an acronym
/// printed differently, a name close to one of the organization's without being it, a country
/// it is not in; unless `printed` (what the statement records the edition printed) has it.
fn registry_spelling(
    out: &mut Findings<'_, '_>,
    o: &str,
    printed: Option<&crate::statement::Printed>,
    r: &Row,
) {
    let recorded = |t: &str| {
        printed.is_some_and(|p| {
            [&p.acronym, &p.name, &p.transliteration, &p.translation]
                .into_iter()
                .flatten()
                .any(|x| x == t)
        })
    };
    // The order of the printed entry's parts.
    let fields = [
        Field::Acronym,
        Field::Name,
        Field::Transliteration,
        Field::Translation,
        Field::Country,
    ];
    for d in fields
        .iter()
        .flat_map(|f| r.differences.iter().filter(move |d| d.field() == *f))
    {
        let (text, expected) = match d {
            Difference::Acronym {
                printed,
                registry: Some(k),
            }
            | Difference::Name {
                printed,
                misspells: Some(k),
                ..
            }
            | Difference::NotInRegistry {
                printed,
                misspells: Some(k),
                ..
            } if !recorded(printed) => (printed.clone(), k.clone()),
            Difference::Country { printed, registry } if !registry.is_empty() => {
                (printed.clone(), registry.join(" / "))
            }
            _ => continue,
        };
        out.push(
            FindingKind::Spelling,
            Some(o),
            Some(r.line),
            Some(text),
            Some(expected),
        );
    }
}

/// `missing`: listed by the statement, or (without one) by another edition, not here. An
/// organization the statement does not list is extra where it is printed, not missing where
/// it is not.
fn missing_findings(out: &mut Findings<'_, '_>, reference: &Reference<'_>, rs: &[Row]) {
    let here: HashSet<&str> = rs.iter().filter_map(|r| r.org.as_deref()).collect();
    let with_statement = reference.statement.is_some();
    for o in &reference.everywhere {
        let in_statement = reference.position.contains_key(o);
        if here.contains(o.as_str()) || (with_statement && !in_statement) {
            continue;
        }
        let mut f = out.make(FindingKind::Missing, Some(o), None, None, None);
        f.editions = reference.listed_by.get(o).cloned().unwrap_or_default();
        if with_statement && in_statement {
            f.expected = Some("the statement lists it".to_owned());
        }
        out.findings.push(f);
    }
}

/// `order`: entries outside a longest increasing subsequence of reference positions.
fn order_findings(out: &mut Findings<'_, '_>, reference: &Reference<'_>, rs: &[Row]) {
    let seq: Vec<(usize, &Row)> = rs
        .iter()
        .filter_map(|r| Some((*reference.position.get(r.org.as_deref()?)?, r)))
        .collect();
    let keep = longest_increasing(&seq.iter().map(|(p, _)| *p).collect::<Vec<_>>());
    for (k, (_, r)) in seq.iter().enumerate() {
        if !keep.contains(&k) {
            let text = r.acronym.clone();
            out.push(
                FindingKind::Order,
                r.org.as_deref(),
                Some(r.line),
                text,
                None,
            );
        }
    }
}

/// `number`: each numbered section counts 1, 2, 3…
fn number_findings(out: &mut Findings<'_, '_>, rs: &[Row]) {
    let mut expected_number: BTreeMap<u8, u32> = BTreeMap::new();
    for r in rs {
        let Some(n) = r.number else { continue };
        let slot = expected_number
            .entry(u8::from(r.section == SectionKind::Subsequent))
            .or_insert(1);
        if n != *slot {
            out.push(
                FindingKind::Number,
                r.org.as_deref(),
                Some(r.line),
                Some(n.to_string()),
                Some(slot.to_string()),
            );
        }
        *slot = n.saturating_add(1);
    }
}

/// The side-by-side table: organizations in the reference order, then those only other
/// editions list, then each entry no organization was found for.
fn align(everywhere: &[String], rows: &[Vec<Row>]) -> Vec<AlignedRow> {
    // Each edition's first entry of each organization.
    let first: Vec<HashMap<&str, &Row>> = rows
        .iter()
        .map(|rs| {
            let mut m = HashMap::new();
            for r in rs {
                if let Some(o) = &r.org {
                    m.entry(o.as_str()).or_insert(r);
                }
            }
            m
        })
        .collect();
    let mut alignment: Vec<AlignedRow> = everywhere
        .iter()
        .map(|o| AlignedRow {
            org: Some(o.clone()),
            cells: first
                .iter()
                .map(|m| m.get(o.as_str()).map(|r| (r.line, r.printed.clone())))
                .collect(),
        })
        .collect();
    for (k, rs) in rows.iter().enumerate() {
        for r in rs.iter().filter(|r| r.org.is_none()) {
            let mut cells = vec![None; rows.len()];
            if let Some(c) = cells.get_mut(k) {
                *c = Some((r.line, r.printed.clone()));
            }
            alignment.push(AlignedRow { org: None, cells });
        }
    }
    alignment
}

/// The findings of an audit by where a report shows them: at an edition's line, or about an
/// organization without a line (missing).
struct FindingIndex<'a> {
    /// Edition → line → findings.
    at_line: HashMap<&'a str, HashMap<usize, Vec<&'a Finding>>>,
    /// Edition → organization → findings without a line.
    at_org: HashMap<&'a str, HashMap<&'a str, Vec<&'a Finding>>>,
}

impl<'a> FindingIndex<'a> {
    fn new(findings: &'a [Finding]) -> Self {
        let mut index = FindingIndex {
            at_line: HashMap::new(),
            at_org: HashMap::new(),
        };
        for f in findings {
            match (f.line, &f.org) {
                (Some(l), _) => index
                    .at_line
                    .entry(f.edition.as_str())
                    .or_default()
                    .entry(l)
                    .or_default()
                    .push(f),
                (None, Some(o)) => index
                    .at_org
                    .entry(f.edition.as_str())
                    .or_default()
                    .entry(o.as_str())
                    .or_default()
                    .push(f),
                (None, None) => {}
            }
        }
        index
    }

    /// The findings at a cell of the table: at its line, or about its organization.
    fn at(
        &self,
        edition: &str,
        cell: Option<&(usize, Vec<String>)>,
        org: Option<&str>,
    ) -> &[&'a Finding] {
        let found = match (cell, org) {
            (Some((line, _)), _) => self.at_line.get(edition).and_then(|m| m.get(line)),
            (None, Some(o)) => self.at_org.get(edition).and_then(|m| m.get(o)),
            (None, None) => None,
        };
        found.map_or(&[], Vec::as_slice)
    }
}

impl Audit {
    /// A report as one HTML document: the editions side by side, one row per organization,
    /// each cell the entry as the edition prints it (in the edition's language, its direction
    /// found from its text), the cells a finding is at highlighted with the finding's kind
    /// and what was expected, an empty highlighted cell where an edition lacks an
    /// organization; then every finding.
    pub fn to_html(&self, title: &str) -> String {
        let mut out = String::new();
        self.html_head(&mut out, title);
        self.html_table(&mut out);
        self.html_findings(&mut out);
        out.push_str("</body>\n</html>\n");
        out
    }

    /// The document's head, its heading and the count of findings by kind.
    fn html_head(&self, out: &mut String, title: &str) {
        out.push_str(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
        );
        escape(out, title);
        out.push_str("</title>\n<style>\n");
        out.push_str(REPORT_CSS);
        out.push_str("</style>\n</head>\n<body>\n<h1>");
        escape(out, title);
        out.push_str("</h1>\n<p class=\"summary\">");
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &self.findings {
            *counts.entry(f.kind.as_str()).or_insert(0) += 1;
        }
        if counts.is_empty() {
            out.push_str("The editions agree.");
        } else {
            let parts: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
            let summary = format!("{} findings: {}.", self.findings.len(), parts.join(", "));
            escape(out, &summary);
        }
        out.push_str("</p>\n");
    }

    /// The editions side by side.
    fn html_table(&self, out: &mut String) {
        out.push_str("<table>\n<thead><tr><th scope=\"col\">organization</th>");
        for e in &self.editions {
            out.push_str("<th scope=\"col\">");
            escape(out, &e.file);
            out.push_str("<br><span class=\"meta\">");
            escape(out, &format!("{}, {} entries", e.language, e.entries));
            out.push_str("</span></th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        let index = FindingIndex::new(&self.findings);
        // The edition's direction, for its cells.
        let dirs: Vec<&str> = self
            .editions
            .iter()
            .map(|e| {
                e.language
                    .parse::<crate::locale::Language>()
                    .map_or("ltr", |l| crate::locale::direction_of(&l).as_str())
            })
            .collect();
        for row in &self.alignment {
            out.push_str("<tr><th scope=\"row\">");
            escape(out, row.org.as_deref().unwrap_or("(no organization)"));
            out.push_str("</th>");
            for ((e, dir), cell) in self.editions.iter().zip(&dirs).zip(&row.cells) {
                let here = index.at(&e.file, cell.as_ref(), row.org.as_deref());
                html_cell(out, e, dir, cell.as_ref(), here);
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }

    /// Every finding, in order.
    fn html_findings(&self, out: &mut String) {
        out.push_str("<h2>Findings</h2>\n<ol class=\"findings\">\n");
        for f in &self.findings {
            out.push_str("<li class=\"");
            escape(out, f.kind.as_str());
            out.push_str("\"><span class=\"kind\">");
            escape(out, f.kind.as_str());
            out.push_str("</span> ");
            let mut what = String::new();
            if let Some(o) = &f.org {
                what.push_str(o);
                what.push(' ');
            }
            what.push_str("in ");
            what.push_str(&f.edition);
            if let Some(l) = f.line {
                what.push_str(&format!(":{l}"));
            }
            escape(out, &what);
            if let Some(t) = &f.text {
                out.push_str(": <q dir=\"auto\">");
                escape(out, t);
                out.push_str("</q>");
            }
            if let Some(x) = &f.expected {
                out.push_str(" (expected <q dir=\"auto\">");
                escape(out, x);
                out.push_str("</q>)");
            }
            if !f.editions.is_empty() {
                out.push_str(" [listed by ");
                escape(out, &f.editions.join(", "));
                out.push(']');
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n");
    }
}

/// One cell of the table: the entry as the edition prints it, each part isolated (an Arabic
/// translation beside a Latin name keeps its parentheses), marked with the findings at it.
fn html_cell(
    out: &mut String,
    e: &EditionSummary,
    dir: &str,
    cell: Option<&(usize, Vec<String>)>,
    here: &[&Finding],
) {
    let mut class: Vec<&str> = here.iter().map(|f| f.kind.as_str()).collect();
    class.dedup();
    out.push_str("<td");
    if !class.is_empty() {
        out.push_str(" class=\"");
        escape(out, &class.join(" "));
        out.push('"');
        let notes: Vec<String> = here
            .iter()
            .map(|f| match &f.expected {
                Some(x) => format!("{}: expected {x}", f.kind.as_str()),
                None => f.kind.as_str().to_owned(),
            })
            .collect();
        out.push_str(" title=\"");
        escape(out, &notes.join("; "));
        out.push('"');
    }
    match cell {
        Some((_, parts)) => {
            out.push_str(" lang=\"");
            escape(out, &e.language);
            out.push_str("\" dir=\"");
            out.push_str(dir);
            out.push_str("\">");
            for (k, part) in parts.iter().enumerate() {
                if k > 0 && !part.starts_with(',') {
                    out.push(' ');
                }
                out.push_str("<bdi>");
                escape(out, part);
                out.push_str("</bdi>");
            }
        }
        None => out.push('>'),
    }
    if let Some(f) = here.first() {
        out.push_str("<span class=\"kind\">");
        escape(out, f.kind.as_str());
        out.push_str("</span>");
    }
    out.push_str("</td>");
}

/// The report's style: the table fits the page (long names wrap), findings are marked by
/// colour and by their kind's name (not by colour alone).
const REPORT_CSS: &str = "body { font: 15px/1.4 sans-serif; margin: 1.5em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #eee; text-align: start; }
tbody th { font-weight: normal; color: #555; text-align: start; }
.meta { font-weight: normal; color: #666; font-size: 0.85em; }
td .kind, li .kind { font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.05em; margin-inline-start: 0.4em; color: #333; }
li .kind { margin-inline: 0 0.4em; }
.missing { background: #fde2e2; }
.extra, .unmatched { background: #fff3cd; }
.order, .number, .section { background: #e2ecfd; }
.spelling, .heading { background: #e6f4ea; }
";

/// Trigrams shared by more provisional organizations than this are too common to find
/// candidates by (they are skipped); a name is compared with at most [`MAX_CANDIDATES`].
const MAX_POSTING: usize = 32;
/// The most provisional organizations a name is compared with by edit distance.
const MAX_CANDIDATES: usize = 8;

/// A provisional organization: its id and what the edition that lists it first prints.
struct Cluster {
    id: String,
    acronym: Option<String>,
    texts: Vec<String>,
    keys: Vec<String>,
}

/// The provisional organizations, with an index of their folded texts (exact) and of their
/// texts' trigrams (for names alike), so that an entry finds its organization without being
/// compared with all of them.
#[derive(Default)]
struct Clusters {
    list: Vec<Cluster>,
    by_key: HashMap<String, Vec<usize>>,
    by_gram: HashMap<[char; 3], Vec<usize>>,
    /// How many ids were made from each printed text (`~PADS`, then `~PADS'2`…), and every
    /// id made.
    uses: HashMap<String, usize>,
    ids: HashSet<String>,
}

/// The distinct trigrams of a folded text (at most 256: enough to find a name's candidates).
fn trigrams(key: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = key.chars().collect();
    let mut grams: Vec<[char; 3]> = chars
        .windows(3)
        .take(256)
        .filter_map(|w| <[char; 3]>::try_from(w).ok())
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

impl Clusters {
    /// A new provisional organization for an entry, named by what it prints.
    fn add(&mut self, r: &Row, keys: Vec<String>) -> usize {
        let printed = r
            .acronym
            .clone()
            .or_else(|| r.texts.first().cloned())
            .unwrap_or_default();
        // `~PADS`, `~PADS'2`…: the next number until the id is new (a printed text may itself
        // end in `'2`).
        let uses = self.uses.entry(printed.clone()).or_insert(0);
        let id = loop {
            *uses += 1;
            let id = match *uses {
                1 => format!("~{printed}"),
                n => format!("~{printed}'{n}"),
            };
            if self.ids.insert(id.clone()) {
                break id;
            }
        };
        let i = self.list.len();
        for k in &keys {
            self.by_key.entry(k.clone()).or_default().push(i);
            for g in trigrams(k) {
                let posting = self.by_gram.entry(g).or_default();
                if posting.last() != Some(&i) && posting.len() <= MAX_POSTING {
                    posting.push(i);
                }
            }
        }
        self.list.push(Cluster {
            id,
            acronym: r.acronym.clone(),
            texts: r.texts.clone(),
            keys,
        });
        i
    }

    /// The first provisional organization not `taken` with one of `keys` as its own.
    fn equal(&self, keys: &[String], taken: &mut Taken) -> Option<usize> {
        keys.iter()
            .filter_map(|k| {
                let posting = self.by_key.get(k)?;
                taken.first_free(k, posting)
            })
            .min()
    }

    /// The provisional organization not `taken` with a name at least [`SAME_ACROSS_EDITIONS`]
    /// alike (over folded text, names of six characters or more), found among those
    /// that share the most trigrams with it.
    fn alike(&self, keys: &[String], taken: &Taken) -> Option<usize> {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for k in keys.iter().filter(|k| k.chars().count() >= 6) {
            for g in trigrams(k) {
                match self.by_gram.get(&g) {
                    Some(posting) if posting.len() <= MAX_POSTING => {
                        for &i in posting {
                            *shared.entry(i).or_insert(0) += 1;
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut candidates: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|(i, _)| !taken.set.contains(i))
            .collect();
        candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(MAX_CANDIDATES);
        candidates.sort_unstable();
        candidates.into_iter().map(|(i, _)| i).find(|&i| {
            self.list.get(i).is_some_and(|c| {
                c.keys.iter().any(|ck| {
                    keys.iter().any(|k| {
                        k.chars().count() >= 6 && similarity(k, ck) >= SAME_ACROSS_EDITIONS
                    })
                })
            })
        })
    }
}

/// The provisional organizations an edition has taken (one entry each), and for each folded
/// text how far its list of organizations is known to be taken.
#[derive(Default)]
struct Taken {
    set: HashSet<usize>,
    cursor: HashMap<String, usize>,
}

impl Taken {
    /// The first organization of `posting` not taken (the cursor only moves forward: what is
    /// taken stays taken for the edition).
    fn first_free(&mut self, key: &str, posting: &[usize]) -> Option<usize> {
        let at = self.cursor.entry(key.to_owned()).or_insert(0);
        while posting.get(*at).is_some_and(|i| self.set.contains(i)) {
            *at += 1;
        }
        posting.get(*at).copied()
    }
}

/// Gives the entries no registry organization matched a provisional organization each,
/// shared by the entries of other editions that print the same thing: an equal acronym or
/// name (after folding), else a name at least [`SAME_ACROSS_EDITIONS`] alike, and one
/// entry per edition. The id is `~` and what the edition that lists it first prints (`'2`,
/// `'3`… after it when that text names several); returns each provisional organization's
/// acronym and texts as first printed, for spelling.
fn provisional(rows: &mut [Vec<Row>]) -> HashMap<String, (Option<String>, Vec<String>)> {
    let keys_of = |r: &Row| -> Vec<String> {
        r.acronym
            .iter()
            .chain(r.texts.iter())
            .map(|t| crate::find::fold(t))
            .filter(|k| !k.is_empty())
            .collect()
    };
    let mut clusters = Clusters::default();
    for edition in rows.iter_mut() {
        let mut taken = Taken::default();
        // Equal texts first, then alike ones, so that "CP in Denmark" finds its own line
        // before "CP of Denmark" can take it.
        for pass in 0..2 {
            for r in edition.iter_mut().filter(|r| r.org.is_none()) {
                let keys = keys_of(r);
                if keys.is_empty() {
                    continue;
                }
                let found = clusters.equal(&keys, &mut taken).or_else(|| {
                    if pass == 1 {
                        clusters.alike(&keys, &taken)
                    } else {
                        None
                    }
                });
                let i = match found {
                    Some(i) => i,
                    None if pass == 1 => clusters.add(r, keys),
                    None => continue,
                };
                taken.set.insert(i);
                r.org = clusters.list.get(i).map(|c| c.id.clone());
            }
        }
    }
    clusters
        .list
        .into_iter()
        .map(|c| (c.id, (c.acronym, c.texts)))
        .collect()
}

/// The indexes of a longest strictly increasing subsequence of `xs` (patience sorting,
/// n log n).
fn longest_increasing(xs: &[usize]) -> HashSet<usize> {
    let mut tails: Vec<usize> = Vec::new(); // index into xs of the tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let at = tails.partition_point(|&t| xs.get(t).is_some_and(|&v| v < x));
        if at > 0
            && let Some(p) = prev.get_mut(i)
        {
            *p = tails.get(at - 1).copied();
        }
        if at == tails.len() {
            tails.push(i);
        } else if let Some(t) = tails.get_mut(at) {
            *t = i;
        }
    }
    let mut out = HashSet::new();
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        out.insert(i);
        cur = prev.get(i).copied().flatten();
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn longest_increasing_subsequence() {
        let keep = super::longest_increasing(&[0, 1, 5, 2, 3, 4]);
        assert!(!keep.contains(&2) && keep.len() == 5);
        let keep = super::longest_increasing(&[1, 0, 2, 3]);
        assert_eq!(keep.len(), 3);
    }
}
