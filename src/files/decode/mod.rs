//! Data files → model: reads the spanned document tree of a TOML or JSON file into areas,
//! organizations and statements, checking every value on the way and collecting every problem
//! with its line and column. Checks that need the whole registry (duplicate ids, references)
//! happen in [`crate::registry`], with the spans recorded here.

use std::collections::BTreeMap;

use crate::FastMap as HashMap;
use crate::FastSet as HashSet;
use std::ops::Range;

use unic_langid::LanguageIdentifier;

mod pipeline;

use super::listed::Listed;
use super::tree::{Event, Key, Node, SyntaxError, Value};
use crate::date::PartialDate;
use crate::error::{Cursor, LineIndex, Location, Pos, Problem, ProblemKind, excerpt};
use crate::locale as cldr;
use crate::locale::Language;
use crate::organization::{
    Acronym, Area, CountryCode, Identifier, Name, NameKind, Organization, Place, is_slug,
};
use crate::statement::{Entry, Printed, Section, SectionKind, Statement};
use crate::text;

pub use super::Format;

/// Reports problems with locations in one source text.
pub(crate) struct Reporter<'a> {
    pub file: String,
    src: &'a str,
    lines: LineIndex<'a>,
    problems: Listed,
    /// What the caller should know but does not make the file invalid (spoofing).
    warnings: Listed,
    /// CLDR answers for tags and country codes already seen: a registry repeats a few dozen.
    tags: HashMap<String, TagAnswer>,
    countries: HashMap<String, bool>,
    /// Ids and references of every record read so far.
    pub refs: Refs,
    /// The spans of the unknown top-level keys reported (records stream in, and a key's
    /// items are reported under its first span once).
    unknown_keys: HashSet<(usize, usize)>,
    /// Whether problems and warnings are still listed, not only counted: a reporter of a part
    /// of the text stops listing once the whole file's list is full.
    listing: (bool, bool),
    /// The places ([`Reporter::pos`]) of the record being decoded are counted from the last
    /// place asked, or from the record's start.
    cursor: Cursor,
    record: Cursor,
}

/// What was reported about a source, and the means to report more at places already known:
/// the checks across records, which run once the source's text is gone.
pub(crate) struct Findings {
    pub file: String,
    problems: Listed,
    warnings: Listed,
}

/// What a reporter was told about a part of a text ([`Reporter::take_reported`]).
pub(crate) struct Reported {
    problems: Listed,
    warnings: Listed,
    refs: Refs,
}

/// What a reporter held at one moment (see [`Reporter::rollback`]).
pub(crate) struct Checkpoint {
    problems: (usize, usize),
    warnings: (usize, usize),
}

/// Ids and references of every record of a source, valid or not, with their spans: checks
/// across records (duplicate ids, unknown areas and organizations) see every record in one
/// pass, so a record with a problem of its own still has its references checked.
#[derive(Debug, Default)]
pub(crate) struct Refs {
    pub area_ids: Vec<(String, Pos)>,
    /// The ids of the organizations left out for their problems: a decoded organization's id
    /// is its own ([`Decoded::org_ids`] has both, in the file's order).
    pub org_ids: Vec<(String, Pos)>,
    pub statement_ids: Vec<(String, Pos)>,
    /// Areas named in organizations' `countries`.
    pub area_refs: Vec<(String, Pos)>,
    /// Organizations named in statement entries.
    pub org_refs: Vec<(String, Pos)>,
}

/// A checked language tag, and whether it was replaced by its preferred form.
type TagAnswer = Result<(LanguageIdentifier, bool), String>;

impl<'a> Reporter<'a> {
    pub(crate) fn new(file: impl Into<String>, src: &'a str) -> Self {
        Reporter {
            file: file.into(),
            src,
            lines: LineIndex::new(src),
            problems: Listed::default(),
            warnings: Listed::default(),
            tags: HashMap::default(),
            countries: HashMap::default(),
            refs: Refs::default(),
            unknown_keys: HashSet::default(),
            listing: (true, true),
            cursor: Cursor::START,
            record: Cursor::START,
        }
    }

    /// Starts a record at byte `offset`: its place, `at` where the caller knows it (a record
    /// handed to another thread is placed by the reader), else counted from the last place
    /// asked. The places of the record's fields are counted from here.
    pub(crate) fn start_record(&mut self, offset: usize, at: Option<Pos>) -> Pos {
        let at = match at {
            Some(at) => {
                self.cursor = Cursor::new(self.boundary(offset), at);
                at
            }
            None => self.pos(&(offset..offset)),
        };
        self.record = self.cursor;
        at
    }

