//! Figure mentions: numbers with what they count.
//!
//! Finds quantities in a paragraph's tokens — numerals in the language's
//! notation (`2.500`, `1,8 juta`, `25%`, `Rp 3,5 triliun`), number words
//! (`dua puluh lima`, `enam`), vague counts (`belasan`, `ribuan`), ranges
//! (`10 hingga 20`, `antara 5 dan 7`) — with the qualifier before them
//! (`sekitar`, `lebih dari`), the counted noun after them and the event word
//! near them. Codes, names with digits (`Khabar 24`), years, clock times,
//! phone numbers and list markers are not figures.

use crate::lang::{self, Category, CountedNoun, LangTable, NumberWord, Qualifier, CASUALTY_EVENTS, GENERIC_CONCEPTS, TIME_ZONES};
use crate::text::{capitalized_at, phrase_before, Kind, Token};
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct FigureMention {
    /// The exact text, from qualifier to counted noun.
    pub text: String,
    /// The stated number (absent for vague counts and ranges).
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// The counted noun as written, lower case (`pasukan`).
    pub noun: Option<String>,
    /// The noun's concept shared across languages (`troops`); empty for a
    /// noun the tables do not know (`jobs`: its word says what it counts).
    pub concept: Option<&'static str>,
    pub category: Category,
    /// The event the figure is about, from a nearby event word (`killed`).
    pub event: Option<&'static str>,
    /// The event word as written (`tewas`).
    pub event_word: Option<String>,
    /// What narrows the quantity, from a scope word near it (`rusak berat`
    /// → `heavy`, `masih` → `still`): a scoped quantity is its own fact.
    #[serde(skip)]
    pub scope: Option<&'static str>,
    /// Where the quantity is, as written without the word for its kind
    /// (`di Kabupaten Lebak` → `Lebak`, `in Syria` → `Syria`): a place named
    /// in its clause or subject.
    #[serde(skip)]
    pub place: Option<String>,
    /// A year its clause names on its own (`in 1939`): the quantity is that year's.
    #[serde(skip)]
    pub year: Option<i32>,
    pub start: usize,
    pub end: usize,
    pub sentence: std::sync::Arc<String>,
    /// Stated as a revision (`bertambah menjadi 6`, `rises to 268`): one of the
    /// language's revision words stands in the few words before it.
    #[serde(skip)]
    pub revised: bool,
    /// Stated as superseded (`dari sebelumnya 46`, `previously 42`).
    #[serde(skip)]
    pub superseded: bool,
    /// `place` names who holds the count, not where it is (`Prabowo` of
    /// `suara Prabowo-Gibran`).
    #[serde(skip)]
    pub held: bool,
    /// Stated as a part of a figure before it (`11 people, including four
    /// gunmen`, `dari 127 korban jiwa, dua diantaranya polisi`): a breakdown.
    #[serde(skip)]
    pub part: bool,
    /// Stated as a forecast (`The Tories are predicted to win 368 seats`):
    /// one of the language's forecast words before it in its clause.
    #[serde(skip)]
    pub forecast: bool,
}

/// A quantity found at some tokens, before qualifier and noun.
#[derive(Clone, Copy, Debug)]
struct Quantity {
    low: f64,
    high: f64,
    /// One stated number (not vague, not a range).
    exact: bool,
    /// Index one past the last token used.
    end: usize,
    /// Written with digits (so it could be a year, a name's number…).
    numeral: bool,
    percent: bool,
    money: bool,
    /// A word after the number makes it a lower bound (`3.000 lebih`).
    more: bool,
    /// Glued to a word by a hyphen, a modifier: `12-storey`, `35-year-old`.
    glued: bool,
}

/// Parses a numeral written with the language's separators: `2.500` and
/// `1,8` in Indonesian, `2,500` and `1.8` in English. A single separator of
/// the other notation that does not group thousands is read as a decimal
/// point (`3.5` in Indonesian text). Numbers past 18 digits are not figures.
pub fn parse_numeral(s: &str, decimal_sep: char) -> Option<f64> {
    let thousands = if decimal_sep == ',' { '.' } else { ',' };
    // (two decimal separators and no other group thousands: the other
    // notation's, `31,376,708 suara` in Indonesian text)
    // (counted in a plain loop: no iterator adapter instance in the wasm)
    let mut seps = 0;
    for &b in s.as_bytes() {
        seps += usize::from(b == decimal_sep as u8);
    }
    if seps > 1 && !crate::text::has_byte(s, thousands as u8) {
        return parse_numeral(s, thousands);
    }
    // the groups between thousands separators: how many, and whether every
    // one after the first has three digits before any decimal point
    let (mut groups, mut threes) = (0, true);
    for g in crate::text::split_byte(s, thousands as u8) {
        if groups > 0 && crate::text::split_byte(g, decimal_sep as u8).next().is_none_or(|h| h.len() != 3) {
            threes = false;
        }
        groups += 1;
    }
    let grouped = groups > 1 && threes;
    let point = if grouped || groups != 2 || crate::text::has_byte(s, decimal_sep as u8) { decimal_sep } else { thousands };
    let (mut int, mut frac, mut scale, mut digits) = (0u64, 0u64, 1u64, 0);
    let mut after_point = false;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                digits += 1;
                if digits > 18 {
                    return None;
                }
                let d = u64::from(c as u8 - b'0');
                if after_point {
                    frac = frac * 10 + d;
                    scale *= 10;
                } else {
                    int = int * 10 + d;
                }
            }
            c if c == point && !after_point => after_point = true,
            c if c == thousands && grouped || c == ' ' => {}
            _ => return None,
        }
    }
    // one division of two exact integers: the nearest double to the decimal (3 + 0.72 is not 3.72)
    (digits > 0).then(|| (int * scale + frac) as f64 / scale as f64)
}

/// Number words from token `i`: `dua puluh lima`, `tiga ratus ribu`, `twenty-five`.
fn number_words(table: &LangTable, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let (mut total, mut group, mut last) = (0u64, 0u64, 0u64);
    let mut j = i;
    let mut parts_used = 0;
    'tokens: while let Some(t) = toks.get(j) {
        if !t.is_word() {
            break;
        }
        let mut consumed_any = false;
        for part in crate::text::split_byte(t.text, b'-') {
            let Some(w) = table.number_word(part) else {
                if consumed_any {
                    // a fraction is no count (two-thirds); otherwise a compound
                    // modifier: eight-year-old, two-day
                    if table.hyphen_suffixes_not_figures.has(part) {
                        return None;
                    }
                    j += 1;
                    break 'tokens;
                }
                break 'tokens;
            };
            let ok = match w {
                NumberWord::Value(v) if v >= 1000 => {
                    total += v as u64;
                    true
                }
                NumberWord::Value(v) if last == 0 => {
                    last = v as u64;
                    true
                }
                NumberWord::Value(v) if v < 10 && last >= 20 && last % 10 == 0 => {
                    last += v as u64;
                    true
                }
                NumberWord::Value(_) => false,
                NumberWord::Teen if (1..=9).contains(&last) => {
                    last += 10;
                    true
                }
                NumberWord::Multiplier(m) if last > 0 => {
                    group += last * m as u64;
                    last = 0;
                    true
                }
                // alone, a multiplier is its own value: "a dozen", "a hundred"
                NumberWord::Multiplier(m) if group + total == 0 => {
                    last = m as u64;
                    true
                }
                NumberWord::Scale(s) if group + last > 0 => {
                    total += (group + last) * s as u64 * 1000;
                    group = 0;
                    last = 0;
                    true
                }
                _ => false,
            };
            if !ok {
                if consumed_any {
                    return None;
                }
                break 'tokens;
            }
            consumed_any = true;
            parts_used += 1;
        }
        j += 1;
    }
    let value = total + group + last;
    (parts_used > 0 && j > i).then_some((value as f64, j))
}

/// The quantity starting at token `i`, if any.
fn quantity_at(table: &LangTable, toks: &[Token], i: usize) -> Option<Quantity> {
    let t = toks.get(i)?;
    let mut q = if t.is_number() {
        let v = parse_numeral(t.text, table.decimal_sep)?;
        Quantity { low: v, high: v, exact: true, end: i + 1, numeral: true, percent: false, money: false, more: false, glued: false }
    } else if let Some(((lo, hi), used)) = table.vague_at(toks, i) {
        Quantity { low: lo, high: hi, exact: false, end: i + used, numeral: false, percent: false, money: false, more: false, glued: false }
    } else {
        let (v, end) = number_words(table, toks, i)?;
        Quantity { low: v, high: v, exact: true, end, numeral: false, percent: false, money: false, more: false, glued: false }
    };
    // a compound modifier glued by a hyphen: 35-year-old, 7.1-magnitude, 10-day
    if q.numeral {
        if let (Some(dash), Some(word)) = (toks.get(q.end), toks.get(q.end + 1)) {
            if dash.is_punct("-") && !dash.spaced && word.is_word() && !word.spaced && !table.hyphen_suffixes_not_figures.has_word(Some(word)) {
                (q.end, q.glued) = (q.end + 2, true);
                return Some(q);
            }
        }
    }
    // scale written against the numeral (3,5T, $3.5bn) or as the next word (1,8 juta)
    if let Some(next) = toks.get(q.end) {
        let suffix = if next.is_word() && !next.spaced && q.numeral {
            table.scale_suffixes.get(next.text)
        } else if next.is_word() {
            table.scale(next.text)
        } else {
            None
        };
        if let Some(s) = suffix {
            let s = f64::from(s) * 1e3;
            q.low *= s;
            q.high *= s;
            q.end += 1;
        }
    }
    // "25%", "12,5 persen", "3 per cent"
    if let Some(n) = table.percent_words.phrase_at(toks, q.end) {
        q.percent = true;
        q.end += n;
    }
    if q.exact && table.more_after.word_at(toks, q.end) {
        q.more = true;
        q.end += 1;
    }
    Some(q)
}

/// A range continuing the quantity `q`: `10 hingga 20`, `10-20`.
fn range_after(table: &LangTable, toks: &[Token], q: &Quantity) -> Option<Quantity> {
    let joiner = toks.get(q.end)?;
    if !table.range_joiners.has_text(joiner) {
        return None;
    }
    let second = quantity_at(table, toks, q.end + 1)?;
    if !second.exact || second.high < q.low || q.numeral != second.numeral {
        return None;
    }
    // "2-3 juta": the scale of the second applies to the first
    let scale = if second.numeral && q.low > 0.0 && second.low / q.low >= 1000.0 {
        second.low / parse_numeral(toks[q.end + 1].text, table.decimal_sep).unwrap_or(second.low)
    } else {
        1.0
    };
    Some(Quantity { low: q.low * scale, high: second.high, exact: false, percent: q.percent || second.percent, ..second })
}

/// Why a numeral is not a figure here.
fn is_not_a_figure(table: &LangTable, toks: &[Token], i: usize, q: &Quantity, counted: bool, qualified: bool) -> bool {
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(i + 1);
    // a number word with a capital inside a sentence, before another,
    // names something: "one of the Five Pillars of Islam"
    if !q.numeral && t.is_capitalized() && capitalized_at(toks, i + 1) && prev.is_some_and(|p| p.is_word() && !p.is_capitalized()) {
        return true;
    }
    if q.numeral {
        // (ASCII digits: as many bytes as characters)
        let mut digits = 0;
        for &b in t.text.as_bytes() {
            digits += usize::from(b.is_ascii_digit());
        }
        let plain = digits == t.text.len();
        let zero = t.text.starts_with("0");
        // glued to a symbol or code: #5, /3, -19, 3/4
        if prev.is_some_and(|p| !t.spaced && p.is_punct_of("/-#+")) || next.is_some_and(|n| !n.spaced && n.is_punct("/")) {
            return true;
        }
        // a clock time, score or ratio (14:30, 2:1), a score or code (2-1, 0812-3456),
        // a number with a leading zero (007, 0812)
        let glued_number_after = |sep: &str| next.is_some_and(|n| !n.spaced && n.is_punct(sep)) && toks.get(i + 2).is_some_and(|w| w.is_number() && !w.spaced);
        if glued_number_after(":")
            || prev.is_some_and(|p| !t.spaced && p.is_punct(":"))
            || (q.exact && glued_number_after("-"))
            || (plain && digits > 1 && zero)
        {
            return true;
        }
        // a decade or ordinal suffix: 1990-an, 2000s
        if q.end == i + 1 && next.is_some_and(|n| n.is_punct("-") && !n.spaced) && table.hyphen_suffixes_not_figures.word_at(toks, i + 2) {
            return true;
        }
        // glued to letters that are not a scale: 4G
        if next.is_some_and(|n| n.is_word() && !n.spaced && table.scale_suffixes.get(n.text).is_none()) {
            return true;
        }
        // phone numbers and ids
        if plain && (digits >= 8 || (digits >= 6 && zero)) {
            return true;
        }
        // a reference: pasal 5, nomor 3, pukul 10.30, tahun 2022
        let abbreviated_reference = prev.is_some_and(|p| p.is_punct(".")) && i >= 2 && table.reference_words.word_at(toks, i - 2);
        if (table.reference_words.has_word(prev) || abbreviated_reference) && !qualified {
            return true;
        }
        // clock time: 10.30 WIB
        if TIME_ZONES.has_word(next) {
            return true;
        }
        // a year standing alone
        if plain && digits == 4 && (1800..=2100).contains(&(q.low as i64)) && !counted && !qualified && !q.percent {
            return true;
        }
        // a list marker at the start of a paragraph: "1." / "2)"
        if i == 0 && next.is_some_and(|n| n.is_punct_of(".)")) && q.end == i + 1 {
            return true;
        }
        // a name with a number: Khabar 24, Boeing 737 — a capitalised word that
        // does not start the sentence, and nothing counted after
        // (or across a dash or a bracket: "KRI Nanggala – 402", "kereta api
        // (KA) 66 Turangga")
        let at = if prev.is_some_and(|p| p.is_punct("-") || p.is_punct("–") || p.is_punct(")")) && i > 1 { i - 1 } else { i };
        if let Some(p) = at.checked_sub(1).map(|p| &toks[p]) {
            let sentence_start = at < 2 || toks[at - 2].is_punct_of(".\"") || crate::text::punct_at(toks, at - 2, "“");
            let known = table.number_word(p.text).is_some()
                || table.is_currency(p.text)
                || table.qualifiers.words.iter().any(|w| lang::eq_ci(last_word(w), p.text))
                || table.qualifier_fillers.has_text(p)
                || table.month(p.text).is_some()
                || table.measure_words.get(p.text).is_some()
                || table.weekday(p.text).is_some()
                // (a headline's verb: "Death Toll Reaches 2,012")
                || table.introducers.has_text(p);
            if p.is_capitalized() && !sentence_start && !known && !counted && !q.percent && !qualified {
                return true;
            }
        }
    }
    false
}

/// The last word of a phrase (words separated by single spaces).
fn last_word(phrase: &str) -> &str {
    let mut start = phrase.len();
    while start > 0 && phrase.as_bytes()[start - 1] != b' ' {
        start -= 1;
    }
    &phrase[start..]
}

/// The qualifier before token `start` (skipping fillers): (qualifier, first token).
fn qualifier_before(table: &LangTable, toks: &[Token], start: usize) -> Option<(Qualifier, usize)> {
    let mut end = start;
    while end > 0 && table.qualifier_fillers.word_at(toks, end - 1) {
        end -= 1;
    }
    let (k, s) = table.qualifiers.words.earliest_before(toks, end)?;
    Some((table.qualifiers.values[k], s))
}

/// A currency marker just before token `start`: returns the first token.
fn currency_before(table: &LangTable, toks: &[Token], start: usize) -> Option<usize> {
    let mut s = start;
    if s > 0 && crate::text::punct_at(toks, s - 1, ".") {
        s -= 1; // "Rp."
    }
    let p = s.checked_sub(1)?;
    let t = &toks[p];
    if !table.is_currency(t.text) {
        return None;
    }
    // "US$": a word glued before the symbol
    if p > 0 && !t.spaced && toks[p - 1].is_word() && table.is_currency(&crate::cat!(toks[p - 1].text, t.text)) {
        return Some(p - 1);
    }
    Some(p)
}

/// An event word near a figure: its concept, the word as written, and how
/// many tokens lie between it and the figure.
#[derive(Clone, Copy, Debug)]
struct Event<'a> {
    concept: &'static str,
    word: &'a str,
    gap: usize,
}

/// Whether `t` ends the clause an event word is read in (a comma does).
fn ends_event_clause(t: &Token) -> bool {
    t.is_punct_of(".!?,;")
}

