//! The JSON report of `check --format json`: the contract other tools and the tests rely on.
//!
//! # Format
//! ```json
//! {
//!   "schema_version": 1,
//!   "sources": [{"id": "002_061e4d65b85090b2", "path": "sources/002_061e4d65b85090b2.txt",
//!                "title": null, "outlet": null, "date": null, "url": null, "lang": "de"}],
//!   "facts": [{
//!     "id": "f…", "label": "Investment · Scale AI", "kind": "money",
//!     "verdict": "agree", "explanation": "…", "incidental": false,
//!     "sources": ["000_a86cf3fd398b4f91", "002_061e4d65b85090b2"], "independent": 2,
//!     "why": ["measure: investment", "the same figure, linked in 1 pair(s) of sources"],
//!     "claims": [{"id": "c…", "source": "002_061e4d65b85090b2", "start": 1534, "end": 1559,
//!                 "text": "14,3 Milliarden US-Dollar", "kind": "money",
//!                 "value": 14300000000.0, "low": 14300000000.0, "high": 14300000000.0,
//!                 "unit": "USD", "qualifier": "exact", "precision": 100000000.0,
//!                 "sentence": "…", "modality": "fact", "status": "confirmed"}]
//!   }],
//!   "summary": {"facts": 0, "agree": 0, "conflict": 0, "updated": 0, "single": 0}
//! }
//! ```
//! `start`/`end` are byte offsets into the source file as stored; `value`, `low` and `high`
//! are the figure as stated (ISO strings for dates); every fact is listed, incidental and
//! single-source ones included; `why` (left out for a claim alone) says what the grouping
//! rests on; `independent` counts the sources that are not wire copies of one another; a
//! conflict has `gap` (its largest relative difference, percent) and, when its figures are
//! a power of ten apart, `magnitude_slip` (that power). A measured claim adds `written` (its
//! unit as written) and `dimension`; a rate adds `per` (its denominator: `year`, `barrel`);
//! a figure the text leaves undecided adds `ambiguous` (`money_or_length`, `money_or_mass`).

use serde::Serialize;

use super::{Report, Summary};
use crate::claim::{Claim, Modality, Status};
use crate::quantity::{Kind, Qualifier, Value};
use crate::store::SourceRecord;
use crate::verdict::{Fact, Verdict};

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    sources: Vec<SourceOut<'a>>,
    facts: Vec<FactOut<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    id: &'a str,
    path: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    date: Option<chrono::NaiveDate>,
    url: Option<&'a str>,
    lang: crate::Lang,
}

#[derive(Serialize)]
pub(super) struct FactOut<'a> {
    id: &'a str,
    label: &'a str,
    kind: Kind,
    verdict: Verdict,
    explanation: &'a str,
    incidental: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pinned: Option<&'a str>,
    sources: &'a [String],
    /// Sources that are not wire copies of one another.
    independent: usize,
    /// A conflict's largest relative difference, in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    gap: Option<f64>,
    /// A conflict whose figures are this power of ten apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    magnitude_slip: Option<u32>,
    /// Why the claims are one fact: measure, figure, names and links.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    why: &'a [String],
    claims: Vec<ClaimOut<'a>>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    id: &'a str,
    source: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    kind: Kind,
    value: &'a Value,
    low: &'a Option<Value>,
    high: &'a Option<Value>,
    unit: Option<&'a str>,
    qualifier: Qualifier,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    whole: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    written: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dimension: Option<crate::quantity::Dimension>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ambiguous: Option<crate::quantity::Ambiguity>,
    sentence: &'a str,
    modality: Modality,
    status: Status,
}

fn claim(c: &Claim) -> ClaimOut<'_> {
    let q = &c.quantity;
    ClaimOut {
        id: &c.id,
        source: &c.source,
        start: q.start,
        end: q.end,
        text: &q.text,
        kind: q.kind,
        value: &q.value,
        low: &q.low,
        high: &q.high,
        unit: q.unit.as_deref(),
        qualifier: q.qualifier,
        precision: q.precision,
        part: q.part,
        whole: q.whole,
        written: q.written.as_deref(),
        dimension: q.dimension,
        per: q.per.as_deref(),
        ambiguous: q.ambiguous,
        sentence: &c.sentence,
        modality: c.modality,
        status: c.status,
    }
}

pub(super) fn fact(f: &Fact) -> FactOut<'_> {
    FactOut {
        id: &f.id,
        label: &f.label,
        kind: f.kind,
        verdict: f.verdict,
        explanation: &f.explanation,
        incidental: f.incidental,
        pinned: f.pinned.as_deref(),
        sources: &f.sources,
        independent: f.independent,
        gap: f.gap,
        magnitude_slip: f.magnitude_slip,
        why: &f.why,
        claims: f.claims.iter().map(claim).collect(),
    }
}

fn source(s: &SourceRecord) -> SourceOut<'_> {
    SourceOut {
        id: &s.id,
        path: &s.path,
        title: s.title.as_deref(),
        outlet: s.outlet.as_deref(),
        date: s.date,
        url: s.url.as_deref(),
        lang: s.lang,
    }
}

/// The report as pretty JSON with a final newline.
pub fn render(report: &Report) -> String {
    let out = Out {
        schema_version: 1,
        sources: report.sources.iter().map(source).collect(),
        facts: report.facts.iter().map(fact).collect(),
        summary: report.summary(),
    };
    let mut s = serde_json::to_string_pretty(&out).expect("reports serialize");
    s.push('\n');
    s
}
