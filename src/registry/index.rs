//! The registry's indexes: lookup, acronyms per country, look-alike skeletons; entering
//! organizations into them and taking them out.

use super::Registry;
use super::digests::TextDigests;
use super::validate::MAX_BUCKET;
use crate::digest::{DigestMap, Digester};
use crate::organization::{Area, Organization, Place};
use crate::statement::Statement;

/// Enters organization `i` (`o`, which may not be in `organizations` yet) into the skeleton
/// index, with the skeleton digests of its texts where computed: one entry per distinct text
/// (with the first organization that has it), so that a bucket holds only texts that differ
/// yet look alike.
pub(super) fn add_skeletons(
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
            .unwrap_or_else(|| crate::text::skeleton_digest(t));
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
pub(super) fn acronym_digest(digester: &Digester, place: &Place, key: u64) -> u64 {
    digester.of(&(place, key))
}

/// Enters organization `i`'s (`o`'s) acronyms in each of its countries; `keys` are the primary
/// key digests of its texts (acronyms first).
pub(super) fn enter_acronyms(
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

impl Registry {
    /// Indexes the organizations from `start` on (lookup, acronyms, skeletons), with the
    /// digests of their texts. The lookup index is built on a second thread beside the others
    /// when there are many.
    pub(super) fn index_from(&mut self, start: usize, digests: &TextDigests) {
        self.forget_derived();
        let organizations = &self.organizations;
        let lookup = &mut self.lookup;
        let (skeleton_index, acronyms, digester) =
            (&mut self.skeletons, &mut self.acronyms, &self.digester);
        let new = organizations.get(start..).unwrap_or_default();
        // The indexes grow once, to the distinct digests: rehashing millions of entries costs
        // more than counting, and texts repeat (a slot per text would stay mostly empty).
        lookup.reserve(digests.distinct_keys());
        skeleton_index.reserve(digests.distinct_skeletons());
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

    /// Organizations with a different acronym or name that looks like `text` (the same UTS #39
    /// skeleton): (organization, its text).
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// // "МLPD" with a Cyrillic "М" (U+041C) has the UTS #39 skeleton of the Latin "MLPD".
    /// let alikes = registry.look_alikes("\u{41c}LPD");
    /// assert_eq!(alikes.iter().map(|(o, t)| (o.id.as_str(), *t)).collect::<Vec<_>>(), [("mlpd", "MLPD")]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn look_alikes(&self, text: &str) -> Vec<(&Organization, &str)> {
        let skeleton = crate::text::skeleton(text);
        self.skeletons
            .get(crate::text::skeleton_digest(text))
            .iter()
            .filter_map(|&(i, t)| {
                let o = self.organizations.get(i as usize)?;
                Some((o, o.text_at(usize::from(t))?))
            })
            .filter(|(_, t)| *t != text && crate::text::skeleton(t) == skeleton)
            .collect()
    }

    pub(super) fn push_area(&mut self, a: Area) {
        self.forget_derived();
        self.area_index.insert(a.id.clone(), self.areas.len());
        self.areas.push(a);
    }

    pub(super) fn push_organization(&mut self, o: Organization) {
        let i = self.organizations.len();
        self.index_organization(i, &o);
        self.org_index.insert(o.id.clone(), i);
        self.organizations.push(o);
    }

    /// Enters organization `i` (`o`) into the lookup, acronym and skeleton indexes.
    pub(super) fn index_organization(&mut self, i: usize, o: &Organization) {
        self.forget_derived();
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
    pub(super) fn unindex_organization(&mut self, i: usize, o: &Organization) {
        self.forget_derived();
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
            let sk = crate::text::skeleton_digest(t);
            self.skeletons.retain(sk, |&(j, _)| j as usize != i);
        }
    }

    pub(super) fn push_statement(&mut self, s: Statement) {
        self.statement_index
            .insert(s.id.clone(), self.statements.len());
        self.statements.push(s);
    }
}
