//! Saving never loses an update and never surprises the file system: a save refuses to replace
//! a file that changed since it was loaded, concurrent editors each keep their change, symbolic
//! links stay links, mode and owner are kept, temporary files are short-named and only ever
//! removed by the save that made them, and nothing is saved that would not load again.

use std::path::Path;

use signatories::{Error, Registry};

fn org(id: &str, acronym: &str) -> String {
    format!(
        "[[organization]]\nid = \"{id}\"\ncountries = [\"DE\"]\nacronyms = [{{ text = \"{acronym}\", lang = \"de\" }}]\nnames = [{{ text = \"Partei {acronym}\", lang = \"de\", kind = \"original\" }}]\n"
    )
}

fn load(path: &Path) -> Registry {
    Registry::load(path).unwrap_or_else(|e| panic!("{e}"))
}

fn add(r: &mut Registry, id: &str, acronym: &str) {
    let one = Registry::from_toml_str(&org(id, acronym), "<new>").unwrap_or_else(|e| panic!("{e}"));
    for o in one.organizations() {
        r.insert_organization(o.clone())
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

fn ids(path: &Path) -> Vec<String> {
    let mut ids: Vec<String> = load(path)
        .organizations()
        .iter()
        .map(|o| o.id.clone())
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_save_over_a_changed_file_is_refused_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("registry.toml");
    std::fs::write(&path, org("a", "AAA")).unwrap_or_else(|e| panic!("{e}"));
    let mut first = load(&path);
    let mut second = load(&path);
    add(&mut first, "b", "BBB");
    let saved = first.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    add(&mut second, "c", "CCC");
    let e = second.save(&path).err();
    assert!(matches!(e, Some(Error::Conflict { .. })), "{e:?}");
    assert!(
        e.map(|e| e.to_string())
            .unwrap_or_default()
            .ends_with("registry.toml: changed since it was loaded; nothing was written (load it again and repeat the change)")
    );
    assert_eq!(ids(&path), ["a", "b"]);
    // The registry that saved last may save again: the file is as it left it.
    add(&mut first, "d", "DDD");
    let saved = first.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    assert_eq!(ids(&path), ["a", "b", "d"]);
    // A file removed since it was loaded is a conflict too.
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(first.save(&path), Err(Error::Conflict { .. })));
}

#[test]
fn concurrent_editors_each_keep_their_change() {
    // Fifteen rounds of two editors that load, add an organization and save at the same time;
    // an editor told of a conflict loads again and repeats its change, as a person would.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("registry.json");
    let saved = Registry::from_toml_str(&org("seed", "SEED"), "<seed>")
        .and_then(|r| r.save(&path))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let mut expected = vec!["seed".to_owned()];
    for round in 0..15 {
        let barrier = std::sync::Barrier::new(2);
        std::thread::scope(|scope| {
            for editor in 0..2 {
                let (path, barrier) = (&path, &barrier);
                scope.spawn(move || {
                    let id = format!("r{round}-e{editor}");
                    let acronym = format!("R{round}E{editor}");
                    let mut conflicts = 0;
                    loop {
                        let mut r = load(path);
                        add(&mut r, &id, &acronym);
                        if conflicts == 0 {
                            barrier.wait();
                        }
                        match r.save(path) {
                            Ok(saved) => {
                                assert!(saved.is_empty(), "{saved:?}");
                                break;
                            }
                            Err(Error::Conflict { .. }) if conflicts < 20 => conflicts += 1,
                            Err(e) => panic!("{e}"),
                        }
                    }
                });
            }
        });
        expected.extend([format!("r{round}-e0"), format!("r{round}-e1")]);
    }
    expected.sort();
    assert_eq!(ids(&path), expected);
}

#[cfg(unix)]
#[test]
fn saves_write_through_links_and_keep_mode() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let real = dir.path().join("data");
    std::fs::create_dir(&real).unwrap_or_else(|e| panic!("{e}"));
    let target = real.join("registry.toml");
    std::fs::write(&target, org("a", "AAA")).unwrap_or_else(|e| panic!("{e}"));
    let link = dir.path().join("registry.toml");
    std::os::unix::fs::symlink("data/registry.toml", &link).unwrap_or_else(|e| panic!("{e}"));
    // A mode no default umask gives.
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut r = load(&link);
    add(&mut r, "b", "BBB");
    let saved = r.save(&link).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let meta = std::fs::symlink_metadata(&link).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(ids(&target), ["a", "b"]);
    let mode = std::fs::metadata(&target)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or_default();
    assert_eq!(mode, 0o640);
    // Nothing else was left in either folder.
    let names = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names(&real), ["registry.toml"]);
    assert_eq!(names(dir.path()), ["data", "registry.toml"]);
}

