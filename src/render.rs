//! Rendering: the card as a small node tree ([`Node`]) that is serialised to
//! escaped HTML here and built as DOM (text nodes only) by the browser glue,
//! so both renderers show exactly the same thing.

use crate::card::Card;

/// An element or a text node. Attribute values and text are raw; escaping is
/// done by the serialiser, and the DOM builder uses text nodes.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element { tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<Node> },
    Text(String),
}

/// The stylesheet of the card (used in the shadow root and the static page).
pub const CARD_CSS: &str = include_str!("card.css");

/// The card's node tree: one `<article class="factcard">` element.
pub fn card_tree(card: &Card) -> Node {
    Node::Element {
        tag: "article",
        attrs: vec![("class", "factcard".into())],
        children: vec![Node::Element { tag: "h2", attrs: vec![], children: vec![Node::Text(card.headline.clone())] }],
    }
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
pub fn page_html(card: &Card) -> String {
    let mut out = String::from("<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    escape_into(&card.headline, &mut out);
    out.push_str("</title><style>");
    out.push_str(CARD_CSS);
    out.push_str("</style></head><body>");
    out.push_str(&to_html(&card_tree(card)));
    out.push_str("</body></html>\n");
    out
}
