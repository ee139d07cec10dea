//! When each article was reported: the day it was published, else the
//! latest date it gives about itself.

use crate::extract::ArticleMentions;

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
    let given = a.dates.iter().filter(|d| d.kind == "calendar").filter_map(|d| d.date.as_deref().and_then(Date::parse_iso));
    given.chain(own).filter(|d| until.is_none_or(|u| d.days() <= u)).max_by_key(|d| d.days()).map(|d| d.iso())
}
