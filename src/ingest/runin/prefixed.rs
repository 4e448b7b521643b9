//! Names joined only by a conjunction written as a prefix of each name after the first, where
//! the language's CLDR "and" pattern writes it so between every two names and has no separator
//! (Arabic "{0} و{1} و{2}"): "بيان مشترك بين حزب الأمة القومي والمؤتمر الشعبي والحركة الشعبية".

use super::kinds::{kind_word, names_organizations};
use super::sentence::{RunEnds, run_in_sentence};
use crate::ingest::listwords::ListWords;
use crate::ingest::script::letter;
use std::collections::HashMap;

/// The run of a sentence whose names are joined by the language's prefix conjunction
/// ([`ListWords::every_prefix`]), read as the same sentence with a separator in place of each
/// prefix: a sentence with two such words or more (three names), none of them its first. The
/// prefix joins a sentence's nouns as often ("المواطنات والمواطنين والنشطاء", "citizens, men
/// and women, and activists"): the run must show that it names organizations, by their form
/// ([`names_organizations`]) or by the kind two of them or more start with ([`first_kinds`]).
pub(super) fn prefixed_run(sentence: &str, lw: &ListWords, ends: RunEnds) -> Option<Vec<String>> {
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
    let run = from_first_name(sentence, prefix, lw);
    let sentence = run.as_deref().unwrap_or(sentence);
    let text = separated_at_prefix(sentence, prefix, separator, apart >= joined, lw)?;
    let shared = shared_start(sentence, prefix).map(|(s, _, _)| s);
    run_in_sentence(&text, lw, ends).filter(|items| {
        names_organizations(items, &[])
            || first_kinds(items) * 3 >= items.len().max(6)
            || shared.is_some_and(|s| definite_run(items, &s))
    })
}

/// The sentence from its run's first name to the end of its last, where the words that start
/// with the prefix share what follows it ([`shared_start`]): the run starts in the piece
/// before its first such word (after the sentence's separator before it), at the piece's
/// first word that starts so too ("طالبت احزاب العمال والتيار …" → "العمال …"), else after
/// the piece's last word the sentence printed before it, the kind of the names said again
/// ("ثمانية أحزاب … وهم أحزاب مستقبل وطن والمحافظين …" → "مستقبل وطن …"); it ends before the
/// date the last name runs on into ([`before_date`]).
fn from_first_name(sentence: &str, prefix: &str, lw: &ListWords) -> Option<String> {
    let (shared, _, _) = shared_start(sentence, prefix)?;
    let at = sentence.find(&format!(" {prefix}{shared}"))?;
    let before = sentence.get(..at)?;
    let piece_at = before
        .char_indices()
        .rev()
        .find(|&(_, c)| lw.is_separator(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (earlier, piece) = before.split_at(piece_at);
    let words: Vec<&str> = piece.split_whitespace().collect();
    let said_before = |w: &&str| {
        earlier
            .split_whitespace()
            .any(|e| e.trim_matches(|c: char| !letter(c)) == *w)
    };
    let from = words
        .iter()
        .position(|w| w.starts_with(shared.as_str()))
        .or_else(|| words.iter().rposition(said_before).map(|k| k + 1))
        .filter(|&k| k < words.len())
        .unwrap_or(0);
    let rest = sentence.get(at..)?;
    Some(format!(
        "{}{}",
        words.get(from..)?.join(" "),
        before_date(rest, lw)
    ))
}

/// A text up to the date it gives, where it gives one: a weekday name of the language's (and
/// the word before it when that word does not start with the prefix: "اليوم السبت", "today,
/// Saturday"; "on Saturday"), or a number before a month name (CLDR's, through
/// [`ListWords::date_words`]).
fn before_date<'t>(text: &'t str, lw: &ListWords) -> &'t str {
    let prefix = lw.every_prefix.as_deref().unwrap_or_default();
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let date = |w: &str| lw.date_words.iter().any(|d| *d == w.to_lowercase());
    for (k, &(at, w)) in words.iter().enumerate() {
        let next_is_date = words.get(k + 1).is_some_and(|&(_, n)| date(n));
        let number = w.chars().all(|c| c.is_numeric()) && next_is_date;
        if !(number || (date(w) && k > 0)) {
            continue;
        }
        let end = match k.checked_sub(1).and_then(|j| words.get(j)) {
            Some(&(b, before)) if !number && !before.starts_with(prefix) && k >= 2 => b,
            _ => at,
        };
        return text.get(..end).unwrap_or(text).trim_end();
    }
    text
}

/// Whether a run of four names or more names them each after the first with the letters the
/// prefix goes on with in most of the sentence ([`shared_start`]: the article), each of one
/// or two words: names said after the kind they share ("احزاب العمال والتيار الديمقراطي والقطب
/// والتكتل", the parties of …), where a sentence's nouns joined so go on with other words.
fn definite_run(items: &[String], shared: &str) -> bool {
    items.len() >= 4
        && items.iter().all(|i| i.split_whitespace().count() <= 2)
        && items.iter().skip(1).all(|i| i.starts_with(shared))
}

