#![allow(clippy::print_stderr)] // Each target reports how many inputs it ran.

//! A bounded fuzz harness (proptest) over the three readers of untrusted input: the
//! recognizer, the HTML reader and the claims loader. No input may panic; every span must
//! lie on character boundaries of the text it indexes, and a figure's text must be the
//! bytes of its span.
//!
//! CI runs a short round (`CLAIMCHECK_FUZZ_CASES`, default 300 per target); a long run:
//!
//! ```sh
//! CLAIMCHECK_FUZZ_CASES=350000 cargo test --release --test fuzz -- --nocapture
//! ```

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use claimcheck::source::{html, Source};
use claimcheck::{scan, store, Lang};
use proptest::prelude::*;
use serde_json::{json, Value};

fn cases() -> u32 {
    std::env::var("CLAIMCHECK_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(300)
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() }
}

static RECOGNIZER: AtomicU64 = AtomicU64::new(0);
static HTML: AtomicU64 = AtomicU64::new(0);
static LOADER: AtomicU64 = AtomicU64::new(0);

fn count(counter: &AtomicU64, name: &str) {
    let n = counter.fetch_add(1, Ordering::Relaxed) + 1;
    if n % u64::from(cases()) == 0 {
        eprintln!("fuzz {name}: {n} executions, 0 panics");
    }
}

