//! An edition's sentences: its Fluent messages, formatted once per combination of selectors
//! into templates that rendering fills with data, with plural categories chosen by ICU4X's
//! CLDR plural rules (not Fluent's bundled ones).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use icu_plurals::{PluralCategory, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::locale::Language;

use super::OutputFormat;
use super::catalog::Catalog;
use super::check::category_name;
use super::layout::{Context, Layout};
use crate::error::Error;

/// An argument of a message.
pub(super) enum Arg<'a> {
    /// Data: escaped, isolated or marked up as the layout needs, with its language.
    Text(&'a str, Option<&'a Language>),
    /// Already formatted output (an entry inside a list item).
    Raw(&'a str),
    /// A count, for plural selection: an exact variant (`[0]`, `[1]`) where the message has
    /// one for it, else the CLDR plural category of the edition's locale.
    Count(usize),
    /// A yes/no selector, passed to Fluent as the string "yes" or "no".
    Flag(bool),
}

/// A piece of a template.
enum Segment {
    /// Message text, already escaped for the layout.
    Literal(String),
    /// The data argument of this index.
    Arg(usize),
}

/// (message id, output format, selector values in argument order).
type TemplateKey = (&'static str, OutputFormat, [u64; 4]);

/// Bound on cached templates.
const MAX_TEMPLATES: usize = 256;

/// Supplementary Private Use Area-A: never in messages; stands for data in a template.
const SENTINEL: u32 = 0xF0000;

/// The messages of one locale.
pub(super) struct Messages {
    locale: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    plurals: PluralRules,
    /// (message id, variable) → the numbers its select expressions name as exact variants.
    exact: HashMap<(String, String), Vec<f64>>,
    /// Templates: few (a message's selectors take few values), found by a linear scan.
    templates: RwLock<Vec<(TemplateKey, Arc<[Segment]>)>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

fn same_key(a: &TemplateKey, b: &TemplateKey) -> bool {
    a.2 == b.2
        && a.1 == b.1
        && a.0.len() == b.0.len()
        && (std::ptr::eq(a.0.as_ptr(), b.0.as_ptr()) || a.0 == b.0)
}

/// The numbers of the exact variants (`[0]`, `[1]`) of every select expression on a variable,
/// by message and variable.
fn exact_keys(source: &str) -> HashMap<(String, String), Vec<f64>> {
    fn pattern(p: &ast::Pattern<&str>, msg: &str, out: &mut HashMap<(String, String), Vec<f64>>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_keys(expression, msg, out);
            }
        }
    }
    fn expression_keys(
        e: &ast::Expression<&str>,
        msg: &str,
        out: &mut HashMap<(String, String), Vec<f64>>,
    ) {
        match e {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    let numbers = out.entry((msg.to_owned(), id.name.to_owned())).or_default();
                    for v in variants {
                        if let ast::VariantKey::NumberLiteral { value } = &v.key
                            && let Ok(n) = value.parse::<f64>()
                        {
                            numbers.push(n);
                        }
                    }
                }
                for v in variants {
                    pattern(&v.value, msg, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_keys(expression, msg, out);
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut out = HashMap::new();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(v) = &m.value
        {
            pattern(v, m.id.name, &mut out);
        }
    }
    out
}

impl Messages {
    /// The messages of the locales of `chain` (best first) from `catalog`: a message comes
    /// from the first locale (and, within one, the last added resource) that defines it. Plural
    /// variants are chosen by the CLDR rules of `plural_locale`, the edition's locale.
    pub(super) fn new(
        catalog: &Catalog,
        chain: &[LanguageIdentifier],
        plural_locale: &icu_locale::Locale,
    ) -> Result<Self, Error> {
        let locale = chain
            .first()
            .cloned()
            .ok_or_else(|| Error::LocaleData("no messages".to_owned()))?;
        let mut bundle = FluentBundle::new_concurrent(chain.to_vec());
        bundle.set_use_isolating(false);
        let mut exact = HashMap::new();
        let mut defined: std::collections::HashSet<String> = std::collections::HashSet::new();
        for l in chain {
            for res in catalog.resources_of(l) {
                let resource = FluentResource::try_new(res.source.to_string())
                    .map_err(|(_, errs)| Error::LocaleData(format!("{}: {errs:?}", res.name)))?;
                // Messages already defined (by a better locale or a later resource) stay: the
                // bundle reports them as overriding, which is what is wanted here.
                let ids: Vec<String> = resource
                    .entries()
                    .filter_map(|e| match e {
                        ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect();
                for ((msg, var), keys) in exact_keys(res.source.as_ref()) {
                    if !defined.contains(&msg) {
                        exact.entry((msg, var)).or_insert(keys);
                    }
                }
                defined.extend(ids);
                if let Err(errors) = bundle.add_resource(resource) {
                    let real: Vec<_> = errors
                        .iter()
                        .filter(|e| !matches!(e, fluent_bundle::FluentError::Overriding { .. }))
                        .collect();
                    if !real.is_empty() {
                        return Err(Error::LocaleData(format!("{}: {real:?}", res.name)));
                    }
                }
            }
        }
        let plurals = PluralRules::try_new_cardinal(plural_locale.into())
            .map_err(|e| Error::LocaleData(format!("plural rules: {e}")))?;
        Ok(Messages {
            locale,
            exact,
            bundle,
            plurals,
            templates: RwLock::new(Vec::new()),
        })
    }

    /// The locale of the messages.
    pub(super) fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    /// The CLDR plural category of `n` in the edition's locale.
    pub(super) fn category(&self, n: usize) -> PluralCategory {
        self.plurals.category_for(n)
    }

    /// How a count selects in message `id`: an exact variant's number, or a category.
    fn selection(&self, id: &str, name: &str, n: usize) -> Result<f64, PluralCategory> {
        let exact = self
            .exact
            .get(&(id.to_owned(), name.to_owned()))
            .is_some_and(|keys| keys.contains(&(n as f64)));
        if exact {
            Ok(n as f64)
        } else {
            Err(self.category(n))
        }
    }

    /// Formats message `id` for a layout, with its data arguments written by the layout.
    pub(super) fn format(
        &self,
        id: &'static str,
        args: &[(&str, Arg<'_>)],
        layout: &dyn Layout,
        ctx: &Context<'_>,
    ) -> Result<String, Error> {
        let mut out = String::with_capacity(128);
        self.format_into(&mut out, id, args, layout, ctx)?;
        Ok(out)
    }

    /// As [`Messages::format`], appending to `out`.
    pub(super) fn format_into(
        &self,
        out: &mut String,
        id: &'static str,
        args: &[(&str, Arg<'_>)],
        layout: &dyn Layout,
        ctx: &Context<'_>,
    ) -> Result<(), Error> {
        let mut selectors = [0u64; 4];
        let mut n = 0;
        for (name, a) in args {
            let v = match a {
                Arg::Flag(b) => u64::from(*b),
                Arg::Count(k) => match self.selection(id, name, *k) {
                    Ok(exact) => ((exact as u64) << 3) | 7,
                    Err(category) => category as u64,
                },
                Arg::Text(..) | Arg::Raw(_) => continue,
            };
            if let Some(slot) = selectors.get_mut(n) {
                *slot = v;
            }
            n += 1;
        }
        let key: TemplateKey = (id, layout.format(), selectors);
        let cacheable = n <= selectors.len();
        let cached = if cacheable
            && let Ok(cache) = self.templates.read()
            && let Some((_, t)) = cache.iter().find(|(k, _)| same_key(k, &key))
        {
            Some(Arc::clone(t))
        } else {
            None
        };
        let t: Arc<[Segment]> = match cached {
            Some(t) => t,
            None => {
                let t: Arc<[Segment]> = self.template(id, args, layout)?.into();
                if cacheable
                    && let Ok(mut cache) = self.templates.write()
                    && cache.len() < MAX_TEMPLATES
                    && !cache.iter().any(|(k, _)| same_key(k, &key))
                {
                    cache.push((key, Arc::clone(&t)));
                }
                t
            }
        };
        // A sentence of another language's messages (a fallback) is marked as that language's
        // and isolated in its direction; its data is isolated against it.
        match &ctx.sentences {
            Some(sentences) => {
                layout.open_sentence(out, sentences, ctx);
                fill(out, &t, args, layout, &ctx.inside_sentence());
                layout.close_sentence(out, sentences, ctx);
            }
            None => fill(out, &t, args, layout, ctx),
        }
        Ok(())
    }

    /// Formats a message with Fluent, data arguments replaced by placeholders.
    fn template(
        &self,
        id: &str,
        args: &[(&str, Arg<'_>)],
        layout: &dyn Layout,
    ) -> Result<Vec<Segment>, Error> {
        let mut fargs = FluentArgs::new();
        for (i, (name, arg)) in args.iter().enumerate() {
            match arg {
                Arg::Text(..) | Arg::Raw(_) => {
                    let c = char::from_u32(SENTINEL + i as u32).unwrap_or('\u{FFFD}');
                    fargs.set(*name, FluentValue::from(c.to_string()));
                }
                // A number matches only the exact variants; a category's keyword matches the
                // variant of that category: Fluent's own plural rules are never consulted.
                Arg::Count(k) => match self.selection(id, name, *k) {
                    Ok(exact) => fargs.set(*name, FluentValue::from(exact)),
                    Err(category) => fargs.set(*name, FluentValue::from(category_name(category))),
                },
                Arg::Flag(b) => fargs.set(*name, FluentValue::from(if *b { "yes" } else { "no" })),
            }
        }
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| Error::LocaleData(format!("{}: no message {id:?}", self.locale)))?;
        let mut errors = Vec::new();
        let formatted = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            return Err(Error::LocaleData(format!(
                "{}: message {id:?}: {e}",
                self.locale
            )));
        }
        let mut segments = Vec::new();
        let mut literal = String::new();
        let mut pending = String::new();
        for c in formatted.chars() {
            let i = (c as u32).wrapping_sub(SENTINEL) as usize;
            if i < args.len() {
                if !pending.is_empty() {
                    layout.literal(&mut literal, &pending);
                    pending.clear();
                }
                if !literal.is_empty() {
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(Segment::Arg(i));
            } else {
                pending.push(c);
            }
        }
        if !pending.is_empty() {
            layout.literal(&mut literal, &pending);
        }
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        Ok(segments)
    }
}

/// Appends a template filled with its data arguments to `out`.
fn fill(
    out: &mut String,
    template: &[Segment],
    args: &[(&str, Arg<'_>)],
    layout: &dyn Layout,
    ctx: &Context<'_>,
) {
    for seg in template {
        match seg {
            Segment::Literal(l) => out.push_str(l),
            Segment::Arg(i) => match args.get(*i).map(|(_, a)| a) {
                Some(Arg::Text(s, lang)) => layout.data(out, s, *lang, ctx),
                Some(Arg::Raw(s)) => out.push_str(s),
                _ => {}
            },
        }
    }
}
