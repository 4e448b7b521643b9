//! Pages of teasers: a news site's tag, category or listing page prints each article as its
//! headline, its byline ("By …, -", a date and an author) and a summary cut short ("… [...]").
//! The headlines and bylines are short lines, shaped like a list's entries, but the page is no
//! list of them: what names organizations is inside the summaries, read as prose.
//!
//! A teaser is told by the page's shape, in any language: summaries (sentences, or a text cut
//! by an ellipsis) come at a fixed period, the same number of short lines (two or three)
//! between each two, and one of those short lines, at the same place in each teaser, starts or
//! ends with the same word every time (the byline's "By", a counter after each author). A name
//! followed by one line of description is a list's shape, so one short line between summaries
//! is never taken for a teaser.

use super::layout::looks_like_prose;
use super::lines::Line;

/// The fewest and most short lines (headline, byline, date) a teaser prints over its summary.
const TEASER_LINES: std::ops::RangeInclusive<usize> = 2..=3;

/// A summary cut short: it ends with an ellipsis, bare or in brackets ("…", "...", "[...]",
/// "[…]"), which closes no organization's name.
fn cut_short(text: &str) -> bool {
    let t = text.trim_end();
    let t = t.strip_suffix(']').map_or(t, str::trim_end);
    t.ends_with('…') || t.ends_with("...")
}

/// A summary: a sentence or more, or a text cut short ([`cut_short`]).
fn summary(l: &Line) -> bool {
    let t = l.text.trim();
    l.marker().is_none() && !l.item && (looks_like_prose(t) || cut_short(t))
}

/// The first and the last word of a line.
fn ends(l: &Line) -> (Option<&str>, Option<&str>) {
    let mut words = l.text.split_whitespace();
    (words.next(), words.next_back())
}

/// Whether the lines at one place in each block start or end with the same word (a byline).
fn repeated_word(blocks: &[&[usize]], lines: &[Line], at: usize) -> bool {
    let mut firsts = blocks
        .iter()
        .map(|b| b.get(at).and_then(|&i| lines.get(i)).map(ends));
    let Some(Some((first, last))) = firsts.next() else {
        return false;
    };
    let (mut same_first, mut same_last) = (first.is_some(), last.is_some());
    for e in firsts {
        let Some((f, l)) = e else { return false };
        same_first &= f == first;
        same_last &= l == last;
    }
    same_first || same_last
}

/// A line of a teaser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Teaser {
    /// A headline, a byline or a date over the summary: the page's, no name run into it.
    Short,
    /// The summary, read as prose for the names run into it.
    Summary,
}

/// The lines of the page's teasers (headlines, bylines and summaries), each told apart. None
/// when the page has no two teasers of the same shape.
pub(super) fn teaser_lines(lines: &[Line]) -> Vec<Option<Teaser>> {
    let mut out = vec![None; lines.len()];
    let shown: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.get(i).is_some_and(|l| !l.text.trim().is_empty()))
        .collect();
    let is_summary: Vec<bool> = shown
        .iter()
        .map(|&i| lines.get(i).is_some_and(summary))
        .collect();
    // Each run of summary lines (a summary may take two paragraphs), as a range of `shown`.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (k, &s) in is_summary.iter().enumerate() {
        match runs.last_mut() {
            Some(r) if s && r.1 == k => r.1 = k.saturating_add(1),
            _ if s => runs.push((k, k.saturating_add(1))),
            _ => {}
        }
    }
    let Some(gap) = teaser_period(&runs) else {
        return out;
    };
    // The short lines over each summary: a block of `gap` lines.
    let blocks: Vec<&[usize]> = runs
        .iter()
        .filter_map(|&(start, _)| shown.get(start.checked_sub(gap)?..start))
        .collect();
    let plain = |i: &usize| {
        lines
            .get(*i)
            .is_some_and(|l| l.marker().is_none() && !l.item)
    };
    if blocks.len() < 2 || !blocks.iter().all(|b| b.iter().all(plain)) {
        return out;
    }
    let Some(at) = (0..gap).find(|&at| repeated_word(&blocks, lines, at)) else {
        return out;
    };
    // A last teaser cut before its summary: its short lines after the last summary.
    let last_end = runs.last().map_or(0, |r| r.1);
    let tail = shown.get(last_end..).unwrap_or_default();
    let mut with_tail = blocks.clone();
    with_tail.push(tail);
    let tail_too = tail.len() <= gap && repeated_word(&with_tail, lines, at);
    for b in &blocks {
        for &i in *b {
            mark(&mut out, i, Teaser::Short);
        }
    }
    for &(start, end) in &runs {
        for &i in shown.get(start..end).unwrap_or_default() {
            mark(&mut out, i, Teaser::Summary);
        }
    }
    if tail_too {
        for &i in tail {
            mark(&mut out, i, Teaser::Short);
        }
    }
    out
}

fn mark(out: &mut [Option<Teaser>], i: usize, kind: Teaser) {
    if let Some(f) = out.get_mut(i) {
        *f = Some(kind);
    }
}

/// The number of short lines between each two summaries when it is the same every time and a
/// teaser's ([`TEASER_LINES`]); none with fewer than two summaries.
fn teaser_period(runs: &[(usize, usize)]) -> Option<usize> {
    let mut gaps = runs.windows(2).map(|w| match w {
        [a, b] => b.0.saturating_sub(a.1),
        _ => 0,
    });
    let gap = gaps.next()?;
    (TEASER_LINES.contains(&gap) && gaps.all(|g| g == gap)).then_some(gap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::text_lines;

    fn flags(text: &str) -> Vec<bool> {
        teaser_lines(&text_lines(text))
            .iter()
            .map(Option::is_some)
            .collect()
    }

    #[test]
    fn headlines_bylines_and_summaries_are_teasers() {
        let page = "Workers Walk Out At The Port\n\nBy Ann Smith, -\n\nDockers stopped work on \
            Monday after talks failed. The union said the strike would last until [...]\n\n\
            Teachers Rally In The Capital\n\nBy Staff, -\n\nThousands of teachers marched to the \
            ministry to demand better pay, and the federation called for more [...]\n\n\
            Miners Return To Work\n\nBy Lee Park, -\n";
        let f = flags(page);
        assert!(f.iter().filter(|&&x| x).count() >= 8, "{f:?}");
        assert!(f.first().copied().unwrap_or(false));
    }

    #[test]
    fn a_name_over_a_description_is_a_list() {
        let page = "Workers Union of the North\n\nThe union organizes dockers and drivers in \
            every port of the northern coast, with branches in ten towns and cities.\n\n\
            Teachers Federation\n\nThe federation brings together the teachers of public and \
            private schools across the whole country since its founding in 1950.\n\n\
            Miners Association\n\nThe association speaks for the miners of the coal basin and \
            their families, and runs a school for their children in the valley.\n";
        assert!(flags(page).iter().all(|&x| !x));
    }

    #[test]
    fn short_lines_without_a_repeated_word_are_no_bylines() {
        let page = "Workers Union\n\nNorth Coast\n\nThe union organizes dockers and drivers in \
            every port of the northern coast, with branches in ten towns and cities.\n\n\
            Teachers Federation\n\nCapital District\n\nThe federation brings together the \
            teachers of public and private schools across the whole country since 1950.\n\n\
            Miners Association\n\nCoal Valley\n\nThe association speaks for the miners of the \
            coal basin and their families, and runs a school for their children there.\n";
        assert!(flags(page).iter().all(|&x| !x));
    }
}
