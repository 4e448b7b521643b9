//! The Unicode properties every other text rule builds on: which characters are combining
//! marks, and which scripts a text is written in.

use icu_properties::CodePointMapData;
use icu_properties::props::Script as UnicodeScript;

/// Whether `c` is a combining mark (General_Category M: nonspacing, spacing or enclosing):
/// an accent, an Arabic haraka, a Devanagari vowel sign. The crate's one rule for marks: words
/// keep their marks (finding splits words by it), a text of marks alone shows nothing
/// ([`clean`](super::clean)), and finding disregards exactly the marks its collator disregards.
///
/// ```
/// use signatories::text::is_mark;
/// // U+0301 COMBINING ACUTE ACCENT, U+064E ARABIC FATHA, U+093E DEVANAGARI VOWEL SIGN AA.
/// assert!(is_mark('\u{301}') && is_mark('\u{64E}') && is_mark('\u{93E}'));
/// assert!(!is_mark('é') && !is_mark('-'));
/// ```
pub fn is_mark(c: char) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory as Gc;
    !c.is_ascii()
        && matches!(
            CodePointMapData::<Gc>::new().get(c),
            Gc::NonspacingMark | Gc::SpacingMark | Gc::EnclosingMark
        )
}

/// A script, by its ISO 15924 code (`Latn`, `Cyrl`, `Arab`, …): what [`script`] and [`scripts`]
/// find in a text.
///
/// ```
/// use signatories::text::{script, scripts};
/// assert_eq!(script("(БКП)").unwrap().as_str(), "Cyrl");
/// assert_eq!(script("123"), None);
/// let found: Vec<String> = scripts("МLPD").iter().map(ToString::to_string).collect();
/// assert_eq!(found, ["Cyrl", "Latn"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Script(icu_locale::subtags::Script);

impl Script {
    /// The ISO 15924 code.
    ///
    /// ```
    /// let greek = signatories::text::script("ΚΚΕ").unwrap();
    /// assert_eq!(greek.as_str(), "Grek");
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::fmt::Display for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The script of the first character of `s` that belongs to a specific script, or `None` when
/// every character is common (digits, punctuation).
pub fn script(s: &str) -> Option<Script> {
    script_code(s).map(Script)
}

/// Every specific script that occurs in `s`, in order of first appearance.
pub fn scripts(s: &str) -> Vec<Script> {
    script_codes(s).into_iter().map(Script).collect()
}

/// [`script`], as ICU4X's subtag.
pub(crate) fn script_code(s: &str) -> Option<icu_locale::subtags::Script> {
    let scripts = CodePointMapData::<UnicodeScript>::new();
    s.chars().find_map(|c| match scripts.get(c) {
        UnicodeScript::Common | UnicodeScript::Inherited | UnicodeScript::Unknown => None,
        sc => Some(icu_locale::subtags::Script::from(sc)),
    })
}

/// Whether text in `script` is written in `code`: the same script, or one of those a combined
/// script code stands for (ISO 15924: `Jpan` is Han, Hiragana and Katakana; `Kore` Hangul and
/// Han; `Hans`, `Hant` Han; `Hanb` Han and Bopomofo).
pub(crate) fn within(
    code: icu_locale::subtags::Script,
    script: icu_locale::subtags::Script,
) -> bool {
    if code == script {
        return true;
    }
    let parts: &[&str] = match code.as_str() {
        "Jpan" => &["Hani", "Hira", "Kana"],
        "Kore" => &["Hang", "Hani"],
        "Hans" | "Hant" => &["Hani"],
        "Hanb" => &["Hani", "Bopo"],
        _ => &[],
    };
    parts.contains(&script.as_str())
}

/// [`scripts`], as ICU4X's subtags.
pub(crate) fn script_codes(s: &str) -> Vec<icu_locale::subtags::Script> {
    // (Scripts are gathered as Unicode's values and named once each at the end.)
    let mut seen: Vec<UnicodeScript> = Vec::new();
    for sc in letter_scripts(s) {
        if !seen.contains(&sc) {
            seen.push(sc);
        }
    }
    seen.into_iter()
        .map(icu_locale::subtags::Script::from)
        .collect()
}

/// The Unicode Script of each character of a text that has a script of its own (not Common,
/// Inherited or Unknown), in order. ASCII, most of many lists, is told without the lookup: its
/// letters are Latin, the rest Common.
fn letter_scripts(s: &str) -> impl Iterator<Item = UnicodeScript> + '_ {
    let map = CodePointMapData::<UnicodeScript>::new();
    s.chars()
        .filter_map(move |c| {
            if c.is_ascii() {
                c.is_ascii_alphabetic().then_some(UnicodeScript::Latin)
            } else {
                Some(map.get(c))
            }
        })
        .filter(|sc| {
            !matches!(
                *sc,
                UnicodeScript::Common | UnicodeScript::Inherited | UnicodeScript::Unknown
            )
        })
}

/// Whether the one script [`script_codes`] names in a text is Latin: told in one pass without
/// gathering the scripts, answered at the first letter of another script.
#[cfg(feature = "ingest")]
pub(crate) fn only_latin(s: &str) -> bool {
    let mut latin = false;
    for sc in letter_scripts(s) {
        if sc != UnicodeScript::Latin {
            return false;
        }
        latin = true;
    }
    latin
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `only_latin` answers as the scripts `script_codes` names do.
    #[cfg(feature = "ingest")]
    #[test]
    fn only_latin_is_script_codes_latin_alone() {
        for s in [
            "",
            "2023",
            "Ação Popular",
            "KPRF КПРФ",
            "ΚΚΕ",
            "Ἀ",
            "e\u{301}",
            "中国",
            "(CGT)",
            "Lëtzebuerg 1",
            "ﬁ",
            "Ⓐ",
            "ǅ",
        ] {
            let sc = script_codes(s);
            let expected = !sc.is_empty() && sc.iter().all(|x| x.as_str() == "Latn");
            assert_eq!(only_latin(s), expected, "{s:?}");
        }
    }

    /// The short path for ASCII names the scripts Unicode's Script property gives.
    #[test]
    fn ascii_scripts_are_unicodes() {
        let map = CodePointMapData::<UnicodeScript>::new();
        for c in (0u8..0x80).map(char::from) {
            let expected: Vec<_> = match map.get(c) {
                UnicodeScript::Common | UnicodeScript::Inherited | UnicodeScript::Unknown => vec![],
                sc => vec![icu_locale::subtags::Script::from(sc)],
            };
            assert_eq!(script_codes(&c.to_string()), expected, "{c:?}");
        }
        let mixed: Vec<String> = script_codes("KPRF КПРФ, 2023")
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect();
        assert_eq!(mixed, ["Latn", "Cyrl"]);
    }
}
