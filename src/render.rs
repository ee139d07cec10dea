//! Rendering: the card as a small node tree ([`Node`]) that is serialised to
//! escaped HTML here and built as DOM (text nodes only) by the browser glue,
//! so both renderers show exactly the same thing. Its words are the language
//! tables' ([`crate::lang::Ui`]).

use crate::card::{Card, Citation, Fact, FactValue, Status, TimelineEntry};
use crate::lang::{self, Ui};

/// An element or a text node. Attribute values and text are raw; escaping is
/// done by the serialiser, and the DOM builder uses text nodes.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element { tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<Node> },
    Text(String),
}

/// The stylesheet of the card (used in the shadow root and the static page).
pub const CARD_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/card.min.css"));

/// The words of the card's interface in a language (the first table's for
/// one factcard has no table for).
pub fn ui(lang_code: &str) -> &'static Ui {
    &lang::table(lang_code).ui
}

/// An element by its tag and class as one text, `tag` or `tag.class`
/// (`"span.fc-unit"`: one constant, not two, at each element of the card).
#[inline(never)]
fn el(spec: &'static str, children: Vec<Node>) -> Node {
    match crate::text::split_once_byte(spec, b'.') {
        Some((tag, class)) => with_attr(Node::Element { tag, attrs: Vec::new(), children }, "class", class),
        None => Node::Element { tag: spec, attrs: Vec::new(), children },
    }
}

/// A text node of borrowed text (not generic: one copy in the wasm; owned
/// text goes into `Node::Text` as it is).
#[inline(never)]
fn text(s: &str) -> Node {
    Node::Text(s.to_string())
}

/// An element whose one child is the text `s` (a `String`: one copy in the
/// wasm, not one per kind of text).
#[inline(never)]
fn el_text(spec: &'static str, s: String) -> Node {
    el(spec, nodes1(Node::Text(s)))
}

/// An element whose one child is a copy of the text `s` (not inlined: one
/// copy call for every borrowed text of the card).
#[inline(never)]
fn el_str(spec: &'static str, s: &str) -> Node {
    el_text(spec, s.to_string())
}

/// A list of one node (not inlined, as [`nodes2`]).
#[inline(never)]
fn nodes1(a: Node) -> Vec<Node> {
    vec![a]
}

/// A list of two nodes (not inlined: the nodes are moved into the list
/// here, not at each list of the card).
#[inline(never)]
fn nodes2(a: Node, b: Node) -> Vec<Node> {
    vec![a, b]
}

/// A list of three nodes, as [`nodes2`].
#[inline(never)]
fn nodes3(a: Node, b: Node, c: Node) -> Vec<Node> {
    vec![a, b, c]
}

#[inline(never)]
fn with_attr(mut node: Node, key: &'static str, value: &str) -> Node {
    if let Node::Element { attrs, .. } = &mut node {
        attrs.push((key, value.to_string()));
    }
    node
}

/// The node with its `part` attribute (not inlined: one call per part).
#[inline(never)]
fn part(node: Node, value: &str) -> Node {
    with_attr(node, "part", value)
}

/// Only `http:` and `https:` links are kept; anything else (an empty one,
/// which the renderer passes for no URL) is dropped.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = crate::text::trim(url);
    (crate::text::starts_ci(u, "https://") || crate::text::starts_ci(u, "http://")).then_some(u)
}

/// `node` in a link to `url` when that is one to keep ([`safe_url`]), else
/// as it is.
fn link(node: Node, url: &Option<String>) -> Node {
    match safe_url(url.as_deref().unwrap_or_default()) {
        Some(u) => with_attr(with_attr(el("a", nodes1(node)), "href", u), "rel", "noopener noreferrer"),
        None => node,
    }
}

