//! Reading published signatory lists: plain text copied from a web page, or an HTML fragment.
//! The parser finds the heading (with its "as of" date and whether more signatories are
//! possible), the sections, and each entry's acronym, name, transliteration, translation,
//! country and note; every input line ends up in an entry, in the heading, or skipped with a
//! reason. Matching entries to a registry is [`crate::reconcile`].

use std::collections::HashMap;

use icu_calendar::Date;
use icu_calendar::cal::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{M, MD};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::date::PartialDate;
use crate::find::primary_collator;
use crate::registry::Registry;
use crate::statement::SectionKind;

/// What the parser is told.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct ParseOptions<'a> {
    /// The edition's language; guessed from the heading and the country names when `None`.
    pub lang: Option<&'a LanguageIdentifier>,
    /// A registry whose organizations help decide where acronyms end and what a parenthesis
    /// is.
    pub registry: Option<&'a Registry>,
}

/// The heading of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// The heading as printed.
    pub text: String,
    /// Its line (1-based).
    #[serde(skip)]
    pub line: usize,
    /// The "as of" date, to the precision printed.
    pub as_of: Option<PartialDate>,
    /// Whether the heading says more signatories are possible.
    pub more_possible: bool,
}

/// One entry as printed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ParsedEntry {
    /// The 1-based input lines the entry spans.
    pub lines: Vec<usize>,
    /// The printed number.
    pub number: Option<u32>,
    /// The section.
    pub section: SectionKind,
    /// The acronym.
    pub acronym: Option<String>,
    /// The name in the organization's language.
    pub name: Option<String>,
    /// A Latin transliteration of the name.
    pub transliteration: Option<String>,
    /// The name in the edition's language.
    pub translation: Option<String>,
    /// The country or area as printed.
    pub country: Option<String>,
    /// The ISO 3166-1 alpha-2 code, when the printed country is one country.
    pub country_code: Option<String>,
    /// A trailing note (`[observer]`, `*`).
    pub note: Option<String>,
}

/// Why a line is not part of an entry or the heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// An empty line.
    Blank,
    /// Text before the list (the statement itself, a page header).
    Preamble,
    /// A line that starts a section ("Subsequent signatories:").
    SectionHeading,
    /// Text after the list (page furniture, a note on the resolutions).
    Footer,
    /// A place-and-date line after the list ("Berlin, 21 March 2011").
    Trailer,
}

/// A line that is not part of an entry or the heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// The 1-based line.
    pub line: usize,
    /// The line's text, trimmed.
    pub text: String,
    /// Why it was skipped.
    pub reason: SkipReason,
}

/// A parsed list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedList {
    /// The edition's language (given, or guessed).
    #[serde(serialize_with = "lang_str")]
    pub language: LanguageIdentifier,
    /// Whether the language was guessed.
    #[serde(skip)]
    pub language_guessed: bool,
    /// The heading, if the list has one.
    pub heading: Option<Heading>,
    /// The entries, in order.
    pub entries: Vec<ParsedEntry>,
    /// Every other line, with the reason.
    pub skipped: Vec<Skipped>,
    /// What the caller should know: bidi controls and invisible characters removed from the
    /// input (they could make a name look like another), by line.
    pub warnings: Vec<String>,
}

fn lang_str<S: serde::Serializer>(l: &LanguageIdentifier, ser: S) -> Result<S::Ok, S::Error> {
    ser.collect_str(l)
}

/// A line of input: its 1-based number and text.
#[derive(Debug, Clone)]
struct Line {
    no: usize,
    /// The last input line the text comes from (HTML text can span lines).
    last: usize,
    text: String,
}

/// At most this many warnings are kept for one list; a line says how many more there were.
const MAX_WARNINGS: usize = 1000;

