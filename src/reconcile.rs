//! Matching parsed entries to a registry's organizations — by acronym and country, then by
//! names at primary strength, then fuzzily — and applying the result: new organizations and
//! the statement added to the registry.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::error::Error;
use crate::find::MatchKind;
use crate::find::similarity::{CANDIDATE, LEAD, SAME_ORGANIZATION};
use crate::ingest::{ParsedEntry, ParsedList};
use crate::locale::Language;
use crate::organization::{Acronym, CountryCode, Name, NameKind, NameSource, Organization, Place};
use crate::registry::Registry;
use crate::statement::{Entry, Printed, Section, SectionKind, Statement};

mod difference;

pub use difference::{Difference, Field};

/// How an entry matched.
///
/// ```
/// use signatories::ingest::{ParseOptions, parse};
/// use signatories::reconcile::{MatchStatus, reconcile};
/// let registry = signatories::seed::registry()?;
/// let text = "Signatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n\
///             2. XYZ Some Unknown Union, Germany\n";
/// let matches = reconcile(&registry, &parse(text, &ParseOptions::default()));
/// assert_eq!(matches[0].status, MatchStatus::Matched);
/// assert_eq!(matches[1].status, MatchStatus::New);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MatchStatus {
    /// One organization of the registry.
    Matched,
    /// No organization of the registry: a new one.
    New,
    /// Several organizations could be meant: see the candidates.
    Ambiguous,
}

/// A candidate organization with its score (1 for an exact match at primary strength).
///
/// ```
/// use signatories::ingest::{ParseOptions, parse};
/// use signatories::reconcile::{MatchStatus, reconcile};
/// let registry = signatories::seed::registry()?;
/// // A Cyrillic С in a Latin name: never matched fuzzily, the organization it resembles is
/// // a candidate for a person to decide on.
/// let text = "Signatories:\n1. Bulgarian \u{421}ommunist Party\n";
/// let m = &reconcile(&registry, &parse(text, &ParseOptions::default()))[0];
/// assert_eq!(m.status, MatchStatus::Ambiguous);
/// assert_eq!(m.candidates[0].id, "bkp");
/// assert!(m.candidates[0].score < 1.0);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Candidate {
    /// The organization's id.
    pub id: String,
    /// How well it matches, 0..=1.
    pub score: f64,
}

/// The match of one entry.
///
/// ```
/// use signatories::ingest::{ParseOptions, parse};
/// use signatories::reconcile::reconcile;
/// let registry = signatories::seed::registry()?;
/// let text = "Signatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands, Germany\n";
/// let m = &reconcile(&registry, &parse(text, &ParseOptions::default()))[0];
/// assert_eq!(m.id.as_deref(), Some("mlpd"));
/// assert_eq!((m.candidates[0].id.as_str(), m.candidates[0].score), ("mlpd", 1.0));
/// assert!(m.differences.is_empty());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EntryMatch {
    /// The status.
    pub status: MatchStatus,
    /// The organization, when matched.
    pub id: Option<String>,
    /// Ranked candidates (for ambiguous entries; the match itself for matched ones).
    pub candidates: Vec<Candidate>,
    /// How the printed entry differs from the registry (a typo, a missing translation); for
    /// an ambiguous entry, the parts that mix scripts, which keep it from a fuzzy match.
    pub differences: Vec<Difference>,
}

fn candidates_of(orgs: &[&Organization], score: f64) -> Vec<Candidate> {
    orgs.iter()
        .map(|o| Candidate {
            id: o.id.clone(),
            score,
        })
        .collect()
}

fn matched(org: &Organization, entry: &ParsedEntry, score: f64) -> EntryMatch {
    EntryMatch {
        status: MatchStatus::Matched,
        id: Some(org.id.clone()),
        candidates: vec![Candidate {
            id: org.id.clone(),
            score,
        }],
        differences: Difference::between(org, entry),
    }
}

/// Matches one entry (a [`Reconciler`] matches many against one registry at less cost).
pub fn reconcile_entry(registry: &Registry, e: &ParsedEntry) -> EntryMatch {
    Reconciler::new(registry).entry(e)
}

/// Matches the entries of many lists, or entries read one at a time, to one registry: the
/// registry is folded for fuzzy matching once, when an entry first needs it, where
/// [`reconcile_entry`] folds it for each entry and [`reconcile`] for each list.
///
/// ```
/// use signatories::ingest::{ParseOptions, parse};
/// use signatories::reconcile::{MatchStatus, Reconciler};
///
/// let registry = signatories::seed::registry()?;
/// let reconciler = Reconciler::new(&registry);
/// for text in ["Signatories:\nMLPD, Germany\n", "Unterzeichner:\nMLPD, Deutschland\nPartei der Unbekannten\n"] {
///     let list = parse(text, &ParseOptions::default());
///     let matches = reconciler.list(&list);
///     assert_eq!(matches[0].status, MatchStatus::Matched);
///     assert_eq!(matches[0].id.as_deref(), Some("mlpd"));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Reconciler<'a> {
    registry: &'a Registry,
    folded: std::cell::OnceCell<crate::find::Folded>,
}

