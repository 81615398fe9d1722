#![allow(clippy::print_stderr)] // The generated tests report how much they tried.

//! The cross-check end to end: the seeds' facts, English restatements, generated mutations
//! (a changed figure must show exactly that conflict; an equivalent rewrite must change
//! nothing), the JSON contract, snapshots of the table and Markdown, exit codes.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use claimcheck::claim::extract_all;
use claimcheck::quantity::digits::parse_digits;
use claimcheck::source::Source;
use claimcheck::verdict::{judge_all, Fact, Verdict};
use claimcheck::{align, Kind};
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> Vec<(PathBuf, String)> {
    let mut files: Vec<PathBuf> = fs::read_dir(repo().join("sources")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.into_iter().map(|p| (p.clone(), fs::read_to_string(&p).unwrap())).collect()
}

/// Runs the pipeline on texts in memory.
fn facts(texts: &[(PathBuf, String)]) -> Vec<Fact> {
    let sources: Vec<Source> = texts
        .iter()
        .map(|(p, t)| Source::from_text(&p.file_stem().unwrap().to_string_lossy(), p, t.clone(), None).unwrap())
        .collect();
    let claims: Vec<_> = extract_all(&sources).into_iter().flatten().collect();
    let dates = sources.iter().map(|s| (s.id.clone(), s.meta.date)).collect();
    judge_all(align::align(&claims, &dates), &dates)
}

fn find<'a>(facts: &'a [Fact], source_prefix: &str, text: &str) -> &'a Fact {
    facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.source.starts_with(source_prefix) && c.quantity.text == text))
        .unwrap_or_else(|| panic!("no fact with {source_prefix}: {text:?}"))
}

fn sources_of(f: &Fact) -> Vec<&str> {
    f.sources.iter().map(|s| &s[..3.min(s.len())]).collect()
}

fn conflicts(facts: &[Fact]) -> Vec<&Fact> {
    facts.iter().filter(|f| f.verdict == Verdict::Conflict).collect()
}

#[test]
fn the_seeds_agree_on_the_specified_facts_and_conflict_nowhere() {
    let facts = facts(&seeds());
    assert!(
        conflicts(&facts).is_empty(),
        "{:#?}",
        conflicts(&facts).iter().map(|f| &f.explanation).collect::<Vec<_>>()
    );

    let scale = find(&facts, "002", "14,3 Milliarden US-Dollar");
    assert_eq!((scale.verdict, sources_of(scale)), (Verdict::Agree, vec!["000", "002", "004"]));
    assert_eq!(scale.kind, Kind::Money);

    let capex = find(&facts, "002", "zwischen 70 Milliarden und 72 Milliarden US-Dollar");
    assert_eq!((capex.verdict, sources_of(capex)), (Verdict::Agree, vec!["001", "002"]));
    assert!(capex.claims.iter().any(|c| c.quantity.text == "über 70 Milliarden Dollar"));

    let gpus = find(&facts, "002", "1,3 Millionen GPUs");
    assert_eq!((gpus.verdict, sources_of(gpus)), (Verdict::Agree, vec!["001", "002"]));

    let authors = find(&facts, "003", "drei");
    assert_eq!((authors.verdict, sources_of(authors)), (Verdict::Agree, vec!["001", "003"]));
    assert!(authors.claims.iter().all(|c| c.quantity.kind == Kind::Ratio && c.quantity.whole == Some(14.0)));

    let stake = find(&facts, "002", "49 Prozent");
    assert_eq!((stake.verdict, sources_of(stake)), (Verdict::Single, vec!["002"]));

    // What else they share.
    let avocado = find(&facts, "002", "Anfang 2026");
    assert_eq!((avocado.verdict, sources_of(avocado)), (Verdict::Agree, vec!["000", "002"]));
    let team = find(&facts, "003", "14 Hauptautoren");
    assert_eq!((team.verdict, sources_of(team)), (Verdict::Agree, vec!["001", "003"]));
    // Wang hired in June 2025: a date that shares its sentence with the investment in 000 is
    // still a fact of its own.
    let hire = find(&facts, "000", "Juni 2025");
    assert_eq!((hire.verdict, sources_of(hire)), (Verdict::Agree, vec!["000", "002"]));

    // What only one states.
    for (src, text) in [
        ("002", "5 GW"),
        ("003", "10 Millionen Tokens"),
        ("001", "bis zu drei Milliarden Dollar"),
        ("002", "30. Juni 2025"),
    ] {
        assert_eq!(find(&facts, src, text).verdict, Verdict::Single, "{text}");
    }

    // The traps.
    let analysts = find(&facts, "002", "51,3 Milliarden US-Dollar");
    assert_ne!(analysts.id, capex.id, "the analysts' estimate is not the capex figure");
    assert_eq!(analysts.verdict, Verdict::Single);
    assert_ne!(
        find(&facts, "001", "mehr als 200 Millionen Dollar").id,
        find(&facts, "004", "bis zu 100 Millionen Dollar").id,
        "Pang's pay is not the offers"
    );
    let prometheus = facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.source.starts_with("002") && c.quantity.text == "2026"))
        .unwrap();
    assert_ne!(prometheus.id, avocado.id, "Avocado in 2026 is not Prometheus in 2026");
    // The page's view counter is no fact of the story: hidden by default.
    assert!(find(&facts, "002", "6 Ansichten").incidental, "page furniture");
}

