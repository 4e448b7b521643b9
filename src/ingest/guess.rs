//! The page's language when the caller does not give it and no heading word names it, guessed
//! from data only: the script most of its letters are in (Unicode's Script property), then,
//! among the languages CLDR writes in that script, the one whose CLDR exemplar characters hold
//! the page's letters and whose CLDR words the page uses most — the conjunctions of its list
//! patterns ("and", "y", "und", "और"), its month and weekday names. Han with kana is Japanese,
//! without it Chinese, as before. Every language of ICU4X's CLDR data can be guessed; one
//! outside CLDR's modern coverage only on its letters and words together (`page_language`).

use super::lexicon::{CLDR_LANGUAGES, month_forms, weekday_forms};
use super::lines::Line;
use super::listwords::cldr_and_words;
use icu_locale::exemplar_chars::{ExemplarCharacters, ExemplarCharactersBorrowed};
use icu_locale::subtags::Script as ScriptTag;
use icu_properties::CodePointMapData;
use icu_properties::props::Script;
use std::collections::HashMap;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// At most this many letters of a page are looked at (the guess stays linear and cheap).
const SAMPLE_LETTERS: usize = 20_000;

/// What one language is told by.
struct Cues {
    language: LanguageIdentifier,
    script: ScriptTag,
    main: Option<ExemplarCharactersBorrowed<'static>>,
    auxiliary: Option<ExemplarCharactersBorrowed<'static>>,
    /// The letters of the main set's strings (Swahili "ch", Serbian "dž"): letters it holds
    /// only in a digraph are its letters too.
    in_digraphs: Vec<char>,
    /// The words of its CLDR "and" list pattern, lowercase.
    conjunctions: Vec<String>,
    /// Its CLDR month and weekday names, lowercase.
    calendar: Vec<String>,
}

/// The languages of CLDR's modern coverage and of the message catalog, each with its cues,
/// built once: the languages a page is guessed among first.
fn all_cues() -> &'static [Cues] {
    static CUES: OnceLock<Vec<Cues>> = OnceLock::new();
    CUES.get_or_init(|| {
        cues_of_tags(
            CLDR_LANGUAGES
                .iter()
                .filter_map(|t| t.parse().ok())
                .collect(),
        )
    })
}

/// Every language of ICU4X's CLDR data ([`super::cldr::cldr_locales`], 191 locales) and of
/// the message catalog, each with its cues, built once (see [`page_language`]).
fn every_language_cues() -> &'static [Cues] {
    static CUES: OnceLock<Vec<Cues>> = OnceLock::new();
    CUES.get_or_init(|| cues_of_tags(super::cldr::cldr_locales().to_vec()))
}

