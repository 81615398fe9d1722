//! Grouping claims into facts: the same quantity of the same subject for the same period,
//! across sources.
//!
//! # How
//! Each claim gets a [profile](profile): IDF-weighted context terms (lexicon concepts, so
//! German and English claims meet; counted nouns; names; stems), its evidence (concepts and
//! specific names of its own sentence), its measure and its block (kind and unit).
//!
//! Candidates are found without comparing all pairs: through an inverted index of shared
//! context terms, and through an index of values — the same number in two reports of one
//! story is itself evidence that they state one fact. Each candidate pair is then
//! [scored](score): vetoes first (one figure per source per fact, periods, estimates,
//! counted things, events), then a link whose demands on shared context grow as the values
//! move apart. Equal figures need little context; different figures — the conflicts and
//! updates the tool exists to find — need the same measure, shared evidence, clear shared
//! context and the same *who*.
//!
//! Linked pairs are merged by [average linkage](cluster): a claim that links with one member
//! of a group only cannot join it.
//!
//! Claims that an editor pinned to a fact key (`"fact"`) form that fact and nothing else
//! joins it; rejected and stale claims take no part.
//!
//! Precision over recall: a wrong merge produces a false conflict, which costs an editor
//! more than a fact left single. Every threshold is in [`Params`].

mod cluster;
mod names;
mod params;
mod profile;
mod score;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::claim::Claim;
use crate::quantity::Kind;

pub(crate) use names::can_hold;
pub use names::similar_names;
pub use params::Params;
pub use profile::dimension;
pub use score::{relation, Relation};

/// Each source's publication date, by source id (`None`: not known).
pub type Dates = HashMap<String, Option<NaiveDate>>;

/// A group of claims stating the same fact (before a verdict).
#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    /// The editor's fact key, when the group was pinned.
    pub pinned: Option<String>,
    pub claims: Vec<Claim>,
    /// Why these claims are one fact: the evidence their links rest on, for the report.
    pub why: Vec<String>,
}

/// Why a claim was or was not grouped with each claim of its block in other sources: one
/// line per candidate, best first, at most `limit` (for `check --explain CLAIM_ID`).
/// `None` when no claim has that id.
pub fn explain(claims: &[Claim], dates: &Dates, id: &str, limit: usize) -> Option<Vec<String>> {
    explain_with(claims, dates, id, limit, &Params::default())
}

/// As [`explain`], with the parameters `check` aligns with (`claimcheck.toml`).
pub fn explain_with(claims: &[Claim], dates: &Dates, id: &str, limit: usize, params: &Params) -> Option<Vec<String>> {
    let free: Vec<&Claim> = claims.iter().filter(|c| profile::usable(c) && c.fact.is_none()).collect();
    let i = free.iter().position(|c| c.id == id)?;
    let dims: Vec<String> = free.iter().map(|c| profile::dimension(c)).collect();
    let profiles = profile::Profiles::build(&free, &dims, params);
    let days = days(&free, dates);
    let stories = Stories::of(&free, &dims, params);
    let scorer = score::Scorer { free: &free, profiles: &profiles, days: &days, params, stories: &stories };
    let mut rows: Vec<(f64, String)> = (0..free.len())
        .filter(|&j| j != i && dims[j] == dims[i])
        .map(|j| {
            let c = free[j];
            let sim = profiles.sim(i, j);
            let judged = scorer.judge(i, j);
            let outcome = match judged {
                Ok(s) => format!("links (score {s:.2})"),
                Err(why) => why.to_string(),
            };
            let rank = judged.unwrap_or(sim - 1.0);
            let m = c.measure.as_deref().unwrap_or("-");
            (rank, format!("{} {} {:?} [{m}] sim {sim:.2}: {outcome}", c.id, c.source, c.quantity.text))
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let c = free[i];
    let mut out =
        vec![format!("{} {} {:?} [{}]", c.id, c.source, c.quantity.text, c.measure.as_deref().unwrap_or("-"))];
    out.extend(rows.into_iter().take(limit).map(|(_, r)| format!("  {r}")));
    Some(out)
}

/// Each claim's source's date, by claim index (asked of many candidate pairs).
fn days(free: &[&Claim], dates: &Dates) -> Vec<Option<NaiveDate>> {
    free.iter().map(|c| dates.get(&c.source).copied().flatten()).collect()
}

fn fact_id(seed: &str) -> String {
    let d = Sha256::digest(seed.as_bytes());
    format!("f{}", d.iter().take(5).map(|b| format!("{b:02x}")).collect::<String>())
}

/// Groups claims into facts with the default [`Params`].
pub fn align(claims: &[Claim], dates: &Dates) -> Vec<Group> {
    align_with(claims, dates, &Params::default())
}

/// Whether a figure is a range with two ends (`7 bis 8 Prozent`, `$70bn-72bn`).
fn is_range(c: &Claim) -> bool {
    let q = &c.quantity;
    matches!((&q.low, &q.high), (Some(lo), Some(hi)) if lo != hi)
}

/// The value bucket of a figure, for finding candidates by value: the logarithm of its
/// value in steps of [`Params::value_bucket`]; dates and ratios by their exact value.
fn value_key(c: &Claim, p: &Params) -> Option<(String, i64)> {
    let q = &c.quantity;
    match q.kind {
        Kind::Date => Some((q.value.to_string(), 0)),
        Kind::Ratio => Some((format!("{:?}/{:?}", q.part, q.whole), 0)),
        _ => {
            let v = q.value.as_f64()?.abs();
            (v > 0.0).then(|| (String::new(), (v.ln() / (1.0 + p.value_bucket).ln()).floor() as i64))
        }
    }
}

/// Whether a figure is distinctive enough that two reports sharing it suggests one story:
/// not a date, not a figure that only frames another, not a small whole number (`3`, `10 %`
/// are in every story), not a bare year.
fn distinctive(c: &Claim) -> bool {
    let q = &c.quantity;
    let Some(v) = q.value.as_f64() else { return false };
    let small_whole = v.abs() <= 10.0 && v.fract() == 0.0;
    let year = q.kind == Kind::Number && v.fract() == 0.0 && (1900.0..=2100.0).contains(&v);
    q.kind != Kind::Date && !c.incidental && !small_whole && !year
}

/// The pairs of sources that share at least [`Params::story_shared`] distinctive figures
/// (a name counting half a figure): reports of one story. Found through indexes of values
/// and names, never all pairs of sources.
fn story_pairs<'a>(free: &[&'a Claim], dims: &[String], p: &Params) -> Vec<(&'a str, &'a str)> {
    use rayon::prelude::*;
    // Sources as numbers (in order of first appearance): the pairs below are counted by
    // pairs of numbers, and turned back into names at the end.
    let mut ids: foldhash::HashMap<&str, u32> = Default::default();
    let mut names_of: Vec<&'a str> = Vec::new();
    let source: Vec<u32> = free
        .iter()
        .map(|c| {
            *ids.entry(c.source.as_str()).or_insert_with(|| {
                names_of.push(c.source.as_str());
                names_of.len() as u32 - 1
            })
        })
        .collect();
    let pair = |x: u32, y: u32| (x.min(y), x.max(y));
    // A figure or name in very many sources (`1.000`, `Österreich`) identifies no story.
    let common = p.common_in(names_of.len());
    // Each claim's value as written, and its names, on every core.
    let values: Vec<Option<String>> =
        free.par_iter().map(|c| distinctive(c).then(|| c.quantity.value.to_string())).collect();
    let named_by: Vec<Vec<String>> =
        free.par_iter().map(|c| c.entities.iter().chain(&c.nearby).map(|e| names::normal_name(e)).collect()).collect();
    let mut buckets: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, value) in values.iter().enumerate() {
        if let Some(value) = value {
            buckets.entry((dims[i].as_str(), value.as_str())).or_default().push(i);
        }
    }
    // Per pair of sources, the figures (buckets, by number) they share.
    let mut shared: foldhash::HashMap<(u32, u32), foldhash::HashSet<usize>> = Default::default();
    for (figure, list) in buckets.values().enumerate() {
        if list.iter().map(|&i| source[i]).collect::<foldhash::HashSet<_>>().len() > common {
            continue;
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                let (s, t) = (source[i], source[j]);
                if s != t {
                    shared.entry(pair(s, t)).or_default().insert(figure);
                }
            }
        }
    }
    // Names count too, half as much as a figure: two reports naming the same four people,
    // firms or places, or one figure and two names, are one story.
    let mut named: foldhash::HashMap<&str, Vec<u32>> = Default::default();
    for (i, names) in named_by.iter().enumerate() {
        for name in names {
            named.entry(name.as_str()).or_default().push(source[i]);
        }
    }
    let mut names_shared: foldhash::HashMap<(u32, u32), usize> = Default::default();
    for list in named.values_mut() {
        list.sort_unstable();
        list.dedup();
        if list.len() > common {
            continue;
        }
        for (x, &s) in list.iter().enumerate() {
            for &t in &list[x + 1..] {
                *names_shared.entry(pair(s, t)).or_insert(0) += 1;
            }
        }
    }
    // Summed, then sorted by name: the order of the maps never shows.
    let mut points: foldhash::HashMap<(u32, u32), usize> = names_shared;
    for (key, figures) in shared {
        *points.entry(key).or_insert(0) += 2 * figures.len();
    }
    let mut linked: Vec<(&str, &str)> = points
        .into_iter()
        .filter(|(_, n)| *n >= 2 * p.story_shared)
        .map(|((s, t), _)| {
            let (s, t) = (names_of[s as usize], names_of[t as usize]);
            (s.min(t), s.max(t))
        })
        .collect();
    linked.sort_unstable();
    linked
}

/// Which reports tell one story: the pairs of sources that do so themselves (see
/// [`story_pairs`]), and each source's story, the connected components of those pairs (a
/// wire that shares figures with one report and that report with a third are one story).
///
/// Asked of every candidate pair, so kept by claim index: each claim's source as a number,
/// the pairs as pairs of those numbers, each claim's component.
pub(super) struct Stories {
    /// Each claim's source, numbered in order of first appearance.
    source: Vec<u32>,
    /// Pairs of source numbers, the smaller first.
    pairs: foldhash::HashSet<(u32, u32)>,
    /// Each claim's component.
    component: Vec<Option<usize>>,
}