#[test]
fn stored_reviewed_claims_give_the_same_report() {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(repo())
        .args(["check", "--claims", "claims", "--format", "json"])
        .assert()
        .success();
    let stored: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(repo())
        .args(["check", "--format", "json"])
        .assert()
        .success();
    let live: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(stored["summary"]["conflict"], 0);
    assert_eq!(stored["summary"]["agree"], live["summary"]["agree"]);
    // The rejected page-view counter takes no part.
    let texts: Vec<&str> = stored["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap())
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(!texts.contains(&"6 Ansichten"));
    assert!(texts.contains(&"mehr als einem Jahrzehnt"), "manual claims take part");
}

fn with_fixture(name: &str) -> Vec<Fact> {
    let mut texts = seeds();
    let p =
        repo().join("tests/fixtures").join(if name.contains('/') { name.to_string() } else { format!("en/{name}") });
    texts.push((p.clone(), fs::read_to_string(&p).unwrap()));
    facts(&texts)
}

#[test]
fn english_wire_copy_restating_the_facts_agrees_with_the_german_sources() {
    let facts = with_fixture("wire_restates.txt");
    assert!(
        conflicts(&facts).is_empty(),
        "{:#?}",
        conflicts(&facts).iter().map(|f| &f.explanation).collect::<Vec<_>>()
    );
    for (text, german) in [
        ("$14.3 billion", ("002", "14,3 Milliarden US-Dollar")),
        ("49%", ("002", "49 Prozent")),
        ("$70 billion to $72 billion", ("002", "zwischen 70 Milliarden und 72 Milliarden US-Dollar")),
        ("1.3 million GPUs", ("002", "1,3 Millionen GPUs")),
        ("three", ("003", "drei")),
    ] {
        let en = find(&facts, "wire", text);
        assert_eq!(en.id, find(&facts, german.0, german.1).id, "{text} joins {german:?}");
        assert_eq!(en.verdict, Verdict::Agree, "{text}");
    }
}

/// Other outlets' wording: AP-style English ("agreed to pay about", "graphics processors",
/// "just three of the 14 … still at the company") and another German newsroom ("steckt 14,3
/// Mrd. US-$", "Investitionsausgaben", "1,3 Mio. Grafikprozessoren", "Von den ursprünglich 14").
#[test]
fn other_outlets_wording_joins_the_same_facts() {
    for (fixture, prefix, restated) in [
        (
            "en/ap_style.txt",
            "ap_",
            &[
                "about $14.3 billion",
                "49 percent",
                "$70 billion to $72 billion",
                "more than 1.3 million graphics processors",
                "three of the 14 researchers",
            ][..],
        ),
        (
            "de/other_outlet.txt",
            "other",
            &["14,3 Mrd. US-$", "49 %", "von 70 bis 72 Mrd. Dollar", "1,3 Mio. Grafikprozessoren", "drei"][..],
        ),
    ] {
        let facts = with_fixture(fixture);
        assert!(
            conflicts(&facts).is_empty(),
            "{fixture}: {:#?}",
            conflicts(&facts).iter().map(|f| &f.explanation).collect::<Vec<_>>()
        );
        for text in restated {
            let f = find(&facts, prefix, text);
            assert_eq!(f.verdict, Verdict::Agree, "{fixture}: {text} stands alone");
            assert!(f.sources.len() >= 2);
        }
        // Pang's pay stays out of the Scale AI deal however the deal is worded.
        let scale = find(&facts, "002", "14,3 Milliarden US-Dollar");
        assert!(!scale.claims.iter().any(|c| c.quantity.text == "mehr als 200 Millionen Dollar"), "{fixture}");
    }
}

#[test]
fn english_wire_copy_with_a_changed_figure_conflicts() {
    let facts = with_fixture("wire_conflict.txt");
    let c = conflicts(&facts);
    assert_eq!(c.len(), 1, "{:#?}", c.iter().map(|f| &f.explanation).collect::<Vec<_>>());
    assert!(c[0].claims.iter().any(|x| x.quantity.text == "$16.3 billion"));
    assert!(c[0].claims.iter().any(|x| x.quantity.text == "14,3 Milliarden US-Dollar"));
    assert!(c[0].explanation.contains("wire_conflict"), "{}", c[0].explanation);
    assert_eq!(find(&facts, "wire", "1.3 million GPUs").verdict, Verdict::Agree);
}

// ----- generated mutations ---------------------------------------------------------------

const WORDS: &[&str] =
    &["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];
const EN_WORDS: &[&str] =
    &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// Formats a number the German way (`21,45`, `1.300.000`) or the English way.
fn localized(v: f64, decimals: usize, decimal_comma: bool) -> String {
    let (group, point) = if decimal_comma { ('.', ',') } else { (',', '.') };
    let s = format!("{v:.decimals$}");
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 && int.len() > 4 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped}{point}{frac}")
    }
}

fn german(v: f64, decimals: usize) -> String {
    localized(v, decimals, true)
}

/// Changes every figure in a claim's text by `factor` (years by two, number words by one),
/// written in the source's language.
fn mutate(text: &str, kind: Kind, factor: f64, decimal_comma: bool) -> Option<String> {
    let digits = regex::Regex::new(r"[0-9]+(?:[.,][0-9]+)*").unwrap();
    let mut changed = false;
    let mut out = digits
        .replace_all(text, |m: &regex::Captures| {
            let run = &m[0];
            changed = true;
            if kind == Kind::Date && run.len() == 4 {
                let y: i32 = run.parse().unwrap();
                return (y + if factor > 1.0 { 2 } else { -2 }).to_string();
            }
            let d = parse_digits(run, decimal_comma).unwrap();
            let mark = if decimal_comma { ',' } else { '.' };
            let decimals = run.split_once(mark).map_or(0, |(_, f)| f.len()) + 1;
            localized(d.value * factor, decimals, decimal_comma)
        })
        .into_owned();
    if !changed {
        let words = if decimal_comma { WORDS } else { EN_WORDS };
        for (i, w) in words.iter().enumerate() {
            if let Some(rest) = out.strip_prefix(w) {
                let j = if factor > 1.0 { i + 1 } else { i.checked_sub(1)? };
                out = format!("{}{rest}", words.get(j)?);
                changed = true;
                break;
            }
        }
    }
    changed.then_some(out)
}

/// Replaces a claim's span in its source.
fn edit(texts: &[(PathBuf, String)], source: &str, start: usize, end: usize, new: &str) -> Vec<(PathBuf, String)> {
    texts
        .iter()
        .map(|(p, t)| {
            if p.file_stem().unwrap().to_string_lossy() == source {
                (p.clone(), format!("{}{new}{}", &t[..start], &t[end..]))
            } else {
                (p.clone(), t.clone())
            }
        })
        .collect()
}

