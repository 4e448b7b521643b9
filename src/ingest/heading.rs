//! Headings and the lines around a list: as-of dates, section headings, footers, prose and
//! place-and-date trailers.

use super::lexicon::{
    FOOTER_WORDS, day_periods, figure_date_signs, fold, heading_words, lower, month_names,
    short_month_names, weekday_names,
};
use super::script::letter;
use super::script::word_count;
use crate::date::PartialDate;
use unic_langid::LanguageIdentifier;
/// Parses a date in running text: `7 February 2023`, `February 7, 2023`, `November 2016`,
/// `21. März 2011`, `4.4.2015`, `7 de febrero de 2023`, `2023-02-07`, month names in the
/// language `lang` (a tag or a [`crate::Locale`]; CLDR's names) and in English; `None` for a tag
/// that is not well-formed.
///
/// ```
/// use signatories::ingest::parse_date;
/// assert_eq!(parse_date("Stand: 21. März 2011", "de").unwrap().to_string(), "2011-03-21");
/// assert_eq!(parse_date("7 de febrero de 2023", "es").unwrap().to_string(), "2023-02-07");
/// assert_eq!(parse_date("November 2016", "fr").unwrap().to_string(), "2016-11");
/// assert!(parse_date("no date here", "en").is_none());
/// ```
pub fn parse_date(text: &str, lang: impl crate::IntoLocale) -> Option<PartialDate> {
    date_in(text, lang.into_locale().ok()?.language().id())
}

/// [`parse_date`] in a language given by its identifier.
pub(super) fn date_in(text: &str, lang: &LanguageIdentifier) -> Option<PartialDate> {
    // Each form below holds a year of four ASCII digits in a row; a text without them holds no
    // date, and most texts asked (names) have none: answered before the month names are folded.
    if !four_digits_in_a_row(text) {
        return None;
    }
    // ISO first.
    for word in text.split(|c: char| !(c.is_ascii_digit() || c == '-')) {
        if word.len() >= 7
            && let Ok(d) = word.trim_matches('-').parse::<PartialDate>()
            && d.month().is_some()
        {
            return Some(d);
        }
    }
    // Numeric day.month.year (German and most of Europe).
    for word in text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '/')) {
        let parts: Vec<&str> = word.trim_matches(['.', '/']).split(['.', '/']).collect();
        if let [d, m, y] = parts.as_slice()
            && y.len() == 4
            && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>())
        {
            let (d, m) = if lang.language.as_str() == "en"
                && lang.region.is_none_or(|r| r.as_str() == "US")
                && word.contains('/')
            {
                (m, d)
            } else {
                (d, m)
            };
            // The other order when the usual one is no date ("29/8/2013" in an English list).
            if let Ok(date) = PartialDate::ymd(y, m, d).or_else(|_| PartialDate::ymd(y, d, m)) {
                return Some(date);
            }
        }
    }
    // Month names of the edition's language, and English.
    let months = months_and_english(lang);
    // Words keep their marks (a Devanagari nukta, Arabic harakat): `text::is_mark`.
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || crate::text::is_mark(c)))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let fw = fold(w);
        let Some(&(_, month)) = months.iter().find(|(name, _)| *name == fw) else {
            continue;
        };
        let number = |s: &&str| s.parse::<u32>().ok();
        let year = words
            .iter()
            .skip(i + 1)
            .take(4)
            .filter_map(number)
            .find(|n| (1000..=9999).contains(n));
        let Some(year) = year.and_then(|y| i32::try_from(y).ok()) else {
            continue;
        };
        let before = i.checked_sub(1).and_then(|j| words.get(j)).and_then(number);
        let before2 = i.checked_sub(2).and_then(|j| words.get(j)).and_then(number);
        let after = words.get(i + 1).and_then(number).filter(|n| *n <= 31);
        let day = before
            .filter(|n| *n <= 31)
            .or(before2.filter(|n| *n <= 31 && words.get(i - 1).is_some_and(|w| fold(w) == "de")))
            .or(after);
        return match day.and_then(|d| u8::try_from(d).ok()) {
            Some(d) => PartialDate::ymd(year, month, d).ok(),
            None => PartialDate::ym(year, month).ok(),
        };
    }
    None
}

