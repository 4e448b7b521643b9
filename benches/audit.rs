//! Auditing ten editions (en, de, fr, es, pt, ru, tr, it, nl, pl) of a 100-entry statement:
//! reading each list, matching its entries, aligning the editions.
//!
//! `cargo bench --bench audit`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use signatories::audit::{Edition, audit};
use signatories::ingest::{ParseOptions, parse};
use signatories::render::{RenderOptions, Renderer};

mod synthetic;

fn bench(c: &mut Criterion) {
    let registry = synthetic::registry_with_statement(100, 11);
    let statement = registry
        .statement("synthetic")
        .unwrap_or_else(|| panic!("statement"));
    let texts: Vec<(signatories::Language, String)> =
        ["en", "de", "fr", "es", "pt", "ru", "tr", "it", "nl", "pl"]
            .iter()
            .map(|l| {
                let text = Renderer::try_new(*l)
                    .and_then(|r| r.render(&registry, statement, &RenderOptions::default()))
                    .unwrap_or_else(|e| panic!("{e}"))
                    .into_string();
                (l.parse().unwrap_or_default(), text)
            })
            .collect();
    let mut g = c.benchmark_group("audit");
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    g.bench_function("10-editions-x-100-entries", |b| {
        b.iter(|| {
            let editions: Vec<Edition> = texts
                .iter()
                .map(|(lang, text)| {
                    let mut options = ParseOptions::default();
                    options.lang = Some(lang);
                    options.registry = Some(&registry);
                    Edition::new(lang.to_string(), parse(text, &options))
                })
                .collect();
            let a = audit(&registry, Some(statement), &editions);
            assert!(a.findings.is_empty(), "{:?}", a.findings.first());
            black_box(a)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
