//! The entries as printed: every line of the page, in order, is the heading, a blank, the
//! page before or after the list, a section or group heading, a remark, the start of an entry
//! or the continuation of the one before. Each kind of line has its step here; the entries'
//! parts are found afterwards (`entry.rs`).

use super::gazetteer::Places;
use super::heading::{is_subsequent_heading, is_trailer};
use super::layout::Region;
use super::lexicon::FUNCTION_WORDS;
use super::lines::Line;
use super::persons::{signature_block, signature_pair};
use super::runover::{continued_lines, run_over_lines};
use super::sorted::sorted_small_names;
use super::{Heading, ParsedList, SkipReason, Skipped};
use crate::statement::SectionKind;
use crate::{FastMap, FastSet};
use unic_langid::LanguageIdentifier;
/// An entry as printed, before it is split into its parts.
#[derive(Debug, Clone)]
pub(super) struct RawEntry {
    pub(super) lines: Vec<usize>,
    pub(super) number: Option<u32>,
    pub(super) text: String,
    pub(super) section: SectionKind,
    /// The country of the group the entry is in ("Germany" above its parties), if any.
    pub(super) group_country: Option<(String, Option<String>)>,
    /// Taken from a sentence or a line that names several.
    pub(super) run_in: bool,
    /// The sign that parts its names, when it is a stretch of a list run over lines
    /// ([`run_over_lines`]).
    pub(super) run_sign: Option<char>,
}

/// Opening minus closing parentheses of a text.
fn balance(s: &str) -> isize {
    s.bytes()
        .map(|b| match b {
            b'(' => 1,
            b')' => -1,
            _ => 0,
        })
        .sum()
}

/// Lines that continue the line before, by the list's style: entries wrapped pair by pair, or
/// printed as groups of lines between blank lines (only in a list without markers); and among
/// them the role lines of a signature block ([`signature_block`]), joined to the name above
/// with a line break. Also the lines of a list run over lines ([`run_over_lines`]), with the
/// sign that parts its names.
fn joined_lines(lines: &[Line], region: &Region) -> JoinedLines {
    let mut joined: FastSet<usize> = FastSet::default();
    let mut signed: FastSet<usize> = FastSet::default();
    let mut runs: FastMap<usize, char> = FastMap::default();
    let any_marked =
        (region.start..region.end).any(|i| lines.get(i).is_some_and(|l| l.marker().is_some()));
    if any_marked {
        return (joined, signed, runs);
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
    for i in region.start..region.end {
        let blank = lines.get(i).is_none_or(|l| l.text.trim().is_empty());
        match (blank, groups.last_mut()) {
            (true, Some(g)) if !g.is_empty() => groups.push(Vec::new()),
            (false, Some(g)) => g.push(i),
            _ => {}
        }
    }
    groups.retain(|g| !g.is_empty());
    let multi = groups.iter().filter(|g| g.len() >= 2).count();
    let text_of = |i: &usize| lines.get(*i).map_or("", |l| l.text.trim());
    // A group of five lines or more is a list of its own, not a name with its place.
    let short = groups.iter().all(|g| g.len() <= 4);
    if short && groups.len() >= 3 && multi * 5 >= groups.len() * 3 {
        // "Name / Country" blocks between blank lines: one entry each.
        joined.extend(groups.iter().flat_map(|g| g.iter().skip(1).copied()));
        // A signature block printed one signer at a time between blank lines: a person's name
        // over the role and the organization ("Vagner Freitas" / "Presidente da CUT"), three
        // signers or more and half the blocks.
        let role_lines: Vec<usize> = groups
            .iter()
            .filter_map(|g| match g.as_slice() {
                [name, role] if signature_pair(text_of(name), text_of(role)) => Some(*role),
                _ => None,
            })
            .collect();
        if role_lines.len() >= 3 && role_lines.len() * 2 >= groups.len() {
            signed.extend(role_lines);
        }
    } else {
        for g in &groups {
            let texts: Vec<&str> = g.iter().map(text_of).collect();
            let second_lines = g.iter().skip(1).step_by(2).copied();
            if signature_block(&texts) {
                signed.extend(second_lines.clone());
                joined.extend(second_lines);
            } else if let Some(sign) = run_over_lines(&texts) {
                joined.extend(
                    continued_lines(&texts, sign)
                        .iter()
                        .filter_map(|&k| g.get(k)),
                );
                runs.extend(g.iter().map(|&i| (i, sign)));
            } else if wrapped_pairs(&texts) {
                joined.extend(second_lines);
            }
        }
    }
    (joined, signed, runs)
}

/// Lines joined to the one before, role lines of a signature block, and the lines of a list
/// run over lines with its sign ([`joined_lines`]).
type JoinedLines = (FastSet<usize>, FastSet<usize>, FastMap<usize, char>);

/// The page's lines as the list reads them, and what the reading found so far.
pub(super) struct Assembler<'a> {
    pub(super) lines: &'a [Line],
    pub(super) shaped: &'a [bool],
    pub(super) region: &'a Region,
    pub(super) language: &'a LanguageIdentifier,
    pub(super) places: &'a Places,
    pub(super) heading_at: Option<usize>,
    section: SectionKind,
    numbered_list: bool,
    /// The entries as printed: their lines, number, text and section.
    pub(super) raw: Vec<RawEntry>,
    /// The entry being assembled.
    pending: Option<RawEntry>,
    /// Opening minus closing parentheses of the pending entry's text, kept as lines are added
    /// (counting the whole text again for every continuation line would be quadratic).
    open_parens: isize,
    joined: FastSet<usize>,
    /// Lines that start with a small letter and are names of their own, in a list printed in
    /// the order of the alphabet ([`sorted_small_names`]).
    sorted_small: FastSet<usize>,
    /// The role lines of a signature block, joined to the name above with a line break.
    signed: FastSet<usize>,
    /// The lines of a list run over lines, with the sign that parts its names.
    runs: FastMap<usize, char>,
    /// A blank line since the last entry line.
    gap: bool,
    /// The country a group heading names ("Germany" above its parties), for its entries.
    group_country: Option<(String, Option<String>)>,
}

