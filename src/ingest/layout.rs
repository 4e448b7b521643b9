//! Finding the list among a page's lines by the shape its lines share, not by keywords alone:
//! lines are grouped into blocks of entry-shaped lines (short, not sentences, most with the
//! same marker), and the list is the block after the heading, or the largest block when no
//! heading word is found. Word tables (heading, footer, section words) are evidence: a heading
//! word places the list, a footer word ends it, but a line that is not shaped like an entry ends
//! the list only when the lines after it do not continue the list's template (its marker kind,
//! or its numbering) — one odd line never discards the entries after it.

use super::entry::marker;
use super::heading::{
    date_alone, date_in, is_footer, is_prose, is_subsequent_heading, is_trailer,
    time_with_day_period,
};
use super::lines::Line;
use super::listwords::{ListWords, list_words};
use super::runin::{group_items, has_numeric_date};
use super::script::word_count;
use super::script::{
    ends_with_terminal, holds_acronym, letter_by_range, quote_mark, sentence_terminal,
    sentence_words, uncased,
};
use unic_langid::LanguageIdentifier;
/// How a line is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MarkerKind {
    /// A number ("12.", "۱۲.", "3)").
    Number,
    /// A bullet character ("-", "•", "·", "*", "–").
    Bullet(char),
}

/// The kind of a line's marker, if it has one.
pub(super) fn marker_kind(line: &str) -> Option<MarkerKind> {
    let (n, _) = marker(line)?;
    Some(match n {
        Some(_) => MarkerKind::Number,
        None => MarkerKind::Bullet(line.trim_start().chars().next().unwrap_or('-')),
    })
}

/// A sentence rather than an entry: long, or ending like a sentence. Stricter for marked lines
/// (a bulleted list of demands is prose; "1. Asociación Vihsibles." is an entry), but a
/// numbered line of four words or more that ends with a sentence terminal of a script other
/// than Latin ("1.安保法制の廃止と…を共通の目標とする。", the points of an agreement) is a
/// sentence as an unmarked one is: no name ends so. (A bulleted line may close a sentence that
/// the list's lines make together, "– ዓረና ንሉኣላውነትን ዴሞክራስን (ዓረና) ናቸው።", "… are".)
pub(super) fn looks_like_prose(text: &str) -> bool {
    let t = text.trim();
    prose_marked(t, marker(t))
}

/// [`looks_like_prose`] of a trimmed text whose marker ([`marker`]) is known.
fn prose_marked(t: &str, found: Option<(Option<u32>, &str)>) -> bool {
    let (marked, numbered, body) = match found {
        Some((n, rest)) => (true, n.is_some(), rest),
        None => (false, false, t),
    };
    let end = body.trim_end();
    let ends_sentence = (ends_with_terminal(end) || end.ends_with(';')) && !end.ends_with(".)");
    if numbered {
        // A numbered line is an entry however long it is, unless it reads as a sentence: its
        // words are counted only when it ends as one.
        let outside = ends_sentence_outside_latin(end);
        if !ends_sentence && !outside {
            return false;
        }
        let words = sentence_words(body);
        return (words >= 20 && ends_sentence) || (words >= 4 && outside);
    }
    let words = sentence_words(body);
    let chars = body.chars().count();
    if marked {
        (words >= 20 && ends_sentence) || words >= 45 || chars > 400
    } else {
        words >= 25
            || chars > 200
            || (words >= 10 && ends_sentence)
            || (words >= 4 && ends_sentence_outside_latin(end))
            || is_prose(body)
    }
}

/// Whether a text ends with a sentence terminal of a script other than Latin (Unicode's
/// Sentence_Terminal: "。", "！", "？", "።", "।", "۔", "؟"), perhaps before closing quotes
/// (a right single quotation mark too: after such a terminal it closes a quote, "যাবেন।’"): no
/// organization's name ends so, while a Latin full stop may end one ("e.V.").
fn ends_sentence_outside_latin(text: &str) -> bool {
    let last = text
        .chars()
        .rev()
        .find(|c| !quote_mark(*c) && !matches!(c, '」' | '』' | ')' | '）' | '’'));
    last.is_some_and(|c| !c.is_ascii() && sentence_terminal(c))
}

/// Page furniture, never an organization's name: a date or a time in figures ("22.5.2025",
/// "- Francie, Paříž, 22.04", "10.15"), a telephone number ("p. 040-6690519"), a line of web or
/// e-mail addresses only (an entry may carry its address as a note), a copyright line ("©", or
/// the circled small or capital letter c that Korean and Japanese sites print for it, "ⓒ"),
/// the site's navigation ([`navigation`]) or a field of the page ([`page_field`]).
pub(super) fn page_furniture(text: &str) -> bool {
    furniture_marked(text, marker(text))
}

/// [`page_furniture`] of a text whose marker ([`marker`]) is known.
fn furniture_marked(text: &str, found: Option<(Option<u32>, &str)>) -> bool {
    // Compared without allocating: this runs on every line of the page.
    let has = |w: &str, needle: &[u8]| {
        w.as_bytes()
            .windows(needle.len())
            .any(|x| x.eq_ignore_ascii_case(needle))
    };
    let address = |w: &str| {
        has(w, b"http")
            || w.as_bytes()
                .get(..4)
                .is_some_and(|x| x.eq_ignore_ascii_case(b"www."))
            || w.split_once('@').is_some_and(|(_, d)| d.contains('.'))
    };
    let mut worded = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .peekable();
    let only_addresses = worded.peek().is_some() && worded.all(address);
    has_numeric_date(text)
        || only_addresses
        || text.contains('©')
        || copyright(text)
        || telephone(text)
        || navigation(text)
        || page_field(text)
        || unclicked_counter(found.map_or(text, |(_, body)| body))
}

/// A copyright line: a short line (twelve words at most) with "©", or the circled small or
/// capital letter c that Korean and Japanese sites print for it ("<저작권자 ⓒ 서울경제, 무단
/// 전재 및 재배포 금지>", the copyright holder; reprinting prohibited). Its commas and "and"
/// never part names of a run. A paragraph that ends a photo's caption with its credit ("…
/// ANP KOEN VAN WEEL Ⓒ ANP") is no copyright line.
pub(super) fn copyright(text: &str) -> bool {
    text.contains(['©', 'ⓒ', 'Ⓒ']) && text.split_whitespace().nth(12).is_none()
}

/// A control of the page with its tally still empty, a label of three words at most and a
/// count of nothing after it: "0", "(0)" or "( )" (reaction buttons, "• 추천해요 0"; comment
/// widgets, "Wordpress (0)", "Disqus ( )"; "Print 0"), or a zero before it ("0 comments:", a
/// blog's). A name may end with a figure ("Articolo 21", "Group 24"), never with a zero or
/// empty parentheses, and starts with none.
fn unclicked_counter(body: &str) -> bool {
    let t = body.trim_end();
    let label = if let Some(label) = t.strip_prefix("0 ") {
        // The count before its label ("0 comments:", a blog's comment widget).
        label.trim_end_matches(':')
    } else if let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) {
        let inner = t.get(open + 1..t.len() - 1).unwrap_or_default().trim();
        if !inner.chars().all(|c| c == '0') {
            return false;
        }
        t.get(..open).unwrap_or_default()
    } else if let Some(label) = t.strip_suffix('0').filter(|x| x.ends_with(' ')) {
        label
    } else {
        return false;
    };
    let mut words = label.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.chars().any(char::is_alphabetic))
        && words.nth(2).is_none()
}

/// A site's navigation: a breadcrumb trail or a title bar, its parts between the same sign
/// two times or more ("您现在的位置: 环境生态网 >> NGO >> NGO信息台 >> …", "… | JamiiForums |
/// The Home of Great Thinkers", "华夏经纬网 > 两岸 > 两岸交流"), each part a few words
/// ([`NAVIGATION_PART`]). (Not "»": French sets its quotes apart by spaces.) Parts that each
/// name an organization by its acronym are a list set apart by the sign ("Supported by: MLPD |
/// DKP | PCOF | KKE"), not the site's sections.
pub(super) fn navigation(text: &str) -> bool {
    // (Both signs are ASCII: a search of bytes.)
    if !text.bytes().any(|b| b == b'>' || b == b'|') {
        return false;
    }
    [">>", " > ", " | "].iter().any(|sign| {
        text.matches(sign).nth(1).is_some()
            && text
                .split(sign)
                .all(|part| part.split_whitespace().nth(NAVIGATION_PART).is_none())
            && !text.split(sign).all(holds_acronym)
    })
}

/// The most words a part of a site's navigation holds: a section's name, a headline. Longer
/// parts are sentences, which some pages end with "|" for the danda ("।") of Gurmukhi or
/// Devanagari.
const NAVIGATION_PART: usize = 8;

