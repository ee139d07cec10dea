// The in-browser half of bench/run.mjs (driven by playwright-core).
// Importing factcard.js defines <fact-card>; the wasm is fetched and compiled
// only when the first card loads (js/factcard.js initialises lazily), so the
// time to first card below includes the wasm download and compile.
import { extract, buildCard } from "./pkg/js/factcard.js";
import initGlue from "./pkg/pkg/factcard_wasm.js"; // the JS API's module

// The element's wasm instance, for its memory: js/factcard.js keeps its
// glue (and so the instance) to itself, so its instantiation is watched.
let elementWasm = null;
for (const name of ["instantiateStreaming", "instantiate"]) {
  const original = WebAssembly[name];
  WebAssembly[name] = async function (...args) {
    const result = await original.apply(this, args);
    if (result?.instance?.exports?.cardjob_scan) elementWasm = result.instance.exports;
    return result;
  };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

window.bench = {
  /** extract(text) over every text of the corpus, ≤ maxReps passes after ≥ 1 s of warm-up passes over `warmup`. */
  async throughput(corpusUrl, warmupUrl, maxReps, budgetMs) {
    const corpus = await (await fetch(corpusUrl)).json();
    const warmup = await (await fetch(warmupUrl)).json();
    const w0 = performance.now();
    do for (const t of warmup) await extract(t);
    while (performance.now() - w0 < 1000);
    const ms = [];
    const start = performance.now();
    while (ms.length < maxReps) {
      const t0 = performance.now();
      for (const t of corpus) await extract(t);
      ms.push(performance.now() - t0);
      if (performance.now() - start > budgetMs) break;
    }
    return { ms, median: median(ms), texts: corpus.length };
  },

  /** Inserts <fact-card src> and times it to factcard:ready; long tasks and wasm memory of the load. */
  async firstCard(src) {
    const longtasks = [];
    let observer = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longtasks.push({ start: e.startTime, duration: e.duration });
      });
      observer.observe({ type: "longtask" });
    } catch {
      // no longtask support: reported as null
    }
    const el = document.createElement("fact-card");
    el.setAttribute("src", src);
    const done = new Promise((resolve) => {
      el.addEventListener("factcard:ready", (e) => resolve({ state: "ready", t: performance.now(), facts: e.detail?.facts?.length ?? null }), { once: true });
      el.addEventListener("factcard:error", (e) => resolve({ state: "error", t: performance.now(), reason: e.detail?.reason }), { once: true });
    });
    const t0 = performance.now();
    document.getElementById("host").append(el);
    const r = await done;
    // let the frame with the card paint and the observer deliver its entries
    await nextFrame();
    await nextFrame();
    await sleep(100);
    observer?.disconnect();
    const inLoad = longtasks.filter((l) => l.start >= t0 - 1 && l.start <= r.t);
    return {
      state: r.state,
      reason: r.reason ?? null,
      facts: r.facts ?? null,
      ms: r.t - t0,
      longtasks: observer ? inLoad.map((l) => l.duration) : null,
      longtasksAfterReady: observer ? longtasks.length - inLoad.length : null,
      // (the build gives the element's exports short names: found by type)
      memoryBytes: Object.values(elementWasm ?? {}).find((v) => v instanceof WebAssembly.Memory)?.buffer.byteLength ?? null,
    };
  },

  /** Wasm memory: right after init, and after buildCard(bundle) (memory never shrinks: the latter is the peak). */
  async memoryBuildCard(src) {
    const bundle = await (await fetch(src)).json();
    const wasm = await initGlue();
    const initial = wasm.memory.buffer.byteLength;
    const model = await buildCard(bundle);
    return { initial, afterBuildCard: wasm.memory.buffer.byteLength, facts: model.facts.length };
  },
};
document.documentElement.dataset.benchReady = "1";
