//! The `factcard` command line, over the same core as the widget:
//! `extract` (mentions as JSON), `bundle` (the JSON the widget loads) and
//! `card` (the card as static HTML, or its model with `--json`).
//!
//! Every error is one line naming the file and the reason, with exit code 1.
//! A bad file among good ones is reported and the rest are still processed
//! unless `--strict` is given. The arguments are parsed by clap (native only:
//! nothing of it is in the wasm): `factcard COMMAND --help` lists a command's
//! flags, and bad usage (an unknown flag, a missing or malformed value) is an
//! error naming the argument, with exit code 2.

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
    use clap::error::ErrorKind;
    use clap::{CommandFactory, Parser, Subcommand};
    use factcard::bundle::{Bundle, BundleArticle};
    use factcard::calendar::Date;
    use factcard::extract::{extract_bundle, ExtractOptions};
    use factcard::{build_card, render, CardOptions};
    use std::io::Write;
    use std::process::ExitCode;

    /// What an INPUT is, after each command's help.
    const INPUTS: &str = "\
INPUT is an article text (.txt), a saved article page (.html: its text, title,
date, outlet, URL and language), an RSS, Atom or JSON feed (an article an item),
a bundle ({version, articles}), a JSON array of articles ({text, id?, file?,
outlet?, url?, title?, published?, lang?}), a directory (read recursively: its
.txt, .json, .html, .htm, .xml, .rss and .atom files) or - (standard input).
What a file is, is told by its content. A bad file is reported on one line
naming it (exit code 1) and the other files are still read, unless --strict.";

    #[derive(Parser)]
    #[command(
        name = "factcard",
        version,
        about = "Fact cards for news: figures and dates lined up across sources",
        after_help = INPUTS,
        subcommand_required = true,
        arg_required_else_help = true,
        // a flag given twice: the last one counts (as --strict --keep-going)
        args_override_self = true
    )]
    struct Cli {
        #[command(subcommand)]
        command: Cmd,
    }

    #[derive(Subcommand)]
    enum Cmd {
        /// Figures and dates of the inputs (one bundle) as JSON
        #[command(after_help = INPUTS)]
        Extract(Common),
        /// The bundle the <fact-card> widget loads, as JSON
        #[command(after_help = INPUTS)]
        Bundle(Common),
        /// The card as a static HTML page (or its model as JSON, or a pre-rendered <fact-card>)
        #[command(after_help = INPUTS)]
        Card {
            // first: its flags under "Options", not under the heading Common ends with
            #[command(flatten)]
            card: CardArgs,
            #[command(flatten)]
            common: Common,
        },
    }

    /// What every command takes.
    #[derive(clap::Args)]
    struct Common {
        /// Inputs, read as one bundle (see below; - is standard input)
        #[arg(value_name = "INPUT", required = true)]
        files: Vec<String>,
        /// Write to FILE instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<String>,
        /// Stop at the first bad file
        #[arg(long, overrides_with = "keep_going")]
        strict: bool,
        /// Report a bad file and go on with the others (the default)
        #[arg(long, overrides_with = "strict")]
        keep_going: bool,
        #[command(flatten)]
        meta: Meta,
    }

    /// What the flags say of the one text file (or page) given.
    #[derive(clap::Args)]
    #[command(next_help_heading = "One text file (give exactly one INPUT)")]
    struct Meta {
        /// When it was published (ISO 8601: 2022-11-21 or 2022-11-21T19:28+07:00)
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// The outlet that published it
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,
        /// Its URL
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// Its title
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
    }

    /// What only `card` takes.
    #[derive(clap::Args)]
    struct CardArgs {
        /// The card's model as JSON instead of HTML
        #[arg(long)]
        json: bool,
        /// A <fact-card src=SRC> holding the card already (no-JS fallback, no layout shift)
        #[arg(long, value_name = "SRC")]
        embed: Option<String>,
        /// With --embed: the stylesheet's URL
        #[arg(long, value_name = "HREF", default_value = "factcard.css")]
        css: String,
        /// Facts shown on the card
        #[arg(long, value_name = "N", default_value_t = 5)]
        max_facts: usize,
        /// The card's language, id or en (default: that of most articles)
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    }

    /// A command's inputs and options, parsed and checked.
    struct Args {
        command: Command,
        files: Vec<String>,
        output: Option<String>,
        strict: bool,
        /// What `--published`, `--outlet`, `--url`, `--title` say of the one text file.
        meta: BundleArticle,
    }

    enum Command {
        Extract,
        Bundle,
        Card(CardArgs),
    }

    /// The command line, or a usage error (exit code 2) naming what is wrong.
    fn parse_args() -> Result<Args, clap::Error> {
        let cli = Cli::try_parse()?;
        let (command, common) = match cli.command {
            Cmd::Extract(c) => (Command::Extract, c),
            Cmd::Bundle(c) => (Command::Bundle, c),
            Cmd::Card { common, card } => (Command::Card(card), common),
        };
        let usage_error = |kind, message: String| {
            let mut cmd = Cli::command();
            cmd.build();
            let name = match command {
                Command::Extract => "extract",
                Command::Bundle => "bundle",
                Command::Card(_) => "card",
            };
            let sub = cmd.find_subcommand_mut(name).expect("a subcommand of Cli");
            sub.error(kind, message)
        };
        let Meta { published, outlet, url, title } = common.meta;
        if let Some(p) = &published {
            if factcard::bundle::published_date(p).is_none() {
                return Err(usage_error(
                    ErrorKind::ValueValidation,
                    format!("--published {p}: not an ISO 8601 date or date-time (2022-11-21, 2022-11-21T19:28+07:00)"),
                ));
            }
        }
        let meta = BundleArticle { published, outlet, url, title, ..BundleArticle::default() };
        let files = common.files;
        if meta != BundleArticle::default() {
            let not_one = match files.as_slice() {
                [one] if one.ends_with(".json") => Some(format!("{one} is a bundle or article list")),
                [one] if std::path::Path::new(one).is_dir() => Some(format!("{one} is a directory")),
                [_] => None,
                many => Some(format!("{} inputs given", many.len())),
            };
            if let Some(why) = not_one {
                return Err(usage_error(
                    ErrorKind::ArgumentConflict,
                    format!("--published, --outlet, --url and --title describe one text file: give exactly one ({why})"),
                ));
            }
        }
        Ok(Args { command, files, output: common.output, strict: common.strict, meta })
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
        match &args.command {
            Command::Extract => {
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
            Command::Bundle => {
                let (bundle, had_errors) = load(args, true)?;
                write_output(args, &to_json(&bundle))?;
                Ok(had_errors)
            }
            Command::Card(card) => {
                let (bundle, had_errors) = load(args, true)?;
                let model = build_card(&bundle, &CardOptions { max_facts: card.max_facts, today: options.today, lang: card.lang.clone() });
                let content = match (&card.embed, card.json) {
                    (_, true) => to_json(&model),
                    (Some(src), false) => render::embed_html(&model, src, &card.css),
                    (None, false) => render::page_html(&model),
                };
                write_output(args, &content)?;
                Ok(had_errors)
            }
        }
    }

    pub fn main() -> ExitCode {
        let args = match parse_args() {
            Ok(a) => a,
            // usage errors exit with 2; --help and --version print and exit with 0
            Err(e) => e.exit(),
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