/// Every line end Unicode knows (CR LF, CR, LF, NEL, LS, PS, and vertical tab and form feed,
/// which some word processors use for manual breaks) as one `\n`, so that lines are counted
/// the same way whatever system wrote the list.
fn normalize_line_ends(input: &str) -> std::borrow::Cow<'_, str> {
    let is_end = |c: char| {
        matches!(
            c,
            '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !input.contains(is_end) {
        return std::borrow::Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else if is_end(c) {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Splits plain text (with `\n` line ends) into lines.
fn text_lines(input: &str) -> Vec<Line> {
    input
        .split('\n')
        .enumerate()
        .map(|(i, l)| Line {
            no: i + 1,
            last: i + 1,
            text: l.to_owned(),
        })
        .collect()
}

/// Whether the input looks like an HTML fragment.
pub fn looks_like_html(input: &str) -> bool {
    // The first 4 KiB (cut at a character boundary).
    let mut end = input.len().min(4096);
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let lower = input.get(..end).unwrap_or_default().to_ascii_lowercase();
    ["<ol", "<ul", "<li", "<p>", "<p ", "<br", "<div", "<table"]
        .iter()
        .any(|t| lower.contains(t))
}

/// Turns an HTML fragment into lines of text: a line per `<li>`, `<p>`, `<br>` and other block,
/// entities decoded, each line numbered by the input line its text starts on.
fn html_lines(input: &str) -> Vec<Line> {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let line_of = crate::error::LineIndex::new(input);
    let mut lines: Vec<Line> = Vec::new();
    let mut current = String::new();
    let mut start: Option<usize> = None;
    let mut end = 0usize;
    let mut skip_depth = 0usize;
    let flush =
        |current: &mut String, start: &mut Option<usize>, end: usize, lines: &mut Vec<Line>| {
            let t = current.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                let no = start.map_or(1, |s| line_of.line(s));
                lines.push(Line {
                    no,
                    last: line_of.line(end.saturating_sub(1)).max(no),
                    text: t,
                });
            }
            current.clear();
            *start = None;
        };
    const BLOCKS: &[&[u8]] = &[
        b"li",
        b"p",
        b"br",
        b"div",
        b"ol",
        b"ul",
        b"tr",
        b"td",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"section",
        b"article",
        b"blockquote",
        b"dd",
        b"dt",
        b"table",
        b"header",
        b"footer",
    ];
    for token in Tokenizer::new_with_emitter(input, DefaultEmitter::<usize>::new_with_span()) {
        let Ok(token) = token;
        match token {
            Token::StartTag(t) => {
                if matches!(&t.name[..], b"script" | b"style") {
                    skip_depth += 1;
                } else if BLOCKS.contains(&&t.name[..]) {
                    flush(&mut current, &mut start, end, &mut lines);
                }
            }
            Token::EndTag(t) => {
                if matches!(&t.name[..], b"script" | b"style") {
                    skip_depth = skip_depth.saturating_sub(1);
                } else if BLOCKS.contains(&&t.name[..]) {
                    flush(&mut current, &mut start, end, &mut lines);
                }
            }
            Token::String(s) if skip_depth == 0 => {
                let text = String::from_utf8_lossy(&s.value);
                if !text.trim().is_empty() {
                    if start.is_none() {
                        let lead = text.len() - text.trim_start().len();
                        start = Some(s.span.start + lead);
                    }
                    end = s.span.start + text.trim_end().len();
                }
                current.push_str(&text);
            }
            _ => {}
        }
    }
    flush(&mut current, &mut start, end, &mut lines);
    lines
}

/// Words that name a signatory list, per language, lowercase.
const HEADING_WORDS: &[(&str, &str)] = &[
    ("en", "signatories"),
    ("en", "signed by"),
    ("en", "signers"),
    ("de", "unterzeichner"),
    ("de", "unterzeichnende"),
    ("de", "unterstützer"),
    ("fr", "signataires"),
    ("es", "firmantes"),
    ("pt", "signatários"),
    ("pt", "assinantes"),
    ("ru", "подписали"),
    ("ru", "подписанты"),
    ("tr", "imzacılar"),
    ("ar", "الموقعون"),
    ("fa", "امضاکنندگان"),
    ("it", "firmatari"),
    ("nl", "ondertekenaars"),
    ("sv", "undertecknare"),
];

/// Lines that start the subsequent section, lowercase.
const SUBSEQUENT_WORDS: &[&str] = &[
    "subsequent signatories",
    "further signatories",
    "additional signatories",
    "later signatories",
    "signed later",
    "nachträgliche unterzeichner",
    "nachträglich unterzeichnet",
    "weitere unterzeichner",
    "signataires ultérieurs",
    "signataires supplémentaires",
    "autres signataires",
    "firmantes posteriores",
    "firmantes adicionales",
    "otros firmantes",
    "signatários posteriores",
    "подписали позднее",
    "sonradan imzalayanlar",
    "الموقعون لاحقًا",
    "امضاکنندگان بعدی",
];

/// Phrases saying more signatories are possible, lowercase.
const MORE_WORDS: &[&str] = &[
    "further signatories possible",
    "more signatories possible",
    "further signatures possible",
    "open for signature",
    "weitere unterzeichner möglich",
    "weitere unterzeichnungen möglich",
    "weitere unterschriften möglich",
    "d’autres signatures",
    "d'autres signatures",
    "d’autres signataires",
    "d'autres signataires",
    "nuevas firmas",
    "más firmas",
    "novas assinaturas",
    "outras assinaturas",
    "новые подписи",
    "yeni imzalara açık",
    "ويمكن انضمام",
    "امکان امضای بیشتر",
];

/// Page furniture and notes that follow a list, lowercase prefixes.
const FOOTER_WORDS: &[&str] = &[
    "document actions",
    "resolutions of the",
    "resolutions of world",
    "back to top",
    "print this",
    "share this",
    "beschlüsse der",
    "résolutions de",
    "resoluciones de",
];

/// Function words that acronyms skip, lowercase.
const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "de", "du", "des", "del", "la", "le", "les", "l", "d", "pour",
    "et", "y", "e", "da", "do", "dos", "das", "der", "die", "und", "für", "von", "van", "het",
    "en", "i", "и", "на", "в", "ve",
];

/// Month names (lowercase, folded) of a language → month number, from CLDR through ICU4X:
/// standalone and format forms (Russian "февраль" and "февраля").
fn month_names(lang: &LanguageIdentifier) -> Vec<(String, u8)> {
    let Ok(locale) = icu_locale::Locale::try_from_str(&lang.to_string()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let standalone =
        FixedCalendarDateTimeFormatter::<Gregorian, M>::try_new((&locale).into(), M::long());
    let with_day =
        FixedCalendarDateTimeFormatter::<Gregorian, MD>::try_new((&locale).into(), MD::long());
    for m in 1..=12u8 {
        let Ok(date) = Date::try_new_gregorian(2001, m, 15) else {
            continue;
        };
        if let Ok(f) = &standalone {
            out.push((fold(&f.format(&date).to_string()), m));
        }
        if let Ok(f) = &with_day {
            let s = f.format(&date).to_string();
            let word: String = s
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() > 2)
                .collect::<Vec<_>>()
                .join(" ");
            if !word.is_empty() {
                out.push((fold(&word), m));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Lowercase and without accents, for comparing words.
fn fold(s: &str) -> String {
    crate::find::fold(s)
}

/// Parses a date in running text: `7 February 2023`, `February 7, 2023`, `November 2016`,
/// `21. März 2011`, `4.4.2015`, `7 de febrero de 2023`, `2023-02-07`.
pub fn parse_date(text: &str, lang: &LanguageIdentifier) -> Option<PartialDate> {
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
            if let Ok(date) = PartialDate::ymd(y, m, d) {
                return Some(date);
            }
        }
    }
    // Month names of the edition's language, and English.
    let mut months = month_names(lang);
    if lang.language.as_str() != "en" {
        months.extend(month_names(&"en".parse().unwrap_or_default()));
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
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

/// Primary-strength keys of CLDR country names → codes, per language (memoized: building one
/// takes 676 region lookups).
type CountryKeys = HashMap<Vec<u8>, Option<String>>;

fn cldr_country_keys(lang: &LanguageIdentifier) -> std::sync::Arc<CountryKeys> {
    use std::sync::{Arc, OnceLock, RwLock};
    static MEMO: OnceLock<RwLock<HashMap<String, Arc<CountryKeys>>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let tag = lang.to_string();
    if let Some(k) = memo.read().ok().and_then(|m| m.get(&tag).cloned()) {
        return k;
    }
    let collator = primary_collator();
    let mut by_key = CountryKeys::new();
    let mut locales = vec![tag.clone()];
    if lang.language.as_str() != "en" {
        locales.push("en".to_owned());
    }
    for t in locales {
        let Ok(locale) = icu_locale::Locale::try_from_str(&t) else {
            continue;
        };
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let code = String::from_utf8_lossy(&[a, b]).into_owned();
                if !crate::cldr::is_known_country(&code) {
                    continue;
                }
                // CLDR's name and its short form ("United States" and "US", "United
                // Kingdom" and "UK").
                let short = icu_locale::subtags::Region::try_from_str(&code)
                    .ok()
                    .and_then(|r| {
                        icu_locale::names::RegionDisplayName::try_new_short_light(
                            (&locale).into(),
                            r,
                        )
                        .ok()
                    })
                    .map(|n| n.to_string());
                for name in crate::cldr::region_name_in(&locale, &code)
                    .into_iter()
                    .chain(short)
                {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(&name, &mut k);
                    by_key.entry(k).or_insert_with(|| Some(code.clone()));
                }
            }
        }
    }
    let keys = Arc::new(by_key);
    if let Ok(mut m) = memo.write()
        && m.len() < 64
    {
        m.insert(tag, Arc::clone(&keys));
    }
    keys
}

/// Country names → codes, in the edition's language and English (CLDR), with the registry's
/// area names.
struct Places {
    collator: icu_collator::CollatorBorrowed<'static>,
    countries: std::sync::Arc<CountryKeys>,
    areas: HashMap<Vec<u8>, Option<String>>,
}

impl Places {
    fn new(lang: &LanguageIdentifier, registry: Option<&Registry>) -> Self {
        let collator = primary_collator();
        let mut areas = HashMap::new();
        if let Some(r) = registry {
            for area in r.areas() {
                for name in area.names.values() {
                    let mut k = Vec::new();
                    let Ok(()) = collator.write_sort_key_to(name, &mut k);
                    areas.insert(k, None);
                }
            }
        }
        Places {
            collator,
            countries: cldr_country_keys(lang),
            areas,
        }
    }

    fn get(&self, s: &str) -> Option<&Option<String>> {
        let k = self.key(s);
        self.countries.get(&k).or_else(|| self.areas.get(&k))
    }

    fn key(&self, s: &str) -> Vec<u8> {
        let mut k = Vec::new();
        let Ok(()) = self.collator.write_sort_key_to(s, &mut k);
        k
    }

    /// Whether `s` names a place (a country, an area, or several joined by `/` or `-`), and the
    /// country code when it is one country.
    fn lookup(&self, s: &str) -> Option<Option<String>> {
        let s = s.trim();
        if s.is_empty() || s.chars().count() > 60 {
            return None;
        }
        if let Some(code) = self.get(s) {
            return Some(code.clone());
        }
        for sep in [" / ", "/", " - ", "-", " – "] {
            let parts: Vec<&str> = s.split(sep).collect();
            if parts.len() > 1 && parts.iter().all(|p| self.get(p.trim()).is_some()) {
                return Some(None);
            }
        }
        None
    }
}

/// The language a heading word belongs to, if the line is a heading.
fn heading_language(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    if lower.chars().count() > 200 {
        return None;
    }
    HEADING_WORDS
        .iter()
        .find(|(_, w)| {
            lower.starts_with(w) || (lower.contains(w) && lower.trim_end().ends_with(':'))
        })
        .map(|(l, _)| *l)
}

fn is_subsequent_heading(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower = lower.trim_end_matches([':', ' ', '\u{a0}']);
    lower.chars().count() < 60 && SUBSEQUENT_WORDS.iter().any(|w| lower.starts_with(w))
}

fn is_footer(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    FOOTER_WORDS.iter().any(|w| lower.starts_with(w))
}

/// Prose: a long sentence rather than an entry.
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let t = line.trim_end();
    let sentence = (t.ends_with('.') || t.ends_with('!') || t.ends_with('?')) && !t.ends_with(".)");
    words >= 45 || (words >= 10 && sentence)
}

/// A place-and-date trailer: "Berlin, 21 March 2011", "Gelsenkirchen, den 4.4.2015".
fn is_trailer(line: &str, lang: &LanguageIdentifier) -> bool {
    let t = line.trim();
    let Some((place, date)) = t.split_once(',') else {
        return false;
    };
    place.split_whitespace().count() <= 4
        && place.chars().next().is_some_and(char::is_uppercase)
        && t.chars().count() < 60
        && date.chars().any(|c| c.is_ascii_digit())
        && parse_date(date, lang).is_some()
}

/// A list marker at the start of a line: (number, rest).
fn marker(line: &str) -> Option<(Option<u32>, &str)> {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 5 {
        let rest = t.get(digits..)?;
        if let Some(r) = rest.strip_prefix(['.', ')']) {
            let n = t.get(..digits)?.parse().ok();
            let r2 = r.trim_start();
            // "10.Name" (no space) is a number too, "1.5 million" is not.
            if !r2.starts_with(|c: char| c.is_ascii_digit()) && !r2.is_empty() {
                return Some((n, r2));
            }
        }
    }
    for bullet in ["- ", "– ", "• ", "* ", "· "] {
        if let Some(r) = t.strip_prefix(bullet) {
            return Some((None, r.trim_start()));
        }
    }
    None
}

/// Parses a list.
///
/// ```
/// use signatories::ingest::{parse, ParseOptions};
/// let text = "Signatories (as of November 2016):\n1. MLPD Marxistisch-Leninistische Partei Deutschlands (Marxist-Leninist Party of Germany)\n2. RM Rode Morgen (Red Dawn), Netherlands\n";
/// let list = parse(text, &ParseOptions::default());
/// assert_eq!(list.heading.unwrap().as_of.unwrap().to_string(), "2016-11");
/// assert_eq!(list.entries[1].acronym.as_deref(), Some("RM"));
/// assert_eq!(list.entries[1].translation.as_deref(), Some("Red Dawn"));
/// assert_eq!(list.entries[1].country_code.as_deref(), Some("NL"));
/// ```
pub fn parse(input: &str, options: &ParseOptions<'_>) -> ParsedList {
    // Decided on the text as given, as `looks_like_html` answers a caller.
    let html = looks_like_html(input);
    let input = normalize_line_ends(input);
    let input = input.as_ref();
    let mut lines = if html {
        html_lines(input)
    } else {
        text_lines(input)
    };
    // Bidi controls, invisible and control characters never reach entries (or any output).
    // They are removed from each line's text after HTML character references are decoded, so
    // that `&#x202E;` is caught like a literal U+202E.
    let mut warnings = Vec::new();
    let mut omitted = 0usize;
    for l in &mut lines {
        let (clean, removed) = crate::text::strip_hidden(&l.text);
        if removed.is_empty() {
            continue;
        }
        if warnings.len() < MAX_WARNINGS {
            let mut codes: Vec<String> = Vec::new();
            for (_, c) in &removed {
                let code = format!("U+{:04X}", *c as u32);
                if !codes.contains(&code) && codes.len() < 8 {
                    codes.push(code);
                }
            }
            warnings.push(format!(
                "line {}: removed {} invisible, bidi control or control character{} ({})",
                l.no,
                removed.len(),
                if removed.len() == 1 { "" } else { "s" },
                codes.join(", ")
            ));
        } else {
            omitted += 1;
        }
        l.text = clean.into_owned();
    }
    if omitted > 0 {
        warnings.push(format!(
            "characters were removed from {omitted} more lines (not listed)"
        ));
    }
    // The edition's language: given, else from the heading word, else English.
    let heading_at = lines
        .iter()
        .position(|l| heading_language(&l.text).is_some() && !is_prose(&l.text));
    let (language, guessed) = match options.lang {
        Some(l) => (l.clone(), false),
        None => (
            heading_at
                .and_then(|i| lines.get(i))
                .and_then(|l| heading_language(&l.text))
                .unwrap_or("en")
                .parse()
                .unwrap_or_default(),
            true,
        ),
    };
    let places = Places::new(&language, options.registry);
    let mut out = ParsedList {
        language: language.clone(),
        language_guessed: guessed,
        heading: None,
        entries: Vec::new(),
        skipped: Vec::new(),
        warnings,
    };
    let skip = |out: &mut ParsedList, l: &Line, reason| {
        out.skipped.push(Skipped {
            line: l.no,
            text: l.text.trim().to_owned(),
            reason,
        })
    };

    // Where the list starts: after the heading; without one, at the first marked line (or the
    // first line that is not prose).
    let start = match heading_at {
        Some(h) => h,
        None => lines
            .iter()
            .position(|l| marker(&l.text).is_some())
            .or_else(|| {
                lines
                    .iter()
                    .position(|l| !l.text.trim().is_empty() && !is_prose(&l.text))
            })
            .unwrap_or(lines.len()),
    };
    for l in lines.iter().take(start) {
        let reason = if l.text.trim().is_empty() {
            SkipReason::Blank
        } else {
            SkipReason::Preamble
        };
        skip(&mut out, l, reason);
    }
    let mut section = SectionKind::Initial;
    let mut footer = false;
    let mut numbered_list = false;
    // The entry being assembled: its lines, number, text, and whether a blank line followed.
    let mut pending: Option<(Vec<usize>, Option<u32>, String, SectionKind)> = None;
    // Opening minus closing parentheses of the pending entry's text, kept as lines are added
    // (counting the whole text again for every continuation line would be quadratic).
    let mut open_parens: isize = 0;
    let balance = |s: &str| -> isize {
        s.bytes()
            .map(|b| match b {
                b'(' => 1,
                b')' => -1,
                _ => 0,
            })
            .sum()
    };
    let mut gap = false;
    let finish = |pending: &mut Option<(Vec<usize>, Option<u32>, String, SectionKind)>,
                  out: &mut ParsedList| {
        if let Some((lines, number, text, section)) = pending.take() {
            let mut e = split_entry(&text, &places, options.registry);
            e.lines = lines;
            e.number = number;
            e.section = section;
            out.entries.push(e);
        }
    };
    for (i, l) in lines.iter().enumerate().skip(start) {
        let text = l.text.trim();
        if Some(i) == heading_at {
            out.heading = Some(Heading {
                text: text.to_owned(),
                line: l.no,
                as_of: parse_date(text, &language),
                more_possible: {
                    let lower = text.to_lowercase();
                    MORE_WORDS.iter().any(|w| lower.contains(w))
                },
            });
            continue;
        }
        if text.is_empty() {
            skip(&mut out, l, SkipReason::Blank);
            gap = true;
            continue;
        }
        if footer {
            let reason = if is_trailer(text, &language) {
                SkipReason::Trailer
            } else {
                SkipReason::Footer
            };
            skip(&mut out, l, reason);
            continue;
        }
        if is_subsequent_heading(text) {
            finish(&mut pending, &mut out);
            section = SectionKind::Subsequent;
            skip(&mut out, l, SkipReason::SectionHeading);
            gap = false;
            continue;
        }
        let marked = marker(&l.text);
        if marked.is_none() && (is_footer(text) || is_prose(text) || is_trailer(text, &language)) {
            finish(&mut pending, &mut out);
            footer = true;
            let reason = if is_trailer(text, &language) {
                SkipReason::Trailer
            } else {
                SkipReason::Footer
            };
            skip(&mut out, l, reason);
            continue;
        }
        if let Some((n, rest)) = marked {
            finish(&mut pending, &mut out);
            numbered_list |= n.is_some();
            pending = Some(((l.no..=l.last).collect(), n, rest.to_owned(), section));
            open_parens = balance(rest);
            gap = false;
            continue;
        }
        // An unmarked line: a continuation of the entry before, or an entry of its own.
        let continues = pending.as_ref().is_some_and(|(_, _, prev, _)| {
            let open = open_parens > 0;
            let indented =
                l.text.starts_with([' ', '\t']) && numbered_list && section == SectionKind::Initial;
            let prev_trim = prev.trim_end();
            open || (!gap
                && (indented
                    || text.starts_with(['(', ',', '–'])
                    || text.starts_with(|c: char| c.is_lowercase())
                    || prev_trim.ends_with([',', '-', '/', '–'])))
        });
        if continues {
            if let Some((ls, _, prev, _)) = pending.as_mut() {
                ls.extend(l.no..=l.last);
                if !(prev.ends_with('-') && text.starts_with(|c: char| c.is_lowercase())) {
                    prev.push(' ');
                }
                prev.push_str(text);
                open_parens += balance(text);
            }
        } else {
            finish(&mut pending, &mut out);
            pending = Some(((l.no..=l.last).collect(), None, text.to_owned(), section));
            open_parens = balance(text);
        }
        gap = false;
    }
    finish(&mut pending, &mut out);
    if html {
        // Lines that hold only markup (`<ol>`, `</ul>`) carry no text: blank.
        let mut covered = vec![false; input.split('\n').count() + 1];
        let mut cover = |n: usize| {
            if let Some(c) = covered.get_mut(n) {
                *c = true;
            }
        };
        for l in &lines {
            for n in l.no..=l.last {
                cover(n);
            }
        }
        for (n, line) in input.split('\n').enumerate() {
            if !covered.get(n + 1).copied().unwrap_or(true) {
                out.skipped.push(Skipped {
                    line: n + 1,
                    text: line.trim().to_owned(),
                    reason: SkipReason::Blank,
                });
            }
        }
    }
    out.skipped.sort_by_key(|s| s.line);
    out
}

/// A top-level piece of an entry: a word, or a parenthesized group with its parentheses.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    if let Some(st) = start.take()
                        && let Some(w) = s.get(st..i)
                    {
                        out.push(w);
                    }
                    start = Some(i);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0
                    && let Some(st) = start.take()
                    && let Some(w) = s.get(st..i + 1)
                {
                    out.push(w);
                }
            }
            c if c.is_whitespace() && depth == 0 => {
                if let Some(st) = start.take()
                    && let Some(w) = s.get(st..i)
                {
                    out.push(w);
                }
            }
            _ => {
                if start.is_none() {
                    start = Some(i);
                }
            }
        }
    }
    if let Some(st) = start
        && let Some(w) = s.get(st..)
    {
        out.push(w);
    }
    out
}

