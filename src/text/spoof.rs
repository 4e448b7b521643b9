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
    } else if let Some(pieces) = pieces(s) {
        pieces.flat_map(str::chars).for_each(&mut feed);
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
    if let Some(pieces) = pieces(s) {
        return pieces.collect();
    }
    uts39_skeleton(s).collect()
}

/// Below this code point each character's own skeleton is kept once computed: the letters of
/// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Georgian and more,
/// which nearly every name is written in.
const CACHED_BELOW: u32 = 0x3000;

/// The skeleton of `s` as its characters' own skeletons one after the other, where every
/// character of `s` has one of that kind ([`char_skeleton`]).
fn pieces(s: &str) -> Option<impl Iterator<Item = &'static str> + '_> {
    s.chars()
        .all(|c| char_skeleton(c).is_some())
        .then(|| s.chars().filter_map(char_skeleton))
}

/// The skeleton of `c` alone, where it begins with a starter (canonical combining class 0) and
/// so does `c`'s canonical decomposition; `None` for any other character and from
/// [`CACHED_BELOW`] on. UTS #39's skeleton is NFD, each character's prototype, NFD again; the
/// NFD steps reorder only runs of marks, and a run never crosses from one character's piece into
/// the next when every piece starts with a starter: the skeleton of a text of such characters
/// is then the concatenation of theirs.
fn char_skeleton(c: char) -> Option<&'static str> {
    use std::sync::OnceLock;
    /// Each character's own skeleton, where it has one of that kind, once computed.
    type Slot = OnceLock<Option<Box<str>>>;
    static CACHE: OnceLock<Box<[Slot]>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| (0..CACHED_BELOW).map(|_| OnceLock::new()).collect());
    let slot = cache.get(usize::try_from(u32::from(c)).ok()?)?;
    slot.get_or_init(|| {
        use icu_properties::CodePointMapData;
        use icu_properties::props::CanonicalCombiningClass as Ccc;
        let ccc = CodePointMapData::<Ccc>::new();
        let starts_with_starter = |t: &str| {
            t.chars()
                .next()
                .is_some_and(|d| ccc.get(d) == Ccc::NotReordered)
        };
        let one = c.to_string();
        let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(&one);
        let skeleton: String = uts39_skeleton(&one).collect();
        (starts_with_starter(&nfd) && starts_with_starter(&skeleton))
            .then(|| skeleton.into_boxed_str())
    })
    .as_deref()
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

    use super::{ascii_table, char_skeleton, pieces, skeleton};
    use unicode_security::confusable_detection::skeleton as uts39_skeleton;

    proptest::proptest! {
        /// A text's skeleton from its characters' own equals UTS #39's over texts of Latin
        /// with precomposed and combining accents, Greek, Cyrillic, Armenian, Hebrew and Arabic
        /// with their marks, Devanagari with its vowel signs and virama, Thai, kana and Han,
        /// digits and punctuation (marks first, between and doubled).
        #[test]
        fn the_cached_skeleton_equals_uts39(s in "[a-zA-Zé\u{C0}-\u{24F}\u{300}-\u{36F}\u{1E00}-\u{1EFF}\u{370}-\u{3FF}\u{1F00}-\u{1FFF}\u{400}-\u{52F}\u{531}-\u{58F}\u{591}-\u{5F4}\u{600}-\u{6FF}\u{900}-\u{97F}\u{E00}-\u{E5B}\u{2000}-\u{2BFF}\u{2E80}-\u{2FFF}\u{3000}-\u{30FF}\u{4E00}-\u{4E3F}0-9 ,.()\u{200C}\u{200D}-]{0,10}") {
            proptest::prop_assert_eq!(skeleton(&s), uts39_skeleton(&s).collect::<String>(), "{:?}", s);
        }
    }

    #[test]
    fn the_cached_skeleton_is_used_and_equals_uts39() {
        // Precomposed and combining accents, Greek tonos, Cyrillic, Hebrew points, Arabic
        // harakat, Devanagari signs: read from the cache or not, as UTS #39 reads them.
        for s in [
            "Μ\u{301}ΕΡΑ",
            "Ένωση",
            "МLРD",
            "Ünión",
            "U\u{308}nio\u{301}n",
            "שָׁלוֹם",
            "حِزْب",
            "भारतीय",
            "\u{301}a",
            "a\u{301}\u{327}",
            "ǅ",
            "ﬁ",
            "Å",
            "K",
        ] {
            assert_eq!(skeleton(s), uts39_skeleton(s).collect::<String>(), "{s}");
        }
        // Letters of Latin, Greek and Cyrillic without marks have their own skeleton; a mark
        // alone starts with no starter, and Han is not cached.
        assert!(pieces("ΚΚΕ Ένωση МLРD").is_some());
        assert!(char_skeleton('\u{301}').is_none());
        assert!(char_skeleton('中').is_none());
    }

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
