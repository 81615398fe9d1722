//! `claims/` on disk: one reviewed JSON file per source.
//!
//! # Format
//! `claims/<source-id>.json`, pretty-printed, keys in a fixed order, claims in text order:
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "source": {
//!     "id": "002_061e4d65b85090b2",
//!     "path": "sources/002_061e4d65b85090b2.txt",
//!     "sha256": "…",
//!     "title": null, "date": null, "lang": "de", "url": null, "outlet": null
//!   },
//!   "claims": [
//!     {
//!       "id": "c1f0a93b2c4d5", "status": "confirmed", "fact": "scale-ai-investment",
//!       "note": "…", "origin": "extracted",
//!       "source": "002_061e4d65b85090b2", "start": 1534, "end": 1559,
//!       "text": "14,3 Milliarden US-Dollar", "kind": "money", "value": 14300000000.0,
//!       "low": 14300000000.0, "high": 14300000000.0, "unit": "USD", "qualifier": "exact",
//!       "precision": 100000000.0,
//!       "sentence": "…", "sentence_start": 1480, "sentence_end": 1640,
//!       "entities": ["Meta", "Scale AI"], "keywords": ["investment", "spending", "…"],
//!       "time": null, "attribution": null, "modality": "fact", "incidental": false
//!     }
//!   ]
//! }
//! ```
//!
//! Editors set `status` (`confirmed`, `rejected`, `unreviewed`), `fact` (claims with the same
//! key are one fact) and `note`, may rate a claim's fact with `review` (see
//! [`crate::review`]: the rating `check --format claimreview` publishes), and may add claims with `"origin": "manual"` (at least
//! `text`, `kind` and `value`). Re-extraction keeps all of it, and any other key an editor
//! adds; a claim the extractor no longer finds stays, marked `"stale": true`. Files are
//! written atomically (a temporary file in the same folder, then a rename); a file that
//! cannot be parsed is reported as `file:line:column` and never overwritten.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::claim::{Claim, Origin};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::source::Source;

/// The version of the claims file format.
pub const SCHEMA_VERSION: u32 = 1;

/// What a claims file records about its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    pub id: String,
    pub path: String,
    pub sha256: String,
    pub title: Option<String>,
    pub date: Option<chrono::NaiveDate>,
    pub lang: Lang,
    pub url: Option<String>,
    pub outlet: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl SourceRecord {
    pub fn of(source: &Source) -> Self {
        SourceRecord {
            id: source.id.clone(),
            path: source.path.to_string_lossy().replace('\\', "/"),
            sha256: source.hash.clone(),
            title: source.meta.title.clone(),
            date: source.meta.date,
            lang: source.lang,
            url: source.meta.url.clone(),
            outlet: source.meta.outlet.clone(),
            extra: Default::default(),
        }
    }
}

/// One claims file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimsFile {
    pub schema_version: u32,
    pub source: SourceRecord,
    pub claims: Vec<Claim>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
    /// Claims that failed validation when the file was read: skipped by every command, and
    /// written back exactly as they were (after the valid ones), so nothing an editor wrote
    /// is lost.
    #[serde(skip)]
    pub invalid: Vec<InvalidClaim>,
    /// Where each of `claims` starts in the file as read (line, column), for messages.
    #[serde(skip)]
    pub positions: Vec<(usize, usize)>,
}

/// A stored claim that cannot be used, kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct InvalidClaim {
    pub raw: serde_json::Value,
    /// Line and column of its opening brace.
    pub line: usize,
    pub column: usize,
    /// What is wrong, and what to do about it.
    pub message: String,
}

impl ClaimsFile {
    /// The file as written: pretty JSON with a final newline.
    pub fn render(&self) -> String {
        let mut s = if self.invalid.is_empty() {
            serde_json::to_string_pretty(self).expect("claims serialize")
        } else {
            let mut v = serde_json::to_value(self).expect("claims serialize");
            if let Some(claims) = v.get_mut("claims").and_then(serde_json::Value::as_array_mut) {
                claims.extend(self.invalid.iter().map(|c| c.raw.clone()));
            }
            serde_json::to_string_pretty(&v).expect("claims serialize")
        };
        s.push('\n');
        s
    }

