//! Tokens and sentences: the lexical layer every extractor reads.
//!
//! A [`Token`] is a word, a number or a single punctuation mark with its byte
//! span in the original text. Words may contain digits and inner hyphens
//! (`COVID-19`, `MH370`, `ke-3`), so codes never look like numbers. Numbers are
//! digit runs with inner `.`/`,` separators (`2.500`, `1,8`).
//!
//! Also the small string helpers the rest of the crate uses where the
//! standard library's would cost the wasm its size budget: [`cat!`](crate::cat!),
//! [`find_str`], [`has_byte`], [`join`], [`digits`].

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    /// True when whitespace (or the start of the text) comes right before.
    pub spaced: bool,
}

impl Token<'_> {
    /// Where it ends (a byte offset as `start`: one field less in every
    /// token). Not inlined: one sum for its many readers.
    #[inline(never)]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    /// (Not inlined in the element's wasm: one call at each of its readers,
    /// 5 B gzip less, measured.)
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == Kind::Punct && self.text == p
    }
    /// A full stop, `!` or `?`.
    pub fn ends_sentence(&self) -> bool {
        self.is_punct_of(".!?")
    }
    /// A punctuation mark of one of the ASCII bytes `set` (one scan for
    /// every set: no string match per set in the wasm).
    pub fn is_punct_of(&self, set: &str) -> bool {
        self.kind == Kind::Punct && self.text.len() == 1 && has_byte(set, self.text.as_bytes()[0])
    }
    /// A word whose first letter is upper case.
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && char_at(self.text, 0).is_some_and(is_upper)
    }
    /// A word that contains a digit (`MH370`, `COVID-19`). (Not inlined:
    /// 12 B gzip less, measured.)
    #[inline(never)]
    pub fn has_digit(&self) -> bool {
        has_digit(self.text)
    }
    /// The year a number written as four plain digits names, if it could
    /// be one (1900–2100).
    pub fn year(&self) -> Option<i32> {
        let y = digits(self.text).filter(|_| self.is_number() && self.text.len() == 4)? as i32;
        (1900..=2100).contains(&y).then_some(y)
    }
}

/// Matches `phrase` (words separated by single spaces) against the tokens
/// from `start`, case-insensitively. Returns the number
/// of tokens matched. No allocation: this runs at every token.
pub fn phrase_at(toks: &[Token], start: usize, phrase: &str) -> Option<usize> {
    // First letters first: a table's phrases are tried in turn at every
    // token, and most start with another letter than the token (or the
    // token with none). `| 0x20` folds ASCII case.
    let p = phrase.as_bytes().first().map_or(0, |b| b | 0x20);
    if p.is_ascii_lowercase() && toks.get(start)?.text.as_bytes().first().map(|b| b | 0x20) != Some(p) {
        return None;
    }
    // (its words by index, not `split_byte`: at the wasm's opt-level the
    // iterator's `next` stayed a call per word, 4 % of the scan's time)
    let b = phrase.as_bytes();
    let (mut n, mut from) = (0, 0);
    loop {
        let mut to = from;
        while to < b.len() && b[to] != b' ' {
            to += 1;
        }
        let w = &phrase[from..to];
        let t = toks.get(start + n)?;
        // a number matches only a phrase word written in digits (`Khabar 24`;
        // no table's has more than digits' nine)
        let number_ok = t.kind != Kind::Number || digits(w).is_some();
        if !number_ok || !crate::lang::eq_ci(t.text, w) {
            return None;
        }
        n += 1;
        if to >= b.len() {
            return Some(n);
        }
        from = to + 1;
    }
}

/// Matches `phrase` against the tokens that end just before `end`: returns
/// the index of its first token.
pub fn phrase_before(toks: &[Token], end: usize, phrase: &str) -> Option<usize> {
    // (its words: one more than its spaces)
    let (b, mut words, mut i) = (phrase.as_bytes(), 1, 0);
    while i < b.len() {
        words += usize::from(b[i] == b' ');
        i += 1;
    }
    let start = end.checked_sub(words)?;
    phrase_at(toks, start, phrase).map(|_| start)
}

