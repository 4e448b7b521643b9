//! Names numbered inline in one line ("1. … 2. … 3. …").

/// Names numbered inline: "… SolidNet: 1. X 2. Y 3. Z".
pub(super) fn numbered_inline(text: &str) -> Option<Vec<String>> {
    numbered_inline_from(text, 1)
}

/// A numbered entry whose line runs on into the next numbers ("1. A (AWAM) 2. B 3. C" on one
/// line): the names of each number, when two more follow at least.
pub(in crate::ingest) fn numbered_run_on(text: &str, number: u32) -> Option<Vec<String>> {
    numbered_inline_from(&format!("{number}. {text}"), number)
}

fn numbered_inline_from(text: &str, first: u32) -> Option<Vec<String>> {
    let mut marks: Vec<(usize, usize)> = Vec::new(); // (start of the number, start of the item)
    let mut expect = first;
    let mut pos = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let w = word.trim_end();
        let at_word_start = pos == 0
            || text
                .get(..pos)
                .is_some_and(|b| b.ends_with(char::is_whitespace));
        if at_word_start
            && let Some(num) = w.strip_suffix(['.', ')'])
            && !num.is_empty()
            && num.chars().all(|c| crate::text::decimal_digit(c).is_some())
        {
            let n = num
                .chars()
                .filter_map(crate::text::decimal_digit)
                .fold(0u32, |a, d| a.saturating_mul(10).saturating_add(d));
            if n == expect {
                marks.push((pos, pos + word.len()));
                expect += 1;
            }
        }
        pos += word.len();
    }
    if marks.len() < 3 {
        return None;
    }
    let mut items = Vec::new();
    for (k, &(_, item_start)) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(text.len(), |&(s, _)| s);
        let item = text.get(item_start..end).unwrap_or_default().trim();
        if item.is_empty() {
            return None;
        }
        items.push(item.to_owned());
    }
    Some(items)
}
