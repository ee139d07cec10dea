//! The timeline: one entry per calendar date the articles give, with all
//! its citations, labelled by the clause that says what happened.

use super::{citation, TimelineEntry};
use crate::extract::ArticleMentions;
use crate::lang;

/// The dated entries of the articles, in date order.
/// Each label is read with its article's own language table.
pub(super) fn timeline(articles: &[ArticleMentions], names: &[String]) -> Vec<TimelineEntry> {
    let mut timeline: Vec<TimelineEntry> = Vec::new();
    // each entry's label's score ([`label_score`])
    let mut scores: Vec<u8> = Vec::new();
    for (a, name) in articles.iter().zip(names) {
        let table = lang::table(a.lang);
        // (a weekday or "yesterday" is a day of the calendar too when the
        // bundle says when the article was published)
        for d in a.dates.iter().filter(|d| d.kind == "calendar" || a.published && (d.kind == "weekday" || d.kind == "relative")) {
            // a date whose weekday does not fit sits at the reading that
            // fits ("Kamis (6/12)" in a January story is 6 January), flagged
            let written = d.date.clone().filter(|_| d.weekday_mismatch && d.suggested_date.is_some());
            let Some(date) = (if written.is_some() { d.suggested_date.clone() } else { d.date.clone() }) else { continue };
            let cite = citation(a, name, &d.sentence, &d.text);
            match timeline.iter().position(|t| t.date == date) {
                Some(k) => {
                    let t = &mut timeline[k];
                    t.flagged |= d.weekday_mismatch;
                    if t.written_date.is_none() {
                        t.written_date = written;
                    }
                    // of the first few sentences that give the date, the
                    // first that says best what happened
                    if t.citations.len() < LABEL_CANDIDATES {
                        let label = timeline_label(&d.sentence, &d.text, a.lang);
                        let score = label_score(&label, table);
                        if score > scores[k] {
                            (t.label, scores[k]) = (label, score);
                        }
                    }
                    t.citations.push(cite);
                }
                None => {
                    let label = timeline_label(&d.sentence, &d.text, a.lang);
                    scores.push(label_score(&label, table));
                    timeline.push(TimelineEntry { label, date, flagged: d.weekday_mismatch, written_date: written, citations: vec![cite] });
                }
            }
        }
    }
    crate::order::sort_by(&mut timeline, |a, b| a.date.cmp(&b.date));
    timeline
}

/// How well a label says what happened: it is not who said it ("Riyani 35
/// tahun katanya", "disampaikan oleh Presiden", "Last Updated"), it names
/// something that happened (an event word), and it opens a clause (a
/// capital: "mengakibatkan…" is a fragment).
fn label_score(label: &str, table: &lang::LangTable) -> u8 {
    let (mut said, mut happened) = (false, false);
    for w in crate::text::split_byte(label, b' ') {
        said |= table.speech_words.has(w);
        happened |= table.event(w).is_some();
    }
    u8::from(!said) * 4 + u8::from(happened) * 2 + u8::from(label.chars().next().is_some_and(crate::text::is_upper))
}

/// How many of the sentences that give a date are read for its label.
const LABEL_CANDIDATES: usize = 8;

/// Most words in a timeline phrase.
const LABEL_WORDS: usize = 10;