impl Stories {
    fn of(free: &[&Claim], dims: &[String], p: &Params) -> Stories {
        let pairs = story_pairs(free, dims, p);
        let component = components(&pairs, free);
        let mut ids: foldhash::HashMap<&str, u32> = Default::default();
        let source: Vec<u32> = free
            .iter()
            .map(|c| {
                let next = ids.len() as u32;
                *ids.entry(c.source.as_str()).or_insert(next)
            })
            .collect();
        let pairs = pairs
            .into_iter()
            .map(|(s, t)| {
                let (x, y) = (ids[s], ids[t]);
                (x.min(y), x.max(y))
            })
            .collect();
        let component = free.iter().map(|c| component.get(c.source.as_str()).copied()).collect();
        Stories { source, pairs, component }
    }

    /// Whether the sources of claims `i` and `j` share figures and names themselves.
    pub fn told_together(&self, i: usize, j: usize) -> bool {
        let (x, y) = (self.source[i], self.source[j]);
        self.pairs.contains(&(x.min(y), x.max(y)))
    }

    /// The story of claim `i`'s source (see [`Stories`]), if it tells one with others.
    pub fn story(&self, i: usize) -> Option<usize> {
        self.component[i]
    }

    /// Whether the sources of claims `i` and `j` are one story, directly or through others.
    pub fn same_story(&self, i: usize, j: usize) -> bool {
        self.component[i].is_some() && self.component[i] == self.component[j]
    }
}

/// The connected components of `pairs`, as a component number per source id.
fn components<'a>(pairs: &[(&'a str, &'a str)], free: &[&'a Claim]) -> HashMap<&'a str, usize> {
    let mut sources: Vec<&str> = free.iter().map(|c| c.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let index: HashMap<&str, usize> = sources.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let mut parent: Vec<usize> = (0..sources.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(s, t) in pairs {
        let (a, b) = (root(&mut parent, index[s]), root(&mut parent, index[t]));
        parent[a.max(b)] = a.min(b);
    }
    sources.iter().enumerate().map(|(i, s)| (*s, root(&mut parent, i))).collect()
}

/// Why a cluster is one fact, in words: the measure its claims share, the figure stated
/// alike, the names in common, and how the differing figures were linked. Empty for a claim
/// alone.
fn reasons(cluster: &[usize], scorer: &score::Scorer) -> Vec<String> {
    if cluster.len() < 2 {
        return Vec::new();
    }
    let free = scorer.free;
    let mut why = Vec::new();
    let mut measures: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for &i in cluster {
        if let Some(m) = free[i].measure.as_deref() {
            measures.entry(m).or_default().insert(free[i].source.as_str());
        }
    }
    let shared: Vec<&str> = measures.iter().filter(|(_, s)| s.len() >= 2).map(|(m, _)| *m).collect();
    if !shared.is_empty() {
        why.push(format!("measure: {}", shared.join(", ")));
    }
    let (mut same, mut close, mut differ) = (0, 0, 0);
    for (x, &i) in cluster.iter().enumerate() {
        for &j in &cluster[x + 1..] {
            if free[i].source == free[j].source || scorer.link(i, j).is_none() {
                continue;
            }
            match score::relation(free[i], free[j], scorer.params) {
                Relation::Same => same += 1,
                Relation::Compatible => close += 1,
                _ => differ += 1,
            }
        }
    }
    if same > 0 {
        why.push(format!("the same figure, linked in {same} pair(s) of sources"));
    }
    if close > 0 {
        why.push(format!("figures within their precision, in {close} pair(s)"));
    }
    if differ > 0 {
        why.push(format!("different figures in like words in one story, in {differ} pair(s)"));
    }
    let mut names: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for &i in cluster {
        for e in &free[i].entities {
            names.entry(names::normal_name(e)).or_default().insert(free[i].source.as_str());
        }
    }
    let mut common: Vec<(usize, String)> =
        names.into_iter().filter(|(_, s)| s.len() >= 2).map(|(n, s)| (s.len(), n)).collect();
    common.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    if !common.is_empty() {
        let list: Vec<String> = common.into_iter().take(3).map(|(_, n)| n).collect();
        why.push(format!("names: {}", list.join(", ")));
    }
    why
}

/// What every link of a claim must share with it, as bits: the vetoes of
/// [`score::compatible`] that hold whatever the values and the context (a framing figure
/// against a fact — dates excepted —, a change against a level, a part against a total, an
/// estimate against a reported figure). Claims of different classes link only as the same
/// number told two ways ([`TOLD_BITS`]), so the term index keeps the classes apart and the
/// value index all but those bits.
fn veto_class(c: &Claim) -> u8 {
    let framing = c.incidental && c.quantity.kind != Kind::Date;
    let estimate = c.modality == crate::claim::Modality::Estimate;
    u8::from(framing) | u8::from(c.change) << 1 | u8::from(c.subset) << 2 | u8::from(estimate) << 3
}

/// The bits of [`veto_class`] that say how a figure is told (framing another, an
/// estimate, a part counted within a total), not what it is: the same number told both
/// ways in reports told together is one fact (`Scorer::told_two_ways`), so the value index,
/// which finds equal numbers, keeps only the other bits apart.
const TOLD_BITS: u8 = 1 | 1 << 2 | 1 << 3;

/// The scored links among the candidate pairs within a block: claims that share a context
/// term, or whose values are close. A key in more than [`Params::max_postings`] claims of a
/// block identifies nothing; enumerating its pairs would be quadratic.
///
/// Each claim gathers its candidates of higher index from the posting lists of its own keys
/// (a stamp per claim marks those already seen, so no set of pairs is kept), and claims are
/// scored in parallel chunks, concatenated in index order. The caller sorts the result, so
/// the order is the same on any number of threads.
///
/// Most candidates are different figures whose sentences share a common word or two: the
/// scorer turns them down for too little shared context. Such a pair is skipped before it
/// is scored when it provably fails that test (see [`Pruning`], `prune`), so the links are
/// exactly those of scoring every candidate (a test compares the two).
fn candidate_links<'a>(
    free: &[&Claim],
    profiles: &'a profile::Profiles,
    scorer: &score::Scorer,
    params: &'a Params,
    prune: bool,
) -> (Vec<(f64, usize, usize)>, Pruning<'a>) {
    use rayon::prelude::*;
    let n = free.len();
    let (dims, sources) = (&profiles.blocks, &profiles.sources);
    // The term index: (block, interned term) -> claims in index order with their weights,
    // split by veto class (see [`veto_class`]): a claim meets only its own class, the others
    // link only as equal numbers, which the value index finds. The cap still counts the
    // whole list, so the candidates that can link are the same.
    let class: Vec<u8> = free.iter().map(|c| veto_class(c)).collect();
    let mut counts: foldhash::HashMap<(u32, u32), usize> = Default::default();
    let mut index: foldhash::HashMap<(u32, u8, u32), Vec<(usize, f64)>> = Default::default();
    for (i, v) in profiles.vectors.iter().enumerate() {
        for &(term, w) in v {
            *counts.entry((dims[i], term)).or_default() += 1;
            index.entry((dims[i], class[i], term)).or_default().push((i, w));
        }
    }
    let postings = |count: usize| count <= params.max_postings;
    let pruning = Pruning::new(free, profiles, params, &|i, term| postings(counts[&(dims[i], term)]));
    let mut value_counts: foldhash::HashMap<(u32, &str, i64), usize> = Default::default();
    // Keyed by what a figure is (see [`TOLD_BITS`]); a pair of different told bits is a
    // candidate only as the same number.
    let mut by_value: foldhash::HashMap<(u32, u8, &str, i64), Vec<usize>> = Default::default();
    let keys: Vec<Option<(String, i64)>> = free.iter().map(|c| value_key(c, params)).collect();
    for (i, key) in keys.iter().enumerate() {
        if let Some((s, b)) = key {
            *value_counts.entry((dims[i], s.as_str(), *b)).or_default() += 1;
            by_value.entry((dims[i], class[i] & !TOLD_BITS, s.as_str(), *b)).or_default().push(i);
        }
    }
    // Figures that may be one figure mistyped (`compare::mistyped`) meet by their sorted
    // significant digits.
    let mut digit_counts: foldhash::HashMap<(u32, u32), usize> = Default::default();
    let mut by_digits: foldhash::HashMap<(u32, u32), Vec<usize>> = Default::default();
    for (i, d) in profiles.digits.iter().enumerate() {
        if let Some(d) = d {
            *digit_counts.entry((dims[i], d.sorted)).or_default() += 1;
            by_digits.entry((dims[i], d.sorted)).or_default().push(i);
        }
    }
    let of_claim = |i: usize, scratch: &mut Scratch, out: &mut Vec<(f64, usize, usize)>| {
        let Scratch { stamp, dot, dot_neutral, touched, dense } = scratch;
        touched.clear();
        // Candidates by term, with the dot products of their uncapped shared terms.
        for &(term, w) in &profiles.vectors[i] {
            if !postings(counts[&(dims[i], term)]) {
                continue;
            }
            let neutral = profiles.is_neutral(term);
            let list = &index[&(dims[i], class[i], term)];
            let after = list.partition_point(|&(j, _)| j <= i);
            for &(j, wj) in &list[after..] {
                if stamp[j] != i {
                    stamp[j] = i;
                    dot[j] = 0.0;
                    dot_neutral[j] = 0.0;
                    touched.push(j);
                }
                dot[j] += w * wj;
                if neutral {
                    dot_neutral[j] += w * wj;
                }
            }
        }
        for &j in touched.iter() {
            // Same source: never a link (the scorer says so first); skipped before it.
            if sources[i] == sources[j] {
                continue;
            }
            let sim = if prune {
                match pruning.may_link(scorer, (i, j), dot[j], dot_neutral[j], Some(dense)) {
                    (false, _) => continue,
                    (true, sim) => sim,
                }
            } else {
                None
            };
            if let Some(s) = scorer.link_sim(i, j, sim, Some(dense)) {
                out.push((s, i, j));
            }
        }
        if let Some(d) = &profiles.digits[i] {
            let key = (dims[i], d.sorted);
            if digit_counts.get(&key).is_some_and(|&n| postings(n)) {
                let list = &by_digits[&key];
                let after = list.partition_point(|&j| j <= i);
                for &j in &list[after..] {
                    if stamp[j] != i && sources[i] != sources[j] && scorer.mistyped(i, j) {
                        stamp[j] = i;
                        if let Some(s) = scorer.link_sim(i, j, None, Some(dense)) {
                            out.push((s, i, j));
                        }
                    }
                }
            }
        }
        let Some((s, b)) = &keys[i] else { return };
        for nb in [b - 1, *b, b + 1] {
            if !value_counts.get(&(dims[i], s.as_str(), nb)).is_some_and(|&k| postings(k)) {
                continue;
            }
            let Some(list) = by_value.get(&(dims[i], class[i] & !TOLD_BITS, s.as_str(), nb)) else { continue };
            // The value index finds value evidence only: equal or close figures.
            let after = list.partition_point(|&j| j <= i);
            for &j in &list[after..] {
                let relation = score::relation(free[i], free[j], params);
                if stamp[j] != i
                    && (relation == Relation::Same || relation == Relation::Compatible && class[i] == class[j])
                    && (pruning.says_what[i]
                        || pruning.says_what[j]
                        || score::same_amount(free[i], free[j], params)
                        || scorer.unnamed_same(i, j))
                {
                    stamp[j] = i;
                    if sources[i] == sources[j] {
                        continue;
                    }
                    if let Some(s) = scorer.link_sim(i, j, None, Some(dense)) {
                        out.push((s, i, j));
                    }
                }
            }
        }
    };
    const CHUNK: usize = 256;
    // One scratch per worker, not per chunk: it is as long as the claims and the terms, and
    // a stamp is a claim's own index, so a scratch serves any claims after the last.
    let chunks: Vec<Vec<(f64, usize, usize)>> = (0..n.div_ceil(CHUNK))
        .into_par_iter()
        .map_init(
            || Scratch {
                stamp: vec![usize::MAX; n],
                dot: vec![0.0; n],
                dot_neutral: vec![0.0; n],
                touched: Vec::new(),
                dense: vec![0.0; profiles.term_count()],
            },
            |scratch, c| {
                let mut out = Vec::new();
                for i in c * CHUNK..((c + 1) * CHUNK).min(n) {
                    profiles.spread(i, &mut scratch.dense);
                    of_claim(i, scratch, &mut out);
                    profiles.clear(i, &mut scratch.dense);
                }
                out
            },
        )
        .collect();
    (chunks.concat(), pruning)
}

