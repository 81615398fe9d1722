//! The JSON Lines report of `check --format jsonl`: one fact per line, for pipelines.
//!
//! # Format
//! Each line is one fact exactly as in the `facts` array of the JSON report (see
//! [`super::json`]), every fact in the report's order, incidental ones included:
//!
//! ```json
//! {"id":"f…","label":"Investment · Scale AI","kind":"money","verdict":"agree",…,"claims":[…]}
//! ```

use super::Report;

/// Renders the report.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in report.facts {
        out.push_str(&serde_json::to_string(&super::json::fact(f)).expect("reports serialize"));
        out.push('\n');
    }
    out
}
