//! Every `check --format` on the shipped sources: snapshots, and each machine format parsed
//! back with a real parser.

use std::path::PathBuf;

use assert_cmd::Command;
use serde::Deserialize;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.current_dir(repo()).env("NO_COLOR", "1").env("COLUMNS", "120");
    cmd
}

/// `check ARGS` on the shipped sources: its standard output.
fn check(args: &[&str]) -> String {
    let out = claimcheck().arg("check").args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("json", check(&["--format", "json"]));
}

#[test]
fn jsonl_snapshot_and_one_fact_per_line_as_in_the_json() {
    let lines = check(&["--format", "jsonl"]);
    insta::assert_snapshot!("jsonl", lines);
    let report: Value = serde_json::from_str(&check(&["--format", "json"])).unwrap();
    let facts: Vec<Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(&facts, report["facts"].as_array().unwrap());
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!("csv", check(&["--format", "csv"]));
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CsvRow {
    fact: String,
    verdict: String,
    label: String,
    claim: String,
    source: String,
    line: Option<usize>,
    column: Option<usize>,
    figure: String,
    value: String,
    low: Option<String>,
    high: Option<String>,
    unit: Option<String>,
    sentence: String,
    incidental: bool,
}

#[test]
fn csv_parses_back_to_the_claims_of_the_json() {
    let report: Value = serde_json::from_str(&check(&["--format", "json"])).unwrap();
    let csv_text = check(&["--format", "csv"]);
    let rows: Vec<CsvRow> =
        csv::Reader::from_reader(csv_text.as_bytes()).deserialize().collect::<Result<_, _>>().unwrap();
    let claims: Vec<(&Value, &Value)> = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap().iter().map(move |c| (f, c)))
        .collect();
    assert_eq!(rows.len(), claims.len());
    for (row, (f, c)) in rows.iter().zip(claims) {
        assert_eq!(row.fact, f["id"].as_str().unwrap());
        assert_eq!(row.verdict, f["verdict"].as_str().unwrap());
        assert_eq!(row.label, f["label"].as_str().unwrap());
        assert_eq!(row.incidental, f["incidental"].as_bool().unwrap());
        assert_eq!(row.claim, c["id"].as_str().unwrap());
        assert_eq!(row.source, c["source"].as_str().unwrap());
        assert_eq!(row.figure, c["text"].as_str().unwrap());
        assert_eq!(row.sentence, c["sentence"].as_str().unwrap(), "line breaks and quotes survive");
        assert_eq!(row.unit.as_deref(), c["unit"].as_str());
        match &c["value"] {
            Value::Number(n) => assert_eq!(row.value.parse::<f64>().unwrap(), n.as_f64().unwrap()),
            v => assert_eq!(row.value, v.as_str().unwrap()),
        }
        for (cell, json) in [(&row.low, &c["low"]), (&row.high, &c["high"])] {
            match json {
                Value::Null => assert_eq!(cell, &None),
                Value::Number(n) => assert_eq!(cell.as_ref().unwrap().parse::<f64>().unwrap(), n.as_f64().unwrap()),
                v => assert_eq!(cell.as_deref(), v.as_str()),
            }
        }
        // line:column point at the figure in the file on disk.
        let text = std::fs::read_to_string(repo().join("sources").join(format!("{}.txt", row.source))).unwrap();
        let (line, column) = (row.line.unwrap(), row.column.unwrap());
        let at: String = text.lines().nth(line - 1).unwrap().chars().skip(column - 1).collect();
        assert!(at.starts_with(&row.figure), "{line}:{column} is {at:?}, not {:?}", row.figure);
    }
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Meta zahlte \"rund\" 14,3 Milliarden Dollar, sagte er;\nso heißt es.")
        .unwrap();
    let out = claimcheck().args(["check", "--format", "csv"]).arg(dir.path()).assert().success();
    let rows: Vec<CsvRow> =
        csv::Reader::from_reader(&out.get_output().stdout[..]).deserialize().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].sentence.contains("\"rund\"") && rows[0].sentence.contains('\n'), "{:?}", rows[0].sentence);
}

#[test]
fn scan_jsonl_is_json_lines_and_json_its_alias() {
    let input = "Meta zahlte 14,3 Milliarden US-Dollar für 49 Prozent.";
    let run = |format: &str| {
        let out = claimcheck().args(["scan", "--lang", "de", "--format", format]).write_stdin(input).assert().success();
        out.get_output().stdout.clone()
    };
    let jsonl = run("jsonl");
    assert_eq!(jsonl, run("json"));
    assert_eq!(String::from_utf8_lossy(&jsonl).lines().filter(|l| serde_json::from_str::<Value>(l).is_ok()).count(), 2);
}

#[test]
fn html_snapshot() {
    insta::assert_snapshot!("html", check(&["--format", "html"]));
}
