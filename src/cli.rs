//! The command line: arguments (clap derive; the doc comments are the help text) and
//! [`run`], which does the work and writes to the streams it is given.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use sha2::Digest;

use std::io::IsTerminal;

use crate::lang::Lang;
use crate::report::{self, Format, ScanFormat};
use crate::source::{self, Source};
use crate::verdict::Verdict;
use crate::{align, claim, store, verdict, voices};

/// Cross-check the figures of several news articles on the same story.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Language choice for the recognizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    De,
    En,
    /// From the source's metadata, else detected from its words.
    Auto,
}

impl LangArg {
    fn lang(self) -> Option<Lang> {
        match self {
            LangArg::De => Some(Lang::De),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every quantity (money, counts, percentages, ratios, measures, dates) in FILEs,
    /// or in standard input when none is given or for `-`.
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
        /// Source files or folders.
        #[arg(default_value = "sources")]
        paths: Vec<PathBuf>,
        /// The claims folder.
        #[arg(long, default_value = "claims")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
    },
    /// Re-extract and compare with the stored claims: exit 1 on any drift, 0 when identical.
    Verify {
        #[arg(long, default_value = "sources")]
        sources: PathBuf,
        #[arg(long, default_value = "claims")]
        claims: PathBuf,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
    },
    /// Check the sources against each other: which facts they agree on, contradict, revise
    /// over time, or state alone.
    Check {
        /// Source files or folders, extracted on the fly (default: `sources`). With
        /// `--claims`, only the claims of these sources are used.
        paths: Vec<PathBuf>,
        /// Use the stored, reviewed claims in this folder instead of extracting. Claims whose
        /// source changed since they were extracted are stale: exit 2 unless `--allow-stale`.
        #[arg(long)]
        claims: Option<PathBuf>,
        /// With `--claims`: use stale claims with a warning instead of failing.
        #[arg(long, requires = "claims")]
        allow_stale: bool,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// Write the report to FILE instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Exit 1 when a fact with this verdict occurs (repeatable).
        #[arg(long, value_enum)]
        fail_on: Vec<FailOn>,
        /// Also show facts made only of incidental figures (dating years, durations).
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "auto")]
        color: ColorChoice,
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
        /// Instead of the report, show why the claim with this id was or was not grouped
        /// with the nearest claims of other sources.
        #[arg(long, value_name = "CLAIM_ID")]
        explain: Option<String>,
        /// How many candidates `--explain` lists.
        #[arg(long, default_value_t = 12, requires = "explain")]
        explain_limit: usize,
    },
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

/// When to colour the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
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
            all,
            color,
            lang,
            explain,
            explain_limit,
        } => {
            let opts = CheckOptions { format, output, fail_on, all, color, explain, explain_limit, allow_stale };
            check(&paths, claims.as_deref(), lang.lang(), &opts, out, err)
        }
        Command::Extract { paths, out: dir, lang } => extract(&paths, &dir, lang.lang(), out, err),
        Command::Verify { sources, claims, lang } => verify(&sources, &claims, lang.lang(), out, err),
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
    out.write_all(report::verify::render(&drift).as_bytes())?;
    // Names are judged across the dossier: claims extracted with other sources around them
    // differ in their names only. Say so, rather than leave a drift no edit explains.
    const NAME_FIELDS: &[&str] = &["entities", "nearby", "places"];
    let names_only = |d: &store::Drift| match d {
        store::Drift::Changed { fields, .. } => fields.iter().all(|(f, _, _)| NAME_FIELDS.contains(&f.as_str())),
        _ => false,
    };
    if drift.iter().any(names_only) {
        writeln!(
            err,
            "claimcheck: note: some claims differ only in their names; names are judged across the dossier, \
             so claims extracted with a different set of sources differ there: `claimcheck extract` on the \
             whole dossier ({}) makes them agree",
            sources_dir.display()
        )?;
    }
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
        ScanFormat::Json => {
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
    fail_on: Vec<FailOn>,
    all: bool,
    color: ColorChoice,
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
            let default = [PathBuf::from("sources")];
            let loaded = source::load_all(if paths.is_empty() { &default } else { paths }, lang);
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
        let lines = align::explain(&claims, &dates, id, opts.explain_limit).ok_or_else(|| {
            crate::Error::Invalid(format!(
                "no claim has the id {id}; `claimcheck extract` or `check --format json` shows the ids"
            ))
        })?;
        for line in lines {
            writeln!(out, "{line}")?;
        }
        return Ok(status);
    }
    let voices = voices::voices(
        &sources.iter().map(|s| (s.id.as_str(), s.body())).collect::<Vec<_>>(),
        &voices::VoiceParams::default(),
    );
    let facts = verdict::judge_all_with(align::align(&claims, &dates), &dates, &voices);
    let rep = report::Report { sources: &records, facts: &facts };
    let color = match opts.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            opts.output.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let text = match opts.format {
        Format::Table => report::table::render(&rep, terminal_width(), color, opts.all),
        Format::Markdown => report::markdown::render(&rep, opts.all),
        Format::Json => report::json::render(&rep),
    };
    match &opts.output {
        Some(path) => store::write_atomic(path, &text)?,
        None => out.write_all(text.as_bytes())?,
    }
    let failing = facts.iter().any(|f| {
        opts.fail_on.iter().any(|v| {
            matches!(
                (v, f.verdict),
                (FailOn::Conflict, Verdict::Conflict)
                    | (FailOn::Single, Verdict::Single)
                    | (FailOn::Updated, Verdict::Updated)
            )
        })
    });
    Ok(if status == Status::Error {
        Status::Error
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
