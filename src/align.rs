//! Grouping claims into facts: the same quantity of the same subject for the same period,
//! across sources — decided by what the claims are about, never by their values.
//!
//! # How
//! Each claim becomes a weighted bag of terms: lexicon concepts (language-neutral, so German
//! and English claims meet), the concept of the counted noun, names (from its sentence, and
//! with less weight from the sentences around it) and word stems. Terms are weighted by
//! inverse document frequency over the dossier, so a name every article repeats (`Meta`)
//! counts for little and a specific one (`Scale AI`) for much. Two claims are candidates
//! when they share a term (an inverted index, not all pairs) and are in the same block:
//! same kind and dimension (money in the same currency, percent or points, the same SI unit).
//!
//! Candidates are merged greedily, most similar first, while they stay compatible:
//! - cosine similarity of the term weights at least [`THRESHOLD`], and across the merged
//!   groups at least [`GROUP_THRESHOLD`] on average, and every claim of the joining group that
//!   alike with at least half of the group it joins (no chaining through one shared word);
//! - two figures in one sentence of one source are different facts;
//! - time scopes that do not overlap are different facts (2025 capex vs 2026 capex);
//! - a third party's estimate (analysts) is not the company's figure;
//! - counted nouns with known concepts must share one (researchers are not GPUs);
//! - both say *what* is measured the same way: a concept both state directly (in the
//!   sentence or the ones around it), the same counted thing, or the same word right next
//!   to both figures. A shared name alone (who) never makes a fact: in a dossier of
//!   unrelated articles, a politician's name joined bare numbers that had nothing in common;
//! - and both are about the same *who*: they share a name (whole names, so two Julians are
//!   not one person), counting each source's main subject as named everywhere in it (wire
//!   copy says "the company" once it has said "Meta").
//!
//! Claims that an editor pinned to a fact key (`"fact"`) form that fact and nothing else
//! joins it; rejected and stale claims take no part.
//!
//! Precision over recall: a wrong merge produces a false conflict, which costs an editor
//! more than a fact left single.

use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet};

use sha2::{Digest, Sha256};

use crate::claim::{lexicon, Claim, Modality, Status};
use crate::quantity::Kind;

/// Minimum cosine similarity for two claims to state the same fact.
pub const THRESHOLD: f64 = 0.25;
/// Terms in more claims of one block than this generate no candidate pairs.
pub const MAX_POSTINGS: usize = 300;
/// Minimum average similarity between the claims of two groups being merged.
pub const GROUP_THRESHOLD: f64 = 0.20;

/// A group of claims stating the same fact (before a verdict).
#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    /// The editor's fact key, when the group was pinned.
    pub pinned: Option<String>,
    pub claims: Vec<Claim>,
}

/// The block a claim can be compared within.
pub fn dimension(c: &Claim) -> String {
    let q = &c.quantity;
    match q.kind {
        Kind::Money => format!("money:{}", q.unit.as_deref().unwrap_or("?")),
        Kind::Percent => format!("percent:{}", q.unit.as_deref().unwrap_or("%")),
        Kind::Measure => format!("measure:{}", q.unit.as_deref().unwrap_or("?")),
        other => other.as_str().to_string(),
    }
}

/// A name's comparison form: lowercase words, a genitive `s` dropped when the bare form is a
/// name too (`Metas` → `meta`, `Scale AIs` → `scale ai`).
fn name_tokens(name: &str, known: &HashSet<String>) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            match lower.strip_suffix('s') {
                Some(base) if base.len() > 1 && known.contains(base) => base.to_string(),
                _ => lower,
            }
        })
        .collect()
}

