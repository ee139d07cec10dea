// A plain static site with no build step: the packed package's files copied
// into a folder next to one HTML page (tests/consumers/static/index.html),
// served as static files (strict CSP) and opened in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONSUMERS, SEED_BUNDLE, cleanup, launch, openCard, packTarball, run, serve } from "./helpers.mjs";

let pack;
let site;
let server;
let browser;

before(async () => {
  pack = await packTarball();
  site = mkdtempSync(join(tmpdir(), "factcard-static-"));
  const unpacked = join(site, "unpacked");
  mkdirSync(unpacked);
  await run("tar", ["-xzf", pack.tarball, "-C", unpacked]);
  cpSync(join(unpacked, "package"), join(site, "www", "factcard"), { recursive: true });
  copyFileSync(join(CONSUMERS, "static", "index.html"), join(site, "www", "index.html"));
  copyFileSync(SEED_BUNDLE, join(site, "www", "bundle.json"));
  server = await serve({ root: join(site, "www"), port: 0, quiet: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  cleanup(pack?.dir);
  cleanup(site);
});

test("the tarball holds only what ships", () => {
  const files = [...pack.files].sort();
  assert.deepEqual(files, [
    "LICENSE",
    "README.md",
    "js/bundle.schema.json",
    "js/factcard.d.ts",
    "js/factcard.js",
    "js/factcard.js.map",
    "js/factcard.node.js",
    "package.json",
    "pkg/factcard.css",
    "pkg/factcard_card_bg.wasm",
    "pkg/factcard_wasm.js",
    "pkg/factcard_wasm_bg.wasm",
  ]);
  assert.deepEqual(readdirSync(join(site, "www", "factcard", "pkg")).sort(), [
    "factcard.css",
    "factcard_card_bg.wasm",
    "factcard_wasm.js",
    "factcard_wasm_bg.wasm",
  ]);
});

test("one <script type=module> from a copy of the package's files renders the card, imported twice, under a strict CSP", { timeout: 120_000 }, async () => {
  const { page, card, errors, wasm, failed, requests } = await openCard(browser, server.url, { selector: "#from-src" });
  const entries = requests.filter((u) => /\/factcard\/js\/factcard\.js(\?again)?$/.test(u));
  assert.equal(entries.length, 2, `both copies of the module were loaded: ${entries}`);
  assert.equal(card.state, "ready", `card state; text: ${card.text.slice(0, 300)}`);
  assert.ok(card.hasCard, "an <article class=factcard> in the shadow root");
  assert.match(card.text, /2\.500/, "the troop figure of the seed bundle");
  const { cardState } = await import("../e2e/helpers.mjs");
  const inline = await cardState(page, "#inline");
  assert.equal(inline.state, "ready", `inline card: ${inline.text.slice(0, 300)}`);
  assert.match(inline.text, /160/);
  assert.equal(wasm.length, 1, `the element's wasm is fetched once, and the API's not at all: ${JSON.stringify(wasm)}`);
  assert.match(wasm[0].url, /\/factcard\/pkg\/factcard_card_bg\.wasm$/);
  assert.equal(wasm[0].type, "application/wasm");
  const defined = await page.evaluate(() => typeof customElements.get("fact-card"));
  assert.equal(defined, "function");
  assert.deepEqual(failed, [], "no failed requests");
  assert.deepEqual(errors, [], "no console errors, CSP violations or uncaught exceptions (the second import is harmless)");
  await page.close();
});

test("under a CSP without 'wasm-unsafe-eval' the card says why it cannot start (no blank box)", { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  await page.route(server.url, async (route) => {
    const res = await route.fetch();
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
    await route.fulfill({ response: res, headers: { ...res.headers(), "content-security-policy": csp } });
  });
  const reasons = [];
  await page.exposeFunction("__factcardError", (r) => reasons.push(r));
  await page.addInitScript(() => document.addEventListener("factcard:error", (e) => window.__factcardError(e.detail.reason)));
  await page.goto(server.url);
  const { cardState } = await import("../e2e/helpers.mjs");
  const card = await cardState(page, "#from-src");
  assert.equal(card.state, "error");
  assert.ok(card.hasError, "a .factcard-error box");
  assert.match(card.text, /could not start/);
  assert.match(card.text, /Content Security Policy|unsafe-eval/i, card.text);
  assert.ok(card.height >= 40, `visible (height ${card.height})`);
  await page.waitForFunction(() => document.querySelectorAll("fact-card[data-state=error]").length === 2);
  assert.ok(reasons.length >= 2, `factcard:error for both cards: ${JSON.stringify(reasons)}`);
  await page.close();
});
