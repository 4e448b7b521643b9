//! Reading an open-data file or text: the format chosen (given, or told from the content) and
//! the file handed to its reader (`popolo.rs`, `wikidata.rs`, `csv.rs`), which hand back
//! [`Incoming`] records. Apart from [`super::incoming`] (the records and the problems' sink) so
//! that the readers and the records they share import nothing of each other in a circle.

use std::path::Path;

use super::incoming::{Incoming, InteropFormat, ReadReport};
use super::input::{too_large, utf8};
use crate::error::Error;

/// Reads an open-data file, handing each organization to `each` as soon as it is read.
/// `format` is detected from the content when not given ([`InteropFormat::detect`]). A
/// Wikidata dump is read a line at a time, never whole; other files are read whole, bounded by
/// `max_bytes`.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::Invalid`] on a syntax error, invalid
/// UTF-8 or a file over `max_bytes`.
pub fn read_path(
    path: &Path,
    format: Option<InteropFormat>,
    max_bytes: u64,
    each: &mut dyn FnMut(Incoming),
) -> Result<ReadReport, Error> {
    use std::io::{BufRead as _, Read as _};
    let label = path.display().to_string();
    let io = |e: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let format = match format {
        Some(f) => f,
        None => InteropFormat::detect(reader.fill_buf().map_err(io)?),
    };
    let name = path
        .file_name()
        .map_or_else(|| label.clone(), |n| n.to_string_lossy().into_owned());
    if format == InteropFormat::Wikidata {
        return super::wikidata::read_lines(&mut reader, &label, max_bytes, each);
    }
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(&label, None, max_bytes));
    }
    let text = utf8(bytes, &label)?;
    read_str(&text, &label, &name, format, each)
}

/// Reads an open-data text; `label` names it in problems, `name` in the provenance of its
/// names (`popolo:NAME`, `csv:NAME`).
///
/// # Errors
/// [`Error::Invalid`] on a syntax error.
pub fn read_str(
    text: &str,
    label: &str,
    name: &str,
    format: InteropFormat,
    each: &mut dyn FnMut(Incoming),
) -> Result<ReadReport, Error> {
    match format {
        InteropFormat::Popolo => super::popolo::read(text, label, name, each),
        InteropFormat::Wikidata => {
            let mut reader = std::io::Cursor::new(text.as_bytes());
            super::wikidata::read_lines(&mut reader, label, u64::MAX, each)
        }
        InteropFormat::Csv => super::csv::read(text, label, name, each),
    }
}
