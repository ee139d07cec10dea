// The JS API's module (pkg/factcard_wasm_bg.wasm, built for speed: opt-level
// 3 and the language tables' lookup filters, feature "speed") finds what the
// native CLI finds: on every fixture text, extract(text) gives the figures,
// dates, title, language and date of `factcard extract FILE`, value for value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "./helpers.mjs";

function texts(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...texts(p));
    else if (name.endsWith(".txt") && !name.startsWith("SOURCES")) out.push(p);
  }
  return out;
}

test("the API's extract() in Node gives the CLI's figures and dates on every fixture", async () => {
  const factcard = await import("../../js/factcard.js");
  await factcard.init(readFileSync(ROOT + "pkg/factcard_wasm_bg.wasm"));
  const files = texts(join(ROOT, "tests/fixtures"));
  assert.ok(files.length > 300, `fixture texts: ${files.length}`);
  let figures = 0;
  for (const file of files) {
    const cli = spawnSync(join(ROOT, "target/release/factcard"), ["extract", file], { encoding: "utf8" });
    assert.equal(cli.status, 0, `factcard extract ${file}: ${cli.stderr}`);
    const native = JSON.parse(cli.stdout).articles[0];
    const wasm = (await factcard.extract(readFileSync(file, "utf8"))).articles[0];
    for (const key of ["lang", "title", "date", "figures", "dates"]) {
      assert.deepEqual(wasm[key], native[key], `${file}: ${key}`);
    }
    figures += native.figures.length;
  }
  assert.ok(figures > 3000, `figures compared: ${figures}`);
});
