//! Tests of the element's DOM (src/web.rs: CardJob), in headless Chrome
//! only (`run_in_browser`): `WASM_BINDGEN_USE_BROWSER=1 cargo test --target
//! wasm32-unknown-unknown --test dom`, with CHROMEDRIVER.
#![cfg(target_arch = "wasm32")]
// test code (a wasm test binary, never shipped): clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros)]

#[path = "support/js.rs"]
mod js;

use factcard::web;
use js::*;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// --- The element's DOM: browser only. ----------------------------------------

/// A fresh host element in the page.
fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

/// What the element (js/factcard.js) does with a job: load, scan, render
/// (tiny slices, so the stepping itself is exercised), then the model.
fn show(host: &web_sys::HtmlElement, json: &str) -> Result<JsValue, String> {
    let mut job = web::CardJob::new(host.clone());
    job.load(&JsValue::from_str(json)).map_err(error_message)?;
    let mut steps = 0;
    while !job.scan(0.0).map_err(error_message)? {
        steps += 1;
    }
    while !job.render(0.0).map_err(error_message)? {
        steps += 1;
    }
    assert!(steps > 0, "a zero budget still makes progress in several steps");
    // the new card is the shadow root's last child, hidden; the element
    // then removes what was shown before it and shows it
    let root = host.shadow_root().expect("an open shadow root");
    let card = root.last_element_child().expect("the new card");
    assert!(card.has_attribute("hidden") && card.class_name() == "factcard");
    // hidden even when the page gives ::part(card) a display
    let doc = web_sys::window().unwrap().document().unwrap();
    let page_style = doc.create_element("style").unwrap();
    page_style.set_text_content(Some("::part(card) { display: block !important; }"));
    doc.body().unwrap().append_child(&page_style).unwrap();
    let window: JsValue = web_sys::window().unwrap().into();
    let computed = Reflect::get(&window, &"getComputedStyle".into()).unwrap().unchecked_into::<js_sys::Function>().call1(&window, &card).unwrap();
    let display = Reflect::get(&computed, &"display".into()).unwrap().as_string();
    page_style.remove();
    assert_eq!(display.as_deref(), Some("none"), "a card being built is not shown");
    while let Some(first) = root.first_child().filter(|n| n != card.unchecked_ref::<web_sys::Node>()) {
        root.remove_child(&first).unwrap();
    }
    card.remove_attribute("hidden").unwrap();
    job.model().map_err(error_message)
}

