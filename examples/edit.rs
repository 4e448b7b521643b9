//! Edits a registry and its statements where they are kept, the way a secretariat's day goes: a
//! late signatory is added, an entry moves or goes, an organization gets a new id. Files are
//! saved in place, changing only what changed (comments and layout of TOML files stay).
//!
//! ```text
//! cargo run --example edit -- --registry REGISTRY --statements STATEMENTS COMMAND ARG…
//! cargo run --example edit -- --registry registry.toml --statements statement.toml \
//!     add icor-2023-02-07-peru-solidarity mlpd
//! ```
//!
//! A change that does not validate changes nothing and exits with status 1, printing each
//! problem; an organization id that is not in the registry is answered with the organizations
//! it resembles.

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::Arg;

use signatories::text::quoted;
use signatories::{Entry, Error, NameKind, Organization, ProblemKind, Registry, SectionKind};

const HELP: &str = "edit: change a registry's statements and organizations, saving the files in place

usage: edit --registry FILE --statements FILE COMMAND ARG…

  --registry FILE     the registry file (.toml or .json) with the organizations
  --statements FILE   the file with the statements (may be the registry file itself)
  -h, --help          this text

commands:
  add STATEMENT ORG [initial|subsequent]
                      add a signatory at the end of a section (subsequent by default: a
                      late signatory)
  remove STATEMENT ORG
                      take a signatory off the list
  move STATEMENT ORG SECTION POSITION
                      move a signatory to a section (initial or subsequent) at a position
                      (1 is the first)
  rename OLD-ID NEW-ID
                      give an organization a new id, in the registry and every statement
  new-org ID PLACE LANG NAME [ACRONYM]
                      add an organization to the registry: its id, its country (an ISO
                      3166-1 code such as DE) or an area id of the registry, the language
                      of its own name (a BCP 47 tag), that name, and its acronym if it has
                      one; then `add` puts it on a list

Saving changes only what changed: in a TOML file, comments, order and layout of everything
else stay, each comment with its line; a file in which nothing changed is not written. Both
files are saved as one change (both or neither), each record in the file it came from. A file
that someone changed since it was read is not overwritten; a layout that cannot be kept is
named in a warning.

examples:
  edit --registry registry.toml --statements statement.toml add icor-2023-02-07-peru-solidarity mlpd
  edit --registry registry.toml --statements statement.toml move icor-2023-02-07-peru-solidarity mlpd initial 1
  edit --registry registry.toml --statements registry.toml rename mlpd mlpd-de
  edit --registry registry.toml --statements statement.toml new-org nkp DE de \"Neue Kommunistische Partei\" NKP

Exit status: 0 saved, 1 the change is not valid (nothing saved), 2 usage or file errors.";

/// The command line: the two files and the command's words.
struct Args {
    registry: String,
    statements: String,
    words: Vec<String>,
}

/// The command line (help, or a bad argument, ends the program).
fn parse_args() -> Args {
    let (mut registry, mut statements, mut words) = (None, None, Vec::new());
    let mut args = args::Args::from_env("edit", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--registry") => registry = Some(args.value()),
            Arg::Flag("--statements") => statements = Some(args.value()),
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(word) => words.push(word),
        }
    }
    match (registry, statements) {
        (Some(registry), Some(statements)) => Args {
            registry,
            statements,
            words,
        },
        _ => args.fail("--registry and --statements are required (the files are edited in place)"),
    }
}

