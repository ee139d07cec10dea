//! Language knowledge as data: one [`LangTable`] per language.
//!
//! Everything the extractor knows about a language lives in a table here —
//! number words, scales, vague counts, qualifiers, months, weekdays, counted
//! nouns with their categories, event words, boilerplate markers and credit
//! phrases. The extractor code never names a word of any language itself;
//! adding a language means adding a table and listing it in [`ALL`].

pub mod en;
pub mod id;

use serde::Serialize;
use std::ops::Deref;
use std::sync::atomic::{AtomicPtr, Ordering};

/// A table of words (or of entries with a few fields) written as one string
/// and split into its entries on first use; it derefs to that slice.
///
/// As `&str` slices every entry costs the wasm a pointer and a length
/// besides its letters (1.6 KB gzip of data over these tables); packed, only
/// the letters ship (0.6 KB gzip net of the code that splits them). Entries
/// end with `\x1e`, fields are separated by `\x1f` (no table word has
/// either). Written with the macros [`words!`](crate::words!),
/// [`pairs!`](crate::pairs!) and [`nouns!`](crate::nouns!), so a table still
/// reads as a list of words. Not generic: one copy of the splitting in the
/// wasm for every kind of table ([`Pairs`] and [`Nouns`] read an entry's
/// fields when they look it up).
///
/// A table is only its number among every table's text ([`Text`]), laid
/// end to end in one string when compiled ([`BLOB`]): a byte in the wasm,
/// where a pointer, a length and a cache were twelve (and a language's
/// tables compressed to half a kilobyte). Its split is cached by that
/// number too ([`CACHE`]). Read by value: a reader passes the byte, not
/// its address (a load where there was an address's sum, a constant of a
/// byte where there was one of three).
#[derive(Clone, Copy)]
pub struct Packed(u8);

/// A table's text as written ([`words!`](crate::words!)), before it is
/// [located](Text::locate) among every table's ([`TEXTS`]).
#[derive(Clone, Copy)]
pub struct Text(pub &'static str);

/// A packed table's entries, split: in order, and again grouped by the
/// ASCII letter they start with ([`letter`]) for lookups, with their
/// index: a word can only equal (case-insensitively, see [`eq_ci`]) an
/// entry of its own first letter, and a phrase that matches tokens starts
/// like the first of them. Tables are matched at every token; a lookup
/// reads only the few entries of its letter. The grouped list starts with
/// 28 entries that only hold where each letter's entries start (and the
/// last end): in the one vector, not an array beside it.
type Items = (Vec<&'static str>, Vec<(usize, &'static str)>);

/// Every table's text, each once: the languages' ([`LangTable::texts`]),
/// then the rest ([`OTHER_TEXTS`]). A [`Packed`] is its text's place here.
const TEXTS: ([&str; ALL_TEXTS.len()], usize) = unique(ALL_TEXTS);
const ALL_TEXTS: [&str; 2 * LANG_TEXTS + OTHER_TEXTS.len() + TEST_TEXTS.len()] = join(&[&en::SOURCE.texts(), &id::SOURCE.texts(), &OTHER_TEXTS, &TEST_TEXTS]);
const BLOB_LEN: usize = blob_len();
static BLOB_BYTES: [u8; BLOB_LEN] = blob_bytes();

/// The texts of [`TEXTS`] end to end, each followed by [`TEXT_END`]
/// (no table has the byte): the place of a text is found by counting them,
/// once per table, before its split is cached. (A byte a text, not a
/// table of where each ends: two bytes a text that compressed badly; 147 B
/// gzip less shipped, measured.)
static BLOB: &str = match std::str::from_utf8(&BLOB_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("tables are UTF-8"),
};

/// What ends each text in [`BLOB`] (ASCII's group separator).
const TEXT_END: u8 = 0x1d;

/// Each table's split, by its number: null until the first use splits its
/// text, then its [`Items`], leaked. (Not a `OnceLock`: a null pointer is
/// all zeros, no data in the wasm.)
static CACHE: [AtomicPtr<Items>; TEXTS.1] = [const { AtomicPtr::new(std::ptr::null_mut()) }; TEXTS.1];

/// Natively, a table's filters of the words its entries hold at one end,
/// each word's ASCII case folded: a lookup whose word they rule out
/// reads no entry. Computed when compiled ([`filters`]). In the wasm built
/// for speed (feature `speed`: the JS API's module, fetched only by a page
/// that calls it) too, their lengths only; not in the element's, built for
/// size, which reads the entries (they would be 0.1 MB of every page's
/// download).
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
struct Filter {
    /// For each letter a word may start with ([`letter`]), a bit for each
    /// length of such a word (bit 63: any longer). A word of ASCII can only
    /// equal one of its length (see [`find_ci`]; no table has a
    /// typographic apostrophe, a test holds them to it): most lookups end
    /// at this bit.
    lengths: [u64; 27],
    /// A Bloom filter of the words ([`fold`], [`word_bits`]): a word of
    /// ASCII whose two bits are not both set is none of them. For the
    /// lookups its lengths let pass (the larger tables, of event words,
    /// nouns and stopwords, have most lengths at most letters).
    words: [u64; WORD_BITS / 64],
}

#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
impl Filter {
    /// Whether an entry may hold the word `w` (false rules them all out).
    #[inline(always)]
    fn may_hold(&self, w: &str) -> bool {
        let lengths = self.lengths[letter(w)];
        if lengths >> w.len().min(63) & 1 == 0 {
            return lengths != 0 && !w.is_ascii();
        }
        // (the wasm's lengths do the work: see [`WORD_BITS`])
        cfg!(target_arch = "wasm32") || self.may_be(w)
    }

    /// The Bloom filter's part of [`Filter::may_hold`] (not inlined: the
    /// rarer part of a lookup).
    #[inline(never)]
    fn may_be(&self, w: &str) -> bool {
        let (mut h, mut high) = (FOLD_START, 0);
        for &b in w.as_bytes() {
            h = fold(h, b);
            high |= b;
        }
        let (a, c) = word_bits(h);
        high >= 0x80 || (self.words[a / 64] >> (a % 64) & 1 != 0 && self.words[c / 64] >> (c % 64) & 1 != 0)
    }
}

/// Natively, for each table, the [`Filter`] of the words a lookup's word
/// may equal: an entry, its key, or the first word of its phrase (those
/// that end where the entry, a field or a word ends).
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
static FIRSTS: [Filter; TEXTS.1] = FILTERS.0;

/// Natively, for each table, the [`Filter`] of the last words of its
/// phrases ([`Packed::earliest_before`] reads the tokens back from one).
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
static LASTS: [Filter; TEXTS.1] = FILTERS.1;

/// The bits of a [`Filter`]'s words (a power of two). The wasm reads no
/// Bloom filter ([`Filter::may_hold`]; 64 bits of nothing kept per table):
/// its lengths do most of the work there, and 2048 bits made the module 9
/// KB gzip and 34 KB larger (over webpack's default hint for an asset, 244
/// KiB) for 5 % of speed, measured.
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const WORD_BITS: usize = if cfg!(target_arch = "wasm32") { 64 } else { 2048 };

#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const FILTERS: ([Filter; TEXTS.1], [Filter; TEXTS.1]) = filters();

#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const fn filters() -> ([Filter; TEXTS.1], [Filter; TEXTS.1]) {
    const NONE: Filter = Filter { lengths: [0; 27], words: [0; WORD_BITS / 64] };
    let (mut firsts, mut lasts) = ([NONE; TEXTS.1], [NONE; TEXTS.1]);
    let mut t = 0;
    while t < TEXTS.1 {
        let b = TEXTS.0[t].as_bytes();
        // each entry (as `Packed::items` splits them: none after the last separator)
        let mut start = 0;
        while start < b.len() {
            let (mut i, mut h, mut last) = (start, FOLD_START, start);
            loop {
                if i == b.len() || matches!(b[i], 0x1e | 0x1f | b' ') {
                    add_word(&mut firsts[t], b, start, i, h);
                }
                if i == b.len() || b[i] == 0x1e {
                    break;
                }
                h = fold(h, b[i]);
                i += 1;
                if b[i - 1] == b' ' {
                    last = i;
                }
            }
            // (the last word as `text::split_byte` splits the phrase at its spaces)
            let (mut k, mut h) = (last, FOLD_START);
            while k < i {
                h = fold(h, b[k]);
                k += 1;
            }
            add_word(&mut lasts[t], b, last, i, h);
            start = i + 1;
        }
        t += 1;
    }
    (firsts, lasts)
}

/// Adds the word `b[start..end]`, of hash `h`, to `filter`.
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const fn add_word(filter: &mut Filter, b: &[u8], start: usize, end: usize, h: u64) {
    let l = if start < end { (b[start] | 0x20).wrapping_sub(b'a') } else { 26 };
    let l = if l < 26 { l as usize } else { 26 };
    filter.lengths[l] |= 1 << if end - start < 63 { end - start } else { 63 };
    let (x, y) = word_bits(h);
    filter.words[x / 64] |= 1 << (x % 64);
    filter.words[y / 64] |= 1 << (y % 64);
}

