//! Minifies the card's stylesheet (src/card.css) into OUT_DIR/card.min.css,
//! which the crate embeds: comments and layout whitespace cost bytes in every
//! wasm download. Only safe rewrites: comments out, runs of whitespace to one
//! space, no space next to `{ } ; , >` or after `:`.
// runs at build time, never in the wasm: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros)]
use std::{env, fs, path::Path};

fn minify(css: &str) -> String {
    let mut no_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        no_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
        no_comments.push(' ');
    }
    no_comments.push_str(rest);
    let mut out = String::with_capacity(no_comments.len());
    for word in no_comments.split_whitespace() {
        let glue = |c: Option<char>| matches!(c, Some('{' | '}' | ';' | ',' | '>' | ':'));
        if !out.is_empty() && !glue(out.chars().last()) && !matches!(word.chars().next(), Some('{' | '}' | ';' | ',' | '>')) {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace(";}", "}")
}

fn main() {
    println!("cargo:rerun-if-changed=src/card.css");
    let css = fs::read_to_string("src/card.css").expect("src/card.css");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("card.min.css");
    fs::write(out, minify(&css)).expect("write card.min.css");
}
