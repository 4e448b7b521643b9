//! The list parser on arbitrary text and HTML: it must never panic, and must account for
//! every line of plain text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signatories::ingest::{ParseOptions, parse};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let list = parse(text, &ParseOptions::default());
        if !signatories::ingest::looks_like_html(text) {
            let mut seen = vec![false; text.split('\n').count() + 1];
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
