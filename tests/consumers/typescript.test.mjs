// TypeScript as a consumer: `tsc --noEmit --strict` on tests/consumers/typescript/consumer.ts
// (the element, its events, the JS API) against the .d.ts shipped in the
// packed tarball, with "Bundler" and "NodeNext" module resolution. The file's
// @ts-expect-error lines make `any` types fail the check too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONSUMERS, cleanup, installConsumer, installed, packTarball, run } from "./helpers.mjs";

const APP = join(CONSUMERS, "typescript");
let pack;

before(async () => {
  pack = await packTarball();
});

after(() => cleanup(pack?.dir));

test("the package's types entry is the shipped, hand-written js/factcard.d.ts", { timeout: 300_000 }, async (t) => {
  const fresh = await installConsumer(APP, pack.tarball);
  t.diagnostic(fresh ? "installed" : "node_modules up to date (cached)");
  const pkg = JSON.parse(readFileSync(installed(APP, "package.json"), "utf8"));
  assert.equal(pkg.types, "./js/factcard.d.ts");
  assert.equal(pkg.exports["."].types, "./js/factcard.d.ts");
  assert.equal(Object.keys(pkg.exports["."])[0], "types", "the types condition comes first");
  assert.ok(existsSync(installed(APP, "js/factcard.d.ts")));
  const dts = readFileSync(installed(APP, "js/factcard.d.ts"), "utf8");
  assert.match(dts, /"fact-card": FactCardElement/, "HTMLElementTagNameMap is augmented");
});

for (const config of ["tsconfig.json", "tsconfig.nodenext.json"]) {
  test(`tsc --noEmit --strict passes on the consumer (${config})`, { timeout: 120_000 }, async () => {
    const { code, out } = await run("npx", ["--no-install", "tsc", "-p", config, "--noEmit", "--strict"], { cwd: APP, allowFail: true });
    const errors = out.split("\n").filter((l) => /error TS\d+/.test(l));
    assert.deepEqual(errors, [], out);
    assert.equal(code, 0, out);
  });
}
