//! Text on the way in (NFC, trimming, forbidden characters) and facts about text: its script and
//! its direction.

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::CodePointMapData;
use icu_properties::props::{BidiClass, Script};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Nothing but white space.
    Empty,
    /// A control character (U+0000–U+001F, U+007F–U+009F) other than white space.
    Control(char),
    /// A bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): such marks belong
    /// to the output, where the renderer adds them, never to the data.
    BidiControl(char),
    /// An invisible character that only hides differences: zero-width space, word joiner, BOM.
    /// (Zero-width joiner and non-joiner are allowed: Persian and Indic names need them.)
    Invisible(char),
    /// Longer than [`MAX_TEXT_CHARS`] characters: no organization's name is.
    TooLong(usize),
}

/// The longest name or acronym accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;

impl TextProblem {
    /// The message used in validation errors.
    pub fn message(&self) -> String {
        match self {
            TextProblem::Empty => "empty text".to_owned(),
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

/// Normalizes `s` (see [`normalize`]) and checks that it can be a name or an acronym.
///
/// # Errors
/// The first [`TextProblem`] found.
pub fn clean(s: &str) -> Result<String, TextProblem> {
    let n = s.chars().count();
    if n > MAX_TEXT_CHARS && s.trim().chars().count() > MAX_TEXT_CHARS {
        return Err(TextProblem::TooLong(n));
    }
    for c in s.chars() {
        match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                return Err(TextProblem::BidiControl(c));
            }
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' => return Err(TextProblem::Invisible(c)),
            c if c.is_control() && !c.is_whitespace() => return Err(TextProblem::Control(c)),
            _ => {}
        }
    }
    let n = normalize(s);
    if n.is_empty() {
        Err(TextProblem::Empty)
    } else {
        Ok(n)
    }
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

/// The direction of the first strong character of `s`, or `None` when it has none (digits,
/// punctuation).
pub fn direction(s: &str) -> Option<Direction> {
    let bidi = CodePointMapData::<BidiClass>::new();
    s.chars().find_map(|c| match bidi.get(c) {
        BidiClass::LeftToRight => Some(Direction::Ltr),
        BidiClass::RightToLeft | BidiClass::ArabicLetter => Some(Direction::Rtl),
        _ => None,
    })
}

/// The ISO 15924 code (`Latn`, `Cyrl`, `Arab`, …) of the first character of `s` that belongs to
/// a specific script, or `None` when every character is common (digits, punctuation).
pub fn script(s: &str) -> Option<icu_locale::subtags::Script> {
    let scripts = CodePointMapData::<Script>::new();
    s.chars().find_map(|c| match scripts.get(c) {
        Script::Common | Script::Inherited | Script::Unknown => None,
        sc => Some(icu_locale::subtags::Script::from(sc)),
    })
}

/// Whether `c` is a bidi embedding, override or isolate control, or an invisible character
/// that hides differences (see [`clean`]).
pub fn is_hidden_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Every specific script that occurs in `s`, in order of first appearance.
pub fn scripts(s: &str) -> Vec<icu_locale::subtags::Script> {
    let map = CodePointMapData::<Script>::new();
    let mut out: Vec<icu_locale::subtags::Script> = Vec::new();
    for c in s.chars() {
        match map.get(c) {
            Script::Common | Script::Inherited | Script::Unknown => {}
            sc => {
                let code = icu_locale::subtags::Script::from(sc);
                if !out.contains(&code) {
                    out.push(code);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