impl<'a> Assembler<'a> {
    pub(super) fn new(
        lines: &'a [Line],
        shaped: &'a [bool],
        region: &'a Region,
        language: &'a LanguageIdentifier,
        places: &'a Places,
        heading_at: Option<usize>,
    ) -> Self {
        let (joined, signed, runs) = joined_lines(lines, region);
        Assembler {
            lines,
            shaped,
            region,
            language,
            places,
            heading_at,
            section: SectionKind::Initial,
            numbered_list: false,
            raw: Vec::new(),
            pending: None,
            open_parens: 0,
            joined,
            sorted_small: sorted_small_names(lines),
            signed,
            runs,
            gap: false,
            group_country: None,
        }
    }

    fn is_shaped(&self, i: usize) -> bool {
        self.shaped.get(i).copied().unwrap_or(false)
    }

    fn group_place(&self, text: &str) -> Option<(String, Option<String>)> {
        let t = text.trim().trim_end_matches([':', '：']).trim();
        self.places.lookup(t).map(|code| (t.to_owned(), code))
    }

    /// Whether the next non-blank line after `i` carries a marker.
    fn next_marked(&self, i: usize) -> bool {
        self.lines
            .iter()
            .skip(i + 1)
            .find(|l| !l.text.trim().is_empty())
            .is_some_and(|l| l.marker().is_some())
    }

    fn flush(&mut self) {
        self.raw.extend(self.pending.take());
    }

    /// Reads every line; the entries as printed are left in `raw`.
    pub(super) fn run(&mut self, out: &mut ParsedList) {
        for (i, l) in self.lines.iter().enumerate() {
            self.line(i, l, out);
        }
        self.flush();
    }

    fn line(&mut self, i: usize, l: &Line, out: &mut ParsedList) {
        let text = l.text.trim();
        if Some(i) == self.heading_at {
            out.heading = Some(Heading::read(text, l.no, self.language));
            return;
        }
        if text.is_empty() {
            skip(out, l, SkipReason::Blank);
            self.gap = true;
            return;
        }
        if i < self.region.start {
            self.before_list(i, l, out);
            return;
        }
        if i >= self.region.end {
            let reason = if is_trailer(text, self.language) {
                SkipReason::Trailer
            } else {
                SkipReason::Footer
            };
            skip(out, l, reason);
            return;
        }
        if self.remark(i, l, out) {
            self.gap = false;
            return;
        }
        if let Some((n, rest)) = l.marker() {
            self.flush();
            self.numbered_list |= n.is_some();
            self.start_entry(l, n, rest);
        } else {
            self.unmarked(i, l, out);
        }
        self.gap = false;
    }

