//! Lists run into one line: names separated by commas (in the list's script: `,` `،` `、` `，`
//! `;`) with "and" before the last, each perhaps with an article ("της ΓΣΕΕ, της ΑΔΕΔΥ και
//! του …"), introduced by the end of a sentence or a colon; names numbered inline ("1. … 2. …");
//! and a line of a list that names several organizations ("Organizaciones agrarias: COAG,
//! UPA", "PSB, PT, PDT, PSOL").
//!
//! This file holds the entry points ([`run_in`], [`group_items`], [`enclosed_items`]); each
//! step is a file of its own: `pieces.rs` (a line cut at the list's separators),
//! `sentence.rs` (a run inside a sentence), `first.rs` (where a run's first name starts),
//! `last.rs` (where its last names end), `conjunction.rs` (the conjunction before the last
//! name), `counted.rs` (an open list closed and counted as organizations: "A과 B 등 36개
//! 환경단체"), `kinds.rs` (the kind a name ends with), `acronyms.rs` (lines of acronyms),
//! `numbered.rs` (names numbered inline), `marker.rs` (names marked by a word repeated at
//! each), `posts.rs` (organizations named through their leaders' posts), `words.rs` (the
//! shape of a word or a piece).

mod acronyms;
mod conjunction;
mod counted;
mod first;
mod kinds;
mod last;
mod leads;
mod marker;
mod numbered;
mod pieces;
mod posts;
mod prefixed;
mod sentence;
mod terminal;
mod words;

use self::acronyms::{acronym_line, spaced_acronyms};
use self::conjunction::split_last;
pub(super) use self::counted::{apposed_run, counted_run};
pub(super) use self::kinds::{kind_word, names_organizations, sharing_kind};
pub(super) use self::marker::marked_start_run;
use self::marker::marker_run;
use self::numbered::numbered_inline;
pub(super) use self::numbered::numbered_run_on;
use self::pieces::pieces;
use self::posts::{officers_run, persons_with_bodies_run, posts_run};
use self::prefixed::prefixed_run;
pub(super) use self::sentence::RunEnds;
use self::sentence::{enumerations, marked_sentences, own_stop_sentences, run_in_sentence};
use self::words::{
    cased, cased_capital, cased_small, sentence_word, strip_articles, strip_conjunction, word_count,
};
pub(super) use self::words::{has_numeric_date, minor_word};
use super::enclosed::{enclosed_run, quoted_lists, quoted_run, quoted_with_separators};
use super::lexicon::ARTICLES;
use super::listwords::ListWords;
use super::script::{acronym_shaped, holds_acronym, uncased};

fn median(mut v: Vec<usize>) -> usize {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(1)
}

/// The names of a list run into a line, when it holds one (three names or more), each run
/// ending as the sentence's pieces show ([`RunEnds::default`]).
#[cfg(test)]
pub(super) fn run_in(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    run_in_ending(text, lw, RunEnds::default())
}

/// The names of a list run into a line ([`run_in`]), each run of a sentence allowed to end as
/// `ends` says ([`RunEnds`]).
pub(super) fn run_in_ending(text: &str, lw: &ListWords, ends: RunEnds) -> Option<Vec<String>> {
    // (The names are cut from the text with the language's own "and", as printed.)
    let plain = lw.plain_conjunctions(text);
    let printed = |items: Vec<String>| -> Vec<String> {
        items.into_iter().map(|n| plain.printed(n)).collect()
    };
    let text = without_open_end(plain.text(), lw);
    let open = text.len() < plain.text().trim().len();
    // Numbered names; numbered paragraphs (a press release's items) are read as sentences.
    if let Some(items) = numbered_inline(text).filter(|items| names_not_paragraphs(items)) {
        return Some(printed(items));
    }
    // Each sentence may hold its own run ("Organized by A, B and C. Supported by D, E and F."),
    // one after the other: a run two sentences or more after the last one is another
    // enumeration of the article (the places of a march), not the list.
    let mut all: Vec<String> = Vec::new();
    let mut runs: Vec<(usize, Vec<String>)> = Vec::new();
    let mut since_run = 0;
    // (A sentence that holds no run is read by its clauses, where it runs on over full stops
    // of its script ([`own_stop_sentences`]); a clause's run is taken where it names
    // organizations ([`names_organizations`]), not a dateline's place and date.)
    let held = |s: &&str| {
        enumerations(s, lw)
            .iter()
            .any(|e| sentence_run(e, lw, ends).is_some())
    };
    for (k, (sentence, clause)) in marked_sentences(text)
        .into_iter()
        .flat_map(|s| match held(&s) {
            true => vec![(s, false)],
            false => own_stop_sentences(s, lw)
                .into_iter()
                .map(|c| (c, true))
                .collect(),
        })
        .enumerate()
        .flat_map(|(k, (s, c))| enumerations(s, lw).into_iter().map(move |e| (k, (e, c))))
    {
        if !all.is_empty() && since_run >= 2 {
            break;
        }
        since_run += 1;
        if let Some(items) = sentence_run(sentence, lw, ends).filter(|items| {
            !names_again(items, &all) && (!clause || names_organizations(items, &[]))
        }) {
            all.extend(items.iter().cloned());
            runs.push((k, items));
            since_run = 0;
        }
    }
    let mut all = without_acronymless_sentences(runs);
    if open {
        open_last_whole(&mut all, text, lw);
    }
    (!all.is_empty()).then(|| printed(all))
}

/// The run of one sentence (or one enumeration of it, [`enumerations`]), by the first reading
/// that finds one, its runs ending as `ends` says ([`RunEnds`]).
fn sentence_run(sentence: &str, lw: &ListWords, ends: RunEnds) -> Option<Vec<String>> {
    // (A run of places is no reading: a run set apart in the same sentence may be the
    // list, "… (ESPM/BO, CATH, CNOHA, FNSH) … de Belgique, du Brésil, du Canada, …".)
    let names = |items: &Vec<String>| !places_like(items);
    let whole = run_in_sentence(sentence, lw, ends)
        .or_else(|| prefixed_run(sentence, lw, ends))
        .filter(|items| {
            names(items)
                || introduced_by_the_sentence(sentence, items, lw)
                || after_articles(sentence, items)
        });
    let inner = enclosed_run(sentence, lw, |t| {
        longer(run_in_sentence(t, lw, ends), enclosed_items(t, lw))
    })
    .into_iter()
    .chain(quoted_run(sentence, lw))
    .chain(
        quoted_lists(sentence, lw)
            .into_iter()
            .filter_map(|t| enclosed_items(t, lw)),
    )
    .chain(
        quoted_with_separators(sentence, lw)
            .into_iter()
            .filter_map(|t| quoted_names(t, lw, ends)),
    )
    .filter(names)
    .max_by_key(Vec::len);
    // A word repeated at each name marks the names where letters have no case
    // ([`marker_run`]); persons with their posts name the organizations they hold them
    // in: the run of the organizations, where the sentence holds one ([`posts_run`]).
    let best = marker_run(sentence)
        .or_else(|| posts_run(sentence, lw))
        .or_else(|| officers_run(sentence, lw))
        .or_else(|| longer(whole, inner));
    // Persons with their bodies in parentheses name the bodies, where they are all the
    // sentence's run names ([`persons_with_bodies_run`]).
    match (persons_with_bodies_run(sentence, lw), best) {
        (Some(bodies), Some(run)) if bodies.len() >= run.len() => Some(bodies),
        (bodies, run) => run.or(bodies),
    }
}