fn is_group(t: &str) -> bool {
    t.starts_with('(') && t.ends_with(')')
}

fn inner(t: &str) -> &str {
    t.strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(t)
}

/// Whether a token looks like an acronym: letters mostly upper case, short.
fn acronym_like(t: &str) -> bool {
    let t = inner(t);
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    !letters.is_empty() && t.chars().count() <= 16 && upper * 2 >= letters.len() && upper >= 1
}

/// The initials of a name's words (function words skipped; hyphenated words give one initial
/// a part), transliterated to Latin upper case.
fn initials(name: &str) -> Vec<char> {
    let mut out = Vec::new();
    for word in name.split(|c: char| {
        c.is_whitespace()
            || c == '-'
            || c == '–'
            || c == '/'
            || c == '('
            || c == ')'
            || c == '’'
            || c == '\''
    }) {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || FUNCTION_WORDS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        if let Some(c) = w.chars().next() {
            out.extend(latin_upper(c));
        }
    }
    out
}

fn latin_upper(c: char) -> Option<char> {
    any_ascii::any_ascii_char(c)
        .chars()
        .find(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
}

/// The capital letters of an acronym, transliterated to Latin.
fn acronym_letters(acronym: &str) -> Vec<char> {
    acronym
        .chars()
        .filter(|c| c.is_uppercase())
        .filter_map(latin_upper)
        .collect()
}

/// How many of the acronym's letters the name's initials spell, in order.
fn initial_score(acronym: &[char], initials: &[char]) -> usize {
    let mut j = 0;
    let mut n = 0;
    for a in acronym {
        match initials
            .get(j..)
            .and_then(|rest| rest.iter().position(|c| c == a))
        {
            Some(k) => {
                // Skipping initials costs: a prefix match is best.
                n += if k == 0 { 2 } else { 1 };
                j += k + 1;
            }
            None => break,
        }
    }
    n
}

fn join(tokens: &[&str]) -> String {
    tokens.join(" ")
}

/// Items `from..to` of a token list (empty when out of range).
fn range<'a, 'b>(t: &'b [&'a str], from: usize, to: usize) -> &'b [&'a str] {
    t.get(from..to.min(t.len())).unwrap_or_default()
}

