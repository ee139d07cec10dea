//! Numbers and dates as the card shows them (`2.500`, `1,8 juta`,
//! `13 Januari 2022`; `2,500`, `1.8 million`, `January 13, 2022`).
//!
//! By default from the language tables ([`crate::lang`]): the CLI and any
//! native use. A platform with its own locale data installs a [`Platform`]
//! once — the browser build (`web`) installs `Intl.NumberFormat` and
//! `Intl.DateTimeFormat` — and then any BCP 47 locale formats as the reader
//! expects (`de` → `2.500`, `13. Januar 2022`). When the platform declines
//! the locale it is asked again with the card's language (`id`, `en`). The
//! tables are the fallback natively; the browser build leaves them out
//! (its platform always formats) and keeps only a bare last resort.

#[cfg(not(target_arch = "wasm32"))]
use crate::{calendar::Date, lang};
use std::sync::atomic::{AtomicPtr, Ordering};

/// What the card writes in a locale.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    /// A number: grouped, at most 2 decimals, and from a million up with
    /// the scale spelled out (`1,8 juta`, `1.8 million`).
    Number(f64),
    /// An ISO date (`2022-01-13`), as day, month name and year.
    Date(&'a str),
}

/// Formatting done by the platform; `None` means "use the tables".
pub struct Platform {
    /// A value written in `locale` (one function for numbers and dates:
    /// one fallback path in [`Locale`]).
    pub format: fn(value: Value, locale: &str) -> Option<String>,
}

/// The installed platform: null, or a `&'static Platform` (an atomic
/// pointer rather than a `OnceLock`, whose generic machinery cost the wasm
/// more than the rest of this module).
static PLATFORM: AtomicPtr<Platform> = AtomicPtr::new(std::ptr::null_mut());

/// Installs the platform's formatting (once; later calls are ignored).
pub fn set_platform(platform: &'static Platform) {
    let new = (platform as *const Platform).cast_mut();
    let _ = PLATFORM.compare_exchange(std::ptr::null_mut(), new, Ordering::AcqRel, Ordering::Acquire);
}

fn platform() -> Option<&'static Platform> {
    // SAFETY: PLATFORM is null or was set from a `&'static Platform`, which
    // is never written through
    unsafe { PLATFORM.load(Ordering::Acquire).as_ref() }
}

/// Where the card's numbers and dates are written: the `locale` asked for
/// (a BCP 47 tag, for the platform) and the card's language (for the tables).
#[derive(Clone, Copy, Debug)]
pub struct Locale<'a> {
    pub tag: &'a str,
    pub lang: &'a str,
}

impl Locale<'_> {
    fn tag(&self) -> &str {
        if self.tag.is_empty() {
            self.lang
        } else {
            self.tag
        }
    }

    pub fn number(&self, v: f64) -> String {
        self.format(Value::Number(v))
    }

    pub fn date(&self, iso: &str) -> String {
        self.format(Value::Date(iso))
    }

    /// `value` by the platform in the locale asked for, else in the card's
    /// language, else by the tables.
    #[inline(never)]
    fn format(&self, value: Value) -> String {
        platform().and_then(|p| (p.format)(value, self.tag()).or_else(|| (p.format)(value, self.lang))).unwrap_or_else(|| match value {
            Value::Number(v) => table_number(v, self.lang),
            Value::Date(iso) => table_date(iso, self.lang),
        })
    }
}

/// In the browser build, where `Intl` formats: only a last resort (the
/// number rounded, the date as ISO) for a platform that formats nothing.
#[cfg(target_arch = "wasm32")]
fn table_number(v: f64, _lang_code: &str) -> String {
    let mut out = String::new();
    if v < 0.0 {
        out.push_str("-");
    }
    crate::text::push_decimal(v.abs().round() as u64, 1, &mut out);
    out
}

#[cfg(target_arch = "wasm32")]
fn table_date(iso: &str, _lang_code: &str) -> String {
    iso.to_string()
}

/// Formats a number for the card in the language's notation, with its scale
/// word for millions and up (`1,8 juta`, `2.500`, `1.8 million`).
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_macros)] // native only (clippy.toml)
fn table_number(v: f64, lang_code: &str) -> String {
    let table = lang::table(lang_code);
    let (dec, thousands) = if table.decimal_sep == ',' { (',', '.') } else { ('.', ',') };
    let mut scaled = v;
    let mut scale_word = "";
    // the largest scale from a million up that fits, named by the table's
    // first (full) word for it: "juta", "million" — not "jt", "mln"
    let mut factor = 0.0;
    for &k in table.scales.values {
        let f = f64::from(k) * 1e3;
        if f >= 1e6 && v.abs() >= f {
            factor = f64::max(factor, f);
        }
    }
    if let Some((word, k)) = table.scales.iter().find(|&(_, k)| f64::from(k) * 1e3 == factor) {
        scaled = v / (f64::from(k) * 1e3);
        scale_word = word;
    }
    let rounded = (scaled * 100.0).round() / 100.0;
    let int = rounded.trunc() as i64;
    let frac = ((rounded - int as f64).abs() * 100.0).round() as i64;
    let digits = int.abs().to_string();
    let mut grouped = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    if int < 0 {
        grouped.insert(0, '-');
    }
    if frac > 0 {
        grouped.push(dec);
        let f = format!("{frac:02}");
        grouped.push_str(f.trim_end_matches('0'));
    }
    if !scale_word.is_empty() {
        grouped.push(' ');
        grouped.push_str(scale_word);
    }
    grouped
}

/// `2022-01-13` → `13 Januari 2022` in the card's language.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_macros)] // native only (clippy.toml)
fn table_date(iso: &str, lang_code: &str) -> String {
    let Some(d) = Date::parse_iso(iso) else { return iso.to_string() };
    let table = lang::table(lang_code);
    let month = table.months.iter().find(|&(_, m)| m == u32::from(d.month)).map_or(String::new(), |(name, _)| {
        let mut c = name.chars();
        c.next().map_or(String::new(), |f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
    });
    if table.month_first {
        format!("{} {}, {}", month, d.day, d.year)
    } else {
        format!("{} {} {}", d.day, month, d.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(lang: &str) -> Locale<'_> {
        Locale { tag: lang, lang }
    }

    #[test]
    fn numbers_in_the_card_language() {
        assert_eq!(tables("id").number(2500.0), "2.500");
        assert_eq!(tables("en").number(2500.0), "2,500");
        assert_eq!(tables("id").number(1_800_000.0), "1,8 juta");
        assert_eq!(tables("en").number(1_800_000.0), "1.8 million");
        assert_eq!(tables("id").number(12.5), "12,5");
    }

    #[test]
    fn dates_in_the_card_language() {
        assert_eq!(tables("id").date("2022-01-13"), "13 Januari 2022");
        assert_eq!(tables("en").date("2022-01-13"), "January 13, 2022");
        assert_eq!(tables("id").date("nonsense"), "nonsense");
    }
}