/// The run of a text quoted whole ([`quoted_with_separators`]), where its names name
/// organizations by their acronyms or share the kind they end with: quoted speech, whose
/// commas part a speaker's words, shows neither.
fn quoted_names(quoted: &str, lw: &ListWords, ends: RunEnds) -> Option<Vec<String>> {
    run_in_sentence(quoted, lw, ends)
        .filter(|items| named_by_acronyms(items) || sharing_kind(items) >= 2)
}

/// The names of a text's runs, each with the index of its sentence, without the runs of a
/// sentence that holds no acronym where another sentence's runs name organizations by their
/// acronyms ([`named_by_acronyms`]): the persons who came or spoke for them ("Ttwanebgen-d … :
/// CERAK, FFS, CMA, RCD, MAK d … . … ḥeḍren : Said Chemakh, Bessa Mohamed, Idir Ait Maamar,
/// …", the parties invited, then the speakers present), the topics of the meeting. The same
/// rule as between the page's lines (`runs::drop_runs_without_acronyms`). The groups of one
/// sentence are one run ("… партий «Яблоко», КПРФ, НБП, …; общественных организаций
/// «Гражданское действие», …": parties, then public organizations). A sentence that names one
/// of their bodies again stays. In a script without case, a run whose names share the kind
/// they end with names organizations as acronyms do ([`uncased_kinds`]).
fn without_acronymless_sentences(runs: Vec<(usize, Vec<String>)>) -> Vec<String> {
    let mut by_sentence: Vec<(usize, Vec<String>)> = Vec::new();
    for (k, items) in runs {
        match by_sentence.last_mut() {
            Some((at, names)) if *at == k => names.extend(items),
            _ => by_sentence.push((k, items)),
        }
    }
    let named: Vec<&String> = by_sentence
        .iter()
        .filter(|(_, items)| named_by_acronyms(items) || uncased_kinds(items))
        .flat_map(|(_, items)| items)
        .collect();
    // (A sentence that names a body of those runs again, "… Eğitim-Sen, Büyükşehir Belediyesi
    // önünde …" after "KESK’e bağlı Eğitim-Sen, …", speaks of the same bodies: it stays.)
    let again = |items: &[String]| {
        items.iter().any(|t| {
            named
                .iter()
                .any(|n| n.contains(t.as_str()) || t.contains(n.as_str()))
        })
    };
    let keep: Vec<bool> = by_sentence
        .iter()
        .map(|(_, items)| {
            named.is_empty()
                || items.iter().any(|t| holds_acronym(t))
                || uncased_kinds(items)
                || again(items)
        })
        .collect();
    by_sentence
        .into_iter()
        .zip(keep)
        .filter(|(_, keep)| *keep)
        .flat_map(|((_, items), _)| items)
        .collect()
}

/// Whether a run in a script without case names organizations by the kind they end with:
/// two of its names or more share it ([`sharing_kind`]). A sentence's clauses set apart by
/// commas cannot be told from names there by capitals ("… परीक्षांवर बहिष्कार घालत आहोत, त्याला
/// सर्वस्वी शासन जबाबदार असेल, …", we boycott the exams, the government will be responsible,
/// …, before "स्वाभिमानी शिक्षक संघटना, महाराष्ट्र राज्य खाजगी शिक्षक संघ, …", teachers'
/// unions).
fn uncased_kinds(items: &[String]) -> bool {
    items.iter().all(|t| uncased(t)) && sharing_kind(items) >= 2
}

/// Whether a run names organizations by their acronyms: two of its names or more, a third of
/// them or more, hold one ([`holds_acronym`]).
pub(in crate::ingest) fn named_by_acronyms(items: &[String]) -> bool {
    let n = items.iter().filter(|t| holds_acronym(t)).count();
    n >= 2 && n * 3 >= items.len()
}

/// A later run of a text whose names, for the most part, start with names of its earlier runs
/// (an organization with its officer and title: "녹색연합 윤기돈 사무처장" after "녹색연합") or
/// start them (a name cut short) repeats them: not read again.
fn names_again(items: &[String], earlier: &[String]) -> bool {
    // (A body named through its officer, "ZSSS, Lidija Jerkič" ([`officers_run`]), names
    // again a body named before with that short form in parentheses after its name.)
    let again = items
        .iter()
        .filter(|x| {
            let body = x.split_once(", ").map(|(b, _)| b);
            earlier.iter().any(|e| {
                x.starts_with(e.as_str())
                    || e.starts_with(x.as_str())
                    || body.is_some_and(|b| short_form(e) == Some(b))
            })
        })
        .count();
    !earlier.is_empty() && again * 2 >= items.len()
}

/// The short form in parentheses a name ends with ("Zveza Svobodnih sindikatov Slovenije
/// (ZSSS)" → "ZSSS").
fn short_form(name: &str) -> Option<&str> {
    name.strip_suffix(')')
        .and_then(|e| e.rsplit_once('('))
        .map(|(_, s)| s.trim())
}

/// Whether the items of an inline numbering are names: most of them no longer than a name
/// (ten words), not the paragraphs of a numbered text.
fn names_not_paragraphs(items: &[String]) -> bool {
    let short = items.iter().filter(|s| word_count(s) <= 10).count();
    short * 2 > items.len()
}