/// The cues of each language of `tags` and of the message catalog, one language in one script
/// once.
fn cues_of_tags(mut tags: Vec<LanguageIdentifier>) -> Vec<Cues> {
    for t in crate::render::Catalog::bundled_ref().tags() {
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    let mut cues: Vec<Cues> = Vec::new();
    for c in tags.into_iter().filter_map(cues_of) {
        // One language in one script is told by the same words ("en", "en-GB"): its first
        // tag stands for it, so that its cues are not shared among its variants.
        let same = |o: &Cues| o.language.language == c.language.language && o.script == c.script;
        if !cues.iter().any(same) {
            cues.push(c);
        }
    }
    cues
}

fn cues_of(language: LanguageIdentifier) -> Option<Cues> {
    let script = crate::locale::likely_script(&language)?;
    let locale = icu_locale::Locale::try_from_str(&language.to_string()).ok()?;
    let data: icu_provider::DataLocale = (&locale).into();
    let mut calendar: Vec<String> = month_forms(&language).into_iter().map(|(m, _)| m).collect();
    calendar.extend(weekday_forms(&language));
    calendar.retain(|w| w.chars().count() >= 3 && !w.contains(' '));
    let main = ExemplarCharacters::try_new_main(&data).ok();
    let mut in_digraphs: Vec<char> = main
        .iter()
        .flat_map(|m| m.strings().iter().flat_map(str::chars))
        .collect();
    in_digraphs.sort_unstable();
    in_digraphs.dedup();
    Some(Cues {
        script,
        main,
        in_digraphs,
        auxiliary: ExemplarCharacters::try_new_auxiliary(&data).ok(),
        conjunctions: cldr_and_words(&language),
        calendar,
        language,
    })
}

/// The letters and words of a page's first [`SAMPLE_LETTERS`] letters.
#[derive(Default)]
struct Sample {
    /// Letters by script.
    scripts: HashMap<Script, usize>,
    /// Each letter, lowercase, with its count.
    letters: HashMap<char, usize>,
    /// Each word, lowercase, with its count.
    words: HashMap<String, usize>,
}

fn sample(lines: &[Line]) -> Sample {
    let map = CodePointMapData::<Script>::new();
    let mut s = Sample::default();
    let mut seen = 0usize;
    for l in lines {
        let words = l
            .text
            .split(|c: char| !(c.is_alphanumeric() || crate::text::is_mark(c)))
            .filter(|w| !w.is_empty());
        for w in words {
            for c in w.chars().filter(|c| c.is_alphabetic()) {
                *s.scripts.entry(map.get(c)).or_insert(0) += 1;
                for lc in c.to_lowercase() {
                    *s.letters.entry(lc).or_insert(0) += 1;
                }
                seen += 1;
            }
            *s.words.entry(w.to_lowercase()).or_insert(0) += 1;
            if seen >= SAMPLE_LETTERS {
                return s;
            }
        }
    }
    s
}

/// The page's most frequent script (not Common, Inherited or Unknown).
fn top_script(s: &Sample) -> Option<Script> {
    s.scripts
        .iter()
        .filter(|(sc, _)| !matches!(**sc, Script::Common | Script::Inherited | Script::Unknown))
        .max_by_key(|(sc, n)| {
            let code = ScriptTag::from(**sc);
            (**n, std::cmp::Reverse(code.as_str().to_owned()))
        })
        .map(|(sc, _)| *sc)
}

/// The language of a page by its script and its words (see the module's documentation);
/// `None` when its letters are in no script CLDR writes a language in.
///
/// The page is guessed among the languages of CLDR's modern coverage ([`all_cues`]) and,
/// apart, among every language of CLDR's data ([`every_language_cues`]). A language of the
/// second that scores best there is taken only where the page uses some of its words and its
/// exemplar letters fit the page at least as well as the first's choice (Maltese "ħ" is no
/// letter of Finnish, Faroese "ø" none of Icelandic): a language of few pages is never taken
/// for a word it shares with a language of many alone ("in" is Slovenian's "and", and an
/// Italian, English and Dutch word), nor for its letters alone.
pub(super) fn page_language(lines: &[Line]) -> Option<LanguageIdentifier> {
    let s = sample(lines);
    let top = top_script(&s)?;
    if matches!(top, Script::Han | Script::Hiragana | Script::Katakana) {
        let kana = [Script::Hiragana, Script::Katakana]
            .iter()
            .filter_map(|k| s.scripts.get(k))
            .sum::<usize>();
        return (if kana > 0 { "ja" } else { "zh" }).parse().ok();
    }
    let prior = crate::locale::language_of_script(ScriptTag::from(top));
    let Some(first) = best(&s, top, prior.as_ref(), all_cues()) else {
        return best(&s, top, prior.as_ref(), every_language_cues())
            .map(|g| g.cues.language.clone())
            .or(prior);
    };
    let modern = |g: &Guess| {
        all_cues()
            .iter()
            .any(|c| c.language.language == g.cues.language.language && c.script == g.cues.script)
    };
    let wider = best(&s, top, prior.as_ref(), every_language_cues())
        .filter(|w| !modern(w) && w.words > 0.0 && w.misses <= first.misses);
    Some(wider.unwrap_or(first).cues.language.clone())
}

/// A language's score on a page, and how many of the page's letters it misses.
#[derive(Clone, Copy)]
struct Guess<'a> {
    score: f64,
    /// The page's letters outside the language's exemplar characters ([`misses`]).
    misses: f64,
    /// The weight of the page's words that are the language's cues ([`word_score`]).
    words: f64,
    cues: &'a Cues,
}

/// The language of `among` that scores best on the page. Languages the page's letters and
/// words cannot tell apart (the same exemplar letters, the same "and", no month or weekday name
/// of either on the page: Indonesian and Malay "dan") score alike; of those, one the message
/// catalog speaks is taken, since the lists read back are mostly the editions' own, rather
/// than the last in CLDR's table.
fn best<'a>(
    s: &Sample,
    top: Script,
    prior: Option<&LanguageIdentifier>,
    among: &'a [Cues],
) -> Option<Guess<'a>> {
    let catalog = crate::render::Catalog::bundled_ref().tags();
    let spoken = |c: &Cues| catalog.iter().any(|t| t.language == c.language.language);
    let guesses = scores(s, top, prior, among);
    guesses.into_iter().max_by(|a, b| {
        a.score
            .total_cmp(&b.score)
            .then_with(|| spoken(a.cues).cmp(&spoken(b.cues)))
    })
}

