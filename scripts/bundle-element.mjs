// Joins the element's script and the glue of its wasm into one ES module:
//   node scripts/bundle-element.mjs js/factcard.src.js pkg/factcard_card.js OUT.mjs
//
// js/factcard.src.js imports `../pkg/factcard_card.js` (wasm-bindgen's
// `--target web` glue for the element's module); a page would fetch the two
// one after the other. Joined, the page makes one request fewer on the way
// to the wasm, and the minifier sees both at once (shared names, one gzip
// stream): 0.45 KB gzip less than the two files minified apart. The build
// minifies OUT.mjs into js/factcard.js.
//
// What changes:
// - the glue's `export` keywords go (its exports become module-scope names)
//   and so does its `export { initSync, __wbg_init as default }` line;
// - its default wasm URL, `new URL('factcard_card_bg.wasm', import.meta.url)`,
//   becomes `../pkg/factcard_card_bg.wasm` (from js/, where the joined
//   module lives; the same file from pkg/ as well). Bundlers (Vite, webpack)
//   still see a `new URL(literal, import.meta.url)` and emit the wasm;
// - the element's `import initCardWasm, { CardJob } from "../pkg/factcard_card.js"`
//   becomes `const initCardWasm = __wbg_init;` (CardJob is then in scope).
// Fails, writing nothing, if either file is not laid out as expected, or if
// the two declare the same name (checked by parsing the result).
import { readFileSync, writeFileSync, mkdirSync, unlinkSync } from "node:fs";
import { dirname } from "node:path";
import { execFileSync } from "node:child_process";

const [srcPath, gluePath, outPath] = process.argv.slice(2);
if (!srcPath || !gluePath || !outPath) {
  console.error("usage: node scripts/bundle-element.mjs ELEMENT.src.js GLUE.js OUT.mjs");
  process.exit(2);
}
const fail = (why) => {
  console.error(`bundle-element: ${why}; nothing written`);
  process.exit(1);
};

/** `text` with the one occurrence of `find` replaced; fails on none or several. */
function replaceOnce(text, find, replacement, what) {
  const hits = typeof find === "string" ? text.split(find).length - 1 : [...text.matchAll(new RegExp(find, "gm"))].length;
  if (hits !== 1) fail(`expected one ${what}, found ${hits}`);
  return text.replace(find, replacement);
}

const glueName = gluePath.split("/").pop();
const wasmName = glueName.replace(/\.js$/, "_bg.wasm");
let glue = readFileSync(gluePath, "utf8");
glue = glue.replace(/^\/\* @ts-self-types=.*\*\/\n/, "");
glue = replaceOnce(glue, /^export \{ initSync, __wbg_init as default \};?\n?/m, "", "`export { initSync, __wbg_init as default }` line in the glue");
const exported = [...glue.matchAll(/^export (?:async )?(?:class|function) (\w+)/gm)].map((m) => m[1]);
if (!exported.includes("CardJob")) fail(`the glue exports no class CardJob (exports: ${exported.join(", ") || "none"})`);
glue = glue.replace(/^export ((?:async )?(?:class|function) )/gm, "$1");
if (/^export\b/m.test(glue)) fail("the glue has an export this script does not know");
glue = replaceOnce(
  glue,
  `new URL('${wasmName}', import.meta.url)`,
  `new URL('../pkg/${wasmName}', import.meta.url)`,
  `default wasm URL new URL('${wasmName}', import.meta.url) in the glue`,
);

let src = readFileSync(srcPath, "utf8");
src = replaceOnce(
  src,
  `import initCardWasm, { CardJob } from "../pkg/${glueName}";`,
  "const initCardWasm = __wbg_init;",
  `import of ../pkg/${glueName} in ${srcPath}`,
);
if (/^import\b/m.test(src)) fail(`${srcPath} has another static import; join it here or make it dynamic`);

const joined =
  `// ${gluePath}: wasm-bindgen's glue for the element's wasm (see scripts/bundle-element.mjs)\n${glue}\n` +
  `// ${srcPath}\n${src}`;
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, joined);
try {
  // an ES module parse: a name declared by both halves is a SyntaxError
  execFileSync(process.execPath, ["--check", outPath], { stdio: "pipe" });
} catch (e) {
  unlinkSync(outPath);
  fail(`the joined module does not parse:\n${e.stderr}`);
}
console.log(`bundle-element: ${srcPath} + ${gluePath} -> ${outPath}`);
