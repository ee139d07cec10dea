//! The card scored against hand-written card gold on every multi-outlet
//! bundle of `tests/fixtures` (a directory with a `card-gold.json`: the
//! seeds, event2 and `bundles/*`), with the rule of the project's card scorer
//! (`tests/support/card_score.rs`, a port of it). The gold was annotated from
//! the articles before the card logic it scores was written; it is a
//! yardstick, not a target.
//!
//! Bars (issue 15's goal: key facts led by the right value ≥ 90 %, grouping
//! ≥ 0.90, false and stray conflicts 0, junk shown facts 0). What holds today
//! is asserted as a floor the card may not fall below; the test prints every
//! bundle's line and the totals.
#![cfg(not(target_arch = "wasm32"))]
// test code, native only: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

#[path = "support/card_score.rs"]
mod card_score;

use factcard::bundle::{Bundle, BundleArticle};
use factcard::card::{build_card, CardOptions};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Every directory under tests/fixtures with a card gold, sorted.
fn gold_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs = Vec::new();
    for parent in [root.clone(), root.join("bundles")] {
        for entry in std::fs::read_dir(parent).unwrap() {
            let dir = entry.unwrap().path();
            if dir.join("card-gold.json").is_file() {
                dirs.push(dir);
            }
        }
    }
    dirs.sort();
    dirs
}

/// The card model (as `factcard card --json` prints it) of the bundle's
/// files, each with what the directory's `meta.json` knows of it (outlet,
/// URL, title, published, lang), as a bundle carries it.
fn card_json(dir: &Path, files: &[Value]) -> Value {
    card_json_with(dir, files, true, &CardOptions::default())
}

/// [`card_json`], or with the texts alone (`meta` false: no outlet, no
/// publication date), with these options.
fn card_json_with(dir: &Path, files: &[Value], meta: bool, options: &CardOptions) -> Value {
    let meta: Value =
        if meta { std::fs::read_to_string(dir.join("meta.json")).map_or(Value::Null, |s| serde_json::from_str(&s).unwrap()) } else { Value::Null };
    let articles = files
        .iter()
        .map(|f| {
            let name = f.as_str().unwrap();
            let text = std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{}: {e}", dir.join(name).display()));
            let m = &meta[name];
            let field = |k: &str| m[k].as_str().map(str::to_string);
            BundleArticle {
                outlet: field("outlet"),
                url: field("url"),
                title: field("title"),
                published: field("published"),
                lang: field("lang"),
                ..BundleArticle::from_text(name, text)
            }
        })
        .collect();
    let card = build_card(&Bundle::new(articles).validate().unwrap(), options);
    serde_json::to_value(&card).unwrap()
}

