//! Date mentions: finding them in tokens and resolving them to calendar dates.
//!
//! Finding is per paragraph and language-table driven ([`find`]); resolving
//! ([`resolve`]) needs context — the article's own date and the bundle's — to
//! give a year to `Kamis (13/1)`, a day to a bare `Rabu` or `kemarin`, and to
//! flag a weekday that contradicts its date with the reading that fits.

use crate::calendar::Date;
use crate::lang::{self, LangTable};
use crate::text::{digits, Token};
use serde::Serialize;

/// How many tokens before a bare weekday are read for a word of what is
/// to come (`will`, `akan`).
const FUTURE_REACH: usize = 10;

/// What the text says, before context is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawDate {
    /// A day of a month, maybe with a year and a weekday.
    /// (Day, month and weekday each fit a byte: a date found is copied
    /// whole, and the smaller the less code.)
    Calendar { day: u8, month: u8, year: Option<i32>, weekday: Option<u8> },
    /// A weekday with no day of month (`Rabu`, `on Thursday`): the last
    /// one on or before the article's date.
    Weekday(u32),
    /// A weekday to come (`Rabu besok`, `next Monday`): the first one on or
    /// after the article's date.
    NextWeekday(u32),
    /// A day relative to the article's date (`kemarin` = -1).
    Relative(i32),
    /// A day of the month with no month (`tanggal 24 kemarin`): the last
    /// one on or before the article's date.
    MonthDay(u32),
    /// The day last spoken of (`hari itu`, `that day`), or one this many
    /// days from it (`keesokan harinya` = 1).
    ThatDay(i32),
}

#[derive(Clone, Debug)]
pub struct Found {
    pub raw: RawDate,
    pub start: usize,
    pub end: usize,
    /// The date of a saying that closes its sentence (`kata Yoyok,
    /// Selasa (10/3/2020).`): when it was said, not a day of the story, so
    /// no `sehari berikutnya` counts from it.
    pub said: bool,
}

/// How a date's year (or day) was obtained when the text does not say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Inferred {
    /// From the article's own date (dateline or publication line).
    Article,
    /// From the dates of the other articles of the bundle.
    Bundle,
    /// From the weekday alone (the latest year where the day has that weekday).
    Weekday,
    /// From the reader's clock: nothing else said anything.
    Today,
}

/// A resolved date mention.
#[derive(Clone, Debug, Serialize)]
pub struct DateMention {
    pub text: String,
    /// ISO `yyyy-mm-dd` of the literal reading, when one could be made.
    pub date: Option<String>,
    /// True when the year (or, for weekdays and relative words, the day) was inferred.
    pub year_inferred: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inferred_from: Option<Inferred>,
    /// The text names a weekday that the date does not fall on.
    pub weekday_mismatch: bool,
    /// With a mismatch: a nearby reading on which the weekday is right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested_date: Option<String>,
    /// `calendar`, `weekday` or `relative`.
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub sentence: std::sync::Arc<String>,
}

fn small_int(t: Option<&Token>, max: u32) -> Option<u32> {
    let t = t?;
    if !t.is_number() || t.text.len() > 2 {
        return None;
    }
    digits(t.text).filter(|n| (1..=max).contains(n))
}

fn year_of(t: Option<&Token>) -> Option<i32> {
    let t = t?;
    if !t.is_number() {
        return None;
    }
    let y = digits(t.text)? as i32;
    match t.text.len() {
        4 => Some(y).filter(|y| (1800..=2200).contains(y)),
        // (3: a typo'd year with a leading zero: (1/11/022))
        n if n == 2 || n == 3 && t.text.starts_with("0") => Some(2000 + y),
        _ => None,
    }
}

/// Is token `i` a weekday name here (not `minggu` meaning "week")?
fn weekday_at(table: &LangTable, toks: &[Token], i: usize) -> Option<u32> {
    let t = &toks[i];
    if !t.is_word() {
        return None;
    }
    let wd = table.weekday(t.text)?;
    let led = i > 0 && table.weekday_lead.word_at(toks, i - 1);
    let homonym = table.week_homonyms.has_text(t);
    if homonym {
        let after_number = after_count(table, toks, i);
        if !t.is_capitalized() || after_number || table.week_followers.word_at(toks, i + 1) {
            return None;
        }
    } else if !t.is_capitalized() && !led {
        return None;
    }
    Some(wd)
}

