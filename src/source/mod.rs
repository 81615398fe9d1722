//! Reading sources: files as stored, their metadata, language and date.
//!
//! A source is a `.txt`, `.md`, `.html` or `.htm` file; its id is the file stem. The text is
//! kept exactly as stored, so every offset in claimcheck is a byte offset into the file on
//! disk — a BOM or CRLF line ends change nothing. A web page is read by [`html`]: the
//! pipeline works on the article's text, and every span is mapped back to the page's bytes
//! ([`Source::to_file`]). Metadata come from a front-matter block
//! (`---` … `---`, simple `key: value` lines; `title`, `date`, `url`, `lang`, `outlet`, and any
//! other key kept as written) or, failing a `date` there, from a date on the first line of the
//! text (` date 2025-12-11 …`, `29. Juli, 2025`). Front matter is never scanned for figures.

use std::cell::LazyCell;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub mod html;

use crate::error::{Error, Result};
use crate::lang::{detect, detection, every_language, Detection, Lang};
use crate::quantity::{scan, Kind, Quantity};

/// What is known about a source besides its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub lang: Option<Lang>,
    pub outlet: Option<String>,
    /// Every other front-matter key, as written.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// One article.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file stem: `002_061e4d65b85090b2`.
    pub id: String,
    pub path: PathBuf,
    /// The text exactly as stored.
    pub text: String,
    /// Where the body starts (after the front matter, if any).
    pub body_start: usize,
    pub meta: Metadata,
    /// The language: from the metadata, else detected.
    pub lang: Lang,
    /// SHA-256 of the bytes on disk, hex.
    pub hash: String,
    /// For a web page: the page as stored, and where each byte of `text` comes from.
    pub page: Option<Box<Page>>,
    /// A language claimcheck has no rules for that the source is written in (`French
    /// (fr)`), when `--lang` made it read anyway: a warning to show.
    pub foreign: Option<String>,
}

/// A web page as stored, and the map from the article's text to its bytes.
#[derive(Debug, Clone)]
pub struct Page {
    pub raw: String,
    pub map: html::TextMap,
}

/// Whether `path` names a web page (`.html`, `.htm`).
pub fn is_html(path: &Path) -> bool {
    path.extension().is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"))
}