/// A field of the page, a label and a figure ("Messages: 1,027", "Trophy Points: 135", "view
/// : 1189" under a forum post or an article): three words at most before a colon, only
/// figures and their signs after it.
fn page_field(text: &str) -> bool {
    let Some((label, value)) = text.split_once(':') else {
        return false;
    };
    let value = value.trim();
    label.split_whitespace().nth(3).is_none()
        && label.chars().any(char::is_alphabetic)
        && value.chars().any(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | ',' | '/' | '+' | '-'))
}

/// A telephone number in a contact line ("Febi Yonesta, YLBHI – (087870636308)"): nine
/// figures or more in a row, as no name, date or count is written (a count groups its
/// thousands).
fn telephone(text: &str) -> bool {
    let mut run = 0;
    for b in text.bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= 9 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// A file's name printed where a download link or a picture stood
/// ("Solidarischer_Herbst_Aufruf_Demobündnis"): one word whose parts are joined by underscores.
/// No organization's name is so written.
fn file_name(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && t.split('_')
            .filter(|p| p.chars().any(char::is_alphanumeric))
            .nth(1)
            .is_some()
}

/// A post's time stamp ("Published at 03:48 PM Feb 11 2025"): a time of day in figures
/// ("03:48") with a year, or with a date (its month in words, in the page's language or
/// English, as CLDR writes it), or a link to another article with its time and its count of
/// views after it ("… e’lon qilindi 28 apr, 13:43 135", "14 mar, 16:45 10 681
/// O‘zbekiston"). No organization's name holds one.
pub(super) fn stamp(text: &str, lang: &LanguageIdentifier) -> bool {
    // (Both shapes hold a time of day, so a colon: a cheap test of every line first.)
    if !text.contains(':') {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.windows(2).any(|w| match w {
        [time, count] => time_of_day(time) && count.bytes().all(|c| c.is_ascii_digit()),
        _ => false,
    }) {
        return true;
    }
    let b = text.as_bytes();
    let time = b.windows(4).enumerate().any(|(i, w)| {
        matches!(w, [h, b':', m1, m2] if h.is_ascii_digit() && m1.is_ascii_digit() && m2.is_ascii_digit())
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    });
    let year = || {
        text.split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && n.parse::<u16>().is_ok_and(|y| (1900..2100).contains(&y)))
    };
    time && (year() || date_in(text, lang).is_some())
}

/// A time of day in figures, alone: "13:43", "9:05".
fn time_of_day(w: &str) -> bool {
    w.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit())
    })
}

/// A rule between parts of a page ("****", "=====", "* * *"): three signs or more, no letter or
/// figure. (A marker alone on its line, "1." or "•", is not: its entry follows on the next
/// line.)
fn rule(text: &str) -> bool {
    !text.chars().any(char::is_alphanumeric)
        && text.chars().filter(|c| !c.is_whitespace()).nth(2).is_some()
}

/// A count alone on its line ("0", "1 234", "12,5"): figures, spaces and the signs that group
/// them, no letter. No organization's name is a bare figure; a marker ("1.", "2)") is not a
/// count.
fn bare_count(text: &str) -> bool {
    let t = text.trim();
    t.chars().any(|c| c.is_numeric())
        && t.chars()
            .all(|c| c.is_numeric() || c == ',' || c == '.' || c == ' ' || c == '\u{A0}')
        && !t.ends_with(['.', ','])
}

/// Page furniture by its layout: counts, each on its own line, alternating with their labels
/// (reaction buttons and their tallies, "views" and a figure) two times or more. Every line of
/// such an alternation, labels included, is furniture; a list has no figure between its
/// names. Rows of the page's controls are furniture too ([`control_rows`]). Returns a flag per
/// line.
pub(super) fn counters(lines: &[Line]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let shown: Vec<(usize, bool)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.text.trim().is_empty())
        .map(|(i, l)| (i, bare_count(&l.text)))
        .collect();
    let mut start = 0;
    while start < shown.len() {
        // The longest alternation of counts and other lines from `start`.
        let mut end = start + 1;
        while end < shown.len() && shown.get(end).map(|x| x.1) != shown.get(end - 1).map(|x| x.1) {
            end += 1;
        }
        let run = shown.get(start..end).unwrap_or_default();
        if run.iter().filter(|x| x.1).count() >= 2 {
            for &(i, _) in run {
                if let Some(f) = out.get_mut(i) {
                    *f = true;
                }
            }
        }
        start = end;
    }
    control_rows(lines, &mut out);
    out
}

/// A row of the page's controls, one label a line: three lines or more in a row, each of one
/// or two letters and nothing else (the text-size buttons "XS", "SM", "MD", "LG"; "A", "A").
/// No list is made of such lines only: an acronym of two letters stands among longer ones.
fn control_rows(lines: &[Line], out: &mut [bool]) {
    let tiny = |t: &str| {
        let mut n = 0;
        for c in t.chars() {
            if !c.is_alphabetic() {
                return false;
            }
            n += 1;
        }
        (1..=2).contains(&n)
    };
    let shown: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.get(i).is_some_and(|l| !l.text.trim().is_empty()))
        .collect();
    let mut k = 0;
    while k < shown.len() {
        let is_tiny = |k: usize| {
            shown
                .get(k)
                .and_then(|&i| lines.get(i))
                .is_some_and(|l| tiny(l.text.trim()))
        };
        let mut end = k;
        while is_tiny(end) {
            end += 1;
        }
        if end - k >= 3 {
            for &i in shown.get(k..end).unwrap_or_default() {
                if let Some(f) = out.get_mut(i) {
                    *f = true;
                }
            }
        }
        k = end.max(k + 1);
    }
}

/// A line that ends with an exclamation or a question mark, in any script ("ЧУКУЛ КАБАР!",
/// a news flag; "たたかう労働組合、労働者のみなさん!", a salutation; "Per la lenga occitana !",
/// a slogan; "1. 안녕하십니까?"): a call, a greeting or a question, never a name. (A Spanish
/// name may be written between "¡" and "!": a line that opens with "¡" or "¿" is left
/// alone.) So does a line that asks inside it, a question mark before a space, a quote or an
/// ellipsis (a related article's headline, "李대통령, 이학재 겨냥? \"그럼 …\""; "DEI vai ei?
/// Pride-viikon työelämätapahtuma"): a name asks nothing (a line with "¿" is left alone).
fn exclaims_or_asks(text: &str) -> bool {
    let end = text.trim_end_matches(|c: char| quote_mark(c) || c == ')');
    (end.ends_with(['!', '?', '！', '？']) || asks_within(text)) && !text.starts_with(['¡', '¿'])
}

/// A line wholly between brackets or parentheses: an aside of the page, never a name — a
/// label or a note of the editor ("【2013年11月6日付しんぶん赤旗に掲載】", "【発言(五十音順)】",
/// "〔賛同組合・個人の一覧と集会プログラムも…収録しました。HP編集委員会〕"), the agency or the
/// reporter a news item cites ("(Соб. инф.).", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>").
/// A word alone so set apart may be the acronym of the name above it ("(CGT)"): only a group
/// of several words, or of three letters or more in a script without spaces, is an aside.
fn aside(text: &str) -> bool {
    let t = text.trim_end_matches(['.', '。']);
    let mut chars = t.chars();
    let close = match chars.next() {
        Some('(') => ')',
        Some('（') => '）',
        Some('[') => ']',
        Some('【') => '】',
        Some('〔') => '〕',
        Some('<') => '>',
        Some('〈') => '〉',
        _ => return false,
    };
    let Some(inside) = chars.as_str().strip_suffix(close) else {
        return false;
    };
    let open = t.chars().next().unwrap_or(close);
    !inside.contains([open, close])
        && (inside.trim().contains(' ') || (uncased(inside) && inside.chars().nth(2).is_some()))
}

/// Whether a question mark stands inside the text, before a space, a quote or an ellipsis
/// (not in an address's query, "index.php?id=1"). Byte tests first: most lines hold none.
fn asks_within(text: &str) -> bool {
    (text.contains('?') || text.contains('？'))
        && !text.contains('¿')
        && text.match_indices(['?', '？']).any(|(i, q)| {
            text.get(i + q.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_whitespace() || quote_mark(c) || c == '…')
        })
}

/// Too few letters for a name: one letter ("А", a text-size button; "等"), or none in a line
/// longer than a marker alone ("+20+12", a temperature; "2011"), or a word of two or three
/// small letters alone (a language switch, "lv": an acronym is written in capitals). A marker
/// alone on its line ("1.", "12)", "•") still starts an entry.
fn too_few_letters(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    match (letters.next(), letters.next()) {
        (Some(_), Some(_)) => text.len() <= 3 && text.bytes().all(|b| b.is_ascii_lowercase()),
        (Some(_), None) => true,
        _ => text.chars().filter(|c| !c.is_whitespace()).nth(3).is_some(),
    }
}