    /// The problems of this file's claims, one message each: `path:line:column: message`.
    pub fn problems(&self, path: &Path) -> Vec<String> {
        self.invalid.iter().map(|c| format!("{}:{}:{}: {}", path.display(), c.line, c.column, c.message)).collect()
    }

    /// Moves claims whose spans do not fit `text` (the source as stored) to `invalid`: a span
    /// past the end, reversed, or cutting a character.
    pub fn check_spans(&mut self, text: &str) {
        let mut keep = Vec::with_capacity(self.claims.len());
        let mut positions = Vec::with_capacity(self.claims.len());
        for (i, c) in std::mem::take(&mut self.claims).into_iter().enumerate() {
            let (line, column) = self.positions.get(i).copied().unwrap_or((1, 1));
            match span_problem(&c, text) {
                None => {
                    keep.push(c);
                    positions.push((line, column));
                }
                Some(message) => {
                    let raw = serde_json::to_value(&c).expect("claims serialize");
                    self.invalid.push(InvalidClaim { raw, line, column, message });
                }
            }
        }
        self.claims = keep;
        self.positions = positions;
    }
}

/// Why a claim's spans do not fit the source text, if they do not.
fn span_problem(c: &Claim, text: &str) -> Option<String> {
    let id = &c.id;
    for (what, start, end) in
        [("span", c.quantity.start, c.quantity.end), ("sentence span", c.sentence_start, c.sentence_end)]
    {
        if start > end {
            return Some(format!(
                "claim {id:?}: its {what} {start}..{end} is reversed; fix `start`/`end` or remove them"
            ));
        }
        if end > text.len() {
            return Some(format!(
                "claim {id:?}: its {what} {start}..{end} ends past the source ({} bytes); fix it or remove the offsets",
                text.len()
            ));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Some(format!(
                "claim {id:?}: its {what} {start}..{end} cuts a character in two; offsets are bytes of the file as stored"
            ));
        }
    }
    None
}

/// Where the claims of `source_id` live in `dir`.
pub fn path_for(dir: &Path, source_id: &str) -> PathBuf {
    dir.join(format!("{source_id}.json"))
}

/// Reads a claims file; `Ok(None)` when there is none.
///
/// Each claim is read and checked on its own: one that cannot be used (a value that is no
/// number, an id used twice, a manual claim without text) goes to [`ClaimsFile::invalid`]
/// with its line and column, and the rest still load.
///
/// # Errors
/// [`Error::Malformed`] with line and column when the file is not valid JSON or not a claims
/// file of a supported version.
pub fn load(path: &Path) -> Result<Option<ClaimsFile>> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(Error::Io { path: path.to_path_buf(), source }),
    };
    let malformed = |e: serde_json::Error| Error::Malformed {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column().max(1),
        message: e.to_string().split(" at line ").next().unwrap_or_default().to_string(),
    };
    let mut value: serde_json::Value = serde_json::from_str(&text).map_err(malformed)?;
    let whole = |message: String| Error::Malformed { path: path.to_path_buf(), line: 1, column: 1, message };
    let version = value.get("schema_version").and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(SCHEMA_VERSION)) {
        let found = value.get("schema_version").map_or_else(|| "missing".to_string(), ToString::to_string);
        return Err(whole(format!("schema_version {found} is not supported, expected {SCHEMA_VERSION}")));
    }
    let raw_claims = match value.as_object_mut().and_then(|o| o.insert("claims".into(), serde_json::json!([]))) {
        Some(serde_json::Value::Array(claims)) => claims,
        Some(_) => return Err(whole("`claims` must be a list of claims".into())),
        None => Vec::new(),
    };
    let mut file: ClaimsFile = serde_json::from_value(value)
        .map_err(|e| whole(format!("{}; expected the `source` record `claimcheck extract` writes", e)))?;
    let starts = claim_starts(&text);
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, raw) in raw_claims.into_iter().enumerate() {
        let (line, column) = starts.get(i).copied().unwrap_or((1, 1));
        let problem = match serde_json::from_value::<Claim>(raw.clone()) {
            Err(e) => Err(format!("{e}; the claim is skipped until it is fixed")),
            Ok(c) => claim_problem(&c).map_or(Ok(c), Err),
        };
        let problem = problem.and_then(|c| match seen.get(&c.id) {
            Some(&(l, col)) if !c.id.is_empty() => Err(format!(
                "the id {:?} is used again (first at line {l}, column {col}); give one of the claims another id or remove it",
                c.id
            )),
            _ => {
                seen.insert(c.id.clone(), (line, column));
                Ok(c)
            }
        });
        match problem {
            Ok(c) => {
                file.claims.push(c);
                file.positions.push((line, column));
            }
            Err(message) => file.invalid.push(InvalidClaim { raw, line, column, message }),
        }
    }
    Ok(Some(file))
}

