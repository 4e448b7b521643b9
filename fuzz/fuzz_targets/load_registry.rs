//! The TOML and JSON loaders on arbitrary bytes: an error with a location, or a registry that
//! saves and loads back equal; never a panic. The checks live in `tests/checks/mod.rs`, shared
//! with the regression test that runs them on the seeds.
#![no_main]

#[allow(dead_code)] // each target uses one of the checks
#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::load_registry(data));
