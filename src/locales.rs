//! The editions' messages (`locales/<lang>/signatories.ftl`, compiled into the crate) and
//! locale negotiation: which of them serves a requested locale.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The Fluent resources of every available locale: (tag, FTL source).
pub const RESOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/signatories.ftl")),
    ("en-GB", include_str!("../locales/en-GB/signatories.ftl")),
    ("de", include_str!("../locales/de/signatories.ftl")),
    ("fr", include_str!("../locales/fr/signatories.ftl")),
    ("es", include_str!("../locales/es/signatories.ftl")),
    ("pt", include_str!("../locales/pt/signatories.ftl")),
    ("ru", include_str!("../locales/ru/signatories.ftl")),
    ("tr", include_str!("../locales/tr/signatories.ftl")),
    ("ar", include_str!("../locales/ar/signatories.ftl")),
    ("fa", include_str!("../locales/fa/signatories.ftl")),
];

/// The locales that have messages, in the order of [`RESOURCES`].
pub fn available() -> Vec<LanguageIdentifier> {
    RESOURCES
        .iter()
        .filter_map(|(tag, _)| tag.parse().ok())
        .collect()
}

/// The FTL source of an available locale.
pub fn resource(tag: &LanguageIdentifier) -> Option<&'static str> {
    let s = tag.to_string();
    RESOURCES.iter().find(|(t, _)| *t == s).map(|(_, r)| *r)
}

/// The outcome of negotiating a requested locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The locale whose messages are used.
    pub messages: LanguageIdentifier,
    /// Whether the requested language has messages of its own (false: English is used).
    pub language_supported: bool,
}

/// Picks the available messages that best serve `requested` (RFC 4647 filtering with CLDR
/// likely subtags: `de-AT` → `de`, `en-US` → `en`, `en-GB` → `en-GB`), falling back to `en`.
pub fn negotiate(requested: &LanguageIdentifier) -> Negotiated {
    let available = available();
    let default: LanguageIdentifier = "en".parse().unwrap_or_default();
    let found = negotiate_languages(
        std::slice::from_ref(requested),
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    let messages = found.first().map_or(default.clone(), |l| (*l).clone());
    Negotiated {
        language_supported: messages.language == requested.language,
        messages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn neg(s: &str) -> String {
        negotiate(&s.parse().unwrap_or_default())
            .messages
            .to_string()
    }

    #[test]
    fn negotiation() {
        assert_eq!(neg("de-AT"), "de");
        assert_eq!(neg("en-GB"), "en-GB");
        assert_eq!(neg("en-US"), "en");
        assert_eq!(neg("fa-IR"), "fa");
        assert_eq!(neg("ja"), "en");
        assert!(!negotiate(&"ja".parse().unwrap_or_default()).language_supported);
    }
}