/// `d/m`, `d/m/y`, `d-m-y` starting at token `i`; returns (day, month, year, tokens used).
fn slashed(toks: &[Token], i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
    let day = small_int(toks.get(i), 31)?;
    let sep = toks.get(i + 1)?;
    if !sep.is_punct_of("/-") || sep.spaced {
        return None;
    }
    let month = small_int(toks.get(i + 2), 12)?;
    if toks[i + 2].spaced {
        return None;
    }
    if toks.get(i + 3).is_some_and(|s| s.text == sep.text && !s.spaced) {
        if let Some(y) = year_of(toks.get(i + 4)).filter(|_| !toks[i + 4].spaced) {
            return Some((day, month, Some(y), 5));
        }
        return None;
    }
    Some((day, month, None, 3))
}

/// `d Month [yyyy]` at token `i`.
fn day_month(table: &LangTable, toks: &[Token], i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
    let day = small_int(toks.get(i), 31)?;
    let m = toks.get(i + 1).filter(|t| t.is_capitalized())?;
    let month = table.month(m.text)?;
    // ("Jan.")
    let used = 2 + usize::from(m.text.len() <= 4 && crate::text::punct_at(toks, i + 2, "."));
    let year = year_of(toks.get(i + used));
    Some((day, month, year, used + usize::from(year.is_some())))
}

/// `Month d[, yyyy]` at token `i` (month-first order, as English).
fn month_day(table: &LangTable, toks: &[Token], i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
    let m = toks.get(i).filter(|t| t.is_capitalized())?;
    let month = table.month(m.text)?;
    let mut j = i + 1;
    if crate::text::punct_at(toks, j, ".") {
        j += 1;
    }
    let day = small_int(toks.get(j), 31)?;
    if toks.get(j + 1).is_some_and(|t| t.is_word() && table.noun_of(t).is_some()) {
        return None;
    }
    let mut used = j + 1 - i;
    let comma = usize::from(crate::text::punct_at(toks, j + 1, ","));
    let year = year_of(toks.get(j + 1 + comma));
    if year.is_some() {
        used += comma + 1;
    }
    Some((day, month, year, used))
}

/// `2022-01-05` (as in publication lines).
fn iso(toks: &[Token], i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
    let y = toks.get(i).filter(|t| t.text.len() == 4).and_then(|t| year_of(Some(t)))?;
    let glued = |k: usize, p: &str| toks.get(k).is_some_and(|t| t.is_punct(p) && !t.spaced);
    if !(glued(i + 1, "-") && glued(i + 3, "-")) || toks[i + 2].spaced || toks.get(i + 4).is_none_or(|t| t.spaced) {
        return None;
    }
    let month = toks.get(i + 2).filter(|t| t.text.len() == 2).and_then(|t| small_int(Some(t), 12))?;
    let day = toks.get(i + 4).filter(|t| t.text.len() == 2).and_then(|t| small_int(Some(t), 31))?;
    Some((day, month, Some(y), 5))
}

/// A calendar date at `i`, in any of the written forms.
fn calendar_at(table: &LangTable, toks: &[Token], i: usize, in_parens: bool) -> Option<(u32, u32, Option<i32>, usize)> {
    iso(toks, i)
        .or_else(|| day_month(table, toks, i))
        .or_else(|| slashed(toks, i).filter(|&(_, _, year, _)| year.is_some() || in_parens))
        // (`January 13` where dates are written month first)
        .or_else(|| if table.month_first { month_day(table, toks, i) } else { None })
}