/// A quoted sentence with the mention highlighted (not inlined into the
/// citation marks: the wasm is smaller so).
#[inline(never)]
fn quote(sentence: &str, mention: &str) -> Node {
    let children = match crate::text::find_str(sentence, mention) {
        Some(at) => nodes3(text(&sentence[..at]), el_str("mark", mention), text(&sentence[at + mention.len()..])),
        None => nodes1(text(sentence)),
    };
    el("blockquote.fc-quote", children)
}

/// " · via Antara, Reuters": the agencies an article credits.
fn via(ui: &Ui, credits: &[String]) -> Node {
    Node::Text(crate::cat!(" · ", ui.via(), " ", crate::text::join(credits, ", ")))
}

/// What the renderer carries while walking the card: the card, its UI
/// strings and a counter for ids unique within the card.
struct Ctx<'a> {
    card: &'a Card,
    ui: &'static Ui,
    next_id: std::cell::Cell<usize>,
}

impl Ctx<'_> {
    /// The next popover's id (`fc-c1`, `fc-c2`, …).
    fn id(&self) -> String {
        let n = self.next_id.get() + 1;
        self.next_id.set(n);
        crate::cat!("fc-c", n)
    }

    /// An ISO date as the card writes it, in its locale.
    fn date(&self, iso: &str) -> String {
        crate::locale::Locale { tag: &self.card.locale, lang: &self.card.lang }.date(iso)
    }

    /// The citation's number: its source's place in the sources list.
    fn number(&self, c: &Citation) -> usize {
        for (k, s) in self.card.sources.iter().enumerate() {
            if s.id == c.article {
                return k + 1;
            }
        }
        0
    }
}

/// A citation mark `[n]` that opens a popover with the outlet, the quoted
/// sentence with the figure highlighted, the agency it credits and a link.
/// Native popovers: keyboard and Escape work with no script, and the static
/// HTML behaves like the element. Both are pushed to `out`.
fn citation_mark(c: &Citation, cx: &Ctx, out: &mut Vec<Node>) {
    let number = cx.number(c);
    let id = cx.id();
    let mark = el_text("button.fc-cite", crate::cat!("[", number, "]"));
    let mark = part(with_attr(with_attr(mark, "type", "button"), "popovertarget", &id), "cite");
    let mark = with_attr(mark, "aria-label", &crate::cat!(cx.ui.sources(), " ", number, ": ", c.outlet));
    let outlet = el_str("cite.fc-outlet", &c.outlet);
    let mut who = nodes1(link(outlet, &c.url));
    if !c.credits.is_empty() {
        who.push(via(cx.ui, &c.credits));
    }
    let pop = el("div.fc-pop", nodes2(el("p.fc-who", who), quote(&c.sentence, &c.text)));
    let pop = part(with_attr(with_attr(pop, "id", &id), "popover", "auto"), "popover");
    out.push(mark);
    out.push(pop);
}

/// The outlets of a list of citations, the first [`MAX_MARKS`] by name.
fn outlets_line(citations: &[Citation]) -> String {
    let mut names: Vec<&str> = Vec::new();
    let mut line = String::new();
    for c in citations {
        if !crate::order::contains(&names, c.outlet.as_str()) {
            names.push(&c.outlet);
            // the first few joined by ", "
            if names.len() <= MAX_MARKS {
                if names.len() > 1 {
                    line.push_str(", ");
                }
                line.push_str(&c.outlet);
            }
        }
    }
    if names.len() > MAX_MARKS {
        crate::push_cat!(line, " +", names.len() - MAX_MARKS);
    }
    line
}

/// Most dates the timeline shows before "more".
const MAX_TIMELINE: usize = 10;

/// Most citation marks shown for one value; the rest are counted.
const MAX_MARKS: usize = 12;

/// The citation marks of a list, one per article (its first quote), at most
/// [`MAX_MARKS`] of them and a count of the others.
fn marks(citations: &[Citation], cx: &Ctx) -> Node {
    let mut seen: Vec<&str> = Vec::new();
    let mut children = Vec::new();
    for c in citations {
        if !crate::order::contains(&seen, c.article.as_str()) {
            seen.push(&c.article);
            if seen.len() <= MAX_MARKS {
                citation_mark(c, cx, &mut children);
            }
        }
    }
    if seen.len() > MAX_MARKS {
        children.push(el_text("span.fc-more-marks", crate::cat!(" +", seen.len() - MAX_MARKS)));
    }
    el("span.fc-marks", children)
}

