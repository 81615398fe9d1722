//! `--format github`: GitHub Actions workflow commands, one annotation per finding.
//!
//! # Format
//! ```text
//! ::error file=sources/a.txt,line=9,col=52,endLine=9,endColumn=77,title=conflict%3A Scale AI · investment::a says 14.3 bn USD, b says 16.3 bn USD (differ by 12 %) — this source says 14,3 Milliarden US-Dollar
//! ```
//! `line`/`col` are 1-based, columns in characters; a finding about a whole file has no
//! line. Values are escaped as the runner expects (`%`, CR and LF in the message; also `:`
//! and `,` in properties). A run without findings prints nothing.

use super::findings::{Finding, Level};

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders the findings.
pub fn render(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "notice",
        };
        let mut props = vec![format!("file={}", escape_property(&f.place.path))];
        if let Some(s) = f.place.span {
            props.push(format!("line={}", s.line));
            props.push(format!("col={}", s.column));
            props.push(format!("endLine={}", s.end_line));
            props.push(format!("endColumn={}", s.end_column));
        }
        props.push(format!("title={}", escape_property(&f.title)));
        out.push_str(&format!("::{command} {}::{}\n", props.join(","), escape_data(&f.message)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_for_the_runner() {
        assert_eq!(escape_data("50% of\r\nit"), "50%25 of%0D%0Ait");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
