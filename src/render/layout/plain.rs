//! Plain text and Markdown, one layout with a parameter: the heading, a blank line, a line per
//! entry, the summary. Plain text is the published form of a list; Markdown is that form with
//! a list per section (`1.` or `-` markers) and data escaped so that it prints as itself. In
//! both, names of the other writing direction are isolated (FSI … PDI) and every line takes
//! the edition's direction.

use crate::locale::Language;

use super::{
    Context, Item, Layout, PageLayout, SectionStart, isolated, line, plain_begin, plain_end,
    plain_section,
};
use crate::render::OutputFormat;

/// A layout of lines: plain text or Markdown.
pub(super) enum Plain {
    Text,
    Markdown,
}

impl Layout for Plain {
    fn format(&self) -> OutputFormat {
        match self {
            Plain::Text => OutputFormat::Text,
            Plain::Markdown => OutputFormat::Markdown,
        }
    }

    fn literal(&self, out: &mut String, s: &str) {
        match self {
            Plain::Text => out.push_str(s),
            // Message text is text too (a message file may come from anyone): escaped as data
            // is, but for a colon that begins no link ("Signatories:" stays as it is).
            Plain::Markdown => escape_text(out, s, false),
        }
    }

    fn data(&self, out: &mut String, s: &str, _: Option<&Language>, ctx: &Context<'_>) {
        match self {
            Plain::Text => isolated(out, s, ctx, |out, s| out.push_str(s)),
            Plain::Markdown => isolated(out, s, ctx, escape),
        }
    }
}

impl PageLayout for Plain {
    fn begin(&self, out: &mut String, heading: &str, ctx: &Context<'_>) {
        plain_begin(out, heading, ctx);
    }

    fn section(&self, out: &mut String, section: &SectionStart<'_>, ctx: &Context<'_>) {
        plain_section(out, section, ctx, matches!(self, Plain::Markdown));
    }

    fn item(
        &self,
        out: &mut String,
        section: &SectionStart<'_>,
        item: &Item<'_>,
        ctx: &Context<'_>,
    ) {
        match self {
            Plain::Text => {
                // A plain line (no numbering, no bullet) is the entry itself.
                let text = if item.line.is_empty() {
                    item.entry
                } else {
                    item.line
                };
                if section.numbered {
                    line(out, "  ", text, ctx);
                    out.push('\n');
                } else {
                    line(out, "", text, ctx);
                }
            }
            // Markdown numbers lists in ASCII digits only: the renderer shows them.
            Plain::Markdown if section.numbered => {
                // The marker written first: a line's direction mark comes after a marker that
                // is not white space, as `line` places it after such a prefix.
                use std::fmt::Write as _;
                let _ = write!(out, "{}. ", item.index + 1);
                line(out, "", item.entry, ctx);
            }
            Plain::Markdown => line(out, "- ", item.entry, ctx),
        }
    }

    fn end_section(&self, out: &mut String, _: &SectionStart<'_>, _: &Context<'_>) {
        if let Plain::Markdown = self {
            out.push('\n');
        }
    }

    fn end(&self, out: &mut String, summary: Option<&str>, ctx: &Context<'_>) {
        plain_end(out, summary, ctx);
    }
}

/// Escapes text for Markdown so that it prints as itself: no emphasis, link, HTML or list
/// syntax, and nothing a renderer turns into a link by itself. GitHub's autolinks (`www.`,
/// `http://`, e-mail addresses) and markdown-it's linkify (bare domains) both work on unbroken
/// runs of text; a backslash-escaped `:`, `@`, or `.` between letters splits the run, and renders
/// as the character itself. An e-mail address also gets an empty HTML comment after its `@`
/// (GitHub finds addresses after escapes are joined); a renderer that shows raw HTML as text
/// (markdown-it with `html: false`) shows it, a price paid only by names that hold an address.
fn escape(out: &mut String, s: &str) {
    escape_text(out, s, true);
}

/// As [`escape`]; a colon is escaped only before a `/` (`scheme://`) unless `every_colon`.
fn escape_text(out: &mut String, s: &str, every_colon: bool) {
    let leading_digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let list_marker = i == 0 && matches!(c, '-' | '+')
            || (i == leading_digits && leading_digits > 0 && matches!(c, '.' | ')'));
        let link_dot = c == '.'
            && prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(char::is_alphanumeric);
        if c == '@'
            && prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | '+' | '-' | '_'))
            && next.is_some_and(char::is_alphanumeric)
        {
            out.push_str("\\@<!-- -->");
            prev = Some(c);
            continue;
        }
        prev = Some(c);
        if list_marker
            || link_dot
            || (c == ':' && (every_colon || next == Some('/')))
            || c == '@'
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
}
