#!/usr/bin/env bash
# Builds the CLI and the wasm package, and the demo site:
#   target/release/factcard            the command line (native)
#   js/factcard.js                     the package entry: the element and its wasm's glue, minified
#   pkg/factcard_card_bg.wasm          the element's wasm (its wasm-bindgen --target web glue is in js/factcard.js)
#   pkg/factcard_wasm.js, pkg/factcard_wasm_bg.wasm   the same plus the JS API (feature "api"), loaded on first use
#   www/pkg/js/factcard.js, www/pkg/pkg/...           a copy of js/ + pkg/ for the demo
#   www/bundle.json                    the five seed articles, bundled by the CLI
# and prints the gzip sizes of what ships (budget: 64 KB for the card).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_TARGET=wasm32-unknown-unknown
OUT=pkg

echo "== build: cargo build --release --bin factcard"
cargo build --release --bin factcard

# strip=true (profile) would drop the target_features section wasm-bindgen
# reads; strip only debug info here, wasm-opt strips the rest. The wasm is
# optimised for size (the profile's opt-level 3 is the native CLI's).
export CARGO_PROFILE_RELEASE_STRIP=debuginfo
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
# the pinned nightly (scripts/nightly.sh) when setup.sh has installed it
# with rust-src and the wasm target; empty otherwise: a stable build
. scripts/nightly.sh
NIGHTLY=$(bash scripts/setup.sh --nightly-ready)
if [ -z "$NIGHTLY" ]; then
  echo "build: WARNING: $FACTCARD_NIGHTLY with rust-src and wasm32-unknown-unknown is not installed (bash scripts/setup.sh installs it); building the wasm with stable: larger, over the 64 KB budget" >&2
fi
rm -rf "$OUT"

