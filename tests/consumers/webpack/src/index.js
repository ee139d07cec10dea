// The README's npm snippet, as a webpack app would write it (src/index.js: webpack's default entry).
import "factcard"; // defines <fact-card>
import "factcard"; // importing twice is harmless
import { extract, buildCard, renderHtml } from "factcard";

document.addEventListener("factcard:ready", (e) => {
  document.body.dataset.facts = String(e.detail.facts.length);
});

const out = document.getElementById("api");
extract("CSTO mengirim sekitar 2.500 pasukan ke Kazakhstan.")
  .then(async (x) => {
    const model = await buildCard([{ id: "a", outlet: "Contoh", text: "Lebih dari 160 orang tewas dalam kerusuhan." }]);
    const html = await renderHtml(model);
    out.dataset.value = String(x.articles[0].figures[0].value);
    out.dataset.html = html.startsWith('<article class="factcard"') ? "ok" : html.slice(0, 40);
  })
  .catch((e) => {
    out.dataset.error = String(e);
  });
