//! Cost in proportion to the input, on every surface that reads hostile input: each shape is
//! run at a size and at ten times that size in one run, and ten times the input may cost at most
//! twenty times the processor time (quadratic work would cost a hundred times). Ratios, not
//! limits: the machine's speed cancels out, and processor time, unlike the clock's, does not
//! grow when other processes share the cores. The best of three runs is taken at each
//! size (a ratio past the bound is measured up to four times more), and the test runs its surfaces
//! one after another (it is the only test of this file).
//! `cargo bench --bench complexity -- --nocapture` prints the same table for a release build.

use std::time::{Duration, Instant};

use signatories::audit::{Edition, audit};
use signatories::ingest::{ParseOptions, parse};
use signatories::render::{RenderOptions, Renderer};
use signatories::{Format, Registry};

/// The worst ratio accepted for ten times the input: linear work with some noise, never
/// work that grows as a power of the input above about 1.3 (n^1.5 costs 32×, quadratic 100×).
/// Measured as processor time ([`Clock`]), linear work costs 4–11× on a quiet machine that has
/// run the test before, and up to 14× on a freshly started one (the larger input's first touch
/// of new memory is counted as system time: "broken JSON values" measured 13.9× there after five
/// tries, 10.7× on a warm machine). In an optimized build the larger input also misses
/// processor caches the smaller one fits in, which costs up to about twice per item: the bound
/// is wider there, still far below quadratic.
const MAX_RATIO: f64 = if cfg!(debug_assertions) { 20.0 } else { 25.0 };

/// Sizes are multiplied by this in optimized builds, so that even the smaller input takes long
/// enough to measure.
const SCALE: usize = if cfg!(debug_assertions) { 1 } else { 30 };

fn best_of_three(f: &dyn Fn()) -> Duration {
    (0..3)
        .map(|_| {
            let t = Clock::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The processor time the process has used (user and system, on every thread), where the
/// system tells it: the work done, which does not grow when other processes take the cores as
/// the time on the clock does. The time on the clock elsewhere.
struct Clock {
    cpu: Option<Duration>,
    wall: Instant,
}

impl Clock {
    fn now() -> Self {
        Clock {
            cpu: cpu_time(),
            wall: Instant::now(),
        }
    }

    fn elapsed(&self) -> Duration {
        match (self.cpu, cpu_time()) {
            (Some(start), Some(now)) => now.saturating_sub(start),
            _ => self.wall.elapsed(),
        }
    }
}

#[cfg(unix)]
fn cpu_time() -> Option<Duration> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given, which lives until it returns.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: getrusage returned 0: the struct is filled (and all zeros is valid for it).
    let usage = unsafe { usage.assume_init() };
    let time = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).ok()?)
            .checked_add(Duration::from_micros(u64::try_from(t.tv_usec).ok()?))
    };
    time(usage.ru_utime)?.checked_add(time(usage.ru_stime)?)
}

#[cfg(not(unix))]
fn cpu_time() -> Option<Duration> {
    None
}

fn organizations_toml(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "[[organization]]\nid = \"org-{i}\"\ncountries = [\"DE\"]\nacronyms = [{{ text = \"P{i}\", lang = \"de\" }}]\nnames = [{{ text = \"Partei Nummer {i}\", lang = \"de\", kind = \"original\" }}, {{ text = \"Party number {i}\", lang = \"en\", kind = \"translation\" }}]\n\n"
        ));
    }
    s
}

/// The editions of `texts`, read (matched against `registry` when given).
fn editions(texts: &[String], registry: Option<&Registry>) -> Vec<Edition> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut options = ParseOptions::default();
            options.registry = registry;
            Edition::new(format!("edition-{i}.txt"), parse(t, &options))
        })
        .collect()
}

/// An audit of `texts` against the bundled registry, without a statement; with `report`, its
/// HTML report too.
fn audit_of(texts: Vec<String>, report: bool) -> Box<dyn Fn()> {
    let registry = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
    Box::new(move || {
        let a = audit(&registry, None, &editions(&texts, Some(&registry)));
        if report {
            std::hint::black_box(a.to_html("audit"));
        }
        std::hint::black_box(a);
    })
}

fn load(text: &str, format: Format) {
    // Valid or not, the whole input is read and checked.
    let _ = Registry::new().add_str(text, format, "input");
}

