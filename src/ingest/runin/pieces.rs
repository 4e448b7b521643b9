//! A line cut into pieces at the list's separators (commas of its script, spaced dashes,
//! slashes between acronyms), with legal forms kept on their names and a piece that holds the
//! word for "and others" cut before it.

use super::terminal::terminal_between_names;
use crate::ingest::enclosed::is_dash;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{
    acronym_shaped, glued_separator, han_or_kana, legal_form, letter, mostly_han_or_kana, uncased,
    uncased_acronym,
};

/// The most letters of a clause that opens a text of Han or kana before its run, its time or
/// place ("8月12日", "今天", "近日"), closed by a comma.
const OPENING: usize = 6;

/// Top-level pieces of a text split at the list separators (not inside parentheses or
/// quotes): the separators of CLDR's list patterns, `;`, `|`, the full-width comma, and a sign
/// the text itself uses between its names (three times or more, spaced: `A – B – C – D`,
/// `A ‘ B ‘ C ‘ D`). Chinese and Japanese write the enumeration comma "、" between the names of
/// a list (CLDR's list patterns of zh and ja) and the comma "，" (or ",") between clauses: in a
/// text of Han and kana, what follows such a comma up to the next separator is a clause, given
/// as an empty piece, which no run of names crosses ("A、B、C連同其他工會成員,今日…"), except
/// after a short clause that opens the text ([`OPENING`]): up to the enumeration comma, that is
/// the first name of the run the clause leads to ("今天,A、B和C…", today A, B and C …).
/// A text of Han and kana may write its own separator against the names
/// ([`glued_separator`]: "…委員会★憲法…", "民主党北海道・社民党北海道・…"); then the other
/// separators end its run. Where the text's own separator is a dash, a dash of any length written against the end of
/// a name separates it too, and dashes in a row are one separator ("CFDT – CFE/CGC- CGT-– FSU
/// – CFTC"). A script's mark that ends sentences separates where the text writes it between
/// names ([`terminal_between_names`]: "جماعت اسلامی۔ پی ٹی ائی۔ …").
pub(super) fn pieces<'t>(text: &'t str, lw: &ListWords) -> Vec<&'t str> {
    let glued = glued_separator(text, &lw.separators);
    let spaced = spaced_separator(text, lw).or(glued);
    let marks = terminal_between_names(text, lw);
    let dashes = spaced.is_some_and(is_dash);
    let glued_dash = |i: usize, c: char| {
        dashes
            && is_dash(c)
            && text
                .get(i + c.len_utf8()..)
                .and_then(|r| r.chars().next())
                .is_none_or(char::is_whitespace)
    };
    let clauses = mostly_han_or_kana(text);
    let clause_comma = |c: char| clauses && matches!(c, ',' | '\u{FF0C}');
    let is_separator =
        |c: char| matches!(c, ';' | '|' | '\u{FF0C}' | '\u{61B}') || lw.is_separator(c);
    let bar_apart = spaced != Some('|')
        && text.contains('|')
        && text.chars().any(|c| c != '|' && is_separator(c));
    let mut out = Vec::new();
    let mut open: Vec<char> = Vec::new();
    let mut start = 0;
    let mut in_clause = false;
    let mut opening = false;
    for (i, c) in text.char_indices() {
        let separates =
            is_separator(c) || Some(c) == spaced || glued_dash(i, c) || marks.contains(&i);
        if enclosing(&mut open, text, i, c) || !open.is_empty() || !separates {
            continue;
        }
        let mut piece = text.get(start..i).unwrap_or_default();
        if dashes {
            piece = piece.trim_end().trim_end_matches(is_dash);
            if piece.trim().is_empty() && is_dash(c) {
                start = i + c.len_utf8();
                continue;
            }
        }
        // (A short opening clause, the time or place of the sentence, ends at a comma before
        // the run it leads to: what follows it up to a separator of names is the run's first
        // name, after the empty piece no run crosses ("8月12日,中国商业联合会、中国连锁经营协会、
        // …", on 12 August, A, B, …).)
        let led = in_clause && !clause_comma(c) && out.len() == 1 && opening;
        if led {
            out.push("");
        }
        out.push(if in_clause && !led { "" } else { piece });
        opening = clause_comma(c) && out.len() == 1 && piece.chars().count() <= OPENING;
        // (Where the text writes its own sign between names, another separator is not
        // theirs: an empty piece, which no run crosses.)
        // (So is a bar where the names are parted by another sign: a dateline's, "Düsseldorf |
        // Die Verbände A, B und C …".)
        if glued.is_some_and(|g| g != c) || (c == '|' && bar_apart) {
            out.push("");
        }
        in_clause = clause_comma(c);
        start = i + c.len_utf8();
    }
    let last = text.get(start..).unwrap_or_default();
    out.push(if in_clause { "" } else { last });
    if clauses {
        out = split_at_kind_joins(out, text);
    }
    out.into_iter()
        .flat_map(|p| split_at_repeated_kind(p, lw))
        .flat_map(split_acronym_pair)
        .flat_map(split_after_uncased_groups)
        .collect()
}