#[test]
fn every_changed_figure_shows_exactly_that_conflict() {
    // The seeds and an English restatement: German and English notation both get changed.
    let mut texts = seeds();
    let fixture = repo().join("tests/fixtures/en/wire_restates.txt");
    texts.push((fixture.clone(), fs::read_to_string(&fixture).unwrap()));
    let base = facts(&texts);
    let mut tried = 0;
    for fact in base.iter().filter(|f| f.verdict == Verdict::Agree) {
        for claim in &fact.claims {
            let q = &claim.quantity;
            // A factor that makes the figure inconsistent with the others (an open bound may
            // swallow a change in one direction): at least one must show the conflict, and
            // none may show any other.
            let mut shown = false;
            for factor in [1.5, 0.6, 3.0, 0.25] {
                let Some(new) = mutate(&q.text, q.kind, factor, claim.source != "wire_restates") else { continue };
                let after = facts(&edit(&texts, &claim.source, q.start, q.end, &new));
                // The claims the edit changed: the figure itself, and any figure built on it
                // (a split ratio takes its whole from the count: `Von den 14 …`).
                let before: HashMap<&str, &claimcheck::Quantity> =
                    base.iter().flat_map(|f| &f.claims).map(|c| (c.id.as_str(), &c.quantity)).collect();
                let touched = |x: &claimcheck::claim::Claim| {
                    x.source == claim.source
                        && before
                            .get(x.id.as_str())
                            .is_none_or(|b| b.value != x.quantity.value || b.whole != x.quantity.whole)
                };
                let c = conflicts(&after);
                for f in &c {
                    assert!(
                        f.claims.iter().any(touched),
                        "{} → {new:?}: a conflict elsewhere: {}",
                        q.text,
                        f.explanation
                    );
                }
                if c.iter().any(|f| f.claims.iter().any(|x| x.source == claim.source && x.quantity.text == new)) {
                    shown = true;
                    break;
                }
            }
            assert!(shown, "changing {:?} in {} showed no conflict", q.text, claim.source);
            tried += 1;
        }
    }
    assert!(tried >= 20, "only {tried} figures mutated");
    eprintln!("mutation test: {tried} figures changed, each showed exactly its conflict");
}

/// Equivalent rewrites of a figure, as an editor might write it.
fn rewrites(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let billions = regex::Regex::new(r"^(.*?)([0-9]+(?:,[0-9]+)?) Milliarden(.*)$").unwrap();
    if let Some(m) = billions.captures(text) {
        let v = parse_digits(&m[2], true).unwrap().value * 1000.0;
        out.push(format!("{}{} Millionen{}", &m[1], german(v, 0), &m[3]));
    }
    for (from, to) in
        [("Milliarden", "Mrd."), ("Millionen", "Mio."), ("Prozent", "%"), ("US-Dollar", "US-$"), ("drei", "3")]
    {
        if text.contains(from) {
            out.push(text.replace(from, to));
        }
    }
    out
}

fn fingerprint(facts: &[Fact]) -> BTreeSet<(Verdict, Vec<String>, usize)> {
    facts.iter().filter(|f| !f.incidental).map(|f| (f.verdict, f.sources.clone(), f.claims.len())).collect()
}

#[test]
fn equivalent_rewrites_change_nothing() {
    let texts = seeds();
    let base = facts(&texts);
    let want = fingerprint(&base);
    let mut tried = 0;
    for fact in base.iter().filter(|f| f.sources.len() > 1) {
        for claim in &fact.claims {
            for new in rewrites(&claim.quantity.text) {
                let after = facts(&edit(&texts, &claim.source, claim.quantity.start, claim.quantity.end, &new));
                assert_eq!(
                    fingerprint(&after),
                    want,
                    "rewriting {:?} as {new:?} changed the report",
                    claim.quantity.text
                );
                tried += 1;
            }
        }
    }
    assert!(tried >= 8, "only {tried} rewrites");
    eprintln!("rewrite test: {tried} equivalent rewrites, none changed the report");
}

// ----- the CLI and the renderers ----------------------------------------------------------

fn check(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .arg("check")
        .args(args)
        .assert()
}

#[test]
fn json_follows_the_contract() {
    let out = check(&["--format", "json"]).success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 5);
    for s in sources {
        for k in ["id", "path", "title", "outlet", "date", "url", "lang"] {
            assert!(s.get(k).is_some(), "source lacks {k}");
        }
    }
    let texts: HashMap<String, String> =
        seeds().into_iter().map(|(p, t)| (p.file_stem().unwrap().to_string_lossy().into_owned(), t)).collect();
    let facts = v["facts"].as_array().unwrap();
    let mut counts: HashMap<&str, u64> = HashMap::new();
    for f in facts {
        for k in ["id", "label", "kind", "verdict", "explanation", "sources", "claims"] {
            assert!(f.get(k).is_some(), "fact lacks {k}");
        }
        *counts.entry(f["verdict"].as_str().unwrap()).or_default() += 1;
        for c in f["claims"].as_array().unwrap() {
            for k in [
                "id",
                "source",
                "start",
                "end",
                "text",
                "kind",
                "value",
                "low",
                "high",
                "unit",
                "qualifier",
                "sentence",
            ] {
                assert!(c.get(k).is_some(), "claim lacks {k}");
            }
            // Offsets point at the bytes on disk.
            let text = &texts[c["source"].as_str().unwrap()];
            let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[s..e], c["text"].as_str().unwrap());
            if c["kind"] == "date" {
                assert!(c["value"].is_string());
            } else {
                assert!(c["value"].is_number());
            }
        }
    }
    assert_eq!(v["summary"]["facts"].as_u64().unwrap() as usize, facts.len());
    for verdict in ["agree", "conflict", "updated", "single"] {
        assert_eq!(v["summary"][verdict].as_u64().unwrap(), *counts.get(verdict).unwrap_or(&0), "{verdict}");
    }
}

#[test]
fn table_snapshot() {
    let out = check(&[]).success();
    insta::assert_snapshot!("table", String::from_utf8_lossy(&out.get_output().stdout));
}

#[test]
fn markdown_snapshot() {
    let out = check(&["--format", "markdown"]).success();
    insta::assert_snapshot!("markdown", String::from_utf8_lossy(&out.get_output().stdout));
}

