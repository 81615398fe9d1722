//! The command line: arguments (clap derive; the doc comments are the help text) and
//! [`run`], which does the work and writes to the streams it is given.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use sha2::Digest;

use std::io::IsTerminal;

use crate::baseline::Baseline;
use crate::config::{self, Config};
use crate::lang::Lang;
use crate::report::{self, Format, ScanFormat, VerifyFormat};
use crate::source::{self, Source};
use crate::verdict::Verdict;
use crate::{align, claim, store, verdict, voices};

/// Cross-check the figures of several news articles on the same story.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "\
Examples:
  claimcheck check                                   the report for sources/, as a table
  claimcheck check --format html --output report.html   one page for the desk
  claimcheck check --baseline baseline.json --fail-on conflict --format github   CI
  claimcheck extract && claimcheck verify            record claims, then check for drift
  claimcheck completions bash > ~/.local/share/bash-completion/completions/claimcheck
  claimcheck man > claimcheck.1";

const CHECK_EXAMPLES: &str = "\
Examples:
  claimcheck check                                   sources/, extracted on the fly
  claimcheck check --claims claims --format markdown -o report.md
  claimcheck check --format html -o report.html      one self-contained page
  claimcheck check --format csv > claims.csv         one row per claim
  claimcheck check --write-baseline baseline.json    record today's conflicts
  claimcheck check --baseline baseline.json --fail-on conflict --format github
  claimcheck check --claims claims --format claimreview --base-url https://example.org/report.html
  claimcheck check --explain c1cd0bc7f10c0           why this claim is (not) grouped";

const SCAN_EXAMPLES: &str = "\
Examples:
  claimcheck scan sources/002_061e4d65b85090b2.txt
  echo 'Meta zahlte 14,3 Milliarden Dollar.' | claimcheck scan --lang de --format jsonl";

const VERIFY_EXAMPLES: &str = "\
Examples:
  claimcheck verify                                  exit 1 on drift, with a diff
  claimcheck verify --format github                  drift as annotations in a GitHub Actions log
  claimcheck verify --format sarif > drift.sarif";

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// When to colour output: `auto` colours a terminal unless NO_COLOR is set or TERM is
    /// `dumb`.
    #[arg(long, value_enum, default_value = "auto", global = true)]
    pub color: ColorChoice,
    /// Print results and errors only: no summary or notes on standard error.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what was read and found, stage by stage, on standard error.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Read settings from FILE [default: `claimcheck.toml` in the current folder, if any].
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

impl Global {
    /// The configuration: `--config FILE` (which must exist), else `claimcheck.toml` here if
    /// there is one, else the defaults; with the file read, if any.
    ///
    /// # Errors
    /// The file cannot be read or is not a valid configuration (with line and column).
    pub fn load_config(&self) -> Result<(Config, Option<PathBuf>)> {
        let path = match &self.config {
            Some(p) => p.clone(),
            None if Path::new(config::FILE_NAME).is_file() => PathBuf::from(config::FILE_NAME),
            None => return Ok((Config::default(), None)),
        };
        let text = std::fs::read_to_string(&path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => crate::Error::Missing { path: path.clone() },
            _ => crate::Error::Io { path: path.clone(), source },
        })?;
        Ok((Config::parse(&text, &path)?, Some(path)))
    }
}

impl Global {
    /// Whether to colour a stream: `terminal` says whether it is one.
    pub fn color(&self, terminal: bool) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}

/// Language choice for the recognizer: each language by its code (the values come from
/// [`Lang::ALL`], so a new language needs nothing here), or `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangArg {
    Is(Lang),
    /// From the source's metadata, else detected from its words.
    Auto,
}

impl LangArg {
    fn lang(self) -> Option<Lang> {
        match self {
            LangArg::Is(lang) => Some(lang),
            LangArg::Auto => None,
        }
    }
}

