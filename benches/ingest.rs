//! Parsing benchmark: a 10,000-entry list in the seed's full style (rendered from a synthetic
//! registry), parsed with and without a registry. Reports lines per second.
//!
//! `cargo bench --bench ingest`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use signatories::ingest::{ParseOptions, Reader, parse};
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

/// Reconciling a list of 200 organizations the registry does not hold (names a letter or two
/// away from registry names, and new names) against 100,000 organizations: every entry goes
/// to the fuzzy search, whose candidates come from the trigram index.
fn reconcile_new(c: &mut Criterion) {
    let registry = synthetic::registry_with_statement(100_000, 11);
    let names = synthetic::names(200, 99);
    let mut text = String::from("Signatories:\n");
    for (i, n) in names.iter().enumerate() {
        // Every other name with one letter changed.
        let n = if i % 2 == 0 {
            n.replacen('a', "e", 1)
        } else {
            format!("{n} Neu")
        };
        text.push_str(&format!("{}. {n}\n", i + 1));
    }
    let mut with = ParseOptions::default();
    with.registry = Some(&registry);
    let list = parse(&text, &with);
    let mut g = c.benchmark_group("reconcile-100k");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("200-new-entries", |b| {
        b.iter(|| signatories::reconcile::reconcile(black_box(&registry), &list))
    });
    g.finish();
}

/// Inputs that were slow once: a 600 KB single entry, 100,000 continuation lines, a 5 MB HTML
/// page on one line (each must take at most a few seconds).
fn hostile(c: &mut Criterion) {
    let single = format!(
        "Signatories:\n1. {}\n",
        (0..75_000)
            .map(|i| format!("Wort{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut continuation = String::from("Signatories:\n1. Party (of\n");
    for i in 0..100_000 {
        continuation.push_str(&format!("continuation line {i},\n"));
    }
    let items: String = (0..120_000)
        .map(|i| format!("<li>P{i} Party number {i}, Germany</li>"))
        .collect();
    let html = format!("<html><body><p>Signatories:</p><ol>{items}</ol></body></html>");
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, text) in [
        ("600KB-single-entry", &single),
        ("100k-continuation-lines", &continuation),
        ("5MB-one-line-html", &html),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| parse(black_box(text), &ParseOptions::default()))
        });
    }
    g.finish();
}

/// A statement's short edition (the seed's list of 31 entries) read with a registry of 100,000
/// organizations: `parse` builds what it takes from the registry (its area names, the automaton
/// over its acronyms and names) for every list, a `Reader` once for all the editions it reads.
fn editions(c: &mut Criterion) {
    let registry = synthetic::registry_with_statement(100_000, 11);
    let text = include_str!("../tests/fixtures/icor-2023-02-07-peru-solidarity.txt");
    let mut with = ParseOptions::default();
    with.registry = Some(&registry);
    let mut g = c.benchmark_group("edition-100k-registry");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("parse", |b| b.iter(|| parse(black_box(text), &with)));
    let reader = Reader::new().with_registry(&registry);
    g.bench_function("reader", |b| b.iter(|| reader.read(black_box(text), None)));
    g.finish();
}

criterion_group!(benches, bench, reconcile_new, hostile, editions);
criterion_main!(benches);
