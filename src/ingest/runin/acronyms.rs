//! Lines of acronyms: a line of a list that names several organizations by their acronyms,
//! set apart by separators or by runs of spaces.

use super::conjunction::split_last;
use super::pieces::pieces;
use super::words::{cased_capital, word_count};
use crate::ingest::listwords::ListWords;
use crate::ingest::script::acronym_shaped;

/// A line of acronyms, the first perhaps after a few words; two acronyms alone on their line,
/// each one word, are two names ("PV، RENNDO،" in a list of one party a line). In a line of
/// names alone, the last two may be joined by the language's conjunction ("CGT, FO, FSU,
/// Solidaires, UNEF, UNL et FIDL"); a headline that runs them into its words ("Yfirlýsing frá
/// ASÍ, BSRB, BHM og KÍ") is left whole.
pub(super) fn acronym_line(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    if ends_in_a_long_piece(text, lw) {
        return None;
    }
    acronyms_in_pieces(text, lw)
}

/// [`acronym_line`] read from the text's pieces, without the cheap test before.
fn acronyms_in_pieces(text: &str, lw: &ListWords) -> Option<Vec<String>> {
    let mut ps: Vec<&str> = pieces(text, lw).into_iter().map(str::trim).collect();
    let last = ps.pop()?;
    let split = match ps.first() {
        Some(first) if word_count(first) == 1 => last_pair(last, &ps, lw),
        _ => vec![last.to_owned()],
    };
    ps.extend(split.iter().map(String::as_str));
    let pair = ps.len() == 2 && ps.iter().all(|p| word_count(p) == 1 && acronym_shaped(p));
    if (ps.len() < 3 && !pair) || !acronyms_but_a_few_names(ps.get(1..).unwrap_or_default()) {
        return None;
    }
    let first = ps.first()?.split_whitespace().last()?;
    if !acronym_shaped(first) {
        return None;
    }
    let mut items = vec![first.to_owned()];
    items.extend(ps.iter().skip(1).map(|s| (*s).to_owned()));
    Some(items)
}

/// Whether the text's last pieces ([`pieces`]) surely hold two words or more where a line of
/// acronyms holds one (or, in its last piece, two joined by a conjunction), so that it is no
/// such line. Separators are signs, never letters, so two words with a letter of a script with
/// case on both sides of their space are in one piece: the last two ("… (People's Socialist
/// Union)"), unless the word before is a conjunction; or the two before the last when the
/// second is one word ended by a sign ("FSML Front Socialist Marxist-Leninist, India":
/// "Socialist Marxist-Leninist" is in the piece before "India", which has two words and, as
/// the first piece, makes a pair of pieces that are not two acronyms alone; so in "… (Workers'
/// Revolutionary Union), Togo"). A closing parenthesis before a space (where a name and its
/// acronym may be cut) leaves the text to the pieces. A cheap test, made before the text is
/// cut, that spares the cutting on almost every line of a list.
fn ends_in_a_long_piece(text: &str, lw: &ListWords) -> bool {
    let cased = |c: char| c.is_lowercase() || c.is_uppercase();
    let mut words = text.split_whitespace().rev();
    let (Some(last), Some(before)) = (words.next(), words.next()) else {
        return false;
    };
    if text.contains(") ")
        || !last
            .chars()
            .next()
            .is_some_and(|c| cased(c) || c.is_ascii_digit())
    {
        return false;
    }
    let mut chars = before.chars();
    match chars.next_back() {
        Some(c) if cased(c) => !lw.is_conjunction(before),
        Some(_) => {
            // The word before ends with a sign, and has no other but those that never cut a
            // piece (a hyphen, an apostrophe, a closing parenthesis: "League),"): one word of
            // a piece that holds the word before it too.
            let body = chars.as_str();
            body.starts_with(cased)
                && body
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | ')'))
                && words
                    .next()
                    .and_then(|w| w.chars().next_back())
                    .is_some_and(cased)
        }
        None => false,
    }
}

/// The last piece of a line of acronyms, split at the conjunction before the last name when
/// both sides are one word ("UNL et FIDL"); else the piece whole. (Only a piece of three
/// words is split: a name that holds a conjunction is longer.)
fn last_pair(last: &str, before: &[&str], lw: &ListWords) -> Vec<String> {
    let middle = last.split_whitespace().nth(1).unwrap_or_default();
    if word_count(last) != 3 || !lw.is_conjunction(middle) {
        return vec![last.to_owned()];
    }
    let others: Vec<String> = before.iter().map(|p| (*p).to_owned()).collect();
    let split = split_last(last, &others, lw);
    if split.len() == 2 && split.iter().all(|p| word_count(p) == 1) {
        split
    } else {
        vec![last.to_owned()]
    }
}

