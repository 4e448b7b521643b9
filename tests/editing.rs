//! Editing through the API and saving without losing a comment: the bundled registry and
//! statement files (hand-kept, with provenance comments) are loaded, edited, saved, and the
//! saved files differ from the originals by exactly the edit.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use signatories::{Entry, Printed, Registry, SectionKind};

const REGISTRY: &str = "examples/data/registry.toml";
const STATEMENT: &str = "examples/data/icor-2023-02-07-peru-solidarity.toml";
const STATEMENT_ID: &str = signatories::seed::STATEMENT_ID;

/// Copies of the bundled files in a fresh folder.
fn copies() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (r, s) = (
        dir.path().join("registry.toml"),
        dir.path().join("statement.toml"),
    );
    std::fs::copy(root.join(REGISTRY), &r).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(root.join(STATEMENT), &s).unwrap_or_else(|e| panic!("{e}"));
    (dir, r, s)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{e}"))
}

/// Lines only in `a` and lines only in `b`, by a longest-common-subsequence diff.
fn diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j].to_owned());
            j += 1;
        } else {
            removed.push(a[i].to_owned());
            i += 1;
        }
    }
    (removed, added)
}

fn new_organization() -> signatories::Organization {
    let r = Registry::from_toml_str(
        "[[organization]]\nid = \"kpd-test\"\ncountries = [\"DE\"]\nacronyms = [{ text = \"NKP\", lang = \"de\" }]\nnames = [{ text = \"Neue Kommunistische Partei\", lang = \"de\", kind = \"original\" }]\n",
        "new.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    r.organizations()[0].clone()
}

#[test]
fn a_late_signatory_is_added_with_a_diff_of_exactly_the_added_lines() {
    let (_dir, reg, st) = copies();
    let (reg_before, st_before) = (read(&reg), read(&st));
    let mut r = Registry::load_files(&[&reg, &st]).unwrap_or_else(|e| panic!("{e}"));
    r.insert_organization(new_organization())
        .unwrap_or_else(|e| panic!("{e}"));
    r.add_entry(
        STATEMENT_ID,
        SectionKind::Subsequent,
        Entry::new("kpd-test"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let saved = r.save_organizations(&reg).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let saved = r.save_statements(&st).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");

    let (removed, added) = diff(&st_before, &read(&st));
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(added, ["  { org = \"kpd-test\" },"]);
    let (removed, added) = diff(&reg_before, &read(&reg));
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added,
        [
            "",
            "[[organization]]",
            "id = \"kpd-test\"",
            "countries = [\"DE\"]",
            "name-shows-country = false",
            "acronyms = [{ text = \"NKP\", lang = \"de\" }]",
            "names = [{ text = \"Neue Kommunistische Partei\", lang = \"de\", kind = \"original\" }]",
        ]
    );
    // Every comment of the hand-kept file is still there, and the files load back equal.
    let back = Registry::load_files(&[&reg, &st]).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == r);
}

#[derive(Debug, Clone)]
enum Edit {
    Add(SectionKind),
    Remove(usize),
    Move(usize, usize, usize),
    Print(usize),
    ClearPrinted,
    MorePossible(bool),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        prop::sample::select(vec![SectionKind::Initial, SectionKind::Subsequent])
            .prop_map(Edit::Add),
        (0usize..31).prop_map(Edit::Remove),
        (0usize..31, 0usize..2, 0usize..40).prop_map(|(a, b, c)| Edit::Move(a, b, c)),
        (0usize..31).prop_map(Edit::Print),
        Just(Edit::ClearPrinted),
        any::<bool>().prop_map(Edit::MorePossible),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any edit of the statement: the saved file loads back equal to the edited registry, keeps
    /// every comment line, and changes few lines (what the edit touched).
    #[test]
    fn any_edit_saves_as_a_small_diff(e in edit()) {
        let (_dir, reg, st) = copies();
        let before = read(&st);
        let mut r = Registry::load_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let orgs: Vec<String> = r.statement(STATEMENT_ID).map(|s| s.entries().map(|e| e.org.clone()).collect()).unwrap_or_default();
        let org = |i: usize| orgs[i % orgs.len()].clone();
        let result = match e.clone() {
            Edit::Add(kind) => r.insert_organization(new_organization())
                .and_then(|()| r.add_entry(STATEMENT_ID, kind, Entry::new("kpd-test"))),
            Edit::Remove(i) => r.remove_entry(STATEMENT_ID, &org(i)).map(|_| ()),
            Edit::Move(i, s, p) => r.move_entry(STATEMENT_ID, &org(i), s, p),
            Edit::Print(i) => r.set_printed(STATEMENT_ID, &org(i), Some(Printed {
                name: Some("As Printed".into()),
                ..Printed::default()
            })),
            Edit::ClearPrinted => r.set_printed(STATEMENT_ID, "pct", None),
            Edit::MorePossible(b) => r.update_statement(STATEMENT_ID, |s| s.more_possible = b),
        };
        prop_assert!(result.is_ok(), "{:?}", result);
        let saved = r.save_organizations(&reg).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(saved.is_empty(), "{:?}", saved);
        let saved = r.save_statements(&st).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(saved.is_empty(), "{:?}", saved);
        let after = read(&st);
        let back = Registry::load_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(back == r, "the saved file does not load back equal");
        for comment in before.lines().filter(|l| l.trim_start().starts_with('#')) {
            prop_assert!(after.lines().any(|l| l == comment), "lost comment {:?}", comment);
        }
        let (removed, added) = diff(&before, &after);
        prop_assert!(removed.len() <= 2 && added.len() <= 2, "{:?}: -{:?} +{:?}", e, removed, added);
    }
}

#[test]
fn an_invalid_edit_changes_nothing() {
    let mut r = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let before = r.statement(STATEMENT_ID).cloned();
    let e = r
        .update_statement(STATEMENT_ID, |s| {
            s.sections[0].entries[0].org = "nobody".into()
        })
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        e,
        format!(
            "statement {STATEMENT_ID:?}, section[0].entries[0].org: statement entry names no organization of the registry: \"nobody\""
        )
    );
    assert_eq!(r.statement(STATEMENT_ID).cloned(), before);
    assert!(r.remove_entry(STATEMENT_ID, "nobody").is_err());
    assert!(
        r.insert_entry(STATEMENT_ID, 7, 0, Entry::new("mlpd"))
            .is_err()
    );
    assert_eq!(r.statement(STATEMENT_ID).cloned(), before);
}

