//! The conjunction before a run's last name: where it splits the last piece into two names
//! ("X and Y"), and a conjunction left before a name.

use super::kinds::kind_word;
use super::words::{
    capitalized_piece, cased_capital, cased_small, in_sentence_case, item_like, minor_listed,
    quoted_after_kind, short_lower, starts_upper, strip_articles, strip_elided_article, word_count,
};
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{acronym_shaped, spelled_across_words, uncased, unquote};

/// Splits "X and Y" at the last conjunction when Y reads as another item of the run (it starts
/// like the others, is an acronym, or has an article like them). Of several such conjunctions,
/// the last after a word that ends another name of the run (the kind the run's names share:
/// "…, British Medical Association, Transport Salaried Staffs’ Association and University and
/// College Union") is the list's; the ones after it join the words of the last name.
pub(super) fn split_last(item: &str, others: &[String], lw: &ListWords) -> Vec<String> {
    let words: Vec<&str> = item.split_whitespace().collect();
    // A piece that starts with the list's conjunction after a separator ("…, and the Rights
    // and Freedom Center", CLDR's English "{0}, and {1}") has had the run's last join: a
    // conjunction inside it is the name's own.
    if !others.is_empty()
        && words.len() > 2
        && words
            .first()
            .is_some_and(|w| lw.is_conjunction(w) && !cased_capital(w))
    {
        return vec![item.to_owned()];
    }
    let mut candidates: Vec<usize> = (1..words.len().saturating_sub(1))
        .rev()
        .filter(|&k| list_conjunction_at(&words, k, item, others, lw))
        .collect();
    // A conjunction of the list's patterns goes before a short word taken for one
    // ([`unlisted_conjunction`]), which joins a name's words as often ("…, SHIWATA na Mkono wa
    // Maendeleo", Swahili "na", and, CLDR's, before "wa", of).
    let listed = |k: &usize| words.get(*k).is_some_and(|w| lw.is_conjunction(w));
    if candidates.iter().any(listed) {
        candidates.retain(listed);
    }
    let kinds: Vec<String> = others
        .iter()
        .filter_map(|o| o.split_whitespace().last())
        .map(kind_word)
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let after_kind = |k: &usize| {
        words
            .get(k.wrapping_sub(1))
            .is_some_and(|w| kinds.contains(&kind_word(w)))
    };
    let chosen = match candidates.iter().find(|k| after_kind(k)) {
        Some(&k) => Some(k),
        None => candidates.first().copied(),
    };
    match chosen {
        Some(k) => vec![
            words.get(..k).unwrap_or_default().join(" "),
            words.get(k + 1..).unwrap_or_default().join(" "),
        ],
        None => split_at_prefix(&words, others, lw)
            .or_else(|| split_at_suffix(&words, lw))
            .unwrap_or_else(|| vec![item.to_owned()]),
    }
}

/// "Xና Y" split where the list's conjunction is written against the end of the name before
/// the last, in a script without case (Amharic "ና", Burmese "နှင့်": [`ListWords::suffixes`]):
/// at the last word that ends with it, before another word ("… መኢአድና ኢሕአፓ", "… MEISON and
/// EPRP").
fn split_at_suffix(words: &[&str], lw: &ListWords) -> Option<Vec<String>> {
    let k = (0..words.len().saturating_sub(1)).rev().find(|&k| {
        words
            .get(k)
            .is_some_and(|w| uncased(w) && lw.before_suffix(w).is_some())
    })?;
    let stem = words.get(k).and_then(|w| lw.before_suffix(w))?;
    let mut first: Vec<&str> = words.get(..k).unwrap_or_default().to_vec();
    first.push(stem);
    Some(vec![
        first.join(" "),
        words.get(k + 1..).unwrap_or_default().join(" "),
    ])
}

/// "X וY" split where the list's conjunction is written as a prefix of the last name (CLDR's
/// list patterns of Hebrew and Arabic: "{0} ו{1}", "{0} و{1}") and the word it is written
/// against starts another name of the run: the kind they share, written first ("…, התאחדות
/// האיכרים והתאחדות חקלאי ישראל", the association of … and the association of …).
fn split_at_prefix(words: &[&str], others: &[String], lw: &ListWords) -> Option<Vec<String>> {
    let starts_other = |k: &str| {
        k.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && others
                .iter()
                .any(|o| o.split_whitespace().next() == Some(k))
    };
    let (k, rest) = words.iter().enumerate().skip(1).find_map(|(k, w)| {
        lw.prefixes
            .iter()
            .find_map(|p| w.strip_prefix(p.as_str()))
            .filter(|rest| uncased(rest) && starts_other(rest))
            .map(|rest| (k, rest))
    })?;
    let mut last = vec![rest];
    last.extend(words.get(k + 1..).unwrap_or_default());
    Some(vec![
        words.get(..k).unwrap_or_default().join(" "),
        last.join(" "),
    ])
}

