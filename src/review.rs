//! An editor's rating of a fact, for `check --format claimreview`.
//!
//! # Format
//! A `review` object on any claim of the fact in `claims/<source-id>.json` (beside
//! `status`, `fact` and `note`; `extract` keeps it like every annotation):
//!
//! ```json
//! "review": {
//!   "rating": "mostly true",
//!   "value": 4,
//!   "reviewer": "Example Fact Check",
//!   "date": "2025-08-01",
//!   "claim": "Meta invested $14.3 billion in Scale AI",
//!   "url": "https://factcheck.example/meta-scale-ai"
//! }
//! ```
//!
//! | key | required | meaning |
//! |---|---|---|
//! | `rating` | yes | the verdict in words: `true`, `mostly true`, `false`, … (free text) |
//! | `value` | no | the same on a scale of 1 (false) to 5 (true) |
//! | `reviewer` | yes | who rated it: a name (an organization), or `{"name": …, "type": "Person" \| "Organization", "url": …}` |
//! | `date` | no | when the rating was published (`YYYY-MM-DD`) |
//! | `claim` | no | the claim as the review words it; the claim's sentence otherwise |
//! | `url` | no | the published fact check; `base_url#fact-<id>` otherwise |
//!
//! When several claims of a fact carry a review, the first in the fact's order is used.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::claim::Claim;
use crate::error::{Error, Result};

/// The key of a claim's review in its claims file.
pub const KEY: &str = "review";

/// An editor's rating of the fact a claim belongs to.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub rating: String,
    #[serde(default)]
    pub value: Option<u8>,
    pub reviewer: Reviewer,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub claim: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Who rated: a name (taken for an organization), or a name with its kind and URL.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Reviewer {
    Name(String),
    Full {
        name: String,
        #[serde(rename = "type", default)]
        kind: Option<ReviewerKind>,
        #[serde(default)]
        url: Option<String>,
    },
}

/// The schema.org type of a reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum ReviewerKind {
    Person,
    Organization,
}

impl Reviewer {
    pub fn name(&self) -> &str {
        match self {
            Reviewer::Name(n) | Reviewer::Full { name: n, .. } => n,
        }
    }

    pub fn kind(&self) -> ReviewerKind {
        match self {
            Reviewer::Full { kind: Some(k), .. } => *k,
            _ => ReviewerKind::Organization,
        }
    }

    pub fn url(&self) -> Option<&str> {
        match self {
            Reviewer::Full { url, .. } => url.as_deref(),
            Reviewer::Name(_) => None,
        }
    }
}

/// The review a claim carries, if any.
///
/// # Errors
/// [`Error::Invalid`], naming the claim, when the `review` is not one (a missing rating or
/// reviewer, a value outside 1–5, an unknown key).
pub fn of(claim: &Claim) -> Result<Option<Review>> {
    let Some(v) = claim.extra.get(KEY) else { return Ok(None) };
    let invalid = |m: String| Error::Invalid(format!("claim {} of {}: review: {m}", claim.id, claim.source));
    let r: Review = serde_json::from_value(v.clone()).map_err(|e| invalid(e.to_string()))?;
    if r.rating.trim().is_empty() {
        return Err(invalid("the rating is empty".into()));
    }
    if r.reviewer.name().trim().is_empty() {
        return Err(invalid("the reviewer has no name".into()));
    }
    if let Some(v) = r.value {
        if !(1..=5).contains(&v) {
            return Err(invalid(format!("value {v} is outside 1 (false) to 5 (true)")));
        }
    }
    Ok(Some(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;
    use std::path::Path;

    fn claim_with(review: serde_json::Value) -> Claim {
        let s = Source::from_text("s", Path::new("s.txt"), "Meta zahlte 14,3 Milliarden Dollar.".into(), None).unwrap();
        let mut c = crate::claim::extract_all(std::slice::from_ref(&s)).remove(0).remove(0);
        c.extra.insert(KEY.into(), review);
        c
    }

    #[test]
    fn reviews_are_read_and_checked() {
        let r =
            of(&claim_with(serde_json::json!({"rating": "false", "value": 1, "reviewer": "Desk"}))).unwrap().unwrap();
        assert_eq!((r.rating.as_str(), r.value, r.reviewer.name()), ("false", Some(1), "Desk"));
        assert_eq!(r.reviewer.kind(), ReviewerKind::Organization);
        let r = of(&claim_with(serde_json::json!({"rating": "true", "reviewer": {"name": "Jo", "type": "Person"}})))
            .unwrap()
            .unwrap();
        assert_eq!(r.reviewer.kind(), ReviewerKind::Person);
        for (bad, says) in [
            (serde_json::json!({"rating": "true", "value": 0, "reviewer": "Desk"}), "outside 1"),
            (serde_json::json!({"rating": " ", "reviewer": "Desk"}), "rating is empty"),
            (serde_json::json!({"rating": "true"}), "reviewer"),
            (serde_json::json!({"rating": "true", "reviewer": "Desk", "stars": 3}), "stars"),
        ] {
            let e = of(&claim_with(bad)).unwrap_err().to_string();
            assert!(e.contains("review:") && e.contains(says), "{e}");
        }
        let mut plain = claim_with(serde_json::Value::Null);
        plain.extra.clear();
        assert_eq!(of(&plain).unwrap(), None);
    }
}