/// A short phrase for a timeline entry: the clause of the sentence that holds
/// the date (or the nearest clause with something in it), without the date,
/// without opening connectives, ending before a subordinate clause.
fn timeline_label(sentence: &str, date_text: &str, lang_code: &str) -> String {
    let table = lang::table(lang_code);
    // where the date is (a quote cut short may have lost it: then nothing is removed)
    let (at, removed_end) = match crate::text::find_str(sentence, date_text) {
        Some(at) => (at, at + date_text.len()),
        None => (sentence.len(), sentence.len()),
    };
    // a comma breaks a clause only before a space (not in 6,9)
    let is_break = |i: usize, c: char| match c {
        // (and a sentence's end, where a quote holds the one before it)
        ',' | '.' => sentence[i + 1..].chars().next().is_some_and(char::is_whitespace),
        // (a name's short form in brackets is no break: "Kolektif (CSTO) yang")
        '(' | ')' => !short_form(sentence.as_bytes(), i),
        ';' | ':' | '–' | '—' => true,
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
                let before = clause_words(&sentence[start..at.max(start)]);
                let mut keep = before.len();
                while keep > 0 && table.weekday_lead.has(&before[keep - 1]) {
                    keep -= 1;
                }
                let after = &sentence[removed_end.clamp(start, i)..i];
                let mut part = crate::text::join(&before[..keep], " ");
                crate::push_cat!(part, " ", after);
                part
            } else {
                sentence[start..i].to_string()
            };
            clauses.push((clause_words(&part), holds));
            start = (i + c.len_utf8()).min(sentence.len());
        }
        if i == sentence.len() {
            break;
        }
    }
    let words_of = |k: usize| -> &[String] {
        let mut words: &[String] = &clauses[k].0;
        // drop opening connectives (longest first), repeatedly
        loop {
            let mut lead = None;
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
                if n > 0 {
                    lead = lead.max(Some(n));
                }
            }
            match lead {
                Some(n) => words = &words[n..],
                None => break,
            }
        }
        words
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
                    let w = words_of(k);
                    let (mut said, mut happened) = (false, false);
                    for w in w {
                        said |= table.speech_words.has(w);
                        happened |= table.event(w).is_some();
                    }
                    // the date's own clause will do unless it only says who
                    // spoke; a neighbour must say what happened and not who
                    // said it (pass 0), else not who said it (pass 1), else
                    // anything (pass 2)
                    let fits = if d == 0 { (happened || !said) && w.len() >= 2 } else { w.len() >= 3 && (pass == 2 || !said) && (pass > 0 || happened) };
                    if fits {
                        found = Some(w);
                        break 'nearest;
                    }
                }
            }
        }
    }
    let words = found.unwrap_or_else(|| words_of(holding));
    // end before a subordinate clause, once there is something to say
    let mut end = words.len();
    for (k, w) in words.iter().enumerate().skip(3) {
        if table.subordinators.has(w) {
            end = k;
            break;
        }
    }
    // (nor on a word that leads to what was cut: "mengungsi hingga per")
    let mut keep = end.min(LABEL_WORDS);
    while keep > 1 && (table.stopwords.has(&words[keep - 1]) || table.weekday_lead.has(&words[keep - 1])) {
        keep -= 1;
    }
    let mut label = crate::text::join(&words[..keep], " ");
    if end > LABEL_WORDS {
        label.push('…');
    }
    label
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
            Some(w) if t.is_punct("%") && !t.spaced => w.push('%'),
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
                "id"
            ),
            "blok militer pimpinan Rusia mulai menarik pasukan dari Kazakhstan"
        );
        assert_eq!(
            timeline_label("Pihak berwenang mengatakan pada Minggu (09/01/2022) bahwa situasi kembali stabil.", "Minggu (09/01/2022)", "id"),
            "Pihak berwenang mengatakan bahwa situasi kembali stabil"
        );
        assert_eq!(
            timeline_label("Gempa magnitudo 6,9 mengguncang Banten pada Jumat (2/8/2019) pukul 19.03 WIB.", "Jumat (2/8/2019)", "id"),
            "Gempa magnitudo 6,9 mengguncang Banten pukul 19.03 WIB"
        );
        // not who said it when a clause says what happened, and not ending on a word that leads on
        assert_eq!(
            timeline_label(
                "Korban meninggal bertambah menjadi 174 orang, kata Raditya dalam keterangan tertulis, Sabtu (10/4/2021).",
                "Sabtu (10/4/2021)",
                "id"
            ),
            "Korban meninggal bertambah menjadi 174 orang"
        );
        assert_eq!(timeline_label("Sebanyak 13.230 orang mengungsi hingga per Rabu (7/4/2021).", "Rabu (7/4/2021)", "id"), "Sebanyak 13.230 orang mengungsi");
        assert_eq!(timeline_label("", "Kamis (13/1)", "id"), "");
        // an infinitive is no subordinate clause: what the label says needs it
        assert_eq!(timeline_label("The death toll rose to 15 on Monday.", "Monday", "en"), "The death toll rose to 15");
        assert_eq!(
            timeline_label("Rusia telah mengirimkan pasukan untuk membantu Kazakhstan pada Kamis (6/1).", "Kamis (6/1)", "id"),
            "Rusia telah mengirimkan pasukan untuk membantu Kazakhstan"
        );
        // a quote that holds the sentence before ("Hal ini disampaikan oleh
        // …"): what was said, not who said it; a short form in brackets is
        // no break
        assert_eq!(
            timeline_label(
                "Pasukan Traktat Keamanan (CSTO) akan meninggalkan Kazakhstan. Hal ini disampaikan oleh Presiden Kazakhstan Kassym-Jomart Tokayev, Selasa (11/1/2022).",
                "Selasa (11/1/2022)",
                "id"
            ),
            "Pasukan Traktat Keamanan CSTO akan meninggalkan Kazakhstan"
        );
        assert_eq!(timeline_label("…pasukan tiba di kota", "Kamis (13/1)", "id"), "pasukan tiba di kota");
        assert_eq!(
            timeline_label("Troops arrived on Thursday, January 6, 2022, after the president asked for help.", "Thursday, January 6, 2022", "en"),
            "Troops arrived"
        );
    }

    #[test]
    fn label_tables_are_ascii() {
        // Packed::has matches like eq_ci over the entries only when they are ASCII
        for t in lang::ALL {
            assert!(t.weekday_lead.iter().chain(t.subordinators.iter()).all(|w| w.is_ascii()), "{}", t.code);
        }
    }
}