/// Finds the date mentions among the tokens of one paragraph.
pub fn find(table: &LangTable, toks: &[Token]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Weekday, optionally followed by its date: "Kamis (13/1)", "Senin, 29 Desember 2014".
        if let Some(wd) = weekday_at(table, toks, i) {
            let mut j = i + 1;
            // "Jumat malam (7/1)", "Ahad petang, 9 September 2012": a part
            // of the day may stand between
            let part = table.day_parts.phrase_at(toks, j).unwrap_or(0);
            j += part;
            if crate::text::punct_at(toks, j, ",") {
                j += 1;
            }
            let paren = crate::text::punct_at(toks, j, "(");
            let k = j + usize::from(paren);
            // (after a weekday a day/month is a date, bracketed or not: "Rabu 21/6")
            if let Some((day, month, year, used)) = calendar_at(table, toks, k, true) {
                let mut end = k + used;
                if paren && crate::text::punct_at(toks, end, ")") {
                    end += 1;
                }
                let said = toks.get(end).is_none_or(|t| t.is_punct(".")) && said_before(table, toks, i);
                push_found(&mut out, RawDate::Calendar { day: day as u8, month: month as u8, year, weekday: Some(wd as u8) }, toks, i, end - 1, said);
                i = skip_relative_modifier(table, toks, end);
                continue;
            }
            // which week: "Rabu besok", "Kamis sore kemarin", "next Monday"
            let before = i.checked_sub(1).and_then(|b| table.weekday_before.longest_phrase_at(toks, b).filter(|&(_, n)| b + n == i));
            let after = table.weekday_after.longest_phrase_at(toks, i + 1 + part);
            let end = after.map_or(i + 1, |(_, n)| i + 1 + part + n);
            // (or what is to come in its clause: "he will come … on Wednesday")
            let mut k = i;
            let mut coming = false;
            while !coming && k > 0 && i - k < FUTURE_REACH && !toks[k - 1].is_punct_of(".;:") {
                k -= 1;
                coming = table.future_words.has_text(&toks[k]);
            }
            let raw = if coming || before.or(after).is_some_and(|(w, _)| lang::day_offset(w) > 0) { RawDate::NextWeekday(wd) } else { RawDate::Weekday(wd) };
            push_found(&mut out, raw, toks, i - usize::from(before.is_some()), end - 1, false);
            i = end;
            continue;
        }
        // "tiga hari lalu", "dua hari kemudian"
        // (the words after first: a count is looked up only before them)
        let ago = table.days_ago.phrase_at(toks, i + 1);
        if let Some(used) = ago.or_else(|| table.days_later.phrase_at(toks, i + 1)) {
            if let Some(n) = day_count(table, toks.get(i)) {
                let raw = if ago.is_some() { RawDate::Relative(-n) } else { RawDate::ThatDay(n) };
                push_found(&mut out, raw, toks, i, i + used, false);
                i += used + 1;
                continue;
            }
        }
        let paren = i > 0 && crate::text::punct_at(toks, i - 1, "(");
        if let Some((day, month, year, used)) = calendar_at(table, toks, i, paren) {
            let end = i + used;
            push_found(&mut out, RawDate::Calendar { day: day as u8, month: month as u8, year, weekday: None }, toks, i, end - 1, false);
            i = skip_relative_modifier(table, toks, end);
            continue;
        }
        // "Tanggal 24 kemarin": a day of this month, or of the last (not
        // "tanggal 20 Juni", read next)
        if table.month_day_words.has_text(&toks[i]) && calendar_at(table, toks, i + 1, false).is_none() {
            if let Some(day) = small_int(toks.get(i + 1), 31) {
                let end = skip_relative_modifier(table, toks, i + 2);
                push_found(&mut out, RawDate::MonthDay(day), toks, i, end - 1, false);
                i = end;
                continue;
            }
        }
        if let Some((offset, used)) = table.that_day.longest_phrase_at(toks, i) {
            // (after a count it is those days, no day: "tujuh hari itu")
            if !after_count(table, toks, i) {
                push_found(&mut out, RawDate::ThatDay(lang::day_offset(offset)), toks, i, i + used - 1, false);
            }
            i += used;
            continue;
        }
        if let Some((offset, used)) = table.relative_days.longest_phrase_at(toks, i) {
            push_found(&mut out, RawDate::Relative(lang::day_offset(offset)), toks, i, i + used - 1, false);
            i += used;
            continue;
        }
        i += 1;
    }
    out
}

/// Adds the date `raw` written from token `first` to token `last` (not
/// inlined: one copy of the tokens' lookups for every kind of date).
#[inline(never)]
fn push_found(out: &mut Vec<Found>, raw: RawDate, toks: &[Token], first: usize, last: usize, said: bool) {
    out.push(Found { raw, start: toks[first].start, end: toks[last].end(), said });
}

