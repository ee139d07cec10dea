//! The `factcard` command line, over the same core as the widget:
//! `extract` (mentions as JSON), `bundle` (the JSON the widget loads) and
//! `card` (the card as static HTML, or its model with `--json`).
//!
//! Every error is one line naming the file and the reason, with exit code 1
//! (2 for bad usage). A bad file among good ones is reported and the rest are
//! still processed unless `--strict` is given.

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
      factcard extract FILE...                 figures and dates of the files (one bundle) as JSON
      factcard bundle FILE... -o BUNDLE.json   the bundle the <fact-card> widget loads
      factcard card FILE...|BUNDLE.json [--json | --embed SRC [--css HREF]] [-o OUT]
                                               the card as a static HTML page (or its model as JSON,
                                               or with --embed a <fact-card src=SRC> holding the card
                                               already: no-JS fallback, no layout shift; its
                                               stylesheet at HREF, default factcard.css)
    options:
      -o, --output FILE   write to FILE instead of standard output
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
        let mut args = Args { command, files: Vec::new(), output: None, json: false, embed: None, css: "factcard.css".into(), strict: false, max_facts: 5, lang: None };
        while let Some(a) = it.next() {
            match a.as_str() {
                "-o" | "--output" => args.output = Some(it.next().ok_or("-o needs a file name")?),
                "--json" => args.json = true,
                "--embed" => args.embed = Some(it.next().ok_or("--embed needs the bundle URL the live card loads")?),
                "--css" => args.css = it.next().ok_or("--css needs the stylesheet URL")?,
                "--lang" => args.lang = Some(it.next().ok_or("--lang needs a language code (id, en)")?),
                "--strict" => args.strict = true,
                "--keep-going" => args.strict = false,
                "--max-facts" => {
                    args.max_facts = it
                        .next()
                        .and_then(|n| n.parse().ok())
                        .ok_or("--max-facts needs a number")?
                }
                "-h" | "--help" => return Err(String::new()),
                s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
                _ => args.files.push(a),
            }
        }
        if args.files.is_empty() {
            return Err(format!("{} needs at least one file", args.command));
        }
        Ok(args)
    }

    /// Reads one text file as an article; the error names the file and the reason.
    fn read_article(path: &str) -> Result<BundleArticle, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {}", io_reason(&e)))?;
        let text = String::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
        if text.contains('\0') {
            return Err(format!("{path}: binary file, not text"));
        }
        if text.trim().is_empty() {
            return Err(format!("{path}: empty file"));
        }
        Ok(BundleArticle::from_text(path, text))
    }

    fn io_reason(e: &std::io::Error) -> String {
        match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".into(),
            std::io::ErrorKind::PermissionDenied => "permission denied".into(),
            _ if e.raw_os_error() == Some(21) => "is a directory".into(),
            _ => e.to_string(),
        }
    }

    /// Reads a bundle JSON file.
    fn read_bundle(path: &str) -> Result<Bundle, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {}", io_reason(&e)))?;
        let bundle: Bundle = serde_json::from_slice(&bytes).map_err(|e| format!("{path}: invalid bundle: {e}"))?;
        bundle.validate().map_err(|e| format!("{path}: invalid bundle: {e}"))
    }

    /// Collects the inputs into one bundle, reporting bad files on stderr.
    fn load(args: &Args, allow_bundle: bool) -> Result<(Bundle, bool), String> {
        let mut articles = Vec::new();
        let mut had_errors = false;
        for path in &args.files {
            let result = if allow_bundle && path.ends_with(".json") {
                read_bundle(path).map(|b| b.articles)
            } else {
                read_article(path).map(|a| vec![a])
            };
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
                for a in extraction.articles.iter().filter(|a| a.skipped_mentions > 0) {
                    eprintln!(
                        "factcard: {}: more than {} figures or dates; {} more not kept",
                        a.file,
                        factcard::extract::MAX_MENTIONS,
                        a.skipped_mentions
                    );
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
