//! The choice between a page's lines and the names run into its sentences: the runs read in
//! the page's sentences ([`run_in`](super::runin)), kept when they hold more names than the
//! list found by its lines' shape, with the runs that only repeat, print again or name
//! officers, places or a dateline left out.

use super::assemble::{RawEntry, skip};
use super::echoed::echoed_run;
use super::enclosed::{
    acronym_pair, acronyms_named_in_full, kind_first_run, spaced_groups_run, title_pair, word_pair,
};
use super::gazetteer::{Places, registry_run};
use super::heading::{date_in, date_piece};
use super::layout::{copyright, date_or_time, looks_like_prose, navigation};
use super::lexicon::function_word;
use super::lines::Line;
use super::listwords::ListWords;
use super::pairs::{kind_pair, repeats_pair};
use super::persons::{person_name, persons_with_places};
use super::printed::{Words, words};
use super::runin::{
    RunEnds, apposed_run, counted_run, marked_start_run, named_by_acronyms, names_organizations,
    open_ended, run_in_ending, sharing_kind,
};
use super::script::{
    acronym_shaped, alphanumeric, ends_with_terminal, han_or_kana, holds_acronym, outside_groups,
    phrase_sentence_words, sentence_terminal, sentence_words, uncased,
};
use super::shared_country::{country_after_comma, shared_countries};
use super::teasers::Teaser;
use super::unseparated::unseparated_run;
use super::wrapped::Paragraph;
use super::{Heading, Page, ParsedList, SkipReason, reads_as_sentence};
use crate::statement::SectionKind;
use crate::{FastMap, FastSet};
use unic_langid::LanguageIdentifier;

/// The fewest names a run read in a paragraph broken at a width holds: a long paragraph's
/// enumerations of two or three (the formats a tool writes, the languages of an example) are
/// its prose's; a list run into it names more.
const PARAGRAPH_RUN: usize = 4;

impl Page<'_> {
    /// The paragraph broken at a width that starts at line `i`.
    fn paragraph_at(&self, i: usize) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.first == i)
    }

    /// Whether line `i` is one of a paragraph's after its first.
    fn inside_paragraph(&self, i: usize) -> bool {
        self.paragraphs.iter().any(|p| p.first < i && i <= p.last)
    }

    /// The text line `i` is read in for names run into it: its paragraph's when it starts one.
    fn run_text(&self, i: usize) -> Option<&str> {
        match self.paragraph_at(i) {
            Some(p) => Some(p.text.as_str()),
            None => self.lines.get(i).map(|l| l.text.as_str()),
        }
    }

    /// Whether a line that `on` accepts holds `word` apart from letters and figures around it
    /// ([`holds_word`]). Each word of `word` is then a whole word of the line, its first too:
    /// only the lines printing that one ([`Words`]) are asked.
    fn holds_word_on(&self, word: &str, on: impl Fn(usize) -> bool) -> bool {
        let held =
            |&k: &usize| on(k) && self.lines.get(k).is_some_and(|l| holds_word(&l.text, word));
        match words(word).next() {
            Some(first) => self
                .words
                .get_or_init(|| Words::new(self.lines))
                .lines_with(first)
                .iter()
                .any(held),
            None => (0..self.lines.len()).any(|k| held(&k)),
        }
    }

    /// The line indexes a run read at line `i` covers.
    fn run_lines(&self, i: usize) -> std::ops::RangeInclusive<usize> {
        i..=self.paragraph_at(i).map_or(i, |p| p.last)
    }
}

/// Names run into a sentence: taken when they hold more names than the list found by its
/// lines' shape. Only sentences are read so (a list's own lines are entries), and only those
/// naming a fair share of the longest run (not every enumeration of a paragraph).
pub(super) fn take_run_ins(
    page: &Page<'_>,
    raw: &mut Vec<RawEntry>,
    groups: &mut Vec<Option<Vec<String>>>,
    out: &mut ParsedList,
) {
    let listed: usize = groups.iter().map(|g| g.as_ref().map_or(1, Vec::len)).sum();
    let run_ins = runs_or_pair(page, raw, page_runs(page), listed);
    // No run outweighs the lines: they stay the list, told before the lines are weighed
    // against runs (their acronyms, the kinds their names end with).
    if run_ins.is_empty() {
        return;
    }
    let listed = listed - named_again(page, raw, groups, &run_ins);
    if listed_as_runs(page, raw, groups, &run_ins) || !runs_outweigh(page, raw, &run_ins, listed) {
        return;
    }
    raw.clear();
    groups.clear();
    let covered: Vec<usize> = run_ins.iter().map(|(i, _)| *i).collect();
    for (i, items) in run_ins {
        let Some(l) = page.lines.get(i) else { continue };
        let mut item_lines = page
            .paragraph_at(i)
            .map(|p| p.item_lines(&items))
            .unwrap_or_default()
            .into_iter();
        let text = page.run_text(i).unwrap_or(&l.text);
        let shared = shared_countries(text, &items, page.places);
        let first = raw.len();
        for (item, group_country) in items.into_iter().zip(shared) {
            let lines = item_lines
                .next()
                .unwrap_or_else(|| (l.no..=l.last).collect());
            if let Some(prev) = raw.get_mut(first..).and_then(<[RawEntry]>::last_mut)
                && prev.group_country.is_none()
                && let Some(country) = country_after_comma(text, &prev.text, &item, page.places)
            {
                prev.group_country = Some(country);
                for n in lines {
                    if !prev.lines.contains(&n) {
                        prev.lines.push(n);
                    }
                }
                continue;
            }
            raw.push(RawEntry {
                lines,
                number: None,
                text: item,
                section: SectionKind::Initial,
                group_country,
                run_in: true,
                run_sign: None,
            });
            groups.push(None);
        }
    }
    date_from_run(page, &covered, out);
    // Every other line is before, between or after the runs, or a line of a run's paragraph
    // that names none.
    let named: FastSet<usize> = raw.iter().flat_map(|r| r.lines.iter().copied()).collect();
    let first = covered.first().copied().unwrap_or(0);
    out.skipped.clear();
    for (i, l) in page.lines.iter().enumerate() {
        if named.contains(&l.no) || Some(i) == page.heading_index {
            continue;
        }
        let reason = if l.text.trim().is_empty() {
            SkipReason::Blank
        } else if covered.iter().any(|&c| page.run_lines(c).contains(&i)) {
            SkipReason::Note
        } else if i < first {
            SkipReason::Preamble
        } else {
            SkipReason::Footer
        };
        skip(out, l, reason);
    }
}

/// The page's runs, or the pair a headline or lead names instead ([`first_pair`]): where no
/// run was found and the lines found by their shape are none or poor, where the runs are of
/// single words or of uncased names without a sign of organizations, where the lines are the
/// page's furniture above the article, or where the runs only repeat the pair.
fn runs_or_pair(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: Vec<(usize, Vec<String>)>,
    listed: usize,
) -> Vec<(usize, Vec<String>)> {
    let unheaded = page.heading_at.is_none();
    let poor = || {
        unheaded && poor_lines(raw, listed, page.list_words) && !block_under_statement(page, raw)
    };
    // (Names in title case are a pair only where the page names nothing else: beside a run
    // of words, only acronyms outweigh it.)
    let none = run_ins.is_empty();
    if ((none && (listed == 0 || poor()))
        || (unheaded && (words_run(&run_ins) || uncased_runs_unnamed(&run_ins))))
        && let Some(pair) = first_pair(page, none)
    {
        vec![pair]
    } else if none
        && unheaded
        && let Some(pair) = first_pair(page, true)
        && lines_above_article(page, raw, std::slice::from_ref(&pair))
    {
        vec![pair]
    } else if unheaded
        && let Some(pair) = first_pair(page, true)
        && runs_repeat(&run_ins, &pair)
    {
        vec![pair]
    } else {
        run_ins
    }
}

/// The page's runs ([`find_runs`]) that name a fair share of the longest (a third or more),
/// with the runs printed again, repeated, without acronyms beside runs with them, or of
/// officers left out. A page that holds no run is read again with the runs of a script without
/// case allowed to end with their sentence's last piece ([`RunEnds::LAST_PIECE`]).
fn page_runs(page: &Page<'_>) -> Vec<(usize, Vec<String>)> {
    let mut run_ins = find_runs(page, RunEnds::default());
    if run_ins.is_empty() {
        run_ins = find_runs(page, RunEnds::LAST_PIECE);
    }
    read_at_first_printing(page, &mut run_ins);
    let longest = run_ins
        .iter()
        .map(|(_, items)| items.len())
        .max()
        .unwrap_or(0);
    run_ins.retain(|(_, items)| items.len() * 3 >= longest);
    drop_reprinted_runs(page, &mut run_ins);
    drop_repeated_runs(page, &mut run_ins);
    drop_runs_without_acronyms(&mut run_ins);
    drop_runs_of_common_words(page.places, &mut run_ins);
    drop_runs_of_officers(&mut run_ins);
    run_ins
}

/// The names run into each line that is no entry, or into each paragraph broken at a width
/// (read where it starts), with the line's index. A line the lines' shape takes for an entry
/// that is a sentence in a script without case ([`uncased_sentence`]) is read too, for a run
/// that names organizations ([`names_organizations`]). A sentence's run ends as `ends` says
/// ([`RunEnds`]).
fn find_runs(page: &Page<'_>, ends: RunEnds) -> Vec<(usize, Vec<String>)> {
    let shaped = |i: usize| page.shaped.get(i).copied().unwrap_or(false);
    let sentence = |i: usize| {
        page.lines.get(i).is_some_and(|l| {
            uncased_sentence(&l.text)
                || reads_as_sentence(&l.text)
                || open_ended(&l.text, page.list_words)
        })
    };
    let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    let runs: Vec<(usize, Vec<String>)> = (0..page.lines.len())
        .filter(|&i| {
            Some(i) != page.heading_at
                && (!shaped(i)
                    || sentence(i)
                    || page
                        .lines
                        .get(i)
                        .is_some_and(|l| separated_uncased_line(&l.text, page.list_words)))
                && !page.inside_paragraph(i)
                && page.teasers.get(i).copied().flatten() != Some(Teaser::Short)
                && !page.lines.get(i).is_some_and(|l| {
                    dateline(&l.text, page.language) || navigation(&l.text) || copyright(&l.text)
                })
        })
        .filter_map(|i| {
            let text = page.run_text(i)?;
            marked_start_run(text, &texts, page.list_words)
                .or_else(|| unseparated_run(text, page.places, page.list_words))
                .or_else(|| apposed_run(text, page.list_words))
                .or_else(|| run_in_ending(text, page.list_words, ends))
                .or_else(|| counted_run(text, page.list_words))
                .or_else(|| echoed_run(page.lines, i, text, page.list_words, ends))
                .filter(|items| {
                    !names_places(items, page.places)
                        && !names_persons(items, page.places)
                        && !persons_placed(items, page, i)
                })
                .or_else(|| registry_run(text, page.places, page.list_words))
                .or_else(|| spaced_groups_run(text))
                .or_else(|| kind_first_run(text, page.list_words))
                .and_then(|items| without_dates(items, page.language))
                .filter(|items| {
                    page.paragraph_at(i).is_none_or(|p| p.one_word) || items.len() >= PARAGRAPH_RUN
                })
                .map(|items| (i, items))
        })
        .collect();
    let kept: Vec<bool> = runs
        .iter()
        .map(|(i, items)| {
            // (The page's other runs are gathered only for a line the shape takes for an entry.)
            !shaped(*i) || {
                let elsewhere: Vec<&[String]> = runs
                    .iter()
                    .filter(|(_, other)| !std::ptr::eq(other, items))
                    .map(|(_, other)| other.as_slice())
                    .collect();
                names_organizations(items, &elsewhere)
                    && (sentence(*i) || named_on_other_lines(page, *i, items))
            }
        })
        .collect();
    runs.into_iter()
        .zip(kept)
        .filter_map(|(run, keep)| keep.then_some(run))
        .collect()
}

/// A run without the pieces of a date its sentence parts with commas ([`date_piece`]): none
/// when fewer than two names are left ("… sa siyudad sa Sugbo niadtong Dominggo, Septiyembre
/// 21, 2025.", on Sunday, September 21, 2025) or two words only, a dateline's place and a word
/// of its date ("ಬೆಂಗಳೂರು, ಫೆ, 12", Bengaluru, Feb 12), else without the date pieces before its last
/// name (a dateline that opens it, "ಬೆಂಗಳೂರು, ಫೆ, 12,2020(www.justkannada.in): …", Bengaluru,
/// Feb 12, 2020). A date after the names ("… met today, 15 July 2008, to prepare …") ends the
/// run where it is read, and stays.
fn without_dates(items: Vec<String>, lang: &LanguageIdentifier) -> Option<Vec<String>> {
    let dates: Vec<bool> = items.iter().map(|x| date_piece(x, lang)).collect();
    if !dates.contains(&true) {
        return Some(items);
    }
    let last_name = dates.iter().rposition(|d| !*d)?;
    let mut names = items
        .iter()
        .zip(&dates)
        .filter(|(_, d)| !**d)
        .map(|(x, _)| x);
    let word = |x: &String| x.split_whitespace().nth(1).is_none();
    match (names.next(), names.next(), names.next()) {
        (_, None, _) => return None,
        (Some(a), Some(b), None) if word(a) && word(b) => return None,
        _ => {}
    }
    Some(
        items
            .into_iter()
            .zip(dates)
            .enumerate()
            .filter(|(k, (_, date))| !date || *k > last_name)
            .map(|(_, (x, _))| x)
            .collect(),
    )
}

/// A line in a script without case, too short for [`uncased_sentence`], that holds the list's
/// separator twice or more: a headline or a lead's line that runs names together ("హాజరుకానున్న
/// టీడీపీ, కాంగ్రెస్, సీపీఐ, సీపీఎం, …", attending: TDP, Congress, CPI, CPM, …), which the lines'
/// shape takes for an entry. (Its run is kept where the page names its names again on other
/// lines: [`named_on_other_lines`].)
fn separated_uncased_line(text: &str, lw: &ListWords) -> bool {
    // (Whether the text is without case first: a cased letter tells at once.)
    uncased(text)
        && text
            .chars()
            .filter(|c| lw.is_separator(*c))
            .nth(1)
            .is_some()
}

/// Whether two names or more of a run read on line `i` are printed again, as words, on the
/// page's other lines (each party of a headline heading its own line below: "టీడీపీ నుంచి …",
/// "సీపీఎం తరపున …"): the page's repetition shows them to be the names it is about.
fn named_on_other_lines(page: &Page<'_>, i: usize, items: &[String]) -> bool {
    items
        .iter()
        .filter(|x| page.holds_word_on(x.trim(), |k| k != i))
        .nth(1)
        .is_some()
}

/// A line in a script without case too long for one name (twelve words or more, Han and kana
/// counting a word for two letters, groups in parentheses aside): a headline or a sentence
/// cut short without its terminal, which the lines' shape takes for an entry; names run into
/// it are read as in any sentence.
fn uncased_sentence(text: &str) -> bool {
    text.len() > 60 && uncased(text) && phrase_sentence_words(&outside_groups(text)) >= 12
}

/// A post's time stamp or dateline, alone on its line ("Saturday, May 23, 2020 12:25 AM IST"),
/// or a date alone ("Tuesday, December 24, 2024"), in a dozen words at most, its figures in any
/// digits ([`date_or_time`]), its words counted as in a sentence ([`phrase_sentence_words`]: a Thai
/// headline after its dateline is ten phrases). Its commas part a date, not names.
fn dateline(text: &str, language: &LanguageIdentifier) -> bool {
    // (Counted between spaces first: a longer line is told without a look at its letters.)
    text.split_whitespace().nth(12).is_none()
        && phrase_sentence_words(text) <= 12
        && date_or_time(text, language)
}

/// How many of the names found by the lines' shape stand on lines above a run that it names
/// again, two of its names or more: a headline or a document's title that the run's paragraph
/// below repeats ("CES-CIOSL-CMT-ORIT-CLAT" over "… convocada por las organizaciones
/// internacionales CIOSL, CMT, CES, ORIT y CLAT"), which the run outweighs when it holds more.
/// (A line of names below a lead that names them, "PSB, PT, PDT, PSOL, …", is the list.)
fn named_again(
    page: &Page<'_>,
    raw: &[RawEntry],
    groups: &[Option<Vec<String>>],
    run_ins: &[(usize, Vec<String>)],
) -> usize {
    let again = |r: &RawEntry| {
        run_ins.iter().any(|(i, items)| {
            let below = page.lines.get(*i).map_or(0, |l| l.no);
            r.lines.last().is_some_and(|&n| n < below)
                && items
                    .iter()
                    .filter(|x| holds_word(&r.text, x.trim()))
                    .nth(1)
                    .is_some()
        })
    };
    raw.iter()
        .zip(groups)
        .filter(|(r, _)| again(r))
        .map(|(_, g)| g.as_ref().map_or(1, Vec::len))
        .sum()
}

/// Whether `text` holds `word` apart from letters and figures around it ("CES" in
/// "CES-CIOSL", not in "PROCESO").
fn holds_word(text: &str, word: &str) -> bool {
    word_at(text, word, 0).is_some()
}

/// Where `text` holds `word` apart from letters and figures around it, from byte `from` on:
/// the end of the first such place.
fn word_at(text: &str, word: &str, from: usize) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let rest = text.get(from..)?;
    rest.match_indices(word).find_map(|(i, _)| {
        let before = rest.get(..i).and_then(|t| t.chars().next_back());
        let after = rest.get(i + word.len()..).and_then(|t| t.chars().next());
        (!before.is_some_and(alphanumeric) && !after.is_some_and(alphanumeric))
            .then_some(from + i + word.len())
    })
}

