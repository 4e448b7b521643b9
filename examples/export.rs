//! Writes a registry's organizations as Popolo JSON or CSV, all of them or one statement's
//! signatories.
//!
//! ```text
//! cargo run --example export -- [--registry FILE]… --format popolo|csv [--statement ID]
//! ```

use std::process::ExitCode;

use signatories::Registry;
use signatories::interop::InteropFormat;

const USAGE: &str = "usage: export [--registry FILE]… --format popolo|csv [--statement ID]\n(export --help explains each option)";

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
    #[cfg(unix)]
    // SAFETY: sets the default action of SIGPIPE before any thread is started or output written.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut files = Vec::new();
    let mut format = None;
    let mut statement = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{a} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            "--registry" => files.push(value()?),
            "--format" => {
                let f: InteropFormat = value()?
                    .parse()
                    .map_err(|e: signatories::Error| e.to_string())?;
                if f == InteropFormat::Wikidata {
                    return Err(
                        "export writes popolo or csv (wikidata is read, not written)".to_owned(),
                    );
                }
                format = Some(f);
            }
            "--statement" => statement = Some(value()?),
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    let format = format.ok_or_else(|| format!("--format is required\n{USAGE}"))?;
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
