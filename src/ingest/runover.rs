//! A list run over several lines: its names parted by one sign, several names on some lines and
//! the sign at most lines' end, the lines broken wherever they were full, inside a name too
//! ("BürgerEnergieAltmark eG, Sonnenkraft Freising e.V.," / "Bendorfer Bürgerinitiative gegen
//! das AKW" / "Mülheim-Kärlich, LaNEG e.V.,"). Its lines are no entries: a line that does not
//! end with the sign goes on on the next one, and each stretch is read at the sign.

use super::script::trailing_sign;

/// The fewest lines of a block read as a run over lines.
const RUN_LINES: usize = 4;

/// The sign a block of lines (consecutive, none blank) parts a run printed over them with: a
/// comma or a semicolon that ends three lines or more and half of them at least, and that also
/// parts names inside two lines or more, while two lines or more hold one name only (a list
/// whose every line holds a name and its place, "Amnesty International, London,", is a list
/// of one name a line).
pub(super) fn run_over_lines(block: &[&str]) -> Option<char> {
    if block.len() < RUN_LINES {
        return None;
    }
    [',', ';'].into_iter().find(|&sign| {
        let ending = block
            .iter()
            .filter(|t| trailing_sign(t) == Some(sign))
            .count();
        let inner = block
            .iter()
            .filter(|t| !inner_pieces(t, sign).is_empty())
            .count();
        let single = block.len() - inner;
        ending >= 3 && ending * 2 >= block.len() && inner >= 2 && single >= 2
    })
}

/// The lines of a run over lines ([`run_over_lines`]) that go on from the line before: those
/// after a line that does not end with the run's sign, a name broken at the line's end. Given
/// and returned as indexes into `block`.
pub(super) fn continued_lines(block: &[&str], sign: char) -> Vec<usize> {
    block
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| pair.first().is_some_and(|a| trailing_sign(a) != Some(sign)))
        .map(|(k, _)| k + 1)
        .collect()
}

/// Where `sign` parts names inside a text, outside brackets and quotes, before a space (not
/// "1,5"); the sign at its end does not count.
fn inner_pieces(text: &str, sign: char) -> Vec<usize> {
    let text = text.trim_end().trim_end_matches(sign);
    let mut depth = 0i32;
    let mut cuts = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '(' | '[' | '„' | '«' | '“' => depth += 1,
            ')' | ']' | '»' | '”' => depth -= 1,
            _ if c == sign
                && depth <= 0
                && chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) =>
            {
                cuts.push(i);
            }
            _ => {}
        }
    }
    cuts
}

/// The names of an entry read in a run over lines, parted at its sign: `None` when it holds
/// one name only.
pub(super) fn names_at_sign(text: &str, sign: char) -> Option<Vec<String>> {
    let text = text.trim().trim_end_matches(sign).trim_end();
    let cuts = inner_pieces(text, sign);
    if cuts.is_empty() {
        return None;
    }
    let mut names = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain([text.len()]) {
        let name = text.get(start..cut).unwrap_or_default().trim();
        if !name.is_empty() {
            names.push(name.to_owned());
        }
        start = cut + sign.len_utf8();
    }
    (names.len() >= 2).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// tests/fixtures/ingest/real/de-keinco2endlager-offener-brief-martin-schulz, lines 9–19
    /// (a press release's senders parted by commas on lines of varying widths, "Bendorfer
    /// Bürgerinitiative gegen das AKW" / "Mülheim-Kärlich" broken inside the name).
    const SENDERS: [&str; 8] = [
        "Freunde von Prokon e.V.,",
        "BürgerEnergieAltmark eG, Sonnenkraft Freising e.V.,",
        "Solarverein Goldene Meile e.V., VEE Sachsen e.V., terra-solar e.V.,",
        "SolarLokal Kirchhorst, DIVaN e.V.,",
        "Bürgerenergie Berlin e.G.,",
        "Bendorfer Bürgerinitiative gegen das AKW",
        "Mülheim-Kärlich, LaNEG e.V.,",
        "Bürgerinitiative „Hände weg vom Schwedeneck“,",
    ];

    #[test]
    fn a_list_run_over_lines_is_read_at_its_sign() {
        assert_eq!(run_over_lines(&SENDERS), Some(','));
        assert_eq!(continued_lines(&SENDERS, ','), vec![6]);
        assert_eq!(
            names_at_sign(
                "Bendorfer Bürgerinitiative gegen das AKW Mülheim-Kärlich, LaNEG e.V.,",
                ','
            ),
            Some(vec![
                "Bendorfer Bürgerinitiative gegen das AKW Mülheim-Kärlich".to_owned(),
                "LaNEG e.V.".to_owned()
            ])
        );
        assert_eq!(names_at_sign("Bürgerenergie Berlin e.G.,", ','), None);
    }

    /// A list of one name a line, each with its place after a comma, and one a line ending
    /// with a comma whose long names hold none: no run over lines.
    #[test]
    fn names_with_their_places_or_one_a_line_are_no_run() {
        let placed = [
            "Amnesty International, London,",
            "Human Rights Watch, New York,",
            "FIDH, Paris,",
            "Article 19, London",
        ];
        assert_eq!(run_over_lines(&placed), None);
        let one_a_line = [
            "Solarenergie-Förderverein Deutschland e.V.,",
            "Bündnis Bürgerenergie e.V.,",
            "Deutsche Gesellschaft für Sonnenenergie e.V.,",
            "Freunde von Prokon e.V.,",
        ];
        assert_eq!(run_over_lines(&one_a_line), None);
        assert_eq!(names_at_sign("Preis 1,5 Millionen", ','), None);
    }
}
