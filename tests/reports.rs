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
    // A sentence that a spreadsheet would run as a formula arrives as text.
    std::fs::write(dir.path().join("a.txt"), "=HYPERLINK(\"http://evil.example\") Meta zahlte 14,3 Milliarden Dollar.")
        .unwrap();
    let out = claimcheck().args(["check", "--format", "csv"]).arg(dir.path()).assert().success();
    let rows: Vec<CsvRow> =
        csv::Reader::from_reader(&out.get_output().stdout[..]).deserialize().collect::<Result<_, _>>().unwrap();
    assert!(rows[0].sentence.starts_with("'=HYPERLINK("), "{:?}", rows[0].sentence);
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

/// The shipped sources and a wire copy that contradicts them on the Scale AI investment.
const WITH_CONFLICT: [&str; 2] = ["sources", "tests/fixtures/en/wire_conflict.txt"];

#[test]
fn github_snapshot_and_annotations_point_at_the_figures() {
    assert_eq!(check(&["--format", "github"]), "", "no conflict in the shipped sources, no annotation");
    let out = check(&[&["--format", "github"][..], &WITH_CONFLICT].concat());
    insta::assert_snapshot!("github", out);
    assert_eq!(out.lines().count(), 4, "one annotation per claim of the conflict");
    for line in out.lines() {
        let rest = line.strip_prefix("::error file=").unwrap();
        let (props, message) = rest.split_once("::").unwrap();
        assert!(message.contains("16.3 bn USD") && !message.contains('\n'));
        let props: std::collections::HashMap<&str, &str> = std::iter::once(("file", props.split(',').next().unwrap()))
            .chain(props.split(',').skip(1).map(|p| p.split_once('=').unwrap()))
            .collect();
        let text = std::fs::read_to_string(repo().join(props["file"])).unwrap();
        let (line, col): (usize, usize) = (props["line"].parse().unwrap(), props["col"].parse().unwrap());
        let end: usize = props["endColumn"].parse().unwrap();
        let figure: String = text.lines().nth(line - 1).unwrap().chars().skip(col - 1).take(end - col).collect();
        assert!(figure.contains("14,3") || figure.contains("16.3"), "{figure:?}");
    }
}

