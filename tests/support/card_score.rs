//! The card scorer of the project's evaluation (`score_card.py`), in Rust: does
//! a card tell the truth about a bundle, by a hand-written card gold?
//!
//! `score(gold_bundle, card)` takes the object `gold["bundles"][NAME]` and the
//! JSON that `factcard card --json FILE...` prints for the bundle's files; the
//! returned `Score::line(NAME)` is the scorer's last line, character for
//! character:
//!
//! ```text
//! NAME: main N/M shown N/M grouped X false-conflicts N stray-conflicts N missed-conflicts N junk N
//! ```
//!
//! and `Score::notes` what its `--verbose` prints, in the same order and words
//! (without the two leading spaces).
//!
//! A GOLD_FACT names one quantity by the mentions that state it, each
//! `[file, text]`: "name", "key" (a good card must show it), "accept"
//! (`[low, high]`, the range its main value must lie in), "current" (one must
//! be cited under the card's main value), "compatible", "earlier", "parts",
//! "conflicts" (must be marked "conflict"), "other". A citation
//! `{article, text}` hits a mention when the article id is the file name
//! without its last extension and one text contains the other on word
//! boundaries (lowercase, whitespace folded: "9 orang" is not in "29 orang").
//! Citations are read wherever they sit in a fact, each with the nearest
//! enclosing "status".
//!
//! It follows the Python line by line. Where the Python would raise (a
//! malformed gold or card) this panics. Known, deliberate approximations:
//! `\w` is `char::is_alphanumeric() || '_'` and `str.lower()` is
//! `str::to_lowercase` (they differ on a few combining marks and rare
//! characters); the Python repr in the notes treats unassigned code points as
//! printable; integers beyond 64 bits and `-0` are read by serde_json as
//! floats, not as Python ints; an object's keys come in serde_json's order.
#![allow(dead_code)]

use serde_json::{Map, Value};
use std::cmp::Ordering;

/// What the scorer counts for one bundle.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Score {
    /// Key facts whose main value lies in "accept" and cites a "current" mention.
    pub main_ok: usize,
    /// Gold facts with "key".
    pub keys: usize,
    /// Key facts whose best card fact is among the shown ones.
    pub shown_ok: usize,
    /// Mentions (of facts stated by two or more) in their fact's best card fact.
    pub grouped_hit: usize,
    /// Mentions of facts stated by two or more.
    pub grouped_all: usize,
    /// Same-quantity mentions (current, compatible, earlier, parts) marked "conflict".
    pub false_conflicts: usize,
    /// Values marked "conflict" citing no mention of any gold fact.
    pub stray_conflicts: usize,
    /// "conflicts" mentions the card does not mark "conflict".
    pub missed_conflicts: usize,
    /// Shown facts whose main value cites no mention of any gold fact.
    pub junk: usize,
    /// What `--verbose` prints, in its order and words.
    pub notes: Vec<String>,
}

impl Score {
    /// grouped_hit / grouped_all, 1.0 when there is nothing to group.
    pub fn grouped(&self) -> f64 {
        if self.grouped_all == 0 {
            1.0
        } else {
            self.grouped_hit as f64 / self.grouped_all as f64
        }
    }

    /// The scorer's last line for `bundle`.
    pub fn line(&self, bundle: &str) -> String {
        // `{:.2}` rounds the exact binary value half to even, as Python's `:.2f`.
        format!(
            "{bundle}: main {}/{} shown {}/{} grouped {:.2} false-conflicts {} stray-conflicts {} missed-conflicts {} junk {}",
            self.main_ok,
            self.keys,
            self.shown_ok,
            self.keys,
            self.grouped(),
            self.false_conflicts,
            self.stray_conflicts,
            self.missed_conflicts,
            self.junk
        )
    }
}

// ---- Python's semantics, as far as the scorer needs them ----