impl std::fmt::Debug for Reconciler<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reconciler")
            .field("organizations", &self.registry.organizations().len())
            .field("folded", &self.folded.get().is_some())
            .finish()
    }
}

impl<'a> Reconciler<'a> {
    /// A reconciler for one registry; nothing is folded before an entry needs it.
    pub fn new(registry: &'a Registry) -> Self {
        Reconciler {
            registry,
            folded: std::cell::OnceCell::new(),
        }
    }

    /// Matches one entry.
    pub fn entry(&self, e: &ParsedEntry) -> EntryMatch {
        reconcile_with(self.registry, e, &self.folded)
    }

    /// Matches every entry of a list, in its order.
    pub fn list(&self, list: &ParsedList) -> Vec<EntryMatch> {
        list.entries.iter().map(|e| self.entry(e)).collect()
    }
}

fn reconcile_with(
    registry: &Registry,
    e: &ParsedEntry,
    folded: &std::cell::OnceCell<crate::find::Folded>,
) -> EntryMatch {
    by_acronym(registry, e)
        .or_else(|| by_exact_name(registry, e))
        .unwrap_or_else(|| by_fuzzy_name(registry, e, folded))
}

fn ambiguous(candidates: Vec<Candidate>, differences: Vec<Difference>) -> EntryMatch {
    EntryMatch {
        status: MatchStatus::Ambiguous,
        id: None,
        candidates,
        differences,
    }
}

fn new_entry() -> EntryMatch {
    EntryMatch {
        status: MatchStatus::New,
        id: None,
        candidates: Vec::new(),
        differences: Vec::new(),
    }
}

/// 1. The acronym (and the country): one organization, or several the name decides between.
fn by_acronym(registry: &Registry, e: &ParsedEntry) -> Option<EntryMatch> {
    let a = e.acronym.as_ref()?;
    let by_acronym = registry.find_by_acronym(a);
    let in_country: Vec<&Organization> = match &e.country_code {
        Some(code) => by_acronym
            .iter()
            .copied()
            .filter(|o| {
                o.countries
                    .iter()
                    .any(|p| matches!(p, Place::Country(c) if *c == code.as_str()))
            })
            .collect(),
        None => by_acronym.clone(),
    };
    match in_country.as_slice() {
        [] => None,
        [one] => Some(matched(one, e, 1.0)),
        many => {
            let by_name: Vec<&Organization> = many
                .iter()
                .copied()
                .filter(|o| {
                    [&e.name, &e.translation].into_iter().flatten().any(|n| {
                        registry
                            .find(n)
                            .iter()
                            .any(|f| f.organization.id == o.id && f.how != MatchKind::Words)
                    })
                })
                .collect();
            Some(match by_name.as_slice() {
                [one] => matched(one, e, 1.0),
                _ => ambiguous(candidates_of(many, 1.0), Vec::new()),
            })
        }
    }
}

/// 2. The names at primary strength.
fn by_exact_name(registry: &Registry, e: &ParsedEntry) -> Option<EntryMatch> {
    for n in [&e.name, &e.translation, &e.transliteration]
        .into_iter()
        .flatten()
    {
        let exact: Vec<&Organization> = registry
            .find(n)
            .into_iter()
            .filter(|f| f.how == MatchKind::Name)
            .map(|f| f.organization)
            .collect();
        match exact.as_slice() {
            [one] => return Some(matched(one, e, 1.0)),
            [] => {}
            many => return Some(ambiguous(candidates_of(many, 1.0), Vec::new())),
        }
    }
    None
}

