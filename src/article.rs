//! Article parsing: from raw text to an [`Article`].
//!
//! Owns the layout of a news text as it comes from the web: an optional title
//! line, a dateline (`NURSULTAN, KOMPAS.TV - …`), body paragraphs with their
//! byte offsets, boilerplate lines to drop (`Baca Juga:`, `Pewarta :`, share
//! prompts), the outlet the text names and the wire agencies it credits.

use crate::lang::{self, LangTable, AGENCIES, OUTLETS};
use crate::text::{has_lower, is_alnum, is_upper, tokenize, Kind, Token};
use serde::Serialize;

/// A paragraph kept for extraction, as a byte range of the article text.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Article {
    pub id: String,
    pub file: String,
    pub lang: &'static str,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// The place named in the dateline (`NURSULTAN`, `Jakarta`).
    pub place: Option<String>,
    pub url: Option<String>,
    /// Wire agencies and outlets the text credits, first-credited first:
    /// those of its source lines (`Sumber : Reuters`) from [`Article::parse`];
    /// those its paragraphs name are added by [`credit_paragraph`] as the
    /// paragraphs are tokenized (`extract::scan` does, which tokenizes them
    /// anyway: tokenizing every paragraph twice cost a tenth of the time).
    pub credits: Vec<String>,
    /// Title (if any) and body paragraphs, boilerplate removed.
    pub paragraphs: Vec<Paragraph>,
    /// Byte offset where the body starts (after the dateline), if there is a dateline.
    pub body_start: usize,
    #[serde(skip)]
    pub text: String,
}

/// What the bundle already knows about an article, overriding what the text says.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub id: String,
    pub file: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The language the bundle gives (`id`, `en`), else detected.
    pub lang: Option<String>,
}

impl Article {
    pub fn paragraph_text(&self, p: &Paragraph) -> &str {
        &self.text[p.start..p.end]
    }

    /// Parses raw article text. Never fails: odd input gives an article with
    /// fewer parts recognised.
    pub fn parse(text: &str, meta: Meta) -> Article {
        let table = meta.lang.as_deref().and_then(lang::by_tag).unwrap_or_else(|| lang::detect(text));
        let mut credits = Vec::new();
        // the paragraphs: the lines kept (trimmed, not empty, not boilerplate)
        let mut kept: Vec<Paragraph> = Vec::new();
        let mut offset = 0;
        // (its lines, each with its newline: a byte scan, no char searcher)
        while offset < text.len() {
            let line_len = crate::text::split_byte(&text[offset..], b'\n').next().map_or(0, str::len);
            let end = (offset + line_len + 1).min(text.len());
            let full_line = &text[offset..end];
            let line = crate::text::trim(full_line);
            let s = offset + full_line.len() - crate::text::trim_start(full_line).len();
            offset = end;
            if line.is_empty() {
                continue;
            }
            if let Some(source) = source_line(line) {
                credit_paragraph(&mut credits, &tokenize(source, 0));
                continue;
            }
            if is_boilerplate(line) {
                continue;
            }
            kept.push(Paragraph { start: s, end: s + line.len() });
        }

        let mut title = None;
        if kept.len() > 1 {
            let first = &text[kept[0].start..kept[0].end];
            if looks_like_title(first) {
                title = Some(first);
            }
        }
        let first_body = usize::from(title.is_some());
        let mut outlet = None;
        let mut place = None;
        let mut body_start = kept.get(first_body).map_or(0, |p| p.start);
        if let Some(&Paragraph { start: s, end: e }) = kept.get(first_body) {
            if let Some((dl_place, dl_outlet, body)) = dateline(&text[s..e]) {
                place = dl_place.map(str::to_string);
                outlet = dl_outlet;
                body_start = s + body;
            }
        }
        Article {
            id: meta.id,
            file: meta.file,
            lang: table.code,
            title: meta.title.or_else(|| title.map(str::to_string)),
            outlet: meta.outlet.or_else(|| outlet.map(str::to_string)),
            place,
            url: meta.url,
            credits,
            paragraphs: kept,
            body_start,
            text: text.to_string(),
        }
    }

    pub fn table(&self) -> &'static LangTable {
        lang::table(self.lang)
    }
}

/// Adds `s` to `v` unless it is there.
pub fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// A line to drop (`Baca Juga:`, `Pewarta :`), by any language's table.
fn is_boilerplate(line: &str) -> bool {
    // trimmed to its first and last letter, digit or colon (plain loops:
    // `trim_matches` with a closure is a searcher of its own in the wasm)
    let keep = |c: char| is_alnum(c) || c == ':';
    let mut start = line.len();
    for (i, c) in line.char_indices() {
        if keep(c) {
            start = i;
            break;
        }
    }
    let mut end = line.len();
    while let Some((i, c)) = crate::text::char_before(line, end).filter(|_| end > start) {
        if keep(c) {
            break;
        }
        end = i;
    }
    let end = end.max(start);
    let line = &line[start..end];
    lang::ALL.iter().any(|t| t.boilerplate_prefixes.starts(line) || t.boilerplate_lines.has(line))
}

