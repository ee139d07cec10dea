//! All browser glue (wasm32 only): with the `element` feature, what the
//! `<fact-card>` element (js/factcard.js) drives, `CardJob`; with the `api`
//! feature, the functions the JavaScript package exports (`extract`,
//! `buildCard`, `renderHtml`).
//!
//! Nothing else in the crate knows about the browser. This module:
//! - reads JS input (an article text, an array of articles, or a bundle
//!   object; for the element a bundle's JSON text, parsed by the browser's
//!   `JSON.parse`: no serde_json in the wasm) into validated articles;
//! - hands results back as plain JS objects (JSON-compatible: `null`, arrays,
//!   plain objects — never `Map`s);
//! - builds the card DOM from [`crate::render::Node`] with
//!   `createElement`/`createTextNode`/`setAttribute` only — never
//!   `innerHTML` — in steps the element calls one by one, so a big bundle
//!   never holds the main thread for long and any failure (a trap included)
//!   surfaces in the element's `catch` as the card's error state;
//! - styles the shadow root with a constructable stylesheet
//!   (`adoptedStyleSheets`), so the card works under a strict CSP without
//!   inline styles.
//!
//! The bundle itself is fetched by the element with the platform's `fetch`
//! (js/factcard.js): the same request in Rust (gloo-net with
//! wasm-bindgen-futures) cost 10.4 KB gzip of wasm and glue, a sixth of the
//! card's size budget (measured in the session that moved it).

use crate::bundle::BundleArticle;
use crate::calendar::Date;
use crate::card::CardOptions;
use crate::extract::ExtractOptions;
use crate::render::card_tree;
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

fn js_err(msg: impl AsRef<str>) -> JsError {
    JsError::new(msg.as_ref())
}

/// The reader's today, for years that no text gives.
fn today() -> Option<Date> {
    // (the local date from the time and the zone's offset: a Date's two
    // fields, not its year, month and day, three)
    let d = js_sys::Date::new_0();
    let local_ms = d.get_time() - d.get_timezone_offset() * 60_000.0;
    Some(Date::from_days((local_ms / 86_400_000.0).floor() as i64))
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string, which then never enters the wasm memory.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// In a debug build, panics are written to the console before the wasm
/// traps (the release build aborts at once, and the element shows the
/// error state).
fn on_panic() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

const INPUT_HELP: &str =
    "expected an article text, an array of articles {text, id?, file?, outlet?, url?, title?, published?, lang?}, or a bundle {version: 1, articles: [...]}";

// ---------------------------------------------------------------------------
// Reading JS objects. Done by hand with `Reflect` rather than serde: a serde
// deserializer (with its error formatting) would double the size of the wasm.

fn field(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn is_absent(v: &JsValue) -> bool {
    v.is_null_or_undefined()
}

/// An optional string field, into `into` when present (a present field of
/// another type is an error, which goes to `error` when it is the first
/// there): a reader of several fields checks once, at the end (no early
/// return, with its drops, per field). `into`'s old value is dropped here,
/// once, not at each reader's assignment (11 B gzip less in the wasm than
/// returning the field, measured).
fn string_field(obj: &JsValue, key: &str, what: &str, error: &mut Option<String>, into: &mut Option<String>) {
    let v = field(obj, key);
    if is_absent(&v) {
        return;
    }
    let s = v.as_string();
    if s.is_none() && error.is_none() {
        *error = Some(must_be(what, key, "a string"));
    }
    *into = s;
}

/// `article 3: "url" must be a string`.
fn must_be(what: &str, key: &str, kind: &str) -> String {
    crate::cat!(what, ": \"", key, "\" must be ", kind)
}

/// `article 3: missing "text"`.
fn missing(what: &str, key: &str) -> String {
    crate::cat!(what, ": missing \"", key, "\"")
}

fn opt_number(obj: &JsValue, key: &str, what: &str) -> Result<Option<f64>, String> {
    let v = field(obj, key);
    if is_absent(&v) {
        return Ok(None);
    }
    v.as_f64().filter(|n| n.is_finite()).map(Some).ok_or_else(|| must_be(what, key, "a number"))
}

fn object<'a>(v: &'a JsValue, what: &str) -> Result<&'a JsValue, String> {
    if v.is_object() && !Array::is_array(v) {
        Ok(v)
    } else {
        Err(crate::cat!(what, " must be an object"))
    }
}

