//! Text on the way in (NFC, trimming, forbidden characters) and facts about text: its script and
//! its direction.

mod script;
mod spoof;

#[cfg(feature = "ingest")]
pub(crate) use script::only_latin;
pub use script::{Script, is_mark, script, scripts};
pub(crate) use script::{script_code, script_codes, within};
pub(crate) use spoof::skeleton_digest;
pub use spoof::{mixed_scripts, skeleton};

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::CodePointMapData;
use icu_properties::props::BidiClass;

/// Normalizes a name or acronym the way the registry stores it: Unicode NFC, surrounding white
/// space trimmed, and inner runs of white space (including line breaks and tabs) collapsed to one
/// space.
///
/// ```
/// // "Côte" with a combining circumflex becomes the precomposed form.
/// assert_eq!(signatories::text::normalize("  Co\u{302}te  d'Ivoire "), "Côte d'Ivoire");
/// ```
pub fn normalize(s: &str) -> String {
    let nfc = ComposingNormalizerBorrowed::new_nfc().normalize(s);
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Why a piece of text cannot be a name or an acronym.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextProblem {
    /// Nothing but white space.
    Empty,
    /// Nothing that renders: only combining marks, joiners or blank-looking letters, so that
    /// a list would print an empty line for it.
    Blank,
    /// A control character (U+0000–U+001F, U+007F–U+009F) other than white space.
    Control(char),
    /// A character with the Unicode property Bidi_Control (embeddings, overrides, isolates,
    /// and the marks LRM, RLM and ALM): such marks belong to the output, where the renderer
    /// adds them, never to the data, where they would flip the direction of a line.
    BidiControl(char),
    /// A Default_Ignorable_Code_Point (zero-width space, word joiner, BOM, soft hyphen,
    /// Hangul fillers, Unicode tag characters …), a noncharacter, or a letter that renders
    /// blank (U+2800 BRAILLE PATTERN BLANK): invisible text that only hides differences or
    /// smuggles content. Zero-width joiner and non-joiner and variation selectors are allowed:
    /// Persian, Indic and Mongolian names need them.
    Invisible(char),
    /// Longer than [`MAX_TEXT_CHARS`] characters once normalized: no organization's name is.
    TooLong(usize),
}

/// The longest name or acronym accepted, in characters, counted on the normalized text (the
/// text that is stored and saved), so that whatever is accepted also loads again.
pub const MAX_TEXT_CHARS: usize = 1000;

impl TextProblem {
    /// The message used in validation errors.
    pub fn message(&self) -> String {
        match self {
            TextProblem::Empty => "empty text".to_owned(),
            TextProblem::Blank => "text that renders blank".to_owned(),
            TextProblem::Control(c) => format!("control character U+{:04X} in text", *c as u32),
            TextProblem::BidiControl(c) => {
                format!("bidi control character U+{:04X} in text", *c as u32)
            }
            TextProblem::Invisible(c) => {
                format!("invisible character U+{:04X} in text", *c as u32)
            }
            TextProblem::TooLong(n) => {
                format!("text of {n} characters ({MAX_TEXT_CHARS} at most)")
            }
        }
    }
}

/// The crate's one definition of characters that never belong in stored or printed text: why
/// `c` is refused in a name, acronym, title or area name, or `None` when it may appear there.
/// White space is allowed here (it is collapsed by [`normalize`]). Data files and API inserts
/// refuse such characters ([`clean`]); ingested lists remove them with a warning.
///
/// ```
/// use signatories::text::{hidden_char, TextProblem};
/// assert_eq!(hidden_char('\u{200F}'), Some(TextProblem::BidiControl('\u{200F}'))); // RLM
/// assert_eq!(hidden_char('\u{E0041}'), Some(TextProblem::Invisible('\u{E0041}'))); // tag A
/// assert_eq!(hidden_char('\u{200C}'), None); // ZWNJ: Persian needs it
/// assert_eq!(hidden_char('a'), None);
/// ```
pub fn hidden_char(c: char) -> Option<TextProblem> {
    if c.is_ascii() {
        return (c.is_ascii_control() && !c.is_ascii_whitespace())
            .then_some(TextProblem::Control(c));
    }
    if c.is_control() {
        // C1 controls; U+0085 (NEL) is white space and is collapsed like a line break.
        return (!c.is_whitespace()).then_some(TextProblem::Control(c));
    }
    if !may_be_hidden(c) {
        return None;
    }
    looked_up(c)
}

/// [`hidden_char`] for a character other than a control: its Unicode properties looked up.
fn looked_up(c: char) -> Option<TextProblem> {
    use icu_properties::CodePointSetData;
    use icu_properties::props::{BidiControl, DefaultIgnorableCodePoint, NoncharacterCodePoint};
    if CodePointSetData::new::<BidiControl>().contains(c) {
        return Some(TextProblem::BidiControl(c));
    }
    let allowed_ignorable = matches!(c,
        '\u{200C}' | '\u{200D}'            // ZWNJ, ZWJ
        | '\u{FE00}'..='\u{FE0F}'          // variation selectors
        | '\u{E0100}'..='\u{E01EF}'        // variation selectors supplement
        | '\u{180B}'..='\u{180D}' | '\u{180F}' // Mongolian free variation selectors
    );
    if (!allowed_ignorable && CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c))
        || CodePointSetData::new::<NoncharacterCodePoint>().contains(c)
        || c == '\u{2800}'
    {
        return Some(TextProblem::Invisible(c));
    }
    None
}