/// Follows the quotation marks and brackets of a text at its character `c` (byte `i`), the
/// marks still open in `open`: whether `c` opened one that is closed after it, or closed one.
/// '“' opens in English and closes „ in German or Georgian („…“), and closes itself where a
/// page prints it on both sides (“Защита“), as it does '"'.
fn enclosing(open: &mut Vec<char>, text: &str, i: usize, c: char) -> bool {
    match c {
        '(' | '[' | '«' | '„' if closed_after(text, i, c) => open.push(c),
        '“' if matches!(open.last(), Some('„' | '“')) => {
            open.pop();
        }
        '“' if closed_after(text, i, c) => open.push(c),
        ')' | ']' | '»' | '”' => {
            open.pop();
        }
        _ => return false,
    }
    true
}

/// Whether the quotation mark or bracket `c` at byte `i` of `text` is closed after it. One that
/// no mark after it closes opens nothing: a quotation that goes on over several paragraphs opens
/// each with its mark and closes only the last ("“Aralarında ÇYDD, Helsinki Yurttaşlar Derneği,
/// …" / … / "… iletecekler.”"), and a page may leave a parenthesis open ("… (Mtandao wa
/// Watetezi, …").
fn closed_after(text: &str, i: usize, c: char) -> bool {
    let closers: &[char] = match c {
        '(' => &[')'],
        '[' => &[']'],
        '«' => &['»'],
        '„' => &['“', '”'],
        _ => &['”', '“'],
    };
    text.get(i + c.len_utf8()..)
        .is_some_and(|rest| rest.contains(closers))
}

/// A piece of a script without case that names two bodies or more, each closed by its acronym in
/// parentheses, with nothing else between them but the list's conjunction ("پاکستان ڈویلپمنٹ
/// الائنس (پی ڈی اے) پاکستان فیڈرل یونین آف جرنلسٹ (پی ایف یو جے) اور نیشنل پریس کلب (این پی سی)
/// نے …", the Pakistan Development Alliance (PDA), the Pakistan Federal Union of Journalists
/// (PFUJ) and the National Press Club (NPC)): split after each such group, the rest of the
/// sentence a piece apart. A group is an acronym by its form ([`uncased_acronym`], or Latin
/// capitals).
fn split_after_uncased_groups(piece: &str) -> Vec<&str> {
    let mut ends = Vec::new();
    let mut from = 0;
    while let Some(open) = piece
        .get(from..)
        .and_then(|t| t.find('('))
        .map(|k| from + k)
    {
        let Some(close) = piece
            .get(open..)
            .and_then(|t| t.find(')'))
            .map(|k| open + k)
        else {
            break;
        };
        let name = piece.get(from..open).unwrap_or_default().trim();
        let group = piece.get(open + 1..close).unwrap_or_default().trim();
        let acronym = uncased_acronym(group) || acronym_shaped(group);
        if acronym && !name.is_empty() && uncased(name) {
            ends.push(close + 1);
        }
        from = close + 1;
    }
    if ends.len() < 2 {
        return vec![piece];
    }
    // (The first name starts after a group that is none, a dateline's: "اسلام آباد (نمائندہ
    // خصوصی) …", Islamabad (special correspondent).)
    let first_open = ends
        .first()
        .and_then(|&e| piece.get(..e))
        .and_then(|t| t.rfind('('))
        .unwrap_or(0);
    let mut start = piece
        .get(..first_open)
        .and_then(|t| t.rfind(')'))
        .map_or(0, |k| k + 1);
    let mut out = Vec::new();
    for end in ends {
        out.push(piece.get(start..end).unwrap_or_default());
        start = end;
    }
    // (What follows the last group without a separator is the sentence's, "نے اپنے ایک مشترکہ
    // بیان میں کہا", said in a joint statement, or the next sentence's, "… (FDT).ثانيا، …": an
    // empty piece before it, which no run crosses.)
    let rest = piece.get(start..).unwrap_or_default();
    if !rest.trim().is_empty() {
        out.push("");
        out.push(rest);
    }
    out
}

/// The text without the asides set between dashes at the end of a name ("…, la Coordinadora
/// de Colles Castelleres de Catalunya -que ahir va veure com l’estat li bloquejava els
/// comptes-, l’Observatori DESC i …", "… which yesterday saw its accounts blocked …"): a dash
/// after a space, a word in small letters, and the next dash right before a separator, two
/// words or more between them. The run's names go on after it.
pub(super) fn without_dash_asides(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut from = 0;
    let mut i = 0;
    while let Some((open, close)) = dash_aside(text, i) {
        out.push_str(text.get(from..open).unwrap_or_default());
        from = close;
        i = close;
    }
    if from == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(text.get(from..).unwrap_or_default());
    std::borrow::Cow::Owned(out)
}