/// What is wrong with a claim as read, if anything: types serde cannot see.
fn claim_problem(c: &Claim) -> Option<String> {
    use crate::quantity::{Kind, Value};
    let q = &c.quantity;
    if c.origin == Origin::Manual && q.text.trim().is_empty() {
        return Some("a manual claim needs its text".into());
    }
    let numbers = [Some(&q.value), q.low.as_ref(), q.high.as_ref()];
    if q.kind == Kind::Date {
        if !numbers.iter().flatten().all(|v| matches!(v, Value::Date(_))) {
            return Some(format!("claim {:?}: a date's `value` must be a date string such as \"2025-06-30\"", c.id));
        }
    } else if !numbers.iter().flatten().all(|v| v.as_f64().is_some_and(f64::is_finite))
        || ![q.precision, q.part, q.whole].iter().all(|v| v.is_none_or(f64::is_finite))
    {
        return Some(format!(
            "claim {:?}: a {} claim's `value`, `low` and `high` must be finite numbers (found `value`: {}); \
             write the figure as a number or remove the claim",
            c.id,
            q.kind,
            serde_json::to_string(&q.value).unwrap_or_default()
        ));
    }
    None
}

/// Line and column (1-based, in characters) of the opening brace of each claim in the
/// top-level `claims` list of a JSON text known to be valid.
fn claim_starts(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut line, mut col) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    let (mut key_start, mut last_key, mut in_claims) = (0usize, "", false);
    for (i, ch) in text.char_indices() {
        if ch == '\n' {
            line += 1;
            col = 0;
            continue;
        }
        col += 1;
        if in_string {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == '"' {
                in_string = false;
                if depth == 1 {
                    last_key = &text[key_start..i];
                }
            }
            continue;
        }
        match ch {
            '"' => {
                in_string = true;
                key_start = i + 1;
            }
            '{' | '[' => {
                if depth == 1 && ch == '[' {
                    in_claims = last_key == "claims";
                }
                if depth == 2 && ch == '{' && in_claims {
                    out.push((line, col));
                }
                depth += 1;
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => last_key = "",
            _ => {}
        }
    }
    out
}

/// A claims file read from disk, with where it was read from.
pub type Stored = (PathBuf, ClaimsFile);

/// Reads every claims file in `dir`, sorted by name. A file that cannot be read or parsed
/// is returned as an error beside the others.
///
/// # Errors
/// A missing or unreadable folder.
pub fn load_dir(dir: &Path) -> Result<(Vec<Stored>, Vec<Error>)> {
    if !dir.is_dir() {
        return Err(Error::Missing { path: dir.to_path_buf() });
    }
    let (mut files, mut failed) = (Vec::new(), Vec::new());
    for p in crate::source::list_dir(dir, &["json"])? {
        match load(&p) {
            Ok(Some(f)) => files.push((p, f)),
            Ok(None) => {}
            Err(e) => failed.push(e),
        }
    }
    Ok((files, failed))
}

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub claims: usize,
    pub new: usize,
    pub stale: usize,
    pub manual: usize,
}

