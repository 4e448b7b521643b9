//! Sorting: collation keys computed once per item and kept, what to sort organizations by, and
//! the orderings editors use (publication, collated, protocol, grouped by region, UN style).
//!
//! Sorting n items costs n key computations and then byte comparisons, not n log n collator
//! comparisons. Keys live in memory only: a CLDR update changes them.

use std::borrow::Cow;
use std::collections::HashMap;

use super::collation::Collation;
use crate::error::Error;
use crate::locale::{Language, Locale};
use crate::organization::{Organization, Place};
use crate::registry::Registry;
use crate::statement::{Entry, Statement};

/// Collation keys of a list of items, in one buffer.
///
/// ```
/// use signatories::collate::Collation;
/// use signatories::collate::SortKeys;
/// let de = Collation::try_new("de", Default::default())?;
/// let names = ["Zypern", "Österreich", "Ägypten", "Bulgarien"];
/// let keys = SortKeys::new(&de, &names);
/// let sorted: Vec<&str> = keys.order().iter().map(|&i| names[i]).collect();
/// assert_eq!(sorted, ["Ägypten", "Bulgarien", "Österreich", "Zypern"]);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct SortKeys {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

/// Below this many items keys are computed on one thread.
const PARALLEL_THRESHOLD: usize = 4096;

impl SortKeys {
    /// Keys of `items` (strings).
    ///
    /// ```
    /// use signatories::collate::{Collation, SortKeys};
    /// let sv = Collation::try_new("sv", Default::default())?;
    /// let words = ["ärlig", "åsna", "zebra", "abc"];
    /// let keys = SortKeys::new(&sv, &words);
    /// // node icu-oracle.mjs sort sv: abc, zebra, åsna, ärlig
    /// assert_eq!(keys.order().iter().map(|&i| words[i]).collect::<Vec<_>>(), ["abc", "zebra", "åsna", "ärlig"]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn new<S: AsRef<str> + Sync>(collation: &Collation, items: &[S]) -> Self {
        Self::build(items.len(), |i, out| {
            if let Some(s) = items.get(i) {
                collation.write_key(s.as_ref(), out);
            }
        })
    }

    /// Keys of byte strings; invalid UTF-8 is read as U+FFFD (and left as it was in the data).
    ///
    /// ```
    /// use signatories::collate::{Collation, SortKeys};
    /// let sv = Collation::try_new("sv", Default::default())?;
    /// let lines: [&[u8]; 2] = ["åsna".as_bytes(), b"zebra"];
    /// assert_eq!(SortKeys::new_utf8(&sv, &lines).order(), [1, 0]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn new_utf8<S: AsRef<[u8]> + Sync>(collation: &Collation, items: &[S]) -> Self {
        Self::build(items.len(), |i, out| {
            if let Some(s) = items.get(i) {
                collation.write_key_utf8(s.as_ref(), out);
            }
        })
    }

    /// Keys computed by `write(i, buffer)` for `i` in `0..n`, on every core for large `n`.
    ///
    /// ```
    /// use signatories::collate::{Collation, SortKeys};
    /// let sv = Collation::try_new("sv", Default::default())?;
    /// let words = ["ärlig", "zebra"];
    /// let keys = SortKeys::build(words.len(), |i, out| sv.write_key(words[i], out));
    /// assert_eq!(keys.order(), [1, 0]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn build(n: usize, write: impl Fn(usize, &mut Vec<u8>) + Sync) -> Self {
        // One part on this thread for few keys; one per core for many.
        let threads = if n < PARALLEL_THRESHOLD {
            1
        } else {
            usize::MAX
        };
        let parts: Vec<SortKeys> = crate::parallel::map_ranges(n, threads, |range| {
            let mut part = SortKeys {
                bytes: Vec::with_capacity(range.len() * 48),
                ends: Vec::with_capacity(range.len()),
            };
            for i in range {
                write(i, &mut part.bytes);
                part.ends.push(part.bytes.len());
            }
            part
        });
        let mut keys = SortKeys {
            bytes: Vec::with_capacity(parts.iter().map(|p| p.bytes.len()).sum()),
            ends: Vec::with_capacity(n),
        };
        for p in parts {
            let base = keys.bytes.len();
            keys.bytes.extend_from_slice(&p.bytes);
            keys.ends.extend(p.ends.iter().map(|e| e + base));
        }
        keys
    }

    /// The number of keys.
    ///
    /// ```
    /// use signatories::collate::{Collation, SortKeys};
    /// let keys = SortKeys::new(&Collation::try_new("en", Default::default())?, &["a", "b", "c"]);
    /// assert_eq!(keys.len(), 3);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no keys.
    ///
    /// ```
    /// assert!(signatories::collate::SortKeys::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The key of item `i` (empty if out of range).
    ///
    /// ```
    /// use signatories::collate::{Collation, SortKeys};
    /// let de = Collation::try_new("de", Default::default())?;
    /// let keys = SortKeys::new(&de, &["Zypern", "Ägypten"]);
    /// assert!(keys.key(1) < keys.key(0));
    /// assert_eq!(keys.key(1), de.key("Ägypten"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.bytes.get(start..end).unwrap_or_default()
    }

    /// The stable sorting permutation: `order()[k]` is the index of the k-th item in collation
    /// order; items that compare equal keep their input order.
    ///
    /// ```
    /// use signatories::collate::{Collation, SortKeys};
    /// let de = Collation::try_new("de", Default::default())?;
    /// assert_eq!(SortKeys::new(&de, &["Zypern", "Ägypten", "Bulgarien"]).order(), [1, 2, 0]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn order(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.len()).collect();
        // Ties broken by index: an unstable sort gives the stable order, faster.
        idx.sort_unstable_by(|&a, &b| self.key(a).cmp(self.key(b)).then(a.cmp(&b)));
        idx
    }
}