/// Whether token `k` (if there is one) is the punctuation `p` (the bounds
/// test in one place; not inlined in the wasm: one call at each of some
/// twenty readers, 20 B gzip less, measured).
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
pub fn punct_at(toks: &[Token], k: usize, p: &str) -> bool {
    toks.get(k).is_some_and(|t| t.is_punct(p))
}

/// Whether token `k` (if there is one) is a capitalised word (left to the
/// compiler: 13 B gzip less in the wasm than not inlined, measured).
pub fn capitalized_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(Token::is_capitalized)
}

/// (Inlined: 21 B gzip less in the wasm, measured.)
#[inline(always)]
fn is_word_char(c: char) -> bool {
    is_alnum(c) || c == '\'' || c == '’'
}

// Small string helpers the browser build uses instead of the standard
// library's general ones (`format!`, `str::find` with a string, `join`,
// `str::parse`), each of which brings kilobytes of generic code into the wasm.

/// A piece of text for [`cat!`](crate::cat!): strings as they are, whole numbers in decimal.
pub trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for std::sync::Arc<String> {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for usize {
    fn push_to(&self, out: &mut String) {
        push_decimal(*self as u64, 1, out);
    }
}

impl Piece for u32 {
    fn push_to(&self, out: &mut String) {
        push_decimal(u64::from(*self), 1, out);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

/// `n` in decimal, zero-padded to at least `width` digits (at most 20).
pub fn push_decimal(n: u64, width: usize, out: &mut String) {
    // (the power of ten of the first digit: no digit array to fill)
    let (mut p, mut w) = (1u64, 1);
    while p <= n / 10 || w < width {
        p *= 10;
        w += 1;
    }
    // (as text: no `String::push` and its UTF-8 encoder in the wasm)
    loop {
        let d = (n / p % 10) as usize;
        out.push_str(&"0123456789"[d..d + 1]);
        if p == 1 {
            break;
        }
        p /= 10;
    }
}

/// Joins its pieces (strings, whole numbers) into a `String`, like
/// `format!` with plain `{}`s but without `core::fmt`, which would cost the
/// wasm its formatting machinery: `cat!("[", n, "]")`.
#[macro_export]
macro_rules! cat {
    ($($piece:expr),+ $(,)?) => {{
        let mut out = String::new();
        $( $crate::text::Piece::push_to(&$piece, &mut out); )+
        out
    }};
}

/// Appends its pieces to a `String`, as [`cat!`] joins them: no string in
/// between to make and drop (`push_cat!(line, " +", n)`).
#[macro_export]
macro_rules! push_cat {
    ($out:expr, $($piece:expr),+ $(,)?) => {{
        let out: &mut String = &mut $out;
        $( $crate::text::Piece::push_to(&$piece, out); )+
    }};
}

/// Whether `c` is white space (Unicode's White_Space, as
/// `char::is_whitespace`): a match, without the standard library's table
/// and lookup in the wasm.
pub fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | ' ' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// How many words (runs of non-space) `s` has: `split_whitespace().count()`
/// without its iterator in the wasm.
pub fn word_count(s: &str) -> usize {
    let (mut n, mut space) = (0, true);
    for c in s.chars() {
        n += usize::from(space && !is_space(c));
        space = is_space(c);
    }
    n
}

/// Upper-cases the first character of `s` when it is an ASCII letter: one
/// copy for the timeline's labels and the months' names (not inlined: 23 B
/// gzip less in the wasm than each doing it, measured).
#[inline(never)]
pub fn capitalize(s: &mut str) {
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
}

/// `items` joined by `sep` (`[T]::join` without its generic copy loop).
pub fn join(items: &[impl AsRef<str>], sep: &str) -> String {
    let mut out = String::new();
    for (k, item) in items.iter().enumerate() {
        push_joined(&mut out, if k > 0 { sep } else { "" }, item.as_ref());
    }
    out
}

/// `sep` then `item` after what `out` has (not generic: one copy for every
/// kind of item [`join`] takes, and for the parts of a fact's key).
#[inline(never)]
pub fn push_joined(out: &mut String, sep: &str, item: &str) {
    out.push_str(sep);
    out.push_str(item);
}

/// A whole number written in ASCII digits only (at most nine: no overflow):
/// `"2022"` → 2022; `""`, `"+5"`, `"1.5"` → `None`. `str::parse` with its
/// sign handling and generic overflow checks costs the wasm ~0.8 KB.
pub fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    let mut n = 0;
    for &b in s.as_bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
    }
    Some(n)
}

/// The parts of `s` between the bytes `sep` (an ASCII byte, so every part
/// is whole UTF-8). For the short phrases and table entries matched at every
/// token: `str::split` with a char sets up a searcher per call, which cost
/// more than the matching (a quarter of the extraction time, profiled).
/// (Not inlined in the wasm, where one call is smaller; natively the
/// compiler decides.)
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
pub fn split_byte(s: &str, sep: u8) -> SplitByte<'_> {
    debug_assert!(sep.is_ascii());
    SplitByte { rest: Some(s), sep }
}

