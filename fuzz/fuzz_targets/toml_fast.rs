//! The crate's own reader of the common TOML shape (`files::toml_fast`) against the toml crate on
//! arbitrary bytes: on any text, and on each chunk of it a registry's load reads apart, it either
//! declines (the toml crate then reads the text) or reads exactly what the toml crate reads —
//! values, keys, spans and order; never a panic. The check lives in `tests/checks/mod.rs`,
//! shared with the regression test that runs it on the seeds.
#![no_main]

#[allow(dead_code)] // each target uses one of the checks
#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::toml_fast(data);
});