/// The event word nearest to the figure within its sentence.
fn event_near<'a>(table: &LangTable, toks: &[Token<'a>], start: usize, end: usize, prev_end: usize) -> Option<Event<'a>> {
    // the event must be in the same clause: "602 orang meninggal, sementara
    // 2.046 warga luka-luka" — the wounded are not dead
    let mut best: Option<Event> = None;
    // after the figure first (164 orang tewas), then before it (menewaskan lebih dari 160 orang)
    // auxiliaries and names between do not part them ("145 were injured",
    // "91 anggota Kelompok Penyelenggara Pemungutan Suara (KPPS) meninggal")
    let (mut gap, mut revised) = (0, false);
    // (a state it once had and has no longer, with none said after: "warga
    // Agam yang sempat dilaporkan hilang", found since)
    let mut once: Option<bool> = None;
    let mut k = end;
    while k < toks.len().min(end + 16) {
        // (past an age: "Two men aged 31 and 32 were detained")
        if table.age_words.has_at(toks, k) {
            k += 1;
            while toks.get(k).is_some_and(|t| t.is_number() || t.is_punct(",") || table.coordinators.has_text(t)) {
                k += 1;
            }
            continue;
        }
        // "40 di antaranya tewas": of them, 40 died
        if let Some(n) = table.parts_after.phrase_at(toks, k) {
            k += n;
            continue;
        }
        // (past a breakdown between commas that says nothing happened: "At
        // least 79 people, including 12 firefighters, were injured", not
        // "206 orang, yakni 3 meninggal, 19 selamat")
        if crate::text::punct_at(toks, k, ",") && table.part_markers.phrase_at(toks, k + 1).is_some() {
            let mut j = k + 2;
            while j < toks.len().min(k + 10) && !ends_event_clause(&toks[j]) && event_at(table, toks, j).is_none() {
                j += 1;
            }
            if crate::text::punct_at(toks, j, ",") {
                k = j + 1;
                continue;
            }
        }
        // (nor past the start of its breakdown: "64 orang terdiri dari korban meninggal …")
        // (a place's comma is no clause's end: "di RSUD Kabupaten Tangerang, Banten meninggal dunia")
        // (one name after it, so not a title's "18 Orang, Ratusan Orang Mengungsi")
        let place_comma = crate::text::punct_at(toks, k, ",")
            && capitalized_at(toks, k - 1)
            && capitalized_at(toks, k + 1)
            && toks.get(k + 2).is_some_and(|t| !t.is_capitalized());
        // (nor a count of something else right after it, which shares the event:
        // "85 firefighters and 10 other people are still missing", "325 students
        // and 14 teachers aboard"; "28 orang dan 12 orang masih hilang" does not)
        let shared = k == end && toks.get(k + 1).is_some_and(Token::is_number) && toks.get(k + 2).is_some_and(|t| t.text != toks[end - 1].text);
        if ends_event_clause(&toks[k]) && !place_comma
            || table.coordinators.has_at(toks, k) && !shared
            || gap > 5
            || table.part_markers.phrase_at(toks, k).is_some()
        {
            break;
        }
        // (after it, a state since changed says what it is now: "two people
        // previously reported as missing have now been confirmed dead", "satu
        // korban yang sempat dirawat … meninggal dunia")
        // (one before a noun of people describes them: right after the
        // figure, its noun, which gives way to what then happened to them,
        // after an auxiliary, "Forty-two injured people have been
        // discharged", not "537 missing persons dead"; further on, another
        // noun's, no event of the figure's, "all 97 people for whom there was
        // a missing persons report")
        if let Some((concept, n, people)) = event_at(table, toks, k)
            .map(|(c, n)| (c, n, toks.get(k + n).and_then(|t| table.noun_of(t)).is_some_and(|c| c.category == Category::People)))
            .filter(|&(_, _, people)| k == end || table.head_first || !people)
        {
            let had = best.is_some();
            revised |= k == end && people && table.event_fillers.has_at(toks, k + n + 1);
            if !had || revised {
                best = Some(Event { concept, word: toks[k].text, gap: best.map_or(gap, |b| b.gap) });
                once = once.map(|was| !was && !had);
            }
            if revised && had {
                break;
            }
        }
        let t = &toks[k];
        // (nor past a negation: "12 people were not injured")
        if table.negations.has_text(t) {
            break;
        }
        let superseded = table.superseded_words.has_text(t);
        // (the token's scope word, read once for both tests below)
        let scope = table.scope_words.get(t.text);
        // (what it still is says what it is now: "80 people injured in the
        // attack remain in hospital")
        revised |= best.is_some() && (table.revision_words.has_text(t) || scope == Some("still")) || superseded;
        if best.is_none() && superseded {
            once = Some(false);
        }
        // (a grade before the event neither: "36 are reported to be severely injured")
        gap += usize::from(!(table.event_fillers.has_text(t) || scope.is_some() || t.is_capitalized() || t.is_punct_of("()")));
        k += 1;
    }
    if once == Some(true) {
        best = None;
    }
    for k in (start.saturating_sub(8)..start).rev() {
        // (nor across a subordinate clause's start: "the toll could grow as 30 people…")
        if ends_event_clause(&toks[k]) || table.subordinators.has_at(toks, k) {
            break;
        }
        // a phrase ends where its last word is: "meninggal dunia 129" is beside the figure
        if let Some((concept, n)) = event_at(table, toks, k).filter(|&(_, n)| k + n <= start) {
            // (nor, with one after it, one right after the figure before,
            // which is what that one did: "dua orang meninggal dunia dengan
            // total 103 KK atau 200 jiwa terdampak")
            if best.is_some() && k > 0 && toks[k - 1].end() == prev_end {
                break;
            }
            let gap = start - k - n;
            // (nearer than the one after it, or as near and made an
            // adjective by an article: "declare the missing 537 persons
            // dead" are missing)
            if best.is_none_or(|b| gap < b.gap || gap == b.gap && k > 0 && table.stopwords.has_at(toks, k - 1)) {
                best = Some(Event { concept, word: toks[k].text, gap });
            }
            break;
        }
    }
    best
}

/// The event word or phrase at token `k` (the longest: `korban jiwa`,
/// `meninggal dunia`): its concept and how many tokens it takes.
fn event_at(table: &LangTable, toks: &[Token], k: usize) -> Option<(&'static str, usize)> {
    // a word of a name that is no event ("Rumah Sakit" is a hospital)
    for s in k.saturating_sub(1)..=k {
        if table.not_events.phrase_at(toks, s).is_some_and(|n| s + n > k) {
            return None;
        }
    }
    // (the last of equal lengths)
    let mut longest = None;
    let mut from = 0;
    while let Some((concept, n, next)) = table.event_words.phrase_from(toks, k, from) {
        from = next;
        if longest.is_none_or(|(_, most)| n >= most) {
            longest = Some((concept, n));
        }
    }
    longest.or_else(|| table.event(toks[k].text).map(|c| (c, 1)))
}

/// Whether the figure at tokens `first..end` is an age: right after an age
/// word, or joined to one that is (`aged 31 and 32`, `berusia 31 dan 32
/// tahun`); a count with its age is none (`153 umur 1-5 tahun`).
fn is_age(table: &LangTable, toks: &[Token], first: usize, end: usize) -> bool {
    let age_word = |k: usize| table.age_words.word_at(toks, k);
    first > 2 && !age_word(end) && (age_word(first - 1) || table.coordinators.has_at(toks, first - 1) && toks[first - 2].is_number() && age_word(first - 3))
}

/// Most words (punctuation aside) of a subject before its introducer (`korban luka-luka yang
/// diperoleh dari data BNPB sampai Selasa sore sebanyak 1.083 orang`).
const SUBJECT_REACH: usize = 20;

fn ends_clause(t: &Token) -> bool {
    t.is_punct_of(".!?;:")
}

/// The subject a figure completes, as a token range: when one of the
/// language's introducers (phrases) stands just before the figure
/// (`sebanyak`, `rose to`), the words back to the sentence's start or to the last
/// figure before it (which has a subject of its own), commas included; and
/// whether it crossed the value the figure replaced (`dari 46 menjadi 56`).
fn subject_before(table: &LangTable, toks: &[Token], first: usize, prev_first: usize, prev_end: usize) -> Option<(std::ops::Range<usize>, bool)> {
    let (_, intro) = table.introducers.earliest_before(toks, first)?;
    let mut s = intro;
    // back to the last figure (`prev_first`.. ending at byte `prev_end`):
    // years, dates and times are no figures with a subject of their own
    // (`kuartal I 2022`, `per 30 April 2019, pukul 08.00 WIB sebanyak 318
    // orang`); the value the figure replaced is part of its subject, link and
    // all (`korban bertambah dari 46 menjadi 56`, `the toll rose from 233 to 288`)
    let (mut words, mut replaced) = (0, false);
    // (a colon in a time, "22:00", ends nothing)
    while s > 0 && words < SUBJECT_REACH && !(ends_clause(&toks[s - 1]) && toks[s].spaced) {
        let t = &toks[s - 1];
        // (before the replaced value, the figure before that one is unknown: any number ends it)
        if replaced && t.is_number() && t.year().is_none() {
            break;
        }
        if !replaced && t.end() <= prev_end {
            let link = &toks[prev_first.max(1) - 1];
            if prev_first == 0 || !(table.earlier_links.has_text(link) || table.superseded_words.has_text(link)) {
                break;
            }
            replaced = true;
            s = prev_first;
        }
        s -= 1;
        words += usize::from(toks[s].kind != crate::text::Kind::Punct);
    }
    // after the figure before it, its own words run to a comma ("at least
    // 1,872 in Syria, for a combined total of 7,306")
    if s > 0 && toks[s - 1].end() <= prev_end {
        // (a plain loop: no position instance in the wasm)
        let mut c = s;
        while c < intro {
            if toks[c].is_punct(",") {
                s = c + 1;
                break;
            }
            c += 1;
        }
    }
    Some((s..intro, replaced))
}

/// What narrows a figure's quantity besides what it counts: a scope word
/// (`13 rumah rusak berat`, `33 orang masih mengungsi`), a place (`di
/// Kabupaten Lebak`, `in neighbouring Syria`) and a year of its own (`killed
/// around 33,000 people in 1939`).
#[derive(Default)]
struct Narrowing {
    scope: Option<&'static str>,
    place: Option<String>,
    year: Option<i32>,
    placed: bool,
}

/// Most tokens read after a figure, and before it when it has no subject,
/// for what narrows it.
const NARROWING_REACH: usize = 7;

impl Narrowing {
    /// Reads token `k`; false at a token that ends the reading (another
    /// number, a clause's end, a comma where `commas_end`).
    fn read(&mut self, table: &LangTable, toks: &[Token], k: usize, commas_end: bool, claimed: &[(usize, usize)]) -> bool {
        let t = &toks[k];
        if let Some(y) = t.year().filter(|_| !in_claimed(claimed, t)) {
            self.year = self.year.or(Some(y));
            return true;
        }
        // (nor past a coordinator: "3 orang selamat (luka berat) dan 11 orang meninggal")
        if ends_clause(t) || t.is_number() || (commas_end && (t.is_punct(",") || table.coordinators.has_text(t))) {
            return false;
        }
        // (a grade is more than a state: "33 others remain in serious condition")
        if self.scope.is_none_or(|s| s == "still") {
            // (none, where every grade is named: "luka ringan hingga berat")
            if let Some((scope, _, _)) = table.scope_words.phrase_from(toks, k, 0) {
                self.scope = Some(scope).filter(|s| !s.is_empty());
            }
        }
        // the nearest place word, whether or not a name follows it ("in both
        // countries" is no place, and the one before it is another clause's)
        if !self.placed && table.place_words.has_text(t) {
            self.place = place_name(table, toks, k + 1);
            // "in the earthquake in Syria": read on past a common noun's place word
            self.placed = self.place.is_some() || !toks.get(k + 1).is_some_and(|n| table.stopwords.has_text(n));
        }
        // a possessive name is a place too when what it owns is the count
        // ("Turkey's death toll"), not the event ("Indonesia's volcano
        // eruption"); so is a name that opens the count's event's phrase
        // ("the Egyptian death toll had risen to 672": one country's, of a
        // pilgrimage's 1,301 dead)
        let suffix = possessive_len(t.text);
        // (a day's is no place: "Wednesday's collapse")
        let name = &t.text[..t.text.len() - suffix];
        if !self.placed
            && (suffix > 0
                || !table.head_first
                    && k > 0
                    && k + 1 < toks.len()
                    && toks[k - 1].is_word()
                    && !capitalized_at(toks, k - 1)
                    && event_at(table, toks, k + 1).is_some())
            && t.is_capitalized()
            && table.weekday(name).is_none()
            && toks[k + 1..toks.len().min(k + 3)].iter().any(|t| table.event(t.text).is_some())
        {
            self.placed = true;
            self.place = Some(name.to_string());
        }
        true
    }
}

/// Whether `t` may be a word of a name: capitalised, with no digit, and
/// `w` (its word) no month, weekday nor time (`WIB`).
fn is_name_word(table: &LangTable, t: &Token, w: &str) -> bool {
    t.is_capitalized() && !t.has_digit() && table.month(w).is_none() && table.weekday(w).is_none() && !table.time_words.has_text(t)
}

/// How many tokens either side of a place name are read to tell a line of
/// Title Case ([`place_name`]): more than a headline has.
const TITLE_REACH: usize = 24;

/// A place's name from token `k`: up to three capitalised words that are no
/// month or weekday, after at most one lower-case word (`neighbouring
/// Syria`), without the word for its kind.
fn place_name(table: &LangTable, toks: &[Token], mut k: usize) -> Option<String> {
    // (in a line of Title Case, a headline's, a capital says no name: "BNPB
    // Sebut 20 Orang Masih Dicari di Puing Ponpes Al Khoziny Sidoarjo"; the
    // words around it, not its whole paragraph's: one long line is read in
    // linear time)
    let (mut caps, mut lower) = (0, 0);
    for t in toks[k.min(toks.len()).saturating_sub(TITLE_REACH)..toks.len().min(k + TITLE_REACH)].iter().filter(|t| t.is_word() && t.text.len() > 3) {
        (caps, lower) = if t.is_capitalized() { (caps + 1, lower) } else { (caps, lower + 1) };
    }
    if caps > 3 && caps > 8 * lower {
        return None;
    }
    if toks.get(k).is_some_and(|t| t.is_word() && !t.is_capitalized()) && capitalized_at(toks, k + 1) {
        k += 1;
    }
    let mut name = String::new();
    let mut after = k;
    for t in &toks[k.min(toks.len())..toks.len().min(k + 3)] {
        // (a day's is no place: "in Wednesday's collapse")
        // (nor its possessive: "to Bolsonaro's 49.1 percent")
        let w = &t.text[..t.text.len() - possessive_len(t.text)];
        if !is_name_word(table, t, w) {
            break;
        }
        // the word for its kind is not part of what tells places apart
        // (`Kabupaten Lebak` is `Lebak`)
        after += 1;
        if table.place_kinds.has_text(t) {
            continue;
        }
        if !name.is_empty() {
            name.push_str(" ");
        }
        name.push_str(w);
    }
    // "in Turkey and Syria" names both: no one place
    let joined = table.coordinators.has_at(toks, after) && capitalized_at(toks, after + 1);
    (!name.is_empty() && !joined).then_some(name)
}

/// What narrows a figure, nearest first: its subject (commas and all),
/// then its clause after it, else the few words before it; never past
/// another number or a clause's end. Years inside dates are claimed by them
/// and not seen here.
fn narrowing(table: &LangTable, toks: &[Token], first: usize, end: usize, subject: Option<&std::ops::Range<usize>>, claimed: &[(usize, usize)]) -> Narrowing {
    let mut n = Narrowing::default();
    // a subject says what its figure is before the words after it, which
    // may begin the next item ("rusak sedang sejumlah 2.071 unit rumah yang
    // rusak ringan ada 12.641")
    if let Some(s) = subject {
        // (a place before a comma before the subject's event word is
        // another clause's, "died in Christchurch Hospital, raising the
        // death toll to 51", unless the subject opens with it, "In
        // neighbouring Thailand, the death toll … has risen to 24"; a scope
        // there is the figure's, "Jika dibandingkan dengan triwulan
        // sebelumnya (qtq), … tumbuh sebesar 3,72 persen")
        let mut event = false;
        let opens = table.place_words.has_at(toks, s.start);
        for k in s.clone().rev() {
            n.placed |= event && !opens && toks[k].is_punct(",");
            if !n.read(table, toks, k, false, claimed) {
                break;
            }
            event = event || event_at(table, toks, k).is_some();
        }
    }
    // (nor past the start of its breakdown: "63 orang dengan rincian luka
    // berat ada 31 orang" is no grade of the 63; "721 of whom are in
    // serious condition" is the part)
    for k in end..toks.len().min(end + NARROWING_REACH) {
        if table.part_markers.phrase_at(toks, k).is_some() && table.parts_after.phrase_at(toks, k).is_none() || !n.read(table, toks, k, true, claimed) {
            break;
        }
    }
    if subject.is_none() {
        for k in (first.saturating_sub(NARROWING_REACH)..first).rev() {
            if !n.read(table, toks, k, true, claimed) {
                break;
            }
        }
    }
    n
}

/// Most tokens back to the start of a figure's sentence.
const SENTENCE_REACH: usize = 80;

/// The figure's sentence opens with a superseded word set off by a comma
/// (`Sebelumnya, Kemenkes … mencatat … 527 jiwa`, `Earlier, officials
/// said…`): everything it states is an earlier report. (`start`: the
/// sentence's [`sentence_start`], which [`find`] reads once for its readers.)
fn opens_as_superseded(table: &LangTable, toks: &[Token], start: Option<usize>) -> bool {
    start.is_some_and(|k| table.superseded_words.has_at(toks, k) && crate::text::punct_at(toks, k + 1, ","))
}