/// The parts of SARIF 2.1.0 claimcheck writes, property names as in the specification
/// (§3.13 sarifLog … §3.30 region); unknown properties are refused, so a misspelt one fails.
mod sarif {
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Log {
        #[serde(rename = "$schema")]
        pub schema: String,
        pub version: String,
        pub runs: Vec<Run>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct Run {
        pub tool: Tool,
        pub column_kind: String,
        pub results: Vec<Result>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Tool {
        pub driver: Driver,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Driver {
        pub name: String,
        pub version: String,
        pub rules: Vec<Rule>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct Rule {
        pub id: String,
        pub short_description: Message,
        pub default_configuration: Configuration,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Configuration {
        pub level: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Message {
        pub text: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct Result {
        pub rule_id: String,
        pub rule_index: usize,
        pub level: String,
        pub message: Message,
        pub locations: Vec<Location>,
        #[serde(default)]
        pub related_locations: Vec<Location>,
        pub partial_fingerprints: BTreeMap<String, String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct Location {
        pub id: Option<i64>,
        pub physical_location: PhysicalLocation,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct PhysicalLocation {
        pub artifact_location: ArtifactLocation,
        pub region: Option<Region>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ArtifactLocation {
        pub uri: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct Region {
        pub start_line: usize,
        pub start_column: usize,
        pub end_line: usize,
        pub end_column: usize,
        pub byte_offset: usize,
        pub byte_length: usize,
    }
}

/// Checks a SARIF log against the specification's constraints claimcheck relies on, and
/// that every region is the figure's bytes in the file.
fn check_sarif(text: &str, root: &std::path::Path) -> sarif::Log {
    let log: sarif::Log = serde_json::from_str(text).unwrap();
    assert_eq!(log.version, "2.1.0");
    assert!(log.schema.contains("sarif-2.1.0"));
    assert_eq!(log.runs.len(), 1);
    let run = &log.runs[0];
    assert_eq!(run.tool.driver.name, "claimcheck");
    assert!(!run.tool.driver.version.is_empty());
    assert!(["utf16CodeUnits", "unicodeCodePoints"].contains(&run.column_kind.as_str()));
    let levels = ["none", "note", "warning", "error"];
    for r in &run.tool.driver.rules {
        assert!(levels.contains(&r.default_configuration.level.as_str()) && !r.short_description.text.is_empty());
    }
    for r in &run.results {
        assert_eq!(run.tool.driver.rules[r.rule_index].id, r.rule_id, "ruleIndex names ruleId");
        assert!(levels.contains(&r.level.as_str()) && !r.message.text.is_empty());
        assert!(!r.partial_fingerprints.is_empty());
        assert!(r.related_locations.iter().all(|l| l.id.is_some_and(|i| i >= 0)), "related locations have ids");
        for l in r.locations.iter().chain(&r.related_locations) {
            let p = &l.physical_location;
            assert!(!p.artifact_location.uri.starts_with('/'), "relative to the run's directory");
            if let Some(g) = &p.region {
                assert!(g.start_line >= 1 && g.start_column >= 1 && g.end_line >= g.start_line);
                assert!(g.end_line > g.start_line || g.end_column > g.start_column);
                let bytes = std::fs::read(root.join(&p.artifact_location.uri)).unwrap();
                let figure = String::from_utf8_lossy(&bytes[g.byte_offset..g.byte_offset + g.byte_length]).to_string();
                let line = String::from_utf8_lossy(&bytes).lines().nth(g.start_line - 1).unwrap().to_string();
                let at: String = line.chars().skip(g.start_column - 1).take(g.end_column - g.start_column).collect();
                assert_eq!(at, figure, "line:column and bytes agree");
            }
        }
    }
    log
}

#[test]
fn sarif_snapshot_and_structure() {
    let empty = check(&["--format", "sarif"]);
    insta::assert_snapshot!("sarif", empty);
    assert!(check_sarif(&empty, &repo()).runs[0].results.is_empty());
    let out = check(&[&["--format", "sarif"][..], &WITH_CONFLICT].concat());
    insta::assert_snapshot!("sarif_conflict", out);
    let log = check_sarif(&out, &repo());
    assert_eq!(log.runs[0].results.len(), 4);
    assert!(log.runs[0].results.iter().all(|r| r.rule_id == "conflict" && r.related_locations.len() == 3));
}

#[test]
fn verify_reports_drift_as_annotations_and_sarif() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["sources", "claims"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for e in std::fs::read_dir(repo().join(sub)).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, dir.path().join(sub).join(p.file_name().unwrap())).unwrap();
        }
    }
    let path = dir.path().join("sources/002_061e4d65b85090b2.txt");
    let text = std::fs::read_to_string(&path).unwrap().replace("1,3 Millionen GPUs", "1,4 Millionen GPUs");
    std::fs::write(&path, text).unwrap();
    let run = |format: &str| {
        let out = Command::cargo_bin("claimcheck")
            .unwrap()
            .current_dir(dir.path())
            .args(["verify", "--format", format])
            .assert()
            .code(1);
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let github = run("github");
    assert!(github.lines().all(|l| l.starts_with("::error file=sources/002_061e4d65b85090b2.txt")), "{github}");
    assert!(github.contains("title=source changed") && github.contains("title=claim changed"), "{github}");
    assert!(github.lines().any(|l| l.contains(",line=") && l.contains("1,4 Millionen GPUs")), "{github}");
    let log = check_sarif(&run("sarif"), dir.path());
    assert!(log.runs[0].results.iter().any(|r| r.rule_id == "drift/changed"));
    assert!(log.runs[0].results.iter().any(|r| r.rule_id == "drift/source"));
}

/// `check ARGS` from the repository root, whatever its exit code.
fn run_check(args: &[&str]) -> std::process::Output {
    claimcheck().arg("check").args(args).output().unwrap()
}

#[test]
fn a_baseline_fails_only_on_new_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let (before, after) = (dir.path().join("before.json"), dir.path().join("after.json"));
    let (before, after) = (before.to_str().unwrap(), after.to_str().unwrap());
    // Today: the shipped sources, no conflict. Then a wire copy brings one.
    check(&["--write-baseline", before]);
    let known: Value = serde_json::from_str(&std::fs::read_to_string(before).unwrap()).unwrap();
    assert_eq!(known["conflicts"], serde_json::json!([]));
    let out = run_check(&[&["--baseline", before, "--fail-on", "conflict"][..], &WITH_CONFLICT].concat());
    assert_eq!(out.status.code(), Some(1), "the conflict is new");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "one summary line: {stderr}");
    assert!(stderr.contains("1 conflict") && stderr.contains("1 new against"), "{stderr}");
    // Recorded, it is known: the run passes, and CI formats show it as a warning.
    let out = run_check(&[&["--write-baseline", after, "--fail-on", "conflict"][..], &WITH_CONFLICT].concat());
    assert_eq!(out.status.code(), Some(1), "writing a baseline does not use it");
    let recorded: Value = serde_json::from_str(&std::fs::read_to_string(after).unwrap()).unwrap();
    let ids = recorded["conflicts"][0]["claims"].as_array().unwrap();
    assert_eq!(ids.len(), 4, "keyed by the claims involved: {recorded}");
    let out = run_check(
        &[&["--baseline", after, "--fail-on", "conflict", "--format", "github"][..], &WITH_CONFLICT].concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let annotations = String::from_utf8_lossy(&out.stdout);
    assert!(annotations.lines().all(|l| l.starts_with("::warning ") && l.contains("known conflict")), "{annotations}");
    // Report-only runs exit 0; an unusable baseline is an error naming line and column.
    let out = run_check(&[&["--exit-zero"][..], &WITH_CONFLICT].concat());
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(dir.path().join("bad.json"), "{\"schema_version\": 1,\n \"conflicts\": [], \"extra\": 1}").unwrap();
    let out = run_check(&["--baseline", dir.path().join("bad.json").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json:2:"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn contradictory_flags_are_refused() {
    for args in [
        &["--exit-zero", "--fail-on", "conflict"][..],
        &["--explain", "c1cd0bc7f10c0", "--write-baseline", "b.json"],
        &["--explain", "c1cd0bc7f10c0", "--output", "x.md"],
        &["--claims", "claims", "--lang", "de"],
    ] {
        let out = run_check(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"), "{args:?}");
    }
}

#[test]
fn verify_prints_a_one_line_summary_on_stderr() {
    let out = claimcheck().arg("verify").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "claimcheck: verify: 5 sources, 5 stored claims files: up to date\n"
    );
}

/// schema.org properties of the types a ClaimReview export uses, each with those it
/// inherits (ClaimReview → Review → CreativeWork → Thing; Claim → CreativeWork; Rating,
/// Organization, Person → Thing), as listed on schema.org's type pages; only the properties
/// relevant here are listed for CreativeWork and Thing, which have many more.
const SCHEMA_ORG: &[(&str, &[&str])] = &[
    ("Thing", &["name", "url", "alternateName", "description", "identifier", "sameAs", "image"]),
    ("CreativeWork", &["author", "datePublished", "headline", "publisher", "inLanguage", "text", "dateModified"]),
    ("Review", &["reviewRating", "itemReviewed", "reviewBody", "reviewAspect", "associatedClaimReview"]),
    ("ClaimReview", &["claimReviewed"]),
    ("Claim", &["appearance", "firstAppearance", "claimInterpreter"]),
    ("Rating", &["ratingValue", "bestRating", "worstRating", "ratingExplanation", "reviewAspect", "author"]),
    ("Organization", &[]),
    ("Person", &[]),
];

fn schema_org_properties(kind: &str) -> Vec<&'static str> {
    let parents: &[&str] = match kind {
        "ClaimReview" => &["ClaimReview", "Review", "CreativeWork", "Thing"],
        "Claim" | "CreativeWork" => &[kind_static(kind), "CreativeWork", "Thing"],
        "Rating" | "Organization" | "Person" => &[kind_static(kind), "Thing"],
        other => panic!("@type {other} is not one a ClaimReview export uses"),
    };
    SCHEMA_ORG.iter().filter(|(k, _)| parents.contains(k)).flat_map(|(_, p)| p.iter().copied()).collect()
}

fn kind_static(kind: &str) -> &'static str {
    SCHEMA_ORG.iter().find(|(k, _)| *k == kind).map(|(k, _)| *k).unwrap()
}

/// Every object has a known @type and only that type's properties, recursively.
fn assert_schema_org(v: &Value) {
    match v {
        Value::Object(o) => {
            let kind = o["@type"].as_str().expect("every object says its @type");
            let allowed = schema_org_properties(kind);
            for key in o.keys().filter(|k| !k.starts_with('@')) {
                assert!(allowed.contains(&key.as_str()), "{kind} has no property {key}");
            }
            o.values().for_each(assert_schema_org);
        }
        Value::Array(a) => a.iter().for_each(assert_schema_org),
        _ => {}
    }
}

#[test]
fn claimreview_exports_rated_facts_that_extract_keeps() {
    assert_eq!(check(&["--format", "claimreview"]), "[]\n", "nothing rated in the shipped claims");
    // A dossier with URLs: two of the shipped sources, given front matter.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    for (id, outlet, date) in
        [("002_061e4d65b85090b2", "Gaya One", "2025-12-01"), ("004_54a738a5caed59e3", "Example Post", "2025-07-30")]
    {
        let text = std::fs::read_to_string(repo().join(format!("sources/{id}.txt"))).unwrap();
        let front =
            format!("---\ntitle: Report {id}\noutlet: {outlet}\ndate: {date}\nurl: https://news.example/{id}\n---\n");
        std::fs::write(dir.path().join(format!("sources/{id}.txt")), front + &text).unwrap();
    }
    let run =
        |args: &[&str]| Command::cargo_bin("claimcheck").unwrap().current_dir(dir.path()).args(args).output().unwrap();
    assert!(run(&["extract"]).status.success());
    // The editor rates the Scale AI investment on one claim of it.
    let path = dir.path().join("claims/002_061e4d65b85090b2.json");
    let mut file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let claim =
        file["claims"].as_array_mut().unwrap().iter_mut().find(|c| c["text"] == "14,3 Milliarden US-Dollar").unwrap();
    claim["review"] = serde_json::json!({
        "rating": "true", "value": 5, "reviewer": {"name": "Example Fact Check", "type": "Organization", "url": "https://factcheck.example"},
        "date": "2025-12-05", "claim": "Meta invested $14.3 billion in Scale AI"
    });
    std::fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();
    assert!(run(&["extract"]).status.success());
    let kept: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(
        kept["claims"].as_array().unwrap().iter().any(|c| c["review"]["rating"] == "true"),
        "extract keeps the review"
    );

    let out = run(&[
        "check",
        "--claims",
        "claims",
        "--format",
        "claimreview",
        "--base-url",
        "https://factcheck.example/report.html",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not rated, not exported"), "{stderr}");
    let json = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!("claimreview", json);
    let reviews: Value = serde_json::from_str(&json).unwrap();
    let reviews = reviews.as_array().unwrap();
    assert_eq!(reviews.len(), 1, "only the rated fact");
    let r = &reviews[0];
    assert_schema_org(r);
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(r["@type"], "ClaimReview");
    assert!(r["url"].as_str().unwrap().starts_with("https://factcheck.example/report.html#fact-f"));
    assert_eq!(r["claimReviewed"], "Meta invested $14.3 billion in Scale AI");
    assert_eq!(r["datePublished"], "2025-12-05");
    assert_eq!(r["author"]["name"], "Example Fact Check");
    assert_eq!(r["reviewRating"]["alternateName"], "true");
    assert_eq!(r["reviewRating"]["ratingValue"], 5);
    let appearances = r["itemReviewed"]["appearance"].as_array().unwrap();
    assert_eq!(appearances.len(), 2, "both sources of the fact");
    assert_eq!(r["itemReviewed"]["firstAppearance"]["url"], "https://news.example/004_54a738a5caed59e3", "the earlier");

    // A broken review is an error naming the claim.
    let mut file = kept.clone();
    let claim = file["claims"].as_array_mut().unwrap().iter_mut().find(|c| c.get("review").is_some()).unwrap();
    claim["review"]["value"] = serde_json::json!(9);
    std::fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();
    let out = run(&["check", "--claims", "claims", "--format", "claimreview"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("outside 1 (false) to 5 (true)"));
}

mod every_format_on_any_text {
    use claimcheck::lang::Lang;
    use claimcheck::report::{self, Report};
    use claimcheck::source::Source;
    use claimcheck::store::SourceRecord;
    use proptest::prelude::*;
    use std::path::Path;

    /// Renders every format for two sources built from `a` and `b`, read as German: the
    /// language guard would refuse a text mostly in Hebrew or Arabic, and the point here is
    /// what any text does to the formats.
    fn render_all(a: &str, b: &str) -> Vec<String> {
        let sources: Vec<Source> = [("a", a), ("b", b)]
            .iter()
            .filter_map(|(id, t)| {
                Source::from_text(id, Path::new(&format!("{id}.txt")), t.to_string(), Some(Lang::De)).ok()
            })
            .collect();
        let claims: Vec<_> = claimcheck::claim::extract_all(&sources).into_iter().flatten().collect();
        let dates = sources.iter().map(|s| (s.id.clone(), s.meta.date)).collect();
        let facts = claimcheck::verdict::judge_all(claimcheck::align::align(&claims, &dates), &dates);
        let records: Vec<SourceRecord> = sources.iter().map(SourceRecord::of).collect();
        let rep = Report { sources: &records, facts: &facts, texts: &sources, baseline: None };
        let findings = report::findings::conflicts(&rep);
        vec![
            report::html::render(&rep, true),
            report::markdown::render(&rep, true),
            report::csv::render(&rep),
            report::json::render(&rep),
            report::jsonl::render(&rep),
            report::github::render(&findings),
            report::sarif::render(&findings),
            report::claimreview::render(&rep, Some("https://x.example/r.html")).unwrap().json,
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn no_panic_and_no_markup_from_the_text(
            a in "[a-zA-Z0-9 <>&\"'/=;:.,\n\u{a0}\u{5d0}-\u{5ea}\u{627}-\u{64a}-]{0,300}",
            b in "[a-zA-Z0-9 <>&\"'/=;:.,\n\u{a0}-]{0,300}",
        ) {
            let a = format!("---\ntitle: <b>{}</b>\n---\nMeta zahlte 14,3 Milliarden Dollar an Scale AI. {a} <script>x</script>", a.lines().next().unwrap_or(""));
            let b = format!("Meta zahlte 16,3 Milliarden Dollar an Scale AI. {b}");
            let out = render_all(&a, &b);
            let (html, markdown) = (&out[0], &out[1]);
            prop_assert!(!html.contains("<script") && !html.contains("<b>"));
            prop_assert!(!markdown.contains("<script") && !markdown.contains("<b>"));
            prop_assert!(serde_json::from_str::<serde_json::Value>(&out[3]).is_ok());
            prop_assert!(serde_json::from_str::<serde_json::Value>(&out[6]).is_ok());
            let rows = csv::Reader::from_reader(out[2].as_bytes()).records().count();
            prop_assert!(rows >= 2);
        }
    }
}
