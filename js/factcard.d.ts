// Types of the factcard package (hand-written; they mirror the JSON the Rust
// core produces: src/card.rs for the card model, src/extract.rs,
// src/figures.rs and src/dates.rs for extraction).
//
//   import "factcard";                                   // defines <fact-card>
//   import { extract, buildCard, renderHtml, init } from "factcard";

// ---------------------------------------------------------------------------
// Input

/** One article of a bundle. Only `text` is required; `id` defaults to `article-N`. */
export interface ArticleInput {
  text: string;
  id?: string;
  /** A file name, for reference only. */
  file?: string;
  /** The outlet's name; when absent the text's own credit line or the id is used. */
  outlet?: string;
  /** Kept on citations only for `http:`/`https:` URLs. */
  url?: string;
  title?: string;
  /**
   * When the outlet published it: an ISO 8601 date (`2022-11-21`) or date-time
   * (`2022-11-21T19:28+07:00`); anything else is rejected. The article's own date:
   * its relative days, bare weekdays and year-less dates resolve against it, and
   * the card orders reports by it.
   */
  published?: string;
  /** The article's language (`id`, `en`); detected from the text when absent or unknown. */
  lang?: Lang;
}

/** A bundle: what `<fact-card src>` loads and what `factcard bundle` writes (JSON Schema: `factcard/bundle.schema.json`). */
export interface Bundle {
  /** The bundle format: 1 (other versions are rejected). */
  version: number;
  articles: ArticleInput[];
}

/** What extract() and buildCard() accept: one article text, a list of articles, or a bundle. */
export type Input = string | ArticleInput[] | Bundle;

export interface CardOptions {
  /** Most facts the card shows before "more" (default 5). */
  maxFacts?: number;
  /** The card's language (`id`, `en`): its words and number format. Default: that of most articles. */
  lang?: Lang;
}

// ---------------------------------------------------------------------------
// Shared vocabulary

/** Language of an article or a card. */
export type Lang = "id" | "en" | (string & {});

/** How a figure is qualified: `sekitar` (approx), `lebih dari` (more_than), `hampir` (almost)… */
export type Qualifier = "exact" | "approx" | "more_than" | "less_than" | "at_least" | "at_most" | "almost" | "up_to";

/** What a figure counts. */
export type Category = "people" | "money" | "percent" | "duration" | "distance" | "count";

// ---------------------------------------------------------------------------
// The card model: buildCard(), and the detail of `factcard:ready`

/** A card: the key facts across sources, a timeline of dates, and the sources. */
export interface Card {
  /** Language of the card's text (`id`, `en`): that of most articles. */
  lang: Lang;
  /** The locale asked for (BCP 47: `de`, `en-GB`), else `lang`. Numbers and dates are written in `lang`; a region orders English dates (`en-GB`: `13 January 2022`). */
  locale: string;
  headline: string;
  /** How many of `facts` the card shows before "more". */
  shown_facts: number;
  /** Key facts, ranked: most sources first. */
  facts: Fact[];
  timeline: TimelineEntry[];
  sources: Source[];
}

/** One fact (a count of something) as reported across the bundle. */
export interface Fact {
  /** Grouping key: counted concept and event (`troops`, `people/killed`). */
  key: string;
  /** What is counted, as the articles say it (`pasukan`). */
  label: string;
  category: Category | (string & {});
  /** The distinct values reported, the most-cited first. */
  values: FactValue[];
  /** Number of distinct articles that report this fact. */
  sources: number;
  /** Articles whose value agrees with, or is consistent with, the main value. */
  agree: number;
  /** Articles whose value conflicts with the main value. */
  differ: number;
  /** Independent origins among the agreeing articles (outlets repeating one wire report count once). */
  origins: string[];
}

/** One value of a fact and the articles that report it. */
export interface FactValue {
  /** How the value reads on the card (`≈ 2.500`, `> 2.000`, `11–19`). */
  display: string;
  /** The stated number; null for vague counts and ranges (then `low`/`high`). */
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | (string & {});
  /**
   * How the value stands to the fact's main value: `main` (the latest report's,
   * a stated revision first), `consistent` (compatible with it), `part` (a
   * part of what it counts, stated as such: its breakdown), `conflict`
   * (another source, same report date, cannot also hold), `earlier` (an earlier
   * report's value: an update, not a disagreement) or `other` (stated beside
   * the main value in the same article; the card cannot place it).
   */
  status: "main" | "consistent" | "part" | "conflict" | "earlier" | "other";
  /** When the value was reported (ISO date): the latest report date of the articles stating it. */
  reported: string | null;
  citations: Citation[];
}