/// Item `i` of a token list (empty when out of range).
fn at<'a>(t: &[&'a str], i: usize) -> &'a str {
    t.get(i).copied().unwrap_or("")
}

/// Splits an entry's text into its parts.
fn split_entry(text: &str, places: &Places, registry: Option<&Registry>) -> ParsedEntry {
    let mut e = ParsedEntry::default();
    let mut body = text.trim().to_owned();

    // A trailing note in brackets, or a footnote mark.
    if body.ends_with(']')
        && let Some(open) = body.rfind('[')
    {
        e.note = body
            .get(open + 1..body.len() - 1)
            .map(|n| n.trim().to_owned());
        body = body.get(..open).unwrap_or_default().trim_end().to_owned();
    }

    // A trailing ", Country" at the top level.
    let mut depth = 0i32;
    let mut last_comma = None;
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => last_comma = Some(i),
            _ => {}
        }
    }
    if let Some(i) = last_comma {
        let candidate = body.get(i + 1..).unwrap_or_default().trim().to_owned();
        let before = body.get(..i).unwrap_or_default().trim_end();
        if let Some(code) = places.lookup(&candidate) {
            e.country = Some(candidate);
            e.country_code = code;
            body = before.to_owned();
        } else if before.ends_with(')')
            && tokens(before)
                .last()
                .is_some_and(|t| is_group(t) && acronym_like(t))
            && (1..=3).contains(&candidate.split_whitespace().count())
            && candidate.chars().next().is_some_and(char::is_uppercase)
            && !candidate.contains(['(', ')'])
        {
            // "Name (ACR), Place": a place CLDR does not name ("USA", a region): printed, no code.
            e.country = Some(candidate);
            body = before.to_owned();
        }
    }

    let toks = tokens(&body);
    if toks.is_empty() {
        return e;
    }
    let known_acronym = |t: &str| registry.is_some_and(|r| !r.find_by_acronym(t).is_empty());

    // Name first: "Name (ACR)".
    if toks.len() >= 2
        && let Some(last) = toks.last()
        && is_group(last)
        && (acronym_like(last) || known_acronym(inner(last)))
        && inner(last).split_whitespace().count() <= 3
        && (!acronym_like(at(&toks, 0)) || known_acronym(inner(last)))
        && !known_acronym(at(&toks, 0))
    {
        e.acronym = Some(inner(last).to_owned());
        e.name = Some(join(range(&toks, 0, toks.len() - 1)));
        return e;
    }

    // Short style: "ACR Country", "ACR – Land".
    for i in 1..toks.len().min(4) {
        let rest: Vec<&str> = range(&toks, i, toks.len()).to_vec();
        let rest_text = join(&rest);
        let rest_text = rest_text.trim_start_matches(['–', '-', ',', ':']).trim();
        if e.country.is_none()
            && !rest_text.is_empty()
            && range(&toks, 0, i).iter().skip(1).all(|t| is_group(t))
            && let Some(code) = places.lookup(rest_text)
        {
            e.acronym = Some(join(range(&toks, 0, i)));
            e.country = Some(rest_text.to_owned());
            e.country_code = code;
            return e;
        }
    }

    // The acronym ends where the name's initials best spell it.
    let mut best = (0usize, 1usize);
    let registry_split = (1..toks.len().min(5))
        .rev()
        .find(|&i| known_acronym(&join(range(&toks, 0, i))));
    if let Some(i) = registry_split {
        best = (usize::MAX, i);
    } else if acronym_like(at(&toks, 0)) || toks.len() > 1 {
        let letters = acronym_letters(at(&toks, 0));
        for i in 1..toks.len().min(5) {
            let extra_ok = range(&toks, 1, i)
                .iter()
                .all(|t| is_group(t) || (t.chars().count() <= 12 && !t.contains(['.', ','])));
            if !extra_ok || is_group(at(&toks, i)) {
                continue;
            }
            let name = join(range(&toks, i, toks.len()));
            let mut score = initial_score(&letters, &initials(&name)) * 4;
            // Prefer shorter acronyms when the name spells them as well.
            score = score.saturating_sub(i);
            // The extra acronym words should reappear in the name ("PML del Perú").
            if i > 1
                && range(&toks, 1, i)
                    .iter()
                    .filter(|t| !is_group(t))
                    .any(|t| !name.contains(*t))
            {
                score = score.saturating_sub(6);
            }
            if score > best.0 {
                best = (score, i);
            }
        }
    }
    let split = best.1.min(toks.len());
    if !acronym_like(at(&toks, 0)) && best.0 == 0 && registry_split.is_none() {
        // No acronym: the whole text is the name.
        peel(&toks, &mut e, registry);
        return e;
    }
    e.acronym = Some(
        join(range(&toks, 0, split))
            .trim_end_matches([':', ',', ';'])
            .to_owned(),
    );
    peel(range(&toks, split, toks.len()), &mut e, registry);
    e
}

