//! Writes a synthetic registry of N organizations (realistic names in several scripts, fixed
//! seed) to a file, to try the crate at scale.
//!
//! ```text
//! cargo run --release --example synthetic -- 100000 /tmp/registry.json
//! cargo run --release --example synthetic -- --names 100000 /tmp/names.txt
//! ```
//!
//! With `--names` it writes N mixed-script names, one a line (the sort benchmark's input).

use std::process::ExitCode;

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

const HELP: &str = "synthetic: write a synthetic registry to try the crate at scale

usage: synthetic N FILE.toml|FILE.json
       synthetic --names N FILE

  N FILE          a registry of N organizations (realistic names in several scripts, fixed
                  seed), saved in the format FILE's extension names
  --names N FILE  N mixed-script names, one a line (the sort benchmark's input)
  -h, --help      this text

example:
  synthetic 100000 /tmp/registry.json";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(args.first().map(String::as_str), Some("-h" | "--help")) {
        println!("{HELP}");
        return ExitCode::SUCCESS;
    }
    if args.first().map(String::as_str) == Some("--names") {
        args.remove(0);
        let (Some(n), Some(path)) = (
            args.first().and_then(|n| n.parse::<usize>().ok()),
            args.get(1),
        ) else {
            eprintln!("usage: synthetic --names N FILE\n(synthetic --help explains)");
            return ExitCode::from(2);
        };
        let mut text = synthetic::names(n, 42).join("\n");
        text.push('\n');
        return match std::fs::write(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                ExitCode::from(2)
            }
        };
    }
    let (Some(n), Some(path)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: synthetic N FILE.toml|FILE.json\n(synthetic --help explains)");
        return ExitCode::from(2);
    };
    let toml = synthetic::registry_toml(n, 7);
    let result =
        signatories::Registry::from_toml_str(&toml, "synthetic.toml").and_then(|r| r.save(path));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
