//! The Markdown report of `check --format markdown`: for pasting into an editorial
//! document, with every figure's sentence quoted, each source's title, outlet, date and URL,
//! and each figure's line:column in its file.

use std::fmt::Write;

use super::Report;
use crate::verdict::Verdict;

fn heading(v: Verdict) -> &'static str {
    match v {
        Verdict::Conflict => "Conflicts",
        Verdict::Updated => "Changed over time",
        Verdict::Agree => "Agreements",
        Verdict::Single => "Single-source facts",
    }
}

/// A table cell: `–` when empty, on one line, pipes escaped.
fn cell(v: Option<&str>) -> String {
    match v {
        Some(v) if !v.trim().is_empty() => v.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|"),
        _ => "–".into(),
    }
}

/// Renders the report.
pub fn render(report: &Report, all: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Cross-check report\n");
    let _ = writeln!(out, "{}\n", report.summary_line(all));
    let _ = writeln!(out, "| source | title | outlet | date | language | URL |\n|---|---|---|---|---|---|");
    for s in report.sources {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            s.id,
            cell(s.title.as_deref()),
            cell(s.outlet.as_deref()),
            s.date.map(|d| d.to_string()).unwrap_or_else(|| "–".into()),
            s.lang,
            cell(s.url.as_deref()),
        );
    }
    let mut current: Option<Verdict> = None;
    for f in report.shown(all) {
        if current != Some(f.verdict) {
            let _ = writeln!(out, "\n## {}\n", heading(f.verdict));
            current = Some(f.verdict);
        }
        let _ = writeln!(out, "### {} — {}\n", f.label, f.verdict.as_str());
        let _ = writeln!(out, "{}\n", f.explanation);
        if !f.why.is_empty() {
            let _ = writeln!(out, "Grouped by {}.\n", f.why.join("; "));
        }
        for c in &f.claims {
            let q = &c.quantity;
            // Line and column for the reader; bytes only when the text could not be read.
            let at = match report.line_col(&c.source, q.start) {
                Some((line, column)) => format!("line {line}:{column}"),
                None => format!("bytes {}–{}", q.start, q.end),
            };
            let _ = writeln!(out, "- **{}** ({at}): **{}**", c.source, q.text.replace('\n', " "));
            let sentence = c.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = writeln!(out, "  > {sentence}");
        }
        out.push('\n');
    }
    out
}
