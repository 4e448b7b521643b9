//! Finding organizations as one language compares texts ([`Registry::find_with`]): the
//! registry's own lookups ([`Registry::find`]) use an index in CLDR root order; this one
//! compares with any [`Collation`], so it lives with collation, above the registry.

use std::cmp::Ordering::Equal;

use super::collation::Collation;
use crate::find::{MatchKind, words};
use crate::registry::{Found, Registry};

impl Registry {
    /// Finds organizations by acronym or any name as the language of `collation` compares
    /// them: build it at primary strength to be blind to case and to the accents that language
    /// ignores (Swedish keeps `å` apart from `a`; Turkish keeps dotless `ı` apart from `i`).
    /// Whole acronyms and names first, then names containing every word of the query.
    ///
    /// Unlike [`Registry::find`], which uses an index in CLDR root order, this compares the
    /// query with every acronym and name: meant for interactive searches.
    ///
    /// ```
    /// use signatories::collate::{Collation, CollationOptions, Strength};
    /// let registry = signatories::seed::registry()?;
    /// let primary = CollationOptions::default().with_strength(Strength::Primary);
    /// let root = Collation::try_new("und", primary)?;
    /// let turkish = Collation::try_new("tr", primary)?;
    /// // In Turkish, "turkiye" (with a plain u) is not "Türkiye".
    /// assert!(!registry.find_with(&root, "turkiye komunist partisi marksist leninist").is_empty());
    /// assert!(registry.find_with(&turkish, "turkiye komunist partisi marksist leninist").is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn find_with(&self, collation: &Collation, query: &str) -> Vec<Found<'_>> {
        let query = crate::text::normalize(query);
        let mut out: Vec<Found<'_>> = Vec::new();
        if query.is_empty() {
            return out;
        }
        for how in [MatchKind::Acronym, MatchKind::Name] {
            for o in self.organizations() {
                let mut texts = match how {
                    MatchKind::Acronym => o
                        .acronyms
                        .iter()
                        .map(|a| a.text.as_str())
                        .collect::<Vec<_>>(),
                    _ => o.names.iter().map(|n| n.text.as_str()).collect(),
                }
                .into_iter();
                if texts.any(|t| collation.compare(t, &query) == Equal)
                    && !out.iter().any(|f| f.organization.id == o.id)
                {
                    out.push(Found {
                        organization: o,
                        how,
                    });
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
        let query_words: Vec<&str> = words(&query).collect();
        for o in self.organizations() {
            let all = o
                .acronyms
                .iter()
                .map(|a| a.text.as_str())
                .chain(o.names.iter().map(|n| n.text.as_str()))
                .any(|t| {
                    let words: Vec<&str> = words(t).collect();
                    query_words
                        .iter()
                        .all(|q| words.iter().any(|w| collation.compare(w, q) == Equal))
                });
            if all {
                out.push(Found {
                    organization: o,
                    how: MatchKind::Words,
                });
            }
        }
        out
    }
}