/// What to sort organizations by.
///
/// ```
/// use signatories::collate::{Collation, OrganizationIndex, SortBy, SortSpec};
/// let registry = signatories::seed::registry()?;
/// let root = Collation::try_new("und", Default::default())?;
/// let index = OrganizationIndex::new(&registry, &root, &SortSpec::by([SortBy::Acronym]));
/// // Root order puts Latin letters before Cyrillic: BKP's "БКП" comes after every Latin acronym.
/// assert_eq!(index.order(&registry).last().map(|o| o.id.as_str()), Some("bkp"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortBy {
    /// The first acronym.
    Acronym,
    /// The first original name (or the first name).
    OriginalName,
    /// The name that serves readers of a chain of languages ([`Organization::name_for`]),
    /// else the own name: what a name-first entry prints first.
    NameIn(crate::locale::LanguageChain),
    /// The name of the (first) country or area in a language (CLDR names; the registry's for
    /// areas).
    CountryNameIn(Language),
    /// The name of the (first) country in its own main language (CLDR likely subtags:
    /// `DE` → "Deutschland", `GR` → "Ελλάδα"): the key of protocol order.
    CountryOwnName,
    /// The region, in the order given (UN M49 codes); regions not listed come last.
    Region(Vec<String>),
}

/// Whether names in other scripts sort by a Latin transliteration.
///
/// ```
/// use signatories::collate::{Collation, OrganizationIndex, SortBy, SortSpec};
/// let registry = signatories::seed::registry()?;
/// let root = Collation::try_new("und", Default::default())?;
/// let spec = SortSpec::by([SortBy::Acronym]).transliterated();
/// let order = OrganizationIndex::new(&registry, &root, &spec).order(&registry);
/// // "БКП" files under B (BKP), after BDP.
/// let ids: Vec<&str> = order.iter().map(|o| o.id.as_str()).collect();
/// assert_eq!(ids[..2], ["bdp", "bkp"]);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Transliteration {
    /// Names sort as written (in Russian collation Cyrillic before Latin, etc.).
    #[default]
    None,
    /// Names not in the Latin script sort by their AnyAscii transliteration (the `any_ascii`
    /// crate: BGN/PCGN-like for Cyrillic, `БКП` → `BKP`; ELOT-like for Greek; Buckwalter-free
    /// plain romanization for Arabic), so that an edition files `БКП` under B.
    Latin,
}

/// A sort specification: keys in order of precedence, and the transliteration option.
///
/// ```
/// use signatories::collate::{SortBy, SortSpec, Transliteration};
/// let spec = SortSpec::by([SortBy::Acronym, SortBy::OriginalName]);
/// assert_eq!((spec.keys.len(), spec.transliteration), (2, Transliteration::None));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct SortSpec {
    /// The keys, most significant first.
    pub keys: Vec<SortBy>,
    /// Transliteration of names in other scripts.
    pub transliteration: Transliteration,
}

