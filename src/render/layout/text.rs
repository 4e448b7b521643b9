//! Plain text: the published form of a list. Names of the other writing direction are isolated
//! (FSI … PDI), and every line takes the edition's direction.

use unic_langid::LanguageIdentifier;

use super::{
    Context, Item, Layout, PageLayout, SectionStart, isolated, line, plain_begin, plain_end,
    plain_section,
};
use crate::render::OutputFormat;

pub(super) struct Text;

impl Layout for Text {
    fn format(&self) -> OutputFormat {
        OutputFormat::Text
    }

    fn literal(&self, out: &mut String, s: &str) {
        out.push_str(s);
    }

    fn data(&self, out: &mut String, s: &str, _: Option<&LanguageIdentifier>, ctx: &Context<'_>) {
        isolated(out, s, ctx, |out, s| out.push_str(s));
    }
}

impl PageLayout for Text {
    fn begin(&self, out: &mut String, heading: &str, ctx: &Context<'_>) {
        plain_begin(out, heading, ctx);
    }

    fn section(&self, out: &mut String, section: &SectionStart<'_>, ctx: &Context<'_>) {
        plain_section(out, section, ctx, false);
    }

    fn item(
        &self,
        out: &mut String,
        section: &SectionStart<'_>,
        item: &Item<'_>,
        ctx: &Context<'_>,
    ) {
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

    fn end_section(&self, _: &mut String, _: &SectionStart<'_>, _: &Context<'_>) {}

    fn end(&self, out: &mut String, summary: Option<&str>, ctx: &Context<'_>) {
        plain_end(out, summary, ctx);
    }
}