    /// The start of the character at byte `offset` of the text.
    fn boundary(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The place of a span's start, kept for the checks across records: counted from the
    /// last place asked, or from the record's start, or (a span before the record, as a
    /// record read out of the file's order) from the line index.
    pub(crate) fn pos(&mut self, span: &Range<usize>) -> Pos {
        if let Some(at) = self.cursor.advance(self.src, span.start) {
            return at;
        }
        // Counted again from the record's start where it is near, else from the index.
        let mut from_record = self.record;
        let near = span.start.saturating_sub(from_record.offset()) <= crate::error::MARK_BYTES;
        let at = match from_record.advance(self.src, span.start).filter(|_| near) {
            Some(at) => at,
            None => Pos::of(self.lines.position(span.start)),
        };
        self.cursor = Cursor::new(self.boundary(span.start), at);
        at
    }

    /// What was reported, without the text: the checks across records report more at the
    /// places kept ([`Pos`]).
    pub(crate) fn findings(self) -> Findings {
        Findings {
            file: self.file,
            problems: self.problems,
            warnings: self.warnings,
        }
    }

    /// Whether problems, and warnings, reported from now on are listed (else only counted).
    pub(crate) fn set_listing(&mut self, problems: bool, warnings: bool) {
        self.listing = (problems, warnings);
    }

    /// Whether the lists of problems, and of warnings, are full: what is reported after is
    /// only counted.
    pub(crate) fn lists_full(&self) -> (bool, bool) {
        (self.problems.is_full(), self.warnings.is_full())
    }

    /// What the reporter holds now, to return to with [`Reporter::rollback`].
    pub(crate) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            problems: self.problems.mark(),
            warnings: self.warnings.mark(),
        }
    }

    /// Forgets what was reported since `at`, and every reference read: a file whose syntax
    /// breaks after some records were read reports its syntax error alone.
    pub(crate) fn rollback(&mut self, at: Checkpoint) {
        self.problems.rollback(at.problems);
        self.warnings.rollback(at.warnings);
        self.refs = Refs::default();
    }

    pub(crate) fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.lines.position(span.start);
        Location {
            file: self.file.clone(),
            line,
            column,
            field: None,
        }
    }

    fn problem(
        &self,
        span: &Range<usize>,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) -> Problem {
        Problem {
            kind,
            location: self.location(span),
            message: message.into(),
            value: excerpt(value),
        }
    }

    /// Records what the caller should know but does not make the file invalid.
    pub(crate) fn warn(
        &mut self,
        span: &Range<usize>,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) {
        if self.warnings.count_one(self.listing.1) {
            let p = self.problem(span, kind, message, value);
            self.warnings.keep(p);
        }
    }

    /// Records a problem that makes the file invalid.
    pub(crate) fn report(
        &mut self,
        span: &Range<usize>,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) {
        if self.problems.count_one(self.listing.0) {
            let p = self.problem(span, kind, message, value);
            self.problems.keep(p);
        }
    }

    /// How many problems were reported, listed or not.
    pub(crate) fn error_count(&self) -> usize {
        self.problems.count()
    }

    /// Records a problem that makes the file invalid at a place already known.
    pub(crate) fn report_at(
        &mut self,
        at: Pos,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) {
        let listing = self.listing.0;
        keep(
            &mut self.problems,
            listing,
            &self.file,
            at,
            (kind, message, value),
        );
    }

    /// The listed problems and warnings, each list ending in a count of those not listed.
    #[cfg(test)]
    pub(crate) fn finish(self) -> (Vec<Problem>, Vec<Problem>) {
        self.findings().finish()
    }

    /// What was reported since the last call (problems, warnings, their counts, and the
    /// records' ids and references), handed over to be [`Reporter::absorb`]ed by the reporter
    /// of the whole file: a part of the records decoded on another thread.
    pub(crate) fn take_reported(&mut self) -> Reported {
        Reported {
            problems: std::mem::take(&mut self.problems),
            warnings: std::mem::take(&mut self.warnings),
            refs: std::mem::take(&mut self.refs),
        }
    }

    /// Takes what another reporter of the same text was told, as if it had been told to this
    /// one after what it was told so far: the same problems listed, in the same order, and the
    /// same counts (each part lists at least as many as this reporter can still list).
    pub(crate) fn absorb(&mut self, part: Reported) {
        self.problems.absorb(part.problems);
        self.warnings.absorb(part.warnings);
        let (to, from) = (&mut self.refs, part.refs);
        to.area_ids.extend(from.area_ids);
        to.org_ids.extend(from.org_ids);
        to.statement_ids.extend(from.statement_ids);
        to.area_refs.extend(from.area_refs);
        to.org_refs.extend(from.org_refs);
    }

    /// The source text of a span, for values that are not strings.
    fn source(&self, span: &Range<usize>) -> &'a str {
        self.src.get(span.clone()).unwrap_or("")
    }
}

/// Whether a finding makes the file invalid (a problem) or is for the caller to know (a
/// warning: a look-alike text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Severity {
    Problem,
    Warning,
}

impl Findings {
    /// Records a problem or a warning at a place already known.
    pub(crate) fn note(
        &mut self,
        severity: Severity,
        at: Pos,
        kind: ProblemKind,
        message: impl Into<String>,
        value: &str,
    ) {
        let list = match severity {
            Severity::Problem => &mut self.problems,
            Severity::Warning => &mut self.warnings,
        };
        keep(list, true, &self.file, at, (kind, message, value));
    }

    /// The listed problems and warnings, each list ending in a count of those not listed.
    pub(crate) fn finish(self) -> (Vec<Problem>, Vec<Problem>) {
        (
            self.problems.finish(&self.file, "problems"),
            self.warnings.finish(&self.file, "warnings"),
        )
    }
}

/// Counts a problem at a known place of `file` in `list`, and lists it if `listing` and the
/// list has room.
fn keep(
    list: &mut Listed,
    listing: bool,
    file: &str,
    at: Pos,
    (kind, message, value): (ProblemKind, impl Into<String>, &str),
) {
    if list.count_one(listing) {
        list.keep(Problem {
            kind,
            location: Location {
                file: file.to_owned(),
                line: at.line as usize,
                column: at.column as usize,
                field: None,
            },
            message: message.into(),
            value: excerpt(value),
        });
    }
}

