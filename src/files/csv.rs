//! CSV for spreadsheets (RFC 4180: commas, fields in double quotes where they hold a comma, a
//! quote or a line break, `""` for a quote): one organization a row.
//!
//! Columns, named in the header row, in any order:
//! - `id` (required): the organization's id, a slug;
//! - `countries`: ISO 3166-1 codes or area ids, separated by `;`;
//! - `region`: a UN M49 code; `name-shows-country`: `true` or `false`;
//! - `acronym:LANG`: an acronym in the language `LANG` (a BCP 47 tag);
//! - `name:LANG`: a name of the organization in its own language; `name:LANG:KIND` one of
//!   another kind (`translation`, `transliteration`, `former`, `short`), and
//!   `name:LANG:transliteration:SCHEME` a transliteration by a scheme;
//! - `identifier:SCHEME`: an identifier (`identifier:wikidata` is the Wikidata item).
//!
//! A column may repeat (two `name:en:translation` columns); an empty cell is no value. A header
//! that names an unknown column refuses the file, naming the column. The reader is the crate's
//! own (a few dozen lines): it locates every cell by line and column, as the other readers do.

use std::ops::Range;

use super::incoming::{Incoming, IncomingName, Notes, ReadReport, Sink};
use crate::error::{Error, Problem, ProblemKind, Problems};
use crate::locale::Language;
use crate::organization::{Acronym, Identifier, Name, NameKind, Organization};

/// What a column holds.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    Id,
    Countries,
    Region,
    NameShowsCountry,
    Acronym(Language),
    Name(Language, NameKind),
    Identifier(String),
}

/// One cell: its text and its span in the file.
type Cell = (String, Range<usize>);

/// Splits CSV text into rows of cells, or the first syntax error (its span and message).
fn rows(text: &str) -> Result<Vec<Vec<Cell>>, (Range<usize>, &'static str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut pos = usize::from(text.starts_with('\u{feff}')) * 3;
    loop {
        let start = pos;
        let mut cell = String::new();
        if bytes.get(pos) == Some(&b'"') {
            pos += 1;
            loop {
                let rest = text.get(pos..).unwrap_or("");
                let Some(q) = rest.find('"') else {
                    return Err((start..start, "unterminated quoted field"));
                };
                cell.push_str(&rest[..q]);
                pos += q + 1;
                if bytes.get(pos) == Some(&b'"') {
                    cell.push('"');
                    pos += 1;
                } else {
                    break;
                }
            }
            if !matches!(bytes.get(pos), None | Some(b',' | b'\n' | b'\r')) {
                return Err((
                    pos..pos,
                    "character after a closing quote (expected a comma or a line break)",
                ));
            }
        } else {
            let rest = text.get(pos..).unwrap_or("");
            let end = rest.find([',', '\n', '\r']).unwrap_or(rest.len());
            let raw = &rest[..end];
            if let Some(q) = raw.find('"') {
                return Err((
                    pos + q..pos + q,
                    "quote inside a field that does not start with one",
                ));
            }
            cell.push_str(raw);
            pos += end;
        }
        row.push((cell, start..pos));
        match bytes.get(pos) {
            Some(b',') => pos += 1,
            Some(b'\r') | Some(b'\n') => {
                pos += if bytes.get(pos..pos + 2) == Some(b"\r\n") {
                    2
                } else {
                    1
                };
                out.push(std::mem::take(&mut row));
                if pos >= bytes.len() {
                    break;
                }
            }
            _ => {
                out.push(std::mem::take(&mut row));
                break;
            }
        }
    }
    Ok(out)
}

/// The column a header cell names.
fn column(name: &str) -> Result<Column, &'static str> {
    let parts: Vec<&str> = name.trim().split(':').collect();
    let tag = |s: &str| {
        super::decode::parse_tag(s)
            .map(|(t, _)| Language::from_id(t))
            .map_err(|_| "invalid language tag in column")
    };
    Ok(match parts.as_slice() {
        ["id"] => Column::Id,
        ["countries"] => Column::Countries,
        ["region"] => Column::Region,
        ["name-shows-country"] => Column::NameShowsCountry,
        ["acronym", l] => Column::Acronym(tag(l)?),
        ["identifier", s] if !s.is_empty() => Column::Identifier((*s).to_owned()),
        ["name", l] => Column::Name(tag(l)?, NameKind::Original),
        ["name", l, "transliteration", scheme @ ..] => {
            let scheme = scheme.join(":");
            Column::Name(
                tag(l)?,
                NameKind::Transliteration {
                    scheme: (!scheme.is_empty()).then_some(scheme),
                },
            )
        }
        ["name", l, kind] => Column::Name(
            tag(l)?,
            match *kind {
                "original" => NameKind::Original,
                "translation" => NameKind::Translation,
                "former" => NameKind::Former {
                    from: None,
                    until: None,
                },
                "short" => NameKind::Short,
                _ => {
                    return Err(
                        "unknown kind of name in column (expected original, translation, transliteration, former or short)",
                    );
                }
            },
        ),
        _ => {
            return Err(
                "unknown column (expected id, countries, region, name-shows-country, acronym:LANG, name:LANG[:KIND], identifier:SCHEME)",
            );
        }
    })
}

