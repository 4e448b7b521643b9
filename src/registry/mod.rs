//! The registry: areas, organizations and statements, loaded from and saved to data files,
//! validated as a whole, with lookups.

use crate::FastMap as HashMap;
use std::any::Any;
use std::sync::{Arc, Mutex, PoisonError};

use crate::digest::{DigestMap, Digester};
use crate::error::Problem;
use crate::find::{LookupIndex, MatchKind};
use crate::organization::{Area, Organization};
use crate::statement::Statement;
use origin::Origins;

pub use crate::files::preserve::{SaveWarning, SaveWarningKind, Saved};

mod digests;
mod edit;
mod find;
mod import;
mod index;
mod load;
mod origin;
mod save;
mod validate;

pub use import::{
    ImportOptions, ImportReport, ImportStatus, ImportedOrganization, Importer, UntaggedNames,
};

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
    /// The files loaded or saved, with what each held then (a save refuses to replace a file
    /// that changed since), and the file each record is kept in.
    files: Mutex<Origins>,
    /// Acronyms and names folded for fuzzy search, built at the first search after a change.
    folded: std::sync::OnceLock<crate::find::Folded>,
    /// What the layers above build from the organizations and areas (the list reader's
    /// gazetteer), one of each type, built at the first use after a change
    /// ([`Registry::derived`]).
    derived: Mutex<Vec<Arc<dyn Any + Send + Sync>>>,
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
        r.files = Mutex::new(self.origins().clone());
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
///
/// ```
/// use signatories::MatchKind;
/// let registry = signatories::seed::registry()?;
/// let found = &registry.find("Côte")[0];
/// // "Parti Communiste Proletarien de Côte d'Ivoire": every word of the query in a name.
/// assert_eq!((found.organization.id.as_str(), found.how), ("pcpci", MatchKind::Words));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Found<'a> {
    /// The organization.
    pub organization: &'a Organization,
    /// What matched.
    pub how: MatchKind,
}

impl Registry {
    /// An empty registry.
    ///
    /// ```
    /// let registry = signatories::Registry::new();
    /// assert!(registry.organizations().is_empty() && registry.statements().is_empty());
    /// ```
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
            files: Mutex::new(Origins::default()),
            folded: std::sync::OnceLock::new(),
            derived: Mutex::new(Vec::new()),
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
    /// refused ([`Error::FileTooLarge`](crate::Error::FileTooLarge)), so that whatever it saves loads again.
    ///
    /// ```
    /// // 1 GiB unless set.
    /// assert_eq!(signatories::Registry::new().max_file_bytes(), 1 << 30);
    /// ```
    pub fn max_file_bytes(&self) -> u64 {
        self.max_file_bytes
    }

    /// The files known and where each record is kept (a save updates them through `&self`).
    fn origins(&self) -> std::sync::MutexGuard<'_, Origins> {
        self.files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn origins_mut(&mut self) -> &mut Origins {
        self.files
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// What a layer above builds from this registry's organizations and areas, built by `build`
    /// at the first call after a change and shared until the next (one value of each type). The
    /// list reader keeps its gazetteer here, so that every list read with the same registry
    /// shares it.
    #[cfg(feature = "ingest")]
    pub(crate) fn derived<T: Any + Send + Sync>(
        &self,
        build: impl FnOnce(&Registry) -> T,
    ) -> Arc<T> {
        let mut held = self.derived.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(t) = held.iter().find_map(|d| Arc::clone(d).downcast::<T>().ok()) {
            return t;
        }
        let t = Arc::new(build(self));
        held.push(t.clone());
        t
    }

    /// Drops what was derived from the organizations and areas (after a change to them).
    fn forget_derived(&mut self) {
        self.folded = std::sync::OnceLock::new();
        self.derived
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// Warnings from loading and inserting: spoofing (mixed scripts, look-alike acronyms and
    /// names), each with its location.
    ///
    /// ```
    /// use signatories::{ProblemKind, Registry};
    /// // A Cyrillic "А" (U+0410) among Latin letters: a mixed-script text (UTS #39), kept with a warning.
    /// let toml = "[[organization]]\nid = \"a\"\nnames = [{ text = \"P\u{410}rty\", lang = \"en\", kind = \"original\" }]\n";
    /// let registry = Registry::from_toml_str(toml, "r.toml")?;
    /// assert_eq!(registry.warnings()[0].kind, ProblemKind::MixedScripts);
    /// assert_eq!(registry.warnings()[0].location.to_string(), "r.toml:3:19");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// Every organization, in registry order.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// // The seed statement lists 31 organizations, each in the registry.
    /// assert!(registry.organizations().len() >= 31);
    /// assert!(registry.organizations().iter().any(|o| o.id == "mlpd"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// Every area, in registry order.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// assert!(registry.areas().iter().any(|a| a.id == "kurdistan"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// Every statement, in registry order.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// assert!(registry.statements().iter().any(|s| s.id == signatories::seed::STATEMENT_ID));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The organization with this id.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// assert_eq!(registry.organization("mlpd").map(|o| o.id.as_str()), Some("mlpd"));
    /// assert!(registry.organization("no-such-party").is_none());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.org_index
            .get(id)
            .and_then(|&i| self.organizations.get(i))
    }

    /// The area with this id.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// assert!(registry.area("kurdistan").is_some() && registry.area("atlantis").is_none());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.area_index.get(id).and_then(|&i| self.areas.get(i))
    }

