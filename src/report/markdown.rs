//! The Markdown report of `check --format markdown`: for pasting into an editorial
//! document, with every figure's sentence quoted.

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

/// Renders the report.
pub fn render(report: &Report, all: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Cross-check report\n");
    let _ = writeln!(out, "{}\n", report.summary_line(all));
    let _ = writeln!(out, "| source | date | language | title |\n|---|---|---|---|");
    for s in report.sources {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            s.id,
            s.date.map(|d| d.to_string()).unwrap_or_else(|| "–".into()),
            s.lang,
            s.title.as_deref().unwrap_or("–").replace('|', "\\|")
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
            let _ =
                writeln!(out, "- **{}** (bytes {}–{}): **{}**", c.source, q.start, q.end, q.text.replace('\n', " "));
            let sentence = c.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = writeln!(out, "  > {sentence}");
        }
        out.push('\n');
    }
    out
}
