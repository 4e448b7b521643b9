//! The seed dataset: the 31 signatories of the ICOR resolution of 7 February 2023.

use signatories::{Registry, SectionKind};

fn seed() -> Registry {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    match Registry::load_files(&[
        format!("{dir}/registry.toml"),
        format!("{dir}/icor-2023-02-07-peru-solidarity.toml"),
    ]) {
        Ok(r) => r,
        Err(e) => panic!("the seed dataset does not load:\n{e}"),
    }
}

#[test]
fn seed_loads_clean_with_31_organizations_and_28_plus_3_entries() {
    let r = seed();
    assert_eq!(r.organizations().len(), 31);
    let s = r
        .statement("icor-2023-02-07-peru-solidarity")
        .expect("the statement");
    let counts: Vec<(SectionKind, usize)> = s
        .sections
        .iter()
        .map(|sec| (sec.kind, sec.entries.len()))
        .collect();
    assert_eq!(
        counts,
        [(SectionKind::Initial, 28), (SectionKind::Subsequent, 3)]
    );
    assert_eq!(
        s.as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-02-07")
    );
    assert!(s.more_possible);
}
