//! The list parser on arbitrary text and HTML: no panic, every line accounted for, no hidden
//! character in an entry. The checks live in `tests/checks/mod.rs`, shared with the regression
//! test that runs them on the seeds.
#![no_main]

#[allow(dead_code)] // each target uses one of the checks
#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::parse_list(data));
