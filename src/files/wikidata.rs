//! Wikibase entity JSON (Wikidata's `Special:EntityData/Q….json`, `wbgetentities` answers and
//! the JSON dumps) into [`Incoming`] organizations.
//!
//! A dump is one entity a line between a `[` and a `]` line, each line but the last ending in
//! a comma: it is read a line at a time, each line parsed alone with the strict reader
//! (`json.rs`), so that a dump of any size takes the memory of its longest line. A document
//! that does not read line by line (an entity written over many lines) is read whole.
//!
//! What is read: labels and aliases with their language codes (through `wikimedia.rs`),
//! P1813 short names as acronyms, P1448 official names as the organization's own names, P17
//! countries (their items through the shipped table `wikidata_countries.rs`), P571 and P576
//! dates. Deprecated statements are left out. Item values are read in both spellings the
//! format has had: `{"id": "Q183"}` and `{"numeric-id": 183}`.

use std::io::{BufRead, Read as _};

use super::incoming::{Incoming, IncomingName, Notes, ReadReport, Sink};
use super::json;
use super::tree::{Key, Node, Value};
use crate::date::PartialDate;
use crate::error::{Error, ProblemKind};
use crate::organization::{Acronym, CountryCode, Name, NameKind, Place};

type Fields<'n, 'a> = &'n [(Key<'a>, Node<'a>)];

fn get<'n, 'a>(fields: Fields<'n, 'a>, name: &str) -> Option<&'n Node<'a>> {
    fields.iter().find(|(k, _)| k.name == name).map(|(_, v)| v)
}

fn table<'n, 'a>(node: &'n Node<'a>) -> Option<Fields<'n, 'a>> {
    match &node.value {
        Value::Table(f) => Some(f),
        _ => None,
    }
}

