// The demo page end to end: www/ served on a free port, opened in headless
// Chromium (playwright-core), the <fact-card> checked inside its shadow root.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, WWW, watchErrors, cardState, useDemo } from "./helpers.mjs";

const demo = useDemo();

const outlets = () => {
  const bundle = JSON.parse(readFileSync(join(WWW, "bundle.json"), "utf8"));
  return bundle.articles.map((a) => a.outlet).filter(Boolean);
};

test("the demo page renders the card with the seeds' figures and sources, without console errors", async () => {
  const page = await demo.browser.newPage({ viewport: { width: 900, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(demo.server.url);
  const card = await cardState(page);
  assert.equal(card.state, "ready", `card state; text: ${card.text.slice(0, 300)}`);
  assert.ok(card.hasCard, "an <article class=factcard> in the shadow root");
  assert.match(card.text, /2\.500/, "the troop figure of the seeds (2.500)");
  const known = ["Berita Baru", "KOMPAS", "Kompas", "PUBLIKASI", "cakra", ...outlets()];
  assert.ok(known.some((o) => card.text.includes(o)), `an outlet name in: ${card.text.slice(0, 500)}`);
  assert.equal(card.inlineStyles, 0, "no inline styles in the shadow root (CSP)");
  const headline = await page.evaluate(() => document.querySelector("fact-card").shadowRoot.querySelector("h2, h1")?.textContent);
  assert.ok(headline && headline.length > 5, `a headline: ${headline}`);
  mkdirSync(join(ROOT, "test-results"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "test-results", "demo.png"), fullPage: true });
  assert.deepEqual(errors, [], "no console errors or uncaught exceptions");
  await page.close();
});

test("the page is served with a strict CSP and the card still renders (no CSP violations)", async () => {
  const page = await demo.browser.newPage();
  const errors = watchErrors(page);
  const res = await page.goto(demo.server.url);
  const csp = res.headers()["content-security-policy"] ?? "";
  assert.match(csp, /style-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const card = await cardState(page);
  assert.equal(card.state, "ready");
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await page.close();
});

test("a bundle URL that answers 404 shows an error state inside the card, not a blank box", async () => {
  const page = await demo.browser.newPage();
  const errors = watchErrors(page);
  const events = [];
  await page.exposeFunction("__factcardEvent", (e) => events.push(e));
  await page.addInitScript(() => {
    document.addEventListener("factcard:error", (e) => window.__factcardEvent({ type: e.type, reason: e.detail?.reason }));
  });
  await page.route("**/bundle.json", (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not found" }));
  await page.goto(demo.server.url);
  const card = await cardState(page);
  assert.equal(card.state, "error");
  assert.ok(card.hasError, "a .factcard-error box");
  assert.match(card.text, /404/);
  assert.match(card.text, /bundle\.json/);
  assert.ok(card.height >= 40, `the error box is visible (height ${card.height})`);
  assert.equal(events.length, 1, "one factcard:error event");
  assert.match(events[0].reason, /404/);
  assert.deepEqual(errors.filter((e) => e.startsWith("pageerror")), [], "no uncaught exception");
  await page.screenshot({ path: join(ROOT, "test-results", "demo-404.png") });
  await page.close();
});

test("a bundle that is not JSON, and one with a bad schema, show why", async () => {
  for (const [body, expect] of [
    ["{not json", /not valid JSON/],
    ['{"version": 7, "articles": []}', /unsupported bundle version 7/],
    ['{"version": 1, "articles": [{"id": "x"}]}', /invalid bundle/],
  ]) {
    const page = await demo.browser.newPage();
    const errors = watchErrors(page);
    await page.route("**/bundle.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    await page.goto(demo.server.url);
    const card = await cardState(page);
    assert.equal(card.state, "error", body);
    assert.match(card.text, expect);
    assert.deepEqual(errors, [], `no console errors for ${body}`);
    await page.close();
  }
});

test("a bundle inline in <script type=application/json>, and a src change, both render", async () => {
  const page = await demo.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(demo.server.url);
  await cardState(page);
  const bundle = readFileSync(join(WWW, "bundle.json"), "utf8");
  const state = await page.evaluate(async (json) => {
    const el = document.createElement("fact-card");
    el.id = "inline";
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = json;
    el.append(script);
    const ready = new Promise((ok) => el.addEventListener("factcard:ready", (e) => ok(e.detail), { once: true }));
    document.body.append(el);
    const model = await ready;
    return { headline: model.headline, text: el.shadowRoot.textContent };
  }, bundle);
  assert.ok(state.headline.length > 5);
  assert.match(state.text, /2\.500/);

  // Changing src reloads; the new (missing) bundle ends in the error state.
  await page.evaluate(() => document.querySelector("fact-card").setAttribute("src", "missing.json"));
  await page.waitForFunction(() => document.querySelector("fact-card").getAttribute("data-state") === "error");
  const text = await page.evaluate(() => document.querySelector("fact-card").shadowRoot.textContent);
  assert.match(text, /missing\.json/);
  assert.deepEqual(errors.filter((e) => e.startsWith("pageerror")), []);
  await page.close();
});

test("the JS API (extract, buildCard, renderHtml) works in the page and importing twice is harmless", async () => {
  const page = await demo.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(demo.server.url);
  await cardState(page);
  const out = await page.evaluate(async () => {
    const a = await import("./pkg/js/factcard.js");
    const b = await import("./pkg/js/factcard.js?again");
    const text = "Sekitar 2.500 pasukan dikirim ke Kazakhstan, kata CSTO.";
    const extraction = await a.extract(text);
    const model = await b.buildCard([{ id: "x", outlet: "Contoh", text }], { maxFacts: 3 });
    const html = await a.renderHtml(model);
    let error = null;
    try {
      await a.extract(42);
    } catch (e) {
      error = `${e.name}: ${e.message}`;
    }
    return { articles: extraction.articles.length, headline: typeof model.headline, html: html.slice(0, 40), error };
  });
  assert.equal(out.articles, 1);
  assert.equal(out.headline, "string");
  assert.match(out.html, /^<article/);
  assert.match(out.error, /^Error: expected an article text/);
  assert.deepEqual(errors, []);
  await page.close();
});
