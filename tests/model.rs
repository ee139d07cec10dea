//! The card model and the extraction are written in Rust (serde types in
//! src/card.rs, src/extract.rs, src/figures.rs, src/dates.rs) and described
//! for TypeScript by hand in js/factcard.d.ts; the element's JSON writer in
//! src/web.rs is held equal to the serde form by a wasm test
//! (`the_elements_model_is_the_same_as_build_cards`). This test holds the
//! `.d.ts` equal to the serde form: every interface lists exactly the fields
//! the JSON has (a field marked `?` may be absent), and the status union is
//! the `Status` enum's names.
#![cfg(not(target_arch = "wasm32"))]
// test code, native only: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

use factcard::bundle::{Bundle, BundleArticle};
use factcard::card::{build_card, CardOptions, Status};
use factcard::extract::{extract_bundle, ExtractOptions};
use serde_json::Value;
use std::collections::BTreeSet;

const DTS: &str = include_str!("../js/factcard.d.ts");

/// The fields of `export interface NAME { … }` in the .d.ts: (name, optional).
fn interface(name: &str) -> Vec<(String, bool)> {
    let start = DTS.find(&format!("export interface {name} {{")).unwrap_or_else(|| panic!("no interface {name} in js/factcard.d.ts"));
    let body = &DTS[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (field, _) = l.split_once(':')?;
            let optional = field.ends_with('?');
            let field = field.trim_end_matches('?');
            (!field.is_empty() && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then(|| (field.to_string(), optional))
        })
        .collect()
}

/// Every object of the JSON under `path` (arrays are walked) has exactly the
/// interface's fields (optional ones may be missing), and at least one was seen.
fn same_fields(name: &str, objects: &[&Value]) {
    let declared = interface(name);
    let all: BTreeSet<&str> = declared.iter().map(|(f, _)| f.as_str()).collect();
    let required: BTreeSet<&str> = declared.iter().filter(|(_, o)| !o).map(|(f, _)| f.as_str()).collect();
    assert!(!objects.is_empty(), "no {name} in the model to compare");
    for o in objects {
        let keys: BTreeSet<&str> = o.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(keys.is_subset(&all), "{name}: fields the .d.ts does not declare: {:?}", keys.difference(&all).collect::<Vec<_>>());
        assert!(required.is_subset(&keys), "{name}: declared fields the JSON lacks: {:?}", required.difference(&keys).collect::<Vec<_>>());
    }
}

fn bundle() -> Bundle {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut articles: Vec<BundleArticle> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| BundleArticle::from_text(p.file_name().unwrap().to_str().unwrap(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    // every optional field somewhere: an outlet, a URL, a title, a publication date
    articles[0].outlet = Some("Berita Baru".into());
    articles[0].url = Some("https://example.com/a".into());
    articles[0].title = Some("Pasukan Rusia Pamit".into());
    articles[1].published = Some("2022-01-11T10:00+06:00".into());
    Bundle::new(articles).validate().unwrap()
}

#[test]
fn the_card_model_s_types_are_the_serde_form() {
    let card = serde_json::to_value(build_card(&bundle(), &CardOptions::default())).unwrap();
    same_fields("Card", &[&card]);
    let facts: Vec<&Value> = card["facts"].as_array().unwrap().iter().collect();
    same_fields("Fact", &facts);
    let values: Vec<&Value> = facts.iter().flat_map(|f| f["values"].as_array().unwrap()).collect();
    same_fields("FactValue", &values);
    let timeline: Vec<&Value> = card["timeline"].as_array().unwrap().iter().collect();
    same_fields("TimelineEntry", &timeline);
    let citations: Vec<&Value> = values.iter().chain(&timeline).flat_map(|v| v["citations"].as_array().unwrap()).collect();
    same_fields("Citation", &citations);
    same_fields("Source", &card["sources"].as_array().unwrap().iter().collect::<Vec<_>>());
    // the values' statuses are the enum's, and the .d.ts names the same ones
    let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    let union = DTS.split("status: ").nth(1).unwrap().split(';').next().unwrap();
    let declared: Vec<&str> = union.split('|').map(|s| s.trim().trim_matches('"')).collect();
    assert_eq!(declared, names);
    for v in &values {
        assert!(names.contains(&v["status"].as_str().unwrap()), "{v}");
    }
}

#[test]
fn the_extraction_s_types_are_the_serde_form() {
    let out = serde_json::to_value(extract_bundle(&bundle(), ExtractOptions::default())).unwrap();
    same_fields("Extraction", &[&out]);
    let articles: Vec<&Value> = out["articles"].as_array().unwrap().iter().collect();
    same_fields("ArticleMentions", &articles);
    same_fields("FigureMention", &articles.iter().flat_map(|a| a["figures"].as_array().unwrap()).collect::<Vec<_>>());
    same_fields("DateMention", &articles.iter().flat_map(|a| a["dates"].as_array().unwrap()).collect::<Vec<_>>());
}

#[test]
fn a_bundle_article_s_type_is_the_serde_form() {
    let a = serde_json::to_value(&bundle().articles[0]).unwrap();
    same_fields("ArticleInput", &[&a]);
}

#[test]
fn the_bundle_schema_is_the_serde_form() {
    let schema: Value = serde_json::from_str(include_str!("../js/bundle.schema.json")).unwrap();
    let article = &schema["$defs"]["article"];
    let fields: BTreeSet<&str> = article["properties"].as_object().unwrap().keys().map(String::as_str).collect();
    let declared: BTreeSet<String> = interface("ArticleInput").into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields, declared.iter().map(String::as_str).collect(), "the schema's article and the .d.ts's ArticleInput");
    let serde: BTreeSet<String> = serde_json::to_value(&bundle().articles[0]).unwrap().as_object().unwrap().keys().cloned().collect();
    assert!(serde.iter().all(|k| fields.contains(k.as_str())), "{serde:?}");
    assert_eq!(article["required"], serde_json::json!(["text"]));
    assert_eq!(schema["properties"]["version"]["const"], factcard::bundle::VERSION);
    // the date pattern accepts what the bundle accepts (a plain check of its shape)
    let pattern = article["properties"]["published"]["pattern"].as_str().unwrap();
    assert!(pattern.starts_with("^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}"), "{pattern}");
    assert!(factcard::bundle::published_date("2022-11-21T19:28+07:00").is_some());
}
