//! # signatories
//!
//! Multilingual organization registries and the signatory lists of joint statements.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod cldr;
pub mod date;
mod decode;
mod document;
pub mod encode;
pub mod error;
mod json;
pub mod locales;
pub mod lookup;
pub mod organization;
pub mod registry;
pub mod render;
pub mod resolve;
pub mod seed;
pub mod statement;
pub mod text;

pub use date::PartialDate;
pub use decode::Format;
pub use error::{Error, Location, Problem, Problems};
pub use lookup::MatchKind;
pub use organization::{Acronym, Area, Identifier, Name, NameKind, Organization, Place};
pub use registry::{Found, Registry};
pub use statement::{Entry, Printed, Section, SectionKind, Statement};
pub use unic_langid::LanguageIdentifier;
