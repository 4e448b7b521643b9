//! A list's house style, inferred from all its entries before any is split: punctuation that
//! ends every entry ("1. Asociación Vihsibles." … ";"), and a city printed between the name and
//! the country ("Akcija za ljudska prava (HRA), Podgorica, Crna Gora"). A style holds when most
//! entries show it; then every entry is read with it, and an entry that does not fit is read
//! on its own.

use super::assemble::RawEntry;
use super::entry::{
    acronym_candidate, acronym_hyphen_words, acronym_letters, acronym_like, all_capitals,
    initial_score, initials, inner, is_group, last_dash, starts_lower, tokens,
};
use super::gazetteer::Places;
use super::lexicon::function_word;
use super::listwords::ListWords;
use super::persons::{
    RoleWords, before_officer, person_first, person_last, person_name, person_with_organization,
};
use super::script::word_count;
use super::script::{
    acronym_shaped, leading_uncased_acronym, list_punctuation, qualified_uncased_acronym,
    syllabic_acronym, uncased, uncased_acronym,
};
use super::script::{legal_form, letter, quote_mark};
use crate::FastMap;
use crate::FastSet;
/// What the entries of one list share.
#[derive(Debug, Clone, Default)]
pub(super) struct Style {
    /// Punctuation that ends the entries: removed from each.
    pub(super) trailing: Option<char>,
    /// Entries print a city before the country: the city goes to the note.
    pub(super) city_before_country: bool,
    /// Many entries are one acronym and a place ("ATTAC Austria", "WALHI Papua"): the
    /// organization's branches, the place read as their country or area.
    pub(super) shared_acronym: Option<String>,
    /// The words of the list's names of several words in scripts without case: a word printed
    /// alone that is also part of a longer name ("काँग्रेस" beside "राष्ट्रवादी काँग्रेस") is a
    /// word, not a syllabic acronym.
    pub(super) name_words: FastSet<String>,
    /// Most entries are acronyms known by their form ("சிஐடியு, ஏஐடியுசி, …"): a word before
    /// an entry's acronym is the sentence running into the list.
    pub(super) acronyms_by_form: bool,
    /// Most entries, three or more, start with an acronym known by its form and go on with
    /// words ("সিপিআই সাধারণ সম্পাদক ডি রাজা", CPI general secretary D. Raja): a sentence
    /// names each body by its acronym and says who spoke for it.
    pub(super) uncased_acronyms_lead: bool,
    /// Most entries end with their acronym in parentheses ("Zveza svobodnih sindikatov
    /// Slovenije (ZSSS)"): one capitalized word in parentheses after a name is its short name
    /// too, though written as a word ("(Glosa)", "(SHL-Kosova)").
    pub(super) paren_acronyms: bool,
    /// What the list prints after a comma behind two names or more, when it is no place
    /// ("…, član Kuće ljudskih prava i demokratije", "member of the House of Human Rights"): a
    /// description the list repeats, a note of each entry, not part of a name.
    pub(super) repeated_notes: FastSet<String>,
    /// Entries lead with their acronym, the name after it spelling it ("PCT Parti Communiste du
    /// Togo"): an acronym in capitals before a name that does not spell it (a translation) is
    /// an acronym too ("KKE Communist Party of Greece").
    pub(super) acronyms_lead: bool,
    /// Two entries or more end with a country CLDR names in parentheses ("Union syndicale
    /// Solidaires (Solidaires - France)", "… COBAS (SIAL COBAS - Italie)"): the list prints
    /// its places there, and one capitalized word in that place is a region CLDR need not
    /// name ("(Corse)", "(Bretagne)"). See [`places_in_parentheses`].
    pub(super) places_in_parentheses: bool,
    /// Two entries or more start with a country CLDR names in parentheses ("(Portugal)
    /// Confederação Geral dos Trabalhadores Portugueses", "(Uruguai) PIT CNT"): the list
    /// prints its places there, and a capitalized group of a few words in that place is a
    /// place CLDR need not name, or spell as printed ("(Pais Basco) LAB"). See
    /// [`leading_place`].
    pub(super) leading_places: bool,
    /// Words that end two entries of the list or more, after names of other words, and read
    /// as a place ("CFDT Pays Basque" beside "Union Locale Solidaires Pays Basque"): the region
    /// the list's organizations share. After an acronym alone, they are its place.
    pub(super) shared_places: FastSet<String>,
    /// The shared places that end the names of the list's branches too, not only acronyms: a
    /// place the list prints after three entries or more, after an acronym alone as well as
    /// after a name ("WWF Kalbar", "Aman Kalbar", "Pemuda Muhammadiyah Kalbar"; "CDU
    /// Vogtland", "Grüne Jugend Vogtland", "Linksjugend Vogtland"). See [`branch_places`].
    pub(super) branch_places: FastSet<String>,
    /// Most entries end with a place after a dash between spaces, the places repeating ("CUT
    /// (Central Unitaria de Traballadoras) – Galícia", "CIG (…) – Galícia", "COBAS (…) –
    /// Estatal"): the list prints where each organization works in a column of its own, the
    /// country or region of each ([`dash_places`]).
    pub(super) dash_places: bool,
    /// Two entries or more print an acronym, a hyphen and in small letters whom it organizes
    /// ("ΠΟΕ ΟΤΑ-εργαζόμενοι στους Δήμους", [`acronym_hyphen_words`]): capitalized words so
    /// printed say it too ("ΠΟΜΗΤΕΔΥ-Τεχνολόγοι Μηχανικοί"), a note.
    pub(super) acronym_hyphen_notes: bool,
    /// What two entries of the list or more end with after their names, when it is a number
    /// ("Solidaires 31", "DAL 31", and written against an acronym "CGT31": the département of
    /// the local bodies signing), or three entries or more, a word in capitals ("KASTA NTB",
    /// "ALFA NTB": the province): the place of the list's local branches, a note of each.
    pub(super) shared_qualifiers: FastSet<String>,
    /// Most entries are a person's name, two capitalized words, and in parentheses the
    /// organization the person signs for ("Темир Сариев («Ак шумкар» саясий партиясы)"): the
    /// organization is the entry, the person its note.
    pub(super) persons_with_organizations: bool,
    /// Most entries name the organization first and after it, past a colon or a comma, the
    /// person who signs for it ("Lập Quyền Dân: Ông Nguyễn Khắc Mai"): the person is a note.
    pub(super) persons_named_last: bool,
    /// In a script without case, the role word and the organizations' first words the list's
    /// persons share ([`RoleWords`]).
    pub(super) person_roles: Option<RoleWords>,
    /// In a list of persons with their organizations, the posts it prints before the
    /// organizations' names ("Presidente", [`super::persons::lead_posts`]): no part of
    /// them.
    pub(super) lead_posts: FastSet<String>,
    /// The words the list's pieces repeat where a body's name ends and its officer begins
    /// ([`super::persons::officer_marks`]): the body's name ends before them.
    pub(super) officer_marks: FastSet<String>,
    /// Bodies' last words before those marks written with a case ending, and the words the list
    /// prints without it ([`super::persons::officer_stems`]).
    pub(super) officer_stems: crate::FastMap<String, String>,
    /// An entry prints its legal form apart from its name, after its acronym in parentheses or
    /// after a comma ("Bund für Umwelt und Naturschutz Deutschland (BUND) e.V.", "Člověk v
    /// tísni, o.p.s."): the list reads legal forms as notes, one after a name and a space too
    /// ("Campact e.V."). Without it, a legal form after a space is printed as part of the name
    /// ("Bündnis Bürgerenergie e.V.", "Dignitas a.s.b.l."). See [`legal_form_apart`].
    pub(super) legal_forms_apart: bool,
    /// Two entries or more are an acronym alone with a group in parentheses after it that
    /// does not spell it, its note ("GKN (Legazpi)", "ABC (Eibar)": the town of each firm): a
    /// group of capitalized words that is no short form after a name is its note too
    /// ("Aralar Papelera (Amezketa)"). See [`notes_in_parentheses`].
    pub(super) notes_in_parentheses: bool,
    /// Short forms printed before two different quoted names or more ("ГО “Екосфера”", "ГО
    /// “Наша допомога”"): the kind or legal form those names share, printed as part of each
    /// name, not the acronym of one organization (as "КТ "Подкрепа"" is). See
    /// [`kind_prefixes`].
    pub(super) kind_prefixes: FastSet<String>,
    /// Most entries end with a number after a space, the numbers rising from entry to entry and
    /// following names that end with different words ("Associação … Guiné-Bissau 36", "… de
    /// Mértola 39"): a table of contents, each name with the page it starts on, which is no
    /// part of the name. See [`page_numbers`].
    pub(super) page_numbers: bool,
    /// Two thirds of the entries, six at least, end after a space with a capitalized word that
    /// ends other entries too, two such words at least ("Fundacja Autonomia Kraków", "Fundacja
    /// KSK Warszawa", "Stowarzyszenie Homo Faber Lublin"), and a third of the names or more
    /// share their first word (the kind of body printed first, so the last words they share are
    /// no kind): a table's column of towns, printed after the names with a space only. Each
    /// entry's last word is its town, a note. See [`place_column`].
    pub(super) place_column: bool,
}