/// `Sumber : Reuters` → `Some("Reuters")`, in any language.
fn source_line(line: &str) -> Option<&str> {
    for t in lang::ALL {
        for p in t.source_line_prefixes.iter() {
            if crate::text::starts_ci(line, p) {
                return Some(crate::text::trim(&line[p.len()..]));
            }
        }
    }
    None
}

/// A first line is a title when it is short, has no sentence end and no dateline.
fn looks_like_title(line: &str) -> bool {
    let words = crate::text::word_count(line);
    let ends_sentence = crate::text::char_before(line, line.len()).is_some_and(|(_, c)| matches!(c, '.' | '!' | '?' | '"' | '”'));
    words > 0 && words <= 20 && line.len() <= 160 && !ends_sentence && dateline(line).is_none()
}

/// Recognises `PLACE, OUTLET – body` / `OUTLET, PLACE - body` / `PLACE - body`.
/// Returns (place, outlet, byte offset of the body in `para`).
fn dateline(para: &str) -> Option<(Option<&str>, Option<&str>, usize)> {
    // the first 80 chars
    let mut head_end = 0;
    for (i, c) in para.char_indices().take(80) {
        head_end = i + crate::text::utf8_len(c);
    }
    let head = &para[..head_end];
    // the first dash (the first listed of dashes at one place)
    let mut first: Option<(usize, &str)> = None;
    for &d in lang::DASHES.iter() {
        if let Some(i) = crate::text::find_str(head, d) {
            if first.is_none_or(|(j, _)| i < j) {
                first = Some((i, d));
            }
        }
    }
    let (dash_at, dash) = first?;
    let prefix = crate::text::trim(&para[..dash_at]);
    // a dateline is a few capitalised names, not a sentence
    if prefix.is_empty() || crate::text::word_count(prefix) > 6 || prefix.chars().any(|c| matches!(c, '!' | '?' | '"' | '“')) {
        return None;
    }
    let body = dash_at + dash.len();
    // PLACE (OUTLET) -, PLACE, Jan 9 (Reuters) -
    if let Some((place, rest)) = crate::text::split_once_byte(prefix, b'(') {
        let outlet = crate::text::trim(rest.strip_suffix(")")?);
        let place = crate::text::trim(crate::text::split_byte(place, b',').next().unwrap_or(""));
        if outlet.is_empty() || crate::text::has_byte(outlet, b'(') || crate::text::has_byte(outlet, b')') {
            return None;
        }
        return Some(((!place.is_empty()).then_some(place), Some(outlet), body));
    }
    let mut parts: Vec<&str> = Vec::new();
    for p in crate::text::split_byte(prefix, b',') {
        let p = crate::text::trim(p);
        if !p.is_empty() {
            parts.push(p);
        }
    }
    let is_name = |p: &str| (crate::text::char_at(p, 0).is_some_and(is_upper) || crate::text::has_byte(p, b'.')) && crate::text::word_count(p) <= 3;
    if !parts.iter().all(|p| is_name(p)) {
        return None;
    }
    match parts.as_slice() {
        [only] => {
            if is_known_outlet(only) || crate::text::has_byte(only, b'.') {
                Some((None, Some(only), body))
            } else if !has_lower(only) {
                Some((Some(only), None, body))
            } else {
                None
            }
        }
        [a, b] => {
            let score = |p: &str| {
                let mut s = 0;
                if is_known_outlet(p) {
                    s += 4;
                }
                if crate::text::has_byte(p, b'.') {
                    s += 2;
                }
                s
            };
            // a name the paragraph names again is the place ("Berita Baru,
            // Rusia – … pimpinan Rusia …"): an outlet does not report on itself
            let again = |p: &str| crate::text::find_str(&para[body..], p).is_some();
            let (sa, sb) = (score(a) + u8::from(again(b)), score(b) + u8::from(again(a)));
            let caps = |p: &str| !has_lower(p);
            // Convention is PLACE, OUTLET; a known outlet, a domain or an
            // all-caps name beside a title-case one says otherwise.
            let outlet_first = sa > sb || (sa == sb && caps(a) && !caps(b));
            let (place, outlet) = if outlet_first { (b, a) } else { (a, b) };
            Some((Some(place), Some(outlet), body))
        }
        _ => None,
    }
}

fn is_known_outlet(name: &str) -> bool {
    OUTLETS.has(name)
}

/// Adds the agencies a paragraph names (its tokens) to an article's credits,
/// in order of appearance, those already there skipped. Short acronyms
/// (`AP`, `DW`) must be written in capitals.
pub fn credit_paragraph(credits: &mut Vec<String>, tokens: &[Token]) {
    let mut i = 0;
    while i < tokens.len() {
        let mut matched = 0;
        // proper names: capitalised, and short acronyms all in capitals
        let t = &tokens[i];
        if t.kind == Kind::Word && (t.is_capitalized() || t.has_digit()) {
            let mut from = 0;
            while let Some((canon, n, next)) = AGENCIES.phrase_from(tokens, i, from) {
                from = next;
                let cased = tokens[i..i + n].iter().all(|t| t.kind != Kind::Punct && (t.text.len() > 3 || !has_lower(t.text)));
                if cased {
                    push_unique(credits, canon);
                    matched = n;
                    break;
                }
            }
        }
        i += matched.max(1);
    }
}

