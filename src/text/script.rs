//! The Unicode properties every other text rule builds on: which characters are combining
//! marks, and which scripts a text is written in.

use icu_properties::CodePointMapData;
use icu_properties::props::Script;

/// Whether `c` is a combining mark (General_Category M: nonspacing, spacing or enclosing):
/// an accent, an Arabic haraka, a Devanagari vowel sign. The crate's one rule for marks: words
/// keep their marks (finding splits words by it), a text of marks alone shows nothing
/// ([`clean`](super::clean)), and finding disregards exactly the marks its collator disregards.
pub fn is_mark(c: char) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory as Gc;
    !c.is_ascii()
        && matches!(
            CodePointMapData::<Gc>::new().get(c),
            Gc::NonspacingMark | Gc::SpacingMark | Gc::EnclosingMark
        )
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

/// Whether text in `script` is written in `code`: the same script, or one of those a combined
/// script code stands for (ISO 15924: `Jpan` is Han, Hiragana and Katakana; `Kore` Hangul and
/// Han; `Hans`, `Hant` Han; `Hanb` Han and Bopomofo).
pub fn within(code: icu_locale::subtags::Script, script: icu_locale::subtags::Script) -> bool {
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
