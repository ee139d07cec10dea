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
// - the element's `import { CardJob } from "../pkg/factcard_card.js"` goes
//   (CardJob is then in scope), and so do the glue's
//   `__wbg_get_imports` and `__wbg_finalize_init`, which the element's own
//   loader (`initCardWasm`: one fetch of `new URL("../pkg/factcard_card_bg.wasm",
//   import.meta.url)`, which bundlers such as Vite and webpack emit) calls.
//   The glue's loader (`__wbg_init`: bytes, a module or a URL, in a current
//   and a deprecated argument style) is left unused, and the minifier drops
//   it: 0.35 KB gzip.
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
let glue = readFileSync(gluePath, "utf8");
glue = glue.replace(/^\/\* @ts-self-types=.*\*\/\n/, "");
glue = replaceOnce(glue, /^export \{ initSync, __wbg_init as default \};?\n?/m, "", "`export { initSync, __wbg_init as default }` line in the glue");
const exported = [...glue.matchAll(/^export (?:async )?(?:class|function) (\w+)/gm)].map((m) => m[1]);
if (!exported.includes("CardJob")) fail(`the glue exports no class CardJob (exports: ${exported.join(", ") || "none"})`);
glue = glue.replace(/^export ((?:async )?(?:class|function) )/gm, "$1");
if (/^export\b/m.test(glue)) fail("the glue has an export this script does not know");

let src = readFileSync(srcPath, "utf8");
src = replaceOnce(src, `import { CardJob } from "../pkg/${glueName}";\n`, "", `import of ../pkg/${glueName} in ${srcPath}`);
// the element's loader calls these two of the glue's
for (const name of ["__wbg_get_imports", "__wbg_finalize_init"]) {
  if (!new RegExp(`^function ${name}\\(`, "m").test(glue)) fail(`the glue declares no function ${name}`);
}
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
