//! What an entry says in one edition: which acronym and name, whether a transliteration and a
//! gloss follow, and the country in the edition's language. The editorial logic alone; layouts
//! come later ([`super::layout`]).
//!
//! The gloss policy: after an own name that is not in the edition's language, an entry prints
//! the organization's name in the edition's language (its translation) in parentheses; where the
//! registry has none, it prints the name in the fallback languages the edition's
//! [`super::Gloss`] names, and by default nothing: a German edition never glosses in English.

use std::borrow::Cow;

use super::PlaceNames;

use icu_locale::subtags::Script;
use serde::Serialize;

use crate::locale::{Language, LanguageChain};
use crate::organization::{NameKind, Organization};
use crate::statement::{Entry, Printed};

/// A piece of text and the language it is in, borrowed from the registry where it can be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Part<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// Its language.
    #[serde(serialize_with = "tag_str")]
    pub lang: &'a Language,
}

/// Serializes a tag through `Display`, without an intermediate string.
fn tag_str<S: serde::Serializer>(tag: &&Language, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(*tag)
}

/// An entry resolved for one edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ResolvedEntry<'a> {
    /// The organization's id.
    pub org: &'a str,
    /// The acronym, as published; `None` for an organization without one (the name is then
    /// printed once, in its place).
    pub acronym: Option<Part<'a>>,
    /// The organization's own name as published ([`Organization::own_name`]).
    pub name: Part<'a>,
    /// A Latin transliteration, when the name is in another script than the edition's.
    pub transliteration: Option<Part<'a>>,
    /// The gloss: the name in the edition's language (or a fallback language the edition's
    /// gloss policy names), when the own name is not in the edition's language.
    pub translation: Option<Part<'a>>,
    /// The name that serves the edition's readers ([`Organization::name_for`]) where there is
    /// one, else the own name: what the name-first style prints first.
    pub name_in_edition: Part<'a>,
    /// Whether the organization has a name in the edition's language (its own name, or a
    /// translation): `false` marks a name an editor should translate.
    pub translated: bool,
    /// The country or area in the edition's language; `None` where the name makes it plain.
    pub country: Option<Cow<'a, str>>,
    /// The country or area in the edition's language, whether or not the name makes it plain
    /// (the short style prints it always).
    pub country_always: Option<Cow<'a, str>>,
}

/// The languages an edition serves names in: its own ([`LanguageChain::for_language`]) and
/// those its gloss policy adds.
#[derive(Debug, Clone)]
pub(crate) struct NameLanguages {
    /// The edition's own languages.
    pub(crate) own: LanguageChain,
    /// The own languages, then the gloss policy's fallbacks.
    pub(crate) glosses: LanguageChain,
    /// The likely script of the edition's language.
    pub(crate) script: Option<icu_locale::subtags::Script>,
}

/// Whether readers of an edition written in `edition` read text of `script`: the same script,
/// or one of those a combined script code stands for ([`crate::text::within`]).
pub(crate) fn reads(edition: Option<Script>, script: Script) -> bool {
    edition.is_some_and(|edition| crate::text::within(edition, script))
}

/// The countries or areas of `org` as the edition names them (as printed, where the entry
/// records how the edition printed them), joined by " / ".
fn countries<'a>(
    org: &'a Organization,
    printed: Option<&'a Printed>,
    places: &'a PlaceNames,
) -> Option<Cow<'a, str>> {
    match (
        printed.and_then(|p| p.country.as_deref()),
        org.countries.as_slice(),
    ) {
        (Some(c), _) => Some(Cow::Borrowed(c)),
        (None, []) => None,
        (None, [one]) => Some(Cow::Borrowed(places.get(one).unwrap_or(one.as_str()))),
        (None, many) => Some(Cow::Owned(
            many.iter()
                .map(|p| places.get(p).unwrap_or(p.as_str()))
                .collect::<Vec<_>>()
                .join(" / "),
        )),
    }
}

