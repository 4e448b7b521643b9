//! Never silent: how sure each entry's reading is, and the lines a person should look at
//! before a list is applied — skipped lines inside or next to the list that look like names,
//! and entries read with low confidence.

use super::gazetteer::REGISTRY_PATTERN;
use super::heading::{date_in, is_footer};
use super::layout::looks_like_prose;
use super::lines::Line;
use super::runin::names_organizations;
use super::script::word_count;
use super::script::{letter, uncased_letter};
use super::{Confidence, Doubt, DoubtReason, ParsedEntry, ParsedList, SkipReason, Skipped};
use unic_langid::LanguageIdentifier;
/// Patterns that account for every part of an entry's text.
const SURE_PATTERNS: &[&str] = &[
    "branch-place",
    "name-dash",
    "acronym-dash-name",
    "name-paren-acronym",
    "acronym-paren-name",
    "acronym-country",
    "acronym-name",
    REGISTRY_PATTERN,
];

/// How sure an entry's reading is: low for text that reads as a sentence or is too long for a
/// name, or for an entry without name or acronym; medium for a name taken from a sentence or a
/// line naming several, or read by a pattern that confirms nothing (a bare name or acronym);
/// else high.
pub(super) fn rate(e: &ParsedEntry, from_run: bool) -> Confidence {
    let name = e.name.as_deref().unwrap_or("");
    let words = word_count(name);
    if (e.name.is_none() && e.acronym.is_none()) || words > 14 || looks_like_prose(name) {
        return Confidence::Low;
    }
    if from_run || !SURE_PATTERNS.contains(&e.pattern) {
        return Confidence::Medium;
    }
    Confidence::High
}

/// A reading of one or two entries under no heading is a guess — a dateline or a byline taken
/// for a list, two organizations a news sentence names —, never a list to apply unseen: its
/// entries are read with low confidence, so they are doubts a person settles. So is a reading
/// of three or four lines that shows no organization ([`lines_without_a_sign`]).
pub(super) fn doubt_an_unheaded_guess(list: &mut ParsedList) {
    let n = list.entries.len();
    let guess = (1..=2).contains(&n) || ((3..=4).contains(&n) && lines_without_a_sign(list));
    if list.heading.is_none() && guess {
        for e in &mut list.entries {
            e.confidence = Confidence::Low;
        }
    }
}

/// Entries whose text has the shape of the page's furniture rather than of a name, which a
/// reading of a page's lines or of a sentence may take in: they are doubts ([`page_shaped`]).
pub(super) fn doubt_page_shaped(list: &mut ParsedList) {
    let language = list.language.id().clone();
    for e in &mut list.entries {
        if e.confidence != Confidence::Low && page_shaped(e, &language) {
            e.confidence = Confidence::Low;
        }
    }
}

/// Whether an entry's text is shaped as no organization's name is: without a letter (a
/// figure, an ellipsis, a dash: "2", "…", "[…]"); a sentence of a script without case ended
/// by a full stop ("적극적인 관심과 취재를 요청합니다.", "وقد تلا البيان شربل نحاس.": a full
/// stop ends an abbreviation only in scripts with case, "e.V."); a field of a programme or a
/// form, a short label and its value after a colon set apart by spaces ("장소 : 세종문화회관 계단
/// 앞", "사회 : 전국민중행동 사무처장 이종문"); a date with its year ("efeverde 25 de abril",
/// "Posted 2016年5月25日"), which a dateline or a byline prints and a name does not.
fn page_shaped(e: &ParsedEntry, language: &LanguageIdentifier) -> bool {
    let name = e.name.as_deref().unwrap_or("").trim();
    let acronym = e.acronym.as_deref().unwrap_or("");
    if !name.chars().chain(acronym.chars()).any(letter) {
        return true;
    }
    let sentence = name
        .strip_suffix('.')
        .and_then(|body| body.chars().next_back())
        .is_some_and(uncased_letter)
        && name.split_whitespace().nth(1).is_some();
    sentence || spaced_field(name) || date_in(name, language).is_some()
}

/// Whether a text is a label of three words at most, without brackets, a colon set apart by
/// spaces and a value after it ("일시 : 2021년 6월 30일(화) 오전 11시").
fn spaced_field(text: &str) -> bool {
    let Some((label, value)) = text.split_once(" : ").or_else(|| text.split_once(" ： ")) else {
        return false;
    };
    let words = word_count(label);
    (1..=3).contains(&words)
        && !label.contains(['(', ')', '[', ']', '（', '）'])
        && value.chars().any(letter)
}