/// Whether the names of a line are acronyms, one word each, but for a few of one capitalized
/// word (a quarter at most, beside three acronyms or more): a union that goes by one word
/// among those that go by their acronyms ("CFDT, CFTC, CFE-CGC, CGT, FO, FSU, Solidaires,
/// UNSA"). A place after an acronym ("MLPD, Essen, NRW") is not so many names.
fn acronyms_but_a_few_names(ps: &[&str]) -> bool {
    let acronym = |p: &str| word_count(p) == 1 && acronym_shaped(p);
    let word = |p: &str| word_count(p) == 1 && cased_capital(p);
    let acronyms = ps.iter().filter(|p| acronym(p)).count();
    let others = ps.len() - acronyms;
    others == 0
        || (acronyms >= 3 && others * 4 <= ps.len() && ps.iter().all(|p| acronym(p) || word(p)))
}

/// A row of three acronyms or more set apart by runs of spaces or by tabs, as a letterhead
/// prints its signers ("INTUC           AITUC             HMS             CITU"): each is a
/// name. One space between capitals may join the words of a name in capitals ("CTA
/// SECCIONAL ROSARIO"); two or more, repeated along the line, are a layout's gaps.
pub(super) fn spaced_acronyms(text: &str) -> Option<Vec<String>> {
    if !text.contains("  ") && !text.contains('\t') {
        return None;
    }
    let mut items: Vec<String> = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                c == '\t'
                    || (c.is_whitespace()
                        && rest
                            .get(i + 1..)
                            .is_some_and(|r| r.starts_with(char::is_whitespace)))
            })
            .map_or(rest.len(), |(i, _)| i);
        let piece = rest.get(..end)?.trim();
        if word_count(piece) != 1 || !acronym_shaped(piece) {
            return None;
        }
        items.push(piece.to_owned());
        rest = rest.get(end..)?.trim_start();
    }
    (items.len() >= 3).then_some(items)
}

#[cfg(test)]
mod tests {
    use super::super::group_items;
    use super::*;
    use crate::ingest::listwords::list_words;

    /// tests/fixtures/ingest/real/fr-forumpro-cgt-veolia-intersyndicale-20-mars-2009, line 8
    /// of the page: the eight signers of the joint communiqué, seven by their acronyms and
    /// Solidaires by its one word; each is a name. A place after an acronym is not a name of
    /// its own (self-written contrast).
    #[test]
    fn a_line_of_acronyms_with_a_one_word_name_is_that_many_names() {
        let line = "CFDT, CFTC, CFE-CGC, CGT, FO, FSU, Solidaires, UNSA";
        assert!(
            include_str!(
                "../../../tests/fixtures/ingest/real/fr-forumpro-cgt-veolia-intersyndicale-20-mars-2009.txt"
            )
            .lines()
            .any(|l| l == line)
        );
        let lw = list_words(&"fr".parse().unwrap_or_default());
        let items = group_items(line, &lw).unwrap_or_default();
        assert_eq!(
            items,
            [
                "CFDT",
                "CFTC",
                "CFE-CGC",
                "CGT",
                "FO",
                "FSU",
                "Solidaires",
                "UNSA"
            ]
        );
        assert_eq!(group_items("MLPD, Essen, Nordrhein", &lw), None);
    }

    /// tests/fixtures/ingest/real/fr-pcfissy-communique-commun-loi-travail-2016, line 4 of the
    /// page: the last line of the communiqué's signers, the last two joined by "et" (CLDR's
    /// French conjunction), is three names. The headline of
    /// tests/fixtures/ingest/real/is-stol-yfirlysing-asi-bsrb-bhm-ki runs its names into its
    /// words ("Yfirlýsing frá …", "Statement from …") and is left whole.
    #[test]
    fn a_line_of_acronyms_ending_in_a_conjunction() {
        let fr = list_words(&"fr".parse().unwrap_or_default());
        assert_eq!(
            group_items("UNEF, UNL et FIDL", &fr).unwrap_or_default(),
            ["UNEF", "UNL", "FIDL"]
        );
        assert_eq!(
            group_items("CGT, FO, FSU, Solidaires, UNEF, UNL et FIDL", &fr)
                .unwrap_or_default()
                .len(),
            7
        );
        let is = list_words(&"is".parse().unwrap_or_default());
        assert_eq!(
            group_items("Yfirlýsing frá ASÍ, BSRB, BHM og KÍ", &is),
            None
        );
    }

    /// A letterhead's rows of acronyms set apart by runs of spaces
    /// (tests/fixtures/ingest/real/mr-citusandesh-kamgar-sanghatana-arthsankalp-nivedan.txt, lines 4–5 of the list, read by hand: ten
    /// central trade unions of India, five a row), each acronym a name; one space between
    /// capitals joins a name in capitals, and two spaces after a sentence part no names.
    #[test]
    fn a_row_of_acronyms_set_apart_by_spaces() {
        let page = include_str!(
            "../../../tests/fixtures/ingest/real/mr-citusandesh-kamgar-sanghatana-arthsankalp-nivedan.txt"
        );
        let lw = list_words(&"mr".parse().unwrap_or_default());
        let row = page.lines().nth(4).unwrap_or_default();
        assert!(row.starts_with("INTUC    "));
        assert_eq!(
            group_items(row, &lw),
            Some(vec![
                "INTUC".to_owned(),
                "AITUC".to_owned(),
                "HMS".to_owned(),
                "CITU".to_owned(),
                "AIUTUC".to_owned()
            ])
        );
        let second = page.lines().nth(5).unwrap_or_default();
        assert_eq!(group_items(second, &lw).map(|items| items.len()), Some(5));
        let lw = list_words(&"es".parse().unwrap_or_default());
        assert_eq!(spaced_acronyms("CTA SECCIONAL ROSARIO"), None);
        assert_eq!(spaced_acronyms("Firmado.  CGT  y  CTA"), None);
        assert_eq!(group_items("CTA SECCIONAL ROSARIO", &lw), None);
    }

