//! When each article was reported: the day it was published, else the
//! latest date it gives about itself; of one day's reports, which is later.

use super::key::Group;
use crate::extract::ArticleMentions;
use crate::lang::RUNNING_TALLIES;

/// How many days after an article's own date a date it gives may still be
/// when it was reported: its own date is often the event's (the lead's
/// "Senin (21/11)") and the report a day or two later, while a date further
/// on is one it looks ahead to ("setelah 23 Januari", ten days on).
const REPORT_LAG_DAYS: i64 = 3;

/// When an article was reported (ISO date): the day it was published, else
/// the latest calendar date it
/// gives up to [`REPORT_LAG_DAYS`] after its own date (dateline, first
/// paragraph), or the latest it gives when it has no date of its own (a
/// report is not older than what it tells of). None when it gives no date.
pub fn report_date(a: &ArticleMentions) -> Option<String> {
    use crate::calendar::Date;
    // the day it was published says it best
    if a.published {
        return a.date.clone();
    }
    let own = a.date.as_deref().and_then(Date::parse_iso);
    let until = own.map(|d| d.add_days(REPORT_LAG_DAYS).days());
    // the latest (the last of equal ones) of the dates it gives, then its own
    let mut latest: Option<Date> = None;
    // (each date it gives, then, past the last, its own)
    for k in 0..=a.dates.len() {
        let d = match a.dates.get(k) {
            Some(d) if d.kind == "calendar" => d.date.as_deref().and_then(Date::parse_iso),
            Some(_) => continue,
            None => own,
        };
        if let Some(d) = d.filter(|d| until.is_none_or(|u| d.days() <= u)) {
            if latest.is_none_or(|l| d.days() >= l.days()) {
                latest = Some(d);
            }
        }
    }
    latest.map(|d| d.iso())
}

/// Orders one day's reports: the one that gives the larger value of the
/// running tally most articles give is the later (a toll only grows). Each
/// article's place in its day (0 when it gives no such value).
pub(super) fn order_within_days(groups: &[Group], articles: usize) -> Vec<u32> {
    let mut order = vec![0; articles];
    // the tally most articles give (the last of equal ones)
    let mut tally: Option<(&Group, usize)> = None;
    for g in groups {
        if g.mentions.iter().any(|(_, m)| RUNNING_TALLIES.holds_some(m.event)) {
            let count = g.articles();
            if tally.is_none_or(|(_, most)| count >= most) {
                tally = Some((g, count));
            }
        }
    }
    if let Some((tally, _)) = tally {
        for &(a, m) in &tally.mentions {
            if !m.superseded {
                order[a] = order[a].max(m.value.or(m.low).unwrap_or(0.0) as u32);
            }
        }
    }
    order
}
