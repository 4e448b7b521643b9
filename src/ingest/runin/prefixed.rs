//! Names joined only by a conjunction written as a prefix of each name after the first, where
//! the language's CLDR "and" pattern writes it so between every two names and has no separator
//! (Arabic "{0} و{1} و{2}"): "بيان مشترك بين حزب الأمة القومي والمؤتمر الشعبي والحركة الشعبية".

use super::kinds::{kind_word, names_organizations};
use super::sentence::run_in_sentence;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::letter;
use std::collections::HashMap;

/// The run of a sentence whose names are joined by the language's prefix conjunction
/// ([`ListWords::every_prefix`]), read as the same sentence with a separator in place of each
/// prefix: a sentence with two such words or more (three names), none of them its first. The
/// prefix joins a sentence's nouns as often ("المواطنات والمواطنين والنشطاء", "citizens, men
/// and women, and activists"): the run must show that it names organizations, by their form
/// ([`names_organizations`]) or by the kind two of them or more start with ([`first_kinds`]).
pub(super) fn prefixed_run(sentence: &str, lw: &ListWords) -> Option<Vec<String>> {
    let prefix = lw.every_prefix.as_deref()?;
    let separator = lw.separators.first().copied()?;
    // (The prefix written as a word of its own joins names where the sentence writes it so as
    // often as against a word: "… للشغل و الرابطة … واتحاد … و الاتحاد …"; elsewhere it is a
    // name's own "and", "… من أجل الديمقراطية و الدولة المدنية".)
    let apart = sentence.matches(&format!(" {prefix} ")).count();
    let joined = sentence
        .matches(&format!(" {prefix}"))
        .count()
        .saturating_sub(apart);
    let text = separated_at_prefix(sentence, prefix, separator, apart >= joined, lw)?;
    run_in_sentence(&text, lw).filter(|items| {
        names_organizations(items, &[]) || first_kinds(items) * 3 >= items.len().max(6)
    })
}

