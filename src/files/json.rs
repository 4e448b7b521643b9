//! A strict JSON (RFC 8259) reader into the spanned [`super::tree`] tree, so that every value
//! of a JSON data file has a line and a column. Lone surrogates (`"\ud800"`), duplicate keys and
//! nesting deeper than 128 levels are errors.

use std::borrow::Cow;

use super::tree::{Event, Key, Node, SyntaxError, Value};

const MAX_DEPTH: usize = 128;

fn key_hash(key: &str) -> u64 {
    use std::hash::{BuildHasher as _, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(key)
}

/// Parses a JSON text.
pub(crate) fn parse(src: &str) -> Result<Node<'_>, Vec<SyntaxError>> {
    let mut p = Parser {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let result = p.document();
    result.map_err(|e| vec![e])
}

/// Reads a JSON document whose top level is an object of arrays (a data file's `area`,
/// `organization`, `statement`), handing each array element to `f` as soon as it is read: the
/// tree of one record at a time, never the whole file's. Every other shape goes to `f` whole.
/// The same syntax (and the same errors) as [`parse`].
pub(crate) fn records<'a>(
    src: &'a str,
    mut f: impl FnMut(Event<'a, '_>),
) -> Result<(), Vec<SyntaxError>> {
    let mut p = Parser {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        depth: 0,
    };
    p.records(&mut f).map_err(|e| vec![e])
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn err<T>(&self, at: usize, message: impl Into<String>) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            span: at..at,
            message: message.into(),
        })
    }

    fn rest(&self) -> &[u8] {
        self.bytes.get(self.pos..).unwrap_or_default()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn document(&mut self) -> Result<Node<'a>, SyntaxError> {
        // A UTF-8 byte order mark is tolerated at the very start.
        if self.src.starts_with('\u{FEFF}') {
            self.pos = 3;
        }
        self.ws();
        let node = self.value()?;
        self.ws();
        if self.pos < self.bytes.len() {
            return self.err(self.pos, "trailing characters after the JSON value");
        }
        Ok(node)
    }

    fn records(&mut self, f: &mut impl FnMut(Event<'a, '_>)) -> Result<(), SyntaxError> {
        if self.src.starts_with('\u{FEFF}') {
            self.pos = 3;
        }
        self.ws();
        if self.peek() != Some(b'{') {
            let node = self.value()?;
            self.ws();
            if self.pos < self.bytes.len() {
                return self.err(self.pos, "trailing characters after the JSON value");
            }
            f(Event::Root(node));
            return Ok(());
        }
        self.members(|p, key| {
            if p.peek() == Some(b'[') {
                p.items(&key, f)
            } else {
                let v = p.value()?;
                f(Event::Field(&key, v));
                Ok(())
            }
        })?;
        self.ws();
        if self.pos < self.bytes.len() {
            return self.err(self.pos, "trailing characters after the JSON value");
        }
        Ok(())
    }

    /// The elements of an array under a top-level key, each handed to `f` once read.
    fn items(
        &mut self,
        key: &Key<'a>,
        f: &mut impl FnMut(Event<'a, '_>),
    ) -> Result<(), SyntaxError> {
        self.elements(|v| f(Event::Item(key, v)))
    }

    fn found(&self) -> String {
        match self.src.get(self.pos..).and_then(|s| s.chars().next()) {
            Some(c) => format!("found {c:?}"),
            None => "found the end of the file".to_owned(),
        }
    }

    fn value(&mut self) -> Result<Node<'a>, SyntaxError> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => return self.err(start, format!("expected a JSON value, {}", self.found())),
        };
        Ok(Node {
            span: start..self.pos,
            value,
        })
    }

    fn literal(&mut self, word: &str, v: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        if self.rest().starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(v)
        } else {
            self.err(self.pos, format!("expected `{word}`, {}", self.found()))
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err(self.pos, format!("nesting deeper than {MAX_DEPTH} levels"));
        }
        Ok(())
    }

    /// Reads an object from its `{` through its `}`: each member's key (with its span),
    /// checked against the keys before it, then `value` reads what follows the `:`.
    fn members(
        &mut self,
        mut value: impl FnMut(&mut Self, Key<'a>) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.enter()?;
        self.pos += 1;
        let mut names: Vec<Cow<'a, str>> = Vec::new();
        let mut hashes: std::collections::HashSet<u64> = std::collections::HashSet::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return self.err(
                    self.pos,
                    format!("expected a key in quotes, {}", self.found()),
                );
            }
            let kstart = self.pos;
            let name = self.string()?;
            let kend = self.pos;
            // Duplicate keys by hash (a confirming comparison only on a hash match), so that
            // an object of many keys costs linear time.
            let duplicate = if names.len() < 8 {
                names.contains(&name)
            } else {
                if hashes.is_empty() {
                    hashes.extend(names.iter().map(|n| key_hash(n)));
                }
                !hashes.insert(key_hash(&name)) && names.contains(&name)
            };
            if duplicate {
                return self.err(kstart, format!("duplicate key {name:?}"));
            }
            names.push(name.clone());
            self.ws();
            if self.peek() != Some(b':') {
                return self.err(self.pos, format!("expected `:`, {}", self.found()));
            }
            self.pos += 1;
            self.ws();
            value(
                self,
                Key {
                    name,
                    span: kstart..kend,
                },
            )?;
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => return self.err(self.pos, format!("expected `,` or `}}`, {}", self.found())),
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn object(&mut self) -> Result<Value<'a>, SyntaxError> {
        let mut fields: Vec<(Key<'a>, Node<'a>)> = Vec::new();
        self.members(|p, key| {
            let v = p.value()?;
            fields.push((key, v));
            Ok(())
        })?;
        Ok(Value::Table(fields))
    }

    /// Reads an array from its `[` through its `]`, handing each element to `each`.
    fn elements(&mut self, mut each: impl FnMut(Node<'a>)) -> Result<(), SyntaxError> {
        self.enter()?;
        self.pos += 1;
        self.ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            self.ws();
            let v = self.value()?;
            each(v);
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => return self.err(self.pos, format!("expected `,` or `]`, {}", self.found())),
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn array(&mut self) -> Result<Value<'a>, SyntaxError> {
        let mut items = Vec::new();
        self.elements(|v| items.push(v))?;
        Ok(Value::Array(items))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let at = self.pos;
        let digits = self
            .src
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => self.err(at, "expected four hex digits after \\u"),
        }
    }

    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        let mut first = true;
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            let run = self.src.get(run_start..self.pos).unwrap_or_default();
            // A string without escapes borrows from the source.
            if first && self.peek() == Some(b'"') {
                self.pos += 1;
                return Ok(Cow::Borrowed(run));
            }
            first = false;
            out.push_str(run);
            match self.peek() {
                None => return self.err(open, "unterminated string"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    let esc = self.pos;
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi) {
                                if self.rest().starts_with(b"\\u") {
                                    self.pos += 2;
                                    let lo = self.hex4()?;
                                    if !(0xDC00..0xE000).contains(&lo) {
                                        return self
                                            .err(esc, format!("lone surrogate \\u{hi:04x}"));
                                    }
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                } else {
                                    return self.err(esc, format!("lone surrogate \\u{hi:04x}"));
                                }
                            } else if (0xDC00..0xE000).contains(&hi) {
                                return self.err(esc, format!("lone surrogate \\u{hi:04x}"));
                            } else {
                                char::from_u32(hi)
                            };
                            match c {
                                Some(c) => out.push(c),
                                None => return self.err(esc, "invalid \\u escape"),
                            }
                            continue;
                        }
                        _ => return self.err(esc, "invalid escape in string"),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => return self.err(self.pos, "control character in string (escape it)"),
            }
        }
    }

    fn number(&mut self) -> Result<Value<'a>, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.pos;
            while let Some(b'0'..=b'9') = p.peek() {
                p.pos += 1;
            }
            p.pos - s
        };
        let int_start = self.pos;
        let n = digits(self);
        if n == 0 || (n > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return self.err(start, "invalid number");
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            float = true;
            if digits(self) == 0 {
                return self.err(start, "invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            float = true;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return self.err(start, "invalid number");
            }
        }
        let text = self.src.get(start..self.pos).unwrap_or_default();
        if !float && let Ok(i) = text.parse::<i64>() {
            return Ok(Value::Integer(i));
        }
        match text.parse::<f64>() {
            Ok(f) => Ok(Value::Float(f)),
            Err(_) => self.err(start, "invalid number"),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::files::tree::{Node, Value};

    use super::parse;

    fn value(src: &str) -> Value<'_> {
        match parse(src) {
            Ok(n) => n.value,
            Err(e) => Value::String(format!("error: {}", e[0].message).into()),
        }
    }

    #[test]
    fn reads_values_and_spans() {
        let n = parse(r#" {"a": [1, -2.5e1, "x\u00e9\ud83d\ude00"], "b": null} "#).ok();
        let Some(Node {
            value: Value::Table(fields),
            span,
        }) = n
        else {
            panic!("not a table")
        };
        assert_eq!(span, 1..53);
        assert_eq!(fields[0].0.name, "a");
        assert_eq!(
            fields[0].1.value,
            Value::Array(vec![
                Node {
                    span: 8..9,
                    value: Value::Integer(1)
                },
                Node {
                    span: 11..17,
                    value: Value::Float(-25.0)
                },
                Node {
                    span: 19..40,
                    value: Value::String("xé😀".into())
                },
            ])
        );
    }

    #[test]
    fn rejects_what_rfc_8259_rejects() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"a\tb\"",
            "{\"a\":1,\"a\":2}",
            "nul",
            "[1] 2",
        ] {
            assert!(
                matches!(value(bad), Value::String(ref s) if s.starts_with("error")),
                "{bad}"
            );
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&deep).is_err());
    }
}