/// Whether `text` holds each of `names` as words, in their order.
fn names_in_order(text: &str, names: &[String]) -> bool {
    let mut at = Some(0);
    for n in names {
        at = at.and_then(|from| word_at(text, n, from));
    }
    at.is_some()
}

/// A run of which half the names or more are places the reader knows (CLDR's countries, the
/// registry's areas) names where something happens ("… du Pays Basque, en Espagne et en
/// France"), not who signs.
fn names_places(items: &[String], places: &Places) -> bool {
    let known = items
        .iter()
        .filter(|s| places.lookup(s.trim_end_matches(['.', '。'])).is_some())
        .count();
    known * 2 >= items.len()
}

/// A run of Han or kana names of two or three letters each, three or more and three quarters of
/// its names, no two ending with the same letter, that shows no acronym or name the registry
/// knows ([`names_organizations`]) names persons, not organizations: a name in Han is a family
/// name of one letter (rarely two) and a given name of one or two ("劉家裕、李慧琼、鄭安庭、陳勇",
/// the speakers at a signing), while an organization's name that short is a contraction that
/// ends with its kind, written against it and shared with others ("全產總、全教總、高市產總",
/// federations: "總"), or is longer.
fn names_persons(items: &[String], places: &Places) -> bool {
    let short = |t: &str| {
        // (A cheap test first: Han and kana are all at U+2E80 or after.)
        t.starts_with(|c: char| c >= '\u{2E80}')
            && (2..=3).contains(&t.chars().count())
            && t.chars().all(han_or_kana)
    };
    let mut last: Vec<char> = items
        .iter()
        .map(|t| t.trim())
        .filter(|t| short(t))
        .filter_map(|t| t.chars().next_back())
        .collect();
    let persons = last.len();
    last.sort_unstable();
    last.dedup();
    persons >= 3
        && persons * 4 >= items.len() * 3
        && last.len() == persons
        && !names_organizations(items, &[])
        && !items.iter().any(|t| places.gazetteer_knows(t.trim()))
}

/// A run of persons' names in a cased script, each with a place the page prints nowhere else
/// ([`persons_with_places`]), that shows no acronym and no kind two names share
/// ([`names_organizations`]): the officers a report names, not who signs.
fn persons_placed(items: &[String], page: &Page<'_>, i: usize) -> bool {
    let named_elsewhere = |word: &str| page.holds_word_on(word, |k| k != i);
    persons_with_places(items, &named_elsewhere) && !names_organizations(items, &[])
}

/// Whether the names run into sentences are the list rather than the lines found by their
/// shape: they are more; or, without a heading word, they name organizations by their
/// acronyms (two or more, and more than the lines do) where hardly any of the lines does (a
/// quarter or fewer), and the lines are no more than four times as many as the runs' names: a
/// site's menu, the persons who signed, the topics or demands of a statement are lines
/// without acronyms.
fn runs_outweigh(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: &[(usize, Vec<String>)],
    listed: usize,
) -> bool {
    let run_in_count: usize = run_ins.iter().map(|(_, items)| items.len()).sum();
    if named_lines_under_runs(page, raw, run_ins) || lines_name_runs_again(page, raw, run_ins) {
        return false;
    }
    if run_in_count > listed {
        return true;
    }
    if page.heading_at.is_none() && run_in_count >= 2 && lines_above_article(page, raw, run_ins) {
        return true;
    }
    if persons_listed(raw) && run_ins.iter().any(|(_, items)| named_by_acronyms(items)) {
        return true;
    }
    // Runs outweigh at most four times as many lines: a long list of names without acronyms
    // stays the list.
    if page.heading_at.is_some() || run_in_count * 4 < listed {
        return false;
    }
    // (Names that share the kind of organization they end with count as named too.)
    let named = run_ins
        .iter()
        .map(|(_, items)| items.iter().filter(|t| holds_acronym(t)).count() + sharing_kind(items))
        .sum::<usize>();
    if named < 2 {
        return false;
    }
    let lines_named = lines_named(raw, listed, named, page.places);
    named > lines_named && lines_named * 4 <= listed
}

/// Whether every run of the page comes below the first pair's line and names no more than
/// that pair ([`repeats_pair`]): the lead's pair is the list.
fn runs_repeat(run_ins: &[(usize, Vec<String>)], (first, pair): &(usize, Vec<String>)) -> bool {
    !run_ins.is_empty()
        && run_ins
            .iter()
            .all(|(i, items)| i > first && repeats_pair(pair, items))
}

/// Whether the lines found by their shape list persons: three or more, three quarters of them
/// a person's name by its form ([`person_name`], no acronym in it) before a full stop or a
/// comma and what the person does, their first words for the most part all different
/// ("Alberte Mera. Movemento xuvenil.", "Elvira Souto. Profesora reformada."). Beside a run that names organizations by their acronyms
/// (the entities that joined, "Agir / BNG / Briga / …"), the run is the list: the persons
/// signed as persons.
fn persons_listed(raw: &[RawEntry]) -> bool {
    // A person's name, then what the person does after a full stop or a comma.
    fn person(r: &RawEntry) -> Option<&str> {
        let t = r.text.trim().trim_end_matches('.');
        let (head, what) = t
            .split_once(". ")
            .or_else(|| t.split_once(", "))
            .unwrap_or((t, ""));
        (person_name(head.trim()) && !what.trim().is_empty()).then(|| head.trim())
    }
    let heads: Vec<&str> = raw.iter().filter_map(person).collect();
    // (No two persons share a first name as a list's organizations share their kind:
    // "Communist Party of Armenia", "Communist Party of Australia", ….)
    let mut firsts: Vec<&str> = heads
        .iter()
        .filter_map(|h| h.split_whitespace().next())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    raw.len() >= 3 && heads.len() * 4 >= raw.len() * 3 && firsts.len() * 4 >= heads.len() * 3
}

/// Whether the lines found by their shape are the page's furniture above its article: three
/// lines or more (a menu, a row of share buttons, a breadcrumb trail and the headline: "•
/// 페이스북", "• 트위터", "• 유튜브" over a news item; "ENL", "Eesti Näitlejate Liit", "Vaba
/// Lava", "Külaline" over a union's news), every one above the article's first sentence and
/// every run in or below it, and none printed again inside the article's sentences (a headline
/// that names the signers, "Pahayag ng All-UP Workers Union at" / "All-UP Academic Employees
/// Union" over "Mariing kinokondena ng All-UP Workers Union at All-UP Academic Employees Union,
/// …", is theirs). The article's sentences then name the signers. Beside a pair of the
/// article (one run of two names), one line or two are enough: a photo's credit or a
/// headline over a news item that names two bodies ("A kedden elfogadott Lex Civilt követően a
/// Helsinki Bizottság és a Társaság a Szabadságjogokért külön-külön közleményt jelentetett
/// meg."), where a real list of two printed above an article is named again in it, or names
/// the two itself.
fn lines_above_article(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: &[(usize, Vec<String>)],
) -> bool {
    let (Some(last), Some(first_run)) = (
        raw.iter().filter_map(|r| r.lines.last()).max(),
        run_ins.iter().map(|(i, _)| *i).min(),
    ) else {
        return false;
    };
    let pair = match run_ins {
        [(_, items)] if items.len() == 2 => Some(items),
        _ => None,
    };
    if raw.len() < if pair.is_some() { 1 } else { 3 } || sharing_edge_word(raw) {
        return false;
    }
    // (One line of two naming both, in any case, is the pair's own: "Cgil Cisl e Uil chiedono
    // …" over "… CISL e UIL …".)
    let names_pair = |r: &RawEntry| {
        let t = r.text.to_lowercase();
        pair.is_some_and(|p| p.iter().all(|x| holds_word(&t, &x.to_lowercase())))
    };
    if raw.len() < 3 && raw.iter().any(names_pair) {
        return false;
    }
    let sentence = |l: &Line| reads_as_sentence(&l.text) || uncased_sentence(&l.text);
    let Some(first) = page
        .lines
        .iter()
        .take(first_run.saturating_add(1))
        .position(sentence)
    else {
        return false;
    };
    let printed_in_article = |r: &RawEntry| {
        let t = r.text.trim();
        t.split_whitespace().nth(1).is_some() && page.holds_word_on(t, |k| k >= first)
    };
    page.lines.get(first).is_some_and(|l| l.no > *last) && !raw.iter().any(printed_in_article)
}

/// Whether half the lines or more begin, or end, with the same word: the kind of organization
/// a list's names share, first or last ("Asociación Vecinal …", "… Union"). A menu, a share
/// row and a breadcrumb trail share none.
fn sharing_edge_word(raw: &[RawEntry]) -> bool {
    let mut counts: crate::FastMap<&str, usize> = crate::FastMap::default();
    for r in raw {
        let mut words = r.text.split_whitespace();
        let first = words.next();
        let last = words.next_back();
        for w in first.into_iter().chain(last) {
            if w.chars().any(char::is_alphabetic) {
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    // (Two lines at least share it: a line's own first word is no kind.)
    counts.values().any(|&n| n >= 2 && n * 2 >= raw.len())
}

/// Whether the lines found by their shape name, each as a whole name or as names set apart on
/// it (alone, or after a label and its colon), every name a run names (in any case, two or
/// more): the list's own printing of its signers (the communiqué's title, "Communiqué commun
/// : Cgt, Cfdt, Cftc, …", or its names a few a line: "CGT," / "FO, FSU, Solidaires," /
/// "UNEF, UNL et FIDL"), which a sentence of the page names again ("… les organisations
/// syndicales CGT, FO, …"). The run then tells where the names of such a line end: a line
/// whose pieces between the list's separators are each a name of the run names that many.
/// A headline that runs the names into its words ("Déclaration des organisations syndicales
/// CFDT, CGT, …") names none of them as a line ([`named_again`]).
fn listed_as_runs(
    page: &Page<'_>,
    raw: &[RawEntry],
    groups: &mut [Option<Vec<String>>],
    run_ins: &[(usize, Vec<String>)],
) -> bool {
    // (Only a run of two names or more may be such a printing: without one, the lines' names
    // are not gathered.)
    if !run_ins.iter().any(|(_, run)| run.len() >= 2) {
        return false;
    }
    let lw = page.list_words;
    let folded = |a: &str, b: &str| {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    };
    fn pieces<'t>(r: &'t RawEntry, lw: &ListWords) -> Vec<&'t str> {
        r.text
            .split(lw.separators.as_slice())
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }
    let mut names: Vec<&str> = Vec::new();
    for (r, g) in raw.iter().zip(groups.iter()) {
        match g {
            Some(items) if starts_with_names(&r.text, items) => {
                names.extend(items.iter().map(|x| x.trim()));
            }
            Some(_) => {}
            None => names.extend(pieces(r, lw)),
        }
    }
    let in_run = |run: &[String], n: &str| run.iter().any(|x| folded(x.trim(), n));
    // (A run read in one of the lines themselves is no other printing.)
    let elsewhere = |i: usize| {
        page.lines
            .get(i)
            .is_some_and(|l| !raw.iter().any(|r| r.lines.contains(&l.no)))
    };
    let Some((_, run)) = run_ins.iter().find(|(i, run)| {
        run.len() >= 2
            && elsewhere(*i)
            && run
                .iter()
                .all(|x| names.iter().any(|n| folded(x.trim(), n)))
    }) else {
        return false;
    };
    for (r, g) in raw.iter().zip(groups.iter_mut()) {
        let ps = pieces(r, lw);
        if g.is_none() && ps.len() >= 2 && ps.iter().all(|p| in_run(run, p)) {
            *g = Some(ps.into_iter().map(str::to_owned).collect());
        }
    }
    true
}

/// Whether a line's names stand alone on it, the first at its start or after a label and its
/// colon ("Communiqué commun : Cgt, …"), no words before them.
fn starts_with_names(text: &str, items: &[String]) -> bool {
    let text = text.trim();
    items.first().is_some_and(|f| {
        let f = f.trim();
        text.starts_with(f)
            || text
                .split_once([':', '：'])
                .is_some_and(|(_, rest)| rest.trim_start().starts_with(f))
    })
}

/// Whether the lines found by their shape are a list of organizations each named by its
/// acronym and then its name ("ABCD - Ação Brasileira de Combate às Desigualdades"), or ending
/// with a kind another line ends with ([`sharing_kind`]: "江苏省科普作家协会" / "浙江省科普作家协会"
/// / …, under a declaration), three lines or more and more than half of them so, below every
/// run: the runs are then the article's lead or the statement's clauses, which speak of some
/// signatories (and of persons, or of the topics the statement enumerates) before the list,
/// however few of the list's lines the page holds.
fn named_lines_under_runs(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: &[(usize, Vec<String>)],
) -> bool {
    if !three_below_every_run(page, raw, run_ins) {
        return false;
    }
    let enough = |named: usize, of: usize| named >= 3 && named * 2 > of;
    // (A line all in capitals shows no acronym by its first word's form, and is not counted
    // for acronyms: a site's related headlines under an article, "GENGE LA VIJANA WA …",
    // and a list's name in capitals among its "ACRONYM - Name" lines alike.)
    let cased: Vec<&RawEntry> = raw
        .iter()
        .filter(|r| r.text.chars().any(char::is_lowercase))
        .collect();
    let by_acronyms = cased
        .iter()
        .filter(|r| {
            let mut words = r.text.split_whitespace();
            words.next().is_some_and(acronym_shaped) && words.nth(1).is_some()
        })
        .count();
    enough(by_acronyms, cased.len()) || {
        let texts: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
        enough(sharing_kind(&texts), raw.len())
    }
}

/// Whether the lines found by their shape are three or more, all below every run of the page.
fn three_below_every_run(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: &[(usize, Vec<String>)],
) -> bool {
    let Some(first) = raw.first().and_then(|r| r.lines.first()) else {
        return false;
    };
    let above = |i: &usize| page.lines.get(*i).is_some_and(|l| l.last < *first);
    raw.len() >= 3 && run_ins.iter().all(|(i, _)| above(i))
}

/// Whether the lines found by their shape, three or more below every run, name again two of
/// the runs' names or more, each on a line of its own: the lead or the statement names some of
/// the list's bodies in a sentence ("Für die Kampagne arbeiten Aktive aus 100% Tempelhofer
/// Feld, Mehr Demokratie e.V., Wassertisch, …") and the list below prints them one a line,
/// however many names the sentence holds.
fn lines_name_runs_again(
    page: &Page<'_>,
    raw: &[RawEntry],
    run_ins: &[(usize, Vec<String>)],
) -> bool {
    if !three_below_every_run(page, raw, run_ins) {
        return false;
    }
    let names = || {
        run_ins
            .iter()
            .flat_map(|(_, items)| items)
            .map(|x| x.trim())
    };
    raw.iter()
        .filter(|r| !r.run_in && names().any(|n| holds_word(&r.text, n)))
        .nth(1)
        .is_some()
}

/// How many of the lines found by their shape hold an acronym, counted only up to the first
/// line past what `named` names in runs could outweigh (at most `named`, or a quarter of the
/// `listed` entries and one), and how many end with the kind that two lines or more share: the
/// same measure as the runs' ([`sharing_kind`]), so that a line list of bodies of one kind
/// ("کمیته هماهنگی برای ایجاد تشکل کارگری" / "کمیته پیگیری ایحاد تشکلهای آزاد کارگری" / …)
/// outweighs a sentence's clauses that happen to end with one word twice. A place is no kind:
/// lines that end with a country CLDR names ("Statement by unions in South Africa, Swaziland
/// and Zimbabwe" / "Swaziland and Zimbabwe") are the page's title, not bodies of one kind.
fn lines_named(raw: &[RawEntry], listed: usize, named: usize, places: &Places) -> usize {
    let bound = named.max(1).min(listed / 4 + 1);
    let place = |t: &str| {
        t.split_whitespace().last().is_some_and(|w| {
            places
                .lookup(w.trim_matches(|c: char| !c.is_alphanumeric()))
                .is_some()
        })
    };
    let texts: Vec<&str> = raw
        .iter()
        .filter(|r| !place(&r.text))
        .map(|r| r.text.as_str())
        .collect();
    raw.iter()
        .filter(|r| holds_acronym(&r.text))
        .take(bound)
        .count()
        + sharing_kind(&texts)
}

/// Runs that name no organization by an acronym and whose names are, for the most part
/// (three quarters), one word before any parenthesis: towns with what happens in each
/// ("Ferrol (xunto ao edificio da Xunta), Lugo (…), Ourense (…)"), the sectors or fields of
/// a demand ("अकादमिक, सामाजिक, आर्थिक"). Two organizations named by their acronyms elsewhere
/// on the page are rather the list.
fn words_run(run_ins: &[(usize, Vec<String>)]) -> bool {
    let items = || run_ins.iter().flat_map(|(_, items)| items);
    let one_word = items()
        .filter(|t| {
            let bare = t.split('(').next().unwrap_or_default();
            bare.split_whitespace().nth(1).is_none()
        })
        .count();
    let all = items().count();
    all > 0 && one_word * 4 >= all * 3 && !items().any(|t| holds_acronym(t))
}

/// Whether the lines found by their shape are few (eight names at most: two names outweigh
/// eight lines at most, see [`runs_outweigh`]) and hardly any names an organization, a quarter
/// or fewer (counted on the lines: a line that names several by their acronyms is one line).
/// Lines whose names share the kind they end with name organizations too ("የአፋር ሕዝቦች ነፃነት
/// ፓርቲ፣", "የቅማንት ዴሞክራሲያዊ ፓርቲ፣", …). A line that reads as a sentence and separates
/// nothing names none as a line ("Това обявиха синдикалните централи на КНСБ и Подкрепа.",
/// "This was announced by the union centrals KNSB and Podkrepa."): the organizations it names
/// are a pair in it ([`first_pair`]). (Names separated by commas are a list's line, however
/// it ends.)
fn poor_lines(raw: &[RawEntry], listed: usize, lw: &ListWords) -> bool {
    if listed > 8 {
        return false;
    }
    let texts: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
    // (A lone line as long as a sentence, without its terminal, is a headline: "Las CGT y las
    // CTA lanzaron una convocatoria conjunta para la movilización del martes".)
    let headline = |t: &str| raw.len() == 1 && t.split_whitespace().nth(7).is_some();
    let sentence = |t: &str| {
        (reads_as_sentence(t) || headline(t))
            && !t.contains(|c: char| c == ';' || lw.is_separator(c))
    };
    let named_line = raw
        .iter()
        .any(|r| holds_acronym(&r.text) && !sentence(&r.text));
    let named = usize::from(named_line) + sharing_kind(&texts);
    named * 4 <= raw.len()
}

/// Whether the lines found by their shape are a block of signers right under a statement:
/// three or more, one after the other, each of three words or more and none a sentence, and
/// the nearest line above them that is not blank a paragraph of prose (the statement's last).
/// Such lines are the list however few of them show a sign of an organization ("Союз
/// кавказских журналистов (А. Сардали) – 7 человек", …, under an appeal); a pair the statement
/// names ("… требуем от ПАСЕ и ООН …", we demand of PACE and the UN) is whom it addresses. (A
/// page's furniture under an article is of shorter lines: tallies, "Коментари", a site's name.)
fn block_under_statement(page: &Page<'_>, raw: &[RawEntry]) -> bool {
    let shaped = |r: &RawEntry| {
        !r.run_in && !reads_as_sentence(&r.text) && r.text.split_whitespace().nth(2).is_some()
    };
    if raw.len() < 3 || !raw.iter().all(shaped) {
        return false;
    }
    let one_after_another = raw.windows(2).all(|w| match (w.first(), w.get(1)) {
        (Some(a), Some(b)) => match (a.lines.last(), b.lines.first()) {
            (Some(&x), Some(&y)) => y == x + 1,
            _ => false,
        },
        _ => false,
    });
    let first = raw.first().and_then(|r| r.lines.first()).copied();
    let Some(at) = first.and_then(|no| page.lines.iter().position(|l| l.no == no)) else {
        return false;
    };
    let above = page
        .lines
        .get(..at)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|l| !l.text.trim().is_empty());
    one_after_another && above.is_some_and(|l| looks_like_prose(&l.text))
}

