//! Spoofing checks of Unicode Technical Standard #39 (through the `unicode-security` crate and
//! Unicode's confusables data): a name or acronym that mixes scripts (`МLPD` with a Cyrillic
//! `М`), or whose confusable skeleton equals another organization's, is reported as a warning.

use unicode_security::MixedScript;
use unicode_security::confusable_detection::skeleton as uts39_skeleton;

/// A 64-bit digest of the skeleton of `s`, for indexes: equal skeletons have equal digests;
/// unequal ones almost never do (a randomly seeded hash), and callers that act on a match
/// confirm it with [`skeleton`].
pub(crate) fn skeleton_digest(s: &str) -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    static SEED: std::sync::OnceLock<foldhash::quality::RandomState> = std::sync::OnceLock::new();
    // The skeleton's characters are hashed as they come: no string is built.
    let mut h = SEED.get_or_init(Default::default).build_hasher();
    let mut n = 0u64;
    let mut feed = |c: char| {
        h.write_u32(u32::from(c));
        n += 1;
    };
    if s.is_ascii()
        && let Some(table) = ascii_table()
    {
        for b in s.bytes() {
            table
                .get(usize::from(b))
                .into_iter()
                .flat_map(|t| t.chars())
                .for_each(&mut feed);
        }
    } else {
        uts39_skeleton(s).for_each(&mut feed);
    }
    h.write_u64(n);
    h.finish()
}

/// The UTS #39 skeleton of a text: two texts with the same skeleton look alike
/// (`МLPD` and `MLPD`).
///
/// ```
/// use signatories::text::skeleton;
/// assert_eq!(skeleton("\u{41c}LPD"), skeleton("MLPD")); // Cyrillic М
/// assert_ne!(skeleton("MLPD"), skeleton("MLKP"));
/// ```
pub fn skeleton(s: &str) -> String {
    if s.is_ascii()
        && let Some(table) = ascii_table()
    {
        // For ASCII text NFD changes nothing, and each character's skeleton is in NFD and starts
        // with no combining mark (checked when the table is built), so the concatenation is
        // already the NFD that UTS #39 ends with: the skeleton is the concatenation.
        let mut out = String::with_capacity(s.len());
        for b in s.bytes() {
            out.push_str(table.get(usize::from(b)).map_or("", String::as_str));
        }
        return out;
    }
    uts39_skeleton(s).collect()
}

/// The skeleton of each ASCII character, when none of them starts with a combining mark.
fn ascii_table() -> Option<&'static [String; 128]> {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Option<[String; 128]>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let table: [String; 128] =
                std::array::from_fn(|b| uts39_skeleton(&char::from(b as u8).to_string()).collect());
            let starts_plain =
                |s: &String| s.chars().next().is_none_or(|c| !super::script::is_mark(c));
            table.iter().all(starts_plain).then_some(table)
        })
        .as_ref()
}

/// The scripts of a text that is not single-script in the sense of UTS #39 (Japanese kana with
/// Han is single-script; Cyrillic with Latin is not), or `None` when it is.
///
/// ```
/// use signatories::text::mixed_scripts;
/// assert_eq!(mixed_scripts("\u{41c}LPD"), Some(vec!["Cyrl".to_owned(), "Latn".to_owned()]));
/// assert_eq!(mixed_scripts("MLPD"), None);
/// assert_eq!(mixed_scripts("Българска Комунистическа Партия"), None);
/// ```
pub fn mixed_scripts(s: &str) -> Option<Vec<String>> {
    // ASCII letters are all Latin; digits and punctuation are common to every script.
    if s.is_ascii() || in_one_script(s) || s.is_single_script() {
        None
    } else {
        Some(
            super::script::script_codes(s)
                .iter()
                .map(|sc| sc.as_str().to_owned())
                .collect(),
        )
    }
}

/// A fast sufficient test for UTS #39's single-script condition: every character is of one
/// script (by its Script property), or is Common or Inherited with no Script_Extensions of its
/// own. Texts this says no to (a comma of Arabic, kana with Han) go to `unicode-security`'s
/// full resolution of augmented script sets.
fn in_one_script(s: &str) -> bool {
    use icu_properties::props::Script;
    use icu_properties::script::ScriptWithExtensions;
    let swe = ScriptWithExtensions::new();
    let mut only: Option<Script> = None;
    for c in s.chars() {
        let mut sc = swe.get_script_val(c);
        if sc == Script::Unknown {
            // An unassigned code point (U+03A2 in the Greek block): left to the full check.
            return false;
        }
        if matches!(sc, Script::Common | Script::Inherited) {
            // A neutral character counts for every script, unless its Script_Extensions name
            // some: one (it then counts as of that script), or several (U+060C ARABIC COMMA:
            // Arabic, Syriac, …, left to the full check).
            let mut scx = swe.get_script_extensions_val(c).iter();
            match (scx.next(), scx.next()) {
                (Some(Script::Common | Script::Inherited), None) | (None, _) => continue,
                (Some(x), None) => sc = x,
                _ => return false,
            }
        }
        match only {
            None => only = Some(sc),
            Some(o) if o == sc => {}
            Some(_) => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fast_single_script_test_agrees_with_unicode_security() {
        use unicode_security::MixedScript;
        for s in [
            "Κομμουνιστικό Κόμμα",
            "Комунистическа Партия",
            "حزب العمال، تونس",
            "МLPD",
            "ΜLPD",
            "日本共産党",
            "ひらがなカタカナ漢字",
            "ـحزب",
            "Türkiye Komünist Partisi – Marksist-Leninist",
            "नेपाल कम्युनिष्ट पार्टी",
            "Partido 2 (ML) «x»",
        ] {
            if super::in_one_script(s) {
                assert!(s.is_single_script(), "{s}");
            }
        }
        assert!(super::in_one_script("Комунистическа Партия"));
        assert!(!super::in_one_script("МLPD"));
    }

    #[test]
    fn digests_agree_with_skeletons() {
        let texts = [
            "MLPD",
            "\u{41c}LPD",
            "ΜLPD",
            "MLKP",
            "Κόμμα",
            "rn",
            "m",
            "Partido 2",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(
                    super::skeleton(a) == super::skeleton(b),
                    super::skeleton_digest(a) == super::skeleton_digest(b),
                    "{a} {b}"
                );
            }
        }
    }

    proptest::proptest! {
        /// The fast test never says "one script" where UTS #39 says the text mixes scripts,
        /// over texts drawn from Latin, Greek, Cyrillic, Arabic, kana, Han, digits, marks and
        /// punctuation.
        #[test]
        fn the_fast_test_is_sufficient(s in "[a-zA-Zéα-ωΑ-Ωа-яА-Яء-ي٠-٩ぁ-んァ-ン一-龥0-9 ,.()\u{300}\u{640}\u{60C}\u{30FC}\u{3001}-]{1,12}") {
            use unicode_security::MixedScript;
            if super::in_one_script(&s) {
                proptest::prop_assert!(s.as_str().is_single_script(), "{:?}", s);
            }
        }
    }

    use super::{ascii_table, skeleton};
    use unicode_security::confusable_detection::skeleton as uts39_skeleton;

    #[test]
    fn the_ascii_fast_path_equals_uts39() {
        let all_ascii: String = (0u8..128).map(char::from).collect();
        for s in [
            "MLPD", "rn vs m", "0O1lI|", "PC (ML)", "CPA/ML", "Ab-C_d.e", "'`^~\"", "", &all_ascii,
        ] {
            assert_eq!(skeleton(s), uts39_skeleton(s).collect::<String>(), "{s}");
        }
        assert!(ascii_table().is_some());
    }
}