/// The first token of the figure's sentence, when it is no more than
/// [`SENTENCE_REACH`] back.
#[inline(never)]
fn sentence_start(toks: &[Token], first: usize) -> Option<usize> {
    let from = first.saturating_sub(SENTENCE_REACH);
    let mut start = first;
    while start > from && !ends_clause(&toks[start - 1]) {
        start -= 1;
    }
    (start == 0 || start > from).then_some(start)
}

/// What a sentence opens with, set off by a comma: a place (`In West
/// Jakarta, 13 patients have died`, `Di Kabupaten Lebak, …`) or a year (`In
/// October 2015, a bomb … killing all 224 people`): where and when its
/// figures are.
/// A year inside a date (`claimed`) is the date's, not the figures'.
/// (`start`: the sentence's [`sentence_start`].)
fn opening(table: &LangTable, toks: &[Token], first: usize, start: Option<usize>, claimed: &[(usize, usize)]) -> (Option<String>, Option<i32>) {
    let Some(k) = start else { return (None, None) };
    let Some(comma) = (k + 2..first.min(k + 6)).find(|&j| crate::text::punct_at(toks, j, ",")) else { return (None, None) };
    // (or a year set off by commas after it: "The volcano's deadliest
    // eruption, in 1979, killed 60 people")
    let aside = toks.get(comma + 3).filter(|t| t.is_punct(",") && table.place_words.has_at(toks, comma + 1)).map(|_| &toks[comma + 2]);
    let year_of = |t: &Token| t.year().filter(|_| !in_claimed(claimed, t));
    // (the first, by a plain loop: no iterator adapter instance in the wasm)
    let mut year = None;
    for t in &toks[k..comma] {
        year = year_of(t);
        if year.is_some() {
            break;
        }
    }
    let year = year.or_else(|| aside.and_then(year_of));
    // (the name is all the phrase says: "In the capital, …" names none)
    let place = if table.place_words.has_at(toks, k) && toks[k + 2..comma].iter().all(Token::is_capitalized) { place_name(table, toks, k + 1) } else { None };
    (place, year)
}

/// Whether the capital at `k`, opening its clause, is a name's: joined to
/// another (`Prabowo-Gibran unggul`, `Bloc Québécois`) or followed by a
/// word no stopword (`Lula won 50.9 percent`; not `Pasangan itu unggul`).
fn opens_a_clause_as_name(table: &LangTable, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    crate::text::has_byte(t.text, b'-') || capitalized_at(toks, k + 1) || toks.get(k + 1).is_some_and(|v| v.is_word() && !table.stopwords.has_text(v))
}

/// Who holds a count (votes, seats): the nearest name before it in its
/// clause, after the last figure (ending at byte `prev_end`), by its first
/// word: "Anies Baswedan - Muhaimin Iskandar" and "Anies-Muhaimin" are both
/// Anies; a capital opening the clause as [`opens_a_clause_as_name`] says.
/// A name after an agent word is the agent of a phrase before, not the
/// holder, when a name comes before it ("the NDA led by the BJP won 293
/// seats" are the NDA's; "the seat was won by Labour with 20,000 votes"
/// Labour's).
fn holder_before(table: &LangTable, toks: &[Token], first: usize, prev_end: usize) -> Option<String> {
    let mut k = first;
    // (a name after an agent word, to hold the count when no name comes before)
    let mut agent = None;
    loop {
        // (a name and a colon label the figure: "Prabowo-Sandi: 68.650.239 suara")
        if k == 0 || toks[k - 1].end() <= prev_end || ends_clause(&toks[k - 1]) && !(k == first && toks[k - 1].text == ":") {
            k = agent?;
            break;
        }
        k -= 1;
        let t = &toks[k];
        // (a bracket opens no clause: "(NDA) won 293 seats" are the NDA's)
        let opens = k == 0 || toks[k - 1].kind == crate::text::Kind::Punct && !toks[k - 1].is_punct("(");
        if is_name_word(table, t, t.text) && !table.closed(t.text) && (!opens || k + 1 == first || opens_a_clause_as_name(table, toks, k)) {
            // (a name that says or reports is the source, not the holder:
            // "The CBC reports the party won 157 seats")
            if table.speech_words.word_at(toks, k + 1) {
                return None;
            }
            // (the agent word a few words before the name, in its clause:
            // "led by Rahul Gandhi's centrist Congress party")
            let mut j = k;
            while agent.is_none() && j + 4 > k && j > 0 && toks[j - 1].is_word() {
                j -= 1;
                if table.agent_words.has_at(toks, j) {
                    agent = Some(k);
                }
            }
            if agent != Some(k) {
                break;
            }
            k = j;
        }
    }
    // back to the name's first word, across a spaced hyphen or a pair's
    // "and" ("Ganjar Pranowo dan Mahfud MD meraih 27.040.878 suara" are
    // Ganjar's), to the sentence's first word, not past an owner ("Justin
    // Trudeau's Liberals" are the Liberals; "His NDA bloc", a stopword's,
    // the NDA) nor a modifier ("the BJP-led NDA", "Mamata Banerjee-led
    // Trinamool Congress")
    while k > 0 && possessive_len(toks[k - 1].text) == 0 && !is_modifier(toks[k - 1].text) {
        let link = usize::from(k > 1 && (crate::text::punct_at(toks, k - 1, "-") || table.coordinators.has_at(toks, k - 1)) && capitalized_at(toks, k - 2));
        if link == 0 && !capitalized_at(toks, k - 1) {
            break;
        }
        k -= 1 + link;
    }
    // (an article, a link or a title opening it names nothing: "The
    // Conservatives have 365 seats", "Sementara Ganjar Pranowo …", "Mr
    // Milei won")
    k += usize::from(table.stopwords.has_at(toks, k) || table.coordinators.has_at(toks, k) || table.abbreviations.has_at(toks, k));
    // the name's words up to a pair's hyphen or an owner's: "Recep Tayyip
    // Erdogan", "Anies Baswedan - Muhaimin Iskandar" (the card knows
    // "Erdogan" and "Anies" by them)
    let mut name = toks[k].text.to_string();
    while k + 1 < first && holder_name(toks[k].text).is_some_and(|w| w.len() == toks[k].text.len()) && is_name_word(table, &toks[k + 1], toks[k + 1].text) {
        k += 1;
        crate::text::push_joined(&mut name, " ", toks[k].text);
    }
    holder_name(&name)
}

/// Whether a word is a name made a modifier by a hyphen and a word in
/// lower case ("BJP-led", "Hamas-run").
fn is_modifier(w: &str) -> bool {
    let b = w.as_bytes();
    b.iter().rposition(|&c| c == b'-').is_some_and(|i| b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
}

/// A holder's name from its first word: a pair's first name
/// ("Prabowo-Gibran" is Prabowo's), without a possessive ("Labour's 203
/// seats", "the Lib Dems' 11").
fn holder_name(w: &str) -> Option<String> {
    let name = crate::text::split_byte(w, b'-').next()?;
    // (one ending in an "s" ends in no apostrophe: at most one of them)
    Some(name[..name.len() - possessive_len(name) - apostrophe_before(name, name.len())].to_string())
}

/// The length of the possessive (`'s`, `’s`) that `s` ends with; 0 for none.
fn possessive_len(s: &str) -> usize {
    if !s.as_bytes().ends_with(b"s") {
        return 0;
    }
    match apostrophe_before(s, s.len() - 1) {
        0 => 0,
        a => a + 1,
    }
}

/// The length of the apostrophe (`'`, `’`) that `s[..end]` ends with; 0 for none.
fn apostrophe_before(s: &str, end: usize) -> usize {
    let b = &s.as_bytes()[..end];
    if b.ends_with(b"'") {
        1
    } else if b.ends_with("’".as_bytes()) {
        3
    } else {
        0
    }
}

/// The counted noun at token `k` (none after a percentage: "25% tahun
/// ini"): one the table knows, else one by its plural form.
#[inline(never)]
fn noun_at<'t>(table: &LangTable, toks: &'t [Token<'t>], k: usize, percent: bool) -> Option<(&'t Token<'t>, CountedNoun)> {
    let t = toks.get(k).filter(|t| t.is_word() && !percent)?;
    // (a capital before another is a name's: "150,000 Thomas Cook customers")
    let name = t.is_capitalized() && capitalized_at(toks, k + 1);
    // (nor the first word of an event: "25 gempa susulan")
    Some((t, table.noun_of(t).or_else(|| table.open_noun(t.text).filter(|_| !name && event_at(table, toks, k).is_none()))?))
}

/// Whether `t` is a word of a counted noun the table knows, no classifier.
/// (Inlined at its two readers in [`find`]: 11 B gzip less, measured.)
#[inline(always)]
fn is_counted_word(table: &LangTable, t: &Token) -> bool {
    t.is_word() && !table.classifiers.has_text(t) && table.noun_of(t).is_some()
}

/// A plural after a word that says what kind it is, where plurals have an
/// ending ("137 adult passengers", "three South Koreans"): the noun's
/// token. An event, a filler or a closed word ("21 on buses") says no kind.
fn kind_noun(table: &LangTable, toks: &[Token], k: usize) -> Option<usize> {
    let w = toks.get(k).filter(|t| t.is_word())?.text;
    (!table.plural_endings.is_empty()
        && !table.closed(w)
        && table.event(w).is_none()
        && toks.get(k + 1).is_some_and(|t| t.is_word() && table.open_noun(t.text).is_some()))
    .then_some(k + 1)
}

/// Whether no token that `breaks` (a clause's end, a sentence's) stands
/// between byte `end` and the token `first`.
#[inline(never)]
fn unbroken_since(toks: &[Token], first: usize, end: usize, breaks: fn(&Token) -> bool) -> bool {
    for t in toks[..first].iter().rev() {
        if t.end() <= end {
            break;
        }
        if breaks(t) {
            return false;
        }
    }
    true
}

/// Most tokens before a figure an anaphor may stand, and most tokens back
/// from it to the event it points to.
const ANAPHOR_REACH: usize = 12;
const ANTECEDENT_REACH: usize = 60;

/// The event an anaphor before a figure points back to (`Korban meninggal
/// dunia … terus bertambah. Hingga pukul 21.00 WIB, jumlah itu menjadi 30
/// orang`): the nearest event word before the anaphor, in the paragraph,
/// else `topic`, the event a subheading before the paragraph names
/// ("Confusion over deaths, missing" … "put the count … at 377"); of an
/// `item` of a list, `topic` is its lead-in's ("The deaths by state:" …
/// "• Georgia: 25").
fn anaphor_event<'a>(table: &LangTable, toks: &[Token<'a>], first: usize, topic: Option<&'static str>, item: bool) -> Option<Event<'a>> {
    let mut a = first;
    // (an item has no anaphor: the lead-in's event is its own)
    loop {
        if item {
            break;
        }
        a = a.checked_sub(1).filter(|&a| first - a <= ANAPHOR_REACH && !ends_clause(&toks[a]))?;
        // (not one that says what it counts: "The number of injuries has
        // risen to 1,332 from 918")
        if table.anaphors.phrase_at(toks, a).is_some_and(|n| !table.share_links.has_at(toks, a + n)) {
            break;
        }
    }
    for k in (a.saturating_sub(ANTECEDENT_REACH)..a).rev() {
        if let Some((concept, _)) = event_at(table, toks, k) {
            return Some(Event { concept, word: toks[k].text, gap: first - k });
        }
    }
    topic.map(|concept| Event { concept, word: "", gap: first - a })
}

/// A superseded word in the few words before a figure, after the last figure
/// (ending at byte `prev_end`), and not of when something was said ("Oktay
/// earlier said more than 8,000" is no earlier value).
fn stated_earlier(table: &LangTable, toks: &[Token], first: usize, prev_end: usize) -> bool {
    // (or denied: "253 and not 359 as reported")
    if first > 0 && table.denials.has_at(toks, first - 1) {
        return true;
    }
    for k in first.saturating_sub(SUPERSEDED_REACH)..first {
        if toks[k].end() > prev_end && table.superseded_words.has_at(toks, k) && table.credit_phrases.phrase_at(toks, k + 1).is_none() {
            return true;
        }
    }
    false
}

/// Whether the figure's sentence says it was said earlier ("Authorities
/// earlier said that … the blasts that killed 359 people"): an earlier
/// report, though none of the last figure's (see [`stated_earlier`]). The
/// card sets it back only when its article gives another value of the fact
/// ("Oktay earlier said more than 8,000" alone is that article's count).
/// (`start`: the sentence's [`sentence_start`].)
fn said_before(table: &LangTable, toks: &[Token], first: usize, start: Option<usize>) -> bool {
    let start = start.unwrap_or(first);
    (start..first).any(|k| table.superseded_words.has_at(toks, k) && table.speech_words.word_at(toks, k + 1))
}

/// Whether token `k` follows a revision word and an earlier link ("rose
/// from 233", "bertambah dari 125"): the value something changed from.
fn changed_from(table: &LangTable, toks: &[Token], k: usize) -> bool {
    k > 1 && table.earlier_links.has_at(toks, k - 1) && table.revision_words.has_at(toks, k - 2)
}

/// Whether a revision word is among `toks`. Not inlined: one copy for
/// [`find`]'s three.
#[inline(never)]
fn has_revision(table: &LangTable, toks: &[Token]) -> bool {
    toks.iter().any(|t| table.revision_words.has_text(t))
}

/// Whether a forecast word stands before the figure in its clause ("The
/// Tories are predicted to win 368 seats"; not "As polls predicted, the
/// party won 365 seats").
fn forecast(table: &LangTable, toks: &[Token], first: usize) -> bool {
    let mut k = first;
    let mut said = false;
    while k > 0 && !ends_event_clause(&toks[k - 1]) {
        k -= 1;
        said |= table.forecast_words.phrase_at(toks, k).is_some();
    }
    said
}

/// How many words before a figure a superseded word may stand, in its
/// clause (`He earlier had said the figure was 397`).
const SUPERSEDED_REACH: usize = 7;

/// How many words before a figure a revision word may stand (`bertambah
/// jadi 6`, `death toll has now risen to 268`).
const REVISION_REACH: usize = 4;

/// A bare share held by a name ("Lula had 50.88%") is a share of what the
/// article's held counts count (votes, seats), when it has any. (Inlined
/// into its one caller: 37 B gzip less in the wasm, measured.)
#[inline(always)]
pub fn lend_held_concept(figures: &mut [FigureMention]) {
    // (the first, by a plain loop: no iterator adapter instance in the wasm)
    let mut held = None;
    for f in figures.iter() {
        if lang::HELD_CONCEPTS.holds_some(f.concept) {
            held = f.concept;
            break;
        }
    }
    let Some(c) = held else { return };
    for f in figures {
        if f.held && f.concept.is_none() {
            f.concept = Some(c);
        }
    }
}

/// Where the label of a list item starts: a paragraph that opens, after at
/// most one bullet, with capitalized words, then a colon or a dash right
/// before token `first` ("• North Carolina: 77", "BJP – 240"). (The bullet
/// read as the paragraph's first token, not as a run of them: 23 B gzip
/// less, measured.)
fn item_label(toks: &[Token], first: usize) -> Option<usize> {
    let sep = first.checked_sub(1)?;
    let mut k = sep;
    while k > 0 && toks[k - 1].is_capitalized() {
        k -= 1;
    }
    (k < sep && toks[sep].kind == Kind::Punct && !toks[sep].is_punct_of(".,;()") && k < 2 && toks.first().is_some_and(|t| k == 0 || t.kind == Kind::Punct))
        .then_some(k)
}

/// Whether token `t` lies in one of the `claimed` spans (sorted by start,
/// disjoint): the first that ends after the token. (A function, where a
/// `dyn Fn` closure put a `call_once` shim in the wasm.)
fn in_claimed(claimed: &[(usize, usize)], t: &Token) -> bool {
    let k = crate::text::ending_by(claimed, t.start);
    claimed.get(k).is_some_and(|&(s, _)| s < t.end())
}

