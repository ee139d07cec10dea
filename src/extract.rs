//! Extraction over a bundle: parse every article, find its figure and date
//! mentions, and resolve dates with the article's and the bundle's context.
//! The result is the JSON contract of `factcard extract`.

use crate::article::{Article, Meta};
use crate::bundle::Bundle;
use crate::calendar::Date;
use crate::dates::{self, Context, DateMention, RawDate};
use crate::figures::{self, FigureMention};
use crate::text::{self, ending_by, tokenize};
use serde::Serialize;
use std::sync::Arc;

#[derive(Clone, Debug, Serialize)]
pub struct Extraction {
    pub articles: Vec<ArticleMentions>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ArticleMentions {
    pub id: String,
    pub file: String,
    pub lang: &'static str,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub credits: Vec<String>,
    /// Its own date is the day the bundle says it was published (not one
    /// its text gives).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub published: bool,
    /// The article's own date: the day it was published, else the date of
    /// its dateline or first paragraph, if any.
    pub date: Option<String>,
    /// When in its day it was published, by the outlet's clock: a minute
    /// of the day, noon when the bundle does not say.
    #[serde(skip)]
    pub minute: u32,
    pub figures: Vec<FigureMention>,
    pub dates: Vec<DateMention>,
    /// Mentions not kept because the article has more than [`MAX_MENTIONS`]
    /// figures or dates (absent when none were skipped).
    #[serde(skip_serializing_if = "is_zero")]
    pub skipped_mentions: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Options that do not come from the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractOptions {
    /// The reader's today: the last resort for a year no text gives.
    pub today: Option<Date>,
}

/// One article's mentions before bundle context is applied: what
/// [`scan_article`] returns and [`resolve_bundle`] takes.
pub struct Pending {
    /// The article's parts, its text and paragraphs dropped once scanned
    /// (1,000 articles: the bundle's text is not kept twice).
    article: Article,
    /// The text of each date mention (the article's text is gone).
    date_texts: Vec<String>,
    figures: Vec<FigureMention>,
    /// Date mentions with their quoted sentence and paragraph index.
    dates: Vec<(dates::Found, Arc<String>, usize)>,
    /// Index into `dates` of the article's own date, if it has one.
    own_date: Option<usize>,
    /// Years the article names outside dates (`Pemilu 2019`), newest last seen.
    year_hints: Vec<i32>,
    /// Mentions past [`MAX_MENTIONS`], not kept.
    skipped: usize,
    /// The day of the bundle's `published`.
    published: Option<Date>,
    /// And its minute of the day ([`scan_article`]).
    minute: u32,
    /// The article's own date, once resolved in the bundle ([`resolve_bundle`]).
    own: Option<Date>,
}

/// Most tokens of a subheading.
const HEADING_TOKENS: usize = 10;

/// Most figures, and most dates, kept for one article. A news article has
/// tens; a text with more (10⁵ weekdays in a row) is not one, and keeping
/// every mention with its quote would take memory out of proportion to it.
pub const MAX_MENTIONS: usize = 5_000;

/// Longest quote a citation carries; a longer sentence is cut around the mention.
const MAX_QUOTE: usize = 320;

/// The sentence of `para` (a byte range of `text`) that contains the mention
/// `at..end`, cut to [`MAX_QUOTE`] bytes around it when longer.
/// A sentence that opens pointing back ([`crate::lang::LangTable::back_refs`])
/// is quoted with the one before it.
fn sentence_at(table: &crate::lang::LangTable, text: &str, para: (usize, usize), spans: &[(usize, usize)], at: usize, end: usize) -> String {
    // spans are sorted and disjoint: the first that ends after `at`
    let rel = at.saturating_sub(para.0);
    let k = ending_by(spans, rel);
    let (mut s, e) = match spans.get(k) {
        Some(&(s, e)) if s <= rel => (para.0 + s, para.0 + e),
        _ => para,
    };
    if k > 0 && s > para.0 && table.back_refs.starts(&text[s..]) {
        s = para.0 + spans[k - 1].0;
    }
    if e - s <= MAX_QUOTE {
        return text[s..e].to_string();
    }
    let room = MAX_QUOTE.saturating_sub(end - at) / 2;
    let mut from = at.saturating_sub(room).max(s);
    let mut to = (end + room).min(e).max(end);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    // (cut between words: not "…ah 28 orang")
    let b = text.as_bytes();
    let mut i = from;
    while from > s && i < at {
        i += 1;
        if b[i - 1] == b' ' {
            from = i;
            break;
        }
    }
    let mut i = to;
    while to < e && i > end {
        i -= 1;
        if b[i] == b' ' {
            to = i;
            break;
        }
    }
    let mut quote = String::with_capacity(to - from + 8);
    if from > s {
        quote.push_str("…");
    }
    quote.push_str(crate::text::trim(&text[from..to]));
    if to < e {
        quote.push_str("…");
    }
    quote
}

/// Mentions in one sentence share its quote: an `Arc<String>`, which the
/// quote moves into as it is, not an `Arc<str>`, which copied it into an
/// allocation of computed layout (that code left the wasm: 225 B gzip less,
/// measured).
#[derive(Default)]
struct Quotes {
    last: Option<Arc<String>>,
}

impl Quotes {
    fn get(&mut self, quote: String) -> Arc<String> {
        match &self.last {
            Some(last) if **last == *quote => last.clone(),
            _ => {
                let shared = Arc::new(quote);
                self.last = Some(shared.clone());
                shared
            }
        }
    }
}

fn scan(mut article: Article) -> Pending {
    // the paragraphs' credits join the source lines' as they are tokenized
    let mut credits = std::mem::take(&mut article.credits);
    let table = article.table();
    let mut figures_found = Vec::new();
    let mut dates_found = Vec::new();
    let mut own_date: Option<(usize, u8)> = None;
    let mut year_hints: Vec<i32> = Vec::new();
    let mut skipped = 0;
    let mut quotes = Quotes::default();
    // body paragraphs before the current one (for the own-date score)
    let mut body_index = 0;
    // the event the last subheading names
    let mut topic = None;
    for (index, para) in article.paragraphs.iter().enumerate() {
        // the dateline (`ALMATY, Jan 9 (Reuters) -`) is scanned for its date but
        // is not part of any quoted sentence
        let para_text = &article.text[para.start..para.end];
        let tokens = tokenize(para_text, para.start);
        crate::article::credit_paragraph(&mut credits, &tokens);
        let start = if (para.start..para.end).contains(&article.body_start) { article.body_start } else { para.start };
        let ptext = &article.text[start..para.end];
        let spans = text::sentences(ptext, table.abbreviations);
        let found = dates::find(table, &tokens);
        let mut claimed: Vec<(usize, usize)> = Vec::new();
        for f in &found {
            claimed.push((f.start, f.end));
        }
        // Candidates for the article's own date, best score wins (then the
        // earliest): a date in the dateline or on a publication line of its own
        // (`Selasa, 23 Juni 2020 17:55`), else a weekday or full date in the
        // first two body paragraphs.
        let letters = |s: &str| {
            let mut n = 0;
            for &b in s.as_bytes() {
                n += usize::from(b.is_ascii_alphabetic());
            }
            n
        };
        // counted once per paragraph, so 10⁵ dates in one paragraph stay linear
        let para_letters = if index < 6 { letters(para_text) } else { 0 };
        let letters_left = |f: &dates::Found| para_letters - letters(&article.text[f.start..f.end]);
        // `claimed` is sorted and disjoint: the span that could hold a token,
        // the first that ends at or after its end (which is past its start: ≥ 1)
        let is_claimed = |start: usize, end: usize| {
            let k = ending_by(&claimed, end - 1);
            claimed.get(k).is_some_and(|&(s, e)| s <= start && end <= e)
        };
        for (k, t) in tokens.iter().enumerate() {
            if let Some(y) = t.year().filter(|_| !is_claimed(t.start, t.end())) {
                let prev_is_word = k > 0 && tokens[k - 1].is_word();
                if (prev_is_word || k == 0) && !crate::order::contains(&year_hints, y) {
                    year_hints.push(y);
                }
            }
        }
        for f in &found {
            if dates_found.len() == MAX_MENTIONS {
                skipped += 1;
                continue;
            }
            if let RawDate::Calendar { weekday, year, .. } = f.raw {
                let score = if f.start < article.body_start || (index < 6 && letters_left(f) < 12) {
                    4
                } else if para.end > article.body_start && body_index < 2 {
                    u8::from(weekday.is_some()) * 2 + u8::from(year.is_some())
                } else {
                    0
                };
                if score > 0 && own_date.is_none_or(|(_, best)| score > best) {
                    own_date = Some((dates_found.len(), score));
                }
            }
            let sentence = quotes.get(sentence_at(table, &article.text, (start, para.end), &spans, f.start, f.end));
            dates_found.push((f.clone(), sentence, index));
        }
        // a subheading ("Confusion over deaths, missing": a short paragraph
        // with no sentence's end) names what the paragraphs after it count
        let mut found_figures = figures::find(table, &tokens, &claimed, topic);
        // (as does a lead-in to a list, "The deaths by state are as follows:",
        // for its items, "• Georgia: 25": short lines that name no event and
        // so leave the topic as it is)
        let lead_in = tokens.last().is_some_and(|t| t.is_punct(":"));
        if tokens.len() <= HEADING_TOKENS && !tokens.last().is_some_and(|t| t.is_punct(".")) || lead_in {
            // (a lead-in sets it, to none when it names none; a heading
            // that names none leaves it)
            topic = tokens.iter().find_map(|t| table.event(t.text)).or(topic.filter(|_| !lead_in));
        }
        // (those past MAX_MENTIONS counted, not kept)
        let room = MAX_MENTIONS - figures_found.len();
        if found_figures.len() > room {
            skipped += found_figures.len() - room;
            found_figures.truncate(room);
        }
        for m in &mut found_figures {
            m.sentence = quotes.get(sentence_at(table, &article.text, (start, para.end), &spans, m.start, m.end));
            m.text = article.text[m.start..m.end].to_string();
        }
        figures_found.append(&mut found_figures);
        if para.end > article.body_start {
            body_index += 1;
        }
    }
    figures::lend_held_concept(&mut figures_found);
    let mut date_texts = Vec::with_capacity(dates_found.len());
    for (f, _, _) in &dates_found {
        date_texts.push(article.text[f.start..f.end].to_string());
    }
    let mut article = article;
    article.text = String::new();
    article.paragraphs = Vec::new();
    article.credits = credits;
    Pending {
        article,
        date_texts,
        figures: figures_found,
        dates: dates_found,
        own_date: own_date.map(|(i, _)| i),
        year_hints,
        skipped,
        published: None,
        minute: 0,
        own: None,
    }
}

/// Parses one article of a bundle and finds its mentions (step one of two:
/// articles are independent, so a caller can spread them over time or cores).
pub fn scan_article(a: &crate::bundle::BundleArticle) -> Pending {
    let meta = Meta { id: a.id.clone(), file: a.file.clone(), outlet: a.outlet.clone(), url: a.url.clone(), title: a.title.clone(), lang: a.lang.clone() };
    let mut pending = scan(Article::parse(&a.text, meta));
    pending.published = a.published.as_deref().and_then(crate::bundle::published_date);
    // (its time, `T13:02`, read where the bundle's validation found its
    // date: noon when it has none, after a report just past midnight and
    // before one late at night; the outlet's local time)
    let p = a.published.as_deref().map_or(&[][..], |p| crate::text::trim(p).as_bytes());
    let digit = |i: usize| p.get(i).map_or(0, |b| u32::from(b.wrapping_sub(b'0')));
    pending.minute = if p.get(13) == Some(&b':') { (digit(11) * 600 + digit(12) * 60 + digit(14) * 10 + digit(15)).min(1439) } else { 720 };
    pending
}

/// Runs extraction over every article of a (validated) bundle.
pub fn extract_bundle(bundle: &Bundle, options: ExtractOptions) -> Extraction {
    // articles are parsed independently: on all cores natively (rayon), one
    // after the other in the browser
    #[cfg(not(target_arch = "wasm32"))]
    let pending: Vec<Pending> = {
        use rayon::prelude::*;
        bundle.articles.par_iter().map(scan_article).collect()
    };
    #[cfg(target_arch = "wasm32")]
    let pending: Vec<Pending> = bundle.articles.iter().map(scan_article).collect();
    resolve_bundle(pending, options)
}

/// A date's ISO `yyyy-mm-dd`, if there is one.
#[inline(never)]
fn iso(date: Option<Date>) -> Option<String> {
    date.map(|d| d.iso())
}

/// Step two: resolves the dates of scanned articles in the bundle's context
/// (the bundle's years, each article's own date) and gives the extraction.
pub fn resolve_bundle(mut pending: Vec<Pending>, options: ExtractOptions) -> Extraction {
    // The bundle's centre: the median of the dates written with a year.
    // (their order does not matter: they are sorted)
    let mut explicit: Vec<Date> = Vec::new();
    for p in &pending {
        for (f, _, _) in &p.dates {
            if let RawDate::Calendar { day, month, year: Some(y), .. } = f.raw {
                if let Some(d) = Date::new(y, month.into(), day.into()) {
                    explicit.push(d);
                }
            }
        }
        if let Some(d) = p.published {
            explicit.push(d);
        }
    }
    // (by day number, in date order: one comparison, not three fields')
    crate::order::sort_by(&mut explicit, |a, b| a.days().cmp(&b.days()));
    let bundle_centre = explicit.get(explicit.len() / 2).copied();
    let base = Context { article: None, bundle: bundle_centre, bundle_latest: None, today: options.today, year_hints: [0; 4] };

    // Each article's own date: the day it was published, else its dateline's
    // resolved against the bundle (a flagged one uses the reading its weekday
    // supports).
    let mut latest = None;
    for p in &mut pending {
        let date = p.published.or_else(|| {
            let (f, _, _) = &p.dates[p.own_date?];
            let r = dates::resolve(f.raw, &Context { year_hints: dates::hints(&p.year_hints), ..base });
            if r.mismatch {
                r.suggestion.or(r.date)
            } else {
                r.date
            }
        });
        if let Some(d) = date {
            if latest.is_none_or(|l| l <= d) {
                latest = date;
            }
        }
        p.own = date;
    }

    let mut articles = Vec::with_capacity(pending.len());
    for p in &mut pending {
        let own_date = p.own;
        let ctx = Context { article: own_date, bundle_latest: latest, year_hints: dates::hints(&p.year_hints), ..base };
        // Calendar dates first: a paragraph's dated attribution (`kata X,
        // Sabtu (3/8/2019)`) anchors its `hari ini` / `kemarin`. In one pass:
        // - each paragraph's first such date (the anchors, like the
        //   mentions, are in text order);
        // - the calendar date last mentioned before each mention (`hari itu`).
        // (each reading with the date last mentioned before it: one list)
        let mut readings: Vec<(Option<dates::Reading>, Option<Date>)> = Vec::new();
        let mut anchors: Vec<(usize, Date)> = Vec::new();
        let mut last = None;
        for (f, _, q) in &p.dates {
            let r = matches!(f.raw, RawDate::Calendar { .. }).then(|| dates::resolve(f.raw, &ctx));
            if let (RawDate::Calendar { weekday: Some(_), .. }, Some(r)) = (f.raw, r) {
                if let (Some(date), false) = (r.date, r.mismatch) {
                    anchors.push((*q, date));
                }
            }
            readings.push((r, last));
            if let Some(date) = r.and_then(|r| r.date).filter(|_| !f.said) {
                last = Some(date);
            }
        }
        // the first anchor of a paragraph: the paragraphs asked about only
        // grow, so one pass over the anchors serves them all (a text with
        // 10⁵ dates stays linear)
        let mut passed = 0;
        let mut anchor_in = |para: usize| {
            while anchors.get(passed).is_some_and(|a| a.0 < para) {
                passed += 1;
            }
            anchors.get(passed).filter(|a| a.0 == para).map(|a| a.1)
        };
        let mut dates = Vec::with_capacity(p.dates.len());
        for (k, ((f, sentence, para), &(reading, last_date))) in p.dates.iter().zip(&readings).enumerate() {
            // (`last_date`, for `hari itu`: the calendar date last mentioned before it)
            let r = match reading {
                Some(r) => r,
                // "Kemarin, Minggu 16 Oktober": the date beside it says which day
                None if matches!(f.raw, RawDate::Relative(_)) && p.dates.get(k + 1).is_some_and(|n| n.0.start <= f.end + 2) && readings[k + 1].0.is_some() => {
                    readings[k + 1].0.unwrap()
                }
                None => {
                    // (one call, with the day it counts from)
                    let (raw, article) = match (f.raw, last_date) {
                        (RawDate::ThatDay(offset), Some(last)) => (RawDate::Relative(offset), Some(last)),
                        _ => match matches!(f.raw, RawDate::Relative(_)).then(|| anchor_in(*para)).flatten() {
                            Some(anchor) => (f.raw, Some(anchor)),
                            None => (f.raw, ctx.article),
                        },
                    };
                    dates::resolve(raw, &Context { article, ..ctx })
                }
            };
            let sentence = sentence.clone();
            let kind = match f.raw {
                RawDate::Calendar { .. } => "calendar",
                RawDate::Weekday(_) | RawDate::NextWeekday(_) => "weekday",
                RawDate::Relative(_) | RawDate::ThatDay(_) | RawDate::MonthDay(_) => "relative",
            };
            dates.push(DateMention {
                text: p.date_texts[k].clone(),
                date: iso(r.date),
                year_inferred: r.inferred.is_some(),
                inferred_from: r.inferred,
                weekday_mismatch: r.mismatch,
                suggested_date: iso(r.suggestion),
                kind,
                start: f.start,
                end: f.end,
                sentence,
            });
        }
        // (taken: the rest of each article's scan is dropped with the others')
        let a = &mut p.article;
        articles.push(ArticleMentions {
            id: std::mem::take(&mut a.id),
            file: std::mem::take(&mut a.file),
            lang: a.lang,
            title: std::mem::take(&mut a.title),
            outlet: std::mem::take(&mut a.outlet),
            url: std::mem::take(&mut a.url),
            credits: std::mem::take(&mut a.credits),
            published: p.published.is_some(),
            date: iso(own_date),
            minute: p.minute,
            figures: std::mem::take(&mut p.figures),
            dates,
            skipped_mentions: p.skipped,
        });
    }
    Extraction { articles }
}