/// Spans of what the registry checks across records.
#[derive(Debug, Default)]
/// (Ids and references of every record, valid or not, are in [`Refs`].)
pub(crate) struct Spans {
    /// Per organization: the place of its id, where the places of its texts start in
    /// `texts`, and how many of them are acronyms.
    orgs: Vec<(Pos, u32, u16)>,
    /// The place of every acronym, then every name, of every organization, in order.
    texts: Vec<Pos>,
    /// Per statement, in [`Statement::entries`] order, the place of each entry's `printed`
    /// table, where it has one.
    pub entry_printed: Vec<Vec<Option<Pos>>>,
}

impl Spans {
    /// Records the places of an organization's id, acronyms and names.
    fn push_org(&mut self, id: Pos, acronyms: &[Pos], names: &[Pos]) {
        let first = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
        let n = u16::try_from(acronyms.len()).unwrap_or(u16::MAX);
        self.orgs.push((id, first, n));
        self.texts.extend(acronyms.iter().chain(names));
    }

    /// Appends the spans of the records decoded after this one's.
    fn append(&mut self, other: Spans) {
        let base = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
        self.orgs.extend(
            other
                .orgs
                .into_iter()
                .map(|(id, first, n)| (id, first.saturating_add(base), n)),
        );
        self.texts.extend(other.texts);
        self.entry_printed.extend(other.entry_printed);
    }

    /// The place of organization `i`'s id.
    pub(crate) fn org_id(&self, i: usize) -> Pos {
        self.orgs.get(i).map_or(Pos::START, |&(id, _, _)| id)
    }

    /// The place of organization `i`'s `k`-th text (acronyms, then names).
    pub(crate) fn org_text(&self, i: usize, k: usize) -> Option<Pos> {
        let &(_, first, _) = self.orgs.get(i)?;
        let end = self
            .orgs
            .get(i + 1)
            .map_or(self.texts.len(), |&(_, f, _)| f as usize);
        let at = first as usize + k;
        (at < end).then(|| self.texts.get(at).copied()).flatten()
    }

    /// The place of organization `i`'s `j`-th acronym.
    pub(crate) fn org_acronym(&self, i: usize, j: usize) -> Option<Pos> {
        let &(_, _, n) = self.orgs.get(i)?;
        (j < usize::from(n)).then(|| self.org_text(i, j)).flatten()
    }
}

/// What one file holds.
#[derive(Debug, Default)]
pub(crate) struct Decoded {
    pub areas: Vec<Area>,
    pub organizations: Vec<Organization>,
    pub statements: Vec<Statement>,
    pub spans: Spans,
    /// Ids and references of every record, valid or not.
    pub refs: Refs,
}

impl Decoded {
    /// The id of every organization read, decoded or left out for its problems, with its
    /// place, in the file's order.
    pub(crate) fn org_ids(&self) -> impl Iterator<Item = (&str, Pos)> {
        let mut decoded = self
            .organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), self.spans.org_id(i)))
            .peekable();
        let mut left_out = self
            .refs
            .org_ids
            .iter()
            .map(|(id, at)| (id.as_str(), *at))
            .peekable();
        std::iter::from_fn(move || match (decoded.peek(), left_out.peek()) {
            (Some(a), Some(b)) if b.1 < a.1 => left_out.next(),
            (Some(_), _) => decoded.next(),
            (None, _) => left_out.next(),
        })
    }

    /// Appends the records decoded after this one's (their ids and references are in the
    /// reporter until the file is read).
    pub(super) fn append(&mut self, other: Decoded) {
        self.areas.extend(other.areas);
        self.organizations.extend(other.organizations);
        self.statements.extend(other.statements);
        self.spans.append(other.spans);
    }
}

/// Decodes what a reader hands as it reads a file ([`Event`]).
pub(super) fn on_event(
    rep: &mut Reporter<'_>,
    out: &mut Decoded,
    event: Event<'_, '_>,
    fields: &[&str],
) {
    match event {
        Event::Root(root) => {
            table(rep, &root, "the file", fields);
        }
        Event::Field(key, node) => {
            if unknown_top_level(rep, key, fields) {
                array(rep, &node, &key.name);
            }
        }
        Event::Item(key, item) => {
            if key_checked(rep, key, fields) {
                record(rep, &key.name, &item, out, None);
            }
        }
    }
}

/// Parses and decodes a source text. Syntax errors stop there; every other problem is reported
/// in `rep` and the records that had problems are left out of the result.
pub(crate) fn decode(src: &str, format: Format, rep: &mut Reporter<'_>) -> Decoded {
    const FIELDS: &[&str] = &["area", "organization", "statement"];
    let mut out = Decoded::default();
    // Records are decoded as they are read: the tree of one record at a time.
    let checkpoint = rep.checkpoint();
    let parsed = match format {
        Format::Toml => {
            if pipeline::records(src, rep, &mut out, FIELDS, |f| super::toml::records(src, f)) {
                Ok(())
            } else {
                // Read whole (see `toml_records`): what was read apart is forgotten.
                rep.rollback(checkpoint);
                out = Decoded::default();
                super::toml::parse(src).map(|root| {
                    let Some(fields) = table(rep, &root, "the file", FIELDS) else {
                        return;
                    };
                    for (key, node) in fields {
                        // An unknown top-level table was reported once, as an unknown field
                        // of the file: its contents are not read as anything else.
                        if FIELDS.contains(&key.name.as_ref()) {
                            for item in array(rep, node, &key.name) {
                                record(rep, &key.name, item, &mut out, None);
                            }
                        }
                    }
                })
            }
        }
        Format::Json => {
            let result =
                pipeline::records(src, rep, &mut out, FIELDS, |f| super::json::records(src, f));
            if result.is_err() {
                // A file that does not parse reports its syntax error alone, as TOML does.
                rep.rollback(checkpoint);
                out = Decoded::default();
            }
            result
        }
    };
    if let Err(errors) = parsed {
        for SyntaxError { span, message } in errors {
            // The whole line the error is on: the part after the error may be empty.
            let line_start = src
                .get(..span.start.min(src.len()))
                .and_then(|s| s.rfind('\n'))
                .map_or(0, |i| i + 1);
            let value = src
                .get(line_start..)
                .and_then(|s| s.lines().next())
                .unwrap_or("")
                .trim();
            rep.report(
                &span,
                ProblemKind::Syntax,
                format!("syntax error: {message}"),
                value,
            );
        }
        return Decoded::default();
    }
    out.refs = std::mem::take(&mut rep.refs);
    out
}

