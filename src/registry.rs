//! The registry: areas, organizations and statements, loaded from and saved to data files,
//! validated as a whole, with lookups.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::decode::{self, Decoded, Format, Reporter};
use crate::encode::{self, FileRef};
use crate::error::{Error, Problem, ProblemKind, Problems};
use crate::lookup::{LookupIndex, MatchKind};
use crate::organization::{Area, Organization, Place};
use crate::save::{self, Fingerprint};
use crate::statement::Statement;

/// A registry of organizations, the areas they refer to, and the statements they signed.
///
/// ```
/// use signatories::Registry;
/// let registry = Registry::from_toml_str(r#"
/// [[organization]]
/// id = "bkp"
/// countries = ["BG"]
/// name-shows-country = true
/// acronyms = [{ text = "БКП", lang = "bg" }]
/// names = [
///   { text = "Българска Комунистическа Партия", lang = "bg", kind = "original" },
///   { text = "Bulgarian Communist Party", lang = "en", kind = "translation" },
/// ]
/// "#, "example.toml")?;
/// // Case-blind, in any script: "бкп" finds "БКП".
/// assert_eq!(registry.find("бкп")[0].organization.id, "bkp");
/// assert_eq!(registry.find("bulgarian COMMUNIST party")[0].organization.id, "bkp");
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug)]
pub struct Registry {
    areas: Vec<Area>,
    area_index: HashMap<String, usize>,
    organizations: Vec<Organization>,
    org_index: HashMap<String, usize>,
    statements: Vec<Statement>,
    statement_index: HashMap<String, usize>,
    lookup: LookupIndex,
    /// (country or area, primary key of an acronym) → the organization that has it.
    acronyms: HashMap<(Place, Vec<u8>), usize>,
    /// UTS #39 skeleton of every acronym and name → each distinct text with it and the first
    /// organization that has it.
    skeletons: HashMap<String, Vec<(usize, String)>>,
    warnings: Vec<Problem>,
    /// The file-size limit of loads and saves.
    max_file_bytes: u64,
    /// What each file loaded or saved held then, by canonical path: a save refuses to replace
    /// a file that changed since.
    files: Mutex<HashMap<PathBuf, Fingerprint>>,
}

impl Default for Registry {
    fn default() -> Self {
        Self::new()
    }
}

impl Clone for Registry {
    fn clone(&self) -> Self {
        let mut r = Registry::new();
        for a in &self.areas {
            r.push_area(a.clone());
        }
        for o in &self.organizations {
            r.push_organization(o.clone());
        }
        for s in &self.statements {
            r.push_statement(s.clone());
        }
        r.warnings = self.warnings.clone();
        r.max_file_bytes = self.max_file_bytes;
        r.files = Mutex::new(self.fingerprints());
        r
    }
}

impl PartialEq for Registry {
    /// Two registries are equal when they hold the same areas, organizations and statements in
    /// the same order.
    fn eq(&self, other: &Self) -> bool {
        self.areas == other.areas
            && self.organizations == other.organizations
            && self.statements == other.statements
    }
}

/// An organization that a lookup found, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    /// The organization.
    pub organization: &'a Organization,
    /// What matched.
    pub how: MatchKind,
}