/// Merges a fresh extraction into what is stored: annotations and manual claims kept,
/// vanished claims kept as stale.
pub fn merge(existing: Option<&ClaimsFile>, fresh: Vec<Claim>, source: &Source) -> (ClaimsFile, MergeReport) {
    let mut report = MergeReport::default();
    let old: HashMap<&str, &Claim> =
        existing.map(|f| f.claims.iter().map(|c| (c.id.as_str(), c)).collect()).unwrap_or_default();
    let fresh_ids: HashSet<String> = fresh.iter().map(|c| c.id.clone()).collect();
    let mut claims: Vec<Claim> = Vec::with_capacity(fresh.len());
    for mut c in fresh {
        match old.get(c.id.as_str()) {
            Some(prev) if prev.origin == Origin::Extracted => {
                c.status = prev.status;
                c.fact = prev.fact.clone();
                c.note = prev.note.clone();
                c.extra = prev.extra.clone();
            }
            _ => report.new += 1,
        }
        claims.push(c);
    }
    if let Some(f) = existing {
        for c in &f.claims {
            if c.origin == Origin::Manual {
                let mut c = c.clone();
                if c.id.is_empty() {
                    c.id = manual_id(&c);
                }
                if c.source.is_empty() {
                    c.source = source.id.clone();
                }
                locate_manual(&mut c, source);
                report.manual += 1;
                claims.push(c);
            } else if !fresh_ids.contains(&c.id) {
                let mut c = c.clone();
                c.stale = true;
                report.stale += 1;
                claims.push(c);
            }
        }
    }
    claims.sort_by(|a, b| (a.quantity.start, a.quantity.end, &a.id).cmp(&(b.quantity.start, b.quantity.end, &b.id)));
    report.claims = claims.len();
    let mut record = SourceRecord::of(source);
    let extra = existing.map(|f| f.extra.clone()).unwrap_or_default();
    if let Some(f) = existing {
        record.extra = f.source.extra.clone();
    }
    let invalid = existing.map(|f| f.invalid.clone()).unwrap_or_default();
    let file =
        ClaimsFile { schema_version: SCHEMA_VERSION, source: record, claims, extra, invalid, positions: Vec::new() };
    (file, report)
}

/// Gives a manual claim written without a span the span of its text, when the text occurs
/// exactly once in the source, so that a verdict can point at the words.
fn locate_manual(c: &mut Claim, source: &Source) {
    let q = &mut c.quantity;
    if q.start != 0 || q.end != 0 || q.text.is_empty() {
        return;
    }
    // The body only: a figure in the front matter is no claim of the article.
    let mut hits = source.body().match_indices(q.text.as_str());
    if let (Some((in_body, _)), None) = (hits.next(), hits.next()) {
        let start = in_body + source.body_start;
        (q.start, q.end) = source.to_file(start, start + q.text.len());
        let spans = crate::text::sentence::split(source.body(), crate::lang::sentence_stops());
        if let Some(i) = crate::text::sentence::containing(&spans, in_body) {
            let (s, e) = (spans[i].0 + source.body_start, spans[i].1 + source.body_start);
            // Fill in, never overwrite: a sentence the editor wrote stays as written.
            if c.sentence.is_empty() || c.sentence == source.text[s..e] {
                (c.sentence_start, c.sentence_end) = source.to_file(s, e);
                c.sentence = source.text[s..e].to_string();
            }
        }
    }
}

/// An id for a manual claim written without one.
fn manual_id(c: &Claim) -> String {
    let digest =
        Sha256::digest(format!("{}|{}|{}|{}", c.source, c.quantity.kind, c.quantity.text, c.sentence).as_bytes());
    format!("m{}", digest.iter().take(6).map(|b| format!("{b:02x}")).collect::<String>())
}

