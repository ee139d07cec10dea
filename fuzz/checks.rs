//! What every fuzz target asserts, shared by the targets (fuzz/fuzz_targets)
//! and by the stable replay of their corpus (tests/fuzz_replay.rs): on any
//! input nothing panics, every span lies on char boundaries inside the text
//! and is the text it claims, every value is finite with low ≤ high, and the
//! card's HTML carries no markup from the input.
// test code: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_methods)]

use factcard::article::{Article, Meta};
use factcard::bundle::{Bundle, BundleArticle};
use factcard::card::{build_card, CardOptions};
use factcard::extract::{extract_bundle, ExtractOptions};
use factcard::render::{card_tree, to_html};

/// Bytes as text the way a bundle would carry them (invalid UTF-8 replaced).
pub fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// `article`: the parsed parts of any text are in bounds.
pub fn article(data: &[u8]) {
    let text = text_of(data);
    let a = Article::parse(&text, Meta::default());
    assert!(a.body_start <= text.len() && text.is_char_boundary(a.body_start));
    for p in &a.paragraphs {
        assert!(p.start <= p.end && p.end <= text.len(), "paragraph {}..{} of {}", p.start, p.end, text.len());
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        let _ = a.paragraph_text(p);
    }
    if let Some(title) = &a.title {
        assert!(text.contains(title.trim()), "the title {title:?} is not from the text");
    }
}

/// `extract`: the input as one article, or split at a form feed into two
/// (one bundle), through extraction, the card and its HTML.
pub fn extract(data: &[u8]) {
    let text = text_of(data);
    let articles: Vec<BundleArticle> =
        text.splitn(2, '\u{c}').enumerate().map(|(i, t)| BundleArticle::from_text(&format!("a{i}.txt"), t.to_string())).collect();
    if let Ok(bundle) = Bundle::new(articles).validate() {
        pipeline(&bundle);
    }
}

/// `bundle`: any bytes as a bundle document, as the CLI decodes it; a valid
/// bundle goes through the whole pipeline.
pub fn bundle(data: &[u8]) {
    let Ok(bundle) = serde_json::from_slice::<Bundle>(data) else { return };
    if let Ok(bundle) = bundle.validate() {
        pipeline(&bundle);
    }
}

fn pipeline(bundle: &Bundle) {
    let out = extract_bundle(bundle, ExtractOptions::default());
    assert_eq!(out.articles.len(), bundle.articles.len());
    for (a, source) in out.articles.iter().zip(&bundle.articles) {
        let text = &source.text;
        for f in &a.figures {
            assert!(f.end <= text.len() && text.is_char_boundary(f.start) && text.is_char_boundary(f.end), "{f:?}");
            assert_eq!(&text[f.start..f.end], f.text);
            for v in [f.value, f.low, f.high].into_iter().flatten() {
                assert!(v.is_finite(), "{v} in {f:?}");
            }
            if let (Some(lo), Some(hi)) = (f.low, f.high) {
                assert!(lo <= hi, "{f:?}");
            }
        }
        for d in &a.dates {
            assert!(d.end <= text.len() && text.is_char_boundary(d.start) && text.is_char_boundary(d.end), "{d:?}");
            assert_eq!(&text[d.start..d.end], d.text);
        }
    }
    let card = build_card(bundle, &CardOptions::default());
    let html = to_html(&card_tree(&card));
    // text never becomes markup: a '<' from the input is always escaped, so
    // every tag in the HTML is one of the renderer's own
    for tag in html.split('<').skip(1) {
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        assert!(RENDERER_TAGS.contains(&name.as_str()), "unexpected tag <{name}> in the card's HTML");
    }
}

/// Every element the renderer writes.
const RENDERER_TAGS: &[&str] = &[
    "a",
    "article",
    "blockquote",
    "button",
    "cite",
    "details",
    "div",
    "figcaption",
    "figure",
    "footer",
    "h2",
    "h3",
    "header",
    "li",
    "mark",
    "ol",
    "p",
    "section",
    "span",
    "summary",
    "time",
    "ul",
];