/// Decodes organizations given as document trees ([`super::encode::organization_tree`]) by the
/// rules a data file's `organization` records are decoded by; as [`decode`], the records with
/// problems are left out and the problems reported in `rep`.
pub(crate) fn decode_organizations<'t>(
    trees: impl Iterator<Item = Node<'t>>,
    rep: &mut Reporter<'_>,
) -> Decoded {
    let mut out = Decoded::default();
    for tree in trees {
        record(rep, "organization", &tree, &mut out, None);
    }
    out.refs = std::mem::take(&mut rep.refs);
    out
}

/// Reports a top-level key that is not a data file's (once); whether it is one.
fn unknown_top_level(rep: &mut Reporter<'_>, key: &Key<'_>, allowed: &[&str]) -> bool {
    if allowed.contains(&key.name.as_ref()) {
        return true;
    }
    rep.report(
        &key.span,
        ProblemKind::UnknownField,
        format!(
            "unknown field in the file (expected {})",
            allowed.join(", ")
        ),
        &key.name,
    );
    false
}

/// As [`unknown_top_level`], reporting an unknown key only at its first item.
pub(super) fn key_checked(rep: &mut Reporter<'_>, key: &Key<'_>, allowed: &[&str]) -> bool {
    if allowed.contains(&key.name.as_ref()) {
        return true;
    }
    if rep.unknown_keys.insert((key.span.start, key.span.end)) {
        unknown_top_level(rep, key, allowed);
    }
    false
}

/// Decodes one record of a data file's `area`, `organization` or `statement` array; `at` is
/// its place where the caller knows it ([`Reporter::start_record`]).
pub(super) fn record(
    rep: &mut Reporter<'_>,
    kind: &str,
    item: &Node<'_>,
    out: &mut Decoded,
    at: Option<Pos>,
) {
    rep.start_record(item.span.start, at);
    match kind {
        "area" => {
            if let Some(a) = area(rep, item) {
                out.areas.push(a);
            }
        }
        "organization" => {
            if let Some((o, id, acr, names)) = organization(rep, item) {
                out.organizations.push(o);
                out.spans.push_org(id, &acr, &names);
            }
        }
        _ => {
            if let Some((s, printed)) = statement(rep, item) {
                out.statements.push(s);
                out.spans.entry_printed.push(printed);
            }
        }
    }
}

fn table<'n, 's>(
    rep: &mut Reporter<'_>,
    node: &'n Node<'s>,
    what: &str,
    allowed: &[&str],
) -> Option<&'n [(Key<'s>, Node<'s>)]> {
    match &node.value {
        Value::Table(fields) => {
            for (k, _) in fields {
                if !allowed.contains(&k.name.as_ref()) {
                    rep.report(
                        &k.span,
                        ProblemKind::UnknownField,
                        format!("unknown field in {what} (expected {})", allowed.join(", ")),
                        &k.name,
                    );
                }
            }
            Some(fields)
        }
        other => {
            let src = rep.source(&node.span);
            rep.report(
                &node.span,
                ProblemKind::WrongType,
                format!("expected {what} to be a table, found {}", other.type_name()),
                src,
            );
            None
        }
    }
}

fn get<'n, 's>(fields: &'n [(Key<'s>, Node<'s>)], name: &str) -> Option<&'n Node<'s>> {
    fields.iter().find(|(k, _)| k.name == name).map(|(_, v)| v)
}

fn required<'n, 's>(
    rep: &mut Reporter<'_>,
    fields: &'n [(Key<'s>, Node<'s>)],
    name: &str,
    at: &Node<'_>,
    what: &str,
) -> Option<&'n Node<'s>> {
    let found = get(fields, name);
    if found.is_none() {
        let src: String = rep.source(&at.span).chars().take(40).collect();
        rep.report(
            &at.span,
            ProblemKind::MissingField,
            format!("missing field `{name}` in {what}"),
            &src,
        );
    }
    found
}

fn array<'n, 's>(rep: &mut Reporter<'_>, node: &'n Node<'s>, what: &str) -> &'n [Node<'s>] {
    match &node.value {
        Value::Array(items) => items,
        other => {
            let src = rep.source(&node.span);
            rep.report(
                &node.span,
                ProblemKind::WrongType,
                format!(
                    "expected `{what}` to be an array, found {}",
                    other.type_name()
                ),
                src,
            );
            &[]
        }
    }
}

/// An array of at most `max` items; a longer one is reported (and its items left unread).
fn bounded<'n, 's>(
    rep: &mut Reporter<'_>,
    node: &'n Node<'s>,
    what: &str,
    max: usize,
) -> &'n [Node<'s>] {
    let items = array(rep, node, what);
    if items.len() > max {
        rep.report(
            &node.span,
            ProblemKind::TooMany,
            format!("more than {max} {what} in one organization"),
            &items.len().to_string(),
        );
        return &[];
    }
    items
}

