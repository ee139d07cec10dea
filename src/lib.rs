//! factcard: figures and dates lined up across news sources, as an embeddable card.
//!
//! Data flows one way:
//! `text → Article → mentions (figures, dates) → facts → Card → render`.
//!
//! - [`article`] parses raw text (title, dateline, paragraphs, boilerplate, credits).
//! - [`lang`] holds the language tables; [`text`] tokenises; [`calendar`] does dates.
//! - [`figures`] and [`dates`] find mentions; [`extract`] runs them over a bundle.
//! - [`bundle`] is the JSON the widget loads; [`card`] aggregates facts into the card model.
//! - [`locale`] writes numbers and dates (from the language tables).
//! - [`render`] turns the card into a node tree, serialised as HTML or built as DOM.
//! - `web` (wasm32 only) is all the browser glue: the `<fact-card>` element, fetch, DOM.

// One character is pushed as text (`push_str("-")`): `String::push` of a
// `char` brings its UTF-8 encoder into the wasm (0.25 KB), which no code
// of the element's wasm calls.
#![allow(clippy::single_char_add_str)]

pub mod article;
pub mod bundle;
pub mod calendar;
pub mod card;
pub mod dates;
pub mod extract;
pub mod figures;
pub mod lang;
pub mod locale;
pub mod order;
pub mod render;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod web;

// native only (the CLI's readers): clippy.toml's wasm rules do not apply
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]
pub mod inputs;

pub use bundle::{Bundle, BundleArticle, BundleError};
pub use card::{build_card, Card, CardOptions};
pub use extract::{extract_bundle, Extraction};