/** Where a value or a date was read. */
export interface Citation {
  /** The article's id in the bundle. */
  article: string;
  /** The outlet: its name (from the bundle or the text), else its URL's host, else "Sumber N" / "Source N" (N: its number in `sources`). */
  outlet: string;
  /** The sentence quoted. */
  sentence: string;
  /** The exact text of the mention inside the sentence. */
  text: string;
  /** Wire agencies or outlets the article credits. */
  credits: string[];
  url: string | null;
}

/** A dated event of the timeline. */
export interface TimelineEntry {
  /** ISO `yyyy-mm-dd`. */
  date: string;
  /** A short phrase of what happened. */
  label: string;
  /** A source's weekday contradicts its date: the entry is at the reading on which the weekday is right. */
  flagged: boolean;
  /** With `flagged`: the date as the source wrote it, when the entry was moved to the reading that fits. */
  written_date: string | null;
  /** No source gives the year: it is read from a weekday or the reader's today, a guess the card says. */
  year_guessed: boolean;
  citations: Citation[];
}

/** An article of the bundle, as the card lists it. */
export interface Source {
  id: string;
  /** As in Citation.outlet. */
  outlet: string;
  title: string | null;
  url: string | null;
  credits: string[];
}

// ---------------------------------------------------------------------------
// Extraction: extract() (the same JSON as `factcard extract`)

export interface Extraction {
  articles: ArticleMentions[];
}

/** One article's figures and dates. */
export interface ArticleMentions {
  id: string;
  file: string;
  lang: Lang;
  title: string | null;
  outlet: string | null;
  url: string | null;
  credits: string[];
  /** True when `date` is the day the input says it was published (absent otherwise). */
  published?: boolean;
  /** The article's own date: the day it was published, else that of its dateline or first paragraph, ISO. */
  date: string | null;
  figures: FigureMention[];
  dates: DateMention[];
  /** Mentions not kept: an article keeps at most 5,000 figures and 5,000 dates (absent when none were skipped). */
  skipped_mentions?: number;
}

/** A figure: a number with what it counts. Offsets are UTF-8 byte offsets into the article text. */
export interface FigureMention {
  /** The exact text, from qualifier to counted noun (`sekitar 2.500 pasukan`). */
  text: string;
  /** The stated number (null for vague counts and ranges). */
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | (string & {});
  /** The counted noun as written, lower case (`pasukan`). */
  noun: string | null;
  /** The noun's concept shared across languages (`troops`). */
  concept: string | null;
  category: Category | (string & {});
  /** The event the figure is about (`killed`, `detained`, `deployed`…). */
  event: string | null;
  /** The event word as written (`tewas`). */
  event_word: string | null;
  start: number;
  end: number;
  sentence: string;
}

/** A date mention, resolved with the article's and the bundle's context. Offsets are UTF-8 byte offsets. */
export interface DateMention {
  text: string;
  /** ISO `yyyy-mm-dd` of the literal reading, when one could be made. */
  date: string | null;
  /** True when the year (or, for weekdays and relative words, the day) was inferred. */
  year_inferred: boolean;
  /** Where an inferred year or day came from (absent when nothing was inferred). */
  inferred_from?: "article" | "bundle" | "weekday" | "today";
  /** The text names a weekday that the date does not fall on. */
  weekday_mismatch: boolean;
  /** With a mismatch: a nearby reading on which the weekday is right. */
  suggested_date?: string;
  kind: "calendar" | "weekday" | "relative";
  start: number;
  end: number;
  sentence: string;
}

// ---------------------------------------------------------------------------
// The JS API

/** What init() accepts: in a browser nothing (the wasm next to the glue is fetched); in Node nothing or the wasm bytes. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** The instantiated wasm module (what init() and ready() resolve to). */
export interface FactcardWasm {
  extract(input: Input): Extraction;
  buildCard(input: Input, options?: CardOptions): Card;
  renderHtml(model: Card): string;
  /** One <fact-card> load in steps (what <fact-card> uses): load(json), scan(ms) until true, render(ms) until true, model(). */
  CardJob: {
    new (host: HTMLElement): {
      load(json: string): void;
      scan(budgetMs: number): boolean;
      render(budgetMs: number): boolean;
      model(): Card;
      free(): void;
    };
  };
}

