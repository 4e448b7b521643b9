//! Finding organizations by acronym or name, blind to case and accents the way CLDR's root
//! collation is at primary strength (`бкп` finds `БКП`, `cote` finds `Côte`), through an index of
//! the digests of primary-strength sort keys (checked against the texts they lead to) and of
//! words.

use crate::FastMap as HashMap;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};

use crate::digest::{DigestMap, Digester};
use crate::organization::Organization;

/// How a query matched an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
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

/// The primary key of `s` by `collator`, written over `buf`.
fn primary_key(collator: &CollatorBorrowed<'_>, s: &str, buf: &mut Vec<u8>) {
    buf.clear();
    let Ok(()) = collator.write_sort_key_to(s, buf);
}

/// Splits a name into words: runs of letters, digits and marks ([`crate::text::is_mark`]), with
/// the joiners ZWJ and ZWNJ that Persian and Indic words hold inside them.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !word_char(c)).filter(|w| !w.is_empty())
}

/// Whether `c` belongs to a word ([`words`]): a letter or digit, a mark, or a joiner. Answered
/// for the Basic Multilingual Plane from one bit a character, set once from the same test
/// ([`word_char_looked_up`]): a name's letters outside ASCII are not searched for in Unicode's
/// tables one by one (a twentieth of the time of loading a registry).
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    static BITS: std::sync::OnceLock<Box<[u64]>> = std::sync::OnceLock::new();
    let bits = BITS.get_or_init(|| {
        let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
        for c in ('\u{80}'..='\u{FFFF}').filter(|&c| word_char_looked_up(c)) {
            let cp = u32::from(c) as usize;
            if let Some(word) = bits.get_mut(cp / 64) {
                *word |= 1 << (cp % 64);
            }
        }
        bits
    });
    let cp = u32::from(c) as usize;
    match bits.get(cp / 64) {
        Some(word) => word & (1 << (cp % 64)) != 0,
        None => word_char_looked_up(c),
    }
}

/// [`word_char`], from the character's Unicode properties.
fn word_char_looked_up(c: char) -> bool {
    c.is_alphanumeric() || crate::text::is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
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

/// An organization's text under a digest: the organization, which of its texts (acronyms
/// then names), and how it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    org: u32,
    text: u16,
    how: MatchKind,
}

/// The lookup index over a registry's organizations.
///
/// Whole acronyms and names are kept by the digest of their primary keys (nearly every text is
/// its own, so a key per text would be most of the index). The texts under one digest have one
/// key — checked as each enters against the first one there — unless two keys share a digest,
/// which marks the digest as mixed; finding compares the query with the first text of a digest,
/// and with each text of a mixed one. Words repeat ("Party", "Communist"): each distinct word has
/// one list, found from its primary key or, while indexing, from its spelling.
pub(crate) struct LookupIndex {
    collator: CollatorBorrowed<'static>,
    digester: Digester,
    /// Digest of the primary key of a whole acronym or name → its texts, by organization.
    exact: DigestMap<Hit>,
    /// Digests under which texts of different keys were entered.
    mixed: crate::FastSet<u64>,
    /// Primary key of a word → its list in `lists`.
    word_lists: HashMap<Vec<u8>, u32>,
    /// Word as spelled → its list in `lists`: a hash lookup costs far less than a collation key.
    spellings: HashMap<String, u32>,
    /// Organization indexes by word, increasing.
    lists: Vec<Vec<u32>>,
}

impl std::fmt::Debug for LookupIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LookupIndex")
            .field("keys", &self.exact.len())
            .field("words", &self.word_lists.len())
            .finish()
    }
}

impl LookupIndex {
    pub(crate) fn new() -> Self {
        LookupIndex {
            collator: primary_collator(),
            digester: Digester::default(),
            exact: DigestMap::default(),
            mixed: crate::FastSet::default(),
            word_lists: HashMap::default(),
            spellings: HashMap::default(),
            lists: Vec::new(),
        }
    }

    /// An empty index whose digests are this one's: built apart (beside the checks of a load)
    /// and then put in this one's place.
    pub(crate) fn empty_like(&self) -> Self {
        LookupIndex {
            digester: self.digester.clone(),
            ..LookupIndex::new()
        }
    }

    /// Whether no organization was ever indexed.
    pub(crate) fn is_empty(&self) -> bool {
        self.exact.len() == 0 && self.lists.is_empty() && self.mixed.is_empty()
    }

    /// An index whose digests all collide, to test that finding checks what it finds.
    #[cfg(test)]
    pub(crate) fn colliding() -> Self {
        LookupIndex {
            digester: Digester::colliding(),
            ..LookupIndex::new()
        }
    }

    pub(crate) fn key(&self, s: &str) -> Vec<u8> {
        let mut k = Vec::with_capacity(s.len() * 2);
        self.key_into(s, &mut k);
        k
    }

