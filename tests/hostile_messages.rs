//! Message files as hostile input: limits before the FTL parser runs, what the checker catches
//! (cycles, expansion, unknown ids, hidden characters, markup), messages escaped as text, and
//! message files read bounded.

use signatories::render::{Catalog, OutputFormat, RenderOptions, Renderer};
use signatories::{Error, ProblemKind};

fn refused(locale: &str, ftl: &str) -> Error {
    Catalog::bundled()
        .add_ftl(locale, "user.ftl", ftl)
        .err()
        .unwrap_or_else(|| panic!("accepted: {ftl:.200}"))
}

fn kinds(e: &Error) -> Vec<ProblemKind> {
    e.problems().iter().map(|p| p.kind).collect()
}

/// 20,000 nested placeables overflowed the FTL parser's stack (an abort, exit 134); the FTL
/// parser of a debug build overflows a 2 MiB thread (the size of the threads `cargo test`
/// runs tests on, and of any spawned thread) at about 220 levels.
#[test]
fn deeply_nested_placeables_are_a_located_error_not_an_abort() {
    for depth in [40, 300, 20_000] {
        let ftl = format!(
            "subsequent-heading = {}x{}\n",
            "{".repeat(depth),
            "}".repeat(depth)
        );
        let err = refused("de", &ftl);
        assert_eq!(kinds(&err), [ProblemKind::Nesting], "{err}");
        // The 33rd `{` (MAX_NESTING is 32) at line 1, column 22 + 32.
        assert_eq!(
            err.to_string(),
            "user.ftl:1:54: placeables nested deeper than 32 levels: \"{\""
        );
    }
    // Call arguments nest too: F(F(F(…))).
    let ftl = format!(
        "subsequent-heading = {{ {}\"x\"{} }}\n",
        "NUMBER(".repeat(5_000),
        ")".repeat(5_000)
    );
    assert_eq!(kinds(&refused("de", &ftl)), [ProblemKind::Nesting]);
    // Braces inside a string literal or a comment do not nest.
    let ftl = format!(
        "# {}\nsubsequent-heading = {{ \"{}\" }}\n",
        "{".repeat(100),
        "{".repeat(100)
    );
    Catalog::bundled()
        .add_ftl("de", "ok.ftl", ftl)
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn size_and_message_count_are_bounded_before_parsing() {
    let big = format!("# {}\n", "x".repeat(300 << 10));
    let err = refused("de", &big);
    assert_eq!(kinds(&err), [ProblemKind::FileTooLarge]);
    assert!(
        err.to_string()
            .starts_with("user.ftl:1:1: message file too large")
    );
    let many: String = (0..1_500).map(|i| format!("-t{i} = x\n")).collect();
    let err = refused("de", &many);
    assert_eq!(kinds(&err), [ProblemKind::TooMany]);
    assert!(
        err.to_string()
            .starts_with("user.ftl:1001:1: more than 1000 messages in one file"),
        "{err}"
    );
}

#[test]
fn reference_cycles_and_unknown_references_are_found_by_the_checker() {
    let err = refused("de", "-a = { -b }\n-b = { -a }\n");
    assert_eq!(kinds(&err), [ProblemKind::MessageCycle]);
    assert_eq!(
        err.to_string(),
        "user.ftl:2:8: reference cycle: -a -> -b -> -a: \"-a\""
    );
    // Through a message of the bundled German file: the override's `subsequent-heading`
    // refers to itself.
    let err = refused("de", "subsequent-heading = { subsequent-heading }\n");
    assert_eq!(kinds(&err), [ProblemKind::MessageCycle], "{err}");
    let err = refused("de", "subsequent-heading = { -nowhere } { nothing }\n");
    assert_eq!(
        err.to_string(),
        "user.ftl:1:24: reference to a term no resource of de or its fallbacks defines: \"-nowhere\"\n\
         user.ftl:1:37: reference to a message no resource of de or its fallbacks defines: \"nothing\""
    );
}

/// Thirty levels of `x = {y}{y}`: 2^30 copies of the text; Fluent stops at 100 placeables, so
/// rendering failed (without a file or line) where the checker said nothing.
#[test]
fn exponential_expansion_is_found_by_the_checker() {
    let mut ftl = "-x0 = ab\n".to_owned();
    for i in 1..=30 {
        ftl.push_str(&format!("-x{i} = {{ -x{} }}{{ -x{} }}\n", i - 1, i - 1));
    }
    ftl.push_str("subsequent-heading = { -x30 }:\n");
    let err = refused("de", &ftl);
    assert!(
        kinds(&err)
            .iter()
            .all(|k| *k == ProblemKind::MessageExpansion),
        "{err}"
    );
    // -x6 resolves 2 + 2·62 = 126 placeables (2^(k+1) − 2 for -xk); -x5 resolves 62.
    assert!(
        err.to_string()
            .starts_with("user.ftl:7:1: term -x6 resolves 126 placeables with its references, more than Fluent's 100"),
        "{err}"
    );
    // Text alone: 20 KiB of characters through references.
    let ftl = format!(
        "-t = {}\n-u = {{ -t }}{{ -t }}{{ -t }}\nsubsequent-heading = {{ -u }}{{ -u }}{{ -u }}\n",
        "a".repeat(2_000)
    );
    let err = refused("de", &ftl);
    assert_eq!(
        err.to_string(),
        "user.ftl:3:1: message subsequent-heading expands to 18000 characters with its references, more than 16384: \"subsequent-heading\""
    );
    // A term used a few times is fine, and renders.
    let mut catalog = Catalog::bundled();
    catalog
        .add_ftl(
            "de",
            "ok.ftl",
            "-later = Später\nsubsequent-heading = { -later } unterzeichnet ({ -later }):\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
}

/// A misspelled id in an English override was ignored (English was its own reference) and
/// made every other locale "miss" it.
#[test]
fn unknown_ids_in_any_override_are_blamed_on_that_file() {
    let err = Catalog::bundled()
        .add_ftl("en", "en-house.ftl", "subsequent-haeding = Later:\n")
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        err.to_string(),
        "en-house.ftl:1:1: message the reference locale (en) does not have (obsolete or misspelled): \"subsequent-haeding\""
    );
    let mut catalog = Catalog::bundled();
    catalog
        .add_ftl("en", "en-house.ftl", "subsequent-heading = Later:\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalog.check(), Vec::new());
}

#[test]
fn hidden_characters_in_messages_are_refused() {
    for (c, kind) in [
        ('\u{202E}', "BidiControl"), // right-to-left override
        ('\u{200B}', "Invisible"),   // zero-width space
        ('\u{E0041}', "Invisible"),  // tag latin capital letter A
        ('\u{2066}', "BidiControl"), // left-to-right isolate
    ] {
        let err = refused("de", &format!("subsequent-heading = Spä{c}ter:\n"));
        assert_eq!(err.problems().len(), 1, "{err}");
        let p = &err.problems()[0];
        assert!(format!("{:?}", p.kind).contains(kind), "{p}");
        assert_eq!((p.location.line, p.location.column), (1, 25), "{p}");
        // In a comment too: the checker does not read FTL as a browser shows it.
        let err = refused("de", &format!("# note {c}\nsubsequent-heading = Später:\n"));
        assert_eq!(err.problems()[0].location.line, 1);
    }
    // ZWNJ is allowed (Persian needs it).
    Catalog::bundled()
        .add_ftl("fa", "ok.ftl", "subsequent-heading = می\u{200C}شود:\n")
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn markup_in_message_text_is_refused() {
    for text in [
        "<script>alert(1)</script>",
        "<b onclick=\"alert(1)\">x</b>",
        "[x](javascript:alert(1))",
        "<!-- x -->",
        "{ \"<img src=x>\" }",
    ] {
        let err = refused("de", &format!("subsequent-heading = Später {text}:\n"));
        assert_eq!(kinds(&err), [ProblemKind::Markup], "{text}: {err}");
        assert!(err.to_string().starts_with("user.ftl:1:"), "{err}");
    }
}

/// What a message holds (accepted by the checker) prints as itself in Markdown and HTML.
#[test]
fn message_text_is_escaped_for_the_output_format() {
    let registry = signatories::seed::registry().unwrap_or_else(|e| panic!("{e}"));
    let statement = registry
        .statement(signatories::seed::STATEMENT_ID)
        .unwrap_or_else(|| panic!("statement"));
    let mut catalog = Catalog::bundled();
    catalog
        .add_ftl(
            "en",
            "en.ftl",
            "subsequent-heading = **Later** _signed_ [1] & `x` www.example.org:\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let en = Renderer::try_new_with("en", &catalog).unwrap_or_else(|e| panic!("{e}"));
    let render = |format| {
        en.render(
            &registry,
            statement,
            &RenderOptions::default().with_format(format),
        )
        .unwrap_or_else(|e| panic!("{e}"))
        .into_string()
    };
    let md = render(OutputFormat::Markdown);
    assert!(
        md.contains("\n\\*\\*Later\\*\\* \\_signed\\_ \\[1\\] \\& \\`x\\` www\\.example\\.org:\n"),
        "{md}"
    );
    let html = render(OutputFormat::Html);
    assert!(
        html.contains("**Later** _signed_ [1] &amp; `x` www.example.org:"),
        "{html}"
    );
    let text = render(OutputFormat::Text);
    assert!(text.contains("\n**Later** _signed_ [1] & `x` www.example.org:\n"));
}

/// A file of made-up ids made a report of hundreds of megabytes; reports list at most 1,000
/// problems, then their count.
#[test]
fn the_checkers_report_is_bounded() {
    let ftl: String = (0..900)
        .map(|i| format!("made-up-{i} = <b>x</b>\n"))
        .collect();
    let err = refused("de", &ftl);
    let problems = err.problems();
    assert_eq!(problems.len(), 1_001);
    assert_eq!(problems[1_000].kind, ProblemKind::NotListed);
    assert_eq!(problems[1_000].message, "800 more problems not listed");
}

#[cfg(unix)]
#[test]
fn message_files_are_read_bounded_and_only_when_regular() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let de = dir.path().join("de");
    std::fs::create_dir(&de).unwrap_or_else(|e| panic!("{e}"));
    // A link to /dev/zero was read until memory ran out.
    std::os::unix::fs::symlink("/dev/zero", de.join("zero.ftl")).unwrap_or_else(|e| panic!("{e}"));
    let err = Catalog::bundled()
        .add_dir(dir.path())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(
        err.to_string()
            .ends_with("zero.ftl: a device, not a regular file"),
        "{err}"
    );
    std::fs::remove_file(de.join("zero.ftl")).unwrap_or_else(|e| panic!("{e}"));
    // A FIFO hung forever; nothing writes to this one.
    let fifo = de.join("fifo.ftl");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let err = Catalog::bundled()
        .add_dir(dir.path())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(
        err.to_string()
            .ends_with("fifo.ftl: a FIFO (named pipe), not a regular file"),
        "{err}"
    );
    std::fs::remove_file(&fifo).unwrap_or_else(|e| panic!("{e}"));
    // Larger than the limit: refused at line 1 with its size, the rest of the folder checked.
    std::fs::write(de.join("big.ftl"), "#".repeat(300 << 10)).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(de.join("typo.ftl"), "subsequent-haeding = x\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let err = Catalog::bundled()
        .add_dir(dir.path())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        kinds(&err),
        [ProblemKind::FileTooLarge, ProblemKind::UnknownMessage],
        "{err}"
    );
}
