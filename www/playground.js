// The playground's live card: the textarea's articles become the inline
// bundle of <fact-card id="live">, rebuilt a moment after each edit. The card
// is put on the page with its first bundle already inside (an element with
// neither src nor bundle would show an error).
const SEED = "seed-articles.txt";
const area = document.getElementById("articles");
const status = document.getElementById("status");
const card = document.createElement("fact-card");
card.id = "live";
card.lang = "id";

/** Articles separated by a line holding only "---". */
function bundleOf(text) {
  const articles = text
    .split(/^\s*---\s*$/m)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i) => ({ id: `pasted-${i + 1}`, text: t }));
  return { version: 1, articles };
}

function render() {
  const bundle = bundleOf(area.value);
  if (!bundle.articles.length) {
    status.textContent = "Paste an article to see its card.";
    return;
  }
  let inline = card.querySelector('script[type="application/json"]');
  if (!inline) {
    inline = document.createElement("script");
    inline.type = "application/json";
    card.append(inline);
  }
  inline.textContent = JSON.stringify(bundle);
  status.textContent = `${bundle.articles.length} article${bundle.articles.length === 1 ? "" : "s"}`;
  if (card.isConnected) card.refresh?.();
  else document.getElementById("live-slot").replaceChildren(card); // connecting it loads it
}

let timer;
area.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(render, 250);
});

// Start from two of the seed articles so the card is never empty.
fetch(SEED)
  .then((r) => (r.ok ? r.text() : ""))
  .then((text) => {
    if (!area.value) area.value = text;
    customElements.whenDefined("fact-card").then(render);
  });
