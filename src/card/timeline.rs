//! The timeline: one entry per calendar date the articles give, with all
//! its citations, labelled by the clause that says what happened.

use super::{citation, TimelineEntry};
use crate::dates::Inferred;
use crate::extract::ArticleMentions;
use crate::lang;

/// The dated entries of the articles, in date order.
/// Each label is read with its article's own language table.
pub(super) fn timeline(articles: &[ArticleMentions], names: &[String]) -> Vec<TimelineEntry> {
    let mut timeline: Vec<TimelineEntry> = Vec::new();
    // each entry's label's score ([`label_score`])
    let mut scores: Vec<u8> = Vec::new();
    // (a year is a guess read from a weekday or today, or any year where
    // the bundle has no date of known year to read one from)
    let firm = articles.iter().any(|a| a.published || a.dates.iter().any(|d| d.kind == "calendar" && !d.year_inferred));
    for (a, name) in articles.iter().zip(names) {
        let table = lang::table(a.lang);
        // (a weekday or "yesterday", the other kinds, is a day of the
        // calendar too when the bundle says when the article was published)
        for d in &a.dates {
            if !(a.published || d.kind == "calendar") {
                continue;
            }
            // a date whose weekday does not fit sits at the reading that
            // fits ("Kamis (6/12)" in a January story is 6 January), flagged
            // (a date is suggested only for one that was read)
            let flagged = d.weekday_mismatch && d.suggested_date.is_some();
            let written = if flagged { d.date.clone() } else { None };
            let Some(date) = (if flagged { &d.suggested_date } else { &d.date }) else { continue };
            let date = date.clone();
            let cite = citation(a, name, &d.sentence, &d.text);
            let guessed = d.year_inferred && (!firm || matches!(d.inferred_from, Some(Inferred::Weekday | Inferred::Today)));
            let labelled = || labelled(d, a, &date, table);
            // (entries are kept in date order: the date's, or where it goes)
            let mut k = 0;
            while k < timeline.len() && timeline[k].date < date {
                k += 1;
            }
            match timeline.get_mut(k).filter(|t| t.date == date) {
                Some(t) => {
                    t.flagged |= d.weekday_mismatch;
                    // (one source that gives the year gives it)
                    t.year_guessed &= guessed;
                    if t.written_date.is_none() {
                        t.written_date = written;
                    }
                    // of the first few sentences that give the date, the
                    // first that says best what happened
                    if t.citations.len() < LABEL_CANDIDATES {
                        let (label, score) = labelled();
                        if score > scores[k] {
                            (t.label, scores[k]) = (label, score);
                        }
                    }
                    t.citations.push(cite);
                }
                None => {
                    let (label, score) = labelled();
                    // a date whose label would be a fragment with no event
                    // word is given in passing, no step of the story: it
                    // starts no entry ("kepada wartawan", "who declared", "at
                    // the Grand Mosque in Mecca"); a sentence that says what
                    // happened that day may
                    // (the score's bits 32, no fragment, and 8, an event word)
                    if score & 40 == 0 {
                        continue;
                    }
                    scores.insert(k, score);
                    timeline.insert(
                        k,
                        TimelineEntry { label, date, flagged: d.weekday_mismatch, written_date: written, year_guessed: guessed, citations: vec![cite] },
                    );
                }
            }
        }
    }
    // a label cut from inside a sentence reads as one ("Jumlah korban
    // meninggal bertambah menjadi 56 orang")
    for t in &mut timeline {
        crate::text::capitalize(&mut t.label);
    }
    timeline
}