#[wasm_bindgen_test]
fn a_card_job_renders_the_card_into_the_shadow_root_in_steps() {
    let host = host();
    let two = bundle_json(TEXT).replace("]}", &format!(",{{\"id\":\"a2\",\"text\":{:?}}}]}}", TEXT));
    let model = show(&host, &two).expect("the card");
    assert!(get(&model, "headline").as_string().unwrap_or_default().contains("CSTO"));

    let root = host.shadow_root().expect("an open shadow root");
    let card = root.query_selector("article.factcard").unwrap().expect("the card element");
    let text = card.text_content().unwrap_or_default();
    assert!(text.contains("CSTO"), "card text: {text}");
    // Styled by an adopted stylesheet, not an inline <style>.
    assert!(root.query_selector("style").unwrap().is_none());
    let sheets = Reflect::get(&root, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(array(sheets).length(), 1);

    // Showing again reuses the shadow root and replaces the content.
    show(&host, &bundle_json(TEXT)).expect("the card again");
    assert_eq!(root.query_selector_all("article.factcard").unwrap().length(), 1);
}

#[wasm_bindgen_test]
fn a_card_job_follows_the_host_s_attributes() {
    let host = host();
    let text = format!("{TEXT}Sebanyak 160 orang tewas dan 6 negara mengirim pasukan.\n");
    host.set_attribute("max-facts", "1").unwrap();
    host.set_attribute("lang", "en-GB").unwrap();
    let model = show(&host, &bundle_json(&text)).expect("the card");
    assert_eq!(get(&model, "shown_facts").as_f64(), Some(1.0));
    assert_eq!(get(&model, "lang").as_string().as_deref(), Some("en"));
    assert_eq!(get(&model, "locale").as_string().as_deref(), Some("en-GB"));
    let root = host.shadow_root().unwrap();
    let card = root.query_selector("article.factcard").unwrap().unwrap();
    assert_eq!(card.get_attribute("lang").as_deref(), Some("en"));
    let text = card.text_content().unwrap_or_default();
    assert!(text.contains("Key figures"), "English words: {text}");
    assert!(text.contains("6 January 2022"), "en-GB dates day first: {text}");
    let visible = root.query_selector_all(".fc-facts > ul > .fc-fact, .fc-facts > ol > .fc-fact").unwrap().length();
    let hidden = root.query_selector_all(".fc-more .fc-fact").unwrap().length();
    assert!(visible <= 1 && hidden >= 1, "max-facts=1: {visible} shown, {hidden} behind 'more'");
}

#[wasm_bindgen_test]
fn a_card_job_rejects_bad_json_and_bad_bundles_with_the_reason() {
    let host = host();
    let reason = |json: &str| show(&host, json).expect_err("should fail");
    assert!(reason("{not json").contains("not valid JSON"));
    assert!(reason(r#"{"version":1,"articles":[]}"#).contains("no articles"));
    assert!(reason(r#"{"version":2,"articles":[]}"#).contains("unsupported bundle version 2"));
    assert!(reason(r#"{"version":1,"articles":[{"id":"x"}]}"#).contains("missing \"text\""));
    // Steps out of order are errors, not traps (one message for them all).
    let mut job = web::CardJob::new(host.clone());
    assert!(error_message(job.scan(10.0).unwrap_err()).contains("out of order"));
    assert!(error_message(job.render(10.0).unwrap_err()).contains("out of order"));
    assert!(error_message(job.model().unwrap_err()).contains("out of order"));
}

#[wasm_bindgen_test]
fn the_dom_and_the_static_html_show_the_same_card() {
    let host = host();
    let json = bundle_json(TEXT);
    show(&host, &json).expect("the card");
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

/// A bundle of real articles with every optional field somewhere: outlets,
/// a URL, a title, credits, values with ranges, and a flagged weekday.
/// The five seed articles.
const SEEDS: [&str; 5] = [
    include_str!("fixtures/seeds/000_50366beec97f241c.txt"),
    include_str!("fixtures/seeds/001_53b09ad841259d56.txt"),
    include_str!("fixtures/seeds/002_5c0bef7f2a7d8cc8.txt"),
    include_str!("fixtures/seeds/003_8a88cf9404d41049.txt"),
    include_str!("fixtures/seeds/004_0d474e773b179055.txt"),
];

fn rich_bundle_json() -> String {
    let texts = SEEDS;
    // and one whose quoted sentence and outlet need escaping in JSON
    let tricky = "Polisi \"menangkap\" 120 orang di C:\\Jakarta\u{1}\ttadi 😀 pada Senin (10/1/2022).";
    let articles: Vec<String> = texts
        .iter()
        .chain([&tricky])
        .enumerate()
        .map(|(i, text)| {
            let extra = match i {
                0 => r#","url":"https://example.com/a","title":"Judul""#,
                5 => r#","outlet":"Outlet \"5\" \\ \u0007""#,
                _ => "",
            };
            let outlet = if i == 5 { String::new() } else { format!(r#","outlet":"Outlet {i}""#) };
            format!(r#"{{"id":"s{i}"{outlet},"text":{}{extra}}}"#, js_sys::JSON::stringify(&JsValue::from_str(text)).unwrap())
        })
        .collect();
    format!(r#"{{"version":1,"articles":[{}]}}"#, articles.join(","))
}

/// A bundle of the seeds repeated: a model of several hundred KB, which the
/// element hands from the wasm to JS in pieces.
fn big_bundle_json(copies: usize) -> String {
    let texts = SEEDS;
    let articles: Vec<String> = (0..copies * texts.len())
        .map(|i| {
            let text = js_sys::JSON::stringify(&JsValue::from_str(texts[i % texts.len()])).unwrap();
            format!(r#"{{"id":"a{i}","outlet":"Outlet {}","text":{}}}"#, i % 17, String::from(text))
        })
        .collect();
    format!(r#"{{"version":1,"articles":[{}]}}"#, articles.join(","))
}

#[wasm_bindgen_test]
fn a_big_model_comes_through_whole() {
    let host = host();
    host.set_attribute("lang", "id").unwrap();
    // models of many sizes, so that the cuts between pieces fall in many
    // places (one before a list's closing bracket once made invalid JSON)
    for copies in 24..=40 {
        let json = big_bundle_json(copies);
        let model = show(&host, &json).unwrap_or_else(|e| panic!("{copies} copies: {e}"));
        let built = web::build_card_js(js_sys::JSON::parse(&json).unwrap(), js_sys::JSON::parse(r#"{"lang":"id"}"#).unwrap()).expect("buildCard");
        let same = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
        let text = same(&model);
        assert!(text.len() > 2 << 16, "a model of {} bytes is not several pieces", text.len());
        assert_eq!(text, same(&built));
    }
}

#[wasm_bindgen_test]
fn the_elements_model_is_the_same_as_build_cards() {
    let host = host();
    host.set_attribute("lang", "id").unwrap();
    let json = rich_bundle_json();
    let model = show(&host, &json).expect("the card");
    let options = js_sys::JSON::parse(r#"{"lang":"id"}"#).unwrap();
    let built = web::build_card_js(js_sys::JSON::parse(&json).unwrap(), options).expect("buildCard");
    // the model is not trivially empty: facts with values and citations, a timeline, sources with a URL
    assert!(array(get(&model, "facts")).length() >= 3);
    assert!(array(get(&model, "timeline")).length() >= 2);
    assert!(array(get(&model, "sources")).iter().any(|s| get(&s, "url").is_string()));
    // strings that JSON must escape came through whole
    let sources = String::from(js_sys::JSON::stringify(&get(&model, "sources")).unwrap());
    assert!(sources.contains(r#"Outlet \"5\" \\ \u0007"#), "{sources}");
    let facts = String::from(js_sys::JSON::stringify(&get(&model, "facts")).unwrap());
    assert!(facts.contains(r#"\"menangkap\" 120 orang di C:\\Jakarta\u0001\ttadi 😀"#), "{facts}");
    let same = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
    assert_eq!(same(&model), same(&built));
}