#[test]
fn long_names_save_and_stale_temporary_files_are_left_alone() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // A name at the usual file-system limit of 255 bytes.
    let long = format!("{}.json", "r".repeat(250));
    let path = dir.path().join(&long);
    let r = Registry::from_toml_str(&org("a", "AAA"), "<a>").unwrap_or_else(|e| panic!("{e}"));
    let saved = r.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    assert_eq!(ids(&path), ["a"]);
    // Stale files with the names this process's saves would try first: skipped, not removed.
    let prefix: String = long.chars().take(24).collect();
    let stale: Vec<_> = (0..40)
        .map(|n| {
            let p = dir
                .path()
                .join(format!(".{prefix}.{}-{n}.tmp", std::process::id()));
            std::fs::write(&p, "someone else's").unwrap_or_else(|e| panic!("{e}"));
            p
        })
        .collect();
    let fresh = Registry::from_toml_str(&org("b", "BBB"), "<b>").unwrap_or_else(|e| panic!("{e}"));
    let saved = fresh.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    assert_eq!(ids(&path), ["b"]);
    for p in &stale {
        assert_eq!(
            std::fs::read_to_string(p).unwrap_or_default(),
            "someone else's"
        );
    }
}

#[test]
fn nothing_is_saved_that_would_not_load_again() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("registry.json");
    let r = Registry::from_toml_str(&org("a", "AAA"), "<a>")
        .unwrap_or_else(|e| panic!("{e}"))
        .with_max_file_bytes(100);
    let e = r.save(&path).err();
    assert!(
        matches!(e, Some(Error::FileTooLarge { limit: 100, .. })),
        "{e:?}"
    );
    assert!(!path.exists());
    // With the default limit it saves, and a registry with the same limit loads it.
    let r = Registry::from_toml_str(&org("a", "AAA"), "<a>").unwrap_or_else(|e| panic!("{e}"));
    let saved = r.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    assert!(
        Registry::new()
            .with_max_file_bytes(size)
            .add_files(&[&path])
            .is_ok()
    );
    assert!(
        Registry::new()
            .with_max_file_bytes(size - 1)
            .add_files(&[&path])
            .is_err()
    );
}

/// As root (as CI runs), a file owned by another user keeps its owner and group after a save.
#[cfg(unix)]
#[test]
fn saves_keep_the_owner() {
    use std::os::unix::fs::MetadataExt as _;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("registry.toml");
    std::fs::write(&path, org("a", "AAA")).unwrap_or_else(|e| panic!("{e}"));
    let me = std::fs::metadata(&path).map(|m| m.uid()).unwrap_or(1);
    if me != 0 {
        eprintln!("skipped: changing a file's owner needs root");
        return;
    }
    // 65534: "nobody" on Debian.
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap_or_else(|e| panic!("{e}"));
    let mut r = load(&path);
    add(&mut r, "b", "BBB");
    let saved = r.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(saved.is_empty(), "{saved:?}");
    let m = std::fs::metadata(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((m.uid(), m.gid()), (65534, 65534));
}

// ---------------------------------------------------------------------------------------------
// Several files saved as one change: a registry file and a statements file, edited by two
// processes at once, and a save killed at each of its steps.

const REGISTRY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/registry.toml");
const STATEMENTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/icor-2023-02-07-peru-solidarity.toml"
);

/// A fresh copy of the bundled registry + statements pair.
fn pair() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (r, s) = (
        dir.path().join("registry.toml"),
        dir.path().join("statement.toml"),
    );
    std::fs::copy(REGISTRY, &r).unwrap_or_else(|e| panic!("{e}"));
    // One signatory less, for a late signatory to add.
    let list = std::fs::read_to_string(STATEMENTS).unwrap_or_default();
    std::fs::write(&s, list.replace("  { org = \"bkp\" },\n", ""))
        .unwrap_or_else(|e| panic!("{e}"));
    (dir, r, s)
}

