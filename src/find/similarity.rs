//! How alike two names are, in one place: one measure ([`similarity`]) and the thresholds at
//! which the crate reads two names as the same, each named after what it decides.
//!
//! The measure is the normalized Levenshtein distance (the `strsim` crate): one minus the edits
//! that turn one text into the other over the longer text's length in characters, so 1 for
//! equal texts and 0.8 for one edit in five letters. The thresholds below are the least
//! similarity at which each decision is taken; a rough guide to read them: a similarity of `s`
//! allows `(1 - s) × length` edits (one edit in ten letters at 0.9, in four at 0.75).

/// Fuzzy suggestions and misspellings: a text at least this alike to a known acronym or name
/// is offered as that name ([`Registry::search`](crate::Registry::search)), and a printed
/// text is reported as a misspelling of it (the audit's `spelling` finding). 0.8 allows one
/// edit in five letters, a typo of a letter or two per word ("Phillipines" for
/// "Philippines", two edits in eleven: 0.82), while two different words of a name stay apart.
pub(crate) const MISSPELLING: f64 = 0.8;

/// Reconciling a printed entry fuzzily: the organizations whose acronym or a name is at least
/// this alike are its candidates. Lower than [`MISSPELLING`] (one edit in four letters), so
/// that a close but doubtful organization is shown to a person as a candidate rather than the
/// entry taken for a new organization.
#[cfg(feature = "ingest")]
pub(crate) const CANDIDATE: f64 = 0.75;

/// Reconciling a printed entry fuzzily: the best candidate is taken as the entry's organization
/// only at this similarity or above (one edit in ten letters, a slip of the hand in a long
/// name) and [`LEAD`] ahead of the next; anything less is left to a person as ambiguous.
#[cfg(feature = "ingest")]
pub(crate) const SAME_ORGANIZATION: f64 = 0.9;

/// How far the best fuzzy candidate must be ahead of the next to be taken
/// ([`SAME_ORGANIZATION`]): half an edit in ten letters, so two names that differ from the
/// printed one by as many edits are never decided between by chance.
#[cfg(feature = "ingest")]
pub(crate) const LEAD: f64 = 0.05;

/// The audit without a statement: two editions' texts (of six characters or more) at least
/// this alike name one organization the registry does not hold. Stricter than
/// [`MISSPELLING`] (about one edit in seven letters), since nothing else confirms the pairing:
/// no registry id, no country.
#[cfg(feature = "ingest")]
pub(crate) const SAME_ACROSS_EDITIONS: f64 = 0.85;

/// The list reader: a Latin group after a name in another script is its transliteration
/// (rather than a translation) when more than this alike to the name's own Latin
/// transliteration (AnyAscii). The lowest of the thresholds (three edits in ten letters):
/// published romanizations differ from AnyAscii's in a letter here and there (`y` or `j`,
/// `kh` or `h`), while a translation is another text altogether.
#[cfg(feature = "ingest")]
pub(crate) const TRANSLITERATION: f64 = 0.7;

/// How alike two texts are, from 0 (nothing in common) to 1 (equal): the normalized
/// Levenshtein distance, counted in characters. Compare texts folded alike (see
/// [`fold`](super::fold)), so that case, accents and punctuation do not count.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

/// Whether the [`similarity`] of two texts is above `threshold`: the same answer as
/// `similarity(a, b) > threshold`, told without the distance (which costs the product of the
/// lengths) when a bound that costs one pass over each text already keeps it at or below: no
/// edits turn one text into the other in fewer steps than the characters one has more of than
/// the other, counted as multisets (the bag distance).
#[cfg(feature = "ingest")]
pub(crate) fn similarity_above(a: &str, b: &str, threshold: f64) -> bool {
    let longest = a.chars().count().max(b.chars().count());
    if longest > 0 && 1.0 - bag_distance(a, b) as f64 / longest as f64 <= threshold {
        return false;
    }
    similarity(a, b) > threshold
}

/// The bag distance of two texts: the larger of the numbers of characters each has that the
/// other lacks, counted with their repetitions; never more than their Levenshtein distance.
#[cfg(feature = "ingest")]
fn bag_distance(a: &str, b: &str) -> usize {
    if a.is_ascii() && b.is_ascii() {
        return ascii_bag_distance(a, b);
    }
    sorted_bag_distance(a, b)
}

/// [`bag_distance`] of two ASCII texts, from the count of each byte (one pass over each text
/// and over the 128 counts, nothing sorted or allocated): what one text has more of than the
/// other, summed for each side.
#[cfg(feature = "ingest")]
fn ascii_bag_distance(a: &str, b: &str) -> usize {
    let mut count = [0i64; 128];
    let mut add = |s: &str, by: i64| {
        for x in s.bytes() {
            if let Some(c) = count.get_mut(usize::from(x)) {
                *c += by;
            }
        }
    };
    add(a, 1);
    add(b, -1);
    let (more_a, more_b) = count.iter().fold((0, 0), |(p, q), &c| {
        (p + c.max(0).unsigned_abs(), q + c.min(0).unsigned_abs())
    });
    usize::try_from(more_a.max(more_b)).unwrap_or(usize::MAX)
}

