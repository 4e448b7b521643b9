//! A review page of a reading: each line of the page beside what the reader made of it (an
//! entry and its fields, the heading, a skipped line and why), doubts marked, so that a person
//! sees at a glance what to correct before the list is applied. The page is well-formed XHTML
//! (every element closed, every text escaped) and holds every line of the input.

use super::lines::normalize_line_ends;
use super::{DoubtReason, ParsedEntry, ParsedList, SpelledPart};
use crate::render::layout::html::escape;
use std::collections::HashMap;
use std::fmt::Write as _;

const STYLE: &str = "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;\
width:100%}td,th{border-bottom:1px solid #ddd;padding:2px 6px;vertical-align:top;text-align:start}\
td.n{color:#777;text-align:end;width:3em}td.t{width:45%;unicode-bidi:plaintext}\
td.t,td.r{overflow-wrap:anywhere}\
tr.entry td.r{background:#eef7ee}tr.heading td.r{background:#eef0fa}\
tr.skipped td.r{color:#777}tr.doubt td{background:#fff0d0}tr.doubt td.r{font-weight:bold}\
span.f{color:#555;font-size:90%}span.c{font-size:85%;color:#555}dl{margin:0}";

/// What the reader made of each line: its rows' classes and descriptions.
fn readings(list: &ParsedList) -> HashMap<usize, Vec<(&'static str, String)>> {
    let mut by_line: HashMap<usize, Vec<(&'static str, String)>> = HashMap::new();
    for e in &list.entries {
        let first = e.lines.first().copied().unwrap_or(0);
        by_line
            .entry(first)
            .or_default()
            .push(("entry", describe_entry(e)));
        for &l in e.lines.iter().skip(1) {
            by_line
                .entry(l)
                .or_default()
                .push(("entry", format!("(continues the entry of line {first})")));
        }
    }
    if let Some(h) = &list.heading {
        let date = h.as_of.map_or_else(String::new, |d| format!(", as of {d}"));
        by_line
            .entry(h.line)
            .or_default()
            .push(("heading", format!("heading{date}")));
    }
    for s in &list.skipped {
        let reason = serde_json::to_value(s.reason)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        by_line
            .entry(s.line)
            .or_default()
            .push(("skipped", format!("skipped: {reason}")));
    }
    for d in &list.doubts {
        let why = match d.reason {
            DoubtReason::SkippedNameLike => "doubt: skipped, but looks like a name",
            DoubtReason::UncertainEntry => "doubt: read with low confidence",
        };
        by_line
            .entry(d.line)
            .or_default()
            .push(("doubt", why.to_owned()));
    }
    by_line
}

/// An entry's fields, one per part, with the pattern and confidence.
fn describe_entry(e: &ParsedEntry) -> String {
    let mut parts = Vec::new();
    for (label, v) in [
        ("acronym", &e.acronym),
        ("name", &e.name),
        ("transliteration", &e.transliteration),
        ("translation", &e.translation),
        ("country", &e.country),
        ("code", &e.country_code),
        ("note", &e.note),
    ] {
        if let Some(v) = v {
            parts.push(format!("{label}: {v}"));
        }
    }
    // A part printed otherwise than known: what to correct in the edition.
    for d in &e.spellings {
        let part = match d.part {
            SpelledPart::Country => "country",
        };
        parts.push(format!(
            "{part} misspelled: {} (CLDR: {})",
            d.printed, d.known
        ));
    }
    let confidence = serde_json::to_value(e.confidence)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    format!(
        "{} [{} · {confidence}]",
        parts.join(" | "),
        if e.pattern.is_empty() { "-" } else { e.pattern }
    )
}

/// The review page of a reading of `input` (the text given to [`parse`](super::parse)).
pub fn review_html(input: &str, list: &ParsedList) -> String {
    let input = normalize_line_ends(input);
    let by_line = readings(list);
    let mut out = String::with_capacity(input.len() * 3 + 4096);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <title>Reading of a signatory list</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        list.language
    );
    let doubts = list.doubts.len();
    let _ = write!(
        out,
        "<h1>Reading of a signatory list</h1>\n<p>{} entries, {} lines skipped, {doubts} doubt{} \
         (marked); language {}{}.</p>\n",
        list.entries.len(),
        list.skipped.iter().filter(|s| !s.text.is_empty()).count(),
        if doubts == 1 { "" } else { "s" },
        list.language,
        if list.language_guessed {
            " (guessed)"
        } else {
            ""
        }
    );
    if list.entries.is_empty() {
        out.push_str("<p class=\"nolist\">No signatory list was found in this text.</p>\n");
    }
    out.push_str("<table>\n<tr><th>line</th><th>text</th><th>reading</th></tr>\n");
    for (i, text) in input.split('\n').enumerate() {
        let no = i + 1;
        let rows = by_line.get(&no);
        let doubt = rows.is_some_and(|r| r.iter().any(|(c, _)| *c == "doubt"));
        let class = match rows.and_then(|r| r.first()) {
            _ if doubt => "doubt",
            Some((c, _)) => c,
            None => "skipped",
        };
        let _ = write!(
            out,
            "<tr class=\"{class}\"><td class=\"n\">{no}</td><td class=\"t\">"
        );
        escape(&mut out, text);
        out.push_str("</td><td class=\"r\">");
        for (k, (_, what)) in rows.into_iter().flatten().enumerate() {
            if k > 0 {
                out.push_str("<br />");
            }
            escape(&mut out, what);
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}
