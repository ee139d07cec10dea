// A trap in the wasm (what a Rust panic becomes in the shipped build) while a
// card is being built: that card shows the error state with the reason, no
// exception escapes to the page, and the cards already shown and any card
// added later still work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors, cardState, useDemo } from "./helpers.mjs";

const demo = useDemo();

test("a wasm trap mid-card gives that card the error state; the page's other cards keep working", async () => {
  const page = await demo.browser.newPage();
  const errors = watchErrors(page);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  // js/factcard.js keeps the element's wasm to itself: its exports are
  // handed to the glue through a copy the test can change (an instance's own
  // exports object is frozen).
  await page.addInitScript(() => {
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = async function (...args) {
        const result = await original.apply(this, args);
        if (!result?.instance?.exports?.cardjob_scan) return result;
        const exports = { ...result.instance.exports };
        window.__factcardExports = exports;
        return { module: result.module, instance: { exports } };
      };
    }
  });
  await page.goto(demo.server.url);
  assert.equal((await cardState(page)).state, "ready");

  const result = await page.evaluate(async () => {
    const wasm = window.__factcardExports;
    const scan = wasm.cardjob_scan;
    // The next scan step traps inside the wasm, as a panic would.
    wasm.cardjob_scan = function () {
      wasm.cardjob_scan = scan;
      wasm.__factcardTrap();
    };
    const settled = (el) =>
      new Promise((resolve) => {
        el.addEventListener("factcard:ready", () => resolve({ state: "ready" }), { once: true });
        el.addEventListener("factcard:error", (e) => resolve({ state: "error", reason: e.detail.reason }), { once: true });
      });
    const add = (id) => {
      const el = document.createElement("fact-card");
      el.id = id;
      el.setAttribute("src", "bundle.json");
      const done = settled(el);
      document.body.append(el);
      return done;
    };
    const trapped = await add("trapped");
    const after = await add("after");
    const first = document.querySelector("fact-card");
    return {
      trapped,
      trappedText: document.getElementById("trapped").shadowRoot.textContent,
      after,
      firstState: first.dataset.state,
      firstHasCard: !!first.shadowRoot.querySelector("article.factcard"),
    };
  });
  assert.equal(result.trapped.state, "error");
  assert.match(result.trapped.reason, /internal error/);
  assert.ok(result.trappedText.includes(result.trapped.reason), "the reason is shown in the card");
  assert.equal(result.after.state, "ready", "a card added after the trap renders");
  assert.equal(result.firstState, "ready");
  assert.ok(result.firstHasCard, "the card shown before the trap is still there");
  assert.deepEqual(errors, [], "no uncaught exception or console error");
  assert.equal(warnings.filter((w) => w.startsWith("factcard:")).length, 1, "one warning for the failed card");
  await page.close();
});
