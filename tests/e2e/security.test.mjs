// Hostile text is data: a corpus of XSS payloads in article text, titles,
// outlet names and URLs goes through every way a card is made — a bundle
// `src`, the inline JSON child, the CLI's static HTML (page and --embed) and
// the JS API — in headless Chromium, on pages served WITHOUT a CSP (so a
// payload that got in would run). Nothing runs, the text shows literally and
// only http(s) links survive. Also: the element requests nothing but its src,
// and the demo raises no CSP violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, WWW, launch, watchErrors } from "./helpers.mjs";
import { serve } from "../../scripts/serve.mjs";

/** Each payload sets window.__pwned if it ever runs. */
const PAYLOADS = [
  `<script>window.__pwned="script"</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><body onload=window.__pwned='body'>`,
  `<a href="javascript:window.__pwned='a'">klik</a>`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `&#x3C;img src=x onerror=window.__pwned='hex'&#x3E;`,
  `<style>@import "javascript:window.__pwned='css'"</style>`,
  `\u202Etxt.exe\u202C <b onmouseover=window.__pwned='rtl'>x</b>`,
  `{{constructor.constructor('window.__pwned="tmpl"')()}}`,
];
const BAD_URLS = [
  "javascript:window.__pwned='url'",
  " JaVaScRiPt:window.__pwned='url2'",
  "data:text/html,<script>window.__pwned='data'</script>",
  "vbscript:msgbox(1)",
  "//evil.example/x",
];

const bundle = {
  version: 1,
  articles: PAYLOADS.map((p, i) => ({
    id: `a${i}`,
    outlet: p,
    title: `${p} judul`,
    url: i < BAD_URLS.length ? BAD_URLS[i] : `https://example.com/${i}?q="><script>`,
    text: `${p}\nJAKARTA - Sekitar 2.500 pasukan ${p} tiba di Almaty pada Kamis (6/1/2022).\n` +
      `Lebih dari 160 orang tewas ${p} dalam kerusuhan itu, kata Reuters.`,
  })),
};
const bundleJson = JSON.stringify(bundle);

let server;
let browser;
const tmp = mkdtempSync(join(tmpdir(), "factcard-xss-"));

const html = (body, head = "") => (req, res) => {
  // deliberately no Content-Security-Policy: a payload that got in would run
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
};