/// The weighted terms of a claim, before IDF.
fn terms(c: &Claim, known: &HashSet<String>) -> BTreeMap<String, f64> {
    let mut t: BTreeMap<String, f64> = BTreeMap::new();
    let mut add = |key: String, w: f64| {
        let e = t.entry(key).or_insert(0.0);
        *e = e.max(w);
    };
    // A concept that is only the broader sense of another one here (`pay` beside `offer`)
    // says less about the claim than the specific one.
    let broader: HashSet<&str> = c
        .keywords
        .iter()
        .filter_map(|k| lexicon::ENTRIES.iter().find(|e| e.concept == k))
        .flat_map(|e| e.broader.iter().copied())
        .collect();
    for (rank, k) in c.keywords.iter().enumerate() {
        let concept = lexicon::ENTRIES.iter().any(|e| e.concept == k);
        let decay = 1.0 / (1.0 + 0.1 * rank as f64);
        let near = 1.0 / (1.0 + 0.05 * rank as f64);
        let w = match (concept, broader.contains(k.as_str())) {
            (true, false) => near,
            (true, true) => 0.5 * near,
            // Plain stems rarely cross sources (or languages): a little weight, nearest only.
            _ if rank < 8 => 0.25 * decay,
            _ => continue,
        };
        add(format!("k:{k}"), w);
    }
    for k in &c.nearby_keywords {
        add(format!("k:{k}"), 0.3);
    }
    if let Some(unit) = c.quantity.unit.as_deref().filter(|_| matches!(c.quantity.kind, Kind::Count | Kind::Ratio)) {
        let mut concepts = unit_concepts(unit);
        let mut seen = HashSet::new();
        concepts.retain(|c| seen.insert(*c));
        for (i, concept) in concepts.into_iter().take(2).enumerate() {
            add(format!("k:{concept}"), if i == 0 { 1.0 } else { 0.5 });
        }
    }
    // What a ratio says: how many remain, or how many left (`3 of 14` vs `11 of 14`).
    if c.quantity.kind == Kind::Ratio {
        if let Some(p) = c.keywords.iter().find(|k| *k == "remain" || *k == "leave") {
            add(format!("p:{p}"), 1.0);
        }
    }
    for e in &c.entities {
        for tok in name_tokens(e, known) {
            add(format!("e:{tok}"), 1.0);
        }
    }
    for e in &c.nearby {
        for tok in name_tokens(e, known) {
            add(format!("e:{tok}"), 0.4);
        }
    }
    t
}

fn interval(c: &Claim) -> Option<(String, String)> {
    let t = c.time.as_ref()?;
    Some((t.low.clone()?, t.high.clone()?))
}

/// Whether two claims may state the same fact, whatever their similarity.
fn compatible(a: &Claim, b: &Claim) -> bool {
    // One source, one figure per fact: a source that gives two figures gives two facts
    // (an editor may still pin them together).
    if a.source == b.source {
        return false;
    }
    // A figure that only dates or frames another is no fact of its own to align.
    if a.incidental || b.incidental {
        return false;
    }
    if let (Some((a0, a1)), Some((b0, b1))) = (interval(a), interval(b)) {
        if a1 < b0 || b1 < a0 {
            return false;
        }
    }
    if (a.modality == Modality::Estimate) != (b.modality == Modality::Estimate) {
        return false;
    }
    // A count counts something: the same thing, by concept (`GPUs`, `Beschleuniger`) or by
    // word, or it is another fact.
    if matches!(a.quantity.kind, Kind::Count | Kind::Ratio) {
        let concepts = |c: &Claim| -> HashSet<&'static str> {
            c.quantity.unit.as_deref().map(unit_concepts).unwrap_or_default().into_iter().collect()
        };
        let stem = |c: &Claim| {
            c.quantity.unit.as_deref().map(|u| lexicon::normalize(u.rsplit('-').next().unwrap_or(u), crate::Lang::De))
        };
        let (ca, cb) = (concepts(a), concepts(b));
        let same_word = stem(a).is_some() && stem(a) == stem(b);
        let both_bare = a.quantity.unit.is_none() && b.quantity.unit.is_none();
        if !(same_word || both_bare || !ca.is_disjoint(&cb)) {
            return false;
        }
    }
    // A date is a fact about an event: both sentences must name the same kind of event
    // (founded, released, hired), not merely the same company.
    if a.quantity.kind == Kind::Date {
        let events = |c: &Claim| -> HashSet<String> { primary_concepts(c).into_iter().collect() };
        if events(a).is_disjoint(&events(b)) {
            return false;
        }
    }
    true
}