/// Writes `contents` to `path`, never leaving half a file.
///
/// A regular file (or a new one) is written atomically: a temporary file beside it, then a
/// rename; a replaced file keeps its permissions, a new one gets the umask's (`0666 & !umask`,
/// as any other program's). A symlink is followed, so the link stays and its target is
/// replaced. A device or pipe (`/dev/stdout`) is written to directly.
///
/// # Errors
/// The folder cannot be created or written.
pub fn write_atomic(path: &Path, contents: &str) -> Result<()> {
    let fail = |source| Error::Write { path: path.to_path_buf(), source };
    if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        // A device or a pipe, perhaps behind links (`/dev/stdout` → `/proc/self/fd/1`).
        let mut f = fs::OpenOptions::new().write(true).open(path).map_err(fail)?;
        return f.write_all(contents.as_bytes()).and_then(|()| f.flush()).map_err(fail);
    }
    // Through symlinks: replace what the link points at, not the link.
    let mut target = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&target) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = fs::read_link(&target).map_err(fail)?;
                target = target.parent().map_or_else(|| link.clone(), |dir| dir.join(&link));
            }
            _ => break,
        }
    }
    let existing = fs::metadata(&target).ok();
    let dir = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|source| Error::Write { path: dir.to_path_buf(), source })?;
    let name = target.file_name().map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let (tmp, mut file) = (0..1000u32)
        .find_map(|n| {
            let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
            // `create_new` with the default mode: 0666 less the umask.
            match fs::OpenOptions::new().write(true).create_new(true).open(&tmp) {
                Ok(f) => Some(Ok((tmp, f))),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
                Err(e) => Some(Err(e)),
            }
        })
        .unwrap_or_else(|| Err(std::io::Error::other("no free temporary file name")))
        .map_err(fail)?;
    let written = file
        .write_all(contents.as_bytes())
        .and_then(|()| match &existing {
            Some(m) => file.set_permissions(m.permissions()),
            None => Ok(()),
        })
        .and_then(|()| file.sync_all())
        .and_then(|()| fs::rename(&tmp, &target));
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}

/// An exclusive lock on a claims folder, held until dropped: two `extract` runs never
/// write one folder at once.
#[derive(Debug)]
pub struct Lock {
    _file: fs::File,
}

/// The name of the lock file in a claims folder.
pub const LOCK_FILE: &str = ".claimcheck.lock";

/// Locks the claims folder `dir` (creating it), calling `waiting` once if another process
/// holds the lock, then waiting for it.
///
/// # Errors
/// The folder or its lock file cannot be created.
pub fn lock(dir: &Path, waiting: impl FnOnce()) -> Result<Lock> {
    let path = dir.join(LOCK_FILE);
    let fail = |source| Error::Write { path: path.clone(), source };
    fs::create_dir_all(dir).map_err(|source| Error::Write { path: dir.to_path_buf(), source })?;
    let file = fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(fail)?;
    match fs4::FileExt::try_lock(&file) {
        Ok(()) => {}
        Err(fs4::TryLockError::WouldBlock) => {
            waiting();
            fs4::FileExt::lock(&file).map_err(fail)?;
        }
        Err(fs4::TryLockError::Error(e)) => return Err(fail(e)),
    }
    Ok(Lock { _file: file })
}

/// One difference between stored claims and a fresh extraction.
#[derive(Debug, Clone, PartialEq)]
pub enum Drift {
    /// A source with no claims file.
    Unrecorded { source: String },
    /// A claims file whose source is gone.
    SourceGone { source: String },
    /// The source's bytes changed.
    SourceChanged { source: String },
    /// A figure the stored claims do not have.
    New { source: String, claim: Box<Claim> },
    /// A stored claim the extractor no longer finds.
    Stale { source: String, claim: Box<Claim> },
    /// A stored claim whose extracted fields differ: `(field, stored, fresh)`.
    Changed { source: String, claim: Box<Claim>, fields: Vec<(String, String, String)> },
}