// (the article is filled in place, field by field, see below)
#[allow(clippy::field_reassign_with_default)]
// (not inlined: CardJob::scan, its one caller in the element's wasm, by
// read_article, is smaller calling it)
#[inline(never)]
fn article_from_js(item: JsValue, index: usize) -> Result<BundleArticle, String> {
    // filled in place: smaller in the wasm than a struct literal, whose
    // every `?` drops the fields read before it
    let mut article = BundleArticle::default();
    if let Some(text) = item.as_string() {
        article.text = text;
        return Ok(article);
    }
    let what = crate::cat!("article ", index);
    let a = object(&item, &what).map_err(|_| crate::cat!(what, ": ", INPUT_HELP))?;
    // (the first field in error is the one told)
    let mut error = None;
    // (set when given, the empty default else: 26 B gzip less in the wasm
    // than `unwrap_or_default`, measured)
    // (`given` holds id, file and text in turn, each taken out of it)
    let mut given = None;
    string_field(a, "id", &what, &mut error, &mut given);
    if let Some(id) = given.take() {
        article.id = id;
    }
    string_field(a, "file", &what, &mut error, &mut given);
    if let Some(file) = given.take() {
        article.file = file;
    }
    string_field(a, "outlet", &what, &mut error, &mut article.outlet);
    string_field(a, "url", &what, &mut error, &mut article.url);
    string_field(a, "title", &what, &mut error, &mut article.title);
    string_field(a, "published", &what, &mut error, &mut article.published);
    string_field(a, "lang", &what, &mut error, &mut article.lang);
    string_field(a, "text", &what, &mut error, &mut given);
    let text = given;
    if let Some(e) = error {
        return Err(e);
    }
    article.text = text.ok_or_else(|| missing(&what, "text"))?;
    Ok(article)
}

/// The version and the article array of a parsed JSON bundle document.
fn bundle_parts(value: &JsValue) -> Result<(u32, Array), String> {
    if !value.is_object() || Array::is_array(value) {
        return Err("invalid bundle: expected a JSON object {\"version\": 1, \"articles\": [...]}".into());
    }
    let version = match opt_number(value, "version", "invalid bundle")? {
        Some(v) if v >= 0.0 && v.fract() == 0.0 && v <= f64::from(u32::MAX) => v as u32,
        Some(_) => return Err("invalid bundle: \"version\" must be a whole number".into()),
        None => return Err("invalid bundle: missing \"version\"".into()),
    };
    let articles = field(value, "articles");
    if !Array::is_array(&articles) {
        return Err("invalid bundle: \"articles\" must be an array".into());
    }
    Ok((version, articles.unchecked_into()))
}

// ---------------------------------------------------------------------------
// The JS API (`extract`, `buildCard`, `renderHtml`): only in the full module
// (feature `api`, pkg/factcard_wasm*), which js/factcard.js loads on the
// first API call. The element's module (pkg/factcard_card*) goes without
// it, so a page that only shows cards downloads less.

#[cfg(feature = "api")]
pub use api::*;

// format! for the API's error messages: this module is loaded only on an
// API call, outside the card's 64 KB budget (clippy.toml)
#[cfg(feature = "api")]
#[allow(clippy::disallowed_macros)]
mod api {
    use super::*;
    use crate::bundle::Bundle;
    use crate::card::{build_card, Card, Citation, Fact, FactValue, Source, TimelineEntry};
    use crate::extract::extract_bundle;
    use crate::render::to_html;
    use serde::Serialize;