/// Per claim of [`candidate_links`]: which claims it has met, and their partial dot products.
struct Scratch {
    stamp: Vec<usize>,
    dot: Vec<f64>,
    dot_neutral: Vec<f64>,
    touched: Vec<usize>,
    /// The claim's weights laid out by term, for its similarity with each candidate.
    dense: Vec<f64>,
}

/// Which candidates the scorer could link, decided without reading their claims.
///
/// A pair of figures whose values are neither equal nor close (and dates, unless of one
/// story) is judged as different figures: it needs [`Params::differ_sim`], or
/// [`Params::measure_differ_sim`] and the same measure of one story
/// ([`score::Scorer::by_measure`]). Its similarity is bounded from above without merging the
/// two term lists: the shared terms of short posting lists are summed as the candidates are
/// gathered, and those of capped lists bounded by the norms of each claim's capped terms
/// (Cauchy–Schwarz). When the bound falls short, the scorer would turn the pair down; when
/// it does not, the similarity itself (term lists only, no claim read) decides, as the
/// scorer's first test of different figures does.
struct Pruning<'a> {
    params: &'a Params,
    values: Vec<Option<f64>>,
    dates: Vec<bool>,
    /// Whether each claim has a measure.
    measured: Vec<bool>,
    /// Whether each claim says what it measures ([`score::says_what`]): two that do not
    /// never link, whatever else they share.
    says_what: Vec<bool>,
    /// Whether each claim is an amount of money.
    money: Vec<bool>,
    /// Per claim, the norm of its terms in capped lists, over all terms and neutral ones.
    capped: Vec<(f64, f64)>,
    profiles: &'a profile::Profiles,
}

impl<'a> Pruning<'a> {
    fn new(
        free: &[&Claim],
        profiles: &'a profile::Profiles,
        params: &'a Params,
        uncapped: &dyn Fn(usize, u32) -> bool,
    ) -> Pruning<'a> {
        let capped = profiles
            .vectors
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let (mut all, mut neutral) = (0.0, 0.0);
                for &(term, w) in v.iter().filter(|&&(term, _)| !uncapped(i, term)) {
                    all += w * w;
                    if profiles.is_neutral(term) {
                        neutral += w * w;
                    }
                }
                (f64::sqrt(all), f64::sqrt(neutral))
            })
            .collect();
        Pruning {
            params,
            values: free.iter().map(|c| c.quantity.value.as_f64()).collect(),
            dates: free.iter().map(|c| c.quantity.kind == Kind::Date).collect(),
            measured: free.iter().map(|c| c.measure.is_some()).collect(),
            says_what: free.iter().map(|c| score::says_what(c)).collect(),
            money: free.iter().map(|c| c.quantity.kind == Kind::Money).collect(),
            capped,
            profiles,
        }
    }

    /// Whether claims `i` and `j` (of one block and class, with `dot` and `dot_neutral`
    /// summed over their shared terms of uncapped lists) could link, and their similarity
    /// when it was computed to tell. `false` only when the scorer would find too little
    /// shared context.
    ///
    /// `dense`: claim `i`'s weights laid out by term ([`profile::Profiles::spread`]), when
    /// the caller meets many candidates of `i`.
    fn may_link(
        &self,
        scorer: &score::Scorer,
        (i, j): (usize, usize),
        dot: f64,
        dot_neutral: f64,
        dense: Option<&[f64]>,
    ) -> (bool, Option<f64>) {
        let p = self.params;
        // One figure mistyped: the scorer decides (see `score::Scorer::mistyped`).
        if scorer.mistyped(i, j) {
            return (true, None);
        }
        // Amounts of money may link without (see [`score::same_amount`]); the scorer decides.
        if !(self.says_what[i] || self.says_what[j] || self.money[i] && self.money[j] || scorer.unnamed_same(i, j)) {
            return (false, None);
        }
        // Equal or close values (`score::relation`: `Same` and `Compatible` lie within the
        // larger of the two tolerances); dates are the same only on one day of one story.
        let close = if self.dates[i] {
            scorer.same_story(i, j)
        } else {
            match (self.values[i], self.values[j]) {
                (Some(x), Some(y)) => {
                    (x - y).abs() <= p.compatible_tolerance.max(p.same_value_tolerance) * x.abs().max(y.abs())
                }
                _ => true,
            }
        };
        let ((ca, na), (cb, nb)) = (self.capped[i], self.capped[j]);
        // Rounding apart, the bound is never below the similarity; the margin covers it.
        let bound = || self.profiles.sim_bound(i, j, dot + ca * cb, dot_neutral + na * nb) * (1.0 + 1e-9) + 1e-12;
        if close {
            // Close figures of other stories, one of which names no measure, link only on
            // shared context (`Scorer::judge`: the same measure and the same story aside,
            // each relation of values needs one of these similarities).
            let least = p.same_value_sim.min(p.compatible_sim).min(p.differ_sim);
            let measured_or_dated = self.measured[i] && self.measured[j] || self.dates[i] || self.dates[j];
            return (measured_or_dated || bound() >= least || scorer.same_story(i, j), None);
        }
        let bound = bound();
        // `by_measure` needs a measure on both sides: asked only then, since it reads the claims.
        let by_measure = || self.measured[i] && self.measured[j] && scorer.by_measure(i, j);
        if bound < p.differ_sim && (bound < p.measure_differ_sim || !by_measure()) {
            return (false, None);
        }
        // The scorer's own first test of different figures, on their term lists alone.
        let sim = match dense {
            Some(dense) => self.profiles.sim_spread(i, j, dense),
            None => self.profiles.sim(i, j),
        };
        (sim >= p.differ_sim || sim >= p.measure_differ_sim && by_measure(), Some(sim))
    }
}

/// The clusters of `n` claims given their scored links (see [`cluster::agglomerate`]), in
/// the order one agglomeration of all of them gives.
///
/// A merge only ever joins groups linked by a candidate pair, and scores only pairs of the
/// two groups: the connected components of the links are clustered independently, on every
/// core. Each is clustered on its claims renumbered in index order, so every comparison of
/// indices (ties of the heap, the order of neighbours) and hence every merge is as in one
/// agglomeration of all claims; the clusters are then put back in the order of the index
/// each was gathered at.
fn clusters(
    n: usize,
    pairs: &[(f64, usize, usize)],
    link: &(dyn Fn(usize, usize) -> Option<f64> + Sync),
    relate: &(dyn Fn(usize, usize) -> (bool, bool) + Sync),
    voice: &(dyn Fn(usize, usize) -> bool + Sync),
    params: &Params,
) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(_, i, j) in pairs {
        let (a, b) = (root(&mut parent, i), root(&mut parent, j));
        parent[a.max(b)] = a.min(b);
    }
    // Each component's claims in index order, and each claim's place in its component.
    let mut part_of: Vec<usize> = vec![usize::MAX; n];
    let mut local: Vec<usize> = vec![0; n];
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut part_of_root: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        let p = *part_of_root.entry(r).or_insert_with(|| {
            parts.push(Vec::new());
            parts.len() - 1
        });
        part_of[i] = p;
        local[i] = parts[p].len();
        parts[p].push(i);
    }
    // Each component's links, renumbered, in the order given.
    let mut part_pairs: Vec<Vec<(f64, usize, usize)>> = vec![Vec::new(); parts.len()];
    for &(s, i, j) in pairs {
        part_pairs[part_of[i]].push((s, local[i], local[j]));
    }
    // The largest first, so that both cores stay busy to the end.
    let mut order: Vec<usize> = (0..parts.len()).filter(|&p| parts[p].len() > 1).collect();
    order.sort_by_key(|&p| std::cmp::Reverse(parts[p].len()));
    let mut found: Vec<(usize, Vec<usize>)> = order
        .into_par_iter()
        .flat_map_iter(|p| {
            let members = &parts[p];
            let at = |x: usize| members[x];
            cluster::agglomerate(
                members.len(),
                &part_pairs[p],
                &|x, y| link(at(x), at(y)),
                &|x, y| relate(at(x), at(y)),
                &|z, y| voice(at(z), at(y)),
                params,
            )
            .into_iter()
            .map(move |(slot, c)| (at(slot), c.into_iter().map(at).collect::<Vec<_>>()))
        })
        .collect();
    found.extend(parts.iter().filter(|m| m.len() == 1).map(|m| (m[0], m.clone())));
    found.sort_unstable_by_key(|(slot, _)| *slot);
    found.into_iter().map(|(_, c)| c).collect()
}

