//! Paragraphs broken at a fixed width: a page copied from a PDF, a mail or a plain-text post
//! breaks its sentences wherever the line was full ("… centrais sindicais –" / "Central Geral
//! dos Trabalhadores do Brasil (CGBT), Central dos Sindicatos" / "Brasileiros (CSB), …"). Such a
//! paragraph is one sentence: none of its lines is an entry of a list, and the names run into
//! it are read in the paragraph as a whole, each on the lines it was printed on.
//!
//! A break is the paragraph's own when the line before it does not end a sentence and the
//! break shows the width: the next line goes on in lower case, or the line before it ends
//! inside brackets ("… Konfederasyonu ("). A comma or a dash at a line's end, or a next line
//! whose first word would not have fit on a line of the paragraph's width, links lines too,
//! but only in a paragraph that one of those breaks shows wrapped (a list of names may end
//! each line with a comma, and its long names fill their lines). The lines so linked are a
//! paragraph when they read as prose.

use super::layout::looks_like_prose;
use super::lines::Line;
use super::script::{alphabetic, ends_with_terminal, han_or_kana, uncased_letter};

/// A paragraph of two lines or more, broken at a width.
#[derive(Debug, Clone)]
pub(super) struct Paragraph {
    /// Index of its first line.
    pub(super) first: usize,
    /// Index of its last line.
    pub(super) last: usize,
    /// Its lines' texts, trimmed and joined by a space.
    pub(super) text: String,
    /// Where each line starts in `text`, with the line's numbers (`Line::no..=Line::last`).
    starts: Vec<(usize, usize, usize)>,
    /// Whether it is a sentence printed one word a line ([`one_word_a_line`]): its names run
    /// together are read as a line's are, however few.
    pub(super) one_word: bool,
}

/// The narrowest width at which a page is taken as broken by width: shorter lines are a
/// list's, a poem's, a letterhead's.
const MIN_WIDTH: usize = 50;

impl Paragraph {
    /// The line numbers a stretch of `text` stands on.
    fn lines_of(&self, from: usize, to: usize) -> Vec<usize> {
        let at = |offset: usize| {
            self.starts
                .iter()
                .rposition(|&(start, _, _)| start <= offset)
                .unwrap_or(0)
        };
        let (a, b) = (at(from), at(to.saturating_sub(1).max(from)));
        let first = self.starts.get(a).map_or(0, |s| s.1);
        let last = self.starts.get(b).map_or(first, |s| s.2);
        (first..=last).collect()
    }

    /// The line numbers of each item of a run read in the paragraph, found one after the other
    /// in its text (an item not found there, rewritten by the run's reading, stands where the
    /// item before it ended, or on the whole paragraph).
    pub(super) fn item_lines(&self, items: &[String]) -> Vec<Vec<usize>> {
        let mut cursor = 0;
        items
            .iter()
            .map(|item| {
                let item = item.trim();
                let found = self
                    .text
                    .get(cursor..)
                    .and_then(|rest| rest.find(item))
                    .map(|i| (cursor + i, cursor + i + item.len()));
                match found {
                    Some((from, to)) if !item.is_empty() => {
                        cursor = to;
                        self.lines_of(from, to)
                    }
                    _ => self.lines_of(cursor, cursor + 1),
                }
            })
            .collect()
    }
}

/// Whether a line ends a sentence (or introduces what follows): its last sign, before closing
/// quotes or brackets, is a sentence's end in any script.
fn ends_sentence(text: &str) -> bool {
    let end = text.trim_end_matches(['"', '”', '’', '»', '」', '』', ')', '）']);
    ends_with_terminal(end) || end.ends_with([';', ':', '：', '…'])
}