fn string<'n, 's>(rep: &mut Reporter<'_>, node: &'n Node<'s>, what: &str) -> Option<&'n str> {
    match &node.value {
        Value::String(s) => Some(s),
        other => {
            let src = rep.source(&node.span);
            rep.report(
                &node.span,
                ProblemKind::WrongType,
                format!(
                    "expected {what} to be a string, found {}",
                    other.type_name()
                ),
                src,
            );
            None
        }
    }
}

/// A name, acronym or title: normalized, and checked for emptiness and forbidden characters.
fn text(rep: &mut Reporter<'_>, node: &Node<'_>, what: &str) -> Option<String> {
    let s = string(rep, node, what)?;
    // UTS #39 on every text that can be printed: names and acronyms, titles, area names,
    // printed overrides.
    match text::checked(s, what) {
        Ok((t, warning)) => {
            if let Some(message) = warning {
                rep.warn(&node.span, ProblemKind::MixedScripts, message, &t);
            }
            Some(t)
        }
        Err((p, message)) => {
            rep.report(&node.span, ProblemKind::Text(p), message, s);
            None
        }
    }
}

fn slug(rep: &mut Reporter<'_>, node: &Node<'_>, what: &str) -> Option<String> {
    let s = string(rep, node, what)?;
    if is_slug(s) {
        Some(s.to_owned())
    } else {
        rep.report(
            &node.span,
            ProblemKind::InvalidId,
            format!("invalid {what} (expected lowercase ASCII letters, digits and hyphens)"),
            s,
        );
        None
    }
}

/// Parses and checks a language tag; deprecated tags are replaced by their preferred form
/// (`iw` → `he`), and `true` says so.
pub(crate) fn parse_tag(s: &str) -> Result<(LanguageIdentifier, bool), String> {
    let preferred = cldr::preferred_tag(s);
    let spelled = preferred.as_deref().unwrap_or(s);
    let tag: LanguageIdentifier = spelled
        .parse()
        .map_err(|_| "invalid language tag".to_owned())?;
    cldr::check_language(&tag).map(|()| (tag, preferred.is_some()))
}

/// A language tag at a node or key, checked (answers cached per spelling), with a warning
/// where a deprecated tag was replaced.
fn checked_tag(
    rep: &mut Reporter<'_>,
    s: &str,
    span: &Range<usize>,
    what: &str,
) -> Option<Language> {
    let checked = match rep.tags.get(s) {
        Some(r) => r.clone(),
        None => {
            let r = parse_tag(s);
            rep.tags.insert(s.to_owned(), r.clone());
            r
        }
    };
    match checked {
        Ok((t, replaced)) => {
            if replaced {
                rep.warn(
                    span,
                    ProblemKind::DeprecatedTag,
                    format!("deprecated language tag in {what}, read as its preferred form {t}"),
                    s,
                );
            }
            Some(Language::from_id(t))
        }
        Err(msg) => {
            rep.report(
                span,
                ProblemKind::LanguageTag,
                format!("{msg} in {what}"),
                s,
            );
            None
        }
    }
}

fn tag(rep: &mut Reporter<'_>, node: &Node<'_>, what: &str) -> Option<Language> {
    let s = string(rep, node, what)?;
    checked_tag(rep, s, &node.span, what)
}

fn boolean(rep: &mut Reporter<'_>, node: &Node<'_>, what: &str) -> Option<bool> {
    match &node.value {
        Value::Bool(b) => Some(*b),
        other => {
            let src = rep.source(&node.span);
            rep.report(
                &node.span,
                ProblemKind::WrongType,
                format!(
                    "expected {what} to be true or false, found {}",
                    other.type_name()
                ),
                src,
            );
            None
        }
    }
}

fn date(rep: &mut Reporter<'_>, node: &Node<'_>, what: &str) -> Option<PartialDate> {
    let s = match &node.value {
        Value::Datetime(s) => s.as_str(),
        _ => string(rep, node, what)?,
    };
    match s.parse() {
        Ok(d) => Some(d),
        Err(e) => {
            rep.report(&node.span, ProblemKind::Date, format!("{e} in {what}"), s);
            None
        }
    }
}

/// A map of language tag → text (`title = { en = "…" }`, an area's `names`).
fn texts_by_language(
    rep: &mut Reporter<'_>,
    node: &Node<'_>,
    what: &str,
) -> Option<BTreeMap<Language, String>> {
    let Value::Table(fields) = &node.value else {
        let src = rep.source(&node.span);
        rep.report(
            &node.span,
            ProblemKind::WrongType,
            format!(
                "expected {what} to be a table of language tag = text, found {}",
                node.value.type_name()
            ),
            src,
        );
        return None;
    };
    let before = rep.error_count();
    let mut out = BTreeMap::new();
    for (k, v) in fields {
        let t = checked_tag(rep, &k.name, &k.span, what);
        let s = text(rep, v, what);
        if let (Some(t), Some(s)) = (t, s)
            && let Some(first) = out.insert(t, s)
        {
            // `en` and `EN` (or `iw` and `he`) are one language: the second would silently
            // replace the first.
            let _ = first;
            rep.report(
                &k.span,
                ProblemKind::DuplicateLanguage,
                format!(
                    "language given twice in {what} (tags that differ only in case or spelling)"
                ),
                &k.name,
            );
        }
    }
    (rep.error_count() == before).then_some(out)
}

fn area(rep: &mut Reporter<'_>, node: &Node<'_>) -> Option<Area> {
    let fields = table(rep, node, "area", &["id", "names"])?;
    let before = rep.error_count();
    let id_node = required(rep, fields, "id", node, "area");
    let id = id_node.and_then(|n| slug(rep, n, "area id"));
    if let (Some(id), Some(n)) = (&id, id_node) {
        let at = rep.pos(&n.span);
        rep.refs.area_ids.push((id.clone(), at));
    }
    let names = required(rep, fields, "names", node, "area")
        .and_then(|n| texts_by_language(rep, n, "area names"));
    if let Some(names) = &names
        && names.is_empty()
    {
        rep.report(
            &node.span,
            ProblemKind::NoName,
            "area has no name",
            id.as_deref().unwrap_or(""),
        );
    }
    if rep.error_count() != before {
        return None;
    }
    Some(Area {
        id: id?,
        names: names?,
    })
}

/// An organization with the spans of its id, acronyms and names.
/// The fields of a table, as the document tree holds them.
type Fields<'s> = [(Key<'s>, Node<'s>)];

type OrgDecoded = (Organization, Pos, Vec<Pos>, Vec<Pos>);

fn organization(rep: &mut Reporter<'_>, node: &Node<'_>) -> Option<OrgDecoded> {
    const FIELDS: &[&str] = &[
        "id",
        "countries",
        "name-shows-country",
        "region",
        "acronyms",
        "names",
        "identifiers",
    ];
    let fields = table(rep, node, "organization", FIELDS)?;
    let before = rep.error_count();
    let id_node = required(rep, fields, "id", node, "organization");
    let id = id_node.and_then(|n| slug(rep, n, "organization id"));
    let id_at = id_node.map(|n| rep.pos(&n.span));
    // Each step reports its field's problems in the order of the fields above.
    let countries = org_countries(rep, fields);
    let name_shows_country = get(fields, "name-shows-country")
        .and_then(|n| boolean(rep, n, "name-shows-country"))
        .unwrap_or(false);
    let region = get(fields, "region").and_then(|n| org_region(rep, n));
    let (acronyms, acronym_spans) = org_acronyms(rep, fields);
    let (names, name_spans) = org_names(rep, fields, node);
    let identifiers = org_identifiers(rep, fields);
    if rep.error_count() == before && names.is_empty() {
        rep.report(
            &node.span,
            ProblemKind::NoName,
            "organization has no name",
            id.as_deref().unwrap_or(""),
        );
    }
    if rep.error_count() != before {
        // The id of an organization left out, for the checks across records (a valid one's
        // is its own, with its span in `Spans`).
        if let (Some(id), Some(at)) = (id, id_at) {
            rep.refs.org_ids.push((id, at));
        }
        return None;
    }
    let org = Organization {
        id: id?,
        countries,
        name_shows_country,
        region,
        acronyms,
        names,
        identifiers,
    };
    Some((org, id_at?, acronym_spans, name_spans))
}

// Each list of an organization is allocated at its length: a registry holds millions of these
// short lists, and a list grown by pushing takes room for four.

/// An organization's `countries`: country codes and area ids (an area id is noted for the
/// reference check).
fn org_countries(rep: &mut Reporter<'_>, fields: &Fields<'_>) -> Vec<Place> {
    let mut countries = Vec::new();
    if let Some(n) = get(fields, "countries") {
        let items = bounded(rep, n, "countries", crate::organization::MAX_PLACES);
        countries.reserve_exact(items.len());
        for item in items {
            if let Some(p) = place(rep, item) {
                if let Place::Area(a) = &p {
                    let at = rep.pos(&item.span);
                    rep.refs.area_refs.push((a.clone(), at));
                }
                countries.push(p);
            }
        }
    }
    countries
}

/// An organization's `region`: a UN M49 code that CLDR names.
fn org_region(rep: &mut Reporter<'_>, n: &Node<'_>) -> Option<String> {
    let s = string(rep, n, "region")?;
    if cldr::is_known_m49(s) {
        Some(s.to_owned())
    } else {
        rep.report(
            &n.span,
            ProblemKind::Region,
            "unknown region (expected a UN M49 code that CLDR names, such as 150 for Europe)",
            s,
        );
        None
    }
}

/// An organization's `acronyms`, each with its place.
fn org_acronyms(rep: &mut Reporter<'_>, fields: &Fields<'_>) -> (Vec<Acronym>, Vec<Pos>) {
    let mut acronyms = Vec::new();
    let mut spans = Vec::new();
    if let Some(n) = get(fields, "acronyms") {
        let items = bounded(rep, n, "acronyms", crate::organization::MAX_ACRONYMS);
        acronyms.reserve_exact(items.len());
        for item in items {
            let Some(f) = table(rep, item, "acronym", &["text", "lang"]) else {
                continue;
            };
            let t = required(rep, f, "text", item, "acronym").and_then(|n| text(rep, n, "acronym"));
            let l = required(rep, f, "lang", item, "acronym").and_then(|n| tag(rep, n, "acronym"));
            if let (Some(text), Some(lang)) = (t, l) {
                acronyms.push(Acronym { text, lang });
                spans.push(rep.pos(&item.span));
            }
        }
    }
    (acronyms, spans)
}

/// An organization's `names` (required), each with its place.
fn org_names(
    rep: &mut Reporter<'_>,
    fields: &Fields<'_>,
    node: &Node<'_>,
) -> (Vec<Name>, Vec<Pos>) {
    let mut names = Vec::new();
    let mut spans = Vec::new();
    if let Some(n) = required(rep, fields, "names", node, "organization") {
        let items = bounded(rep, n, "names", crate::organization::MAX_NAMES);
        names.reserve_exact(items.len());
        for item in items {
            if let Some(name) = name(rep, item) {
                names.push(name);
                spans.push(rep.pos(&item.span));
            }
        }
    }
    (names, spans)
}

/// An organization's `identifiers` in other datasets.
fn org_identifiers(rep: &mut Reporter<'_>, fields: &Fields<'_>) -> Vec<Identifier> {
    let mut identifiers = Vec::new();
    if let Some(n) = get(fields, "identifiers") {
        let items = bounded(rep, n, "identifiers", crate::organization::MAX_IDENTIFIERS);
        identifiers.reserve_exact(items.len());
        for item in items {
            let Some(f) = table(rep, item, "identifier", &["scheme", "value"]) else {
                continue;
            };
            let s = required(rep, f, "scheme", item, "identifier")
                .and_then(|n| text(rep, n, "identifier scheme"));
            let v = required(rep, f, "value", item, "identifier")
                .and_then(|n| text(rep, n, "identifier value"));
            if let (Some(scheme), Some(value)) = (s, v) {
                identifiers.push(Identifier { scheme, value });
            }
        }
    }
    identifiers
}

fn place(rep: &mut Reporter<'_>, node: &Node<'_>) -> Option<Place> {
    let s = string(rep, node, "country")?;
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        let known = match rep.countries.get(s) {
            Some(k) => *k,
            None => {
                let k = cldr::is_known_country(s);
                rep.countries.insert(s.to_owned(), k);
                k
            }
        };
        if let (true, Ok(code)) = (known, CountryCode::try_new(s)) {
            Some(Place::Country(code))
        } else {
            rep.report(
                &node.span, ProblemKind::Country,
                "unknown country code (not an assigned ISO 3166-1 alpha-2 code; name other places with an [[area]])",
                s,
            );
            None
        }
    } else if is_slug(s) {
        Some(Place::Area(s.to_owned()))
    } else {
        rep.report(
            &node.span,
            ProblemKind::Country,
            "invalid country (expected an ISO 3166-1 alpha-2 code or an area id)",
            s,
        );
        None
    }
}

