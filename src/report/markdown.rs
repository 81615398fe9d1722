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

/// A table cell: `–` when empty, on one line, pipes escaped, no markup.
fn cell(v: Option<&str>) -> String {
    match v {
        Some(v) if !v.trim().is_empty() => inline(v).replace('|', "\\|"),
        _ => "–".into(),
    }
}

/// Source text on one line, with the characters that would start raw HTML as entities:
/// Markdown passes HTML through, and an article may contain `<script>`.
fn inline(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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
        let _ = writeln!(out, "### {} — {}\n", inline(&f.label), f.verdict.as_str());
        let _ = writeln!(out, "{}\n", inline(&f.explanation));
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
            let _ = writeln!(out, "- **{}** ({at}): **{}**", inline(&c.source), inline(&q.text));
            let _ = writeln!(out, "  > {}", inline(&c.sentence));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_text_cannot_open_raw_html() {
        assert_eq!(inline("a <script>x</script> &amp;\n b"), "a &lt;script&gt;x&lt;/script&gt; &amp;amp; b");
        assert_eq!(cell(Some("A | B <i>")), "A \\| B &lt;i&gt;");
        assert_eq!(cell(Some("  ")), "–");
    }
}
