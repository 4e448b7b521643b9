//! The registry: areas, organizations and statements, loaded from and saved to data files,
//! validated as a whole, with lookups.

use crate::FastMap as HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::digest::{DigestMap, Digester};
use crate::error::{Error, Problem, ProblemKind, Problems};
use crate::files::decode::{self, Decoded, Format, Reporter};
use crate::files::encode::{self, FileRef};
use crate::files::save::{self, Fingerprint};
use crate::find::{LookupIndex, MatchKind};
use crate::organization::{Area, Organization, Place};
use crate::statement::Statement;

mod digests;
mod edit;
mod find;
mod validate;

use digests::TextDigests;
use validate::MAX_BUCKET;

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
    /// Digest of (country or area, primary key of an acronym) → the organizations that have
    /// it, increasing (one, once a change is valid); see [`Registry::acronym_digest`].
    acronyms: DigestMap<u32>,
    /// UTS #39 skeleton digest of every acronym and name → each distinct text with it and the
    /// first organization that has it: (organization index, text index in acronyms then names).
    skeletons: DigestMap<(u32, u16)>,
    /// The digests of `acronyms`.
    digester: Digester,
    warnings: Vec<Problem>,
    /// The file-size limit of loads and saves.
    max_file_bytes: u64,
    /// What each file loaded or saved held then, by canonical path: a save refuses to replace
    /// a file that changed since.
    files: Mutex<HashMap<PathBuf, Fingerprint>>,
    /// Acronyms and names folded for fuzzy search, built at the first search after a change.
    folded: std::sync::OnceLock<crate::find::Folded>,
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
/// Enters organization `i` (`o`, which may not be in `organizations` yet) into the skeleton
/// index, with the skeleton digests of its texts where computed: one entry per distinct text
/// (with the first organization that has it), so that a bucket holds only texts that differ
/// yet look alike.
fn add_skeletons(
    index: &mut DigestMap<(u32, u16)>,
    organizations: &[Organization],
    i: usize,
    o: &Organization,
    skeletons: &[u64],
) {
    let Ok(at) = u32::try_from(i) else {
        return;
    };
    let mut skeletons = skeletons.iter().copied();
    for (k, t) in o.texts().enumerate() {
        let sk = skeletons
            .next()
            .unwrap_or_else(|| crate::spoof::skeleton_digest(t));
        let Ok(k) = u16::try_from(k) else { break };
        let text_of = |(j, tj): (u32, u16)| -> Option<&str> {
            let org = if j == at {
                o
            } else {
                organizations.get(j as usize)?
            };
            org.text_at(usize::from(tj))
        };
        let bucket = index.get(sk);
        match bucket.iter().position(|r| text_of(*r) == Some(t)) {
            Some(pos) if bucket.get(pos).is_some_and(|r| at < r.0) => {
                index.replace(sk, pos, (at, k));
            }
            Some(_) => {}
            None if bucket.len() < MAX_BUCKET => index.insert(sk, (at, k), |rs| Some(rs.len())),
            None => {}
        }
    }
}

/// The digest under which the registry's acronym index holds an acronym of primary key digest
/// `key` (from [`LookupIndex::key_digest`]) in `place`.
fn acronym_digest(digester: &Digester, place: &Place, key: u64) -> u64 {
    digester.of(&(place, key))
}

/// Enters organization `i`'s (`o`'s) acronyms in each of its countries; `keys` are the primary
/// key digests of its texts (acronyms first).
fn enter_acronyms(
    acronyms: &mut DigestMap<u32>,
    digester: &Digester,
    i: usize,
    o: &Organization,
    keys: &[u64],
) {
    let Ok(at) = u32::try_from(i) else { return };
    for &key in keys.iter().take(o.acronyms.len()) {
        for p in &o.countries {
            let d = acronym_digest(digester, p, key);
            acronyms.insert(d, at, |held| held.binary_search(&at).err());
        }
    }
}