/// A name for comparison: lowercase, single spaces, a final genitive `s` kept (containment
/// in [`same_who`] covers `Metas` ~ `Meta`).
fn normal_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Each source's main subject: the name most of its claims mention.
fn main_subjects<'a>(claims: &[&'a Claim]) -> HashMap<&'a str, String> {
    let mut counts: BTreeMap<(&str, String), usize> = BTreeMap::new();
    for c in claims {
        let names: HashSet<String> = c.entities.iter().chain(&c.nearby).map(|e| normal_name(e)).collect();
        for n in names {
            *counts.entry((c.source.as_str(), n)).or_insert(0) += 1;
        }
    }
    let mut best: HashMap<&str, (usize, String)> = HashMap::new();
    for ((source, name), n) in counts {
        let e = best.entry(source).or_insert((0, String::new()));
        if n > e.0 {
            *e = (n, name);
        }
    }
    best.into_iter().filter(|(_, (n, _))| *n >= 2).map(|(s, (_, name))| (s, name)).collect()
}

/// Two names written differently for one bearer: `Alexandr Wang` / `Alexander Wang`,
/// `Meta Superintelligence Lab` / `Labs`. Word by word: the same number of words, each equal,
/// a plural `s` apart, or (five letters or more) one edit apart — so `Wang` is not `Wong`
/// and `Meta` not `Metz`.
pub fn similar_names(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    wa.len() == wb.len()
        && wa.iter().zip(&wb).all(|(x, y)| {
            x == y
                || x.strip_suffix('s') == Some(y)
                || y.strip_suffix('s') == Some(x)
                || (x.chars().count() >= 5 && y.chars().count() >= 5 && strsim::levenshtein(x, y) <= 1)
        })
}

