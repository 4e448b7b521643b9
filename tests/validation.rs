//! One test per validation rule of the data files: each asserts the exact message, with the
//! file, line and column counted by hand in the input.

use signatories::{Format, Registry};

/// Every problem of a TOML text, one a line.
fn toml_problems(src: &str) -> String {
    problems(src, Format::Toml)
}

fn problems(src: &str, format: Format) -> String {
    let mut r = Registry::new();
    match r.add_str(src, format, "bad.toml") {
        Ok(()) => "no problem".to_owned(),
        Err(e) => e.to_string(),
    }
}

const ORG: &str = r#"
[[organization]]
id = "mlpd"
countries = ["DE"]
acronyms = [{ text = "MLPD", lang = "de" }]
names = [{ text = "Marxistisch-Leninistische Partei Deutschlands", lang = "de", kind = "original" }]
"#;

#[test]
fn a_valid_organization_has_no_problem() {
    assert_eq!(toml_problems(ORG), "no problem");
}

#[test]
fn syntax_error() {
    assert_eq!(
        toml_problems("[[organization]]\nid = \"x\nnames = []\n"),
        "bad.toml:2:8: syntax error: invalid basic string, expected `\"`: \"id = \\\"x\""
    );
}

#[test]
fn unknown_field_is_named() {
    let src = ORG.replace("countries", "colour = \"red\"\ncountries");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:4:1: unknown field in organization (expected id, countries, name-shows-country, region, acronyms, names, identifiers): \"colour\""
    );
}

#[test]
fn wrong_type() {
    let src = ORG.replace("countries = [\"DE\"]", "countries = \"DE\"");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:4:13: expected `countries` to be an array, found a string: \"\\\"DE\\\"\""
    );
}

#[test]
fn duplicate_ids_in_one_file() {
    let src = format!("{ORG}{}", ORG.replace("MLPD\"", "MLPD2\""));
    assert_eq!(
        toml_problems(&src),
        "bad.toml:9:6: duplicate organization id (first defined at line 3): \"mlpd\""
    );
}

#[test]
fn duplicate_ids_of_organizations_with_and_without_problems_are_in_file_order() {
    // Each ORG is six lines from a blank one: the second's id is on line 9, its countries on
    // line 10 (the code at column 14, after `countries = [`), the third's id on line 15.
    let kpd = |country: &str| {
        ORG.replace("\"mlpd\"", "\"kpd\"")
            .replace("MLPD", "KPD")
            .replace("\"DE\"", &format!("\"{country}\""))
    };
    let unknown = "unknown country code (not an assigned ISO 3166-1 alpha-2 code; name other places with an [[area]])";
    // A record left out for its problem, then a valid one with its id: the second is the
    // duplicate, of the first's line.
    assert_eq!(
        toml_problems(&format!("{ORG}{}{}", kpd("ZZ"), kpd("DE"))),
        format!(
            "bad.toml:10:14: {unknown}: \"ZZ\"\nbad.toml:15:6: duplicate organization id (first defined at line 9): \"kpd\""
        )
    );
    // The other way round: the record with the problem comes second and is the duplicate.
    assert_eq!(
        toml_problems(&format!("{ORG}{}{}", kpd("DE"), kpd("ZZ"))),
        format!(
            "bad.toml:16:14: {unknown}: \"ZZ\"\nbad.toml:15:6: duplicate organization id (first defined at line 9): \"kpd\""
        )
    );
}

#[test]
fn acronym_used_twice_in_one_country() {
    let other = ORG
        .replace("\"mlpd\"", "\"mlpd-2\"")
        .replace("Partei", "Gruppe");
    let src = format!("{ORG}{}", other.replace("MLPD\"", "mlpd\""));
    assert_eq!(
        toml_problems(&src),
        "bad.toml:11:13: acronym used twice in one country (DE; also organization \"mlpd\"): \"mlpd\""
    );
}

#[test]
fn invalid_language_tag() {
    let src = ORG.replace("lang = \"de\" }]", "lang = \"de_DE!\" }]");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:5:37: invalid language tag in acronym: \"de_DE!\""
    );
}

#[test]
fn unknown_language_tag() {
    let src = ORG.replace("lang = \"de\", kind", "lang = \"qqx\", kind");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:6:75: unknown language in name: \"qqx\""
    );
}