/// Finds figure mentions among a paragraph's tokens, skipping the `claimed`
/// byte spans (dates, sorted and disjoint); `topic` is the event the last
/// subheading before the paragraph names. `text` and `sentence` are left
/// for the caller to fill.
pub fn find(table: &LangTable, toks: &[Token], claimed: &[(usize, usize)], topic: Option<&'static str>) -> Vec<FigureMention> {
    let mut out: Vec<FigureMention> = Vec::new();
    // where the last figure that may have a subject of its own starts (its
    // first token) and ends (a byte): a duration has none ("the toll from
    // the floods that hit Spain three weeks ago has risen to 227")
    let mut subject_prev = (0, 0);
    let mut i = 0;
    while i < toks.len() {
        if in_claimed(claimed, &toks[i]) {
            i += 1;
            continue;
        }
        if let Some(used) = table.not_figures.phrase_at(toks, i) {
            i += used;
            continue;
        }
        let Some(mut q) = quantity_at(table, toks, i) else {
            i += 1;
            continue;
        };
        if toks[i..q.end].iter().any(|t| in_claimed(claimed, t)) {
            i += 1;
            continue;
        }
        let mut first = i;
        // antara X dan Y
        if let &[open, join] = &*table.between {
            let word_is = |t: Option<&Token>, w: &str| t.is_some_and(|t| t.is_word() && lang::eq_ci(w, t.text));
            if i > 0 && word_is(toks.get(i - 1), open) && word_is(toks.get(q.end), join) {
                if let Some(second) = quantity_at(table, toks, q.end + 1).filter(|s| s.exact && s.high >= q.low) {
                    q = Quantity { low: q.low, high: second.high, exact: false, ..second };
                    first = i - 1;
                }
            }
        }
        // "rose from 233 to 288" is a change, not a range
        let change = changed_from(table, toks, i);
        if q.exact && !change {
            if let Some(r) = range_after(table, toks, &q) {
                q = r;
            }
        }
        // "1 hingga 5 Januari": a range of days, not a figure
        if !q.exact && toks.get(q.end).is_some_and(|t| t.is_capitalized() && table.month(t.text).is_some()) {
            i = q.end;
            continue;
        }
        // the counted noun right after the quantity, or after a link word
        // ("dozens of police"); a link word is only taken with its noun
        let noun_at = |k: usize| noun_at(table, toks, k, q.percent);
        let linked = table.noun_links.word_at(toks, q.end);
        // (past an article: "three of the construction workers")
        let at = q.end + usize::from(linked) + usize::from(linked && table.stopwords.word_at(toks, q.end + 1));
        let mut noun = noun_at(at);
        let mut noun_end = at + 1;
        // a share says what it is a share of ("50.9 percent of the vote",
        // "24,95% dari suara sah", past a word that says which: "of valid
        // votes"): a share of that
        if q.percent {
            if let Some(mut k) = table.share_links.phrase_at(toks, q.end).map(|n| q.end + n) {
                noun = self::noun_at(table, toks, k, false);
                if noun.is_none() {
                    k += 1;
                    noun = self::noun_at(table, toks, k, false);
                }
                noun_end = k + 1;
            }
        }
        // a compound's own noun: "the 24-storey block", "a 10-day search"
        if q.numeral && q.end == i + 3 && crate::text::punct_at(toks, i + 1, "-") {
            if let Some(n) = noun_at(i + 2) {
                (noun, noun_end) = (Some(n), q.end);
            }
        }
        // … or a kind of it: "137 adult passengers" (the words with it are
        // what is counted)
        let mut kind = None;
        if let Some((j, (t, n))) = kind_noun(table, toks, at).filter(|_| noun.is_none() && at != q.end + 1).and_then(|j| Some((j, noun_at(j)?))) {
            noun = Some((t, CountedNoun { concept: "", ..n }));
            let mut words = toks[at].text.to_string();
            crate::text::push_joined(&mut words, " ", t.text);
            words.make_ascii_lowercase();
            kind = Some(words);
            noun_end = j + 1;
        }
        // … or what it is said to be: "100 were women" (a predicate, the
        // last word of its clause)
        // ("dua diantaranya merupakan petugas": of them)
        let of_them = table.parts_after.phrase_at(toks, q.end).unwrap_or(0);
        if noun.is_none() && !linked && table.event_fillers.has_at(toks, q.end + of_them) {
            noun_end += of_them + 1;
            noun = noun_at(noun_end - 1).filter(|(_, n)| {
                n.category == Category::People
                    && toks.get(noun_end).is_none_or(|t| {
                        // (or a coordinator's or a relative clause's start:
                        // "39 were firefighters and five were policemen",
                        // "100 were women who …")
                        t.kind == crate::text::Kind::Punct || noun_at(noun_end).is_some() || table.coordinators.has_text(t) || table.subordinators.has_text(t)
                    })
            });
        }
        // a classifier counts nothing itself: the noun after it does ("223
        // unit rumah"), else the subject's
        let mut classified = false;
        let noun = match noun {
            Some((t, _)) if table.classifiers.has_text(t) => match noun_at(noun_end).filter(|(n, _)| !table.classifiers.has_text(n)) {
                Some(after) => {
                    noun_end += 1;
                    Some(after)
                }
                None => {
                    classified = true;
                    noun
                }
            },
            other => other,
        };
        // of two nouns of people, the second says who: a generic noun is the
        // first's classifier ("91 orang petugas KPPS", "dua orang polisi"),
        // or the second its modifier ("petugas kepolisian"); members say no
        // more who than the first ("53 crew members")
        let mut noun = match noun {
            Some((_, n)) if n.category == Category::People => {
                match noun_at(noun_end).filter(|(_, m)| {
                    m.category == Category::People && !GENERIC_CONCEPTS.holds(m.concept) && (m.concept != "staff" || GENERIC_CONCEPTS.holds(n.concept))
                }) {
                    Some(after) => {
                        noun_end += 1;
                        Some(after)
                    }
                    None => noun,
                }
            }
            other => other,
        };
        // a noun of more words counts what they say: two groups of people
        // together are people ("162 passengers and crew"), "9 rumah sakit"
        // are hospitals
        if let Some(n) = noun.as_mut().and_then(|n| Some((n, table.compound_nouns.phrase_from(toks, noun_end - 1, 0)?))) {
            n.0 .1.concept = n.1 .0;
            noun_end += n.1 .1 - 1;
        }
        // ("has risen up to 154" is no bound: the toll rose to 154)
        // (a currency stands between a qualifier and its amount: "more than $2 billion")
        let currency = currency_before(table, toks, i);
        let qualifier = if first == i { qualifier_before(table, toks, currency.unwrap_or(i)) } else { None }
            .filter(|&(q, s)| !(q == Qualifier::UpTo && s > 0 && table.revision_words.has_at(toks, s - 1)));
        // an item of a list of counts held after one ("The Conservatives
        // have 365 seats; Labour 203; the SNP 48"): a count of what the
        // first counts, no name's number
        let held_item = out.last().filter(|p| p.held && i > 1 && unbroken_since(toks, i, p.end, |t| t.ends_sentence())).and_then(|p| {
            let mut k = i;
            while k > 1 && (capitalized_at(toks, k - 1) || table.stopwords.has_at(toks, k - 1)) {
                k -= 1;
            }
            (k < i && (toks[k - 1].is_punct_of(",;") || table.coordinators.has_at(toks, k - 1))).then(|| (p.noun.clone(), p.concept, p.category))
        });
        // (a noun the table does not know may be a verb: "flight JT 610 floats")
        if is_not_a_figure(table, toks, i, &q, held_item.is_some() || noun.is_some_and(|(_, n)| !n.concept.is_empty()), qualifier.is_some()) {
            i = q.end;
            continue;
        }
        // a lone "satu"/"one" is an article, not a count
        if !q.numeral && q.exact && q.low < 2.0 && noun.is_none() {
            i = q.end;
            continue;
        }
        // the qualifier is part of the text when it touches the number
        // ("sekitar 2.500"), not across a filler ("setidaknya ada 18")
        if let Some((_, s)) = qualifier.filter(|_| !table.qualifier_fillers.word_at(toks, i.saturating_sub(1))) {
            first = s;
        }
        if let Some(c) = currency {
            q.money = true;
            if qualifier.is_none() {
                first = c;
            }
        }
        let mut end = q.end;
        // the last figure, read and amended below (its address taken once)
        let mut last = out.last_mut();
        let prev_end = last.as_deref().map_or(0, |p| p.end);
        // (an introducer may be read as an exact qualifier: "mencapai 409.840 jiwa")
        let at = if qualifier.is_some_and(|(q, _)| q == Qualifier::Exact) { i } else { first };
        let (subject, replaced) = subject_before(table, toks, at, subject_prev.0, subject_prev.1).unzip();
        // the subject's event word and counted noun (not a classifier), nearest
        // the figure first; the noun only before the event ("rumah yang rusak
        // ringan ada 12.641"), as its head: "the toll in both countries to
        // over 39,000" does not count countries
        let (mut noun_at, mut subject_event) = (None, None);
        for k in subject.clone().unwrap_or(0..0).rev() {
            let t = &toks[k];
            if noun_at.is_none() && subject_event.is_some_and(|e: Event| first - k <= e.gap + 5) && is_counted_word(table, t) {
                noun_at = Some(k);
            }
            if subject_event.is_none() {
                subject_event = event_at(table, toks, k).map(|(concept, _)| Event { concept, word: t.text, gap: first - k - 1 });
            }
        }
        // with no event, the subject's noun nearest the figure ("memperoleh
        // suara sebanyak 21.013.738", "suara Prabowo-Gibran pada pemilu 2024,
        // yakni"), not where it is ("the number of cases in children has
        // reached 325" counts cases)
        if subject_event.is_none() {
            // (of its ten tokens nearest the figure)
            let s = subject.clone().unwrap_or(0..0);
            for k in (s.start.max(s.end.saturating_sub(10))..s.end).rev() {
                let t = &toks[k];
                if is_counted_word(table, t) && !table.place_words.word_at(toks, k.wrapping_sub(1)) {
                    noun_at = Some(k);
                    break;
                }
            }
        }
        // (the noun's head: where heads come first, the first of the nouns
        // before it: "rumah warga yang rusak" counts houses)
        let subject_noun = noun_at.and_then(|mut k| {
            while table.head_first && k > 0 && table.noun_of(&toks[k - 1]).is_some() {
                k -= 1;
            }
            table.noun_of(&toks[k]).map(|n| (&toks[k], n))
        });
        // (the noun's word, lower-cased once below)
        let (noun_word, mut concept, mut category) = match noun {
            Some((t, n)) if classified => {
                end = noun_end;
                match subject_noun {
                    Some((st, sn)) => (Some(st.text), Some(sn.concept), sn.category),
                    None => (Some(t.text), None, n.category),
                }
            }
            Some((t, n)) => {
                end = noun_end;
                (Some(t.text), Some(n.concept), n.category)
            }
            // "magnitudo 6,9", "a 7.8 magnitude quake": the measure word
            // beside it says what it is (after it a letter is a unit: "5 m");
            // else the subject's noun ("rumah yang rusak ringan ada 12.641")
            None => match (
                first
                    .checked_sub(1)
                    .and_then(|p| table.measure_words.get(toks[p].text))
                    .or_else(|| table.measure_words.get(toks.get(q.end).map(|t| t.text).filter(|w| w.len() > 1)?)),
                subject_noun,
            ) {
                (None, Some((st, sn))) => (Some(st.text), Some(sn.concept), sn.category),
                // (or a counted noun right before it: "memperoleh suara 40.971.906")
                (None, None) => match first.checked_sub(1).filter(|_| !q.money).and_then(|k| Some((&toks[k], table.noun_of(&toks[k])?))) {
                    Some((t, n)) if matches!(n.category, Category::Count | Category::People) && !t.is_capitalized() => {
                        (Some(t.text), Some(n.concept), n.category)
                    }
                    _ => (None, None, Category::Count),
                },
                (measured, _) => (None, measured, Category::Count),
            },
        };
        let mut noun_text = kind.or_else(|| noun_word.map(str::to_ascii_lowercase));
        if let Some((n, c, cat)) = held_item.filter(|_| noun_text.is_none()) {
            (noun_text, concept, category) = (n, c, cat);
        }
        if q.percent {
            category = Category::Percent;
        } else if q.money {
            category = Category::Money;
        }
        // with no counted noun, only an event word right beside the number
        // says what it counts ("Lebih dari 2.000 ditangkap"; of an amount,
        // one of what it is in its clause: "cost the company more than $2
        // billion"), else the
        // subject's, nearest the figure first ("the death toll rose to 268")
        // a counted noun that is itself an event says it first ("127 korban
        // jiwa", "7,306 fatalities")
        let own = noun.and_then(|(t, _)| event_at(table, toks, noun_end - 1).map(|(concept, _)| Event { concept, word: t.text, gap: 0 }));
        let mut event = own
            .or_else(|| {
                event_near(table, toks, first, end, prev_end).filter(|e| {
                    noun_text.is_some() || e.gap <= usize::from(linked) || of_them > 0 || (q.money || q.percent) && !CASUALTY_EVENTS.holds(e.concept)
                })
            })
            .or(subject_event);
        // people with nothing happening to them are the subject's people,
        // when it names them ("jumlah penumpang kapal itu sebanyak 188 orang")
        if event.is_none() && GENERIC_CONCEPTS.holds_some(concept) {
            if let Some((st, sn)) = subject_noun.filter(|(_, sn)| sn.category == category) {
                (noun_text, concept) = (Some(st.text.to_ascii_lowercase()), Some(sn.concept));
            }
        }
        // an age counts nothing: "aged 31 and 32", "berusia 35 tahun"
        let age = (noun_text.is_none() || matches!(concept, Some("years"))) && is_age(table, toks, first, end);
        if age {
            (concept, category, event) = (Some("years"), Category::Duration, None);
        }
        // a noun no table knows counts people when what happens to people
        // happened to it ("at least 550 pilgrims died"), not when it did
        // that to a count of others ("three hotel blasts killed 45")
        if concept == Some("") && category == Category::Count {
            if let Some(e) = event.filter(|e| CASUALTY_EVENTS.holds(e.concept)) {
                let mut at = end;
                while at < toks.len() && !std::ptr::eq(toks[at].text, e.word) {
                    at += 1;
                }
                if !(at + 1..at + 4).any(|j| toks.get(j).is_some_and(Token::is_number)) {
                    category = Category::People;
                }
            }
        }
        let mut superseded = false;
        // a bare figure after an earlier-link, or after a coordinator with no
        // verb of its own, in the clause of a figure that says what it counts
        // counts the same ("to 275 from 288"; "5,434 people killed in Turkey
        // and at least 1,872 in Syria", not "and 16 are still being searched")
        // a breakdown marker just before or after it: a part of the figure before
        // ("33 di antaranya anak": of those the sentence before counts), or
        // after a coordinator that follows a part ("yaitu 1.000 jiwa di A dan
        // 50 jiwa di B")
        let in_clause = last.as_deref().filter(|p| unbroken_since(toks, first, p.end, ends_clause));
        // (where its sentence starts, read once for all that look there)
        let opens = sentence_start(toks, first);
        // (an increase is a part of the total it adds to: "eight more
        // bodies", "10 korban tambahan")
        let part = of_them > 0
            || table.increments.word_at(toks, end)
            || table.increments.word_at(toks, q.end)
            || table.parts_after.phrase_at(toks, end).is_some()
            // (a sentence that opens with one breaks down the figure before
            // it: "… 743 warga mengalami luka. Rinciannya, 554 korban luka di
            // Kabupaten Majene")
            || opens.is_some_and(|k| table.part_markers.phrase_at(toks, k).is_some_and(|n| crate::text::punct_at(toks, k + n, ",")))
            || in_clause.is_some_and(|p| {
                // (a count of something else that happened is no part of
                // it, "206 cases, including 99 deaths"; after a part, one
                // joined to it is another, whatever happened to it: "of 14,
                // eight died and six survived")
                // (nor is a breakdown only after a marker: a sentence that
                // opens with a share's link and the figure before breaks that
                // one down after its comma, "Of the 42 people injured, 37 were
                // bus passengers", "Dari 42 korban luka ringan, 37 penumpang
                // bus")
                (table.part_markers.earliest_before(toks, first).is_some()
                    || crate::text::punct_at(toks, first - 1, ",")
                        && opens.is_some_and(|k| table.share_links.phrase_at(toks, k).is_some_and(|n| toks.get(k + n).is_some_and(|t| t.start == p.start))))
                    && !event.is_some_and(|e| p.event.is_some_and(|pe| pe != e.concept) || p.event.is_none() && p.concept != concept)
                    || p.part && table.coordinators.has_at(toks, first - 1)
            });
        let mut held: Option<String> = None;
        // a named part of a figure is of what happened to it ("154 dead,
        // including 26 foreigners")
        if event.is_none() && part {
            event = last.as_deref().and_then(|p| p.event).map(|concept| Event { concept, word: "", gap: 0 });
        }
        // an item of a list after its lead-in ("The deaths by state are as
        // follows:" … "• Georgia: 25"): a paragraph that opens with a label
        // of names (after any bullet) and a colon or a dash before the figure;
        // what happened is the lead-in's, and the label says where
        let label = item_label(toks, first).filter(|_| event.is_none() && topic.is_some());
        // "jumlah itu menjadi 30 orang": what happened nearest before the anaphor
        if event.is_none() {
            event = anaphor_event(table, toks, first, topic, label.is_some());
        }
        let said_earlier = stated_earlier(table, toks, first, prev_end) || opens_as_superseded(table, toks, opens);
        // (or of the last figure's own noun: "… mencapai 157 anak. Sebelumnya,
        // dilaporkan mencapai 143 anak")
        let same_noun = said_earlier && last.as_deref().is_some_and(|p| p.concept == concept);
        // (the name right before it, if any, and where a list's item or a
        // place named with its kind says where: "Kabupaten Agam satu orang
        // dilaporkan hilang")
        let mut name = first;
        while name > 1 && capitalized_at(toks, name - 1) && !toks[name - 1].has_digit() {
            name -= 1;
        }
        let mut listed = label.or(Some(name).filter(|&n| n < first && table.place_kinds.has_at(toks, n)));
        if event.is_none() && (same_noun || concept.is_none_or(|c| GENERIC_CONCEPTS.holds(c))) && first > 0 {
            let link = toks[first - 1].text;
            // an item of a list after it, after a coordinator or after the
            // place it names first: "dari 387 orang meninggal dunia, korban
            // berasal dari Kabupaten Lombok Utara 334 orang, Lombok Barat 30
            // orang, …, dan di Bali 2 orang" (a bare number after a comma
            // is none: "(perempuan, 24, warga …)")
            // (as a change from it, when a revision is said around: "revised
            // the toll to 275 from 288", "dari 125 orang menjadi 131"; not
            // "24 orang dari 75 orang pendaki", 24 of 75)
            let earlier = table.earlier_links.has_at(toks, first - 1)
                && (has_revision(table, &toks[opens.unwrap_or(first)..first]) || has_revision(table, &toks[end..toks.len().min(end + 3)]));
            // a value said to be the earlier one is the last figure's, in
            // whatever sentence ("Jumlah itu meningkat dari sebelumnya 16 orang")
            // (a share restates the count before it: "96.214.691 suara atau
            // 58,59 persen", "85.607.362 suara (55,50%)")
            if let Some(prev) = last.as_deref().filter(|p: &&FigureMention| {
                (p.event.is_some() || q.percent && p.concept.is_some())
                    && (said_earlier
                        || (earlier
                            || part
                            || toks.get(end).is_none_or(|t| !t.is_word() || table.place_words.has_text(t))
                                && (name < first
                                    || table.coordinators.has_at(toks, name - 1)
                                    // (or a comma's, where it is: "19 orang
                                    // meninggal di Agam, 14 di Tanah Datar")
                                    || crate::text::punct_at(toks, name - 1, ",") && table.place_words.has_at(toks, end)))
                            && unbroken_since(toks, name, p.end, ends_clause)
                        // (or in brackets right after it: "85.607.362 suara (55,50%)")
                        || q.percent && link == "(" && toks[first - 2].end() == p.end)
            }) {
                (noun_text, concept, event, superseded) =
                    (prev.noun.clone(), prev.concept, prev.event.map(|c| Event { concept: c, word: "", gap: 0 }), earlier);
                if !q.percent {
                    category = prev.category;
                }
                // (its own name's, when it has one, read below: "Lula won
                // 50.9 percent of the vote to Jair Bolsonaro's 49.1 percent")
                if prev.held && name == first {
                    held = prev.place.clone();
                }
                listed = listed.or(Some(name).filter(|&n| n < first));
            }
        }
        // a state the event already is ("masih hilang": the missing are so still)
        let mut narrowed = narrowing(table, toks, first, end, subject.as_ref(), claimed);
        let (place, year) = opening(table, toks, first, opens, claimed);
        if !narrowed.placed {
            narrowed.place = place.or_else(|| place_name(table, toks, listed?));
        }
        // (or a date's year just before it, in its clause with no comma
        // between: "menghilang … pada 15 November 2017 dengan membawa 44
        // awak"; a date set off by a comma dates the report: "On 31
        // December 2020, 3 people died")
        // (a plain loop: no iterator adapter instance in the wasm)
        let dated = || {
            for t in toks[first.saturating_sub(6)..first].iter().rev() {
                if t.is_punct_of(".!?;:,") {
                    break;
                }
                if let Some(y) = t.year() {
                    return Some(y);
                }
            }
            None
        };
        narrowed.year = narrowed.year.or(year).or_else(dated);
        // a year said after two figures of one clause is both's ("have killed
        // over 3,000 people and injured more than 100,000 since 1941")
        if let Some(p) = last.as_deref_mut().filter(|p| p.year.is_none() && unbroken_since(toks, first, p.end, |t| t.is_punct_of(".!?;:,"))) {
            p.year = narrowed.year;
        }
        // who holds a count of votes or seats (no one holds the share of the
        // votes counted so far)
        // (a bare share is its holder's, before it or after it: "Lula had
        // 50.88%", "46.8% for Lula", unless it is given for a place the card
        // cannot name, "in three states"; of what the article's held counts
        // are, see [`lend_held_concept`])
        let bare = q.percent && concept.is_none() && event.is_none();
        if held.is_none() && narrowed.scope.is_none() && (lang::HELD_CONCEPTS.holds_some(concept) && narrowed.place.is_none() || bare && !narrowed.placed) {
            held = holder_before(table, toks, first, prev_end).or_else(|| {
                let mut k = end + table.holder_links.phrase_at(toks, end).filter(|_| bare)?;
                // (past a title and its full stop: "for Mr. Lula")
                if table.abbreviations.has_at(toks, k) {
                    k += 1 + usize::from(crate::text::punct_at(toks, k + 1, "."));
                }
                toks.get(k).filter(|t| is_name_word(table, t, t.text)).and_then(|t| holder_name(t.text))
            });
        }
        // (and a grade is of what has grades, injuries and damage: "four
        // arrests for minor offences" are arrests; "still" is a state of
        // what happened: "after the 6,825-ton ferry … remain" is a tonnage)
        let mut scope = narrowed.scope.filter(|s| match event {
            Some(e) => !(*s == "still" && lang::STATE_EVENTS.holds(e.concept) || lang::GRADES.holds(s) && !lang::GRADED_EVENTS.holds(e.concept)),
            None => *s != "still",
        });
        // an earlier value stated first with no event is of the one that
        // replaced it ("Jika sebelumnya sebanyak 5.919 orang, hingga hari ini,
        // tercatat ada 6.542 orang yang mengungsi")
        if let Some(p) = last
            .as_deref_mut()
            .filter(|p| p.superseded && p.event.is_none() && p.noun == noun_text && unbroken_since(toks, first, p.end, |t| t.ends_sentence()))
        {
            (p.concept, p.event) = (concept, event.map(|e| e.concept));
        }
        // the value it replaced is an earlier value of the same quantity
        if let Some(p) = last.as_deref_mut().filter(|_| replaced == Some(true)) {
            p.superseded = true;
            if p.event.is_none() {
                (p.noun, p.concept, p.event) = (noun_text.clone(), concept, event.map(|e| e.concept));
            }
            scope = scope.or(p.scope);
        }
        // "178 of the 325 patients have died": the share is what happened
        // to, the whole what it is a share of
        let whole_of = last.filter(|p| {
            p.noun.is_none()
                && !p.revised
                && !p.superseded
                && table.share_links.iter().any(|l| phrase_before(toks, first, l).is_some_and(|s| s > 0 && toks[s - 1].end() == p.end))
        });
        if let Some(p) = whole_of {
            // (a share stays a share: "seven percent of the 21 million population")
            (p.noun, p.concept) = (noun_text.clone(), concept);
            if p.category != Category::Percent {
                p.category = category;
            }
            // (the whole keeps its own when the share has one: "36 of the
            // 48 injured people remain in hospital")
            if p.event.is_none() {
                p.event = event.take().map(|e| e.concept);
            }
        }
        // (the value a count rose from: "the number has risen from the
        // 30,000 estimated last week", "bertambah dari 125")
        let rose_from = changed_from(table, toks, first - usize::from(first > 0 && table.stopwords.has_at(toks, first - 1)));
        let superseded = superseded || said_earlier || rose_from || said_before(table, toks, first, opens);
        let (value, low, high) = if q.exact { (Some(q.low), None, None) } else { (None, Some(q.low), Some(q.high)) };
        // (nor has a modifier glued by a hyphen: "The death toll from the
        // collapse of a 12-storey building … has increased to 98")
        if category != Category::Duration && !q.glued {
            subject_prev = (first, toks[end - 1].end());
        }
        out.push(FigureMention {
            text: String::new(),
            value,
            low,
            high,
            qualifier: qualifier.map_or(if q.more { Qualifier::MoreThan } else { Qualifier::Exact }, |(qual, _)| qual),
            noun: noun_text,
            concept,
            category,
            event: event.map(|e| e.concept),
            event_word: event.filter(|e| !e.word.is_empty()).map(|e| e.word.to_ascii_lowercase()),
            scope,
            held: held.is_some(),
            place: if held.is_some() { held } else { narrowed.place },
            year: narrowed.year,
            start: toks[first].start,
            end: toks[end - 1].end(),
            sentence: Default::default(),
            revised: !superseded && !table.increments.has_at(toks, end) && has_revision(table, &toks[first.saturating_sub(REVISION_REACH)..first]),
            superseded,
            part,
            forecast: forecast(table, toks, first),
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, id};
    use crate::text::tokenize;

    /// (text, value, low, high, qualifier) of a figure.
    type Read = (String, Option<f64>, Option<f64>, Option<f64>, Qualifier);

    fn figs(table: &LangTable, s: &str) -> Vec<Read> {
        let toks = tokenize(s, 0);
        find(table, &toks, &[], None).into_iter().map(|f| (s[f.start..f.end].to_string(), f.value, f.low, f.high, f.qualifier)).collect()
    }

    fn one(table: &LangTable, s: &str) -> (String, Option<f64>, Option<f64>, Option<f64>, Qualifier) {
        let mut all = figs(table, s);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn a_figure_denied_or_said_earlier_is_superseded() {
        let superseded = |s: &str| find(&en::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| (f.value, f.superseded)).collect::<Vec<_>>();
        assert_eq!(superseded("The total of the dead would be 253 and not 359 as reported."), [(Some(253.0), false), (Some(359.0), true)]);
        let s = "Authorities earlier said that nine bombers carried out the blasts that killed 359 people.";
        assert!(superseded(s).iter().all(|&(_, sup)| sup), "{:?}", superseded(s));
        assert_eq!(superseded("Police said the blasts killed 359 people."), [(Some(359.0), false)]);
        // a value replaced, or of a report before this one
        assert_eq!(superseded("The UN said 3,958 people have died instead of 11,300."), [(Some(3958.0), false), (Some(11300.0), true)]);
        assert_eq!(superseded("The agency, in its previous report, said 11,300 people perished."), [(Some(11300.0), true)]);
        // … or the value a count rose from
        assert_eq!(superseded("The number has risen from the 30,000 estimated by the IOM last week."), [(Some(30000.0), true)]);
        // a country of so many people is its population, and a share of it a share
        let read = |s: &str| find(&en::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| (f.event, f.category)).collect::<Vec<_>>();
        assert_eq!(read("instability in Sri Lanka, a country of about 21 million people")[0], (Some("population"), Category::People));
        assert_eq!(read("a minority, who make up just seven percent of the 21 million population")[0].1, Category::Percent);
    }

    #[test]
    fn a_plural_the_table_does_not_know_is_what_is_counted() {
        let nouns = |s: &str| find(&en::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| (f.noun.clone(), f.concept, f.event)).collect::<Vec<_>>();
        assert_eq!(nouns("The airline had 64 flights."), [(Some("flights".into()), Some(""), None)]);
        // a known noun keeps its concept, an event is no noun, a word that
        // is no plural counts nothing
        assert_eq!(nouns("About 150,000 tourists and 3,700 deaths.")[0].1, Some("tourists"));
        assert_eq!(nouns("Almost 3,700 deaths were recorded.")[0], (None, None, Some("killed")));
        assert_eq!(nouns("They flew 64 across the sea.")[0].0, None);
        // a plural after a word that says what kind: the word with it; a
        // capital is no bar; a closed word or an event is no kind
        assert_eq!(nouns("It reached 1,000 business owners.")[0].0.as_deref(), Some("business owners"));
        assert_eq!(nouns("There were 137 adult passengers.")[0], (Some("adult passengers".into()), Some(""), None));
        assert_eq!(
            nouns("Eight Britons and three South Koreans died.").iter().map(|n| n.0.clone().unwrap_or_default()).collect::<Vec<_>>(),
            ["britons", "south koreans"]
        );
        assert_eq!(nouns("They moved 21 on buses.")[0].0, None);
        // (a capital before another is a name's)
        assert_eq!(nouns("It flew 14,700 Thomas Cook customers home.")[0].0, None);
        assert_eq!(nouns("So far 40 Thomas Cook staff.")[0].0, None);
        assert_eq!(nouns("Another 40 injured workers.")[0].0, None);
        assert_eq!(nouns("Some 36 police officers.")[0].1, Some("police"));
        assert_eq!(
            find(&en::TABLE, &tokenize("They torched two dozen vehicles and a hundred cars.", 0), &[], None).iter().map(|f| f.value).collect::<Vec<_>>(),
            [Some(24.0), Some(100.0)]
        );
        // (the form of a plural may be a verb's: no figure it was not already)
        assert!(nouns("Debris of flight JT 610 floats at sea.").is_empty());
    }

    #[test]
    fn where_plurals_have_no_ending_a_word_no_table_knows_is_what_is_counted() {
        let nouns = |s: &str| find(&id::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| (f.noun.clone(), f.event)).collect::<Vec<_>>();
        assert_eq!(nouns("Sebanyak 18 pos polisi dirusak massa."), [(Some("pos".into()), Some("damaged"))]);
        // (not a verb, a closed word, a filler, a number word or an event's first word)
        assert_eq!(nouns("Sebanyak 98 langsung ditahan."), [(None, Some("detained"))]);
        assert_eq!(nouns("Ada 12 dirusak massa dan 3 kali diperiksa."), [(None, Some("damaged")), (None, None)]);
        assert_eq!(nouns("BMKG mencatat 25 gempa susulan."), [(None, Some("aftershocks"))]);
        // an acronym is a noun ("823.236 TPS", "2.000 PNS")
        assert_eq!(nouns("Data masuk dari total 823.236 TPS."), [(Some("tps".into()), None)]);
        assert!(nouns("Hotel Lima Enam rusak.").iter().all(|n| n.0.is_none()));
        assert!(find(&en::TABLE, &tokenize("The Hajj, one of the Five Pillars of Islam, takes place each year.", 0), &[], None).is_empty());
        // a plural no table knows counts people when what happens to people
        // happened to it, not when it did that to others
        let f = find(&en::TABLE, &tokenize("At least 550 pilgrims died during the hajj.", 0), &[], None);
        assert_eq!((f[0].category, f[0].event), (Category::People, Some("killed")));
        let f = find(&en::TABLE, &tokenize("Three hotel blasts killed 45 people.", 0), &[], None);
        assert_eq!(f[0].category, Category::Count);
        // one that starts as words for people who do something do counts people
        let f = find(&id::TABLE, &tokenize("Sebanyak 30 pemudik tewas.", 0), &[], None);
        assert_eq!((f[0].noun.as_deref(), f[0].category, f[0].event), (Some("pemudik"), Category::People, Some("killed")));
    }

    #[test]
    fn numerals_in_indonesian_notation() {
        let t = &id::TABLE;
        assert_eq!(one(t, "mengirim sekitar 2.500 pasukan ke sana"), ("sekitar 2.500 pasukan".into(), Some(2500.0), None, None, Qualifier::Approx));
        assert_eq!(one(t, "kota berpenduduk 1,8 juta orang").1, Some(1_800_000.0));
        assert_eq!(one(t, "menahan hampir 10.000 orang").0, "hampir 10.000 orang");
        assert_eq!(one(t, "naik 12,5 persen").1, Some(12.5));
        assert_eq!(one(t, "naik 25% tahun ini").0, "25%");
        assert_eq!(one(t, "senilai Rp 3,5 triliun").0, "Rp 3,5 triliun");
        assert_eq!(one(t, "senilai Rp 3,5 triliun").1, Some(3.5e12));
        assert_eq!(one(t, "Lebih dari 2.000 ditangkap").4, Qualifier::MoreThan);
    }

    #[test]
    fn number_words_and_vague_counts() {
        let t = &id::TABLE;
        assert_eq!(one(t, "aliansi enam negara").1, Some(6.0));
        assert_eq!(one(t, "dua puluh lima orang").1, Some(25.0));
        assert_eq!(one(t, "tiga ratus ribu warga").1, Some(300_000.0));
        assert_eq!(one(t, "dua belas hari").1, Some(12.0));
        assert_eq!(one(t, "sebelas orang").1, Some(11.0));
        assert_eq!(one(t, "membunuh belasan perusuh"), ("belasan perusuh".into(), None, Some(11.0), Some(19.0), Qualifier::Exact));
        assert_eq!(one(t, "Ribuan orang ditahan").0, "Ribuan orang");
        assert_eq!(one(t, "merenggut puluhan jiwa").2, Some(20.0));
        assert_eq!(one(t, "puluhan ribu orang").3, Some(99_000.0));
        assert_eq!(one(t, "gempa Magnitudo 7,4 mengguncang").1, Some(7.4));
        let toks = tokenize("gempa bermagnitudo 6,9 terjadi", 0);
        assert_eq!(find(t, &toks, &[], None)[0].concept, Some("magnitude"));
        assert_eq!(one(t, "gempa M6,9 mengguncang").1, Some(6.9));
        assert_eq!(one(t, "gempa 5,2 SR").0, "5,2 SR");
        assert_eq!(one(t, "sabu seberat 10 kg").0, "10 kg");
        assert!(figs(t, "libur pada 1 hingga 5 Januari").is_empty());
        assert!(figs(t, "bernomor punggung 10 itu").is_empty());
        assert!(figs(t, "pada era 1990-an").is_empty());
    }

    #[test]
    fn ranges_and_qualifiers() {
        let t = &id::TABLE;
        let r = one(t, "antara 5 dan 7 orang");
        assert_eq!((r.2, r.3), (Some(5.0), Some(7.0)));
        let r = one(t, "10 hingga 20 orang");
        assert_eq!((r.2, r.3), (Some(10.0), Some(20.0)));
        assert_eq!(one(t, "setidaknya ada 18 anggota").4, Qualifier::AtLeast);
        assert_eq!(one(t, "setidaknya ada 18 anggota").0, "18 anggota");
        // a qualifier after the number, then what is counted
        let r = one(t, "tiga ribu lebih rumah warga yang rusak");
        assert_eq!((r.0.as_str(), r.1, r.4), ("tiga ribu lebih rumah", Some(3000.0), Qualifier::MoreThan));
    }

    #[test]
    fn not_figures() {
        let t = &id::TABLE;
        for s in [
            "Saluran TV pemerintah Khabar 24 melaporkan",
            "pesawat MH370 dan QZ8501 serta A320",
            "pandemi COVID-19 dan KTT G20",
            "pada tahun 2022 lalu",
            "pukul 10.30 WIB",
            "hubungi 081234567890",
            "salah satu warga",
            "satu kelompok pun",
            "Pasal 28 ayat 3",
            "pukul 14:30 dan skor 2:1",
            "menang 2-1 atas lawan",
            "hubungi 0812-3456-7890",
            // (a name's number across a dash: a submarine's, which "lost
            // contact", not went missing)
            "Bali- KRI Nanggala – 402 hilang kontak usai latihan",
            // (or after an acronym in brackets: trains' numbers)
            "tabrakan kereta api (KA) 66 Turangga dengan KA 350 Commuter Line",
        ] {
            assert!(figs(t, s).is_empty(), "{s}: {:?}", figs(t, s));
        }
        assert_eq!(figs(t, "1. Pertama, ada 3 orang").len(), 1);
        // (a headline's count after a dash is one)
        assert_eq!(one(t, "Gempa Cianjur – 268 orang tewas").0, "268 orang");
        assert_eq!(one(t, "sekitar 10-20 orang").2, Some(10.0));
        assert_eq!(one(t, "harga Rp3,5 triliun").1, Some(3.5e12));
        assert_eq!(one(t, "harga Rp3,5T").1, Some(3.5e12));
        assert_eq!(one(t, "seratus orang").1, Some(100.0));
        assert_eq!(one(t, "sebanyak 160.000 orang").1, Some(160_000.0));
        assert_eq!(one(t, "ratusan rumah").2, Some(100.0));
        assert_eq!(one(t, "jutaan warga").3, Some(9_999_999.0));
        assert_eq!(one(t, "di atas 50 persen").4, Qualifier::MoreThan);
        assert_eq!(one(t, "kurang dari 5 km").4, Qualifier::LessThan);
    }

    #[test]
    fn events_near_figures() {
        let t = &id::TABLE;
        let toks = tokenize("melaporkan 164 orang tewas selama bentrokan", 0);
        assert_eq!(find(t, &toks, &[], None)[0].event, Some("killed"));
        let toks = tokenize("menewaskan lebih dari 160 orang.", 0);
        assert_eq!(find(t, &toks, &[], None)[0].event, Some("killed"));
        // what a count still is says what it is now
        let toks = tokenize("Officials said 80 people injured in the attack remain in hospital.", 0);
        assert_eq!(find(&en::TABLE, &toks, &[], None)[0].event, Some("hospitalized"));
        // a headline's verb before the number, capitalised, names nothing
        let toks = tokenize("Morocco Earthquake Death Toll Reaches 2,012", 0);
        assert_eq!(find(&en::TABLE, &toks, &[], None).first().map(|f| (f.value, f.event)), Some((Some(2012.0), Some("killed"))));
        // a count that went up to a number is that number; mortalities are deaths
        let read = |s: &str| find(&en::TABLE, &tokenize(s, 0), &[], None).first().map(|f| (f.value, f.qualifier, f.event));
        assert_eq!(read("The death toll has gone up to 210."), Some((Some(210.0), Qualifier::Exact, Some("killed"))));
        assert_eq!(read("The number of mortalities reached 1,301."), Some((Some(1301.0), Qualifier::Exact, Some("killed"))));
        assert_eq!(read("Health worker infections stand at 9."), Some((Some(9.0), Qualifier::Exact, Some("infected"))));
        // while a name's number is no figure
        assert!(find(&en::TABLE, &tokenize("Those on board the Airbus A320 Survived", 0), &[], None).is_empty());
    }

    #[test]
    fn what_a_bare_figure_counts_from_its_clause() {
        let events = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).iter().map(|f| (f.event, f.superseded)).collect::<Vec<_>>();
        // auxiliaries between a figure and its event word
        assert_eq!(events(&en::TABLE, "60 people were killed and 145 were injured."), [(Some("killed"), false), (Some("injured"), false)]);
        assert_eq!(events(&id::TABLE, "Sementara itu, 22 lainnya dinyatakan hilang."), [(Some("missing"), false)]);
        // (those landslides cut off are trapped as those under rubble)
        assert_eq!(events(&en::TABLE, "More than 2,000 people are still cut off."), [(Some("trapped"), false)]);
        // ("faithful" count people, to whom what happened happened)
        assert_eq!(events(&en::TABLE, "More than 1,300 faithful died during the Hajj."), [(Some("killed"), false)]);
        // a counted noun that is an event itself
        assert_eq!(events(&id::TABLE, "dari 127 korban jiwa, dua diantaranya polisi")[0], (Some("killed"), false));
        // an elided count after a coordinator, not one with a verb of its own
        assert_eq!(events(&en::TABLE, "5,434 people killed in Turkey and at least 1,872 in Syria.")[1], (Some("killed"), false));
        assert_eq!(events(&en::TABLE, "34 people have died and 16 are still being searched.")[1], (Some("missing"), false));
        // (or after a comma, where it says where: "19 orang meninggal di
        // Agam, 14 di Tanah Datar")
        let listed = events(&id::TABLE, "Sebanyak 19 orang meninggal di Agam, 14 di Tanah Datar, dan 2 di Padang Panjang.");
        assert_eq!(listed[1..], [(Some("killed"), false), (Some("killed"), false)]);
        // a count with its own event after it takes that one, not the one the
        // count before it took ("dua orang meninggal dunia"); a household is
        // counted by its head
        let s = "Di Jembrana dua orang meninggal dunia dengan total 103 kepala keluarga atau 200 jiwa terdampak.";
        assert_eq!(events(&id::TABLE, s)[1], (Some("affected"), false));
        // (one with none after it does: "74 orang hilang berasal dari enam orang dari Flores Timur")
        assert_eq!(events(&id::TABLE, "Sebanyak 74 orang hilang berasal dari enam orang dari Flores Timur, 44 orang dari Lembata.")[1].0, Some("missing"));
        // a modifier glued by a hyphen does not end the subject of a figure after it
        let s = "The death toll from the collapse of a 12-storey building in Surfside, Florida, has increased to 98.";
        assert_eq!(events(&en::TABLE, s)[1].0, Some("killed"));
        assert_eq!(events(&en::TABLE, "A total of 242 people are accounted for.")[0].0, Some("accounted for"));
        // an event word that says which people another noun names is not the count's
        assert_eq!(events(&en::TABLE, "All 97 people for whom there was a missing persons report were found.")[0].0, None);
        assert_eq!(events(&en::TABLE, "Forty-two injured people have been discharged.")[0].0, Some("discharged"));
        // ("affecting more than 300,000 people" after "killing hundreds")
        assert_eq!(events(&en::TABLE, "The quake struck, killing hundreds and affecting more than 300,000 people in Marrakech.")[1].0, Some("affected"));
        assert_eq!(events(&en::TABLE, "34 people have died and 16 are still being held.")[1], (None, false));
        // a list's items that name their place first are its breakdown by place
        let placed = |s: &str| find(&id::TABLE, &tokenize(s, 0), &[], None).into_iter().map(|f| (f.event, f.place)).collect::<Vec<_>>();
        let listed = placed("dari 387 orang meninggal dunia, korban berasal dari Kabupaten Lombok Utara 334 orang, Kota Mataram 9 orang, dan Bali 2 orang.");
        assert_eq!(listed[1], (Some("killed"), Some("Lombok Utara".to_string())));
        assert_eq!(listed[2], (Some("killed"), Some("Mataram".to_string())));
        assert_eq!(listed[3], (Some("killed"), Some("Bali".to_string())));
        // (not across a sentence, nor a bare number after a comma: an age)
        assert_eq!(placed("Sebanyak 387 orang meninggal dunia. Lombok Barat 30 orang.")[1], (None, None));
        // a headline's Title Case names no place; a sentence's capitals do
        assert_eq!(placed("BNPB Sebut 20 Orang Masih Dicari di Puing Ponpes Al Khoziny Sidoarjo")[0].1, None);
        assert_eq!(placed("Sebanyak 20 orang masih dicari di Kabupaten Sidoarjo.")[0].1.as_deref(), Some("Sidoarjo"));
        assert_eq!(events(&id::TABLE, "satu orang korban tewas atas nama Tri (perempuan, 24, warga Aceh)")[1], (None, false));
        // what they are now, not what they were reported as
        assert_eq!(events(&en::TABLE, "Two people previously reported as missing have now been confirmed dead."), [(Some("killed"), false)]);
        assert_eq!(events(&en::TABLE, "Five people reported missing have now been found safe."), [(Some("survived"), false)]);
        assert_eq!(events(&en::TABLE, "Five people were reported missing."), [(Some("missing"), false)]);
        // (a state it once had, and a place's comma on the way: "Tangerang, Banten")
        assert_eq!(events(&id::TABLE, "Satu korban yang sempat dirawat di RSUD Kabupaten Tangerang, Banten meninggal dunia."), [(Some("killed"), false)]);
        assert_eq!(events(&id::TABLE, "Satu korban masih dirawat di RSUD Kabupaten Tangerang, Banten."), [(Some("hospitalized"), false)]);
        // (a state it once had, with none said after, it has no longer)
        assert_eq!(events(&id::TABLE, "Penambahan satu orang itu warga Agam yang sempat dilaporkan hilang."), [(None, false)]);
        // (a negated event is none, unless the phrase says what it is)
        assert_eq!(events(&id::TABLE, "Sebanyak 12 orang tidak terluka dan 3 orang luka berat."), [(None, false), (Some("injured"), false)]);
        assert_eq!(events(&id::TABLE, "Ada 7 orang belum ditemukan hingga kini."), [(Some("missing"), false)]);
        // (a negated event is its opposite: "tidak selamat", did not survive)
        assert_eq!(events(&id::TABLE, "Sebanyak 5 orang tidak selamat dan 15 orang selamat."), [(Some("killed"), false), (Some("survived"), false)]);
        // ("in care" is a state of its own, not the dead's before it)
        assert_eq!(events(&id::TABLE, "Sebanyak 13 orang meninggal dunia dan 10 orang dalam perawatan.")[1], (Some("hospitalized"), false));
        // a count of something else right after it shares its event; one of the same does not
        assert_eq!(events(&en::TABLE, "As many as 85 firefighters and 10 other people are still missing.")[0], (Some("missing"), false));
        assert_eq!(events(&en::TABLE, "There were 325 students and 14 teachers aboard the ship.")[0], (Some("aboard"), false));
        assert_eq!(events(&id::TABLE, "Korban yang ditemukan berjumlah 28 orang dan 12 orang masih hilang.")[0], (None, false));
        // an age counts nothing, and the count it follows is read past it
        assert_eq!(events(&en::TABLE, "Two men aged 31 and 32 were detained."), [(Some("detained"), false), (None, false), (None, false)]);
        let ages = find(&id::TABLE, &tokenize("Dua pria berusia 31 dan 32 tahun ditangkap, 153 umur 1-5 tahun.", 0), &[], None);
        assert_eq!(ages.iter().map(|f| f.concept).collect::<Vec<_>>(), [Some("men"), Some("years"), Some("years"), None, Some("years")]);
        // arrests and crowds
        assert_eq!(events(&en::TABLE, "Police reported just seven arrests."), [(Some("detained"), false)]);
        assert_eq!(events(&en::TABLE, "Police estimated that 30,000 people took part."), [(Some("participated"), false)]);
        assert_eq!(events(&id::TABLE, "Sekitar 5.000 orang berunjuk rasa di depan gedung DPR."), [(Some("participated"), false)]);
        // (not a title's comma)
        assert_eq!(events(&id::TABLE, "Korban Tewas Jadi 18 Orang, Ratusan Orang Mengungsi")[0], (Some("killed"), false));
        // the value a figure replaced, in its sentence
        assert_eq!(events(&en::TABLE, "The government revised the death toll to 275 from 288."), [(Some("killed"), false), (Some("killed"), true)]);
        // (without a revision around it, "dari" after a figure is "of": 24 of 75)
        assert!(events(&id::TABLE, "Jumlah korban tewas naik dari 16 orang menjadi 23 orang.")[0].1);
        assert!(!events(&id::TABLE, "Secara keseluruhan, total korban meninggal dalam peristiwa erupsi itu adalah 24 orang dari 75 orang pendaki.")[1].1);
        // … or said to be the earlier one, in the next sentence
        assert_eq!(
            events(&id::TABLE, "Korban meninggal menjadi 30 orang. Jumlah itu meningkat dari sebelumnya sebanyak 16 orang."),
            [(Some("killed"), false), (Some("killed"), true)]
        );
        assert_eq!(
            events(&id::TABLE, "Jumlah pengungsi sudah berkurang dari sebelumnya sekitar 32.000 menjadi 12.491 jiwa."),
            [(Some("displaced"), true), (Some("displaced"), false)]
        );
        // an introducer read as the qualifier, past a time
        assert_eq!(events(&id::TABLE, "Jumlah pengungsi hingga pukul 22:00 WIB mencapai 409.840 jiwa."), [(Some("displaced"), false)]);
        // a date between a subject and its figure is not a figure of its own
        let f = find(&id::TABLE, &tokenize("Yang meninggal dunia per 30 April, pukul 08.00 WIB sebanyak 318 orang.", 0), &[(25, 50)], None);
        assert_eq!(f.last().map(|f| f.event), Some(Some("killed")), "{f:?}");
        // a measure word after the number
        assert_eq!(find(&en::TABLE, &tokenize("a 7.8 magnitude earthquake", 0), &[], None)[0].concept, Some("magnitude"));
    }

    #[test]
    fn votes_and_their_shares_are_their_holder_s() {
        let held = |s: &str| find(&id::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| (f.concept, f.category, f.place.clone(), f.held)).collect::<Vec<_>>();
        let anies = (Some("votes"), Category::Count, Some("Anies".to_string()), true);
        assert_eq!(held("Di peringkat kedua, Anies-Muhaimin memperoleh suara sebanyak 21.013.738 atau 24,48 persen.")[0], anies);
        // (by all the words of its first name: the card knows the two as one)
        assert_eq!(held("Suara pasangan Anies Baswedan - Muhaimin Iskandar yaitu 40.971.906.")[0].2.as_deref(), Some("Anies Baswedan"));
        // the share restates the count: the same holder's, a share of votes
        assert_eq!(
            held("Anies-Muhaimin memperoleh suara sebanyak 21.013.738 atau 24,48 persen.")[1],
            (Some("votes"), Category::Percent, Some("Anies".to_string()), true)
        );
        // a counted noun right before the number says what it counts
        assert_eq!(held("Sedangkan Anies-Muhaimin Iskandar memperoleh suara 40.971.906 atau 24,95% dari suara sah.")[0], anies);
        // a pair opening the sentence, or joined by "dan", is its first name's
        // (all its words)
        let first = |s: &str| held(s)[0].2.clone();
        assert_eq!(first("Prabowo Subianto-Gibran Rakabuming Raka memperoleh 96.214.691 suara."), Some("Prabowo Subianto".to_string()));
        assert_eq!(first("Sementara Ganjar Pranowo dan Mahfud MD meraih 27.040.878 suara."), Some("Ganjar Pranowo".to_string()));
        // a capital opening the clause alone is no name
        assert_eq!(held("Pasangan itu unggul dengan 49.747.461 suara.")[0].2, None);
        // an article before a name is no part of it
        let seats = |s: &str| find(&en::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| f.place.clone()).collect::<Vec<_>>();
        assert_eq!(seats("The Conservatives have 365 seats."), [Some("Conservatives".to_string())]);
        // nor an owner ("Justin Trudeau's Liberals"), and a name that reports
        // is the source
        assert_eq!(seats("Justin Trudeau's Liberals won 157 seats."), [Some("Liberals".to_string())]);
        assert_eq!(seats("The CBC reports the party won 157 seats."), [None]);
        // a name with its acronym after it is the acronym's; an owner
        // ("His") is no part of a name
        let holder = |s: &str| seats(s)[0].clone().unwrap_or_default();
        assert_eq!(holder("The National Democratic Alliance (NDA) was leading ahead with 260 seats."), "NDA");
        assert_eq!(holder("Narendra Modi's Bharatiya Janata Party (BJP) won 240 seats on its own."), "BJP");
        assert_eq!(holder("His NDA bloc secured 293 seats."), "NDA");
        // a name another leads or modifies is the holder, not its leader
        assert_eq!(holder("The National Democratic Alliance (NDA) led by the BJP won 293 seats."), "NDA");
        assert_eq!(holder("The opposition INDIA alliance led by Rahul Gandhi's centrist Congress party won 230 seats."), "INDIA");
        assert_eq!(holder("Overall, the BJP-led NDA was leading in about 297 seats."), "NDA");
        assert_eq!(first("Koalisi Indonesia Maju yang dipimpin oleh Gerindra meraih 280 kursi."), Some("Koalisi Indonesia Maju".to_string()));
        // (an agent with no name before it holds the count)
        assert_eq!(holder("The seat was won by Labour with 20,000 votes."), "Labour");
        // a list's items after a held count are counts of the same, each its name's
        let list = find(&en::TABLE, &tokenize("The Conservatives have 365 seats; Labour 203; the SNP 48.", 0), &[], None);
        let items: Vec<_> = list.iter().map(|f| (f.concept, f.place.as_deref(), f.held)).collect();
        assert_eq!(items, [(Some("seats"), Some("Conservatives"), true), (Some("seats"), Some("Labour"), true), (Some("seats"), Some("SNP"), true)]);
        // a share says what it is a share of, and is held by the name before
        // it (its own when it is a list's item), or after it ("for")
        let shares = |s: &str| {
            let mut f = find(&en::TABLE, &tokenize(s, 0), &[], None);
            lend_held_concept(&mut f);
            f.iter().map(|f| (f.concept, f.category, f.place.clone(), f.scope)).collect::<Vec<_>>()
        };
        let share = |name: &str| (Some("votes"), Category::Percent, Some(name.to_string()), None);
        assert_eq!(shares("Lula won 50.9 percent of the vote to Bolsonaro’s 49.1 percent."), [share("Lula"), share("Bolsonaro")]);
        assert_eq!(shares("Bolsonaro had 53.2% of valid votes, compared with 46.8% for Lula."), [share("Bolsonaro"), share("Lula")]);
        // (a title opening a name is no part of it: "Mr Milei" is Milei,
        // before the share or after it)
        assert_eq!(shares("Mr Milei won 55.7% of the votes.")[0], share("Milei"));
        assert_eq!(shares("Bolsonaro had 50.1% of valid votes, compared with 49.9% for Mr. Lula.")[1], share("Lula"));
        // (named after "for" as before it: a pair by its first name)
        assert_eq!(shares("He had 40% of the votes, with 58% for Prabowo-Gibran.")[1], share("Prabowo"));
        // (no one's: the share counted so far, one a sentence's first word
        // opens, one of no held count)
        assert_eq!(shares("With 99.9% of the votes counted, he led.")[0], (Some("votes"), Category::Percent, None, Some("counted")));
        assert_eq!(shares("Inflation rose 5.9% in September.")[0].0, None);
        // a name and a colon label a count, and its share in brackets
        let labelled = held("Prabowo-Sandi: 68.650.239 suara (44,50%)");
        assert_eq!(
            (labelled[0].2.as_deref(), labelled[1].0, labelled[1].1, labelled[1].2.as_deref()),
            (Some("Prabowo"), Some("votes"), Category::Percent, Some("Prabowo"))
        );
    }

    #[test]
    fn a_breakdown_s_figures_are_parts() {
        let parts = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).iter().map(|f| (f.part, f.event)).collect::<Vec<_>>();
        // a bare part counts what its total counts
        assert_eq!(
            parts(&id::TABLE, "Sebanyak 1.050 orang mengungsi, yaitu 1.000 jiwa di Bandar Lampung dan 50 jiwa di Kalianda."),
            [(false, Some("displaced")), (true, Some("displaced")), (true, Some("displaced"))]
        );
        assert!(parts(&en::TABLE, "11 people were detained, including four gunmen.")[1].0);
        // a sentence that opens with a share's link breaks its first figure
        // down after the comma, but for what happened otherwise
        assert_eq!(parts(&en::TABLE, "Of the 42 people injured, 37 were bus passengers."), [(false, Some("injured")), (true, Some("injured"))]);
        assert_eq!(
            parts(&id::TABLE, "Dari 42 korban luka ringan, 37 penumpang bus dan 5 penumpang mobil."),
            [(false, Some("injured")), (true, Some("injured")), (true, Some("injured"))]
        );
        assert_eq!(parts(&en::TABLE, "Of the 300 people evacuated, 12 died."), [(false, Some("displaced")), (false, Some("killed"))]);
        // ("yang di mana" opens one: the dead are among the 104 victims, the
        // 104 are not dead)
        let total = parts(&id::TABLE, "Jumlah korban total 104 orang yang di mana yang meninggal dunia masih 12 orang.");
        assert_eq!(total, [(false, None), (false, Some("killed"))]);
        assert_eq!(parts(&id::TABLE, "Dari 127 korban jiwa, dua di antaranya polisi.")[1], (true, Some("killed")));
        // a total after a part is no part, nor one its parts follow
        assert!(!parts(&en::TABLE, "Four gunmen and 11 people were detained.")[1].0);
        let total = find(&id::TABLE, &tokenize("Total korban sebanyak 64 orang terdiri dari korban meninggal dunia 16 orang.", 0), &[], None);
        assert_eq!((total[0].part, total[0].event), (false, None), "{total:?}");
        assert!(!parts(&en::TABLE, "Police detained 11 people including four gunmen.")[0].0);
        // after a part, one joined to it is another, whatever happened to it
        assert_eq!(
            parts(&id::TABLE, "Sebanyak 14 mahasiswa dievakuasi. Delapan di antaranya meninggal dan enam orang selamat."),
            [(false, Some("evacuated")), (true, Some("killed")), (true, Some("survived"))]
        );
    }

    #[test]
    fn a_figure_with_no_noun_takes_its_subject_s_event() {
        let event = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).last().and_then(|f| f.event);
        assert_eq!(event(&en::TABLE, "Indonesia quake death toll rises to 268"), Some("killed"));
        assert_eq!(event(&en::TABLE, "the number of dead has now reached 42"), Some("killed"));
        assert_eq!(event(&id::TABLE, "korban tewas kini mencapai 268"), Some("killed"));
        // a duration in the subject does not cut it off: it has no subject of its own
        assert_eq!(event(&en::TABLE, "The death toll from the floods that hit Spain three weeks ago has risen to 227"), Some("killed"));
        // only through an introducer: otherwise the number says nothing by itself
        assert_eq!(event(&en::TABLE, "two were killed and the firm hired 268"), None);
        assert_eq!(event(&en::TABLE, "deaths in the region since the war began total 268"), None);
    }

    #[test]
    fn an_anaphor_counts_what_happened_before_it() {
        let events = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).iter().map(|f| (f.event, f.superseded)).collect::<Vec<_>>();
        let s = "Korban meninggal dunia akibat banjir terus bertambah. Hingga pukul 21.00 WIB, jumlah itu menjadi 30 orang. Jumlah itu meningkat dari sebelumnya 16 orang.";
        assert_eq!(events(&id::TABLE, s), [(Some("killed"), false), (Some("killed"), true)]);
        assert_eq!(
            events(&en::TABLE, "Three people drowned and 12 were injured. The figure rose to 15 on Monday."),
            [(Some("killed"), false), (Some("injured"), false), (Some("injured"), false)]
        );
        // no anaphor, no borrowing across sentences
        assert_eq!(events(&id::TABLE, "Korban meninggal bertambah. Polisi memeriksa 30 orang."), [(None, false)]);
        // nor is one that says what it counts ("the number of injuries")
        let s = "The death toll rose to 499. The number of injuries has risen to 1,332 from 918 as reported Sunday.";
        assert_eq!(events(&en::TABLE, s)[2].0, Some("injured"));
    }

    #[test]
    fn an_earlier_value_stated_first_is_of_the_one_that_replaced_it() {
        let events = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).iter().map(|f| (f.event, f.superseded)).collect::<Vec<_>>();
        let s = "Jika sebelumnya sebanyak 5.919 orang, hingga hari ini, tercatat ada 6.542 orang yang mengungsi.";
        assert_eq!(events(&id::TABLE, s), [(Some("displaced"), true), (Some("displaced"), false)]);
        // not across sentences
        let s = "Sebelumnya sebanyak 5.919 orang. Kini 6.542 orang mengungsi.";
        assert_eq!(events(&id::TABLE, s)[0], (None, true));
    }

    #[test]
    fn a_part_of_them_has_its_own_event_and_those_not_evacuated_are_trapped() {
        let events = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).iter().map(|f| f.event).collect::<Vec<_>>();
        assert_eq!(
            events(&en::TABLE, "The team had evacuated 52 hikers. Twelve of them are currently being treated at the hospital."),
            [Some("displaced"), Some("hospitalized")]
        );
        assert_eq!(events(&en::TABLE, "Seventy-five people were there, among whom 26 were not evacuated."), [None, Some("trapped")]);
        assert_eq!(events(&id::TABLE, "Sebanyak 26 orang belum dievakuasi."), [Some("trapped")]);
        // (a word that says which of them stands between a count and its noun)
        let nouns = find(&en::TABLE, &tokenize("A total of 141 confirmed cases and 12 suspected cases were recorded.", 0), &[], None);
        assert_eq!(nouns.iter().map(|f| f.noun.as_deref()).collect::<Vec<_>>(), [Some("cases"), Some("cases")]);
        // (and before a word of what happened, that event: "55 confirmed deaths")
        assert_eq!(events(&en::TABLE, "Officials recorded 55 confirmed deaths."), [Some("killed")]);
    }

    #[test]
    fn fillers_and_of_them_between_a_figure_and_its_event() {
        let event = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).last().map(|f| (f.event, f.part));
        assert_eq!(event(&id::TABLE, "Tercatat ada 65 orang korban, sebanyak 40 di antaranya tewas"), Some((Some("killed"), true)));
        assert_eq!(event(&id::TABLE, "Tim menemukan 11 orang, 11 dalam keadaan meninggal dunia"), Some((Some("killed"), false)));
        assert_eq!(event(&id::TABLE, "ada 25 orang yang dilaporkan selamat"), Some((Some("survived"), false)));
        assert_eq!(event(&en::TABLE, "16 are still being searched for"), Some((Some("missing"), false)));
        // (what was confirmed or declared happened: "230 have been confirmed dead")
        assert_eq!(event(&en::TABLE, "At least 230 have been confirmed dead"), Some((Some("killed"), false)));
        assert_eq!(event(&en::TABLE, "Over 100 have lost their lives"), Some((Some("killed"), false)));
        assert_eq!(event(&en::TABLE, "Three people have still not been found"), Some((Some("missing"), false)));
        // a toll's verb introduces its figure: "deaths cross 2,900"
        assert_eq!(event(&en::TABLE, "Morocco quake deaths cross 2,900"), Some((Some("killed"), false)));
        assert_eq!(event(&en::TABLE, "Death toll in Mogadishu bomb blasts top 300"), Some((Some("killed"), false)));
        // (a grade between them: "more than 600 have light injuries")
        assert_eq!(event(&en::TABLE, "136 people are severely injured and more than 600 have light injuries"), Some((Some("injured"), false)));
    }

    #[test]
    fn what_is_counted_beside_the_number() {
        let read = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).iter().map(|f| (f.concept, f.event, f.scope)).collect::<Vec<_>>();
        // of two nouns of people, the second says who
        assert_eq!(read(&id::TABLE, "91 orang petugas KPPS meninggal dunia"), [(Some("staff"), Some("killed"), None)]);
        assert_eq!(read(&id::TABLE, "lima orang warga luka"), [(Some("people"), Some("injured"), None)]);
        // (but members say no more who than the first: "53 crew members")
        assert_eq!(read(&en::TABLE, "with 53 crew members on board"), [(Some("crew"), Some("aboard"), None)]);
        // a noun of two words counts what they say, not what its first does
        assert_eq!(read(&id::TABLE, "Korban dirawat di 9 rumah sakit.")[0].0, Some("hospitals"));
        assert_eq!(read(&id::TABLE, "Sebanyak 13 rumah rusak berat.")[0].0, Some("houses"));
        assert_eq!(read(&en::TABLE, "The plane carried 162 passengers and crew.")[0].0, Some("people"));
        // (and its number is no figure of its own: "kendaraan roda dua" are
        // motorcycles, not two of anything)
        assert_eq!(read(&id::TABLE, "Sebanyak 27 kendaraan roda dua dan 73 sepeda motor rusak."), [(Some("motorcycles"), Some("damaged"), None); 2]);
        assert_eq!(read(&id::TABLE, "Kemudian, hewan ternak yang mati sebanyak 107 ekor."), [(Some("animals"), Some("killed"), None)]);
        // what was found of a bare count says what happened to it
        assert_eq!(read(&en::TABLE, "three were found alive and 11 were found dead")[1].1, Some("killed"));
        assert_eq!(read(&id::TABLE, "tiga ditemukan selamat dan 11 ditemukan meninggal dunia")[0].1, Some("survived"));
        assert_eq!(read(&id::TABLE, "masih ada 3 orang yang belum berhasil dievakuasi")[0].1, Some("trapped"));
        // a predicate's noun before "and" or a relative clause
        assert_eq!(read(&en::TABLE, "Among the bodies, 39 were firefighters and five were policemen.")[0].0, Some("firefighters"));
        // … or after "of the": "three of the workers are still missing"
        assert_eq!(read(&en::TABLE, "Three of the workers are missing."), [(Some("workers"), Some("missing"), None)]);
        // two groups of people together are people
        assert_eq!(read(&en::TABLE, "with 162 passengers and crew on board"), [(Some("people"), Some("aboard"), None)]);
        assert_eq!(read(&id::TABLE, "164 penumpang dan ABK masih hilang")[0].0, Some("people"));
        assert_eq!(read(&en::TABLE, "325 students and 14 teachers aboard")[0].0, Some("students"));
        assert_eq!(read(&id::TABLE, "mencapai 10.665 buruh atau pekerja")[0].0, Some("workers"));
        // a predicate says what the count is
        assert_eq!(read(&en::TABLE, "Of the dead, 100 were women."), [(Some("women"), None, None)]);
        // (a place is no predicate noun; being taken to one is what happened)
        assert_eq!(read(&en::TABLE, "100 were taken to hospital."), [(None, Some("hospitalized"), None)]);
        let s = "127 orang meninggal dunia, dua diantaranya merupakan petugas kepolisian.";
        assert_eq!(read(&id::TABLE, s)[1], (Some("police"), Some("killed"), None));
        // a count of something else that happened is no part
        let parts = |s: &str| find(&en::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| f.part).collect::<Vec<_>>();
        assert_eq!(parts("There were 206 cases, including 99 deaths."), [false, false]);
        assert_eq!(parts("154 people died, including 26 foreigners."), [false, true]);
        // an increase is a part of the total it adds to, not a step of it
        assert_eq!(parts("Rescuers pulled out eight more bodies from the debris."), [true]);
        let parts_id = |s: &str| find(&id::TABLE, &tokenize(s, 0), &[], None).iter().map(|f| f.part).collect::<Vec<_>>();
        assert_eq!(parts_id("Ada 10 korban tambahan yang meninggal."), [true]);
        // a grade between a figure and its event, and a grade beats a state
        assert_eq!(read(&en::TABLE, "36 are reported to be severely injured"), [(None, Some("injured"), Some("heavy"))]);
        assert_eq!(read(&en::TABLE, "33 others remain in serious condition"), [(Some("people"), Some("injured"), Some("heavy"))]);
    }

    #[test]
    fn the_event_is_in_the_figure_s_clause() {
        let t = &id::TABLE;
        let toks = tokenize("602 orang meninggal dunia, sementara 2.046 warga luka-luka dan 58.362 jiwa mengungsi.", 0);
        let events: Vec<_> = find(t, &toks, &[], None).into_iter().map(|f| f.event).collect();
        assert_eq!(events, vec![Some("killed"), Some("injured"), Some("displaced")]);
    }

    #[test]
    fn what_happened_to_them_past_a_breakdown_and_an_adjective() {
        let events = |t: &LangTable, s: &str| find(t, &tokenize(s, 0), &[], None).into_iter().map(|f| f.event).collect::<Vec<_>>();
        // a breakdown between commas that says nothing happened
        assert_eq!(events(&en::TABLE, "At least 79 people, including 12 firefighters, were injured.")[0], Some("injured"));
        assert_eq!(events(&id::TABLE, "Sebanyak 79 orang, termasuk 12 petugas, mengalami luka-luka.")[0], Some("injured"));
        // (one that does is a list: the total's event is its own)
        assert_eq!(events(&id::TABLE, "jumlah penumpang sebanyak 206 orang, yakni 3 meninggal, 19 selamat dan 184 hilang.")[0], None);
        // an event word made an adjective by an article, before the number
        assert_eq!(events(&en::TABLE, "Police will declare the missing 537 persons dead."), [Some("missing")]);
        // one describing the noun after the number gives way to what
        // happened to them after an auxiliary, not to a word after the noun
        assert_eq!(events(&en::TABLE, "Forty-two injured people have been discharged from hospitals."), [Some("discharged")]);
        assert_eq!(events(&en::TABLE, "Police to declare 537 missing persons dead"), [Some("missing")]);
        // the whole of a share that has its own keeps its own
        let whole = events(&en::TABLE, "Christians make up just seven percent of the 21 million population.");
        assert_eq!(whole[1], Some("population"), "{whole:?}");
    }

    #[test]
    fn english_notation() {
        let t = &en::TABLE;
        assert_eq!(one(t, "about 2,500 troops were sent").1, Some(2500.0));
        assert_eq!(one(t, "a city of 1.8 million people").1, Some(1_800_000.0));
        assert_eq!(one(t, "a $3.5bn deal").1, Some(3.5e9));
        assert_eq!(one(t, "a £1.2m fine").1, Some(1.2e6));
        assert_eq!(one(t, "nearly 6,000 detained").4, Qualifier::Almost);
        assert_eq!(one(t, "more than 160 people died").4, Qualifier::MoreThan);
        // (past an article: "more than a hundred", "about a dozen")
        assert_eq!(one(t, "more than a hundred people died").4, Qualifier::MoreThan);
        assert_eq!(one(t, "about a dozen homes were lost").4, Qualifier::Approx);
        assert_eq!(one(t, "twenty-five soldiers").1, Some(25.0));
        assert!(figs(t, "one of the soldiers").is_empty());
        assert_eq!(one(t, "dozens of police died").0, "dozens of police");
        assert_eq!(one(t, "dozens of them").0, "dozens");
        assert_eq!(one(t, "a 35-year-old man").0, "35-year-old");
        assert_eq!(one(t, "an eight-year-old boy").1, Some(8.0));
        assert_eq!(one(t, "a 7.1-magnitude quake").1, Some(7.1));
        // a compound's own noun is what it counts
        let concept = |s: &str| find(t, &tokenize(s, 0), &[], None)[0].concept;
        assert_eq!(concept("the 24-storey block burned"), Some("storeys"));
        assert_eq!(concept("a 10-day search"), Some("days"));
        assert_eq!(concept("the 24 storeys of the block"), Some("storeys"));
        assert_eq!(one(t, "Tens of thousands of residents fled").0, "Tens of thousands of residents");
        assert_eq!(one(t, "some 30 to 40 metres").3, Some(40.0));
        assert_eq!(one(t, "one fatality").1, Some(1.0));
        assert_eq!(one(t, "inflation hit 3 per cent").0, "3 per cent");
        assert!(figs(t, "two-thirds of the victims").is_empty());
        assert!(figs(t, "the No. 10 bus").is_empty());
    }

    #[test]
    fn numeral_parsing() {
        assert_eq!(parse_numeral("2.500", ','), Some(2500.0));
        assert_eq!(parse_numeral("1,8", ','), Some(1.8));
        assert_eq!(parse_numeral("1.234,5", ','), Some(1234.5));
        // two of the decimal separator group thousands in the other notation
        assert_eq!(parse_numeral("31,376,708", ','), Some(31376708.0));
        assert_eq!(parse_numeral("1,2,3.4", ','), None);
        // groups of three set off by spaces, as some outlets write them
        let f = find(&en::TABLE, &tokenize("A total of 1 418 people were at shelters and 2 207 structures burned; call +44 1753 330.", 0), &[], None);
        assert_eq!((f[0].value, f[1].value, f[2].value), (Some(1418.0), Some(2207.0), Some(1753.0)), "{f:?}");
        // the nearest double to the decimal written, as JSON and the scorer read it
        assert_eq!(parse_numeral("3,72", ','), Some(3.72));
        assert_eq!(parse_numeral("0.29", '.'), Some(0.29));
        assert_eq!(parse_numeral("3.5", ','), Some(3.5));
        assert_eq!(parse_numeral("2,500", '.'), Some(2500.0));
        assert_eq!(parse_numeral("1.8", '.'), Some(1.8));
        assert_eq!(parse_numeral("160.000", ','), Some(160_000.0));
        assert_eq!(parse_numeral("12,5", ','), Some(12.5));
        assert_eq!(parse_numeral("1.2.3", ','), None);
        assert_eq!(parse_numeral(&"9".repeat(30), ','), None);
    }
}

