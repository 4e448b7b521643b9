//! The digests of every acronym and name of the organizations being loaded, computed once, by
//! every core, before the checks and the indexes that need them: the digest of each text's
//! primary collation key (lookups, acronyms by country) and of its UTS #39 skeleton
//! (look-alikes). Computing collation keys is the costliest part of loading; the checks and
//! indexes that follow only hash and compare digests.

use crate::find::LookupIndex;
use crate::organization::Organization;

/// Below this many organizations one thread computes the digests.
const PARALLEL_FROM: usize = 1000;
/// Texts whose digests each thread remembers (a power of two).
const MEMO_SLOTS: usize = 1 << 14;

/// The digests of texts met lately, in a fixed table by a hash of the text: registries repeat
/// texts (an acronym in several countries, a translation many organizations share), and a
/// text's collation key and skeleton cost many times its hash. A text whose slot holds another
/// is computed and takes the slot; a registry of distinct texts pays a hash each.
struct Memo<'t> {
    slots: Vec<Option<(&'t str, u64, u64)>>,
    hasher: foldhash::fast::FixedState,
}

impl<'t> Memo<'t> {
    fn new() -> Self {
        Memo {
            slots: vec![None; MEMO_SLOTS],
            hasher: foldhash::fast::FixedState::default(),
        }
    }

    /// The (primary key, skeleton) digests of `text`, from `compute` unless remembered.
    fn get(&mut self, text: &'t str, compute: impl FnOnce(&str) -> (u64, u64)) -> (u64, u64) {
        use std::hash::BuildHasher as _;
        // The low bits of the hash choose the slot.
        let at = self.hasher.hash_one(text) as usize & (MEMO_SLOTS - 1);
        match self.slots.get_mut(at) {
            Some(Some((held, key, skeleton))) if *held == text => (*key, *skeleton),
            Some(slot) => {
                let (key, skeleton) = compute(text);
                *slot = Some((text, key, skeleton));
                (key, skeleton)
            }
            None => compute(text),
        }
    }
}

/// The digests of the texts of some organizations, organization by organization, each one's
/// acronyms then names ([`Organization::texts`]'s order).
#[derive(Debug, Default)]
pub(super) struct TextDigests {
    /// Primary key digest of each text ([`LookupIndex::key_digest`]).
    keys: Vec<u64>,
    /// UTS #39 skeleton digest of each text ([`crate::text::skeleton_digest`]).
    skeletons: Vec<u64>,
    /// Where each organization's texts start, and one past the last.
    starts: Vec<usize>,
}

impl TextDigests {
    /// The digests of `organizations`' texts, split among the available cores when there are
    /// many.
    pub(super) fn compute(organizations: &[Organization], lookup: &LookupIndex) -> Self {
        if organizations.len() < PARALLEL_FROM {
            return Self::sequential(organizations, lookup);
        }
        // One part per core (at most eight).
        let parts =
            crate::parallel::map_chunks(organizations, 8, |part| Self::sequential(part, lookup));
        let mut all = TextDigests::default();
        all.keys.reserve(parts.iter().map(|p| p.keys.len()).sum());
        all.skeletons.reserve(all.keys.capacity());
        all.starts.reserve(organizations.len() + 1);
        for part in parts {
            all.append(part);
        }
        all
    }

    /// The digests of `organizations`' texts, on this thread.
    fn sequential(organizations: &[Organization], lookup: &LookupIndex) -> Self {
        let texts = organizations
            .iter()
            .map(|o| o.acronyms.len() + o.names.len())
            .sum();
        let mut d = TextDigests {
            keys: Vec::with_capacity(texts),
            skeletons: Vec::with_capacity(texts),
            starts: Vec::with_capacity(organizations.len() + 1),
        };
        let mut buf = Vec::new();
        let mut memo = Memo::new();
        for o in organizations {
            d.starts.push(d.keys.len());
            for t in o.texts() {
                let (key, skeleton) = memo.get(t, |t| {
                    let key = lookup.key_digest_with(t, &mut buf);
                    (key, crate::text::skeleton_digest(t))
                });
                d.keys.push(key);
                d.skeletons.push(skeleton);
            }
        }
        d.starts.push(d.keys.len());
        d
    }

    /// The digests of one organization's texts.
    pub(super) fn one(organization: &Organization, lookup: &LookupIndex) -> Self {
        Self::sequential(std::slice::from_ref(organization), lookup)
    }