/// How a line break reads: `Some(true)` when it shows the paragraph's width (the next line
/// goes on in lower case, the line ends inside brackets: `inside`, a bracket a later line of
/// the block closes, or an opening one at its end), `Some(false)` when it may be the
/// paragraph's (a comma or dash at the end: a list may end each name so, and a name may
/// begin in lower case, "attac"; the next line's first word would not have fit: a list's
/// long names do not; where `names_cut`, a line cut inside a name, [`cut_inside_a_name`]),
/// `None` when it parts lines.
fn link(a: &str, b: &str, width: Option<usize>, names_cut: bool, inside: bool) -> Option<bool> {
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() || ends_sentence(a) {
        return None;
    }
    let first_word = b.split_whitespace().next().unwrap_or_default();
    let lower = b.chars().next().is_some_and(char::is_lowercase);
    let bracket = inside || a.ends_with(['(', '[', '（']);
    let full = width.is_some_and(|w| a.chars().count() + 1 + first_word.chars().count() > w);
    let cut = (names_cut && cut_inside_a_name(a)) || run_crosses(a, b);
    if a.ends_with([',', '、', '–', '—', '-']) || (full && !lower) || cut {
        Some(false)
    } else if lower || bracket {
        Some(true)
    } else {
        None
    }
}

/// Whether a line of a script with case may stop inside a name: it ends with a word in lower
/// case (a name's inner word, "Odalar ve" / "Borsalar Birliği"), or it parts names with
/// commas and its last stretch ends with a letter, no sign ending it ("MÜSİAD), Türkiye" /
/// "Kamu Çalışanları Sendikaları Konfederasyonu"). Asked only in a block where a line ends
/// inside brackets, a name cut before its acronym: there the lines are cut wherever they
/// were full, inside names too; elsewhere a headline or a list's line may end so.
fn cut_inside_a_name(a: &str) -> bool {
    let Some(last) = a.chars().next_back() else {
        return false;
    };
    if !alphabetic(last) {
        return false;
    }
    let word = a.rsplit(char::is_whitespace).next().unwrap_or_default();
    let lower_word = word.chars().next().is_some_and(char::is_lowercase);
    lower_word || a.contains(", ")
}

/// Whether a run of names crosses a line break: the line parts names with commas and stops
/// on a capitalized word, no sign ending it, and the next line goes on with the run, the words
/// before its first comma ending that name, no longer with it than a name of either line
/// ("Potrivit acestora, Confederaţia Sindicatelor … (CSDR), Confederaţia" / "Naţională
/// Sindicală „Cartel ALFA”, CNSLR-Frăţia şi …"). A headline naming bodies ends on its own
/// words, above a paragraph or its own second printing.
fn run_crosses(a: &str, b: &str) -> bool {
    let stretches = |t: &str| -> Vec<usize> {
        t.split(", ")
            .map(|p| p.split_whitespace().count())
            .collect()
    };
    let (sa, sb) = (stretches(a), stretches(b));
    let last = a.split_whitespace().next_back().unwrap_or_default();
    let capital = last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().next_back().is_some_and(alphabetic);
    let (Some(&tail), Some(&head)) = (sa.last(), sb.first()) else {
        return false;
    };
    let inner = sa.iter().chain(sb.iter()).copied().max().unwrap_or(0);
    sa.len() >= 2 && sb.len() >= 2 && capital && tail + head <= inner
}

/// The width of a block of lines, when it is one broken at a width: the longest line, at
/// least [`MIN_WIDTH`] characters, that three lines or more of the block fill most of (a
/// paragraph printed once whole above its copy broken at a width is longer than the width).
fn block_width(lines: &[&Line]) -> Option<usize> {
    let len = |l: &&Line| l.text.trim().chars().count();
    let mut widths: Vec<usize> = lines.iter().map(len).collect();
    widths.sort_unstable_by(|x, y| y.cmp(x));
    // (The widths longest first: the lines that fill most of `w` are a stretch of them, found
    // by two binary searches, so the block is sorted once and never scanned again.)
    let filling = |w: usize| {
        let from = widths.partition_point(|&x| x > w);
        let to = widths.partition_point(|&x| x * 10 >= w * 7);
        to.saturating_sub(from)
    };
    (widths.iter().copied())
        .take_while(|&w| w >= MIN_WIDTH)
        .find(|&w| filling(w) >= 3)
}

