//! Model → data files: deterministic TOML (one table an organization, one line a name, keys in a
//! fixed order, easy to diff) and pretty JSON. Writing them safely is the `save` module's.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::organization::{Area, Organization};
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
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote("a\"b\\c\u{1}"), "\"a\\\"b\\\\c\\u0001\"");
        assert_eq!(key_str("ru-Latn"), "ru-Latn");
        assert_eq!(key_str("a b"), "\"a b\"");
    }
}