/// The hash of no byte ([`fold`]).
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const FOLD_START: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of a word with the byte `b` after it (FNV-1a), ASCII case
/// folded (`| 0x20`: also some punctuation, which only makes a lookup read
/// the entries).
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const fn fold(h: u64, b: u8) -> u64 {
    (h ^ (b | 0x20) as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

/// The two bits of a [`Filter`]'s words of a word's hash.
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
const fn word_bits(h: u64) -> (usize, usize) {
    let h = (h ^ (h >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let h = h ^ (h >> 29);
    (h as usize % WORD_BITS, (h >> 32) as usize % WORD_BITS)
}

/// `parts` one after the other.
const fn join<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let (mut out, mut n, mut p) = ([""; N], 0, 0);
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[n] = parts[p][i];
            n += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(n == N);
    out
}

/// `texts` without repeats (the first of equal ones stays), and how many.
const fn unique<const N: usize>(texts: [&'static str; N]) -> ([&'static str; N], usize) {
    let (mut out, mut n, mut i) = ([""; N], 0, 0);
    while i < N {
        if find_text(&out, n, texts[i]) == n {
            out[n] = texts[i];
            n += 1;
        }
        i += 1;
    }
    (out, n)
}

/// The place of `text` among the first `n` of `texts`, else `n`.
const fn find_text(texts: &[&str], n: usize, text: &str) -> usize {
    let mut i = 0;
    while i < n {
        let (a, b) = (texts[i].as_bytes(), text.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    n
}

const fn blob_len() -> usize {
    let (mut len, mut i) = (0, 0);
    while i < TEXTS.1 {
        len += TEXTS.0[i].len() + 1;
        i += 1;
    }
    assert!(TEXTS.1 <= 256);
    len
}

const fn blob_bytes() -> [u8; BLOB_LEN] {
    let (mut out, mut n, mut i) = ([0; BLOB_LEN], 0, 0);
    while i < TEXTS.1 {
        let t = TEXTS.0[i].as_bytes();
        let mut k = 0;
        while k < t.len() {
            assert!(t[k] != TEXT_END, "a table has the byte that ends a text");
            out[n] = t[k];
            n += 1;
            k += 1;
        }
        out[n] = TEXT_END;
        n += 1;
        i += 1;
    }
    out
}

impl Text {
    /// The table of this text: its place in [`TEXTS`] (a text missing
    /// there fails to compile where it is located in a `static`).
    pub const fn locate(&self) -> Packed {
        let i = find_text(&TEXTS.0, TEXTS.1, self.0);
        assert!(i < TEXTS.1, "a table's text is missing from TEXTS");
        Packed(i as u8)
    }
    const fn text(&self) -> &'static str {
        self.0
    }
}

impl Packed {
    /// The table of `text` (one of [`TEXTS`]).
    pub const fn new(text: &'static str) -> Packed {
        Text(text).locate()
    }

    /// Its text.
    fn text(self) -> &'static str {
        // (the texts before it skipped by a plain loop: 25 B gzip less
        // shipped than `nth`, measured)
        let mut texts = crate::text::split_byte(BLOB, TEXT_END);
        for _ in 0..self.0 {
            texts.next();
        }
        texts.next().unwrap_or_default()
    }

    // not inlined: one copy, not one at each of the many places a table is read
    #[inline(never)]
    fn items(self) -> &'static Items {
        let cache = &CACHE[self.0 as usize];
        // SAFETY: the cache is null or was set from a leaked `Box<Items>`,
        // never written through nor freed
        if let Some(items) = unsafe { cache.load(Ordering::Acquire).as_ref() } {
            return items;
        }
        // (as `split_terminator`: no entry after the last separator)
        let mut entries: Vec<&'static str> = Vec::new();
        for e in crate::text::split_byte(self.text(), 0x1e) {
            entries.push(e);
        }
        if entries.last() == Some(&"") {
            entries.pop();
        }
        let mut by_letter = Vec::new();
        for _ in 0..28 {
            by_letter.push((0, ""));
        }
        for l in 0..28 {
            by_letter[l].0 = by_letter.len();
            for (i, &e) in entries.iter().enumerate() {
                if letter(e) == l {
                    by_letter.push((i, e));
                }
            }
        }
        // (threads that split a table at once each keep their own split, the
        // same entries; the last one stays, none is freed)
        let items = Box::leak(Box::new((entries, by_letter)));
        cache.store(items, Ordering::Release);
        items
    }

    /// Entry `k` (not inlined: one copy for the names of every enum the
    /// tables spell, [`Category::as_str`] and the like).
    #[inline(never)]
    pub fn nth(self, k: usize) -> &'static str {
        self.items().0[k]
    }

    /// The entries (with their index) that may equal `w` or start a phrase
    /// whose first word `w` is: those that start with its letter (either
    /// case), or with no ASCII letter when `w` does not, in table order.
    fn starting_like(self, w: &str) -> &'static [(usize, &'static str)] {
        let by_letter = &self.items().1;
        let l = letter(w);
        &by_letter[by_letter[l].0..by_letter[l + 1].0]
    }

    /// Natively, whether an entry may equal `w` or start a phrase whose
    /// first word `w` is ([`FIRSTS`]): false rules them all out.
    #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
    #[inline(always)]
    fn may_hold(self, w: &str) -> bool {
        FIRSTS[self.0 as usize].may_hold(w)
    }

    /// Whether an entry may start like `w` (case-insensitive): false only
    /// when `w` starts with an ASCII letter no entry starts with, or with
    /// anything else (punctuation, a digit) when every entry starts with a
    /// letter.
    pub fn may_start(self, w: &str) -> bool {
        !self.starting_like(w).is_empty()
    }

    /// The longest of the entries (phrases) at token `start`: its index and
    /// its length in tokens (the first of equally long ones). Not generic:
    /// one copy for every [`Keyed`] table's values.
    #[inline(never)]
    fn longest_phrase_at(self, toks: &[crate::text::Token], start: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
        if !self.may_hold(toks.get(start)?.text) {
            return None;
        }
        for &(i, p) in self.starting_like(toks.get(start)?.text) {
            if let Some(n) = crate::text::phrase_at(toks, start, p) {
                if best.is_none_or(|(_, m)| n > m) {
                    best = Some((i, n));
                }
            }
        }
        best
    }

    /// Whether `w` is one of the entries exactly (`contains` on the
    /// entries: one call, not a deref and a search at every reader).
    #[inline(never)]
    pub fn holds(self, w: &str) -> bool {
        crate::order::contains(&self, w)
    }

    /// Whether there is a `w` and it is one of the entries exactly
    /// ([`Packed::holds`] of an optional word). (Left to the compiler: 26 B
    /// gzip less in the wasm than kept apart for the one call at each
    /// reader, measured.)
    pub fn holds_some(self, w: Option<&str>) -> bool {
        w.is_some_and(|w| self.holds(w))
    }

    /// Whether `w` is one of the entries (case-insensitive).
    pub fn has(self, w: &str) -> bool {
        self.find(w).is_some()
    }

    /// The first entry (with its index) whose first field is `w`
    /// (case-insensitive): [`find_ci`] over those that may be it.
    #[cfg(all(target_arch = "wasm32", not(feature = "speed")))]
    #[inline(never)]
    fn find(self, w: &str) -> Option<(usize, &'static str)> {
        find_ci(self.starting_like(w), w)
    }

    /// Natively, [`Packed::may_hold`] where the lookup is (most lookups
    /// end there: no call), then the entries.
    #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
    #[inline(always)]
    fn find(self, w: &str) -> Option<(usize, &'static str)> {
        if !self.may_hold(w) {
            return None;
        }
        self.find_entry(w)
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
    #[inline(never)]
    fn find_entry(self, w: &str) -> Option<(usize, &'static str)> {
        find_ci(self.starting_like(w), w)
    }

    /// The index of the first entry that is `w` (case-insensitive), else
    /// `usize::MAX`, which indexes nothing: a plain number, so what
    /// [`Keyed::get`] adds to it for each kind of value is one bounds check.
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
    fn index(self, w: &str) -> usize {
        self.find(w).map_or(usize::MAX, |(i, _)| i)
    }

    /// Whether the text of token `t` is one of the entries
    /// (case-insensitive): [`Packed::has`] passed the token, not its text.
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
    pub fn has_text(self, t: &crate::text::Token) -> bool {
        self.has(t.text)
    }

    /// Whether token `k` of `toks` is there and its text one of the entries
    /// (case-insensitive): one call, not a bounds check and an address at
    /// each reader of a token by its index.
    #[inline(never)]
    pub fn has_at(self, toks: &[crate::text::Token], k: usize) -> bool {
        toks.get(k).is_some_and(|t| self.has_text(t))
    }

    /// Whether token `k` of `toks` is there and a word among the entries
    /// (case-insensitive), as [`Packed::has_at`] reads it.
    #[inline(never)]
    pub fn word_at(self, toks: &[crate::text::Token], k: usize) -> bool {
        self.has_word(toks.get(k))
    }

    /// Whether `t` is a word among the entries (case-insensitive).
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
    pub fn has_word(self, t: Option<&crate::text::Token>) -> bool {
        t.is_some_and(|t| t.is_word() && self.has_text(t))
    }

    /// Whether `line` starts with one of the entries (case-insensitive).
    pub fn starts(self, line: &str) -> bool {
        self.starting_like(line).iter().any(|&(_, p)| line.get(..p.len()).is_some_and(|head| eq_ci(head, p)))
    }

    /// Whether `w` ends with one of the entries (case-sensitive).
    pub fn ends(self, w: &str) -> bool {
        for e in self.iter() {
            if w.ends_with(e) {
                return true;
            }
        }
        false
    }

    /// Of the entries (phrases) that end right before token `end`, the one
    /// that starts first (the first listed of those that start there): its
    /// index and its first token.
    #[inline(never)]
    pub fn earliest_before(self, toks: &[crate::text::Token], end: usize) -> Option<(usize, usize)> {
        // (natively, none when no phrase may end with the token before `end`)
        #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
        if !toks.get(end.wrapping_sub(1)).is_some_and(|t| LASTS[self.0 as usize].may_hold(t.text)) {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for (k, p) in self.iter().enumerate() {
            if let Some(s) = crate::text::phrase_before(toks, end, p) {
                if best.is_none_or(|(_, b)| s < b) {
                    best = Some((k, s));
                }
            }
        }
        best
    }

    /// The length in tokens of the first entry (a phrase) that matches the
    /// tokens from `start`.
    pub fn phrase_at(self, toks: &[crate::text::Token], start: usize) -> Option<usize> {
        #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
        if !self.may_hold(toks.get(start)?.text) {
            return None;
        }
        for &(_, p) in self.starting_like(toks.get(start)?.text) {
            if let Some(n) = crate::text::phrase_at(toks, start, p) {
                return Some(n);
            }
        }
        None
    }
}

/// The ASCII letter `s` starts with (either case) as 0–25; 26 for anything
/// else (which [`eq_ci`] only ever equals to something that also does not
/// start with a letter).
/// (Not inlined in the wasm, as [`crate::text::split_byte`].)
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
fn letter(s: &str) -> usize {
    // (`| 0x20` folds ASCII case; what is no letter then lies past `z`)
    s.as_bytes().first().map_or(26, |&b| (b | 0x20).wrapping_sub(b'a').min(26)) as usize
}

impl Deref for Packed {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        &self.items().0
    }
}

