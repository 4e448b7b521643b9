//! Where a run's first name starts: the end of the piece before the run, without the
//! sentence that introduces it.

use super::conjunction::split_last;
use super::kinds::kind_word;
use super::median;
use super::words::{
    capitalized_piece, cased, cased_small, elided_before_capital, item_like, minor_word,
    quoted_after_kind, sentence_word, starts_upper, strip_articles, word_count,
};
use crate::ingest::entry::{acronym_letters, initial_score, initials, latin_upper};
use crate::ingest::lexicon::ARTICLES;
use crate::ingest::listwords::ListWords;
use crate::ingest::script::{
    acronym_shaped, hiragana, letter, mostly_han_or_kana, sentence_end, spaceless,
    spelled_across_words, spelled_name_start, syllabic_acronym, uncased, uncased_acronym, unquote,
};

/// In a script without case, the piece between a run and the next run of its sentence starts
/// with the first run's last name, as it ends with the next run's first ([`name_before_run`]):
/// its first words, as many as the run's names usually have ("ਕਿਰਤੀ ਕਿਸਾਨ ਸੰਘਰਸ਼ ਕਮੇਟੀ ਵੱਲੋਂ …
/// ਮੀਟਿੰਗ ਦੌਰਾਨ ਜਗਵੀਰ ਚੌਹਾਨ").
pub(super) fn first_words_of_name(next: &str, items: &[String]) -> Option<String> {
    if !uncased(next) {
        return None;
    }
    let typical = median(items.iter().map(|s| word_count(s)).collect()).max(1);
    let words: Vec<&str> = next.split_whitespace().collect();
    (words.len() > typical).then(|| words.get(..typical).unwrap_or_default().join(" "))
}

/// The piece before the run ends with the run's first name: after a colon, or its last words
/// (as many as the run's names have, less the sentence's own words before them).
pub(super) fn name_before_run(prev: &str, items: &mut Vec<String>, lw: &ListWords) {
    let typical = median(
        items
            .iter()
            .map(|s| word_count(strip_articles(s).0))
            .collect(),
    );
    // (In a script without case, after a colon that starts a sentence rather than the run,
    // its last words.)
    let colon = prev.rfind([':', '：']);
    let tail = match colon {
        Some(c) => prev.get(c + 1..).unwrap_or_default().trim().to_owned(),
        None => last_words_of_name(prev, typical),
    };
    let tail = if item_like(&tail, lw) || cased(&tail) {
        tail
    } else {
        last_words_of_name(&tail, typical)
    };
    let tail = tail
        .trim_start_matches(['–', '-', '—', ':', '(', ' '])
        .to_owned();
    // A single word where the run's names are long is the end of a name the sentence
    // hides, not a name: left out.
    // A quoted word is a whole name ("… представители партий "Аманат", …").
    // A single word may also be the end of a name in sentence case the run's names show
    // (with short names: "… med katerimi so tudi Gibanje za pravice Palestincev, Mirovni
    // inštitut, …").
    let one_word = word_count(&tail) == 1 && !acronym_shaped(&tail) && unquote(&tail).is_none();
    let fragment = one_word && typical >= 3;
    // So may several words that read as no name by themselves, the sentence's verb before a
    // name in sentence case ("Протест поддержали Конфедерация свободных профсоюзов, …", "the
    // protest was supported by the Confederation of Free Trade Unions, …"); not what a colon
    // introduces, which is the name ("…: партия РОТ ФРОНТ, …" keeps its kind).
    let unnamed = !one_word && colon.is_none() && cased(&tail) && !item_like(&tail, lw);
    let cased_name = (one_word || unnamed)
        .then(|| sentence_case_name(prev, items, typical, unnamed, lw))
        .flatten();
    let (tail, named) = match cased_name {
        Some(name) => (name, true),
        None => (tail, false),
    };
    // A country's name alone ends the sentence's words before the run ("… sindicale din
    // România, Cartel ALFA, …", "… unions of Romania, Cartel ALFA, …"): a place, no name.
    if !tail.is_empty()
        && (named || (item_like(&tail, lw) && !fragment))
        && !super::country_name(tail.trim())
    {
        items.insert(0, tail);
        // With a name before it, the last piece's conjunction may be the list's.
        if items.len() == 2
            && let Some(last) = items.pop()
        {
            let split = split_last(&last, items, lw);
            items.extend(split);
        }
    }
}

/// Where the run's names are written in sentence case (a capital, then words in lower case:
/// "Konfederacija neodvisnih sindikatov Slovenije"), the sentence piece before the run ends
/// with the first name in the same case: from the capitalized word after a word in lower case
/// that starts the longest such name no longer than the run's names usually are ("… se jih
/// bodo udeležili še Konfederacija sindikatov javnega sektorja Slovenije", "… will be joined
/// by the Confederation of Public Sector Trade Unions of Slovenia"), or than its longest name
/// and a word more right after a word of the sentence's own ("Серед них представники
/// Української Гельсінської спілки з прав людини, Центру інформації про права людини, …",
/// among them representatives of the Ukrainian Helsinki Human Rights Union, …).
/// `after_verb`: only right after a word of the sentence's own, not after an article or a
/// short word that may join a name's words ("… της ΑΔΕΔΥ από κρίσιμους κλάδους", "… of the
/// ADEDY from critical sectors", holds no name so).
fn sentence_case_name(
    prev: &str,
    items: &[String],
    typical: usize,
    after_verb: bool,
    lw: &ListWords,
) -> Option<String> {
    let prose_inside = |s: &String| {
        s.split_whitespace()
            .skip(1)
            .any(|w| sentence_word(w) && !minor_word(w, lw))
    };
    if !cased(prev) || !items.iter().any(prose_inside) {
        return None;
    }
    let prev = sentence_end(prev)
        .and_then(|at| prev.get(at..))
        .unwrap_or(prev);
    let words: Vec<&str> = prev.split_whitespace().collect();
    // (A name longer than that, up to the run's longest and a word more, only right after a
    // word of the sentence's own.)
    let near = words.len().saturating_sub(typical + 2).max(1);
    let longest = items.iter().map(|s| word_count(s)).max().unwrap_or(0);
    let from = words.len().saturating_sub(longest + 1).clamp(1, near);
    (from..words.len().saturating_sub(1))
        .filter(|&c| {
            let w = words.get(c).copied().unwrap_or_default();
            let own = after_verb || c < near;
            cased(w)
                && w.starts_with(char::is_uppercase)
                && words
                    .get(c - 1)
                    .is_some_and(|p| cased_small(p) && (!own || !minor_word(p, lw)))
        })
        .map(|c| words.get(c..).unwrap_or_default().join(" "))
        .find(|name| capitalized_piece(name, lw))
}

