//! The card model: facts aggregated across the sources of a bundle, a
//! timeline of dates, and the sources list. One serde type that both
//! renderers (static HTML and the browser DOM) consume.

use crate::bundle::Bundle;
use crate::extract::{extract_bundle, ArticleMentions, ExtractOptions};
use crate::figures::FigureMention;
use crate::lang::{self, Category, Qualifier, CASUALTY_EVENTS, GENERIC_CONCEPTS, RUNNING_TALLIES};
use crate::locale::Locale;
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
    /// Number of distinct articles that report this fact.
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
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Main => "main",
            Status::Consistent => "consistent",
            Status::Conflict => "conflict",
            Status::Earlier => "earlier",
            Status::Other => "other",
        }
    }

    /// Where values of this status stand in a fact's list.
    fn rank(self) -> u8 {
        self as u8
    }

    /// The status a model names (`conflict`); `other` for a name it does not know.
    pub fn from_name(name: &str) -> Status {
        [Status::Main, Status::Consistent, Status::Conflict, Status::Earlier].into_iter().find(|s| s.as_str() == name).unwrap_or(Status::Other)
    }
}

impl FactValue {
    fn new(display: String, m: &FigureMention, status: Status, reported: Option<String>, citations: Vec<Citation>) -> FactValue {
        FactValue { display, value: m.value, low: m.low, high: m.high, qualifier: m.qualifier.as_str().to_string(), status, reported, citations }
    }
}

/// How many days after an article's own date a date it gives may still be
/// when it was reported: its own date is often the event's (the lead's
/// "Senin (21/11)") and the report a day or two later, while a date further
/// on is one it looks ahead to ("setelah 23 Januari", ten days on).
const REPORT_LAG_DAYS: i64 = 3;

/// When an article was reported (ISO date): the day it was published, else
/// the latest calendar date it
/// gives up to [`REPORT_LAG_DAYS`] after its own date (dateline, first
/// paragraph), or the latest it gives when it has no date of its own (a
/// report is not older than what it tells of). None when it gives no date.
pub fn report_date(a: &ArticleMentions) -> Option<String> {
    use crate::calendar::Date;
    // the day it was published says it best
    if a.published {
        return a.date.clone();
    }
    let own = a.date.as_deref().and_then(Date::parse_iso);
    let until = own.map(|d| d.add_days(REPORT_LAG_DAYS).days());
    let given = a.dates.iter().filter(|d| d.kind == "calendar").filter_map(|d| d.date.as_deref().and_then(Date::parse_iso));
    given.chain(own).filter(|d| until.is_none_or(|u| d.days() <= u)).max_by_key(|d| d.days()).map(|d| d.iso())
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Citation {
    /// The article's id in the bundle.
    pub article: String,
    pub outlet: String,
    /// The sentence quoted (shared with the mention it quotes).
    pub sentence: std::sync::Arc<str>,
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

/// The fact a figure belongs to: its quantity (concept and event) narrowed
/// by its scope (`houses/damaged@heavy`).
fn fact_key(f: &FigureMention) -> Option<String> {
    let quantity = quantity_key(f)?;
    // a share and an amount of one thing are two facts (growth 5,44 % and Rp 2.923,7 triliun)
    let quantity = match f.category {
        Category::Percent | Category::Money => crate::cat!(quantity, ":", f.category.as_str()),
        _ => quantity,
    };
    Some(match f.scope {
        Some(scope) => crate::cat!(quantity, "@", scope),
        None => quantity,
    })
}

/// What a figure counts: its concept, and its event when the concept alone
/// is too general or the event is a casualty.
fn quantity_key(f: &FigureMention) -> Option<String> {
    let concept = f.concept;
    let people = f.category == Category::People;
    // casualty events (killed, detained…) are about people: "gempa 6,9 SR" in a
    // sentence about deaths is not a death toll ("2.000 ditangkap", with no
    // noun, keeps its event)
    let event = f.event.filter(|e| people || concept.is_none() || !CASUALTY_EVENTS.contains(e));
    let generic = concept.is_none_or(|c| GENERIC_CONCEPTS.contains(&c));
    let casualty = event.is_some_and(|e| CASUALTY_EVENTS.contains(&e));
    let measure = matches!(f.category, Category::Duration | Category::Distance);
    match (concept, event) {
        // "30 tahun", "48 km", "orang": without an event they say too little
        // to line up across articles
        (Some(_), None) if measure || generic => None,
        (Some(c), None) => Some(c.to_string()),
        (None, None) => None,
        (_, Some(e)) if generic => Some(e.to_string()),
        (Some(c), Some(e)) if casualty || measure => Some(crate::cat!(c, "/", e)),
        (Some(c), Some(_)) => Some(c.to_string()),
        (None, Some(e)) => Some(e.to_string()),
    }
}

fn table_for(code: &str) -> &'static lang::LangTable {
    lang::ALL.iter().find(|t| t.code == code).copied().unwrap_or(lang::ALL[0])
}

/// The range of true values a stated figure allows: a bound is open on its
/// far side (`lebih dari 2.000` holds when `hampir 10.000` does).
fn interval(f: &FigureMention) -> (f64, f64) {
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => match f.qualifier {
            Qualifier::Exact => (v, v),
            Qualifier::Approx => (v * 0.9, v * 1.1),
            Qualifier::MoreThan | Qualifier::AtLeast => (v, f64::INFINITY),
            Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo => (0.0, v),
            Qualifier::Almost => (v * 0.9, v),
        },
        (None, Some(lo), Some(hi)) => (lo, hi),
        _ => (0.0, 0.0),
    }
}