impl Source {
    /// Builds a source from text already read. `lang` overrides metadata and detection.
    ///
    /// # Errors
    /// [`Error::Empty`] when the text holds nothing but whitespace.
    pub fn from_text(id: &str, path: &Path, text: String, lang: Option<Lang>) -> Result<Source> {
        if text.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}').is_empty() {
            return Err(Error::Empty { path: path.to_path_buf() });
        }
        let hash = Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        let (mut meta, body_start) = front_matter(&text).ok_or_else(|| Error::Malformed {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: "the front matter opened by `---` is never closed: end it with a `---` line, or remove the first line if it is no front matter".into(),
        })?;
        // Read only when neither `--lang` nor the metadata say the language, once for both.
        let evidence = LazyCell::new(|| detection(&text[body_start..]));
        let foreign = guard(path, &meta, &text[body_start..], &evidence, lang)?;
        let lang = lang.or(meta.lang).unwrap_or_else(|| evidence.lang);
        if meta.date.is_none() {
            meta.date = dateline(&text[body_start..], lang);
        }
        Ok(Source {
            id: id.to_string(),
            path: path.to_path_buf(),
            text,
            body_start,
            meta,
            lang,
            hash,
            page: None,
            foreign,
        })
    }

    /// Builds a source from a web page already read: its article text, with spans mapped
    /// back to `raw`. `lang` overrides the page's `<html lang>` and detection.
    ///
    /// # Errors
    /// [`Error::Empty`] when the page holds no article text.
    pub fn from_html(id: &str, path: &Path, raw: String, lang: Option<Lang>) -> Result<Source> {
        let page = html::read(&raw);
        if page.text.trim().is_empty() {
            return Err(Error::Empty { path: path.to_path_buf() });
        }
        let mut meta = Metadata::default();
        for (key, value) in &page.meta {
            match *key {
                "title" => meta.title = Some(value.clone()),
                "date" => match parse_date(value) {
                    Some(d) => meta.date = Some(d),
                    None => {
                        meta.extra.insert("date".into(), value.clone());
                    }
                },
                "url" => meta.url = Some(value.clone()),
                "outlet" => meta.outlet = Some(value.clone()),
                "lang" => match value.parse() {
                    Ok(l) => meta.lang = Some(l),
                    // `de-DE-1996`, `fr`: the primary subtag decides.
                    Err(_) => match value.split(['-', '_']).next().unwrap_or_default().parse() {
                        Ok(l) => meta.lang = Some(l),
                        Err(_) => {
                            meta.extra.insert("lang".into(), value.clone());
                        }
                    },
                },
                _ => {}
            }
        }
        // Read only when neither `--lang` nor the metadata say the language, once for both.
        let evidence = LazyCell::new(|| detection(&page.text));
        let foreign = guard(path, &meta, &page.text, &evidence, lang)?;
        let lang = lang.or(meta.lang).unwrap_or_else(|| evidence.lang);
        if meta.date.is_none() {
            meta.date = dateline(&page.text, lang);
        }
        let hash = Sha256::digest(raw.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        Ok(Source {
            id: id.to_string(),
            path: path.to_path_buf(),
            text: page.text,
            body_start: 0,
            meta,
            lang,
            hash,
            page: Some(Box::new(Page { raw, map: page.map })),
            foreign,
        })
    }

    /// Builds a source from a file's text: a web page for `.html` and `.htm`, else text.
    ///
    /// # Errors
    /// As [`Source::from_text`] and [`Source::from_html`].
    pub fn from_file_text(id: &str, path: &Path, text: String, lang: Option<Lang>) -> Result<Source> {
        if is_html(path) {
            Source::from_html(id, path, text, lang)
        } else {
            Source::from_text(id, path, text, lang)
        }
    }

    /// The file as stored: `text`, or the page `text` was read from.
    pub fn stored(&self) -> &str {
        self.page.as_ref().map_or(&self.text, |p| &p.raw)
    }

    /// Where the span `start..end` of `text` lies in the file as stored.
    pub fn to_file(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.page {
            Some(p) => p.map.to_page(start, end),
            None => (start, end),
        }
    }

    /// Every quantity of the body with its span in the file as stored (the text as read
    /// stays in `text`: `14,3&nbsp;Milliarden` is read `14,3 Milliarden`).
    pub fn file_quantities(&self) -> Vec<Quantity> {
        let mut qs = self.quantities();
        for q in &mut qs {
            (q.start, q.end) = self.to_file(q.start, q.end);
        }
        qs
    }

    /// Reads a source file.
    ///
    /// # Errors
    /// The file is missing or unreadable, not UTF-8, or empty.
    pub fn load(path: &Path, lang: Option<Lang>) -> Result<Source> {
        let bytes = fs::read(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => Error::Missing { path: path.to_path_buf() },
            _ => Error::Io { path: path.to_path_buf(), source },
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|e| Error::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })?;
        let id = path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned());
        Source::from_file_text(&id, path, text, lang)
    }

    /// The body: the text after the front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// Every quantity of the body, with offsets into the whole file.
    pub fn quantities(&self) -> Vec<Quantity> {
        self.quantity_chunks().flatten().collect()
    }

    /// The quantities of the body a piece at a time, in order, with offsets into the whole
    /// file: a text of many megabytes is scanned in pieces of about [`CHUNK`] bytes cut at
    /// a paragraph break (else a line break, else a space), so memory stays bounded and the
    /// caller can stream the output. A figure is never cut: a piece's last figures are
    /// taken from a scan that reaches past its end.
    pub fn quantity_chunks(&self) -> impl Iterator<Item = Vec<Quantity>> + '_ {
        let body = self.body();
        let mut at = 0;
        std::iter::from_fn(move || {
            if at >= body.len() && !(at == 0 && body.is_empty()) {
                return None;
            }
            let cut = chunk_end(body, at);
            // Scan a little past the cut, so a figure that starts before it is whole.
            let reach = if cut == body.len() { cut } else { boundary(body, (cut + OVERLAP).min(body.len())) };
            let mut qs = scan(&body[at..reach], self.lang, self.meta.date);
            qs.retain(|q| at + q.start < cut);
            let next = qs.last().map_or(cut, |q| (at + q.end).max(cut));
            for q in &mut qs {
                q.start += at + self.body_start;
                q.end += at + self.body_start;
            }
            at = if next == at { body.len().max(at + 1) } else { next };
            Some(qs)
        })
    }

    /// A line index of the file as stored, for `line:column` display.
    pub fn lines(&self) -> LineIndex {
        LineIndex::new(self.stored())
    }
}

