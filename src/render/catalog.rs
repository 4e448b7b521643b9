//! The messages editions are written with: the bundled `locales/<tag>/*.ftl` (found at build
//! time), and whatever a program adds at run time — a new language, or single messages of a
//! bundled one replaced — each checked as the bundled files are ([`Catalog::check`]).
//!
//! Which messages serve a requested locale follows CLDR's parent locales (`pt-BR` → `pt`,
//! `en-IN` → `en-001` → `en`, `zh-TW` → `zh-Hant`), with scripts made explicit by CLDR's likely
//! subtags (`zh` is `zh-Hans`, `sr` is `sr-Cyrl`), and ends in English.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::Path;

use unic_langid::LanguageIdentifier;

use super::check::{self, Reference, Resource};
pub use super::check::{MAX_FTL_BYTES, REFERENCE};
use crate::error::{Error, Location, Problem, ProblemKind, Problems};
use crate::locale::{IntoLocale, Language, LanguageChain, Locale};

include!(concat!(env!("OUT_DIR"), "/bundled_locales.rs"));

/// A set of Fluent resources by locale: the bundled ones ([`Catalog::bundled`]), and those a
/// program adds. A resource added for a locale that already has messages overrides them message
/// by message; one for a new locale adds a language.
///
/// ```
/// use signatories::render::{Catalog, RenderOptions, Renderer};
/// let mut catalog = Catalog::bundled();
/// // One message of the German edition replaced; the others stay.
/// catalog.add_ftl("de", "house-style.ftl", "subsequent-heading = Später unterzeichnet:\n")?;
/// let german = Renderer::try_new_with("de", &catalog)?;
/// let registry = signatories::seed::registry()?;
/// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
/// let text = german.render(&registry, statement, &RenderOptions::default())?;
/// assert!(text.contains("Später unterzeichnet:") && text.contains("Unterzeichner (Stand:"));
/// // A misspelled variable is refused, with its place.
/// let err = catalog.add_ftl("de", "bad.ftl", "item-bulleted = • { $entyr }\n").unwrap_err();
/// assert!(err.to_string().starts_with(
///     "bad.ftl:1:22: variable not used by the reference locale (en) in item-bulleted: \"entyr\""
/// ));
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    resources: Vec<Resource>,
}

fn key(tag: &LanguageIdentifier) -> (String, Option<String>, Option<String>) {
    let script = tag
        .script
        .map(|s| s.as_str().to_owned())
        .or_else(|| crate::locale::likely_script(tag).map(|s| s.as_str().to_owned()));
    (
        tag.language.as_str().to_owned(),
        script,
        tag.region.map(|r| r.as_str().to_owned()),
    )
}

/// The reference every resource is checked against: the bundled English messages, those
/// rendering asks for (an English override is checked against them too), built once.
fn bundled_reference() -> &'static Reference {
    static REFERENCE_MESSAGES: std::sync::OnceLock<Reference> = std::sync::OnceLock::new();
    REFERENCE_MESSAGES.get_or_init(|| {
        let en: LanguageIdentifier = REFERENCE.parse().unwrap_or_default();
        check::reference(Catalog::bundled_ref().resources_of(&en))
    })
}

impl Catalog {
    /// An empty catalog.
    ///
    /// ```
    /// let catalog = signatories::render::Catalog::new();
    /// assert!(catalog.locales().is_empty());
    /// ```
    pub fn new() -> Self {
        Catalog::default()
    }

    /// The bundled messages: every `locales/<tag>/*.ftl` of the crate.
    ///
    /// ```
    /// let catalog = signatories::render::Catalog::bundled();
    /// let tags: Vec<String> = catalog.locales().iter().map(|l| l.to_string()).collect();
    /// assert!(tags.iter().any(|t| t == "de") && tags.iter().any(|t| t == "zh-Hant"));
    /// assert!(catalog.check().is_empty());
    /// ```
    pub fn bundled() -> Self {
        let mut resources = Vec::new();
        for (tag, files) in BUNDLED {
            let Ok(locale) = tag.parse::<LanguageIdentifier>() else {
                continue;
            };
            for (name, source) in *files {
                resources.push(Resource {
                    locale: locale.clone(),
                    name: (*name).to_owned(),
                    source: Cow::Borrowed(source),
                });
            }
        }
        Catalog { resources }
    }