    /// Serialises to plain JS values (objects, arrays, `null`), like JSON.
    fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, String> {
        value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| format!("cannot convert the result to JS: {e}"))
    }

    /// An optional string field; a present field of another type is an error.
    fn opt_string(obj: &JsValue, key: &str, what: &str) -> Result<Option<String>, String> {
        let (mut error, mut s) = (None, None);
        string_field(obj, key, what, &mut error, &mut s);
        error.map_or(Ok(s), Err)
    }

    fn string(obj: &JsValue, key: &str, what: &str) -> Result<String, String> {
        opt_string(obj, key, what)?.ok_or_else(|| missing(what, key))
    }

    fn count(obj: &JsValue, key: &str, what: &str) -> Result<usize, String> {
        match opt_number(obj, key, what)? {
            Some(n) if n >= 0.0 && n.fract() == 0.0 => Ok(n as usize),
            _ => Err(format!("{what}: \"{key}\" must be a whole number")),
        }
    }

    fn flag(obj: &JsValue, key: &str) -> bool {
        field(obj, key).as_bool().unwrap_or(false)
    }

    /// The items of an array field, each read by `item` with its path for
    /// errors (`card.facts[2]`). The iteration is not generic (one copy in the
    /// wasm); only the small `item` closures are.
    fn list<T>(obj: &JsValue, key: &str, what: &str, item: impl Fn(&JsValue, &str) -> Result<T, String>) -> Result<Vec<T>, String> {
        let items = array_field(obj, key, what)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            out.push(item(x, &format!("{what}.{key}[{i}]"))?);
        }
        Ok(out)
    }

    /// An array field's items (none when absent).
    fn array_field(obj: &JsValue, key: &str, what: &str) -> Result<Vec<JsValue>, String> {
        let v = field(obj, key);
        if is_absent(&v) {
            return Ok(Vec::new());
        }
        if !Array::is_array(&v) {
            return Err(format!("{what}: \"{key}\" must be an array"));
        }
        let arr: &Array = v.unchecked_ref();
        Ok((0..arr.length()).map(|i| arr.get(i)).collect())
    }

    fn strings(obj: &JsValue, key: &str, what: &str) -> Result<Vec<String>, String> {
        list(obj, key, what, |x, at| x.as_string().ok_or_else(|| format!("{at} must be a string")))
    }

    fn citation_from_js(v: &JsValue, what: &str) -> Result<Citation, String> {
        let c = object(v, what)?;
        Ok(Citation {
            article: string(c, "article", what)?,
            outlet: string(c, "outlet", what)?,
            sentence: string(c, "sentence", what)?.into(),
            text: string(c, "text", what)?,
            credits: strings(c, "credits", what)?,
            url: opt_string(c, "url", what)?,
        })
    }

    /// A card model as `buildCard` returns it (or as edited by the caller).
    fn card_from_js(v: &JsValue) -> Result<Card, String> {
        let card = object(v, "the card model")?;
        let what = "card";
        Ok(Card {
            lang: opt_string(card, "lang", what)?.unwrap_or_else(|| "id".into()),
            locale: opt_string(card, "locale", what)?.unwrap_or_default(),
            headline: opt_string(card, "headline", what)?.unwrap_or_default(),
            shown_facts: count(card, "shown_facts", what).unwrap_or(usize::MAX),
            facts: list(card, "facts", what, |v, what| {
                let f = object(v, what)?;
                Ok(Fact {
                    key: string(f, "key", what)?,
                    label: string(f, "label", what)?,
                    category: opt_string(f, "category", what)?.unwrap_or_default(),
                    values: list(f, "values", what, |v, what| {
                        let x = object(v, what)?;
                        Ok(FactValue {
                            display: string(x, "display", what)?,
                            value: opt_number(x, "value", what)?,
                            low: opt_number(x, "low", what)?,
                            high: opt_number(x, "high", what)?,
                            qualifier: opt_string(x, "qualifier", what)?.unwrap_or_default(),
                            status: crate::card::Status::from_name(&opt_string(x, "status", what)?.unwrap_or_default()),
                            reported: opt_string(x, "reported", what)?,
                            citations: list(x, "citations", what, citation_from_js)?,
                        })
                    })?,
                    sources: count(f, "sources", what)?,
                    agree: count(f, "agree", what)?,
                    differ: count(f, "differ", what)?,
                    origins: strings(f, "origins", what)?,
                })
            })?,
            timeline: list(card, "timeline", what, |v, what| {
                let t = object(v, what)?;
                Ok(TimelineEntry {
                    date: string(t, "date", what)?,
                    label: opt_string(t, "label", what)?.unwrap_or_default(),
                    flagged: flag(t, "flagged"),
                    written_date: opt_string(t, "written_date", what)?,
                    year_guessed: flag(t, "year_guessed"),
                    citations: list(t, "citations", what, citation_from_js)?,
                })
            })?,
            sources: list(card, "sources", what, |v, what| {
                let s = object(v, what)?;
                Ok(Source {
                    id: string(s, "id", what)?,
                    outlet: string(s, "outlet", what)?,
                    title: opt_string(s, "title", what)?,
                    url: opt_string(s, "url", what)?,
                    credits: strings(s, "credits", what)?,
                })
            })?,
        })
    }

    /// Any accepted input form as a validated bundle.
    fn bundle_from_input(input: &JsValue) -> Result<Bundle, String> {
        let bundle = if let Some(text) = input.as_string() {
            Bundle::new(vec![BundleArticle { text, ..Default::default() }])
        } else if Array::is_array(input) {
            let items: &Array = input.unchecked_ref();
            let articles = items.iter().enumerate().map(|(i, item)| article_from_js(item, i)).collect::<Result<_, _>>()?;
            Bundle::new(articles)
        } else if input.is_object() {
            bundle_from_js(input.clone())?
        } else {
            return Err(INPUT_HELP.to_string());
        };
        bundle.validate().map_err(|e| format!("invalid bundle: {e}"))
    }

    /// A parsed JSON bundle document (not yet validated).
    fn bundle_from_js(value: JsValue) -> Result<Bundle, String> {
        let (version, items) = bundle_parts(&value)?;
        let articles =
            items.iter().enumerate().map(|(i, item)| article_from_js(item, i).map_err(|e| format!("invalid bundle: {e}"))).collect::<Result<_, _>>()?;
        Ok(Bundle { version, articles })
    }

    fn card_options(options: &JsValue) -> Result<CardOptions, String> {
        let mut out = CardOptions { today: today(), ..CardOptions::default() };
        if options.is_undefined() || options.is_null() {
            return Ok(out);
        }
        if !options.is_object() {
            return Err("options must be an object like {maxFacts: 5}".into());
        }
        let max = Reflect::get(options, &JsValue::from_str("maxFacts")).unwrap_or(JsValue::UNDEFINED);
        if !max.is_undefined() && !max.is_null() {
            match max.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 1e6 => out.max_facts = n as usize,
                _ => return Err("options.maxFacts must be a non-negative integer".into()),
            }
        }
        let lang = Reflect::get(options, &JsValue::from_str("lang")).unwrap_or(JsValue::UNDEFINED);
        if !lang.is_undefined() && !lang.is_null() {
            out.lang = Some(lang.as_string().ok_or("options.lang must be a language code like \"id\" or \"en\"")?);
        }
        Ok(out)
    }

    /// Figure and date mentions of each article: `extract(input)` in JS.
    /// `input` is an article text, an array of articles, or a bundle object.
    #[wasm_bindgen]
    pub fn extract(input: JsValue) -> Result<JsValue, JsError> {
        on_panic();
        let bundle = bundle_from_input(&input).map_err(js_err)?;
        let options = ExtractOptions { today: today() };
        to_js(&extract_bundle(&bundle, options)).map_err(js_err)
    }

    /// The card model for the input: `buildCard(input, {maxFacts?})` in JS.
    #[wasm_bindgen(js_name = buildCard)]
    pub fn build_card_js(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
        on_panic();
        let options = card_options(&options).map_err(js_err)?;
        let bundle = bundle_from_input(&input).map_err(js_err)?;
        to_js(&build_card(&bundle, &options)).map_err(js_err)
    }

    /// A card model (as `buildCard` returns it) as escaped HTML: `renderHtml(model)` in JS.
    #[wasm_bindgen(js_name = renderHtml)]
    pub fn render_html(model: JsValue) -> Result<String, JsError> {
        on_panic();
        let card = card_from_js(&model).map_err(|e| js_err(format!("invalid card model: {e}")))?;
        Ok(to_html(&card_tree(&card)))
    }
}

