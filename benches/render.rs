//! Rendering benchmark: a 10,000-entry statement in every locale and format, against a
//! hand-written `format!` renderer of the same English text (the floor).
//!
//! `cargo bench --bench render`

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use signatories::render::{OutputFormat, RenderOptions, Renderer};
use signatories::{NameKind, Place, Registry, Statement};

mod synthetic;

const N: usize = 10_000;

/// The floor: the English full style written by hand, with the same lookups (organization by
/// id, original and English names, CLDR country names cached per country).
fn by_hand(
    registry: &Registry,
    statement: &Statement,
    countries: &mut HashMap<String, String>,
) -> String {
    let en: signatories::Language = "en".parse().unwrap_or_default();
    let mut out =
        String::from("Signatories (as of February 7, 2023, further signatories possible):\n\n");
    for (s, section) in statement.sections.iter().enumerate() {
        if s > 0 {
            out.push_str("Subsequent signatories:\n");
        }
        for (i, entry) in section.entries.iter().enumerate() {
            let Some(org) = registry.organization(&entry.org) else {
                continue;
            };
            let acronym = org.acronyms.first().map_or("", |a| a.text.as_str());
            let original = org.names.iter().find(|n| n.kind == NameKind::Original);
            let name = original.map_or("", |n| n.text.as_str());
            let translation = org
                .names
                .iter()
                .find(|n| n.kind == NameKind::Translation && n.lang.primary_language() == "en")
                .filter(|_| original.is_some_and(|o| o.lang.primary_language() != "en"));
            if s == 0 {
                let _ = write!(out, "  {}. ", i + 1);
            }
            let _ = write!(out, "{acronym} {name}");
            if let Some(t) = translation {
                let _ = write!(out, " ({})", t.text);
            }
            if !org.name_shows_country
                && let Some(Place::Country(c)) = org.countries.first()
            {
                let country = countries.entry(c.to_string()).or_insert_with(|| {
                    signatories::locale::region_name(&en, c).unwrap_or_default()
                });
                let _ = write!(out, ", {country}");
            }
            out.push_str(if s == 0 { "\n\n" } else { "\n" });
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let registry = synthetic::registry_with_statement(N, 11);
    let statement = registry
        .statement("synthetic")
        .unwrap_or_else(|| panic!("statement"));

    let mut g = c.benchmark_group("render-10k");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    g.throughput(Throughput::Elements(N as u64));
    let mut cache = HashMap::new();
    g.bench_function("en/text/format!-floor", |b| {
        b.iter(|| by_hand(black_box(&registry), statement, &mut cache))
    });
    for locale in Renderer::available_locales() {
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        for (name, format) in [
            ("text", OutputFormat::Text),
            ("markdown", OutputFormat::Markdown),
            ("html", OutputFormat::Html),
            ("json", OutputFormat::Json),
        ] {
            let options = RenderOptions::default().with_format(format);
            g.bench_with_input(
                BenchmarkId::new(locale.to_string(), name),
                &options,
                |b, o| b.iter(|| renderer.render(black_box(&registry), statement, o)),
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
