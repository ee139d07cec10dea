#!/usr/bin/env bash
# Installs what the build and the tests need; safe to run again (each step
# is skipped when already done). Needs: rustup/cargo, node + npm, apt (root).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== setup: %s\n' "$*"; }

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
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