/// Mutually confusable, distinct names: every letter Latin or Cyrillic by the bits of `i`.
fn confusables(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let name: String = "ACEKMOPTXB"
            .chars()
            .enumerate()
            .map(|(b, c)| {
                if i >> b & 1 == 1 {
                    match c {
                        'A' => 'А',
                        'C' => 'С',
                        'E' => 'Е',
                        'K' => 'К',
                        'M' => 'М',
                        'O' => 'О',
                        'P' => 'Р',
                        'T' => 'Т',
                        'X' => 'Х',
                        _ => 'В',
                    }
                } else {
                    c
                }
            })
            .collect();
        s.push_str(&format!(
            "[[organization]]\nid = \"o{i}\"\nnames = [{{ text = \"{name} {}\", lang = \"en\", kind = \"original\" }}]\n",
            i >> 10
        ));
    }
    s
}

#[allow(clippy::type_complexity)]
fn surfaces() -> Vec<(&'static str, usize, Box<dyn Fn(usize) -> Box<dyn Fn()>>)> {
    vec![
        (
            "TOML registry (organizations)",
            300,
            Box::new(|n| {
                let t = organizations_toml(n);
                Box::new(move || load(&t, Format::Toml))
            }),
        ),
        (
            "JSON registry, pretty (organizations)",
            300,
            Box::new(|n| {
                let t = Registry::from_toml_str(&organizations_toml(n), "x")
                    .map(|r| r.to_json_string())
                    .unwrap_or_default();
                Box::new(move || load(&t, Format::Json))
            }),
        ),
        (
            "JSON registry on one line (organizations)",
            300,
            Box::new(|n| {
                let pretty = Registry::from_toml_str(&organizations_toml(n), "x")
                    .map(|r| r.to_json_string())
                    .unwrap_or_default();
                let t = serde_json::from_str::<serde_json::Value>(&pretty)
                    .map(|v| v.to_string())
                    .unwrap_or_default();
                Box::new(move || load(&t, Format::Json))
            }),
        ),
        (
            "JSON object (keys)",
            5_000,
            Box::new(|n| {
                let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\": \"x\"")).collect();
                let t = format!(
                    "{{\"area\": [{{\"id\": \"a\", \"names\": {{{}}}}}]}}",
                    keys.join(", ")
                );
                Box::new(move || load(&t, Format::Json))
            }),
        ),
        (
            "one organization: N acronyms, N areas (N)",
            20,
            Box::new(|n| {
                let mut t = String::new();
                for a in 0..n {
                    t.push_str(&format!(
                        "[[area]]\nid = \"a{a}\"\nnames = {{ en = \"A{a}\" }}\n"
                    ));
                }
                let acr: Vec<String> = (0..n)
                    .map(|a| format!("{{ text = \"X{a}\", lang = \"en\" }}"))
                    .collect();
                let places: Vec<String> = (0..n).map(|a| format!("\"a{a}\"")).collect();
                t.push_str(&format!(
                    "[[organization]]\nid = \"o\"\ncountries = [{}]\nacronyms = [{}]\nnames = [{{ text = \"O\", lang = \"en\", kind = \"original\" }}]\n",
                    places.join(", "),
                    acr.join(", ")
                ));
                Box::new(move || load(&t, Format::Toml))
            }),
        ),
        (
            "mutually confusable names (organizations)",
            100,
            Box::new(|n| {
                let t = confusables(n);
                Box::new(move || load(&t, Format::Toml))
            }),
        ),
        (
            "broken TOML (lines)",
            2_000,
            Box::new(|n| {
                let t = "x = = [\n".repeat(n);
                Box::new(move || load(&t, Format::Toml))
            }),
        ),
        (
            "broken JSON values (values)",
            10_000,
            Box::new(|n| {
                let orgs: Vec<String> = (0..n)
                    .map(|i| format!("{{\"id\": \"Bad Id {i}\", \"names\": 1}}"))
                    .collect();
                let t = format!("{{\"organization\": [{}]}}", orgs.join(", "));
                Box::new(move || load(&t, Format::Json))
            }),
        ),
        (
            "ingest: one entry (words)",
            5_000,
            Box::new(|n| {
                let t = format!(
                    "Signatories:\n1. {}\n",
                    (0..n)
                        .map(|i| format!("Wort{i}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                Box::new(move || {
                    parse(&t, &ParseOptions::default());
                })
            }),
        ),
        (
            "ingest: continuation lines (lines)",
            5_000,
            Box::new(|n| {
                let mut t = "Signatories:\n1. Party (of\n".to_owned();
                for i in 0..n {
                    t.push_str(&format!("continuation line {i},\n"));
                }
                Box::new(move || {
                    parse(&t, &ParseOptions::default());
                })
            }),
        ),
        (
            "ingest: one-line HTML page (list items)",
            500,
            Box::new(|n| {
                let items: String = (0..n)
                    .map(|i| format!("<li>P{i} Party number {i}, Germany</li>"))
                    .collect();
                let t = format!("<ol>{items}</ol>");
                Box::new(move || {
                    parse(&t, &ParseOptions::default());
                })
            }),
        ),
        (
            // From 2,000: numbers below 1,000 take a faster path than the rest.
            "render with summary (entries)",
            4_000,
            Box::new(|n| {
                let mut t = organizations_toml(n);
                let entries: Vec<String> =
                    (0..n).map(|i| format!("{{ org = \"org-{i}\" }}")).collect();
                t.push_str(&format!(
                    "[[statement]]\nid = \"s\"\n[[statement.section]]\nkind = \"initial\"\nentries = [{}]\n",
                    entries.join(", ")
                ));
                let r = Registry::from_toml_str(&t, "x").unwrap_or_else(|e| panic!("{e}"));
                let en = Renderer::try_new("en").unwrap_or_else(|e| panic!("{e}"));
                Box::new(move || {
                    if let Some(s) = r.statement("s") {
                        let _ = en.render(&r, s, &RenderOptions::default().with_summary(true));
                    }
                })
            }),
        ),
        (
            // 1,000 identical lines audited in 0.16 s, 10,000 did not finish in 60 s.
            "audit: identical unknown entries (lines)",
            300,
            Box::new(|n| {
                let t = format!(
                    "Signatories:\n{}",
                    "- ZQX Partei der Unbekannten, Deutschland\n".repeat(n)
                );
                audit_of(vec![t.clone(), t], true)
            }),
        ),
        (
            // Two editions of 500 distinct unknown names took 0.70 s, of 5,000 28 s.
            "audit: distinct unknown entries (entries)",
            10,
            Box::new(|n| {
                let t: String = (0..n)
                    .map(|i| format!("- Vereinigte Partei Nummer {i} von Nirgendwo, Deutschland\n"))
                    .collect();
                let t = format!("Signatories:\n{t}");
                audit_of(vec![t.clone(), t], true)
            }),
        ),
        (
            "audit: matched entries, with the statement (entries)",
            100,
            Box::new(|n| {
                let mut t = organizations_toml(n);
                let entries: Vec<String> =
                    (0..n).map(|i| format!("{{ org = \"org-{i}\" }}")).collect();
                t.push_str(&format!(
                    "[[statement]]\nid = \"s\"\n[[statement.section]]\nkind = \"initial\"\nentries = [{}]\n",
                    entries.join(", ")
                ));
                let r = Registry::from_toml_str(&t, "x").unwrap_or_else(|e| panic!("{e}"));
                let texts: Vec<String> = ["en", "de"]
                    .iter()
                    .map(|l| {
                        let s = r.statement("s").unwrap_or_else(|| panic!("s"));
                        Renderer::try_new(*l)
                            .and_then(|en| en.render(&r, s, &RenderOptions::default()))
                            .unwrap_or_else(|e| panic!("{e}"))
                            .into_string()
                    })
                    .collect();
                Box::new(move || {
                    let editions = editions(&texts, Some(&r));
                    std::hint::black_box(audit(&r, r.statement("s"), &editions));
                })
            }),
        ),
    ]
}