/// Whether the edition's readers can read a printed part: it is in the edition's language, or
/// in a script they read. A name says the country only to readers who can read it.
fn readable(p: &Part<'_>, languages: &NameLanguages) -> bool {
    languages.own.serves_language(p.lang.id())
        || crate::text::script_code(&p.text).is_some_and(|s| reads(languages.script, s))
}

/// Which text of a printed override replaces a part.
type PrintedField<'a> = fn(&'a Printed) -> &'a Option<String>;

/// A part's text as the edition printed it, where the entry records that, else the registry's.
fn as_printed<'a>(own: &'a str, printed: Option<&'a Printed>, f: PrintedField<'a>) -> Cow<'a, str> {
    match printed.and_then(|p| f(p).as_deref()) {
        Some(t) => Cow::Borrowed(t),
        None => Cow::Borrowed(own),
    }
}

/// Whether the name printed is the organization's transliteration, and the transliteration to
/// print beside a name in a script the edition's readers do not read.
fn transliteration<'a>(
    org: &'a Organization,
    name: &Part<'_>,
    printed: Option<&'a Printed>,
    languages: &NameLanguages,
) -> (bool, Option<Part<'a>>) {
    let transliteration_name = org
        .names
        .iter()
        .find(|n| matches!(n.kind, NameKind::Transliteration { .. }));
    let name_is_transliteration = org
        .own_name()
        .is_some_and(|b| Some(b) == transliteration_name);
    let name_script = crate::text::script_code(&name.text);
    if name_is_transliteration || name_script.is_none_or(|s| reads(languages.script, s)) {
        return (name_is_transliteration, None);
    }
    let part = transliteration_name.map(|t| Part {
        text: as_printed(&t.text, printed, |p| &p.transliteration),
        lang: &t.lang,
    });
    (name_is_transliteration, part)
}

/// Resolves `entry` of `org` for an edition. `places` holds the name of every country code and
/// area id in the edition's language.
pub(crate) fn resolve<'a>(
    org: &'a Organization,
    entry: &'a Entry,
    edition: &'a Language,
    languages: &NameLanguages,
    places: &'a PlaceNames,
) -> ResolvedEntry<'a> {
    let printed: Option<&Printed> = entry
        .printed
        .as_ref()
        .filter(|p| p.applies_to_language(edition));
    let text = |own: &'a str, f: PrintedField<'a>| as_printed(own, printed, f);

    let acronym = org.acronym().map(|a| Part {
        text: text(&a.text, |p| &p.acronym),
        lang: &a.lang,
    });

    let own = org.own_name();
    let name = match own {
        Some(n) => Part {
            text: text(&n.text, |p| &p.name),
            lang: &n.lang,
        },
        None => Part {
            text: Cow::Borrowed(&org.id),
            lang: edition,
        },
    };
    let (name_is_transliteration, transliteration) =
        transliteration(org, &name, printed, languages);

    let own_in_edition = !name_is_transliteration && languages.own.serves_language(name.lang.id());
    let in_edition = org.name_for(&languages.own);
    let gloss = org.name_for(&languages.glosses);
    let translation = match gloss {
        Some(t) if !own_in_edition && own != Some(t) && t.text != name.text => Some(Part {
            text: text(&t.text, |p| &p.translation),
            lang: &t.lang,
        }),
        _ => None,
    };
    let name_in_edition = match gloss {
        Some(t) => Part {
            text: Cow::Borrowed(&t.text),
            lang: &t.lang,
        },
        None => name.clone(),
    };

    let country_always = countries(org, printed, places);
    let says_country = org.name_shows_country
        && [Some(&name), transliteration.as_ref(), translation.as_ref()]
            .into_iter()
            .flatten()
            .any(|p| readable(p, languages));
    let country = if says_country {
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
        translated: own_in_edition || in_edition.is_some(),
        country,
        country_always,
    }
}