/// Whether the entries of a reading stand each on a line of its own, and none shows the form of
/// an organization: no acronym, no name the registry knows, no kind that two names share
/// ([`names_organizations`]). Three or four such lines under no heading are the page's
/// furniture far more often than a list: a headline, a byline and a lead ("Ligqabukile igoda
/// phakathi kwe-EFF ne-IFP" / "Lubhalwe nguZukile Majova" / …), a dateline, a site's links.
fn lines_without_a_sign(list: &ParsedList) -> bool {
    let entries = &list.entries;
    let own_lines = entries
        .iter()
        .enumerate()
        .all(|(i, e)| entries.iter().skip(i + 1).all(|o| o.lines != e.lines));
    let unmarked = entries.iter().all(|e| {
        e.acronym.as_deref().is_none_or(|a| a.trim().is_empty()) && e.pattern != REGISTRY_PATTERN
    });
    let names: Vec<&str> = entries.iter().filter_map(|e| e.name.as_deref()).collect();
    own_lines && unmarked && !names_organizations(&names, &[])
}

/// Whether a skipped line could be a name the reading missed, for the doubts a person settles:
/// a few words with letters, not a sentence, not a line that introduces what follows, no date
/// line, no web address alone, in any case and any script (a name in capitals or small
/// letters is a doubt as well).
fn short_name_line(text: &str) -> bool {
    let t = text.trim();
    let words = word_count(t);
    (1..=10).contains(&words)
        && t.chars().any(letter)
        && !t.ends_with([':', '：', '…'])
        && !t.ends_with("...")
        && !looks_like_prose(t)
        && !is_footer(t)
        && !super::addresses::address_alone(t)
}

/// Whether an entry's text could be an organization's name at all: mostly letters, without
/// the signs of code or markup (`{`, `}`, `` ` ``, `=`, `|`, `#`, `<`, `>`).
fn could_be_name(e: &ParsedEntry) -> bool {
    let (mut visible, mut letters) = (0usize, 0usize);
    let parts = [&e.acronym, &e.name, &e.translation];
    for c in parts.into_iter().flatten().flat_map(|p| p.chars()) {
        if matches!(c, '{' | '}' | '`' | '=' | '|' | '#' | '<' | '>') {
            return false;
        }
        visible += usize::from(!c.is_whitespace());
        letters += usize::from(letter(c));
    }
    letters * 2 >= visible && visible > 0
}

/// A text without a list (a README, an article that names no signatories): when fewer than
/// half the entries could be names, there are none; their lines are skipped as notes.
pub(super) fn drop_non_list(out: &mut ParsedList, page: &[Line]) {
    // Counted until more than half are names: then the list stays.
    let half = out.entries.len() / 2;
    let names = out
        .entries
        .iter()
        .filter(|e| could_be_name(e))
        .take(half + 1)
        .count();
    if out.entries.is_empty() || names > half {
        return;
    }
    let mut lines: Vec<usize> = out.entries.iter().flat_map(|e| e.lines.clone()).collect();
    lines.sort_unstable();
    lines.dedup();
    out.entries.clear();
    for line in lines {
        let text = page
            .binary_search_by_key(&line, |l| l.no)
            .ok()
            .and_then(|i| page.get(i))
            .map_or_else(String::new, |l| l.text.trim().to_owned());
        out.skipped.push(Skipped {
            line,
            text,
            reason: SkipReason::Note,
        });
    }
    out.skipped.sort_by_key(|s| s.line);
}

/// A heading heads a list: where no entry was read, the line taken for the heading (a line
/// ending in a colon above a paragraph, a heading word in prose) is text before a list that is
/// not there, and is skipped as such.
pub(super) fn drop_headless_heading(out: &mut ParsedList) {
    if !out.entries.is_empty() {
        return;
    }
    if let Some(h) = out.heading.take() {
        out.skipped.push(Skipped {
            line: h.line,
            text: h.text,
            reason: SkipReason::Preamble,
        });
        out.skipped.sort_by_key(|s| s.line);
    }
}