impl SortSpec {
    /// A spec of these keys.
    ///
    /// ```
    /// use signatories::collate::{SortBy, SortSpec};
    /// assert_eq!(SortSpec::by([SortBy::CountryOwnName]).keys, [SortBy::CountryOwnName]);
    /// ```
    pub fn by(keys: impl IntoIterator<Item = SortBy>) -> Self {
        SortSpec {
            keys: keys.into_iter().collect(),
            transliteration: Transliteration::None,
        }
    }

    /// The same spec with names in other scripts sorted by a Latin transliteration.
    ///
    /// ```
    /// use signatories::collate::{SortBy, SortSpec, Transliteration};
    /// assert_eq!(SortSpec::by([SortBy::Acronym]).transliterated().transliteration, Transliteration::Latin);
    /// ```
    pub fn transliterated(mut self) -> Self {
        self.transliteration = Transliteration::Latin;
        self
    }
}

/// Writes a component of a composite key so that concatenations compare as tuples: 0x00 and
/// 0x01 are escaped as 0x01 0x01 and 0x01 0x02, and each component ends with 0x00.
fn push_component(out: &mut Vec<u8>, key: &[u8]) {
    for &b in key {
        match b {
            0 => out.extend_from_slice(&[1, 1]),
            1 => out.extend_from_slice(&[1, 2]),
            b => out.push(b),
        }
    }
    out.push(0);
}

fn latin(s: &str) -> Cow<'_, str> {
    if crate::text::script_codes(s)
        .iter()
        .all(|sc| sc.as_str() == "Latn")
    {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(any_ascii::any_ascii(s))
    }
}

/// Collation keys of every organization of a registry for one spec: the index that makes
/// re-sorting a comparison of bytes.
///
/// ```
/// use signatories::collate::{Collation, OrganizationIndex, SortBy, SortSpec};
/// let registry = signatories::seed::registry()?;
/// let de = Collation::try_new("de", Default::default())?;
/// let index = OrganizationIndex::new(&registry, &de, &SortSpec::by([SortBy::Acronym]).transliterated());
/// assert!(index.key("bdp") < index.key("mlpd"));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationIndex {
    keys: SortKeys,
    position: HashMap<String, usize>,
}