#[cfg(test)]
mod scope_tests {
    use super::*;
    use crate::lang::{en, id};
    use crate::text::tokenize;

    /// (text, event, scope, place, year) of a figure.
    type Narrowed = (String, Option<&'static str>, Option<&'static str>, Option<String>, Option<i32>);

    /// What each figure of `s` counts and what narrows it.
    fn read(table: &LangTable, s: &str) -> Vec<Narrowed> {
        let toks = tokenize(s, 0);
        find(table, &toks, &[], None).into_iter().map(|f| (s[f.start..f.end].to_string(), f.event, f.scope, f.place, f.year)).collect()
    }

    #[test]
    fn a_subject_before_an_introducer_says_what_is_counted() {
        let f = read(&id::TABLE, "Selain itu, korban luka-luka yang diperoleh dari data BNPB sampai Selasa sore sebanyak 1.083 orang.");
        assert_eq!(f[0].1, Some("injured"), "{f:?}");
        let f = read(&en::TABLE, "Turkey's death toll soars past 20,000 as rescuers dig.");
        assert_eq!(f[0].1, Some("killed"), "{f:?}");
        // (a demonstrative closes a long subject: "… itu 283 orang")
        let f = read(&id::TABLE, "Kemudian, korban selamat dalam peristiwa longsor di kawasan tambang emas itu 283 orang.");
        assert_eq!(f[0].1, Some("survived"), "{f:?}");
        // with no event, the subject's noun, not one after "in"
        let f = find(&en::TABLE, &tokenize("The total number of cases of acute kidney injury in children has reached 325.", 0), &[], None);
        assert_eq!(f[0].concept, Some("cases"), "{f:?}");
        // of nouns side by side, the head: first where heads come first
        let f = find(&id::TABLE, &tokenize("Jumlah rumah warga yang rusak sebanyak 100 unit.", 0), &[], None);
        assert_eq!((f[0].concept, f[0].event), (Some("houses"), Some("damaged")), "{f:?}");
        // people with nothing happening to them are who the subject says
        let f = find(&id::TABLE, &tokenize("Jumlah penumpang kapal itu sebanyak 188 orang.", 0), &[], None);
        assert_eq!((f[0].concept, f[0].event), (Some("passengers"), None), "{f:?}");
        let f = find(&en::TABLE, &tokenize("Police put the figure at 750,000 people who took part.", 0), &[], None);
        assert_eq!(f[0].concept, Some("people"), "{f:?}");
        // the poisoned are ill
        let f = find(&id::TABLE, &tokenize("Setotal 427 murid keracunan setelah menyantap makanan itu.", 0), &[], None);
        assert_eq!((f[0].concept, f[0].event), (Some("students"), Some("ill")), "{f:?}");
        // "more" links a number to its noun, an increment
        let f = find(&en::TABLE, &tokenize("Divers recovered eight more bodies on Monday.", 0), &[], None);
        assert_eq!((f[0].concept, f[0].event, f[0].part), (Some("bodies"), Some("recovered"), true), "{f:?}");
        // an event phrase ends where its last word is
        let f = read(&id::TABLE, "Jumlah korban meninggal dunia 129 dan korban jiwa 127.");
        assert_eq!((f[0].1, f[1].1), (Some("killed"), Some("killed")), "{f:?}");
        // "menarik" is "attract" as often as "withdraw": no event on its own
        let f = read(&id::TABLE, "Festival itu menarik 5.000 orang pengunjung.");
        assert_eq!(f[0].1, None, "{f:?}");
        let f = read(&id::TABLE, "Sedangkan pertumbuhan ekonomi Indonesia secara triwulanan atau quarter-on-quarter (qoq) pada kuartal II 2022 bila dibandingkan kuartal I 2022 adalah 3,72 persen.");
        assert_eq!((f[0].1, f[0].2), (Some("growth"), Some("qtq")), "{f:?}");
        let f = read(&id::TABLE, "Jika dibandingkan dengan triwulan sebelumnya (quartal-to-quartal/qtq), Margo menyebutkan perekonomian domestik berhasil tumbuh sebesar 3,72 persen.");
        assert_eq!((f[0].1, f[0].2), (Some("growth"), Some("qtq")), "{f:?}");
    }