/// Python's `str.isspace()` (what `str.split()` splits on): Unicode white
/// space plus the four information separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `\w` of a Python `str` pattern: alphanumerics and the underscore.
fn is_word(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Python truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u != 0
            } else if let Some(i) = n.as_i64() {
                i != 0
            } else {
                n.as_f64().is_some_and(|f| f != 0.0)
            }
        }
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `len(v)` in Python.
fn py_len(v: &Value) -> usize {
    match v {
        Value::String(s) => s.chars().count(),
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        other => panic!("score_card: object of type {} has no len(): {other}", py_type(other)),
    }
}

fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// `v.get(key)` on what must be a dict (the Python raises on anything else).
fn get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    dict(v).get(key)
}

fn dict(v: &Value) -> &Map<String, Value> {
    match v {
        Value::Object(o) => o,
        other => panic!("score_card: '{}' object has no attribute 'get': {other}", py_type(other)),
    }
}

static EMPTY: Vec<Value> = Vec::new();

/// The items of `for x in v` where each item is then used as a list or a
/// dict: a list, or an empty str / dict (nothing to iterate). Anything else
/// makes the Python raise.
fn items<'a>(v: &'a Value, what: &str) -> &'a [Value] {
    match v {
        Value::Array(a) => a,
        Value::String(s) if s.is_empty() => &EMPTY,
        Value::Object(o) if o.is_empty() => &EMPTY,
        other => panic!("score_card: {what} is not a list: {other}"),
    }
}

/// `d.get(key, [])` iterated.
fn get_items<'a>(d: &'a Value, key: &str) -> &'a [Value] {
    match get(d, key) {
        None => &EMPTY,
        Some(v) => items(v, key),
    }
}

/// `d.get(key) or []` iterated.
fn get_items_or_empty<'a>(d: &'a Value, key: &str) -> &'a [Value] {
    match get(d, key) {
        Some(v) if truthy(v) => items(v, key),
        _ => &EMPTY,
    }
}

/// `str(v)` in Python (as an f-string prints it); `None` is a missing key.
fn py_str(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(v) => py_repr(v),
        None => "None".to_string(),
    }
}

/// `repr(v)` in Python, for what `json.load` makes of `v`.
fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.to_string()
            } else if let Some(i) = n.as_i64() {
                i.to_string()
            } else {
                py_float_repr(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(s) => py_str_repr(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(o) => format!("{{{}}}", o.iter().map(|(k, v)| format!("{}: {}", py_str_repr(k), py_repr(v))).collect::<Vec<_>>().join(", ")),
    }
}

/// `repr(x)` of a Python float: the shortest digits that read back, in fixed
/// notation for exponents -5 < e < 16, else as `1.5e+16` / `1e-05`.
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "-1.2345e-7".
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1; // digits d1 d2 ... with the point after `decpt` of them
    if (-4..=16).contains(&decpt) && decpt > -4 {
        let n = digits.len() as i32;
        let body = if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits };
        let es = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    }
}