impl ValueEnum for LangArg {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::LazyLock<Vec<LangArg>> =
            std::sync::LazyLock::new(|| Lang::ALL.iter().map(|&l| LangArg::Is(l)).chain([LangArg::Auto]).collect());
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(match self {
            LangArg::Is(lang) => clap::builder::PossibleValue::new(lang.code()),
            LangArg::Auto => clap::builder::PossibleValue::new("auto")
                .help("From the source's metadata, else detected from its words"),
        })
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every quantity (money, counts, percentages, ratios, measures, dates) in FILEs,
    /// or in standard input when none is given or for `-`.
    #[command(after_help = SCAN_EXAMPLES)]
    Scan {
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
        #[arg(long, value_enum, default_value = "table")]
        format: ScanFormat,
        /// The date the text was written (YYYY-MM-DD), for `im April` and `dieses Jahr`.
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
        /// How to read standard input (files are read by their extension).
        #[arg(long, value_enum, default_value = "text")]
        input: InputArg,
    },
    /// Extract the claims of the sources into claims/, one reviewed JSON file per source.
    /// Editors' statuses, notes, pinned facts and manual claims are kept; claims no longer
    /// found are kept and marked stale.
    Extract {
        /// Source files or folders [default: `sources`, or `[paths] sources`].
        paths: Vec<PathBuf>,
        /// The claims folder [default: `claims`, or `[paths] claims`].
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
    },
    /// Re-extract and compare with the stored claims: exit 1 on any drift, 0 when identical.
    #[command(after_help = VERIFY_EXAMPLES)]
    Verify {
        /// The sources folder [default: `sources`, or `[paths] sources`].
        #[arg(long)]
        sources: Option<PathBuf>,
        /// The claims folder [default: `claims`, or `[paths] claims`].
        #[arg(long)]
        claims: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
        #[arg(long, value_enum, default_value = "text")]
        format: VerifyFormat,
    },
    /// Check the sources against each other: which facts they agree on, contradict, revise
    /// over time, or state alone.
    #[command(after_help = CHECK_EXAMPLES)]
    Check {
        /// Source files or folders, extracted on the fly [default: `sources`, or
        /// `[paths] sources`]. With `--claims`, only the claims of these sources are used
        /// (default: all the claims).
        paths: Vec<PathBuf>,
        /// Use the stored, reviewed claims in this folder instead of extracting (the
        /// sources are then those the claims record). Claims whose source changed since
        /// they were extracted are stale: exit 2 unless `--allow-stale`.
        #[arg(long, conflicts_with = "lang")]
        claims: Option<PathBuf>,
        /// With `--claims`: use stale claims with a warning instead of failing.
        #[arg(long, requires = "claims")]
        allow_stale: bool,
        /// The report's form [default: `table`, or `[check] format`].
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write the report to FILE instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Exit 1 when a fact with this verdict occurs (repeatable); with `--baseline`, only
        /// a conflict the baseline does not know counts.
        #[arg(long, value_enum)]
        fail_on: Vec<FailOn>,
        /// Known conflicts (a file `--write-baseline` wrote): `--fail-on conflict` fails only
        /// on new ones, and CI formats mark the known ones as warnings.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record today's conflicts in FILE (keyed by their claims' ids), as the baseline
        /// for later runs.
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
        /// The address the report is published at: each ClaimReview's `url` is
        /// `URL#fact-<id>` unless its review gives one.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Exit 0 whatever the report says (errors still exit 2): for report-only runs.
        #[arg(long, conflicts_with = "fail_on")]
        exit_zero: bool,
        /// Also show facts made only of incidental figures (dating years, durations).
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
        /// Instead of the report, show why the claim with this id was or was not grouped
        /// with the nearest claims of other sources.
        #[arg(long, value_name = "CLAIM_ID", conflicts_with_all = ["baseline", "write_baseline", "output", "fail_on"])]
        explain: Option<String>,
        /// How many candidates `--explain` lists.
        #[arg(long, default_value_t = 12, requires = "explain")]
        explain_limit: usize,
    },
    /// Print a shell completion script for SHELL on standard output.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on standard output: `claimcheck man > claimcheck.1`.
    Man,
    /// Print the settings in effect: which configuration file was read, and every alignment
    /// and wire-copy parameter with its value (the defaults when no file sets it).
    Config,
}

