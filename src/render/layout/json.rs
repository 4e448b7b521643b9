//! JSON: each entry's resolved parts and printed text, for other programs.

use std::borrow::Cow;

use unic_langid::LanguageIdentifier;

use super::{Context, Item, Layout, SectionStart};
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

    // JSON documents are written by [`json`], from the resolved entries.
    fn begin(&self, _: &mut String, _: &str, _: &Context<'_>) {}
    fn section(&self, _: &mut String, _: &SectionStart<'_>, _: &Context<'_>) {}
    fn item(&self, _: &mut String, _: &SectionStart<'_>, _: &Item<'_>, _: &Context<'_>) {}
    fn end_section(&self, _: &mut String, _: &SectionStart<'_>, _: &Context<'_>) {}
    fn end(&self, _: &mut String, _: Option<&str>, _: &Context<'_>) {}
}

/// An entry of the JSON document.
#[derive(serde::Serialize)]
pub(crate) struct JsonEntry<'a> {
    pub(crate) number: Option<usize>,
    pub(crate) number_text: Option<&'a str>,
    pub(crate) org: &'a str,
    pub(crate) text: &'a str,
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
        number: Option<(usize, &'a str)>,
        text: &'a str,
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

/// Writes the JSON document, one line: the text `serde_json::to_string` writes for it (a test
/// holds them equal), written field by field into one buffer sized beforehand, keys and
/// punctuation as constant pieces. Names are most of a document and need no escaping: each
/// string is checked eight bytes at a time and copied whole. (Through serde the 10,000-entry
/// benchmark took 2-3 times as long: it checks and writes strings byte by byte and formats
/// each language tag.)
pub(crate) fn json(doc: &JsonDoc<'_>) -> Result<String, Error> {
    #[cfg(test)]
    if tests::BY_SERDE.get() {
        return Ok(tests::by_serde(doc));
    }
    let size: usize = doc
        .sections
        .iter()
        .flat_map(|s| &s.entries)
        .map(|e| 4 * e.text.len() + 320)
        .sum();
    let mut w = Writer(String::with_capacity(size + 1024));
    w.0.push('{');
    w.raw("\"statement\":");
    w.str(doc.statement);
    w.raw(",\"locale\":");
    w.str(&doc.locale);
    w.raw(",\"messages_locale\":");
    w.str(&doc.messages_locale);
    w.raw(",\"direction\":");
    w.str(doc.direction);
    w.raw(",\"calendar\":");
    w.str(doc.calendar);
    w.raw(",\"heading\":");
    w.str(&doc.heading);
    w.raw(",\"as_of\":");
    w.opt_str(doc.as_of.as_deref());
    w.raw(",\"more_possible\":");
    w.bool(doc.more_possible);
    w.raw(",\"sections\":");
    w.list(&doc.sections, |w, s| {
        w.0.push('{');
        w.raw("\"kind\":");
        w.str(s.kind.as_str());
        w.raw(",\"heading\":");
        w.opt_str(s.heading.as_deref());
        w.raw(",\"entries\":");
        w.list(&s.entries, Writer::entry);
        w.0.push('}');
    });
    w.raw(",\"summary\":");
    w.opt_str(doc.summary.as_deref());
    w.raw(",\"untranslated\":");
    w.list(&doc.untranslated, |w, s| w.str(s));
    w.raw(",\"warnings\":");
    w.list(&doc.warnings, |w, s| w.str(s));
    w.0.push_str("}\n");
    Ok(w.0)
}

/// Whether a string holds a byte JSON escapes (a control, `"` or `\\`), eight bytes at a time.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `x` is below `n` (n ≤ 128): exact for the whole word.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if below(x, 0x20)
            || below(x ^ (ONES * u64::from(b'"')), 1)
            || below(x ^ (ONES * u64::from(b'\\')), 1)
        {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// Compact JSON, appended to a string.
struct Writer(String);

impl Writer {
    /// JSON text as it is: punctuation and keys, written as one piece each (`,"name":`).
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.0.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            item(self, x);
        }
        self.0.push(']');
    }

    fn bool(&mut self, b: bool) {
        self.0.push_str(if b { "true" } else { "false" });
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.0.push_str("null"),
        }
    }

    /// A string, escaped as `serde_json` escapes: quotation mark, reverse solidus and the
    /// controls below U+0020 (`\b \f \n \r \t` by name, the others as `\u00XX`).
    fn str(&mut self, s: &str) {
        self.0.push('"');
        // Most strings need no escaping and are copied whole.
        if !needs_escape(s.as_bytes()) {
            self.0.push_str(s);
        } else {
            for c in s.chars() {
                match c {
                    '"' => self.0.push_str("\\\""),
                    '\\' => self.0.push_str("\\\\"),
                    '\u{8}' => self.0.push_str("\\b"),
                    '\u{c}' => self.0.push_str("\\f"),
                    '\n' => self.0.push_str("\\n"),
                    '\r' => self.0.push_str("\\r"),
                    '\t' => self.0.push_str("\\t"),
                    c if u32::from(c) < 0x20 => {
                        use std::fmt::Write as _;
                        let _ = write!(self.0, "\\u{:04x}", u32::from(c));
                    }
                    c => self.0.push(c),
                }
            }
        }
        self.0.push('"');
    }

    fn part(&mut self, p: &Part<'_>) {
        self.0.push('{');
        self.raw("\"text\":");
        self.str(&p.text);
        self.raw(",\"lang\":");
        // A language tag is letters, digits and hyphens: nothing to escape.
        // (Its subtags one by one: as `Display` writes the tag, without the formatting
        // machinery.)
        self.0.push('"');
        self.0.push_str(p.lang.language.as_str());
        if let Some(script) = &p.lang.script {
            self.0.push('-');
            self.0.push_str(script.as_str());
        }
        if let Some(region) = &p.lang.region {
            self.0.push('-');
            self.0.push_str(region.as_str());
        }
        for variant in p.lang.variants() {
            self.0.push('-');
            self.0.push_str(variant.as_str());
        }
        self.0.push_str("\"}");
    }

    fn opt_part(&mut self, p: Option<&Part<'_>>) {
        match p {
            Some(p) => self.part(p),
            None => self.0.push_str("null"),
        }
    }

    fn entry(&mut self, e: &JsonEntry<'_>) {
        use std::fmt::Write as _;
        self.0.push('{');
        self.raw("\"number\":");
        match e.number {
            Some(n) => {
                let _ = write!(self.0, "{n}");
            }
            None => self.0.push_str("null"),
        }
        self.raw(",\"number_text\":");
        self.opt_str(e.number_text);
        self.raw(",\"org\":");
        self.str(e.org);
        self.raw(",\"text\":");
        self.str(e.text);
        self.raw(",\"acronym\":");
        self.opt_part(e.acronym.as_ref());
        self.raw(",\"name\":");
        self.part(e.name);
        self.raw(",\"transliteration\":");
        self.opt_part(e.transliteration.as_ref());
        self.raw(",\"translation\":");
        self.opt_part(e.translation.as_ref());
        self.raw(",\"name_in_edition\":");
        self.part(e.name_in_edition);
        self.raw(",\"translated\":");
        self.bool(e.translated);
        self.raw(",\"country\":");
        self.opt_str(e.country.as_deref());
        self.raw(",\"country_always\":");
        self.opt_str(e.country_always.as_deref());
        self.0.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Whether [`json`] writes through `serde_json` (the reference) on this thread.
        pub(super) static BY_SERDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// The document `serde_json` writes for the same structures.
    pub(super) fn by_serde(doc: &JsonDoc<'_>) -> String {
        let mut s = serde_json::to_string(doc).unwrap_or_default();
        s.push('\n');
        s
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        for s in [
            "",
            "KKE",
            "Κομμουνιστικό Κόμμα Ελλάδας",
            "say \"no\" \\ to\twar\n",
            "\u{7f}\u{80}\u{2028}\u{2068}حزب\u{2069}",
            all_controls.as_str(),
        ] {
            let mut w = Writer(String::new());
            w.str(s);
            assert_eq!(w.0, serde_json::to_string(s).unwrap_or_default(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(s in "\\PC*|[\u{0}-\u{40}\\\\\"é]*") {
            let mut w = Writer(String::new());
            w.str(&s);
            proptest::prop_assert_eq!(w.0, serde_json::to_string(&s).unwrap_or_default());
        }
    }

    #[test]
    fn documents_are_written_as_serde_json_writes_them() -> Result<(), Error> {
        use crate::render::{OutputFormat, RenderOptions, Renderer, Style};
        let registry = crate::seed::registry()?;
        let statement = registry
            .statements()
            .first()
            .ok_or_else(|| Error::LocaleData("no statement".into()))?;
        let mut checked = 0;
        for locale in Renderer::available_locales() {
            let renderer = Renderer::try_new(&locale)?;
            for style in [Style::Full, Style::Short, Style::NameFirst] {
                let options = RenderOptions::default()
                    .with_format(OutputFormat::Json)
                    .with_style(style)
                    .with_summary(true);
                let fast = renderer.render(&registry, statement, &options)?;
                BY_SERDE.set(true);
                let serde = renderer.render(&registry, statement, &options);
                BY_SERDE.set(false);
                assert_eq!(fast.as_str(), serde?.as_str(), "{locale} {style:?}");
                checked += 1;
            }
        }
        assert!(checked >= 30, "{checked}");
        Ok(())
    }
}