/// The label of date `d` (on `date`) of article `a`, with its score
/// ([`label_score`]): the article's title on the day it was published,
/// unless a clause says better what happened ("Gunung Ruang Kembali Erupsi,
/// BNPB Bakal Evakuasi 12 Ribu Orang", not "Ada beberapa hal"; a title of
/// a word or two, "Summary", says nothing); a sentence that says nothing
/// but its date, "(1700GMT Thursday).", is labelled by its article's title,
/// after any clause that says something. (A title that says what happened
/// is not outdone by a clause only for the figure the clause gives.)
/// (No inline attribute: LLVM keeps one copy for the new entry and the
/// repeat either way, and the module was 9 B gzip smaller without it.)
fn labelled(d: &crate::dates::DateMention, a: &ArticleMentions, date: &str, table: &lang::LangTable) -> (String, u8) {
    let label = timeline_label(&d.sentence, &d.text, table);
    let score = label_score(&label, table);
    let Some(t) = &a.title else { return (label, score) };
    let words = clause_words(t);
    let own = label_score(t, table);
    if a.published && a.date.as_deref() == Some(date) && own | 2 >= score && content(&words, table) > 2 {
        // (a title says it in few words: whole, unless it is long)
        (if words.len() > TITLE_WORDS { say(cut(&words, table)) } else { t.clone() }, own)
    } else if content(&clause_words(&label), table) < 2 {
        (say(cut(&words, table)), 32)
    } else {
        (label, score)
    }
}

/// Most words in a title that labels a timeline entry whole.
const TITLE_WORDS: usize = 16;

/// How well a label says what happened: it is no fragment, first (one
/// starts with a small letter, gives no figure, and is two words or opens
/// with a function word: "sebelum mendaki", "in the wake of the outage";
/// not "mengevakuasi dua jenazah lagi"); it is not who said it ("Riyani 35
/// tahun katanya", "disampaikan oleh Presiden", "Last Updated"), it names
/// something that happened (an event word), it opens a clause (a
/// capital: "mengakibatkan…" is a fragment), and a figure follows its
/// event word ("The death toll rose to 15" over "The death toll from the
/// quake…"): of a date's sentences, the one that counts what happened.
#[inline(never)]
fn label_score(label: &str, table: &lang::LangTable) -> u8 {
    let (mut said, mut happened, mut figure, mut digits, mut words) = (false, false, 0, false, 0);
    for w in crate::text::split_byte(label, b' ') {
        said |= table.speech_words.has(w);
        happened |= table.event(w).is_some();
        let digit = starts_digit(w);
        (digits, words) = (digits | digit, words + 1);
        figure |= u8::from(happened && digit);
    }
    // (a clause opens with a capital, and not with a subordinator: "If a
    // federal election were held")
    let first = crate::text::split_byte(label, b' ').next().unwrap_or_default();
    let sub = table.subordinators.has(first);
    let opens = crate::text::char_at(first, 0).is_some_and(crate::text::is_upper) && !sub;
    // (an empty label is no clause either)
    let small = first.as_bytes().first().is_none_or(u8::is_ascii_lowercase);
    let whole = !small || digits || words > 2 && !(sub || table.stopwords.has(first) || table.coordinators.has(first));
    u8::from(whole) * 32 + u8::from(!said) * 16 + u8::from(happened) * 8 + u8::from(opens) * 4 + figure * 2
}

/// How many of the sentences that give a date are read for its label.
const LABEL_CANDIDATES: usize = 8;

/// Most words in a timeline phrase.
const LABEL_WORDS: usize = 10;