    /// The bundled catalog, built once.
    pub(crate) fn bundled_ref() -> &'static Catalog {
        static BUNDLED_CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        BUNDLED_CATALOG.get_or_init(Catalog::bundled)
    }

    /// The locales that have messages, sorted.
    ///
    /// ```
    /// let catalog = signatories::render::Catalog::bundled();
    /// let tags: Vec<String> = catalog.locales().iter().map(|l| l.to_string()).collect();
    /// assert!(tags.contains(&"en".to_owned()) && tags.contains(&"zh-Hant".to_owned()));
    /// assert!(signatories::render::Catalog::new().locales().is_empty());
    /// ```
    pub fn locales(&self) -> Vec<Locale> {
        self.tags().into_iter().map(Locale::from_id).collect()
    }

    /// The locales that have messages, sorted, as language identifiers.
    pub(crate) fn tags(&self) -> Vec<LanguageIdentifier> {
        let mut out: Vec<LanguageIdentifier> = Vec::new();
        for r in &self.resources {
            if !out.contains(&r.locale) {
                out.push(r.locale.clone());
            }
        }
        out.sort_by_key(ToString::to_string);
        out
    }

    /// Adds FTL text for a locale, checked as the bundled files are: it must parse, and each of
    /// its messages must be one the reference locale (English) has, with the same variables and
    /// every CLDR plural category of the locale covered. Messages it does not define come from
    /// the locale's other resources, its parents, then English.
    ///
    /// # Errors
    /// [`Error::InvalidLocale`] for a bad tag; [`Error::Invalid`] with every problem, each at its
    /// `name:line:column`; the catalog is then unchanged.
    ///
    /// ```
    /// use signatories::render::{Catalog, RenderOptions, Renderer};
    /// let mut catalog = Catalog::bundled();
    /// catalog.add_ftl("en", "mine.ftl", "subsequent-heading = Signed later:\n")?;
    /// let registry = signatories::seed::registry()?;
    /// let statement = registry.statement(signatories::seed::STATEMENT_ID).unwrap();
    /// let text = Renderer::try_new_with("en", &catalog)?.render(&registry, statement, &RenderOptions::default())?;
    /// assert!(text.contains("Signed later:"));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn add_ftl(
        &mut self,
        locale: impl IntoLocale,
        name: impl Into<String>,
        ftl: impl Into<String>,
    ) -> Result<(), Error> {
        let resource = Resource {
            locale: locale.into_language()?.into_id(),
            name: name.into(),
            source: Cow::Owned(ftl.into()),
        };
        let problems = self.check_added(&resource);
        if !problems.is_empty() {
            return Err(Error::Invalid(Problems(problems)));
        }
        self.resources.push(resource);
        Ok(())
    }

    /// The problems of `resource` as it would be added: its messages resolved through the
    /// resources that serve its locale, itself first.
    fn check_added(&self, resource: &Resource) -> Vec<Problem> {
        let mut context = vec![resource];
        context.extend(self.serving(&resource.locale));
        check::check_resource(bundled_reference(), resource, &context)
    }

    /// The resources that serve `locale`, best first: its own (the last added first), then
    /// those of its fallbacks.
    fn serving<'a>(&'a self, locale: &LanguageIdentifier) -> Vec<&'a Resource> {
        let mut chain = self.chain(locale);
        if !chain.contains(locale) {
            chain.insert(0, locale.clone());
        }
        chain
            .iter()
            .flat_map(|l| self.resources.iter().rev().filter(move |r| r.locale == *l))
            .collect()
    }

    /// Adds every `<tag>/*.ftl` of a folder (as `add_ftl` does, one locale per subfolder).
    ///
    /// # Errors
    /// [`Error::Io`] when the folder cannot be read; [`Error::InvalidLocale`] for a subfolder
    /// that is not a language tag; [`Error::Invalid`] with the problems of every file. Nothing
    /// is added unless every file is valid.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("add-dir-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(dir.join("en")).unwrap();
    /// std::fs::write(dir.join("en/mine.ftl"), "subsequent-heading = Signed later:\n").unwrap();
    /// let mut catalog = signatories::render::Catalog::bundled();
    /// catalog.add_dir(&dir)?;
    /// assert!(catalog.check().is_empty());
    /// # let _ = std::fs::remove_dir_all(&dir);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn add_dir(&mut self, dir: impl AsRef<Path>) -> Result<(), Error> {
        let dir = dir.as_ref();
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        let mut found: Vec<(Language, String, String)> = Vec::new();
        let mut problems = Vec::new();
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map_err(io(dir))?
            .collect::<Result<_, _>>()
            .map_err(io(dir))?;
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            let tag = entry.file_name().to_string_lossy().into_owned();
            let locale: Language = tag.as_str().into_language()?;
            let mut files: Vec<_> = std::fs::read_dir(&path)
                .map_err(io(&path))?
                .collect::<Result<_, _>>()
                .map_err(io(&path))?;
            files.sort_by_key(std::fs::DirEntry::file_name);
            for f in files {
                let p = f.path();
                if p.extension().is_some_and(|e| e == "ftl") {
                    // Regular files only, at most MAX_FTL_BYTES: a link to a device or a FIFO
                    // is refused, not read forever.
                    match crate::read_input_string(&p, MAX_FTL_BYTES) {
                        Ok(text) => found.push((locale.clone(), p.display().to_string(), text)),
                        Err(Error::Invalid(p)) => problems.extend(p.0),
                        Err(other) => return Err(other),
                    }
                }
            }
        }
        let mut next = self.clone();
        for (locale, name, text) in found {
            if let Err(e) = next.add_ftl(locale, name, text) {
                match e {
                    Error::Invalid(p) => problems.extend(p.0),
                    other => return Err(other),
                }
            }
        }
        if !problems.is_empty() {
            return Err(Error::Invalid(Problems(check::bounded(problems))));
        }
        *self = next;
        Ok(())
    }

    /// The locale checker, in the spirit of Mozilla's compare-locales: every locale's messages
    /// against the reference locale's ([`REFERENCE`], English), each problem located at
    /// `file:line:column` with a [`crate::ProblemKind`]:
    ///
    /// - the file does not parse (`Syntax`);
    /// - a message the reference does not have (`UnknownMessage`: obsolete or misspelled), or one
    ///   it has that neither the locale nor its parents define (`MissingMessage`: the edition
    ///   would print it in English);
    /// - a variable the reference does not use, or one of the reference's dropped
    ///   (`MessageVariable`);
    /// - a plural selector leaving a CLDR plural category of the locale (ICU4X) without a
    ///   variant (`PluralCategory`): every count from 0 to 1,100 and millions must land on an
    ///   exact variant (`[1]`), its category's variant, or the default only when its category
    ///   is `other`;
    /// - two values joined by the locale's list pattern written by hand (`Punctuation`: CLDR's
    ///   list formatting knows the language's rules).
    ///
    /// ```
    /// assert!(signatories::render::Catalog::bundled().check().is_empty());
    /// ```
    pub fn check(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        for res in &self.resources {
            let mut context = vec![res];
            context.extend(self.serving(&res.locale));
            out.extend(check::check_resource(bundled_reference(), res, &context));
            if out.len() > check::MAX_PROBLEMS {
                break;
            }
        }
        for locale in self.tags() {
            if out.len() <= check::MAX_PROBLEMS {
                self.missing_messages(&locale, &mut out);
            }
        }
        check::bounded(out)
    }

    /// The reference's messages that neither `locale` nor its parents define (English aside):
    /// each a problem at the locale's first resource.
    fn missing_messages(&self, locale: &LanguageIdentifier, out: &mut Vec<Problem>) {
        if locale.language.as_str() == REFERENCE {
            return;
        }
        let mut defined: BTreeSet<String> = BTreeSet::new();
        for l in self.chain(locale) {
            if l.language.as_str() != REFERENCE {
                for res in self.resources_of(&l) {
                    defined.extend(check::defined_ids(res));
                }
            }
        }
        let Some(first) = self.resources_of(locale).last() else {
            return;
        };
        for id in bundled_reference()
            .ids()
            .filter(|id| !defined.contains(*id))
        {
            out.push(Problem {
                kind: ProblemKind::MissingMessage,
                location: Location {
                    file: first.name.clone(),
                    line: 1,
                    column: 1,
                    field: None,
                },
                message: format!(
                    "message missing in {locale} (and its parents): the edition prints it in English"
                ),
                value: id.to_owned(),
            });
        }
    }

    /// Who reviewed a locale's messages, when and against what: the text after `# Review:` in
    /// the first of its files that has such a comment line (the bundled files each record one;
    /// `render --check-messages` shows it beside the checker's verdict). `None` where no file
    /// of the locale records a review.
    ///
    /// ```
    /// use signatories::render::Catalog;
    /// let catalog = Catalog::bundled();
    /// let review = catalog.review("it").unwrap();
    /// assert!(review.starts_with("draft"));
    /// assert!(catalog.review("sw").is_none());
    /// ```
    pub fn review(&self, locale: impl IntoLocale) -> Option<&str> {
        let locale = locale.into_locale().ok()?;
        self.resources
            .iter()
            .filter(|r| r.locale == *locale.language().id())
            .find_map(|r| {
                r.source
                    .lines()
                    .find_map(|l| l.strip_prefix("# Review:"))
                    .map(str::trim)
            })
    }

    /// The catalog's locales that serve `requested`, best first, by CLDR's parent locales; then
    /// English, the last fallback.
    pub(crate) fn chain(&self, requested: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
        let locales = self.tags();
        let mut out: Vec<LanguageIdentifier> = Vec::new();
        let push = |step: &LanguageIdentifier, out: &mut Vec<LanguageIdentifier>| {
            let k = key(step);
            for l in &locales {
                if key(l) == k && !out.contains(l) {
                    out.push(l.clone());
                }
            }
        };
        for step in LanguageChain::of_messages(requested).language_ids() {
            push(step, &mut out);
        }
        if let Ok(en) = REFERENCE.parse::<LanguageIdentifier>()
            && !out.contains(&en)
        {
            out.push(en);
        }
        out
    }

    /// The resources of a locale, the last added first (it overrides the others).
    pub(crate) fn resources_of<'a>(
        &'a self,
        locale: &'a LanguageIdentifier,
    ) -> impl Iterator<Item = &'a Resource> + 'a {
        self.resources
            .iter()
            .rev()
            .filter(move |r| r.locale == *locale)
    }
}

