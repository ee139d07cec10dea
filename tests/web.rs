//! Tests of the browser glue (src/web.rs) that need no DOM, run by
//! wasm-bindgen-test: `cargo test --target wasm32-unknown-unknown --test web`
//! runs them in Node.js; with `WASM_BINDGEN_USE_BROWSER=1` (and CHROMEDRIVER)
//! the same tests run in headless Chrome. The element's DOM tests are in
//! tests/dom.rs, which runs in the browser only (in Node it does not run at
//! all, rather than pass without testing).
#![cfg(target_arch = "wasm32")]

#[path = "support/js.rs"]
mod js;

use factcard::web;
use js::*;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

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

#[wasm_bindgen_test]
fn numbers_and_dates_are_written_in_the_card_s_language_as_natively() {
    use factcard::locale::Locale;
    let id = Locale { tag: "id", lang: "id" };
    assert_eq!((id.number(2500.0), id.number(1_800_000.0), id.number(12.5)), ("2.500".into(), "1,8 juta".into(), "12,5".into()));
    assert_eq!(id.date("2022-01-13"), "13 Januari 2022");
    let en = Locale { tag: "en", lang: "en" };
    assert_eq!((en.number(2500.0), en.number(1_800_000.0)), ("2,500".into(), "1.8 million".into()));
    assert_eq!(en.date("2022-01-13"), "January 13, 2022");
    // a region orders the date; another language's tag writes in the card's
    assert_eq!(Locale { tag: "en-GB", lang: "en" }.date("2022-01-13"), "13 January 2022");
    assert_eq!(Locale { tag: "de", lang: "en" }.date("2022-01-13"), "January 13, 2022");
    assert_eq!(Locale { tag: "not a locale!", lang: "id" }.number(2500.0), "2.500");
    assert_eq!(id.date("nonsense"), "nonsense");

    let options = js_sys::JSON::parse(r#"{"lang":"de"}"#).unwrap();
    let card = web::build_card_js(JsValue::from_str(TEXT), options).expect("buildCard");
    assert_eq!(get(&card, "locale").as_string().as_deref(), Some("de"));
    assert_eq!(get(&card, "lang").as_string().as_deref(), Some("id"), "words stay in a language the card speaks");
}

#[wasm_bindgen_test]
fn published_and_lang_are_read_and_a_bad_published_is_an_error() {
    let a = article("Sebanyak 2.500 pasukan dikerahkan ke kota itu.");
    Reflect::set(&a, &"published".into(), &"2024-02-06T08:00+07:00".into()).unwrap();
    Reflect::set(&a, &"lang".into(), &"id".into()).unwrap();
    let card = web::build_card_js(Array::of1(&a).into(), JsValue::UNDEFINED).expect("buildCard");
    let fact = array(get(&card, "facts")).get(0);
    let value = array(get(&fact, "values")).get(0);
    assert_eq!(get(&value, "reported").as_string().as_deref(), Some("2024-02-06"), "reported on the day it was published");
    Reflect::set(&a, &"published".into(), &"6/2/2024".into()).unwrap();
    let e = web::build_card_js(Array::of1(&a).into(), JsValue::UNDEFINED).expect_err("a published that is no ISO date");
    assert!(error_message(e).contains("\"published\" must be an ISO 8601 date"));
}
