//! Matching names as people type them: equality at primary strength (`türkiye` = `Turkiye` =
//! `TÜRKIYE`, see [`Registry::find`](crate::Registry::find)) and fuzzy suggestions for typos, ranked with a score.

use icu_normalizer::DecomposingNormalizerBorrowed;

use super::similarity::similarity;
use crate::organization::Organization;

/// Folds a name for fuzzy comparison: canonical decomposition, the marks that exact finding
/// disregards removed (accents; not Devanagari vowel signs, which the collator weighs as
/// letters), lower case, punctuation as space, white space collapsed (`Côte d’Ivoire` →
/// `cote d ivoire`).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return fold_ascii(s);
    }
    fold_unicode(s)
}

/// [`fold`] of any text: decomposed, marks Unicode lets a search ignore dropped, lower-cased.
fn fold_unicode(s: &str) -> String {
    let nfd = DecomposingNormalizerBorrowed::new_nfd().normalize(s);
    let mut out = String::with_capacity(nfd.len());
    let mut space = true;
    for c in nfd.chars() {
        match c {
            _ if super::index::ignorable_mark(c) => {}
            _ if c.is_alphanumeric() || crate::text::is_mark(c) => {
                out.extend(c.to_lowercase());
                space = false;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`fold`] of an ASCII text, which decomposition leaves as it is and which has no marks.
fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// An organization that a fuzzy search suggests.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Suggestion<'a> {
    /// The organization.
    pub organization: &'a Organization,
    /// The acronym or name that matched best.
    pub matched: &'a str,
    /// Similarity in 0..=1 (1: equal after folding): the crate's one measure of how alike two
    /// names are (normalized Levenshtein distance) over folded text.
    pub score: f64,
}

/// Every acronym and name of a registry folded once (see [`fold`]), for many fuzzy searches in
/// a row. Texts in other scripts are also kept in
/// their Latin transliteration (AnyAscii), so that `Kommounistiko Komma Elladas` finds
/// `Κομμουνιστικό Κόμμα Ελλάδας` and `Bulgarska` finds `Българска`.
///
/// Candidates come from an index of the texts' letter trigrams: a search counts the trigrams
/// each text shares with the query (the rarest first; a trigram most texts have adds nothing
/// to the ranking) and scores only the texts that share the most, so a search costs what the
/// query's trigrams hold, not the size of the registry. Registries of up to
/// [`Folded::SCAN_UP_TO`] texts are scored whole.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Folded {
    /// (organization index, text index in acronyms then names, folded text, its length in
    /// characters), in registry order.
    texts: Vec<(usize, usize, String, usize)>,
    /// Trigram → the texts that hold it (indexes into `texts`, ascending).
    grams: crate::FastMap<u64, Vec<u32>>,
    /// The character counts of each text, where the texts are scored whole (a few hundred
    /// KB at most); counted as needed otherwise.
    counts: Vec<CharCounts>,
}

/// The distinct letter trigrams of a folded text, with a space before and after it (so that a
/// word's start and end count).
fn trigrams(folded: &str) -> Vec<u64> {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(folded.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut out: Vec<u64> = chars
        .windows(3)
        .filter_map(|w| match w {
            [a, b, c] => Some((u64::from(*a) << 42) | (u64::from(*b) << 21) | u64::from(*c)),
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The folded forms a text is compared by: itself, and its Latin transliteration where it has
/// letters outside ASCII that transliterate differently.
fn keys(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = vec![folded];
    if !text.is_ascii() {
        let latin = fold(&any_ascii::any_ascii(text));
        if !out.contains(&latin) && !latin.is_empty() {
            out.push(latin);
        }
    }
    out
}

/// How many characters of a text fall in each of 64 classes (a character's class is its code
/// point modulo 64), for a lower bound of the edit distance of two texts.
#[derive(Debug)]
struct CharCounts([u16; 64]);

impl CharCounts {
    fn of(s: &str) -> Self {
        let mut counts = [0u16; 64];
        for c in s.chars() {
            if let Some(n) = counts.get_mut(c as usize % 64) {
                *n = n.saturating_add(1);
            }
        }
        CharCounts(counts)
    }

    /// A lower bound of the Levenshtein distance of the two texts counted: an insertion or a
    /// deletion changes one class's count by one, a substitution two counts by one each, so
    /// the distance is at least half the sum of the differences of the counts. (Merging
    /// characters into classes only lowers that sum: the bound stays a bound.)
    fn least_distance(&self, other: &CharCounts) -> usize {
        let sum: usize = self
            .0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| usize::from(a.abs_diff(*b)))
            .sum();
        sum.div_ceil(2)
    }
}

impl Folded {
    /// Folds every acronym and name of `organizations` (a registry's, in its order).
    pub fn new(organizations: &[Organization]) -> Self {
        let mut texts = Vec::new();
        for (i, org) in organizations.iter().enumerate() {
            let all = org
                .acronyms
                .iter()
                .map(|a| a.text.as_str())
                .chain(org.names.iter().map(|n| n.text.as_str()));
            for (j, t) in all.enumerate() {
                for f in keys(t) {
                    let n = f.chars().count();
                    texts.push((i, j, f, n));
                }
            }
        }
        let mut grams: crate::FastMap<u64, Vec<u32>> = crate::FastMap::default();
        if texts.len() > Self::SCAN_UP_TO {
            for (k, (_, _, f, _)) in texts.iter().enumerate() {
                let Ok(k) = u32::try_from(k) else { break };
                for g in trigrams(f) {
                    grams.entry(g).or_default().push(k);
                }
            }
        }
        let counts = if texts.len() > Self::SCAN_UP_TO {
            Vec::new()
        } else {
            texts.iter().map(|(_, _, f, _)| CharCounts::of(f)).collect()
        };
        Folded {
            texts,
            grams,
            counts,
        }
    }

    /// Registries with at most this many folded texts are scored whole, without the index.
    pub const SCAN_UP_TO: usize = 2_000;

    /// How many of the texts that share the most trigrams with a query are scored.
    const CANDIDATES: usize = 256;

    /// The texts worth scoring for a query: all of them for a small registry, else those that
    /// share the most trigrams with one of the query's folded forms.
    fn candidates(&self, queries: &[(String, f64)]) -> Vec<usize> {
        if self.grams.is_empty() {
            return (0..self.texts.len()).collect();
        }
        let mut counts: crate::FastMap<u32, u32> = crate::FastMap::default();
        for (q, _) in queries {
            let mut lists: Vec<&Vec<u32>> = trigrams(q)
                .iter()
                .filter_map(|g| self.grams.get(g))
                .collect();
            lists.sort_by_key(|l| l.len());
            // Trigrams nearly every text holds do not rank; the rarest few always count.
            let common = (self.texts.len() / 8).max(Self::CANDIDATES);
            for (n, list) in lists.iter().enumerate() {
                if n >= 3 && list.len() > common {
                    break;
                }
                for &t in list.iter() {
                    *counts.entry(t).or_insert(0) += 1;
                }
            }
        }
        let mut ranked: Vec<(u32, u32)> = counts.into_iter().map(|(t, c)| (c, t)).collect();
        if ranked.len() > Self::CANDIDATES {
            ranked.select_nth_unstable_by(Self::CANDIDATES, |a, b| b.cmp(a));
            ranked.truncate(Self::CANDIDATES);
        }
        let mut out: Vec<usize> = ranked.into_iter().map(|(_, t)| t as usize).collect();
        // Registry order, so that one organization's texts are next to each other.
        out.sort_unstable();
        out
    }

    /// The organizations whose acronym or a name resembles `query`, best first, at most `limit`,
    /// with a score of at least `threshold` (`similarity::MISSPELLING` for typos), among
    /// `organizations`, those these texts were folded from.
    pub fn suggest<'a>(
        &self,
        organizations: &'a [Organization],
        query: &str,
        threshold: f64,
        limit: usize,
    ) -> Vec<Suggestion<'a>> {
        let queries: Vec<(String, f64)> = keys(query)
            .into_iter()
            .filter(|q| !q.is_empty())
            .map(|q| {
                let n = q.chars().count() as f64;
                (q, n)
            })
            .collect();
        let candidates = self.candidates(&queries);
        self.score(organizations, &queries, &candidates, threshold, limit)
    }

    /// Scores the texts `candidates` (indexes into `texts`, ascending) against the queries.
    fn score<'a>(
        &self,
        organizations: &'a [Organization],
        queries: &[(String, f64)],
        candidates: &[usize],
        threshold: f64,
        limit: usize,
    ) -> Vec<Suggestion<'a>> {
        let mut out: Vec<Suggestion<'a>> = Vec::new();
        let counts: Vec<CharCounts> = queries.iter().map(|(q, _)| CharCounts::of(q)).collect();
        for &k in candidates {
            let Some((i, j, f, flen)) = self.texts.get(k) else {
                continue;
            };
            let flen = *flen as f64;
            let mut score: f64 = 0.0;
            let mut counted: Option<CharCounts> = None;
            for ((q, qlen), q_counts) in queries.iter().zip(&counts) {
                // The score cannot reach the threshold when the lengths differ too much;
                // stored texts are bounded, so this also bounds the work for a huge query.
                if 1.0 - (qlen - flen).abs() / qlen.max(flen) < threshold {
                    continue;
                }
                // Nor when their letters differ too much: a bound costs one pass over the
                // text, the edit distance a pass per letter of the query.
                let f_counts = match self.counts.get(k) {
                    Some(c) => c,
                    None => counted.get_or_insert_with(|| CharCounts::of(f)),
                };
                let least = q_counts.least_distance(f_counts) as f64;
                if 1.0 - least / qlen.max(flen) < threshold {
                    continue;
                }
                score = score.max(similarity(q, f));
            }
            if score < threshold {
                continue;
            }
            let Some(org) = organizations.get(*i) else {
                continue;
            };
            let Some(text) = org
                .acronyms
                .iter()
                .map(|a| a.text.as_str())
                .chain(org.names.iter().map(|n| n.text.as_str()))
                .nth(*j)
            else {
                continue;
            };
            // One suggestion per organization, with its best text.
            match out.last_mut() {
                Some(last) if std::ptr::eq(last.organization, org) => {
                    if score > last.score {
                        last.score = score;
                        last.matched = text;
                    }
                }
                _ => out.push(Suggestion {
                    organization: org,
                    matched: text,
                    score,
                }),
            }
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out.truncate(limit);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{CharCounts, Folded, fold, fold_ascii, fold_unicode, keys};

    proptest::proptest! {
        /// An ASCII text folds the same on its short path as on the general one.
        #[test]
        fn ascii_folds_as_any_text(s in "[ -~]{0,40}") {
            proptest::prop_assert_eq!(fold_ascii(&s), fold_unicode(&s));
        }

        /// The bound of the edit distance is never above the distance itself.
        #[test]
        fn the_least_distance_is_at_most_the_distance(a in "\\PC{0,40}", b in "[a-zа-я ]{0,40}") {
            let least = CharCounts::of(&a).least_distance(&CharCounts::of(&b));
            proptest::prop_assert!(least <= strsim::levenshtein(&a, &b), "{least}");
        }
    }

    /// The trigram index finds what scoring every text finds: the same best organization and
    /// score for names with a typo, in a registry too large to be scored whole.
    #[test]
    fn the_index_finds_what_a_full_scan_finds() {
        const SYL: [&str; 24] = [
            "ka", "ro", "mi", "ten", "dor", "val", "sen", "lu", "par", "tiz", "nor", "bek", "sol",
            "dar", "vin", "mes", "kul", "ran", "to", "zeb", "ilo", "fra", "gun", "hel",
        ];
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let mut word = |n: usize| -> String {
            let mut w: String = (0..n).map(|_| SYL[next() % SYL.len()]).collect();
            if let Some(c) = w.get(..1).map(str::to_uppercase) {
                w.replace_range(..1, &c);
            }
            w
        };
        let mut toml = String::new();
        let mut names = Vec::new();
        for i in 0..2500 {
            let name = format!("{} {} {}", word(2), word(3), word(2));
            toml.push_str(&format!(
                "[[organization]]\nid = \"o{i}\"\ncountries = [\"DE\"]\nnames = [{{ text = \"{name}\", lang = \"de\", kind = \"original\" }}]\n\n"
            ));
            names.push(name);
        }
        let registry =
            crate::Registry::from_toml_str(&toml, "r.toml").unwrap_or_else(|e| panic!("{e}"));
        let orgs = registry.organizations();
        let folded = Folded::new(orgs);
        assert!(!folded.grams.is_empty(), "the index is built");
        for (k, name) in names.iter().enumerate().step_by(37) {
            // One letter replaced, one dropped.
            let mut typo: Vec<char> = name.chars().collect();
            let at = 1 + k % (typo.len() - 2);
            typo[at] = 'q';
            typo.remove(at + 1);
            let typo: String = typo.into_iter().collect();
            let queries: Vec<(String, f64)> = keys(&typo)
                .into_iter()
                .map(|q| {
                    let n = q.chars().count() as f64;
                    (q, n)
                })
                .collect();
            let all: Vec<usize> = (0..folded.texts.len()).collect();
            // Well below the typos' similarity: the two paths are compared, not the threshold.
            let threshold = 0.75;
            let scanned = folded.score(orgs, &queries, &all, threshold, 1);
            let indexed = folded.suggest(orgs, &typo, threshold, 1);
            assert_eq!(
                scanned
                    .first()
                    .map(|s| (s.organization.id.as_str(), s.score)),
                indexed
                    .first()
                    .map(|s| (s.organization.id.as_str(), s.score)),
                "{typo}"
            );
            assert_eq!(
                indexed.first().map(|s| s.organization.id.as_str()),
                Some(format!("o{k}").as_str())
            );
        }
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(fold("  TÜRKIYE "), "turkiye");
        assert_eq!(fold("Българска (БКП)"), "българска бкп");
        // Marks the collator weighs as letters stay: Devanagari vowel signs, virama.
        assert_eq!(fold("पार्टी"), "पार्टी");
        // Marks it disregards go: Arabic harakat, Greek tonos.
        assert_eq!(fold("حِزْب"), "حزب");
        assert_eq!(fold("Κόμμα"), "κομμα");
    }
}
