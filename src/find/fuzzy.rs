//! Matching names as people type them: equality at primary strength (`türkiye` = `Turkiye` =
//! `TÜRKIYE`, see [`Registry::find`]) and fuzzy suggestions for typos, ranked with a score.

use icu_normalizer::DecomposingNormalizerBorrowed;

use crate::organization::Organization;
use crate::registry::Registry;

/// Folds a name for fuzzy comparison: canonical decomposition, the marks that exact finding
/// disregards removed (accents; not Devanagari vowel signs, which the collator weighs as
/// letters), lower case, punctuation as space, white space collapsed (`Côte d’Ivoire` →
/// `cote d ivoire`).
pub fn fold(s: &str) -> String {
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

/// An organization that a fuzzy search suggests.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion<'a> {
    /// The organization.
    pub organization: &'a Organization,
    /// The acronym or name that matched best.
    pub matched: &'a str,
    /// Similarity in 0..=1 (1: equal after folding): normalized Levenshtein distance over
    /// folded text (the `strsim` crate).
    pub score: f64,
}

/// Organizations whose acronym or a name resembles `query`, best first, at most `limit`, with a
/// score of at least `threshold` (0.8 suits typos of a letter or two per word).
///
/// ```
/// let registry = signatories::seed::registry()?;
/// let found = signatories::find::suggest(&registry, "Parti Comuniste du Togo", 0.8, 3);
/// assert_eq!(found[0].organization.id, "pct");
/// assert!(found[0].score > 0.95);
/// # Ok::<(), signatories::Error>(())
/// ```
pub fn suggest<'a>(
    registry: &'a Registry,
    query: &str,
    threshold: f64,
    limit: usize,
) -> Vec<Suggestion<'a>> {
    Folded::new(registry).suggest(registry, query, threshold, limit)
}

/// Every acronym and name of a registry folded once (see [`fold`]), for many fuzzy searches in
/// a row: [`suggest`] folds the registry on every call. Texts in other scripts are also kept in
/// their Latin transliteration (AnyAscii), so that `Kommounistiko Komma Elladas` finds
/// `Κομμουνιστικό Κόμμα Ελλάδας` and `Bulgarska` finds `Българска`.
#[derive(Debug, Default)]
pub struct Folded {
    /// (organization index, text index in acronyms then names, folded text, its length in
    /// characters), in registry order.
    texts: Vec<(usize, usize, String, usize)>,
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

impl Folded {
    /// Folds every acronym and name of `registry`.
    pub fn new(registry: &Registry) -> Self {
        let mut texts = Vec::new();
        for (i, org) in registry.organizations().iter().enumerate() {
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
        Folded { texts }
    }

    /// As [`suggest`], over the registry these texts were folded from.
    pub fn suggest<'a>(
        &self,
        registry: &'a Registry,
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
        let mut out: Vec<Suggestion<'a>> = Vec::new();
        for (i, j, f, flen) in &self.texts {
            let flen = *flen as f64;
            let mut score: f64 = 0.0;
            for (q, qlen) in &queries {
                // The score cannot reach the threshold when the lengths differ too much;
                // stored texts are bounded, so this also bounds the work for a huge query.
                if 1.0 - (qlen - flen).abs() / qlen.max(flen) < threshold {
                    continue;
                }
                score = score.max(strsim::normalized_levenshtein(q, f));
            }
            if score < threshold {
                continue;
            }
            let Some(org) = registry.organizations().get(*i) else {
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
    use super::*;

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