/// Reads CSV text.
pub(crate) fn read(
    text: &str,
    label: &str,
    name: &str,
    each: &mut dyn FnMut(Incoming),
) -> Result<ReadReport, Error> {
    let mut sink = Sink::new(label);
    let mut notes = Notes::new(&mut sink, text, 1);
    let table = match rows(text) {
        Ok(t) => t,
        Err((span, message)) => {
            let line = text
                .get(..span.start)
                .map_or("", |s| s.rsplit('\n').next().unwrap_or(""));
            return Err(notes.syntax(&span, message, line));
        }
    };
    let mut table = table.into_iter();
    let header = table.next().unwrap_or_default();
    let mut columns = Vec::new();
    let mut refused = Vec::new();
    for (cell, span) in &header {
        match column(cell) {
            Ok(c) => columns.push(c),
            Err(message) => refused.push(Problem {
                kind: ProblemKind::UnknownField,
                location: notes.location(span),
                message: message.to_owned(),
                value: cell.clone(),
            }),
        }
    }
    if !columns.contains(&Column::Id) {
        refused.push(Problem {
            kind: ProblemKind::MissingField,
            location: notes.location(&(0..0)),
            message: "missing column `id` in the header".to_owned(),
            value: header.first().map(|c| c.0.clone()).unwrap_or_default(),
        });
    }
    if !refused.is_empty() {
        return Err(Error::Invalid(Problems(refused)));
    }
    let source = format!("csv:{name}");
    let mut out = Vec::new();
    for row in table {
        if row.iter().all(|(c, _)| c.trim().is_empty()) {
            continue;
        }
        if let Some(o) = record(&mut notes, &columns, &row, &source) {
            out.push(o);
        }
    }
    drop(notes);
    sink.report.records = out.len();
    for o in out {
        each(o);
    }
    Ok(sink.finish())
}

fn record(
    notes: &mut Notes<'_, '_>,
    columns: &[Column],
    row: &[Cell],
    source: &str,
) -> Option<Incoming> {
    let first = row.first().map_or(0..0, |c| c.1.clone());
    if let Some((cell, span)) = row.get(columns.len()) {
        notes.problem(
            span,
            ProblemKind::UnknownField,
            "more cells than columns in the header",
            cell,
        );
    }
    let id = columns
        .iter()
        .zip(row)
        .find(|(c, _)| **c == Column::Id)
        .map(|(_, cell)| cell);
    let Some((id, id_span)) = id.filter(|(s, _)| !s.trim().is_empty()) else {
        notes.problem(&first, ProblemKind::MissingField, "missing `id` in row", "");
        return None;
    };
    let location = notes.location(&first);
    let mut org = Incoming::new(id.trim().to_owned(), source.to_owned(), location);
    if !crate::organization::is_slug(&org.key) {
        notes.problem(
            id_span,
            ProblemKind::InvalidId,
            "invalid organization id (expected lowercase ASCII letters, digits and hyphens)",
            id,
        );
        return None;
    }
    for (column, (cell, span)) in columns.iter().zip(row) {
        let value = cell.trim();
        if value.is_empty() {
            continue;
        }
        cell_value(notes, &mut org, column, value, span);
    }
    Some(org)
}