/// Each language of `among` written in the page's script, with its score: its words' weight
/// less its missing letters, and half a letter more for the language CLDR finds most likely
/// for the script.
fn scores<'a>(
    s: &Sample,
    top: Script,
    prior: Option<&LanguageIdentifier>,
    among: &'a [Cues],
) -> Vec<Guess<'a>> {
    let tag = ScriptTag::from(top);
    let candidates: Vec<&Cues> = among.iter().filter(|c| c.script == tag).collect();
    let map = CodePointMapData::<Script>::new();
    candidates
        .iter()
        .map(|c| {
            let misses = misses(c, s, |ch| map.get(ch) == top);
            let words = word_score(c, &candidates, &s.words);
            let bonus = if prior == Some(&c.language) { 0.5 } else { 0.0 };
            Guess {
                score: WORD_WEIGHT * words - misses + bonus,
                misses,
                words,
                cues: c,
            }
        })
        .collect()
}

/// How many letters one of a language's words is worth.
const WORD_WEIGHT: f64 = 5.0;

/// The page's letters of its script that a language's exemplar characters do not hold: one
/// for a letter outside them, a quarter for a letter of its auxiliary set (foreign words).
fn misses(c: &Cues, s: &Sample, in_script: impl Fn(char) -> bool) -> f64 {
    let (Some(main), aux) = (c.main, c.auxiliary) else {
        return 0.0;
    };
    s.letters
        .iter()
        .filter(|(ch, _)| {
            in_script(**ch) && !main.contains(**ch) && c.in_digraphs.binary_search(ch).is_err()
        })
        .map(|(ch, n)| {
            let weight = if aux.is_some_and(|a| a.contains(*ch)) {
                0.25
            } else {
                1.0
            };
            weight * *n as f64
        })
        .sum()
}

/// The page's words that are a language's cues, each shared cue divided among the languages
/// that share it; a conjunction of one or two letters ("a", "i", "og") counts for less than a
/// longer one, a month or weekday name for more (rarer, and the language's own).
fn word_score(c: &Cues, all: &[&Cues], words: &HashMap<String, usize>) -> f64 {
    let share = |w: &str, calendar: bool| {
        all.iter()
            .filter(|o| {
                if calendar {
                    o.calendar.iter().any(|x| x == w)
                } else {
                    o.conjunctions.iter().any(|x| x == w)
                }
            })
            .count()
            .max(1) as f64
    };
    let count = |n: usize| n.min(50) as f64;
    let conjunctions: f64 = c
        .conjunctions
        .iter()
        .filter_map(|w| words.get(w).map(|n| (w, *n)))
        .map(|(w, n)| {
            let strength = match w.chars().count() {
                1 => 0.3,
                2 => 0.6,
                _ => 1.0,
            };
            strength * count(n) / share(w, false)
        })
        .sum();
    let calendar: f64 = c
        .calendar
        .iter()
        .filter_map(|w| words.get(w).map(|n| (w, *n)))
        .map(|(w, n)| 3.0 * count(n) / share(w, true))
        .sum();
    conjunctions + calendar
}

#[cfg(test)]
mod tests {
    use super::super::lines::text_lines;
    use super::*;

    fn guess(text: &str) -> Option<String> {
        page_language(&text_lines(text)).map(|l| l.to_string())
    }

    /// Lines of the real corpus (`tests/fixtures/ingest/real/`), each with the language of the
    /// page it was published on (its `# source:` line): told apart by their letters and the
    /// words of their CLDR list patterns (`node icu-oracle.mjs list de conjunction A B C`
    /// gives "A, B und C", mr "A, B आणि C", ne "A, B र C"), not by their script alone.
    #[test]
    fn languages_of_real_lines() {
        let lines = [
            // de-biffh-fracking-brief
            (
                "Diesem stellt sich eine Großzahl an Vereinigungen, Vereinen, Gewerkschaften und Initiativen entschieden entgegen!",
                "de",
            ),
            // es-elmon-oficialitat-catala
            (
                "El texto se puede consultar a través del web y ha recibido clics de apoyo de 50.000 particulares.",
                "es",
            ),
            // pl-dni-protestu-2013
            (
                "Ich organizatorem są centrale związkowe – OPZZ, NSZZ Solidarność i Forum Związków Zawodowych.",
                "pl",
            ),
            // ro-hotnews-protest-confederatii
            (
                "Protestul este programat să aibă loc pe 29 octombrie în fața Guvernului.",
                "ro",
            ),
            // tr-ses-disk-kesk-tmmob-ttb-2024
            (
                "Emek-meslek örgütleri olarak, tüm sorumluları derhal halkın iradesine saygı göstermeye, yükseltilen itirazlara yönelik hak ihlallerine son vermeye çağırıyoruz.",
                "tr",
            ),
            // uk-unian-lyst-zelenskomu
            (
                "Зеленського закликали покласти край насильницьким нападам на громадських активістів",
                "uk",
            ),
            // mk-civil-odlozuvanje-izbori
            (
                "Граѓанските организации едногласни за одложување на изборите",
                "mk",
            ),
            // fa-parstv-sizdah-tashakkol
            (
                "سیزده سازمان و تشکل سیاسی در بیانیه مشترکی خطاب به مردم ایران نوشتهاند",
                "fa",
            ),
            // ur-siasat-tradeunion-hartal
            (
                "20 لاکھ ملازمین و ورکرس کی شرکت کی امید : سی آئی ٹی یو کا بیان",
                "ur",
            ),
            // mr-webdunia-mahavikas-mahayuti
            (
                "महाविकास आघाडीत राष्ट्रवादी काँग्रेस शरद पवार चन्द्र गट, काँग्रेस आणि शिवसेना उद्धव ठाकरे गटाचा समावेश आहे.",
                "mr",
            ),
            // ne-setopati-tin-dal-baithak
            (
                "तीन दलको बैठकमा नेपाली कांग्रेस, नेपाल कम्युनिष्ट पार्टी र जनता-समाजवादी पार्टीका नेताहरू छन्।",
                "ne",
            ),
            // sw-eatv-ukawa-makubaliano ("ch" is a Swahili letter only as a digraph)
            (
                "Viongozi wa vyama vinavyounda UKAWA (CHADEMA, CUF, NCCR Mageuzi na NLD) wamesaini makubaliano ya kushirikiana katika chaguzi zote.",
                "sw",
            ),
        ];
        assert_guessed(&lines);
        assert_eq!(guess("12345 ---"), None);
    }

