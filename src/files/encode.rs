//! Model → data files: deterministic TOML (one table an organization, one line a name, keys in a
//! fixed order, easy to diff) and pretty JSON. Writing them safely is the `save` module's.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Map, Value};

use std::borrow::Cow;
use std::ops::Range;

use super::tree::{Key, Node, Value as TreeValue};
use crate::organization::{Area, NameKind, Organization};
use crate::statement::Statement;

/// The root of a data file.
#[derive(Serialize)]
pub(crate) struct FileRef<'a> {
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub area: &'a [Area],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub organization: &'a [Organization],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub statement: &'a [Statement],
}

/// Pretty JSON with a final newline.
pub(crate) fn to_json(file: &FileRef<'_>) -> String {
    // Serializing these types cannot fail: every map key is a string and no value is a float.
    let mut s = serde_json::to_string_pretty(file).unwrap_or_default();
    s.push('\n');
    s
}

/// Deterministic TOML.
///
/// Each record is converted and written in turn, so that a large registry is never held twice
/// over as a value tree.
pub(crate) fn to_toml(file: &FileRef<'_>) -> String {
    let mut out = String::new();
    let mut write = |key: &str, item: Value| {
        if let Value::Object(obj) = item {
            if !out.is_empty() {
                out.push('\n');
            }
            table_block(&mut out, &key_str(key), &obj);
        }
    };
    // In the order of the file's fields (those of `FileRef`).
    for a in file.area {
        write("area", serde_json::to_value(a).unwrap_or(Value::Null));
    }
    for o in file.organization {
        write(
            "organization",
            serde_json::to_value(o).unwrap_or(Value::Null),
        );
    }
    for st in file.statement {
        write("statement", serde_json::to_value(st).unwrap_or(Value::Null));
    }
    out
}

/// An organization as the document tree its JSON text reads into (the fields and values
/// `Serialize` writes, in its order), built without the text: the registry checks organizations
/// given as values (an import's new ones) by decoding this tree with the rules a file's
/// records are decoded by. Every node has `span`; the strings borrow from `o`. A test checks
/// the tree against the one parsed from [`to_json`].
pub(crate) fn organization_tree<'o>(o: &'o Organization, span: Range<usize>) -> Node<'o> {
    let at = At(&span);
    let mut fields = Vec::with_capacity(7);
    fields.push((at.key("id"), at.node(text(&o.id))));
    let countries = o
        .countries
        .iter()
        .map(|p| at.node(text(p.as_str())))
        .collect();
    fields.push((at.key("countries"), at.node(TreeValue::Array(countries))));
    fields.push((
        at.key("name-shows-country"),
        at.node(TreeValue::Bool(o.name_shows_country)),
    ));
    if let Some(r) = &o.region {
        fields.push((at.key("region"), at.node(text(r))));
    }
    let acronyms = o
        .acronyms
        .iter()
        .map(|a| {
            at.node(TreeValue::Table(vec![
                (at.key("text"), at.node(text(&a.text))),
                (at.key("lang"), at.node(owned(a.lang.to_string()))),
            ]))
        })
        .collect();
    fields.push((at.key("acronyms"), at.node(TreeValue::Array(acronyms))));
    let names = o.names.iter().map(|n| name_tree(n, &span)).collect();
    fields.push((at.key("names"), at.node(TreeValue::Array(names))));
    if !o.identifiers.is_empty() {
        let ids = o
            .identifiers
            .iter()
            .map(|i| {
                at.node(TreeValue::Table(vec![
                    (at.key("scheme"), at.node(text(&i.scheme))),
                    (at.key("value"), at.node(text(&i.value))),
                ]))
            })
            .collect();
        fields.push((at.key("identifiers"), at.node(TreeValue::Array(ids))));
    }
    at.node(TreeValue::Table(fields))
}

/// One name of [`organization_tree`].
fn name_tree<'o>(n: &'o crate::organization::Name, span: &Range<usize>) -> Node<'o> {
    let at = At(span);
    let mut f = vec![
        (at.key("text"), at.node(text(&n.text))),
        (at.key("lang"), at.node(owned(n.lang.to_string()))),
        (at.key("kind"), at.node(text(n.kind.as_str()))),
    ];
    match &n.kind {
        NameKind::Transliteration { scheme: Some(s) } => {
            f.push((at.key("scheme"), at.node(text(s))))
        }
        NameKind::Former { from, until } => {
            for (k, d) in [("from", from), ("until", until)] {
                if let Some(d) = d {
                    f.push((at.key(k), at.node(owned(d.to_string()))));
                }
            }
        }
        _ => {}
    }
    if let Some(s) = &n.source {
        f.push((at.key("source"), at.node(text(s.as_str()))));
    }
    at.node(TreeValue::Table(f))
}

/// The nodes and keys of a tree built without a text, all at one span.
struct At<'s>(&'s Range<usize>);

impl At<'_> {
    fn node<'o>(&self, value: TreeValue<'o>) -> Node<'o> {
        Node {
            span: self.0.clone(),
            value,
        }
    }

    fn key(&self, name: &'static str) -> Key<'static> {
        Key {
            name: Cow::Borrowed(name),
            span: self.0.clone(),
        }
    }
}

/// A string value that borrows its text.
fn text(s: &str) -> TreeValue<'_> {
    TreeValue::String(Cow::Borrowed(s))
}

/// A string value that owns its text.
fn owned(s: String) -> TreeValue<'static> {
    TreeValue::String(Cow::Owned(s))
}

