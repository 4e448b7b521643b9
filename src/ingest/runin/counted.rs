//! An open list of names closed by its closing word and followed by the word the language's
//! message catalog counts organizations by ("한국진보연대, 전국농민회총연맹 등 52개
//! 시민사회단체로 구성된 …", the Korea Alliance of Progressive Movements, the Korean Peasants
//! League and others, 52 civic groups in all): the count names what the list enumerates, so two
//! names are a list here, and the names may be joined by the language's particle of "with" as
//! well as by its separators and conjunctions ("공해추방운동연합(공추련)과 환경정책연구소 등 36개
//! 환경단체는 …").

use super::sentence::sentences;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{list_punctuation, sentence_terminal};

/// How many words after the closing word may hold the word that counts organizations ("등
/// 대구지역 40여개 시민단체들은": a place, a count, the groups).
const GROUP_REACH: usize = 3;

/// The most words of one name of the list (a name is bounded by signs and joining words,
/// except the first, which a sentence's words may precede).
const MOST: usize = 3;

/// The names of an open list a sentence of the text closes and counts as organizations.
pub(in crate::ingest) fn counted_run(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    if lw.groups.is_empty() {
        return None;
    }
    sentences(text)
        .into_iter()
        .find_map(|s| counted_in_sentence(s, lw))
}

/// [`counted_run`] in one sentence: the names before its closing word, when a word after it
/// holds a word that counts organizations.
fn counted_in_sentence(sentence: &str, lw: &ListWords) -> Option<Vec<String>> {
    let before = lw.before_closing(sentence)?;
    let after = sentence.get(before.len()..)?;
    let counted = after
        .split_whitespace()
        .skip(1)
        .take(GROUP_REACH)
        .any(|w| lw.groups.iter().any(|g| w.contains(g.as_str())));
    if !counted {
        return None;
    }
    let names = closed_names(before, lw);
    (names.len() >= 2).then_some(names)
}

/// The names at the end of `before`, read back from its end: a word that ends with a
/// separator or the joining particle ([`ListWords::joined_stem`]) ends the name before the
/// next, a conjunction between spaces stands between two; the first name ends the list at a
/// word that is no name's ([`name_word`]) or at its [`MOST`] words.
fn closed_names(before: &str, lw: &ListWords) -> Vec<String> {
    let mut names: Vec<Vec<&str>> = vec![Vec::new()];
    for w in before.split_whitespace().rev() {
        let Some(current) = names.last_mut() else {
            break;
        };
        if lw.is_conjunction(w) {
            if current.is_empty() {
                break;
            }
            names.push(Vec::new());
            continue;
        }
        let separated = w
            .strip_suffix(|c: char| lw.is_separator(c) || list_punctuation(c))
            .or_else(|| lw.joined_stem(w));
        match separated {
            Some(stem) if !current.is_empty() && name_word(stem) => names.push(vec![stem]),
            Some(_) => break,
            None if current.len() < MOST && name_word(w) => current.insert(0, w),
            None => break,
        }
    }
    names
        .into_iter()
        .rev()
        .filter(|n| !n.is_empty())
        .map(|n| n.join(" "))
        .collect()
}

/// The endings of a Korean word that mark it a clause's topic, object or place (은/는 topic,
/// 을/를 object, 에서/에게 place): such a word ends the words before a list, never a name.
const CLAUSE_ENDINGS: [&str; 6] = ["은", "는", "을", "를", "에서", "에게"];

/// Whether a word may be a word of a name: letters and digits (with the signs names hold:
/// parentheses around an acronym, "·", "-", "."), two letters or more, not a count or a date
/// (a number and one syllable: "4일", "40여개"), not ending as a clause's topic, object or place.
fn name_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let signed = w
        .chars()
        .any(|c| !(c.is_alphanumeric() || matches!(c, '(' | ')' | '·' | '-' | '.' | '&')));
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    let counted = digits > 0 && w.chars().skip(digits).filter(|&c| c != '여').count() == 1;
    let clause = CLAUSE_ENDINGS.iter().any(|e| w.ends_with(e));
    letters >= 2 && !signed && !counted && !clause && !w.ends_with(sentence_terminal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ko() -> std::sync::Arc<ListWords> {
        crate::ingest::listwords::list_words(&"ko".parse().unwrap())
    }

    /// Two names, then three, closed by "등" and counted as groups: joined by a comma, by the
    /// particle of "with" and by "및"; the words before the list (a topic, a date) left out.
    #[test]
    fn names_closed_and_counted_as_groups() {
        let lw = ko();
        assert_eq!(
            counted_run(
                "가나다연합, 라마바협의회 등 12개 시민단체는 오늘 회견을 열었다.",
                &lw
            ),
            Some(vec!["가나다연합".into(), "라마바협의회".into()])
        );
        assert_eq!(
            counted_run(
                "이들은 지난 4일 가나다연합과 라마바 협의회 및 사아자연대 등 대구지역 30여개 단체와 함께 회견을 가졌다.",
                &lw
            ),
            Some(vec![
                "가나다연합".into(),
                "라마바 협의회".into(),
                "사아자연대".into()
            ])
        );
    }

    /// An open list of other things ("등 3개 현안", three issues), or one that the words
    /// after it do not count, is none.
    #[test]
    fn lists_of_other_things_are_none() {
        let lw = ko();
        assert_eq!(
            counted_run(
                "가나다연합과 라마바협의회는 증원 철회, 원격의료 반대 등 3개 현안을 발표했다.",
                &lw
            ),
            None
        );
        assert_eq!(
            counted_run(
                "가나다연합과 라마바협의회 등 관계자들이 회견을 열었다.",
                &lw
            ),
            None
        );
    }
}
