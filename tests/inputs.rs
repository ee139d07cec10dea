//! Saved pages and feeds as inputs: `factcard::inputs` over real pages from
//! seven outlets and two real feeds (tests/fixtures/inputs, see SOURCES.md),
//! a CMS export, bad inputs, and the CLI over a folder of them.
#![cfg(not(target_arch = "wasm32"))]
// test code, native only: clippy.toml's wasm rules do not apply
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

use factcard::inputs::{self, Kind};
use factcard::BundleArticle;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs").join(name)
}

fn read(name: &str) -> Vec<BundleArticle> {
    let path = fixture(name);
    let bytes = std::fs::read(&path).unwrap();
    inputs::read(name, &bytes).unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("{name}: neither a page nor a feed"))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcard-inputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_factcard"))
}

/// What one article of a fixture must be. `start` and `end` are the first
/// and last words of its text, checked by hand against the page: the end is
/// where the article stops and the share bar, comments or related links
/// (all left out) begin.
struct Expect {
    title: Option<&'static str>,
    published: Option<&'static str>,
    outlet: Option<&'static str>,
    url: Option<&'static str>,
    lang: Option<&'static str>,
    start: &'static str,
    end: &'static str,
}

fn check(file: &str, a: &BundleArticle, e: &Expect) {
    assert_eq!(a.title.as_deref(), e.title, "{file}: title");
    assert_eq!(a.published.as_deref(), e.published, "{file}: published");
    assert_eq!(a.outlet.as_deref(), e.outlet, "{file}: outlet");
    assert_eq!(a.url.as_deref(), e.url, "{file}: url");
    assert_eq!(a.lang.as_deref(), e.lang, "{file}: lang");
    assert!(a.text.starts_with(e.start), "{file}: text starts {:?}", &a.text[..a.text.len().min(200)]);
    assert!(a.text.ends_with(e.end), "{file}: text ends {:?}", &a.text[a.text.floor_char_boundary(a.text.len().saturating_sub(200))..]);
    if let Some(p) = &a.published {
        assert!(factcard::bundle::published_date(p).is_some(), "{file}: {p} is what a bundle takes");
    }
    if let Some(t) = &a.title {
        assert!(!a.text.starts_with(t.as_str()), "{file}: the title is not in the text");
    }
    // plain text, in paragraphs the core splits on blank lines
    assert!(!a.text.contains('<') || !a.text.contains('>'), "{file}: markup left in the text");
    assert!(!a.text.contains("\n\n\n") && a.text == a.text.trim(), "{file}: paragraphs");
}