#[test]
fn fail_on_and_output() {
    check(&["--fail-on", "conflict"]).code(0);
    check(&["--fail-on", "single"]).code(1);
    let dir = tempfile::tempdir().unwrap();
    let fixture = repo().join("tests/fixtures/en/wire_conflict.txt");
    let out = dir.path().join("report.md");
    Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(repo())
        .args(["check", "sources"])
        .arg(&fixture)
        .args(["--fail-on", "conflict", "--format", "markdown", "--output"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout("");
    let md = fs::read_to_string(&out).unwrap();
    assert!(md.contains("## Conflicts") && md.contains("$16.3 billion"), "{md}");
    check(&["no-such-folder"]).code(2);
    let _ = Path::new("");
}

fn doc(name: &str, text: &str) -> (PathBuf, String) {
    (PathBuf::from(format!("{name}.txt")), text.to_string())
}

#[test]
fn a_forecast_revised_between_dated_sources_is_updated_with_its_timeline() {
    let facts = facts(&[
        doc("january", "---\ndate: 2025-01-29\nlang: de\n---\nMeta erwartet für 2025 Kapitalausgaben von 60 bis 65 Milliarden Dollar, sagte Finanzchefin Susan Li."),
        doc("october", "---\ndate: 2025-10-30\nlang: de\n---\nMeta erwartet für 2025 nun Kapitalausgaben von 70 bis 72 Milliarden Dollar, sagte Finanzchefin Susan Li."),
    ]);
    let f = find(&facts, "january", "von 60 bis 65 Milliarden Dollar");
    assert_eq!(f.verdict, Verdict::Updated, "{}", f.explanation);
    assert_eq!(
        f.explanation,
        "changed over time: 60–65 bn USD (january, 2025-01-29) → 70–72 bn USD (october, 2025-10-30)"
    );
    // Undated, the same disagreement is a conflict.
    let undated = facts_undated();
    assert_eq!(find(&undated, "a", "von 60 bis 65 Milliarden Dollar").verdict, Verdict::Conflict);
    // Undated, but one source says the figure was raised: the revised figure is the newer.
    let facts = self::facts(&[
        doc("a", "Meta erwartet für 2025 Kapitalausgaben von 60 bis 65 Milliarden Dollar, sagte Finanzchefin Susan Li."),
        doc("b", "Meta hat die Prognose für die Kapitalausgaben 2025 auf 70 bis 72 Milliarden Dollar angehoben, sagte Finanzchefin Susan Li."),
    ]);
    let f = find(&facts, "a", "von 60 bis 65 Milliarden Dollar");
    assert_eq!(f.verdict, Verdict::Updated, "{}", f.explanation);
    assert_eq!(f.explanation, "changed over time: 60–65 bn USD (a) → 70–72 bn USD (b)");
}

fn facts_undated() -> Vec<Fact> {
    facts(&[
        doc(
            "a",
            "Meta erwartet für 2025 Kapitalausgaben von 60 bis 65 Milliarden Dollar, sagte Finanzchefin Susan Li.",
        ),
        doc(
            "b",
            "Meta erwartet für 2025 nun Kapitalausgaben von 70 bis 72 Milliarden Dollar, sagte Finanzchefin Susan Li.",
        ),
    ])
}

#[test]
fn units_convert_and_periods_separate() {
    let facts = facts(&[
        doc("a", "Das Rechenzentrum Hyperion von Meta kann auf 5 GW skaliert werden."),
        doc("b", "Metas Rechenzentrum Hyperion soll auf 5.000 MW Leistung wachsen."),
        doc("c", "Meta plant für 2026 Kapitalausgaben von 100 Milliarden Dollar."),
        doc("d", "Meta plant für 2025 Kapitalausgaben von 72 Milliarden Dollar."),
    ]);
    let power = find(&facts, "a", "5 GW");
    assert_eq!((power.verdict, sources_of(power)), (Verdict::Agree, vec!["a", "b"]));
    assert_ne!(
        find(&facts, "c", "100 Milliarden Dollar").id,
        find(&facts, "d", "72 Milliarden Dollar").id,
        "2026 capex is not 2025 capex"
    );
    assert!(conflicts(&facts).is_empty());
}

#[test]
fn pinned_claims_form_their_fact_and_rejected_ones_take_no_part() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| Command::cargo_bin("claimcheck").unwrap().current_dir(dir.path()).args(args).assert();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(dir.path().join("sources/a.txt"), "Meta zahlte 14,3 Milliarden Dollar für Scale AI.").unwrap();
    fs::write(dir.path().join("sources/b.txt"), "Wang bekam ein Paket von 100 Millionen Dollar.").unwrap();
    fs::write(dir.path().join("sources/c.txt"), "Meta zahlte 16 Milliarden Dollar für Scale AI.").unwrap();
    run(&["extract"]).success();
    // Pin a's and b's figures together; reject c's.
    for (file, edit) in [("a", "fact"), ("b", "fact"), ("c", "reject")] {
        let path = dir.path().join(format!("claims/{file}.json"));
        let mut v: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let c = &mut v["claims"][0];
        if edit == "fact" {
            c["fact"] = Value::from("wang-deal");
        } else {
            c["status"] = Value::from("rejected");
        }
        fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    }
    let out = run(&["check", "--claims", "claims", "--format", "json"]).success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let facts = v["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0]["label"], "wang-deal");
    assert_eq!(facts[0]["pinned"], "wang-deal");
    assert_eq!(facts[0]["verdict"], "conflict");
}

#[test]
fn labels_name_the_measure_of_german_and_english_claims_alike() {
    let facts = facts(&[
        doc("de", "---\nlang: de\n---\nNach dem Erdbeben in Myanmar stieg die Zahl der Todesopfer auf 1.644, teilte die Junta mit. Meta tätigte eine Investition von 14,3 Milliarden US-Dollar in Scale AI."),
        doc("en", "---\nlang: en\n---\nThe death toll from the earthquake in Myanmar rose to 1,644, the junta said. Meta made a $14.3 billion investment in Scale AI."),
    ]);
    // Whose, what, when: the holder leads, the measure follows.
    for (text, holder, measure) in
        [("1.644", "Myanmar", "deaths"), ("14,3 Milliarden US-Dollar", "Scale AI", "investment")]
    {
        let f = find(&facts, "de", text);
        assert_eq!(f.sources.len(), 2, "{text}: {}", f.explanation);
        let parts: Vec<&str> = f.label.split(" · ").collect();
        assert_eq!(parts.get(..2), Some(&[holder, measure][..]), "{text}: label {:?}", f.label);
    }
}

#[test]
fn a_label_names_whose_share_it_is_where_the_claims_agree_on_it() {
    // The party every report names beside the figure is whose share it is, though its
    // rival is rarer in the dossier; the share of the votes is a vote share, whatever verb
    // stands nearer (`holte`).
    let facts = facts(&[
        doc("a", "---\nlang: de\n---\nBei der Landtagswahl ist die CDU mit 31,9 Prozent stärkste Kraft geworden. Die AfD kam auf 30,6 Prozent."),
        doc("b", "---\nlang: en\n---\nThe CDU won the state election with 31.9% of the vote, narrowly ahead of the AfD on 30.6%."),
        doc("c", "---\nlang: de\n---\nDie CDU hat die Wahl knapp gewonnen: Sie holte 31,9 Prozent der Stimmen, die AfD 30,6 Prozent."),
        doc("d", "---\nlang: en\n---\nThe CDU took 31.9 percent of the vote in the state election. The AfD won 30.6 percent."),
    ]);
    let f = find(&facts, "c", "31,9 Prozent");
    assert_eq!(f.sources.len(), 4, "{}", f.explanation);
    assert_eq!(f.label, "CDU · vote share", "{}", f.explanation);
}

#[test]
fn a_unit_of_time_is_no_holder_of_a_fact() {
    // `Im Jahr`, `pro Jahr`: German capitalises every noun, and a unit of time names no one.
    let facts = facts(&[
        doc("a", "---\nlang: de\n---\nIm Jahr 2030 will der Konzern pro Jahr 15 Milliarden Euro einsparen. Jahr für Jahr wachsen die Kosten."),
        doc("b", "---\nlang: en\n---\nThe carmaker wants to save 15 billion euros a year by 2030."),
        doc("c", "---\nlang: de\n---\nDas Sparprogramm soll bis 2030 jährlich 15 Milliarden Euro bringen, heißt es im Jahr des Umbaus."),
    ]);
    let f = find(&facts, "a", "15 Milliarden Euro");
    assert!(f.sources.len() >= 2, "{}", f.explanation);
    assert!(!f.label.contains("Jahr"), "{}", f.label);
}

#[test]
fn a_transfer_fee_reported_differently_across_languages_is_a_conflict() {
    // A fee and an Ablösesumme are one measure (transfer fee ⊂ fee); a football striker is
    // no striking worker.
    let facts = facts(&[
        doc("a", "---\nlang: en\n---\nBayern Munich have agreed to sign striker Luis Diaz from Liverpool for a fee of €75 million. His salary will be €14 million a year. Liverpool paid €49 million for him in 2022."),
        doc("b", "---\nlang: de\n---\nDer FC Bayern verpflichtet Luis Diaz vom FC Liverpool. Die Ablösesumme beträgt 70 Millionen Euro. Sein Gehalt soll rund 14 Millionen Euro pro Jahr betragen. Liverpool hatte 2022 rund 49 Millionen Euro für ihn gezahlt."),
        doc("c", "---\nlang: en\n---\nLiverpool have agreed a fee of 75 million euros with Bayern Munich for Luis Diaz. His salary will be 14 million euros a year. Liverpool paid 49 million euros for him in 2022."),
    ]);
    let f = find(&facts, "b", "70 Millionen Euro");
    assert_eq!(f.sources.len(), 3, "{}", f.explanation);
    assert_eq!(f.verdict, Verdict::Conflict, "{}", f.explanation);
    assert!(f.label.contains("fee"), "{}", f.label);
}

#[test]
fn a_toll_a_report_raises_from_the_figure_others_give_is_updated() {
    // Two reports give 62 dead; a later one says 71, up from 62 before. One fact, updated,
    // though only one report gives the new figure.
    let facts = facts(&[
        doc("a", "---\ndate: 2026-10-03\nlang: en\n---\nFloods in southern Spain have killed at least 62 people, the authorities said. More than 1,200 residents were evacuated."),
        doc("b", "---\ndate: 2026-10-04\nlang: de\n---\nBei den Überschwemmungen in Südspanien sind mindestens 71 Menschen ums Leben gekommen. Die Behörden hatten zuvor 62 Tote gemeldet. Mehr als 1.200 Anwohner wurden evakuiert."),
        doc("c", "---\ndate: 2026-10-03\nlang: de\n---\nIn Südspanien stieg die Zahl der Todesopfer der Überschwemmungen auf 62. Mehr als 1.200 Menschen wurden evakuiert."),
    ]);
    let f = find(&facts, "b", "mindestens 71 Menschen");
    assert_eq!(f.sources.len(), 3, "{}", f.explanation);
    assert_eq!(f.verdict, Verdict::Updated, "{}", f.explanation);
}

#[test]
fn every_fact_of_several_claims_says_why() {
    let out = check(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    for f in v["facts"].as_array().unwrap() {
        let many = f["claims"].as_array().unwrap().len() > 1;
        let why = f.get("why").and_then(|w| w.as_array()).map_or(0, |w| w.len());
        assert_eq!(many, why > 0, "{}: why {:?}", f["label"], f.get("why"));
    }
}

/// A temporary dossier of `(file name, text)`, removed when dropped.
struct TempDossier(PathBuf);

impl TempDossier {
    fn new(name: &str, files: &[(&str, &str)]) -> TempDossier {
        let dir = std::env::temp_dir().join(format!("claimcheck-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (f, t) in files {
            fs::write(dir.join(f), t).unwrap();
        }
        TempDossier(dir)
    }

    fn facts(&self) -> Vec<serde_json::Value> {
        let out = check(&[self.0.to_str().unwrap(), "--format", "json"]).get_output().stdout.clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        v["facts"].as_array().unwrap().clone()
    }
}

impl Drop for TempDossier {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn outlets_printing_one_wire_report_count_once() {
    let wire = "Das Erdbeben der Stärke 7,7 hat am Freitag weite Teile von Myanmar erschüttert. Nach Angaben der \
                Militärjunta kamen mindestens 1.644 Menschen ums Leben, mehr als 3.400 wurden verletzt. Auch im \
                benachbarten Thailand war das Beben zu spüren, in Bangkok stürzte ein Hochhaus ein.";
    let copy = format!("Myanmar: {wire} Die Rettungsarbeiten dauern an.");
    let own = "In Myanmar sind nach dem Beben vom Freitag mindestens 1.644 Menschen ums Leben gekommen, mehr als \
               3.400 wurden verletzt, berichtet unsere Korrespondentin aus Mandalay.";
    let d = TempDossier::new("wire", &[("agency.txt", wire), ("portal.txt", &copy), ("paper.txt", own)]);
    let facts = d.facts();
    let toll = facts
        .iter()
        .find(|f| f["claims"].as_array().unwrap().iter().any(|c| c["text"].as_str().unwrap().contains("1.644")))
        .unwrap();
    assert_eq!(toll["sources"].as_array().unwrap().len(), 3, "{toll:#}");
    assert_eq!(toll["independent"], 2, "{toll:#}");
    assert!(toll["explanation"].as_str().unwrap().contains("3 sources (2 independent)"), "{toll:#}");
}

#[test]
fn a_slip_of_magnitude_is_named_and_comes_first() {
    let d = TempDossier::new(
        "slip",
        &[
            ("a.txt", "Meta investierte 14,3 Milliarden Dollar in Scale AI und erhielt 49 Prozent der Anteile. Scale AI hat 900 Mitarbeiter."),
            ("b.txt", "Meta investierte 14,3 Millionen Dollar in Scale AI und erhielt 49 Prozent der Anteile. Scale AI hat 950 Mitarbeiter."),
        ],
    );
    let facts = d.facts();
    let first = &facts[0];
    assert_eq!(first["verdict"], "conflict", "{facts:#?}");
    assert_eq!(first["magnitude_slip"], 3, "{first:#}");
    assert!(first["explanation"].as_str().unwrap().starts_with("magnitude slip (×10^3)"), "{first:#}");
}

#[test]
fn a_death_toll_rising_over_days_in_two_languages_is_one_updated_fact() {
    let facts = facts(&[
        doc(
            "de-0328",
            "---\ndate: 2025-03-28\nlang: de\n---\nBei dem Erdbeben in Nepal sind nach Angaben der Regierung in Kathmandu mindestens 120 Menschen ums Leben gekommen. In Indien starben 8 Menschen.",
        ),
        doc(
            "en-0329",
            "---\ndate: 2025-03-29\nlang: en\n---\nThe death toll from the earthquake in Nepal has risen to 950, the government in Kathmandu said. Previously it had put the number of dead at 120. More than 4,000 people were injured. In India, 8 people were killed.",
        ),
        doc(
            "de-0331",
            "---\ndate: 2025-03-31\nlang: de\n---\nDie Zahl der Toten in Nepal ist nach dem Beben auf 2.100 gestiegen, teilte die Regierung in Kathmandu mit. Mehr als 4.000 Menschen wurden verletzt.",
        ),
    ]);
    let toll = find(&facts, "de-0331", "2.100");
    let texts: Vec<(&str, &str)> = toll.claims.iter().map(|c| (c.source.as_str(), c.quantity.text.as_str())).collect();
    for want in [("de-0328", "mindestens 120 Menschen"), ("en-0329", "950"), ("en-0329", "120")] {
        assert!(texts.contains(&want), "{want:?} not in {texts:?}");
    }
    assert_eq!(toll.verdict, Verdict::Updated, "{}", toll.explanation);
    // The superseded figure of the English report comes first on its day.
    assert!(toll.explanation.contains("120 (en-0329, 2025-03-29) → 950 (en-0329, 2025-03-29)"), "{}", toll.explanation);
    // India's dead and the injured are other facts.
    assert!(!texts.iter().any(|(_, t)| t.contains('8') || t.contains("4.000")), "{texts:?}");
}

#[test]
fn figures_that_say_nothing_of_what_they_measure_share_no_fact() {
    // Reports with the same bare percentage in like sentences: none says of what, so none
    // is a fact another shares, in German or English. A count says what it counts (a noun
    // the lexicon does not know meets only its own word), and that labels the fact.
    let facts = facts(&[
        doc("de", "---\nlang: de\n---\nBeim Marathon in Wien lagen zuletzt 66 Prozent über dem Schnitt. Sechs Kandidaten stehen beim Marathon in Wien am Start."),
        doc("at", "---\nlang: de\n---\nBeim Marathon in Wien lagen 66 Prozent über dem Schnitt. Beim Marathon in Wien stehen sechs Kandidaten am Start."),
        doc("en", "---\nlang: en\n---\nAt the Vienna marathon, 66 percent were above average. Six candidates are at the start of the Vienna marathon."),
    ]);
    for (source, text) in [("de", "66 Prozent"), ("at", "66 Prozent"), ("en", "66 percent")] {
        let bare = find(&facts, source, text);
        assert_eq!(bare.sources.len(), 1, "{}", bare.explanation);
    }
    let counted = find(&facts, "de", "Sechs Kandidaten");
    assert!(counted.sources.len() >= 2, "{}", counted.explanation);
    assert!(counted.label.to_lowercase().ends_with("kandidaten"), "{}", counted.label);
}

#[test]
fn a_share_of_members_in_favour_and_a_distance_are_labelled_by_what_they_measure() {
    let facts = facts(&[
        doc("de", "---\nlang: de\n---\nFür den Streik sprachen sich 96 Prozent der Mitglieder aus. Das Epizentrum lag rund 17 Kilometer von Mandalay entfernt."),
        doc("en", "---\nlang: en\n---\nAbout 96% of union members backed the strike. The epicentre was about 17km from Mandalay."),
    ]);
    let share = find(&facts, "de", "96 Prozent");
    assert_eq!(share.sources.len(), 2, "{}", share.explanation);
    assert!(share.label.to_lowercase().contains("yes votes"), "{}", share.label);
    let distance = find(&facts, "de", "rund 17 Kilometer");
    assert_eq!(distance.sources.len(), 2, "{}", distance.explanation);
    assert!(distance.label.to_lowercase().contains("length"), "{}", distance.label);
}

#[test]
fn a_share_of_those_polled_is_a_poll_result_in_german_and_english() {
    // The share of respondents says what it is (a poll's result), not which question: two
    // results of one poll agree each with its own, and never contradict each other.
    let facts = facts(&[
        doc("de", "---\nlang: de\n---\nLaut der Forsa-Umfrage sind 47 Prozent der Befragten für ein Tempolimit, 40 Prozent der Befragten dagegen."),
        doc("en", "---\nlang: en\n---\nAccording to the Forsa poll, 47 percent of respondents support a speed limit, while 40 percent of respondents oppose it."),
    ]);
    for text in ["47 Prozent", "40 Prozent"] {
        let f = find(&facts, "de", text);
        assert_eq!(f.sources.len(), 2, "{text}: {}", f.explanation);
        assert_eq!(f.verdict, Verdict::Agree, "{text}: {}", f.explanation);
        assert!(f.label.to_lowercase().contains("poll share"), "{text}: {}", f.label);
    }
}

#[test]
fn a_percentage_won_in_an_election_is_a_vote_share_in_german_and_english() {
    // An election says what a percentage in its clause measures (a vote share), and nothing
    // about the other figures beside it: the year of the election is no vote.
    let facts = facts(&[
        doc("de", "---\nlang: de\n---\nDie Grünen kamen bei der Landtagswahl 2021 auf 32,6 Prozent."),
        doc("en", "---\nlang: en\n---\nThe Greens won 32.6 percent in the 2021 state election."),
    ]);
    let f = find(&facts, "de", "32,6 Prozent");
    assert_eq!(f.sources.len(), 2, "{}", f.explanation);
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert!(f.label.to_lowercase().contains("vote share"), "{}", f.label);
    let year = find(&facts, "de", "2021");
    assert!(!year.label.to_lowercase().contains("vote share"), "{}", year.label);
}

#[test]
fn what_follows_plus_is_another_amount_not_what_the_figure_measures() {
    // `eine Ablöse von 90 Millionen Euro plus Boni`: the fee, not the bonuses after `plus`,
    // which adds another amount and makes no change. So the 90 meets the others' 95.
    let facts = facts(&[
        doc("a", "---\nlang: de\ndate: 2025-07-02\n---\nDer FC Bayern zahlt für Luis Ortega eine Ablöse von 90 Millionen Euro plus Boni."),
        doc("b", "---\nlang: de\ndate: 2025-07-02\n---\nDer FC Bayern zahlt für Luis Ortega eine Ablöse von 95 Millionen Euro plus Boni."),
        doc("c", "---\nlang: en\ndate: 2025-07-02\n---\nBayern Munich signed Luis Ortega for a fee of 95 million euros plus add-ons."),
    ]);
    let f = find(&facts, "a", "90 Millionen Euro");
    assert!(f.label.to_lowercase().contains("transfer fee"), "{}", f.label);
    assert_eq!(f.verdict, Verdict::Conflict, "{}", f.explanation);
    let en = find(&facts, "c", "95 million euros");
    assert!(en.label.to_lowercase().contains("transfer fee"), "{}", en.label);
}

#[test]
fn a_list_of_shares_measures_what_its_first_says_in_german_and_english() {
    // Party results are given once with their measure, then as a list: each share is a
    // vote share, so a report that prints another party's share differently conflicts.
    let facts = facts(&[
        doc("de", "---\nlang: de\ndate: 2026-03-09\n---\nDie SPD hat die Landtagswahl mit 31,2 Prozent der Stimmen gewonnen. Die CDU kam auf 29,8 Prozent, die Grünen erreichten 14,1 Prozent."),
        doc("en", "---\nlang: en\ndate: 2026-03-09\n---\nThe SPD won the state election with 31.2% of the vote, ahead of the CDU on 28.9%. The Greens took 14.1%."),
    ]);
    let cdu = find(&facts, "de", "29,8 Prozent");
    assert_eq!(cdu.verdict, Verdict::Conflict, "{}", cdu.explanation);
    assert!(cdu.label.to_lowercase().contains("vote share"), "{}", cdu.label);
    let greens = find(&facts, "de", "14,1 Prozent");
    assert_eq!(greens.sources.len(), 2, "{}", greens.explanation);
}

#[test]
fn a_share_after_a_list_keeps_its_own_measure_when_it_names_no_one_or_is_a_change() {
    // The next sentence continues a list only as a level of someone it names: a share of
    // no one named, or a change, is not the measure of the share before it.
    let facts = facts(&[doc(
        "de",
        "---\nlang: de\n---\nDie Einigung fiel mit einer Mehrheit von 94,6 Prozent der Stimmen durch. Für einen Streik sprachen sich 96 Prozent aus. Die Gewerkschaft IAM hatte eine Erhöhung um 40 Prozent verlangt.",
    )]);
    let vote = find(&facts, "de", "94,6 Prozent").label.clone();
    for text in ["96 Prozent", "40 Prozent"] {
        let f = find(&facts, "de", text);
        assert_ne!(f.label, vote, "{text}: {}", f.label);
    }
}

#[test]
fn a_period_figure_that_rose_to_a_value_conflicts_between_reports_of_one_day() {
    // `rose to` dates a running count's value to the hour (an update); a year's revenue
    // that rose to a value is one figure, so two reports of one day disagree.
    let facts = facts(&[
        doc("a", "---\nlang: en\ndate: 2025-11-13\n---\nAnnual revenue at Siemens rose to 79.8 billion euros, with net income of 10.4 billion euros and a dividend of 5.35 euros."),
        doc("b", "---\nlang: en\ndate: 2025-11-13\n---\nAnnual revenue at Siemens rose to 78.9 billion euros, with net income of 10.4 billion euros and a dividend of 5.35 euros."),
    ]);
    let f = find(&facts, "a", "79.8 billion euros");
    assert_eq!(f.sources.len(), 2, "{}", f.explanation);
    assert_eq!(f.verdict, Verdict::Conflict, "{}", f.explanation);
}

#[test]
fn a_figure_of_a_sentence_that_names_no_one_conflicts_in_reports_of_one_story() {
    // German reports often name the company once, at a sentence's start, and give the
    // figures in sentences naming no one (`Der Umsatz lag bei …`). In reports that share
    // figures themselves such a figure has no holder to differ: the FT's transposed 79.8
    // and a dividend of 5.25 against everyone's 5.35 must show.
    let facts = facts(&[
        doc("hb", "---\nlang: de\ndate: 2025-11-13\n---\nSiemens hat im Geschäftsjahr einen Umsatz von 78,9 Milliarden Euro erzielt. Der Nettogewinn stieg auf 10,4 Milliarden Euro. Die Dividende soll 5,35 Euro je Aktie betragen."),
        doc("sz", "---\nlang: de\ndate: 2025-11-13\n---\nDer Konzern verdiente unter dem Strich 10,4 Milliarden Euro, der Umsatz lag bei 78,9 Milliarden Euro. Die Aktionäre sollen eine Dividende von 5,25 Euro erhalten."),
        doc("ft", "---\nlang: en\ndate: 2025-11-13\n---\nRevenue at Siemens rose to €79.8bn, with net profit at €10.4bn. The group will pay a dividend of €5.35 a share."),
    ]);
    let revenue = find(&facts, "ft", "€79.8bn");
    assert_eq!(revenue.verdict, Verdict::Conflict, "{}", revenue.explanation);
    assert!(revenue.claims.iter().any(|c| c.source == "hb"), "{}", revenue.explanation);
    let dividend = find(&facts, "sz", "5,25 Euro");
    assert_eq!(dividend.verdict, Verdict::Conflict, "{}", dividend.explanation);
}

#[test]
fn a_hedged_figure_joins_its_fact_though_its_sentence_names_someone_else() {
    // Reports that share figures and names themselves: the same measure within a hedge is
    // one fact, whoever each sentence names (the chief, the company), German and English.
    let facts = facts(&[
        doc("a", "---\nlang: de\n---\nKorvanta will bis Ende 2027 weltweit 5.600 Stellen streichen. Korvanta steigerte den Umsatz auf 19,4 Milliarden Euro. Der Auftragseingang lag bei 21,7 Milliarden Euro."),
        doc("b", "---\nlang: de\n---\nChef Matthias Oberle kündigte an, mehr als 5.500 Stellen zu streichen. Korvanta setzte 19,4 Milliarden Euro um, der Auftragseingang erreichte 21,7 Milliarden Euro."),
        doc("c", "---\nlang: en\n---\nKorvanta plans to cut about 5,600 jobs worldwide by the end of 2027. Korvanta lifted revenue to €19.4bn on orders of €21.7bn."),
    ]);
    let cuts = find(&facts, "a", "5.600 Stellen");
    assert_eq!(sources_of(cuts), vec!["a", "b", "c"], "{}", cuts.explanation);
    assert_eq!(cuts.verdict, Verdict::Agree);
}

#[test]
fn a_list_of_party_results_gives_each_party_its_own_share() {
    // Each figure of a list is its own party's; shares of different parties named in the
    // same sentences are neither one fact nor an update of each other.
    let facts = facts(&[
        doc("a", "---\nlang: de\ndate: 2026-03-23\n---\nDie CDU hat die Landtagswahl gewonnen. Die CDU kam auf 31,2 Prozent, die SPD auf 26,3 Prozent, die Grünen auf 8,1 Prozent."),
        doc("b", "---\nlang: de\ndate: 2026-03-23\n---\nBei der Landtagswahl siegte die CDU. Ergebnis: CDU 31,2 Prozent, SPD 26,3 Prozent, Grüne 8,1 Prozent."),
        doc("c", "---\nlang: en\ndate: 2026-03-24\n---\nThe CDU won the state election with 31.2 percent of the vote, the SPD took 26.3 percent and the Greens 8.1 percent."),
    ]);
    for (source, text) in [("a", "26,3 Prozent"), ("b", "26,3 Prozent"), ("c", "26.3 percent")] {
        let spd = find(&facts, source, text);
        assert_eq!(spd.verdict, Verdict::Agree, "{}", spd.explanation);
        assert!(spd.claims.iter().all(|c| c.quantity.value.as_f64() == Some(26.3)), "{}", spd.explanation);
    }
    let spd = find(&facts, "a", "26,3 Prozent");
    assert!(sources_of(spd).len() >= 2, "{}", spd.explanation);
}

#[test]
fn the_injured_of_one_report_are_not_the_dead_of_another() {
    // A sentence that gives the dead and the injured speaks of both, yet each figure is
    // its own clause's: the injured never link to the dead of another report.
    let facts = facts(&[
        doc("a", "---\nlang: en\ndate: 2025-03-28\n---\nThe junta said at least 144 people were killed and 737 injured in the earthquake in Myanmar."),
        doc("b", "---\nlang: en\ndate: 2025-04-01\n---\nThe number of people killed by the earthquake in Myanmar has reached 2,719, the junta said."),
        doc("c", "---\nlang: de\ndate: 2025-04-01\n---\nBei dem Erdbeben in Myanmar sind nach Angaben der Junta 2719 Menschen ums Leben gekommen."),
    ]);
    let injured = find(&facts, "a", "737");
    assert!(injured.claims.iter().all(|c| c.quantity.value.as_f64() == Some(737.0)), "{}", injured.explanation);
    let dead = find(&facts, "b", "2,719");
    assert!(!dead.claims.iter().any(|c| c.quantity.text == "737"), "{}", dead.explanation);
}

#[test]
fn a_range_and_a_point_within_it_in_one_report_are_two_facts() {
    // A target range and the outcome inside it: one report gives both, so they are two.
    let facts = facts(&[
        doc("a", "---\nlang: de\n---\nDie operative Marge von Korvanta stieg auf 7,4 Prozent. Für das Gesamtjahr peilt Korvanta eine Marge von 7 bis 8 Prozent an."),
        doc("b", "---\nlang: en\n---\nKorvanta's operating margin rose to 7.4%. For the full year Korvanta targets a margin of 7% to 8%."),
    ]);
    let reached = find(&facts, "a", "7,4 Prozent");
    assert!(!reached.claims.iter().any(|c| c.quantity.text.contains("bis")), "{}", reached.explanation);
}