/// The size of the pieces a long text is scanned in, in bytes. A piece's tokens take some
/// ten times its bytes (56 bytes a token), so the piece, not the text, sets the scan's
/// memory beyond the text itself: at 256 KB an 11.6 MB one-line file peaks at 2.1 bytes per
/// input byte (2.9 at 1 MB), and scans no slower.
pub const CHUNK: usize = 1 << 18;
/// How far past a piece's end its scan reaches.
const OVERLAP: usize = 4096;

/// The first character boundary at or after `i`.
fn boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Where the piece of `body` starting at `from` ends: the end of the text when it is near,
/// else the first paragraph break past [`CHUNK`] bytes (else line break, else space).
fn chunk_end(body: &str, from: usize) -> usize {
    if body.len() - from <= CHUNK + CHUNK / 2 {
        return body.len();
    }
    let start = boundary(body, from + CHUNK);
    let window = &body[start..boundary(body, (start + CHUNK / 2).min(body.len()))];
    let after = |i: usize| boundary(body, start + i);
    window
        .find("\n\n")
        .map(|i| after(i + 2))
        .or_else(|| window.find('\n').map(|i| after(i + 1)))
        .or_else(|| window.find(' ').map(|i| after(i + 1)))
        .unwrap_or(start)
}

/// Function words of one of our languages this dense in this many words settle the language
/// without `whatlang`, which costs more than reading the figures: German news is 23 % or more
/// of its function words (10kGNAD: 31 % at the first percentile), English news likewise, while
/// French, Dutch, Spanish, Italian, Danish and Swedish news paragraphs score under 8 % on both
/// lists. Text below either bar goes to `whatlang` as before.
const SURE_SHARE: f64 = 0.2;
const SURE_WORDS: usize = 40;

/// The language guard: a source written in a language claimcheck has no rules for is
/// refused (a French `1.300` is not German), unless `forced` by `--lang`, when the name of
/// the language comes back for a warning. A language the metadata declare (front matter,
/// `<html lang>`) wins over detection; detection (`whatlang`, on the first 20 KB) speaks
/// only when it is sure.
///
/// # Errors
/// [`Error::Unsupported`] naming the file and the language.
fn guard(
    path: &Path,
    meta: &Metadata,
    body: &str,
    evidence: &LazyCell<Detection, impl FnOnce() -> Detection>,
    forced: Option<Lang>,
) -> Result<Option<String>> {
    let declared = LANG_KEYS.iter().copied().chain(every_language(|c| c.lang_keys)).find_map(|k| meta.extra.get(k));
    let foreign = match (meta.lang, declared) {
        (Some(_), _) => None,
        (None, Some(code)) => Some(language_name(code)),
        (None, None) if evidence.words >= SURE_WORDS && evidence.share >= SURE_SHARE => None,
        (None, None) => {
            let cut = (0..=body.len().min(20_000)).rev().find(|&i| body.is_char_boundary(i)).unwrap_or(0);
            whatlang::detect(&body[..cut])
                // A language we read is named by its ISO 639-3 code among its names.
                .filter(|info| info.is_reliable() && info.lang().code().parse::<Lang>().is_err())
                .map(|info| format!("{} ({})", info.lang().eng_name(), short_code(info.lang().code())))
        }
    };
    match (foreign, forced) {
        (Some(name), None) => Err(Error::Unsupported { path: path.to_path_buf(), name }),
        (foreign, _) => Ok(foreign),
    }
}