/// Whether the `k`th word of a run's last piece is a conjunction of the list, before another
/// name ([`split_last`]).
fn list_conjunction_at(
    words: &[&str],
    k: usize,
    item: &str,
    others: &[String],
    lw: &ListWords,
) -> bool {
    // Where every name of the run ends with its group in parentheses ("… (EMAF)"), the last
    // one's conjunction stands after such a group; one before a name's first group is the
    // name's own ("Kaevurite ja Energeetikute Sõltumatu Ametiühing (KESA)").
    let grouped = others.len() >= 2
        && others.iter().all(|o| o.trim_end().ends_with(')'))
        && item.trim_end().ends_with(')');
    let w = words.get(k).copied().unwrap_or("");
    let before_group = words
        .get(..k)
        .is_some_and(|b| !b.iter().any(|w| w.ends_with(')')));
    if grouped && before_group {
        return false;
    }
    // A conjunction is written in lower case; a capital one is a word of a name in title
    // case ("Communities Army Of Ukraine": "of" is Dutch for "or").
    let unlisted = unlisted_conjunction(words, k, others);
    if !(lw.is_conjunction(w) || unlisted) || cased_capital(w) {
        return false;
    }
    let after = words.get(k + 1..).unwrap_or_default().join(" ");
    let (bare, had_article) = strip_articles(&after);
    // An article elided against the name's first word ("…, Solidaires et l’Unsa", "… e
    // dell’Arci") leads the name as one written apart does, in a run that has had two names
    // before the piece (a name's own words, "… du Travail et d’Emploi", end a sentence's
    // clauses as well).
    let elided = strip_elided_article(bare);
    let had_article = had_article || (elided.len() < bare.len() && others.len() >= 2);
    let bare = elided;
    let first = bare.split_whitespace().next().unwrap_or("");
    let like_others = others
        .iter()
        .any(|o| strip_articles(o).0.split_whitespace().next() == Some(first));
    // (A name in quotes after its kind in small letters is a name: "… і спілка «Воля»".)
    let kind_quoted = quoted_after_kind(bare, lw).is_some();
    if (cased_small(bare) && !kind_quoted) || bare.is_empty() {
        return false;
    }
    // A list already separated by commas ends "…, X and Y Z": the conjunction is the
    // list's when what follows is a name of two words or more ("…, NSZZ Solidarność i
    // Forum Związków Zawodowych"), not one word ending a name ("Bohemia and Moravia").
    // Names in sentence case end a run of two names or more when they are no longer
    // than the run's names ("…, Slovenská humanitná rada a Únia materských centier").
    let longest = others.iter().map(|o| word_count(o)).max().unwrap_or(0);
    // (After one name, where the piece's first name is one in sentence case too: "…,
    // Koalicija za monitoring prava deteta i Centar za prava deteta".)
    let head = words.get(..k).unwrap_or_default().join(" ");
    let sentence_case = (others.len() >= 2
        || (others.iter().all(|o| in_sentence_case(o, lw)) && in_sentence_case(&head, lw)))
        && word_count(bare) <= longest
        && capitalized_piece(bare, lw);
    // In a run of single words, one word after the conjunction is the last of them; so it is
    // after one word or a short name in title case in a run of such names ([`short_pair`]).
    let single_words = word_count(bare) == 1
        && starts_upper(bare)
        && ((others.len() >= 2 && mostly_single_words(others))
            || short_pair(words.get(..k).unwrap_or_default(), others));
    let list_end = single_words
        || acronym_head(words.get(..k).unwrap_or_default(), bare, others)
        || (!others.is_empty() && word_count(bare) >= 2 && (item_like(bare, lw) || sentence_case));
    // A name in quotes, whole ("…, CSDR și „Meridian”"), is a name of its own.
    let quoted = unquote(&after).is_some();
    like_others
        || acronym_shaped(first)
        || acronym_slash(first)
        || had_article
        || list_end
        || quoted
        || kind_quoted
}

