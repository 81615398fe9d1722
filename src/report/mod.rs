//! Rendering results, one renderer per `--format`. Renderers return strings; the binary
//! writes them.

pub mod claimreview;
pub mod csv;
pub mod findings;
pub mod github;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod markdown;
pub mod sarif;
pub mod scan;
pub mod table;
pub mod verify;

use clap::ValueEnum;

use crate::baseline::Baseline;
use crate::source::Source;
use crate::store::SourceRecord;
use crate::verdict::{Fact, Verdict};

/// Output format of `scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScanFormat {
    /// One row per quantity, with line:column.
    Table,
    /// JSON Lines: one object per quantity (`json` is accepted as an alias).
    #[value(alias = "json")]
    Jsonl,
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A terminal table: conflicts first, then updates, agreements, single-source facts.
    Table,
    /// The same for an editorial document, with the quoted sentences.
    Markdown,
    /// The machine-readable report (see `report::json`).
    Json,
    /// JSON Lines: one fact per line, as in the JSON report, for pipelines.
    Jsonl,
    /// One row per claim with its fact, for spreadsheets.
    Csv,
    /// One self-contained page for the desk: facts, claims and the sources' marked texts.
    Html,
    /// GitHub Actions annotations (`::error file=…,line=…,col=…::`) for the conflicts.
    Github,
    /// A SARIF 2.1.0 log of the conflicts, for code scanning.
    Sarif,
    /// schema.org ClaimReview JSON-LD for the facts an editor rated in claims/.
    Claimreview,
}

/// Output format of `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    /// A readable diff, grouped by source.
    Text,
    /// GitHub Actions annotations for each drift.
    Github,
    /// A SARIF 2.1.0 log of the drift.
    Sarif,
}

/// A cross-check, ready to render.
pub struct Report<'a> {
    pub sources: &'a [SourceRecord],
    pub facts: &'a [Fact],
    /// The sources' texts, where they could be read: for line:column and the HTML page.
    pub texts: &'a [Source],
    /// Known conflicts (`check --baseline`): CI formats mark them as known, not new.
    pub baseline: Option<&'a Baseline>,
}

/// Counts per verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub facts: usize,
    pub agree: usize,
    pub conflict: usize,
    pub updated: usize,
    pub single: usize,
}

impl Report<'_> {
    /// The text of a source, when it could be read.
    pub fn text(&self, source_id: &str) -> Option<&Source> {
        self.texts.iter().find(|s| s.id == source_id)
    }

    /// The record of a source.
    pub fn record(&self, source_id: &str) -> Option<&SourceRecord> {
        self.sources.iter().find(|s| s.id == source_id)
    }

    /// The 1-based line and column (in characters) of a byte offset of a source, when its
    /// text could be read.
    pub fn line_col(&self, source_id: &str, offset: usize) -> Option<(usize, usize)> {
        let s = self.text(source_id)?;
        (offset <= s.text.len()).then(|| s.lines().line_col(&s.text, offset))
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary { facts: self.facts.len(), ..Summary::default() };
        for f in self.facts {
            match f.verdict {
                Verdict::Agree => s.agree += 1,
                Verdict::Conflict => s.conflict += 1,
                Verdict::Updated => s.updated += 1,
                Verdict::Single => s.single += 1,
            }
        }
        s
    }

    /// The facts a reader sees by default: every fact but those made only of incidental
    /// claims (dating years, durations, datelines).
    pub fn shown(&self, all: bool) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| all || !f.incidental)
    }

    /// Whether `fact` is a conflict the baseline does not know (every conflict, without one).
    pub fn is_new_conflict(&self, fact: &Fact) -> bool {
        fact.verdict == Verdict::Conflict && !self.baseline.is_some_and(|b| b.knows(fact))
    }

    /// One line of counts.
    pub fn summary_line(&self, all: bool) -> String {
        let hidden = self.facts.len() - self.shown(all).count();
        let mut line = self.counts_line();
        if hidden > 0 {
            line.push_str(&format!(" ({hidden} incidental not shown; --all shows them)"));
        }
        line
    }

    /// The counts alone: `48 facts from 5 sources: 0 conflict, …`.
    pub fn counts_line(&self) -> String {
        let s = self.summary();
        format!(
            "{} facts from {} sources: {} conflict, {} updated, {} agree, {} single-source",
            s.facts,
            self.sources.len(),
            s.conflict,
            s.updated,
            s.agree,
            s.single
        )
    }
}