/// What standard input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    /// Plain text or Markdown, with optional front matter.
    Text,
    /// A web page.
    Html,
}

/// Verdicts `check --fail-on` can fail on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Conflict,
    Single,
    Updated,
}

impl FailOn {
    fn verdict(self) -> Verdict {
        match self {
            FailOn::Conflict => Verdict::Conflict,
            FailOn::Single => Verdict::Single,
            FailOn::Updated => Verdict::Updated,
        }
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set or TERM is `dumb`.
    Auto,
    Always,
    Never,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything done, nothing to fail on.
    Ok,
    /// The check found what it was asked to fail on (drift, a conflict).
    Failed,
    /// Some input could not be processed; what could be was.
    Error,
}

/// Runs a command, writing results to `out` and diagnostics to `err`.
///
/// # Errors
/// Failures that stop the whole run (a missing folder, an unwritable output).
pub fn run(cli: Cli, stdin: &mut dyn Read, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    let g = &cli.global;
    let (config, config_path) = g.load_config()?;
    let default_sources = config.paths.sources.clone().unwrap_or_else(|| PathBuf::from("sources"));
    let default_claims = config.paths.claims.clone().unwrap_or_else(|| PathBuf::from("claims"));
    match cli.command {
        Command::Scan { files, lang, format, date, input } => {
            scan(&files, (lang.lang(), date, input), format, stdin, out, err)
        }
        Command::Check {
            paths,
            claims,
            allow_stale,
            format,
            output,
            fail_on,
            baseline,
            write_baseline,
            exit_zero,
            base_url,
            all,
            lang,
            explain,
            explain_limit,
        } => {
            let claims = claims.or_else(|| config.check.claims.clone());
            // With claims, PATHS choose among them (none: all of them); without, they are
            // the sources to extract.
            let paths = if paths.is_empty() && claims.is_none() { vec![default_sources] } else { paths };
            let fail_on = if fail_on.is_empty() {
                config.check.fail_on.iter().flatten().map(|v| v.verdict()).collect()
            } else {
                fail_on.iter().map(|v| v.verdict()).collect()
            };
            let opts = CheckOptions {
                format: format.or(config.check.format).unwrap_or(Format::Table),
                output: output.clone(),
                fail_on,
                baseline: baseline.or_else(|| config.check.baseline.clone()),
                write_baseline,
                exit_zero,
                base_url: base_url.or_else(|| config.check.base_url.clone()),
                align: config.align_params(),
                voices: config.voice_params(),
                all,
                // Auto colours a terminal only; a file named by --output is none.
                color: g.color(output.is_none() && std::io::stdout().is_terminal()),
                verbose: g.verbose,
                quiet: g.quiet,
                explain,
                explain_limit,
                allow_stale,
            };
            check(&paths, claims.as_deref(), lang.lang(), &opts, out, err)
        }
        Command::Extract { paths, out: dir, lang } => {
            let paths = if paths.is_empty() { vec![default_sources] } else { paths };
            extract(&paths, &dir.unwrap_or(default_claims), lang.lang(), out, err)
        }
        Command::Config => {
            match &config_path {
                Some(p) => writeln!(out, "# settings from {}", p.display())?,
                None => writeln!(out, "# built-in defaults (no {} here)", config::FILE_NAME)?,
            }
            writeln!(
                out,
                "[paths]\nsources = {:?}\nclaims = {:?}\n",
                default_sources.display().to_string(),
                default_claims.display().to_string()
            )?;
            let c = &config.check;
            let format = c.format.unwrap_or(Format::Table).to_possible_value().map(|v| v.get_name().to_string());
            let fail_on: Vec<String> =
                c.fail_on.iter().flatten().map(|v| format!("{:?}", v.verdict().as_str())).collect();
            writeln!(out, "[check]\nformat = {:?}\nfail_on = [{}]", format.unwrap_or_default(), fail_on.join(", "))?;
            for (key, value) in [
                ("claims", c.claims.as_ref().map(|p| p.display().to_string())),
                ("baseline", c.baseline.as_ref().map(|p| p.display().to_string())),
                ("base_url", c.base_url.clone()),
            ] {
                match value {
                    Some(v) => writeln!(out, "{key} = {v:?}")?,
                    None => writeln!(out, "# {key}: not set")?,
                }
            }
            writeln!(out)?;
            out.write_all(config.show_params().as_bytes())?;
            Ok(Status::Ok)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "claimcheck", out);
            Ok(Status::Ok)
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            Ok(Status::Ok)
        }
        Command::Verify { sources, claims, lang, format } => {
            let color = g.color(std::io::stdout().is_terminal());
            let (sources, claims) = (sources.unwrap_or(default_sources), claims.unwrap_or(default_claims));
            verify(&sources, &claims, lang.lang(), format, (color, g.quiet), out, err)
        }
    }
}

