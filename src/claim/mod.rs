//! Claims: a quantity and what it says something about.
//!
//! A claim is one figure of a source with its context: the sentence it stands in, the names
//! and concept keywords that say what is measured, the period it refers to, who says so and
//! how (a reported fact, an estimate, a forecast, a plan), and whether it is check-worthy.
//! Editors annotate claims in `claims/` (see [`crate::store`]); those fields live here too.
//!
//! The words the stage reads (determiners, modality and attribution cues, noun endings) are
//! each language's [`crate::lang::Cues`]; sentences come from [`crate::text::sentence`].
//! [`lexicon`] still holds its concepts' German and English forms side by side.

pub mod context;
pub mod lexicon;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::quantity::Quantity;

pub use context::extract;

/// The claims of every source, in input order, with spans into the files as stored (a web
/// page is read as its article text; its claims point at the page's bytes).
///
/// Names are judged across all of `sources` (see [`context::extract_all`]).
pub fn extract_all(sources: &[crate::source::Source]) -> Vec<Vec<Claim>> {
    let mut all = context::extract_all(sources);
    for (source, claims) in sources.iter().zip(&mut all) {
        if source.page.is_some() {
            for c in claims.iter_mut() {
                (c.quantity.start, c.quantity.end) = source.to_file(c.quantity.start, c.quantity.end);
                (c.sentence_start, c.sentence_end) = source.to_file(c.sentence_start, c.sentence_end);
            }
        }
    }
    all
}

/// An editor's verdict on a claim.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Unreviewed,
    Confirmed,
    Rejected,
}

/// Where a claim comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    #[default]
    Extracted,
    /// Added by an editor: kept as written, never marked stale.
    Manual,
}

/// How the source presents the figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Reported as fact.
    #[default]
    Fact,
    /// Someone's estimate, typically a third party's (analysts).
    Estimate,
    /// An expectation or projection (`erwartet`, `projected`, `könnte`).
    Forecast,
    /// An intention (`soll`, `will`, `Ziel`, `plans`).
    Plan,
    /// What is required, a threshold, not what happened (`Erforderlich waren mindestens 489
    /// Stimmen`, `the 50% needed to win`): never compared with an outcome.
    Required,
}

/// The period a figure refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeScope {
    pub text: String,
    pub value: String,
    pub low: Option<String>,
    pub high: Option<String>,
}

/// One claim. The field order is the order in `claims/*.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable across edits to unrelated text: see [`context::claim_id`].
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub status: Status,
    /// Pins the claim to a named fact; claims with the same key are one fact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub origin: Origin,
    /// The extractor no longer finds this claim; kept for the editor to decide.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
    #[serde(default)]
    pub source: String,
    /// The language of the source's text (absent in claims files written before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::Lang>,
    #[serde(flatten)]
    pub quantity: Quantity,
    #[serde(default)]
    pub sentence: String,
    #[serde(default)]
    pub sentence_start: usize,
    #[serde(default)]
    pub sentence_end: usize,
    #[serde(default)]
    pub entities: Vec<String>,
    /// Names in the sentences just before and after: context for short sentences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nearby: Vec<String>,
    /// The names the figure's own clause places it in or at (`in Bangkok`, `aus Myanmar`,
    /// `at Boeing`): a figure of one place is no fact of another.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Concept keys (from the lexicon) and stems of the words around the figure, nearest first.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// What the figure measures: the lexicon concept nearest it in its own clause (a
    /// specific one before a generic one). Alignment holds different measures apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Concept keys of the sentences just before and after.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nearby_keywords: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeScope>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    #[serde(default)]
    pub modality: Modality,
    /// A figure that only dates or frames another one, or a dateline: kept, but reports
    /// do not lead with it.
    #[serde(default)]
    pub incidental: bool,
    /// A money figure that converts the amount before it into another currency (`€15 bn
    /// (£12.4 bn)`): never compared as a contradiction.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub converted: bool,
    /// The figure is a change (`fell 2.3%`, `um 11,5 Prozent erhöht`, `a 25% raise`), not a
    /// level (`auf 28 Prozent`, `a 12% stake`): a change is never compared with a level.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub change: bool,
    /// The figure's clause says it is an earlier value since superseded (`zuvor`,
    /// `previously`): its report may give the fact's newer value beside it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub earlier: bool,
    /// The figure counts part of a group its sentence counted before (`Nine people died,
    /// eight of them at the site`, `davon 12 in Berlin`): a subset, no value of the total.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub subset: bool,
    /// Any other field an editor wrote: kept as written.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Claim {
    /// The fields the extractor produces, for comparing two extractions (ignores the
    /// editor's annotations).
    pub fn extracted_fields(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(self).expect("claims serialize");
        if let Some(m) = v.as_object_mut() {
            for k in ["status", "fact", "note", "origin", "stale"] {
                m.remove(k);
            }
            let extra: Vec<String> = self.extra.keys().cloned().collect();
            for k in extra {
                m.remove(&k);
            }
        }
        v
    }
}
