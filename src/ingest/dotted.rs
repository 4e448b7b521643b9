//! Names joined by a middle dot in Hangul: Korean writes the names of a short list against a
//! middle dot (U+00B7 "·", or U+318D "ㆍ", or U+30FB "・"), no space around it, the last name
//! with its case particle or before the word that closes an open list ("진보당·새진보연합은 …",
//! the Progressive Party and the New Progressive Alliance; "녹색정의당·기본소득당 등"). The
//! same dot joins any nouns ("노동·시민·사회단체", labour, civic and social groups; "대구·경북",
//! two provinces; persons, "이준석·이낙연"), so a word of dotted parts names organizations only
//! on evidence: the page prints the names again, each name is three syllables or more, and the
//! list ends as a sentence's subject, object or open list does, or its names share the kind
//! they end with ("정의당·녹색당·미래당", three parties); a list closed by "등" and counted as
//! organizations ("…·인권센터등 291개단체는") needs no more.

use super::listwords::ListWords;

/// The middle dots Hangul sets between the names of a short list.
const DOTS: [char; 3] = ['·', 'ㆍ', '・'];

/// The one-syllable case particles a Korean list's last name is written with: topic (은/는),
/// subject (이/가), object (을/를), genitive (의), and "with" (과/와), which joins the list to
/// the next name.
const CASE_PARTICLES: [char; 9] = ['은', '는', '이', '가', '을', '를', '의', '과', '와'];

/// The fewest letters of a dotted name: two syllables are a noun's ("노동", "시민", "대구").
const LEAST: usize = 3;

/// How many words after the closing word may hold the word that counts organizations.
const GROUP_REACH: usize = 3;

/// Whether a character is a Hangul syllable.
fn hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// A letter of a dotted list: Hangul, Latin letters and digits ("KTX승무지부"), the
/// parentheses of an acronym inside a name ("…협의회(NCCK)인권센터") and the dots.
fn list_letter(c: char) -> bool {
    hangul(c) || c.is_ascii_alphanumeric() || matches!(c, '(' | ')') || DOTS.contains(&c)
}

/// How a dotted list ends: before the word that closes an open list, and whether a count of
/// organizations follows it; or with a case particle; or with neither.
#[derive(Clone, Copy, PartialEq)]
enum End {
    Closed { counted: bool },
    Particle,
    Bare,
}

/// The names of the first dotted list of `text` that names organizations (the module's
/// evidence); `printed` tells whether the page prints a name again.
pub(super) fn dotted_names(
    text: &str,
    lw: &ListWords,
    printed: impl Fn(&str, Option<char>) -> bool,
) -> Option<Vec<String>> {
    if !text.contains(DOTS) || !text.chars().any(hangul) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len()).find_map(|k| {
        let (names, end) = dotted_in_word(&words, k, lw)?;
        organizations(&names, end, &printed).then(|| names.into_iter().map(str::to_owned).collect())
    })
}

/// The dotted list of word `k` of `words` and how it ends: the letters of the list around its
/// first dot, parted at the dots, the last without the closing word or the case particle
/// written against it.
fn dotted_in_word<'t>(words: &[&'t str], k: usize, lw: &ListWords) -> Option<(Vec<&'t str>, End)> {
    let w = *words.get(k)?;
    let at = w.find(DOTS)?;
    let start = (w.get(..at)?.char_indices().rev())
        .take_while(|&(_, c)| list_letter(c))
        .last()
        .map_or(at, |(i, _)| i);
    let end = (w.get(at..)?.char_indices())
        .find(|&(_, c)| !list_letter(c))
        .map_or(w.len(), |(i, _)| at + i);
    let (list, rest) = (w.get(start..end)?, w.get(end..)?);
    let mut names: Vec<&str> = list.split(DOTS).collect();
    let last = names.pop()?;
    let closer = lw.closing.iter().map(|&(c, _)| c).find(|c| {
        last.strip_suffix(c)
            .is_some_and(|n| n.chars().count() >= LEAST)
    });
    let counted = |from: usize| {
        (words.iter().skip(from).take(GROUP_REACH))
            .any(|x| lw.groups.iter().any(|g| x.contains(g.as_str())))
    };
    let next_closes = words
        .get(k + 1)
        .is_some_and(|n| lw.before_closing(&format!("{list} {n}")) == Some(list));
    let (last, how) = match closer {
        Some(c) if rest.is_empty() => (
            last.strip_suffix(c)?,
            End::Closed {
                counted: counted(k + 1),
            },
        ),
        _ if rest.is_empty() && next_closes => (
            last,
            End::Closed {
                counted: counted(k + 2),
            },
        ),
        _ => match last.chars().next_back() {
            Some(p)
                if rest.is_empty()
                    && CASE_PARTICLES.contains(&p)
                    && last.chars().count() > LEAST =>
            {
                (last.strip_suffix(p)?, End::Particle)
            }
            _ => (last, End::Bare),
        },
    };
    names.push(last);
    (names.len() >= 2).then_some((names, how))
}