/// The fields of a packed entry.
/// (Not inlined in the wasm, as [`crate::text::split_byte`].)
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
fn fields(entry: &str) -> crate::text::SplitByte<'_> {
    crate::text::split_byte(entry, 0x1f)
}

/// The first field of a packed entry and the rest.
fn key_and_rest(entry: &'static str) -> (&'static str, &'static str) {
    let mut f = fields(entry);
    let key = f.next().unwrap_or("");
    (key, entry.get(key.len() + 1..).unwrap_or(""))
}

/// The first of `entries` (with its index) whose first field is `w`
/// (case-insensitive). A word of ASCII can only equal a key of its length
/// (the keys are ASCII but for letters no ASCII word equals, see
/// [`eq_ci`]; a test holds the tables to it), which one byte of the entry
/// tells: the field's end or the entry's.
fn find_ci(entries: &[(usize, &'static str)], w: &str) -> Option<(usize, &'static str)> {
    let ascii = is_ascii(w);
    for &(i, e) in entries {
        let equal = if ascii {
            // (of equal lengths, only ASCII case can differ: see eq_ci)
            e.len() >= w.len() && matches!(e.as_bytes().get(w.len()), None | Some(0x1f)) && e.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        } else {
            eq_ci(fields(e).next().unwrap_or(""), w)
        };
        if equal {
            return Some((i, e));
        }
    }
    None
}

/// A packed table of word pairs (`tewas` → `killed`), looked up by the first.
/// Read by value, as [`Packed`] (not [`Nouns`] nor [`Ui`]: by their
/// address they cost the wasm less).
#[derive(Clone, Copy)]
pub struct Pairs<P = Packed>(pub P);

impl Pairs {
    /// The second word of the first pair whose first is `w` (case-insensitive).
    pub fn get(self, w: &str) -> Option<&'static str> {
        Some(key_and_rest(self.0.find(w)?.1).1)
    }

    /// The first pair from the `from`th that may match (of [`Packed`]'s
    /// entries of the token's letter) whose first part, a phrase, matches
    /// the tokens from `start`: its second part, the tokens the phrase
    /// uses, and the `from` of the next. In table order. Entries that cannot
    /// match an ASCII token, by the first letter ([`Packed`]) or the length
    /// of their first word (see [`find_ci`]), are skipped unsplit. A loop,
    /// not an iterator: one copy in the wasm for every caller.
    pub fn phrase_from(self, toks: &[crate::text::Token], start: usize, from: usize) -> Option<(&'static str, usize, usize)> {
        // an ASCII token (or none) only equals a first word of its length
        let t = toks.get(start).map_or("", |t| t.text);
        #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
        if !self.0.may_hold(t) {
            return None;
        }
        let ascii = is_ascii(t);
        let entries = self.0.starting_like(t);
        for (k, &(_, e)) in entries[from..].iter().enumerate() {
            if ascii && !matches!(e.as_bytes().get(t.len()), Some(b' ' | 0x1f)) {
                continue;
            }
            let (phrase, value) = key_and_rest(e);
            if let Some(n) = crate::text::phrase_at(toks, start, phrase) {
                return Some((value, n, from + k + 1));
            }
        }
        None
    }
}

/// A packed table of counted nouns: word, concept, category.
pub struct Nouns<P = Packed>(pub P);

impl Nouns {
    /// The noun `w` (case-insensitive).
    pub fn get(&self, w: &str) -> Option<CountedNoun> {
        Nouns::from_entry(self.0.find(w)?.1)
    }

    /// This language's first noun for `concept` (`police` → `polisi`).
    pub fn word_for(&self, concept: &str) -> Option<&'static str> {
        for e in self.0.iter() {
            if Nouns::from_entry(e).is_some_and(|n| n.concept == concept) {
                // (the entry's first field)
                return fields(e).next();
            }
        }
        None
    }

    fn from_entry(entry: &'static str) -> Option<CountedNoun> {
        let mut f = fields(entry);
        let word = f.next()?;
        let concept = f.next().filter(|c| !c.is_empty()).unwrap_or(word);
        Some(CountedNoun { concept, category: Category::from_name(f.next().unwrap_or("")) })
    }
}

/// A packed list of words: `words!["yang", "dan"]`.
#[macro_export]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::lang::Text(concat!($($w, "\x1e"),*))
    };
}

/// A packed list of word pairs: `pairs![("tewas", "killed")]`.
#[macro_export]
macro_rules! pairs {
    ($(($a:literal, $b:literal)),* $(,)?) => {
        $crate::lang::Pairs($crate::lang::Text(concat!($($a, "\x1f", $b, "\x1e"),*)))
    };
}

/// A packed list of counted nouns: `nouns! { "orang" => "people", People; "victims" => _, People; }`.
/// Each category is packed as a one-byte code ([`category_code!`](crate::category_code!)):
/// two hundred nouns' `People` and `Count` cost the gzipped wasm 0.1 KB.
#[macro_export]
macro_rules! nouns {
    ($($w:literal => $c:tt, $cat:ident;)*) => {
        $crate::lang::Nouns($crate::lang::Text(concat!($($w, "\x1f", $crate::noun_concept!($c), "\x1f", $crate::category_code!($cat), "\x1e"),*)))
    };
}

/// A noun's concept in a packed noun table: `_` (the noun is its own
/// concept, `"victims" => _`) is packed empty, read as the noun.
#[doc(hidden)]
#[macro_export]
macro_rules! noun_concept {
    (_) => {
        ""
    };
    ($c:literal) => {
        $c
    };
}

/// A category's code in a packed noun table ([`Category::from_name`]); `Count`'s is empty.
#[doc(hidden)]
#[macro_export]
macro_rules! category_code {
    (People) => {
        "P"
    };
    (Money) => {
        "M"
    };
    (Percent) => {
        "%"
    };
    (Duration) => {
        "T"
    };
    (Distance) => {
        "D"
    };
    (Count) => {
        ""
    };
}

/// A table of words with a value each (`("juta", 1e6)`): the words packed as
/// in [`Packed`], the values in a plain array beside them. Without a pointer
/// per entry the wasm's copy of these tables compresses to a fraction (the
/// values are small numbers). Written with [`keyed!`](crate::keyed!), so an
/// entry still reads as a word and its value.
pub struct Keyed<V: 'static, P = Packed> {
    pub words: P,
    pub values: &'static [V],
}

impl<V: Copy> Keyed<V> {
    /// The value of `w` (case-insensitive); the first entry wins.
    pub fn get(&self, w: &str) -> Option<V> {
        self.values.get(self.words.index(w)).copied()
    }

    /// The longest of the table's phrases at token `start` (possibly several
    /// words: `tens of thousands`): its value and the tokens it uses.
    pub fn longest_phrase_at(&self, toks: &[crate::text::Token], start: usize) -> Option<(V, usize)> {
        let (i, used) = self.words.longest_phrase_at(toks, start)?;
        Some((*self.values.get(i)?, used))
    }

    /// The entries in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, V)> + '_ {
        self.words.iter().copied().zip(self.values.iter().copied())
    }
}

impl Pairs<Text> {
    pub const fn locate(&self) -> Pairs {
        Pairs(self.0.locate())
    }
    const fn text(&self) -> &'static str {
        self.0 .0
    }
}

impl Nouns<Text> {
    pub const fn locate(&self) -> Nouns {
        Nouns(self.0.locate())
    }
    const fn text(&self) -> &'static str {
        self.0 .0
    }
}

impl<V> Keyed<V, Text> {
    pub const fn locate(&self) -> Keyed<V> {
        Keyed { words: self.words.locate(), values: self.values }
    }
    const fn text(&self) -> &'static str {
        self.words.0
    }
}

impl Ui<Text> {
    pub const fn locate(&self) -> Ui {
        Ui(self.0.locate())
    }
    const fn text(&self) -> &'static str {
        self.0 .0
    }
}

/// A keyed table: `keyed![("juta", 1e6), ("ribu", 1e3)]`.
#[macro_export]
macro_rules! keyed {
    ($(($w:literal, $v:expr)),* $(,)?) => {
        $crate::lang::Keyed { words: $crate::words![$($w),*], values: &[$($v),*] }
    };
}

/// A keyed table of scales, `scales![("juta", 1e6)]`, held in thousands
/// (`1e12` fits a `u32` so): one `u32` lookup for these and the other
/// tables of whole numbers.
#[macro_export]
macro_rules! scales {
    ($(($w:literal, $v:expr)),* $(,)?) => {
        $crate::keyed![$(($w, ($v / 1e3) as u32)),*]
    };
}

