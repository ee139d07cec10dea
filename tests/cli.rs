//! The `factcard` command line: its JSON contracts and its errors on bad input.
#![cfg(not(target_arch = "wasm32"))]
// test code, native only: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_factcard"))
}

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    v.sort();
    v
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcard-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn extract_prints_the_scorer_contract() {
    let v = json(&bin().arg("extract").args(seeds()).output().unwrap());
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    let first = &articles[0];
    assert_eq!(first["file"].as_str().unwrap().rsplit('/').next().unwrap(), "000_50366beec97f241c.txt");
    let fig = first["figures"].as_array().unwrap().iter().find(|f| f["text"] == "sekitar 2.500 pasukan").unwrap();
    assert_eq!(fig["value"], 2500.0);
    assert_eq!(fig["qualifier"], "approx");
    assert_eq!(fig["noun"], "pasukan");
    let (s, e) = (fig["start"].as_u64().unwrap() as usize, fig["end"].as_u64().unwrap() as usize);
    let text = std::fs::read_to_string(&seeds()[0]).unwrap();
    assert_eq!(&text[s..e], "sekitar 2.500 pasukan");
    // a year taken from the bundle, and said so
    let d = first["dates"].as_array().unwrap().iter().find(|d| d["text"] == "23 Januari").unwrap();
    assert_eq!(d["date"], "2022-01-23");
    assert_eq!(d["year_inferred"], true);
}

#[test]
fn weekday_mismatch_is_flagged_with_the_reading_that_fits() {
    let v = json(&bin().arg("extract").args(seeds()).output().unwrap());
    let a = &v["articles"][2];
    let d = a["dates"].as_array().unwrap().iter().find(|d| d["text"] == "Kamis (6/12)").unwrap();
    assert_eq!(d["weekday_mismatch"], true);
    assert_eq!(d["date"], "2021-12-06");
    assert_eq!(d["suggested_date"], "2022-01-06");
}

#[test]
fn bundle_round_trips_into_card() {
    let out = tmp("bundle.json");
    let status = bin().arg("bundle").args(seeds()).arg("-o").arg(&out).status().unwrap();
    assert!(status.success());
    let b: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(b["version"], 1);
    assert_eq!(b["articles"][0]["id"], "000_50366beec97f241c");
    assert!(b["articles"][0]["text"].as_str().unwrap().starts_with("Pasukan Rusia Pamit"));
    let from_bundle = json(&bin().args(["card", "--json"]).arg(&out).output().unwrap());
    let from_files = json(&bin().args(["card", "--json"]).args(seeds()).output().unwrap());
    assert_eq!(from_bundle["facts"], from_files["facts"]);
    let html = bin().arg("card").arg(&out).output().unwrap();
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("2.500"));
    assert!(html.contains("KOMPAS.TV"));
}