/// Runs in a script without case that name no organization by an acronym, and whose names
/// share no kind: their pieces are told from a sentence's clauses by length only, and a
/// sentence that enumerates topics ("దేశంలో, రాష్ట్రంలో నెలకొన్న రాజకీయ పరిస్థితులు, కమ్యూనిస్టు
/// ఉద్యమం ఎదుర్కొంటున్న సవాళ్లు, …", "in the country, the political situation in the state, the
/// challenges the communist movement faces, …") reads as one: two organizations a lead names
/// by their acronyms ([`first_pair`]) are rather the list.
fn uncased_runs_unnamed(run_ins: &[(usize, Vec<String>)]) -> bool {
    !run_ins.is_empty()
        && run_ins.iter().all(|(_, items)| {
            items.iter().all(|t| uncased(t) && !holds_acronym(t)) && sharing_kind(items) == 0
        })
}

/// Where one run of the page names organizations by their acronyms (two or more, a third of
/// its names or more), a run that holds none names something else: the persons who spoke or
/// signed for them ("Jordi Cabré, Àngel Colom, Joel Joan, …"), the clauses of a sentence with
/// commas. (A long run of parties, a few of them by their acronyms, leaves the runs of
/// parties without acronyms beside it.)
fn drop_runs_without_acronyms(run_ins: &mut Vec<(usize, Vec<String>)>) {
    if run_ins.iter().any(|(_, items)| named_by_acronyms(items)) {
        run_ins.retain(|(_, items)| items.iter().any(|t| holds_acronym(t)));
    }
}

/// How many names of a run carry a sign of an organization: an acronym or a name the
/// registry holds whole.
fn organization_signs(items: &[String], places: &Places) -> usize {
    let known = |t: &str| places.gazetteer_knows(t);
    items
        .iter()
        .filter(|t| holds_acronym(t) || known(t))
        .count()
}

/// How many names of a run start with a word of three letters or more another of its names
/// starts with: a kind written first ("Partido Comunista de Cuba, Partido Comunista de
/// Espanha, …").
fn sharing_first_word(items: &[String]) -> usize {
    let first = |t: &str| {
        t.split_whitespace()
            .next()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .map(str::to_owned)
    };
    let firsts: Vec<Option<String>> = items.iter().map(|t| first(t)).collect();
    firsts
        .iter()
        .enumerate()
        .filter(|(i, w)| w.is_some() && firsts.iter().enumerate().any(|(j, o)| j != *i && o == *w))
        .count()
}

/// Where one run of the page names organizations by their acronyms or the registry's names
/// (two or more, [`organization_signs`]), a run none of whose names carries such a sign, nor
/// shows a kind ([`names_organizations`], [`sharing_first_word`]), names something else: the
/// places of the protests ("Cebu, Davao, General Santos, Iloilo, …"), the topics of a
/// debate, the clauses of a sentence. A run that shows those signs itself stays, though
/// [`names_organizations`] counts a name that ends another once (a body and the one named
/// after it with a word before, "… கழகம்", "பெரியார் … கழகம்", share their kind as two).
fn drop_runs_of_common_words(places: &Places, run_ins: &mut Vec<(usize, Vec<String>)>) {
    // (Names that open with a figure are the days of a schedule, "20 ਨੂੰ ਫਤਹਿਗੜ੍ਹ ਸਾਹਿਬ ਵਿੱਚ, 30
    // ਨੂੰ ਫਗਵਾੜਾ ਵਿੱਚ", on the 20th at Fatehgarh Sahib, on the 30th at Phagwara: the word they
    // end with is a postposition, no kind.)
    let dated = |items: &[String]| {
        let n = items
            .iter()
            .filter(|t| t.trim_start().starts_with(|c: char| c.is_numeric()))
            .count();
        n * 3 >= items.len()
    };
    let signs = |items: &[String]| {
        organization_signs(items, places) + sharing_kind(items) + sharing_first_word(items)
    };
    let named = |items: &[String]| !dated(items) && signs(items) >= 2;
    if run_ins.iter().any(|(_, items)| named(items)) {
        run_ins.retain(|(_, items)| {
            named(items)
                || organization_signs(items, places) > 0
                || names_organizations(items, &[])
                || sharing_first_word(items) >= 2
        });
    }
}

/// Whether a run's name is an organization followed by an officer: an acronym, alone or in
/// parentheses after the name, then three capitalized words or more, a role and a person
/// ("Türkiye İnsan Hakları Vakfı (TiHV) Genel Sekreteri Metin Bakkalcı", "HDP Gaziantep
/// Miletvekili Mahmut Toğrul"). A branch after an acronym is shorter ("CFDT Pays Basque").
fn officer_after_organization(item: &str) -> bool {
    let words: Vec<&str> = item.split_whitespace().collect();
    let acronym_at = words.iter().position(|w| {
        let bare = w.trim_matches(|c: char| matches!(c, '(' | ')' | ','));
        bare.chars().count() >= 2 && acronym_shaped(bare)
    });
    let capitalized = |w: &&&str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
    };
    acronym_at.is_some_and(|a| {
        let after = words.get(a + 1..).unwrap_or_default();
        after.iter().filter(capitalized).count() >= 3
    })
}

/// Where the page holds other runs, a run whose names are for the most part (or three of them,
/// a third or more) organizations with their officers names who attended or spoke (the persons at a press conference, "…
/// basın toplantısına, … (TiHV) Genel Sekreteri Metin Bakkalcı, … katıldılar"), not who
/// signs: an acronym before the officer's name ([`officer_after_organization`]), or, in any
/// script, a body that another run of the page lists, with words around it, the person's name
/// and post ([`names_anothers_body`]: "김태일 신전대협 전 의장", Kim Tae-il, former chair of
/// 신전대협, which the page's list names), or a person's name before a post the run repeats
/// and the body ([`persons_before_posts`]: "Trine Skei Grande leder Venstre, Rune Berglund
/// Steen leder Antirasistisk Senter, …", the speakers of a rally above its list).
fn drop_runs_of_officers(run_ins: &mut Vec<(usize, Vec<String>)>) {
    let officers: Vec<bool> = run_ins
        .iter()
        .map(|(at, items)| {
            let others: Vec<&str> = run_ins
                .iter()
                .filter(|(i, _)| i != at)
                .flat_map(|(_, other)| other.iter().flat_map(|o| bodies_of(o)))
                .collect();
            let posted = persons_before_posts(items);
            let n = items
                .iter()
                .zip(posted)
                .filter(|&(t, posted)| {
                    posted || officer_after_organization(t) || names_anothers_body(t, &others)
                })
                .count();
            // (A sentence of speakers may name others besides the officers of the list's
            // bodies: three of them, a third of its names, tell it.)
            n >= 2 && n * 2 >= items.len() || n >= 3 && n * 3 >= items.len()
        })
        .collect();
    if officers.contains(&false) {
        let mut kept = officers.iter();
        run_ins.retain(|_| kept.next() == Some(&false));
    }
}

/// Which names of a run are a person's name, a post and a body: two or three capitalized words
/// that read as a person's name ([`person_name`]), then one word in small letters, no function
/// word, that two names of the run or more print right there, then the body's capitalized
/// name ("Trine Skei Grande leder Venstre", "Tove Smaadahl leder Krisesentersekretariatet":
/// leader). The run's repetition tells the post: no table of posts (CLDR has none); a body's
/// own name puts a function word there ("Unión General de Trabajadores").
fn persons_before_posts(items: &[String]) -> Vec<bool> {
    let posts: Vec<Option<&str>> = items.iter().map(|t| post_after_person(t)).collect();
    let mut count: FastMap<&str, usize> = FastMap::default();
    for post in posts.iter().flatten() {
        *count.entry(post).or_insert(0) += 1;
    }
    posts
        .iter()
        .map(|post| post.is_some_and(|p| count.get(p) >= Some(&2)))
        .collect()
}

/// The post of a name shaped as a person's name, a word in small letters and a capitalized
/// body ([`persons_before_posts`]).
fn post_after_person(item: &str) -> Option<&str> {
    let words: Vec<&str> = item.split_whitespace().collect();
    (2..=3).find_map(|k| {
        let post = *words.get(k)?;
        let body = words.get(k + 1)?;
        let small = post.chars().all(char::is_lowercase) && !function_word(post);
        (small && body.starts_with(char::is_uppercase) && person_name(&words.get(..k)?.join(" ")))
            .then_some(post)
    })
}