/// How many names of a run start with the word another of them starts with, a word of three
/// letters or more: the kind of organization, in the languages that write it first
/// ("الجمعية التونسية لمساندة الأقليات", "الجمعية التونسية للوقاية الايجابية", the association of …),
/// as [`sharing_kind`](super::sharing_kind) counts the names that end with theirs.
fn first_kinds(items: &[String]) -> usize {
    let first = |t: &String| {
        t.split_whitespace()
            .next()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .map(kind_word)
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for k in items.iter().filter_map(first) {
        *counts.entry(k).or_default() += 1;
    }
    counts.values().filter(|&&n| n >= 2).sum()
}

/// The text with the separator written in place of the prefix of each word that starts with
/// it and a letter, after a space or a separator and after a word of the text (a prefix with
/// two letters or more after it: "والمؤتمر" → ", المؤتمر"); with `apart`, in place of the
/// prefix written as a word of its own too ("… للشغل و الرابطة …"). None when fewer than two
/// are replaced.
fn separated_at_prefix(
    text: &str,
    prefix: &str,
    sep: char,
    apart: bool,
    lw: &ListWords,
) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut cuts = 0;
    let mut prev: Option<char> = None;
    let mut seen_letter = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let at_word = prev.is_none_or(|p| p.is_whitespace() || lw.is_separator(p));
        let stem = rest.strip_prefix(prefix).filter(|_| at_word && seen_letter);
        let stem = stem.and_then(|s| match s.strip_prefix(' ') {
            Some(after) if apart => Some(after),
            Some(_) => None,
            None => Some(s),
        });
        let letters = stem.map_or(0, |s| s.chars().take_while(|&c| letter(c)).count());
        if let Some(stem) = stem.filter(|_| letters >= 2) {
            if !prev.is_some_and(|p| lw.is_separator(p)) {
                let trimmed = out.trim_end().len();
                out.truncate(trimmed);
                out.push(sep);
                out.push(' ');
            }
            cuts += 1;
            // (The word goes on after its prefix: "ووضع", "and the situation", is cut once.)
            prev = prefix.chars().next_back();
            rest = stem;
            continue;
        }
        seen_letter |= letter(c);
        out.push(c);
        prev = Some(c);
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    (cuts >= 2).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::listwords::list_words;

    fn ar() -> std::sync::Arc<ListWords> {
        list_words(&"ar".parse().unwrap_or_default())
    }

    /// ar-attessia-15-munazzama-tahdhir-tahrid-sahafiyyin line 2 (from "وأمضت"): fourteen
    /// names joined by "و" only, nine of them starting with "الجمعية" or "جمعية"
    /// (association); the gold's names after the first are read, but for "اللجنة من أجل احترام
    /// الحريات وحقوق الإنسان بتونس", whose own "و" is cut. A sentence's nouns joined so are not
    /// read (ar-mithaq-munazzamat-muwaqqia line 2: "citizens, men and women, activists, …").
    #[test]
    fn names_joined_by_a_prefix_only() {
        let lw = ar();
        let line = "وأمضت هذا البيان كل من الرابطة التونسية للدفاع عن حقوق الإنسان والجمعية التونسية للدفاع عن الحريات الفردية والجمعية التونسية للدفاع عن القيم الجامعية والجمعية التونسية لمساندة الأقليات والجمعية التونسية للوقاية الايجابية وجمعية لم الشمل ،وجمعية النساء التونسيات للبحث حول التنمية وجمعية النهوض بالحق في الاختلاف وجمعية رؤية حرة وجمعية يقظة من أجل الديمقراطية و الدولة المدنية والائتلاف التونسي لإلغاء عقوبة الاعدام واللجنة من أجل احترام الحريات وحقوق الإنسان بتونس وفيدرالية التونسيين للمواطنة بالضفتين ومركز تونس لحرية الصحافة";
        let gold = [
            "الجمعية التونسية للدفاع عن الحريات الفردية",
            "الجمعية التونسية للدفاع عن القيم الجامعية",
            "الجمعية التونسية لمساندة الأقليات",
            "الجمعية التونسية للوقاية الايجابية",
            "جمعية لم الشمل",
            "جمعية النساء التونسيات للبحث حول التنمية",
            "جمعية النهوض بالحق في الاختلاف",
            "جمعية رؤية حرة",
            "جمعية يقظة من أجل الديمقراطية و الدولة المدنية",
            "الائتلاف التونسي لإلغاء عقوبة الاعدام",
            "فيدرالية التونسيين للمواطنة بالضفتين",
            "مركز تونس لحرية الصحافة",
        ];
        let items = prefixed_run(line, &lw).unwrap_or_default();
        for name in gold {
            assert!(items.iter().any(|i| i == name), "{name} in {items:?}");
        }
        let nouns = "ودعت المنظمات عموم المواطنات والمواطنين والنشطاء وأهل الصحافة والحركات الشبابية والاجتماعية إلى التجند من أجل الدفاع على الحريات وحقوق الإنسان والتصدي لسياسة القمع وتجريم الرأي والنشر والاحتجاج.";
        assert_eq!(prefixed_run(nouns, &lw), None);
    }

    /// The prefix is cut where a word of the text stands before it, and only from a word that
    /// starts with it and two letters; a sentence with one such word holds no run of three.
    #[test]
    fn a_separator_in_place_of_the_prefix() {
        let lw = ar();
        let sep = lw.separators.first().copied().unwrap_or(',');
        let text = "وأمضت كل من الرابطة والجمعية ،وجمعية و الدولة";
        let want = format!("وأمضت كل من الرابطة{sep} الجمعية ،جمعية و الدولة");
        assert_eq!(separated_at_prefix(text, "و", sep, false, &lw), Some(want));
        let apart = format!("وأمضت كل من الرابطة{sep} الجمعية ،جمعية{sep} الدولة");
        assert_eq!(separated_at_prefix(text, "و", sep, true, &lw), Some(apart));
        let one = "حملات تضليل وتشويه لمُرشحين";
        assert_eq!(separated_at_prefix(one, "و", sep, true, &lw), None);
    }
}
