//! Reading a list's input into numbered lines: plain text (every line end Unicode knows),
//! or HTML (entities decoded, block elements as line breaks).

#[allow(unused_imports)]
use super::*;

/// A line of input: its 1-based number and text.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) no: usize,
    /// The last input line the text comes from (HTML text can span lines).
    pub(super) last: usize,
    pub(super) text: String,
    /// An HTML list item (`<li>`): marked by the markup, as a bullet marks a line of text.
    pub(super) item: bool,
}

impl Line {
    /// The line's marker: its number or bullet, or the list item the markup made it.
    pub(super) fn marker(&self) -> Option<(Option<u32>, &str)> {
        marker(&self.text).or_else(|| self.item.then(|| (None, self.text.trim())))
    }
}

/// Every line end Unicode knows (CR LF, CR, LF, NEL, LS, PS, and vertical tab and form feed,
/// which some word processors use for manual breaks) as one `\n`, so that lines are counted
/// the same way whatever system wrote the list.
pub(super) fn normalize_line_ends(input: &str) -> std::borrow::Cow<'_, str> {
    let is_end = |c: char| {
        matches!(
            c,
            '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !input.contains(is_end) {
        return std::borrow::Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else if is_end(c) {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Splits plain text (with `\n` line ends) into lines.
pub(super) fn text_lines(input: &str) -> Vec<Line> {
    input
        .split('\n')
        .enumerate()
        .map(|(i, l)| Line {
            no: i + 1,
            last: i + 1,
            text: l.to_owned(),
            item: false,
        })
        .collect()
}

/// Whether the input looks like an HTML fragment.
pub fn looks_like_html(input: &str) -> bool {
    // The first 4 KiB (cut at a character boundary).
    let mut end = input.len().min(4096);
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let lower = input.get(..end).unwrap_or_default().to_ascii_lowercase();
    ["<ol", "<ul", "<li", "<p>", "<p ", "<br", "<div", "<table"]
        .iter()
        .any(|t| lower.contains(t))
}

/// Turns an HTML fragment into lines of text: a line per `<li>`, `<p>`, `<br>` and other block,
/// entities decoded, each line numbered by the input line its text starts on.
pub(super) fn html_lines(input: &str) -> Vec<Line> {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let line_of = crate::error::LineIndex::new(input);
    let mut lines: Vec<Line> = Vec::new();
    let mut current = String::new();
    let mut start: Option<usize> = None;
    let mut end = 0usize;
    let mut skip_depth = 0usize;
    // Whether the text being gathered is inside an `<li>` (the block it ends with is an item).
    let mut in_item = false;
    let flush = |current: &mut String,
                 start: &mut Option<usize>,
                 end: usize,
                 lines: &mut Vec<Line>,
                 item: bool| {
        let t = current.split_whitespace().collect::<Vec<_>>().join(" ");
        let t = t.trim_end_matches([',', ' ']).to_owned();
        if !t.is_empty() {
            let no = start.map_or(1, |s| line_of.line(s));
            lines.push(Line {
                no,
                last: line_of.line(end.saturating_sub(1)).max(no),
                text: t,
                item,
            });
        }
        current.clear();
        *start = None;
    };
    const BLOCKS: &[&[u8]] = &[
        b"li",
        b"p",
        b"br",
        b"div",
        b"ol",
        b"ul",
        b"tr",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"section",
        b"article",
        b"blockquote",
        b"dd",
        b"dt",
        b"table",
        b"header",
        b"footer",
    ];
    for token in Tokenizer::new_with_emitter(input, DefaultEmitter::<usize>::new_with_span()) {
        let Ok(token) = token;
        match token {
            Token::StartTag(t) => {
                // `<script …/>` written as self-closing opens nothing to skip (a browser would
                // skip to `</script>`, but a copied fragment often has none: the rest of the
                // list would be lost).
                if matches!(&t.name[..], b"script" | b"style") && !t.self_closing {
                    skip_depth += 1;
                } else if BLOCKS.contains(&&t.name[..]) {
                    flush(&mut current, &mut start, end, &mut lines, in_item);
                    if &t.name[..] == b"li" {
                        in_item = true;
                    }
                }
            }
            Token::EndTag(t) => {
                if matches!(&t.name[..], b"script" | b"style") {
                    skip_depth = skip_depth.saturating_sub(1);
                } else if matches!(&t.name[..], b"td" | b"th") {
                    // A table row is one entry; its cells read like the parts of a line
                    // ("MLPD, Marxistisch-Leninistische Partei Deutschlands, Germany").
                    if !current.trim().is_empty() {
                        current.push_str(", ");
                    }
                } else if BLOCKS.contains(&&t.name[..]) {
                    flush(&mut current, &mut start, end, &mut lines, in_item);
                    if matches!(&t.name[..], b"li" | b"ol" | b"ul") {
                        in_item = false;
                    }
                }
            }
            Token::String(s) if skip_depth == 0 => {
                let text = String::from_utf8_lossy(&s.value);
                if !text.trim().is_empty() {
                    if start.is_none() {
                        let lead = text.len() - text.trim_start().len();
                        start = Some(s.span.start + lead);
                    }
                    end = s.span.start + text.trim_end().len();
                }
                current.push_str(&text);
            }
            _ => {}
        }
    }
    flush(&mut current, &mut start, end, &mut lines, in_item);
    lines
}
