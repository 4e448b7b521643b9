//! Loading: data files and texts decoded, checked as a whole and entered into the registry;
//! records given through the API checked as a file holding them would be.

use std::path::Path;

use super::digests::TextDigests;
use super::{Registry, origin};
use crate::digest::DigestMap;
use crate::error::{Error, Problem, ProblemKind, Problems};
use crate::files::decode::{self, Decoded, Findings, Format, Reporter};
use crate::files::encode::{self, FileRef};
use crate::files::input::too_large;
use crate::files::save::{self, Fingerprint};
use crate::find::LookupIndex;
use crate::organization::{Area, Organization, Place};
use crate::statement::Statement;

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

/// A source text and the name to report its problems under.
struct Source<'a> {
    label: String,
    text: &'a str,
    format: Format,
}

impl Registry {
    /// Loads one data file (`.toml` or `.json`).
    ///
    /// # Errors
    /// [`Error::Io`] when it cannot be read, [`Error::Invalid`] with every problem found.
    ///
    /// ```
    /// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/registry.toml");
    /// let registry = signatories::Registry::load(path)?;
    /// assert_eq!(registry.organizations().len(), 31);
    /// let err = signatories::Registry::load("no/such/registry.toml").unwrap_err();
    /// assert!(matches!(err, signatories::Error::Io { .. }));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<Self, Error> {
        Self::load_files(&[path])
    }

    /// Loads several data files as one registry (organizations in one, statements in another),
    /// checking references across them.
    ///
    /// # Errors
    /// As [`Registry::load`], with the problems of every file.
    ///
    /// ```
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/");
    /// let files = [format!("{dir}registry.toml"), format!("{dir}icor-2023-02-07-peru-solidarity.toml")];
    /// let registry = signatories::Registry::load_files(&files)?;
    /// assert_eq!(registry.statements()[0].entries().count(), 31);
    /// // The statement alone names organizations no file defines.
    /// let err = signatories::Registry::load_files(&files[1..]).unwrap_err();
    /// assert_eq!(err.problems()[0].kind, signatories::ProblemKind::UnknownOrganization);
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/");
    /// let mut registry = signatories::Registry::load(format!("{dir}registry.toml"))?;
    /// registry.add_files(&[format!("{dir}icor-2023-02-07-peru-solidarity.toml")])?;
    /// assert_eq!(registry.statements().len(), 1);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn add_files<P: AsRef<Path>>(&mut self, paths: &[P]) -> Result<(), Error> {
        // The files are read under their folders' locks, so that a save of several of them
        // (which holds the same locks) is seen whole or not at all; a save that was killed
        // while replacing them is finished first.
        let folders: Vec<std::path::PathBuf> = paths
            .iter()
            .filter_map(|p| save::key(p.as_ref()).parent().map(Path::to_path_buf))
            .collect();
        let locks = crate::files::commit::lock_for_reading(folders)?;
        let mut texts = Vec::new();
        for p in paths {
            let path = p.as_ref();
            let format = Format::from_path(path).ok_or_else(|| Error::UnknownFormat {
                path: path.to_path_buf(),
            })?;
            let label = path.display().to_string();
            let bytes = match save::read_limited(path, self.max_file_bytes)? {
                Ok(bytes) => bytes,
                Err(size) => return Err(too_large(&label, Some(size), self.max_file_bytes)),
            };
            let fingerprint = Fingerprint::of(&bytes);
            let text = crate::files::input::utf8(bytes, &label)?;
            texts.push((label, text, format, save::key(path), fingerprint));
        }
        drop(locks);
        let sources: Vec<Source<'_>> = texts
            .iter()
            .map(|(label, text, format, _, _)| Source {
                label: label.clone(),
                text,
                format: *format,
            })
            .collect();
        let (decoded, findings) = self.decode_sources(&sources)?;
        // The files' texts are not needed once their records are decoded (the checks across
        // records report at places kept as lines and columns): they go before the checks and
        // the indexes, which never take memory beside them.
        drop(sources);
        let known: Vec<_> = texts
            .into_iter()
            .map(|(_, _, _, key, fingerprint)| (key, fingerprint))
            .collect();
        let checked = self.check_decoded(decoded, findings)?;
        let origins = self.origins_mut();
        let files: Vec<Option<usize>> = known
            .into_iter()
            .zip(&checked.decoded)
            .map(|((key, fingerprint), d)| {
                let counts = [d.areas.len(), d.organizations.len(), d.statements.len()];
                Some(origins.know(key, fingerprint, counts))
            })
            .collect();
        self.push_checked(checked, &files);
        Ok(())
    }

    /// A registry from TOML text; `label` names it in error messages.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem found.
    ///
    /// ```
    /// let toml = r#"
    /// [[organization]]
    /// id = "mlpd"
    /// countries = ["DE"]
    /// names = [{ text = "Marxistisch-Leninistische Partei Deutschlands", lang = "de", kind = "original" }]
    /// "#;
    /// let registry = signatories::Registry::from_toml_str(toml, "r.toml")?;
    /// assert_eq!(registry.organization("mlpd").unwrap().names[0].lang.to_string(), "de");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn from_toml_str(text: &str, label: &str) -> Result<Self, Error> {
        let mut r = Registry::new();
        r.add_str(text, Format::Toml, label)?;
        Ok(r)
    }

    /// A registry from JSON text; `label` names it in error messages.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem found.
    ///
    /// ```
    /// let json = r#"{"organization": [{"id": "mlpd", "countries": ["DE"],
    ///   "names": [{"text": "Marxistisch-Leninistische Partei Deutschlands", "lang": "de", "kind": "original"}]}]}"#;
    /// let registry = signatories::Registry::from_json_str(json, "r.json")?;
    /// assert_eq!(registry.organization("mlpd").unwrap().countries[0].as_str(), "DE");
    /// // A country that is no ISO 3166-1 code is refused with its place.
    /// let err = signatories::Registry::from_json_str(&json.replace("\"DE\"", "\"XX\""), "r.json").unwrap_err();
    /// assert_eq!(err.problems()[0].kind, signatories::ProblemKind::Country);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn from_json_str(text: &str, label: &str) -> Result<Self, Error> {
        let mut r = Registry::new();
        r.add_str(text, Format::Json, label)?;
        Ok(r)
    }

    /// Adds the contents of a data file's text. On any problem the registry is left unchanged.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem found.
    ///
    /// ```
    /// use signatories::{Format, Registry};
    /// let mut registry = Registry::new();
    /// registry.add_str(signatories::seed::REGISTRY_TOML, Format::Toml, "registry.toml")?;
    /// // On a problem the registry is left as it was.
    /// assert!(registry.add_str("{", Format::Json, "bad.json").is_err());
    /// assert_eq!(registry.organizations().len(), 31);
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// use signatories::{NameKind, Organization, ProblemKind};
    /// let mut registry = signatories::seed::registry()?;
    /// let nkp = Organization::new("nkp").with_country("DE")
    ///     .with_name("Neue Kommunistische Partei", "de", NameKind::Original)?;
    /// registry.insert_organization(nkp)?;
    /// // A country that is no ISO 3166-1 code is refused as a data file's would be.
    /// let bad = Organization::new("x").with_country("XX").with_name("X", "en", NameKind::Original)?;
    /// let err = registry.insert_organization(bad).unwrap_err();
    /// assert_eq!(err.problems()[0].kind, ProblemKind::Country);
    /// assert_eq!(registry.organizations().len(), 32);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn insert_organization(&mut self, org: Organization) -> Result<(), Error> {
        let file = FileRef {
            area: &[],
            organization: std::slice::from_ref(&org),
            statement: &[],
        };
        let mixed_up = variant_problems(&org);
        if !mixed_up.is_empty() {
            return Err(Error::Invalid(Problems(mixed_up)));
        }
        self.insert_json("organization", &org.id, &encode::to_json(&file))
    }

    /// Adds organizations given as values in one batch (an import's new organizations),
    /// checked as a data file holding them would be: each one's document tree
    /// ([`encode::organization_tree`], the tree its JSON text reads into) decoded by the data
    /// files' rules, then the checks across records — without writing or parsing text. On any
    /// problem the registry is left unchanged; problems and warnings name their organization
    /// (`organization "id"`).
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem.
    pub(crate) fn insert_organizations(&mut self, orgs: &[Organization]) -> Result<(), Error> {
        let mut problems: Vec<Problem> = orgs.iter().flat_map(variant_problems).collect();
        // Organization `i`'s tree lies at offset `i` of a text of one line an organization, so
        // that what the checks report at line `i + 1` is placed at organization `i`.
        let lines = "\n".repeat(orgs.len());
        let mut rep = Reporter::new("organizations", &lines);
        let trees = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| encode::organization_tree(o, i..i));
        let decoded = decode::decode_organizations(trees, &mut rep);
        let place = |mut p: Problem| {
            if let Some(o) = p.location.line.checked_sub(1).and_then(|i| orgs.get(i)) {
                p.location = crate::error::Location {
                    file: format!("organization {:?}", o.id),
                    line: 1,
                    column: 1,
                    field: None,
                };
            }
            p
        };
        match self.check_decoded(vec![decoded], vec![rep.findings()]) {
            Ok(mut checked) if problems.is_empty() => {
                checked.warnings = std::mem::take(&mut checked.warnings)
                    .into_iter()
                    .map(place)
                    .collect();
                self.push_checked(checked, &[None]);
                Ok(())
            }
            Ok(_) => Err(Error::Invalid(Problems(problems))),
            Err(Error::Invalid(p)) => {
                problems.extend(p.0.into_iter().map(place));
                Err(Error::Invalid(Problems(problems)))
            }
            Err(e) => Err(e),
        }
    }

    /// Adds an area, validating it as a data file would be.
    ///
    /// # Errors
    /// [`Error::Invalid`] with every problem; the registry is left unchanged.
    ///
    /// ```
    /// let mut registry = signatories::Registry::new();
    /// let mut area: signatories::Area = signatories::seed::registry()?.area("kurdistan").unwrap().clone();
    /// area.id = "kurdistan-2".into();
    /// registry.insert_area(area)?;
    /// assert!(registry.area("kurdistan-2").is_some());
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// use signatories::{ProblemKind, SectionKind, Statement};
    /// let mut registry = signatories::seed::registry()?;
    /// registry.insert_statement(Statement::new("s").with_entries(SectionKind::Initial, ["mlpd"]))?;
    /// let err = registry.insert_statement(Statement::new("t").with_entries(SectionKind::Initial, ["nobody"])).unwrap_err();
    /// assert_eq!(err.problems()[0].kind, ProblemKind::UnknownOrganization);
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    pub(super) fn insert_json(&mut self, what: &str, id: &str, json: &str) -> Result<(), Error> {
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
        let (decoded, findings) = self.decode_sources(sources)?;
        let checked = self.check_decoded(decoded, findings)?;
        self.push_checked(checked, &vec![None; sources.len()]);
        Ok(())
    }

    /// Decodes sources: their records, and what was reported of each (the checks across
    /// records, [`Registry::check_decoded`], need no text).
    fn decode_sources(
        &self,
        sources: &[Source<'_>],
    ) -> Result<(Vec<Decoded>, Vec<Findings>), Error> {
        if let Some(s) = sources
            .iter()
            .find(|s| s.text.len() as u64 > self.max_file_bytes)
        {
            return Err(too_large(
                &s.label,
                Some(s.text.len() as u64),
                self.max_file_bytes,
            ));
        }
        let mut findings: Vec<Findings> = Vec::new();
        let mut decoded: Vec<Decoded> = Vec::new();
        for s in sources {
            let mut rep = Reporter::new(s.label.clone(), s.text);
            decoded.push(decode::decode(s.text, s.format, &mut rep));
            findings.push(rep.findings());
        }
        Ok((decoded, findings))
    }

    /// Checks decoded records across records and against the registry (ids, references,
    /// acronyms, look-alikes), with the digests and, for an empty registry, the indexes;
    /// `reporters` hold each source's problems so far.
    fn check_decoded(
        &self,
        decoded: Vec<Decoded>,
        mut reporters: Vec<Findings>,
    ) -> Result<Checked, Error> {
        let digests: Vec<TextDigests> = decoded
            .iter()
            .map(|d| TextDigests::compute(&d.organizations, &self.lookup))
            .collect();
        // A registry that starts empty takes the checks' acronym and skeleton maps as its
        // indexes, and its lookup index is built beside the checks.
        let empty = self.organizations.is_empty() && self.lookup.is_empty();
        let count: usize = decoded.iter().map(|d| d.organizations.len()).sum();
        let checks = |reporters: &mut Vec<Findings>| {
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

    /// Adds checked records; `files` are the known files they were read from, source by
    /// source (`None`: a text no file holds).
    fn push_checked(&mut self, checked: Checked, files: &[Option<usize>]) {
        let Checked {
            decoded,
            digests,
            indexes,
            warnings,
        } = checked;
        self.warnings.extend(warnings);
        let start = self.organizations.len();
        let mut new_digests = TextDigests::default();
        // Room for every new id at once: the index never holds its old table beside a new one
        // while it grows.
        self.org_index
            .reserve(decoded.iter().map(|d| d.organizations.len()).sum());
        for (n, (d, digests)) in decoded.into_iter().zip(digests).enumerate() {
            let file = files.get(n).copied().flatten();
            let origins = self.origins_mut();
            origins.push_read(origin::AREA, file, d.areas.len());
            origins.push_read(origin::ORGANIZATION, file, d.organizations.len());
            origins.push_read(origin::STATEMENT, file, d.statements.len());
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
                self.forget_derived();
                self.lookup = ix.lookup;
                self.acronyms = ix.acronyms;
                self.skeletons = ix.skeletons;
            }
            _ => self.index_from(start, &new_digests),
        }
    }

    /// A lookup index like this registry's of the organizations of `decoded`, numbered as
    /// they will be when they enter it empty: its whole texts and its words built on two
    /// threads.
    fn lookup_of(&self, decoded: &[Decoded], digests: &[TextDigests]) -> LookupIndex {
        let incoming = &Incoming::new(self.organizations.len(), decoded);
        // Each organization with its number and its texts' key digests.
        let numbered = || {
            decoded
                .iter()
                .zip(digests)
                .enumerate()
                .flat_map(move |(source, (d, digests))| {
                    d.organizations
                        .iter()
                        .enumerate()
                        .filter_map(move |(k, o)| {
                            let at = incoming.place(source, k)?;
                            Some((at as usize, o, digests.keys(k)))
                        })
                })
        };
        let texts = || {
            let mut lookup = self.lookup.empty_like();
            // Room for the distinct keys: texts repeat (translations, shared names), and a
            // map of a slot per text would stay mostly empty.
            lookup.reserve(digests.iter().map(TextDigests::distinct_keys).sum());
            let text_of = |j: u32, t: u16| incoming.get(j as usize)?.text_at(usize::from(t));
            for (at, o, keys) in numbered() {
                lookup.insert_texts(at, o, keys, text_of);
            }
            lookup
        };
        let words = || {
            let mut lookup = self.lookup.empty_like();
            for (at, o, _) in numbered() {
                lookup.insert_words(at, o);
            }
            lookup
        };
        let (words, texts) = crate::parallel::join(words, texts);
        texts.with_words_of(words)
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

/// What a file cannot hold of an organization's places: a file tells a country from an area by
/// its spelling, so an area id of two letters (`Place::Area("de")`, which would come back as a
/// country) is refused. (A [`crate::CountryCode`] is two letters by construction.)
fn variant_problems(org: &Organization) -> Vec<Problem> {
    org.countries
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let Place::Area(id) = p else { return None };
            crate::organization::CountryCode::try_new(id).ok()?;
            let message = "an area id of two letters, which files read as a country code";
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
        .collect()
}
