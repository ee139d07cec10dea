//! What people have, read into articles (native only: none of this is in the
//! wasm). [`read`] tells a saved article page from an RSS, Atom or JSON
//! Feed by its content, not its name, and hands the rest (text, bundles,
//! article lists) back to the caller. This module owns the sniffing, the
//! size guard, the dates of pages and feeds (turned into the ISO 8601 form
//! a bundle's `published` takes) and the HTML-to-text step pages and feed
//! items share; [`page`] reads a page, [`feed`] reads a feed.

pub mod feed;
pub mod page;

use crate::bundle::BundleArticle;

/// The largest input read: a bigger file is refused before it is parsed.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;

/// What the bytes of an input are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page (a saved article).
    Page,
    /// An RSS 2.0 (or 0.9x) feed.
    Rss,
    /// An Atom feed.
    Atom,
    /// A JSON Feed (`{"version": "https://jsonfeed.org/version/1.1", …}`).
    JsonFeed,
    /// Anything else: plain text, a bundle, a JSON list of articles.
    Other,
}

/// The articles of a page or a feed, or `None` when the bytes are neither
/// (plain text, a bundle, a JSON article list: the caller reads those). An
/// error is one line naming `name` (the file, or `-`).
pub fn read(name: &str, bytes: &[u8]) -> Result<Option<Vec<BundleArticle>>, String> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big(name, bytes.len() as u64));
    }
    let articles = match sniff(bytes) {
        Kind::Page => vec![page::read(name, &decode(bytes))?],
        Kind::Rss => feed::read_rss(name, bytes)?,
        Kind::Atom => feed::read_atom(name, bytes)?,
        Kind::JsonFeed => feed::read_json_feed(name, bytes)?,
        Kind::Other => return Ok(None),
    };
    Ok(Some(articles))
}

/// The error for an input over [`MAX_BYTES`].
pub fn too_big(name: &str, len: u64) -> String {
    format!("{name}: too large ({} MB; at most {} MB is read)", len.div_ceil(1024 * 1024), MAX_BYTES / (1024 * 1024))
}

/// What the bytes are, from their start: a page (`<!doctype html`, `<html`,
/// `<head`, `<body`), a feed (`<rss`, `<feed` in the Atom namespace, a JSON
/// object whose `version` is a jsonfeed.org one) or something else.
pub fn sniff(bytes: &[u8]) -> Kind {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Kind::Other; // binary: the text reader says so
    }
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    if head.first() == Some(&b'{') {
        let h = String::from_utf8_lossy(&head[..head.len().min(4096)]);
        return if h.contains("jsonfeed.org/version/") && json_feed_version(bytes) { Kind::JsonFeed } else { Kind::Other };
    }
    if head.first() != Some(&b'<') {
        return Kind::Other;
    }
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    // the first element, past the XML declaration, comments and doctype
    let mut rest = lower.as_str();
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("<!--") {
            match r.find("-->") {
                Some(end) => rest = &r[end + 3..],
                None => return Kind::Other,
            }
        } else if rest.starts_with("<!doctype") {
            if rest["<!doctype".len()..].trim_start().starts_with("html") {
                return Kind::Page;
            }
            match rest.find('>') {
                Some(end) => rest = &rest[end + 1..],
                None => return Kind::Other,
            }
        } else if rest.starts_with("<?") {
            match rest.find("?>") {
                Some(end) => rest = &rest[end + 2..],
                None => return Kind::Other,
            }
        } else {
            break;
        }
    }
    let name: String = rest.strip_prefix('<').unwrap_or("").chars().take_while(|c| c.is_ascii_alphanumeric() || *c == ':').collect();
    match name.as_str() {
        "html" | "head" | "body" => Kind::Page,
        "rss" => Kind::Rss,
        "feed" => {
            let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
            if tag.contains("http://www.w3.org/2005/atom") {
                Kind::Atom
            } else {
                Kind::Other
            }
        }
        _ => Kind::Other,
    }
}

/// Whether a JSON object's `version` is a JSON Feed one.
fn json_feed_version(bytes: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Version {
        #[serde(default)]
        version: Option<String>,
    }
    serde_json::from_slice::<Version>(bytes).is_ok_and(|v| v.version.is_some_and(|v| v.starts_with("https://jsonfeed.org/version/")))
}

/// The text of a page: UTF-8, else Windows-1252 (what pages that say
/// `iso-8859-1` mean); a UTF-8 byte order mark is dropped.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™',
        'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// The ISO 8601 form of a date as pages and feeds write it, for a bundle's
