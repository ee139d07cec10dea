//! The card model on the seed bundle: facts grouped across outlets, agreement
//! and conflict, the timeline, and the HTML renderer showing the same facts.
#![cfg(not(target_arch = "wasm32"))]
// test code, native only: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

use factcard::bundle::{Bundle, BundleArticle};
use factcard::card::{build_card, Card, CardOptions, Fact, Status};
use factcard::render::{card_tree, page_html, to_html, visible_text};
use std::path::Path;

fn seed_card() -> Card {
    card_of("seeds")
}

/// The card for the bundle of every .txt file in `tests/fixtures/<dir>`.
fn card_of(dir: &str) -> Card {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir);
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let articles = files.iter().map(|p| BundleArticle::from_text(p.file_name().unwrap().to_str().unwrap(), std::fs::read_to_string(p).unwrap())).collect();
    card_of_articles(articles)
}

/// The card, with the default options, for a bundle of these articles.
fn card_of_articles(articles: Vec<BundleArticle>) -> Card {
    build_card(&Bundle::new(articles).validate().unwrap(), &CardOptions::default())
}

/// The card's fact that has a value of `value` (the card's facts printed when none has).
fn fact_with(card: &Card, value: f64) -> &Fact {
    card.facts.iter().find(|f| f.values.iter().any(|v| v.value == Some(value))).unwrap_or_else(|| panic!("no fact with {value}: {:#?}", card.facts))
}

#[test]
fn troops_grouped_across_outlets_with_the_lower_figure_consistent() {
    let card = seed_card();
    // what happened to people at large leads (the dead, the detained), then
    // the most-sourced facts
    assert_eq!(card.facts.iter().take(3).map(|f| &f.key[..]).collect::<Vec<_>>(), ["killed", "detained", "troops"]);
    let troops = &card.facts[2];
    assert_eq!(troops.sources, 4);
    assert_eq!(troops.values[0].value, Some(2500.0));
    assert_eq!(troops.values[0].status, Status::Main);
    let two_thousand = troops.values.iter().find(|v| v.value == Some(2000.0)).unwrap();
    assert_eq!(two_thousand.status, Status::Consistent);
    assert_eq!(troops.differ, 0);
    // 000 and 002 both credit Reuters first: one origin
    assert!(troops.origins.len() < troops.agree, "{:?}", troops.origins);
    assert_eq!(troops.origins.iter().filter(|o| *o == "Reuters").count(), 1);
}

#[test]
fn arrests_rising_between_reports_are_an_update_not_a_conflict() {
    let card = seed_card();
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert!(deaths.values.iter().any(|v| v.value == Some(164.0)));
    assert!(deaths.values.iter().any(|v| v.value == Some(160.0) && v.qualifier == "more_than"));
    // "puluhan jiwa" (6 Jan) is an earlier report of the toll, not a disagreement
    assert!(deaths.values.iter().any(|v| v.low == Some(20.0) && v.status == Status::Earlier), "{:?}", deaths.values);
    assert_eq!(deaths.differ, 0);
    // "Lebih dari 2.000" on 6 Jan, "hampir 10.000" on 13 Jan: the later report
    // leads, and the earlier bound still holds
    let arrests = card.facts.iter().find(|f| f.key == "detained").unwrap();
    assert_eq!(arrests.values[0].value, Some(10000.0));
    assert_eq!(arrests.values[0].reported.as_deref(), Some("2022-01-13"));
    let earlier = arrests.values.iter().find(|v| v.value == Some(2000.0)).unwrap();
    assert_eq!((earlier.status, earlier.reported.as_deref()), (Status::Consistent, Some("2022-01-06")));
    assert!(card.facts.iter().all(|f| f.values.iter().all(|v| v.status != Status::Conflict)), "the seeds disagree nowhere");
}

#[test]
fn a_stated_revision_leads_and_values_of_one_report_never_conflict() {
    // one article: a revised toll and the one it replaces
    let text = "Korban meninggal akibat banjir bertambah menjadi 12 orang meninggal dunia, dari sebelumnya 9 orang meninggal, kata petugas, Senin (5/2/2024).";
    let articles = vec![BundleArticle::from_text("b.txt", text.into())];
    let card = card_of_articles(articles);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert_eq!(deaths.values[0].value, Some(12.0), "{:?}", deaths.values);
    assert_eq!(deaths.values[0].status, Status::Main);
    assert_eq!(deaths.values.iter().find(|v| v.value == Some(9.0)).map(|v| v.status), Some(Status::Earlier), "{:?}", deaths.values);
}

/// An article the bundle says was published on `published`.
fn article(id: &str, published: &str, text: &str) -> BundleArticle {
    BundleArticle { published: Some(published.into()), ..BundleArticle::from_text(id, text.into()) }
}

fn card_of_texts(texts: &[&str]) -> factcard::Card {
    card_of_articles(texts.iter().enumerate().map(|(i, t)| BundleArticle::from_text(&format!("{}.txt", (b'a' + i as u8) as char), t.to_string())).collect())
}

#[test]
fn of_one_day_s_reports_the_one_published_later_in_the_day_leads() {
    // (when the toll they give is the same; by the outlet's clock, and one
    // of no time said at noon)
    for (time_35, time_36, leads) in [
        ("2021-11-06T13:02+07:00", "2021-11-06T10:00+07:00", 35.0),
        ("2021-11-06T09:00+07:00", "2021-11-06 13:02", 36.0),
        ("2021-11-06T00:08+07:00", "2021-11-06", 36.0),
    ] {
        let card = card_of_articles(vec![
            article("a.txt", time_35, "Banjir bandang melanda kota itu. Sebanyak 35 rumah rusak. Korban meninggal dunia 6 orang."),
            article("b.txt", time_36, "Banjir bandang melanda kota itu. Sebanyak 36 rumah rusak. Korban meninggal dunia 6 orang."),
        ]);
        let houses = card.facts.iter().find(|f| f.key == "houses").unwrap_or_else(|| panic!("{:#?}", card.facts));
        assert_eq!(houses.values[0].value, Some(leads), "{time_35} / {time_36}: {:?}", houses.values);
    }
}

#[test]
fn sources_disagreeing_on_the_same_day_conflict() {
    let card = card_of_texts(&[
        "Pasukan tiba di kota itu. Sebanyak 2.500 pasukan dikerahkan, kata menteri, Senin (5/2/2024).",
        "Pasukan tiba di kota itu. Sebanyak 4.000 pasukan dikerahkan, kata juru bicara, Senin (5/2/2024).",
    ]);
    let troops = card.facts.iter().find(|f| f.key == "troops").unwrap();
    assert_eq!(troops.values.iter().filter(|v| v.status == Status::Conflict).count(), 1, "{:?}", troops.values);
    assert_eq!(troops.differ, 1);
}

#[test]
fn a_place_s_count_below_its_article_s_total_is_a_part() {
    let card = card_of_texts(&[
        "Banjir melanda provinsi itu. Sebanyak 124 orang meninggal dunia, kata petugas, Senin (5/2/2024). Di Lembata 28 orang meninggal dunia.",
        "Banjir melanda provinsi itu. Sebanyak 117 orang meninggal dunia, kata petugas, Minggu (4/2/2024).",
    ]);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert_eq!(deaths.values[0].value, Some(124.0), "{:?}", deaths.values);
    let lembata = deaths.values.iter().find(|v| v.value == Some(28.0)).unwrap();
    assert_eq!(lembata.status, Status::Part, "{:?}", deaths.values);
    // a list that adds up to no more than its article's total is its breakdown,
    // whatever each item's place; one smaller count alone is not
    let card = card_of_texts(&[
        "Banjir melanda provinsi itu. Total 174 orang meninggal, kata petugas, Senin (5/2/2024).\nFlores Timur: 71 orang meninggal.\nLembata: 46 orang meninggal.",
        "Banjir melanda provinsi itu. Sebanyak 179 orang meninggal dunia, kata petugas, Selasa (6/2/2024). Sebelumnya 50 orang meninggal.",
    ]);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    let status = |v: f64| deaths.values.iter().find(|x| x.value == Some(v)).unwrap().status;
    assert_eq!((status(179.0), status(71.0), status(46.0), status(174.0)), (Status::Main, Status::Part, Status::Part, Status::Earlier), "{:?}", deaths.values);
    assert_ne!(status(50.0), Status::Part, "{:?}", deaths.values);
}

#[test]
fn a_specific_group_that_is_most_of_the_whole_is_the_whole() {
    // "petugas" who are most of the dead an article counts are the dead
    let card = card_of_texts(&[
        "Pemilu usai. Sebanyak 133 orang meninggal dunia, kata petugas, Senin (22/4/2019). Sebanyak 91 petugas KPPS meninggal dunia.",
        "Pemilu usai. Sebanyak 119 petugas KPPS meninggal dunia, kata komisioner, Selasa (23/4/2019).",
    ]);
    let keys: Vec<&str> = card.facts.iter().map(|f| f.key.as_str()).collect();
    assert!(keys.contains(&"killed") && !keys.contains(&"staff/killed"), "{keys:?}");
    // two police officers of 131 dead are a group among them
    let card = card_of_texts(&["Kerusuhan di stadion. Sebanyak 131 orang tewas, dan dua polisi tewas, kata polisi, Senin (3/10/2022)."]);
    let keys: Vec<&str> = card.facts.iter().map(|f| f.key.as_str()).collect();
    assert!(keys.contains(&"killed") && keys.contains(&"police/killed"), "{keys:?}");
}