    /// A line above the list: the page's, or a country just above a marked list that heads
    /// its first group.
    fn before_list(&mut self, i: usize, l: &Line, out: &mut ParsedList) {
        let last_before = (i + 1..self.region.start)
            .all(|j| self.lines.get(j).is_none_or(|x| x.text.trim().is_empty()));
        match self.group_place(&l.text) {
            Some(place) if last_before && self.region.marked => {
                self.group_country = Some(place);
                skip(out, l, SkipReason::SectionHeading);
            }
            _ => skip(out, l, SkipReason::Preamble),
        }
    }

    /// A line inside the list that is no entry: a section heading, a remark closing a group
    /// ("and many more…"), or an odd line (a group heading, a sentence). None ends the list.
    fn remark(&mut self, i: usize, l: &Line, out: &mut ParsedList) -> bool {
        let text = l.text.trim();
        if is_subsequent_heading(text) {
            self.flush();
            self.section = SectionKind::Subsequent;
            skip(out, l, SkipReason::SectionHeading);
            return true;
        }
        // No organization's name ends with an ellipsis.
        if text.ends_with('…') || text.ends_with("...") {
            self.flush();
            skip(out, l, SkipReason::Note);
            return true;
        }
        if l.marker().is_none() && !self.is_shaped(i) && !self.between_entries(i, text) {
            self.flush();
            let reason = if text.ends_with([':', '：']) {
                self.group_country = self.group_place(text);
                SkipReason::SectionHeading
            } else {
                SkipReason::Note
            };
            skip(out, l, reason);
            return true;
        }
        false
    }

    /// A line between entries of an unmarked list, a little long for one, is an entry (a long
    /// name ending in "."), unless it introduces what follows.
    fn between_entries(&self, i: usize, text: &str) -> bool {
        let non_blank = |j: &usize| {
            self.lines
                .get(*j)
                .is_some_and(|l| !l.text.trim().is_empty())
        };
        !self.region.marked
            && text.split_whitespace().count() < 40
            && !text.ends_with([':', '：'])
            && (self.region.start..i)
                .rev()
                .find(non_blank)
                .is_some_and(|j| self.is_shaped(j))
            && (i + 1..self.region.end)
                .find(non_blank)
                .is_some_and(|j| self.is_shaped(j))
    }

    fn start_entry(&mut self, l: &Line, number: Option<u32>, text: &str) {
        self.pending = Some(RawEntry {
            lines: (l.no..=l.last).collect(),
            number,
            text: text.to_owned(),
            section: self.section,
            group_country: self.group_country.clone(),
            run_in: false,
            run_sign: None,
        });
        self.open_parens = balance(text);
    }

    fn extend_entry(&mut self, l: &Line, text: &str, join: &str) {
        if let Some(p) = self.pending.as_mut() {
            p.lines.extend(l.no..=l.last);
            if let Some((number, rest)) = after_lone_marker(&p.text, text) {
                p.number = p.number.or(number);
                p.text = rest;
            } else {
                p.text.push_str(join);
                p.text.push_str(text);
            }
            self.open_parens += balance(text);
        }
    }

    /// Whether an unmarked line continues the pending entry: an open parenthesis, a wrapped
    /// pair, an indented line of a numbered list, or a line that starts or follows like one.
    fn continues(&self, i: usize, l: &Line, text: &str) -> bool {
        self.pending.as_ref().is_some_and(|p| {
            if self.joined.contains(&i) {
                return true;
            }
            let indented = l.text.starts_with([' ', '\t'])
                && self.numbered_list
                && self.section == SectionKind::Initial;
            let prev_trim = p.text.trim_end();
            self.open_parens > 0
                || (!self.gap
                    && (indented
                        || (text.starts_with(['(', ',', '–'])
                            && !prev_trim.ends_with([';', '；']))
                        || (text.starts_with(|c: char| c.is_lowercase())
                            && !self.sorted_small.contains(&i))
                        || (prev_trim.ends_with([',', '-', '/', '–'])
                            && !self.sign_ends_names(i)
                            && !closed_before_comma(prev_trim, text))))
        })
    }

