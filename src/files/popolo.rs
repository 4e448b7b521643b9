//! Popolo JSON (the open standard for legislatures' people and organizations,
//! <https://www.popoloproject.com/specs/organization.html>): organizations read into
//! [`Incoming`] records, and the registry's organizations written as a Popolo document.
//!
//! Read: a Popolo document (`organizations` among `persons`, `memberships`, … — each
//! organization decoded as soon as it is read, `json.rs`'s record events), an array of
//! organizations, or a map of id → organization (EveryPolitician's
//! `sources/wikidata/groups.json`). Of an organization: `id`, `other_names` (`name`, `lang` — a
//! Wikimedia language code or a BCP 47 tag —, `note`, `start_date`, `end_date`, `source`),
//! `identifiers` (`scheme`, `identifier`; `wikidata` is the item), `area` or `area_id` (an
//! `ocd-division/country:xx` id gives the country), `founding_date`, `dissolution_date`, and
//! the fields this crate's export adds (`countries`, `region`, `name_shows_country`). A `note`
//! of `original`, `translation`, `transliteration` (`transliteration: SCHEME`), `former` or
//! `short` gives the kind, `acronym` makes an acronym; EveryPolitician's `multilingual` names
//! are Wikidata labels (the import decides their kind), and its `wikidata-alias` ones aliases.
//! A Popolo organization's `name` has no language (the specification defines `name` as "a
//! primary name" and gives languages only to `other_names`). EveryPolitician's
//! `sources/wikidata/groups.json` files have no `name` at all (only `other_names`, each with
//! its language: everypolitician/everypolitician-data, commit
//! 35ba8a4d16d409bf6ce4793c13a96a1f5930d6ac, `data/Finland/Eduskunta/sources/wikidata/groups.json`),
//! and its `ep-popolo-v1.0.json` files fill it with whatever the country's source printed: an
//! acronym (`FNM`, `BDSH`), an English name (`Croatian Labourists – Labour Party`, a Croatian
//! party) or a local one (`Eesti Keskerakonna fraktsioon`) — see `tests/fixtures/interop/popolo/`. So it is never given a language by guess without saying so: where
//! an `other_names` entry holds the same text it is read there, with that entry's language;
//! otherwise it is handed to the import as [`UntaggedName`] with the language the document
//! declares for its untagged strings, if any (JSON-LD's `"@context": {"@language": "…"}`), and
//! the import takes it in that language, in the caller's, or in CLDR's likely language of the
//! organization's country with a warning, or leaves it out with a warning
//! ([`crate::registry::UntaggedNames`]).

use serde_json::{Map, Value as Json, json};

use super::incoming::{Incoming, IncomingName, Notes, ReadReport, Sink, UntaggedName};
use super::json;
use super::tree::{Event, Key, Node, Value};
use crate::error::{Error, ProblemKind};
use crate::locale::Language;
use crate::organization::{Acronym, Identifier, Name, NameKind, NameSource, Organization};

type Fields<'n, 'a> = &'n [(Key<'a>, Node<'a>)];

fn get<'n, 'a>(fields: Fields<'n, 'a>, name: &str) -> Option<&'n Node<'a>> {
    fields.iter().find(|(k, _)| k.name == name).map(|(_, v)| v)
}