    #[test]
    fn grades_states_places_and_years_narrow_the_quantity() {
        let f = read(&id::TABLE, "Tercatat 3.075 rumah rusak ringan, 33 unit rumah rusak sedang, dan 59 rumah rusak berat.");
        let scopes: Vec<_> = f.iter().map(|f| f.2).collect();
        assert_eq!(scopes, [Some("light"), Some("moderate"), Some("heavy")], "{f:?}");
        // a classifier is not what is counted: the noun after it is
        assert_eq!(f[1].0, "33 unit rumah");
        // every grade named is no grade
        let f = read(&id::TABLE, "Masih ada 38 korban luka ringan hingga berat, dan 5 orang luka berat.");
        assert_eq!((f[0].2, f[1].2), (None, Some("heavy")), "{f:?}");
        // (the missing are still missing, and the displaced still displaced:
        // a count of them is of those displaced now; those still in
        // hospital are not all who were)
        // (a grade is of injuries and damage, not of arrests)
        let f = read(&en::TABLE, "Police reported four arrests for minor offences, and 12 people suffered minor injuries.");
        assert_eq!((f[0].2, f[1].2), (None, Some("light")), "{f:?}");
        let f = read(&id::TABLE, "Sebanyak 33 orang masih mengungsi, 25 orang masih hilang, dan 12 orang masih dirawat.");
        assert_eq!((f[0].2, f[1].2, f[2].2), (None, None, Some("still")), "{f:?}");
        let f = read(&en::TABLE, "Almost 3,700 deaths have been confirmed in neighbouring Syria, taking the combined toll in both countries to over 39,000.");
        assert_eq!((f[0].3.as_deref(), f[1].3.as_deref()), (Some("Syria"), None), "{f:?}");
        // (a place in another clause of the subject names the figure's no
        // place, unless the subject opens with it)
        let f = read(&en::TABLE, "A man wounded in the attack died in Christchurch Hospital, raising the death toll to 51.");
        assert_eq!(f[0].3, None, "{f:?}");
        let f = read(&en::TABLE, "In neighboring Thailand, the death toll from the quake has risen to 24.");
        assert_eq!(f[0].3.as_deref(), Some("Thailand"), "{f:?}");
        let f = read(&en::TABLE, "The death toll in Derna has risen to 11,300.");
        assert_eq!(f[0].3.as_deref(), Some("Derna"), "{f:?}");
        let f = read(&en::TABLE, "It passed the Erzincan earthquake in 1939 that killed around 33,000 people.");
        assert_eq!(f[0].4, Some(1939), "{f:?}");
        let f = read(&en::TABLE, "The volcano's deadliest known eruption, in 1979, killed 60 people.");
        assert_eq!(f[0].4, Some(1979), "{f:?}");
        // two places joined are the whole; a possessive name is a place
        let f = read(&en::TABLE, "More than 1,500 dead as a quake hits Turkey and Syria.");
        assert_eq!(f[0].3, None, "{f:?}");
        let f = read(&en::TABLE, "The toll showed 5,434 people killed in Turkey and at least 1,872 in Syria.");
        assert_eq!((f[0].3.as_deref(), f[1].3.as_deref()), (Some("Turkey"), Some("Syria")), "{f:?}");
        let f = read(&en::TABLE, "Turkey's death toll rose to 17,134.");
        assert_eq!(f[0].3.as_deref(), Some("Turkey"), "{f:?}");
        // and so is a name right before the count's event, inside its
        // phrase (not a sentence's first word nor a name's last: "Hurricane
        // Helene death toll")
        let f = read(&en::TABLE, "Sources said that the Egyptian death toll had risen to 672.");
        assert_eq!(f[0].3.as_deref(), Some("Egyptian"), "{f:?}");
        let f = read(&en::TABLE, "The Hurricane Helene death toll rose to 230.");
        assert_eq!(f[0].3, None, "{f:?}");
        // … when what it owns is the count, not the event
        let f = read(&en::TABLE, "Death toll from Indonesia's volcano eruption climbs to 34.");
        assert_eq!(f[0].3, None, "{f:?}");
        // the place of a common noun's place word is no place: read on
        let f = read(&en::TABLE, "At least 592 people have died in the earthquake in Syria.");
        assert_eq!(f[0].3.as_deref(), Some("Syria"), "{f:?}");
        // a figure before a comma keeps its own words: the next subject starts after them
        let f = read(&en::TABLE, "5,434 people killed in Turkey and at least 1,872 in Syria, for a combined total of 7,306 fatalities.");
        assert_eq!((f[1].3.as_deref(), f[2].3.as_deref()), (Some("Syria"), None), "{f:?}");
        // a subject's scope comes before the next item's words
        let f = read(&id::TABLE, "Rumah yang rusak sedang sejumlah 2.071 unit rumah yang rusak ringan ada 12.641.");
        assert_eq!((f[0].2, f[1].2), (Some("moderate"), Some("light")), "{f:?}");
        // a figure's grade is not read past the start of its breakdown
        let f = read(&id::TABLE, "Korban luka-luka sebanyak 63 orang dengan rincian luka berat ada 31 orang, luka ringan 32 orang.");
        assert_eq!((f[0].2, f[1].2, f[2].2), (None, Some("heavy"), Some("light")), "{f:?}");
        // (nor past "tersebar di": "179 korban meninggal dunia itu tersebar di
        // Kabupaten Flores Timur, 72 orang" names no place of the 179)
        let f = read(&id::TABLE, "Sebanyak 179 korban meninggal dunia itu tersebar di Kabupaten Flores Timur, 72 orang; Kabupaten Alor, 28 orang.");
        assert_eq!(f[0].3, None, "{f:?}");
        // (but a part's own: "721 of whom are in serious condition")
        assert_eq!(read(&en::TABLE, "1,204 injured, 721 of whom are in serious condition.")[1].2, Some("heavy"));
    }

