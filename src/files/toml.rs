//! The TOML reader: a TOML data file into the spanned [`super::tree`], whole ([`parse`]) or one
//! top-level table at a time ([`records`]).

use std::borrow::Cow;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::tree::{Event, Key, Node, SyntaxError, Value};

/// Reads a TOML registry file one top-level table at a time, handing each element of a
/// top-level array of tables to `f` as soon as its table is read (the events of the JSON
/// reader, [`super::json::records`]) and every other top-level value whole: the tree of
/// one record at a time, never the whole file's.
///
/// A registry file is a long run of `[[organization]]` (or `[[area]]`, `[[statement]]`)
/// tables, and the toml crate's tree takes some thirty times the size of its text. Where
/// reading the tables apart could change the outcome (a syntax error, or a top-level key
/// defined both before the tables and by them) this returns `false`, possibly after handing
/// some events: the caller then forgets them and reads the whole file with [`parse`],
/// so that the result is always that of the whole file. A file of one table is read whole.
pub(crate) fn records<'a>(src: &'a str, mut f: impl FnMut(Event<'a, '_>)) -> bool {
    let chunks = top_level_tables(src);
    if chunks.len() < 2 {
        return false;
    }
    // Keys of a first chunk that does not open with a table header (`organization = [...]`
    // written inline) must not be continued by later tables: TOML forbids it.
    let first_is_header = chunks
        .first()
        .and_then(|r| src.get(r.clone()))
        .and_then(|t| {
            t.lines()
                .map(str::trim_start)
                .find(|l| !l.is_empty() && !l.starts_with('#'))
        })
        .is_some_and(|l| l.starts_with("[["));
    // Each top-level key as first met (its span is the whole file's), whether its value is an
    // array, and whether the first chunk defined it.
    let mut seen: crate::FastMap<Cow<'a, str>, (Key<'a>, bool, bool)> = Default::default();
    for (i, range) in chunks.iter().enumerate() {
        let Some(parts) = chunk(src, range.clone()) else {
            return false;
        };
        for (key, node) in parts {
            let is_array = matches!(node.value, Value::Array(_));
            let name = key.name.clone();
            match seen.get(&name) {
                None => {
                    seen.insert(name.clone(), (key, is_array, i == 0));
                }
                // Only arrays of tables opened by later chunks may continue each other.
                Some(&(_, was_array, in_first)) => {
                    if !(was_array && is_array) || i == 0 || (!first_is_header && in_first) {
                        return false;
                    }
                }
            }
            let Some((key, ..)) = seen.get(&name) else {
                return false;
            };
            match node.value {
                Value::Array(items) => {
                    for item in items {
                        f(Event::Item(key, item));
                    }
                }
                _ => f(Event::Field(key, node)),
            }
        }
    }
    true
}

/// The top-level keys of one chunk of a TOML text and their values: read by
/// [`super::toml_fast`] where the chunk has the common shape, else by the toml crate. `None`
/// where the chunk does not parse alone (strict: the whole file then goes to the careful path).
fn chunk(src: &str, range: Range<usize>) -> Option<Vec<(Key<'_>, Node<'_>)>> {
    let value = match super::toml_fast::chunk(src, range.start, range.end) {
        Some(value) => value,
        None => {
            let root = DeTable::parse(src.get(range.clone())?).ok()?;
            table(root.into_inner(), range.start)
        }
    };
    match value {
        Value::Table(parts) => Some(parts),
        _ => None,
    }
}

/// The common-shape reader ([`super::toml_fast`]) against the toml crate: each chunk
/// [`records`] would read apart, and the whole text, read by both. How many of them the fast
/// reader read (each as the toml crate does), or the first it read differently (other values,
/// keys, spans or order, or a text the toml crate refuses) with both readings. The
/// differential fuzz target's check.
pub(crate) fn fast_reader_check(src: &str) -> (usize, Option<String>) {
    let mut ranges = top_level_tables(src);
    ranges.push(0..src.len());
    let mut read = 0;
    for r in ranges {
        let Some(fast) = super::toml_fast::chunk(src, r.start, r.end) else {
            continue;
        };
        read += 1;
        let slow = src
            .get(r.clone())
            .and_then(|text| DeTable::parse(text).ok())
            .map(|root| table(root.into_inner(), r.start));
        if slow.as_ref() != Some(&fast) {
            let difference =
                format!("bytes {r:?}: the fast reader read {fast:?}, the toml crate {slow:?}");
            return (read, Some(difference));
        }
    }
    (read, None)
}

/// At most this many syntax errors are collected from a TOML text (one less, and a note where
/// the check stopped): the parser's error values take far more memory than the text they
/// describe, and a reader of the report needs the first ones.
const MAX_SYNTAX_ERRORS: usize = super::MAX_LISTED_PROBLEMS;