/// `published`: `2022-11-21T19:28:00+07:00` when the time and its offset
/// are known, else the date alone (`2022-11-21`). The day is the one the
/// source wrote, never moved to another zone. Reads ISO 8601 (also
/// `2016-02-23 T16:00:20Z`, `+0700`), RFC 2822 (`Mon, 21 Nov 2022
/// 19:28:00 +0700`, zones such as `GMT`, `EDT`, `WIB`), ctime
/// (`Fri Mar 13 21:30:09 EST 2015`) and `20221121`.
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() >= 10 && s.as_bytes()[4] == b'-' {
        return iso_form(s);
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return checked(&s[..4], &s[4..6], &s[6..8], None);
    }
    rfc2822_form(s)
}

/// `YYYY-MM-DD` from its parts, with an optional `THH:MM[:SS]±HH:MM`.
fn checked(y: &str, m: &str, d: &str, time: Option<String>) -> Option<String> {
    let date = format!("{y:0>4}-{m:0>2}-{d:0>2}");
    crate::bundle::published_date(&date)?;
    Some(match time {
        Some(t) => format!("{date}T{t}"),
        None => date,
    })
}

fn iso_form(s: &str) -> Option<String> {
    let (date, rest) = s.split_at(10);
    let (y, m, d) = (&date[..4], &date[5..7], &date[8..10]);
    if date.as_bytes()[7] != b'-' {
        return None;
    }
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(['T', 't']).unwrap_or(rest).trim_start();
    let time = clock(rest).and_then(|(hms, zone)| offset(zone.trim()).map(|z| format!("{hms}{z}")));
    checked(y, m, d, time)
}

/// `HH:MM[:SS[.fff]]` at the start of `s`, as `HH:MM[:SS]`, and what follows.
fn clock(s: &str) -> Option<(String, &str)> {
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    let end = s.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).unwrap_or(s.len());
    let (t, rest) = s.split_at(end);
    let t = t.split('.').next().unwrap_or(t);
    let parts: Vec<&str> = t.split(':').collect();
    if !(2..=3).contains(&parts.len()) || !parts.iter().all(|p| digits(p)) {
        return None;
    }
    let (h, m): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    let sec: u32 = parts.get(2).map_or(Some(0), |p| p.parse().ok())?;
    (h < 24 && m < 60 && sec < 61).then(|| (parts.join(":"), rest))
}

/// The `±HH:MM` of a zone: `Z`, `+0700`, `+07:00`, `+07`, or a name RFC 822
/// and Indonesian outlets use; `None` when absent or unknown.
fn offset(z: &str) -> Option<String> {
    let named: Option<i32> = match z.to_ascii_uppercase().as_str() {
        "Z" | "GMT" | "UT" | "UTC" => Some(0),
        "EST" => Some(-5 * 60),
        "EDT" | "AST" => Some(-4 * 60),
        "CST" => Some(-6 * 60),
        "CDT" => Some(-5 * 60),
        "MST" => Some(-7 * 60),
        "MDT" => Some(-6 * 60),
        "PST" => Some(-8 * 60),
        "PDT" => Some(-7 * 60),
        "WIB" => Some(7 * 60),
        "WITA" => Some(8 * 60),
        "WIT" => Some(9 * 60),
        _ => None,
    };
    if let Some(min) = named {
        let sign = if min < 0 { '-' } else { '+' };
        return Some(format!("{sign}{:02}:{:02}", min.abs() / 60, min.abs() % 60));
    }
    let (sign, digits) = (z.chars().next()?, &z[1..]);
    if sign != '+' && sign != '-' {
        return None;
    }
    let digits: String = digits.chars().filter(|c| *c != ':').collect();
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = (&digits[..2], if digits.len() == 4 { &digits[2..] } else { "00" });
    (h.parse::<u32>().ok()? < 24 && m.parse::<u32>().ok()? < 60).then(|| format!("{sign}{h}:{m}"))
}

/// The month of an English or Indonesian name or abbreviation.
fn month(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    let key: String = n.chars().take(3).collect();
    let m = match key.as_str() {
        "jan" => 1,
        "feb" | "peb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" | "mei" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" | "agu" | "ags" => 8,
        "sep" => 9,
        "oct" | "okt" => 10,
        "nov" | "nop" => 11,
        "dec" | "des" => 12,
        _ => return None,
    };
    Some(m)
}

/// RFC 2822 (`[Mon,] 21 Nov 2022 [19:28[:00]] [+0700|GMT|…]`) and ctime
/// (`Fri Mar 13 21:30:09 EST 2015`, whose zone names are no standard's:
/// the date alone).
fn rfc2822_form(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let mut w = words.as_slice();
    if w.first().is_some_and(|x| x.chars().all(|c| c.is_alphabetic()) && month(x).is_none()) {
        w = &w[1..]; // the weekday
    }
    let num = |x: &str| x.parse::<u32>().ok();
    // RFC 2822: day month year [time [zone]]
    if let [d, m, y, rest @ ..] = w {
        if let (Some(day), Some(mon), Some(year)) = (num(d), month(m), num(y).filter(|y| *y > 1900)) {
            let time = match rest {
                [t, zone, ..] => clock(t).filter(|(_, r)| r.is_empty()).and_then(|(hms, _)| offset(zone).map(|z| format!("{hms}{z}"))),
                [t] => clock(t).and_then(|(hms, r)| offset(r).map(|z| format!("{hms}{z}"))),
                [] => None,
            };
            return checked(&year.to_string(), &mon.to_string(), &day.to_string(), time);
        }
    }
    // ctime: month day time [zone] year
    if let [m, d, _time, .., y] = w {
        if let (Some(mon), Some(day), Some(year)) = (month(m), num(d), num(y).filter(|y| *y > 1900)) {
            return checked(&year.to_string(), &mon.to_string(), &day.to_string(), None);
        }
    }
    None
}

