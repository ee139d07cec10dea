//! Replays the fuzz corpus (fuzz/corpus/<target>/, plus any crash inputs kept
//! in fuzz/regressions/<target>/) through the fuzz targets' own checks, on
//! stable, in every `cargo test`: what the fuzzers found interesting keeps
//! passing. `scripts/fuzz.sh` fuzzes for real (nightly, cargo-fuzz).
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code, clippy::disallowed_macros)] // test code (clippy.toml)
#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Runs `check` on every file of the target's corpus and regressions; the
/// number of files replayed.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let run = std::panic::catch_unwind(|| check(&data));
            assert!(run.is_ok(), "{target}: {} fails its checks", path.display());
            n += 1;
        }
    }
    n
}

#[test]
fn article_corpus_replays() {
    let n = replay("article", checks::article);
    assert!(n >= 20, "only {n} article inputs: is fuzz/corpus/article there?");
}

#[test]
fn extract_corpus_replays() {
    let n = replay("extract", checks::extract);
    assert!(n >= 20, "only {n} extract inputs: is fuzz/corpus/extract there?");
}

#[test]
fn bundle_corpus_replays() {
    let n = replay("bundle", checks::bundle);
    assert!(n >= 10, "only {n} bundle inputs: is fuzz/corpus/bundle there?");
}