/// A short phrase for a timeline entry: the clause of the sentence that holds
/// the date (or the nearest clause with something in it), without the date,
/// without opening connectives, ending before a subordinate clause.
fn timeline_label(sentence: &str, date_text: &str, table: &lang::LangTable) -> String {
    // where the date is (a quote cut short may have lost it: then nothing is removed)
    let (at, removed_end) = match crate::text::find_str(sentence, date_text) {
        Some(at) => (at, at + date_text.len()),
        None => (sentence.len(), sentence.len()),
    };
    let bytes = sentence.as_bytes();
    // a comma, full stop or colon breaks a clause only before a space (not in 6,9 or 19:28)
    let is_break = |i: usize, c: char| match c {
        // (and a sentence's end, where a quote holds the one before it)
        // (or before a closing quote: `…14 korban," ucap Rusdi`)
        // (nor after an initial: "spokesman M. Syahril")
        ',' | '.' | ':' => {
            crate::text::char_at(sentence, i + 1).is_some_and(|c| crate::text::is_space(c) || matches!(c, '"' | '”'))
                && !(c == '.' && i > 1 && bytes[i - 1].is_ascii_uppercase() && bytes[i - 2] == b' ')
        }
        // (a name's short form in brackets is no break: "Kolektif (CSTO) yang")
        '(' | ')' => !short_form(bytes, i),
        // (a dash between spaces ends a dateline: `Moscow - Russia said`,
        // `SEOUL (Yonhap) -- The death toll`; not one in a word)
        '-' => i > 0 && matches!(bytes[i - 1], b' ' | b'-') && matches!(bytes.get(i + 1), Some(b' ' | b'-')),
        ';' | '–' | '—' | '|' => true,
        _ => false,
    };
    // clauses as (words, holds the date)
    let mut clauses: Vec<(Vec<String>, bool)> = Vec::new();
    let mut start = 0;
    let mut chars = sentence.char_indices();
    loop {
        // every char, then the sentence's end (a break)
        let (i, c) = chars.next().unwrap_or((sentence.len(), ','));
        if i >= at && i < removed_end {
            continue;
        }
        if i == sentence.len() || is_break(i, c) {
            let holds = start <= at && at <= i;
            let part = if holds {
                // without the date and the words that only introduced it ("pada", "on")
                // and the time of day said with it ("pukul 19.03 WIB", "As of 6 am")
                let before = clause_words(&sentence[start..at.max(start)]);
                let after = clause_words(&sentence[removed_end.clamp(start, i)..i]);
                let mut keep = before.len() - time_run(&before, true, table);
                while keep > 0 && table.weekday_lead.has(&before[keep - 1]) {
                    keep -= 1;
                }
                let mut part = crate::text::join(&before[..keep], " ");
                crate::push_cat!(part, " ", &crate::text::join(&after[time_run(&after, false, table)..], " "));
                clause_words(&part)
            } else {
                clause_words(&sentence[start..i])
            };
            clauses.push((part, holds));
            start = (i + crate::text::utf8_len(c)).min(sentence.len());
        }
        if i == sentence.len() {
            break;
        }
    }
    let words_of = |k: usize| -> &[String] {
        let mut words: &[String] = &clauses[k].0;
        // drop opening connectives (longest first), repeatedly
        loop {
            // (0: none)
            let mut lead = 0;
            for p in table.clause_leads.iter() {
                // how many words of the lead the clause opens with (0: not all of them)
                let mut n = 0;
                for a in crate::text::split_byte(p, b' ') {
                    if !words.get(n).is_some_and(|b| lang::eq_ci(a, b)) {
                        n = 0;
                        break;
                    }
                    n += 1;
                }
                lead = lead.max(n);
            }
            if lead == 0 {
                break;
            }
            words = &words[lead..];
        }
        // (and the time of day that opens it: "…, Senin, 24 Desember 2018,
        // pukul 17.00 WIB menunjukkan korban meninggal dunia jadi 373 orang")
        &words[time_run(words, false, table)..]
    };
    // the clause with the date, else the nearest one before or after it
    if clauses.is_empty() {
        return String::new();
    }
    let holding = clauses.iter().position(|c| c.1).unwrap_or(0);
    // two words will do in the date's own clause ("Troops arrived"); a
    // neighbour must say more. Nearest first, the one before first (past
    // either end, or the date's clause a second time, is out of range).
    // A clause that only says who said it is no label when another says
    // what they said ("…, kata Raditya Jati dalam keterangan tertulis, Senin").
    let mut found = None;
    'nearest: for pass in 0..3 {
        for d in 0..clauses.len() {
            for &k in &[holding.wrapping_sub(d), if d == 0 { usize::MAX } else { holding + d }] {
                if k < clauses.len() {
                    // (who said it, in the whole clause: "spokesman M.
                    // Syahril said", not "spokesman M. Syahril"; what
                    // happened, in what the label would say)
                    let whole = words_of(k);
                    let (w, end) = cut(whole, table);
                    let (mut said, mut happened) = (false, false);
                    for (j, x) in whole[..end].iter().enumerate() {
                        said |= table.speech_words.has(x);
                        happened |= j < w.len() && table.event(x).is_some();
                    }
                    // what happened in the date's own clause, or in the
                    // nearest that does not say who said it (pass 0); else
                    // the date's own clause unless it only says who spoke,
                    // or a neighbour that does not say who spoke (pass 1);
                    // else any neighbour (pass 2). (A subordinate clause,
                    // "as the death toll rose", says what happened only
                    // when the main one says nothing.) Two words will do in the
                    // date's own clause ("Troops arrived"); a neighbour must
                    // say more.
                    let fits = content(w, table) >= 2
                        && if d == 0 {
                            happened || pass > 0 && !said
                        } else {
                            w.len() >= 3 && (pass == 2 || !said) && (pass > 0 || happened && !table.subordinators.has(&w[0]))
                        };
                    if fits {
                        found = Some(k);
                        break 'nearest;
                    }
                }
            }
        }
    }
    say(cut(words_of(found.unwrap_or(holding)), table))
}

