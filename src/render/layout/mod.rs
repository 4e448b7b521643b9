//! One layout per output format: how message text and data are escaped, how the parts of a page
//! (heading, sections, items, summary) are laid out, and how lines keep the edition's writing
//! direction.

pub(crate) mod html;
pub(crate) mod json;
mod markdown;
mod text;

use icu_locale::subtags::Script;
use unic_langid::LanguageIdentifier;

use super::OutputFormat;
use crate::text::Direction;

/// What layouts need to know of the edition.
pub(crate) struct Context<'a> {
    /// The edition's language.
    pub(crate) edition: &'a LanguageIdentifier,
    /// The likely script of the edition's language.
    pub(crate) script: Option<Script>,
    /// The edition's writing direction.
    pub(crate) direction: Direction,
    /// The CSS counter style of the edition's digits, where they are not ASCII.
    pub(crate) list_style: Option<&'static str>,
}

/// A section of a page, as a layout starts and ends it.
pub(crate) struct SectionStart<'a> {
    /// Its place on the page (0 for the first).
    pub(crate) index: usize,
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
}

/// A layout: one output format.
pub(crate) trait Layout: Sync {
    /// The format this layout writes.
    fn format(&self) -> OutputFormat;
    /// Appends text of a message (not data), escaped as the format needs.
    fn literal(&self, out: &mut String, s: &str);
    /// Appends a data string (a name, a country): escaped, isolated where its direction is not
    /// the edition's, marked with its language where the format can.
    fn data(&self, out: &mut String, s: &str, lang: Option<&LanguageIdentifier>, ctx: &Context<'_>);
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
        OutputFormat::Text => &text::Text,
        OutputFormat::Markdown => &markdown::Markdown,
        OutputFormat::Html => &html::Html,
        OutputFormat::Json => &json::Json,
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
