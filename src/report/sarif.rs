//! `--format sarif`: a SARIF 2.1.0 log of the findings, for code-scanning tools.
//!
//! # Format
//! One run of the driver `claimcheck` with one rule per kind of finding (`conflict`,
//! `drift/new`, `drift/stale`, `drift/changed`, `drift/source`) and one result per finding:
//!
//! ```json
//! {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
//!  "runs": [{"tool": {"driver": {"name": "claimcheck", "version": "0.1.0", "rules": […]}},
//!            "columnKind": "unicodeCodePoints",
//!            "results": [{"ruleId": "conflict", "ruleIndex": 0, "level": "error",
//!                         "message": {"text": "…"},
//!                         "locations": [{"physicalLocation": {
//!                             "artifactLocation": {"uri": "sources/a.txt"},
//!                             "region": {"startLine": 9, "startColumn": 52, "endLine": 9,
//!                                        "endColumn": 77, "byteOffset": 1534, "byteLength": 25}}}],
//!                         "relatedLocations": […],
//!                         "partialFingerprints": {"claimcheck/v1": "conflict:c…:c…+c…"}}]}]}
//! ```
//! Columns count Unicode code points (`columnKind`), as everywhere in claimcheck; the byte
//! offsets index the file as stored. A finding about a whole file has no `region`.

use serde::Serialize;

use super::findings::{Finding, Level, Place, Rule};

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<RuleOut>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleOut {
    id: &'static str,
    short_description: Message,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: Fingerprints<'a>,
}

#[derive(Serialize)]
struct Fingerprints<'a> {
    #[serde(rename = "claimcheck/v1")]
    v1: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
    }
}

fn location(p: &Place, id: Option<usize>) -> Location<'_> {
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: &p.path },
            region: p.span.map(|s| Region {
                start_line: s.line,
                start_column: s.column,
                end_line: s.end_line,
                end_column: s.end_column,
                byte_offset: s.start,
                byte_length: s.end - s.start,
            }),
        },
    }
}

/// Renders the findings as pretty JSON with a final newline.
pub fn render(findings: &[Finding]) -> String {
    let rules = Rule::ALL
        .iter()
        .map(|r| RuleOut {
            id: r.id(),
            short_description: Message { text: r.description().into() },
            default_configuration: Configuration { level: "error" },
        })
        .collect();
    let results = findings
        .iter()
        .map(|f| SarifResult {
            rule_id: f.rule.id(),
            rule_index: Rule::ALL.iter().position(|r| *r == f.rule).unwrap_or(0),
            level: level(f.level),
            message: Message { text: format!("{}: {}", f.title, f.message) },
            locations: [location(&f.place, None)],
            related_locations: f.related.iter().enumerate().map(|(i, p)| location(p, Some(i))).collect(),
            partial_fingerprints: Fingerprints { v1: &f.fingerprint },
        })
        .collect();
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: Tool { driver: Driver { name: "claimcheck", version: env!("CARGO_PKG_VERSION"), rules } },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut s = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    s.push('\n');
    s
}