/// The iterator of [`split_byte`].
pub struct SplitByte<'a> {
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        let mut i = 0;
        while i < s.len() && s.as_bytes()[i] != self.sep {
            i += 1;
        }
        self.rest = s.get(i + 1..);
        Some(&s[..i])
    }
}

/// How many characters `s` has (`chars().count()` without the standard
/// library's unrolled counter).
fn char_count(s: &str) -> usize {
    let mut n = 0;
    for _ in s.chars() {
        n += 1;
    }
    n
}

/// How many of the sorted, disjoint `spans` end at or before `at` (one
/// binary search for its callers: sentences, and the spans dates claim).
/// `partition_point`'s search written out, probe for probe (its instance
/// cost the wasm 94 B: 24 B gzip less so, measured).
pub fn ending_by(spans: &[(usize, usize)], at: usize) -> usize {
    let (mut base, mut size) = (0, spans.len());
    if size == 0 {
        return 0;
    }
    while size > 1 {
        let half = size / 2;
        if spans[base + half].1 <= at {
            base += half;
        }
        size -= half;
    }
    base + usize::from(spans[base].1 <= at)
}

/// `s` split at its first byte `sep` (ASCII), without it: `str::split_once`
/// with a char pattern brings the char searcher into the wasm.
pub fn split_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    // (by split_byte's scan: one in the wasm)
    let first = split_byte(s, sep).next()?;
    Some((first, s.get(first.len() + 1..)?))
}

/// `s` without the whitespace it starts with: `str::trim_start` without the
/// standard library's pattern searchers, which cost the wasm ~0.7 KB for
/// the three trims.
pub fn trim_start(s: &str) -> &str {
    for (i, c) in s.char_indices() {
        if !is_space(c) {
            return &s[i..];
        }
    }
    ""
}

/// `s` without the whitespace it ends with ([`trim_start`]'s other end).
pub fn trim_end(s: &str) -> &str {
    let mut end = s.len();
    while let Some((i, c)) = char_before(s, end) {
        if !is_space(c) {
            return &s[..end];
        }
        end = i;
    }
    ""
}

/// `c.len_utf8()`, compiled once for its readers in the wasm (inlined at
/// each of nine, it was 17 B gzip more, measured).
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
pub fn utf8_len(c: char) -> usize {
    c.len_utf8()
}

/// The char that starts at byte `b` of `s` (a char boundary), if any:
/// `s[b..].chars().next()`, compiled once for its readers.
#[inline(never)]
pub fn char_at(s: &str, b: usize) -> Option<char> {
    s[b..].chars().next()
}

