//! The card model: facts aggregated across the sources of a bundle, a
//! timeline of dates, and the sources list. One serde type that both
//! renderers (static HTML and the browser DOM) consume.
//!
//! The card is made in rooms, in the order of the pipeline:
//! - [`time`]: when each article was reported;
//! - [`key`]: which fact each figure belongs to (quantity, scope, place, year);
//! - [`fact`]: a fact's values, its main one and how each stands to it;
//! - [`timeline`]: the dated entries and their labels.
//!
//! This module holds the model and puts the rooms together.

mod fact;
mod key;
mod time;
mod timeline;

pub use time::report_date;

use crate::bundle::Bundle;
use crate::extract::{extract_bundle, ArticleMentions, ExtractOptions};
use crate::figures::FigureMention;
use crate::lang::{self, Category};
use crate::locale::Locale;
use crate::text::has_byte;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Card {
    /// Language of the card's text (`id`, `en`): that of most articles.
    pub lang: String,
    /// Locale of its numbers and dates (BCP 47): the one asked for, else `lang`.
    pub locale: String,
    pub headline: String,
    /// How many of `facts` the card shows before "more".
    pub shown_facts: usize,
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
    /// Number of distinct articles that report this fact (of a count no
    /// article says anything happened to, those that give its main value:
    /// its other values are other groups).
    pub sources: usize,
    /// Articles whose value agrees with, or is consistent with, the main value.
    pub agree: usize,
    /// Articles whose value conflicts with the main value.
    pub differ: usize,
    /// Independent origins among the agreeing articles: outlets repeating one
    /// wire report (the agency they credit first) count once.
    pub origins: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct FactValue {
    /// How the value reads on the card (`≈ 2.500`, `> 2.000`, `11–19`).
    pub display: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: String,
    /// How this value stands to the fact's main value.
    pub status: Status,
    /// When it was reported (ISO date): the latest report date of the
    /// articles that state it, if the card knows one ([`report_date`]).
    pub reported: Option<String>,
    pub citations: Vec<Citation>,
}

/// How a value of a fact stands to its main value.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The value to believe: the latest report's (a stated revision first),
    /// then the one most articles carry.
    Main,
    /// Compatible with the main value (the same, or a bound it meets).
    Consistent,
    /// A part of what the fact counts, stated as such (`including four
    /// gunmen`, `dua di antaranya polisi`): its breakdown, never a conflict.
    Part,
    /// Another source, at the same report date, says what cannot also hold.
    Conflict,
    /// Reported before the main value, or said to be superseded: an update,
    /// not a disagreement.
    Earlier,
    /// Stated beside the main value in the same article (another scope or
    /// moment the card cannot place): neither agreement nor conflict.
    Other,
}

impl Status {
    /// Every status, in the order a fact lists its values.
    pub const ALL: [Status; 6] = [Status::Main, Status::Consistent, Status::Part, Status::Conflict, Status::Earlier, Status::Other];

    /// Its name (`conflict`), packed as [`lang::Qualifier::as_str`]'s.
    pub fn as_str(self) -> &'static str {
        lang::STATUS_NAMES.nth(self as usize)
    }

    /// Where values of this status stand in a fact's list.
    fn rank(self) -> u8 {
        self as u8
    }

    /// The status a model names (`conflict`); `other` for a name it does not know.
    pub fn from_name(name: &str) -> Status {
        Status::ALL.into_iter().find(|s| s.as_str() == name).unwrap_or(Status::Other)
    }
}

