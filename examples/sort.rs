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

use signatories::collate::SortKeys;
use signatories::collate::{
    CaseFirst, Collation, CollationOptions, Numeric, Punctuation, Strength,
};

const USAGE: &str = "usage: sort --locale TAG [--strength primary|secondary|tertiary] \
[--ignore-punctuation] [--numeric] [--case-first upper|lower] [FILE]\n(sort --help explains each option)";

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
    // A closed pipe (`| head -1`) ends the program quietly, as it ends other command-line
    // tools, instead of a panic on the next write.
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
    let mut locale: Option<String> = None;
    let mut options = CollationOptions::default();
    let mut file: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--locale" => locale = Some(value("--locale")?),
            // The option values parse with the crate's own spellings (FromStr).
            "--strength" => {
                options = options.with_strength(
                    value("--strength")?
                        .parse::<Strength>()
                        .map_err(|e| format!("{e}\n{USAGE}"))?,
                )
            }
            "--ignore-punctuation" => options = options.with_punctuation(Punctuation::Ignored),
            "--numeric" => options = options.with_numeric(Numeric::On),
            "--case-first" => {
                options = options.with_case_first(
                    value("--case-first")?
                        .parse::<CaseFirst>()
                        .map_err(|e| format!("{e}\n{USAGE}"))?,
                )
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("more than one FILE\n{USAGE}")),
        }
    }
    let locale = locale.ok_or_else(|| format!("--locale is required\n{USAGE}"))?;
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