fn extract(
    paths: &[PathBuf],
    dir: &Path,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let loaded = source::load_all(paths, lang);
    let mut status = report_loaded(&loaded, err)?;
    let sources = loaded.sources;
    let mut waited = Ok(());
    let _lock = store::lock(dir, || {
        waited = writeln!(
            err,
            "claimcheck: {}: another `claimcheck extract` is writing here; waiting for it",
            dir.display()
        );
    })?;
    waited?;
    let context = dossier_context(dir, &sources, lang);
    let all: Vec<Source> = sources.iter().cloned().chain(context).collect();
    let fresh = claim::extract_all(&all);
    for (source, claims) in sources.iter().zip(fresh) {
        let path = store::path_for(dir, &source.id);
        let existing = match store::load(&path) {
            Ok(f) => f,
            Err(e) => {
                writeln!(err, "claimcheck: {e} (left unchanged)")?;
                status = Status::Error;
                continue;
            }
        };
        for problem in existing.iter().flat_map(|f| f.problems(&path)) {
            writeln!(err, "claimcheck: {problem} (kept as written)")?;
            status = Status::Error;
        }
        let (file, r) = store::merge(existing.as_ref(), claims, source);
        let rendered = file.render();
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == rendered);
        if !unchanged {
            store::write_atomic(&path, &rendered)?;
        }
        writeln!(
            out,
            "{}: {} claims ({} new, {} stale, {} manual){}",
            path.display(),
            r.claims,
            r.new,
            r.stale,
            r.manual,
            if unchanged { ", unchanged" } else { "" }
        )?;
    }
    Ok(status)
}

/// Prints what could not be loaded and the notes; `Status::Error` when something failed.
fn report_loaded(loaded: &source::Loaded, err: &mut dyn Write) -> Result<Status> {
    for note in &loaded.notes {
        writeln!(err, "claimcheck: {note}")?;
    }
    for e in &loaded.failed {
        writeln!(err, "claimcheck: {e}")?;
    }
    Ok(if loaded.failed.is_empty() { Status::Ok } else { Status::Error })
}

/// The other sources of the dossier: those recorded in the claims folder `dir` but not
/// among `sources`, read from where their claims files say they are. Names are judged
/// across the dossier (a word the other articles never use after an article is a name), so
/// extracting one file with them gives the claims extracting the whole dossier gives.
fn dossier_context(dir: &Path, sources: &[Source], lang: Option<Lang>) -> Vec<Source> {
    let Ok((files, _)) = store::load_dir(dir) else { return Vec::new() };
    let known: std::collections::HashSet<PathBuf> =
        sources.iter().map(|s| std::fs::canonicalize(&s.path).unwrap_or_else(|_| s.path.clone())).collect();
    files
        .into_iter()
        .filter(|(_, f)| !sources.iter().any(|s| s.id == f.source.id))
        .filter_map(|(_, f)| {
            let path = PathBuf::from(&f.source.path);
            if known.contains(&std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone())) {
                return None;
            }
            let mut s = Source::load(&path, lang.or(Some(f.source.lang))).ok()?;
            s.id = f.source.id;
            Some(s)
        })
        .collect()
}