/// ISO 639-1 for the languages news comes in most, else the ISO 639-3 code as given.
fn short_code(code3: &str) -> &str {
    const CODES: &[(&str, &str)] = &[
        ("fra", "fr"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("nld", "nl"),
        ("pol", "pl"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("fin", "fi"),
        ("tur", "tr"),
        ("rus", "ru"),
        ("ces", "cs"),
        ("ron", "ro"),
        ("hun", "hu"),
        ("ukr", "uk"),
    ];
    CODES.iter().find(|(long, _)| *long == code3).map_or(code3, |(_, short)| short)
}

/// `French (fr)` for a declared language code such as `fr` or `fr-FR`.
fn language_name(code: &str) -> String {
    let primary = code.split(['-', '_']).next().unwrap_or(code).to_ascii_lowercase();
    let name = whatlang::Lang::all()
        .iter()
        .find(|l| short_code(l.code()) == primary || l.code() == primary)
        .map_or_else(|| code.to_string(), |l| l.eng_name().to_string());
    format!("{name} ({code})")
}

/// The front matter's own keys for the date and the language; each language may add its
/// words ([`crate::lang::Cues::date_keys`], [`crate::lang::Cues::lang_keys`]).
const DATE_KEYS: &[&str] = &["date", "published"];
const LANG_KEYS: &[&str] = &["lang", "language"];

/// Parses a front-matter block at the start of `text`: the metadata and where the body
/// starts; `None` when a block is opened and never closed.
fn front_matter(text: &str) -> Option<(Metadata, usize)> {
    let mut meta = Metadata::default();
    let offset = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let rest = &text[offset..];
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_line_end].trim_end() != "---" {
        return Some((meta, 0));
    }
    let mut pos = offset + first_line_end;
    let mut lines = Vec::new();
    loop {
        if pos >= text.len() {
            // No closing line: the metadata would be lost, or read as text.
            return None;
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end_matches(['\r', '\n']);
        pos = end;
        if line.trim_end() == "---" || line.trim_end() == "..." {
            break;
        }
        lines.push(line);
    }
    for line in lines {
        let Some((key, value)) = line.split_once(':') else { continue };
        let key = key.trim().to_lowercase();
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
        if key.is_empty() || key.starts_with('#') {
            continue;
        }
        match key.as_str() {
            "title" => meta.title = Some(value),
            k if DATE_KEYS.contains(&k) || every_language(|c| c.date_keys).any(|x| x == k) => {
                match parse_date(&value) {
                    Some(d) => meta.date = Some(d),
                    None => {
                        meta.extra.insert(key, value);
                    }
                }
            }
            "url" | "link" | "source" => meta.url = Some(value),
            k if LANG_KEYS.contains(&k) || every_language(|c| c.lang_keys).any(|x| x == k) => match value.parse() {
                Ok(l) => meta.lang = Some(l),
                Err(_) => {
                    meta.extra.insert(key, value);
                }
            },
            "outlet" | "publisher" | "medium" => meta.outlet = Some(value),
            _ => {
                meta.extra.insert(key, value);
            }
        }
    }
    Some((meta, pos))
}

/// A date in metadata: ISO (`2025-12-11`, with or without a time) or as prose.
fn parse_date(value: &str) -> Option<NaiveDate> {
    if let Some(d) = value.get(..10).and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()) {
        return Some(d);
    }
    scan(value, detect(value), None).into_iter().find_map(|q| full_date(&q))
}

fn full_date(q: &Quantity) -> Option<NaiveDate> {
    let v = q.value.as_date()?;
    (q.kind == Kind::Date && v.len() == 10).then(|| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())?
}

/// A dateline: a full date opening the first non-empty line, alone or after a label.
fn dateline(body: &str, lang: Lang) -> Option<NaiveDate> {
    let line_start = body.len() - body.trim_start().len();
    let line = body[line_start..].lines().next()?;
    let cut = (0..=line.len().min(80)).rev().find(|&i| line.is_char_boundary(i))?;
    let head = &line[..cut];
    scan(head, lang, None).into_iter().find_map(|q| {
        let prefix: Vec<String> = head[..q.start]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let labelled =
            prefix.is_empty() || (prefix.len() == 1 && every_language(|c| c.dateline_labels).any(|l| l == prefix[0]));
        if labelled {
            full_date(&q)
        } else {
            None
        }
    })
}

/// Finds the sources under `paths`: files as given, folders searched (not recursively) for
/// `.txt`, `.md`, `.html` and `.htm` files, sorted by name so every run reads them in the same order. A file
/// reached twice (a folder given twice, or a file and its folder) is read once, with a note.
///
/// Returns the files, the paths that failed (missing, or a folder with no sources) and notes.
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>, Vec<String>) {
    let (mut out, mut failed, mut notes) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        let files = if path.is_dir() {
            match list_dir(path, SOURCE_EXTENSIONS) {
                Ok(files) if files.is_empty() => Err(Error::NoSources { path: path.clone() }),
                other => other,
            }
        } else if path.exists() {
            Ok(vec![path.clone()])
        } else {
            Err(Error::Missing { path: path.clone() })
        };
        match files {
            Ok(files) => {
                let mut repeated = 0;
                for f in files {
                    if seen.insert(fs::canonicalize(&f).unwrap_or_else(|_| f.clone())) {
                        out.push(f);
                    } else {
                        repeated += 1;
                    }
                }
                if repeated > 0 {
                    notes.push(format!("note: {}: {repeated} source(s) already given, counted once", path.display()));
                }
            }
            Err(e) => failed.push(e),
        }
    }
    (out, failed, notes)
}