/// The doubts of a reading: skipped lines that look like names between the list's first and
/// last entry, or just after it; and entries read with low confidence.
pub(super) fn find_doubts(list: &ParsedList) -> Vec<Doubt> {
    let mut out = Vec::new();
    let first = list.entries.iter().filter_map(|e| e.lines.first()).min();
    let last = list.entries.iter().filter_map(|e| e.lines.last()).max();
    if let (Some(&first), Some(&last)) = (first, last) {
        let after = list
            .skipped
            .iter()
            .find(|s| s.line > last && !s.text.is_empty())
            .map(|s| s.line);
        for s in &list.skipped {
            let inside = s.line > first && s.line < last && s.reason == SkipReason::Note;
            let just_after = Some(s.line) == after && s.reason == SkipReason::Footer;
            if (inside || just_after) && short_name_line(&s.text) {
                out.push(Doubt {
                    line: s.line,
                    text: s.text.clone(),
                    reason: DoubtReason::SkippedNameLike,
                });
            }
        }
    }
    for e in &list.entries {
        if e.confidence == Confidence::Low {
            out.push(Doubt {
                line: e.lines.first().copied().unwrap_or(0),
                text: e
                    .name
                    .clone()
                    .or_else(|| e.acronym.clone())
                    .unwrap_or_default(),
                reason: DoubtReason::UncertainEntry,
            });
        }
    }
    out.sort_by_key(|d| d.line);
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse_in;
    use super::*;

    /// The entries of a page read in `lang`, with their confidence.
    fn read(text: &str, lang: &str) -> Vec<(Option<String>, Confidence)> {
        parse_in(text, lang)
            .entries
            .into_iter()
            .map(|e| (e.name, e.confidence))
            .collect()
    }

    /// tests/fixtures/ingest/real/zu-scrolla-ligqabukile-igoda-eff-ifp as stored (the gold
    /// reads the parties EFF and IFP from the article): its headline, byline and lead's first
    /// sentence ("Ligqabukile igoda phakathi kwe-EFF ne-IFP" / "Lubhalwe nguZukile Majova" /
    /// "Bebengamadlelandawonye angajwayelekile kwasekuqaleni."), three lines of no
    /// organization's form read as entries, are doubts. The numbered lines of
    /// tr-gazeteduvar-27-stk-beyaz-miting-destek-cagrisi (lines 11–14 as stored, gold entries
    /// all), associations that share their kind ("Derneği"), are not.
    #[test]
    fn three_or_four_lines_without_a_sign_of_organizations_are_doubts() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/zu-scrolla-ligqabukile-igoda-eff-ifp.txt"
        );
        let body = page.split_once('\n').map_or("", |(_, b)| b);
        let furniture = read(body, "zu");
        assert!(
            furniture.len() >= 3 && furniture.iter().all(|(_, c)| *c == Confidence::Low),
            "{furniture:?}"
        );
        let list = "3. Ankara CUMOK\n4. Ankara Dayanışma Derneği\n5. Ankara Tiyatro Yapımcıları Derneği\n6. Ankara Dersimliler Derneği\n";
        let read_tr = read(list, "tr");
        assert_eq!(read_tr.len(), 4, "{read_tr:?}");
        assert!(
            read_tr.iter().all(|(_, c)| *c != Confidence::Low),
            "{read_tr:?}"
        );
    }

    /// An entry of the given name and acronym, read in `lang`.
    fn shaped(name: &str, acronym: Option<&str>, lang: &str) -> bool {
        let e = ParsedEntry {
            name: (!name.is_empty()).then(|| name.to_owned()),
            acronym: acronym.map(str::to_owned),
            ..ParsedEntry::default()
        };
        let lang: LanguageIdentifier = lang.parse().unwrap_or_default();
        page_shaped(&e, &lang)
    }

    /// tests/fixtures/ingest/real/ko-cpmadang-jiphoe-jayu-bojang-gijahoegyeon-chamga-danche as
    /// stored: the press conference's programme above the list ("○ 일시 : 2021년 6월 30일(화)
    /// 오전 11시", "사회 : 전국민중행동 사무처장 이종문") and the sentences of its purpose ending in
    /// a full stop are doubts; the organizations under "3. 참가단체" are not. Figures, an
    /// ellipsis and datelines are furniture in any script; a name with a full stop of a script
    /// with case ("Sonnenernte e.V."), a colon after an acronym or a word ("Promueve: Comité para
    /// la Alianza…"), a spaced colon inside parentheses and a day without its year ("Movimiento
    /// 15 de Septiembre") are names.
    #[test]
    fn entries_shaped_as_the_pages_furniture_are_doubts() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/ko-cpmadang-jiphoe-jayu-bojang-gijahoegyeon-chamga-danche.txt"
        );
        let body = page.split_once('\n').map_or("", |(_, b)| b);
        let read = read(body, "ko");
        let confidence = |name: &str| {
            read.iter()
                .find(|(n, _)| n.as_deref() == Some(name))
                .map(|(_, c)| *c)
        };
        for furniture in [
            "일시 : 2021년 6월 30일(화) 오전 11시",
            "장소 : 세종문화회관 계단 앞",
            "사회 : 전국민중행동 사무처장 이종문",
            "적극적인 관심과 취재를 요청합니다.",
        ] {
            assert_eq!(confidence(furniture), Some(Confidence::Low), "{furniture}");
        }
        for name in ["시민사회연대회의", "경제정의실천시민연합", "참여연대"] {
            assert_eq!(confidence(name), Some(Confidence::Medium), "{name}");
        }
        assert!(shaped("2", None, "fr"));
        assert!(shaped("[…]", None, "fr"));
        assert!(shaped("وقد تلا البيان شربل نحاس.", None, "ar"));
        assert!(shaped("efeverde 25 de abril de 2019", None, "es"));
        assert!(!shaped("", Some("CGT"), "fr"));
        assert!(!shaped("Sonnenernte e.V. Ketsch", None, "de"));
        assert!(!shaped("Solarverein e.V.", None, "de"));
        assert!(!shaped(
            "Promueve: Comité para la Alianza de Trabajadores y Pueblos",
            None,
            "es"
        ));
        assert!(!shaped(
            "अमन समाज पार्टी (राष्ट्रीय अध्यक्ष : श्री एमडी नजीर भारतीय)",
            None,
            "hi"
        ));
        assert!(!shaped("Movimiento 15 de Septiembre", None, "es"));
    }
}