    /// Whether the sign that ends the line before line `i` (a comma, or a slash or dash after a
    /// space) ends a name, not a line broken inside one: the same sign ends that line and line
    /// `i` too, or that line and the one before it, each line a name followed by the list's
    /// separator ("அவுஸ்திரேலியாவின் அகதிகள் நடவடிக்கை கூட்டு," / "இந்தோனேசியாவின் வேலை செய்யும்
    /// மக்கள் சங்கம்," / …; "Aegis Trust /" / "Amnesty International /" / …). Only such a line is
    /// looked at again.
    fn sign_ends_names(&self, i: usize) -> bool {
        let end_sign = |k: Option<usize>| {
            let t = &k.and_then(|k| self.lines.get(k))?.text;
            super::script::trailing_sign(t).filter(|c| !matches!(c, '.' | ';'))
        };
        let Some(sign) = end_sign(i.checked_sub(1)) else {
            return false;
        };
        end_sign(Some(i)) == Some(sign) || end_sign(i.checked_sub(2)) == Some(sign)
    }

    /// An unmarked line: a continuation of the entry before, a group heading in a marked list,
    /// or an entry of its own.
    fn unmarked(&mut self, i: usize, l: &Line, out: &mut ParsedList) {
        let text = l.text.trim();
        if self.continues(i, l, text) {
            let hyphenated = self.pending.as_ref().is_some_and(|p| p.text.ends_with('-'))
                && text.starts_with(|c: char| c.is_lowercase());
            let join = match (self.signed.contains(&i), hyphenated) {
                (true, _) => "\n",
                (false, true) => "",
                (false, false) => " ",
            };
            self.extend_entry(l, text, join);
        } else if self.region.marked && self.next_marked(i) && !self.gap && self.pending.is_some() {
            // A line between two marked lines with no blank line before it: the entry goes on.
            self.extend_entry(l, text, " ");
        } else if self.region.marked && self.next_marked(i) {
            // "Meslek Odaları" between bulleted groups; a country heads its group's entries.
            self.flush();
            self.group_country = self.group_place(text);
            skip(out, l, SkipReason::SectionHeading);
        } else {
            self.flush();
            self.start_entry(l, None, text);
            if let Some(p) = self.pending.as_mut() {
                p.run_sign = self.runs.get(&i).copied();
            }
        }
    }
}

/// Whether a line ending with a comma closes its name: the name ends with a group in
/// parentheses before the comma, its acronym or place ("Partit Comunista de País Valencià
/// (PCPV),"), and the next line starts with a capital, a name of its own. A name broken at the
/// line's end does not close a group there.
fn closed_before_comma(prev: &str, next: &str) -> bool {
    prev.strip_suffix(',')
        .is_some_and(|t| t.trim_end().ends_with(')'))
        && next.starts_with(char::is_uppercase)
}

/// Records a skipped line.
pub(super) fn skip(out: &mut ParsedList, l: &Line, reason: SkipReason) {
    out.skipped.push(Skipped {
        line: l.no,
        text: l.text.trim().to_owned(),
        reason,
    });
}

/// Whether the lines of an unmarked list are entries wrapped over two lines, pair by pair (text
/// taken from a PDF: "Sozialistische Partei" / "Österreichs (Revolutionär)"). `group` holds
/// consecutive lines with no blank line between them. Pairs hold when most first lines end
/// where a line is full (near the longest line: the column's width) before a clearly shorter
/// line, or with a word that
/// cannot end a name, or most second lines start in lower case, and the other pairing (lines
/// 2–3, 4–5, …) shows it less.
fn wrapped_pairs(group: &[&str]) -> bool {
    let n = group.len();
    if n < 4 || !n.is_multiple_of(2) {
        return false;
    }
    let width = group.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    let signal = |a: &str, b: &str| {
        let (la, lb) = (a.chars().count(), b.chars().count());
        let last = a
            .split_whitespace()
            .last()
            .map(str::to_lowercase)
            .unwrap_or_default();
        // A full line, then a clearly shorter one: names of about one length, one a line,
        // are not wrapped pairs.
        (la * 4 >= width * 3 && lb * 5 <= la * 4)
            || FUNCTION_WORDS.contains(&last.as_str())
            || a.trim_end().ends_with([',', '-', '/', '&', '('])
            || b.starts_with(|c: char| c.is_lowercase() || c == '(')
    };
    let count = |offset: usize| {
        (offset..n.saturating_sub(1))
            .step_by(2)
            .filter(|&i| match (group.get(i), group.get(i + 1)) {
                (Some(a), Some(b)) => signal(a, b),
                _ => false,
            })
            .count()
    };
    let pairs = n / 2;
    let (even, odd) = (count(0), count(1));
    even * 3 >= pairs * 2 && even > odd + 1
}

