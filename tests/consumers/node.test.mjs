// Node 20 as a consumer: `import { extract } from "factcard"` in a project
// that installed the packed tarball, with no init() call (the package's
// "node" export condition reads the wasm from disk).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { CONSUMERS, SEED_BUNDLE, cleanup, installConsumer, packTarball, run } from "./helpers.mjs";

const APP = join(CONSUMERS, "node");
let pack;

before(async () => {
  pack = await packTarball();
});

after(() => cleanup(pack?.dir));

test("in Node: extract / buildCard / renderHtml from the installed package, without init()", { timeout: 300_000 }, async (t) => {
  const fresh = await installConsumer(APP, pack.tarball);
  t.diagnostic(fresh ? "installed" : "node_modules up to date (cached)");
  const { out } = await run(process.execPath, ["check.mjs", SEED_BUNDLE], { cwd: APP });
  const seen = JSON.parse(out.trim().split("\n").pop());
  assert.match(seen.resolved, /\/node_modules\/factcard\/js\/factcard\.node\.js$/, "the \"node\" condition");
  assert.equal(seen.figure.text, "sekitar 2.500 pasukan");
  assert.equal(seen.figure.value, 2500);
  assert.equal(seen.figure.qualifier, "approx");
  assert.equal(seen.figure.concept, "troops");
  assert.equal(seen.date, "2022-01-06");
  assert.equal(seen.shown, 3, "options.maxFacts");
  const troops = seen.facts.find((f) => f.key.startsWith("troops"));
  assert.ok(troops, `a troops fact: ${JSON.stringify(seen.facts)}`);
  assert.equal(troops.values[0], 2500, "the seeds' main troop figure");
  assert.ok(seen.headline.length > 5, `headline: ${seen.headline}`);
  assert.match(seen.htmlStart, /^<article class="factcard"/);
  assert.ok(seen.html2500, "the static HTML shows 2.500");
  assert.match(seen.badVersion ?? "", /unsupported bundle version 9/);
});

test("in Node: init(bytes) first still works; the exports map sends bundlers to the browser entry", { timeout: 60_000 }, async () => {
  const script = `
    import { readFile } from "node:fs/promises";
    import { init, extract } from "factcard";
    const pkg = JSON.parse(await readFile(new URL(import.meta.resolve("factcard/package.json")), "utf8"));
    const w = await init(await readFile(new URL("../pkg/factcard_wasm_bg.wasm", import.meta.resolve("factcard"))));
    const sync = w.extract("lebih dari 160 orang tewas").articles[0].figures[0].value;
    const viaApi = (await extract("belasan orang")).articles[0].figures[0];
    console.log(JSON.stringify({ exports: pkg.exports["."], sync, low: viaApi.low, high: viaApi.high }));
  `;
  const { out } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: APP });
  const seen = JSON.parse(out.trim().split("\n").pop());
  assert.equal(seen.sync, 160);
  assert.deepEqual([seen.low, seen.high], [11, 19]);
  assert.deepEqual(seen.exports, { types: "./js/factcard.d.ts", node: "./js/factcard.node.js", default: "./js/factcard.js" });
});
