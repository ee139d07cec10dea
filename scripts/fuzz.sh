#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 600), one after the other,
# then minimises its corpus (fuzz/corpus/<target>, kept in the repo and
# replayed by `cargo test`). Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). A crash stops the run and leaves the input in
# fuzz/artifacts/<target>/; keep it under fuzz/regressions/<target>/ once fixed.
# KEEP=N: how many of the smallest minimised inputs stay in the repo (500).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-600}
for target in article extract bundle; do
  echo "== fuzz: $target for ${seconds}s"
  cargo +nightly fuzz run -O "$target" -- -max_total_time="$seconds" -max_len=16384 -jobs=1 -workers=1 -print_final_stats=1
  echo "== fuzz: $target: minimising the corpus"
  cargo +nightly fuzz cmin -O "$target" -- -max_len=16384
  # what the repo keeps (and `cargo test` replays): the smallest KEEP inputs
  # of the minimised corpus, so it stays a few hundred KB per target
  keep=${KEEP:-500}
  ls -S "corpus/$target" | head -n -"$keep" | sed "s|^|corpus/$target/|" | xargs -r rm -f
  echo "== fuzz: $target: kept $(ls "corpus/$target" | wc -l) inputs, $(du -sh "corpus/$target" | cut -f1)"
done