/// A post's time stamp, a date alone or a time with its day period ([`stamp`], [`date_alone`],
/// [`time_with_day_period`]), its figures in the digits of any numbering system read as ASCII
/// ones ("এপ্রিল ২০২৪, শনিবার, ০৯:৪৫:৪৭ অপরাহ্ন").
pub(super) fn date_or_time(text: &str, lang: &LanguageIdentifier) -> bool {
    date_or_time_marked(text, marker(text), lang)
}

/// [`date_or_time`] of a text whose marker ([`marker`]) is known; found again only for the
/// text with its figures written in ASCII, when it has other figures.
fn date_or_time_marked(
    text: &str,
    found: Option<(Option<u32>, &str)>,
    lang: &LanguageIdentifier,
) -> bool {
    let t = ascii_figures(text);
    let body = match &t {
        std::borrow::Cow::Borrowed(_) => found.map_or(text, |(_, body)| body),
        std::borrow::Cow::Owned(o) => marker(o).map_or(o.as_str(), |(_, body)| body),
    };
    stamp(&t, lang) || date_alone(&t, lang) || time_with_day_period(&t, body, lang)
}

/// A text with its decimal digits of other scripts (Bengali, Devanagari, Arabic-Indic, full-width
/// …: Unicode's Nd) written as ASCII ones; borrowed when it holds none (checked without
/// allocating: a character outside ASCII is looked up only when it is no letter told by range).
fn ascii_figures(text: &str) -> std::borrow::Cow<'_, str> {
    let other = |c: char| !c.is_ascii() && !letter_by_range(c) && c.is_numeric();
    // (The first Nd digit outside ASCII is U+0660, ARABIC-INDIC DIGIT ZERO: a text whose bytes
    // all stay below 0xD9, the lead byte of U+0640–U+067F, holds none, told without decoding
    // its characters: Latin, Greek, Cyrillic, Armenian and Hebrew lines.)
    if text.bytes().all(|b| b < 0xD9) || !text.chars().any(other) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if other(c) {
                crate::text::decimal_digit(c)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// Whether a line is shaped like an entry of a list (computed once per line: see
/// [`find_region`]'s `shaped`).
pub(super) fn entry_shaped(text: &str, lang: &LanguageIdentifier) -> bool {
    let t = text.trim();
    if t.is_empty() || is_trailer(t, lang) || is_footer(t) || is_subsequent_heading(t) {
        return false;
    }
    // (The line's marker, found once: the tests below each ask for it.)
    let found = marker(t);
    if too_few_letters(found.map_or(t, |(_, body)| body))
        || exclaims_or_asks(t)
        || aside(t)
        || prose_marked(t, found)
        || furniture_marked(t, found)
        || rule(t)
        || file_name(t)
        || date_or_time_marked(t, found, lang)
    {
        return false;
    }
    // A line that introduces what follows ("… are the following:") is not an entry.
    found.is_some() || !t.ends_with([':', '：'])
}

/// The list's place among the lines.
#[derive(Debug, Clone, Default)]
pub(super) struct Region {
    /// Index of the list's first line.
    pub(super) start: usize,
    /// Index after the list's last line.
    pub(super) end: usize,
    /// Whether most of the list's lines carry a marker.
    pub(super) marked: bool,
}

/// A run of entry-shaped lines (blank lines inside it allowed).
#[derive(Debug, Clone, Copy)]
struct Block {
    start: usize,
    /// Index of the last entry-shaped line.
    last: usize,
    lines: usize,
    marked: usize,
    kind: Option<MarkerKind>,
    first_number: Option<u32>,
    last_number: Option<u32>,
    /// How many of its lines are numbered, when their numbers count up from 1 (1, 2, 3, …),
    /// else 0.
    counted: usize,
}

impl Block {
    fn mostly_marked(&self) -> bool {
        self.marked * 5 >= self.lines * 3
    }
    /// Whether `next` continues this block's template: the same marker, or the numbering.
    fn continued_by(&self, next: &Block) -> bool {
        let numbering =
            matches!((self.last_number, next.first_number), (Some(a), Some(b)) if b == a + 1);
        // Numbering that starts again at 1 starts another list (demands, then signatories).
        let restarts =
            matches!((self.last_number, next.first_number), (Some(a), Some(1)) if a >= 1);
        numbering
            || (!restarts
                && self.mostly_marked()
                && next.mostly_marked()
                && self.kind == next.kind
                && next.lines >= 2)
    }
}

fn blocks(lines: &[Line], shaped: &[bool], heading_at: Option<usize>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        if Some(i) == heading_at || !shaped.get(i).copied().unwrap_or(false) {
            out.extend(current.take());
            continue;
        }
        let kind = marker_kind(t).or(l.item.then_some(MarkerKind::Bullet('•')));
        let number = marker(t).and_then(|(n, _)| n);
        let b = current.get_or_insert(Block {
            start: i,
            last: i,
            lines: 0,
            marked: 0,
            kind,
            first_number: number,
            last_number: None,
            counted: 0,
        });
        b.last = i;
        b.lines += 1;
        if kind.is_some() {
            b.marked += 1;
            if b.kind.is_none() {
                b.kind = kind;
            }
        }
        if let Some(n) = number {
            let next = b.last_number.map_or(1, |last| last + 1);
            b.counted = if n == next && (b.counted > 0 || n == 1) {
                b.counted + 1
            } else {
                0
            };
            if b.first_number.is_none() {
                b.first_number = number;
            }
            b.last_number = number;
        }
    }
    out.extend(current);
    out
}

/// Non-blank lines strictly between two line indexes.
fn gap(lines: &[Line], from: usize, to: usize) -> Vec<usize> {
    (from + 1..to)
        .filter(|&i| lines.get(i).is_some_and(|l| !l.text.trim().is_empty()))
        .collect()
}

/// Finds the list: the block after the heading, else the largest block by its lines (marked
/// lines count twice), then extended over neighbouring blocks that continue its template
/// across at most two odd lines, or that a section heading introduces.
pub(super) fn find_region(
    lines: &[Line],
    shaped: &[bool],
    lang: &LanguageIdentifier,
    heading_at: Option<usize>,
) -> Region {
    let blocks = blocks(lines, shaped, heading_at);
    let lw = list_words(lang);
    let names = |b: &Block| block_names(lines, shaped, b, &lw);
    let first_prose = heading_at
        .is_none()
        .then(|| first_prose(lines, shaped))
        .flatten();
    let head = |b: &Block| first_prose.is_some_and(|p| page_head(lines, b, p, &lw));
    let Some(main) = main_block(&blocks, heading_at, names, head) else {
        return Region {
            start: lines.len(),
            end: lines.len(),
            ..Region::default()
        };
    };
    let mut hi = main;
    while let (Some(a), Some(b)) = (blocks.get(hi), blocks.get(hi + 1)) {
        if !goes_on(lines, lang, a, b) {
            break;
        }
        hi += 1;
    }
    let mut lo = main;
    while lo > 0 {
        let (Some(a), Some(b)) = (blocks.get(lo - 1), blocks.get(lo)) else {
            break;
        };
        if !earlier_part(lines, heading_at, a, b) {
            break;
        }
        lo -= 1;
    }
    let (Some(a), Some(b)) = (blocks.get(lo), blocks.get(hi)) else {
        return Region::default();
    };
    let parts = blocks.get(lo..=hi).unwrap_or_default();
    let lines_in: usize = parts.iter().map(|b| b.lines).sum();
    let marked: usize = parts.iter().map(|b| b.marked).sum();
    let region = Region {
        start: a.start,
        end: b.last + 1,
        marked: marked * 5 >= lines_in * 3,
    };
    let region = trim_to_marked(lines, region, a, b);
    sentence_across_lines(lines, region, &lw)
}