# build_wasm NAME RENAME-EXPORTS GOAL CARGO-FEATURE-ARGS...: pkg/NAME.js + pkg/NAME_bg.wasm
# (RENAME-EXPORTS: "yes" gives the exports short names too, see below;
# GOAL: "size" for the element's module, every page's download, or "speed"
# for the JS API's, fetched only by a page that calls it: opt-level 2, LLVM's
# and wasm-opt's own inlining, the standard library not built for size, and
# the feature "speed", the language tables' lookup filters. Measured on the
# fixtures, extract() in Node: 4.3 MB/s for size at 73 KB gzip; for speed
# 10.3 MB/s at 101 KB (opt-level 3: 11.0 MB/s, but 271 KiB raw, over
# webpack's default hint for an asset, 244 KiB, which the consumer test
# holds it to; "s": 8.9 MB/s). Without the element (feature "element":
# DOM, stylesheet, model writer) it is 216 KiB; opt-level 3 then fits
# (249.5 KiB) but was no faster (9.7-9.8 against 10.0-10.1 MB/s, Node, id
# fixtures, measured 2026-12-06)
build_wasm() {
  local name=$1 rename_exports=$2 goal=$3
  shift 3
  # (the element's stack: 64 KB, not rustc's 1 MB, which was an eighth of
  # the memory of a 1,000-article card; every test passes with 16 KB, and an
  # overflow traps: the stack lies first, below address 0 is out of bounds)
  local opt=z inline="-Cllvm-args=-inline-threshold=20 -Clink-arg=-zstack-size=65536" std_features=(-Z build-std-features=optimize_for_size)
  # (--generate-global-effects first: what each function may touch, which
  # lets the passes after it drop or move more: 40 B gzip less, measured
  # 2026-12-07)
  local passes=(--generate-global-effects -O2 --shrink-level=1 --skip-pass=inlining --skip-pass=inlining-optimizing)
  if [ "$goal" = speed ]; then
    opt=2 inline="" std_features=() passes=(-O3)
  fi
  if [ -n "$NIGHTLY" ]; then
    # The shipped wasm: the standard library rebuilt (for size), with panics
    # that abort at once (no panic messages or formatting machinery in the
    # module: ~10 KB gzip less), and no Debug formatting or source
    # locations. Own target dir, so the stable builds of the tests keep
    # their cache.
    echo "== build: $name: cargo +$NIGHTLY build --release --lib --target $WASM_TARGET $* -Z build-std ($goal)"
    # (a directory per goal: their flags differ, and each keeps its cache)
    WASM_DIR=target/shipped
    if [ "$goal" = speed ]; then WASM_DIR=target/shipped-speed; fi
    # LLVM's inline threshold: 20 made the gzipped module smallest (measured
    # 0, 5 (opt-level z's own), 8, 10, 15, 20, 25, 30, 40, 50: -0.7 KB at 20).
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none $inline" CARGO_PROFILE_RELEASE_OPT_LEVEL=$opt \
      cargo +"$NIGHTLY" build --release --lib --target "$WASM_TARGET" --target-dir "$WASM_DIR" "$@" \
      -Z build-std=std,panic_abort "${std_features[@]}"
  else
    echo "== build: $name: cargo build --release --lib --target $WASM_TARGET $* (no $FACTCARD_NIGHTLY with rust-src: a larger wasm)"
    WASM_DIR=target
    CARGO_PROFILE_RELEASE_OPT_LEVEL=$opt cargo build --release --lib --target "$WASM_TARGET" "$@"
  fi

  # kept with its names, for the size breakdown of npm run bench
  cp "$WASM_DIR/$WASM_TARGET/release/factcard.wasm" "$WASM_DIR/$name.wasm"
  echo "== build: $name: wasm-bindgen --target web"
  # (--encode-into always: strings go into the wasm by TextEncoder's
  # encodeInto, which every browser the card supports has (it uses
  # light-dark() and popovers) and Node since 12, without the fallback for
  # engines that lack it: 38 B gzip less, measured 2026-12-07)
  wasm-bindgen --target web --encode-into always --out-dir "$OUT" --out-name "$name" \
    "$WASM_DIR/$WASM_TARGET/release/factcard.wasm"

  # the closure shims wasm-bindgen leaves in the function table (1.9 KB of
  # code nothing calls; removed by wasm-opt once the table lets go of them)
  node scripts/drop-closure-shims.mjs "$OUT/${name}_bg.wasm"

  echo "== build: $name: wasm-opt ${passes[*]}"
  # -O2 rather than -Oz: a few hundred bytes larger raw, ~0.2 KB smaller
  # after gzip (measured -Oz, -Os, -O2, -O3 on the element's module); then
  # --shrink-level=1 on -O2's passes: 0.2 KB less again (not the same as
  # -Os, which came out larger; measured). The
  # features are those rustc enables by default for wasm32; inlining passes
  # are skipped because they make this module larger after gzip.
  local wasm="$OUT/${name}_bg.wasm"
  # --low-memory-unused: nothing lives in the first 1 KB of memory (rustc's
  # stack grows down toward it from its top, the data lies above), which
  # lets wasm-opt fold constant offsets into loads and stores (55 B gzip),
  # and with --optimize-added-constants-propagate also those added to a
  # pointer kept in a local (0.19 KB gzip more). Then constants propagated
  # through locals and locals coalesced by the learning allocator (34 B gzip
  # on the element's module; deterministic).
  npx --no-install wasm-opt "${passes[@]}" --converge --strip-debug --strip-producers --strip-target-features \
    --low-memory-unused --optimize-added-constants-propagate \
    --precompute-propagate --coalesce-locals-learning \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$wasm" -o "$wasm.opt"
  if [ "$goal" = speed ] || [ "$(gzip -9c "$wasm.opt" | wc -c)" -le "$(gzip -9c "$wasm" | wc -c)" ]; then
    mv "$wasm.opt" "$wasm"
  else
    echo "wasm-opt output is larger after gzip; keeping the wasm-bindgen output"
    rm -f "$wasm.opt"
  fi
  # short import names in the wasm and its glue (1.9 KB gzip of hashed names);
  # for the element's module short export names as well (0.3 KB), but for
  # the two the tests reach (tests/e2e/panic.test.mjs traps a scan step)
  local exports=()
  if [ "$rename_exports" = yes ]; then exports=(--exports __factcardTrap,cardjob_scan); fi
  node scripts/minify-imports.mjs "${exports[@]}" "$OUT/$name.js" "$wasm"
}
# the element's module: no JS API
build_wasm factcard_card yes size --no-default-features --features element
# the API's module, last, so target/*/factcard.wasm is the full one
build_wasm factcard_wasm no speed --no-default-features --features api,speed

