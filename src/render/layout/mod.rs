//! One layout per output format: how message text and data are escaped, how the parts of a page
//! (heading, sections, items, summary) are laid out, and how lines keep the edition's writing
//! direction.

pub(crate) mod html;
pub(crate) mod json;
mod plain;

use crate::locale::Language;
use icu_locale::subtags::Script;

use super::OutputFormat;
use super::entry::ResolvedEntry;
use crate::statement::SectionKind;
use crate::text::Direction;

/// What layouts need to know of the edition, or of the sentences they are writing.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The language of the text being written: the edition's, or inside a sentence of
    /// fallback messages the messages' language.
    pub(crate) edition: &'a Language,
    /// The likely script of that language.
    pub(crate) script: Option<Script>,
    /// The direction of the text being written.
    pub(crate) direction: Direction,
    /// The CSS counter style of the edition's digits, where they are not ASCII.
    pub(crate) list_style: Option<&'static str>,
    /// The language of data given without one (dates, numbers, country names): always the
    /// edition's.
    pub(crate) data_lang: &'a Language,
    /// Where the edition's sentences come from another language's messages (a fallback): that
    /// language, its script and direction. Each sentence is then marked as that language's
    /// text and isolated in its direction, so that UAX #9 lays it out as a sentence of its
    /// own inside the edition's paragraphs.
    pub(crate) sentences: Option<Sentences<'a>>,
}

/// The language of the messages of an edition that has none of its own.
#[derive(Clone, Copy)]
pub(crate) struct Sentences<'a> {
    pub(crate) lang: &'a Language,
    pub(crate) script: Option<Script>,
    pub(crate) direction: Direction,
}

impl<'a> Context<'a> {
    /// The context inside one sentence of fallback messages: text of their language and
    /// direction, data of the edition's language marked and isolated against them.
    pub(crate) fn inside_sentence(&self) -> Context<'a> {
        match self.sentences {
            None => *self,
            Some(s) => Context {
                edition: s.lang,
                script: s.script,
                direction: s.direction,
                sentences: None,
                ..*self
            },
        }
    }

    /// The context without sentence marking (for pieces that go into other messages as data).
    pub(crate) fn plain(&self) -> Context<'a> {
        Context {
            sentences: None,
            ..*self
        }
    }
}

/// A section of a page, as a layout starts and ends it.
pub(crate) struct SectionStart<'a> {
    /// Its place on the page (0 for the first).
    pub(crate) index: usize,
    /// What the section holds.
    pub(crate) kind: SectionKind,
    /// Numbered (an initial section with numbering on).
    pub(crate) numbered: bool,
    /// The heading of a section of subsequent signatories.
    pub(crate) heading: Option<&'a str>,
}

/// An entry of a section.
pub(crate) struct Item<'a> {
    /// Its place in the section (0 for the first).
    pub(crate) index: usize,
    /// The entry, formatted for the layout.
    pub(crate) entry: &'a str,
    /// The entry as a line of plain text with its number or bullet (the edition's
    /// `item-numbered` or `item-bulleted` message), for layouts without list markup; empty
    /// where the line is the entry itself, or the layout has list markup.
    pub(crate) line: &'a str,
    /// Its number, as a number and in the edition's digits, in a numbered section.
    pub(crate) number: Option<(usize, &'a str)>,
    /// The entry's parts.
    pub(crate) resolved: &'a ResolvedEntry<'a>,
}

