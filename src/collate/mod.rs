//! Language-aware order: CLDR collation ([`Collation`], any CLDR locale and its `-u-co-`
//! variants), collation keys computed once per item ([`SortKeys`], [`OrganizationIndex`]), what
//! to sort organizations by ([`SortBy`], [`SortSpec`]) and the orderings editors use
//! ([`ListOrder`]).
//!
//! ```
//! use signatories::collate::{Collation, CollationOptions, SortKeys};
//!
//! let german = Collation::try_new("de", CollationOptions::default())?;
//! let names = ["Zürich", "Ärzte", "Apfel"];
//! let order: Vec<&str> = SortKeys::new(&german, &names).order().iter().map(|&i| names[i]).collect();
//! assert_eq!(order, ["Apfel", "Ärzte", "Zürich"]);
//! # Ok::<(), signatories::Error>(())
//! ```

mod collation;
mod find;
mod sort;

pub use collation::{CaseFirst, Collation, CollationOptions, Numeric, Punctuation, Strength};
pub use sort::{ListOrder, OrganizationIndex, SortBy, SortKeys, SortSpec, Transliteration};
