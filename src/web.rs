//! All browser glue (wasm32 only): the functions the JavaScript package
//! exports (`extract`, `buildCard`, `renderHtml`) and `mount`, which the
//! `<fact-card>` element (js/factcard.js) calls to fill its shadow root.
//!
//! Nothing else in the crate knows about the browser. This module:
//! - turns JS input (an article text, an array of articles, or a bundle
//!   object) into a validated [`Bundle`];
//! - hands results back as plain JS objects (JSON-compatible: `null`, arrays,
//!   plain objects — never `Map`s);
//! - fetches the bundle (gloo-net), parses it with the browser's
//!   `JSON.parse` (no serde_json in the wasm), and builds the card DOM from
//!   [`crate::render::Node`] with `createElement`/`createTextNode`/
//!   `setAttribute` only — never `innerHTML`;
//! - styles the shadow root with a constructable stylesheet
//!   (`adoptedStyleSheets`), so the card works under a strict CSP without
//!   inline styles;
//! - reports every failure (network, HTTP status, bad JSON, bad schema) as a
//!   visible error state in the card plus a `factcard:error` event, never
//!   as a blank box or an uncaught exception.

use crate::bundle::{Bundle, BundleArticle};
use crate::calendar::Date;
use crate::card::{build_card, Card, CardOptions, Citation, Fact, FactValue, Source, TimelineEntry};
use crate::extract::{extract_bundle, ExtractOptions};
use crate::render::{card_tree, to_html, Node, CARD_CSS};
use js_sys::{Array, Object, Reflect, JSON};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, Document, Element, HtmlElement, ShadowRoot};

/// Styles of the element's own states (loading, error) and of the host box;
/// the card itself is styled by [`CARD_CSS`]. The loading state keeps the
/// same min-height as the page's `fact-card:not(:defined)` rule, so the
/// page does not jump while the wasm loads and the bundle is fetched.
const HOST_CSS: &str = ":host{display:block}:host([hidden]){display:none}\
.factcard-state{box-sizing:border-box;min-height:var(--factcard-min-height,12rem);padding:1rem 1.25rem;\
border:1px solid #d0d4da;border-radius:.5rem;font:0.95rem/1.4 system-ui,sans-serif;color:#444;background:#fafbfc}\
.factcard-loading{display:flex}.factcard-loading{align-items:flex-end;justify-content:flex-start;font-size:.8rem;color:#5b6572;background-image:linear-gradient(#e3e6ea,#e3e6ea),linear-gradient(#e3e6ea,#e3e6ea),linear-gradient(#e3e6ea,#e3e6ea),linear-gradient(#e3e6ea,#e3e6ea);background-size:30% .7rem,75% 1.3rem,45% 2.6rem,45% 2.6rem;background-position:1.25rem 1rem,1.25rem 2.1rem,1.25rem 4.2rem,calc(45% + 2.5rem) 4.2rem;background-repeat:no-repeat}\
.factcard-error{border-color:#d93025;background:#fdf1f0;color:#5f1a14}\
.factcard-error strong{display:block;margin-bottom:.35rem;color:#b3261e}\
.factcard-error p{margin:0;overflow-wrap:anywhere}";

fn js_err(msg: impl AsRef<str>) -> JsError {
    JsError::new(msg.as_ref())
}

/// Serialises to plain JS values (objects, arrays, `null`), like JSON.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, String> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| format!("cannot convert the result to JS: {e}"))
}

/// The reader's today, for years that no text gives.
fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

const INPUT_HELP: &str =
    "expected an article text, an array of articles {text, id?, file?, outlet?, url?, title?}, or a bundle {version: 1, articles: [...]}";

// ---------------------------------------------------------------------------
// Reading JS objects. Done by hand with `Reflect` rather than serde: a serde
// deserializer (with its error formatting) would double the size of the wasm.