    #[test]
    fn a_sentence_s_opening_and_a_joined_figure_s_year_narrow_it() {
        // a place or a year the sentence opens with, set off by a comma
        let f = read(&en::TABLE, "In West Jakarta, 13 patients have died. In the capital, 5 died. In 1992, 263 workers died.");
        assert_eq!((f[0].3.as_deref(), f[1].3.as_deref(), f[2].4), (Some("West Jakarta"), None, Some(1992)), "{f:?}");
        // (and the year of a date is the date's)
        let toks = tokenize("On 31 December 2020, 3 people died.", 0);
        assert_eq!(find(&en::TABLE, &toks, &[], None)[0].year, Some(2020));
        assert_eq!(find(&en::TABLE, &toks, &[(toks[1].start, toks[3].end())], None)[0].year, None);
        // (but a date's right before a figure in its clause is the figure's:
        // another event's)
        let toks = tokenize("Kapal selam itu menghilang pada 15 November 2017 dengan membawa 44 awak.", 0);
        let date = (toks[5].start, toks[7].end());
        assert_eq!(find(&id::TABLE, &toks, &[date], None)[0].year, Some(2017));
        // "Kabupaten Majene dan Mamuju" names two places: no one place
        assert_eq!(read(&id::TABLE, "743 warga luka akibat gempa di Kabupaten Majene dan Mamuju.")[0].3, None);
        // a year said after two figures of one clause is both's
        let f = read(&en::TABLE, "Mine accidents have killed over 3,000 people and injured more than 100,000 since 1941.");
        assert_eq!((f[0].4, f[1].4), (Some(1941), Some(1941)), "{f:?}");
    }