/// 3. Fuzzily: the best candidate when it is close and clearly ahead.
fn by_fuzzy_name(
    registry: &Registry,
    e: &ParsedEntry,
    folded: &std::cell::OnceCell<crate::find::Folded>,
) -> EntryMatch {
    let mut found: BTreeMap<String, f64> = BTreeMap::new();
    for n in [&e.name, &e.translation, &e.acronym].into_iter().flatten() {
        let folded = folded.get_or_init(|| crate::find::Folded::new(registry.organizations()));
        for s in folded.suggest(registry.organizations(), n, CANDIDATE, 5) {
            let v = found.entry(s.organization.id.clone()).or_insert(0.0);
            *v = v.max(s.score);
        }
    }
    let mixed = Difference::mixed_scripts(e);
    let mut ranked: Vec<Candidate> = found
        .into_iter()
        .map(|(id, score)| Candidate { id, score })
        .collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    match ranked.as_slice() {
        [] => new_entry(),
        // A fuzzy match is never taken for a text that mixes scripts (UTS #39): `Bulgarian
        // Сommunist Party` with a Cyrillic С may imitate the real one; a person decides.
        [_, ..] if !mixed.is_empty() => ambiguous(ranked, mixed),
        [best, rest @ ..]
            if best.score >= SAME_ORGANIZATION
                && rest.first().is_none_or(|r| r.score < best.score - LEAD) =>
        {
            match registry.organization(&best.id) {
                Some(org) => matched(org, e, best.score),
                None => new_entry(),
            }
        }
        _ => ambiguous(ranked, Vec::new()),
    }
}

/// Matches every entry of a list.
pub fn reconcile(registry: &Registry, list: &ParsedList) -> Vec<EntryMatch> {
    // The registry is folded for fuzzy matching once, and only if an entry needs it.
    Reconciler::new(registry).list(list)
}

pub use crate::organization::slug;

/// The language of a new organization's own name: the country's main language (CLDR likely
/// subtags) when the name is in its script, else the edition's language with the name's script.
fn guess_language(e: &ParsedEntry, name: &str, edition: &LanguageIdentifier) -> LanguageIdentifier {
    let script = crate::text::script_code(name);
    if let Some(id) = e
        .country_code
        .as_deref()
        .and_then(crate::locale::language_of_region)
        && id.script == script
        && let Ok(l) = id.language.as_str().parse()
    {
        return l;
    }
    // A script the edition's language does not use: the language CLDR most writes in it.
    if let Some(s) = script
        && Some(s) != crate::locale::likely_script(edition)
        && let Some(x) = crate::locale::language_of_script(s)
    {
        return x;
    }
    LanguageIdentifier::from_parts(edition.language, None, None, &[])
}

/// What makes two new entries of a list one organization: the folded acronym and name, and
/// the country.
type NewKey = (Option<String>, Option<String>, Option<String>);

/// Adds to `registry` the new organizations of a reconciled list and a statement of all its
/// entries (matched entries record their printed differences). Returns the statement's id.
///
/// Nothing is guessed: an entry that could be one of several organizations
/// ([`MatchStatus::Ambiguous`]) is never added as a new one (every such entry is reported,
/// [`crate::error::ProblemKind::AmbiguousEntry`], and nothing changes), nor is an
/// organization of the registry listed twice ([`crate::error::ProblemKind::DuplicateEntry`]);
/// a new organization the list prints twice (the same acronym, name and country) is added
/// once and listed once. A new organization's names take their language from their script
/// and the edition, its countries from the entry.
///
/// `source` names the list in errors: a new organization that would not validate (a name past
/// the length limit, a language tag without a language) is reported at the list's line of its
/// entry, `source:line:1`.
///
/// # Errors
/// [`Error::Invalid`] when something would not validate (the registry is then unchanged for
/// that item).
pub fn apply(
    registry: &mut Registry,
    list: &ParsedList,
    matches: &[EntryMatch],
    statement_id: &str,
    source: &str,
) -> Result<String, Error> {
    check(list, matches, source)?;
    let sections = commit_entries(registry, list, matches, source)?;
    let statement = statement_of(list, statement_id, sections);
    let line = list.heading.as_ref().map_or(1, |h| h.line);
    registry
        .insert_statement(statement)
        .map_err(at_line(source, line))?;
    Ok(statement_id.to_owned())
}

/// A place in the list.
fn location(source: &str, line: usize) -> crate::error::Location {
    crate::error::Location {
        file: source.to_owned(),
        line,
        column: 1,
        field: None,
    }
}

/// Problems of records built from the list point at the list, not at the records' text.
fn at_line(source: &str, line: usize) -> impl Fn(Error) -> Error + '_ {
    move |err: Error| match err {
        Error::Invalid(problems) => Error::Invalid(crate::error::Problems(
            problems
                .0
                .into_iter()
                .map(|p| crate::error::Problem {
                    location: location(source, line),
                    ..p
                })
                .collect(),
        )),
        other => other,
    }
}

/// Before anything changes: every problem of the reading, or nothing.
fn check(list: &ParsedList, matches: &[EntryMatch], source: &str) -> Result<(), Error> {
    let mut problems = reading_problems(list, source);
    problems.extend(duplicate_problems(list, matches, source));
    problems.extend(ambiguous_problems(list, matches, source));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(crate::error::Problems(problems)))
    }
}