/// Canonical names of the agencies named in `text`, in order of appearance.
pub fn agencies_in(text: &str) -> Vec<String> {
    agencies_among(&tokenize(text, 0))
}

/// [`agencies_in`] of a text already tokenized.
pub fn agencies_among(tokens: &[Token]) -> Vec<String> {
    let mut out = Vec::new();
    credit_paragraph(&mut out, tokens);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article as extraction sees it: parsed, and its paragraphs' credits added.
    fn parse(text: &str) -> Article {
        let mut a = Article::parse(text, Meta { id: "a".into(), file: "a.txt".into(), ..Meta::default() });
        for p in &a.paragraphs {
            credit_paragraph(&mut a.credits, &tokenize(&a.text[p.start..p.end], p.start));
        }
        a
    }

    #[test]
    fn title_and_dateline() {
        let a = parse("Rusia Kirim Pasukan\n\nJakarta, PUBLIKASI – Rusia telah mengirimkan pasukan.\n");
        assert_eq!(a.title.as_deref(), Some("Rusia Kirim Pasukan"));
        assert_eq!(a.outlet.as_deref(), Some("PUBLIKASI"));
        assert_eq!(a.place.as_deref(), Some("Jakarta"));
        assert_eq!(&a.text[a.body_start..a.body_start + 4], "Rusi");
    }

    #[test]
    fn outlet_with_domain_or_known_name_or_beside_the_place_the_text_names() {
        let a = parse("ALMATY, cakra.news – Pihak berwenang Kazakhstan mengatakan.");
        assert_eq!(a.outlet.as_deref(), Some("cakra.news"));
        assert_eq!(a.place.as_deref(), Some("ALMATY"));
        assert!(a.title.is_none());
        // no list names this outlet: the place is the name the text names again
        let b = parse("Berita Baru, Rusia – Pada hari Kamis (13/1), blok militer pimpinan Rusia mulai.");
        assert_eq!((b.outlet.as_deref(), b.place.as_deref()), (Some("Berita Baru"), Some("Rusia")));
        let k = parse("Kompas, Jakarta – Banjir melanda kota itu.");
        assert_eq!(k.outlet.as_deref(), Some("Kompas"), "a known outlet");
        let c = parse("NURSULTAN, KOMPAS.TV - Pasukan penjaga perdamaian akan pergi.");
        assert_eq!(c.outlet.as_deref(), Some("KOMPAS.TV"));
    }

    #[test]
    fn other_dateline_shapes() {
        let a = parse("Jakarta (ANTARA) - Pemerintah menyiapkan dana.");
        assert_eq!((a.place.as_deref(), a.outlet.as_deref()), (Some("Jakarta"), Some("ANTARA")));
        let b = parse("Jakarta, CNN Indonesia -- Sebanyak 12 orang tewas.");
        assert_eq!(b.outlet.as_deref(), Some("CNN Indonesia"));
        let c = parse("Liputan6.com, Jakarta - Harga naik 5 persen.");
        assert_eq!((c.place.as_deref(), c.outlet.as_deref()), (Some("Jakarta"), Some("Liputan6.com")));
        let w = parse("WASHINGTON, Jan. 9 (Reuters) - The U.S. said.");
        assert_eq!((w.place.as_deref(), w.outlet.as_deref()), (Some("WASHINGTON"), Some("Reuters")));
        let r = parse("ALMATY, Jan 9 (Reuters) - Kazakhstan said on Sunday.");
        assert_eq!((r.place.as_deref(), r.outlet.as_deref()), (Some("ALMATY"), Some("Reuters")));
        assert_eq!(r.credits, vec!["Reuters"]);
        let d = parse("Suara.com - Harga naik 5 persen.");
        assert_eq!(d.outlet.as_deref(), Some("Suara.com"));
        let e = parse("Ia berkata - dan pergi.");
        assert!(e.outlet.is_none());
    }

    #[test]
    fn boilerplate_dropped_and_sources_credited() {
        let a = parse(
            "Satu paragraf yang panjang dan berisi kalimat.\nBaca Juga: Lain\nPewarta : Andi\nSumber : Reuters\nDiscussion about this post\nLeave a Comment!",
        );
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.credits, vec!["Reuters"]);
    }

    #[test]
    fn agencies_need_capitals_when_short() {
        assert_eq!(agencies_in("kata dia kepada Associated Press dan DW"), vec!["AP", "DW"]);
        assert!(agencies_in("dap ap dw").is_empty());
        assert!(agencies_in("bentrok antara demonstran dan pasukan").is_empty());
        assert_eq!(agencies_in("Saluran TV Khabar 24 melaporkan"), vec!["Khabar 24"]);
    }
}