    #[test]
    fn shares_projections_and_breakdowns_across_sentences() {
        // "178 of the 325 patients have died": the share died, the whole did not
        let f = find(&en::TABLE, &tokenize("178 of the 325 patients have died.", 0), &[], None);
        assert_eq!((f[0].concept, f[0].event, f[1].concept, f[1].event), (Some("patients"), Some("killed"), Some("patients"), None));
        let f = find(&id::TABLE, &tokenize("Sebanyak 157 dari 269 pasien meninggal.", 0), &[], None);
        assert_eq!((f[0].event, f[1].event), (Some("killed"), None));
        // a revision's earlier value is no whole ("naik menjadi 131 dari 125 orang")
        let f = find(&id::TABLE, &tokenize("Jumlah korban naik menjadi 131 dari 125 orang.", 0), &[], None);
        assert_eq!(f[0].concept, Some("victims"));
        // a projection is a bound
        let f = find(&en::TABLE, &tokenize("The number of victims may reach 300 people.", 0), &[], None);
        assert_eq!(f[0].qualifier, Qualifier::UpTo);
        // a sentence that opens with a breakdown marker breaks down the figure before
        let f = find(&id::TABLE, &tokenize("Rinciannya, 554 korban luka di Kabupaten Majene.", 0), &[], None);
        assert!(f[0].part);
        // an earlier value of the same noun, in the next sentence
        let f = find(&id::TABLE, &tokenize("Angka kematiannya mencapai 157 anak. Sebelumnya, dilaporkan mencapai 143 anak.", 0), &[], None);
        assert_eq!((f[1].event, f[1].superseded), (Some("killed"), true));
        // the trapped, the still trapped and those on board
        let r = read(&en::TABLE, "Rescuers are trying to save 10 workers who are still trapped underground, and 224 people on board.");
        assert_eq!((r[0].1, r[0].2, r[1].1), (Some("trapped"), None, Some("aboard")), "{r:?}");
    }
}
