//! The TOML and JSON loaders on arbitrary bytes: an error with a location, or a registry that
//! saves and loads back equal; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signatories::{Format, Registry};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for format in [Format::Toml, Format::Json] {
        let mut r = Registry::new();
        match r.add_str(text, format, "fuzz") {
            Ok(()) => {
                let back = Registry::from_toml_str(&r.to_toml_string(), "again.toml")
                    .unwrap_or_else(|e| panic!("saved TOML does not load: {e}"));
                assert!(back == r, "TOML round trip lost something");
                let back = Registry::from_json_str(&r.to_json_string(), "again.json")
                    .unwrap_or_else(|e| panic!("saved JSON does not load: {e}"));
                assert!(back == r, "JSON round trip lost something");
            }
            Err(e) => {
                for p in e.problems() {
                    assert!(p.location.line >= 1 && p.location.column >= 1);
                }
            }
        }
    }
});
