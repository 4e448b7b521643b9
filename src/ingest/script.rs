//! Acronyms in scripts without letter case (Devanagari, Bengali, Tamil, Telugu, Arabic script,
//! Hebrew, Thai, Ethiopic, Hangul, Han), where capitals cannot tell them: known by their form
//! — the English letter names spelled out in the script (`एचएमएस` "H-M-S", `سی آئی ٹی یو`
//! "C-I-T-U"), short parts between full stops (`சி.ஐ.டி.யு.`), a gershayim before the last
//! letter (`חד"ש`) — and by their place (short, in parentheses after a name).

#[allow(unused_imports)]
use super::*;

/// Whether a text has letters and none of them has case.
pub(super) fn uncased(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| !c.is_uppercase() && !c.is_lowercase())
}

/// The English names of the letters A to Z as the Latin transliteration (AnyAscii) of their
/// spelling in Indic and Arabic scripts gives them: "ech"/"ych" for H, "em"/"ym" for M,
/// "dablyu"/"dblyw" for W. One letter may have several spellings.
const LETTER_NAMES: &[&str] = &[
    "e", "ey", "bi", "by", "si", "ci", "sy", "di", "ti", "dy", "i", "ai", "y", "ef", "ep", "yf",
    "ji", "jy", "ec", "ech", "ych", "aich", "ay", "aiy", "je", "jai", "ke", "ky", "el", "yl", "em",
    "ym", "en", "yn", "o", "pi", "py", "kyu", "ar", "aar", "es", "ys", "ty", "yu", "yw", "vi",
    "wy", "dablyu", "dblyu", "dblyw", "tpilyu", "eks", "vai", "zed", "jed",
];

/// How many letter names a transliterated word is made of, if it is made of them only.
fn letter_names(word: &str) -> Option<usize> {
    let w: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return None;
    }
    // best[i]: fewest letter names spelling w[..i].
    let mut best: Vec<Option<usize>> = vec![None; w.len() + 1];
    if let Some(b) = best.first_mut() {
        *b = Some(0);
    }
    for i in 0..w.len() {
        let Some(n) = best.get(i).copied().flatten() else {
            continue;
        };
        for name in LETTER_NAMES {
            let end = i + name.len();
            if w.get(i..end) == Some(name.as_bytes())
                && let Some(slot) = best.get_mut(end)
                && slot.is_none_or(|m| m > n + 1)
            {
                *slot = Some(n + 1);
            }
        }
    }
    best.last().copied().flatten()
}

/// Whether a text in a script without case spells English letter names, two letters or more
/// ("एचएमएस", "ایس ای ڈبلیو اے").
pub(super) fn spelled_acronym(s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    if !uncased(s) || s.chars().count() > 40 {
        return false;
    }
    let mut letters = 0;
    for w in s.split_whitespace() {
        match letter_names(&any_ascii::any_ascii(w)) {
            Some(n) => letters += n,
            None => return false,
        }
    }
    letters >= 2
}

/// Whether a text is short parts between full stops ("சி.ஐ.டி.யு.", "ம.தி.மு.க"), or a
/// gershayim before its last letter ("חד"ש").
pub(super) fn marked_acronym(s: &str) -> bool {
    let s = s.trim();
    if !uncased(s) || s.contains(char::is_whitespace) {
        return false;
    }
    let parts: Vec<&str> = s.split('.').filter(|p| !p.is_empty()).collect();
    let dotted = parts.len() >= 2 && parts.iter().all(|p| short_part(p));
    let gershayim = s
        .rsplit_once(['"', '\u{5F4}'])
        .is_some_and(|(head, tail)| tail.chars().count() == 1 && head.chars().count() >= 1);
    dotted || gershayim
}

/// A part of a dotted acronym: at most four characters (a letter and its vowel signs).
fn short_part(p: &str) -> bool {
    let n = p.chars().filter(|c| !crate::text::is_mark(*c)).count();
    (1..=3).contains(&n) || (n == 4 && p.chars().count() == 4)
}

/// Whether a text in a script without case is an acronym by its form.
pub(super) fn uncased_acronym(s: &str) -> bool {
    spelled_acronym(s) || marked_acronym(s)
}

/// The dotted acronym that ends a text whose sentence ran into it without a space
/// ("அளித்துள்ளது.தொ.மு.ச." → "தொ.மு.ச."), if any.
pub(super) fn dotted_tail(s: &str) -> Option<&str> {
    let s = s.trim();
    if !uncased(s) || s.contains(char::is_whitespace) {
        return None;
    }
    let bytes_from = |k: usize| {
        s.match_indices('.')
            .nth(k)
            .map(|(i, _)| i + 1)
            .unwrap_or(s.len())
    };
    let parts: Vec<&str> = s.split('.').collect();
    let long = parts
        .iter()
        .rposition(|p| !p.is_empty() && !short_part(p))?;
    let tail = s.get(bytes_from(long)..)?;
    (long > 0 || !tail.is_empty())
        .then_some(tail)
        .filter(|t| marked_acronym(t))
}

/// Whether a group in parentheses after a name, in a script without case, is its acronym by
/// place: one short word (at most six letters) after a name of two words or more.
pub(super) fn short_group_acronym(group: &str, name: &str) -> bool {
    let g = group.trim();
    uncased(g)
        && !g.contains(char::is_whitespace)
        && g.chars().filter(|c| c.is_alphabetic()).count() <= 6
        && name.split_whitespace().count() >= 2
        || uncased_acronym(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_by_form() {
        // Letter names spelled out: H-M-S (Devanagari, Tamil), C-P-M (Bengali), S-E-W-A
        // (Urdu, one word a letter).
        for a in [
            "एचएमएस",
            "எச்எம்எஸ்",
            "সিপিএম",
            "ایس ای ڈبلیو اے",
            "سی آئی ٹی یو",
            "టీడీపీ",
        ] {
            assert!(spelled_acronym(a), "{a}");
        }
        // Words: "service", "Congress", "employees", "of" (one letter name only).
        for w in ["सेवा", "काँग्रेस", "कर्मचारी", "के", "Hms"]
        {
            assert!(!spelled_acronym(w), "{w}");
        }
        assert!(marked_acronym("சி.ஐ.டி.யு."));
        assert!(marked_acronym("ம.தி.மு.க"));
        assert!(marked_acronym("חד\"ש"));
        assert!(!marked_acronym("அளித்துள்ளது."));
        assert_eq!(dotted_tail("அளித்துள்ளது.தொ.மு.ச."), Some("தொ.மு.ச."));
        assert_eq!(dotted_tail("தொ.மு.ச."), None);
        assert!(short_group_acronym("भामस", "भारतीय मजदूर संघ"));
        assert!(!short_group_acronym(
            "Romania",
            "Association for Gender Liberty"
        ));
    }
}
