//! What an entry says in one edition: which acronym and name, whether a transliteration and a
//! translation follow, and the country in the edition's language. Formats come later
//! ([`crate::render`]); this is the editorial logic alone.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::cldr;
use crate::organization::{NameKind, Organization, Place};
use crate::statement::{Entry, Printed};

/// A piece of text and the language it is in, borrowed from the registry where it can be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// Its language.
    #[serde(serialize_with = "tag_str")]
    pub lang: &'a LanguageIdentifier,
}

/// Serializes a tag through `Display`, without an intermediate string.
fn tag_str<S: serde::Serializer>(tag: &&LanguageIdentifier, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(*tag)
}

/// An entry resolved for one edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedEntry<'a> {
    /// The organization's id.
    pub org: &'a str,
    /// The acronym, as published.
    pub acronym: Option<Part<'a>>,
    /// The organization's own name as published (its transliteration when the registry has no
    /// original).
    pub name: Part<'a>,
    /// A Latin transliteration, when the name is in another script than the edition's.
    pub transliteration: Option<Part<'a>>,
    /// The name in the edition's language (or the nearest fallback), when the name is not
    /// already in that language.
    pub translation: Option<Part<'a>>,
    /// The name in the edition's language where there is one, else the name: for the
    /// name-first style.
    pub name_in_edition: Part<'a>,
    /// The country or area in the edition's language; `None` where the name makes it plain.
    pub country: Option<Cow<'a, str>>,
    /// The country or area in the edition's language, whether or not the name makes it plain
    /// (the short style prints it always).
    pub country_always: Option<Cow<'a, str>>,
}

/// Whether a name tagged `tag` is in the language `wanted` (a fallback chain item): the same
/// tag, or the same language in the same script (`en` serves `en-GB`; `ru-Latn` does not serve
/// `ru`).
fn serves(
    tag: &LanguageIdentifier,
    wanted: &LanguageIdentifier,
    wanted_script: Option<icu_locale::subtags::Script>,
) -> bool {
    if tag == wanted {
        return true;
    }
    if tag.language != wanted.language {
        return false;
    }
    if wanted.region.is_some() && tag.region.is_some() && tag.region != wanted.region {
        return false;
    }
    cldr::likely_script(tag) == wanted_script
}

/// Resolves `entry` of `org` for an edition.
///
/// `chain` is the edition's [`fallback_chain`], each language with its likely script;
/// `places` holds the name of every country code and area id in the edition's language.
pub fn resolve<'a>(
    org: &'a Organization,
    entry: &'a Entry,
    edition: &'a LanguageIdentifier,
    chain: &[(LanguageIdentifier, Option<icu_locale::subtags::Script>)],
    edition_script: Option<icu_locale::subtags::Script>,
    places: &'a HashMap<&Place, String>,
) -> ResolvedEntry<'a> {
    let printed: Option<&Printed> = entry.printed.as_ref().filter(|p| p.applies_to(edition));
    let text = |own: &'a str, f: fn(&'a Printed) -> &'a Option<String>| -> Cow<'a, str> {
        match printed.and_then(|p| f(p).as_deref()) {
            Some(t) => Cow::Borrowed(t),
            None => Cow::Borrowed(own),
        }
    };

    let acronym = org.acronym().map(|a| Part {
        text: text(&a.text, |p| &p.acronym),
        lang: &a.lang,
    });

    let original = org.originals().next();
    let transliteration_name = org
        .names
        .iter()
        .find(|n| matches!(n.kind, NameKind::Transliteration { .. }));
    let in_edition = chain.iter().find_map(|(wanted, script)| {
        org.names
            .iter()
            .filter(|n| matches!(n.kind, NameKind::Translation | NameKind::Original))
            .find(|n| serves(&n.lang, wanted, *script))
    });
    // The name as published: the original; else the transliteration; else any name.
    let base = original
        .or(transliteration_name)
        .or(in_edition)
        .or(org.names.first());
    let name = match base {
        Some(n) => Part {
            text: text(&n.text, |p| &p.name),
            lang: &n.lang,
        },
        None => Part {
            text: Cow::Borrowed(&org.id),
            lang: edition,
        },
    };
    let name_is_transliteration = base.is_some_and(|b| Some(b) == transliteration_name);

    let name_script = crate::text::script(&name.text);
    let transliteration =
        if name_is_transliteration || name_script.is_none() || name_script == edition_script {
            None
        } else {
            transliteration_name.map(|t| Part {
                text: text(&t.text, |p| &p.transliteration),
                lang: &t.lang,
            })
        };

    let name_in_edition_language = chain
        .first()
        .is_some_and(|(e, _)| name.lang.language == e.language && !name_is_transliteration);
    let translation = match in_edition {
        Some(t) if !name_in_edition_language && base != Some(t) && t.text != name.text => {
            Some(Part {
                text: text(&t.text, |p| &p.translation),
                lang: &t.lang,
            })
        }
        _ => None,
    };
    let name_in_edition = match in_edition {
        Some(t) => Part {
            text: Cow::Borrowed(&t.text),
            lang: &t.lang,
        },
        None => name.clone(),
    };

    let country_always = match (
        printed.and_then(|p| p.country.as_deref()),
        org.countries.as_slice(),
    ) {
        (Some(c), _) => Some(Cow::Borrowed(c)),
        (None, []) => None,
        (None, [one]) => Some(Cow::Borrowed(
            places.get(one).map_or(one.as_str(), String::as_str),
        )),
        (None, many) => Some(Cow::Owned(
            many.iter()
                .map(|p| places.get(p).map_or(p.as_str(), String::as_str))
                .collect::<Vec<_>>()
                .join(" / "),
        )),
    };
    let country = if org.name_shows_country {
        None
    } else {
        country_always.clone()
    };

    ResolvedEntry {
        org: &org.id,
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
        let chain: Vec<String> = crate::cldr::fallback_chain(&"de-AT".parse().unwrap_or_default())
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(chain, ["de-AT", "de", "en"]);
        let tag = |s: &str| s.parse::<LanguageIdentifier>().unwrap_or_default();
        let serves = |a: &str, b: &str| serves(&tag(a), &tag(b), cldr::likely_script(&tag(b)));
        assert!(serves("en", "en-GB"));
        assert!(!serves("ru-Latn", "ru"));
        assert!(serves("de", "de"));
        assert!(!serves("zh", "zh-TW"));
    }
}
