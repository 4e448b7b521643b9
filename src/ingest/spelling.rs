//! Countries misspelled in print ("Phillipines"; "Columbia" for Colombia). Where a list puts
//! its countries — after the last comma of its entries, or in their last parentheses, as at
//! least two of its entries show with a country CLDR names — a printed place there that names
//! no country exactly but is a misspelling of one country's CLDR name in the edition's language
//! or in English (the crate's one measure and threshold,
//! [`crate::find::similarity::misspelled`]) is read as that country, and the entry records the
//! difference ([`SpellingDifference`]), which the audit of editions reports. A country there
//! the reader knows only by another language's name close to the edition's or the English
//! one ("Columbia", Romanian for Colombia, in an English list) is recorded too, unless it is
//! the country's name in one of its own official languages ("Brasil").
//!
//! False readings are the risk, and each guard is data or position, never a word table: short
//! places are never read so (among five letters or fewer one or two make another country:
//! "Iran", "Oman"); a place close to two countries is neither; a place the registry knows as
//! a name is not a country; and nothing is read outside the list's place for countries.

use super::ParsedEntry;
use super::entry::{inner, is_group, tokens};
use super::gazetteer::Places;
use super::lexicon::FUNCTION_WORDS;
use super::script::letter;
use super::style::{last_top_level_comma, place_like};
use crate::find::fold;
use crate::find::similarity::misspelled;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};
use unic_langid::LanguageIdentifier;

/// A part of an entry printed otherwise than the reader knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SpelledPart {
    /// The country.
    Country,
}

/// A printed text the reader read as a known one it differs from: a misspelled country read
/// as the country CLDR names.
///
/// ```
/// use signatories::ingest::{ParseOptions, SpelledPart, parse};
/// let text = "Signatories:\n\
///     1. KMU Kilusang Mayo Uno, Phillipines\n\
///     2. PPDS Parti Patriotique Démocratique Socialiste, Tunisia\n\
///     3. NDMLP New-Democratic Marxist-Leninist Party, Sri Lanka\n";
/// let list = parse(text, &ParseOptions::default());
/// let kmu = &list.entries[0];
/// assert_eq!(kmu.country_code.as_deref(), Some("PH"));
/// assert_eq!(kmu.name.as_deref(), Some("Kilusang Mayo Uno"));
/// let d = &kmu.spellings[0];
/// assert_eq!(d.part, SpelledPart::Country);
/// assert_eq!((d.printed.as_str(), d.known.as_str()), ("Phillipines", "Philippines"));
/// assert!(list.entries[1].spellings.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpellingDifference {
    /// Which part of the entry.
    pub part: SpelledPart,
    /// The text as printed ("Phillipines").
    pub printed: String,
    /// The text as known: CLDR's name in the edition's language or English ("Philippines").
    pub known: String,
}

/// Shorter printed places are not read as misspellings: among short names one or two letters
/// make another country ("Iran", "Oman"), or a word that names none.
const MIN_MISSPELLED_LETTERS: usize = 6;

/// Where a list prints its entries' countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// After the entry's last top-level comma: "Name, Country".
    Comma,
    /// In the entry's last parentheses: "Name (Country)".
    Paren,
}

/// CLDR's country names in a language and in English, with their codes (memoized per
/// language).
fn country_names(lang: &LanguageIdentifier) -> Arc<Vec<(String, String)>> {
    type Memo = RwLock<HashMap<String, Arc<Vec<(String, String)>>>>;
    static MEMO: OnceLock<Memo> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let tag = lang.to_string();
    if let Some(n) = memo.read().ok().and_then(|m| m.get(&tag).cloned()) {
        return n;
    }
    let mut out: Vec<(String, String)> = Vec::new();
    for t in [tag.as_str(), "en"] {
        let Ok(locale) = icu_locale::Locale::try_from_str(t) else {
            continue;
        };
        for code in crate::locale::iso_3166_1() {
            if let Some(name) = crate::locale::region_name_in(&locale, code)
                && !out.iter().any(|(n, _)| *n == name)
            {
                out.push((name, (*code).to_owned()));
            }
        }
    }
    let names = Arc::new(out);
    if let Ok(mut m) = memo.write()
        && m.len() < 64
    {
        m.insert(tag, Arc::clone(&names));
    }
    names
}