/// A source text and the name to report its problems under.
struct Source<'a> {
    label: String,
    text: &'a str,
    format: Format,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry {
            areas: Vec::new(),
            area_index: HashMap::new(),
            organizations: Vec::new(),
            org_index: HashMap::new(),
            statements: Vec::new(),
            statement_index: HashMap::new(),
            lookup: LookupIndex::new(),
            acronyms: HashMap::new(),
            skeletons: HashMap::new(),
            warnings: Vec::new(),
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            files: Mutex::new(HashMap::new()),
        }
    }

    /// This registry with another file-size limit for the files it loads and saves (the
    /// default is [`DEFAULT_MAX_FILE_BYTES`]).
    ///
    /// ```
    /// let small = signatories::Registry::new().with_max_file_bytes(1 << 20);
    /// assert_eq!(small.max_file_bytes(), 1 << 20);
    /// ```
    pub fn with_max_file_bytes(mut self, limit: u64) -> Self {
        self.max_file_bytes = limit;
        self
    }

    /// The largest file this registry loads or saves, in bytes. A save that would write more is
    /// refused ([`Error::FileTooLarge`]), so that whatever it saves loads again.
    pub fn max_file_bytes(&self) -> u64 {
        self.max_file_bytes
    }

    fn fingerprints(&self) -> HashMap<PathBuf, Fingerprint> {
        self.files.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Loads one data file (`.toml` or `.json`).
    ///
    /// # Errors
    /// [`Error::Io`] when it cannot be read, [`Error::Invalid`] with every problem found.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, Error> {
        Self::load_files(&[path])
    }

    /// Loads several data files as one registry (organizations in one, statements in another),
    /// checking references across them.
    ///
    /// # Errors
    /// As [`Registry::load`], with the problems of every file.
    pub fn load_files<P: AsRef<Path>>(paths: &[P]) -> Result<Self, Error> {
        let mut r = Registry::new();
        r.add_files(paths)?;
        Ok(r)
    }

    /// Adds the contents of data files to this registry. On any problem the registry is left
    /// unchanged.
    ///
    /// # Errors
    /// As [`Registry::load`].
    pub fn add_files<P: AsRef<Path>>(&mut self, paths: &[P]) -> Result<(), Error> {
        let mut texts = Vec::new();
        for p in paths {
            let path = p.as_ref();
            let format = Format::from_path(path).ok_or_else(|| Error::UnknownFormat {
                path: path.to_path_buf(),
            })?;
            let label = path.display().to_string();
            let bytes = match save::read_limited(path, self.max_file_bytes)? {
                Ok(bytes) => bytes,
                Err(size) => return Err(too_large(&label, size, self.max_file_bytes)),
            };
            let fingerprint = Fingerprint::of(&bytes);
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let valid =
                        String::from_utf8_lossy(e.as_bytes().get(..offset).unwrap_or_default())
                            .into_owned();
                    let mut rep = Reporter::new(label, &valid);
                    let bad: String = e
                        .as_bytes()
                        .get(offset..)
                        .unwrap_or_default()
                        .iter()
                        .take(4)
                        .map(|b| format!("\\x{b:02x}"))
                        .collect();
                    rep.report(
                        &(offset..offset),
                        ProblemKind::InvalidUtf8,
                        "invalid UTF-8",
                        &bad,
                    );
                    return Err(Error::Invalid(Problems(rep.finish().0)));
                }
            };
            texts.push((label, text, format, save::key(path), fingerprint));
        }
        let sources: Vec<Source<'_>> = texts
            .iter()
            .map(|(label, text, format, _, _)| Source {
                label: label.clone(),
                text,
                format: *format,
            })
            .collect();
        self.add_sources(&sources)?;
        if let Ok(mut files) = self.files.lock() {
            for (_, _, _, key, fingerprint) in texts {
                files.insert(key, fingerprint);
            }
        }
        Ok(())
    }

    /// A registry from TOML text; `label` names it in error messages.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem found.
    pub fn from_toml_str(text: &str, label: &str) -> Result<Self, Error> {
        let mut r = Registry::new();
        r.add_str(text, Format::Toml, label)?;
        Ok(r)
    }

    /// A registry from JSON text; `label` names it in error messages.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem found.
    pub fn from_json_str(text: &str, label: &str) -> Result<Self, Error> {
        let mut r = Registry::new();
        r.add_str(text, Format::Json, label)?;
        Ok(r)
    }

    /// Adds the contents of a data file's text. On any problem the registry is left unchanged.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem found.
    pub fn add_str(&mut self, text: &str, format: Format, label: &str) -> Result<(), Error> {
        self.add_sources(&[Source {
            label: label.to_owned(),
            text,
            format,
        }])
    }

    /// Adds an organization, normalizing its text (NFC, trimmed) and validating it as a data
    /// file would be.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem; the registry is left unchanged.
    pub fn insert_organization(&mut self, org: Organization) -> Result<(), Error> {
        let file = FileRef {
            area: &[],
            organization: std::slice::from_ref(&org),
            statement: &[],
        };
        // A file tells a country from an area by its spelling: refuse what would change
        // variant on the way (`Place::Country("kurdistan")` would come back as an area).
        let mixed_up: Vec<Problem> = org
            .countries
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let two_letters = p.as_str().len() == 2
                    && p.as_str().bytes().all(|b| b.is_ascii_alphabetic());
                let message = match p {
                    Place::Country(_) if !two_letters => {
                        "a country that is not a two-letter ISO 3166-1 code (an area is Place::Area)"
                    }
                    Place::Area(_) if two_letters => {
                        "an area id of two letters, which files read as a country code"
                    }
                    _ => return None,
                };
                Some(Problem {
                    kind: ProblemKind::InvalidValue,
                    location: crate::error::Location {
                        file: format!("organization {:?}", org.id),
                        line: 1,
                        column: 1,
                        field: Some(format!("countries[{i}]")),
                    },
                    message: message.to_owned(),
                    value: p.as_str().to_owned(),
                })
            })
            .collect();
        if !mixed_up.is_empty() {
            return Err(Error::Invalid(Problems(mixed_up)));
        }
        self.insert_json("organization", &org.id, &encode::to_json(&file))
    }

    /// Changes an organization in place: `edit` changes a copy, which is validated with the
    /// checks a data file gets (an acronym another organization uses in the same country, a
    /// look-alike) and replaces the organization only when valid. Its id cannot change here:
    /// see [`Registry::rename_organization`].
    ///
    /// ```
    /// use signatories::{Name, NameKind};
    /// let mut registry = signatories::seed::registry()?;
    /// registry.update_organization("mlpd", |o| {
    ///     o.names.push(Name::try_new("Parti marxiste-léniniste d'Allemagne", "fr", NameKind::Translation).unwrap());
    /// })?;
    /// assert_eq!(registry.find("parti marxiste-leniniste d'allemagne")[0].organization.id, "mlpd");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no organization `id` or the edit changed the id;
    /// [`Error::Invalid`] with every problem (placed at the record's fields); the registry is
    /// then unchanged.
    pub fn update_organization(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Organization),
    ) -> Result<(), Error> {
        let Some(mut org) = self.organization(id).cloned() else {
            return Err(no_such("organization", id));
        };
        edit(&mut org);
        if org.id != id {
            return Err(Error::InvalidValue {
                what: "an update cannot change the id (rename_organization does)".to_owned(),
                value: org.id,
            });
        }
        self.replace_organization(id, org)
    }

    /// Validates `org` as a replacement of organization `id` and puts it in its place.
    fn replace_organization(&mut self, id: &str, org: Organization) -> Result<(), Error> {
        let Some(i) = self.org_index.get(id).copied() else {
            return Err(no_such("organization", id));
        };
        // Validated as a new record while the old one is out of the id index; the old one's
        // acronyms and texts are its own, which the checks do not count against it.
        self.org_index.remove(id);
        let before = self.organizations.len();
        if let Err(e) = self.insert_organization(org) {
            self.org_index.insert(id.to_owned(), i);
            return Err(e);
        }
        if self.organizations.len() > before
            && let Some(changed) = self.organizations.pop()
            && let Some(slot) = self.organizations.get_mut(i)
        {
            *slot = changed;
        }
        self.rebuild_organization_indexes();
        Ok(())
    }

    /// Gives organization `old` the id `new`, in the registry and in every statement entry
    /// that names it.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no organization `old`; [`Error::Invalid`] when
    /// `new` is not a slug or is taken; the registry is then unchanged.
    pub fn rename_organization(&mut self, old: &str, new: &str) -> Result<(), Error> {
        let Some(mut org) = self.organization(old).cloned() else {
            return Err(no_such("organization", old));
        };
        if self.org_index.contains_key(new) && new != old {
            return Err(Error::InvalidValue {
                what: "another organization has this id".to_owned(),
                value: new.to_owned(),
            });
        }
        org.id = new.to_owned();
        let Some(i) = self.org_index.get(old).copied() else {
            return Err(no_such("organization", old));
        };
        // The record takes its new id first, so that the checks see its acronyms and texts as
        // its own; everything goes back if the new id does not validate.
        let set_id = |r: &mut Registry, from: &str, to: &str| {
            r.org_index.remove(from);
            r.org_index.insert(to.to_owned(), i);
            if let Some(o) = r.organizations.get_mut(i) {
                to.clone_into(&mut o.id);
            }
        };
        set_id(self, old, new);
        if let Err(e) = self.replace_organization(new, org) {
            set_id(self, new, old);
            return Err(e);
        }
        for s in &mut self.statements {
            for sec in &mut s.sections {
                for e in &mut sec.entries {
                    if e.org == old {
                        e.org = new.to_owned();
                    }
                }
            }
        }
        Ok(())
    }

    /// Merges organization `absorbed` into `kept`: its countries, acronyms, names and
    /// identifiers are added to `kept`'s (those it lacks), statement entries that named it name
    /// `kept` (one entry per statement), and `absorbed` is removed.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when either organization does not exist or they are the same;
    /// [`Error::Invalid`] when the merged organization would not validate; the registry is then
    /// unchanged.
    pub fn merge_organizations(&mut self, kept: &str, absorbed: &str) -> Result<(), Error> {
        let (Some(k), Some(a)) = (self.organization(kept), self.organization(absorbed)) else {
            let missing = if self.organization(kept).is_none() {
                kept
            } else {
                absorbed
            };
            return Err(no_such("organization", missing));
        };
        if kept == absorbed {
            return Err(Error::InvalidValue {
                what: "an organization cannot absorb itself".to_owned(),
                value: kept.to_owned(),
            });
        }
        let (mut merged, a) = (k.clone(), a.clone());
        for p in a.countries {
            if !merged.countries.contains(&p) {
                merged.countries.push(p);
            }
        }
        for x in a.acronyms {
            if !merged.acronyms.contains(&x) {
                merged.acronyms.push(x);
            }
        }
        for n in a.names {
            if !merged.names.contains(&n) {
                merged.names.push(n);
            }
        }
        for x in a.identifiers {
            if !merged.identifiers.contains(&x) {
                merged.identifiers.push(x);
            }
        }
        // The absorbed organization leaves first, so that its acronyms do not count against
        // the merged one; it comes back if the merge does not validate.
        let snapshot = (self.organizations.clone(), self.statements.clone());
        self.organizations.retain(|o| o.id != absorbed);
        self.rebuild_organization_indexes();
        if let Err(e) = self.replace_organization(kept, merged) {
            (self.organizations, self.statements) = snapshot;
            self.rebuild_organization_indexes();
            return Err(e);
        }
        for s in &mut self.statements {
            let has_kept = s.entries().any(|e| e.org == kept);
            for sec in &mut s.sections {
                if has_kept {
                    sec.entries.retain(|e| e.org != absorbed);
                } else {
                    for e in &mut sec.entries {
                        if e.org == absorbed {
                            e.org = kept.to_owned();
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Removes an organization that no statement names, and returns it.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no such organization, or a statement names it
    /// (remove its entries first, or merge it into another).
    pub fn remove_organization(&mut self, id: &str) -> Result<Organization, Error> {
        if let Some(s) = self
            .statements
            .iter()
            .find(|s| s.entries().any(|e| e.org == id))
        {
            return Err(Error::InvalidValue {
                what: format!("statement {:?} names this organization", s.id),
                value: id.to_owned(),
            });
        }
        let Some(i) = self.org_index.get(id).copied() else {
            return Err(no_such("organization", id));
        };
        let org = self.organizations.remove(i);
        self.rebuild_organization_indexes();
        Ok(org)
    }

    /// The lookup, acronym and look-alike indexes and the id index, built again from the
    /// organizations (after a change or a removal moved them).
    fn rebuild_organization_indexes(&mut self) {
        let organizations = std::mem::take(&mut self.organizations);
        self.lookup = LookupIndex::new();
        self.acronyms.clear();
        self.skeletons.clear();
        self.org_index.clear();
        for o in organizations {
            self.push_organization(o);
        }
    }

    /// Adds an area, validating it as a data file would be.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem; the registry is left unchanged.
    pub fn insert_area(&mut self, area: Area) -> Result<(), Error> {
        let file = FileRef {
            area: std::slice::from_ref(&area),
            organization: &[],
            statement: &[],
        };
        self.insert_json("area", &area.id, &encode::to_json(&file))
    }

    /// Changes a statement in place: `edit` changes a copy, which is validated with the checks
    /// a data file gets and replaces the statement (at its place) only when valid. A save to
    /// the TOML file it was loaded from then rewrites only what changed.
    ///
    /// ```
    /// use signatories::{Entry, SectionKind};
    /// let mut registry = signatories::seed::registry()?;
    /// let id = signatories::seed::STATEMENT_ID;
    /// registry.update_statement(id, |s| s.more_possible = false)?;
    /// assert!(!registry.statement(id).unwrap().more_possible);
    /// // An entry naming no organization is refused; the statement stays as it was.
    /// let err = registry.add_entry(id, SectionKind::Subsequent, Entry::new("nobody")).unwrap_err();
    /// assert_eq!(err.problems()[0].kind, signatories::ProblemKind::UnknownOrganization);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no statement `id`; [`Error::Invalid`] with every
    /// problem of the changed statement (placed at its fields); the registry is then unchanged.
    pub fn update_statement(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Statement),
    ) -> Result<(), Error> {
        let Some((i, mut statement)) = self
            .statement_index
            .get(id)
            .and_then(|&i| Some((i, self.statements.get(i)?.clone())))
        else {
            return Err(Error::InvalidValue {
                what: "no statement has this id".to_owned(),
                value: id.to_owned(),
            });
        };
        edit(&mut statement);
        // Validated as a new record while the old one is out of the index; on success it is
        // added at the end and moved into the old one's place.
        self.statement_index.remove(id);
        let file = FileRef {
            area: &[],
            organization: &[],
            statement: std::slice::from_ref(&statement),
        };
        match self.insert_json("statement", &statement.id, &encode::to_json(&file)) {
            Ok(()) => {
                if let Some(changed) = self.statements.pop()
                    && let Some(slot) = self.statements.get_mut(i)
                {
                    *slot = changed;
                }
                self.statement_index.insert(statement.id, i);
                Ok(())
            }
            Err(e) => {
                self.statement_index.insert(id.to_owned(), i);
                Err(e)
            }
        }
    }

    /// Adds `entry` at the end of the statement's last section of `kind` (a new section of that
    /// kind at the end when it has none): a signatory that arrived after publication is
    /// `SectionKind::Subsequent`.
    ///
    /// # Errors
    /// As [`Registry::update_statement`].
    pub fn add_entry(
        &mut self,
        statement: &str,
        kind: crate::statement::SectionKind,
        entry: crate::statement::Entry,
    ) -> Result<(), Error> {
        self.update_statement(statement, |s| {
            match s.sections.iter_mut().rev().find(|sec| sec.kind == kind) {
                Some(section) => section.entries.push(entry),
                None => s.sections.push(crate::statement::Section {
                    kind,
                    entries: vec![entry],
                }),
            }
        })
    }

    /// Inserts `entry` into section `section` (0-based) at `position` (0-based; past the end
    /// appends).
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the statement has no such section; otherwise as
    /// [`Registry::update_statement`].
    pub fn insert_entry(
        &mut self,
        statement: &str,
        section: usize,
        position: usize,
        entry: crate::statement::Entry,
    ) -> Result<(), Error> {
        self.check_section(statement, section)?;
        self.update_statement(statement, |s| {
            if let Some(sec) = s.sections.get_mut(section) {
                let at = position.min(sec.entries.len());
                sec.entries.insert(at, entry);
            }
        })
    }

    /// Removes the entry of organization `org` from the statement and returns it.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the statement has no entry for `org`; otherwise as
    /// [`Registry::update_statement`].
    pub fn remove_entry(
        &mut self,
        statement: &str,
        org: &str,
    ) -> Result<crate::statement::Entry, Error> {
        let (section, position) = self.entry_position(statement, org)?;
        let mut removed = None;
        self.update_statement(statement, |s| {
            if let Some(sec) = s.sections.get_mut(section)
                && position < sec.entries.len()
            {
                removed = Some(sec.entries.remove(position));
            }
        })?;
        removed.ok_or_else(|| Error::InvalidValue {
            what: "no entry of this organization in the statement".to_owned(),
            value: org.to_owned(),
        })
    }

    /// Moves the entry of organization `org` to section `section` at `position` (both 0-based,
    /// counted after the entry is taken out; past the end appends).
    ///
    /// # Errors
    /// As [`Registry::remove_entry`] and [`Registry::insert_entry`].
    pub fn move_entry(
        &mut self,
        statement: &str,
        org: &str,
        section: usize,
        position: usize,
    ) -> Result<(), Error> {
        let (from_section, from) = self.entry_position(statement, org)?;
        self.check_section(statement, section)?;
        self.update_statement(statement, |s| {
            let taken = s
                .sections
                .get_mut(from_section)
                .filter(|sec| from < sec.entries.len())
                .map(|sec| sec.entries.remove(from));
            if let (Some(e), Some(sec)) = (taken, s.sections.get_mut(section)) {
                let at = position.min(sec.entries.len());
                sec.entries.insert(at, e);
            }
        })
    }

    /// Sets (or, with `None`, clears) the printed override of organization `org`'s entry: the
    /// form an edition printed where it differs from the registry.
    ///
    /// # Errors
    /// As [`Registry::remove_entry`].
    pub fn set_printed(
        &mut self,
        statement: &str,
        org: &str,
        printed: Option<crate::statement::Printed>,
    ) -> Result<(), Error> {
        let (section, position) = self.entry_position(statement, org)?;
        self.update_statement(statement, |s| {
            if let Some(e) = s
                .sections
                .get_mut(section)
                .and_then(|sec| sec.entries.get_mut(position))
            {
                e.printed = printed;
            }
        })
    }

    /// Where the entry of `org` is in a statement: (section, position).
    fn entry_position(&self, statement: &str, org: &str) -> Result<(usize, usize), Error> {
        self.statement(statement)
            .and_then(|s| {
                s.sections.iter().enumerate().find_map(|(i, sec)| {
                    sec.entries
                        .iter()
                        .position(|e| e.org == org)
                        .map(|j| (i, j))
                })
            })
            .ok_or_else(|| Error::InvalidValue {
                what: format!("no entry of this organization in statement {statement:?}"),
                value: org.to_owned(),
            })
    }

    fn check_section(&self, statement: &str, section: usize) -> Result<(), Error> {
        match self.statement(statement) {
            Some(s) if section < s.sections.len() => Ok(()),
            _ => Err(Error::InvalidValue {
                what: format!("no such section in statement {statement:?}"),
                value: section.to_string(),
            }),
        }
    }

    /// Adds a statement, validating it (every entry must name an organization of the registry).
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem; the registry is left unchanged.
    pub fn insert_statement(&mut self, statement: Statement) -> Result<(), Error> {
        let file = FileRef {
            area: &[],
            organization: &[],
            statement: std::slice::from_ref(&statement),
        };
        self.insert_json("statement", &statement.id, &encode::to_json(&file))
    }

    /// Adds one record given through the API, as the JSON text of a data file holding it:
    /// problems and warnings are placed at the record and field (`organization "x",
    /// names[0].text`), not at the text, which the caller never saw.
    fn insert_json(&mut self, what: &str, id: &str, json: &str) -> Result<(), Error> {
        let label = format!("{what} {id:?}");
        let warnings_before = self.warnings.len();
        let placed = |p: Problem| with_field(p, json, what);
        match self.add_str(json, Format::Json, &label) {
            Ok(()) => {
                let new: Vec<Problem> = self.warnings.drain(warnings_before..).collect();
                self.warnings.extend(new.into_iter().map(placed));
                Ok(())
            }
            Err(Error::Invalid(problems)) => Err(Error::Invalid(Problems(
                problems.0.into_iter().map(placed).collect(),
            ))),
            Err(e) => Err(e),
        }
    }

    fn add_sources(&mut self, sources: &[Source<'_>]) -> Result<(), Error> {
        if let Some(s) = sources
            .iter()
            .find(|s| s.text.len() as u64 > self.max_file_bytes)
        {
            return Err(too_large(
                &s.label,
                s.text.len() as u64,
                self.max_file_bytes,
            ));
        }
        let mut reporters: Vec<Reporter<'_>> = Vec::new();
        let mut decoded: Vec<Decoded> = Vec::new();
        for s in sources {
            let mut rep = Reporter::new(s.label.clone(), s.text);
            decoded.push(decode::decode(s.text, s.format, &mut rep));
            reporters.push(rep);
        }
        self.link(&decoded, &mut reporters);
        let skeletons = self.check_spoofing(&decoded, &mut reporters);
        let mut problems: Vec<Problem> = Vec::new();
        let mut warnings: Vec<Problem> = Vec::new();
        for r in reporters {
            let (p, w) = r.finish();
            problems.extend(p);
            warnings.extend(w);
        }
        if !problems.is_empty() {
            return Err(Error::Invalid(Problems(problems)));
        }
        self.warnings.extend(warnings);
        for d in decoded {
            for a in d.areas {
                self.push_area(a);
            }
            for o in d.organizations {
                self.push_organization_with(o, &skeletons);
            }
            for s in d.statements {
                self.push_statement(s);
            }
        }
        Ok(())
    }

    /// The checks across records and files: duplicate ids, acronyms used twice in a country,
    /// references to areas and organizations.
    fn link(&self, decoded: &[Decoded], reps: &mut [Reporter<'_>]) {
        let mut area_ids: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut org_ids: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut statement_ids: HashMap<&str, (usize, usize)> = HashMap::new();
        // Ids and references of every record, valid or not: one pass reports them all.
        for (kind, index, ids) in [
            ("area", &self.area_index, &mut area_ids),
            ("organization", &self.org_index, &mut org_ids),
            ("statement", &self.statement_index, &mut statement_ids),
        ] {
            for (source, d) in decoded.iter().enumerate() {
                let list = match kind {
                    "area" => &d.refs.area_ids,
                    "organization" => &d.refs.org_ids,
                    _ => &d.refs.statement_ids,
                };
                for (id, span) in list {
                    check_unique(kind, id, span, (source, reps), index.contains_key(id), ids);
                }
            }
        }
        for (d, rep) in decoded.iter().zip(reps.iter_mut()) {
            for (a, span) in &d.refs.area_refs {
                if !self.area_index.contains_key(a) && !area_ids.contains_key(a.as_str()) {
                    rep.report(
                        span,
                        ProblemKind::UnknownArea,
                        "unknown area (no [[area]] has this id)",
                        a,
                    );
                }
            }
            for (o, span) in &d.refs.org_refs {
                if !self.org_index.contains_key(o) && !org_ids.contains_key(o.as_str()) {
                    rep.report(
                        span,
                        ProblemKind::UnknownOrganization,
                        "statement entry names no organization of the registry",
                        o,
                    );
                }
            }
        }
        self.check_acronyms(decoded, reps);
        self.check_printed_overrides(decoded, reps);
    }

    /// Acronyms used by two organizations in one country (valid organizations only: an
    /// acronym of a record with problems has no settled countries).
    fn check_acronyms(&self, decoded: &[Decoded], reps: &mut [Reporter<'_>]) {
        // Acronyms of organizations new in these sources, by country (the registry's own are
        // in `self.acronyms`).
        let mut acronyms: HashMap<(Place, Vec<u8>), String> = HashMap::new();
        for (d, rep) in decoded.iter().zip(reps.iter_mut()) {
            for (i, o) in d.organizations.iter().enumerate() {
                let id_span = d.spans.org_ids.get(i).cloned().unwrap_or(0..0);
                let acr_spans = d.spans.org_acronyms.get(i);
                for (j, a) in o.acronyms.iter().enumerate() {
                    let key = self.lookup.key(&a.text);
                    let span = acr_spans.and_then(|s| s.get(j)).unwrap_or(&id_span);
                    for p in &o.countries {
                        let k = (p.clone(), key.clone());
                        let known = self
                            .acronyms
                            .get(&k)
                            .and_then(|&i| self.organizations.get(i))
                            .map(|org| &org.id)
                            .or_else(|| acronyms.get(&k));
                        match known {
                            Some(other) if *other != o.id => {
                                rep.report(
                                    span,
                                    ProblemKind::DuplicateAcronym,
                                    format!(
                                        "acronym used twice in one country ({}; also organization {other:?})",
                                        p.as_str()
                                    ),
                                    &a.text,
                                );
                            }
                            _ => {
                                acronyms.insert(k, o.id.clone());
                            }
                        }
                    }
                }
            }
        }
    }

    /// Printed overrides that look like their organization's own texts (UTS #39).
    fn check_printed_overrides(&self, decoded: &[Decoded], reps: &mut [Reporter<'_>]) {
        let new_orgs: HashMap<&str, &Organization> = decoded
            .iter()
            .flat_map(|d| &d.organizations)
            .map(|o| (o.id.as_str(), o))
            .collect();
        for (d, rep) in decoded.iter().zip(reps.iter_mut()) {
            for (i, s) in d.statements.iter().enumerate() {
                for (j, e) in s.entries().enumerate() {
                    let printed_span = d
                        .spans
                        .entry_printed
                        .get(i)
                        .and_then(|p| p.get(j))
                        .and_then(Option::as_ref);
                    if let (Some(printed), Some(span)) = (&e.printed, printed_span) {
                        let org = self
                            .organization(&e.org)
                            .or_else(|| new_orgs.get(e.org.as_str()).copied());
                        if let Some(org) = org {
                            check_printed(org, printed, span, rep);
                        }
                    }
                }
            }
        }
    }

    /// UTS #39 checks of new organizations: mixed scripts in an acronym or a name, and texts
    /// that look like another organization's (same skeleton, different text). Warnings only.
    fn check_spoofing(
        &self,
        decoded: &[Decoded],
        reps: &mut [Reporter<'_>],
    ) -> HashMap<String, String> {
        // Text → skeleton, computed once here and reused when the organizations are added.
        let mut skeletons: HashMap<String, String> = HashMap::new();
        // Skeletons of organizations new in these sources: (source, org index, text).
        let mut fresh: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for (d, rep) in decoded.iter().zip(reps.iter_mut()) {
            for (i, o) in d.organizations.iter().enumerate() {
                let id_span = d.spans.org_ids.get(i).cloned().unwrap_or(0..0);
                let acr = d.spans.org_acronyms.get(i);
                let nam = d.spans.org_names.get(i);
                let texts = o
                    .acronyms
                    .iter()
                    .enumerate()
                    .map(|(j, a)| ("acronym", &a.text, acr.and_then(|s| s.get(j))))
                    .chain(
                        o.names
                            .iter()
                            .enumerate()
                            .map(|(j, n)| ("name", &n.text, nam.and_then(|s| s.get(j)))),
                    );
                for (what, text, span) in texts {
                    let span = span.unwrap_or(&id_span);
                    let sk = skeletons
                        .entry(text.clone())
                        .or_insert_with(|| crate::spoof::skeleton(text))
                        .clone();
                    // One warning per text, naming one look-alike of another organization.
                    // Buckets hold distinct texts, so this finds a witness after skipping at
                    // most this organization's own texts and `text` itself: bounded work,
                    // however many texts look alike.
                    let existing =
                        self.skeletons
                            .get(&sk)
                            .into_iter()
                            .flatten()
                            .filter_map(|(j, t)| {
                                self.organizations.get(*j).map(|org| (org.id.as_str(), t))
                            });
                    let earlier = fresh
                        .get(&sk)
                        .into_iter()
                        .flatten()
                        .map(|(id, t)| (id.as_str(), t));
                    let witness = existing
                        .chain(earlier)
                        .find(|(other_id, other_text)| *other_id != o.id && *other_text != text);
                    if let Some((other_id, other_text)) = witness {
                        rep.warn(
                            span, ProblemKind::LookAlike,
                            format!(
                                "{what} looks like {other_text:?} of organization {other_id:?} (same UTS #39 skeleton)"
                            ),
                            text,
                        );
                    }
                    let bucket = fresh.entry(sk).or_default();
                    if bucket.len() < MAX_BUCKET && !bucket.iter().any(|(_, t)| t == text) {
                        bucket.push((o.id.clone(), text.clone()));
                    }
                }
            }
        }
        skeletons
    }

    /// Warnings from loading and inserting: spoofing (mixed scripts, look-alike acronyms and
    /// names), each with its location.
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// Organizations with a different acronym or name that looks like `text` (the same UTS #39
    /// skeleton): (organization, its text).
    pub fn look_alikes(&self, text: &str) -> Vec<(&Organization, &str)> {
        self.skeletons
            .get(&crate::spoof::skeleton(text))
            .into_iter()
            .flatten()
            .filter(|(_, t)| t != text)
            .filter_map(|(i, t)| self.organizations.get(*i).map(|o| (o, t.as_str())))
            .collect()
    }

    fn push_area(&mut self, a: Area) {
        self.area_index.insert(a.id.clone(), self.areas.len());
        self.areas.push(a);
    }

    fn push_organization(&mut self, o: Organization) {
        self.push_organization_with(o, &HashMap::new());
    }

    /// Adds an organization; `skeletons` holds skeletons already computed, by text.
    fn push_organization_with(&mut self, o: Organization, skeletons: &HashMap<String, String>) {
        let i = self.organizations.len();
        self.lookup.insert(i, &o);
        for a in &o.acronyms {
            let key = self.lookup.key(&a.text);
            for p in &o.countries {
                self.acronyms.entry((p.clone(), key.clone())).or_insert(i);
            }
        }
        for t in o
            .acronyms
            .iter()
            .map(|a| &a.text)
            .chain(o.names.iter().map(|n| &n.text))
        {
            // One entry per distinct text (with the first organization that has it), so that a
            // bucket holds only texts that differ yet look alike.
            let sk = skeletons
                .get(t)
                .cloned()
                .unwrap_or_else(|| crate::spoof::skeleton(t));
            let entry = self.skeletons.entry(sk).or_default();
            if entry.len() < MAX_BUCKET && !entry.iter().any(|(_, x)| x == t) {
                entry.push((i, t.clone()));
            }
        }
        self.org_index.insert(o.id.clone(), i);
        self.organizations.push(o);
    }

    fn push_statement(&mut self, s: Statement) {
        self.statement_index
            .insert(s.id.clone(), self.statements.len());
        self.statements.push(s);
    }

    /// Every organization, in registry order.
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// Every area, in registry order.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// Every statement, in registry order.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The organization with this id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.org_index
            .get(id)
            .and_then(|&i| self.organizations.get(i))
    }

    /// The area with this id.
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.area_index.get(id).and_then(|&i| self.areas.get(i))
    }

    /// The statement with this id.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statement_index
            .get(id)
            .and_then(|&i| self.statements.get(i))
    }

    /// The statements an organization signed, in registry order.
    pub fn statements_signed_by(&self, org_id: &str) -> Vec<&Statement> {
        self.statements
            .iter()
            .filter(|s| s.entries().any(|e| e.org == org_id))
            .collect()
    }

    /// Finds organizations by id, acronym or any name, in any script, blind to case and accents
    /// as CLDR root collation is at primary strength: the id first, then whole acronyms, then
    /// whole names, then names containing every word of the query.
    pub fn find(&self, query: &str) -> Vec<Found<'_>> {
        let by_id = self
            .org_index
            .get(query.trim())
            .map(|&i| (i, MatchKind::Id));
        by_id
            .into_iter()
            .chain(
                self.lookup
                    .find(query)
                    .into_iter()
                    .filter(|(i, _)| by_id.is_none_or(|(j, _)| j != *i)),
            )
            .filter_map(|(i, how)| {
                self.organizations
                    .get(i)
                    .map(|organization| Found { organization, how })
            })
            .collect()
    }

    /// Finds organizations by acronym or any name as the language of `collation` compares
    /// them: build it at primary strength to be blind to case and to the accents that language
    /// ignores (Swedish keeps `å` apart from `a`; Turkish keeps dotless `ı` apart from `i`).
    /// Whole acronyms and names first, then names containing every word of the query.
    ///
    /// Unlike [`Registry::find`], which uses an index in CLDR root order, this compares the
    /// query with every acronym and name: meant for interactive searches.
    ///
    /// ```
    /// use signatories::collation::{Collation, CollationOptions, Strength};
    /// let registry = signatories::seed::registry()?;
    /// let primary = CollationOptions::default().with_strength(Strength::Primary);
    /// let root = Collation::new("und", primary)?;
    /// let turkish = Collation::new("tr", primary)?;
    /// // In Turkish, "turkiye" (with a plain u) is not "Türkiye".
    /// assert!(!registry.find_with(&root, "turkiye komunist partisi marksist leninist").is_empty());
    /// assert!(registry.find_with(&turkish, "turkiye komunist partisi marksist leninist").is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn find_with(
        &self,
        collation: &crate::collation::Collation,
        query: &str,
    ) -> Vec<Found<'_>> {
        use std::cmp::Ordering::Equal;
        let query = crate::text::normalize(query);
        let mut out: Vec<Found<'_>> = Vec::new();
        if query.is_empty() {
            return out;
        }
        for how in [MatchKind::Acronym, MatchKind::Name] {
            for o in &self.organizations {
                let mut texts = match how {
                    MatchKind::Acronym => o
                        .acronyms
                        .iter()
                        .map(|a| a.text.as_str())
                        .collect::<Vec<_>>(),
                    _ => o.names.iter().map(|n| n.text.as_str()).collect(),
                }
                .into_iter();
                if texts.any(|t| collation.compare(t, &query) == Equal)
                    && !out.iter().any(|f| f.organization.id == o.id)
                {
                    out.push(Found {
                        organization: o,
                        how,
                    });
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
        let query_words: Vec<&str> = crate::lookup::words(&query).collect();
        for o in &self.organizations {
            let all = o
                .acronyms
                .iter()
                .map(|a| a.text.as_str())
                .chain(o.names.iter().map(|n| n.text.as_str()))
                .any(|t| {
                    let words: Vec<&str> = crate::lookup::words(t).collect();
                    query_words
                        .iter()
                        .all(|q| words.iter().any(|w| collation.compare(w, q) == Equal))
                });
            if all {
                out.push(Found {
                    organization: o,
                    how: MatchKind::Words,
                });
            }
        }
        out
    }

    /// Finds organizations whose acronym equals `query` at primary strength.
    pub fn find_by_acronym(&self, query: &str) -> Vec<&Organization> {
        self.find(query)
            .into_iter()
            .filter(|f| f.how == MatchKind::Acronym)
            .map(|f| f.organization)
            .collect()
    }

    /// The whole registry as TOML: areas, organizations, statements.
    pub fn to_toml_string(&self) -> String {
        encode::to_toml(&self.file_ref(true, true))
    }

    /// The whole registry as JSON.
    pub fn to_json_string(&self) -> String {
        encode::to_json(&self.file_ref(true, true))
    }

    fn file_ref(&self, orgs: bool, statements: bool) -> FileRef<'_> {
        FileRef {
            area: if orgs { &self.areas } else { &[] },
            organization: if orgs { &self.organizations } else { &[] },
            statement: if statements { &self.statements } else { &[] },
        }
    }

    fn save_ref(&self, path: &Path, file: &FileRef<'_>) -> Result<(), Error> {
        let text = match Format::from_path(path) {
            Some(Format::Toml) => encode::to_toml(file),
            Some(Format::Json) => encode::to_json(file),
            None => {
                return Err(Error::UnknownFormat {
                    path: path.to_path_buf(),
                });
            }
        };
        let key = save::key(&save::resolve(path)?);
        let expected = self
            .files
            .lock()
            .ok()
            .and_then(|files| files.get(&key).copied());
        // Over the TOML file it was loaded from, only what changed is rewritten: comments and
        // layout of everything else stay (the file is the one loaded: `expected` is checked
        // again under the save's lock).
        let text = match (Format::from_path(path), expected) {
            (Some(Format::Toml), Some(fingerprint)) => match std::fs::read(&key) {
                Ok(old) if Fingerprint::of(&old) == fingerprint => std::str::from_utf8(&old)
                    .ok()
                    .and_then(|old| crate::preserve::merge(old, &text))
                    .unwrap_or(text),
                _ => text,
            },
            _ => text,
        };
        if text.len() as u64 > self.max_file_bytes {
            return Err(Error::FileTooLarge {
                path: path.to_path_buf(),
                size: text.len() as u64,
                limit: self.max_file_bytes,
            });
        }
        let written = save::write_atomic(path, text.as_bytes(), expected)?;
        if let Ok(mut files) = self.files.lock() {
            files.insert(save::key(&key), written);
        }
        Ok(())
    }

    /// Saves the whole registry to one file, in the format its extension names.
    ///
    /// The save is atomic (readers see the old file or the new one), holds an advisory lock on
    /// the folder while it checks and replaces the file, writes through a symbolic link to its
    /// target, and keeps the file's mode and owner. When this registry loaded (or last saved)
    /// the file and it has changed since, nothing is written: [`Error::Conflict`].
    ///
    /// # Errors
    /// [`Error::UnknownFormat`], [`Error::Conflict`], [`Error::FileTooLarge`] (the file would
    /// be larger than [`Registry::max_file_bytes`]), or [`Error::Io`]; the old file is then left
    /// intact.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        self.save_ref(path.as_ref(), &self.file_ref(true, true))
    }

    /// Saves areas and organizations only (the registry file of a registry + statements pair).
    ///
    /// # Errors
    /// As [`Registry::save`].
    pub fn save_organizations(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        self.save_ref(path.as_ref(), &self.file_ref(true, false))
    }

    /// Saves statements only.
    ///
    /// # Errors
    /// As [`Registry::save`].
    pub fn save_statements(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        self.save_ref(path.as_ref(), &self.file_ref(false, true))
    }
}

/// A printed override that looks like one of its organization's own texts (the same UTS #39
/// skeleton) but is another text — `МLРD` in Cyrillic letters printed for `MLPD` — is a
/// spoofing warning: a real printed variant (a typo kept as published) differs visibly.
fn check_printed(
    org: &Organization,
    printed: &crate::statement::Printed,
    span: &Range<usize>,
    rep: &mut Reporter<'_>,
) {
    let acronyms = org.acronyms.iter().map(|a| a.text.as_str());
    let names = org.names.iter().map(|n| n.text.as_str());
    let checks: [(&str, &Option<String>, Vec<&str>); 2] = [
        ("printed acronym", &printed.acronym, acronyms.collect()),
        ("printed name", &printed.name, names.collect()),
    ];
    for (what, text, own) in checks {
        let Some(text) = text else { continue };
        let sk = crate::spoof::skeleton(text);
        if let Some(like) = own
            .into_iter()
            .find(|o| *o != text && crate::spoof::skeleton(o) == sk)
        {
            rep.warn(
                span, ProblemKind::LookAlike,
                format!(
                    "{what} looks like {like:?} of organization {:?} but is another text (same UTS #39 skeleton)",
                    org.id
                ),
                text,
            );
        }
    }
}

/// A problem located in the JSON text of one record (`{"organization": [{…}]}`) placed at the
/// record's field instead: the path of the innermost value or key at its position, in the
/// data files' spelling (`names[0].text`).
fn with_field(mut p: Problem, json: &str, what: &str) -> Problem {
    let offset = json
        .split_inclusive('\n')
        .take(p.location.line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let line = json
        .get(offset..)
        .and_then(|l| l.lines().next())
        .unwrap_or("");
    let column: usize = line
        .chars()
        .take(p.location.column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    if let Ok(root) = crate::json::parse(json) {
        let mut path = Vec::new();
        crate::document::path_at(&root, offset + column, &mut path);
        // The first two steps are the record's place in the file (`organization[0]`).
        let field = path
            .get(2..)
            .unwrap_or_default()
            .join(".")
            .replace(".[", "[");
        p.location.field = Some(if field.is_empty() {
            what.to_owned()
        } else {
            field
        });
    }
    p
}

/// The most distinct texts kept per UTS #39 skeleton. A look-alike warning needs one text of
/// another organization; one organization has at most this many texts less two, so a full
/// bucket still holds a witness, and each new text costs bounded work however many look alike.
const MAX_BUCKET: usize = crate::organization::MAX_NAMES + crate::organization::MAX_ACRONYMS + 2;

fn no_such(what: &str, id: &str) -> Error {
    Error::InvalidValue {
        what: format!("no {what} has this id"),
        value: id.to_owned(),
    }
}

/// The default file-size limit of a registry's loads and saves: 1 GiB, several times the size of
/// a JSON registry of a million organizations. Change it with [`Registry::with_max_file_bytes`].
pub const DEFAULT_MAX_FILE_BYTES: u64 = 1 << 30;

fn too_large(file: &str, size: u64, limit: u64) -> Error {
    Error::Invalid(Problems(vec![Problem {
        kind: ProblemKind::FileTooLarge,
        location: crate::error::Location {
            file: file.to_owned(),
            line: 1,
            column: 1,
            field: None,
        },
        message: format!("file too large ({limit} bytes at most)"),
        value: format!("{size} bytes"),
    }]))
}

/// Reports `id` when the registry or an earlier record of these sources has it, else records
/// where it is defined (source index, byte offset: the line is only computed for a report).
fn check_unique<'a>(
    kind: &str,
    id: &'a str,
    span: &Range<usize>,
    (source, reps): (usize, &mut [Reporter<'_>]),
    in_registry: bool,
    seen: &mut HashMap<&'a str, (usize, usize)>,
) {
    let first = seen.get(id).map(|&(s, offset)| {
        let line = reps.get(s).map_or(0, |r| r.line(&(offset..offset)));
        match reps.get(s) {
            Some(r) if s != source => format!("{}:{line}", r.file),
            _ => format!("line {line}"),
        }
    });
    let Some(rep) = reps.get_mut(source) else {
        return;
    };
    if in_registry {
        rep.report(
            span,
            ProblemKind::DuplicateId,
            format!("duplicate {kind} id (already in the registry)"),
            id,
        );
    } else if let Some(at) = first {
        rep.report(
            span,
            ProblemKind::DuplicateId,
            format!("duplicate {kind} id (first defined at {at})"),
            id,
        );
    } else {
        seen.insert(id, (source, span.start));
    }
}
