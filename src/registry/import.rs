//! Importing organizations from open data ([`crate::interop`]: Popolo, Wikidata, CSV) into a
//! registry, and exporting the registry's organizations as Popolo or CSV.
//!
//! Each incoming organization is matched by its Wikidata item (kept as an identifier), then by
//! an acronym in one of its countries, then by its names at primary strength (the lookups the
//! list reader's reconcile step uses: [`Registry::find_by_acronym`], [`Registry::find`]). A
//! match adds the names the organization lacks, with their provenance and kind (a name in a
//! language with an official status in the organization's country, by CLDR's territoryInfo, or
//! in the country's likely language, is its own name; others are translations); no name
//! is overwritten or added twice. Two candidates are never merged (`ambiguous`); two Wikidata
//! items for one organization, and a name another organization holds, are problems.

use serde::Serialize;
use unic_langid::subtags::Language as Subtag;

use super::Registry;
use crate::error::{Error, Location, Problem, ProblemKind};
use crate::files::incoming::{Incoming, IncomingName, InteropFormat};
use crate::find::MatchKind;
use crate::locale::Language;
use crate::organization::{Acronym, Identifier, Name, NameKind, NameSource, Organization, Place};

/// What an import takes, and what it leaves out.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ImportOptions {
    /// Only names and acronyms in these languages (by language subtag: `de` takes `de-AT`);
    /// all when `None`.
    pub languages: Option<Vec<Language>>,
    /// Also Wikidata aliases (which hold misspellings kept for search), not only labels.
    pub aliases: bool,
    /// The countries of incoming organizations that name none (a file of one country's
    /// parties, such as EveryPolitician's).
    pub countries: Vec<Place>,
    /// What to do with a name a file gives without a language (a Popolo `name`) where the
    /// document declares no language for it.
    pub untagged_names: UntaggedNames,
}

impl ImportOptions {
    /// Only names and acronyms in these languages (by language subtag).
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] for a tag that does not parse.
    ///
    /// ```
    /// let options = signatories::registry::ImportOptions::default().with_languages(["de", "fr"])?;
    /// assert_eq!(options.languages.map(|l| l.len()), Some(2));
    /// assert!(signatories::registry::ImportOptions::default().with_languages(["??"]).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_languages<L: crate::IntoLocale>(
        mut self,
        languages: impl IntoIterator<Item = L>,
    ) -> Result<Self, Error> {
        let languages = languages
            .into_iter()
            .map(crate::IntoLocale::into_language)
            .collect::<Result<Vec<_>, _>>()?;
        self.languages = Some(languages);
        Ok(self)
    }

    /// Also Wikidata aliases, not only labels.
    ///
    /// ```
    /// assert!(signatories::registry::ImportOptions::default().with_aliases(true).aliases);
    /// ```
    pub fn with_aliases(mut self, aliases: bool) -> Self {
        self.aliases = aliases;
        self
    }

    /// The countries of incoming organizations that name none.
    ///
    /// ```
    /// use signatories::{Place, registry::ImportOptions};
    /// let options = ImportOptions::default().with_countries([Place::Country("EE".parse()?)]);
    /// assert_eq!(options.countries, [Place::Country("EE".parse()?)]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn with_countries(mut self, countries: impl IntoIterator<Item = Place>) -> Self {
        self.countries = countries.into_iter().collect();
        self
    }

    /// What to do with a name given without a language.
    ///
    /// ```
    /// use signatories::registry::{ImportOptions, UntaggedNames};
    /// let options = ImportOptions::default().with_untagged_names(UntaggedNames::LikelyLanguage);
    /// assert_eq!(options.untagged_names, UntaggedNames::LikelyLanguage);
    /// ```
    pub fn with_untagged_names(mut self, untagged: UntaggedNames) -> Self {
        self.untagged_names = untagged;
        self
    }
}