/// The last words of a sentence piece that make a name: in a script with case, those after
/// the sentence's last lower-case word (not an article or a function word); else as many as
/// the run's names usually have. A name that ends with its acronym in parentheses starts where
/// the acronym's letters do ([`acronym_spelled_from`]).
fn last_words_of_name(prev: &str, typical: usize) -> String {
    // Not before the end of the sentence before ("… ਕੀਤੀ ਸੀ। ਬੀਕੇਯੂ ਕਾਦੀਆਂ").
    let prev = sentence_end(prev)
        .and_then(|at| prev.get(at..))
        .unwrap_or(prev);
    let words: Vec<&str> = prev.split_whitespace().collect();
    // An acronym spelled one letter a word is the name, however many words the run's have.
    if !cased(prev)
        && let Some((x, y)) = spelled_across_words(&words, (false, true))
    {
        return words.get(x..y).unwrap_or_default().join(" ");
    }
    // (A name may end with a word or two in lower case after its capitalized words: "… the
    // Helsinki Citizen's Assembly Vanadzor branch", "… Bund Naturschutz e.V.".)
    // (An article elided against a capitalized word starts a name of capitalized words, "…
    // amb l’Associació Catalana de Municipis"; before a short form it is the sentence's,
    // "… d’Gewerkschaften CGFP, LCGB an OGBL".)
    let name_start = |k: usize| {
        words.get(k).is_some_and(|w| elided_before_capital(w))
            && words
                .get(k + 1)
                .is_some_and(|n| starts_upper(n) && !acronym_shaped(n))
    };
    let trailing = lower_tail(&words);
    let body = words.get(..words.len() - trailing).unwrap_or_default();
    let after_lower = body
        .iter()
        .enumerate()
        .rposition(|(k, w)| sentence_word(w) && !name_start(k))
        .map(|p| body.len() - p - 1);
    let k = match after_lower {
        Some(n) if n >= 1 && cased(prev) => n.min(typical + 2) + trailing,
        _ => typical.clamp(1, 6),
    }
    .min(words.len());
    let start = words.len() - k;
    let start = acronym_spelled_from(&words, start).unwrap_or(start);
    let mut start = start;
    while words.len().saturating_sub(start) > 1
        && words.get(start).is_some_and(|w| {
            cased_small(w) && !ARTICLES.contains(&w.to_lowercase().as_str()) && !name_start(start)
        })
    {
        start += 1;
    }
    words.get(start..).unwrap_or_default().join(" ")
}

/// How many words in lower case (one or two) end a piece after a capitalized word: the end of
/// a name in title case ("Vanadzor branch", "Naturschutz e.V."), or none.
fn lower_tail(words: &[&str]) -> usize {
    let lower = words.iter().rev().take_while(|w| cased_small(w)).count();
    let capital_before = words
        .len()
        .checked_sub(lower + 1)
        .and_then(|k| words.get(k))
        .is_some_and(|w| starts_upper(w) && cased(w));
    if (1..=2).contains(&lower) && capital_before {
        lower
    } else {
        0
    }
}

/// A first name much longer than the others still holds the sentence's start ("Adapun
/// organisasi didalam adalah Aliansi Jurnalis Independen (AJI)"): it starts after the last
/// lower-case word that is neither an article nor a function word. So does a first name
/// with such a word where the others are in title case, two words or more each ("Bosses from
/// the Fire Brigades’ Union, British Medical Association, Transport Salaried Staffs’
/// Association and …").
pub(super) fn cut_sentence_start(items: &mut [String], lw: &ListWords) {
    if first_acronym_apart(items) {
        return;
    }
    // (Counted without the articles before names: "der NABU", "die Deutsche Umwelthilfe".)
    let typical = median(
        items
            .iter()
            .skip(1)
            .map(|s| word_count(strip_articles(s).0))
            .collect(),
    );
    let titled = |s: &String| {
        s.split_whitespace()
            .all(|w| !cased_small(w) || minor_word(w, lw))
    };
    let others_titled = items.len() >= 3 && items.iter().skip(1).all(titled);
    // Beside acronyms only, a first name that ends with one is that acronym ("Nederlandse
    // vakbonden CNV, FNV en VCP …").
    let acronym = |s: &str| word_count(s) == 1 && acronym_shaped(s);
    let others_acronyms = items.len() >= 3
        && items.iter().skip(1).all(|s| acronym(s))
        && items
            .first()
            .and_then(|f| f.split_whitespace().next_back())
            .is_some_and(acronym);
    // (In a sentence without case, the words before that acronym are all the sentence's: "…
    // தமிழகத்தில் உள்ள HMS,INTUC,LPF, …", "… in Tamil Nadu, HMS, INTUC, LPF, …".)
    if others_acronyms && let Some(first) = items.first_mut() {
        let words: Vec<&str> = first.split_whitespace().collect();
        if let Some((acronym, before)) = words.split_last()
            && !before.is_empty()
            && before.iter().all(|w| uncased(w))
        {
            *first = (*acronym).to_owned();
            return;
        }
    }
    // (A kind in small letters and a quoted name are one name whole where other names of the
    // run are printed so, "благотворительный фонд «Здоровое сердце», благотворительный фонд
    // «Дасти ёри»"; before names without theirs the kind is the group's, "общественных
    // организаций «Гражданское действие», «Народная солидарность»".)
    let kinds_printed = items
        .iter()
        .skip(1)
        .any(|s| quoted_after_kind(s, lw).is_some());
    if let Some(first) = items.first_mut()
        && cased(first)
        && (quoted_after_kind(first, lw).is_none() || !kinds_printed)
        && (word_count(first) > typical + 2 || others_titled || others_acronyms)
    {
        let long = word_count(first) > typical + 2;
        let words: Vec<&str> = first.split_whitespace().collect();
        // (Beside names in title case, a short word joins a name's words: "Partiya Demokrat a
        // Kurdistanê".)
        // (The last such word before a capitalized one: a name may end in small letters, "Hội
        // Nông dân", "Московская Хельсинкская группа".)
        let cut = (0..words.len().saturating_sub(1))
            .rev()
            .find(|&k| {
                let next = words
                    .get(k + 1..)
                    .unwrap_or_default()
                    .iter()
                    .find(|n| !ARTICLES.contains(&n.to_lowercase().as_str()));
                words
                    .get(k)
                    .is_some_and(|w| sentence_word(w) && (long || !minor_word(w, lw)))
                    && next.is_some_and(|n| starts_upper(n) && !n.starts_with('('))
            })
            .map_or(0, |k| k + 1);
        let cut = acronym_spelled_from(&words, cut).unwrap_or(cut);
        if cut > 0 && cut < words.len() {
            *first = words.get(cut..).unwrap_or_default().join(" ");
        }
    }
}

