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

/// A rendered list, in parts, for a layout to lay out.
pub(crate) struct Page {
    pub(crate) heading: String,
    pub(crate) sections: Vec<PageSection>,
    pub(crate) summary: Option<String>,
    /// The text of every entry, one after another ([`PageItem::entry`]).
    pub(crate) entries: String,
    /// The text of every line ([`PageItem::line`]).
    pub(crate) lines: String,
}

impl Page {
    /// An item's entry.
    pub(crate) fn entry(&self, item: &PageItem) -> &str {
        self.entries.get(item.entry.clone()).unwrap_or_default()
    }

    /// An item's line: its numbered or bulleted line, else the entry itself.
    pub(crate) fn line(&self, item: &PageItem) -> &str {
        match self.lines.get(item.line.clone()) {
            Some(l) if !l.is_empty() => l,
            _ => self.entry(item),
        }
    }
}

/// A section of a [`Page`].
pub(crate) struct PageSection {
    /// Numbered (an initial section with numbering on).
    pub(crate) numbered: bool,
    /// The heading of a section of subsequent signatories.
    pub(crate) heading: Option<String>,
    pub(crate) items: Vec<PageItem>,
}

/// An entry of a [`PageSection`]: where its texts are in the page's buffers (one buffer for
/// all entries rather than two strings each).
pub(crate) struct PageItem {
    /// The entry, formatted for the layout, in [`Page::entries`].
    pub(crate) entry: std::ops::Range<usize>,
    /// The entry as a line of plain text with its number or bullet (the edition's
    /// `item-numbered` or `item-bulleted` message), for layouts without list markup, in
    /// [`Page::lines`]; empty where the line is the entry itself, or the layout has list
    /// markup.
    pub(crate) line: std::ops::Range<usize>,
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
    /// Lays out a page.
    fn page(&self, out: &mut String, page: &Page, ctx: &Context<'_>);
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
