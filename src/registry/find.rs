//! The registry's finding methods: exact lookups through the index of primary-strength keys and
//! search (exact, then fuzzy); the machinery is in [`crate::find`]. Lookups as one language
//! compares ([`Registry::find_with`]) are with collation, in [`crate::collate`].

use super::{Found, Registry};
use crate::find::MatchKind;
use crate::find::similarity::{MISSPELLING, similarity};
use crate::organization::Organization;

impl Registry {
    /// Finds organizations by id, acronym or any name, in any script, blind to case and accents
    /// as CLDR root collation is at primary strength: the id first, then whole acronyms, then
    /// whole names, then names containing every word of the query.
    ///
    /// A misspelled query finds nothing here: [`Registry::search`] adds the closest names
    /// (fuzzy matching, with transliteration) where nothing matches exactly.
    ///
    /// ```
    /// use signatories::MatchKind;
    /// let registry = signatories::seed::registry()?;
    /// // Case and accents do not count: "бкп" is the acronym БКП, "turkiye" the word "Türkiye".
    /// let found = registry.find("бкп");
    /// assert_eq!((found[0].organization.id.as_str(), found[0].how), ("bkp", MatchKind::Acronym));
    /// assert_eq!(registry.find("pml del peru")[0].organization.id, "pml-peru");
    /// assert!(registry.find("Partei der Arbeit Atlantis").is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn find(&self, query: &str) -> Vec<Found<'_>> {
        self.found(query, self.lookup.find(query, &self.organizations))
    }

    /// What [`Registry::find`] finds by id and by whole acronym or name, without its search by
    /// the words of names (the looser match, and the costly one).
    pub(crate) fn find_whole(&self, query: &str) -> Vec<Found<'_>> {
        self.found(query, self.lookup.find_whole(query, &self.organizations))
    }

    /// Whether an acronym or a name of this registry is, whole, the normalized text `query`
    /// ([`crate::text::normalize`]) whose primary key is written: `key`. What
    /// [`Registry::find_whole`] finds besides an id, asked by a caller that wrote the key.
    #[cfg(feature = "ingest")]
    pub(crate) fn holds_whole_keyed(&self, query: &str, key: &[u8]) -> bool {
        let found = self
            .lookup
            .find_whole_keyed(query, key, &self.organizations, &mut Vec::new());
        !found.is_empty()
    }

    /// The organization whose id is `query`, then the index's `hits` (another than it).
    fn found(&self, query: &str, hits: Vec<(usize, MatchKind)>) -> Vec<Found<'_>> {
        let by_id = self
            .org_index
            .get(query.trim())
            .map(|&i| (i, MatchKind::Id));
        by_id
            .into_iter()
            .chain(
                hits.into_iter()
                    .filter(|(i, _)| by_id.is_none_or(|(j, _)| j != *i)),
            )
            .filter_map(|(i, how)| {
                self.organizations
                    .get(i)
                    .map(|organization| Found { organization, how })
            })
            .collect()
    }

    /// Finds what people type: the organizations [`Registry::find`] finds (score 1 for a whole
    /// acronym or name; for a name that holds every word of the query, how close the whole name
    /// is to the query, best first), then, when it finds none, those whose acronym or a name resembles `query` (typos, a missing
    /// accent, a Latin spelling of a Greek, Cyrillic or Arabic name), best first, each with its
    /// score (normalized edit distance over folded text, at least 0.8). At most `limit`.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let hits = registry.search("marxist leninist party of germani", 3);
    /// assert_eq!(hits[0].organization.id, "mlpd");
    /// assert!(hits[0].score > 0.9 && hits[0].score < 1.0);
    /// // A Latin spelling of a Cyrillic name.
    /// assert_eq!(registry.search("Balgarska Komunisticheska Partiya", 1)[0].organization.id, "bkp");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn search(&self, query: &str, limit: usize) -> Vec<crate::find::Suggestion<'_>> {
        let exact = self.find(query);
        if !exact.is_empty() {
            let key = self.lookup.key(&crate::text::normalize(query));
            let folded_query = crate::find::fold(query);
            let mut hits: Vec<crate::find::Suggestion<'_>> = exact
                .into_iter()
                .map(|f| {
                    let o = f.organization;
                    let texts = o
                        .acronyms
                        .iter()
                        .map(|a| a.text.as_str())
                        .chain(o.names.iter().map(|n| n.text.as_str()));
                    match texts.clone().find(|t| self.lookup.key(t) == key) {
                        // The whole query is an acronym or a name.
                        Some(matched) => crate::find::Suggestion {
                            organization: o,
                            matched,
                            score: 1.0,
                        },
                        // Every word of the query is in a name: ranked by how close the whole
                        // name is to the query, so that a name typed with a slip in its
                        // punctuation comes before longer names that share its words.
                        None => {
                            let (score, matched) = texts
                                .map(|t| {
                                    let f = crate::find::fold(t);
                                    (similarity(&folded_query, &f), t)
                                })
                                .max_by(|a, b| a.0.total_cmp(&b.0))
                                .unwrap_or((0.0, o.id.as_str()));
                            crate::find::Suggestion {
                                organization: o,
                                matched,
                                score,
                            }
                        }
                    }
                })
                .collect();
            hits.sort_by(|a, b| b.score.total_cmp(&a.score));
            hits.truncate(limit);
            return hits;
        }
        self.folded
            .get_or_init(|| crate::find::Folded::new(self.organizations()))
            .suggest(self.organizations(), query, MISSPELLING, limit)
    }

    /// Finds organizations whose acronym equals `query` at primary strength.
    ///
    /// ```
    /// let registry = signatories::seed::registry()?;
    /// let found: Vec<&str> = registry.find_by_acronym("cpsa (ml)").iter().map(|o| o.id.as_str()).collect();
    /// assert_eq!(found, ["cpsa-ml"]);
    /// // A name is no acronym.
    /// assert!(registry.find_by_acronym("Marxistisch-Leninistische Partei Deutschlands").is_empty());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn find_by_acronym(&self, query: &str) -> Vec<&Organization> {
        // (An acronym is found whole: the search by words finds none.)
        self.find_whole(query)
            .into_iter()
            .filter(|f| f.how == MatchKind::Acronym)
            .map(|f| f.organization)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::MatchKind;

    /// Finding whole is finding without the search by words: the same organizations, found
    /// the same way, by id, acronym or whole name; nothing where only the words match.
    #[test]
    fn finding_whole_is_finding_without_words() {
        let registry = crate::seed::registry().unwrap_or_else(|e| panic!("{e}"));
        let ids = |found: Vec<super::Found<'_>>| {
            found
                .into_iter()
                .filter(|f| f.how != MatchKind::Words)
                .map(|f| (f.organization.id.clone(), f.how))
                .collect::<Vec<_>>()
        };
        for query in [
            "mlpd",
            "MLPD",
            "бкп",
            "pml del peru",
            "Partei",
            "",
            "nothing",
        ] {
            assert_eq!(
                ids(registry.find_whole(query)),
                ids(registry.find(query)),
                "{query}"
            );
            assert!(
                registry
                    .find_whole(query)
                    .iter()
                    .all(|f| f.how != MatchKind::Words)
            );
        }
        assert!(!registry.find("Partei").is_empty());
        assert!(registry.find_whole("Partei").is_empty());
    }
}
