//! Scores extraction against hand-annotated gold with the matching rule of
//! the project's scorer: a prediction matches a gold item when one text
//! contains the other (case-insensitive, whitespace-folded) and the value
//! agrees; optional gold texts are neither rewarded nor penalised.
//!
//! `optional` holds only what the gold conventions leave open: ages, measures
//! (magnitudes, distances), dates whose year the article cannot know, bare
//! weekdays and months, relative days and durations. A wrong prediction is
//! never made optional: coordinates (`7,32 LS`), scores (`19-21`), names with
//! numbers (`super 1000`), ranks (`top 10`) and spaced thousands (`31 000`)
//! count against the extractor until it is fixed. The bars are what it
//! scores today (after that audit), as floors.
#![cfg(not(target_arch = "wasm32"))]
// test code, native only: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

use factcard::bundle::{Bundle, BundleArticle};
use factcard::extract::{extract_bundle, ExtractOptions};
use serde_json::Value;
use std::path::Path;

fn norm(s: &str) -> String {
    s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn overlaps(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

fn figure_agrees(pred: &Value, gold: &Value) -> bool {
    let num = |v: &Value, k: &str| v.get(k).and_then(Value::as_f64);
    if let Some(g) = num(gold, "value") {
        return num(pred, "value") == Some(g);
    }
    let (lo, hi) = (num(gold, "low").unwrap(), num(gold, "high").unwrap());
    if num(pred, "low") == Some(lo) && num(pred, "high") == Some(hi) {
        return true;
    }
    num(pred, "value").is_some_and(|v| lo <= v && v <= hi)
}

fn date_agrees(pred: &Value, gold: &Value) -> bool {
    let p = pred.get("date").and_then(Value::as_str);
    let mut ok = vec![gold["date"].as_str()];
    if let Some(alt) = gold.get("alt").and_then(Value::as_array) {
        ok.extend(alt.iter().map(Value::as_str));
    }
    p.is_some() && ok.contains(&p)
}

#[derive(Default, Debug)]
struct Tally {
    tp: usize,
    pred: usize,
    gold: usize,
    misses: Vec<String>,
    extras: Vec<String>,
}

impl Tally {
    fn f1(&self) -> f64 {
        let p = if self.pred > 0 { self.tp as f64 / self.pred as f64 } else { 0.0 };
        let r = if self.gold > 0 { self.tp as f64 / self.gold as f64 } else { 0.0 };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn score(gold: &[Value], preds: &[Value], optional: &[&str], agrees: fn(&Value, &Value) -> bool, file: &str, t: &mut Tally) {
    let mut used = vec![false; gold.len()];
    for p in preds {
        let text = p["text"].as_str().unwrap_or("");
        let hit = gold.iter().enumerate().position(|(i, g)| !used[i] && overlaps(text, g["text"].as_str().unwrap()) && agrees(p, g));
        match hit {
            Some(i) => {
                used[i] = true;
                t.tp += 1;
                t.pred += 1;
            }
            None if optional.iter().any(|o| overlaps(text, o)) => {}
            None => {
                t.pred += 1;
                t.extras.push(format!("{file}: {p}"));
            }
        }
    }
    t.gold += gold.len();
    for (i, g) in gold.iter().enumerate() {
        if !used[i] {
            t.misses.push(format!("{file}: {g}"));
        }
    }
}

/// Extracts the texts of one gold set (a directory of .txt files) and scores
/// them: (figures, dates). `as_one_bundle` extracts the files together (they
/// report one event); otherwise each file is its own bundle, as the gold of
/// unrelated articles assumes.
fn score_set(dir: &str, gold_file: &str, as_one_bundle: bool) -> (Tally, Tally) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(root.join(gold_file)).unwrap()).unwrap();
    let gold = gold["articles"].as_object().unwrap();
    // publication dates, where the set gives them (meta.json: {file: {published}})
    let meta: Value = std::fs::read_to_string(root.join(dir).join("meta.json")).map_or(Value::Null, |m| serde_json::from_str(&m).unwrap());
    let articles: Vec<BundleArticle> = gold
        .keys()
        .map(|name| {
            let mut a = BundleArticle::from_text(name, std::fs::read_to_string(root.join(dir).join(name)).unwrap());
            a.published = meta[name.as_str()]["published"].as_str().map(str::to_string);
            a
        })
        .collect();
    let bundles: Vec<Vec<BundleArticle>> = if as_one_bundle { vec![articles] } else { articles.into_iter().map(|a| vec![a]).collect() };
    let (mut figures, mut dates) = (Tally::default(), Tally::default());
    for articles in bundles {
        let bundle = Bundle::new(articles).validate().unwrap();
        let out = serde_json::to_value(extract_bundle(&bundle, ExtractOptions::default())).unwrap();
        for a in out["articles"].as_array().unwrap() {
            let file = a["file"].as_str().unwrap();
            let g = &gold[file];
            let optional: Vec<&str> = g.get("optional").and_then(Value::as_array).map_or(vec![], |o| o.iter().filter_map(Value::as_str).collect());
            score(g["figures"].as_array().unwrap(), a["figures"].as_array().unwrap(), &optional, figure_agrees, file, &mut figures);
            score(g["dates"].as_array().unwrap(), a["dates"].as_array().unwrap(), &optional, date_agrees, file, &mut dates);
        }
    }
    (figures, dates)
}

fn assert_bar(name: &str, (figures, dates): (Tally, Tally), figure_bar: f64, date_bar: f64) {
    println!("{name}: figures F1={:.3} dates F1={:.3}", figures.f1(), dates.f1());
    assert!(figures.f1() >= figure_bar, "{name} figures F1 {:.3} < {figure_bar}\nmissed: {:#?}\nextra: {:#?}", figures.f1(), figures.misses, figures.extras);
    assert!(dates.f1() >= date_bar, "{name} dates F1 {:.3} < {date_bar}\nmissed: {:#?}\nextra: {:#?}", dates.f1(), dates.misses, dates.extras);
}

#[test]
fn seeds_meet_the_bar() {
    assert_bar("seeds", score_set("seeds", "gold-seeds.json", true), 1.0, 1.0);
}

/// 15 Indonesian articles from 15 outlets the extractor was not written on:
/// disasters, inflation and the rupiah, corruption, elections, sport, health,
/// crime (sources in tests/fixtures/id/SOURCES.md).
#[test]
fn indonesian_articles_meet_the_bar() {
    assert_bar("id", score_set("id", "gold-id.json", false), 0.975, 0.99);
}

/// 8 English wire and newspaper articles (tests/fixtures/en/SOURCES.md).
#[test]
fn english_articles_meet_the_bar() {
    assert_bar("en", score_set("en", "gold-en.json", false), 0.965, 0.99);
}

/// A second bundle: four outlets on one earthquake (tests/fixtures/event2).
#[test]
fn second_event_bundle_meets_the_bar() {
    assert_bar("event2", score_set("event2", "gold-event2.json", true), 0.925, 0.99);
}

/// 22 Indonesian articles chosen for the date kinds that missed on unseen
/// text (durations, closing datelines, bare weekdays, relative chains),
/// annotated blind, given with their publication dates (dates only).
#[test]
fn dates_of_hard_cases_meet_the_bar() {
    let (_, dates) = score_set("dates-id", "gold-dates-id.json", false);
    println!("dates-id: dates F1={:.3}", dates.f1());
    assert!(dates.f1() >= 0.97, "dates-id dates F1 {:.3} < 0.97\nmissed: {:#?}\nextra: {:#?}", dates.f1(), dates.misses, dates.extras);
}

#[test]
fn scorer_rejects_wrong_values() {
    let gold = vec![serde_json::json!({"text": "sekitar 2.500 pasukan", "value": 2500})];
    let mut t = Tally::default();
    score(&gold, &[serde_json::json!({"text": "2.500 pasukan", "value": 25.0})], &[], figure_agrees, "x", &mut t);
    assert_eq!(t.tp, 0);
    assert_eq!(t.f1(), 0.0);
}
