//! The terminal table of `check`: one row per fact, conflicts first.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, Color, ContentArrangement, Table};

use super::Report;
use crate::verdict::Verdict;

/// Renders the table; `width` fixes the width (tests, pipes), `color` adds verdict colours.
pub fn render(report: &Report, width: Option<u16>, color: bool, all: bool) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        t.set_width(w);
    }
    if !color {
        t.force_no_tty();
    } else {
        t.enforce_styling();
    }
    t.set_header(["verdict", "fact", "as written, by source", "explanation"]);
    for f in report.shown(all) {
        let mut verdict = Cell::new(f.verdict.as_str());
        if color {
            verdict = verdict.fg(match f.verdict {
                Verdict::Conflict => Color::Red,
                Verdict::Updated => Color::Yellow,
                Verdict::Agree => Color::Green,
                Verdict::Single => Color::Grey,
            });
        }
        let figures = f
            .claims
            .iter()
            .map(|c| format!("{}: {}", inert(short_id(&c.source)), inert(&c.quantity.text)))
            .collect::<Vec<_>>()
            .join("\n");
        t.add_row(vec![verdict, Cell::new(inert(&f.label)), Cell::new(figures), Cell::new(inert(&f.explanation))]);
    }
    format!("{t}\n{}\n", report.summary_line(all))
}

/// Source text made safe for a terminal: on one line, and a control character (an escape
/// sequence in a file name or an article) shown as `�` instead of acting on the terminal.
fn inert(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// `002_061e4d65b85090b2` → `002`: the short form sources are cited by in the table, when
/// the id has a numeric prefix; the full id otherwise.
fn short_id(id: &str) -> &str {
    match id.split_once('_') {
        Some((prefix, _)) if !prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_digit()) => prefix,
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(super::inert("a\u{1b}[2Jb\nc\u{7}"), "a\u{FFFD}[2Jb c\u{FFFD}");
    }
}
