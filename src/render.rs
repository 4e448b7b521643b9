//! Rendering a statement's signatory list for one language edition: Fluent messages for every
//! sentence, CLDR (ICU4X) for dates, country names, lists, numbers and plural rules, and four
//! output formats (plain text, Markdown, HTML, JSON) with bidi isolation and escaping.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_calendar::cal::Gregorian;
use icu_calendar::{Date, Iso};
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_datetime::{DateTimeFormatter, FixedCalendarDateTimeFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::LocaleDirectionality;
use icu_locale::subtags::Script;
use unic_langid::LanguageIdentifier;

use crate::date::{PartialDate, Precision};
use crate::error::Error;
use crate::locale::IntoLocale;
use crate::locales;
use crate::organization::Place;
use crate::registry::Registry;
use crate::resolve::{self, Part, ResolvedEntry};
use crate::statement::{SectionKind, Statement};
use crate::text::{self, Direction};

/// The house style of entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// The seed's style: `ACR Own name (transliteration) (translation), Country`.
    #[default]
    Full,
    /// `ACR Country`.
    Short,
    /// `Name in the edition's language (ACR), Country`.
    NameFirst,
}

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum OutputFormat {
    /// Plain text; names of the other writing direction isolated with FSI … PDI.
    #[default]
    Text,
    /// Markdown: a list per section, data escaped, bidi isolated as in text.
    Markdown,
    /// An HTML fragment: `<ol>`/`<ul>` per section, foreign names with `lang`, names of the other
    /// direction in `<bdi>`, every string escaped.
    Html,
    /// JSON: each entry's resolved strings and organization id, for other programs.
    Json,
}

/// How the entries of the initial sections are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Numbering {
    /// Numbered per section, subsequent signatories unnumbered (the seed).
    #[default]
    Numbered,
    /// Every entry bulleted.
    Bulleted,
    /// Plain lines.
    Plain,
}

spelled_enum!(Style, "style", { Full => "full", Short => "short", NameFirst => "name-first" });
spelled_enum!(OutputFormat, "format", {
    Text => "text", Markdown => "markdown", Html => "html", Json => "json",
});
spelled_enum!(Numbering, "numbering", {
    Numbered => "numbered", Bulleted => "bulleted", Plain => "plain",
});

/// Options of one rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The house style of entries.
    pub style: Style,
    /// The output format.
    pub format: OutputFormat,
    /// Numbering of the initial sections.
    pub numbering: Numbering,
    /// Whether to end with the summary sentence ("Signed by 31 organizations from …").
    pub summary: bool,
}

impl RenderOptions {
    /// Options with this style.
    pub fn with_style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }
    /// Options with this format.
    pub fn with_format(mut self, format: OutputFormat) -> Self {
        self.format = format;
        self
    }
    /// Options with this numbering.
    pub fn with_numbering(mut self, numbering: Numbering) -> Self {
        self.numbering = numbering;
        self
    }
    /// Options with or without the summary sentence.
    pub fn with_summary(mut self, summary: bool) -> Self {
        self.summary = summary;
        self
    }
}

/// Renders signatory lists for one edition. Build it once per locale (it loads the Fluent
/// bundle and the CLDR formatters) and use it for any number of statements, from any number of
/// threads: it is `Send + Sync`.
///
/// ```
/// use signatories::render::{Renderer, RenderOptions};
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let renderer = Renderer::try_new("en-GB")?;
/// let text = renderer.render(&registry, statement, &RenderOptions::default())?;
/// assert!(text.starts_with("Signatories (as of 7 February 2023, further signatories possible):"));
/// # Ok::<(), signatories::Error>(())
/// ```
pub struct Renderer {
    edition: LanguageIdentifier,
    messages: LanguageIdentifier,
    locale: icu_locale::Locale,
    /// The fallback chain, each language with its likely script.
    chain: Vec<(LanguageIdentifier, Option<Script>)>,
    script: Option<Script>,
    direction: Direction,
    bundle: FluentBundle<FluentResource>,
    date: DateTimeFormatter<YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    list: ListFormatter,
    decimal: DecimalFormatter,
    collator: CollatorBorrowed<'static>,
    warnings: Vec<String>,
    /// Cached templates: few (a message's flags take few values), found by a linear scan.
    templates: RwLock<Vec<(TemplateKey, Arc<[Segment]>)>>,
    /// The locale's ten digits, when each formats as one character.
    digits: Option<[char; 10]>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("edition", &self.edition)
            .field("messages", &self.messages)
            .field("direction", &self.direction)
            .field("warnings", &self.warnings)
            .finish_non_exhaustive()
    }
}