/// The char that ends `s[..end]` and where it starts (`end` a char
/// boundary): a step of `char_indices().rev()`, read with the forward
/// decoder, so the wasm has no backward one.
pub fn char_before(s: &str, end: usize) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut i = end.checked_sub(1)?;
    // (back over UTF-8 continuation bytes to the char's first)
    while bytes[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    Some((i, char_at(s, i)?))
}

/// `s` without the whitespace around it: `str::trim` (see [`trim_start`]).
pub fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// `s` without the bytes `b` (ASCII) it ends with: `trim_end_matches` with a
/// char pattern without its searcher.
pub fn trim_end_byte(s: &str, b: u8) -> &str {
    let mut n = s.len();
    while n > 0 && s.as_bytes()[n - 1] == b {
        n -= 1;
    }
    &s[..n]
}

/// Whether `s` starts with `prefix`, ASCII case aside (no lower-cased copy).
/// (Not inlined in the wasm, as [`split_byte`].)
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
pub fn starts_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `s` has the byte `b` (an ASCII one, so the character: `str::contains`
/// with a char falls back to the string searcher for non-ASCII ones: ~2 KB
/// of wasm; and a byte scan decodes no UTF-8).
/// (by split_byte's scan: one in the wasm)
pub fn has_byte(s: &str, b: u8) -> bool {
    split_once_byte(s, b).is_some()
}

/// Whether `s` has an ASCII digit (a plain loop: no iterator adapter
/// instance of its own).
pub fn has_digit(s: &str) -> bool {
    for &b in s.as_bytes() {
        if b.is_ascii_digit() {
            return true;
        }
    }
    false
}

/// Whether `s` has a lower-case letter (a plain loop: no iterator
/// adapter instance).
pub fn has_lower(s: &str) -> bool {
    for c in s.chars() {
        if is_lower(c) {
            return true;
        }
    }
    false
}

/// Where `needle` first occurs in `hay` (byte offset; `None` for an empty
/// needle). A plain scan: the needles are a few words long, and `str::find`
/// with a string pattern brings the two-way searcher (~2 KB of wasm).
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    if n.is_empty() {
        return None;
    }
    // a match starts at a char boundary: a UTF-8 string never starts with a continuation byte
    hay.as_bytes().windows(n.len()).position(|w| w == n)
}

// Character classes without Unicode tables (they would double the wasm size):
// exact for ASCII and Latin letters, the scripts news in Indonesian and English
// use; any other character outside the punctuation and symbol blocks counts
// as a caseless letter.

/// A letter: ASCII, Latin-1 and Latin Extended by range, and any other
/// character that is not whitespace, a control, punctuation or a symbol.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !matches!(c as u32,
        0x80..=0xBF | 0xD7 | 0xF7                 // Latin-1 controls, punctuation, symbols, × ÷
        | 0x2000..=0x2BFF                        // general punctuation … arrows, math, shapes
        | 0x3000..=0x303F                        // CJK punctuation
        | 0xE000..=0xF8FF                        // private use
        | 0xFE30..=0xFE6F                        // compatibility and small forms
        | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
        | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FAFF)                     // emoji and pictographs
        && !is_space(c)
}

/// A letter or an ASCII digit.
/// (Not inlined in the wasm, as [`split_byte`].)
#[cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), inline(never))]
pub fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// An upper-case letter (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
pub fn is_upper(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A => true,
        0xC0..=0xDE => c != '×',
        0x100..=0x17F => (c as u32).is_multiple_of(2),
        0x391..=0x3A9 | 0x400..=0x42F => true,
        _ => false,
    }
}

/// A lower-case letter (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
pub fn is_lower(c: char) -> bool {
    match c as u32 {
        0x61..=0x7A => true,
        0xDF..=0xFF => c != '÷',
        0x100..=0x17F => c as u32 % 2 == 1,
        0x3B1..=0x3C9 | 0x430..=0x45F => true,
        _ => false,
    }
}