/// A marker alone on its line (a dash, a bullet sign, a number with its sign: "-", "•", "12.")
/// marks the name on the line after it: the two lines are one entry, its text the name
/// without the marker, its number the marker's. `None` when `first` is more than a marker.
fn after_lone_marker(first: &str, next: &str) -> Option<(Option<u32>, String)> {
    let sign = first.trim();
    if sign.is_empty() || sign.len() > 8 || sign.chars().any(char::is_alphabetic) {
        return None;
    }
    let both = format!("{sign} {}", next.trim_start());
    let (number, rest) = super::entry::marker(&both)?;
    Some((number, rest.to_owned()))
}

#[cfg(test)]
mod tests {
    use crate::Language;
    use crate::ingest::{ParseOptions, parse};

    /// tests/fixtures/ingest/real/pt-correiobraziliense-nota-oficial-centrais-sindicais-28-abril
    /// (correiobraziliense.com.br, 2017), the note's signature block, read by hand: each
    /// central's president over "Presidente da" and the central, the signers between blank
    /// lines. The central is the entry, its president the note.
    #[test]
    fn a_signature_block_one_signer_at_a_time() {
        let page = "São Paulo, 27 de março de 2017\nAdilson Araújo\nPresidente da CTB\n\nAntonio Neto\nPresidente da CSB\n\nJosé Calixto Ramos\nPresidente da Nova Central\n\nPaulo Pereira da Silva (Paulinho)\nPresidente da Força Sindical\n\nRicardo Patah\nPresidente da UGT\n";
        let lang: Language = "pt".parse().unwrap_or_default();
        let options = ParseOptions {
            lang: Some(&lang),
            ..ParseOptions::default()
        };
        let list = parse(page, &options);
        let read: Vec<(Option<&str>, Option<&str>, Option<&str>)> = list
            .entries
            .iter()
            .map(|e| (e.acronym.as_deref(), e.name.as_deref(), e.note.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (Some("CTB"), None, Some("Adilson Araújo")),
                (Some("CSB"), None, Some("Antonio Neto")),
                (None, Some("Nova Central"), Some("José Calixto Ramos")),
                (
                    None,
                    Some("Força Sindical"),
                    Some("Paulo Pereira da Silva (Paulinho)")
                ),
                (Some("UGT"), None, Some("Ricardo Patah")),
            ]
        );
    }

    /// tests/fixtures/ingest/real/kn-udayanews-bengaluru-bandh-bembala-sangha-samsthegala-patti
    /// (udayanews.com), the list under its heading, read by hand: a dash alone on the line
    /// before each name marks it. Each entry is the name without the dash, on both lines.
    #[test]
    fn a_dash_alone_on_its_line_marks_the_name_below() {
        let page = "ಬೆಂಗಳೂರು ಬಂದ್ಗೆ ಬೆಂಬಲ ಘೋಷಿಸಿರುವ ಸಂಘ ಸಂಸ್ಥೆಗಳ ಪಟ್ಟಿ:\n-\nಬೆಂಗಳೂರು ಎಪಿಎಂಸಿ ವರ್ತಕರ ಸಂಘ\n-\nಸಮತಾ ಸೈನಿಕ ದಳ\n-\nಕಾಶಿಯ ಸಣ್ಣ ಕೈಗಾರಿಕೆಗಳ ಒಕ್ಕೂಟ\n-\nಕರ್ನಾಟಕ ಸಾಂಸ್ಕೃತಿಕ ವೇದಿಕೆ\n";
        assert_eq!(
            names_and_lines("kn", page),
            [
                (Some("ಬೆಂಗಳೂರು ಎಪಿಎಂಸಿ ವರ್ತಕರ ಸಂಘ".to_owned()), vec![2, 3]),
                (Some("ಸಮತಾ ಸೈನಿಕ ದಳ".to_owned()), vec![4, 5]),
                (Some("ಕಾಶಿಯ ಸಣ್ಣ ಕೈಗಾರಿಕೆಗಳ ಒಕ್ಕೂಟ".to_owned()), vec![6, 7]),
                (Some("ಕರ್ನಾಟಕ ಸಾಂಸ್ಕೃತಿಕ ವೇದಿಕೆ".to_owned()), vec![8, 9]),
            ]
        );
    }