/// An argument of a message.
enum Arg<'a> {
    /// Data: escaped, isolated or marked up as the format needs, with its language.
    Text(&'a str, Option<&'a LanguageIdentifier>),
    /// Already formatted output (an entry inside a list item).
    Raw(&'a str),
    /// A number, for plural selection.
    Number(usize),
    /// A yes/no selector, passed to Fluent as the string "yes" or "no".
    Flag(bool),
}

/// A message formatted by Fluent once per combination of its selectors and output format,
/// with placeholders where data goes: rendering an entry then costs a copy, not a Fluent
/// resolution. The output of a pattern depends only on its selectors (flags and plural
/// numbers); data arguments are opaque placeholders, so the cache is exact.
enum Segment {
    /// Message text, already escaped for the format.
    Literal(String),
    /// The data argument of this index.
    Arg(usize),
}

/// (message id, output format, selector values in argument order).
type TemplateKey = (&'static str, OutputFormat, [u64; 4]);

/// Bound on cached templates (messages with plural numbers, the summary, are not cached).
const MAX_TEMPLATES: usize = 256;

/// Whether two template keys are the same: selectors and format first (cheap), then the id
/// (a string literal: usually the same pointer).
fn same_key(a: &TemplateKey, b: &TemplateKey) -> bool {
    a.2 == b.2
        && a.1 == b.1
        && a.0.len() == b.0.len()
        && (std::ptr::eq(a.0.as_ptr(), b.0.as_ptr()) || a.0 == b.0)
}

const SENTINEL: u32 = 0xF0000; // Supplementary Private Use Area-A: never in messages.

fn map_data<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> Error + '_ {
    move |e| Error::LocaleData(format!("{what}: {e}"))
}

impl Renderer {
    /// The locales that have messages.
    pub fn available_locales() -> Vec<LanguageIdentifier> {
        locales::available()
    }