fn cell_value(
    notes: &mut Notes<'_, '_>,
    org: &mut Incoming,
    column: &Column,
    value: &str,
    span: &Range<usize>,
) {
    match column {
        Column::Id => {}
        Column::Countries => {
            for c in value.split(';').map(str::trim).filter(|c| !c.is_empty()) {
                if let Some(p) = notes.place(c, span) {
                    org.countries.push(p);
                }
            }
        }
        Column::Region => org.region = Some(value.to_owned()),
        Column::NameShowsCountry => match value {
            "true" => org.name_shows_country = Some(true),
            "false" => org.name_shows_country = Some(false),
            other => notes.problem(
                span,
                ProblemKind::WrongType,
                "expected true or false",
                other,
            ),
        },
        Column::Acronym(lang) => {
            if let Some(text) = notes.text(value, span, "acronym") {
                org.acronyms.push(Acronym {
                    text,
                    lang: lang.clone(),
                });
            }
        }
        Column::Name(lang, kind) => {
            if let Some(text) = notes.text(value, span, "name") {
                org.names.push(IncomingName {
                    name: Name {
                        text,
                        lang: lang.clone(),
                        kind: kind.clone(),
                        source: None,
                    },
                    kind_known: true,
                    alias: false,
                });
            }
        }
        Column::Identifier(scheme) => {
            if scheme == "wikidata" {
                org.wikidata = Some(value.to_owned());
            } else if let Some(v) = notes.text(value, span, "identifier") {
                org.identifiers.push(Identifier {
                    scheme: scheme.clone(),
                    value: v,
                });
            }
        }
    }
}

/// A column's header: the inverse of [`column`].
fn header_of(column: &Column) -> String {
    match column {
        Column::Id => "id".to_owned(),
        Column::Countries => "countries".to_owned(),
        Column::Region => "region".to_owned(),
        Column::NameShowsCountry => "name-shows-country".to_owned(),
        Column::Acronym(l) => format!("acronym:{l}"),
        Column::Identifier(s) => format!("identifier:{s}"),
        Column::Name(l, NameKind::Original) => format!("name:{l}"),
        Column::Name(l, NameKind::Transliteration { scheme: Some(s) }) => {
            format!("name:{l}:transliteration:{s}")
        }
        Column::Name(l, k) => format!("name:{l}:{}", k.as_str()),
    }
}

/// A field, quoted where it must be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The cells of one organization: each column's values, in the organization's order.
fn cells(o: &Organization) -> Vec<(Column, String)> {
    let mut out = vec![
        (Column::Id, o.id.clone()),
        (
            Column::Countries,
            o.countries
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        (Column::NameShowsCountry, o.name_shows_country.to_string()),
    ];
    if let Some(r) = &o.region {
        out.push((Column::Region, r.clone()));
    }
    for a in &o.acronyms {
        out.push((Column::Acronym(a.lang.clone()), a.text.clone()));
    }
    for n in &o.names {
        let kind = match &n.kind {
            // A former name's dates have no column.
            NameKind::Former { .. } => NameKind::Former {
                from: None,
                until: None,
            },
            k => k.clone(),
        };
        out.push((Column::Name(n.lang.clone(), kind), n.text.clone()));
    }
    for i in &o.identifiers {
        out.push((Column::Identifier(i.scheme.clone()), i.value.clone()));
    }
    out
}

/// Organizations as CSV: a column for each column name as many times as one organization
/// needs it, in the order first met.
pub(crate) fn write<'o>(orgs: impl Iterator<Item = &'o Organization> + Clone) -> String {
    let mut header: Vec<(String, usize)> = Vec::new();
    let rows: Vec<Vec<(String, String)>> = orgs
        .map(|o| {
            let mut seen: Vec<(String, usize)> = Vec::new();
            cells(o)
                .into_iter()
                .map(|(c, v)| {
                    let h = header_of(&c);
                    let n = match seen.iter_mut().find(|(x, _)| *x == h) {
                        Some((_, n)) => {
                            *n += 1;
                            *n
                        }
                        None => {
                            seen.push((h.clone(), 1));
                            1
                        }
                    };
                    if !header.iter().any(|(x, k)| *x == h && *k == n) {
                        header.push((h.clone(), n));
                    }
                    (format!("{h}\u{0}{n}"), v)
                })
                .collect()
        })
        .collect();
    let mut out = String::new();
    let names: Vec<String> = header.iter().map(|(h, _)| field(h)).collect();
    out.push_str(&names.join(","));
    out.push('\n');
    for row in rows {
        let line: Vec<String> = header
            .iter()
            .map(|(h, n)| {
                let key = format!("{h}\u{0}{n}");
                row.iter()
                    .find(|(k, _)| *k == key)
                    .map_or_else(String::new, |(_, v)| field(v))
            })
            .collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