#[test]
fn bad_input_is_one_line_naming_the_file() {
    let empty = tmp("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let latin1 = tmp("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9 2.500 orang").unwrap();
    let bad_bundle = tmp("bad.json");
    std::fs::write(&bad_bundle, "{\"version\": 1, \"articles\": [").unwrap();
    let v2 = tmp("v2.json");
    std::fs::write(&v2, "{\"version\": 2, \"articles\": []}").unwrap();
    let binary = tmp("binary.txt");
    std::fs::write(&binary, b"\x00\x01\x02ELF 2.500 orang\x00").unwrap();
    let png = tmp("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    // unreadable whoever runs the test (root reads a chmod 000 file): a symlink loop
    let looped = tmp("loop.txt");
    let _ = std::fs::remove_file(&looped);
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let empty_dir = tmp("empty-dir");
    std::fs::create_dir_all(&empty_dir).unwrap();
    let cases: Vec<(PathBuf, &str)> = vec![
        (PathBuf::from("/nonexistent/x.txt"), "no such file"),
        (empty, "empty file"),
        (latin1, "not UTF-8"),
        (bad_bundle, "invalid bundle"),
        (v2, "unsupported bundle version 2"),
        (binary, "binary file"),
        (png, "not UTF-8"),
        (looped, "symbolic links"),
        (empty_dir, "a directory with no .txt or .json files"),
    ];
    for (path, reason) in cases {
        let out = bin().args(["card", "--json"]).arg(&path).output().unwrap();
        assert!(!out.status.success(), "{path:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        let first = err.lines().next().unwrap_or("");
        assert!(first.contains(path.to_str().unwrap()) && first.contains(reason), "{path:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_bad_file_among_good_ones_is_reported_and_the_rest_processed() {
    let out = bin().arg("extract").arg("/nonexistent/x.txt").args(seeds()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    assert!(String::from_utf8(out.stderr).unwrap().contains("/nonexistent/x.txt: no such file"));
    let strict = bin().args(["extract", "--strict", "/nonexistent/x.txt"]).args(seeds()).output().unwrap();
    assert_eq!(strict.status.code(), Some(1));
    assert!(strict.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(bin().output().unwrap().status.code(), Some(2));
    assert_eq!(bin().arg("extract").output().unwrap().status.code(), Some(2));
    assert_eq!(bin().args(["frobnicate", "x"]).output().unwrap().status.code(), Some(2));
}

#[test]
fn each_command_has_help_listing_its_flags() {
    let common = ["--output", "-o", "--strict", "--keep-going", "--published", "--outlet", "--url", "--title", "INPUT"];
    let card_only = ["--json", "--embed", "--css", "--max-facts", "--lang"];
    for command in ["extract", "bundle", "card"] {
        let out = bin().args([command, "--help"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{command} --help");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains(&format!("Usage: factcard {command}")), "{help}");
        for flag in common {
            assert!(help.contains(flag), "{command} --help: no {flag}\n{help}");
        }
        for flag in card_only {
            assert_eq!(help.contains(flag), command == "card", "{command} --help: {flag}\n{help}");
        }
        // each flag has its description on its line
        for line in help.lines().filter(|l| l.trim_start().starts_with("--") || l.trim_start().starts_with("-o")) {
            assert!(line.trim().split("  ").filter(|p| !p.trim().is_empty()).count() >= 2, "{command}: no description: {line}");
        }
    }
    let top = bin().arg("--help").output().unwrap();
    assert_eq!(top.status.code(), Some(0));
    let top = String::from_utf8(top.stdout).unwrap();
    for command in ["extract", "bundle", "card"] {
        assert!(top.contains(command), "{top}");
    }
}

#[test]
fn version_is_the_crate_version() {
    let out = bin().arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), format!("factcard {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn unknown_or_malformed_flags_fail_naming_the_flag() {
    let seed = &seeds()[0];
    let cases: [(&[&str], &str); 5] = [
        (&["extract", "--frobnicate"], "--frobnicate"),
        (&["card", "--jsno"], "--jsno"),
        // a flag of another command
        (&["extract", "--json"], "--json"),
        (&["card", "--max-facts", "many"], "--max-facts"),
        (&["card", "--embed"], "--embed"),
    ];
    for (args, flag) in cases {
        // the input first: a flag missing its value is last
        let out = bin().arg(args[0]).arg(seed).args(&args[1..]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.lines().next().unwrap_or("").contains(flag), "{args:?}: {err}");
    }
    // a near miss is named and the right one suggested
    let err = String::from_utf8(bin().args(["card", "--strcit"]).arg(seed).output().unwrap().stderr).unwrap();
    assert!(err.contains("--strcit") && err.contains("--strict"), "{err}");
}

#[test]
fn flags_given_twice_the_last_counts() {
    let twice = json(&bin().args(["card", "--json", "--max-facts", "1", "--max-facts", "2"]).args(seeds()).output().unwrap());
    let once = json(&bin().args(["card", "--json", "--max-facts", "2"]).args(seeds()).output().unwrap());
    assert_eq!(twice, once);
    let out = bin().args(["extract", "--strict", "--keep-going", "/nonexistent/x.txt"]).args(seeds()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stdout.is_empty(), "--keep-going after --strict: the other files are read");
}

#[test]
fn card_embed_is_a_fact_card_holding_the_card_in_a_declarative_shadow_root() {
    let out = bin().args(["card", "--embed", "data/b.json?x=1&y=\"2\"", "--css", "/css/factcard.css"]).args(seeds()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.starts_with("<fact-card src=\"data/b.json?x=1&amp;y=&quot;2&quot;\" lang=\"id\"><template shadowrootmode=\"open\">"),
        "{}",
        &html[..200.min(html.len())]
    );
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/css/factcard.css\"><article class=\"factcard\""));
    assert!(html.trim_end().ends_with("</article></template></fact-card>"));
    assert!(html.contains("2.500"));
    assert!(!html.contains("<style"), "no inline styles: a strict CSP applies");
}

#[test]
fn inputs_are_article_lists_directories_and_standard_input() {
    // a JSON array of articles, with their publication dates: an undated
    // text's bare weekday resolves through its published date
    let list = tmp("list.json");
    std::fs::write(
        &list,
        r#"[{"id": "a", "outlet": "Contoh", "published": "2024-02-07T10:00+07:00", "text": "Banjir melanda kota itu pada Senin. Sebanyak 30 orang meninggal, kata gubernur."},
            {"id": "b", "published": "2024-02-05", "unknown": 1, "text": "Banjir melanda kota itu. Sebanyak 9 orang meninggal, kata petugas."}]"#,
    )
    .unwrap();
    let v = json(&bin().arg("extract").arg(&list).output().unwrap());
    let a = &v["articles"][0];
    assert_eq!(a["date"], "2024-02-07", "the published day is the article's own date");
    assert!(a["dates"].as_array().unwrap().iter().any(|d| d["text"] == "Senin" && d["date"] == "2024-02-05"), "{a}");
    let card = json(&bin().args(["card", "--json"]).arg(&list).output().unwrap());
    let deaths = &card["facts"][0]["values"];
    assert_eq!((deaths[0]["value"].as_f64(), deaths[0]["reported"].as_str()), (Some(30.0), Some("2024-02-07")));
    assert_eq!(deaths[1]["status"], "earlier");

    // one text file with what the flags say of it
    let text = tmp("one.txt");
    std::fs::write(&text, "Banjir melanda kota itu pada Senin. Sebanyak 30 orang meninggal.").unwrap();
    let v = json(&bin().args(["extract", "--published", "2024-02-07", "--outlet", "Contoh"]).arg(&text).output().unwrap());
    assert_eq!(v["articles"][0]["outlet"], "Contoh");
    assert_eq!(v["articles"][0]["dates"][0]["date"], "2024-02-05");
    let bad = bin().args(["extract", "--published", "7/2/2024"]).arg(&text).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--published 7/2/2024: not an ISO 8601 date"));
    let two = bin().args(["extract", "--outlet", "X"]).arg(&text).arg(&text).output().unwrap();
    assert_eq!(two.status.code(), Some(2), "the flags describe one text file");
    assert!(String::from_utf8_lossy(&two.stderr).contains("describe one text file: give exactly one (2 inputs given)"));
    let bundled = bin().args(["bundle", "--url", "https://x.id/a"]).arg(&list).output().unwrap();
    assert_eq!(bundled.status.code(), Some(2), "a bundle or article list carries its own");

    // a directory: its .txt and .json files, recursively, in order
    let dir = tmp("tree");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.txt"), "Sebanyak 2.500 pasukan dikerahkan.").unwrap();
    std::fs::write(dir.join("sub/b.txt"), "Sebanyak 3.000 pasukan dikerahkan.").unwrap();
    std::fs::write(dir.join("notes.md"), "not an input").unwrap();
    let v = json(&bin().arg("extract").arg(&dir).output().unwrap());
    let files: Vec<&str> = v["articles"].as_array().unwrap().iter().map(|a| a["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("a.txt") && files[1].ends_with("sub/b.txt"), "{files:?}");

    // standard input: a text, or JSON by its first character
    use std::io::Write;
    let mut child = bin().args(["extract", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all("Sebanyak 2.500 pasukan dikerahkan.".as_bytes()).unwrap();
    let v: Value = serde_json::from_slice(&child.wait_with_output().unwrap().stdout).unwrap();
    assert_eq!(v["articles"][0]["file"], "stdin");
    assert_eq!(v["articles"][0]["figures"][0]["value"], 2500.0);
    let mut child = bin().args(["card", "--json", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(std::fs::read(&list).unwrap().as_slice()).unwrap();
    let v: Value = serde_json::from_slice(&child.wait_with_output().unwrap().stdout).unwrap();
    assert_eq!(v["sources"].as_array().unwrap().len(), 2);
}
