// The build's post-processing scripts refuse, changing nothing, when their
// input is not laid out as they expect (a new wasm-bindgen, say), instead of
// shipping a broken card; and on the real build output they did their work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

const run = (script, args) => spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], { encoding: "utf8" });

const GLUE = `/* @ts-self-types="./factcard_card.d.ts" */
export class CardJob { scan() { return wasm.cardjob_scan(); } }
let wasm;
function __wbg_get_imports() { return { cardjob_scan: () => 42 }; }
function __wbg_finalize_init(instance) { wasm = instance.exports; return wasm; }
async function __wbg_init(module_or_path) {
    if (module_or_path === undefined) {
        module_or_path = new URL('factcard_card_bg.wasm', import.meta.url);
    }
    return module_or_path;
}
function initSync() {}
export { initSync, __wbg_init as default };
`;
const SRC = `import { CardJob } from "../pkg/factcard_card.js";
const initCardWasm = async () => __wbg_finalize_init({ exports: __wbg_get_imports() });
export const start = () => initCardWasm().then(() => new CardJob());
`;

test("bundle-element joins the element and its glue into one module", async () => {
  const dir = mkdtempSync(join(tmpdir(), "factcard-bundle-"));
  try {
    writeFileSync(join(dir, "factcard_card.js"), GLUE);
    writeFileSync(join(dir, "factcard.src.js"), SRC);
    const out = join(dir, "out.mjs");
    const r = run("bundle-element.mjs", [join(dir, "factcard.src.js"), join(dir, "factcard_card.js"), out]);
    assert.equal(r.status, 0, r.stderr);
    const joined = readFileSync(out, "utf8");
    assert.doesNotMatch(joined, /^export class|^export \{ initSync|^import /m);
    execFileSync(process.execPath, ["--check", out]);
    // the element's loader runs on the glue's functions, in scope
    const { start } = await import(out);
    assert.equal((await start()).scan(), 42);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bundle-element refuses a glue or an element it does not know, writing nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "factcard-bundle-"));
  try {
    const cases = [
      // a glue without the export line
      [GLUE.replace("export { initSync, __wbg_init as default };", ""), SRC, /export \{ initSync, __wbg_init as default \}/],
      // a glue without a function the element's loader calls
      [GLUE.replace("function __wbg_finalize_init(", "function finalizeInit("), SRC, /no function __wbg_finalize_init/],
      // an element that declares a name the glue declares
      [GLUE, SRC + "let wasm;\n", /does not parse/],
      // an element that imports the glue differently
      [GLUE, SRC.replace("{ CardJob }", "* as glue"), /import of \.\.\/pkg\/factcard_card\.js/],
    ];
    for (const [glue, src, why] of cases) {
      writeFileSync(join(dir, "factcard_card.js"), glue);
      writeFileSync(join(dir, "factcard.src.js"), src);
      const out = join(dir, "out.mjs");
      const r = run("bundle-element.mjs", [join(dir, "factcard.src.js"), join(dir, "factcard_card.js"), out]);
      assert.equal(r.status, 1, `exit status for ${why}`);
      assert.match(r.stderr, why);
      assert.equal(existsSync(out), false, `nothing written for ${why}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("drop-closure-shims and minify-imports leave a module they cannot read as it was", () => {
  const shipped = join(ROOT, "pkg/factcard_card_bg.wasm");
  assert.ok(existsSync(shipped), "run npm run build first");
  const dir = mkdtempSync(join(tmpdir(), "factcard-shims-"));
  try {
    // the shipped module has no function names left: the shims cannot be told apart
    const wasm = join(dir, "m_bg.wasm");
    copyFileSync(shipped, wasm);
    const before = readFileSync(wasm);
    const r = run("drop-closure-shims.mjs", [wasm]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no name section/);
    assert.deepEqual(readFileSync(wasm), before);
    // its imports are already renamed: the glue's keys are not there to match
    const glue = join(dir, "m.js");
    writeFileSync(glue, GLUE);
    const m = run("minify-imports.mjs", [glue, wasm]);
    assert.equal(m.status, 1);
    assert.deepEqual(readFileSync(wasm), before);
    assert.equal(readFileSync(glue, "utf8"), GLUE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the shipped element's module has short export names but for the two the tests use", () => {
  const names = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(ROOT, "pkg/factcard_card_bg.wasm")))).map((e) => e.name);
  const long = names.filter((n) => n.length > 2);
  assert.deepEqual(long.sort(), ["__factcardTrap", "cardjob_scan"]);
});