/// Whether a word is an acronym and another name joined by a slash ("SEO/BirdLife", "WWF/Adena":
/// an organization's short form and its partner's name, one name): it starts a name as an
/// acronym does, though its capitals are fewer than half its letters.
fn acronym_slash(w: &str) -> bool {
    w.split_once('/').is_some_and(|(short, other)| {
        acronym_shaped(short) && other.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Whether word `k` is a word of one or two letters in lower case between two names in
/// title case, which joins them as a conjunction CLDR's patterns do not give ("… Watch та
/// Freedom House"); a particle the other names hold inside ("Serokê Giştî yê PAKê") is theirs.
fn unlisted_conjunction(words: &[&str], k: usize, others: &[String]) -> bool {
    let Some(w) = words.get(k) else {
        return false;
    };
    short_lower(w)
        && !minor_listed(w)
        && words.get(k + 1).is_some_and(|n| cased_capital(n))
        && (words.get(k + 1).is_some_and(|n| acronym_shaped(n))
            || words
                .get(k + 2)
                .is_some_and(|n| starts_upper(n) && !n.starts_with('(')))
        && k.checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|p| starts_upper(p) && p.chars().count() > 2)
        && !others.iter().any(|o| o.split_whitespace().any(|x| x == *w))
}

/// Whether the words before a last piece's conjunction, followed by one capitalized word,
/// make a name of their own in a run holding two names of one word or more: one word ("…,
/// Community, …, GMB, …, Unison and Unite"), or a name in title case, every word capitalized,
/// no longer than the run's longest ("…, Greenpeace, Extinction Rebellion, FNV, Fossielvrij NL
/// en Milieudefensie"). A name's own "and" joins words after a small word ("Communist Party of
/// Bohemia and Moravia"), which the head then holds.
fn short_pair(head: &[&str], others: &[String]) -> bool {
    let one_word = others.iter().filter(|o| word_count(o) == 1).count();
    let longest = others.iter().map(|o| word_count(o)).max().unwrap_or(0);
    let title_case = head.iter().all(|w| cased_capital(w));
    others.len() >= 2
        && one_word >= 2
        && match head.len() {
            1 => true,
            n => title_case && n <= longest,
        }
}

/// Whether the words before a last piece's conjunction are one acronym alone and a capitalized
/// name of a few words follows it, after another name of the run (the run's first may still
/// be read after its last piece): the acronym is a name of the run, the words after the
/// conjunction the last ("…, CNSLR Frăţia, BNS şi Meridian"; "…, BNS and Meridian"). An
/// acronym is a name whole; no name goes on from it with "and".
fn acronym_head(head: &[&str], bare: &str, others: &[String]) -> bool {
    !others.is_empty()
        && matches!(head, [one] if acronym_shaped(one))
        && starts_upper(bare)
        && word_count(bare) <= 4
}

/// Whether three quarters of a run's names or more are single words. An acronym spelled one
/// letter a word, in a script without case ("एच एम एस"), is one; in a run of three or more,
/// the first name, which may still hold the start of the sentence ("इसके बाद कार्यकर्ताओं ने
/// इंटक", cut later), is not counted.
fn mostly_single_words(names: &[String]) -> bool {
    let single = |o: &&String| {
        let words: Vec<&str> = o.split_whitespace().collect();
        words.len() == 1
            || (uncased(o) && spelled_across_words(&words, (true, true)) == Some((0, words.len())))
    };
    let counted = names
        .get(usize::from(names.len() >= 3)..)
        .unwrap_or_default();
    counted.iter().filter(single).count() * 4 >= counted.len() * 3
}

/// Strips a conjunction written as a prefix of the word (Arabic و, Hebrew ו) when the rest
/// starts like the other items.
pub(super) fn strip_prefix_conjunction(item: &str, others: &[String], lw: &ListWords) -> String {
    for p in &lw.prefixes {
        if let Some(rest) = item.strip_prefix(p.as_str()) {
            let first = rest.split_whitespace().next().unwrap_or("");
            if !first.is_empty()
                && others
                    .iter()
                    .any(|o| o.split_whitespace().next() == Some(first))
            {
                return rest.to_owned();
            }
        }
    }
    item.to_owned()
}

#[cfg(test)]
mod tests {
    use super::super::kinds::sharing_kind;
    use super::super::run_in;
    use super::super::tests::run_of;
    use super::*;
    use crate::ingest::listwords::list_words;

    /// A run holding names of one word ends "…, A B and C": two names where A B is a name in
    /// title case no longer than the run's longest, C one capitalized word; a head holding a
    /// small word, or one longer than the run's names, keeps the "and" as its own.
    #[test]
    fn a_short_title_case_name_and_one_word_end_a_run_of_short_names() {
        let en = list_words(&"en".parse().unwrap_or_default());
        let others: Vec<String> = ["Sea Watch", "Oxfam", "Forest Friends", "ATTAC"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            split_last("River Keepers and Landcare", &others, &en),
            ["River Keepers", "Landcare"]
        );
        assert_eq!(
            split_last("Union of Bohemia and Moravia", &others, &en),
            ["Union of Bohemia and Moravia"]
        );
        assert_eq!(
            split_last("North Sea River Keepers and Landcare", &others, &en),
            ["North Sea River Keepers and Landcare"]
        );
        // Without two names of one word in the run, the words stay one name.
        let long: Vec<String> = ["Sea Watch", "Forest Friends", "ATTAC"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            split_last("River Keepers and Landcare", &long, &en),
            ["River Keepers and Landcare"]
        );
    }

    /// The lead of tests/fixtures/ingest/real/ro-hotnews-protest-confederatii, read by hand:
    /// the last name of the run is in quotes after "și" ("and"), a name of its own.
    #[test]
    fn a_quoted_name_after_the_conjunction_is_the_last_name() {
        let ro = list_words(&"ro".parse().unwrap_or_default());
        let lead = "Sindicaliștii fac apel la mobilizarea tuturor lucrătorilor, pensionarilor, tinerilor pentru a protesta împotriva problemelor sociale şi economice majore cu care se confruntă lucrătorii din România, potrivit unui comunicat de presă semnat de cele mai mari confederații sindicale „Cartel ALFA”, CNSLR Frăţia, CSDR și „Meridian”.";
        let items = run_in(lead, &ro).unwrap_or_default();
        assert_eq!(
            items
                .get(items.len().saturating_sub(2)..)
                .unwrap_or_default(),
            ["CSDR", "„Meridian”"]
        );
        // Quotes inside the last name do not split it.
        assert_eq!(
            split_last(
                "Asociația „Pro și Contra”",
                &["„Cartel ALFA”".into(), "CNSLR Frăţia".into()],
                &ro
            ),
            ["Asociația „Pro și Contra”"]
        );
    }

    /// The run of hi-shabdawani-budget-virodh-pradarshan, read by hand: acronyms, some spelled
    /// one letter a word ("एच एम एस", HMS), the run's "और" ("and") before "यूटीयूसी" (UTUC)
    /// after "एल पी एफ" (LPF); the run's first name still holds the sentence's start when the
    /// last is split. Before, the last piece was cut to its first letter name "एल".
    #[test]
    fn one_word_after_the_conjunction_in_a_run_of_acronyms_spelled_out() {
        let hi = list_words(&"hi".parse().unwrap_or_default());
        let items = run_in(
            "इसके बाद कार्यकर्ताओं ने इंटक, एटक, एच एम एस, सीटू, एआईयूटीयूसी, टी यू सी सी, सेवा, एआईसीसीटीयू, एल पी एफ और यूटीयूसी, मजदूर एकता कमेटी आदि संगठनों द्वारा संसद के समक्ष आयोजित प्रदर्शन में हिस्सा लिया।",
            &hi,
        )
        .unwrap_or_default();
        assert_eq!(
            items
                .get(items.len().saturating_sub(3)..)
                .unwrap_or_default(),
            ["एआईसीसीटीयू", "एल पी एफ", "यूटीयूसी"]
        );
        // A run of names of several words is no run of single words.
        let en = list_words(&"en".parse().unwrap_or_default());
        assert_eq!(
            split_last(
                "Bohemia and Moravia",
                &[
                    "the Communist Party".into(),
                    "Workers Party of Ireland".into(),
                    "Party of Labour".into()
                ],
                &en
            ),
            ["Bohemia and Moravia"]
        );
    }

    /// Line 2 of en-europesays-unions-zero-hour-open-letter (europesays.com, union leaders'
    /// open letter, 2025), read by hand: the first sentence names four unions, the last of
    /// them "University and College Union", after "and", the list's conjunction, which
    /// follows "Association", the word that ends another name of the run.
    #[test]
    fn the_lists_and_follows_a_word_that_ends_another_name() {
        let sentence = "Bosses from the Fire Brigades’ Union, British Medical Association, Transport Salaried Staffs’ Association and University and College Union have issued an open letter through Zero Hour to Labour leader Keir Starmer.";
        // The first name starts after the sentence's word before it ("Bosses from the"), as
        // the other names are in title case.
        assert_eq!(
            run_of("en", sentence),
            [
                "Fire Brigades’ Union",
                "British Medical Association",
                "Transport Salaried Staffs’ Association",
                "University and College Union"
            ]
        );
    }

    /// Line 10 of en-morningstar-affiliated-unions-open-letter, read by hand: ten unions, the
    /// last two single words after "and" ("Unison and Unite"), in a run that holds other names
    /// of one word ("Community", "GMB"); three names end with "Union".
    #[test]
    fn one_word_after_the_conjunction_where_the_run_holds_one_word_names() {
        let line = "An open letter, signed by the leaders of Aslef, Community, the Communication Workers Union, the Fire Brigades Union, GMB, the Musicians Union, National Union of Mineworkers, the Transport Salaried Staffs Association, Unison and Unite, notes that, following years of austerity and falling living standards, the country had voted for change.";
        let items = run_of("en", line);
        assert_eq!(
            items,
            [
                "Aslef",
                "Community",
                "Communication Workers Union",
                "Fire Brigades Union",
                "GMB",
                "Musicians Union",
                "National Union of Mineworkers",
                "Transport Salaried Staffs Association",
                "Unison",
                "Unite"
            ]
        );
        assert_eq!(sharing_kind(&items), 3);
    }

    /// A made-up news sentence in French: the last name after "et" ("and") has its article
    /// elided against it ("l’Usnf"), as the names before have theirs written apart; in Italian
    /// a preposition joined with the article is elided so ("dell’Arpi"). After one name only,
    /// a word elided after "et" goes on with the name ("… du Travail et d’Emploi").
    #[test]
    fn an_elided_article_after_the_conjunction_leads_the_last_name() {
        let fr = list_words(&"fr".parse().unwrap_or_default());
        let items = run_in("Ont signé la CGX, la FDTQ, la FSX, Unité et l’Usnf.", &fr);
        assert_eq!(
            items.unwrap_or_default(),
            ["CGX", "FDTQ", "FSX", "Unité", "Usnf"]
        );
        let it = list_words(&"it".parse().unwrap_or_default());
        let others = ["Cgx".to_owned(), "Lega Nuova".to_owned()];
        assert_eq!(
            split_last("Fisq e dell’Arpi", &others, &it),
            ["Fisq", "dell’Arpi"]
        );
        let others = ["CPTQ".to_owned()];
        assert_eq!(
            split_last("Comité Permanent du Travail et d’Emploi", &others, &fr),
            ["Comité Permanent du Travail et d’Emploi"]
        );
    }

    /// An acronym alone before the conjunction is a name of the run, and a capitalized name
    /// after it the last: "…, Unirea Muncii, Liga Verde, ABCD și Orizont", with the comma
    /// below of CLDR's Romanian "și" or the cedilla pages print ("şi").
    #[test]
    fn an_acronym_alone_before_the_conjunction_is_a_name() {
        let ro = list_words(&"ro".parse().unwrap_or_default());
        let others: Vec<String> = ["Unirea Muncii", "Liga Verde"].map(String::from).to_vec();
        assert_eq!(
            split_last("ABCD și Orizont", &others, &ro),
            ["ABCD", "Orizont"]
        );
        assert_eq!(
            split_last("ABCD şi Orizont", &others, &ro),
            ["ABCD", "Orizont"]
        );
    }

    /// Of two words that may join the last two names, the conjunction of the list's patterns
    /// (Swahili "na", and) goes before a short word in lower case between capitalized words
    /// (Swahili "wa", of), which joins the words of the last name.
    #[test]
    fn the_lists_conjunction_goes_before_a_short_word_taken_for_one() {
        let sw = list_words(&"sw".parse().unwrap_or_default());
        let others: Vec<String> = ["TUMA", "KIWODE", "Kilimo Bora"].map(String::from).to_vec();
        assert_eq!(
            split_last("UWAKA na Umoja wa Wakulima Vijijini", &others, &sw),
            ["UWAKA", "Umoja wa Wakulima Vijijini"]
        );
    }

    /// A word that joins an acronym and a name by a slash ("XYZ/RiverLife") starts the last
    /// name after the conjunction as an acronym does.
    #[test]
    fn an_acronym_joined_to_a_name_by_a_slash_starts_the_last_name() {
        let es = list_words(&"es".parse().unwrap_or_default());
        let others: Vec<String> = ["Oceana", "ABC/Nubes", "Verdes en Marcha"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            split_last("Amigos del Río y XYZ/RiverLife", &others, &es),
            ["Amigos del Río", "XYZ/RiverLife"]
        );
        assert!(acronym_slash("XYZ/RiverLife") && !acronym_slash("Bio/logic"));
    }
}
