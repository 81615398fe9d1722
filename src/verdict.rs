//! Verdicts on facts: agree, conflict, updated, single — each with a short explanation.
//!
//! Values are compared as intervals: see [`crate::compare`].
//!
//! # Updated
//! A disagreement is `updated`, not `conflict`, when the dates show it (sources of different
//! dates: a death toll, a stake, an offer move as the news develops) or the
//! sources say so (of two undated figures one is reported as revised — `angehoben`,
//! `raised` — and the other is not). The explanation gives the timeline. A later figure
//! that reads as the earlier one mistyped (two digits swapped, a scale word for another),
//! with no word of a change, is a slip: a conflict, whatever the dates.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::align::Group;
use crate::claim::{Claim, Modality};
pub use crate::compare::{agree, interval};
use crate::compare::{mistyped, Digits};
use crate::lang::{every_language, Lang};
use crate::quantity::{format_number, Kind, Qualifier, Quantity};

/// What the sources say about a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Conflict,
    Updated,
    Agree,
    Single,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Updated => "updated",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }
}

/// A fact with its verdict.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub label: String,
    pub kind: Kind,
    pub verdict: Verdict,
    pub explanation: String,
    pub sources: Vec<String>,
    pub claims: Vec<Claim>,
    /// Every claim is incidental (a dating year, a duration): reports may leave it out.
    pub incidental: bool,
    pub pinned: Option<String>,
    /// Why the claims are one fact (from alignment).
    pub why: Vec<String>,
    /// How many of the sources are independent: outlets printing one wire report are one
    /// voice (see [`crate::voices`]).
    pub independent: usize,
    /// For a conflict, how far apart its figures are: the largest relative difference of a
    /// contradicting pair, in percent of the larger figure.
    pub gap: Option<f64>,
    /// For a conflict, a slip of magnitude: figures a power of ten apart (`Milliarden` read as
    /// millions, a dropped `000`), the worst error of all.
    pub magnitude_slip: Option<u32>,
}

/// The power of ten two figures are apart by, when they are (within 2 %): `3` for 14.3 bn
/// against 14.3 m.
fn magnitude_slip(a: &Quantity, b: &Quantity) -> Option<u32> {
    let (x, y) = (a.value.as_f64()?.abs(), b.value.as_f64()?.abs());
    let (lo, hi) = (x.min(y), x.max(y));
    if lo <= 0.0 {
        return None;
    }
    let exp = (hi / lo).log10();
    let k = exp.round();
    (k >= 1.0 && (exp - k).abs() < 0.01).then_some(k as u32)
}

/// The figure is a running count (a toll, a tally) or a move (a share price's `fell 2.4
/// percent` at one hour, 2.3 % at another) its sentence says moved (see
/// [`crate::lang::Rules::moved`]). The level of an amount that `rose to` a value is a
/// period's figure (a year's revenue): two reports of one day that give it differently
/// conflict.
fn moved(c: &Claim) -> bool {
    (c.change || matches!(c.quantity.kind, Kind::Count | Kind::Number))
        && says(&c.sentence, c.lang.unwrap_or(Lang::FALLBACK).rules().moved)
}

/// Whether one of two figures reads as the other mistyped ([`mistyped`]: a scale word for
/// another, two digits swapped) and neither report tells of a change: no earlier value, no
/// revision cue, no count said to move. Swapped digits must be written with three or more
/// (`230 Metern` for `320`; `12` and `21` are as often a count that rose).
fn slip(a: &Claim, b: &Claim) -> bool {
    let (Some(x), Some(y)) = (Digits::of(a), Digits::of(b)) else { return false };
    let written = |c: &Claim| c.quantity.text.bytes().filter(u8::is_ascii_digit).count();
    mistyped(&x, &y)
        && (x.exponent != y.exponent || written(a).min(written(b)) >= 3)
        && [a, b].iter().all(|c| !c.earlier && !c.change && !moved(c) && !has_update_cue(&c.sentence))
}

/// The sentence reports a revision, in any language's words ([`crate::lang::Cues::revised`]).
fn has_update_cue(sentence: &str) -> bool {
    static WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| every_language(|c| c.revised).collect());
    says(sentence, &WORDS)
}

