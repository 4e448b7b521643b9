//! Compares the published editions of one statement with each other and with the registry:
//! organizations missing from an edition, out of order, misnumbered, in another section,
//! misspelled, and as-of dates that disagree; as text, JSON or an HTML report with the editions
//! side by side; with the registry's statement, each edition's corrected list.
//!
//! ```text
//! cargo run --example audit -- [--registry FILE]… [--statement ID] [--json | --html] [--repair] [--lang TAG=FILE | FILE | -]…
//! ```

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::{Arg, Args};

use std::collections::HashMap;

use signatories::audit::{Audit, Edition, Finding, audit};
use signatories::ingest::{ParseOptions, parse};
use signatories::render::{RenderOptions, Renderer};
use signatories::text::quoted;
use signatories::{Registry, Statement};

const HELP: &str = "audit: compare the published editions of a statement, entry by entry

usage: audit [OPTIONS] EDITION…

  EDITION           a published list (text or HTML), as copied from a web page;
                    - reads one from standard input
  --lang TAG=FILE   an edition whose language is not evident from its heading
  --registry FILE   the registry the entries are matched against (repeatable: a registry
                    file and a statement file); default: the bundled seed
  --statement ID    compare with this statement of the registry (membership, order,
                    sections, as-of date); without it, the first edition is the reference
  --json            print { \"editions\": […], \"findings\": [{ \"kind\", \"org\", \"edition\",
                    \"line\", \"text\", \"expected\", \"editions\" }] }
  --html            print an HTML report: the editions side by side, one row per
                    organization, the findings highlighted, then the list of findings
  --repair          with --statement: after the findings, print each edition that has
                    findings as it should read (the statement rendered in the edition's
                    language), to paste back
  -h, --help        this text

Findings: missing, extra, order, number, section, spelling, heading, unmatched.
Without --statement, organizations the registry does not hold are aligned across editions
by what they print, and named ~ and the first edition's text (~PADS).

examples:
  audit --statement icor-2023-02-07-peru-solidarity en.txt --lang de=de.txt fr.html
  audit --json en.txt de.txt
  audit --html en.txt de.txt > report.html
  audit --statement icor-2023-02-07-peru-solidarity --repair en.txt de.txt

Exit status: 0 when the editions agree, 1 when there are findings, 2 on usage or file errors.";

/// What the command line asks for.
#[derive(Default)]
struct Options {
    registry_files: Vec<String>,
    statement: Option<String>,
    json: bool,
    html: bool,
    repair: bool,
    /// The editions: an optional language tag and a file (`-`: standard input).
    inputs: Vec<(Option<String>, String)>,
}

/// The options (help, or a bad argument, ends the program).
fn parse_args() -> Options {
    let mut o = Options::default();
    let mut args = Args::from_env("audit", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--registry") => o.registry_files.push(args.value()),
            Arg::Flag("--statement") => o.statement = Some(args.value()),
            Arg::Flag("--lang") => match args.value().split_once('=') {
                Some((t, f)) => o.inputs.push((Some(t.to_owned()), f.to_owned())),
                None => args.fail("--lang needs TAG=FILE"),
            },
            Arg::Flag("--json") => o.json = true,
            Arg::Flag("--html") => o.html = true,
            Arg::Flag("--repair") => o.repair = true,
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(file) => o.inputs.push((None, file)),
        }
    }
    if o.inputs.is_empty() {
        args.fail("give the editions to compare");
    }
    if o.inputs.iter().filter(|(_, f)| f == "-").count() > 1 {
        args.fail("standard input (-) can be read once");
    }
    if o.json && o.html {
        args.fail("--json and --html: choose one");
    }
    if o.repair && o.statement.is_none() {
        args.fail("--repair needs --statement (the list the editions should print)");
    }
    o
}

