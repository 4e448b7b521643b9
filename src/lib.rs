//! # signatories
//!
//! Multilingual organization registries and the signatory lists of joint statements: a
//! registry of organizations with acronyms and names in every language and script
//! ([`Registry`], [`Organization`]), statements with their signatory sections ([`Statement`]),
//! and a renderer that prints each language edition's list with Fluent messages and CLDR data
//! ([`render::Renderer`]).
//!
//! ```
//! use signatories::Registry;
//! use signatories::render::{OutputFormat, RenderOptions, Renderer};
//!
//! // A registry and a statement, as data files hold them (or `Registry::load(path)?`).
//! let registry = Registry::from_toml_str(r#"
//! [[organization]]
//! id = "bkp"
//! countries = ["BG"]
//! name-shows-country = true
//! acronyms = [{ text = "БКП", lang = "bg" }]
//! names = [
//!   { text = "Българска Комунистическа Партия", lang = "bg", kind = "original" },
//!   { text = "Bulgarian Communist Party", lang = "en", kind = "translation" },
//!   { text = "Bulgarische Kommunistische Partei", lang = "de", kind = "translation" },
//! ]
//!
//! [[organization]]
//! id = "uoc"
//! countries = ["CY"]
//! acronyms = [{ text = "UoC", lang = "en" }]
//! names = [{ text = "Union of Cypriots", lang = "en", kind = "original" }]
//!
//! [[statement]]
//! id = "example"
//! as-of = "2023-02-07"
//! more-possible = true
//! [[statement.section]]
//! kind = "initial"
//! entries = [{ org = "bkp" }, { org = "uoc" }]
//! "#, "example.toml")?;
//!
//! // Case- and accent-blind lookups in any script.
//! assert_eq!(registry.find("бкп")[0].organization.id, "bkp");
//!
//! // The German edition: CLDR's date and country names, Fluent's sentences, and the German
//! // name after a name in another language (never an English one: UoC has no German name,
//! // and the rendering says so).
//! let statement = registry.statement("example").unwrap();
//! let german = Renderer::try_new("de")?;
//! let text = german.render(&registry, statement, &RenderOptions::default())?;
//! assert_eq!(text, concat!(
//!     "Unterzeichner (Stand: 7. Februar 2023, weitere Unterzeichner möglich):\n\n",
//!     "  1. БКП Българска Комунистическа Партия (Bulgarische Kommunistische Partei)\n\n",
//!     "  2. UoC Union of Cypriots, Zypern\n\n",
//! ));
//! assert_eq!(text.untranslated(), ["uoc"]);
//!
//! // HTML for a web page: every string escaped, foreign names marked with their language.
//! let html = german.render(&registry, statement, &RenderOptions::default().with_format(OutputFormat::Html))?;
//! assert!(html.contains(r#"<span lang="bg">БКП</span>"#));
//! # Ok::<(), signatories::Error>(())
//! ```
//!
//! Data files report every problem at once, each with its file, line and column:
//!
//! ```
//! let err = signatories::Registry::from_toml_str(
//!     "[[organization]]\nid = \"x\"\nnames = [{ text = \" \", lang = \"xx-Qqqq\", kind = \"original\" }]\n",
//!     "bad.toml",
//! ).unwrap_err();
//! assert_eq!(err.to_string(), "bad.toml:3:19: empty text in name: \" \"\n\
//!                              bad.toml:3:31: unknown language in name: \"xx-Qqqq\"");
//! ```
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

/// Gives a fieldless enum its spelling: `as_str`, `Display` and `FromStr` (an unknown spelling is
/// an [`Error::InvalidValue`] that lists the known ones), so that command lines and files parse
/// the same words the crate prints.
macro_rules! spelled_enum {
    ($ty:ty, $what:literal, { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $ty {
            /// The word for this value, as command lines and data files spell it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::error::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($word => Ok(Self::$variant),)+
                    _ => Err(crate::error::Error::InvalidValue {
                        what: format!(
                            "unknown {} (expected {})",
                            $what,
                            [$($word),+].join(", ")
                        ),
                        value: s.to_owned(),
                    }),
                }
            }
        }
    };
}

/// The hash map of the crate's indexes: foldhash, fast and randomly seeded (see Cargo.toml).
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// The hash set of the crate's indexes.
pub(crate) type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

#[cfg(feature = "ingest")]
pub mod audit;
pub mod collate;
mod date;
mod digest;
mod error;
mod files;
mod find;
#[cfg(feature = "ingest")]
pub mod ingest;
pub mod locale;
mod organization;
mod parallel;
#[cfg(feature = "ingest")]
pub mod reconcile;
pub mod registry;
pub mod render;
pub mod seed;
mod statement;
pub mod text;

pub use date::{PartialDate, Precision};
pub use error::{Error, Location, Problem, ProblemArea, ProblemKind, Problems};
pub use files::Format;
/// Organizations as open-data files describe them (Popolo, Wikidata entity JSON, CSV): the
/// records the readers hand out one at a time ([`interop::Incoming`]), the readers
/// ([`interop::read_path`], [`interop::read_str`]) and what a read reports; see
/// [`Registry::import`] for matching them to a registry.
pub mod interop {
    pub use crate::files::incoming::{
        Incoming, IncomingName, InteropFormat, ReadReport, UntaggedName, country_item,
    };
    pub use crate::files::open_data::{read_path, read_str};
}
pub use files::input::{DEFAULT_MAX_INPUT_BYTES, read_input, read_input_string};
pub use find::{MatchKind, Suggestion};
pub use locale::{IntoLocale, Language, LanguageChain, Locale};
pub use organization::{
    Acronym, Area, CountryCode, Identifier, MAX_ACRONYMS, MAX_IDENTIFIERS, MAX_NAMES, MAX_PLACES,
    Name, NameKind, NameSource, Organization, Place, is_slug,
};
pub use registry::{Found, Registry, SaveWarning, SaveWarningKind, Saved};
pub use statement::{Entry, Printed, Section, SectionKind, Statement};

/// Checks of the crate's internal readers for the fuzz targets (`fuzz/`) and their replay in
/// `tests/fuzz_regressions.rs`; not part of the API, and changed without notice.
#[doc(hidden)]
pub mod fuzzing {
    /// The crate's own reader of the common TOML shape against the toml crate on `text` and
    /// on each chunk of it that a registry's load reads apart: how many of them the fast
    /// reader read (it leaves any text it is unsure of to the toml crate), and the first it
    /// read otherwise than the toml crate (values, keys, spans or order), described.
    pub fn toml_fast_check(text: &str) -> (usize, Option<String>) {
        crate::files::toml::fast_reader_check(text)
    }
}

/// The README's code examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