fn overlaps(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn qualifier_mark(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approx => "≈ ",
        Qualifier::MoreThan => "> ",
        Qualifier::LessThan => "< ",
        Qualifier::AtLeast => "≥ ",
        Qualifier::AtMost | Qualifier::UpTo => "≤ ",
        Qualifier::Almost => "≲ ",
    }
}

fn display(f: &FigureMention, number: &mut impl FnMut(f64) -> String) -> String {
    let suffix = if f.category == Category::Percent { "%" } else { "" };
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => crate::cat!(qualifier_mark(f.qualifier), number(v), suffix),
        (None, Some(lo), Some(hi)) => {
            crate::cat!(number(lo), "–", number(hi), suffix)
        }
        _ => String::new(),
    }
}


/// Each article's outlet as the card names it: the outlet's name, else the
/// host of its URL (`kompas.tv`), else `Sumber 5` / `Source 5`, its number in
/// the card's source list (a title is not a name, nor is a bundle id).
fn outlet_names(articles: &[ArticleMentions], unnamed: &str) -> Vec<String> {
    (articles.iter().enumerate())
        .map(|(i, a)| a.outlet.clone().or_else(|| a.url.as_deref().and_then(url_host)).unwrap_or_else(|| crate::cat!(unnamed, " ", i + 1)))
        .collect()
}

/// `https://www.kompas.tv/article/1` → `kompas.tv`.
fn url_host(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = &url[crate::text::find_str(url, "://")? + 3..];
    // scheme://[user@]host[:port][/?#…], cut at ASCII delimiters (always char boundaries)
    let authority = &rest[..rest.bytes().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(rest.len())];
    let host = &authority[authority.bytes().rposition(|b| b == b'@').map_or(0, |at| at + 1)..];
    let host = &host[..host.bytes().position(|b| b == b':').unwrap_or(host.len())];
    let host = host.strip_prefix("www.").unwrap_or(host).to_ascii_lowercase();
    (crate::text::has_char(&host, '.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')).then_some(host)
}

fn citation(a: &ArticleMentions, outlet: &str, sentence: &std::sync::Arc<str>, text: &str) -> Citation {
    Citation {
        article: a.id.clone(),
        outlet: outlet.to_string(),
        sentence: sentence.clone(),
        text: text.to_string(),
        credits: a.credits.clone(),
        url: a.url.clone(),
    }
}

