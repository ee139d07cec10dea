// How the element loads its wasm (its own loader in js/factcard.src.js, on
// the glue's imports): a server that sends the wasm without the
// application/wasm type (a plain static host) still shows the card, compiled
// from the bytes; a wasm that cannot be fetched gives the card the error
// state with the reason, and nothing is thrown to the page.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WWW, launch } from "./helpers.mjs";
import { serve } from "../../scripts/serve.mjs";

const WASM = "/pkg/pkg/factcard_card_bg.wasm";
const closing = [];
after(async () => {
  for (const close of closing) await close();
});

/** The demo's one card, its wasm answered by `route`: its state and reason. */
async function cardWith(route) {
  const server = await serve({ root: WWW, port: 0, quiet: true, routes: { [WASM]: route } });
  const browser = await launch();
  closing.push(() => browser.close(), () => server.close());
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => ["ready", "error"].includes(document.querySelector("fact-card")?.dataset.state), null, { timeout: 30_000 });
  const seen = await page.evaluate(() => {
    const el = document.querySelector("fact-card");
    return {
      state: el.dataset.state,
      reason: el.shadowRoot.querySelector(".factcard-reason")?.textContent ?? "",
      card: !!el.shadowRoot.querySelector("article.factcard"),
    };
  });
  return { ...seen, pageErrors };
}

test("a wasm sent as application/octet-stream is compiled from its bytes: the card shows", async () => {
  const seen = await cardWith((req, res) => {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    res.end(readFileSync(join(WWW, WASM)));
  });
  assert.equal(seen.state, "ready", JSON.stringify(seen));
  assert.ok(seen.card);
  assert.deepEqual(seen.pageErrors, []);
});

test("a wasm that is not there: the error state says so, nothing is thrown", async () => {
  const seen = await cardWith((req, res) => {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  assert.equal(seen.state, "error", JSON.stringify(seen));
  assert.match(seen.reason, /could not start: failed to fetch Wasm: 404/);
  assert.ok(!seen.card);
  assert.deepEqual(seen.pageErrors, []);
});
