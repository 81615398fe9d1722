//! What CI is told about: conflicts (from `check`) and drift (from `verify`), each with the
//! places in the source files it concerns. The `github` and `sarif` renderers both read
//! these.

use std::path::Path;

use super::Report;
use crate::claim::Claim;
use crate::source::Source;
use crate::store::Drift;
use crate::verdict::Verdict;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    Note,
}

/// A place in a file: the path as the run named it, and the figure's span when known.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub path: String,
    pub span: Option<Span>,
}

/// A span of a file: byte offsets (half-open) and 1-based line and column (characters),
/// the end column exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// The kinds of finding, with their rule ids for SARIF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    /// Sources contradict each other on a fact.
    Conflict,
    /// A figure the stored claims do not have.
    DriftNew,
    /// A stored claim the extractor no longer finds.
    DriftStale,
    /// A stored claim whose extracted fields changed.
    DriftChanged,
    /// A source's bytes changed since its claims were extracted, or its claims file is
    /// missing, or a claims file has no source.
    DriftSource,
}

impl Rule {
    pub const ALL: [Rule; 5] =
        [Rule::Conflict, Rule::DriftNew, Rule::DriftStale, Rule::DriftChanged, Rule::DriftSource];

    pub fn id(self) -> &'static str {
        match self {
            Rule::Conflict => "conflict",
            Rule::DriftNew => "drift/new",
            Rule::DriftStale => "drift/stale",
            Rule::DriftChanged => "drift/changed",
            Rule::DriftSource => "drift/source",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Rule::Conflict => "Sources state incompatible figures for one fact",
            Rule::DriftNew => "Extraction finds a figure that claims/ does not record",
            Rule::DriftStale => "claims/ records a figure that extraction no longer finds",
            Rule::DriftChanged => "A recorded claim's extracted fields changed",
            Rule::DriftSource => "A source and its claims file no longer match",
        }
    }
}

/// One thing to tell CI about.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: Rule,
    pub level: Level,
    /// A short title: the fact's label, or the kind of drift.
    pub title: String,
    pub message: String,
    pub place: Place,
    /// The other claims of a conflict.
    pub related: Vec<Place>,
    /// Stable across runs and edits elsewhere: the rule and the claim ids involved.
    pub fingerprint: String,
}

fn span_in(source: Option<&Source>, start: usize, end: usize) -> Option<Span> {
    let s = source?;
    if end > s.text.len() || start > end || !s.text.is_char_boundary(start) || !s.text.is_char_boundary(end) {
        return None;
    }
    let lines = s.lines();
    let (line, column) = lines.line_col(&s.text, start);
    let (end_line, end_column) = lines.line_col(&s.text, end);
    Some(Span { start, end, line, column, end_line, end_column })
}

fn claim_place(report: &Report, c: &Claim) -> Place {
    let path = report.record(&c.source).map_or_else(|| c.source.clone(), |r| r.path.clone());
    Place { path, span: span_in(report.text(&c.source), c.quantity.start, c.quantity.end) }
}

/// One finding per claim of every conflict, in the report's order (the worst first), each
/// pointing at the others: errors, or warnings for conflicts the baseline knows.
pub fn conflicts(report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    for f in report.facts.iter().filter(|f| f.verdict == Verdict::Conflict) {
        let mut ids: Vec<&str> = f.claims.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        // A conflict the baseline knows is still shown, as a warning.
        let (level, kind) =
            if report.is_new_conflict(f) { (Level::Error, "conflict") } else { (Level::Warning, "known conflict") };
        for c in &f.claims {
            out.push(Finding {
                rule: Rule::Conflict,
                level,
                title: format!("{kind}: {}", f.label),
                message: format!("{} — this source says {}", f.explanation, c.quantity.text.replace(['\n', '\r'], " ")),
                place: claim_place(report, c),
                related: f.claims.iter().filter(|o| o.id != c.id).map(|o| claim_place(report, o)).collect(),
                fingerprint: format!("conflict:{}:{}", c.id, ids.join("+")),
            });
        }
    }
    out
}

/// One finding per drift. `sources` are the texts read (for positions); a claims file
/// without a source is placed at `claims_dir/<id>.json`.
pub fn drift(drift: &[Drift], sources: &[Source], claims_dir: &Path) -> Vec<Finding> {
    let find = |id: &str| sources.iter().find(|s| s.id == id);
    let path_of = |id: &str| {
        find(id).map_or_else(
            || crate::store::path_for(claims_dir, id).to_string_lossy().replace('\\', "/"),
            |s| s.path.to_string_lossy().replace('\\', "/"),
        )
    };
    let at = |source: &str, c: &Claim| Place {
        path: path_of(source),
        span: span_in(find(source), c.quantity.start, c.quantity.end),
    };
    let figure = |c: &Claim| format!("{} {:?}", c.quantity.kind, c.quantity.text);
    drift
        .iter()
        .map(|d| {
            let (rule, title, message, place, key) = match d {
                Drift::Unrecorded { source } => (
                    Rule::DriftSource,
                    "no claims file".to_string(),
                    "the source has no claims file: run `claimcheck extract` and commit claims/".to_string(),
                    Place { path: path_of(source), span: None },
                    source.clone(),
                ),
                Drift::SourceGone { source } => (
                    Rule::DriftSource,
                    "claims without a source".to_string(),
                    format!("claims/ records {source}, but there is no such source"),
                    Place {
                        path: crate::store::path_for(claims_dir, source).to_string_lossy().replace('\\', "/"),
                        span: None,
                    },
                    source.clone(),
                ),
                Drift::SourceChanged { source } => (
                    Rule::DriftSource,
                    "source changed".to_string(),
                    "the source changed since its claims were extracted: run `claimcheck extract`, review the diff"
                        .to_string(),
                    Place { path: path_of(source), span: None },
                    source.clone(),
                ),
                Drift::New { source, claim } => (
                    Rule::DriftNew,
                    "new figure".to_string(),
                    format!("extraction finds {} ({}), which claims/ does not record", figure(claim), claim.id),
                    at(source, claim),
                    claim.id.clone(),
                ),
                Drift::Stale { source, claim } => (
                    Rule::DriftStale,
                    "figure no longer found".to_string(),
                    format!("claims/ records {} ({}), which extraction no longer finds", figure(claim), claim.id),
                    at(source, claim),
                    claim.id.clone(),
                ),
                Drift::Changed { source, claim, fields } => (
                    Rule::DriftChanged,
                    "claim changed".to_string(),
                    format!(
                        "{} ({}) changed: {}",
                        figure(claim),
                        claim.id,
                        fields.iter().map(|(k, a, b)| format!("{k}: {a} → {b}")).collect::<Vec<_>>().join("; ")
                    ),
                    at(source, claim),
                    claim.id.clone(),
                ),
            };
            Finding {
                rule,
                level: Level::Error,
                title,
                message,
                place,
                related: Vec::new(),
                fingerprint: format!("{}:{key}", rule.id()),
            }
        })
        .collect()
}