/// The country a printed place misspells, when it names no place exactly: (CLDR's name,
/// code). Only names of about its length are compared (a misspelling changes the length by
/// at most a fifth); a place close to names of two countries is neither.
fn misspelled_country(
    printed: &str,
    lang: &LanguageIdentifier,
    places: &Places,
) -> Option<(String, String)> {
    let p = printed.trim();
    let letters = p.chars().filter(|c| letter(*c)).count();
    if letters < MIN_MISSPELLED_LETTERS || !place_like(p) || places.lookup(p).is_some() {
        return None;
    }
    if places.gazetteer_knows(p) {
        return None;
    }
    let names = country_names(lang);
    let len = p.chars().count();
    let near = |n: &&(String, String)| {
        let l = n.0.chars().count();
        l.abs_diff(len) * 5 <= len.max(l)
    };
    let known = misspelled(p, names.iter().filter(near).map(|(n, _)| n.as_str()))?;
    let (name, code) = names.iter().find(|(n, _)| n == known)?;
    let others = names.iter().filter(near).filter(|(_, c)| c != code);
    if misspelled(p, others.map(|(n, _)| n.as_str())).is_some() {
        return None;
    }
    Some((name.clone(), code.clone()))
}

/// CLDR's name (in the edition's language or English) of the country `code` that a printed
/// name found in another language misspells; none when the printed name is the edition's or
/// English, the country's own (in one of its official languages: "Brasil"), or differs from
/// it only by its function words ("Bosnia & Herzegovina").
fn misspelled_name_of(
    printed: &str,
    code: &str,
    lang: &LanguageIdentifier,
    places: &Places,
) -> Option<String> {
    if places.in_edition_language(printed) || own_name(printed, code) {
        return None;
    }
    let names = country_names(lang);
    let of_code = names
        .iter()
        .filter(|(_, c)| c == code)
        .map(|(n, _)| n.as_str());
    let known = misspelled(printed, of_code)?;
    let words = |s: &str| -> Vec<String> {
        fold(s)
            .split(' ')
            .filter(|w| !FUNCTION_WORDS.contains(w))
            .map(str::to_owned)
            .collect()
    };
    (words(printed) != words(known)).then(|| known.to_owned())
}

/// Whether `printed` is CLDR's name of the country in one of its official languages.
fn own_name(printed: &str, code: &str) -> bool {
    let p = fold(printed);
    crate::locale::official::official_languages(code)
        .iter()
        .filter_map(|(l, _)| icu_locale::Locale::try_from_str(l).ok())
        .filter_map(|l| crate::locale::region_name_in(&l, code))
        .any(|n| fold(&n) == p)
}

/// The entry text without the list's closing punctuation.
fn body(text: &str) -> &str {
    text.trim()
        .trim_end_matches(|c: char| matches!(c, '.' | ';' | ',') || c.is_whitespace())
}

/// What an entry's text prints at `slot`: after its last top-level comma, or in its last
/// parentheses (never the whole text).
fn at_slot(text: &str, slot: Slot) -> Option<&str> {
    let t = body(text);
    match slot {
        Slot::Comma => {
            let (i, w) = last_top_level_comma(t)?;
            let before = t.get(..i)?.trim();
            let after = t.get(i + w..)?.trim();
            (!before.is_empty() && !after.is_empty()).then_some(after)
        }
        Slot::Paren => {
            // (A last group ends the text: a text that does not end so is told untokenized.)
            if !t.ends_with(')') {
                return None;
            }
            let toks = tokens(t);
            let last = toks.last().filter(|l| is_group(l) && toks.len() >= 2)?;
            Some(inner(last).trim())
        }
    }
}

/// Where the list prints countries: the slot at which the most entries print a country CLDR
/// names, when at least two and a fifth of the entries do.
fn country_slot(texts: &[&str], entries: &[ParsedEntry]) -> Option<Slot> {
    let count = |slot: Slot| {
        texts
            .iter()
            .zip(entries)
            .filter(|(t, e)| {
                e.country_code.is_some()
                    && e.country
                        .as_deref()
                        .map(str::trim)
                        .is_some_and(|c| at_slot(t, slot) == Some(c))
            })
            .count()
    };
    let (comma, paren) = (count(Slot::Comma), count(Slot::Paren));
    let (slot, n) = if comma >= paren {
        (Slot::Comma, comma)
    } else {
        (Slot::Paren, paren)
    };
    (n >= 2 && n * 5 >= entries.len()).then_some(slot)
}

/// Reads the misspelled countries of a list's entries, each read from the text beside it:
/// at the list's place for countries, a place that misspells one (taken out of the field it
/// was read into), or a country read by another language's name that misspells the
/// edition's or the English name.
pub(super) fn read_misspelled_countries(
    texts: &[&str],
    entries: &mut [ParsedEntry],
    lang: &LanguageIdentifier,
    places: &Places,
) {
    let slot = country_slot(texts, entries);
    // Each distinct place is compared with the country names once (lists repeat places).
    let mut seen: crate::FastMap<&str, Option<(String, String)>> = crate::FastMap::default();
    for (text, e) in texts.iter().zip(entries.iter_mut()) {
        let Some(place) = slot.and_then(|s| at_slot(text, s)) else {
            continue;
        };
        if let (Some(printed), Some(code)) = (e.country.clone(), e.country_code.clone()) {
            if printed.trim() == place
                && let Some(known) = misspelled_name_of(place, &code, lang, places)
            {
                record(e, place.to_owned(), (known, code));
            }
            continue;
        }
        let known = seen
            .entry(place)
            .or_insert_with(|| misspelled_country(place, lang, places))
            .clone();
        if let Some(known) = known
            && take_place(e, place)
        {
            record(e, place.to_owned(), known);
        }
    }
}

