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

/// Source text made inert in Markdown (and the HTML Markdown allows): one line, markup
/// characters escaped, `<` and `&` as entities, so `<script>`, `|` or `**` in an article,
/// an id or a title is shown as written and never runs, breaks a table or a quote.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                // Not `_`: inside a word it emphasises nothing, and ids are full of it.
                '\\' | '`' | '*' | '[' | ']' | '|' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

/// An id as code (`` `002_061e` ``), or escaped text when it holds what a code span cannot.
fn code(id: &str) -> String {
    if id.contains(['`', '|', '\n', '\r']) {
        escape(id)
    } else {
        format!("`{id}`")
    }
}

/// A table cell: `–` when empty, else the text escaped (one line, no markup, pipes escaped).
fn cell(v: Option<&str>) -> String {
    match v {
        Some(v) if !v.trim().is_empty() => escape(v),
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
            "| {} | {} | {} | {} | {} | {} |",
            code(&s.id),
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
        let _ = writeln!(out, "### {} — {}\n", escape(&f.label), f.verdict.as_str());
        let _ = writeln!(out, "{}\n", escape(&f.explanation));
        if !f.why.is_empty() {
            let _ = writeln!(out, "Grouped by {}.\n", escape(&f.why.join("; ")));
        }
        for c in &f.claims {
            let q = &c.quantity;
            // Line and column for the reader; bytes only when the text could not be read.
            let at = match report.line_col(&c.source, q.start) {
                Some((line, column)) => format!("line {line}:{column}"),
                None => format!("bytes {}–{}", q.start, q.end),
            };
            let _ = writeln!(out, "- **{}** ({at}): **{}**", escape(&c.source), escape(&q.text));
            let _ = writeln!(out, "  > {}", escape(&c.sentence));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_text_cannot_run_or_break_the_table() {
        assert_eq!(escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(escape("<img onerror=x> a|b"), "&lt;img onerror=x&gt; a\\|b");
        assert_eq!(escape("14,3\nMilliarden **Dollar**"), "14,3 Milliarden \\*\\*Dollar\\*\\*");
        assert_eq!(escape("[x](javascript:y) &lt;"), "\\[x\\](javascript:y) &amp;lt;");
        assert_eq!(code("a|b`"), "a\\|b\\`");
        assert_eq!(code("002_06"), "`002_06`");
    }

    #[test]
    fn source_text_cannot_open_raw_html() {
        assert_eq!(escape("a <script>x</script> &amp;\n b"), "a &lt;script&gt;x&lt;/script&gt; &amp;amp; b");
        assert_eq!(cell(Some("A | B <i>")), "A \\| B &lt;i&gt;");
        assert_eq!(cell(Some("  ")), "–");
        assert_eq!(cell(None), "–");
    }
}