/// [`bag_distance`] of any two texts, their characters sorted and merged.
#[cfg(feature = "ingest")]
fn sorted_bag_distance(a: &str, b: &str) -> usize {
    let sorted = |s: &str| {
        let mut v: Vec<char> = Vec::with_capacity(s.len());
        v.extend(s.chars());
        v.sort_unstable();
        v
    };
    let (x, y) = (sorted(a), sorted(b));
    let (mut i, mut j, mut common) = (0, 0, 0);
    while let (Some(p), Some(q)) = (x.get(i), y.get(j)) {
        match p.cmp(q) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (x.len() - common).max(y.len() - common)
}

/// The known text a printed text misspells: the one it is most alike to (a similarity over
/// folded text of at least [`MISSPELLING`]) without being it. A text close to none is another
/// wording (a translation the registry lacks), not a misspelling; a text equal to one is none.
#[cfg(feature = "ingest")]
pub(crate) fn misspelled<'a>(
    printed: &str,
    known: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let p = super::fold(printed);
    let mut best: Option<(f64, &str)> = None;
    for k in known {
        if k == printed {
            return None;
        }
        let score = similarity(&p, &super::fold(k));
        if score >= MISSPELLING && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::{MISSPELLING, similarity};

    /// Levenshtein distances counted by hand: "kitten" → "sitting" is three edits (two
    /// substitutions, one insertion) over seven letters; "Phillipines" → "Philippines" two
    /// (one deletion, one insertion) over eleven.
    #[test]
    fn similarity_is_one_minus_edits_over_the_longer_length() {
        assert!((similarity("kitten", "sitting") - (1.0 - 3.0 / 7.0)).abs() < 1e-12);
        assert!((similarity("phillipines", "philippines") - (1.0 - 2.0 / 11.0)).abs() < 1e-12);
        assert!(similarity("phillipines", "philippines") >= MISSPELLING);
        // Characters, not bytes: one Cyrillic letter replaced in six.
        assert!((similarity("партия", "партяя") - (1.0 - 1.0 / 6.0)).abs() < 1e-12);
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("abc", "xyz"), 0.0);
    }

    /// The bag distance, counted by hand: "kitten" lacks s, i, g of "sitting", which lacks k, e
    /// (3, the Levenshtein distance too); "listen" and "silent" have the same letters (0, while
    /// four edits turn one into the other). Above a threshold exactly when `similarity` is.
    #[cfg(feature = "ingest")]
    #[test]
    fn similarity_above_answers_as_similarity_does() {
        use super::{
            TRANSLITERATION, ascii_bag_distance, bag_distance, similarity_above,
            sorted_bag_distance,
        };
        assert_eq!(bag_distance("kitten", "sitting"), 3);
        assert_eq!(bag_distance("listen", "silent"), 0);
        assert_eq!(bag_distance("", "abc"), 3);
        // Counted among ASCII bytes as among sorted characters (AnyAscii's transliteration
        // beside a printed one, a translation).
        for (a, b) in [
            (
                "fkn front komunisticheska narodna",
                "socialist socialist movement",
            ),
            ("kommunist", "khommunist"),
            ("aab", "abb"),
            ("", ""),
        ] {
            assert_eq!(
                ascii_bag_distance(a, b),
                sorted_bag_distance(a, b),
                "{a} {b}"
            );
        }
        assert_eq!(ascii_bag_distance("aab", "b"), 2);
        // 1 - 4/6 = 0.33: the bag distance lets it through, the distance decides.
        assert!(!similarity_above("listen", "silent", 0.5));
        assert!(similarity_above("listen", "silent", 0.3));
        // AnyAscii's transliteration and a published one (`kh` for `k`): 1 - 1/10, above 0.7.
        assert!(similarity_above("kommunist", "khommunist", TRANSLITERATION));
        // A translation: kept apart by the bound alone (at most 1 - 14/18, where 15 edits give 1 - 15/18).
        assert!(!similarity_above(
            "fkn front",
            "socialist movement",
            TRANSLITERATION
        ));
        let texts = [
            "",
            "a",
            "kitten",
            "sitting",
            "listen",
            "silent",
            "партия",
            "партяя",
            "abc",
        ];
        for a in texts {
            for b in texts {
                for t in [0.0, 0.3, 0.5, TRANSLITERATION, MISSPELLING, 0.95] {
                    assert_eq!(
                        similarity_above(a, b, t),
                        similarity(a, b) > t,
                        "{a} {b} {t}"
                    );
                }
            }
        }
    }
}
