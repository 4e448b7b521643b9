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
    first.save(&path).unwrap_or_else(|e| panic!("{e}"));
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
    first.save(&path).unwrap_or_else(|e| panic!("{e}"));
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
    Registry::from_toml_str(&org("seed", "SEED"), "<seed>")
        .and_then(|r| r.save(&path))
        .unwrap_or_else(|e| panic!("{e}"));
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
                            Ok(()) => break,
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
    r.save(&link).unwrap_or_else(|e| panic!("{e}"));
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
    r.save(&path).unwrap_or_else(|e| panic!("{e}"));
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
    fresh.save(&path).unwrap_or_else(|e| panic!("{e}"));
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
    r.save(&path).unwrap_or_else(|e| panic!("{e}"));
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
    r.save(&path).unwrap_or_else(|e| panic!("{e}"));
    let m = std::fs::metadata(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((m.uid(), m.gid()), (65534, 65534));
}