/// Whether the sentence uses one of the words (whole words, any case).
fn says(sentence: &str, words: &[&str]) -> bool {
    sentence.split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w.to_lowercase().as_str()))
}
/// How a figure reads in an explanation: `14.3 bn USD`, `over 70 bn USD`, `3 of 14`.
pub fn describe(q: &Quantity) -> String {
    let unit = match q.kind {
        Kind::Percent => {
            q.unit.as_deref().map(|u| if u == "%" { " %".to_string() } else { " pp".to_string() }).unwrap_or_default()
        }
        Kind::Date => String::new(),
        _ => q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default(),
    };
    let num = |x: &Option<crate::Value>| x.as_ref().and_then(crate::Value::as_f64);
    let v0 = q.value.as_f64().unwrap_or(0.0);
    let top = num(&q.high).unwrap_or(v0).abs().max(num(&q.low).unwrap_or(v0).abs()).max(v0.abs());
    let n = |v: f64| short(v, q.kind, top);
    match q.kind {
        Kind::Date => q.value.to_string(),
        Kind::Ratio => match (q.part, q.whole) {
            // A multiple (`doubled`, `das Dreifache`) is a factor of one.
            (Some(p), Some(1.0)) => format!("×{}", format_number(p)),
            (Some(p), Some(w)) => format!("{} of {}{unit}", format_number(p), format_number(w)),
            _ => q.text.clone(),
        },
        _ => {
            let v = q.value.as_f64().unwrap_or(0.0);
            match q.qualifier {
                Qualifier::Range => {
                    let (lo, hi) = (n(num(&q.low).unwrap_or(v)), n(num(&q.high).unwrap_or(v)));
                    // One scale word for both ends: `70–72 bn`.
                    let lo = match hi.split_once(' ') {
                        Some((_, scale)) => lo.strip_suffix(&format!(" {scale}")).unwrap_or(&lo).to_string(),
                        None => lo,
                    };
                    format!("{lo}–{hi}{unit}")
                }
                Qualifier::Exact => format!("{}{unit}", n(v)),
                other => format!("{} {}{unit}", other.as_str().replace('_', " "), n(v)),
            }
        }
    }
}

/// `14300000000` → `14.3 bn`, `1300000` → `1.3 M`; the scale follows `top`, the largest
/// number shown with it.
fn short(v: f64, kind: Kind, top: f64) -> String {
    if matches!(kind, Kind::Percent | Kind::Ratio) {
        return format_number(v);
    }
    let a = top.max(v.abs());
    let (d, s) = if a >= 1e12 {
        (1e12, " tn")
    } else if a >= 1e9 {
        (1e9, " bn")
    } else if a >= 1e6 {
        (1e6, " M")
    } else {
        (1.0, "")
    };
    format!("{}{s}", format_number((v / d * 1000.0).round() / 1000.0))
}

fn relative_gap(a: &Quantity, b: &Quantity) -> Option<f64> {
    let (x, y) = (a.value.as_f64()?, b.value.as_f64()?);
    let base = x.abs().max(y.abs());
    (base > 0.0).then(|| (x - y).abs() / base * 100.0)
}

/// Lexicon concepts whose label is not their key with a capital (acronyms, abbreviations).
const CONCEPT_LABELS: &[(&str, &str)] = &[
    ("capex", "Capital expenditure"),
    ("data_center", "Data centers"),
    ("eps", "EPS"),
    ("gdp", "GDP"),
    ("gpu", "GPUs"),
];

/// Human labels for lexicon concepts: `job_cuts` → `Job cuts`, `gdp` → `GDP`.
fn concept_label(c: &str) -> String {
    match CONCEPT_LABELS.iter().find(|(k, _)| *k == c) {
        Some((_, label)) => (*label).into(),
        None => {
            let mut s = c.replace('_', " ");
            if let Some(f) = s.get(..1) {
                s = f.to_uppercase() + &s[1..];
            }
            s
        }
    }
}

