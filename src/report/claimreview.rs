//! `check --format claimreview`: schema.org ClaimReview JSON-LD for the facts an editor
//! rated (see [`crate::review`] for where ratings live).
//!
//! # Format
//! A JSON array, one ClaimReview per rated fact, in the report's order:
//!
//! ```json
//! [{"@context": "https://schema.org", "@type": "ClaimReview",
//!   "url": "https://factcheck.example/report.html#fact-f0198260e73",
//!   "claimReviewed": "Meta invested $14.3 billion in Scale AI",
//!   "datePublished": "2025-08-01",
//!   "author": {"@type": "Organization", "name": "Example Fact Check"},
//!   "reviewRating": {"@type": "Rating", "alternateName": "true",
//!                    "ratingValue": 5, "bestRating": 5, "worstRating": 1},
//!   "itemReviewed": {"@type": "Claim",
//!     "appearance": [{"@type": "CreativeWork", "url": "https://…", "headline": "…",
//!                     "datePublished": "2025-07-29",
//!                     "publisher": {"@type": "Organization", "name": "…"}}],
//!     "firstAppearance": {"@type": "CreativeWork", "url": "https://…", …}}}]
//! ```
//! `appearance` lists the fact's sources that have a URL; `firstAppearance` is the earliest
//! of them by date. Facts without a rating are not exported ([`Export::unrated`] counts
//! them, for a note on stderr). Nothing depends on the time of the run: `datePublished` is
//! the review's date.

use serde::Serialize;

use super::Report;
use crate::error::Result;
use crate::review::{self, Review, ReviewerKind};
use crate::store::SourceRecord;
use crate::verdict::Fact;

/// The rendered JSON-LD and what was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    pub json: String,
    /// Facts no claim of which carries a review.
    pub unrated: usize,
    /// Rated facts with no `url` of their own and no base URL to make one.
    pub without_url: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    claim_reviewed: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    author: Party<'a>,
    review_rating: Rating<'a>,
    item_reviewed: Item<'a>,
}

#[derive(Serialize)]
struct Party<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rating<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    alternate_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating_value: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    best_rating: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    worst_rating: Option<u8>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    appearance: Vec<Work<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_appearance: Option<Work<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Work<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Party<'a>>,
}

fn work(r: &SourceRecord) -> Option<Work<'_>> {
    Some(Work {
        kind: "CreativeWork",
        url: r.url.as_deref()?,
        headline: r.title.as_deref(),
        date_published: r.date.map(|d| d.to_string()),
        publisher: r.outlet.as_deref().map(|name| Party { kind: "Organization", name, url: None }),
    })
}

/// The first review among a fact's claims, with the claim it is on.
fn rated(f: &Fact) -> Result<Option<(&crate::claim::Claim, Review)>> {
    for c in &f.claims {
        if let Some(r) = review::of(c)? {
            return Ok(Some((c, r)));
        }
    }
    Ok(None)
}

/// Renders the rated facts; `base_url` makes each fact's `url` (`base_url#fact-<id>`, the
/// fact's anchor in the HTML report) when its review has none.
///
/// # Errors
/// A review that is not one (see [`review::of`]).
pub fn render(report: &Report, base_url: Option<&str>) -> Result<Export> {
    let mut reviews = Vec::new();
    let (mut unrated, mut without_url) = (0, 0);
    let mut kept: Vec<(&Fact, &crate::claim::Claim, Review)> = Vec::new();
    for f in report.facts {
        match rated(f)? {
            Some((c, r)) => kept.push((f, c, r)),
            None => unrated += 1,
        }
    }
    for (f, c, r) in &kept {
        // The sources in the fact's order, once each.
        let mut records: Vec<&SourceRecord> = Vec::new();
        for id in &f.sources {
            if let Some(rec) = report.record(id) {
                if !records.iter().any(|x| x.id == rec.id) {
                    records.push(rec);
                }
            }
        }
        let appearance: Vec<Work> = records.iter().filter_map(|r| work(r)).collect();
        let first =
            records.iter().filter(|r| r.url.is_some()).min_by_key(|r| (r.date.is_none(), r.date)).and_then(|r| work(r));
        let url = r.url.clone().or_else(|| base_url.map(|b| format!("{b}#fact-{}", f.id)));
        if url.is_none() {
            without_url += 1;
        }
        reviews.push(ClaimReview {
            context: "https://schema.org",
            kind: "ClaimReview",
            url,
            claim_reviewed: r.claim.as_deref().unwrap_or(c.sentence.trim()),
            date_published: r.date.map(|d| d.to_string()),
            author: Party {
                kind: match r.reviewer.kind() {
                    ReviewerKind::Person => "Person",
                    ReviewerKind::Organization => "Organization",
                },
                name: r.reviewer.name(),
                url: r.reviewer.url(),
            },
            review_rating: Rating {
                kind: "Rating",
                alternate_name: &r.rating,
                rating_value: r.value,
                best_rating: r.value.map(|_| 5),
                worst_rating: r.value.map(|_| 1),
            },
            item_reviewed: Item { kind: "Claim", appearance, first_appearance: first },
        });
    }
    let mut json = serde_json::to_string_pretty(&reviews).expect("ClaimReviews serialize");
    json.push('\n');
    Ok(Export { json, unrated, without_url })
}
