//! JSON: each entry's resolved parts and printed text, for other programs.

use crate::locale::Language;

use super::{Context, Head, Item, Layout, Page, SectionStart, Sentences};
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

    fn data(&self, out: &mut String, s: &str, _: Option<&Language>, _: &Context<'_>) {
        out.push_str(s);
    }

    // Strings of JSON carry no markup: the document says which messages wrote them
    // (`messages_locale`).
    fn open_sentence(&self, _: &mut String, _: &Sentences<'_>, _: &Context<'_>) {}
    fn close_sentence(&self, _: &mut String, _: &Sentences<'_>, _: &Context<'_>) {}
}

/// A JSON document written as the renderer goes, section by section and entry by entry, one
/// line: the text `serde_json::to_string` writes for the same document (a test holds them
/// equal), keys and punctuation written as constant pieces. Names are most of a document and
/// need no escaping: each string is checked eight bytes at a time and copied whole. (Through
/// serde the 10,000-entry benchmark took 2-3 times as long: it checks and writes strings byte
/// by byte and formats each language tag, and it needs the whole document built first.)
pub(crate) struct JsonPage {
    w: Writer,
    /// Whether the next section or entry is the first of its list.
    first: bool,
}

impl JsonPage {
    /// Starts a document of about `entries` entries.
    pub(crate) fn begin(head: &Head<'_>, entries: usize) -> Self {
        let mut w = Writer(String::with_capacity(entries * 512 + 1024));
        w.raw("{\"statement\":");
        w.str(head.statement);
        w.raw(",\"locale\":");
        w.str(&head.locale);
        w.raw(",\"messages_locale\":");
        w.str(&head.messages_locale);
        w.raw(",\"direction\":");
        w.str(head.direction);
        w.raw(",\"calendar\":");
        w.str(head.calendar);
        w.raw(",\"heading\":");
        w.str(head.heading);
        w.raw(",\"as_of\":");
        w.opt_str(head.as_of.as_deref());
        w.raw(",\"more_possible\":");
        w.bool(head.more_possible);
        w.raw(",\"sections\":[");
        JsonPage { w, first: true }
    }

    /// Starts a section.
    fn section(&mut self, kind: SectionKind, heading: Option<&str>) {
        if !std::mem::replace(&mut self.first, true) {
            self.w.raw(",");
        }
        self.w.raw("{\"kind\":");
        self.w.str(kind.as_str());
        self.w.raw(",\"heading\":");
        self.w.opt_str(heading);
        self.w.raw(",\"entries\":[");
    }

    /// An entry of the section last started: its parts, its number (as a number and as the
    /// edition prints it) and its text.
    fn entry(&mut self, e: &ResolvedEntry<'_>, number: Option<(usize, &str)>, text: &str) {
        use std::fmt::Write as _;
        let w = &mut self.w;
        if !std::mem::replace(&mut self.first, false) {
            w.raw(",");
        }
        w.raw("{\"number\":");
        match number {
            Some((n, _)) => {
                let _ = write!(w.0, "{n}");
            }
            None => w.raw("null"),
        }
        w.raw(",\"number_text\":");
        w.opt_str(number.map(|(_, t)| t));
        w.raw(",\"org\":");
        w.str(e.org);
        w.raw(",\"text\":");
        w.str(text);
        w.raw(",\"acronym\":");
        w.opt_part(e.acronym.as_ref());
        w.raw(",\"name\":");
        w.part(&e.name);
        w.raw(",\"transliteration\":");
        w.opt_part(e.transliteration.as_ref());
        w.raw(",\"translation\":");
        w.opt_part(e.translation.as_ref());
        w.raw(",\"name_in_edition\":");
        w.part(&e.name_in_edition);
        w.raw(",\"translated\":");
        w.bool(e.translated);
        w.raw(",\"country\":");
        w.opt_str(e.country.as_deref());
        w.raw(",\"country_always\":");
        w.opt_str(e.country_always.as_deref());
        w.raw("}");
    }

    /// Ends the section last started.
    fn end_section(&mut self) {
        self.w.raw("]}");
        self.first = false;
    }

    /// Ends the document.
    fn end(
        mut self,
        summary: Option<&str>,
        untranslated: &[String],
        warnings: &[String],
    ) -> String {
        let w = &mut self.w;
        w.raw("],\"summary\":");
        w.opt_str(summary);
        w.raw(",\"untranslated\":");
        w.list(untranslated, |w, s| w.str(s));
        w.raw(",\"warnings\":");
        w.list(warnings, |w, s| w.str(s));
        w.raw("}\n");
        self.w.0
    }
}

impl Page for JsonPage {
    fn section(&mut self, section: &SectionStart<'_>) {
        JsonPage::section(self, section.kind, section.heading);
    }

    fn entry(&mut self, _: &SectionStart<'_>, item: &Item<'_>) {
        JsonPage::entry(self, item.resolved, item.number, item.entry);
    }

    fn end_section(&mut self, _: &SectionStart<'_>) {
        JsonPage::end_section(self);
    }