fn verify(
    sources_dir: &Path,
    claims_dir: &Path,
    lang: Option<Lang>,
    format: VerifyFormat,
    (color, quiet): (bool, bool),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let loaded = source::load_all(&[sources_dir.to_path_buf()], lang);
    let mut status = report_loaded(&loaded, err)?;
    let (sources, failed) = (loaded.sources, loaded.failed);
    let (stored, broken) = match store::load_dir(claims_dir) {
        Ok(s) => s,
        Err(e) => {
            writeln!(err, "claimcheck: {e}")?;
            return Ok(Status::Error);
        }
    };
    for e in &broken {
        writeln!(err, "claimcheck: {e}")?;
        status = Status::Error;
    }
    for (path, file) in &stored {
        for problem in file.problems(path) {
            writeln!(err, "claimcheck: {problem}")?;
            status = Status::Error;
        }
    }
    let context = dossier_context(claims_dir, &sources, lang);
    let all: Vec<Source> = sources.iter().cloned().chain(context).collect();
    let fresh = claim::extract_all(&all);
    let mut drift: Vec<store::Drift> = Vec::new();
    for (source, claims) in sources.iter().zip(&fresh) {
        match stored.iter().find(|(_, f)| f.source.id == source.id) {
            None => drift.push(store::Drift::Unrecorded { source: source.id.clone() }),
            Some((_, file)) => {
                if file.source.sha256 != source.hash {
                    drift.push(store::Drift::SourceChanged { source: source.id.clone() });
                }
                drift.extend(store::diff(file, claims));
            }
        }
    }
    for (_, f) in &stored {
        if !sources.iter().any(|s| s.id == f.source.id) && !failed.iter().any(|e| e.to_string().contains(&f.source.id))
        {
            drift.push(store::Drift::SourceGone { source: f.source.id.clone() });
        }
    }
    let text = match format {
        VerifyFormat::Text => report::verify::render(&drift, color),
        VerifyFormat::Github => report::github::render(&report::findings::drift(&drift, &sources, claims_dir)),
        VerifyFormat::Sarif => report::sarif::render(&report::findings::drift(&drift, &sources, claims_dir)),
    };
    out.write_all(text.as_bytes())?;
    // -q: standard error keeps the errors only.
    let mut sink = std::io::sink();
    let notes: &mut dyn Write = if quiet { &mut sink } else { err };
    // Names are judged across the dossier: claims extracted with other sources around them
    // differ in their names only. Say so, rather than leave a drift no edit explains.
    const NAME_FIELDS: &[&str] = &["entities", "nearby", "places"];
    let names_only = |d: &store::Drift| match d {
        store::Drift::Changed { fields, .. } => fields.iter().all(|(f, _, _)| NAME_FIELDS.contains(&f.as_str())),
        _ => false,
    };
    if drift.iter().any(names_only) {
        writeln!(
            notes,
            "claimcheck: note: some claims differ only in their names; names are judged across the dossier, \
             so claims extracted with a different set of sources differ there: `claimcheck extract` on the \
             whole dossier ({}) makes them agree",
            sources_dir.display()
        )?;
    }
    writeln!(
        notes,
        "claimcheck: verify: {} sources, {} stored claims files: {}",
        sources.len(),
        stored.len(),
        if drift.is_empty() { "up to date".to_string() } else { format!("{} difference(s)", drift.len()) }
    )?;
    Ok(if status == Status::Error {
        Status::Error
    } else if drift.is_empty() {
        Status::Ok
    } else {
        Status::Failed
    })
}

