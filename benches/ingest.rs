//! Parsing benchmark: a 10,000-entry list in the seed's full style (rendered from a synthetic
//! registry), parsed with and without a registry. Reports lines per second.
//!
//! `cargo bench --bench ingest`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use signatories::ingest::{ParseOptions, parse};
use signatories::render::{RenderOptions, Renderer};

mod synthetic;

const N: usize = 10_000;

fn bench(c: &mut Criterion) {
    let registry = synthetic::registry_with_statement(N, 5);
    let statement = registry
        .statement("synthetic")
        .unwrap_or_else(|| panic!("statement"));
    let text = Renderer::try_new("en-GB")
        .and_then(|r| r.render(&registry, statement, &RenderOptions::default()))
        .unwrap_or_else(|e| panic!("{e}"));
    let lines = text.lines().count() as u64;

    let mut g = c.benchmark_group("parse-10k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Elements(lines));
    g.bench_function("without-registry", |b| {
        b.iter(|| parse(black_box(&text), &ParseOptions::default()))
    });
    let mut with = ParseOptions::default();
    with.registry = Some(&registry);
    g.bench_function("with-registry", |b| {
        b.iter(|| parse(black_box(&text), &with))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