fn value_node(v: &FactValue, cx: &Ctx) -> Node {
    let mut status = String::from(match v.status {
        Status::Main => "",
        Status::Consistent => cx.ui.consistent(),
        Status::Part => cx.ui.part(),
        Status::Conflict => cx.ui.conflict(),
        Status::Earlier => cx.ui.earlier(),
        Status::Other => cx.ui.other(),
    });
    if let (Status::Earlier, Some(when)) = (v.status, &v.reported) {
        crate::push_cat!(status, " · ", cx.date(when));
    }
    let mut line = nodes1(el_str("span.fc-v-value", &v.display));
    if !status.is_empty() {
        line.push(el_text("span.fc-v-status", status));
    }
    line.push(el_text("span.fc-v-outlets", outlets_line(&v.citations)));
    line.push(marks(&v.citations, cx));
    // a div, not a p: the popovers inside hold block content, which would
    // end a <p> early when the static HTML is parsed
    with_attr(el("li", nodes1(el("div.fc-v-line", line))), "class", &crate::cat!("fc-v fc-v-", v.status.as_str()))
}

fn fact_node(f: &Fact, cx: &Ctx) -> Node {
    let ui = cx.ui;
    let main = &f.values[0];
    // ("1 source": one agrees with nothing)
    let mut agreement = if f.agree == 1 { crate::cat!("1 ", ui.source_one()) } else { crate::cat!(f.agree, " ", ui.source_many(), " ", ui.agree()) };
    if f.origins.len() < f.agree {
        // outlets repeating one wire report are one origin
        let n = f.origins.len();
        crate::push_cat!(agreement, " (", n, " ", if n == 1 { ui.origin_one() } else { ui.origin_many() }, ": ", crate::text::join(&f.origins, ", "), ")");
    }
    if f.differ > 0 {
        crate::push_cat!(agreement, " · ", f.differ, " ", ui.differ());
    }
    let status = if f.differ > 0 { "li.fc-fact fc-fact-conflict" } else { "li.fc-fact" };
    let big = el("p.fc-big", nodes3(part(el_str("span.fc-number", &main.display), "value"), text(" "), el_str("span.fc-unit", &f.label)));
    let mut figure = nodes1(big);
    // how the value got here: the earlier reports' values, oldest first ("1 → 2 → 4 → 6")
    // (one value a day: of a day's, the last listed, a tally's largest)
    // (owned, as the texts [`crate::text::join`] takes elsewhere: one copy of it)
    let mut trend: Vec<String> = Vec::new();
    let mut day: Option<&Option<String>> = None; // that of trend's last value
    for v in f.values.iter().rev().filter(|v| v.status == Status::Earlier) {
        match trend.last_mut() {
            Some(t) if day == Some(&v.reported) => *t = v.display.clone(),
            _ => {
                trend.push(v.display.clone());
                day = Some(&v.reported);
            }
        }
    }
    if !trend.is_empty() {
        trend.push(main.display.clone());
        figure.push(part(el_text("p.fc-trend", crate::cat!(ui.trend(), " ", crate::text::join(&trend, " → "))), "trend"));
    }
    figure.push(el_text("figcaption.fc-agreement", agreement));
    let mut values = Vec::new();
    for v in &f.values {
        values.push(value_node(v, cx));
    }
    figure.push(el("ul.fc-values", values));
    let figure = el("figure", figure);
    part(with_attr(el(status, nodes1(figure)), "data-key", &f.key), "fact")
}

