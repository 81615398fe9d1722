//! The binary end to end: arguments, streams, exit codes, bad input.

use std::fs;

use assert_cmd::Command;

fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.env("COLUMNS", "120").env("NO_COLOR", "1");
    cmd
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn scan_stdin_prints_the_json_contract() {
    let input = "Meta zahlte 14,3 Milliarden US-Dollar für 49 Prozent.";
    let out = claimcheck().args(["scan", "--lang", "de", "--format", "json"]).write_stdin(input).assert().success();
    let rows = json_lines(&out.get_output().stdout);
    assert_eq!(rows.len(), 2);
    for key in ["source", "start", "end", "text", "kind", "value", "low", "high", "unit", "qualifier"] {
        assert!(rows[0].get(key).is_some(), "missing {key}");
    }
    let (s, e) = (rows[0]["start"].as_u64().unwrap() as usize, rows[0]["end"].as_u64().unwrap() as usize);
    assert_eq!(&input.as_bytes()[s..e], "14,3 Milliarden US-Dollar".as_bytes());
    assert_eq!(rows[0]["value"], serde_json::json!(14300000000.0));
    assert_eq!(rows[0]["unit"], "USD");
    assert_eq!(rows[1]["kind"], "percent");
}

#[test]
fn scan_reads_the_language_given() {
    let out = claimcheck()
        .args(["scan", "--lang", "en", "--format", "json", "-"])
        .write_stdin("It cost 4,800 dollars.")
        .assert()
        .success();
    assert_eq!(json_lines(&out.get_output().stdout)[0]["value"], serde_json::json!(4800.0));
    let out = claimcheck()
        .args(["scan", "--lang", "de", "--format", "json", "-"])
        .write_stdin("Es kostete 4,800 Dollar.")
        .assert()
        .success();
    assert_eq!(json_lines(&out.get_output().stdout)[0]["value"], serde_json::json!(4.8));
}

#[test]
fn scan_offsets_are_bytes_on_disk_with_bom_and_crlf() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    let bytes = "\u{FEFF}Zeile eins\r\nMeta zahlte 14,3 Mrd. Dollar.\r\n".as_bytes().to_vec();
    fs::write(&path, &bytes).unwrap();
    let out = claimcheck().args(["scan", "--format", "json"]).arg(&path).assert().success();
    let row = &json_lines(&out.get_output().stdout)[0];
    let (s, e) = (row["start"].as_u64().unwrap() as usize, row["end"].as_u64().unwrap() as usize);
    assert_eq!(&bytes[s..e], "14,3 Mrd. Dollar".as_bytes());
    assert_eq!((row["line"].as_u64(), row["column"].as_u64()), (Some(2), Some(13)));
}

#[test]
fn bad_sources_are_named_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    let empty = dir.path().join("empty.txt");
    let good = dir.path().join("good.txt");
    fs::write(&bad, b"Meta zahlte \xff\xfe 5 Euro").unwrap();
    fs::write(&empty, b"").unwrap();
    fs::write(&good, "Meta zahlte 5 Euro.").unwrap();
    let out = claimcheck().args(["scan", "--format", "json"]).args([&bad, &empty, &good]).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("bad.txt") && stderr.contains("not UTF-8"), "{stderr}");
    assert!(stderr.contains("empty.txt") && stderr.contains("empty"), "{stderr}");
    let rows = json_lines(&out.get_output().stdout);
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["source"].as_str().unwrap().ends_with("good.txt"));
}

#[test]
fn missing_paths_are_errors() {
    let out = claimcheck().args(["scan", "does/not/exist.txt"]).assert().code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("does/not/exist.txt"));
    let out = claimcheck().args(["check", "no-such-folder"]).assert().code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("no-such-folder"));
}

#[test]
fn scan_table_shows_line_and_column() {
    let out =
        claimcheck().args(["scan", "--lang", "de"]).write_stdin("Erste Zeile\nMeta zahlte 5 Euro.").assert().success();
    let table = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(table.contains("2:13") && table.contains("5 Euro") && table.contains("EUR"), "{table}");
}

#[test]
fn explain_shows_why_a_claim_links_and_names_an_unknown_id() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Meta zahlte 14,3 Milliarden US-Dollar für einen Anteil an Scale AI.").unwrap();
    fs::write(dir.path().join("b.txt"), "Meta paid $14.3 billion for a stake in Scale AI.").unwrap();
    let out = claimcheck().args(["check", "--format", "json"]).arg(dir.path()).assert().success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let id = report["facts"][0]["claims"][0]["id"].as_str().unwrap().to_string();
    let out = claimcheck().args(["check", "--explain", &id]).arg(dir.path()).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.starts_with(&id), "{text}");
    assert!(text.lines().any(|l| l.contains("$14.3 billion") && l.contains("links")), "{text}");
    let out = claimcheck().args(["check", "--explain", "cnothere"]).arg(dir.path()).assert().failure();
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("cnothere"));
}