fn field(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn is_absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

/// An optional string field; a present field of another type is an error.
fn opt_string(obj: &JsValue, key: &str, what: &str) -> Result<Option<String>, String> {
    let v = field(obj, key);
    if is_absent(&v) {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or_else(|| format!("{what}: \"{key}\" must be a string"))
}

fn string(obj: &JsValue, key: &str, what: &str) -> Result<String, String> {
    opt_string(obj, key, what)?.ok_or_else(|| format!("{what}: missing \"{key}\""))
}

fn opt_number(obj: &JsValue, key: &str, what: &str) -> Result<Option<f64>, String> {
    let v = field(obj, key);
    if is_absent(&v) {
        return Ok(None);
    }
    v.as_f64().filter(|n| n.is_finite()).map(Some).ok_or_else(|| format!("{what}: \"{key}\" must be a number"))
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

/// The items of an array field, each read by `item`.
fn list<T>(obj: &JsValue, key: &str, what: &str, item: impl Fn(&JsValue, &str) -> Result<T, String>) -> Result<Vec<T>, String> {
    let v = field(obj, key);
    if is_absent(&v) {
        return Ok(Vec::new());
    }
    if !Array::is_array(&v) {
        return Err(format!("{what}: \"{key}\" must be an array"));
    }
    let arr: &Array = v.unchecked_ref();
    arr.iter().enumerate().map(|(i, x)| item(&x, &format!("{what}.{key}[{i}]"))).collect()
}

fn strings(obj: &JsValue, key: &str, what: &str) -> Result<Vec<String>, String> {
    list(obj, key, what, |x, at| x.as_string().ok_or_else(|| format!("{at} must be a string")))
}

fn object<'a>(v: &'a JsValue, what: &str) -> Result<&'a JsValue, String> {
    if v.is_object() && !Array::is_array(v) {
        Ok(v)
    } else {
        Err(format!("{what} must be an object"))
    }
}

fn article_from_js(item: JsValue, index: usize) -> Result<BundleArticle, String> {
    if let Some(text) = item.as_string() {
        return Ok(BundleArticle { text, ..Default::default() });
    }
    let what = format!("article {index}");
    let a = object(&item, &what).map_err(|_| format!("{what}: {INPUT_HELP}"))?;
    Ok(BundleArticle {
        id: opt_string(a, "id", &what)?.unwrap_or_default(),
        file: opt_string(a, "file", &what)?.unwrap_or_default(),
        outlet: opt_string(a, "outlet", &what)?,
        url: opt_string(a, "url", &what)?,
        title: opt_string(a, "title", &what)?,
        text: string(a, "text", &what)?,
    })
}

fn citation_from_js(v: &JsValue, what: &str) -> Result<Citation, String> {
    let c = object(v, what)?;
    Ok(Citation {
        article: string(c, "article", what)?,
        outlet: string(c, "outlet", what)?,
        sentence: string(c, "sentence", what)?,
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
                        status: opt_string(x, "status", what)?.unwrap_or_default(),
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
                suggested_date: opt_string(t, "suggested_date", what)?,
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
    if !value.is_object() || Array::is_array(&value) {
        return Err("invalid bundle: expected a JSON object {\"version\": 1, \"articles\": [...]}".into());
    }
    let version = match opt_number(&value, "version", "invalid bundle")? {
        Some(v) if v >= 0.0 && v.fract() == 0.0 && v <= f64::from(u32::MAX) => v as u32,
        Some(_) => return Err("invalid bundle: \"version\" must be a whole number".into()),
        None => return Err("invalid bundle: missing \"version\"".into()),
    };
    let articles = field(&value, "articles");
    if !Array::is_array(&articles) {
        return Err("invalid bundle: \"articles\" must be an array".into());
    }
    let items: &Array = articles.unchecked_ref();
    let articles = items
        .iter()
        .enumerate()
        .map(|(i, item)| article_from_js(item, i).map_err(|e| format!("invalid bundle: {e}")))
        .collect::<Result<_, _>>()?;
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
    let bundle = bundle_from_input(&input).map_err(js_err)?;
    let options = ExtractOptions { today: today() };
    to_js(&extract_bundle(&bundle, options)).map_err(js_err)
}

/// The card model for the input: `buildCard(input, {maxFacts?})` in JS.
#[wasm_bindgen(js_name = buildCard)]
pub fn build_card_js(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = card_options(&options).map_err(js_err)?;
    let bundle = bundle_from_input(&input).map_err(js_err)?;
    to_js(&build_card(&bundle, &options)).map_err(js_err)
}

/// A card model (as `buildCard` returns it) as escaped HTML: `renderHtml(model)` in JS.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(model: JsValue) -> Result<String, JsError> {
    let card = card_from_js(&model).map_err(|e| js_err(format!("invalid card model: {e}")))?;
    Ok(to_html(&card_tree(&card)))
}

// ---------------------------------------------------------------------------
// The element.

thread_local! {
    /// One stylesheet shared by every card on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn stylesheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        let mut css = String::with_capacity(HOST_CSS.len() + CARD_CSS.len());
        css.push_str(HOST_CSS);
        css.push_str(CARD_CSS);
        sheet.replace_sync(&css)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    // `adoptedStyleSheets` through Reflect: no inline <style>, so a CSP
    // without 'unsafe-inline' styles is fine.
    Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &Array::of1(&stylesheet()?.into()))?;
    Ok(root)
}

/// Only plain links: a bundle's URL must not become `javascript:`.
fn safe_url(url: &str) -> bool {
    let u = url.trim_start().to_ascii_lowercase();
    match u.find(':') {
        Some(colon) if !u[..colon].contains(['/', '?', '#']) => {
            u.starts_with("https:") || u.starts_with("http:") || u.starts_with("mailto:")
        }
        _ => true,
    }
}

/// Builds DOM for a render tree: elements, attributes and text nodes only.
fn build_dom(doc: &Document, node: &Node) -> Result<web_sys::Node, JsValue> {
    match node {
        Node::Text(text) => Ok(doc.create_text_node(text).into()),
        Node::Element { tag, attrs, children } => {
            let el = doc.create_element(tag)?;
            for (name, value) in attrs {
                let lower = name.to_ascii_lowercase();
                if lower.starts_with("on") || ((lower == "href" || lower == "src") && !safe_url(value)) {
                    continue;
                }
                el.set_attribute(name, value)?;
            }
            for child in children {
                el.append_child(&build_dom(doc, child)?)?;
            }
            Ok(el.into())
        }
    }
}

/// [`build_dom`] for the card: its sections one by one, giving the main
/// thread back between them when a slice has run long. The card is put on
/// screen whole, by the caller. `None` when a newer load took over.
async fn build_card_dom(doc: &Document, node: &Node, host: &HtmlElement, generation: f64) -> Result<Option<web_sys::Node>, JsValue> {
    let Node::Element { tag, attrs, children } = node else { return build_dom(doc, node).map(Some) };
    let shell = build_dom(doc, &Node::Element { tag, attrs: attrs.clone(), children: Vec::new() })?;
    let mut slice_start = js_sys::Date::now();
    for child in children {
        shell.append_child(&build_dom(doc, child)?)?;
        if js_sys::Date::now() - slice_start > SLICE_MS {
            yield_to_browser().await;
            if !is_current(host, generation) {
                return Ok(None);
            }
            slice_start = js_sys::Date::now();
        }
    }
    Ok(Some(shell))
}

fn replace_content(root: &ShadowRoot, node: &web_sys::Node) -> Result<(), JsValue> {
    root.set_text_content(None);
    root.append_child(node)?;
    Ok(())
}

fn state_box(doc: &Document, class: &str) -> Result<Element, JsValue> {
    let el = doc.create_element("div")?;
    el.set_attribute("class", &format!("factcard-state {class}"))?;
    el.set_attribute("part", "state")?;
    Ok(el)
}

fn show_loading(doc: &Document, root: &ShadowRoot) -> Result<(), JsValue> {
    let el = state_box(doc, "factcard-loading")?;
    el.set_attribute("role", "status")?;
    el.set_attribute("aria-busy", "true")?;
    el.append_child(&doc.create_text_node("Loading fact card…"))?;
    replace_content(root, &el)
}

fn show_error(doc: &Document, root: &ShadowRoot, reason: &str) -> Result<(), JsValue> {
    let el = state_box(doc, "factcard-error")?;
    el.set_attribute("role", "alert")?;
    let title = doc.create_element("strong")?;
    title.append_child(&doc.create_text_node("Fact card unavailable"))?;
    let p = doc.create_element("p")?;
    p.set_attribute("class", "factcard-reason")?;
    p.append_child(&doc.create_text_node(reason))?;
    el.append_child(&title)?;
    el.append_child(&p)?;
    replace_content(root, &el)
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Why a mount failed, as the reader sees it.
struct Failure(String);

impl From<JsValue> for Failure {
    fn from(e: JsValue) -> Self {
        Failure(describe(&e))
    }
}

fn describe(e: &JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| "unexpected error".into())
}

/// How long a bundle may take to arrive before the card gives up (ms);
/// the element's `timeout` attribute overrides it.
const DEFAULT_TIMEOUT_MS: u32 = 15_000;
/// The largest bundle the card reads (bytes); `max-bytes` overrides it.
const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// What an element asks of its fetch: `timeout` and `max-bytes`.
struct FetchLimits {
    timeout_ms: u32,
    max_bytes: usize,
}

impl FetchLimits {
    fn of(host: &HtmlElement) -> FetchLimits {
        let number = |name: &str| host.get_attribute(name).and_then(|v| v.trim().parse::<u32>().ok()).filter(|&n| n > 0);
        FetchLimits {
            timeout_ms: number("timeout").unwrap_or(DEFAULT_TIMEOUT_MS),
            max_bytes: number("max-bytes").map_or(DEFAULT_MAX_BYTES, |n| n as usize),
        }
    }
}

fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// GETs the bundle at `src` (nothing else is ever requested or sent) and
/// returns its text: a clear [`Failure`] for a network error, a timeout, an
/// HTTP error status, a content type that is not JSON or text, a body over
/// the size limit, or bytes that are not UTF-8.
async fn fetch_text(src: &str, limits: &FetchLimits) -> Result<String, Failure> {
    let signal = web_sys::AbortSignal::timeout_with_u32(limits.timeout_ms);
    let timed_out = |e: gloo_net::Error| {
        if signal.aborted() {
            Failure(format!("could not load {src}: timed out after {} ms", limits.timeout_ms))
        } else {
            Failure(format!("could not load {src}: {}", gloo_error(e)))
        }
    };
    let resp = gloo_net::http::Request::get(src).abort_signal(Some(&signal)).send().await.map_err(timed_out)?;
    if !resp.ok() {
        let status_text = resp.status_text();
        let sep = if status_text.is_empty() { "" } else { " " };
        return Err(Failure(format!("could not load {src}: HTTP {}{sep}{status_text}", resp.status())));
    }
    let headers = resp.headers();
    let content_type = headers.get("content-type").unwrap_or_default();
    let media_type = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !(media_type.is_empty() || media_type.contains("json") || media_type == "text/plain") {
        return Err(Failure(format!("{src} is not a JSON bundle (its Content-Type is {media_type})")));
    }
    let too_large = |bytes: usize| {
        Failure(format!("{src} is too large: {} (the limit is {}; set max-bytes to raise it)", megabytes(bytes), megabytes(limits.max_bytes)))
    };
    if let Some(length) = headers.get("content-length").and_then(|v| v.trim().parse::<usize>().ok()) {
        if length > limits.max_bytes {
            return Err(too_large(length));
        }
    }
    let bytes = resp.binary().await.map_err(timed_out)?;
    if bytes.len() > limits.max_bytes {
        return Err(too_large(bytes.len()));
    }
    String::from_utf8(bytes).map_err(|e| {
        Failure(format!("{src} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
    })
}

fn gloo_error(e: gloo_net::Error) -> String {
    match e {
        gloo_net::Error::JsError(js) => js.message,
        other => other.to_string(),
    }
}

fn parse_bundle(json: &str) -> Result<Bundle, Failure> {
    let value = JSON::parse(json).map_err(|e| Failure(format!("the bundle is not valid JSON: {}", describe(&e))))?;
    let bundle = bundle_from_js(value).map_err(Failure)?;
    bundle.validate().map_err(|e| Failure(format!("invalid bundle: {e}")))
}

/// Longest run of parsing before the page gets the main thread back (ms).
const SLICE_MS: f64 = 25.0;

/// Lets the browser run (input, paint) before the next slice of work.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

const GENERATION: &str = "__factcardMount";

/// Marks a new load on `host`; a load that finds a newer mark when its fetch
/// returns was superseded (the `src` changed meanwhile) and drops its result.
fn next_generation(host: &HtmlElement) -> f64 {
    let key = JsValue::from_str(GENERATION);
    let n = Reflect::get(host, &key).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) + 1.0;
    let _ = Reflect::set(host, &key, &JsValue::from_f64(n));
    n
}

fn is_current(host: &HtmlElement, generation: f64) -> bool {
    Reflect::get(host, &JsValue::from_str(GENERATION)).ok().and_then(|v| v.as_f64()) == Some(generation)
}

/// The card options an element's attributes ask for: `max-facts`, and
/// `lang` (the element's, else the page's) for the card's words and numbers.
fn element_options(host: &HtmlElement) -> CardOptions {
    let mut options = CardOptions { today: today(), ..CardOptions::default() };
    if let Some(n) = host.get_attribute("max-facts").and_then(|v| v.trim().parse::<usize>().ok()) {
        options.max_facts = n;
    }
    let lang = host.get_attribute("lang").filter(|l| !l.is_empty()).or_else(|| {
        let closest = host.closest("[lang]").ok().flatten()?;
        closest.get_attribute("lang").filter(|l| !l.is_empty())
    });
    options.lang = lang;
    options
}

async fn load(
    doc: &Document,
    root: &ShadowRoot,
    host: &HtmlElement,
    src: Option<String>,
    inline_json: Option<String>,
    generation: f64,
) -> Result<Option<JsValue>, Failure> {
    let src = src.filter(|s| !s.trim().is_empty());
    let json = match (src, inline_json) {
        (Some(src), _) => fetch_text(&src, &FetchLimits::of(host)).await?,
        (None, Some(json)) => json,
        (None, None) => {
            return Err(Failure(
                "no articles: set the src attribute to a bundle URL or put a <script type=\"application/json\"> bundle inside <fact-card>".into(),
            ))
        }
    };
    if !is_current(host, generation) {
        return Ok(None);
    }
    let bundle = parse_bundle(&json)?;
    drop(json);
    yield_to_browser().await;
    if !is_current(host, generation) {
        return Ok(None);
    }
    let options = element_options(host);
    // Articles are parsed in slices, handing the main thread back to the
    // page between them, so a big bundle never freezes it.
    let mut pending = Vec::with_capacity(bundle.articles.len());
    let mut slice_start = js_sys::Date::now();
    for article in &bundle.articles {
        pending.push(crate::extract::scan_article(article));
        if js_sys::Date::now() - slice_start > SLICE_MS {
            yield_to_browser().await;
            if !is_current(host, generation) {
                return Ok(None);
            }
            slice_start = js_sys::Date::now();
        }
    }
    let extraction = crate::extract::resolve_bundle(pending, ExtractOptions { today: options.today });
    let card = crate::card::card_from_mentions(&extraction.articles, &options);
    drop(extraction);
    yield_to_browser().await;
    if !is_current(host, generation) {
        return Ok(None);
    }
    let Some(dom) = build_card_dom(doc, &card_tree(&card), host, generation).await? else { return Ok(None) };
    replace_content(root, &dom)?;
    // the model for factcard:ready and card.model, after the card is on screen
    yield_to_browser().await;
    Ok(Some(to_js(&card).map_err(Failure)?))
}

/// Fills `host`'s shadow root with the card for the bundle at `src` (or the
/// inline JSON bundle when there is no `src`). Shows a loading state first
/// and an error state on any failure; dispatches `factcard:ready` (detail:
/// the card model) or `factcard:error` (detail: `{reason}`) on the host.
/// Resolves to `true` when the card was rendered; never rejects for bad
/// input or network failures.
#[wasm_bindgen]
pub async fn mount(host: HtmlElement, src: Option<String>, inline_json: Option<String>) -> bool {
    let generation = next_generation(&host);
    let doc = match host.owner_document() {
        Some(doc) => doc,
        None => return false,
    };
    let _ = host.set_attribute("data-state", "loading");
    let root = match shadow_root(&host) {
        Ok(root) => root,
        Err(e) => {
            report_failure(&host, &format!("cannot attach the card: {}", describe(&e)));
            return false;
        }
    };
    let _ = show_loading(&doc, &root);
    let result = load(&doc, &root, &host, src, inline_json, generation).await;
    if !is_current(&host, generation) {
        return false;
    }
    match result {
        Ok(Some(model)) => {
            let _ = host.set_attribute("data-state", "ready");
            dispatch(&host, "factcard:ready", &model);
            true
        }
        Ok(None) => false,
        Err(Failure(reason)) => {
            let _ = show_error(&doc, &root, &reason);
            report_failure(&host, &reason);
            false
        }
    }
}

/// The host side of a failure: `data-state="error"`, one console warning
/// and a `factcard:error` event with `{reason}`.
fn report_failure(host: &HtmlElement, reason: &str) {
    let _ = host.set_attribute("data-state", "error");
    web_sys::console::warn_1(&JsValue::from_str(&format!("factcard: {reason}")));
    dispatch(host, "factcard:error", &reason_detail(reason));
}

fn reason_detail(reason: &str) -> JsValue {
    let detail = Object::new();
    let _ = Reflect::set(&detail, &JsValue::from_str("reason"), &JsValue::from_str(reason));
    detail.into()
}
