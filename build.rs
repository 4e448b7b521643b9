//! Finds every bundled message file, `locales/<tag>/*.ftl`, and writes the table that compiles
//! them into the crate (`$OUT_DIR/bundled_locales.rs`): adding a language is adding a folder.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Cargo sets the manifest's directory when it runs the script: read at run time, a build
    // script compiled for one checkout and reused from a shared target directory reads the
    // checkout it is run for.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut locales: Vec<(String, Vec<String>)> = Vec::new();
    let dirs = std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display()));
    for dir in dirs.flatten() {
        let path = dir.path();
        if !path.is_dir() {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let tag = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<String> = std::fs::read_dir(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .flatten()
            .map(|f| f.file_name().to_string_lossy().into_owned())
            .filter(|f| f.ends_with(".ftl"))
            .collect();
        files.sort();
        for f in &files {
            println!("cargo::rerun-if-changed={}", path.join(f).display());
        }
        if !files.is_empty() {
            locales.push((tag, files));
        }
    }
    locales.sort();
    let mut out = String::from(
        "/// The bundled message files: (locale tag, [(file, FTL source)]), from `locales/`.\n\
         pub(crate) const BUNDLED: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (tag, files) in &locales {
        let _ = writeln!(out, "    ({tag:?}, &[");
        for f in files {
            let file = root.join(tag).join(f);
            let _ = writeln!(
                out,
                "        (\"locales/{tag}/{f}\", include_str!({:?})),",
                file.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")))
        .join("bundled_locales.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
