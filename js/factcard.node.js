// factcard in Node.js: the "node" condition of the package's exports.
//
//   import { extract, buildCard, renderHtml } from "factcard";   // no init() needed
//
// The same API as ./factcard.js, but the wasm is read from disk (there is no
// fetch of file: URLs in Node) the first time it is needed. init(bytes) still
// works and wins when it comes first. The element is defined only where a DOM
// exists (e.g. jsdom); plain Node has none.

import { readFile } from "node:fs/promises";
import * as core from "./factcard.js";

const WASM = new URL("../pkg/factcard_wasm_bg.wasm", import.meta.url);

let loading;

/** Loads the wasm once: from `moduleOrPath` when given, else from the package's pkg/factcard_wasm_bg.wasm. */
export function init(moduleOrPath) {
  if (moduleOrPath !== undefined) return core.init(moduleOrPath);
  loading ??= core.init(fromDisk()).catch((e) => {
    loading = undefined; // let a later call try again
    throw e;
  });
  return loading;
}

function fromDisk() {
  const bytes = readFile(WASM);
  bytes.catch(() => {}); // unused when the wasm was already loaded: no unhandled rejection
  return bytes;
}

/** Resolves once the wasm is ready (starting the load if needed). */
export const ready = () => init();

/** Figure and date mentions: input is an article text, an array of articles, or a bundle {version: 1, articles}. */
export async function extract(input) {
  await init();
  return core.extract(input);
}

/** The card model for the same inputs as extract; options {maxFacts?}. */
export async function buildCard(input, options) {
  await init();
  return core.buildCard(input, options);
}

/** A card model (from buildCard) as escaped static HTML. */
export async function renderHtml(model) {
  await init();
  return core.renderHtml(model);
}
