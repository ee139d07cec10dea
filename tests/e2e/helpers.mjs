// Shared by the e2e tests: the demo server and a headless Chromium.
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WWW = fileURLToPath(new URL("../../www/", import.meta.url));

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (p && existsSync(p)) return p;
  }
  throw new Error("no Chromium found: run scripts/setup.sh (apt-get install chromium) or set CHROMIUM");
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export function serveDemo() {
  if (!existsSync(new URL("../../www/pkg/pkg/factcard_wasm_bg.wasm", import.meta.url))) {
    throw new Error("www/pkg is missing: run `npm run build` first");
  }
  return serve({ root: WWW, port: 0, quiet: true });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()} ${m.location()?.url ?? ""}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Waits until the <fact-card> is ready or errored and returns its state and shadow text. */
export async function cardState(page, selector = "fact-card") {
  await page.waitForSelector(`${selector}[data-state=ready], ${selector}[data-state=error]`, { timeout: 20_000 });
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const root = el.shadowRoot;
    const box = root?.firstElementChild?.getBoundingClientRect();
    return {
      state: el.getAttribute("data-state"),
      text: root?.textContent ?? "",
      hasCard: !!root?.querySelector("article.factcard"),
      hasError: !!root?.querySelector(".factcard-error"),
      height: box ? box.height : 0,
      inlineStyles: root ? root.querySelectorAll("style, [style]").length : -1,
    };
  }, selector);
}

/**
 * The demo server and a headless Chromium, started once for a test file and
 * closed after it: `const demo = useDemo();` then `demo.server`, `demo.browser`.
 */
export function useDemo() {
  const demo = {};
  before(async () => {
    demo.server = await serveDemo();
    demo.browser = await launch();
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