fn name(rep: &mut Reporter<'_>, node: &Node<'_>) -> Option<Name> {
    const FIELDS: &[&str] = &["text", "lang", "kind", "scheme", "from", "until", "source"];
    let f = table(rep, node, "name", FIELDS)?;
    let before = rep.error_count();
    let t = required(rep, f, "text", node, "name").and_then(|n| text(rep, n, "name"));
    let lang_node = required(rep, f, "lang", node, "name");
    let lang = lang_node.and_then(|n| tag(rep, n, "name"));
    let kind_node = required(rep, f, "kind", node, "name");
    let kind_str = kind_node.and_then(|n| string(rep, n, "name kind"));
    let scheme = get(f, "scheme").and_then(|n| text(rep, n, "transliteration scheme"));
    let from = get(f, "from").and_then(|n| date(rep, n, "from"));
    let until = get(f, "until").and_then(|n| date(rep, n, "until"));
    let source = get(f, "source").and_then(|n| name_source(rep, n));
    let kind = name_kind(rep, kind_str, kind_node, scheme, from, until);
    if let Some(kind) = &kind {
        check_kind_fields(rep, f, kind);
        if let (NameKind::Transliteration { .. }, Some(l), Some(n)) = (kind, &lang, lang_node) {
            check_transliteration_tag(rep, l.id(), n);
        }
    }
    if let (
        Some(NameKind::Former {
            from: Some(a),
            until: Some(b),
        }),
        Some(n),
    ) = (&kind, get(f, "until"))
        && b < a
    {
        rep.report(
            &n.span,
            ProblemKind::Date,
            "former name ends before it starts",
            &b.to_string(),
        );
    }
    if rep.error_count() != before {
        return None;
    }
    Some(Name {
        text: t?,
        lang: lang?,
        kind: kind?,
        source,
    })
}

