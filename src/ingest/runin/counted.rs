//! An open list of names closed by its closing word and followed by the word the language's
//! message catalog counts organizations by ("한국진보연대, 전국농민회총연맹 등 52개
//! 시민사회단체로 구성된 …", the Korea Alliance of Progressive Movements, the Korean Peasants
//! League and others, 52 civic groups in all; "…、…等34个团体"): the count names what the list
//! enumerates, so two names are a list here, and the names may be joined by the language's
//! particle of "with" as well as by its separators and conjunctions ("공해추방운동연합(공추련)과
//! 환경정책연구소 등 36개 환경단체는 …"). Japanese sets such a list in apposition to its count
//! ("…、…、…の野党4党は", the four opposition parties …): [`apposed_run`].

use super::first::clause_word;
use super::sentence::sentences;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{han_or_kana, hiragana, list_punctuation, sentence_terminal};

/// How many words after the closing word may hold the word that counts organizations ("등
/// 대구지역 40여개 시민단체들은": a place, a count, the groups).
const GROUP_REACH: usize = 3;

/// The most words of one name of the list (a name is bounded by signs and joining words,
/// except the first, which a sentence's words may precede).
const MOST: usize = 3;

/// The names of an open list a sentence of the text closes with the language's closing word
/// ("등", "等") and counts as organizations. A run of names the sentence parts with its
/// separators only is read before, as a run of any sentence is, with its first name cut from
/// the sentence's words.
pub(in crate::ingest) fn counted_run(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    if lw.groups.is_empty() {
        return None;
    }
    let closers: Vec<&str> = (lw.closing.iter())
        .filter(|(_, spaced)| !spaced)
        .map(|&(w, _)| w)
        .collect();
    sentences(text).into_iter().find_map(|s| {
        counted_in_sentence(s, lw).or_else(|| counted_unspaced(s, lw, &closers, false))
    })
}