/// Whether most entries name a person first and the organization after it, with no role word
/// ([`person_first`]): two thirds of the entries or more, three at least, their persons' first
/// names mostly different (persons have names of their own; a list's organizations often share
/// a first word, "Union …", "Comité …"), and what follows them no place CLDR names (a list of
/// names and their countries: "Neue Partei, Germany"). A person's first word before a name of
/// two words or more may be a title the persons share ("Herr Rauf Zeyni - Nationales NGO-Forum
/// Aserbaidschans", "Herr Sabit Baghirov - Stiftung …"): such persons are told apart by their
/// last words, which organizations of one kind share ("Azərbaycan Xalq Demokratik Partiyası
/// (…)", "Azərbaycan Kəndli Partiyası (…)": parties, no persons).
pub(super) fn persons_named_first<'a>(
    parts: impl Iterator<Item = &'a str> + Clone,
    places: &Places,
) -> bool {
    most_name_persons(parts, |p| {
        person_first(p)
            .filter(|(_, organization)| places.lookup(organization).is_none())
            .and_then(|(person, _)| {
                let mut words = person.split_whitespace();
                match person.split_once(' ') {
                    Some((_, name)) if name.contains(' ') && person_name(name) => words.last(),
                    _ => words.next(),
                }
            })
    })
}

/// Whether most entries name their organization first and then the person who signs for it
/// ([`person_last`]: "Lập Quyền Dân: Ông Nguyễn Khắc Mai", "Câu lạc bộ Phan Tây Hồ: TS Hà Sĩ
/// Phu"): two thirds of the entries or more, three at least, the persons' names mostly
/// different, and none of them a place CLDR names (a list of names and their countries).
pub(super) fn persons_named_last<'a>(
    parts: impl Iterator<Item = &'a str> + Clone,
    places: &Places,
) -> bool {
    most_name_persons(parts, |p| {
        person_last(p.trim_end_matches(['.', ';', ' ']), false)
            .map(|(_, person)| person)
            .filter(|person| places.lookup(person).is_none())
    })
}

/// Whether the persons `person` finds in the parts (a name or a first name each) are in two
/// thirds of the parts or more, three at least, and mostly different: persons have names of
/// their own.
fn most_name_persons<'a>(
    parts: impl Iterator<Item = &'a str> + Clone,
    person: impl Fn(&'a str) -> Option<&'a str>,
) -> bool {
    let n = parts.clone().count();
    let (mut others, mut names) = (0usize, Vec::new());
    for p in parts {
        match person(p) {
            Some(name) => names.push(name),
            // (More than a third of the entries without a person: the answer is known.)
            None if (others + 1) * 3 > n => return false,
            None => others += 1,
        }
    }
    let found = names.len();
    names.sort_unstable();
    names.dedup();
    found >= 3 && found * 3 >= n * 2 && names.len() * 3 >= found * 2
}

/// Whether a text leads with an acronym that the name after it spells from its first word
/// ("PCT Parti Communiste du Togo", "RM Rode Morgen").
fn leads_with_spelled_acronym(t: &str) -> bool {
    let Some((first, rest)) = t.trim().split_once(' ') else {
        return false;
    };
    // (The name's initials are found only after a first word shaped like an acronym.)
    if !acronym_shaped(first) {
        return false;
    }
    let (letters, ini) = (acronym_letters(first), initials(rest));
    !letters.is_empty() && letters.first() == ini.first() && initial_score(&letters, &ini) >= 4
}

/// The pieces between a text's top-level commas, after the first.
pub(super) fn comma_pieces(t: &str) -> impl Iterator<Item = (usize, &str)> {
    // (Each piece ends at the next comma, looked at ahead: the commas are not collected.)
    let mut commas = commas_outside_parentheses(t).peekable();
    std::iter::from_fn(move || {
        let (i, w) = commas.next()?;
        let end = commas.peek().map_or(t.len(), |&(next, _)| next);
        Some((i, t.get(i + w..end).unwrap_or_default().trim()))
    })
}