fn str_of<'n>(node: Option<&'n Node<'_>>) -> Option<&'n str> {
    match &node?.value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

/// Reads entity JSON from `reader` (a dump line by line, or a document), handing each item to
/// `each`.
pub(crate) fn read_lines(
    reader: &mut dyn BufRead,
    label: &str,
    max_bytes: u64,
    each: &mut dyn FnMut(Incoming),
) -> Result<ReadReport, Error> {
    let mut sink = Sink::new(label);
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut total: u64 = 0;
    let mut read_any = false;
    loop {
        buf.clear();
        let limit = max_bytes.saturating_sub(total).saturating_add(1);
        let n = reader
            .take(limit)
            .read_until(b'\n', &mut buf)
            .map_err(|e| io(label, e))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        total += n as u64;
        if total > max_bytes {
            return Err(super::input::too_large(label, None, max_bytes));
        }
        let text = line_text(std::mem::take(&mut buf), label, line_no)?;
        let body = dump_line(&text);
        if body.trim().is_empty() {
            buf = text.into_bytes();
            continue;
        }
        match json::parse(body) {
            Ok(root) => {
                read_any = true;
                let mut notes = Notes::new(&mut sink, body, line_no);
                document(&mut notes, &root, each);
            }
            Err(e) if !read_any => {
                // Not a dump: the whole document, this line and the rest.
                let mut whole = text;
                reader
                    .take(max_bytes.saturating_sub(total).saturating_add(1))
                    .read_to_string(&mut whole)
                    .map_err(|e| io(label, e))?;
                if (whole.len() as u64).saturating_add(total) > max_bytes.saturating_add(n as u64) {
                    return Err(super::input::too_large(label, None, max_bytes));
                }
                let _ = e;
                return read_whole(&whole, sink, line_no, each);
            }
            Err(e) => {
                let notes = Notes::new(&mut sink, body, line_no);
                let at = e.first().map_or(0..0, |e| e.span.clone());
                let message = e.first().map_or("", |e| e.message.as_str());
                return Err(notes.syntax(&at, message, body.trim()));
            }
        }
        buf = text.into_bytes();
    }
    Ok(sink.finish())
}

fn io(label: &str, e: std::io::Error) -> Error {
    Error::Io {
        path: label.into(),
        source: e,
    }
}

/// A line's text, or the invalid-UTF-8 problem at its place.
fn line_text(bytes: Vec<u8>, label: &str, line: usize) -> Result<String, Error> {
    super::input::utf8(bytes, label).map_err(|e| match e {
        Error::Invalid(mut p) => {
            for problem in &mut p.0 {
                problem.location.line += line - 1;
            }
            Error::Invalid(p)
        }
        other => other,
    })
}

/// The JSON of a dump line: without its line break, and without the comma that separates it
/// from the next entity; a `[` or `]` line is empty.
fn dump_line(text: &str) -> &str {
    let t = text.trim_end();
    if t.trim_start() == "[" || t.trim_start() == "]" {
        return "";
    }
    t.strip_suffix(',').unwrap_or(t)
}

/// A document read whole, starting at line `first_line` of its file.
fn read_whole(
    text: &str,
    mut sink: Sink,
    first_line: usize,
    each: &mut dyn FnMut(Incoming),
) -> Result<ReadReport, Error> {
    let mut notes = Notes::new(&mut sink, text, first_line);
    match json::parse(text) {
        Ok(root) => document(&mut notes, &root, each),
        Err(e) => {
            let at = e.first().map_or(0..0, |e| e.span.clone());
            let message = e.first().map_or("", |e| e.message.as_str());
            let line = text
                .get(..at.start.min(text.len()))
                .and_then(|s| s.rfind('\n'))
                .map_or(0, |i| i + 1);
            let value = text
                .get(line..)
                .and_then(|s| s.lines().next())
                .unwrap_or("")
                .trim();
            return Err(notes.syntax(&at, message, value));
        }
    }
    Ok(sink.finish())
}

/// `{"entities": {id: entity, …}}`, an array of entities, or one entity.
fn document(notes: &mut Notes<'_, '_>, root: &Node<'_>, each: &mut dyn FnMut(Incoming)) {
    match &root.value {
        Value::Table(fields) => match get(fields, "entities") {
            Some(Node {
                value: Value::Table(entities),
                ..
            }) => {
                for (_, e) in entities {
                    entity(notes, e, each);
                }
            }
            _ => entity(notes, root, each),
        },
        Value::Array(items) => {
            for e in items {
                entity(notes, e, each);
            }
        }
        other => notes.problem(
            &root.span,
            ProblemKind::WrongType,
            format!("expected an entity, found {}", other.type_name()),
            "",
        ),
    }
}

fn is_item_id(s: &str) -> bool {
    s.len() > 1
        && s.len() <= 12
        && s.starts_with('Q')
        && s[1..].bytes().all(|b| b.is_ascii_digit())
        && !s[1..].starts_with('0')
}

/// One entity: an item becomes an [`Incoming`]; a missing entity, a property or a lexeme is
/// passed over.
fn entity(notes: &mut Notes<'_, '_>, node: &Node<'_>, each: &mut dyn FnMut(Incoming)) {
    let Some(fields) = table(node) else {
        notes.problem(
            &node.span,
            ProblemKind::WrongType,
            format!("expected an entity, found {}", node.value.type_name()),
            "",
        );
        return;
    };
    if get(fields, "missing").is_some() {
        return;
    }
    let id_node = get(fields, "id");
    let Some(id) = str_of(id_node) else {
        notes.problem(
            &node.span,
            ProblemKind::MissingField,
            "missing field `id` in entity",
            "",
        );
        return;
    };
    if !is_item_id(id) {
        if !id.starts_with(['P', 'L', 'M']) {
            let span = id_node.map_or(node.span.clone(), |n| n.span.clone());
            notes.problem(&span, ProblemKind::InvalidId, "invalid item id", id);
        }
        return;
    }
    let location = notes.location(&node.span);
    let mut out = Incoming::new(id.to_owned(), format!("wikidata:{id}"), location);
    out.wikidata = Some(id.to_owned());
    if let Some(labels) = get(fields, "labels").and_then(table) {
        for (key, v) in labels {
            push_text(notes, &mut out, key, v, false);
        }
    }
    if let Some(claims) = get(fields, "claims").and_then(table) {
        statements(notes, &mut out, claims);
    }
    if let Some(aliases) = get(fields, "aliases").and_then(table) {
        for (key, list) in aliases {
            if let Value::Array(items) = &list.value {
                for v in items {
                    push_text(notes, &mut out, key, v, true);
                }
            }
        }
    }
    notes.sink.report.records += 1;
    each(out);
}

/// A label or alias (`{"language": "de", "value": "…"}`) as a name.
fn push_text(
    notes: &mut Notes<'_, '_>,
    out: &mut Incoming,
    key: &Key<'_>,
    v: &Node<'_>,
    alias: bool,
) {
    let Some(f) = table(v) else { return };
    let code = str_of(get(f, "language")).unwrap_or(&key.name);
    let Some(value) = get(f, "value") else { return };
    let Some(s) = str_of(Some(value)) else { return };
    let what = if alias { "alias" } else { "label" };
    let Some(lang) = notes.wikimedia_tag(code, &key.span, what) else {
        return;
    };
    if let Some(text) = notes.text(s, &value.span, what) {
        out.names.push(IncomingName {
            name: Name {
                text,
                lang,
                kind: NameKind::Translation,
                source: None,
            },
            kind_known: false,
            alias,
        });
    }
}

/// The statements read: P1813, P1448, P17, P571, P576.
fn statements(notes: &mut Notes<'_, '_>, out: &mut Incoming, claims: Fields<'_, '_>) {
    for (property, list) in claims {
        let Value::Array(items) = &list.value else {
            continue;
        };
        for statement in items {
            let Some(s) = table(statement) else { continue };
            if str_of(get(s, "rank")) == Some("deprecated") {
                continue;
            }
            let Some(value) = get(s, "mainsnak")
                .and_then(table)
                .and_then(|m| get(m, "datavalue"))
                .and_then(table)
                .and_then(|d| get(d, "value"))
            else {
                continue;
            };
            match property.name.as_ref() {
                "P1813" | "P1448" => monolingual(notes, out, value, property.name == "P1813"),
                "P17" => country(notes, out, value),
                "P571" => out.founded = out.founded.or_else(|| time(value)),
                "P576" => out.dissolved = out.dissolved.or_else(|| time(value)),
                _ => {}
            }
        }
    }
}

/// A monolingual text (`{"text": "…", "language": "de"}`): a short name is an acronym, an
/// official name the organization's own name.
fn monolingual(notes: &mut Notes<'_, '_>, out: &mut Incoming, value: &Node<'_>, short: bool) {
    let Some(f) = table(value) else { return };
    let (Some(text_node), Some(code)) = (get(f, "text"), str_of(get(f, "language"))) else {
        return;
    };
    let Some(s) = str_of(Some(text_node)) else {
        return;
    };
    let what = if short { "short name" } else { "official name" };
    let span = text_node.span.clone();
    let Some(lang) = notes.wikimedia_tag(code, &span, what) else {
        return;
    };
    let Some(text) = notes.text(s, &span, what) else {
        return;
    };
    if short {
        if !out.acronyms.iter().any(|a| a.text == text) {
            out.acronyms.push(Acronym { text, lang });
        }
    } else {
        out.names.insert(
            0,
            IncomingName {
                name: Name {
                    text,
                    lang,
                    kind: NameKind::Original,
                    source: None,
                },
                kind_known: true,
                alias: false,
            },
        );
    }
}

/// The ISO 3166-1 code of a country item, by the shipped table.
pub(crate) fn country_code(item: u32) -> Option<&'static str> {
    let table = super::wikidata_countries::COUNTRY_ITEMS;
    table
        .binary_search_by_key(&item, |&(q, _)| q)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, code)| code)
}