// The element (the card module; not in the API's module, which a page loads
// only for an API call).
#[cfg(feature = "element")]
pub use element::*;

#[cfg(feature = "element")]
mod element {
    use super::*;
    use crate::bundle::{BundleError, Ids};
    use crate::card::Card;
    use crate::render::{Node, CARD_CSS};
    use wasm_bindgen::JsCast;
    use web_sys::{CssStyleSheet, Document, HtmlElement, ShadowRoot};

    /// `invalid bundle: ` and what is wrong with it.
    fn invalid_bundle(e: String) -> JsError {
        js_err(crate::cat!("invalid bundle: ", e))
    }

    /// What is wrong with a bundle, as [`invalid_bundle`].
    fn bundle_error(e: BundleError) -> JsError {
        invalid_bundle(e.message())
    }

    // ---------------------------------------------------------------------------
    // The card model as a plain JS object, for the element's `model` and its
    // factcard:ready event: written here as JSON text and parsed by the browser's
    // `JSON.parse`. Not through serde (serde-wasm-bindgen with the derived
    // serialisers cost the element's module 3.7 KB gzip), and not object by
    // object through `Reflect.set` either: a 1,000-article card has ~30,000
    // strings (the quoted sentences), and one string and one parse take a third
    // of the time of a call per field (measured: 121 -> 42 ms). Numbers are
    // written by JS's `String(n)`, as `JSON.stringify` writes them. The JS API's
    // `buildCard` still goes through serde, and a test (tests/web.rs) holds the
    // two to the same output.

    #[wasm_bindgen]
    extern "C" {
        /// `String(n)`: a finite number as JSON writes it.
        #[wasm_bindgen(js_name = String)]
        fn number_text(n: f64) -> String;
    }

    /// JSON text, written value by value; every value is followed by a comma,
    /// which closing a container (or the end of [`card_json`]) takes back. The
    /// text goes to JS in pieces of [`Json::PIECE`] bytes (`parts`), so the
    /// wasm's memory, which never shrinks, holds one piece and not the whole
    /// model (2.5 MB for 1,000 articles).
    struct Json(String, Array);

    impl Json {
        const PIECE: usize = 1 << 16;

        /// `"key":` (inlined: 14 B gzip less in the wasm, measured).
        #[inline(always)]
        fn key(&mut self, key: &str) -> &mut Json {
            self.0.push_str("\"");
            self.0.push_str(key);
            self.0.push_str("\":");
            self
        }

        fn open(&mut self, key: &str, bracket: &str) -> &mut Json {
            self.key(key).0.push_str(bracket);
            self
        }

        /// Takes back the comma after the last value, if there is one (ASCII:
        /// cut by length, with no backward char decoder in the wasm).
        fn uncomma(&mut self) {
            if self.0.as_bytes().last() == Some(&b',') {
                self.0.truncate(self.0.len() - 1);
            }
        }

        fn close(&mut self, bracket: &str) -> &mut Json {
            self.uncomma();
            self.0.push_str(bracket);
            self.0.push_str(",");
            self
        }

