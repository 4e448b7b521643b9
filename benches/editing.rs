//! One edit plus a format-preserving save: a late signatory added to the bundled statement and
//! the statement file saved, and one organization renamed in a 10,000-organization TOML
//! registry and the registry file saved (load not included; each iteration edits a fresh copy
//! of the loaded registry and saves over a fresh copy of the file).
//!
//! `cargo bench --bench editing`

use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use signatories::{Entry, NameKind, Organization, Registry, SectionKind};

mod synthetic;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let reg_path = dir.path().join("registry.toml");
    let st_path = dir.path().join("statement.toml");
    std::fs::write(&reg_path, signatories::seed::REGISTRY_TOML).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&st_path, signatories::seed::STATEMENT_TOML).unwrap_or_else(|e| panic!("{e}"));
    let seed = Registry::load_files(&[&reg_path, &st_path]).unwrap_or_else(|e| panic!("{e}"));
    let new_org = Organization::new("nkp")
        .with_country("DE")
        .with_name("Neue Kommunistische Partei", "de", NameKind::Original)
        .unwrap_or_else(|e| panic!("{e}"));

    let mut g = c.benchmark_group("edit-and-save");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("bundled/add-late-signatory", |b| {
        b.iter_batched(
            || {
                std::fs::write(&st_path, signatories::seed::STATEMENT_TOML)
                    .unwrap_or_else(|e| panic!("{e}"));
                seed.clone()
            },
            |mut r| {
                r.insert_organization(new_org.clone())
                    .and_then(|()| {
                        r.add_entry(
                            signatories::seed::STATEMENT_ID,
                            SectionKind::Subsequent,
                            Entry::new("nkp"),
                        )
                    })
                    .and_then(|()| r.save_statements(&st_path))
                    .unwrap_or_else(|e| panic!("{e}"))
            },
            BatchSize::PerIteration,
        )
    });

    let big_path = dir.path().join("big.toml");
    let big_text = synthetic::registry_toml(10_000, 7);
    std::fs::write(&big_path, &big_text).unwrap_or_else(|e| panic!("{e}"));
    let big = Registry::load(&big_path).unwrap_or_else(|e| panic!("{e}"));
    let first = big.organizations()[0].id.clone();
    g.bench_function("10k/rename-one", |b| {
        b.iter_batched(
            || {
                std::fs::write(&big_path, &big_text).unwrap_or_else(|e| panic!("{e}"));
                big.clone()
            },
            |mut r| {
                r.rename_organization(&first, "renamed")
                    .and_then(|()| r.save(&big_path))
                    .unwrap_or_else(|e| panic!("{e}"))
            },
            BatchSize::PerIteration,
        )
    });
    // The edit alone, without the save: the registry's indexes are updated in place.
    g.bench_function("10k/rename-one-without-saving", |b| {
        b.iter_batched(
            || big.clone(),
            |mut r| {
                r.rename_organization(&first, "renamed")
                    .unwrap_or_else(|e| panic!("{e}"));
                r
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
