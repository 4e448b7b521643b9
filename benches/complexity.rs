//! The complexity check of `tests/complexity.rs` in a release build: prints, for every surface
//! that reads hostile input, the time at one size and at ten times that size, and their ratio.
//!
//! cargo bench --bench complexity -- --nocapture
#[path = "../tests/complexity.rs"]
mod complexity;
