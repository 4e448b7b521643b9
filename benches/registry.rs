//! Registry benchmarks: load and save a synthetic registry of 100,000 organizations in TOML
//! and JSON, against `serde_json` parsing the same JSON into a `Value` (the floor), and lookups
//! by acronym and by name.
//!
//! `cargo bench --bench registry`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use signatories::Registry;

mod synthetic;

const N: usize = 100_000;

fn bench(c: &mut Criterion) {
    let toml = synthetic::registry_toml(N, 7);
    let registry =
        Registry::from_toml_str(&toml, "synthetic.toml").unwrap_or_else(|e| panic!("{e}"));
    let json = registry.to_json_string();

    let mut g = c.benchmark_group("load-100k");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function("json/serde_json-value-floor", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)))
    });
    g.bench_function("json/registry", |b| {
        b.iter(|| Registry::from_json_str(black_box(&json), "synthetic.json"))
    });
    g.throughput(Throughput::Bytes(toml.len() as u64));
    g.bench_function("toml/registry", |b| {
        b.iter(|| Registry::from_toml_str(black_box(&toml), "synthetic.toml"))
    });
    g.finish();

    let mut g = c.benchmark_group("save-100k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("toml", |b| b.iter(|| registry.to_toml_string()));
    g.bench_function("json", |b| b.iter(|| registry.to_json_string()));
    let dir = std::env::temp_dir().join(format!("signatories-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    g.bench_function("json-atomic-file", |b| {
        b.iter(|| registry.save(dir.join("registry.json")))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);

    // Inserting one organization at a time into the 100k registry (validation and every
    // index), each with a new id and acronym.
    let mut g = c.benchmark_group("insert-100k");
    g.sample_size(10);
    let mut growing = registry.clone();
    let mut template = registry.organizations()[0].clone();
    let mut n = 0u64;
    g.bench_function("insert-organization", |b| {
        b.iter(|| {
            n += 1;
            template.id = format!("inserted-{n}");
            template.acronyms[0].text = format!("INS{n}");
            growing.insert_organization(template.clone())
        })
    });
    g.finish();

    let acronyms: Vec<String> = registry
        .organizations()
        .iter()
        .step_by(97)
        .filter_map(|o| o.acronyms.first().map(|a| a.text.to_lowercase()))
        .collect();
    let names: Vec<String> = registry
        .organizations()
        .iter()
        .step_by(89)
        .map(|o| o.names[0].text.to_uppercase())
        .collect();
    let mut g = c.benchmark_group("lookup-100k");
    g.throughput(Throughput::Elements(1));
    let mut i = 0;
    g.bench_function("by-acronym", |b| {
        b.iter(|| {
            i = (i + 1) % acronyms.len();
            registry.find_by_acronym(black_box(&acronyms[i])).len()
        })
    });
    let mut j = 0;
    g.bench_function("by-name", |b| {
        b.iter(|| {
            j = (j + 1) % names.len();
            registry.find(black_box(&names[j])).len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