/// Whether [`hidden_char`] must look `c` up: every character outside the Basic Multilingual
/// Plane, and those of it that are bidi controls, default ignorable code points or
/// noncharacters, or U+2800 (one bit a character, set once from the three properties' ranges:
/// a name's letters are answered without a search of each set).
fn may_be_hidden(c: char) -> bool {
    use icu_properties::CodePointSetData;
    use icu_properties::props::{BidiControl, DefaultIgnorableCodePoint, NoncharacterCodePoint};
    static BITS: std::sync::OnceLock<Box<[u64]>> = std::sync::OnceLock::new();
    let bits = BITS.get_or_init(|| {
        let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
        let ranges = CodePointSetData::new::<BidiControl>()
            .iter_ranges()
            .chain(CodePointSetData::new::<DefaultIgnorableCodePoint>().iter_ranges())
            .chain(CodePointSetData::new::<NoncharacterCodePoint>().iter_ranges())
            .chain(std::iter::once(0x2800..=0x2800));
        for cp in ranges.flat_map(|r| *r.start()..=(*r.end()).min(0xFFFF)) {
            if let Some(word) = bits.get_mut(cp as usize / 64) {
                *word |= 1 << (cp % 64);
            }
        }
        bits
    });
    let cp = u32::from(c);
    bits.get(cp as usize / 64)
        .is_none_or(|word| word & (1 << (cp % 64)) != 0)
}

/// Whether `c` is refused by [`hidden_char`].
///
/// ```
/// // U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, can make a name read backwards.
/// assert!(signatories::text::is_hidden('\u{202E}'));
/// assert!(!signatories::text::is_hidden('a') && !signatories::text::is_hidden(' '));
/// ```
pub fn is_hidden(c: char) -> bool {
    hidden_char(c).is_some()
}

/// Whether a character draws something: not white space, not a combining mark, not a format
/// character (joiners, variation selectors).
fn is_visible(c: char) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory as Gc;
    if c.is_ascii() {
        return c.is_ascii_graphic();
    }
    !c.is_whitespace() && !is_mark(c) && CodePointMapData::<Gc>::new().get(c) != Gc::Format
}

/// A text checked as every stored text is, by data files and open-data readers alike: the
/// stored text ([`clean`]) and, where it mixes scripts ([`mixed_scripts`], UTS #39), the warning
/// to give about it (`what` names the field); or the problem and its message.
pub(crate) fn checked(
    s: &str,
    what: &str,
) -> Result<(String, Option<String>), (TextProblem, String)> {
    let t = clean(s).map_err(|p| (p, format!("{} in {what}", p.message())))?;
    let warning = mixed_scripts(&t).map(|scripts| {
        format!(
            "{what} mixes scripts ({}): it may imitate another",
            scripts.join(", ")
        )
    });
    Ok((t, warning))
}

