#!/usr/bin/env bash
# Installs what the build and the tests need; safe to run again (each step
# is skipped when already done). Needs: rustup/cargo, node + npm, apt (root).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== setup: %s\n' "$*"; }

# The pinned nightly toolchain (scripts/nightly.sh) with rust-src and the
# wasm target builds the shipped wasm with a size-optimised standard library
# (scripts/build.sh). Optional: without it the build falls back to stable
# (larger wasm, which fails the size test).
. scripts/nightly.sh
nightly_installed() {
  rustup toolchain list 2>/dev/null | grep -q "^$FACTCARD_NIGHTLY"
}
nightly_ready() {
  nightly_installed &&
    [ -d "$(rustc +"$FACTCARD_NIGHTLY" --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library" ] &&
    rustup target list --installed --toolchain "$FACTCARD_NIGHTLY" 2>/dev/null | grep -qx wasm32-unknown-unknown
}
# --nightly-ready: prints the pinned toolchain's name when it is ready for
# the size build (scripts/build.sh), nothing otherwise
if [ "${1:-}" = "--nightly-ready" ]; then
  if nightly_ready; then echo "$FACTCARD_NIGHTLY"; fi
  exit 0
fi

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 1b. The pinned nightly with rust-src and the wasm target (minimal profile:
#     no docs, clippy or rustfmt). A failure is not fatal: build.sh warns and
#     builds the wasm with stable.
if ! nightly_ready; then
  if nightly_installed; then
    say "rustup component add rust-src + target add wasm32-unknown-unknown ($FACTCARD_NIGHTLY, for the size build)"
    rustup component add rust-src --toolchain "$FACTCARD_NIGHTLY" &&
      rustup target add wasm32-unknown-unknown --toolchain "$FACTCARD_NIGHTLY" || true
  else
    say "rustup toolchain install $FACTCARD_NIGHTLY --profile minimal --component rust-src --target wasm32-unknown-unknown (for the size build)"
    rustup toolchain install "$FACTCARD_NIGHTLY" --profile minimal --component rust-src \
      --target wasm32-unknown-unknown --no-self-update || true
  fi
  nightly_ready ||
    echo "setup: WARNING: $FACTCARD_NIGHTLY with rust-src and wasm32-unknown-unknown could not be installed; the wasm will be built with stable (larger, over the size budget)" >&2
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
