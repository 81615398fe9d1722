//! The conformance cases we disagree with on purpose (`tests/conformance-disagreements.toml`)
//! stay true: each still exists in `../shared/conformance/cases` (when present) and claimcheck
//! still reads it otherwise than the suite expects.

use std::path::Path;

use claimcheck::{scan, Lang, Value};

#[test]
fn disagreements_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("tests/conformance-disagreements.toml")).unwrap()).unwrap();
    let cases_dir = root.join("../shared/conformance/cases");
    for entry in list["disagree"].as_array().unwrap() {
        let get = |k: &str| entry[k].as_str().unwrap().to_string();
        let (file, input, want_text) = (get("file"), get("input"), get("text"));
        assert!(!get("reason").trim().is_empty(), "{input}: give a reason");
        let lang: Lang = get("lang").parse().unwrap();
        let want = entry["value"].as_float().or(entry["value"].as_integer().map(|i| i as f64)).unwrap();
        let prefix = entry.get("prefix").and_then(toml::Value::as_bool).unwrap_or(false);
        let mut full_input = input.clone();
        if let Ok(cases) = std::fs::read_to_string(cases_dir.join(&file)) {
            let found = cases.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).find(|c| {
                let i = c["input"].as_str().unwrap_or_default();
                if prefix {
                    i.starts_with(&input)
                } else {
                    i == input
                }
            });
            let case = found.unwrap_or_else(|| panic!("{file}: no case {input:?}"));
            full_input = case["input"].as_str().unwrap().to_string();
        }
        let lower = full_input.to_lowercase();
        let (s, e) =
            lower.find(&want_text.to_lowercase()).map(|s| (s, s + want_text.len())).unwrap_or((0, full_input.len()));
        let agrees = scan(&full_input, lang, None).iter().any(|q| {
            q.start < e
                && q.end > s
                && [Some(q.value.clone()), q.low.clone(), q.high.clone()]
                    .iter()
                    .any(|v| matches!(v, Some(Value::Number(n)) if (n - want).abs() <= 1e-6 * want.abs().max(1.0)))
        });
        assert!(!agrees, "{input:?}: claimcheck now agrees with the suite; remove the entry");
    }
}
