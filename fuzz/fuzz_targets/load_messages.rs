//! The message loader and checker (`Catalog::add_ftl`) on arbitrary text: no panic, no abort,
//! located and bounded problems, and what is accepted renders. The checks live in
//! `tests/checks/mod.rs`, shared with the regression test that runs them on the seeds.
#![no_main]

#[allow(dead_code)] // each target uses one of the checks
#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::load_messages(data));