/// How many columns a character takes where text is set in a fixed width: two for the wide
/// and fullwidth characters of Unicode's East_Asian_Width (Han, kana, Hangul), one else.
fn columns(text: &str) -> usize {
    use icu_properties::CodePointMapData;
    use icu_properties::props::EastAsianWidth;
    let map = CodePointMapData::<EastAsianWidth>::new();
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                1
            } else {
                match map.get(c) {
                    EastAsianWidth::Wide | EastAsianWidth::Fullwidth => 2,
                    _ => 1,
                }
            }
        })
        .sum()
}

/// Whether most of a text's letters (three quarters) are of a script without case.
fn mostly_uncased(text: &str) -> bool {
    let (mut letters, mut uncased) = (0usize, 0usize);
    for c in text.chars().filter(|&c| alphabetic(c)) {
        letters += 1;
        uncased += usize::from(uncased_letter(c));
    }
    letters > 0 && uncased * 4 >= letters * 3
}

/// The width of a block in a script without case whose lines show it by their evenness
/// alone, where no capital can show a break: every line but the last fills the block's
/// width, in columns (nine tenths of it or more; at least [`MIN_WIDTH`]), four lines or more,
/// none of them with a run of spaces (a table's or a letterhead's columns). An article set
/// at a fixed width and copied line by line ("전국노동단체연합, 구로노동연구소등 15개 민간
/// 노동단체들은 10일" / "오전 서울중구 정동 …"); the names of a list are of all lengths.
fn even_width(lines: &[&Line]) -> Option<usize> {
    let (last, body) = lines.split_last()?;
    if body.len() < 3 {
        return None;
    }
    let ok = |l: &&Line| {
        let t = l.text.trim();
        !t.contains("  ") && mostly_uncased(t)
    };
    if !ok(last) || !body.iter().all(ok) {
        return None;
    }
    let widths: Vec<usize> = body.iter().map(|l| columns(l.text.trim())).collect();
    let w = widths.iter().copied().max()?;
    let fills = widths.iter().all(|&x| x * 10 >= w * 9);
    (w >= MIN_WIDTH && fills && columns(last.text.trim()) <= w).then_some(w)
}

/// The fewest lines of a block printed one word a line ([`one_word_a_line`]).
const ONE_WORD_BLOCK: usize = 8;

/// Whether a block is prose printed one word a line, the narrowest width there is (a page
/// whose text was copied with a break after every word: "মানববন্ধনে" / "শিক্ষার্থীরা" / "বলেন," /
/// …): [`ONE_WORD_BLOCK`] lines or more, each one word of a script that spaces its words (a
/// line of Han or kana is a whole phrase), none longer than a word is, and two of them or more
/// before the last end a sentence. A list printed one name a line ends no sentence inside it.
fn one_word_a_line(lines: &[&Line]) -> bool {
    if lines.len() < ONE_WORD_BLOCK {
        return false;
    }
    let word = |l: &&Line| {
        let t = l.text.trim();
        !t.contains(char::is_whitespace)
            && t.chars().count() <= 24
            && !t.chars().any(|c| alphabetic(c) && han_or_kana(c))
    };
    let body = lines.split_last().map_or(&[][..], |(_, body)| body);
    lines.iter().all(word) && body.iter().filter(|l| ends_sentence(&l.text)).count() >= 2
}

/// How many lines, each after one blank line, show a page printed one line in two.
const DOUBLE_SPACED: usize = 4;

/// A page printed one line in two, a blank line after each (a post copied with its line
/// breaks doubled): where the block at `i..end` is one line, the lines from `i` on each
/// followed by exactly one blank line, [`DOUBLE_SPACED`] or more, as one block (their indices).
fn double_spaced(lines: &[Line], i: usize, end: usize) -> Option<Vec<usize>> {
    let blank = |j: usize| lines.get(j).is_some_and(|l| l.text.trim().is_empty());
    let text = |j: usize| {
        lines
            .get(j)
            .is_some_and(|l| !l.text.trim().is_empty() && l.marker().is_none())
    };
    if end != i + 1 {
        return None;
    }
    let mut idx = vec![i];
    let mut j = i;
    while blank(j + 1) && text(j + 2) {
        idx.push(j + 2);
        j += 2;
        // (A line followed by another without a blank between ends the doubled block.)
        if text(j + 1) {
            break;
        }
    }
    (idx.len() >= DOUBLE_SPACED).then_some(idx)
}

