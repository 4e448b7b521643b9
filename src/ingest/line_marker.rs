//! A line's marker kept with the line: the steps that read a page (the list's place, its
//! blocks, wrapped paragraphs, the entries) each ask for the marker of the same lines.

use std::cell::OnceCell;

use super::entry::marker;

/// What [`marker`] found for a text: the number, and where the rest starts and ends in the
/// text; none when the text has no marker.
type Found = Option<(Option<u32>, usize, usize)>;

/// The marker of a line's text ([`marker`]), found the first time it is asked for. It holds
/// for the text it was found in (its address and length): asked for another text, such as the
/// line's text after it was replaced, it is found again and not kept.
#[derive(Debug, Clone, Default)]
pub(super) struct MarkerCache(OnceCell<(usize, usize, Found)>);

impl MarkerCache {
    /// `marker(text)`.
    pub(super) fn get<'t>(&self, text: &'t str) -> Option<(Option<u32>, &'t str)> {
        let key = (text.as_ptr() as usize, text.len());
        let &(ptr, len, found) = self.0.get_or_init(|| (key.0, key.1, find(text)));
        if (ptr, len) != key {
            return marker(text);
        }
        let (n, start, end) = found?;
        match text.get(start..end) {
            Some(rest) => Some((n, rest)),
            None => marker(text),
        }
    }
}

/// [`marker`] of a text, its rest as byte offsets of the text (the rest is always a part of
/// it; were it not, the offsets would be out of it and the marker found again when asked).
fn find(text: &str) -> Found {
    let (n, rest) = marker(text)?;
    let start = (rest.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    Some((n, start, start.wrapping_add(rest.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_is_found_once_for_its_text() {
        let cache = MarkerCache::default();
        let line = String::from("  12. PCPCI x");
        assert_eq!(cache.get(&line), Some((Some(12), "PCPCI x")));
        assert_eq!(cache.get(&line), marker(&line));
        // Another text (the line's text replaced) is not read from what was kept.
        let other = String::from("- Partido");
        assert_eq!(cache.get(&other), Some((None, "Partido")));
        let plain = MarkerCache::default();
        assert_eq!(plain.get("MLPD"), None);
        assert_eq!(plain.get("1. MLPD"), Some((Some(1), "MLPD")));
    }
}