impl FactValue {
    fn new(display: String, m: &FigureMention, status: Status, reported: Option<String>, citations: Vec<Citation>) -> FactValue {
        FactValue { display, value: m.value, low: m.low, high: m.high, qualifier: m.qualifier.as_str().to_string(), status, reported, citations }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Citation {
    /// The article's id in the bundle.
    pub article: String,
    pub outlet: String,
    /// The sentence quoted (shared with the mention it quotes).
    pub sentence: std::sync::Arc<String>,
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
    /// A source's weekday contradicts its date: the entry is at the reading
    /// on which the weekday is right.
    pub flagged: bool,
    /// With `flagged`: the date as the source wrote it, when the entry was
    /// moved to the reading that fits.
    pub written_date: Option<String>,
    /// No source gives the year: it is read from a weekday or the reader's
    /// today (a bundle with no publication date and no year written), a guess
    /// the card says.
    pub year_guessed: bool,
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
    /// The language of the card's words and numbers (`id`, `en`); by default
    /// that of most articles.
    pub lang: Option<String>,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions { max_facts: 5, today: None, lang: None }
    }
}

/// Builds the card for a validated bundle.
pub fn build_card(bundle: &Bundle, options: &CardOptions) -> Card {
    let extraction = extract_bundle(bundle, ExtractOptions { today: options.today });
    card_from_mentions(&extraction.articles, options)
}

/// Each article's outlet as the card names it: the outlet's name, else the
/// host of its URL (`kompas.tv`), else `Sumber 5` / `Source 5`, its number in
/// the card's source list (a title is not a name, nor is a bundle id).
fn outlet_names(articles: &[ArticleMentions], unnamed: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        names.push(match &a.outlet {
            Some(o) => o.clone(),
            None => a.url.as_deref().and_then(url_host).unwrap_or_else(|| crate::cat!(unnamed, " ", i + 1)),
        });
    }
    names
}

/// `https://www.kompas.tv/article/1` → `kompas.tv`. Not inlined: smaller
/// on its own than inside [`card_facts`].
#[inline(never)]
fn url_host(url: &str) -> Option<String> {
    let url = crate::text::trim(url);
    let rest = &url[crate::text::find_str(url, "://")? + 3..];
    // scheme://[user@]host[:port][/?#…]: the host runs from after the last
    // `@` to the first `:` after it, in the authority (which ends at the
    // first `/`, `?` or `#`); ASCII delimiters, so char boundaries
    let (mut start, mut colon, mut end) = (0, None, rest.len());
    for (i, &b) in rest.as_bytes().iter().enumerate() {
        match b {
            b'/' | b'?' | b'#' => {
                end = i;
                break;
            }
            b'@' => (start, colon) = (i + 1, None),
            b':' if colon.is_none() => colon = Some(i),
            _ => {}
        }
    }
    let host = &rest[start..colon.unwrap_or(end)];
    let host = if host.as_bytes().starts_with(b"www.") { &host[4..] } else { host }.to_ascii_lowercase();
    // (its bytes: a char that is not ASCII fails as its bytes do)
    let mut plain = crate::text::has_byte(&host, b'.');
    for &b in host.as_bytes() {
        plain &= b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
    }
    plain.then_some(host)
}

fn citation(a: &ArticleMentions, outlet: &str, sentence: &std::sync::Arc<String>, text: &str) -> Citation {
    Citation {
        article: a.id.clone(),
        outlet: outlet.to_string(),
        sentence: sentence.clone(),
        text: text.to_string(),
        credits: copies(&a.credits),
        url: a.url.clone(),
    }
}

/// A copy of `items`, string by string (a plain loop: no instance of
/// `Vec<String>`'s `clone` in the wasm).
fn copies(items: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in items {
        out.push(s.clone());
    }
    out
}

/// The most frequent item (first seen wins ties).
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for it in items {
        count_one(&mut counts, it);
    }
    most_counted(counts)
}

/// Counts `it` in `counts` (not generic: one copy for every caller of [`most_common`]).
#[inline(never)]
fn count_one<'a>(counts: &mut Vec<(&'a str, usize)>, it: &'a str) {
    match counts.iter_mut().find(|(k, _)| *k == it) {
        Some((_, n)) => *n += 1,
        None => counts.push((it, 1)),
    }
}

/// The first of the most counted (a later one must count more).
#[inline(never)]
fn most_counted(counts: Vec<(&str, usize)>) -> Option<&str> {
    let mut best: Option<(&str, usize)> = None;
    for &(k, n) in &counts {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k)
}