/// The page's paragraphs broken at a width (see the module's note), in order.
pub(super) fn wrapped_paragraphs(lines: &[Line]) -> Vec<Paragraph> {
    let plain = |l: &Line| !l.text.trim().is_empty() && l.marker().is_none();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // A block: consecutive lines, none blank or marked; or such lines each after one
        // blank line, a page printed one line in two ([`double_spaced`]).
        let end = (i..lines.len())
            .find(|&j| !lines.get(j).is_some_and(plain))
            .unwrap_or(lines.len());
        if end == i {
            i += 1;
            continue;
        }
        let (idx, end) = match double_spaced(lines, i, end) {
            Some(spaced) => {
                let end = spaced.last().map_or(end, |&l| l + 1);
                (spaced, end)
            }
            None => ((i..end).collect(), end),
        };
        let block: Vec<&Line> = idx.iter().filter_map(|&j| lines.get(j)).collect();
        let at = |k: usize| idx.get(k).copied().unwrap_or(i);
        let width = block_width(&block);
        // (Lines printed one word a line are linked as evenly set ones are, up to each
        // sentence's end.)
        let one_word = one_word_a_line(&block);
        let even = even_width(&block).is_some() || one_word;
        // A block that cuts a name inside its brackets ("… Konfederasyonu (" / "TESK), …")
        // cuts names elsewhere too.
        let names_cut = block
            .iter()
            .any(|l| l.text.trim_end().ends_with(['(', '[', '（']));
        let within = bracketed_breaks(&block);
        let inside = |k: usize| within.get(k).copied().unwrap_or(false);
        let mut start = 0;
        let mut shown = false;
        for k in 0..block.len() {
            let linked = match (block.get(k), block.get(k + 1)) {
                (Some(a), Some(_)) if even && !ends_sentence(&a.text) => Some(true),
                (Some(a), Some(b)) => link(&a.text, &b.text, width, names_cut, inside(k)),
                _ => None,
            };
            shown |= linked == Some(true);
            if linked.is_none() {
                if shown && k > start {
                    out.extend(paragraph(lines, at(start), at(k), one_word));
                }
                start = k + 1;
                shown = false;
            }
        }
        i = end;
    }
    out
}

