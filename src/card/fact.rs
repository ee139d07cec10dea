//! A fact's values: each distinct value with the articles that state it,
//! the main one (the latest report's; a tally's larger of one day; a stated
//! revision), and how every other stands to it (consistent, earlier, other,
//! conflict).

use super::key::Group;
use super::{citation, most_common, Citation, Fact, FactValue, Status};
use crate::extract::ArticleMentions;
use crate::figures::FigureMention;
use crate::lang::{self, Category, Qualifier, CASUALTY_EVENTS, GENERIC_CONCEPTS, RUNNING_TALLIES};
use crate::locale::Locale;

/// The count a mention states: its value, else the top of its range (how
/// parts are weighed against their whole). Not inlined: one copy for its
/// many callers.
#[inline(never)]
pub(super) fn stated(m: &FigureMention) -> f64 {
    m.value.or(m.high).unwrap_or(0.0)
}

/// The range of true values a stated figure allows: a bound is open on its
/// far side (`lebih dari 2.000` holds when `hampir 10.000` does).
fn interval(f: &FigureMention) -> (f64, f64) {
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => match f.qualifier {
            Qualifier::Exact => (v, v),
            Qualifier::Approx => (v * 0.9, v * 1.1),
            Qualifier::MoreThan | Qualifier::AtLeast => (v, f64::INFINITY),
            Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo => (0.0, v),
            Qualifier::Almost => (v * 0.9, v),
        },
        (None, Some(lo), Some(hi)) => (lo, hi),
        _ => (0.0, 0.0),
    }
}

fn overlaps(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// The mark before a value of qualifier `q` (`≈ `, `> `), by its place in
/// [`Qualifier`]'s order (packed: no pointer and length per mark in the wasm).
fn qualifier_mark(q: Qualifier) -> &'static str {
    lang::QUALIFIER_MARKS.nth(q as usize)
}

/// Appends the currency an amount is written in, just before its first
/// digit (`$` of `more than $2 billion`, `Rp ` of `Rp. 5 triliun`: a
/// space after one that ends in a letter).
fn push_currency(text: &str, out: &mut String) {
    let b = text.as_bytes();
    let mut d = 0;
    while d < b.len() && !b[d].is_ascii_digit() {
        d += 1;
    }
    let mut e = d;
    while e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && b[s - 1] != b' ' {
        s -= 1;
    }
    let word = crate::text::trim_end_byte(&text[s..e], b'.');
    if lang::ALL.iter().any(|t| t.is_currency(word)) {
        out.push_str(word);
        if word.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) {
            out.push_str(" ");
        }
    }
}

/// How a value reads on the card (`≈ 2.500`, `11–19`). Not inlined: one
/// copy, smaller than inside the fact's loop.
#[inline(never)]
fn display(f: &FigureMention, locale: Locale) -> String {
    let number = |v| locale.number(v);
    let suffix = if f.category == Category::Percent { "%" } else { "" };
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => {
            let mut out = String::from(qualifier_mark(f.qualifier));
            // (an amount in the currency it is written in: "$60,000", "Rp 2.923,7 triliun")
            push_currency(&f.text, &mut out);
            crate::push_cat!(out, number(v), suffix);
            out
        }
        (None, Some(lo), Some(hi)) => {
            let mut range = number(lo);
            crate::push_cat!(range, "–", number(hi), suffix);
            range
        }
        _ => String::new(),
    }
}

/// A distinct value of a fact under construction: its display, first
/// mention, articles, citations, how far back it stands (the least of its
/// mentions' [`standing`]), whether any states it as a revision, its last
/// article and where that first states it, when it was reported; and, set
/// once all its articles are in, its precision and its size as a tally.
type Distinct<'a, 'r> = (String, &'a FigureMention, Vec<usize>, Vec<Citation>, u8, bool, (usize, usize), Option<(&'r str, u32)>, u8, f64);

