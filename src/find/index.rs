//! Finding organizations by acronym or name, blind to case and accents the way CLDR's root
//! collation is at primary strength (`бкп` finds `БКП`, `cote` finds `Côte`), through an index of
//! primary-strength sort keys.

use crate::FastMap as HashMap;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};

use crate::organization::Organization;

/// How a query matched an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchKind {
    /// The query is the organization's id.
    Id,
    /// The whole query equals an acronym.
    Acronym,
    /// The whole query equals a name.
    Name,
    /// Every word of the query equals a word of one name or acronym.
    Words,
}

/// The primary-strength collator of lookups: CLDR root order, case and accents ignored.
pub(crate) fn primary_collator() -> CollatorBorrowed<'static> {
    let mut options = CollatorOptions::default();
    options.strength = Some(Strength::Primary);
    // Root collation data is compiled in: creating the collator cannot fail.
    match Collator::try_new(Default::default(), options) {
        Ok(c) => c,
        Err(e) => unreachable!("compiled root collation data is missing: {e}"),
    }
}

/// Splits a name into words: runs of letters, digits and marks ([`crate::text::is_mark`]), with
/// the joiners ZWJ and ZWNJ that Persian and Indic words hold inside them.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| {
        !(c.is_alphanumeric() || crate::text::is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}'))
    })
    .filter(|w| !w.is_empty())
}

/// Whether the lookup collator disregards a mark (accents in Latin, Greek and Cyrillic; Arabic
/// harakat) rather than weighing it as a letter (Devanagari vowel signs): fuzzy folding drops
/// exactly these, so that exact and fuzzy finding agree on marks.
pub(crate) fn ignorable_mark(c: char) -> bool {
    use crate::FastMap as HashMap;
    use std::sync::{Mutex, OnceLock};
    static SEEN: OnceLock<Mutex<HashMap<char, bool>>> = OnceLock::new();
    if !crate::text::is_mark(c) {
        return false;
    }
    let seen = SEEN.get_or_init(|| Mutex::new(HashMap::default()));
    if let Ok(map) = seen.lock()
        && let Some(&known) = map.get(&c)
    {
        return known;
    }
    let mut with = String::from("a");
    with.push(c);
    let ignorable = primary_collator().compare("a", &with).is_eq();
    if let Ok(mut map) = seen.lock() {
        map.insert(c, ignorable);
    }
    ignorable
}

/// An organization's acronyms and names, each with how it matches.
fn texts(org: &Organization) -> impl Iterator<Item = (&str, MatchKind)> {
    org.acronyms
        .iter()
        .map(|a| (a.text.as_str(), MatchKind::Acronym))
        .chain(org.names.iter().map(|n| (n.text.as_str(), MatchKind::Name)))
}

/// The lookup index over a registry's organizations.
pub(crate) struct LookupIndex {
    collator: CollatorBorrowed<'static>,
    /// Primary key of a whole acronym or name → (organization index, how).
    exact: HashMap<Vec<u8>, Vec<(u32, MatchKind)>>,
    /// Primary key of a word → organization indexes.
    words: HashMap<Vec<u8>, Vec<u32>>,
    /// Word → its primary key: names repeat their words ("Party", "Communist"), and a hash
    /// lookup costs far less than a collation key.
    word_keys: HashMap<String, Vec<u8>>,
}

impl std::fmt::Debug for LookupIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LookupIndex")
            .field("keys", &self.exact.len())
            .field("words", &self.words.len())
            .finish()
    }
}

impl LookupIndex {
    pub(crate) fn new() -> Self {
        LookupIndex {
            collator: primary_collator(),
            exact: HashMap::default(),
            words: HashMap::default(),
            word_keys: HashMap::default(),
        }
    }

    pub(crate) fn key(&self, s: &str) -> Vec<u8> {
        let mut k = Vec::with_capacity(s.len() * 2);
        let Ok(()) = self.collator.write_sort_key_to(s, &mut k);
        k
    }

