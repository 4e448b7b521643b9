//! Reading a list's input into numbered lines: plain text (every line end Unicode knows),
//! or HTML (entities decoded, block elements as line breaks).

use super::line_marker::MarkerCache;
/// A line of input: its 1-based number and text.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) no: usize,
    /// The last input line the text comes from (HTML text can span lines).
    pub(super) last: usize,
    pub(super) text: String,
    /// An HTML list item (`<li>`): marked by the markup, as a bullet marks a line of text.
    pub(super) item: bool,
    /// The text's marker, found once ([`MarkerCache`]).
    pub(super) found: MarkerCache,
}

impl Line {
    /// The line's marker: its number or bullet, or the list item the markup made it.
    pub(super) fn marker(&self) -> Option<(Option<u32>, &str)> {
        self.found
            .get(&self.text)
            .or_else(|| self.item.then(|| (None, self.text.trim())))
    }
}

/// Whether a text holds a line end other than U+000A: CR, VT or FF (single bytes), NEL
/// (UTF-8 C2 85), LINE SEPARATOR or PARAGRAPH SEPARATOR (E2 80 A8, E2 80 A9); told among the
/// bytes, no character decoded.
fn has_line_end(input: &str) -> bool {
    let b = input.as_bytes();
    let at = |i: usize| match b.get(i) {
        Some(b'\r' | 0x0B | 0x0C) => true,
        Some(0xC2) => b.get(i + 1) == Some(&0x85),
        Some(0xE2) => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)),
        _ => false,
    };
    // (The bytes that may start one are looked for 64 at a time, without a branch a byte; a
    // chunk that holds one is read again byte by byte.)
    let may = |x: u8| matches!(x, b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2);
    b.chunks(64).enumerate().any(|(k, chunk)| {
        chunk.iter().fold(false, |found, &x| found | may(x))
            && (k * 64..k * 64 + chunk.len()).any(at)
    })
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
    if !has_line_end(input) {
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
            found: MarkerCache::default(),
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

/// The HTML elements that end a line of text.
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

/// Turns an HTML fragment into lines of text: a line per `<li>`, `<p>`, `<br>` and other block,
/// entities decoded, each line numbered by the input line its text starts on.
pub(super) fn html_lines(input: &str) -> Vec<Line> {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut page = HtmlLines {
        line_of: crate::error::LineIndex::new(input),
        lines: Vec::new(),
        current: String::new(),
        start: None,
        end: 0,
        skip_depth: 0,
        in_item: false,
    };
    for token in Tokenizer::new_with_emitter(input, DefaultEmitter::<usize>::new_with_span()) {
        let Ok(token) = token;
        match token {
            Token::StartTag(t) => page.start_tag(&t.name, t.self_closing),
            Token::EndTag(t) => page.end_tag(&t.name),
            Token::String(s) if page.skip_depth == 0 => {
                page.text(&String::from_utf8_lossy(&s.value), s.span.start);
            }
            _ => {}
        }
    }
    page.flush();
    page.lines
}

/// The lines of an HTML fragment as its tokens are read: the text gathered since the last
/// block, where it starts and ends.
struct HtmlLines<'a> {
    line_of: crate::error::LineIndex<'a>,
    lines: Vec<Line>,
    current: String,
    /// Byte offset of the gathered text's first non-space character.
    start: Option<usize>,
    /// Byte offset after its last non-space character.
    end: usize,
    /// Open `<script>` and `<style>` elements, whose text is skipped.
    skip_depth: usize,
    /// Whether the text being gathered is inside an `<li>` (the block it ends with is an item).
    in_item: bool,
}

impl HtmlLines<'_> {
    /// Ends the line gathered so far (if it has text).
    fn flush(&mut self) {
        let t = self
            .current
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let t = t.trim_end_matches([',', ' ']).to_owned();
        if !t.is_empty() {
            let no = self.start.map_or(1, |s| self.line_of.line(s));
            self.lines.push(Line {
                no,
                last: self.line_of.line(self.end.saturating_sub(1)).max(no),
                text: t,
                item: self.in_item,
                found: MarkerCache::default(),
            });
        }
        self.current.clear();
        self.start = None;
    }

    fn start_tag(&mut self, name: &[u8], self_closing: bool) {
        // `<script …/>` written as self-closing opens nothing to skip (a browser would skip to
        // `</script>`, but a copied fragment often has none: the rest of the list would be
        // lost).
        if matches!(name, b"script" | b"style") && !self_closing {
            self.skip_depth += 1;
        } else if BLOCKS.contains(&name) {
            self.flush();
            if name == b"li" {
                self.in_item = true;
            }
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        if matches!(name, b"script" | b"style") {
            self.skip_depth = self.skip_depth.saturating_sub(1);
        } else if matches!(name, b"td" | b"th") {
            // A table row is one entry; its cells read like the parts of a line ("MLPD,
            // Marxistisch-Leninistische Partei Deutschlands, Germany").
            if !self.current.trim().is_empty() {
                self.current.push_str(", ");
            }
        } else if BLOCKS.contains(&name) {
            self.flush();
            if matches!(name, b"li" | b"ol" | b"ul") {
                self.in_item = false;
            }
        }
    }

    /// Text at byte offset `at` of the input.
    fn text(&mut self, text: &str, at: usize) {
        if !text.trim().is_empty() {
            if self.start.is_none() {
                let lead = text.len() - text.trim_start().len();
                self.start = Some(at + lead);
            }
            self.end = at + text.trim_end().len();
        }
        self.current.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line ends other than LF, each told among the bytes (NEL and the separators are two
    /// and three bytes long); letters whose bytes start alike ("é", C3 A9; U+2068 FIRST STRONG ISOLATE, E2 81 A8) are none.
    #[test]
    fn line_ends_are_told_among_the_bytes() {
        for end in [
            "\r\n", "\r", "\u{b}", "\u{c}", "\u{85}", "\u{2028}", "\u{2029}",
        ] {
            let text = format!("KKE{end}MLPD");
            assert!(has_line_end(&text), "{text:?}");
            assert_eq!(normalize_line_ends(&text), "KKE\nMLPD");
        }
        // (A line end past the first chunk of bytes, and one across two chunks.)
        let far = format!("{}\u{2028}KKE", "x".repeat(100));
        let across = format!("{}\u{2029}KKE", "x".repeat(63));
        assert!(has_line_end(&far) && has_line_end(&across));
        for text in [
            "KKE\nMLPD",
            "Confédération \u{2068}ااا\u{2069}",
            "\u{a0}Ελλάδα",
            "",
        ] {
            assert!(!has_line_end(text), "{text:?}");
            assert!(matches!(
                normalize_line_ends(text),
                std::borrow::Cow::Borrowed(_)
            ));
        }
    }
}
