//! `claimcheck verify` output: a readable diff between stored and fresh claims.

use std::fmt::Write;

use crate::claim::Claim;
use crate::store::Drift;

fn describe(c: &Claim) -> String {
    format!("{} {} {:?} ({}..{})", c.id, c.quantity.kind, c.quantity.text, c.quantity.start, c.quantity.end)
}

/// The drift, grouped by source; `claims up to date` when there is none.
pub fn render(drift: &[Drift]) -> String {
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