/// A kind in small letters before a quoted name is the name's ("благотворительный фонд
/// «Здоровое сердце»", "партию «Единая Россия»"), unless quoted names without a kind follow
/// it: then it labels their group, and the name is the quoted one ("…; общественных
/// организаций «Гражданское действие», «Народная солидарность», …").
pub(super) fn cut_group_kinds(items: &mut [String], lw: &ListWords) {
    let bare_quoted = |s: &str| {
        s.trim_start()
            .starts_with(crate::ingest::script::quote_mark)
            && quoted_after_kind(s, lw).is_none()
    };
    for k in 0..items.len().saturating_sub(1) {
        let labels = items.get(k + 1).is_some_and(|n| bare_quoted(n));
        if let Some(item) = items.get_mut(k)
            && labels
            && let Some(named) = quoted_after_kind(item, lw).map(str::to_owned)
        {
            *item = named;
        }
    }
}

/// Beside a run that names its bodies by acronyms for the most part (half of the other names
/// or more, each an acronym by its form in any script), a first name that ends with an
/// acronym its words before do not spell is that acronym, and those words the sentence's:
/// "Palkansaajakeskusjärjestöt SAK, Akava ja STTK" (the employees' central organisations
/// SAK, Akava and STTK), "… les organisations syndicales du Puy-de-Dôme CGT, FO, FSU,
/// Solidaires et UNEF", "Vakbonden CNV, FNV en VCP", "… ਟਰੇਡ ਯੂਨੀਅਨਾਂ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਇੰਟਕ, ਏ ਆਈ ਟੀ ਯੂ
/// ਸੀ, …" (trade unions, among them INTUC, AITUC, …). In a script without case the acronym is
/// one by letter names or marks ([`uncased_acronym`]): a word of a few syllables may be a
/// name's last word, its kind ("እናት ፓርቲ", Enat Party).
fn first_acronym_apart(items: &mut [String]) -> bool {
    let Some((first, others)) = items.split_first_mut() else {
        return false;
    };
    let by_form = |s: &str| {
        let s = s.trim();
        (word_count(s) == 1 && (acronym_shaped(s) || syllabic_acronym(s))) || uncased_acronym(s)
    };
    if others.len() < 2 || others.iter().filter(|o| by_form(o)).count() * 2 < others.len() {
        return false;
    }
    let words: Vec<&str> = first.split_whitespace().collect();
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let last = last.trim_end_matches([',', ';', ':']);
    // (A word in parentheses or quotation marks closes a name: "… (GBAH)", "„Cartel ALFA”".)
    let bare = last
        .chars()
        .all(|c| c.is_alphanumeric() || crate::text::is_mark(c) || matches!(c, '.' | '-' | '&'));
    let apart = if uncased(last) {
        uncased_acronym(last)
    } else {
        // (Words with an acronym among them before it are a name with it: "CC OO", an
        // acronym of two words; "CNS Cartel ALFA", an acronym and its name.)
        let letters = acronym_letters(last);
        acronym_shaped(last)
            && letters.first() != initials(&before.join(" ")).first()
            && !before.iter().any(|w| acronym_shaped(w))
    };
    if before.is_empty() || !bare || !apart {
        return false;
    }
    *first = last.to_owned();
    true
}

/// In a script without case, after the first name's acronym or length has been told
/// (`last::cut_uncased_ends`), the words of a sentence still before it ([`cut_unprinted_start`],
/// [`cut_kana_clause`]); not in a run a label's colon introduces, whose first piece is a name
/// whole ("발 신 : 6.15남북공동선언실현과한반도평화를위한 통일연대, …", from: the
/// Korean Alliance for Reunification, …). `opens`: the first name is still the sentence's
/// first piece whole, so a word before it can only be the sentence's opening ([`kind_twin`]).
pub(super) fn cut_uncased_start(items: &mut [String], introduced: bool, opens: bool) {
    if !introduced && !cut_topic(items) && !cut_unprinted_start(items, opens) {
        cut_kana_clause(items);
    }
}

/// The endings of a Korean word that mark it a clause's topic, object or place (은/는 topic,
/// 을/를 object, 에서/에게 place; "에는" ends with "는"): a word that ends so is the sentence's,
/// before a run, never a name's last.
const CLAUSE_ENDINGS: [&str; 6] = ["은", "는", "을", "를", "에서", "에게"];

/// Whether a word ends with a Korean clause's topic, object or place ([`CLAUSE_ENDINGS`])
/// written against a syllable of Hangul.
pub(super) fn clause_word(w: &str) -> bool {
    CLAUSE_ENDINGS.iter().any(|e| {
        w.strip_suffix(e)
            .and_then(|stem| stem.chars().next_back())
            .is_some_and(|c| matches!(c, '\u{AC00}'..='\u{D7A3}'))
    })
}