/// A word of saying in the sentence before token `i` (`kata`, `said`).
fn said_before(table: &LangTable, toks: &[Token], i: usize) -> bool {
    for t in toks[..i].iter().rev() {
        if t.ends_sentence() {
            break;
        }
        if table.speech_words.has_text(t) {
            return true;
        }
    }
    false
}

/// Whether a number (`7`, `tujuh`) comes right before token `i`.
fn after_count(table: &LangTable, toks: &[Token], i: usize) -> bool {
    i > 0 && (toks[i - 1].is_number() || table.number_word(toks[i - 1].text).is_some())
}

/// A small count of days, in digits or one number word (`3`, `tiga`).
fn day_count(table: &LangTable, t: Option<&Token>) -> Option<i32> {
    let t = t?;
    let n = match table.number_word(t.text) {
        Some(lang::NumberWord::Value(n)) => n,
        _ => small_int(Some(t), 60)?,
    };
    Some(n as i32)
}

/// `Rabu (12/1) kemarin`: the relative word only modifies the date before it.
fn skip_relative_modifier(table: &LangTable, toks: &[Token], i: usize) -> usize {
    match table.relative_days.longest_phrase_at(toks, i) {
        Some((_, used)) => i + used,
        None => i,
    }
}

/// The context a date is resolved in.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// The article's own date, when its dateline or first paragraph gives one.
    pub article: Option<Date>,
    /// A central date of the bundle (median of the dates written with a year).
    pub bundle: Option<Date>,
    /// The latest article date in the bundle: "now" for a bare weekday.
    pub bundle_latest: Option<Date>,
    /// The reader's today, the last resort for a year.
    pub today: Option<Date>,
    /// Years the article names (`Pemilu 2019`), newest first, 0 for none:
    /// the year of a date that has no other context.
    pub year_hints: [i32; 4],
}

/// The four newest distinct years of `years`, newest first.
pub fn hints(years: &[i32]) -> [i32; 4] {
    let mut out = [0; 4];
    for &y in years {
        if crate::order::contains(&out, y) {
            continue;
        }
        // in its place before the first older one, the others after it
        // moving down one (carried), the last dropping out
        let mut carried = y;
        for o in &mut out {
            if *o < carried {
                std::mem::swap(o, &mut carried);
            }
        }
    }
    out
}

/// A resolved reading: date, how it was inferred, mismatch, suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub date: Option<Date>,
    pub inferred: Option<Inferred>,
    pub mismatch: bool,
    pub suggestion: Option<Date>,
}

