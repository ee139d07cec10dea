// The package entry imported in Node.js (no DOM): the element is not defined,
// and the JS API works once init() is given the wasm bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ROOT } from "./helpers.mjs";

test("in Node: init(bytes), then extract / buildCard / renderHtml", async () => {
  const factcard = await import("../../js/factcard.js");
  await factcard.init(readFileSync(ROOT + "pkg/factcard_wasm_bg.wasm"));
  const text = "CSTO Tarik Pasukan\nAlmaty – CSTO mengirim sekitar 2.500 pasukan ke Kazakhstan pada Kamis (6/1/2022).\n";
  const extraction = await factcard.extract(text);
  assert.equal(extraction.articles.length, 1);
  const values = extraction.articles[0].figures.map((f) => f.value);
  assert.ok(values.includes(2500), `figures: ${JSON.stringify(values)}`);
  const model = await factcard.buildCard({ version: 1, articles: [{ id: "a", outlet: "Contoh", text }] });
  assert.equal(typeof model.headline, "string");
  assert.ok(Array.isArray(model.facts));
  const html = await factcard.renderHtml(model);
  assert.match(html, /^<article class="factcard"/);
  await assert.rejects(factcard.buildCard({ version: 9, articles: [] }), /unsupported bundle version 9/);
  await assert.rejects(factcard.extract(null), /expected an article text/);
});