/// A list printed as one sentence broken at its names: each line but the last ends with the
/// list's separator (CLDR's list patterns: "የአፋር ሕዝቦች ነፃነት ፓርቲ፣", "A,", "B,"), the
/// last with the conjunction before it or the sentence's end ("… ፓርቲ ናቸው።"). Three such
/// lines or more make it; the list ends where the sentence does (the line that holds its
/// terminal, at most two lines past the last separator), and lines of the page below it (a
/// site's menu) are not the list's, unless more lines ending with a separator follow (another
/// such sentence). One or two lines above the first are the sentence's start, no name.
fn sentence_across_lines(lines: &[Line], mut region: Region, lw: &ListWords) -> Region {
    let shown: Vec<usize> = (region.start..region.end)
        .filter(|&i| lines.get(i).is_some_and(|l| !l.text.trim().is_empty()))
        .collect();
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
    let separated = |i: usize| {
        text(i)
            .chars()
            .next_back()
            .is_some_and(|c| lw.is_separator(c) || matches!(c, ';' | '；'))
    };
    let Some(first) = shown.iter().position(|&i| separated(i)) else {
        return region;
    };
    let chain = shown
        .iter()
        .skip(first)
        .take_while(|&&i| separated(i))
        .count();
    let last = first + chain;
    if chain < 3 || first > 2 || shown.iter().skip(last).any(|&i| separated(i)) {
        return region;
    }
    // The line that ends the sentence: the first after the chain that holds a terminal,
    // within two lines; else the first after it.
    let close = shown
        .iter()
        .skip(last)
        .take(2)
        .position(|&i| holds_terminal(text(i)))
        .map_or(last, |k| last + k);
    if let (Some(&start), Some(&end)) = (shown.get(first), shown.get(close)) {
        region.start = start;
        region.end = end + 1;
    }
    region
}

/// Whether a text holds a sentence terminal (Unicode's Sentence_Terminal: ".", "。", "።",
/// "।", "؟", …).
fn holds_terminal(text: &str) -> bool {
    text.chars().any(sentence_terminal)
}

/// The list's main block: the first after the heading, else the largest (marked lines count
/// twice, numbered lines that count up from 1 three times: "1 维多利亚州华人社团联合会",
/// "2 墨尔本世界福清同乡联谊会", … is a list, whatever the sign after its numbers). A block's
/// lines count as the names they hold ([`block_names`]).
fn main_block(
    blocks: &[Block],
    heading_at: Option<usize>,
    names: impl Fn(&Block) -> usize,
    head: impl Fn(&Block) -> bool,
) -> Option<usize> {
    heading_at
        .and_then(|h| blocks.iter().position(|b| b.start > h))
        .or_else(|| {
            blocks
                .iter()
                .enumerate()
                .filter(|(_, b)| !head(b))
                .max_by_key(|(i, b)| {
                    let counted = if b.counted >= 3 { b.counted } else { 0 };
                    (names(b) + b.marked + counted, std::cmp::Reverse(*i))
                })
                .map(|(i, _)| i)
        })
}

/// The page's first line of prose (a sentence, not shaped like an entry): where an article
/// starts. Only lines that are not entry-shaped are read.
fn first_prose(lines: &[Line], shaped: &[bool]) -> Option<usize> {
    (0..lines.len()).find(|&i| {
        !shaped.get(i).copied().unwrap_or(false)
            && lines.get(i).is_some_and(|l| {
                let t = l.text.trim();
                !t.is_empty() && looks_like_prose(t)
            })
    })
}

/// The most lines a page's head holds: the site's name, a menu line, a date, the headline, a
/// teaser, the byline. A longer block above a text is rather a list of its own.
const HEAD_LINES: usize = 6;

/// The page's head above its article: a block of a few lines ([`HEAD_LINES`]) that ends before the first line of prose, that
/// no line introduces (ending with a colon), and that names no organization by its form — no
/// line holds an acronym, or a separator of CLDR's list patterns between names — and is
/// neither numbered nor marked (the site's name and menu, a date, the headline, the byline:
/// "Пайвандҳои дастрасӣ", "Хабари нав", "Раҳматкарими Давлат аз Душанбе"). A letterhead of
/// acronyms or a headline that names the signatories stays a candidate.
fn page_head(lines: &[Line], b: &Block, first_prose: usize, lw: &ListWords) -> bool {
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
    let introduced = (0..b.start)
        .rev()
        .map(text)
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.ends_with([':', '：']));
    b.last < first_prose
        && b.lines <= HEAD_LINES
        && !introduced
        && b.counted < 3
        && !b.mostly_marked()
        && (b.start..=b.last).map(text).all(|t| {
            t.is_empty()
                || (!holds_acronym(t)
                    && !t.contains(lw.separators.as_slice())
                    && group_items(t, lw).is_none())
        })
}

/// How many names a block's lines hold: one a line, but a short block's line that names
/// several ("ASÍ, BSRB, BHM, KÍ", "Organizaciones agrarias: COAG, UPA") counts as that many,
/// so that such a line outweighs a headline above it that names them in a sentence
/// ("Yfirlýsing frá ASÍ, BSRB, BHM og KÍ"). Longer blocks are lists by their lines alone.
fn block_names(lines: &[Line], shaped: &[bool], b: &Block, lw: &ListWords) -> usize {
    if b.lines > 3 {
        return b.lines;
    }
    (b.start..=b.last)
        .filter(|&i| shaped.get(i).copied().unwrap_or(false))
        .filter_map(|i| lines.get(i))
        .map(|l| group_items(&l.text, lw).map_or(1, |items| items.len()))
        .sum()
}

/// Whether block `b` goes on the list of block `a` before it: a template that goes on across
/// at most two odd lines, a section heading between, one long unmarked entry, or a group
/// heading between groups of the same marker.
fn goes_on(lines: &[Line], lang: &LanguageIdentifier, a: &Block, b: &Block) -> bool {
    let between = gap(lines, a.last, b.start);
    let text = |i: &usize| lines.get(*i).map_or("", |l| l.text.trim());
    // A rule ("****") parts the page: what follows it is not the list's.
    let furniture = |t: &str| is_footer(t) || is_trailer(t, lang) || rule(t);
    let section = between.iter().any(|i| is_subsequent_heading(text(i)));
    let odd_lines_ok = between.len() <= 2 && between.iter().all(|i| !furniture(text(i)));
    // An unmarked list goes on across one line that is a little long for an entry (a long
    // name ending in "."), when entries follow it; a date in figures is no name, but the
    // page's ("दिनांक: १५.०६.२०१९" between a letterhead's signers and the address below).
    let one_long_entry = between.len() == 1
        && !a.mostly_marked()
        && !b.mostly_marked()
        && a.lines >= 2
        && b.lines >= 2
        && between.iter().all(|i| {
            let t = text(i);
            word_count(t) < 40 && !t.ends_with([':', '：']) && !furniture(t) && !page_furniture(t)
        });
    // A group heading ("France:", "Sendikalar") between groups of the same marker: the group
    // after it may hold one entry.
    let group_heading = between.len() == 1
        && a.mostly_marked()
        && b.mostly_marked()
        && a.kind == b.kind
        && between.iter().all(|i| {
            let t = text(i);
            word_count(t) <= 6 && !furniture(t)
        });
    // A label that introduces the next group of an unmarked list ("Supported by:").
    let label = between.len() == 1
        && !a.mostly_marked()
        && !b.mostly_marked()
        && a.lines >= 2
        && b.lines >= 2
        && between.iter().all(|i| {
            let t = text(i);
            t.ends_with([':', '：']) && word_count(t) <= 6 && !furniture(t)
        });
    (section && between.len() <= 3)
        || label
        || (odd_lines_ok && a.continued_by(b))
        || one_long_entry
        || group_heading
}

/// Whether block `a` is an earlier part of the list of block `b`, cut off by an odd line (not
/// the heading, not a line that introduces what follows).
fn earlier_part(lines: &[Line], heading_at: Option<usize>, a: &Block, b: &Block) -> bool {
    if heading_at.is_some_and(|h| a.start <= h) {
        return false;
    }
    let between = gap(lines, a.last, b.start);
    let introduces = between.iter().any(|&i| {
        lines
            .get(i)
            .is_some_and(|l| l.text.trim_end().ends_with([':', '：']))
    });
    between.len() <= 2 && !introduces && a.continued_by(b) && a.mostly_marked()
}

/// Unmarked lines before the first marked line and after the last one of a marked block are
/// the page's, not the list's ("Die gemeinsame Erklärung kann hier abgerufen werden: …"); a
/// continuation line right after the last entry stays with it.
fn trim_to_marked(lines: &[Line], mut region: Region, a: &Block, b: &Block) -> Region {
    let is_marked = |i: usize| lines.get(i).is_some_and(|l| l.marker().is_some());
    if a.mostly_marked()
        && let Some(first_marked) = (region.start..region.end).find(|&i| is_marked(i))
    {
        region.start = first_marked;
    }
    if b.mostly_marked()
        && let Some(last_marked) = (region.start..region.end).rev().find(|&i| is_marked(i))
    {
        let mut end = last_marked + 1;
        while let Some(l) = lines.get(end) {
            let t = l.text.trim();
            if !t.is_empty()
                && end < region.end
                && (t.starts_with(|c: char| c.is_lowercase() || c == '(')
                    || l.text.starts_with([' ', '\t']))
            {
                end += 1;
            } else {
                break;
            }
        }
        region.end = end;
    }
    region
}

