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
//!   in — unless the statement records that the edition printed it so;
//! - `heading`: as-of dates that disagree.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::ingest::ParsedList;
use crate::reconcile::{MatchStatus, reconcile};
use crate::registry::Registry;
use crate::statement::{SectionKind, Statement};

/// One published edition: where it came from, and its list as read.
#[derive(Debug, Clone)]
pub struct Edition {
    /// The file (or label) it was read from.
    pub file: String,
    /// The list as [`crate::ingest::parse`] read it.
    pub list: ParsedList,
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
    /// An acronym printed differently from the registry's.
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
    country_code: Option<String>,
    /// The entry as the edition prints it, rebuilt from what was read, part by part.
    printed: Vec<String>,
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
pub struct AlignedRow {
    /// The organization (a registry id, or `~` and a printed text), or none for an entry no
    /// organization was found for.
    pub org: Option<String>,
    /// Per edition, in the order of [`Audit::editions`]: the entry's line and its printed
    /// parts (number, acronym, name, transliteration and translation in parentheses, country,
    /// note in brackets).
    pub cells: Vec<Option<(usize, Vec<String>)>>,
}

/// The registry text a printed text misspells: the organization's acronym or name it is close
/// to (normalized edit distance over folded text of at least 0.8) without being it. A text
/// close to none is another wording (a translation the registry lacks), not a misspelling.
fn misspelled<'a>(printed: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let p = crate::find::fold(printed);
    let mut best: Option<(f64, &str)> = None;
    for k in known {
        if k == printed {
            return None;
        }
        let score = strsim::normalized_levenshtein(&p, &crate::find::fold(k));
        if score >= 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| k)
}

