#!/usr/bin/env bash
# Everything, in order: setup, build, native tests, the wasm tests in Node.js
# and in headless Chrome, then the e2e tests (node --test) last. Every stage
# runs even if an earlier one failed (except what needs the build); the last
# line sums up all stages as "summary: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
passed=0
failed=0
failed_stages=()

# count LOG: adds the tests a log reports (cargo / wasm-bindgen-test / node --test).
count() {
  awk '
    /^test result: / { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    /^ℹ pass [0-9]+/ { p += $3 }
    /^ℹ fail [0-9]+/ { f += $3 }
    END { print p + 0, f + 0 }
  ' "$1"
}

# stage NAME CMD...: runs CMD, shows its output, and adds up its results.
stage() {
  local name=$1
  shift
  local log="$LOGS/$name.log"
  printf '\n==== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  read -r p f < <(count "$log")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # failed without a test failure: a build or runner error
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$rc" -ne 0 ]; then
    failed_stages+=("$name")
    printf '==== %s: FAILED (exit %s)\n' "$name" "$rc"
  else
    printf '==== %s: ok\n' "$name"
  fi
  return "$rc"
}

export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$PWD/tests/webdriver.json

if stage setup bash scripts/setup.sh; then
  built=0
  stage build bash scripts/build.sh && built=1
  # formatting is checked, not fixed: `cargo fmt` (rustfmt.toml) before committing
  if cargo fmt --version >/dev/null 2>&1; then
    stage fmt cargo fmt --check
  else
    printf '\n==== fmt: skipped (rustfmt is not installed: rustup component add rustfmt)\n'
  fi
  # and clippy's default lints are errors
  if cargo clippy --version >/dev/null 2>&1; then
    stage clippy cargo clippy --all-targets -- -D warnings
  else
    printf '\n==== clippy: skipped (clippy is not installed: rustup component add clippy)\n'
  fi
  stage cargo-test cargo test
  # Never -q here: the wasm runner needs the normal output.
  stage wasm-node cargo test --target wasm32-unknown-unknown --test web
  # the DOM tests (tests/dom.rs) run in the browser only: in Node they would have nothing to test
  stage wasm-chrome env WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown --test web --test dom
  if [ "$built" -eq 1 ]; then
    # The packed package in real consumers: Vite, webpack 5, a static site,
    # Node, TypeScript (installs from the npm registry, cached per consumer).
    stage consumers node --test --test-reporter=spec tests/consumers/*.test.mjs
  else
    failed=$((failed + 1))
    failed_stages+=("consumers (skipped: no build)")
  fi
  if [ "$built" -eq 1 ]; then
    stage e2e node --test --test-reporter=spec tests/e2e/*.test.mjs
  else
    failed=$((failed + 1))
    failed_stages+=("e2e (skipped: no build)")
  fi
fi

echo
if [ "${#failed_stages[@]}" -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}"
fi
echo "summary: $passed passed, $failed failed"
[ "${#failed_stages[@]}" -eq 0 ]