#[cfg(test)]
mod tests {
    use super::super::lines::text_lines;
    use super::*;

    /// [`time_with_day_period`] of a line, its marker found.
    fn day_period(line: &str, lang: &LanguageIdentifier) -> bool {
        time_with_day_period(line, marker(line).map_or(line, |(_, body)| body), lang)
    }

    /// A rule parts the page: lines of tests/fixtures/ingest/real/ar-khiyam-liqa-tansiqi-2013
    /// (the list of three, the topics of the statement, the rule "****" and the press office's
    /// signature and the statement's title after it), and the rule of
    /// ja-labornetjp-katsushika-4-roso. A rule is not an entry, and the list does not go on
    /// across it; a marker alone on its line still is the start of an entry.
    /// Page furniture by its form: the name of the file a news item linked
    /// (tests/fixtures/ingest/real/de-pinel-solidarischer-herbst-kundgebung, its last line)
    /// and a post's time stamp (sw-ippmedia-act-chadema-chaumma-cuf-vyaungana, line 4, its
    /// month in English on a Swahili page). A name with a hyphen or a dot ("ver.di",
    /// "NCCR-Mageuzi"), a date without a time, a time without a date stay entries.
    #[test]
    fn file_names_and_time_stamps_are_no_entries() {
        let de: LanguageIdentifier = "de".parse().unwrap_or_default();
        let sw: LanguageIdentifier = "sw".parse().unwrap_or_default();
        assert!(!entry_shaped(
            "Solidarischer_Herbst_Aufruf_Demobündnis",
            &de
        ));
        assert!(!entry_shaped("Published at 03:48 PM Feb 11 2025", &sw));
        assert!(entry_shaped("ver.di", &de));
        assert!(entry_shaped("NCCR-Mageuzi", &sw));
        assert!(entry_shaped("Bündnis 8. März", &de));
        assert!(entry_shaped("Chama cha Mapinduzi 12:30", &sw));
        // The links to related news under an article, each with its date, time and views
        // (uz-zamin-demokratik-kuchlar-bloki-2015, lines 24–28 and 8).
        let uz: LanguageIdentifier = "uz".parse().unwrap_or_default();
        for teaser in [
            "• O‘zbekistonning demografik ko‘rsatkichlari e’lon qilindi 28 apr, 13:43 135",
            "• «O‘zgidromet» 26 aprel kuni uchun ob-havo prognozini e’lon qildi 25 apr, 16:10 211",
            "14 mar, 16:45 10 681 O‘zbekiston",
        ] {
            assert!(!entry_shaped(teaser, &uz), "{teaser}");
        }
        assert!(entry_shaped("Chama cha Mapinduzi 12:30 Dodoma", &sw));
    }