/// `scan`: `reading` is how to read the inputs (language, date, what standard input holds).
fn scan(
    files: &[PathBuf],
    reading: (Option<Lang>, Option<chrono::NaiveDate>, InputArg),
    format: ScanFormat,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let (lang, date, input) = reading;
    let inputs: Vec<PathBuf> = if files.is_empty() { vec![PathBuf::from("-")] } else { files.to_vec() };
    let mut status = Status::Ok;
    let mut loaded: Vec<(String, Source)> = Vec::new();
    for path in &inputs {
        let result = if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            stdin.read_to_end(&mut bytes).context("cannot read standard input")?;
            let name = Path::new("<stdin>");
            String::from_utf8(bytes)
                .map_err(|e| crate::Error::NotUtf8 { path: name.into(), offset: e.utf8_error().valid_up_to() })
                .and_then(|text| match input {
                    InputArg::Text => Source::from_text("-", name, text, lang),
                    InputArg::Html => Source::from_html("-", name, text, lang),
                })
        } else {
            Source::load(path, lang)
        };
        match result {
            Ok(mut s) => {
                if let Some(name) = &s.foreign {
                    writeln!(err, "claimcheck: {}", source::foreign_warning(&s, name))?;
                }
                if date.is_some() {
                    s.meta.date = date;
                }
                loaded.push((path.display().to_string(), s));
            }
            Err(e) => {
                writeln!(err, "claimcheck: {e}")?;
                status = Status::Error;
            }
        }
    }
    match format {
        ScanFormat::Jsonl => {
            // A piece at a time: a long source's rows are written as they are found.
            for (name, s) in &loaded {
                let lines = s.lines();
                for mut qs in s.quantity_chunks() {
                    for q in &mut qs {
                        (q.start, q.end) = s.to_file(q.start, q.end);
                    }
                    out.write_all(report::scan::json_rows(name, s, &lines, &qs).as_bytes())?;
                }
            }
        }
        ScanFormat::Table if loaded.is_empty() => {}
        ScanFormat::Table => {
            let rows: Vec<(&str, &Source, Vec<_>)> =
                loaded.iter().map(|(n, s)| (n.as_str(), s, s.file_quantities())).collect();
            out.write_all(report::scan::table(&rows, terminal_width()).as_bytes())?;
        }
    }
    Ok(status)
}

struct CheckOptions {
    format: Format,
    output: Option<PathBuf>,
    /// Verdicts to exit 1 on.
    fail_on: Vec<Verdict>,
    baseline: Option<PathBuf>,
    write_baseline: Option<PathBuf>,
    exit_zero: bool,
    base_url: Option<String>,
    align: align::Params,
    voices: voices::VoiceParams,
    all: bool,
    /// Colour the table (decided by `--color` and the environment).
    color: bool,
    /// `-v`: say what was read and found.
    verbose: bool,
    /// `-q`: no summary or notes on standard error, errors only.
    quiet: bool,
    /// `--explain CLAIM_ID`: explain one claim's grouping instead of reporting.
    explain: Option<String>,
    explain_limit: usize,
    /// `--allow-stale`: stale stored claims are a warning, not an error.
    allow_stale: bool,
}

