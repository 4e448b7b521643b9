//! Renders a statement's signatory list in one or more language editions.
//!
//! ```text
//! cargo run --example render -- [--locale L]… [--all] [--format text|markdown|html|json]
//!     [--style full|short|name-first] [--numbering numbered|bulleted|plain] [--summary]
//!     [--registry FILE] [--statement FILE] [--id STATEMENT_ID]
//!     [--order publication|alphabetical|protocol|region:LANG|un:ORG_ID]
//!     [--gloss LANG,…] [--coverage] [--messages DIR] [--check-messages [DIR]]
//! cargo run --example render -- --locale en-GB
//! ```
//!
//! `--order` reorders each section (publication order is the default and is never changed
//! otherwise): `alphabetical` by what the edition's lines print first, collated in its locale;
//! `protocol` by each country's own-language name (the same in every edition); `region:LANG`
//! by continent (Africa, Asia, Oceania, Europe, Americas), then the country name in LANG, then
//! acronym; `un:ORG_ID` alphabetical by English country name from that organization on.
//!
//! With no files it renders the bundled seed statement (the ICOR resolution of 7 February
//! 2023); with no `--locale`, English. `--all` renders every available edition. Warnings (a
//! locale that falls back to English) go to standard error. A file that does not load exits
//! with status 2 and the message with its file, line and column.

use std::process::ExitCode;

#[path = "common/args.rs"]
mod args;
use args::{Arg, Args};

use signatories::Registry;
use signatories::collate::ListOrder;
use signatories::render::{Catalog, Gloss, OutputFormat, RenderOptions, Renderer, Style};

const HELP: &str = "render: print a statement's signatory list in one or more language editions

