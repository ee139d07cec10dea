//! What the wasm tests (tests/web.rs in Node and the browser, tests/dom.rs
//! in the browser) share: a short article, and reading JS values.
#![allow(dead_code)]

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const TEXT: &str = "CSTO Tarik Pasukan dari Kazakhstan\n\
Almaty – Organisasi Perjanjian Keamanan Kolektif (CSTO) mengirim sekitar 2.500 pasukan ke Kazakhstan pada Kamis (6/1/2022).\n\
Pasukan itu akan ditarik dalam 10 hari.\n";

pub fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub fn array(v: JsValue) -> Array {
    assert!(Array::is_array(&v), "expected an array, got {v:?}");
    v.unchecked_into()
}

pub fn article(text: &str) -> JsValue {
    let a = Object::new();
    Reflect::set(&a, &"id".into(), &"a1".into()).unwrap();
    Reflect::set(&a, &"outlet".into(), &"Contoh News".into()).unwrap();
    Reflect::set(&a, &"text".into(), &text.into()).unwrap();
    a.into()
}

pub fn bundle_json(text: &str) -> String {
    let bundle = Object::new();
    Reflect::set(&bundle, &"version".into(), &1.into()).unwrap();
    Reflect::set(&bundle, &"articles".into(), &Array::of1(&article(text))).unwrap();
    String::from(js_sys::JSON::stringify(&bundle).unwrap())
}

pub fn error_message(e: JsError) -> String {
    let v: JsValue = e.into();
    let err: js_sys::Error = v.dyn_into().expect("a JS Error");
    String::from(err.message())
}
