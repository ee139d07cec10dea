//! Tests of the browser glue (src/web.rs), run by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --test web` runs them in
//! Node.js; with `WASM_BINDGEN_USE_BROWSER=1` (and CHROMEDRIVER) the same
//! tests run in headless Chrome, where the DOM tests of `mount` run too
//! (they return early in Node, which has no DOM).
#![cfg(target_arch = "wasm32")]

use factcard::web;
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const TEXT: &str = "CSTO Tarik Pasukan dari Kazakhstan\n\
Almaty – Organisasi Perjanjian Keamanan Kolektif (CSTO) mengirim sekitar 2.500 pasukan ke Kazakhstan pada Kamis (6/1/2022).\n\
Pasukan itu akan ditarik dalam 10 hari.\n";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn array(v: JsValue) -> Array {
    assert!(Array::is_array(&v), "expected an array, got {v:?}");
    v.unchecked_into()
}

fn article(text: &str) -> JsValue {
    let a = Object::new();
    Reflect::set(&a, &"id".into(), &"a1".into()).unwrap();
    Reflect::set(&a, &"outlet".into(), &"Contoh News".into()).unwrap();
    Reflect::set(&a, &"text".into(), &text.into()).unwrap();
    a.into()
}

fn bundle_json(text: &str) -> String {
    let bundle = Object::new();
    Reflect::set(&bundle, &"version".into(), &1.into()).unwrap();
    Reflect::set(&bundle, &"articles".into(), &Array::of1(&article(text))).unwrap();
    String::from(js_sys::JSON::stringify(&bundle).unwrap())
}

fn error_message(e: JsError) -> String {
    let v: JsValue = e.into();
    let err: js_sys::Error = v.dyn_into().expect("a JS Error");
    String::from(err.message())
}

#[wasm_bindgen_test]
fn extract_finds_the_figure_2500_in_a_text() {
    let out = web::extract(JsValue::from_str(TEXT)).expect("extract");
    let articles = array(get(&out, "articles"));
    assert_eq!(articles.length(), 1);
    let figures = array(get(&articles.get(0), "figures"));
    let values: Vec<f64> = figures.iter().filter_map(|f| get(&f, "value").as_f64()).collect();
    assert!(values.contains(&2500.0), "figures: {values:?}");
}

#[wasm_bindgen_test]
fn extract_takes_an_array_of_articles_and_a_bundle() {
    let arr = Array::of2(&article(TEXT), &JsValue::from_str(TEXT));
    let out = web::extract(arr.into()).expect("array input");
    let articles = array(get(&out, "articles"));
    assert_eq!(articles.length(), 2);
    assert_eq!(get(&articles.get(0), "id").as_string().as_deref(), Some("a1"));
    assert_eq!(get(&articles.get(0), "outlet").as_string().as_deref(), Some("Contoh News"));
    // Plain JS objects (json_compatible), not Maps.
    assert!(!articles.get(0).is_instance_of::<js_sys::Map>());

    let bundle = js_sys::JSON::parse(&bundle_json(TEXT)).unwrap();
    let out = web::extract(bundle).expect("bundle input");
    assert_eq!(array(get(&out, "articles")).length(), 1);
}

#[wasm_bindgen_test]
fn build_card_returns_a_model_with_a_headline_and_render_html_escapes() {
    let model = web::build_card_js(JsValue::from_str(TEXT), JsValue::UNDEFINED).expect("buildCard");
    let headline = get(&model, "headline").as_string().expect("headline is a string");
    assert!(headline.contains("CSTO"), "headline: {headline}");
    assert!(Array::is_array(&get(&model, "facts")));

    let options = Object::new();
    Reflect::set(&options, &"maxFacts".into(), &1.into()).unwrap();
    let model = web::build_card_js(JsValue::from_str(TEXT), options.into()).expect("buildCard with options");
    let html = web::render_html(model.clone()).expect("renderHtml");
    assert!(html.starts_with("<article"), "html: {html}");
    assert!(html.contains("CSTO"));

    // A headline with markup is escaped, never markup.
    Reflect::set(&model, &"headline".into(), &"<img src=x onerror=alert(1)>".into()).unwrap();
    let html = web::render_html(model).expect("renderHtml");
    assert!(!html.contains("<img"), "html: {html}");
    assert!(html.contains("&lt;img"));
}