    /// A renderer for the best available edition for `locale` (a tag or a [`crate::Locale`]; `-u-` extensions
    /// such as `-u-nu-latn` are passed to CLDR formatting). A locale whose language has no
    /// messages falls back to English with a warning (see [`Renderer::warnings`]).
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] when the tag does not parse; [`Error::LocaleData`] if CLDR data
    /// or the messages cannot be loaded.
    pub fn try_new(locale: impl IntoLocale) -> Result<Self, Error> {
        let locale = locale.into_locale()?;
        let requested = locale.icu().clone();
        let requested_id = locale.language().clone();
        let negotiated = locales::negotiate(&requested_id);
        let mut warnings = Vec::new();
        let (edition, icu_locale) = if negotiated.language_supported {
            (requested_id, requested)
        } else {
            warnings.push(format!(
                "no messages for locale {:?}; rendering in English (available: {})",
                locale.to_string(),
                locales::available()
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            let en = negotiated.messages.clone();
            let loc = icu_locale::Locale::try_from_str(&en.to_string())
                .map_err(|_| Error::InvalidLocale(en.to_string()))?;
            (en, loc)
        };

        let source = locales::resource(&negotiated.messages)
            .ok_or_else(|| Error::LocaleData(format!("no messages for {}", negotiated.messages)))?;
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errs)| Error::LocaleData(format!("{}: {errs:?}", negotiated.messages)))?;
        let mut bundle = FluentBundle::new_concurrent(vec![negotiated.messages.clone()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errs| Error::LocaleData(format!("{}: {errs:?}", negotiated.messages)))?;

        let prefs = (&icu_locale).into();
        let date = DateTimeFormatter::try_new(prefs, YMD::long()).map_err(map_data("dates"))?;
        let month = FixedCalendarDateTimeFormatter::try_new((&icu_locale).into(), YM::long())
            .map_err(map_data("dates"))?;
        let year = FixedCalendarDateTimeFormatter::try_new((&icu_locale).into(), Y::long())
            .map_err(map_data("dates"))?;
        let list = ListFormatter::try_new_and(
            (&icu_locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(map_data("lists"))?;
        let decimal = DecimalFormatter::try_new((&icu_locale).into(), Default::default())
            .map_err(map_data("numbers"))?;
        let collator = Collator::try_new((&icu_locale).into(), Default::default())
            .map_err(map_data("collation"))?;
        let mut digits = ['0'; 10];
        let mut single = true;
        for (d, slot) in digits.iter_mut().enumerate() {
            let s = decimal.format(&Decimal::from(d as u64)).to_string();
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => *slot = c,
                _ => single = false,
            }
        }
        let digits = single.then_some(digits);
        let direction = if LocaleDirectionality::new_common().is_right_to_left(&icu_locale.id) {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        Ok(Renderer {
            chain: crate::cldr::fallback_chain(&edition)
                .into_iter()
                .map(|l| {
                    let s = crate::cldr::likely_script(&l);
                    (l, s)
                })
                .collect(),
            script: crate::cldr::likely_script(&edition),
            edition,
            messages: negotiated.messages,
            locale: icu_locale,
            direction,
            bundle,
            date,
            month,
            year,
            list,
            decimal,
            collator,
            warnings,
            templates: RwLock::new(Vec::new()),
            digits,
        })
    }

    /// The edition's language (the requested locale, or English after a fallback).
    pub fn edition(&self) -> &LanguageIdentifier {
        &self.edition
    }

    /// The locale whose messages are used.
    pub fn messages_locale(&self) -> &LanguageIdentifier {
        &self.messages
    }

    /// The writing direction of the edition.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// What the caller should know: a fallback to English, for one.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// A date of any precision, in the edition's locale: a day in the locale's default
    /// calendar (Solar Hijri for `fa`), a month or a year in the Gregorian calendar (a
    /// Gregorian month has no one month of another calendar).
    pub fn format_date(&self, d: PartialDate) -> String {
        let (y, m, day) = (d.year(), d.month().unwrap_or(1), d.day().unwrap_or(1));
        match d.precision() {
            Precision::Day => Date::<Iso>::try_new_iso(y, m, day)
                .map(|date| self.date.format(&date).to_string())
                .unwrap_or_else(|_| d.to_string()),
            Precision::Month => Date::try_new_gregorian(y, m, 1)
                .map(|date| self.month.format(&date).to_string())
                .unwrap_or_else(|_| d.to_string()),
            Precision::Year => Date::try_new_gregorian(y, 1, 1)
                .map(|date| self.year.format(&date).to_string())
                .unwrap_or_else(|_| d.to_string()),
        }
    }

    /// Items joined by the locale's CLDR "and" list pattern (wide): "A, B and C", Spanish
    /// "A, B e Ignacio" before an i-sound.
    pub fn format_list(&self, items: &[&str]) -> String {
        self.list.format(items.iter().copied()).to_string()
    }

    /// A number in the locale's digits.
    pub fn format_number(&self, n: usize) -> String {
        // Below 1000 no grouping separator appears: map the locale's digits directly.
        if n < 1000
            && let Some(digits) = &self.digits
        {
            let mut s = String::new();
            let mut started = false;
            for place in [100, 10, 1] {
                let d = (n / place) % 10;
                if d != 0 || started || place == 1 {
                    started = true;
                    s.push(digits.get(d).copied().unwrap_or('?'));
                }
            }
            return s;
        }
        self.decimal
            .format(&Decimal::from(u64::try_from(n).unwrap_or(u64::MAX)))
            .to_string()
    }

    /// The name of a country or area in the edition's language: CLDR for countries; the
    /// registry's own names for areas, along the fallback chain.
    pub fn place_name(&self, registry: &Registry, place: &Place) -> String {
        match place {
            Place::Country(code) => {
                crate::cldr::region_name_in(&self.locale, code).unwrap_or_else(|| code.clone())
            }
            Place::Area(id) => registry
                .area(id)
                .and_then(|a| a.name_in(self.chain.iter().map(|(l, _)| l)))
                .map_or_else(|| id.clone(), str::to_owned),
        }
    }

    /// Formats a message, with data arguments escaped, isolated or marked up for `format`.
    fn message(
        &self,
        id: &'static str,
        args: &[(&str, Arg<'_>)],
        format: OutputFormat,
    ) -> Result<String, Error> {
        let mut selectors = [0u64; 4];
        let mut n = 0;
        let mut numbers = false;
        for (_, a) in args {
            let v = match a {
                Arg::Flag(b) => u64::from(*b),
                Arg::Number(k) => {
                    numbers = true;
                    *k as u64
                }
                Arg::Text(..) | Arg::Raw(_) => continue,
            };
            if let Some(slot) = selectors.get_mut(n) {
                *slot = v;
            }
            n += 1;
        }
        let key: TemplateKey = (id, format, selectors);
        let cacheable = n <= selectors.len() && !numbers;
        if cacheable
            && let Ok(cache) = self.templates.read()
            && let Some((_, t)) = cache.iter().find(|(k, _)| same_key(k, &key))
        {
            return Ok(self.fill(t, args, format));
        }
        let t: Arc<[Segment]> = self.template(id, args, format)?.into();
        if cacheable
            && let Ok(mut cache) = self.templates.write()
            && cache.len() < MAX_TEMPLATES
            && !cache.iter().any(|(k, _)| same_key(k, &key))
        {
            cache.push((key, Arc::clone(&t)));
        }
        Ok(self.fill(&t, args, format))
    }

    /// Fills a template with its data arguments.
    fn fill(&self, template: &[Segment], args: &[(&str, Arg<'_>)], format: OutputFormat) -> String {
        let mut out = String::with_capacity(128);
        for seg in template {
            match seg {
                Segment::Literal(l) => out.push_str(l),
                Segment::Arg(i) => match args.get(*i).map(|(_, a)| a) {
                    Some(Arg::Text(s, lang)) => self.data(&mut out, s, *lang, format),
                    Some(Arg::Raw(s)) => out.push_str(s),
                    _ => {}
                },
            }
        }
        out
    }

    /// Formats a message with Fluent, data arguments replaced by placeholders.
    fn template(
        &self,
        id: &str,
        args: &[(&str, Arg<'_>)],
        format: OutputFormat,
    ) -> Result<Vec<Segment>, Error> {
        let mut fargs = FluentArgs::new();
        for (i, (name, arg)) in args.iter().enumerate() {
            match arg {
                Arg::Text(..) | Arg::Raw(_) => {
                    let c = char::from_u32(SENTINEL + i as u32).unwrap_or('\u{FFFD}');
                    fargs.set(*name, FluentValue::from(c.to_string()));
                }
                Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Flag(b) => fargs.set(*name, FluentValue::from(if *b { "yes" } else { "no" })),
            }
        }
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| Error::LocaleData(format!("{}: no message {id:?}", self.messages)))?;
        let mut errors = Vec::new();
        let formatted = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            return Err(Error::LocaleData(format!(
                "{}: message {id:?}: {e}",
                self.messages
            )));
        }
        let mut segments = Vec::new();
        let mut literal = String::new();
        for c in formatted.chars() {
            let i = (c as u32).wrapping_sub(SENTINEL) as usize;
            if i < args.len() {
                if !literal.is_empty() {
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(Segment::Arg(i));
            } else if format == OutputFormat::Html {
                escape_html_char(&mut literal, c);
            } else {
                literal.push(c);
            }
        }
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        Ok(segments)
    }

    /// Writes a data string in `format`.
    fn data(
        &self,
        out: &mut String,
        s: &str,
        lang: Option<&LanguageIdentifier>,
        format: OutputFormat,
    ) {
        let dir = text::direction(s).filter(|d| *d != self.direction);
        match format {
            OutputFormat::Text | OutputFormat::Markdown => {
                if dir.is_some() {
                    out.push('\u{2068}');
                }
                if format == OutputFormat::Markdown {
                    escape_markdown(out, s);
                } else {
                    out.push_str(s);
                }
                if dir.is_some() {
                    out.push('\u{2069}');
                }
            }
            OutputFormat::Html => {
                let foreign = lang.filter(|l| {
                    *l != &self.edition
                        && (l.language != self.edition.language
                            || crate::cldr::likely_script(l) != self.script)
                });
                let element = if dir.is_some() {
                    Some("bdi")
                } else if foreign.is_some() {
                    Some("span")
                } else {
                    None
                };
                if let Some(el) = element {
                    out.push('<');
                    out.push_str(el);
                    if let Some(l) = foreign {
                        let _ = write!(out, " lang=\"{l}\"");
                    }
                    out.push('>');
                }
                if s.contains(['&', '<', '>', '"', '\'']) {
                    for c in s.chars() {
                        escape_html_char(out, c);
                    }
                } else {
                    out.push_str(s);
                }
                if let Some(el) = element {
                    let _ = write!(out, "</{el}>");
                }
            }
            OutputFormat::Json => out.push_str(s),
        }
    }

    /// The name of every country and area the organizations of `statement` name, in the
    /// edition's language.
    pub fn place_names<'a>(
        &self,
        registry: &'a Registry,
        statement: &Statement,
    ) -> HashMap<&'a Place, String> {
        let mut names = HashMap::new();
        for e in statement.entries() {
            if let Some(org) = registry.organization(&e.org) {
                for p in &org.countries {
                    names
                        .entry(p)
                        .or_insert_with(|| self.place_name(registry, p));
                }
            }
        }
        names
    }

    /// Resolves every entry of a statement for this edition, in publication order, with the
    /// section it is in. `places` comes from [`Renderer::place_names`].
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when an entry names an organization the registry lacks.
    pub fn resolve<'a>(
        &'a self,
        registry: &'a Registry,
        statement: &'a Statement,
        places: &'a HashMap<&'a Place, String>,
    ) -> Result<Vec<(SectionKind, ResolvedEntry<'a>)>, Error> {
        let mut out = Vec::with_capacity(statement.sections.iter().map(|s| s.entries.len()).sum());
        for section in &statement.sections {
            for entry in &section.entries {
                let org = registry
                    .organization(&entry.org)
                    .ok_or_else(|| Error::InvalidValue {
                        what: format!(
                            "statement {:?} names no organization of the registry",
                            statement.id
                        ),
                        value: entry.org.clone(),
                    })?;
                out.push((
                    section.kind,
                    resolve::resolve(org, entry, &self.edition, &self.chain, self.script, places),
                ));
            }
        }
        Ok(out)
    }

    fn entry(
        &self,
        e: &ResolvedEntry,
        style: Style,
        format: OutputFormat,
    ) -> Result<String, Error> {
        let yes = Arg::Flag;
        fn part<'b>(p: &'b Option<Part<'_>>) -> Arg<'b> {
            p.as_ref()
                .map_or(Arg::Text("", None), |p| Arg::Text(&p.text, Some(p.lang)))
        }
        // Without an acronym, the name stands in its place.
        let acronym = e.acronym.as_ref().unwrap_or(&e.name);
        let acronym = Arg::Text(&acronym.text, Some(acronym.lang));
        match style {
            Style::Full => self.message(
                "entry-full",
                &[
                    ("acronym", acronym),
                    ("name", Arg::Text(&e.name.text, Some(e.name.lang))),
                    ("has-transliteration", yes(e.transliteration.is_some())),
                    ("transliteration", part(&e.transliteration)),
                    ("has-translation", yes(e.translation.is_some())),
                    ("translation", part(&e.translation)),
                    ("has-country", yes(e.country.is_some())),
                    (
                        "country",
                        Arg::Text(e.country.as_deref().unwrap_or(""), None),
                    ),
                ],
                format,
            ),
            Style::Short => self.message(
                "entry-short",
                &[
                    ("acronym", acronym),
                    ("has-country", yes(e.country_always.is_some())),
                    (
                        "country",
                        Arg::Text(e.country_always.as_deref().unwrap_or(""), None),
                    ),
                ],
                format,
            ),
            Style::NameFirst => self.message(
                "entry-name-first",
                &[
                    (
                        "name",
                        Arg::Text(&e.name_in_edition.text, Some(e.name_in_edition.lang)),
                    ),
                    ("acronym", acronym),
                    ("has-country", yes(e.country.is_some())),
                    (
                        "country",
                        Arg::Text(e.country.as_deref().unwrap_or(""), None),
                    ),
                ],
                format,
            ),
        }
    }

    fn heading(&self, statement: &Statement, format: OutputFormat) -> Result<String, Error> {
        let more = Arg::Flag(statement.more_possible);
        match statement.as_of {
            Some(d) => {
                let date = self.format_date(d);
                self.message(
                    "heading",
                    &[("date", Arg::Text(&date, None)), ("more", more)],
                    format,
                )
            }
            None => self.message("heading-undated", &[("more", more)], format),
        }
    }

    /// The summary sentence: how many organizations from how many countries and areas, and
    /// which (in the edition's alphabetical order, joined by CLDR's list pattern).
    ///
    /// # Errors
    /// As [`Renderer::render`].
    pub fn summary(
        &self,
        registry: &Registry,
        statement: &Statement,
        format: OutputFormat,
    ) -> Result<String, Error> {
        // Sets, not lists: a statement of many entries is counted in linear time.
        let mut orgs: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut places: Vec<&Place> = Vec::new();
        let mut seen_places: std::collections::HashSet<&Place> = std::collections::HashSet::new();
        for e in statement.entries() {
            if !orgs.insert(e.org.as_str()) {
                continue;
            }
            if let Some(o) = registry.organization(&e.org) {
                for p in &o.countries {
                    if seen_places.insert(p) {
                        places.push(p);
                    }
                }
            }
        }
        let mut names: Vec<String> = places
            .iter()
            .map(|p| self.place_name(registry, p))
            .collect();
        names.sort_by(|a, b| self.collator.compare(a, b));
        let list = self
            .list
            .format(names.iter().map(String::as_str))
            .to_string();
        let (n_orgs, n_places) = (
            self.format_number(orgs.len()),
            self.format_number(places.len()),
        );
        self.message(
            "summary",
            &[
                ("organizations", Arg::Number(orgs.len())),
                ("organizations-text", Arg::Text(&n_orgs, None)),
                ("countries", Arg::Number(places.len())),
                ("countries-text", Arg::Text(&n_places, None)),
                ("list", Arg::Text(&list, None)),
            ],
            format,
        )
    }

    /// Renders the signatory list of `statement` for this edition.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when an entry names an organization the registry lacks;
    /// [`Error::LocaleData`] if a message is missing.
    pub fn render(
        &self,
        registry: &Registry,
        statement: &Statement,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        let format = options.format;
        if format == OutputFormat::Json {
            return self.render_json(registry, statement, options);
        }
        let mut out = String::new();
        let heading = self.heading(statement, format)?;
        let places = self.place_names(registry, statement);
        let resolved = self.resolve(registry, statement, &places)?;
        match format {
            OutputFormat::Html => {
                let _ = writeln!(
                    out,
                    "<div class=\"signatories\" lang=\"{}\" dir=\"{}\">",
                    self.edition,
                    self.direction.as_str()
                );
                let _ = writeln!(out, "<p>{heading}</p>");
            }
            _ => {
                out.push_str(&heading);
                out.push_str("\n\n");
            }
        }
        let mut i = 0;
        for (s_index, section) in statement.sections.iter().enumerate() {
            let numbered =
                section.kind == SectionKind::Initial && options.numbering == Numbering::Numbered;
            let bulleted = options.numbering == Numbering::Bulleted;
            if section.kind == SectionKind::Subsequent {
                let h = self.message("subsequent-heading", &[], format)?;
                match format {
                    OutputFormat::Html => {
                        let _ = writeln!(out, "<p>{h}</p>");
                    }
                    OutputFormat::Markdown => {
                        let _ = write!(out, "{h}\n\n");
                    }
                    _ => {
                        let _ = writeln!(out, "{h}");
                    }
                }
            } else if s_index > 0 && format != OutputFormat::Html {
                out.push('\n');
            }
            if format == OutputFormat::Html {
                out.push_str(if numbered { "<ol>\n" } else { "<ul>\n" });
            }
            for (number, _) in section.entries.iter().enumerate() {
                let Some((_, e)) = resolved.get(i) else { break };
                i += 1;
                let entry = self.entry(e, options.style, format)?;
                match format {
                    OutputFormat::Html => {
                        let _ = writeln!(out, "<li>{entry}</li>");
                    }
                    OutputFormat::Markdown => {
                        if numbered {
                            let _ = writeln!(out, "{}. {entry}", number + 1);
                        } else {
                            let _ = writeln!(out, "- {entry}");
                        }
                    }
                    _ => {
                        if numbered {
                            let n = self.format_number(number + 1);
                            let item = self.message(
                                "item-numbered",
                                &[("number", Arg::Text(&n, None)), ("entry", Arg::Raw(&entry))],
                                format,
                            )?;
                            let _ = write!(out, "  {item}\n\n");
                        } else if bulleted {
                            let item = self.message(
                                "item-bulleted",
                                &[("entry", Arg::Raw(&entry))],
                                format,
                            )?;
                            let _ = writeln!(out, "{item}");
                        } else {
                            let _ = writeln!(out, "{entry}");
                        }
                    }
                }
            }
            match format {
                OutputFormat::Html => out.push_str(if numbered { "</ol>\n" } else { "</ul>\n" }),
                OutputFormat::Markdown => out.push('\n'),
                _ => {}
            }
        }
        if options.summary {
            let s = self.summary(registry, statement, format)?;
            match format {
                OutputFormat::Html => {
                    let _ = writeln!(out, "<p>{s}</p>");
                }
                _ => {
                    if !out.ends_with("\n\n") {
                        out.push('\n');
                    }
                    let _ = writeln!(out, "{s}");
                }
            }
        }
        if format == OutputFormat::Html {
            out.push_str("</div>\n");
        }
        Ok(out)
    }

    fn render_json(
        &self,
        registry: &Registry,
        statement: &Statement,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        #[derive(serde::Serialize)]
        struct JsonEntry<'a> {
            number: Option<usize>,
            number_text: Option<String>,
            org: &'a str,
            text: String,
            acronym: &'a Option<Part<'a>>,
            name: &'a Part<'a>,
            transliteration: &'a Option<Part<'a>>,
            translation: &'a Option<Part<'a>>,
            name_in_edition: &'a Part<'a>,
            country: &'a Option<Cow<'a, str>>,
            country_always: &'a Option<Cow<'a, str>>,
        }
        #[derive(serde::Serialize)]
        struct JsonSection<'a> {
            kind: SectionKind,
            heading: Option<String>,
            entries: Vec<JsonEntry<'a>>,
        }
        #[derive(serde::Serialize)]
        struct JsonDoc<'a> {
            statement: &'a str,
            locale: String,
            messages_locale: String,
            direction: &'static str,
            heading: String,
            as_of: Option<String>,
            more_possible: bool,
            sections: Vec<JsonSection<'a>>,
            summary: Option<String>,
            warnings: &'a [String],
        }
        let f = OutputFormat::Json;
        let places = self.place_names(registry, statement);
        let resolved = self.resolve(registry, statement, &places)?;
        let mut sections = Vec::new();
        let mut rest = resolved.as_slice();
        for section in &statement.sections {
            let numbered =
                section.kind == SectionKind::Initial && options.numbering == Numbering::Numbered;
            let (these, tail) = rest.split_at(section.entries.len().min(rest.len()));
            rest = tail;
            let mut entries = Vec::with_capacity(these.len());
            for (number, (_, e)) in these.iter().enumerate() {
                entries.push(JsonEntry {
                    number: numbered.then_some(number + 1),
                    number_text: numbered.then(|| self.format_number(number + 1)),
                    org: e.org,
                    text: self.entry(e, options.style, f)?,
                    acronym: &e.acronym,
                    name: &e.name,
                    transliteration: &e.transliteration,
                    translation: &e.translation,
                    name_in_edition: &e.name_in_edition,
                    country: &e.country,
                    country_always: &e.country_always,
                });
            }
            let heading = match section.kind {
                SectionKind::Initial => None,
                SectionKind::Subsequent => Some(self.message("subsequent-heading", &[], f)?),
            };
            sections.push(JsonSection {
                kind: section.kind,
                heading,
                entries,
            });
        }
        let doc = JsonDoc {
            statement: &statement.id,
            locale: self.edition.to_string(),
            messages_locale: self.messages.to_string(),
            direction: self.direction.as_str(),
            heading: self.heading(statement, f)?,
            as_of: statement.as_of.map(|d| d.to_string()),
            more_possible: statement.more_possible,
            sections,
            summary: if options.summary {
                Some(self.summary(registry, statement, f)?)
            } else {
                None
            },
            warnings: &self.warnings,
        };
        let mut s = serde_json::to_string(&doc).map_err(map_data("json"))?;
        s.push('\n');
        Ok(s)
    }
}

fn escape_html_char(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c => out.push(c),
    }
}