/// What a figure of a dimension measures, for a label (`Mandalay · length`).
fn dimension_label(d: crate::quantity::Dimension) -> String {
    use crate::quantity::Dimension;
    match d {
        Dimension::Time => "Duration".into(),
        Dimension::DataRate => "Data rate".into(),
        other => concept_label(other.as_str()),
    }
}

/// A short label: the most specific concept the claims share, the name they share that the
/// dossier mentions least, and the period.
fn label(g: &Group, kind: Kind, names_in_dossier: &HashMap<String, usize>) -> String {
    if let Some(key) = &g.pinned {
        return key.clone();
    }
    let entry = crate::claim::lexicon::entry;
    // Per concept: how many claims have it nearest their figure, how many state it, and how
    // near on the whole (summed rank).
    let mut counts: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for c in &g.claims {
        for (rank, k) in c.keywords.iter().filter(|k| entry(k).is_some()).enumerate() {
            let e = counts.entry(k.as_str()).or_insert((0, 0, 0));
            e.0 += usize::from(rank == 0);
            e.1 += 1;
            e.2 += rank;
        }
    }
    // `capex` rather than its broader `investment`.
    let broader: Vec<&str> = counts.keys().filter_map(|k| entry(k)).flat_map(|e| e.broader.iter().copied()).collect();
    // What the figures measure, as alignment read it from their own clauses, comes first
    // (a vague one last); the concepts of the sentences only when no claim has a measure.
    let mut measures: BTreeMap<&str, usize> = BTreeMap::new();
    for m in g.claims.iter().filter_map(|c| c.measure.as_deref()) {
        *measures.entry(m).or_insert(0) += 1;
    }
    let vague = crate::claim::lexicon::is_vague;
    let measure = measures
        .iter()
        .max_by(|a, b| {
            let stated = |k: &str| counts.get(k).map_or(0, |c| c.1);
            (!vague(a.0)).cmp(&!vague(b.0)).then(a.1.cmp(b.1)).then(stated(a.0).cmp(&stated(b.0))).then(b.0.cmp(a.0))
        })
        .map(|(k, _)| concept_label(k));
    // A fact of several sources is labelled by what its figures measure, never by a word
    // their sentences merely share (alignment links only figures that say it, see
    // `align::says_what`): the measure, else what they count, else the physical quantity.
    // A figure of one source with none of these still gets its sentence's concept.
    let shared = g.claims.iter().map(|c| c.source.as_str()).collect::<BTreeSet<_>>().len() > 1;
    // What the claims count: the lexicon's concept of the noun where it knows one (`drei
    // Forschern` counts researchers), else the noun most of them write.
    let counted = || {
        let mut nouns: BTreeMap<String, usize> = BTreeMap::new();
        for c in g.claims.iter().filter(|c| matches!(c.quantity.kind, Kind::Count | Kind::Ratio)) {
            let Some(unit) = c.quantity.unit.as_deref() else { continue };
            let lang = c.lang.unwrap_or(Lang::FALLBACK);
            let known = crate::claim::lexicon::concepts(unit, lang).first().map(|k| concept_label(k));
            *nouns.entry(known.unwrap_or_else(|| unit.to_string())).or_insert(0) += 1;
        }
        nouns.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(n, _)| n)
    };
    let dimension = || g.claims.iter().find_map(|c| c.quantity.dimension).map(dimension_label);
    let measure = measure.or_else(|| shared.then(counted).flatten()).or_else(|| shared.then(dimension).flatten());
    // A fact of several sources whose figures name no measure (the same number in reports
    // told together, see `align::Scorer::unnamed_same`) takes a concept its sentences
    // state together.
    // Failing that, a concept one of them states, and failing that what kind of figure it is
    // (`Change`, `Share`): a label always says what the fact is a figure of.
    let stated = |least: usize| {
        counts
            .iter()
            .filter(|(k, c)| !broader.contains(k) && c.1 >= least)
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(a.1 .1.cmp(&b.1 .1)).then(b.1 .2.cmp(&a.1 .2)).then(b.0.cmp(a.0)))
            .map(|(k, _)| concept_label(k))
    };
    let kind_word = || {
        shared.then(|| match kind {
            _ if g.claims.iter().all(|c| c.change) => "Change",
            Kind::Percent => "Share",
            Kind::Money => "Amount",
            _ => "Number",
        })
    };
    let concept = measure
        .or_else(|| shared.then(|| stated(2)).flatten())
        .or_else(|| stated(1))
        .or_else(|| kind_word().map(String::from));
    // A holder is a name: not a weekday or a nationality adjective (`Friday`, `Italian`),
    // which alignment still reads as context, and not a measure's own word (`GDP`).
    // Per name: how many claims name it, and how strongly (its own sentence counts twice,
    // the sentences around once). The name most claims give, most strongly, is whose the
    // fact is; among equals the rarer in the dossier says more.
    let mut names: HashMap<&str, (usize, usize)> = HashMap::new();
    for c in &g.claims {
        let lang = c.lang.unwrap_or(Lang::FALLBACK);
        // Who says the figure is not whose it is (`Min Aung Hlaing announced`); the place the
        // figure's own clause puts it in is (`in Myanmar`).
        let speaker = c.attribution.as_deref().unwrap_or("");
        let said = |e: &str| !speaker.is_empty() && (speaker.contains(e) || e.contains(speaker));
        let holder = |e: &str| crate::align::can_hold(e, lang) && !said(e);
        let placed = c.places.iter().filter(|e| holder(e)).map(|e| (e, 3));
        let own = c.entities.iter().filter(|e| holder(e) && !c.places.contains(e)).map(|e| (e, 2));
        let around = c.nearby.iter().take(4).filter(|e| holder(e) && !c.entities.contains(e)).map(|e| (e, 1));
        for (e, weight) in placed.chain(own).chain(around) {
            let entry = names.entry(e.as_str()).or_insert((0, 0));
            entry.0 += 1;
            entry.1 += weight;
        }
    }
    let score = |n: &str, weight: usize| weight as f64 / *names_in_dossier.get(n).unwrap_or(&1) as f64;
    let shared = |claims: usize| g.claims.len() == 1 || claims >= 2;
    let name = names
        .iter()
        .filter(|(n, c)| n.chars().count() < 28 && shared(c.0))
        .max_by(|a, b| a.1.cmp(b.1).then(score(a.0, a.1 .1).total_cmp(&score(b.0, b.1 .1))).then(b.0.cmp(a.0)))
        .map(|(n, _)| n.to_string());
    let time = g.claims.iter().find_map(|c| c.time.as_ref().map(|t| t.value.clone()));
    let what = match (kind, &g.claims[0].quantity.unit) {
        (Kind::Count, Some(u)) if concept.is_none() => Some(u.clone()),
        _ => None,
    };
    // Read as the fact: whose, what, when (`Scale AI · stake · 2025-06`).
    let mut parts: Vec<String> = Vec::new();
    parts.extend(name);
    // After a name the measure is lower case, an acronym excepted (`Germany · GDP`).
    let acronym = |m: &str| m.split(' ').next().is_some_and(|w| w.chars().filter(|c| c.is_uppercase()).count() > 1);
    parts.extend(concept.or(what).map(|m| if parts.is_empty() || acronym(&m) { m } else { m.to_lowercase() }));
    if kind == Kind::Date {
        parts.push(if parts.is_empty() { "Date" } else { "date" }.into());
    } else {
        parts.extend(time);
    }
    if parts.is_empty() {
        parts.push(describe(&g.claims[0].quantity));
    }
    parts.join(" · ")
}

