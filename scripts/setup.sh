#!/usr/bin/env bash
# Installs what the build and the tests need; safe to run again (each step
# is skipped when already done). Needs: rustup/cargo, node + npm, apt (root).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== setup: %s\n' "$*"; }

# The nightly toolchain with rust-src and the wasm target builds the shipped
# wasm with a size-optimised standard library (scripts/build.sh). Optional:
# without it the build falls back to stable (larger wasm).
nightly_ready() {
  rustup toolchain list 2>/dev/null | grep -q '^nightly' &&
    [ -d "$(rustc +nightly --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library" ] &&
    rustup target list --installed --toolchain nightly 2>/dev/null | grep -qx wasm32-unknown-unknown
}
if [ "${1:-}" = "--nightly-ready" ]; then
  nightly_ready && echo yes
  exit 0
fi

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 1b. rust-src and the wasm target for the nightly toolchain, if there is one.
if rustup toolchain list | grep -q '^nightly' && ! nightly_ready; then
  say "rustup component add rust-src + target wasm32-unknown-unknown (nightly, for the size build)"
  rustup component add rust-src --toolchain nightly || echo "setup: no rust-src for nightly; the wasm will be built with stable (larger)"
  rustup target add wasm32-unknown-unknown --toolchain nightly || true
fi

# 2. wasm-bindgen-cli matching the wasm-bindgen in Cargo.lock (the CLI and
#    the library must be the very same version).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
have_runner=$(command -v wasm-bindgen-test-runner || true)
if [ -z "$want" ]; then
  echo "setup: cannot find wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$have" != "$want" ] || [ -z "$have_runner" ]; then
  say "cargo install wasm-bindgen-cli --version $want (have: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want"
fi

# 3. Chromium + ChromeDriver (wasm tests in the browser, e2e tests), from apt.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "apt-get install chromium chromium-driver"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi

# 4. npm packages (binaryen for wasm-opt, playwright-core for e2e tests),
#    only when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "npm install"
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund
  else
    npm install --no-audit --no-fund
  fi
fi

echo "setup: ok (wasm-bindgen $want, $(chromium --version 2>/dev/null | head -1), node $(node --version))"