impl OrganizationIndex {
    /// Computes the key of every organization of `registry` for `spec` in `collation`.
    ///
    /// ```
    /// use signatories::collate::{Collation, OrganizationIndex, SortBy, SortSpec};
    /// let registry = signatories::seed::registry()?;
    /// let en = Collation::try_new("en", Default::default())?;
    /// let index = OrganizationIndex::new(&registry, &en, &SortSpec::by([SortBy::CountryNameIn("en".parse().unwrap())]));
    /// // By country name in English (node icu-oracle.mjs region en AF AU: Afghanistan, Australia):
    /// // the MLOA of Afghanistan first.
    /// assert_eq!(index.order(&registry)[0].id, "mloa");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn new(registry: &Registry, collation: &Collation, spec: &SortSpec) -> Self {
        let orgs = registry.organizations();
        let mut place_names: HashMap<(usize, &Place), String> = HashMap::new();
        // Place names first (few), then the keys of every organization.
        for o in orgs {
            for (k, by) in spec.keys.iter().enumerate() {
                if let (Some(p), SortBy::CountryNameIn(_) | SortBy::CountryOwnName) =
                    (o.countries.first(), by)
                {
                    place_names
                        .entry((k, p))
                        .or_insert_with(|| place_text(registry, p, by));
                }
            }
        }
        let keys = SortKeys::build(orgs.len(), |i, out| {
            let Some(o) = orgs.get(i) else { return };
            let mut scratch = Vec::new();
            for (k, by) in spec.keys.iter().enumerate() {
                scratch.clear();
                match by {
                    SortBy::Region(order) => {
                        let pos = o
                            .region
                            .as_ref()
                            .and_then(|r| order.iter().position(|x| x == r))
                            .unwrap_or(order.len());
                        let pos = u16::try_from(pos).unwrap_or(u16::MAX);
                        scratch.extend_from_slice(&pos.saturating_add(2).to_be_bytes());
                    }
                    SortBy::CountryNameIn(_) | SortBy::CountryOwnName => {
                        let text = o
                            .countries
                            .first()
                            .and_then(|p| place_names.get(&(k, p)))
                            .map_or("", String::as_str);
                        write_text(collation, spec, text, &mut scratch);
                    }
                    other => {
                        let text = org_text(o, other);
                        write_text(collation, spec, text, &mut scratch);
                    }
                }
                push_component(out, &scratch);
            }
        });
        let position = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.clone(), i))
            .collect();
        OrganizationIndex { keys, position }
    }

    /// The key of an organization (empty for an unknown id).
    ///
    /// ```
    /// use signatories::collate::{Collation, OrganizationIndex, SortSpec};
    /// let registry = signatories::seed::registry()?;
    /// let index = OrganizationIndex::new(&registry, &Collation::try_new("en", Default::default())?, &SortSpec::default());
    /// assert!(index.key("nobody").is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn key(&self, org_id: &str) -> &[u8] {
        self.position
            .get(org_id)
            .map_or(&[][..], |&i| self.keys.key(i))
    }

    /// Sorts entries by their organizations' keys, stably.
    ///
    /// ```
    /// use signatories::collate::{Collation, OrganizationIndex, SortBy, SortSpec};
    /// let registry = signatories::seed::registry()?;
    /// let index = OrganizationIndex::new(&registry, &Collation::try_new("en", Default::default())?, &SortSpec::by([SortBy::Acronym]).transliterated());
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let mut entries: Vec<&signatories::Entry> = statement.entries().collect();
    /// index.sort_entries(&mut entries);
    /// assert_eq!((entries[0].org.as_str(), entries[1].org.as_str()), ("bdp", "bkp"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn sort_entries(&self, entries: &mut [&Entry]) {
        entries.sort_by(|a, b| self.key(&a.org).cmp(self.key(&b.org)));
    }

    /// Organization ids of the registry in this index's order.
    ///
    /// ```
    /// use signatories::collate::{Collation, OrganizationIndex, SortBy, SortSpec};
    /// let registry = signatories::seed::registry()?;
    /// let index = OrganizationIndex::new(&registry, &Collation::try_new("en", Default::default())?, &SortSpec::by([SortBy::Acronym]).transliterated());
    /// assert_eq!(index.order(&registry).len(), 31);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn order<'r>(&self, registry: &'r Registry) -> Vec<&'r Organization> {
        self.keys
            .order()
            .into_iter()
            .filter_map(|i| registry.organizations().get(i))
            .collect()
    }
}

fn write_text(collation: &Collation, spec: &SortSpec, text: &str, out: &mut Vec<u8>) {
    match spec.transliteration {
        Transliteration::Latin => collation.write_key(&latin(text), out),
        Transliteration::None => collation.write_key(text, out),
    }
}

fn place_text(registry: &Registry, p: &Place, by: &SortBy) -> String {
    match (by, p) {
        (SortBy::CountryOwnName, Place::Country(c)) => {
            crate::locale::country_own_name(c).unwrap_or_else(|| c.to_string())
        }
        (SortBy::CountryNameIn(lang), Place::Country(c)) => {
            icu_locale::Locale::try_from_str(&lang.to_string())
                .ok()
                .and_then(|l| crate::locale::region_name_in(&l, c))
                .unwrap_or_else(|| c.to_string())
        }
        (SortBy::CountryNameIn(lang), Place::Area(a)) => area_name(registry, a, Some(lang)),
        (_, Place::Area(a)) => area_name(registry, a, None),
        (_, Place::Country(c)) => c.to_string(),
    }
}

fn area_name(registry: &Registry, id: &str, lang: Option<&Language>) -> String {
    let Some(area) = registry.area(id) else {
        return id.to_owned();
    };
    let chain = lang
        .map(crate::locale::LanguageChain::for_language)
        .unwrap_or_default();
    area.printed_name(&chain).to_owned()
}

fn org_text<'a>(o: &'a Organization, by: &SortBy) -> &'a str {
    match by {
        SortBy::Acronym => o.first_printed(),
        SortBy::OriginalName => o.own_name().map_or(o.id.as_str(), |n| n.text.as_str()),
        SortBy::NameIn(chain) => o
            .name_for(chain)
            .or_else(|| o.own_name())
            .map_or(o.id.as_str(), |n| n.text.as_str()),
        _ => "",
    }
}

