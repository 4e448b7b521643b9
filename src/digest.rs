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

/// About how many distinct values `digests` holds (HyperLogLog with 4,096 registers: within
/// a few percent, at most `digests.len()`), so that a map can be given room for its distinct
/// keys at once. The digests must be well mixed, as [`Digester`]'s are.
pub(crate) fn distinct(digests: &[u64]) -> usize {
    const BITS: u32 = 12;
    const M: usize = 1 << BITS;
    if digests.len() < M {
        return digests.len();
    }
    let mut registers = vec![0u8; M];
    for &d in digests {
        let slot = usize::try_from(d >> (64 - BITS)).unwrap_or(0);
        // The rank of the first set bit of the remaining bits (a guard bit ends the run).
        let rank = ((d << BITS) | (1 << (BITS - 1))).leading_zeros() + 1;
        if let Some(r) = registers.get_mut(slot) {
            *r = (*r).max(u8::try_from(rank).unwrap_or(u8::MAX));
        }
    }
    let m = M as f64;
    let sum: f64 = registers.iter().map(|&r| (-f64::from(r)).exp2()).sum();
    let mut estimate = 0.7213 / (1.0 + 1.079 / m) * m * m / sum;
    let empty = registers.iter().filter(|&&r| r == 0).count();
    if estimate <= 2.5 * m && empty > 0 {
        // Few distinct values: linear counting is the better estimate.
        estimate = m * (m / empty as f64).ln();
    }
    // Rounded up by a tenth, the estimate's error and more.
    let estimate = estimate * 1.1;
    if estimate >= digests.len() as f64 {
        digests.len()
    } else {
        estimate as usize
    }
}

#[cfg(test)]
mod tests {
    use super::{DigestMap, Digester, distinct};

    #[test]
    fn distinct_digests_are_estimated_within_a_tenth_above() {
        let d = Digester::default();
        for (n, distinct_wanted) in [
            (100, 100),
            (50_000, 50_000),
            (200_000, 20_000),
            (300_000, 3_000),
        ] {
            let digests: Vec<u64> = (0..n).map(|i| d.of(&(i % distinct_wanted))).collect();
            let got = distinct(&digests);
            // At least the true count (a map given this room does not grow), and not far above.
            assert!(
                got >= distinct_wanted,
                "{n} digests, {distinct_wanted} distinct: {got}"
            );
            assert!(
                got <= distinct_wanted * 6 / 5 + 16,
                "{n} digests, {distinct_wanted} distinct: {got}"
            );
        }
    }

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
