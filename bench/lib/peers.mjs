// The peers factcard is compared with: installed on demand, pinned, into
// bench/.peers/ (gitignored), and adapted to the gold's {text, value} /
// {text, date} shape. Each adapter returns {raw, mapped}: raw is every result
// the tool gives that carries a number or a date; mapped applies the
// documented filter (see MAPPINGS), which is what the report's F1 uses.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const hash = (...files) => {
  const h = createHash("sha256");
  for (const f of files) h.update(readFileSync(f));
  return h.digest("hex");
};

/** npm peers: bench/peers/package.json + package-lock.json, `npm ci` into bench/.peers/node. */
export function ensureNodePeers(root) {
  const src = join(root, "bench/peers");
  const dir = join(root, "bench/.peers/node");
  const stamp = join(dir, ".stamp");
  const want = hash(join(src, "package.json"), join(src, "package-lock.json"));
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return { installed: false, seconds: 0 };
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(src, "package.json"), join(dir, "package.json"));
  copyFileSync(join(src, "package-lock.json"), join(dir, "package-lock.json"));
  console.log("== bench: installing npm peers (pinned) into bench/.peers/node");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`npm ci in bench/.peers/node failed (exit ${r.status})`);
  writeFileSync(stamp, want);
  return { installed: true, seconds: (performance.now() - t0) / 1000 };
}

