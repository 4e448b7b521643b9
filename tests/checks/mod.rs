//! The invariants the fuzz targets check, shared by the targets (`fuzz/fuzz_targets/`) and by
//! `tests/fuzz_regressions.rs`, which runs them on the seeds and on every input the fuzzer ever
//! found failing.

use signatories::ingest::{ParseOptions, looks_like_html, parse};
use signatories::{Format, Registry};

/// The TOML and JSON loaders on arbitrary bytes: a located error, or a registry that saves and
/// loads back equal in both formats; never a panic.
pub fn load_registry(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for format in [Format::Toml, Format::Json] {
        let mut r = Registry::new();
        match r.add_str(text, format, "fuzz") {
            Ok(()) => {
                let back = Registry::from_toml_str(&r.to_toml_string(), "again.toml")
                    .unwrap_or_else(|e| panic!("saved TOML does not load: {e}"));
                assert!(back == r, "TOML round trip lost something");
                let back = Registry::from_json_str(&r.to_json_string(), "again.json")
                    .unwrap_or_else(|e| panic!("saved JSON does not load: {e}"));
                assert!(back == r, "JSON round trip lost something");
            }
            Err(e) => {
                assert!(!e.problems().is_empty(), "an error without a place: {e}");
                for p in e.problems() {
                    assert!(p.location.line >= 1 && p.location.column >= 1);
                }
            }
        }
    }
}

/// The list parser on arbitrary text and HTML: no panic, every line of plain text accounted
/// for, and no entry keeps a character the crate calls hidden (bidi controls, invisible and
/// control characters), whether written as such or as an HTML character reference.
pub fn parse_list(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
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
                "hidden character in {f:?}"
            );
        }
    }
    if !looks_like_html(text) {
        // Lines as the parser counts them: CR LF, CR, LF, NEL, LS, PS, VT and FF each end one.
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
        assert!(seen.iter().skip(1).all(|&b| b), "a line was lost");
    }
}

/// The message loader and checker on arbitrary text, as an override of the German messages:
/// never a panic or an abort (the FTL parser recursed once per nested placeable); a refusal
/// lists located problems, at most 1,000 and a count; what the checker accepts renders in every
/// format (no cycle, no expansion past Fluent's limits, no unknown reference), and whatever
/// text it adds prints no hidden character.
pub fn load_messages(data: &[u8]) {
    use signatories::render::{Catalog, OutputFormat, RenderOptions, Renderer};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut catalog = Catalog::bundled();
    match catalog.add_ftl("de", "fuzz.ftl", text) {
        Err(e) => {
            let problems = e.problems();
            assert!(!problems.is_empty(), "an error without a place: {e}");
            assert!(problems.len() <= 1_001, "{} problems", problems.len());
            for p in problems {
                assert!(p.location.line >= 1 && p.location.column >= 1, "{p}");
                assert_eq!(p.location.file, "fuzz.ftl", "{p}");
            }
        }
        Ok(()) => {
            assert_eq!(catalog.check(), Vec::new(), "accepted, then refused");
            let registry = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
            let statement = registry
                .statement(signatories::seed::STATEMENT_ID)
                .unwrap_or_else(|| panic!("statement"));
            let de = Renderer::try_new_with("de", &catalog).unwrap_or_else(|e| panic!("{e}"));
            for format in [
                OutputFormat::Text,
                OutputFormat::Markdown,
                OutputFormat::Html,
            ] {
                let options = RenderOptions::default()
                    .with_format(format)
                    .with_summary(true);
                let out = de
                    .render(&registry, statement, &options)
                    .unwrap_or_else(|e| panic!("accepted messages fail to render: {e}"));
                let hidden = out.chars().find(|&c| {
                    // The renderer's own marks: isolates around names and line directions.
                    signatories::text::is_hidden(c)
                        && !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
                });
                assert!(hidden.is_none(), "hidden {hidden:?} in {format:?} output");
            }
        }
    }
}

/// An open-data reader (Popolo, Wikidata entity JSON, CSV) on arbitrary text: never a panic; a
/// refused file names its places (line and column from 1); what is read imports into an empty
/// registry, whose save loads back equal.
pub fn read_interop(data: &[u8], format: signatories::interop::InteropFormat) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut incoming = Vec::new();
    match signatories::interop::read_str(text, "fuzz", "fuzz", format, &mut |o| incoming.push(o)) {
        Ok(report) => {
            for p in report.problems.iter().chain(&report.warnings) {
                assert!(p.location.line >= 1 && p.location.column >= 1, "{p}");
            }
            let mut r = Registry::new();
            let _ = r.import(incoming, &signatories::registry::ImportOptions::default());
            let back = Registry::from_json_str(&r.to_json_string(), "again.json")
                .unwrap_or_else(|e| panic!("an imported registry does not load again: {e}"));
            assert!(back == r, "JSON round trip lost something");
        }
        Err(e) => {
            assert!(!e.problems().is_empty(), "an error without a place: {e}");
            for p in e.problems() {
                assert!(p.location.line >= 1 && p.location.column >= 1, "{p}");
            }
        }
    }
}

/// The reader of the common TOML shape against the toml crate on arbitrary text: wherever it
/// reads a text (it may leave any text to the toml crate), it reads exactly the toml crate's
/// values, keys, spans and order. Returns how many chunks it read.
pub fn toml_fast(data: &[u8]) -> usize {
    let Ok(text) = std::str::from_utf8(data) else {
        return 0;
    };
    match signatories::fuzzing::toml_fast_check(text) {
        (_, Some(difference)) => {
            panic!("the fast TOML reader differs from the toml crate: {difference}")
        }
        (read, None) => read,
    }
}
