//! Tests of the browser glue (src/web.rs), run by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --test web` runs them in
//! Node.js; with `WASM_BINDGEN_USE_BROWSER=1` (and CHROMEDRIVER) the same
//! tests run in headless Chrome, where the DOM tests of `mount` run too
//! (they return early in Node, which has no DOM).
#![cfg(target_arch = "wasm32")]

use factcard::web;
use js_sys::{Array, Object, Reflect};
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
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the element tests run in the browser pass");
        return;
    };
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
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the element tests run in the browser pass");
        return;
    };
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
    assert!(text.contains("6 January 2022"), "en-GB dates by Intl: {text}");
    let visible = root.query_selector_all(".fc-facts > ul > .fc-fact, .fc-facts > ol > .fc-fact").unwrap().length();
    let hidden = root.query_selector_all(".fc-more .fc-fact").unwrap().length();
    assert!(visible <= 1 && hidden >= 1, "max-facts=1: {visible} shown, {hidden} behind 'more'");
}

#[wasm_bindgen_test]
fn a_card_job_rejects_bad_json_and_bad_bundles_with_the_reason() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the element tests run in the browser pass");
        return;
    };
    let reason = |json: &str| show(&host, json).expect_err("should fail");
    assert!(reason("{not json").contains("not valid JSON"));
    assert!(reason(r#"{"version":1,"articles":[]}"#).contains("no articles"));
    assert!(reason(r#"{"version":2,"articles":[]}"#).contains("unsupported bundle version 2"));
    assert!(reason(r#"{"version":1,"articles":[{"id":"x"}]}"#).contains("missing \"text\""));
    // Steps out of order are errors, not traps.
    let mut job = web::CardJob::new(host.clone());
    assert!(error_message(job.scan(10.0).unwrap_err()).contains("before load"));
    assert!(error_message(job.render(10.0).unwrap_err()).contains("before scan"));
    assert!(error_message(job.model().unwrap_err()).contains("before render"));
}

#[wasm_bindgen_test]
fn the_dom_and_the_static_html_show_the_same_card() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the mount tests run in the browser pass");
        return;
    };
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

#[wasm_bindgen_test]
fn numbers_and_dates_are_written_by_intl_for_any_locale() {
    use factcard::locale::Locale;
    web::extract(JsValue::from_str(TEXT)).expect("extract"); // installs Intl
    let id = Locale { tag: "id", lang: "id" };
    assert_eq!((id.number(2500.0), id.number(1_800_000.0), id.number(12.5)), ("2.500".into(), "1,8 juta".into(), "12,5".into()));
    assert_eq!(id.date("2022-01-13"), "13 Januari 2022");
    let en = Locale { tag: "en", lang: "en" };
    assert_eq!((en.number(2500.0), en.number(1_800_000.0)), ("2,500".into(), "1.8 million".into()));
    assert_eq!(en.date("2022-01-13"), "January 13, 2022");
    // locales the tables do not know
    assert_eq!(Locale { tag: "en-GB", lang: "en" }.date("2022-01-13"), "13 January 2022");
    assert_eq!(Locale { tag: "de", lang: "en" }.date("2022-01-13"), "13. Januar 2022");
    // a tag Intl rejects falls back to the tables; so does a date that is not one
    assert_eq!(Locale { tag: "not a locale!", lang: "id" }.number(2500.0), "2.500");
    assert_eq!(id.date("nonsense"), "nonsense");

    let options = js_sys::JSON::parse(r#"{"lang":"de"}"#).unwrap();
    let card = web::build_card_js(JsValue::from_str(TEXT), options).expect("buildCard");
    assert_eq!(get(&card, "locale").as_string().as_deref(), Some("de"));
    assert_eq!(get(&card, "lang").as_string().as_deref(), Some("id"), "words stay in a language the card speaks");
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
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the element tests run in the browser pass");
        return;
    };
    host.set_attribute("lang", "id").unwrap();
    let json = big_bundle_json(30);
    let model = show(&host, &json).expect("the card");
    let built = web::build_card_js(js_sys::JSON::parse(&json).unwrap(), js_sys::JSON::parse(r#"{"lang":"id"}"#).unwrap()).expect("buildCard");
    let same = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
    let text = same(&model);
    assert!(text.len() > 2 << 16, "a model of {} bytes is not several pieces", text.len());
    assert_eq!(text, same(&built));
}

#[wasm_bindgen_test]
fn the_elements_model_is_the_same_as_build_cards() {
    let Some(host) = host() else {
        console_log!("no DOM here (Node): the element tests run in the browser pass");
        return;
    };
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