/// Whether a text holds four ASCII digits in a row (a year as [`date_in`] reads it).
fn four_digits_in_a_row(text: &str) -> bool {
    let mut run = 0;
    text.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    })
}

/// The language a heading word belongs to, if the line is a heading.
pub(super) fn heading_language(line: &str) -> Option<&'static LanguageIdentifier> {
    let lower = lower(line);
    if lower.chars().count() > 200 {
        return None;
    }
    heading_words()
        .heading
        .iter()
        .find(|(_, w)| {
            lower
                .strip_prefix(w.as_str())
                .is_some_and(|rest| !formula(rest))
                || (lower.contains(w.as_str()) && lower.trim_end().ends_with(':'))
        })
        .map(|(l, _)| l)
}

/// Whether what follows a heading word starts with a mathematical sign (Unicode's
/// General_Category Math_Symbol: "=", "<", "+"), as in a line of code or a formula
/// (`signatories = { version = "0.1" }` in a manifest): such a line is no heading.
fn formula(rest: &str) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory as G;
    rest.trim_start()
        .chars()
        .next()
        .is_some_and(|c| CodePointMapData::<G>::new().get(c) == G::MathSymbol)
}

pub(super) fn is_subsequent_heading(line: &str) -> bool {
    // Section headings are short: a long line is not lowercased to find out.
    if line.len() > 240 {
        return false;
    }
    // Nor is a line of 60 characters or more before its closing colon and spaces: lowercasing
    // never makes a text shorter in characters.
    let bare = line.trim().trim_end_matches([':', ' ', '\u{a0}']);
    if bare.chars().nth(59).is_some() {
        return false;
    }
    let lower = lower(line.trim());
    let lower = lower.trim_end_matches([':', ' ', '\u{a0}']);
    lower.chars().count() < 60
        && (heading_words()
            .subsequent
            .iter()
            .any(|w| lower.starts_with(w.as_str()))
            || names_signatories(lower))
}

/// Whether a short line (four words at most) names signatories with a one-word heading of a
/// language of the message catalog among its words ("Premiers signataires", "First
/// signatories", "Signatories"): inside a list, the heading of a section of it. No
/// organization's name is a heading word.
fn names_signatories(lower: &str) -> bool {
    let mut words = lower
        .split(|c: char| !letter(c) && !crate::text::is_mark(c))
        .filter(|w| !w.is_empty());
    let mut found = false;
    for _ in 0..5 {
        match words.next() {
            Some(w) => found |= heading_words().single.contains(w),
            None => return found,
        }
    }
    false
}

pub(super) fn is_footer(line: &str) -> bool {
    // The footer words are prefixes: only the line's start is lowercased.
    let t = line.trim();
    // A line whose first character is ASCII starts no footer word when no word starts with
    // that letter in lowercase: answered before the line's start is lowercased.
    if let Some(&b) = t.as_bytes().first()
        && b.is_ascii()
        && !FOOTER_WORDS
            .iter()
            .any(|w| w.as_bytes().first() == Some(&b.to_ascii_lowercase()))
    {
        return false;
    }
    let head = t
        .char_indices()
        .nth(40)
        .map_or(t, |(i, _)| t.get(..i).unwrap_or(t));
    let lower = lower(head);
    FOOTER_WORDS.iter().any(|w| lower.starts_with(w))
}

/// Prose: a long sentence rather than an entry.
pub(super) fn is_prose(line: &str) -> bool {
    let t = line.trim_end();
    let sentence = (t.ends_with('.') || t.ends_with('!') || t.ends_with('?')) && !t.ends_with(".)");
    // (n words between spaces take 2n - 1 bytes at least: a shorter line is told without
    // counting its words, as most names are.)
    let least = if sentence { 10 } else { 45 };
    if line.len() < 2 * least - 1 {
        return false;
    }
    let words = word_count(line);
    words >= 45 || (words >= 10 && sentence)
}

