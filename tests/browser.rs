//! Every HTML edition opened in a real browser (headless Chromium): each list item takes the
//! edition's direction, numbered lists count in the edition's digits (as its text edition
//! does), and nothing overflows the page or overlaps. A screenshot of each edition is kept in
//! `target/browser-editions/`.
//!
//! Needs Chromium (Debian's `chromium` package, or `CHROMIUM=/path/to/chrome`) and fonts for
//! every script of the editions (Debian's fonts-noto-core, fonts-noto-cjk); `.ci/run` installs
//! them. Where there is no browser, `cargo test` prints a `SKIPPED` line (past the test
//! harness's capture, so that it shows) and the test passes; `REQUIRE_BROWSER=1` or `CI=true`
//! makes that a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use signatories::render::{OutputFormat, RenderOptions, Renderer};
use signatories::seed;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
    .find(|p| p.is_file())
}

/// The browser, or `None` where there is none: the test then says it is skipped, on the
/// terminal, unless `REQUIRE_BROWSER` or `CI=true` make a missing browser a failure.
fn browser_or_skip(test: &str) -> Option<PathBuf> {
    use std::io::Write as _;
    let found = chromium();
    if found.is_none() {
        let required = std::env::var_os("REQUIRE_BROWSER").is_some()
            || std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(
            !required,
            "REQUIRE_BROWSER or CI is set but no Chromium was found (install Debian's chromium, \
             or set CHROMIUM=/path/to/chrome)"
        );
        // Straight to the terminal: the harness captures eprintln! of a passing test.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: no headless Chromium (install Debian's chromium and fonts-noto-cjk, \
             or run `bash .ci/run`, which installs them)"
        );
    }
    found
}

/// The JSON a page's probe script wrote into its `<pre id="result">`, from the page's DOM.
fn probe_result(dom: &str, what: &str) -> serde_json::Value {
    let start = dom
        .find("<pre id=\"result\"")
        .and_then(|i| dom[i..].find('>').map(|j| i + j + 1))
        .unwrap_or_else(|| panic!("{what}: the probe did not run:\n{dom}"));
    let json = &dom[start..];
    let json = &json[..json.find("</pre>").unwrap_or(json.len())];
    let json = json
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{what}: {e}: {json}"))
}

