//! Finds organizations by acronym or any name, blind to case and accents, in any script.
//!
//! ```text
//! cargo run --example lookup -- [--registry FILE]… [--locale TAG] [--json] [--all] QUERY…
//! cargo run --example lookup -- mlpd бкп "pml del peru" "cpsa (ml)"
//! ```
//!
//! Without `--registry` it uses the bundled seed registry. With `--locale`, queries compare as
//! that language does at primary strength (Swedish keeps `å` apart from `a`); without it, as
//! CLDR's root order does. `--registry` may be given more than
//! once (a registry file and a statement file). Every query that finds nothing is reported on
//! standard error and the exit status is 1; a file that does not load exits with status 2.

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::{Arg, Args};

use signatories::collate::{Collation, CollationOptions, Strength};
use signatories::text::quoted;
use signatories::{Organization, Place, Registry};

const HELP: &str =
    "lookup: find organizations of a registry by id, acronym or any name, in any script

usage: lookup [OPTIONS] QUERY…

  QUERY             an id, acronym or name, or some of its words; blind to case and accents as
                    CLDR root collation is at primary strength (бкп finds БКП, cote finds Côte);
                    when nothing is equal, similar names are shown with a score (typos, a Latin
                    spelling of a Greek or Cyrillic name)
  --registry FILE   a registry file (.toml or .json; repeatable) instead of the bundled seed
  --locale TAG      compare as that language does (tr keeps ü apart from u, sv å apart from a)
  --json            print the organizations found as JSON
  --all             print every organization
  -h, --help        this text

examples:
  lookup mlpd \"pml del peru\" бкп
  lookup --locale tr \"türkiye komünist partisi\"
  lookup --registry registry.toml --json kke

A query that finds nothing exits with status 1.";

/// What the command line asks.
#[derive(Default)]
struct Options {
    files: Vec<String>,
    json: bool,
    all: bool,
    queries: Vec<String>,
    locale: Option<String>,
}

/// The command line (help, or a bad argument, ends the program).
fn parse_args() -> Options {
    let mut o = Options::default();
    let mut args = Args::from_env("lookup", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--registry") => o.files.push(args.value()),
            Arg::Flag("--json") => o.json = true,
            Arg::Flag("--locale") => o.locale = Some(args.value()),
            Arg::Flag("--all") => o.all = true,
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(q) => o.queries.push(q),
        }
    }
    if o.queries.is_empty() && !o.all {
        args.fail("give a query or --all");
    }
    o
}

fn main() -> ExitCode {
    let Options {
        files,
        json,
        all,
        queries,
        locale,
    } = parse_args();
    let registry = if files.is_empty() {
        signatories::seed::registry()
    } else {
        Registry::load_files(&files)
    };
    let registry = match registry {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };

    for w in registry.warnings() {
        eprintln!("warning: {w}");
    }
    let mut found: Vec<&Organization> = Vec::new();
    let mut missing = 0;
    if all {
        found.extend(registry.organizations());
    }
    let collation = match &locale {
        Some(tag) => {
            let primary = CollationOptions::default().with_strength(Strength::Primary);
            match Collation::try_new(tag, primary) {
                Ok(c) => Some(c),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        None => None,
    };
    for q in &queries {
        let hits = match &collation {
            Some(c) => registry.find_with(c, q),
            None => registry.find(q),
        };
        if hits.is_empty() {
            // Nothing equal: what the query resembles (typos, a Latin spelling of another
            // script), with scores. With --locale the language's own comparison decides alone.
            let similar = if collation.is_none() {
                registry.search(q, 5)
            } else {
                Vec::new()
            };
            if similar.is_empty() {
                eprintln!("no organization matches {}", quoted(q));
                missing += 1;
                continue;
            }
            if !json {
                println!("{} (similar):", quoted(q));
            }
            for s in similar {
                if !json {
                    println!(
                        "  {} [similar to {}, {:.0}%]",
                        describe(&registry, s.organization),
                        quoted(s.matched),
                        s.score * 100.0
                    );
                }
                if !found.iter().any(|o| o.id == s.organization.id) {
                    found.push(s.organization);
                }
            }
            continue;
        }
        if !json {
            println!("{}:", quoted(q));
        }
        for hit in hits {
            if !json {
                println!(
                    "  {} [{:?}]",
                    describe(&registry, hit.organization),
                    hit.how
                );
            }
            if !found.iter().any(|o| o.id == hit.organization.id) {
                found.push(hit.organization);
            }
        }
    }
    if all && !json {
        for o in registry.organizations() {
            println!("{}", describe(&registry, o));
        }
    }
    if json {
        match serde_json::to_string_pretty(&found) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    // The registry's memory goes back to the system with the process: exiting here skips
    // freeing millions of texts one by one (a tenth of a large registry's load time).
    let _ = std::io::Write::flush(&mut std::io::stdout());
    std::process::exit(i32::from(missing > 0))
}

/// One line: id, acronyms, names with their tags, countries, statements signed.
fn describe(registry: &Registry, o: &Organization) -> String {
    let acronyms: Vec<&str> = o.acronyms.iter().map(|a| a.text.as_str()).collect();
    let names: Vec<String> = o
        .names
        .iter()
        .map(|n| format!("{} ({}, {})", n.text, n.lang, n.kind.as_str()))
        .collect();
    // Countries by code; areas by their English name (or any name) from the registry.
    let countries: Vec<String> = o
        .countries
        .iter()
        .map(|p| match p {
            Place::Country(code) => code.to_string(),
            Place::Area(id) => registry
                .area(id)
                .map(|a| {
                    a.printed_name(&signatories::LanguageChain::default())
                        .to_owned()
                })
                .unwrap_or_else(|| id.clone()),
        })
        .collect();
    let signed: Vec<&str> = registry
        .statements_signed_by(&o.id)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let mut line = format!(
        "{}: {} — {} — {}",
        o.id,
        acronyms.join(", "),
        names.join("; "),
        countries.join(" / ")
    );
    if !signed.is_empty() {
        line.push_str(&format!(" — signed {}", signed.join(", ")));
    }
    line
}