/// A place-and-date trailer: "Berlin, 21 March 2011", "Gelsenkirchen, den 4.4.2015".
pub(super) fn is_trailer(line: &str, lang: &LanguageIdentifier) -> bool {
    let t = line.trim();
    let Some((place, date)) = t.split_once(',') else {
        return false;
    };
    word_count(place) <= 4
        && place.chars().next().is_some_and(char::is_uppercase)
        && t.chars().count() < 60
        && date.chars().any(|c| c.is_ascii_digit())
        && (date_in(date, lang).is_some() || day_and_month(date, lang))
}

/// A date alone on its line, as a page prints it above or below an article ("Eanáir 24,
/// 2011", "1 septembrie 2025", "vendredi 20 mars 2009", "Wednesday, Mar 29, 2023" on a Persian
/// page, "2022年2月19日"): a year in figures, a month CLDR names in the language or in English,
/// long or abbreviated, and no other word but the weekday (CLDR's, long or short, in the
/// language or in English), in six words at most; or the figures of a year, a month and a day
/// with the signs CLDR's long date writes after them ([`figure_date_signs`]). No
/// organization's name is a date ("Bewegung 2. Juni 1967" names a day, and is one).
pub(super) fn date_alone(line: &str, lang: &LanguageIdentifier) -> bool {
    // (Cheap tests first, without allocating: this runs on every line of a page.)
    let split = || {
        line.split(|c: char| !(c.is_alphanumeric() || crate::text::is_mark(c)))
            .filter(|w| !w.is_empty())
    };
    let year = |w: &str| w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1000..3000).contains(&y));
    if !four_figures(line) || split().nth(6).is_some() {
        return false;
    }
    let known = date_words(lang);
    if figure_date(line, &known.figure_signs) {
        return true;
    }
    if !split().any(year) {
        return false;
    }
    let words: Vec<&str> = split().collect();
    let mut short_month = false;
    let mut others = words
        .iter()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .map(|w| fold(w))
        .filter(|f| !known.months.iter().any(|(name, _)| name == f))
        .filter(|f| {
            let short = known.short_months.contains(f);
            short_month |= short;
            !short
        });
    let weekday = |f: &String| known.weekdays.contains(f);
    let at_most_a_weekday = match (others.next(), others.next()) {
        (None, _) => true,
        (Some(w), None) => weekday(&w),
        _ => false,
    };
    at_most_a_weekday && (short_month || date_in(line, lang).is_some())
}

/// A piece of a run that is a date's, not a name: a dateline run into a sentence's names parts
/// its date with commas ("… niadtong Dominggo, Septiyembre 21, 2025.", on Sunday, September
/// 21, 2025; "… Hunyo 15, 2006"). Such a piece is figures alone (a day, a year, four figures
/// at most), a month or a weekday (CLDR's, in the language or English) with figures or alone
/// (abbreviated only beside figures, and no word in capitals alone: "MAY" may be an acronym),
/// three words at most; or figures each followed by the signs CLDR's long date writes after
/// them, its last two or three ("11月20日", November 20).
pub(super) fn date_piece(text: &str, lang: &LanguageIdentifier) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || crate::text::is_mark(c)))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    let figures = |w: &str| w.chars().all(char::is_numeric) && w.chars().nth(4).is_none();
    let with_figures = text.chars().any(char::is_numeric);
    let known = date_words(lang);
    if with_figures && figure_date_tail(text, &known.figure_signs) {
        return true;
    }
    words.iter().all(|w| {
        if figures(w) {
            return true;
        }
        let capitals = w.chars().nth(1).is_some() && !w.chars().any(char::is_lowercase);
        if capitals && !with_figures {
            return false;
        }
        let f = fold(w);
        known.months.iter().any(|(name, _)| *name == f)
            || known.weekdays.contains(&f)
            || (with_figures && known.short_months.contains(&f))
    })
}

/// Whether a text is figures each followed by the last two or more of the signs CLDR's long
/// date writes after them ("11月20日": a month and a day without the year's sign).
fn figure_date_tail(text: &str, signs: &[String]) -> bool {
    (0..signs.len().saturating_sub(1)).any(|k| signs.get(k..).is_some_and(|s| figure_date(text, s)))
}

