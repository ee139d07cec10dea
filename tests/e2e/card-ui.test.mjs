// The card as a reader uses it: citation popovers by keyboard, the element's
// attributes (lang, max-facts, theme), dark mode, a 320 px column, card.model.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, watchErrors, cardState, useDemo } from "./helpers.mjs";

const demo = useDemo();

/** Opens the demo with the card's attributes set before it loads. */
async function open(attrs = {}, pageOptions = {}) {
  const page = await demo.browser.newPage({ viewport: { width: 900, height: 1000 }, ...pageOptions });
  const errors = watchErrors(page);
  await page.goto(demo.server.url);
  await cardState(page);
  if (Object.keys(attrs).length) {
    await page.evaluate((attrs) => {
      const el = document.querySelector("fact-card");
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    }, attrs);
    await page.waitForFunction(
      (attrs) => {
        const el = document.querySelector("fact-card");
        const art = el.shadowRoot.querySelector("article.factcard");
        return el.dataset.state === "ready" && (!attrs.lang || art?.getAttribute("lang") === attrs.lang);
      },
      attrs,
      { timeout: 20_000 },
    );
  }
  return { page, errors };
}

test("a citation mark opens its quote by keyboard, Escape closes it and focus returns", async () => {
  const { page, errors } = await open();
  const opened = await page.evaluate(() => {
    const root = document.querySelector("fact-card").shadowRoot;
    const mark = root.querySelector(".fc-cite");
    mark.focus();
    return { label: mark.getAttribute("aria-label"), target: mark.getAttribute("popovertarget") };
  });
  assert.ok(opened.target, "the mark names its popover");
  await page.keyboard.press("Enter");
  const shown = await page.evaluate((id) => {
    const pop = document.querySelector("fact-card").shadowRoot.getElementById(id);
    return { open: pop.matches(":popover-open"), text: pop.textContent, mark: pop.querySelector("mark")?.textContent };
  }, opened.target);
  assert.ok(shown.open, "Enter opens the popover");
  assert.ok(shown.mark && shown.text.includes(shown.mark), "the figure is highlighted in the quoted sentence");
  assert.match(opened.label, /\d: \S/, "the mark says which source it is");
  await page.screenshot({ path: join(ROOT, "test-results/popover.png") });
  await page.keyboard.press("Escape");
  const after = await page.evaluate((id) => {
    const root = document.querySelector("fact-card").shadowRoot;
    return { open: root.getElementById(id).matches(":popover-open"), focused: root.activeElement?.getAttribute("popovertarget") };
  }, opened.target);
  assert.equal(after.open, false, "Escape closes it");
  assert.equal(after.focused, opened.target, "focus is back on the mark");
  await page.keyboard.press(" ");
  const again = await page.evaluate((id) => document.querySelector("fact-card").shadowRoot.getElementById(id).matches(":popover-open"), opened.target);
  assert.ok(again, "Space opens it too");
  assert.deepEqual(errors, []);
  await page.close();
});

test("lang sets the card's words and number format", async () => {
  const { page } = await open({ lang: "en" });
  const en = await cardState(page);
  assert.match(en.text, /2,500/);
  assert.match(en.text, /sources agree/);
  await page.evaluate(() => document.querySelector("fact-card").setAttribute("lang", "id"));
  await page.waitForFunction(() => document.querySelector("fact-card").shadowRoot.querySelector("article")?.getAttribute("lang") === "id");
  const id = await cardState(page);
  assert.match(id.text, /2\.500/);
  assert.match(id.text, /sumber sepakat/);
  await page.close();
});

test("max-facts limits the facts shown; the rest wait behind 'more'", async () => {
  const { page } = await open({ "max-facts": "2" });
  await page.waitForFunction(() => document.querySelector("fact-card").shadowRoot.querySelectorAll("section.fc-facts > ul > li").length === 2);
  const counts = await page.evaluate(() => {
    const root = document.querySelector("fact-card").shadowRoot;
    return { shown: root.querySelectorAll("section.fc-facts > ul > li").length, more: root.querySelectorAll(".fc-more li.fc-fact").length };
  });
  assert.equal(counts.shown, 2);
  assert.ok(counts.more >= 1, "the other facts are behind 'more'");
  await page.close();
});

const background = (page) =>
  page.evaluate(() => getComputedStyle(document.querySelector("fact-card").shadowRoot.querySelector("article")).backgroundColor);
const isDark = (rgb) => {
  const [r, g, b] = rgb.match(/\d+/g).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
};

test("dark mode follows prefers-color-scheme, and theme=light overrides it", async () => {
  const { page } = await open({}, { colorScheme: "dark" });
  assert.ok(isDark(await background(page)), "dark background in dark mode");
  await page.screenshot({ path: join(ROOT, "test-results/dark.png") });
  await page.evaluate(() => document.querySelector("fact-card").setAttribute("theme", "light"));
  assert.ok(!isDark(await background(page)), "theme=light wins over the reader's dark mode");
  await page.close();
  const { page: light } = await open({ theme: "dark" }, { colorScheme: "light" });
  assert.ok(isDark(await background(light)), "theme=dark in a light page");
  await light.close();
});

test("a page that declares its color-scheme sets the card's; one that does not leaves it to the reader", async () => {
  for (const [declared, reader, dark] of [
    ["dark", "light", true],
    ["light", "dark", false],
    ["light dark", "dark", true],
    ["light dark", "light", false],
  ]) {
    const page = await demo.browser.newPage({ colorScheme: reader });
    await page.goto(demo.server.url);
    await cardState(page);
    // the page declares a scheme; the card looks at it when it (re)loads
    const ok = await page.evaluate((scheme) => {
      document.documentElement.style.colorScheme = scheme;
      return document.querySelector("fact-card").refresh();
    }, declared);
    assert.ok(ok);
    assert.equal(await page.evaluate(() => document.querySelector("fact-card").getAttribute("data-scheme")), "page");
    assert.equal(isDark(await background(page)), dark, `page color-scheme "${declared}", reader ${reader}`);
    await page.close();
  }
});

test("a 320 px column: the card fits with no horizontal overflow", async () => {
  const { page, errors } = await open({}, { viewport: { width: 320, height: 900 } });
  const box = await page.evaluate(() => {
    const art = document.querySelector("fact-card").shadowRoot.querySelector("article");
    const r = art.getBoundingClientRect();
    return { width: r.width, scroll: art.scrollWidth, client: art.clientWidth, docScroll: document.documentElement.scrollWidth };
  });
  assert.ok(box.width <= 320, `card width ${box.width}`);
  assert.ok(box.scroll <= box.client + 1, `no overflow inside the card: ${box.scroll} > ${box.client}`);
  assert.ok(box.docScroll <= 320, `no page overflow: ${box.docScroll}`);
  await page.screenshot({ path: join(ROOT, "test-results/narrow-320.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("card.model is the model on screen, read-only", async () => {
  const { page } = await open();
  const model = await page.evaluate(() => {
    "use strict";
    const el = document.querySelector("fact-card");
    let threw = false;
    try {
      el.model = null;
    } catch {
      threw = true;
    }
    return { facts: el.model?.facts?.length ?? 0, headline: el.model?.headline, threw, still: el.model !== null };
  });
  assert.ok(model.facts > 0, "the model has facts");
  assert.ok(model.headline, "and a headline");
  assert.ok(model.threw && model.still, "assigning card.model throws and changes nothing");
  await page.close();
});