/// The first dash aside ([`without_dash_asides`]) at or after byte `from`: where its space
/// before starts and where its closing dash ends.
fn dash_aside(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    let mut chars = rest.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let Some(&(d, dash)) = chars.peek() else {
            break;
        };
        if !c.is_whitespace() || !is_dash(dash) {
            continue;
        }
        let inner_at = d + dash.len_utf8();
        let inner = rest.get(inner_at..).unwrap_or_default();
        let body = inner.trim_start();
        if !body.starts_with(char::is_lowercase) {
            continue;
        }
        // The closing dash: the next one, right before a separator.
        let end = inner.find(|c: char| is_dash(c) || matches!(c, ',' | ';' | '.'))?;
        let aside = inner.get(..end).unwrap_or_default();
        let after = inner.get(end..).unwrap_or_default();
        let mut tail = after.chars();
        let closes = tail.next().is_some_and(is_dash) && matches!(tail.next(), Some(',' | ';'));
        if closes && aside.split_whitespace().nth(1).is_some() {
            let close = inner_at + end + after.chars().next().map_or(0, char::len_utf8);
            return Some((from + k, from + close));
        }
    }
    None
}

/// In a text of Han and kana, names whose pieces end with the same two letters, the kind of
/// organization ("…工會"), printed three times or more in the text, may be joined inside a
/// piece by one letter that CLDR's list patterns do not give ("與", "及": "桃園市產業總工會與
/// 台灣美光企業工會、佳福育樂企業工會及新北市產業總工會21日…"). Splitting at such letters everywhere
/// cuts ordinary words; here the kind at both ends is the evidence: a piece is cut after the
/// kind where one letter follows it and then, up to the kind again, two to fourteen letters of
/// Han or kana and nothing else (a name, not the sentence).
fn split_at_kind_joins<'t>(ps: Vec<&'t str>, text: &str) -> Vec<&'t str> {
    let kind = |p: &str| {
        let chars: Vec<char> = p.trim().chars().collect();
        let k: String = chars.get(chars.len().checked_sub(2)?..)?.iter().collect();
        (k.chars().all(|c| c >= '\u{2E80}' && han_or_kana(c)) && text.matches(&k).count() >= 3)
            .then_some(k)
    };
    let Some(kind) = ps.iter().find_map(|p| kind(p)) else {
        return ps;
    };
    let mut out = Vec::new();
    for p in ps {
        let mut start = 0;
        for (i, _) in p.match_indices(&kind) {
            let end = i + kind.len();
            let rest = p.get(end..).unwrap_or_default();
            let mut chars = rest.chars();
            let Some(join) = chars.next().filter(|&c| han_or_kana(c)) else {
                continue;
            };
            let after = rest.get(join.len_utf8()..).unwrap_or_default();
            let name_ok = after.find(&kind).is_some_and(|n| {
                let name = after.get(..n).unwrap_or_default();
                (2..=14).contains(&name.chars().count()) && name.chars().all(han_or_kana)
            });
            if name_ok && start <= i {
                out.push(p.get(start..end).unwrap_or_default());
                start = end + join.len_utf8();
            }
        }
        out.push(p.get(start..).unwrap_or_default());
    }
    out
}

/// A piece whose names are joined only by the list's conjunction written as a prefix of the
/// next name (CLDR's list patterns of Arabic and Hebrew: "{0} و{1}", "{0} ו{1}"), each name
/// starting with the same word, the kind of organization: "نقابة ذوي المهن الصحية ونقابة
/// الجيولوجيين ونقابة الأطباء البيطريين …" (the union of …, and the union of …). The page's
/// repetition is the evidence: the word printed alone, then twice or more after the prefix, each
/// time starting a name. Cut before each prefix, which is left out, and before the word printed
/// alone (the sentence before it is no name: an empty piece, which no run crosses); any other
/// piece is kept whole.
fn split_at_repeated_kind<'t>(piece: &'t str, lw: &ListWords) -> Vec<&'t str> {
    match lw
        .prefixes
        .iter()
        .find_map(|p| repeated_kind(piece, p).map(|k| (p, k)))
    {
        Some((p, kind)) => {
            let mut out = Vec::new();
            let mut start = 0;
            let mut seen_bare = false;
            for w in piece.split_whitespace() {
                let at = w.as_ptr() as usize - piece.as_ptr() as usize;
                if !seen_bare && w == kind {
                    // (The sentence before the first name: an empty piece, no name.)
                    if at > 0 {
                        out.push("");
                    }
                    start = at;
                    seen_bare = true;
                } else if seen_bare && w.strip_prefix(p.as_str()) == Some(kind) {
                    out.push(piece.get(start..at).unwrap_or_default());
                    start = at + p.len();
                }
            }
            out.push(piece.get(start..).unwrap_or_default());
            out
        }
        None => vec![piece],
    }
}

