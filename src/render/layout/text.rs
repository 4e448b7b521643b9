//! Plain text: the published form of a list. Names of the other writing direction are isolated
//! (FSI … PDI), and every line takes the edition's direction.

use unic_langid::LanguageIdentifier;

use super::{Context, Layout, Page, isolated, line};
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

    fn page(&self, out: &mut String, page: &Page, ctx: &Context<'_>) {
        line(out, "", &page.heading, ctx);
        out.push('\n');
        for (i, section) in page.sections.iter().enumerate() {
            if let Some(h) = &section.heading {
                line(out, "", h, ctx);
            } else if i > 0 {
                out.push('\n');
            }
            for item in &section.items {
                // A plain line (no numbering, no bullet) is the entry itself.
                let text = page.line(item);
                if section.numbered {
                    line(out, "  ", text, ctx);
                    out.push('\n');
                } else {
                    line(out, "", text, ctx);
                }
            }
        }
        if let Some(s) = &page.summary {
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
            line(out, "", s, ctx);
        }
    }
}