# Minified, as the page downloads them: the element's script joined with
# its wasm's glue (scripts/bundle-element.mjs: one request fewer, 0.45 KB
# gzip less than two files) into js/factcard.js, and the API's glue. The
# element's source is js/factcard.src.js; js/factcard.js.map maps back to
# the joined module (sources included).
echo "== build: js/factcard.js (js/factcard.src.js + $OUT/factcard_card.js, terser), $OUT/factcard_wasm.js (terser)"
node scripts/bundle-element.mjs js/factcard.src.js "$OUT/factcard_card.js" target/js/factcard.mjs
# (function arguments left unwrapped: no parentheses around a function
# passed as an argument, a hint for eager parsing that costs bytes: 10 B
# gzip less; two compress passes came out larger, measured 2026-12-07)
npx --no-install terser target/js/factcard.mjs --module --compress --mangle --format wrap_func_args=false \
  --source-map "includeSources,url='factcard.js.map'" -o js/factcard.js
# joined into js/factcard.js: not shipped
rm "$OUT/factcard_card.js" "$OUT/factcard_card.d.ts"
npx --no-install terser "$OUT/factcard_wasm.js" --module --compress --mangle -o "$OUT/factcard_wasm.js.min"
mv "$OUT/factcard_wasm.js.min" "$OUT/factcard_wasm.js"

# the card's stylesheet as a file, for cards pre-rendered by `factcard card --embed`
cp src/card.css "$OUT/factcard.css"

echo "== build: www/pkg, www/bundle.json and www/index.html"
rm -rf www/pkg
mkdir -p www/pkg/js www/pkg/pkg
cp js/factcard.js js/factcard.js.map www/pkg/js/
cp "$OUT"/factcard_card_bg.wasm "$OUT"/factcard_wasm.js "$OUT"/factcard_wasm_bg.wasm "$OUT/factcard.css" www/pkg/pkg/
(cd www/articles && ../../target/release/factcard bundle *.txt -o ../bundle.json)
# the demo page with its card pre-rendered (declarative shadow DOM): shown
# before the wasm runs and without JavaScript, replaced by the live card
target/release/factcard card www/bundle.json --lang id --embed bundle.json --css pkg/pkg/factcard.css -o www/.card.html
node -e '
const fs = require("fs");
const page = fs.readFileSync("www/index.template.html", "utf8");
const marker = "<!-- factcard: the card of bundle.json, pre-rendered by scripts/build.sh -->";
if (!page.includes(marker)) { console.error("build: www/index.template.html has no card marker"); process.exit(1); }
fs.writeFileSync("www/index.html", page.replace(marker, fs.readFileSync("www/.card.html", "utf8").trim()));
fs.unlinkSync("www/.card.html");
'

# the playground starts from two of the articles, separated by a --- line
first_two=$(ls www/articles/*.txt | head -n 2)
awk 'FNR == 1 && NR > 1 { print "\n---\n" } { print }' $first_two > www/seed-articles.txt

echo "== build: sizes (gzip -9, as tests/e2e/size.test.mjs measures them)"
# what a page that shows a card downloads (the API's module comes only with an API call)
node --input-type=module - js/factcard.js "$OUT/factcard_card_bg.wasm" <<'JS'
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
const BUDGET = 64 * 1024;
let total = 0;
for (const f of process.argv.slice(2)) {
  const raw = readFileSync(f);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(30)} ${String(raw.length).padStart(8)} bytes ${String(gz).padStart(8)} gzip`);
}
console.log(`  ${"total shipped".padEnd(30)} ${"".padStart(8)}       ${String(total).padStart(8)} gzip (${(total / 1024).toFixed(1)} KB; budget 64 KB)`);
if (total > BUDGET) console.log(`  WARNING: over the 64 KB gzip budget by ${((total - BUDGET) / 1024).toFixed(1)} KB`);
JS
echo "== build: ok"