#[test]
fn saved_pages_give_their_article_and_what_they_say_of_it() {
    let pages: [(&str, usize, Expect); 7] = [
        // English, JSON-LD (NewsArticle: headline, datePublished, publisher)
        (
            "en-bbc-jsonld.html",
            40,
            Expect {
                title: Some("Obama admits US gun laws are his 'biggest frustration'"),
                published: Some("2015-07-24T05:36:09+01:00"),
                outlet: Some("BBC News"),
                url: Some("http://www.bbc.com/news/world-us-canada-33646704"),
                lang: Some("en"),
                start: "President Barack Obama has admitted that his failure to pass \"common sense gun safety laws\"",
                end: "Mr Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.",
            },
        ),
        // English, meta tags only (og:, article:publicationdate in ctime form
        // with a zone name that is no standard's: the date alone)
        (
            "en-heraldsun-meta.html",
            19,
            Expect {
                title: Some("Angry media won’t buckle over new surveillance laws"),
                published: Some("2015-03-13"),
                outlet: Some("HeraldSun"),
                url: Some("http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014"),
                lang: Some("en"),
                start: "A HIGH-powered federal government team has been doing the rounds of media organisations",
                end: "Memories of the grief Conroy brought down on his head would undoubtedly make Abbott sit up and take notice.\n\nLAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR",
            },
        ),
        // English, neither JSON-LD nor Open Graph: the headline and pub_date
        // meta names, the outlet from what <title> adds, no URL anywhere
        (
            "en-businessweek-plain.html",
            7,
            Expect {
                title: Some("Olivia Munn: Queen of the Uncool"),
                published: Some("2010-08-12"),
                outlet: Some("BusinessWeek"),
                url: None,
                lang: Some("en"),
                start: "The Web and cable star has achieved fame by targeting nerdy guys, who she says \"control popularity\"\n\nSix years ago, Olivia Munn",
                end: "the same month as actor Kristen Bell, model Gisele Bündchen, and singer Jessica Simpson.",
            },
        ),
        // Indonesian, JSON-LD (canonical and og:url empty: the URL is JSON-LD's)
        (
            "id-antara-jsonld.html",
            33,
            Expect {
                title: Some("Saat pengadilan pertemukan Brotoseno dan Angelina Sondakh"),
                published: Some("2017-05-15T18:43:56+07:00"),
                outlet: Some("Antara News"),
                url: Some("http://www.antaranews.com/berita/629369/saat-pengadilan-pertemukan-brotoseno-dan-angelina-sondakh"),
                lang: Some("id"),
                start: "Jakarta (ANTARA News) - Peribahasa garam di laut, asam di gunung bertemu di belanga jua",
                end: "Lantas bagaimana akhir cerita kedua sejoli ini?\n\nEditor: B Kunto Wibisono\n\nCOPYRIGHT © ANTARA 2017",
            },
        ),
        // Indonesian, meta tags only (article:published_time with +0700; no
        // site name: the host)
        (
            "id-viva-meta.html",
            11,
            Expect {
                title: Some("Taylor Swift Standing Ovation untuk Pianis Cilik Indonesia"),
                published: Some("2016-02-16T13:01:52+07:00"),
                outlet: Some("life.viva.co.id"),
                url: Some("http://life.viva.co.id/showbiz/read/736460-taylor-swift-standing-ovation-untuk-pianis-cilik-indonesia"),
                lang: Some("id"),
                start: "Penampilan Joey Alexander memukau musisi dunia di Grammy Awards.",
                // the embedded tweet after it is left out
                end: "tapi hasrat musik telah membawa saya pada tahap ini,\" kata Portnow.",
            },
        ),
        // Indonesian, meta tags only (pubdate "2015-11-05 T10:08:58Z"); no lang
        (
            "id-detik-meta.html",
            8,
            Expect {
                title: Some("Google Umbar Kelemahan Galaxy S6 Edge"),
                published: Some("2015-11-05T10:08:58+00:00"),
                outlet: Some("detikinet"),
                url: Some("http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge"),
                lang: None,
                start: "Jakarta -\n\nGalaxy S6 Edge, dengan material premium dan layar lengkung inovatif",
                end: "tambah raksasa elektronik asal Korea Selatan ini.\n\n(fyk/ash)",
            },
        ),
        // Indonesian, Open Graph without a date (the date is the URL's) and a
        // template's lang="en" over Indonesian text (dropped); og:title's
        // " - Kompas.com Regional" is the site's, not the title's
        (
            "id-kompas-og.html",
            10,
            Expect {
                title: Some("Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan"),
                published: Some("2015-11-04"),
                outlet: Some("KOMPAS.com"),
                url: Some("http://regional.kompas.com/read/2015/11/04/21040031/Polres.Lhokseumawe.Serahkan.Anggota.Di.Minimi.ke.Kejaksaan"),
                lang: None,
                start: "LHOKSEUMAWE, KOMPAS.com – Penyidik Polres Lhokseumawe melimpahkan Faisal (37) alias Komeng",
                end: "segera kita limpahkan ke pengadilan,” ujar Teuku Rahmatsyah.",
            },
        ),
    ];
    for (file, paragraphs, e) in &pages {
        assert_eq!(inputs::sniff(&std::fs::read(fixture(file)).unwrap()), Kind::Page, "{file}");
        let articles = read(file);
        assert_eq!(articles.len(), 1, "{file}");
        let a = &articles[0];
        check(file, a, e);
        assert_eq!(a.text.split("\n\n").count(), *paragraphs, "{file}: paragraphs");
        assert_eq!(a.id, file.trim_end_matches(".html"));
        assert_eq!(a.file, *file);
    }
    // what the pages say around the article is not in it
    let bbc = &read("en-bbc-jsonld.html")[0].text;
    for junk in ["Share this story", "View comments", "More on this story", "bbccookies"] {
        assert!(!bbc.contains(junk), "{junk}");
    }
    let detik = &read("id-detik-meta.html")[0].text;
    assert!(!detik.contains("Baca Juga"));
    let kompas = &read("id-kompas-og.html")[0].text;
    assert!(!kompas.contains("Penulis") && !kompas.contains("size: [[300,250]]"));
    let heraldsun = &read("en-heraldsun-meta.html")[0].text;
    assert!(!heraldsun.contains("Source: Supplied"), "an image's caption is left out");
    let businessweek = &read("en-businessweek-plain.html")[0].text;
    assert!(!businessweek.contains("Courtesy G4") && !businessweek.contains("Reader Discussion"));
}

