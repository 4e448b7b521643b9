//! Reads a published signatory list (plain text copied from a web page, or an HTML fragment),
//! matches its entries to a registry, and reports or applies the result.
//!
//! ```text
//! cargo run --example ingest -- [--lang TAG] [--registry FILE] [--json] [--apply]
//!     [--statement-id ID] FILE|-
//! cargo run --example ingest -- --json tests/fixtures/icor-2023-02-07-peru-solidarity.txt
//! ```
//!
//! Without `--registry` entries are matched against the bundled seed registry. `--lang` names
//! the edition's language (guessed from the heading when absent). `--json` prints the document
//! other tools read: `language`, `heading`, `entries` (with `lines`, `number`, `section`,
//! `acronym`, `name`, `transliteration`, `translation`, `country`, `country_code`, `note`,
//! `match`), `skipped`. `--apply` adds the new organizations and the statement to the
//! `--registry` file (saved atomically).

use std::process::ExitCode;

use serde::Serialize;
use signatories::Registry;
use signatories::ingest::{ParseOptions, ParsedEntry, Skipped, parse};
use signatories::reconcile::{EntryMatch, MatchStatus, apply, reconcile};

const USAGE: &str = "usage: ingest [--lang TAG] [--registry FILE] [--json] [--apply] [--statement-id ID] FILE|-\n(ingest --help explains each option)";

const HELP: &str =
    "ingest: read a published signatory list (plain text or HTML) back into registry data

usage: ingest [OPTIONS] FILE|-

  FILE, -           the list (a file, or standard input)
  --lang TAG        the edition's language (default: guessed from the heading)
  --registry FILE   the registry to match entries against (default: the bundled seed)
  --json            print the parsed list as JSON (heading, entries with their fields and
                    matches, skipped lines with reasons)
  --apply           add the new organizations and a statement of the list to --registry FILE
                    and save it (only what changed is rewritten; a file changed by someone else
                    since it was loaded is not overwritten)
  --statement-id ID the id of that statement (default: ingested-DATE)
  -h, --help        this text

examples:
  ingest --json tests/fixtures/icor-2023-02-07-peru-solidarity.txt
  ingest --lang de --registry registry.toml --apply list.txt";

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
    warnings: &'a [String],
}

fn run() -> Result<(), String> {
    let mut lang: Option<String> = None;
    let mut registry_file: Option<String> = None;
    let mut json = false;
    let mut do_apply = false;
    let mut statement_id: Option<String> = None;
    let mut file: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--lang" => lang = Some(value("--lang")?),
            "--registry" => registry_file = Some(value("--registry")?),
            "--json" => json = true,
            "--apply" => do_apply = true,
            "--statement-id" => statement_id = Some(value("--statement-id")?),
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("more than one FILE\n{USAGE}")),
        }
    }
    let file = file.ok_or_else(|| format!("give a FILE or -\n{USAGE}"))?;
    if do_apply && registry_file.is_none() {
        return Err("--apply needs --registry FILE (the file the result is saved to)".to_owned());
    }
    // A regular file or standard input, bounded; devices, FIFOs and folders are refused.
    let bytes = signatories::read_input(&file, signatories::DEFAULT_MAX_INPUT_BYTES)
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{file}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    // One rule for a locale in every tool: an unknown language is an error with the closest
    // known tags.
    let lang = match lang {
        Some(l) => {
            let locale = l
                .parse::<signatories::Locale>()
                .map_err(|_| format!("invalid language tag {l:?}"))?;
            locale.check_known().map_err(|e| e.to_string())?;
            Some(signatories::LanguageIdentifier::from(locale))
        }
        None => None,
    };
    let mut registry = match &registry_file {
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
    let list = parse(&text, &options);
    let matches = reconcile(&registry, &list);
    // Spoofing (UTS #39): look-alikes of registered acronyms and names, mixed scripts.
    let mut warnings: Vec<String> = list.warnings.iter().map(ToString::to_string).collect();
    for e in &list.entries {
        let line = e.lines.first().copied().unwrap_or(0);
        for (what, t) in [("acronym", &e.acronym), ("name", &e.name)] {
            let Some(t) = t else { continue };
            if let Some(scripts) = signatories::text::mixed_scripts(t) {
                warnings.push(format!(
                    "line {line}: {what} {t:?} mixes scripts ({})",
                    scripts.join(", ")
                ));
            }
            for (org, other) in registry.look_alikes(t) {
                warnings.push(format!(
                    "line {line}: {what} {t:?} looks like {other:?} of organization {:?}",
                    org.id
                ));
            }
        }
    }
    for w in &warnings {
        eprintln!("warning: {w}");
    }

    if json {
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
                .zip(&matches)
                .map(|(entry, m)| JsonEntry {
                    entry,
                    matched: Some(m),
                })
                .collect(),
            skipped: &list.skipped,
            warnings: &warnings,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?
        );
    } else {
        report(&list, &matches);
    }

    if do_apply {
        let id = statement_id.unwrap_or_else(|| {
            let date = list
                .heading
                .as_ref()
                .and_then(|h| h.as_of)
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            format!("ingested-{date}")
        });
        let before = registry.organizations().len();
        let source = if file == "-" {
            "<stdin>"
        } else {
            file.as_str()
        };
        apply(&mut registry, &list, &matches, &id, source).map_err(|e| e.to_string())?;
        if let Some(f) = &registry_file {
            registry.save(f).map_err(|e| e.to_string())?;
            eprintln!(
                "applied: {} new organizations and statement {id:?} saved to {f}",
                registry.organizations().len() - before
            );
        }
    }
    Ok(())
}

fn report(list: &signatories::ingest::ParsedList, matches: &[EntryMatch]) {
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
        };
        let number = e.number.map_or_else(|| "-".to_owned(), |n| n.to_string());
        println!(
            "{:>3} line {:?} [{}] acronym {:?} name {:?}{}{}{} → {status}",
            number,
            e.lines,
            e.section.as_str(),
            e.acronym.as_deref().unwrap_or(""),
            e.name.as_deref().unwrap_or(""),
            e.transliteration
                .as_deref()
                .map(|t| format!(" transliteration {t:?}"))
                .unwrap_or_default(),
            e.translation
                .as_deref()
                .map(|t| format!(" translation {t:?}"))
                .unwrap_or_default(),
            e.country
                .as_deref()
                .map(|c| format!(
                    " country {c:?} ({})",
                    e.country_code.as_deref().unwrap_or("—")
                ))
                .unwrap_or_default(),
        );
        for d in &r.differences {
            println!("      differs: {d}");
        }
    }
    let skipped_text = list.skipped.iter().filter(|s| !s.text.is_empty()).count();
    println!(
        "{} entries: {m} matched, {n} new, {a} ambiguous; {} lines skipped ({} blank)",
        list.entries.len(),
        list.skipped.len(),
        list.skipped.len() - skipped_text
    );
}
