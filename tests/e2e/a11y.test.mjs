// Accessibility: axe-core finds no violations on the demo pages, in the light
// and the dark theme (the card is checked inside its open shadow root).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { useDemo } from "./helpers.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const demo = useDemo();

async function violations(path, colorScheme, open = false) {
  // the demo's CSP forbids the injected axe script, so bypass it for the audit only
  const context = await demo.browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(demo.server.url + path);
  await page.waitForFunction(() => [...document.querySelectorAll("fact-card")].every((c) => ["ready", "error"].includes(c.dataset.state)), null, {
    timeout: 20_000,
  });
  if (open) {
    // audit an open citation popover too
    await page.evaluate(() => document.querySelector("fact-card").shadowRoot.querySelector(".fc-cite").click());
  }
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  });
  await context.close();
  return result;
}

for (const scheme of ["light", "dark"]) {
  test(`axe: no violations on the demo in the ${scheme} theme`, async () => {
    assert.deepEqual(await violations("", scheme), []);
  });
  test(`axe: no violations with a citation popover open (${scheme})`, async () => {
    assert.deepEqual(await violations("", scheme, true), []);
  });
}

test("axe: no violations on the playground (themes, languages, errors)", async () => {
  assert.deepEqual(await violations("playground.html", "light"), []);
});