/// The word of a piece printed alone and then twice or more after the prefix conjunction `p`
/// (three letters or more: a kind, not a particle). Nothing is allocated: most pieces hold no
/// word written twice after the prefix.
fn repeated_kind<'t>(piece: &'t str, p: &str) -> Option<&'t str> {
    let prefixed = || {
        piece
            .split_whitespace()
            .filter_map(move |w| w.strip_prefix(p))
            .filter(|k| k.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    };
    prefixed().find(|&k| {
        let first = piece.split_whitespace().position(|w| w == k);
        let later = piece
            .split_whitespace()
            .enumerate()
            .filter(|&(i, w)| first.is_some_and(|f| i > f) && w.strip_prefix(p) == Some(k));
        first.is_some() && later.count() >= 2
    })
}

/// A piece that holds two names, each with its acronym in parentheses, joined by one word in
/// lower case: the list's conjunction though the language's list patterns do not hold it
/// ("… Föderatsioon (ETTAF) ning Kaevurite … Ametiühing (KESA) toetavad …", Estonian "ning",
/// "and"). Split after the first group, the word left out, and after the second group, where
/// the sentence goes on.
pub(super) fn split_acronym_pair(piece: &str) -> Vec<&str> {
    // The end of the first group in parentheses of a text, when it holds an acronym and
    // follows a name.
    let group_end = |t: &str| -> Option<usize> {
        let open = t.find('(')?;
        let close = open + t.get(open..)?.find(')')?;
        let (name, group) = (t.get(..open)?, t.get(open + 1..close)?);
        (!name.trim().is_empty() && acronym_shaped(group)).then_some(close + 1)
    };
    let split = piece.match_indices(") ").find_map(|(i, _)| {
        let first = piece.get(..=i)?;
        let rest = piece.get(i + 2..)?.trim_start();
        let (word, next) = rest.split_once(' ')?;
        let joins = word.chars().all(char::is_lowercase)
            && next.starts_with(|c: char| c.is_uppercase())
            && group_end(first) == Some(first.len());
        let end = group_end(next).filter(|_| joins)?;
        Some((first, next.get(..end)?, next.get(end..)?))
    });
    match split {
        Some((first, second, "")) => vec![first, second],
        Some((first, second, rest)) => vec![first, second, rest],
        None => vec![piece],
    }
}

/// A sign that stands alone between spaces three times or more in a text, more often than
/// the separators of the list patterns: the text's own separator of names.
fn spaced_separator(text: &str, lw: &ListWords) -> Option<char> {
    let usual = text.chars().filter(|c| lw.is_separator(*c)).count();
    let mut counts: Vec<(char, usize)> = Vec::new();
    let mut caseless: Option<bool> = None;
    for w in text.split_whitespace() {
        let mut chars = w.chars();
        let c = match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            // (A dash written against a name's end, in a script without case: "المصريين
            // الأحرار- الدستور- …". In a script with case it may stand for a word's shared end,
            // "Kinder- und Jugendhilfe".)
            (Some(_), Some(_)) => match glued_dash_end(w) {
                Some(d) if *caseless.get_or_insert_with(|| uncased(text)) => d,
                _ => continue,
            },
            _ => continue,
        };
        if c.is_alphanumeric() || lw.is_separator(c) || "()[]«»“”„\"'.:!?".contains(c) {
            continue;
        }
        match counts.iter_mut().find(|(x, _)| *x == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 3 && n > usual)
        .max_by_key(|&(_, n)| n)
        .map(|(c, _)| c)
}

/// The dash a word ends with, written against a letter ("الأحرار-").
fn glued_dash_end(w: &str) -> Option<char> {
    let mut rev = w.chars().rev();
    let (d, before) = (rev.next()?, rev.next()?);
    (is_dash(d) && letter(before)).then_some(d)
}

/// A piece after another that holds the language's word for "and others"
/// ([`ListWords::before_closing`]) keeps the name before that word: what follows it is the
/// sentence's ("13일 민주노총, 4.16연대, …, 민중총궐기 투쟁본부 등의 시민단체들이 …"), or the kind of
/// the names before it ("인드라망생명공동체, 정토회 등 불교단체와 환경운동연합, …").
pub(super) fn close_open_list<'t>(mut ps: Vec<&'t str>, lw: &ListWords) -> Vec<&'t str> {
    // (Inside quoted speech the word closes an enumeration of the speaker's: "… 반민주, 반평화,
    // 친재벌 등 … 정권" is no list of names.)
    if !lw.closes_lists() {
        return ps;
    }
    let mut quotes = 0usize;
    for (k, p) in ps.iter_mut().enumerate() {
        if k > 0
            && quotes.is_multiple_of(2)
            && let Some(name) = lw.before_closing(p)
        {
            *p = name;
        }
        quotes += p.chars().filter(|&c| matches!(c, '"' | '“' | '”')).count();
    }
    ps
}