/// Gives a raw date its calendar date in `ctx`.
pub fn resolve(raw: RawDate, ctx: &Context) -> Reading {
    // (a bundle that writes no year has its articles' own dates, read from
    // their weekdays: one year for all its year-less dates, not today's for
    // some and the weekdays' for others)
    let anchor = article_or(ctx, ctx.bundle.or(ctx.bundle_latest));
    let reference = anchor.map(|a| a.0);
    // (a calendar date's day, month and weekday, widened once: the calendar reads u32)
    let (day, month, weekday) = match raw {
        RawDate::Calendar { day, month, weekday, .. } => (u32::from(day), u32::from(month), weekday.map(u32::from)),
        _ => (0, 0, None),
    };
    match raw {
        RawDate::Calendar { year: Some(y), .. } => {
            let date = Date::new(y, month, day);
            let (mismatch, suggestion) = check_weekday(date, weekday, day, month, reference, false);
            Reading { date, inferred: None, mismatch, suggestion }
        }
        RawDate::Calendar { year: None, .. } => {
            let (date, inferred) = match anchor {
                Some((reference, how)) => (nearest_year(day, month, weekday, reference), Some(how)),
                None => match (weekday, ctx.today, weekday.and_then(|wd| hinted(ctx, month, day, wd))) {
                    // a year the article names that the weekday agrees with
                    (_, _, Some(d)) => (Some(d), Some(Inferred::Article)),
                    (None, _, _) if ctx.year_hints[0] > 0 => (Date::new(ctx.year_hints[0], month, day), Some(Inferred::Article)),
                    (Some(wd), Some(today), _) => {
                        // the latest of the last 28 years on which it falls on the weekday
                        let mut date = None;
                        for back in 0..28 {
                            if let Some(d) = Date::new(today.year - back, month, day).filter(|d| d.weekday() == wd) {
                                date = Some(d);
                                break;
                            }
                        }
                        (date, Some(Inferred::Weekday))
                    }
                    (_, Some(today), _) => (Date::new(today.year, month, day), Some(Inferred::Today)),
                    _ => (None, None),
                },
            };
            let (mismatch, suggestion) = check_weekday(date, weekday, day, month, reference.or(date), true);
            Reading { date, inferred, mismatch, suggestion }
        }
        // the last one on or before the article's date, or the first on or after it
        RawDate::Weekday(wd) | RawDate::NextWeekday(wd) => {
            let now = article_or(ctx, ctx.bundle_latest.or(ctx.bundle));
            let back = now.map_or(0, |(reference, _)| (i64::from(reference.weekday()) - i64::from(wd)).rem_euclid(7));
            let days = if back > 0 && matches!(raw, RawDate::NextWeekday(_)) { 7 - back } else { -back };
            days_from(now, days)
        }
        RawDate::MonthDay(day) => {
            let now = article_or(ctx, ctx.bundle_latest);
            let date = now.and_then(|(r, _)| {
                let (year, month) = if day <= u32::from(r.day) {
                    (r.year, u32::from(r.month))
                } else if r.month > 1 {
                    (r.year, u32::from(r.month) - 1)
                } else {
                    (r.year - 1, 12)
                };
                Date::new(year, month, day)
            });
            Reading { date, inferred: now.map(|(_, how)| how), mismatch: false, suggestion: None }
        }
        // (that day: resolved by the caller against the date last mentioned;
        // alone, the article's)
        RawDate::ThatDay(offset) | RawDate::Relative(offset) => days_from(article_or(ctx, ctx.bundle_latest), offset.into()),
    }
}

/// The article's date, else `bundle`, a date of the bundle's: with where it came from.
fn article_or(ctx: &Context, bundle: Option<Date>) -> Option<(Date, Inferred)> {
    ctx.article.map(|d| (d, Inferred::Article)).or(bundle.map(|d| (d, Inferred::Bundle)))
}

/// The reading `days` from `now` (a weekday's, a relative day's).
fn days_from(now: Option<(Date, Inferred)>, days: i64) -> Reading {
    Reading { date: now.map(|(d, _)| d.add_days(days)), inferred: now.map(|(_, how)| how), mismatch: false, suggestion: None }
}

/// The newest year the article names on which `day/month` falls on `weekday`.
fn hinted(ctx: &Context, month: u32, day: u32, weekday: u32) -> Option<Date> {
    for &y in &ctx.year_hints {
        if y > 0 {
            if let Some(d) = Date::new(y, month, day).filter(|d| d.weekday() == weekday) {
                return Some(d);
            }
        }
    }
    None
}

/// The year that puts `day/month` nearest to `reference`, preferring one on
/// which a stated weekday falls when that is within half a year.
fn nearest_year(day: u32, month: u32, weekday: Option<u32>, reference: Date) -> Option<Date> {
    // the nearest (the earlier of two as near: the years come in order), and
    // the nearest on the weekday, each with its distance
    let mut nearest: Option<(i64, Date)> = None;
    let mut on_weekday = nearest;
    for y in reference.year - 1..reference.year + 2 {
        if let Some(d) = Date::new(y, month, day) {
            let far = (d.days() - reference.days()).abs();
            if nearest.is_none_or(|(f, _)| far < f) {
                nearest = Some((far, d));
            }
            if weekday == Some(d.weekday()) && far <= 183 && on_weekday.is_none_or(|(f, _)| far < f) {
                on_weekday = Some((far, d));
            }
        }
    }
    on_weekday.or(nearest).map(|(_, d)| d)
}

