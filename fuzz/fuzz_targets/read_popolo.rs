//! The popolo reader on arbitrary bytes: a located error, or organizations that import into an
//! empty registry whose save loads back equal; never a panic. The check lives in
//! `tests/checks/mod.rs`, shared with the regression test that runs it on the seeds.
#![no_main]

#[allow(dead_code)] // each target uses one of the checks
#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::read_interop(
    data,
    signatories::interop::InteropFormat::Popolo
));