    /// Organization `k`'s primary key digests (acronyms then names; empty if `k` is out of
    /// range).
    pub(super) fn keys(&self, k: usize) -> &[u64] {
        self.range(k)
            .and_then(|r| self.keys.get(r))
            .unwrap_or_default()
    }

    /// Organization `k`'s skeleton digests (acronyms then names).
    pub(super) fn skeletons(&self, k: usize) -> &[u64] {
        self.range(k)
            .and_then(|r| self.skeletons.get(r))
            .unwrap_or_default()
    }

    /// About how many distinct primary key digests there are ([`crate::digest::distinct`]).
    pub(super) fn distinct_keys(&self) -> usize {
        crate::digest::distinct(&self.keys)
    }

    /// About how many distinct skeleton digests there are.
    pub(super) fn distinct_skeletons(&self) -> usize {
        crate::digest::distinct(&self.skeletons)
    }

    fn range(&self, k: usize) -> Option<std::ops::Range<usize>> {
        Some(*self.starts.get(k)?..*self.starts.get(k + 1)?)
    }

    /// How many organizations.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Appends `other`'s organizations after this one's.
    pub(super) fn append(&mut self, other: TextDigests) {
        let offset = self.keys.len();
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.starts
            .extend(other.starts.iter().skip(1).map(|s| s + offset));
        self.keys.extend(other.keys);
        self.skeletons.extend(other.skeletons);
    }
}

#[cfg(test)]
mod tests {
    use crate::find::LookupIndex;
    use crate::organization::Organization;

    use super::{MEMO_SLOTS, PARALLEL_FROM, TextDigests};

    /// Remembered digests are the texts' own: texts repeated near and far (past the memo's
    /// size, so that texts take each other's slots), each digest equal to one computed alone.
    #[test]
    fn remembered_digests_are_the_texts_own() -> Result<(), crate::Error> {
        let lookup = LookupIndex::new();
        let orgs: Vec<Organization> = (0..MEMO_SLOTS * 2)
            .map(|i| {
                Organization::new(format!("o{i}"))
                    .with_acronym(&format!("П{}", i % 7), "ru")?
                    .with_name(
                        &format!("Партия {}", i % (MEMO_SLOTS + 3)),
                        "ru",
                        crate::NameKind::Original,
                    )
            })
            .collect::<Result<_, _>>()?;
        let d = TextDigests::sequential(&orgs, &lookup);
        for (k, o) in orgs.iter().enumerate() {
            let texts: Vec<&str> = o.texts().collect();
            let keys: Vec<u64> = texts.iter().map(|t| lookup.key_digest(t)).collect();
            let skeletons: Vec<u64> = texts
                .iter()
                .map(|t| crate::text::skeleton_digest(t))
                .collect();
            assert_eq!(
                (d.keys(k), d.skeletons(k)),
                (&keys[..], &skeletons[..]),
                "{texts:?}"
            );
        }
        Ok(())
    }

    #[test]
    fn parallel_and_sequential_agree() -> Result<(), crate::Error> {
        let seed = crate::seed::registry()?;
        let lookup = LookupIndex::new();
        // Enough organizations to be split among threads, each with its own texts.
        let orgs: Vec<Organization> = (0..PARALLEL_FROM * 3 + 7)
            .map(|i| {
                let mut o = seed.organizations()[i % seed.organizations().len()].clone();
                o.id = format!("o{i}");
                o
            })
            .collect();
        let (p, s) = (
            TextDigests::compute(&orgs, &lookup),
            TextDigests::sequential(&orgs, &lookup),
        );
        assert_eq!(
            (p.keys.len(), p.starts.len()),
            (s.keys.len(), s.starts.len())
        );
        assert_eq!(p.len(), orgs.len());
        for (k, o) in orgs.iter().enumerate() {
            assert_eq!(p.keys(k), s.keys(k));
            assert_eq!(p.skeletons(k), s.skeletons(k));
            assert_eq!(p.keys(k).len(), o.texts().count());
            let first = o.texts().next().unwrap_or_default();
            assert_eq!(p.keys(k).first(), Some(&lookup.key_digest(first)));
        }
        let mut joined = TextDigests::sequential(&orgs[..5], &lookup);
        joined.append(TextDigests::sequential(&orgs[5..9], &lookup));
        assert_eq!(joined.len(), 9);
        assert_eq!(joined.keys(7), s.keys(7));
        assert_eq!(joined.keys(9), [] as [u64; 0]);
        Ok(())
    }
}