usage: render [OPTIONS]

  --locale L        an edition's locale (BCP 47). Its dates, country names, lists, digits and
                    direction always come from CLDR; its sentences from the bundled messages
                    (render --check-messages lists them) or, without them, in English with a
                    warning. Repeatable. Default: en
  --all             every edition with its own messages
  --format F        text (default), markdown, html or json. HTML is one whole document
                    (its character set declared) with a section per edition; several JSON
                    editions make one array
  --style S         full (default: acronym, name, translation, country), short (acronym and
                    country) or name-first
  --numbering N     numbered (default), bulleted or plain
  --summary         end with a sentence counting organizations and countries
  --registry FILE   a registry file (.toml or .json) instead of the bundled seed registry
  --statement FILE  a statement file; with no --registry, the bundled organizations are used
  --id ID           which statement of the files to print (default: the statement file's last,
                    else the registry's first)
  --order O         publication (default), alphabetical (by what each line prints first:
                    the acronym, or the name in the edition's language with --style
                    name-first), protocol (by each country's own name), region:LANG
                    (continent, then country name in LANG), un:ORG_ID (UN style, starting from
                    that organization)
  --gloss LANGS     where the registry has no name in the edition's language, gloss in the
                    first of these languages it has one in (e.g. --gloss en). Default: no
                    gloss, so that no edition glosses in a foreign language
  --coverage        print, per edition, the organizations and areas without a name in its
                    language (the names to translate) instead of the list; exit status 1 if any
  --messages DIR    add the messages of DIR/<tag>/*.ftl: a new language, or single messages
                    of a bundled one replaced; checked like the bundled ones
  --check-messages [DIR]
                    check the bundled messages (and DIR's) against English: message ids,
                    variables, CLDR plural categories, punctuation; print a verdict per locale
                    and its review status (the file's '# Review:' line: who, when, against
                    what); exit status 1 if any problem
  -h, --help        this text

examples:
  render --locale en-GB                      the seed list exactly as published
  render --all --format html > editions.html
  render --registry registry.toml --statement statement.toml --locale de --order alphabetical
  render --all --coverage                    which names each edition still lacks
  render --locale sw --messages my-messages  an edition from your own Swahili messages

Warnings go to standard error; a file that does not load exits with status 2 and names the
file, line and column.";

fn main() -> ExitCode {
    args::exit_status(run().map(|ok| {
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }))
}

/// What the command line asks.
struct Options {
    locales: Vec<String>,
    options: RenderOptions,
    registry_file: Option<String>,
    statement_file: Option<String>,
    id: Option<String>,
    order: String,
    gloss: Gloss,
    coverage: bool,
    /// The folders of `--messages` and `--check-messages`, in their order.
    message_dirs: Vec<String>,
    check_messages: bool,
}

/// The command line (help, or a bad argument, ends the program). The option values parse
/// with the crate's own spellings (FromStr).
fn parse_args() -> Options {
    let mut o = Options {
        locales: Vec::new(),
        options: RenderOptions::default(),
        registry_file: None,
        statement_file: None,
        id: None,
        order: "publication".to_owned(),
        gloss: Gloss::EditionLanguage,
        coverage: false,
        message_dirs: Vec::new(),
        check_messages: false,
    };
    let mut args = Args::from_env("render", HELP);
    while let Some(a) = args.next() {
        match a {
            Arg::Flag("--locale") => o.locales.push(args.value()),
            Arg::Flag("--all") => o.locales.extend(
                Renderer::available_locales()
                    .iter()
                    .map(ToString::to_string),
            ),
            Arg::Flag("--format") => {
                let v = args.value();
                let v = if v == "md" { "markdown" } else { &v };
                let format = v.parse().unwrap_or_else(|e| args.fail(e));
                o.options = o.options.with_format(format);
            }
            Arg::Flag("--style") => o.options = o.options.with_style(args.parsed()),
            Arg::Flag("--numbering") => o.options = o.options.with_numbering(args.parsed()),
            Arg::Flag("--summary") => o.options = o.options.with_summary(true),
            Arg::Flag("--registry") => o.registry_file = Some(args.value()),
            Arg::Flag("--statement") => o.statement_file = Some(args.value()),
            Arg::Flag("--id") => o.id = Some(args.value()),
            Arg::Flag("--order") => o.order = args.value(),
            Arg::Flag("--gloss") => {
                let value = args.value();
                let languages = value.split(',').map(|tag| {
                    tag.trim()
                        .parse()
                        .unwrap_or_else(|_| args.fail(format_args!("invalid language tag {tag:?}")))
                });
                o.gloss = Gloss::Fallback(languages.collect());
            }
            Arg::Flag("--coverage") => o.coverage = true,
            Arg::Flag("--messages") => o.message_dirs.push(args.value()),
            Arg::Flag("--check-messages") => {
                o.check_messages = true;
                o.message_dirs.extend(args.optional_value());
            }
            Arg::Flag(_) => args.unknown(),
            Arg::Operand(other) => args.fail(format_args!("unexpected argument {other:?}")),
        }
    }
    o
}

/// Renders as the arguments say; `Ok(false)` when a coverage report found names missing.
fn run() -> Result<bool, String> {
    let Options {
        mut locales,
        options,
        registry_file,
        statement_file,
        id,
        order,
        gloss,
        coverage,
        message_dirs,
        check_messages,
    } = parse_args();
    let mut catalog = Catalog::bundled();
    for dir in &message_dirs {
        catalog.add_dir(dir).map_err(|e| e.to_string())?;
    }
    if check_messages {
        let problems = catalog.check();
        for p in &problems {
            println!("{p}");
        }
        for locale in catalog.locales() {
            let own = problems
                .iter()
                .filter(|p| p.location.file.contains(&format!("/{locale}/")))
                .count();
            println!(
                "{locale}: {}",
                if own == 0 {
                    "ok".to_owned()
                } else {
                    format!("{own} problem(s)")
                }
            );
            // Who reviewed the messages, when and against what (their `# Review:` line).
            println!(
                "  review: {}",
                catalog
                    .review(&locale)
                    .unwrap_or("not recorded (add a '# Review:' line)")
            );
        }
        return Ok(problems.is_empty());
    }
    if locales.is_empty() {
        locales.push("en".to_owned());
    }

    let registry = match (&registry_file, &statement_file) {
        (None, None) => signatories::seed::registry(),
        (Some(r), None) => Registry::load(r),
        (Some(r), Some(s)) => Registry::load_files(&[r, s]),
        (None, Some(s)) => {
            // The bundled organizations (not the bundled statement, which the file may be).
            let mut reg = Registry::new();
            reg.add_str(
                signatories::seed::REGISTRY_TOML,
                signatories::Format::Toml,
                "examples/data/registry.toml",
            )
            .map(|()| reg)
        }
        .and_then(|mut reg| {
            // Only the statement file's own statements are rendered below.
            let before = reg.statements().len();
            reg.add_files(&[s])?;
            if reg.statements().len() == before {
                return Err(signatories::Error::InvalidValue {
                    what: format!("{s}: no [[statement]] in the file"),
                    value: s.clone(),
                });
            }
            Ok(reg)
        }),
    }
    .map_err(|e| e.to_string())?;

    for w in registry.warnings() {
        eprintln!("warning: {w}");
    }
    let statement = match &id {
        Some(id) => registry
            .statement(id)
            .ok_or_else(|| format!("no statement with id {id:?}"))?,
        None if statement_file.is_some() => registry
            .statements()
            .last()
            .ok_or("no statement in the files")?,
        None => registry
            .statements()
            .first()
            .ok_or("no statement in the registry: give --statement FILE")?,
    };

    if coverage {
        let mut complete = true;
        for locale in &locales {
            let renderer = Renderer::try_new_with(locale, &catalog)
                .map_err(|e| e.to_string())?
                .with_gloss(gloss.clone());
            let out = renderer
                .render(&registry, statement, &options)
                .map_err(|e| e.to_string())?;
            let missing = out.untranslated();
            let areas = out.untranslated_areas();
            complete &= missing.is_empty() && areas.is_empty();
            println!(
                "{locale}: {} of {} organizations without a name in {}{}{}",
                missing.len(),
                statement.entries().count(),
                renderer.edition(),
                if missing.is_empty() { "" } else { ": " },
                missing.join(", ")
            );
            if !areas.is_empty() {
                println!(
                    "{locale}: {} area(s) without a name in {} (printed in a fallback language): {}",
                    areas.len(),
                    renderer.edition(),
                    areas.join(", ")
                );
            }
        }
        return Ok(complete);
    }

    let json = options.format == OutputFormat::Json;
    let html = options.format == OutputFormat::Html;
    let several = locales.len() > 1;
    if json && several {
        println!("[");
    }
    // HTML is one whole document (its character set declared), a section per edition.
    let mut html_editions: Vec<String> = Vec::new();
    for (i, locale) in locales.iter().enumerate() {
        let renderer = Renderer::try_new_with(locale, &catalog)
            .map_err(|e| e.to_string())?
            .with_gloss(gloss.clone());
        let ordering = ordering(&order, &renderer, options.style)?;
        let ordered = ordering
            .apply(&registry, statement)
            .map_err(|e| e.to_string())?;
        let out = renderer
            .render(&registry, &ordered, &options)
            .map_err(|e| e.to_string())?;
        for w in out.warnings() {
            eprintln!("warning: {w}");
        }
        if json && several {
            let sep = if i + 1 < locales.len() { "," } else { "" };
            println!("{}{sep}", out.trim_end());
        } else if html {
            html_editions.push(out.into_string());
        } else {
            if several {
                if i > 0 {
                    println!();
                }
                println!("==> {locale} <==");
            }
            print!("{out}");
        }
    }
    if json && several {
        println!("]");
    }
    if html {
        let editions: Vec<&str> = html_editions.iter().map(String::as_str).collect();
        print!(
            "{}",
            signatories::render::html_document(
                &format!("Signatories: {}", statement.id),
                &editions
            )
        );
    }
    Ok(true)
}

/// The ordering an `--order` value names, for an edition.
fn ordering(spec: &str, renderer: &Renderer, style: Style) -> Result<ListOrder, String> {
    Ok(match spec.split_once(':') {
        None if spec == "publication" => ListOrder::Publication,
        None if spec == "alphabetical" => {
            renderer.alphabetical(style).map_err(|e| e.to_string())?
        }
        None if spec == "protocol" => ListOrder::Protocol,
        Some(("region", lang)) => ListOrder::GroupedByRegion {
            regions: ["002", "142", "009", "150", "019"]
                .map(String::from)
                .to_vec(),
            lang: lang
                .parse()
                .map_err(|_| format!("invalid language tag {lang:?}"))?,
        },
        Some(("un", start)) => ListOrder::UnStyle {
            start: start.to_owned(),
        },
        _ => return Err(format!("unknown order {spec:?}")),
    })
}
