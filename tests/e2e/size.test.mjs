// What ships, and its size after gzip (budget: 64 KB for the whole card:
// what a page that shows a card downloads, i.e. the element's script, with
// its wasm's glue joined in, and the wasm; the API's module, pkg/factcard_wasm*, comes only with an API call).
// (The budget was 60 KB until the card learned report time, updates and
// revisions, issue 15, which allows it to move to 64 KB for that work, no further.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ROOT } from "./helpers.mjs";

const FILES = ["js/factcard.js", "pkg/factcard_card_bg.wasm"];
const API_FILES = ["pkg/factcard_wasm.js", "pkg/factcard_wasm_bg.wasm"];
const BUDGET = 64 * 1024;

test("the shipped files exist and neither wasm has serde_json", () => {
  for (const f of [...FILES, ...API_FILES]) assert.ok(existsSync(ROOT + f), `${f} (run npm run build)`);
  for (const f of ["pkg/factcard_card_bg.wasm", "pkg/factcard_wasm_bg.wasm"]) {
    assert.equal(readFileSync(ROOT + f).includes("serde_json"), false, f);
  }
});

test("the element's module has no JS API; the API's module has it", () => {
  const exports = (f) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(ROOT + f))).map((e) => e.name);
  const card = exports("pkg/factcard_card_bg.wasm");
  const api = exports("pkg/factcard_wasm_bg.wasm");
  // the element's export names are shortened by the build but for these two
  assert.ok(card.includes("cardjob_scan") && card.includes("__factcardTrap"), card.join(" "));
  for (const name of ["extract", "buildCard", "renderHtml"]) {
    assert.ok(!card.includes(name), `${name} in the element's module`);
    assert.ok(api.includes(name), `${name} missing from the API's module`);
  }
});

const sizes = FILES.filter((f) => existsSync(ROOT + f)).map((f) => [f, gzipSync(readFileSync(ROOT + f), { level: 9 }).length]);
const total = sizes.reduce((s, [, n]) => s + n, 0);
const listed = sizes.map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`).join(", ");

test("card size (gzip) within the 64 KB budget", (t) => {
  assert.deepEqual(sizes.map(([f]) => f), FILES, "every shipped file is there (run npm run build)");
  t.diagnostic(`${listed}; total ${total} B gzip, ${BUDGET - total} B under the budget`);
  // The wasm is only this small when built as scripts/build.sh does with a
  // nightly toolchain (rust-src: the standard library rebuilt for size);
  // with stable alone it is several KB larger, and this fails.
  assert.ok(total <= BUDGET, `total ${(total / 1024).toFixed(1)} KB gzip > 64 KB budget (${listed})`);
});