/// A keyed table of vague counts and their ranges, `vague![("ribuan",
/// 1000, 9999)]`, each range one `u32` ([`vague_code`]): one `u32` lookup
/// for these and the other tables of whole numbers.
#[macro_export]
macro_rules! vague {
    ($(($w:literal, $low:expr, $high:expr)),* $(,)?) => {
        $crate::keyed![$(($w, $crate::lang::vague_code($low, $high))),*]
    };
}

/// The range `low..=high` of a vague count as a `u32`: `low` and `high + 1`
/// are `a` and `b` times one power of ten `10^e` (each below 256), held as
/// `a | b << 8 | e << 16` ([`LangTable::vague_at`] reads it back).
pub const fn vague_code(low: u64, high: u64) -> u32 {
    let (mut a, mut b, mut e) = (low, high + 1, 0);
    while a % 10 == 0 && b % 10 == 0 {
        (a, b, e) = (a / 10, b / 10, e + 1);
    }
    assert!(a < 256 && b < 256);
    (a | b << 8 | e << 16) as u32
}

/// A keyed table of day offsets, `days![("kemarin", -1)]`, each an `i32`
/// held in a `u32` ([`day_offset`] reads it back): one `u32` lookup for
/// these and the tables of whole numbers.
#[macro_export]
macro_rules! days {
    ($(($w:literal, $v:expr)),* $(,)?) => {
        $crate::keyed![$(($w, ($v as i32) as u32)),*]
    };
}

/// A day offset of a [`days!`](crate::days!) table.
pub fn day_offset(v: u32) -> i32 {
    v as i32
}

/// How a figure's stated number relates to the true quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
    Almost,
    UpTo,
}

impl Qualifier {
    /// Its name (`more_than`): from one packed table ([`Packed`]), with no
    /// pointer and length per name in the wasm.
    pub fn as_str(self) -> &'static str {
        QUALIFIER_NAMES.nth(self as usize)
    }
}

/// What kind of thing a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    People,
    Money,
    Percent,
    Duration,
    Distance,
    Count,
}

impl Category {
    /// The variant a packed table's code names ([`category_code!`](crate::category_code!):
    /// `P` is `People`); `Count` for any other.
    pub fn from_name(name: &str) -> Category {
        match name {
            "P" => Category::People,
            "M" => Category::Money,
            "%" => Category::Percent,
            "T" => Category::Duration,
            "D" => Category::Distance,
            _ => Category::Count,
        }
    }

    /// Its name (`people`), packed as [`Qualifier::as_str`]'s.
    pub fn as_str(self) -> &'static str {
        CATEGORY_NAMES.nth(self as usize)
    }

    /// How much a reader cares about a fact of this kind, for ranking.
    pub fn weight(self) -> u32 {
        match self {
            Category::People => 5,
            Category::Money => 4,
            Category::Percent => 3,
            Category::Count => 2,
            Category::Distance => 1,
            Category::Duration => 1,
        }
    }
}

/// The grammatical role of a number word when composing `dua puluh lima`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberWord {
    /// A plain value: `dua` = 2, `sepuluh` = 10, `seratus` = 100.
    Value(u32),
    /// Adds ten to the running unit: `belas` in `dua belas`.
    Teen,
    /// Multiplies the running group: `puluh` (×10), `ratus` (×100), `hundred`.
    Multiplier(u32),
    /// Closes a group and multiplies it by a thousand times its number:
    /// `ribu` (1), `juta` (1,000), `thousand`, `trillion` (1,000,000,000).
    /// (Each fits 30 bits: a table holds one in a `u32`, see [`number_code`].)
    Scale(u32),
}

/// The [`NumberWord`]s as a table holds them: 32 bits, the role in the top
/// two (a table of them is then a plain `u32` one).
#[allow(non_snake_case, non_upper_case_globals)]
pub mod number_code {
    pub const fn Value(v: u32) -> u32 {
        v
    }
    pub const Teen: u32 = 1 << 30;
    pub const fn Multiplier(m: u32) -> u32 {
        2 << 30 | m
    }
    pub const fn Scale(s: u32) -> u32 {
        3 << 30 | s
    }
}

/// A counted noun: its canonical concept (shared across languages so
/// `pasukan`, `tentara` and `troops` group together) and its category. (Its
/// word is the token it was read from: no copy of it here.)
#[derive(Clone, Copy, Debug)]
pub struct CountedNoun {
    pub concept: &'static str,
    pub category: Category,
}

/// The words of the card's interface in one language, packed in one
/// string ([`Packed`]: no pointer and length for each word in the wasm) and
/// read by name. Written with [`ui!`](crate::ui!), which names each word.
pub struct Ui<P = Packed>(pub P);

impl Ui {
    /// The `k`th word (by [`Packed::nth`], one copy for every reader; not
    /// inlined at each of some twenty: 13 B gzip less in the wasm, measured).
    #[inline(never)]
    fn word(&self, k: usize) -> &'static str {
        self.0.nth(k)
    }
    /// The screen-reader summary in four parts: "{facts} figures from
    /// {sources} sources", ", {conflicts} disputed", ", {dates} dates", ".".
    pub fn summary(&self, k: usize) -> &'static str {
        self.word(23 + k)
    }
}