fn category_weight(name: &str) -> u32 {
    [Category::People, Category::Money, Category::Percent, Category::Count, Category::Distance, Category::Duration]
        .iter()
        .find(|c| c.as_str() == name)
        .map_or(0, |c| c.weight())
}

/// Background, not the news: a count of places ([`lang::COVERAGE_CONCEPTS`])
/// or a quantity of another year (an earlier disaster's toll). Ranked last,
/// and shown only on a card with nothing else.
fn is_background(f: &Fact) -> bool {
    lang::COVERAGE_CONCEPTS.starts(&f.key) || crate::text::has_byte(&f.key, b'%')
}

/// How many of the (ranked) facts the card shows: of a bundle of several
/// articles, those two or more give (what one article says once is a detail),
/// at least three when there are, never background unless there is nothing
/// else, at most `max`. (Left to the compiler, inlined into
/// [`card_with_facts`]: 20 B gzip less than kept apart, measured.)
fn shown_facts(facts: &[Fact], articles: usize, max: usize) -> usize {
    let (mut news, mut shared) = (0, 0);
    for f in facts {
        if !is_background(f) {
            news += 1;
            shared += usize::from(f.sources > 1 || articles < 2);
        }
    }
    max.min(shared.max(news.min(3)).max(facts.len().min(1)))
}

/// What the event measures (its magnitude, its depth) rather than what it
/// did: after what it did, of facts as widely reported.
fn is_measure(f: &Fact) -> bool {
    lang::MEASURE_CONCEPTS.starts(&f.key)
}

/// What happened to people at large, as two or more sources give it (the
/// dead, the missing, the injured, the displaced, the arrested): the news,
/// before a group of them (firefighters killed), a grade (heavily injured)
/// or one place's share.
fn is_headline(f: &Fact) -> bool {
    f.sources > 1 && !(has_byte(&f.key, b'/') || has_byte(&f.key, b'@') || has_byte(&f.key, b'#')) && lang::CASUALTY_EVENTS.starts(&f.key)
}

/// How many citations the values of a fact have in all.
fn citation_count(f: &Fact) -> usize {
    let mut n = 0;
    for v in &f.values {
        n += v.citations.len();
    }
    n
}

/// Aggregates extracted mentions into the card model.
pub fn card_from_mentions(articles: &[ArticleMentions], options: &CardOptions) -> Card {
    card_with_facts(card_facts(articles, options), articles, options)
}

/// The first half of [`card_from_mentions`]: the facts, lined up across the
/// articles and ranked (a caller may give the page the main thread back
/// before the second half, [`card_with_facts`]).
pub struct CardFacts {
    lang_code: String,
    locale_tag: String,
    facts: Vec<Fact>,
    /// Each article's outlet as the card names it ([`outlet_names`]).
    names: Vec<String>,
}

pub fn card_facts(articles: &[ArticleMentions], options: &CardOptions) -> CardFacts {
    // (none asked is as an empty tag: no language known by that, no locale)
    let asked = options.lang.as_deref().unwrap_or_default();
    // (no table of that language: the articles' most common one stands in,
    // else the first table)
    let table = lang::by_tag(asked).unwrap_or_else(|| lang::table(most_common(articles.iter().map(|a| a.lang)).unwrap_or_default()));
    let lang_code = table.code.to_string();
    let tag = crate::text::trim(asked);
    let locale_tag = if tag.is_empty() { &lang_code } else { tag }.to_string();
    let locale = Locale { tag: &locale_tag, lang: &lang_code };
    let names = outlet_names(articles, table.unnamed_source);

    let mut reports: Vec<Option<String>> = Vec::new();
    for a in articles {
        reports.push(report_date(a));
    }
    let groups = key::group_mentions(articles, &reports);
    let order = time::order_within_days(&groups, articles.len());
    // (a quantity whose every mention is one place's has no whole)
    let mut facts: Vec<Fact> = Vec::new();
    for g in groups.iter().filter(|g| !g.mentions.is_empty()) {
        facts.push(fact::build_fact(g, articles, &names, &reports, &order, locale));
    }
    // counts of places last; then what happened to people at large; then
    // most sources first; then what readers care about; then the bigger
    // story; ties keep the bundle's order (the sort is stable)
    crate::order::sort_by(&mut facts, |a, b| {
        is_background(a)
            .cmp(&is_background(b))
            .then_with(|| is_headline(b).cmp(&is_headline(a)))
            .then_with(|| b.sources.cmp(&a.sources))
            .then_with(|| is_measure(a).cmp(&is_measure(b)))
            .then_with(|| category_weight(&b.category).cmp(&category_weight(&a.category)))
            // (a grade of it after the whole: "terluka" before "terluka ringan")
            .then_with(|| crate::text::has_byte(&a.key, b'@').cmp(&crate::text::has_byte(&b.key, b'@')))
            .then_with(|| citation_count(b).cmp(&citation_count(a)))
    });
    CardFacts { lang_code, locale_tag, facts, names }
}