/**
 * Loads and instantiates the API's wasm once (the element loads its own,
 * smaller module); later calls return the same promise.
 * In a browser or a bundler the default fetches `factcard_wasm_bg.wasm` next to
 * the glue (`new URL(…, import.meta.url)`); in Node the default reads it from
 * the package on disk. Pass bytes, a URL, a Response or a WebAssembly.Module
 * to load it from elsewhere.
 */
export function init(moduleOrPath?: InitInput | Promise<InitInput>): Promise<FactcardWasm>;

/** Resolves once the wasm is ready (starting the load if needed). */
export function ready(): Promise<FactcardWasm>;

/** Figure and date mentions of an article text, a list of articles, or a bundle. Rejects on invalid input. */
export function extract(input: Input): Promise<Extraction>;

/** The card model for the same inputs as extract(). Rejects on invalid input (e.g. an unsupported bundle version). */
export function buildCard(input: Input, options?: CardOptions): Promise<Card>;

/** A card model (from buildCard) as escaped static HTML (`<article class="factcard">…`). */
export function renderHtml(model: Card): Promise<string>;

// ---------------------------------------------------------------------------
// <fact-card src="bundle.json">

/** `data-state` of a <fact-card>. */
export type FactCardState = "loading" | "ready" | "error";

/** Detail of the `factcard:error` event. */
export interface FactCardErrorDetail {
  /** Why the card could not be shown (network, HTTP status, bad JSON, bad schema…); also shown in the card. */
  reason: string;
}

/** The events a <fact-card> fires (they bubble and cross shadow roots). */
export interface FactCardEventMap {
  /** The card rendered; detail: the card model. */
  "factcard:ready": CustomEvent<Card>;
  /** The card could not be rendered; it shows the reason instead. */
  "factcard:error": CustomEvent<FactCardErrorDetail>;
}

/**
 * `<fact-card src="bundle.json">`, or with the bundle inline:
 * `<fact-card><script type="application/json">{"version":1,"articles":[…]}</script></fact-card>`.
 *
 * Renders in an open shadow root and sets `data-state` to `loading`, `ready` or `error`.
 * Setting `src` (attribute or property) loads the card again.
 *
 * Attributes: `src` (bundle URL), `lang` (`id` | `en`: the card's words and number
 * format; default: the closest `lang` in the page, else the articles' language),
 * `max-facts` (facts shown before "more", default 5), `theme` (`light` | `dark`;
 * default: the page's `color-scheme` when it declares one, else the reader's preference), `timeout` (ms to wait for the bundle, default
 * 15000), `max-bytes` (largest bundle read, default 10485760). Changing `src`, `lang`
 * or `max-facts` renders again.
 *
 * Styling: CSS custom properties `--factcard-accent`, `--factcard-bg`, `--factcard-fg`,
 * `--factcard-muted`, `--factcard-line`, `--factcard-warn`, `--factcard-conflict`,
 * `--factcard-ok`, `--factcard-mark`, `--factcard-font`, `--factcard-radius`,
 * `--factcard-max-width`, `--factcard-min-height`; parts `card`, `header`, `headline`,
 * `facts`, `fact`, `value`, `cite`, `popover`, `timeline`, `flag`, `sources`, `state`.
 */
export interface FactCardElement extends HTMLElement {
  /** The bundle URL (the `src` attribute; "" when absent). */
  src: string;
  /** The card model on screen (read-only): the detail of the last `factcard:ready`, or null. */
  readonly model: Card | null;
  /** Loads (again) from `src` or the inline bundle. Resolves to true when the card rendered. */
  refresh(): Promise<boolean>;
  addEventListener<K extends keyof FactCardEventMap>(
    type: K,
    listener: (this: FactCardElement, ev: FactCardEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: FactCardElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof FactCardEventMap>(
    type: K,
    listener: (this: FactCardElement, ev: FactCardEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: FactCardElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "fact-card": FactCardElement;
  }
  // The events bubble and are composed: typed on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    "factcard:ready": CustomEvent<Card>;
    "factcard:error": CustomEvent<FactCardErrorDetail>;
  }
}
