//! Format-preserving TOML saves: a registry saved over the TOML file it was loaded from changes
//! only what changed. Comments, blank lines, key order and the layout of every untouched record
//! stay as the person who keeps the file wrote them (`toml_edit`, the document model cargo uses
//! for `Cargo.toml`).
//!
//! Records are matched by `id` (areas, organizations, statements); a record that did not change
//! is left byte for byte; in one that did, only the keys whose values changed are rewritten, and
//! arrays (names, entries) change only between their common beginning and end, so adding an
//! entry adds one line. New records are appended in the crate's own layout; removed ones go.

use serde_json::Value as Json;
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

/// The text of `old` (a TOML data file) changed to hold what `new` (the crate's canonical TOML
/// of the same records) holds, or `None` when `old` does not parse as TOML.
pub(crate) fn merge(old: &str, new: &str) -> Option<String> {
    let mut doc: DocumentMut = old.parse().ok()?;
    let fresh: DocumentMut = new.parse().ok()?;
    let mut next_position = max_position(doc.as_table()) + 1;
    for key in ["area", "organization", "statement"] {
        let new_tables = match fresh.get(key) {
            Some(Item::ArrayOfTables(a)) => a.iter().collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        let root = doc.as_table_mut();
        if !matches!(root.get(key), Some(Item::ArrayOfTables(_))) {
            if new_tables.is_empty() {
                continue;
            }
            // Written in another shape (`organization = [...]`) or absent: the canonical form.
            root.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
        }
        let Some(Item::ArrayOfTables(tables)) = root.get_mut(key) else {
            continue;
        };
        merge_records(tables, &new_tables, &mut next_position);
        if tables.is_empty() {
            root.remove(key);
        }
    }
    // The merged text must say exactly what the canonical text says; where it would not (a
    // layout this merge does not foresee), the canonical text is saved instead.
    let merged = doc.to_string();
    let check: DocumentMut = merged.parse().ok()?;
    let data = |d: &DocumentMut| {
        ["area", "organization", "statement"].map(|k| d.get(k).map(json).unwrap_or(Json::Null))
    };
    (data(&check) == data(&fresh)).then_some(merged)
}

/// The largest position of a table in the document, so that appended tables come after all.
fn max_position(table: &Table) -> isize {
    let mut max = table.position().unwrap_or(0);
    for (_, item) in table.iter() {
        match item {
            Item::Table(t) => max = max.max(max_position(t)),
            Item::ArrayOfTables(a) => {
                for t in a.iter() {
                    max = max.max(max_position(t));
                }
            }
            _ => {}
        }
    }
    max
}

fn id_of(t: &Table) -> Option<&str> {
    t.get("id").and_then(Item::as_str)
}

/// For each record, the id of the nearest record before it that `known` accepts: a record's
/// place among the records both versions have (one pass).
fn slots<'a>(
    ids: &[Option<&'a str>],
    known: &dyn Fn(Option<&str>) -> bool,
) -> Vec<Option<&'a str>> {
    let mut last = None;
    ids.iter()
        .map(|id| {
            let here = last;
            if known(*id) {
                last = *id;
            }
            here
        })
        .collect()
}

/// A record as plain data without its id: a renamed record is the same record.
fn without_id(t: &Table) -> Json {
    table_json(t.iter().filter(|(k, _)| *k != "id"))
}