/// The names of a list a sentence sets in apposition to its count of organizations
/// ([`ListWords::apposition`]: "…、れいわ新選組の野党4党は", the four opposition parties): read
/// before a run of any sentence, whose last name would run on into the count and the
/// sentence's predicate ("…の野党4党は、…に署名し").
pub(in crate::ingest) fn apposed_run(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    if lw.groups.is_empty() || lw.apposition.is_empty() {
        return None;
    }
    // (The names are cut from the text with the language's own "and", as printed:
    // "A、B、以及C三個團體".)
    let plain = lw.plain_conjunctions(text);
    let names = (sentences(plain.text()).into_iter())
        .find_map(|s| counted_unspaced(s, lw, &lw.apposition, true))?;
    Some(names.into_iter().map(|n| plain.printed(n)).collect())
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

/// The most letters between the end of a list written without spaces and the word that counts
/// its organizations ("等海峡两岸著名团体", "の野党4党").
const GAP: usize = 6;

/// [`counted_run`] and [`apposed_run`] in a sentence written without spaces (Han, kana): a
/// list closed by one of `closers`, the word that counts organizations at most [`GAP`]
/// letters after it, no sign between; after an apposition particle (`apposed`), those letters
/// hold a number (digits, or Han numerals: Unicode's Numeric_Type, "三労組").
fn counted_unspaced(
    sentence: &str,
    lw: &ListWords,
    closers: &[&str],
    apposed: bool,
) -> Option<Vec<String>> {
    let mut at: Vec<usize> = (lw.groups.iter())
        .flat_map(|g| sentence.match_indices(g.as_str()).map(|(i, _)| i))
        .collect();
    at.sort_unstable();
    at.into_iter().find_map(|i| {
        let head = sentence.get(..i)?;
        let gap: Vec<(usize, char)> = (head.char_indices().rev())
            .take_while(|&(_, c)| c.is_alphanumeric())
            .take(GAP)
            .collect();
        gap.iter().find_map(|&(k, _)| {
            let (before, between) = (head.get(..k)?, head.get(k..)?);
            let counted = |w: &str| w.chars().any(numeric);
            // (With no particle, the count starts after the last name, whole, and the names
            // are parted by the language's own separator; a list its closing word ends before
            // the count, or a word after it, is [`counted_run`]'s or none: "…等海峡两岸著名团体",
            // "两" a numeral of a word.)
            let bare = || {
                let own = lw.separators.first().copied();
                let last = own.and_then(|o| before.rsplit(o).next().filter(|_| before.contains(o)));
                between.starts_with(numeric)
                    && !before.ends_with(numeric)
                    && last.is_some_and(|l| !lw.closing.iter().any(|&(c, _)| l.contains(c)))
            };
            let w = closers.iter().find(|&&w| {
                before.ends_with(w) && (!apposed || counted(between)) && (!w.is_empty() || bare())
            })?;
            let mut names = unspaced_names(before.strip_suffix(w)?, lw);
            if apposed && count(between).is_some_and(|n| Some(n) == names.len().checked_sub(1)) {
                names.remove(0);
            }
            (names.len() >= 2).then_some(names)
        })
    })
}

/// Whether a character is a number's (Unicode's Numeric_Type: digits, Han numerals "三").
fn numeric(c: char) -> bool {
    use icu_properties::{CodePointMapData, props::NumericType};
    CodePointMapData::<NumericType>::new().get(c) != NumericType::None
}

/// The number a text writes in decimal digits (ASCII or fullwidth: "県内3野党", "４党"), if any:
/// a list in apposition to its count names that many, and a first piece more is the clause
/// before the list ("信州市民連合は昨年夏以降、立憲民主党、日本共産党、社会民主党の県内3野党と…",
/// since last summer, with the three parties).
fn count(text: &str) -> Option<usize> {
    let digit = |c: char| {
        c.to_digit(10).or_else(|| {
            ('０'..='９')
                .contains(&c)
                .then(|| u32::from(c) - u32::from('０'))
        })
    };
    let digits: String = (text.chars())
        .skip_while(|&c| digit(c).is_none())
        .map_while(digit)
        .map(|d| char::from_digit(d, 10).unwrap_or('0'))
        .collect();
    digits.parse().ok()
}

/// The names of a list written without spaces, before its end: parted by the list's
/// separators (the language's own only, where the list prints it) and by a particle that
/// joins two names ([`ListWords::joined_parts`]: "と"); the first after the last sign before it (a date's parenthesis: "9月8日(水)日本共産党") and
/// after a particle of two kana of Hiragana or more written against a word before it
/// ("…では日本共産党").
fn unspaced_names(before: &str, lw: &ListWords) -> Vec<String> {
    let name_sign = |c: char| c.is_alphanumeric() || matches!(c, '・' | '·' | '-' | '(' | ')');
    let edges = |c: char| c.is_whitespace() || matches!(c, '.' | '．');
    // (Where the list prints the language's own separator, "、", another sign is the
    // sentence's: "近日,由…、…、…等".)
    let own = lw
        .separators
        .first()
        .copied()
        .filter(|&c| before.contains(c));
    let separates = |c: char| own.map_or_else(|| lw.is_separator(c), |o| c == o);
    let mut names: Vec<&str> = Vec::new();
    for piece in before.rsplit(separates) {
        let piece = piece.trim_matches(edges);
        let start = (piece.char_indices().rev())
            .find(|&(_, c)| !name_sign(c))
            .map(|(i, c)| i + c.len_utf8());
        let name = piece.get(start.unwrap_or(0)..).unwrap_or_default();
        names.extend(lw.joined_parts(name).into_iter().rev());
        if start.is_some() {
            break;
        }
    }
    names.reverse();
    let mut names: Vec<&str> = names.into_iter().map(unopened).collect();
    let longest_other = names.iter().skip(1).map(|n| n.chars().count()).max();
    if let Some(first) = names.first_mut() {
        *first = after_particle(after_weekday(first));
        *first = after_clause(first, longest_other.unwrap_or(0));
    }
    names
        .into_iter()
        .map(str::trim)
        .filter(|n| n.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .map(str::to_owned)
        .collect()
}

/// A name without a closing parenthesis that no opening one goes with ("韓国労働組)", a
/// group the sentence opened before the list).
fn unopened(name: &str) -> &str {
    match name.contains('(') {
        true => name,
        false => name.trim_end_matches(')'),
    }
}

/// A first name longer than the list's other names without what stands up to its last
/// Hiragana letter, where two letters or more follow it: the particle of the clause before
/// the list ("参院岩手選挙区で共産", in the upper house's Iwate district, the Communists; "市民の会",
/// the citizens' association, keeps its "の": one letter follows).
fn after_clause(first: &str, longest_other: usize) -> &str {
    let Some((at, c)) = first.char_indices().rev().find(|&(_, c)| hiragana(c)) else {
        return first;
    };
    let rest = first.get(at + c.len_utf8()..).unwrap_or_default();
    let n = rest.chars().count();
    match first.chars().count() > longest_other && n >= 2 && n <= longest_other.max(2) {
        true => rest,
        false => first,
    }
}

/// The text after a group in parentheses of one letter, a date's weekday ("9月8日(水)日本共産党"
/// → "日本共産党"); a name's own group holds more ("(社)" aside, a legal form of one letter).
fn after_weekday(text: &str) -> &str {
    let Some(close) = text.rfind(')') else {
        return text;
    };
    let open = text
        .get(..close)
        .and_then(|t| t.rfind('('))
        .unwrap_or(close);
    let inside = text.get(open + 1..close).unwrap_or_default();
    let digit_before = text.get(..open).is_some_and(|t| {
        t.ends_with(|c: char| !c.is_ascii_digit()) && t.chars().any(|c| c.is_ascii_digit())
    });
    match inside.chars().count() == 1 && digit_before {
        true => text.get(close + 1..).unwrap_or(text),
        false => text,
    }
}

/// The text after the last run of two Hiragana or more that follows a Han or katakana letter
/// (a particle written against the word before: "…では日本共産党" → "日本共産党").
fn after_particle(text: &str) -> &str {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let mut cut = 0;
    let mut k = 0;
    while k < cs.len() {
        let run = cs
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|(_, c)| hiragana(*c))
            .count();
        let after_word = k > 0
            && cs
                .get(k - 1)
                .is_some_and(|&(_, p)| han_or_kana(p) && !hiragana(p));
        let followed = cs.get(k + run).is_some_and(|&(_, n)| han_or_kana(n));
        if run >= 2 && after_word && followed {
            cut = cs.get(k + run).map_or(text.len(), |&(i, _)| i);
        }
        k += run.max(1);
    }
    text.get(cut..).unwrap_or(text)
}

/// Whether a word may be a word of a name: letters and digits (with the signs names hold:
/// parentheses around an acronym, "·", "-", "."), two letters or more, not a count or a date
/// (a number and one syllable: "4일", "40여개"), not ending as a clause's topic, object or place
/// ([`clause_word`]).
fn name_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let signed = w
        .chars()
        .any(|c| !(c.is_alphanumeric() || matches!(c, '(' | ')' | '·' | '-' | '.' | '&')));
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    let counted = digits > 0 && w.chars().skip(digits).filter(|&c| c != '여').count() == 1;
    letters >= 2 && !signed && !counted && !clause_word(w) && !w.ends_with(sentence_terminal)
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

    /// A Japanese list set in apposition to its count: joined by "、" and "と", read whole
    /// before its particle, the date before it left out; a first piece more than the count is
    /// the clause before the list.
    #[test]
    fn japanese_names_in_apposition_to_their_count() {
        let ja = crate::ingest::listwords::list_words(&"ja".parse().unwrap());
        assert_eq!(
            apposed_run(
                "5月3日(金)あいう連盟とかきく協会、さしす労働組合の3団体は声明を出した。",
                &ja
            ),
            Some(vec![
                "あいう連盟".into(),
                "かきく協会".into(),
                "さしす労働組合".into()
            ])
        );
        assert_eq!(
            apposed_run("会は先月以降、東西党、南北党の2党と協議した。", &ja),
            Some(vec!["東西党".into(), "南北党".into()])
        );
        // (No count: "の" joins any two words.)
        assert_eq!(apposed_run("東西党、南北党の党首が会談した。", &ja), None);
    }

    /// A Chinese list with its count written against the last name, no particle between, the
    /// catalog's "以及" (as well as) after the separator read as nothing; a list closed by "等"
    /// is left to [`counted_run`] (constructed).
    #[test]
    fn chinese_names_in_apposition_to_their_count() {
        let zh = crate::ingest::listwords::list_words(&"zh-Hant".parse().unwrap());
        assert_eq!(
            apposed_run(
                "甲乙協會、丙丁聯合會、以及戊己基金會三個團體發表聲明。",
                &zh
            ),
            Some(vec![
                "甲乙協會".into(),
                "丙丁聯合會".into(),
                "戊己基金會".into()
            ])
        );
        assert_eq!(
            apposed_run("甲乙協會、丙丁聯合會等三個團體發表聲明。", &zh),
            None
        );
        assert_eq!(
            apposed_run("甲乙協會、丙丁聯合會等52個團體發表聲明。", &zh),
            None
        );
        assert_eq!(
            apposed_run("甲乙協會、丙丁聯合會等兩岸團體發表聲明。", &zh),
            None
        );
        // (Parted by a sentence's comma, not the list's separator: no list.)
        assert_eq!(apposed_run("據介紹,這其中的20家團體發表聲明。", &zh), None);
        // (No count: a word against the name.)
        assert_eq!(
            apposed_run("甲乙協會、丙丁聯合會的團體發表聲明。", &zh),
            None
        );
    }

    /// A Chinese list closed by "等" before the word that counts organizations.
    #[test]
    fn chinese_names_closed_before_their_count() {
        let zh = crate::ingest::listwords::list_words(&"zh".parse().unwrap());
        assert_eq!(
            counted_run("甲乙协会、丙丁联合会等十余个团体发表声明。", &zh),
            Some(vec!["甲乙协会".into(), "丙丁联合会".into()])
        );
        assert_eq!(
            counted_run("甲乙协会、丙丁联合会等单位发表声明。", &zh),
            None
        );
    }
}