/// A label's words as its text, with an ellipsis when it was cut short.
fn say((words, end): (&[String], usize)) -> String {
    let mut label = crate::text::join(words, " ");
    if end > LABEL_WORDS {
        label.push_str("…");
    }
    label
}

/// What a clause would say: its words up to a subordinate clause (once
/// there is something to say), at most [`LABEL_WORDS`], not ending on a word
/// that leads to what was cut ("mengungsi hingga per"); and where the
/// subordinate clause starts.
fn cut<'a>(words: &'a [String], table: &lang::LangTable) -> (&'a [String], usize) {
    // (a subordinator from the fifth word on: "Ada beberapa hal" says
    // nothing without "yang menjadi kesepakatan")
    let mut end = words.len().min(4);
    while end < words.len() && !table.subordinators.has(&words[end]) {
        end += 1;
    }
    let mut keep = end.min(LABEL_WORDS);
    while keep > 1 && (table.stopwords.has(&words[keep - 1]) || table.weekday_lead.has(&words[keep - 1])) {
        keep -= 1;
    }
    (&words[..keep], end)
}

/// Whether a word starts with a digit. (Not inlined: its callers are
/// inlined the less, and the wasm is 23 B gzip smaller, measured.)
#[inline(never)]
fn starts_digit(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// How many words say something: not stopwords, not numbers.
fn content(words: &[String], table: &lang::LangTable) -> usize {
    let mut n = 0;
    for w in words {
        n += usize::from(!table.stopwords.has(w) && !starts_digit(w));
    }
    n
}

/// How many words at one end of a clause (its last ones when `back`), read
/// from the date outwards, only tell the time of day: up to the last that
/// does, over lead words, stopwords and numbers ("at 11 PM KST", "As of 6
/// am": not "at least 10"). A word tells the time when it is a time word or
/// part of the day ("pukul", "WIB", "pm", "malam"), a clock's number before
/// one ("6 am", "19.03 WIB"), or its hour after one ("pukul 15.30").
fn time_run(words: &[String], back: bool, table: &lang::LangTable) -> usize {
    let time = |k: usize| words.get(k).is_some_and(|w| table.time_words.has(w));
    let mut n = 0;
    for j in 0..words.len() {
        let k = if back { words.len() - 1 - j } else { j };
        let w = &words[k];
        let mut digits = 0;
        while w.as_bytes().get(digits).is_some_and(u8::is_ascii_digit) {
            digits += 1;
        }
        if time(k) || digits > 0 && (time(k + 1) || digits == 2 && time(k.wrapping_sub(1))) {
            n = j + 1;
        } else if !(digits > 0 || table.weekday_lead.has(w) || table.stopwords.has(w)) {
            break;
        }
    }
    n
}

/// Whether the bracket at byte `i` holds a name's short form: a few letters
/// and nothing else ("(CSTO)").
fn short_form(b: &[u8], i: usize) -> bool {
    let (mut from, mut to) = (i, i + 1);
    if b[i] == b'(' {
        while b.get(to).is_some_and(u8::is_ascii_alphabetic) {
            to += 1;
        }
        to < b.len() && b[to] == b')' && to - i - 1 > 1 && to - i < 12
    } else {
        while from > 0 && b[from - 1].is_ascii_alphabetic() {
            from -= 1;
        }
        from > 0 && b[from - 1] == b'(' && i - from > 1 && i - from < 11
    }
}

/// The words and numbers of a clause (a `%` glued to a number kept), as
/// the tokenizer reads them: no punctuation.
fn clause_words(part: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for t in &crate::text::tokenize(part, 0) {
        match words.last_mut() {
            Some(w) if t.is_punct("%") && !t.spaced => w.push_str("%"),
            // (a closing quote is no apostrophe: `perusuh’` is `perusuh`)
            _ if t.is_word() || t.is_number() => words.push(t.text.strip_suffix("’").unwrap_or(t.text).to_string()),
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeline_phrases_say_what_happened() {
        assert_eq!(
            timeline_label(
                "Pada hari Kamis (13/1), blok militer pimpinan Rusia mulai menarik pasukan dari Kazakhstan setelah pengerahan.",
                "Kamis (13/1)",
                &lang::id::TABLE
            ),
            "blok militer pimpinan Rusia mulai menarik pasukan dari Kazakhstan"
        );
        assert_eq!(
            timeline_label("Pihak berwenang mengatakan pada Minggu (09/01/2022) bahwa situasi kembali stabil.", "Minggu (09/01/2022)", &lang::id::TABLE),
            "Pihak berwenang mengatakan bahwa situasi kembali stabil"
        );
        assert_eq!(
            timeline_label("Gempa magnitudo 6,9 mengguncang Banten pada Jumat (2/8/2019) pukul 19.03 WIB.", "Jumat (2/8/2019)", &lang::id::TABLE),
            "Gempa magnitudo 6,9 mengguncang Banten"
        );
        // not who said it when a clause says what happened, and not ending on a word that leads on
        assert_eq!(
            timeline_label(
                "Korban meninggal bertambah menjadi 174 orang, kata Raditya dalam keterangan tertulis, Sabtu (10/4/2021).",
                "Sabtu (10/4/2021)",
                &lang::id::TABLE
            ),
            "Korban meninggal bertambah menjadi 174 orang"
        );
        assert_eq!(
            timeline_label("Sebanyak 13.230 orang mengungsi hingga per Rabu (7/4/2021).", "Rabu (7/4/2021)", &lang::id::TABLE),
            "Sebanyak 13.230 orang mengungsi"
        );
        assert_eq!(timeline_label("", "Kamis (13/1)", &lang::id::TABLE), "");
        // an infinitive is no subordinate clause: what the label says needs it
        assert_eq!(timeline_label("The death toll rose to 15 on Monday.", "Monday", &lang::en::TABLE), "The death toll rose to 15");
        assert_eq!(
            timeline_label("Rusia telah mengirimkan pasukan untuk membantu Kazakhstan pada Kamis (6/1).", "Kamis (6/1)", &lang::id::TABLE),
            "Rusia telah mengirimkan pasukan untuk membantu Kazakhstan"
        );
        // a quote that holds the sentence before ("Hal ini disampaikan oleh
        // …"): what was said, not who said it; a short form in brackets is
        // no break
        assert_eq!(
            timeline_label(
                "Pasukan Traktat Keamanan (CSTO) akan meninggalkan Kazakhstan. Hal ini disampaikan oleh Presiden Kazakhstan Kassym-Jomart Tokayev, Selasa (11/1/2022).",
                "Selasa (11/1/2022)",
                &lang::id::TABLE
            ),
            "Pasukan Traktat Keamanan CSTO akan meninggalkan Kazakhstan"
        );
        assert_eq!(timeline_label("…pasukan tiba di kota", "Kamis (13/1)", &lang::id::TABLE), "pasukan tiba di kota");
        assert_eq!(
            timeline_label("Troops arrived on Thursday, January 6, 2022, after the president asked for help.", "Thursday, January 6, 2022", &lang::en::TABLE),
            "Troops arrived"
        );
    }

    #[test]
    fn timeline_labels_leave_out_the_time_the_dateline_and_the_speaker() {
        let label = |sentence: &str, date_text: &str, code: &str| timeline_label(sentence, date_text, lang::table(code));
        // the time of day said with the date, on either side of it
        assert_eq!(label("As of 6am Saturday, the dead included five children.", "Saturday", "en"), "the dead included five children");
        assert_eq!(label("Banjir merendam 300 rumah, Senin (4/3) pukul 21.00 WIB.", "Senin (4/3)", "id"), "Banjir merendam 300 rumah");
        assert_eq!(label("Dua warga meninggal dunia, Selasa (5/3) malam.", "Selasa (5/3)", "id"), "Dua warga meninggal dunia");
        // (or opening the clause after it)
        assert_eq!(
            label("Data sementara hingga Senin (24/12), pukul 17.00 WIB, korban meninggal dunia mencapai 373 orang.", "Senin (24/12)", "id"),
            "korban meninggal dunia mencapai 373 orang"
        );
        // but not a figure after it
        assert_eq!(label("On Monday at least 10 people died in the storm.", "Monday", "en"), "at least 10 people died in the storm");
        // a dateline before a dash
        assert_eq!(label("PARIS - France on Monday said it had arrested 3 people.", "Monday", "en"), "France said it had arrested 3 people");
        // what happened, not who said it when nothing else is in their clause
        assert_eq!(label("The flood killed 12 people, the city's mayor said on Friday after visiting the area.", "Friday", "en"), "The flood killed 12 people");
        assert_eq!(label("\"Sebanyak 5 warga meninggal,\" kata petugas di lokasi, Senin (4/3).", "Senin (4/3)", "id"), "Sebanyak 5 warga meninggal");
        assert_eq!(
            label("Those cases were recorded in 20 provinces, Health Ministry spokesman M. Syahril said on Wednesday.", "Wednesday", "en"),
            "Those cases were recorded in 20 provinces"
        );
        // a sentence that is only its date says nothing (the card then takes its article's title)
        assert_eq!(label("(1700GMT Thursday).", "Thursday", "en"), "1700GMT");
        assert_eq!(label("Rabu, 10 Agustus 2022 00:08 WIB", "Rabu, 10 Agustus 2022", "id"), "");
        // nor another weekday joined to the date ("and Thursday")
        assert_eq!(label("The storefronts will be open Wednesday and Thursday.", "Wednesday", "en"), "The storefronts will be open");
        assert_eq!(label("Posko dibuka Senin (4/3) dan Selasa.", "Senin (4/3)", "id"), "Posko dibuka");
    }

    #[test]
    fn timeline_labels_keep_a_short_main_clause_with_what_it_says() {
        // a subordinate clause after the third word is what the first three say
        assert_eq!(
            timeline_label("Ada beberapa hal yang disepakati dalam rapat, Senin (29/4).", "Senin (29/4)", &lang::id::TABLE),
            "Ada beberapa hal yang disepakati dalam rapat"
        );
        // (and one from the fifth word on ends the label)
        assert_eq!(
            timeline_label("Gempa merusak 300 rumah yang berada di pesisir, Senin (29/4).", "Senin (29/4)", &lang::id::TABLE),
            "Gempa merusak 300 rumah"
        );
    }

    #[test]
    fn labels_that_count_what_happened_score_higher() {
        let score = |label: &str| label_score(label, &lang::en::TABLE);
        assert!(score("The death toll rose to 15") > score("The death toll rose in the city"));
        // (a figure before what happened is not its count)
        assert_eq!(score("In 2019 the death toll rose"), score("The death toll rose in the city"));
    }

    #[test]
    fn label_tables_are_ascii() {
        // Packed::has matches like eq_ci over the entries only when they are ASCII
        for t in lang::ALL {
            assert!(t.weekday_lead.iter().chain(t.subordinators.iter()).chain(t.time_words.iter()).all(|w| w.is_ascii()), "{}", t.code);
        }
    }
}