fn check(
    paths: &[PathBuf],
    claims_dir: Option<&Path>,
    lang: Option<Lang>,
    opts: &CheckOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let mut status = Status::Ok;
    // Read first: a broken baseline should stop the run before the work.
    let baseline = match &opts.baseline {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|source| match source.kind() {
                std::io::ErrorKind::NotFound => crate::Error::Missing { path: path.clone() },
                _ => crate::Error::Io { path: path.clone(), source },
            })?;
            Some(Baseline::parse(&text, path)?)
        }
        None => None,
    };
    // The sources' texts, kept to find which copy one another (see `voices`).
    let (records, claims, sources): (Vec<store::SourceRecord>, Vec<claim::Claim>, Vec<Source>) = match claims_dir {
        Some(dir) => {
            let (files, failed) = stored_claims(dir, paths, opts.allow_stale, err, &mut status)?;
            if files.is_empty() && failed == 0 && paths.is_empty() {
                return Err(crate::Error::NoClaims { path: dir.to_path_buf() }.into());
            }
            let claims = files.iter().flat_map(|(f, _)| f.claims.iter().cloned()).collect();
            let sources = files.iter().filter_map(|(_, s)| s.clone()).collect();
            (files.into_iter().map(|(f, _)| f.source).collect(), claims, sources)
        }
        None => {
            let loaded = source::load_all(paths, lang);
            status = report_loaded(&loaded, err)?;
            if loaded.sources.is_empty() {
                return Ok(Status::Error);
            }
            let sources = loaded.sources;
            let claims = claim::extract_all(&sources).into_iter().flatten().collect();
            (sources.iter().map(store::SourceRecord::of).collect(), claims, sources)
        }
    };
    let dates = records.iter().map(|r| (r.id.clone(), r.date)).collect();
    if let Some(id) = &opts.explain {
        let lines = align::explain_with(&claims, &dates, id, opts.explain_limit, &opts.align).ok_or_else(|| {
            crate::Error::Invalid(format!(
                "no claim has the id {id}; `claimcheck extract` or `check --format json` shows the ids"
            ))
        })?;
        for line in lines {
            writeln!(out, "{line}")?;
        }
        return Ok(status);
    }
    // Which sources copy one another is independent of alignment: both at once.
    let (voices, groups) = rayon::join(
        || voices::voices(&sources.iter().map(|s| (s.id.as_str(), s.body())).collect::<Vec<_>>(), &opts.voices),
        || align::align_with(&claims, &dates, &opts.align),
    );
    let facts = verdict::judge_all_with(groups, &dates, &voices, &opts.align.tolerances);
    let rep = report::Report { sources: &records, facts: &facts, texts: &sources, baseline: baseline.as_ref() };
    // -q: standard error keeps the errors only (reported above, and by the caller).
    let mut sink = std::io::sink();
    let notes: &mut dyn Write = if opts.quiet { &mut sink } else { err };
    if opts.verbose {
        writeln!(
            notes,
            "claimcheck: read {} sources ({} texts), {} claims; {} facts",
            records.len(),
            sources.len(),
            claims.len(),
            facts.len()
        )?;
    }
    let text = match opts.format {
        Format::Table => report::table::render(&rep, terminal_width(), opts.color, opts.all),
        Format::Markdown => report::markdown::render(&rep, opts.all),
        Format::Json => report::json::render(&rep),
        Format::Jsonl => report::jsonl::render(&rep),
        Format::Csv => report::csv::render(&rep),
        Format::Html => report::html::render(&rep, opts.all),
        Format::Github => report::github::render(&report::findings::conflicts(&rep)),
        Format::Sarif => report::sarif::render(&report::findings::conflicts(&rep)),
        Format::Claimreview => {
            let export = report::claimreview::render(&rep, opts.base_url.as_deref())?;
            if export.unrated > 0 {
                writeln!(
                    notes,
                    "claimcheck: {} of {} facts not rated, not exported (a `review` on one of its claims in claims/ rates a fact; check reads them with --claims)",
                    export.unrated,
                    facts.len()
                )?;
            }
            if export.without_url > 0 {
                writeln!(
                    notes,
                    "claimcheck: {} rated facts have no url: give --base-url or a review `url`",
                    export.without_url
                )?;
            }
            export.json
        }
    };
    match &opts.output {
        Some(path) => store::write_atomic(path, &text)?,
        None => out.write_all(text.as_bytes())?,
    }
    if let Some(path) = &opts.write_baseline {
        store::write_atomic(path, &Baseline::of(&facts).render())?;
    }
    let failing = facts.iter().any(|f| {
        opts.fail_on.iter().any(|v| match v {
            Verdict::Conflict => rep.is_new_conflict(f),
            v => f.verdict == *v,
        })
    });
    let mut summary = format!("claimcheck: check: {}", rep.counts_line());
    if let Some(path) = &opts.baseline {
        let new = facts.iter().filter(|f| rep.is_new_conflict(f)).count();
        summary.push_str(&format!("; {new} new against {}", path.display()));
    }
    if failing {
        summary.push_str(" — failing (--fail-on)");
    }
    writeln!(notes, "{summary}")?;
    // Freeing a large dossier's texts, claims and facts takes a while (half a second at
    // 8,000 articles): it is left to another thread, so the answer and the exit do not wait.
    std::thread::spawn(move || drop((records, claims, sources, facts, text)));
    Ok(if status == Status::Error {
        Status::Error
    } else if opts.exit_zero {
        Status::Ok
    } else if failing {
        Status::Failed
    } else {
        Status::Ok
    })
}

