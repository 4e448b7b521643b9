//! HTML: a fragment with the edition's `lang` and `dir`, an `<ol>`/`<ul>` per section numbered in
//! the edition's digits, foreign names marked with their `lang`, names of the other direction in
//! `<bdi>`, every string escaped.

use std::fmt::Write as _;

use crate::locale::Language;

use super::{Context, Item, Layout, PageLayout, SectionStart, Sentences};
use crate::render::OutputFormat;

pub(super) struct Html;

impl Layout for Html {
    fn format(&self) -> OutputFormat {
        OutputFormat::Html
    }

    fn literal(&self, out: &mut String, s: &str) {
        escape(out, s);
    }

    fn data(&self, out: &mut String, s: &str, lang: Option<&Language>, ctx: &Context<'_>) {
        let other_direction = crate::text::direction(s).is_some_and(|d| d != ctx.direction);
        // Data without a language is in the edition's (a date, a country name).
        let foreign = Some(lang.unwrap_or(ctx.data_lang)).filter(|l| {
            *l != ctx.edition
                && (l.id().language != ctx.edition.id().language
                    || crate::locale::likely_script(l.id()) != ctx.script)
        });
        let element = if other_direction {
            Some("bdi")
        } else if foreign.is_some() {
            Some("span")
        } else {
            None
        };
        if let Some(el) = element {
            out.push('<');
            out.push_str(el);
            if let Some(l) = foreign {
                let _ = write!(out, " lang=\"{l}\"");
            }
            out.push('>');
        }
        escape(out, s);
        if let Some(el) = element {
            let _ = write!(out, "</{el}>");
        }
    }

    fn open_sentence(&self, out: &mut String, sentences: &Sentences<'_>, _: &Context<'_>) {
        let _ = write!(
            out,
            "<span lang=\"{}\" dir=\"{}\">",
            sentences.lang,
            sentences.direction.as_str()
        );
    }

    fn close_sentence(&self, out: &mut String, _: &Sentences<'_>, _: &Context<'_>) {
        out.push_str("</span>");
    }
}

impl PageLayout for Html {
    fn begin(&self, out: &mut String, heading: &str, ctx: &Context<'_>) {
        let _ = writeln!(
            out,
            "<div class=\"signatories\" lang=\"{}\" dir=\"{}\">",
            ctx.edition,
            ctx.direction.as_str()
        );
        let _ = writeln!(out, "<p>{heading}</p>");
    }

    fn section(&self, out: &mut String, section: &SectionStart<'_>, ctx: &Context<'_>) {
        if let Some(h) = section.heading {
            let _ = writeln!(out, "<p>{h}</p>");
        }
        let open = if section.numbered { "ol" } else { "ul" };
        match ctx.list_style.filter(|_| section.numbered) {
            Some(style) => {
                let _ = writeln!(out, "<{open} style=\"list-style-type: {style}\">");
            }
            None => {
                let _ = writeln!(out, "<{open}>");
            }
        }
    }

    fn item(&self, out: &mut String, _: &SectionStart<'_>, item: &Item<'_>, _: &Context<'_>) {
        out.push_str("<li>");
        out.push_str(item.entry);
        out.push_str("</li>\n");
    }

    fn end_section(&self, out: &mut String, section: &SectionStart<'_>, _: &Context<'_>) {
        out.push_str(if section.numbered {
            "</ol>\n"
        } else {
            "</ul>\n"
        });
    }

    fn end(&self, out: &mut String, summary: Option<&str>, _: &Context<'_>) {
        if let Some(s) = summary {
            let _ = writeln!(out, "<p>{s}</p>");
        }
        out.push_str("</div>\n");
    }
}

/// A whole HTML document holding rendered HTML editions (fragments): `<!DOCTYPE html>`, the
/// character set declared (`<meta charset="utf-8">`, so that no browser guesses), a title, and
/// each edition in a `<section>`, with a rule between editions. Each edition's own element
/// carries its `lang` and `dir`.
pub fn document(title: &str, editions: &[&str]) -> String {
    let mut out = String::with_capacity(editions.iter().map(|e| e.len() + 32).sum::<usize>() + 256);
    out.push_str("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    escape(&mut out, title);
    out.push_str("</title>\n</head>\n<body>\n");
    for (i, e) in editions.iter().enumerate() {
        if i > 0 {
            out.push_str("<hr>\n");
        }
        out.push_str("<section>\n");
        out.push_str(e.trim_end());
        out.push_str("\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

pub(crate) fn escape(out: &mut String, s: &str) {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