/// Escapes what Markdown would read as syntax in a data string.
/// Escapes text for Markdown so that it prints as itself: no emphasis, link, HTML or list syntax,
/// and nothing a renderer turns into a link by itself. GitHub's autolinks (`www.`, `http://`,
/// e-mail addresses) and markdown-it's linkify (bare domains) both work on unbroken runs of text;
/// a backslash-escaped `:`, `@`, or `.` between letters splits the run, and renders as the
/// character itself. An e-mail address also gets an empty HTML comment after its `@` (GitHub
/// finds addresses after escapes are joined); a renderer that shows raw HTML as text (markdown-it
/// with `html: false`) shows it, a price paid only by names that hold an address.
fn escape_markdown(out: &mut String, s: &str) {
    let leading_digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let list_marker = i == 0 && matches!(c, '-' | '+')
            || (i == leading_digits && leading_digits > 0 && matches!(c, '.' | ')'));
        let link_dot = c == '.'
            && prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(char::is_alphanumeric);
        // GitHub's renderer joins escaped characters back into the text before it looks for
        // e-mail addresses: only a node that is not text (an empty HTML comment, which renders
        // as nothing) keeps `name@domain.org` from becoming a mailto: link.
        if c == '@'
            && prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | '+' | '-' | '_'))
            && next.is_some_and(char::is_alphanumeric)
        {
            out.push_str("\\@<!-- -->");
            prev = Some(c);
            continue;
        }
        prev = Some(c);
        if list_marker
            || link_dot
            || matches!(c, ':' | '@')
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
}
