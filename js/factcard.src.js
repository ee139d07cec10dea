// factcard: the package entry (an ES module). This is its source: the
// build (scripts/build.sh) minifies it into js/factcard.js, what ships.
//
//   import { extract, buildCard, renderHtml, init } from "factcard";
//   <script type="module" src=".../js/factcard.js"></script>
//   <fact-card src="bundle.json"></fact-card>
//
// Layout: this file imports the wasm-bindgen `--target web` output from
// ../pkg/ (written by scripts/build.sh); the build joins the element's glue
// (pkg/factcard_card.js) into js/factcard.js (scripts/bundle-element.mjs),
// so a page fetches one script, then the wasm. The demo site carries the same two
// folders under www/pkg/ (www/pkg/js/, www/pkg/pkg/), so the relative
// imports are the same.
//
// Two wasm modules, from the same crate: pkg/factcard_card* holds what the
// element needs (read, scan, card, DOM) and is all a page that shows cards
// downloads; pkg/factcard_wasm* adds the JS API (extract, buildCard,
// renderHtml) and is loaded on the first API call. This module defines the
// element, which fetches its bundle and drives a wasm `CardJob` step by
// step, showing the loading and error states.

import { CardJob } from "../pkg/factcard_card.js";

let loading;

/**
 * Loads and instantiates the API's wasm once; every later call returns the
 * same promise. In a browser the default fetches pkg/factcard_wasm_bg.wasm
 * next to its glue (via import.meta.url). Elsewhere (Node) pass the wasm
 * bytes, a URL, a Response or a WebAssembly.Module.
 */