/// What an import does with a name given without a language (a Popolo organization's `name`,
/// which EveryPolitician fills with an acronym, an English name or a local one, as the
/// country's source printed it) where the document does not declare its language (JSON-LD's
/// `"@context": {"@language": "…"}`, which is always followed). Never a silent guess: every
/// name left out or read in a guessed language gets a warning that says so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum UntaggedNames {
    /// Left out, with a warning.
    #[default]
    LeaveOut,
    /// Read in this language (the caller knows the file's).
    Language(Language),
    /// Read in CLDR's likely language of the organization's country (likely subtags of
    /// `und-CC`: `EE` → `et`), with a warning naming the guess; left out, with a warning, where
    /// the organization's countries have no one likely language or the text is not written in
    /// that language's likely script (`AJIP` in a Pakistani file is not read as Urdu, which is
    /// written in Arabic script; an acronym in Latin letters in a Croatian file is read as
    /// Croatian, and the warning says so).
    LikelyLanguage,
}

/// How an incoming organization was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ImportStatus {
    /// One organization of the registry.
    Matched,
    /// None: a new organization.
    New,
    /// Several: nothing is changed (a person chooses).
    Ambiguous,
}

/// One incoming organization's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ImportedOrganization {
    /// The registry's organization (matched or new); none when ambiguous.
    pub id: Option<String>,
    /// How it matched.
    pub status: ImportStatus,
    /// Names and acronyms added.
    pub names_added: usize,
    /// Its source (`wikidata:Q…`, `popolo:FILE`, `csv:FILE`).
    pub source: String,
    /// Its id in the file.
    #[serde(skip)]
    pub key: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportReport {
    /// Each incoming organization, in the order read.
    pub organizations: Vec<ImportedOrganization>,
    /// Conflicts and what the registry refused, each with the incoming record's place.
    pub problems: Vec<Problem>,
    /// What was taken with a doubt or left out without being wrong (a name without a language),
    /// each with its place in the file.
    pub warnings: Vec<Problem>,
}

/// Names and acronyms to add to one organization of the registry.
struct Update {
    id: String,
    names: Vec<Name>,
    acronyms: Vec<Acronym>,
    wikidata: Option<String>,
    /// Its entry in the report.
    entry: usize,
    location: Location,
}

/// An import under way: incoming organizations are matched one at a time ([`Importer::add`])
/// against the registry as it was, and the changes are made at the end ([`Importer::finish`]),
/// new organizations in one validated batch.
pub struct Importer<'r> {
    registry: &'r mut Registry,
    options: ImportOptions,
    /// Wikidata item → organization (of the registry, or new).
    items: crate::FastMap<String, String>,
    new: Vec<(Organization, usize, Location)>,
    new_ids: crate::FastMap<String, usize>,
    /// For each id base taken, the next number to try (a dump repeats names: numbering from 2
    /// each time would cost the square of the repeats).
    next_number: crate::FastMap<String, usize>,
    updates: Vec<Update>,
    /// The main language of each country (CLDR likely subtags), looked up once.
    country_language: crate::FastMap<String, Option<Subtag>>,
    report: ImportReport,
}