pub(super) fn build_fact(group: &Group, articles: &[ArticleMentions], names: &[String], reports: &[Option<String>], order: &[u32], locale: Locale) -> Fact {
    let lang_code = locale.lang;
    // distinct values, each with the articles that state it
    let mut values: Vec<Distinct> = Vec::new();
    // a value is superseded when every mention says so, or when one states it
    // replaced by the value before it in its sentence ("to 275 from 288" the
    // day after "288 people have died")
    let mut replaced = Vec::new();
    let mut prev: Option<(usize, &str)> = None;
    // Parts of an article's whole (the largest count it gives with no place,
    // not superseded): a place's count below it ("124 jiwa meninggal dunia …
    // Di Lembata 28 orang"), and a breakdown, two or more smaller counts that
    // add up to no more than it ("174 … Flores Timur 71, Lembata 46, Alor 28 …").
    let whole = !crate::text::has_byte(&group.key, b'#');
    let size = stated;
    // (mentions come article by article: each article's run, its whole, the
    // number and sum of its distinct smaller counts, then each one's share)
    let ms = &group.mentions;
    let mut shares = Vec::with_capacity(ms.len());
    let mut i = 0;
    while i < ms.len() {
        let mut j = i;
        let mut top = 0.0;
        // (and whether it gives the quantity for two places or more: a
        // breakdown, though it states no whole: "Tanah Datar 13 orang … dan
        // Kabupaten Agam satu orang dilaporkan hilang")
        let (mut place, mut split) = (None, false);
        while j < ms.len() && ms[j].0 == ms[i].0 {
            let o = ms[j].1;
            if let Some(p) = o.place.as_deref() {
                split |= place.is_some_and(|q| q != p);
                place = Some(p);
            }
            // (a bound from above is no whole: "may reach 300"; nor a vague
            // count: "killing hundreds" in a fire of 1918)
            let bound = matches!(o.qualifier, Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan);
            if o.place.is_none() && !o.superseded && !bound && o.value.is_some() && size(o) > top {
                top = size(o);
            }
            j += 1;
        }
        let (mut n, mut sum) = (0, 0.0);
        'counts: for k in i..j {
            let o = ms[k].1;
            if o.superseded || size(o) >= top {
                continue;
            }
            for p in &ms[i..k] {
                if !p.1.superseded && size(p.1) == size(o) {
                    continue 'counts;
                }
            }
            n += 1;
            sum += size(o);
        }
        for &(_, m) in &ms[i..j] {
            // (a place's count above the whole is no share of it: "PHK di
            // Sritex Group mencapai 11.025" over "9.604 pekerja dengan rincian")
            shares.push(
                whole
                    && !m.superseded
                    // (`!(… >= top && top > 0.0)`: below the whole or where there is none; 21 B gzip less than the `||` of the two, measured)
                    && (size(m) < top && (m.place.is_some() || n >= 2 && sum <= top) || split && m.place.is_some() && !(size(m) >= top && top > 0.0)),
            );
        }
        i = j;
    }
    for (k, &(ai, m)) in group.mentions.iter().enumerate() {
        let shown = display(m, locale);
        // how far back it stands: 0 stated, 1 a part of another (a
        // breakdown), 2 (or 3) superseded (a value said to be an earlier one
        // is what its article reports when it gives no other: "Sebelumnya,
        // BNPB melaporkan 743 warga luka" is that article's count)
        // (and a part is one of a whole its article gives here: "12 of
        // whom remain critical" alone is that article's count of the critical)
        // (a plain loop: no any() instance in the wasm)
        let mut superseded = false;
        if m.superseded {
            for &(a, o) in &group.mentions {
                if a == ai && !o.superseded && !o.part {
                    superseded = true;
                    break;
                }
            }
        }
        // (nor does a part of a running tally alone outrank a larger count
        // reported before it: "enam orang selamat" of fourteen, after 52
        // survivors in all)
        let part = m.part
            && (m.place.is_some()
                || group.mentions.iter().any(|&(a, o)| {
                    !o.part
                        && (a == ai
                            || RUNNING_TALLIES.holds_some(m.event)
                                && stated(o) > stated(m)
                                && matches!((&reports[a], &reports[ai]), (Some(r), Some(ri)) if r < ri))
                }));
        // (a forecast stands back wherever it is: "predicted to win 368 seats")
        let standing = u8::from(part) | u8::from(superseded || m.forecast) << 1 | u8::from(shares[k]);
        let cite = citation(&articles[ai], &names[ai], &m.sentence, &m.text);
        // (a new value starts empty and is filled as a repeat is)
        // (by a plain loop: no position instance in the wasm)
        let mut k = 0;
        while k < values.len() && values[k].0 != shown {
            k += 1;
        }
        if k == values.len() {
            values.push((shown, m, Vec::new(), Vec::new(), u8::MAX, false, (ai, m.start), None, 0, 0.0));
        }
        let v = &mut values[k];
        // mentions come article by article: a repeat is the last one
        // (an article that says the value was superseded does not
        // report it: "He earlier had said the figure was 397", unless it
        // is the value's first)
        if v.2.last() != Some(&ai) && (!superseded || v.2.is_empty()) {
            v.2.push(ai);
            v.6 = (ai, m.start);
        }
        v.3.push(cite);
        v.4 = v.4.min(standing);
        v.5 |= m.revised;
        if superseded && prev == Some((ai, &m.sentence)) {
            replaced.push(k);
        }
        prev = Some((ai, &m.sentence));
    }
    for &k in &replaced {
        values[k].4 |= 2;
    }
    // the main value: the latest report's (a revision first), then the one
    // carried by most articles, then the most precise; a value stated as
    // a part or as superseded never leads while another is there, nor a
    // vague count or a range while a number is ("thousands of homes" the
    // day after "1,000 homes" says no more than that)
    let precision = |m: &FigureMention| match (m.qualifier, m.value) {
        (Qualifier::Exact, Some(_)) => 3,
        (_, Some(_)) => 2,
        _ => 1,
    };
    // when a value was reported: the latest report among its articles (of
    // one day's, the later by [`super::time::order_within_days`])
    let reported = |arts: &[usize]| {
        let mut latest = None;
        for &a in arts {
            if let Some(r) = reports[a].as_deref() {
                // (`max` by the one shared `cmp_report`: the later of two equal ones, as `max`)
                // (then by the minute it was published, in 11 bits below
                // the tally's: two tallies above 2²¹, votes, are one)
                let report = Some((r, order[a].min(0x1f_ffff) << 11 | articles[a].minute));
                if cmp_report(report, latest).is_ge() {
                    latest = report;
                }
            }
        }
        latest
    };
    // a running tally's larger value of one day is its later one
    // (what no article says happened to, a count of what there is, "122
    // narapidana" in a block, "8 narapidana itu", does not change by report:
    // its values are neither updates nor conflicts of each other)
    let (mut tally, mut evolving, mut eventful) = (false, false, false);
    for (_, m) in &group.mentions {
        // (a count someone holds is a running tally while the count goes
        // on: votes, seats declared through the night, 362 then 365, are
        // two moments of it, not a disagreement)
        let held = lang::HELD_CONCEPTS.holds_some(m.concept);
        (eventful, tally, evolving) = (eventful | held, tally | held, evolving | held);
        if let Some(e) = m.event {
            eventful = true;
            tally |= RUNNING_TALLIES.holds(e);
            // casualty counts change by the hour: a day is too coarse to set two against each other
            evolving |= CASUALTY_EVENTS.holds(e);
        }
    }
    let size = |m: &FigureMention| if tally { interval(m).0 } else { 0.0 };
    for v in &mut values {
        v.7 = reported(&v.2);
        v.8 = precision(v.1);
        v.9 = size(v.1);
    }
    // a toll does not fall by half unless a report says it was revised: a
    // later count below half of most reports of the days before is of
    // something smaller (those of one accounting, "10 korban ini" weeks
    // after 33 dead), a part of the story, never its latest step
    for k in 0..values.len() {
        let (when, below) = (values[k].7, stated(values[k].1) * 2.0);
        let mut dip = 0;
        for o in &values {
            if o.4 == 0 && o.1.value.is_some() && day_before(o.7, when) {
                dip += if interval(o.1).0 > below { 1 } else { -1 };
            }
        }
        // (unless every mention of it says it was revised: one in a title,
        // "… Jadi 32 Jiwa", over an article all of one tower's dead, says
        // no more than its body)
        let v = stated(values[k].1);
        if dip > 0 && evolving && tally && !group.mentions.iter().all(|(_, o)| o.revised || stated(o) != v) {
            values[k].4 |= 1;
        }
    }
    // stable order for ties: first mention first
    let first_at = |m: &FigureMention| m.start;
    crate::order::sort_by(&mut values, |a, b| {
        let (pa, pb) = (a.8, b.8);
        a.4.cmp(&b.4)
            .then_with(|| (pb > 1).cmp(&(pa > 1)))
            .then_with(|| cmp_report(b.7, a.7))
            // (of one article's values, a revision, else an exact one, else
            // the one it states first: its title and lead say what is
            // current, "In June, police estimated that about 80 people had
            // died" further down what was; "up to two million" is a claim)
            // (and of two within 5 %, the one its rounder one was rounded
            // from: "23 Ribu Jiwa" in a title, "23.318 jiwa" in the text)
            .then_with(
                || if a.6 .0 == b.6 .0 { b.5.cmp(&a.5).then(pb.cmp(&pa)).then(rounded(a.1, b.1)).then(a.6.cmp(&b.6)) } else { std::cmp::Ordering::Equal },
            )
            .then_with(|| b.9.partial_cmp(&a.9).unwrap_or(std::cmp::Ordering::Equal))
            .then_with(|| b.5.cmp(&a.5))
            .then_with(|| b.2.len().cmp(&a.2.len()))
            .then_with(|| pb.cmp(&pa))
            .then_with(|| a.2[0].cmp(&b.2[0]))
            .then_with(|| first_at(a.1).cmp(&first_at(b.1)))
    });
    let main = interval(values[0].1);
    let main_reported = values[0].7;
    // (the main value's articles are `values[0].2`, read in place: no copy)
    let mut agreeing: Vec<usize> = Vec::new();
    let mut differing: Vec<usize> = Vec::new();
    // membership by article index (1 agreeing, 2 differing): linear in the
    // articles, whatever their number
    let mut seen = vec![0u8; articles.len()];
    let mut fact_values: Vec<FactValue> = Vec::new();
    for k in 0..values.len() {
        let (m, standing, when) = (values[k].1, values[k].4, values[k].7);
        let superseded = standing > 1;
        let range = interval(m);
        // (one comparison with the main value's report, not one per test)
        let vs_main = cmp_report(when, main_reported);
        let status = if k == 0 {
            Status::Main
        } else if standing == 1 && range.0 <= main.1 {
            // a breakdown of what the fact counts, under it (never more
            // than it: "71 of them in critical condition" is no part of 25)
            Status::Part
        } else if overlaps(range, main) {
            Status::Consistent
        } else if !superseded && values[k].2.iter().any(|&a| crate::order::contains(&values[0].2, a)) {
            // an article that gives the main value neither contradicts
            // it nor reported this one earlier (a part, another scope or
            // moment the card cannot place), unless it says so
            Status::Other
        } else if superseded || eventful && when.is_some() && (vs_main.is_lt() || (tally && vs_main.is_eq() && range.1 < main.0)) {
            // an update: reported before the main value, said to be
            // superseded, or a smaller count of a tally that day
            // (a count far below the latest and below every report of the
            // days before it counts something smaller, no step of the
            // tally: those pulled out alive that day, 2,013, then 41, then
            // 4, then 2,437 in all)
            let top = range.1 * 4.0;
            // (1: a report of the days before above it, 2: one not)
            let mut below = 0;
            for o in &values {
                if o.4 == 0 && day_before(o.7, when) {
                    below |= if top < interval(o.1).0.min(f64::MAX) { 1 } else { 2 };
                }
            }
            if top < main.0 && below == 1 {
                Status::Other
            } else {
                Status::Earlier
            }
        } else if when.is_none()
            || vs_main.is_ne()
            || evolving
            || !eventful
            || m.category == Category::Percent
            || values[k].2.iter().any(|&a| articles[a].date.is_none())
            || values[0].2.iter().any(|&a| articles[a].date.is_none())
            // (nor do two sources count one thing ten times apart: "$250" a
            // week of strike pay and "about $50 million" a day of losses are
            // two amounts the card cannot tell apart)
            || stated(m).max(stated(values[0].1)) > stated(m).min(stated(values[0].1)) * 10.0
        {
            // reports of unknown date are not known to be of the same
            // moment (nor those of an article that says only what days it
            // tells of: "began on Sept. 16" is no report's date), nor are
            // two counts of one day of what changes by the hour; two
            // shares rest on bases the card cannot see (66.7 % of votes
            // counted so far, 67.3 % of the electorate)
            Status::Other
        } else {
            Status::Conflict
        };
        let v = &mut values[k];
        fact_values.push(FactValue::new(std::mem::take(&mut v.0), m, status, when.map(|w| w.0.to_string()), std::mem::take(&mut v.3)));
        let (bucket, bit) = match status {
            Status::Conflict => (&mut differing, 2),
            Status::Main | Status::Consistent => (&mut agreeing, 1),
            _ => continue,
        };
        for &a in &v.2 {
            if seen[a] & bit == 0 {
                seen[a] |= bit;
                bucket.push(a);
            }
        }
    }
    // main, what agrees, what disagrees, then the earlier reports (latest first), then the rest
    crate::order::sort_by(&mut fact_values, |a, b| a.status.rank().cmp(&b.status.rank()).then(b.reported.cmp(&a.reported)));
    // an article that also agrees does not count as differing
    let mut differ = 0;
    for &a in &differing {
        differ += usize::from(seen[a] & 1 == 0);
    }
    // where a report comes from: the first agency it credits, else its outlet
    let mut origins: Vec<String> = Vec::new();
    for &a in &agreeing {
        crate::article::push_unique(&mut origins, articles[a].credits.first().unwrap_or(&names[a]));
    }
    // (a count of what there is, given by three articles as 85, 21 and
    // 1,000, is one article's fact: its sources are those that agree with
    // its main value)
    let sources = if eventful { group.articles() } else { agreeing.len() };
    // the noun as the card's language writes it (no "people mengungsi", no
    // "others injured"): its own word for what is counted, else its articles'
    let table = lang::table(lang_code);
    let concept = most_common(group.mentions.iter().filter_map(|(_, m)| m.concept));
    let event_concept = most_common(group.mentions.iter().filter_map(|(_, m)| m.event));
    // ("19 juta jiwa" of a population is the population: no "orang penduduk")
    let casualty = CASUALTY_EVENTS.holds_some(event_concept);
    // (with no event, the noun says what is counted: "korban")
    let generic = GENERIC_CONCEPTS.holds_some(concept) && !casualty && event_concept.is_some();
    let noun = match concept.and_then(|c| table.counted_nouns.word_for(c)) {
        _ if generic => None,
        None => most_common(group.mentions.iter().filter(|(a, _)| articles[*a].lang == lang_code).filter_map(|(_, m)| m.noun.as_deref())),
        word => word,
    };
    let mut end = 0;
    while end < group.key.len() && !matches!(group.key.as_bytes()[end], b'@' | b'#' | b'%' | b':') {
        end += 1;
    }
    let quantity = &group.key[..end];
    // the event word when the key has it, or a grade narrows it ("rumah rusak berat")
    let scoped = crate::text::has_byte(&group.key, b'@');
    let event_in_key = scoped || crate::text::has_byte(quantity, b'/') || group.mentions.iter().any(|(_, m)| m.event.is_some_and(|e| e == quantity));
    let event = event_concept.map(|e| table.event_labels.get(e).unwrap_or(e));
    // the scope, in the card's language, before the event word or after it
    // as the language puts it ("rumah rusak berat", "orang masih mengungsi",
    // "houses heavily damaged")
    let scope = group.mentions.first().and_then(|(_, m)| m.scope);
    let (before, after) = match scope.map(|s| (table.scopes_before.has(s), table.scope_labels.get(s).unwrap_or(s))) {
        Some((true, s)) => (s, ""),
        Some((false, s)) => ("", s),
        None => ("", ""),
    };
    let mut label = String::new();
    // (a word said once: no "tersangka tersangka" where the noun is the event's word)
    for &w in &[noun.unwrap_or(""), before, event.filter(|_| event_in_key).unwrap_or(""), after] {
        if !w.is_empty() && !label.ends_with(w) {
            if !label.is_empty() {
                label.push_str(" ");
            }
            label.push_str(w);
        }
    }
    if label.is_empty() {
        label.push_str(quantity);
    }
    // the place, when the fact is one place's ("tewas di Suriah"), or who
    // holds it ("suara Prabowo")
    // (by the key's name for it, the longest its mentions give: "suara Anies
    // Baswedan" of "Anies-Muhaimin" and "Anies Baswedan - Muhaimin Iskandar")
    match (crate::text::split_once_byte(&group.key, b'#'), group.mentions.iter().find(|(_, m)| m.place.is_some())) {
        (Some((_, p)), Some((_, m))) if m.held => crate::push_cat!(label, " ", p),
        (Some((_, p)), Some(_)) => crate::push_cat!(label, " ", table.place_words.iter().next().copied().unwrap_or(""), " ", p),
        _ => {}
    }
    // another year's: "people killed (1939)" (a key's one `%`, its digits:
    // a place may follow, "seats%1987#Conservative")
    if let Some((_, year)) = crate::text::split_once_byte(&group.key, b'%') {
        // (its leading digits, by a plain loop: no iterator adapter instance)
        let mut n = 0;
        while year.as_bytes().get(n).is_some_and(u8::is_ascii_digit) {
            n += 1;
        }
        crate::push_cat!(label, " (", &year[..n], ")");
    }
    // (what happens to people is about people, whether or not a noun says so)
    let category = match most_common(group.mentions.iter().map(|(_, m)| m.category.as_str())).unwrap_or("count") {
        "count" if concept.is_none_or(|c| GENERIC_CONCEPTS.holds(c)) && casualty => "people",
        c => c,
    };
    Fact { key: group.key.clone(), label, category: category.to_string(), values: fact_values, sources, agree: agreeing.len(), differ, origins }
}

