//! A baseline of known conflicts, so that CI fails only on new ones.
//!
//! # Format
//! `check --write-baseline FILE` writes, pretty-printed with conflicts sorted by their claim
//! ids:
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "conflicts": [
//!     {"claims": ["c1cd0bc7f10c0", "c5bb73e65fa08", "cf3a…"],
//!      "label": "Scale AI · investment · 2025-06",
//!      "explanation": "000_a86cf3fd398b4f91 says 14.3 bn USD, wire_conflict says 16.3 bn USD …"}
//!   ]
//! }
//! ```
//! A conflict is keyed by the ids of its claims, which survive edits to other text and to the
//! figure itself (see [`crate::claim::context::claim_id`]); `label` and `explanation` are
//! for the reader and are not compared. A conflict of today is **known** when a baseline
//! conflict holds all of its claims: a source that joins a known conflict, or a conflict
//! among other claims, is new.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::verdict::{Fact, Verdict};

/// The version of the baseline format.
pub const SCHEMA_VERSION: u32 = 1;

/// The known conflicts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub schema_version: u32,
    pub conflicts: Vec<Known>,
}

/// One known conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Known {
    /// The ids of its claims, sorted.
    pub claims: Vec<String>,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub explanation: String,
}

impl Baseline {
    /// The conflicts among `facts`.
    pub fn of(facts: &[Fact]) -> Baseline {
        let mut conflicts: Vec<Known> = facts
            .iter()
            .filter(|f| f.verdict == Verdict::Conflict)
            .map(|f| Known {
                claims: ids(f).into_iter().collect(),
                label: f.label.clone(),
                explanation: f.explanation.clone(),
            })
            .collect();
        conflicts.sort_by(|a, b| a.claims.cmp(&b.claims));
        Baseline { schema_version: SCHEMA_VERSION, conflicts }
    }

    /// Whether `fact` is a conflict the baseline knows (all its claims in one known conflict).
    pub fn knows(&self, fact: &Fact) -> bool {
        let ids = ids(fact);
        self.conflicts.iter().any(|k| ids.iter().all(|id| k.claims.iter().any(|c| c == id)))
    }

    /// Parses a baseline file's text; `path` names it in errors.
    ///
    /// # Errors
    /// [`Error::Malformed`] with line and column for text that is not a baseline of this
    /// version.
    pub fn parse(text: &str, path: &Path) -> Result<Baseline> {
        let b: Baseline = serde_json::from_str(text).map_err(|e| Error::Malformed {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column().max(1),
            message: e.to_string().split(" at line ").next().unwrap_or_default().to_string(),
        })?;
        if b.schema_version != SCHEMA_VERSION {
            return Err(Error::Malformed {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
                message: format!("schema_version {} is not supported, expected {SCHEMA_VERSION}", b.schema_version),
            });
        }
        Ok(b)
    }

    /// The file as written: pretty JSON with a final newline.
    pub fn render(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("baselines serialize");
        s.push('\n');
        s
    }
}

fn ids(fact: &Fact) -> BTreeSet<String> {
    fact.claims.iter().map(|c| c.id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;

    /// The conflict of two reports on one investment.
    fn conflict() -> Fact {
        let texts = [
            ("a", "Meta zahlte 14,3 Milliarden US-Dollar für einen Anteil an Scale AI."),
            ("b", "Meta zahlte 16,3 Milliarden US-Dollar für einen Anteil an Scale AI."),
        ];
        let sources: Vec<Source> =
            texts.iter().map(|(id, t)| Source::from_text(id, Path::new(id), t.to_string(), None).unwrap()).collect();
        let claims: Vec<_> = crate::claim::extract_all(&sources).into_iter().flatten().collect();
        let dates = sources.iter().map(|s| (s.id.clone(), None)).collect();
        let facts = crate::verdict::judge_all(crate::align::align(&claims, &dates), &dates);
        facts.into_iter().find(|f| f.verdict == Verdict::Conflict).expect("the two figures conflict")
    }

    #[test]
    fn a_conflict_is_known_when_a_recorded_one_holds_all_its_claims() {
        let fact = conflict();
        let baseline = Baseline::of(std::slice::from_ref(&fact));
        assert_eq!(baseline.conflicts.len(), 1);
        assert!(baseline.knows(&fact));
        // A source joining the conflict makes it new; one leaving it does not.
        let mut joined = fact.clone();
        let mut extra = joined.claims[0].clone();
        extra.id = "cnew".into();
        joined.claims.push(extra);
        assert!(!baseline.knows(&joined));
        let mut left = fact.clone();
        left.claims.truncate(1);
        assert!(baseline.knows(&left));
        // The file reads back as written, and a wrong version is refused at its place.
        let text = baseline.render();
        assert_eq!(Baseline::parse(&text, Path::new("b.json")).unwrap(), baseline);
        let e = Baseline::parse(&text.replace("\"schema_version\": 1", "\"schema_version\": 2"), Path::new("b.json"));
        assert!(e.unwrap_err().to_string().starts_with("b.json:1:1: schema_version 2"));
    }
}
