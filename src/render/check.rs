//! The locale checker behind [`Catalog::check`] and [`Catalog::add_ftl`]: every locale's
//! messages against the reference locale's (English). Each problem is located at
//! `file:line:column`:
//!
//! - the file does not parse (the FTL parser's errors);
//! - a message the reference does not have (obsolete or misspelled), or one it has that neither
//!   the locale nor its parents define (missing: the edition would fall back to English);
//! - a variable the reference does not use (misspelled), or one of the reference's that the
//!   message drops;
//! - a plural selector that leaves a CLDR plural category of the locale (ICU4X) without a
//!   variant: every count from 0 to 1,100 and millions must land on an exact variant (`[1]`),
//!   its category's variant, or the default only when its category is `other`;
//! - punctuation CLDR provides written by hand: two values joined by the locale's list pattern
//!   (`{ $a } and { $b }`, where CLDR's list formatting knows the language's rules).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_plurals::PluralRules;
use unic_langid::LanguageIdentifier;

use super::catalog::{Catalog, REFERENCE, Resource};
use crate::error::{LineIndex, Location, Problem, ProblemKind};

/// A message's variables, each with where it first occurs in the source.
type Variables<'s> = BTreeMap<&'s str, &'s str>;

/// What a message is made of, for checking.
struct MessageInfo<'s> {
    /// The message id, a slice of the source.
    id: &'s str,
    variables: Variables<'s>,
    /// (variable, its variants' keys) of every select expression.
    selects: Vec<(&'s str, Vec<ast::VariantKey<&'s str>>)>,
    /// Literal text between two variable references (twice: as text, and as the slice of the
    /// source it is).
    joins: Vec<(&'s str, &'s str)>,
}

fn walk_pattern<'s>(p: &ast::Pattern<&'s str>, info: &mut MessageInfo<'s>) {
    let mut previous_variable = false;
    let mut pending_text: Option<&'s str> = None;
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                pending_text = previous_variable.then_some(*value);
                previous_variable = false;
            }
            ast::PatternElement::Placeable { expression } => {
                let is_variable = matches!(
                    expression,
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { .. })
                );
                if is_variable && let Some(text) = pending_text.take() {
                    info.joins.push((text, text));
                }
                walk_expression(expression, info);
                previous_variable = is_variable;
                pending_text = None;
            }
        }
    }
}

fn walk_expression<'s>(e: &ast::Expression<&'s str>, info: &mut MessageInfo<'s>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            if let ast::InlineExpression::VariableReference { id } = selector {
                info.selects
                    .push((id.name, variants.iter().map(|v| v.key.clone()).collect()));
            }
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, info),
    }
}

fn walk_inline<'s>(i: &ast::InlineExpression<&'s str>, info: &mut MessageInfo<'s>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.entry(id.name).or_insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        _ => {}
    }
}

/// The messages of a parsed resource.
fn messages<'s>(resource: &ast::Resource<&'s str>) -> Vec<MessageInfo<'s>> {
    let mut out = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut info = MessageInfo {
                id: m.id.name,
                variables: BTreeMap::new(),
                selects: Vec::new(),
                joins: Vec::new(),
            };
            if let Some(v) = &m.value {
                walk_pattern(v, &mut info);
            }
            out.push(info);
        }
    }
    out
}

/// The byte offset of `slice` in `source` (a slice of it, as the parser's AST holds).
fn offset(source: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .checked_sub(source.as_ptr() as usize)
        .filter(|&o| o <= source.len())
        .unwrap_or(0)
}

/// The reference locale's messages: id → its variables, and the variables it selects on by
/// plural rules (those with number or category keys).
pub(crate) struct Reference {
    variables: BTreeMap<String, BTreeSet<String>>,
    plural_variables: BTreeSet<String>,
}