/// The card's headline: the title of an article that states the top fact's
/// main value (a title does not contradict the card's first figure), else
/// the newest article's title if it states no number, else a line from that
/// fact ("268 orang tewas"), else the first sentence. Not inlined: smaller
/// on its own than inside [`card_with_facts`].
#[inline(never)]
fn headline(facts: &[Fact], articles: &[ArticleMentions]) -> String {
    if let Some(f) = facts.first() {
        let v = &f.values[0];
        // the newest titled article, if it states no number (none the top
        // fact updated): "Pasukan Rusia Pamit dari Kazakstan dengan Penuh Pujian"
        let mut newest: Option<&ArticleMentions> = None;
        // (not one that states a value since updated, disputed or not the
        // card's to lead with: "53 Warga
        // Luka-luka" where the card's injured are 63)
        let stale = |a: &ArticleMentions, title: &str| {
            facts.iter().any(|f| {
                f.values.iter().any(|w| {
                    matches!(w.status, Status::Earlier | Status::Conflict | Status::Other)
                        && w.citations.iter().any(|c| c.article == a.id && *c.sentence == *title)
                })
            })
        };
        for a in articles {
            if let Some(title) = &a.title {
                if v.citations.iter().any(|c| c.article == a.id) && !stale(a, title) {
                    return title.clone();
                }
                if newest.is_none_or(|n| a.date > n.date) {
                    newest = Some(a);
                }
            }
        }
        return match newest.and_then(|a| a.title.as_ref()) {
            Some(title) if !crate::text::has_digit(title) => title.clone(),
            _ => crate::cat!(v.display, " ", f.label),
        };
    }
    // (the first article's first figure's sentence, else its first date's)
    let first = articles.first().and_then(|a| a.figures.first().map(|f| &f.sentence).or(a.dates.first().map(|d| &d.sentence)));
    first.map_or(String::new(), |s| String::from(&**s))
}

/// The second half of [`card_from_mentions`]: the timeline, the headline
/// and the sources around the facts.
pub fn card_with_facts(parts: CardFacts, articles: &[ArticleMentions], options: &CardOptions) -> Card {
    let CardFacts { lang_code, locale_tag, facts, mut names } = parts;
    let timeline = timeline::timeline(articles, &names);

    let headline = headline(&facts, articles);

    let mut sources = Vec::new();
    for (a, outlet) in articles.iter().zip(&mut names) {
        let outlet = std::mem::take(outlet);
        sources.push(Source { id: a.id.clone(), outlet, title: a.title.clone(), url: a.url.clone(), credits: copies(&a.credits) });
    }
    Card { lang: lang_code, locale: locale_tag, headline, shown_facts: shown_facts(&facts, articles.len(), options.max_facts), facts, timeline, sources }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlet_is_named_by_its_url_host_when_the_text_does_not_name_it() {
        assert_eq!(url_host("https://www.kompas.tv/article/1?x=2").as_deref(), Some("kompas.tv"));
        assert_eq!(url_host("http://user@News.Example.com:8080/a").as_deref(), Some("news.example.com"));
        assert_eq!(url_host("javascript:alert(1)"), None);
        assert_eq!(url_host("https://localhost/x"), None);
        assert_eq!(url_host("no url"), None);
    }
}