/// The descriptions a list repeats after its names (see [`Style::repeated_notes`]).
fn repeated_notes(texts: &[&str], places: &Places) -> FastSet<String> {
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for t in texts {
        let t = t.trim().trim_end_matches(['.', ';', ',']);
        for (_, piece) in comma_pieces(t) {
            if word_count(piece) >= 2 && !place_like(piece) {
                *counts.entry(piece).or_insert(0) += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(piece, n)| *n >= 2 && places.lookup(piece).is_none())
        .map(|(piece, _)| piece.to_owned())
        .collect()
}

/// What the entries' parts tell of the list's style, once lines that name several are split:
/// the words of its names in scripts without case, and whether it lists acronyms.
pub(super) fn infer_from_parts<'a>(style: &mut Style, parts: impl Iterator<Item = &'a str>) {
    let (mut n, mut acronyms, mut in_parens, mut leads) = (0usize, 0usize, 0usize, 0usize);
    let mut seen: Vec<&str> = Vec::new();
    for p in parts {
        let p = p.trim();
        seen.push(p);
        n += 1;
        if p.ends_with(')') {
            let toks = tokens(p);
            if toks.len() >= 2
                && toks
                    .last()
                    .is_some_and(|t| is_group(t) && acronym_like(t) && !inner(t).contains(' '))
            {
                in_parens += 1;
            }
        }
        // (Each form of an acronym without case is in a script without case: `uncased` is
        // asked once, first.)
        if uncased(p) {
            if uncased_acronym(p) || syllabic_acronym(p) || qualified_uncased_acronym(p) {
                acronyms += 1;
            } else {
                leads += usize::from(leading_uncased_acronym(p).is_some());
                // A body named through its officer ("திமுக பொதுச் செயலா் துரைமுருகன்", the DMK's
                // general secretary …): the words of its name are those before the officer.
                let name = before_officer(p, &style.officer_marks).map_or(p, |(body, _)| body);
                if name.contains(char::is_whitespace) {
                    style
                        .name_words
                        .extend(name.split_whitespace().map(str::to_owned));
                }
            }
        }
    }
    style.acronyms_by_form = acronyms >= 3 && acronyms * 2 >= n;
    style.uncased_acronyms_lead = leads >= 3 && leads * 2 >= n;
    style.shared_places = shared_places(&seen);
    style.branch_places = branch_places(&seen, &style.shared_places);
    style.shared_qualifiers = shared_qualifiers(&seen);
    style.dash_places = dash_places(&seen);
    style.acronym_hyphen_notes = seen
        .iter()
        .filter(|p| acronym_hyphen_words(p).is_some_and(|(_, rest)| starts_lower(rest)))
        .nth(1)
        .is_some();
    let roles = RoleWords::learn(&seen);
    let persons = seen
        .iter()
        .filter(|p| person_with_organization(p, roles.as_ref()).is_some())
        .count();
    style.persons_with_organizations = persons >= 3 && persons * 3 >= n * 2;
    style.person_roles = roles.filter(|_| style.persons_with_organizations);
    style.paren_acronyms = in_parens >= 3 && in_parens * 2 >= n;
    style.notes_in_parentheses = notes_in_parentheses(&seen);
    style.page_numbers = page_numbers(&seen);
    style.place_column = place_column(&seen, &style.shared_places);
}

/// Whether the parts print a column of towns after their names with a space only
/// ([`Style::place_column`]), given the places they share ([`shared_places`]): those that no
/// name prints inside it or after a function word.
fn place_column(parts: &[&str], shared: &FastSet<String>) -> bool {
    let n = parts.len();
    if n < 6 || shared.len() < 2 {
        return false;
    }
    fn last_word(p: &str) -> Option<&str> {
        p.trim_end_matches(|c: char| list_punctuation(c) || c == '.')
            .rsplit_once(' ')
            .map(|(_, w)| w)
    }
    // A word the names print inside too is theirs, a kind ("Workers Union", "National Union
    // of Mine Workers"), not a town printed after them; so is a place after a function word
    // ("Helsinki Committee of Armenia").
    let mut inside: FastSet<&str> = FastSet::default();
    for p in parts {
        let words: Vec<&str> = p.split_whitespace().collect();
        if let [.., before, last] = words.as_slice()
            && function_word(before)
        {
            inside.insert(last);
        }
        inside.extend(words.iter().take(words.len().saturating_sub(1)));
    }
    let mut tails: Vec<&str> = parts
        .iter()
        .filter_map(|p| last_word(p))
        .filter(|w| shared.contains(*w) && !inside.contains(w))
        .collect();
    let found = tails.len();
    tails.sort_unstable();
    tails.dedup();
    // (The first word with a letter: a list number before it is none.)
    let mut firsts: FastMap<&str, usize> = FastMap::default();
    for p in parts {
        if let Some(first) = p.split_whitespace().find(|w| w.chars().any(letter))
            && !function_word(first)
        {
            *firsts.entry(first).or_insert(0) += 1;
        }
    }
    let lead = firsts.values().max().copied().unwrap_or(0);
    found * 3 >= n * 2 && tails.len() >= 2 && lead * 3 >= n
}

/// The number a part ends with after a space and a word of letters, as a page number is
/// printed after a name in a table of contents: (the word before it, the number).
pub(super) fn page_number(part: &str) -> Option<(&str, u32)> {
    let (head, last) = part.trim_end().rsplit_once(' ')?;
    let word = head.split_whitespace().next_back()?;
    // (Four figures at most, counted before they are added up: no overflow.)
    if !(1..=4).contains(&last.chars().count()) || !word.chars().any(letter) {
        return None;
    }
    let number = last.chars().try_fold(0u32, |n, c| {
        crate::text::decimal_digit(c).map(|d| n * 10 + d)
    })?;
    Some((word, number))
}

/// Whether the parts are a table of contents' names with their page numbers
/// ([`Style::page_numbers`]): three parts or more, two thirds of them, end with a number
/// ([`page_number`]), the numbers rising strictly in the list's order, and the words before
/// them mostly different. A number the names share ("Solidaires 31", "DAL 31") or that follows
/// one repeated word ("Local 12", "Local 57": branches numbered by their organization) is a
/// qualifier, not a page.
fn page_numbers(parts: &[&str]) -> bool {
    let found: Vec<(&str, u32)> = parts.iter().filter_map(|p| page_number(p)).collect();
    if found.len() < 3 || found.len() * 3 < parts.len() * 2 {
        return false;
    }
    let rising = found
        .iter()
        .zip(found.iter().skip(1))
        .all(|(a, b)| a.1 < b.1);
    let mut words: Vec<&str> = found.iter().map(|(w, _)| *w).collect();
    words.sort_unstable();
    words.dedup();
    rising && words.len() * 3 >= found.len() * 2
}

/// Whether two parts or more are an acronym in capitals alone and a group in parentheses of
/// capitalized words that does not spell it ("GKN (Legazpi)", "CAF (Beasain eta Irun)"): the
/// list prints in parentheses what it says of each entry (its town, its branch), not names.
fn notes_in_parentheses(parts: &[&str]) -> bool {
    parts
        .iter()
        .filter(|p| match tokens(p).as_slice() {
            [acronym, group] => {
                let inside = inner(group).trim();
                all_capitals(acronym)
                    && is_group(group)
                    && inside.starts_with(char::is_uppercase)
                    && !acronym_shaped(inside)
                    && initial_score(&acronym_letters(acronym), &initials(inside)) == 0
            }
            _ => false,
        })
        .nth(1)
        .is_some()
}

/// A list number's worth of digits of any script (one to three): "31", "64", "۱۲".
pub(super) fn short_number(t: &str) -> bool {
    (1..=3).contains(&t.chars().count())
        && t.chars().all(|c| crate::text::decimal_digit(c).is_some())
}

/// The qualifier a part ends with, if it may be one (see [`Style::shared_qualifiers`]): its
/// last word after others, a number or a word of two to six capitals; or the digits written
/// against an acronym that is the whole part ("CGT31").
pub(super) fn qualifier_tail(part: &str) -> Option<&str> {
    let p = part
        .trim()
        .trim_end_matches(|c: char| list_punctuation(c) || c == '.');
    if let Some((head, last)) = p.rsplit_once(' ') {
        let capitals = last.chars().count() <= 6
            && last.chars().all(char::is_alphanumeric)
            && all_capitals(last);
        return (head.chars().any(letter) && (short_number(last) || capitals)).then_some(last);
    }
    let digits = p
        .char_indices()
        .rev()
        .take_while(|(_, c)| crate::text::decimal_digit(*c).is_some())
        .last()
        .map(|(i, _)| i)?;
    let (acronym, number) = (p.get(..digits)?, p.get(digits..)?);
    (all_capitals(acronym) && short_number(number)).then_some(number)
}

/// The qualifiers the list's parts share (see [`Style::shared_qualifiers`]).
fn shared_qualifiers(parts: &[&str]) -> FastSet<String> {
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for p in parts {
        if let Some(q) = qualifier_tail(p) {
            *counts.entry(q).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(q, n)| *n >= if short_number(q) { 2 } else { 3 })
        .map(|(q, _)| q.to_owned())
        .collect()
}

/// The place a part ends with after a dash between spaces, when it may be one: one to three
/// capitalized words ([`place_like`]), none of them an acronym.
pub(super) fn dash_place(part: &str) -> Option<(&str, &str)> {
    // (A cheap test first: most parts have no dash between spaces.)
    let (ds, de) = last_dash(part)?;
    let (before, tail) = (part.get(..ds)?.trim_end(), part.get(de..)?.trim());
    let words_ok = tail.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase) && !acronym_shaped(w)
    });
    (words_ok && place_like(tail) && before.chars().any(letter)).then_some((before, tail))
}

/// Whether the parts print a column of places after a dash (see [`Style::dash_places`]): half
/// of them or more, three at least, end with a place after a dash ([`dash_place`]), and some
/// of these places repeat, as the places of a list's organizations do (a list's short names,
/// persons or descriptions after a dash are each their own).
fn dash_places(parts: &[&str]) -> bool {
    let mut tails: Vec<&str> = parts
        .iter()
        .filter_map(|p| dash_place(p.trim_end_matches(|c: char| list_punctuation(c) || c == '.')))
        .map(|(_, tail)| tail)
        .collect();
    let found = tails.len();
    tails.sort_unstable();
    tails.dedup();
    found >= 3 && found * 2 >= parts.len() && tails.len() < found
}