pub(crate) fn reference(catalog: &Catalog) -> Reference {
    let en: LanguageIdentifier = REFERENCE.parse().unwrap_or_default();
    let own: Vec<&Resource> = catalog.resources_of(&en).collect();
    let bundled: Vec<&Resource>;
    let resources = if own.is_empty() {
        bundled = Catalog::bundled_ref().resources_of(&en).collect();
        &bundled
    } else {
        &own
    };
    let mut r = Reference {
        variables: BTreeMap::new(),
        plural_variables: BTreeSet::new(),
    };
    for res in resources {
        let parsed = match fluent_syntax::parser::parse(res.source.as_ref()) {
            Ok(p) => p,
            Err((p, _)) => p,
        };
        for m in messages(&parsed) {
            r.variables
                .entry(m.id.to_owned())
                .or_insert_with(|| m.variables.keys().map(|v| (*v).to_owned()).collect());
            for (var, keys) in &m.selects {
                let plural = keys.iter().any(|k| match k {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => {
                        matches!(*name, "zero" | "one" | "two" | "few" | "many")
                    }
                });
                if plural {
                    r.plural_variables.insert((*var).to_owned());
                }
            }
        }
    }
    r
}

/// The text CLDR's "and" list pattern puts between two items in `locale` (" and ", " und ").
fn list_middle(locale: &LanguageIdentifier) -> Option<String> {
    let icu = icu_locale::Locale::try_from_str(&locale.to_string()).ok()?;
    let list = ListFormatter::try_new_and(
        (&icu).into(),
        ListFormatterOptions::default().with_length(ListLength::Wide),
    )
    .ok()?;
    let s = list
        .format(["\u{E000}", "\u{E001}"].into_iter())
        .to_string();
    let a = s.find('\u{E000}')? + '\u{E000}'.len_utf8();
    let b = s.find('\u{E001}')?;
    s.get(a..b).map(str::to_owned)
}

fn problem(
    kind: ProblemKind,
    res: &Resource,
    lines: &LineIndex<'_>,
    at: usize,
    message: String,
    value: &str,
) -> Problem {
    let (line, column) = lines.position(at);
    Problem {
        kind,
        location: Location {
            file: res.name.clone(),
            line,
            column,
            field: None,
        },
        message,
        value: value.to_owned(),
    }
}