/// Takes `place` out of the part of the entry it was read into: the country (a place
/// without a code), the note, or the end of the name, transliteration or translation; false
/// when it is in none, or when nothing of the entry would be left.
fn take_place(e: &mut ParsedEntry, place: &str) -> bool {
    if let Some(c) = &e.country {
        return c.trim() == place;
    }
    if e.note.as_deref().map(str::trim) == Some(place) {
        e.note = None;
        return true;
    }
    let mut t = e.clone();
    let found = [&mut t.translation, &mut t.transliteration, &mut t.name]
        .into_iter()
        .any(
            |field| match field.as_deref().and_then(|f| without_place(f, place)) {
                Some(rest) => {
                    *field = (!rest.is_empty()).then_some(rest);
                    true
                }
                None => false,
            },
        );
    let left = [&t.acronym, &t.name, &t.transliteration, &t.translation]
        .iter()
        .any(|f| f.is_some());
    if found && left {
        *e = t;
    }
    found && left
}

/// A text without the place printed at its end apart from it (after a comma or a space, or
/// in parentheses): "Kilusang Mayo Uno, Phillipines" → "Kilusang Mayo Uno"; `None` when the
/// text does not end with it.
fn without_place(text: &str, place: &str) -> Option<String> {
    let t = text.trim();
    let before = match t.strip_suffix(')') {
        Some(open) => open
            .trim_end()
            .strip_suffix(place)?
            .trim_end()
            .strip_suffix('(')?,
        None => t.strip_suffix(place)?,
    };
    if !(before.is_empty() || before.ends_with([',', ' ', '('])) {
        return None;
    }
    Some(
        before
            .trim_end()
            .trim_end_matches(',')
            .trim_end()
            .to_owned(),
    )
}

/// The entry's country, read from a misspelling.
fn record(e: &mut ParsedEntry, printed: String, (known, code): (String, String)) {
    e.country = Some(printed.clone());
    e.country_code = Some(code);
    e.spellings.push(SpellingDifference {
        part: SpelledPart::Country,
        printed,
        known,
    });
}

#[cfg(test)]
mod tests {
    use super::super::{ParseOptions, parse};
    use super::*;
    use crate::locale::Language;

    fn read(text: &str, lang: &str) -> Vec<ParsedEntry> {
        let lang: Language = lang.parse().unwrap_or_default();
        let options = ParseOptions {
            lang: Some(&lang),
            ..Default::default()
        };
        parse(text, &options).entries
    }

    fn countries(e: &[ParsedEntry]) -> Vec<(Option<&str>, Option<&str>)> {
        e.iter()
            .map(|e| (e.country.as_deref(), e.country_code.as_deref()))
            .collect()
    }

    /// Lines 6, 11, 15 and 24 of the ICOR resolution of 7 February 2023
    /// (tests/fixtures/icor-2023-02-07-peru-solidarity.txt), which prints countries after a
    /// comma; the misspellings in the last two lines are written for this test, of the kinds
    /// printed lists show (a letter doubled, a letter doubled wrongly). The right names are CLDR's
    /// (`node /work/shared/tools/icu-oracle.mjs region-name en PH`: "Philippines"; `… en SE`:
    /// "Sweden").
    const ICOR: &str = "Signatories:\n\
        6. PPDS Parti Patriotique Démocratique Socialiste (Patriotic Democratic Socialist Party), Tunisia\n\
        11. NDMLP New-Democratic Marxist-Leninist Party, Sri Lanka\n\
        15. UPML Union Prolétarienne Marxiste-Léniniste (Marxist-Leninist Proletarian Union), France\n\
        24. UoC Union of Cypriots, Cyprus\n\
        25. NDFP National Democratic Front of the Philippines, Phillipines\n\
        26. KPS Kommunistiska Partiet, Sweeden\n";