before(async () => {
  writeFileSync(join(tmp, "bundle.json"), bundleJson);
  const cli = join(ROOT, "target/release/factcard");
  const page = execFileSync(cli, ["card", join(tmp, "bundle.json")], { encoding: "utf8" });
  const embed = execFileSync(cli, ["card", join(tmp, "bundle.json"), "--embed", "/xss/bundle.json", "--css", "/pkg/pkg/factcard.css"], { encoding: "utf8" });
  const module = `<script type="module" src="/pkg/js/factcard.js"></script>`;
  // JSON in a <script> element: "</" must not close it (the page author's
  // part; the card then parses it as data)
  const inline = bundleJson.replaceAll("</", "<\\/");
  server = await serve({
    root: WWW,
    port: 0,
    quiet: true,
    routes: {
      "/xss/bundle.json": (req, res) => (res.writeHead(200, { "content-type": "application/json" }), res.end(bundleJson)),
      "/xss/src.html": html(`<fact-card src="/xss/bundle.json"></fact-card>`, module),
      "/xss/inline.html": html(`<fact-card><script type="application/json">${inline}</script></fact-card>`, module),
      "/xss/cli.html": (req, res) => (res.writeHead(200, { "content-type": "text/html; charset=utf-8" }), res.end(page)),
      "/xss/embed.html": html(embed),
      "/xss/api.html": html(`<div id="out"></div>`),
      "/one-card.html": html(`<fact-card src="bundle.json"></fact-card>`, `<link rel="stylesheet" href="style.css">${module}`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens every citation popover of every card root (shadow or light). */
async function openEveryPopover(page) {
  await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll("fact-card")].map((el) => el.shadowRoot).filter(Boolean)];
    for (const root of roots) for (const b of root.querySelectorAll("[popovertarget]")) b.click();
  });
}

/** The card's text and links, wherever it is (shadow root or the page). */
function cardContent(page) {
  return page.evaluate(() => {
    const root = document.querySelector("fact-card")?.shadowRoot ?? document;
    const card = root.querySelector("article.factcard");
    return {
      text: card?.textContent ?? "",
      hrefs: [...(card?.querySelectorAll("[href]") ?? [])].map((a) => a.getAttribute("href")),
      handlers: [...(card?.querySelectorAll("*") ?? [])].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
      tags: [...new Set([...(card?.querySelectorAll("*") ?? [])].map((e) => e.localName))],
      pwned: window.__pwned,
    };
  });
}

function assertInert(seen, where) {
  assert.equal(seen.pwned, undefined, `${where}: a payload ran (${seen.pwned})`);
  assert.ok(seen.text.length > 200, `${where}: the card is there`);
  assert.deepEqual(seen.handlers, [], `${where}: no on* attribute`);
  for (const tag of ["script", "img", "svg", "iframe", "style", "body", "b"]) {
    assert.ok(!seen.tags.includes(tag), `${where}: a <${tag}> element from the text`);
  }
  for (const href of seen.hrefs) assert.match(href, /^https?:\/\//i, `${where}: link ${href}`);
  assert.ok(!seen.hrefs.some((h) => /javascript:|data:|vbscript:|evil\.example/i.test(h)), `${where}: ${seen.hrefs}`);
  // the payloads read as text
  assert.ok(seen.text.includes(`<img src=x onerror="window.__pwned='img'">`), `${where}: the <img> payload shows literally`);
  assert.ok(seen.text.includes("\u202Etxt.exe\u202C"), `${where}: the RTL override is kept as text`);
}

for (const [name, path, ready] of [
  ["a bundle src", "/xss/src.html", true],
  ["the inline JSON child", "/xss/inline.html", true],
  ["the CLI's static HTML page", "/xss/cli.html", false],
  ["the CLI's --embed card (declarative shadow root)", "/xss/embed.html", false],
]) {
  test(`XSS payloads through ${name} stay text`, async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL(path, server.url).href);
    if (ready) await page.waitForSelector("fact-card[data-state=ready]", { timeout: 20_000 });
    else await page.waitForSelector("article.factcard", { state: "attached" }).catch(() => {});
    await openEveryPopover(page);
    await page.waitForTimeout(100);
    assertInert(await cardContent(page), name);
    if (path === "/xss/src.html") await page.screenshot({ path: join(ROOT, "test-results/xss.png"), fullPage: true });
    assert.deepEqual(errors.filter((e) => !e.includes("Failed to load resource")), []);
    await page.close();
  });
}

test("XSS payloads through the JS API (extract, buildCard, renderHtml) stay text", async () => {
  const page = await browser.newPage();
  await page.goto(new URL("/xss/api.html", server.url).href);
  const seen = await page.evaluate(async (input) => {
    const { extract, buildCard, renderHtml } = await import("/pkg/js/factcard.js");
    const mentions = await extract(input);
    const model = await buildCard(input);
    const out = document.getElementById("out");
    out.innerHTML = await renderHtml(model); // the static HTML, as a server page would insert it
    for (const b of out.querySelectorAll("[popovertarget]")) b.click();
    await new Promise((r) => setTimeout(r, 100));
    return {
      figures: mentions.articles.reduce((n, a) => n + a.figures.length, 0),
      outlets: model.sources.map((s) => s.outlet),
      text: out.textContent,
      hrefs: [...out.querySelectorAll("[href]")].map((a) => a.getAttribute("href")),
      handlers: [...out.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
      tags: [...new Set([...out.querySelectorAll("*")].map((e) => e.localName))],
      pwned: window.__pwned,
    };
  }, bundle);
  assert.ok(seen.figures >= PAYLOADS.length, "the figures around the payloads are still found");
  assert.ok(seen.outlets.includes(PAYLOADS[1]), "the model carries the outlet as plain text");
  assertInert(seen, "the JS API");
  await page.close();
});

test("the element requests only its src (and its own script and wasm), with GET, on its own origin", async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push({ url: r.url(), method: r.method() }));
  await page.goto(new URL("/one-card.html", server.url).href);
  await page.waitForSelector("fact-card[data-state=ready]", { timeout: 20_000 });
  await openEveryPopover(page);
  await page.waitForTimeout(200);
  const origin = new URL(server.url).origin;
  const paths = requests.map((r) => new URL(r.url).pathname).sort();
  assert.deepEqual(
    paths,
    ["/bundle.json", "/one-card.html", "/pkg/js/factcard.js", "/pkg/pkg/factcard_card_bg.wasm", "/style.css"],
  );
  assert.ok(requests.every((r) => r.method === "GET" && new URL(r.url).origin === origin), JSON.stringify(requests));
  await page.close();
});

test("the demo page, served with the strict CSP, raises no CSP violation", async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(server.url);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await page.waitForSelector("fact-card[data-state=ready]", { timeout: 20_000 });
  await openEveryPopover(page);
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.close();
});