/// Checks one resource against the catalog's reference: syntax, unknown messages, variables,
/// plural coverage, hand-written list punctuation. (Missing messages are a matter of the whole
/// locale: [`check_catalog`].)
pub(crate) fn check_resource(reference: &Reference, res: &Resource) -> Vec<Problem> {
    let source = res.source.as_ref();
    let lines = LineIndex::new(source);
    let mut out = Vec::new();
    let parsed = match fluent_syntax::parser::parse(source) {
        Ok(p) => p,
        Err((p, errors)) => {
            for e in errors {
                let value = source
                    .get(e.pos.clone())
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| {
                        source
                            .get(e.pos.start..)
                            .unwrap_or("")
                            .lines()
                            .next()
                            .unwrap_or("")
                    });
                out.push(problem(
                    ProblemKind::Syntax,
                    res,
                    &lines,
                    e.pos.start,
                    format!("FTL syntax error: {}", e.kind),
                    value,
                ));
            }
            p
        }
    };
    let plurals = icu_locale::Locale::try_from_str(&res.locale.to_string())
        .ok()
        .and_then(|l| PluralRules::try_new_cardinal((&l).into()).ok());
    let middle = list_middle(&res.locale);
    let is_reference = res.locale == REFERENCE;
    for m in messages(&parsed) {
        let at = offset(source, m.id);
        let Some(expected) = reference.variables.get(m.id) else {
            if !is_reference {
                out.push(problem(
                    ProblemKind::UnknownMessage,
                    res,
                    &lines,
                    at,
                    format!("message the reference locale ({REFERENCE}) does not have (obsolete or misspelled)"),
                    m.id,
                ));
            }
            continue;
        };
        for (var, slice) in &m.variables {
            if !expected.contains(*var) {
                out.push(problem(
                    ProblemKind::MessageVariable,
                    res,
                    &lines,
                    offset(source, slice),
                    format!(
                        "variable not used by the reference locale ({REFERENCE}) in {}",
                        m.id
                    ),
                    var,
                ));
            }
        }
        for var in expected {
            // A count the reference selects plural forms on may go unused in a language
            // without plural forms (its digits are in the `-text` variable).
            if !m.variables.contains_key(var.as_str()) && !reference.plural_variables.contains(var)
            {
                out.push(problem(
                    ProblemKind::MessageVariable,
                    res,
                    &lines,
                    at,
                    format!(
                        "{} drops a variable of the reference locale ({REFERENCE})",
                        m.id
                    ),
                    var,
                ));
            }
        }
        if let Some(rules) = &plurals {
            for (var, keys) in &m.selects {
                if !reference.plural_variables.contains(*var) {
                    continue;
                }
                let numbers = (0..=1100usize).chain([1_000_000, 2_000_000, 3_000_000]);
                let mut missing: BTreeSet<&'static str> = BTreeSet::new();
                for n in numbers {
                    let category = super::messages::category_name(rules.category_for(n));
                    let covered = keys.iter().any(|k| match k {
                        ast::VariantKey::NumberLiteral { value } => {
                            value.parse::<usize>().ok() == Some(n)
                        }
                        ast::VariantKey::Identifier { name } => *name == category,
                    });
                    if !covered && category != "other" {
                        missing.insert(category);
                    }
                }
                for category in missing {
                    out.push(problem(
                        ProblemKind::PluralCategory,
                        res,
                        &lines,
                        offset(source, var),
                        format!(
                            "{}: ${var} has no variant for the CLDR plural category of {}",
                            m.id, res.locale
                        ),
                        category,
                    ));
                }
            }
        }
        if let Some(middle) = &middle {
            for (text, slice) in &m.joins {
                if *text == middle.as_str() {
                    out.push(problem(
                        ProblemKind::Punctuation,
                        res,
                        &lines,
                        offset(source, slice),
                        format!(
                            "{} joins two values with {}'s list pattern by hand (let CLDR's list formatting join them)",
                            m.id, res.locale
                        ),
                        text,
                    ));
                }
            }
        }
    }
    out
}

/// Checks every locale of a catalog: each resource ([`check_resource`]), and each locale's
/// missing messages (defined neither by it nor by its parents, so that the edition would print
/// English sentences).
pub(crate) fn check_catalog(catalog: &Catalog) -> Vec<Problem> {
    let reference = reference(catalog);
    let mut out = Vec::new();
    for res in catalog.resources() {
        out.extend(check_resource(&reference, res));
    }
    for locale in catalog.locales() {
        if locale.language.as_str() == REFERENCE {
            continue;
        }
        let chain: Vec<LanguageIdentifier> = catalog
            .chain(&locale)
            .into_iter()
            .filter(|l| l.language.as_str() != REFERENCE)
            .collect();
        let mut defined: BTreeSet<String> = BTreeSet::new();
        for l in &chain {
            for res in catalog.resources_of(l) {
                let parsed = match fluent_syntax::parser::parse(res.source.as_ref()) {
                    Ok(p) => p,
                    Err((p, _)) => p,
                };
                defined.extend(messages(&parsed).iter().map(|m| m.id.to_owned()));
            }
        }
        let first = catalog.resources_of(&locale).last();
        for id in reference.variables.keys() {
            if !defined.contains(id)
                && let Some(res) = first
            {
                out.push(Problem {
                    kind: ProblemKind::MissingMessage,
                    location: Location {
                        file: res.name.clone(),
                        line: 1,
                        column: 1,
                        field: None,
                    },
                    message: format!(
                        "message missing in {locale} (and its parents): the edition prints it in English"
                    ),
                    value: id.clone(),
                });
            }
        }
    }
    out
}
