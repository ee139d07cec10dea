//! The `factcard` command line, over the same core as the widget:
//! `extract` (mentions as JSON), `bundle` (the JSON the widget loads) and
//! `card` (the card as static HTML, or its model with `--json`).
//!
//! Every error is one line naming the file and the reason, with exit code 1
//! (2 for bad usage). A bad file among good ones is reported and the rest are
//! still processed unless `--strict` is given.

// native only: clippy.toml's wasm rules do not apply to the command line
#![allow(clippy::disallowed_macros, clippy::disallowed_methods, clippy::disallowed_types)]

// The binary is built for wasm32 too (cargo builds every target of the crate
// for `cargo test --target wasm32-unknown-unknown`); there it does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use factcard::bundle::{Bundle, BundleArticle};
    use factcard::calendar::Date;
    use factcard::extract::{extract_bundle, ExtractOptions};
    use factcard::{build_card, render, CardOptions};
    use std::io::Write;
    use std::process::ExitCode;

    const USAGE: &str = "usage:
      factcard extract INPUT...                figures and dates of the inputs (one bundle) as JSON
      factcard bundle INPUT... -o BUNDLE.json  the bundle the <fact-card> widget loads
      factcard card FILE...|BUNDLE.json [--json | --embed SRC [--css HREF]] [-o OUT]
                                               the card as a static HTML page (or its model as JSON,
                                               or with --embed a <fact-card src=SRC> holding the card
                                               already: no-JS fallback, no layout shift; its
                                               stylesheet at HREF, default factcard.css)
    inputs: article texts (.txt), saved article pages (.html: the article's text,
    title, date, outlet, URL and language), RSS, Atom and JSON feeds (an article
    an item), bundles ({version, articles}) or JSON arrays of articles ({text,
    id?, file?, outlet?, url?, title?, published?, lang?}), directories (read
    recursively: their .txt, .json, .html, .htm, .xml, .rss and .atom files),
    - (standard input); what a file is, is told by its content
    options:
      -o, --output FILE   write to FILE instead of standard output
      --published DATE    when the one text file was published (ISO 8601: 2022-11-21
                          or 2022-11-21T19:28+07:00); also --outlet NAME, --url URL,
                          --title TEXT
      --strict            stop at the first bad file (default: report it and go on)
      --max-facts N       facts shown on the card (default 5)
      --lang id|en        the card's language (default: that of most articles)";

    struct Args {
        command: String,
        files: Vec<String>,
        output: Option<String>,
        json: bool,
        embed: Option<String>,
        css: String,
        strict: bool,
        max_facts: usize,
        lang: Option<String>,
        /// What `--published`, `--outlet`, `--url`, `--title` say of the one text file.
        meta: BundleArticle,
    }

    fn parse_args() -> Result<Args, String> {
        let mut it = std::env::args().skip(1);
        let command = it.next().ok_or("no command given")?;
        if command == "-h" || command == "--help" {
            return Err(String::new());
        }
        if !["extract", "bundle", "card"].contains(&command.as_str()) {
            return Err(format!("unknown command '{command}'"));
        }
        let mut args = Args {
            command,
            files: Vec::new(),
            output: None,
            json: false,
            embed: None,
            css: "factcard.css".into(),
            strict: false,
            max_facts: 5,
            lang: None,
            meta: BundleArticle::default(),
        };
        while let Some(a) = it.next() {
            match a.as_str() {
                "-o" | "--output" => args.output = Some(it.next().ok_or("-o needs a file name")?),
                "--json" => args.json = true,
                "--embed" => args.embed = Some(it.next().ok_or("--embed needs the bundle URL the live card loads")?),
                "--css" => args.css = it.next().ok_or("--css needs the stylesheet URL")?,
                "--lang" => args.lang = Some(it.next().ok_or("--lang needs a language code (id, en)")?),
                "--published" => {
                    let p = it.next().ok_or("--published needs a date (2022-11-21 or 2022-11-21T19:28+07:00)")?;
                    if factcard::bundle::published_date(&p).is_none() {
                        return Err(format!("--published {p}: not an ISO 8601 date or date-time (2022-11-21, 2022-11-21T19:28+07:00)"));
                    }
                    args.meta.published = Some(p);
                }
                "--outlet" => args.meta.outlet = Some(it.next().ok_or("--outlet needs a name")?),
                "--url" => args.meta.url = Some(it.next().ok_or("--url needs a URL")?),
                "--title" => args.meta.title = Some(it.next().ok_or("--title needs a title")?),
                "--strict" => args.strict = true,
                "--keep-going" => args.strict = false,
                "--max-facts" => args.max_facts = it.next().and_then(|n| n.parse().ok()).ok_or("--max-facts needs a number")?,
                "-h" | "--help" => return Err(String::new()),
                s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
                _ => args.files.push(a),
            }
        }
        if args.files.is_empty() {
            return Err(format!("{} needs at least one file", args.command));
        }
        let has_meta = args.meta != BundleArticle::default();
        if has_meta && (args.files.len() != 1 || args.files[0].ends_with(".json") || std::path::Path::new(&args.files[0]).is_dir()) {
            return Err("--published, --outlet, --url and --title describe one text file: give exactly one".into());
        }
        Ok(args)
    }

    /// The bytes of an input: a file, or standard input for `-`. One over
    /// [`factcard::inputs::MAX_BYTES`] is an error, and is not read whole.
    fn read_input(path: &str) -> Result<Vec<u8>, String> {
        let max = factcard::inputs::MAX_BYTES;
        if path == "-" {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::Read::take(std::io::stdin().lock(), max + 1), &mut bytes)
                .map_err(|e| format!("-: cannot read standard input: {e}"))?;
            if bytes.len() as u64 > max {
                return Err(format!("-: standard input is too large (at most {} MB is read)", max / (1024 * 1024)));
            }
            return Ok(bytes);
        }
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.is_file() && meta.len() > max {
                return Err(factcard::inputs::too_big(path, meta.len()));
            }
        }
        std::fs::read(path).map_err(|e| format!("{path}: {}", io_reason(&e)))
    }

    /// One text file as an article; the error names the file and the reason.
    fn text_article(path: &str, bytes: Vec<u8>) -> Result<BundleArticle, String> {
        let text = String::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
        if text.contains('\0') {
            return Err(format!("{path}: binary file, not text"));
        }
        if text.trim().is_empty() {
            return Err(format!("{path}: empty file"));
        }
        Ok(BundleArticle::from_text(if path == "-" { "stdin" } else { path }, text))
    }

    fn io_reason(e: &std::io::Error) -> String {
        match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".into(),
            std::io::ErrorKind::PermissionDenied => "permission denied".into(),
            _ if e.raw_os_error() == Some(21) => "is a directory".into(),
            _ => e.to_string(),
        }
    }

    /// Reads a bundle (`{version, articles}`) or a JSON array of articles;
    /// unknown fields are ignored.
    fn json_bundle(path: &str, bytes: &[u8]) -> Result<Bundle, String> {
        let bundle: Bundle = if first_byte(bytes) == Some(b'[') {
            let articles: Vec<BundleArticle> = serde_json::from_slice(bytes).map_err(|e| format!("{path}: invalid article list: {e}"))?;
            Bundle::new(articles)
        } else {
            serde_json::from_slice(bytes).map_err(|e| format!("{path}: invalid bundle: {e}"))?
        };
        bundle.validate().map_err(|e| format!("{path}: invalid bundle: {e}"))
    }

    /// The first byte of `bytes` that is not white space.
    fn first_byte(bytes: &[u8]) -> Option<u8> {
        bytes.iter().copied().find(|b| !b.is_ascii_whitespace())
    }

    /// The extensions of the files a directory's inputs are.
    const INPUT_EXTENSIONS: [&str; 7] = ["txt", "json", "html", "htm", "xml", "rss", "atom"];

    /// The files under a directory, recursively, that are inputs (`.txt`,
    /// `.json`, saved pages and feeds: [`INPUT_EXTENSIONS`]), sorted;
    /// symbolic links are not followed.
    fn files_under(dir: &std::path::Path, out: &mut Vec<String>) -> Result<(), String> {
        let mut entries: Vec<std::path::PathBuf> =
            std::fs::read_dir(dir).map_err(|e| format!("{}: {}", dir.display(), io_reason(&e)))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            let meta = std::fs::symlink_metadata(&path).map_err(|e| format!("{}: {}", path.display(), io_reason(&e)))?;
            if meta.is_dir() {
                files_under(&path, out)?;
            } else if meta.is_file() && path.extension().is_some_and(|e| INPUT_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x))) {
                out.push(path.to_string_lossy().into_owned());
            }
        }
        Ok(())
    }

    /// Collects the inputs into one bundle, reporting bad files on stderr.
    fn load(args: &Args, allow_bundle: bool) -> Result<(Bundle, bool), String> {
        let mut articles = Vec::new();
        let mut had_errors = false;
        // directories become the inputs under them
        let mut inputs = Vec::new();
        for path in &args.files {
            let dir = std::path::Path::new(path);
            if path != "-" && std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
                let before = inputs.len();
                files_under(dir, &mut inputs)?;
                if inputs.len() == before {
                    let e = format!("{path}: a directory with no .txt or .json files, saved pages or feeds");
                    if args.strict {
                        return Err(e);
                    }
                    eprintln!("factcard: {e}");
                    had_errors = true;
                }
            } else {
                inputs.push(path.clone());
            }
        }
        for path in &inputs {
            let result = read_input(path).and_then(|bytes| {
                // a saved page or a feed, by its content
                if let Some(read) = factcard::inputs::read(path, &bytes)? {
                    // what the flags say of the one file outweighs what the page says
                    let m = &args.meta;
                    return Ok(read
                        .into_iter()
                        .map(|a| BundleArticle {
                            outlet: m.outlet.clone().or(a.outlet),
                            url: m.url.clone().or(a.url),
                            title: m.title.clone().or(a.title),
                            published: m.published.clone().or(a.published),
                            ..a
                        })
                        .collect());
                }
                // JSON by name, or on standard input by its first character
                let json = path.ends_with(".json") || (path == "-" && matches!(first_byte(&bytes), Some(b'{' | b'[')));
                if allow_bundle && json {
                    json_bundle(path, &bytes).map(|b| b.articles)
                } else {
                    text_article(path, bytes).map(|a| {
                        // what the flags say of the one text file
                        let m = &args.meta;
                        vec![BundleArticle { outlet: m.outlet.clone(), url: m.url.clone(), title: m.title.clone(), published: m.published.clone(), ..a }]
                    })
                }
            });
            match result {
                Ok(mut a) => articles.append(&mut a),
                Err(e) if args.strict => return Err(e),
                Err(e) => {
                    eprintln!("factcard: {e}");
                    had_errors = true;
                }
            }
        }
        let bundle = Bundle::new(articles).validate().map_err(|e| format!("no usable input: {e}"))?;
        Ok((bundle, had_errors))
    }

    fn today() -> Option<Date> {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
        Some(Date::from_days((secs / 86_400) as i64))
    }

    fn write_output(args: &Args, content: &str) -> Result<(), String> {
        match &args.output {
            Some(path) => std::fs::write(path, content).map_err(|e| format!("{path}: cannot write: {}", io_reason(&e))),
            None => {
                let mut out = std::io::stdout().lock();
                out.write_all(content.as_bytes()).and_then(|_| out.flush()).map_err(|e| format!("stdout: {e}"))
            }
        }
    }

    fn to_json<T: serde::Serialize>(value: &T) -> String {
        let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
        s.push('\n');
        s
    }

    fn run(args: &Args) -> Result<bool, String> {
        let options = ExtractOptions { today: today() };
        match args.command.as_str() {
            "extract" => {
                let (bundle, had_errors) = load(args, true)?;
                let extraction = extract_bundle(&bundle, options);
                // what narrows each figure (not in the JSON), for whoever tunes the card
                if std::env::var_os("FACTCARD_DEBUG").is_some() {
                    for f in extraction.articles.iter().flat_map(|a| &a.figures) {
                        eprintln!("{:?} scope={:?} place={:?} year={:?} revised={} superseded={}", f.text, f.scope, f.place, f.year, f.revised, f.superseded);
                    }
                }
                for a in extraction.articles.iter().filter(|a| a.skipped_mentions > 0) {
                    eprintln!("factcard: {}: more than {} figures or dates; {} more not kept", a.file, factcard::extract::MAX_MENTIONS, a.skipped_mentions);
                }
                write_output(args, &to_json(&extraction))?;
                Ok(had_errors)
            }
            "bundle" => {
                let (bundle, had_errors) = load(args, true)?;
                write_output(args, &to_json(&bundle))?;
                Ok(had_errors)
            }
            "card" => {
                let (bundle, had_errors) = load(args, true)?;
                let card = build_card(&bundle, &CardOptions { max_facts: args.max_facts, today: options.today, lang: args.lang.clone() });
                let content = match (&args.embed, args.json) {
                    (_, true) => to_json(&card),
                    (Some(src), false) => render::embed_html(&card, src, &args.css),
                    (None, false) => render::page_html(&card),
                };
                write_output(args, &content)?;
                Ok(had_errors)
            }
            other => Err(format!("unknown command '{other}'")),
        }
    }

    pub fn main() -> ExitCode {
        let args = match parse_args() {
            Ok(a) => a,
            Err(e) => {
                if !e.is_empty() {
                    eprintln!("factcard: {e}");
                }
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        };
        match run(&args) {
            Ok(false) => ExitCode::SUCCESS,
            Ok(true) => ExitCode::from(1),
            Err(e) => {
                eprintln!("factcard: {e}");
                ExitCode::from(1)
            }
        }
    }
}