fn main() -> ExitCode {
    let args = parse_args();
    let mut files = vec![args.registry.as_str()];
    if args.statements != args.registry {
        files.push(args.statements.as_str());
    }
    let mut registry = match Registry::load_files(&files) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let words: Vec<&str> = args.words.iter().map(String::as_str).collect();
    let message = match run(&mut registry, &words) {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => {
            explain(&registry, &words, &e);
            return ExitCode::from(1);
        }
        Err(code) => return code,
    };
    // Both files as one change: both are replaced or neither, each record in its own file.
    let code = match registry.save_files(&files) {
        Ok(warnings) => {
            for w in &warnings {
                eprintln!("warning: {w}");
            }
            eprintln!("{message}; saved");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    };
    // The registry's memory goes back to the system with the process, without freeing it
    // piece by piece.
    std::mem::forget(registry);
    code
}

/// Runs the command: its message, or why the change was refused; a usage error as `Err`.
fn run(registry: &mut Registry, words: &[&str]) -> Result<Result<String, Error>, ExitCode> {
    Ok(match words {
        ["add", statement, org] => add(registry, statement, org, SectionKind::Subsequent),
        ["add", statement, org, section] => {
            let kind = section.parse().map_err(|e: Error| usage(&e.to_string()))?;
            add(registry, statement, org, kind)
        }
        ["remove", statement, org] => registry
            .remove_entry(statement, org)
            .map(|_| format!("removed {org} from {statement}")),
        ["move", statement, org, section, position] => {
            let kind: SectionKind = section.parse().map_err(|e: Error| usage(&e.to_string()))?;
            let position = match position.parse::<usize>() {
                Ok(p) if p >= 1 => p - 1,
                _ => return Err(usage(&format!("a position is 1 or more, not {position:?}"))),
            };
            move_entry(registry, statement, org, kind, position)
        }
        ["rename", old, new] => registry
            .rename_organization(old, new)
            .map(|()| format!("renamed {old} to {new}")),
        ["new-org", id, place, lang, name] => {
            new_organization(registry, id, place, lang, name, None)
        }
        ["new-org", id, place, lang, name, acronym] => {
            new_organization(registry, id, place, lang, name, Some(acronym))
        }
        [] => return Err(usage("give a command")),
        [command, ..] => {
            return Err(usage(&format!(
                "unknown command or wrong number of arguments: {command}"
            )));
        }
    })
}

fn add(
    registry: &mut Registry,
    statement: &str,
    org: &str,
    kind: SectionKind,
) -> Result<String, Error> {
    registry
        .add_entry(statement, kind, Entry::new(org))
        .map(|()| format!("added {org} to the {kind} signatories of {statement}"))
}

/// Adds an organization with its own name (and acronym) in one language: a mistyped tag, an
/// empty name or an id the registry has is refused with its reason, and nothing changes.
fn new_organization(
    registry: &mut Registry,
    id: &str,
    place: &str,
    lang: &str,
    name: &str,
    acronym: Option<&str>,
) -> Result<String, Error> {
    let mut org =
        Organization::new(id)
            .with_country(place)
            .with_name(name, lang, NameKind::Original)?;
    if let Some(acronym) = acronym {
        org = org.with_acronym(acronym, lang)?;
    }
    registry.insert_organization(org)?;
    Ok(format!(
        "added the organization {id} ({name}) to the registry"
    ))
}

fn move_entry(
    registry: &mut Registry,
    statement: &str,
    org: &str,
    kind: SectionKind,
    position: usize,
) -> Result<String, Error> {
    let section = registry
        .statement(statement)
        .and_then(|s| s.sections.iter().position(|sec| sec.kind == kind))
        .ok_or_else(|| Error::InvalidValue {
            what: format!("statement {statement:?} has no {kind} section"),
            value: org.to_owned(),
        })?;
    registry.move_entry(statement, org, section, position)?;
    // The place it took (a position past the end appends).
    let (at, len) = registry
        .statement(statement)
        .and_then(|s| s.sections.get(section))
        .and_then(|sec| {
            Some((
                sec.entries.iter().position(|e| e.org == org)?,
                sec.entries.len(),
            ))
        })
        .unwrap_or((position, position + 1));
    let last = if at + 1 == len && position > at {
        " (the last)"
    } else {
        ""
    };
    Ok(format!("moved {org} to {kind} position {}{last}", at + 1))
}

/// Prints why a change was refused, with what a user can do about each problem.
fn explain(registry: &Registry, words: &[&str], e: &Error) {
    eprintln!("not changed: {e}");
    for p in e.problems() {
        match p.kind {
            ProblemKind::UnknownOrganization => {
                let similar: Vec<String> = registry
                    .search(&p.value, 3)
                    .into_iter()
                    .map(|s| format!("{} ({})", s.organization.id, quoted(s.matched)))
                    .collect();
                if similar.is_empty() {
                    eprintln!(
                        "  {} is not in the registry: add the organization first",
                        quoted(&p.value)
                    );
                } else {
                    eprintln!("  did you mean: {}", similar.join(", "));
                }
            }
            ProblemKind::DuplicateEntry => {
                let place = words
                    .get(1)
                    .and_then(|id| registry.statement(id))
                    .and_then(|s| {
                        s.sections.iter().find_map(|sec| {
                            let at = sec.entries.iter().position(|e| e.org == p.value)?;
                            Some(format!(" ({} section, position {})", sec.kind, at + 1))
                        })
                    });
                eprintln!(
                    "  {} already signed this statement{}",
                    quoted(&p.value),
                    place.unwrap_or_default()
                );
            }
            _ => {}
        }
    }
}

/// A bad command line: ends the program with status 2.
fn usage(message: &str) -> ExitCode {
    args::fail("edit", message)
}
