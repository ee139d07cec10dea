# The nightly toolchain that builds the shipped wasm (scripts/build.sh:
# -Z build-std, panic=immediate-abort), pinned so the build does not change
# with whatever `nightly` rustup has today. scripts/setup.sh installs exactly
# this one (minimal profile + rust-src + wasm32-unknown-unknown); without it
# scripts/build.sh falls back to stable (a larger wasm, with a warning).
# Sourced by both scripts: the date is here and nowhere else. To move it:
# change the date, run scripts/setup.sh then scripts/build.sh, and compare
# the "total shipped" line (and npm test).
# nightly-2026-05-20: rustc 1.97.0-nightly (e50aa6fba 2026-05-19).
FACTCARD_NIGHTLY=nightly-2026-05-20