/// Of two values within 5 % of each other, the rounder one (by its
/// trailing zeros) after the other; else equal.
fn rounded(a: &FigureMention, b: &FigureMention) -> std::cmp::Ordering {
    let (mut p, mut q) = (stated(a) as u64, stated(b) as u64);
    if p.abs_diff(q) * 20 > p.max(q) {
        return std::cmp::Ordering::Equal;
    }
    while p % 10 == 0 && q % 10 == 0 && p > 0 {
        (p, q) = (p / 10, q / 10);
    }
    (q % 10 != 0).cmp(&(p % 10 != 0))
}

/// Whether report `a` was on a day before report `b` (both known): the one
/// test of the two loops that weigh a value against the days before it
/// (inlined: a call costs the wasm more than the comparison).
#[inline(always)]
fn day_before(a: Option<(&str, u32)>, b: Option<(&str, u32)>) -> bool {
    matches!((a, b), (Some((a, _)), Some((b, _))) if a < b)
}

/// two reports' order: none first, then by date, then by order within the day
fn cmp_report(a: Option<(&str, u32)>, b: Option<(&str, u32)>) -> std::cmp::Ordering {
    match (a, b) {
        (Some((ad, ao)), Some((bd, bo))) => ad.cmp(bd).then(ao.cmp(&bo)),
        _ => a.is_some().cmp(&b.is_some()),
    }
}