/// The file extensions read as sources.
pub const SOURCE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// One id per file, unique among `files`: the file stem (`002_061e4d65b85090b2`), or, for
/// stems shared by several files, the file name (`a.txt`, `a.md`), then the parent folder
/// and the file name (`x-a.txt`): ids name claims files, so the common case stays as it was.
pub fn unique_ids(files: &[PathBuf]) -> Vec<String> {
    use std::collections::HashMap;
    let stem = |p: &Path| p.file_stem().map_or_else(|| p.display().to_string(), |s| s.to_string_lossy().into_owned());
    let name = |p: &Path| p.file_name().map_or_else(|| p.display().to_string(), |s| s.to_string_lossy().into_owned());
    let parent_name = |p: &Path| {
        let parent = p.parent().and_then(Path::file_name).map(|s| s.to_string_lossy().into_owned());
        parent.map_or_else(|| name(p), |d| format!("{d}-{}", name(p)))
    };
    let whole = |p: &Path| p.to_string_lossy().replace(['/', '\\', ':'], "-");
    let counts = |ids: &[String]| {
        let mut n: HashMap<String, usize> = HashMap::new();
        for id in ids {
            *n.entry(id.clone()).or_default() += 1;
        }
        n
    };
    let mut ids: Vec<String> = files.iter().map(|p| stem(p)).collect();
    for next in [&name as &dyn Fn(&Path) -> String, &parent_name, &whole] {
        let n = counts(&ids);
        for (id, p) in ids.iter_mut().zip(files) {
            if n[id.as_str()] > 1 {
                *id = next(p);
            }
        }
    }
    ids
}

/// The files in `dir` (not recursively) with one of `extensions`, sorted by name so every
/// run reads them in the same order.
///
/// # Errors
/// The folder cannot be read.
pub(crate) fn list_dir(dir: &Path, extensions: &[&str]) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| extensions.iter().any(|e| x == *e)))
        .collect();
    files.sort();
    Ok(files)
}

/// The sources under `paths`, with what could not be read and notes for the reader.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Vec<Source>,
    /// Paths and sources that could not be read; the others were.
    pub failed: Vec<Error>,
    /// Things worth saying that are not failures (a folder given twice).
    pub notes: Vec<String>,
}