/// Judges a group of claims. `dates` gives each source's publication date, if known.
pub fn judge(
    group: Group,
    dates: &HashMap<String, Option<NaiveDate>>,
    names: &HashMap<String, usize>,
    voices: &HashMap<String, usize>,
    tolerances: &crate::compare::Tolerances,
) -> Fact {
    let kind = group.claims[0].quantity.kind;
    let sources: Vec<String> =
        group.claims.iter().map(|c| c.source.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    // A source no voice map knows is its own voice.
    let independent = sources
        .iter()
        .map(|s| voices.get(s).map_or_else(|| format!("own:{s}"), |v| format!("voice:{v}")))
        .collect::<BTreeSet<_>>()
        .len();
    let count = if independent < sources.len() {
        format!("{} sources ({independent} independent)", sources.len())
    } else {
        format!("{} sources", sources.len())
    };
    let (mut gap, mut slip): (Option<f64>, Option<u32>) = (None, None);
    let incidental = group.claims.iter().all(|c| c.incidental);
    let label = label(&group, kind, names);
    let figures = |claims: &[&Claim]| {
        claims.iter().map(|c| format!("{} ({})", describe(&c.quantity), c.source)).collect::<Vec<_>>().join(", ")
    };

    let (verdict, explanation) = if sources.len() < 2 {
        let all: Vec<&Claim> = group.claims.iter().collect();
        (Verdict::Single, format!("only {} states this: {}", sources[0], figures(&all)))
    } else {
        let mut conflicts: Vec<(&Claim, &Claim)> = Vec::new();
        // A report's own earlier and new values that differ (`zuvor 62 Tote`, now 71).
        let mut revised: Vec<(&Claim, &Claim)> = Vec::new();
        let mut compared = 0;
        for (i, a) in group.claims.iter().enumerate() {
            for b in &group.claims[i + 1..] {
                if a.source == b.source && a.earlier != b.earlier && !a.converted && !b.converted {
                    if crate::compare::agree_with(a, b, tolerances) == Some(false) {
                        revised.push((a, b));
                    }
                    continue;
                }
                // One source's own figures, and conversions at some exchange rate, are
                // not contradictions; nor is a count against a bound someone expects it to
                // pass (`Er rechne damit, dass die Zahl der Toten auf über 3000 steigen
                // werde`).
                if a.source == b.source || a.converted || b.converted || expected_bound(a, b) {
                    continue;
                }
                match crate::compare::agree_with(a, b, tolerances) {
                    Some(true) => compared += 1,
                    Some(false) => conflicts.push((a, b)),
                    None => {}
                }
            }
        }
        let own_timeline = if conflicts.is_empty() && !revised.is_empty() { updated(&revised, dates) } else { None };
        if let Some(timeline) = own_timeline {
            // The sources agree on the figure as it stands, and a report says it changed.
            let of = if independent < sources.len() { format!(" ({count})") } else { String::new() };
            (Verdict::Updated, format!("changed over time{of}: {timeline}"))
        } else if conflicts.is_empty() {
            let all: Vec<&Claim> = group.claims.iter().collect();
            let described: BTreeSet<String> = all.iter().map(|c| describe(&c.quantity)).collect();
            let text = if compared == 0 {
                format!("{count}, not comparable: {}", figures(&all))
            } else if described.len() == 1 {
                format!("{count} agree on {}", described.iter().next().map_or("", String::as_str))
            } else {
                format!("{count}, consistent within stated precision: {}", figures(&all))
            };
            (Verdict::Agree, text)
        } else if let Some(timeline) = updated(&conflicts, dates) {
            let of = if independent < sources.len() { format!(" ({count})") } else { String::new() };
            (Verdict::Updated, format!("changed over time{of}: {timeline}"))
        } else {
            gap = conflicts.iter().filter_map(|(a, b)| relative_gap(&a.quantity, &b.quantity)).reduce(f64::max);
            slip = conflicts.iter().filter_map(|(a, b)| magnitude_slip(&a.quantity, &b.quantity)).max();
            let mut lead = String::new();
            if let Some(k) = slip {
                lead.push_str(&format!("magnitude slip (×10^{k}): "));
            }
            if independent < sources.len() {
                lead.push_str(&format!("{count}: "));
            }
            let parts: Vec<String> = conflicts
                .iter()
                .map(|(a, b)| {
                    let gap = relative_gap(&a.quantity, &b.quantity)
                        .map(|g| format!(" (differ by {g:.0} %)"))
                        .unwrap_or_default();
                    format!(
                        "{} says {}, {} says {}{gap}",
                        a.source,
                        describe(&a.quantity),
                        b.source,
                        describe(&b.quantity)
                    )
                })
                .collect();
            (Verdict::Conflict, format!("{lead}{}", parts.join("; ")))
        }
    };
    Fact {
        id: group.id,
        label,
        kind,
        verdict,
        explanation,
        sources,
        claims: group.claims,
        incidental,
        pinned: group.pinned,
        why: group.why,
        independent,
        gap,
        magnitude_slip: slip,
    }
}

/// Whether one of two claims is a forecast given as an open bound (`auf über 3000 steigen
/// werde`, `expected to exceed 3,000`) and the other is no forecast: what is expected to
/// be passed says nothing against what was counted so far.
fn expected_bound(a: &Claim, b: &Claim) -> bool {
    let bound = |c: &Claim| {
        let q = c.quantity.qualifier;
        c.modality == Modality::Forecast && (q.is_lower_bound() || q.is_upper_bound())
    };
    (bound(a) && b.modality != Modality::Forecast) || (bound(b) && a.modality != Modality::Forecast)
}

/// The timeline, when the disagreements are revisions over time.
///
/// Either the sources' dates show it (different dates, and a forecast, plan or revision
/// cue), or the sources say so: one figure is called an earlier value (`zuvor`,
/// `previously`), or of two undated figures one is reported as a revision (`angehoben`,
/// `raised`) and the other is not — the revised one is the newer.
fn updated(conflicts: &[(&Claim, &Claim)], dates: &HashMap<String, Option<NaiveDate>>) -> Option<String> {
    let date = |c: &Claim| dates.get(&c.source).copied().flatten();
    let cue = |c: &Claim| has_update_cue(&c.sentence);
    let mut points: Vec<(Option<NaiveDate>, bool, &Claim)> = Vec::new();
    let mut by_date = true;
    for (a, b) in conflicts {
        match (date(a), date(b)) {
            // Reports of different days: the later one reports the figure as it then stood.
            // A figure reported on different days is revised news until an editor says
            // otherwise; two reports of one day that disagree are a conflict.
            // Unless one figure reads as the other mistyped: a report a day later that prints
            // 286.4 for 268.4, or millions for billions, made a slip, not news — unless a
            // report says the figure moved or was revised.
            (Some(da), Some(db)) if da != db && !slip(a, b) => {}
            // A report that calls one figure an earlier value (`zuvor`, `previously`) dates
            // it before the other, whatever the reports' dates.
            _ if a.earlier != b.earlier => {}
            // Two values both called earlier (`Vorher war von 144 Toten die Rede`, `the
            // 1,002 total given only hours before`) are two past stages, not a dispute.
            _ if a.earlier && b.earlier => {}
            // Reports of one day of a count said to move (`auf 694 gestiegen`, `climbed to
            // 1,600`) give it at different hours — unless a power of ten apart, a slip.
            (Some(_), Some(_)) if (moved(a) || moved(b)) && magnitude_slip(&a.quantity, &b.quantity).is_none() => {}
            _ if cue(a) != cue(b) => by_date = false,
            _ => return None,
        }
        for c in [*a, *b] {
            if !points.iter().any(|(_, _, x)| x.id == c.id) {
                points.push((date(c), cue(c), c));
            }
        }
    }
    if by_date {
        points.sort_by_key(|(d, _, c)| (*d, !c.earlier, c.source.clone()));
    } else {
        points.sort_by_key(|(d, revised, c)| (*revised, *d, c.source.clone()));
    }
    Some(
        points
            .iter()
            .map(|(d, _, c)| match d {
                Some(d) => format!("{} ({}, {d})", describe(&c.quantity), c.source),
                None => format!("{} ({})", describe(&c.quantity), c.source),
            })
            .collect::<Vec<_>>()
            .join(" → "),
    )
}

/// Where a fact stands in the report: by verdict, then (for conflicts) the most serious
/// first — a magnitude slip, then the largest gap — then the best attested.
/// Verdict, incidental, severity (magnitude slip, gap in hundredths of a percent), sources,
/// then the first claim's place.
type Order<'a> = (Verdict, bool, Reverse<(u32, u64)>, Reverse<usize>, &'a str, usize);