/// The reading with more names.
fn longer(a: Option<Vec<String>>, b: Option<Vec<String>>) -> Option<Vec<String>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.len() > a.len() { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// A part set apart by dashes or parentheses that is a list through and through: every piece
/// between its separators a short name, the first perhaps starting in lower case (a kind
/// before a quoted name: "- фонд сотрудничества «Евразия», Ереванский пресс-клуб, … -"), the
/// others with a capital in a script with case; the last split at the list's conjunction
/// before a name of two words or more.
fn enclosed_items(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let ps: Vec<&str> = pieces(text, lw).into_iter().map(str::trim).collect();
    let fits = |k: usize, p: &str| {
        let bare = strip_articles(strip_conjunction(p, lw)).0;
        !bare.is_empty()
            && word_count(p) <= 12
            && !p.contains(". ")
            && !p.ends_with([':', '：'])
            && !has_numeric_date(p)
            && (k == 0 || !cased_small(bare))
    };
    if ps.len() < 2 || !ps.iter().enumerate().all(|(k, p)| fits(k, p)) {
        return None;
    }
    let mut items: Vec<String> = ps.iter().map(|s| (*s).to_owned()).collect();
    if let Some(last) = items.pop() {
        let mut split = split_last(&last, &items, lw);
        if split.len() == 1 {
            split = split_before_long_name(&last, lw);
        }
        items.extend(split);
    }
    let items: Vec<String> = items
        .iter()
        .map(|s| strip_articles(strip_conjunction(s, lw)).0.to_owned())
        .collect();
    (items.len() >= 3).then_some(items)
}

/// "X and Y Z" split at the last conjunction (in lower case) before a capitalized name of two
/// words or more ("… Армении и Международный центр человеческого развития"); a name that holds
/// "and" between single words ("Bosnia and Herzegovina") stays whole.
fn split_before_long_name(item: &str, lw: &ListWords) -> Vec<String> {
    let words: Vec<&str> = item.split_whitespace().collect();
    let at = (1..words.len().saturating_sub(2)).rev().find(|&k| {
        let w = words.get(k).copied().unwrap_or("");
        let next = words.get(k + 1).copied().unwrap_or("");
        lw.is_conjunction(w) && !cased_capital(w) && cased_capital(next)
    });
    match at {
        Some(k) => vec![
            words.get(..k).unwrap_or_default().join(" "),
            words.get(k + 1..).unwrap_or_default().join(" "),
        ],
        None => vec![item.to_owned()],
    }
}

/// A run of single capitalized words without an acronym among them names places (the towns
/// of a march, "Бургас, Смолян, Пловдив"), not organizations, whose names are longer or
/// abbreviated: three quarters of its items or more are such words.
fn places_like(items: &[String]) -> bool {
    let single = items
        .iter()
        .filter(|s| word_count(s) == 1 && cased(s) && !acronym_shaped(s))
        .count();
    single * 4 >= items.len() * 3 && !items.iter().any(|s| acronym_shaped(s))
}

/// Whether a run of single words is introduced as the sentence's subject or object, rather
/// than as the places of a preposition ("… las de Logroño, A Coruña, …", "… (направлението -
/// Бургас, Смолян, Пловдив)"): its first name is the sentence's first words ("Idag skrev
/// Byggnads, Elektrikerna, …, Seko och Transport på ett avtal", "Yakni Paguyuban Malang,
/// Lamongan, …"), or follows a word of the sentence in lower case that is no article,
/// function word or short word ("… gụnyere Ohaneze, Alaigbo, Massob, Asetu na ndị ọzọ …",
/// "including"). Names of organizations are who does or signs; towns are where.
fn introduced_by_the_sentence(sentence: &str, items: &[String], lw: &ListWords) -> bool {
    let Some(first) = items.first() else {
        return false;
    };
    let Some(at) = sentence.find(first.as_str()) else {
        return false;
    };
    let before = sentence.get(..at).unwrap_or_default().trim_end();
    match before.split_whitespace().next_back() {
        None => word_count(first) >= 2,
        Some(w) => {
            w.chars().all(char::is_alphabetic)
                && w.chars().count() >= 3
                && sentence_word(w)
                && !minor_word(w, lw)
        }
    }
}

/// Whether a text is a country's name alone, as CLDR names it in any language ("România",
/// "Deutschland"): a place, never an organization's name by itself.
pub(super) fn country_name(s: &str) -> bool {
    let countries = crate::ingest::lexicon::any_language_country_keys();
    let mut k = Vec::new();
    let Ok(()) = crate::find::primary_collator().write_sort_key_to(s, &mut k);
    countries.contains_key(&k)
}

/// Whether most of a run's names are printed after an article ("la Cgil, la Cisl, la Uil e
/// Legambiente", "der BUND, der NABU und Greenpeace"): names of organizations, which take
/// articles where towns do not ("in Toscana, in Liguria e in Umbria"). Countries take them
/// too ("de la Belgique, du Brésil, du Canada"): a run naming one (CLDR's names, in any
/// language) is no such run.
fn after_articles(sentence: &str, items: &[String]) -> bool {
    if items.iter().any(|i| country_name(i.trim())) {
        return false;
    }
    let mut from = 0;
    let mut articled = 0;
    for item in items {
        let Some(at) = sentence.get(from..).and_then(|s| s.find(item.as_str())) else {
            continue;
        };
        let before = sentence.get(..from + at).unwrap_or_default();
        let word = before
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .rfind(|w| !w.is_empty())
            .unwrap_or_default()
            .to_lowercase();
        if before.ends_with(char::is_whitespace) || before.ends_with(['\'', '’']) {
            articled += usize::from(ARTICLES.contains(&word.as_str()) || word == "l");
        }
        from += at + item.len();
    }
    articled * 2 > items.len()
}

/// A line of a list that names several organizations: "Label: A, B, C" (a label in words,
/// then short names) or a line of acronyms ("PSB, PT, PDT", "Partidos políticos como IU, PCE,
/// PCC").
pub(super) fn group_items(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    // A separator after the last name (a run cut short, "주최 : A, B, C, D,") ends nothing.
    let text = without_open_end(text, lw)
        .trim_end_matches(|c: char| c == '.' || c == ';' || lw.is_separator(c))
        .trim_end();
    // "Label: A, B" (each colon looked for at once, a search of bytes: most lines hold none)
    if (text.contains(':') || text.contains('：'))
        && let Some(c) = text.find([':', '：'])
    {
        let label = text.get(..c).unwrap_or_default().trim();
        let rest = text.get(c + c_len(text, c)..).unwrap_or_default().trim();
        let ps: Vec<&str> = pieces(rest, lw).into_iter().map(str::trim).collect();
        // A label in words ("Organizaciones agrarias"), or in a script without case before
        // three names or more ("联署团体：…、…、…").
        let descriptive = (word_count(label) >= 2
            && label
                .split_whitespace()
                .skip(1)
                .any(|w| w.chars().next().is_some_and(char::is_lowercase)))
            || (!label.is_empty() && !cased(label) && ps.len() >= 3);
        if descriptive && ps.len() >= 2 && ps.iter().all(|p| !p.is_empty() && word_count(p) <= 5) {
            let mut items: Vec<String> = ps.iter().map(|s| (*s).to_owned()).collect();
            if let Some(last) = items.pop() {
                let split = split_last(&last, &items, lw);
                items.extend(split);
            }
            return Some(items);
        }
        // "A, B, C: title": a headline whose names come first, the title after the colon
        // ("CGIL, UIL, SNALS, GILDA: Proclamazione dello stato di agitazione").
        if !rest.is_empty()
            && let Some(items) = acronym_line(label, lw)
        {
            return Some(items);
        }
    }
    if let Some(items) = spaced_acronyms(text) {
        return Some(items);
    }
    acronym_line(text, lw)
}

/// A run left open by an ellipsis after its last separator ([`open_ended`]) has not come to
/// the conjunction CLDR's list patterns write before a run's last name ("{0}, {1} and {2}"):
/// its last piece, read as two names joined by the list's conjunction ("…, Amnesty
/// International ; Habitat et Humanisme, …"), is one name that holds it. `text` is the run's
/// text without the ellipsis; three names or more stay.
fn open_last_whole(items: &mut Vec<String>, text: &str, lw: &ListWords) {
    let n = items.len();
    let (Some(x), Some(y)) = (items.get(n.wrapping_sub(2)), items.last()) else {
        return;
    };
    let Some(before) = text.strip_suffix(y.as_str()).map(str::trim_end) else {
        return;
    };
    let Some((head, conj)) = before.rsplit_once(char::is_whitespace) else {
        return;
    };
    let head = head.trim_end();
    if n < 4 || !lw.is_conjunction(conj) || !head.ends_with(x.as_str()) {
        return;
    }
    let Some(whole) = text.get(head.len() - x.len()..) else {
        return;
    };
    let whole = whole.to_owned();
    items.truncate(n - 2);
    items.push(whole);
}

/// A text without the ellipsis that leaves a run open after a separator ("…, Amnesty
/// International ; Habitat et Humanisme, …", and more): the run ends with its last name. An
/// ellipsis written against a word (a teaser cut short) stays.
/// Whether a text ends with the ellipsis of an open list after a separator: it ends there as
/// a sentence does ([`without_open_end`]).
pub(in crate::ingest) fn open_ended(text: &str, lw: &ListWords) -> bool {
    without_open_end(text, lw).len() < text.trim().len()
}

fn without_open_end<'t>(text: &'t str, lw: &ListWords) -> &'t str {
    let t = text.trim();
    let Some(rest) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return t;
    };
    let rest = rest.trim_end();
    if rest.ends_with(|c: char| lw.is_separator(c)) {
        rest.trim_end_matches(|c: char| lw.is_separator(c))
            .trim_end()
    } else {
        t
    }
}