    /// The statement with this id.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement("icor-2023-02-07-peru-solidarity").unwrap();
    /// assert_eq!(statement.entries().next().map(|e| e.org.as_str()), Some("pcpci"));
    /// assert!(registry.statement("no-such-statement").is_none());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statement_index
            .get(id)
            .and_then(|&i| self.statements.get(i))
    }

    /// The statements an organization signed, in registry order.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let signed: Vec<&str> = registry.statements_signed_by("mlpd").iter().map(|s| s.id.as_str()).collect();
    /// assert_eq!(signed, ["icor-2023-02-07-peru-solidarity"]);
    /// assert!(registry.statements_signed_by("nobody").is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn statements_signed_by(&self, org_id: &str) -> Vec<&Statement> {
        self.statements
            .iter()
            .filter(|s| s.entries().any(|e| e.org == org_id))
            .collect()
    }
}

/// The default file-size limit of a registry's loads and saves: 1 GiB, twice the size of a
/// JSON registry of a million organizations (484 MB for the synthetic one; 298 MB as TOML).
/// Change it with [`Registry::with_max_file_bytes`].
pub const DEFAULT_MAX_FILE_BYTES: u64 = 1 << 30;

#[cfg(test)]
mod tests {
    use crate::digest::Digester;
    use crate::error::{Error, Problems};
    use crate::find::{LookupIndex, MatchKind};
    use crate::organization::Place;

    use super::Registry;

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
        twin.countries = vec![Place::Country("AT".parse()?)];
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

    /// What was derived from a registry is shared until the registry changes, and every change
    /// to its organizations or areas is seen by the next use.
    #[cfg(feature = "ingest")]
    #[test]
    fn derived_values_follow_every_change() -> Result<(), Error> {
        /// The texts the list reader's gazetteer is built from: every acronym, name and area
        /// name, with its organization's id.
        fn texts(r: &Registry) -> Vec<String> {
            let mut t: Vec<String> = r
                .organizations()
                .iter()
                .flat_map(|o| o.texts().map(move |t| format!("{} {t}", o.id)))
                .chain(r.areas().iter().flat_map(|a| a.names.values().cloned()))
                .collect();
            t.sort();
            t
        }
        let mut r = crate::seed::registry()?;
        let first = r.derived(texts);
        assert!(std::sync::Arc::ptr_eq(&first, &r.derived(texts)));
        // A second type is kept beside the first.
        assert_eq!(*r.derived(|r| r.areas().len()), r.areas().len());
        assert!(std::sync::Arc::ptr_eq(&first, &r.derived(texts)));
        let fresh = |r: &Registry| assert_eq!(*r.derived(texts), texts(r));
        let mut mlpd = r
            .organization("mlpd")
            .cloned()
            .ok_or(Error::Invalid(Problems(vec![])))?;
        mlpd.id = "mlpd-twin".into();
        mlpd.acronyms.clear();
        mlpd.names.truncate(1);
        mlpd.names[0].text = "Eine andere Partei".into();
        r.insert_organization(mlpd)?;
        fresh(&r);
        r.update_organization("mlpd-twin", |o| o.names[0].text = "Noch eine Partei".into())?;
        fresh(&r);
        r.rename_organization("mlpd-twin", "nep")?;
        fresh(&r);
        let kept = r.remove_organization("nep")?;
        fresh(&r);
        assert!(!r.derived(texts).iter().any(|t| t.starts_with("nep ")));
        r.insert_organization(kept)?;
        fresh(&r);
        r.merge_organizations("mlpd", "nep")?;
        fresh(&r);
        r.update_area("kurdistan", |a| {
            a.names
                .insert("it".parse().unwrap_or_default(), "Kurdistan".to_owned());
        })?;
        fresh(&r);
        r.insert_area(crate::organization::Area {
            id: "atlantis".into(),
            names: [("en".parse().unwrap_or_default(), "Atlantis".to_owned())].into(),
        })?;
        fresh(&r);
        r.remove_area("atlantis")?;
        fresh(&r);
        Ok(())
    }
}
