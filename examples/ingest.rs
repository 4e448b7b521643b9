//! Reads a published signatory list (plain text copied from a web page, or an HTML fragment),
//! matches its entries to a registry, and reports or applies the result.
//!
//! ```text
//! cargo run --example ingest -- [--lang TAG] [--registry FILE] [--json | --html]
//!     [--apply [--accept-doubts]] [--statement-id ID] FILE|-
//! cargo run --example ingest -- --json tests/fixtures/icor-2023-02-07-peru-solidarity.txt
//! ```
//!
//! Without `--registry` entries are matched against the bundled seed registry. `--lang` names
//! the edition's language (guessed from the heading when absent). `--json` prints the document
//! other tools read: `language`, `heading`, `entries` (with `lines`, `number`, `section`,
//! `acronym`, `name`, `transliteration`, `translation`, `country`, `country_code`, `note`,
//! `pattern`, `confidence`, `match`, and `spellings` where a part was printed otherwise than
//! known: `{ "part": "country", "printed": "Phillipines", "known": "Philippines" }`),
//! `skipped`, `doubts`. `--html` prints a review page (each
//! line beside its reading, doubts marked). `--apply` adds the new organizations and the statement to the
//! `--registry` file (saved atomically); a reading with doubts is applied only with
//! `--accept-doubts`, and never one without entries or with an entry that reads as a sentence.

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::Arg;

use serde::Serialize;
use signatories::ingest::{
    Doubt, ParseOptions, ParsedEntry, ParsedList, Skipped, parse, review_html,
};
use signatories::reconcile::{EntryMatch, MatchStatus, apply, reconcile};
use signatories::render::Renderer;
use signatories::text::quoted;
use signatories::{Language, Registry};

const HELP: &str =
    "ingest: read a published signatory list (plain text or HTML) back into registry data

usage: ingest [OPTIONS] FILE|-

  FILE, -           the list (a file, or standard input)
  --lang TAG        the edition's language (default: guessed from the heading)
  --registry FILE   the registry to match entries against (default: the bundled seed)
  --json            print the parsed list as JSON (heading, entries with their fields,
                    pattern, confidence and matches, skipped lines with reasons, doubts)
  --html            print a review page: each line beside its reading, doubts marked
  --apply           add the new organizations and a statement of the list to --registry FILE
                    and save it (only what changed is rewritten; a file changed by someone else
                    since it was loaded is not overwritten); refused when the reading has
                    doubts, an entry that reads as a sentence, or no entries
  --accept-doubts   with --apply: apply a reading that has doubts
  --statement-id ID the id of that statement (default: ingested-DATE)
  -h, --help        this text

examples:
  ingest --json tests/fixtures/icor-2023-02-07-peru-solidarity.txt
  ingest --html tests/fixtures/ingest/fr-list.html > review.html
  ingest --lang de --registry registry.toml --apply list.txt";

fn main() -> ExitCode {
    args::exit_status(run().map(|()| ExitCode::SUCCESS))
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    #[serde(flatten)]
    entry: &'a ParsedEntry,
    #[serde(rename = "match")]
    matched: Option<&'a EntryMatch>,
}

#[derive(Serialize)]
struct JsonHeading<'a> {
    text: &'a str,
    as_of: Option<String>,
    more_possible: bool,
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    language: String,
    heading: Option<JsonHeading<'a>>,
    entries: Vec<JsonEntry<'a>>,
    skipped: &'a [Skipped],
    doubts: &'a [Doubt],
    warnings: &'a [String],
}

/// What the command line asks.
#[derive(Default)]
struct Args {
    lang: Option<String>,
    registry_file: Option<String>,
    json: bool,
    html: bool,
    apply: bool,
    accept_doubts: bool,
    statement_id: Option<String>,
    file: String,
}

/// The command line (help, or a bad argument, ends the program).
fn parse_args() -> Args {
    let mut out = Args::default();
    let mut file: Option<String> = None;
    let mut args = args::Args::from_env("ingest", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--lang") => out.lang = Some(args.value()),
            Arg::Flag("--registry") => out.registry_file = Some(args.value()),
            Arg::Flag("--json") => out.json = true,
            Arg::Flag("--html") => out.html = true,
            Arg::Flag("--apply") => out.apply = true,
            Arg::Flag("--accept-doubts") => out.accept_doubts = true,
            Arg::Flag("--statement-id") => out.statement_id = Some(args.value()),
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(f) if file.is_none() => file = Some(f),
            Arg::Operand(_) => args.fail("more than one FILE"),
        }
    }
    let Some(file) = file else {
        args.fail("give a FILE or -");
    };
    out.file = file;
    if out.apply && out.registry_file.is_none() {
        args.fail("--apply needs --registry FILE (the file the result is saved to)");
    }
    if out.json && out.html {
        args.fail("--json and --html: choose one");
    }
    if out.accept_doubts && !out.apply {
        args.fail("--accept-doubts goes with --apply");
    }
    out
}

