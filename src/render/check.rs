//! The locale checker behind [`Catalog::check`](super::Catalog::check) and
//! [`Catalog::add_ftl`](super::Catalog::add_ftl): every locale's messages against the
//! reference locale's (English). Each problem is located at `file:line:column`:
//!
//! - limits, checked before the FTL parser runs (it recurses once per nested placeable, and a
//!   deep enough nesting overflows the stack, which aborts the process): the file's size,
//!   placeables (and call arguments) nested deeper than [`MAX_NESTING`], more than
//!   [`MAX_MESSAGES`] entries;
//! - hidden characters anywhere in the file (bidi controls, invisible, tag and control
//!   characters: [`crate::text::hidden_char`]), and markup in message text (an HTML tag, a
//!   Markdown link): messages are text, never markup;
//! - the file does not parse (the FTL parser's errors);
//! - a message the reference does not have (obsolete or misspelled: in any locale, English
//!   too), or one it has that neither the locale nor its parents define (missing: the edition
//!   would fall back to English);
//! - a reference to a message or term no resource of the locale (or its fallbacks) defines,
//!   a cycle of references, and a message whose expansion resolves more placeables than
//!   Fluent's resolver allows ([`MAX_PLACEABLES`]) or more text than [`MAX_EXPANSION`]
//!   characters (`x = {y}{y}`, thirty times over): what rendering would fail on;
//! - a variable the reference does not use (misspelled), or one of the reference's that the
//!   message drops;
//! - a plural selector that leaves a CLDR plural category of the locale (ICU4X) without a
//!   variant: every count from 0 to 1,100 and millions must land on an exact variant (`[1]`),
//!   its category's variant, or the default only when its category is `other`;
//! - punctuation CLDR provides written by hand: two values joined by the locale's list pattern
//!   (`{ $a } and { $b }`, where CLDR's list formatting knows the language's rules).
//!
//! Reports are bounded: the first [`MAX_PROBLEMS`] problems, then their count.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_plurals::{PluralCategory, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::error::{LineIndex, Location, Problem, ProblemKind};

/// The locale whose messages every other locale is checked against, and the last fallback.
///
/// ```
/// let catalog = signatories::render::Catalog::bundled();
/// assert!(catalog.locales().iter().any(|l| l.to_string() == signatories::render::REFERENCE));
/// ```
pub const REFERENCE: &str = "en";

/// The largest message file read: 256 KiB, about ninety times the largest bundled one (the
/// parsed form takes about ninety times its text in memory).
pub const MAX_FTL_BYTES: u64 = 256 << 10;
/// The deepest nesting of placeables and call arguments in a message file. The FTL parser
/// recurses once per level: in a debug build it overflows the 8 MiB main thread at about 900
/// levels and a 2 MiB thread at about 220 (measured with fluent-syntax 0.12); no message
/// needs more than a few.
pub const MAX_NESTING: usize = 32;
/// The most messages and terms in one file (the bundled files have about forty).
pub const MAX_MESSAGES: usize = 1_000;
/// The most placeables Fluent's resolver resolves for one message, references included
/// (fluent-bundle's `MAX_PLACEABLES`): beyond it formatting fails.
pub const MAX_PLACEABLES: u64 = 100;
/// The most characters of message text one message may expand to, references included.
pub const MAX_EXPANSION: u64 = 16 << 10;
/// The most problems a report lists; a last one counts the others.
pub const MAX_PROBLEMS: usize = 1_000;
/// The longest offending value a problem quotes, in characters.
const MAX_VALUE_CHARS: usize = 80;

/// One FTL resource of a catalog.
#[derive(Debug, Clone)]
pub(crate) struct Resource {
    pub(crate) locale: LanguageIdentifier,
    /// Where it came from, for locations: `locales/de/signatories.ftl`, a path, a label.
    pub(crate) name: String,
    pub(crate) source: Cow<'static, str>,
}

/// The keyword of a plural category, as Fluent variant keys spell it.
pub(crate) fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// A message (`false`) or a term (`true`) by its name.
type Key<'s> = (bool, &'s str);

/// A message's variables, each with where it first occurs in the source.
type Variables<'s> = BTreeMap<&'s str, &'s str>;

