//! A format-neutral document tree in which every value and key keeps its byte span, so that
//! validation can point at the line and column of any value. Each file format's reader
//! ([`super::toml`], [`super::json`]) reads a file into it, whole or one record at a time
//! ([`Event`]), and [`super::decode`] turns it into the model.

use std::borrow::Cow;
use std::ops::Range;

/// A value with the byte span it was read from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node<'a> {
    pub span: Range<usize>,
    pub value: Value<'a>,
}

/// A key of a table with its span.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Key<'a> {
    pub name: Cow<'a, str>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
/// Strings borrow from the source text where they have no escapes.
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Integer(i64),
    Float(f64),
    String(Cow<'a, str>),
    /// A TOML date or date-time, in its TOML spelling.
    Datetime(String),
    Array(Vec<Node<'a>>),
    Table(Vec<(Key<'a>, Node<'a>)>),
}

impl Value<'_> {
    /// The name of the value's type, for "expected a string, found an array" messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a float",
            Value::String(_) => "a string",
            Value::Datetime(_) => "a date",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
        }
    }
}

/// The path from `node` to the innermost value or key at byte `offset`: table keys, and array
/// indexes as `[i]`.
pub(crate) fn path_at(node: &Node<'_>, offset: usize, path: &mut Vec<String>) {
    match &node.value {
        Value::Table(fields) => {
            for (k, v) in fields {
                if k.span.contains(&offset) {
                    path.push(k.name.to_string());
                    return;
                }
                if v.span.contains(&offset) {
                    path.push(k.name.to_string());
                    path_at(v, offset, path);
                    return;
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                if v.span.contains(&offset) {
                    path.push(format!("[{i}]"));
                    path_at(v, offset, path);
                    return;
                }
            }
        }
        _ => {}
    }
}

/// A syntax error: its byte span and message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
}

/// A piece of a data file read record by record (each reader's `records` function).
pub(crate) enum Event<'a, 'k> {
    /// The document is not a table: its whole value.
    Root(Node<'a>),
    /// A top-level key whose value is not an array, with the value.
    Field(&'k Key<'a>, Node<'a>),
    /// One element of the array under a top-level key.
    Item(&'k Key<'a>, Node<'a>),
}