/// The last one to three words of the parts that end two parts or more (see
/// [`Style::shared_places`]): each word capitalized and not in capitals only (not an acronym),
/// and after other words in one part at least.
fn shared_places(parts: &[&str]) -> FastSet<String> {
    let mut counts: FastMap<&str, (usize, bool)> = FastMap::default();
    for p in parts {
        let p = p.trim_end_matches(|c: char| list_punctuation(c) || c == '.');
        // (The last three spaces, found from the end: no list of all of them.)
        for at in p.rmatch_indices(' ').map(|(i, _)| i + 1).take(3) {
            let tail = p.get(at..).unwrap_or_default();
            let words_ok = tail.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && !acronym_shaped(w)
            });
            if !words_ok || !place_like(tail) {
                break;
            }
            let head = p.get(..at).unwrap_or_default().trim();
            let entry = counts.entry(tail).or_insert((0, false));
            entry.0 += 1;
            entry.1 |= word_count(head) >= 2;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, longer))| *n >= 2 && *longer)
        .map(|(t, _)| t.to_owned())
        .collect()
}

/// The shared places (see [`shared_places`]) that the list prints after its branches' names,
/// not only after acronyms (see [`Style::branch_places`]): one that ends three parts or more,
/// among them a part whose head is an acronym alone ("CDU Vogtland": a branch is named by its
/// organization and its place) and another whose head is not. A word that ends names only,
/// however many, may be a kind of body they share ("… International", "… Derneği", "…
/// Stiftung"); a place two entries share may be part of one's name.
fn branch_places(parts: &[&str], shared: &FastSet<String>) -> FastSet<String> {
    if shared.is_empty() {
        return FastSet::default();
    }
    // Each part is looked at once, at each space, for a shared place that ends it: the cost
    // grows with the list, not with the list times its places. Per place: how many parts it
    // ends, and whether one and not all of their heads is an acronym alone.
    let mut heads: crate::FastMap<&str, (usize, bool, bool)> = crate::FastMap::default();
    for p in parts {
        let p = p.trim_end_matches(|c: char| list_punctuation(c) || c == '.');
        for (at, _) in p.match_indices(' ') {
            let Some(place) = p.get(at + 1..).and_then(|t| shared.get(t)) else {
                continue;
            };
            let head = p.get(..at).unwrap_or_default().trim_end();
            let acronym = !head.contains(' ') && acronym_shaped(head);
            let e = heads.entry(place.as_str()).or_insert((0, false, true));
            e.0 += 1;
            e.1 |= acronym;
            e.2 &= acronym;
        }
    }
    heads
        .into_iter()
        .filter(|&(_, (n, any, all))| n >= 3 && any && !all)
        .map(|(place, _)| place.to_owned())
        .collect()
}

/// The names of one line after a conjunction written as the first letter of each name (CLDR's
/// Arabic "{0} و{1}", Hebrew "{0} ו{1}": "المنتدى …، والنقابة …، والرابطة …"), without it:
/// when most names after the first start with one such prefix, it is list syntax on each that
/// does, not the first letter of the name. A prefix of two letters or more (CLDR's Thai "{0}
/// และ{1}") is no name's first letter: written against the last name of two or more, it is the
/// list's "and" before it ("… พรรคเพื่อชาติ (ปช.) และพลังพรรคปวงชนชาวไทย (พลท.)").
pub(super) fn without_joined_conjunctions(names: Vec<String>, lw: &ListWords) -> Vec<String> {
    let later = names.len().saturating_sub(1);
    let Some(prefix) = lw.prefixes.iter().find(|p| {
        let n = names
            .iter()
            .skip(1)
            .filter(|t| joined_to(t, p).is_some())
            .count();
        n >= 2 && n * 2 >= later
    }) else {
        return without_last_and(names, lw);
    };
    names
        .iter()
        .enumerate()
        .map(|(i, t)| match joined_to(t, prefix) {
            Some(rest) if i > 0 => rest.to_owned(),
            _ => t.clone(),
        })
        .collect()
}

/// The run's last name without a prefix conjunction of two letters or more written against it
/// ([`without_joined_conjunctions`]).
fn without_last_and(mut names: Vec<String>, lw: &ListWords) -> Vec<String> {
    let long = |p: &&String| p.chars().filter(|c| letter(*c)).count() >= 2;
    if names.len() >= 2
        && let Some(last) = names.last_mut()
        && let Some(rest) = lw
            .prefixes
            .iter()
            .filter(long)
            .find_map(|p| joined_to(last, p))
    {
        *last = rest.trim_start().to_owned();
    }
    names
}

/// [`without_joined_conjunctions`] on each run of names read from one line of prose; and the
/// conjunction a list one name a line writes against the end of its last line but one
/// ([`last_but_one_line`]).
pub(super) fn strip_joined_conjunctions(raw: &mut [RawEntry], lw: &ListWords) {
    last_but_one_line(raw, lw);
    if lw.prefixes.is_empty() {
        return;
    }
    for run in raw.chunk_by_mut(|a, b| a.run_in && b.run_in && a.lines == b.lines) {
        // (A name alone is no list: it keeps its letters, and is not copied to be read.)
        if run.len() < 2 {
            continue;
        }
        let names: Vec<String> = run.iter().map(|r| r.text.clone()).collect();
        for (r, name) in run.iter_mut().zip(without_joined_conjunctions(names, lw)) {
            r.text = name;
        }
    }
}

/// A list one name a line, printed as one sentence, writes its conjunction against the end of
/// its last line but one where the language joins "and" to the word before it (Amharic "ና",
/// CLDR's "እና" so written: "የሞቻ ዴሞክራሲያዊ ፓርቲና" above the last line): no part of that name.
/// Only on that line, and only where the line after it is the list's last.
fn last_but_one_line(raw: &mut [RawEntry], lw: &ListWords) {
    if lw.suffixes.is_empty() {
        return;
    }
    let lines: Vec<usize> = (0..raw.len())
        .filter(|&k| raw.get(k).is_some_and(|r| !r.run_in))
        .collect();
    let Some(&k) = lines.len().checked_sub(2).and_then(|i| lines.get(i)) else {
        return;
    };
    let Some(r) = raw.get_mut(k) else {
        return;
    };
    let text = r.text.trim_end();
    let (head, last) = match text.rsplit_once(char::is_whitespace) {
        Some((head, last)) => (Some(head), last),
        None => (None, text),
    };
    if let Some(stem) = lw.before_suffix(last) {
        r.text = match head {
            Some(head) => format!("{head} {stem}"),
            None => stem.to_owned(),
        };
    }
}

/// The rest of a name written against a prefix conjunction: two letters or more after it,
/// perhaps after the quotation mark that opens the name ("و«الهيئة الوطنية للإعلام»", and
/// «the National Media Authority»).
fn joined_to<'a>(name: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = name.trim_start().strip_prefix(prefix)?;
    let first = rest
        .split_whitespace()
        .next()?
        .trim_start_matches(quote_mark);
    (first.chars().filter(|c| letter(*c)).count() >= 2 && first.starts_with(letter)).then_some(rest)
}

/// The last comma outside parentheses ([`commas_outside_parentheses`]), found without
/// collecting the others.
pub(super) fn last_top_level_comma(body: &str) -> Option<(usize, usize)> {
    commas_outside_parentheses(body).last()
}

