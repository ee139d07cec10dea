//! The bundle: the JSON document the widget loads — raw article texts plus
//! what is known about each (id, outlet, URL, title). Parsing happens in the
//! reader's browser, so the bundle carries text, not results.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The bundle schema version this build reads and writes.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Bundle {
    pub version: u32,
    pub articles: Vec<BundleArticle>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct BundleArticle {
    /// Stable id used by citations; defaults to the file name without extension.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub text: String,
}

/// Why a bundle cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum BundleError {
    UnsupportedVersion(u32),
    NoArticles,
    EmptyText { index: usize },
}

impl BundleError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> String {
        match self {
            BundleError::UnsupportedVersion(v) => {
                crate::cat!("unsupported bundle version ", v, " (this factcard reads version ", VERSION, ")")
            }
            BundleError::NoArticles => "the bundle has no articles".into(),
            BundleError::EmptyText { index } => crate::cat!("article ", index, " has no text"),
        }
    }
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for BundleError {}

/// The id for a file name: its last path component without extension.
pub fn id_from_file(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    match name.rfind('.') {
        Some(dot) if dot > 0 => name[..dot].to_string(),
        _ => name.to_string(),
    }
}

impl BundleArticle {
    pub fn from_text(file: &str, text: String) -> BundleArticle {
        BundleArticle { id: id_from_file(file), file: file.to_string(), text, ..Default::default() }
    }
}

impl Bundle {
    pub fn new(articles: Vec<BundleArticle>) -> Bundle {
        Bundle { version: VERSION, articles }
    }

    /// Checks the schema and fills defaults (ids from file names, unique ids).
    pub fn validate(mut self) -> Result<Bundle, BundleError> {
        if self.version != VERSION {
            return Err(BundleError::UnsupportedVersion(self.version));
        }
        if self.articles.is_empty() {
            return Err(BundleError::NoArticles);
        }
        let mut ids = Ids::default();
        for (index, a) in self.articles.iter_mut().enumerate() {
            ids.admit(index, a)?;
        }
        Ok(self)
    }
}

/// The per-article half of [`Bundle::validate`], for a caller that reads
/// articles one at a time: checks the text and gives the article a unique id.
#[derive(Default)]
pub struct Ids {
    /// ids so far, kept sorted (no hash map: it would add to the wasm)
    seen: Vec<String>,
}

impl Ids {
    /// Checks article `index` and fills its defaults: an id from its file
    /// name (else `article-N`), made unique with `-2`, `-3`…
    pub fn admit(&mut self, index: usize, a: &mut BundleArticle) -> Result<(), BundleError> {
        if a.text.trim().is_empty() {
            return Err(BundleError::EmptyText { index });
        }
        if a.id.is_empty() {
            a.id = if a.file.is_empty() { crate::cat!("article-", index + 1) } else { id_from_file(&a.file) };
        }
        if a.file.is_empty() {
            a.file = a.id.clone();
        }
        let base = a.id.clone();
        let mut n: usize = 2;
        loop {
            match self.seen.binary_search(&a.id) {
                Ok(_) => {
                    a.id = crate::cat!(base, "-", n);
                    n += 1;
                }
                Err(at) => {
                    self.seen.insert(at, a.id.clone());
                    return Ok(());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_default_to_file_stem_and_stay_unique() {
        let b = Bundle::new(vec![
            BundleArticle { file: "x/001_a.txt".into(), text: "t".into(), ..Default::default() },
            BundleArticle { file: "y/001_a.txt".into(), text: "t".into(), ..Default::default() },
            BundleArticle { text: "t".into(), ..Default::default() },
        ])
        .validate()
        .unwrap();
        let ids: Vec<&str> = b.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["001_a", "001_a-2", "article-3"]);
    }

    #[test]
    fn bad_bundles_say_why() {
        assert_eq!(Bundle { version: 2, articles: vec![] }.validate(), Err(BundleError::UnsupportedVersion(2)));
        assert_eq!(Bundle::new(vec![]).validate(), Err(BundleError::NoArticles));
        let blank = BundleArticle { text: "  ".into(), ..Default::default() };
        assert_eq!(Bundle::new(vec![blank]).validate(), Err(BundleError::EmptyText { index: 0 }));
    }
}
