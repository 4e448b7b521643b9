//! Records decoded on every core: the reader (one thread: the syntax is read in order) hands
//! each record's tree over in batches to threads that decode them, each with a reporter of its
//! own; what they decoded and reported is taken back batch by batch in the file's order, so
//! that records, spans, ids, references, problems and warnings (their order, the first
//! [`crate::files::MAX_LISTED_PROBLEMS`] listed, the counts) are those of decoding on one thread. An
//! event that is not a record (the file's root, a top-level field, an unknown key) waits for
//! the batches before it and is decoded here. A small text, a machine of one core, or threads
//! that cannot be started: everything is decoded on this thread.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, SyncSender, TrySendError, sync_channel};
use std::thread::Builder;

use super as decode;
use super::{Decoded, Reported, Reporter};
use crate::error::Pos;
use crate::files::tree::{Event, Node};

/// Texts shorter than this are decoded on this thread: threads would cost more than they save.
const MIN_BYTES: usize = 1 << 20;
/// Records handed over at a time.
const BATCH: usize = 256;

/// A record's kind, tree and place in the text (counted by the reader, which reads in order).
type Record<'a> = (&'static str, Node<'a>, Pos);
/// A batch of records: its place in the file's order and its records.
type Batch<'a> = (usize, Vec<Record<'a>>);
/// What a thread decoded of a batch, or the panic it met.
type Part = std::thread::Result<(usize, Decoded, Reported)>;