/// A legal form printed after a comma ("Člověk v tísni, o.p.s., Stojíme za Běloruskem") is
/// the end of the name before it, not a piece of its own: joined to the piece before.
pub(super) fn with_legal_forms<'t>(text: &'t str, ps: Vec<&'t str>) -> Vec<&'t str> {
    let offset = |p: &str| p.as_ptr() as usize - text.as_ptr() as usize;
    let mut out: Vec<&'t str> = Vec::with_capacity(ps.len());
    for p in ps {
        match out.last_mut() {
            Some(last) if legal_form(p.trim()) => {
                let joined = text.get(offset(last)..offset(p) + p.len());
                *last = joined.unwrap_or(last);
            }
            _ => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::run_in;
    use super::super::tests::run_of;
    use super::*;
    use crate::ingest::listwords::list_words;

    /// A bar where the names are parted by commas is a dateline's, no separator of the run
    /// (constructed): the place before it is no name, and the run starts after it.
    #[test]
    fn a_dateline_bar_before_a_run_of_commas() {
        let de = list_words(&"de".parse().unwrap_or_default());
        let line = "Leipzig | Die Verbände Netzwerk Stadtgrün (NSG), Bündnis Radverkehr (BRV) und Verein Flussufer (VFU) fordern mehr Geld.";
        let items = run_in(line, &de).unwrap_or_default();
        assert!(!items.iter().any(|i| i == "Leipzig"), "{items:?}");
        assert_eq!(items.len(), 3, "{items:?}");
        // A list parted by bars keeps them as its separator.
        let bars = pieces(
            "Netzwerk Stadtgrün | Bündnis Radverkehr | Verein Flussufer",
            &de,
        );
        assert_eq!(bars.len(), 3, "{bars:?}");
    }

    /// A clause before a Chinese run, closed by the comma between clauses, leaves the run's
    /// first name to the run: the words after it up to the enumeration comma (constructed).
    /// After a run, the clause up to the next comma is no piece of a name.
    #[test]
    fn a_clause_before_a_han_run_keeps_its_first_name() {
        let zh = list_words(&"zh-Hans".parse().unwrap_or_default());
        let led = "今天,甲乙协会、丙丁协会、戊己协会和庚辛协会联合发起了倡议。";
        assert_eq!(
            run_in(led, &zh).unwrap_or_default(),
            ["甲乙协会", "丙丁协会", "戊己协会", "庚辛协会"]
        );
        // (A longer clause before its comma is the sentence's: "我们倡议大家行动起来,团结一心、
        // 同舟共济", we call on all to act, united, in one boat.)
        let long = "我们倡议大家行动起来,团结一心、同舟共济、共克时艰,积极捐款";
        assert_eq!(pieces(long, &zh).first(), Some(&"我们倡议大家行动起来"));
        assert!(!pieces(long, &zh).contains(&"团结一心"));
        let after = "甲乙工会、丙丁协会、戊己联合会,今日发起倡议";
        assert_eq!(
            pieces(after, &zh),
            ["甲乙工会", "丙丁协会", "戊己联合会", ""]
        );
    }

    /// A paragraph that opens a quotation going on over later paragraphs (its mark never closed
    /// in the paragraph) is parted at its commas as any sentence is (constructed).
    #[test]
    fn a_quotation_mark_never_closed_opens_nothing() {
        let en = list_words(&"en".parse().unwrap_or_default());
        let text =
            "“Among them are ACTU, the Law Society, Human Rights Watch, Oxfam, the Refugee Council";
        assert_eq!(pieces(text, &en).len(), 5);
        let closed = "“Among them are ACTU, the Law Society” and Oxfam, the Refugee Council";
        assert_eq!(pieces(closed, &en).len(), 2);
        let open = "Members (among them ACTU, the Law Society, Oxfam, the Refugee Council";
        assert_eq!(pieces(open, &en).len(), 4);
        assert_eq!(
            pieces("Members (ACTU, Oxfam), the Refugee Council", &en).len(),
            2
        );
    }

    /// Line 5 of tests/fixtures/ingest/real/bg-zemianews-bsp-sporazumenie-12-organizatsii-
    /// evropeyski-izbori (its list from the fourth name), read by hand: the page prints "“" on
    /// both sides of a quoted name (“Защита“); the name ends at the second, and the names after
    /// it are parted by the semicolons as before it.
    #[test]
    fn a_quote_printed_on_both_sides_of_a_name_closes_it() {
        let bg = list_words(&"bg".parse().unwrap_or_default());
        let text = "Общонароден комитет за защита на националните интереси; Съюз на пенсионерите; Национален синдикат “Защита“; Европейска сигурност и интеграция; ПП Подем; Съвет на европейската научна и културна общност";
        let ps: Vec<&str> = pieces(text, &bg).into_iter().map(str::trim).collect();
        assert_eq!(
            ps,
            [
                "Общонароден комитет за защита на националните интереси",
                "Съюз на пенсионерите",
                "Национален синдикат “Защита“",
                "Европейска сигурност и интеграция",
                "ПП Подем",
                "Съвет на европейската научна и културна общност"
            ]
        );
    }

    /// The line of cs-milionchvilek-dopis-belorusko, read by hand: legal forms after commas
    /// end the names before them.
    #[test]
    fn a_legal_form_after_a_comma_ends_the_name() {
        let cs = list_words(&"cs".parse().unwrap_or_default());
        let items = run_in(
            "Milion chvilek pro demokracii,z.s., Člověk v tísni, o.p.s., Stojíme za Běloruskem, Pulse of Europe Czech Republic,Evropské hodnoty, z.s., Společně Brno - pro dobrou věc, z.s., Glopolis, o.p.s., Konsorcium nevládních organizací pracujících s migranty v ČR",
            &cs,
        )
        .unwrap_or_default();
        assert!(
            items.contains(&"Člověk v tísni, o.p.s.".to_owned()),
            "{items:?}"
        );
        assert!(items.contains(&"Glopolis, o.p.s.".to_owned()), "{items:?}");
        assert!(
            !items.iter().any(|i| i == "o.p.s." || i == "z.s."),
            "{items:?}"
        );
    }

    /// The call of fr-fsu71-intersyndicale-7-octobre-2009, read by hand: the unions are set
    /// apart by spaced en dashes, but two of them by a hyphen written against the name
    /// ("CFE/CGC- CGT-– FSU"), which separates them too; a hyphen inside a name
    /// ("NCCR-Mageuzi") does not, nor one against a word where commas separate the names
    /// (de-greenpeaceregensburg-g20-protestwelle: "Umwelt-, Landwirtschafts- und
    /// Verbraucherschutzorganisationen", words that share their end).
    #[test]
    fn a_dash_against_a_name_separates_where_the_text_separates_by_dashes() {
        let fr = list_words(&"fr".parse().unwrap_or_default());
        let trimmed = |t: &str, lw: &ListWords| -> Vec<String> {
            pieces(t, lw).iter().map(|p| p.trim().to_owned()).collect()
        };
        assert_eq!(
            trimmed(
                "à l’appel des syndicats CFDT – CFE/CGC- CGT-– FSU – CFTC – Solidaires et UNSA à l’initiative de la CSI",
                &fr
            ),
            [
                "à l’appel des syndicats CFDT",
                "CFE/CGC",
                "CGT",
                "FSU",
                "CFTC",
                "Solidaires et UNSA à l’initiative de la CSI"
            ]
        );
        assert_eq!(
            trimmed("Chadema – CUF – NCCR-Mageuzi – NLD", &fr),
            ["Chadema", "CUF", "NCCR-Mageuzi", "NLD"]
        );
        let de = list_words(&"de".parse().unwrap_or_default());
        assert_eq!(
            trimmed(
                "Umwelt-, Landwirtschafts- und Verbraucherschutzorganisationen, Gewerkschaften",
                &de
            ),
            [
                "Umwelt-",
                "Landwirtschafts- und Verbraucherschutzorganisationen",
                "Gewerkschaften"
            ]
        );
    }

    /// Line 3 of ko-kctu-chuseok-hapdong-gijahoegyeon (worknworld.kctu.org, 2016) and line 30
    /// of zh-Hans-eedu-changsanjiao-kangmai (eedu.org.cn, 2013), read by hand: the run ends
    /// with the name before the word that closes an open list, Korean "등" ("등의 시민단체들이",
    /// "and other civic groups") and Chinese "等" ("等省内多个大型环保民间组织", "and other
    /// large environmental groups of the province"); what follows it is the sentence's.
    #[test]
    fn a_run_ends_before_the_word_for_and_others() {
        let ko = run_of(
            "ko",
            "13일 민주노총, 4.16연대, 백남기대책위, 공공성강화-성과퇴출제저지 시민사회공동행동, 민중총궐기 투쟁본부 등의 시민단체들이 추석맞이 귀향켐페인과 합동기자회견이 서울역에서 진행되었다.",
        );
        assert_eq!(
            ko.last().map(String::as_str),
            Some("민중총궐기 투쟁본부"),
            "{ko:?}"
        );
        assert!(ko.contains(&"백남기대책위".to_owned()), "{ko:?}");
        let zh = run_of(
            "zh-Hans",
            "本报今起联合《扬子晚报》等多家省外媒体以及绿色浙江、杭州市爱绿环境发展中心、绿色衢州、义乌碧水蓝天俱乐部、德清春百合志愿者服务队等省内多个大型环保民间组织,一起发起“长三角抗霾民间行动”:",
        );
        assert_eq!(
            zh.last().map(String::as_str),
            Some("德清春百合志愿者服务队"),
            "{zh:?}"
        );
        assert!(zh.contains(&"绿色衢州".to_owned()), "{zh:?}");
    }
    /// Line 1 of ja-expydoc-sanka-dantai-tottori-seibu-322-shukai (a rally leaflet's text, its
    /// line breaks stored as spaces), read by hand: the participating groups, each after a "★"
    /// written against it, the sign the text repeats between its names; "・" inside a name
    /// ("平和・民主・住みよい米子をつくる会") stays in it.
    #[test]
    fn a_sign_written_against_the_names_of_han_and_kana_separates_them() {
        let line = "小雨決行。 【参加団体】★原発ゼロへ金曜日デモ実行 委員会★憲法改悪反対西部地区共同セン ター★国賠同盟米子支部★国民救援会米 子支部★新日本婦人の会米子支部★西部 労連★全日本年金者組合鳥取県西部支部 ★日中友好協会米子支部★平和で暮らし よい境港をつくる会★平和・民主・住み よい米子をつくる会★米子医療生活協同 組合★米子民主商工会 【賛同団体】";
        let names = run_of("ja", line);
        assert_eq!(names.len(), 13, "{names:?}");
        assert_eq!(
            names.get(1..12).unwrap_or_default(),
            [
                "原発ゼロへ金曜日デモ実行 委員会",
                "憲法改悪反対西部地区共同セン ター",
                "国賠同盟米子支部",
                "国民救援会米 子支部",
                "新日本婦人の会米子支部",
                "西部 労連",
                "全日本年金者組合鳥取県西部支部",
                "日中友好協会米子支部",
                "平和で暮らし よい境港をつくる会",
                "平和・民主・住み よい米子をつくる会",
                "米子医療生活協同 組合",
            ]
        );
        // Without the sign, the same names run together as no list.
        assert!(run_of("ja", &line.replace('★', " ")).len() < 3);
    }

    /// Line 2 of ja-rengohokkaido-iraku-jieitai-haken-hantai-yobikake-dantai (Rengo Hokkaido's
    /// page on its 2004 rally), read by hand: seven calling organizations joined by "・"; the
    /// last one's clause ("が呼びかけ団体となり", "became the callers") is the sentence's, and
    /// the newspapers joined by "・" after the next "、" ("道新・朝日・読売・毎日") are another
    /// enumeration.
    #[test]
    fn names_joined_by_a_middle_dot_in_a_japanese_sentence() {
        let line = "この大会は、民主党北海道・社民党北海道・北海道平和運動フォーラム・北海道農民連盟・DPI北海道ブロック会議・連合北海道・道高齢退職者連合が呼びかけ団体となり、1月13日に、道新・朝日・読売・毎日の朝刊に新聞意見広告を掲載し「2.7大会」への参加、開催趣旨への賛同、実行委員会へ参加を呼びかけました。";
        assert_eq!(
            run_of("ja", line),
            [
                "民主党北海道",
                "社民党北海道",
                "北海道平和運動フォーラム",
                "北海道農民連盟",
                "DPI北海道ブロック会議",
                "連合北海道",
                "道高齢退職者連合",
            ]
        );
        // A date's "・" between figures separates nothing (ja-korea-htr-615-junbiwi, line 2:
        // "6・15", "4・27", "9・19").
        let lw = list_words(&"ja".parse().unwrap_or_default());
        let dates = "4・27板門店宣言と後に続いた9・19ピョンヤン共同宣言の採択は、6・15共同宣言実践南側委員会";
        assert_eq!(
            crate::ingest::script::glued_separator(dates, &lw.separators),
            None
        );
    }
    /// Line 10 of ar-almasryalyoum-12-hizban-wa-haraka-minya-lajna-tansiqiya-30-yunyu
    /// (almasryalyoum.com), read by hand: the members of the committee, "parties «…»", twelve
    /// names quoted whole, each with a dash written against its end ("الأحرار- الدستور-"), once
    /// between spaces ("أبريل - المصري").
    #[test]
    fn a_quoted_list_whose_names_end_with_a_dash() {
        let line = "وأشار البيان، الذي اعتبره المشاركون وثيقة فيما بينهم، على تكوين لجنة تنسيقية لمحافظة المنيا ممثلة من جميع القوى والحركات السياسية بالمحافظة، وأعضاء اللجنة هم أحزاب «المصريين الأحرار- الدستور- حركة 6 أبريل - المصري الديمقراطي- التحالف الشعبي- حملة تمرد- التيار الشعبي- الكرامة- حركة مصرنا- حركة اعتقونا- مصابي الثورة- حركة شباب 25 يناير».";
        assert_eq!(
            run_of("ar", line),
            [
                "المصريين الأحرار",
                "الدستور",
                "حركة 6 أبريل",
                "المصري الديمقراطي",
                "التحالف الشعبي",
                "حملة تمرد",
                "التيار الشعبي",
                "الكرامة",
                "حركة مصرنا",
                "حركة اعتقونا",
                "مصابي الثورة",
                "حركة شباب 25 يناير",
            ]
        );
        // In a script with case such a dash may stand for a word's shared end: no separator.
        let lw = list_words(&"de".parse().unwrap_or_default());
        assert_eq!(
            spaced_separator("Kinder- und Jugend- sowie Sozial- und Umweltverbände", &lw),
            None
        );
    }

    /// Line 2 of ar-nournews-niqabat-al-iraq-tandid-bimutamar-at-tatbi (nournews.ir, Iraq's
    /// unions condemn the normalization conference), read by hand: seven unions joined only by
    /// "و" ("and", CLDR's Arabic list pattern "{0} و{1}") written against the next name; the
    /// first six start with "نقابة" (the union of), the word printed alone and then five times
    /// after the prefix; the seventh follows the last "و" before the sentence goes on ("تعبيراً عن
    /// …", expressing …).
    #[test]
    fn names_joined_by_a_prefix_conjunction_before_their_shared_kind() {
        let line = "ووقعت البيان \" نقابة ذوي المهن الصحية ونقابة الجيولوجيين ونقابة الأطباء البيطريين ونقابة الكيميائيين ونقابة المعلمين ونقابة الصيادلة والاتحاد العام لنقابات عمال العراق تعبيراً عن وطنيتهم وعروبتهم واستنكاراً لما يتعرض له الفلسطينين في أراضيهم المغضوبة من الصهاينة";
        let names = run_of("ar", line);
        assert_eq!(names.len(), 7, "{names:?}");
        assert_eq!(
            names.get(..6).unwrap_or_default(),
            [
                "نقابة ذوي المهن الصحية",
                "نقابة الجيولوجيين",
                "نقابة الأطباء البيطريين",
                "نقابة الكيميائيين",
                "نقابة المعلمين",
                "نقابة الصيادلة",
            ]
        );
        assert!(
            names.last().is_some_and(|n| n.starts_with("الاتحاد العام")),
            "{names:?}"
        );
        // A word printed once after the prefix ("وعروبتهم") cuts nothing.
        let lw = list_words(&"ar".parse().unwrap_or_default());
        let prose = "تعبيراً عن وطنيتهم وعروبتهم واستنكاراً لما يتعرض له";
        assert_eq!(pieces(prose, &lw), [prose]);
    }

    /// Line 2 of he-acb-irgunim-kalkaliyim-amana-reches-kachol-lavan (a Hebrew press release
    /// on a procurement pact, 2024), read by hand: four associations between en dashes, the last
    /// joined by "ו" ("and", CLDR's Hebrew list pattern "{0} ו{1}") written against the word
    /// that starts the others, "התאחדות" (the association of).
    #[test]
    fn a_run_between_en_dashes_ends_with_a_prefix_conjunction() {
        let line = "הארגונים הכלכליים הגדולים במשק בתחומי התעשיה, החקלאות והבנייה, ביחד עם ראשי הרשויות המקומיות בחבל התקומה וראשי המגזר העסקי – התאחדות התעשיינים, התאחדות הקבלנים בוני הארץ, התאחדות האיכרים והתאחדות חקלאי ישראל – חתמו היום (ה') בצהריים…";
        assert_eq!(
            run_of("he", line),
            [
                "התאחדות התעשיינים",
                "התאחדות הקבלנים בוני הארץ",
                "התאחדות האיכרים",
                "התאחדות חקלאי ישראל",
            ]
        );
    }

    /// Line 1 of zh-Hant-fwnews-laotuan-kangyi-jiegu-gonghui (a migrant workers' news site,
    /// 2018), read by hand: four unions, each ending with "工會" (union), the first two joined by
    /// "與" and the last two by "及" ("and", which CLDR's zh-Hant list pattern, "{0}、{1}和{2}",
    /// does not give), the second and third by "、". The headline's "解雇工會會員" (dismissed union
    /// members) ends with no name after the letter that follows "工會".
    #[test]
    fn names_of_han_joined_by_a_letter_between_their_shared_kind() {
        let line = "勞團抗議財團解雇工會會員 籲總統出面協助復職 2018-06-21 【外勞社記者黃秀娟六月廿一日臺北報導】桃園市產業總工會與台灣美光企業工會、佳福育樂企業工會及新北市產業總工會21日一同到蔡英文總統官邸,針對台灣美光公司及幸福球場兩大財團違法解雇工會成員一事,要求總統...";
        let names = run_of("zh-Hant", line);
        assert!(names.len() >= 3, "{names:?}");
        for name in ["台灣美光企業工會", "佳福育樂企業工會"] {
            assert!(names.iter().any(|n| n == name), "{names:?}");
        }
        assert!(
            names.iter().any(|n| n.starts_with("新北市產業總工會")),
            "{names:?}"
        );
        // The kind printed fewer than three times splits nothing.
        let lw = list_words(&"zh-Hant".parse().unwrap_or_default());
        let two = "桃園市產業總工會與台灣美光企業工會今日抗議";
        assert_eq!(pieces(two, &lw), [two]);
    }
    /// An aside between dashes closing a name is left out; a list set apart by dashes, names
    /// that start in capitals, and a dash that closes nothing stay.
    #[test]
    fn asides_between_dashes() {
        use super::without_dash_asides;
        assert_eq!(
            without_dash_asides(
                "A de Catalunya -que ahir va veure com l’estat li bloquejava els comptes-, B i C"
            ),
            "A de Catalunya, B i C"
        );
        assert_eq!(
            without_dash_asides("the Union – which was founded in 1901 –, the Guild"),
            "the Union, the Guild"
        );
        let dashes = "CFDT – CFE/CGC – CGT – FSU";
        assert_eq!(without_dash_asides(dashes), dashes);
        let open = "la CGT - qui appelle à la grève, FO et la FSU";
        assert_eq!(without_dash_asides(open), open);
    }
}
