//! Finding organizations as people type them, in one place:
//!
//! - `index`: the exact index — acronyms and names keyed by CLDR root collation at primary
//!   strength (the crate's one primary collator: `бкп` finds `БКП`, `cote` finds `Côte`), and
//!   names containing every word of a query;
//! - `fuzzy`: suggestions for typos, ranked with a score, over folded texts and their Latin
//!   transliterations (`Balgarska` finds `Българска`);
//! - `similarity`: how alike two names are, the crate's one measure, and the named thresholds
//!   at which finding, reconciling, the audit and the list reader take two names for one.
//!
//! The registry's [`Registry::find`](crate::Registry::find) (exact),
//! [`Registry::find_with`](crate::Registry::find_with) (as one language compares) and
//! [`Registry::search`](crate::Registry::search) (exact, then fuzzy) use them.

mod fuzzy;
mod index;
pub(crate) mod similarity;

pub use fuzzy::Suggestion;
pub(crate) use fuzzy::{Folded, fold};
pub use index::MatchKind;
/// The marks folding drops, for the list reader's gazetteer.
#[cfg(feature = "ingest")]
pub(crate) use index::ignorable_mark;
#[cfg(feature = "ingest")]
pub(crate) use index::primary_collator;
pub(crate) use index::{LookupIndex, words};