#[test]
fn a_held_count_of_another_year_says_its_year_and_holder() {
    let card = card_of_texts(&[
        "The Conservatives won 365 seats, officials said on Friday, 13 December 2019. Labour won 203 seats. In 1987 the Conservatives won 376 seats.",
        "Labour won 203 seats, officials said on Friday, 13 December 2019.",
    ]);
    let labels: Vec<(&str, &str)> = card.facts.iter().map(|f| (f.key.as_str(), f.label.as_str())).collect();
    let of_1987 = card.facts.iter().find(|f| f.key.contains("%1987")).unwrap_or_else(|| panic!("{labels:?}"));
    assert!(of_1987.label.ends_with(" (1987)") && of_1987.label.contains("Conservatives"), "{labels:?}");
}

#[test]
fn a_compound_noun_names_what_it_counts() {
    let card = card_of_texts(&[
        "Sebanyak 35 orang masih dirawat di 9 rumah sakit, kata petugas, Senin (5/2/2024).",
        "Sebanyak 30 orang masih dirawat di 9 rumah sakit, kata petugas, Selasa (6/2/2024).",
    ]);
    let labels: Vec<(&str, &str)> = card.facts.iter().map(|f| (f.key.as_str(), f.label.as_str())).collect();
    let hospitals = card.facts.iter().find(|f| f.key.starts_with("hospitals")).unwrap_or_else(|| panic!("{labels:?}"));
    assert!(hospitals.label.starts_with("rumah sakit "), "{labels:?}");
}

#[test]
fn body_bags_are_their_own_count_in_either_language() {
    // a body bag may hold remains of several people or part of one: not a
    // count of the dead; "kantong jenazah" and "body bags" are one quantity
    let articles = vec![
        article("a.txt", "2018-11-01", "Tim DVI menerima 48 kantong jenazah. Sebanyak 4 jasad telah ditemukan."),
        article("b.txt", "2018-11-08", "Police said they had received 185 body bags. Rescuers have recovered 8 bodies."),
    ];
    let card = card_of_articles(articles);
    let keys: Vec<(&str, &str)> = card.facts.iter().map(|f| (f.key.as_str(), f.label.as_str())).collect();
    let bags = card.facts.iter().find(|f| f.key == "body bags").unwrap_or_else(|| panic!("{keys:?}"));
    assert_eq!(bags.label, "kantong jenazah", "{keys:?}");
    let mut values: Vec<f64> = bags.values.iter().filter_map(|v| v.value).collect();
    values.sort_by(f64::total_cmp);
    assert_eq!(values, [48.0, 185.0], "{:?}", bags.values);
    // "jasad" are bodies, as "jenazah" are, none of them bags
    let bodies = card.facts.iter().find(|f| f.key.starts_with("bodies")).unwrap_or_else(|| panic!("{keys:?}"));
    assert!(bodies.values.iter().any(|v| v.value == Some(4.0)), "{:?}", bodies.values);
}

#[test]
fn the_place_of_the_largest_count_is_the_event_s_and_one_tower_s_dead_no_step_of_the_toll() {
    // the quake's toll "in Myanmar" is the toll the reports without a
    // country give; Thailand's is its own; a last article about one tower,
    // whose title says its dead rose "jadi 32", is no step of the toll
    let articles = vec![
        article("a.txt", "2025-03-29", "Korban tewas gempa mencapai 1.644 orang. Di Thailand, korban tewas mencapai 10 orang."),
        article("b.txt", "2025-04-01", "The death toll rose to 2,719 in Myanmar. In Thailand, 20 people were killed."),
        article("c.txt", "2025-04-03", "Korban tewas gempa bertambah menjadi 3.085 orang."),
        article("d.txt", "2025-04-06", "The death toll climbed to 3,471 in Myanmar, and to 24 in Thailand."),
        article(
            "e.txt",
            "2025-04-12",
            "Korban Tewas Gedung 30 Lantai di Bangkok Runtuh Akibat Gempa Jadi 32 Jiwa\n\nDari jumlah tersebut, 32 orang dipastikan meninggal dunia.",
        ),
    ];
    let card = card_of_articles(articles);
    let keys: Vec<&str> = card.facts.iter().map(|f| f.key.as_str()).collect();
    let killed = card.facts.iter().find(|f| f.key == "killed").unwrap_or_else(|| panic!("{keys:?}"));
    assert_eq!(killed.values[0].value, Some(3471.0), "{:?}", killed.values);
    assert!(keys.contains(&"killed#Thailand") && !keys.contains(&"killed#Myanmar"), "{keys:?}");
}

#[test]
fn a_place_whose_counts_are_the_whole_s_is_the_event_s() {
    // the largest count names no place, but "in Malawi" gives the same tolls
    // as reports without one: Malawi is where the event is, no fact of its
    // own; Blantyre, one district, is
    let articles = vec![
        article("a.txt", "2023-03-14", "The death toll has risen to 190 in Malawi. In Blantyre, 85 people have died."),
        article("b.txt", "2023-03-15", "The death toll has risen to 190, officials said."),
        article("c.txt", "2023-03-16", "The death toll in Malawi has climbed to 326. In Blantyre, 158 people have died."),
        article("d.txt", "2023-03-17", "At least 326 people were killed, officials said."),
        article("e.txt", "2023-03-29", "Officials said 676 people had died."),
    ];
    let card = card_of_articles(articles);
    let keys: Vec<&str> = card.facts.iter().map(|f| f.key.as_str()).collect();
    let killed = card.facts.iter().find(|f| f.key == "killed").unwrap_or_else(|| panic!("{keys:?}"));
    assert_eq!(killed.values[0].value, Some(676.0), "{:?}", killed.values);
    assert!(keys.contains(&"killed#Blantyre") && !keys.contains(&"killed#Malawi"), "{keys:?}");
}

#[test]
fn houses_flooded_are_not_the_houses_damaged() {
    let card = card_of_articles(vec![
        article("a", "2021-11-06", "Banjir bandang melanda kota itu. Sebanyak 35 rumah rusak, sementara 33 rumah terendam lumpur."),
        article("b", "2021-11-07", "Banjir bandang melanda kota itu. Ada 35 rumah rusak dan 33 rumah terendam lumpur."),
    ]);
    let damaged: Vec<_> = card.facts.iter().filter(|f| f.values.iter().any(|v| v.value == Some(35.0))).collect();
    assert_eq!(damaged.len(), 1, "{:#?}", card.facts);
    assert!(damaged[0].values.iter().all(|v| v.value != Some(33.0)), "{:#?}", damaged[0].values);
}

#[test]
fn bodies_identified_are_not_the_bodies_found() {
    let card = card_of_articles(vec![
        article("a", "2013-07-19", "The fire destroyed the town. Police said 42 bodies have been found and 19 of the victims have been identified."),
        article("b", "2013-08-01", "The fire destroyed the town. The coroner has identified 38 of the bodies."),
    ]);
    let identified = fact_with(&card, 38.0);
    assert!(identified.values.iter().all(|v| v.value != Some(42.0)), "{:#?}", identified.values);
}

#[test]
fn a_label_says_a_word_once() {
    // the suspects named as suspects are "tersangka", not "tersangka tersangka"
    let card = card_of_articles(vec![
        article("a", "2019-05-23", "Kerusuhan terjadi di Jakarta. Polisi menetapkan 257 tersangka kerusuhan."),
        article("b", "2019-05-24", "Kerusuhan terjadi di Jakarta. Polisi menetapkan 441 orang sebagai tersangka kerusuhan."),
    ]);
    let suspects = fact_with(&card, 441.0);
    assert_eq!(suspects.label, "tersangka", "{:#?}", card.facts);
}

#[test]
fn passengers_of_those_on_board_are_their_own_count() {
    // the passengers are a part of the passengers and crew on board, not
    // the whole named more precisely, once an article gives both apart
    let card = card_of_texts(&[
        "The plane was carrying 162 passengers and crew, officials said on Monday, 29 December 2014. It had 155 passengers on board.",
        "The jet had 162 people on board, officials said on Tuesday, 30 December 2014.",
    ]);
    let keys: Vec<&str> = card.facts.iter().map(|f| f.key.as_str()).collect();
    let main = |key: &str| card.facts.iter().find(|f| f.key == key).and_then(|f| f.values[0].value);
    assert_eq!((main("aboard"), main("passengers/aboard")), (Some(162.0), Some(155.0)), "{keys:?}");
    // where they are all of those on board, they are that whole
    let card = card_of_texts(&["The train was carrying 1,200 passengers, officials said on Friday, 2 June 2023. About 1,200 people were on board."]);
    let keys: Vec<&str> = card.facts.iter().map(|f| f.key.as_str()).collect();
    assert!(keys.contains(&"aboard") && !keys.contains(&"passengers/aboard"), "{keys:?}");
}

#[test]
fn an_anaphor_with_no_antecedent_in_its_paragraph_counts_what_the_subheading_names() {
    let card = card_of_texts(&["Rescue goes on in the city.\n\nConfusion over deaths\n\nInspector Aminur Rahman put the count in Wednesday's collapse at 377 on Monday, 29 April 2013."]);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert_eq!(deaths.values[0].value, Some(377.0), "{:?}", deaths.values);
    assert!(!deaths.label.contains("Wednesday"), "a day's is no place: {}", deaths.label);
}