    fn end(
        self: Box<Self>,
        summary: Option<&str>,
        untranslated: &[String],
        warnings: &[String],
    ) -> String {
        JsonPage::end(*self, summary, untranslated, warnings)
    }
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
        let lang = p.lang.id();
        self.0.push_str(lang.language.as_str());
        if let Some(script) = &lang.script {
            self.0.push('-');
            self.0.push_str(script.as_str());
        }
        if let Some(region) = &lang.region {
            self.0.push('-');
            self.0.push_str(region.as_str());
        }
        for variant in lang.variants() {
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
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use crate::error::Error;
    use crate::render::entry::Part;
    use crate::render::{
        OutputFormat, {RenderOptions, Renderer, Style},
    };
    use crate::statement::SectionKind;

    use super::Writer;

    /// The reference: the document as structures `serde_json` serializes.
    #[derive(serde::Serialize)]
    struct JsonDoc<'a> {
        statement: &'a str,
        locale: String,
        messages_locale: String,
        direction: &'static str,
        calendar: &'static str,
        heading: String,
        as_of: Option<String>,
        more_possible: bool,
        sections: Vec<JsonSection<'a>>,
        summary: Option<String>,
        untranslated: Vec<String>,
        warnings: Vec<String>,
    }

    #[derive(serde::Serialize)]
    struct JsonSection<'a> {
        kind: SectionKind,
        heading: Option<String>,
        entries: Vec<JsonEntry<'a>>,
    }

    #[derive(serde::Serialize)]
    struct JsonEntry<'a> {
        number: Option<usize>,
        number_text: Option<String>,
        org: &'a str,
        text: String,
        acronym: Option<Part<'a>>,
        name: Part<'a>,
        transliteration: Option<Part<'a>>,
        translation: Option<Part<'a>>,
        name_in_edition: Part<'a>,
        translated: bool,
        country: Option<Cow<'a, str>>,
        country_always: Option<Cow<'a, str>>,
    }

    /// The document of an edition built from the renderer's parts and written by `serde_json`.
    fn by_serde(
        renderer: &Renderer,
        registry: &crate::Registry,
        statement: &crate::Statement,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        let layout = super::super::of(OutputFormat::Json);
        let ctx = renderer.context();
        let places = renderer.place_names(registry, statement);
        let resolved = renderer.resolve(registry, statement, &places)?;
        let mut untranslated: Vec<String> = Vec::new();
        for (_, e) in &resolved {
            if !e.translated && !untranslated.iter().any(|u| u == e.org) {
                untranslated.push(e.org.to_owned());
            }
        }
        let mut rest = resolved.into_iter();
        let mut sections = Vec::new();
        for section in &statement.sections {
            let numbered = section.kind == SectionKind::Initial
                && options.numbering == crate::render::Numbering::Numbered;
            let mut entries = Vec::new();
            for (i, (_, e)) in rest.by_ref().take(section.entries.len()).enumerate() {
                let mut text = String::new();
                renderer.entry_into(&mut text, &e, options.style, layout, &ctx)?;
                entries.push(JsonEntry {
                    number: numbered.then_some(i + 1),
                    number_text: numbered.then(|| renderer.format_number(i + 1)),
                    org: e.org,
                    text,
                    acronym: e.acronym,
                    name: e.name,
                    transliteration: e.transliteration,
                    translation: e.translation,
                    name_in_edition: e.name_in_edition,
                    translated: e.translated,
                    country: e.country,
                    country_always: e.country_always,
                });
            }
            sections.push(JsonSection {
                kind: section.kind,
                heading: renderer.section_heading(section.kind, layout)?,
                entries,
            });
        }
        let doc = JsonDoc {
            statement: &statement.id,
            locale: renderer.edition().to_string(),
            messages_locale: renderer.messages_locale().to_string(),
            direction: renderer.direction().as_str(),
            calendar: renderer.calendar(),
            heading: renderer.heading(statement, layout)?,
            as_of: statement.as_of.map(|d| d.to_string()),
            more_possible: statement.more_possible,
            sections,
            summary: if options.summary {
                Some(renderer.summary(registry, statement, OutputFormat::Json)?)
            } else {
                None
            },
            warnings: renderer
                .warnings_with(&untranslated, places.untranslated_areas())
                .iter()
                .map(ToString::to_string)
                .collect(),
            untranslated,
        };
        let mut s = serde_json::to_string(&doc).map_err(|e| Error::LocaleData(e.to_string()))?;
        s.push('\n');
        Ok(s)
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
        let registry = crate::seed::registry()?;
        let statement = registry
            .statements()
            .first()
            .ok_or_else(|| Error::LocaleData("no statement".into()))?;
        // A second statement with a subsequent section, unnumbered.
        let mut later = statement.clone();
        if let Some(first) = later.sections.first().cloned() {
            let mut subsequent = first;
            subsequent.kind = SectionKind::Subsequent;
            later.sections.push(subsequent);
        }
        let mut checked = 0;
        for locale in Renderer::available_locales() {
            let renderer = Renderer::try_new(&locale)?;
            for (style, st, numbering) in [
                (Style::Full, statement, crate::render::Numbering::Numbered),
                (Style::Short, &later, crate::render::Numbering::Plain),
                (Style::NameFirst, &later, crate::render::Numbering::Numbered),
            ] {
                let options = RenderOptions::default()
                    .with_format(OutputFormat::Json)
                    .with_style(style)
                    .with_numbering(numbering)
                    .with_summary(true);
                let written = renderer.render(&registry, st, &options)?;
                let reference = by_serde(&renderer, &registry, st, &options)?;
                assert_eq!(written.as_str(), reference, "{locale} {style:?}");
                checked += 1;
            }
        }
        assert!(checked >= 30, "{checked}");
        Ok(())
    }
}