fn str_of<'n>(node: Option<&'n Node<'_>>) -> Option<&'n str> {
    match &node?.value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

fn items<'n, 'a>(node: Option<&'n Node<'a>>) -> &'n [Node<'a>] {
    match node.map(|n| &n.value) {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

/// The top-level keys of a Popolo document other than `organizations`.
const DOCUMENT_KEYS: &[&str] = &[
    "persons",
    "memberships",
    "areas",
    "posts",
    "events",
    "meta",
    "@context",
];

/// Reads Popolo JSON text.
pub(crate) fn read(
    text: &str,
    label: &str,
    name: &str,
    each: &mut dyn FnMut(Incoming),
) -> Result<ReadReport, Error> {
    let mut sink = Sink::new(label);
    let source = format!("popolo:{name}");
    let mut out: Vec<Incoming> = Vec::new();
    let mut notes = Notes::new(&mut sink, text, 1);
    let mut declared = None;
    let parsed = json::records(text, |event| match event {
        Event::Field(key, node) | Event::Item(key, node)
            if key.name == "@context" && declared.is_none() =>
        {
            declared = context_language(&mut notes, &node);
        }
        Event::Field(key, _) | Event::Item(key, _) if key.name == "@context" => {}
        Event::Root(root) => {
            for item in items(Some(&root)) {
                organization(&mut notes, item, None, &source, &mut out);
            }
        }
        Event::Item(key, item) if key.name == "organizations" => {
            organization(&mut notes, &item, None, &source, &mut out);
        }
        Event::Field(key, node) if !DOCUMENT_KEYS.contains(&key.name.as_ref()) => {
            organization(&mut notes, &node, Some(&key.name), &source, &mut out);
        }
        _ => {}
    });
    if let Err(e) = parsed {
        let at = e.first().map_or(0..0, |e| e.span.clone());
        let message = e.first().map_or("", |e| e.message.as_str());
        let start = text
            .get(..at.start.min(text.len()))
            .and_then(|s| s.rfind('\n'))
            .map_or(0, |i| i + 1);
        let value = text
            .get(start..)
            .and_then(|s| s.lines().next())
            .unwrap_or("")
            .trim();
        return Err(notes.syntax(&at, message, value));
    }
    drop(notes);
    sink.report.records = out.len();
    for mut o in out {
        if let Some(u) = &mut o.untagged_name {
            u.declared.clone_from(&declared);
        }
        each(o);
    }
    Ok(sink.finish())
}

/// One organization; `map_key` is its key in a map of id → organization.
fn organization(
    notes: &mut Notes<'_, '_>,
    node: &Node<'_>,
    map_key: Option<&str>,
    source: &str,
    out: &mut Vec<Incoming>,
) {
    let Value::Table(f) = &node.value else {
        notes.problem(
            &node.span,
            ProblemKind::WrongType,
            format!("expected an organization, found {}", node.value.type_name()),
            "",
        );
        return;
    };
    let Some(key) = str_of(get(f, "id")).or(map_key) else {
        notes.problem(
            &node.span,
            ProblemKind::MissingField,
            "missing field `id` in organization",
            "",
        );
        return;
    };
    let location = notes.location(&node.span);
    let mut org = Incoming::new(key.to_owned(), source.to_owned(), location);
    for n in items(get(f, "other_names")) {
        other_name(notes, n, &mut org);
    }
    untagged_name(notes, get(f, "name"), &mut org);
    for n in items(get(f, "identifiers")) {
        let Value::Table(i) = &n.value else { continue };
        if let (Some(scheme), Some(value)) = (
            str_of(get(i, "scheme")),
            str_of(get(i, "identifier")).or(str_of(get(i, "value"))),
        ) {
            if scheme == "wikidata" {
                org.wikidata = Some(value.to_owned());
            } else if let (Some(s), Some(v)) = (
                notes.text(scheme, &n.span, "identifier scheme"),
                notes.text(value, &n.span, "identifier"),
            ) {
                org.identifiers.push(Identifier {
                    scheme: s,
                    value: v,
                });
            }
        }
    }
    places(notes, f, &mut org);
    org.founded = str_of(get(f, "founding_date")).and_then(|d| d.parse().ok());
    org.dissolved = str_of(get(f, "dissolution_date")).and_then(|d| d.parse().ok());
    org.region = str_of(get(f, "region")).map(str::to_owned);
    if let Some(Node {
        value: Value::Bool(b),
        ..
    }) = get(f, "name_shows_country")
    {
        org.name_shows_country = Some(*b);
    }
    out.push(org);
}

/// The language a JSON-LD context declares for the document's untagged strings (`"@context":
/// {"@language": "et"}`, JSON-LD 1.1 §4.2.4 "String Internationalization").
fn context_language(notes: &mut Notes<'_, '_>, node: &Node<'_>) -> Option<Language> {
    let Value::Table(f) = &node.value else {
        return None;
    };
    let n = get(f, "@language")?;
    let s = str_of(Some(n))?;
    match super::decode::parse_tag(s) {
        Ok((tag, _)) => Some(Language::from_id(tag)),
        Err(message) => {
            let message = format!(
                "{message} in the document's @language: its untagged names are not read in it"
            );
            notes.problem(&n.span, ProblemKind::LanguageTag, message, s);
            None
        }
    }
}

/// The organization's `name`, which Popolo gives without a language, kept aside for the import
/// to decide on unless one of its `other_names` (which have languages) holds the same text.
fn untagged_name(notes: &mut Notes<'_, '_>, node: Option<&Node<'_>>, org: &mut Incoming) {
    let Some(node) = node else { return };
    let Some(s) = str_of(Some(node)) else { return };
    let Some(text) = notes.text(s, &node.span, "name") else {
        return;
    };
    let tagged = org.names.iter().any(|n| n.name.text == text)
        || org.acronyms.iter().any(|a| a.text == text);
    if !tagged {
        org.untagged_name = Some(UntaggedName {
            text,
            declared: None,
            location: notes.location(&node.span),
        });
    }
}

/// `countries` (this crate's export), else `area` / `area_id` with an OCD country id.
fn places(notes: &mut Notes<'_, '_>, f: Fields<'_, '_>, org: &mut Incoming) {
    for c in items(get(f, "countries")) {
        if let Some(s) = str_of(Some(c))
            && let Some(p) = notes.place(s, &c.span)
        {
            org.countries.push(p);
        }
    }
    if !org.countries.is_empty() {
        return;
    }
    let area = match get(f, "area").map(|n| &n.value) {
        Some(Value::Table(a)) => get(a, "id"),
        _ => get(f, "area_id"),
    };
    if let Some(node) = area
        && let Some(id) = str_of(Some(node))
        && let Some(rest) = id.strip_prefix("ocd-division/country:")
    {
        let code = rest.split('/').next().unwrap_or("");
        if let Some(p) = notes.place(code, &node.span) {
            org.countries.push(p);
        }
    }
}

/// The kind a `note` names, if it names one.
fn kind_of(note: &str) -> Option<NameKind> {
    let (word, scheme) = match note.split_once(':') {
        Some((w, s)) => (
            w.trim(),
            Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        ),
        None => (note.trim(), None),
    };
    Some(match word {
        "original" => NameKind::Original,
        "translation" => NameKind::Translation,
        "transliteration" => NameKind::Transliteration { scheme },
        "former" => NameKind::Former {
            from: None,
            until: None,
        },
        "short" => NameKind::Short,
        _ => return None,
    })
}

fn other_name(notes: &mut Notes<'_, '_>, n: &Node<'_>, org: &mut Incoming) {
    let Value::Table(f) = &n.value else { return };
    let (Some(text_node), Some(code_node)) = (get(f, "name"), get(f, "lang")) else {
        return;
    };
    let (Some(s), Some(code)) = (str_of(Some(text_node)), str_of(Some(code_node))) else {
        return;
    };
    let Some(lang) = notes.wikimedia_tag(code, &code_node.span, "other name") else {
        return;
    };
    let Some(text) = notes.text(s, &text_node.span, "other name") else {
        return;
    };
    let note = str_of(get(f, "note")).unwrap_or("");
    if note == "acronym" {
        if !org
            .acronyms
            .iter()
            .any(|a| a.text == text && a.lang == lang)
        {
            org.acronyms.push(Acronym { text, lang });
        }
        return;
    }
    let mut kind = kind_of(note);
    if let Some(NameKind::Former { from, until }) = &mut kind {
        *from = str_of(get(f, "start_date")).and_then(|d| d.parse().ok());
        *until = str_of(get(f, "end_date")).and_then(|d| d.parse().ok());
    }
    let source = str_of(get(f, "source")).and_then(|s| s.parse::<NameSource>().ok());
    // EveryPolitician marks aliases; older files list a language's label first.
    let alias = str_of(get(f, "source")) == Some("wikidata-alias")
        || (kind.is_none()
            && org
                .names
                .iter()
                .any(|x| !x.kind_known && x.name.lang == lang));
    org.names.push(IncomingName {
        kind_known: kind.is_some(),
        name: Name {
            text,
            lang,
            kind: kind.unwrap_or(NameKind::Translation),
            source,
        },
        alias,
    });
}

/// The note that gives a name's kind back on reading.
fn note_of(kind: &NameKind) -> String {
    match kind {
        NameKind::Transliteration {
            scheme: Some(scheme),
        } => format!("transliteration: {scheme}"),
        other => other.as_str().to_owned(),
    }
}

/// One organization as a Popolo organization.
fn to_popolo(o: &Organization) -> Json {
    let mut m = Map::new();
    m.insert("id".into(), json!(o.id));
    m.insert("name".into(), json!(o.first_printed()));
    let mut other = Vec::new();
    for a in &o.acronyms {
        other.push(json!({"name": a.text, "lang": a.lang.to_string(), "note": "acronym"}));
    }
    for n in &o.names {
        let mut x = Map::new();
        x.insert("name".into(), json!(n.text));
        x.insert("lang".into(), json!(n.lang.to_string()));
        x.insert("note".into(), json!(note_of(&n.kind)));
        if let NameKind::Former { from, until } = &n.kind {
            if let Some(d) = from {
                x.insert("start_date".into(), json!(d.to_string()));
            }
            if let Some(d) = until {
                x.insert("end_date".into(), json!(d.to_string()));
            }
        }
        if let Some(s) = &n.source {
            x.insert("source".into(), json!(s.as_str()));
        }
        other.push(Json::Object(x));
    }
    m.insert("other_names".into(), Json::Array(other));
    let ids: Vec<Json> = o
        .identifiers
        .iter()
        .map(|i| json!({"scheme": i.scheme, "identifier": i.value}))
        .collect();
    if !ids.is_empty() {
        m.insert("identifiers".into(), Json::Array(ids));
    }
    let countries: Vec<&str> = o.countries.iter().map(|p| p.as_str()).collect();
    m.insert("countries".into(), json!(countries));
    if let Some(r) = &o.region {
        m.insert("region".into(), json!(r));
    }
    m.insert("name_shows_country".into(), json!(o.name_shows_country));
    Json::Object(m)
}

/// Organizations as a Popolo document (`{"organizations": […]}`), pretty-printed.
pub(crate) fn write<'o>(orgs: impl Iterator<Item = &'o Organization>) -> String {
    let list: Vec<Json> = orgs.map(to_popolo).collect();
    let mut out =
        serde_json::to_string_pretty(&json!({ "organizations": list })).unwrap_or_default();
    out.push('\n');
    out
}