    /// tests/fixtures/ingest/real/ta-eelam-puthiyavan-ezhu-naadugalin-13-kuzhukkal-koottarikkai
    /// (a Tamil blog on a joint statement of 13 groups, 2010), lines 2 to 8, read by hand: the
    /// sentence naming the seven countries, then one group a line, each line ending with a
    /// comma, the list's separator, not a name broken over two lines.
    #[test]
    fn lines_that_each_end_with_a_comma_are_names_of_their_own() {
        let page = "இந்தியா, இந்தோனேசியா, மலேசியா, கனடா, அவுஸ்திரேலியா, நியுசிலாந்து, ஐக்கிய ராச்சியம் ஆகிய ஏழு நாடுகளின் 13 நிறுவனங்கள் ஒன்றாக இணைந்து இந்த கூட்டறிக்கையை விடுத்துள்ளன.\nஅவுஸ்திரேலியாவின் அகதிகள் நடவடிக்கை கூட்டு,\nஇந்தோனேசியாவின் வேலை செய்யும் மக்கள் சங்கம்,\nஐக்கிய ராஜ்யத்தின் தமிழ் சமூகம்,\nநியூசிலாந்தின் சமூக பணியாளர்கள்,\nநியூசிலாந்து சமூக கட்சி ,\nமலேசியா, மனித உரிமைகள் கழகம்,\n";
        let read = names_and_lines("ta", page);
        assert_eq!(read.len(), 6, "{read:?}");
        assert_eq!(
            read.get(..3).unwrap_or_default(),
            [
                (
                    Some("அவுஸ்திரேலியாவின் அகதிகள் நடவடிக்கை கூட்டு".to_owned()),
                    vec![2]
                ),
                (
                    Some("இந்தோனேசியாவின் வேலை செய்யும் மக்கள் சங்கம்".to_owned()),
                    vec![3]
                ),
                (Some("ஐக்கிய ராஜ்யத்தின் தமிழ் சமூகம்".to_owned()), vec![4]),
            ]
        );
    }

    /// tests/fixtures/ingest/real/en-fidh-dont-forget-darfur (a human-rights federation's press
    /// release with a letter and its signatories, 2007), lines 18 to 23, read by hand: one
    /// organization a line, each followed by a spaced slash, the list's separator, which is no
    /// part of any name and joins no two lines.
    #[test]
    fn lines_that_each_end_with_a_spaced_slash_are_names_of_their_own() {
        let page = "Signatories :\n\nFédération internationale des ligues des droits de l’Homme /\nAction des Chrétiens pour l’Abolition de la Torture /\nAction Poland for Darfur /\nAegis Trust /\n";
        assert_eq!(
            names_and_lines("en", page),
            [
                (
                    Some("Fédération internationale des ligues des droits de l’Homme".to_owned()),
                    vec![3]
                ),
                (
                    Some("Action des Chrétiens pour l’Abolition de la Torture".to_owned()),
                    vec![4]
                ),
                (Some("Action Poland for Darfur".to_owned()), vec![5]),
                (Some("Aegis Trust".to_owned()), vec![6]),
            ]
        );
    }

    /// A list of one name a line, some closed by their acronym in parentheses and a comma,
    /// others by nothing (constructed): the comma after a closed group ends the name, and the
    /// line after it, starting with a capital, is a name of its own.
    #[test]
    fn a_comma_after_a_names_acronym_ends_the_name() {
        let page = "Organizers:\nGreen Party of the Coast (GPC),\nCoast Farmers Union (CFU)\nHarbour Residents Assembly\nCity Teachers Federation (CTF),\nCoast Women Forum\n";
        let lines: Vec<Vec<usize>> = names_and_lines("en", page)
            .into_iter()
            .map(|(_, lines)| lines)
            .collect();
        assert_eq!(lines, [vec![2], vec![3], vec![4], vec![5], vec![6]]);
    }

    /// The entries of a page read in a language: each one's name and lines.
    fn names_and_lines(lang: &str, page: &str) -> Vec<(Option<String>, Vec<usize>)> {
        let lang: Language = lang.parse().unwrap_or_default();
        let options = ParseOptions {
            lang: Some(&lang),
            ..ParseOptions::default()
        };
        parse(page, &options)
            .entries
            .into_iter()
            .map(|e| (e.name, e.lines))
            .collect()
    }
}