/// `repr(s)` of a Python str.
fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let u = c as u32;
                if u <= 0xff {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u <= 0xffff {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one character: not a control (Cc),
/// format (Cf), private-use (Co), separator other than the space (Zs, Zl,
/// Zp) or noncharacter. (Unassigned code points count as printable here.)
fn py_printable(c: char) -> bool {
    let u = c as u32;
    const NOT: &[(u32, u32)] = &[
        (0x00, 0x1f),
        (0x7f, 0xa0),
        (0xad, 0xad),
        (0x600, 0x605),
        (0x61c, 0x61c),
        (0x6dd, 0x6dd),
        (0x70f, 0x70f),
        (0x890, 0x891),
        (0x8e2, 0x8e2),
        (0x1680, 0x1680),
        (0x180e, 0x180e),
        (0x2000, 0x200f),
        (0x2028, 0x202f),
        (0x205f, 0x2064),
        (0x2066, 0x206f),
        (0x3000, 0x3000),
        (0xd800, 0xf8ff),
        (0xfdd0, 0xfdef),
        (0xfeff, 0xfeff),
        (0xfff9, 0xfffb),
        (0x110bd, 0x110bd),
        (0x110cd, 0x110cd),
        (0x13430, 0x1343f),
        (0x1bca0, 0x1bca3),
        (0x1d173, 0x1d17a),
        (0xe0001, 0xe0001),
        (0xe0020, 0xe007f),
        (0xf0000, 0x10ffff),
    ];
    if (u & 0xfffe) == 0xfffe {
        return false; // U+xxFFFE, U+xxFFFF
    }
    !NOT.iter().any(|&(lo, hi)| lo <= u && u <= hi)
}

/// A Python number: an int (bools too) or a float; compared exactly.
#[derive(Clone, Copy, Debug)]
enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    /// A JSON value used as a number in a comparison (`lo <= ...`).
    fn of(v: &Value) -> Num {
        match v {
            Value::Bool(b) => Num::Int(*b as i128),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    Num::Int(u as i128)
                } else if let Some(i) = n.as_i64() {
                    Num::Int(i as i128)
                } else {
                    Num::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            other => panic!("score_card: '<=' not supported for {}: {other}", py_type(other)),
        }
    }

    fn cmp(self, other: Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
            (Num::Int(a), Num::Float(b)) => int_float_cmp(a, b),
            (Num::Float(a), Num::Int(b)) => int_float_cmp(b, a).map(Ordering::reverse),
        }
    }

    fn le(self, other: Num) -> bool {
        matches!(self.cmp(other), Some(Ordering::Less | Ordering::Equal))
    }
}

/// An int against a float, exactly (as Python compares them).
fn int_float_cmp(n: i128, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    const TWO_127: f64 = 170141183460469231731687303715884105728.0;
    if f >= TWO_127 {
        return Some(Ordering::Less);
    }
    if f < -TWO_127 {
        return Some(Ordering::Greater);
    }
    let fl = f.floor();
    let fi = fl as i128; // exact: an integral float within i128
    Some(match n.cmp(&fi) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

/// `float(v)` in Python.
fn py_float(v: &Value) -> f64 {
    match v {
        Value::Bool(b) => *b as u8 as f64,
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        Value::String(s) => parse_py_float(s).unwrap_or_else(|| panic!("score_card: could not convert string to float: {s:?}")),
        other => panic!("score_card: float() argument must be a string or a real number, not '{}'", py_type(other)),
    }
}

/// Python's `float(str)`: white space around it, underscores between digits,
/// inf / infinity / nan in any case.
fn parse_py_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_py_space);
    let chars: Vec<char> = t.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '_' && !(i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            return None;
        }
    }
    let t: String = chars.into_iter().filter(|c| *c != '_').collect();
    let body = t.strip_prefix(['+', '-']).unwrap_or(&t);
    let word = body.to_ascii_lowercase();
    if matches!(word.as_str(), "inf" | "infinity" | "nan") {
        return t.parse::<f64>().ok();
    }
    // Decimal digits, at most one point, an optional exponent: nothing else.
    let (m, e) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
    let ok_digits = |x: &str| x.chars().all(|c| c.is_ascii_digit());
    if !(ok_digits(ip) && ok_digits(fp)) || (ip.is_empty() && fp.is_empty()) {
        return None;
    }
    if let Some(e) = e {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        if e.is_empty() || !ok_digits(e) {
            return None;
        }
    }
    t.parse::<f64>().ok()
}

// ---- the scorer ----

