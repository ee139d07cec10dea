//! Which fact a figure belongs to: its quantity (what is counted and what
//! happened), narrowed by its scope (a damage grade, a state), its place when
//! the bundle gives the quantity for several, and a year of its own.

use crate::extract::ArticleMentions;
use crate::figures::FigureMention;
use crate::lang::{self, Category, CASUALTY_CONCEPTS, CASUALTY_EVENTS, EVENTLESS_CONCEPTS, GENERIC_CONCEPTS, OWN_EVENTS};
use crate::text::push_joined;

/// The fact a figure belongs to: its quantity (concept and event) narrowed
/// by its scope (`houses/damaged@heavy`).
pub(super) fn fact_key(f: &FigureMention, elided: Option<&'static str>) -> Option<String> {
    let mut key = quantity_key(f, elided)?;
    // a share and an amount of one thing are two facts (growth 5,44 % and Rp 2.923,7 triliun)
    if matches!(f.category, Category::Percent | Category::Money) {
        push_joined(&mut key, ":", f.category.as_str());
    }
    if let Some(scope) = f.scope {
        push_joined(&mut key, "@", scope);
    }
    Some(key)
}

/// What a figure counts: its concept (else the `elided` one), and its event
/// when the concept alone is too general or the event is a casualty.
fn quantity_key(f: &FigureMention, elided: Option<&'static str>) -> Option<String> {
    // (a noun the table does not know is its own concept: "22,000 jobs")
    let concept = match f.concept {
        Some("") => f.noun.as_deref(),
        c => c,
    }
    .or(elided);
    let people = f.category == Category::People;
    // casualty events (killed, detained…) are about people: "gempa 6,9 SR" in a
    // sentence about deaths is not a death toll ("2.000 ditangkap", with no
    // noun, keeps its event)
    let event =
        f.event.filter(|e| (people || concept.is_none() || !CASUALTY_EVENTS.holds(e)) && (!EVENTLESS_CONCEPTS.holds_some(concept) || OWN_EVENTS.holds(e)));
    // the hurt are one count, called injured or in hospital ("701 people
    // injured", "722 people are hospitalised", "18 in critical care"); those
    // still in hospital are a count of their own ("698 remain in hospital")
    let event = if f.scope != Some("still") && event == Some("hospitalized") { Some("injured") } else { event };
    let generic = concept.is_none_or(|c| GENERIC_CONCEPTS.holds(c));
    let casualty = CASUALTY_EVENTS.holds_some(event);
    let measure = matches!(f.category, Category::Duration | Category::Distance);
    // (the key's word, and the event after it when both say what is counted)
    let (word, event) = match (concept, event) {
        // "30 tahun", "48 km", "orang": without an event they say too little
        // to line up across articles ("905 korban" does: the victims)
        (Some(c), None) if measure || generic && !CASUALTY_CONCEPTS.holds(c) => return None,
        (Some(c), None) => (c, None),
        (None, None) => return None,
        (_, Some(e)) if generic => (e, None),
        (Some(c), Some(e)) if casualty || measure || OWN_EVENTS.holds(e) => (c, Some(e)),
        (Some(c), Some(_)) => (c, None),
        (None, Some(e)) => (e, None),
    };
    let mut key = word.to_string();
    if let Some(e) = event {
        push_joined(&mut key, "/", e);
    }
    Some(key)
}

/// One fact under construction: its mentions with their article index.
pub(super) struct Group<'a> {
    pub(super) key: String,
    pub(super) mentions: Vec<(usize, &'a FigureMention)>,
    /// The places its mentions name, each once, with the last article that
    /// names it and how many do.
    places: Vec<(&'a str, usize, usize)>,
}

impl Group<'_> {
    /// How many articles give the fact (mentions come article by article, so
    /// one article's are adjacent).
    pub(super) fn articles(&self) -> usize {
        let mut n = 1;
        for w in self.mentions.windows(2) {
            n += usize::from(w[0].0 != w[1].0);
        }
        n
    }
}

/// The index of the group with `key` (one search for both its readers).
#[inline(never)]
fn group_of(groups: &[Group], key: &str) -> Option<usize> {
    groups.iter().position(|g| g.key == key)
}

/// The index of the group with `key`, made if there is none.
fn group_for(groups: &mut Vec<Group>, key: String) -> usize {
    match group_of(groups, &key) {
        Some(g) => g,
        None => {
            groups.push(Group { key, mentions: Vec::new(), places: Vec::new() });
            groups.len() - 1
        }
    }
}

