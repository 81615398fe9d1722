//! `extract` and `verify` end to end: editors' work survives, bad files are reported and left
//! alone, drift is caught.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch copy of the shipped sources (and claims, if asked).
fn scratch(with_claims: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &Path, to: &Path| {
        fs::create_dir_all(to).unwrap();
        for e in fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
            }
        }
    };
    copy(&repo().join("sources"), &dir.path().join("sources"));
    if with_claims {
        copy(&repo().join("claims"), &dir.path().join("claims"));
    }
    dir
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn editor_annotations_and_manual_claims_survive_re_extraction() {
    let dir = scratch(false);
    claimcheck().current_dir(dir.path()).arg("extract").assert().success();
    let path = dir.path().join("claims/002_061e4d65b85090b2.json");
    let mut file = read(&path);
    let claims = file["claims"].as_array_mut().unwrap();
    let target = claims.iter().position(|c| c["text"] == "14,3 Milliarden US-Dollar").unwrap();
    let id = claims[target]["id"].as_str().unwrap().to_string();
    claims[target]["status"] = json!("confirmed");
    claims[target]["fact"] = json!("scale-ai-investment");
    claims[target]["note"] = json!("Checked against the press release.");
    claims[target]["reviewer"] = json!("jd");
    claims[0]["status"] = json!("rejected");
    let rejected = claims[0]["id"].clone();
    claims.push(json!({
        "origin": "manual", "status": "confirmed", "text": "rund 300 Forscher", "kind": "count",
        "value": 300.0, "unit": "Forscher", "qualifier": "approx", "note": "missed by the extractor"
    }));
    fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();

    // Re-extract twice: the first run may assign the manual claim an id, the second must not change anything.
    claimcheck().current_dir(dir.path()).arg("extract").assert().success();
    let once = fs::read_to_string(&path).unwrap();
    claimcheck().current_dir(dir.path()).arg("extract").assert().success();
    assert_eq!(once, fs::read_to_string(&path).unwrap(), "re-extraction is idempotent");

    let after = read(&path);
    let claims = after["claims"].as_array().unwrap();
    let c = claims.iter().find(|c| c["id"] == id.as_str()).unwrap();
    assert_eq!(c["status"], "confirmed");
    assert_eq!(c["fact"], "scale-ai-investment");
    assert_eq!(c["note"], "Checked against the press release.");
    assert_eq!(c["reviewer"], "jd");
    assert_eq!(claims.iter().find(|c| c["id"] == rejected).unwrap()["status"], "rejected");
    let manual = claims.iter().find(|c| c["origin"] == "manual").unwrap();
    assert_eq!(manual["text"], "rund 300 Forscher");
    assert_eq!(manual["note"], "missed by the extractor");
    assert!(manual["id"].as_str().is_some_and(|s| !s.is_empty()));

    // A claim whose text disappears from the source is kept, marked stale.
    let src = dir.path().join("sources/002_061e4d65b85090b2.txt");
    let text = fs::read_to_string(&src).unwrap().replace(" Die MSL, gegründet am 30. Juni 2025 in Menlo Park, Kalifornien, bündelt nahezu alle KI-Teams mit dem Ziel der Entwicklung von ASI.", "");
    fs::write(&src, text).unwrap();
    claimcheck().current_dir(dir.path()).arg("extract").assert().success();
    let after = read(&path);
    let stale: Vec<&Value> = after["claims"].as_array().unwrap().iter().filter(|c| c["stale"] == true).collect();
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert_eq!(stale[0]["text"], "30. Juni 2025");
    let c = after["claims"].as_array().unwrap().iter().find(|c| c["id"] == id.as_str()).unwrap();
    assert_eq!(c["status"], "confirmed", "annotations survive edits elsewhere in the source");
}

#[test]
fn malformed_claims_files_are_reported_and_left_alone() {
    let dir = scratch(true);
    let path = dir.path().join("claims/001_0602ee610e867a1d.json");
    let full = fs::read(&path).unwrap();
    let located = regex::Regex::new(r"claims/001_0602ee610e867a1d\.json:\d+:\d+: ").unwrap();
    for broken in [full[..full.len() / 2].to_vec(), b"{\n  \"schema_version\": 1,\n  \"claims\": [,]\n}\n".to_vec()] {
        fs::write(&path, &broken).unwrap();
        let out = claimcheck().current_dir(dir.path()).arg("extract").assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(located.is_match(&stderr), "{stderr}");
        assert_eq!(fs::read(&path).unwrap(), broken, "the file is left byte-identical");
        // The other sources are still written.
        assert!(dir.path().join("claims/002_061e4d65b85090b2.json").exists());
        claimcheck().current_dir(dir.path()).arg("verify").assert().code(2);
    }
}

#[test]
fn verify_passes_on_the_committed_claims() {
    let out = claimcheck().current_dir(repo()).arg("verify").assert().code(0);
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("up to date"));
}

#[test]
fn verify_reports_drift_readably() {
    let dir = scratch(true);
    let src = dir.path().join("sources/001_0602ee610e867a1d.txt");
    let text = fs::read_to_string(&src)
        .unwrap()
        .replace("1,3 Millionen Nvidia-Beschleuniger", "1,7 Millionen Nvidia-Beschleuniger");
    fs::write(&src, text).unwrap();
    let out = claimcheck().current_dir(dir.path()).arg("verify").assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("001_0602ee610e867a1d"), "{stdout}");
    assert!(stdout.contains("the source changed"), "{stdout}");
    assert!(stdout.contains("~ changed") && stdout.contains("value: 1300000.0 → 1700000.0"), "{stdout}");

    // A new figure and a vanished one.
    let src = dir.path().join("sources/004_54a738a5caed59e3.txt");
    let text = fs::read_to_string(&src).unwrap().replace("mehr als 45 Forscher", "etliche Forscher")
        + "\nMeta zahlte 7 Milliarden Dollar.\n";
    fs::write(&src, text).unwrap();
    let out = claimcheck().current_dir(dir.path()).arg("verify").assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("+ new") && stdout.contains("7 Milliarden Dollar"), "{stdout}");
    assert!(stdout.contains("- stale") && stdout.contains("mehr als 45 Forscher"), "{stdout}");
}

#[test]
fn verify_needs_a_claims_file_per_source() {
    let dir = scratch(true);
    fs::remove_file(dir.path().join("claims/003_b716d2b00cf8b381.json")).unwrap();
    let out = claimcheck().current_dir(dir.path()).arg("verify").assert().code(1);
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("no claims file"));
}
