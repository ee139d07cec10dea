//! A saved article page: its main text by readability.js's method
//! (`dom_smoothie`), then cleaned of captions, share bars, related links and
//! comments into plain paragraphs; and what the page says of itself, from
//! JSON-LD (`NewsArticle` and kin), meta tags (Open Graph, `article:`,
//! `pubdate` and other common names), `<time datetime>`, `<link
//! rel=canonical>`, `<h1>`, `<title>` and `<html lang>`. This module owns
//! which of those wins for the title, date, outlet, URL and language.

use crate::bundle::BundleArticle;
use dom_query::Document;
use serde_json::Value;

/// The fewest characters of text an article page has.
pub const MIN_TEXT_CHARS: usize = 250;

/// The article of a page. Errors (no article in it) name the file.
pub fn read(name: &str, html: &str) -> Result<BundleArticle, String> {
    let doc = Document::from(html);
    let meta = Meta::of(&doc);
    let ld = json_ld(&doc);
    let url = [meta.get("canonical"), meta.get("og:url"), ld.url.clone(), meta.get("url")].into_iter().flatten().find(|u| is_absolute(u));
    let host = url.as_deref().and_then(host_of);
    let outlet = meta
        .get("og:site_name")
        .map(|s| if is_absolute(&s) { host_of(&s).unwrap_or(s) } else { s })
        .or(ld.publisher.clone())
        .or_else(|| meta.get("application-name"))
        .or_else(|| host.clone());
    let h1 = doc.select("body h1").nodes().iter().map(|n| clean(&n.text())).find(|t| !t.is_empty());
    let title_tag = doc.select("title").nodes().first().map(|n| clean(&n.text())).filter(|t| !t.is_empty());
    let title = ld
        .headline
        .clone()
        .or_else(|| meta.get("og:title"))
        .or_else(|| meta.get("twitter:title"))
        .or_else(|| meta.get("headline"))
        .or_else(|| meta.get("dc.title"))
        .or_else(|| h1.clone().filter(|h| title_tag.as_deref().is_some_and(|t| t.contains(h.as_str()))))
        .or(title_tag.clone())
        .map(|t| strip_site(&t, outlet.as_deref(), host.as_deref(), h1.as_deref()));

    // with no name given, the site is what the <title> adds to the title
    let outlet = outlet.or_else(|| {
        let (t, full) = (title.as_deref()?, title_tag.as_deref()?);
        let tail = full.strip_prefix(t)?.trim_start();
        let tail = [" | ", "| ", "- ", "– ", "— ", ":: ", "« ", "» "].iter().find_map(|s| tail.strip_prefix(s.trim_start()))?.trim();
        (!tail.is_empty() && tail.split_whitespace().count() <= 4).then(|| tail.to_string())
    });
    let published = published(&doc, &meta, &ld, url.as_deref());
    let lang_tag = doc
        .select("html")
        .nodes()
        .first()
        .and_then(|n| n.attr("lang").or_else(|| n.attr("xml:lang")).map(|l| l.to_string()))
        .or_else(|| meta.get("content-language"))
        .or_else(|| meta.get("og:locale"))
        .or(ld.lang.clone());

    let text = main_text(doc).ok_or_else(|| format!("{name}: no article text found in the page"))?;
    // the title is the article's, not a paragraph of its text
    let text = match &title {
        Some(t) => {
            let key = letters(t);
            text.split("\n\n").filter(|p| letters(p) != key).collect::<Vec<_>>().join("\n\n")
        }
        None => text,
    };
    let lang = super::language(lang_tag.as_deref(), &text);
    let mut a = BundleArticle::from_text(name, text);
    a.title = title.filter(|t| !t.is_empty());
    a.outlet = outlet.filter(|o| !o.is_empty());
    a.url = url;
    a.published = published;
    a.lang = lang;
    Ok(a)
}

/// The readability extraction of the page, as plain paragraphs; `None` when
/// it finds no article (or one too short to be one).
fn main_text(doc: Document) -> Option<String> {
    // what is not the article goes first, by tag, class and id (readability
    // weighs some of it only), and again after, from what is left
    super::drop_boilerplate(&doc);
    let cfg = dom_smoothie::Config { keep_classes: true, ..Default::default() };
    let mut readability = dom_smoothie::Readability::with_document(doc, None, Some(cfg)).ok()?;
    let article = readability.parse().ok()?;
    let text = super::html_text(&article.content);
    (text.chars().filter(|c| !c.is_whitespace()).count() >= MIN_TEXT_CHARS).then_some(text)
}

/// The `content` of the page's meta tags by `property`, `name`, `itemprop`
/// or `http-equiv` (lower case), and its canonical link.
struct Meta(Vec<(String, String)>);

impl Meta {
    fn of(doc: &Document) -> Meta {
        let mut pairs = Vec::new();
        for n in doc.select("meta[content]").nodes() {
            let content = clean(&n.attr("content").unwrap_or_default());
            if content.is_empty() {
                continue;
            }
            for attr in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(keys) = n.attr(attr) {
                    for key in keys.split_whitespace() {
                        pairs.push((key.to_ascii_lowercase(), content.clone()));
                    }
                }
            }
        }
        for n in doc.select("link[rel][href]").nodes() {
            if n.attr("rel").is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))) {
                pairs.push(("canonical".into(), n.attr("href").unwrap_or_default().trim().to_string()));
            }
        }
        Meta(pairs)
    }

    fn get(&self, key: &str) -> Option<String> {
        self.0.iter().find(|(k, v)| k == key && !v.is_empty()).map(|(_, v)| v.clone())
    }
}