/// A layout's way with text: one output format.
pub(crate) trait Layout: Sync {
    /// The format this layout writes.
    fn format(&self) -> OutputFormat;
    /// Appends text of a message (not data), escaped as the format needs.
    fn literal(&self, out: &mut String, s: &str);
    /// Appends a data string (a name, a country): escaped, isolated where its direction is not
    /// the context's, marked with its language where the format can.
    fn data(&self, out: &mut String, s: &str, lang: Option<&Language>, ctx: &Context<'_>);
    /// Opens a sentence of fallback messages (`ctx.sentences`): marked with their language
    /// where the format can, isolated in their direction where it is not the edition's.
    fn open_sentence(&self, out: &mut String, sentences: &Sentences<'_>, ctx: &Context<'_>) {
        if sentences.direction != ctx.direction {
            out.push(match sentences.direction {
                Direction::Ltr => '\u{2066}',
                Direction::Rtl => '\u{2067}',
            });
        }
    }
    /// Closes what [`Layout::open_sentence`] opened.
    fn close_sentence(&self, out: &mut String, sentences: &Sentences<'_>, ctx: &Context<'_>) {
        if sentences.direction != ctx.direction {
            out.push('\u{2069}');
        }
    }
}

/// The page of a layout with markup of its own (text, Markdown, HTML), laid out part by part.
pub(crate) trait PageLayout: Layout {
    /// Starts a page with its heading. A page is laid out as it is rendered, entry by entry,
    /// so that rendering holds one entry at a time rather than the whole list twice over.
    fn begin(&self, out: &mut String, heading: &str, ctx: &Context<'_>);
    /// Starts a section.
    fn section(&self, out: &mut String, section: &SectionStart<'_>, ctx: &Context<'_>);
    /// Lays out an entry of the section last started.
    fn item(
        &self,
        out: &mut String,
        section: &SectionStart<'_>,
        item: &Item<'_>,
        ctx: &Context<'_>,
    );
    /// Ends a section.
    fn end_section(&self, out: &mut String, section: &SectionStart<'_>, ctx: &Context<'_>);
    /// Ends the page, with its summary.
    fn end(&self, out: &mut String, summary: Option<&str>, ctx: &Context<'_>);
}

/// The layout of a format.
pub(crate) fn of(format: OutputFormat) -> &'static dyn Layout {
    match format {
        OutputFormat::Text => &plain::Plain::Text,
        OutputFormat::Markdown => &plain::Plain::Markdown,
        OutputFormat::Html => &html::Html,
        OutputFormat::Json => &json::Json,
    }
}

/// What a page starts with.
pub(crate) struct Head<'a> {
    pub(crate) statement: &'a str,
    pub(crate) locale: String,
    pub(crate) messages_locale: String,
    pub(crate) direction: &'static str,
    pub(crate) calendar: &'static str,
    pub(crate) heading: &'a str,
    pub(crate) as_of: Option<String>,
    pub(crate) more_possible: bool,
}

/// A page of any format, written as the renderer goes: section by section, entry by entry,
/// so that rendering holds one entry at a time rather than the whole list twice over.
pub(crate) trait Page {
    /// Starts a section.
    fn section(&mut self, section: &SectionStart<'_>);
    /// An entry of the section last started.
    fn entry(&mut self, section: &SectionStart<'_>, item: &Item<'_>);
    /// Ends the section last started.
    fn end_section(&mut self, section: &SectionStart<'_>);
    /// Ends the page with its summary, and returns it.
    fn end(
        self: Box<Self>,
        summary: Option<&str>,
        untranslated: &[String],
        warnings: &[String],
    ) -> String;
}

/// Starts the page of a format for about `entries` entries.
pub(crate) fn page<'c>(
    format: OutputFormat,
    head: &Head<'_>,
    entries: usize,
    ctx: Context<'c>,
) -> Box<dyn Page + 'c> {
    let layout: &'static dyn PageLayout = match format {
        OutputFormat::Json => return Box::new(json::JsonPage::begin(head, entries)),
        OutputFormat::Text => &plain::Plain::Text,
        OutputFormat::Markdown => &plain::Plain::Markdown,
        OutputFormat::Html => &html::Html,
    };
    let mut out = String::with_capacity(entries * 112 + 1024);
    layout.begin(&mut out, head.heading, &ctx);
    Box::new(LayoutPage { layout, out, ctx })
}

/// A page of a [`PageLayout`].
struct LayoutPage<'c> {
    layout: &'static dyn PageLayout,
    out: String,
    ctx: Context<'c>,
}

impl Page for LayoutPage<'_> {
    fn section(&mut self, section: &SectionStart<'_>) {
        self.layout.section(&mut self.out, section, &self.ctx);
    }

    fn entry(&mut self, section: &SectionStart<'_>, item: &Item<'_>) {
        self.layout.item(&mut self.out, section, item, &self.ctx);
    }

    fn end_section(&mut self, section: &SectionStart<'_>) {
        self.layout.end_section(&mut self.out, section, &self.ctx);
    }

    fn end(mut self: Box<Self>, summary: Option<&str>, _: &[String], _: &[String]) -> String {
        self.layout.end(&mut self.out, summary, &self.ctx);
        self.out
    }
}

/// Appends `s`, isolated with FSI … PDI when its direction is not the edition's: the plain-text
/// form of bidi isolation (UAX #9), shared by the text and Markdown layouts.
fn isolated(out: &mut String, s: &str, ctx: &Context<'_>, write: impl FnOnce(&mut String, &str)) {
    let isolate = crate::text::direction(s).is_some_and(|d| d != ctx.direction);
    if isolate {
        out.push('\u{2068}');
    }
    write(out, s);
    if isolate {
        out.push('\u{2069}');
    }
}

/// Starts a page of a plain-text layout (text, Markdown): its heading and a blank line.
fn plain_begin(out: &mut String, heading: &str, ctx: &Context<'_>) {
    line(out, "", heading, ctx);
    out.push('\n');
}

/// Starts a section of a plain-text layout: its heading (a blank line after it where
/// `blank_after_heading`), or a blank line between sections.
fn plain_section(
    out: &mut String,
    section: &SectionStart<'_>,
    ctx: &Context<'_>,
    blank_after_heading: bool,
) {
    if let Some(h) = section.heading {
        line(out, "", h, ctx);
        if blank_after_heading {
            out.push('\n');
        }
    } else if section.index > 0 {
        out.push('\n');
    }
}

/// Ends a page of a plain-text layout: its summary after a blank line.
fn plain_end(out: &mut String, summary: Option<&str>, ctx: &Context<'_>) {
    if let Some(s) = summary {
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        line(out, "", s, ctx);
    }
}

/// Appends a line of a plain-text layout: with a direction mark first where the line would
/// otherwise take the other direction as a paragraph of its own (UAX #9 P2–P3), after `prefix`
/// (indentation, a list marker) that carries no strong direction.
fn line(out: &mut String, prefix: &str, content: &str, ctx: &Context<'_>) {
    match crate::text::direction_mark(content, ctx.direction) {
        // Indentation comes after the mark; a list marker before it, to stay a list marker.
        Some(m) if prefix.trim().is_empty() => {
            out.push(m);
            out.push_str(prefix);
        }
        Some(m) => {
            out.push_str(prefix);
            out.push(m);
        }
        None => out.push_str(prefix),
    }
    out.push_str(content);
    out.push('\n');
}