/// Whether one report's two claims are one fact's earlier and new values: one is called
/// earlier, and they are a running count's, or name the same measure that is not a
/// ballot's (two vote results in one report are two ballots; see
/// [`crate::claim::lexicon::BALLOTS`]).
fn own_timeline(a: &Claim, b: &Claim) -> bool {
    a.source == b.source
        && a.earlier != b.earlier
        && (matches!(a.quantity.kind, Kind::Count | Kind::Number) || one_measure(a, b))
        && !another_period(a, b)
}

/// A time scope's bound as a day: bounds are ISO days, the first and last a scope covers
/// (`quantity::dates`); a day without its year (`--09-13`) is none.
fn iso_day(d: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

/// Whether the one of two claims called earlier is dated to a reporting period of its own,
/// a quarter or longer (`up from €81.8bn this year`, `nach 4 Milliarden im Vorjahr`): the
/// value of another period, not an earlier word on the same one (`zuvor mit 2065
/// beziffert`) nor an earlier state of it (`In September, Unicredit had already purchased
/// a 4.5-percent stake`).
fn another_period(a: &Claim, b: &Claim) -> bool {
    let (earlier, new) = if a.earlier { (a, b) } else { (b, a) };
    let day = |d: &Option<String>| d.as_deref().and_then(iso_day);
    earlier.time.as_ref().is_some_and(|t| {
        let period = matches!((day(&t.low), day(&t.high)), (Some(lo), Some(hi)) if (hi - lo).num_days() >= REPORTING_PERIOD_DAYS);
        period && new.time.as_ref() != Some(t)
    })
}

/// Days a period spans at least to be a reporting period (a quarter: 90, 91 or 92 days,
/// less one as the last day is inclusive).
const REPORTING_PERIOD_DAYS: i64 = 88;

/// Whether two claims name one measure (or one a kind of the other) that is not a ballot's.
fn one_measure(a: &Claim, b: &Claim) -> bool {
    score::same_measure(a, b) && !a.measure.as_deref().is_some_and(crate::claim::lexicon::is_ballot)
}

/// Facts a report joins. A report that gives a measure's earlier value beside its new one,
/// in one sentence or the next (`lifts its stake to 28%. It is up from a 21% holding
/// previously`), says that the fact of the one and the fact of the other are one fact over
/// time. The earlier value's cluster, when it holds other reports' claims, takes the new
/// value's (the new value may be this report's alone: the toll it updates) when no
/// pair of the merged fact is vetoed (see `relate` in [`align_with`]). Returns the clusters
/// and, by the earlier claim's index, why it joined.
fn bridge_timelines(
    clusters: Vec<Vec<usize>>,
    free: &[&Claim],
    relate: &dyn Fn(usize, usize) -> (bool, bool),
    params: &Params,
) -> (Vec<Vec<usize>>, BTreeMap<usize, String>) {
    let mut notes = BTreeMap::new();
    let mut cluster_of = vec![0usize; free.len()];
    for (k, c) in clusters.iter().enumerate() {
        for &i in c {
            cluster_of[i] = k;
        }
    }
    // Each source's claims, in text order.
    let mut by_source: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in free.iter().enumerate() {
        by_source.entry(c.source.as_str()).or_default().push(i);
    }
    let mut merged: Vec<Vec<usize>> = clusters;
    let mut alias: Vec<usize> = (0..merged.len()).collect();
    fn find(alias: &mut [usize], mut k: usize) -> usize {
        while alias[k] != k {
            alias[k] = alias[alias[k]];
            k = alias[k];
        }
        k
    }
    for claims in by_source.values_mut() {
        claims.sort_by_key(|&i| free[i].quantity.start);
        let mut starts: Vec<usize> = claims.iter().map(|&i| free[i].sentence_start).collect();
        starts.dedup();
        let sentence = |i: usize| starts.partition_point(|&s| s < free[i].sentence_start);
        for &e in claims.iter().filter(|&&e| free[e].earlier) {
            for &n in claims.iter().filter(|&&n| !free[n].earlier && sentence(n).abs_diff(sentence(e)) <= 1) {
                let (ke, kn) = (find(&mut alias, cluster_of[e]), find(&mut alias, cluster_of[n]));
                let others = |k: usize| merged[k].iter().any(|&x| free[x].source != free[e].source);
                // Stricter than one report's own timeline (one source, one value called
                // earlier, as found here): the same measure, named, in one block, for counts too.
                let named = one_measure(free[e], free[n]) && profile::dimension(free[e]) == profile::dimension(free[n]);
                // The earlier value's sentence names no one the new value's does not: one that
                // names another holder speaks of another stake.
                let same_holder = free[e].entities.iter().all(|x| free[n].entities.contains(x));
                // And nothing that keeps any two claims apart does (counted things, periods).
                let fits = score::compatible(free[e], free[n], score::relation(free[e], free[n], params)).is_ok();
                if ke == kn || !named || !same_holder || !fits || !others(ke) {
                    continue;
                }
                if merged[ke].iter().any(|&x| merged[kn].iter().any(|&y| relate(x.min(y), x.max(y)).0)) {
                    continue;
                }
                let moved = std::mem::take(&mut merged[kn]);
                merged[ke].extend(moved);
                merged[ke].sort_unstable();
                alias[kn] = ke;
                notes.insert(
                    e,
                    format!(
                        "one fact over time: {} gives {} as the earlier value beside {}",
                        free[e].source, free[e].quantity.text, free[n].quantity.text
                    ),
                );
            }
        }
    }
    (merged.into_iter().filter(|c| !c.is_empty()).collect(), notes)
}

/// Facts of one measure that no report tells apart. After clustering, a death toll reported
/// on four days by seven outlets may stand as two facts (the German reports naming the
/// village, the English ones the country), each holding figures the other never states.
/// Two facts join as one fact over time when they are of one story, most of each one's
/// claims name the same specific measure (and so, where they name one, do all), no report
/// gives a figure to both (a report that does tells them apart: CDU's share and SPD's,
/// Sicily's burned area and Greece's), and nothing keeps any two of their claims apart
/// (`Scorer::may_be_one`, and the vetoes of `relate`). The verdict then tells an update
/// from a conflict by the reports' dates. Returns the clusters and, by a joined fact's
/// first claim, why it joined.
fn join_timelines(
    clusters: Vec<Vec<usize>>,
    scorer: &score::Scorer,
    relate: &dyn Fn(usize, usize) -> (bool, bool),
) -> (Vec<Vec<usize>>, BTreeMap<usize, String>) {
    let free = scorer.free;
    let mut notes = BTreeMap::new();
    // Each cluster's measure: the specific measure most of its claims name, no claim naming
    // another specific one.
    let measure_of = |cluster: &[usize]| -> Option<&'static str> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for &i in cluster {
            if let Some(e) = free[i].measure.as_deref().and_then(crate::claim::lexicon::entry) {
                if !crate::claim::lexicon::is_vague(e.concept) {
                    *counts.entry(e.concept).or_insert(0) += 1;
                }
            }
        }
        match counts.into_iter().collect::<Vec<_>>()[..] {
            [(m, n)] if 2 * n > cluster.len() => Some(m),
            _ => None,
        }
    };
    let sources = |c: &[usize]| c.iter().map(|&i| free[i].source.as_str()).collect::<BTreeSet<_>>();
    // Each cluster's sources, kept as clusters merge.
    // (A lone claim has one: it is no candidate.)
    let mut sources_of: Vec<BTreeSet<&str>> =
        clusters.iter().map(|c| if c.len() < 2 { BTreeSet::new() } else { sources(c) }).collect();
    // Candidates by measure, block and story: facts told by two reports or more (a figure
    // no other report states says too little of what it measures to join a timeline by it),
    // few per key, compared pairwise.
    let mut by_key: BTreeMap<(&'static str, u32, usize), Vec<usize>> = BTreeMap::new();
    for (k, cluster) in clusters.iter().enumerate() {
        let i = cluster[0];
        if sources_of[k].len() < 2
            || free[i].quantity.kind == Kind::Date
            || !cluster.iter().all(|&x| scorer.same_story(i, x))
        {
            continue;
        }
        if let (Some(m), Some(story)) = (measure_of(cluster), scorer.stories.story(i)) {
            by_key.entry((m, scorer.profiles.blocks[i], story)).or_default().push(k);
        }
    }
    let mut merged = clusters;
    for (&(measure, _, _), ks) in &by_key {
        for (x, &ka) in ks.iter().enumerate() {
            for &kb in &ks[x + 1..] {
                if merged[ka].is_empty() || merged[kb].is_empty() {
                    continue;
                }
                let (a, b) = (&merged[ka], &merged[kb]);
                // Reports that share figures and names themselves, not merely through others
                // (in a large collection such chains join unrelated stories).
                let fits = sources_of[ka].is_disjoint(&sources_of[kb])
                    && a.iter().any(|&i| b.iter().any(|&j| scorer.told_together(i, j)))
                    && a.iter().all(|&i| {
                        b.iter().all(|&j| {
                            let (vetoed, _) = relate(i.min(j), i.max(j));
                            !vetoed && scorer.may_be_one(i, j) && !scorer.contrasted(i, j, measure)
                        })
                    });
                if !fits {
                    continue;
                }
                let first = a[0];
                let moved = std::mem::take(&mut merged[kb]);
                notes.insert(
                    moved[0],
                    format!(
                        "one fact over time: {} in {} and {} in {} state one measure, and no report tells them apart",
                        free[first].quantity.text,
                        free[first].source,
                        free[moved[0]].quantity.text,
                        free[moved[0]].source
                    ),
                );
                merged[ka].extend(moved);
                merged[ka].sort_unstable();
                let joined = std::mem::take(&mut sources_of[kb]);
                sources_of[ka].extend(joined);
            }
        }
    }
    (merged.into_iter().filter(|c| !c.is_empty()).collect(), notes)
}

