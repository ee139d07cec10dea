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
    /// When the outlet published it: an ISO 8601 date (`2022-11-21`) or
    /// date-time (`2022-11-21T19:28+07:00`). The article's own date: its
    /// relative days, bare weekdays and year-less dates resolve against it,
    /// and the card orders reports by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The article's language (`id`, `en`); detected from the text when absent
    /// or not one factcard reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub text: String,
}

/// Why a bundle cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum BundleError {
    UnsupportedVersion(u32),
    NoArticles,
    EmptyText {
        index: usize,
    },
    /// `published` is not an ISO 8601 date or date-time.
    BadPublished {
        index: usize,
    },
}

impl BundleError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> String {
        match self {
            BundleError::UnsupportedVersion(v) => {
                crate::cat!("unsupported bundle version ", v, " (this factcard reads version ", VERSION, ")")
            }
            BundleError::NoArticles => "the bundle has no articles".into(),
            BundleError::EmptyText { index } | BundleError::BadPublished { index } => {
                let wrong = if let BundleError::BadPublished { .. } = self {
                    ": \"published\" must be an ISO 8601 date or date-time (2022-11-21T19:28+07:00)"
                } else {
                    " has no text"
                };
                crate::cat!("article ", index, wrong)
            }
        }
    }
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for BundleError {}

/// The calendar date of a `published` value: `YYYY-MM-DD`, alone or followed
/// by a time (`T19:28+07:00`, ` 19:28`). The date is the outlet's own (its
/// local day), not converted to another zone.
pub fn published_date(published: &str) -> Option<crate::calendar::Date> {
    let s = crate::text::trim(published);
    let (date, rest) = s.split_at(s.len().min(10));
    let ok =
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-' && rest.as_bytes().first().is_none_or(|b| matches!(b, b'T' | b't' | b' '));
    ok.then(|| crate::calendar::Date::parse_iso(date)).flatten()
}

/// The id for a file name: its last path component without extension.
pub fn id_from_file(file: &str) -> String {
    // one byte scan for the name (after the last `/` or `\`) and its last
    // `.` (a char-set pattern costs the wasm its own searcher)
    let (mut name, mut dot) = (0, None);
    for (i, &b) in file.as_bytes().iter().enumerate() {
        match b {
            b'/' | b'\\' => (name, dot) = (i + 1, None),
            b'.' => dot = Some(i),
            _ => {}
        }
    }
    let end = dot.filter(|&dot| dot > name).unwrap_or(file.len());
    file[name..end].to_string()
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
        if crate::text::trim(&a.text).is_empty() {
            return Err(BundleError::EmptyText { index });
        }
        if a.published.as_deref().is_some_and(|p| published_date(p).is_none()) {
            return Err(BundleError::BadPublished { index });
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
            // (where the id goes in `seen`, by a plain binary search: no
            // instance of the slice's own in the wasm)
            let (mut lo, mut hi) = (0, self.seen.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if self.seen[mid] < a.id {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if self.seen.get(lo) != Some(&a.id) {
                self.seen.insert(lo, a.id.clone());
                return Ok(());
            }
            a.id = crate::cat!(base, "-", n);
            n += 1;
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
        let undated = BundleArticle { text: "t".into(), published: Some("21/11/2022".into()), ..Default::default() };
        assert_eq!(Bundle::new(vec![undated]).validate(), Err(BundleError::BadPublished { index: 0 }));
    }

    #[test]
    fn published_is_a_date_or_a_date_time() {
        let iso = |s: &str| published_date(s).map(|d| d.iso());
        assert_eq!(iso("2022-11-21").as_deref(), Some("2022-11-21"));
        assert_eq!(iso("2022-11-21T19:28+07:00").as_deref(), Some("2022-11-21"));
        assert_eq!(iso(" 2013-07-27 08:00:00Z ").as_deref(), Some("2013-07-27"));
        for bad in ["2022-11-31", "2022-11", "21/11/2022", "2022-11-21x", "", "2022-1-21"] {
            assert_eq!(iso(bad), None, "{bad}");
        }
    }
}
