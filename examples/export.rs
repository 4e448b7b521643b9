//! Writes a registry's organizations as Popolo JSON or CSV, all of them or one statement's
//! signatories.
//!
//! ```text
//! cargo run --example export -- [--registry FILE]… --format popolo|csv [--statement ID]
//! ```

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::{Arg, Args};

use signatories::Registry;
use signatories::interop::InteropFormat;

const HELP: &str = "export: write a registry's organizations as Popolo JSON or CSV

usage: export [OPTIONS]

  --registry FILE   a registry or statements file (repeatable; default: the bundled seed)
  --format F        popolo (a Popolo document: other_names with lang, a note for the kind,
                    identifiers, the provenance) or csv (columns id, countries, acronym:LANG,
                    name:LANG[:KIND], identifier:SCHEME)
  --statement ID    only the organizations that signed this statement, in its order
  -h, --help        this text

The output reads back with the import example into the same organizations and names.

examples:
  export --format csv --statement icor-2023-02-07-peru-solidarity
  export --registry registry.toml --format popolo > organizations.json";

fn main() -> ExitCode {
    args::exit_status(run().map(|()| ExitCode::SUCCESS))
}

fn run() -> Result<(), String> {
    let mut files = Vec::new();
    let mut format = None;
    let mut statement = None;
    let mut args = Args::from_env("export", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--registry") => files.push(args.value()),
            Arg::Flag("--format") => {
                let f: InteropFormat = args.parsed();
                if f == InteropFormat::Wikidata {
                    args.fail("export writes popolo or csv (wikidata is read, not written)");
                }
                format = Some(f);
            }
            Arg::Flag("--statement") => statement = Some(args.value()),
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(a) => args.fail(format_args!("unexpected argument {a}")),
        }
    }
    let Some(format) = format else {
        args.fail("--format is required");
    };
    let registry = if files.is_empty() {
        signatories::seed::registry()
    } else {
        Registry::load_files(&files)
    }
    .map_err(|e| e.to_string())?;
    let text = registry
        .export(format, statement.as_deref())
        .map_err(|e| e.to_string())?;
    use std::io::Write as _;
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| e.to_string())
}
