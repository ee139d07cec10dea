// The README's Node snippet: no init(), the wasm is read from the package on
// disk. Prints what it saw as JSON (tests/consumers/node.test.mjs checks it).
//   node check.mjs BUNDLE.json
import { readFile } from "node:fs/promises";
import { extract, buildCard, renderHtml } from "factcard";

const again = await import("factcard"); // importing twice is harmless
const extraction = await extract("CSTO mengirim sekitar 2.500 pasukan ke Kazakhstan pada Kamis (6/1/2022).");
const bundle = JSON.parse(await readFile(process.argv[2], "utf8"));
const card = await again.buildCard(bundle, { maxFacts: 3 });
const html = await renderHtml(card);
let badVersion;
try {
  await buildCard({ version: 9, articles: [{ text: "x" }] });
} catch (e) {
  badVersion = String(e.message ?? e);
}
console.log(
  JSON.stringify({
    resolved: import.meta.resolve("factcard"),
    figure: extraction.articles[0].figures[0],
    date: extraction.articles[0].dates[0]?.date,
    headline: card.headline,
    shown: card.shown_facts,
    facts: card.facts.map((f) => ({ key: f.key, values: f.values.map((v) => v.value) })),
    htmlStart: html.slice(0, 40),
    html2500: html.includes("2.500"),
    badVersion,
  }),
);
