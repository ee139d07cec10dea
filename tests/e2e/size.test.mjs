// What ships, and its size after gzip (budget: 60 KB for the whole card:
// what a page that shows a card downloads, i.e. the element's script, with
// its wasm's glue joined in, and the wasm; the API's module, pkg/factcard_wasm*, comes only with an API call).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ROOT } from "./helpers.mjs";

const FILES = ["js/factcard.js", "pkg/factcard_card_bg.wasm"];
const API_FILES = ["pkg/factcard_wasm.js", "pkg/factcard_wasm_bg.wasm"];
const BUDGET = 60 * 1024;
// What the card weighs today (gzip bytes, rounded up to the next 512), while
// it is still over the budget: it may shrink, never grow unnoticed. Lower it
// as the card gets smaller; raising it needs a reason in the commit.
const CEILING = 62.5 * 1024;

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
// Over budget is reported as a todo (it does not fail the run) unless
// FACTCARD_ENFORCE_BUDGET=1: the core alone is above the budget for now.
const enforce = process.env.FACTCARD_ENFORCE_BUDGET === "1";
const todo = !enforce && total > BUDGET ? `over the 60 KB budget: ${(total / 1024).toFixed(1)} KB gzip` : false;

test(`card size (gzip) no larger than its ceiling (${CEILING / 1024} KB)`, () => {
  assert.ok(total <= CEILING, `total ${total} B gzip > ceiling ${CEILING} B: ${sizes.map(([f, n]) => `${f} ${n} B`).join(", ")}`);
});

test("card size (gzip) within the 60 KB budget", { todo }, (t) => {
  t.diagnostic(sizes.map(([f, n]) => `${f}: ${n} B gzip`).join(", ") + `; total ${total} B`);
  assert.ok(total <= BUDGET, `total ${(total / 1024).toFixed(1)} KB gzip > 60 KB budget (${sizes.map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`).join(", ")})`);
});