/// A reader for each of [`Ui`]'s words, by its place in [`ui!`](crate::ui!).
macro_rules! ui_words {
    ($($(#[doc = $doc:literal])* $k:literal $name:ident,)*) => {
        impl Ui {
            $($(#[doc = $doc])* pub fn $name(&self) -> &'static str {
                self.word($k)
            })*
        }
    };
}

ui_words! {
    0 kicker,
    1 key_figures,
    2 timeline,
    3 sources,
    4 agree,
    5 differ,
    6 consistent,
    7 conflict,
    /// An earlier report's value (an update, not a disagreement).
    8 earlier,
    /// A value stated beside the main one that the card cannot place.
    9 other,
    /// A part of the main value (its breakdown).
    10 part,
    /// Before the values a fact had in earlier reports, oldest first.
    11 trend,
    12 via,
    13 more_facts,
    14 more_dates,
    15 weekday_flag,
    /// Before the date a source wrote, when its weekday put it elsewhere.
    16 written,
    17 no_figures,
    18 source_one,
    19 source_many,
    20 origin_one,
    21 origin_many,
    /// After a date whose year no source gives (read from a weekday or today).
    22 year_guessed,
}

/// A language's [`Ui`]: `ui! { kicker: "Facts from", …, summary: [...] }`,
/// every word named, in [`Ui`]'s order.
#[macro_export]
macro_rules! ui {
    (
        kicker: $kicker:literal,
        key_figures: $key_figures:literal,
        timeline: $timeline:literal,
        sources: $sources:literal,
        agree: $agree:literal,
        differ: $differ:literal,
        consistent: $consistent:literal,
        conflict: $conflict:literal,
        earlier: $earlier:literal,
        other: $other:literal,
        part: $part:literal,
        trend: $trend:literal,
        via: $via:literal,
        more_facts: $more_facts:literal,
        more_dates: $more_dates:literal,
        weekday_flag: $weekday_flag:literal,
        written: $written:literal,
        no_figures: $no_figures:literal,
        source_one: $source_one:literal,
        source_many: $source_many:literal,
        origin_one: $origin_one:literal,
        origin_many: $origin_many:literal,
        year_guessed: $year_guessed:literal,
        summary: [$s0:literal, $s1:literal, $s2:literal, $s3:literal] $(,)?
    ) => {
        $crate::lang::Ui($crate::words![
            $kicker,
            $key_figures,
            $timeline,
            $sources,
            $agree,
            $differ,
            $consistent,
            $conflict,
            $earlier,
            $other,
            $part,
            $trend,
            $via,
            $more_facts,
            $more_dates,
            $weekday_flag,
            $written,
            $no_figures,
            $source_one,
            $source_many,
            $origin_one,
            $origin_many,
            $year_guessed,
            $s0,
            $s1,
            $s2,
            $s3
        ])
    };
}

/// One language's tables. Words are lower case; matching is case-insensitive.
pub struct LangTable<P: 'static = Packed> {
    pub code: &'static str,
    /// The words of the card's interface.
    pub ui: Ui<P>,
    /// A date is written month first (`January 13, 2022`), not day first
    /// (`13 Januari 2022`); a text's `January 13` is a date only in such a
    /// language.
    pub month_first: bool,
    /// A noun comes before the nouns that qualify it (`rumah warga`,
    /// residents' houses, counts houses), not after them (`ship passengers`).
    pub head_first: bool,
    /// Frequent function words used to guess the language of a text.
    pub stopwords: P,
    /// Decimal separator of this language's numerals (`,` for Indonesian).
    pub decimal_sep: char,
    /// What the card calls a source it has no name for: `Sumber 5`, `Source 5`.
    pub unnamed_source: &'static str,
    pub number_words: Keyed<u32, P>,
    /// Scale words that may follow a numeral: `2,5 juta`, `3.5 million`
    /// (in thousands, [`scales!`](crate::scales!)).
    pub scales: Keyed<u32, P>,
    /// Scale suffixes written against the numeral: `3,5T`, `$3.5bn` (in thousands).
    pub scale_suffixes: Keyed<u32, P>,
    /// Vague counts as ranges: `belasan` 11–19 ([`vague!`](crate::vague!)).
    pub vague_counts: Keyed<u32, P>,
    /// Words after `N-` that make it no figure (`1990-an`).
    pub hyphen_suffixes_not_figures: P,
    /// Words before a number that say what it measures (`Magnitudo 7,4`):
    /// the word and its concept. Such a number is not a name's.
    pub measure_words: Pairs<P>,
    /// Qualifier phrases, possibly several words, before a number.
    pub qualifiers: Keyed<Qualifier, P>,
    /// Words right after a number that make it a lower bound (`3.000
    /// lebih rumah`, more than 3,000 houses): the noun follows them.
    pub more_after: P,
    /// Words allowed between a qualifier and its number (`setidaknya ada 18`).
    pub qualifier_fillers: P,
    /// Words joining the two ends of a range (`10 hingga 20`).
    pub range_joiners: P,
    /// `antara X dan Y`: the opening word and the joining word (none
    /// where a language has no such range).
    pub between: P,
    /// Currency markers written before an amount.
    pub currencies: P,
    /// Percent words after a number.
    pub percent_words: P,
    pub counted_nouns: Nouns<P>,
    /// Words linking a quantity to its noun (`dozens of police`).
    pub noun_links: P,
    /// Words or phrases just before a figure (or its qualifier) that make it what a
    /// subject stated earlier in the sentence amounts to (`korban luka-luka
    /// … sebanyak 1.083 orang`, `the death toll … rose to 268`): the
    /// subject's event, noun and scope are the figure's.
    pub introducers: P,
    /// Measure words and classifiers (`unit`, `buah`, `pieces`): never what
    /// is counted. The noun after them (`223 unit rumah`), else the
    /// subject's, is.
    pub classifiers: P,
    /// Words that narrow a figure's quantity and the scope they name,
    /// shared across languages: a damage or injury grade (`rusak berat`,
    /// `heavily`), a state (`masih`, `still`). Houses heavily damaged are
    /// not houses damaged.
    pub scope_words: Pairs<P>,
    /// How the card names a scope in this language (`heavy` → `berat`); a
    /// scope not named here is its own label.
    pub scope_labels: Pairs<P>,
    /// Scopes whose label stands before the event word in this language
    /// (`masih mengungsi`, `heavily damaged`); the others follow it (`rusak
    /// berat`).
    pub scopes_before: P,
    /// Words before a place's name that make it where a figure's quantity
    /// is (`di Kabupaten Lebak`, `in Syria`).
    pub place_words: P,
    /// Words in a place's name that say what kind of place it is (`Kabupaten`,
    /// `province`): not part of what tells places apart.
    pub place_kinds: P,
    /// Words just before a figure that state it as a revision of an earlier
    /// figure (`bertambah menjadi 6`, `rises to 268`): of one report's values
    /// of a quantity, the revised one is the current one.
    pub revision_words: P,
    /// Words just before a figure that state it as superseded (`dari
    /// sebelumnya 46`, `previously 42`): an earlier value, whatever follows.
    pub superseded_words: P,
    /// Words or phrases of a forecast (`predicted`, `exit poll`,
    /// `diproyeksikan`): a figure after one in its sentence is what someone
    /// expects, no report; it leads its fact only when nothing was reported.
    pub forecast_words: P,
    /// Words that deny the figure right after them: it is a figure someone
    /// else gave, superseded (`253 and not 359 as reported`).
    pub denials: P,
    /// Words that negate the event word after them (`were not injured`,
    /// `tidak terluka`): no event; a negated phrase with a sense of its own
    /// is an event word itself (`tidak selamat`, `not evacuated`).
    pub negations: P,
    /// Words just after a figure that make it an increase, not a count
    /// (`bertambah 4 orang lagi`, `eight more bodies`): never a revision.
    pub increments: P,
    /// Event words near a figure and the concept they name, shared across
    /// languages (`tewas` and `killed` are both `killed`).
    pub event_words: Pairs<P>,
    /// Words of saying and citing (`katanya`, `disampaikan`, `said`): a
    /// timeline label with one says who spoke, not what happened.
    pub speech_words: P,
    /// Phrases with an event word in them that name no event (`rumah sakit`,
    /// a hospital).
    pub not_events: P,
    /// Words that may stand between a bare figure and its event word without
    /// parting them, auxiliaries mostly (`145 were injured`, `22 lainnya
    /// dinyatakan hilang`).
    pub event_fillers: P,
    /// Words that link a figure to the one before it in its clause as that
    /// quantity's earlier value (`revised the toll to 275 from 288`, `dari
    /// 125 orang menjadi 131 orang`).
    pub earlier_links: P,
    /// Words between a bare figure and the next that make the first a share
    /// of the second (`178 of the 325 patients have died`, `157 dari 269
    /// pasien`): what is counted is the second's, what happened the first's.
    pub share_links: P,
    /// Words after a bare share that name who holds it (`46.8% for Lula`).
    pub holder_links: P,
    /// Words before a name that make it the agent of what precedes, not the
    /// holder of the count after it (`the NDA led by the BJP won 293
    /// seats` are the NDA's).
    pub agent_words: P,
    /// Words before a figure that make it a part of the figure before it: a
    /// breakdown (`including`, `di antaranya`, `terdiri dari`).
    pub part_markers: P,
    /// Words just after a figure that make it a part of what was counted
    /// before (`33 di antaranya anak`, `four of them`), or an age group's
    /// share (`23 children aged 6–10`); after a total, the others introduce
    /// its parts (`64 orang terdiri dari …`).
    pub parts_after: P,
    /// Words a person's age follows (`aged`, `berusia`): the numbers after
    /// them (`aged 31 and 32`) are ages, of no count.
    pub age_words: P,
    /// Nouns of more than one word that start with a counted noun, with
    /// what they count: two groups of people counted together, who are
    /// people (`passengers and crew`, `penumpang dan ABK`), or a thing the
    /// first word is not (`rumah sakit`, hospitals, not houses).
    pub compound_nouns: Pairs<P>,
    /// The endings of a plural noun (`s`), and of words with them that are
    /// none (`ss`, `us`, `is`): a word of that form the table does not know,
    /// right after a figure, is what it counts (`22,000 jobs`, `64
    /// flights`). Empty where plurals have no ending of their own.
    pub plural_endings: P,
    pub singular_endings: P,
    /// Words that never say what kind of thing a figure counts (articles,
    /// prepositions, conjunctions): `137 adult passengers` are a kind of
    /// passengers, `21 on buses` are not. Where plurals have an ending, a
    /// plural after up to two other words is what is counted, the words
    /// with it.
    pub closed_words: P,
    /// Where plurals have no ending, how verbs and many function words
    /// start (`di-`, `me-`, `ber-`, `ter-`, `se-`, `ke-`): a word right after a
    /// number that starts otherwise, and that no table knows, is what is
    /// counted (`18 pos polisi`).
    pub verb_prefixes: P,
    /// Where plurals have no ending, how words for people who do something
    /// start (`pe-`: `pendaki`, `pemudik`, `pekerja`): a word so started
    /// that no table knows counts people.
    pub people_prefixes: P,
    /// Words that point back to a quantity already named (`jumlah itu`,
    /// `the figure`): a figure they introduce with no event of its own
    /// counts what happened nearest before them, across sentences
    /// (`Korban meninggal dunia … terus bertambah. … jumlah itu menjadi 30 orang`).
    pub anaphors: P,
    /// Sentence openers that point back to the sentence before (`Hal ini
    /// disampaikan oleh …`, `This was announced …`; each with the space
    /// after it): its quote is both.
    pub back_refs: P,
    /// How the card names an event concept in this language (`killed` →
    /// `tewas`); a concept not named here is its own label.
    pub event_labels: Pairs<P>,
    /// Word sequences containing a number word that are not figures
    /// (`salah satu` = "one of").
    pub not_figures: P,
    /// Words before a number that make it a reference, not a quantity
    /// (`pasal 5`, `nomor 3`, `pukul 10`).
    pub reference_words: P,
    pub months: Keyed<u32, P>,
    /// Where a language writes dates month first, the regions (lower case)
    /// that do (`us`): a card for another (`en-GB`) writes them day first.
    pub month_first_regions: P,
    /// Weekday names; Monday = 1 … Sunday = 7.
    pub weekdays: Keyed<u32, P>,
    /// Weekday words that also mean "week"; they are a weekday only when
    /// capitalised and not followed by one of `week_followers`.
    pub week_homonyms: P,
    pub week_followers: P,
    /// Parts of the day between a weekday and its date (`Jumat malam (7/1)`).
    pub day_parts: P,
    /// Words that tell the time of day (`pukul`, `WIB`, `pm`, `GMT`, the
    /// parts of the day), and the weekdays that are no other word (not
    /// `minggu`, "week"): with a clock's numbers, no timeline label says
    /// them (nor the weekday joined to its date: `open Wednesday and Thursday`).
    pub time_words: P,
    /// Words before a weekday that introduce it (`pada`, `hari`, `on`).
    pub weekday_lead: P,
    /// Words that open a clause without saying what happened (`Sementara itu`),
    /// dropped from the start of a timeline phrase.
    pub clause_leads: P,
    /// Words that start a subordinate clause (`setelah`, `yang`): a timeline
    /// phrase ends before them.
    pub subordinators: P,
    /// Words that join two clauses of one sentence (`dan`, `and`): an event
    /// word after one does not say what a figure before it counts
    /// (`mencapai 11.239 orang dan korban meninggal 527 jiwa`).
    pub coordinators: P,
    /// Phrases naming the day last spoken of (`hari itu`), or one a number
    /// of days from it (`keesokan harinya`, `the next day`): the offset.
    /// (These offsets are [`days!`](crate::days!) tables: a `u32` each, as
    /// the tables of whole numbers, which one lookup serves; a table of
    /// `i64` would cost the wasm its zeros.)
    pub that_day: Keyed<u32, P>,
    /// Words before a day of the month given alone (`tanggal 24`): the
    /// last such day on or before the article's date.
    pub month_day_words: P,
    /// Words after a count of days that make it a day that many days
    /// before the article's (`tiga hari lalu`, `three days ago`) …
    pub days_ago: P,
    /// … or that many days after the day last spoken of (`dua hari kemudian`).
    pub days_later: P,
    /// Words beside a bare weekday that say which week it is in: 1 the
    /// coming one (`Rabu besok`, `Senin depan`, `next Monday`), -1 the past
    /// one (`Kamis kemarin`); after the weekday (and a part of the day), or
    /// before it.
    pub weekday_after: Keyed<u32, P>,
    pub weekday_before: Keyed<u32, P>,
    /// Words of a clause that speaks of what is to come (`will`, `akan`):
    /// a bare weekday after them in the clause is the coming one ("he
    /// will come to Kentucky on Wednesday").
    pub future_words: P,
    /// Relative day phrases and their offset from the article's date.
    pub relative_days: Keyed<u32, P>,
    /// Lines starting with one of these are boilerplate and dropped.
    pub boilerplate_prefixes: P,
    /// Lines equal to one of these are boilerplate and dropped.
    pub boilerplate_lines: P,
    /// Phrases that credit a source right after them (`dikutip dari`).
    pub credit_phrases: P,
    /// Line prefixes naming the source of the whole article (`Sumber :`).
    pub source_line_prefixes: P,
    /// Abbreviations that end in a dot without ending a sentence.
    pub abbreviations: P,
}

/// [`LangTable::locate`] and [`LangTable::texts`] over every table of a
/// [`LangTable`] (a field left out fails to compile: in `locate`, the
/// struct is whole; in `texts`, its table is no text to locate).
macro_rules! lang_tables {
    ($($name:ident),* $(,)?) => {
        /// How many tables a language has.
        const LANG_TEXTS: usize = [$(stringify!($name)),*].len();

        impl LangTable<Text> {
            /// The language's tables, [located](Text::locate).
            pub const fn locate(&self) -> LangTable {
                LangTable {
                    code: self.code,
                    month_first: self.month_first,
                    head_first: self.head_first,
                    decimal_sep: self.decimal_sep,
                    unnamed_source: self.unnamed_source,
                    $($name: self.$name.locate(),)*
                }
            }

            /// Its tables' texts.
            const fn texts(&self) -> [&'static str; LANG_TEXTS] {
                [$(self.$name.text()),*]
            }
        }
    };
}

// (listed in the order their texts lie in [`BLOB`], each language's in
// turn: the order that compressed the wasm best of those tried, by moving
// one table at a time; 0.1 KB less than the struct's order, gzipped)
lang_tables! {
    number_words,
    scales,
    percent_words,
    vague_counts,
    scale_suffixes,
    hyphen_suffixes_not_figures,
    counted_nouns,
    qualifier_fillers,
    noun_links,
    introducers,
    compound_nouns,
    measure_words,
    scope_words,
    scopes_before,
    scope_labels,
    verb_prefixes,
    people_prefixes,
    place_kinds,
    revision_words,
    forecast_words,
    event_words,
    event_labels,
    between,
    parts_after,
    anaphors,
    not_events,
    age_words,
    singular_endings,
    week_homonyms,
    back_refs,
    part_markers,
    stopwords,
    event_fillers,
    earlier_links,
    month_day_words,
    that_day,
    clause_leads,
    weekday_lead,
    weekday_before,
    reference_words,
    boilerplate_lines,
    place_words,
    week_followers,
    day_parts,
    closed_words,
    subordinators,
    coordinators,
    qualifiers,
    more_after,
    range_joiners,
    classifiers,
    weekday_after,
    future_words,
    days_later,
    increments,
    days_ago,
    not_figures,
    superseded_words,
    weekdays,
    relative_days,
    boilerplate_prefixes,
    speech_words,
    plural_endings,
    credit_phrases,
    source_line_prefixes,
    ui,
    denials,
    share_links,
    holder_links,
    agent_words,
    currencies,
    time_words,
    abbreviations,
    months,
    month_first_regions,
    negations,
}

/// Every language factcard knows, most preferred first.
pub static ALL: [&LangTable; 2] = [&id::TABLE, &en::TABLE];

/// The tables of no language: each a `static` [located](Text::locate), its
/// text in [`OTHER_TEXTS`].
macro_rules! other_tables {
    ($($(#[$doc:meta])* pub static $name:ident: $ty:ty = $text:expr;)*) => {
        $($(#[$doc])* pub static $name: $ty = $text.locate();)*

        /// The texts of the tables of no language.
        const OTHER_TEXTS: [&str; [$(stringify!($name)),*].len()] = [$($text.text()),*];
    };
}

other_tables! {
    /// Wire agencies and outlets that articles credit, with a canonical name.
    /// Language-independent: these are proper names.
    pub static AGENCIES: Pairs = pairs![
        ("associated press", "AP"),
        ("ap", "AP"),
        ("reuters", "Reuters"),
        ("afp", "AFP"),
        ("agence france-presse", "AFP"),
        ("dw", "DW"),
        ("deutsche welle", "DW"),
        ("tass", "TASS"),
        ("ria novosti", "RIA Novosti"),
        ("interfax", "Interfax"),
        ("xinhua", "Xinhua"),
        ("antara", "Antara"),
        ("bloomberg", "Bloomberg"),
        ("bbc", "BBC"),
        ("al jazeera", "Al Jazeera"),
        ("cnn", "CNN"),
        ("kyodo", "Kyodo"),
        ("yonhap", "Yonhap"),
        ("sputnik", "Sputnik"),
        ("anadolu", "Anadolu"),
        ("khabar 24", "Khabar 24"),
        ("voa", "VOA"),
    ];

    /// Concepts too general to tell facts apart on their own: `164 orang tewas`
    /// and `hampir 10.000 orang` ditahan are different facts, told apart by the event.
    pub static GENERIC_CONCEPTS: Packed = words!["people", "victims", "refugees"];

    /// Of those, the ones that say what happened with no event word: `905
    /// korban` of a riot are all those it hurt or killed, a count of its own
    /// (`orang` alone says nothing).
    pub static CASUALTY_CONCEPTS: Packed = words!["victims"];

    /// Groups counted with others as one whole (`162 passengers and crew`,
    /// `penumpang dan ABK`): a count of one is a part of that whole, never
    /// the whole named more precisely (`155 passengers` of 162 on board).
    pub static PART_CONCEPTS: Packed = words!["passengers", "crew"];

    /// Concepts that say what happened themselves: six bodies found,
    /// retrieved or recovered are the bodies.
    pub static EVENTLESS_CONCEPTS: Packed = words!["bodies"];

    /// Events that make a count of their own of any thing, not only of
    /// people: houses flooded are not the houses damaged (`33 rumah terendam
    /// lumpur` beside `35 rumah rusak`), bodies identified not the bodies
    /// found.
    pub static OWN_EVENTS: Packed = words!["flooded", "identified"];

    /// Events that make a separate fact even for a specific concept: troops
    /// deployed and troops killed are different facts.
    pub static CASUALTY_EVENTS: Packed = words![
        "killed",
        "injured",
        "detained",
        "missing",
        "trapped",
        "aboard",
        "inside",
        "displaced",
        "evacuated",
        "infected",
        "recovered",
        "hospitalized",
        "discharged",
        "ill",
        "rescued",
        "survived",
        "affected",
        "stranded",
        "repatriated",
        "laid off",
        "identified",
        "suspects"
    ];

    /// Running tallies: counts that grow while an event unfolds (the dead, the
    /// damaged houses, the arrested). Two reports of one day that differ are
    /// most likely two moments of the tally, the larger the later, not a
    /// disagreement. The missing are not: they fall as the missing are found.
    pub static RUNNING_TALLIES: Packed = words![
        "killed",
        "injured",
        "detained",
        "displaced",
        "evacuated",
        "infected",
        "recovered",
        "damaged",
        "ill",
        "survived",
        "rescued",
        "identified",
        "suspects"
    ];

    /// Counts of places (`di 28 provinsi`, `in 15 countries`): where something
    /// was counted, rarely the news itself; and a building's storeys (`the
    /// 24-storey block`), what it was; a place's population and its shares
    /// (`a country of 21 million`, `six per cent of the population`), where it
    /// happened: the card shows them after the rest.
    pub static COVERAGE_CONCEPTS: Packed = words!["provinces", "states", "regencies", "districts", "cities", "villages", "countries", "locations", "storeys", "population"];

    /// Counts that someone holds (a candidate's votes, a party's seats): a
    /// fact per holder.
    pub static HELD_CONCEPTS: Packed = words!["votes", "seats"];

    /// What an event measures (the measure words' concepts, its aftershocks):
    /// `magnitudo 5,6`.
    pub static MEASURE_CONCEPTS: Packed = words!["magnitude", "depth", "temperature", "aftershocks"];

    /// Scopes that grade what happened (`luka berat`, `lightly damaged`), and
    /// the events that have such grades: a grade word beside another event
    /// (`four arrests for minor offences`) narrows nothing.
    pub static GRADES: Packed = words!["heavy", "moderate", "light"];
    pub static GRADED_EVENTS: Packed = words!["injured", "damaged", "hospitalized", "burned", "affected"];

    /// Events a `masih`/`still` does not narrow: `masih hilang` (still missing)
    /// is the missing, `masih mengungsi` those displaced now, and a toll that
    /// "remained at 131" is the toll.
    pub static STATE_EVENTS: Packed = words!["missing", "trapped", "killed", "displaced"];

    /// Currency prefixes written glued to the amount (`Rp3,5 triliun`): the
    /// tokenizer splits them from the digits.
    pub static GLUED_CURRENCIES: Packed = words!["rp", "us", "s", "rm"];

    /// Prefixes written glued to a decimal (`M6,9` for an earthquake's magnitude):
    /// the tokenizer splits them from the digits when a decimal follows.
    pub static GLUED_MEASURES: Packed = words!["M"];

    /// Time-zone words after a clock time (`10.30 WIB`): the number is a time.
    pub static TIME_ZONES: Packed = words!["wib", "wita", "wit", "gmt", "utc", "et", "pt", "cet", "pm", "am"];

    /// Known outlet names, used to tell the outlet from the place in a dateline.
    pub static OUTLETS: Packed = words![
        "kompas",
        "kompas.tv",
        "kompas.com",
        "detik",
        "detikcom",
        "tempo",
        "antara",
        "cnn indonesia",
        "cnbc indonesia",
        "liputan6",
        "okezone",
        "tribunnews",
        "republika",
        "viva",
        "suara",
        "sindonews",
        "merdeka",
        "idn times",
        "kumparan",
        "voa",
        "voa indonesia",
        "bbc indonesia",
        "jawapos",
        "media indonesia",
        "inews",
        "metro tv",
        "tvri",
    ];

    /// The names of [`Qualifier`]'s variants, in order ([`Qualifier::as_str`]).
    pub static QUALIFIER_NAMES: Packed = words!["exact", "approx", "more_than", "less_than", "at_least", "at_most", "almost", "up_to"];

    /// The names of [`Category`]'s variants, in order ([`Category::as_str`]).
    pub static CATEGORY_NAMES: Packed = words!["people", "money", "percent", "duration", "distance", "count"];

    /// The names of the card's statuses of a value, in order
    /// ([`Status::as_str`](crate::card::Status::as_str)).
    pub static STATUS_NAMES: Packed = words!["main", "consistent", "part", "conflict", "earlier", "other"];

    /// The mark before a value of each [`Qualifier`], in its order (`≈ `,
    /// `> `: the card's `qualifier_mark`).
    pub static QUALIFIER_MARKS: Packed = words!["", "≈ ", "> ", "< ", "≥ ", "≤ ", "≲ ", "≤ "];

    /// The dashes that end a dateline (`JAKARTA – `), the first listed
    /// first at one place (the article's `dateline`).
    pub static DASHES: Packed = words![" – ", " - ", " — ", " -- "];
}

/// The tests' own tables.
#[cfg(test)]
const TEST_TEXTS: [&str; 5] = ["tewas\x1ekilled\x1ehilang\x1emissing\x1editangkap\x1e", "dan\x1e-\x1e$\x1ejum'at\x1ehari ini\x1e", "dan\x1eZat\x1e", "dr", ""];
#[cfg(not(test))]
const TEST_TEXTS: [&str; 0] = [];

impl LangTable {
    pub fn number_word(&self, w: &str) -> Option<NumberWord> {
        let c = self.number_words.get(w)?;
        let v = c & 0x3fff_ffff;
        Some(match c >> 30 {
            0 => NumberWord::Value(v),
            1 => NumberWord::Teen,
            2 => NumberWord::Multiplier(v),
            _ => NumberWord::Scale(v),
        })
    }
    /// The scale word `w` in thousands (see [`scales!`](crate::scales!)).
    pub fn scale(&self, w: &str) -> Option<u32> {
        self.scales.get(w)
    }
    pub fn month(&self, w: &str) -> Option<u32> {
        self.months.get(crate::text::trim_end_byte(w, b'.'))
    }
    /// The weekday `w` names (not inlined at its four readers: 20 B gzip
    /// less in the wasm, measured).
    #[inline(never)]
    pub fn weekday(&self, w: &str) -> Option<u32> {
        self.weekdays.get(w)
    }
    /// A vague count (possibly several words: `tens of thousands`) starting
    /// at token `i`: its range and the tokens it uses; the longest wins.
    /// (Inlined into its one caller: the wasm is smaller so.)
    #[inline(always)]
    pub fn vague_at(&self, toks: &[crate::text::Token], i: usize) -> Option<((f64, f64), usize)> {
        let (c, used) = self.vague_counts.longest_phrase_at(toks, i)?;
        // (see [`vague_code`]; powers of ten are exact in an `f64`)
        let mut scale = 1.0;
        for _ in 0..c >> 16 {
            scale *= 10.0;
        }
        Some(((f64::from(c & 0xff) * scale, f64::from(c >> 8 & 0xff) * scale - 1.0), used))
    }
    pub fn noun(&self, w: &str) -> Option<CountedNoun> {
        self.counted_nouns.get(w)
    }
    /// The noun token `t` is (not inlined: one pointer to pass, not its text).
    #[inline(never)]
    pub fn noun_of(&self, t: &crate::text::Token) -> Option<CountedNoun> {
        self.noun(t.text)
    }
    /// A noun the table does not know, that names no event and is no
    /// closed word: by its plural form (`holidaymakers`, `Britons`), or,
    /// where plurals have no ending, by starting as no verb does
    /// (`pos`, `kantong`; not `dirusak`). Its concept is empty: the word
    /// itself is what it counts.
    #[inline(never)]
    pub fn open_noun(&self, w: &str) -> Option<CountedNoun> {
        let b = w.as_bytes();
        let people = self.people_prefixes.starts(w);
        // (or an acronym: "823.236 TPS", "118.166 KK")
        let acronym = b.len() > 1 && b.len() < 6 && b.iter().all(u8::is_ascii_uppercase);
        let open = acronym
            || b.len() > 2
            // (a capital is no bar: "Eight Britons")
            && b[0].is_ascii_alphabetic()
            && b[1..].iter().all(|&c| c.is_ascii_lowercase() || c == b'-')
            && if self.plural_endings.is_empty() {
                people || !self.verb_prefixes.starts(w)
            } else {
                b.len() > 3 && self.plural_endings.ends(w) && !self.singular_endings.ends(w)
            }
            && !self.closed(w)
            && self.number_word(w).is_none()
            // (what happened is no noun: "3,700 deaths")
            && self.event(w).is_none();
        open.then_some(CountedNoun { concept: "", category: if people { Category::People } else { Category::Count } })
    }
    /// Whether `w` is a word that counts nothing and says no kind: a stopword,
    /// a closed word, a filler.
    #[inline(never)]
    pub fn closed(&self, w: &str) -> bool {
        self.stopwords.has(w) || self.closed_words.has(w) || self.event_fillers.has(w)
    }
    /// The event a word names; a reduplicated word (`luka-luka`) names its base's.
    pub fn event(&self, w: &str) -> Option<&'static str> {
        self.event_words.get(w).or_else(|| {
            let (base, rest) = crate::text::split_once_byte(w, b'-')?;
            (eq_ci(base, rest)).then(|| self.event_words.get(base)).flatten()
        })
    }
    pub fn is_currency(&self, w: &str) -> bool {
        self.currencies.has(w)
    }
}

/// Case-insensitive equality that also treats typographic apostrophes alike.
/// Case folds ASCII only: the tables are ASCII, so a non-ASCII character can
/// only ever equal itself (and Unicode case tables would double the wasm size).
pub fn eq_ci(a: &str, b: &str) -> bool {
    // Fast paths: this runs against every table word at every token.
    let (x, y) = (a.as_bytes(), b.as_bytes());
    match (x.first(), y.first()) {
        (None, None) => return true,
        (Some(p), Some(q)) if p.is_ascii() && q.is_ascii() && !p.eq_ignore_ascii_case(q) => return false,
        _ => {}
    }
    if x.len() == y.len() {
        // equal lengths: only ASCII case can differ (’ is three bytes, ' one)
        if x.eq_ignore_ascii_case(y) {
            return true;
        }
        if is_ascii(a) || is_ascii(b) {
            return false;
        }
    } else if !has_e2(x) && !has_e2(y) {
        // different lengths and no typographic apostrophe (E2 80 98/99) to fold
        return false;
    }
    let norm = |c: char| if c == '’' || c == '‘' { '\'' } else { c.to_ascii_lowercase() };
    let mut x = a.chars().map(norm);
    let mut y = b.chars().map(norm);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => continue,
            _ => return false,
        }
    }
}

/// `str::is_ascii` by a plain loop (the standard one reads a word at a
/// time, at several times the size; table words are short). By index, not
/// `bytes()`: at the wasm's opt-level the iterator's `next` stayed a call
/// per byte, a fifth of the scan's time (profiled in Node).
fn is_ascii(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] >= 0x80 {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `s` has the byte 0xE2 (which starts a typographic apostrophe):
/// a loop, not `contains`, whose memchr is half a kilobyte of wasm.
fn has_e2(s: &[u8]) -> bool {
    // (by index: see is_ascii)
    let mut i = 0;
    while i < s.len() {
        if s[i] == 0xE2 {
            return true;
        }
        i += 1;
    }
    false
}

/// How much of a text [`detect`] reads.
const DETECT_BYTES: usize = 4096;

/// The table of the language `code` (`id`, `en`); the first table for a
/// code there is none of.
pub fn table(code: &str) -> &'static LangTable {
    ALL.iter().find(|t| t.code == code).copied().unwrap_or(ALL[0])
}

/// The table of the language a tag names (`en`, `EN-au`: its primary
/// subtag, case-insensitive), if there is one.
pub fn by_tag(tag: &str) -> Option<&'static LangTable> {
    let primary = crate::text::split_byte(tag, b'-').next().unwrap_or(tag);
    ALL.iter().find(|t| eq_ci(t.code, primary)).copied()
}

/// Picks the table whose stopwords are most frequent in (the start of) `text`.
pub fn detect(text: &str) -> &'static LangTable {
    // the first few paragraphs tell: a long text is not read twice over
    let mut end = text.len().min(DETECT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // (its words by a byte scan: runs of letters, not the tokenizer's
    // tokens, which the article builds again)
    let (head, mut hits) = (&text[..end], [0usize; ALL.len()]);
    let b = head.as_bytes();
    let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80 || c == b'\'';
    let mut i = 0;
    while i < b.len() {
        // (a word starts at a letter or a character's first byte)
        if !(b[i].is_ascii_alphabetic() || b[i] >= 0xC0) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && letter(b[i]) {
            i += 1;
        }
        for (k, table) in ALL.iter().enumerate() {
            hits[k] += usize::from(table.stopwords.has(&head[start..i]));
        }
    }
    let mut best = 0;
    for k in 1..ALL.len() {
        if hits[k] > hits[best] {
            best = k;
        }
    }
    ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table split for the first time by several threads at once (the
    /// unsafe lazy split of [`Packed::items`]): each reads the same entries,
    /// and the table reads the same after.
    #[test]
    fn a_table_split_by_threads_at_once_reads_the_same_in_each() {
        static TABLE: Packed = words!["tewas", "killed", "hilang", "missing", "ditangkap"].locate();
        let threads: Vec<_> = (0..8).map(|_| std::thread::spawn(|| (TABLE.has("Killed"), TABLE.has("hilang"), TABLE.has("luka"), TABLE.len()))).collect();
        for t in threads {
            assert_eq!(t.join().unwrap(), (true, true, false, 5));
        }
        assert!(TABLE.iter().copied().eq(["tewas", "killed", "hilang", "missing", "ditangkap"]));
    }

    #[test]
    fn detect_counts_each_language_s_stopwords() {
        assert_eq!(detect("Sebanyak 2.500 pasukan dikerahkan ke kota itu dan yang lain pulang.").code, "id");
        assert_eq!(detect("The troops were sent to the city, and the others went home.").code, "en");
        // words glued to punctuation or letters beyond ASCII; a cut inside a character
        assert_eq!(detect("“The café’s owner—and the staff—were in the building.”").code, "en");
        let long = "é".repeat(DETECT_BYTES) + " and the of";
        assert_eq!(detect(&long).code, ALL[0].code);
    }

    /// Every entry of a packed table has its fields, and every variant it
    /// names is one the parser knows (an unknown name would silently become
    /// `Exact` / `Count`).
    #[test]
    fn packed_tables_parse_whole() {
        // no typographic apostrophe in any table (find_ci relies on it)
        for source in [include_str!("id.rs"), include_str!("en.rs")] {
            assert!(!source.contains(['’', '‘']));
        }
        for table in [
            &AGENCIES.0,
            &OUTLETS,
            &GENERIC_CONCEPTS,
            &CASUALTY_CONCEPTS,
            &COVERAGE_CONCEPTS,
            &CASUALTY_EVENTS,
            &RUNNING_TALLIES,
            &STATE_EVENTS,
            &EVENTLESS_CONCEPTS,
            &OWN_EVENTS,
            &GLUED_CURRENCIES,
            &GLUED_MEASURES,
            &TIME_ZONES,
        ] {
            assert!(!table.text().contains(['’', '‘']), "{:?}", table.text());
        }
        let entries = |p: &'static str| p.split_terminator('\x1e').collect::<Vec<_>>();
        for t in ALL {
            assert_eq!(t.stopwords.len(), entries(t.stopwords.text()).len());
            assert!(t.stopwords.iter().all(|w| !w.is_empty() && !w.contains('\x1f')));
            for e in entries(t.counted_nouns.0.text()) {
                let f: Vec<_> = e.split('\x1f').collect();
                assert_eq!(f.len(), 3, "{e:?}");
                assert!(["P", "M", "%", "T", "D", ""].contains(&f[2]), "{e:?}");
            }
            for e in entries(t.event_words.0.text()).into_iter().chain(entries(t.measure_words.0.text())).chain(entries(AGENCIES.0.text())) {
                assert_eq!(e.split('\x1f').count(), 2, "{e:?}");
            }
            // the keys of pair and noun tables are ASCII (find_ci relies on it)
            for e in entries(t.scope_words.0.text()).into_iter().chain(entries(t.scope_labels.0.text())) {
                assert_eq!(e.split('\x1f').count(), 2, "{e:?}");
            }
            // every scope has a label in Indonesian (English ones default to
            // the scope's name; the empty one is none)
            for e in entries(t.scope_words.0.text()).into_iter().filter(|_| t.code == "id") {
                let scope = e.split('\x1f').nth(1).unwrap();
                assert!(scope.is_empty() || t.scope_labels.get(scope).is_some(), "{}: no label for scope {scope}", t.code);
            }
            for table in [&t.event_words.0, &t.measure_words.0, &t.event_labels.0, &AGENCIES.0, &t.counted_nouns.0, &t.scope_words.0, &t.scope_labels.0] {
                assert!(entries(table.text()).iter().all(|e| e.split('\x1f').next().is_some_and(str::is_ascii)), "{:?}", table.text());
            }
        }
        // the parsed values are the named ones
        assert_eq!(id::TABLE.qualifiers.get("lebih dari"), Some(Qualifier::MoreThan));
        assert_eq!(id::TABLE.noun("pasukan").map(|n| (n.concept, n.category)), Some(("troops", Category::People)));
        assert!(id::TABLE.noun_links.is_empty());
        assert_eq!(AGENCIES.get("reuters"), Some("Reuters"));
        assert_eq!(id::TABLE.event("luka-luka"), Some("injured"));
    }

    /// The native filters ([`FIRSTS`], [`LASTS`]) rule out no entry that
    /// a word equals or a phrase that starts at a token, in every table
    /// (each entry, in either case, and every token of the fixtures).
    #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
    #[test]
    fn native_filters_rule_out_no_match() {
        for t in &TEXTS.0[..TEXTS.1] {
            assert!(!t.contains(['’', '‘']), "{t:?}");
        }
        let mut text = String::new();
        for dir in ["seeds", "id", "en", "event2"] {
            for e in std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir)).unwrap() {
                text += &std::fs::read_to_string(e.unwrap().path()).unwrap();
            }
        }
        // (the phrases ending before a token: every token of the tables',
        // every 13th of the fixtures')
        let fixtures = crate::text::tokenize(&text, 0).len();
        for i in 0..TEXTS.1 {
            let p = Packed(i as u8);
            for e in p.iter() {
                text.push('\n');
                text += e;
                text.push('\n');
                text += &e.to_uppercase();
            }
        }
        let toks = crate::text::tokenize(&text, 0);
        for i in 0..TEXTS.1 {
            let p = Packed(i as u8);
            for (k, t) in toks.iter().enumerate() {
                assert_eq!(p.find(t.text), find_ci(p.starting_like(t.text), t.text), "{:?} in {i}", t.text);
                let slow = p.starting_like(t.text).iter().find_map(|&(_, e)| crate::text::phrase_at(&toks, k, e));
                assert_eq!(p.phrase_at(&toks, k), slow, "{:?} in {i}", t.text);
            }
            for end in (0..=toks.len()).filter(|&k| k > fixtures || k % 13 == 0) {
                let mut slow: Option<(usize, usize)> = None;
                for (k, e) in p.iter().enumerate() {
                    if let Some(s) = crate::text::phrase_before(&toks, end, e) {
                        if slow.is_none_or(|(_, b)| s < b) {
                            slow = Some((k, s));
                        }
                    }
                }
                assert_eq!(p.earliest_before(&toks, end), slow, "before {end} in {i}");
            }
            for e in p.iter() {
                let key = fields(e).next().unwrap();
                assert!(p.find(key).is_some() && p.find(&key.to_uppercase()).is_some(), "{key:?} in {i}");
            }
        }
    }

    /// The first-letter filter never rules out an entry that matches.
    #[test]
    fn packed_first_letter_filter() {
        let p = crate::words!["dan", "-", "$", "jum'at", "hari ini"].locate();
        assert!(p.has("DAN") && p.has("-") && p.has("$") && p.has("Jum’at"));
        assert!(!p.may_start("yang") && !p.has("yang") && !p.has("da"));
        assert!(p.may_start("’x") && p.may_start("7") && p.may_start(""));
        // a table of words that all start with letters rules out the rest
        let w = crate::words!["dan", "Zat"].locate();
        assert!(w.may_start("DAN") && w.may_start("zat") && w.may_start("d’"));
        assert!(!w.may_start("7") && !w.may_start(",") && !w.may_start("’s") && !w.may_start("é") && !w.may_start("@") && !w.may_start("{"));
        let toks = crate::text::tokenize("Hari ini hujan", 0);
        assert_eq!(p.phrase_at(&toks, 0), Some(2));
        assert_eq!(p.phrase_at(&toks, 2), None);
        let nouns = &id::TABLE.counted_nouns;
        assert!(nouns.get("Orang").is_some() && nouns.get("zorang").is_none());
    }

    #[test]
    fn case_insensitive_equality() {
        assert!(eq_ci("Jum’at", "jum'at"));
        assert!(eq_ci("jum'at", "JUM’AT"));
        assert!(eq_ci("Lebih", "lebih"));
        assert!(eq_ci("", ""));
        assert!(!eq_ci("lebih", "lebi"));
        assert!(!eq_ci("rabu", "sabu"));
        assert!(!eq_ci("é", "e"));
        assert!(eq_ci("é", "é"));
        assert!(!eq_ci("", "a"));
    }
}