fn syntax_error(e: &toml::de::Error) -> SyntaxError {
    SyntaxError {
        span: e.span().unwrap_or(0..0),
        message: e.message().trim_end_matches('\n').replace('\n', "; "),
    }
}

/// Parses a TOML document whole, reporting every syntax error the parser recovers from.
pub(crate) fn parse(src: &str) -> Result<Node<'_>, Vec<SyntaxError>> {
    // Parsed with error recovery on growing prefixes (each four times the last, cut after a line
    // end) until enough errors are found or the whole text is read: a valid text is parsed in
    // at most 4/3 of the work of one parse, and a broken one costs time and memory for the first
    // errors only (the parser's tokens and error values take many times the text's size).
    let mut end = src.len().min(64 << 10);
    loop {
        let cut = if end >= src.len() {
            src.len()
        } else {
            src.get(..end)
                .and_then(|p| p.rfind('\n'))
                .map_or(src.len(), |i| i + 1)
        };
        let prefix = src.get(..cut).unwrap_or(src);
        let (root, errors) = DeTable::parse_recoverable(prefix);
        let whole = cut == src.len();
        if !errors.is_empty() && (whole || errors.len() >= MAX_SYNTAX_ERRORS) {
            let mut out: Vec<SyntaxError> = errors
                .iter()
                .take(MAX_SYNTAX_ERRORS - 1)
                .map(syntax_error)
                .collect();
            if errors.len() >= MAX_SYNTAX_ERRORS {
                out.push(SyntaxError {
                    span: out.last().map_or(0..0, |e| e.span.clone()),
                    message: format!(
                        "more than {} syntax errors; the rest of the file was not checked",
                        MAX_SYNTAX_ERRORS - 1
                    ),
                });
            }
            return Err(out);
        }
        if whole {
            let span = root.span();
            // Consumed as it is converted: each part of the toml crate's tree is freed once
            // ours holds it.
            return Ok(Node {
                span,
                value: table(root.into_inner(), 0),
            });
        }
        end = end.saturating_mul(4);
    }
}

/// The byte ranges of a TOML text split before each line that opens a top-level array of
/// tables (`[[organization]]`, `[[area]]`, `[[statement]]`), outside multi-line strings.
fn top_level_tables(src: &str) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    let mut offset = 0;
    let mut in_basic = false;
    let mut in_literal = false;
    for line in src.split_inclusive('\n') {
        let t = line.trim_start();
        if !in_basic && !in_literal && t.starts_with("[[") {
            let name = t
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim();
            if matches!(name, "organization" | "area" | "statement") && offset > 0 {
                starts.push(offset);
            }
        }
        if odd_triples(line.as_bytes(), b'"') && !in_literal {
            in_basic = !in_basic;
        }
        if odd_triples(line.as_bytes(), b'\'') && !in_basic {
            in_literal = !in_literal;
        }
        offset += line.len();
    }
    let mut out: Vec<Range<usize>> = starts
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some(*a..*b),
            _ => None,
        })
        .collect();
    if let Some(&last) = starts.last() {
        out.push(last..src.len());
    }
    out
}

/// Whether a line holds an odd number of `"""` (or `'''`), counted from its start without
/// overlaps as `str::matches` counts them; a line without the quote is passed over at once
/// (every line of a file is looked at, and most hold no `'`).
pub(crate) fn odd_triples(line: &[u8], quote: u8) -> bool {
    if !line.contains(&quote) {
        return false;
    }
    let (mut odd, mut i) = (false, 0);
    while let Some(three) = line.get(i..i + 3) {
        if three.iter().all(|b| *b == quote) {
            odd = !odd;
            i += 3;
        } else {
            i += 1;
        }
    }
    odd
}

