//! A format-neutral document tree in which every value and key keeps its byte span, so that
//! validation can point at the line and column of any value. TOML and JSON files are read into
//! it ([`parse_toml`], [`crate::json::parse`]) and decoded from it ([`crate::decode`]).

use std::borrow::Cow;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

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

/// A syntax error: its byte span and message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
}

/// Parses a TOML document, reporting every syntax error the parser recovers from.
pub(crate) fn parse_toml(src: &str) -> Result<Node<'_>, Vec<SyntaxError>> {
    let (root, errors) = DeTable::parse_recoverable(src);
    if !errors.is_empty() {
        return Err(errors
            .into_iter()
            .map(|e| SyntaxError {
                span: e.span().unwrap_or(0..0),
                message: e.message().trim_end_matches('\n').replace('\n', "; "),
            })
            .collect());
    }
    let span = root.span();
    // Consumed as it is converted: each part of the toml crate's tree is freed once ours
    // holds it, so the two trees do not both exist whole.
    Ok(Node {
        span,
        value: table(root.into_inner()),
    })
}

fn table(t: DeTable<'_>) -> Value<'_> {
    Value::Table(
        t.into_iter()
            .map(|(k, v)| {
                let key_span = k.span();
                let span = v.span();
                (
                    Key {
                        name: k.into_inner(),
                        span: key_span,
                    },
                    Node {
                        span,
                        value: value(v.into_inner()),
                    },
                )
            })
            .collect(),
    )
}

fn value(v: DeValue<'_>) -> Value<'_> {
    match v {
        DeValue::String(s) => Value::String(s),
        DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
            .map_or_else(|_| Value::Float(f64::NAN), Value::Integer),
        DeValue::Float(f) => Value::Float(f.as_str().replace('_', "").parse().unwrap_or(f64::NAN)),
        DeValue::Boolean(b) => Value::Bool(b),
        DeValue::Datetime(d) => Value::Datetime(d.to_string()),
        DeValue::Array(a) => Value::Array(
            a.into_iter()
                .map(|n| {
                    let span = n.span();
                    Node {
                        span,
                        value: value(n.into_inner()),
                    }
                })
                .collect(),
        ),
        DeValue::Table(t) => table(t),
    }
}