fn order(f: &Fact) -> Order<'_> {
    let severity = (f.magnitude_slip.unwrap_or(0), (f.gap.unwrap_or(0.0) * 100.0) as u64);
    (
        f.verdict,
        f.incidental,
        Reverse(severity),
        Reverse(f.sources.len()),
        f.claims[0].source.as_str(),
        f.claims[0].quantity.start,
    )
}

/// Judges every group and orders the facts: conflicts (magnitude slips first, then the
/// largest differences), updates, agreements, single-source. Every source its own voice.
pub fn judge_all(groups: Vec<Group>, dates: &HashMap<String, Option<NaiveDate>>) -> Vec<Fact> {
    judge_all_with(groups, dates, &HashMap::new(), &crate::compare::Tolerances::default())
}

/// As [`judge_all`], with the sources' voices (see [`crate::voices`]) and the tolerances
/// values are compared with (`[verdict]` in `claimcheck.toml`).
pub fn judge_all_with(
    groups: Vec<Group>,
    dates: &HashMap<String, Option<NaiveDate>>,
    voices: &HashMap<String, usize>,
    tolerances: &crate::compare::Tolerances,
) -> Vec<Fact> {
    let mut names: HashMap<String, usize> = HashMap::new();
    for c in groups.iter().flat_map(|g| &g.claims) {
        for e in c.entities.iter().chain(&c.nearby) {
            *names.entry(e.clone()).or_insert(0) += 1;
        }
    }
    // Groups are judged independently, on every core, collected in their order: ties of the
    // stable sort below keep it, whatever the number of threads.
    use rayon::prelude::*;
    let mut facts: Vec<Fact> = groups.into_par_iter().map(|g| judge(g, dates, &names, voices, tolerances)).collect();
    facts.sort_by(|a, b| order(a).cmp(&order(b)));
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{scan, Lang};

    fn q(text: &str) -> Quantity {
        scan(text, Lang::De, None).into_iter().next().unwrap()
    }

    #[test]
    fn interval_table() {
        let cases: &[(&str, &str, bool)] = &[
            ("14,3 Milliarden Dollar", "14 Milliarden Dollar", true),
            ("14,3 Milliarden Dollar", "14,5 Milliarden Dollar", false),
            ("über 70 Milliarden Dollar", "zwischen 70 und 72 Milliarden Dollar", true),
            ("über 73 Milliarden Dollar", "zwischen 70 und 72 Milliarden Dollar", false),
            ("bis zu 100 Millionen Dollar", "80 Millionen Dollar", true),
            ("bis zu 100 Millionen Dollar", "120 Millionen Dollar", false),
            ("rund 70 Milliarden Dollar", "72 Milliarden Dollar", true),
            ("70.000 Millionen Dollar", "70 Milliarden Dollar", true),
            ("1,3 Millionen GPUs", "1.300.000 GPUs", true),
            ("1,3 Millionen GPUs", "1,7 Millionen GPUs", false),
            ("49 Prozent", "49 %", true),
            ("49 Prozent", "51 Prozent", false),
        ];
        for (a, b, want) in cases {
            let (ia, ib) = (interval(&q(a)).unwrap(), interval(&q(b)).unwrap());
            assert_eq!(ia.0 <= ib.1 && ib.0 <= ia.1, *want, "{a} vs {b}: {ia:?} {ib:?}");
        }
    }

    fn claims_of(id: &str, text: &str) -> Vec<Claim> {
        let s = crate::source::Source::from_text(id, std::path::Path::new(id), text.to_string(), None).unwrap();
        crate::claim::extract_all(std::slice::from_ref(&s)).into_iter().flatten().collect()
    }

    fn verdict_of(claims: Vec<Claim>) -> Fact {
        let group = Group { id: "f".into(), pinned: None, claims, why: Vec::new() };
        judge(group, &HashMap::new(), &HashMap::new(), &HashMap::new(), &Default::default())
    }

    #[test]
    fn a_count_and_a_bare_number_of_one_fact_are_compared() {
        let mut claims = claims_of("en", "Five people were killed in the crash.");
        claims.extend(claims_of("de", "Die Zahl der Toten ist auf acht gestiegen."));
        assert_eq!(verdict_of(claims).verdict, Verdict::Conflict);
    }

    #[test]
    fn a_bound_someone_expects_does_not_contradict_the_count_so_far() {
        for (expected, counted) in [
            (
                "Er rechne damit, dass die Zahl der Toten auf über 3000 steigen werde.",
                "Bislang wurden 1.644 Tote gezählt.",
            ),
            ("He expects the death toll to rise above 3,000.", "So far 1,644 deaths have been counted."),
        ] {
            let mut claims = claims_of("a", expected);
            assert_eq!(claims[0].modality, Modality::Forecast, "{expected}");
            claims.extend(claims_of("b", counted));
            assert_ne!(verdict_of(claims).verdict, Verdict::Conflict, "{expected}");
        }
        // A forecast of one figure still meets another forecast of it.
        let mut claims = claims_of("a", "Meta expects capital spending of $70 billion this year.");
        claims.extend(claims_of("b", "Meta expects capital spending of $60 billion this year."));
        assert_eq!(verdict_of(claims).verdict, Verdict::Conflict);
    }

    #[test]
    fn two_values_both_called_earlier_are_no_dispute() {
        let mut claims = claims_of("a", "Vorher war noch von 144 Toten die Rede.");
        claims.extend(claims_of(
            "b",
            "It replaced the 1,002 total given only hours before, which officials had released.",
        ));
        assert!(claims.iter().all(|c| c.earlier), "{claims:#?}");
        assert_ne!(verdict_of(claims).verdict, Verdict::Conflict);
    }

    /// A figure a later report prints with two digits swapped or under another scale word is
    /// a slip to flag, not a revision; a count the later report says rose is news, and so are
    /// two-digit figures, which change as often as they are mistyped.
    #[test]
    fn a_slip_on_a_later_day_is_a_conflict() {
        let dates: HashMap<String, Option<NaiveDate>> = [
            ("a".to_string(), NaiveDate::from_ymd_opt(2026, 3, 1)),
            ("b".to_string(), NaiveDate::from_ymd_opt(2026, 3, 2)),
        ]
        .into();
        let judged = |first: &str, second: &str| {
            let mut claims = claims_of("a", first);
            claims.extend(claims_of("b", second));
            let group = Group { id: "f".into(), pinned: None, claims, why: Vec::new() };
            judge(group, &dates, &HashMap::new(), &HashMap::new(), &Default::default()).verdict
        };
        for (first, second) in [
            ("Das Stadion hat 268,4 Millionen Euro gekostet.", "Das Stadion hat 286,4 Millionen Euro gekostet."),
            ("The stadium cost €268.4m in the end.", "The stadium cost €286.4m in the end."),
            ("Der Stollen liegt in 320 Metern Tiefe.", "The gallery lies 230 metres deep."),
            ("Der Gewinn lag bei 1,2 Milliarden Euro.", "The profit was €1.2m."),
        ] {
            assert_eq!(judged(first, second), Verdict::Conflict, "{first} / {second}");
        }
        for (first, second) in [
            ("Die Zahl der Toten liegt bei 12.", "The death toll rose to 21."),
            ("Der Plan kostet 268,4 Millionen Euro.", "The cost was raised to €286.4m."),
        ] {
            assert_eq!(judged(first, second), Verdict::Updated, "{first} / {second}");
        }
    }

    #[test]
    fn describe_reads_well() {
        assert_eq!(describe(&q("14,3 Milliarden US-Dollar")), "14.3 bn USD");
        assert_eq!(describe(&q("zwischen 70 und 72 Milliarden Dollar")), "70–72 bn USD");
        assert_eq!(describe(&q("über 70 Milliarden Dollar")), "over 70 bn USD");
        assert_eq!(describe(&q("1,3 Millionen GPUs")), "1.3 M GPUs");
        assert_eq!(describe(&q("drei von 14")), "3 of 14");
        assert_eq!(describe(&q("49 Prozent")), "49 %");
    }
}