/// Per line of a block, whether the break after it falls inside brackets that a later line
/// of the block closes: a sentence broken anywhere inside a parenthesis that names a list
/// ("… σωματεία" / "της Κεντρικής Μακεδονίας (Σωματείο" / "Μισθωτών Τεχνικών" / … / "…
/// Μακεδονίας)"). A bracket the block never closes shows nothing.
fn bracketed_breaks(block: &[&Line]) -> Vec<bool> {
    let mut inside = vec![false; block.len()];
    let mut open: Vec<usize> = Vec::new();
    for (k, l) in block.iter().enumerate() {
        for c in l.text.chars() {
            match c {
                '(' | '[' | '（' => open.push(k),
                ')' | ']' | '）' => {
                    if let Some(from) = open.pop() {
                        for i in inside.get_mut(from..k).unwrap_or_default() {
                            *i = true;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    inside
}

/// The lines `first..=last` as one paragraph, when they read as prose.
fn paragraph(lines: &[Line], first: usize, last: usize, one_word: bool) -> Option<Paragraph> {
    let mut text = String::new();
    let mut starts = Vec::new();
    // (The blank lines of a page printed one line in two are no part of its text.)
    for l in lines
        .get(first..=last)?
        .iter()
        .filter(|l| !l.text.trim().is_empty())
    {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push((text.len(), l.no, l.last));
        text.push_str(l.text.trim());
    }
    looks_like_prose(&text).then_some(Paragraph {
        first,
        last,
        text,
        starts,
        one_word,
    })
}

#[cfg(test)]
mod tests {
    use super::super::lines::text_lines;
    use super::*;

    /// A stored page's text without its `# source:` line.
    fn body(page: &'static str) -> &'static str {
        page.split_once('\n').map_or("", |(_, b)| b)
    }

    /// The first and last line of each paragraph of a text.
    fn spans(text: &str) -> Vec<(usize, usize)> {
        wrapped_paragraphs(&text_lines(text))
            .iter()
            .map(|p| (p.first, p.last))
            .collect()
    }

    /// A sentence broken anywhere, its lines of all lengths, inside a parenthesis that a later
    /// line closes (constructed): one paragraph; a bracket never closed links nothing.
    #[test]
    fn lines_broken_inside_a_closed_parenthesis_are_one_paragraph() {
        let text = "SOLIDARITY WITH THE MINERS\nThe unions\nof the region (Union of\nTechnicians, Builders Union of the North, Metal\nWorkers Union, Dockers Union of the Port)\nexpress their support to the miners.\n";
        assert_eq!(spans(text), vec![(1, 5)]);
        let open = "Members:\nUnion of Technicians (UT\nBuilders Union\nMetal Workers Union\n";
        assert!(spans(open).is_empty());
    }

    /// A sentence whose run of names is broken after a capitalized word, the next line going
    /// on with the name and the run's commas (constructed): one paragraph, though no line
    /// below its first starts in small letters and a longer paragraph above sets no width. A
    /// headline naming bodies above its second printing is no such break.
    #[test]
    fn a_run_broken_inside_a_name_is_one_paragraph() {
        let text = "Four unions will march on Monday in front of the ministry, their leaders said at a joint press conference, the agency reports.\nAccording to them, Union of Metal Workers (UMW), Confederation\nGeneral Union of Labour, Dockers Union and Teachers Union of the North\nexpect many people at the joint protest.\n";
        assert_eq!(spans(text), vec![(1, 3)]);
        assert!(!run_crosses(
            "Joint statement of CGT, FO, FSU and Solidaires",
            "Joint statement of CGT, FO, FSU and Solidaires on 12 March",
        ));
        let lines = text_lines(
            "A wire printed once whole, its one line longer than any of the lines of its copy below, which are broken at a width.\nA wire printed once whole, its one line longer than the\nlines of its copy below, which are broken at a width of\nabout fifty-five letters, as a news agency prints them.\n",
        );
        let block: Vec<&Line> = lines.iter().collect();
        assert_eq!(block_width(&block), Some(55));
    }

    /// A paragraph printed one line in two, a blank line after each (constructed, of the shape
    /// of es-boltxe-campana-mundial-libertad-presas-presos-politicos lines 5–31): one
    /// paragraph over its lines; a list of names so printed stays lines.
    #[test]
    fn a_paragraph_printed_one_line_in_two_is_one() {
        let prose = "Un\n\nconjunto de organismos de derechos humanos de América y Europa\n\nconvocan a una campaña mundial por la\n\nlibertad de las presas y los presos políticos para que la pandemia no se\n\ntransforme en sentencia de muerte para miles de personas.\n\nArgentina: Liga Argentina por los Derechos Humanos\n";
        assert_eq!(spans(prose), [(0, 8)]);
        let list = "Adalah Justice Project\n\nAsociación Paz con Dignidad\n\nBroederlijk Delen\n\nCharity & Security Network\n\nOxfam Novib\n";
        assert!(spans(list).is_empty());
    }

    /// Lines 1–11 of tests/fixtures/ingest/real/pt-blogpautaaberta-ugt-centrais-manifestacoes
    /// (a post copied from a mail broken at about 78 characters): lines 2–8 are one sentence
    /// that names the centrals, broken before "Brasileiros" and "Sindical" where the line was
    /// full; "A" above it is cut off by no width, and lines 9–11 introduce what follows.
    #[test]
    fn a_paragraph_broken_where_its_lines_were_full_is_one_sentence() {
        let text = "A\nUnião Geral dos Trabalhadores (UGT), em conjunto com as centrais sindicais –\nCentral Geral dos Trabalhadores do Brasil (CGBT), Central dos Sindicatos\nBrasileiros (CSB), Central dos Trabalhadores e Trabalhadoras do Brasil (CTB),\nCentral Única dos Trabalhadores (CUT), Central Social e Popular (CSP), Força\nSindical (FS) e Nova Central Sindical de Trabalhadores (NCST) – e os movimentos\nsociais, está organizando manifestações em todo o País em defesa dos\ntrabalhadores.\nEm\nreunião realizada na manhã desta terça-feira (25), na sede da UGT, em São\nPaulo, as centrais definiram a Pauta do Dia:";
        let lines = text_lines(text);
        let found = wrapped_paragraphs(&lines);
        let spans: Vec<(usize, usize)> = found.iter().map(|p| (p.first, p.last)).collect();
        assert_eq!(spans, vec![(1, 7)]);
        let p = found.first().expect("a paragraph");
        let items = [
            "Central dos Sindicatos Brasileiros (CSB)",
            "Força Sindical (FS)",
        ]
        .map(String::from);
        assert_eq!(p.item_lines(&items), vec![vec![3, 4], vec![5, 6]]);
    }

    /// tests/fixtures/ingest/real/ko-hankyung-15gae-nodongdanche-nosajeong-habuimun-bandae, as
    /// published: a news item in Hangul set at a fixed width (62 to 65 columns, a Hangul
    /// syllable taking two) and copied line by line, its words broken at the lines' ends
    /// ("노동" / "자들에게"), no capital to show a break. Its two paragraphs are read as such;
    /// the names of a list in Han and kana one a line under a call
    /// (ja-himitsuyadane-sando-dantai-nagano, lines 10–25), of all lengths, are no paragraph.
    #[test]
    fn an_article_set_at_a_width_in_a_script_without_case_is_prose() {
        let article = body(include_str!(
            "../../tests/fixtures/ingest/real/ko-hankyung-15gae-nodongdanche-nosajeong-habuimun-bandae.txt"
        ));
        assert_eq!(spans(article), vec![(0, 4), (6, 11)]);
        let list = body(include_str!(
            "../../tests/fixtures/ingest/real/ja-himitsuyadane-sando-dantai-nagano.txt"
        ));
        let paragraphs = wrapped_paragraphs(&text_lines(list));
        assert!(paragraphs.iter().all(|p| p.last < 9), "{paragraphs:?}");
        // Evenness alone links lines only without case: the same widths in Latin letters are
        // no evidence.
        assert_eq!(
            columns("전국노동단체연합, 구로노동연구소등 15개 민간 노동단체들은 10일"),
            62
        );
        assert!(!mostly_uncased(
            "Amnesty International Malaysia, Education and Research"
        ));
    }

    /// tests/fixtures/ingest/real/tr-shaber3-stk-terore-karsi-ortak-aciklama, as published:
    /// a news item's sentence naming fourteen bodies, its lines cut wherever they were full,
    /// inside the acronyms' brackets ("Konfederasyonu (" / "HAK-İŞ),") and inside names
    /// ("MÜSİAD), Türkiye" / "Kamu Çalışanları …", "Odalar ve" / "Borsalar Birliği …"): lines
    /// 10–26 of the file are one sentence. The line naming seven confederations before a
    /// paragraph of tests/fixtures/ingest/real/fr-ulcgtcherbourg-communique-commun-esprit-du-
    /// 11-janvier ends with a name too, in a block that cuts no name in brackets: not joined.
    #[test]
    fn a_sentence_cut_inside_its_names_is_one_paragraph() {
        let tr = body(include_str!(
            "../../tests/fixtures/ingest/real/tr-shaber3-stk-terore-karsi-ortak-aciklama.txt"
        ));
        let found = spans(tr);
        assert!(found.contains(&(8, 24)), "{found:?}");
        assert!(cut_inside_a_name("MÜSİAD), Türkiye"));
        assert!(cut_inside_a_name("Odalar ve"));
        assert!(!cut_inside_a_name("Esnaf ve Sanatkarları Konfederasyonu ("));
        let fr = body(include_str!(
            "../../tests/fixtures/ingest/real/fr-ulcgtcherbourg-communique-commun-esprit-du-11-janvier.txt"
        ));
        let paragraphs = wrapped_paragraphs(&text_lines(fr));
        assert!(paragraphs.iter().all(|p| p.first > 0), "{paragraphs:?}");
    }

    /// A list of long names, one a line, is no paragraph, though its names fill their lines:
    /// lines 15–24 of tests/fixtures/ingest/real/pl-fundacjacp-apel-prawo-o-stowarzyszeniach,
    /// where "Wspólnota" would not have fit after "… Pozarządowych SPLOT".
    #[test]
    fn a_list_of_long_names_one_a_line_is_no_paragraph() {
        let text = "LIST PODPISAŁY:\n\nOgólnopolska Federacja Organizacji Pozarządowych\nSieć Wspierania Organizacji Pozarządowych SPLOT\nWspólnota Robocza Związków Organizacji Socjalnych\nFederacja Stowarzyszeń Naukowo-Technicznych NOT\nDolnośląska Federacja Organizacji Pozarządowych\nFederacja MAZOWIA\nKujawsko-Pomorska Federacja Organizacji Pozarządowych\nFederacja Małopolska Pozarządowa";
        assert!(wrapped_paragraphs(&text_lines(text)).is_empty());
    }

    /// tests/fixtures/ingest/real/bn-risingbangla-jagannath-manabbandhan-ekatmata, as stored: a
    /// news item printed one word a line, its sentences ending with "।" (one inside a quote,
    /// "যাবেন।’"). Each sentence is a paragraph; the one on lines 58–80 (the gold's numbering)
    /// names the student organizations, and no word of the other sentences is an entry.
    #[test]
    fn prose_printed_one_word_a_line_is_read_sentence_by_sentence() {
        let page = include_str!(
            "../../tests/fixtures/ingest/real/bn-risingbangla-jagannath-manabbandhan-ekatmata.txt"
        );
        let text = page.split_once('\n').map_or("", |(_, b)| b);
        let found = wrapped_paragraphs(&text_lines(text));
        let spans: Vec<(usize, usize)> = found.iter().map(|p| (p.first, p.last)).collect();
        assert_eq!(
            spans,
            vec![
                (0, 6),
                (7, 21),
                (22, 30),
                (31, 38),
                (39, 48),
                (49, 56),
                (57, 79),
                (80, 85)
            ]
        );
        let list = super::super::tests::parse_in(text, "bn");
        let names: Vec<&str> = list
            .entries
            .iter()
            .filter_map(|e| e.name.as_deref())
            .collect();
        assert_eq!(
            names.get(..3),
            Some(
                &[
                    "জগন্নাথ বিশ্ববিদ্যালয় ছাত্র অধিকার পরিষদ",
                    "সমাজতান্ত্রিক ছাত্র ফ্রন্ট",
                    "বাংলাদেশ গণতান্ত্রিক ছাত্রসংসদ",
                ][..]
            ),
            "{names:?}"
        );
        assert!(
            list.entries
                .iter()
                .all(|e| e.lines.iter().all(|&l| (58..=80).contains(&l)))
        );
    }

    /// Lines of one word that end no sentence inside them are no prose: a site's menu one
    /// word a line (tests/fixtures/ingest/real/nl-omslag-monsanto-tribunaal, lines 3–12 as
    /// stored, "Welkom" / "Nieuws" / … / "ContactRSS-feed"); nor are lines of Han, each a whole
    /// phrase, under a call that ends its sentences (zh-Hans-sd-xs-jiangmen-qiaolian-…, the
    /// signers "江门市委统战部(市侨务局)" / "江门市工商联(总商会)" / … on lines 3–7).
    #[test]
    fn a_menu_or_a_list_one_name_a_line_is_no_paragraph() {
        for (page, names) in [
            (
                include_str!("../../tests/fixtures/ingest/real/nl-omslag-monsanto-tribunaal.txt"),
                2..=11,
            ),
            (
                include_str!(
                    "../../tests/fixtures/ingest/real/zh-Hans-sd-xs-jiangmen-qiaolian-gongshanglian-xianggang-kangyi-changyishu.txt"
                ),
                2..=6,
            ),
        ] {
            let text = page.split_once('\n').map_or("", |(_, b)| b);
            let found = wrapped_paragraphs(&text_lines(text));
            assert!(
                found
                    .iter()
                    .all(|p| !names.contains(&p.first) && !names.contains(&p.last)),
                "{found:?}"
            );
        }
    }
}