/// Every gold mention is in its file (case and runs of white space aside,
/// as the scorer reads them): a mention mistyped in the gold could never be
/// cited, and would count against the card unseen.
#[test]
fn every_gold_mention_is_in_its_file() {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let mut missing = Vec::new();
    for dir in &gold_dirs() {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("card-gold.json")).unwrap()).unwrap();
        for bundle in gold["bundles"].as_object().unwrap().values() {
            let files = bundle["files"].as_array().unwrap();
            let text = |name: &str| std::fs::read_to_string(dir.join(name)).map(|t| fold(&t));
            for f in files {
                if text(f.as_str().unwrap()).is_err() {
                    missing.push(format!("{}: no file {f}", dir.display()));
                }
            }
            for fact in bundle["facts"].as_array().unwrap() {
                for kind in ["current", "compatible", "earlier", "parts", "conflicts", "other"] {
                    for m in fact[kind].as_array().into_iter().flatten() {
                        let (file, said) = (m[0].as_str().unwrap(), m[1].as_str().unwrap());
                        if !files.iter().any(|f| f == file) || !text(file).is_ok_and(|t| t.contains(&fold(said))) {
                            missing.push(format!("{}: {file}: {said:?}", dir.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Texts pasted with nothing said of when they were published (their years
/// read from their weekdays or the reader's today): the card may know less,
/// but it never says sources disagree that it cannot place in time.
#[test]
fn without_publication_dates_no_bundle_s_card_claims_a_conflict() {
    let options = CardOptions { today: factcard::calendar::Date::new(2026, 12, 6), ..CardOptions::default() };
    let mut wrong = Vec::new();
    for dir in &gold_dirs() {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("card-gold.json")).unwrap()).unwrap();
        for (name, bundle) in gold["bundles"].as_object().unwrap() {
            let score = card_score::score(bundle, &card_json_with(dir, bundle["files"].as_array().unwrap(), false, &options));
            if score.false_conflicts + score.stray_conflicts > 0 {
                wrong.push(score.line(name));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_bundle_s_card_against_its_gold() {
    let dirs = gold_dirs();
    assert!(dirs.len() >= 9, "the seeds, event2 and the bundles: {dirs:?}");
    let (mut main_ok, mut keys, mut hit, mut all, mut false_c, mut stray, mut junk) = (0, 0, 0, 0, 0, 0, 0);
    for dir in &dirs {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("card-gold.json")).unwrap()).unwrap();
        for (name, bundle) in gold["bundles"].as_object().unwrap() {
            let files = bundle["files"].as_array().unwrap();
            let score = card_score::score(bundle, &card_json(dir, files));
            println!("{}", score.line(name));
            for n in &score.notes {
                println!("    {n}");
            }
            main_ok += score.main_ok;
            keys += score.keys;
            hit += score.grouped_hit;
            all += score.grouped_all;
            false_c += score.false_conflicts;
            stray += score.stray_conflicts;
            junk += score.junk;
        }
    }
    let grouped = hit as f64 / all as f64;
    println!("all bundles: main {main_ok}/{keys} grouped {grouped:.3} false-conflicts {false_c} stray-conflicts {stray} junk {junk}");
    // the goal for all four is in the module doc; today's floor:
    assert_eq!(false_c + stray, 0, "a conflict the sources do not have");
    // (0 on 42 sets; the Maui wildfires of 2023, blind, showed the 1960
    // tsunami's "more than 500 homes", a figure of a comparison whose date
    // follows it: 1 on 44, and on 45; the Hajj's "Five Pillars of Islam"
    // shown as a count, blind, until a capitalized number word inside a
    // sentence named something: 1 on 49; the Derna floods of 2023, blind,
    // showed "two dams": 2 on 51; the Morocco earthquake of 2023 (a
    // magnitude the gold does not count), the submarine KRI Nanggala-402
    // (its name's "402" read as people missing, and a crew of 44) and the
    // Lewotobi eruption of 2024, blind: 5 on 56; 3 once a name's number
    // across a dash was no figure, "KRI Nanggala – 402", and a date's year
    // right before a figure in its clause was the figure's, another
    // submarine's crew "pada 15 November 2017 dengan membawa 44 awak"; the
    // Brazilian runoff of 2022, the Cicalengka train crash of 2024 and the
    // CrowdStrike outage of 2024, blind, the last with "passengers
    // stranded" and "firms": 5 on 59; 4 once Morocco's toll by province
    // was its own fact, the magnitude no longer shown; the Pekalongan floods
    // of 2025, blind, whose displaced "kurang lebih 159 orang" the gold
    // names "159 orang mengungsi", spans that do not hold each other: 5 on
    // 69; 4 once "evacuation shelters" said who was displaced, Maui's
    // "homes" of 1918 no longer shown; 4 on 72 with three more blind; the
    // Wayanad landslides of 2024, blind, whose injured "As many as 264
    // people" the gold names "264 people have been injured", spans that
    // do not hold each other: 5 on 74; 4 once a fact no event happens to
    // had as sources the articles that agreed with it (CrowdStrike's
    // "passengers stranded" no longer shown); the Christchurch attack of
    // 2019, blind, with "two mosques": 5 on 78)
    assert!(junk <= 5, "junk shown facts: {junk}");
    // (90 % on 26 sets; two blind bundles of another kind, the Thomas Cook
    // collapse of 2019 and Indonesia's 2019 election result and riots,
    // first scored 2/5 and 3/5: 86 % on 28; with two more, blind, the
    // AirAsia QZ8501 crash of 2014 and the Sritex layoffs of 2025, 3/4 and
    // 1/4: 84 % on 30; after the rules they prompted (nouns the tables do
    // not know, groups counted together, votes labelled by a name): 86 %;
    // with two more, blind, the Sri Lanka Easter bombings of 2019 and the
    // Sriwijaya Air crash of 2021, 4/5 and 1/4: 84 % on 32; 86 % after
    // the rules they prompted; with the GM strike of 2019, blind, 1/5 (its
    // money, shares and days count no noun the card knows) and the Wamena
    // riot of 2019, blind, 1/5 (a later, smaller count of another accounting
    // leads the dead): 81 % on 34; with the Palu quake of 2018 (4/4) and the
    // UK election of 2019 (1/5, and 3 false conflicts until seats declared
    // through the night were read as one running count), blind: 79 % on 36;
    // 82 % after forecasts stood back, possessives left holders' names and
    // amounts took the event of their clause; 84 % once a toll that falls
    // by half with no revision was no step of it; 86 % once those still
    // displaced were the displaced: 126/146; with the SVB collapse of 2023
    // and the Cipta Kerja riots of 2020, blind, 2/4 and 3/4: 85 % on 38;
    // 86 % once withdrawals were an event; with the Marapi eruption of 2023
    // (mixed) and Canada's 2019 election, blind, 2/4 and 2/5: 83 % on 40;
    // 137/163 once a part "of them" had its own event; 138/163 once a part
    // alone no longer outranked a larger count reported before it; 139/163
    // with the turnout; with the Ebola outbreak in Uganda of 2022, blind,
    // 3/4: 142/167; with the fuel price rise of 2022, blind, 2/5: 144/172,
    // 83 % on 42; 147/172, 85 %, once a plural after words that say what kind,
    // a classifier's noun before the number and a subject's noun not after
    // "in" counted what they count; the Maui wildfires of 2023 and the
    // Lombok earthquake of 2018, blind, 3/5 and 3/4: 153/181, 84 % on 44;
    // 154/181 after; the Beirut port explosion of 2020, blind, 3/3:
    // 157/184, 85 % on 45; the Baltimore bridge collapse of 2024 and the
    // Lebong school-meal poisoning of 2025, blind, 4/5 and 0/3 (poisoning
    // was no event the tables knew): 161/192, 84 % on 47; 163/192 once
    // "keracunan", outpatients and "murid" were words they knew; the Hajj
    // heat deaths of 2024 and the Sumatra lava floods of 2024, blind, 2/4
    // and 2/4 (the Egyptian toll leads the Hajj's; the floods' injured and
    // missing read other counts): 167/200, 83 % on 49; 168/200 once a state
    // a figure once had, with none said after, was no longer its event;
    // 169/200 once a plural no table knows counted people when what happens
    // to people happened to it, "550 pilgrims died"; the Derna floods of
    // 2023 and Indonesia's 2024 presidential result, blind, 1/3 and 2/5
    // (Derna led with a toll the UN had withdrawn, "instead of 11,300"):
    // 172/208, 82.7 % on 51; 173/208 once "instead of" and "previous" set
    // a value back; 174/208 once a pair that opens its sentence or is
    // joined by "dan" held its votes by its first name; 175/208 once the
    // value a count "has risen from" was an earlier one; the Crocus City
    // Hall attack of 2024 and the Plumpang depot fire of 2023, blind, 2/3
    // and 2/4: 179/215, 83 % on 53; 180/215 once being in care, "dalam
    // perawatan", was a state still held; 181/215 once a list's items after
    // a held count were counts of the same, "365 seats; Labour 203; the SNP
    // 48"; the Morocco earthquake of 2023, the submarine KRI Nanggala-402
    // of 2021 (mixed) and the Lewotobi eruption of 2024, blind, 3/4, 2/4
    // and 3/3: 189/226, 83.6 % on 56; the Brazilian runoff of 2022, the
    // Cicalengka train crash of 2024 and the CrowdStrike outage of 2024,
    // blind, 0/4, 3/4 and 1/4: 193/238, 81.1 % on 59; 194/238 once a bare
    // number after a comma and before a place word was an item of the list
    // before it, "19 orang meninggal di Agam, 14 di Tanah Datar"; 196/238
    // once a share said what it was a share of, "57% of members", "50.9
    // percent of the vote", and who held it, "Lula won …"; the Bone Bolango
    // landslide of 2024 and the Argentine runoff of 2023, blind, 2/4 and
    // 3/5: 201/247, 81.4 % on 61; the Glodok Plaza fire of 2025 and the
    // Valencia floods of 2024, blind, 3/3 and 1/4 (the national toll led
    // by the newest article's regional 223): 205/254, 80.7 % on 63; the
    // Sukabumi floods of 2024 and Hurricane Helene of 2024, blind, 4/5 and
    // 3/5 (the all-state toll led by North Carolina's): 212/264, 80.3 % on 65;
    // the Subang bus crash of 2024 and the Jeju Air crash of 2024, blind, 3/4
    // and 3/5: 218/273, 79.9 % on 67; 219/273 once "destroyed" said what
    // was damaged and "structures" were buildings (Maui); 220/273 once a
    // depth was what a measure after "depth" measured (KRI Nanggala);
    // 221/273, 81.0 %, once "Of the 42 people injured, …" broke its figure
    // down after the comma (Subang); the Noto earthquake of 2024 and the
    // Pekalongan floods of 2025, blind, 2/3 and 3/4: 226/280, 80.7 % on 69;
    // 227/280 once "evacuation centers" and "shelters" said who was
    // displaced (Maui); the Kerman bombings of 2024, the Al Khoziny
    // collapse of 2025 and the Lion Air JT610 crash of 2018 (mixed), blind,
    // 2/3, 2/4 and 4/4: 235/291, 80.8 % on 72; 237/291 once passengers were
    // a part of the passengers and crew on board (AirAsia, Jeju Air);
    // 238/291 once a headline's Title Case named no place, 239/291 once
    // "terevakuasi" was evacuated (Al Khoziny); the Wayanad landslides of
    // 2024 and the protests of August 2025 in Indonesia, blind, 2/5 and
    // 1/5: 242/301, 80.4 % on 74; the Christchurch attack of 2019, the
    // Indian election of 2024, the ferry KMP Tunu Pratama Jaya of 2025 and
    // the Myanmar earthquake of 2025 (mixed), blind, 3/5, 1/5, 3/4 and 3/5
    // (the Indian parties' seats held by the wrong name; Myanmar's toll led
    // by the last article's count for one Bangkok tower): 252/320, 78.8 %
    // on 78; 253/320 once the place of the largest count was the event's
    // and a title's "jadi 32" kept no lower count from being no step of the
    // toll (Myanmar); 252/320 without the round approximation's rule of
    // 5585f69, given up for their bytes (Lion Air's "some 200 body bags"
    // leads 195 again); 253/320 once a place in another clause of a
    // subject named no place of its figure, "died in Christchurch Hospital,
    // raising the death toll to 51" (Christchurch); the Kentucky tornadoes
    // of 2021 and the Ruang eruption of 2024, blind, 2/5 and 3/5: 258/330,
    // 78.2 % on 80; 260/330 once a name led by another held no count, "the
    // NDA led by the BJP" (India); 261/330 once no vague count led over a
    // number, "thousands of homes" after "1,000 homes" (Kentucky);
    // 262/330 once "itu" closed a long subject (Bone Bolango); 263/330 once
    // a round number gave way to the one it was rounded from (Sukabumi);
    // 265/330, 80.3 %, once victims with no event word were a count of
    // their own (the Hajj, Bone Bolango))
    assert!(main_ok * 100 >= keys * 80, "key facts led by the right value: {main_ok}/{keys}");
    // (0.852 on 23 sets; the two blind bundles added next, Sewol 2014 and
    // KM Sinar Bangun 2018, first scored 0.62 and 0.70; 0.840 on 25, 0.846
    // a session later; the 26th, blind, the London anti-war march of 2003,
    // the first that is no disaster, scored 0.00 and now 0.38: 0.840 on 26;
    // the economy and election bundles, blind, scored 0.10 and 0.56: 0.785
    // on 28; the crash and the layoffs, blind, 0.44 and 0.43: 0.759 on 30;
    // 0.787 after; the bombings and the crash, blind, 0.66 and 0.39: 0.767
    // on 32; 0.775 after; the GM strike and the Wamena riot, blind, 0.17
    // and 0.71: 0.756 on 34; Palu and the UK election, blind, 0.86 and
    // 0.26: 0.746 on 36; 0.757 after amounts took their clause's event;
    // 0.761 with a strike's length; 0.762 after; the SVB collapse and the
    // Cipta Kerja riots, blind, 0.24 and 0.51: 0.740 on 38; 0.746 after;
    // Marapi and Canada, blind, 0.50 and 0.22: 0.723 on 40; 0.730 once
    // shares took the event of their clause; the Ebola outbreak, blind,
    // 0.39, 0.48 once "confirmed cases" counted cases: 0.723 on 41; the fuel
    // price rise of 2022, blind, 0.59: 0.716 on 42; 0.717 once "55 confirmed
    // deaths" were deaths; 0.728 once a plural after words that say what
    // kind counted them, "137 adult passengers", "eight Britons"; 0.734
    // with the identified, the marching and the flown back; 0.737 with "as
    // many as", "kill", dirusak and dibakar; 0.742 once a word no table
    // knows after a number counted where plurals have no ending, "18 pos
    // polisi dirusak"; 0.745 with the named suspects, detention, care and
    // protest; 0.748 once a classifier with no noun after it counted the
    // noun before the number, "rumah 165 unit"; 0.753 once "cumulative"
    // no longer narrowed a count, with recoveries and motorcycles; 0.754
    // once "still" narrowed only what happened; Maui and Lombok, blind, 0.60
    // and 0.70: 0.747 on 44; 0.742 with a kind of one word only and no
    // classifier's noun before the number, for the size budget; Beirut,
    // blind, 0.97: 0.746 on 45; 0.752 once a list's items that name their
    // place first were its breakdown by place, "Lombok Barat 30 orang"; the
    // Baltimore bridge and the Lebong poisoning, blind, 0.31 and 0.25: 0.737
    // on 47; 0.743 once people were who their subject said, "jumlah
    // penumpang … 188 orang", and the poisoning's words were known; 0.749
    // once a word starting as words for people who do something do counted
    // people, "pemudik", "pendaki", with climbers and hikers; the Hajj and
    // the lava floods, blind, 0.51 and 0.71: 0.742 on 49; 0.743 once groups
    // of three digits set off by spaces were one number, Maui's "2 207";
    // the Derna floods and the 2024 presidential result, blind, 0.87 and
    // 0.31: 0.725 on 51; 0.729 once a pair's votes were its first name's;
    // 0.732 once a counted noun right before a number counted it,
    // "memperoleh suara 40.971.906", and "31,376,708" was one number;
    // 0.735 once an acronym after a number counted, "823.236 TPS"; the
    // Crocus attack and the Plumpang fire, blind, 0.81 and 0.80: 0.738 on 53;
    // 0.739 with "dalam penanganan" and "di rumah sakit", in care; 0.739
    // (Crocus 0.84) once what a count still is said what it is, "80 people injured in
    // the attack remain in hospital", with "detains" and "outpatient";
    // 0.741 once being in care was a state still held; 0.743 once "three
    // of the construction workers" counted workers; 0.745 with a held
    // count's list; 0.747 with "found dead" and "found alive", and a
    // predicate's noun before "and" or "who", "39 were firefighters and
    // five were policemen"; the Morocco earthquake, the KRI Nanggala-402
    // and the Lewotobi eruption, blind, 0.88, 0.24 and 0.83: 0.745 on 56;
    // 0.745 (the submarine 0.31) once "53 crew members" counted crew; the
    // Brazilian runoff, the Cicalengka crash and the CrowdStrike outage,
    // blind, 0.11, 0.78 and 0.61: 0.735 on 59; 0.737 once "kereta api (KA)
    // 66 Turangga" was a train's name; 0.738 with the comma's list items,
    // "tersebar di" opening a breakdown and "affecting"; 0.749 once shares
    // said what they were shares of and whose they were, "Lula had
    // 50.88%", "46.8% for Lula", Pilpres 0.50 → 0.66; the Bone Bolango
    // landslide and the Argentine runoff, blind, 0.83 and 0.44: 0.745 on 61;
    // 0.746 once "yang di mana" opened a breakdown; 0.747 once a title
    // opening a holder's name was no part of it, "Mr Milei"; the Glodok
    // Plaza fire and the Valencia floods, blind, 0.61 and 0.59: 0.741 on 63;
    // the Sukabumi floods and Hurricane Helene, blind, 0.78 and 0.60: 0.741
    // on 65; the Subang bus crash and the Jeju Air crash, blind, 0.76 and
    // 0.56: 0.737 on 67; 0.738 once a duration ended no subject, "the
    // toll from the floods that hit Spain three weeks ago has risen to
    // 227"; 0.741 with the depths, KRI Nanggala 0.31 → 0.52; the Noto
    // earthquake and the Pekalongan floods, blind, 0.65 and 0.89: 0.742 on
    // 69; 0.744 with the evacuation centres; the Kerman bombings, the Al
    // Khoziny collapse and the Lion Air crash, blind, 0.88, 0.59 and 0.78:
    // 0.743 on 72; 0.744 once a headline's Title Case named no place; the
    // Wayanad landslides and the August 2025 protests, blind, 0.59 and
    // 0.79: 0.742 on 74; 0.744 once body bags were their own count in both
    // languages; the Christchurch attack, the Indian election, the ferry
    // Tunu Pratama Jaya and the Myanmar earthquake, blind, 0.63, 0.30, 0.82
    // and 0.73: 0.736 on 78; 0.737 once "confirmed dead", "lost their
    // lives", "not been found" and "deaths cross" said what they counted;
    // 0.738 once a name in brackets held a count, "(NDA) won 293 seats",
    // and "his" and "its" were no name's first word; 0.739 once the place
    // of the largest count was the event's, Myanmar's; 0.740 once a place
    // in another clause of a subject named no place of its figure; the
    // Kentucky tornadoes and the Ruang eruption, blind, 0.55 and 0.68: 0.737
    // on 80; 0.738 once "itu" closed a long subject; 0.739 once bodies
    // identified were no count of the bodies found; 0.741 once a candidate
    // was one by any of his names, "Milei" and "Javier Milei"; 0.744 once
    // victims with no event word were a count of their own, "905 korban";
    // 0.747 once a list's items counted what its lead-in named, in the
    // places their labels named, "• Georgia: 25" (Helene); 0.748 once
    // those "still cut off" were trapped (Noto); 0.749 once a count with
    // its own event after it borrowed none from the count before it, and a
    // modifier glued by a hyphen ended no subject (Seroja, Myanmar))
    assert!(grouped >= 0.748, "grouping {grouped:.3}");
}
