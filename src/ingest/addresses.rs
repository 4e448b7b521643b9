//! Web addresses a page prints on a line of their own right under each entry of a list
//! ("Kvinderådet, Danmörk" / "| www.kvinderaadet.dk", a directory of contact organizations):
//! each the address of the entry above it, neither an entry nor a line that parts the list.
//! Such lines are set aside before the list is looked for, and given back as notes after.

use super::lines::Line;
use super::{ParsedList, SkipReason};

/// The fewest address lines right under another line that make them the list's addresses: a
/// link or two under a headline or a teaser is the page's.
const MIN_ADDRESSES: usize = 3;

/// Whether a text is a web address alone, after a sign that sets it apart ("| www.peace.ax",
/// "| kvenrettindafelag.is", "http://www.w-c-k.org/"); an address broken by a space where the
/// page was read from a scan ("| www.fokus kvinner.no") is one too. A domain without "www."
/// or a scheme is one only after such a sign: alone, it may be a name ("ver.di").
pub(super) fn address_alone(text: &str) -> bool {
    let trimmed = text.trim();
    let t = trimmed
        .trim_start_matches(['|', '¦', '>', '»'])
        .trim_start();
    let signed = t.len() < trimmed.len();
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let marked = ["http://", "https://", "www."]
        .iter()
        .any(|p| first.starts_with(p));
    match (words.next(), words.next()) {
        (None, _) => marked || (signed && bare_domain(first)),
        (Some(second), None) => marked && bare_domain(second),
        _ => false,
    }
}

/// A domain name written without its scheme: labels of small ASCII letters, figures and
/// hyphens parted by dots, the last of two to six letters ("kvenrettindafelag.is").
fn bare_domain(w: &str) -> bool {
    let w = w.trim_end_matches('/');
    let labels: Vec<&str> = w.split('.').collect();
    let Some((last, rest)) = labels.split_last() else {
        return false;
    };
    !rest.is_empty()
        && (2..=6).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && rest.iter().all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// Whether a domain name printed without its scheme after a name (`before`) is the entry's
/// own web address ("Jonk Lénk jonklenk.eu", "UNEL – Union Nationale … unel.lu", "Schülercomité
/// LGE lge.lu"): the domain's first label spells the name's letters, folded and run together,
/// or one of its words of three letters or more. A name that is a domain ("350.org",
/// "partage.lu") has no name before it; a domain after a name that its label does not spell
/// ("ver.di" after other words) may be a name's own word.
pub(super) fn own_address(before: &str, domain: &str) -> bool {
    if !bare_domain(domain) {
        return false;
    }
    let Some(label) = domain.split('.').next().filter(|l| l.len() >= 3) else {
        return false;
    };
    let folded = |s: &str| -> String {
        crate::find::fold(s)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect()
    };
    let words: Vec<String> = before
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .map(folded)
        .filter(|w| w.len() >= 3)
        .collect();
    !words.is_empty() && (folded(before) == label || words.iter().any(|w| w == label))
}

/// The indexes of the lines that are an entry's address: a web address alone right under a
/// line that is not one, where the page prints [`MIN_ADDRESSES`] such lines or more.
pub(super) fn addresses_under_entries(lines: &[Line]) -> Vec<usize> {
    let found: Vec<usize> = lines
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| match pair {
            [above, line] => {
                !above.text.trim().is_empty()
                    && !address_alone(&above.text)
                    && address_alone(&line.text)
            }
            _ => false,
        })
        .map(|(i, _)| i + 1)
        .collect();
    if found.len() >= MIN_ADDRESSES {
        found
    } else {
        Vec::new()
    }
}

/// Sets the address lines aside: their texts emptied, so that the list's lines around them
/// read as one list; what they held is returned, by line number, for [`give_back`].
pub(super) fn set_aside(lines: &mut [Line]) -> Vec<(usize, String)> {
    addresses_under_entries(lines)
        .into_iter()
        .filter_map(|i| {
            let l = lines.get_mut(i)?;
            Some((l.no, std::mem::take(&mut l.text)))
        })
        .collect()
}

/// The address lines set aside, skipped as the notes of the entries above them.
pub(super) fn give_back(aside: Vec<(usize, String)>, out: &mut ParsedList) {
    for (no, text) in aside {
        out.skipped.retain(|s| s.line != no);
        out.skipped.push(super::Skipped {
            line: no,
            text: text.trim().to_owned(),
            reason: SkipReason::Note,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::text_lines;
    use super::*;

    /// A domain after a name is the entry's own address when its first label spells the
    /// name run together or one of its words; a name written as a domain, or a domain the
    /// name does not spell, is not.
    #[test]
    fn a_domain_the_name_before_it_spells_is_its_address() {
        assert!(own_address("Réseau Vert ", "reseauvert.eu"));
        assert!(own_address("Forum Nord ", "forumnord.de"));
        assert!(own_address("GWN – Green Wave Network ", "gwn.org"));
        assert!(own_address("Schulrat KBS ", "kbs.lu"));
        assert!(!own_address("", "350.org"));
        assert!(!own_address("Forum Nord ", "example.com"));
        assert!(!own_address("Forum Nord ", "www.forumnord.de"));
        assert!(!own_address("Gewerkschaft ", "ver.di"));
    }

    #[test]
    fn addresses_alone_under_entries_are_found() {
        assert!(address_alone("| www.peace.ax"));
        assert!(address_alone("| kvenrettindafelag.is"));
        assert!(address_alone("| www.fokus kvinner.no"));
        assert!(address_alone("http://www.w-c-k.org/"));
        assert!(!address_alone("Kvinderådet, Danmörk"));
        assert!(!address_alone("350.org Deutschland"));
        assert!(!address_alone("ver.di"));
        assert!(!address_alone("Lesið meira á www.nf2014.org"));
        // tests/fixtures/ingest/real/is-timarit-19-juni-nordiskt-forum-tengilidir
        let lines = text_lines(
            "Norrænir tengiliðir eru:\nÅlands fredsinstitut, Álandseyjar\n| www.peace.ax\n\
             Kvinderådet, Danmörk\n| www.kvinderaadet.dk\nKvenfélagasamband Íslands, Ísland\n\
             | www.kvenfelag.is\n",
        );
        assert_eq!(addresses_under_entries(&lines), [2, 4, 6]);
        // A link or two under headlines is the page's.
        let news = text_lines("Headline one\nhttp://example.com/a\n\nHeadline two\nwww.x.org\n");
        assert!(addresses_under_entries(&news).is_empty());
    }

    #[test]
    fn a_list_with_an_address_under_each_entry_is_read_whole() {
        let text = "Norrænir tengiliðir eru:\nÅlands fredsinstitut, Álandseyjar\n| www.peace.ax\n\
                    Kvinderådet, Danmörk\n| www.kvinderaadet.dk\nKvenfélagasamband Íslands, \
                    Ísland\n| www.kvenfelag.is\nSveriges Kvinnolobby, Svíþjóð\n\
                    | www.sverigeskvinnolobby.se\n";
        let list = super::super::tests::parse_in(text, "is");
        let names: Vec<_> = list.entries.iter().filter_map(|e| e.name.clone()).collect();
        assert_eq!(
            names,
            [
                "Ålands fredsinstitut",
                "Kvinderådet",
                "Kvenfélagasamband Íslands",
                "Sveriges Kvinnolobby"
            ]
        );
        assert!(
            list.skipped
                .iter()
                .any(|s| s.line == 3 && s.text == "| www.peace.ax" && s.reason == SkipReason::Note)
        );
    }
}