/// Flags a weekday that the date does not fall on, and looks for the nearby
/// reading that the weekday supports: another month (a typo in `6/12` for
/// `6/1`), the day and month swapped, or (for an inferred year) another year.
fn check_weekday(date: Option<Date>, weekday: Option<u32>, day: u32, month: u32, reference: Option<Date>, year_inferred: bool) -> (bool, Option<Date>) {
    let (Some(date), Some(wd)) = (date, weekday) else { return (false, None) };
    if date.weekday() == wd {
        return (false, None);
    }
    let reference = reference.unwrap_or(date);
    // the nearest candidate (the first of equally near ones) that the
    // weekday supports, within two months, and nearer the report than what
    // was written: a written date that is the report's own ("Selasa pagi
    // (12/12/2024)" in a report of Thursday 12 December) has the wrong
    // weekday, not the wrong month
    let distance = |d: Date| (d.days() - reference.days()).abs();
    let mut best: Option<Date> = None;
    let mut consider = |candidate: Option<Date>| {
        if let Some(d) = candidate.filter(|&d| d.weekday() == wd && distance(d) <= 62 && distance(d) < distance(date)) {
            if best.is_none_or(|b| distance(d) < distance(b)) {
                best = Some(d);
            }
        }
    };
    for dy in -1..=1 {
        let y = reference.year + dy;
        for dm in -1i32..=1 {
            let m0 = reference.month as i32 + dm;
            let (yy, mm) = if m0 < 1 {
                (y - 1, 12)
            } else if m0 > 12 {
                (y + 1, 1)
            } else {
                (y, m0 as u32)
            };
            consider(Date::new(yy, mm, day));
        }
        consider(Date::new(y, day, month));
        if year_inferred {
            consider(Date::new(y, month, day));
        }
    }
    (true, best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, id};
    use crate::text::tokenize;

    fn raws(table: &LangTable, s: &str) -> Vec<(RawDate, String)> {
        let toks = tokenize(s, 0);
        find(table, &toks).into_iter().map(|f| (f.raw, s[f.start..f.end].to_string())).collect()
    }

    fn cal(day: u8, month: u8, year: Option<i32>, weekday: Option<u8>) -> RawDate {
        RawDate::Calendar { day, month, year, weekday }
    }

    #[test]
    fn indonesian_forms() {
        let t = &id::TABLE;
        assert_eq!(raws(t, "pada hari Kamis (13/1), blok"), vec![(cal(13, 1, None, Some(4)), "Kamis (13/1)".into())]);
        assert_eq!(raws(t, "pada Rabu 21/6 pukul 10.00"), vec![(cal(21, 6, None, Some(3)), "Rabu 21/6".into())]);
        assert_eq!(raws(t, "Tokayev, Selasa (11/1/2022)."), vec![(cal(11, 1, Some(2022), Some(2)), "Selasa (11/1/2022)".into())]);
        assert_eq!(raws(t, "pada Minggu (09/01/2022) bahwa"), vec![(cal(9, 1, Some(2022), Some(7)), "Minggu (09/01/2022)".into())]);
        assert_eq!(raws(t, "Senin, 29 Desember 2014 lalu"), vec![(cal(29, 12, Some(2014), Some(1)), "Senin, 29 Desember 2014".into())]);
        assert_eq!(raws(t, "setelah 23 Januari."), vec![(cal(23, 1, None, None), "23 Januari".into())]);
        assert_eq!(raws(t, "pada 17 Agt 1945"), vec![(cal(17, 8, Some(1945), None), "17 Agt 1945".into())]);
        assert_eq!(raws(t, "tanggal 29/12/2014"), vec![(cal(29, 12, Some(2014), None), "29/12/2014".into())]);
        assert_eq!(raws(t, "Selasa (1/11/022)."), vec![(cal(1, 11, Some(2022), Some(2)), "Selasa (1/11/022)".into())]);
        assert_eq!(raws(t, "Jumat malam (7/1) lalu"), vec![(cal(7, 1, None, Some(5)), "Jumat malam (7/1)".into())]);
        assert_eq!(raws(t, "Diterbitkan 2022-01-05 10:00"), vec![(cal(5, 1, Some(2022), None), "2022-01-05".into())]);
        assert_eq!(raws(t, "Selasa (11 Januari 2022)"), vec![(cal(11, 1, Some(2022), Some(2)), "Selasa (11 Januari 2022)".into())]);
        assert_eq!(raws(t, "Rabu (12/1) kemarin"), vec![(cal(12, 1, None, Some(3)), "Rabu (12/1)".into())]);
    }

    #[test]
    fn weekdays_and_weeks() {
        let t = &id::TABLE;
        assert_eq!(raws(t, "mengatakan, Rabu, bahwa"), vec![(RawDate::Weekday(3), "Rabu".into())]);
        assert_eq!(raws(t, "pada Kamis."), vec![(RawDate::Weekday(4), "Kamis".into())]);
        assert!(raws(t, "pembicaraan minggu ini dan seminggu terakhir").is_empty());
        assert!(raws(t, "selama dua minggu").is_empty());
        assert!(raws(t, "Minggu lalu ia datang").is_empty());
        assert_eq!(raws(t, "kemarin dia datang"), vec![(RawDate::Relative(-1), "kemarin".into())]);
        // which week a bare weekday is in
        assert_eq!(raws(t, "dilanjutkan pada Rabu besok"), vec![(RawDate::NextWeekday(3), "Rabu besok".into())]);
        assert_eq!(raws(t, "Kamis sore kemarin mereka"), vec![(RawDate::Weekday(4), "Kamis sore kemarin".into())]);
        assert_eq!(raws(&en::TABLE, "talks next Monday"), vec![(RawDate::NextWeekday(1), "next Monday".into())]);
        // a weekday in a clause of what is to come is the coming one
        assert_eq!(raws(&en::TABLE, "He will come to Kentucky on Wednesday."), vec![(RawDate::NextWeekday(3), "Wednesday".into())]);
        assert_eq!(raws(&en::TABLE, "Members are expected to return to work as early as Saturday."), vec![(RawDate::NextWeekday(6), "Saturday".into())]);
        assert_eq!(raws(t, "Presiden akan berkunjung pada Sabtu."), vec![(RawDate::NextWeekday(6), "Sabtu".into())]);
        assert_eq!(raws(&en::TABLE, "It will rain. He came on Wednesday."), vec![(RawDate::Weekday(3), "Wednesday".into())]);
        // a weekday, a part of the day and a date with no brackets
        assert_eq!(raws(t, "Ahad petang, 9 September 2012."), vec![(cal(9, 9, Some(2012), Some(7)), "Ahad petang, 9 September 2012".into())]);
        // counted days from now, and from the day last spoken of
        assert_eq!(raws(t, "tiba tiga hari lalu"), vec![(RawDate::Relative(-3), "tiga hari lalu".into())]);
        assert_eq!(raws(t, "dua hari kemudian ia pulang"), vec![(RawDate::ThatDay(2), "dua hari kemudian".into())]);
        assert_eq!(raws(t, "Besoknya ia pulang"), vec![(RawDate::ThatDay(1), "Besoknya".into())]);
        assert!(raws(t, "selama tiga hari ia pergi").is_empty());
        assert_eq!(raws(&en::TABLE, "three days ago"), vec![(RawDate::Relative(-3), "three days ago".into())]);
        assert_eq!(raws(t, "pada hari itu juga"), vec![(RawDate::ThatDay(0), "hari itu".into())]);
    }

    #[test]
    fn not_dates() {
        let t = &id::TABLE;
        assert!(raws(t, "rasio 24/7 dan 1/3 bagian").is_empty());
        assert!(raws(t, "sekitar 2.500 pasukan selama 10 hari").is_empty());
        // those seven days, no day
        assert!(raws(t, "Selama tujuh hari itu warga mengungsi").is_empty());
        assert!(raws(t, "selama 7 hari itu").is_empty());
        assert!(raws(t, "rasio 21/6 itu").is_empty());
    }

    #[test]
    fn english_forms() {
        let t = &en::TABLE;
        assert_eq!(raws(t, "on January 6, 2022 the"), vec![(cal(6, 1, Some(2022), None), "January 6, 2022".into())]);
        assert_eq!(raws(t, "on 6 January 2022"), vec![(cal(6, 1, Some(2022), None), "6 January 2022".into())]);
        assert_eq!(raws(t, "said on Thursday"), vec![(RawDate::Weekday(4), "Thursday".into())]);
        assert!(raws(t, "it may rain").is_empty());
    }

    #[test]
    fn year_from_context_and_weekday_flag() {
        let ctx = Context { bundle: Date::new(2022, 1, 10), ..Context::default() };
        let r = resolve(cal(13, 1, None, Some(4)), &ctx);
        assert_eq!(r.date.unwrap().to_string(), "2022-01-13");
        assert_eq!(r.inferred, Some(Inferred::Bundle));
        assert!(!r.mismatch);
        let r = resolve(cal(6, 12, None, Some(4)), &ctx);
        assert_eq!(r.date.unwrap().to_string(), "2021-12-06");
        assert!(r.mismatch);
        assert_eq!(r.suggestion.unwrap().to_string(), "2022-01-06");
        // (no reading further from the report than the one written: the
        // report's own date with a wrong weekday stays, flagged)
        let ctx = Context { article: Date::new(2024, 12, 12), ..Context::default() };
        let r = resolve(cal(12, 12, Some(2024), Some(2)), &ctx);
        assert_eq!((r.date.unwrap().to_string(), r.mismatch, r.suggestion), ("2024-12-12".to_string(), true, None));
    }

    #[test]
    fn bare_weekday_and_relative_days() {
        let ctx = Context { article: Date::new(2022, 1, 13), ..Context::default() };
        assert_eq!(resolve(RawDate::Weekday(3), &ctx).date.unwrap().to_string(), "2022-01-12");
        assert_eq!(resolve(RawDate::Weekday(4), &ctx).date.unwrap().to_string(), "2022-01-13");
        assert_eq!(resolve(RawDate::Relative(-1), &ctx).date.unwrap().to_string(), "2022-01-12");
        let none = resolve(RawDate::Weekday(3), &Context::default());
        assert!(none.date.is_none());
        // a day of the month alone: of this month, else of the last
        assert_eq!(resolve(RawDate::MonthDay(13), &ctx).date.unwrap().to_string(), "2022-01-13");
        assert_eq!(resolve(RawDate::MonthDay(24), &ctx).date.unwrap().to_string(), "2021-12-24");
        let march = Context { article: Date::new(2023, 3, 3), ..Context::default() };
        assert_eq!(resolve(RawDate::MonthDay(28), &march).date.unwrap().to_string(), "2023-02-28");
        assert!(resolve(RawDate::MonthDay(30), &march).date.is_none(), "February has no 30th");
    }

    #[test]
    fn a_day_of_the_month_alone() {
        let t = &id::TABLE;
        assert_eq!(raws(t, "Tanggal 24 kemarin banjir datang"), vec![(RawDate::MonthDay(24), "Tanggal 24 kemarin".into())]);
        assert_eq!(raws(t, "pada tgl 3 lalu"), vec![(RawDate::MonthDay(3), "tgl 3".into())]);
        // with its month it is a calendar date; a count of dates is none
        assert_eq!(raws(t, "tanggal 20 Juni"), vec![(cal(20, 6, None, None), "20 Juni".into())]);
        assert_eq!(raws(t, "tanggal 45"), vec![]);
    }

    #[test]
    fn a_year_the_article_names_comes_before_the_clock() {
        let ctx = Context { today: Date::new(2026, 11, 23), year_hints: hints(&[2014, 2019]), ..Context::default() };
        assert_eq!(ctx.year_hints, [2019, 2014, 0, 0]);
        let r = resolve(cal(21, 5, None, Some(2)), &ctx);
        assert_eq!(r.date.unwrap().to_string(), "2019-05-21");
        assert_eq!(r.inferred, Some(Inferred::Article));
        assert_eq!(resolve(cal(3, 4, None, None), &ctx).date.unwrap().to_string(), "2019-04-03");
    }

    #[test]
    fn weekday_alone_picks_the_year() {
        let ctx = Context { today: Date::new(2026, 11, 23), ..Context::default() };
        let r = resolve(cal(13, 1, None, Some(4)), &ctx);
        assert_eq!(r.date.unwrap().to_string(), "2022-01-13");
        assert_eq!(r.inferred, Some(Inferred::Weekday));
    }
}
