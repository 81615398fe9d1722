//! `claimcheck verify` output: a readable diff between stored and fresh claims.

use std::fmt::Write;

use crate::claim::Claim;
use crate::store::Drift;

fn describe(c: &Claim) -> String {
    format!("{} {} {:?} ({}..{})", c.id, c.quantity.kind, c.quantity.text, c.quantity.start, c.quantity.end)
}

/// ANSI colours for the kinds of line: new green, stale red, changed yellow, notes bold.
fn paint(line: String, color: bool) -> String {
    if !color {
        return line;
    }
    let code = match line.trim_start().chars().next() {
        Some('+') => "32",
        Some('-') => "31",
        Some('~') => "33",
        Some('!') => "1",
        _ => return line,
    };
    format!("\x1b[{code}m{line}\x1b[0m")
}

/// The drift, grouped by source; `claims up to date` when there is none. `color` paints
/// the lines by kind.
pub fn render(drift: &[Drift], color: bool) -> String {
    let plain = render_plain(drift);
    if !color {
        return plain;
    }
    plain.lines().map(|l| paint(l.to_string(), true) + "\n").collect()
}

fn render_plain(drift: &[Drift]) -> String {
    if drift.is_empty() {
        return "claims up to date: extraction matches claims/\n".into();
    }
    let mut out = String::new();
    let mut current = "";
    for d in drift {
        let source = match d {
            Drift::Unrecorded { source }
            | Drift::SourceGone { source }
            | Drift::SourceChanged { source }
            | Drift::New { source, .. }
            | Drift::Stale { source, .. }
            | Drift::Changed { source, .. } => source.as_str(),
        };
        if source != current {
            let _ = writeln!(out, "{source}");
            current = source;
        }
        let _ = match d {
            Drift::Unrecorded { .. } => writeln!(out, "  ! no claims file: run `claimcheck extract`"),
            Drift::SourceGone { .. } => writeln!(out, "  ! claims file without a source"),
            Drift::SourceChanged { .. } => writeln!(out, "  ! the source changed since its claims were extracted"),
            Drift::New { claim, .. } => writeln!(out, "  + new      {}", describe(claim)),
            Drift::Stale { claim, .. } => writeln!(out, "  - stale    {}", describe(claim)),
            Drift::Changed { claim, fields, .. } => {
                let _ = writeln!(out, "  ~ changed  {}", describe(claim));
                for (field, old, new) in fields {
                    let _ = writeln!(out, "      {field}: {old} → {new}");
                }
                Ok(())
            }
        };
    }
    let count = drift.len();
    let _ = writeln!(
        out,
        "\n{count} difference(s): review them, then run `claimcheck extract` and commit claims/ with the change"
    );
    out
}