impl Registry {
    /// Imports organizations: matches each to the registry and adds what it lacks (see the
    /// module documentation). The registry is changed in memory; save it to keep the changes.
    ///
    /// ```
    /// use signatories::interop::{self, InteropFormat};
    /// use signatories::registry::{ImportOptions, ImportStatus};
    /// let csv = "id,countries,acronym:de,name:de,name:fr:translation\n\
    ///            mlpd,DE,MLPD,Marxistisch-Leninistische Partei Deutschlands,Parti marxiste-léniniste d'Allemagne\n";
    /// let mut incoming = Vec::new();
    /// interop::read_str(csv, "members.csv", "members.csv", InteropFormat::Csv, &mut |o| incoming.push(o))?;
    /// let mut registry = signatories::seed::registry()?;
    /// let report = registry.import(incoming, &ImportOptions::default());
    /// assert_eq!(report.organizations[0].status, ImportStatus::Matched);
    /// assert_eq!(report.organizations[0].names_added, 1);
    /// let mlpd = registry.organization("mlpd").unwrap();
    /// assert!(mlpd.names.iter().any(|n| n.text == "Parti marxiste-léniniste d'Allemagne"
    ///     && n.source.as_ref().map(|s| s.as_str()) == Some("csv:members.csv")));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn import(
        &mut self,
        incoming: impl IntoIterator<Item = Incoming>,
        options: &ImportOptions,
    ) -> ImportReport {
        let mut importer = self.importer(options.clone());
        for o in incoming {
            importer.add(o);
        }
        importer.finish()
    }

    /// An import that takes incoming organizations one at a time (a Wikidata dump streamed).
    ///
    /// ```
    /// use signatories::interop::{self, InteropFormat};
    /// use signatories::registry::{ImportOptions, ImportStatus};
    /// let csv = "id,countries,acronym:de,name:de\nnkp,DE,NKP,Neue Kommunistische Partei\n";
    /// let mut registry = signatories::seed::registry()?;
    /// let mut importer = registry.importer(ImportOptions::default());
    /// interop::read_str(csv, "new.csv", "new.csv", InteropFormat::Csv, &mut |o| importer.add(o))?;
    /// let report = importer.finish();
    /// assert_eq!(report.organizations[0].status, ImportStatus::New);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn importer(&mut self, options: ImportOptions) -> Importer<'_> {
        let mut items = crate::FastMap::default();
        for o in &self.organizations {
            for i in &o.identifiers {
                if i.scheme == "wikidata" {
                    items.insert(i.value.clone(), o.id.clone());
                }
            }
        }
        Importer {
            registry: self,
            options,
            items,
            new: Vec::new(),
            new_ids: crate::FastMap::default(),
            next_number: crate::FastMap::default(),
            updates: Vec::new(),
            country_language: crate::FastMap::default(),
            report: ImportReport::default(),
        }
    }

    /// The organizations (all, or one statement's signatories, in its order) as a Popolo
    /// document or CSV.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] for an unknown statement, or for Wikidata (which is read, not
    /// written).
    ///
    /// ```
    /// use signatories::interop::{self, InteropFormat};
    /// let registry = signatories::seed::registry()?;
    /// let csv = registry.export(InteropFormat::Csv, Some(signatories::seed::STATEMENT_ID))?;
    /// let mut keys = Vec::new();
    /// interop::read_str(&csv, "out.csv", "out.csv", InteropFormat::Csv, &mut |o| keys.push(o.key))?;
    /// // Every signatory, in the list's order.
    /// assert_eq!((keys.len(), keys[0].as_str()), (31, "pcpci"));
    /// assert!(registry.export(InteropFormat::Wikidata, None).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn export(&self, format: InteropFormat, statement: Option<&str>) -> Result<String, Error> {
        let orgs: Vec<&Organization> = match statement {
            None => self.organizations.iter().collect(),
            Some(id) => {
                let s = self.statement(id).ok_or_else(|| Error::InvalidValue {
                    what: "no statement with this id".to_owned(),
                    value: id.to_owned(),
                })?;
                s.entries()
                    .filter_map(|e| self.organization(&e.org))
                    .collect()
            }
        };
        match format {
            InteropFormat::Popolo => Ok(crate::files::popolo::write(orgs.into_iter())),
            InteropFormat::Csv => Ok(crate::files::csv::write(orgs.into_iter())),
            _ => Err(Error::InvalidValue {
                what: "export writes popolo or csv".to_owned(),
                value: format.as_str().to_owned(),
            }),
        }
    }
}

/// The language subtag of a tag.
fn language(tag: &Language) -> Subtag {
    tag.id().language
}