    /// The primary key of `s`, written over `buf`.
    fn key_into(&self, s: &str, buf: &mut Vec<u8>) {
        primary_key(&self.collator, s, buf);
    }

    /// The digest of the primary key of `s`: equal for texts equal at primary strength.
    pub(crate) fn key_digest(&self, s: &str) -> u64 {
        self.key_digest_with(s, &mut Vec::new())
    }

    /// The digest of a primary key ([`LookupIndex::key`]).
    pub(crate) fn digest_key(&self, key: &[u8]) -> u64 {
        self.digester.bytes(key)
    }

    /// Room for `texts` more acronyms and names.
    pub(crate) fn reserve(&mut self, texts: usize) {
        self.exact.reserve(texts);
    }

    /// The digest of the primary key of `s`, with `buf` to write the key in.
    pub(crate) fn key_digest_with(&self, s: &str, buf: &mut Vec<u8>) -> u64 {
        self.key_into(s, buf);
        self.digester.bytes(buf)
    }

    /// Indexes organization `index`'s acronyms and names, whose primary key digests
    /// ([`LookupIndex::key_digest`]) are `digests`, in order (acronyms then names; computed
    /// here where missing). `text_of(j, k)` is text `k` of indexed organization `j`. Lists
    /// stay in increasing index order whether the organization is appended (loading) or put
    /// back in its place (an edit).
    pub(crate) fn insert<'t>(
        &mut self,
        index: usize,
        org: &'t Organization,
        digests: &[u64],
        text_of: impl Fn(u32, u16) -> Option<&'t str>,
    ) {
        self.insert_texts(index, org, digests, text_of);
        self.insert_words(index, org);
    }

    /// The whole-text half of [`LookupIndex::insert`]: organization `index`'s acronyms and
    /// names by the digests of their primary keys.
    pub(crate) fn insert_texts<'t>(
        &mut self,
        index: usize,
        org: &'t Organization,
        digests: &[u64],
        text_of: impl Fn(u32, u16) -> Option<&'t str>,
    ) {
        let Ok(i) = u32::try_from(index) else {
            return;
        };
        let mut buf = Vec::new();
        for (k, (text, how)) in texts(org).enumerate() {
            let Ok(t) = u16::try_from(k) else { break };
            let digest = match digests.get(k) {
                Some(&d) => d,
                None => self.key_digest_with(text, &mut buf),
            };
            let hit = Hit {
                org: i,
                text: t,
                how,
            };
            let (collator, mixed) = (&self.collator, &mut self.mixed);
            self.exact.insert(digest, hit, |hits| {
                // The first text under the digest has its key: a text of another key makes the
                // digest mixed. Equal texts (the common case: shared names) need no key.
                if let Some(first) = hits.first()
                    && !mixed.contains(&digest)
                {
                    let first_text = if first.org == i {
                        org.text_at(usize::from(first.text))
                    } else {
                        text_of(first.org, first.text)
                    };
                    if first_text != Some(text)
                        && first_text.is_none_or(|f| {
                            let (mut a, mut b) = (Vec::new(), Vec::new());
                            primary_key(collator, f, &mut a);
                            primary_key(collator, text, &mut b);
                            a != b
                        })
                    {
                        mixed.insert(digest);
                    }
                }
                // Appending is the common case (loading): no search when `i` comes last.
                if hits.last().is_none_or(|h| h.org < i) {
                    return Some(hits.len());
                }
                let at = hits.partition_point(|h| h.org < i);
                let same = hits.get(at..).unwrap_or_default();
                (!same.iter().take_while(|h| h.org == i).any(|h| *h == hit)).then_some(at)
            });
        }
    }

    /// The word half of [`LookupIndex::insert`]: organization `index` under each word of its
    /// acronyms and names.
    pub(crate) fn insert_words(&mut self, index: usize, org: &Organization) {
        let Ok(i) = u32::try_from(index) else {
            return;
        };
        let mut buf = Vec::new();
        for (text, _) in texts(org) {
            for w in words(text) {
                let list = self.word_list(w, &mut buf);
                let Some(hits) = self.lists.get_mut(list as usize) else {
                    continue;
                };
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
    }

    /// The list of word `w` (made if new), found by its spelling or else by its primary key
    /// (written over `buf`).
    fn word_list(&mut self, w: &str, buf: &mut Vec<u8>) -> u32 {
        if let Some(&list) = self.spellings.get(w) {
            return list;
        }
        self.key_into(w, buf);
        let list = match self.word_lists.get(buf.as_slice()) {
            Some(&list) => list,
            None => {
                let list = u32::try_from(self.lists.len()).unwrap_or(u32::MAX);
                self.lists.push(Vec::new());
                self.word_lists.insert(buf.clone(), list);
                list
            }
        };
        self.spellings.insert(w.to_owned(), list);
        list
    }

    /// This index with the words of `other` (built apart, of the same organizations) in place
    /// of its own.
    pub(crate) fn with_words_of(mut self, other: LookupIndex) -> Self {
        self.word_lists = other.word_lists;
        self.spellings = other.spellings;
        self.lists = other.lists;
        self
    }

    /// Removes organization `index`'s entries, made from `org` (as it was indexed).
    pub(crate) fn remove(&mut self, index: usize, org: &Organization) {
        let Ok(i) = u32::try_from(index) else { return };
        for (text, _) in texts(org) {
            self.exact.retain(self.key_digest(text), |h| h.org != i);
            for w in words(text) {
                let Some(&list) = self.spellings.get(w) else {
                    continue;
                };
                if let Some(hits) = self.lists.get_mut(list as usize)
                    && let Ok(at) = hits.binary_search(&i)
                {
                    hits.remove(at);
                }
            }
        }
    }

    /// Organizations of `organizations` (the indexed ones) matching `query`: whole acronyms
    /// first, then whole names, then names that contain every word of the query. Each
    /// organization once, with its best match.
    pub(crate) fn find(
        &self,
        query: &str,
        organizations: &[Organization],
    ) -> Vec<(usize, MatchKind)> {
        let query = crate::text::normalize(query);
        let mut buf = Vec::new();
        let out = self.find_whole_normalized(&query, organizations, &mut buf);
        // Word search only when no whole acronym or name matched: it is the looser match.
        if !out.is_empty() || query.is_empty() {
            return out;
        }
        self.find_words(&query, &mut buf)
    }

    /// The organizations whose whole acronym or a whole name is `query` (as [`LookupIndex::find`]
    /// finds them first), without the search by words.
    pub(crate) fn find_whole(
        &self,
        query: &str,
        organizations: &[Organization],
    ) -> Vec<(usize, MatchKind)> {
        let query = crate::text::normalize(query);
        self.find_whole_normalized(&query, organizations, &mut Vec::new())
    }

    /// [`LookupIndex::find_whole`] of a normalized query, with `buf` to write keys in.
    fn find_whole_normalized(
        &self,
        query: &str,
        organizations: &[Organization],
        buf: &mut Vec<u8>,
    ) -> Vec<(usize, MatchKind)> {
        if query.is_empty() {
            return Vec::new();
        }
        let key = self.key(query);
        self.find_whole_keyed(query, &key, organizations, buf)
    }

    /// [`LookupIndex::find_whole`] of a normalized query whose primary key is written: `key`.
    pub(crate) fn find_whole_keyed(
        &self,
        query: &str,
        key: &[u8],
        organizations: &[Organization],
        buf: &mut Vec<u8>,
    ) -> Vec<(usize, MatchKind)> {
        let mut out: Vec<(usize, MatchKind)> = Vec::new();
        if query.is_empty() {
            return out;
        }
        let digest = self.digester.bytes(key);
        let mut hits = self.exact.get(digest).to_vec();
        let mut equal = |t: Option<&str>| {
            t.is_some_and(|t| {
                t == query || {
                    self.key_into(t, buf);
                    *buf == key
                }
            })
        };
        let text = |h: &Hit| {
            organizations
                .get(h.org as usize)
                .and_then(|o| o.text_at(usize::from(h.text)))
        };
        if self.mixed.contains(&digest) {
            // Two keys share this digest: each text is compared.
            hits.retain(|h| equal(text(h)));
        } else if !hits.first().is_some_and(|h| equal(text(h))) {
            // One key: the first text's decides for all.
            hits.clear();
        }
        hits.sort_by_key(|h| (h.how, h.org));
        for h in hits {
            let i = h.org as usize;
            if !out.iter().any(|(j, _)| *j == i) {
                out.push((i, h.how));
            }
        }
        out
    }

    /// The organizations with a name that holds every word of the normalized `query`.
    fn find_words(&self, query: &str, buf: &mut Vec<u8>) -> Vec<(usize, MatchKind)> {
        let mut out: Vec<(usize, MatchKind)> = Vec::new();
        let mut lists: Vec<&Vec<u32>> = Vec::new();
        for w in words(query) {
            self.key_into(w, buf);
            match self
                .word_lists
                .get(buf.as_slice())
                .and_then(|&l| self.lists.get(l as usize))
            {
                Some(hits) if !hits.is_empty() => lists.push(hits),
                _ => return out,
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
    use super::{word_char, word_char_looked_up, words};

    /// The bits answer as the properties do, for every character of every plane.
    #[test]
    fn word_chars_agree_with_their_properties() {
        for c in '\0'..=char::MAX {
            assert_eq!(
                word_char(c),
                word_char_looked_up(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn splits_words() {
        let w: Vec<&str> = words("Parti Communiste (Côte d’Ivoire)").collect();
        assert_eq!(w, ["Parti", "Communiste", "Côte", "d", "Ivoire"]);
        let w: Vec<&str> = words("हिन्दी पार्टी").collect();
        assert_eq!(w, ["हिन्दी", "पार्टी"]);
    }
}