fn country(notes: &mut Notes<'_, '_>, out: &mut Incoming, value: &Node<'_>) {
    let Some(f) = table(value) else { return };
    let number = match (get(f, "id"), get(f, "numeric-id")) {
        (Some(id), _) => str_of(Some(id))
            .and_then(|s| s.strip_prefix('Q'))
            .and_then(|n| n.parse::<u32>().ok()),
        (
            None,
            Some(Node {
                value: Value::Integer(n),
                ..
            }),
        ) => u32::try_from(*n).ok(),
        _ => None,
    };
    let Some(number) = number else { return };
    match country_code(number) {
        Some(code) if crate::locale::is_known_country(code) => {
            let Ok(code) = CountryCode::try_new(code) else {
                return;
            };
            let place = Place::Country(code);
            if !out.countries.contains(&place) {
                out.countries.push(place);
            }
        }
        _ => notes.warn(
            &value.span,
            ProblemKind::Country,
            "country item without an ISO 3166-1 code in the table of country items: left out",
            &format!("Q{number}"),
        ),
    }
}

/// A time value (`{"time": "+1990-05-00T00:00:00Z", "precision": 10}`) at its precision
/// (9 year, 10 month, 11 day); years before 1 and after 9999 are left out.
fn time(value: &Node<'_>) -> Option<PartialDate> {
    let f = table(value)?;
    let t = str_of(get(f, "time"))?;
    let precision = match get(f, "precision").map(|n| &n.value) {
        Some(Value::Integer(p)) => *p,
        _ => 11,
    };
    let t = t.strip_prefix('+')?;
    let date = t.split('T').next()?;
    let mut parts = date.split('-');
    let year = parts.next()?;
    let month = parts.next().unwrap_or("00");
    let day = parts.next().unwrap_or("00");
    let text = match precision {
        9 => year.to_owned(),
        10 => format!("{year}-{month}"),
        p if p >= 11 => format!("{year}-{month}-{day}"),
        _ => return None,
    };
    text.parse().ok()
}
