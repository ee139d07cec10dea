// Shared by the consumer tests: the package as npm publishes it (`npm pack`),
// installed into small real consumer projects (tests/consumers/<name>/), and
// a browser check of a served page.
//
// Installs are cached: each consumer's node_modules carries a stamp of its
// package.json, package-lock.json and the tarball's bytes; when none changed,
// nothing is installed again.
import { spawn } from "node:child_process";
import { before, after } from "node:test";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export { launch, watchErrors, cardState } from "../e2e/helpers.mjs";
export { serve } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CONSUMERS = fileURLToPath(new URL("./", import.meta.url));
/** The seed bundle (written by scripts/build.sh). */
export const SEED_BUNDLE = join(ROOT, "www", "bundle.json");

/** Runs a command; resolves to its output, rejects with the output on a non-zero exit. */
export function run(cmd, args, { cwd = ROOT, env = {}, allowFail = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 || allowFail) resolve({ code, out });
      else reject(new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${code}:\n${out.slice(-6000)}`));
    });
  });
}

const NPM_QUIET = ["--no-audit", "--no-fund", "--loglevel=error"];

/** `npm pack` of the repository into a fresh temp dir; returns the tarball's path. */
export async function packTarball() {
  for (const f of ["js/factcard.js", "pkg/factcard_card_bg.wasm", "pkg/factcard_wasm.js", "pkg/factcard_wasm_bg.wasm"]) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  const dest = mkdtempSync(join(tmpdir(), "factcard-pack-"));
  const { out } = await run("npm", ["pack", "--json", "--pack-destination", dest, ...NPM_QUIET]);
  const info = JSON.parse(out.slice(out.indexOf("[")));
  return { tarball: join(dest, info[0].filename), files: info[0].files.map((f) => f.path), dir: dest };
}

const hash = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p ?? "-");
  return h.digest("hex");
};

/**
 * Installs a consumer's pinned devDependencies (`npm ci` from its lock file)
 * and the packed tarball (`npm install --no-save`), unless its node_modules
 * was installed from the very same inputs. Returns true when it installed.
 */
export async function installConsumer(dir, tarball) {
  const read = (f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : null);
  const stampFile = join(dir, "node_modules", ".factcard-consumer-stamp");
  const stamp = hash(read("package.json"), read("package-lock.json"), readFileSync(tarball));
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(join(dir, "node_modules", "factcard"))) {
    return false;
  }
  const pkg = JSON.parse(read("package.json"));
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  if (Object.keys(deps).length > 0) {
    if (read("package-lock.json")) await run("npm", ["ci", ...NPM_QUIET], { cwd: dir });
    else await run("npm", ["install", ...NPM_QUIET], { cwd: dir });
  }
  await run("npm", ["install", "--no-save", "--no-package-lock", ...NPM_QUIET, tarball], { cwd: dir });
  writeFileSync(stampFile, stamp);
  return true;
}

/** The installed package's file under a consumer's node_modules/factcard/. */
export const installed = (dir, file) => join(dir, "node_modules", "factcard", file);

export function cleanup(path) {
  if (path) rmSync(path, { recursive: true, force: true });
}

/**
 * Opens `url` in a fresh page, waits for the first <fact-card> to be ready or
 * errored, and returns its state, its shadow text, the page's errors, the
 * wasm responses and all the URLs answered.
 */
export async function openCard(browser, url, { selector = "fact-card" } = {}) {
  const { watchErrors, cardState } = await import("../e2e/helpers.mjs");
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const wasm = [];
  const failed = [];
  const requests = [];
  page.on("response", (r) => {
    requests.push(r.url());
    if (r.url().endsWith(".wasm")) wasm.push({ url: r.url(), status: r.status(), type: r.headers()["content-type"] });
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  const card = await cardState(page, selector);
  return { page, card, errors, wasm, failed, requests };
}

/**
 * The packed tarball for a test file, and the server and browser it opens,
 * closed after it: `const use = usePack();` then `use.pack`, `use.server = …`,
 * `use.browser = …`.
 */
export function usePack() {
  const use = {};
  before(async () => {
    use.pack = await packTarball();
  });
  after(async () => {
    await use.browser?.close();
    await use.server?.close();
    cleanup(use.pack?.dir);
  });
  return use;
}