/// Each edition read (a regular file or standard input, bounded: devices, FIFOs and folders
/// are refused) and parsed, matched against the registry.
fn read_editions(
    inputs: Vec<(Option<String>, String)>,
    registry: &Registry,
) -> Result<Vec<Edition>, ExitCode> {
    let mut editions = Vec::new();
    for (tag, file) in inputs {
        let text = signatories::read_input_string(&file, signatories::DEFAULT_MAX_INPUT_BYTES)
            .map_err(|e| {
                eprintln!("error: {e}");
                ExitCode::from(2)
            })?;
        // One rule for a locale in every tool: an unknown language is an error with the
        // closest known tags.
        let lang: Option<signatories::Language> =
            match tag.map(|t| t.parse::<signatories::Locale>()) {
                Some(Ok(l)) => {
                    l.check_known().map_err(|e| {
                        eprintln!("error: {e}");
                        ExitCode::from(2)
                    })?;
                    Some(l.into())
                }
                Some(Err(_)) => args::fail("audit", "--lang needs a language tag before the ="),
                None => None,
            };
        let mut options = ParseOptions::default();
        options.lang = lang.as_ref();
        options.registry = Some(registry);
        editions.push(Edition::new(file, parse(&text, &options)));
    }
    Ok(editions)
}

/// The findings as text, grouped by organization, the editions in the order given.
fn print_text(result: &Audit) {
    for e in &result.editions {
        println!("{}: {} entries ({})", e.file, e.entries, e.language);
    }
    // Organizations in the order of their first finding, found through a map.
    let mut orgs: Vec<Option<&str>> = Vec::new();
    let mut by_org: HashMap<Option<&str>, Vec<&Finding>> = HashMap::new();
    for f in &result.findings {
        let v = by_org.entry(f.org.as_deref()).or_default();
        if v.is_empty() {
            orgs.push(f.org.as_deref());
        }
        v.push(f);
    }
    for org in orgs {
        println!("{}:", org.unwrap_or("(no organization)"));
        for f in by_org.get(&org).into_iter().flatten() {
            let at = f.line.map_or(String::new(), |l| format!(":{l}"));
            let mut line = format!("  {} in {}{at}", f.kind, f.edition);
            if let Some(t) = &f.text {
                line.push_str(&format!(": {}", quoted(t)));
            }
            if let Some(x) = &f.expected {
                line.push_str(&format!(" (expected {x})"));
            }
            if !f.editions.is_empty() {
                line.push_str(&format!(" [listed by {}]", f.editions.join(", ")));
            }
            println!("{line}");
        }
    }
    if result.findings.is_empty() {
        println!("the editions agree");
    }
}

/// Each edition with findings, as the renderer prints the statement in its language.
fn print_repairs(
    registry: &Registry,
    s: &Statement,
    editions: &[Edition],
    result: &Audit,
) -> Result<(), ExitCode> {
    for e in editions
        .iter()
        .filter(|e| result.findings.iter().any(|f| f.edition == e.file))
    {
        let rendered = Renderer::try_new(&e.list.language)
            .and_then(|r| r.render(registry, s, &RenderOptions::default()));
        match rendered {
            Ok(text) => println!(
                "\n== {} ({}), as it should read:\n{text}",
                e.file, e.list.language
            ),
            Err(err) => {
                eprintln!("error: {}: {err}", e.file);
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(code) | Err(code) => code,
    }
}

fn run() -> Result<ExitCode, ExitCode> {
    let o = parse_args();
    let registry = if o.registry_files.is_empty() {
        signatories::seed::registry()
    } else {
        Registry::load_files(&o.registry_files)
    }
    .map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })?;
    let statement = match &o.statement {
        Some(id) => Some(registry.statement(id).ok_or_else(|| {
            eprintln!("error: no statement {id:?} in the registry");
            ExitCode::from(2)
        })?),
        None => None,
    };
    let editions = read_editions(o.inputs, &registry)?;
    let result = audit(&registry, statement, &editions);
    if o.html {
        let title = match statement {
            Some(s) => format!("Audit of {} editions of {}", editions.len(), s.id),
            None => format!("Audit of {} editions", editions.len()),
        };
        print!("{}", result.to_html(&title));
    } else if o.json {
        let json = serde_json::to_string_pretty(&result).map_err(|e| {
            eprintln!("error: {e}");
            ExitCode::from(2)
        })?;
        println!("{json}");
    } else {
        print_text(&result);
    }
    if o.repair
        && let Some(s) = statement
    {
        print_repairs(&registry, s, &editions, &result)?;
    }
    Ok(if result.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
