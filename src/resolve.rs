//! What an entry says in one edition: which acronym and name, whether a transliteration and a
//! translation follow, and the country in the edition's language. Formats come later
//! ([`crate::render`]); this is the editorial logic alone.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::cldr;
use crate::organization::{NameKind, Organization};
use crate::statement::{Entry, Printed};

/// A piece of text and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// The text.
    pub text: String,
    /// Its language.
    pub lang: LanguageIdentifier,
}

/// An entry resolved for one edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedEntry {
    /// The organization's id.
    pub org: String,
    /// The acronym, as published.
    pub acronym: Option<Part>,
    /// The organization's own name as published (its transliteration when the registry has no
    /// original).
    pub name: Part,
    /// A Latin transliteration, when the name is in another script than the edition's.
    pub transliteration: Option<Part>,
    /// The name in the edition's language (or the nearest fallback), when the name is not
    /// already in that language.
    pub translation: Option<Part>,
    /// The name in the edition's language where there is one, else the name: for the
    /// name-first style.
    pub name_in_edition: Part,
    /// The country or area in the edition's language; `None` where the name makes it plain.
    pub country: Option<String>,
    /// The country or area in the edition's language, whether or not the name makes it plain
    /// (the short style prints it always).
    pub country_always: Option<String>,
}

/// The fallback chain of an edition: `de-AT` → `de` → `en`; `sr-Latn-RS` → `sr-Latn` → `sr`
/// → `en`.
pub fn fallback_chain(edition: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
    let mut chain = vec![edition.clone()];
    let mut push = |l: LanguageIdentifier| {
        if !chain.contains(&l) {
            chain.push(l);
        }
    };
    if edition.script.is_some() {
        push(LanguageIdentifier::from_parts(
            edition.language,
            edition.script,
            None,
            &[],
        ));
    }
    push(LanguageIdentifier::from_parts(
        edition.language,
        None,
        None,
        &[],
    ));
    push(LanguageIdentifier::from_parts(
        "en".parse().unwrap_or_default(),
        None,
        None,
        &[],
    ));
    chain
}

/// Whether a name tagged `tag` is in the language `wanted` (a fallback chain item): the same
/// tag, or the same language in the same script (`en` serves `en-GB`; `ru-Latn` does not serve
/// `ru`).
fn serves(tag: &LanguageIdentifier, wanted: &LanguageIdentifier) -> bool {
    if tag == wanted {
        return true;
    }
    if tag.language != wanted.language {
        return false;
    }
    if wanted.region.is_some() && tag.region.is_some() && tag.region != wanted.region {
        return false;
    }
    cldr::likely_script(tag) == cldr::likely_script(wanted)
}

/// Resolves `entry` of `org` for an edition.
///
/// `place_name` gives the name of a country code or area id in the edition's language.
pub fn resolve(
    org: &Organization,
    entry: &Entry,
    edition: &LanguageIdentifier,
    chain: &[LanguageIdentifier],
    edition_script: Option<icu_locale::subtags::Script>,
    place_name: &mut dyn FnMut(&crate::organization::Place) -> String,
) -> ResolvedEntry {
    let printed: Option<&Printed> = entry.printed.as_ref().filter(|p| p.applies_to(edition));
    let override_text = |f: fn(&Printed) -> &Option<String>| printed.and_then(|p| f(p).clone());

    let acronym = org.acronym().map(|a| Part {
        text: override_text(|p| &p.acronym).unwrap_or_else(|| a.text.clone()),
        lang: a.lang.clone(),
    });

    let original = org.originals().next();
    let transliteration_name = org
        .names
        .iter()
        .find(|n| matches!(n.kind, NameKind::Transliteration { .. }));
    let in_edition = chain.iter().find_map(|wanted| {
        org.names
            .iter()
            .filter(|n| matches!(n.kind, NameKind::Translation | NameKind::Original))
            .find(|n| serves(&n.lang, wanted))
    });
    // The name as published: the original; else the transliteration; else any name.
    let base = original
        .or(transliteration_name)
        .or(in_edition)
        .or(org.names.first());
    let name = match base {
        Some(n) => Part {
            text: override_text(|p| &p.name).unwrap_or_else(|| n.text.clone()),
            lang: n.lang.clone(),
        },
        None => Part {
            text: org.id.clone(),
            lang: edition.clone(),
        },
    };
    let name_is_transliteration = base.is_some_and(|b| Some(b) == transliteration_name);

    let name_script = crate::text::script(&name.text);
    let transliteration =
        if name_is_transliteration || name_script.is_none() || name_script == edition_script {
            None
        } else {
            transliteration_name.map(|t| Part {
                text: override_text(|p| &p.transliteration).unwrap_or_else(|| t.text.clone()),
                lang: t.lang.clone(),
            })
        };

    let name_in_edition_language = chain
        .first()
        .is_some_and(|e| name.lang.language == e.language && !name_is_transliteration);
    let translation = match in_edition {
        Some(t) if !name_in_edition_language && base != Some(t) && t.text != name.text => {
            Some(Part {
                text: override_text(|p| &p.translation).unwrap_or_else(|| t.text.clone()),
                lang: t.lang.clone(),
            })
        }
        _ => None,
    };
    let name_in_edition = match in_edition {
        Some(t) => Part {
            text: t.text.clone(),
            lang: t.lang.clone(),
        },
        None => name.clone(),
    };

    let country_always = if org.countries.is_empty() {
        None
    } else {
        let names: Vec<String> = org.countries.iter().map(&mut *place_name).collect();
        Some(override_text(|p| &p.country).unwrap_or_else(|| names.join(" / ")))
    };
    let country = if org.name_shows_country {
        None
    } else {
        country_always.clone()
    };

    ResolvedEntry {
        org: org.id.clone(),
        acronym,
        name,
        transliteration,
        translation,
        name_in_edition,
        country,
        country_always,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains() {
        let chain: Vec<String> = fallback_chain(&"de-AT".parse().unwrap_or_default())
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(chain, ["de-AT", "de", "en"]);
        let tag = |s: &str| s.parse::<LanguageIdentifier>().unwrap_or_default();
        assert!(serves(&tag("en"), &tag("en-GB")) || serves(&tag("en"), &tag("en")));
        assert!(!serves(&tag("ru-Latn"), &tag("ru")));
        assert!(serves(&tag("de"), &tag("de")));
    }
}