/// Normalizes `s` (see [`normalize`]) and checks that it can be a name or an acronym: no
/// [`hidden_char`], something visible, and at most [`MAX_TEXT_CHARS`] characters once
/// normalized.
///
/// ```
/// use signatories::text::{clean, TextProblem};
/// assert_eq!(clean("  Rote \t Fahne ").as_deref(), Ok("Rote Fahne"));
/// // "e" and U+0301 COMBINING ACUTE ACCENT compose to "é" (NFC).
/// assert_eq!(clean("Parti Communiste Prole\u{301}tarien").as_deref(), Ok("Parti Communiste Prolétarien"));
/// assert_eq!(clean("   "), Err(TextProblem::Empty));
/// assert!(clean("MLPD\u{202E}").is_err());
/// ```
///
/// # Errors
/// The first [`TextProblem`] found.
pub fn clean(s: &str) -> Result<String, TextProblem> {
    // ASCII text is already NFC, and its only hidden characters are controls: one pass.
    if s.is_ascii() && s.len() <= MAX_TEXT_CHARS {
        if let Some(c) = s
            .chars()
            .find(|c| c.is_ascii_control() && !c.is_ascii_whitespace())
        {
            return Err(hidden_char(c).unwrap_or(TextProblem::Control(c)));
        }
        let mut out = String::with_capacity(s.len());
        for word in s.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return if out.is_empty() {
            Err(TextProblem::Empty)
        } else {
            Ok(out)
        };
    }
    clean_any(s)
}

/// [`clean`] for any text (the ASCII path is a shortcut of this one).
fn clean_any(s: &str) -> Result<String, TextProblem> {
    // A raw text many times the limit is refused without normalizing it: white space and
    // composition shrink text, but not by this much in any name.
    let raw = s.chars().count();
    if raw > 16 * MAX_TEXT_CHARS {
        return Err(TextProblem::TooLong(raw));
    }
    if let Some(p) = s.chars().find_map(hidden_char) {
        return Err(p);
    }
    let n = normalize(s);
    let chars = n.chars().count();
    if n.is_empty() {
        Err(TextProblem::Empty)
    } else if chars > MAX_TEXT_CHARS {
        Err(TextProblem::TooLong(chars))
    } else if !n.chars().any(is_visible) {
        Err(TextProblem::Blank)
    } else {
        Ok(n)
    }
}

/// `s` without the characters [`hidden_char`] refuses (controls other than white space, bidi
/// controls, invisible characters), and each one removed with its byte offset in `s`: for
/// text read from outside (ingested lists), which is repaired and reported rather than
/// refused.
///
/// ```
/// let (text, removed) = signatories::text::strip_hidden("PC\u{202E}T");
/// assert_eq!(text, "PCT");
/// assert_eq!(removed, [(2, '\u{202E}')]);
/// ```
pub fn strip_hidden(s: &str) -> (std::borrow::Cow<'_, str>, Vec<(usize, char)>) {
    if !s.chars().any(is_hidden) {
        return (std::borrow::Cow::Borrowed(s), Vec::new());
    }
    let mut out = String::with_capacity(s.len());
    let mut removed = Vec::new();
    for (i, c) in s.char_indices() {
        if is_hidden(c) {
            removed.push((i, c));
        } else {
            out.push(c);
        }
    }
    (std::borrow::Cow::Owned(out), removed)
}

/// The writing direction of a piece of text, from its first strong character (the rule of
/// UAX #9, P2–P3, that FSI uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Greek, …).
    Ltr,
    /// Right to left (Arabic, Hebrew, …).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML's `dir` attribute spells them.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The direction of the first strong character of `s` outside isolates (FSI, LRI, RLI … PDI),
