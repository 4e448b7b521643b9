//! The kind a name ends with ("… Union", "…工會"), and whether the names of a run name
//! organizations by their form.

use super::words::{cased, starts_upper};
use crate::ingest::script::{holds_acronym, syllabic_acronym, uncased};

/// How many names of a run end with the word that ends another of its names, a capitalized
/// word of three letters or more, or any such word in a script without case: the kind of
/// organization the names share ("Communication Workers Union", "Fire Brigades Union",
/// "Musicians Union"; "የቅማንት ዴሞክራሲያዊ ፓርቲ", "የካፋ አረንጓዴ ፓርቲ"), which shows them to name
/// organizations as an acronym does.
pub(in crate::ingest) fn sharing_kind(items: &[String]) -> usize {
    let kind = |t: &String| {
        t.split_whitespace()
            .last()
            .filter(|w| {
                (uncased(w) || (cased(w) && starts_upper(w)))
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            })
            .map(kind_word)
    };
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for k in items.iter().filter_map(kind) {
        *counts.entry(k).or_default() += 1;
    }
    items
        .iter()
        .filter(|t| !holds_acronym(t))
        .filter_map(kind)
        .filter(|k| counts.get(k).is_some_and(|&n| n >= 2))
        .count()
}

/// A word as it ends a name, compared with other names' last words: in lower case, without
/// the signs around it.
pub(super) fn kind_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether two pieces or more (a run's last names) name organizations by their form: an
/// acronym, a contraction of a name's syllables ("ኢዴፓ", "민주노총"), or the kind they end with,
/// which two different names share ("…企業工會、…企業工會"; not one person named twice, "محمد
/// اکبر", "کامریڈ محمد اکبر"). An enumeration of a sentence's topics or qualities ("کارگری،
/// دانشجویی، مدنی، صنفی و حقوق بشری") shows none.
pub(super) fn names_organizations(ps: &[&str]) -> bool {
    let mut items: Vec<String> = Vec::new();
    for p in ps.iter().map(|p| p.trim()) {
        if !items
            .iter()
            .any(|i| i.ends_with(p) || p.ends_with(i.as_str()))
        {
            items.push(p.to_owned());
        }
    }
    let formed = items
        .iter()
        .filter(|t| holds_acronym(t) || syllabic_acronym(t))
        .count();
    formed + sharing_kind(&items) >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines 13 to 20 of am-ethiopiazare-asru-parti (ethiopiazare.com, 2019), read by hand: a
    /// sentence broken at its eight names; two end with ፓርቲ ("party") as printed, three with
    /// ንቅናቄ ("movement"), a kind each shares with another name though Ethiopic has no
    /// capitals (ፓርቲና carries the conjunction, the last line the agency's signature).
    #[test]
    fn names_without_case_share_their_kind() {
        let lines = [
            "የአፋር ሕዝቦች ነፃነት ፓርቲ፣",
            "የሲዳማ ሕዝቦች ነፃነት ንቅናቄ፣",
            "የቤንሻንጉል ጉምዝ ሕዝቦች ነፃነት ንቅናቄ፣",
            "የጋምቤላ ሕዝቦች ነፃነት ንቅናቄ፣",
            "የቅማንት ዴሞክራሲያዊ ፓርቲ፣",
            "የአገው አገር አቀፍ ሸንጎ፣",
            "የሞቻ ዴሞክራሲያዊ ፓርቲና",
            "የካፋ አረንጓዴ ፓርቲ ናቸው። (ኢዛ)",
        ];
        let items: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
        assert_eq!(sharing_kind(&items), 5);
    }
}
