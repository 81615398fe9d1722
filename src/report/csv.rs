//! The CSV report of `check --format csv`: one row per claim, for spreadsheets.
//!
//! # Format
//! RFC 4180 (quoted where needed, `\n` line ends), a header row, then one row per claim of
//! every fact (incidental and single-source ones included, as in the JSON report), facts in
//! the report's order:
//!
//! ```csv
//! fact,verdict,label,claim,source,line,column,figure,value,low,high,unit,sentence,incidental
//! f3c1…,agree,Investment · Scale AI,c1f0…,002_061e4d65b85090b2,9,52,14,3 Milliarden US-Dollar,14300000000,14300000000,14300000000,USD,Meta tätigte …,false
//! ```
//! `figure` is the figure as written; `value`, `low` and `high` are plain numbers that
//! read back exactly (no thousands separators; ISO strings for dates), empty for an open bound; `line` and
//! `column` (1-based, in characters) are empty when the source text could not be read.
//! A sentence's line breaks are kept inside its quoted field. A text cell a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return —
//! an article may hold anything) is written with a leading `'`, which spreadsheets show as
//! text; the numeric columns are never changed.

use std::borrow::Cow;

use serde::Serialize;

use super::Report;
use crate::quantity::Value;

#[derive(Serialize)]
struct Row<'a> {
    fact: &'a str,
    verdict: &'static str,
    label: Cow<'a, str>,
    claim: Cow<'a, str>,
    source: Cow<'a, str>,
    line: Option<usize>,
    column: Option<usize>,
    figure: Cow<'a, str>,
    value: String,
    low: Option<String>,
    high: Option<String>,
    unit: Option<Cow<'a, str>>,
    sentence: Cow<'a, str>,
    incidental: bool,
}

/// Text as a spreadsheet will show it, never run it: a leading `'` before what would start
/// a formula (OWASP's advice for CSV injection).
fn text(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A value as a spreadsheet reads it back exactly: the shortest decimal that round-trips
/// (`14300000000`, `0.21428571428571427`), never a thousands separator.
fn plain(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::Date(d) => d.clone(),
    }
}

/// Renders the report.
pub fn render(report: &Report) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    for f in report.facts {
        for c in &f.claims {
            let q = &c.quantity;
            let at = report.line_col(&c.source, q.start);
            w.serialize(Row {
                fact: &f.id,
                verdict: f.verdict.as_str(),
                label: text(&f.label),
                claim: text(&c.id),
                source: text(&c.source),
                line: at.map(|a| a.0),
                column: at.map(|a| a.1),
                figure: text(&q.text),
                value: plain(&q.value),
                low: q.low.as_ref().map(plain),
                high: q.high.as_ref().map(plain),
                unit: q.unit.as_deref().map(text),
                sentence: text(&c.sentence),
                incidental: f.incidental,
            })
            .expect("rows serialize into memory");
        }
    }
    if report.facts.iter().all(|f| f.claims.is_empty()) {
        // No rows: still write the header, so a spreadsheet sees the columns.
        w.write_record([
            "fact",
            "verdict",
            "label",
            "claim",
            "source",
            "line",
            "column",
            "figure",
            "value",
            "low",
            "high",
            "unit",
            "sentence",
            "incidental",
        ])
        .expect("rows serialize into memory");
    }
    String::from_utf8(w.into_inner().expect("an in-memory writer does not fail")).expect("CSV of UTF-8 text is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(text("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        for s in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text(s).starts_with('\''), "{s:?}");
        }
        assert_eq!(text("Meta zahlte"), "Meta zahlte");
        assert!(matches!(text("plain"), Cow::Borrowed(_)));
    }
}