/// Splits `text` into tokens, with spans offset by `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    // (natively and in the wasm built for speed, sized for a paragraph's
    // tokens at once, a token to four bytes: no copy as it grows; the
    // element's wasm grows it, no code for the guess)
    #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
    let mut tokens = Vec::with_capacity(text.len() / 4 + 4);
    #[cfg(all(target_arch = "wasm32", not(feature = "speed")))]
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut spaced = true;
    // (read in place, from one token's end to the next's start)
    while let Some(c) = char_at(text, i) {
        if c == ' ' || is_space(c) || is_invisible(c) {
            spaced = true;
            i += utf8_len(c);
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            // digits with inner separators that are followed by a digit
            let mut end = i + 1;
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit() {
                    end += 1;
                } else if (b == b'.' || b == b',') && end + 1 < bytes.len() && bytes[end + 1].is_ascii_digit() {
                    end += 2;
                } else if b == b' '
                    // (or a space before each group of three: "2 207", "1 000 000")
                    && (end - i <= 3 || bytes[end - 4] == b' ')
                    && bytes.get(end + 1..end + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                    && !bytes.get(end + 4).is_some_and(u8::is_ascii_alphanumeric)
                {
                    end += 4;
                } else {
                    break;
                }
            }
            // digits glued to more than a short suffix (bn, rb, M) make a code:
            // 737MAX here; A320 is caught by the word branch
            let rest = &text[end..];
            // (the run of letters and digits that follows)
            let mut letters = 0;
            for (j, c) in rest.char_indices() {
                if !is_alnum(c) {
                    break;
                }
                letters = j + utf8_len(c);
            }
            let run = &rest[..letters];
            if letters > 0 && (has_digit(run) || char_count(run) > 2) {
                (Kind::Word, end + letters)
            } else {
                (Kind::Number, end)
            }
        } else if is_word_char(c) {
            let mut end = i + utf8_len(c);
            loop {
                // (ASCII letters first, as the arms below take them)
                if bytes.get(end).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'\'') {
                    end += 1;
                    continue;
                }
                let (word, rest) = (&text[i..end], &text[end..]);
                let mut it = rest.chars();
                match (it.next(), it.next()) {
                    // Rp3,5: a currency prefix glued to its amount is split off
                    (Some(n), _) if n.is_ascii_digit() && crate::lang::GLUED_CURRENCIES.has(word) && has_lower(word) => break,
                    // M6,9: a magnitude prefix glued to a decimal
                    (Some(n), _) if n.is_ascii_digit() && crate::lang::GLUED_MEASURES.holds(word) && starts_with_decimal(rest) => break,
                    (Some(n), _) if is_word_char(n) => end += utf8_len(n),
                    // inner hyphen: pasca-Soviet, COVID-19, ke-3
                    (Some('-'), Some(m)) if is_alnum(m) => end += 1,
                    // a dot between letters with no space: KOMPAS.TV, cakra.news, U.S
                    // (not a sentence's end that lost its space: "seven arrests.Two men")
                    (Some('.'), Some(m)) if is_letter(m) && word.chars().all(is_letter) && !glued_sentence(bytes, end) => end += 1,
                    _ => break,
                }
            }
            (Kind::Word, end)
        } else {
            (Kind::Punct, i + utf8_len(c))
        };
        tokens.push(Token { kind, text: &text[i..end], start: base + i, spaced });
        spaced = false;
        i = end;
    }
    tokens
}

/// Whether `s` starts with digits, a `.` or `,` and a digit (`6,9`).
fn starts_with_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut k = 0;
    while k < b.len() && b[k].is_ascii_digit() {
        k += 1;
    }
    matches!(b.get(k), Some(b'.' | b',')) && b.get(k + 1).is_some_and(u8::is_ascii_digit)
}