/// Groups claims into facts. The result is deterministic: groups ordered by their first
/// claim (source, then position), claims within a group likewise.
pub fn align_with(claims: &[Claim], dates: &Dates, params: &Params) -> Vec<Group> {
    let usable: Vec<&Claim> = claims.iter().filter(|c| profile::usable(c)).collect();
    let mut groups: Vec<Group> = Vec::new();

    // Pinned facts first.
    let mut pinned: BTreeMap<&str, Vec<Claim>> = BTreeMap::new();
    for c in usable.iter().filter(|c| c.fact.is_some()) {
        pinned.entry(c.fact.as_deref().unwrap_or_default()).or_default().push((*c).clone());
    }
    for (key, claims) in pinned {
        let why = vec![format!("pinned by an editor to \"{key}\"")];
        groups.push(Group { id: fact_id(&format!("pinned:{key}")), pinned: Some(key.to_string()), claims, why });
    }

    let free: Vec<&Claim> = usable.into_iter().filter(|c| c.fact.is_none()).collect();
    // Which reports tell one story needs only the claims' blocks: found beside the profiles.
    let dims: Vec<String> = free.iter().map(|c| profile::dimension(c)).collect();
    let days = days(&free, dates);
    let (profiles, stories) =
        rayon::join(|| profile::Profiles::build(&free, &dims, params), || Stories::of(&free, &dims, params));
    let scorer = score::Scorer { free: &free, profiles: &profiles, days: &days, params, stories: &stories };

    let (mut pairs, pruning) = candidate_links(&free, &profiles, &scorer, params, true);
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

    // Asked by the agglomeration of pairs of claims in two groups it may merge that are not
    // among the links: either a candidate already turned down, or a pair of one block and
    // class sharing no term of a short posting list (every pair that does was a candidate).
    // For the latter, the pruning's bound with nothing summed is exact; for the former it
    // may fall short, but the scorer turned that pair down already. So a pair the bound
    // rules out has no link, as scoring it would find, and only the rest are scored.
    let link =
        |i: usize, j: usize| if pruning.may_link(&scorer, (i, j), 0.0, 0.0, None).0 { scorer.link(i, j) } else { None };
    // One figure per source per fact (a source may repeat it: headline and body, a bound
    // and the figure within it, or give an earlier value it says was superseded beside the
    // new one); every other veto only means "no link". Different dates joined through a
    // third are different events. And whether the values contradict each other.
    let relate = |i: usize, j: usize| {
        let (a, b) = (free[i], free[j]);
        let relation = score::relation(a, b, params);
        let same_source = a.source == b.source;
        // A report's earlier and new values of a running tally (a toll, a count) are one
        // fact, and do not contradict each other; an earlier share or amount it recalls is
        // another event's when it is a ballot's (the first ballot beside the second), and
        // otherwise one fact when both name the same measure (`lifts its stake to 28%. It
        // is up from a 21% holding`).
        let own_timeline = own_timeline(a, b);
        let vetoed = if same_source {
            let restated = match relation {
                Relation::Same => true,
                // `more than 1,600` and, a sentence on, `the new total of 1,644`; but two
                // overlapping periods of one report date two events, and a range and a
                // point within it are a target and an outcome (`7 bis 8 Prozent` margin
                // targeted, `7,4 Prozent` reached).
                Relation::Compatible => a.quantity.kind != Kind::Date && is_range(a) == is_range(b),
                _ => false,
            };
            !(restated || own_timeline)
        } else {
            a.quantity.kind == Kind::Date && relation == Relation::Differ && scorer.link(i, j).is_none()
        };
        (vetoed, relation == Relation::Differ && !own_timeline)
    };
    let voice = |z: usize, y: usize| scorer.voice(z, y);
    let clusters = clusters(free.len(), &pairs, &link, &relate, &voice, params);
    let (clusters, mut bridged) = bridge_timelines(clusters, &free, &relate, params);
    let (clusters, joined) = join_timelines(clusters, &scorer, &relate);
    bridged.extend(joined);
    // Each cluster's group on every core, collected in cluster order.
    use rayon::prelude::*;
    let free_groups: Vec<Group> = clusters
        .into_par_iter()
        .map(|cluster| {
            let mut why = reasons(&cluster, &scorer);
            why.extend(cluster.iter().filter_map(|i| bridged.get(i)).cloned());
            let mut claims: Vec<Claim> = cluster.iter().map(|&i| free[i].clone()).collect();
            claims.sort_by(|a, b| (&a.source, a.quantity.start).cmp(&(&b.source, b.quantity.start)));
            let seed = claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(",");
            Group { id: fact_id(&seed), pinned: None, claims, why }
        })
        .collect();
    groups.extend(free_groups);
    fn key(g: &Group) -> (&str, usize) {
        (&g.claims[0].source, g.claims[0].quantity.start)
    }
    groups.sort_by(|a, b| key(a).cmp(&key(b)));
    groups
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::claim::extract_all;
    use crate::source::Source;

    fn dossier(texts: &[(&str, &str)]) -> Vec<Claim> {
        let sources: Vec<Source> =
            texts.iter().map(|(id, t)| Source::from_text(id, Path::new(id), t.to_string(), None).unwrap()).collect();
        extract_all(&sources).into_iter().flatten().collect()
    }

    /// Report dates by source id, from ISO days.
    fn dated(days: &[(&str, &str)]) -> Dates {
        days.iter().map(|(s, d)| (s.to_string(), Some(iso_day(d).unwrap()))).collect()
    }

    fn group_of<'a>(groups: &'a [Group], text: &str) -> &'a Group {
        groups.iter().find(|g| g.claims.iter().any(|c| c.quantity.text == text)).unwrap()
    }

    /// The same sizable number in reports told together is one figure however each report
    /// tells it: as a part of a total or on its own, with a noun the lexicon does not know
    /// or none. Small counts of different things stay apart.
    #[test]
    fn a_part_and_an_unknown_noun_do_not_split_one_figure() {
        let claims = dossier(&[
            (
                "de",
                "Luftstern strich am Mittwoch 830 Flüge und am Donnerstag weitere 780. Rund 220.000 Fluggäste \
                 waren betroffen, die Kosten lagen bei 50 Millionen Euro. Am Freitag fielen noch 12 aus.",
            ),
            (
                "en",
                "Luftstern cancelled 1,610 flights, including 780 flights on the second day. About 220,000 \
                 passengers were affected and the cost was €50m. The strike hit 12 airports.",
            ),
        ]);
        let groups = align(&claims, &dated(&[("de", "2026-10-16"), ("en", "2026-10-16")]));
        let mut texts: Vec<&str> =
            group_of(&groups, "780 flights").claims.iter().map(|c| c.quantity.text.as_str()).collect();
        texts.sort_unstable();
        assert_eq!(texts, ["780", "780 flights"], "{groups:#?}");
        assert_eq!(group_of(&groups, "12 airports").claims.len(), 1, "{groups:#?}");
    }

    /// A figure of a period long past (an earlier strike's cancellations) is another event's,
    /// not a value of the story's own figure that names no period; the same number is still
    /// judged by its words.
    #[test]
    fn a_past_periods_figure_is_not_the_storys_own() {
        let claims = dossier(&[
            (
                "de",
                "Luftstern streicht am Mittwoch 830 Flüge, rund 220.000 Fluggäste sind betroffen. Beim \
                 Pilotenstreik im September 2022 waren rund 800 Flüge ausgefallen.",
            ),
            ("de2", "Wegen des Pilotenstreiks fallen bei Luftstern am Mittwoch 830 Flüge aus, 220.000 Fluggäste sind betroffen."),
        ]);
        let groups = align(&claims, &dated(&[("de", "2026-10-12"), ("de2", "2026-10-13")]));
        assert_eq!(group_of(&groups, "rund 800 Flüge").claims.len(), 1, "{groups:#?}");
        assert_eq!(group_of(&groups, "830 Flüge").claims.len(), 2, "{groups:#?}");
    }

    /// One day, in German and English reports that share figures and names, is one date
    /// fact however little else their sentences share.
    #[test]
    fn one_day_told_in_two_languages_is_one_date() {
        let claims = dossier(&[
            (
                "de",
                "Beim Einsturz im Bergwerk Karakaya waren 112 Bergleute unter Tage, 19 starben. Das Unglück \
                 ereignete sich am Dienstag, 3. November, gegen 14 Uhr. Das Bergwerk beschäftigt 1.450 Menschen.",
            ),
            (
                "en",
                "Of the 112 miners in the Karakaya gallery, 19 died. Rescue teams arrived on November 3 at dusk. \
                 The mine employs 1,450 people.",
            ),
        ]);
        let groups = align(&claims, &dated(&[("de", "2026-11-04"), ("en", "2026-11-07")]));
        assert_eq!(group_of(&groups, "3. November").claims.len(), 2, "{groups:#?}");
    }

    #[test]
    fn same_fact_across_languages_and_values_do_not_matter() {
        let claims = dossier(&[
            ("de", "Meta tätigte eine Investition von 14,3 Milliarden US-Dollar in Scale AI und sicherte sich einen Anteil von 49 Prozent."),
            ("en", "Meta made a $15 billion investment in Scale AI, taking a 49% stake."),
        ]);
        let groups = align(&claims, &Dates::new());
        let money = group_of(&groups, "14,3 Milliarden US-Dollar");
        assert_eq!(money.claims.len(), 2, "{groups:#?}");
        assert_eq!(group_of(&groups, "49 Prozent").claims.len(), 2);
    }

    #[test]
    fn votes_cast_meet_across_languages_and_never_the_votes_required() {
        let claims = dossier(&[
            ("de", "Der Bundestag hat die Reform beschlossen. Demnach votierten 513 Abgeordnete mit Ja, 207 mit Nein. Erforderlich waren mindestens 489 Stimmen."),
            ("en", "The Bundestag passed the reform: 513 lawmakers backed it and 207 voted against it. It needed at least 489 votes."),
            ("ru", "The reform won 520 votes in the Bundestag, 31 more than necessary. 207 lawmakers voted against it. At least 489 votes were required."),
        ]);
        let groups = align(&claims, &Dates::new());
        let yes = group_of(&groups, "513 Abgeordnete");
        let texts: Vec<&str> = yes.claims.iter().map(|c| c.quantity.text.as_str()).collect();
        assert!(texts.contains(&"513 lawmakers") && texts.contains(&"520 votes"), "{texts:?}");
        let required = group_of(&groups, "mindestens 489 Stimmen");
        assert!(required.claims.iter().all(|c| c.quantity.text.contains("489")), "{required:#?}");
    }

    #[test]
    fn a_report_giving_a_stake_and_its_earlier_value_states_one_fact_but_two_ballots_are_two() {
        let claims = dossier(&[
            ("en", "UniCredit lifted its stake in Commerzbank to 28%. UniCredit's stake is up from 21% previously."),
            ("en2", "UniCredit now holds a 28% stake in Commerzbank. UniCredit's stake was 21% previously."),
        ]);
        let groups = align(&claims, &Dates::new());
        assert_eq!(group_of(&groups, "21%").claims.len(), 4, "{groups:#?}");
        let ballots = dossier(&[(
            "en",
            "Members rejected the first offer by 94.6% earlier. On Wednesday 64% of members voted against the offer.",
        )]);
        let groups = align(&ballots, &Dates::new());
        assert_eq!(group_of(&groups, "64%").claims.len(), 1, "{groups:#?}");
    }

    #[test]
    fn a_report_giving_old_and_new_values_joins_their_facts_over_time() {
        let claims = dossier(&[
            ("sep", "UniCredit raised its stake in Commerzbank to 21%. The ECB must approve it."),
            ("sep2", "UniCredit now owns a 21% stake in Commerzbank, the bank said."),
            ("dec", "UniCredit lifted its stake in Commerzbank to 28%. It is up from a 21% holding previously."),
            ("dec2", "UniCredit holds a 28% stake in Commerzbank, it said on Wednesday."),
            // Another holder's stake in the next sentence stays apart.
            ("gov", "UniCredit holds 28% of Commerzbank. The government had already sold a 12% stake."),
        ]);
        // Five months apart: reports this far apart link different figures only through a
        // report that gives both.
        let dates = dated(&[
            ("sep", "2024-09-23"),
            ("sep2", "2024-09-24"),
            ("dec", "2025-02-18"),
            ("dec2", "2025-02-18"),
            ("gov", "2025-02-18"),
        ]);
        let groups = align(&claims, &dates);
        let g = group_of(&groups, "21%");
        let sources: BTreeSet<&str> = g.claims.iter().map(|c| c.source.as_str()).collect();
        assert!(["sep", "sep2", "dec", "dec2"].iter().all(|s| sources.contains(s)), "{groups:#?}");
        assert!(g.why.iter().any(|w| w.contains("one fact over time")), "{:?}", g.why);
        assert!(!g.claims.iter().any(|c| c.quantity.text == "12%"), "{groups:#?}");
    }

    #[test]
    fn an_earlier_value_of_another_period_is_another_fact() {
        for (text, old, new) in [
            ("Net new borrowing rises to €89.9bn, up from €81.8bn in 2026.", "€81.8bn", "€89.9bn"),
            (
                "Die Neuverschuldung steigt von 81,8 Milliarden Euro im Jahr 2026 auf 89,9 Milliarden Euro.",
                "81,8 Milliarden Euro",
                "89,9 Milliarden Euro",
            ),
        ] {
            let claims = dossier(&[("a", text)]);
            let old_claim = claims.iter().find(|c| c.quantity.text == old).unwrap();
            assert!(old_claim.earlier && old_claim.time.is_some(), "{old_claim:#?}");
            let new_claim = claims.iter().find(|c| c.quantity.text == new).unwrap();
            assert!(!own_timeline(old_claim, new_claim), "{text}");
        }
        // An earlier value of no period of its own is the same fact's, at an earlier time.
        let claims = dossier(&[("a", "UniCredit lifted its stake to 28%. It is up from a 21% holding previously.")]);
        assert!(own_timeline(&claims[0], &claims[1]), "{claims:#?}");
    }

    #[test]
    fn two_figures_of_one_sentence_are_different_facts() {
        let claims = dossier(&[(
            "a",
            "Meta erwartet Kapitalausgaben von 70 Milliarden Dollar, Analysten erwarteten 51 Milliarden Dollar.",
        )]);
        assert_eq!(align(&claims, &Dates::new()).len(), 2);
    }

    #[test]
    fn different_periods_are_different_facts() {
        let claims = dossier(&[
            ("a", "Meta plant Kapitalausgaben von 70 Milliarden Dollar im Jahr 2025."),
            ("b", "Meta plant Kapitalausgaben von 100 Milliarden Dollar im Jahr 2026."),
        ]);
        let groups = align(&claims, &Dates::new());
        assert_ne!(group_of(&groups, "70 Milliarden Dollar").id, group_of(&groups, "100 Milliarden Dollar").id);
    }

    #[test]
    fn tolls_of_different_places_are_different_facts() {
        // German and English reports of one quake: the toll in one city is no update of the
        // country's, however alike the sentences, while the country's toll across languages
        // is one fact.
        let claims = dossier(&[
            ("de", "In Myanmar sind bei dem schweren Beben nun 2.719 Menschen ums Leben gekommen."),
            (
                "en",
                "The 7.7 magnitude quake of March 28 has killed 2,719 people in Myanmar. In Bangkok 117 are missing.",
            ),
            (
                "wire",
                "The 7.7 magnitude quake of March 28 has killed nine people in Bangkok. In Bangkok 117 are missing.",
            ),
        ]);
        let groups = align(&claims, &Dates::new());
        let of =
            |figure: &str| groups.iter().find(|g| g.claims.iter().any(|c| c.quantity.text.contains(figure))).unwrap();
        let toll = of("2.719");
        assert!(toll.claims.iter().any(|c| c.quantity.text.contains("2,719")), "{groups:#?}");
        assert_ne!(toll.id, of("nine").id, "{groups:#?}");
    }

    #[test]
    fn names_written_differently_are_one_bearer() {
        for (a, b, same) in [
            ("alexandr wang", "alexander wang", true),
            ("meta superintelligence lab", "meta superintelligence labs", true),
            ("mark zuckerberg", "mark zuckerberg", true),
            ("meta", "metz", false),
            ("alexandr wang", "alexandra wong", false),
            ("scale ai", "scale up", false),
        ] {
            assert_eq!(similar_names(a, b), same, "{a} / {b}");
        }
    }

    #[test]
    fn one_day_in_two_reports_of_a_story_is_one_date_and_years_apart_are_not() {
        let claims = dossier(&[
            (
                "de",
                "Seit dem 13. September streiken 33.000 Beschäftigte von Boeing. 94,6 Prozent der Mitglieder lehnten \
                 das Angebot ab. Zuletzt hatten die Maschinisten 2008 gestreikt.",
            ),
            (
                "en",
                "Some 33,000 Boeing machinists have been on strike since September 13. 94.6% of members rejected the \
                 offer.",
            ),
        ]);
        let groups = align(&claims, &Dates::new());
        let day = group_of(&groups, "13. September");
        assert_eq!(day.claims.len(), 2, "{groups:#?}");
        assert!(!group_of(&groups, "2008").claims.iter().any(|c| c.quantity.text == "September 13"));
    }

    #[test]
    fn one_count_of_people_under_two_names_and_beside_two_days_is_one_fact() {
        // A day in the sentence dates an event (the strike began, the return to work), not
        // the count; and the dockers are the union's members, whichever noun a report uses.
        let claims = dossier(&[
            (
                "de",
                "Im Hafen von Rotterdam legten rund 12.000 Mitglieder der Gewerkschaft die Arbeit nieder. Sie \
                 fordern 8 Prozent mehr Lohn.",
            ),
            (
                "en",
                "Some 12,000 dock workers at the port of Rotterdam have been striking since March 4. They demand 8 \
                 percent more pay.",
            ),
            ("wire", "The 12,000 dock workers at the port of Rotterdam are due back at work on March 20."),
        ]);
        let groups = align(&claims, &Dates::new());
        let dockers = group_of(&groups, "rund 12.000 Mitglieder");
        assert_eq!(dockers.claims.len(), 3, "{groups:#?}");
        // Years are reporting periods: the same figure of two years stays two facts.
        let claims = dossier(&[
            ("a", "Der Hafen strich im Jahr 2016 genau 2.000 Stellen."),
            ("b", "Der Hafen strich im Jahr 2024 genau 2.000 Stellen."),
        ]);
        let groups = align(&claims, &Dates::new());
        assert_ne!(group_of(&groups, "2.000 Stellen").claims.len(), 2, "{groups:#?}");
    }

    #[test]
    fn a_tally_told_by_a_speaker_and_by_a_referring_noun_is_one_updated_fact() {
        // A toll announced by a general, and one named only as `the new total`, which states
        // the measure the report gave before: one tally across languages and days.
        let claims = dossier(&[
            (
                "de",
                "Die Zahl der Toten in Nepal ist auf 694 gestiegen, teilte General Ram Thapa mit. In Kathmandu \
                 wurden 120 Gebäude zerstört.",
            ),
            (
                "en",
                "The number of people killed in Nepal has risen to 1,644, officials said. 120 buildings were \
                 destroyed in Kathmandu.",
            ),
            (
                "wire",
                "In the morning officials said 1,002 people were killed in Nepal. The new total of 1,644 marks a \
                 steep jump. 120 buildings were destroyed in Kathmandu.",
            ),
        ]);
        let dates = dated(&[("de", "2025-03-29"), ("en", "2025-03-30"), ("wire", "2025-03-30")]);
        let groups = align(&claims, &dates);
        let toll = group_of(&groups, "694");
        let texts: Vec<&str> = toll.claims.iter().map(|c| c.quantity.text.as_str()).collect();
        assert!(texts.contains(&"1,644") && texts.iter().filter(|t| **t == "1,644").count() == 2, "{texts:?}");
    }

    #[test]
    fn the_same_figure_under_a_misread_measure_is_one_fact_in_reports_told_together() {
        // The German clause names those entitled to vote, and reads as a vote share; the
        // English one says turnout. In reports that share figures and names, the same
        // figure is one fact.
        let de = "Bei der Landtagswahl in Rheinhessen-Pfalz kam die CDU auf 31,2 Prozent, die SPD auf 26,3 Prozent. \
                  Rund 68,7 Prozent der Wahlberechtigten gaben ihre Stimme ab.";
        let en = "In the Rheinhessen-Pfalz state election the CDU won 31.2 percent and the SPD 26.3 percent. \
                  Turnout rose to 68.7%.";
        let claims = dossier(&[("de", de), ("en", en)]);
        let measure = |text: &str| claims.iter().find(|c| c.quantity.text == text).and_then(|c| c.measure.clone());
        assert_ne!(measure("Rund 68,7 Prozent"), measure("68.7%"), "the case this test is about");
        let groups = align(&claims, &Dates::new());
        assert_eq!(group_of(&groups, "68.7%").claims.len(), 2, "{groups:#?}");
    }

    #[test]
    fn different_counts_of_one_specific_noun_in_one_story_are_one_fact_over_time() {
        // No measure is named, but both count firefighters (`Feuerwehrleute`,
        // `firefighters`): in reports of one story, days apart, they are one count that rose.
        let de = "Die Zahl der Masernfälle in Feldkirch ist auf 117 gestiegen, 14 Patienten liegen im Krankenhaus. \
                  Rund 400 Feuerwehrleute sind im Einsatz.";
        let en = "Measles cases in Feldkirch have risen to 117, and 14 patients are in hospital. \
                  Some 1,200 firefighters are deployed.";
        let claims = dossier(&[("de", de), ("en", en)]);
        let dates = dated(&[("de", "2026-03-02"), ("en", "2026-03-05")]);
        let groups = align(&claims, &dates);
        assert_eq!(group_of(&groups, "Some 1,200 firefighters").claims.len(), 2, "{groups:#?}");
    }

    #[test]
    fn the_same_unnamed_figure_in_reports_told_together_is_one_fact() {
        // `29,6 Prozent weniger` names no measure; nor does `down 29.6%`. In two reports that
        // share figures and names themselves, the same number is one fact; in reports that
        // do not, it is not.
        let de =
            "Das Amt in Wien zählte 118.436 Erstanträge und 31.212 Anträge aus Syrien. Das waren 29,6 Prozent weniger.";
        let en =
            "The office in Vienna counted 118,436 first-time applications and 31,212 from Syria. That was down 29.6%.";
        let groups = align(&dossier(&[("de", de), ("en", en)]), &Dates::new());
        assert_eq!(group_of(&groups, "29,6 Prozent").claims.len(), 2, "{groups:#?}");
        let other = "Die Firma Nordwerk meldete am Montag 29,6 Prozent weniger.";
        let groups = align(&dossier(&[("de", other), ("en", en)]), &Dates::new());
        assert_eq!(group_of(&groups, "29,6 Prozent").claims.len(), 1, "{groups:#?}");
    }

    #[test]
    fn the_same_figure_told_as_a_frame_or_an_estimate_is_one_fact_in_reports_told_together() {
        // `seit neun Jahren im Amt` frames the finance chief; `held the post for nine years`
        // states it. `nach Schätzungen … um 18 Prozent` is an estimate; `rose 18%` states
        // it. In two reports that share figures and names themselves each is one fact.
        let de = "Das Gericht in Fürth verurteilte den Finanzchef der Solvana AG, der seit neun Jahren im Amt war. \
                  Die Schäden beliefen sich auf 120 Millionen Euro. \
                  Der Gewinn stieg nach Schätzungen von Analysten um 18 Prozent.";
        let en = "The court in Fürth sentenced the finance chief of Solvana AG. He had held the post for nine years. \
                  Damages amounted to 120 million euros. Profit rose 18%.";
        let claims = dossier(&[("de", de), ("en", en)]);
        let framing = claims.iter().find(|c| c.quantity.text == "neun Jahren").unwrap();
        let estimate = claims.iter().find(|c| c.quantity.text == "18 Prozent").unwrap();
        assert!(framing.incidental && estimate.modality == crate::claim::Modality::Estimate, "{claims:#?}");
        let groups = align(&claims, &Dates::new());
        assert_eq!(group_of(&groups, "neun Jahren").claims.len(), 2, "{groups:#?}");
        assert_eq!(group_of(&groups, "18 Prozent").claims.len(), 2, "{groups:#?}");
        // Reports that share nothing else: no evidence the numbers are one fact.
        let other = "Die Stadtwerke Kassel melden, der Umsatz sei nach Schätzungen um 18 Prozent gestiegen.";
        let groups = align(&dossier(&[("de", other), ("en", en)]), &Dates::new());
        assert_eq!(group_of(&groups, "18 Prozent").claims.len(), 1, "{groups:#?}");
    }

    #[test]
    fn one_figure_mistyped_in_one_report_is_a_conflict() {
        // A scale word for another (`Millionen` for `billion`) and two digits swapped (`124`
        // for `214`) in reports that share figures and names themselves: one fact whose
        // reports disagree, however little the mistyped sentence says.
        let de = "Die Warenhauskette Hallberg in Düsseldorf schließt 31 ihrer 68 Filialen, 3380 Stellen fallen weg. \
                  Laut Insolvenzverwalter summieren sich die Verbindlichkeiten auf fast 1,5 Millionen Euro. \
                  Das Gesundheitsamt registrierte bis Montag 124 Fälle.";
        let en = "Hallberg, the Düsseldorf department-store chain, will close 31 of its 68 stores and cut 3,380 jobs. \
                  Creditors are owed nearly 1.5 billion euros. Health officials count 214 cases.";
        let dates = dated(&[("de", "2026-02-24"), ("en", "2026-02-24")]);
        let facts = crate::verdict::judge_all(align(&dossier(&[("de", de), ("en", en)]), &dates), &dates);
        for text in ["fast 1,5 Millionen Euro", "124 Fälle"] {
            let fact = facts.iter().find(|f| f.claims.iter().any(|c| c.quantity.text == text)).unwrap();
            assert_eq!(fact.claims.len(), 2, "{text}: {facts:#?}");
            assert_eq!(fact.verdict, crate::verdict::Verdict::Conflict, "{text}");
        }
        // Two digits swapped in a figure of two significant digits is as often chance: the
        // two must name one measure (a town's growth is not a pension rise).
        let de = "Die Warenhauskette Hallberg in Düsseldorf schließt 31 ihrer 68 Filialen, 3380 Stellen fallen weg. \
                  Die Bevölkerung wuchs um 2,1 Prozent.";
        let en = "Hallberg, the Düsseldorf department-store chain, will close 31 of its 68 stores and cut 3,380 jobs. \
                  Pensions will rise by 1.2 percent.";
        let groups = align(&dossier(&[("de", de), ("en", en)]), &Dates::new());
        assert_eq!(group_of(&groups, "2,1 Prozent").claims.len(), 1, "{groups:#?}");
    }

    #[test]
    fn a_place_named_in_each_language_is_one_holder() {
        // `Sardinien` and `Sardinia`, `Österreich` and `Austria`: a German and an English
        // report of one fire name one place, and the area it burned grows from day to day.
        let de = "Der Waldbrand auf Sardinien hat bis Donnerstag eine Fläche von 15.000 Hektar erfasst. \
                  In Österreich wurden 40 Feuerwehrleute angefordert.";
        let en = "A wildfire on the Italian island of Sardinia has now burned some 12,000 hectares, officials said. \
                  Austria sent 40 firefighters.";
        let dates = dated(&[("de", "2025-07-24"), ("en", "2025-07-23")]);
        let facts = crate::verdict::judge_all(align(&dossier(&[("de", de), ("en", en)]), &dates), &dates);
        let fact = facts.iter().find(|f| f.claims.iter().any(|c| c.quantity.text == "15.000 Hektar")).unwrap();
        assert_eq!(fact.claims.len(), 2, "{facts:#?}");
        assert_eq!(fact.verdict, crate::verdict::Verdict::Updated);
    }

    #[test]
    fn a_sentence_that_names_its_holder_does_not_take_its_neighbours() {
        // Spain's toll and, in the next sentence, Italy's: the English report's Spanish
        // figure is not Italy's because Italy is named next to it.
        let de = "In Spanien stieg die Zahl der Hitzetoten bis Donnerstag auf 67. In Italien meldeten die Regionen 19 Todesfälle.";
        let en =
            "Spain's heat death toll rose to 93 on Friday. In Italy, 27 people have died in the heat, officials said.";
        let dates = dated(&[("de", "2026-07-16"), ("en", "2026-07-17")]);
        let groups = align(&dossier(&[("de", de), ("en", en)]), &dates);
        let spain = group_of(&groups, "67");
        assert!(spain.claims.iter().all(|c| c.quantity.text != "27 people"), "{groups:#?}");
        for en in ["Spain", "Italy"] {
            assert!(
                groups.iter().flat_map(|g| &g.claims).any(|c| c.entities.iter().any(|e| e == en)),
                "{en} at a sentence's start is a name: {groups:#?}"
            );
        }
    }

    #[test]
    fn a_mistyped_amount_under_another_measure_word_is_one_figure() {
        // The slip (`Millionen` for `Milliarden`) and the measure word (`bewertet`,
        // `equity`) differ at once: one figure misprinted in reports told together.
        let de = "Corvane bietet 68,50 Euro je Aktie für Heltrasol. Die Offerte bewertet Heltrasol damit mit 6,6 Millionen Euro.";
        let en = "Corvane now offers €68.50 a share for Heltrasol. The bid values Heltrasol's equity at about €6.6bn.";
        let dates = dated(&[("de", "2026-09-23"), ("en", "2026-09-22")]);
        let groups = align(&dossier(&[("de", de), ("en", en)]), &dates);
        assert_eq!(group_of(&groups, "6,6 Millionen Euro").claims.len(), 2, "{groups:#?}");
    }

    #[test]
    fn one_measure_of_two_holders_is_no_timeline() {
        // Spain's power demand and Italy's, each told by a German and an English report of
        // one heatwave: no report gives both, yet their sentences name different holders.
        let story = |de: bool| {
            if de {
                "Die Hitzewelle forderte 128 Todesopfer in Südeuropa. In Sevilla wurden 47,9 Grad gemessen."
            } else {
                "The heatwave has killed 128 people across southern Europe. Seville measured 47.9C."
            }
        };
        let texts = [
            ("es-de", format!("{} Spanien meldete am Mittwoch einen Stromverbrauch von 41.320 Megawatt.", story(true))),
            ("es-en", format!("{} Spain's power demand peaked at 41,320 megawatts on Wednesday.", story(false))),
            ("it-de", format!("{} Italien meldete am Donnerstag einen Stromverbrauch von 59,6 Gigawatt.", story(true))),
            ("it-en", format!("{} Italy's power demand hit 59.6 gigawatts on Thursday.", story(false))),
        ];
        let texts: Vec<(&str, &str)> = texts.iter().map(|(id, t)| (*id, t.as_str())).collect();
        let dates = dated(&[
            ("es-de", "2026-07-15"),
            ("es-en", "2026-07-15"),
            ("it-de", "2026-07-17"),
            ("it-en", "2026-07-17"),
        ]);
        let groups = align(&dossier(&texts), &dates);
        let spain = group_of(&groups, "41.320 Megawatt");
        assert!(spain.claims.iter().all(|c| c.quantity.text != "59.6 gigawatts"), "{groups:#?}");
    }

    #[test]
    fn one_figure_in_two_languages_is_two_voices_of_one_statement() {
        // The German and the English toll of 67, in reports that share figures and names
        // themselves, are one statement told twice: in a dossier of many reports their
        // words share too little to say it, the same measure does. The 41,320 megawatts of
        // power demand are no voice of the toll.
        let de = "In Spanien stieg die Zahl der Hitzetoten bis Donnerstag auf 67. Der Stromverbrauch erreichte 41.320 Megawatt. \
                  In Sevilla wurden 47,9 Grad gemessen.";
        let en = "Spain's heat death toll reached 67 on Thursday, officials said. Power demand hit 41,320 megawatts. \
                  Seville measured 47.9C.";
        let claims = dossier(&[("de", de), ("en", en)]);
        let free: Vec<&Claim> = claims.iter().collect();
        let dims: Vec<String> = free.iter().map(|c| profile::dimension(c)).collect();
        let params = Params::default();
        let profiles = profile::Profiles::build(&free, &dims, &params);
        let stories = Stories::of(&free, &dims, &params);
        let days = vec![None; free.len()];
        let scorer =
            score::Scorer { free: &free, profiles: &profiles, days: &days, params: &params, stories: &stories };
        let at = |source: &str, text: &str| {
            free.iter().position(|c| c.source == source && c.quantity.text == text).unwrap_or_else(|| panic!("{text}"))
        };
        let (de_toll, en_toll) = (at("de", "67"), at("en", "67"));
        assert!(scorer.voice(de_toll, en_toll) && scorer.voice(en_toll, de_toll));
        assert!(!scorer.voice(at("de", "41.320 Megawatt"), en_toll));
    }

    #[test]
    fn a_noun_the_lexicon_does_not_know_separates_nothing_across_languages() {
        // `Anleger` and `investors` are in no list: within one language two such nouns must
        // be the same word; across languages nothing can tell, so the rest decides.
        let claims = dossier(&[
            (
                "de",
                "Das Gericht in Nürnberg verurteilte den Gründer von Solvana. Rund 4.500 Anleger verloren ihr Geld.",
            ),
            ("en", "The court in Nuremberg sentenced the founder of Solvana. Some 4,500 investors lost their money."),
        ]);
        let groups = align(&claims, &Dates::new());
        assert_eq!(group_of(&groups, "Some 4,500 investors").claims.len(), 2, "{groups:#?}");
        // Within one language, two nouns the lexicon does not know are two things.
        let claims = dossier(&[
            (
                "de",
                "Das Gericht in Nürnberg verurteilte den Gründer von Solvana. Rund 4.500 Anleger verloren ihr Geld.",
            ),
            (
                "de2",
                "Das Gericht in Nürnberg verurteilte den Gründer von Solvana. Rund 4.500 Sparer verloren ihr Geld.",
            ),
        ]);
        let groups = align(&claims, &Dates::new());
        assert_eq!(group_of(&groups, "Rund 4.500 Anleger").claims.len(), 1, "{groups:#?}");
    }

    #[test]
    fn a_toll_told_of_a_village_and_of_its_country_is_one_fact_over_time() {
        // German reports name the village, English ones the country: no report gives the
        // toll of both, so they are one toll, rising over four days.
        let claims = dossier(&[
            (
                "de1",
                "Nach dem Zugunglück bei Oberwiesen ist die Zahl der Toten auf fünf gestiegen. Im Zug sassen 212 \
                 Fahrgäste. 61 Menschen wurden verletzt, sagte die Polizei in Kesselbach.",
            ),
            (
                "de2",
                "Zwei Tage nach dem Zugunglück bei Oberwiesen ist die Zahl der Toten auf sieben gestiegen. Im Zug \
                 sassen 212 Fahrgäste. 61 Menschen wurden verletzt, sagte die Polizei in Kesselbach.",
            ),
            (
                "en1",
                "Five people were killed when two trains collided in Germany on Sunday. The train carried 212 \
                 passengers. 61 people were injured, police in Kesselbach said.",
            ),
            (
                "en2",
                "Eight people have now died after the train crash in Germany. The train carried 212 passengers. \
                 61 people were injured, police in Kesselbach said.",
            ),
        ]);
        let dates =
            dated(&[("de1", "2025-09-15"), ("de2", "2025-09-16"), ("en1", "2025-09-15"), ("en2", "2025-09-18")]);
        let groups = align(&claims, &dates);
        let toll = group_of(&groups, "fünf");
        let mut texts: Vec<&str> = toll.claims.iter().map(|c| c.quantity.text.as_str()).collect();
        texts.sort_unstable();
        assert_eq!(texts, ["Eight people", "Five people", "fünf", "sieben"], "{groups:#?}");
    }

    #[test]
    fn claims_of_different_veto_classes_never_link() {
        // The candidate index keeps veto classes apart: that is exact only while
        // `score::compatible` vetoes each of them whatever the values.
        let claims = dossier(&[("a", "Die Firma strich 2.000 Stellen."), ("b", "Die Firma strich 2.000 Stellen.")]);
        let (a, b) = (&claims[0], &claims[1]);
        let toggles: [fn(&mut Claim); 4] = [
            |c| c.incidental = !c.incidental,
            |c| c.change = !c.change,
            |c| c.subset = !c.subset,
            |c| {
                c.modality = if c.modality == crate::claim::Modality::Estimate {
                    crate::claim::Modality::Fact
                } else {
                    crate::claim::Modality::Estimate
                }
            },
        ];
        for toggle in toggles {
            let mut other = b.clone();
            toggle(&mut other);
            assert_ne!(veto_class(a), veto_class(&other));
            for relation in
                [Relation::Same, Relation::Compatible, Relation::Bounded, Relation::Differ, Relation::Incomparable]
            {
                assert!(score::compatible(a, &other, relation).is_err(), "{relation:?}");
            }
        }
    }

    #[test]
    fn pruning_keeps_every_link() {
        // The pruning restates tests of the scorer (`Pruning::may_link`): if those change,
        // this shows it. Small caps make most terms capped, so the bound is exercised.
        let mut paths: Vec<std::path::PathBuf> = vec!["sources".into()];
        for dir in ["tests/fixtures/en", "tests/fixtures/de"] {
            if Path::new(dir).is_dir() {
                paths.push(dir.into());
            }
        }
        let loaded = crate::source::load_all(&paths, None);
        let claims: Vec<Claim> = extract_all(&loaded.sources).into_iter().flatten().collect();
        let free: Vec<&Claim> = claims.iter().filter(|c| profile::usable(c) && c.fact.is_none()).collect();
        let dates: Dates = loaded.sources.iter().map(|s| (s.id.clone(), None)).collect();
        let days = days(&free, &dates);
        let dims: Vec<String> = free.iter().map(|c| profile::dimension(c)).collect();
        let profiles = profile::Profiles::build(&free, &dims, &Params::default());
        let mut links = 0;
        for max_postings in [300, 8, 2] {
            for differ_sim in [0.25, 0.1] {
                let params = Params { max_postings, differ_sim, ..Params::default() };
                let stories = Stories::of(&free, &dims, &params);
                let scorer =
                    score::Scorer { free: &free, profiles: &profiles, days: &days, params: &params, stories: &stories };
                let sorted = |mut v: Vec<(f64, usize, usize)>| {
                    v.sort_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)));
                    v
                };
                let pruned = sorted(candidate_links(&free, &profiles, &scorer, &params, true).0);
                let all = sorted(candidate_links(&free, &profiles, &scorer, &params, false).0);
                assert_eq!(pruned, all, "max_postings {max_postings}, differ_sim {differ_sim}");
                links += all.len();
            }
        }
        assert!(claims.len() > 50 && links > 0, "{} claims, {links} links", claims.len());
    }

    #[test]
    fn currencies_are_separate_blocks() {
        let claims = dossier(&[
            ("a", "Meta investierte 14 Milliarden Dollar in Scale AI."),
            ("b", "Meta investierte 13 Milliarden Euro in Scale AI."),
        ]);
        assert_eq!(align(&claims, &Dates::new()).iter().filter(|g| g.claims.len() == 1).count(), 2);
    }
}
