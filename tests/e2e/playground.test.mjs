// The playground page: several independent cards (themes, languages, a narrow
// column, an error) and a card rebuilt live from pasted articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, watchErrors, useDemo } from "./helpers.mjs";

const demo = useDemo();

// (the live card comes once playground.js has fetched its articles, which
// may be after the others are ready: it is waited for too)
const settled = (page) =>
  page.waitForFunction(
    () => document.getElementById("live") && [...document.querySelectorAll("fact-card")].every((c) => ["ready", "error"].includes(c.dataset.state)),
    null,
    { timeout: 20_000 },
  );

test("every card on the page works on its own; the broken one shows why", async () => {
  const page = await demo.browser.newPage({ viewport: { width: 1100, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${demo.server.url}playground.html`);
  await settled(page);
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll("fact-card")].map((c) => ({
      id: c.id,
      state: c.dataset.state,
      lang: c.shadowRoot.querySelector("article")?.getAttribute("lang"),
      text: c.shadowRoot.textContent,
      width: c.getBoundingClientRect().width,
    })),
  );
  const broken = cards.find((c) => c.id === "broken");
  assert.equal(broken.state, "error");
  assert.match(broken.text, /404/);
  const others = cards.filter((c) => c.id !== "broken");
  assert.ok(others.length >= 4 && others.every((c) => c.state === "ready"), JSON.stringify(others.map((c) => c.state)));
  assert.ok(others.some((c) => c.lang === "en" && /sources agree/.test(c.text)));
  assert.ok(others.some((c) => c.lang === "id" && /sumber sepakat/.test(c.text)));
  assert.ok(others.some((c) => c.width <= 280), "the narrow column's card is 280 px wide");
  // the only console error is the browser's own report of the 404 fetch
  assert.ok(errors.every((e) => /404/.test(e)), errors.join("\n"));
  await page.screenshot({ path: join(ROOT, "test-results/playground.png"), fullPage: true });
  await page.close();
});

test("pasted articles are parsed live into the card", async () => {
  const page = await demo.browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await page.goto(`${demo.server.url}playground.html`);
  await settled(page);
  await page.fill(
    "#articles",
    "Banjir Melanda Kota\nJakarta, KOMPAS.com - Sedikitnya 321 orang mengungsi akibat banjir pada Senin (3/2/2020).\n---\n" +
      "Medan, ANTARA - Sekitar 320 warga mengungsi karena banjir, Senin (3/2/2020).",
  );
  await page.waitForFunction(() => /321/.test(document.getElementById("live").shadowRoot.textContent), null, { timeout: 10_000 });
  const text = await page.evaluate(() => document.getElementById("live").shadowRoot.textContent);
  assert.match(text, /Fakta dari 2 sumber/);
  assert.match(text, /3 Februari 2020/);
  assert.match(text, /KOMPAS\.com/);
  assert.match(text, /ANTARA/);
  await page.close();
});