    /// tests/fixtures/ingest/real/mr-citusandesh-kamgar-sanghatana-arthsankalp-nivedan, lines
    /// 1–10 of the page (its source line left out): the memorandum's title, the letterhead's
    /// two rows of signers, the date in Devanagari digits ("Date: 15.06.2019"), and the address
    /// ("To / the honourable Finance Minister / Government of India / New Delhi 110001"). The
    /// date is no entry, whatever digits it is written in, and the list does not go on across
    /// it into the address.
    #[test]
    fn a_date_in_any_digits_is_furniture_and_parts_the_page() {
        let mr: LanguageIdentifier = "mr".parse().unwrap_or_default();
        assert!(has_numeric_date("दिनांक: १५.०६.२०१९"));
        assert!(!entry_shaped("दिनांक: १५.०६.२०१९", &mr));
        assert!(!has_numeric_date("नवी दिल्ली ११०००१"));
        let page = "कामगार संघटनांचे वित्तमंत्र्यांना अर्थसंकल्प पूर्व निवेदन\n\n\n\
                    INTUC           AITUC             HMS             CITU          AIUTUC \n\
                    TUCC              SEWA             AICCTU            UTUC              LPF\n\n\
                    दिनांक: १५.०६.२०१९\nप्रति\nमाननीय वित्तमंत्री\nभारत सरकार\nनवी दिल्ली ११०००१ \n";
        let lines = text_lines(page);
        let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &mr)).collect();
        let region = find_region(&lines, &shaped, &mr, None);
        let date_at = lines.iter().position(|l| l.text.starts_with("दिनांक"));
        assert!(date_at.is_some_and(|d| region.end <= d), "{region:?}");
        assert!(region.start <= 3 && region.end >= 5);
    }

    /// tests/fixtures/ingest/real/am-ethiopiazare-asru-parti, as published: the lead, then the
    /// parties that signed, one a line, each ending with the Ethiopic comma "፣" but the last
    /// two ("…ፓርቲና", "and", and "የካፋ አረንጓዴ ፓርቲ ናቸው። (ኢዛ)", "… are."), then the site's
    /// menu ("አዲስ ቪዲዮ", "ይከተሉን!", "ስለእኛ", … : new video, follow us, about us). The list
    /// is the sentence, from its first name to its full stop; the menu is not.
    #[test]
    fn a_list_printed_as_one_sentence_ends_with_it() {
        let am: LanguageIdentifier = "am".parse().unwrap_or_default();
        let page = include_str!("../../tests/fixtures/ingest/real/am-ethiopiazare-asru-parti.txt");
        let body = page.split_once('\n').map_or("", |(_, b)| b);
        let lines = text_lines(body);
        let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &am)).collect();
        let region = find_region(&lines, &shaped, &am, None);
        let texts: Vec<&str> = lines
            .get(region.start..region.end)
            .unwrap_or_default()
            .iter()
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(texts.len(), 8, "{texts:?}");
        assert_eq!(texts.first(), Some(&"የአፋር ሕዝቦች ነፃነት ፓርቲ፣"));
        assert_eq!(texts.last(), Some(&"የካፋ አረንጓዴ ፓርቲ ናቸው። (ኢዛ)"));
    }

    /// Dates alone on their lines, as pages of the real corpus print them: "Eanáir 24, 2011"
    /// (ga-gaelscoileanna-gilmore-tacu-gaeilge, line 5), "1 septembrie 2025"
    /// (ro-sipgalati-scrisoare-deschisa-federatii-educatie, line 1), "vendredi 20 mars 2009"
    /// (fr-forumpro-cgt-veolia-intersyndicale-20-mars-2009, line 7, with its weekday). None is
    /// an entry; a name that holds a date with another word is one (self-written contrasts).
    #[test]
    fn a_date_alone_is_no_entry() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        assert!(!entry_shaped("Eanáir 24, 2011", &tag("ga")));
        assert!(!entry_shaped("1 septembrie 2025", &tag("ro")));
        assert!(!entry_shaped("vendredi 20 mars 2009", &tag("fr")));
        assert!(entry_shaped("Bewegung 2. Juni 1967", &tag("de")));
        assert!(entry_shaped("Collectif du 20 mars 2009", &tag("fr")));
        assert!(entry_shaped("Campaign 2000", &tag("en")));
    }

    /// Date lines that print the weekday and the month in English on a page in another
    /// language, the month abbreviated (fa-gooya-peyman-hamkari-se-jarian-poshtibani, line 1:
    /// "Wednesday, Mar 29, 2023"; bn-spbm-jatiya-committee-hartal-ganatantrik-bam-morcha-samarthan,
    /// line 1: "Tuesday, December 24, 2024"), the figures and signs of CLDR's long date in
    /// Chinese (zh-Hans-sd-xs-jiangmen-qiaolian-gongshanglian-xianggang-kangyi-changyishu, line
    /// 8: "2022年2月19日"; in Korean, "2022년 2월 19일" as CLDR's "y년 MMMM d일" writes it), a
    /// time stamp in Bengali digits (bn-rajshahinews24-adilur-mukti-amnesty-soho-72-sangathan-bibriti,
    /// line 1). None is an entry; names with a year, a month or a figure are (self-written
    /// contrasts).
    #[test]
    fn a_date_in_english_words_or_cldr_signs_or_other_digits_is_no_entry() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        assert!(!entry_shaped("Wednesday, Mar 29, 2023", &tag("fa")));
        assert!(!entry_shaped("Tuesday, December 24, 2024", &tag("bn")));
        assert!(!entry_shaped("2022年2月19日", &tag("zh-Hans")));
        assert!(!entry_shaped("2022년 2월 19일", &tag("ko")));
        assert!(!entry_shaped(
            "২৭ এপ্রিল ২০২৪, শনিবার, ০৯:৪৫:৪৭ অপরাহ্ন",
            &tag("bn")
        ));
        assert!(entry_shaped("Marea Granate 2011", &tag("es")));
        assert!(entry_shaped("2022年北京冬奥会志愿者协会", &tag("zh-Hans")));
        assert!(entry_shaped("Mar 2000 Foundation", &tag("en")));
        assert!(entry_shaped("৭১ এর ঘাতক দালাল নির্মূল কমিটি", &tag("bn")));
    }

    /// A time of day with its day period as CLDR writes it: the time line of a press notice
    /// (ko-nodong-gyuthan-gijahoegyeon, line 25: "일시 : 202281() 오전 1030", the date and
    /// "a.m. 10:30" with their signs lost) and a dateline in English on a Malayalam page
    /// (ml-deepika-samyuktha-trade-union-prathishedham, line 2). Neither is an entry; a name
    /// with a figure and no day period is (self-written contrasts).
    #[test]
    fn a_time_with_its_day_period_is_no_entry() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        assert!(day_period("일시 : 202281() 오전 1030", &tag("ko")));
        assert!(!entry_shaped("일시 : 202281() 오전 1030", &tag("ko")));
        assert!(day_period(
            "Saturday, May 23, 2020 12:25 AM IST",
            &tag("ml")
        ));
        assert!(!day_period("416연대", &tag("ko")));
        assert!(!day_period("민주노총 오전 집회", &tag("ko")));
        assert!(entry_shaped("Chama cha Mapinduzi 12:30", &tag("sw")));
        assert!(!day_period(
            "1. PM0 Partido Movimiento, Germany",
            &tag("en")
        ));
        assert!(!day_period("12. PM Partido Movimiento", &tag("en")));
    }

    #[test]
    fn a_rule_is_no_entry_and_ends_the_list() {
        let ar: LanguageIdentifier = "ar".parse().unwrap_or_default();
        assert!(!entry_shaped("****", &ar));
        assert!(!entry_shaped("====================================", &ar));
        assert!(!rule("1.") && !rule("•") && !rule("-"));
        let page = "المبادرة الوطنية للدفاع عن السلم الأهلي والتغيير الديمقراطي\n\n\
                    التحالف الوطني التقدمي\n\nالحركة الوطنية للتغيير الديمقراطي\n\n\
                    الطبيعة المدنيّة للدولة\n\nقانون الانتخاب\n\n****\n\n\
                    المكتب الإعلامي لشربل نحاس\n\nبيان اللقاء التنسيقي للقوى الديمقراطية";
        let lines = text_lines(page);
        let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &ar)).collect();
        let region = find_region(&lines, &shaped, &ar, None);
        let rule_at = lines.iter().position(|l| l.text == "****");
        assert_eq!(region.start, 0);
        assert_eq!(Some(region.end), rule_at.map(|r| r - 1));
    }

    /// Lines of tests/fixtures/ingest/real, read by hand: a sentence in Japanese or Chinese
    /// (written without spaces) or Amharic ends with its script's full stop, as no name does;
    /// a name of fourteen to thirty-five Han and kana letters stays an entry.
    #[test]
    fn sentences_in_scripts_without_spaces_or_latin_stops_are_prose() {
        let line = |text: &'static str, n: usize| text.lines().nth(n).unwrap_or_default().trim();
        let labornet =
            include_str!("../../tests/fixtures/ingest/real/ja-labornetjp-katsushika-4-roso.txt");
        // "This is Suda of the Katsushika Ward Labour Council." (a self-introduction).
        assert_eq!(line(labornet, 10), "葛飾区労協の須田です。");
        assert!(looks_like_prose(line(labornet, 10)));
        let civil = include_str!(
            "../../tests/fixtures/ingest/real/zh-Hant-civilmedia-guoji-renquanri-youxing.txt"
        );
        // The lead: groups detained in Guangdong, a march to the Liaison Office.
        assert!(line(civil, 2).starts_with("本月3至5日"));
        assert!(looks_like_prose(line(civil, 2)));
        let ethiopia =
            include_str!("../../tests/fixtures/ingest/real/am-ethiopiazare-asru-parti.txt");
        // "Today … the signed parties will work together …", ending with "።".
        assert!(line(ethiopia, 9).ends_with('።'));
        assert!(looks_like_prose(line(ethiopia, 9)));
        // Entries: a party ending with the Ethiopic comma, names of associations.
        assert_eq!(line(ethiopia, 13), "የአፋር ሕዝቦች ነፃነት ፓርቲ፣");
        assert!(!looks_like_prose(line(ethiopia, 13)));
        for name in [
            "安保関連法に反対するママの会信州",
            "戦争法(安保法制)廃止を求める2000万人統一署名をすすめる長和町の会",
            "台湾区电机电子工业同业公会",
        ] {
            assert!(!looks_like_prose(name), "{name}");
        }
    }

    /// The points of an agreement, numbered, above no list (tests/fixtures/ingest/real/
    /// ja-lovepeace15-5-yato-kyoto-goi, lines 10–13: the five parties are named in the sentence
    /// above them): each ends with "。", a sentence. The last line of a bulleted list printed as
    /// one sentence (am-ethioreview-arat-tigray-partiwoch, line 6, "… are.") is an entry still.
    #[test]
    fn numbered_sentences_in_scripts_without_latin_stops_are_prose() {
        let line = |text: &'static str, n: usize| text.lines().nth(n).unwrap_or_default().trim();
        let points =
            include_str!("../../tests/fixtures/ingest/real/ja-lovepeace15-5-yato-kyoto-goi.txt");
        let ja: LanguageIdentifier = "ja".parse().unwrap_or_default();
        for n in 10..=13 {
            assert!(line(points, n).ends_with('。'));
            assert!(looks_like_prose(line(points, n)), "{}", line(points, n));
            assert!(!entry_shaped(line(points, n), &ja));
        }
        let tigray = include_str!(
            "../../tests/fixtures/ingest/real/am-ethioreview-arat-tigray-partiwoch.txt"
        );
        assert!(line(tigray, 6).ends_with("ናቸው።"));
        assert!(!looks_like_prose(line(tigray, 6)));
    }

    /// Controls of a page whose tally is still empty: the comment widgets under
    /// tests/fixtures/ingest/real/ta-utvnews-thozhirsanga-pirathinithikal-janathipathi (lines
    /// 13–14), the reaction buttons under ko-munhwa-minju-jinbo-saejinbo-hapuimun (lines
    /// 16–20) and the print button of id-dtulis-koalisi-lintas-organisasi-ntb (line 8). Names
    /// that end with a figure stay entries (it-articolo21-appello-legalita-diritto-internazionale,
    /// line 19).
    #[test]
    fn controls_with_an_empty_tally_are_furniture() {
        let line = |text: &'static str, n: usize| text.lines().nth(n).unwrap_or_default();
        let utv = include_str!(
            "../../tests/fixtures/ingest/real/ta-utvnews-thozhirsanga-pirathinithikal-janathipathi.txt"
        );
        let munhwa = include_str!(
            "../../tests/fixtures/ingest/real/ko-munhwa-minju-jinbo-saejinbo-hapuimun.txt"
        );
        let dtulis = include_str!(
            "../../tests/fixtures/ingest/real/id-dtulis-koalisi-lintas-organisasi-ntb.txt"
        );
        let mut controls = vec![line(utv, 13), line(utv, 14), line(dtulis, 8)];
        controls.extend((16..=20).map(|n| line(munhwa, n)));
        assert_eq!(controls[0], "Wordpress (0)");
        assert_eq!(controls[1], "Disqus ( )");
        assert_eq!(controls[2], "Print 0");
        assert_eq!(controls[3].trim(), "• 추천해요 0");
        // A blog's comment widget, its zero first (constructed as Blogger prints it).
        controls.push("0 comments:");
        for c in controls {
            assert!(page_furniture(c), "{c}");
        }
        let articolo = include_str!(
            "../../tests/fixtures/ingest/real/it-articolo21-appello-legalita-diritto-internazionale.txt"
        );
        assert_eq!(line(articolo, 19), "Articolo 21");
        for name in [
            "Articolo 21",
            "Group 10",
            "Sindicato (CGT)",
            "0 Hunger Network",
        ] {
            assert!(!page_furniture(name), "{name}");
        }
    }

    /// A copyright line is furniture, whichever sign it is marked with: "©", or the circled
    /// letter c that Korean and Japanese sites print for it (self-written lines in the shape
    /// of a Korean paper's "<저작권자 ⓒ …, 무단 전재 및 재배포 금지>", whose comma and "및"
    /// (and) would otherwise read as a run).
    #[test]
    fn a_copyright_line_is_furniture() {
        for line in [
            "<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>",
            "Ⓒ 例示新聞社, 無断転載禁止",
            "© Example Times, all rights reserved",
        ] {
            assert!(page_furniture(line), "{line}");
        }
        assert!(!page_furniture("녹색연합, 민족문제연구소 및 한국진보연대"));
        // A paragraph that ends a photo's caption with its credit holds no copyright line.
        assert!(!copyright(
            "De bonden dreigen in het hele land te gaan staken voor hun pensioen, \
             zeggen zij vandaag. ANP FOTOGRAAF Ⓒ ANP"
        ));
    }

    /// The end of a real page (be-Latn-nashaniva-kaardynacyjnaja-rada in the real corpus, as
    /// published: the reaction buttons under a Naša Niva article, each label over its tally)
    /// and, for contrast, a numbered list whose markers stand alone on their lines
    /// (self-written) and a list that names a figure once.
    #[test]
    fn counts_and_their_labels_are_furniture() {
        let page = "«Apazycyja pačynaje kansalidavacca», — raspavioŭ Siarhiej Kalakin.\n\n\
                    Клас\n0\nПанылы сорам\n0\nХа-ха\n0\nОго\n0\nСумна";
        let flags = counters(&text_lines(page));
        assert_eq!(
            flags,
            [
                false, false, true, true, true, true, true, true, true, true, true
            ]
        );
        let list = "1.\nKMU\n2.\nNagkaisa\nPAGGAWA\n2024\nAll Workers Unity";
        assert!(counters(&text_lines(list)).iter().all(|f| !f));
    }

    /// The page's widgets and controls, as published: the weather of two cities and the two
    /// text-size buttons above a news item (tests/fixtures/ingest/real/
    /// ru-zahav-obrashchenie-rukovoditeley-blagotvoritelnyh-fondov, lines 4–12) and the four
    /// text-size buttons under one (ky-azattyk-tuyakbay-demokratiyalyk-kuchtor-blogu, lines
    /// 13–16). A temperature, a letter alone, a row of buttons are no entries; a marker alone
    /// on its line, an acronym of two letters among names and a name of two Han letters with
    /// figures ("左翼21", zh-Hant-grassview-lianshu-shengming-shifang-laoquan-renshi) are.
    #[test]
    fn widgets_and_controls_are_no_entries() {
        let ru: LanguageIdentifier = "ru".parse().unwrap_or_default();
        for line in ["+20+12", "+15+9", "А"] {
            assert!(!entry_shaped(line, &ru), "{line}");
        }
        for line in ["1.", "12)", "•", "КП", "左翼21"] {
            assert!(entry_shaped(line, &ru), "{line}");
        }
        let page = "Тель-Авив\n+20+12\nИерусалим\n+15+9\n\nСалат\n\nА\nА\n";
        let lines = text_lines(page);
        let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &ru)).collect();
        assert_eq!(
            shaped,
            [
                true, false, true, false, false, true, false, false, false, false
            ]
        );
        let buttons = "Жармахан Туякбай сентябрдагы парламенттик шайлоо\n\nXS\nSM\nMD\nLG\n";
        assert_eq!(
            counters(&text_lines(buttons)),
            [false, false, true, true, true, true, false]
        );
        // Two-letter acronyms among names are a list's.
        let list = "PS\nPCP\nBE\nPEV\nLivre";
        assert!(counters(&text_lines(list)).iter().all(|f| !f));
    }

    /// Contact lines under a statement (tests/fixtures/ingest/real/
    /// id-bantuanhukum-pernyataan-sikap-lbh-ylbhi-bom-surabaya, lines 26–27: a person, the
    /// office and telephone numbers) and a language switch above a page
    /// (lv-lsab-lddk-lbas-pazinojums-covid, line 1: "• lv") are no entries; an acronym, a name
    /// with a number of eight figures or less, a name in small letters with its capitals are.
    #[test]
    fn contact_lines_and_language_switches_are_no_entries() {
        let id: LanguageIdentifier = "id".parse().unwrap_or_default();
        for line in [
            "Abdul Wachid H, LBH Surabaya – (087853952524/ 082140790009)",
            "Febi Yonesta, YLBHI – (087870636308)",
            "• lv",
        ] {
            assert!(!entry_shaped(line, &id), "{line}");
        }
        for line in ["• LBH", "Koperasi 12345678", "attac", "• ver.di"] {
            assert!(entry_shaped(line, &id), "{line}");
        }
    }

    /// The site's navigation and the page's fields, as published: a breadcrumb trail
    /// (tests/fixtures/ingest/real/zh-Hans-eedu-changsanjiao-kangmai, line 17), a title bar and
    /// a forum member's figures (sw-jamiiforums-tamko-ushirikiano-vyama-upinzani, lines 1 and
    /// 17–19), an article's count of views (ko-spark946-…-bangwibi-gijahoegyeon, line 3). None
    /// is an entry; a name with quotes set apart by spaces, a name with a number after a
    /// colon among its words, and a group heading before a colon are no such lines.
    #[test]
    fn navigation_and_page_fields_are_no_entries() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        for (line, lang) in [
            (
                "您现在的位置: 环境生态网 >> NGO >> NGO信息台 >> NGO动态 >> 正文",
                "zh-Hans",
            ),
            (
                "LEO ni Mwaka 1 wa Ushirikiano;kuna mafanikio? | JamiiForums | The Home of Great Thinkers",
                "sw",
            ),
            ("Messages: 1,027", "sw"),
            ("Trophy Points: 135", "sw"),
            ("view : 1189", "ko"),
        ] {
            assert!(!entry_shaped(line, &tag(lang)), "{line}");
        }
        for (line, lang) in [
            ("Association « Les Amis » de la Terre", "fr"),
            ("Sindicato Nº 1: Trabajadores Unidos", "es"),
            ("CGT > FO", "fr"),
        ] {
            assert!(entry_shaped(line, &tag(lang)), "{line}");
        }
        // Sentences ended with "|" for the danda (pa-nawanzamana-trade-unionan-skm-sanjha-manch-
        // meeting, line 1, which names the unions) are no navigation.
        let pa = include_str!(
            "../../tests/fixtures/ingest/real/pa-nawanzamana-trade-unionan-skm-sanjha-manch-meeting.txt"
        );
        let lead = pa.lines().nth(1).unwrap_or_default();
        assert!(lead.matches(" | ").nth(1).is_some());
        assert!(!navigation(lead));
        // Acronyms set apart by the sign are a list, not the site's sections.
        assert!(!navigation("Supported by: MLPD | DKP | PCOF | KKE"));
        assert!(navigation("Home | CGT | News"));
    }

    /// Calls, greetings and questions, as pages of tests/fixtures/ingest/real print them: a news
    /// flag (ky-azattyk-tuyakbay-demokratiyalyk-kuchtor-blogu, line 3), a salutation
    /// (ja-zenshin-1105-sanroso-sando-sanka-onegai, line 10), a slogan under a list
    /// (es-sadop-marcha-congreso-contra-el-ajuste, line 5; oc-ieo06-coordinacion-lenga-occitana-
    /// 2012, line 12), a numbered greeting (ko-spark946-…-gijahoegyeon, line 9). None is an
    /// entry; a name with a sign of exclamation inside, a Spanish name between "¡" and "!"
    /// and a name ending with a full stop stay entries (self-written contrasts).
    #[test]
    fn calls_greetings_and_questions_are_no_entries() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        for (line, lang) in [
            ("ЧУКУЛ КАБАР!", "ky"),
            ("たたかう労働組合、労働者のみなさん!", "ja"),
            ("BASTA!!!!", "es"),
            ("Per la lenga occitana !", "oc"),
            ("1. 안녕하십니까?", "ko"),
        ] {
            assert!(!entry_shaped(line, &tag(lang)), "{line}");
        }
        for (line, lang) in [
            ("Yahoo! Japan労働組合", "ja"),
            ("¡Democracia Real YA!", "es"),
            ("Colorido e.v.", "de"),
        ] {
            assert!(entry_shaped(line, &tag(lang)), "{line}");
        }
    }

    /// Asides wholly between brackets, as pages of tests/fixtures/ingest/real print them: the
    /// paper a post was printed in (ja-ameblo-zenroren-rengo-rodohosei-hantai, line 6), a label
    /// above the speakers (ja-shiminmedia-henoko-dosha-tonyu-hantai-ngo-kyodo-kisha-kaiken,
    /// line 14), a copyright note (ko-zumst-yangdae-nochong-panmunjeom-seoneon-3junyeon-
    /// gijahoegyeon, line 7), the paper's own information (ru-stapravda-edinaya-rossiya-
    /// federatsiya-profsoyuzov-soglashenie, line 9): no entries. An acronym alone in
    /// parentheses and a name with its acronym stay entries (self-written contrasts).
    #[test]
    fn an_aside_between_brackets_is_no_entry() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        for (line, lang) in [
            ("【2013年11月6日付しんぶん赤旗に掲載】", "ja"),
            ("【発言(五十音順)】", "ja"),
            ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "ko"),
            ("(Соб. инф.).", "ru"),
        ] {
            assert!(!entry_shaped(line, &tag(lang)), "{line}");
        }
        for (line, lang) in [
            ("(CGT)", "fr"),
            ("Confédération générale du travail (CGT)", "fr"),
        ] {
            assert!(entry_shaped(line, &tag(lang)), "{line}");
        }
    }

    /// Related articles' headlines that ask inside the line, as
    /// tests/fixtures/ingest/real/ko-imaeil-daegu-siminsahoe-jopyegongsa-jinsangjosadan prints
    /// them under the article (lines 37 and 40), and a teaser of
    /// fi-sttk-keskusjarjestojen-sitoumus (line 39): no entries. A question mark in an
    /// address's query and a Spanish question between "¿" and "?" are not asked so
    /// (self-written contrasts).
    #[test]
    fn a_line_that_asks_inside_it_is_no_entry() {
        let tag = |t: &str| -> LanguageIdentifier { t.parse().unwrap_or_default() };
        for (line, lang) in [
            (
                "李대통령, 이학재 겨냥? \"그럼 '사랑과 전쟁'은 바람피는 법 가르치나\"",
                "ko",
            ),
            (
                "李대통령 \"'노동신문' 접근제한, 국민 '빨갱이'될까봐서? 그냥 풀면 돼\"",
                "ko",
            ),
            ("DEI vai ei? Pride-viikon työelämätapahtuma", "fi"),
        ] {
            assert!(!entry_shaped(line, &tag(lang)), "{line}");
        }
        for (line, lang) in [
            ("Attac France (attac.org/index.php?id=2)", "fr"),
            ("Colectivo ¿Qué Hacemos? Madrid", "es"),
        ] {
            assert!(entry_shaped(line, &tag(lang)), "{line}");
        }
    }

    /// The page's head above an article is no list: the text-size label, headline and date
    /// above a news item (tests/fixtures/ingest/real/ga-gaelscoileanna-gilmore-tacu-gaeilge,
    /// "Méid an Téacs", "Gilmore ag tacú leis an nGaeilge", "Eanáir 24, 2011"), the site's
    /// name, a city, the headline, teaser and byline above another
    /// (ru-zahav-obrashchenie-rukovoditeley-blagotvoritelnyh-fondov). Officers with their
    /// unions under a line that introduces them (zh-Hant-neu-jiandu-nianjin-gaige-lianmeng,
    /// "發稿單位/新聞聯絡人/聯絡電話:", lines 6–14), and a headline that names its
    /// organizations between commas stay candidates.
    #[test]
    fn the_page_head_above_an_article_is_no_list() {
        let region_of = |page: &'static str, lang: &str| {
            let lang: LanguageIdentifier = lang.parse().unwrap_or_default();
            let body = page.split_once('\n').map_or("", |(_, b)| b);
            let lines = text_lines(body);
            let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &lang)).collect();
            let r = find_region(&lines, &shaped, &lang, None);
            (r.start, r.end, lines.len())
        };
        let (start, end, len) = region_of(
            include_str!(
                "../../tests/fixtures/ingest/real/ga-gaelscoileanna-gilmore-tacu-gaeilge.txt"
            ),
            "ga",
        );
        assert!(start >= end && start == len, "{start}..{end}");
        let (start, end, _) = region_of(
            include_str!(
                "../../tests/fixtures/ingest/real/ru-zahav-obrashchenie-rukovoditeley-blagotvoritelnyh-fondov.txt"
            ),
            "ru",
        );
        // (Below the lead, line 23, only the line that names the signers is left.)
        assert!(start >= 22 || start >= end, "{start}..{end}");
        let (start, end, _) = region_of(
            include_str!(
                "../../tests/fixtures/ingest/real/zh-Hant-neu-jiandu-nianjin-gaige-lianmeng.txt"
            ),
            "zh-Hant",
        );
        assert_eq!((start, end), (5, 14));
        let ar: LanguageIdentifier = "ar".parse().unwrap_or_default();
        let lw = list_words(&ar);
        let headline = text_lines("Yfirlýsing frá ASÍ, BSRB, BHM og KÍ\n\nFyrsta málsgrein.");
        let block = Block {
            start: 0,
            last: 0,
            lines: 1,
            marked: 0,
            kind: None,
            first_number: None,
            last_number: None,
            counted: 0,
        };
        assert!(!page_head(&headline, &block, 2, &lw));
    }

    /// zh-Hans-aoweibang-weisheng-hualianhui-shengming, as published (lines 1–30, 44–55, the
    /// English version's first paragraphs left out): a headline, a dateline, titles and three
    /// paragraphs above, the signatories below, numbered with a number and a space, no sign
    /// after it. The numbers counting up from 1 make the list, not the block of the lines
    /// above; numbers that do not count up (5, 9) weigh no more than other markers.
    #[test]
    fn numbers_counting_up_without_a_sign_are_the_list() {
        let zh: LanguageIdentifier = "zh-Hans".parse().unwrap_or_default();
        let page = "维省华联会携101家华人社团联合发声:合理合法解决纠纷,和平发展香港!\n\n\
                    2019年08月23日 聚澳传媒\n\n\n\n\n联合声明\n\n\
                    澳大利亚维州华人社团联合会携各华人华侨社团联合声明\n\n \n\n\
                    澳大利亚维州华人社团联合会极度关注近来在中国香港发生的一系列事件,这些事件严重影响了香港的繁荣稳定和社会秩序,也严重地影响到到香港市民的工作和生活。\n\n \n\n\
                    我们华联会成员及各华人华侨社团呼吁香港市民及学生能够以和平方式求大同存小异,以合法合理合利行为解决纠纷,和平发展香港,齐心建设香港。\n\n \n\n\
                    我们也呼吁在澳的华人华侨学生遵守澳大利亚法律法规,尊重社会公共秩序,尊重他人,尊重不同看法,以和平民主的方式表达自己的意愿。\n\n \n\n \n\n \n\n\
                    The Federation of Chinese Associations (Vic) Inc. and other Chinese communities’ Declaration\n\n\
                    We also call on Australian Chinese and Chinese Students in Australia to abide by Australian laws and regulations, respect social public order, respect others, respect the different, and express your views in a peaceful and democratic way.\n\n\
                    自愿参加署名的华人社团有:\n\n\
                    1 维多利亚州华人社团联合会\n\n2 墨尔本世界福清同乡联谊会\n\n\
                    3 维州华人钓鱼协会\n\n4 澳大利亚上海商会\n";
        let region_of = |page: &str| {
            let lines = text_lines(page);
            let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &zh)).collect();
            let region = find_region(&lines, &shaped, &zh, None);
            let texts: Vec<String> = lines
                .get(region.start..region.end)
                .unwrap_or_default()
                .iter()
                .map(|l| l.text.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect();
            texts
        };
        assert_eq!(
            region_of(page),
            [
                "1 维多利亚州华人社团联合会",
                "2 墨尔本世界福清同乡联谊会",
                "3 维州华人钓鱼协会",
                "4 澳大利亚上海商会"
            ]
        );
        // Numbers that do not count up weigh as any marker: the block's counted lines are
        // none. (Compared on the blocks: the paragraphs above, sentences ending with "。", are
        // no entries, so the numbered block is the largest either way.)
        let scattered = page
            .replace("2 墨尔本", "5 墨尔本")
            .replace("3 维州", "9 维州");
        let counted = |page: &str| {
            let lines = text_lines(page);
            let shaped: Vec<bool> = lines.iter().map(|l| entry_shaped(&l.text, &zh)).collect();
            blocks(&lines, &shaped, None).last().map(|b| b.counted)
        };
        assert_eq!(counted(page), Some(4));
        assert_eq!(counted(&scattered), Some(0));
    }

    /// Figures of other scripts are written as ASCII ones (an Arabic date, "١٢ مايو ٢٠٢٠", and a
    /// Bengali one); a line in Cyrillic with a superscript, a number but no Nd digit, is
    /// borrowed as it is.
    #[test]
    fn figures_of_other_scripts_are_ascii() {
        use std::borrow::Cow;
        assert_eq!(ascii_figures("١٢ مايو ٢٠٢٠"), "12 مايو 2020");
        assert_eq!(ascii_figures("১২ মে ২০২০"), "12 মে 2020");
        assert!(matches!(
            ascii_figures("Партия труда² (ПТ), 1990"),
            Cow::Borrowed("Партия труда² (ПТ), 1990")
        ));
    }
}