/// A name's `source`: who wrote it.
fn name_source(rep: &mut Reporter<'_>, n: &Node<'_>) -> Option<crate::organization::NameSource> {
    let s = string(rep, n, "name source")?;
    match s.parse::<crate::organization::NameSource>() {
        Ok(source) => Some(source),
        Err(_) => {
            rep.report(
                &n.span,
                ProblemKind::UnknownKind,
                "unknown name source (expected organization, edition, dataset, or wikidata:, popolo:, csv: and a reference)",
                s,
            );
            None
        }
    }
}

/// A name's `kind`, with the fields that belong to it (a transliteration's scheme, a former
/// name's dates).
fn name_kind(
    rep: &mut Reporter<'_>,
    kind: Option<&str>,
    kind_node: Option<&Node<'_>>,
    scheme: Option<String>,
    from: Option<PartialDate>,
    until: Option<PartialDate>,
) -> Option<NameKind> {
    match kind {
        Some("original") => Some(NameKind::Original),
        Some("translation") => Some(NameKind::Translation),
        Some("transliteration") => Some(NameKind::Transliteration { scheme }),
        Some("former") => Some(NameKind::Former { from, until }),
        Some("short") => Some(NameKind::Short),
        Some(other) => {
            if let Some(n) = kind_node {
                rep.report(
                    &n.span, ProblemKind::UnknownKind,
                    "unknown name kind (expected original, translation, transliteration, former or short)",
                    other,
                );
            }
            None
        }
        None => None,
    }
}

