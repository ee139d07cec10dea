#!/usr/bin/env node
// factcard benchmarks (issue 8): `npm run bench` → bench/report.md + bench/report.json.
//
// Benchmarks, not tests: nothing here fails on a timing or a goal; a goal
// not met is reported as such. Every comparison is a ratio of two figures
// measured in this same run on the same input. Peers are installed on demand
// (pinned) into bench/.peers/ (gitignored); the build runs first when its
// outputs are missing.
//
//   node bench/run.mjs [--quick]     --quick: small corpora and few runs (a smoke run, minutes → seconds)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir, release } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants as zc, gzipSync } from "node:zlib";
import { bundlesOf, loadSets, repeatTo, utf8Bytes } from "./lib/fixtures.mjs";
import { dateAgrees, figureAgrees, score, Tally } from "./lib/score.mjs";
import * as peers from "./lib/peers.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const QUICK = process.argv.includes("--quick");
const CLI = join(ROOT, "target/release/factcard");
const KiB = 1024;
const MB = 1e6; // throughput is in MB/s = 10^6 bytes of UTF-8 text per second

const CFG = QUICK
  ? { corpusBytes: 256 * KiB, smallBytes: 24 * KiB, reps: 2, budgetS: 3, ttfcRuns: { 5: 2, 100: 2, 1000: 2 }, cliFiles: 1000, cliReps: 1 }
  : { corpusBytes: 2 * 1024 * KiB, smallBytes: 160 * KiB, reps: 3, budgetS: 10, ttfcRuns: { 5: 7, 100: 7, 1000: 5 }, cliFiles: 10_000, cliReps: 3 };

const started = performance.now();
const log = (...a) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 3) => (x == null || !Number.isFinite(x) ? null : Number(x.toFixed(d)));
const sig = (x) => (x == null || !Number.isFinite(x) ? null : Number(x.toPrecision(4))); // MB/s: 4 significant digits

const report = {
  generated: new Date().toISOString(),
  quick: QUICK,
  machine: {
    cpu: cpus()[0]?.model ?? "?",
    cores: cpus().length,
    memory_gb: round(totalmem() / 2 ** 30, 1),
    os: `${process.platform} ${release()}`,
    node: process.version,
  },
  config: CFG,
  peers: {},
  accuracy: {},
  throughput: {},
  size: {},
  first_card: {},
  long_tasks: {},
  memory: {},
  cli_scale: {},
  adversarial: {},
  problems: [],
  seconds: {},
};
const problem = (where, e) => {
  const msg = `${where}: ${e?.message ?? e}`;
  console.error(`bench: ${msg}`);
  report.problems.push(msg);
};
async function section(name, fn) {
  const t0 = performance.now();
  log(`== ${name}`);
  try {
    await fn();
  } catch (e) {
    problem(name, e);
    if (process.env.BENCH_DEBUG) console.error(e);
  }
  report.seconds[name] = round((performance.now() - t0) / 1000, 1);
}

// ---------------------------------------------------------------------------
// build and peers

