//! Spoofing checks of Unicode Technical Standard #39 (through the `unicode-security` crate and
//! Unicode's confusables data): a name or acronym that mixes scripts (`МLPD` with a Cyrillic
//! `М`), or whose confusable skeleton equals another organization's, is reported as a warning.

use unicode_security::MixedScript;
use unicode_security::confusable_detection::skeleton as uts39_skeleton;

/// The UTS #39 skeleton of a text: two texts with the same skeleton look alike
/// (`МLPD` and `MLPD`).
///
/// ```
/// use signatories::spoof::skeleton;
/// assert_eq!(skeleton("\u{41c}LPD"), skeleton("MLPD")); // Cyrillic М
/// assert_ne!(skeleton("MLPD"), skeleton("MLKP"));
/// ```
pub fn skeleton(s: &str) -> String {
    uts39_skeleton(s).collect()
}

/// The scripts of a text that is not single-script in the sense of UTS #39 (Japanese kana with
/// Han is single-script; Cyrillic with Latin is not), or `None` when it is.
///
/// ```
/// use signatories::spoof::mixed_scripts;
/// assert_eq!(mixed_scripts("\u{41c}LPD"), Some(vec!["Cyrl".to_owned(), "Latn".to_owned()]));
/// assert_eq!(mixed_scripts("MLPD"), None);
/// assert_eq!(mixed_scripts("Българска Комунистическа Партия"), None);
/// ```
pub fn mixed_scripts(s: &str) -> Option<Vec<String>> {
    if s.is_single_script() {
        None
    } else {
        Some(
            crate::text::scripts(s)
                .iter()
                .map(|sc| sc.as_str().to_owned())
                .collect(),
        )
    }
}