/// Fields given to a name of a kind they do not apply to (`scheme` outside a transliteration,
/// `from` and `until` outside a former name).
fn check_kind_fields(rep: &mut Reporter<'_>, f: &Fields<'_>, kind: &NameKind) {
    for (field, allowed) in [
        ("scheme", matches!(kind, NameKind::Transliteration { .. })),
        ("from", matches!(kind, NameKind::Former { .. })),
        ("until", matches!(kind, NameKind::Former { .. })),
    ] {
        if !allowed && let Some((k, _)) = f.iter().find(|(k, _)| k.name == field) {
            rep.report(
                &k.span,
                ProblemKind::FieldNotApplicable,
                format!(
                    "field `{field}` does not apply to a name of kind {}",
                    kind.as_str()
                ),
                field,
            );
        }
    }
}

/// A transliteration must be tagged with a Latin script (`ru-Latn`), by CLDR's likely scripts.
fn check_transliteration_tag(rep: &mut Reporter<'_>, l: &LanguageIdentifier, n: &Node<'_>) {
    let script = cldr::likely_script(l);
    if script.is_none_or(|s| s.as_str() != "Latn") {
        rep.report(
            &n.span,
            ProblemKind::TransliterationScript,
            "transliteration tagged with a non-Latin script (tag it like ru-Latn)",
            &l.to_string(),
        );
    }
}

/// A statement with the place of each entry's `printed` table, where it has one.
type StatementDecoded = (Statement, Vec<Option<Pos>>);

fn statement(rep: &mut Reporter<'_>, node: &Node<'_>) -> Option<StatementDecoded> {
    const FIELDS: &[&str] = &["id", "date", "title", "as-of", "more-possible", "section"];
    let f = table(rep, node, "statement", FIELDS)?;
    let before = rep.error_count();
    let id_node = required(rep, f, "id", node, "statement");
    let id = id_node.and_then(|n| slug(rep, n, "statement id"));
    if let (Some(id), Some(n)) = (&id, id_node) {
        let at = rep.pos(&n.span);
        rep.refs.statement_ids.push((id.clone(), at));
    }
    let date_ = get(f, "date").and_then(|n| date(rep, n, "date"));
    let title = get(f, "title")
        .and_then(|n| texts_by_language(rep, n, "title"))
        .unwrap_or_default();
    let as_of = get(f, "as-of").and_then(|n| date(rep, n, "as-of"));
    let more_possible = get(f, "more-possible")
        .and_then(|n| boolean(rep, n, "more-possible"))
        .unwrap_or(false);
    let mut sections = Vec::new();
    let mut entry_spans = Vec::new();
    let mut listed: crate::FastSet<String> = crate::FastSet::default();
    if let Some(n) = get(f, "section") {
        for item in array(rep, n, "section") {
            let Some(sf) = table(rep, item, "section", &["kind", "entries"]) else {
                continue;
            };
            let kind = required(rep, sf, "kind", item, "section").and_then(|n| {
                match string(rep, n, "section kind")? {
                    "initial" => Some(SectionKind::Initial),
                    "subsequent" => Some(SectionKind::Subsequent),
                    other => {
                        rep.report(
                            &n.span,
                            ProblemKind::UnknownKind,
                            "unknown section kind (expected initial or subsequent)",
                            other,
                        );
                        None
                    }
                }
            });
            let mut entries = Vec::new();
            if let Some(n) = required(rep, sf, "entries", item, "section") {
                for e in array(rep, n, "entries") {
                    if let Some((entry, span)) = entry(rep, e) {
                        if !listed.insert(entry.org.clone()) {
                            let at = match rep.refs.org_refs.last() {
                                Some(&(_, at)) => at,
                                None => rep.pos(&e.span),
                            };
                            rep.report_at(
                                at,
                                ProblemKind::DuplicateEntry,
                                "organization listed twice in this statement",
                                &entry.org,
                            );
                        }
                        entries.push(entry);
                        entry_spans.push(span);
                    }
                }
            }
            if let Some(kind) = kind {
                sections.push(Section { kind, entries });
            }
        }
    }
    if rep.error_count() != before {
        return None;
    }
    let s = Statement {
        id: id?,
        date: date_,
        title,
        as_of,
        more_possible,
        sections,
    };
    Some((s, entry_spans))
}

fn entry(rep: &mut Reporter<'_>, node: &Node<'_>) -> Option<(Entry, Option<Pos>)> {
    let f = table(rep, node, "entry", &["org", "printed"])?;
    let org_node = required(rep, f, "org", node, "entry")?;
    let org = slug(rep, org_node, "organization id")?;
    let at = rep.pos(&org_node.span);
    rep.refs.org_refs.push((org.clone(), at));
    let printed = match get(f, "printed") {
        None => None,
        Some(p) => {
            const FIELDS: &[&str] = &[
                "edition",
                "acronym",
                "name",
                "transliteration",
                "translation",
                "country",
            ];
            let pf = table(rep, p, "printed", FIELDS)?;
            let mut out = Printed {
                edition: get(pf, "edition").and_then(|n| tag(rep, n, "printed edition")),
                ..Printed::default()
            };
            for (field, slot) in [
                ("acronym", &mut out.acronym),
                ("name", &mut out.name),
                ("transliteration", &mut out.transliteration),
                ("translation", &mut out.translation),
                ("country", &mut out.country),
            ] {
                *slot = get(pf, field).and_then(|n| text(rep, n, "printed text"));
            }
            Some(out)
        }
    };
    let printed_span = get(f, "printed").map(|n| rep.pos(&n.span));
    Some((Entry { org, printed }, printed_span))
}