/// Whether a line is figures each followed by the sign CLDR's long date writes after it
/// (`signs`, spaces aside): "2022年2月19日", "2022년 2월 19일".
fn figure_date(line: &str, signs: &[String]) -> bool {
    if signs.is_empty() {
        return false;
    }
    let mut rest = line.trim();
    for sign in signs {
        let figures = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(after) = rest.get(figures..).map(str::trim_start) else {
            return false;
        };
        match after.strip_prefix(sign.as_str()) {
            Some(r) if figures > 0 => rest = r.trim_start(),
            _ => return false,
        }
    }
    rest.is_empty()
}

/// Whether the line holds a run of exactly four ASCII figures, as a year written alone is (a
/// test of bytes, before the line's words are looked at).
fn four_figures(line: &str) -> bool {
    let mut run = 0;
    for b in line.bytes().chain(std::iter::once(b' ')) {
        if b.is_ascii_digit() {
            run += 1;
        } else if run == 4 {
            return true;
        } else {
            run = 0;
        }
    }
    false
}

/// A time of day with its day period, as CLDR writes it in the language or in English ("일시 :
/// 202281() 오전 1030": the Korean "오전", a.m., beside figures; "12:25 AM IST"), in a dozen
/// words at most: a dateline or a press notice's time, no name. `body` is the line's text
/// after its marker, if it has one: a list's marker is no time ("1. PM Party").
pub(super) fn time_with_day_period(line: &str, body: &str, lang: &LanguageIdentifier) -> bool {
    // (Cheap tests first: this runs on every line of a page. The figures are looked for after
    // the marker before the line's words are counted.)
    if !body.bytes().any(|b| b.is_ascii_digit()) || word_count(line) > 12 {
        return false;
    }
    // (Figures of a time or a date: no letter among them, so "ABC-12" is an acronym.)
    let figures = |w: &str| w.bytes().any(|b| b.is_ascii_digit()) && !w.chars().any(letter);
    if !figure_word(body, figures) {
        return false;
    }
    // Words of letters beside figures, then whether one is a day period: one pass over the
    // words, each tested once; the lists of day periods are looked up only for such a word.
    let mut words = body.split_whitespace().map(|w| (w, figures(w))).peekable();
    let mut before = false;
    let mut periods = None;
    while let Some((w, fig)) = words.next() {
        let after = words.peek().is_some_and(|&(_, f)| f);
        // (Beside figures first; then letters only: "PM0" is an acronym, not "PM".)
        let letters = || {
            let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
            w.chars().all(letter).then(|| w.to_lowercase())
        };
        if let Some(w) = (!fig && (before || after)).then(letters).flatten() {
            let (ours, english) = periods.get_or_insert_with(|| {
                let english = date_words(&"en".parse().unwrap_or_default());
                (date_words(lang), english)
            });
            if ours.day_periods.contains(&w) || english.day_periods.contains(&w) {
                return true;
            }
        }
        before = fig;
    }
    false
}

/// Whether a text holds a word between spaces that `figures` accepts, each word that holds an
/// ASCII figure found from its figure (a search of bytes), so that a line whose figures all
/// stand in words of letters ("ΜΕΕ-2", "PRK-10") is told without looking at its other words.
fn figure_word(text: &str, figures: impl Fn(&str) -> bool) -> bool {
    let mut from = 0;
    while let Some(at) = text
        .get(from..)
        .and_then(|r| r.bytes().position(|b| b.is_ascii_digit()))
    {
        let at = from + at;
        let (before, after) = text.split_at(at);
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = after
            .find(char::is_whitespace)
            .map_or(text.len(), |e| at + e);
        if text.get(start..end).is_some_and(&figures) {
            return true;
        }
        from = end;
    }
    false
}

/// The month names of a language and English, its weekday names and day periods, from CLDR:
/// built once for each language (a page may print many dates).
struct DateWords {
    months: Vec<(String, u8)>,
    /// Abbreviated month names of the language and English.
    short_months: Vec<String>,
    /// Weekday names of the language and English.
    weekdays: Vec<String>,
    /// The signs CLDR's long date writes after its figures ([`figure_date_signs`]).
    figure_signs: Vec<String>,
    day_periods: Vec<String>,
}