/// The bundle's figures grouped by fact, in the order they come: each
/// mention's quantity (a quantity of another year than the report's is
/// another fact: the deaths of an earthquake in 1939 are not this one's),
/// split by place where the bundle gives it for two or more. A group whose
/// every mention was one place's is left empty.
pub(super) fn group_mentions<'a>(articles: &'a [ArticleMentions], reports: &[Option<String>]) -> Vec<Group<'a>> {
    // each mention's quantity (a quantity of another year than the
    // report's is another fact: the deaths of an earthquake in 1939 are not
    // this one's), and the places it is given for
    let mut groups: Vec<Group> = Vec::new();
    // what an event other than a casualty mostly happens to in the bundle's
    // counts: "32 rusak sedang" beside "13 rumah rusak berat" counts houses
    let mut counted: Vec<(&str, &'static str, usize)> = Vec::new();
    let count = |m: &&FigureMention| m.category == Category::Count;
    for a in articles {
        for m in &a.figures {
            if !count(&m) {
                continue;
            }
            // (a noun no table knows is no concept to lend: "19 sarana rusak ringan")
            if let (Some(e), Some(c)) = (m.event.filter(|e| !CASUALTY_EVENTS.holds(e)), m.concept.filter(|c| !c.is_empty())) {
                match counted.iter_mut().find(|p| p.0 == e && p.1 == c) {
                    Some(p) => p.2 += 1,
                    None => counted.push((e, c, 1)),
                }
            }
        }
    }
    // (of an uncounted count: its event's most counted concept, the last of
    // equal ones, when it has most of the event's counts)
    let elided = |m: &FigureMention| {
        let e = m.event.filter(|_| m.concept.is_none() && count(&m))?;
        let (mut best, mut total) = (None, 0);
        for &(of, c, n) in &counted {
            if of == e {
                total += n;
                if best.is_none_or(|(_, most)| n >= most) {
                    best = Some((c, n));
                }
            }
        }
        best.filter(|b| b.1 * 2 > total).map(|b| b.0)
    };
    for (ai, a) in articles.iter().enumerate() {
        let report_year = reports[ai].as_deref().and_then(|r| crate::text::digits(r.get(..4)?));
        for m in &a.figures {
            let Some(mut key) = fact_key(m, elided(m)) else { continue };
            if let (Some(y), Some(r)) = (m.year, report_year) {
                if y as u32 != r {
                    crate::push_cat!(key, "%", y as usize);
                }
            }
            let g = group_for(&mut groups, key);
            let g = &mut groups[g];
            g.mentions.push((ai, m));
            if let Some(p) = m.place.as_deref() {
                match g.places.iter_mut().find(|q| lang::eq_ci(q.0, p)) {
                    Some(q) if q.1 != ai => *q = (q.0, ai, q.2 + 1),
                    Some(_) => {}
                    None => g.places.push((p, ai, 1)),
                }
            }
        }
    }
    // A count of a specific group of people ("91 petugas KPPS meninggal")
    // that is at least half of the whole counted in each article stating
    // both ("133 orang meninggal"), or where none does, of the largest
    // counts of each, is that whole, named more precisely: the same fact.
    // Far less is a group among the whole ("two police officers" of 131
    // dead), its own fact.
    let size = super::fact::stated;
    // (a part or one place's count says nothing of the whole)
    let whole = |m: &FigureMention| !m.part && m.place.is_none();
    for s in 0..groups.len() {
        let Some((concept, event)) = crate::text::split_once_byte(&groups[s].key, b'/') else { continue };
        // (a group counted with others as one whole, passengers and crew,
        // is a part of it where an article gives less of it than of the
        // whole: "155 passengers" of "162 passengers and crew")
        let part = lang::PART_CONCEPTS.holds(concept);
        let Some(g) = group_of(&groups, event) else { continue };
        let (mut both, mut most) = (false, true);
        for &(a, m) in &groups[s].mentions {
            for &(b, o) in &groups[g].mentions {
                if a == b && whole(o) && whole(m) {
                    both = true;
                    most &= size(m) * 2.0 >= size(o) && !(part && size(m) < size(o));
                }
            }
        }
        // (where no article states both, the largest of each: "133 anak
        // meninggal" on one day, "159 orang meninggal" on another)
        if !both {
            let largest = |g: &Group| {
                let mut most = 0.0;
                for x in &g.mentions {
                    if whole(x.1) {
                        most = f64::max(most, size(x.1));
                    }
                }
                most
            };
            let (a, b) = (largest(&groups[s]), largest(&groups[g]));
            both = a > 0.0 && b > 0.0;
            most = a * 2.0 >= b;
        }
        if both && most {
            // (article by article, as [`Group::articles`] reads them: the
            // two runs merged, an article's mentions of the whole first)
            let a = std::mem::take(&mut groups[s].mentions);
            let merged = &mut groups[g].mentions;
            // (pushed one by one, as the groups were filled: no
            // `extend_from_slice` instance in the wasm, 47 B gzip less, measured)
            for &x in &a {
                merged.push(x);
            }
            crate::order::sort_by(merged, |x, y| x.0.cmp(&y.0));
        }
    }
    // a quantity that two or more articles each give for two or more places
    // (the dead in Turkey, in Syria) is a fact per place, its other mentions
    // the whole; one given for a single place is given where the event is,
    // and a place one article names is a detail of it: it stays one fact
    for g in 0..groups.len() {
        // (counts held by several, votes of each candidate, are split by every
        // holder and have no whole: one whose holder the card cannot tell is
        // left out)
        let mut held = false;
        for (_, m) in &groups[g].mentions {
            held |= m.held;
        }
        let mut places: Vec<&str> = Vec::new();
        for p in &groups[g].places {
            if held || p.2 > 1 {
                places.push(p.0);
            }
        }
        if places.len() < 2 - usize::from(held) {
            continue;
        }
        // (the place of the largest count of all, the whole's included,
        // is where the event is: its counts are the whole's, "3,471 in
        // Myanmar" after "3,085 killed")
        // (a held count's places are its holders: none of them is the event's)
        let top = if held {
            None
        } else {
            top_place(&groups[g].mentions).or_else(|| {
                // (else a place whose counts the whole's are, in other
                // articles, twice or more: "190 in Malawi" and "the death toll has
                // risen to 190")
                let ms = &groups[g].mentions;
                let mut found = None;
                for q in &places {
                    let mut same = 0;
                    for &(a, m) in ms {
                        if m.place.as_deref().is_some_and(|p| lang::eq_ci(q, p)) {
                            same += usize::from(ms.iter().any(|&(b, o)| b != a && whole(o) && size(o) == size(m)));
                        }
                    }
                    if same > 1 {
                        found = Some(*q);
                    }
                }
                found
            })
        };
        let key = groups[g].key.clone();
        let mentions = std::mem::take(&mut groups[g].mentions);
        for &(ai, m) in &mentions {
            let place = m.place.as_deref().filter(|p| !top.is_some_and(|t| lang::eq_ci(t, p))).and_then(|p| name_in(&places, name_in(&places, p, held)?, held));
            if held && place.is_none() {
                continue;
            }
            let mut k = key.clone();
            if let Some(p) = place {
                push_joined(&mut k, "#", p);
            }
            let k = group_for(&mut groups, k);
            groups[k].mentions.push((ai, m));
        }
    }
    groups
}