/// The primary subtag of a language tag, lower case (`en-AU` → `en`,
/// `id_ID` → `id`); dropped when the text plainly is in another language
/// factcard reads (a template's `lang="en"` over an Indonesian article).
pub fn language(tag: Option<&str>, text: &str) -> Option<String> {
    let primary = tag?.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    if primary.is_empty() || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let reads = crate::lang::ALL.iter().any(|t| t.code == primary);
    (!reads || crate::lang::detect(text).code == primary).then_some(primary)
}

/// Plain text of an HTML fragment (a readability extraction, a feed item's
/// content): paragraphs separated by a blank line, white space collapsed;
/// scripts, styles, embeds, forms, figures and their captions, share bars,
/// related links and comments dropped. Nothing of the markup survives.
pub fn html_text(html: &str) -> String {
    let doc = dom_query::Document::fragment(html);
    drop_boilerplate(&doc);
    let mut out = Text::default();
    for node in doc.root().children() {
        walk(&node, &mut out);
    }
    out.finish()
}

/// What a page or feed item holds that is not its text.
pub(crate) const DROPPED_TAGS: &str = "script, style, noscript, template, iframe, frame, object, embed, video, audio, canvas, svg, math, form, \
     button, input, select, textarea, nav, aside, footer, figure, figcaption, picture, img, map, dialog, menu";

/// Class or id words of what is not the article's text.
const DROPPED_WORDS: &[&str] = &[
    "caption",
    "share",
    "sharing",
    "social",
    "related",
    "comment",
    "newsletter",
    "promo",
    "advert",
    "sponsor",
    "subscribe",
    "byline",
    "breadcrumb",
    "baca-juga",
    "bacajuga",
    "tags",
    "credit",
    "photocredit",
    "image-source",
];

pub(crate) fn drop_boilerplate(doc: &dom_query::Document) {
    doc.select(DROPPED_TAGS).remove();
    doc.select("blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, [hidden], [aria-hidden=true]").remove();
    let doomed: Vec<_> = doc
        .select("[class], [id]")
        .nodes()
        .iter()
        .filter(|n| {
            // never the page, nor what holds the article
            let tag = n.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
            if matches!(tag.as_str(), "html" | "body" | "main" | "article") || n.is("*:has(article, main, [itemprop=articleBody])") {
                return false;
            }
            let words = format!("{} {}", n.attr("class").unwrap_or_default(), n.attr("id").unwrap_or_default()).to_ascii_lowercase();
            words.split(|c: char| c.is_whitespace() || c == '_').any(|w| DROPPED_WORDS.iter().any(|d| names(w, d)))
        })
        .cloned()
        .collect();
    for n in doomed {
        n.remove_from_parent();
    }
}

/// Whether a class or id word names `d`: `share`, `shares`, `share-bar`,
/// `post-share`, `post-shares` (not `shared` or `commentary`).
fn names(word: &str, d: &str) -> bool {
    let plural = |w: &str| w == d || w.strip_prefix(d) == Some("s");
    plural(word) || word.strip_prefix(d).is_some_and(|r| r.starts_with('-')) || word.rsplit('-').next().is_some_and(|last| word.contains('-') && plural(last))
}

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "hr",
    "address",
    "details",
    "summary",
];

#[derive(Default)]
struct Text {
    paragraphs: Vec<String>,
    current: String,
}

impl Text {
    /// Text as the page has it: its white space says where words end.
    fn push(&mut self, s: &str) {
        self.current.push_str(s);
    }

    fn line_break(&mut self) {
        let p = self.current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            self.paragraphs.push(p);
        }
        self.current.clear();
    }

    fn finish(mut self) -> String {
        self.line_break();
        self.paragraphs.join("\n\n")
    }
}

fn walk(node: &dom_query::NodeRef, out: &mut Text) {
    if node.is_text() {
        out.push(&node.text());
        return;
    }
    if !node.is_element() {
        return;
    }
    let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
    if name == "br" {
        out.line_break();
        return;
    }
    let block = BLOCKS.contains(&name.as_str());
    if block {
        out.line_break();
    }
    for child in node.children() {
        walk(&child, out);
    }
    if block {
        out.line_break();
    }
}