/// What one locale's messages say a signatory list's headings are, for the list reader
/// (`ingest`): the texts of `heading-undated` (with and without "more possible") and
/// `subsequent-heading`, and the terms `-reader-heading-words`, `-reader-section-words` and
/// `-reader-more-words` (other words the language's lists head a list or section with, one a
/// line), `-reader-and-words` (words that join a list's last name besides CLDR's "and"),
/// `-reader-group-words` (the words a sentence counts organizations by, one a line) and
/// `-reader-closing-words` (words that close an open list after its last name, one a line).
/// A new locale's messages thereby teach the reader its headings.
#[derive(Debug, Clone, Default)]
#[cfg_attr(not(feature = "ingest"), allow(dead_code))]
pub(crate) struct HeadingTexts {
    /// The locale.
    pub(crate) locale: LanguageIdentifier,
    /// `heading-undated` with `$more` = no ("Signataires :").
    pub(crate) heading: Option<String>,
    /// `heading-undated` with `$more` = yes ("Signataires (d’autres signatures sont possibles) :").
    pub(crate) heading_more: Option<String>,
    /// `subsequent-heading` ("Signataires ultérieurs :").
    pub(crate) subsequent: Option<String>,
    /// The lines of `-reader-heading-words`.
    pub(crate) heading_words: Vec<String>,
    /// The lines of `-reader-section-words`.
    pub(crate) section_words: Vec<String>,
    /// The lines of `-reader-more-words`.
    pub(crate) more_words: Vec<String>,
    /// The lines of `-reader-and-words`.
    pub(crate) and_words: Vec<String>,
    /// The lines of `-reader-group-words`.
    pub(crate) group_words: Vec<String>,
    /// The lines of `-reader-closing-words`.
    pub(crate) closing_words: Vec<String>,
}