#[test]
fn ten_times_the_input_costs_about_ten_times_the_time() {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (name, n, make) in surfaces() {
        let n = n * SCALE;
        let small = make(n);
        let large = make(10 * n);
        // Warm up caches (CLDR data, collators) before measuring.
        small();
        let measure = || {
            let (a, b) = (best_of_three(&*small), best_of_three(&*large));
            (a, b, b.as_secs_f64() / a.as_secs_f64().max(1e-9))
        };
        // A ratio above the bound is measured up to four times more (other processes, and the
        // allocator's and caches' state, can slow one run);
        // work that grows faster than the input fails every time.
        let (mut a, mut b, mut ratio) = measure();
        for _ in 0..4 {
            if ratio <= MAX_RATIO {
                break;
            }
            let again = measure();
            if again.2 < ratio {
                (a, b, ratio) = again;
            }
        }
        let line = format!(
            "{name:<48} {n:>7} {:>9.1} ms {:>7} {:>9.1} ms  ratio {ratio:>5.1}",
            a.as_secs_f64() * 1e3,
            10 * n,
            b.as_secs_f64() * 1e3
        );
        if ratio > MAX_RATIO {
            failures.push(line.clone());
        }
        report.push(line);
    }
    println!("{}", report.join("\n"));
    assert!(
        failures.is_empty(),
        "costs out of proportion (ratio above {MAX_RATIO}):\n{}\n\nall:\n{}",
        failures.join("\n"),
        report.join("\n")
    );
}