/// Loads every source under `paths`. A path or source that cannot be read is returned as an
/// error beside the others, so one bad file does not stop the rest.
pub fn load_all(paths: &[PathBuf], lang: Option<Lang>) -> Loaded {
    use rayon::prelude::*;
    let (files, mut failed, notes) = discover(paths);
    let ids = unique_ids(&files);
    // Read on every core, kept in the order of discovery.
    let loaded: Vec<Result<Source>> = files
        .par_iter()
        .zip(ids)
        .map(|(f, id)| {
            Source::load(f, lang).map(|mut s| {
                s.id = id;
                s
            })
        })
        .collect();
    let mut sources = Vec::new();
    let mut notes = notes;
    for result in loaded {
        match result {
            Ok(s) => {
                if let Some(name) = &s.foreign {
                    notes.push(foreign_warning(&s, name));
                }
                sources.push(s);
            }
            Err(e) => failed.push(e),
        }
    }
    Loaded { sources, failed, notes }
}

/// The warning for a source read with rules not of its language.
pub fn foreign_warning(s: &Source, name: &str) -> String {
    format!(
        "warning: {}: written in {name}, read with the {} rules because of --lang: figures may be misread",
        s.path.display(),
        s.lang
    )
}

/// Byte offset → 1-based line and column (in characters).
///
/// Columns count characters from a mark: the line start, or in a long line the nearest of
/// the marks kept every [`LineIndex::STEP`] bytes, so each look-up costs at most `STEP`
/// bytes and a megabyte-long line is not recounted for every figure in it.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `(byte, characters from its line's start to it)`, in order, inside long lines.
    marks: Vec<(usize, usize)>,
}