/// The list's text: a regular file or standard input, bounded (devices, FIFOs and folders are
/// refused), in UTF-8.
fn read_text(file: &str) -> Result<String, String> {
    let bytes = signatories::read_input(file, signatories::DEFAULT_MAX_INPUT_BYTES)
        .map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{file}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// One rule for a locale in every tool: an unknown language is an error with the closest
/// known tags.
fn edition_language(lang: Option<&str>) -> Result<Option<Language>, String> {
    let Some(l) = lang else { return Ok(None) };
    let locale = l
        .parse::<signatories::Locale>()
        .map_err(|_| format!("invalid language tag {l:?}"))?;
    locale.check_known().map_err(|e| e.to_string())?;
    Ok(Some(Language::from(locale)))
}

fn run() -> Result<(), String> {
    let args = parse_args();
    let text = read_text(&args.file)?;
    let lang = edition_language(args.lang.as_deref())?;
    let mut registry = match &args.registry_file {
        Some(f) => Registry::load(f),
        None => signatories::seed::registry(),
    }
    .map_err(|e| e.to_string())?;
    for w in registry.warnings() {
        eprintln!("warning: {w}");
    }
    let mut options = ParseOptions::default();
    options.lang = lang.as_ref();
    options.registry = Some(&registry);
    let mut list = parse(&text, &options);
    let matches = reconcile(&registry, &list);
    let warnings = spoofing_warnings(&registry, &list);
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    if list.entries.is_empty() {
        eprintln!(
            "{}: no signatory list found (no line or sentence reads as a list of organizations)",
            args.file
        );
    }
    if args.json {
        print_json(&list, &matches, &warnings)?;
    } else if args.html {
        print!("{}", review_html(&text, &list));
    } else {
        report(&list, &matches)?;
    }
    if args.apply {
        if args.accept_doubts {
            list.doubts.clear();
        }
        apply_list(&args, &mut registry, &list, &matches)?;
    }
    Ok(())
}

/// Spoofing (UTS #39): look-alikes of registered acronyms and names, mixed scripts; and what
/// the reader removed from the input.
fn spoofing_warnings(registry: &Registry, list: &ParsedList) -> Vec<String> {
    let mut warnings: Vec<String> = list.warnings.iter().map(ToString::to_string).collect();
    for e in &list.entries {
        let line = e.lines.first().copied().unwrap_or(0);
        for (what, t) in [("acronym", &e.acronym), ("name", &e.name)] {
            let Some(t) = t else { continue };
            if let Some(scripts) = signatories::text::mixed_scripts(t) {
                warnings.push(format!(
                    "line {line}: {what} {} mixes scripts ({})",
                    quoted(t),
                    scripts.join(", ")
                ));
            }
            for (org, other) in registry.look_alikes(t) {
                warnings.push(format!(
                    "line {line}: {what} {} looks like {} of organization {}",
                    quoted(t),
                    quoted(other),
                    quoted(&org.id)
                ));
            }
        }
    }
    warnings
}

fn print_json(
    list: &ParsedList,
    matches: &[EntryMatch],
    warnings: &[String],
) -> Result<(), String> {
    let doc = JsonDoc {
        language: list.language.to_string(),
        heading: list.heading.as_ref().map(|h| JsonHeading {
            text: &h.text,
            as_of: h.as_of.map(|d| d.to_string()),
            more_possible: h.more_possible,
        }),
        entries: list
            .entries
            .iter()
            .zip(matches)
            .map(|(entry, m)| JsonEntry {
                entry,
                matched: Some(m),
            })
            .collect(),
        skipped: &list.skipped,
        doubts: &list.doubts,
        warnings,
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// Adds the list to the registry file; refused (nothing saved) with the reading's problems.
fn apply_list(
    args: &Args,
    registry: &mut Registry,
    list: &ParsedList,
    matches: &[EntryMatch],
) -> Result<(), String> {
    let id = args.statement_id.clone().unwrap_or_else(|| {
        let date = list
            .heading
            .as_ref()
            .and_then(|h| h.as_of)
            .map_or_else(|| "undated".to_owned(), |d| d.to_string());
        format!("ingested-{date}")
    });
    let before = registry.organizations().len();
    let source = if args.file == "-" {
        "<stdin>"
    } else {
        args.file.as_str()
    };
    apply(registry, list, matches, &id, source).map_err(|e| e.to_string())?;
    if let Some(f) = &args.registry_file {
        for warning in registry.save(f).map_err(|e| e.to_string())? {
            eprintln!("warning: {warning}");
        }
        eprintln!(
            "applied: {} new organizations and statement {id:?} saved to {f}",
            registry.organizations().len() - before
        );
    }
    Ok(())
}

fn report(list: &ParsedList, matches: &[EntryMatch]) -> Result<(), String> {
    println!(
        "language: {}{}",
        list.language,
        if list.language_guessed {
            " (guessed)"
        } else {
            ""
        }
    );
    if let Some(h) = &list.heading {
        println!(
            "heading (line {}): {}\n  as of: {}; more signatories possible: {}",
            h.line,
            h.text,
            h.as_of.map_or_else(|| "—".to_owned(), |d| d.to_string()),
            if h.more_possible { "yes" } else { "no" }
        );
    }
    let (mut m, mut n, mut a) = (0, 0, 0);
    for (e, r) in list.entries.iter().zip(matches) {
        let status = match r.status {
            MatchStatus::Matched => {
                m += 1;
                format!("matched {}", r.id.as_deref().unwrap_or(""))
            }
            MatchStatus::New => {
                n += 1;
                "new".to_owned()
            }
            MatchStatus::Ambiguous => {
                a += 1;
                let c: Vec<String> = r
                    .candidates
                    .iter()
                    .map(|c| format!("{} {:.2}", c.id, c.score))
                    .collect();
                format!("ambiguous: {}", c.join(", "))
            }
            // A status a later version adds.
            other => format!("{other:?}").to_lowercase(),
        };
        let number = e.number.map_or_else(|| "-".to_owned(), |n| n.to_string());
        println!(
            "{:>3} line {:?} [{}] acronym {} name {}{}{}{} → {status}",
            number,
            e.lines,
            e.section.as_str(),
            quoted(e.acronym.as_deref().unwrap_or("")),
            quoted(e.name.as_deref().unwrap_or("")),
            e.transliteration
                .as_deref()
                .map(|t| format!(" transliteration {}", quoted(t)))
                .unwrap_or_default(),
            e.translation
                .as_deref()
                .map(|t| format!(" translation {}", quoted(t)))
                .unwrap_or_default(),
            e.country
                .as_deref()
                .map(|c| format!(
                    " country {} ({})",
                    quoted(c),
                    e.country_code.as_deref().unwrap_or("—")
                ))
                .unwrap_or_default(),
        );
        for d in &r.differences {
            println!("      differs: {d}");
        }
    }
    for d in &list.doubts {
        println!(
            "doubt, line {}: {} ({:?})",
            d.line,
            quoted(&d.text),
            d.reason
        );
    }
    let english = Renderer::try_new("en").map_err(|e| e.to_string())?;
    println!("{}", summary(&english, list, [m, n, a]));
    Ok(())
}

/// The last line of the report: `12 entries: 10 matched, 1 new, 1 ambiguous; 3 lines skipped
/// (2 blank); 1 doubt`.
fn summary(english: &Renderer, list: &ParsedList, [m, n, a]: [usize; 3]) -> String {
    // English plurals by CLDR's rules, as the crate chooses plural messages.
    let count = |k: usize, one: &str, other: &str| {
        let word = match english.plural_category(k) {
            "one" => one,
            _ => other,
        };
        format!("{k} {word}")
    };
    let skipped_text = list.skipped.iter().filter(|s| !s.text.is_empty()).count();
    format!(
        "{}: {m} matched, {n} new, {a} ambiguous; {} skipped ({} blank); {}",
        count(list.entries.len(), "entry", "entries"),
        count(list.skipped.len(), "line", "lines"),
        list.skipped.len() - skipped_text,
        count(list.doubts.len(), "doubt", "doubts"),
    )
}
