//! Hostile and careless inputs end to end (issue 9): each case asserts the exit code, the
//! message, that the other sources were still processed, and that nothing an editor wrote
//! into `claims/` was lost.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use proptest::prelude::*;
use serde_json::{json, Value};

fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.env("NO_COLOR", "1").env("COLUMNS", "200");
    cmd
}

const META: &str = "---\nlang: de\ndate: 2025-07-01\n---\nMeta zahlte 14,3 Milliarden Dollar für einen Anteil von 49 Prozent an Scale AI, berichtet das Handelsblatt.\n";
const OTHER: &str = "---\nlang: de\ndate: 2025-07-01\n---\nFür den Anteil von 49 Prozent an Scale AI zahlte Meta 15,9 Milliarden Dollar, schreibt die FAZ.\n";
const RATE: &str =
    "---\nlang: de\n---\nDer Zinssatz liegt bei 0,05 bis 0,18 Prozent. Die Bank verlangt 2,35 Prozent für Kredite.\n";

/// A dossier in a scratch folder: `sources/NAME` for each `(name, text)`.
fn dossier(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("sources")).unwrap();
    for (name, text) in files {
        fs::write(dir.path().join("sources").join(name), text).unwrap();
    }
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let out = claimcheck().current_dir(dir).args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

fn claims_of(dir: &Path, id: &str) -> Vec<Value> {
    read(&dir.join("claims").join(format!("{id}.json")))["claims"].as_array().unwrap().clone()
}

// ---------------------------------------------------------------------------------------
// 1. Claims that round-trip and never go stale.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Every finite figure reads back from its stored JSON as the same bits.
    #[test]
    fn stored_figures_round_trip_exactly(bits in any::<u64>(), digits in 0u32..12, int in 0u64..10_000_000) {
        let random = f64::from_bits(bits);
        let decimal = int as f64 / 10f64.powi(digits as i32);
        for v in [random, decimal, (int as f64) * 1e9 / 7.0] {
            if !v.is_finite() {
                continue;
            }
            let q = json!({ "kind": "money", "value": v, "low": v, "high": v, "precision": v });
            let q: claimcheck::Quantity = serde_json::from_value(q).unwrap();
            let text = serde_json::to_string_pretty(&q).unwrap();
            let back: claimcheck::Quantity = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(back.value.as_f64().unwrap().to_bits(), v.to_bits(), "{}", text);
            prop_assert_eq!(back.precision.unwrap().to_bits(), v.to_bits());
        }
    }
}

