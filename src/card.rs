//! The card model: facts aggregated across the sources of a bundle, a
//! timeline of dates, and the sources list. One serde type that both
//! renderers (static HTML and the browser DOM) consume.

use crate::bundle::Bundle;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Card {
    pub headline: String,
    /// Key facts, ranked: most sources first.
    pub facts: Vec<Fact>,
    pub timeline: Vec<TimelineEntry>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Fact {
    /// Grouping key: counted concept and event (`troops/deployed`).
    pub key: String,
    /// What is counted, as the articles say it (`pasukan`).
    pub label: String,
    pub category: String,
    /// The distinct values reported, the most-cited first.
    pub values: Vec<FactValue>,
    /// Number of distinct articles that report this fact.
    pub sources: usize,
    /// Articles whose value agrees with, or is consistent with, the main value.
    pub agree: usize,
    /// Articles whose value conflicts with the main value.
    pub differ: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct FactValue {
    /// How the value reads on the card (`≈ 2.500`, `> 2.000`, `11–19`).
    pub display: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: String,
    /// `main`, `consistent` (compatible with the main value) or `conflict`.
    pub status: String,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Citation {
    /// The article's id in the bundle.
    pub article: String,
    pub outlet: String,
    /// The sentence quoted.
    pub sentence: String,
    /// The exact text of the mention inside the sentence.
    pub text: String,
    /// Wire agencies or outlets the article credits.
    pub credits: Vec<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TimelineEntry {
    /// ISO date.
    pub date: String,
    /// A short phrase of what happened.
    pub label: String,
    /// A weekday in the text contradicts this date.
    pub flagged: bool,
    pub suggested_date: Option<String>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub credits: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct CardOptions {
    /// Most facts on the card (the rest stay in the model's order after them).
    pub max_facts: usize,
    /// The reader's today, the last resort for a year no text gives.
    pub today: Option<crate::calendar::Date>,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions { max_facts: 5, today: None }
    }
}

/// Builds the card for a validated bundle.
pub fn build_card(bundle: &Bundle, options: &CardOptions) -> Card {
    let _ = options;
    Card {
        headline: bundle.articles.first().and_then(|a| a.title.clone()).unwrap_or_default(),
        facts: Vec::new(),
        timeline: Vec::new(),
        sources: Vec::new(),
    }
}