    #[test]
    fn a_misspelled_country_where_the_list_prints_countries_is_the_country() {
        let e = read(ICOR, "en");
        assert_eq!(
            countries(&e),
            [
                (Some("Tunisia"), Some("TN")),
                (Some("Sri Lanka"), Some("LK")),
                (Some("France"), Some("FR")),
                (Some("Cyprus"), Some("CY")),
                (Some("Phillipines"), Some("PH")),
                (Some("Sweeden"), Some("SE")),
            ]
        );
        assert!(e.iter().take(4).all(|e| e.spellings.is_empty()));
        let ndfp = &e[4];
        assert_eq!(
            ndfp.spellings,
            [SpellingDifference {
                part: SpelledPart::Country,
                printed: "Phillipines".into(),
                known: "Philippines".into()
            }]
        );
        assert_eq!(
            ndfp.name.as_deref(),
            Some("National Democratic Front of the Philippines")
        );
        assert_eq!(e[5].spellings[0].known, "Sweden");
        assert_eq!(e[5].name.as_deref(), Some("Kommunistiska Partiet"));
    }

    /// The same lines without the four that print a country CLDR names: nothing shows that
    /// the list puts countries after a comma, so a place there stays what the reader made of
    /// it.
    #[test]
    fn only_where_the_list_puts_countries() {
        let text: String = ICOR
            .lines()
            .filter(|l| {
                !l.contains(", Tunisia")
                    && !l.contains("Sri Lanka")
                    && !l.contains("France")
                    && !l.contains("Cyprus")
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let e = read(&text, "en");
        assert_eq!(e.len(), 2);
        assert!(
            e.iter()
                .all(|e| e.country_code.is_none() && e.spellings.is_empty())
        );
    }

    /// Correct names stay unchanged, with no difference: CLDR's English names, short names
    /// one letter from another country ("Iran", "Oman"), a country's own name in an English
    /// list ("Brasil", CLDR's Portuguese name of BR), a name of the edition's language
    /// ("Filipinas" in Spanish), and places that are no country (the Indonesian provinces of
    /// tests/fixtures/ingest/real/id-walhi-mosi-tidak-percaya.txt, a university).
    #[test]
    fn correct_names_and_other_places_stay_as_they_are() {
        let e = read(
            "Signatories:\n1. Union of Workers, Tunisia\n2. Union of Farmers, Iran\n3. Union of Teachers, Oman\n4. Movimento Sem Terra, Brasil\n5. Teachers College, Columbia University\n6. WALHI, Sulawesi Utara\n7. WALHI, Kalimantan Barat\n8. Union of Miners, Sweden\n",
            "en",
        );
        assert!(e.iter().all(|e| e.spellings.is_empty()), "{e:#?}");
        let codes: Vec<Option<&str>> = e.iter().map(|e| e.country_code.as_deref()).collect();
        assert_eq!(
            codes,
            [
                Some("TN"),
                Some("IR"),
                Some("OM"),
                Some("BR"),
                None,
                None,
                None,
                Some("SE")
            ]
        );
        let es = read(
            "Firmantes:\n1. Partido Comunista de las Filipinas, Filipinas\n2. Partido del Trabajo, Perú\n3. Partido Comunista, Filipinnas\n",
            "es",
        );
        assert!(es[0].spellings.is_empty() && es[1].spellings.is_empty());
        assert_eq!(es[2].country_code.as_deref(), Some("PH"));
        assert_eq!(es[2].spellings[0].known, "Filipinas");
    }

    /// The review page shows the difference beside the entry's fields.
    #[test]
    fn the_review_page_shows_the_misspelling() {
        let lang: Language = "en".parse().unwrap_or_default();
        let options = ParseOptions {
            lang: Some(&lang),
            ..Default::default()
        };
        let list = parse(ICOR, &options);
        let page = super::super::review_html(ICOR, &list);
        assert!(
            page.contains("country: Phillipines | code: PH | country misspelled: Phillipines (CLDR: Philippines)"),
            "{page}"
        );
    }

    /// "Columbia" is CLDR's Romanian name of Colombia: read as Colombia already, it is one
    /// letter from the English name, so an English list misspells it.
    #[test]
    fn another_languages_name_close_to_the_english_one_is_a_misspelling() {
        let e = read(
            "Signatories:\n1. Partido Comunista Colombiano, Columbia\n2. Union of Workers, France\n",
            "en",
        );
        assert_eq!(e[0].country_code.as_deref(), Some("CO"));
        assert_eq!(e[0].spellings[0].printed, "Columbia");
        assert_eq!(e[0].spellings[0].known, "Colombia");
        assert!(e[1].spellings.is_empty());
        // Where the list puts no countries (one place after a comma, the others no country),
        // it is no misspelling of one: "Columbia" may be a university's short name.
        let e = read(
            "Signatories:\n1. Students for Justice in Palestine, Columbia\n2. Students for Justice in Palestine, Harvard\n3. Students for Justice in Palestine, Stanford\n",
            "en",
        );
        assert!(e.iter().all(|e| e.spellings.is_empty()), "{e:#?}");
    }
}
