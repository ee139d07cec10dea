// The demo's card is pre-rendered by `factcard card --embed` into a
// declarative shadow root: readers without JavaScript see the card, and the
// live card replaces it without moving the page (no layout shift).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, watchErrors, useDemo } from "./helpers.mjs";

const demo = useDemo();

for (const width of [900, 320]) {
  test(`no layout shift while the live card replaces the pre-rendered one (${width} px)`, async () => {
    const page = await demo.browser.newPage({ viewport: { width, height: 800 } });
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push(e.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(demo.server.url);
    const before = await page.evaluate(() => document.querySelector("fact-card").getBoundingClientRect().height);
    await page.waitForSelector("fact-card[data-state=ready]", { timeout: 20_000 });
    await page.waitForTimeout(300); // let the observer report
    const after = await page.evaluate(() => ({
      height: document.querySelector("fact-card").getBoundingClientRect().height,
      shifts: window.__shifts,
      busy: document.querySelector("fact-card").getAttribute("aria-busy"),
    }));
    assert.ok(before > 300, `the pre-rendered card takes its room at once (${before} px)`);
    assert.deepEqual(after.shifts, [], "no layout-shift entries");
    assert.equal(Math.round(after.height), Math.round(before), "the live card has the pre-rendered card's height");
    assert.equal(after.busy, null, "aria-busy is cleared once the live card is in");
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("without JavaScript the pre-rendered card is there, styled, with its citations", async () => {
  const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1000 } });
  const page = await context.newPage();
  await page.goto(demo.server.url);
  const card = page.locator("fact-card article.factcard");
  await card.waitFor();
  const seen = await card.evaluate((el) => ({
    text: el.textContent,
    facts: el.querySelectorAll(".fc-fact").length,
    marks: el.querySelectorAll("[popovertarget]").length,
    font: getComputedStyle(el).fontFamily,
    padding: getComputedStyle(el).paddingTop,
  }));
  assert.ok(seen.facts >= 3, `facts: ${seen.facts}`);
  assert.ok(seen.marks > 0, "citation marks (native popovers work without script)");
  assert.match(seen.text, /2\.500/);
  assert.notEqual(seen.padding, "0px", "the card's stylesheet applies");
  await page.screenshot({ path: join(ROOT, "test-results/no-js.png"), fullPage: false });
  await context.close();
});
