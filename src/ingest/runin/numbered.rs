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

/// The number a word starts with, written in any script's decimal digits (Unicode's Nd:
/// "3.", "៣."), with a full stop or a closing parenthesis after it, and where the item starts
/// in the word (`len`, the word with its space): after the word, or after the sign when the
/// name is written against it ("៣.គណបក្ស…", Khmer, a script that spaces no words apart).
fn number_mark(w: &str, len: usize) -> Option<(u32, usize)> {
    let sign = w.find(['.', ')'])?;
    let num = w.get(..sign)?;
    let rest = w.get(sign + 1..)?;
    let digits = num.chars().map(crate::text::decimal_digit);
    if num.is_empty() || digits.clone().any(|d| d.is_none()) {
        return None;
    }
    let item_at = match rest.chars().next() {
        None => len,
        Some(c) if crate::ingest::script::letter(c) => sign + 1,
        Some(_) => return None,
    };
    let n = digits
        .flatten()
        .fold(0u32, |a, d| a.saturating_mul(10).saturating_add(d));
    Some((n, item_at))
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
            && let Some((n, item_at)) = number_mark(w, word.len())
            && n == expect
        {
            marks.push((pos, pos + item_at));
            expect += 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// km-ksn-news-gchb-12-gannapak-ghum-sangkat-2017 line 3: twelve parties numbered in Khmer
    /// digits, most written against their numbers ("២.គណបក្សសង្គ្រោះជាតិ"); the first six, on
    /// this line, as the gold reads them.
    #[test]
    fn names_written_against_numbers_in_khmer_digits() {
        let line = "យោងតាមសេចក្តីប្រកាសព័ត៌មានចុះថ្ងៃទី១៥ ខែមីនា ឆ្នាំ២០១៧ម្សិលមិញឲ្យដឹងថា គណបក្សទាំង១២នោះ រួមមាន ១. គណបក្សប្រជាជនកម្ពុជា ២.គណបក្សសង្គ្រោះជាតិ ៣.គណបក្សហ៊្វុស៊ិនប៉ិច ៤.គណបក្សសម្ព័ន្ធដើម្បីប្រជាធិបតេយ្យ ៥.គណបក្សខ្មែររួបរួមជាតិ ៦. គណបក្សសំបុកឃ្មុំសង្គមប្រជាធិបតេយ្យ";
        let gold = [
            "គណបក្សប្រជាជនកម្ពុជា",
            "គណបក្សសង្គ្រោះជាតិ",
            "គណបក្សហ៊្វុស៊ិនប៉ិច",
            "គណបក្សសម្ព័ន្ធដើម្បីប្រជាធិបតេយ្យ",
            "គណបក្សខ្មែររួបរួមជាតិ",
            "គណបក្សសំបុកឃ្មុំសង្គមប្រជាធិបតេយ្យ",
        ];
        assert_eq!(
            numbered_inline(line),
            Some(gold.map(str::to_owned).to_vec())
        );
        // A figure with a decimal point ("2.5 million") is no number of an item.
        assert_eq!(number_mark("2.5", 4), None);
        assert_eq!(number_mark("3.", 3), Some((3, 3)));
    }
}