/// Whether an array must be written as `[[path.key]]` tables: an array of tables of which one
/// holds an array of tables.
fn needs_headers(v: &Value) -> bool {
    let Value::Array(items) = v else { return false };
    !items.is_empty()
        && items.iter().all(Value::is_object)
        && items.iter().any(|i| {
            i.as_object().is_some_and(|o| {
                o.values()
                    .any(|v| matches!(v, Value::Array(a) if a.iter().any(Value::is_object)))
            })
        })
}

fn table_block(out: &mut String, path: &str, obj: &Map<String, Value>) {
    let _ = writeln!(out, "[[{path}]]");
    for (k, v) in obj {
        if !needs_headers(v) {
            let _ = writeln!(out, "{} = {}", key_str(k), block_value(v));
        }
    }
    for (k, v) in obj {
        if needs_headers(v)
            && let Value::Array(items) = v
        {
            for item in items {
                if let Value::Object(o) = item {
                    out.push('\n');
                    table_block(out, &format!("{path}.{}", key_str(k)), o);
                }
            }
        }
    }
}

/// A value on the right of `key =` at the level of a table: arrays of tables go one element a
/// line unless they are a single short one.
fn block_value(v: &Value) -> String {
    match v {
        Value::Array(items) if items.iter().any(Value::is_object) => {
            let one_line = inline(v);
            if items.len() <= 1 && one_line.chars().count() <= 90 {
                return one_line;
            }
            let mut s = String::from("[\n");
            for item in items {
                let _ = writeln!(s, "  {},", inline(item));
            }
            s.push(']');
            s
        }
        _ => inline(v),
    }
}

fn inline(v: &Value) -> String {
    match v {
        Value::Null => "\"\"".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quote(s),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(inline).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(o) => {
            if o.is_empty() {
                return "{}".to_owned();
            }
            let parts: Vec<String> = o
                .iter()
                .map(|(k, v)| format!("{} = {}", key_str(k), inline(v)))
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
    }
}

fn key_str(k: &str) -> String {
    if !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        k.to_owned()
    } else {
        quote(k)
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use crate::files::tree::{Key, Node, Value as TreeValue};

    use super::{FileRef, key_str, organization_tree, quote, to_json};

    #[test]
    fn quoting() {
        assert_eq!(quote("a\"b\\c\u{1}"), "\"a\\\"b\\\\c\\u0001\"");
        assert_eq!(key_str("ru-Latn"), "ru-Latn");
        assert_eq!(key_str("a b"), "\"a b\"");
    }

    /// A tree with every span emptied (the text's spans against none).
    fn unspanned(n: Node<'_>) -> Node<'static> {
        let value = match n.value {
            TreeValue::String(s) => TreeValue::String(Cow::Owned(s.into_owned())),
            TreeValue::Array(items) => TreeValue::Array(items.into_iter().map(unspanned).collect()),
            TreeValue::Table(fields) => TreeValue::Table(
                fields
                    .into_iter()
                    .map(|(k, v)| {
                        let key = Key {
                            name: Cow::Owned(k.name.into_owned()),
                            span: 0..0,
                        };
                        (key, unspanned(v))
                    })
                    .collect(),
            ),
            TreeValue::Null => TreeValue::Null,
            TreeValue::Bool(b) => TreeValue::Bool(b),
            TreeValue::Integer(i) => TreeValue::Integer(i),
            TreeValue::Float(f) => TreeValue::Float(f),
            TreeValue::Datetime(d) => TreeValue::Datetime(d),
        };
        Node { span: 0..0, value }
    }

    /// The tree built from an organization is the tree its JSON text reads into: the seed's
    /// organizations, and one with every optional field (region, identifiers, a former name's
    /// dates, a transliteration's scheme, a name's source).
    #[test]
    fn organization_trees_are_their_json_read_back() {
        let mut orgs = crate::seed::registry()
            .map(|r| r.organizations().to_vec())
            .unwrap_or_default();
        assert!(orgs.len() > 20);
        let every = r#"{"organization": [{"id": "x", "countries": ["DE", "kurdistan"],
            "name-shows-country": true, "region": "150",
            "acronyms": [{"text": "X", "lang": "de"}],
            "names": [{"text": "Ex", "lang": "de", "kind": "former", "from": "1990", "until": "2001-05"},
                      {"text": "Iks", "lang": "ru-Latn", "kind": "transliteration", "scheme": "BGN"},
                      {"text": "Y", "lang": "en", "kind": "translation", "source": "wikidata:Q1"}],
            "identifiers": [{"scheme": "wikidata", "value": "Q1"}]}]}"#;
        let mut rep = crate::files::decode::Reporter::new("every.json", every);
        let decoded = crate::files::decode::decode(every, super::super::Format::Json, &mut rep);
        assert_eq!(rep.error_count(), 0);
        assert_eq!(decoded.organizations.len(), 1);
        orgs.extend(decoded.organizations);
        for o in &orgs {
            let text = to_json(&FileRef {
                area: &[],
                organization: std::slice::from_ref(o),
                statement: &[],
            });
            let root = super::super::json::parse(&text).map_err(|e| format!("{e:?}"));
            let read = match root.map(|r| r.value) {
                Ok(TreeValue::Table(mut fields)) => match fields.pop().map(|(_, v)| v.value) {
                    Some(TreeValue::Array(mut items)) => items.pop(),
                    _ => None,
                },
                _ => None,
            };
            let read = read.map(unspanned);
            assert_eq!(
                read,
                Some(unspanned(organization_tree(o, 3..3))),
                "{}",
                o.id
            );
        }
    }
}