/// `" ".join((s or "").lower().split())`.
fn norm(s: Option<&Value>) -> String {
    let s = match s {
        Some(v) if truthy(v) => match v {
            Value::String(s) => s.as_str(),
            other => panic!("score_card: '{}' object has no attribute 'lower'", py_type(other)),
        },
        _ => "",
    };
    s.to_lowercase().split(is_py_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `x` occurs in `y` on word boundaries: `re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", y)`.
fn within(x: &str, y: &str) -> bool {
    let mut from = 0;
    while from <= y.len() {
        let Some(at) = y[from..].find(x).map(|i| i + from) else {
            return false;
        };
        let before = y[..at].chars().next_back();
        let after = y[at + x.len()..].chars().next();
        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
            return true;
        }
        // the next match may overlap this one: go on from the next character
        match y[at..].chars().next() {
            Some(c) => from = at + c.len_utf8(),
            None => return false,
        }
    }
    false
}

fn overlaps(a: Option<&Value>, b: Option<&Value>) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && !b.is_empty() && (within(&a, &b) || within(&b, &a))
}

/// The file name without directory and last extension.
fn stem(f: &Value) -> &str {
    let Value::String(f) = f else {
        panic!("score_card: expected str, bytes or os.PathLike object, not {}", py_type(f));
    };
    let base = match f.rfind('/') {
        Some(i) => &f[i + 1..],
        None => f.as_str(),
    };
    match base.rfind('.') {
        Some(i) => &base[..i],
        None => base,
    }
}

/// A citation's (article, text), as `c.get("article", "")`, `c.get("text", "")`:
/// `None` stands for the default "".
type Cite<'a> = (Option<&'a Value>, Option<&'a Value>);

static EMPTY_STR: Value = Value::String(String::new());

fn cite_of(c: &Value) -> Cite<'_> {
    (get(c, "article"), get(c, "text"))
}

/// The `i`th element of a mention (`mention[i]`).
fn nth(m: &Value, i: usize) -> &Value {
    match m {
        Value::Array(a) => a.get(i).unwrap_or_else(|| panic!("score_card: list index out of range: {m}")),
        other => panic!("score_card: a mention is not a [file, text] list: {other}"),
    }
}

fn hits(mention: &Value, cite: Cite<'_>) -> bool {
    let article = cite.0.unwrap_or(&EMPTY_STR);
    matches!(article, Value::String(a) if a == stem(nth(mention, 0))) && overlaps(Some(nth(mention, 1)), Some(cite.1.unwrap_or(&EMPTY_STR)))
}

/// One citation found under a fact: (article, text) and whether the nearest
/// enclosing status is "conflict".
struct Found<'a> {
    cite: Cite<'a>,
    conflict: bool,
}

/// Every citation under `node`, with the nearest enclosing "status".
fn citations<'a>(node: &'a Value, status: Option<&'a Value>, out: &mut Vec<Found<'a>>) {
    match node {
        Value::Object(o) => {
            let status = if o.contains_key("status") { o.get("status") } else { status };
            let conflict = matches!(status, Some(Value::String(s)) if s == "conflict");
            if let Some(cs) = o.get("citations") {
                if truthy(cs) {
                    match cs {
                        Value::Array(a) => {
                            for c in a.iter().filter(|c| c.is_object()) {
                                out.push(Found { cite: cite_of(c), conflict });
                            }
                        }
                        // a str iterates to strs, a dict to its keys: no dicts
                        Value::String(_) | Value::Object(_) => {}
                        other => panic!("score_card: '{}' object is not iterable", py_type(other)),
                    }
                }
            }
            for (k, v) in o {
                if k != "citations" {
                    citations(v, status, out);
                }
            }
        }
        Value::Array(a) => {
            for v in a {
                citations(v, status, out);
            }
        }
        _ => {}
    }
}

fn main_value(fact: &Value) -> Option<&Value> {
    let vals = get_items_or_empty(fact, "values");
    for v in vals {
        if matches!(get(v, "status"), Some(Value::String(s)) if s == "main") {
            return Some(v);
        }
    }
    vals.first()
}