/// An organization of the registry that the pair's statement does not name (the one `add`
/// adds).
fn unsigned(r: &Registry) -> String {
    let s = r
        .statement("icor-2023-02-07-peru-solidarity")
        .unwrap_or_else(|| panic!("no statement"));
    r.organizations()
        .iter()
        .find(|o| !s.entries().any(|e| e.org == o.id))
        .map(|o| o.id.clone())
        .unwrap_or_else(|| panic!("every organization signed"))
}

/// What a child process does to the pair in `SAVE_CHILD_DIR`: `rename` (mlpd → mlpd-new: both
/// files change) or `add` (a late signatory: the statements file changes). It waits for the
/// file `go` when `SAVE_CHILD_WAIT` is set, so that two children load at the same moment.
/// Exit status: 0 saved, 3 refused as a conflict, 4 any other error.
#[test]
#[ignore = "run as a child process by the race and kill tests"]
fn save_child() {
    let Some(dir) = std::env::var_os("SAVE_CHILD_DIR").map(std::path::PathBuf::from) else {
        return;
    };
    let role = std::env::var("SAVE_CHILD_ROLE").unwrap_or_default();
    if std::env::var_os("SAVE_CHILD_WAIT").is_some() {
        while !dir.join("go").exists() {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
    let files = [dir.join("registry.toml"), dir.join("statement.toml")];
    let done = Registry::load_files(&files).and_then(|mut r| {
        match role.as_str() {
            "rename" => r.rename_organization("mlpd", "mlpd-new")?,
            _ => {
                let id = "icor-2023-02-07-peru-solidarity";
                let org = unsigned(&r);
                r.add_entry(
                    id,
                    signatories::SectionKind::Subsequent,
                    signatories::Entry::new(org),
                )?;
            }
        }
        r.save_files(&files)
    });
    std::process::exit(match done {
        Ok(_) => 0,
        Err(Error::Conflict { .. }) => 3,
        Err(e) => {
            eprintln!("{e}");
            4
        }
    });
}

fn spawn_child(dir: &Path, role: &str, extra: &[(&str, String)]) -> std::process::Child {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    std::process::Command::new(exe)
        .args([
            "--ignored",
            "--exact",
            "save_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SAVE_CHILD_DIR", dir)
        .env("SAVE_CHILD_ROLE", role)
        .envs(extra.iter().map(|(k, v)| (*k, v.as_str())))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The pair loads, and says whether the rename and the addition are in it (each whole: the
/// registry and the statement agree).
fn state(r: &Path, s: &Path, added: &str) -> (bool, bool) {
    let reg =
        Registry::load_files(&[r, s]).unwrap_or_else(|e| panic!("the pair does not load: {e}"));
    let renamed = reg.organization("mlpd-new").is_some();
    assert_ne!(renamed, reg.organization("mlpd").is_some());
    let st = reg
        .statement("icor-2023-02-07-peru-solidarity")
        .unwrap_or_else(|| panic!("no statement"));
    let named = if renamed { "mlpd-new" } else { "mlpd" };
    assert!(
        st.entries().any(|e| e.org == named),
        "the statement lost {named}"
    );
    (renamed, st.entries().any(|e| e.org == added))
}

#[test]
fn a_rename_racing_an_addition_never_breaks_the_pair() {
    let added = {
        let (_dir, r, s) = pair();
        unsigned(&Registry::load_files(&[r, s]).unwrap_or_else(|e| panic!("{e}")))
    };
    let (mut conflicts, mut both) = (0, 0);
    for round in 0..24 {
        let (dir, r, s) = pair();
        let wait = [("SAVE_CHILD_WAIT", "1".to_owned())];
        let mut children = [
            spawn_child(dir.path(), "rename", &wait),
            spawn_child(dir.path(), "add", &wait),
        ];
        std::fs::write(dir.path().join("go"), "").unwrap_or_else(|e| panic!("{e}"));
        let codes: Vec<Option<i32>> = children
            .iter_mut()
            .map(|c| c.wait().unwrap_or_else(|e| panic!("{e}")).code())
            .collect();
        // Each process saved or was refused as a conflict; at least one saved.
        assert!(
            codes.iter().all(|c| matches!(c, Some(0 | 3))),
            "round {round}: {codes:?}"
        );
        assert!(codes.contains(&Some(0)), "round {round}: {codes:?}");
        conflicts += codes.iter().filter(|c| **c == Some(3)).count();
        both += usize::from(codes.iter().all(|c| *c == Some(0)));
        // The files hold exactly the changes that were saved.
        let (renamed, has_added) = state(&r, &s, &added);
        assert_eq!(
            (renamed, has_added),
            (codes[0] == Some(0), codes[1] == Some(0)),
            "round {round}"
        );
    }
    eprintln!(
        "24 rounds: {conflicts} refused as conflicts, {both} with both saved one after the other"
    );
}

#[test]
fn a_save_killed_at_any_step_leaves_the_old_files_or_the_new_ones() {
    let (dir, r, s) = pair();
    let old = (
        std::fs::read(&r).unwrap_or_default(),
        std::fs::read(&s).unwrap_or_default(),
    );
    // The new files, from a save that ran to the end.
    let done = spawn_child(dir.path(), "rename", &[])
        .wait()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(done.code(), Some(0));
    let new = (
        std::fs::read(&r).unwrap_or_default(),
        std::fs::read(&s).unwrap_or_default(),
    );
    assert_ne!(old.0, new.0);
    assert_ne!(old.1, new.1);
    let (mut steps, mut outcomes) = (0, Vec::new());
    for step in 1..50 {
        std::fs::write(&r, &old.0).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&s, &old.1).unwrap_or_else(|e| panic!("{e}"));
        let status = spawn_child(
            dir.path(),
            "rename",
            &[("SIGNATORIES_SAVE_ABORT_AT", step.to_string())],
        )
        .wait()
        .unwrap_or_else(|e| panic!("{e}"));
        // Loading finishes a save that was killed after its journal.
        let (renamed, _) = state(&r, &s, "none");
        let now = (
            std::fs::read(&r).unwrap_or_default(),
            std::fs::read(&s).unwrap_or_default(),
        );
        let which = if now == old {
            "old"
        } else if now == new {
            "new"
        } else {
            "mixed"
        };
        assert_ne!(which, "mixed", "killed at step {step}");
        assert_eq!(renamed, which == "new", "killed at step {step}");
        let leftovers: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.contains("journal") || n.ends_with(".old"))
            .collect();
        assert!(leftovers.is_empty(), "step {step}: {leftovers:?}");
        if status.success() {
            break;
        }
        steps = step;
        outcomes.push(which);
    }
    // Locks, two temporary files, the journal, two replacements, the journal's removal.
    assert_eq!(steps, 7, "{outcomes:?}");
    assert_eq!(outcomes, ["old", "old", "old", "new", "new", "new", "new"]);
}

#[test]
fn a_file_in_which_nothing_changed_is_not_written_and_statements_stay_in_their_file() {
    let (dir, r, s) = pair();
    // The registry file also keeps a statement of its own.
    let own = "\n# Kept with the registry.\n[[statement]]\nid = \"kept-here\"\nmore-possible = false\n\n[[statement.section]]\nkind = \"initial\"\nentries = [\n  { org = \"mlpd\" }, # the first\n]\n";
    let mut text = std::fs::read_to_string(&r).unwrap_or_default();
    text.push_str(own);
    std::fs::write(&r, &text).unwrap_or_else(|e| panic!("{e}"));
    let inode = |p: &Path| {
        use std::os::unix::fs::MetadataExt as _;
        std::fs::metadata(p).map(|m| m.ino()).unwrap_or(0)
    };
    let before = inode(&r);
    let mut reg = Registry::load_files(&[&r, &s]).unwrap_or_else(|e| panic!("{e}"));
    let id = "icor-2023-02-07-peru-solidarity";
    let org = unsigned(&reg);
    reg.add_entry(
        id,
        signatories::SectionKind::Subsequent,
        signatories::Entry::new(org.as_str()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let warnings = reg.save_files(&[&r, &s]).unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(inode(&r), before, "the unchanged registry file was written");
    assert_eq!(std::fs::read_to_string(&r).unwrap_or_default(), text);
    // A rename changes both files; the registry's own statement stays in it, comments too.
    reg.rename_organization("mlpd", "mlpd-new")
        .unwrap_or_else(|e| panic!("{e}"));
    let warnings = reg.save_files(&[&r, &s]).unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    let after = std::fs::read_to_string(&r).unwrap_or_default();
    assert!(
        after.ends_with(&own.replace("\"mlpd\"", "\"mlpd-new\"")),
        "{after}"
    );
    assert!(
        !std::fs::read_to_string(&s)
            .unwrap_or_default()
            .contains("kept-here")
    );
    drop(dir);
}