#[test]
fn a_tally_of_one_day_rises_and_a_count_that_changes_by_the_hour_never_conflicts() {
    // two counts of the dead on one day: the larger is the later tally
    let card = card_of_texts(&[
        "Banjir melanda kota itu. Sebanyak 9 orang meninggal dan 4 orang hilang, kata petugas, Senin (5/2/2024).",
        "Banjir melanda kota itu. Sebanyak 30 orang meninggal dan 12 orang hilang, kata gubernur, Senin (5/2/2024).",
    ]);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert_eq!(deaths.values[0].value, Some(30.0), "{:?}", deaths.values);
    assert_eq!(deaths.values[1].status, Status::Earlier, "{:?}", deaths.values);
    // the missing fall as well as rise: neither leads as a later tally, and they do not conflict
    let missing = card.facts.iter().find(|f| f.key == "missing").unwrap();
    assert!(missing.values.iter().all(|v| v.status != Status::Conflict), "{:?}", missing.values);
    assert_eq!(missing.differ, 0);
}

#[test]
fn a_vague_count_never_leads_over_a_number() {
    // "thousands" the day after "1,000 homes" says no more than that; a
    // number a vague count holds leads as well ("hundreds", then 701)
    let card = card_of_articles(vec![
        article("a", "2021-12-13", "The tornado hit the town. About 1,000 homes were damaged, the governor said."),
        article("b", "2021-12-14", "The tornado hit the town. Thousands of homes were damaged, the governor said."),
        article("c", "2021-12-13", "The blast hit the port. Officials said 701 people were injured."),
        article("d", "2021-12-14", "The blast hit the port. Hundreds of people were injured."),
    ]);
    let lead = |key: &str| card.facts.iter().find(|f| f.key == key).map(|f| f.values[0].value);
    assert_eq!(lead("houses"), Some(Some(1000.0)), "{:#?}", card.facts);
    assert_eq!(lead("injured"), Some(Some(701.0)), "{:#?}", card.facts);
}

#[test]
fn a_report_s_title_labels_the_day_it_was_published() {
    let titled = |id: &str, published: &str, title: &str, text: &str| BundleArticle { title: Some(title.into()), ..article(id, published, text) };
    let card = card_of_articles(vec![
        // the clause with the date says nothing ("Ada beberapa hal"): the title does
        titled(
            "a",
            "2024-04-30",
            "Gunung Ruang Kembali Erupsi, BNPB Bakal Evakuasi 12 Ribu Orang",
            "\"Ada beberapa hal yang menjadi kesepakatan dari rapat tersebut,\" kata Abdul Muhari, Selasa (30/4/2024).",
        ),
        // a title of a word says nothing; nor is a title another day's label
        titled("b", "2024-05-02", "Summary", "Warga mulai kembali ke rumah pada Kamis (2/5/2024). Status diturunkan pada Senin (29/4/2024)."),
    ]);
    let label = |date: &str| card.timeline.iter().find(|t| t.date == date).map(|t| t.label.as_str());
    assert_eq!(label("2024-04-30"), Some("Gunung Ruang Kembali Erupsi, BNPB Bakal Evakuasi 12 Ribu Orang"), "{:#?}", card.timeline);
    assert_eq!(label("2024-05-02"), Some("Warga mulai kembali ke rumah"), "{:#?}", card.timeline);
    assert_eq!(label("2024-04-29"), Some("Status diturunkan"), "{:#?}", card.timeline);
}

#[test]
fn published_dates_order_the_reports() {
    // neither text dates itself: the bundle's published dates say which is later
    let articles = vec![
        article("a.txt", "2024-02-06T08:00+07:00", "Sebanyak 2.500 pasukan dikerahkan ke kota itu."),
        article("b.txt", "2024-02-05", "Sebanyak 4.000 pasukan dikerahkan ke kota itu."),
    ];
    let card = card_of_articles(articles);
    let troops = card.facts.iter().find(|f| f.key == "troops").unwrap();
    assert_eq!(troops.values[0].value, Some(2500.0), "{:?}", troops.values);
    assert_eq!(troops.values[0].reported.as_deref(), Some("2024-02-06"));
    assert_eq!(troops.values[1].status, Status::Earlier);
}

#[test]
fn counts_no_article_says_anything_happened_to_are_no_updates_nor_conflicts() {
    // what there is ("a block housing 122 inmates"), not what happened to it:
    // another count of it, earlier or the same day, is another group
    let articles = vec![
        article("a.txt", "2024-02-06", "Blok itu dihuni 122 narapidana. Sebanyak 40 orang tewas dalam kebakaran itu."),
        article("b.txt", "2024-02-05", "Dari 8 narapidana itu, tiga orang kritis. Sebanyak 40 orang tewas dalam kebakaran itu."),
        article("c.txt", "2024-02-06", "Blok itu berisi 90 narapidana. Sebanyak 40 orang tewas dalam kebakaran itu."),
    ];
    let card = card_of_articles(articles);
    let inmates = card.facts.iter().find(|f| f.key == "inmates").unwrap();
    assert!(inmates.values.len() == 3, "{:?}", inmates.values);
    for v in &inmates.values[1..] {
        assert_eq!(v.status, Status::Other, "{:?}", inmates.values);
    }
    assert_eq!(inmates.differ, 0);
    // and it is the fact of the article that gives its main value, not of three
    assert_eq!(inmates.sources, 1);
    // (of the articles that agree with it: "at least 60" and "65" are two)
    let articles = vec![
        article("a.txt", "2024-02-06", "The block housed 65 inmates. Sebanyak 40 orang tewas."),
        article("b.txt", "2024-02-06", "The block housed at least 60 inmates. Sebanyak 40 orang tewas."),
    ];
    let inmates = card_of_articles(articles).facts.into_iter().find(|f| f.key == "inmates").unwrap();
    assert_eq!((inmates.sources, inmates.agree), (2, 2), "{:?}", inmates.values);
}

#[test]
fn a_value_said_to_be_earlier_is_its_article_s_count_when_it_gives_no_other() {
    let injured = |card: &Card| card.facts.iter().find(|f| f.key == "injured").map(|f| f.values.iter().map(|v| (v.value, v.status)).collect::<Vec<_>>());
    let earlier = article("a.txt", "2024-02-05", "Sebanyak 637 orang luka akibat gempa itu.");
    let card = card_of_articles(vec![earlier.clone(), article("b.txt", "2024-02-06", "Sebelumnya, BNPB melaporkan 743 warga luka akibat gempa itu.")]);
    assert_eq!(injured(&card), Some(vec![(Some(743.0), Status::Main), (Some(637.0), Status::Earlier)]));
    // (with a value of its own, the article's earlier one is an update)
    let card = card_of_articles(vec![earlier, article("b.txt", "2024-02-06", "Korban luka kini 800 orang. Sebelumnya, BNPB melaporkan 743 warga luka.")]);
    let values = injured(&card).unwrap();
    assert_eq!(values[0], (Some(800.0), Status::Main));
    assert!(values.contains(&(Some(743.0), Status::Earlier)), "{values:?}");
}

#[test]
fn a_part_is_never_more_than_its_whole() {
    let card = card_of_texts(&["Sebanyak 25 orang meninggal, kata petugas, Senin (5/2/2024). Sebanyak 71 orang di antaranya anak-anak."]);
    let values: Vec<_> = card.facts.iter().flat_map(|f| &f.values).filter(|v| v.status == Status::Part).map(|v| v.value).collect();
    assert!(!values.contains(&Some(71.0)), "{:?}", card.facts);
    let card = card_of_texts(&["Sebanyak 25 orang meninggal, kata petugas, Senin (5/2/2024). Sebanyak 7 orang di antaranya anak-anak."]);
    let values: Vec<_> = card.facts.iter().flat_map(|f| &f.values).filter(|v| v.status == Status::Part).map(|v| v.value).collect();
    assert!(values.contains(&Some(7.0)), "{:?}", card.facts);
}

#[test]
fn citations_name_the_article_by_bundle_id_and_its_credits() {
    let card = seed_card();
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    let c = &deaths.values.iter().find(|v| v.value == Some(164.0)).unwrap().citations[0];
    assert_eq!(c.article, "003_8a88cf9404d41049");
    assert_eq!(c.outlet, "cakra.news");
    assert!(c.sentence.contains("164 orang tewas"));
    assert!(c.credits.contains(&"Reuters".to_string()) && c.credits.contains(&"Khabar 24".to_string()));
}