/// Whether two sets of names share one: alike (see [`similar_names`]), or one contained in
/// the other as whole words (`scale ai` in `scale ais alexandr wang`, `meta` in `metas`).
fn same_who(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let contains = |long: &str, short: &str| {
        long.match_indices(short).any(|(i, _)| {
            let before = long[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
            let after = long[i + short.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() || c == 's');
            before && after
        })
    };
    a.iter().any(|x| b.iter().any(|y| similar_names(x, y) || contains(x, y) || contains(y, x)))
}

/// Whether two claims say what they measure the same way (see the module docs).
fn same_what(a: &Claim, b: &Claim) -> bool {
    let concepts = |c: &Claim| -> HashSet<String> {
        primary_concepts(c).into_iter().chain(c.nearby_keywords.iter().cloned()).collect()
    };
    if !concepts(a).is_disjoint(&concepts(b)) {
        return true;
    }
    let counted = |c: &Claim| matches!(c.quantity.kind, Kind::Count | Kind::Ratio) && c.quantity.unit.is_some();
    if counted(a) && counted(b) {
        // `compatible` has checked that they count the same thing.
        return true;
    }
    // A bare number has no unit or noun to say what it is: only a concept can.
    if a.quantity.kind == Kind::Number || b.quantity.kind == Kind::Number {
        return false;
    }
    let nearest = |c: &Claim| -> HashSet<String> {
        c.keywords
            .iter()
            .filter(|k| !lexicon::ENTRIES.iter().any(|e| e.concept == k.as_str()))
            .take(3)
            .cloned()
            .collect()
    };
    !nearest(a).is_disjoint(&nearest(b))
}

/// A candidate merge of two groups, ordered by score (ties by index, for determinism).
#[derive(Debug, Clone, Copy)]
struct Merge {
    score: f64,
    a: usize,
    b: usize,
    va: usize,
    vb: usize,
}

impl PartialEq for Merge {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for Merge {}
impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Merge {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.score.total_cmp(&other.score).then(other.a.cmp(&self.a)).then(other.b.cmp(&self.b))
    }
}

/// What a claim gives as evidence that it states the same fact as another.
struct Evidence {
    /// Concepts its sentence states directly.
    primary: HashSet<String>,
    /// What those are kinds of (`capex` → `investment`).
    broader: HashSet<String>,
    /// Whole names in its own sentence that at most half of the sources mention (a first
    /// name is no evidence: `Mark` Zuckerberg is not `Mark` Chen).
    names: HashSet<String>,
}

impl Evidence {
    fn shared(&self, other: &Evidence) -> bool {
        same_who(&self.names, &other.names)
            || !self.primary.is_disjoint(&other.primary)
            || !self.primary.is_disjoint(&other.broader)
            || !self.broader.is_disjoint(&other.primary)
    }
}

/// The concepts of a counted noun, in either language; a two-word unit (`graphics
/// processors`) is looked up as a phrase too.
fn unit_concepts(unit: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let words: Vec<&str> = unit.split(' ').collect();
    if let [.., first, second] = words.as_slice() {
        out.extend(lexicon::phrase_concepts(first, second, crate::Lang::En));
        out.extend(lexicon::phrase_concepts(first, second, crate::Lang::De));
    }
    let last = words.last().copied().unwrap_or(unit);
    out.extend(lexicon::concepts(last, crate::Lang::De));
    out.extend(lexicon::concepts(last, crate::Lang::En));
    out
}

/// The lexicon concepts a claim's sentence states directly (not only as a broader sense).
fn primary_concepts(c: &Claim) -> Vec<String> {
    let entries: Vec<&lexicon::Entry> =
        c.keywords.iter().filter_map(|k| lexicon::ENTRIES.iter().find(|e| e.concept == k)).collect();
    let broader: HashSet<&str> = entries.iter().flat_map(|e| e.broader.iter().copied()).collect();
    entries.iter().map(|e| e.concept).filter(|k| !broader.contains(k)).map(str::to_string).collect()
}

fn cosine(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>, na: f64, nb: f64) -> f64 {
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    dot / (na * nb)
}

/// Prints the best similarities of every claim (set CLAIMCHECK_DEBUG_ALIGN), for tuning.
#[allow(clippy::print_stderr)]
fn debug_pairs(free: &[&Claim], vectors: &[BTreeMap<String, f64>], norms: &[f64], dims: &[String]) {
    for i in 0..free.len() {
        let mut best: Vec<(f64, usize)> = (0..free.len())
            .filter(|&j| j != i && dims[i] == dims[j] && free[i].source != free[j].source)
            .map(|j| (cosine(&vectors[i], &vectors[j], norms[i], norms[j]), j))
            .collect();
        best.sort_by(|a, b| b.0.total_cmp(&a.0));
        let top: Vec<String> = best
            .iter()
            .take(3)
            .map(|(s, j)| {
                format!("{s:.2} {}:{}", &free[*j].source[..3.min(free[*j].source.len())], free[*j].quantity.text)
            })
            .collect();
        eprintln!("{}:{} → {}", &free[i].source[..3.min(free[i].source.len())], free[i].quantity.text, top.join(" | "));
    }
}

fn fact_id(seed: &str) -> String {
    let d = Sha256::digest(seed.as_bytes());
    format!("f{}", d.iter().take(5).map(|b| format!("{b:02x}")).collect::<String>())
}

/// Groups claims into facts. The result is deterministic: groups ordered by their first
/// claim (source, then position), claims within a group likewise.
pub fn align(claims: &[Claim]) -> Vec<Group> {
    let usable: Vec<&Claim> = claims.iter().filter(|c| c.status != Status::Rejected && !c.stale).collect();
    let mut groups: Vec<Group> = Vec::new();

    // Pinned facts first.
    let mut pinned: BTreeMap<&str, Vec<Claim>> = BTreeMap::new();
    for c in usable.iter().filter(|c| c.fact.is_some()) {
        pinned.entry(c.fact.as_deref().unwrap_or_default()).or_default().push((*c).clone());
    }
    for (key, claims) in pinned {
        groups.push(Group { id: fact_id(&format!("pinned:{key}")), pinned: Some(key.to_string()), claims });
    }

    let free: Vec<&Claim> = usable.into_iter().filter(|c| c.fact.is_none()).collect();
    let subjects = main_subjects(&free);
    let who: Vec<HashSet<String>> = free
        .iter()
        .map(|c| {
            let mut s: HashSet<String> = c.entities.iter().chain(&c.nearby).map(|e| normal_name(e)).collect();
            s.extend(subjects.get(c.source.as_str()).cloned());
            s
        })
        .collect();
    let known: HashSet<String> =
        free.iter().flat_map(|c| c.entities.iter().chain(&c.nearby)).map(|e| e.to_lowercase()).collect();
    let mut raw: Vec<BTreeMap<String, f64>> = free.iter().map(|c| terms(c, &known)).collect();
    // A term only one source uses cannot show that two sources state the same fact (one
    // source never gives two claims of a fact); it would only dilute the similarity.
    let mut term_sources: HashMap<String, HashSet<&str>> = HashMap::new();
    for (c, t) in free.iter().zip(&raw) {
        for k in t.keys() {
            term_sources.entry(k.clone()).or_default().insert(c.source.as_str());
        }
    }
    for t in &mut raw {
        t.retain(|k, _| term_sources[k].len() > 1);
    }
    let mut df: HashMap<&str, usize> = HashMap::new();
    for t in &raw {
        for k in t.keys() {
            *df.entry(k.as_str()).or_insert(0) += 1;
        }
    }
    let n = free.len() as f64;
    // Sharp IDF: a name in every article (`Meta`) must weigh far less than one in two.
    let idf = |k: &str| ((n + 1.0) / (*df.get(k).unwrap_or(&0) as f64 + 0.5)).ln().max(0.1);
    let vectors: Vec<BTreeMap<String, f64>> =
        raw.iter().map(|t| t.iter().map(|(k, w)| (k.clone(), w * idf(k))).collect()).collect();
    let norms: Vec<f64> = vectors.iter().map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt()).collect();
    let dims: Vec<String> = free.iter().map(|c| dimension(c)).collect();
    // Evidence beyond overall similarity: a concept the claims' own sentences state (whatever
    // its distance from the figure; `capex` counts as the `investment` it is a kind of), or a
    // whole name both sentences mention that at most half of the sources mention (not the
    // company every article is about). Neighbouring sentences add similarity, never evidence.
    let source_count = free.iter().map(|c| c.source.as_str()).collect::<HashSet<_>>().len();
    let mut name_sources: HashMap<String, HashSet<&str>> = HashMap::new();
    for c in &free {
        for e in c.entities.iter().chain(&c.nearby) {
            name_sources.entry(normal_name(e)).or_default().insert(c.source.as_str());
        }
    }
    let evidence: Vec<Evidence> = free
        .iter()
        .zip(&raw)
        .map(|(c, t)| {
            let primary: HashSet<String> = primary_concepts(c).into_iter().collect();
            let broader: HashSet<String> = primary
                .iter()
                .filter_map(|k| lexicon::ENTRIES.iter().find(|e| e.concept == k))
                .flat_map(|e| e.broader.iter().map(|b| b.to_string()))
                .collect();
            let names = c
                .entities
                .iter()
                .map(|e| normal_name(e))
                .filter(|n| name_sources.get(n).is_some_and(|s| s.len() * 2 <= source_count))
                .collect();
            let _ = t;
            Evidence { primary, broader, names }
        })
        .collect();

    // Candidate pairs through an inverted index of shared terms within a block.
    let mut index: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, t) in raw.iter().enumerate() {
        for k in t.keys() {
            index.entry((dims[i].as_str(), k.as_str())).or_default().push(i);
        }
    }
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut keys: Vec<&(&str, &str)> = index.keys().collect();
    keys.sort();
    for key in keys {
        let list = &index[key];
        // A term in very many claims of a block identifies nothing; pairs that share only
        // such terms are not the same fact, and enumerating them would be quadratic.
        if list.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                // Cheap checks first, the name comparison last.
                if seen.insert((i, j))
                    && compatible(free[i], free[j])
                    && evidence[i].shared(&evidence[j])
                    && cosine(&vectors[i], &vectors[j], norms[i], norms[j]) >= THRESHOLD
                    && same_what(free[i], free[j])
                    && same_who(&who[i], &who[j])
                {
                    pairs.push((cosine(&vectors[i], &vectors[j], norms[i], norms[j]), i, j));
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    if std::env::var_os("CLAIMCHECK_DEBUG_ALIGN").is_some() {
        debug_pairs(&free, &vectors, &norms, &dims);
        #[allow(clippy::print_stderr)]
        for (i, c) in free.iter().enumerate() {
            let mut v: Vec<(&String, &f64)> = vectors[i].iter().collect();
            v.sort_by(|a, b| b.1.total_cmp(a.1));
            eprintln!(
                "VEC {}:{} {:?} SPEC {:?}",
                &c.source[..3],
                c.quantity.text,
                v.iter().take(12).map(|(k, w)| format!("{k}={w:.2}")).collect::<Vec<_>>(),
                (&evidence[i].primary, &evidence[i].broader, &evidence[i].names)
            );
        }
    }

    // Average-linkage agglomeration over the candidate graph: always merge the two groups
    // whose claims are most alike on average, re-evaluating after each merge, so a claim that
    // is close to one member only (Pang's pay, linked by `pay` to one article about the Scale
    // AI deal) meets the whole group before it can join.
    let mut member: Vec<usize> = (0..free.len()).collect();
    let mut clusters: Vec<Vec<usize>> = (0..free.len()).map(|i| vec![i]).collect();
    let mut version: Vec<usize> = vec![0; free.len()];
    let mut neighbours: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); free.len()];
    let mut heap: BinaryHeap<Merge> = BinaryHeap::new();
    for &(s, i, j) in &pairs {
        neighbours[i].insert(j);
        neighbours[j].insert(i);
        heap.push(Merge { score: s, a: i, b: j, va: 0, vb: 0 });
    }
    let linkage = |clusters: &[Vec<usize>], a: usize, b: usize| -> Option<f64> {
        let (ca, cb) = (&clusters[a], &clusters[b]);
        if !ca.iter().all(|&x| cb.iter().all(|&y| compatible(free[x], free[y]))) {
            return None;
        }
        let (mut total, mut alike_a, mut alike_b) = (0.0, vec![0usize; ca.len()], vec![0usize; cb.len()]);
        for (xi, &x) in ca.iter().enumerate() {
            for (yi, &y) in cb.iter().enumerate() {
                let s = cosine(&vectors[x], &vectors[y], norms[x], norms[y]);
                total += s;
                if s >= GROUP_THRESHOLD && evidence[x].shared(&evidence[y]) {
                    alike_a[xi] += 1;
                    alike_b[yi] += 1;
                }
            }
        }
        // No chaining: each claim of the joining (smaller) group must be alike, with
        // evidence, with at least half of the group it joins.
        let (na, nb) = (ca.len(), cb.len());
        let each = match na.cmp(&nb) {
            std::cmp::Ordering::Less => alike_a.iter().all(|&k| k * 2 >= nb),
            std::cmp::Ordering::Greater => alike_b.iter().all(|&k| k * 2 >= na),
            std::cmp::Ordering::Equal => alike_a.iter().all(|&k| k * 2 >= nb) && alike_b.iter().all(|&k| k * 2 >= na),
        };
        let average = total / (na * nb) as f64;
        (each && average >= GROUP_THRESHOLD).then_some(average)
    };
    while let Some(m) = heap.pop() {
        let (a, b) = (m.a, m.b);
        if clusters[a].is_empty() || clusters[b].is_empty() || version[a] != m.va || version[b] != m.vb {
            continue;
        }
        // Singletons were scored by their pair; groups by their linkage.
        let score = if clusters[a].len() + clusters[b].len() == 2 { Some(m.score) } else { linkage(&clusters, a, b) };
        match score {
            Some(s) if (s - m.score).abs() < 1e-12 || clusters[a].len() + clusters[b].len() == 2 => {}
            Some(s) => {
                // Stale score: re-queue with the current one.
                heap.push(Merge { score: s, ..m });
                continue;
            }
            None => continue,
        }
        if clusters[a].len() + clusters[b].len() == 2 && linkage(&clusters, a, b).is_none() {
            continue;
        }
        let moved = std::mem::take(&mut clusters[b]);
        for &x in &moved {
            member[x] = a;
        }
        clusters[a].extend(moved);
        version[a] += 1;
        version[b] += 1;
        let around: BTreeSet<usize> = neighbours[a].iter().chain(&neighbours[b]).map(|&n| member[n]).collect();
        let moved_neighbours = std::mem::take(&mut neighbours[b]);
        neighbours[a].extend(moved_neighbours);
        for c in around.into_iter().filter(|&c| c != a && !clusters[c].is_empty()) {
            if let Some(s) = linkage(&clusters, a, c) {
                heap.push(Merge { score: s, a, b: c, va: version[a], vb: version[c] });
            }
        }
    }
    for cluster in clusters.into_iter().filter(|c| !c.is_empty()) {
        let mut claims: Vec<Claim> = cluster.iter().map(|&i| free[i].clone()).collect();
        claims.sort_by(|a, b| (&a.source, a.quantity.start).cmp(&(&b.source, b.quantity.start)));
        let seed = claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(",");
        groups.push(Group { id: fact_id(&seed), pinned: None, claims });
    }
    groups.sort_by(|a, b| {
        let key = |g: &Group| (g.claims[0].source.clone(), g.claims[0].quantity.start);
        key(a).cmp(&key(b))
    });
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

    fn group_of<'a>(groups: &'a [Group], text: &str) -> &'a Group {
        groups.iter().find(|g| g.claims.iter().any(|c| c.quantity.text == text)).unwrap()
    }

    #[test]
    fn same_fact_across_languages_and_values_do_not_matter() {
        let claims = dossier(&[
            ("de", "Meta tätigte eine Investition von 14,3 Milliarden US-Dollar in Scale AI und sicherte sich einen Anteil von 49 Prozent."),
            ("en", "Meta made a $15 billion investment in Scale AI, taking a 49% stake."),
        ]);
        let groups = align(&claims);
        let money = group_of(&groups, "14,3 Milliarden US-Dollar");
        assert_eq!(money.claims.len(), 2, "{groups:#?}");
        assert_eq!(group_of(&groups, "49 Prozent").claims.len(), 2);
    }

    #[test]
    fn two_figures_of_one_sentence_are_different_facts() {
        let claims = dossier(&[(
            "a",
            "Meta erwartet Kapitalausgaben von 70 Milliarden Dollar, Analysten erwarteten 51 Milliarden Dollar.",
        )]);
        assert_eq!(align(&claims).len(), 2);
    }

    #[test]
    fn different_periods_are_different_facts() {
        let claims = dossier(&[
            ("a", "Meta plant Kapitalausgaben von 70 Milliarden Dollar im Jahr 2025."),
            ("b", "Meta plant Kapitalausgaben von 100 Milliarden Dollar im Jahr 2026."),
        ]);
        let groups = align(&claims);
        assert_ne!(group_of(&groups, "70 Milliarden Dollar").id, group_of(&groups, "100 Milliarden Dollar").id);
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
    fn currencies_are_separate_blocks() {
        let claims = dossier(&[
            ("a", "Meta investierte 14 Milliarden Dollar in Scale AI."),
            ("b", "Meta investierte 13 Milliarden Euro in Scale AI."),
        ]);
        assert_eq!(align(&claims).iter().filter(|g| g.claims.len() == 1).count(), 2);
    }
}