        /// A string value, escaped: runs without `"`, `\\` or a control
        /// character are copied whole (they end before an ASCII byte, so on a
        /// char boundary).
        fn string(&mut self, value: &str) -> &mut Json {
            // a long model goes to JS in pieces: cut before a value, never
            // between a value and the comma `close` takes back (a piece ending
            // `"Antara",` before a `]` in the next was invalid JSON)
            if self.0.len() > Json::PIECE {
                self.1.push(&JsValue::from_str(&self.0));
                self.0.clear();
            }
            self.0.push_str("\"");
            let mut from = 0;
            for (i, &b) in value.as_bytes().iter().enumerate() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    self.0.push_str(&value[from..i]);
                    // (as text: no `String::push` and its UTF-8 encoder in the wasm)
                    if b < 0x20 {
                        self.0.push_str(if b < 0x10 { "\\u000" } else { "\\u001" });
                        let h = usize::from(b & 15);
                        self.0.push_str(&"0123456789abcdef"[h..h + 1]);
                    } else {
                        self.0.push_str(if b == b'"' { "\\\"" } else { "\\\\" });
                    }
                    from = i + 1;
                }
            }
            self.0.push_str(&value[from..]);
            self.0.push_str("\",");
            self
        }

        fn text(&mut self, key: &str, value: &str) -> &mut Json {
            self.key(key).string(value)
        }

        fn opt_text(&mut self, key: &str, value: Option<&str>) -> &mut Json {
            match value {
                Some(v) => self.text(key, v),
                None => self.raw(key, "null"),
            }
        }

        fn raw(&mut self, key: &str, json: &str) -> &mut Json {
            self.key(key).0.push_str(json);
            self.0.push_str(",");
            self
        }

        fn count(&mut self, key: &str, value: usize) -> &mut Json {
            self.key(key);
            crate::text::push_decimal(value as u64, 1, &mut self.0);
            self.0.push_str(",");
            self
        }

        fn opt_number(&mut self, key: &str, value: Option<f64>) -> &mut Json {
            match value.filter(|v| v.is_finite()) {
                Some(v) => self.raw(key, &number_text(v)),
                None => self.raw(key, "null"),
            }
        }

        fn strings(&mut self, key: &str, items: &[String]) -> &mut Json {
            self.open(key, "[");
            for s in items {
                self.string(s);
            }
            self.close("]")
        }

        /// The objects of `items`, each written by `item` between its braces.
        fn objects<T>(&mut self, key: &str, items: &[T], item: impl Fn(&mut Json, &T)) -> &mut Json {
            self.open(key, "[");
            for x in items {
                self.0.push_str("{");
                item(self, x);
                self.close("}");
            }
            self.close("]")
        }
    }

    fn citation_json(json: &mut Json, c: &crate::card::Citation) {
        json.text("article", &c.article)
            .text("outlet", &c.outlet)
            .text("sentence", &c.sentence)
            .text("text", &c.text)
            .strings("credits", &c.credits)
            .opt_text("url", c.url.as_deref());
    }

    /// The card model as JSON text (a JS string): the fields and values
    /// `buildCard` returns.
    fn card_json(card: &Card) -> JsValue {
        let mut json = Json(String::from("{"), Array::new());
        json.text("lang", &card.lang)
            .text("locale", &card.locale)
            .text("headline", &card.headline)
            .count("shown_facts", card.shown_facts)
            .objects("facts", &card.facts, |json, f| {
                json.text("key", &f.key)
                    .text("label", &f.label)
                    .text("category", &f.category)
                    .objects("values", &f.values, |json, v| {
                        json.text("display", &v.display)
                            .opt_number("value", v.value)
                            .opt_number("low", v.low)
                            .opt_number("high", v.high)
                            .text("qualifier", &v.qualifier)
                            .text("status", v.status.as_str())
                            .opt_text("reported", v.reported.as_deref())
                            .objects("citations", &v.citations, citation_json);
                    })
                    .count("sources", f.sources)
                    .count("agree", f.agree)
                    .count("differ", f.differ)
                    .strings("origins", &f.origins);
            })
            .objects("timeline", &card.timeline, |json, t| {
                json.text("date", &t.date)
                    .text("label", &t.label)
                    .raw("flagged", if t.flagged { "true" } else { "false" })
                    .opt_text("written_date", t.written_date.as_deref())
                    .raw("year_guessed", if t.year_guessed { "true" } else { "false" })
                    .objects("citations", &t.citations, citation_json);
            })
            .objects("sources", &card.sources, |json, s| {
                json.text("id", &s.id)
                    .text("outlet", &s.outlet)
                    .opt_text("title", s.title.as_deref())
                    .opt_text("url", s.url.as_deref())
                    .strings("credits", &s.credits);
            })
            .close("}");
        json.uncomma(); // the comma after the whole
        json.1.push(&JsValue::from_str(&json.0));
        json.1.join("").into()
    }

    // ---------------------------------------------------------------------------
    // The element.

    thread_local! {
        /// One stylesheet shared by every card on the page.
        /// (set once: no borrow flags to keep)
        static SHEET: std::cell::OnceCell<CssStyleSheet> = const { std::cell::OnceCell::new() };
    }

    fn stylesheet() -> Result<CssStyleSheet, JsValue> {
        SHEET.with(|cell| {
            if let Some(sheet) = cell.get() {
                return Ok(sheet.clone());
            }
            let sheet = CssStyleSheet::new()?;
            sheet.replace_sync(CARD_CSS)?;
            let _ = cell.set(sheet.clone());
            Ok(sheet)
        })
    }

    /// The host's shadow root (attached if need be), with the card's sheet when
    /// `styled`.
    fn shadow_root(host: &HtmlElement, styled: bool) -> Result<ShadowRoot, JsValue> {
        let root = match host.shadow_root() {
            Some(root) => root,
            // the init object by JSON.parse: no glue for `new Object()` and the mode's enum
            None => host.attach_shadow(json_parse(&JsValue::from_str(r#"{"mode":"open"}"#))?.unchecked_ref())?,
        };
        if !styled {
            return Ok(root);
        }
        // The card's sheet joins the element's own (its loading and error
        // states, js/factcard.js), through Reflect: no inline <style>, so a CSP
        // without 'unsafe-inline' styles is fine.
        let key = JsValue::from_str("adoptedStyleSheets");
        let sheet: JsValue = stylesheet()?.into();
        // (pushed in place: the root's list is an ObservableArray in every
        // browser with light-dark(), which the sheet uses; no copy by
        // Array.from to set back)
        let sheets: Array = Reflect::get(&root, &key)?.unchecked_into();
        if !sheets.includes(&sheet, 0) {
            sheets.push(&sheet);
        }
        Ok(root)
    }

    /// Builds DOM for a render tree: elements, attributes and text nodes only.
    fn build_dom(doc: &Document, node: &Node) -> Result<web_sys::Node, JsValue> {
        let el = shell_of(doc, node)?;
        if let Node::Element { children, .. } = node {
            for child in children {
                el.append_child(&build_dom(doc, child)?)?;
            }
        }
        Ok(el)
    }

    /// How many nodes (a whole subtree) the DOM step builds in one piece.
    const OPEN_NODES: usize = 64;

    /// How many nodes `node`'s subtree holds, itself included.
    fn nodes_in(node: &Node) -> usize {
        match node {
            Node::Element { children, .. } => {
                let mut n = 1;
                for c in children {
                    n += nodes_in(c);
                }
                n
            }
            Node::Text(_) => 1,
        }
    }

    /// A node of the tree without its children: a text node, or an element with
    /// its attributes (never an event handler, nor a URL that is not http(s)).
    fn shell_of(doc: &Document, node: &Node) -> Result<web_sys::Node, JsValue> {
        match node {
            Node::Text(text) => Ok(doc.create_text_node(text).into()),
            Node::Element { tag, attrs, .. } => {
                let el = doc.create_element(tag)?;
                for (name, value) in attrs {
                    if crate::text::starts_ci(name, "on")
                        || ((name.eq_ignore_ascii_case("href") || name.eq_ignore_ascii_case("src")) && crate::render::safe_url(value).is_none())
                    {
                        continue;
                    }
                    el.set_attribute(name, value)?;
                }
                Ok(el.into())
            }
        }
    }

    /// The node at `path` (child indices from the root).
    fn node_at<'a>(node: &'a Node, path: &[usize]) -> Option<&'a Node> {
        let mut n = node;
        for &i in path {
            n = match n {
                Node::Element { children, .. } => children.get(i)?,
                Node::Text(_) => return None,
            };
        }
        Some(n)
    }

    /// What a thrown JS value says: an error's message, or a thrown string.
    fn describe(e: &JsValue) -> String {
        let message = if e.is_object() { field(e, "message") } else { e.clone() };
        message.as_string().unwrap_or_else(|| "unexpected error".into())
    }

    /// A thrown JS value as an error, after `what` went wrong.
    fn thrown(what: &str, e: &JsValue) -> JsError {
        js_err(crate::cat!(what, describe(e)))
    }

    fn dom_error(e: JsValue) -> JsError {
        thrown("cannot show the card: ", &e)
    }

    /// The card options an element's attributes ask for: `max-facts`, and
    /// `lang` (the element's, else the page's) for the card's words and numbers.
    fn element_options(host: &HtmlElement) -> CardOptions {
        let mut options = CardOptions { today: today(), ..CardOptions::default() };
        if let Some(n) = host.get_attribute("max-facts").and_then(|v| crate::text::digits(crate::text::trim(&v))) {
            options.max_facts = n as usize;
        }
        // the element's own, else the nearest lang attribute's (an empty one is
        // none): `closest` starts at the element itself
        let lang = host.closest("[lang]").ok().flatten().and_then(|closest| closest.get_attribute("lang"));
        options.lang = lang.filter(|l| !l.is_empty());
        options
    }

    /// Article `next` of a bundle's array, read and admitted to the bundle.
    fn read_article(articles: &Array, ids: &mut Ids, next: usize) -> Result<BundleArticle, JsError> {
        let mut article = article_from_js(articles.get(next as u32), next).map_err(invalid_bundle)?;
        ids.admit(next, &mut article).map_err(bundle_error)?;
        Ok(article)
    }

    /// Where a [`CardJob`] is.
    enum Stage {
        /// Articles `next..` of the parsed bundle still to read and scan.
        Scanning { articles: Array, ids: Ids, next: usize, scanned: Vec<crate::extract::Pending> },
        /// Every article scanned: the dates are resolved across the bundle next,
        Resolving { scanned: Vec<crate::extract::Pending> },
        /// then the facts are lined up,
        Building { extraction: crate::extract::Extraction },
        /// and the card is made around them (timeline, headline, sources),
        Finishing { extraction: crate::extract::Extraction, facts: crate::card::CardFacts },
        /// which becomes a node tree.
        Laying { card: Card },
        /// The card is built and being turned into DOM, a piece at a time:
        /// `open` holds, outermost first, the elements made so far whose
        /// children are still coming (and the next child); `path`, the place in
        /// `tree` of each but the outermost (the innermost's path in `tree`);
        /// `started` once the card's root element is in the shadow root.
        Rendering { card: Card, tree: Node, started: bool, open: Vec<(web_sys::Node, usize)>, path: Vec<usize> },
        /// On screen.
        Shown { card: Card },
    }

    /// One `<fact-card>` load, done in steps that the element (js/factcard.js)
    /// calls one by one, giving the page the main thread back in between:
    /// `load(json)`, then `scan(ms)` until it returns true, then `render(ms)`
    /// until it returns true (the card is then in the shadow root), then
    /// `model()`. Every step is a plain synchronous call, so a failure — even a
    /// trap — reaches the element's `catch`, which shows the error state; a step
    /// never leaves the element without a card or an error.
    #[wasm_bindgen]
    pub struct CardJob {
        host: HtmlElement,
        options: CardOptions,
        stage: Option<Stage>,
    }

    #[wasm_bindgen]
    impl CardJob {
        /// A job for `host`; its options come from the host's attributes.
        #[wasm_bindgen(constructor)]
        pub fn new(host: HtmlElement) -> CardJob {
            on_panic();
            let options = element_options(&host);
            CardJob { host, options, stage: None }
        }

        /// Parses a JSON bundle (a JS string, by the browser's `JSON.parse`)
        /// and checks its version and article list; the articles are read as
        /// they are scanned.
        pub fn load(&mut self, json: &JsValue) -> Result<(), JsError> {
            let value = json_parse(json).map_err(|e| thrown("the bundle is not valid JSON: ", &e))?;
            let (version, articles) = bundle_parts(&value).map_err(js_err)?;
            let problem = if version != crate::bundle::VERSION {
                Some(BundleError::UnsupportedVersion(version))
            } else if articles.length() == 0 {
                Some(BundleError::NoArticles)
            } else {
                None
            };
            if let Some(e) = problem {
                return Err(bundle_error(e));
            }
            let scanned = Vec::with_capacity(articles.length() as usize);
            self.stage = Some(Stage::Scanning { articles, ids: Ids::default(), next: 0, scanned });
            Ok(())
        }

        /// Reads and scans articles for about `budget_ms`, then, one step each,
        /// resolves the bundle's dates, builds the card and lays it out; true
        /// once the card is ready to render.
        pub fn scan(&mut self, budget_ms: f64) -> Result<bool, JsError> {
            let start = js_sys::Date::now();
            // (articles are scanned in place: the stage moves only when it
            // changes, or is dropped when an article is invalid)
            if let Some(Stage::Scanning { articles, ids, next, scanned }) = &mut self.stage {
                while *next < articles.length() as usize {
                    match read_article(articles, ids, *next) {
                        Ok(article) => scanned.push(crate::extract::scan_article(&article)),
                        Err(e) => {
                            self.stage = None;
                            return Err(e);
                        }
                    }
                    *next += 1;
                    if js_sys::Date::now() - start > budget_ms {
                        return Ok(false);
                    }
                }
            }
            // (the next stage, set in one place: 21 B gzip less in the wasm
            // than setting the rendering stage in its own arm, measured)
            let stage = match self.stage.take() {
                Some(Stage::Scanning { scanned, .. }) => Stage::Resolving { scanned },
                Some(Stage::Resolving { scanned }) => {
                    Stage::Building { extraction: crate::extract::resolve_bundle(scanned, ExtractOptions { today: self.options.today }) }
                }
                Some(Stage::Building { extraction }) => {
                    let facts = crate::card::card_facts(&extraction.articles, &self.options);
                    Stage::Finishing { extraction, facts }
                }
                Some(Stage::Finishing { extraction, facts }) => {
                    Stage::Laying { card: crate::card::card_with_facts(facts, &extraction.articles, &self.options) }
                }
                Some(Stage::Laying { card }) => {
                    let tree = card_tree(&card);
                    Stage::Rendering { card, tree, started: false, open: Vec::new(), path: Vec::new() }
                }
                other => {
                    self.stage = other;
                    return Err(js_err(OUT_OF_ORDER));
                }
            };
            let ready = matches!(stage, Stage::Rendering { .. });
            self.stage = Some(stage);
            Ok(ready)
        }

        /// Turns the card's sections into DOM for about `budget_ms`; true once
        /// the whole card is in the host's shadow root: its last child, still
        /// hidden, for the element to show in place of the rest.
        pub fn render(&mut self, budget_ms: f64) -> Result<bool, JsError> {
            let Some(Stage::Rendering { tree, started, open, path, .. }) = &mut self.stage else {
                return Err(js_err(OUT_OF_ORDER));
            };
            let doc = self.host.owner_document().ok_or_else(|| js_err("the element is not in a document"))?;
            match grow(&doc, &self.host, tree, started, open, path, budget_ms).map_err(dom_error)? {
                None => Err(js_err("the card tree changed")),
                Some(false) => Ok(false),
                Some(true) => {
                    if let Some(Stage::Rendering { card, .. }) = self.stage.take() {
                        self.stage = Some(Stage::Shown { card });
                    }
                    Ok(true)
                }
            }
        }

        /// The card model on screen, as a plain JS object (`card.model`).
        // (`&mut self`, though it only reads: every step then takes the job
        // by the one exclusive borrow of wasm-bindgen's glue, and the code of
        // its shared borrow leaves the wasm: 80 B gzip less, measured. No
        // step runs inside another, so the two borrows never differ.)
        pub fn model(&mut self) -> Result<JsValue, JsError> {
            match &self.stage {
                Some(Stage::Shown { card }) => json_parse(&card_json(card)).map_err(|e| thrown("", &e)),
                _ => Err(js_err(OUT_OF_ORDER)),
            }
        }
    }

    /// What a step called before the one it follows throws: load, scan
    /// until true, render until true, then model (one message for the three
    /// of them: the element's script calls them in order).
    const OUT_OF_ORDER: &str = "CardJob called out of order";

    /// The DOM work of [`CardJob::render`] (its DOM failures in one place):
    /// `Some(true)` once the card is whole, `Some(false)` when the time is up,
    /// `None` when the tree has no node where `path` says (it changed).
    fn grow(
        doc: &Document,
        host: &HtmlElement,
        tree: &Node,
        started: &mut bool,
        open: &mut Vec<(web_sys::Node, usize)>,
        path: &mut Vec<usize>,
        budget_ms: f64,
    ) -> Result<Option<bool>, JsValue> {
        if !*started {
            // The new card grows inside the shadow root, hidden, after what
            // is shown (the loading state, or the card before), which the
            // element removes once the card is whole: connecting a
            // 1,000-article card's nodes all at once at the end took 55–80 ms
            // of one task (measured); this way each slice connects its own.
            let el = shell_of(doc, tree)?;
            el.unchecked_ref::<web_sys::Element>().set_attribute("hidden", "")?;
            // (the card's sheet comes with the last step, when the element
            // swaps the card in: what is shown keeps its styles till then)
            shadow_root(host, false)?.append_child(&el)?;
            open.push((el, 0));
            *started = true;
        }
        let start = js_sys::Date::now();
        while let Some((parent, next)) = open.last_mut() {
            let Some(Node::Element { children, .. }) = node_at(tree, path) else { return Ok(None) };
            let Some(child) = children.get(*next) else {
                open.pop();
                path.pop();
                continue;
            };
            let at = *next;
            *next += 1;
            // a node of more than a few dozen nodes (the card, its sections,
            // their lists, a fact cited by hundreds of articles) is opened,
            // the others are built whole: a slice ends after at most that much
            let opens = nodes_in(child) > OPEN_NODES;
            let el = if opens { shell_of(doc, child) } else { build_dom(doc, child) }?;
            parent.append_child(&el)?;
            if opens {
                path.push(at);
                open.push((el, 0));
            }
            if !open.is_empty() && js_sys::Date::now() - start > budget_ms {
                return Ok(Some(false));
            }
        }
        shadow_root(host, true)?;
        Ok(Some(true))
    }
}

/// Traps at once, as a Rust panic does in the shipped wasm (panics abort).
/// For tests of what the element does when the wasm fails mid-card.
#[doc(hidden)]
#[wasm_bindgen(js_name = __factcardTrap)]
pub fn trap_for_tests() {
    std::process::abort();
}

/// The wasm's allocator: Talc, smaller than the default (dlmalloc).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
