// A TypeScript consumer of factcard: the element, its events and the JS API,
// type-checked with `tsc --noEmit --strict` against the shipped .d.ts.
// Every @ts-expect-error below must be an error, so types that are `any`
// (or missing) fail the check too.
import "factcard";
import { buildCard, extract, init, ready, renderHtml } from "factcard";
import type { Card, Citation, Extraction, FactCardElement, FactCardState, FigureMention } from "factcard";

// The element: document.querySelector knows <fact-card>.
const el = document.querySelector("fact-card");
if (el) {
  const same: FactCardElement = el;
  const src: string = same.src;
  el.src = src || "bundle.json";
  el.addEventListener("factcard:ready", (e) => {
    const card: Card = e.detail;
    const counts: number[] = e.detail.facts.map((f) => f.sources);
    const first: number | null = e.detail.facts[0]?.values[0]?.value ?? null;
    const outlets: string[] = e.detail.facts.flatMap((f) => f.values).flatMap((v) => v.citations).map((c: Citation) => c.outlet);
    const dates: string[] = card.timeline.map((t) => t.written_date ?? t.date);
    console.log(counts, first, outlets, dates, card.sources.map((s) => s.title ?? s.id));
    // @ts-expect-error the ready event's detail is the card model, not an error
    console.log(e.detail.reason);
  });
  el.addEventListener("factcard:error", (e) => {
    const reason: string = e.detail.reason;
    console.log(reason);
    // @ts-expect-error the error event's detail has no facts
    console.log(e.detail.facts);
  });
  el.addEventListener("click", (e) => console.log(e.clientX)); // the usual events stay typed
  const state = el.dataset.state as FactCardState | undefined;
  console.log(state);
  void el.refresh().then((ok: boolean) => ok);
  const model: Card | null = el.model;
  console.log(model?.facts.length, model?.facts[0]?.origins.join(", "));
  // @ts-expect-error card.model is read-only
  el.model = null;
}

// The events bubble: typed on the document too.
document.addEventListener("factcard:ready", (e) => console.log(e.detail.headline.length));
const created = document.createElement("fact-card");
created.src = "bundle.json";
document.body.append(created);

// The JS API.
async function main(): Promise<void> {
  await ready();
  const wasm = await init();
  const now: Extraction = wasm.extract("sekitar 2.500 pasukan");
  const x = await extract([{ text: "CSTO mengirim sekitar 2.500 pasukan.", outlet: "Contoh" }]);
  const fig: FigureMention | undefined = x.articles[0]?.figures[0];
  const v: number | null | undefined = fig?.value;
  const q: string | undefined = fig?.qualifier;
  const card = await buildCard({ version: 1, articles: [{ id: "a", text: "Lebih dari 160 orang tewas." }] }, { maxFacts: 3 });
  const html: string = await renderHtml(card);
  console.log(now.articles.length, v, q, html.length, card.shown_facts);
  // @ts-expect-error maxFacts is a number
  await buildCard("teks", { maxFacts: "3" });
  // @ts-expect-error extract takes text, articles or a bundle
  await extract(42);
  // @ts-expect-error the card model has no such field
  console.log(card.nope);
  // @ts-expect-error renderHtml takes a card model
  await renderHtml("<p>");
}
void main();