impl Importer<'_> {
    /// Matches one incoming organization and notes what it adds.
    ///
    /// ```
    /// use signatories::interop::{self, InteropFormat};
    /// use signatories::registry::{ImportOptions, ImportStatus};
    /// let csv = "id,countries,acronym:de\nm,DE,MLPD\n";
    /// let mut registry = signatories::seed::registry()?;
    /// let mut importer = registry.importer(ImportOptions::default());
    /// interop::read_str(csv, "m.csv", "m.csv", InteropFormat::Csv, &mut |o| importer.add(o))?;
    /// // Matched by acronym and country: the MLPD of the registry.
    /// let report = importer.finish();
    /// assert_eq!((report.organizations[0].status, report.organizations[0].id.as_deref()), (ImportStatus::Matched, Some("mlpd")));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn add(&mut self, mut incoming: Incoming) {
        if incoming.countries.is_empty() {
            incoming.countries = self.options.countries.clone();
        }
        self.take_untagged(&mut incoming);
        self.keep_asked(&mut incoming);
        let entry = self.report.organizations.len();
        self.report.organizations.push(ImportedOrganization {
            id: None,
            status: ImportStatus::New,
            names_added: 0,
            source: incoming.source.clone(),
            key: incoming.key.clone(),
        });
        match self.candidates(&incoming) {
            Candidates::Pending(i) => self.merge_pending(i, incoming, entry),
            Candidates::One(id) => self.matched(id, incoming, entry),
            Candidates::None => self.create(incoming, entry),
            Candidates::Many(ids) => {
                if let Some(e) = self.report.organizations.get_mut(entry) {
                    e.status = ImportStatus::Ambiguous;
                }
                self.problem(
                    &incoming.location,
                    ProblemKind::AmbiguousEntry,
                    format!(
                        "could be any of several organizations ({}): not merged",
                        ids.join(", ")
                    ),
                    &incoming.key,
                );
            }
        }
    }

    /// The name given without a language, in the document's declared language, else as
    /// [`ImportOptions::untagged_names`] says.
    fn take_untagged(&mut self, o: &mut Incoming) {
        let Some(u) = o.untagged_name.take() else {
            return;
        };
        let taken = match (u.declared, &self.options.untagged_names) {
            (Some(l), _) => Ok((l, None)),
            (None, UntaggedNames::Language(l)) => Ok((l.clone(), None)),
            (None, UntaggedNames::LikelyLanguage) => {
                likely_language(&u.text, &o.countries).map(|l| {
                    let message = format!(
                        "name without a language (Popolo `name`) read as {l}, CLDR's likely language of the organization's country"
                    );
                    (l, Some(message))
                })
            }
            (None, UntaggedNames::LeaveOut) => Err(
                "name without a language (Popolo `name`): left out — declare its language, or ask for CLDR's likely language of the country".to_owned(),
            ),
        };
        let message = match taken {
            Ok((lang, message)) => {
                o.names.push(IncomingName {
                    name: Name {
                        text: u.text.clone(),
                        lang,
                        kind: NameKind::Translation,
                        source: None,
                    },
                    kind_known: false,
                    alias: false,
                });
                message
            }
            Err(message) => Some(message),
        };
        if let Some(message) = message {
            self.warn(&u.location, message, &u.text);
        }
    }

    fn warn(&mut self, at: &Location, message: String, value: &str) {
        if self.report.warnings.len() < crate::files::MAX_LISTED_PROBLEMS {
            self.report.warnings.push(Problem {
                kind: ProblemKind::UntaggedName,
                location: at.clone(),
                message,
                value: value.to_owned(),
            });
        }
    }

    /// Leaves out names and acronyms in languages not asked for, and aliases unless asked.
    fn keep_asked(&self, o: &mut Incoming) {
        let aliases = self.options.aliases;
        o.names.retain(|n| aliases || !n.alias);
        if let Some(langs) = &self.options.languages {
            let wanted = |l: &Language| langs.iter().any(|w| w.id().language == l.id().language);
            o.names.retain(|n| wanted(&n.name.lang));
            o.acronyms.retain(|a| wanted(&a.lang));
        }
    }

    fn problem(&mut self, at: &Location, kind: ProblemKind, message: String, value: &str) {
        if self.report.problems.len() < crate::files::MAX_LISTED_PROBLEMS {
            self.report.problems.push(Problem {
                kind,
                location: at.clone(),
                message,
                value: value.to_owned(),
            });
        }
    }

    /// The organizations an incoming one may be: by Wikidata item, then acronym and country,
    /// then names.
    fn candidates(&self, o: &Incoming) -> Candidates {
        if let Some(item) = &o.wikidata
            && let Some(id) = self.items.get(item)
        {
            return match self.new_ids.get(id) {
                Some(&i) => Candidates::Pending(i),
                None => Candidates::One(id.clone()),
            };
        }
        if self.registry.organizations.is_empty() {
            // Nothing to find by acronym or name (and no collation key to compute).
            return Candidates::None;
        }
        let mut ids: Vec<String> = Vec::new();
        for a in &o.acronyms {
            for org in self.registry.find_by_acronym(&a.text) {
                let here =
                    o.countries.is_empty() || org.countries.iter().any(|c| o.countries.contains(c));
                if here && !ids.contains(&org.id) {
                    ids.push(org.id.clone());
                }
            }
        }
        if ids.is_empty() {
            for n in &o.names {
                for f in self.registry.find(&n.name.text) {
                    if f.how == MatchKind::Name && !ids.contains(&f.organization.id) {
                        ids.push(f.organization.id.clone());
                    }
                }
                if ids.len() > 1 {
                    break;
                }
            }
        }
        match ids.len() {
            0 => Candidates::None,
            1 => Candidates::One(ids.remove(0)),
            _ => Candidates::Many(ids),
        }
    }

    /// The kind of an incoming name for an organization of `countries`: its own name in a
    /// language with an official status in one of them (CLDR territoryInfo: Swedish in Finland,
    /// Catalan in Spain) or the country's likely language, a translation in any other.
    fn kind(&mut self, n: &IncomingName, countries: &[Place]) -> NameKind {
        if n.kind_known {
            return n.name.kind.clone();
        }
        for c in countries {
            let Place::Country(code) = c else { continue };
            let main = *self
                .country_language
                .entry(code.to_string())
                .or_insert_with(|| main_language(code));
            if main == Some(language(&n.name.lang))
                || crate::locale::official::language_is_official_in(n.name.lang.id(), code)
            {
                return NameKind::Original;
            }
        }
        NameKind::Translation
    }

    /// The names of `incoming` that `org` lacks (by text and language subtag), with their kind
    /// and provenance.
    fn names_to_add(&mut self, org: &Organization, incoming: &Incoming) -> Vec<Name> {
        let mut out: Vec<Name> = Vec::new();
        for n in &incoming.names {
            // A name of a known kind is the same name only in the same language and kind (an
            // export read back); a label is the same as any name with its text in its language
            // (`en-GB` and `en` labels of one text are one name).
            let has = |x: &Name| {
                x.text == n.name.text
                    && if n.kind_known {
                        x.lang == n.name.lang && x.kind.as_str() == n.name.kind.as_str()
                    } else {
                        x.lang.primary_language() == n.name.lang.primary_language()
                    }
            };
            if org.names.iter().any(has) || out.iter().any(has) {
                continue;
            }
            let kind = self.kind(n, &org.countries);
            out.push(Name {
                text: n.name.text.clone(),
                lang: n.name.lang.clone(),
                kind,
                source: Some(
                    n.name
                        .source
                        .clone()
                        .unwrap_or_else(|| NameSource::Imported(incoming.source.clone())),
                ),
            });
        }
        out
    }

    fn matched(&mut self, id: String, incoming: Incoming, entry: usize) {
        let Some(org) = self.registry.organization(&id).cloned() else {
            return;
        };
        if let Some(e) = self.report.organizations.get_mut(entry) {
            e.status = ImportStatus::Matched;
            e.id = Some(id.clone());
        }
        let has_item = org
            .identifiers
            .iter()
            .find(|i| i.scheme == "wikidata")
            .map(|i| i.value.clone());
        if let (Some(theirs), Some(ours)) = (&incoming.wikidata, &has_item)
            && theirs != ours
        {
            let message = format!(
                "two Wikidata items for organization {id:?}: it has {ours}, the file {theirs}; nothing added"
            );
            self.problem(
                &incoming.location,
                ProblemKind::DuplicateId,
                message,
                theirs,
            );
            return;
        }
        let mut names = self.names_to_add(&org, &incoming);
        names.retain(|n| {
            let held = self
                .registry
                .find(&n.text)
                .into_iter()
                .find(|f| f.how == MatchKind::Name && f.organization.id != id);
            match held {
                Some(f) => {
                    let message = format!(
                        "name held by another organization ({}): not added to {id:?}",
                        f.organization.id
                    );
                    self.report.problems.push(Problem {
                        kind: ProblemKind::DuplicateEntry,
                        location: incoming.location.clone(),
                        message,
                        value: n.text.clone(),
                    });
                    false
                }
                None => true,
            }
        });
        let acronyms: Vec<Acronym> = incoming
            .acronyms
            .iter()
            .filter(|a| !org.acronyms.iter().any(|x| x.text == a.text))
            .cloned()
            .collect();
        let wikidata = incoming.wikidata.clone().filter(|_| has_item.is_none());
        if let Some(item) = &wikidata {
            self.items.insert(item.clone(), id.clone());
        }
        if names.is_empty() && acronyms.is_empty() && wikidata.is_none() {
            return;
        }
        self.updates.push(Update {
            id,
            names,
            acronyms,
            wikidata,
            entry,
            location: incoming.location,
        });
    }

    /// A second record of an organization this import creates (the same Wikidata item twice).
    fn merge_pending(&mut self, i: usize, incoming: Incoming, entry: usize) {
        let Some((org, _, _)) = self.new.get(i) else {
            return;
        };
        let org = org.clone();
        let names = self.names_to_add(&org, &incoming);
        let added = names.len();
        if let Some((o, _, _)) = self.new.get_mut(i) {
            o.names.extend(names);
        }
        if let Some(e) = self.report.organizations.get_mut(entry) {
            e.status = ImportStatus::Matched;
            e.id = Some(org.id);
            e.names_added = added;
        }
    }

    /// A new organization of an incoming one.
    fn create(&mut self, incoming: Incoming, entry: usize) {
        let mut org = Organization::new(self.new_id(&incoming));
        org.countries = incoming.countries.clone();
        org.region = incoming.region.clone();
        org.name_shows_country = incoming.name_shows_country.unwrap_or(false);
        org.acronyms = incoming.acronyms.clone();
        org.names = self.names_to_add(&org, &incoming);
        org.identifiers = incoming.identifiers.clone();
        if let Some(item) = &incoming.wikidata {
            org.identifiers.insert(
                0,
                Identifier {
                    scheme: "wikidata".to_owned(),
                    value: item.clone(),
                },
            );
            self.items.insert(item.clone(), org.id.clone());
        }
        if org.names.is_empty() {
            let message = "no name in a language that could be read: not imported".to_owned();
            self.problem(
                &incoming.location,
                ProblemKind::NoName,
                message,
                &incoming.key,
            );
            if let Some(e) = self.report.organizations.get_mut(entry) {
                e.status = ImportStatus::New;
            }
            return;
        }
        if let Some(e) = self.report.organizations.get_mut(entry) {
            e.id = Some(org.id.clone());
            e.names_added = org.names.len() + org.acronyms.len();
        }
        self.new_ids.insert(org.id.clone(), self.new.len());
        self.new.push((org, entry, incoming.location));
    }

    /// A free id: the incoming key where it is a slug, else a slug of its English (or first)
    /// name, numbered where taken.
    fn new_id(&mut self, o: &Incoming) -> String {
        let base = if crate::organization::is_slug(&o.key) {
            o.key.clone()
        } else {
            let en = o
                .names
                .iter()
                .find(|n| n.name.lang.primary_language() == "en")
                .or(o.names.first());
            let text = en.map_or(o.key.as_str(), |n| n.name.text.as_str());
            crate::organization::slug(text)
        };
        let registry = &*self.registry;
        let new_ids = &self.new_ids;
        let free = |id: &str| registry.organization(id).is_none() && !new_ids.contains_key(id);
        if free(&base) {
            return base;
        }
        let from = self.next_number.get(&base).copied().unwrap_or(2);
        let (n, id) = (from..)
            .map(|n| (n, format!("{base}-{n}")))
            .find(|(_, id)| free(id))
            .unwrap_or((from, base.clone()));
        self.next_number.insert(base, n + 1);
        id
    }

    /// Makes the changes: updates of matched organizations one by one, new organizations in
    /// one batch (one by one where the batch is refused, so that each problem names its
    /// record).
    ///
    /// ```
    /// use signatories::interop::{self, InteropFormat};
    /// use signatories::registry::ImportOptions;
    /// let csv = "id,countries,acronym:de,name:fr:translation\nm,DE,MLPD,Parti marxiste-léniniste d'Allemagne\n";
    /// let mut registry = signatories::seed::registry()?;
    /// let mut importer = registry.importer(ImportOptions::default());
    /// interop::read_str(csv, "m.csv", "m.csv", InteropFormat::Csv, &mut |o| importer.add(o))?;
    /// let report = importer.finish();
    /// assert!(report.problems.is_empty());
    /// assert!(registry.organization("mlpd").unwrap().names.iter().any(|n| n.text == "Parti marxiste-léniniste d'Allemagne"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn finish(mut self) -> ImportReport {
        for u in std::mem::take(&mut self.updates) {
            self.apply_update(u);
        }
        let new = std::mem::take(&mut self.new);
        let (orgs, places): (Vec<Organization>, Vec<(usize, Location)>) =
            new.into_iter().map(|(o, e, l)| (o, (e, l))).unzip();
        if !orgs.is_empty() && self.registry.insert_organizations(&orgs).is_err() {
            // One at a time, so that each problem is placed at its record.
            for (org, (entry, location)) in orgs.into_iter().zip(places) {
                if let Err(e) = self
                    .registry
                    .insert_organizations(std::slice::from_ref(&org))
                {
                    self.refused(entry, &location, e);
                }
            }
        }
        self.report
    }

    fn apply_update(&mut self, u: Update) {
        let added = u.names.len() + u.acronyms.len();
        let result = self.registry.update_organization(&u.id, |o| {
            o.names.extend(u.names);
            o.acronyms.extend(u.acronyms);
            if let Some(item) = u.wikidata {
                o.identifiers.push(Identifier {
                    scheme: "wikidata".to_owned(),
                    value: item,
                });
            }
        });
        match result {
            Ok(()) => {
                if let Some(e) = self.report.organizations.get_mut(u.entry) {
                    e.names_added = added;
                }
            }
            Err(e) => self.refused(u.entry, &u.location, e),
        }
    }

    /// What the registry refused of one incoming organization, placed at its record.
    fn refused(&mut self, entry: usize, at: &Location, e: Error) {
        if let Some(o) = self.report.organizations.get_mut(entry) {
            o.names_added = 0;
        }
        let problems = match e {
            Error::Invalid(p) => p.0,
            other => {
                self.problem(at, ProblemKind::InvalidValue, other.to_string(), "");
                return;
            }
        };
        for p in problems {
            let message = format!("{} ({})", p.message, p.location);
            self.problem(at, p.kind, message, &p.value);
        }
    }
}