impl LineIndex {
    const STEP: usize = 4096;

    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut marks = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if end - start <= Self::STEP {
                continue;
            }
            let mut next = start + Self::STEP;
            for (chars, (off, _)) in text[start..end].char_indices().enumerate() {
                if start + off >= next {
                    marks.push((start + off, chars));
                    next = start + off + Self::STEP;
                }
            }
        }
        LineIndex { starts, marks }
    }

    /// The line and column of `offset` in `text` (the text this index was built from).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let mark = self.marks.partition_point(|&(b, _)| b <= offset);
        let (from, before) = match mark.checked_sub(1).map(|m| self.marks[m]) {
            Some((b, chars)) if b >= start => (b, chars),
            _ => (start, 0),
        };
        let col = before + text.get(from..offset).map_or(offset - from, |s| s.chars().count()) + 1;
        (line + 1, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source::from_text("t", Path::new("t.txt"), text.to_string(), None).unwrap()
    }

    #[test]
    fn front_matter_is_read_and_skipped() {
        let s = src("---\ntitle: Metas Llama\nlang: de\nmodel: grok\ndate: 2025-07-01\n---\n\nMeta zahlt 14,3 Milliarden Dollar.");
        assert_eq!(s.meta.title.as_deref(), Some("Metas Llama"));
        assert_eq!(s.meta.lang, Some(Lang::De));
        assert_eq!(s.meta.extra.get("model").map(String::as_str), Some("grok"));
        assert_eq!(s.meta.date, NaiveDate::from_ymd_opt(2025, 7, 1));
        let q = s.quantities();
        assert_eq!(q.len(), 1);
        assert_eq!(&s.text[q[0].start..q[0].end], "14,3 Milliarden Dollar");
    }

    #[test]
    fn datelines_give_the_date() {
        assert_eq!(src(" date 2025-12-11 Die KI-Strategie von Meta").meta.date, NaiveDate::from_ymd_opt(2025, 12, 11));
        assert_eq!(src("29. Juli, 2025\n\nUnternehmen").meta.date, NaiveDate::from_ymd_opt(2025, 7, 29));
        assert_eq!(src("Meta zahlte am 30. Juni 2025 viel Geld, und zwar im großen Stil.").meta.date, None);
    }

    #[test]
    fn bom_and_crlf_keep_offsets_on_disk() {
        let text = "\u{FEFF}---\r\nlang: de\r\n---\r\nMeta zahlt\r\n14,3 Milliarden Dollar.\r\n";
        let s = src(text);
        let q = s.quantities();
        assert_eq!(q.len(), 1);
        assert_eq!(&text[q[0].start..q[0].end], "14,3 Milliarden Dollar");
        assert_eq!(s.lines().line_col(text, q[0].start), (5, 1));
    }

    #[test]
    fn columns_in_long_lines_count_characters() {
        let text = format!("a\n{}x{}", "ü".repeat(10_000), "é".repeat(5000));
        let index = LineIndex::new(&text);
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(&text, x), (2, 10_001));
        assert_eq!(index.line_col(&text, text.len()), (2, 15_002));
        assert_eq!(index.line_col(&text, 1), (1, 2));
        for off in (0..text.len()).step_by(997).filter(|&o| text.is_char_boundary(o)) {
            let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(index.line_col(&text, off).1, text[line_start..off].chars().count() + 1);
        }
    }

    #[test]
    fn long_texts_are_scanned_in_pieces_with_the_same_figures() {
        let para = "Meta zahlte 14,3 Milliarden Dollar für 49 Prozent, also über 70 Milliarden bis 2026. ";
        let mut text = String::from("---\nlang: de\n---\n");
        for i in 0..30_000 {
            text.push_str(para);
            if i % 7 == 0 {
                text.push_str("\n\n");
            }
        }
        let s = src(&text);
        let pieces: Vec<Vec<Quantity>> = s.quantity_chunks().collect();
        assert!(pieces.len() >= 2, "{}", pieces.len());
        let whole = scan(s.body(), s.lang, s.meta.date);
        let chunked: Vec<Quantity> = pieces.into_iter().flatten().collect();
        assert_eq!(chunked.len(), whole.len());
        for (a, b) in chunked.iter().zip(&whole) {
            assert_eq!((a.start, a.end, &a.text), (b.start + s.body_start, b.end + s.body_start, &b.text));
        }
        let one_line = text.replace('\n', " ");
        let s = src(&one_line);
        assert_eq!(s.quantities().len(), scan(s.body(), s.lang, s.meta.date).len());
    }

    #[test]
    fn dense_function_words_settle_the_language_and_other_languages_still_reach_whatlang() {
        // Dutch shares the most function words with German and English of the languages
        // news comes in: a long Dutch paragraph must stay under the bar and be refused.
        let dutch = "Het kabinet heeft dinsdag een plan van 20 miljard euro aangekondigd om de auto-industrie te \
            steunen. Volgens de minister worden de subsidies voor het einde van het jaar uitbetaald aan bedrijven die \
            investeren in de productie van elektrische auto's. De vakbonden zijn blij met een besluit waar zij al \
            maanden om vroegen, maar zij vinden dat het bedrag te laag is in vergelijking met de Chinese concurrentie. \
            Meer dan 300.000 banen hangen af van de sector, die in tien jaar 12 procent van zijn personeel is kwijtgeraakt.";
        let evidence = detection(dutch);
        assert!(evidence.words >= SURE_WORDS && evidence.share < SURE_SHARE, "{evidence:?}");
        assert!(matches!(
            Source::from_text("nl", Path::new("nl.txt"), dutch.into(), None),
            Err(Error::Unsupported { name, .. }) if name.starts_with("Dutch")
        ));
        let german = "Die Regierung hat am Dienstag einen Plan über 20 Milliarden Euro vorgestellt, mit dem sie die \
            Autoindustrie stützen will. Nach Angaben des Ministers sollen die Hilfen bis zum Ende des Jahres an die \
            Unternehmen gehen, die in die Produktion von Elektroautos investieren. Die Gewerkschaften begrüßten die \
            Entscheidung, halten den Betrag aber für zu gering. Mehr als 300.000 Stellen hängen an der Branche.";
        let evidence = detection(german);
        assert!(
            evidence.lang == Lang::De && evidence.words >= SURE_WORDS && evidence.share >= SURE_SHARE,
            "{evidence:?}"
        );
        assert!(Source::from_text("de", Path::new("de.txt"), german.into(), None).is_ok());
    }

    #[test]
    fn empty_text_is_an_error() {
        assert!(matches!(
            Source::from_text("e", Path::new("e.txt"), " \n\u{FEFF}".into(), None),
            Err(Error::Empty { .. })
        ));
    }
}
