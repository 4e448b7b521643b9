//! The editing API: organizations updated, renamed, merged and removed; statements, sections
//! and entries changed in place. Every change is validated as one change with the checks a data
//! file gets, and leaves the registry unchanged when it does not validate.

use super::Registry;
use super::origin::{AREA, ORGANIZATION, STATEMENT};
use crate::error::Error;
use crate::files::encode::{self, FileRef};
use crate::find::LookupIndex;
use crate::organization::Organization;
use crate::statement::Statement;

impl Registry {
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
        // The validated organization was appended with its indexes: it moves into slot `i`,
        // and only its own index entries and the old one's change (not the whole registry's).
        if self.organizations.len() > before
            && let Some(changed) = self.organizations.pop()
            && i < self.organizations.len()
        {
            self.origins_mut().moved_into(ORGANIZATION, i);
            let n = self.organizations.len();
            self.unindex_organization(n, &changed);
            if self.org_index.get(&changed.id) == Some(&n) {
                self.org_index.remove(&changed.id);
            }
            if let Some(slot) = self.organizations.get_mut(i) {
                let old = std::mem::replace(slot, changed.clone());
                self.unindex_organization(i, &old);
                self.index_organization(i, &changed);
                self.org_index.insert(changed.id, i);
            }
        }
        Ok(())
    }

    /// Gives organization `old` the id `new`, in the registry and in every statement entry
    /// that names it.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no organization `old`; [`Error::Invalid`] when
    /// `new` is not a slug or is taken; the registry is then unchanged.
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// registry.rename_organization("mlpd", "mlpd-de")?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// assert!(statement.entries().any(|e| e.org == "mlpd-de"));
    /// assert!(registry.rename_organization("bkp", "Not A Slug").is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
        let mut touched = Vec::new();
        for (n, s) in self.statements.iter_mut().enumerate() {
            for e in s.sections.iter_mut().flat_map(|sec| &mut sec.entries) {
                if e.org == old {
                    e.org = new.to_owned();
                    touched.push(n);
                }
            }
        }
        for n in touched {
            self.origins_mut().changed(STATEMENT, n);
        }
        self.origins_mut().rename(old, new);
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
    ///
    /// ```
    /// use signatories::{NameKind, Organization};
    /// let mut registry = signatories::seed::registry()?;
    /// let twin = Organization::new("mlpd-2").with_country("DE")
    ///     .with_name("MLPD", "de", NameKind::Short)?;
    /// registry.insert_organization(twin)?;
    /// registry.merge_organizations("mlpd", "mlpd-2")?;
    /// assert!(registry.organization("mlpd-2").is_none());
    /// assert!(registry.organization("mlpd").unwrap().names_of_kind(&NameKind::Short).any(|n| n.text == "MLPD"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
        let snapshot = (
            self.organizations.clone(),
            self.statements.clone(),
            self.origins_mut().clone(),
        );
        if let Some(i) = self.org_index.get(absorbed).copied() {
            self.organizations.remove(i);
            self.origins_mut().remove(ORGANIZATION, i);
        }
        self.rebuild_organization_indexes();
        if let Err(e) = self.replace_organization(kept, merged) {
            let origins;
            (self.organizations, self.statements, origins) = snapshot;
            *self.origins_mut() = origins;
            self.rebuild_organization_indexes();
            return Err(e);
        }
        let mut touched = Vec::new();
        for (n, s) in self.statements.iter_mut().enumerate() {
            if s.entries().any(|e| e.org == absorbed) {
                touched.push(n);
            }
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
        for n in touched {
            self.origins_mut().changed(STATEMENT, n);
        }
        self.origins_mut().rename(absorbed, kept);
        Ok(())
    }

    /// Removes an organization that no statement names, and returns it.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no such organization, or a statement names it
    /// (remove its entries first, or merge it into another).
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// // The statement names it: remove its entry first.
    /// assert!(registry.remove_organization("mlpd").is_err());
    /// registry.remove_entry(signatories::seed::STATEMENT_ID, "mlpd")?;
    /// assert_eq!(registry.remove_organization("mlpd")?.id, "mlpd");
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
        self.origins_mut().remove(ORGANIZATION, i);
        self.rebuild_organization_indexes();
        Ok(org)
    }

    /// The lookup, acronym and look-alike indexes and the id index, built again from the
    /// organizations (after a change or a removal moved them).
    fn rebuild_organization_indexes(&mut self) {
        self.lookup = LookupIndex::new();
        self.acronyms.clear();
        self.skeletons.clear();
        self.org_index.clear();
        for (i, o) in self.organizations.iter().enumerate() {
            self.org_index.insert(o.id.clone(), i);
        }
        // As a load builds them: the texts' digests on every core, then the indexes.
        let digests = super::digests::TextDigests::compute(&self.organizations, &self.lookup);
        self.index_from(0, &digests);
    }

    /// Changes an area in place (its names in each language): `edit` changes a copy, which is
    /// validated as a file's `[[area]]` would be and replaces the area only when valid. Its id
    /// cannot change.
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// registry.update_area("kurdistan", |a| {
    ///     a.names.insert("it".parse().unwrap(), "Kurdistan".to_owned());
    /// })?;
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no area `id` or the edit changed the id;
    /// [`Error::Invalid`] with every problem; the registry is then unchanged.
    pub fn update_area(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut crate::organization::Area),
    ) -> Result<(), Error> {
        let Some((i, mut area)) = self
            .area_index
            .get(id)
            .and_then(|&i| Some((i, self.areas.get(i)?.clone())))
        else {
            return Err(no_such("area", id));
        };
        edit(&mut area);
        if area.id != id {
            return Err(Error::InvalidValue {
                what: "an update cannot change the id".to_owned(),
                value: area.id,
            });
        }
        self.area_index.remove(id);
        if let Err(e) = self.insert_area(area) {
            self.area_index.insert(id.to_owned(), i);
            return Err(e);
        }
        if let Some(changed) = self.areas.pop()
            && let Some(slot) = self.areas.get_mut(i)
        {
            *slot = changed;
            self.forget_derived();
            self.origins_mut().moved_into(AREA, i);
        }
        self.area_index.insert(id.to_owned(), i);
        Ok(())
    }

    /// Removes an area that no organization names, and returns it.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when there is no such area, or an organization names it.
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// // The MLKP names Kurdistan among its countries.
    /// assert!(registry.remove_area("kurdistan").is_err());
    /// assert!(registry.remove_area("atlantis").is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn remove_area(&mut self, id: &str) -> Result<crate::organization::Area, Error> {
        let place = crate::organization::Place::Area(id.to_owned());
        if let Some(o) = self
            .organizations
            .iter()
            .find(|o| o.countries.contains(&place))
        {
            return Err(Error::InvalidValue {
                what: format!("organization {:?} names this area", o.id),
                value: id.to_owned(),
            });
        }
        let Some(i) = self.area_index.get(id).copied() else {
            return Err(no_such("area", id));
        };
        let area = self.areas.remove(i);
        self.forget_derived();
        self.origins_mut().remove(AREA, i);
        self.area_index.clear();
        for (j, a) in self.areas.iter().enumerate() {
            self.area_index.insert(a.id.clone(), j);
        }
        Ok(area)
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
                    self.origins_mut().moved_into(STATEMENT, i);
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
    ///
    /// ```
    /// use signatories::{Entry, SectionKind};
    /// let mut registry = signatories::seed::registry()?;
    /// let id = signatories::seed::STATEMENT_ID;
    /// registry.remove_entry(id, "mlpd")?;
    /// registry.add_entry(id, SectionKind::Subsequent, Entry::new("mlpd"))?;
    /// assert_eq!(registry.statement(id).unwrap().entries().last().map(|e| e.org.as_str()), Some("mlpd"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// let id = signatories::seed::STATEMENT_ID;
    /// let entry = registry.remove_entry(id, "pml-peru")?;
    /// registry.insert_entry(id, 0, 0, entry)?;
    /// assert_eq!(registry.statement(id).unwrap().sections[0].entries[0].org, "pml-peru");
    /// assert!(registry.insert_entry(id, 5, 0, signatories::Entry::new("bkp")).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// let id = signatories::seed::STATEMENT_ID;
    /// let removed = registry.remove_entry(id, "pct")?;
    /// // The entry keeps how the English edition printed it.
    /// assert_eq!(removed.printed.and_then(|p| p.name).as_deref(), Some("Parti Comuniste du Togo"));
    /// assert_eq!(registry.statement(id).unwrap().entries().count(), 30);
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// let id = signatories::seed::STATEMENT_ID;
    /// // The first subsequent signatory into the initial list, after its 28 entries.
    /// registry.move_entry(id, "pr-byh", 0, 28)?;
    /// let s = registry.statement(id).unwrap();
    /// assert_eq!((s.sections[0].entries.len(), s.sections[0].entries[28].org.as_str()), (29, "pr-byh"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
    ///
    /// ```
    /// let mut registry = signatories::seed::registry()?;
    /// let id = signatories::seed::STATEMENT_ID;
    /// registry.set_printed(id, "pct", None)?;
    /// let s = registry.statement(id).unwrap();
    /// assert!(s.entries().all(|e| e.org != "pct" || e.printed.is_none()));
    /// # Ok::<(), signatories::Error>(())
    /// ```
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
        let Some(s) = self.statement(statement) else {
            return Err(no_such("statement", statement));
        };
        Some(s)
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
            None => Err(no_such("statement", statement)),
            Some(s) => Err(Error::InvalidValue {
                what: format!(
                    "statement {statement:?} has {} sections (counted from 0), not section",
                    s.sections.len()
                ),
                value: section.to_string(),
            }),
        }
    }
}

fn no_such(what: &str, id: &str) -> Error {
    Error::InvalidValue {
        what: format!("no {what} has this id"),
        value: id.to_owned(),
    }
}