#[test]
fn a_range_midpoint_survives_extract_and_verify() {
    let dir = dossier(&[("rate.txt", RATE)]);
    let r = run(dir.path(), &["extract"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(dir.path(), &["verify"]);
    assert_eq!(r.code, 0, "verify right after extract: {}{}", r.stdout, r.stderr);
    let claims = claims_of(dir.path(), "rate");
    assert!(claims.iter().any(|c| c["value"].as_f64() == Some(0.11499999999999999)), "{claims:?}");
}

#[test]
fn figures_beyond_a_float_are_never_stored_as_null() {
    let huge = format!(
        "---\nlang: de\n---\nEin Betrag von 1e400 Dollar. Der Wert lag bei {} Euro. Meta zahlte 14,3 Milliarden Dollar.\n",
        "9".repeat(320)
    );
    let dir = dossier(&[("huge.txt", &huge), ("meta.txt", META)]);
    let r = run(dir.path(), &["extract"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = fs::read_to_string(dir.path().join("claims/huge.json")).unwrap();
    assert!(!text.contains("null,\n      \"low\"") && !text.contains("\"value\": null"), "{text}");
    assert!(claims_of(dir.path(), "huge").iter().any(|c| c["text"] == "14,3 Milliarden Dollar"));
    assert_eq!(run(dir.path(), &["verify"]).code, 0);
    let r = run(dir.path(), &["check", "--claims", "claims", "--all"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("inf") && !r.stdout.contains("NaN"), "{}", r.stdout);
    let r = run(dir.path(), &["scan", "--format", "json", "sources/huge.txt"]);
    assert!(!r.stdout.contains("null,\"low\""), "{}", r.stdout);
}

/// Writes a claims file by hand: `claims` replaced by `claims`.
fn edit_claims(path: &Path, f: impl FnOnce(&mut Vec<Value>)) {
    let mut file = read(path);
    f(file["claims"].as_array_mut().unwrap());
    fs::write(path, serde_json::to_string_pretty(&file).unwrap() + "\n").unwrap();
}

#[test]
fn one_bad_value_skips_one_claim_and_loses_nothing() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    let path = dir.path().join("claims/meta.json");
    edit_claims(&path, |claims| {
        claims[0]["value"] = Value::Null;
        claims[0]["note"] = json!("the editor's note");
        claims[1]["value"] = json!("49");
    });
    let before = fs::read_to_string(&path).unwrap();

    let r = run(dir.path(), &["check", "--claims", "claims", "--format", "json"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let located = regex::Regex::new(r"claims/meta\.json:\d+:5: .*value").unwrap();
    assert!(located.is_match(&r.stderr), "{}", r.stderr);
    assert_eq!(r.stderr.matches("claims/meta.json:").count(), 2, "{}", r.stderr);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(r.stdout.contains("other"), "the other source is still checked: {report}");

    // verify says so too; extract keeps the bad claims as written.
    let r = run(dir.path(), &["verify"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("claims/meta.json:"), "{}", r.stderr);
    let r = run(dir.path(), &["extract"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("kept as written"), "{}", r.stderr);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("the editor's note") && after.contains("\"value\": \"49\""), "{after}");
    assert_ne!(before, "");
    assert!(dir.path().join("claims/other.json").exists());
}

#[test]
fn stale_claims_are_reported_and_paths_choose_the_sources() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    let r = run(dir.path(), &["check", "--claims", "claims"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("conflict"), "{}", r.stdout);

    fs::write(dir.path().join("sources/other.txt"), OTHER.replace("15,9", "14,3")).unwrap();
    let r = run(dir.path(), &["check", "--claims", "claims"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("claims/other.json: stale: sources/other.txt changed") && r.stderr.contains("--allow-stale"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("meta"), "the report is still printed: {}", r.stdout);
    let r = run(dir.path(), &["check", "--claims", "claims", "--allow-stale"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("warning: claims/other.json: stale"), "{}", r.stderr);

    // PATHS choose the sources; a missing one is an error, the others still checked.
    let r = run(dir.path(), &["check", "--claims", "claims", "--format", "json", "sources/meta.txt"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"meta\"") && !r.stdout.contains("\"other\""), "{}", r.stdout);
    let r =
        run(dir.path(), &["check", "--claims", "claims", "--format", "json", "sources/meta.txt", "sources/gone.txt"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("sources/gone.txt: no such file or folder"), "{}", r.stderr);
    assert!(r.stdout.contains("\"meta\""), "{}", r.stdout);
}

#[test]
fn same_stem_different_extension_gets_two_ids() {
    let dir = dossier(&[("a.txt", META), ("a.md", OTHER), ("b.txt", RATE)]);
    let r = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("\"a.txt\"") && r.stdout.contains("\"a.md\"") && r.stdout.contains("\"b\""),
        "{}",
        r.stdout
    );
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(report.to_string().contains("conflict"), "a disagreement between them is a conflict: {report}");
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    for name in ["a.txt.json", "a.md.json", "b.json"] {
        assert!(dir.path().join("claims").join(name).exists(), "{name}");
    }
    let r = run(dir.path(), &["verify"]);
    assert_eq!(r.code, 0, "no drift for ever: {}{}", r.stdout, r.stderr);
}

#[test]
fn a_folder_given_twice_counts_once() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    let once = run(dir.path(), &["check", "--format", "json", "sources"]);
    let twice = run(dir.path(), &["check", "--format", "json", "sources", "sources", "sources/meta.txt"]);
    assert_eq!(twice.code, 0, "{}", twice.stderr);
    assert_eq!(once.stdout, twice.stdout);
    assert!(twice.stderr.contains("already given, counted once"), "{}", twice.stderr);
}

#[test]
fn duplicate_ids_are_reported_with_their_place_and_both_kept() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    let path = dir.path().join("claims/meta.json");
    edit_claims(&path, |claims| {
        let mut copy = claims[0].clone();
        copy["note"] = json!("second opinion");
        copy["status"] = json!("rejected");
        claims.push(copy);
    });
    let r = run(dir.path(), &["check", "--claims", "claims"]);
    assert_eq!(r.code, 2);
    let located =
        regex::Regex::new(r"claims/meta\.json:\d+:5: the id .* is used again \(first at line \d+, column 5\)").unwrap();
    assert!(located.is_match(&r.stderr), "{}", r.stderr);
    let r = run(dir.path(), &["extract"]);
    assert_eq!(r.code, 2);
    assert!(fs::read_to_string(&path).unwrap().contains("second opinion"), "never merged silently");
}

#[test]
fn manual_spans_are_checked_against_the_source() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    let path = dir.path().join("claims/meta.json");
    let len = META.len();
    let inside = META.find('ü').unwrap() + 1;
    edit_claims(&path, |claims| {
        for (i, (start, end)) in [(len + 10, len + 20), (40, 30), (inside, inside + 3)].into_iter().enumerate() {
            claims.push(json!({
                "id": format!("manual{i}"), "origin": "manual", "text": "14,3 Milliarden", "kind": "money",
                "value": 14.3e9, "unit": "USD", "start": start, "end": end, "note": "hand-made"
            }));
        }
        // A manual claim whose text occurs only in the front matter: no span, no panic.
        claims.push(json!({ "origin": "manual", "text": "2025-07-01", "kind": "date", "value": "2025-07-01" }));
    });
    let r = run(dir.path(), &["extract"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(dir.path(), &["check", "--claims", "claims"]);
    assert_eq!(r.code, 2);
    for what in ["ends past the source", "is reversed", "cuts a character in two"] {
        assert!(r.stderr.contains(what), "{what}: {}", r.stderr);
    }
    assert_eq!(fs::read_to_string(&path).unwrap().matches("hand-made").count(), 3);
}

#[test]
fn one_source_extracted_alone_gets_the_claims_of_the_dossier() {
    let names = [("meta.txt", META), ("other.txt", OTHER), ("rate.txt", RATE)];
    let whole = dossier(&names);
    let part = dossier(&names);
    assert_eq!(run(whole.path(), &["extract"]).code, 0);
    assert_eq!(run(part.path(), &["extract"]).code, 0);
    fs::remove_file(part.path().join("claims/meta.json")).unwrap();
    assert_eq!(run(part.path(), &["extract", "sources/meta.txt"]).code, 0);
    assert_eq!(
        fs::read_to_string(whole.path().join("claims/meta.json")).unwrap(),
        fs::read_to_string(part.path().join("claims/meta.json")).unwrap()
    );
    assert_eq!(run(part.path(), &["verify"]).code, 0);
}

// ---------------------------------------------------------------------------------------
// 4. Text as written.

#[test]
fn a_missing_path_is_reported_and_the_rest_processed() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    let r = run(dir.path(), &["check", "--format", "json", "sources/meta.txt", "nope.txt", "sources/other.txt"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nope.txt: no such file or folder"), "{}", r.stderr);
    assert!(r.stdout.contains("\"meta\"") && r.stdout.contains("\"other\""), "{}", r.stdout);
    let r = run(dir.path(), &["extract", "sources", "nope"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nope: no such file or folder"), "{}", r.stderr);
    assert!(dir.path().join("claims/meta.json").exists() && dir.path().join("claims/other.json").exists());
}

#[test]
fn hard_wrapped_text_keeps_its_sentences_and_its_conflict() {
    let wrapped = "---\nlang: de\ndate: 2025-07-01\n---\nFür den Anteil von 49 Prozent an Scale AI zahlte Meta nach Angaben von\n15,9 Milliarden Dollar, schreibt die FAZ.\n";
    let dir = dossier(&[("meta.txt", META), ("wrapped.txt", wrapped)]);
    let r = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"verdict\": \"conflict\""), "{}", r.stdout);
    assert!(r.stdout.contains("nach Angaben von\\n15,9 Milliarden Dollar, schreibt die FAZ."), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------------
// 2. HTML input.

/// The facts of a JSON report without where they stand (spans, sentences, paths).
fn facts_without_places(report: &str) -> Value {
    let mut v: Value = serde_json::from_str(report).unwrap();
    fn strip(v: &mut Value) {
        match v {
            Value::Object(o) => {
                for k in ["start", "end", "sentence", "sentence_start", "sentence_end", "path"] {
                    o.remove(k);
                }
                o.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

#[test]
fn saved_pages_give_the_facts_of_their_text_with_spans_into_the_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let pages = run(&root, &["check", "--format", "json", "--all", "pages"]);
    let text = run(&root, &["check", "--format", "json", "--all", "text"]);
    assert_eq!(pages.code, 0, "{}", pages.stderr);
    assert_eq!(text.code, 0, "{}", text.stderr);
    let (p, t) = (facts_without_places(&pages.stdout), facts_without_places(&text.stdout));
    assert_eq!(p["facts"], t["facts"]);
    assert!(
        pages.stdout.contains("\"Meta steigt bei Scale AI ein\"")
            && pages.stdout.contains("\"Milliarden für Scale AI\"")
    );
    for bad in ["842", "24.000", "Top 10", "12 Redaktionen", "4 Standorte", "Wirtschaft (27)", "5 Aktien"] {
        assert!(!pages.stdout.contains(bad), "page furniture read as a claim: {bad}");
    }
    // Every claim's span is the bytes of the page the figure was written as.
    let report: Value = serde_json::from_str(&pages.stdout).unwrap();
    let tag = regex::Regex::new(r"<[^>]*>").unwrap();
    let mut checked = 0;
    for fact in report["facts"].as_array().unwrap() {
        for c in fact["claims"].as_array().unwrap() {
            let file = if c["source"] == "boersenblatt" { "pages/boersenblatt.html" } else { "pages/tagesbote.htm" };
            let page = fs::read_to_string(root.join(file)).unwrap();
            let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
            let bytes = tag.replace_all(&page[s..e], "").replace("&nbsp;", "\u{a0}");
            let (a, b) = (
                bytes.split_whitespace().collect::<Vec<_>>(),
                c["text"].as_str().unwrap().split_whitespace().collect::<Vec<_>>(),
            );
            assert_eq!(a, b, "{file} {s}..{e}");
            checked += 1;
        }
    }
    assert!(checked >= 12, "{checked}");
    assert!(
        pages.stdout.contains("\"text\": \"14,3\u{a0}Milliarden Dollar\""),
        "no `>` and no `over`: {}",
        pages.stdout
    );
}

#[test]
fn html_on_standard_input_and_in_extract() {
    let page = "<html lang=de><body><p>Meta zahlte <b>14,3&nbsp;Milliarden Dollar</b>.</p></body></html>";
    let out = claimcheck().args(["scan", "--format", "json", "--input", "html"]).write_stdin(page).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let row: Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(row["qualifier"], "exact");
    assert_eq!(
        &page[row["start"].as_u64().unwrap() as usize..row["end"].as_u64().unwrap() as usize],
        "14,3&nbsp;Milliarden Dollar"
    );

    let dir = dossier(&[("page.html", page), ("meta.txt", META)]);
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    assert!(claims_of(dir.path(), "page").iter().any(|c| c["text"] == "14,3\u{a0}Milliarden Dollar"));
    let r = run(dir.path(), &["verify"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let r = run(dir.path(), &["check", "--claims", "claims"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------
// 3. The language guard.

const FR: &str = "Le gouvernement français a annoncé mardi un plan d'investissement de 1.300 millions d'euros pour soutenir l'industrie, soit une hausse de 14,3 pour cent par rapport à l'année dernière.\n";
const ES: &str = "El gobierno español anunció el martes un plan de inversión de 1.300 millones de euros para apoyar la industria, un aumento del 14,3 por ciento respecto al año pasado.\n";
const IT: &str = "Il governo italiano ha annunciato martedì un piano di investimenti da 1.300 milioni di euro per sostenere l'industria, con un aumento del 14,3 per cento rispetto all'anno scorso.\n";

#[test]
fn french_spanish_and_italian_are_refused_unless_forced() {
    let dir = dossier(&[("fr.txt", FR), ("es.txt", ES), ("it.txt", IT), ("meta.txt", META), ("other.txt", OTHER)]);
    let r = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 2);
    for (file, lang) in [("fr.txt", "French (fr)"), ("es.txt", "Spanish (es)"), ("it.txt", "Italian (it)")] {
        assert!(
            r.stderr
                .contains(&format!("sources/{file}: written in {lang}, a language claimcheck has no number rules for")),
            "{}",
            r.stderr
        );
    }
    assert!(
        r.stdout.contains("\"meta\"") && r.stdout.contains("\"other\"") && !r.stdout.contains("\"fr\""),
        "{}",
        r.stdout
    );
    let r = run(dir.path(), &["extract"]);
    assert_eq!(r.code, 2);
    assert!(dir.path().join("claims/meta.json").exists() && !dir.path().join("claims/fr.json").exists());

    let r = run(dir.path(), &["check", "--format", "json", "--lang", "de"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning: sources/fr.txt: written in French (fr), read with the de rules because of --lang"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("\"fr\""), "{}", r.stdout);
}

#[test]
fn declared_languages_win_and_unclosed_front_matter_is_an_error() {
    let fr_as_de = format!("---\nlang: de\n---\n{FR}");
    let declared_fr = "---\nlang: fr\n---\nMeta zahlte 14,3 Milliarden Dollar für den Anteil.\n";
    let page_fr = "<html lang=\"fr-FR\"><body><p>Meta zahlte 14,3 Milliarden Dollar für den Anteil.</p></body></html>";
    let unclosed = "---\nlang: de\ntitle: Meta\n\nMeta zahlte 14,3 Milliarden Dollar für den Anteil.\n";
    let dir = dossier(&[
        ("a.txt", &fr_as_de),
        ("b.txt", declared_fr),
        ("c.html", page_fr),
        ("d.txt", unclosed),
        ("meta.txt", META),
    ]);
    let r = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains("sources/a.txt"), "front matter wins: {}", r.stderr);
    assert!(r.stderr.contains("sources/b.txt: written in French (fr)"), "{}", r.stderr);
    assert!(r.stderr.contains("sources/c.html: written in French (fr-FR)"), "{}", r.stderr);
    assert!(r.stderr.contains("sources/d.txt:1:1: the front matter opened by `---` is never closed"), "{}", r.stderr);
    assert!(r.stdout.contains("\"a\"") && r.stdout.contains("\"meta\""), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------------
// 6. Writing files.

#[cfg(unix)]
#[test]
fn output_goes_through_symlinks_to_devices_and_honours_the_umask() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    fs::create_dir_all(dir.path().join("reports")).unwrap();
    symlink("reports/real.md", dir.path().join("link.md")).unwrap();
    let r = run(dir.path(), &["check", "--format", "markdown", "-o", "link.md"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(fs::symlink_metadata(dir.path().join("link.md")).unwrap().file_type().is_symlink(), "the link stays");
    assert!(fs::read_to_string(dir.path().join("reports/real.md")).unwrap().contains("# Cross-check report"));

    let out =
        claimcheck().current_dir(dir.path()).args(["check", "--format", "json", "-o", "/dev/stdout"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"facts\""), "-o /dev/stdout prints the report");

    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let status = std::process::Command::new("sh")
        .current_dir(dir.path())
        .arg("-c")
        .arg(format!("umask 022 && {} check -o new.md --format markdown", bin.display()))
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(fs::metadata(dir.path().join("new.md")).unwrap().permissions().mode() & 0o777, 0o644);
    fs::set_permissions(dir.path().join("new.md"), fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(run(dir.path(), &["check", "-o", "new.md"]).code, 0);
    assert_eq!(
        fs::metadata(dir.path().join("new.md")).unwrap().permissions().mode() & 0o777,
        0o640,
        "a replaced file keeps its mode"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_second_extract_waits_for_the_first() {
    let dir = dossier(&[("meta.txt", META), ("other.txt", OTHER)]);
    let held = claimcheck::store::lock(&dir.path().join("claims"), || panic!("nobody else holds it")).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let child = std::process::Command::new(bin)
        .current_dir(dir.path())
        .arg("extract")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(!dir.path().join("claims/meta.json").exists(), "nothing written while the lock is held");
    drop(held);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another `claimcheck extract` is writing here; waiting"));
    assert!(dir.path().join("claims/meta.json").exists());
}

#[test]
fn markdown_shows_hostile_source_text_inert() {
    let hostile = "---\nlang: de\ndate: 2025-07-01\n---\n<script>alert(1)</script> Meta | Scale AI zahlte <img src=x onerror=alert(2)> 14,3\nMilliarden Dollar für 49 Prozent.\n";
    let dir = dossier(&[("x|<b>.txt", hostile), ("other.txt", OTHER)]);
    let r = run(dir.path(), &["check", "--format", "markdown", "--all"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("<script>") && !r.stdout.contains("<img") && !r.stdout.contains("<b>"), "{}", r.stdout);
    assert!(r.stdout.contains("&lt;script&gt;") && r.stdout.contains("Meta \\| Scale AI"), "{}", r.stdout);
    assert!(
        r.stdout.lines().any(|l| l.starts_with("- **") && l.ends_with("14,3 Milliarden Dollar**")),
        "a newline in a figure stays inside its line: {}",
        r.stdout
    );
}

#[test]
fn verify_says_why_a_partial_extract_drifts() {
    // Extracted alone, before the others had claims: its names were judged without them.
    let shipped =
        |name: &str| fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("sources").join(name)).unwrap();
    let (a, b) = ("000_a86cf3fd398b4f91.txt", "001_0602ee610e867a1d.txt");
    let (ta, tb) = (shipped(a), shipped(b));
    let dir = dossier(&[(a, &ta), (b, &tb)]);
    assert_eq!(run(dir.path(), &["extract", &format!("sources/{a}")]).code, 0);
    let alone = fs::read_to_string(dir.path().join("claims/000_a86cf3fd398b4f91.json")).unwrap();
    assert_eq!(run(dir.path(), &["extract"]).code, 0);
    fs::write(dir.path().join("claims/000_a86cf3fd398b4f91.json"), alone).unwrap();
    let r = run(dir.path(), &["verify"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("entities") || r.stdout.contains("nearby"), "{}", r.stdout);
    assert!(r.stderr.contains("names are judged across the dossier"), "{}", r.stderr);
    // Extracted again, now with the others recorded: no drift.
    assert_eq!(run(dir.path(), &["extract", &format!("sources/{a}")]).code, 0);
    assert_eq!(run(dir.path(), &["verify"]).code, 0);
}

#[test]
fn the_table_keeps_escape_sequences_off_the_terminal() {
    let dir = dossier(&[("x\u{1b}[2J.txt", META), ("other.txt", OTHER)]);
    let r = run(dir.path(), &["check", "--color", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains('\u{1b}') && r.stdout.contains("x\u{FFFD}[2J"), "{}", r.stdout);
}