function ensureBuilt() {
  const need = ["target/release/factcard", "pkg/factcard_wasm.js", "pkg/factcard_wasm_bg.wasm", "pkg/factcard_card_bg.wasm", "www/pkg/js/factcard.js", "www/pkg/pkg/factcard_card_bg.wasm"];
  const missing = need.filter((f) => !existsSync(join(ROOT, f)));
  if (!missing.length) return { ran: false };
  log(`build outputs missing (${missing.join(", ")}): running scripts/build.sh`);
  const r = spawnSync("bash", ["scripts/build.sh"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`scripts/build.sh failed (exit ${r.status})`);
  return { ran: true };
}

const TMP = mkdtempSync(join(tmpdir(), "factcard-bench-"));
process.on("exit", () => rmSync(TMP, { recursive: true, force: true }));

let nodePeers = null;
let pyPeers = false;

// ---------------------------------------------------------------------------
// the factcard runners

function runCli(args, cwd = ROOT, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(CLI, args, { cwd, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`factcard ${args.slice(0, 3).join(" ")}… exit ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return seconds;
}

function cliJson(paths) {
  const r = spawnSync(CLI, ["extract", ...paths], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`factcard extract exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

let fcNode = null;
async function factcardNode() {
  fcNode ??= await import(pathToFileURL(join(ROOT, "js/factcard.node.js")).href);
  await fcNode.ready();
  return fcNode;
}

// ---------------------------------------------------------------------------
// 1a. accuracy on the gold

const SETS = loadSets(ROOT);
const ID_SETS = SETS.filter((s) => s.lang === "id");
const EN_SETS = SETS.filter((s) => s.lang === "en");

/** Scores `predict(article, ref)` → {raw, mapped} (figures and/or dates) over sets. */
function tallies(sets, predictions, kinds) {
  const out = {};
  for (const kind of kinds) {
    for (const variant of ["mapped", "raw"]) {
      const total = new Tally();
      const perSet = {};
      for (const s of sets) {
        const t = new Tally();
        for (const a of s.articles) {
          const p = predictions.get(`${s.name}/${a.id}`);
          if (!p) continue;
          const preds = p[variant]?.[kind] ?? p.mapped[kind];
          score(a.gold[kind], preds, a.gold.optional, kind === "figures" ? figureAgrees : dateAgrees, t);
        }
        perSet[s.name] = t.toJSON();
        total.add(t);
      }
      out[`${kind}${variant === "raw" ? "_raw" : ""}`] = { ...total.toJSON(), sets: perSet };
    }
  }
  return out;
}

const refs = new Map(); // set/id → yyyy-mm-dd the peers resolve against (see report)
const today = peers.ymdLocal(new Date());

async function accuracy() {
  const acc = report.accuracy;
  // factcard, native (the CLI), bundled as tests/gold.rs bundles
  const native = new Map();
  for (const s of SETS) {
    for (const bundle of bundlesOf(s)) {
      const out = cliJson(bundle.map((a) => a.path));
      const latest = out.articles.map((a) => a.date).filter(Boolean).sort().pop() ?? null;
      for (const a of out.articles) {
        native.set(`${s.name}/${a.id}`, { mapped: { figures: a.figures, dates: a.dates } });
        refs.set(`${s.name}/${a.id}`, a.date ?? latest ?? today);
      }
    }
  }
  acc.factcard_native = { id: tallies(ID_SETS, native, ["figures", "dates"]), en: tallies(EN_SETS, native, ["figures", "dates"]) };
  // factcard, wasm in Node: the same bundles through extract({version: 1, articles})
  try {
    const fc = await factcardNode();
    const wasm = new Map();
    for (const s of SETS) {
      for (const bundle of bundlesOf(s)) {
        const out = await fc.extract({ version: 1, articles: bundle.map((a) => ({ id: a.id, text: a.text })) });
        for (const a of out.articles) wasm.set(`${s.name}/${a.id}`, { mapped: { figures: a.figures, dates: a.dates } });
      }
    }
    acc.factcard_wasm = { id: tallies(ID_SETS, wasm, ["figures", "dates"]), en: tallies(EN_SETS, wasm, ["figures", "dates"]) };
  } catch (e) {
    problem("accuracy: factcard wasm in Node", e);
  }

  const run = (sets, adapter, kind) => {
    const m = new Map();
    for (const s of sets) {
      for (const a of s.articles) {
        const ref = refs.get(`${s.name}/${a.id}`);
        const { raw, mapped } = adapter(a.text, peers.refDate(ref));
        m.set(`${s.name}/${a.id}`, { raw: { [kind]: raw }, mapped: { [kind]: mapped } });
      }
    }
    return tallies(sets, m, [kind]);
  };
  if (nodePeers) {
    const { chrono, R } = nodePeers;
    acc.chrono_en = { en: run(EN_SETS, peers.chronoAdapter(chrono.en), "dates") };
    if (chrono.id) acc.chrono_id = { id: run(ID_SETS, peers.chronoAdapter(chrono.id), "dates") };
    acc.recognizers = {
      en: { ...run(EN_SETS, peers.recognizersNumberAdapter(R), "figures"), ...run(EN_SETS, peers.recognizersDateAdapter(R), "dates") },
    };
  }
  if (pyPeers) {
    const items = [];
    const keys = [];
    for (const s of ID_SETS) for (const a of s.articles) {
      keys.push(`${s.name}/${a.id}`);
      items.push({ text: a.text, ref: refs.get(`${s.name}/${a.id}`) });
    }
    const { version, results } = peers.dateparserGold(ROOT, items, ["id"], TMP);
    report.peers.versions = { ...report.peers.versions, dateparser: version };
    const m = new Map(keys.map((k, i) => [k, { raw: { dates: results[i].raw }, mapped: { dates: results[i].mapped } }]));
    acc.dateparser_id = { id: tallies(ID_SETS, m, ["dates"]) };
  }
}

// ---------------------------------------------------------------------------
// 1b. throughput

const distinct = {
  all: SETS.flatMap((s) => s.articles.map((a) => a.text)),
  id: ID_SETS.flatMap((s) => s.articles.map((a) => a.text)),
  en: EN_SETS.flatMap((s) => s.articles.map((a) => a.text)),
};
const CORPORA = {
  all: { from: "all", ...repeatTo(distinct.all, CFG.corpusBytes) },
  id: { from: "id", ...repeatTo(distinct.id, CFG.corpusBytes) },
  en: { from: "en", ...repeatTo(distinct.en, CFG.corpusBytes) },
  "en-small": { from: "en", ...repeatTo(distinct.en, CFG.smallBytes) },
};

/** Warm-up (passes over the distinct texts for at least 1 s), then whole passes over the corpus (≤ reps, ≤ budget). */
async function timePasses(fn, corpus) {
  const w0 = performance.now();
  do for (const t of distinct[corpus.from]) await fn(t);
  while (performance.now() - w0 < 1000);
  const secs = [];
  const start = performance.now();
  while (secs.length < CFG.reps) {
    const t0 = performance.now();
    for (const t of corpus.texts) await fn(t);
    secs.push((performance.now() - t0) / 1000);
    if ((performance.now() - start) / 1000 > CFG.budgetS) break;
  }
  return { seconds: secs.map((s) => round(s, 4)), mb_s: corpus.bytes / median(secs) / MB };
}

function nativeStartup() {
  const tiny = join(TMP, "tiny.txt");
  writeFileSync(tiny, "Jakarta - Sekitar 2.500 pasukan tiba Kamis (13/1).\n");
  runCli(["extract", tiny]);
  const s = [];
  for (let i = 0; i < 15; i++) s.push(runCli(["extract", tiny]));
  return median(s);
}

function nativePasses(corpus, name, startup) {
  const dir = join(TMP, `corpus-${name}`);
  mkdirSync(dir, { recursive: true });
  const files = corpus.texts.map((t, i) => {
    const f = `${String(i).padStart(5, "0")}.txt`;
    writeFileSync(join(dir, f), t);
    return f;
  });
  runCli(["extract", ...files.slice(0, distinct[corpus.from].length)], dir); // warm the page cache and the binary
  const secs = [];
  for (let i = 0; i < CFG.reps; i++) secs.push(runCli(["extract", ...files], dir));
  const net = Math.max(median(secs) - startup, 1e-6);
  return { seconds: secs.map((s) => round(s, 4)), startup_s: round(startup, 4), mb_s: corpus.bytes / net / MB };
}

async function throughput() {
  const tp = report.throughput;
  tp.corpora = Object.fromEntries(
    Object.entries(CORPORA).map(([k, c]) => [k, { texts: c.texts.length, copies: c.copies, bytes: c.bytes, distinct_texts: distinct[c.from].length }]),
  );
  tp.runs = {};
  const put = (tool, corpus, r) => ((tp.runs[tool] ??= {})[corpus] = { ...r, mb_s: sig(r.mb_s) });

  const startup = nativeStartup();
  tp.native_startup_s = round(startup, 4);
  for (const name of Object.keys(CORPORA)) put("factcard-native", name, nativePasses(CORPORA[name], name, startup));
  log("   native done");

  const fc = await factcardNode();
  for (const name of Object.keys(CORPORA)) put("factcard-node", name, await timePasses((t) => fc.extract(t), CORPORA[name]));
  log("   node done");

  if (nodePeers) {
    const { chrono, R } = nodePeers;
    const ref = peers.refDate("2022-01-13");
    put("chrono-en", "en", await timePasses((t) => chrono.en.parse(t, ref), CORPORA.en));
    if (chrono.id) put("chrono-id", "id", await timePasses((t) => chrono.id.parse(t, ref), CORPORA.id));
    put("recognizers-number", "en", await timePasses((t) => R.recognizeNumber(t, R.Culture.English), CORPORA.en));
    put("recognizers-datetime", "en-small", await timePasses((t) => R.recognizeDateTime(t, R.Culture.English, false, ref), CORPORA["en-small"]));
    put(
      "recognizers-number+datetime",
      "en-small",
      await timePasses((t) => {
        R.recognizeNumber(t, R.Culture.English);
        R.recognizeDateTime(t, R.Culture.English, false, ref);
      }, CORPORA["en-small"]),
    );
    log("   node peers done");
  }
  if (pyPeers) {
    const r = peers.dateparserSpeed(
      ROOT,
      { languages: ["id"], ref: "2022-01-13", warmup: distinct.id, corpus: CORPORA.id.texts, maxReps: CFG.reps, budgetS: CFG.budgetS },
      TMP,
    );
    put("dateparser-id", "id", { seconds: r.seconds.map((s) => round(s, 4)), mb_s: r.bytes / median(r.seconds) / MB });
    log("   dateparser done");
  }
}

// ---------------------------------------------------------------------------
// 2. size

async function size() {
  // what a page that shows a card downloads: the element's script, glue and wasm
  const files = ["js/factcard.js", "pkg/factcard_card_bg.wasm"];
  const rows = files.map((f) => {
    const raw = readFileSync(join(ROOT, f));
    return {
      file: f,
      bytes: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, {
        params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: raw.length, [zc.BROTLI_PARAM_LGWIN]: 24 },
      }).length,
    };
  });
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  report.size = { files: rows, total: { bytes: sum("bytes"), gzip: sum("gzip"), brotli: sum("brotli") }, budget_gzip: 64 * KiB };
  report.size.over_budget_gzip = report.size.total.gzip - report.size.budget_gzip;
  // for reference: the JS API's module, fetched only when a page calls extract/buildCard/renderHtml
  report.size.api_module = ["pkg/factcard_wasm.js", "pkg/factcard_wasm_bg.wasm"].map((file) => {
    const raw = readFileSync(join(ROOT, file));
    return { file, bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });

  // optional: where the wasm's bytes go, by crate (twiggy, on the module with names, before wasm-bindgen and wasm-opt)
  const twiggy = [process.env.TWIGGY, join(process.env.HOME ?? "", ".cargo/bin/twiggy"), "twiggy"].find((p) => p && (p === "twiggy" || existsSync(p)));
  // the module scripts/build.sh ships: the nightly -Z build-std build when there is one (newest wins)
  // (scripts/build.sh keeps the element's module, with its names, as target/*/factcard_card.wasm)
  const candidates = ["target/shipped/factcard_card.wasm", "target/factcard_card.wasm"]
    .map((p) => join(ROOT, p))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const named = candidates[0] ?? join(ROOT, "target/shipped/factcard_card.wasm");
  if (!twiggy || !existsSync(named)) {
    report.size.by_crate = { skipped: !existsSync(named) ? "target/shipped/factcard_card.wasm missing (run npm run build)" : "twiggy not installed" };
    return;
  }
  // Closest to what ships, with names: scripts/build.sh's wasm-bindgen and wasm-opt steps, but keeping the
  // name section (-g). Falls back to the module before wasm-bindgen (which still carries wasm-bindgen's describe functions).
  let module = named;
  let moduleNote = "before wasm-bindgen and wasm-opt (it still has wasm-bindgen's describe functions): shares, not shipped bytes";
  const tw = join(TMP, "twiggy");
  const bindgen = [join(process.env.HOME ?? "", ".cargo/bin/wasm-bindgen"), "wasm-bindgen"].find((p) => p === "wasm-bindgen" || existsSync(p));
  const b = spawnSync(bindgen, ["--target", "web", "--out-dir", tw, "--out-name", "factcard_wasm", named], { encoding: "utf8" });
  if (b.status === 0) {
    const o = spawnSync(
      "npx",
      ["--no-install", "wasm-opt", "-O2", "--converge", "-g", "--strip-producers", "--skip-pass=inlining", "--skip-pass=inlining-optimizing",
        "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
        join(tw, "factcard_wasm_bg.wasm"), "-o", join(tw, "named.wasm")],
      { cwd: ROOT, encoding: "utf8" },
    );
    if (o.status === 0) {
      module = join(tw, "named.wasm");
      moduleNote = "the build's wasm-bindgen and wasm-opt -O2 steps re-run keeping the name section (-g), so the code and data are those that ship";
    }
  }
  const r = spawnSync(twiggy, ["top", "-n", "1000000", "-f", "json", module], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) {
    report.size.by_crate = { skipped: `twiggy failed: ${(r.stderr || r.error?.message || "").slice(0, 200)}` };
    return;
  }
  const groups = new Map();
  let custom = 0;
  for (const { name, shallow_size: n } of JSON.parse(r.stdout)) {
    if (/^custom section|subsection$|^"/.test(name)) {
      custom += n; // names, wasm-bindgen's schema, producers: not shipped (wasm-bindgen and wasm-opt remove them)
      continue;
    }
    groups.set(crateOf(name), (groups.get(crateOf(name)) ?? 0) + n);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  report.size.by_crate = {
    module: (module === named ? "" : "after wasm-bindgen + wasm-opt -O2 -g: ") + named.slice(ROOT.length),
    note: `${moduleNote}; generic code is counted where its path starts (core::iter::… instantiated by factcard counts as core); raw bytes, not gzip`,
    counted_bytes: total,
    custom_sections_excluded: custom,
    groups: [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, bytes, share: round(bytes / total, 4) })),
  };
}

function crateOf(name) {
  if (/^data segment|^data\[/.test(name)) return "data (static tables, strings)";
  if (/^(table|elem|type|import|export|global|memory|func\[|code\[|start)/.test(name) || /^(elem|table|type)\[/.test(name)) return "wasm sections (types, imports, exports, tables)";
  let n = name.replace(/\[[0-9a-f]{8,}\]/g, "").replace(/^<+/, "").replace(/^(&|\*const |\*mut |dyn )+/, "");
  const path = n.split(/::|<| as |>/)[0].trim();
  if (path === "factcard") {
    const m = n.match(/^factcard::([a-z_0-9]+)/);
    return m ? `factcard::${m[1]}` : "factcard";
  }
  if (!path || /^[A-Z]/.test(path) || path.startsWith("{")) return "other (shims, closures)";
  return path;
}

// ---------------------------------------------------------------------------
// 3–5. the browser: extract() throughput, time to first card, long tasks, memory

async function browserBench() {
  const { chromium } = await import("playwright-core");
  const { serve } = await import("../scripts/serve.mjs");
  const site = join(TMP, "site");
  mkdirSync(join(site, "data"), { recursive: true });
  cpSync(join(ROOT, "www/pkg"), join(site, "pkg"), { recursive: true });
  cpSync(join(ROOT, "bench/page"), site, { recursive: true });

  // bundles of 5, 100 and 1,000 articles: the fixture articles in turn (as `factcard bundle` makes them), each with a unique id
  const base = join(TMP, "base-bundle.json");
  const paths = SETS.flatMap((s) => s.articles.map((a) => a.path));
  const r = spawnSync(CLI, ["bundle", ...paths, "-o", base], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`factcard bundle: ${r.stderr}`);
  const articles = JSON.parse(readFileSync(base, "utf8")).articles;
  const bundleBytes = {};
  for (const n of [5, 100, 1000]) {
    const list = Array.from({ length: n }, (_, i) => ({ ...articles[i % articles.length], id: `${articles[i % articles.length].id}-${i + 1}` }));
    const json = JSON.stringify({ version: 1, articles: list });
    writeFileSync(join(site, "data", `b${n}.json`), json);
    bundleBytes[n] = Buffer.byteLength(json);
  }
  for (const [name, c] of Object.entries(CORPORA)) writeFileSync(join(site, "data", `corpus-${name}.json`), JSON.stringify(c.texts));
  for (const [name, texts] of Object.entries(distinct)) writeFileSync(join(site, "data", `distinct-${name}.json`), JSON.stringify(texts));

  const server = await serve({ root: site, port: 0, quiet: true });
  const browser = await chromium.launch({
    executablePath: [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && existsSync(p)),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  report.machine.chromium = browser.version();
  const fresh = async () => {
    const context = await browser.newContext(); // a new context: empty HTTP cache
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector("html[data-bench-ready]");
    return { context, page, errors };
  };
  try {
    // extract() throughput in the page
    {
      const { context, page } = await fresh();
      for (const name of Object.keys(CORPORA)) {
        const res = await page.evaluate(
          ([c, w, reps, budget]) => window.bench.throughput(c, w, reps, budget),
          [`data/corpus-${name}.json`, `data/distinct-${CORPORA[name].from}.json`, CFG.reps, CFG.budgetS * 1000],
        );
        (report.throughput.runs ??= {})["factcard-chromium"] ??= {};
        report.throughput.runs["factcard-chromium"][name] = {
          seconds: res.ms.map((ms) => round(ms / 1000, 4)),
          mb_s: sig(CORPORA[name].bytes / (res.median / 1000) / MB),
        };
      }
      await context.close();
      log("   chromium throughput done");
    }
    // time to first card, long tasks, memory through the element
    for (const n of [5, 100, 1000]) {
      const runs = [];
      for (let i = 0; i < CFG.ttfcRuns[n]; i++) {
        const { context, page, errors } = await fresh();
        const res = await page.evaluate((src) => window.bench.firstCard(src), `data/b${n}.json`);
        if (res.state !== "ready") problem(`first card (${n} articles)`, `state ${res.state}: ${res.reason}`);
        if (errors.length) problem(`first card (${n} articles)`, errors.join("; "));
        runs.push(res);
        await context.close();
      }
      report.first_card[n] = {
        bundle_bytes: bundleBytes[n],
        runs_ms: runs.map((x) => round(x.ms, 1)),
        median_ms: round(median(runs.map((x) => x.ms)), 1),
        facts: runs[0]?.facts ?? null,
      };
      report.long_tasks[n] = {
        per_run_count: runs.map((x) => (x.longtasks ? x.longtasks.length : null)),
        per_run_longest_ms: runs.map((x) => (x.longtasks?.length ? round(Math.max(...x.longtasks), 0) : 0)),
        per_run_total_ms: runs.map((x) => round((x.longtasks ?? []).reduce((a, b) => a + b, 0), 0)),
        median_count: median(runs.map((x) => x.longtasks?.length ?? 0)),
        longest_ms: round(Math.max(0, ...runs.flatMap((x) => x.longtasks ?? [])), 0),
        after_ready: runs.map((x) => x.longtasksAfterReady),
      };
      report.memory[`element_${n}`] = { bundle_bytes: bundleBytes[n], wasm_memory_bytes: Math.max(...runs.map((x) => x.memoryBytes)) };
      log(`   first card, ${n} articles: median ${report.first_card[n].median_ms} ms`);
    }
    // memory through buildCard(bundle object), as the brief describes it
    {
      const { context, page } = await fresh();
      const res = await page.evaluate((src) => window.bench.memoryBuildCard(src), "data/b1000.json");
      report.memory.buildCard_1000 = { bundle_bytes: bundleBytes[1000], initial_bytes: res.initial, after_bytes: res.afterBuildCard };
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------
// 6. the CLI at scale

function cliScale() {
  const dir = join(TMP, "cli-scale");
  mkdirSync(dir);
  const all = SETS.flatMap((s) => s.articles);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < CFG.cliFiles; i++) {
    const a = all[i % all.length];
    const f = `${String(i).padStart(5, "0")}_${a.id}.txt`;
    writeFileSync(join(dir, f), a.text);
    bytes += Buffer.byteLength(a.text);
    files.push(f);
  }
  runCli(["extract", ...files.slice(0, 100)], dir);
  const byThreads = {};
  for (const threads of [1, 2]) {
    const secs = [];
    for (let i = 0; i < CFG.cliReps; i++) {
      secs.push(runCli(["extract", "-o", join(TMP, "scale-out.json"), ...files], dir, { RAYON_NUM_THREADS: String(threads) }));
    }
    const s = median(secs);
    byThreads[threads] = { seconds: secs.map((x) => round(x, 3)), files_per_s: round(files.length / s, 0), mb_s: sig(bytes / s / MB) };
  }
  report.cli_scale = {
    files: files.length,
    bytes,
    threads: byThreads,
    files_per_s: byThreads[2].files_per_s,
    speedup_2_threads: round(byThreads[2].files_per_s / byThreads[1].files_per_s, 2),
    note: "one process, one bundle of all the files; articles are parsed on RAYON_NUM_THREADS threads (rayon), then resolved and written on one",
  };
}

// ---------------------------------------------------------------------------
// 7. adversarial inputs: time and memory must grow linearly with the input

/** Peak RSS (KiB) and wall seconds of one CLI run, via /usr/bin/time when there is one. */
function measuredRun(args, cwd) {
  if (!existsSync("/usr/bin/time")) return { seconds: runCli(args, cwd), rss_kib: null };
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", CLI, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], timeout: 120_000 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`factcard ${args.join(" ")}: exit ${r.status} ${r.signal ?? ""} ${String(r.stderr).slice(0, 200)}`);
  const rss = Number(String(r.stderr).trim().split("\n").pop());
  return { seconds, rss_kib: Number.isFinite(rss) ? rss : null };
}

function adversarial() {
  const dir = join(TMP, "adversarial");
  mkdirSync(dir);
  const prose = SETS.flatMap((s) => s.articles.map((a) => a.text)).join(" ").replace(/\s+/g, " ");
  const mixed = "Москва 2.500 солдат, القاهرة ١٬٢٠٠ شخص, 東京 3,000人, Jakarta 1,8 juta orang, Kamis (13/1) ";
  const GENERATORS = {
    "digits": (n) => "9".repeat(n),
    "weekdays": (n) => "Rabu ".repeat(Math.ceil(n / 5)),
    "nested brackets": (n) => "(".repeat(n >> 1) + ")".repeat(n >> 1),
    "one long line of prose": (n) => prose.repeat(Math.ceil(n / prose.length)),
    "zero-width and combining": (n) => "\u200b\u0301".repeat(Math.ceil(n / 5)),
    "mixed scripts": (n) => mixed.repeat(Math.ceil(n / Buffer.byteLength(mixed))),
    "figures everywhere": (n) => "sekitar 2.500 pasukan, ".repeat(Math.ceil(n / 23)),
  };
  const sizes = QUICK ? [10_000, 100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000];
  const startup = nativeStartup();
  const rows = [];
  for (const [name, make] of Object.entries(GENERATORS)) {
    const row = { input: name, runs: [] };
    for (const n of sizes) {
      const file = join(dir, `${name.replace(/\W+/g, "-")}-${n}.txt`);
      const text = make(n);
      writeFileSync(file, text);
      const bytes = Buffer.byteLength(text);
      try {
        const reps = n >= 10_000_000 ? 1 : 3;
        const runs = Array.from({ length: reps }, () => measuredRun(["extract", "-o", join(dir, "out.json"), file], dir));
        const seconds = median(runs.map((r) => r.seconds));
        const net = Math.max(seconds - startup, 1e-4);
        row.runs.push({ bytes, seconds: round(seconds, 4), mb_s: sig(bytes / net / MB), rss_mib: runs[0].rss_kib ? round(runs[0].rss_kib / 1024, 1) : null });
      } catch (e) {
        row.runs.push({ bytes, failed: String(e.message ?? e).slice(0, 200) });
        problem(`adversarial ${name} ${n}`, e);
        break;
      }
    }
    const [a, b, c] = row.runs;
    const net = (r) => (r && !r.failed ? Math.max(r.seconds - startup, 1e-4) : null);
    row.ratio_10x = net(c) && net(b) ? round(net(c) / net(b), 1) : null;
    row.ratio_first = net(b) && net(a) ? round(net(b) / net(a), 1) : null;
    row.linear = row.ratio_10x == null ? null : row.ratio_10x <= 15;
    rows.push(row);
    log(`adversarial ${name}: ${row.runs.map((r) => r.failed ? "failed" : `${r.mb_s} MB/s`).join(", ")}; ×10 → ×${row.ratio_10x}`);
  }
  report.adversarial = { sizes, startup_s: round(startup, 4), rows };
}

// ---------------------------------------------------------------------------

await section("build", () => {
  report.build = ensureBuilt();
  const git = (...a) => spawnSync("git", a, { cwd: ROOT, encoding: "utf8" }).stdout?.trim() ?? "";
  report.build.commit = git("rev-parse", "--short", "HEAD") || null;
  report.build.dirty_src = git("status", "--porcelain", "--", "src", "js", "Cargo.toml", "Cargo.lock") !== "";
  report.build.wasm_built = statSync(join(ROOT, "pkg/factcard_wasm_bg.wasm")).mtime.toISOString();
  report.build.cli_built = statSync(CLI).mtime.toISOString();
});
await section("peers: npm", () => {
  const r = peers.ensureNodePeers(ROOT);
  nodePeers = peers.loadNodePeers(ROOT);
  report.peers.npm = { ok: true, installed_now: r.installed, install_seconds: round(r.seconds, 1), chrono_locales: Object.keys(nodePeers.chrono).filter((k) => /^[a-z]{2}$/.test(k)) };
  report.peers.versions = { ...report.peers.versions, ...nodePeers.versions };
});
await section("peers: PyPI", () => {
  const r = peers.ensurePyPeers(ROOT);
  pyPeers = true;
  report.peers.pypi = { ok: true, installed_now: r.installed, install_seconds: round(r.seconds, 1) };
});
await section("accuracy", accuracy);
await section("throughput", throughput);
await section("size", size);
await section("browser", browserBench);
await section("cli at scale", cliScale);
await section("adversarial", adversarial);
report.seconds.total = round((performance.now() - started) / 1000, 1);

const { renderMarkdown } = await import("./lib/report.mjs");
writeFileSync(join(ROOT, "bench/report.json"), JSON.stringify(report, null, 2) + "\n");
writeFileSync(join(ROOT, "bench/report.md"), renderMarkdown(report, peers.MAPPINGS));
log(`wrote bench/report.md and bench/report.json (${report.seconds.total} s${report.problems.length ? `; ${report.problems.length} problem(s), see the report` : ""})`);