/// News-like text: figures, scale and currency words, hedges, punctuation, line breaks,
/// and arbitrary characters between them.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,12}",
        "[0-9]{1,3}([.,' \u{a0}\u{202f}][0-9]{3}){0,4}([.,][0-9]{1,3})?",
        Just(" Milliarden ".to_string()),
        Just(" Mrd. ".to_string()),
        Just(" billion ".to_string()),
        Just(" Dollar".to_string()),
        Just(" US-$".to_string()),
        Just("€".to_string()),
        Just("$".to_string()),
        Just(" Prozent".to_string()),
        Just("%".to_string()),
        Just(" bis ".to_string()),
        Just(" über ".to_string()),
        Just(" rund ".to_string()),
        Just(" von ".to_string()),
        Just(" of the ".to_string()),
        Just(" Juni 2025".to_string()),
        Just("e400".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("#### ".to_string()),
        Just("- ".to_string()),
        "\\PC{0,6}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// HTML-like text: tags (block, inline, furniture, script), attributes, entities, text.
fn htmly() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        newsy(),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<b>".to_string()),
        Just("</b>".to_string()),
        Just("<a href=\"x\">".to_string()),
        Just("</a>".to_string()),
        Just("<br>".to_string()),
        Just("<td>".to_string()),
        Just("<article>".to_string()),
        Just("</article>".to_string()),
        Just("<nav class=\"menu\">".to_string()),
        Just("</nav>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<script type=\"application/ld+json\">{\"headline\":\"x\",\"datePublished\":\"2025-01-01\"}".to_string()),
        Just("<title>".to_string()),
        Just("</title>".to_string()),
        Just("<html lang=\"de\">".to_string()),
        Just("<meta property=\"article:published_time\" content=\"2025-07-01\">".to_string()),
        Just("<!-- ".to_string()),
        Just(" -->".to_string()),
        Just("<![CDATA[".to_string()),
        Just("&nbsp;".to_string()),
        Just("&euro;".to_string()),
        Just("&amp".to_string()),
        Just("&notit;".to_string()),
        Just("&#8364;".to_string()),
        Just("&#x0;".to_string()),
        Just("&#99999999;".to_string()),
        Just("&".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\u{0}".to_string()),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config())]

    /// The recognizer: no panic; spans on character boundaries; text is the span's bytes;
    /// every number finite.
    #[test]
    fn recognizer(text in newsy(), de in any::<bool>()) {
        let lang = if de { Lang::De } else { Lang::En };
        for q in scan(&text, lang, chrono::NaiveDate::from_ymd_opt(2025, 7, 1)) {
            prop_assert!(q.start <= q.end && text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            prop_assert_eq!(&text[q.start..q.end], q.text.as_str());
            prop_assert!(q.is_finite());
        }
        count(&RECOGNIZER, "recognizer");
    }

    /// The HTML reader: no panic; the map's spans lie on character boundaries of the page;
    /// a figure's text is the bytes of its span in the text read, and its span in the page
    /// covers whole characters.
    #[test]
    fn html_reader(page in htmly()) {
        let read = html::read(&page);
        let (s, e) = read.map.to_page(0, read.text.len());
        prop_assert!(s <= e && e <= page.len() && page.is_char_boundary(s) && page.is_char_boundary(e));
        if let Ok(source) = Source::from_html("p", Path::new("p.html"), page.clone(), Some(Lang::De)) {
            for q in source.quantities() {
                prop_assert_eq!(&source.text[q.start..q.end], q.text.as_str());
                let (s, e) = source.to_file(q.start, q.end);
                prop_assert!(s <= e && e <= page.len() && page.is_char_boundary(s) && page.is_char_boundary(e), "{s}..{e} in {page:?}");
            }
            for claims in claimcheck::claim::extract_all(std::slice::from_ref(&source)) {
                for c in claims {
                    for (s, e) in [(c.quantity.start, c.quantity.end), (c.sentence_start, c.sentence_end)] {
                        prop_assert!(s <= e && page.is_char_boundary(s) && page.is_char_boundary(e));
                    }
                }
            }
        }
        count(&HTML, "html reader");
    }

    /// The claims loader: a claims file with any of its fields replaced by any JSON value,
    /// claims duplicated or removed, never panics, in loading, checking spans against a
    /// source, merging or rendering; what it renders loads again.
    #[test]
    fn claims_loader(edits in proptest::collection::vec((0usize..24, 0usize..12, any::<i64>(), "\\PC{0,8}"), 0..6),
                     text in newsy()) {
        let mut file = template();
        for (field, kind, n, s) in edits {
            let claims = file["claims"].as_array_mut().unwrap();
            let value = match kind {
                0 => Value::Null,
                1 => json!(n),
                2 => json!(s),
                3 => json!(n as f64 / 7.0),
                4 => json!([n]),
                5 => json!({ "x": s }),
                6 => json!(u64::MAX),
                7 => json!(-1),
                8 => json!(true),
                9 => {
                    if let Some(c) = claims.first().cloned() {
                        claims.push(c);
                    }
                    continue;
                }
                10 => {
                    if !claims.is_empty() {
                        claims.remove(0);
                    }
                    continue;
                }
                _ => json!(n.unsigned_abs() % 400),
            };
            let key = FIELDS[field % FIELDS.len()];
            if let Some(c) = claims.first_mut().and_then(Value::as_object_mut) {
                c.insert(key.to_string(), value);
            } else if let Some(o) = file.as_object_mut() {
                o.insert(key.to_string(), value);
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();
        if let Ok(Some(mut loaded)) = store::load(&path) {
            let text = format!("{text} Meta zahlte 14,3 Milliarden Dollar.");
            loaded.check_spans(&text);
            if let Ok(source) = Source::from_text("s", Path::new("s.txt"), text, Some(Lang::De)) {
                let fresh = claimcheck::claim::extract_all(std::slice::from_ref(&source)).remove(0);
                let (merged, _) = store::merge(Some(&loaded), fresh, &source);
                let rendered = merged.render();
                std::fs::write(&path, &rendered).unwrap();
                prop_assert!(store::load(&path).is_ok(), "{rendered}");
            }
        }
        count(&LOADER, "claims loader");
    }
}

const FIELDS: &[&str] = &[
    "id",
    "status",
    "origin",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "precision",
    "sentence",
    "sentence_start",
    "sentence_end",
    "entities",
    "keywords",
    "part",
    "whole",
    "stale",
    "fact",
    "source",
    "schema_version",
];

/// A valid claims file with one extracted and one manual claim.
fn template() -> Value {
    json!({
        "schema_version": 1,
        "source": { "id": "s", "path": "s.txt", "sha256": "0", "title": null, "date": null, "lang": "de", "url": null, "outlet": null },
        "claims": [
            { "id": "c1", "status": "confirmed", "origin": "extracted", "source": "s", "start": 12, "end": 34,
              "text": "14,3 Milliarden Dollar", "kind": "money", "value": 14.3e9, "low": 14.3e9, "high": 14.3e9,
              "unit": "USD", "qualifier": "exact", "precision": 1e8, "sentence": "Meta zahlte 14,3 Milliarden Dollar.",
              "sentence_start": 0, "sentence_end": 35, "entities": ["Meta"], "keywords": [], "modality": "fact", "incidental": false },
            { "origin": "manual", "text": "14,3 Milliarden", "kind": "money", "value": 14.3e9, "note": "by hand" }
        ]
    })
}
