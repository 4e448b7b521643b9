//! The fuzz targets' checks (`tests/checks/mod.rs`) on their seed inputs and on every input the
//! fuzzer ever found failing (`fuzz/seeds/<target>/`, `fuzz/regressions/<target>/`), so that CI
//! runs them without the fuzzer.

mod checks;

use std::path::Path;

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

fn run(target: &str, at_least: usize, check: fn(&[u8])) {
    if !Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").is_dir() {
        // A packaged crate: cargo leaves the fuzz/ folder out (a package of its own). Said on
        // the terminal, past the harness's capture, in one write: `writeln!` on the unbuffered
        // stderr writes each piece of the format apart, and the harness's progress dots on
        // stdout could fall between them.
        use std::io::Write as _;
        let line = format!(
            "SKIPPED the {target} fuzz seeds: no fuzz/ folder (the packaged crate has none; \
             run the tests in a checkout of the repository)\n"
        );
        let _ = std::io::stderr().write_all(line.as_bytes());
        return;
    }
    let inputs = inputs(target);
    assert!(inputs.len() >= at_least, "seeds of {target} are missing");
    for (name, data) in inputs {
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            panic!("{target}: {name} fails its check");
        }
    }
}

#[test]
fn load_registry_inputs() {
    run("load_registry", 4, checks::load_registry);
}

#[test]
fn toml_fast_inputs() {
    run("toml_fast", 4, |d| {
        checks::toml_fast(d);
    });
    // The seeds of the registry's own layout are read by the fast reader (else the check
    // above compares nothing): every chunk of the bundled registry, and the whole of a
    // one-table file.
    let seed = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/seeds/toml_fast")
            .join(name);
        std::fs::read(path).unwrap_or_default()
    };
    if Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").is_dir() {
        let registry = seed("registry.toml");
        let tables = String::from_utf8_lossy(&registry)
            .matches("[[organization]]")
            .count();
        assert!(tables > 20 && checks::toml_fast(&registry) >= tables);
        assert_eq!(checks::toml_fast(&seed("escapes.toml")), 2);
    }
}

#[test]
fn parse_list_inputs() {
    run("parse_list", 10, checks::parse_list);
}

#[test]
fn load_messages_inputs() {
    run("load_messages", 10, checks::load_messages);
}

#[test]
fn read_popolo_inputs() {
    run("read_popolo", 3, |d| {
        checks::read_interop(d, signatories::interop::InteropFormat::Popolo)
    });
}

#[test]
fn read_wikidata_inputs() {
    run("read_wikidata", 3, |d| {
        checks::read_interop(d, signatories::interop::InteropFormat::Wikidata)
    });
}

#[test]
fn read_csv_inputs() {
    run("read_csv", 2, |d| {
        checks::read_interop(d, signatories::interop::InteropFormat::Csv)
    });
}