fn date_words(lang: &LanguageIdentifier) -> std::sync::Arc<DateWords> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<LanguageIdentifier, Arc<DateWords>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(w) = cache.lock().ok().and_then(|c| c.get(lang).cloned()) {
        return w;
    }
    let words = Arc::new(DateWords {
        months: months_and_english(lang),
        short_months: with_english(lang, short_month_names),
        weekdays: with_english(lang, weekday_names),
        figure_signs: figure_date_signs(lang),
        day_periods: day_periods(lang),
    });
    if let Ok(mut c) = cache.lock() {
        c.insert(lang.clone(), words.clone());
    }
    words
}

/// Words of a language and of English (CLDR's), which a page in any language may print its
/// dates with.
fn with_english(
    lang: &LanguageIdentifier,
    words: fn(&LanguageIdentifier) -> Vec<String>,
) -> Vec<String> {
    let mut out = words(lang);
    if lang.language.as_str() != "en" {
        out.extend(words(&"en".parse().unwrap_or_default()));
    }
    out
}

/// Month names (CLDR) of a language and of English, which dates in any language's text may use.
fn months_and_english(lang: &LanguageIdentifier) -> Vec<(String, u8)> {
    let mut months = month_names(lang);
    if lang.language.as_str() != "en" {
        months.extend(month_names(&"en".parse().unwrap_or_default()));
    }
    months
}