#[test]
fn unknown_country_code() {
    // Only assigned ISO 3166-1 codes are countries. CLDR names XK (user-assigned, Kosovo), EU
    // and UN (macro-regions) and XB (a pseudo-region for testing bidi) too, but none is an ISO
    // country: such places are areas of the registry, by an explicit choice.
    let src = ORG.replace(
        "[\"DE\"]",
        "[\"DE\", \"XK\", \"QQ\", \"EU\", \"UN\", \"XB\"]",
    );
    let msg = "unknown country code (not an assigned ISO 3166-1 alpha-2 code; name other places with an [[area]])";
    assert_eq!(
        toml_problems(&src),
        [(20, "XK"), (26, "QQ"), (32, "EU"), (38, "UN"), (44, "XB")]
            .map(|(col, code)| format!("bad.toml:4:{col}: {msg}: \"{code}\""))
            .join("\n")
    );
}

#[test]
fn statement_entry_naming_no_organization() {
    let src = format!(
        "{ORG}\n[[statement]]\nid = \"s\"\n[[statement.section]]\nkind = \"initial\"\nentries = [{{ org = \"mlpd\" }}, {{ org = \"nobody\" }}]\n"
    );
    assert_eq!(
        toml_problems(&src),
        "bad.toml:12:38: statement entry names no organization of the registry: \"nobody\""
    );
}

#[test]
fn empty_name() {
    let src = ORG.replace(
        "\"Marxistisch-Leninistische Partei Deutschlands\"",
        "\"  \"",
    );
    assert_eq!(
        toml_problems(&src),
        "bad.toml:6:19: empty text in name: \"  \""
    );
}

#[test]
fn empty_acronym() {
    let src = ORG.replace("\"MLPD\"", "\"\"");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:5:22: empty text in acronym: \"\""
    );
}

#[test]
fn transliteration_tagged_with_a_non_latin_script() {
    let src = ORG.replace(
        "kind = \"original\" }]",
        "kind = \"original\" },\n  { text = \"Marksistsko\", lang = \"ru\", kind = \"transliteration\" }]",
    );
    assert_eq!(
        toml_problems(&src),
        "bad.toml:7:34: transliteration tagged with a non-Latin script (tag it like ru-Latn): \"ru\""
    );
}

#[test]
fn unknown_area() {
    let src = ORG.replace("[\"DE\"]", "[\"DE\", \"kurdistan\"]");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:4:20: unknown area (no [[area]] has this id): \"kurdistan\""
    );
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let src = ORG
        .replace("[\"DE\"]", "[\"QQ\"]")
        .replace("lang = \"de\" }]", "lang = \"qqx\" }]")
        .replace("kind = \"original\"", "kind = \"nickname\"");
    let all = toml_problems(&src);
    assert_eq!(
        all.lines().collect::<Vec<_>>(),
        [
            "bad.toml:4:14: unknown country code (not an assigned ISO 3166-1 alpha-2 code; name other places with an [[area]]): \"QQ\"",
            "bad.toml:5:37: unknown language in acronym: \"qqx\"",
            "bad.toml:6:88: unknown name kind (expected original, translation, transliteration, former or short): \"nickname\"",
        ]
    );
}

#[test]
fn json_problems_have_lines_and_columns_too() {
    let src =
        "{\n  \"organization\": [\n    { \"id\": \"x\", \"names\": [], \"colour\": 1 }\n  ]\n}\n";
    assert_eq!(
        problems(src, Format::Json),
        "bad.toml:3:31: unknown field in organization (expected id, countries, name-shows-country, region, acronyms, names, identifiers): \"colour\"\n\
         bad.toml:3:5: organization has no name: \"x\""
    );
}

#[test]
fn json_lone_surrogate_is_a_syntax_error() {
    let src = "{\"organization\": [{\"id\": \"\\ud800\"}]}";
    assert_eq!(
        problems(src, Format::Json),
        r#"bad.toml:1:27: syntax error: lone surrogate \ud800: "{\"organization\": [{\"id\": \"\\ud800\"}]}""#
    );
}

#[test]
fn bidi_controls_in_names_are_refused() {
    let src = ORG.replace("\"MLPD\"", "\"ML\u{202E}PD\"");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:5:22: bidi control character U+202E in text in acronym: \"ML\\u{202e}PD\""
    );
}

