//! English: the language table for English news text.

use super::{number_code::*, LangTable, Qualifier::*, Text};
use crate::{days, keyed, nouns, pairs, scales, ui, vague, words};

pub static TABLE: LangTable = SOURCE.locate();

/// The tables as written.
pub(super) const SOURCE: LangTable<Text> = LangTable {
    code: "en",
    month_first: true,
    head_first: false,
    ui: ui! {
        kicker: "Facts from",
        key_figures: "Key figures",
        timeline: "Timeline",
        sources: "Sources",
        agree: "agree",
        differ: "differ",
        consistent: "consistent",
        conflict: "conflicts",
        earlier: "earlier report",
        other: "also stated",
        part: "part",
        trend: "Updates:",
        via: "via",
        more_facts: "More figures",
        more_dates: "More dates",
        weekday_flag: "A source's weekday does not match its date",
        written: "written",
        no_figures: "No figures found.",
        source_one: "source",
        source_many: "sources",
        origin_one: "origin",
        origin_many: "origins",
        year_guessed: "year not given: a guess",
        summary: ["Fact card: {} figures from {} sources", ", {} of them disputed", ", {} dates in the timeline", "."],
    },
    stopwords: words![
        "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it", "as", "said", "by", "from", "at", "have", "what", "his",
        "its",
    ],
    decimal_sep: '.',
    unnamed_source: "Source",
    number_words: keyed![
        ("zero", Value(0)),
        ("one", Value(1)),
        ("two", Value(2)),
        ("three", Value(3)),
        ("four", Value(4)),
        ("five", Value(5)),
        ("six", Value(6)),
        ("seven", Value(7)),
        ("eight", Value(8)),
        ("nine", Value(9)),
        ("ten", Value(10)),
        ("eleven", Value(11)),
        ("twelve", Value(12)),
        ("thirteen", Value(13)),
        ("fourteen", Value(14)),
        ("fifteen", Value(15)),
        ("sixteen", Value(16)),
        ("seventeen", Value(17)),
        ("eighteen", Value(18)),
        ("nineteen", Value(19)),
        ("twenty", Value(20)),
        ("thirty", Value(30)),
        ("forty", Value(40)),
        ("fifty", Value(50)),
        ("sixty", Value(60)),
        ("seventy", Value(70)),
        ("eighty", Value(80)),
        ("ninety", Value(90)),
        ("dozen", Multiplier(12)),
        ("hundred", Multiplier(100)),
        ("thousand", Scale(1)),
        ("million", Scale(1_000)),
        ("billion", Scale(1_000_000)),
        ("trillion", Scale(1_000_000_000)),
    ],
    scales: scales![("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("mln", 1e6), ("bln", 1e9),],
    scale_suffixes: scales![("k", 1e3), ("m", 1e6), ("mn", 1e6), ("bn", 1e9), ("b", 1e9), ("tn", 1e12)],
    vague_counts: vague![
        ("dozens", 24, 99),
        ("hundreds", 200, 999),
        ("thousands", 2000, 9999),
        ("millions", 2_000_000, 9_999_999),
        ("tens of thousands", 20_000, 99_999),
        ("hundreds of thousands", 200_000, 999_999),
    ],
    hyphen_suffixes_not_figures: words!["third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "half", "halves", "s"],
    measure_words: pairs![("magnitude", "magnitude"), ("m", "magnitude"), ("depth", "depth")],
    qualifiers: keyed![
        ("more than", MoreThan),
        ("over", MoreThan),
        ("fewer than", LessThan),
        ("less than", LessThan),
        ("under", LessThan),
        ("at least", AtLeast),
        ("at most", AtMost),
        ("no fewer than", AtLeast),
        ("about", Approx),
        ("around", Approx),
        ("roughly", Approx),
        ("approximately", Approx),
        ("some", Approx),
        ("nearly", Almost),
        ("almost", Almost),
        ("up to", UpTo),
        ("as many as", UpTo),
        // a projection is a bound, not a count
        // (a count that went up to a number is that number)
        ("gone up to", Exact),
        ("went up to", Exact),
        ("may reach", UpTo),
        ("could reach", UpTo),
        ("could rise to", UpTo),
        ("expected to reach", UpTo),
    ],
    more_after: words![],
    qualifier_fillers: words!["a", "an"],
    range_joiners: words!["to", "-", "–", "—"],
    between: words!["between", "and"],
    currencies: words!["$", "us$", "usd", "€", "£", "eur", "gbp", "rp", "idr"],
    percent_words: words!["percent", "per cent", "%"],
    noun_links: words!["of", "confirmed", "suspected", "probable", "new", "additional", "more"],
    introducers: words![
        "to",
        "reached",
        "reaches",
        "past",
        "passed",
        "passes",
        "hit",
        "hits",
        "cross",
        "crosses",
        "crossed",
        "top",
        "tops",
        "topped",
        "exceeds",
        "exceeded",
        "surpassed",
        "surpasses",
        "totalled",
        "totaled",
        "totals",
        "was",
        "is",
        "at",
        "by",
        "of",
        "now",
        "at least",
    ],
    classifiers: words!["units", "unit", "pieces", "piece", "head"],
    scope_words: pairs![
        ("heavily", "heavy"),
        ("severely", "heavy"),
        ("badly", "heavy"),
        ("seriously", "heavy"),
        ("critically", "heavy"),
        ("critical", "heavy"),
        ("serious", "heavy"),
        ("moderately", "moderate"),
        ("lightly", "light"),
        ("slightly", "light"),
        ("minor", "light"),
        ("light", "light"),
        ("still", "still"),
        ("remain", "still"),
        ("remained", "still"),
        ("counted", "counted"),
        ("tallied", "counted"),
        ("quarter-on-quarter", "qtq"),
        ("qoq", "qtq"),
        ("qtq", "qtq"),
        ("quarterly", "qtq"),
        ("current prices", "current"),
        ("constant prices", "constant"),
    ],
    // a scope is its own English label unless named here
    scope_labels: pairs![
        ("heavy", "heavily"),
        ("moderate", "moderately"),
        ("light", "lightly"),
        ("qtq", "(qoq)"),
        ("current", "at current prices"),
        ("constant", "at constant prices"),
    ],
    scopes_before: words!["heavy", "moderate", "light", "still"],
    place_words: words!["in"],
    place_kinds: words!["province", "state", "district", "county", "region", "city"],
    revision_words: words![
        "rose",
        "rises",
        "risen",
        "rising",
        "climbed",
        "climbs",
        "jumped",
        "revised",
        "now",
        "increased",
        "increasing",
        "increases",
        "grew",
        "updated"
    ],
    denials: words!["not"],
    negations: words!["not", "never", "no"],
    superseded_words: words!["previously", "earlier", "initially", "previous", "instead"],
    forecast_words: words!["predicted", "predicts", "forecast", "forecasts", "projected", "projects", "exit poll", "poll suggests", "polls suggest"],
    increments: words!["more", "additional"],
    counted_nouns: nouns! {
        "people" => _, People;
        "persons" => "people", People;
        "residents" => "people", People;
        "individuals" => "people", People;
        "faithful" => "people", People;
        "civilians" => "people", People;
        "victims" => _, People;
        "others" => "people", People;
        "survivors" => "people", People;
        "foreigners" => _, People;
        "women" => _, People;
        "female" => "women", People;
        "men" => _, People;
        "terrorists" => "attackers", People;
        "troops" => _, People;
        "soldiers" => "troops", People;
        "police" => _, People;
        "officers" => "police", People;
        "staff" => _, People;
        "personnel" => "staff", People;
        "members" => "staff", People;
        "protesters" => _, People;
        "demonstrators" => "protesters", People;
        "marchers" => "protesters", People;
        "arrests" => "people", People;
        "refugees" => _, People;
        "patients" => _, People;
        "students" => _, People;
        "teachers" => _, People;
        "workers" => _, People;
        "employees" => "workers", People;
        "jobs" => "workers", People;
        "miners" => "workers", People;
        "crew" => _, People;
        "crewmembers" => "crew", People;
        "crewmen" => "crew", People;
        "climbers" => _, People;
        "hikers" => "climbers", People;
        "inmates" => _, People;
        "prisoners" => "inmates", People;
        "fans" => _, People;
        "spectators" => "fans", People;
        "passengers" => _, People;
        "children" => _, People;
        "infants" => _, People;
        "infant" => "infants", People;
        "babies" => "infants", People;
        "suspects" => _, People;
        "gunmen" => "attackers", People;
        "attackers" => _, People;
        "rescuers" => _, People;
        "firefighters" => _, People;
        "firemen" => "firefighters", People;
        "firms" => "companies", Count;
        "companies" => _, Count;
        "enterprises" => "companies", Count;
        "factories" => _, Count;
        "facilities" => _, Count;
        "flats" => _, Count;
        "apartments" => "flats", Count;
        "bodies" => _, People;
        "families" => _, People;
        "households" => _, Count;
        "teams" => _, Count;
        "trains" => _, Count;
        "cases" => _, Count;
        "countries" => _, Count;
        "nations" => "countries", Count;
        "cities" => _, Count;
        "homes" => "houses", Count;
        "houses" => _, Count;
        "vehicles" => _, Count;
        "aircraft" => _, Count;
        "planes" => "aircraft", Count;
        "jets" => "aircraft", Count;
        "ships" => _, Count;
        "vessels" => "ships", Count;
        "boats" => "ships", Count;
        "cars" => _, Count;
        "motorcycles" => _, Count;
        "schools" => _, Count;
        "hospitals" => _, Count;
        "hotels" => _, Count;
        "shops" => _, Count;
        "bridges" => _, Count;
        "mosques" => _, Count;
        "villages" => _, Count;
        "provinces" => _, Count;
        "regencies" => _, Count;
        "districts" => _, Count;
        "tourists" => _, People;
        "holidaymakers" => "tourists", People;
        "travellers" => "tourists", People;
        "travelers" => "tourists", People;
        "buildings" => _, Count;
        "structures" => "buildings", Count;
        "storeys" => _, Count;
        "storey" => "storeys", Count;
        "story" => "storeys", Count;
        "floors" => "storeys", Count;
        "doses" => _, Count;
        "votes" => _, Count;
        "vote" => "votes", Count;
        "seats" => _, Count;
        "hectares" => _, Distance;
        "kilometres" => "km", Distance;
        "kilometers" => "km", Distance;
        "miles" => _, Distance;
        "metres" => "m", Distance;
        "meters" => "m", Distance;
        "metre" => "m", Distance;
        "meter" => "m", Distance;
        "kilograms" => "kg", Count;
        "kg" => _, Count;
        "person" => "people", People;
        "fatality" => "victims", People;
        "fatalities" => "victims", People;
        "minute" => "minutes", Duration;
        "hour" => "hours", Duration;
        "week" => "weeks", Duration;
        "month" => "months", Duration;
        "tonnes" => _, Count;
        "tons" => "tonnes", Count;
        "ton" => "tonnes", Count;
        "barrels" => _, Count;
        "seconds" => _, Duration;
        "minutes" => _, Duration;
        "hours" => _, Duration;
        "days" => _, Duration;
        "day" => "days", Duration;
        "weeks" => _, Duration;
        "months" => _, Duration;
        "years" => _, Duration;
        "year" => "years", Duration;
        "decades" => _, Duration;
        "percent" => _, Percent;
        "dollars" => "money", Money;
    },
    event_words: pairs![
        ("arrived", "deployed"),
        ("troops arrived", "deployed"),
        ("killed", "killed"),
        ("dead", "killed"),
        ("died", "killed"),
        ("perished", "killed"),
        ("drowned", "killed"),
        ("deaths", "killed"),
        ("deceased", "killed"),
        ("detention", "detained"),
        ("death", "killed"),
        ("injured", "injured"),
        ("injuring", "injured"),
        ("injures", "injured"),
        ("kills", "killed"),
        ("kill", "killed"),
        ("wounding", "injured"),
        ("killing", "killed"),
        ("fatalities", "killed"),
        ("mortalities", "killed"),
        ("pulled", "rescued"),
        ("rescued", "rescued"),
        ("survived", "survived"),
        ("did not survive", "killed"),
        ("found safe", "survived"),
        ("found alive", "survived"),
        ("found dead", "killed"),
        ("survivors", "survived"),
        ("recoveries", "recovered"),
        ("being searched", "missing"),
        ("critical condition", "injured"),
        ("serious condition", "injured"),
        ("aftershocks", "aftershocks"),
        ("wounded", "injured"),
        ("hurt", "injured"),
        ("injuries", "injured"),
        ("toll", "killed"),
        ("tolls", "killed"),
        ("lives", "killed"),
        ("discharged", "discharged"),
        ("hospitalized", "hospitalized"),
        ("treated", "hospitalized"),
        ("receiving treatment", "hospitalized"),
        ("in hospital", "hospitalized"),
        ("taken to hospital", "hospitalized"),
        ("in critical care", "injured"),
        ("critical care", "injured"),
        ("critically injured", "injured"),
        ("ill", "ill"),
        ("sick", "ill"),
        ("sickened", "ill"),
        ("poisoned", "ill"),
        ("hospitalised", "hospitalized"),
        ("arrested", "detained"),
        ("detains", "detained"),
        ("outpatient", "discharged"),
        ("charged", "suspects"),
        ("arrests", "detained"),
        ("took part", "participated"),
        ("taking part", "participated"),
        ("take part", "participated"),
        ("marched", "participated"),
        ("marching", "participated"),
        ("protest", "participated"),
        ("protesting", "participated"),
        ("took to the streets", "participated"),
        ("taken to the streets", "participated"),
        ("identified", "identified"),
        ("unidentified", "unidentified"),
        ("not yet identified", "unidentified"),
        ("not been identified", "unidentified"),
        ("rallied", "participated"),
        ("protested", "participated"),
        ("demonstrated", "participated"),
        ("turned out", "participated"),
        ("detained", "detained"),
        ("displaced", "displaced"),
        ("fled", "displaced"),
        ("flee", "displaced"),
        ("evacuated", "displaced"),
        ("evacuation centers", "displaced"),
        ("evacuation centres", "displaced"),
        ("evacuation shelters", "displaced"),
        ("not evacuated", "trapped"),
        ("not been evacuated", "trapped"),
        ("homeless", "displaced"),
        ("missing", "missing"),
        ("unaccounted for", "missing"),
        ("accounted for", "accounted for"),
        ("not been found", "missing"),
        ("not yet been found", "missing"),
        ("lost their lives", "killed"),
        ("trapped", "trapped"),
        ("cut off", "trapped"),
        ("stuck", "trapped"),
        ("stranded", "stranded"),
        ("repatriated", "repatriated"),
        ("flown home", "repatriated"),
        ("fly back", "repatriated"),
        ("flew back", "repatriated"),
        ("returning", "repatriated"),
        ("flown back", "repatriated"),
        ("brought home", "repatriated"),
        ("brought back", "repatriated"),
        ("returned home", "repatriated"),
        ("laid off", "laid off"),
        ("layoffs", "laid off"),
        ("lost their jobs", "laid off"),
        ("buried", "killed"),
        ("on board", "aboard"),
        ("aboard", "aboard"),
        ("carrying", "aboard"),
        ("inside", "inside"),
        ("deployed", "deployed"),
        ("sent", "deployed"),
        ("withdraw", "withdrawn"),
        ("withdrawn", "withdrawn"),
        ("withdrew", "withdrawn"),
        ("withdrawals", "withdrawn"),
        ("infected", "infected"),
        ("infections", "infected"),
        ("recovered", "recovered"),
        ("damaged", "damaged"),
        ("destroyed", "damaged"),
        ("destroying", "damaged"),
        ("depth", "depth"),
        ("affected", "affected"),
        ("affecting", "affected"),
        ("flooded", "flooded"),
        ("submerged", "flooded"),
        ("swept away", "swept away"),
        ("population", "population"),
        ("country of", "population"),
        ("nation of", "population"),
        ("grew", "growth"),
        ("growth", "growth"),
        ("expanded", "growth"),
        ("inflation", "inflation"),
        ("gdp", "gdp"),
        ("exports", "exports"),
        ("imports", "imports"),
        ("unemployment", "unemployment"),
        ("cost", "cost"),
        ("costs", "cost"),
        ("costing", "cost"),
        ("losses", "cost"),
        ("bonus", "bonus"),
        ("bonuses", "bonus"),
        ("strike", "strike"),
        ("turnout", "turnout"),
        ("turned up to vote", "turnout"),
        ("lost their homes", "displaced"),
    ],
    speech_words: words!["said", "says", "reports", "told", "according", "quoted", "updated", "published", "statement", "conference", "briefing"],
    not_events: words!["death penalty", "death sentence"],
    event_fillers: words![
        "have",
        "has",
        "had",
        "been",
        "were",
        "was",
        "are",
        "is",
        "being",
        "be",
        "reportedly",
        "confirmed",
        "declared",
        "receiving",
        "reported",
        "still",
        "also",
        "now",
        "later",
        "more",
        "forced",
        "to"
    ],
    earlier_links: words!["from"],
    share_links: words!["of the", "of", "out of the", "out of"],
    holder_links: words!["for"],
    agent_words: words!["by"],
    parts_after: words!["of them", "of whom", "among them", "of those", "aged", "under the age", "over the age"],
    age_words: words!["aged"],
    compound_nouns: pairs![("passengers and crew", "people"), ("passengers and crewmembers", "people")],
    plural_endings: words!["s"],
    singular_endings: words!["ss", "us", "is", "news"],
    verb_prefixes: words![],
    people_prefixes: words![],
    closed_words: words![
        "an",
        "so",
        "or",
        "than",
        "per",
        "into",
        "across",
        "over",
        "after",
        "before",
        "since",
        "amid",
        "among",
        "during",
        "including",
        "while",
        "when",
        "who",
        "whose",
        "which",
        "their"
    ],
    back_refs: words!["this was ", "that was "],
    anaphors: words!["the figure", "that figure", "this figure", "the number", "that number", "this number", "the tally", "the count"],
    part_markers: words!["including", "among them", "of whom", "of which", "of them", "namely"],
    // an event concept is its own English label unless named here
    event_labels: pairs![("participated", "took part"), ("withdrawn", "withdrawal"), ("aboard", "on board"), ("hospitalized", "in hospital"), ("gdp", "GDP")],
    not_figures: words!["one of", "one another", "no one", "one day", "one by one"],
    reference_words: words![
        "no", "no.", "number", "article", "section", "page", "route", "flight", "gate", "year", "season", "round", "chapter", "version", "room", "platform",
        "highway",
    ],
    month_first_regions: words!["us", "ca", "ph"],
    months: keyed![
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sep", 9),
        ("sept", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ],
    weekdays: keyed![("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),],
    week_homonyms: words![],
    week_followers: words![],
    day_parts: words!["morning", "afternoon", "evening", "night"],
    time_words: words![
        "morning",
        "afternoon",
        "evening",
        "night",
        "am",
        "pm",
        "gmt",
        "utc",
        "local",
        "time",
        "kst",
        "est",
        "edt",
        "bst",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday"
    ],
    weekday_lead: words!["on", "since", "last", "by", "until", "from", "through", "during"],
    clause_leads: words!["as of", "meanwhile", "whereas", "however", "but", "then", "on", "and", "that", "since"],
    subordinators: words!["after", "because", "which", "while", "when", "although", "before", "as", "so", "if", "where", "who"],
    coordinators: words!["and", "or", "while", "but", "whereas"],
    month_day_words: words![],
    that_day: days![("that day", 0), ("the next day", 1), ("the following day", 1), ("a day later", 1), ("the day before", -1), ("the previous day", -1),],
    days_ago: words!["days ago"],
    days_later: words!["days later"],
    weekday_after: days![],
    future_words: words!["will", "expected"],
    weekday_before: days![("next", 1), ("coming", 1), ("last", -1)],
    relative_days: days![("today", 0), ("yesterday", -1), ("tomorrow", 1)],
    boilerplate_prefixes: words![
        "read more",
        "read also",
        "related:",
        "advertisement",
        "share this",
        "follow us",
        "sign up",
        "subscribe",
        "leave a comment",
        "discussion about this post",
        "copyright",
        "photo:",
        "reporting by",
        "editing by",
        "writing by",
        "click here",
    ],
    boilerplate_lines: words!["advertisement", "loading..."],
    credit_phrases: words!["according to", "reported by", "told", "said", "via", "quoted by", "cited by", "source",],
    source_line_prefixes: words!["source:", "source :"],
    abbreviations: words![
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc", "co", "corp", "ltd", "u.s", "u.k", "jan", "feb", "aug", "sept",
        "oct", "nov", "dec", "no", "vs", "gov", "sen", "rep", "capt", "maj", "adm", "supt", "insp", "rev", "hon", "dept", "mt", "ft",
    ],
};