#[test]
fn feeds_give_an_article_an_item() {
    // RSS 2.0: an EDT pubDate without seconds, a link wrapped in white space
    assert_eq!(inputs::sniff(&std::fs::read(fixture("en-nasa-breaking-news.rss")).unwrap()), Kind::Rss);
    let rss = read("en-nasa-breaking-news.rss");
    assert_eq!(rss.len(), 1);
    check(
        "en-nasa-breaking-news.rss",
        &rss[0],
        &Expect {
            title: Some("NASA Television to Broadcast Space Station Departure of Cygnus Cargo Ship"),
            published: Some("2019-08-01T16:15-04:00"),
            outlet: Some("NASA Breaking News"),
            url: Some("http://www.nasa.gov/press-release/nasa-television-to-broadcast-space-station-departure-of-cygnus-cargo-ship"),
            lang: Some("en"),
            start: "More than three months after delivering several tons of supplies",
            end: "will depart the orbiting laboratory Tuesday, Aug. 6.",
        },
    );
    assert_eq!(rss[0].id, "en-nasa-breaking-news-1");

    // Atom: HTML summaries, no <published> (the entry's <updated>)
    assert_eq!(inputs::sniff(&std::fs::read(fixture("en-theregister-science.atom")).unwrap()), Kind::Atom);
    let atom = read("en-theregister-science.atom");
    assert_eq!(atom.len(), 2);
    let expected = [
        Expect {
            title: Some("Will someone plz dump our shizz on the Moon, NASA begs as one of the space biz vendors drops out"),
            published: Some("2019-07-31T11:54:28+00:00"),
            outlet: Some("The Register - Science"),
            url: Some("http://go.theregister.com/feed/www.theregister.co.uk/2019/07/31/orbitbeyond_drops_nasa_moon_contract/"),
            lang: Some("en"),
            start: "OrbitBeyond begone: Getting to the Moon is hard\n\nNASA made a slew of announcements yesterday",
            end: "despite one vendor dumping plans for a 2020 lunar landing.…",
        },
        Expect {
            title: Some("Satellites with lasers and machine guns coming! China's new plans? Trump's Space Force? Nope, the French"),
            published: Some("2019-07-30T05:41:09+00:00"),
            outlet: Some("The Register - Science"),
            url: Some("http://go.theregister.com/feed/www.theregister.co.uk/2019/07/30/french_arming_satellites/"),
            lang: Some("en"),
            start: "After all, what could possibly go wrong, apart from everything?\n\nFrance is threatening",
            end: "that would enable it to shoot down other space hardware.…",
        },
    ];
    for (a, e) in atom.iter().zip(&expected) {
        check("en-theregister-science.atom", a, e);
    }
    assert_eq!((atom[0].id.as_str(), atom[1].id.as_str()), ("en-theregister-science-1", "en-theregister-science-2"));
}