/// A day and a month name without a year, as a news dateline gives them ("3 May", "3. Mai",
/// "May 3"): month names of the language and English, from CLDR.
fn day_and_month(text: &str, lang: &LanguageIdentifier) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || crate::text::is_mark(c)))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 4 {
        return false;
    }
    let months = months_and_english(lang);
    let day = |w: &&str| w.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n));
    let month = |w: &&str| {
        let f = fold(w);
        months.iter().any(|(name, _)| *name == f)
    };
    words.windows(2).any(|p| match p {
        [a, b] => (day(a) && month(b)) || (month(a) && day(b)),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Prose: ten words or more ending as a sentence, or forty-five words or more. A line too
    /// short to hold them is told without counting its words; the shortest that can, ten words
    /// of one letter each, is still counted.
    #[test]
    fn prose_is_a_sentence_of_ten_words_or_a_long_text() {
        assert!(is_prose(
            "Die Unterzeichnenden fordern die Regierung auf, den Beschluss sofort zurückzunehmen."
        ));
        assert!(!is_prose(
            "Die Unterzeichnenden fordern den Rücktritt der Regierung."
        ));
        assert!(!is_prose("Vereinigte Dienstleistungsgewerkschaft ver.di."));
        assert!(is_prose("a b c d e f g h i ."));
        assert!(!is_prose("a b c d e f g h ."));
        let long = vec!["Wort"; 45].join(" ");
        assert!(is_prose(&long));
        assert!(!is_prose(&vec!["Wort"; 44].join(" ")));
        assert!(is_prose(&vec!["a"; 45].join(" ")));
    }

    /// A footer word starts a footer whatever its case; a line that starts otherwise is none.
    #[test]
    fn footers_start_with_their_words() {
        assert!(is_footer("Back to top"));
        assert!(is_footer("  SHARE THIS PAGE"));
        assert!(is_footer("Résolutions de la conférence"));
        assert!(!is_footer("1. Back to top"));
        assert!(!is_footer("Partido Comunista"));
        assert!(!is_footer("Ρesolutions"));
    }

    /// A year is four ASCII digits in a row: "Posted 2016年5月25日" and "25.04.2016" hold one,
    /// "SBSI 92", "G-20" and Bengali digits "২০১৬" do not (`date_in` reads none of them).
    #[test]
    fn a_date_needs_four_digits_in_a_row() {
        assert!(four_digits_in_a_row("Posted 2016年5月25日"));
        assert!(four_digits_in_a_row("25.04.2016"));
        assert!(!four_digits_in_a_row("SBSI 92"));
        assert!(!four_digits_in_a_row("G-20 1-2-3"));
        assert!(!four_digits_in_a_row("২০১৬"));
        let en = "en".parse::<LanguageIdentifier>().unwrap_or_default();
        assert!(date_in("efeverde 25 April 2016", &en).is_some());
        assert!(date_in("efeverde 25 April", &en).is_none());
    }

    /// Pieces of runs in tests/fixtures/ingest/real, read by hand: a dateline's date parted by
    /// commas (ceb-sunstar-gatosan-misalmot-rally-batok-korapsyon, "… niadtong Dominggo,
    /// Septiyembre 21, 2025."; tl-aupwu-pahayag-…, "Hunyo 16, 2006"; ja-nichiyaku-sanshikai-
    /// yobosho-takaichi, "11月20日、日本医師会、…"; id-antaranews-sumbar-…, "Jakarta, Rabu, …")
    /// against names that hold a month's or a figure's word (tl-kmu's "Kilusang Mayo Uno",
    /// "SBSI 92"), an acronym in capitals, and a name.
    #[test]
    fn a_dates_pieces_in_a_run_are_no_names() {
        let lang = |l: &str| l.parse::<LanguageIdentifier>().unwrap_or_default();
        assert!(date_piece("Septiyembre 21", &lang("ceb")));
        assert!(date_piece("2025", &lang("ceb")));
        assert!(date_piece("Hunyo 16", &lang("fil")));
        assert!(date_piece("11月20日", &lang("ja")));
        assert!(date_piece("Rabu", &lang("id")));
        assert!(date_piece("15 July 2008", &lang("en")));
        assert!(!date_piece("Kilusang Mayo Uno", &lang("tl")));
        assert!(!date_piece("SBSI 92", &lang("id")));
        assert!(!date_piece("MAY", &lang("en")));
        assert!(!date_piece("日本医師会", &lang("ja")));
        assert!(!date_piece("Partido Lakas ng Masa", &lang("tl")));
    }

    /// Lines of tests/fixtures/ingest/real, read by hand: a name whose only figures stand in a
    /// word with letters (en-ukraine-joint-statement-2014, "Philippine Communist Party
    /// (PKP-1930)"), a time line of a press notice (ko-nodong-gyuthan-gijahoegyeon, "일시 :
    /// 202281() 오전 1030") and a dateline (ml-deepika-samyuktha-trade-union-prathishedham,
    /// "Saturday, May 23, 2020 12:25 AM IST"), which hold words of figures.
    #[test]
    fn words_of_figures_are_found_from_their_figures() {
        let figures = |w: &str| w.bytes().any(|b| b.is_ascii_digit()) && !w.chars().any(letter);
        assert!(!figure_word(
            "Philippine Communist Party (PKP-1930)",
            figures
        ));
        assert!(!figure_word("ΜΕΕ-2 Μέτωπο, ااا-3 الحركة", figures));
        assert!(figure_word("일시 : 202281() 오전 1030", figures));
        assert!(figure_word("Saturday, May 23, 2020 12:25 AM IST", figures));
        assert!(figure_word("PKP-1930\u{A0}1930", figures));
        assert!(!figure_word("", figures));
    }

    #[test]
    fn a_line_of_code_naming_the_heading_word_is_no_heading() {
        // en-viacampesina-g4-potsdam: a heading, with what it holds in parentheses.
        assert!(heading_language("Signatories (in alphabetical order)").is_some());
        // This crate's README, a manifest line: the word is a key, not a heading.
        assert!(
            heading_language(r#"signatories = { version = "0.1", default-features = false }"#)
                .is_none()
        );
        assert!(heading_language("Signatories < 10").is_none());
    }

    #[test]
    fn a_short_line_naming_signatories_heads_a_section() {
        // fr-greenpeace-tribune-front-populaire-liste-des-signataires: two signers, then
        // "Premiers signataires" ("first signatories") before the others.
        assert!(is_subsequent_heading("Premiers signataires"));
        // en-viacampesina-g4-potsdam.
        assert!(is_subsequent_heading("Signatories (in alphabetical order)"));
        // The catalog's section words, as before.
        assert!(is_subsequent_heading("Signataires ultérieurs :"));
        // Entries of the same list are no headings.
        assert!(!is_subsequent_heading(
            "Léa Geindreau, porte-parole d’Action Justice Climat"
        ));
        assert!(!is_subsequent_heading("Marie Yared, Directrice, Avaaz"));
        // A sentence holding the word is no heading: more than four words.
        assert!(!is_subsequent_heading(
            "Cette tribune est signée par les signataires suivants"
        ));
    }
}