/// or `None` when it has none (digits, punctuation): rules P2 and P3 of UAX #9, by which a
/// paragraph and an FSI isolate take their direction.
///
/// ```
/// use signatories::text::{direction, Direction};
/// // Digits are weak: the first strong character is Arabic.
/// assert_eq!(direction("1. حزب"), Some(Direction::Rtl));
/// assert_eq!(direction("KKE"), Some(Direction::Ltr));
/// assert_eq!(direction("2023"), None);
/// assert_eq!(Direction::Rtl.as_str(), "rtl");
/// ```
pub fn direction(s: &str) -> Option<Direction> {
    // ASCII up to the first letter: digits, spaces and punctuation are neutral or weak, an
    // ASCII letter is strong LTR (a fast path for Latin text); a first letter of the Latin,
    // Greek, Cyrillic, Hebrew or Arabic blocks is strong too (a fast path for names in those
    // scripts; tested against the Unicode data).
    for (i, b) in s.bytes().enumerate() {
        if b.is_ascii_alphabetic() {
            return Some(Direction::Ltr);
        }
        if !b.is_ascii() {
            if let Some(d) = s
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .and_then(strong_letter)
            {
                return Some(d);
            }
            break;
        }
    }
    let bidi = CodePointMapData::<BidiClass>::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match bidi.get(c) {
            BidiClass::LeftToRightIsolate
            | BidiClass::RightToLeftIsolate
            | BidiClass::FirstStrongIsolate => depth += 1,
            BidiClass::PopDirectionalIsolate => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            BidiClass::LeftToRight => return Some(Direction::Ltr),
            BidiClass::RightToLeft | BidiClass::ArabicLetter => return Some(Direction::Rtl),
            _ => {}
        }
    }
    None
}

/// The direction of a letter of the blocks names are most often written in, without the
/// Unicode data lookup: Latin-1 and Latin Extended-A/B, Greek, Cyrillic (strong LTR), Hebrew
/// letters (R), Arabic letters (AL); `None` for anything else (looked up).
fn strong_letter(c: char) -> Option<Direction> {
    let u = u32::from(c);
    // U+0374 GREEK NUMERAL SIGN is a letter modifier of Bidi_Class ON.
    if !c.is_alphabetic() || u == 0x374 {
        return None;
    }
    match u {
        0xC0..=0x24F | 0x370..=0x3FF | 0x400..=0x482 | 0x48A..=0x4FF => Some(Direction::Ltr),
        0x5D0..=0x5EA => Some(Direction::Rtl),
        0x620..=0x64A | 0x671..=0x6D3 => Some(Direction::Rtl),
        _ => None,
    }
}

/// The value of a decimal digit of any script: a character of Unicode's General_Category Nd
/// (ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Myanmar, full-width, …; the digits CLDR's
/// numbering systems use), or `None`. Unicode encodes each script's digits as a run of ten from
/// zero to nine (its stability policy for Nd), so the value is the place in that run.
///
/// ```
/// assert_eq!(signatories::text::decimal_digit('۷'), Some(7));
/// assert_eq!(signatories::text::decimal_digit('৩'), Some(3));
/// assert_eq!(signatories::text::decimal_digit('᧕'), Some(5)); // New Tai Lue
/// assert_eq!(signatories::text::decimal_digit('x'), None);
/// assert_eq!(signatories::text::decimal_digit('፩'), None); // Ethiopic numerals are not Nd
/// ```
pub fn decimal_digit(c: char) -> Option<u32> {
    use icu_properties::props::GeneralCategory;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let gc = CodePointMapData::<GeneralCategory>::new();
    let digit =
        |u: u32| char::from_u32(u).is_some_and(|c| gc.get(c) == GeneralCategory::DecimalNumber);
    let u = u32::from(c);
    if !digit(u) {
        return None;
    }
    // The run of digits this one is in (some scripts' runs follow each other: mathematical
    // digits are five runs of ten).
    let before = (1..=u).take_while(|k| digit(u - k)).count();
    u32::try_from(before % 10).ok()
}

