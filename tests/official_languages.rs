//! The table of languages with an official status in each country (generated from CLDR 48's
//! `supplementalData.xml` by `scripts/cldr-official-languages.py`) against an independent
//! rendering of the same CLDR data: CLDR's JSON (`tests/fixtures/cldr/territoryInfo.json`, from
//! the npm package cldr-core 48.2.0), read here with serde_json.

use std::collections::{BTreeMap, BTreeSet};

use signatories::locale::official_languages;

type Table = BTreeMap<String, BTreeSet<(String, String)>>;

/// Every (territory, language, status) of CLDR's JSON with one of the three official statuses
/// the crate reads.
fn cldr_json() -> Table {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/cldr/territoryInfo.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["supplemental"]["version"]["_cldrVersion"], "48");
    let mut table = Table::new();
    let territories = json["supplemental"]["territoryInfo"].as_object();
    for (code, info) in territories.into_iter().flatten() {
        let languages = info["languagePopulation"].as_object();
        for (lang, facts) in languages.into_iter().flatten() {
            let status = facts["_officialStatus"].as_str().unwrap_or("");
            if ["official", "de_facto_official", "official_regional"].contains(&status) {
                table
                    .entry(code.clone())
                    .or_default()
                    .insert((lang.replace('_', "-"), status.to_owned()));
            }
        }
    }
    table
}

#[test]
fn official_languages_agree_with_cldr_json() {
    let expected = cldr_json();
    assert!(expected.len() > 200, "{} territories", expected.len());
    let mut seen = 0;
    for (code, languages) in &expected {
        let ours: BTreeSet<(String, String)> = official_languages(code)
            .iter()
            .map(|(l, s)| ((*l).to_owned(), s.as_str().to_owned()))
            .collect();
        assert_eq!(&ours, languages, "official languages of {code}");
        seen += 1;
    }
    // And no territory the JSON has none for: every ISO 3166-1 code outside the JSON's list.
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            let code = String::from_utf8(vec![a, b]).unwrap_or_default();
            if !expected.contains_key(&code) {
                assert!(official_languages(&code).is_empty(), "{code}");
            }
        }
    }
    assert_eq!(seen, expected.len());
}