enum Candidates {
    None,
    One(String),
    /// An organization this import creates (by index).
    Pending(usize),
    Many(Vec<String>),
}

/// CLDR's likely language of the countries of an organization (one language for all of them),
/// where `text` is written in that language's likely script; else why not.
fn likely_language(text: &str, countries: &[Place]) -> Result<Language, String> {
    let mut found: Option<icu_locale::LanguageIdentifier> = None;
    for c in countries {
        let Place::Country(code) = c else { continue };
        let Some(likely) = crate::locale::language_of_region(code) else {
            continue;
        };
        match &found {
            Some(f) if f.language != likely.language => {
                return Err(format!(
                    "name without a language (Popolo `name`): left out — its countries' likely languages differ ({} and {})",
                    f.language, likely.language
                ));
            }
            _ => found = Some(likely),
        }
    }
    let Some(likely) = found else {
        return Err("name without a language (Popolo `name`): left out — no country to take a likely language from".to_owned());
    };
    let scripts = crate::text::script_codes(text);
    let written = likely.script.is_some_and(|code| {
        !scripts.is_empty() && scripts.iter().all(|s| crate::text::within(code, *s))
    });
    if !written {
        let script = likely
            .script
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        return Err(format!(
            "name without a language (Popolo `name`): left out — not written in {script}, the script of {}, its country's likely language",
            likely.language
        ));
    }
    likely
        .language
        .as_str()
        .parse()
        .map(Language::from_id)
        .map_err(|_| format!("no language tag for {}", likely.language))
}

/// The main language of a country: CLDR's likely subtags of `und-XX`.
fn main_language(code: &str) -> Option<Subtag> {
    crate::locale::language_of_region(code)?
        .language
        .as_str()
        .parse()
        .ok()
}
