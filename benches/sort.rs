//! Sorting benchmark: 100,000 realistic mixed-script names (Latin with diacritics, Turkish,
//! Polish, Cyrillic, Greek, Arabic; fixed seed) in `de` and `ru`: `str::cmp` (the floor),
//! `icu_collator` compare-sort, keyed sort cold (keys + sort) and re-sort from cached keys.
//! ICU4C (Node, PyICU) is measured on the same file by `benches/compare_icu4c.sh`.
//!
//! `cargo bench --bench sort`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use signatories::collate::Collation;
use signatories::collate::SortKeys;

mod synthetic;

fn bench(c: &mut Criterion) {
    let names = synthetic::names(100_000, 42);
    let mut g = c.benchmark_group("sort-100k");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("str-cmp-floor", |b| {
        b.iter(|| {
            let mut v: Vec<&str> = names.iter().map(String::as_str).collect();
            v.sort();
            black_box(v)
        })
    });
    for tag in ["de", "ru"] {
        let coll = Collation::try_new(tag, Default::default()).unwrap_or_else(|e| panic!("{e}"));
        g.bench_function(format!("{tag}/icu_collator-compare-sort"), |b| {
            b.iter(|| {
                let mut v: Vec<&str> = names.iter().map(String::as_str).collect();
                v.sort_by(|x, y| coll.compare(x, y));
                black_box(v)
            })
        });
        g.bench_function(format!("{tag}/keyed-cold"), |b| {
            b.iter(|| black_box(SortKeys::new(&coll, &names).order()))
        });
        let keys = SortKeys::new(&coll, &names);
        g.bench_function(format!("{tag}/keyed-resort-cached"), |b| {
            b.iter(|| black_box(keys.order()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