#[test]
fn timeline_in_order_with_the_flagged_date() {
    let card = seed_card();
    let dates: Vec<&str> = card.timeline.iter().map(|t| t.date.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    for d in ["2022-01-06", "2022-01-11", "2022-01-13", "2022-01-23"] {
        assert!(dates.contains(&d), "{d} missing from {dates:?}");
    }
    // "Kamis (6/12)" sits at 6 January, the Thursday that fits, flagged, with what was written
    let flagged = card.timeline.iter().find(|t| t.flagged).unwrap();
    assert_eq!((flagged.date.as_str(), flagged.written_date.as_deref()), ("2022-01-06", Some("2021-12-06")));
    assert!(!dates.contains(&"2021-12-06"), "{dates:?}");
}

#[test]
fn html_shows_every_shown_fact_and_the_model_round_trips() {
    let card = seed_card();
    let tree = card_tree(&card);
    let text = visible_text(&tree);
    let html = to_html(&tree);
    for f in &card.facts {
        for v in &f.values {
            assert!(text.contains(&v.display), "{} missing", v.display);
        }
        assert!(html.contains(&format!("data-key=\"{}\"", f.key)));
    }
    assert!(page_html(&card).contains("<style>"));
    let json = serde_json::to_string(&card).unwrap();
    let back: Card = serde_json::from_str(&json).unwrap();
    assert_eq!(back, card);
}

#[test]
fn hostile_text_stays_text() {
    let evil = "<img src=x onerror=alert(1)> Sekitar 2.500 pasukan <script>alert(2)</script> tewas.";
    let mut a = BundleArticle::from_text("evil.txt", evil.to_string());
    a.url = Some("javascript:alert(3)".into());
    a.title = Some("\"><svg onload=alert(4)>".into());
    let card = build_card(&Bundle::new(vec![a]).validate().unwrap(), &CardOptions::default());
    let html = page_html(&card);
    for bad in ["<img", "<script>alert", "<svg", "javascript:"] {
        assert!(!html.contains(bad), "{bad} leaked into {html}");
    }
}

// The second bundle: four outlets on the Banten earthquake of 2 August 2019
// (tests/fixtures/event2, hand notes in EXPECTED.md).

#[test]
fn earthquake_deaths_grouped_across_all_four_outlets_with_their_disagreement() {
    let card = card_of("event2");
    let deaths = card.facts.iter().find(|f| f.key == "killed").expect("a deaths fact");
    assert_eq!(deaths.sources, 4, "all four outlets report deaths");
    let values: Vec<f64> = deaths.values.iter().filter_map(|v| v.value).collect();
    for toll in [1.0, 2.0, 4.0, 6.0] {
        assert!(values.contains(&toll), "toll {toll} missing from {values:?}");
    }
    // the toll rose report by report (1 → 2 → 4 → 6): the latest leads, the rest are earlier
    assert_eq!(deaths.values[0].value, Some(6.0), "{:?}", deaths.values);
    assert_eq!(deaths.values[0].reported.as_deref(), Some("2019-08-04"));
    for toll in [2.0, 4.0] {
        assert_eq!(deaths.values.iter().find(|v| v.value == Some(toll)).unwrap().status, Status::Earlier);
    }
    assert!(deaths.differ == 0 && deaths.values.iter().all(|v| v.status != Status::Conflict), "{:?}", deaths.values);
    // every value is cited to the article that states it
    let six = deaths.values.iter().find(|v| v.value == Some(6.0)).unwrap();
    assert!(six.citations.iter().all(|c| c.article == "ev04_gempa-banten-tirto"));
}

#[test]
fn earthquake_magnitude_agrees_and_the_first_reading_is_earlier() {
    let card = card_of("event2");
    let magnitude = card.facts.iter().find(|f| f.key == "magnitude").expect("a magnitude fact");
    assert_eq!(magnitude.sources, 4);
    assert_eq!(magnitude.values[0].value, Some(6.9));
    assert_eq!(magnitude.values[0].status, Status::Main);
    assert!(magnitude.values.iter().any(|v| v.value == Some(7.4) && v.status == Status::Earlier));
}

#[test]
fn earthquake_damage_and_displacement_line_up() {
    let card = card_of("event2");
    // houses heavily damaged (13) are their own fact: not a conflict of the
    // moderately (50) or lightly (408) damaged
    let houses = card.facts.iter().find(|f| f.key == "houses@heavy").unwrap();
    let thirteen = houses.values.iter().find(|v| v.value == Some(13.0)).unwrap();
    let cited: Vec<&str> = thirteen.citations.iter().map(|c| c.article.as_str()).collect();
    assert!(cited.contains(&"ev01_gempa-banten-inews") && cited.contains(&"ev04_gempa-banten-tirto"), "{cited:?}");
    assert!(houses.values.iter().all(|v| v.value != Some(50.0) && v.value != Some(408.0)), "{:?}", houses.values);
    assert!(card.facts.iter().any(|f| f.key == "houses@light" && f.values[0].value == Some(408.0)));
    assert!(card.facts.iter().all(|f| f.values.iter().all(|v| v.status != Status::Conflict)), "no conflicts in this bundle");
    let displaced = card.facts.iter().find(|f| f.key == "displaced").unwrap();
    assert!(displaced.values.iter().any(|v| v.value == Some(1050.0) && v.qualifier == "approx"));
    assert!(displaced.values.iter().any(|v| v.value == Some(1050.0) && v.qualifier == "at_least"));
}

#[test]
fn earthquake_timeline_has_the_day_of_the_quake_from_every_outlet() {
    let card = card_of("event2");
    let quake_day = card.timeline.iter().find(|t| t.date == "2019-08-02").expect("2 August 2019");
    let mut outlets: Vec<&str> = quake_day.citations.iter().map(|c| c.article.as_str()).collect();
    outlets.dedup();
    assert_eq!(outlets.len(), 4, "{outlets:?}");
    assert!(card.timeline.iter().any(|t| t.date == "2019-08-03"));
    assert!(card.timeline.iter().any(|t| t.date == "2019-08-04"));
}

/// Block elements inside a <p> would be re-parented by an HTML parser, so the
/// static HTML would not be the tree the DOM renderer builds.
#[test]
fn the_tree_is_valid_html_nesting() {
    use factcard::render::Node;
    const BLOCKS: &[&str] = &["div", "p", "blockquote", "ul", "ol", "li", "figure", "section", "header", "footer", "details", "h2", "h3"];
    fn check(node: &Node, in_p: bool) {
        if let Node::Element { tag, children, .. } = node {
            assert!(!(in_p && BLOCKS.contains(tag)), "<{tag}> inside a <p>");
            for c in children {
                check(c, in_p || *tag == "p");
            }
        }
    }
    check(&card_tree(&seed_card()), false);
    check(&card_tree(&card_of("event2")), false);
}

#[test]
fn a_source_the_text_does_not_name_is_called_by_its_number_or_its_url_host() {
    let card = seed_card();
    // 004 names no outlet and has no URL: "Sumber 5" everywhere, never its file id
    let unnamed = card.sources.iter().position(|s| s.id == "004_0d474e773b179055").expect("source 004");
    let label = format!("Sumber {}", unnamed + 1);
    assert_eq!(card.sources[unnamed].outlet, label);
    let html = to_html(&card_tree(&card));
    assert!(!visible_text(&card_tree(&card)).contains("004_0d474e773b179055"), "the id is not shown as a name");
    assert!(html.contains(&label));
    let cited = card.facts.iter().flat_map(|f| &f.values).flat_map(|v| &v.citations).filter(|c| c.article == "004_0d474e773b179055");
    assert!(cited.clone().count() > 0 && cited.clone().all(|c| c.outlet == label));
    assert!(card.facts.iter().all(|f| !f.origins.iter().any(|o| o == "004_0d474e773b179055")));

    // with a URL, its host names it; in English the fallback is "Source N"
    let text = "Sekitar 2.500 pasukan tiba di Almaty pada Kamis (6/1/2022).";
    let mut with_url = BundleArticle::from_text("a.txt", text.into());
    with_url.url = Some("https://www.example-news.co.id/berita/1".into());
    let bare = BundleArticle::from_text("b.txt", text.into());
    let bundle = Bundle::new(vec![with_url, bare]).validate().unwrap();
    let card = build_card(&bundle, &CardOptions { lang: Some("en".into()), ..CardOptions::default() });
    let names: Vec<&str> = card.sources.iter().map(|s| s.outlet.as_str()).collect();
    assert_eq!(names, ["example-news.co.id", "Source 2"]);
}

#[test]
fn the_headline_never_states_what_the_top_fact_has_updated() {
    // the only title is an earlier report's: the card writes its own line
    let articles = vec![
        BundleArticle {
            title: Some("Banjir: 9 Orang Meninggal".into()),
            ..BundleArticle::from_text("a.txt", "Banjir melanda kota itu. Sebanyak 9 orang meninggal, kata petugas, Senin (5/2/2024).".into())
        },
        BundleArticle::from_text("b.txt", "Banjir melanda kota itu. Korban meninggal bertambah menjadi 30 orang, kata gubernur, Rabu (7/2/2024).".into()),
    ];
    let card = card_of_articles(articles);
    assert_eq!(card.facts[0].values[0].value, Some(30.0));
    assert_eq!(card.headline, "30 orang tewas");
    // a title that states the latest value is the headline
    let articles = vec![
        BundleArticle {
            title: Some("Korban Banjir Jadi 30 Orang".into()),
            ..BundleArticle::from_text("b.txt", "Korban meninggal bertambah menjadi 30 orang, kata gubernur, Rabu (7/2/2024).".into())
        },
        BundleArticle::from_text("a.txt", "Sebanyak 9 orang meninggal, kata petugas, Senin (5/2/2024).".into()),
    ];
    let card = card_of_articles(articles);
    assert_eq!(card.headline, "Korban Banjir Jadi 30 Orang");
    // else the newest article's title when it states no number, never an older one's
    let titled = |id: &str, title: &str, text: &str| BundleArticle { title: Some(title.into()), ..BundleArticle::from_text(id, text.into()) };
    let articles = vec![
        titled("a.txt", "Pencarian Korban Dihentikan", "Sebanyak 9 orang meninggal, kata petugas, Senin (5/2/2024)."),
        titled("b.txt", "Banjir Surut, Warga Kembali ke Rumah", "Banjir melanda kota itu, kata gubernur, Rabu (7/2/2024)."),
        BundleArticle::from_text("c.txt", "Korban meninggal bertambah menjadi 30 orang, kata gubernur, Rabu (7/2/2024).".into()),
    ];
    assert_eq!(card_of_articles(articles.clone()).headline, "Banjir Surut, Warga Kembali ke Rumah");
    let mut numbered = articles;
    numbered[1].title = Some("Banjir Surut, 200 Warga Kembali".into());
    assert_eq!(card_of_articles(numbered).headline, "30 orang tewas");
    // a title of an article that states the top value is passed over when it
    // states another fact's earlier value: the injured were 12, now 20
    // (the title is the text's first line, as on a saved page)
    let articles = vec![
        titled(
            "a.txt",
            "12 Warga Luka-luka akibat Banjir",
            "12 Warga Luka-luka akibat Banjir\n\nSebanyak 30 orang meninggal dan 12 orang luka-luka, kata petugas, Senin (5/2/2024).",
        ),
        titled(
            "b.txt",
            "Korban Banjir Terus Bertambah",
            "Korban Banjir Terus Bertambah\n\nSebanyak 30 orang meninggal dan 20 orang luka-luka, kata gubernur, Rabu (7/2/2024).",
        ),
        titled("c.txt", "Banjir Surut", "Banjir Surut\n\nKorban meninggal tetap 30 orang, kata gubernur, Rabu (7/2/2024)."),
    ];
    let card = card_of_articles(articles);
    assert_eq!((card.facts[0].values[0].value, card.facts[1].values[0].value), (Some(30.0), Some(20.0)));
    assert_eq!(card.headline, "Korban Banjir Terus Bertambah");
}

#[test]
fn a_date_s_label_is_a_clause_not_a_publication_line() {
    let card = card_of_texts(&[
        "Banjir Bandang\n\n21/11/2022, 19:28 WIB\n\nSebanyak 9 orang meninggal, kata petugas.",
        "Banjir bandang melanda Garut pada Senin (21/11/2022) malam, kata petugas.",
    ]);
    let day = card.timeline.iter().find(|t| t.date == "2022-11-21").expect("21 November 2022");
    assert_eq!(day.citations.len(), 2, "{:?}", day.citations);
    assert!(day.label.starts_with("Banjir bandang melanda Garut"), "{:?}", day.label);
    // a date that is only a publication line, with nothing else to say it, takes the article's title
    let titled = BundleArticle {
        title: Some("Banjir Bandang Terjang Garut".into()),
        ..BundleArticle::from_text("a.txt", "21/11/2022, 19:28 WIB\n\nSebanyak 9 orang meninggal, kata petugas.".into())
    };
    let card = card_of_articles(vec![titled]);
    let day = card.timeline.iter().find(|t| t.date == "2022-11-21").expect("21 November 2022");
    assert_eq!(day.label, "Banjir Bandang Terjang Garut");
}

#[test]
fn a_smaller_value_beside_the_main_one_in_its_article_is_no_earlier_report() {
    let card = card_of_texts(&[
        "Erupsi gunung itu, Minggu (5/12/2021). Sebanyak 14 orang meninggal, kata petugas.",
        "Erupsi gunung itu, Kamis (9/12/2021). Sebanyak 43 orang meninggal, kata petugas. Empat orang meninggal ditemukan kemarin.",
    ]);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    let status = |v: f64| deaths.values.iter().find(|x| x.value == Some(v)).map(|x| x.status);
    assert_eq!(status(43.0), Some(Status::Main), "{:?}", deaths.values);
    assert_eq!(status(14.0), Some(Status::Earlier), "another article's earlier report");
    // (a part, or another count: far below the reports before it, it is no step of the toll)
    assert!(matches!(status(4.0), Some(Status::Other | Status::Part)), "a part the same article gives beside its total: {:?}", deaths.values);
}

#[test]
fn a_breakdown_is_shown_as_parts_and_a_rising_toll_as_its_progression() {
    let card = card_of_articles(vec![
        article(
            "a",
            "2024-01-01",
            "Gempa mengguncang Lampung. Dua orang tewas. Sebanyak 1.050 orang mengungsi, yaitu 1.000 jiwa di Bandar Lampung dan 50 jiwa di Kalianda.",
        ),
        article("b", "2024-01-02", "Korban tewas akibat gempa Lampung bertambah menjadi 4 orang."),
        article("c", "2024-01-03", "Korban tewas gempa Lampung kini menjadi 6 orang."),
    ]);
    let displaced = card.facts.iter().find(|f| f.key == "displaced").unwrap();
    let status = |v: f64| displaced.values.iter().find(|x| x.value == Some(v)).map(|x| x.status);
    assert_eq!((displaced.values[0].value, status(1000.0), status(50.0)), (Some(1050.0), Some(Status::Part), Some(Status::Part)), "{:?}", displaced.values);
    let deaths = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert_eq!(deaths.values[0].value, Some(6.0));
    assert!(deaths.values[1..].iter().all(|v| v.status == Status::Earlier), "{:?}", deaths.values);
    // the card says how the toll rose, oldest first, and shows the parts as such
    let html = to_html(&card_tree(&card));
    assert!(html.contains("Perkembangan: 2 → 4 → 6"), "{html}");
    assert!(html.contains("fc-v fc-v-part"), "{html}");
}

#[test]
fn background_and_measures_come_after_the_news() {
    let article =
        |id: &str, text: &str| BundleArticle { published: Some("2022-10-30".into()), lang: Some("en".into()), ..BundleArticle::from_text(id, text.into()) };
    let card = card_of_articles(vec![
        article("a", "At least 151 people were killed in the crush. It is the worst disaster since a 2014 ferry sinking that killed 304 people."),
        article("b", "The death toll rose to 154. Police said 82 people were injured in 14 districts. Storms killed people in six states."),
    ]);
    let shown: Vec<&str> = card.facts[..card.shown_facts].iter().map(|f| f.key.as_str()).collect();
    assert_eq!(card.facts[0].key, "killed", "{shown:?}");
    assert!(card.facts.iter().any(|f| f.key.starts_with("states")), "{:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>());
    assert!(
        !shown.iter().any(|k| k.contains('%') || k.starts_with("districts") || k.starts_with("states")),
        "background shown among the key figures: {shown:?}"
    );
    assert!(card.facts.iter().any(|f| f.key == "killed%2014"), "{:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>());
}

#[test]
fn votes_are_a_fact_per_candidate_and_a_share_goes_with_its_count() {
    let card = card_of_articles(vec![
        article("a", "2024-02-18", "Anies-Muhaimin memperoleh suara sebanyak 21.013.738 atau 24,48 persen. Adapun Ganjar-Mahfud mengantongi 15.084.928 suara atau 17,57 persen."),
        article("b", "2024-03-20", "Suara pasangan Anies Baswedan - Muhaimin Iskandar yaitu 40.971.906 atau 24,95 persen. Ganjar Pranowo - Mahfud MD mengantongi 27.040.878 suara atau 16,47 persen. Pasangan itu unggul dengan 96.214.691 suara."),
    ]);
    let fact =
        |key: &str| card.facts.iter().find(|f| f.key == key).unwrap_or_else(|| panic!("{key}: {:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>()));
    // (a name by all its words: "Anies-Muhaimin" is "Anies Baswedan - Muhaimin Iskandar")
    assert_eq!(fact("votes#Anies Baswedan").values[0].value, Some(40_971_906.0));
    assert_eq!(fact("votes#Ganjar Pranowo").values[0].value, Some(27_040_878.0));
    assert_eq!(fact("votes:percent#Anies Baswedan").values.iter().map(|v| v.status).collect::<Vec<_>>(), [Status::Main, Status::Earlier]);
    // a count whose holder the card cannot tell is no candidate's and no total
    assert!(card.facts.iter().all(|f| f.key != "votes"), "{:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>());
    assert!(fact("votes#Anies Baswedan").label.ends_with("Anies Baswedan"), "{}", fact("votes#Anies Baswedan").label);
}

#[test]
fn a_candidate_is_one_by_any_of_his_names() {
    // by the surname alone, and by a name spelled two ways after the same first word
    let card = card_of_articles(vec![
        article("a", "2023-05-28", "The count goes on. Recep Tayyip Erdogan had 52.61% of the votes and Kemal Kılıçdaroğlu had 47.39%."),
        article("b", "2023-05-29", "The count ended. Erdogan won 52.14% of the votes, and Kilicdaroglu had 47.86%."),
        article("c", "2023-06-01", "The result is official. Kemal Kilicdaroglu had 47.82% of the votes."),
    ]);
    let keys: Vec<_> = card.facts.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys.iter().filter(|k| k.starts_with("votes")).count(), 2, "{keys:?}");
    let of = |v: f64| card.facts.iter().position(|f| f.values.iter().any(|x| x.value == Some(v)));
    assert_eq!(of(52.61), of(52.14), "{:#?}", card.facts);
    assert_eq!(of(47.39), of(47.86), "{:#?}", card.facts);
    assert_eq!(of(47.82), of(47.86), "{:#?}", card.facts);
}

#[test]
fn one_source_is_one_source() {
    // a value only one article gives says so, not "1 sources agree"
    let text = "Sebanyak 12 orang meninggal dunia akibat banjir, kata petugas, Senin (5/2/2024).";
    let card = card_of_articles(vec![BundleArticle::from_text("b.txt", text.into())]);
    let text = visible_text(&card_tree(&card));
    assert!(text.contains("1 sumber") && !text.contains("1 sumber sepakat"), "{text}");
}

#[test]
fn a_published_article_s_weekdays_are_on_the_timeline_labelled_in_its_language() {
    let en = "A fire broke out in the mine on Tuesday, the company said.";
    let id = "Sebanyak 301 penambang tewas dalam kebakaran tambang itu, kata menteri, Sabtu (17/5/2014).";
    let articles = vec![
        BundleArticle { published: Some("2014-05-16".into()), ..BundleArticle::from_text("en.txt", en.into()) },
        BundleArticle::from_text("id1.txt", id.into()),
        BundleArticle::from_text("id2.txt", id.into()),
    ];
    let card = card_of_articles(articles);
    assert_eq!(card.lang, "id");
    let tuesday = card.timeline.iter().find(|t| t.date == "2014-05-13").expect("Tuesday, from the publication date");
    // (read with the English table: "on" led to the date and is gone)
    assert_eq!(tuesday.label, "A fire broke out in the mine");
}

#[test]
fn of_several_articles_the_card_shows_what_two_or_more_give() {
    let a = "Sebanyak 10 orang tewas, 5 orang hilang dan 3 orang luka akibat banjir itu, kata petugas, Senin (5/2/2024). Banjir juga merusak 7 rumah.";
    let b = "Banjir itu menewaskan 10 orang, 5 orang hilang dan 3 orang luka, kata petugas, Senin (5/2/2024).";
    let card = card_of_articles(vec![BundleArticle::from_text("a.txt", a.into()), BundleArticle::from_text("b.txt", b.into())]);
    assert!(card.facts.len() >= 4, "{:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>());
    assert_eq!(card.shown_facts, 3, "{:?}", card.facts.iter().map(|f| (&f.key, f.sources)).collect::<Vec<_>>());
    assert!(card.facts[..3].iter().all(|f| f.sources == 2));
    // (bodies found, retrieved or recovered are the bodies: one fact)
    let c = "Six bodies were retrieved on Monday. By Tuesday, 9 bodies had been recovered.";
    let card = card_of_articles(vec![BundleArticle::from_text("c.txt", c.into())]);
    assert_eq!(card.facts.iter().filter(|f| f.key.starts_with("bodies")).count(), 1, "{:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>());
}

#[test]
fn the_badly_hurt_are_one_count_called_injured_or_in_hospital() {
    let articles = vec![
        article("a.txt", "2017-06-14", "Eighteen people were critically injured in the fire."),
        article("b.txt", "2017-06-16", "Twelve patients remain in hospital in critical condition."),
    ];
    let card = card_of_articles(articles);
    let hurt: Vec<_> = card.facts.iter().filter(|f| f.key.contains("@heavy")).collect();
    assert_eq!(hurt.len(), 1, "{:?}", card.facts.iter().map(|f| &f.key).collect::<Vec<_>>());
    assert_eq!(hurt[0].values[0].value, Some(12.0), "{:?}", hurt[0].values);
    assert_eq!(hurt[0].values[1].status, Status::Earlier);
}

#[test]
fn an_exact_count_leads_a_bound_of_the_same_article_and_an_age_is_no_count() {
    let card = card_of_articles(vec![article(
        "a.txt",
        "2003-02-16",
        "Organisers claimed up to two million people took part. Police put the figure at 750,000 people who took part. Two men aged 31 and 32 were detained.",
    )]);
    let crowd = card.facts.iter().find(|f| f.key == "participated").unwrap();
    assert_eq!(crowd.values[0].value, Some(750000.0), "{:?}", crowd.values);
    assert!(card.facts.iter().all(|f| f.values.iter().all(|v| v.value != Some(32.0))), "{:?}", card.facts);
}

#[test]
fn a_breakdown_by_place_is_parts_though_its_article_states_no_whole() {
    let card = card_of_articles(vec![
        article("a.txt", "2024-05-17", "Sebanyak 20 orang hilang akibat banjir itu."),
        article(
            "b.txt",
            "2024-05-18",
            "Rinciannya antara lain Kabupaten Tanah Datar 13 orang dilaporkan hilang dan Kabupaten Agam satu orang dilaporkan hilang.",
        ),
    ]);
    let missing = card.facts.iter().find(|f| f.key == "missing").unwrap();
    assert_eq!(missing.values[0].value, Some(20.0), "{:?}", missing.values);
    assert!(missing.values[1..].iter().all(|v| v.status == Status::Part), "{:?}", missing.values);
}

#[test]
fn a_report_of_unknown_date_is_no_earlier_report() {
    // b gives no date at all: its count may be older or newer than a's
    let articles = vec![
        article("a.txt", "2024-02-06", "Sebanyak 10 orang tewas akibat banjir itu."),
        BundleArticle::from_text("b.txt", "Sebanyak 12 orang tewas akibat banjir itu.".into()),
    ];
    let card = card_of_articles(articles);
    let dead = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert_eq!(dead.values[0].value, Some(10.0), "{:?}", dead.values);
    assert_eq!(dead.values[1].status, Status::Other, "{:?}", dead.values);
}

#[test]
fn the_injured_are_one_count_whether_called_injured_or_in_hospital_but_not_those_still_there() {
    let articles = vec![
        article("a.txt", "2015-08-13", "The blasts killed 50 people and left 701 people injured."),
        article("b.txt", "2015-08-16", "About 722 people are hospitalised after the blasts."),
        article("c.txt", "2015-08-17", "Of them, 698 people remain in hospital."),
    ];
    let card = card_of_articles(articles);
    let injured = card.facts.iter().find(|f| f.key == "injured").unwrap();
    assert_eq!(injured.values.iter().map(|v| v.value).collect::<Vec<_>>(), [Some(722.0), Some(701.0)], "{:?}", injured.values);
    assert!(
        card.facts.iter().any(|f| f.key == "hospitalized@still" && f.values[0].value == Some(698.0)),
        "{:?}",
        card.facts.iter().map(|f| &f.key).collect::<Vec<_>>()
    );
}

#[test]
fn a_count_far_below_the_reports_around_it_is_no_step_of_the_tally() {
    // those pulled out alive one day are no step of all those rescued
    let articles = vec![
        article("a.txt", "2013-04-25", "Rescuers have rescued 2,013 people from the rubble."),
        article("b.txt", "2013-04-26", "Rescuers rescued 41 people alive from the rubble on Friday."),
        article("c.txt", "2013-04-28", "In all, 2,437 people have been rescued from the rubble."),
    ];
    let card = card_of_articles(articles);
    let rescued = card.facts.iter().find(|f| f.key == "rescued").unwrap();
    let status = |x: f64| rescued.values.iter().find(|v| v.value == Some(x)).unwrap().status;
    assert_eq!((status(2437.0), status(2013.0)), (Status::Main, Status::Earlier), "{:?}", rescued.values);
    // (those of one day: a part of all rescued, or another count, never a step)
    assert!(matches!(status(41.0), Status::Other | Status::Part), "{:?}", rescued.values);
    // a small first count is a step: 12, then 30, then 71 dead
    let articles = vec![
        article("a.txt", "2017-06-14", "At least 12 people were killed in the fire."),
        article("b.txt", "2017-06-16", "The fire killed 30 people, police said."),
        article("c.txt", "2017-06-28", "Police said 71 people were killed in the fire."),
    ];
    let card = card_of_articles(articles);
    let killed = card.facts.iter().find(|f| f.key == "killed").unwrap();
    assert!(killed.values[1..].iter().all(|v| v.status == Status::Earlier || v.status == Status::Consistent), "{:?}", killed.values);
}

#[test]
fn seats_declared_through_the_night_are_moments_of_one_count_not_a_conflict() {
    let articles = vec![
        article("a.txt", "2019-12-13", "With 647 of 650 seats declared, the Conservatives have won 362 seats."),
        article("b.txt", "2019-12-13", "With every seat declared, the Conservatives have won 365 seats."),
    ];
    let card = card_of_articles(articles);
    let values: Vec<_> = card.facts.iter().flat_map(|f| &f.values).collect();
    assert!(values.iter().all(|v| v.status != Status::Conflict), "{values:?}");
    let seats = fact_with(&card, 365.0);
    assert_eq!(seats.values[0].value, Some(365.0), "{:?}", seats.values);
}

#[test]
fn a_forecast_stands_back_from_what_was_reported() {
    // the exit poll's 368, repeated a day later, and the count's 365
    let articles = vec![
        article("a.txt", "2019-12-12", "The Conservatives are predicted to win 368 seats."),
        article("b.txt", "2019-12-13", "The exit poll showed the Conservatives winning 368 seats."),
        article("c.txt", "2019-12-13", "Final results showed the Conservatives won 365 seats."),
    ];
    let card = card_of_articles(articles);
    let seats = fact_with(&card, 365.0);
    assert_eq!(seats.values[0].value, Some(365.0), "{:?}", seats.values);
    assert!(seats.values[1..].iter().all(|v| v.status == Status::Earlier), "{:?}", seats.values);
    // (a forecast said of another clause is not this figure's)
    let articles = vec![
        article("a.txt", "2019-12-13", "As the exit poll predicted, the Conservatives won 365 seats."),
        article("b.txt", "2019-12-13", "With 647 seats declared, the Conservatives have 362 seats."),
    ];
    let card = card_of_articles(articles);
    let seats = fact_with(&card, 365.0);
    assert_eq!(seats.values[0].value, Some(365.0), "{:?}", seats.values);
    // alone, a forecast is what the card has
    let card = card_of_articles(vec![article("a.txt", "2019-12-12", "The Conservatives are predicted to win 368 seats.")]);
    assert_eq!(card.facts[0].values[0].value, Some(368.0));
}

#[test]
fn a_possessive_is_no_part_of_who_holds_a_count() {
    let articles = vec![
        article("a.txt", "2019-12-13", "The Conservatives won 365 seats to Labour's 203 seats."),
        article("b.txt", "2019-12-13", "The Labour Party won 203 seats, its worst result in decades."),
    ];
    let card = card_of_articles(articles);
    let labour = fact_with(&card, 203.0);
    assert_eq!(labour.sources, 2, "{:?}", card.facts);
    assert!(labour.label.contains("Labour") && !labour.label.contains('\''), "{}", labour.label);
}

#[test]
fn an_amount_is_of_what_its_clause_says_and_reads_in_its_currency() {
    let articles = vec![
        article("a.txt", "2019-10-01", "The strike may have cost the carmaker over $1 billion so far, an analyst wrote."),
        article("b.txt", "2019-10-25", "The strike is estimated to have cost the company more than $2 billion."),
    ];
    let card = card_of_articles(articles);
    let cost = card.facts.iter().find(|f| f.key == "cost:money").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!((cost.values[0].display.as_str(), cost.values[0].qualifier.as_str()), ("> $2 billion", "more_than"), "{:?}", cost.values);
    assert_eq!(cost.values[1].status, Status::Consistent, "{:?}", cost.values);
    // (what was withdrawn: "withdrew $42 billion", "withdrawals of $42 billion")
    let articles = vec![
        article("a.txt", "2023-03-10", "Customers withdrew $42 billion on Thursday, a filing showed."),
        article("b.txt", "2023-03-28", "Depositors made withdrawals of $42 billion in deposits from the bank."),
    ];
    let card = card_of_articles(articles);
    let withdrawn = card.facts.iter().find(|f| f.key == "withdrawn:money").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!((withdrawn.values[0].display.as_str(), withdrawn.sources), ("$42 billion", 2));
    let card = card_of_articles(vec![article("a.txt", "2022-08-05", "Kerugian perusahaan itu mencapai Rp 5 triliun, kata dia.")]);
    assert_eq!(card.facts[0].values[0].display, "Rp 5 triliun", "{:?}", card.facts);
}

#[test]
fn a_toll_that_falls_by_half_without_a_revision_is_no_step_of_it() {
    let tolls = |last: &str| {
        let articles = vec![
            article("a.txt", "2019-09-23", "Sebanyak 16 warga dilaporkan tewas dalam kerusuhan itu."),
            article("b.txt", "2019-09-24", "Korban tewas bertambah menjadi 23 orang."),
            article("c.txt", "2019-09-26", "Korban tewas bertambah menjadi 33 orang."),
            article("d.txt", "2019-10-18", last),
        ];
        let card = card_of_articles(articles);
        let killed = card.facts.iter().find(|f| f.key == "killed").unwrap_or_else(|| panic!("{:?}", card.facts)).clone();
        killed.values
    };
    // "these 10 victims" weeks later are some of the dead, not the toll
    let values = tolls("Komisioner itu mengatakan, 10 korban ini diduga tewas karena tertembak.");
    assert_eq!(values[0].value, Some(33.0), "{values:?}");
    assert!(values.iter().all(|v| v.status != Status::Conflict), "{values:?}");
    // a toll said to be revised down is the toll
    let values = tolls("Jumlah korban tewas direvisi menjadi 10 orang.");
    assert_eq!(values[0].value, Some(10.0), "{values:?}");
}

#[test]
fn how_long_a_strike_lasted_is_a_fact_and_those_who_lost_their_homes_are_displaced() {
    let articles = vec![
        article("a.txt", "2019-10-25", "Workers ratified the contract, ending a 40-day strike."),
        article("b.txt", "2019-10-25", "The vote ends the union's 40-day strike against the carmaker."),
    ];
    let card = card_of_articles(articles);
    let days = card.facts.iter().find(|f| f.key == "days/strike").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!((days.values[0].value, days.sources), (Some(40.0), 2));
    let card = card_of_articles(vec![article("a.txt", "2023-02-07", "About 300 families lost their homes in the quake.")]);
    assert_eq!(card.facts[0].key, "families/displaced", "{:?}", card.facts);
}

#[test]
fn those_still_displaced_are_the_displaced_now() {
    let articles = vec![
        article("a.txt", "2021-01-15", "Sebanyak 2.000 warga mengungsi ke tempat yang lebih tinggi."),
        article("b.txt", "2021-01-19", "Hingga kini 19.435 orang masih mengungsi di sejumlah titik."),
    ];
    let card = card_of_articles(articles);
    let displaced = card.facts.iter().find(|f| f.key == "displaced").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!(displaced.values[0].value, Some(19435.0), "{:?}", displaced.values);
    assert_eq!(displaced.values[1].status, Status::Earlier, "{:?}", displaced.values);
}

#[test]
fn articles_that_give_no_date_of_their_own_are_not_known_to_disagree() {
    // both tell of the day the strike began, neither says when it was written
    let card = card_of_texts(&[
        "The strike began on Sept. 16. It may have cost the carmaker over $1 billion.",
        "The strike began on Sept. 16. It cost the company more than $2 billion.",
    ]);
    let values: Vec<_> = card.facts.iter().flat_map(|f| &f.values).collect();
    assert!(values.iter().all(|v| v.status != Status::Conflict), "{values:?}");
    // with their datelines, the same two disagree
    let card = card_of_texts(&[
        "DETROIT, Oct. 10, 2019 - The strike began on Sept. 16. It cost the carmaker $1 billion.",
        "DETROIT, Oct. 10, 2019 - The strike began on Sept. 16. It cost the company $2 billion.",
    ]);
    let cost = card.facts.iter().find(|f| f.key == "cost:money").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!(cost.differ, 1, "{:?}", cost.values);
}

#[test]
fn a_bundle_that_writes_no_year_reads_all_its_dates_in_one_year() {
    // the year of "Thursday, Oct. 17" is read from its weekday; "Sept. 16"
    // in the other article is of that year too, not of the reader's today
    let articles = vec![
        BundleArticle::from_text("a.txt", "DETROIT, Thursday, Oct. 17 - Union leaders backed the deal.".into()),
        BundleArticle::from_text("b.txt", "The strike began on Sept. 16, when 49,000 workers walked out.".into()),
    ];
    let options = CardOptions { today: factcard::calendar::Date::new(2026, 12, 6), ..CardOptions::default() };
    let card = build_card(&Bundle::new(articles).validate().unwrap(), &options);
    let years: Vec<_> = card.timeline.iter().map(|t| &t.date[..4]).collect();
    assert_eq!(years.len(), 2, "{:?}", card.timeline);
    assert_eq!(years[0], years[1], "{:?}", card.timeline);
    // and the card says the year is a guess, in the model and on the page
    assert!(card.timeline.iter().all(|t| t.year_guessed), "{:?}", card.timeline);
    assert!(visible_text(&card_tree(&card)).contains("year not given"));
    // a bundle that says when its articles were published guesses nothing
    let articles = vec![
        article("a.txt", "2019-10-17", "DETROIT, Thursday, Oct. 17 - Union leaders backed the deal."),
        article("b.txt", "2019-09-17", "The strike began on Sept. 16, when 49,000 workers walked out."),
    ];
    let card = build_card(&Bundle::new(articles).validate().unwrap(), &options);
    assert_eq!(card.timeline.iter().map(|t| (&t.date[..], t.year_guessed)).collect::<Vec<_>>(), [("2019-09-16", false), ("2019-10-17", false)]);
    assert!(!visible_text(&card_tree(&card)).contains("year not given"));
}

#[test]
fn a_part_alone_does_not_outrank_a_larger_count_reported_before_it() {
    let articles = vec![
        article("0.txt", "2023-12-05", "Tim SAR menemukan 3 korban selamat pada Senin."),
        article("a.txt", "2023-12-07", "Tim SAR mencatat korban selamat mencapai 52 orang."),
        article("b.txt", "2023-12-17", "Sebanyak 14 mahasiswa dievakuasi. Delapan di antaranya meninggal dan enam orang selamat."),
    ];
    let card = card_of_articles(articles);
    let survived = card.facts.iter().find(|f| f.key == "survived").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!(survived.values[0].value, Some(52.0), "{:?}", survived.values);
    assert_eq!(survived.values[1].status, Status::Part, "{:?}", survived.values);
}

#[test]
fn shares_are_of_what_their_clause_says_and_never_conflict() {
    // the turnout, said two ways on one night: no disagreement the card can see
    let articles = vec![
        article("a.txt", "2019-12-13", "The turnout stood at 66.7 percent, down 1.5 points."),
        article("b.txt", "2019-12-13", "Only 67.3% of the electorate turned up to vote."),
    ];
    let card = card_of_articles(articles);
    let turnout = card.facts.iter().find(|f| f.key == "turnout:percent").unwrap_or_else(|| panic!("{:?}", card.facts));
    assert_eq!((turnout.sources, turnout.differ), (2, 0), "{:?}", turnout.values);
    // a share of a population is background, after the news
    let articles = vec![
        article("a.txt", "2019-04-22", "The bombings killed 290 people. Christians make up just seven percent of the 21 million population."),
        article("b.txt", "2019-04-23", "The bombings killed 321 people. Christians are just six per cent of the 21 million-strong population."),
    ];
    let card = card_of_articles(articles);
    assert_eq!(card.facts[0].key, "killed", "{:?}", card.facts);
    assert!(card.facts.iter().take(card.shown_facts).all(|f| !f.key.starts_with("population")), "{:?}", card.facts);
}

#[test]
fn a_round_number_gives_way_to_the_one_it_was_rounded_from() {
    // a title's "23 ribu" is the text's 23.318, rounded: the article reports 23.318
    let card = card_of_articles(vec![
        article("a", "2024-12-12", "Banjir melanda Sukabumi. Sebanyak 20.629 jiwa terdampak banjir."),
        article("b", "2024-12-17", "Banjir Sukabumi, 23 Ribu Jiwa Terdampak\nBanjir melanda Sukabumi. Tercatat 23.318 jiwa terdampak banjir."),
    ]);
    let affected = fact_with(&card, 23_318.0);
    assert_eq!(affected.values[0].value, Some(23_318.0), "{:#?}", affected.values);
}

#[test]
fn amounts_ten_times_apart_are_no_conflict() {
    // one day's "$250" of strike pay and "$50 million" of the strike's losses
    // are two amounts, not two sources disagreeing on one
    let card = card_of_articles(vec![
        article("a", "2024-11-05", "The strike ended. Union members have received $250 per week from a strike fund."),
        article("b", "2024-11-05", "The strike ended. Analysts estimated that Boeing was losing about $50 million a day during the strike."),
    ]);
    let strike = fact_with(&card, 250.0);
    assert!(strike.values.iter().any(|v| v.value == Some(50e6)), "{:#?}", strike.values);
    assert!(strike.values.iter().all(|v| v.status != Status::Conflict), "{:#?}", strike.values);
}

#[test]
fn a_count_of_victims_is_a_fact_of_its_own() {
    // "korban" with no event word are all those a riot hurt or killed: a
    // fact named by the card's own word for them, not dropped as too general
    let card = card_of_articles(vec![
        article("a", "2019-05-22", "Kerusuhan terjadi di Jakarta. Korban kerusuhan mencapai 347 orang."),
        article("b", "2019-05-25", "Dinas Kesehatan mencatat ada 905 korban aksi unjuk rasa di Jakarta."),
    ]);
    let victims = fact_with(&card, 905.0);
    assert_eq!((victims.label.as_str(), victims.values[0].value), ("korban", Some(905.0)), "{victims:#?}");
    assert!(victims.values.iter().any(|v| v.value == Some(347.0)), "{:#?}", victims.values);
}

#[test]
fn a_date_given_in_passing_is_no_step_of_the_story() {
    // "Sabtu (6/1) kepada wartawan" tells when someone spoke, not what
    // happened: no entry; the day the train crashed is one
    let card = card_of_articles(vec![article(
        "a",
        "2024-01-06",
        "Kereta api bertabrakan di Cicalengka pada Jumat (5/1). Tiga orang tewas. \"Ya betul ada dua korban yang masih dirawat,\" kata Direktur Utama KAI di Bandung, Sabtu (6/1) kepada wartawan.",
    )]);
    let dates: Vec<(&str, &str)> = card.timeline.iter().map(|t| (t.date.as_str(), t.label.as_str())).collect();
    assert!(dates.iter().any(|&(d, _)| d == "2024-01-05"), "{dates:?}");
    assert!(dates.iter().all(|&(d, _)| d != "2024-01-06"), "{dates:?}");
}

#[test]
fn a_label_cut_from_inside_a_sentence_reads_as_one() {
    let card = card_of_articles(vec![article(
        "a",
        "2021-01-20",
        "Gempa mengguncang Mamuju. Kepala BNPB mengatakan, jumlah korban meninggal bertambah menjadi 56 orang pada Selasa (19/1).",
    )]);
    let day = card.timeline.iter().find(|t| t.date == "2021-01-19").unwrap_or_else(|| panic!("{:#?}", card.timeline));
    assert_eq!(day.label, "Jumlah korban meninggal bertambah menjadi 56 orang");
}

#[test]
fn places_that_share_a_first_word_are_not_one_place() {
    // "RS Pelni" and "RS Tarakan" are two hospitals, as "North Carolina" and
    // "North Dakota" are two states: a place is another's only by its last
    // words ("Lebak", "Kabupaten Lebak"); a holder is also by its first
    // ("Recep", "Recep Tayyip Erdogan")
    let card = card_of_articles(vec![
        article(
            "a",
            "2019-05-22",
            "Kerusuhan terjadi di Jakarta. Korban luka dirawat di sejumlah rumah sakit. Rinciannya 40 orang di RS Pelni, 60 orang di RS Tarakan.",
        ),
        article(
            "b",
            "2019-05-23",
            "Kerusuhan terjadi di Jakarta. Korban luka dirawat di sejumlah rumah sakit. Rinciannya 78 orang di RS Pelni, 122 orang di RS Tarakan.",
        ),
    ]);
    let pelni = fact_with(&card, 78.0);
    assert!(pelni.label.ends_with("RS Pelni"), "{pelni:#?}");
    assert_eq!(pelni.values[0].value, Some(78.0), "{pelni:#?}");
}

#[test]
fn a_whole_clause_labels_its_day_before_a_fragment() {
    // of the day's two sentences, the one that is a clause, even one that
    // says who said it, over a quote's cut-off second half
    let card = card_of_articles(vec![article(
        "a",
        "2024-10-12",
        "Boeing said Friday it will lay off about 10% of its global workforce as the company struggles with an ongoing labor strike.\n\n\"Our business is in a difficult position, and it is hard to overstate the challenges we face together,\" Boeing CEO Kelly Ortberg said in a note to employees Friday.",
    )]);
    let day = card.timeline.iter().find(|t| t.date == "2024-10-11").unwrap_or_else(|| panic!("{:#?}", card.timeline));
    assert!(day.label.starts_with("Boeing said it will lay off"), "{day:#?}");
}

#[test]
fn a_list_s_items_count_what_its_lead_in_names_in_the_places_they_name() {
    // "• Georgia: 25" under "The deaths by state:" are Georgia's dead; the
    // next day's list updates each state, whose count is not the whole's
    let list = |total: u32, ga: u32, fl: u32| {
        format!("The death toll from the storm has risen to at least {total} people across six states.\n\nHere’s the breakdown of deaths by state:\n\n  • Georgia: {ga}\n  • Florida: {fl} people\n\nPower is still out in many places.")
    };
    let card = card_of_articles(vec![article("a", "2024-10-01", &list(166, 25, 17)), article("b", "2024-10-05", &list(232, 33, 20))]);
    let georgia = fact_with(&card, 33.0);
    assert!(georgia.label.ends_with("Georgia"), "{georgia:#?}");
    assert_eq!(georgia.values[0].value, Some(33.0), "{georgia:#?}");
    assert!(georgia.values.iter().any(|v| v.value == Some(25.0) && v.status == Status::Earlier), "{georgia:#?}");
    let florida = card.facts.iter().find(|f| f.label.ends_with("Florida")).unwrap_or_else(|| panic!("{:#?}", card.facts));
    assert_eq!(florida.values[0].value, Some(20.0), "{florida:#?}");
    let whole = card.facts.iter().find(|f| f.values[0].value == Some(232.0)).unwrap_or_else(|| panic!("{:#?}", card.facts));
    assert!(whole.values.iter().all(|v| v.value != Some(33.0)), "{whole:#?}");
}

#[test]
fn a_place_s_count_above_its_article_s_whole_is_no_part_of_it() {
    // "di Sritex Group" reads as a place; its 11.025 is more than the
    // breakdown's whole, 9.604, so no share of it: it still leads
    let card = card_of_articles(vec![article(
        "a",
        "2025-03-11",
        "Jumlah PHK di Sritex Group telah mencapai 11.025 pekerja.\n\nPada 26 Februari 2025 terjadi PHK massal sebanyak 9.604 pekerja dengan rincian 8.504 pekerja di PT Sritex Sukoharjo dan 956 pekerja di PT Primayuda Boyolali.",
    )]);
    let fact = fact_with(&card, 11025.0);
    assert_eq!(fact.values[0].value, Some(11025.0), "{fact:#?}");
}

#[test]
fn a_lead_in_names_what_its_items_count_by_its_words_not_their_parts() {
    // "rumah sakit" is a hospital, no illness: the items under "38 pasien
    // luka-luka yang dirawat di sejumlah rumah sakit, antara lain:" are injured
    let card = card_of_articles(vec![article(
        "a",
        "2025-08-29",
        "Terdapat 38 pasien luka-luka yang dirawat di sejumlah rumah sakit, antara lain:\n\nRS Pelni: 12 orang\n\nRSPP: 8 orang\n\nRS Bhakti Mulia: 5 orang",
    )]);
    let pelni = fact_with(&card, 12.0);
    assert!(pelni.key.starts_with("injured"), "{pelni:#?}");
}