/// The most frequent item (first seen wins ties).
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for it in items {
        match counts.iter_mut().find(|(k, _)| *k == it) {
            Some((_, n)) => *n += 1,
            None => counts.push((it, 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.into_iter().find(|&(_, n)| n == best).map(|(k, _)| k)
}

/// One fact under construction: its mentions with their article index.
struct Group<'a> {
    key: String,
    mentions: Vec<(usize, &'a FigureMention)>,
    /// The places its mentions name, each once.
    places: Vec<&'a str>,
}

/// The index of the group with `key`, made if there is none.
fn group_for(groups: &mut Vec<Group>, key: String) -> usize {
    match groups.iter().position(|g| g.key == key) {
        Some(g) => g,
        None => {
            groups.push(Group { key, mentions: Vec::new(), places: Vec::new() });
            groups.len() - 1
        }
    }
}

fn build_fact(group: &Group, articles: &[ArticleMentions], names: &[String], reports: &[Option<String>], locale: Locale) -> Fact {
    let lang_code = locale.lang;
    // distinct values, each with the articles that state it
    // (display, first mention, articles, citations, every mention superseded, any revised)
    let mut values: Vec<(String, &FigureMention, Vec<usize>, Vec<Citation>, bool, bool)> = Vec::new();
    // each distinct number is written once (by Intl in the browser: a call
    // into JS per number would dominate a 1,000-article card)
    let mut written: Vec<(u64, String)> = Vec::new();
    let mut number = |v: f64| match written.iter().find(|(bits, _)| *bits == v.to_bits()) {
        Some((_, s)) => s.clone(),
        None => {
            let s = locale.number(v);
            written.push((v.to_bits(), s.clone()));
            s
        }
    };
    for &(ai, m) in &group.mentions {
        let shown = display(m, &mut number);
        let cite = citation(&articles[ai], &names[ai], &m.sentence, &m.text);
        match values.iter_mut().find(|v| v.0 == shown) {
            Some(v) => {
                // mentions come article by article: a repeat is the last one
                if v.2.last() != Some(&ai) {
                    v.2.push(ai);
                }
                v.3.push(cite);
                v.4 &= m.superseded;
                v.5 |= m.revised;
            }
            None => values.push((shown, m, vec![ai], vec![cite], m.superseded, m.revised)),
        }
    }
    // the main value: the latest report's (a revision first), then the one
    // carried by most articles, then the most precise; a value stated as
    // superseded never leads while another is there
    let precision = |m: &FigureMention| match (m.qualifier, m.value) {
        (Qualifier::Exact, Some(_)) => 3,
        (_, Some(_)) => 2,
        _ => 1,
    };
    // when a value was reported: the latest report among its articles
    let reported = |arts: &[usize]| arts.iter().filter_map(|&a| reports[a].as_deref()).max();
    // stable order for ties: first mention first
    let first_at = |m: &FigureMention| m.start;
    // a running tally's larger value of one day is its later one
    let tally = group.mentions.iter().any(|(_, m)| m.event.is_some_and(|e| RUNNING_TALLIES.contains(&e)));
    let size = |m: &FigureMention| if tally { interval(m).0 } else { 0.0 };
    // casualty counts change by the hour: a day is too coarse to set two against each other
    let evolving = group.mentions.iter().any(|(_, m)| m.event.is_some_and(|e| CASUALTY_EVENTS.contains(&e)));
    crate::order::sort_by(&mut values, |a, b| {
        a.4.cmp(&b.4)
            .then(reported(&b.2).cmp(&reported(&a.2)))
            .then(precision(b.1).min(2).cmp(&precision(a.1).min(2)))
            .then(size(b.1).partial_cmp(&size(a.1)).unwrap_or(std::cmp::Ordering::Equal))
            .then(b.5.cmp(&a.5))
            .then(b.2.len().cmp(&a.2.len()))
            .then(precision(b.1).cmp(&precision(a.1)))
            .then(a.2[0].cmp(&b.2[0]))
            .then(first_at(a.1).cmp(&first_at(b.1)))
    });
    let main = interval(values[0].1);
    let main_reported = reported(&values[0].2).map(str::to_string);
    let main_articles = values[0].2.clone();
    let mut agreeing: Vec<usize> = Vec::new();
    let mut differing: Vec<usize> = Vec::new();
    // membership by article index: linear in the articles, whatever their number
    let (mut in_agreeing, mut in_differing) = (vec![false; articles.len()], vec![false; articles.len()]);
    let mut fact_values: Vec<FactValue> = values
        .into_iter()
        .enumerate()
        .map(|(k, (shown, m, arts, citations, superseded, _))| {
            let when = reported(&arts).map(str::to_string);
            let status = if k == 0 {
                Status::Main
            } else if overlaps(interval(m), main) {
                Status::Consistent
            } else if superseded || when < main_reported || (tally && when == main_reported && interval(m).1 < main.0) {
                // an update: reported before the main value, said to be
                // superseded, or a smaller count of a tally that day
                Status::Earlier
            } else if arts.iter().any(|a| main_articles.contains(a)) || when.is_none() || when != main_reported || evolving {
                // an article does not contradict itself (another scope or
                // moment it names, which the card cannot place), reports of
                // unknown date are not known to be of the same moment, nor
                // are two counts of one day of what changes by the hour
                Status::Other
            } else {
                Status::Conflict
            };
            let (bucket, seen) = match status {
                Status::Conflict => (&mut differing, &mut in_differing),
                Status::Main | Status::Consistent => (&mut agreeing, &mut in_agreeing),
                _ => {
                    return FactValue::new(shown, m, status, when, citations);
                }
            };
            for a in arts {
                if !seen[a] {
                    seen[a] = true;
                    bucket.push(a);
                }
            }
            FactValue::new(shown, m, status, when, citations)
        })
        .collect();
    // main, what agrees, what disagrees, then the earlier reports (latest first), then the rest
    crate::order::sort_by(&mut fact_values, |a, b| a.status.rank().cmp(&b.status.rank()).then(b.reported.cmp(&a.reported)));
    differing.retain(|&a| !in_agreeing[a]);
    // where a report comes from: the first agency it credits, else its outlet
    let mut origins: Vec<String> = Vec::new();
    for &a in &agreeing {
        let origin = articles[a].credits.first().unwrap_or(&names[a]).clone();
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    // mentions come in article order, so repeats are adjacent
    let mut sources: Vec<usize> = group.mentions.iter().map(|&(a, _)| a).collect();
    sources.dedup();
    let noun = most_common(group.mentions.iter().filter_map(|(_, m)| m.noun.as_deref()));
    let quantity = &group.key[..group.key.bytes().position(|b| matches!(b, b'@' | b'#' | b'%' | b':')).unwrap_or(group.key.len())];
    let event_in_key = crate::text::has_char(quantity, '/') || group.mentions.iter().any(|(_, m)| m.event == Some(quantity));
    let table = lang::ALL.iter().find(|t| t.code == lang_code).copied().unwrap_or(lang::ALL[0]);
    let event = most_common(group.mentions.iter().filter_map(|(_, m)| m.event))
        .map(|e| table.event_labels.get(e).unwrap_or(e));
    let label = match (noun, event.filter(|_| event_in_key)) {
        (Some(n), Some(e)) => crate::cat!(n, " ", e),
        (Some(n), None) => n.to_string(),
        (None, Some(e)) => e.to_string(),
        (None, None) => quantity.to_string(),
    };
    // the scope, in the card's language: "rumah rusak berat"
    let scope = group.mentions.first().and_then(|(_, m)| m.scope).map(|s| table.scope_labels.get(s).unwrap_or(s));
    let label = match scope {
        Some(s) => crate::cat!(label, " ", s),
        None => label,
    };
    // the place, when the fact is one place's: "tewas di Suriah"
    let label = match (crate::text::has_char(&group.key, '#'), group.mentions.iter().find_map(|(_, m)| m.place.as_deref())) {
        (true, Some(p)) => crate::cat!(label, " ", table.place_words.iter().next().copied().unwrap_or(""), " ", p),
        _ => label,
    };
    // another year's: "people killed (1939)"
    let label = match group.key.bytes().rposition(|b| b == b'%') {
        Some(at) => crate::cat!(label, " (", &group.key[at + 1..], ")"),
        None => label,
    };
    let category = most_common(group.mentions.iter().map(|(_, m)| m.category.as_str())).unwrap_or("count");
    Fact {
        key: group.key.clone(),
        label,
        category: category.to_string(),
        values: fact_values,
        sources: sources.len(),
        agree: agreeing.len(),
        differ: differing.len(),
        origins,
    }
}


fn category_weight(name: &str) -> u32 {
    [Category::People, Category::Money, Category::Percent, Category::Count, Category::Distance, Category::Duration]
        .into_iter()
        .find(|c| c.as_str() == name)
        .map_or(0, Category::weight)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(crate::text::is_upper)
}

/// How many of the sentences that give a date are read for its label.
const LABEL_CANDIDATES: usize = 8;

/// Most words in a timeline phrase.
const LABEL_WORDS: usize = 10;

/// A short phrase for a timeline entry: the clause of the sentence that holds
/// the date (or the nearest clause with something in it), without the date,
/// without opening connectives, ending before a subordinate clause.
fn timeline_label(sentence: &str, date_text: &str, lang_code: &str) -> String {
    let table = lang::ALL.iter().find(|t| t.code == lang_code).copied().unwrap_or(lang::ALL[0]);
    // where the date is (a quote cut short may have lost it: then nothing is removed)
    let (at, removed_end) = match crate::text::find_str(sentence, date_text) {
        Some(at) => (at, at + date_text.len()),
        None => (sentence.len(), sentence.len()),
    };
    // a comma breaks a clause only before a space (not in 6,9)
    let is_break = |i: usize, c: char| match c {
        ',' => sentence[i + 1..].starts_with(char::is_whitespace),
        ';' | ':' | '–' | '—' | '(' | ')' => true,
        _ => false,
    };
    // clauses as (words, holds the date)
    let mut clauses: Vec<(Vec<String>, bool)> = Vec::new();
    let mut start = 0;
    for (i, c) in sentence.char_indices().chain(std::iter::once((sentence.len(), ','))) {
        if i >= at && i < removed_end {
            continue;
        }
        if i == sentence.len() || is_break(i, c) {
            let holds = start <= at && at <= i;
            let part = if holds {
                // without the date and the words that only introduced it ("pada", "on")
                let before = clause_words(&sentence[start..at.max(start)]);
                let keep = before.len() - before.iter().rev().take_while(|w| table.weekday_lead.iter().any(|l| lang::eq_ci(l, w))).count();
                let after = &sentence[removed_end.clamp(start, i)..i];
                crate::cat!(crate::text::join(&before[..keep], " "), " ", after)
            } else {
                sentence[start..i].to_string()
            };
            clauses.push((clause_words(&part), holds));
            start = (i + c.len_utf8()).min(sentence.len());
        }
    }
    let words_of = |k: usize| -> Vec<String> {
        let mut words: Vec<String> = clauses[k].0.clone();
        // drop opening connectives (longest first), repeatedly
        loop {
            let lead = table
                .clause_leads
                .iter()
                .filter(|p| words.len() >= p.split(' ').count() && p.split(' ').zip(&words).all(|(a, b)| lang::eq_ci(a, b)))
                .map(|p| p.split(' ').count())
                .max();
            match lead {
                Some(n) => drop(words.drain(..n)),
                None => break,
            }
        }
        words
    };
    // the clause with the date, else the nearest one before or after it
    if clauses.is_empty() {
        return String::new();
    }
    let holding = clauses.iter().position(|c| c.1).unwrap_or(0);
    let mut order: Vec<usize> = vec![holding];
    for d in 1..clauses.len() {
        order.extend(holding.checked_sub(d));
        order.extend(Some(holding + d).filter(|&k| k < clauses.len()));
    }
    // two words will do in the date's own clause ("Troops arrived"); a
    // neighbour must say more
    let words = order
        .into_iter()
        .map(|k| (k, words_of(k)))
        .find(|(k, w)| w.len() >= if *k == holding { 2 } else { 3 })
        .map_or_else(|| words_of(holding), |(_, w)| w);
    // end before a subordinate clause, once there is something to say
    let mut end = words.len();
    for (k, w) in words.iter().enumerate().skip(3) {
        if table.subordinators.iter().any(|s| lang::eq_ci(s, w)) {
            end = k;
            break;
        }
    }
    let mut label = crate::text::join(&words[..end.min(LABEL_WORDS)], " ");
    if end > LABEL_WORDS {
        label.push('…');
    }
    label
}

/// The words and numbers of a clause (a `%` glued to a number kept), as
/// the tokenizer reads them: no punctuation.
fn clause_words(part: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for t in crate::text::tokenize(part, 0) {
        match words.last_mut() {
            Some(w) if t.is_punct("%") && !t.spaced => w.push('%'),
            // (a closing quote is no apostrophe: `perusuh’` is `perusuh`)
            _ if t.is_word() || t.is_number() => words.push(t.text.strip_suffix('’').unwrap_or(t.text).to_string()),
            _ => {}
        }
    }
    words
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
    let known = |l: &str| lang::ALL.iter().any(|t| t.code == l);
    let lang_code = match options.lang.as_deref().map(|l| l.split('-').next().unwrap_or(l).to_ascii_lowercase()) {
        Some(l) if known(&l) => l,
        _ => most_common(articles.iter().map(|a| a.lang)).unwrap_or("id").to_string(),
    };
    let locale_tag = options.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()).unwrap_or(&lang_code).to_string();
    let locale = Locale { tag: &locale_tag, lang: &lang_code };
    let names = outlet_names(articles, table_for(&lang_code).unnamed_source);

    // each mention's quantity (a quantity of another year than the
    // report's is another fact: the deaths of an earthquake in 1939 are not
    // this one's), and the places it is given for
    let reports: Vec<Option<String>> = articles.iter().map(report_date).collect();
    let mut groups: Vec<Group> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let report_year = reports[ai].as_deref().and_then(|r| crate::text::digits(r.get(..4)?));
        for m in &a.figures {
            let Some(mut key) = fact_key(m) else { continue };
            if let (Some(y), Some(r)) = (m.year, report_year) {
                if y as u32 != r {
                    key = crate::cat!(key, "%", y as usize);
                }
            }
            let g = group_for(&mut groups, key);
            let g = &mut groups[g];
            g.mentions.push((ai, m));
            if let Some(p) = m.place.as_deref().filter(|p| !g.places.iter().any(|q| lang::eq_ci(q, p))) {
                g.places.push(p);
            }
        }
    }
    // a quantity given for two or more places (the dead in Turkey, in Syria)
    // is a fact per place, its unplaced mentions the whole; one given for a
    // single place is given where the event is, and stays one fact
    for g in 0..groups.len() {
        if groups[g].places.len() < 2 {
            continue;
        }
        let (key, places) = (groups[g].key.clone(), groups[g].places.clone());
        for (ai, m) in std::mem::take(&mut groups[g].mentions) {
            let place = m.place.as_deref().and_then(|p| places.iter().find(|q| lang::eq_ci(q, p)));
            let k = group_for(&mut groups, place.map_or_else(|| key.clone(), |p| crate::cat!(key, "#", *p)));
            groups[k].mentions.push((ai, m));
        }
    }
    // (a quantity whose every mention is one place's has no whole)
    let facts: Vec<Fact> = groups.iter().filter(|g| !g.mentions.is_empty()).map(|g| build_fact(g, articles, &names, &reports, locale)).collect();
    // most sources first; then what readers care about; then the bigger story
    // ties keep the bundle's order (the sort is stable)
    let mut facts = facts;
    crate::order::sort_by(&mut facts, |a, b| {
        b.sources
            .cmp(&a.sources)
            .then(category_weight(&b.category).cmp(&category_weight(&a.category)))
            .then(b.values.iter().map(|v| v.citations.len()).sum::<usize>().cmp(&a.values.iter().map(|v| v.citations.len()).sum::<usize>()))
    });
    CardFacts { lang_code, locale_tag, facts, names }
}

/// The second half of [`card_from_mentions`]: the timeline, the headline
/// and the sources around the facts.
pub fn card_with_facts(parts: CardFacts, articles: &[ArticleMentions], options: &CardOptions) -> Card {
    let CardFacts { lang_code, locale_tag, facts, names } = parts;
    let mut timeline: Vec<TimelineEntry> = Vec::new();
    for (a, name) in articles.iter().zip(&names) {
        for d in a.dates.iter().filter(|d| d.kind == "calendar") {
            let Some(date) = d.date.clone() else { continue };
            let cite = citation(a, name, &d.sentence, &d.text);
            match timeline.iter_mut().find(|t| t.date == date) {
                Some(t) => {
                    t.flagged |= d.weekday_mismatch;
                    if t.suggested_date.is_none() {
                        t.suggested_date = d.suggested_date.clone();
                    }
                    // of the first few sentences that give the date, the
                    // first whose phrase starts a clause (a publication
                    // line says nothing, "mengakibatkan…" is a fragment)
                    if t.citations.len() < LABEL_CANDIDATES && !starts_upper(&t.label) {
                        let label = timeline_label(&d.sentence, &d.text, &lang_code);
                        if starts_upper(&label) || t.label.is_empty() {
                            t.label = label;
                        }
                    }
                    t.citations.push(cite);
                }
                None => timeline.push(TimelineEntry {
                    label: timeline_label(&d.sentence, &d.text, &lang_code),
                    date,
                    flagged: d.weekday_mismatch,
                    suggested_date: d.suggested_date.clone(),
                    citations: vec![cite],
                }),
            }
        }
    }
    crate::order::sort_by(&mut timeline, |a, b| a.date.cmp(&b.date));

    // the headline: the title of an article that states the top fact's main
    // value (a title does not contradict the card's first figure), else a
    // line from that fact ("268 orang tewas"), else the first sentence
    let top = facts.first().map(|f| (f, &f.values[0]));
    let headline = top
        .and_then(|(_, v)| articles.iter().find(|a| a.title.is_some() && v.citations.iter().any(|c| c.article == a.id)))
        .and_then(|a| a.title.clone())
        .or_else(|| top.map(|(f, v)| crate::cat!(v.display, " ", f.label)))
        .or_else(|| {
            articles.first().and_then(|a| a.figures.first().map(|f| String::from(&*f.sentence)).or_else(|| a.dates.first().map(|d| String::from(&*d.sentence))))
        })
        .unwrap_or_default();

    let sources = (articles.iter().zip(names))
        .map(|(a, outlet)| Source {
            id: a.id.clone(),
            outlet,
            title: a.title.clone(),
            url: a.url.clone(),
            credits: a.credits.clone(),
        })
        .collect();
    Card { lang: lang_code, locale: locale_tag, headline, shown_facts: options.max_facts.min(facts.len()), facts, timeline, sources }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeline_phrases_say_what_happened() {
        assert_eq!(
            timeline_label("Pada hari Kamis (13/1), blok militer pimpinan Rusia mulai menarik pasukan dari Kazakhstan setelah pengerahan.", "Kamis (13/1)", "id"),
            "blok militer pimpinan Rusia mulai menarik pasukan dari Kazakhstan"
        );
        assert_eq!(
            timeline_label("Pihak berwenang mengatakan pada Minggu (09/01/2022) bahwa situasi kembali stabil.", "Minggu (09/01/2022)", "id"),
            "Pihak berwenang mengatakan bahwa situasi kembali stabil"
        );
        assert_eq!(
            timeline_label("Gempa magnitudo 6,9 mengguncang Banten pada Jumat (2/8/2019) pukul 19.03 WIB.", "Jumat (2/8/2019)", "id"),
            "Gempa magnitudo 6,9 mengguncang Banten pukul 19.03 WIB"
        );
        assert_eq!(timeline_label("", "Kamis (13/1)", "id"), "");
        assert_eq!(timeline_label("…pasukan tiba di kota", "Kamis (13/1)", "id"), "pasukan tiba di kota");
        assert_eq!(
            timeline_label("Troops arrived on Thursday, January 6, 2022, after the president asked for help.", "Thursday, January 6, 2022", "en"),
            "Troops arrived"
        );
    }

    #[test]
    fn an_outlet_is_named_by_its_url_host_when_the_text_does_not_name_it() {
        assert_eq!(url_host("https://www.kompas.tv/article/1?x=2").as_deref(), Some("kompas.tv"));
        assert_eq!(url_host("http://user@News.Example.com:8080/a").as_deref(), Some("news.example.com"));
        assert_eq!(url_host("javascript:alert(1)"), None);
        assert_eq!(url_host("https://localhost/x"), None);
        assert_eq!(url_host("no url"), None);
    }
}
