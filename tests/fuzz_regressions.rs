//! The fuzz targets' checks on their seed inputs and on every input the fuzzer ever found
//! failing (`fuzz/seeds/<target>/`, `fuzz/regressions/<target>/`), so that CI runs them without
//! the fuzzer: the loaders give a located error or a registry that saves and loads back equal;
//! the list parser accounts for every line and keeps no hidden character in an entry.

use std::path::Path;

use signatories::ingest::{ParseOptions, looks_like_html, parse};
use signatories::{Format, Registry};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries.flatten() {
            if let Ok(bytes) = std::fs::read(e.path()) {
                out.push((e.path().display().to_string(), bytes));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn load_registry_inputs() {
    let inputs = inputs("load_registry");
    assert!(inputs.len() >= 4, "seeds are missing");
    for (name, data) in inputs {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        for format in [Format::Toml, Format::Json] {
            let mut r = Registry::new();
            match r.add_str(text, format, "fuzz") {
                Ok(()) => {
                    let back = Registry::from_toml_str(&r.to_toml_string(), "again.toml")
                        .unwrap_or_else(|e| panic!("{name}: saved TOML does not load: {e}"));
                    assert!(back == r, "{name}: TOML round trip lost something");
                    let back = Registry::from_json_str(&r.to_json_string(), "again.json")
                        .unwrap_or_else(|e| panic!("{name}: saved JSON does not load: {e}"));
                    assert!(back == r, "{name}: JSON round trip lost something");
                }
                Err(e) => {
                    assert!(!e.problems().is_empty(), "{name}: an error without a place");
                    for p in e.problems() {
                        assert!(p.location.line >= 1 && p.location.column >= 1, "{name}");
                    }
                }
            }
        }
    }
}

#[test]
fn parse_list_inputs() {
    let inputs = inputs("parse_list");
    assert!(inputs.len() >= 10, "seeds are missing");
    for (name, data) in inputs {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let list = parse(text, &ParseOptions::default());
        for e in &list.entries {
            for f in [
                &e.acronym,
                &e.name,
                &e.translation,
                &e.transliteration,
                &e.country,
            ]
            .into_iter()
            .flatten()
            {
                assert!(
                    !f.chars().any(signatories::text::is_hidden),
                    "{name}: hidden character in {f:?}"
                );
            }
        }
        if !looks_like_html(text) {
            let lines = text
                .replace("\r\n", "\n")
                .split([
                    '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}',
                ])
                .count();
            let mut seen = vec![false; lines + 1];
            let mut mark = |l: usize| {
                if let Some(s) = seen.get_mut(l) {
                    *s = true;
                }
            };
            list.entries
                .iter()
                .flat_map(|e| &e.lines)
                .for_each(|&l| mark(l));
            list.heading.iter().for_each(|h| mark(h.line));
            list.skipped.iter().for_each(|s| mark(s.line));
            assert!(seen.iter().skip(1).all(|&b| b), "{name}: a line was lost");
        }
    }
}