/// Splits a name and its trailing groups into name, transliteration and translation.
fn peel(toks: &[&str], e: &mut ParsedEntry, registry: Option<&Registry>) {
    let mut end = toks.len();
    let words = |s: &str| s.split_whitespace().count();
    let latin_only = |s: &str| {
        let sc = crate::text::scripts(s);
        !sc.is_empty() && sc.iter().all(|x| x.as_str() == "Latn")
    };
    let known = |s: &str| {
        registry.and_then(|r| {
            r.find(s)
                .into_iter()
                .find(|f| f.how != crate::MatchKind::Words)
        })
    };
    let name_text = |end: usize| join(range(toks, 0, end));

    if end >= 2 && is_group(at(toks, end - 1)) {
        let last = inner(at(toks, end - 1));
        let rest = name_text(end - 1);
        let rest_latin = latin_only(&rest);
        let looks_like_translation = words(last) >= 2 && words(last) * 5 >= words(&rest) * 2;
        let part_of_name = known(&name_text(end)).is_some() && known(&rest).is_none();
        if !part_of_name && (looks_like_translation || (!rest_latin && latin_only(last))) {
            // A non-Latin name followed by one Latin group: a transliteration when the group
            // reads like the name.
            let similar = |a: &str| {
                strsim::normalized_levenshtein(&fold(&any_ascii::any_ascii(&rest)), &fold(a)) > 0.7
            };
            if !rest_latin && latin_only(last) && similar(last) {
                e.transliteration = Some(last.to_owned());
            } else {
                e.translation = Some(last.to_owned());
            }
            end -= 1;
            if e.translation.is_some() && end >= 2 && is_group(at(toks, end - 1)) {
                let prev = inner(at(toks, end - 1));
                let rest = name_text(end - 1);
                if !latin_only(&rest) && latin_only(prev) {
                    e.transliteration = Some(prev.to_owned());
                    end -= 1;
                }
            }
        }
    }
    if end > 0 {
        e.name = Some(name_text(end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> LanguageIdentifier {
        "en".parse().unwrap_or_default()
    }

    #[test]
    fn dates() {
        let d =
            |s: &str, l: &str| parse_date(s, &l.parse().unwrap_or_default()).map(|d| d.to_string());
        assert_eq!(
            d(
                "Signatories (as of 7 February 2023, further signatories possible):",
                "en"
            )
            .as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(d("as of November 2016", "en").as_deref(), Some("2016-11"));
        assert_eq!(
            d("(Stand: 21. März 2011)", "de").as_deref(),
            Some("2011-03-21")
        );
        assert_eq!(d("(Stand 4.4.2015)", "de").as_deref(), Some("2015-04-04"));
        assert_eq!(
            d("Signataires (au 7 février 2023) :", "fr").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(
            d("Firmantes (a 7 de febrero de 2023):", "es").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(
            d("as of February 7, 2023", "en").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(
            d("по состоянию на 7 февраля 2023 г.", "ru").as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(d("no date here", "en"), None);
    }

    #[test]
    fn markers() {
        assert_eq!(marker("  1. PCPCI x"), Some((Some(1), "PCPCI x")));
        assert_eq!(marker("10.Name"), Some((Some(10), "Name")));
        assert_eq!(marker("3) X"), Some((Some(3), "X")));
        assert_eq!(marker("- X"), Some((None, "X")));
        assert_eq!(marker("1.5 million"), None);
        assert_eq!(marker("MLPD"), None);
    }

    #[test]
    fn tokens_keep_groups_whole() {
        assert_eq!(
            tokens(
                "PC (ML) Partido Comunista (Marxista Leninista) (Communist Party (Marxist-Leninist))"
            ),
            [
                "PC",
                "(ML)",
                "Partido",
                "Comunista",
                "(Marxista Leninista)",
                "(Communist Party (Marxist-Leninist))"
            ]
        );
    }

    #[test]
    fn entries() {
        let places = Places::new(&en(), None);
        let e = split_entry(
            "PML del Perú Partido Marxista Leninista del Perú (Marxist-Leninist Party of Peru)",
            &places,
            None,
        );
        assert_eq!(e.acronym.as_deref(), Some("PML del Perú"));
        assert_eq!(
            e.name.as_deref(),
            Some("Partido Marxista Leninista del Perú")
        );
        assert_eq!(
            e.translation.as_deref(),
            Some("Marxist-Leninist Party of Peru")
        );
        let e = split_entry(
            "CPSA (ML) Communist Party of South Africa (Marxist-Leninist)",
            &places,
            None,
        );
        assert_eq!(e.acronym.as_deref(), Some("CPSA (ML)"));
        assert_eq!(
            e.name.as_deref(),
            Some("Communist Party of South Africa (Marxist-Leninist)")
        );
        assert_eq!(e.translation, None);
        let e = split_entry(
            "RMP Российская маоистская партия (Rossijskaya maoistskaya partiya) (Russian Maoist Party)",
            &places,
            None,
        );
        assert_eq!(
            e.transliteration.as_deref(),
            Some("Rossijskaya maoistskaya partiya")
        );
        assert_eq!(e.translation.as_deref(), Some("Russian Maoist Party"));
        let e = split_entry("MLPD Germany", &places, None);
        assert_eq!(
            (e.acronym.as_deref(), e.country_code.as_deref()),
            (Some("MLPD"), Some("DE"))
        );
    }
}
