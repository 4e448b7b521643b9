//! Saving: the registry written to data files as one change (all files or none), each record
//! into the file it is kept in, untouched records and files left as they were.

use std::path::{Path, PathBuf};

use super::Registry;
use super::origin::{AREA, ORGANIZATION, Origin, Origins, STATEMENT};
use crate::error::Error;
use crate::files::commit::{self, Target};
use crate::files::decode::Format;
use crate::files::encode::{self, FileRef};
use crate::files::new_text::{NewText, SplicedBuilder};
use crate::files::old_text::{self, CutError};
use crate::files::preserve::{self, Fate, Plan, SaveWarning, SaveWarningKind, Saved};
use crate::files::save::{self, Fingerprint};

/// Record indexes per kind (areas, organizations, statements).
type Order = [Vec<usize>; 3];

/// Which records one file of a save holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holds {
    Everything,
    Organizations,
    Statements,
}

/// One file of a save: the records it will hold (indexes per kind, in registry order).
struct Planned {
    path: PathBuf,
    key: PathBuf,
    assigned: Order,
}

/// A file's new text and its records in their new file order.
struct Written {
    contents: Option<NewText>,
    expected: Option<Fingerprint>,
    order: Order,
}

impl Registry {
    /// The whole registry as TOML: areas, organizations, statements.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let again = signatories::Registry::from_toml_str(&registry.to_toml_string(), "again.toml")?;
    /// assert_eq!(again.organizations(), registry.organizations());
    /// assert_eq!(again.statements(), registry.statements());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn to_toml_string(&self) -> String {
        encode::to_toml(&self.file_ref(true, true))
    }

    /// The whole registry as JSON.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let again = signatories::Registry::from_json_str(&registry.to_json_string(), "again.json")?;
    /// assert_eq!(again.organizations(), registry.organizations());
    /// # Ok::<(), signatories::Error>(())
    /// ```
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

    /// Saves the whole registry to one file, in the format its extension names.
    ///
    /// The save is atomic (readers see the old file or the new one), holds an advisory lock on
    /// the folder while it checks and replaces the file, writes through a symbolic link to its
    /// target, and keeps the file's mode and owner. When this registry loaded (or last saved)
    /// the file and it has changed since, nothing is written: [`Error::Conflict`]. Over the
    /// TOML file it was loaded from, only the records that changed are rewritten; a file in
    /// which nothing changed is not written. Returns what it could not keep of the file's
    /// layout ([`Saved`]: empty when everything was kept).
    ///
    /// # Errors
    /// [`Error::UnknownFormat`], [`Error::Conflict`], [`Error::FileTooLarge`] (the file would
    /// be larger than [`Registry::max_file_bytes`]), or [`Error::Io`]; the old file is then left
    /// intact.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("save-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("all.json");
    /// let saved = signatories::seed::registry()?.save(&path)?;
    /// assert!(saved.is_empty());
    /// assert_eq!(signatories::Registry::load(&path)?.statements().len(), 1);
    /// assert!(matches!(signatories::seed::registry()?.save(dir.join("all.yaml")), Err(signatories::Error::UnknownFormat { .. })));
    /// # let _ = std::fs::remove_dir_all(&dir);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn save(&self, path: impl AsRef<Path>) -> Result<Saved, Error> {
        let planned = self.plan_fixed(path.as_ref(), Holds::Everything)?;
        self.commit(vec![planned]).map(Saved::new)
    }

    /// Saves areas and organizations only (the registry file of a registry + statements pair).
    ///
    /// # Errors
    /// As [`Registry::save`].
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("save-orgs-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("registry.toml");
    /// let _ = signatories::seed::registry()?.save_organizations(&path)?;
    /// let orgs = signatories::Registry::load(&path)?;
    /// assert_eq!((orgs.organizations().len(), orgs.statements().len()), (31, 0));
    /// # let _ = std::fs::remove_dir_all(&dir);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn save_organizations(&self, path: impl AsRef<Path>) -> Result<Saved, Error> {
        let planned = self.plan_fixed(path.as_ref(), Holds::Organizations)?;
        self.commit(vec![planned]).map(Saved::new)
    }

    /// Saves statements only.
    ///
    /// # Errors
    /// As [`Registry::save`].
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("save-statements-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let (orgs, list) = (dir.join("registry.toml"), dir.join("statement.toml"));
    /// let registry = signatories::seed::registry()?;
    /// let _ = registry.save_organizations(&orgs)?;
    /// let _ = registry.save_statements(&list)?;
    /// let again = signatories::Registry::load_files(&[&orgs, &list])?;
    /// assert_eq!(again.statements(), registry.statements());
    /// # let _ = std::fs::remove_dir_all(&dir);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn save_statements(&self, path: impl AsRef<Path>) -> Result<Saved, Error> {
        let planned = self.plan_fixed(path.as_ref(), Holds::Statements)?;
        self.commit(vec![planned]).map(Saved::new)
    }

    /// Saves the whole registry into several files as one change: all of them are replaced, or
    /// none (see below). Each record goes back into the file it was loaded from (a statement
    /// kept in the registry file stays there); a new area or organization goes into the first
    /// file that holds organizations (else the first file), a new statement into the last file
    /// that holds statements (else the last file); a record whose file is not among `paths`
    /// goes where a new one would. A file in which nothing changed is not written (but it is
    /// checked and locked with the others, so that the files stay consistent with each other).
    ///
    /// Every file is checked for changes since it was loaded and every folder locked before
    /// anything is written; the new texts are written to temporary files, then the files are
    /// replaced. A failure replaces nothing (or restores what was replaced); a process killed
    /// while replacing leaves a journal that the next load or save of the folder completes, so
    /// that the files are always all old or all new.
    ///
    /// Returns what could not be kept of the files' layout ([`Saved`]: empty where every file
    /// could be merged record by record).
    ///
    /// ```
    /// # fn main() -> Result<(), signatories::Error> {
    /// let dir = std::env::temp_dir().join(format!("save-files-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).map_err(|e| signatories::Error::Io { path: dir.clone(), source: e })?;
    /// let (orgs, list) = (dir.join("registry.toml"), dir.join("statement.toml"));
    /// let mut registry = signatories::seed::registry()?;
    /// registry.save_files(&[&orgs, &list])?;
    /// let mut registry = signatories::Registry::load_files(&[&orgs, &list])?;
    /// registry.rename_organization("mlpd", "mlpd-de")?;
    /// let warnings = registry.save_files(&[&orgs, &list])?;
    /// assert!(warnings.is_empty());
    /// let again = signatories::Registry::load_files(&[&orgs, &list])?;
    /// assert!(again.organization("mlpd-de").is_some());
    /// # let _ = std::fs::remove_dir_all(&dir);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// As [`Registry::save`], naming the file at fault; [`Error::InvalidValue`] when `paths`
    /// is empty or names one file twice. No file is then changed.
    pub fn save_files<P: AsRef<Path>>(&self, paths: &[P]) -> Result<Saved, Error> {
        let planned = self.plan_by_origin(paths)?;
        self.commit(planned).map(Saved::new)
    }

    /// A file that holds a fixed part of the registry.
    fn plan_fixed(&self, path: &Path, holds: Holds) -> Result<Planned, Error> {
        let all = |n: usize, yes: bool| if yes { (0..n).collect() } else { Vec::new() };
        let orgs = holds != Holds::Statements;
        Ok(Planned {
            path: path.to_path_buf(),
            key: save::key(&save::resolve(path)?),
            assigned: [
                all(self.areas.len(), orgs),
                all(self.organizations.len(), orgs),
                all(self.statements.len(), holds != Holds::Organizations),
            ],
        })
    }

    /// The files of [`Registry::save_files`], each record assigned to its own file.
    fn plan_by_origin<P: AsRef<Path>>(&self, paths: &[P]) -> Result<Vec<Planned>, Error> {
        if paths.is_empty() {
            return Err(Error::InvalidValue {
                what: "a save needs at least one file".to_owned(),
                value: String::new(),
            });
        }
        let mut planned = Vec::with_capacity(paths.len());
        for p in paths {
            let path = p.as_ref();
            planned.push(Planned {
                path: path.to_path_buf(),
                key: save::key(&save::resolve(path)?),
                assigned: Default::default(),
            });
        }
        let origins = self.origins();
        // The planned file (if any) of each known file.
        let target_of: Vec<Option<usize>> = origins
            .files
            .iter()
            .map(|f| planned.iter().position(|p| p.key == f.key))
            .collect();
        let holds = |kinds: &[usize]| {
            planned.iter().position(|p| {
                origins
                    .file(&p.key)
                    .and_then(|i| origins.files.get(i))
                    .is_some_and(|f| kinds.iter().any(|&k| f.counts.get(k) > Some(&0)))
            })
        };
        let last = planned.len() - 1;
        let org_home = holds(&[AREA, ORGANIZATION]).unwrap_or(0);
        let statement_home = {
            let from_end = planned.iter().rev().position(|p| {
                origins
                    .file(&p.key)
                    .and_then(|i| origins.files.get(i))
                    .is_some_and(|f| f.counts.get(STATEMENT) > Some(&0))
            });
            from_end.map_or(last, |e| last - e)
        };
        for (kind, home) in [
            (AREA, org_home),
            (ORGANIZATION, org_home),
            (STATEMENT, statement_home),
        ] {
            let count = match kind {
                AREA => self.areas.len(),
                ORGANIZATION => self.organizations.len(),
                _ => self.statements.len(),
            };
            let list = origins.of.get(kind);
            for i in 0..count {
                let own = list
                    .and_then(|l| l.get(i))
                    .and_then(Origin::file)
                    .and_then(|f| target_of.get(f).copied().flatten());
                if let Some(p) = planned.get_mut(own.unwrap_or(home))
                    && let Some(a) = p.assigned.get_mut(kind)
                {
                    a.push(i);
                }
            }
        }
        Ok(planned)
    }

    /// Writes the planned files as one change and records where each record now is.
    fn commit(&self, planned: Vec<Planned>) -> Result<Vec<SaveWarning>, Error> {
        let mut warnings = Vec::new();
        let mut written = Vec::with_capacity(planned.len());
        {
            let origins = self.origins();
            for p in &planned {
                written.push(self.file_text(p, &origins, &mut warnings)?);
            }
        }
        let targets: Vec<Target> = planned
            .iter()
            .zip(&mut written)
            .map(|(p, w)| Target {
                path: p.path.clone(),
                contents: w.contents.take(),
                expected: w.expected,
            })
            .collect();
        let fingerprints = commit::commit(&targets)?;
        let mut origins = self.origins();
        for ((p, w), (t, fingerprint)) in planned
            .iter()
            .zip(&written)
            .zip(targets.iter().zip(fingerprints))
        {
            if t.contents.is_none() {
                continue;
            }
            let counts = w.order.each_ref().map(Vec::len);
            let file = origins.know(p.key.clone(), fingerprint, counts);
            for (kind, order) in w.order.iter().enumerate() {
                for (ordinal, &i) in order.iter().enumerate() {
                    if let Some(o) = origins.of.get_mut(kind).and_then(|l| l.get_mut(i)) {
                        *o = Origin {
                            file: u32::try_from(file).unwrap_or(u32::MAX),
                            ordinal: u32::try_from(ordinal).unwrap_or(u32::MAX),
                            changed: false,
                        };
                    }
                }
            }
        }
        Ok(warnings)
    }

    /// The new text of one planned file: `None` when nothing in it changes; over a TOML file
    /// it was loaded from, its records spliced; otherwise the crate's layout.
    fn file_text(
        &self,
        p: &Planned,
        origins: &Origins,
        warnings: &mut Vec<SaveWarning>,
    ) -> Result<Written, Error> {
        let format = Format::from_path(&p.path).ok_or_else(|| Error::UnknownFormat {
            path: p.path.clone(),
        })?;
        let known = origins.file(&p.key);
        let expected = origins.fingerprint(&p.key);
        if let Some(f) = known
            && unchanged(p, f, origins)
        {
            return Ok(Written {
                contents: None,
                expected,
                order: p.assigned.clone(),
            });
        }
        let spliced = match (format, known, expected) {
            (Format::Toml, Some(f), Some(fp)) => self.splice(p, f, fp, origins, warnings)?,
            _ => None,
        };
        let (text, order) = match spliced {
            Some(done) => done,
            None => (
                NewText::Whole(self.canonical(format, &p.assigned).into_bytes()),
                p.assigned.clone(),
            ),
        };
        if text.len() > self.max_file_bytes {
            return Err(Error::FileTooLarge {
                path: p.path.clone(),
                size: text.len(),
                limit: self.max_file_bytes,
            });
        }
        Ok(Written {
            contents: Some(text),
            expected,
            order,
        })
    }

    /// The planned records over the TOML file (known file `f`) they were loaded from, cut into
    /// records: untouched ones copied, changed ones merged, new ones added. The new text is
    /// [`NewText::Spliced`]: ranges of the old file (copied from it when the save writes) and
    /// the records written anew. The file is cut as it is read, a line at a time, holding only
    /// the records that change ([`old_text::cut_file`]): a save never holds the old text.
    /// `None` (with a warning) where the file cannot be cut into the records loaded from it.
    fn splice(
        &self,
        p: &Planned,
        f: usize,
        expected: Fingerprint,
        origins: &Origins,
        warnings: &mut Vec<SaveWarning>,
    ) -> Result<Option<(NewText, Order)>, Error> {
        let counts = origins.files.get(f).map(|k| k.counts);
        let planned = counts.and_then(|c| Some((c, self.plan_records(p, f, c, origins)?)));
        let fates = planned.as_ref().map(|(_, (plan, _))| &plan.fates);
        let changes = |kind: usize, ordinal: usize| {
            fates
                .and_then(|f| f.get(kind)?.get(ordinal))
                .is_some_and(|fate| matches!(fate, Fate::Replace(_)))
        };
        let warn = |warnings: &mut Vec<SaveWarning>, line, kind| {
            warnings.push(SaveWarning {
                path: p.path.clone(),
                line,
                kind,
            });
        };
        let (blocks, held) = match old_text::cut_file(&p.key, expected, changes) {
            Ok(Ok(cut)) => cut,
            Ok(Err((line, kind))) => {
                warn(warnings, line, kind);
                return Ok(None);
            }
            Err(CutError::Changed) => {
                return Err(Error::Conflict {
                    path: p.path.clone(),
                });
            }
            Err(CutError::Io(source)) => {
                return Err(Error::Io {
                    path: p.path.clone(),
                    source,
                });
            }
        };
        let Some((_, (plan, order))) = planned.filter(|(c, _)| *c == blocks.counts()) else {
            warn(warnings, 0, SaveWarningKind::RecordsNotAsLoaded);
            return Ok(None);
        };
        let mut text = SplicedBuilder::new(&held, expected);
        let rewritten = preserve::splice_into(&held, &blocks, &plan, &mut text);
        let text = NewText::Spliced(text.finish());
        for (line, kind) in rewritten {
            warn(
                warnings,
                line,
                SaveWarningKind::RecordRewritten { record: kind },
            );
        }
        Ok(Some((text, order)))
    }

    /// The fate of each record of known file `f` (holding `counts`) and the records added to
    /// it; `None` where the registry's order of its records is not the file's.
    fn plan_records(
        &self,
        p: &Planned,
        f: usize,
        counts: [usize; 3],
        origins: &Origins,
    ) -> Option<(Plan, Order)> {
        let mut plan = Plan {
            renamed: origins.renamed.clone(),
            ..Plan::default()
        };
        let mut order: Order = Default::default();
        for kind in [AREA, ORGANIZATION, STATEMENT] {
            let fates = plan.fates.get_mut(kind)?;
            fates.resize_with(*counts.get(kind)?, || Fate::Drop);
            let mut added = Vec::new();
            let mut last: Option<u32> = None;
            for &i in p.assigned.get(kind)? {
                let o = origins.of.get(kind)?.get(i)?;
                if o.file() != Some(f) {
                    added.push(i);
                    continue;
                }
                if last.is_some_and(|l| l >= o.ordinal) {
                    return None;
                }
                last = Some(o.ordinal);
                *fates.get_mut(o.ordinal as usize)? = if o.changed {
                    Fate::Replace(self.record_toml(kind, i))
                } else {
                    Fate::Keep
                };
                order.get_mut(kind)?.push(i);
            }
            let texts = plan.added.get_mut(kind)?;
            for &i in &added {
                texts.push(self.record_toml(kind, i));
            }
            order.get_mut(kind)?.extend(added);
        }
        Some((plan, order))
    }

    /// Record `i` of kind `kind` alone in the crate's TOML.
    fn record_toml(&self, kind: usize, i: usize) -> String {
        let one = |k: usize| if k == kind { i..i + 1 } else { 0..0 };
        encode::to_toml(&FileRef {
            area: self.areas.get(one(AREA)).unwrap_or_default(),
            organization: self
                .organizations
                .get(one(ORGANIZATION))
                .unwrap_or_default(),
            statement: self.statements.get(one(STATEMENT)).unwrap_or_default(),
        })
    }

    /// The assigned records in the crate's layout of `format`.
    fn canonical(&self, format: Format, assigned: &Order) -> String {
        let [a, o, s] = assigned;
        let (areas, organizations, statements) = (
            pick(&self.areas, a),
            pick(&self.organizations, o),
            pick(&self.statements, s),
        );
        let file = FileRef {
            area: areas.as_deref().unwrap_or(&self.areas),
            organization: organizations.as_deref().unwrap_or(&self.organizations),
            statement: statements.as_deref().unwrap_or(&self.statements),
        };
        match format {
            Format::Json => encode::to_json(&file),
            _ => encode::to_toml(&file),
        }
    }
}

/// The chosen records, copied; `None` when they are all of them in order (no copy needed).
fn pick<T: Clone>(all: &[T], chosen: &[usize]) -> Option<Vec<T>> {
    (chosen.len() != all.len() || chosen.iter().enumerate().any(|(n, &i)| n != i))
        .then(|| chosen.iter().filter_map(|&i| all.get(i).cloned()).collect())
}

/// Whether planned file `p` holds exactly the records known file `f` holds, none changed.
fn unchanged(p: &Planned, f: usize, origins: &Origins) -> bool {
    let Some(known) = origins.files.get(f) else {
        return false;
    };
    (0..3).all(|kind| {
        let (Some(assigned), Some(list)) = (p.assigned.get(kind), origins.of.get(kind)) else {
            return false;
        };
        assigned.len() == known.counts.get(kind).copied().unwrap_or(usize::MAX)
            && assigned.iter().enumerate().all(|(n, &i)| {
                list.get(i)
                    .is_some_and(|o| o.file() == Some(f) && !o.changed && o.ordinal as usize == n)
            })
    })
}
