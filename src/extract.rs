//! Extraction over a bundle: parse every article, find its figure and date
//! mentions, and resolve dates with the article's and the bundle's context.
//! The result is the JSON contract of `factcard extract`.

use crate::article::{Article, Meta};
use crate::bundle::Bundle;
use crate::calendar::Date;
use crate::dates::{self, Context, DateMention, RawDate};
use crate::figures::{self, FigureMention};
use crate::text::{self, tokenize};
use serde::Serialize;

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
    /// The article's own date (from its dateline or first paragraph), if any.
    pub date: Option<String>,
    pub figures: Vec<FigureMention>,
    pub dates: Vec<DateMention>,
}

/// Options that do not come from the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractOptions {
    /// The reader's today: the last resort for a year no text gives.
    pub today: Option<Date>,
}

/// One article's mentions before bundle context is applied.
struct Pending {
    article: Article,
    figures: Vec<FigureMention>,
    dates: Vec<(dates::Found, String)>,
    /// Index into `dates` of the article's own date, if it has one.
    own_date: Option<usize>,
}

/// Longest quote a citation carries; a longer sentence is cut around the mention.
const MAX_QUOTE: usize = 320;

/// The sentence of `para` (a byte range of `text`) that contains the mention
/// `at..end`, cut to [`MAX_QUOTE`] bytes around it when longer.
fn sentence_at(text: &str, para: (usize, usize), spans: &[(usize, usize)], at: usize, end: usize) -> String {
    // spans are sorted and disjoint: the first that ends after `at`
    let rel = at.saturating_sub(para.0);
    let k = spans.partition_point(|&(_, e)| e <= rel);
    let (s, e) = match spans.get(k) {
        Some(&(s, e)) if s <= rel => (para.0 + s, para.0 + e),
        _ => para,
    };
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
    let mut quote = String::with_capacity(to - from + 8);
    if from > s {
        quote.push('…');
    }
    quote.push_str(text[from..to].trim());
    if to < e {
        quote.push('…');
    }
    quote
}

fn scan(article: Article) -> Pending {
    let table = article.table();
    let mut figures_found = Vec::new();
    let mut dates_found = Vec::new();
    let mut own_date = None;
    for (index, para) in article.paragraphs.iter().enumerate() {
        // the dateline (`ALMATY, Jan 9 (Reuters) -`) is scanned for its date but
        // is not part of any quoted sentence
        let tokens = tokenize(&article.text[para.start..para.end], para.start);
        let start = if (para.start..para.end).contains(&article.body_start) { article.body_start } else { para.start };
        let ptext = &article.text[start..para.end];
        let spans = text::sentences(ptext, table.abbreviations);
        let found = dates::find(table, &tokens);
        let claimed: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        // The article's own date is the first dated weekday or full date in its
        // first two body paragraphs (datelines put it there).
        let body_index = article.paragraphs[..index].iter().filter(|p| p.end > article.body_start).count();
        let is_first_body = para.end > article.body_start && body_index < 2;
        for f in found {
            let in_dateline = f.start < article.body_start;
            let is_own = is_first_body
                && own_date.is_none()
                && match f.raw {
                    RawDate::Calendar { weekday, year, .. } => in_dateline || weekday.is_some() || year.is_some(),
                    _ => false,
                };
            if is_own {
                own_date = Some(dates_found.len());
            }
            let sentence = sentence_at(&article.text, (start, para.end), &spans, f.start, f.end);
            dates_found.push((f, sentence));
        }
        for mut m in figures::find(table, &tokens, &claimed) {
            m.sentence = sentence_at(&article.text, (start, para.end), &spans, m.start, m.end);
            m.text = article.text[m.start..m.end].to_string();
            figures_found.push(m);
        }
    }
    Pending { article, figures: figures_found, dates: dates_found, own_date }
}

/// Runs extraction over every article of a (validated) bundle.
pub fn extract_bundle(bundle: &Bundle, options: ExtractOptions) -> Extraction {
    let pending: Vec<Pending> = bundle
        .articles
        .iter()
        .map(|a| {
            let meta = Meta {
                id: a.id.clone(),
                file: a.file.clone(),
                outlet: a.outlet.clone(),
                url: a.url.clone(),
                title: a.title.clone(),
            };
            scan(Article::parse(&a.text, meta))
        })
        .collect();

    // The bundle's centre: the median of the dates written with a year.
    let mut explicit: Vec<Date> = pending
        .iter()
        .flat_map(|p| p.dates.iter())
        .filter_map(|(f, _)| match f.raw {
            RawDate::Calendar { day, month, year: Some(y), .. } => Date::new(y, month, day),
            _ => None,
        })
        .collect();
    crate::order::sort_by(&mut explicit, |a, b| a.cmp(b));
    let bundle_centre = explicit.get(explicit.len() / 2).copied();
    let base = Context { article: None, bundle: bundle_centre, bundle_latest: None, today: options.today };

    // Each article's own date, resolved against the bundle; a flagged one
    // uses the reading its weekday supports.
    let own: Vec<Option<Date>> = pending
        .iter()
        .map(|p| {
            let (f, _) = &p.dates[p.own_date?];
            let r = dates::resolve(f.raw, &base);
            if r.mismatch { r.suggestion.or(r.date) } else { r.date }
        })
        .collect();
    let latest = own.iter().flatten().max().copied();

    let articles = pending
        .into_iter()
        .zip(own)
        .map(|(p, own_date)| {
            let ctx = Context { article: own_date, bundle_latest: latest, ..base };
            let dates = p
                .dates
                .into_iter()
                .map(|(f, sentence)| {
                    let r = dates::resolve(f.raw, &ctx);
                    let kind = match f.raw {
                        RawDate::Calendar { .. } => "calendar",
                        RawDate::Weekday(_) => "weekday",
                        RawDate::Relative(_) => "relative",
                    };
                    DateMention {
                        text: p.article.text[f.start..f.end].to_string(),
                        date: r.date.map(|d| d.to_string()),
                        year_inferred: r.inferred.is_some(),
                        inferred_from: r.inferred,
                        weekday_mismatch: r.mismatch,
                        suggested_date: r.suggestion.map(|d| d.to_string()),
                        kind,
                        start: f.start,
                        end: f.end,
                        sentence,
                    }
                })
                .collect();
            let a = p.article;
            ArticleMentions {
                id: a.id,
                file: a.file,
                lang: a.lang,
                title: a.title,
                outlet: a.outlet,
                url: a.url,
                credits: a.credits,
                date: own_date.map(|d| d.to_string()),
                figures: p.figures,
                dates,
            }
        })
        .collect();
    Extraction { articles }
}
