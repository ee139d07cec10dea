// Every way a bundle fetch can go wrong, on one page with a good card: each
// faulty card shows the error state with a clear reason, fires one
// factcard:error and logs one console warning; the good card renders; nothing
// is thrown; and a faulty card recovers when its src is fixed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { ROOT, WWW, launch } from "./helpers.mjs";
import { serve, CSP } from "../../scripts/serve.mjs";

const MB = 1024 * 1024;
const json = (body) => (req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(body);
};

/** [route, what the reader is told (a pattern), attributes of the card] */
const FAULTS = [
  ["/fault/404", /could not load \/fault\/404: HTTP 404/, (req, res) => (res.writeHead(404), res.end("gone"))],
  ["/fault/500", /HTTP 500/, (req, res) => (res.writeHead(500), res.end("oops"))],
  ["/fault/reset", /could not load \/fault\/reset/, (req) => req.socket.destroy()],
  ["/fault/slow", /timed out after 500 ms/, () => {}, { timeout: "500" }],
  ["/fault/html", /not a JSON bundle \(its Content-Type is text\/html\)/, (req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><title>Login</title>");
  }],
  ["/fault/truncated", /not valid JSON/, json('{"version":1,"articles":[{"text":"sekitar 2.500 pasu')],
  ["/fault/invalid", /not valid JSON/, json("{version: 1, articles: []}")],
  ["/fault/v2", /unsupported bundle version 2/, json('{"version":2,"articles":[{"text":"x"}]}')],
  ["/fault/missing", /^invalid bundle: article 0: missing "text"/, json('{"version":1,"articles":[{"id":"x","outlet":"Contoh"}]}')],
  ["/fault/schema", /^invalid bundle: "articles" must be an array/, json('{"version":1,"articles":{"text":"x"}}')],
  ["/fault/empty", /no articles/, json('{"version":1,"articles":[]}')],
  ["/fault/huge", /too large: 50\.0 MB \(the limit is 10\.0 MB/, (req, res) => {
    // announces 50 MB; the card must give up on the header, not read it all
    res.writeHead(200, { "content-type": "application/json", "content-length": 50 * MB });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const more = () => {
      while (sent < 50 * MB && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once("drain", more);
      }
      res.end();
    };
    res.on("error", () => {});
    more();
  }],
  ["/fault/chunked", /too large: 12\.0 MB/, (req, res) => {
    // no Content-Length: the size is known only once the body is in
    res.writeHead(200, { "content-type": "application/json" });
    res.end(Buffer.alloc(12 * MB, 0x20));
  }],
  ["/fault/latin1", /not UTF-8 text \(invalid byte at offset 37\)/, json(Buffer.concat([
    Buffer.from('{"version":1,"articles":[{"text":"caf'), Buffer.from([0xe9]), Buffer.from(' 2.500 orang"}]}'),
  ]))],
];

let server;
let browser;
before(async () => {
  const routes = Object.fromEntries(FAULTS.map(([path, , handler]) => [path, handler]));
  // not a fault: a UTF-8 byte order mark before the JSON is fine
  routes["/ok/bom"] = (req, res) => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(WWW, "bundle.json"))]));
  };
  const cards = FAULTS.map(([path, , , attrs = {}], i) =>
    `<fact-card id="f${i}" src="${path}"${Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join("")}></fact-card>`,
  ).join("\n");
  routes["/faults.html"] = (req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>faults</title>
<link rel="stylesheet" href="style.css"><script type="module" src="pkg/js/factcard.js"></script></head>
<body><main><fact-card id="good" src="bundle.json"></fact-card>\n<fact-card id="bom" src="/ok/bom"></fact-card>\n${cards}</main></body></html>`);
  };
  server = await serve({ root: WWW, port: 0, quiet: true, routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("each bundle fault is an error state with its reason; the good card and the page are unharmed", async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const pageErrors = [];
  const consoleErrors = [];
  const warnings = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    // Chromium's own line for a failed request is expected; anything else is not
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) consoleErrors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  await page.addInitScript(() => {
    window.__events = {};
    for (const type of ["factcard:ready", "factcard:error"]) {
      document.addEventListener(type, (e) => {
        (window.__events[e.target.id] ??= []).push(type === "factcard:error" ? e.detail.reason : "ready");
      });
    }
  });
  await page.goto(new URL("faults.html", server.url).href);
  await page.waitForFunction((n) => Object.keys(window.__events).length === n, FAULTS.length + 2, { timeout: 30_000 });
  await page.waitForTimeout(200); // a second event would show up here
  const seen = await page.evaluate(() =>
    [...document.querySelectorAll("fact-card")].map((el) => ({
      id: el.id,
      state: el.dataset.state,
      events: window.__events[el.id],
      shown: el.shadowRoot.querySelector(".factcard-reason")?.textContent ?? "",
      hasCard: !!el.shadowRoot.querySelector("article.factcard"),
    })),
  );
  for (const id of ["good", "bom"]) {
    const good = seen.find((s) => s.id === id);
    assert.equal(good.state, "ready", `${id}: ${JSON.stringify(good)}`);
    assert.ok(good.hasCard);
    assert.deepEqual(good.events, ["ready"]);
  }
  FAULTS.forEach(([path, reason], i) => {
    const card = seen.find((s) => s.id === `f${i}`);
    assert.equal(card.state, "error", `${path}: ${JSON.stringify(card)}`);
    assert.equal(card.events.length, 1, `${path}: one factcard:error (${card.events})`);
    assert.match(card.events[0], reason, `${path}: the event's reason`);
    assert.equal(card.shown, card.events[0], `${path}: the card shows the same reason`);
  });
  assert.deepEqual(pageErrors, [], "no uncaught exception");
  assert.deepEqual(consoleErrors, [], "no console error of ours");
  assert.equal(warnings.filter((w) => w.startsWith("factcard:")).length, FAULTS.length, `one warning per failed card: ${warnings.join(" | ")}`);
  await page.screenshot({ path: join(ROOT, "test-results/faults.png"), fullPage: true });

  // a failed card recovers once its src is fixed
  await page.evaluate(() => document.getElementById("f0").setAttribute("src", "bundle.json"));
  await page.waitForFunction(() => document.getElementById("f0").dataset.state === "ready", null, { timeout: 20_000 });
  const recovered = await page.evaluate(() => !!document.getElementById("f0").shadowRoot.querySelector("article.factcard"));
  assert.ok(recovered);
  await page.close();
});