#[wasm_bindgen_test]
fn bad_input_is_a_clear_error() {
    let e = error_message(web::extract(JsValue::from_f64(42.0)).unwrap_err());
    assert!(e.contains("expected an article text"), "{e}");

    let e = error_message(web::extract(JsValue::from_str("   ")).unwrap_err());
    assert!(e.contains("no text"), "{e}");

    let e = error_message(web::extract(Array::new().into()).unwrap_err());
    assert!(e.contains("no articles"), "{e}");

    let v2 = js_sys::JSON::parse(r#"{"version": 2, "articles": [{"text": "x"}]}"#).unwrap();
    let e = error_message(web::build_card_js(v2, JsValue::UNDEFINED).unwrap_err());
    assert!(e.contains("unsupported bundle version 2"), "{e}");

    let no_text = js_sys::JSON::parse(r#"{"version": 1, "articles": [{"id": "x"}]}"#).unwrap();
    let e = error_message(web::extract(no_text).unwrap_err());
    assert!(e.contains("text"), "{e}");

    let bad_opts = js_sys::JSON::parse(r#"{"maxFacts": "lots"}"#).unwrap();
    let e = error_message(web::build_card_js(JsValue::from_str(TEXT), bad_opts).unwrap_err());
    assert!(e.contains("maxFacts"), "{e}");

    let e = error_message(web::render_html(JsValue::from_str("not a model")).unwrap_err());
    assert!(e.contains("invalid card model"), "{e}");
}

// --- The element's DOM: browser only. ----------------------------------------

/// A fresh host element in the page, or None outside a browser (Node).
fn host() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let el: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    document.body()?.append_child(&el).ok()?;
    Some(el)
}

/// Records the `detail` of every event `name` fired on `target`.
fn record(target: &web_sys::HtmlElement, name: &str) -> Rc<RefCell<Vec<JsValue>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let detail = e.dyn_ref::<web_sys::CustomEvent>().map(|c| c.detail()).unwrap_or(JsValue::NULL);
        sink.borrow_mut().push(detail);
    });
    target.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref()).unwrap();
    cb.forget();
    seen
}

#[wasm_bindgen_test]
async fn mount_with_inline_json_renders_the_card_into_the_shadow_root() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the mount tests run in the browser pass");
        return;
    };
    let ready = record(&host, "factcard:ready");
    let errors = record(&host, "factcard:error");
    assert!(web::mount(host.clone(), None, Some(bundle_json(TEXT))).await);

    let root = host.shadow_root().expect("an open shadow root");
    let card = root.query_selector("article.factcard").unwrap().expect("the card element");
    let text = card.text_content().unwrap_or_default();
    assert!(text.contains("CSTO"), "card text: {text}");
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"));
    // Styled by an adopted stylesheet, not an inline <style>.
    assert!(root.query_selector("style").unwrap().is_none());
    let sheets = Reflect::get(&root, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(array(sheets).length(), 1);

    assert_eq!(ready.borrow().len(), 1);
    assert!(errors.borrow().is_empty());
    let detail = ready.borrow()[0].clone();
    assert!(get(&detail, "headline").as_string().unwrap_or_default().contains("CSTO"));

    // Mounting again reuses the shadow root and replaces the content.
    assert!(web::mount(host.clone(), None, Some(bundle_json(TEXT))).await);
    assert_eq!(root.query_selector_all("article.factcard").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn mount_with_a_missing_src_shows_the_error_state_and_fires_factcard_error() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the mount tests run in the browser pass");
        return;
    };
    let errors = record(&host, "factcard:error");
    let ok = web::mount(host.clone(), Some("/factcard-no-such-bundle.json".into()), None).await;
    assert!(!ok);
    let root = host.shadow_root().expect("an open shadow root");
    let state = root.query_selector(".factcard-error").unwrap().expect("a visible error state");
    let text = state.text_content().unwrap_or_default();
    assert!(text.contains("404"), "error text: {text}");
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("error"));
    assert_eq!(errors.borrow().len(), 1);
    let reason = get(&errors.borrow()[0], "reason").as_string().unwrap_or_default();
    assert!(reason.contains("404") && reason.contains("factcard-no-such-bundle.json"), "reason: {reason}");
}

#[wasm_bindgen_test]
async fn mount_with_bad_json_or_a_bad_bundle_shows_why() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the mount tests run in the browser pass");
        return;
    };
    let errors = record(&host, "factcard:error");
    assert!(!web::mount(host.clone(), None, Some("{not json".into())).await);
    assert!(!web::mount(host.clone(), None, Some(r#"{"version":1,"articles":[]}"#.into())).await);
    assert!(!web::mount(host.clone(), None, None).await);
    let reasons: Vec<String> =
        errors.borrow().iter().map(|d| get(d, "reason").as_string().unwrap_or_default()).collect();
    assert_eq!(reasons.len(), 3);
    assert!(reasons[0].contains("not valid JSON"), "{reasons:?}");
    assert!(reasons[1].contains("no articles"), "{reasons:?}");
    assert!(reasons[2].contains("src"), "{reasons:?}");
    let root = host.shadow_root().unwrap();
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Fact card unavailable"), "{text}");
}

#[wasm_bindgen_test]
async fn the_dom_and_the_static_html_show_the_same_card() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the mount tests run in the browser pass");
        return;
    };
    let json = bundle_json(TEXT);
    assert!(web::mount(host.clone(), None, Some(json.clone())).await);
    let root = host.shadow_root().unwrap();
    let dom_card = root.query_selector("article.factcard").unwrap().expect("the card");

    // The same bundle through the core and the HTML serialiser.
    let bundle = web::build_card_js(js_sys::JSON::parse(&json).unwrap(), JsValue::UNDEFINED).unwrap();
    let html = web::render_html(bundle).unwrap();
    let doc = web_sys::window().unwrap().document().unwrap();
    let holder = doc.create_element("div").unwrap();
    holder.set_inner_html(&html); // trusted: our own escaped output, parsed to compare
    let html_card = holder.query_selector("article.factcard").unwrap().expect("the card in the HTML");

    assert_eq!(dom_card.text_content(), html_card.text_content());
    assert_eq!(dom_card.outer_html(), html_card.outer_html());
    let figures = dom_card.query_selector_all(".fc-fact").unwrap().length();
    assert!(figures >= 1, "no facts rendered");
}
