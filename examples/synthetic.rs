//! Writes a synthetic registry of N organizations (realistic names in several scripts, fixed
//! seed) to a file, to try the crate at scale.
//!
//! ```text
//! cargo run --release --example synthetic -- 100000 /tmp/registry.json
//! cargo run --release --example synthetic -- --names 100000 /tmp/names.txt
//! ```
//!
//! With `--names` it writes N mixed-script names, one a line (the sort benchmark's input);
//! with `--wikidata` the registry's organizations as a Wikidata JSON dump (one entity a line:
//! labels, P1813 short names, P17 countries), the import benchmark's input.

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::{Arg, Args};

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

const HELP: &str = "synthetic: write a synthetic registry to try the crate at scale

usage: synthetic N FILE.toml|FILE.json
       synthetic --names N FILE
       synthetic --wikidata N FILE

  N FILE          a registry of N organizations (realistic names in several scripts, fixed
                  seed), saved in the format FILE's extension names
  --names N FILE  N mixed-script names, one a line (the sort benchmark's input)
  --wikidata N FILE
                  the N organizations as a Wikidata JSON dump, one entity a line (the
                  import benchmark's input)
  -h, --help      this text

example:
  synthetic 100000 /tmp/registry.json";

/// What to write.
enum Output {
    Registry,
    Names,
    Wikidata,
}

/// The command line: what to write, how many, and where (help, or a bad argument, ends the
/// program).
fn parse_args() -> (Output, usize, String) {
    let mut args = Args::from_env("synthetic", HELP);
    let mut output = Output::Registry;
    let mut operands = Vec::new();
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--names") => output = Output::Names,
            Arg::Flag("--wikidata") => output = Output::Wikidata,
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(o) => operands.push(o),
        }
    }
    match operands.as_slice() {
        [n, path] => match n.parse() {
            Ok(n) => (output, n, path.clone()),
            Err(_) => args.fail(format_args!("N must be a whole number, not {n:?}")),
        },
        [_, _, extra, ..] => args.fail(format_args!("one number and one file, not also {extra:?}")),
        _ => args.fail("a number N and a FILE are needed"),
    }
}

fn main() -> ExitCode {
    let (output, n, path) = parse_args();
    match output {
        Output::Registry => {}
        Output::Wikidata => return wikidata_dump(n, &path),
        Output::Names => {
            let mut text = synthetic::names(n, 42).join("\n");
            text.push('\n');
            return match std::fs::write(&path, text) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {path}: {e}");
                    ExitCode::from(2)
                }
            };
        }
    }
    let toml = synthetic::registry_toml(n, 7);
    let result =
        signatories::Registry::from_toml_str(&toml, "synthetic.toml").and_then(|r| r.save(&path));
    match result {
        Ok(saved) => {
            for warning in saved {
                eprintln!("warning: {warning}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// One organization as a Wikidata entity (one line of a dump): a label in each language it has
/// a name in (its first), its acronyms as P1813, its countries as P17.
fn entity(i: usize, o: &signatories::Organization) -> serde_json::Value {
    use serde_json::{Map, json};
    let mut labels = Map::new();
    for n in &o.names {
        let code = n.lang.to_string().to_ascii_lowercase();
        labels
            .entry(code.clone())
            .or_insert_with(|| json!({"language": code, "value": n.text}));
    }
    let snak = |p: &str, value: serde_json::Value, ty: &str| {
        json!({"mainsnak": {"snaktype": "value", "property": p,
            "datavalue": {"value": value, "type": ty}}, "type": "statement", "rank": "normal"})
    };
    let short: Vec<_> = o
        .acronyms
        .iter()
        .map(|a| {
            let value =
                json!({"text": a.text, "language": a.lang.to_string().to_ascii_lowercase()});
            snak("P1813", value, "monolingualtext")
        })
        .collect();
    let countries: Vec<_> = o
        .countries
        .iter()
        .filter_map(|c| signatories::interop::country_item(c.as_str()))
        .map(|q| {
            snak(
                "P17",
                json!({"entity-type": "item", "id": format!("Q{q}")}),
                "wikibase-entityid",
            )
        })
        .collect();
    json!({"type": "item", "id": format!("Q{}", 90_000_000 + i), "labels": labels,
        "claims": {"P1813": short, "P17": countries}})
}

/// `--wikidata N FILE`: the synthetic registry's organizations as a Wikidata dump.
fn wikidata_dump(n: usize, path: &str) -> ExitCode {
    let registry = match signatories::Registry::from_toml_str(
        &synthetic::registry_toml(n, 7),
        "synthetic.toml",
    ) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut text = String::from("[\n");
    let count = registry.organizations().len();
    for (i, o) in registry.organizations().iter().enumerate() {
        text.push_str(&entity(i, o).to_string());
        text.push_str(if i + 1 < count { ",\n" } else { "\n" });
    }
    text.push_str("]\n");
    match std::fs::write(path, text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            ExitCode::from(2)
        }
    }
}