/// How many names of a run start with the word another of them starts with, a word of three
/// letters or more: the kind of organization, in the languages that write it first
/// ("الجمعية التونسية لمساندة الأقليات", "الجمعية التونسية للوقاية الايجابية", the association of …),
/// as [`sharing_kind`](super::sharing_kind) counts the names that end with theirs.
pub(super) fn first_kinds(items: &[String]) -> usize {
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
    let whole = whole_words(text, prefix);
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
        let word: String = stem.map_or(String::new(), |s| {
            s.chars().take_while(|&c| letter(c)).collect()
        });
        let letters = word.chars().count();
        if let Some(stem) = stem.filter(|_| letters >= 2 && !whole.contains(&word)) {
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

/// The two letters that two thirds or more of the words starting with the prefix go on with,
/// of three such words or more (the article: "والمحافظين والتجمع والمؤتمر …", Arabic "ال"),
/// with the text's words and those words without their prefix.
fn shared_start<'t>(text: &'t str, prefix: &str) -> Option<(String, Vec<&'t str>, Vec<&'t str>)> {
    let words: Vec<&str> = text
        .split(|c: char| !letter(c))
        .filter(|w| !w.is_empty())
        .collect();
    let stems: Vec<&str> = words
        .iter()
        .skip(1)
        .filter_map(|w| w.strip_prefix(prefix))
        .filter(|s| s.chars().count() >= 2)
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for s in &stems {
        *counts.entry(start(s)).or_default() += 1;
    }
    let (shared, n) = counts.into_iter().max_by_key(|(_, n)| *n)?;
    (stems.len() >= 3 && n * 3 >= stems.len() * 2).then_some((shared, words, stems))
}

fn start(s: &str) -> String {
    s.chars().take(2).collect()
}

/// The words after the prefix that stay whole: where the words that start with the prefix
/// share what follows it ([`shared_start`]), a word that goes on otherwise is the prefix's
/// letter starting a word ("وطن", homeland, in "مستقبل وطن"; "وهم", and they), unless the text
/// prints what follows the prefix as a word of its own. Each is given without its prefix.
fn whole_words(text: &str, prefix: &str) -> Vec<String> {
    let Some((shared, words, stems)) = shared_start(text, prefix) else {
        return Vec::new();
    };
    stems
        .into_iter()
        .filter(|s| start(s) != shared && !words.contains(s))
        .map(str::to_owned)
        .collect()
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
        let items = prefixed_run(line, &lw, RunEnds::default()).unwrap_or_default();
        for name in gold {
            assert!(items.iter().any(|i| i == name), "{name} in {items:?}");
        }
        let nouns = "ودعت المنظمات عموم المواطنات والمواطنين والنشطاء وأهل الصحافة والحركات الشبابية والاجتماعية إلى التجند من أجل الدفاع على الحريات وحقوق الإنسان والتصدي لسياسة القمع وتجريم الرأي والنشر والاحتجاج.";
        assert_eq!(prefixed_run(nouns, &lw, RunEnds::default()), None);
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

    /// ar-tunisietelegraph-arbaa-ahzab-itlaq-sarah-naqabiyin line 1: four parties after
    /// "احزاب" (parties), each but the first after "و", the last running on into the date
    /// ("اليوم السبت 18 فيفري 2023", today, Saturday 18 February 2023); the words after the
    /// run that start with "و" and go on otherwise than "ال" stay whole.
    #[test]
    fn a_run_after_its_kind_ends_before_the_date() {
        let lw = ar();
        let line = "طالبت احزاب العمال والتيار الديمقراطي والقطب والتكتل اليوم السبت 18 فيفري 2023 بإطلاق سراح النقابيين وبإيقاف فوري لتتبعهم مشيرة الى ان الايقافات كانت نتيجة نشاطهم ودفاعهم عن حقوق منظوريهم المادية والمعنوية.";
        let want = ["العمال", "التيار الديمقراطي", "القطب", "التكتل"];
        assert_eq!(
            prefixed_run(line, &lw, RunEnds::default()),
            Some(want.map(String::from).to_vec())
        );
        let date = "والقطب والتكتل اليوم السبت 18 فيفري";
        assert_eq!(before_date(date, &lw), "والقطب والتكتل");
    }

    /// ar-darelhilal-8-ahzab-maqar-alwafd-bayan lines 5–7 joined: "مستقبل وطن" (Nation's
    /// Future) keeps its "وطن" and "وهم" (and they) is no name, where seven of the nine words
    /// that start with "و" go on with "ال"; the run starts after "أحزاب", said before.
    #[test]
    fn words_that_start_with_the_prefix_letter_stay_whole() {
        let lw = ar();
        let line = "واجتمع ثمانية أحزاب في مقر حزب الوفد، أمس، وهم أحزاب مستقبل وطن والمحافظين والتجمع والمؤتمر والنور والوفد والريادة والاتحاد، للتأكيد على عددًا من النقاط يأتي على رأسها عملية الدمج.";
        assert_eq!(whole_words(line, "و"), ["هم", "طن"]);
        let items = prefixed_run(line, &lw, RunEnds::default()).unwrap_or_default();
        assert_eq!(items.first().map(String::as_str), Some("مستقبل وطن"));
        assert_eq!(items.len(), 8, "{items:?}");
    }
}
