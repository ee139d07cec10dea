// Drops wasm-bindgen's closure shims from a module that passes no closures
// to JS: `node scripts/drop-closure-shims.mjs MODULE_bg.wasm` (on
// wasm-bindgen's output, which still has its function names, before
// wasm-opt).
//
// wasm-bindgen 0.2.130 links a describe function for every import of js-sys
// and web-sys; those of methods taking a closure (`Array::for_each`,
// `Promise::new`, typed arrays' `sort`, …) take the address of an `invoke`
// shim, which puts the shim in the wasm's function table. The CLI deletes
// the describe functions but keeps the table as it is, so ~45 shims that
// nothing can call (the table is not exported, and only JS calls a shim)
// stay in the module: 1.9 KB of code. Here their table slots are pointed at
// the module's `__factcardTrap` export (a trap, should one ever be called;
// the slots stay, so no table index changes), and wasm-opt then removes the
// shims as unreferenced.
//
// Refuses, changing nothing, if the module exports a function table (JS
// could then call what is in it), has no function names, or its element
// section is not the plain kind rustc emits.
import { readFileSync, writeFileSync } from "node:fs";
import { readU32, u32, readName, readSections, writeSections } from "./wasm-sections.mjs";

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error("usage: node scripts/drop-closure-shims.mjs MODULE_bg.wasm");
  process.exit(2);
}
const fail = (why) => {
  console.error(`drop-closure-shims: ${why}; ${wasmPath} left as it is`);
  process.exit(1);
};
// the shims, by their (demangled) names in the name section
// (legacy or v0 mangling, demangled: the crate may carry a hash, `js_sys[1a2b…]::`)
const SHIM = /^(wasm_bindgen(\[[0-9a-f]+\])?::convert::closures::|js_sys(\[[0-9a-f]+\])?::futures::)/;
const TRAP = "__factcardTrap";

const wasm = readFileSync(wasmPath);

const sections = readSections(wasm);

// the exports: a function to point the slots at, and no function table
const exportSection = sections.find((s) => s.id === 7);
if (!exportSection) fail("no export section");
let trapIndex = null;
const exportedTables = [];
{
  let [n, at] = readU32(exportSection.body, 0);
  for (let i = 0; i < n; i++) {
    let name;
    [name, at] = readName(exportSection.body, at);
    const kind = exportSection.body[at++];
    let index;
    [index, at] = readU32(exportSection.body, at);
    if (kind === 0 && name === TRAP) trapIndex = index;
    if (kind === 1) exportedTables.push(index);
  }
}
if (trapIndex === null) fail(`no exported function ${TRAP}`);
// table types: funcref (0x70) or externref (0x6f); imported tables come first
{
  const importSection = sections.find((s) => s.id === 2);
  const tableTypes = [];
  if (importSection) {
    let [n, at] = readU32(importSection.body, 0);
    for (let i = 0; i < n; i++) {
      [, at] = readName(importSection.body, at);
      [, at] = readName(importSection.body, at);
      const kind = importSection.body[at++];
      if (kind === 0) [, at] = readU32(importSection.body, at);
      else if (kind === 1 || kind === 2) {
        if (kind === 1) tableTypes.push(importSection.body[at++]);
        const flags = importSection.body[at++];
        [, at] = readU32(importSection.body, at);
        if (flags & 1) [, at] = readU32(importSection.body, at);
      } else if (kind === 3) at += 2;
      else fail(`unknown import kind ${kind}`);
    }
  }
  const tableSection = sections.find((s) => s.id === 4);
  if (tableSection) {
    let [n, at] = readU32(tableSection.body, 0);
    for (let i = 0; i < n; i++) {
      tableTypes.push(tableSection.body[at++]);
      const flags = tableSection.body[at++];
      [, at] = readU32(tableSection.body, at);
      if (flags & 1) [, at] = readU32(tableSection.body, at);
    }
  }
  for (const t of exportedTables) {
    if (tableTypes[t] !== 0x6f) fail(`table ${t} is exported and holds functions (JS could call a shim)`);
  }
}

// function names
const names = new Map();
const nameSection = sections.find((s) => s.id === 0 && readName(s.body, 0)[0] === "name");
if (!nameSection) fail("no name section (build with names kept: strip only debug info)");
{
  let [, at] = readName(nameSection.body, 0);
  while (at < nameSection.body.length) {
    const sub = nameSection.body[at++];
    let size;
    [size, at] = readU32(nameSection.body, at);
    if (sub === 1) {
      let [n, p] = readU32(nameSection.body, at);
      for (let i = 0; i < n; i++) {
        let index;
        let name;
        [index, p] = readU32(nameSection.body, p);
        [name, p] = readName(nameSection.body, p);
        names.set(index, name);
      }
    }
    at += size;
  }
}
if (names.size === 0) fail("no function names");

// the element section: active segments of function indices (flags 0)
const elemSection = sections.find((s) => s.id === 9);
if (!elemSection) fail("no element section");
let dropped = 0;
{
  const body = elemSection.body;
  const out = [];
  let [n, at] = readU32(body, 0);
  out.push(u32(n));
  for (let s = 0; s < n; s++) {
    const start = at;
    let flags;
    [flags, at] = readU32(body, at);
    if (flags !== 0) fail(`element segment ${s} has flags ${flags} (expected 0)`);
    // offset: i32.const N end
    if (body[at] !== 0x41) fail(`element segment ${s} has an offset that is not i32.const`);
    [, at] = readU32(body, at + 1);
    if (body[at++] !== 0x0b) fail(`element segment ${s}: unexpected offset expression`);
    out.push(body.subarray(start, at));
    let count;
    [count, at] = readU32(body, at);
    out.push(u32(count));
    for (let i = 0; i < count; i++) {
      let f;
      [f, at] = readU32(body, at);
      if (SHIM.test(names.get(f) ?? "")) {
        f = trapIndex;
        dropped++;
      }
      out.push(u32(f));
    }
  }
  if (at !== body.length) fail("element section longer than its segments");
  elemSection.body = Buffer.concat(out);
}

const out = writeSections(wasm, sections);
try {
  new WebAssembly.Module(out);
} catch (e) {
  fail(`the rewritten module does not compile (${e.message})`);
}
writeFileSync(wasmPath, out);
console.log(`drop-closure-shims: ${dropped} table slots of ${wasmPath} pointed at ${TRAP}`);