/// Records matched by id (or, for a renamed record, by its place or by everything but the
/// id): merged in place, removed when gone, appended when new. Ids are looked up in maps, so
/// the work is linear in the records.
fn merge_records(tables: &mut ArrayOfTables, new: &[&Table], next_position: &mut isize) {
    use std::collections::{HashMap, HashSet};
    let new_ids: Vec<Option<&str>> = new.iter().map(|t| id_of(t)).collect();
    let new_set: HashSet<&str> = new_ids.iter().flatten().copied().collect();
    let ids_before: Vec<Option<String>> =
        tables.iter().map(|t| id_of(t).map(str::to_owned)).collect();
    let old_set: HashSet<&str> = ids_before.iter().flatten().map(String::as_str).collect();
    let in_old = |id: Option<&str>| id.is_some_and(|id| old_set.contains(id));
    let in_new = |id: Option<&str>| id.is_some_and(|id| new_set.contains(id));
    // Renames: an old record whose id is gone and a new record whose id is new, between the
    // same neighbours (or equal but for the id), are one record: it takes the new id in place
    // and its comments stay with it.
    let old_refs: Vec<Option<&str>> = ids_before.iter().map(Option::as_deref).collect();
    let fresh: Vec<usize> = (0..new.len())
        .filter(|&j| !in_old(new_ids.get(j).copied().flatten()))
        .collect();
    // Fresh records by their data without the id and by their place, each computed once, so
    // that pairing stays linear however many records a save removes and adds.
    let new_slots = slots(&new_ids, &in_old);
    let mut by_data: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_slot: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    for &j in &fresh {
        if let Some(n) = new.get(j) {
            by_data
                .entry(without_id(n).to_string())
                .or_default()
                .push(j);
        }
        by_slot
            .entry(new_slots.get(j).copied().flatten())
            .or_default()
            .push(j);
    }
    let old_slots = slots(&old_refs, &in_new);
    let mut taken: HashSet<usize> = HashSet::new();
    let mut renames: Vec<(usize, usize)> = Vec::new();
    if !fresh.is_empty() {
        for (i, id) in old_refs.iter().enumerate() {
            if in_new(*id) {
                continue;
            }
            let first_free = |list: Option<&Vec<usize>>| {
                list.and_then(|l| l.iter().copied().find(|j| !taken.contains(j)))
            };
            let data = tables.get(i).map(|t| without_id(t).to_string());
            let same_data = first_free(data.as_ref().and_then(|d| by_data.get(d)));
            let same_slot = first_free(by_slot.get(&old_slots.get(i).copied().flatten()));
            if let Some(j) = same_data.or(same_slot) {
                taken.insert(j);
                renames.push((i, j));
            }
        }
    }
    for (i, j) in renames {
        if let (Some(t), Some(n)) = (tables.get_mut(i), new.get(j)) {
            merge_table(t, n, next_position);
        }
    }
    let by_id: HashMap<&str, &Table> = new
        .iter()
        .filter_map(|t| id_of(t).map(|id| (id, *t)))
        .collect();
    let kept: HashSet<String> = tables
        .iter()
        .filter_map(|t| id_of(t).map(str::to_owned))
        .filter(|id| by_id.contains_key(id.as_str()))
        .collect();
    // Removed records, from the end so that indexes stay valid.
    for i in (0..tables.len()).rev() {
        let keep = tables
            .get(i)
            .and_then(id_of)
            .is_some_and(|id| kept.contains(id));
        if !keep {
            tables.remove(i);
        }
    }
    for t in tables.iter_mut() {
        let n = id_of(t).and_then(|id| by_id.get(id)).copied();
        if let Some(n) = n {
            merge_table(t, n, next_position);
        }
    }
    for n in new {
        if !id_of(n).is_some_and(|id| kept.contains(id)) {
            let mut t = (*n).clone();
            place_after(&mut t, next_position);
            // A blank line before each new record, as the crate writes them.
            t.decor_mut().set_prefix("\n");
            tables.push(t);
        }
    }
}

/// Gives `t` and its sub-tables positions after every table of the document.
fn place_after(t: &mut Table, next_position: &mut isize) {
    t.set_position(Some(*next_position));
    *next_position += 1;
    for (_, item) in t.iter_mut() {
        if let Item::ArrayOfTables(a) = item {
            for sub in a.iter_mut() {
                place_after(sub, next_position);
            }
        }
    }
}

/// `old` changed to hold what `new` holds, key by key.
fn merge_table(old: &mut Table, new: &Table, next_position: &mut isize) {
    let gone: Vec<String> = old
        .iter()
        .filter(|(k, _)| !new.contains_key(k))
        .map(|(k, _)| k.to_owned())
        .collect();
    for k in gone {
        old.remove(&k);
    }
    for (key, new_item) in new.iter() {
        match old.get_mut(key) {
            Some(old_item) if same(old_item, new_item) => {}
            Some(old_item) => merge_item(old_item, new_item, next_position),
            None => {
                let mut item = new_item.clone();
                if let Item::ArrayOfTables(a) = &mut item {
                    for t in a.iter_mut() {
                        place_after(t, next_position);
                    }
                }
                old.insert(key, item);
            }
        }
    }
}

fn merge_item(old: &mut Item, new: &Item, next_position: &mut isize) {
    match (&mut *old, new) {
        (Item::Value(Value::Array(a)), Item::Value(Value::Array(b))) => merge_array(a, b),
        (Item::ArrayOfTables(a), Item::ArrayOfTables(b)) => {
            // Sections have no id: matched by position.
            while a.len() > b.len() {
                a.remove(a.len() - 1);
            }
            for (i, n) in b.iter().enumerate() {
                match a.get_mut(i) {
                    Some(t) => merge_table(t, n, next_position),
                    None => {
                        let mut t = n.clone();
                        place_after(&mut t, next_position);
                        a.push(t);
                    }
                }
            }
        }
        (Item::Table(a), Item::Table(b)) => merge_table(a, b, next_position),
        (Item::Value(a), Item::Value(b)) => {
            // The old spacing around the value is kept.
            let decor = a.decor().clone();
            *a = b.clone();
            *a.decor_mut() = decor;
        }
        (old, new) => *old = new.clone(),
    }
}