/// The bodies a run's name gives: the name, and a short form in parentheses after it
/// ("범시민사회단체연합(범사련)" gives both), or either side of a dash set apart by a space
/// (a name and its acronym or what it is: "SV- Sosialistisk Venstreparti" gives "SV",
/// "Grenseløs Kjærlighet – Norsk organisasjon …" gives "Grenseløs Kjærlighet").
fn bodies_of(name: &str) -> impl Iterator<Item = &str> {
    name.split(['(', ')', '（', '）'])
        .flat_map(|part| part.split(" – ").flat_map(|p| p.split("- ")))
        .map(str::trim)
        .filter(|b| b.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
}

/// Whether a run's name holds, as whole words among more, a body another run of the page
/// names (`others`): then it names a person of that body, with the person's post. The body
/// may be followed by a sign that parts it from a second one ("Arshad Butt Visjon Forum/
/// Pakistansk familienettverk"), not by a hyphen or an apostrophe that goes on with its word.
fn names_anothers_body(item: &str, others: &[&str]) -> bool {
    let item = item.trim();
    let ends = |c: char| !c.is_alphanumeric() && !matches!(c, '-' | '\u{2010}' | '\'' | '’');
    others.iter().any(|body| {
        item.len() > body.len()
            && item.match_indices(body).any(|(at, _)| {
                let before = item.get(..at).and_then(|b| b.chars().next_back());
                let after = item.get(at + body.len()..).and_then(|a| a.chars().next());
                before.is_none_or(char::is_whitespace) && after.is_none_or(ends)
            })
    })
}

/// A paragraph the page prints twice or more, word for word (a teaser above the article that
/// is its lead, two teasers of one story), is read once, where it is printed first.
fn drop_reprinted_runs(page: &Page<'_>, run_ins: &mut Vec<(usize, Vec<String>)>) {
    let mut seen: FastSet<&str> = FastSet::default();
    run_ins.retain(|(i, _)| page.run_text(*i).is_none_or(|t| seen.insert(t.trim())));
}

/// A run whose every name a later run holds too (a headline that repeats the lead's names,
/// shortened or not; a paragraph printed twice) is read once, where it is named last. Only
/// the next few runs are compared, so that a page of many runs stays linear. A run in a
/// sentence (not a headline; a sentence that introduces what follows with a colon,
/// [`introduces`], is one) whose names a later sentence holds, in the same forms or in
/// others, is the lead, and the later run names them again, as they are or declined or with
/// more words around them ("SPD, Grüne und Linke wollen sich …" above "… Landesverbände von
/// SPD, Grünen und Linken unterstützen …"; "Les organisations syndicales CFDT, CGT, FO, … se
/// sont retrouvées …" above "La CFDT, la CGT, FO, … appellent …"): the later run is the one
/// left out. A teaser cut short ([`excerpt`]) is such a sentence: the item printed in full
/// after it is its other printing, and so is a paragraph printed again whole after its first
/// printing cut short ([`cut_reprint`]). A later run whose every name an earlier run holds names
/// some of the list again (an article's later sentence that recalls five of the lead's eight
/// unions, "Greba orokorra ELA, LAB, EILAS, EHNE eta HIRU sindikatu abertzaleek eta CGT eta CNT
/// zentral anarkistek deitu zuten" below the lead's "ELA, LAB, ESK, CNT, CGT, EILAS, HIRU eta
/// EHNE sindikatuen esanetan …"): it is left out. Its names are compared as words (a name of
/// one letter, "T" of "T&E", recalls no other), without their case ("Unsa", "UNSA") and the
/// marks around them (a quoted name, «За Україну», against a name a run's
/// quote opens, "«Сумські осередки політичних партій «Європейська Солідарність").
fn drop_repeated_runs(page: &Page<'_>, run_ins: &mut Vec<(usize, Vec<String>)>) {
    const NEAR: usize = 8;
    let folded: Vec<Vec<String>> = run_ins
        .iter()
        .map(|(_, items)| {
            items
                .iter()
                .map(|x| {
                    x.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .collect()
        })
        .collect();
    let covered = |a: &[String], b: &[String]| {
        a.iter().all(|x| {
            b.iter()
                .any(|y| y.contains(x.as_str()) || x.contains(y.as_str()))
        })
    };
    let recalled = |a: &[String], b: &[String]| {
        a.iter()
            .all(|x| b.iter().any(|y| holds_word(y, x) || holds_word(x, y)))
    };
    let sentence = |i: usize, items: &[String]| {
        page.run_text(i).is_some_and(|t| {
            let t = t.trim_end();
            (t.chars().next_back().is_some_and(sentence_terminal) || introduces(t) || excerpt(t))
                && !caption(t, items)
        })
    };
    let mut dropped = vec![false; run_ins.len()];
    for (k, ((i, a), f)) in run_ins.iter().zip(&folded).enumerate() {
        let later = run_ins.iter().enumerate().skip(k + 1).take(NEAR);
        let drop = match later.clone().find(|(_, (_, b))| covered(a, b)) {
            Some((j, (l, _))) if sentence(*i, a) || cut_reprint(page, (*i, *l), a) => Some(j),
            Some(_) => Some(k),
            None if dropped.get(k) == Some(&false) => later
                .map(|(j, _)| j)
                .find(|&j| folded.get(j).is_some_and(|b| recalled(b, f))),
            None => None,
        };
        if let Some(d) = drop.and_then(|j| dropped.get_mut(j)) {
            *d = true;
        }
    }
    let mut flags = dropped.into_iter();
    run_ins.retain(|_| !flags.next().unwrap_or(false));
}

/// Whether the text of the run at `i`, from its first name on, holds a whole sentence and more,
/// and the text of the run at `j` prints it word for word: one paragraph printed twice, first
/// cut short without a mark (a summary over the article, "核心提示:17日,A、B、C等…。声明指出,…"
/// over "17日,A、B、C等…。声明指出,…。…"), and read where it is printed first. (A headline that
/// a lead repeats holds no sentence before its end.)
fn cut_reprint(page: &Page<'_>, (i, j): (usize, usize), items: &[String]) -> bool {
    let (Some(a), Some(b)) = (page.run_text(i), page.run_text(j)) else {
        return false;
    };
    let Some(from) = items
        .first()
        .and_then(|x| a.find(x.as_str()))
        .and_then(|at| a.get(at..))
    else {
        return false;
    };
    let from = from.trim_end();
    let inner = from
        .char_indices()
        .any(|(k, c)| sentence_terminal(c) && k + c.len_utf8() < from.len());
    inner && b.contains(from)
}

/// How many lines above a run its headline may stand ([`read_at_first_printing`]).
const HEADLINE_REACH: usize = 12;

/// A run read in a text that prints a line above it again word for word, the line holding
/// all the run's names in their order and the text naming the first no more often than that
/// line does: a headline that the article prints again inside a later paragraph (a "continue
/// reading" link that repeats the title at the end of a teaser). The names are the headline's
/// printing, read on the headline's line, not on the paragraph's that reprints it. A line of
/// little but the names ([`caption`]) is a label any sentence may hold, no headline printed
/// again.
fn read_at_first_printing(page: &Page<'_>, run_ins: &mut [(usize, Vec<String>)]) {
    for (i, items) in run_ins.iter_mut() {
        let Some(text) = page.run_text(*i) else {
            continue;
        };
        let Some(first) = items.first().map(|x| x.trim()).filter(|x| !x.is_empty()) else {
            continue;
        };
        // (A teaser's headline stands a few lines above its summary: looking no further keeps
        // a page of many runs linear.)
        let from = i.saturating_sub(HEADLINE_REACH);
        let above = page
            .lines
            .get(from..*i)
            .unwrap_or_default()
            .iter()
            .position(|l| {
                let a = l.text.trim();
                a.len() < text.len()
                    && text.contains(a)
                    && names_in_order(a, items)
                    && !caption(a, items)
                    && text.matches(first).count() == a.matches(first).count()
            });
        if let Some(k) = above {
            *i = from + k;
        }
    }
}

/// Whether a text holds little but its run's names: two words at most besides them (a photo's
/// caption, "ELA, LAB, ESK, CNT, CGT, EILAS, HIRU eta EHNE sindikatuak.", the unions), no
/// sentence that an article's later sentence repeats. (Counted as a sentence's words are,
/// [`sentence_words`]: Han and kana two letters a word.)
fn caption(text: &str, items: &[String]) -> bool {
    let named: usize = items.iter().map(|x| sentence_words(x)).sum();
    sentence_words(text) <= named + 2
}

/// Whether a text is a sentence that introduces what follows with a colon (eight words or
/// more, counted as a sentence's are, [`sentence_words`], before a final ":" or "："): a lead
/// as a sentence ending with a full stop is ("Las organizaciones nacionales CONAIE, FEINE,
/// FENOCIN reunidas el día de hoy … acordamos:" over the resolutions that name them again).
/// A headline or a label over a list is shorter.
fn introduces(text: &str) -> bool {
    text.ends_with([':', '：']) && sentence_words(text) >= 8
}

/// Whether a text ends with the mark a site sets where it cuts an article short for its
/// teaser, "[…]" or "[...]": the article's lead, whose sentence goes on in the article.
fn excerpt(text: &str) -> bool {
    text.ends_with("[…]") || text.ends_with("[...]")
}

/// On a page with no list, the first sentence that names two organizations by their
/// acronyms ("ΓΣΕΕ και ΑΔΕΔΥ") names the list: a news lead; with `titles`, two names in title
/// case too ([`title_pair`]). Where the page names the pair again below, it is read there
/// ([`pair_named_again`]).
fn first_pair(page: &Page<'_>, titles: bool) -> Option<(usize, Vec<String>)> {
    let (first, items) = page
        .lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| pair_at(page, titles, i, l).map(|items| (i, items)))?;
    let again = pair_named_again(page, titles, first, &items);
    Some(again.unwrap_or((first, items)))
}

/// Whether the page writes `upper` in capitals, as an acronym, on any line (not on a line all
/// in capitals, a headline's: "… U INSTITUCIJAMA BOSNE I HERCEGOVINE …").
fn written_as_acronym(page: &Page<'_>, upper: &str) -> bool {
    page.lines.iter().any(|l| {
        l.text.chars().any(char::is_lowercase)
            && l.text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == upper)
    })
}

/// Whether a name is printed on another line than `i`, or twice on line `i` (a lead's next
/// sentence naming it again in the same paragraph: "… ہوم بیسڈ وومن ورکرز فیڈریشن کی جانب سے …
/// ۔ہوم بیسڈ وومن ورکرز فیڈریشن کی پریس ریلیز …"), somewhere not followed by `after`
/// ([`kind_pair`]'s evidence).
fn printed_elsewhere(page: &Page<'_>, i: usize, name: &str, after: Option<char>) -> bool {
    page.lines.iter().enumerate().any(|(k, l)| {
        let mut at = l.text.match_indices(name).filter(|(at, _)| {
            let next = l.text.get(at + name.len()..).and_then(|t| t.chars().next());
            after.is_none() || next != after
        });
        at.next().is_some() && (k != i || at.next().is_some())
    })
}

/// The pair line `i` names, if it is no heading: by acronyms ([`acronym_pair`]), by a kind
/// the two share and the page prints again ([`kind_pair`]); with `titles`, in title case
/// ([`title_pair`]) or as two words the page writes as acronyms ([`word_pair`]) that name no
/// places and no persons.
fn pair_at(page: &Page<'_>, titles: bool, i: usize, l: &Line) -> Option<Vec<String>> {
    if Some(i) == page.heading_at {
        return None;
    }
    let lw = page.list_words;
    acronym_pair(&l.text, lw)
        .or_else(|| kind_pair(&l.text, lw, |n, a| printed_elsewhere(page, i, n, a)))
        .or_else(|| {
            if !titles {
                return None;
            }
            title_pair(&l.text, lw).or_else(|| {
                word_pair(&l.text, lw, |w| written_as_acronym(page, w)).filter(|items| {
                    !names_places(items, page.places)
                        && !names_persons(items, page.places)
                        && !persons_placed(items, page, i)
                })
            })
        })
}

/// The line below the first pair's (`first`, naming `items`) where the pair is read instead.
///
/// A headline that names the pair again in the lead below it: read in the lead, the first
/// line below that holds a sentence and names it (later lines of the article name the pair
/// again as its subject: "四川省總工會與台北市總工會" over the lead and its next paragraph).
/// Below a headline (a line that does not end as a sentence, or ends cut short with an
/// ellipsis), a lead that names one of the two as the headline does names the pair: a
/// headline may misprint the other ("సీసీఐ, సీపీఎం సమావేశంలో నిర్ణయం" above "సీపీఐ, సీపీఎం
/// పార్టీల …"). A sentence that names the two by their acronyms or their shared kind keeps
/// its pair: the article's later sentences name them again as their subject ("CC.OO. y
/// UGT han difundido …" and, three lines below, "En dicha declaración, CC.OO. y UGT hacen
/// …"), unless the very next line names the two, in their order, with more around them,
/// their leaders: the sentence was a photo's caption ("Tổng LĐLĐ Việt Nam và Bộ NN-PTNT ký
/// kết … - Ảnh 1." over "Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang và Bộ trưởng Bộ
/// NN-PTNT Nguyễn Xuân Cường …"). Other names (in title case, quoted) are read where the
/// page names them last: a title ending with a full stop names them as a lead does
/// ("Голови … «Союз юристів України» і Президента … «Союз Чорнобиль України» з нагоди
/// підписання Меморандуму …" over the statement's first sentence). A paragraph printed
/// twice is read where it is first. Acronyms that the line read instead prints each after its
/// name in parentheses are read with their names there ([`acronyms_named_in_full`]: "ETUC un
/// ETUCE …" over "Eiropas Arodbiedrību konfederācija (ETUC) un …").
fn pair_named_again(
    page: &Page<'_>,
    titles: bool,
    first: usize,
    items: &[String],
) -> Option<(usize, Vec<String>)> {
    const NEAR: usize = 8;
    let line = page.lines.get(first);
    let text = line.map(|l| l.text.trim());
    let headline =
        text.is_some_and(|t| !ends_with_terminal(t) || t.ends_with("..") || t.ends_with('…'));
    let acronyms = items
        .iter()
        .all(|x| x.split_whitespace().nth(1).is_none() && holds_acronym(x));
    let strong = acronyms
        || line.is_some_and(|l| {
            kind_pair(&l.text, page.list_words, |n, a| {
                printed_elsewhere(page, first, n, a)
            })
            .is_some()
        });
    let mut below = page
        .lines
        .iter()
        .enumerate()
        .skip(first + 1)
        .take(NEAR)
        .filter(|(_, l)| !l.text.trim().is_empty() && Some(l.text.trim()) != text);
    // Acronyms the line prints each after its name, in parentheses, are read with the names.
    let in_full = |l: &Line| {
        acronyms
            .then(|| acronyms_named_in_full(&l.text, items, page.list_words))
            .flatten()
            .unwrap_or_else(|| items.to_vec())
    };
    let names = |i: usize, l: &Line| match pair_at(page, titles, i, l) {
        Some(p) if p == items || (headline && p.iter().any(|x| items.contains(x))) => Some((i, p)),
        // (The lead names each with more: its acronym in parentheses.)
        Some(p) if p.len() == items.len() && p.iter().zip(items).all(|(x, n)| x.contains(n)) => {
            Some((i, p))
        }
        _ => names_in_order(&l.text, items).then(|| (i, in_full(l))),
    };
    if headline {
        let named: Vec<(usize, Vec<String>)> = below.filter_map(|(i, l)| names(i, l)).collect();
        let lead = named.iter().find(|(i, _)| {
            page.lines
                .get(*i)
                .is_some_and(|l| l.text.contains(|c: char| sentence_terminal(c)))
        });
        lead.or(named.last()).cloned()
    } else if strong {
        below
            .next()
            .filter(|&(i, l)| {
                pair_at(page, titles, i, l).is_none() && names_in_order(&l.text, items)
            })
            .map(|(i, l)| (i, in_full(l)))
    } else {
        below.filter_map(|(i, l)| names(i, l)).next_back()
    }
}

/// A date in the sentence that holds the names dates the list, when nothing else does.
fn date_from_run(page: &Page<'_>, covered: &[usize], out: &mut ParsedList) {
    if out.heading.as_ref().is_some_and(|h| h.as_of.is_some()) {
        return;
    }
    let Some(l) = covered.first().and_then(|&i| page.lines.get(i)) else {
        return;
    };
    let Some(d) = date_in(&l.text, page.language) else {
        return;
    };
    match out.heading.as_mut() {
        Some(h) => h.as_of = Some(d),
        None => {
            out.heading = Some(Heading {
                text: l.text.trim().to_owned(),
                line: l.no,
                as_of: Some(d),
                more_possible: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{en, parse_in, without_source};
    use super::*;
    use crate::ingest::lines::text_lines;
    use crate::ingest::listwords;
    use crate::ingest::{ParseOptions, parse};
    use crate::locale::Language;

    /// The names of the entries read from a page in a language.
    fn names_in(page: &str, lang: &str) -> Vec<String> {
        let list = parse_in(page, lang);
        list.entries
            .iter()
            .map(|e| e.name.clone().unwrap_or_default())
            .collect()
    }

    /// A short sentence of a news item that names its organizations by acronyms, between
    /// paragraphs of prose (constructed): the lines' shape takes it for an entry, for it is
    /// short, but it reads as a sentence (eight words or more, a full stop), and its run is
    /// the list.
    #[test]
    fn a_short_sentence_that_runs_names_together_is_read_for_its_run() {
        let page = "Título de la noticia sobre la huelga general\n\nEl texto del artículo empieza aquí con una frase larga sobre el contexto político del país y la situación de los trabajadores.\nLos sindicatos CCOO, UGT, CGT y USO han convocado.\nLa protesta tendrá lugar la próxima semana en todo el país, según los organizadores del movimiento.\n";
        let list = parse_in(page, "es");
        let read: Vec<&str> = list
            .entries
            .iter()
            .map(|e| e.acronym.as_deref().unwrap_or_default())
            .collect();
        assert_eq!(read, ["CCOO", "UGT", "CGT", "USO"]);
    }

    /// A news item whose lead names the members visited, and under it the site's related
    /// headlines written all in capitals (constructed): a headline's first word in capitals is
    /// no acronym, so the headlines are no list of organizations named by acronyms below the
    /// run, and the run is the list.
    #[test]
    fn headlines_in_capitals_under_an_article_are_no_acronyms() {
        let page = "The network's coordinator visits five member organizations in the region today, including Rural Rights Forum,Women Legal Aid Centre,Youth Voice Network,Land Watch Association and Kahama Justice Centre.\nThe visit is part of a series of regional tours, the last of which was held in the central zone.\nMore News\nFARMERS PROTEST NEW LAND TAX IN THE NORTH\nCOURT DELIVERS FOURTEEN JUDGMENTS ON RIGHTS\nTRIAL OF PARTY LEADER RESUMES WITH THIRD WITNESS.\n";
        assert_eq!(
            names_in(page, "en"),
            [
                "Rural Rights Forum",
                "Women Legal Aid Centre",
                "Youth Voice Network",
                "Land Watch Association",
                "Kahama Justice Centre"
            ]
        );
    }

    /// A campaign page whose first paragraph names in a sentence the groups that work for it,
    /// and below, under a line of its own, the groups that back it one a line, two of them
    /// named in the sentence too (constructed): the lines are the list, though the sentence
    /// names more.
    #[test]
    fn lines_naming_a_runs_names_again_below_it_are_the_list() {
        let page = "Activists from Save the Park, Open Democracy, Water Table, Rent Vote, Rail Table and Energy Table work for the campaign, as do many others.\nGroups that back the vote\n- Save the Park (contact: Ann Lee)\n- Open Democracy (contact: Tom Hart)\n- City Cyclists Club\n";
        assert_eq!(
            names_in(page, "en"),
            ["Save the Park", "Open Democracy", "City Cyclists Club"]
        );
    }

    /// A manifesto's first signers as persons, one a line with what each does, and the
    /// entities that joined it in a line of their own set apart by slashes, many by their
    /// acronyms (tests/fixtures/ingest/real/gl-diarioliberdade-plataforma-galiza-com-catalunya-
    /// entidades-aderidas, lines 4–27 and 29, its gold): the entities are the list.
    #[test]
    fn entities_beside_a_list_of_persons_are_the_list() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/gl-diarioliberdade-plataforma-galiza-com-catalunya-entidades-aderidas.txt"
        ));
        let list = parse_in(page, "gl");
        assert_eq!(list.entries.len(), 17);
        assert!(list.entries.iter().all(|e| e.lines == [29]));
    }

    /// A lead's pair of federations sharing their kind, the second named again in the same
    /// paragraph's next sentence (tests/fixtures/ingest/real/ur-ppinewsagency-ntuf-hbwwf-
    /// thekedari-nizam-ehtijaji-camp, line 1), and a headline's pair whose lead names each with
    /// its acronym in parentheses (ne-coloradokhabar-nekapa-naupa-ekikaran-sahamati, lines 3
    /// and 7), read by hand (their gold).
    #[test]
    fn a_pair_named_again_in_its_paragraph_or_with_its_acronyms() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ur-ppinewsagency-ntuf-hbwwf-thekedari-nizam-ehtijaji-camp.txt"
        ));
        let list = parse_in(page, "ur");
        let names: Vec<&str> = list
            .entries
            .iter()
            .map(|e| e.name.as_deref().unwrap_or_default())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert_eq!(names.get(1), Some(&"ہوم بیسڈ وومن ورکرز فیڈریشن"));
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ne-coloradokhabar-nekapa-naupa-ekikaran-sahamati.txt"
        ));
        let list = parse_in(page, "ne");
        let read: Vec<(&str, &str)> = list
            .entries
            .iter()
            .map(|e| {
                (
                    e.name.as_deref().unwrap_or_default(),
                    e.acronym.as_deref().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("नेपाली कम्युनिस्ट पार्टी", "नेकपा"),
                ("नागरिक उन्मुक्ति पार्टी", "नाउपा")
            ]
        );
    }

    /// An appeal and the four public organizations that joined it, one a line under it with
    /// their leaders and head counts (tests/fixtures/ingest/real/ru-chechenpress-
    /// obshchestvennye-organizatsii-chri-golodovka, lines 11–14, its gold): the lines are the
    /// list, not the pair the appeal addresses ("… требуем от ПАСЕ и ООН …", line 9).
    #[test]
    fn a_block_of_signers_under_a_statement_is_the_list() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ru-chechenpress-obshchestvennye-organizatsii-chri-golodovka.txt"
        ));
        let list = parse_in(page, "ru");
        let read: Vec<&[usize]> = list.entries.iter().map(|e| e.lines.as_slice()).collect();
        assert_eq!(read, [[11], [12], [13], [14]]);
    }

    /// A run of persons who signed an appeal, and a run of organizations under it, one by
    /// its acronym (tests/fixtures/ingest/real/en-asiaplustj-group-24-gadoyev-statement,
    /// lines 7 and 17, its gold): the organizations are the list.
    #[test]
    fn a_run_of_common_words_beside_a_run_of_organizations_is_left_out() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/en-asiaplustj-group-24-gadoyev-statement.txt"
        ));
        let list = parse_in(page, "en");
        let read: Vec<&[usize]> = list.entries.iter().map(|e| e.lines.as_slice()).collect();
        assert_eq!(read.len(), 4, "{read:?}");
        assert!(read.iter().all(|l| l == &[17]), "{read:?}");
        let places = Places::new(&"fil".parse().unwrap_or_default(), None);
        let run = |line: usize, items: &[&str]| {
            (
                line,
                items
                    .iter()
                    .map(|t| (*t).to_owned())
                    .collect::<Vec<String>>(),
            )
        };
        let labor = run(
            5,
            &[
                "Kilusang Mayo Uno (KMU)",
                "All Workers Unity",
                "Nagkaisa",
                "PAGGAWA",
            ],
        );
        let towns = run(7, &["Cebu", "Davao", "General Santos", "Iloilo", "Bacolod"]);
        let mut runs = vec![labor.clone(), towns.clone()];
        drop_runs_of_common_words(&places, &mut runs);
        assert_eq!(runs, vec![labor.clone()]);
        // A kind written first keeps a run without acronyms.
        let parties = run(
            4,
            &["Partido Comunista de Cuba", "Partido Comunista de Espanha"],
        );
        let mut runs = vec![labor.clone(), parties.clone(), towns];
        drop_runs_of_common_words(&places, &mut runs);
        assert_eq!(runs, vec![labor, parties]);
        // The days of a schedule share a postposition, no kind: they outweigh nothing.
        let union = run(5, &["ਭਾਰਤੀ ਕਿਸਾਨ ਯੂਨੀਅਨ", "ਆਲ ਇੰਡੀਆ ਕਿਸਾਨ ਫੈੱਡਰੇਸ਼ਨ"]);
        let days = run(
            7,
            &["20 ਨੂੰ ਫਤਹਿਗੜ੍ਹ ਸਾਹਿਬ ਵਿੱਚ", "30 ਨੂੰ ਫਗਵਾੜਾ ਵਿੱਚ", "ਨਾਭਾ ਵਿੱਚ"],
        );
        let mut runs = vec![union.clone(), days.clone()];
        drop_runs_of_common_words(&places, &mut runs);
        assert_eq!(runs, vec![union, days]);
    }

    /// A run in a script without case whose only sign is a kind two names end with, one name
    /// the other's with a word before it (a federation and the one a founder's name sets
    /// apart): the run that puts the page's other runs aside is not put aside itself.
    #[test]
    fn a_run_sharing_its_kind_through_a_longer_name_stays() {
        let places = Places::new(&"ta".parse().unwrap_or_default(), None);
        let owned = |items: &[&str]| items.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
        let bodies = (
            3,
            owned(&[
                "தமிழ் மக்கள் இயக்கம்",
                "இளைஞர் மன்றம்",
                "மக்கள் கழகம்",
                "புதிய மக்கள் கழகம்",
            ]),
        );
        let clauses = (6, owned(&["நேற்று மாலை", "நகரில்", "பெரும் கூட்டம்"]));
        let mut runs = vec![bodies.clone(), clauses];
        drop_runs_of_common_words(&places, &mut runs);
        assert_eq!(runs, vec![bodies]);
    }

    /// A news item's teaser cut short with "[…]", and the item printed in full under it
    /// (tests/fixtures/ingest/real/gu-tv9gujarati-10-trade-union-bharat-bandh, lines 3 and 10,
    /// its gold): the ten unions are read once, in the teaser, where the page prints them first.
    #[test]
    fn a_teaser_cut_short_is_read_before_the_item_printed_in_full() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/gu-tv9gujarati-10-trade-union-bharat-bandh.txt"
        ));
        assert!(excerpt(page.lines().nth(2).unwrap_or_default().trim_end()));
        assert!(!excerpt("ELA, LAB, ESK eta CNT sindikatuak."));
        let list = parse_in(page, "gu");
        let read: Vec<(Vec<usize>, Option<&str>)> = list
            .entries
            .iter()
            .map(|e| (e.lines.clone(), e.acronym.as_deref()))
            .collect();
        assert_eq!(read.len(), 10, "{read:?}");
        assert!(read.iter().all(|(l, _)| l == &[3]), "{read:?}");
        assert_eq!(read.first().and_then(|r| r.1), Some("INTC"));
        assert_eq!(read.last().and_then(|r| r.1), Some("UTUC"));
    }

    /// A resolution's opening sentence that names three federations by their acronyms and
    /// introduces the resolutions with a colon, the first resolution naming them again
    /// (constructed): the federations are read in the opening sentence, as in a lead ending
    /// with a full stop. A short label ending with a colon is no such sentence.
    #[test]
    fn a_sentence_introducing_with_a_colon_is_a_lead() {
        let page = "Las federaciones regionales FETRA, SIMCO, UNATRA reunidas el día de hoy en \
                    la capital, ante la crisis del sector agrario, acordamos:\n\
                    - Declarar la unidad de las federaciones FETRA, SIMCO, UNATRA, y llamar a la \
                    movilización en defensa del campo.\n\
                    - Mantener el respeto a la autonomía de cada federación.\n";
        let list = parse_in(page, "es");
        let read: Vec<(&[usize], &str)> = list
            .entries
            .iter()
            .map(|e| (e.lines.as_slice(), e.acronym.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(
            read,
            [(&[1][..], "FETRA"), (&[1], "SIMCO"), (&[1], "UNATRA")]
        );
        assert!(!introduces("Firman FETRA, SIMCO y UNATRA:"));
    }

    /// A news page's summary that prints the article's first paragraph again, cut short
    /// without a mark after its first sentence, above the article (constructed): the groups
    /// are read in the summary, where the page prints them first.
    #[test]
    fn a_paragraph_cut_short_is_read_before_its_full_printing() {
        let page = "摘要:5日,甲乙工会、丙丁协会、戊己联盟等20个团体联合发表声明,反对新的劳动法草案。声明指出,该草案将\n\
                    \n\
                    5日,甲乙工会、丙丁协会、戊己联盟等20个团体联合发表声明,反对新的劳动法草案。声明指出,该草案将削弱工人的权利。\n";
        let list = parse_in(page, "zh-Hans");
        let read: Vec<(&[usize], &str)> = list
            .entries
            .iter()
            .map(|e| (e.lines.as_slice(), e.name.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(
            read,
            [
                (&[1][..], "甲乙工会"),
                (&[1], "丙丁协会"),
                (&[1], "戊己联盟")
            ]
        );
    }

    /// A photo's caption that holds little but the names, above the article's sentence that
    /// names them again (tests/fixtures/ingest/real/eu-eitb-irailaren-26ko-greba-orokorra-zortzi-sindikatu,
    /// line 10 over line 17, its gold): the caption is no lead; the sentence is read. A lead
    /// in Han, written without spaces, is no caption.
    #[test]
    fn a_caption_of_names_is_no_lead_sentence() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/eu-eitb-irailaren-26ko-greba-orokorra-zortzi-sindikatu.txt"
        ));
        let names = |s: &str| -> Vec<String> { s.split(", ").map(str::to_owned).collect() };
        let unions = names("ELA, LAB, ESK, CNT, CGT, EILAS, HIRU, EHNE");
        let caption_line = page.lines().nth(9).unwrap_or_default();
        assert_eq!(
            caption_line,
            "ELA, LAB, ESK, CNT, CGT, EILAS, HIRU eta EHNE sindikatuak."
        );
        assert!(caption(caption_line, &unions));
        assert!(!caption(page.lines().nth(16).unwrap_or_default(), &unions));
        let lead = "「台灣需要民進黨以外的本土勢力新選擇！」時代力量、台灣基進、綠黨與小民參政歐巴桑聯盟（小歐盟）9日召開記者會，簽署政黨合作宣言。";
        assert!(!caption(
            lead,
            &names("時代力量, 台灣基進, 綠黨, 小民參政歐巴桑聯盟")
        ));
        let list = parse_in(page, "eu");
        let lines: Vec<Vec<usize>> = list.entries.iter().map(|e| e.lines.clone()).collect();
        assert_eq!(lines.iter().filter(|l| *l == &[17]).count(), 8, "{lines:?}");
    }

    /// A communiqué's own printing of its signers, and a sentence of it that names them again:
    /// the printing is the list. tests/fixtures/ingest/real/fr-ulcgtcherbourg-communique-commun-esprit-du-11-janvier
    /// heads the communiqué "Communiqué commun : Cgt, Cfdt, Cftc, Cfe-Cgc, Fsu, Unsa, Solidaires"
    /// and its first sentence names the seven in capitals ("… les organisations syndicales
    /// CGT, / CFDT, CFTC, CFE-CGC, UNSA, FSU et Solidaires se sont unies …");
    /// tests/fixtures/ingest/real/fr-pcfissy-communique-commun-loi-travail-2016 prints them
    /// under "Communiqué commun" over three lines ("CGT," / "FO, FSU, Solidaires," / "UNEF,
    /// UNL et FIDL"), each name on its line, and its second paragraph names them again.
    #[test]
    fn the_list_printed_as_names_outweighs_a_sentence_naming_them_again() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/fr-ulcgtcherbourg-communique-commun-esprit-du-11-janvier.txt"
        ));
        let list = parse_in(page, "fr");
        let read: Vec<(Vec<usize>, Option<&str>, Option<&str>)> = list
            .entries
            .iter()
            .map(|e| (e.lines.clone(), e.acronym.as_deref(), e.name.as_deref()))
            .collect();
        assert_eq!(read.len(), 7, "{read:?}");
        assert!(read.iter().all(|(l, _, _)| l == &[1]), "{read:?}");
        assert_eq!(read.first().and_then(|r| r.2), Some("Cgt"));
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/fr-pcfissy-communique-commun-loi-travail-2016.txt"
        ));
        let list = parse_in(page, "fr");
        let signers: Vec<(Vec<usize>, String)> = list
            .entries
            .iter()
            .filter_map(|e| {
                let name = e.acronym.clone().or_else(|| e.name.clone())?;
                (name != "Communiqué commun").then(|| (e.lines.clone(), name))
            })
            .collect();
        let expected = [
            (2, "CGT"),
            (3, "FO"),
            (3, "FSU"),
            (3, "Solidaires"),
            (4, "UNEF"),
            (4, "UNL"),
            (4, "FIDL"),
        ]
        .map(|(l, n)| (vec![l], n.to_owned()));
        assert_eq!(signers, expected);
    }

    /// A lead that names the signers and a later sentence that names them again, the same
    /// names: the lead is read. tests/fixtures/ingest/real/fr-cfdt-uffa-declaration-organisations-syndicales-gilets-jaunes,
    /// line 7 ("Les organisations syndicales CFDT, CGT, FO, CFE-CGC, CFTC, UNSA, et FSU se
    /// sont retrouvées …") and line 17 ("La CFDT, la CGT, FO, la CFE-CGC, la CFTC, l’UNSA, la
    /// FSU appellent le gouvernement …"), read by hand.
    #[test]
    fn a_lead_outweighs_a_later_sentence_naming_the_same() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/fr-cfdt-uffa-declaration-organisations-syndicales-gilets-jaunes.txt"
        ));
        let list = parse_in(page, "fr");
        let lines: Vec<&[usize]> = list.entries.iter().map(|e| e.lines.as_slice()).collect();
        assert!(list.entries.len() >= 6, "{:?}", list.entries);
        assert!(lines.iter().all(|l| *l == [7]), "{lines:?}");
        assert_eq!(
            list.entries.first().and_then(|e| e.acronym.as_deref()),
            Some("CFDT")
        );
    }

    /// tests/fixtures/ingest/real/bg-ibox-uchiteli-protest (ibox.bg), read by hand: the news
    /// item's third line is one sentence, "This was announced by the union centrals KNSB and
    /// Podkrepa.", which the lines' shape takes for an entry; it names the two as a pair, one by
    /// its acronym and one by its single word. (The city and places the teachers gather at are
    /// no names of the list.)
    #[test]
    fn a_sentence_taken_for_a_line_names_the_pair_it_holds() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/bg-ibox-uchiteli-protest.txt"
        ));
        let list = parse_in(page, "bg");
        let read: Vec<(Option<&str>, Option<&str>, &[usize])> = list
            .entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.name.as_deref(), e.lines.as_slice()))
            .collect();
        assert_eq!(
            read,
            [
                (Some("КНСБ"), None, &[3][..]),
                (None, Some("Подкрепа"), &[3][..])
            ]
        );
    }

    /// tests/fixtures/ingest/real/te-yuvnews-akhila-sanghala-samavesham (yuvnews, an all-party
    /// meeting on special status), read by hand: the third line, short enough for the lines'
    /// shape to take it for an entry, names the parties attending ("హాజరుకానున్న టీడీపీ,
    /// కాంగ్రెస్, సీపీఐ, సీపీఎం, …"), each of which heads a line below with its delegates
    /// ("టీడీపీ నుంచి …", "సీపీఎం తరపున …"); the fourth line names the ministers, persons, whom
    /// the page names nowhere else.
    #[test]
    fn a_short_line_of_names_the_page_names_again_is_a_run() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/te-yuvnews-akhila-sanghala-samavesham.txt"
        ));
        let list = parse_in(page, "te");
        let on = |n: usize| list.entries.iter().filter(|e| e.lines == [n]).count();
        // (The gold reading has five names there; "ప్రజాసంఘాలు", people's organizations, closes
        // the run and is read as a sixth.)
        assert!(on(3) >= 5 && on(4) == 0, "{:?}", list.entries);
        for acronym in ["సీపీఐ", "సీపీఎం"] {
            assert!(
                list.entries
                    .iter()
                    .any(|e| e.acronym.as_deref() == Some(acronym) && e.lines == [3]),
                "{:?}",
                list.entries
            );
        }
    }

    /// tests/fixtures/ingest/real/te-v6velugu-cpi-cpm-okkatiga-mundhuku (v6velugu.com, 2023):
    /// the page's headlines and the first three sentences of its lead, read by hand. The third
    /// sentence enumerates topics ("in the country, the political situation in the state, the
    /// challenges the communist movement faces, responsibilities"), none by an acronym; the
    /// lead's second sentence names the two parties, CPI and CPM, which the headline above
    /// names too, misprinting the first (సీసీఐ).
    #[test]
    fn two_acronyms_of_a_lead_outweigh_a_run_of_topics_without_case() {
        let page = "ఒక్కటిగా ముందుకు సాగుదాం\n\nఒక్కటిగా ముందుకు సాగుదాం\n\nఒక్కటిగా ముందుకు సాగుదాం\n\nసీసీఐ, సీపీఎం సమావేశంలో నిర్ణయం\n\nహైదరాబాద్, వెలుగు : ఇకపై మరింత ధృడంగా ఐక్యంగా వ్యవహరించాలని ఉభయ కమ్యూనిస్టు పార్టీలు నిర్ణయించాయి. సీపీఐ, సీపీఎం పార్టీల రాష్ట్ర ముఖ్య నాయకులు మార్చి 12న ఆదివారం హైదరాబాద్లోని ఎంబీ భవన్లో సమావేశమై భవిష్యత్తు కార్యాచరణపై పలు నిర్ణయాలు తీసుకున్నారు. దేశంలో, రాష్ట్రంలో నెలకొన్న రాజకీయ పరిస్థితులు, కమ్యూనిస్టు ఉద్యమం ఎదుర్కొంటున్న సవాళ్లు, బాధ్యతల గురించి సమావేశంలో చర్చించారు.\n";
        let list = parse_in(page, "te");
        let read: Vec<(Option<&str>, &[usize])> = list
            .entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect();
        assert_eq!(read, [(Some("సీపీఐ"), &[9][..]), (Some("సీపీఎం"), &[9][..])]);
    }

    /// tests/fixtures/ingest/real/fa-wsuiran-shoraye-hamkari-tashakkolha-bayaniye-aval-mah-meh,
    /// the page as stored, read by hand: the statement's paragraph (line 10) runs three
    /// grievances together, two ending with "کارگران" (workers); the council's seven member
    /// bodies follow one a line in quotation marks (lines 13 to 19), four ending with
    /// "کارگری" (labour). The lines share their kind as the clauses do: they stay the list.
    #[test]
    fn lines_that_share_their_kind_outweigh_clauses_ending_with_one_word_twice() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/fa-wsuiran-shoraye-hamkari-tashakkolha-bayaniye-aval-mah-meh.txt"
        ));
        let list = parse_in(page, "fa");
        let read = lines_and_names(&list);
        assert_eq!(read.len(), 7, "{read:?}");
        assert_eq!(
            read.first().copied(),
            Some((&[13][..], Some("کمیته هماهنگی برای ایجاد تشکل کارگری")))
        );
        assert_eq!(
            read.last().copied(),
            Some((&[19][..], Some("گروهی از نویسندگان جنبش کارگری")))
        );
    }

    /// tests/fixtures/ingest/real/th-tnamcot-6-phak-thalaeng-khao-tham-ngan-ruam-kan, the page
    /// as stored, read by hand: its first line is a dateline ("กทม. 27 มี.ค.", Bangkok, 27
    /// March) and the lead, six parties and what they did, in ten phrases between spaces:
    /// a sentence, no date alone, whose names are the list.
    #[test]
    fn a_thai_lead_after_its_dateline_is_a_sentence_naming_its_parties() {
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/th-tnamcot-6-phak-thalaeng-khao-tham-ngan-ruam-kan.txt"
        ));
        let parties = [
            "พรรคเพื่อไทย",
            "พรรคอนาคตใหม่",
            "พรรคประชาชาติ",
            "พรรคเพื่อชาติ",
            "พรรคพลังปวงชนไทย",
            "พรรคเสรีรวมไทย",
        ];
        let expected: Vec<(&[usize], Option<&str>)> =
            parties.iter().map(|p| (&[1][..], Some(*p))).collect();
        assert_eq!(lines_and_names(&parse_in(page, "th")), expected);
    }

    /// tests/fixtures/ingest/real/am-ethiopiazare-asru-parti (ethiopiazare.com, 2019), lines 1
    /// to 20, read by hand: the lead names two fronts with their acronyms in parentheses
    /// ("… (ኦነግ) እና … (ኦብነግ)"), and the list below, a sentence broken at its names, the eight
    /// other parties, whose names share their kinds (ፓርቲ, ንቅናቄ) and hold no acronym. The pair
    /// does not outweigh them.
    #[test]
    fn lines_that_share_their_kind_are_no_poor_list() {
        let page = "በጋራ ለመሥራት ተስማሙት አስሩ ፓርቲዎች\n\nበጋራ ለመሥራት ተስማሙት አስሩ ፓርቲዎች\n\nአብዛኞቹ በነፃ አውጭነት ትግል ሲያደርጉ የነበሩ ፓርቲዎች ናቸው\n\nኢዛ (ዓርብ ኅዳር ፳፮ ቀን ፳፻፲፪ ዓ.ም. December 6, 2019)፦ የኦሮሞ ነፃነት ግንባር (ኦነግ) እና የኦጋዴን ብሔራዊ ነፃነት ግንባር (ኦብነግ) የተካተቱበት 10 የፖለቲካ ፓርቲዎች በአገር አቀፍ ደረጃ በጋራ ለመሥራት የሚያስችላቸውን ስምምነት ዛሬ ተፈራረሙ።\n\nዛሬ ኅዳር 26 ቀን 2012 ዓ.ም. የተፈረሙ የፖለቲካ ፓርቲዎቹ በጋራ ለመሥራት በሚያስችሏቸው ጉዳዮች ላይ ስምምነት በማድረግ እንዲሠሩ ያስችላቸዋል።\n\nበአብዛኛው በነፃ አውጭነት ትግል ሲያደርጉ የነበሩ ፓርቲዎችን በያዘው በዚህ ስብስብ ውስጥ፤ ከኦነግና ከኦብነግ ሌላ ስምምነቱን የፈረሙት ቀሪዎቹ ስምንት ፓርቲዎች፤\n\nየአፋር ሕዝቦች ነፃነት ፓርቲ፣\nየሲዳማ ሕዝቦች ነፃነት ንቅናቄ፣\nየቤንሻንጉል ጉምዝ ሕዝቦች ነፃነት ንቅናቄ፣\nየጋምቤላ ሕዝቦች ነፃነት ንቅናቄ፣\nየቅማንት ዴሞክራሲያዊ ፓርቲ፣\nየአገው አገር አቀፍ ሸንጎ፣\nየሞቻ ዴሞክራሲያዊ ፓርቲና\nየካፋ አረንጓዴ ፓርቲ ናቸው። (ኢዛ)\n";
        let list = parse_in(page, "am");
        let lines: Vec<&[usize]> = list.entries.iter().map(|e| e.lines.as_slice()).collect();
        let expected: Vec<[usize; 1]> = (13..=20).map(|n| [n]).collect();
        let expected: Vec<&[usize]> = expected.iter().map(|l| &l[..]).collect();
        assert_eq!(lines, expected);
    }

    /// tests/fixtures/ingest/real/pt-brasil247-carta-pela-democracia-entidades, the page as
    /// stored (without its source line), read by hand: the lead names former presidents with
    /// their parties (line 3) and some organizations in a sentence (line 5); the list it
    /// introduces (line 9) names each organization by its acronym and its name, one a line
    /// ("AASPTJSP - Associação dos Assistentes Sociais …", lines 13 to 19), of which the stored
    /// copy holds the first five. The list is read, not the lead's runs.
    #[test]
    fn a_list_of_acronyms_with_their_names_outweighs_the_runs_of_its_lead() {
        let body = without_source(include_str!(
            "../../tests/fixtures/ingest/real/pt-brasil247-carta-pela-democracia-entidades.txt"
        ));
        let list = parse_in(body, "pt");
        let read: Vec<(Option<&str>, &[usize])> = list
            .entries
            .iter()
            .filter(|e| e.lines.first() >= Some(&13))
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect();
        assert_eq!(
            read,
            [
                (Some("AASPTJSP"), &[13][..]),
                (Some("ABCD"), &[15][..]),
                (Some("ABDT"), &[17][..]),
                (Some("ABONG"), &[19][..])
            ],
            "{read:?}"
        );
        assert!(list.entries.iter().all(|e| e.lines.first() >= Some(&9)));
    }

    /// tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham, the page as
    /// stored (without its source line), read by hand: the sentence of line 5 is cut short
    /// without its terminal, so the lines' shape takes it for an entry; it names the unions
    /// that protested by their acronyms (INTUC, BMS, CITU) and a fourth union.
    #[test]
    fn a_sentence_without_case_cut_short_is_read_for_its_run() {
        let body = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham.txt"
        ));
        let list = parse_in(body, "ml");
        let read: Vec<(Option<&str>, &[usize])> = list
            .entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect();
        assert_eq!(
            read.get(..3),
            Some(
                &[
                    (Some("ഐഎൻടിയുസി"), &[5][..]),
                    (Some("ബിഎംഎസ്"), &[5][..]),
                    (Some("സിഐടിയു"), &[5][..])
                ][..]
            ),
            "{read:?}"
        );
    }

    /// tests/fixtures/ingest/real/ko-sarangbang-3dae-akbeop-pegi-yeondae-jiphoe, lines 12 to
    /// 18 of the page, read by hand: line 18, the stored copy's last, is cut short without its
    /// terminal; its run names the groups of the delegation, two of them (참여연대,
    /// 환경운동연합) named by the run of line 12 too. A sentence cut short whose run names no
    /// organization by its form nor by the page (persons, clauses) stays unread
    /// (ne-setopati-tin-dal-baithak, line 3: the leaders at the meeting).
    #[test]
    fn a_run_in_a_cut_sentence_names_organizations_the_page_names() {
        let body = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ko-sarangbang-3dae-akbeop-pegi-yeondae-jiphoe.txt"
        ));
        let page: String = body.lines().skip(11).collect::<Vec<_>>().join("\n");
        let list = parse_in(&page, "ko");
        let names: Vec<String> = list
            .entries
            .iter()
            .filter(|e| e.lines == [7])
            .map(|e| e.acronym.clone().or(e.name.clone()).unwrap_or_default())
            .collect();
        assert_eq!(
            names,
            [
                "민주노총",
                "참여연대",
                "민변",
                "여성단체연합",
                "환경운동연합",
                "진보교육연구소"
            ]
        );
        let nepali = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ne-setopati-tin-dal-baithak.txt"
        ));
        let list = parse_in(nepali, "ne");
        assert!(
            list.entries.iter().all(|e| e.lines == [2]),
            "{:?}",
            list.entries
        );
    }

    /// tests/fixtures/ingest/real/en-morningstar-affiliated-unions-open-letter (morningstaronline
    /// .co.uk, 2025), the page as stored without its source line, read by hand: the open
    /// letter's sentence names ten unions, one of them by its acronym (GMB); three of the others
    /// end with "Union", the kind they share. The page's teasers, dates and captions below it
    /// (twenty-two short lines) are no list.
    #[test]
    fn a_run_whose_names_share_their_kind_outweighs_the_pages_lines() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/en-morningstar-affiliated-unions-open-letter.txt"
        );
        let body = page.split_once('\n').map_or("", |(_, b)| b);
        let list = parse_in(body, "en");
        // (Lines count from the page's first, the letter's sentence is its tenth.)
        assert!(list.entries.iter().all(|e| e.lines == [10]));
        let names: Vec<String> = list
            .entries
            .into_iter()
            .map(|e| e.name.or(e.acronym).unwrap_or_default())
            .collect();
        assert_eq!(names.len(), 10);
        assert_eq!(names.first().map(String::as_str), Some("Aslef"));
        assert_eq!(
            names.get(3..5).unwrap_or_default(),
            ["Fire Brigades Union", "GMB"]
        );
    }

    /// tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham, its first
    /// three lines (the headline, the post's dateline, the lead) as published: the dateline's
    /// commas part the day, the date and the time, no names, and it is read as no run.
    #[test]
    fn a_dateline_is_no_run_of_names() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/ml-deepika-samyuktha-trade-union-prathishedham.txt"
        );
        let body: String = page.lines().skip(1).take(3).collect::<Vec<_>>().join("\n");
        assert!(body.contains("\nSaturday, May 23, 2020 12:25 AM IST\n"));
        assert!(dateline("Saturday, May 23, 2020 12:25 AM IST", &en()));
        let list = parse_in(&body, "ml");
        assert!(
            list.entries.iter().all(|e| e.lines != [2]),
            "{:?}",
            list.entries
        );
    }

    /// tests/fixtures/ingest/real/fa-alainpersian-bayanie-moshtarak-tashakkolha, the page as
    /// stored: the lead that names the three signers is printed twice, word for word (lines 2
    /// and 3). Its names are read once, where it is printed first.
    #[test]
    fn a_paragraph_printed_twice_is_read_where_it_is_first() {
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/fa-alainpersian-bayanie-moshtarak-tashakkolha.txt"
            )),
            "fa",
        );
        assert!(
            list.entries.iter().all(|e| e.lines != [3]),
            "{:?}",
            list.entries
        );
        assert!(list.entries.iter().any(|e| {
            e.lines == [2] && e.name.as_deref() == Some("تشکلهای مستقل معلمان")
        }));
    }

    /// tests/fixtures/ingest/real/tr-ttb-ohal-khk-ortak-basin-toplantisi, the page as stored:
    /// the lead names the four signers; a later paragraph names who attended the press
    /// conference, organizations with their officers ("Türkiye İnsan Hakları Vakfı (TiHV) Genel
    /// Sekreteri Metin Bakkalcı", "HDP Gaziantep Miletvekili Mahmut Toğrul"). Those are no
    /// signers; a branch after an acronym is no officer (self-written contrast).
    #[test]
    fn organizations_with_their_officers_are_who_attended() {
        assert!(officer_after_organization(
            "Türkiye İnsan Hakları Vakfı (TiHV) Genel Sekreteri Metin Bakkalcı"
        ));
        assert!(officer_after_organization(
            "HDP Gaziantep Miletvekili Mahmut Toğrul"
        ));
        assert!(!officer_after_organization("CFDT Pays Basque"));
        assert!(!officer_after_organization(
            "Türk Mühendis ve Mimar Odaları Birliği (TMMOB)"
        ));
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/tr-ttb-ohal-khk-ortak-basin-toplantisi.txt"
            )),
            "tr",
        );
        assert!(
            list.entries.iter().all(|e| e.lines == [1]),
            "{:?}",
            list.entries
        );
        let acronyms: Vec<&str> = list
            .entries
            .iter()
            .filter_map(|e| e.acronym.as_deref())
            .collect();
        assert_eq!(
            acronyms.get(..4),
            Some(&["TTB", "DİSK", "KESK", "TMMOB"][..])
        );
    }

    /// tests/fixtures/ingest/real/de-abendblatt-spd-gruene-linke-gegenkundgebung-hamburg, the
    /// page as stored: the lead (line 1, a sentence) names the three parties; the article's
    /// second paragraph names them again, declined and after more words ("Die
    /// Bürgerschaftsfraktionen und Landesverbände von SPD, Grünen und Linken unterstützen …").
    /// They are read where the lead names them.
    #[test]
    fn a_lead_is_read_before_the_run_that_names_its_names_again() {
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/de-abendblatt-spd-gruene-linke-gegenkundgebung-hamburg.txt"
            )),
            "de",
        );
        assert!(
            list.entries.iter().all(|e| e.lines == [1]),
            "{:?}",
            list.entries
        );
        let names: Vec<String> = list
            .entries
            .into_iter()
            .map(|e| e.name.or(e.acronym).unwrap_or_default())
            .collect();
        assert_eq!(names, ["SPD", "Grüne", "Linke"]);
    }

    /// tests/fixtures/ingest/real/eu-eitb-irailaren-26ko-greba-orokorra-zortzi-sindikatu (eitb.eus),
    /// read by hand: the article's lead (line 17) names the eight unions; a later sentence
    /// (line 25, "Greba orokorra ELA, LAB, EILAS, EHNE eta HIRU sindikatu abertzaleek eta CGT
    /// eta CNT zentral anarkistek deitu zuten …") recalls them and is no second list.
    #[test]
    fn a_later_sentence_recalling_the_leads_names_is_no_second_list() {
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/eu-eitb-irailaren-26ko-greba-orokorra-zortzi-sindikatu.txt"
            )),
            "eu",
        );
        assert_eq!(
            acronyms_and_lines(&list),
            ["ELA", "LAB", "ESK", "CNT", "CGT", "EILAS", "HIRU", "EHNE"]
                .map(|a| (Some(a), &[17][..]))
        );
    }

    /// tests/fixtures/ingest/real/uk-inform-sumy-memorandum-2020 (sumy.ukrinform.ua), read by
    /// hand: the lead (line 2) names the four parties in quotes; the memorandum quoted below
    /// (line 4, "«Сумські осередки політичних партій «Європейська Солідарність», «За Україну»,
    /// …") names them again, its own quote opening before the first: the same names.
    #[test]
    fn a_quoted_repetition_of_the_leads_names_is_no_second_list() {
        let list = parse_in(
            without_source(include_str!(
                "../../tests/fixtures/ingest/real/uk-inform-sumy-memorandum-2020.txt"
            )),
            "uk",
        );
        let names: Vec<(&[usize], Option<&str>)> = lines_and_names(&list);
        assert_eq!(
            names,
            [
                "Європейська Солідарність",
                "Демократична сокира",
                "Народний рух",
                "За Україну"
            ]
            .map(|n| (&[2][..], Some(n)))
        );
    }

    /// Runs read in tests/fixtures/ingest/real, by hand: a dateline's place and date
    /// (kn-justkannada-…, "ಬೆಂಗಳೂರು, ಫೆ, 12,2020(www.justkannada.in): …", Bengaluru, Feb 12) and
    /// a sentence's date alone (ceb-sunstar-…, "… niadtong Dominggo, Septiyembre 21, 2025.")
    /// name no list; a lead that opens with its dateline (id-antaranews-sumbar-…, "Jakarta,
    /// Rabu, …") names its list after it; a date after the names (en-tuc-cosatu-…, "… met today,
    /// 15 July 2008, to prepare …") ends the run and stays.
    #[test]
    fn a_runs_date_pieces_are_no_names() {
        let run = |items: &[&str]| items.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        let lang = |l: &str| l.parse::<LanguageIdentifier>().unwrap_or_default();
        assert_eq!(
            without_dates(run(&["ಬೆಂಗಳೂರು", "ಫೆ", "12"]), &lang("kn")),
            None
        );
        assert_eq!(
            without_dates(run(&["Dominggo", "Septiyembre 21", "2025"]), &lang("ceb")),
            None
        );
        assert_eq!(
            without_dates(
                run(&["Jakarta", "Rabu", "Imparsial", "LBH Jakarta"]),
                &lang("id")
            ),
            Some(run(&["Jakarta", "Imparsial", "LBH Jakarta"]))
        );
        let tuc = run(&[
            "Zimbabwe Congress of Trade Unions",
            "Swaziland Federation of Trade Unions and the Swaziland Federation of Labour met today",
            "15 July 2008",
        ]);
        assert_eq!(without_dates(tuc.clone(), &lang("en")), Some(tuc));
    }

    /// A run of places (eu-lab-desarmatzea-15-sindikatu, its French statement: "… pour
    /// l’avenir du Pays Basque, en Espagne et en France") names no signatories; a run of
    /// organizations named with their countries does (de-kke-regionaltreffen-2017's kind).
    #[test]
    fn a_run_of_places_is_no_list() {
        let places = Places::new(&"fr".parse().unwrap_or_default(), None);
        let run = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(names_places(
            &run(&["Pays Basque", "Espagne", "France."]),
            &places
        ));
        assert!(!names_places(
            &run(&["Parti communiste français", "PTB", "Espagne"]),
            &places
        ));
    }

    /// Lines of tests/fixtures/ingest/real/fi-sttk-keskusjarjestojen-sitoumus (read by hand:
    /// the five confederations are named in parentheses in the lead; the five signers under
    /// "Sitoumuksen allekirjoittajat:" are their leaders, persons) and of
    /// et-energeetik-toostussektori-ametiuhingud (the site's menu above the article, the five
    /// unions run into its lead with their acronyms): lines without any acronym do not
    /// outweigh a run that names organizations by theirs.
    #[test]
    fn a_run_of_acronyms_outweighs_lines_without_any() {
        let read = |text: &str, lang: &str| parse_in(text, lang).entries;
        let fi = "Koronakriisi haastaa parhaillaan koko suomalaisen yhteiskunnan, ja jokainen meistä kohtaa lähiviikkoina koronan vaikutukset lähipiirissään.\n\n\
                  Kaikki työmarkkinakeskusjärjestöt (Akava, EK, KT, SAK ja STTK) pyrkivät löytämään yhdessä ratkaisun suomalaisen yhteiskunnan toiminnan turvaamiseksi.\n\n\
                  Sitoumuksen allekirjoittajat:\n\nJarkko Eloranta\n\nSture Fjäder\n\nJyri Häkämies\n\nMarkku Jalonen\n\nAntti Palola\n";
        let e = read(fi, "fi");
        let read_as: Vec<Option<&str>> = e
            .iter()
            .map(|e| e.acronym.as_deref().or(e.name.as_deref()))
            .collect();
        assert_eq!(
            read_as,
            [
                Some("Akava"),
                Some("EK"),
                Some("KT"),
                Some("SAK"),
                Some("STTK")
            ]
        );
        let et = "Ühingust\n\nLiikmed\nAjalugu\nJuhtorganite kooseisud\nJuhtorganite otsused\n\nUudised\n\n\
                  Ametiühingu uudised\nEnergeetika sektor\nLaiast maailmast\nTööturg ja statistika EAKLi INFOLEHT\n\n\
                  Dokumendid\n\nPõhikiri\nTegevuskava\n\n\
                  Eesti tööstussektori ametiühingud toetavad Harri Taliga jätkamist EAKLi esimehena\n\n\
                  Eesti Energeetikatöötajate Ametiühingute Liit (EEAÜL), Eesti Metallitöötajate Ametiühingute Föderatsioon (EMAF), Eesti Metsatöötajate Ametiühing (EMT AÜ), Eesti Tööstustöötajate Ametiühingute Föderatsioon (ETTAF) ning Kaevurite ja Energeetikute Sõltumatu Ametiühing (KESA) toetavad senise Eesti Ametiühingute Keskliidu (EAKL) esimehe, Harri Taliga jätkamist EAKLi esimehena.\n";
        let e = read(et, "et");
        let read_as: Vec<(Option<&str>, Option<&str>)> = e
            .iter()
            .map(|e| (e.acronym.as_deref(), e.name.as_deref()))
            .collect();
        assert_eq!(
            read_as,
            [
                (
                    Some("EEAÜL"),
                    Some("Eesti Energeetikatöötajate Ametiühingute Liit")
                ),
                (
                    Some("EMAF"),
                    Some("Eesti Metallitöötajate Ametiühingute Föderatsioon")
                ),
                (Some("EMT AÜ"), Some("Eesti Metsatöötajate Ametiühing")),
                (
                    Some("ETTAF"),
                    Some("Eesti Tööstustöötajate Ametiühingute Föderatsioon")
                ),
                (
                    Some("KESA"),
                    Some("Kaevurite ja Energeetikute Sõltumatu Ametiühing")
                ),
            ]
        );
        // Under a heading word, the lines are the list.
        let persons = "Jarkko Eloranta\nSture Fjäder\nJyri Häkämies\nMarkku Jalonen\n\n\
                       Die drei Zentralverbände (EK, KT und SAK) unterstützen das mit allen ihren Mitgliedern.\n";
        assert_eq!(read(persons, "de").len(), 3);
        assert_eq!(read(&format!("Unterzeichner:\n{persons}"), "de").len(), 4);
    }

    /// Lines of the page above its article, the article's sentences naming the signers:
    /// tests/fixtures/ingest/real/ko-newsis-118gae-simin-nodong-danche-minjunochong-chongpaeop-
    /// jiji (the news item's share buttons, its headline, its e-mail and print buttons over
    /// the article; its last sentence names three of the 118 organizations) and
    /// et-enliit-eakl-talo-streiginoudmised-toetusavaldus (the union's site menu, its
    /// breadcrumb trail and the headline over the statement, whose first sentence names its two
    /// signers). Without the article, the lines are what the page holds; a headline that names
    /// the signers again in the article is theirs (tl-aupwu-pahayag-…).
    #[test]
    fn the_furniture_above_an_article_is_no_list() {
        let names = |list: &ParsedList| -> Vec<String> {
            list.entries
                .iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        e.acronym.as_deref().unwrap_or_default(),
                        e.name.as_deref().unwrap_or_default()
                    )
                    .trim()
                    .to_owned()
                })
                .collect()
        };
        let share = "• 페이스북\n  • 트위터\n  • 유튜브\n\n118개 시민·노동단체 \"민주노총 총파업 지지\"\n\n\
                     등록 2023.07.05 14:21:47수정 2023.07.05 15:56:04\n\n  • 이메일 보내기\n  • 프린터\n  • PDF\n\n";
        let article = "[서울=뉴시스] 김진엽 기자 = 전국민주노동조합총연맹(민주노총) 등 37개 노동·시민단체로 구성된 '윤석열정권퇴진운동본부' 준비위원회는 5일 오후 서울 종로구 광화문 이순신 장군 동상 앞에서 정권 규탄 집회를 벌였다.\n\n\
                       이들은 민주노총이 지난 3일부터 2주간 돌입하는 총파업에 대해서는 촛불행동, 정의기억연대, 전국여성연대 등 118개 단체가 동조 지지에 나섰다고 이날 밝혔다.\n";
        assert_eq!(
            names(&parse_in(&format!("{share}{article}"), "ko")),
            ["촛불행동", "정의기억연대", "전국여성연대"]
        );
        assert_eq!(parse_in(share, "ko").entries.len(), 7);
        let menu = "ENL\nEesti Näitlejate Liit\nVaba Lava\nKülaline\nKKK\nKasutaja tuvastamine\n\n\
                    Uudised Prindi leht\nENL » Eesti Näitlejate Liit » Üldinfo » Uudised\n\
                    Eesti Teatriliidu toetusavaldus Eesti Ametiühingute Keskliidu streiginõudmistele.\n15.06.2009\n";
        let statement = "Eesti Ametiühingute Keskliit (EAKL) ja Teenistujate Ametiliitude Keskorganisatsioon TALO, analüüsinud uue töölepingu seaduse jõustamisega kaasnevat ja valitsusepoolset jätkuvat tegutsemist, on sunnitud tõdema, et kõik katsed lahendada olukord kolmepoolsete läbirääkimiste jätkamise tasandil – ei anna tulemust.\n";
        assert_eq!(
            names(&parse_in(&format!("{menu}{statement}"), "et")),
            [
                "EAKL Eesti Ametiühingute Keskliit",
                "TALO Teenistujate Ametiliitude Keskorganisatsioon"
            ]
        );
        let headline = "Pahayag ng All-UP Workers Union at\nAll-UP Academic Employees Union\nHunyo 16, 2006\n\
                        Mariing kinokondena ng All-UP Workers Union at All-UP Academic Employees Union, ang mga unyon ng mga kawani, faculty at REPS ng UP System, ang pag-aresto sa mga nagprotesta sa Philippine General Hospital kahapon, Hunyo 15, 2006.\n";
        assert!(
            names(&parse_in(headline, "tl"))
                .iter()
                .any(|n| n.contains("Academic Employees Union"))
        );
    }

    /// A lone line as long as a sentence, without its terminal, is the page's headline, no
    /// entry: the article below it names the signers (tests/fixtures/ingest/real/
    /// es-infogremiales-cgt-dos-cta-convocatoria-conjunta, lines 1, 3 and 7). A headline all in
    /// capitals shows no word of the lead to be an acronym (bs-sindikatkantona-sporazum-o-
    /// saradnji, lines 1 and 3: "Bosne i Hercegovine" is the country, in the genitive).
    #[test]
    fn a_lone_headline_gives_way_to_the_leads_pair() {
        let es = "Las CGT y las CTA lanzaron una convocatoria conjunta para la movilización del martes\n\n\
                  La CGT y las dos CTA acordaron en la jornada de ayer movilizarse en conjunto a Plaza de Mayo el próximo 22 de agosto con el propósito de “enfrentar las políticas de ajuste que el Gobierno nacional quiere aplicarle a los trabajadores”, según un comunicado conjunto que suscribieron las tres centrales sindicales.\n\n\
                  DHh-Zd-XgAAzWCPCon la firma de Hugo Yasky, secretario general de la CTA de los Trabajadores; Pablo Micheli, titular de la CTA Autónoma y Juan Carlos Schmid (con un curioso error de ortografía), integrante de la conducción de la CGT, las centrales convocaron al acto de protesta que se llevará a cabo el próximo martes a partir de las 15.\n";
        let read = parse_in(es, "es");
        assert!(
            read.entries
                .iter()
                .any(|e| e.name.as_deref() == Some("CTA Autónoma"))
        );
        assert!(
            read.entries.iter().all(|e| e.lines != [1]),
            "{:?}",
            read.entries
        );
        let bs = "NAŠ SINDIKAT I SINDIKAT DRŽAVNIH SLUŽBENIKA I ZAPOSLENIKA U INSTITUCIJAMA BOSNE I HERCEGOVINE POTPISALI SPORAZUM O SARADNJI\n\n\
                  U zgradi institucija Bosne i Hercegovine u Sarajevu danas je potpisan Sporazum o saradnji između Samostalnog sindikata državnih službenika i namještenika Kantona Sarajevo i Samostalnog sindikata državnih službenika i zaposlenika u institucijama Bosne i Hercegovine.\n";
        let names: Vec<_> = parse_in(bs, "bs")
            .entries
            .iter()
            .map(|e| e.name.clone().unwrap_or_default())
            .collect();
        assert!(
            !names.iter().any(|n| n == "Bosne" || n == "Hercegovine"),
            "{names:?}"
        );
    }

    /// A lead that names two unions by their acronyms, and a later sentence whose run names
    /// them again after its first word (tests/fixtures/ingest/real/es-okdiario-ugt-ccoo-
    /// denuncian-cig-cuidadores-discapacitados, lines 1 and 3, its gold: "… UGT y CCOO han
    /// denunciado …", "Así, UGT y CCOO aseguran …"), or with their leaders (es-eldestapeweb-cta-
    /// autonoma-cta-trabajadores-paro-30-marzo, lines 1 and 5): the lead's pair is read.
    #[test]
    fn a_later_run_naming_the_leads_pair_again_gives_way_to_it() {
        for (name, lang) in [
            (
                "es-okdiario-ugt-ccoo-denuncian-cig-cuidadores-discapacitados",
                "es",
            ),
            (
                "es-eldestapeweb-cta-autonoma-cta-trabajadores-paro-30-marzo",
                "es",
            ),
        ] {
            let path = format!("tests/fixtures/ingest/real/{name}.txt");
            let page = std::fs::read_to_string(path).unwrap_or_default();
            let read = parse_in(without_source(&page), lang);
            let lines: Vec<&[usize]> = read.entries.iter().map(|e| e.lines.as_slice()).collect();
            assert_eq!(lines, [[1], [1]], "{name}");
        }
    }

    /// One line or two above a news item, a photo's credit or a headline, beside the pair
    /// the item's lead names: the pair is read (tests/fixtures/ingest/real/hu-budapestbeacon-
    /// lex-civil line 5 under the credit "Fotó: Budapest Beacon, Szegő Péter]";
    /// ckb-balkesh-parti-w-yekiti-kodebnewe line 3 under its headline). A headline that names
    /// the pair itself, with a third body, is the list's own (it-cgilpesaro-asp-fano-
    /// precisazioni-cgil-cisl-uil: "Cgil Cisl e Uil chiedono …" over "… CISL e UIL …" on line
    /// 7): the pair below is not read.
    #[test]
    fn one_or_two_lines_above_an_article_give_way_to_its_pair() {
        let read = |name: &str, lang: &str| {
            let path = format!("tests/fixtures/ingest/real/{name}.txt");
            let page = std::fs::read_to_string(path).unwrap_or_default();
            let list = parse_in(without_source(&page), lang);
            list.entries
                .iter()
                .map(|e| e.lines.clone())
                .collect::<Vec<Vec<usize>>>()
        };
        assert_eq!(read("hu-budapestbeacon-lex-civil", "hu"), [[5], [5]]);
        assert_eq!(
            read("ckb-balkesh-parti-w-yekiti-kodebnewe", "ckb"),
            [[3], [3]]
        );
        let it = read("it-cgilpesaro-asp-fano-precisazioni-cgil-cisl-uil", "it");
        assert!(!it.iter().any(|l| l == &[7]), "{it:?}");
    }

    /// A site's title bar (tests/fixtures/ingest/real/sw-jamiiforums-tamko-ushirikiano-vyama-
    /// upinzani, line 1: the thread's title, the forum's name and its motto between "|") names
    /// no run: its parts are the page's, not a list's. Names between commas beside it are read.
    #[test]
    fn a_title_bar_is_no_run() {
        let bar = "LEO ni Mwaka 1 wa Ushirikiano;kuna mafanikio? | JamiiForums | The Home of Great Thinkers";
        assert!(parse_in(bar, "sw").entries.is_empty());
        let run = "Viongozi wa CHADEMA, CUF, NCCR-Mageuzi na TLP walikutana Dar es Salaam jana na kukubaliana mambo kadhaa.";
        assert_eq!(parse_in(&format!("{bar}\n\n{run}"), "sw").entries.len(), 4);
    }

    /// Pages of tests/fixtures/ingest/real, read by hand: gl-galiciaconfidencial-… (the two
    /// unions of the lead; the towns of the demonstrations, each with its place, are no
    /// list), ha-prnigeria-… (the two federations of the article; the site's box of
    /// kidnapped pupils below it is no list), bg-shum-… (a headline repeats the lead's pair:
    /// read in the lead), es-lne-… and ha-premierradio-… (a lead keeps its pair; a cut
    /// headline gives it to the first sentence below).
    #[test]
    fn two_acronyms_outweigh_a_run_of_single_words_or_the_page_furniture() {
        let read = |text: &str, lang: &str| {
            parse_in(text, lang)
                .entries
                .iter()
                .map(|e| (e.lines.clone(), e.acronym.clone().unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        let gl = "Os sindicatos UGT e CC.OO. chaman a mobilizarse este domingo, día 19 de febreiro, en varias localidades galegas para reivindicar \"uns salarios e emprego dignos\".\n\n\
                  En concreto, ás 12,00 horas está prevista unha manifestación que partirá da Alameda compostelá. Á mesma hora están fixadas concentracións na Coruña (diante da Delegación do Goberno), Ferrol (xunto ao edificio da Xunta), Lugo (Subdelegación do Goberno), Ourense (Subdelegación do Goberno) e Pontevedra (Subdelegación do Goberno).\n";
        assert_eq!(
            read(gl, "gl"),
            [(vec![1], "UGT".to_owned()), (vec![1], "CC.OO.".to_owned())]
        );
        let ha = "Kungiyoyin kwadago sun janye zanga zangar da suka fara gudanarwa a sassan Nijeriya.\n\
                  Kungiyoyin kwadago da suka hadar da NLC da TUC sun amince da dage zanga zangar ne biyo bayan muhimmiyar tattaunawa da suka yi da shugaban.\n\
                  Read Also:\nPRNigeria hausa\nKidnapped School Children\n\
                  Yauri FGC Students, Kebbi1239 days 15 hours 4 minutes 33 seconds,\n\
                  Baptist School Students, Kaduna\n1221 days 16 hours 45 minutes 58 seconds\n\
                  Tegina Islamiya Pupils, Niger (Freed)\nReport By: PRNigeria.com\n";
        assert_eq!(
            read(ha, "ha"),
            [(vec![2], "NLC".to_owned()), (vec![2], "TUC".to_owned())]
        );
        // Not a long list of names without acronyms (self-written).
        let long: String = (1..=12)
            .map(|k| format!("Asociación Vecinal Número {k}\n"))
            .collect::<String>()
            + "\nLa declaración fue leída ante la prensa por los sindicatos UGT e CCOO en la plaza mayor.\n";
        assert_eq!(read(&long, "es").len(), 12);
        // The pair of a headline and of the lead under it is read in the lead; of a
        // paragraph printed twice (el-lifo-apergia-gsee-adedy), in the first.
        let pair = |text: &str, lang: &str| {
            let lang: LanguageIdentifier = lang.parse().unwrap_or_default();
            let lines = text_lines(text);
            let shaped = vec![false; lines.len()];
            let lw = listwords::list_words(&lang);
            let places = Places::new(&lang, None);
            let page = Page {
                lines: &lines,
                shaped: &shaped,
                language: &lang,
                list_words: &lw,
                heading_at: None,
                heading_index: None,
                places: &places,
                paragraphs: &[],
                teasers: &[],
                words: std::cell::OnceCell::new(),
            };
            first_pair(&page, true)
        };
        let bg = "КНСБ и КТ \"Подкрепа\" започват национална протестна кампания\n\
                  КНСБ и КТ \"Подкрепа\" започват национална протестна кампания \"За достойни доходи и права на труда, за национална отговорност на виновните!\"\n";
        let both = Some(vec!["КНСБ".to_owned(), "КТ".to_owned()]);
        assert_eq!(pair(bg, "bg"), both.clone().map(|p| (1, p)));
        let el =
            "24ωρη απεργία κήρυξαν από κοινού ΓΣΕΕ και ΑΔΕΔΥ, αντιδρώντας στα επερχόμενα μέτρα.\n";
        let both = Some(vec!["ΓΣΕΕ".to_owned(), "ΑΔΕΔΥ".to_owned()]);
        assert_eq!(pair(&el.repeat(2), "el"), both.map(|p| (0, p)));
        // A lead that names two by their acronyms keeps them: a later sentence names them
        // again as its subject (es-lne-ccoo-ugt-declaracion-conjunta-huelga-29-marzo, lines
        // 1 and 5, read in line 1).
        let es = "CC.OO. y UGT han difundido una declaración conjunta tras la reunión de sus órganos de dirección.\n\n\
                  Los sindicatos denuncian que se quiere acabar con los derechos laborales y sociales.\n\n\
                  En dicha declaración, CC.OO. y UGT hacen un llamamiento a los trabajadores de la producción.\n";
        let both = Some(vec!["CC.OO.".to_owned(), "UGT".to_owned()]);
        assert_eq!(pair(es, "es"), both.map(|p| (0, p)));
        // A breadcrumb's headline cut with an ellipsis and the headline below it hold no
        // sentence: the pair is read in the lead under them (ha-premierradio-nlc-da-tuc-yajin-
        // aiki, lines 6, 8 and 12, read in line 12).
        let ha = "HomeLabaraiGwamnatin tarayyaKungiyoyin kwadago na kasa NLC da TUC zasu tsunduma yajin aikin sai...\n\n\
                  Kungiyoyin kwadago na kasa NLC da TUC zasu tsunduma yajin aikin sai baba ta gani\n\nDate:\n\n\
                  Kungiyoyin kwadago na kasa NLC da TUC zasu tsunduma yajin aikin bai daya a fadin kasar nan ranar Talata 14 ga watan Nuwamba 2023.\n";
        let both = Some(vec!["NLC".to_owned(), "TUC".to_owned()]);
        assert_eq!(pair(ha, "ha"), both.map(|p| (6, p)));
    }

    /// Pages of tests/fixtures/ingest/real, read by hand: in ca-icv-manifest-pdd-2008 the
    /// parties, unions and associations that back the manifesto are named in the lead, most by
    /// their acronyms (CDC, ERC, ICV, …); the next paragraph, printed twice, names thirteen
    /// persons of civil society ("Jordi Cabré, Àngel Colom, …"), who are no organizations. In
    /// pt-pela-paz-nao-a-nato the thirteen first parties, none with an acronym, stand beside a
    /// long run of parties of which a few have one (PADS): both are the list.
    #[test]
    fn a_run_of_acronyms_outweighs_a_run_of_persons() {
        let read = |text: &str, lang: &str| {
            let body = text.split_once('\n').map_or("", |(_, b)| b);
            parse_in(body, lang)
                .entries
                .iter()
                .map(|e| e.lines.first().copied().unwrap_or(0))
                .collect::<Vec<_>>()
        };
        let ca = read(
            include_str!("../../tests/fixtures/ingest/real/ca-icv-manifest-pdd-2008.txt"),
            "ca",
        );
        assert!(ca.len() >= 5, "{ca:?}");
        assert!(ca.iter().all(|&l| l == 1), "{ca:?}");
        let pt = read(
            include_str!("../../tests/fixtures/ingest/real/pt-pela-paz-nao-a-nato.txt"),
            "pt",
        );
        assert_eq!(pt.iter().filter(|&&l| l == 4).count(), 13);
        assert!(pt.iter().filter(|&&l| l == 5).count() >= 20);
    }

    /// Each entry's acronym and lines.
    fn lines_and_names(list: &ParsedList) -> Vec<(&[usize], Option<&str>)> {
        list.entries
            .iter()
            .map(|e| (e.lines.as_slice(), e.name.as_deref()))
            .collect()
    }

    fn acronyms_and_lines(list: &ParsedList) -> Vec<(Option<&str>, &[usize])> {
        list.entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.lines.as_slice()))
            .collect()
    }

    /// A news story copied from a paper broken at a width
    /// (tests/fixtures/ingest/real/tr-sivrisinekcaz-disk-kesk-tmmob-ttb-tdhb, lines 1–8): the
    /// five are named in a sentence broken before "aldı.", which no line of it reads as a run
    /// of names by itself; its broken lines are no entries ("Beş sendika ve birliğin …").
    #[test]
    fn names_run_into_a_paragraph_broken_at_a_width_are_read_on_their_lines() {
        let text = "Sendikalar yarın alanlarda\nBeş sendika ve birliğin ortak basın açıklamasını önümüzdeki saatlerde yapması\nbekleniyor…\nSendikalardan Gezi için flaş karar\nDİSK, KESK, TMMOB, TTB ve TDHB ortak karar alarak yarın alanlara çıkma kararı\naldı.\nDİSK Genel Başkanı Kâni Beko, Başkanlar Kurulu ve DİSK Yönetimi’nden 30\nkişinin yaptığı toplantı sonrası aldıkları karara ilişkin ilk açıklamayı yaptı.";
        let list = parse_in(text, "tr");
        let read = acronyms_and_lines(&list);
        let five = ["DİSK", "KESK", "TMMOB", "TTB", "TDHB"];
        assert_eq!(
            read,
            five.iter()
                .map(|a| (Some(*a), &[5][..]))
                .collect::<Vec<_>>()
        );
        // Every line is read or skipped.
        let mut seen: Vec<usize> = list.skipped.iter().map(|s| s.line).collect();
        seen.extend(list.entries.iter().flat_map(|e| e.lines.clone()));
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (1..=8).collect::<Vec<_>>());
    }

    /// A document's title lines that name the callers again ("CES-CIOSL-CMT-ORIT-CLAT",
    /// printed twice) above the paragraph that names them
    /// (tests/fixtures/ingest/real/es-studylib-cumbre-sindical-ue-alc-2004, lines 1–13): the
    /// five are read in the paragraph, on the lines they were printed on, and no title line is
    /// an entry.
    #[test]
    fn a_title_that_names_the_run_again_is_read_in_the_run() {
        let text = "CES-CIOSL-CMT-ORIT-CLAT\n\nAnuncio\nCIOSL-CMT-CES-ORIT-CLAT\n2ª. CUMBRE SINDICAL UNION EUROPEA – AMERICA\nLATINA Y CARIBE.(UE/ALC)\nCiudad de México, 16 de abril de 2004\nDECLARACIÓN FINAL\nEl día 16 de abril de 2004, se reunió la Cumbre Sindical Unión Europea-América Latina y\nel Caribe (UE-ALC), convocada por las organizaciones internacionales CIOSL, CMT,\nCES, ORIT y CLAT, y en ella han\nparticipado delegados y delegadas, en\nrepresentación de los trabajadores y trabajadoras de los países de ambas regiones.";
        let list = parse_in(text, "es");
        let read = acronyms_and_lines(&list);
        assert_eq!(
            read,
            vec![
                (Some("CIOSL"), &[10][..]),
                (Some("CMT"), &[10][..]),
                (Some("CES"), &[11][..]),
                (Some("ORIT"), &[11][..]),
                (Some("CLAT"), &[11][..]),
            ]
        );
    }

    /// A teaser whose headline names three unions, and whose summary ends with a "continue
    /// reading" link that prints the headline again (constructed): the names are the
    /// headline's, read on its line, not on the summary's that reprints it.
    #[test]
    fn a_headline_printed_again_in_a_link_is_read_on_its_line() {
        let text = "The signatures under the text co-signed by NGG, EVG and GEW\n\nWith hundreds of signatures from all walks of life, the signers condemn the decision of the government and call on it to withdraw it. They stress that the decision is deeply undemocratic … Continue reading The signatures under the text co-signed by NGG, EVG and GEW.\n";
        let list = parse_in(text, "en");
        let read: Vec<(String, Vec<usize>)> = list
            .entries
            .iter()
            .map(|e| {
                let name = e.acronym.clone().or_else(|| e.name.clone());
                (name.unwrap_or_default(), e.lines.clone())
            })
            .collect();
        assert_eq!(
            read,
            [
                ("NGG".to_owned(), vec![1]),
                ("EVG".to_owned(), vec![1]),
                ("GEW".to_owned(), vec![1])
            ]
        );
    }

    /// A word is held apart from the letters and figures around it.
    #[test]
    fn a_word_is_held_apart_from_letters_around_it() {
        assert!(holds_word("CES-CIOSL-CMT-ORIT-CLAT", "CES"));
        assert!(holds_word("CIOSL-CMT-CES-ORIT-CLAT", "CLAT"));
        assert!(!holds_word("PROCESO DE PAZ", "CES"));
        assert!(!holds_word("CESTA", "CES"));
    }

    /// is-stol-yfirlysing-asi-bsrb-bhm-ki (tests/fixtures/ingest/real), read by hand: the
    /// headline names the four signers in a sentence ("Yfirlýsing frá ASÍ, BSRB, BHM og KÍ",
    /// "statement from …"); the statement is signed by the line of their acronyms under it.
    /// That line is the list: it names four, the headline one sentence; and a line that names
    /// its organizations by their acronyms is no page furniture that a pair in a sentence
    /// outweighs.
    #[test]
    fn a_line_of_names_outweighs_the_headline_that_names_them() {
        let lang: Language = "is".parse().unwrap_or_else(|_| Language::default());
        let text =
            include_str!("../../tests/fixtures/ingest/real/is-stol-yfirlysing-asi-bsrb-bhm-ki.txt");
        let body = text.split_once('\n').map_or("", |(_, b)| b);
        let options = ParseOptions {
            lang: Some(&lang),
            ..ParseOptions::default()
        };
        let read: Vec<(usize, Option<String>)> = parse(body, &options)
            .entries
            .iter()
            .map(|e| (e.lines.first().copied().unwrap_or(0), e.acronym.clone()))
            .collect();
        let signers = ["ASÍ", "BSRB", "BHM", "KÍ"].map(|a| (7, Some(a.to_owned())));
        assert_eq!(read, signers);
    }

    /// The pages of vi-nld-tong-ldld-bo-nn-ptnt-ky-ket (nld.com.vn, 2020) and
    /// gl-galiciaconfidencial-mobilizacions-2017 (galiciaconfidencial.com, 2017), read by hand:
    /// a photo's caption names the two signers ("Tổng LĐLĐ Việt Nam và Bộ NN-PTNT ký kết …"),
    /// and the line below names them again, in that order, each with its leader: the list is
    /// read there. A later sentence that names the two of a lead the other way round ("CC.OO.
    /// e UGT subliñan …") leaves them in the lead.
    #[test]
    fn a_pair_named_again_in_order_below_is_read_there() {
        let body = |page: &'static str| page.split_once('\n').map_or("", |(_, b)| b);
        let vi = parse_in(
            body(include_str!(
                "../../tests/fixtures/ingest/real/vi-nld-tong-ldld-bo-nn-ptnt-ky-ket.txt"
            )),
            "vi",
        );
        let read: Vec<(Vec<usize>, Option<&str>)> = vi
            .entries
            .iter()
            .map(|e| (e.lines.clone(), e.name.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (vec![5], Some("Tổng LĐLĐ Việt Nam")),
                (vec![5], Some("Bộ NN-PTNT"))
            ]
        );
        let gl = parse_in(
            body(include_str!(
                "../../tests/fixtures/ingest/real/gl-galiciaconfidencial-mobilizacions-2017.txt"
            )),
            "gl",
        );
        assert!(gl.entries.len() == 2 && gl.entries.iter().all(|e| e.lines == [1]));
    }

    /// tests/fixtures/ingest/real/zh-Hant-exmoo-jingji-minsheng-lianmeng-minjianlian-beiwanglu,
    /// read by hand: the report names the two bodies that signed in its first sentence; its
    /// third line runs the names of the speakers ("劉家裕、李慧琼、鄭安庭、陳勇、羅彩燕、周浩鼎相繼致辭時提及",
    /// "… spoke in turn"), its fifth the officers who attended ("… 李蔭良、夏俊英、林偉權、陳順平、崔天佑等"):
    /// persons, no entries. Federations contracted to three letters share their kinds
    /// (zh-Hant-cttu-gaoshichanzong-quanchanzong-laodong-zhengjian-tiwen, line 5).
    #[test]
    fn a_run_of_short_han_names_without_kinds_names_persons() {
        let places = Places::new(&"zh-Hant".parse().unwrap_or_default(), None);
        let run = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<String>>();
        let speakers = run(&[
            "劉家裕",
            "李慧琼",
            "鄭安庭",
            "陳勇",
            "羅彩燕",
            "周浩鼎相繼致辭時提及",
        ]);
        assert!(names_persons(&speakers, &places));
        let federations = run(&["全產總", "全金聯", "全教總", "高市產總"]);
        assert!(!names_persons(&federations, &places));
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/zh-Hant-exmoo-jingji-minsheng-lianmeng-minjianlian-beiwanglu.txt"
        ));
        let list = parse_in(page, "zh-Hant");
        let names: Vec<&str> = list
            .entries
            .iter()
            .filter_map(|e| e.name.as_deref())
            .collect();
        for person in ["劉家裕", "李慧琼", "陳勇", "夏俊英", "崔天佑"] {
            assert!(!names.contains(&person), "{names:?}");
        }
    }

    /// tests/fixtures/ingest/real/nb-antirasistisk-femarsregel-tilsluttede-organisasjoner
    /// (without its source line): the rally's speakers run on line 11, each a person, a post
    /// and a body ("Tove Smaadahl leder Krisesentersekretariatet", "Arshad Butt Visjon Forum/
    /// Pakistansk familienettverk", "Gulay Kutal SV"), above the organizations joined so far
    /// on line 15 ("Visjon Forum", "SV- Sosialistisk Venstreparti"): the list. The speakers
    /// are no entries.
    #[test]
    fn speakers_with_the_bodies_the_list_names_are_no_entries() {
        let members = ["Visjon Forum", "SV- Sosialistisk Venstreparti", "Juss-Buss"];
        let others: Vec<&str> = members.iter().flat_map(|m| bodies_of(m)).collect();
        assert!(others.contains(&"SV") && others.contains(&"Sosialistisk Venstreparti"));
        assert!(names_anothers_body(
            "Arshad Butt Visjon Forum/ Pakistansk",
            &others
        ));
        assert!(names_anothers_body("Gulay Kutal SV", &others));
        assert!(!names_anothers_body("Visjon Forum-senteret", &others));
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/nb-antirasistisk-femarsregel-tilsluttede-organisasjoner.txt"
        ));
        let list = parse_in(page, "nb");
        assert!(list.entries.iter().all(|e| e.lines != vec![11]));
        assert_eq!(list.entries.len(), 25);
    }

    /// tests/fixtures/ingest/real/ko-genews-siminsahoe-yeonseokhoeui-gijahoegyeon, read by
    /// hand: its first line runs who attended the press conference, each a person, the body
    /// and the post ("김태일 신전대협 전 의장", "이희범 자유연대 대표"); its third runs the
    /// council's member groups, 신전대협 and 자유연대 among them: the list. The persons are
    /// no entries.
    #[test]
    fn a_run_of_persons_with_the_bodies_another_run_lists_names_officers() {
        let members = ["범시민사회단체연합(범사련)", "자유연대", "신전대협"];
        let others: Vec<&str> = members.iter().flat_map(|m| bodies_of(m)).collect();
        assert!(names_anothers_body("김태일 신전대협 전 의장", &others));
        assert!(names_anothers_body(
            "이날 기자회견에는 이갑산 범사련 회장",
            &others
        ));
        // A body named whole, or a word that only holds its letters, is no officer.
        assert!(!names_anothers_body("자유연대", &others));
        assert!(!names_anothers_body("울산범사련 상임공동대표", &others));
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/ko-genews-siminsahoe-yeonseokhoeui-gijahoegyeon.txt"
        ));
        let list = parse_in(page, "ko");
        let mut names = Vec::new();
        for e in &list.entries {
            assert_eq!(e.lines, [3], "{e:?}");
            names.extend(e.name.as_deref());
        }
        assert!(names.contains(&"자유연대"), "{names:?}");
    }

    /// tests/fixtures/ingest/real/nb-antirasistisk-femarsregel-tilsluttede-organisasjoner, read
    /// by hand: a line runs the rally's speakers, each a person, the post "leder" (leader) and
    /// the body ("Trine Skei Grande leder Venstre, …"); line 15 runs the
    /// organizations joined so far: the list. The speakers are no entries.
    #[test]
    fn persons_before_a_post_the_run_repeats_are_officers() {
        let speakers: Vec<String> = [
            "Trine Skei Grande leder Venstre",
            "Rune Berglund Steen leder Antirastisk Senter",
            "Tove Smaadahl leder Krisesentersekretariatet",
            "Gulay Kutal SV",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(persons_before_posts(&speakers), [true, true, true, false]);
        // A word in small letters printed once there, or a function word, is no post.
        let bodies: Vec<String> = [
            "Unión General de Trabajadores",
            "Partido Comunista de España",
            "Norsk Folkehjelp",
            "Fagforbundet Oslo avdeling Sentrum",
        ]
        .map(str::to_owned)
        .to_vec();
        assert!(!persons_before_posts(&bodies).contains(&true));
        let page = without_source(include_str!(
            "../../tests/fixtures/ingest/real/nb-antirasistisk-femarsregel-tilsluttede-organisasjoner.txt"
        ));
        let list = parse_in(page, "nb");
        for e in &list.entries {
            assert_eq!(e.lines, [15], "{e:?}");
        }
        assert_eq!(list.entries.len(), 25);
    }

    /// tests/fixtures/ingest/real/ur-dailymuballigh-pda-pfuj-npc-naye-misaq-e-jamhuriyat, read
    /// by hand: the lead runs the three bodies that held the dialogue; a later sentence runs
    /// its speakers, three of its eight names an officer of those bodies ("پی ایف یو جے کے
    /// صدر افضل بٹ", the PFUJ's president): the speakers are no entries.
    #[test]
    fn a_third_of_a_run_naming_officers_of_anothers_bodies_is_a_run_of_speakers() {
        let bodies = [
            "پاکستان ڈویلپمنٹ الائنس (پی ڈی اے)",
            "پاکستان فیڈرل یونین آف جرنلسٹ (پی ایف یو جے)",
            "نیشنل پریس کلب (این پی سی)",
        ];
        let speakers = [
            "سیاست دان سنیٹر سیف اللہ ابڑو",
            "پی ایف یو جے کے صدر افضل بٹ",
            "جنرل سیکرٹری پی ایف یو جے ناصر زیدی",
            "صدر ایم پی سی انور رضا",
            "پاکستان ڈویلپمنٹ الائنس کے قومی کنویئر ضیا الرحمان",
            "آئنی ماہر ظفر اللہ خان",
            "پاکستان بار کونسل کے نمائندے شاہ خاور",
            "سول سوسائٹی کی رہنماہ ثمینہ نذیر",
        ];
        let own = |names: &[&str]| names.iter().map(|&n| n.to_owned()).collect::<Vec<_>>();
        let mut run_ins = vec![(2, own(&bodies)), (3, own(&speakers))];
        drop_runs_of_officers(&mut run_ins);
        assert_eq!(run_ins, [(2, own(&bodies))]);
        // Two such names of eight are not enough.
        let mut run_ins = vec![(2, own(&bodies)), (3, own(&speakers[..4]))];
        run_ins[1].1.extend(own(&speakers[5..]));
        run_ins[1].1.push("صدر ایم پی سی انور رضا".to_owned());
        drop_runs_of_officers(&mut run_ins);
        assert_eq!(run_ins.len(), 2);
    }
}