/// Zero-width and formatting characters that never matter to the reader.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Whether the full stop at byte `i` ends a sentence that lost its space
/// after it: a lower-case letter before it, a capitalised word after it
/// (`seven arrests.Two men`; not `cakra.news`, `KOMPAS.TV` or `U.S`).
fn glued_sentence(bytes: &[u8], i: usize) -> bool {
    i > 0 && bytes[i - 1].is_ascii_lowercase() && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase) && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)
}

/// Byte ranges of the sentences in `text` (relative to `text`).
pub fn sentences(text: &str, abbreviations: crate::lang::Packed) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    // the char at byte `b` (read in place: no list of the text's chars)
    let at = |b: usize| char_at(text, b);
    let mut i = 0;
    // (the marks are ASCII: a byte scan finds them, never inside a character)
    while let Some(&c) = text.as_bytes().get(i) {
        if !matches!(c, b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        // swallow closing quotes and repeated marks
        let mut end = i + 1;
        while let Some(d) = at(end).filter(|d| matches!(d, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')')) {
            end += utf8_len(d);
        }
        let next_is_space = at(end).is_none_or(is_space) || glued_sentence(text.as_bytes(), i);
        let mut n = end;
        while let Some(d) = at(n).filter(|&d| is_space(d)) {
            n += utf8_len(d);
        }
        let next_starts = at(n).is_none_or(|d| is_upper(d) || d.is_ascii_digit() || matches!(d, '"' | '“' | '\'' | '‘' | '(' | '['));
        // only a candidate boundary pays for the abbreviation check, which
        // looks back at most a short word
        let is_abbrev = next_is_space && next_starts && c == b'.' && {
            let mut from = i;
            for _ in 0..12 {
                match char_before(text, from) {
                    Some((b, c)) if is_alnum(c) || c == '.' => from = b,
                    _ => break,
                }
            }
            let word_before = &text[from..i];
            abbreviations.has(word_before) || (char_count(word_before) == 1 && word_before.chars().all(is_upper))
        };
        if next_is_space && next_starts && !is_abbrev {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        i = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - trim_start(s).len();
    let trail = s.len() - trim_end(s).len();
    if lead + trail < s.len() {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_macros, clippy::disallowed_methods)] // tests compare with format! and char::is_whitespace (clippy.toml)
mod tests {
    use super::*;

    #[test]
    fn is_space_is_char_is_whitespace() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    fn kinds(s: &str) -> Vec<(Kind, &str)> {
        tokenize(s, 0).into_iter().map(|t| (t.kind, t.text)).collect()
    }

    /// The first-letter test of phrase_at rules out only phrases that
    /// could not match: case and a first character that is no letter.
    #[test]
    fn phrase_at_first_letters() {
        let toks = tokenize("KEESOKAN harinya, ’s 24 (x) Khabar 24", 0);
        assert_eq!(phrase_at(&toks, 0, "keesokan harinya"), Some(2));
        assert_eq!(phrase_at(&toks, 0, "besoknya"), None);
        assert_eq!(phrase_at(&toks, 2, ","), Some(1));
        assert_eq!(phrase_at(&toks, 2, "hari"), None);
        assert_eq!(phrase_at(&toks, 3, "'s"), Some(1));
        assert_eq!(phrase_at(&toks, 4, "24"), Some(1));
        assert_eq!(phrase_at(&toks, 5, "( x )"), Some(3));
        assert_eq!(phrase_at(&toks, 8, "khabar 24"), Some(2));
        assert_eq!(phrase_at(&toks, 10, "khabar"), None);
    }

    #[test]
    fn cat_joins_strings_and_numbers_like_format() {
        let n: usize = 1234;
        assert_eq!(crate::cat!("[", n, "] ", String::from("x"), " ", 0usize, " ", u32::MAX), format!("[{n}] x 0 {}", u32::MAX));
        let mut padded = String::new();
        push_decimal(7, 2, &mut padded);
        push_decimal(2022, 4, &mut padded);
        push_decimal(5, 4, &mut padded);
        assert_eq!(padded, "0720220005");
        assert_eq!(join(&["a", "b", "c"], ", "), "a, b, c");
        assert_eq!(join(&[] as &[&str], ", "), "");
    }

    #[test]
    fn digits_reads_plain_whole_numbers_only() {
        assert_eq!(digits("2022"), Some(2022));
        assert_eq!(digits("07"), Some(7));
        assert_eq!(digits("999999999"), Some(999_999_999));
        for bad in ["", "+5", "-5", "1.5", "1 2", "1234567890", "٣"] {
            assert_eq!(digits(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn find_str_is_str_find_for_non_empty_needles() {
        for (hay, needle) in [("Kamis (13/1) pagi", "(13/1)"), ("a – b – c", " – "), ("https://x.id", "://"), ("abc", "abcd"), ("", "a"), ("ééé", "é")]
        {
            assert_eq!(find_str(hay, needle), hay.find(needle), "{hay:?} / {needle:?}");
        }
        assert_eq!(find_str("abc", ""), None);
    }

    #[test]
    fn numbers_keep_inner_separators() {
        assert_eq!(kinds("2.500 dan 1,8"), vec![(Kind::Number, "2.500"), (Kind::Word, "dan"), (Kind::Number, "1,8")]);
    }

    #[test]
    fn codes_are_words() {
        for code in ["COVID-19", "MH370", "A320", "G20", "QZ8501", "ke-3", "737MAX"] {
            let toks = kinds(code);
            assert_eq!(toks.len(), 1, "{code}: {toks:?}");
            assert_eq!(toks[0].0, Kind::Word, "{code}");
        }
    }

    #[test]
    fn trailing_dot_is_punct() {
        assert_eq!(kinds("2.000."), vec![(Kind::Number, "2.000"), (Kind::Punct, ".")]);
        assert_eq!(kinds("KOMPAS.TV -")[0], (Kind::Word, "KOMPAS.TV"));
    }

    #[test]
    fn character_classes_without_tables() {
        for c in ['a', 'Z', 'é', 'Ö', 'ş', 'Ж', 'ж', '中'] {
            assert!(is_letter(c), "{c}");
        }
        for c in ['1', ' ', '.', '“', '–', '€', '×', '\u{00A0}', '😀'] {
            assert!(!is_letter(c), "{c}");
        }
        assert!(is_upper('É') && is_lower('é') && is_upper('Ş') && is_lower('ş'));
        assert!(!is_upper('中') && !is_lower('中'));
    }

    #[test]
    fn sentences_split_on_terminal_marks_only() {
        let t = "Ada 2.500 pasukan. Dr. Budi datang! Lalu pergi";
        let s: Vec<&str> = sentences(t, crate::lang::Packed::new("dr")).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(s, vec!["Ada 2.500 pasukan.", "Dr. Budi datang!", "Lalu pergi"]);
        // a sentence that lost its space after the full stop ends there; a domain or an initialism does not
        let t = "Polisi mencatat tujuh penangkapan.Dua pria ditahan. Dikutip dari cakra.news dan KOMPAS.TV di U.S.";
        let s: Vec<&str> = sentences(t, crate::lang::Packed::new("")).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(s, vec!["Polisi mencatat tujuh penangkapan.", "Dua pria ditahan.", "Dikutip dari cakra.news dan KOMPAS.TV di U.S."]);
        assert_eq!(kinds("arrests.Two cakra.news")[..3], [(Kind::Word, "arrests"), (Kind::Punct, "."), (Kind::Word, "Two")]);
        // an English title before a name is no sentence's end (the table's)
        let t = "Monday morning, Gov. Andy Beshear said 64 died. Sen. Rand Paul spoke.";
        let s: Vec<&str> = sentences(t, crate::lang::en::TABLE.abbreviations).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(s, vec!["Monday morning, Gov. Andy Beshear said 64 died.", "Sen. Rand Paul spoke."]);
    }
}