fn timeline_node(t: &TimelineEntry, cx: &Ctx) -> Node {
    let mut children = nodes3(with_attr(el_text("time.fc-date", cx.date(&t.date)), "datetime", &t.date), text(" "), el_str("span.fc-event", &t.label));
    if t.flagged {
        let mut flag = crate::cat!("⚠ ", cx.ui.weekday_flag());
        if let Some(s) = &t.written_date {
            crate::push_cat!(flag, " (", cx.ui.written(), " ", cx.date(s), ")");
        }
        children.push(part(el_text("span.fc-flag", flag), "flag"));
    }
    if t.year_guessed {
        children.push(el_str("span.fc-flag", cx.ui.year_guessed()));
    }
    children.push(el("span.fc-v-outlets", nodes2(Node::Text(outlets_line(&t.citations)), text(" "))));
    children.push(marks(&t.citations, cx));
    el(if t.flagged { "li.fc-tl fc-tl-flagged" } else { "li.fc-tl" }, children)
}

/// A list of facts (the shown ones, or the others behind "more").
fn fact_list(facts: &[Fact], cx: &Ctx) -> Node {
    let mut items = Vec::new();
    for f in facts {
        items.push(fact_node(f, cx));
    }
    el("ul.fc-facts-list", items)
}

/// The card's node tree: one `<article class="factcard">` element.
pub fn card_tree(card: &Card) -> Node {
    let cx = Ctx { card, ui: ui(&card.lang), next_id: std::cell::Cell::new(0) };
    let ui = cx.ui;
    let n = card.sources.len();
    // a one-sentence summary for screen readers, before the details
    let mut disputed = 0;
    for f in &card.facts {
        disputed += usize::from(f.differ > 0);
    }
    // the template's "{}" is the count
    let fill = |t: &str, n: usize| match crate::text::find_str(t, "{}") {
        Some(at) => crate::cat!(t[..at], n, t[at + 2..]),
        None => t.to_string(),
    };
    let mut summary = fill(&fill(ui.summary(0), card.facts.len()), n);
    if disputed > 0 {
        summary.push_str(&fill(ui.summary(1), disputed));
    }
    if !card.timeline.is_empty() {
        summary.push_str(&fill(ui.summary(2), card.timeline.len()));
    }
    summary.push_str(ui.summary(3));
    let mut children = nodes1(el_text("p.fc-sr", summary));
    children.push(part(
        el(
            "header.fc-header",
            nodes2(
                el_text("p.fc-kicker", crate::cat!(ui.kicker(), " ", n, " ", if n == 1 { ui.source_one() } else { ui.source_many() })),
                part(el_str("h2.fc-headline", &card.headline), "headline"),
            ),
        ),
        "header",
    ));

    let shown = card.shown_facts.min(card.facts.len());
    let mut facts_section = nodes1(el_str("h3", ui.key_figures()));
    if card.facts.is_empty() {
        facts_section.push(el_str("p.fc-empty", ui.no_figures()));
    } else {
        facts_section.push(fact_list(&card.facts[..shown], &cx));
        if shown < card.facts.len() {
            facts_section.push(el(
                "details.fc-more",
                nodes2(el_text("summary", crate::cat!(ui.more_facts(), " (", card.facts.len() - shown, ")")), fact_list(&card.facts[shown..], &cx)),
            ));
        }
    }
    children.push(part(el("section.fc-facts", facts_section), "facts"));

    if !card.timeline.is_empty() {
        // the most-cited dates (in date order): those that fewer than
        // MAX_TIMELINE others come before in citations (of as many, the
        // earlier first); the others behind "more". The main entries
        // first, then the others (their ids in that order).
        let entries = |main: bool| {
            let mut items = Vec::new();
            for (k, t) in card.timeline.iter().enumerate() {
                let n = t.citations.len();
                let mut before = 0;
                for (j, o) in card.timeline.iter().enumerate() {
                    before += usize::from(o.citations.len() > n || o.citations.len() == n && j < k);
                }
                if (before < MAX_TIMELINE) == main {
                    items.push(timeline_node(t, &cx));
                }
            }
            items
        };
        let (main, rest) = (entries(true), entries(false));
        let mut section = nodes2(el_str("h3", ui.timeline()), el("ol", main));
        if !rest.is_empty() {
            section.push(el("details.fc-more", nodes2(el_text("summary", crate::cat!(ui.more_dates(), " (", rest.len(), ")")), el("ol", rest))));
        }
        children.push(part(el("section.fc-timeline", section), "timeline"));
    }

    let mut sources = Vec::new();
    for (k, s) in card.sources.iter().enumerate() {
        let mut line = nodes1(el_str("cite.fc-outlet", &s.outlet));
        if let Some(t) = &s.title {
            line.push(text(" — "));
            line.push(link(text(t), &s.url));
        }
        if !s.credits.is_empty() {
            line.push(via(ui, &s.credits));
        }
        sources.push(with_attr(el("li", line), "id", &crate::cat!("fc-src-", k + 1)));
    }
    children.push(part(el("footer.fc-sources", nodes2(el_str("h3", ui.sources()), el("ol", sources))), "sources"));

    let article = with_attr(with_attr(el("article.factcard", children), "lang", &card.lang), "aria-label", &card.headline);
    part(article, "card")
}

