//! The registry's indexes at scale: keys are kept as 64-bit digests (randomly seeded, so that a
//! hostile file cannot aim at collisions) rather than as the bytes of collation keys and ids,
//! and a digest that leads to one value — nearly every one — takes no allocation. Whoever
//! reads an index checks each value it finds against the data it points to, so a digest
//! collision costs a comparison, never a wrong answer.
//!
//! Loading a million organizations built about seven million small allocations for these
//! indexes (a key and a bucket per text); they now build none for a text no other text shares.

use std::hash::BuildHasher as _;

use crate::FastMap as HashMap;

/// A randomly seeded digest function of the crate's indexes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Digester {
    state: foldhash::quality::RandomState,
    /// Tests only: every digest is 0, so that every lookup meets collisions.
    #[cfg(test)]
    colliding: bool,
}

impl Digester {
    /// The digest of `bytes`.
    pub(crate) fn bytes(&self, bytes: &[u8]) -> u64 {
        self.of(bytes)
    }

    /// The digest of a value.
    pub(crate) fn of<T: std::hash::Hash + ?Sized>(&self, value: &T) -> u64 {
        #[cfg(test)]
        if self.colliding {
            return 0;
        }
        self.state.hash_one(value)
    }

    /// A digester whose digests all collide, to test that readers check what they find.
    #[cfg(test)]
    pub(crate) fn colliding() -> Self {
        Digester {
            colliding: true,
            ..Digester::default()
        }
    }
}

/// The values of one digest. Several values are boxed twice so that a slot takes a pointer's
/// room beside the value: the maps hold millions of slots and few of them hold several values.
#[derive(Debug, Clone)]
enum Slot<V> {
    One(V),
    #[allow(clippy::box_collection)]
    Many(Box<Vec<V>>),
}

/// A multimap from digests to small values, each digest's values in the order its
/// [`DigestMap::insert`] calls chose.
#[derive(Debug, Clone)]
pub(crate) struct DigestMap<V> {
    map: HashMap<u64, Slot<V>>,
}

impl<V> Default for DigestMap<V> {
    fn default() -> Self {
        DigestMap {
            map: HashMap::default(),
        }
    }
}

impl<V: Copy> DigestMap<V> {
    /// The values of `digest` (none when it has none).
    pub(crate) fn get(&self, digest: u64) -> &[V] {
        match self.map.get(&digest) {
            Some(Slot::One(v)) => std::slice::from_ref(v),
            Some(Slot::Many(vs)) => vs,
            None => &[],
        }
    }

    /// Inserts `value` under `digest` where `place` says, given the values already there:
    /// `Some(at)` inserts at that position, `None` leaves them unchanged (already present).
    pub(crate) fn insert(
        &mut self,
        digest: u64,
        value: V,
        place: impl FnOnce(&[V]) -> Option<usize>,
    ) {
        use std::collections::hash_map::Entry;
        match self.map.entry(digest) {
            Entry::Vacant(e) => {
                e.insert(Slot::One(value));
            }
            Entry::Occupied(mut e) => {
                let slot = e.get_mut();
                let Some(at) = place(match slot {
                    Slot::One(v) => std::slice::from_ref(v),
                    Slot::Many(vs) => vs,
                }) else {
                    return;
                };
                match slot {
                    Slot::One(v) => {
                        let mut vs = vec![*v];
                        vs.insert(at.min(1), value);
                        *slot = Slot::Many(Box::new(vs));
                    }
                    Slot::Many(vs) => vs.insert(at.min(vs.len()), value),
                }
            }
        }
    }

    /// Replaces the value at position `at` of `digest`'s values, if there is one.
    pub(crate) fn replace(&mut self, digest: u64, at: usize, value: V) {
        match self.map.get_mut(&digest) {
            Some(Slot::One(v)) if at == 0 => *v = value,
            Some(Slot::Many(vs)) => {
                if let Some(v) = vs.get_mut(at) {
                    *v = value;
                }
            }
            _ => {}
        }
    }

    /// Keeps only the values of `digest` that `keep` accepts.
    pub(crate) fn retain(&mut self, digest: u64, mut keep: impl FnMut(&V) -> bool) {
        let empty = match self.map.get_mut(&digest) {
            Some(Slot::One(v)) => !keep(v),
            Some(Slot::Many(vs)) => {
                vs.retain(|v| keep(v));
                vs.is_empty()
            }
            None => false,
        };
        if empty {
            self.map.remove(&digest);
        }
    }

    /// Removes every value.
    pub(crate) fn clear(&mut self) {
        self.map.clear();
    }

    /// Room for `additional` more digests.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.map.reserve(additional);
    }

    /// How many digests have values.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_stay_in_the_order_asked_and_empty_digests_go() {
        let mut m: DigestMap<u32> = DigestMap::default();
        let sorted = |v: u32| move |vs: &[u32]| vs.binary_search(&v).err();
        for v in [5, 1, 3, 3, 9] {
            m.insert(7, v, sorted(v));
        }
        m.insert(8, 2, sorted(2));
        assert_eq!(m.get(7), [1, 3, 5, 9]);
        assert_eq!(m.get(8), [2]);
        assert_eq!(m.get(9), [] as [u32; 0]);
        m.replace(7, 1, 4);
        assert_eq!(m.get(7), [1, 4, 5, 9]);
        m.retain(7, |&v| v > 4);
        assert_eq!(m.get(7), [5, 9]);
        m.retain(8, |_| false);
        assert_eq!(m.len(), 1);
        m.retain(7, |_| false);
        assert_eq!(m.len(), 0);
    }

    #[test]
    fn digests_are_seeded_per_digester() {
        let (a, b) = (Digester::default(), Digester::default());
        assert_eq!(a.bytes(b"KKE"), a.bytes(b"KKE"));
        assert_ne!(a.bytes(b"KKE"), a.bytes(b"KKF"));
        // Two digesters (two registries) agree on nothing by design.
        assert_ne!(a.bytes(b"KKE"), b.bytes(b"KKE"));
    }
}