    /// Indexes organization `index`'s acronyms and names. Lists stay in increasing index order
    /// whether the organization is appended (loading) or put back in its place (an edit).
    ///
    /// Returns the keys of the organization's acronyms, for the registry's other indexes.
    pub(crate) fn insert(&mut self, index: usize, org: &Organization) -> Vec<Vec<u8>> {
        let mut acronym_keys = Vec::with_capacity(org.acronyms.len());
        let Ok(i) = u32::try_from(index) else {
            return acronym_keys;
        };
        for (text, how) in texts(org) {
            let k = self.key(text);
            if how == MatchKind::Acronym {
                acronym_keys.push(k.clone());
            }
            let hits = self.exact.entry(k).or_default();
            let at = hits.partition_point(|&(j, _)| j < i);
            let same = hits.get(at..).unwrap_or_default();
            if !same
                .iter()
                .take_while(|(j, _)| *j == i)
                .any(|&(_, h)| h == how)
            {
                hits.insert(at, (i, how));
            }
            for w in words(text) {
                let k = match self.word_keys.get(w) {
                    Some(k) => k.clone(),
                    None => {
                        let k = self.key(w);
                        self.word_keys.insert(w.to_owned(), k.clone());
                        k
                    }
                };
                let hits = self.words.entry(k).or_default();
                // Appending is the common case (loading): checked first, at no search cost.
                match hits.last() {
                    Some(&last) if last == i => {}
                    Some(&last) if last > i => {
                        if let Err(at) = hits.binary_search(&i) {
                            hits.insert(at, i);
                        }
                    }
                    _ => hits.push(i),
                }
            }
        }
        acronym_keys
    }

    /// Removes organization `index`'s entries, made from `org` (as it was indexed).
    pub(crate) fn remove(&mut self, index: usize, org: &Organization) {
        let Ok(i) = u32::try_from(index) else { return };
        for (text, _) in texts(org) {
            let k = self.key(text);
            if let Some(hits) = self.exact.get_mut(&k) {
                hits.retain(|&(j, _)| j != i);
                if hits.is_empty() {
                    self.exact.remove(&k);
                }
            }
            for w in words(text) {
                let Some(k) = self.word_keys.get(w) else {
                    continue;
                };
                if let Some(hits) = self.words.get_mut(k) {
                    if let Ok(at) = hits.binary_search(&i) {
                        hits.remove(at);
                    }
                    if hits.is_empty() {
                        self.words.remove(k);
                    }
                }
            }
        }
    }

    /// Organizations matching `query`: whole acronyms first, then whole names, then names that
    /// contain every word of the query. Each organization once, with its best match.
    pub(crate) fn find(&self, query: &str) -> Vec<(usize, MatchKind)> {
        let query = crate::text::normalize(query);
        let mut out: Vec<(usize, MatchKind)> = Vec::new();
        if query.is_empty() {
            return out;
        }
        let push = |i: u32, how: MatchKind, out: &mut Vec<(usize, MatchKind)>| {
            let i = i as usize;
            if !out.iter().any(|(j, _)| *j == i) {
                out.push((i, how));
            }
        };
        if let Some(hits) = self.exact.get(&self.key(&query)) {
            let mut hits = hits.clone();
            hits.sort_by_key(|&(i, how)| (how, i));
            for (i, how) in hits {
                push(i, how, &mut out);
            }
        }
        // Word search only when no whole acronym or name matched: it is the looser match.
        if !out.is_empty() {
            return out;
        }
        let mut lists: Vec<&Vec<u32>> = Vec::new();
        for w in words(&query) {
            match self.words.get(&self.key(w)) {
                Some(hits) => lists.push(hits),
                None => return out,
            }
        }
        // Start from the rarest word; hits are in increasing index order (organizations are
        // only appended), so the others are searched by bisection.
        lists.sort_by_key(|l| l.len());
        if let Some((first, rest)) = lists.split_first() {
            for &i in first.iter() {
                // Each index occurs once in a list, and `out` is empty here: no duplicates.
                if rest.iter().all(|l| l.binary_search(&i).is_ok()) {
                    out.push((i as usize, MatchKind::Words));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words() {
        let w: Vec<&str> = words("Parti Communiste (Côte d’Ivoire)").collect();
        assert_eq!(w, ["Parti", "Communiste", "Côte", "d", "Ivoire"]);
        let w: Vec<&str> = words("हिन्दी पार्टी").collect();
        assert_eq!(w, ["हिन्दी", "पार्टी"]);
    }
}