/// The commas of a text outside parentheses, in order: (byte position, width) of each, the
/// top-level commas.
///
/// (Told from the bytes, no character decoded: the parentheses and the comma are ASCII, and
/// each other comma is known by its UTF-8 bytes, which start no other character.)
fn commas_outside_parentheses(body: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = body.as_bytes();
    let mut depth = 0i32;
    b.iter().enumerate().filter_map(move |(i, &c)| {
        let width = match c {
            b'(' => {
                depth += 1;
                return None;
            }
            b')' => {
                depth -= 1;
                return None;
            }
            b',' => 1,
            0xD8 | 0xE3 | 0xEF => other_comma(b.get(i..)?)?,
            _ => return None,
        };
        (depth == 0).then_some((i, width))
    })
}

/// The width of a comma other than ASCII's at the start of the bytes: Arabic "،" (U+060C),
/// the ideographic "、" (U+3001) and the full-width "，" (U+FF0C).
fn other_comma(b: &[u8]) -> Option<usize> {
    match b {
        [0xD8, 0x8C, ..] => Some(2),
        [0xE3, 0x80, 0x81, ..] | [0xEF, 0xBC, 0x8C, ..] => Some(3),
        _ => None,
    }
}

/// Whether a piece reads as a place name: one to three words, the first capitalized, no
/// parentheses or digits.
pub(super) fn place_like(s: &str) -> bool {
    let s = s.trim();
    // (The signs and figures are ASCII: looked for among the bytes, before the words are
    // counted; words counted up to four: more are as many as four.)
    s.chars().next().is_some_and(char::is_uppercase)
        && !s
            .bytes()
            .any(|b| matches!(b, b'(' | b')' | b':') || b.is_ascii_digit())
        && (1..=3).contains(&s.split_whitespace().take(4).count())
}

/// Infers a list's style from its entries' texts.
pub(super) fn infer(texts: &[&str], places: &Places) -> Style {
    let n = texts.len();
    let mut style = Style::default();
    if n < 2 {
        return style;
    }
    for p in ['.', ';', ',', '/', '–', '-'] {
        let ending = texts
            .iter()
            .filter(|t| super::script::trailing_sign(t) == Some(p))
            .count();
        if ending >= 2 && ending * 5 >= n * 3 {
            style.trailing = Some(p);
        }
    }
    let (mut with_country, mut with_city) = (0usize, 0usize);
    for t in texts {
        let t = t.trim().trim_end_matches(['.', ';', ',']);
        // (The last two commas, kept as the commas are found: not collected.)
        let (mut prev, mut last) = (None, None);
        for comma in commas_outside_parentheses(t) {
            (prev, last) = (last, Some(comma));
        }
        let Some((last, w)) = last else {
            continue;
        };
        if places
            .lookup(t.get(last + w..).unwrap_or_default().trim())
            .is_none()
        {
            continue;
        }
        with_country += 1;
        if let Some((prev, pw)) = prev
            && place_like(t.get(prev + pw..last).unwrap_or_default())
        {
            with_city += 1;
        }
    }
    style.city_before_country = with_city >= 3 && with_city * 2 >= with_country;
    style.legal_forms_apart = texts.iter().any(|t| legal_form_apart(t));
    style.kind_prefixes = kind_prefixes(texts);
    style.repeated_notes = repeated_notes(texts, places);
    let leads = texts
        .iter()
        .filter(|t| leads_with_spelled_acronym(t))
        .count();
    style.acronyms_lead = leads >= 1 && leads * 4 >= n;
    let mut firsts: FastMap<&str, usize> = FastMap::default();
    for t in texts {
        let t = t.trim().trim_end_matches(['.', ';', ',']);
        if let Some((first, rest)) = t.split_once(' ')
            && acronym_shaped(first)
            && place_like(rest)
        {
            *firsts.entry(first).or_insert(0) += 1;
        }
    }
    style.leading_places = texts
        .iter()
        .filter(|t| leading_place(t).is_some_and(|(place, _)| places.lookup(place).is_some()))
        .nth(1)
        .is_some();
    style.shared_acronym = firsts
        .into_iter()
        .filter(|(_, n)| *n >= 3 && *n * 2 >= texts.len())
        .max_by_key(|(a, n)| (*n, std::cmp::Reverse(*a)))
        .map(|(a, _)| a.to_owned());
    style
}

/// The short forms a list prints before two different quoted names or more
/// ([`Style::kind_prefixes`]): an entry that starts with one word shaped as an acronym, then
/// a quotation mark. An organization's acronym names one organization, so another quoted name
/// after the same short form shows it to be their kind.
fn kind_prefixes(texts: &[&str]) -> FastSet<String> {
    let mut quoted_after: FastMap<&str, FastSet<&str>> = FastMap::default();
    for t in texts {
        let t = t.trim();
        let Some(open) = t.find(quote_mark) else {
            continue;
        };
        let before = t.get(..open).unwrap_or_default().trim();
        // The quoted name to its next quotation mark: the words after it may tell branches of
        // one organization apart ("NSZZ „Solidarność” Uniwersytetu …").
        let rest = t.get(open..).unwrap_or_default();
        let quoted = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| quote_mark(*c))
            .and_then(|(i, c)| rest.get(..i + c.len_utf8()))
            .unwrap_or(rest);
        if !before.is_empty() && !before.contains(char::is_whitespace) && acronym_candidate(before)
        {
            quoted_after.entry(before).or_default().insert(quoted);
        }
    }
    quoted_after
        .into_iter()
        .filter(|(_, names)| names.len() >= 2)
        .map(|(short, _)| short.to_owned())
        .collect()
}

/// Whether an entry ends with a legal form ([`legal_form`]) printed after a closing
/// parenthesis or a comma, apart from the name: "… (BUND) e.V.", "…, z.s.", "…,o.p.s.".
pub(super) fn legal_form_apart(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', ';']);
    let Some(i) = t.rfind([' ', ',']) else {
        return false;
    };
    let (before, last) = (
        t.get(..i).unwrap_or_default(),
        t.get(i + 1..).unwrap_or_default(),
    );
    legal_form(last)
        && (t.get(i..).is_some_and(|m| m.starts_with(','))
            || before.trim_end().ends_with([')', ',']))
}

/// The group in parentheses an entry starts with, of four words at most and starting with a
/// capital, and the text after it: "(Africa do Sul) Sindicato Nacional …" gives "Africa do
/// Sul" and the name. None when nothing follows the group.
pub(super) fn leading_place(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    let (open, close) = match t.chars().next()? {
        '(' => ('(', ')'),
        '（' => ('（', '）'),
        _ => return None,
    };
    let inside_end = t.find(close)?;
    let inside = t.get(open.len_utf8()..inside_end)?.trim();
    let rest = t.get(inside_end + close.len_utf8()..)?.trim();
    let capital = inside.chars().next().is_some_and(char::is_uppercase);
    (capital && !inside.contains(open) && word_count(inside) <= 4 && !rest.is_empty())
        .then_some((inside, rest))
}

