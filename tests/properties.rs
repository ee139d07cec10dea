//! Properties that hold for any input: extraction never panics, every span is
//! in bounds and on char boundaries, every `text` is the text at its span, and
//! every value is finite.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code, clippy::disallowed_macros)] // test code (clippy.toml)
#[path = "../fuzz/checks.rs"]
mod checks;

use factcard::bundle::{Bundle, BundleArticle};
use factcard::extract::{extract_bundle, ExtractOptions};
use proptest::prelude::*;

/// Text built from pieces that exercise the extractor's rules, mixed with noise.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("sekitar 2.500 pasukan".to_string()),
        Just("Kamis (13/1)".to_string()),
        Just("Selasa (11/1/2022)".to_string()),
        Just("lebih dari 160 orang tewas".to_string()),
        Just("dua puluh lima".to_string()),
        Just("belasan".to_string()),
        Just("Rp 3,5 triliun".to_string()),
        Just("25%".to_string()),
        Just("antara 5 dan".to_string()),
        Just("Minggu".to_string()),
        Just("kemarin".to_string()),
        Just("6 Januari".to_string()),
        Just("Khabar 24".to_string()),
        Just("(".to_string()),
        Just("/".to_string()),
        Just("\n".to_string()),
        Just("Baca Juga: x\n".to_string()),
        Just(" - ".to_string()),
        Just("\u{200b}\u{301}é".to_string()),
        "[0-9.,/()-]{1,12}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

/// The fuzz targets' checks (fuzz/checks.rs): spans, values, the card's HTML.
fn check(text: &str) {
    checks::extract(text.as_bytes());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_and_values_hold_on_newsy_text(text in newsy()) {
        check(&text);
    }

    #[test]
    fn spans_and_values_hold_on_any_text(text in "\\PC{0,200}") {
        check(&text);
    }
}

#[test]
fn adversarial_inputs_do_not_panic() {
    let line: String =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds/000_50366beec97f241c.txt")).unwrap().replace('\n', " ");
    let cases = [
        "9".repeat(1_000_000),
        "Rabu ".repeat(100_000),
        "hari itu ".repeat(50_000),
        "Kamis (13/1) 2.500 orang\n".repeat(20_000),
        line.repeat(1_000_000 / line.len() + 1),
        "Москва 2.500 солдат, القاهرة ١٬٢٠٠ شخص, 東京 3,000人, Jakarta 1,8 juta orang. ".repeat(5_000),
        "(".repeat(50_000) + &")".repeat(50_000),
        "1.".repeat(30_000),
        "2.500 ".repeat(20_000) + "pasukan",
        "\u{200b}\u{301}".repeat(20_000),
        "Kamis (".repeat(10_000),
        "dua puluh ".repeat(10_000),
        "999999999999999999999999999999 triliun triliun orang".to_string(),
    ];
    for c in &cases {
        check(c);
    }
}

#[test]
fn an_article_keeps_at_most_max_mentions_and_says_how_many_it_skipped() {
    use factcard::extract::MAX_MENTIONS;
    let text = "Rabu ".repeat(MAX_MENTIONS + 123) + "\n" + &"sekitar 2.500 pasukan, ".repeat(10);
    let bundle = Bundle::new(vec![BundleArticle::from_text("a.txt", text)]).validate().unwrap();
    let out = extract_bundle(&bundle, ExtractOptions::default());
    let a = &out.articles[0];
    assert_eq!(a.dates.len(), MAX_MENTIONS);
    assert_eq!(a.skipped_mentions, 123);
    assert_eq!(a.figures.len(), 10, "figures have their own allowance");
}