/// A reading that is not safe to save: no entries (no statement is saved empty), an entry
/// whose name reads as a sentence (never saved as an organization), and the reader's doubts
/// (a caller accepts them by clearing [`ParsedList::doubts`]).
fn reading_problems(list: &ParsedList, source: &str) -> Vec<crate::error::Problem> {
    use crate::error::{Problem, ProblemKind};
    let mut problems = Vec::new();
    if list.entries.is_empty() {
        problems.push(Problem {
            kind: ProblemKind::EmptyStatement,
            location: location(source, 1),
            message: "no signatory list was found: nothing to save".to_owned(),
            value: String::new(),
        });
    }
    for e in &list.entries {
        if let Some(name) = e
            .name
            .as_deref()
            .filter(|n| crate::ingest::reads_as_sentence(n))
        {
            problems.push(Problem {
                kind: ProblemKind::SentenceEntry,
                location: location(source, e.lines.first().copied().unwrap_or(1)),
                message: "reads as a sentence, not an organization's name: correct the list"
                    .to_owned(),
                value: name.to_owned(),
            });
        }
    }
    for d in &list.doubts {
        problems.push(Problem {
            kind: ProblemKind::DoubtfulReading,
            location: location(source, d.line),
            message: match d.reason {
                crate::ingest::DoubtReason::SkippedNameLike => {
                    "a skipped line that looks like a name: check the reading (or accept the doubts)"
                }
                crate::ingest::DoubtReason::UncertainEntry => {
                    "an entry read with low confidence: check the reading (or accept the doubts)"
                }
            }
            .to_owned(),
            value: d.text.clone(),
        });
    }
    problems
}

/// An organization the list names twice (a slip of the published list, or two entries the
/// reconciliation took for one): every such entry reported.
fn duplicate_problems(
    list: &ParsedList,
    matches: &[EntryMatch],
    source: &str,
) -> Vec<crate::error::Problem> {
    let mut first_line: HashMap<&str, usize> = HashMap::new();
    let mut problems = Vec::new();
    for (e, m) in list.entries.iter().zip(matches) {
        let (MatchStatus::Matched, Some(id)) = (&m.status, &m.id) else {
            continue;
        };
        let line = e.lines.first().copied().unwrap_or(1);
        match first_line.get(id.as_str()) {
            Some(&first) => problems.push(crate::error::Problem {
                kind: crate::error::ProblemKind::DuplicateEntry,
                location: location(source, line),
                message: format!("the same organization as the entry of line {first}"),
                value: id.clone(),
            }),
            None => {
                first_line.insert(id, line);
            }
        }
    }
    problems
}

/// An entry that could be one of several organizations is never added as a new one: every
/// such entry is reported with its candidates.
fn ambiguous_problems(
    list: &ParsedList,
    matches: &[EntryMatch],
    source: &str,
) -> Vec<crate::error::Problem> {
    let mut problems = Vec::new();
    for (e, m) in list.entries.iter().zip(matches) {
        if m.status != MatchStatus::Ambiguous {
            continue;
        }
        let printed = e
            .acronym
            .iter()
            .chain(e.name.iter())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let candidates: Vec<&str> = m.candidates.iter().map(|c| c.id.as_str()).collect();
        problems.push(crate::error::Problem {
            kind: crate::error::ProblemKind::AmbiguousEntry,
            location: location(source, e.lines.first().copied().unwrap_or(1)),
            message: format!(
                "could be any of {}: choose one (correct the list, or add what tells them apart to the registry)",
                candidates.join(", ")
            ),
            value: printed,
        });
    }
    problems
}

/// What makes two new entries of a list one organization.
fn new_key(e: &ParsedEntry) -> NewKey {
    (
        e.acronym.as_deref().map(crate::find::fold),
        e.name.as_deref().map(crate::find::fold),
        e.country_code.clone(),
    )
}