fn c_len(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::pieces::split_acronym_pair;
    use super::*;
    use crate::ingest::listwords::list_words;

    /// A sentence that holds no run, running on over its script's full stops, is read clause
    /// by clause: the run of unions after a stop, whose names share their kind (constructed).
    #[test]
    fn a_run_after_a_scripts_own_full_stop_is_read_by_its_clause() {
        let text = "انتخابات کے بعد سے مختلف جماعتیں احتجاج کے ذریعے اپنی رائے کا اظہار کر رہی ہیں۔  مزدور یونین، کسان یونین، طلبہ یونین اور اساتذہ یونین نے کل مشترکہ احتجاج کا فیصلہ کیا ہے";
        let run = run_of("ur", text);
        assert_eq!(
            run.first().map(String::as_str),
            Some("مزدور یونین"),
            "{run:?}"
        );
        assert_eq!(run.len(), 4, "{run:?}");
    }

    /// A run left open by an ellipsis after its last separator has not come to its last
    /// name's conjunction: its last piece holds a name's own "and", "et", "y" (constructed).
    #[test]
    fn an_open_runs_last_piece_keeps_its_conjunction() {
        let en = list_words(&"en".parse().unwrap_or_default());
        let mut items = ["Oxfam", "WWF", "Amnesty", "Peace", "Justice"]
            .map(str::to_owned)
            .to_vec();
        open_last_whole(&mut items, "Oxfam, WWF, Amnesty, Peace and Justice", &en);
        assert_eq!(items, ["Oxfam", "WWF", "Amnesty", "Peace and Justice"]);
        // Three names stay three; two names not joined by a conjunction stay two.
        let mut three = ["Oxfam", "Peace", "Justice"].map(str::to_owned).to_vec();
        open_last_whole(&mut three, "Oxfam, Peace and Justice", &en);
        assert_eq!(three.len(), 3);
        let mut apart = ["Oxfam", "WWF", "Peace", "Justice"]
            .map(str::to_owned)
            .to_vec();
        open_last_whole(&mut apart, "Oxfam, WWF, Peace, Justice", &en);
        assert_eq!(apart.len(), 4);
        let es = list_words(&"es".parse().unwrap_or_default());
        let line = "Apoyan: Cáritas, Cruz Roja, Médicos del Mundo, Paz y Solidaridad, …";
        assert_eq!(
            run_in(line, &es)
                .unwrap_or_default()
                .last()
                .map(String::as_str),
            Some("Paz y Solidaridad")
        );
    }

    /// A run left open by an ellipsis after its last separator ends with its last name, and
    /// its line ends there as a sentence does; an ellipsis against a word is a cut, not an open
    /// list (constructed).
    #[test]
    fn an_ellipsis_after_a_separator_leaves_the_run_open() {
        let fr = list_words(&"fr".parse().unwrap_or_default());
        let line =
            "Organisations en soutien : Emmaüs, LDH, Secours populaire, Amnesty International, …";
        assert!(open_ended(line, &fr));
        assert_eq!(
            run_in(line, &fr).unwrap_or_default(),
            [
                "Emmaüs",
                "LDH",
                "Secours populaire",
                "Amnesty International"
            ]
        );
        assert!(!open_ended(
            "Les syndicats appellent à la grève générale du…",
            &fr
        ));
        assert!(!open_ended("Emmaüs, LDH, Secours populaire", &fr));
    }

    /// Line 2 of tests/fixtures/ingest/real/hi-unitedbulletin-akhil-bharat-ekikrit-kisan-sabha-chaar-sangathan
    /// (a Hindi report of four peasant organizations merged), its gold: the run follows a dash
    /// after its count and kind, joins its last two names with CLDR's "और" (and) and goes on
    /// with the sentence after the last name, whose kind the first name ends with too.
    /// A run that opens its sentence with no colon or dash before it (constructed): two names
    /// sharing their kind ("सभा", assembly), then the last two joined by CLDR's "और" (and),
    /// the sentence going on after the last name. A sentence opening with a place and a day,
    /// which share no kind, opens no run.
    #[test]
    fn uncased_run_opening_its_sentence_with_its_last_pair_in_it() {
        let lw = list_words(&"hi".parse().unwrap_or_default());
        let text = "राज्य किसान सभा, ज़िला किसान सभा, युवा मंच और महिला किसान सभा ने आज एक संयुक्त बयान जारी किया।";
        let items = run_in(text, &lw).unwrap_or_default();
        assert!(
            items.iter().map(String::as_str).eq([
                "राज्य किसान सभा",
                "ज़िला किसान सभा",
                "युवा मंच",
                "महिला किसान सभा"
            ]),
            "{items:?}"
        );
        let places = "दिल्ली में, सोमवार को, युवा मंच और महिला किसान सभा ने आज एक संयुक्त बयान जारी किया।";
        assert!(run_in(places, &lw).is_none());
    }

    #[test]
    fn uncased_run_after_a_dash_with_its_last_pair_in_the_sentence() {
        let lw = list_words(&"hi".parse().unwrap_or_default());
        let text = "उन्होंने बताया कि गत 19-20 दिसम्बर को चार किसान संगठनों – अखिल भारत प्रगतिशील किसान सभा, सदौ असम खेतियोक संस्था, त्रिपुरा कृषक मुक्ति परिषद और अखिल भारत क्रान्तिकारी किसान सभा को एकत्रित कर यह संगठन बनाया गया है।";
        let items = run_in(text, &lw).unwrap_or_default();
        assert_eq!(items.len(), 4, "{items:?}");
        assert!(
            items
                .get(1..3)
                .unwrap_or_default()
                .iter()
                .map(String::as_str)
                .eq(["सदौ असम खेतियोक संस्था", "त्रिपुरा कृषक मुक्ति परिषद"]),
            "{items:?}"
        );
        assert!(items.iter().all(|n| !n.contains("एकत्रित")), "{items:?}");
    }

    /// Line 5 of tests/fixtures/ingest/real/kab-depechedekabylie-ahat-forum-kabylie-seminaire
    /// (La Dépêche de Kabylie, a Kabyle report of a seminar), its gold: the parties invited
    /// are named by their acronyms; a later sentence names the speakers present, none by an
    /// acronym. The speakers are no signers.
    #[test]
    fn persons_in_another_sentence_beside_acronyms_are_left_out() {
        let lw = list_words(&"kab".parse().unwrap_or_default());
        let text = "Ttwanebgen-d ɣer séminaire-a d-yellan ddaw laɛnaya n Taddart : CERAK, FFS, CMA, RCD, MAK d yimwekklen n Tuddar n Tqerbuzt d Zubga. D acu, ɣaben yimḍebren n FFS, n RCD d wid n MAK. Si tama n wid d-yeswejden isaragen ḥeḍren : Said Chemakh, Bessa Mohamed, Idir Ait Maamar, Aziz Tari, Malika Baraka, Hamou Boumediene, Said Khellil.";
        let items = run_in(text, &lw).unwrap_or_default();
        assert!(
            items
                .iter()
                .take(5)
                .map(String::as_str)
                .eq(["CERAK", "FFS", "CMA", "RCD", "MAK"]),
            "{items:?}"
        );
        assert!(!items.iter().any(|t| t.contains("Chemakh")), "{items:?}");
        let speakers: Vec<String> = ["Said Chemakh", "Bessa Mohamed", "Idir Ait Maamar"]
            .map(String::from)
            .to_vec();
        let parties: Vec<String> = ["CERAK", "FFS", "CMA"].map(String::from).to_vec();
        assert!(named_by_acronyms(&parties));
        assert!(!named_by_acronyms(&speakers));
        assert_eq!(
            without_acronymless_sentences(vec![(0, parties.clone()), (2, speakers.clone())]),
            parties
        );
        // The groups of one sentence are one run, kept whole.
        let both = [parties.clone(), speakers.clone()].concat();
        assert_eq!(
            without_acronymless_sentences(vec![(0, parties), (0, speakers.clone())]),
            both
        );
        assert_eq!(
            without_acronymless_sentences(vec![(1, speakers.clone())]),
            speakers
        );
    }

    #[test]
    fn runs() {
        let lw = list_words(&"en".parse().unwrap_or_default());
        let lw = &*lw;
        assert_eq!(
            run_in(
                "των συντεχνιών ΕΠΟΠΑΗ, ΣΗΔΗΚΕΚ, ΣΕΠΑΗΚ, ΣΥΒΑΗΚ, κατά το συγκεκριμένο χρόνο θα πραγματοποιηθούν συγκεντρώσεις σε όλες τις πόλεις.",
                lw
            ),
            Some(vec![
                "ΕΠΟΠΑΗ".into(),
                "ΣΗΔΗΚΕΚ".into(),
                "ΣΕΠΑΗΚ".into(),
                "ΣΥΒΑΗΚ".into()
            ])
        );
        assert_eq!(
            run_in(
                "στο προσκλητήριο της ΓΣΕΕ, της ΑΔΕΔΥ και του Εργατοϋπαλληλικού Κέντρου της Αθήνας.",
                lw
            ),
            Some(vec![
                "ΓΣΕΕ".into(),
                "ΑΔΕΔΥ".into(),
                "Εργατοϋπαλληλικού Κέντρου της Αθήνας".into()
            ])
        );
        assert_eq!(
            run_in(
                "in der Liste SolidNet: 1. Partei A 2. Partei B 3. Partei C",
                lw
            ),
            Some(vec![
                "Partei A".into(),
                "Partei B".into(),
                "Partei C".into()
            ])
        );
        assert_eq!(
            run_in(
                "We met in Berlin, Paris and Rome to talk about the weather today.",
                lw
            ),
            None
        );
        assert_eq!(
            group_items("Organizaciones agrarias: COAG, UPA", lw),
            Some(vec!["COAG".into(), "UPA".into()])
        );
        assert_eq!(
            group_items("Partidos políticos como IU, PCE, PCC", lw),
            Some(vec!["IU".into(), "PCE".into(), "PCC".into()])
        );
        assert_eq!(group_items("Aktivna zona, Cetinje, Crna Gora", lw), None);
        assert_eq!(
            group_items("联署团体：中国劳工通讯、香港职工会联盟、工人之家", lw),
            Some(vec![
                "中国劳工通讯".into(),
                "香港职工会联盟".into(),
                "工人之家".into()
            ])
        );
        assert_eq!(
            group_items(
                "ALEG: Association for Gender Liberty and Equality (Romania)",
                lw
            ),
            None
        );
    }

    /// Lines printed in tests/fixtures/ingest/real, read by hand (the corpus README's
    /// conventions): ru-vayr-armenia-memorandum-2010 (a run between two dashes whose first
    /// name is a kind in lower case before a quoted name), ko-ccej-7-simindanche-gijahoegyeon
    /// (numbered paragraphs of a press release, not numbered names; a later sentence that names
    /// the same groups with their officers), ko-nodong-gyuthan-gijahoegyeon (a group line ending
    /// in a comma).
    #[test]
    fn runs_set_apart_and_paragraphs() {
        // Two names with their acronyms joined by a word the list patterns do not hold
        // (et-energeetik-toostussektori-ametiuhingud); not a name whose group is followed by
        // more of it.
        assert_eq!(
            split_acronym_pair(
                "Föderatsioon (ETTAF) ning Kaevurite ja Energeetikute Ametiühing (KESA) toetavad"
            ),
            [
                "Föderatsioon (ETTAF)",
                "Kaevurite ja Energeetikute Ametiühing (KESA)",
                " toetavad"
            ]
        );
        assert_eq!(
            split_acronym_pair("Union General (UGT) of Spain"),
            ["Union General (UGT) of Spain"]
        );
        let ru = list_words(&"ru".parse().unwrap_or_default());
        assert_eq!(
            run_in(
                "Подписавшие меморандум четыре организации - фонд сотрудничества «Евразия», Ереванский пресс-клуб, Союз промышленников и предпринимателей (работодателей) Армении и Международный центр человеческого развития - в качестве цели декларируют координацию осуществляемых ими программ.",
                &ru
            ),
            Some(vec![
                "фонд сотрудничества «Евразия»".into(),
                "Ереванский пресс-клуб".into(),
                "Союз промышленников и предпринимателей (работодателей) Армении".into(),
                "Международный центр человеческого развития".into()
            ])
        );
        // Prose between dashes is no list: a piece after a separator in lower case.
        assert_eq!(
            enclosed_items("which, however, was not the Union and the Party", &ru),
            None
        );
        let ko = list_words(&"ko".parse().unwrap_or_default());
        let release = "요구   1. 경제정의실천시민연합, 녹색연합, 한국YMCA전국연맹, 한국여성단체연합, 환경운동연합, 환경정의, 참여연대는 오늘(12/3) 오전 10시에 서울 중구 레이첼카슨홀에서 국가기관 대선개입 사건과 민주주의 위기에 대한 공동기자회견을 열었다. 이들 7개 시민단체는 시민사회단체연대회의에 소속되어 있으며, 한국의 시민사회운동에서 작지 않은 비중을 차지하고 있다.   2. 기자회견에 참석한 이들 7개 시민단체 대표들은 국가기관 대선개입 사건이 올바르게 해결될 기미가 보이지 않는 것은 현 정부의 책임이라고 밝혔다.   3. 이 기자회견은 시민사회단체연대회의가 주관하고, 경실련 고계현 사무총장, 녹색연합 윤기돈 사무처장, 한국YMCA전국연맹 남부원 사무총장, 한국여";
        let items = run_in(release, &ko).unwrap_or_default();
        assert_eq!(
            items.get(..6).unwrap_or_default(),
            [
                "경제정의실천시민연합",
                "녹색연합",
                "한국YMCA전국연맹",
                "한국여성단체연합",
                "환경운동연합",
                "환경정의"
            ]
        );
        assert!(!items.iter().any(|i| i.contains("사무처장")), "{items:?}");
        assert_eq!(
            group_items(
                "주최 : 경실련, 시민사회단체연대회의, 전국민주노동조합총연맹, 참여연대,",
                &ko
            ),
            Some(vec![
                "경실련".into(),
                "시민사회단체연대회의".into(),
                "전국민주노동조합총연맹".into(),
                "참여연대".into()
            ])
        );
    }

    pub(super) fn items_first(items: &[String], n: usize) -> Vec<&str> {
        items.iter().take(n).map(String::as_str).collect()
    }

    /// tests/fixtures/ingest/real/sl-24ur-zsss-kss-pergam-zdruzeni-sindikat, line 1, read by
    /// hand: the two confederations are named with their short forms in parentheses, then
    /// through their presidents ("predsednica ZSSS Lidija Jerkič"): the later run repeats them.
    #[test]
    fn bodies_named_again_through_their_officers_are_read_once() {
        let earlier = [
            "Zveza Svobodnih sindikatov Slovenije (ZSSS)".to_owned(),
            "Konfederacija sindikatov Slovenije (KSS) Pergam".to_owned(),
        ];
        let officers = [
            "ZSSS, Lidija Jerkič".to_owned(),
            "KKS Pergam, Jakob Počivavšek".to_owned(),
        ];
        assert!(names_again(&officers, &earlier));
        assert!(!names_again(&["CGT, Jean Dupont".to_owned()], &earlier));
    }

    /// The names of a run in a text in a language, or none.
    pub(super) fn run_of(lang: &str, text: &str) -> Vec<String> {
        run_in(text, &list_words(&lang.parse().unwrap_or_default())).unwrap_or_default()
    }

    /// "&" joins a run's last two names as "and" does; inside a name it parts nothing
    /// (constructed).
    #[test]
    fn an_ampersand_is_a_conjunction_not_a_separator() {
        let run = run_of(
            "en",
            "The statement was signed by Unite, the Metal & Shipyard Workers Union, the Builders Union and the GMB.",
        );
        assert!(
            run.iter().any(|n| n == "Metal & Shipyard Workers Union"),
            "{run:?}"
        );
        assert_eq!(run.len(), 4, "{run:?}");
        let run = run_of("en", "Leaders of SJS, SOMA, FOSEJ & SIMHA met on Monday.");
        assert_eq!(run.len(), 4, "{run:?}");
    }

    /// A run of single words in title case, each after an article (constructed): names of
    /// organizations, where the same words after a preposition, or countries after their
    /// articles, are places.
    #[test]
    fn single_words_after_articles_are_names() {
        assert_eq!(
            run_of(
                "it",
                "Hanno firmato l’appello la Cgil, la Cisl, la Uil e Legambiente."
            ),
            ["Cgil", "Cisl", "Uil", "Legambiente"]
        );
        assert!(
            run_of(
                "it",
                "Il corteo passerà in Toscana, in Liguria, in Umbria e in Puglia."
            )
            .is_empty()
        );
        let lang: crate::Language = "fr".parse().unwrap_or_default();
        let options = crate::ingest::ParseOptions {
            lang: Some(&lang),
            ..Default::default()
        };
        let page = "Des syndicats de la Belgique, du Brésil, du Canada et de la Suède sont venus.";
        assert!(!after_articles(
            page,
            &["Belgique".into(), "Brésil".into(), "Canada".into()]
        ));
        assert!(crate::ingest::parse(page, &options).entries.is_empty());
    }

    /// Names in quotation marks each after its kind in small letters (constructed, of the
    /// shape of ru-newdaynews-profsoyuzy-kprf-edinaya-rossiya line 2): the kinds and quoted
    /// names are the run's names, the last after the conjunction too; a particle before a
    /// quoted name ("но и «…»", "but also") is no kind.
    #[test]
    fn quoted_names_after_their_kinds_in_small_letters_are_a_run() {
        let run = run_of(
            "ru",
            "В акции приняли участие партия «Яблоко», движение «Солидарность», партия «Парнас» и союз «Свобода».",
        );
        assert_eq!(run.len(), 4, "{run:?}");
        assert!(run.iter().any(|n| n.ends_with("«Солидарность»")), "{run:?}");
        assert!(
            run.iter()
                .any(|n| n.ends_with("«Свобода»") && !n.contains(" и ")),
            "{run:?}"
        );
        let lw = list_words(&"ru".parse().unwrap_or_default());
        assert_eq!(words::quoted_after_kind("но и «Единую Россию»", &lw), None);
        assert_eq!(
            words::quoted_after_kind("движение «Солидарность»", &lw),
            Some("«Солидарность»")
        );
    }

    /// Line 3 of mr-abplive-shikshak-samanvay-sangh-azad-maidan (abplive, a news item on
    /// teachers' unions protesting in Mumbai), read by hand: the article's clauses set apart by
    /// commas come before the sentence that names the unions, two of them ending with "संघ"
    /// (union) and two with "संघटना" (organization); Devanagari has no capitals to tell them
    /// apart, and the clauses are no run beside the unions.
    #[test]
    fn clauses_give_way_to_a_run_of_names_sharing_a_kind_without_case() {
        let line = "आगामी दहावी आणि बारावी परीक्षांवर बहिष्कार घालत आहोत, त्याला सर्वस्वी शासन जबाबदार असेल, असा पवित्रा आंदोलक शिक्षकांनी घेतलाय. स्वाभिमानी शिक्षक संघटना, महाराष्ट्र राज्य खाजगी शिक्षक संघ, मराठवाडा मुख्याध्यापक संघ, शिक्षण संघर्ष संघटना आशा अनेक संघटनांनी पाठिंबा दिलाय.";
        let run = run_of("mr", line);
        assert!(!run.iter().any(|t| t.contains("जबाबदार")), "{run:?}");
        assert_eq!(
            items_first(&run, 3),
            [
                "स्वाभिमानी शिक्षक संघटना",
                "महाराष्ट्र राज्य खाजगी शिक्षक संघ",
                "मराठवाडा मुख्याध्यापक संघ"
            ]
        );
    }

    /// Line 4 of fa-payaam-bayanie-moshtarak-hadaghal-dastmozd-1399 (payaam, a joint statement on
    /// the minimum wage, 1399), read by hand: the organizations quoted whole after "از جمله"
    /// (including), set apart by "،", two ending with "ایران"; the quoted words of a statement
    /// in Korean (ko-kukinews-yoon-dangseon-1nyeon-gijahoegyeon, line 2), set apart by commas
    /// too, name no organizations.
    #[test]
    fn a_run_quoted_whole_is_read_where_its_names_share_a_kind() {
        let line = "چندین تشکل مستقل از جمله “اتحاد بازنشستگان ایران، انجمن صنفی کارگران برق و فلزکار کرمانشاه، سندیکای نقاشان البرز، شورای بازنشستگان ایران، بخشی از بازنشستگان فولاد” در رابطه با افزایش حداقل دستمزد و حقوق سال 99 بیانیه ایی مشترک صادر کردند.";
        assert_eq!(
            items_first(&run_of("fa", line), 3),
            [
                "اتحاد بازنشستگان ایران",
                "انجمن صنفی کارگران برق و فلزکار کرمانشاه",
                "سندیکای نقاشان البرز"
            ]
        );
        let speech = "이들은 \"윤석열 대통령 당선 1년을 맞는 오늘, 경기침체와 민생 경제의 위기, 전쟁의 위기, 기후위기 앞에서 반민생, 반민주, 반평화, 반환경, 친재벌 등 윤석열 정부의 퇴행적인 국정 운영에 시민과 노동자, 농민들은 목소리를 높이고 있다\"고 밝혔다.";
        let ko = list_words(&"ko".parse().unwrap_or_default());
        let quoted = quoted_with_separators(speech, &ko);
        assert_eq!(quoted.len(), 1);
        assert!(
            quoted
                .iter()
                .all(|t| quoted_names(t, &ko, RunEnds::default()).is_none())
        );
    }

    /// Line 3 of fr-elsie-declaration-ouanaminthe-2023 (a declaration of Haitian unions,
    /// 2023), read by hand: the unions of the representative movement are named by their
    /// acronyms in parentheses; the run of the sentence itself names the countries of the
    /// unions that supported them ("de Belgique, du Brésil, …"), no list.
    #[test]
    fn a_run_set_apart_is_read_where_the_sentences_run_names_places() {
        let line = "Les syndicalistes affiliés à la CSI/CSA (la CTH et CTSP) ainsi que le mouvement syndical représentatif (ESPM/BO, CATH, CNOHA, FNSH) réunis à Villa CODEVI les 25 et 26 janvier 2023 et appuyé par la CSI, CSA, les organisations syndicales de Belgique, du Brésil, du Canada, du Costa Rica, de l’Espagne, de la France, de l’Italie, du Panama, de la République Dominicaine et de la Suède déclarent :Que la crise en Haïti est due à la mauvaise gouvernance, à l’ingérence internationale, à l’absence d’Etat de droit et de justice sociale, et à un modèle de société où l’économie est au profit d’une élite.";
        assert_eq!(run_of("fr", line), ["ESPM/BO", "CATH", "CNOHA", "FNSH"]);
    }

    /// Runs of single words read by hand: who signs or is included, named after the
    /// sentence's verb or at its start (ig-bbc-ohaneze-alaigbo-massob-nkwekorita line 1,
    /// "gụnyere", "including"; sv-ka-sex-lo-forbund-avtal-samarbete line 2), are names; towns
    /// after a preposition (es-rioja2-sindicatos-pequenos-contra-recortes line 9) or in
    /// parentheses (bg-ibox-uchiteli-protest line 7) are where, and no run.
    #[test]
    fn single_words_introduced_by_the_sentence_are_names() {
        let ig = list_words(&"ig".parse().unwrap_or_default());
        let line = "Ọtụtụ otu na-azọta maka ọdịmma ndị Igbo gụnyere Ohaneze, Alaigbo, Massob, Asetu na ndị ọzọ ekuniela na nzụkọ mberede ha nwere n'Enugwu were wepụta ọtụtụ nkwekọrịta nke gụnyere na Ndigbo ga-akwado onye kwere ha nkwa ighagharị ọchịchị Naịjiria.";
        assert_eq!(
            run_in(line, &ig),
            Some(
                ["Ohaneze", "Alaigbo", "Massob", "Asetu"]
                    .map(str::to_owned)
                    .to_vec()
            )
        );
        let sv = list_words(&"sv".parse().unwrap_or_default());
        let line = "Idag skrev Byggnads, Elektrikerna, Fastighets, Målarna, Seko och Transport på ett avtal om ökat samarbete.";
        let items = run_in(line, &sv).unwrap_or_default();
        assert_eq!(
            items.get(1..),
            Some(
                &["Elektrikerna", "Fastighets", "Målarna", "Seko", "Transport"].map(str::to_owned)
                    [..]
            )
        );
        let es = list_words(&"es".parse().unwrap_or_default());
        let towns = "Entre las manifestaciones convocadas, están las de Logroño, A Coruña, Alicante, Ávila, Barcelona, Bilbao, Castellón, Córdoba, Guadalajara, Huesca, Lleida, Logroño, Madrid, Málaga, Mérida, Murcia, Palma de Mallorca, Pamplona, Salamanca, Santander o Sevilla, entre otras.";
        assert_eq!(run_in(towns, &es), None);
        let bg = list_words(&"bg".parse().unwrap_or_default());
        let towns = "Пристигащите участници от Южна България (направлението - Бургас, Смолян, Пловдив) се събират на паркингите пред стадион \"Васил Левски\".";
        assert_eq!(run_in(towns, &bg), None);
    }
    /// tests/fixtures/ingest/real/en-armeniandiaspora-rights-defenders-human-rights-day-statement,
    /// lines 2–9 (a forum's copy of a news item, broken at a fixed width), read by hand: eight
    /// organizations after "including", the first ending with a word in lower case ("Vanadzor
    /// branch"), the last after CLDR's English ", and" holding "and" in its own name; the
    /// sentence's "a number of …" and "the Helsinki Committee of Armenia" hold no officer's
    /// post.
    #[test]
    fn a_long_english_run_after_including() {
        let text = "In honour of today, UN-designated Human Rights Day, a number of rights-defending organizations in Armenia including the Helsinki Citizen's Assembly Vanadzor branch, the Civil Society Institute, Transparency International Anti-Corruption Center, the Helsinki Committee of Armenia, the Helsinki Association of Armenia, Collaboration for Democracy Center, the Helsinki Citizen's Assembly Committee of Armenia, and the Rights and Freedom Center against legal lawlessness have circulated the following statement:";
        assert_eq!(
            run_of("en", text),
            [
                "Helsinki Citizen's Assembly Vanadzor branch",
                "Civil Society Institute",
                "Transparency International Anti-Corruption Center",
                "Helsinki Committee of Armenia",
                "Helsinki Association of Armenia",
                "Collaboration for Democracy Center",
                "Helsinki Citizen's Assembly Committee of Armenia",
                "Rights and Freedom Center",
            ]
        );
    }
    /// tests/fixtures/ingest/real/ca-rosamaryblogspotcom-entitats-tanquen-files-institucions-
    /// catalanes, line 59 (a blog's copy of a Catalan news item, 2017), read by hand: eight
    /// entities after "entitats com" (entities such as), three with an article elided against
    /// their first word ("l’ANC", "l’Ateneu Barcelonès", "l’Observatori DESC"), one with an
    /// aside between dashes after it ("-que ahir va veure com l’estat li bloquejava els
    /// comptes-", which saw its accounts blocked yesterday).
    #[test]
    fn elided_articles_and_dash_asides_inside_a_run() {
        let text = "El manifest l’han signat entitats com l’ANC, Òmnium Cultural, l’Ateneu Barcelonès, Casa Nostra Casa Vostra, Comitè Olímpic de Catalunya, la Coordinadora de Colles Castelleres de Catalunya -que ahir va veure com l’estat li bloquejava els comptes-, l’Observatori DESC i la UGT Catalunya.";
        assert_eq!(
            run_of("ca", text),
            [
                "ANC",
                "Òmnium Cultural",
                "Ateneu Barcelonès",
                "Casa Nostra Casa Vostra",
                "Comitè Olímpic de Catalunya",
                "Coordinadora de Colles Castelleres de Catalunya",
                "Observatori DESC",
                "UGT Catalunya",
            ]
        );
    }
    /// A run one of whose names closes with its members in parentheses, more words than a
    /// name has (constructed, Indonesian and English): the name is told without the group,
    /// and the run goes on over it; a group that holds a sentence does not count.
    #[test]
    fn a_name_closed_by_its_members_in_parentheses_is_in_the_run() {
        let id = "Aliansi ini terdiri dari Serikat Buruh Kota Bogor, Forum Pekerja Depok, KSBSI Jawa Barat (FSB KAMIPARHO, FSB NIKEUBA, FSB GARTEKS, FSB HUKATAN), Serikat Guru Honorer dan Forum Petani Cianjur.";
        let run = run_of("id", id);
        assert_eq!(run.len(), 5, "{run:?}");
        assert!(
            run.iter().any(|n| n.starts_with("KSBSI Jawa Barat (")),
            "{run:?}"
        );
        let lw = list_words(&"en".parse().unwrap_or_default());
        assert!(words::item_like(
            "National Union of Teachers (NUT, EIS, UCU and NASUWT Scotland branches)",
            &lw
        ));
        assert!(!words::item_like(
            "National Union of Teachers (which signed the letter. It was read out at the rally)",
            &lw
        ));
    }

    /// A run whose first name follows the sentence's words with its article elided against
    /// it (constructed, Catalan and Italian): the name starts with that word, not after it.
    #[test]
    fn an_elided_article_starts_the_first_name_before_a_run() {
        let ca = "El sindicat, juntament amb l’Associació Catalana de Veïns, la Federació de Pagesos i l’Ateneu Popular de Gràcia, ha signat la carta.";
        assert_eq!(
            run_of("ca", ca),
            [
                "Associació Catalana de Veïns",
                "Federació de Pagesos",
                "Ateneu Popular de Gràcia"
            ]
        );
        let it = "La lettera, firmata insieme all'Unione Nazionale Consumatori, la Lega Ambiente e l'Associazione Rurale Italiana, chiede un incontro.";
        assert_eq!(
            run_of("it", it).first().map(String::as_str),
            Some("Unione Nazionale Consumatori")
        );
    }
    /// tests/fixtures/ingest/real/ur-jang-pfuj-cpne-aemend-mushtarka-bayan, line 1 (an Urdu
    /// daily's item, read by hand): after the dateline "اسلام آباد (جنگ نیوز )", three bodies
    /// each closed by its acronym in parentheses (two spelled in Urdu letters, one in Latin
    /// capitals), nothing between them but "اور" (CLDR's Urdu "and") written against the
    /// second group, then the sentence's verb "نے …".
    #[test]
    fn uncased_names_set_apart_by_their_acronyms() {
        let text = "اسلام آباد (جنگ نیوز ) پاکستان فیڈرل یونین آف جرنلسٹس (پی ایف یو جے) کونسل آف پاکستان نیوز پیپر ایڈیٹرز (سی پی این ای)اور ایسوسی ایشن آف الیکٹرانک میڈیا ایڈیٹرز اینڈ نیوز ڈائریکٹر (AEMEND) نے اپنے ایک مشترکہ بیان میں کہا";
        assert_eq!(
            run_of("ur", text),
            [
                "پاکستان فیڈرل یونین آف جرنلسٹس (پی ایف یو جے)",
                "کونسل آف پاکستان نیوز پیپر ایڈیٹرز (سی پی این ای)",
                "ایسوسی ایشن آف الیکٹرانک میڈیا ایڈیٹرز اینڈ نیوز ڈائریکٹر (AEMEND)",
            ]
        );
    }
}
