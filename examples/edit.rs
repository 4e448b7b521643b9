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

use signatories::{Entry, Error, ProblemKind, Registry, SectionKind};

const USAGE: &str = "usage: edit --registry FILE --statements FILE COMMAND ARG…\n(edit --help explains each command)";

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

Saving changes only what changed: in a TOML file, comments, order and layout of everything
else stay. A file that someone changed since it was read is not overwritten.

examples:
  edit --registry registry.toml --statements statement.toml add icor-2023-02-07-peru-solidarity mlpd
  edit --registry registry.toml --statements statement.toml move icor-2023-02-07-peru-solidarity mlpd initial 1
  edit --registry registry.toml --statements registry.toml rename mlpd mlpd-de

Exit status: 0 saved, 1 the change is not valid (nothing saved), 2 usage or file errors.";

fn main() -> ExitCode {
    #[cfg(unix)]
    // SAFETY: sets the default action of SIGPIPE before any thread is started or output written.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let mut registry_file: Option<String> = None;
    let mut statements_file: Option<String> = None;
    let mut words: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--registry" => match args.next() {
                Some(f) => registry_file = Some(f),
                None => return usage("--registry needs a file"),
            },
            "--statements" => match args.next() {
                Some(f) => statements_file = Some(f),
                None => return usage("--statements needs a file"),
            },
            "-h" | "--help" => {
                println!("{HELP}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage(&format!("unknown option {s}")),
            _ => words.push(a),
        }
    }
    let (Some(registry_file), Some(statements_file)) = (registry_file, statements_file) else {
        return usage("--registry and --statements are required (the files are edited in place)");
    };
    let files: Vec<&str> = if registry_file == statements_file {
        vec![registry_file.as_str()]
    } else {
        vec![registry_file.as_str(), statements_file.as_str()]
    };
    let mut registry = match Registry::load_files(&files) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let done = match words.as_slice() {
        ["add", statement, org] => add(&mut registry, statement, org, SectionKind::Subsequent),
        ["add", statement, org, section] => match section.parse() {
            Ok(kind) => add(&mut registry, statement, org, kind),
            Err(e) => return usage(&e.to_string()),
        },
        ["remove", statement, org] => registry
            .remove_entry(statement, org)
            .map(|_| format!("removed {org} from {statement}")),
        ["move", statement, org, section, position] => {
            let kind: SectionKind = match section.parse() {
                Ok(k) => k,
                Err(e) => return usage(&e.to_string()),
            };
            let position = match position.parse::<usize>() {
                Ok(p) if p >= 1 => p - 1,
                _ => return usage(&format!("a position is 1 or more, not {position:?}")),
            };
            move_entry(&mut registry, statement, org, kind, position)
        }
        ["rename", old, new] => registry
            .rename_organization(old, new)
            .map(|()| format!("renamed {old} to {new}")),
        [] => return usage("give a command"),
        [command, ..] => {
            return usage(&format!(
                "unknown command or wrong number of arguments: {command}"
            ));
        }
    };
    let message = match done {
        Ok(m) => m,
        Err(e) => {
            explain(&registry, &e);
            return ExitCode::from(1);
        }
    };
    let saved = if registry_file == statements_file {
        registry.save(&registry_file)
    } else {
        registry
            .save_organizations(&registry_file)
            .and_then(|()| registry.save_statements(&statements_file))
    };
    match saved {
        Ok(()) => {
            eprintln!("{message}; saved");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
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
    registry
        .move_entry(statement, org, section, position)
        .map(|()| format!("moved {org} to {kind} position {}", position + 1))
}

/// Prints why a change was refused, with what a user can do about each problem.
fn explain(registry: &Registry, e: &Error) {
    eprintln!("not changed: {e}");
    for p in e.problems() {
        match p.kind {
            ProblemKind::UnknownOrganization => {
                let similar: Vec<String> = registry
                    .search(&p.value, 3)
                    .into_iter()
                    .map(|s| format!("{} ({:?})", s.organization.id, s.matched))
                    .collect();
                if similar.is_empty() {
                    eprintln!(
                        "  {:?} is not in the registry: add the organization first",
                        p.value
                    );
                } else {
                    eprintln!("  did you mean: {}", similar.join(", "));
                }
            }
            ProblemKind::DuplicateEntry => {
                eprintln!("  {:?} already signed this statement", p.value);
            }
            _ => {}
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
    ExitCode::from(2)
}