/// Adds the list's new organizations and returns the statement's sections. A new
/// organization printed twice (the same acronym, name and country) is added once and listed
/// once.
fn commit_entries(
    registry: &mut Registry,
    list: &ParsedList,
    matches: &[EntryMatch],
    source: &str,
) -> Result<Vec<Section>, Error> {
    let mut new_ids: HashMap<NewKey, String> = HashMap::new();
    let mut listed: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut sections: Vec<Section> = Vec::new();
    for (e, m) in list.entries.iter().zip(matches) {
        let id = match (&m.status, &m.id) {
            (MatchStatus::Matched, Some(id)) => id.clone(),
            // Printed twice: the organization added for the first is this one.
            _ if new_ids.contains_key(&new_key(e)) => continue,
            _ => {
                let org = new_organization(registry, list, e);
                let id = org.id.clone();
                let line = e.lines.first().copied().unwrap_or(1);
                registry
                    .insert_organization(org)
                    .map_err(at_line(source, line))?;
                new_ids.insert(new_key(e), id.clone());
                id
            }
        };
        if !listed.insert(id.clone()) {
            continue;
        }
        let printed = registry
            .organization(&id)
            .and_then(|org| printed_differences(org, list, e));
        let entry = Entry { org: id, printed };
        match sections.last_mut() {
            Some(s) if s.kind == e.section => s.entries.push(entry),
            _ => sections.push(Section {
                kind: e.section,
                entries: vec![entry],
            }),
        }
    }
    Ok(sections)
}

/// The edition's language without script or region.
fn edition_language(list: &ParsedList) -> Language {
    Language::from_id(LanguageIdentifier::from_parts(
        list.language.id().language,
        None,
        None,
        &[],
    ))
}

/// A new organization from an entry: its names take their language from their script and the
/// edition, its countries from the entry; its id is a free slug of its acronym or name.
fn new_organization(registry: &Registry, list: &ParsedList, e: &ParsedEntry) -> Organization {
    let name = e
        .name
        .clone()
        .or_else(|| e.translation.clone())
        .or_else(|| e.acronym.clone())
        .unwrap_or_else(|| "unnamed".to_owned());
    let lang = Language::from_id(guess_language(e, &name, list.language.id()));
    let base = slug(e.acronym.as_deref().unwrap_or(&name));
    let base = match &e.country_code {
        Some(c) => format!("{base}-{}", c.to_ascii_lowercase()),
        None => base,
    };
    let mut id = base.clone();
    let mut k = 2;
    while registry.organization(&id).is_some() {
        id = format!("{base}-{k}");
        k += 1;
    }
    let mut names = vec![Name {
        text: name,
        lang: lang.clone(),
        kind: NameKind::Original,
        source: Some(NameSource::Edition),
    }];
    if let (Some(t), Some(_)) = (&e.translation, &e.name) {
        names.push(Name {
            text: t.clone(),
            lang: edition_language(list),
            kind: NameKind::Translation,
            source: Some(NameSource::Edition),
        });
    }
    if let Some(t) = &e.transliteration {
        names.push(Name {
            text: t.clone(),
            lang: Language::from_id(
                format!("{}-Latn", lang.primary_language())
                    .parse()
                    .unwrap_or_default(),
            ),
            kind: NameKind::Transliteration { scheme: None },
            source: Some(NameSource::Edition),
        });
    }
    Organization {
        id,
        countries: e
            .country_code
            .iter()
            .filter_map(|c| CountryCode::try_new(c).ok().map(Place::Country))
            .collect(),
        name_shows_country: e.country.is_none(),
        region: None,
        acronyms: e
            .acronym
            .iter()
            .map(|a| Acronym {
                text: a.clone(),
                lang: lang.clone(),
            })
            .collect(),
        names,
        identifiers: Vec::new(),
    }
}

/// What the edition prints that the organization's record does not hold, if anything.
fn printed_differences(org: &Organization, list: &ParsedList, e: &ParsedEntry) -> Option<Printed> {
    let unknown_name = |n: &Option<String>| {
        n.clone()
            .filter(|n| !org.names.iter().any(|x| x.text == *n))
    };
    let p = Printed {
        edition: Some(edition_language(list)),
        acronym: e
            .acronym
            .clone()
            .filter(|a| !org.acronyms.iter().any(|x| x.text == *a)),
        name: unknown_name(&e.name),
        transliteration: unknown_name(&e.transliteration),
        translation: unknown_name(&e.translation),
        country: None,
    };
    let any = p.acronym.is_some()
        || p.name.is_some()
        || p.transliteration.is_some()
        || p.translation.is_some();
    any.then_some(p)
}

/// The statement of a list: its heading's date and whether more may sign; never without a
/// section.
fn statement_of(list: &ParsedList, id: &str, sections: Vec<Section>) -> Statement {
    let heading = list.heading.as_ref();
    Statement {
        id: id.to_owned(),
        date: None,
        title: BTreeMap::new(),
        as_of: heading.and_then(|h| h.as_of),
        more_possible: heading.is_some_and(|h| h.more_possible),
        sections: if sections.is_empty() {
            vec![Section {
                kind: SectionKind::Initial,
                entries: Vec::new(),
            }]
        } else {
            sections
        },
    }
}
