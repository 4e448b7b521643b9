//! An entry's body as the entry patterns read it: taken once while the body stays the same,
//! so that the patterns, tried one after another on the same text, neither copy nor tokenize
//! it each.

use super::entry::TokenMemo;
use super::script::uncased;

/// An entry's body, its tokens ([`super::entry::tokens`]), its tokens with acronym groups kept
/// whole ([`super::entry::acronym_groups`]) and whether its letters are all of scripts without
/// case ([`uncased`]): what the entry patterns ask of it before they read it, each pattern
/// that cannot apply told by these facts before it copies anything.
pub(super) struct BodyView<'a> {
    pub(super) plain: Vec<&'a str>,
    pub(super) grouped: Vec<&'a str>,
    pub(super) uncased: bool,
}

impl<'a> BodyView<'a> {
    /// The view of `text`, its tokens taken from (or put in) `memo`.
    pub(super) fn new(text: &'a str, memo: &mut TokenMemo) -> Self {
        BodyView {
            plain: memo.plain(text),
            grouped: memo.grouped(text),
            uncased: uncased(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_holds_the_tokens_and_the_case() {
        let mut memo = TokenMemo::default();
        let v = BodyView::new("СДПУ(о) Соціал-демократична партія", &mut memo);
        assert_eq!(v.grouped.first(), Some(&"СДПУ(о)"));
        assert_eq!(v.plain.first(), Some(&"СДПУ"));
        assert!(!v.uncased);
        let v = BodyView::new("ایس یو پی", &mut memo);
        assert_eq!(v.plain, ["ایس", "یو", "پی"]);
        assert!(v.uncased);
    }
}