/// Whether two of a list's entries or more end with a group in parentheses that is a country
/// CLDR names, alone or after a short form and a dash ("(Solidaires - France)").
pub(super) fn places_in_parentheses<'a>(
    parts: impl Iterator<Item = &'a str>,
    places: &Places,
) -> bool {
    let mut found = 0;
    for p in parts {
        let p = p.trim().trim_end_matches(['.', ';', ',']);
        if !p.ends_with(')') {
            continue;
        }
        let toks = tokens(p);
        let Some(group) = toks.last().filter(|t| is_group(t) && toks.len() >= 2) else {
            continue;
        };
        let inside = inner(group);
        let place = last_dash(inside)
            .and_then(|(_, de)| inside.get(de..))
            .unwrap_or(inside);
        if places.lookup(place.trim()).is_some() {
            found += 1;
            if found >= 2 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::gazetteer::Places;
    use crate::ingest::listwords::list_words;
    use crate::ingest::patterns::split_entry;

    /// A page number is four figures at most; a longer run of figures after a name is none,
    /// and is told without adding it up (no overflow on any input).
    #[test]
    fn a_page_number_has_four_figures_at_most() {
        assert_eq!(
            page_number("Fundação Gonçalo da Silveira 12"),
            Some(("Silveira", 12))
        );
        assert_eq!(page_number("Name 99999999999999999999999"), None);
        assert_eq!(page_number("Name ١٢"), Some(("Name", 12)));
        assert_eq!(page_number("12 34"), None);
    }

    /// A constructed Amharic list one party a line, its last line but one closed by the
    /// conjunction written against it ("ና", CLDR's "እና" so written): the party without it;
    /// the conjunction is read on that line only.
    #[test]
    fn a_conjunction_joined_to_the_last_line_but_one_is_no_part_of_its_name() {
        let am = list_words(&"am".parse().unwrap_or_default());
        let line = |text: &str| RawEntry {
            lines: vec![1],
            number: None,
            text: text.to_owned(),
            section: crate::ingest::SectionKind::Initial,
            group_country: None,
            run_in: false,
            run_sign: None,
        };
        let mut raw = vec![
            line("የገበሬዎች ዴሞክራሲያዊ ፓርቲና"),
            line("የሰራተኞች ህዝባዊ ፓርቲ"),
            line("የመምህራን ዴሞክራሲያዊ ፓርቲና"),
            line("የወጣቶች አንድነት ፓርቲ"),
        ];
        strip_joined_conjunctions(&mut raw, &am);
        let texts: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "የገበሬዎች ዴሞክራሲያዊ ፓርቲና",
                "የሰራተኞች ህዝባዊ ፓርቲ",
                "የመምህራን ዴሞክራሲያዊ ፓርቲ",
                "የወጣቶች አንድነት ፓርቲ"
            ]
        );
    }

    /// A constructed table of bodies and their towns, printed with a space only: the kind of
    /// body leads the names, and the towns repeat; each entry's town is a note. Names that share
    /// the kind they end with (no kind printed first) print no towns.
    #[test]
    fn a_column_of_towns_after_the_names() {
        let table = [
            "Fundación Horizonte Común Sevilla",
            "Fundación Tierra Libre Madrid",
            "Asociación Vecinal La Unión Madrid",
            "Fundación Mar Abierto Cádiz",
            "Fundación Raíces Sevilla",
            "Asociación Cultural El Puente Madrid",
        ];
        let places = Places::new(&"es".parse().unwrap_or_default(), None);
        let mut style = Style::default();
        infer_from_parts(&mut style, table.iter().copied());
        assert!(style.place_column);
        let e = split_entry(table[3], &places, None, &style);
        assert_eq!(e.name.as_deref(), Some("Fundación Mar Abierto"));
        assert_eq!(e.note.as_deref(), Some("Cádiz"));
        let kinds = [
            "Kadın Haklarını Koruma Derneği",
            "Toplum Gönüllüleri Vakfı",
            "İnsan Hakları Derneği",
            "Eğitim Gönüllüleri Vakfı",
            "Çağdaş Yaşamı Destekleme Derneği",
            "Doğa Koruma Vakfı",
        ];
        let mut style = Style::default();
        infer_from_parts(&mut style, kinds.iter().copied());
        assert!(!style.place_column);
        let unions = [
            "National Union of Mine Workers",
            "Building Workers Union",
            "National Union of Teachers",
            "General Workers Union",
            "Transport Workers Union",
            "National Union of Farm Workers",
        ];
        let mut style = Style::default();
        infer_from_parts(&mut style, unions.iter().copied());
        assert!(!style.place_column);
        let after_of = [
            "Helsinki Committee of Armenia",
            "Civic Forum Center",
            "Helsinki Association of Armenia",
            "Democracy Studies Center",
            "Helsinki Forum Center",
            "Helsinki Union of Armenia",
        ];
        let mut style = Style::default();
        infer_from_parts(&mut style, after_of.iter().copied());
        assert!(!style.place_column);
    }

    /// A constructed table of contents: names, each with the page it starts on, rising; the
    /// pages are no part of the names. Numbers shared or after one repeated word are not pages.
    #[test]
    fn page_numbers_of_a_table_of_contents() {
        let toc = [
            "Liga para la Defensa del Bosque 12",
            "CEAR Comisión de Ayuda al Refugiado 15",
            "Fundación Horizonte Común 21",
            "Red de Mujeres Rurales 30",
        ];
        assert!(page_numbers(&toc));
        let places = Places::new(&"es".parse().unwrap_or_default(), None);
        let mut style = Style::default();
        infer_from_parts(&mut style, toc.iter().copied());
        let e = split_entry(toc[2], &places, None, &style);
        assert_eq!(e.name.as_deref(), Some("Fundación Horizonte Común"));
        let locals = [
            "Teamsters Local 7",
            "Carpenters Local 22",
            "Plumbers Local 130",
        ];
        assert!(!page_numbers(&locals));
        let shared = ["Solidaires 31", "DAL 31", "Attac 31"];
        assert!(!page_numbers(&shared));
        let falling = ["Liga Verde 40", "Red Azul 30", "Unión Roja 20"];
        assert!(!page_numbers(&falling));
    }

    /// A constructed run of bodies named through their officers (Hindi, "के", of, before
    /// each officer): the words of the list's names are those of the bodies, not the
    /// officers', so an acronym printed with its officer is no word of a name.
    #[test]
    fn the_words_of_names_without_their_officers() {
        let mut style = Style {
            officer_marks: std::iter::once("के".to_owned()).collect(),
            ..Style::default()
        };
        let parts = ["माकपा के सुरेश कुमार", "राष्ट्रीय जनता दल के मोहन लाल"];
        infer_from_parts(&mut style, parts.iter().copied());
        assert!(!style.name_words.contains("माकपा"));
        assert!(!style.name_words.contains("सुरेश"));
        assert!(style.name_words.contains("जनता"));
    }

    #[test]
    fn commas_of_every_script_outside_parentheses() {
        // The commas a list sets its places apart with, in Latin, Arabic, Han and full-width
        // text; a comma inside a group in parentheses is the group's.
        let text = "Partido (Lima, Perú), Perú، مصر、東京，大阪";
        let found: Vec<(usize, usize)> = commas_outside_parentheses(text).collect();
        let at = |s: &str| text.find(s).unwrap_or_default();
        assert_eq!(
            found,
            vec![
                (at("), ") + 1, 1),
                (at("،"), 2),
                (at("、"), 3),
                (at("，"), 3)
            ]
        );
        assert_eq!(last_top_level_comma(text), Some((at("，"), 3)));
        assert_eq!(last_top_level_comma("Partido (Lima, Perú)"), None);
        // The pieces between them, each to the next comma, trimmed; the group's comma is none.
        let pieces: Vec<(usize, &str)> = comma_pieces(text).collect();
        assert_eq!(
            pieces,
            vec![
                (at("), ") + 1, "Perú"),
                (at("،"), "مصر"),
                (at("、"), "東京"),
                (at("，"), "大阪")
            ]
        );
    }

    #[test]
    fn persons_with_the_organizations_they_sign_for() {
        // ky-pkkg-jany-dem-memorandum (read by hand): the organizations are the entries.
        let parts = [
            "Темир Сариев («Ак шумкар» саясий партиясы)",
            "Жанарбек Акаев (Кыргыз либералдык-демократиялык партиясы)",
            "Рыскелди Момбеков (Социал-демократиялык тобу)",
        ];
        let mut style = Style::default();
        infer_from_parts(&mut style, parts.iter().copied());
        assert!(style.persons_with_organizations);
        let places = Places::new(&"ky".parse().unwrap_or_default(), None);
        let e = split_entry(parts[0], &places, None, &style);
        assert_eq!(e.name.as_deref(), Some("«Ак шумкар» саясий партиясы"));
        assert_eq!(e.note.as_deref(), Some("Темир Сариев"));
        // A name of two capitalized words with its translation in capitalized words is no
        // person.
        assert_eq!(
            person_with_organization("Greenpeace España (Greenpeace Spain)", None),
            None
        );
    }

    #[test]
    fn persons_named_first_with_no_role_word() {
        // fr-paperblog-audit-citoyen-dette-publique-premiers-signataires (read by hand): each
        // signer with the organization in parentheses; few of them print what kind of body it
        // is, but the persons' names before every parenthesis tell the list.
        let parts = [
            "Marie-Laurence Bertrand (CGT)",
            "Jean-Claude Chailley (Résistance sociale)",
            "Annick Coupé (Union syndicale Solidaires)",
            "Thomas Coutrot (Attac)",
            "Pascal Franchet (CADTM)",
            "Bernadette Groison (FSU)",
        ];
        let mut style = Style::default();
        infer_from_parts(&mut style, parts.iter().copied());
        let places = Places::new(&"fr".parse().unwrap_or_default(), None);
        style.persons_with_organizations = persons_named_first(parts.iter().copied(), &places);
        assert!(style.persons_with_organizations);
        let e = split_entry(parts[3], &places, None, &style);
        assert_eq!(e.name.as_deref(), Some("Attac"));
        assert_eq!(e.note.as_deref(), Some("Thomas Coutrot"));
        let e = split_entry(parts[0], &places, None, &style);
        assert_eq!(e.acronym.as_deref(), Some("CGT"));
        assert_eq!(e.note.as_deref(), Some("Marie-Laurence Bertrand"));
        // cs-sds-spojenectvi-prace-solidarity-2011: organizations with their acronyms, some
        // named in two capitalized words, are no persons.
        let parts = [
            "Alternativa Zdola (AZ)",
            "Demokratická strana zelených (DSZ)",
            "Klub společenských věd (KSV)",
            "Ne Základnám (neza)",
            "Rada seniorů ČR (RS ČR)",
        ];
        assert!(!persons_named_first(parts.iter().copied(), &places));
        // Names and their countries are no persons and their organizations.
        let parts = [
            "Neue Partei, Germany",
            "Партия Труда, Bulgaria",
            "Neue Partei, Germany",
        ];
        assert!(!persons_named_first(parts.iter().copied(), &places));
    }

    /// Lines 7 to 10 of de-azvision-plattform-ngo-leader-aserbaidschans-appell (azvision.az,
    /// 2020), read by hand: each signer with the title "Herr", a dash and the organization;
    /// lines 11 to 19 of az-qia-yap-a-qosulan-partiyalar (qia.az), parties of one kind with
    /// their registration and chairman in parentheses, which are no persons though their first
    /// word is shared and the words after it are capitalized.
    #[test]
    fn persons_named_first_after_a_title_they_share() {
        let places = Places::new(&"de".parse().unwrap_or_default(), None);
        let parts = [
            "Herr Rauf Zeyni - Nationales NGO-Forum Aserbaidschans;",
            "Herr Sabit Baghirov - Stiftung zur Förderung des Unternehmertums und der Marktwirtschaft;",
            "Herr Umud Mirzayev - International Eurasia Press Fund;",
            "Herr Alimammad Nuriyev - Forschungsfonds „Verfassung“;",
        ];
        assert!(persons_named_first(parts.iter().copied(), &places));
        let parties = [
            "Azərbaycan Xalq Demokratik Partiyası (1992-ci ildə qeydiyyata alınıb, sədri Rafiq Turabxandır)",
            "Azərbaycan Kəndli Partiyası (1992-ci ildə qeydiyyata alınıb)",
            "Milli Qurtuluş Partiyası (1993-cü ildə qeydiyyata alınıb, sədri Vüqar Orucdur)",
            "Azərbaycan Yurddaş Partiyası (1993-cü ildə qeydiyyata alınıb, sədr Gülarə Səfərova)",
        ];
        assert!(!persons_named_first(parties.iter().copied(), &places));
    }

    #[test]
    fn persons_named_after_their_organizations() {
        // vi-thongtinducquoc-loi-keu-goi-tuong-niem-74-chien-si-hoang-sa, lines 17-22 (read by
        // hand): each group, a colon, then who signs for it, with a title ("TS", "GS", "ông").
        let parts = [
            "Lập Quyền Dân: Ông Nguyễn Khắc Mai.",
            "Diễn Đàn Xã Hội Dân Sự: TS Nguyễn Quang A.",
            "Câu lạc bộ Nguyễn Trọng Vĩnh: GS Nguyễn Đình Cống .",
            "Câu lạc bộ Phan Tây Hồ: TS Hà Sĩ Phu.",
            "Bauxite VN: GS Nguyễn Huệ Chi .",
            "Câu lạc bộ Lê Hiếu Đằng: ông Lê Thân .",
        ];
        let places = Places::new(&"vi".parse().unwrap_or_default(), None);
        let mut style = infer(&parts, &places);
        style.persons_named_last = persons_named_last(parts.iter().copied(), &places);
        assert!(style.persons_named_last);
        let read = |i: usize| {
            let e = split_entry(parts[i], &places, None, &style);
            (e.name, e.note)
        };
        let signed = |name: &str, person: &str| (Some(name.to_owned()), Some(person.to_owned()));
        assert_eq!(
            read(1),
            signed("Diễn Đàn Xã Hội Dân Sự", "TS Nguyễn Quang A")
        );
        assert_eq!(read(4), signed("Bauxite VN", "GS Nguyễn Huệ Chi"));
        assert_eq!(read(5), signed("Câu lạc bộ Lê Hiếu Đằng", "ông Lê Thân"));
        // hy-norharatch-zhoghovrdavarakan-uzheri-hartak-hanraqve: a party, a comma, its leader.
        let parts = [
            "Հայաստանի Եւրոպական կուսակցութիւն, Տիգրան Խզմալեան",
            "Հանրապետութիւն կուսակցութիւն, Արամ Զ. Սարգսեան",
            "Յանուն Հանրապետութեան կուսակցութիւն, Արման Բաբաջանեան",
        ];
        let places = Places::new(&"hy".parse().unwrap_or_default(), None);
        assert!(persons_named_last(parts.iter().copied(), &places));
        // Names with their cities or countries after a comma name no persons
        // (sr-ceas-podrska-zastitniku-2015, en-viacampesina-g4-potsdam).
        let parts = [
            "Osvit, Udruženje Romkinja",
            "Neue Partei, Germany",
            "Partido Comunista, Bolivia",
            "Akcija za ljudska prava, Crna Gora",
        ];
        assert!(!persons_named_last(parts.iter().copied(), &places));
    }

    #[test]
    fn a_short_form_before_several_quoted_names_is_their_kind() {
        // Constructed: the same two capitals before two different quoted names are the kind
        // both are (a public organization), printed as part of each name; an acronym before
        // one quoted name is that organization's.
        let places = Places::new(&"uk".parse().unwrap_or_default(), None);
        let texts = [
            "ГО “Зелений світ”",
            "ГО “Чисте місто”",
            "КС “Єднання”",
            "КС “Єднання” Київського університету",
            "Асоціація міст України",
        ];
        let style = infer(&texts, &places);
        assert!(style.kind_prefixes.contains("ГО"));
        assert!(!style.kind_prefixes.contains("КС"));
        let e = split_entry(texts[1], &places, None, &style);
        assert_eq!(
            (e.acronym.as_deref(), e.name.as_deref()),
            (None, Some("ГО “Чисте місто”"))
        );
        // One quoted name, its branches after it: an acronym.
        let e = split_entry(texts[2], &places, None, &style);
        assert_eq!(
            (e.acronym.as_deref(), e.name.as_deref()),
            (Some("КС"), Some("Єднання"))
        );
    }

    #[test]
    fn legal_forms_printed_apart_make_every_legal_form_a_note() {
        // de-biffh-fracking-brief, lines 3-13 (read by hand): one legal form after an
        // acronym in parentheses, so the list's legal forms are notes, "Campact e.V." too.
        let places = Places::new(&"de".parse().unwrap_or_default(), None);
        let texts = [
            "Bund für Umwelt und Naturschutz Deutschland (BUND) e.V.",
            "Campact e.V.",
            "Umweltinstitut München e.V.",
        ];
        let style = infer(&texts, &places);
        assert!(style.legal_forms_apart);
        let e = split_entry(texts[1], &places, None, &style);
        assert_eq!(
            (e.name.as_deref(), e.note.as_deref()),
            (Some("Campact"), Some("e.V."))
        );
        // de-keinco2endlager-offener-brief-martin-schulz, lines 5-8: each after its name
        // and a space, part of the name as printed.
        let texts = [
            "Solarenergie-Förderverein Deutschland e.V.",
            "Bündnis Bürgerenergie e.V.",
            "Freunde von Prokon e.V.",
        ];
        let style = infer(&texts, &places);
        assert!(!style.legal_forms_apart);
        let e = split_entry(texts[1], &places, None, &style);
        assert_eq!(
            (e.name.as_deref(), e.note),
            (Some("Bündnis Bürgerenergie e.V."), None)
        );
        assert!(legal_form_apart("Člověk v tísni, o.p.s."));
        assert!(legal_form_apart("Milion chvilek pro demokracii,z.s.,"));
        assert!(!legal_form_apart("Sonnenernte e.V. Ketsch"));
    }

    /// A list that prints each organization's country in parentheses before its name, one
    /// entry a line closed by a semicolon, the last by a full stop: the group is the country,
    /// CLDR's or not, and the list's signs are no part of the names.
    #[test]
    fn places_printed_in_parentheses_before_the_names() {
        let texts = [
            "(Brasil) Central Única dos Trabalhadores (CUT);",
            "(Chile) Colegio de Profesores;",
            "(Galiza) CIG;",
            "(Perú) Confederación General de Trabajadores del Perú.",
        ];
        let places = Places::new(&"pt".parse().unwrap_or_default(), None);
        let style = infer(&texts, &places);
        assert!(style.leading_places);
        assert_eq!(style.trailing, Some(';'));
        let read = |t: &str| {
            let e = split_entry(t, &places, None, &style);
            (e.acronym, e.name, e.country, e.country_code)
        };
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            read(texts[0]),
            (
                some("CUT"),
                some("Central Única dos Trabalhadores"),
                some("Brasil"),
                some("BR")
            )
        );
        assert_eq!(read(texts[2]), (some("CIG"), None, some("Galiza"), None));
        assert_eq!(
            read(texts[3]).1.as_deref(),
            Some("Confederación General de Trabajadores del Perú")
        );
        // One group CLDR names is no column of places: a leading group stays.
        let one = [
            "(Brasil) Central Única dos Trabalhadores;",
            "(Obra) Fundação X;",
        ];
        assert!(!infer(&one, &places).leading_places);
        assert_eq!(leading_place("(ESNA)"), None);
        assert_eq!(leading_place("(ver abaixo) lista"), None);
    }

    #[test]
    fn places_printed_after_a_dash() {
        // ca-llibertat-suport-sindicats-vaga-general-pais-valencia, lines 15-23 (read by hand):
        // each union, then after a dash where it works, the places repeating.
        let parts = [
            "CUT (Central Unitaria de Traballadoras) – Galícia",
            "COBAS (Comisiones de Base) – Estatal",
            "Confederació Intersindical – Estatal",
            "CIG (Confederación Intersindical Galega) – Galícia",
            "CSI (Corriente Sindical de Izquierdas) – Astúries",
        ];
        let places = Places::new(&"ca".parse().unwrap_or_default(), None);
        let style = {
            let mut style = Style::default();
            infer_from_parts(&mut style, parts.iter().copied());
            style
        };
        let read = [
            (4, ["CSI", "Corriente Sindical de Izquierdas", "Astúries"]),
            (2, ["", "Confederació Intersindical", "Estatal"]),
        ];
        for (i, fields) in read {
            let e = split_entry(parts[i], &places, None, &style);
            let fields = fields.map(|f| (!f.is_empty()).then(|| f.to_owned()));
            assert_eq!([e.acronym, e.name, e.country], fields);
        }
        // Organizations after their signers' names, each its own, are no column of places
        // (it-arcipiemonte-appello-congiunto-anpi-arci-cgil-cisl-uil-acli-pace).
        let parts = [
            "Sandra Bonsanti - Libertà e Giustizia",
            "Roberto Morea - Transform",
            "Maria Luisa Boccia - Centro Riforma dello Stato",
            "Giuseppe Onufrio - Greenpeace",
            "Alfonso Gianni - Fondazione Cercare Ancora",
        ];
        assert!(!dash_places(&parts));
    }

    #[test]
    fn conjunctions_written_against_the_names() {
        // CLDR's Arabic list pattern writes "و" against each name after the first
        // (ar-sharkiaonline-bayan-tunisi, read by hand).
        let ar = list_words(&"ar".parse().unwrap_or_default());
        let printed_and_read = [
            ("المنتدى التونسي للحقوق", "المنتدى التونسي للحقوق"),
            ("والنقابة الوطنية للصحفيين", "النقابة الوطنية للصحفيين"),
            ("والرابطة التونسية للدفاع", "الرابطة التونسية للدفاع"),
            ("وجمعية يقظة من أجل", "جمعية يقظة من أجل"),
        ];
        let names = printed_and_read.map(|(p, _)| p.to_owned()).to_vec();
        assert_eq!(
            without_joined_conjunctions(names, &ar),
            printed_and_read.map(|(_, r)| r)
        );
        // One name of four starting with the letter: the name's own first letter ("وزارة",
        // ministry).
        let names = [
            "المنتدى التونسي",
            "وزارة الصحة",
            "النقابة الوطنية",
            "الرابطة التونسية",
        ];
        let read = without_joined_conjunctions(names.map(str::to_owned).to_vec(), &ar);
        assert_eq!(read, names);
        // The conjunction written against the quotation mark that opens a name
        // (ar-aljamaah-thamani-munazzamat-qawanin-al-sahafa, line 5, read by hand).
        let names = [
            "«المجلس الأعلى للإعلام»",
            "و«الهيئة الوطنية للإعلام»",
            "و«الهيئة الوطنية للصحافة»",
        ];
        let read = without_joined_conjunctions(names.map(str::to_owned).to_vec(), &ar);
        assert_eq!(
            read,
            [
                "«المجلس الأعلى للإعلام»",
                "«الهيئة الوطنية للإعلام»",
                "«الهيئة الوطنية للصحافة»"
            ]
        );
        // CLDR's Thai "{0} และ{1}": "และ" written against the last name only
        // (th-sentangsedtee-6-1-phak-sattayaban-rattaban-prachathippatai, line 5, read by
        // hand); Arabic's one letter is left on a last name alone ("وزارة").
        let th = list_words(&"th".parse().unwrap_or_default());
        let names = [
            "พรรคประชาชาติ (ปช.)",
            "พรรคเพื่อชาติ (ปช.)",
            "และพลังพรรคปวงชนชาวไทย (พลท.)",
        ];
        let read = without_joined_conjunctions(names.map(str::to_owned).to_vec(), &th);
        assert_eq!(
            read,
            [
                "พรรคประชาชาติ (ปช.)",
                "พรรคเพื่อชาติ (ปช.)",
                "พลังพรรคปวงชนชาวไทย (พลท.)"
            ]
        );
        let names = ["المنتدى التونسي", "النقابة الوطنية", "وزارة الصحة"];
        let read = without_joined_conjunctions(names.map(str::to_owned).to_vec(), &ar);
        assert_eq!(read, names);
    }
}