fn table(t: DeTable<'_>, offset: usize) -> Value<'_> {
    Value::Table(
        t.into_iter()
            .map(|(k, v)| {
                let key_span = shift(k.span(), offset);
                let span = shift(v.span(), offset);
                (
                    Key {
                        name: k.into_inner(),
                        span: key_span,
                    },
                    Node {
                        span,
                        value: value(v.into_inner(), offset),
                    },
                )
            })
            .collect(),
    )
}

fn shift(r: Range<usize>, offset: usize) -> Range<usize> {
    r.start + offset..r.end + offset
}

fn value(v: DeValue<'_>, offset: usize) -> Value<'_> {
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
                    let span = shift(n.span(), offset);
                    Node {
                        span,
                        value: value(n.into_inner(), offset),
                    }
                })
                .collect(),
        ),
        DeValue::Table(t) => table(t, offset),
    }
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use toml::de::DeTable;

    use crate::files::tree::{Event, Key, Node, Value};

    use super::{parse, records, table, top_level_tables};

    /// What a decoder sees of a top-level key: its span, and its items (an array) or value.
    type Seen<'a> = Vec<(String, Range<usize>, Result<Vec<Node<'a>>, Node<'a>>)>;

    /// The top-level keys of the whole file's tree.
    fn whole(src: &str) -> Option<Seen<'_>> {
        let root = parse(src).ok()?;
        let Value::Table(fields) = root.value else {
            return None;
        };
        Some(
            fields
                .into_iter()
                .map(|(k, n)| match n.value {
                    Value::Array(items) => (k.name.to_string(), k.span, Ok(items)),
                    _ => (k.name.to_string(), k.span, Err(n)),
                })
                .collect(),
        )
    }

    /// The top-level keys as read table by table, or `None` where the whole file is read.
    fn streamed(src: &str) -> Option<Seen<'_>> {
        let mut seen: Seen<'_> = Vec::new();
        let ok = records(src, |event| match event {
            Event::Item(k, item) => match seen.iter_mut().find(|(name, ..)| *name == k.name) {
                Some((_, _, Ok(items))) => items.push(item),
                _ => seen.push((k.name.to_string(), k.span.clone(), Ok(vec![item]))),
            },
            Event::Field(k, n) => seen.push((k.name.to_string(), k.span.clone(), Err(n))),
            Event::Root(_) => {}
        });
        ok.then_some(seen)
    }

    proptest::proptest! {
        #[test]
        fn reading_table_by_table_always_equals_whole_parsing(lines in proptest::collection::vec(
            proptest::sample::select(vec![
                "[[organization]]", "[[area]]", "[[statement]]", "[[statement.section]]",
                " [[ organization ]] # x", "[organization]", "id = \"x\"", "id = \"y\"",
                "n = \"\"\"", "\"\"\"", "m = , ", "k = [1, 2]", "organization = 1",
                "organization = [{ id = \"z\" }]", "t = { a = 1 }", "# comment", "", "bad =",
                "[other]", "[[other]]",
            ]),
            0..30,
        )) {
            let src = lines.join("\n");
            // Read apart only where the whole file parses, and then to the same keys, spans
            // and items.
            if let Some(apart) = streamed(&src) {
                let whole = whole(&src);
                proptest::prop_assert!(whole.is_some(), "{}", src);
                // Keys in order of first appearance; arrays' items in file order.
                let mut whole = whole.unwrap_or_default();
                let mut apart = apart;
                let name = |e: &(String, Range<usize>, Result<Vec<Node<'_>>, Node<'_>>)| e.1.start;
                whole.sort_by_key(name);
                apart.sort_by_key(name);
                proptest::prop_assert_eq!(apart, whole, "{}", src);
            }
        }
    }

    /// A chunk as the toml crate reads it into the tree.
    fn by_the_toml_crate(src: &str) -> Option<Value<'_>> {
        DeTable::parse(src)
            .ok()
            .map(|root| table(root.into_inner(), 0))
    }

    /// Lines of the common shape, each read by the fast reader in a chunk of its own.
    const COMMON_LINES: &[&str] = &[
        "id = \"org-1\"",
        "id = 'lit'",
        "name-shows-country = true",
        "x = false",
        "n = 42",
        "n = -0",
        "countries = [\"AR\", \"DE\"]",
        "countries = [ ]",
        "acronyms = [{ text = \"PPO\", lang = \"es\" }]",
        "names = [\n  { text = \"Ένωση \\\"x\\\" \\u00e9\", lang = \"el\", kind = \"original\" },\n]",
        "a = [ # c\n  1, # d\n  [true, 'x'] ]",
        "# comment",
        "  # indented",
        "",
        "   ",
        "t = {}",
        "t = { a = 1, b = [1, 2,] }",
        "s = \"tab\there\"",
        "s = \"\\U0001F600\"",
        "s = \"a\" # trailing",
        "s = 'tab\t'",
        "k = \"\\\\\\b\\f\\n\\r\\t\"",
    ];

    /// Lines the fast reader leaves to the toml crate (or errors).
    const ODD_LINES: &[&str] = &[
        "n = 007",
        "n = +1",
        "n = 1.5",
        "n = 1979-05-27",
        "n = 99999999999999999999",
        "t = { a = 1, }",
        "s = \"\\x41\"",
        "s = \"\\e\"",
        "s = \"\\ud800\"",
        "s = \"\"\"multi\"\"\"",
        "k.d = 1",
        "\"q\" = 1",
        "[table]",
        "[[organization]]",
        "dup = 1",
        "dup = 1",
        "names = [",
        "]",
        "bad =",
        "x = truex",
        "e = \"unterminated",
        "k = [ {a=1},",
        "{ b = 2 } ]",
        "s = 'it''s'",
        "t = { a = 1,",
        "b = 2 }",
        "# bell \u{7}",
        "s = \"del \u{7f}\"",
        "x = 1 y = 2",
        "\r",
    ];

    #[test]
    fn every_common_line_is_read_without_the_toml_crate() {
        for line in COMMON_LINES {
            for end in ["\n", "\r\n"] {
                let src = format!("[[organization]]{end}{}{end}", line.replace('\n', end));
                let fast = crate::files::toml_fast::chunk(&src, 0, src.len());
                assert!(fast.is_some(), "{src:?}");
                assert_eq!(by_the_toml_crate(&src), fast, "{src:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_common_shape_reader_reads_as_the_toml_crate(
            header in proptest::sample::select(vec![
                "[[organization]]", " [[ area ]] # x", "[[statement]]", "# c\n\n[[organization]]",
                "[[statement.section]]", "[organization]", "id = 1",
            ]),
            crlf in proptest::bool::ANY,
            lines in proptest::collection::vec(proptest::prop_oneof![
                9 => proptest::sample::select(COMMON_LINES),
                1 => proptest::sample::select(ODD_LINES),
            ], 0..12),
        ) {
            let end = if crlf { "\r\n" } else { "\n" };
            let body = lines.join("\n").replace('\n', end);
            let src = format!("{header}{end}{body}");
            if let Some(fast) = crate::files::toml_fast::chunk(&src, 0, src.len()) {
                let slow = by_the_toml_crate(&src);
                proptest::prop_assert_eq!(slow, Some(fast), "{:?}", src);
            }
        }
    }

    #[test]
    fn the_common_shape_is_read_without_the_toml_crate() {
        // An organization as the crate writes it, in a longer file (spans count from the
        // chunk's start in the file).
        let record = "[[organization]]\nid = \"org-1\"\ncountries = [\"CY\"]\nname-shows-country = false\nacronyms = [{ text = \"ΈΚΛ\", lang = \"el\" }]\nnames = [\n  { text = \"Ένωση \\\"Λαϊκό\\\"\", lang = \"el\", kind = \"original\" },\n  { text = \"Communist League\", lang = \"en\", kind = \"translation\" },\n]\n\n";
        let src = format!("# a registry\n\n{record}");
        let start = src.len() - record.len();
        let fast = crate::files::toml_fast::chunk(&src, start, src.len());
        let slow = by_the_toml_crate(record).map(|v| shifted(v, start));
        assert!(
            fast.is_some(),
            "the common shape is read by the fast reader"
        );
        assert_eq!(fast, slow);
    }

    /// A tree with every span moved `by` bytes on.
    fn shifted(v: Value<'_>, by: usize) -> Value<'_> {
        fn node(n: Node<'_>, by: usize) -> Node<'_> {
            Node {
                span: n.span.start + by..n.span.end + by,
                value: shifted(n.value, by),
            }
        }
        match v {
            Value::Array(items) => Value::Array(items.into_iter().map(|n| node(n, by)).collect()),
            Value::Table(fields) => Value::Table(
                fields
                    .into_iter()
                    .map(|(k, n)| {
                        let key = Key {
                            name: k.name,
                            span: k.span.start + by..k.span.end + by,
                        };
                        (key, node(n, by))
                    })
                    .collect(),
            ),
            other => other,
        }
    }

    #[test]
    fn reading_table_by_table_equals_whole_parsing() {
        let src = "title = 1\n[[area]]\nid = \"k\"\n[[organization]]\nid = \"a\"\nn = \"\"\"\n[[organization]]\n\"\"\"\n[[statement]]\nid = \"s\"\n[[statement.section]]\nkind = \"initial\"\n[[organization]]\nid = \"b\"\n";
        let chunks = top_level_tables(src);
        // The header inside the multi-line string does not split.
        assert_eq!(chunks.len(), 5);
        let apart = streamed(src);
        assert!(apart.is_some());
        assert_eq!(apart, whole(src));
        // A key defined before the tables and by them: the whole file decides (an error).
        let clash = "organization = 1\n[[organization]]\nid = \"a\"\n";
        assert_eq!(streamed(clash), None);
        assert!(parse(clash).is_err());
        let inline = "organization = [{ id = \"a\" }]\n[[organization]]\nid = \"b\"\n";
        assert_eq!(streamed(inline), None);
        assert!(parse(inline).is_err());
    }
}