/// Reads `src` with `read` (a reader that hands over events: [`crate::files::json::records`],
/// [`crate::files::toml::records`]) and decodes its records into `out`, reporting to `rep`, exactly
/// as [`decode::on_event`] on every event in order would; returns what `read` returns.
pub(super) fn records<'a, R>(
    src: &'a str,
    rep: &mut Reporter<'_>,
    out: &mut Decoded,
    fields: &[&'static str],
    read: impl FnOnce(&mut dyn for<'k> FnMut(Event<'a, 'k>)) -> R,
) -> R {
    records_from(MIN_BYTES, src, rep, out, fields, read)
}

/// [`records`], on other threads from `min_bytes` of text.
fn records_from<'a, R>(
    min_bytes: usize,
    src: &'a str,
    rep: &mut Reporter<'_>,
    out: &mut Decoded,
    fields: &[&'static str],
    read: impl FnOnce(&mut dyn for<'k> FnMut(Event<'a, 'k>)) -> R,
) -> R {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if src.len() < min_bytes || cores < 2 {
        return read(&mut |event| decode::on_event(rep, out, event, fields));
    }
    let (to_workers, batches) = sync_channel::<Batch<'a>>(2 * cores);
    let batches = Mutex::new(batches);
    let (to_reader, parts) = std::sync::mpsc::channel::<Part>();
    let full = Full::default();
    std::thread::scope(|scope| {
        // One thread per core beside the reader: the reader waits whenever the threads are
        // busy, and its core is then theirs (one thread less left that core idle while the
        // reader waited: decoding takes about twice the reading).
        let started = (0..cores)
            .filter(|_| {
                let (batches, to_reader, full) = (&batches, to_reader.clone(), &full);
                let label = rep.file.clone();
                Builder::new()
                    .spawn_scoped(scope, move || work(label, src, batches, to_reader, full))
                    .is_ok()
            })
            .count();
        drop(to_reader);
        if started == 0 {
            return read(&mut |event| decode::on_event(rep, out, event, fields));
        }
        let mut pipe = Pipe {
            full: &full,
            to_workers: Some(to_workers),
            parts,
            batch: Vec::with_capacity(BATCH),
            sent: 0,
            merged: 0,
            waiting: BTreeMap::new(),
        };
        let result = read(&mut |event| pipe.on_event(rep, out, event, fields));
        pipe.flush(rep, out);
        // Dropping the sender ends the threads' loops.
        pipe.to_workers = None;
        result
    })
}

/// Whether the file's lists of problems and of warnings are full: a batch decoded after then
/// only counts what it would add (building a problem costs its location), as one thread does.
#[derive(Default)]
struct Full {
    problems: AtomicBool,
    warnings: AtomicBool,
}

/// The reader's side of the batches in flight.
struct Pipe<'a, 'f> {
    full: &'f Full,
    to_workers: Option<SyncSender<Batch<'a>>>,
    parts: Receiver<Part>,
    /// Records read and not yet handed over.
    batch: Vec<Record<'a>>,
    /// Batches handed over, and taken back in order.
    sent: usize,
    merged: usize,
    /// Batches decoded ahead of one still being decoded.
    waiting: BTreeMap<usize, (Decoded, Reported)>,
}

impl<'a> Pipe<'a, '_> {
    fn on_event(
        &mut self,
        rep: &mut Reporter<'_>,
        out: &mut Decoded,
        event: Event<'a, '_>,
        fields: &[&'static str],
    ) {
        if let Event::Item(key, node) = event {
            if let Some(&kind) = fields.iter().find(|f| **f == key.name) {
                let at = rep.start_record(node.span.start, None);
                self.batch.push((kind, node, at));
                if self.batch.len() >= BATCH {
                    self.send(rep, out);
                }
                return;
            }
            self.flush(rep, out);
            decode::on_event(rep, out, Event::Item(key, node), fields);
        } else {
            // What is not a record is reported after every record before it.
            self.flush(rep, out);
            decode::on_event(rep, out, event, fields);
        }
    }

    /// Hands the records read over, and takes back what is ready.
    fn send(&mut self, rep: &mut Reporter<'_>, out: &mut Decoded) {
        let mut batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        while !batch.is_empty() {
            let Some(tx) = &self.to_workers else { break };
            match tx.try_send((self.sent, batch)) {
                Ok(()) => {
                    self.sent += 1;
                    batch = Vec::new();
                }
                // The threads are busy: one batch decoded (or a thread's panic, taken up
                // there) makes room.
                Err(TrySendError::Full((_, back))) => {
                    batch = back;
                    match self.parts.recv() {
                        Ok(part) => self.take(rep, out, part),
                        Err(_) => break,
                    }
                }
                Err(TrySendError::Disconnected((_, back))) => {
                    batch = back;
                    break;
                }
            }
        }
        // No thread is left to take it (none can be, short of a panic): decoded here.
        self.decode_here(rep, out, batch);
        while let Ok(part) = self.parts.try_recv() {
            self.take(rep, out, part);
        }
    }

    /// Decodes a batch on this thread, after every batch handed over.
    fn decode_here(&mut self, rep: &mut Reporter<'_>, out: &mut Decoded, batch: Vec<Record<'a>>) {
        if batch.is_empty() {
            return;
        }
        self.wait(rep, out);
        for (kind, node, at) in &batch {
            decode::record(rep, kind, node, out, Some(*at));
        }
    }

    /// Hands the records read over and waits until every batch is taken back.
    fn flush(&mut self, rep: &mut Reporter<'_>, out: &mut Decoded) {
        self.send(rep, out);
        self.wait(rep, out);
    }

    /// Waits until every batch handed over is taken back.
    fn wait(&mut self, rep: &mut Reporter<'_>, out: &mut Decoded) {
        while self.merged < self.sent {
            match self.parts.recv() {
                Ok(part) => self.take(rep, out, part),
                // Every thread is gone without a panic: it cannot be, as a thread only ends
                // when the batches end or after sending its panic.
                Err(_) => unreachable!("the decoding threads ended with batches in flight"),
            }
        }
    }

    /// Takes a decoded batch back, and every batch after it that waited for it, in order.
    fn take(&mut self, rep: &mut Reporter<'_>, out: &mut Decoded, part: Part) {
        let (seq, decoded, reported) = part.unwrap_or_else(|e| std::panic::resume_unwind(e));
        self.waiting.insert(seq, (decoded, reported));
        while let Some((decoded, reported)) = self.waiting.remove(&self.merged) {
            out.append(decoded);
            rep.absorb(reported);
            self.merged += 1;
            let (problems, warnings) = rep.lists_full();
            self.full.problems.store(problems, Ordering::Relaxed);
            self.full.warnings.store(warnings, Ordering::Relaxed);
        }
    }
}

/// A decoding thread: batches in, decoded records and what was reported out, until the
/// batches end.
fn work<'a>(
    label: String,
    src: &'a str,
    batches: &Mutex<Receiver<Batch<'a>>>,
    to_reader: Sender<Part>,
    full: &Full,
) {
    let mut rep = Reporter::new(label, src);
    loop {
        let next = match batches.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, batch)) = next else { return };
        rep.set_listing(
            !full.problems.load(Ordering::Relaxed),
            !full.warnings.load(Ordering::Relaxed),
        );
        let part = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut out = Decoded::default();
            for (kind, node, at) in &batch {
                decode::record(&mut rep, kind, node, &mut out, Some(*at));
            }
            (seq, out, rep.take_reported())
        }));
        let panicked = part.is_err();
        if to_reader.send(part).is_err() || panicked {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::error::Problem;
    use crate::files::decode::{Decoded, Reporter};

    use super::records_from;

    const FIELDS: &[&str] = &["area", "organization", "statement"];

    /// The fields of organization `i`: among them problems of many kinds (a bad language tag,
    /// an unknown country, area or field) and warnings (a name mixing scripts).
    fn org(i: usize) -> (String, &'static str, String, &'static str) {
        let (lang, country, extra) = match i % 7 {
            0 => ("de", "DE", ""),
            1 => ("x!", "DE", ""),
            2 => ("de", "ZZ", ""),
            3 => ("de", "kurdistan", "colour"),
            4 => ("ru", "RU", ""),
            5 => ("de", "nowhere", ""),
            _ => ("en", "GB", ""),
        };
        // Latin and Cyrillic letters in one name: a warning.
        let name = if i % 5 == 4 { "Pаrty" } else { "Partei" };
        (format!("{name} {i}"), lang, country.to_owned(), extra)
    }

    /// Records of every kind with the organizations of [`org`] (more problems than are
    /// listed), and an unknown top-level key between records.
    fn json_text(n: usize) -> String {
        let orgs: Vec<String> = (0..n)
            .map(|i| {
                let (name, lang, country, extra) = org(i);
                let extra = if extra.is_empty() { String::new() } else { format!(r#", "{extra}": 1"#) };
                format!(
                    r#"{{"id": "org-{i}", "countries": ["{country}"], "acronyms": [{{"text": "P{i}", "lang": "{lang}"}}], "names": [{{"text": "{name}", "lang": "{lang}", "kind": "original"}}]{extra}}}"#
                )
            })
            .collect();
        let entries: Vec<String> = (0..n)
            .step_by(3)
            .map(|i| format!(r#"{{"org": "org-{}"}}"#, i % 40))
            .collect();
        format!(
            r#"{{"area": [{{"id": "kurdistan", "names": {{"en": "Kurdistan"}}}}, {{"id": "x"}}],
"organization": [{}],
"bogus": 5,
"statement": [{{"id": "s", "sections": [{{"kind": "initial", "entries": [{}]}}]}}, {{"id": "t"}}]}}"#,
            orgs.join(",\n"),
            entries.join(", ")
        )
    }

    /// The same records in TOML, with an unknown table among the organizations.
    fn toml_text(n: usize) -> String {
        let mut out = String::from(
            "[[area]]\nid = \"kurdistan\"\nnames = { en = \"Kurdistan\" }\n\n[[area]]\nid = \"x\"\n\n",
        );
        for i in 0..n {
            if i == n / 2 {
                out.push_str("[[bogus]]\nx = 1\n\n");
            }
            let (name, lang, country, extra) = org(i);
            out.push_str(&format!(
                "[[organization]]\nid = \"org-{i}\"\ncountries = [\"{country}\"]\nacronyms = [{{ text = \"P{i}\", lang = \"{lang}\" }}]\nnames = [{{ text = \"{name}\", lang = \"{lang}\", kind = \"original\" }}]\n"
            ));
            if !extra.is_empty() {
                out.push_str(&format!("{extra} = 1\n"));
            }
            out.push('\n');
        }
        let entries: Vec<String> = (0..n)
            .step_by(3)
            .map(|i| format!("{{ org = \"org-{}\" }}", i % 40))
            .collect();
        out.push_str(&format!(
            "[[statement]]\nid = \"s\"\n\n[[statement.section]]\nkind = \"initial\"\nentries = [{}]\n\n[[statement]]\nid = \"t\"\n",
            entries.join(", ")
        ));
        out
    }

    type Outcome = (String, Vec<Problem>, Vec<Problem>, String);

    /// What decoding `src` gives: the records and spans, problems, warnings, ids and
    /// references; on other threads from `min_bytes` of text.
    fn decoded(src: &str, json: bool, min_bytes: usize) -> Outcome {
        let mut rep = Reporter::new("f", src);
        let mut out = Decoded::default();
        let ok = if json {
            records_from(min_bytes, src, &mut rep, &mut out, FIELDS, |f| {
                crate::files::json::records(src, f).is_ok()
            })
        } else {
            records_from(min_bytes, src, &mut rep, &mut out, FIELDS, |f| {
                crate::files::toml::records(src, f)
            })
        };
        assert!(ok, "the reader read the text as records");
        let refs = format!("{:?}", rep.refs);
        let (problems, warnings) = rep.finish();
        (format!("{out:?}"), problems, warnings, refs)
    }

    #[test]
    fn records_decoded_on_other_threads_are_those_of_one_thread() {
        for json in [true, false] {
            for n in [0, 1, 255, 256, 257, 4000] {
                let src = if json { json_text(n) } else { toml_text(n) };
                let one = decoded(&src, json, usize::MAX);
                let many = decoded(&src, json, 0);
                assert_eq!(one.1, many.1, "problems, json {json}, {n} records");
                assert_eq!(one.2, many.2, "warnings, json {json}, {n} records");
                assert_eq!(
                    one.3, many.3,
                    "ids and references, json {json}, {n} records"
                );
                assert!(one.0 == many.0, "records, json {json}, {n} records");
                if n == 4000 {
                    // The case is one of many problems, listed up to the bound and counted.
                    assert!(
                        one.1.len() > crate::files::MAX_LISTED_PROBLEMS,
                        "{}",
                        one.1.len()
                    );
                    assert!(one.2.len() > 100, "{}", one.2.len());
                    assert!(
                        one.0.contains("\"org-3997\""),
                        "the last valid record decoded"
                    );
                }
            }
        }
    }
}