/** PyPI peers: bench/peers/requirements.txt, `pip install --target bench/.peers/py`. */
export function ensurePyPeers(root) {
  const req = join(root, "bench/peers/requirements.txt");
  const dir = join(root, "bench/.peers/py");
  const stamp = join(dir, ".stamp");
  const want = hash(req);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return { installed: false, seconds: 0 };
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  console.log("== bench: installing PyPI peers (pinned) into bench/.peers/py");
  const r = spawnSync(
    "python3",
    ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--target", dir, "-r", req],
    { stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error(`pip install --target bench/.peers/py failed (exit ${r.status ?? r.error?.message})`);
  writeFileSync(stamp, want);
  return { installed: true, seconds: (performance.now() - t0) / 1000 };
}

export function loadNodePeers(root) {
  const require = createRequire(join(root, "bench/.peers/node/package.json"));
  const chrono = require("chrono-node");
  const R = require("@microsoft/recognizers-text-suite");
  const version = (name) => JSON.parse(readFileSync(join(root, "bench/.peers/node/node_modules", name, "package.json"), "utf8")).version;
  return {
    chrono,
    R,
    versions: { "chrono-node": version("chrono-node"), "@microsoft/recognizers-text-suite": version("@microsoft/recognizers-text-suite") },
  };
}

const pad = (n) => String(n).padStart(2, "0");
export const ymdLocal = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
export const refDate = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
};

export const MAPPINGS = {
  "chrono-node":
    "`chrono.<locale>.parse(text, ref)`; each result → `{text: result.text, date: result.start.date()` as local yyyy-mm-dd`}`. " +
    "Mapped keeps results that name a day (`start.isCertain('day')` or `isCertain('weekday')`) and drops relative times " +
    "(`within 15 minutes`, tag `result/relativeDateAndTime`); time-only and month-only results are dropped (factcard does not report them either).",
  "recognizers-number":
    "`recognizeNumber(text, Culture.English)`; each result → `{text: the text at [start, end], value: Number(resolution.value)}`. " +
    "Mapped drops the numbers inside a span that the suite's own `recognizeDateTime` resolves to a date, time or date/time range " +
    "(the `29` and `2018` of `October 29 2018`) — what a user of the suite would do; durations are kept (`15 minutes` is a figure).",
  "recognizers-datetime":
    "`recognizeDateTime(text, Culture.English, false, ref)`; results of type `datetimeV2.date`, `.datetime` and `.datetimerange` → " +
    "`{text, date}` with the first 10 characters of `value` (or `start`/`end` for ranges). When the resolution has two values " +
    "(an ambiguous year or weekday: past and future), mapped takes the latest one not after the reference date (news report the past); raw takes the first.",
  dateparser:
    "`search_dates(text, languages=[lang], settings={'RELATIVE_BASE': ref})`; each `(substring, datetime)` → `{text: substring, date: datetime.date()}`. " +
    "Mapped drops matches made only of digits, dots and commas (`6,9`, `62`, `2022`: magnitudes, counts, bare years and clock times, never a day); raw keeps all.",
};

export function chronoAdapter(locale) {
  return (text, ref) => {
    const raw = [];
    const mapped = [];
    for (const r of locale.parse(text, ref)) {
      const item = { text: r.text, date: ymdLocal(r.start.date()) };
      raw.push(item);
      const tags = typeof r.tags === "function" ? r.tags() : new Set();
      if ((r.start.isCertain("day") || r.start.isCertain("weekday")) && !tags.has("result/relativeDateAndTime")) mapped.push(item);
    }
    return { raw, mapped };
  };
}

const DATE_TYPES = new Set(["datetimeV2.date", "datetimeV2.datetime", "datetimeV2.datetimerange"]);

function recognizerDates(R, text, ref) {
  const refYmd = ymdLocal(ref);
  const raw = [];
  const mapped = [];
  const spans = [];
  for (const r of R.recognizeDateTime(text, R.Culture.English, false, ref)) {
    const values = r.resolution?.values ?? [];
    const types = values.map((v) => v.type);
    if (!types.some((t) => t === "duration" || t === "set")) spans.push([r.start, r.end]);
    const days = values.map((v) => v.value ?? v.start ?? v.end).filter((v) => typeof v === "string" && /^\d{4}-\d\d-\d\d/.test(v)).map((v) => v.slice(0, 10));
    if (!days.length) continue;
    const t = text.slice(r.start, r.end + 1);
    raw.push({ text: t, date: days[0] });
    if (!DATE_TYPES.has(r.typeName)) continue;
    const past = days.filter((d) => d <= refYmd);
    mapped.push({ text: t, date: days.length > 1 && past.length ? past[past.length - 1] : days[0] });
  }
  return { raw, mapped, spans };
}

export function recognizersNumberAdapter(R) {
  return (text, ref) => {
    const { spans } = recognizerDates(R, text, ref);
    const raw = [];
    const mapped = [];
    for (const r of R.recognizeNumber(text, R.Culture.English)) {
      const value = Number(r.resolution?.value);
      if (!Number.isFinite(value)) continue;
      const item = { text: text.slice(r.start, r.end + 1), value };
      raw.push(item);
      if (!spans.some(([s, e]) => s <= r.start && r.end <= e)) mapped.push(item);
    }
    return { raw, mapped };
  };
}

export function recognizersDateAdapter(R) {
  return (text, ref) => {
    const { raw, mapped } = recognizerDates(R, text, ref);
    return { raw, mapped };
  };
}

const ONLY_NUMBER = /^[\s\d.,]+$/;

/** Runs dateparser on [{text, ref}] (one Python process); → [{raw, mapped}] per item. */
export function dateparserGold(root, items, languages, tmp) {
  const job = join(tmp, "dateparser-gold.json");
  const out = join(tmp, "dateparser-gold.out.json");
  writeFileSync(job, JSON.stringify({ mode: "gold", languages, items }));
  const res = runPython(root, [job, out]);
  return {
    version: res.version,
    results: res.results.map((found) => {
      const raw = found.map(([text, date]) => ({ text, date }));
      return { raw, mapped: raw.filter((p) => !ONLY_NUMBER.test(p.text)) };
    }),
  };
}

/** Times dateparser over the corpus in-process; → {seconds: [...], bytes}. */
export function dateparserSpeed(root, { languages, ref, warmup, corpus, maxReps, budgetS }, tmp) {
  const job = join(tmp, "dateparser-speed.json");
  const out = join(tmp, "dateparser-speed.out.json");
  writeFileSync(job, JSON.stringify({ mode: "speed", languages, ref, warmup, corpus, max_reps: maxReps, budget_s: budgetS }));
  return runPython(root, [job, out]);
}

function runPython(root, [job, out]) {
  const r = spawnSync("python3", [join(root, "bench/peers/dateparser_run.py"), job, out], {
    env: { ...process.env, PYTHONPATH: join(root, "bench/.peers/py"), PYTHONDONTWRITEBYTECODE: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) throw new Error(`dateparser_run.py failed (exit ${r.status ?? r.error?.message})`);
  return JSON.parse(readFileSync(out, "utf8"));
}