fn value_in(v: Option<&Value>, lo: Num, hi: Num) -> bool {
    let Some(v) = v else { return false };
    match get(v, "value") {
        Some(x) if !x.is_null() => {
            let x = Num::Float(py_float(x));
            lo.le(x) && x.le(hi)
        }
        _ => {
            let (a, b) = (get(v, "low"), get(v, "high"));
            match (a, b) {
                (Some(a), Some(b)) if !a.is_null() && !b.is_null() => Num::Float(py_float(a)).le(hi) && lo.le(Num::Float(py_float(b))),
                _ => false,
            }
        }
    }
}

/// `(mv or {}).get("citations", [])` as (article, text) pairs.
fn value_cites(mv: Option<&Value>) -> Vec<Cite<'_>> {
    match mv {
        Some(v) if truthy(v) => get_items(v, "citations").iter().map(cite_of).collect(),
        _ => Vec::new(),
    }
}

/// `mv.get('display') if mv else ELSE`.
fn display_or(mv: Option<&Value>, otherwise: &str) -> String {
    match mv {
        Some(v) if truthy(v) => py_str(get(v, "display")),
        _ => otherwise.to_string(),
    }
}

/// `repr(vc[:1])`: `[('article', 'text')]` or `[]`.
fn repr_first_cite(vc: &[Cite<'_>]) -> String {
    match vc.first() {
        None => "[]".to_string(),
        Some((a, t)) => format!("[({}, {})]", py_repr(a.unwrap_or(&EMPTY_STR)), py_repr(t.unwrap_or(&EMPTY_STR))),
    }
}

/// `card.get("shown_facts", len(facts))`.
enum Shown {
    Int(i128),
    None,
}

/// Scores `card` (what `factcard card --json` prints) against `gold_bundle`
/// (the object `gold["bundles"][NAME]`), as `score_card.py` does.
pub fn score(gold_bundle: &Value, card: &Value) -> Score {
    let facts: &[Value] = match get(card, "facts") {
        None => &EMPTY,
        Some(v) => items(v, "facts"),
    };
    let shown = match get(card, "shown_facts") {
        None => Shown::Int(facts.len() as i128),
        Some(Value::Null) => Shown::None,
        Some(v) => match Num::of(v) {
            Num::Int(n) => Shown::Int(n),
            Num::Float(_) => panic!("score_card: slice indices must be integers or None"),
        },
    };
    let cites: Vec<Vec<Found>> = facts
        .iter()
        .map(|f| {
            let mut out = Vec::new();
            citations(f, None, &mut out);
            out
        })
        .collect();
    let gold_facts = match get(gold_bundle, "facts") {
        Some(v) => items(v, "gold facts"),
        None => panic!("score_card: KeyError: 'facts'"),
    };
    const ALL: [&str; 6] = ["current", "compatible", "earlier", "parts", "conflicts", "other"];
    let all_gold: Vec<&Value> = gold_facts.iter().flat_map(|g| ALL.iter().flat_map(move |k| get_items(g, k).iter())).collect();
    let hits_any_gold = |vc: &[Cite]| all_gold.iter().any(|m| vc.iter().any(|c| hits(m, *c)));

    let mut s = Score::default();
    for g in gold_facts {
        let name = || py_str(Some(get(g, "name").unwrap_or_else(|| panic!("score_card: KeyError: 'name'"))));
        // `list + list`: each must be a list (or missing)
        let list = |k: &str| -> &[Value] {
            match get(g, k) {
                None => &EMPTY,
                Some(Value::Array(a)) => a,
                Some(other) => panic!("score_card: can only concatenate list (not \"{}\") to list", py_type(other)),
            }
        };
        let same: Vec<&Value> = list("current").iter().chain(list("compatible")).chain(list("earlier")).collect();
        // the card fact holding most of this quantity's mentions
        let (mut best, mut best_n) = (None::<usize>, 0usize);
        for (i, cs) in cites.iter().enumerate() {
            let n = same.iter().filter(|m| cs.iter().any(|c| hits(m, c.cite))).count();
            if n > best_n {
                (best, best_n) = (Some(i), n);
            }
        }
        if same.len() >= 2 {
            // grouping matters where two or more mentions say it
            s.grouped_hit += best_n;
            s.grouped_all += same.len();
        }
        if same.len() >= 2 && best_n < same.len() {
            s.notes.push(format!("'{}': {} of {} mentions in one card fact", name(), best_n, same.len()));
        }
        let key = get(g, "key").is_some_and(truthy);
        if key {
            s.keys += 1;
        }
        let mut ok = false;
        if let Some(b) = best {
            let mv = main_value(&facts[b]);
            let accept = match get(g, "accept") {
                Some(Value::Array(a)) if a.len() == 2 => a,
                Some(other) => panic!("score_card: \"accept\" is not [low, high]: {other}"),
                None => panic!("score_card: KeyError: 'accept'"),
            };
            let (lo, hi) = (Num::of(&accept[0]), Num::of(&accept[1]));
            ok = value_in(mv, lo, hi) && get_items(g, "current").iter().any(|m| value_cites(mv).iter().any(|c| hits(m, *c)));
            if key {
                match shown {
                    Shown::Int(n) => {
                        if (b as i128) < n {
                            s.shown_ok += 1;
                        }
                    }
                    Shown::None => panic!("score_card: '<' not supported between 'int' and 'NoneType'"),
                }
            }
            // conflicts the gold expects
            for m in get_items(g, "conflicts") {
                if !cites[b].iter().any(|c| hits(m, c.cite) && c.conflict) {
                    s.missed_conflicts += 1;
                    s.notes.push(format!("missed conflict in '{}': {}", name(), py_repr(m)));
                }
            }
        } else if let Some(c) = get(g, "conflicts").filter(|c| truthy(c)) {
            s.missed_conflicts += py_len(c);
        }
        if key {
            s.main_ok += ok as usize;
            if !ok {
                let mv = best.and_then(|b| main_value(&facts[b]));
                let accept = get(g, "accept").unwrap_or_else(|| panic!("score_card: KeyError: 'accept'"));
                s.notes.push(format!("wrong main for '{}' (accept {}): card says {}", name(), py_str(Some(accept)), display_or(mv, "nothing")));
            }
        }
        // false conflicts: a same-quantity mention marked conflict anywhere
        for m in same.iter().copied().chain(list("parts")) {
            for (i, cs) in cites.iter().enumerate() {
                if cs.iter().any(|c| hits(m, c.cite) && c.conflict) {
                    s.false_conflicts += 1;
                    s.notes.push(format!("false conflict in card fact '{}': {} ({})", py_str(get(&facts[i], "label")), py_repr(m), name()));
                    break;
                }
            }
        }
    }
    // stray conflicts: a value the card calls a conflict that states none of
    // the bundle's gold quantities (another event's number, an age, a time)
    for f in facts {
        for v in get_items_or_empty(f, "values") {
            if matches!(get(v, "status"), Some(Value::String(st)) if st == "conflict") {
                let vc: Vec<Cite> = get_items(v, "citations").iter().map(cite_of).collect();
                if !vc.is_empty() && !hits_any_gold(&vc) {
                    s.stray_conflicts += 1;
                    s.notes.push(format!("stray conflict in card fact '{}': {} {}", py_str(get(f, "label")), py_str(get(v, "display")), repr_first_cite(&vc)));
                }
            }
        }
    }
    let upto = match shown {
        Shown::None => facts.len(),
        Shown::Int(n) if n >= 0 => (n as usize).min(facts.len()),
        Shown::Int(n) => (facts.len() as i128 + n).max(0) as usize,
    };
    for f in &facts[..upto] {
        let mv = main_value(f);
        let mc = value_cites(mv);
        if !hits_any_gold(&mc) {
            s.junk += 1;
            s.notes.push(format!("junk shown fact: '{}' {}", py_str(get(f, "label")), display_or(mv, "")));
        }
    }
    s
}