impl Catalog {
    /// The heading texts of every locale of the catalog (in [`Catalog::locales`] order), each
    /// from the locale's own resources only (a regional locale that does not restate its
    /// parent's headings adds nothing).
    #[cfg_attr(not(feature = "ingest"), allow(dead_code))]
    pub(crate) fn heading_texts(&self) -> Vec<HeadingTexts> {
        self.tags()
            .into_iter()
            .map(|locale| {
                let mut own: Vec<&Resource> = self.resources_of(&locale).collect();
                // Added in order, so that the last added overrides.
                own.reverse();
                heading_texts_of(locale.clone(), &own)
            })
            .collect()
    }
}

/// [`HeadingTexts`] of one locale from its resources (the last one overriding).
#[cfg_attr(not(feature = "ingest"), allow(dead_code))]
fn heading_texts_of(locale: LanguageIdentifier, resources: &[&Resource]) -> HeadingTexts {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let mut bundle = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    let mut out = HeadingTexts {
        locale,
        ..HeadingTexts::default()
    };
    for res in resources {
        if let Ok(r) = FluentResource::try_new(res.source.to_string()) {
            bundle.add_resource_overriding(r);
        }
        let parsed = check::parse(res.source.as_ref());
        for entry in &parsed.body {
            let fluent_syntax::ast::Entry::Term(t) = entry else {
                continue;
            };
            let target = match t.id.name {
                "reader-heading-words" => &mut out.heading_words,
                "reader-section-words" => &mut out.section_words,
                "reader-more-words" => &mut out.more_words,
                "reader-and-words" => &mut out.and_words,
                "reader-group-words" => &mut out.group_words,
                "reader-closing-words" => &mut out.closing_words,
                _ => continue,
            };
            let text: String = t
                .value
                .elements
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                    fluent_syntax::ast::PatternElement::Placeable { .. } => None,
                })
                .collect();
            target.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    let format = |id: &str, more: Option<&str>| {
        let pattern = bundle.get_message(id)?.value()?;
        let mut args = FluentArgs::new();
        if let Some(m) = more {
            args.set("more", m);
        }
        let mut errors = Vec::new();
        let s = bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.is_empty().then(|| s.into_owned())
    };
    out.heading = format("heading-undated", Some("no"));
    out.heading_more = format("heading-undated", Some("yes"));
    out.subsequent = format("subsequent-heading", None);
    out
}