/// The mark a line needs at its start to be laid out in direction `dir` as a paragraph of its
/// own (UAX #9 P2–P3: a line without a strong character outside isolates is LTR): `None` when
/// it already is, else U+200E LEFT-TO-RIGHT MARK or U+200F RIGHT-TO-LEFT MARK.
///
/// ```
/// use signatories::text::{direction_mark, Direction};
/// assert_eq!(direction_mark("12. MLPD", Direction::Rtl), Some('\u{200F}'));
/// assert_eq!(direction_mark("12. حزب", Direction::Rtl), None);
/// assert_eq!(direction_mark("42", Direction::Ltr), None);
/// ```
pub fn direction_mark(line: &str, dir: Direction) -> Option<char> {
    if direction(line).unwrap_or(Direction::Ltr) == dir {
        None
    } else {
        Some(match dir {
            Direction::Ltr => '\u{200E}',
            Direction::Rtl => '\u{200F}',
        })
    }
}

#[cfg(test)]
mod direction_tests {
    /// The fast path for letters agrees with the Unicode Bidi_Class of every character it
    /// answers for.
    #[test]
    fn strong_letters_agree_with_unicode() {
        use icu_properties::CodePointMapData;
        use icu_properties::props::BidiClass;
        let bidi = CodePointMapData::<BidiClass>::new();
        let mut answered = 0;
        for u in 0x80u32..0x800 {
            let Some(c) = char::from_u32(u) else { continue };
            let Some(d) = super::strong_letter(c) else {
                continue;
            };
            answered += 1;
            let class = bidi.get(c);
            let expected = match class {
                BidiClass::LeftToRight => super::Direction::Ltr,
                BidiClass::RightToLeft | BidiClass::ArabicLetter => super::Direction::Rtl,
                other => panic!("U+{u:04X} is {other:?}, answered {d:?}"),
            };
            assert_eq!(d, expected, "U+{u:04X}");
        }
        assert!(answered > 600);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_character_passed_by_the_bits_is_never_hidden() {
        // Every character of the Basic Multilingual Plane the bits let through is one that the
        // lookups of its properties let through; those they stop include the known hidden ones.
        let passed = (0..=0xFFFF)
            .filter_map(char::from_u32)
            .filter(|&c| !super::may_be_hidden(c))
            .inspect(|&c| assert_eq!(super::looked_up(c), None, "{c:?}"))
            .count();
        assert!(passed > 60_000, "{passed}");
        for c in [
            '\u{200F}',
            '\u{202E}',
            '\u{AD}',
            '\u{FEFF}',
            '\u{FDD0}',
            '\u{2800}',
            '\u{1F600}',
        ] {
            assert!(super::may_be_hidden(c), "{c:?}");
        }
    }

    use super::{Direction, MAX_TEXT_CHARS, TextProblem, clean, direction, script, scripts};

    #[test]
    fn clean_rejects_what_hides_differences() {
        assert_eq!(clean(" \t "), Err(TextProblem::Empty));
        assert_eq!(
            clean("ML\u{202E}PD"),
            Err(TextProblem::BidiControl('\u{202E}'))
        );
        assert_eq!(
            clean("ML\u{200B}PD"),
            Err(TextProblem::Invisible('\u{200B}'))
        );
        assert_eq!(clean("ML\u{7}PD"), Err(TextProblem::Control('\u{7}')));
        // Persian needs the zero-width non-joiner.
        assert_eq!(clean("می\u{200C}خواهم").as_deref(), Ok("می\u{200C}خواهم"));
        // Marks that flip a line's direction, tag characters, soft hyphens, blank letters.
        for c in ['\u{200E}', '\u{200F}', '\u{61C}'] {
            assert_eq!(clean(&format!("ML{c}PD")), Err(TextProblem::BidiControl(c)));
        }
        for c in ['\u{E0041}', '\u{AD}', '\u{3164}', '\u{2800}', '\u{FFFF}'] {
            assert_eq!(clean(&format!("ML{c}PD")), Err(TextProblem::Invisible(c)));
        }
        // Only combining marks: nothing to see.
        assert_eq!(clean("\u{301}\u{301}"), Err(TextProblem::Blank));
        assert_eq!(clean("\u{200D}"), Err(TextProblem::Blank));
        // The limit holds for the stored (NFC) text: U+0958 becomes two characters under NFC.
        let grows = "\u{958}".repeat(600);
        assert_eq!(clean(&grows), Err(TextProblem::TooLong(1200)));
        assert!(clean(&"a".repeat(MAX_TEXT_CHARS)).is_ok());
        // Text shrinks under NFC too: what counts is what is stored.
        let shrinks = "e\u{301}".repeat(MAX_TEXT_CHARS);
        assert_eq!(
            clean(&shrinks).map(|s| s.chars().count()),
            Ok(MAX_TEXT_CHARS)
        );
    }

    #[test]
    fn script_and_direction() {
        assert_eq!(
            script("(БКП)").map(|s| s.to_string()).as_deref(),
            Some("Cyrl")
        );
        assert_eq!(script("123"), None);
        assert_eq!(direction("حزب"), Some(Direction::Rtl));
        assert_eq!(direction("1. MLPD"), Some(Direction::Ltr));
        assert_eq!(scripts("МLPD").len(), 2);
    }
}

#[cfg(test)]
mod ascii_path {
    proptest::proptest! {
        /// The ASCII shortcut of `clean` gives what the general path gives.
        #[test]
        fn ascii_shortcut_equals_the_general_path(s in "[\\x00-\\x7f]{0,40}") {
            proptest::prop_assert_eq!(super::clean(&s), super::clean_any(&s));
        }
    }
}

/// A text between double quotes as a reader sees it, for messages: Debug formatting
/// (`{:?}`) writes every combining mark as an escape ("इ\u{902}टक", "ท\u{e35}"), which makes
/// names in Devanagari, Thai, Arabic with vowel signs and most scripts of the world unreadable
/// in a message. This escapes only what a reader could not see or that could change how the
/// message reads: the quote and the backslash, line ends and tabs, the characters
/// [`hidden_char`] refuses in stored text (controls, bidi controls, invisible characters; the
/// joiners ZWNJ and ZWJ that Persian and Indic spellings need are kept), and a combining mark
/// with no letter before it to carry it.
///
/// ```
/// use signatories::text::quoted;
/// assert_eq!(quoted("इंटक").to_string(), "\"इंटक\"");
/// assert_eq!(quoted("ML\u{202E}PD").to_string(), "\"ML\\u{202e}PD\"");
/// assert_eq!(quoted("\u{301}\u{301}").to_string(), "\"\\u{301}\\u{301}\"");
/// assert_eq!(quoted("a \"b\"\n").to_string(), "\"a \\\"b\\\"\\n\"");
/// assert_eq!(quoted("می\u{200C}کنیم").to_string(), "\"می\u{200C}کنیم\"");
/// ```
pub fn quoted(s: &str) -> Quoted<'_> {
    Quoted(s)
}

/// A text written by [`quoted`].
#[derive(Debug, Clone, Copy)]
pub struct Quoted<'a>(&'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write as _;
        f.write_char('"')?;
        // Whether the last character was written as itself and can carry a combining mark.
        let mut base = false;
        for c in self.0.chars() {
            let escape = match c {
                '"' => Some("\\\""),
                '\\' => Some("\\\\"),
                '\n' => Some("\\n"),
                '\r' => Some("\\r"),
                '\t' => Some("\\t"),
                _ => None,
            };
            if let Some(e) = escape {
                f.write_str(e)?;
                base = false;
            } else if hidden_char(c).is_some() || (is_mark(c) && !base) {
                write!(f, "\\u{{{:x}}}", u32::from(c))?;
                base = false;
            } else {
                f.write_char(c)?;
                base = !c.is_whitespace();
            }
        }
        f.write_char('"')
    }
}