/// What a message is made of, for checking.
struct MessageInfo<'s> {
    /// The message (or term) id, a slice of the source.
    key: Key<'s>,
    id: &'s str,
    pattern: Option<&'s ast::Pattern<&'s str>>,
    variables: Variables<'s>,
    /// (variable, its variants' keys) of every select expression.
    selects: Vec<(&'s str, Vec<ast::VariantKey<&'s str>>)>,
    /// Literal text between two variable references (twice: as text, and as the slice of the
    /// source it is).
    joins: Vec<(&'s str, &'s str)>,
    /// The message's text: text elements and string literals.
    texts: Vec<&'s str>,
    /// The messages and terms it refers to, each with its place (a slice of the source).
    refs: Vec<(Key<'s>, &'s str)>,
    /// The functions it calls (none is available to messages: rendering formats the values).
    functions: Vec<&'s str>,
}

fn walk_pattern<'s>(p: &'s ast::Pattern<&'s str>, info: &mut MessageInfo<'s>) {
    let mut previous_variable = false;
    let mut pending_text: Option<&'s str> = None;
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                info.texts.push(value);
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

fn walk_expression<'s>(e: &'s ast::Expression<&'s str>, info: &mut MessageInfo<'s>) {
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

fn walk_inline<'s>(i: &'s ast::InlineExpression<&'s str>, info: &mut MessageInfo<'s>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.entry(id.name).or_insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        ast::InlineExpression::StringLiteral { value } => info.texts.push(value),
        ast::InlineExpression::MessageReference { id, .. } => {
            info.refs.push(((false, id.name), id.name));
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.refs.push(((true, id.name), id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, info));
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            info.functions.push(id.name);
            arguments
                .positional
                .iter()
                .for_each(|a| walk_inline(a, info));
        }
        ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The messages and terms of a parsed resource.
fn messages<'s>(resource: &'s ast::Resource<&'s str>) -> Vec<MessageInfo<'s>> {
    let mut out = Vec::new();
    for entry in &resource.body {
        let (key, id, pattern) = match entry {
            ast::Entry::Message(m) => ((false, m.id.name), m.id.name, m.value.as_ref()),
            ast::Entry::Term(t) => ((true, t.id.name), t.id.name, Some(&t.value)),
            _ => continue,
        };
        let mut info = MessageInfo {
            key,
            id,
            pattern,
            variables: BTreeMap::new(),
            selects: Vec::new(),
            joins: Vec::new(),
            texts: Vec::new(),
            refs: Vec::new(),
            functions: Vec::new(),
        };
        if let Some(v) = pattern {
            walk_pattern(v, &mut info);
        }
        out.push(info);
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

impl Reference {
    /// The message ids of the reference.
    pub(crate) fn ids(&self) -> impl Iterator<Item = &str> {
        self.variables.keys().map(String::as_str)
    }
}

/// The reference built from the reference locale's resources (the bundled English ones: the
/// messages rendering asks for).
pub(crate) fn reference<'r>(resources: impl IntoIterator<Item = &'r Resource>) -> Reference {
    let mut r = Reference {
        variables: BTreeMap::new(),
        plural_variables: BTreeSet::new(),
    };
    for res in resources {
        let parsed = parse(res.source.as_ref());
        for m in messages(&parsed).iter().filter(|m| !m.key.0) {
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

/// Parses FTL, errors and all (callers check the limits first: [`check_resource`]).
pub(crate) fn parse(source: &str) -> ast::Resource<&str> {
    match fluent_syntax::parser::parse(source) {
        Ok(p) => p,
        Err((p, _)) => p,
    }
}

/// The message and term ids a resource defines (one that passed [`check_resource`]).
pub(crate) fn defined_ids(res: &Resource) -> Vec<String> {
    let parsed = parse(res.source.as_ref());
    messages(&parsed)
        .iter()
        .filter(|m| !m.key.0)
        .map(|m| m.id.to_owned())
        .collect()
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

/// `s`, shortened to [`MAX_VALUE_CHARS`] characters with an ellipsis.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(MAX_VALUE_CHARS) {
        Some((at, _)) => format!("{}…", s.get(..at).unwrap_or_default()),
        None => s.to_owned(),
    }
}

/// A message's name, or a term's with its `-`.
fn name(key: Key<'_>) -> String {
    if key.0 {
        format!("-{}", key.1)
    } else {
        key.1.to_owned()
    }
}

/// The problems of one resource, each located in its source.
struct Report<'a> {
    res: &'a Resource,
    lines: LineIndex<'a>,
    out: Vec<Problem>,
}

impl<'a> Report<'a> {
    fn new(res: &'a Resource) -> Self {
        Report {
            res,
            lines: LineIndex::new(res.source.as_ref()),
            out: Vec::new(),
        }
    }

    fn source(&self) -> &'a str {
        self.res.source.as_ref()
    }

    /// A problem at byte offset `at`.
    fn at(&mut self, kind: ProblemKind, at: usize, message: String, value: &str) {
        let (line, column) = self.lines.position(at);
        self.out.push(Problem {
            kind,
            location: Location {
                file: self.res.name.clone(),
                line,
                column,
                field: None,
            },
            message,
            value: shorten(value),
        });
    }

    /// A problem at the name of a message or term (`slice`, a slice of the source): a term's
    /// at its `-`.
    fn at_name(&mut self, kind: ProblemKind, key: Key<'_>, slice: &str, message: String) {
        let at = offset(self.source(), slice).saturating_sub(usize::from(key.0));
        self.at(kind, at, message, &name(key));
    }

    /// A problem at `slice`, a slice of the source.
    fn at_slice(&mut self, kind: ProblemKind, slice: &str, message: String, value: &str) {
        let at = offset(self.source(), slice);
        self.at(kind, at, message, value);
    }
}

/// The first [`MAX_PROBLEMS`] problems, then one that counts the others.
pub(crate) fn bounded(mut problems: Vec<Problem>) -> Vec<Problem> {
    if problems.len() <= MAX_PROBLEMS {
        return problems;
    }
    let more = problems.len() - MAX_PROBLEMS;
    problems.truncate(MAX_PROBLEMS);
    let location = problems.last().map(|p| p.location.clone());
    problems.push(Problem {
        kind: ProblemKind::NotListed,
        location: location.unwrap_or(Location {
            file: String::new(),
            line: 1,
            column: 1,
            field: None,
        }),
        message: format!("{more} more problems not listed"),
        value: String::new(),
    });
    problems
}

/// Checks one resource: the limits and hidden characters first, then (when the limits hold)
/// syntax, markup, unknown messages, variables, plural coverage, hand-written list punctuation,
/// and references (unknown ones, cycles, expansion) resolved through `context`: the resources
/// that serve its locale, best first (`res` itself first or absent). Missing messages are a
/// matter of the whole locale: [`Catalog::check`](super::Catalog::check).
pub(crate) fn check_resource(
    reference: &Reference,
    res: &Resource,
    context: &[&Resource],
) -> Vec<Problem> {
    let mut rep = Report::new(res);
    if !prescan(&mut rep) {
        return bounded(rep.out);
    }
    let source = rep.source();
    let parsed = parse_reporting(&mut rep, source);
    let infos = messages(&parsed);
    let plurals = icu_locale::Locale::try_from_str(&res.locale.to_string())
        .ok()
        .and_then(|l| PluralRules::try_new_cardinal((&l).into()).ok());
    let middle = list_middle(&res.locale);
    for m in &infos {
        check_markup(&mut rep, m);
        for f in &m.functions {
            let message = format!(
                "{} calls a function, and messages have none (the renderer formats numbers, dates and lists)",
                name(m.key)
            );
            rep.at_slice(ProblemKind::UnknownMessage, f, message, f);
        }
        if m.key.0 {
            continue;
        }
        let Some(expected) = reference.variables.get(m.id) else {
            rep.at_slice(
                ProblemKind::UnknownMessage,
                m.id,
                format!("message the reference locale ({REFERENCE}) does not have (obsolete or misspelled)"),
                m.id,
            );
            continue;
        };
        check_variables(&mut rep, reference, m, expected);
        if let Some(rules) = &plurals {
            check_plurals(&mut rep, reference, m, rules);
        }
        if let Some(middle) = &middle {
            check_joins(&mut rep, m, middle);
        }
    }
    check_references(&mut rep, &infos, context);
    bounded(rep.out)
}

/// The parsed resource; its syntax errors reported.
fn parse_reporting<'s>(rep: &mut Report<'_>, source: &'s str) -> ast::Resource<&'s str> {
    match fluent_syntax::parser::parse(source) {
        Ok(p) => p,
        Err((p, errors)) => {
            for e in errors.iter().take(MAX_PROBLEMS + 1) {
                let value = source
                    .get(e.slice.clone().unwrap_or(e.pos.clone()))
                    .map_or("", |s| {
                        let s = s.trim();
                        s.lines().next().unwrap_or("")
                    });
                rep.at(
                    ProblemKind::Syntax,
                    e.pos.start,
                    format!("FTL syntax error: {}", e.kind),
                    value,
                );
            }
            p
        }
    }
}

/// The characters a message's text may not hold as such: they begin HTML (`<b`, `</`, `<!`,
/// `<?`) or a Markdown link (`](`, `<…:`).
fn markup(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    bytes.windows(2).position(|w| match w {
        [b'<', c] => c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?'),
        [b']', b'('] => true,
        _ => false,
    })
}

fn check_markup(rep: &mut Report<'_>, m: &MessageInfo<'_>) {
    for text in &m.texts {
        if let Some(i) = markup(text) {
            let at = offset(rep.source(), text) + i;
            rep.at(
                ProblemKind::Markup,
                at,
                format!(
                    "markup in the text of {} (messages are text, never HTML or Markdown)",
                    m.id
                ),
                text.get(i..).unwrap_or_default(),
            );
        }
    }
}

fn check_variables(
    rep: &mut Report<'_>,
    reference: &Reference,
    m: &MessageInfo<'_>,
    expected: &BTreeSet<String>,
) {
    for (var, slice) in &m.variables {
        if !expected.contains(*var) {
            rep.at_slice(
                ProblemKind::MessageVariable,
                slice,
                format!(
                    "variable not used by the reference locale ({REFERENCE}) in {}",
                    m.id
                ),
                var,
            );
        }
    }
    for var in expected {
        // A count the reference selects plural forms on may go unused in a language
        // without plural forms (its digits are in the `-text` variable).
        if !m.variables.contains_key(var.as_str()) && !reference.plural_variables.contains(var) {
            rep.at_slice(
                ProblemKind::MessageVariable,
                m.id,
                format!(
                    "{} drops a variable of the reference locale ({REFERENCE})",
                    m.id
                ),
                var,
            );
        }
    }
}

fn check_plurals(
    rep: &mut Report<'_>,
    reference: &Reference,
    m: &MessageInfo<'_>,
    rules: &PluralRules,
) {
    for (var, keys) in &m.selects {
        if !reference.plural_variables.contains(*var) {
            continue;
        }
        let numbers = (0..=1100usize).chain([1_000_000, 2_000_000, 3_000_000]);
        let mut missing: BTreeSet<&'static str> = BTreeSet::new();
        for n in numbers {
            let category = category_name(rules.category_for(n));
            let covered = keys.iter().any(|k| match k {
                ast::VariantKey::NumberLiteral { value } => value.parse::<usize>().ok() == Some(n),
                ast::VariantKey::Identifier { name } => *name == category,
            });
            if !covered && category != "other" {
                missing.insert(category);
            }
        }
        for category in missing {
            let message = format!(
                "{}: ${var} has no variant for the CLDR plural category of {}",
                m.id, rep.res.locale
            );
            rep.at_slice(ProblemKind::PluralCategory, var, message, category);
        }
    }
}

fn check_joins(rep: &mut Report<'_>, m: &MessageInfo<'_>, middle: &str) {
    for (text, slice) in &m.joins {
        if *text == middle {
            let message = format!(
                "{} joins two values with {}'s list pattern by hand (let CLDR's list formatting join them)",
                m.id, rep.res.locale
            );
            rep.at_slice(ProblemKind::Punctuation, slice, message, text);
        }
    }
}

/// What a scan of FTL text is inside of.
#[derive(Default)]
struct Scan {
    /// The open placeables (`{`) and call arguments (`(`).
    open: Vec<char>,
    in_string: bool,
    escaped: bool,
    in_comment: bool,
    line_start: bool,
    entries: usize,
}

impl Scan {
    /// Takes one character; an error message when a limit is passed.
    fn step(&mut self, c: char) -> Option<String> {
        let line_start = std::mem::replace(&mut self.line_start, c == '\n');
        if self.in_comment || self.in_string {
            self.in_comment &= c != '\n';
            if self.in_string {
                let escaped = std::mem::take(&mut self.escaped);
                self.escaped = !escaped && c == '\\';
                self.in_string = !(c == '\n' || (!escaped && c == '"'));
            }
            return None;
        }
        if line_start && self.open.is_empty() {
            if c == '#' {
                self.in_comment = true;
                return None;
            }
            if c.is_ascii_alphabetic() || c == '-' {
                self.entries += 1;
                if self.entries > MAX_MESSAGES {
                    return Some(format!("more than {MAX_MESSAGES} messages in one file"));
                }
            }
        }
        match c {
            '{' | '(' if c == '{' || !self.open.is_empty() => {
                self.open.push(c);
                if self.open.len() > MAX_NESTING {
                    return Some(format!(
                        "placeables nested deeper than {MAX_NESTING} levels"
                    ));
                }
            }
            '}' if self.open.last() == Some(&'{') => drop(self.open.pop()),
            ')' if self.open.last() == Some(&'(') => drop(self.open.pop()),
            '"' if !self.open.is_empty() => self.in_string = true,
            _ => {}
        }
        None
    }
}

/// The limits, checked before the parser runs: size, nesting, entries; and hidden characters
/// anywhere in the file. Whether the file may be parsed.
fn prescan(rep: &mut Report<'_>) -> bool {
    let source = rep.source();
    if source.len() as u64 > MAX_FTL_BYTES {
        rep.at(
            ProblemKind::FileTooLarge,
            0,
            format!("message file too large ({MAX_FTL_BYTES} bytes at most)"),
            &format!("{} bytes", source.len()),
        );
        return false;
    }
    let mut scan = Scan {
        line_start: true,
        ..Scan::default()
    };
    for (i, c) in source.char_indices() {
        if let Some(problem) = crate::text::hidden_char(c) {
            rep.at(
                ProblemKind::Text(problem),
                i,
                "hidden character in a message file (bidi control, invisible, tag or control character)"
                    .to_owned(),
                &c.to_string(),
            );
        }
        if let Some(message) = scan.step(c) {
            let kind = if scan.open.len() > MAX_NESTING {
                ProblemKind::Nesting
            } else {
                ProblemKind::TooMany
            };
            rep.at(kind, i, message, &c.to_string());
            return false;
        }
    }
    true
}

/// How much a message expands to: placeables resolved and characters of message text.
#[derive(Debug, Clone, Copy, Default)]
struct Size {
    placeables: u64,
    chars: u64,
}

impl Size {
    fn plus(self, o: Size) -> Size {
        Size {
            placeables: self.placeables.saturating_add(o.placeables),
            chars: self.chars.saturating_add(o.chars),
        }
    }

    fn max(self, o: Size) -> Size {
        Size {
            placeables: self.placeables.max(o.placeables),
            chars: self.chars.max(o.chars),
        }
    }
}

/// What the messages of a locale expand to, by key (those resolved so far).
type Sizes<'s> = HashMap<Key<'s>, Size>;

fn pattern_size(p: &ast::Pattern<&str>, sizes: &Sizes<'_>) -> Size {
    p.elements.iter().fold(Size::default(), |acc, el| match el {
        ast::PatternElement::TextElement { value } => acc.plus(Size {
            placeables: 0,
            chars: value.chars().count() as u64,
        }),
        ast::PatternElement::Placeable { expression } => acc
            .plus(Size {
                placeables: 1,
                chars: 0,
            })
            .plus(expression_size(expression, sizes)),
    })
}

fn expression_size(e: &ast::Expression<&str>, sizes: &Sizes<'_>) -> Size {
    match e {
        // One variant is chosen: the largest counts.
        ast::Expression::Select { selector, variants } => variants
            .iter()
            .fold(Size::default(), |acc, v| {
                acc.max(pattern_size(&v.value, sizes))
            })
            .plus(inline_size(selector, sizes)),
        ast::Expression::Inline(i) => inline_size(i, sizes),
    }
}

fn inline_size(i: &ast::InlineExpression<&str>, sizes: &Sizes<'_>) -> Size {
    let text = |s: &str| Size {
        placeables: 0,
        chars: s.chars().count() as u64,
    };
    match i {
        ast::InlineExpression::StringLiteral { value } => text(value),
        ast::InlineExpression::NumberLiteral { value } => text(value),
        ast::InlineExpression::MessageReference { id, .. } => {
            sizes.get(&(false, id.name)).copied().unwrap_or_default()
        }
        ast::InlineExpression::TermReference { id, .. } => {
            sizes.get(&(true, id.name)).copied().unwrap_or_default()
        }
        ast::InlineExpression::Placeable { expression } => expression_size(expression, sizes),
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .iter()
            .fold(Size::default(), |acc, a| acc.plus(inline_size(a, sizes))),
        ast::InlineExpression::VariableReference { .. } => Size::default(),
    }
}

/// The messages and terms `context` defines (the checked resource's own first), by key.
type Definitions<'a, 's> = HashMap<Key<'s>, &'a MessageInfo<'s>>;

/// References through the checked resource's messages and the resources of `context`: each
/// reference to a message or term none of them defines, each cycle, and each of its messages
/// that expands past [`MAX_PLACEABLES`] or [`MAX_EXPANSION`]. A depth-first walk on a stack of
/// its own (a chain of references may be as long as the file), each message sized once.
fn check_references(rep: &mut Report<'_>, infos: &[MessageInfo<'_>], context: &[&Resource]) {
    let parsed: Vec<ast::Resource<&str>> = context
        .iter()
        .filter(|r| !std::ptr::eq(**r, rep.res))
        .map(|r| parse(r.source.as_ref()))
        .collect();
    let others: Vec<Vec<MessageInfo<'_>>> = parsed.iter().map(messages).collect();
    let mut defs: Definitions<'_, '_> = HashMap::new();
    for m in infos.iter().chain(others.iter().flatten()) {
        defs.entry(m.key).or_insert(m);
    }
    let mut sizes: Sizes<'_> = HashMap::new();
    for root in infos {
        walk_references(rep, infos, &defs, root, &mut sizes);
    }
    for m in infos {
        let size = sizes.get(&m.key).copied().unwrap_or_default();
        let what = if m.key.0 { "term" } else { "message" };
        let id = name(m.key);
        if size.placeables > MAX_PLACEABLES {
            let message = format!(
                "{what} {id} resolves {} placeables with its references, more than Fluent's {MAX_PLACEABLES}",
                size.placeables
            );
            rep.at_name(ProblemKind::MessageExpansion, m.key, m.id, message);
        } else if size.chars > MAX_EXPANSION {
            let message = format!(
                "{what} {id} expands to {} characters with its references, more than {MAX_EXPANSION}",
                size.chars
            );
            rep.at_name(ProblemKind::MessageExpansion, m.key, m.id, message);
        }
    }
}

/// The depth-first walk of [`check_references`] from one of the checked resource's messages.
fn walk_references<'a, 's>(
    rep: &mut Report<'_>,
    own: &[MessageInfo<'s>],
    defs: &Definitions<'a, 's>,
    root: &'a MessageInfo<'s>,
    sizes: &mut Sizes<'s>,
) {
    if sizes.contains_key(&root.key) {
        return;
    }
    let is_own = |m: &MessageInfo<'_>| own.as_ptr_range().contains(&std::ptr::from_ref(m).cast());
    let mut stack: Vec<(&'a MessageInfo<'s>, usize)> = vec![(root, 0)];
    while let Some((m, i)) = stack.last_mut() {
        let m: &'a MessageInfo<'s> = m;
        let Some(&(key, slice)) = m.refs.get(*i) else {
            let size = m
                .pattern
                .map(|p| pattern_size(p, sizes))
                .unwrap_or_default();
            sizes.insert(m.key, size);
            stack.pop();
            continue;
        };
        *i += 1;
        if sizes.contains_key(&key) {
            continue;
        }
        if let Some(start) = stack.iter().position(|(s, _)| s.key == key) {
            let mut path: Vec<String> =
                stack.iter().skip(start).map(|(s, _)| name(s.key)).collect();
            path.push(name(key));
            let message = format!("reference cycle: {}", path.join(" -> "));
            if is_own(m) {
                rep.at_name(ProblemKind::MessageCycle, key, slice, message);
            } else {
                rep.at_name(ProblemKind::MessageCycle, root.key, root.id, message);
            }
            continue;
        }
        match defs.get(&key) {
            Some(d) => stack.push((d, 0)),
            None if is_own(m) => {
                let message = format!(
                    "reference to a {} no resource of {} or its fallbacks defines",
                    if key.0 { "term" } else { "message" },
                    rep.res.locale
                );
                rep.at_name(ProblemKind::UnknownMessage, key, slice, message);
            }
            None => {}
        }
    }
}