#[test]
fn a_json_feed_gives_an_article_an_item() {
    let feed = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Contoh Berita", "language": "id-ID",
        "items": [{"id": "1", "url": "https://contoh.id/a", "title": "Banjir di Jakarta",
                   "content_html": "<p>Banjir melanda Jakarta pada Senin.</p><figure><img src=x><figcaption>Foto: dok</figcaption></figure><p>Sebanyak 30 orang mengungsi, kata petugas.</p>",
                   "date_published": "2024-02-05T10:00:00+07:00"},
                  {"id": "2", "title": "only a title"}]}"#;
    assert_eq!(inputs::sniff(feed.as_bytes()), Kind::JsonFeed);
    let a = inputs::read("feed.json", feed.as_bytes()).unwrap().unwrap();
    assert_eq!(a.len(), 1, "an item without text is left out");
    assert_eq!(a[0].text, "Banjir melanda Jakarta pada Senin.\n\nSebanyak 30 orang mengungsi, kata petugas.");
    assert_eq!(a[0].published.as_deref(), Some("2024-02-05T10:00:00+07:00"));
    assert_eq!((a[0].outlet.as_deref(), a[0].lang.as_deref()), (Some("Contoh Berita"), Some("id")));
}

#[test]
fn a_cms_export_is_an_article_list() {
    // a JSON array of articles is not a page or feed: the CLI reads it as before
    let bytes = std::fs::read(fixture("id-cms-export.json")).unwrap();
    assert_eq!(inputs::sniff(&bytes), Kind::Other);
    assert_eq!(inputs::read("id-cms-export.json", &bytes), Ok(None));
    let out = bin().arg("bundle").arg(fixture("id-cms-export.json")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = v["articles"].as_array().unwrap();
    assert_eq!(a.len(), 2);
    assert_eq!(a[0]["id"], "cms-101");
    assert_eq!(a[0]["title"], "BNPB Sebut 56 Orang Korban Gempa Cianjur Meninggal, 23 Orang Masih Tertimbun");
    assert_eq!(a[0]["published"], "2022-11-21T19:28+07:00");
    assert_eq!(a[0]["outlet"], "Kompas.com");
    assert_eq!(a[0]["url"], "http://nasional.kompas.com/read/2022/11/21/19283501/bnpb-sebut-56-orang-korban-gempa-cianjur-meninggal-23-orang-masih-tertimbun");
    let text = a[0]["text"].as_str().unwrap();
    assert!(text.starts_with("BNPB Sebut 56 Orang Korban Gempa Cianjur Meninggal"), "{text}");
    assert!(text.ends_with("Magnitudo gempa susulan terbesar 4 dan magnitudo terkecil 1,8.\n\nRawan gempa permanen"), "{text}");
    assert_eq!((a[1]["id"].as_str(), a[1]["published"].as_str(), a[1]["outlet"].as_str()), (Some("cms-102"), Some("2022-11-21"), Some("Radar Bandung")));
    assert!(a[1].get("title").is_none());
    let text = a[1]["text"].as_str().unwrap();
    assert!(text.starts_with("RADARBANDUNG.id- BNPB merilis data terbaru korban meninggal dunia gempa Cianjur"), "{text}");
    assert!(text.ends_with("ketuplak ketuplak, ” terangnya."), "{text}");
}

#[test]
fn dates_become_what_a_bundle_takes() {
    let cases = [
        ("Mon, 21 Nov 2022 19:28:00 +0700", Some("2022-11-21T19:28:00+07:00")),
        ("21 Nov 2022 19:28 WIB", Some("2022-11-21T19:28+07:00")),
        ("Tue, 03 Jun 2003 09:39:21 GMT", Some("2003-06-03T09:39:21+00:00")),
        ("Thu, 01 Aug 2019 16:15 EDT", Some("2019-08-01T16:15-04:00")),
        ("Mon, 21 Nov 2022", Some("2022-11-21")),
        ("Sen, 21 Nov 2022 19:28:00 ZZZ", Some("2022-11-21")),
        ("2022-11-21T19:28:00.000+07:00", Some("2022-11-21T19:28:00+07:00")),
        ("2016-02-16T13:01:52+0700", Some("2016-02-16T13:01:52+07:00")),
        ("2015-11-05 T10:08:58Z", Some("2015-11-05T10:08:58+00:00")),
        ("2016-02-16 09:09:27", Some("2016-02-16")),
        ("2022-11-21", Some("2022-11-21")),
        ("20100812", Some("2010-08-12")),
        ("Fri Mar 13 21:30:09 EST 2015", Some("2015-03-13")),
        ("31 Nov 2022", None),
        ("yesterday", None),
        ("", None),
    ];
    for (input, want) in cases {
        let got = inputs::iso_date(input);
        assert_eq!(got.as_deref(), want, "{input}");
        if let Some(g) = got {
            assert!(factcard::bundle::published_date(&g).is_some(), "{g}");
        }
    }
}

#[test]
fn hostile_markup_gives_plain_text_only() {
    let para = "Sebanyak 30 orang meninggal dunia akibat banjir yang melanda kota itu pada Senin, kata petugas setempat kepada wartawan.";
    let page = format!(
        r#"<!DOCTYPE html><html lang="id"><head><title>Banjir</title>
        <script>document.write('<p>injected</p>'); alert(1)</script><style>p {{ color: red }}</style></head>
        <body onload="alert(2)"><article><h1>Banjir</h1>
        <p>{para} <img src=x onerror="alert(3)"><a href="javascript:alert(4)">tautan</a></p>
        <iframe src="https://evil.example/"><p>inside an iframe</p></iframe>
        <svg><script>alert(5)</script><text>svg text</text></svg>
        <p>{para} &lt;script&gt;alert(6)&lt;/script&gt; tetap teks.</p><!-- <p>a comment</p> -->
        <p>{para}</p><noscript><p>noscript</p></noscript><template><p>template</p></template>
        <div class="share-bar">Bagikan ke Facebook</div><div id="comments"><p>komentar pembaca</p></div>
        </article></body></html>"#
    );
    let a = inputs::read("hostile.html", page.as_bytes()).unwrap().unwrap();
    let text = &a[0].text;
    for bad in [
        "alert(1)",
        "alert(2)",
        "alert(3)",
        "alert(5)",
        "injected",
        "inside an iframe",
        "svg text",
        "a comment",
        "noscript",
        "template",
        "Bagikan",
        "komentar",
        "color: red",
    ] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
    // text that looks like markup stays text (the card escapes what it shows)
    assert!(text.contains("<script>alert(6)</script> tetap teks."), "{text}");
    assert!(text.starts_with(para) && text.contains("tautan"), "{text}");
    assert_eq!(a[0].title.as_deref(), Some("Banjir"));

    // a class that names comments on what holds the article does not drop it
    let wrapped = format!("<html><body><div class=\"page-with-comments\"><article><p>{para}</p><p>{para}</p><p>{para}</p></article></div></body></html>");
    let a = inputs::read("wrapped.html", wrapped.as_bytes()).unwrap().unwrap();
    assert!(a[0].text.starts_with(para), "{}", a[0].text);
}

#[test]
fn bad_pages_and_feeds_are_one_line_naming_the_file() {
    let long = "Sebanyak 30 orang meninggal dunia akibat banjir yang melanda kota itu pada Senin. ".repeat(6);
    let cases: [(&str, String, &str); 7] = [
        ("nav-only.html", "<!doctype html><html><head><title>Beranda</title></head><body><nav><a href=/>Beranda</a> <a href=/berita>Berita</a></nav><footer>© 2024</footer></body></html>".into(), "no article text"),
        // broken markup: a page cut off in its head has no article
        ("cut.html", "<!DOCTYPE html><html><head><title>Banjir</title><meta property=\"og:title\" content=\"Ban".into(), "no article text"),
        ("empty-feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kosong</title><link>https://x.id</link><description>d</description></channel></rss>".into(), "the feed has no items"),
        ("empty-feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Kosong</title><id>x</id><updated>2024-01-01T00:00:00Z</updated></feed>".into(), "the feed has no items"),
        ("titles-only.rss", "<rss version=\"2.0\"><channel><title>T</title><item><title>a</title></item></channel></rss>".into(), "none of the feed's 1 items has any text"),
        // broken markup: a feed cut off mid-item
        ("broken.rss", "<rss version=\"2.0\"><channel><title>T</title><item><title>a</titl".into(), "not a readable RSS feed"),
        ("broken.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>a".into(), "not a readable Atom feed"),
    ];
    for (name, content, reason) in &cases {
        let e = inputs::read(name, content.as_bytes()).expect_err(name);
        assert!(e.starts_with(&format!("{name}: ")) && e.contains(reason) && !e.contains('\n'), "{name}: {e}");
    }
    // markup left unclosed around an article is still read (html5ever mends it)
    let unclosed = format!("<html><body><div><p>{long}<p>{long}<div><b>Jakarta");
    let a = inputs::read("unclosed.html", unclosed.as_bytes()).unwrap().unwrap();
    assert!(a[0].text.starts_with("Sebanyak 30 orang"), "{}", a[0].text);
}

#[test]
fn the_cli_reports_bad_files_by_name_and_reads_the_rest() {
    let dir = tmp("bad");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a-good.txt"), "Sebanyak 2.500 pasukan dikerahkan ke kota itu pada Kamis.").unwrap();
    std::fs::write(dir.join("binary.html"), b"\x00\x01\x02ELF\x00 not a page").unwrap();
    std::fs::write(dir.join("empty.rss"), "<rss version=\"2.0\"><channel><title>Kosong</title></channel></rss>").unwrap();
    std::fs::write(dir.join("nav.htm"), "<html><body><nav><a href=/>Beranda</a></nav></body></html>").unwrap();
    // over 50 MB: refused before it is read (a sparse file: no disk used)
    let big = std::fs::File::create(dir.join("huge.html")).unwrap();
    big.set_len(inputs::MAX_BYTES + 1).unwrap();
    drop(big);
    let out = bin().arg("bundle").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    for (file, reason) in [("binary.html", "binary file"), ("empty.rss", "the feed has no items"), ("nav.htm", "no article text"), ("huge.html", "too large")] {
        let line = err.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("{file}: {err}"));
        assert!(line.starts_with("factcard: ") && line.contains(dir.join(file).to_str().unwrap()) && line.contains(reason), "{line}");
    }
    assert_eq!(err.lines().count(), 4, "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 1, "the good file is still read");
    let strict = bin().args(["bundle", "--strict"]).arg(&dir).output().unwrap();
    assert_eq!(strict.status.code(), Some(1));
    assert!(strict.stdout.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_cli_bundles_a_folder_of_pages_feeds_and_texts() {
    let dir = tmp("folder");
    std::fs::create_dir_all(dir.join("feeds")).unwrap();
    std::fs::copy(fixture("id-antara-jsonld.html"), dir.join("antara.html")).unwrap();
    // a feed saved as .xml: told by its content
    std::fs::copy(fixture("en-theregister-science.atom"), dir.join("feeds/register.xml")).unwrap();
    std::fs::write(dir.join("note.txt"), "Sebanyak 2.500 pasukan dikerahkan ke kota itu pada Kamis.").unwrap();
    let out_file = tmp("folder.json");
    let out = bin().arg("bundle").arg(&dir).arg("-o").arg(&out_file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    let articles = v["articles"].as_array().unwrap();
    let got: Vec<(&str, Option<&str>)> = articles.iter().map(|a| (a["id"].as_str().unwrap(), a["published"].as_str())).collect();
    assert_eq!(
        got,
        [
            ("antara", Some("2017-05-15T18:43:56+07:00")),
            ("register-1", Some("2019-07-31T11:54:28+00:00")),
            ("register-2", Some("2019-07-30T05:41:09+00:00")),
            ("note", None),
        ]
    );
    assert_eq!(articles[0]["outlet"], "Antara News");
    assert_eq!(articles[1]["outlet"], "The Register - Science");
    // the bundle makes a card, and the card embeds
    let card = bin().args(["card", "--embed", "folder.json"]).arg(&out_file).output().unwrap();
    assert!(card.status.success(), "{}", String::from_utf8_lossy(&card.stderr));
    assert!(String::from_utf8(card.stdout).unwrap().starts_with("<fact-card src=\"folder.json\""));
    std::fs::remove_dir_all(&dir).unwrap();
}