/// Compares a source's stored claims with a fresh extraction.
pub fn diff(stored: &ClaimsFile, fresh: &[Claim]) -> Vec<Drift> {
    let source = stored.source.id.clone();
    let mut out = Vec::new();
    let old: HashMap<&str, &Claim> =
        stored.claims.iter().filter(|c| c.origin == Origin::Extracted).map(|c| (c.id.as_str(), c)).collect();
    let fresh_ids: HashSet<&str> = fresh.iter().map(|c| c.id.as_str()).collect();
    for c in fresh {
        match old.get(c.id.as_str()) {
            None => out.push(Drift::New { source: source.clone(), claim: Box::new(c.clone()) }),
            Some(prev) => {
                let (a, b) = (prev.extracted_fields(), c.extracted_fields());
                let mut fields = Vec::new();
                if let (Some(a), Some(b)) = (a.as_object(), b.as_object()) {
                    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
                    for k in keys {
                        let (x, y) = (a.get(k).cloned().unwrap_or_default(), b.get(k).cloned().unwrap_or_default());
                        if x != y {
                            fields.push((k.clone(), x.to_string(), y.to_string()));
                        }
                    }
                }
                if prev.stale || !fields.is_empty() {
                    if prev.stale {
                        fields.insert(0, ("stale".into(), "true".into(), "false".into()));
                    }
                    out.push(Drift::Changed { source: source.clone(), claim: Box::new(c.clone()), fields });
                }
            }
        }
    }
    for c in
        stored.claims.iter().filter(|c| c.origin == Origin::Extracted && !c.stale && !fresh_ids.contains(c.id.as_str()))
    {
        out.push(Drift::Stale { source: source.clone(), claim: Box::new(c.clone()) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{extract_all, Status};

    fn source(text: &str) -> Source {
        Source::from_text("s", Path::new("sources/s.txt"), text.to_string(), None).unwrap()
    }

    #[test]
    fn merge_keeps_annotations_and_marks_vanished_claims_stale() {
        let s1 = source("Meta zahlte 14,3 Milliarden Dollar an Scale AI. Der Anteil liegt bei 49 Prozent.");
        let fresh = extract_all(std::slice::from_ref(&s1)).remove(0);
        let (mut file, report) = merge(None, fresh, &s1);
        assert_eq!(report.new, 2);
        file.claims[0].status = Status::Confirmed;
        file.claims[0].note = Some("checked with the filing".into());
        file.claims[0].extra.insert("reviewer".into(), serde_json::json!("ab"));
        let s2 = source("Meta zahlte 14,3 Milliarden Dollar an Scale AI. Mehr steht nicht fest.");
        let fresh = extract_all(std::slice::from_ref(&s2)).remove(0);
        let (file2, report) = merge(Some(&file), fresh, &s2);
        assert_eq!((report.new, report.stale), (0, 1));
        assert_eq!(file2.claims[0].status, Status::Confirmed);
        assert_eq!(file2.claims[0].note.as_deref(), Some("checked with the filing"));
        assert_eq!(file2.claims[0].extra["reviewer"], "ab");
        assert!(file2.claims[1].stale);
        // The second sentence is gone (stale); the first lost its neighbour (changed context).
        let drift = diff(&file, &extract_all(std::slice::from_ref(&s2)).remove(0));
        assert_eq!(drift.iter().filter(|d| matches!(d, Drift::Stale { .. })).count(), 1, "{drift:?}");
        assert!(!drift.iter().any(|d| matches!(d, Drift::New { .. })), "{drift:?}");
    }

    #[test]
    fn malformed_files_name_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        fs::write(&path, "{\n  \"schema_version\": 1,\n  \"source\": {\n").unwrap();
        match load(&path) {
            Err(Error::Malformed { line, column, .. }) => assert_eq!((line, column), (4, 1)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, "one\n").unwrap();
        write_atomic(&path, "two\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
    }
}