/// A French name for MLPD saved as one changed line; an update that takes another
/// organization's acronym refused whole.
fn update_and_refused_update(r: &mut Registry, reg: &Path, reg_before: &str) {
    use signatories::{NameKind, ProblemKind};
    // A French name for MLPD: found at once, and saved as one changed line.
    r.update_organization("mlpd", |o| {
        if let Ok(n) = signatories::Name::try_new(
            "Parti marxiste-léniniste d'Allemagne",
            "fr",
            NameKind::Translation,
        ) {
            o.names.push(n);
        }
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        r.find("parti marxiste-leniniste d'allemagne")
            .first()
            .map(|f| f.organization.id.as_str()),
        Some("mlpd")
    );
    let saved = r.save_organizations(reg).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let (removed, added) = diff(reg_before, &read(reg));
    assert!(
        removed.len() <= 1 && added.len() <= 2,
        "-{removed:?} +{added:?}"
    );
    assert!(
        added
            .iter()
            .any(|l| l.contains("Parti marxiste-léniniste d'Allemagne"))
    );

    // An update that takes another organization's acronym in its country is refused whole.
    let before = r.organization("mlpd").cloned();
    let e = r.update_organization("mlpd", |o| {
        if let Some(a) = o.acronyms.first_mut() {
            "KOL".clone_into(&mut a.text);
        }
        o.countries = vec![signatories::Place::Country(
            "LU".parse().unwrap_or_else(|e| panic!("{e}")),
        )];
    });
    let kinds: Vec<ProblemKind> = e
        .err()
        .map(|e| e.problems().iter().map(|p| p.kind).collect())
        .unwrap_or_default();
    // KOL is the acronym of an organization of Luxembourg in the bundled registry.
    assert_eq!(kinds, [ProblemKind::DuplicateAcronym]);
    assert_eq!(r.organization("mlpd").cloned(), before);
}

#[test]
fn organizations_are_updated_renamed_merged_and_removed() {
    use signatories::{NameKind, Organization};
    let (_dir, reg, st) = copies();
    let reg_before = read(&reg);
    let mut r = Registry::load_files(&[&reg, &st]).unwrap_or_else(|e| panic!("{e}"));

    update_and_refused_update(&mut r, &reg, &reg_before);

    // Renamed: every statement entry follows.
    r.rename_organization("mlpd", "mlpd-de")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(r.organization("mlpd").is_none());
    let s = r
        .statement(STATEMENT_ID)
        .unwrap_or_else(|| panic!("statement"));
    assert!(s.entries().any(|e| e.org == "mlpd-de"));
    assert!(!s.entries().any(|e| e.org == "mlpd"));
    assert!(r.rename_organization("mlpd-de", "Not A Slug").is_err());
    assert!(r.rename_organization("mlpd-de", "bkp").is_err());

    // A new organization merged into an existing one: its names join, it is gone.
    let dup = Organization::new("mlpd-copy")
        .with_country("DE")
        .with_name("MLPD (Deutschland)", "de", NameKind::Short)
        .unwrap_or_else(|e| panic!("{e}"));
    r.insert_organization(dup).unwrap_or_else(|e| panic!("{e}"));
    r.add_entry(
        STATEMENT_ID,
        SectionKind::Subsequent,
        Entry::new("mlpd-copy"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    r.merge_organizations("mlpd-de", "mlpd-copy")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(r.organization("mlpd-copy").is_none());
    let merged = r
        .organization("mlpd-de")
        .unwrap_or_else(|| panic!("merged"));
    assert!(merged.names.iter().any(|n| n.text == "MLPD (Deutschland)"));
    let s = r
        .statement(STATEMENT_ID)
        .unwrap_or_else(|| panic!("statement"));
    assert_eq!(s.entries().filter(|e| e.org == "mlpd-de").count(), 1);
    assert!(!s.entries().any(|e| e.org == "mlpd-copy"));

    // Removing an organization a statement names is refused; after its entry goes, it works.
    assert!(r.remove_organization("bkp").is_err());
    r.remove_entry(STATEMENT_ID, "bkp")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        r.remove_organization("bkp").map(|o| o.id).ok().as_deref(),
        Some("bkp")
    );
    assert!(r.find("бкп").is_empty());

    // All of it saves and loads back equal.
    let saved = r.save_organizations(&reg).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let saved = r.save_statements(&st).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let back = Registry::load_files(&[&reg, &st]).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == r);
    assert!(
        read(&reg).contains("# Doubt"),
        "the registry's comments are kept"
    );
}

#[derive(Debug, Clone)]
enum OrgEdit {
    AddName(usize),
    RemoveLastName(usize),
    ToggleNameShowsCountry(usize),
    AddIdentifier(usize),
    Rename(usize),
}

fn org_edit() -> impl Strategy<Value = OrgEdit> {
    prop_oneof![
        (0usize..31).prop_map(OrgEdit::AddName),
        (0usize..31).prop_map(OrgEdit::RemoveLastName),
        (0usize..31).prop_map(OrgEdit::ToggleNameShowsCountry),
        (0usize..31).prop_map(OrgEdit::AddIdentifier),
        (0usize..31).prop_map(OrgEdit::Rename),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any edit of an organization: the registry file loads back equal, keeps every comment,
    /// and changes only the lines of what changed.
    #[test]
    fn any_organization_edit_saves_as_a_small_diff(e in org_edit()) {
        let (_dir, reg, st) = copies();
        let before = read(&reg);
        let mut r = Registry::load_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let ids: Vec<String> = r.organizations().iter().map(|o| o.id.clone()).collect();
        let id = |i: usize| ids[i % ids.len()].clone();
        let result = match e.clone() {
            OrgEdit::AddName(i) => r.update_organization(&id(i), |o| {
                if let Ok(n) = signatories::Name::try_new("Nom ajouté", "fr", signatories::NameKind::Translation) {
                    o.names.push(n);
                }
            }),
            OrgEdit::RemoveLastName(i) => r.update_organization(&id(i), |o| {
                if o.names.len() > 1 {
                    o.names.pop();
                }
            }),
            OrgEdit::ToggleNameShowsCountry(i) => r.update_organization(&id(i), |o| {
                o.name_shows_country = !o.name_shows_country;
            }),
            OrgEdit::AddIdentifier(i) => r.update_organization(&id(i), |o| {
                o.identifiers.push(signatories::Identifier {
                    scheme: "website".into(),
                    value: "https://example.org/".into(),
                });
            }),
            OrgEdit::Rename(i) => r.rename_organization(&id(i), "renamed-org"),
        };
        prop_assert!(result.is_ok(), "{:?}", result);
        let saved = r.save_organizations(&reg).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(saved.is_empty(), "{:?}", saved);
        let saved = r.save_statements(&st).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(saved.is_empty(), "{:?}", saved);
        let after = read(&reg);
        let back = Registry::load_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(back == r, "the saved files do not load back equal");
        // The edited registry's indexes (updated in place) find what a fresh load's find, for
        // every text before and after the edit.
        let ids = |found: Vec<signatories::Found<'_>>| -> Vec<String> {
            found.into_iter().map(|f| f.organization.id.clone()).collect()
        };
        let original = Registry::from_toml_str(&before, "before.toml").map_err(|e| TestCaseError::fail(e.to_string()))?;
        for o in back.organizations().iter().chain(original.organizations()) {
            let texts = o.acronyms.iter().map(|a| &a.text).chain(o.names.iter().map(|n| &n.text));
            for t in texts {
                prop_assert_eq!(ids(r.find(t)), ids(back.find(t)), "find {:?}", t);
                let word = t.split_whitespace().last().unwrap_or(t);
                prop_assert_eq!(ids(r.find(word)), ids(back.find(word)), "find {:?}", word);
                let alike = |reg: &Registry| -> Vec<String> {
                    reg.look_alikes(t).into_iter().map(|(o, x)| format!("{} {x}", o.id)).collect()
                };
                prop_assert_eq!(alike(&r), alike(&back), "look-alikes of {:?}", t);
            }
        }
        for comment in before.lines().filter(|l| l.trim_start().starts_with('#')) {
            prop_assert!(after.lines().any(|l| l == comment), "lost comment {:?}", comment);
        }
        let (removed, added) = diff(&before, &after);
        prop_assert!(removed.len() <= 3 && added.len() <= 4, "{:?}: -{:?} +{:?}", e, removed, added);
    }
}

#[test]
fn areas_are_updated_and_removed() {
    let (_dir, reg, st) = copies();
    let before = read(&reg);
    let mut r = Registry::load_files(&[&reg, &st]).unwrap_or_else(|e| panic!("{e}"));
    r.update_area("kurdistan", |a| {
        a.names
            .insert("sv".parse().unwrap_or_default(), "Kurdistan".to_owned());
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let it = "sv".parse().unwrap_or_default();
    assert_eq!(
        r.area("kurdistan")
            .and_then(|a| a.names.get(&it))
            .map(String::as_str),
        Some("Kurdistan")
    );
    let saved = r.save_organizations(&reg).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let (removed, added) = diff(&before, &read(&reg));
    assert!(
        removed.len() <= 1 && added.len() <= 1,
        "-{removed:?} +{added:?}"
    );
    // A name with a hidden character is refused, and the area stays as it was.
    let kept = r.area("kurdistan").cloned();
    let e = r.update_area("kurdistan", |a| {
        a.names.insert(
            "de".parse().unwrap_or_default(),
            "Kurd\u{200F}istan".to_owned(),
        );
    });
    assert_eq!(
        e.err()
            .map(|e| e.problems().iter().map(|p| p.kind).collect::<Vec<_>>()),
        Some(vec![signatories::ProblemKind::Text(
            signatories::text::TextProblem::BidiControl('\u{200F}')
        )])
    );
    assert_eq!(r.area("kurdistan").cloned(), kept);
    // An area an organization names cannot be removed.
    assert!(r.remove_area("kurdistan").is_err());
    assert!(r.remove_area("nowhere").is_err());
}

// ---------------------------------------------------------------------------------------------
// Comments belong to their lines: whatever sequence of edits, every comment of every record
// nobody touched is still on that record, and a record's comments go with it.

/// Organizations `o0`…`o8`, each with a comment line above its table and one after its id; the
/// statement `s` names `o0`…`o5`, each entry with a comment line above it and one after it.
fn commented_pair(dir: &Path) -> (PathBuf, PathBuf) {
    let mut reg = String::from("# A registry kept by hand.\n\n");
    for i in 0..9 {
        reg.push_str(&format!(
            "# org o{i}\n[[organization]]\nid = \"o{i}\" # id of o{i}\ncountries = [\"DE\"]\nacronyms = [{{ text = \"P{i}\", lang = \"de\" }}]\nnames = [{{ text = \"Partei {}\", lang = \"de\", kind = \"original\" }}]\n\n",
            ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota"][i]
        ));
    }
    let mut st = String::from(
        "[[statement]]\nid = \"s\"\nmore-possible = true\n\n[[statement.section]]\nkind = \"initial\"\nentries = [\n",
    );
    for i in 0..6 {
        st.push_str(&format!(
            "  # above o{i}\n  {{ org = \"o{i}\" }}, # after o{i}\n"
        ));
    }
    st.push_str("]\n");
    let (r, s) = (dir.join("registry.toml"), dir.join("statement.toml"));
    std::fs::write(&r, reg).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&s, st).unwrap_or_else(|e| panic!("{e}"));
    (r, s)
}

#[derive(Debug, Clone)]
enum CommentEdit {
    MoveEntry(usize, usize),
    RemoveEntry(usize),
    AddEntry(usize),
    Rename(usize),
    RemoveOrg(usize),
    InsertOrg,
}

fn comment_edit() -> impl Strategy<Value = CommentEdit> {
    prop_oneof![
        (0usize..9, 0usize..9).prop_map(|(a, b)| CommentEdit::MoveEntry(a, b)),
        (0usize..9).prop_map(CommentEdit::RemoveEntry),
        (0usize..9).prop_map(CommentEdit::AddEntry),
        (0usize..9).prop_map(CommentEdit::Rename),
        (0usize..9).prop_map(CommentEdit::RemoveOrg),
        Just(CommentEdit::InsertOrg),
    ]
}

/// What the edits did to the original records: each original organization's id now (`None`:
/// removed), and the originals whose statement entry is still there.
struct Fates {
    ids: Vec<Option<String>>,
    entries: Vec<bool>,
}

/// Applies one edit (those the registry refuses change nothing and are skipped).
fn apply_comment_edit(r: &mut Registry, e: &CommentEdit, fates: &mut Fates, n: usize) {
    let listed: Vec<String> = r
        .statement("s")
        .map(|s| s.entries().map(|e| e.org.clone()).collect())
        .unwrap_or_default();
    let pick = |v: &[String], i: usize| (!v.is_empty()).then(|| v[i % v.len()].clone());
    let original =
        |fates: &Fates, id: &str| fates.ids.iter().position(|x| x.as_deref() == Some(id));
    match e {
        CommentEdit::MoveEntry(a, b) => {
            if let Some(org) = pick(&listed, *a) {
                let _ = r.move_entry("s", &org, 0, b % listed.len());
            }
        }
        CommentEdit::RemoveEntry(a) => {
            if let Some(org) = pick(&listed, *a) {
                let _ = r.remove_entry("s", &org);
                if let Some(i) = original(fates, &org) {
                    fates.entries[i] = false;
                }
            }
        }
        CommentEdit::AddEntry(a) => {
            let free: Vec<String> = r
                .organizations()
                .iter()
                .map(|o| o.id.clone())
                .filter(|id| !listed.contains(id))
                .collect();
            if let Some(org) = pick(&free, *a) {
                let _ = r.add_entry("s", SectionKind::Initial, Entry::new(org.as_str()));
            }
        }
        CommentEdit::Rename(a) => {
            let all: Vec<String> = r.organizations().iter().map(|o| o.id.clone()).collect();
            if let Some(org) = pick(&all, *a) {
                let new = format!("{org}-r{n}");
                if r.rename_organization(&org, &new).is_ok()
                    && let Some(i) = original(fates, &org)
                {
                    fates.ids[i] = Some(new);
                }
            }
        }
        CommentEdit::RemoveOrg(a) => {
            let free: Vec<String> = r
                .organizations()
                .iter()
                .map(|o| o.id.clone())
                .filter(|id| !listed.contains(id))
                .collect();
            if let Some(org) = pick(&free, *a)
                && r.remove_organization(&org).is_ok()
                && let Some(i) = original(fates, &org)
            {
                fates.ids[i] = None;
            }
        }
        CommentEdit::InsertOrg => {
            let one = Registry::from_toml_str(
                &format!("[[organization]]\nid = \"new-{n}\"\ncountries = [\"AT\"]\nacronyms = [{{ text = \"N{n}\", lang = \"de\" }}]\nnames = [{{ text = \"Neue Partei {n}\", lang = \"de\", kind = \"original\" }}]\n"),
                "new.toml",
            )
            .unwrap_or_else(|e| panic!("{e}"));
            r.insert_organization(one.organizations()[0].clone())
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Every original organization's comments are on it (or gone with it); every remaining original
/// entry has its comment above and after it; no comment of a removed entry is left.
fn check_comments(reg: &str, st: &str, fates: &Fates) -> Result<(), TestCaseError> {
    for (i, id) in fates.ids.iter().enumerate() {
        let above = format!("# org o{i}\n[[organization]]\n");
        match id {
            Some(id) => {
                let own = format!("{above}id = \"{id}\" # id of o{i}\n");
                prop_assert!(
                    reg.contains(&own),
                    "o{i} (now {id}) lost its comments:\n{reg}"
                );
            }
            None => prop_assert!(
                !reg.contains(&format!("# org o{i}\n")),
                "o{i} removed, its comment left:\n{reg}"
            ),
        }
    }
    let lines: Vec<&str> = st.lines().collect();
    for (i, kept) in fates.entries.iter().enumerate() {
        let above = format!("# above o{i}");
        if !*kept {
            prop_assert!(
                !st.contains(&above),
                "entry o{i} removed, its comment left:\n{st}"
            );
            continue;
        }
        let id = fates.ids[i].clone().unwrap_or_default();
        let at = lines
            .iter()
            .position(|l| l.contains(&format!("{{ org = \"{id}\" }}")));
        prop_assert!(at.is_some(), "entry of o{i} ({id}) gone:\n{st}");
        let at = at.unwrap_or_default();
        prop_assert!(
            at > 0 && lines[at - 1].trim() == above,
            "o{i}: {:?} above its entry:\n{st}",
            lines.get(at.wrapping_sub(1))
        );
        prop_assert!(
            lines[at].ends_with(&format!("# after o{i}")),
            "o{i}: {:?}:\n{st}",
            lines[at]
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of edits, each saved with `save_files`: the comments of every record stay on
    /// it, those of a removed record go with it, and the files load back equal to the registry.
    #[test]
    fn comments_stay_on_their_records(edits in prop::collection::vec(comment_edit(), 1..10)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (reg, st) = commented_pair(dir.path());
        let mut r = Registry::load_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut fates = Fates {
            ids: (0..9).map(|i| Some(format!("o{i}"))).collect(),
            entries: (0..9).map(|i| i < 6).collect(),
        };
        for (n, e) in edits.iter().enumerate() {
            apply_comment_edit(&mut r, e, &mut fates, n);
            let warnings = r.save_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(warnings.is_empty(), "{:?}", warnings);
        }
        check_comments(&read(&reg), &read(&st), &fates)?;
        let back = Registry::load_files(&[&reg, &st]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(back == r, "the saved files do not load back equal");
    }
}

/// Untouched bytes stay: a byte order mark, CRLF line ends, the spelling of values that loading
/// normalizes (NFD, the deprecated `iw`, a missing `name-shows-country`) in the records that did
/// not change and in the unchanged values of one that did; a layout that cannot be cut into
/// records is saved with a warning naming the file, the line and why.
#[test]
fn untouched_bytes_stay_and_a_layout_that_cannot_be_kept_is_named() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("registry.toml");
    // "Mapai" in Hebrew is written here with a decomposed letter to be sure NFD survives: the
    // Latin "é" of "Parti ouvrié" as e + U+0301.
    let org = |id: &str, acr: &str| {
        format!(
            "# {id}\r\n[[organization]]\r\nid = '{id}'\r\ncountries = [\"IL\"]\r\nacronyms = [{{ text = \"{acr}\", lang = \"iw\" }}]\r\nnames = [ {{ text = \"Parti ouvrie\u{301} {acr}\", lang = \"fr\", kind = \"original\" }} ]\r\n\r\n"
        )
    };
    let text = format!(
        "\u{feff}# Kept by hand.\r\n\r\n{}{}",
        org("a", "AA"),
        org("b", "BB")
    );
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    let mut r = Registry::load(&path).unwrap_or_else(|e| panic!("{e}"));
    r.rename_organization("b", "b-new")
        .unwrap_or_else(|e| panic!("{e}"));
    let warnings = r.save_files(&[&path]).unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    // The changed value is written in the crate's quoting; everything else stays.
    let expected = text.replace("id = 'b'", "id = \"b-new\"");
    assert_eq!(saved, expected);
    // Interleaved tables: saved whole, with a warning at the table that breaks the record.
    let interleaved = "[[statement]]\nid = \"s\"\nmore-possible = false\n\n[[organization]]\nid = \"x\"\ncountries = [\"DE\"]\nnames = [{ text = \"X Partei\", lang = \"de\", kind = \"original\" }]\n\n[[statement.section]]\nkind = \"initial\"\nentries = [{ org = \"x\" }]\n";
    std::fs::write(&path, interleaved).unwrap_or_else(|e| panic!("{e}"));
    let mut r = Registry::load(&path).unwrap_or_else(|e| panic!("{e}"));
    r.update_statement("s", |s| s.more_possible = true)
        .unwrap_or_else(|e| panic!("{e}"));
    let warnings = r.save_files(&[&path]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, 10);
    assert_eq!(
        warnings[0].kind,
        signatories::SaveWarningKind::InterleavedTables
    );
    assert_eq!(warnings[0].path, path);
    assert!(
        warnings[0]
            .to_string()
            .contains("registry.toml:10: a table of another kind"),
        "{}",
        warnings[0]
    );
    let back = Registry::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == r);
}