#[test]
fn a_file_that_fails_leaves_the_registry_unchanged() {
    let mut r = Registry::new();
    assert!(r.add_str(ORG, Format::Toml, "a.toml").is_ok());
    let bad = ORG
        .replace("\"mlpd\"", "\"other\"")
        .replace("[\"DE\"]", "[\"QQ\"]");
    assert!(r.add_str(&bad, Format::Toml, "b.toml").is_err());
    assert_eq!(r.organizations().len(), 1);
    assert!(r.organization("other").is_none());
}

/// Warnings of a TOML text that loads, one a line.
fn toml_warnings(src: &str) -> String {
    let mut r = Registry::new();
    match r.add_str(src, Format::Toml, "w.toml") {
        Ok(()) => r
            .warnings()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn hidden_characters_are_refused_wherever_text_is_stored() {
    // Line 6 is the names line; "Marxistisch" starts in column 19.
    for (c, what) in [
        ('\u{200F}', "bidi control character U+200F"), // RLM
        ('\u{61C}', "bidi control character U+061C"),  // ALM
        ('\u{AD}', "invisible character U+00AD"),      // soft hyphen
        ('\u{E0041}', "invisible character U+E0041"),  // tag LATIN CAPITAL LETTER A
        ('\u{2800}', "invisible character U+2800"),    // braille blank
        ('\u{7}', "control character U+0007"),         // BEL (escaped in TOML)
    ] {
        let spelled = if c == '\u{7}' {
            "\\u0007".to_owned()
        } else {
            c.to_string()
        };
        let src = ORG.replace("Marxistisch", &format!("Marx{spelled}istisch"));
        // The message shows the character escaped, where a reader sees it.
        let value = format!(
            "\"Marx\\u{{{:x}}}istisch-Leninistische Partei Deutschlands\"",
            u32::from(c)
        );
        assert_eq!(
            toml_problems(&src),
            format!("bad.toml:6:19: {what} in text in name: {value}")
        );
    }
    // A name of combining marks alone renders as nothing.
    let src = ORG.replace(
        "Marxistisch-Leninistische Partei Deutschlands",
        "\u{301}\u{301}",
    );
    assert_eq!(
        toml_problems(&src),
        "bad.toml:6:19: text that renders blank in name: \"\\u{301}\\u{301}\""
    );
    // An area's name and a statement's title are checked the same way.
    let src = "[[area]]\nid = \"k\"\nnames = { en = \"Kurd\u{200E}istan\" }\n";
    assert_eq!(
        toml_problems(src),
        "bad.toml:3:16: bidi control character U+200E in text in area names: \"Kurd\\u{200e}istan\""
    );
}

#[test]
fn language_keys_that_differ_only_in_case_are_one_language() {
    let src = "[[area]]\nid = \"k\"\nnames = { en = \"Kurdistan\", EN = \"Other\" }\n";
    assert_eq!(
        toml_problems(src),
        "bad.toml:3:29: language given twice in area names (tags that differ only in case or spelling): \"EN\""
    );
    // A deprecated tag and its preferred form are one language too.
    let src = "[[area]]\nid = \"k\"\nnames = { he = \"A\", iw = \"B\" }\n";
    assert_eq!(
        toml_problems(src),
        "bad.toml:3:21: language given twice in area names (tags that differ only in case or spelling): \"iw\""
    );
}

#[test]
fn deprecated_language_tags_are_read_as_their_preferred_form() {
    let src = ORG.replace("lang = \"de\", kind", "lang = \"iw\", kind");
    let r = Registry::from_toml_str(&src, "w.toml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.organizations()[0].names[0].lang.to_string(), "he");
    assert_eq!(
        toml_warnings(&src),
        "w.toml:6:75: deprecated language tag in name, read as its preferred form he: \"iw\""
    );
    // Variants must be registered, for the language they are registered for.
    for (tag, msg) in [
        ("de-bogus", "unknown variant (not in the IANA registry)"),
        ("de-biske", "variant not registered for this language"),
    ] {
        let src = ORG.replace("lang = \"de\", kind", &format!("lang = \"{tag}\", kind"));
        assert_eq!(
            toml_problems(&src),
            format!("bad.toml:6:75: {msg} in name: \"{tag}\"")
        );
    }
    let src = ORG.replace("lang = \"de\", kind", "lang = \"de-1901\", kind");
    assert_eq!(toml_problems(&src), "no problem");
}

#[test]
fn every_printed_text_is_checked_for_spoofing() {
    // An area named with a Cyrillic і, and a printed acronym in Cyrillic letters that look
    // like MLPD: both load, both are flagged where they are.
    let src = format!(
        "{ORG}\n[[area]]\nid = \"k\"\nnames = {{ en = \"Kurd\u{456}stan\" }}\n\n[[statement]]\nid = \"s\"\ntitle = {{ en = \"Sol\u{456}darity\" }}\n[[statement.section]]\nkind = \"initial\"\nentries = [{{ org = \"mlpd\", printed = {{ acronym = \"\u{41C}L\u{420}D\" }} }}]\n"
    );
    assert_eq!(
        toml_warnings(&src),
        [
            "w.toml:10:16: area names mixes scripts (Latn, Cyrl): it may imitate another: \"Kurd\u{456}stan\"",
            "w.toml:14:16: title mixes scripts (Latn, Cyrl): it may imitate another: \"Sol\u{456}darity\"",
            "w.toml:17:50: printed text mixes scripts (Cyrl, Latn): it may imitate another: \"\u{41C}L\u{420}D\"",
            "w.toml:17:38: printed acronym looks like \"MLPD\" of organization \"mlpd\" but is another text (same UTS #39 skeleton): \"\u{41C}L\u{420}D\"",
        ]
        .join("\n")
    );
}

#[test]
fn reports_of_huge_broken_files_are_bounded() {
    // 5,000 broken values (an invalid id each): 1,000 listed, the rest counted.
    let orgs: Vec<String> = (0..5000)
        .map(|i| format!("{{\"id\": \"Bad {i}\", \"names\": []}}"))
        .collect();
    let src = format!("{{\"organization\": [{}]}}", orgs.join(", "));
    let e = problems(&src, Format::Json);
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 1001);
    assert_eq!(
        lines.last().copied(),
        Some("bad.toml:1:1: 4000 more problems not listed: \"\"")
    );
    // 100,000 broken TOML lines: the first 999 syntax errors and where the check stopped.
    let e = toml_problems(&"x = = [\n".repeat(100_000));
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 1000);
    assert!(
        lines[999].ends_with(": syntax error: more than 999 syntax errors; the rest of the file was not checked: \"x = = [\""),
        "{}",
        lines[999]
    );
}

#[test]
fn one_pass_reports_references_of_records_with_problems_too() {
    // The organization has an empty name (its own problem) and names an unknown area; the
    // statement has a bad date and names an unknown organization; both ids repeat. Every
    // problem is reported at once, not after the first ones are fixed.
    let src = r#"[[organization]]
id = "a"
countries = ["nowhere"]
names = [{ text = " ", lang = "de", kind = "original" }]

[[organization]]
id = "a"
names = [{ text = "A", lang = "de", kind = "original" }]

[[statement]]
id = "s"
as-of = "2023-13-01"
[[statement.section]]
kind = "initial"
entries = [{ org = "nobody" }]
"#;
    let mut r = Registry::new();
    let e = r.add_str(src, Format::Toml, "bad.toml").err();
    let got: Vec<(signatories::ProblemKind, String)> = e
        .iter()
        .flat_map(|e| e.problems())
        .map(|p| (p.kind, format!("{}:{}", p.location.line, p.location.column)))
        .collect();
    use signatories::ProblemKind as K;
    use signatories::text::TextProblem;
    assert_eq!(
        got,
        [
            (K::Text(TextProblem::Empty), "4:19".to_owned()),
            (K::Date, "12:9".to_owned()),
            (K::DuplicateId, "7:6".to_owned()),
            (K::UnknownArea, "3:14".to_owned()),
            (K::UnknownOrganization, "15:20".to_owned()),
        ]
    );
}

#[test]
fn an_unknown_top_level_table_is_one_error() {
    let src =
        format!("{ORG}\n[[statment]]\nid = \"s\"\n[[statment.section]]\nkind = \"initial\"\n");
    assert_eq!(
        toml_problems(&src),
        "bad.toml:8:3: unknown field in the file (expected area, organization, statement): \"statment\""
    );
}

#[test]
fn organization_listed_twice_in_a_statement() {
    // ORG takes lines 1-6; the statement starts on line 7.
    let src = format!(
        "{ORG}[[statement]]\nid = \"s\"\n[[statement.section]]\nkind = \"initial\"\nentries = [{{ org = \"mlpd\" }}]\n[[statement.section]]\nkind = \"subsequent\"\nentries = [{{ org = \"mlpd\" }}]\n"
    );
    assert_eq!(
        toml_problems(&src),
        "bad.toml:14:20: organization listed twice in this statement: \"mlpd\""
    );
}

/// Where `needle`'s `nth` occurrence (from 1) starts in `text`: "line:column", both 1-based,
/// the column in characters, counted here from the text itself.
fn place_of(text: &str, needle: &str, nth: usize) -> String {
    let offset = text
        .match_indices(needle)
        .nth(nth - 1)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no occurrence {nth} of {needle:?}"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    format!("{line}:{}", before[line_start..].chars().count() + 1)
}

/// The checks across records (duplicate ids and acronyms, unknown areas, look-alike texts)
/// report at the line and column of what they name: also where a record's fields come in
/// another order than they are read in (names first, id last), after Cyrillic text on the same
/// line, and in a file large enough to be decoded on several threads.
#[test]
fn checks_across_records_report_fields_read_out_of_order() {
    let row = |id: &str, acronym: &str, countries: &str| {
        format!(
            r#"{{"names": [{{"text": "Партия {}", "lang": "ru", "kind": "original"}}], "acronyms": [{{"text": "{acronym}", "lang": "ru"}}], "countries": [{countries}], "id": "{id}"}}"#,
            id.len()
        )
    };
    let file = |last: &[String]| {
        let mut rows: Vec<String> = (0..8000)
            .map(|i| row(&format!("org-{i}"), &format!("А{i}"), r#""RU""#))
            .collect();
        rows.extend_from_slice(last);
        format!("{{\"organization\": [\n{}\n]}}\n", rows.join(",\n"))
    };
    // A second org-7, with org-5's acronym in Russia, and an area no record defines.
    let bad = file(&[row("org-7", "А5", r#""RU", "nowhere""#)]);
    assert!(bad.len() > 1 << 20, "decoded on several threads");
    let mut r = Registry::new();
    let err = r.add_str(&bad, Format::Json, "big.json").unwrap_err();
    let got: Vec<(signatories::ProblemKind, String)> = err
        .problems()
        .iter()
        .map(|p| (p.kind, format!("{}:{}", p.location.line, p.location.column)))
        .collect();
    use signatories::ProblemKind as K;
    assert_eq!(
        got,
        [
            (K::DuplicateId, place_of(&bad, r#""org-7"}"#, 2)),
            (K::UnknownArea, place_of(&bad, r#""nowhere""#, 1)),
            (K::DuplicateAcronym, place_of(&bad, r#"{"text": "А5""#, 2)),
        ]
    );
    assert!(
        err.problems()[0]
            .message
            .contains("first defined at line 9"),
        "{err}"
    );
    // A Latin acronym, then one of Cyrillic letters that look the same: a warning at the second.
    let lookalike = file(&[
        row("latin", "PKP", r#""DE""#),
        row("cyrillic", "РКР", r#""AT""#),
    ]);
    let r = Registry::from_json_str(&lookalike, "big.json").unwrap();
    let warnings: Vec<String> = r
        .warnings()
        .iter()
        .map(|w| format!("{}:{}", w.location.line, w.location.column))
        .collect();
    assert_eq!(warnings, [place_of(&lookalike, r#"{"text": "РКР""#, 1)]);
}

/// A value in a message is shown as it is written, in any script: a Thai country name or a
/// Hindi acronym keeps its vowel signs (Debug formatting would write "ไทย" as it is but
/// "इंटक" as "इ\u{902}टक", every combining mark escaped), while what a reader could not see is
/// still escaped (above).
#[test]
fn values_in_messages_are_shown_as_written_in_any_script() {
    for (value, shown) in [("ไทย", "\"ไทย\""), ("इंटक", "\"इंटक\""), ("حزب", "\"حزب\"")]
    {
        let src = format!(
            "[[organization]]\nid = \"x\"\ncountries = [\"{value}\"]\nacronyms = [\"X\"]\n"
        );
        let problems = toml_problems(&src);
        let message = problems.lines().next().unwrap_or_default();
        assert!(
            message.starts_with("bad.toml:3:14: invalid country") && message.ends_with(shown),
            "{problems}"
        );
        assert!(!message.contains("\\u{"), "{problems}");
    }
}