    /// Pages in languages outside CLDR's modern coverage, told by letters no language of that
    /// coverage writes, and by their CLDR "and" (`node icu-oracle.mjs list mt conjunction A B
    /// C` gives "A, B, u C", fo "A, B, og C"): before, the guess chose among the languages of
    /// that coverage only, and could name neither.
    #[test]
    fn languages_outside_the_modern_coverage() {
        let lines = [
            // mt-mccff-ghaqdiet-kuntratti-2018
            (
                "Dalgħodu, fil-Palazz ta’ Sant’ Anton, saret ċerimonja ta’ iffirmar ta’ kuntratti bejn il-Malta Community Chest Fund Foundation u 18-il Għaqda Mhux Governattiva li ser jibbenefikaw minn fondi b’risq proġetti soċjali, mill-Fond għall-Għaqdiet Volontarji.",
                "mt",
            ),
            // fo-in-fo-arbeidarafelog-kaera
            (
                "sum hava skrivað undir kæruna, eru Føroya Arbeiðarafelag, Havnar Arbeiðsmannafelag, Havnar Arbeiðskvinnufelag, Klaksvíkar Arbeiðsmannafelag og Klaksvíkar Arbeiðskvinnufelag.",
                "fo",
            ),
        ];
        assert_guessed(&lines);
    }

    /// Each line is guessed to be in its language.
    fn assert_guessed(lines: &[(&str, &str)]) {
        for (line, language) in lines {
            assert_eq!(guess(line).as_deref(), Some(*language), "{line}");
        }
    }

    /// The pages of the real corpus in a language the guess knows (every language of CLDR's
    /// data, and the catalog's): the language guessed from the whole page is its published language
    /// (the gold reading's `language`, from the page) for at least nine in ten. Left wrong,
    /// and counted as wrong: languages CLDR writes with the same letters and the same "and"
    /// (Indonesian and Malay "dan", Danish and Norwegian "og", Croatian, Bosnian and Serbian
    /// "i"), and pages whose text is mostly names in another language.
    #[test]
    fn languages_of_the_real_corpus() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest/real");
        let mut pages: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        pages.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        let (mut right, mut wrong) = (0, Vec::new());
        for page in &pages {
            let text = std::fs::read_to_string(page).unwrap_or_default();
            let body = text.split_once('\n').map_or("", |(_, b)| b);
            let gold: serde_json::Value = std::fs::read_to_string(page.with_extension("gold.json"))
                .ok()
                .and_then(|g| serde_json::from_str(&g).ok())
                .unwrap_or_default();
            let published = gold["language"].as_str().unwrap_or("");
            let primary = published.split('-').next().unwrap_or("");
            let Some(tag) = published.parse::<LanguageIdentifier>().ok() else {
                continue;
            };
            let script = crate::locale::likely_script(&tag);
            let same = |c: &Cues| c.language.language == tag.language && Some(c.script) == script;
            if !every_language_cues().iter().any(same) {
                continue;
            }
            let guessed = guess(body).unwrap_or_default();
            if guessed.split('-').next() == Some(primary) {
                right += 1;
            } else {
                wrong.push(format!("{}: {published} read as {guessed}", page.display()));
            }
        }
        let known = right + wrong.len();
        assert!(known >= 100, "the real corpus is missing");
        assert!(right * 10 >= known * 9, "{right} of {known}: {wrong:#?}");
    }
}
