//! Feeds: RSS 2.0 (`rss`), Atom (`atom_syndication`) and JSON Feed
//! (`serde_json`), one article per item. This module owns what an item
//! gives an article: its full content (else its description or summary) as
//! plain text, its title, link and date (`pubDate`, `published`, else
//! `dc:date` or `updated`), the feed's title as the outlet and its language.
//! Items without text are left out; a feed with none is an error.

use crate::bundle::{id_from_file, BundleArticle};
use serde_json::Value;

/// One item, before it is an article.
#[derive(Default)]
struct Item {
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    /// HTML (or plain text, which reads the same).
    content: String,
}

pub fn read_rss(name: &str, bytes: &[u8]) -> Result<Vec<BundleArticle>, String> {
    let channel = rss::Channel::read_from(bytes).map_err(|e| format!("{name}: not a readable RSS feed: {}", one_line(&e.to_string())))?;
    let items = channel
        .items()
        .iter()
        .map(|i| Item {
            title: i.title().map(str::to_string),
            url: i.link().map(str::to_string),
            published: i.pub_date().map(str::to_string).or_else(|| i.dublin_core_ext().and_then(|dc| dc.dates().first().cloned())),
            content: [i.content(), i.description()].into_iter().flatten().find(|c| !c.trim().is_empty()).unwrap_or_default().to_string(),
        })
        .collect();
    articles(name, Some(channel.title()), channel.language(), items)
}

pub fn read_atom(name: &str, bytes: &[u8]) -> Result<Vec<BundleArticle>, String> {
    let feed = atom_syndication::Feed::read_from(bytes).map_err(|e| format!("{name}: not a readable Atom feed: {}", one_line(&e.to_string())))?;
    let items = feed
        .entries()
        .iter()
        .map(|e| {
            let link = e.links().iter().find(|l| l.rel() == "alternate").or_else(|| e.links().first());
            let content = e.content().and_then(|c| c.value()).filter(|c| !c.trim().is_empty());
            let content = content.map(str::to_string).or_else(|| e.summary().map(|s| s.value.clone())).unwrap_or_default();
            Item {
                title: Some(e.title().value.clone()),
                url: link.map(|l| l.href().to_string()),
                published: Some(e.published().unwrap_or(e.updated()).to_rfc3339()),
                content,
            }
        })
        .collect();
    articles(name, Some(&feed.title().value), feed.lang(), items)
}

pub fn read_json_feed(name: &str, bytes: &[u8]) -> Result<Vec<BundleArticle>, String> {
    let feed: Value = serde_json::from_slice(bytes).map_err(|e| format!("{name}: not a readable JSON Feed: {e}"))?;
    let s = |v: &Value| v.as_str().map(str::to_string);
    let items = feed["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| Item {
                    title: s(&i["title"]),
                    url: s(&i["url"]).or_else(|| s(&i["external_url"])),
                    published: s(&i["date_published"]).or_else(|| s(&i["date_modified"])),
                    content: [&i["content_html"], &i["content_text"], &i["summary"]]
                        .into_iter()
                        .find_map(|v| s(v).filter(|c| !c.trim().is_empty()))
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    articles(name, feed["title"].as_str(), feed["language"].as_str(), items)
}

fn articles(name: &str, outlet: Option<&str>, lang: Option<&str>, items: Vec<Item>) -> Result<Vec<BundleArticle>, String> {
    if items.is_empty() {
        return Err(format!("{name}: the feed has no items"));
    }
    let outlet = outlet.map(super::html_text).filter(|o| !o.is_empty());
    let stem = id_from_file(if name == "-" { "stdin" } else { name });
    let count = items.len();
    let articles: Vec<BundleArticle> = items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let text = super::html_text(&item.content);
            if text.is_empty() {
                return None;
            }
            let lang = super::language(lang, &text);
            let title = item.title.map(|t| super::html_text(&t)).filter(|t| !t.is_empty());
            let url = item.url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
            Some(BundleArticle {
                id: format!("{stem}-{}", i + 1),
                file: if name == "-" { "stdin".into() } else { name.to_string() },
                outlet: outlet.clone(),
                url,
                title,
                published: item.published.as_deref().and_then(super::iso_date),
                lang,
                text,
            })
        })
        .collect();
    if articles.is_empty() {
        return Err(format!("{name}: none of the feed's {count} items has any text"));
    }
    Ok(articles)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