export function init(moduleOrPath) {
  loading ??= import("../pkg/factcard_wasm.js")
    .then(async (api) => {
      await api.default(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
      return api;
    })
    .catch((e) => {
      loading = undefined; // let a later call try again
      throw e;
    });
  return loading;
}

let cardLoading;

/**
 * Fetches and instantiates the element's wasm. Its glue's own loader takes
 * bytes, a module or a URL in two argument styles; the element only ever
 * fetches its one file, so the build (scripts/bundle-element.mjs) joins
 * this module with the glue and this loader calls the glue's
 * `__wbg_get_imports` and `__wbg_finalize_init` itself (the glue's loader
 * is then unused and minified away).
 */
async function initCardWasm() {
  const response = await fetch(new URL("../pkg/factcard_card_bg.wasm", import.meta.url));
  if (!response.ok) throw new Error(`failed to fetch Wasm: ${response.status} ${response.statusText} fetching '${response.url}'`);
  const imports = __wbg_get_imports();
  let result;
  try {
    result = await WebAssembly.instantiateStreaming(response, imports);
  } catch (e) {
    // a server that does not send application/wasm (streaming needs it):
    // from the bytes, as the glue does
    if (response.headers.get("Content-Type") === "application/wasm") throw e;
    result = await WebAssembly.instantiate(await response.arrayBuffer(), imports);
  }
  return __wbg_finalize_init(result.instance, result.module);
}

/** The element's wasm, loaded once. */
function initCard() {
  cardLoading ??= initCardWasm().catch((e) => {
    cardLoading = undefined; // let a later card try again
    throw e;
  });
  return cardLoading;
}

/** Resolves once the wasm is ready (starting the load if needed). */
export const ready = () => init();

/** Figure and date mentions: input is an article text, an array of articles, or a bundle {version: 1, articles}. */
export async function extract(input) {
  return (await init()).extract(input);
}

/** The card model for the same inputs as extract; options {maxFacts?}. */
export async function buildCard(input, options) {
  return (await init()).buildCard(input, options);
}

/** A card model (from buildCard) as escaped static HTML. */
export async function renderHtml(model) {
  return (await init()).renderHtml(model);
}

// ---------------------------------------------------------------------------
// <fact-card src="bundle.json">, or with the bundle inline:
// <fact-card><script type="application/json">{"version":1,...}</script></fact-card>

const BASE_CSS =
  ":host{display:block}:host([hidden]){display:none}" +
  ".factcard-state{box-sizing:border-box;min-height:var(--factcard-min-height,12rem);padding:1rem 1.25rem;" +
  "border:1px solid #d0d4da;border-radius:.5rem;font:.95rem/1.4 system-ui,sans-serif;color:#666;background:#fafbfc;" +
  "display:flex;align-items:center;justify-content:center}" +
  // the loading state is a skeleton of the card (title, headline, two figures)
  ".factcard-loading{display:flex;align-items:flex-end;justify-content:flex-start;font-size:.8rem;color:#5b6572;background-image:linear-gradient(#e3e6ea,#e3e6ea),linear-gradient(#e3e6ea,#e3e6ea),linear-gradient(#e3e6ea,#e3e6ea),linear-gradient(#e3e6ea,#e3e6ea);background-size:30% .7rem,75% 1.3rem,45% 2.6rem,45% 2.6rem;background-position:1.25rem 1rem,1.25rem 2.1rem,1.25rem 4.2rem,calc(45% + 2.5rem) 4.2rem;background-repeat:no-repeat}" +
  ".factcard-error{display:block;border-color:#d93025;background:#fdf1f0;color:#5f1a14}" +
  ".factcard-error strong{display:block;margin-bottom:.35rem;color:#b3261e}" +
  ".factcard-error p{margin:0;overflow-wrap:anywhere}";

let baseSheet;
function adoptBase(root) {
  try {
    if (!baseSheet) {
      baseSheet = new CSSStyleSheet();
      baseSheet.replaceSync(BASE_CSS);
    }
    if (!root.adoptedStyleSheets.includes(baseSheet)) root.adoptedStyleSheets = [baseSheet, ...root.adoptedStyleSheets];
  } catch {
    // Old browser without constructable stylesheets: unstyled but visible.
  }
}

function stateBox(root, cls, role, title, reason) {
  const box = document.createElement("div");
  box.className = `factcard-state ${cls}`;
  box.setAttribute("role", role);
  if (reason === undefined) {
    box.append(title);
  } else {
    const strong = document.createElement("strong");
    strong.textContent = title;
    const p = document.createElement("p");
    p.className = "factcard-reason";
    p.textContent = reason;
    box.append(strong, p);
  }
  root.replaceChildren(box);
}

// Longest run of work (ms) before the element hands the main thread back,
// and how long it may have run before a step that cannot be cut (building
// the card, a section of its DOM) goes to the next task instead.
const SLICE_MS = 25;
const STEP_MS = 10;
// Hands the main thread back to the page (input, paint) and resumes: by
// scheduler.yield() where there is one, else a message (not setTimeout,
// which browsers clamp to 4 ms once nested).
const pause =
  typeof scheduler !== "undefined" && typeof scheduler.yield === "function"
    ? () => scheduler.yield()
    : () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
// How long a bundle may take to arrive (ms), and the largest bundle read
// (bytes); the element's timeout and max-bytes attributes override them.
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const megabytes = (bytes) => `${(Math.round((bytes * 10) / 1048576) / 10).toFixed(1)} MB`;

/**
 * GETs the bundle at src and resolves to its text. Nothing else is
 * requested and nothing is sent. Rejects with the reason the reader is
 * shown: a network error, a timeout, an HTTP error status, a content type
 * that is not JSON or text, a body over the size limit (checked on the
 * Content-Length before the body is read, and on the body), bytes that are
 * not UTF-8.
 */
async function fetchBundle(src, timeoutMs, maxBytes) {
  timeoutMs ||= DEFAULT_TIMEOUT_MS;
  maxBytes ||= DEFAULT_MAX_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  const failed = (e, doing) =>
    new Error(
      signal.aborted ? `could not load ${src}: timed out after ${timeoutMs} ms` : `could not ${doing} ${src}: ${e?.message ?? e}`,
    );
  let response;
  try {
    response = await fetch(src, { signal });
  } catch (e) {
    throw failed(e, "load");
  }
  const drop = () => response.body?.cancel().catch(() => {});
  if (!response.ok) {
    drop();
    throw new Error(`could not load ${src}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  const media = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (media && !media.includes("json") && media !== "text/plain") {
    drop();
    throw new Error(`${src} is not a JSON bundle (its Content-Type is ${media})`);
  }
  const tooLarge = (bytes) =>
    new Error(`${src} is too large: ${megabytes(bytes)} (the limit is ${megabytes(maxBytes)}; set max-bytes to raise it)`);
  const length = (response.headers.get("content-length") ?? "").trim();
  if (/^\d+$/.test(length) && Number(length) > maxBytes) {
    drop();
    throw tooLarge(Number(length));
  }
  let bytes;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw failed(e, "read");
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${src} is not UTF-8 text (invalid byte at offset ${utf8ErrorOffset(bytes)})`);
  }
}

/**
 * Where the first invalid UTF-8 sequence of bytes starts: the bytes before
 * the first U+FFFD of a lenient decoding (each invalid sequence becomes
 * one), encoded again. (A U+FFFD the text itself has before it would be
 * taken for it.)
 */
function utf8ErrorOffset(bytes) {
  const text = new TextDecoder().decode(bytes);
  return new TextEncoder().encode(text.slice(0, text.indexOf("\uFFFD"))).length;
}

const positive = (v) => (/^\s*\d+\s*$/.test(v ?? "") ? Number(v) : 0);

if (typeof HTMLElement !== "undefined" && typeof customElements !== "undefined" && !customElements.get("fact-card")) {
  class FactCardElement extends HTMLElement {
    static observedAttributes = ["src", "max-facts", "lang"];

    #connected = false;
    #loaded = null;
    #model = null;
    #generation = 0;

    /** The card model on screen (read-only), or null before the first factcard:ready. */
    get model() {
      return this.#model;
    }

    #key() {
      const source = this.getAttribute("src") || this.querySelector('script[type="application/json"]')?.textContent || "";
      return `${source}\u0000${this.getAttribute("max-facts") ?? ""}\u0000${this.getAttribute("lang") ?? ""}`;
    }

    get src() {
      return this.getAttribute("src") ?? "";
    }

    set src(value) {
      if (value == null) this.removeAttribute("src");
      else this.setAttribute("src", value);
    }

    /** Follow the page's color-scheme when it declares one (see card.css). */
    #followScheme() {
      const declared = getComputedStyle(this).colorScheme;
      if (declared && declared !== "normal") this.setAttribute("data-scheme", "page");
      else this.removeAttribute("data-scheme");
    }

    connectedCallback() {
      this.#connected = true;
      this.#followScheme();
      if (this.getAttribute("data-state") === "ready" && this.#loaded === this.#key()) {
        return; // moved in the page: the card is already there
      }
      if (document.readyState === "loading" && !this.hasAttribute("src")) {
        // The inline <script type="application/json"> may not be parsed yet.
        this.#showState("factcard-loading", "status", "Loading fact card…");
        document.addEventListener("DOMContentLoaded", () => this.#connected && this.refresh(), { once: true });
      } else {
        this.refresh();
      }
    }

    disconnectedCallback() {
      this.#connected = false;
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (this.#connected && oldValue !== newValue) this.refresh();
    }

    #showState(cls, role, title, reason) {
      this.removeAttribute("aria-busy");
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      adoptBase(root);
      stateBox(root, cls, role, title, reason);
      this.setAttribute("data-state", cls === "factcard-error" ? "error" : "loading");
    }

    #emit(name, detail) {
      this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
    }

    /**
     * Loads (again) from src, or from the inline JSON bundle, and shows the
     * card or, on any failure, the error state with its reason. Resolves to
     * true when the card rendered; never rejects. A newer refresh (src
     * changed meanwhile) supersedes this one, which then resolves to false.
     */
    async refresh() {
      const generation = ++this.#generation;
      const current = () => generation === this.#generation;
      const src = this.getAttribute("src");
      const inline = src ? null : (this.querySelector('script[type="application/json"]')?.textContent ?? null);
      const key = this.#key();
      this.#followScheme();
      if (this.shadowRoot?.querySelector("article.factcard")) {
        // A card is on screen (pre-rendered in a declarative shadow root, or
        // the last one): it stays until the new one replaces it, so the page
        // neither flashes nor shifts.
        this.setAttribute("data-state", "loading");
        this.setAttribute("aria-busy", "true");
      } else {
        this.#showState("factcard-loading", "status", "Loading fact card…");
      }
      // The bundle is requested alongside the wasm.
      const bundle = src ? fetchBundle(src, positive(this.getAttribute("timeout")), positive(this.getAttribute("max-bytes"))) : null;
      bundle?.catch(() => {}); // awaited (and its failure shown) below
      const starting = initCard();
      try {
        await starting;
      } catch (e) {
        if (current()) this.#fail(`the fact card could not start: ${e?.message ?? e}`);
        return false;
      }
      let job;
      try {
        let json;
        if (src) {
          json = await bundle;
        } else if (inline !== null) {
          json = inline;
        } else {
          throw new Error(
            'no articles: set the src attribute to a bundle URL or put a <script type="application/json"> bundle inside <fact-card>',
          );
        }
        if (!current()) return false;
        // Every step is a synchronous wasm call: a failure, even a trap,
        // lands in the catch below with this card's reason.
        job = new CardJob(this);
        // the page gets the main thread back whenever a slice of work has
        // run long; a small bundle is done in one go
        let sliceStart = performance.now();
        const breathe = async () => {
          if (performance.now() - sliceStart < STEP_MS) return true;
          await pause();
          sliceStart = performance.now();
          return current();
        };
        const budget = () => Math.max(1, SLICE_MS - (performance.now() - sliceStart));
        job.load(json);
        json = null;
        do {
          if (!(await breathe())) return false;
        } while (!job.scan(budget()));
        do {
          if (!(await breathe())) return false;
        } while (!job.render(budget()));
        // the card was built hidden after what is shown, and takes its place
        const root = this.shadowRoot;
        const card = root.lastElementChild;
        for (const node of [...root.childNodes]) if (node !== card) node.remove();
        card.hidden = false;
        // the model for factcard:ready and card.model, after the card is on screen
        sliceStart = 0;
        if (!(await breathe())) return false;
        const model = job.model();
        if (!current()) return false;
        this.#model = model;
        this.#loaded = key;
        this.removeAttribute("aria-busy");
        this.setAttribute("data-state", "ready");
        this.#emit("factcard:ready", model);
        return true;
      } catch (e) {
        if (!current()) return false;
        const reason =
          e instanceof WebAssembly.RuntimeError
            ? `internal error in the fact card (${e.message}); please report it with the bundle`
            : (e?.message ?? String(e));
        this.#fail(reason);
        return false;
      } finally {
        try {
          job?.free();
        } catch {
          // a job that trapped stays borrowed; it is dropped with the page
        }
      }
    }

    #fail(reason) {
      this.#showState("factcard-error", "alert", "Fact card unavailable", reason);
      console.warn(`factcard: ${reason}`);
      this.#emit("factcard:error", { reason });
    }
  }
  customElements.define("fact-card", FactCardElement);
}
