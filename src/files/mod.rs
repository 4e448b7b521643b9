//! Data files: the registry's own formats read into the model and written back.
//!
//! Each format is one file here: a reader into the spanned document [`tree`] (`toml.rs`,
//! `json.rs`: whole, or one record at a time as [`tree::Event`]s) and a writer (`encode.rs`).
//! [`decode`] turns the tree into the model, checking every value with its line and column;
//! [`input`] opens every input the crate reads (regular files or standard input, bounded);
//! [`save`] reads files bounded by their size and writes them atomically under a lock;
//! [`commit`] saves several files as one change, each written whole or streamed as a
//! [`new_text::Spliced`] text (ranges of the old file and the records that changed);
//! [`preserve`] merges a save into the TOML file a person keeps, keeping comments and layout.
//!
//! A new format is a new reader file here, a variant of [`Format`] and its extension in
//! [`Format::ALL`]; callers choose by [`Format::from_path`] and never match the enum
//! exhaustively (it is `#[non_exhaustive]`).

pub(crate) mod commit;
pub(crate) mod csv;
pub(crate) mod decode;
pub(crate) mod encode;
pub mod incoming;
pub(crate) mod input;
pub(crate) mod json;
mod listed;
pub(crate) mod new_text;
pub(crate) mod old_text;
pub(crate) mod open_data;
pub(crate) mod popolo;
pub(crate) mod preserve;
pub(crate) mod save;
pub(crate) mod toml;
mod toml_fast;
pub(crate) mod tree;
pub(crate) mod wikidata;
mod wikidata_countries;
mod wikimedia;

/// The file format of a data file.
///
/// ```
/// use signatories::{Format, Registry};
/// let mut registry = Registry::new();
/// registry.add_str(r#"{"organization": [{"id": "a", "names": [{"text": "A", "lang": "en", "kind": "original"}]}]}"#, Format::Json, "r.json")?;
/// assert!(registry.organization("a").is_some());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// TOML, for people.
    Toml,
    /// JSON, for programs.
    Json,
}

impl Format {
    /// Every format, in the order error messages name them.
    pub const ALL: &'static [Format] = &[Format::Toml, Format::Json];

    /// The file name extension of this format, without the dot.
    ///
    /// ```
    /// assert_eq!(signatories::Format::Toml.extension(), "toml");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            Format::Toml => "toml",
            Format::Json => "json",
        }
    }

    /// The format a path's extension names (`.toml`, `.json`, in any case), if any.
    ///
    /// ```
    /// use signatories::Format;
    /// assert_eq!(Format::from_path("registry.TOML".as_ref()), Some(Format::Toml));
    /// assert_eq!(Format::from_path("registry.csv".as_ref()), None);
    /// ```
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// The known extensions as an error message lists them: `.toml or .json`.
    pub(crate) fn expected() -> String {
        let names: Vec<String> = Format::ALL
            .iter()
            .map(|f| format!(".{}", f.extension()))
            .collect();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// At most this many problems, and as many warnings, are listed for one source; the rest are
/// counted in a last line ("… and N more"), so that a broken file of millions of lines yields a
/// readable report in bounded time and memory.
pub const MAX_LISTED_PROBLEMS: usize = 1000;