/// Records decoded from sources and checked, ready to enter the registry.
struct Checked {
    decoded: Vec<Decoded>,
    /// The digests of every text of every organization, by source.
    digests: Vec<TextDigests>,
    /// The indexes of the new organizations, complete when the registry had none.
    indexes: Option<Indexes>,
    warnings: Vec<Problem>,
}

/// The lookup, acronym and skeleton indexes of organizations entering an empty registry,
/// built while they were checked.
struct Indexes {
    lookup: LookupIndex,
    acronyms: DigestMap<u32>,
    skeletons: DigestMap<(u32, u16)>,
}

/// The organizations of decoded sources, numbered as they will be in the registry: after its
/// `start` organizations, source by source.
pub(super) struct Incoming<'a> {
    start: usize,
    decoded: &'a [Decoded],
    /// One past the last number of each source.
    ends: Vec<usize>,
}

impl<'a> Incoming<'a> {
    pub(super) fn new(start: usize, decoded: &'a [Decoded]) -> Self {
        let ends = decoded
            .iter()
            .scan(start, |end, d| {
                *end += d.organizations.len();
                Some(*end)
            })
            .collect();
        Incoming {
            start,
            decoded,
            ends,
        }
    }

    /// The organization that will be number `at`.
    pub(super) fn get(&self, at: usize) -> Option<&'a Organization> {
        let source = self.ends.partition_point(|&end| end <= at);
        self.decoded
            .get(source)?
            .organizations
            .get(at.checked_sub(self.first(source)?)?)
    }

    /// The number organization `i` of source `source` will have.
    pub(super) fn place(&self, source: usize, i: usize) -> Option<u32> {
        u32::try_from(self.first(source)? + i).ok()
    }

    /// The number the first organization of source `source` will have.
    fn first(&self, source: usize) -> Option<usize> {
        match source {
            0 => Some(self.start),
            _ => self.ends.get(source - 1).copied(),
        }
    }
}

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
            area_index: HashMap::default(),
            organizations: Vec::new(),
            org_index: HashMap::default(),
            statements: Vec::new(),
            statement_index: HashMap::default(),
            lookup: LookupIndex::new(),
            acronyms: DigestMap::default(),
            skeletons: DigestMap::default(),
            digester: Digester::default(),
            warnings: Vec::new(),
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            files: Mutex::new(HashMap::default()),
            folded: std::sync::OnceLock::new(),
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
        let checked = self.check_sources(&sources)?;
        // The files' texts are not needed once their records are decoded and checked: they go
        // before the indexes are built, so that the text and the indexes never take memory at
        // the same time.
        drop(sources);
        let files: Vec<(PathBuf, Fingerprint)> = texts
            .into_iter()
            .map(|(_, _, _, key, fingerprint)| (key, fingerprint))
            .collect();
        self.push_checked(checked);
        if let Ok(mut known) = self.files.lock() {
            known.extend(files);
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
        let result = self.add_str(json, Format::Json, &label);
        let new_warnings: Vec<Problem> = self.warnings.drain(warnings_before..).collect();
        let problems = match result {
            Ok(()) => Vec::new(),
            Err(Error::Invalid(problems)) => problems.0,
            Err(e) => return Err(e),
        };
        // The record's text is parsed again, once, only when something must be placed.
        let place = Placer::new(json, what, !problems.is_empty() || !new_warnings.is_empty());
        self.warnings
            .extend(new_warnings.into_iter().map(|p| place.at_field(p)));
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(Problems(
                problems.into_iter().map(|p| place.at_field(p)).collect(),
            )))
        }
    }

    fn add_sources(&mut self, sources: &[Source<'_>]) -> Result<(), Error> {
        let checked = self.check_sources(sources)?;
        self.push_checked(checked);
        Ok(())
    }

    /// Decodes and checks sources: their records, with the skeletons of their organizations'
    /// texts, and the warnings; every problem when any.
    fn check_sources(&self, sources: &[Source<'_>]) -> Result<Checked, Error> {
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
        let digests: Vec<TextDigests> = decoded
            .iter()
            .map(|d| TextDigests::compute(&d.organizations, &self.lookup))
            .collect();
        // A registry that starts empty takes the checks' acronym and skeleton maps as its
        // indexes, and its lookup index is built beside the checks.
        let empty = self.organizations.is_empty() && self.lookup.is_empty();
        let count: usize = decoded.iter().map(|d| d.organizations.len()).sum();
        let checks = |reporters: &mut Vec<Reporter<'_>>| {
            let acronyms = self.link(&decoded, &digests, reporters);
            let skeletons = self.check_spoofing(&decoded, &digests, reporters);
            (acronyms, skeletons)
        };
        let (lookup, (acronyms, skeletons)) = if empty && count >= 1000 {
            let (lookup, checked) = crate::parallel::join(
                || self.lookup_of(&decoded, &digests),
                || checks(&mut reporters),
            );
            (Some(lookup), checked)
        } else {
            (None, checks(&mut reporters))
        };
        let indexes = lookup.map(|lookup| Indexes {
            lookup,
            acronyms,
            skeletons,
        });
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
        Ok(Checked {
            decoded,
            digests,
            indexes,
            warnings,
        })
    }

    /// Adds checked records.
    fn push_checked(&mut self, checked: Checked) {
        let Checked {
            decoded,
            digests,
            indexes,
            warnings,
        } = checked;
        self.warnings.extend(warnings);
        let start = self.organizations.len();
        let mut new_digests = TextDigests::default();
        for (d, digests) in decoded.into_iter().zip(digests) {
            for a in d.areas {
                self.push_area(a);
            }
            let first = self.organizations.len();
            for (k, o) in d.organizations.iter().enumerate() {
                self.org_index.insert(o.id.clone(), first + k);
            }
            if self.organizations.is_empty() {
                self.organizations = d.organizations;
            } else {
                self.organizations.extend(d.organizations);
            }
            new_digests.append(digests);
            for s in d.statements {
                self.push_statement(s);
            }
        }
        match indexes {
            Some(ix) if start == 0 && self.lookup.is_empty() => {
                self.folded = std::sync::OnceLock::new();
                self.lookup = ix.lookup;
                self.acronyms = ix.acronyms;
                self.skeletons = ix.skeletons;
            }
            _ => self.index_from(start, &new_digests),
        }
    }

    /// A lookup index like this registry's of the organizations of `decoded`, numbered as
    /// they will be when they enter it empty.
    fn lookup_of(&self, decoded: &[Decoded], digests: &[TextDigests]) -> LookupIndex {
        let mut lookup = self.lookup.empty_like();
        lookup.reserve(
            decoded
                .iter()
                .flat_map(|d| &d.organizations)
                .map(|o| o.acronyms.len() + o.names.len())
                .sum(),
        );
        let incoming = Incoming::new(self.organizations.len(), decoded);
        let text_of = |j: u32, t: u16| incoming.get(j as usize)?.text_at(usize::from(t));
        let mut at = self.organizations.len();
        for (d, digests) in decoded.iter().zip(digests) {
            for (k, o) in d.organizations.iter().enumerate() {
                lookup.insert(at, o, digests.keys(k), text_of);
                at += 1;
            }
        }
        lookup
    }

    /// Indexes the organizations from `start` on (lookup, acronyms, skeletons), with the
    /// digests of their texts. The lookup index is built on a second thread beside the others
    /// when there are many.
    fn index_from(&mut self, start: usize, digests: &TextDigests) {
        self.folded = std::sync::OnceLock::new();
        let organizations = &self.organizations;
        let lookup = &mut self.lookup;
        let (skeleton_index, acronyms, digester) =
            (&mut self.skeletons, &mut self.acronyms, &self.digester);
        let new = organizations.get(start..).unwrap_or_default();
        // The indexes grow once: rehashing millions of entries costs more than counting.
        let texts = new.iter().map(|o| o.acronyms.len() + o.names.len()).sum();
        lookup.reserve(texts);
        skeleton_index.reserve(texts);
        let mut build_lookup = move || {
            let text_of = |j: u32, t: u16| organizations.get(j as usize)?.text_at(usize::from(t));
            for (k, o) in new.iter().enumerate() {
                lookup.insert(start + k, o, digests.keys(k), text_of);
            }
        };
        let mut build_others = move || {
            for (k, o) in new.iter().enumerate() {
                enter_acronyms(acronyms, digester, start + k, o, digests.keys(k));
                add_skeletons(
                    skeleton_index,
                    organizations,
                    start + k,
                    o,
                    digests.skeletons(k),
                );
            }
        };
        if new.len() >= 1000 {
            crate::parallel::join(build_lookup, build_others);
        } else {
            build_others();
            build_lookup();
        }
    }

    /// The digest under which `acronyms` holds an acronym of primary key digest `key` (from
    /// [`LookupIndex::key_digest`]) in `place`.
    pub(crate) fn acronym_digest(&self, place: &Place, key: u64) -> u64 {
        acronym_digest(&self.digester, place, key)
    }

    /// Warnings from loading and inserting: spoofing (mixed scripts, look-alike acronyms and
    /// names), each with its location.
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// Organizations with a different acronym or name that looks like `text` (the same UTS #39
    /// skeleton): (organization, its text).
    pub fn look_alikes(&self, text: &str) -> Vec<(&Organization, &str)> {
        let skeleton = crate::spoof::skeleton(text);
        self.skeletons
            .get(crate::spoof::skeleton_digest(text))
            .iter()
            .filter_map(|&(i, t)| {
                let o = self.organizations.get(i as usize)?;
                Some((o, o.text_at(usize::from(t))?))
            })
            .filter(|(_, t)| *t != text && crate::spoof::skeleton(t) == skeleton)
            .collect()
    }

    fn push_area(&mut self, a: Area) {
        self.area_index.insert(a.id.clone(), self.areas.len());
        self.areas.push(a);
    }

    fn push_organization(&mut self, o: Organization) {
        let i = self.organizations.len();
        self.index_organization(i, &o);
        self.org_index.insert(o.id.clone(), i);
        self.organizations.push(o);
    }

    /// Enters organization `i` (`o`) into the lookup, acronym and skeleton indexes.
    fn index_organization(&mut self, i: usize, o: &Organization) {
        self.folded = std::sync::OnceLock::new();
        let digests = TextDigests::one(o, &self.lookup);
        let organizations = &self.organizations;
        let text_of = |j: u32, t: u16| organizations.get(j as usize)?.text_at(usize::from(t));
        self.lookup.insert(i, o, digests.keys(0), text_of);
        enter_acronyms(&mut self.acronyms, &self.digester, i, o, digests.keys(0));
        add_skeletons(
            &mut self.skeletons,
            &self.organizations,
            i,
            o,
            digests.skeletons(0),
        );
    }

    /// Takes organization `i` (`o`, as it was indexed) out of the lookup, acronym and skeleton
    /// indexes. A text that another organization shares with it leaves the skeleton index with
    /// it (buckets keep one organization per text): look-alike warnings may then name a
    /// different organization as the witness, or none for that text.
    fn unindex_organization(&mut self, i: usize, o: &Organization) {
        self.folded = std::sync::OnceLock::new();
        self.lookup.remove(i, o);
        for a in &o.acronyms {
            let key = self.lookup.key_digest(&a.text);
            for p in &o.countries {
                let d = self.acronym_digest(p, key);
                self.acronyms.retain(d, |&j| j as usize != i);
            }
        }
        for t in o
            .acronyms
            .iter()
            .map(|a| &a.text)
            .chain(o.names.iter().map(|n| &n.text))
        {
            let sk = crate::spoof::skeleton_digest(t);
            self.skeletons.retain(sk, |&(j, _)| j as usize != i);
        }
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
                    .and_then(|old| crate::files::preserve::merge(old, &text))
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

/// Places problems located in the JSON text of one record (`{"organization": [{…}]}`) at the
/// record's field instead: the path of the innermost value or key at their position, in the
/// data files' spelling (`names[0].text`).
struct Placer<'a> {
    what: &'a str,
    root: Option<crate::files::tree::Node<'a>>,
    /// Byte offset of each line's start.
    starts: Vec<usize>,
    json: &'a str,
}

impl<'a> Placer<'a> {
    fn new(json: &'a str, what: &'a str, needed: bool) -> Self {
        let (root, starts) = if needed {
            let mut starts = vec![0];
            starts.extend(json.match_indices('\n').map(|(i, _)| i + 1));
            (crate::files::json::parse(json).ok(), starts)
        } else {
            (None, Vec::new())
        };
        Placer {
            what,
            root,
            starts,
            json,
        }
    }

    fn at_field(&self, mut p: Problem) -> Problem {
        let Some(root) = &self.root else { return p };
        let start = self
            .starts
            .get(p.location.line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let column: usize = self
            .json
            .get(start..)
            .and_then(|l| l.lines().next())
            .unwrap_or("")
            .chars()
            .take(p.location.column.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        let mut path = Vec::new();
        crate::files::tree::path_at(root, start + column, &mut path);
        // The first two steps are the record's place in the file (`organization[0]`).
        let field = path
            .get(2..)
            .unwrap_or_default()
            .join(".")
            .replace(".[", "[");
        p.location.field = Some(if field.is_empty() {
            self.what.to_owned()
        } else {
            field
        });
        p
    }
}

/// The default file-size limit of a registry's loads and saves: 1 GiB, twice the size of a
/// JSON registry of a million organizations (484 MB for the synthetic one; 298 MB as TOML).
/// Change it with [`Registry::with_max_file_bytes`].
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry whose index digests all collide: finding and the acronym checks must
    /// still answer exactly, by checking each value a digest leads to.
    fn colliding() -> Registry {
        Registry {
            lookup: LookupIndex::colliding(),
            digester: Digester::colliding(),
            ..Registry::new()
        }
    }

    #[test]
    fn digest_collisions_never_change_an_answer() -> Result<(), Error> {
        let seed = crate::seed::registry()?;
        let mut r = colliding();
        for a in seed.areas() {
            r.insert_area(a.clone())?;
        }
        for o in seed.organizations() {
            r.insert_organization(o.clone())?;
        }
        let mut queries = 0;
        for o in seed.organizations() {
            for t in o.texts() {
                let ids = |r: &Registry| -> Vec<(String, MatchKind)> {
                    r.find(t)
                        .into_iter()
                        .map(|f| (f.organization.id.clone(), f.how))
                        .collect()
                };
                let expected = ids(&seed);
                assert!(expected.iter().any(|(id, _)| *id == o.id), "{t}");
                assert_eq!(ids(&r), expected, "{t}");
                queries += 1;
            }
        }
        assert!(queries > 60, "{queries}");
        assert!(r.find("no such party anywhere").is_empty());
        // An acronym already used in the same country is still refused, and one used in
        // another country is not.
        let mlpd = seed
            .organization("mlpd")
            .cloned()
            .ok_or(Error::Invalid(Problems(vec![])))?;
        let mut twin = mlpd.clone();
        twin.id = "mlpd-twin".into();
        twin.names.truncate(1);
        twin.names[0].text = "Eine andere Partei".into();
        let err = r.insert_organization(twin.clone()).map(|_| ()).unwrap_err();
        assert!(
            err.to_string()
                .contains("acronym used twice in one country"),
            "{err}"
        );
        twin.countries = vec![Place::Country("AT".into())];
        r.insert_organization(twin)?;
        // Removing an organization takes exactly its own entries out.
        r.remove_organization("mlpd")?;
        assert!(
            r.find("MLPD")
                .iter()
                .all(|f| f.organization.id == "mlpd-twin")
        );
        assert_eq!(r.find("MLPD").len(), 1);
        Ok(())
    }
}
