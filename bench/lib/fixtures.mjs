// The fixture articles and their gold (tests/fixtures), grouped as tests/gold.rs
// groups them: seeds and event2 are one bundle each (one event, several
// outlets); id and en articles are unrelated, so each is its own bundle.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const SETS = [
  { name: "seeds", gold: "gold-seeds.json", oneBundle: true, lang: "id" },
  { name: "id", gold: "gold-id.json", oneBundle: false, lang: "id" },
  { name: "en", gold: "gold-en.json", oneBundle: false, lang: "en" },
  { name: "event2", gold: "gold-event2.json", oneBundle: true, lang: "id" },
];

/** [{name, lang, oneBundle, articles: [{file, path, id, text, gold: {figures, dates, optional}}]}] */
export function loadSets(root) {
  const fx = join(root, "tests/fixtures");
  return SETS.map((s) => {
    const gold = JSON.parse(readFileSync(join(fx, s.gold), "utf8")).articles;
    const articles = Object.keys(gold).map((file) => {
      const path = join(fx, s.name, file);
      const g = gold[file];
      return {
        file,
        path,
        id: file.replace(/\.txt$/, ""),
        text: readFileSync(path, "utf8"),
        gold: { figures: g.figures ?? [], dates: g.dates ?? [], optional: (g.optional ?? []).filter((o) => typeof o === "string") },
      };
    });
    return { ...s, articles };
  });
}

/** The bundles of a set as tests/gold.rs extracts them: arrays of articles. */
export const bundlesOf = (set) => (set.oneBundle ? [set.articles] : set.articles.map((a) => [a]));

export const utf8Bytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);

/** The texts repeated (whole passes, in order) until they reach at least `target` bytes. */
export function repeatTo(texts, target) {
  const one = utf8Bytes(texts);
  const copies = Math.max(1, Math.ceil(target / one));
  const out = [];
  for (let i = 0; i < copies; i++) out.push(...texts);
  return { texts: out, copies, bytes: one * copies };
}
