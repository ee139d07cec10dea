// The gold scoring rule of tests/gold.rs, in JS, so every tool is scored the
// same way: a prediction matches the first unused gold item whose text
// contains it or is contained in it (case-insensitive, whitespace-folded) and
// whose value (figures) or date (dates) agrees; a prediction that matches no
// gold item but overlaps an optional text is neither rewarded nor penalised.

const norm = (s) => String(s ?? "").toLowerCase().split(/\s+/).filter(Boolean).join(" ");

export function overlaps(a, b) {
  const [x, y] = [norm(a), norm(b)];
  return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
}

const num = (v, k) => (typeof v?.[k] === "number" ? v[k] : undefined);

export function figureAgrees(pred, gold) {
  const g = num(gold, "value");
  if (g !== undefined) return num(pred, "value") === g;
  const [lo, hi] = [num(gold, "low"), num(gold, "high")];
  if (num(pred, "low") === lo && num(pred, "high") === hi) return true;
  const v = num(pred, "value");
  return v !== undefined && lo <= v && v <= hi;
}

export function dateAgrees(pred, gold) {
  const p = typeof pred?.date === "string" ? pred.date : undefined;
  return p !== undefined && [gold.date, ...(gold.alt ?? [])].includes(p);
}

export class Tally {
  tp = 0;
  pred = 0;
  gold = 0;
  add(o) {
    this.tp += o.tp;
    this.pred += o.pred;
    this.gold += o.gold;
    return this;
  }
  get precision() {
    return this.pred ? this.tp / this.pred : 0;
  }
  get recall() {
    return this.gold ? this.tp / this.gold : 0;
  }
  get f1() {
    const [p, r] = [this.precision, this.recall];
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  }
  toJSON() {
    return { tp: this.tp, pred: this.pred, gold: this.gold, precision: this.precision, recall: this.recall, f1: this.f1 };
  }
}

/** Scores the predictions of one article against its gold list (figures or dates). */
export function score(gold, preds, optional, agrees, tally) {
  const used = gold.map(() => false);
  for (const p of preds) {
    const i = gold.findIndex((g, j) => !used[j] && overlaps(p.text, g.text) && agrees(p, g));
    if (i >= 0) {
      used[i] = true;
      tally.tp += 1;
      tally.pred += 1;
    } else if (!optional.some((o) => overlaps(p.text, o))) {
      tally.pred += 1;
    }
  }
  tally.gold += gold.length;
  return tally;
}
