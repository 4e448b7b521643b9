//! The common shape of a registry's TOML tables read straight into the spanned
//! [`super::tree`], without the toml crate: one `[[organization]]` (or `[[area]]`,
//! `[[statement]]`) header and its `key = value` lines, values being basic and literal strings
//! (with the escapes of TOML 1.0), booleans, decimal integers, arrays and one-line inline tables,
//! with comments and blank lines between them. This is what the crate writes and what most
//! people write; parsing it costs a fraction of the toml crate's general parser, which keeps
//! a registry's TOML load near its JSON load.
//!
//! The reader only says yes to text it reads exactly as the toml crate does (the same values,
//! keys, spans and order; a differential property test holds it to that). Anything else —
//! another header, a dotted or quoted key, a float, a date, a multi-line string, an escape of
//! TOML 1.1, a duplicate key, a control character, an inline table over lines, a syntax error —
//! makes it answer `None`, and the caller reads the text with the toml crate, whose answer
//! (and whose error messages) are then the file's.

use std::borrow::Cow;

use super::tree::{Key, Node, Value};

/// The most keys of one table read here: duplicate keys are looked for by comparing each key
/// with those before it, so a longer table goes to the toml crate.
const MAX_KEYS: usize = 64;
/// The deepest nesting of arrays and inline tables read here.
const MAX_DEPTH: usize = 16;

/// The tables of `src[start..end]` (a chunk opening with an array-of-tables header) as the
/// toml crate would read that text into [`super::tree`] with spans shifted to `src`, or `None`
/// where the text is not of the common shape.
pub(crate) fn chunk(src: &str, start: usize, end: usize) -> Option<Value<'_>> {
    let mut r = Reader {
        src: src.get(..end)?,
        bytes: src.get(..end)?.as_bytes(),
        pos: start,
        depth: 0,
    };
    r.blank_lines();
    let (key, header) = r.header()?;
    let mut fields: Vec<(Key<'_>, Node<'_>)> = Vec::new();
    loop {
        r.blank_lines();
        if r.pos >= r.bytes.len() {
            break;
        }
        let (k, v) = r.key_value()?;
        push_field(&mut fields, k, v)?;
        r.line_end()?;
    }
    let item = Node {
        span: header.clone(),
        value: Value::Table(fields),
    };
    let array = Node {
        span: header,
        value: Value::Array(vec![item]),
    };
    Some(Value::Table(vec![(key, array)]))
}

/// Adds a field to a table; `None` on a duplicate key or a table too long to check here.
fn push_field<'a>(fields: &mut Vec<(Key<'a>, Node<'a>)>, k: Key<'a>, v: Node<'a>) -> Option<()> {
    if fields.len() >= MAX_KEYS || fields.iter().any(|(f, _)| f.name == k.name) {
        return None;
    }
    fields.push((k, v));
    Some(())
}