/// A stored claims file to check, with its source as now on disk (when it can be read).
type Checked = (store::ClaimsFile, Option<Source>);

/// The stored claims files in `dir` to check, each with its source as now on disk (when it
/// can be read), and the number of files that could not be read. `paths`, when given, choose
/// the sources; one that does not exist or has no claims file is an error. Problems are
/// written to `err` and set `status`: claims that fail validation are skipped, and claims
/// whose source changed since extraction are stale (an error unless `allow_stale`).
fn stored_claims(
    dir: &Path,
    paths: &[PathBuf],
    allow_stale: bool,
    err: &mut dyn Write,
    status: &mut Status,
) -> Result<(Vec<Checked>, usize)> {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (files, failed) = store::load_dir(dir)?;
    for e in &failed {
        writeln!(err, "claimcheck: {e}")?;
        *status = Status::Error;
    }
    let mut wanted: Vec<(PathBuf, PathBuf, bool)> = Vec::new();
    for p in paths {
        if p.exists() {
            wanted.push((p.clone(), canonical(p), false));
        } else {
            writeln!(err, "claimcheck: {}", crate::Error::Missing { path: p.clone() })?;
            *status = Status::Error;
        }
    }
    let mut out = Vec::new();
    for (path, mut file) in files {
        let source_path = PathBuf::from(&file.source.path);
        if !paths.is_empty() {
            let at = canonical(&source_path);
            let mut chosen = false;
            for (_, want, used) in &mut wanted {
                if at == *want || (want.is_dir() && at.starts_with(&*want)) {
                    *used = true;
                    chosen = true;
                }
            }
            if !chosen {
                continue;
            }
        }
        let (word, level) = if allow_stale { ("warning", Status::Ok) } else { ("error", Status::Error) };
        let source = match std::fs::read(&source_path) {
            Ok(bytes) => {
                let hash: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
                if hash != file.source.sha256 {
                    writeln!(
                        err,
                        "claimcheck: {word}: {}: stale: {} changed since its claims were extracted; \
                         run `claimcheck extract` and review the claims{}",
                        path.display(),
                        source_path.display(),
                        if allow_stale { "" } else { ", or pass --allow-stale" }
                    )?;
                    if level == Status::Error {
                        *status = Status::Error;
                    }
                }
                String::from_utf8(bytes).ok().and_then(|text| {
                    file.check_spans(&text);
                    Source::from_file_text(&file.source.id, &source_path, text, Some(file.source.lang)).ok()
                })
            }
            Err(e) => {
                writeln!(
                    err,
                    "claimcheck: {word}: {}: cannot read its source {}: {e}; its claims cannot be checked against it{}",
                    path.display(),
                    source_path.display(),
                    if allow_stale { "" } else { " (--allow-stale uses them anyway)" }
                )?;
                if level == Status::Error {
                    *status = Status::Error;
                }
                None
            }
        };
        for problem in file.problems(&path) {
            writeln!(err, "claimcheck: {problem}")?;
            *status = Status::Error;
        }
        out.push((file, source));
    }
    for (given, _, used) in &wanted {
        if !used {
            writeln!(
                err,
                "claimcheck: {}: no claims file in {} records this source; `claimcheck extract` writes it",
                given.display(),
                dir.display()
            )?;
            *status = Status::Error;
        }
    }
    Ok((out, failed.len()))
}

/// The width to render tables at: `COLUMNS` if set, else the terminal's, else unbounded.
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).or_else(|| comfy_table::Table::new().width())
}