/// In Hangul, a first name whose words hold one that ends as a clause's topic, object or
/// place ([`clause_word`]) starts after the last such word: "4대강재자연화위원회에는
/// 경제정의실천시민연합" (the committee includes the Citizens' Coalition for Economic Justice),
/// "한편 시민사회연석회의는 범시민사회단체연합" (meanwhile the civil society conference, …).
fn cut_topic(items: &mut [String]) -> bool {
    let Some(first) = items.first_mut() else {
        return false;
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    let Some(k) = words.iter().rposition(|w| clause_word(w)) else {
        return false;
    };
    let Some(rest) = words.get(k + 1..).filter(|r| !r.is_empty()) else {
        return false;
    };
    *first = rest.join(" ");
    true
}

/// In a script without case, written with spaces between words, a first name with two words
/// or more beyond those the run's names usually have starts after the sentence's words before
/// it: its first words that no other name of the run prints, cut while more words remain than
/// those names have ("4대강재자연화위원회에는 경제정의실천시민연합, 녹색연합, 카라, 환경운동연합", the
/// committee includes the Citizens' Coalition for Economic Justice, …; "या सभेला महाराष्ट्र राज्य
/// प्राथमिक शिक्षक संघ, महाराष्ट्र राज्य प्राथमिक शिक्षक समिती, …", at this meeting the
/// Maharashtra State Primary Teachers' Association, …). A topic or place phrase carries the
/// sentence's postposition or particle, which the names of the run do not print. Where the
/// run opens its sentence (`opens`), a first name one word longer than the other names of its
/// kind loses its first word so ([`kind_twin`]), however few the run's names.
fn cut_unprinted_start(items: &mut [String], opens: bool) -> bool {
    let Some((first, others)) = items.split_first_mut() else {
        return false;
    };
    // (Four other names at least tell how long the run's names are; a last word that is an
    // acronym by its form is the name, told before; so is a group in parentheses written
    // against it, "…(범사련)", which the entry's reading tells with the words before it. A
    // group written apart, the name's acronym, is set aside and the words before it are
    // counted: "ሰነዱን የተፈራረሙት የመላ ኢትዮጵያ አንድነት ድርጅት (መኢአድ)", those who signed the
    // document are the All-Ethiopian Unity Organization (AEUO).)
    let (body, group) = apart_group(first);
    let acronym_last = body
        .split_whitespace()
        .next_back()
        .is_some_and(uncased_acronym);
    let grouped = body.trim_end().ends_with(')');
    let words: Vec<&str> = body.split_whitespace().collect();
    if !uncased(body) || body.chars().any(spaceless) || acronym_last || grouped {
        return false;
    }
    let usual = (others.len() >= 4)
        .then(|| {
            median(
                others
                    .iter()
                    .map(|s| word_count(apart_group(s).0))
                    .collect(),
            )
        })
        .filter(|&m| words.len() >= m.saturating_add(2));
    // (Where fewer names tell how long they usually are, or the first name is not longer by
    // two words, a name of its kind one word shorter tells its length: [`kind_twin`].)
    let typical = match usual {
        Some(m) => m,
        None if opens && others.len() >= 2 && kind_twin(&words, others) => {
            words.len().saturating_sub(1)
        }
        None => return false,
    };
    let printed: Vec<&str> = others.iter().flat_map(|s| s.split_whitespace()).collect();
    let mut cut = 0;
    while words.len() - cut > typical && words.get(cut).is_some_and(|w| !printed.contains(w)) {
        cut += 1;
    }
    if cut == 0 {
        return false;
    }
    let mut name = words.get(cut..).unwrap_or_default().join(" ");
    if !group.is_empty() {
        name.push(' ');
        name.push_str(group);
    }
    *first = name;
    true
}

/// Whether another name of the run ends with the kind a first name ends with (its last word)
/// and is as long as the first name without its first word (two words or more), and no name
/// of that kind is longer ("જેમાં યુવક કોંગ્રેસ, મહિલા કોંગ્રેસ, …", in which the Youth Congress,
/// the Women's Congress, …): names of one kind named alike tell a first name one word longer
/// than all of them by a word of the sentence before it. Where names of the kind differ in
/// length ("… कर्मचारी संघ" of three words to six), none is told so.
fn kind_twin(words: &[&str], others: &[String]) -> bool {
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let length = rest.len();
    let of_kind: Vec<usize> = others
        .iter()
        .map(|o| apart_group(o).0.split_whitespace().collect::<Vec<&str>>())
        .filter(|o| o.last().is_some_and(|k| kind_word(k) == kind_word(last)))
        .map(|o| o.len())
        .collect();
    length >= 2 && of_kind.contains(&length) && of_kind.iter().all(|&n| n <= length)
}

/// A name and the group in parentheses that closes it, written apart from its last word
/// ("… ድርጅት (መኢአድ)", "… الديمقراطي (KCD)"); the whole name and nothing else when none does.
fn apart_group(name: &str) -> (&str, &str) {
    let t = name.trim_end();
    let split = t
        .ends_with(')')
        .then(|| t.rfind(" ("))
        .flatten()
        .and_then(|at| Some((t.get(..at)?, t.get(at + 1..)?)));
    split.unwrap_or((name, ""))
}

/// In Japanese, a first name that follows a clause written against it starts after the
/// clause's last run of two kana of Hiragana or more (its particle: "出席したのは民主党、共産党、
/// 維新の党、社民党", those present were the Democratic Party, …; "準備委は現在(27日)まで
/// 6・15南側委委員会、…"), where no other name of the run holds such a run ("維新の党" holds
/// one kana).
fn cut_kana_clause(items: &mut [String]) -> bool {
    let Some((first, others)) = items.split_first_mut() else {
        return false;
    };
    if others.len() < 2
        || !mostly_han_or_kana(first)
        || others.iter().any(|o| kana_run_end(o).is_some())
    {
        return false;
    }
    let Some(end) = kana_run_end(first) else {
        return false;
    };
    let rest = first.get(end..).unwrap_or_default().trim();
    if rest.chars().filter(|&c| letter(c)).count() < 2 {
        return false;
    }
    *first = rest.to_owned();
    true
}

/// Where a text's last run of two Hiragana or more ends, when letters of another script
/// come before and after it (a name may start with kana: "れいわ新選組").
fn kana_run_end(text: &str) -> Option<usize> {
    let (mut run, mut other) = (0, false);
    let mut end = None;
    for (at, c) in text.char_indices() {
        if hiragana(c) {
            run += 1;
            if run >= 2 && other {
                end = Some(at + c.len_utf8());
            }
        } else {
            run = 0;
            other |= letter(c);
        }
    }
    let end = end?;
    text.get(end..)?
        .chars()
        .find(|&c| letter(c))
        .is_some_and(|c| !hiragana(c))
        .then_some(end)
}

/// A first name in a script without case that ends with its acronym in parentheses, spelled
/// in English letter names, starts where the acronym's letters do ([`spelled_name_start`]),
/// as a name in sentence case does where its capitals spell it ([`acronym_spelled_from`]):
/// "… انتخابی الائنس میں متحدہ قومی موومنٹ (ایم کیو ایم)" (… in the electoral alliance, the
/// Muttahida Qaumi Movement (MQM)) is "متحدہ قومی موومنٹ (ایم کیو ایم)". The name without the
/// words before it, the group kept as printed; none where the initials do not spell the whole
/// acronym or the name starts the piece already: the rule only cuts.
pub(super) fn cut_before_spelled_name(item: &str) -> Option<&str> {
    let t = item.trim_end();
    let open = t.strip_suffix([')', '）'])?.rfind(['(', '（'])?;
    let (body, group) = (t.get(..open)?, t.get(open..)?);
    let acronym = group
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    if !uncased(t) {
        return None;
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    let start = spelled_name_start(&words, acronym).filter(|&s| s > 0)?;
    let from = words.get(start)?;
    let at = (from.as_ptr() as usize).saturating_sub(item.as_ptr() as usize);
    item.get(at..).map(str::trim_end)
}

/// A first name that ends with its acronym in parentheses starts where the acronym's letters
/// do: a name in sentence case holds words in lower case ("sindikalne središnjice Savez
/// samostalnih sindikata Hrvatske (SSSH)", "the central unions Union of Autonomous Trade
/// Unions of Croatia (SSSH)"; "… grupong Bukluran ng Manggagawang Pilipino (BMP)"), so the
/// name cut after the sentence's last such word may have lost its first words, or kept a word
/// or two of the sentence's. The start: the last capitalized word before `cut` with the
/// acronym's first letter from which the name's initials spell the acronym, no further back
/// than the acronym has letters; else, after a word of the sentence's, such a word one or two
/// words after `cut`.
fn acronym_spelled_from(words: &[&str], cut: usize) -> Option<usize> {
    let (group, name) = words.split_last()?;
    let acronym = group.strip_prefix('(')?.strip_suffix(')')?;
    if !acronym_shaped(acronym) {
        return None;
    }
    let letters = acronym_letters(acronym);
    let first = *letters.first()?;
    let starts_it = |j: usize| {
        name.get(j)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase() && latin_upper(c) == Some(first))
    };
    if cut >= name.len() || starts_it(cut) {
        return None;
    }
    let spells = |j: usize| {
        let ini = initials(&name.get(j..).unwrap_or_default().join(" "));
        ini.first() == Some(&first) && initial_score(&letters, &ini) > letters.len()
    };
    // (Back from the cut first; else forward over a word or two of the sentence's that no
    // letter of the acronym spells: "Die drei großen NRW-Naturschutzverbände Bund für Umwelt
    // und Naturschutz Deutschland (BUND)", the three large NRW nature associations …)
    (cut.saturating_sub(letters.len())..cut)
        .rev()
        .find(|&j| starts_it(j) && spells(j))
        .or_else(|| {
            // (Only after a word of the sentence's: a name's own first word may lie outside
            // its acronym, "Türkiye Devrimci İşçi Sendikaları Konfederasyonu (DİSK)".)
            let after = if cut > 0 { cut + 1 } else { name.len() };
            (after..(cut + 3).min(name.len())).find(|&j| starts_it(j) && spells(j))
        })
}

#[cfg(test)]
mod tests {
    use super::super::run_in;
    use super::super::tests::run_of;
    use super::cut_sentence_start;
    use super::{clause_word, cut_uncased_start};
    use crate::ingest::listwords::list_words;

    /// A first name without case that ends with its acronym in parentheses spelled in letter
    /// names loses the sentence's words before the words that spell it, the group kept as
    /// printed, written apart or against the name (constructed: "at the meeting, the Awami
    /// Workers Party (AWP)"); a name that starts its piece, or whose initials do not spell
    /// the acronym, is left as it is.
    #[test]
    fn a_first_name_without_case_starts_where_its_spelled_acronym_does() {
        assert_eq!(
            super::cut_before_spelled_name("جلسے میں عوامی ورکرز پارٹی (اے ڈبلیو پی)"),
            Some("عوامی ورکرز پارٹی (اے ڈبلیو پی)")
        );
        assert_eq!(
            super::cut_before_spelled_name("बैठक में हिंद मज़दूर सभा(एचएमएस) "),
            Some("हिंद मज़दूर सभा(एचएमएस)")
        );
        assert_eq!(
            super::cut_before_spelled_name("عوامی ورکرز پارٹی (اے ڈبلیو پی)"),
            None
        );
        assert_eq!(
            super::cut_before_spelled_name("جلسے میں پاکستان مزدور محاذ (اے ڈبلیو پی)"),
            None
        );
        assert_eq!(
            super::cut_before_spelled_name("Meeting of the Awami Workers Party (AWP)"),
            None
        );
    }

    /// A first name in sentence case longer than the run's names usually are, as long as its
    /// longest and a word more, starts right after a word of the sentence's own ("… the
    /// representatives of …"), not after a preposition ("… signed in …").
    #[test]
    fn a_long_first_name_in_sentence_case_starts_after_the_sentence_word() {
        let pl = list_words(&"pl".parse().unwrap_or_default());
        let items: Vec<String> = [
            "Związku nauczycieli szkół średnich w Polsce",
            "Stowarzyszenia lekarzy",
            "Fundacji praw",
        ]
        .map(String::from)
        .to_vec();
        let prev =
            "Wśród nich byli przedstawiciele Ogólnopolskiego związku pracowników ochrony zdrowia";
        assert_eq!(
            super::sentence_case_name(prev, &items, 2, false, &pl).as_deref(),
            Some("Ogólnopolskiego związku pracowników ochrony zdrowia")
        );
        let prev = "Umowę podpisano w Ogólnopolskim związku pracowników ochrony zdrowia";
        assert_eq!(super::sentence_case_name(prev, &items, 2, false, &pl), None);
    }

    /// A run that opens its sentence, its first name one word longer than the other names of
    /// its kind, each as long: the sentence's first word is cut ("in which the Youth Congress,
    /// the Women's Congress, …"); not where the run does not open its sentence, nor where
    /// another name of the kind is as long as the first.
    #[test]
    fn an_opening_word_before_a_first_name_longer_than_its_kind_is_cut() {
        let run = |names: [&str; 3], opens: bool| {
            let mut items: Vec<String> = names.map(String::from).to_vec();
            cut_uncased_start(&mut items, false, opens);
            items.first().cloned().unwrap_or_default()
        };
        let names = ["जिसमें युवा कांग्रेस", "महिला कांग्रेस", "सेवा दल"];
        assert_eq!(run(names, true), "युवा कांग्रेस");
        assert_eq!(run(names, false), "जिसमें युवा कांग्रेस");
        let names = ["नगर युवा कांग्रेस", "महिला कांग्रेस", "राज्य किसान कांग्रेस"];
        assert_eq!(run(names, true), "नगर युवा कांग्रेस");
    }

    /// A Korean run's first piece holding the sentence's topic or place ("…회의에는", "…회의는")
    /// starts after it; a first piece without one stays whole.
    #[test]
    fn korean_topic_before_a_first_name_is_cut() {
        let mut items: Vec<String> = vec![
            "한편 가나다회의는 라마바연합".into(),
            "사아자연대".into(),
            "차카타모임".into(),
        ];
        cut_uncased_start(&mut items, false, false);
        assert_eq!(items.first().map(String::as_str), Some("라마바연합"));
        let mut items: Vec<String> =
            vec!["가나다 위원회에는 라마바 시민연합".into(), "사아자".into()];
        cut_uncased_start(&mut items, false, false);
        assert_eq!(items.first().map(String::as_str), Some("라마바 시민연합"));
        let mut items: Vec<String> = vec!["가나다 시민연합".into(), "사아자연대".into()];
        cut_uncased_start(&mut items, false, false);
        assert_eq!(items.first().map(String::as_str), Some("가나다 시민연합"));
        assert!(clause_word("위원회에서") && !clause_word("에서") && !clause_word("Union은x"));
    }

    /// ko-wowtv-815-jaju-tongil-daehaengjin-chujin-wiwonhoe-gyeolseong (line 6),
    /// mr-newsuncut-11-kamgar-sanghatna-deshvyapi-samp (line 7) and
    /// ko-spark946-tongilyeondae-minjungyeondae-pyeongtongsa-bangwibi-gijahoegyeon (line 7),
    /// read by hand: in a script without case, the sentence's words before the first name, which
    /// no other name of the run prints, are cut while the name keeps as many words as the run's
    /// names usually have; a run after a label's colon starts with a name whole.
    #[test]
    fn uncased_sentence_words_before_the_first_name_are_cut() {
        let mut items: Vec<String> = [
            "이날 현재 추진위원회에는 기독교사회선교연대회의",
            "대한불교조계종 사회노동위원회",
            "민주사회를 위한 변호사모임",
            "민주노총",
            "한국노총",
            "21세기한국대학생연합",
        ]
        .map(String::from)
        .to_vec();
        super::cut_uncased_start(&mut items, false, false);
        assert_eq!(
            items.first().map(String::as_str),
            Some("기독교사회선교연대회의")
        );
        let mut items: Vec<String> = [
            "या मोर्चामध्ये राज्य कर्मचारी मध्यवर्ती संघटना",
            "सिटू",
            "आयटक",
            "लाल बावटा विडी कामगार संघटना",
            "इंटक विडी कामगार संघटना",
            "ग्रामपंचायत कर्मचारी संघटना",
            "आशा व गटप्रवर्तक संघटना",
        ]
        .map(String::from)
        .to_vec();
        super::cut_uncased_start(&mut items, false, false);
        assert_eq!(
            items.first().map(String::as_str),
            Some("राज्य कर्मचारी मध्यवर्ती संघटना")
        );
        let whole = [
            "6.15남북공동선언실현과한반도평화를위한 통일연대 본부",
            "전국민중연대",
            "평화와통일을여는사람들",
            "민주노총",
            "한국노총",
        ]
        .map(String::from)
        .to_vec();
        let mut items = whole.clone();
        super::cut_uncased_start(&mut items, true, false);
        assert_eq!(items, whole);
        super::cut_uncased_start(&mut items, false, false);
        assert_ne!(items, whole);
    }

    /// A first piece that ends with its acronym in parentheses written apart (constructed,
    /// Hindi: "इस बैठक में भारतीय किसान संघ (बीकेएस)", at this meeting the Indian Farmers' Union
    /// (BKS)): the sentence's words before the name are cut as before a bare name, the group
    /// kept; a group written against the name's last word is left to the entry's reading.
    #[test]
    fn sentence_words_before_a_first_name_with_its_group_are_cut() {
        let run = |first: &str| {
            let mut items: Vec<String> = [
                first,
                "अखिल भारतीय किसान सभा (एआईकेएस)",
                "भारतीय मजदूर संघ (बीएमएस)",
                "राष्ट्रीय किसान मंच",
                "किसान मजदूर संगठन",
            ]
            .map(String::from)
            .to_vec();
            super::cut_uncased_start(&mut items, false, false);
            items.first().cloned().unwrap_or_default()
        };
        assert_eq!(
            run("इस बैठक में भारतीय किसान संघ (बीकेएस)"),
            "भारतीय किसान संघ (बीकेएस)"
        );
        assert_eq!(
            run("इस बैठक में भारतीय किसान संघ(बीकेएस)"),
            "इस बैठक में भारतीय किसान संघ(बीकेएस)"
        );
        assert_eq!(super::apart_group("किसान संघ"), ("किसान संघ", ""));
    }

    /// ja-lovepeace15-5-yato-kyoto-goi (line 9), read by hand: the clause before the first
    /// party ends with its particle in Hiragana ("出席したのは", those present were); "維新の党"
    /// holds one kana and "れいわ新選組" starts with kana: names whole.
    #[test]
    fn a_kana_clause_before_the_first_name_is_cut() {
        let mut items: Vec<String> = ["出席したのは民主党", "共産党", "維新の党", "社民党"]
            .map(String::from)
            .to_vec();
        super::cut_uncased_start(&mut items, false, false);
        assert_eq!(items.first().map(String::as_str), Some("民主党"));
        let whole: Vec<String> = ["れいわ新選組", "共産党", "社民党"]
            .map(String::from)
            .to_vec();
        let mut items = whole.clone();
        super::cut_uncased_start(&mut items, false, false);
        assert_eq!(items, whole);
    }

    /// hr-shu-sssh-nhs-mhs-suh-prosvjed-vece-place-mirovine (line 15) and
    /// tl-kilusangmasa-koalisyong-pabahay-pork-barrel (line 9), read by hand: the run's first name starts where its acronym's letters do,
    /// not after the sentence's last word in lower case.
    #[test]
    fn a_first_name_starts_where_its_acronym_does() {
        for (lang, line, first) in [
            (
                "hr",
                "sindikalne središnjice Savez samostalnih sindikata Hrvatske (SSSH), Nezavisni hrvatski sindikati (NHS) i Matica hrvatskih sindikata (MHS) te Sindikat umirovljenika Hrvatske (SUH) donijeli su odluku o organizaciji zajedničkog prosvjeda.",
                "Savez samostalnih sindikata Hrvatske (SSSH)",
            ),
            (
                "tl",
                "Kasama nila ang mga grupong Bukluran ng Manggagawang Pilipino (BMP), Sanlakas, Kongreso ng Pagkakaisa ng mga Maralita ng Lungsod (KPML), Partido Lakas ng Masa (PLM), Alliance for Truth, Integrity and Nationalism (ATIN), Zone One Tondo Organization (ZOTO), Aniban ng Manggagawa sa Agrikultura (AMA), Pagkakaisa ng Manggagawa sa Transportasyon (PMT), Piglas-Kabataan (PK), SUPER-Federation, Makabayan-Pilipinas, Ang Grupo ng Organisadong Mamamayan (AGOM), at Proletaryong Rebolusyonaryong Kilusan (PRK).",
                "Bukluran ng Manggagawang Pilipino (BMP)",
            ),
            // id-upknowledge-kapas-buruh-lsm-berkoalisi (line 8): a name longer than the
            // run's names usually are.
            (
                "id",
                "Kapas adalah koalisi yang terdiri dari Konferedasi Serikat Pekerja Seluruh Indonesia (KSPSI), Konferedasi Serikat Pekerja Indonesia (KSPI), Konferederasi Serikat Buruh Sejahtera Indonesia (KSBSI), Imparsial, Kontras, YLBHI, LBH Jakarta, TURC, Serikat Petani Indonesia (SPI).",
                "Konferedasi Serikat Pekerja Seluruh Indonesia (KSPSI)",
            ),
            // Constructed: a word of the sentence's after its last word in small letters, which
            // the acronym does not spell ("the two big Saxon unions …").
            (
                "de",
                "Die zwei großen Sachsen-Gewerkschaften Verband für Arbeit und Soziales Sachsen (VAS), Bund der Lehrerinnen und Lehrer (BLL) und Gewerkschaft Pflege (GP) fordern mehr Personal.",
                "Verband für Arbeit und Soziales Sachsen (VAS)",
            ),
        ] {
            let lw = list_words(&lang.parse().unwrap_or_default());
            let items = run_in(line, &lw).unwrap_or_default();
            assert_eq!(items.first().map(String::as_str), Some(first), "{items:?}");
        }
    }

    /// fi-akava-palkansaajakeskusjarjestojen-lausunto-yritysvastuulaki (line 3),
    /// fr-cgt63-declaration-unitaire-puy-de-dome-pandemie (line 3) and
    /// nl-telegraaf-pensioenakkoord-cnv-fnv-vcp-actiedag, read by hand: beside names that are
    /// acronyms for the most part, the first name is the acronym its piece ends with, not the
    /// words before it; an acronym of two words ("CC OO"), an acronym and its name ("CNS Cartel
    /// ALFA", ro-newskeeper-confederatii-sindicale-denunta-ugsr-2010) stay whole, and so does
    /// a name in a script without case ending with its kind ("እናት ፓርቲ", Enat Party).
    #[test]
    fn a_first_piece_ending_with_an_acronym_beside_acronyms_is_that_acronym() {
        for (lang, line, first) in [
            (
                "fi",
                "Palkansaajakeskusjärjestöt SAK, Akava ja STTK toteavat työ- ja elinkeinoministeriölle antamassaan lausunnossa muun muassa, että lain valmistelussa on kiinnitettävä huomiota.",
                "SAK",
            ),
            (
                "fr",
                "Dans cette période difficile, les organisations syndicales du Puy-de-Dôme CGT, FO, FSU, Solidaires et UNEF ne s’inscrivent dans aucun pacte avec le gouvernement.",
                "CGT",
            ),
            (
                "ca",
                "Signen el manifest CC OO, UGT, USOC, CGT i la FAVB.",
                "CC OO",
            ),
            (
                "ro",
                "Confederaţiile sindicale CNS Cartel ALFA, CNSLR Frăţia, BNS, CSDR şi CS Meridian denunţă \"UGSR 2010\", o organizaţie nouă.",
                "CNS Cartel ALFA",
            ),
            (
                "am",
                "እናት ፓርቲ፣ መኢአድና ኢሕአፓ፣ ገዥው ብልጽግና ፓርቲ በቅርቡ ባካሄደው ጠቅላላ ጉባኤ ራሱን “የስኬት ማማ” ላይ እንዳለ አድርጎ በመንግሥታዊ መገናኛ ብዙኀን አስነግሯል በማለት ዛሬ በጋራ ባወጡት መግለጫ ተችተዋል።",
                "እናት ፓርቲ",
            ),
        ] {
            let lw = list_words(&lang.parse().unwrap_or_default());
            let items = run_in(line, &lw).unwrap_or_default();
            assert_eq!(items.first().map(String::as_str), Some(first), "{items:?}");
        }
    }

    /// tests/fixtures/ingest/real/ru-dzen-kazahstan-memorandum-chestnye-vybory, read by hand:
    /// "The memorandum was signed by representatives of the parties "Amanat", the People's
    /// Party of Kazakhstan, …": a quoted word before the run is a whole name, though the
    /// run's names are longer (an unquoted single word there would be the end of a name).
    /// The sentence is cut after its fifth name.
    #[test]
    fn a_quoted_word_before_a_run_is_its_first_name() {
        let ru = list_words(&"ru".parse().unwrap_or_default());
        let line = "Меморандум подписали представители партий \"Аманат\", Народной партии Казахстана, Демократической партии Казахстана \"Ак жол\" (\"Светлый путь\"), Народно-демократической патриотической партии \"Ауыл\" (\"Село\"), Казахстанской партии зеленых \"Байтак\".";
        let items = run_in(line, &ru).unwrap_or_default();
        assert_eq!(items.first().map(String::as_str), Some("\"Аманат\""));
        assert_eq!(items.len(), 5, "{items:?}");
    }

    /// tests/fixtures/ingest/real/ru-solidarnost-fpu-akciya-protesta-kiev-podderzhali-profsoyuzy,
    /// line 1, read by hand: "The protest was supported by the Confederation of Free Trade
    /// Unions, the Independent Miners' Union, the Free Union of Railway Workers and a number of
    /// other union associations". The verb before the run ("поддержали", "supported") ends the
    /// sentence's own words; the first name, in sentence case, starts after it, though the
    /// words before the comma read as no name together.
    /// A run's first piece still holding its sentence's start before names in title case or
    /// acronyms (constructed): the name starts at the capital after the last word of the
    /// sentence, an article between them left to the article's rule ("der BUND"); a name that
    /// ends in small letters ("Hội Nông dân") keeps its end; a kind in small letters and a
    /// quoted name stay whole.
    #[test]
    fn a_first_name_starts_at_the_capital_after_the_sentence() {
        let lw = list_words(&"de".parse().unwrap_or_default());
        let cut = |items: &[&str]| {
            let mut items: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
            cut_sentence_start(&mut items, &lw);
            items.first().cloned().unwrap_or_default()
        };
        assert_eq!(
            cut(&[
                "Unterzeichnet haben der BUND",
                "der NABU",
                "Greenpeace",
                "die Deutsche Umwelthilfe"
            ]),
            "der BUND"
        );
        assert_eq!(
            cut(&[
                "Tuyên bố được ký bởi Hội Nông dân",
                "Hội Phụ nữ",
                "Đoàn Thanh niên",
                "Liên đoàn Lao động"
            ]),
            "Hội Nông dân"
        );
        assert_eq!(
            cut(&[
                "благотворительный фонд «Здоровое сердце»",
                "благотворительный фонд «Дасти ёри»",
                "Ирода"
            ]),
            "благотворительный фонд «Здоровое сердце»"
        );
    }

    #[test]
    fn a_first_name_in_sentence_case_starts_after_the_verb_before_it() {
        let page = include_str!(
            "../../../tests/fixtures/ingest/real/ru-solidarnost-fpu-akciya-protesta-kiev-podderzhali-profsoyuzy.txt"
        );
        let sentence = "Протест поддержали Конфедерация свободных профсоюзов, Независимый профсоюз горняков, Свободный профсоюз железнодорожников и ряд других профсоюзных объединений.";
        assert!(page.contains(sentence));
        let items = run_of("ru", sentence);
        assert_eq!(items.len(), 3, "{items:?}");
        assert_eq!(
            items.get(..2).unwrap_or_default(),
            [
                "Конфедерация свободных профсоюзов",
                "Независимый профсоюз горняков"
            ]
        );
        // A word of the sentence after an article or a short word is no verb before a name:
        // "… members of the ADEDY from critical sectors, such as health (…)" (el-sdna-apergia-
        // adedy-omospondies-meli, line 3) names no organization before its groups.
        let line = "Στην απεργιακή κινητοποίηση θα λάβουν μέρος και ομοσπονδίες-μέλη της ΑΔΕΔΥ από κρίσιμους κλάδους, όπως η υγεία (ΟΕΝΓΕ, ΠΟΕΔΗΝ), η παιδεία (ΟΛΜΕ, ΔΟΕ), καθώς και η Τοπική Αυτοδιοίκηση (ΠΟΕ-ΟΤΑ).";
        assert!(!run_of("el", line).iter().any(|n| n.contains("ΑΔΕΔΥ")));
    }

    /// Line 1 of sl-svet24-demonstracije-17-novembra (svet24.si), read by hand: the names are
    /// in sentence case, and the first of the run ("Konfederacija sindikatov javnega sektorja
    /// Slovenije") ends the clause before it ("… se jih bodo udeležili še", "… will be
    /// joined by"). (The union named before the clause, "Zveze svobodnih sindikatov
    /// Slovenije", is not told from the sentence.)
    #[test]
    fn a_first_name_in_sentence_case_ends_the_clause_before_the_run() {
        let line = "Poleg Zveze svobodnih sindikatov Slovenije se jih bodo udeležili še Konfederacija sindikatov javnega sektorja Slovenije, Konfederacija neodvisnih sindikatov Slovenije Neodvisnost in Reprezentativni sindikati Slovenije, so povedali sindikalisti.";
        assert_eq!(
            run_of("sl", line),
            [
                "Konfederacija sindikatov javnega sektorja Slovenije",
                "Konfederacija neodvisnih sindikatov Slovenije Neodvisnost",
                "Reprezentativni sindikati Slovenije"
            ]
        );
    }
    /// A piece's last words in lower case after a capital end a name in title case; words in
    /// lower case after other lower-case words, or three of them, are the sentence's.
    #[test]
    fn names_ending_in_lower_case() {
        let words = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
        assert_eq!(
            super::lower_tail(&words("including the Helsinki Assembly Vanadzor branch")),
            1
        );
        assert_eq!(
            super::lower_tail(&words("unterstützt vom Bund Naturschutz e.V.")),
            1
        );
        assert_eq!(super::lower_tail(&words("the CGT said in a statement")), 0);
        assert_eq!(super::lower_tail(&words("a number of")), 0);
    }

    /// A country's name alone before a run is the sentence's place, not the run's first name:
    /// "Patru sindicate importante din Moldova, Unirea Muncii, UNIM-Viitor, ABCD și Orizont"
    /// (four important unions of Moldova, …): the piece before the run ends with no name.
    #[test]
    fn a_countrys_name_before_a_run_is_no_name() {
        let ro = list_words(&"ro".parse().unwrap_or_default());
        let mut items: Vec<String> = ["Unirea Muncii", "UNIM-Viitor", "ABCD", "Orizont"]
            .map(String::from)
            .to_vec();
        super::name_before_run("Patru sindicate importante din Moldova", &mut items, &ro);
        assert_eq!(
            items.first().map(String::as_str),
            Some("Unirea Muncii"),
            "{items:?}"
        );
    }
}