struct Reader<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn spaces(&mut self) {
        while let Some(b' ' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// A comment from `#` to the end of its line (not included); `None` where it holds a
    /// control character TOML forbids there.
    fn comment(&mut self) -> Option<()> {
        if self.peek() != Some(b'#') {
            return Some(());
        }
        while let Some(b) = self.peek() {
            match b {
                b'\n' => break,
                b'\r' if self.bytes.get(self.pos + 1) == Some(&b'\n') => break,
                b'\t' => {}
                0..=0x1f | 0x7f => return None,
                _ => {}
            }
            self.pos += 1;
        }
        Some(())
    }

    /// A line end (`\n` or `\r\n`), or the end of the text.
    fn newline(&mut self) -> Option<()> {
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.pos += 1;
                Some(())
            }
            Some(b'\r') if self.bytes.get(self.pos + 1) == Some(&b'\n') => {
                self.pos += 2;
                Some(())
            }
            _ => None,
        }
    }

    /// What may end a line after a value or a header: spaces, a comment, the line end.
    fn line_end(&mut self) -> Option<()> {
        self.spaces();
        self.comment()?;
        self.newline()
    }

    /// Blank and comment lines, stopping at the start of the next line with content (or at
    /// a line it cannot read, for the caller to refuse).
    fn blank_lines(&mut self) {
        loop {
            let at = self.pos;
            self.spaces();
            if self.comment().is_none() {
                self.pos = at;
                return;
            }
            match self.peek() {
                None => return,
                Some(b'\n' | b'\r') if self.newline().is_some() => {}
                Some(_) => {
                    self.pos = at;
                    return;
                }
            }
        }
    }

    /// `[[key]]` and its line end: the key and the header's span.
    fn header(&mut self) -> Option<(Key<'a>, std::ops::Range<usize>)> {
        self.spaces();
        let open = self.pos;
        if self.bytes.get(self.pos..self.pos + 2)? != b"[[" {
            return None;
        }
        self.pos += 2;
        self.spaces();
        let key = self.bare_key()?;
        self.spaces();
        if self.bytes.get(self.pos..self.pos + 2)? != b"]]" {
            return None;
        }
        self.pos += 2;
        let span = open..self.pos;
        self.line_end()?;
        Some((key, span))
    }

    /// A bare key (ASCII letters, digits, `-` and `_`).
    fn bare_key(&mut self) -> Option<Key<'a>> {
        let start = self.pos;
        while let Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_') = self.peek() {
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        Some(Key {
            name: Cow::Borrowed(self.src.get(start..self.pos)?),
            span: start..self.pos,
        })
    }

    /// `key = value` (the key bare and undotted).
    fn key_value(&mut self) -> Option<(Key<'a>, Node<'a>)> {
        self.spaces();
        let key = self.bare_key()?;
        self.spaces();
        if self.peek() != Some(b'=') {
            return None;
        }
        self.pos += 1;
        self.spaces();
        let value = self.value()?;
        Some((key, value))
    }

    fn value(&mut self) -> Option<Node<'a>> {
        let start = self.pos;
        let value = match self.peek()? {
            b'"' => Value::String(self.basic_string()?),
            b'\'' => Value::String(self.literal_string()?),
            b'[' => self.array()?,
            b'{' => self.inline_table()?,
            b't' | b'f' => self.boolean()?,
            b'-' | b'0'..=b'9' => self.integer()?,
            _ => return None,
        };
        Some(Node {
            span: start..self.pos,
            value,
        })
    }

    /// Whether the byte at the reader ends a scalar (a float, a date or a bare word do not).
    fn at_delimiter(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}' | b'#')
        )
    }

    fn boolean(&mut self) -> Option<Value<'a>> {
        let rest = self.bytes.get(self.pos..)?;
        let (value, len) = if rest.starts_with(b"true") {
            (true, 4)
        } else if rest.starts_with(b"false") {
            (false, 5)
        } else {
            return None;
        };
        self.pos += len;
        self.at_delimiter().then_some(Value::Bool(value))
    }

    /// A decimal integer without `+`, underscores or leading zeros that fits 64 bits.
    fn integer(&mut self) -> Option<Value<'a>> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let digits = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        let n = self.pos - digits;
        if n == 0 || (n > 1 && self.bytes.get(digits) == Some(&b'0')) || !self.at_delimiter() {
            return None;
        }
        self.src
            .get(start..self.pos)?
            .parse()
            .ok()
            .map(Value::Integer)
    }

    /// A literal string on one line: its text, borrowed.
    fn literal_string(&mut self) -> Option<Cow<'a, str>> {
        if self.bytes.get(self.pos..self.pos + 3) == Some(b"'''") {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek()? {
                b'\'' => break,
                b'\t' => {}
                0..=0x1f | 0x7f => return None,
                _ => {}
            }
            self.pos += 1;
        }
        let text = self.src.get(start..self.pos)?;
        self.pos += 1;
        Some(Cow::Borrowed(text))
    }

    /// A basic string on one line with TOML 1.0's escapes: borrowed where it has none.
    fn basic_string(&mut self) -> Option<Cow<'a, str>> {
        if self.bytes.get(self.pos..self.pos + 3) == Some(b"\"\"\"") {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        let mut out: Option<String> = None;
        let mut run = start;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => {
                    let s = out.get_or_insert_with(String::new);
                    s.push_str(self.src.get(run..self.pos)?);
                    s.push(self.escape()?);
                    run = self.pos;
                    continue;
                }
                b'\t' => {}
                0..=0x1f | 0x7f => return None,
                _ => {}
            }
            self.pos += 1;
        }
        let tail = self.src.get(run..self.pos)?;
        self.pos += 1;
        Some(match out {
            None => Cow::Borrowed(tail),
            Some(mut s) => {
                s.push_str(tail);
                Cow::Owned(s)
            }
        })
    }

    /// One escape of TOML 1.0, from its backslash.
    fn escape(&mut self) -> Option<char> {
        self.pos += 1;
        let b = self.peek()?;
        self.pos += 1;
        let digits = match b {
            b'b' => return Some('\u{8}'),
            b't' => return Some('\t'),
            b'n' => return Some('\n'),
            b'f' => return Some('\u{c}'),
            b'r' => return Some('\r'),
            b'"' => return Some('"'),
            b'\\' => return Some('\\'),
            b'u' => 4,
            b'U' => 8,
            _ => return None,
        };
        let hex = self.src.get(self.pos..self.pos + digits)?;
        if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += digits;
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)
    }

    /// Blank space inside an array: spaces, line ends and comments.
    fn array_space(&mut self) -> Option<()> {
        loop {
            self.spaces();
            match self.peek() {
                Some(b'#') => self.comment()?,
                Some(b'\n' | b'\r') => self.newline()?,
                _ => return Some(()),
            }
        }
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// `[ value, … ]`, over lines, a trailing comma allowed.
    fn array(&mut self) -> Option<Value<'a>> {
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.array_space()?;
            if self.peek() == Some(b']') {
                break;
            }
            items.push(self.value()?);
            self.array_space()?;
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => break,
                _ => return None,
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Some(Value::Array(items))
    }

    /// `{ key = value, … }` on one line, without a trailing comma.
    fn inline_table(&mut self) -> Option<Value<'a>> {
        self.enter()?;
        self.pos += 1;
        let mut fields = Vec::new();
        self.spaces();
        if self.peek() != Some(b'}') {
            loop {
                let (k, v) = self.key_value()?;
                push_field(&mut fields, k, v)?;
                self.spaces();
                match self.peek()? {
                    b',' => self.pos += 1,
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Some(Value::Table(fields))
    }
}
