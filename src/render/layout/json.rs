//! JSON: each entry's resolved parts and printed text, for other programs.

use std::borrow::Cow;

use unic_langid::LanguageIdentifier;

use super::{Context, Layout, Page};
use crate::error::Error;
use crate::render::OutputFormat;
use crate::render::entry::{Part, ResolvedEntry};
use crate::statement::SectionKind;

pub(super) struct Json;

impl Layout for Json {
    fn format(&self) -> OutputFormat {
        OutputFormat::Json
    }

    fn literal(&self, out: &mut String, s: &str) {
        out.push_str(s);
    }

    fn data(&self, out: &mut String, s: &str, _: Option<&LanguageIdentifier>, _: &Context<'_>) {
        out.push_str(s);
    }

    /// JSON documents are written by [`json`], from the resolved entries.
    fn page(&self, _: &mut String, _: &Page, _: &Context<'_>) {}
}

/// An entry of the JSON document.
#[derive(serde::Serialize)]
pub(crate) struct JsonEntry<'a> {
    pub(crate) number: Option<usize>,
    pub(crate) number_text: Option<String>,
    pub(crate) org: &'a str,
    pub(crate) text: String,
    pub(crate) acronym: &'a Option<Part<'a>>,
    pub(crate) name: &'a Part<'a>,
    pub(crate) transliteration: &'a Option<Part<'a>>,
    pub(crate) translation: &'a Option<Part<'a>>,
    pub(crate) name_in_edition: &'a Part<'a>,
    pub(crate) translated: bool,
    pub(crate) country: &'a Option<Cow<'a, str>>,
    pub(crate) country_always: &'a Option<Cow<'a, str>>,
}

impl<'a> JsonEntry<'a> {
    pub(crate) fn new(
        e: &'a ResolvedEntry<'a>,
        number: Option<(usize, String)>,
        text: String,
    ) -> Self {
        let (number, number_text) = match number {
            Some((n, t)) => (Some(n), Some(t)),
            None => (None, None),
        };
        JsonEntry {
            number,
            number_text,
            org: e.org,
            text,
            acronym: &e.acronym,
            name: &e.name,
            transliteration: &e.transliteration,
            translation: &e.translation,
            name_in_edition: &e.name_in_edition,
            translated: e.translated,
            country: &e.country,
            country_always: &e.country_always,
        }
    }
}

/// A section of the JSON document.
#[derive(serde::Serialize)]
pub(crate) struct JsonSection<'a> {
    pub(crate) kind: SectionKind,
    pub(crate) heading: Option<String>,
    pub(crate) entries: Vec<JsonEntry<'a>>,
}

/// The JSON document of an edition.
#[derive(serde::Serialize)]
pub(crate) struct JsonDoc<'a> {
    pub(crate) statement: &'a str,
    pub(crate) locale: String,
    pub(crate) messages_locale: String,
    pub(crate) direction: &'static str,
    pub(crate) calendar: &'static str,
    pub(crate) heading: String,
    pub(crate) as_of: Option<String>,
    pub(crate) more_possible: bool,
    pub(crate) sections: Vec<JsonSection<'a>>,
    pub(crate) summary: Option<String>,
    /// Organizations of the list without a name in the edition's language.
    pub(crate) untranslated: Vec<&'a str>,
    pub(crate) warnings: Vec<String>,
}

/// Writes the JSON document, one line.
pub(crate) fn json(doc: &JsonDoc<'_>) -> Result<String, Error> {
    let mut s = serde_json::to_string(doc).map_err(|e| Error::LocaleData(format!("json: {e}")))?;
    s.push('\n');
    Ok(s)
}