/// What the page's JSON-LD says of its article.
#[derive(Default)]
struct Ld {
    headline: Option<String>,
    published: Option<String>,
    created: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

fn json_ld(doc: &Document) -> Ld {
    let mut objects = Vec::new();
    for n in doc.select("script[type]").nodes() {
        if !n.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
            continue;
        }
        let src = n.text();
        // raw line breaks inside strings are common and invalid JSON
        let parsed = serde_json::from_str::<Value>(src.trim()).or_else(|_| serde_json::from_str::<Value>(&src.replace(['\n', '\r', '\t'], " ")));
        if let Ok(v) = parsed {
            flatten(v, &mut objects);
        }
    }
    let is_article = |o: &Value| {
        let types: Vec<&str> = match &o["@type"] {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(|t| t.as_str()).collect(),
            _ => vec![],
        };
        types.iter().any(|t| t.ends_with("Article") || t.ends_with("BlogPosting") || *t == "Report")
    };
    let Some(o) = objects.iter().find(|o| is_article(o)).or_else(|| objects.iter().find(|o| o.get("headline").is_some())) else {
        return Ld::default();
    };
    let s = |v: &Value| v.as_str().map(clean).filter(|s| !s.is_empty());
    let name = |v: &Value| match v {
        Value::Array(a) => a.iter().find_map(|p| s(&p["name"]).or_else(|| s(p))),
        v => s(&v["name"]).or_else(|| s(v)),
    };
    Ld {
        headline: s(&o["headline"]).or_else(|| s(&o["name"])),
        published: s(&o["datePublished"]),
        created: s(&o["dateCreated"]),
        publisher: name(&o["publisher"]),
        url: s(&o["url"]).or_else(|| s(&o["mainEntityOfPage"])).or_else(|| s(&o["mainEntityOfPage"]["@id"])),
        lang: s(&o["inLanguage"]).or_else(|| name(&o["inLanguage"])),
    }
}

/// The objects of a JSON-LD value: itself, the items of an array or `@graph`.
fn flatten(v: Value, out: &mut Vec<Value>) {
    match v {
        Value::Array(a) => a.into_iter().for_each(|v| flatten(v, out)),
        Value::Object(mut o) => {
            if let Some(graph) = o.remove("@graph") {
                flatten(graph, out);
            }
            out.push(Value::Object(o));
        }
        _ => {}
    }
}

/// Meta names pages give their publication date under, most telling first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "pub_date",
    "publication_date",
    "article:publicationdate",
    "originalpublicationdate",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "date",
    "datecreated",
];

fn published(doc: &Document, meta: &Meta, ld: &Ld, url: Option<&str>) -> Option<String> {
    let from_ld = [&ld.published, &ld.created].into_iter().flatten().find_map(|d| super::iso_date(d));
    let from_meta = || DATE_META.iter().filter_map(|k| meta.get(k)).find_map(|d| super::iso_date(&d));
    let from_time = || {
        ["time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]", "main time[datetime]"]
            .iter()
            .find_map(|sel| doc.select(sel).nodes().iter().find_map(|n| super::iso_date(&n.attr("datetime").unwrap_or_default())))
    };
    from_ld.or_else(from_meta).or_else(from_time).or_else(|| url.and_then(url_date))
}

/// The date in a URL's path (`/read/2015/11/04/…`): the date alone.
fn url_date(url: &str) -> Option<String> {
    let parts: Vec<&str> = url.split('/').collect();
    parts.windows(3).find_map(|w| {
        let ok = w[0].len() == 4 && w[1].len() == 2 && w[2].len() == 2 && w.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| format!("{}-{}-{}", w[0], w[1], w[2])).filter(|d| crate::bundle::published_date(d).is_some())
    })
}

fn is_absolute(u: &str) -> bool {
    let l = u.to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")) && l.len() > "https://".len()
}

/// The host of an absolute URL, without `www.`.
fn host_of(u: &str) -> Option<String> {
    let rest = u.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// White space collapsed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The letters and digits of a string, lower case: what two titles or names
/// are compared by.
fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// A title without the site's name after it (`… - BBC News`, `… | Tempo
/// Gaya`, `… - Kompas.com Regional`).
fn strip_site(title: &str, outlet: Option<&str>, host: Option<&str>, h1: Option<&str>) -> String {
    const SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " « ", " » "];
    let title = clean(title);
    if h1.is_some_and(|h| letters(h) == letters(&title)) {
        return title;
    }
    // the site's names: the outlet, and the host's name (kompas of regional.kompas.com)
    let mut names: Vec<String> = outlet.map(letters).into_iter().filter(|n| n.len() >= 3).collect();
    if let Some(h) = host {
        let labels: Vec<&str> = h.split('.').collect();
        let skip = if labels.len() >= 3 && matches!(labels[labels.len() - 2], "co" | "com" | "or" | "ac" | "go" | "net") { 3 } else { 2 };
        if let Some(label) = labels.len().checked_sub(skip).map(|i| labels[i]) {
            if label.len() >= 3 {
                names.push(letters(label));
            }
        }
    }
    let mut t = title.as_str();
    while let Some((head, tail)) = SEPARATORS.iter().filter_map(|s| t.rfind(s).map(|i| (&t[..i], &t[i + s.len()..]))).max_by_key(|(h, _)| h.len()) {
        let tail = letters(tail);
        let site = names.iter().any(|n| tail.contains(n.as_str()) || (tail.len() >= 3 && n.contains(tail.as_str())));
        if !site || head.trim().is_empty() {
            break;
        }
        t = head.trim_end();
    }
    t.to_string()
}