/// Audits editions of one statement. With `statement`, the statement of the registry is the
/// reference (order, sections, membership); without, the first edition is.
pub fn audit(registry: &Registry, statement: Option<&Statement>, editions: &[Edition]) -> Audit {
    let mut findings = Vec::new();
    let rows: Vec<Vec<Row>> = editions
        .iter()
        .map(|e| {
            let matches = reconcile(registry, &e.list);
            e.list
                .entries
                .iter()
                .zip(matches)
                .map(|(p, m)| Row {
                    org: (m.status == MatchStatus::Matched).then_some(m.id).flatten(),
                    line: p.lines.first().copied().unwrap_or(0),
                    number: p.number,
                    section: p.section,
                    acronym: p.acronym.clone(),
                    texts: [&p.name, &p.transliteration, &p.translation]
                        .into_iter()
                        .flatten()
                        .cloned()
                        .collect(),
                    country_code: p.country_code.clone(),
                    printed: printed(p),
                })
                .collect()
        })
        .collect();
    // Without a statement, entries the registry does not know are aligned across editions by
    // what they print (see `provisional`): organizations of a statement nobody registered yet
    // are compared like the others.
    let mut rows = rows;
    let provisional_texts = if statement.is_none() {
        provisional(&mut rows)
    } else {
        HashMap::new()
    };
    // The reference: the statement's organizations and sections, or the first edition's.
    let reference: Vec<(String, SectionKind)> = match statement {
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
    let reference_as_of = match statement {
        Some(s) => s.as_of,
        None => editions
            .first()
            .and_then(|e| e.list.heading.as_ref())
            .and_then(|h| h.as_of),
    };
    // Every organization any edition or the statement lists, for "missing".
    let mut everywhere: Vec<String> = reference.iter().map(|(o, _)| o.clone()).collect();
    let mut known: HashSet<String> = everywhere.iter().cloned().collect();
    for r in rows.iter().flatten() {
        if let Some(o) = &r.org
            && known.insert(o.clone())
        {
            everywhere.push(o.clone());
        }
    }
    let listed_by: HashMap<&str, Vec<&str>> = {
        let mut m: HashMap<&str, Vec<&str>> = HashMap::new();
        for (e, rs) in editions.iter().zip(&rows) {
            for r in rs {
                if let Some(o) = &r.org {
                    let v = m.entry(o.as_str()).or_default();
                    if !v.contains(&e.file.as_str()) {
                        v.push(e.file.as_str());
                    }
                }
            }
        }
        m
    };
    let position: HashMap<&str, usize> = reference
        .iter()
        .enumerate()
        .map(|(i, (o, _))| (o.as_str(), i))
        .collect();
    let section_of: HashMap<&str, SectionKind> =
        reference.iter().map(|(o, s)| (o.as_str(), *s)).collect();

    for (e, rs) in editions.iter().zip(&rows) {
        let finding = |kind, org: Option<&str>, line, text: Option<String>, expected| Finding {
            kind,
            org: org.map(str::to_owned),
            edition: e.file.clone(),
            line,
            text,
            expected,
            editions: Vec::new(),
        };
        // Heading.
        let as_of = e.list.heading.as_ref().and_then(|h| h.as_of);
        if let (Some(a), Some(b)) = (as_of, reference_as_of)
            && a != b
        {
            findings.push(finding(
                FindingKind::Heading,
                None,
                e.list.heading.as_ref().map(|h| h.line),
                Some(a.to_string()),
                Some(b.to_string()),
            ));
        }
        let mut here: HashSet<&str> = HashSet::new();
        for r in rs {
            match &r.org {
                None => findings.push(finding(
                    FindingKind::Unmatched,
                    None,
                    Some(r.line),
                    r.acronym.clone().or_else(|| r.texts.first().cloned()),
                    None,
                )),
                Some(o) => {
                    here.insert(o.as_str());
                    if statement.is_some() && !position.contains_key(o.as_str()) {
                        findings.push(finding(
                            FindingKind::Extra,
                            Some(o),
                            Some(r.line),
                            r.acronym.clone(),
                            None,
                        ));
                    }
                    if let Some(&s) = section_of.get(o.as_str())
                        && s != r.section
                    {
                        findings.push(finding(
                            FindingKind::Section,
                            Some(o),
                            Some(r.line),
                            Some(r.section.to_string()),
                            Some(s.to_string()),
                        ));
                    }
                    // What the statement records this edition printed is expected, typos kept.
                    let printed = statement
                        .and_then(|s| s.entries().find(|en| en.org == *o))
                        .and_then(|en| en.printed.as_ref())
                        .filter(|p| p.applies_to(&e.list.language));
                    let recorded = |t: &str| {
                        printed.is_some_and(|p| {
                            [&p.acronym, &p.name, &p.transliteration, &p.translation]
                                .into_iter()
                                .flatten()
                                .any(|x| x == t)
                        })
                    };
                    // A text printed differently from what was expected of it.
                    let spelling =
                        |findings: &mut Vec<Finding>, printed: String, expected: Option<String>| {
                            findings.push(finding(
                                FindingKind::Spelling,
                                Some(o),
                                Some(r.line),
                                Some(printed),
                                expected,
                            ));
                        };
                    if let Some((acronym, texts)) = provisional_texts.get(o.as_str()) {
                        // An organization known by what the first edition printed.
                        if let (Some(a), Some(expected)) = (&r.acronym, acronym)
                            && a != expected
                        {
                            spelling(&mut findings, a.clone(), Some(expected.clone()));
                        }
                        for t in &r.texts {
                            if let Some(k) = misspelled(t, texts.iter().map(String::as_str)) {
                                spelling(&mut findings, t.clone(), Some(k.to_owned()));
                            }
                        }
                    } else if let Some(org) = registry.organization(o) {
                        if let Some(a) = &r.acronym
                            && !org.acronyms.is_empty()
                            && !org.acronyms.iter().any(|x| x.text == *a)
                            && !recorded(a)
                        {
                            spelling(
                                &mut findings,
                                a.clone(),
                                org.acronyms.first().map(|x| x.text.clone()),
                            );
                        }
                        for t in r.texts.iter().filter(|t| !recorded(t)) {
                            if let Some(k) = misspelled(t, org.texts()) {
                                spelling(&mut findings, t.clone(), Some(k.to_owned()));
                            }
                        }
                        if let Some(code) = &r.country_code
                            && !org.countries.is_empty()
                            && !org
                                .countries
                                .iter()
                                .any(|p| p.as_str().eq_ignore_ascii_case(code))
                        {
                            findings.push(finding(
                                FindingKind::Spelling,
                                Some(o),
                                Some(r.line),
                                Some(code.clone()),
                                Some(
                                    org.countries
                                        .iter()
                                        .map(|p| p.as_str())
                                        .collect::<Vec<_>>()
                                        .join(" / "),
                                ),
                            ));
                        }
                    }
                }
            }
        }
        // Missing: listed by the statement, or (without one) by another edition, not here. An
        // organization the statement does not list is extra where it is printed, not missing
        // where it is not.
        for o in &everywhere {
            if here.contains(o.as_str())
                || (statement.is_some() && !position.contains_key(o.as_str()))
            {
                continue;
            }
            let mut f = finding(FindingKind::Missing, Some(o), None, None, None);
            f.editions = listed_by
                .get(o.as_str())
                .map(|v| v.iter().map(|s| (*s).to_owned()).collect())
                .unwrap_or_default();
            if statement.is_some() && position.contains_key(o.as_str()) {
                f.expected = Some("the statement lists it".to_owned());
            }
            findings.push(f);
        }
        // Order: entries outside a longest increasing subsequence of reference positions.
        let seq: Vec<(usize, &Row)> = rs
            .iter()
            .filter_map(|r| Some((*position.get(r.org.as_deref()?)?, r)))
            .collect();
        let keep = longest_increasing(&seq.iter().map(|(p, _)| *p).collect::<Vec<_>>());
        for (k, (_, r)) in seq.iter().enumerate() {
            if !keep.contains(&k) {
                findings.push(finding(
                    FindingKind::Order,
                    r.org.as_deref(),
                    Some(r.line),
                    r.acronym.clone(),
                    None,
                ));
            }
        }
        // Numbers: each numbered section counts 1, 2, 3…
        let mut expected_number: BTreeMap<u8, u32> = BTreeMap::new();
        for r in rs {
            let Some(n) = r.number else { continue };
            let slot = expected_number
                .entry(u8::from(r.section == SectionKind::Subsequent))
                .or_insert(1);
            if n != *slot {
                findings.push(finding(
                    FindingKind::Number,
                    r.org.as_deref(),
                    Some(r.line),
                    Some(n.to_string()),
                    Some(slot.to_string()),
                ));
            }
            *slot = n + 1;
        }
    }
    // The side-by-side table: organizations in the reference order, then those only other
    // editions list, then each entry no organization was found for.
    let mut alignment: Vec<AlignedRow> = everywhere
        .iter()
        .map(|o| AlignedRow {
            org: Some(o.clone()),
            cells: rows
                .iter()
                .map(|rs| {
                    rs.iter()
                        .find(|r| r.org.as_deref() == Some(o.as_str()))
                        .map(|r| (r.line, r.printed.clone()))
                })
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

impl Audit {
    /// A report as one HTML document: the editions side by side, one row per organization,
    /// each cell the entry as the edition prints it (in the edition's language, its direction
    /// found from its text), the cells a finding is at highlighted with the finding's kind
    /// and what was expected, an empty highlighted cell where an edition lacks an
    /// organization; then every finding.
    pub fn to_html(&self, title: &str) -> String {
        use crate::render::layout::html::escape;
        let mut out = String::new();
        out.push_str(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
        );
        escape(&mut out, title);
        out.push_str("</title>\n<style>\n");
        out.push_str(REPORT_CSS);
        out.push_str("</style>\n</head>\n<body>\n<h1>");
        escape(&mut out, title);
        out.push_str("</h1>\n<p class=\"summary\">");
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &self.findings {
            *counts.entry(f.kind.as_str()).or_insert(0) += 1;
        }
        if counts.is_empty() {
            out.push_str("The editions agree.");
        } else {
            let parts: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
            escape(
                &mut out,
                &format!("{} findings: {}.", self.findings.len(), parts.join(", ")),
            );
        }
        out.push_str("</p>\n<table>\n<thead><tr><th scope=\"col\">organization</th>");
        for e in &self.editions {
            out.push_str("<th scope=\"col\">");
            escape(&mut out, &e.file);
            out.push_str("<br><span class=\"meta\">");
            escape(&mut out, &format!("{}, {} entries", e.language, e.entries));
            out.push_str("</span></th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &self.alignment {
            out.push_str("<tr><th scope=\"row\">");
            escape(&mut out, row.org.as_deref().unwrap_or("(no organization)"));
            out.push_str("</th>");
            for (e, cell) in self.editions.iter().zip(&row.cells) {
                // The findings at this cell: at its line, or about its organization without
                // a line (missing).
                let here: Vec<&Finding> = self
                    .findings
                    .iter()
                    .filter(|f| f.edition == e.file)
                    .filter(|f| match (cell, f.line) {
                        (Some((line, _)), Some(l)) => *line == l,
                        (None, None) => f.org.is_some() && f.org == row.org,
                        _ => false,
                    })
                    .collect();
                let mut class: Vec<&str> = here.iter().map(|f| f.kind.as_str()).collect();
                class.dedup();
                out.push_str("<td");
                if !class.is_empty() {
                    out.push_str(" class=\"");
                    escape(&mut out, &class.join(" "));
                    out.push('"');
                    let notes: Vec<String> = here
                        .iter()
                        .map(|f| match &f.expected {
                            Some(x) => format!("{}: expected {x}", f.kind.as_str()),
                            None => f.kind.as_str().to_owned(),
                        })
                        .collect();
                    out.push_str(" title=\"");
                    escape(&mut out, &notes.join("; "));
                    out.push('"');
                }
                match cell {
                    Some((_, parts)) => {
                        // The edition's direction, each part isolated: an Arabic translation
                        // beside a Latin name keeps its parentheses.
                        let dir = e
                            .language
                            .parse::<unic_langid::LanguageIdentifier>()
                            .map_or("ltr", |l| crate::locale::direction_of(&l).as_str());
                        out.push_str(" lang=\"");
                        escape(&mut out, &e.language);
                        out.push_str("\" dir=\"");
                        out.push_str(dir);
                        out.push_str("\">");
                        for (k, part) in parts.iter().enumerate() {
                            if k > 0 && !part.starts_with(',') {
                                out.push(' ');
                            }
                            out.push_str("<bdi>");
                            escape(&mut out, part);
                            out.push_str("</bdi>");
                        }
                    }
                    None => out.push('>'),
                }
                if let Some(f) = here.first() {
                    out.push_str("<span class=\"kind\">");
                    escape(&mut out, f.kind.as_str());
                    out.push_str("</span>");
                }
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n<h2>Findings</h2>\n<ol class=\"findings\">\n");
        for f in &self.findings {
            out.push_str("<li class=\"");
            escape(&mut out, f.kind.as_str());
            out.push_str("\"><span class=\"kind\">");
            escape(&mut out, f.kind.as_str());
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
            escape(&mut out, &what);
            if let Some(t) = &f.text {
                out.push_str(": <q dir=\"auto\">");
                escape(&mut out, t);
                out.push_str("</q>");
            }
            if let Some(x) = &f.expected {
                out.push_str(" (expected <q dir=\"auto\">");
                escape(&mut out, x);
                out.push_str("</q>)");
            }
            if !f.editions.is_empty() {
                out.push_str(" [listed by ");
                escape(&mut out, &f.editions.join(", "));
                out.push(']');
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n</body>\n</html>\n");
        out
    }
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

/// Gives the entries no registry organization matched a provisional organization each,
/// shared by the entries of other editions that print the same thing: an equal acronym or
/// name (after folding), else a name at least 0.85 alike (normalized edit distance), and one
/// entry per edition. The id is `~` and what the edition that lists it first prints; returns
/// each provisional organization's acronym and texts as first printed, for spelling.
fn provisional(rows: &mut [Vec<Row>]) -> HashMap<String, (Option<String>, Vec<String>)> {
    struct Cluster {
        id: String,
        acronym: Option<String>,
        texts: Vec<String>,
        keys: Vec<String>,
    }
    let keys_of = |r: &Row| -> Vec<String> {
        r.acronym
            .iter()
            .chain(r.texts.iter())
            .map(|t| crate::find::fold(t))
            .filter(|k| !k.is_empty())
            .collect()
    };
    let mut clusters: Vec<Cluster> = Vec::new();
    for edition in rows.iter_mut() {
        let mut taken: HashSet<usize> = HashSet::new();
        // Equal texts first, then alike ones, so that "CP in Denmark" finds its own line
        // before "CP of Denmark" can take it.
        for pass in 0..2 {
            for r in edition.iter_mut().filter(|r| r.org.is_none()) {
                let keys = keys_of(r);
                if keys.is_empty() {
                    continue;
                }
                let found = clusters.iter().position(|c| {
                    c.keys.iter().any(|ck| {
                        keys.iter().any(|k| {
                            k == ck
                                || (pass == 1
                                    && k.chars().count() >= 6
                                    && strsim::normalized_levenshtein(k, ck) >= 0.85)
                        })
                    })
                });
                match found {
                    Some(i) if !taken.contains(&i) => {
                        taken.insert(i);
                        r.org = clusters.get(i).map(|c| c.id.clone());
                    }
                    _ if pass == 1 => {
                        let printed = r
                            .acronym
                            .clone()
                            .or_else(|| r.texts.first().cloned())
                            .unwrap_or_default();
                        let mut id = format!("~{printed}");
                        while clusters.iter().any(|c| c.id == id) {
                            id.push('\'');
                        }
                        taken.insert(clusters.len());
                        r.org = Some(id.clone());
                        clusters.push(Cluster {
                            id,
                            acronym: r.acronym.clone(),
                            texts: r.texts.clone(),
                            keys,
                        });
                    }
                    _ => {}
                }
            }
        }
    }
    clusters
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
