//! The list parser on arbitrary text and HTML: it must never panic, must account for every
//! line of plain text, and no entry may keep a character the crate calls hidden (bidi
//! controls, invisible and control characters), whether written as such or as an HTML
//! character reference.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signatories::ingest::{ParseOptions, parse};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let list = parse(text, &ParseOptions::default());
        for e in &list.entries {
            for field in [&e.acronym, &e.name, &e.translation, &e.transliteration, &e.country] {
                if let Some(f) = field {
                    assert!(!f.chars().any(signatories::text::is_hidden), "hidden character in {f:?}");
                }
            }
        }
        if !signatories::ingest::looks_like_html(text) {
            // Lines as the parser counts them: CR LF, CR, LF, NEL, LS, PS, VT and FF each end one.
            let lines = text
                .replace("\r\n", "\n")
                .split(['\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}'])
                .count();
            let mut seen = vec![false; lines + 1];
            for e in &list.entries {
                for &l in &e.lines {
                    seen[l] = true;
                }
            }
            if let Some(h) = &list.heading {
                seen[h.line] = true;
            }
            for s in &list.skipped {
                seen[s.line] = true;
            }
            assert!(seen.iter().skip(1).all(|&b| b), "a line was lost");
        }
    }
});
