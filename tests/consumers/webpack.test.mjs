// A webpack 5 app (tests/consumers/webpack: no config file, webpack's
// defaults, `webpack --mode production`) that installs the packed tarball.
// The glue's `new URL("factcard_wasm_bg.wasm", import.meta.url)` must come out
// as an emitted asset; the built app is served and opened in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CONSUMERS, SEED_BUNDLE, installConsumer, installed, launch, openCard, run, serve, usePack } from "./helpers.mjs";

const APP = join(CONSUMERS, "webpack");
const DIST = join(APP, "dist");
const use = usePack();

test("webpack 5 with its defaults emits both wasm modules as assets (no plugin, no experiments)", { timeout: 600_000 }, async (t) => {
  assert.ok(!existsSync(join(APP, "webpack.config.js")), "no webpack config: the defaults");
  const fresh = await installConsumer(APP, use.pack.tarball);
  t.diagnostic(fresh ? "installed" : "node_modules up to date (cached)");
  rmSync(DIST, { recursive: true, force: true });
  const { out } = await run("npx", ["--no-install", "webpack", "--mode", "production"], { cwd: APP });
  t.diagnostic(out.split("\n").filter((l) => l.startsWith("asset ")).join("; "));
  assert.match(out, /compiled successfully/);
  const files = readdirSync(DIST);
  const wasm = files.filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 2, `two .wasm assets (the element's and the API's) in dist: ${files}`);
  const emitted = wasm.map((f) => readFileSync(join(DIST, f)));
  for (const file of ["pkg/factcard_card_bg.wasm", "pkg/factcard_wasm_bg.wasm"]) {
    const bytes = readFileSync(installed(APP, file));
    assert.ok(emitted.some((e) => e.equals(bytes)), `the package's ${file} is emitted byte for byte`);
  }
  const js = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
  assert.ok(wasm.every((f) => js.includes(f)), "the scripts refer to the emitted wasm assets");
  assert.ok(!js.includes("node:fs"), "the browser bundle does not pull in the Node entry");
  copyFileSync(join(APP, "index.html"), join(DIST, "index.html"));
  copyFileSync(SEED_BUNDLE, join(DIST, "bundle.json"));
});

test("the built webpack app renders the card in headless Chromium under a strict CSP", { timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(DIST, "index.html")), "dist/index.html (the build test must pass first)");
  use.server = await serve({ root: DIST, port: 0, quiet: true });
  use.browser = await launch();
  const { page, card, errors, wasm, failed } = await openCard(use.browser, use.server.url);
  assert.equal(card.state, "ready", `card state; text: ${card.text.slice(0, 300)}`);
  assert.ok(card.hasCard, "an <article class=factcard> in the shadow root");
  assert.match(card.text, /2\.500/, "the troop figure of the seed bundle");
  await page.waitForSelector("#api[data-value], #api[data-error]", { state: "attached" });
  // the element's module for the card, the API's for the API call: each once
  assert.equal(wasm.length, 2, `two wasm requests: ${JSON.stringify(wasm)}`);
  assert.equal(new Set(wasm.map((w) => w.url)).size, 2, JSON.stringify(wasm));
  assert.ok(wasm.every((w) => /\/[0-9a-f]+\.wasm$/.test(w.url) && w.type === "application/wasm"), JSON.stringify(wasm));
  const api = await page.evaluate(() => ({ ...document.getElementById("api").dataset, facts: document.body.dataset.facts }));
  assert.deepEqual({ value: api.value, html: api.html, error: api.error }, { value: "2500", html: "ok", error: undefined }, "the JS API in the bundled app");
  assert.ok(Number(api.facts) > 0, `factcard:ready with the card model (facts: ${api.facts})`);
  assert.deepEqual(failed, [], "no failed requests");
  assert.deepEqual(errors, [], "no console errors, CSP violations or uncaught exceptions");
  await page.close();
});