    /// Line 20 of ar-sewt-ahzab-muwaqqia-mauritania, read by hand: in a list of one party a
    /// line, "– PV، RENNDO،" names two parties by their Latin acronyms, separated by the Arabic
    /// comma. A name with its country after a comma ("CP, Italy", "PADS, Algeria", as the
    /// corpus README reads them) is one name.
    #[test]
    fn two_acronyms_alone_on_a_line_are_two_names() {
        let ar = list_words(&"ar".parse().unwrap_or_default());
        assert_eq!(
            group_items("PV، RENNDO،", &ar),
            Some(vec!["PV".into(), "RENNDO".into()])
        );
        let en = list_words(&"en".parse().unwrap_or_default());
        assert_eq!(group_items("CP, Italy", &en), None);
        assert_eq!(group_items("PADS, Algeria", &en), None);
    }

    /// it-ic13bo-cgil-uil-snals-gilda-stato-di-agitazione, line 1 (the post's headline), read
    /// by hand: the four unions by their acronyms, then after the colon the title
    /// ("Proclamation of the state of agitation"). Towns before a colon are no names; a label
    /// in words before names is still the label (self-written contrasts).
    #[test]
    fn acronyms_before_a_headlines_colon_are_its_names() {
        let it = list_words(&"it".parse().unwrap_or_default());
        assert_eq!(
            group_items(
                "CGIL, UIL, SNALS, GILDA: Proclamazione dello stato di agitazione",
                &it
            ),
            Some(
                ["CGIL", "UIL", "SNALS", "GILDA"]
                    .map(str::to_owned)
                    .to_vec()
            )
        );
        assert_eq!(
            group_items("Roma, Milano, Torino: manifestazioni per la pace", &it),
            None
        );
        assert_eq!(
            group_items("Sindacati confederali: CGIL, CISL, UIL", &it),
            Some(["CGIL", "CISL", "UIL"].map(str::to_owned).to_vec())
        );
    }

    /// The cheap test before a line is cut into pieces never turns away a line of acronyms:
    /// on every line of every page of the real corpus (in its own language's list words), a
    /// line it turns away reads no acronyms from its pieces either. Entries of a list in the
    /// seed's style (lines of the benchmark's synthetic list) are turned away; lines of
    /// acronyms, and a parenthesis before more words, are left to the pieces.
    #[test]
    fn the_cheap_test_turns_away_no_line_of_acronyms() {
        let en = list_words(&"en".parse().unwrap_or_default());
        assert!(ends_in_a_long_piece(
            "FSML Front Socialist Marxist-Leninist, India",
            &en
        ));
        assert!(!ends_in_a_long_piece(
            "Communist Party of India (Marxist) Kerala Unit",
            &en
        ));
        assert!(ends_in_a_long_piece(
            "Federation of Trade Unions of Ukraine",
            &en
        ));
        for line in [
            "MOP Mouvement Ouvrière Prolétarien (People's Socialist Union)",
            "ODR Organisation Démocratique Révolutionnaire (Workers' Revolutionary Union), Togo",
        ] {
            assert!(ends_in_a_long_piece(line, &en), "{line}");
        }
        assert!(!ends_in_a_long_piece("CGT, FO, FSU, UNL and FIDL", &en));
        assert!(!ends_in_a_long_piece("CFDT, CFTC, CFE-CGC, CGT, FO", &en));
        assert!(!ends_in_a_long_piece(
            "Partidos políticos como IU, PCE, PCC",
            &en
        ));
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest/real");
        let (mut joined, mut lines) = (0, 0);
        let mut pages: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        pages.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        assert!(pages.len() > 500, "the real corpus is read");
        for page in pages {
            let text = std::fs::read_to_string(&page).unwrap_or_default();
            let gold =
                std::fs::read_to_string(page.with_extension("gold.json")).unwrap_or_default();
            let lang = gold
                .split("\"language\": \"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or("en");
            let lw = list_words(&lang.parse().unwrap_or_default());
            for line in text.lines().skip(1) {
                lines += 1;
                if ends_in_a_long_piece(line, &lw) {
                    joined += 1;
                    assert_eq!(
                        acronyms_in_pieces(line, &lw),
                        None,
                        "{}: {line}",
                        page.display()
                    );
                }
            }
        }
        // The test spares many lines, not only a few: a third of the corpus's lines (most of
        // the others are prose, or in scripts without case, or hold a parenthesis).
        assert!(joined * 4 > lines, "{joined} of {lines} lines");
    }
}
