// A Vite app (tests/consumers/vite) that installs the packed tarball, is
// built with `vite build`, served as static files (strict CSP, .wasm as
// application/wasm) and opened in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CONSUMERS, SEED_BUNDLE, installConsumer, installed, launch, openCard, run, serve, usePack } from "./helpers.mjs";

const APP = join(CONSUMERS, "vite");
const DIST = join(APP, "dist");
const use = usePack();

test("vite build of an app that installs the packed tarball emits both wasm modules as assets", { timeout: 600_000 }, async (t) => {
  const fresh = await installConsumer(APP, use.pack.tarball);
  t.diagnostic(fresh ? "installed" : "node_modules up to date (cached)");
  mkdirSync(join(APP, "public"), { recursive: true });
  copyFileSync(SEED_BUNDLE, join(APP, "public", "bundle.json"));
  rmSync(DIST, { recursive: true, force: true });
  const { out } = await run("npx", ["--no-install", "vite", "build"], { cwd: APP });
  t.diagnostic(out.split("\n").filter((l) => l.includes("dist/")).join("; "));
  const assets = readdirSync(join(DIST, "assets"));
  const wasm = assets.filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 2, `two .wasm assets (the element's and the API's) in dist/assets: ${assets}`);
  for (const [prefix, file] of [["factcard_card_bg-", "pkg/factcard_card_bg.wasm"], ["factcard_wasm_bg-", "pkg/factcard_wasm_bg.wasm"]]) {
    const emitted = wasm.find((f) => f.startsWith(prefix));
    assert.ok(emitted, `${prefix}*.wasm in ${wasm}`);
    assert.ok(readFileSync(join(DIST, "assets", emitted)).equals(readFileSync(installed(APP, file))), `${emitted} is the package's ${file}, byte for byte`);
  }
  const js = assets.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(DIST, "assets", f), "utf8")).join("\n");
  assert.ok(wasm.every((f) => js.includes(f)), "the bundle refers to the hashed wasm assets");
  assert.ok(!js.includes("node:fs"), "the browser bundle does not pull in the Node entry");
  assert.ok(existsSync(join(DIST, "bundle.json")));
});

test("the built Vite app renders the card in headless Chromium under a strict CSP", { timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(DIST, "index.html")), "dist/index.html (the build test must pass first)");
  use.server = await serve({ root: DIST, port: 0, quiet: true });
  use.browser = await launch();
  const { page, card, errors, wasm, failed } = await openCard(use.browser, use.server.url);
  assert.equal(card.state, "ready", `card state; text: ${card.text.slice(0, 300)}`);
  assert.ok(card.hasCard, "an <article class=factcard> in the shadow root");
  assert.match(card.text, /2\.500/, "the troop figure of the seed bundle");
  await page.waitForSelector("#api[data-value], #api[data-error]", { state: "attached" });
  // the API's module is fetched for the API call; each module once
  assert.deepEqual(wasm.map((w) => w.url.replace(/^.*\/assets\/(factcard_\w+_bg)-[^/]+\.wasm$/, "$1")).sort(), ["factcard_card_bg", "factcard_wasm_bg"], JSON.stringify(wasm));
  assert.ok(wasm.every((w) => w.type === "application/wasm"), JSON.stringify(wasm));
  const api = await page.evaluate(() => ({ ...document.getElementById("api").dataset, facts: document.body.dataset.facts }));
  assert.deepEqual({ value: api.value, html: api.html, error: api.error }, { value: "2500", html: "ok", error: undefined }, "the JS API in the bundled app");
  assert.ok(Number(api.facts) > 0, `factcard:ready with the card model (facts: ${api.facts})`);
  assert.deepEqual(failed, [], "no failed requests");
  assert.deepEqual(errors, [], "no console errors, CSP violations or uncaught exceptions");
  await page.close();
});
