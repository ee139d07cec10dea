// Gives a wasm-bindgen module's imports short names, in the wasm and in its
// glue alike: `node scripts/minify-imports.mjs pkg/NAME.js pkg/NAME_bg.wasm`.
//
// wasm-bindgen names every import `__wbg_<what>_<16 hex digits>` under the
// module `./NAME_bg.js`; in a module with ~50 imports those names and their
// keys in the glue are ~1.3 KB gzip that no compressor can shrink (the
// hashes). Here the import module becomes `a` and each import a base-36
// number, and the glue's import object gets the same keys. Like wasm-opt's
// --minify-imports-and-exports (emscripten), for wasm-bindgen's layout.
//
// With `--exports KEEP,...` the exports get short names too (`a`, `b`, …),
// all but those listed, and the glue's `wasm.NAME` uses with them: ~0.3 KB
// gzip of names like `__externref_table_dealloc` in a module this small.
// Only for a module whose export names nobody outside its glue uses (the
// element's; the JS API's keeps its names).
//
// Run after wasm-opt and before the glue is minified. Fails, changing
// nothing, if the glue is not laid out as expected.
import { readFileSync, writeFileSync } from "node:fs";
import { readU32, u32, name, readSections, writeSections } from "./wasm-sections.mjs";

const args = process.argv.slice(2);
let keepExports = null;
const flag = args.indexOf("--exports");
if (flag >= 0) {
  keepExports = new Set((args[flag + 1] ?? "").split(",").filter(Boolean));
  args.splice(flag, 2);
}
const [gluePath, wasmPath] = args;
if (!gluePath || !wasmPath) {
  console.error("usage: node scripts/minify-imports.mjs [--exports KEEP,...] GLUE.js MODULE_bg.wasm");
  process.exit(2);
}
const fail = (why) => {
  console.error(`minify-imports: ${why}; ${wasmPath} and ${gluePath} left as they are`);
  process.exit(1);
};

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");

const sections = readSections(wasm);
const imports = sections.find((s) => s.id === 2);
if (!imports) fail("no import section");

// the import section rewritten: module "a", names 0, 1, … z, 10, …
const renamed = new Map();
let moduleName = null;
const entries = [];
let [count, at] = readU32(imports.body, 0);
for (let i = 0; i < count; i++) {
  let len;
  [len, at] = readU32(imports.body, at);
  const mod = imports.body.subarray(at, at + len).toString();
  at += len;
  [len, at] = readU32(imports.body, at);
  const field = imports.body.subarray(at, at + len).toString();
  at += len;
  const descStart = at;
  const kind = imports.body[at++];
  if (kind === 0) [, at] = readU32(imports.body, at); // function: type index
  else if (kind === 1) { // table: reftype, limits
    at++;
    const flags = imports.body[at++];
    [, at] = readU32(imports.body, at);
    if (flags & 1) [, at] = readU32(imports.body, at);
  } else if (kind === 2) { // memory: limits
    const flags = imports.body[at++];
    [, at] = readU32(imports.body, at);
    if (flags & 1) [, at] = readU32(imports.body, at);
  } else if (kind === 3) at += 2; // global: valtype, mutability
  else fail(`unknown import kind ${kind}`);
  if (moduleName === null) moduleName = mod;
  if (mod !== moduleName) fail(`imports from two modules (${moduleName}, ${mod})`);
  const short = i.toString(36);
  renamed.set(field, short);
  entries.push(Buffer.concat([name("a"), name(short), imports.body.subarray(descStart, at)]));
}
imports.body = Buffer.concat([u32(count), ...entries]);

// the glue's import object: `NAME: function` keys and the module's key
for (const [field, short] of renamed) {
  const key = new RegExp(`(^|[\\s,{])${field.replace(/[$]/g, "\\$&")}(?=:\\s*function\\b)`, "gm");
  const hits = glue.match(key)?.length ?? 0;
  if (hits !== 1) fail(`the glue has ${hits} keys ${field} (expected 1)`);
  glue = glue.replace(key, `$1${JSON.stringify(short)}`);
}
const moduleKey = `${JSON.stringify(moduleName)}: import0`;
if (glue.split(moduleKey).length !== 2) fail(`the glue has no single ${moduleKey}`);
glue = glue.replace(moduleKey, `"a": import0`);

// the exports: every name not kept becomes a short identifier (a JS
// property name the minified glue can write as `wasm.a`)
let exportsRenamed = 0;
if (keepExports) {
  const exportSection = sections.find((s) => s.id === 7);
  if (!exportSection) fail("no export section");
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const shortName = (k) => (k < letters.length ? letters[k] : letters[k % letters.length] + Math.floor(k / letters.length).toString(36));
  const out = [];
  const names = [];
  let [n, at] = readU32(exportSection.body, 0);
  for (let i = 0; i < n; i++) {
    let len;
    [len, at] = readU32(exportSection.body, at);
    names.push(exportSection.body.subarray(at, at + len).toString());
    at += len;
    const descStart = at;
    at++; // kind
    [, at] = readU32(exportSection.body, at); // index
    out.push(exportSection.body.subarray(descStart, at));
  }
  for (const keep of keepExports) if (!names.includes(keep)) fail(`no export ${keep} to keep`);
  let next = 0;
  const entries = names.map((field, i) => {
    let short = field;
    if (!keepExports.has(field)) {
      do short = shortName(next++);
      while (names.includes(short));
      const use = new RegExp(`\\bwasm\\.${field.replace(/[$]/g, "\\$&")}\\b`, "g");
      glue = glue.replace(use, `wasm.${short}`);
      if (new RegExp(`\\b${field.replace(/[$]/g, "\\$&")}\\b`).test(glue.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""))) {
        fail(`the glue names export ${field} other than as wasm.${field}`);
      }
      exportsRenamed++;
    }
    return Buffer.concat([name(short), out[i]]);
  });
  exportSection.body = Buffer.concat([u32(n), ...entries]);
}

const out = writeSections(wasm, sections);
try {
  new WebAssembly.Module(out);
} catch (e) {
  fail(`the rewritten module does not compile (${e.message})`);
}
writeFileSync(wasmPath, out);
writeFileSync(gluePath, glue);
console.log(
  `minify-imports: ${renamed.size} imports${keepExports ? ` and ${exportsRenamed} exports` : ""} of ${wasmPath} renamed (${wasm.length} -> ${out.length} bytes)`,
);