/// Serialises a node tree as HTML, escaping all text and attribute values.
pub fn to_html(node: &Node) -> String {
    let mut out = String::new();
    write_html(node, &mut out);
    out
}

fn write_html(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => escape_into(t, out),
        Node::Element { tag, attrs, children } => {
            out.push('<');
            out.push_str(tag);
            for (k, v) in attrs {
                out.push(' ');
                out.push_str(k);
                out.push_str("=\"");
                escape_into(v, out);
                out.push('"');
            }
            out.push('>');
            for c in children {
                write_html(c, out);
            }
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
    }
}

fn escape_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// A self-contained HTML page with the card: the no-JS fallback.
// the CLI's (`factcard card`): nothing in the wasm calls it, so it does not ship
#[allow(clippy::disallowed_macros)]
pub fn page_html(card: &Card) -> String {
    let mut out = format!("<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">", card.lang);
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    escape_into(&card.headline, &mut out);
    out.push_str("</title><style>");
    out.push_str(CARD_CSS);
    out.push_str("</style></head><body>\n");
    out.push_str(&to_html(&card_tree(card)));
    out.push_str("\n</body></html>\n");
    out
}

/// The card as a `<fact-card>` with its content already inside, for a page
/// to paste in: a declarative shadow root (`<template shadowrootmode>`)
/// holding the static card and a `<link>` to the card's stylesheet. Browsers
/// show it before any script runs (readers without JavaScript see the card),
/// and the live card that replaces it has the same height: no layout shift.
/// `src` is the bundle the live card loads.
pub fn embed_html(card: &Card, src: &str, css_href: &str) -> String {
    let mut out = String::from("<fact-card src=\"");
    escape_into(src, &mut out);
    out.push_str("\" lang=\"");
    escape_into(&card.locale, &mut out);
    out.push_str("\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"");
    escape_into(css_href, &mut out);
    out.push_str("\">");
    write_html(&card_tree(card), &mut out);
    out.push_str("</template></fact-card>\n");
    out
}

/// Every text node of a tree, in document order (what a reader can read).
pub fn visible_text(node: &Node) -> String {
    let mut out = String::new();
    fn walk(n: &Node, out: &mut String) {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element { children, .. } => children.iter().for_each(|c| walk(c, out)),
        }
    }
    walk(node, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let n = with_attr(el("p", vec![text("<script>alert(1)</script> & \"x\"")]), "title", "\"><img onerror=x>");
        let html = to_html(&n);
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img"));
    }

    #[test]
    fn only_http_links() {
        assert_eq!(safe_url("https://a.example/x"), Some("https://a.example/x"));
        assert_eq!(safe_url(" HTTP://a.example"), Some("HTTP://a.example"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,x"), None);
        assert_eq!(safe_url("//evil.example"), None);
    }
}