/// Runs headless Chromium on a page with `args`, returning its standard output.
fn run(browser: &Path, page: &Path, args: &[&str]) -> String {
    let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--window-size=1000,3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", browser.display()));
    assert!(
        out.status.success(),
        "{}: {}",
        browser.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The script that measures the page once it is laid out, and writes what it found into a
/// `<pre id="result">` as JSON.
const PROBE: &str = r#"<script>
const out = { items: [], lists: [], overflow: [], overlap: [] };
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) out.overflow.push("the page is wider than the window");
for (const list of document.querySelectorAll("ol")) {
  const type = getComputedStyle(list).listStyleType;
  out.lists.push({ type, supported: CSS.supports("list-style-type", type) });
}
let previous = null;
for (const li of document.querySelectorAll("li")) {
  const r = li.getBoundingClientRect();
  out.items.push(getComputedStyle(li).direction);
  if (li.scrollWidth > li.clientWidth + 1 || r.right > width + 1 || r.left < -1) {
    out.overflow.push(li.textContent.slice(0, 60));
  }
  if (previous && r.top < previous.bottom - 1) out.overlap.push(li.textContent.slice(0, 60));
  previous = r;
}
// Missing glyphs: each letter and digit of the page drawn in the page's font (with the
// browser's font fallback) and compared, pixel for pixel, with what the browser draws for
// unassigned code points (U+0378): the missing-glyph box, or nothing. Two unassigned code
// points must draw alike (the comparison can see a missing glyph).
const canvas = document.createElement("canvas");
canvas.width = 64; canvas.height = 64;
const g = canvas.getContext("2d", { willReadFrequently: true });
const family = getComputedStyle(document.querySelector("li") || document.body).fontFamily;
const drawn = (ch) => {
  g.clearRect(0, 0, 64, 64);
  g.font = "40px " + family;
  g.fillText(ch, 8, 48);
  const d = g.getImageData(0, 0, 64, 64).data;
  let s = "";
  for (let i = 3; i < d.length; i += 4) s += d[i] > 127 ? "1" : "0";
  return s;
};
const missing = drawn("\u0378");
const blank = "0".repeat(64 * 64);
out.glyphs = { checked: 0, missing: [], selfcheck: drawn("\u0379") === missing };
for (const ch of new Set(Array.from(document.body.innerText))) {
  if (ch.charCodeAt(0) < 0x80 || !/[\p{L}\p{N}]/u.test(ch) || /\p{M}/u.test(ch)) continue;
  out.glyphs.checked += 1;
  const d = drawn(ch);
  if (d === missing || d === blank) out.glyphs.missing.push(ch);
}
const pre = document.createElement("pre");
pre.id = "result";
pre.hidden = true;
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>"#;

#[test]
fn every_html_edition_in_a_real_browser() {
    let Some(browser) = browser_or_skip("every_html_edition_in_a_real_browser") else {
        return;
    };
    let registry = seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let statement = registry
        .statement(seed::STATEMENT_ID)
        .unwrap_or_else(|| panic!("seed statement"));
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap_or_else(|| Path::new("target"))
        .join("browser-editions");
    std::fs::create_dir_all(&shots).unwrap_or_else(|e| panic!("{e}"));
    let mut report = Vec::new();
    // Every edition with messages, and Hebrew: right to left with English sentences.
    let mut locales = Renderer::available_locales();
    locales.push("he".parse().unwrap_or_default());
    for locale in locales {
        let renderer = Renderer::try_new(&locale).unwrap_or_else(|e| panic!("{e}"));
        let html = renderer
            .render(
                &registry,
                statement,
                &RenderOptions::default()
                    .with_format(OutputFormat::Html)
                    .with_summary(true),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        // What the text edition numbers the first entry with: the edition's digits.
        let text = renderer
            .render(&registry, statement, &RenderOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let first_number = text
            .lines()
            .nth(2)
            .and_then(|l| {
                l.trim_start_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
                })
                .chars()
                .next()
            })
            .unwrap_or_else(|| panic!("{locale}: no first entry in\n{text}"));
        // CSS Counter Styles 3 names the counter style of each set of digits.
        let expected_type = match first_number {
            '1' => "decimal",
            '\u{6F1}' => "persian",
            '\u{661}' => "arabic-indic",
            '\u{967}' => "devanagari",
            '\u{9E7}' => "bengali",
            other => panic!("{locale}: unexpected digit {other:?}"),
        };
        let dir_attr = renderer.direction().as_str();
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir_attr}\">\n<head><meta charset=\"utf-8\">\
             <title>{locale}</title><style>body {{ font: 16px sans-serif; margin: 2em; }}</style></head>\n\
             <body>\n{html}{PROBE}\n</body>\n</html>\n"
        );
        let file = shots.join(format!("{locale}.html"));
        std::fs::write(&file, &page).unwrap_or_else(|e| panic!("{e}"));

        let dom = run(&browser, &file, &["--dump-dom"]);
        let v = probe_result(&dom, &locale.to_string());

        let items = v["items"].as_array().map_or(0, Vec::len);
        assert_eq!(items, 31, "{locale}: {v}");
        for d in v["items"].as_array().into_iter().flatten() {
            assert_eq!(d, dir_attr, "{locale}: a list item's direction");
        }
        let lists = v["lists"].as_array().cloned().unwrap_or_default();
        assert_eq!(lists.len(), 1, "{locale}: {v}");
        for l in &lists {
            assert_eq!(l["type"], expected_type, "{locale}: list numbering");
            assert_eq!(l["supported"], true, "{locale}: {l}");
        }
        assert_eq!(v["overflow"], serde_json::json!([]), "{locale}: overflow");
        assert_eq!(v["overlap"], serde_json::json!([]), "{locale}: overlap");
        // Every letter and digit has a glyph in the machine's fonts (.ci/run installs them).
        let glyphs = &v["glyphs"];
        assert_eq!(glyphs["selfcheck"], true, "{locale}: {glyphs}");
        assert!(
            glyphs["checked"].as_u64().unwrap_or(0) > 5,
            "{locale}: {glyphs}"
        );
        assert_eq!(
            glyphs["missing"],
            serde_json::json!([]),
            "{locale}: letters drawn as missing-glyph boxes (install fonts for them, \
             e.g. Debian's fonts-noto-core and fonts-noto-cjk)"
        );

        let shot = shots.join(format!("{locale}.png"));
        run(
            &browser,
            &file,
            &[&format!("--screenshot={}", shot.display())],
        );
        // A blank page of this size compresses to about 15 KB; the editions' text to 200 KB.
        let size = std::fs::metadata(&shot).map_or(0, |m| m.len());
        assert!(
            size > 60_000,
            "{locale}: a screenshot of {size} bytes is blank"
        );
        report.push(format!(
            "{locale}: {items} items {dir_attr}, numbered {expected_type}"
        ));
    }
    eprintln!(
        "browser: {}\n{}\nscreenshots in {}",
        browser.display(),
        report.join("\n"),
        shots.display()
    );
}