/// Whether dotted names name organizations: each three letters or more and holding Hangul; not
/// persons (names of three syllables each, a surname and a given name, that share no kind); and
/// counted as organizations, or printed again on the page, two of them at least and more than
/// half, where the list ends with a closing word or a particle ("노동권·모성권·건강권·교육권·환경권
/// 등", five rights, two of them named again, are no list of bodies), or all of them where
/// their last syllable is one kind.
fn organizations(names: &[&str], end: End, printed: impl Fn(&str, Option<char>) -> bool) -> bool {
    let shaped = names
        .iter()
        .all(|n| n.chars().count() >= LEAST && n.chars().any(hangul));
    let kind = names
        .iter()
        .map(|n| n.chars().next_back())
        .collect::<std::collections::HashSet<_>>();
    let one_kind = kind.len() == 1;
    let persons = !one_kind
        && names
            .iter()
            .all(|n| n.chars().count() == 3 && n.chars().all(hangul));
    let again = names.iter().filter(|n| printed(n, None)).count();
    shaped
        && !persons
        && (end == End::Closed { counted: true }
            || (again >= 2 && again * 2 > names.len() && end != End::Bare)
            || (one_kind && again == names.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::listwords::list_words;

    fn ko() -> std::sync::Arc<ListWords> {
        list_words(&"ko".parse().unwrap_or_default())
    }

    /// A constructed lead: two parties joined by "·", the last with its topic particle, both
    /// printed again on the page.
    #[test]
    fn dotted_parties_with_a_particle_are_read() {
        let line = "가나다당·라마바연합은 오늘 공동 성명을 냈다.";
        let names = dotted_names(line, &ko(), |_, _| true);
        assert_eq!(names.unwrap_or_default(), ["가나다당", "라마바연합"]);
        // Not printed again: no evidence.
        assert_eq!(dotted_names(line, &ko(), |_, _| false), None);
    }

    /// Nouns of two syllables, and persons (three syllables each, no shared kind), are no
    /// organizations; a list closed by "등" and counted as groups needs no second printing.
    #[test]
    fn nouns_and_persons_are_not_read_a_counted_list_is() {
        let lw = ko();
        assert_eq!(
            dotted_names("노동·시민·사회단체가 모였다.", &lw, |_, _| {
                true
            }),
            None
        );
        assert_eq!(
            dotted_names("김철수·이영희가 만났다.", &lw, |_, _| true),
            None
        );
        let counted = "가나다행동·라마바연맹·사아자센터등 120개단체는 기자회견을 열었다.";
        assert_eq!(
            dotted_names(counted, &lw, |_, _| false).unwrap_or_default(),
            ["가나다행동", "라마바연맹", "사아자센터"]
        );
    }

    /// Names of one kind (their last syllable) printed again are read without a particle
    /// (a quoted event's name: "'…당·…당·…당 공동 캠페인'"); a bare list of other names is not.
    #[test]
    fn one_kind_without_a_particle() {
        let lw = ko();
        let line = "'가나당·다라당·마바당 공동 캠페인' 선언식";
        assert_eq!(
            dotted_names(line, &lw, |_, _| true).unwrap_or_default(),
            ["가나당", "다라당", "마바당"]
        );
        assert_eq!(
            dotted_names("가나다실현·라마바교체 개혁", &lw, |_, _| true),
            None
        );
    }
}
