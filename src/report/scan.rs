//! `claimcheck scan` output: every quantity of every input.
//!
//! # Format (`--format jsonl`, alias `json`)
//! JSON Lines, one object per quantity, keys in this order:
//!
//! ```json
//! {"source":"sources/002.txt","start":1234,"end":1259,"text":"14,3 Milliarden US-Dollar",
//!  "kind":"money","value":14300000000.0,"low":14300000000.0,"high":14300000000.0,
//!  "unit":"USD","qualifier":"exact","precision":100000000.0,"line":9,"column":52}
//! ```
//! `start`/`end` are byte offsets into the input as given (end exclusive); dates have ISO
//! strings as `value`/`low`/`high`; an open bound is `null`; ratios add `part` and `whole`;
//! measures add `written` (the unit as written) and `dimension`; rates add `per` (their
//! denominator); a figure the text leaves undecided adds `ambiguous`.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::Serialize;

use crate::quantity::{format_number, Quantity, Value};
use crate::source::Source;

#[derive(Serialize)]
struct Row<'a> {
    source: &'a str,
    #[serde(flatten)]
    q: &'a Quantity,
    line: usize,
    column: usize,
}

/// JSON Lines for the quantities of one source; `name` is how the input was named.
pub fn json_lines(name: &str, source: &Source, quantities: &[Quantity]) -> String {
    json_rows(name, source, &source.lines(), quantities)
}

/// [`json_lines`] with the source's line index built once, for writing a long source's
/// quantities a piece at a time.
pub fn json_rows(name: &str, source: &Source, lines: &crate::source::LineIndex, quantities: &[Quantity]) -> String {
    let mut out = String::new();
    for q in quantities {
        let (line, column) = lines.line_col(source.stored(), q.start);
        let row = Row { source: name, q, line, column };
        out.push_str(&serde_json::to_string(&row).expect("quantities serialize"));
        out.push('\n');
    }
    out
}

fn show(v: &Option<Value>) -> String {
    match v {
        Some(Value::Number(n)) => format_number(*n),
        Some(Value::Date(d)) => d.clone(),
        None => "–".into(),
    }
}

/// A table of the quantities of several sources.
pub fn table(rows: &[(&str, &Source, Vec<Quantity>)], width: Option<u16>) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        t.set_width(w);
    }
    t.set_header(["source", "at", "text", "kind", "value", "low", "high", "unit", "qualifier"]);
    let mut count = 0;
    for (name, source, qs) in rows {
        let lines = source.lines();
        for q in qs {
            let (l, c) = lines.line_col(source.stored(), q.start);
            t.add_row([
                name.to_string(),
                format!("{l}:{c}"),
                q.text.replace(['\n', '\r'], " "),
                q.kind.to_string(),
                q.value.to_string(),
                show(&q.low),
                show(&q.high),
                q.unit.clone().unwrap_or_default(),
                q.qualifier.to_string(),
            ]);
            count += 1;
        }
    }
    format!("{t}\n{count} quantities in {} source(s)\n", rows.len())
}