/// The place of a group's largest count (the first of equal ones), if it
/// names one.
fn top_place<'a>(mentions: &[(usize, &'a FigureMention)]) -> Option<&'a str> {
    let mut top = (0.0, None);
    for (_, m) in mentions {
        if super::fact::stated(m) > top.0 {
            top = (super::fact::stated(m), m.place.as_deref());
        }
    }
    top.1
}

/// The longest of `names` that is `p` by its last words, or by its first
/// word when they are holders ("Recep" and "Erdogan" are "Recep Tayyip
/// Erdogan", "Bloc Quebecois" "Bloc Québécois", "Lebak" "Kabupaten Lebak";
/// but "RS Pelni" is not "RS Tarakan", nor "North Dakota" "North
/// Carolina"); read again from that one,
/// all are one name ("Kilicdaroglu", "Kemal Kilicdaroglu", "Kemal
/// Kılıçdaroğlu").
fn name_in<'a>(names: &[&'a str], p: &str, held: bool) -> Option<&'a str> {
    use crate::text::split_byte as words;
    let mut found: Option<&str> = None;
    for &q in names {
        // (`p` ends `q` after a space: its last words)
        let at = q.len().wrapping_sub(p.len());
        let last = q.get(at..).is_some_and(|t| lang::eq_ci(t, p)) && (at == 0 || q.as_bytes().get(at - 1) == Some(&b' '));
        if (last || held && words(q, b' ').next().zip(words(p, b' ').next()).is_some_and(|(v, w)| lang::eq_ci(v, w))) && found.is_none_or(|r| q.len() > r.len())
        {
            found = Some(q);
        }
    }
    found
}
