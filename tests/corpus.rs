//! The recognizer corpus: `tests/corpus/<lang>/*.toml`, text → expected quantities.
//!
//! # Format
//! ```toml
//! [[case]]
//! text = "Meta zahlte 14,3 Milliarden US-Dollar."
//! date = "2025-07-29"            # optional reference date
//! partial = true                 # optional: only the listed quantities are checked
//! expect = [{ text = "14,3 Milliarden US-Dollar", kind = "money", value = 14.3e9, unit = "USD" }]
//! ```
//! Every field but `text` is optional; `low`/`high` may be `"open"` for an open side.
//! Measures also take `written` (the unit as written), `dimension` and `per` (a rate's
//! denominator, `"none"` for none); `ambiguous` names what the text leaves undecided
//! (`"none"` for nothing). `incidental` is what the claim stage makes of the figure in
//! the case's text as a whole source: `true` for what frames the story or counts the page
//! (a dateline, a duration, a view counter), kept out of the facts by default.
//! Without `partial`, the scan must find exactly the listed quantities, in order;
//! `expect = []` says the text holds none (the traps).

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use claimcheck::claim::context::noun_evidence;
use claimcheck::claim::{extract, Claim};
use claimcheck::quantity::rules::RULES;
use claimcheck::source::Source;
use claimcheck::{scan, Lang, Quantity, Value};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn value_matches(want: &toml::Value, got: &Option<Value>) -> bool {
    match (want, got) {
        (toml::Value::String(s), None) => s == "open",
        (toml::Value::String(s), Some(Value::Date(d))) => s == d,
        (toml::Value::Float(f), Some(Value::Number(n))) => close(*f, *n),
        (toml::Value::Integer(i), Some(Value::Number(n))) => close(*i as f64, *n),
        _ => false,
    }
}

/// The claims of `text` read as one source in `lang`.
fn claims(text: &str, lang: Lang) -> Vec<Claim> {
    let s = Source::from_text("case", Path::new("case.txt"), text.to_string(), Some(lang)).unwrap();
    extract(&s, &noun_evidence(std::slice::from_ref(&s)))
}

fn check(expect: &toml::Table, q: &Quantity, claims: &dyn Fn() -> Vec<Claim>) -> Vec<String> {
    let mut errors = Vec::new();
    for (key, want) in expect {
        let ok = match key.as_str() {
            "incidental" => {
                let c = claims().into_iter().find(|c| c.quantity.start == q.start && c.quantity.end == q.end);
                c.is_some_and(|c| want.as_bool() == Some(c.incidental))
            }
            "text" => want.as_str() == Some(q.text.as_str()),
            "kind" => want.as_str() == Some(q.kind.as_str()),
            "qualifier" => want.as_str() == Some(q.qualifier.as_str()),
            "unit" => want.as_str() == q.unit.as_deref(),
            "value" => value_matches(want, &Some(q.value.clone())),
            "low" => value_matches(want, &q.low),
            "high" => value_matches(want, &q.high),
            "part" => value_matches(want, &q.part.map(Value::Number)),
            "whole" => value_matches(want, &q.whole.map(Value::Number)),
            "precision" => value_matches(want, &q.precision.map(Value::Number)),
            "written" => want.as_str() == q.written.as_deref(),
            "dimension" => want.as_str() == Some(q.dimension.map_or("none", |d| d.as_str())),
            "per" => want.as_str() == Some(q.per.as_deref().unwrap_or("none")),
            "ambiguous" => want.as_str() == Some(q.ambiguous.map_or("none", |a| a.as_str())),
            other => {
                errors.push(format!("unknown key {other}"));
                true
            }
        };
        if !ok {
            errors.push(format!("{key}: want {want}, got {}", serde_json::to_string(q).unwrap()));
        }
    }
    errors
}

#[test]
fn corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (dir, lang) in [("de", Lang::De), ("en", Lang::En)] {
        let mut files: Vec<_> = fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|x| x == "toml")) {
            let doc: toml::Table = toml::from_str(&fs::read_to_string(file).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            for case in doc["case"].as_array().expect("[[case]] list") {
                cases += 1;
                let text = case["text"].as_str().unwrap();
                let date = case.get("date").map(|d| d.as_str().unwrap().parse::<NaiveDate>().unwrap());
                let partial = case.get("partial").and_then(toml::Value::as_bool).unwrap_or(false);
                let expect = case["expect"].as_array().unwrap();
                let got = scan(text, lang, date);
                let name = format!("{}: {text:?}", file.file_name().unwrap().to_string_lossy());
                // Every figure names the rule that read it, and the rule is registered.
                for q in got.iter().filter(|q| !RULES.iter().any(|r| r.name == q.rule.0)) {
                    failures.push(format!("{name}\n    {:?} read by unregistered rule {:?}", q.text, q.rule.0));
                }
                if !partial && got.len() != expect.len() {
                    failures.push(format!(
                        "{name}\n    want {} quantities, got {}: {:?}",
                        expect.len(),
                        got.len(),
                        got.iter().map(|q| q.text.as_str()).collect::<Vec<_>>()
                    ));
                    continue;
                }
                for e in expect {
                    let e = e.as_table().unwrap();
                    let want_text = e["text"].as_str().unwrap();
                    match got.iter().find(|q| q.text == want_text) {
                        Some(q) => {
                            for err in check(e, q, &|| claims(text, lang)) {
                                failures.push(format!("{name}\n    {err}"));
                            }
                            assert_eq!(&text[q.start..q.end], q.text, "span and text agree");
                        }
                        None => failures.push(format!(
                            "{name}\n    no quantity {want_text:?}; got {:?}",
                            got.iter().map(|q| q.text.as_str()).collect::<Vec<_>>()
                        )),
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {cases} corpus cases fail:\n{}", failures.len(), failures.join("\n"));
    assert!(cases >= 300, "the corpus should hold at least 300 cases, has {cases}");
}