/// The review page of a real list whose first line is a source address of 300 characters
/// without a space (tests/fixtures/ingest/real/el-arages-…, a percent-encoded Greek URL):
/// every cell wraps inside the window, so the reading stays beside its line.
#[test]
fn the_review_page_in_a_real_browser() {
    use signatories::ingest::{ParseOptions, parse, review_html};
    let Some(browser) = browser_or_skip("the_review_page_in_a_real_browser") else {
        return;
    };
    let text = std::fs::read_to_string(
        "tests/fixtures/ingest/real/el-arages-epta-omospondies-koini-anakoinosi-idiotikopoiiseis.txt",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.split(' ').any(|w| w.len() > 200))
    );
    let lang: signatories::Language = "el".parse().unwrap_or_default();
    let mut o = ParseOptions::default();
    o.lang = Some(&lang);
    let list = parse(&text, &o);
    let probe = r#"<script>
const out = { rows: document.querySelectorAll("tr").length, overflow: [] };
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) out.overflow.push("the page is wider than the window");
for (const td of document.querySelectorAll("td")) {
  const r = td.getBoundingClientRect();
  if (td.scrollWidth > td.clientWidth + 1 || r.right > width + 1) out.overflow.push(td.textContent.slice(0, 60));
}
const pre = document.createElement("pre"); pre.id = "result"; pre.hidden = true;
pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
</script>"#;
    let html = review_html(&text, &list).replace("</body>", &format!("{probe}\n</body>"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap_or_else(|| Path::new("target"))
        .join("browser-editions");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("review.html");
    std::fs::write(&file, &html).unwrap_or_else(|e| panic!("{e}"));
    let dom = run(&browser, &file, &["--dump-dom"]);
    let v = probe_result(&dom, "review page");
    // A header row and one row a line of the text.
    let rows = v["rows"].as_u64().unwrap_or(0) as usize;
    assert!(rows > text.lines().count(), "{v}");
    assert_eq!(v["overflow"], serde_json::json!([]), "{v}");
}

/// The audit report opened in a real browser: the table fits the window, one row per
/// organization, the missing organization's cell is marked, and a screenshot is kept in
/// `target/browser-editions/audit.png`.
#[test]
fn the_audit_report_in_a_real_browser() {
    use signatories::audit::{Edition, audit};
    use signatories::ingest::{ParseOptions, parse};
    let Some(browser) = browser_or_skip("the_audit_report_in_a_real_browser") else {
        return;
    };
    let registry = seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let statement = registry
        .statement(seed::STATEMENT_ID)
        .unwrap_or_else(|| panic!("seed statement"));
    let editions: Vec<Edition> = ["en-GB", "ar", "de"]
        .into_iter()
        .map(|l| {
            let text = Renderer::try_new(l)
                .and_then(|r| r.render(&registry, statement, &RenderOptions::default()))
                .unwrap_or_else(|e| panic!("{e}"))
                .into_string();
            let text = if l == "de" {
                text.lines()
                    .filter(|x| !x.contains("MLPD"))
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                text
            };
            let lang: signatories::Language = l.parse().unwrap_or_default();
            let mut o = ParseOptions::default();
            o.lang = Some(&lang);
            o.registry = Some(&registry);
            Edition::new(format!("{l}.txt"), parse(&text, &o))
        })
        .collect();
    let report = audit(&registry, Some(statement), &editions);
    let probe = r#"<script>
const out = { rows: document.querySelectorAll("tbody tr").length,
  missing: document.querySelectorAll("td.missing").length, overflow: [] };
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) out.overflow.push("the page is wider than the window");
for (const td of document.querySelectorAll("td")) {
  if (td.scrollWidth > td.clientWidth + 1) out.overflow.push(td.textContent.slice(0, 60));
}
const pre = document.createElement("pre"); pre.id = "result"; pre.hidden = true;
pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
</script>"#;
    let html = report
        .to_html("Audit")
        .replace("</body>", &format!("{probe}\n</body>"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap_or_else(|| Path::new("target"))
        .join("browser-editions");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("audit.html");
    std::fs::write(&file, &html).unwrap_or_else(|e| panic!("{e}"));
    let dom = run(&browser, &file, &["--dump-dom"]);
    let v = probe_result(&dom, "audit report");
    assert_eq!(v["rows"], 31, "{v}");
    assert_eq!(v["missing"], 1, "{v}");
    assert_eq!(v["overflow"], serde_json::json!([]), "{v}");
    let shot = dir.join("audit.png");
    run(
        &browser,
        &file,
        &[&format!("--screenshot={}", shot.display())],
    );
    let size = std::fs::metadata(&shot).map_or(0, |m| m.len());
    assert!(size > 60_000, "a screenshot of {size} bytes is blank");
}
