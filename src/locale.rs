//! Numbers and dates as the card shows them (`2.500`, `1,8 juta`,
//! `13 Januari 2022`; `2,500`, `1.8 million`, `January 13, 2022`), in the
//! card's language, from its table ([`crate::lang`]): the same in the CLI
//! and in the browser.
//!
//! Not by the browser's `Intl`: its first use in a page took 30-60 ms of
//! one task (ICU's locale data, measured in Chromium), the largest part of
//! the time to a first card; and a number in an English card is written as
//! English writes it whatever the page's language (`2.500` in an English
//! sentence reads as two and a half). A region of the locale asked for
//! still orders the date (`en-GB`: `13 January 2022`).

use crate::calendar::Date;
use crate::lang;
use crate::text::push_decimal;

/// Where the card's numbers and dates are written: the `locale` asked for
/// (a BCP 47 tag: its region orders dates) and the card's language (its
/// table writes them).
#[derive(Clone, Copy, Debug)]
pub struct Locale<'a> {
    pub tag: &'a str,
    pub lang: &'a str,
}

impl Locale<'_> {
    /// A number, grouped, with at most 2 decimals, and from a million up
    /// with its scale spelled out (`1,8 juta`, `2.500`, `1.8 million`).
    pub fn number(&self, v: f64) -> String {
        let table = lang::table(self.lang);
        let (dec, thousands) = if table.decimal_sep == ',' { (",", ".") } else { (".", ",") };
        // the largest scale from a million up that fits, named by the
        // table's first (full) word for it: "juta", "million", not "jt"
        let (mut factor, mut word) = (1.0, "");
        // (by index, each word by `Packed::nth`: no zipped iterator in the wasm)
        for (i, &k) in table.scales.values.iter().enumerate() {
            let (w, f) = (table.scales.words.nth(i), f64::from(k) * 1e3);
            if f >= 1e6 && v.abs() >= f && f > factor {
                (factor, word) = (f, w);
            }
        }
        let mut out = String::new();
        if v < 0.0 {
            out.push_str("-");
        }
        let hundredths = round(v.abs() / factor * 100.0) as u64;
        push_grouped(hundredths / 100, thousands, &mut out);
        let frac = hundredths % 100;
        if frac > 0 {
            out.push_str(dec);
            // (no trailing zero: 2,5 not 2,50)
            if frac.is_multiple_of(10) {
                push_decimal(frac / 10, 1, &mut out);
            } else {
                push_decimal(frac, 2, &mut out);
            }
        }
        if !word.is_empty() {
            out.push_str(" ");
            out.push_str(word);
        }
        out
    }

    /// `2022-01-13` as `13 Januari 2022`, `January 13, 2022` (month first
    /// where the language writes it so, unless the tag's region does not:
    /// `en-GB`), else as it is.
    pub fn date(&self, iso: &str) -> String {
        let Some(d) = Date::parse_iso(iso) else { return iso.to_string() };
        let table = lang::table(self.lang);
        let mut month = String::new();
        // (by index, the name by `Packed::nth`: no zipped iterator in the wasm)
        if let Some(k) = table.months.values.iter().position(|&m| m == u32::from(d.month)) {
            month.push_str(table.months.words.nth(k));
            crate::text::capitalize(&mut month);
        }
        // (the tag's last subtag, when it has more than one, is its region)
        let region = crate::text::split_byte(self.tag, b'-').skip(1).last();
        let mut out = String::new();
        if table.month_first && region.is_none_or(|r| table.month_first_regions.has(r)) {
            crate::push_cat!(out, month, " ", u32::from(d.day), ", ", d.year as u32);
        } else {
            crate::push_cat!(out, u32::from(d.day), " ", month, " ", d.year as u32);
        }
        out
    }
}

/// `x.round()` for `x` not below zero (half away from zero), by `trunc`, which
/// is one wasm instruction: `round` is none, and compiler-builtins' copy of it
/// left the wasm (73 B gzip less, measured). The fraction `x - trunc(x)` is
/// exact, and from 2^52 up there is none.
fn round(x: f64) -> f64 {
    let t = x.trunc();
    if x - t >= 0.5 {
        t + 1.0
    } else {
        t
    }
}

/// `n` with its thousands grouped by `sep` (`2.500`).
fn push_grouped(n: u64, sep: &str, out: &mut String) {
    if n >= 1000 {
        push_grouped(n / 1000, sep, out);
        out.push_str(sep);
        push_decimal(n % 1000, 3, out);
    } else {
        push_decimal(n, 1, out);
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
    fn round_is_f64_round_from_zero_up() {
        let mut xs = vec![0.0, 0.5, 1.5, 2.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0, 1e300, f64::MAX, f64::INFINITY, f64::NAN];
        for i in 0..20_000u32 {
            xs.push(f64::from(i) / 8.0);
            xs.push(f64::from(i) * 0.01 * 100.0);
            xs.push(f64::from(i).mul_add(1.000_000_7, 0.5));
        }
        for x in xs {
            assert_eq!(round(x).to_bits(), x.round().to_bits(), "{x}");
        }
    }

    #[test]
    fn dates_in_the_card_language() {
        assert_eq!(tables("id").date("2022-01-13"), "13 Januari 2022");
        assert_eq!(tables("en").date("2022-01-13"), "January 13, 2022");
        assert_eq!(tables("id").date("nonsense"), "nonsense");
    }

    #[test]
    fn a_region_orders_the_date_and_numbers_round_to_two_decimals() {
        let en = |tag| Locale { tag, lang: "en" };
        assert_eq!(en("en-GB").date("2022-01-13"), "13 January 2022");
        assert_eq!(en("en-US").date("2022-01-13"), "January 13, 2022");
        assert_eq!(en("EN-us").date("2022-01-13"), "January 13, 2022");
        assert_eq!(en("de").date("2022-01-13"), "January 13, 2022");
        assert_eq!(Locale { tag: "id-ID", lang: "id" }.date("2022-12-01"), "1 Desember 2022");
        assert_eq!(en("en").number(1_234_567_890.0), "1.23 billion");
        assert_eq!(en("en").number(3.725), "3.73");
        assert_eq!(en("en").number(0.5), "0.5");
        assert_eq!(en("en").number(-12_000.0), "-12,000");
        assert_eq!(tables("id").number(2_923_700_000_000.0), "2,92 triliun");
        assert_eq!(tables("id").number(1_000_000.0), "1 juta");
        assert_eq!(tables("id").number(999_999.0), "999.999");
    }
}