/// `old` changed to hold `new`'s elements: only those between the common beginning and the
/// common end are replaced, each new one laid out like its neighbour.
fn merge_array(old: &mut Array, new: &Array) {
    let (n_old, n_new) = (old.len(), new.len());
    let mut head = 0;
    while head < n_old.min(n_new) && same_value(old.get(head), new.get(head)) {
        head += 1;
    }
    let mut tail = 0;
    while tail < (n_old - head).min(n_new - head)
        && same_value(old.get(n_old - 1 - tail), new.get(n_new - 1 - tail))
    {
        tail += 1;
    }
    // The layout of an element near the change (its leading newline and indentation).
    let template = old
        .get(head)
        .or_else(|| head.checked_sub(1).and_then(|i| old.get(i)))
        .map(|v| v.decor().clone());
    // A comment after the last element's comma belongs to that element's line: elements
    // appended after it start after the comment.
    let trailing = old.trailing().as_str().unwrap_or("").to_owned();
    let appending = head == n_old && n_new > n_old;
    let kept_comment = match trailing.rfind('\n') {
        Some(nl) if appending && trailing.contains('#') => Some((
            trailing.get(..nl).unwrap_or("").to_owned(),
            trailing.get(nl..).unwrap_or("").to_owned(),
        )),
        _ => None,
    };
    for _ in head..n_old - tail {
        old.remove(head);
    }
    for (offset, i) in (head..n_new - tail).enumerate() {
        if let Some(v) = new.get(i) {
            let mut v = v.clone();
            if let Some(d) = &template {
                *v.decor_mut() = d.clone();
            }
            if offset == 0
                && let Some((comment, _)) = &kept_comment
            {
                let prefix = v
                    .decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or(" ")
                    .to_owned();
                v.decor_mut().set_prefix(format!("{comment}{prefix}"));
            }
            old.insert_formatted(head + offset, v);
        }
    }
    if let Some((_, rest)) = kept_comment {
        old.set_trailing(rest);
    }
}

fn same(a: &Item, b: &Item) -> bool {
    json(a) == json(b)
}

fn same_value(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => value_json(a) == value_json(b),
        _ => false,
    }
}

/// An item as plain data, whatever its layout (a table or an inline table, spacing, quotes).
fn json(item: &Item) -> Json {
    match item {
        Item::None => Json::Null,
        Item::Value(v) => value_json(v),
        Item::Table(t) => table_json(t.iter()),
        Item::ArrayOfTables(a) => Json::Array(a.iter().map(|t| table_json(t.iter())).collect()),
    }
}

fn table_json<'a>(items: impl Iterator<Item = (&'a str, &'a Item)>) -> Json {
    Json::Object(items.map(|(k, v)| (k.to_owned(), json(v))).collect())
}

fn value_json(v: &Value) -> Json {
    match v {
        Value::String(s) => Json::String(s.value().clone()),
        Value::Integer(i) => Json::from(*i.value()),
        Value::Float(f) => Json::from(*f.value()),
        Value::Boolean(b) => Json::Bool(*b.value()),
        Value::Datetime(d) => Json::String(d.value().to_string()),
        Value::Array(a) => Json::Array(a.iter().map(value_json).collect()),
        Value::InlineTable(t) => Json::Object(
            t.iter()
                .map(|(k, v)| (k.to_owned(), value_json(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untouched_records_keep_their_layout_and_comments() {
        let old = "# Registry kept by hand.\n\n[[organization]]\nid = \"a\"   # the first\nnames = [\n  { text = \"A\", lang = \"de\", kind = \"original\" }, # doubt: spelling\n]\n\n[[organization]]\nid = \"b\"\nnames = [{text=\"B\",lang=\"de\",kind=\"original\"}]\n";
        // The same records, one name added to "a", in the crate's canonical layout.
        let new = "[[organization]]\nid = \"a\"\nnames = [\n  { text = \"A\", lang = \"de\", kind = \"original\" },\n  { text = \"Aa\", lang = \"en\", kind = \"translation\" },\n]\n\n[[organization]]\nid = \"b\"\nnames = [{ text = \"B\", lang = \"de\", kind = \"original\" }]\n";
        let merged = merge(old, new).unwrap_or_default();
        assert_eq!(
            merged,
            "# Registry kept by hand.\n\n[[organization]]\nid = \"a\"   # the first\nnames = [\n  { text = \"A\", lang = \"de\", kind = \"original\" }, # doubt: spelling\n  { text = \"Aa\", lang = \"en\", kind = \"translation\" },\n]\n\n[[organization]]\nid = \"b\"\nnames = [{text=\"B\",lang=\"de\",kind=\"original\"}]\n"
        );
    }
}