/// An ordering of a signatory list.
///
/// ```
/// use signatories::collate::ListOrder;
/// let registry = signatories::seed::registry()?;
/// let s = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// assert_eq!(&ListOrder::Publication.apply(&registry, s)?, s);
/// let un = ListOrder::UnStyle { start: "mlpd".into() }.apply(&registry, s)?;
/// assert_eq!(un.sections[0].entries[0].org, "mlpd");
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ListOrder {
    /// As published: the default, never changed silently.
    #[default]
    Publication,
    /// Collated by a spec in a locale (the edition's alphabetical order).
    Collated {
        /// The locale of the collation (`-u-co-` honoured).
        locale: Locale,
        /// What to sort by.
        spec: SortSpec,
    },
    /// Protocol order (EU Interinstitutional Style Guide 7.1.2): by each country's name in its
    /// own language, transliterated to Latin and collated in root order, then by acronym; the
    /// same in every edition.
    Protocol,
    /// Grouped by region in the order given, then by the country's name in `lang`, then by
    /// acronym: how the seed's editors ordered most of its list.
    GroupedByRegion {
        /// UN M49 region codes, in order.
        regions: Vec<String>,
        /// The language of the country names, and of the collation.
        lang: Language,
    },
    /// UN style: English alphabetical order by country name, starting from one organization
    /// (drawn by lot) and wrapping around.
    UnStyle {
        /// The id of the organization that comes first.
        start: String,
    },
}

impl ListOrder {
    /// The collation locale and spec of this ordering (`None` for publication order).
    fn plan(&self) -> Option<(Locale, SortSpec)> {
        match self {
            ListOrder::Publication => None,
            ListOrder::Collated { locale, spec } => Some((locale.clone(), spec.clone())),
            ListOrder::Protocol => Some((
                Locale::default(),
                SortSpec::by([SortBy::CountryOwnName, SortBy::Acronym]).transliterated(),
            )),
            ListOrder::GroupedByRegion { regions, lang } => Some((
                Locale::from(lang),
                SortSpec::by([
                    SortBy::Region(regions.clone()),
                    SortBy::CountryNameIn(lang.clone()),
                    SortBy::Acronym,
                ]),
            )),
            ListOrder::UnStyle { .. } => Some((
                Locale::from(langid("en")),
                SortSpec::by([SortBy::CountryNameIn(langid("en")), SortBy::Acronym]),
            )),
        }
    }

    /// The statement with each section's entries in this order (sections stay as they are).
    ///
    /// ```
    /// use signatories::collate::ListOrder;
    /// let registry = signatories::seed::registry()?;
    /// let s = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let protocol = ListOrder::Protocol.apply(&registry, s)?;
    /// // Australia, then България (B'lgariya), বাংলাদেশ (bamlades), Cameroun …
    /// let first: Vec<&str> = protocol.sections[0].entries[..3].iter().map(|e| e.org.as_str()).collect();
    /// assert_eq!(first, ["cpa-ml", "bkp", "spb"]);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] for a collation CLDR does not have, or when the UN-style start is not in the list.
    pub fn apply(&self, registry: &Registry, statement: &Statement) -> Result<Statement, Error> {
        let mut out = statement.clone();
        let Some((locale, spec)) = self.plan() else {
            return Ok(out);
        };
        let collation = Collation::try_new(&locale, Default::default())?;
        let index = OrganizationIndex::new(registry, &collation, &spec);
        for section in &mut out.sections {
            section
                .entries
                .sort_by(|a, b| index.key(&a.org).cmp(index.key(&b.org)));
        }
        if let ListOrder::UnStyle { start } = self {
            let section = out
                .sections
                .iter_mut()
                .find(|s| s.entries.iter().any(|e| e.org == *start))
                .ok_or_else(|| Error::InvalidValue {
                    what: "UN-style start is not a signatory".to_owned(),
                    value: start.clone(),
                })?;
            if let Some(pos) = section.entries.iter().position(|e| e.org == *start) {
                section.entries.rotate_left(pos);
            }
        }
        Ok(out)
    }
}

fn langid(s: &str) -> Language {
    s.parse().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::push_component;

    #[test]
    fn composite_keys_compare_as_tuples() {
        let mut a = Vec::new();
        push_component(&mut a, &[5, 0, 7]);
        push_component(&mut a, &[9]);
        let mut b = Vec::new();
        push_component(&mut b, &[5, 0]);
        push_component(&mut b, &[200]);
        // (5 0 7, 9) > (5 0, 200): the first component decides.
        assert!(a > b);
        let mut c = Vec::new();
        push_component(&mut c, &[5, 1]);
        push_component(&mut c, &[0]);
        assert!(c > a);
    }
}
