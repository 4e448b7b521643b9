//! Sorts lines the way a language sorts them (CLDR collation through ICU4X).
//!
//! ```text
//! cargo run --release --example sort -- --locale TAG [--strength primary|secondary|tertiary]
//!     [--ignore-punctuation] [--numeric] [--case-first upper|lower] [FILE]
//! printf 'Zürich\nÅre\nZebra\n' | cargo run --example sort -- --locale sv
//! ```
//!
//! Reads FILE (or standard input) and writes the same lines sorted; lines that compare equal
//! keep their input order. Nothing is lost or altered: the output is a permutation of the input
//! lines (bytes that are not UTF-8 are compared as U+FFFD and written back as they were; a last
//! line without a newline gets one). The locale tag accepts `-u-co-` variants
//! (`de-u-co-phonebk`, `es-u-co-trad`).

use std::io::{Read, Write};
use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::{Arg, Args};

use signatories::collate::SortKeys;
use signatories::collate::{Collation, CollationOptions, Numeric, Punctuation};

const HELP: &str = "sort: sort lines the way a language sorts them (CLDR collation)

usage: sort --locale TAG [OPTIONS] [FILE]

  --locale TAG           the language (required); -u-co- variants too: de-u-co-phonebk,
                         es-u-co-trad
  --strength S           primary (letters only), secondary (accents), tertiary (case; default)
  --ignore-punctuation   spaces and punctuation do not count
  --numeric              digits sort by their numeric value (2 before 10)
  --case-first C         upper or lower first
  FILE                   the lines (default: standard input)
  -h, --help             this text

examples:
  printf 'Zürich\\nÅre\\nZebra\\n' | sort --locale sv
  sort --locale de-u-co-phonebk names.txt

The output is a permutation of the input lines: nothing is lost or altered.";

fn main() -> ExitCode {
    args::exit_status(run().map(|()| ExitCode::SUCCESS))
}

fn run() -> Result<(), String> {
    let mut locale: Option<String> = None;
    let mut options = CollationOptions::default();
    let mut file: Option<String> = None;
    let mut args = Args::from_env("sort", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--locale") => locale = Some(args.value()),
            // The option values parse with the crate's own spellings (FromStr).
            Arg::Flag("--strength") => options = options.with_strength(args.parsed()),
            Arg::Flag("--ignore-punctuation") => {
                options = options.with_punctuation(Punctuation::Ignored)
            }
            Arg::Flag("--numeric") => options = options.with_numeric(Numeric::On),
            Arg::Flag("--case-first") => options = options.with_case_first(args.parsed()),
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(f) if file.is_none() => file = Some(f),
            Arg::Operand(_) => args.fail("more than one FILE"),
        }
    }
    let Some(locale) = locale else {
        args.fail("--locale is required");
    };
    let collation = Collation::try_new(&locale, options).map_err(|e| e.to_string())?;

    let mut input = Vec::new();
    match &file {
        Some(f) if f != "-" => {
            input = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?;
        }
        _ => {
            std::io::stdin()
                .read_to_end(&mut input)
                .map_err(|e| format!("standard input: {e}"))?;
        }
    }
    let mut lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    if input.last() == Some(&b'\n') || input.is_empty() {
        lines.pop(); // the empty piece after the final newline
    }
    let keys = SortKeys::new_utf8(&collation, &lines);
    let mut out = Vec::with_capacity(input.len() + 1);
    for i in keys.order() {
        if let Some(line) = lines.get(i) {
            out.extend_from_slice(line);
            out.push(b'\n');
        }
    }
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(&out)
        .and_then(|()| lock.flush())
        .map_err(|e| format!("standard output: {e}"))
}
