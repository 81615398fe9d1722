//! Average-linkage agglomeration over the candidate graph: always merge the two groups whose
//! claims link best on average, re-scoring after each merge, so a claim close to one member
//! only meets the whole group before it can join.

use std::collections::{BTreeSet, BinaryHeap};

use foldhash::HashMap;

use super::params::Params;

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

/// Clusters `n` items, given the scored candidate pairs, a link function for any pair
/// (`None`: no link), and for a pair both whether it is vetoed (the two may never be in one
/// group: one figure per source) and whether the two claims' values contradict each other
/// (`relate`, one call, since both rest on how the values relate). A contradiction without a link counts
/// against a merge: a claim may join a group holding one only when it links with a strict
/// majority of the group, or with a claim that states the contradicted figure in like words
/// (`voice`: one statement in two reports). A conflict must be stated by the sources, not
/// made by chaining. Returns the clusters, each in index order, with the index each was
/// gathered at (a claim's own index when it joined no other), in the order of those.
///
/// Groups are re-scored after every merge, so the same pairs of claims are judged again and
/// again: every answer of the functions is remembered, per pair as asked.
pub(super) fn agglomerate(
    n: usize,
    pairs: &[(f64, usize, usize)],
    link: &dyn Fn(usize, usize) -> Option<f64>,
    relate: &dyn Fn(usize, usize) -> (bool, bool),
    voice: &dyn Fn(usize, usize) -> bool,
    p: &Params,
) -> Vec<(usize, Vec<usize>)> {
    let key = |x: usize, y: usize| ((x as u64) << 32) | y as u64;
    // What is known of a pair as asked (a claim of one group, then one of the other): one
    // look-up for both answers. A link is asked for in index order, as it was scored.
    #[derive(Default, Clone)]
    struct Known {
        relate: Option<(bool, bool)>,
        link: Option<Option<f64>>,
    }
    // By the first claim asked, its partners in order: a group's pairs are asked claim by
    // claim, so one claim's answers lie together in memory, where one table of all pairs
    // made each look-up a cache miss (a few million per dossier of thousands of articles).
    let mut known: Vec<Vec<(usize, Known)>> = vec![Vec::new(); n];
    for &(s, i, j) in pairs {
        for (x, y) in [(i, j), (j, i)] {
            known[x].push((y, Known { relate: None, link: Some(Some(s)) }));
        }
    }
    for row in &mut known {
        // A pair is scored once (see `candidate_links`); the last answer stands if not.
        row.sort_by_key(|&(y, _)| y);
        row.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                earlier.1 = later.1.clone();
            }
            same
        });
    }
    let mut voices: HashMap<u64, bool> = HashMap::default();
    let mut heard = |z: usize, y: usize| *voices.entry(key(z, y)).or_insert_with(|| voice(z, y));
    let mut member: Vec<usize> = (0..n).collect();
    let mut clusters: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut version: Vec<usize> = vec![0; n];
    let mut neighbours: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut heap: BinaryHeap<Merge> = BinaryHeap::new();
    for &(s, i, j) in pairs {
        neighbours[i].insert(j);
        neighbours[j].insert(i);
        heap.push(Merge { score: s, a: i, b: j, va: 0, vb: 0 });
    }
    // The average score of the links between two groups, or `None` when they may not
    // merge: a claim of the smaller group that links with less than [`Params::group_share`]
    // of the other (vetoed pairs do not link).
    // The tables of one `linkage`, kept between calls: it runs after every merge, for every
    // neighbour of the merged group.
    let (mut linked_a, mut linked_b, mut against_a, mut against_b) =
        (Vec::<usize>::new(), Vec::<usize>::new(), Vec::<bool>::new(), Vec::<bool>::new());
    let (mut linked, mut differs) = (Vec::<bool>::new(), Vec::<bool>::new());
    fn reset<T: Clone + Default>(v: &mut Vec<T>, n: usize) {
        v.clear();
        v.resize(n, T::default());
    }
    let mut linkage = |clusters: &[Vec<usize>], a: usize, b: usize| -> Option<f64> {
        let (ca, cb) = (&clusters[a], &clusters[b]);
        let (mut total, mut links) = (0.0, 0usize);
        reset(&mut linked_a, ca.len());
        reset(&mut linked_b, cb.len());
        reset(&mut against_a, ca.len());
        reset(&mut against_b, cb.len());
        // Row-major: `linked[xi * cb.len() + yi]`.
        let w = cb.len();
        reset(&mut linked, ca.len() * w);
        reset(&mut differs, ca.len() * w);
        for (xi, &x) in ca.iter().enumerate() {
            for (yi, &y) in cb.iter().enumerate() {
                let row = &mut known[x];
                let at = row.binary_search_by_key(&y, |&(z, _)| z).unwrap_or_else(|at| {
                    row.insert(at, (y, Known::default()));
                    at
                });
                let k = &mut row[at].1;
                let (vetoed, differ) = *k.relate.get_or_insert_with(|| relate(x, y));
                if vetoed {
                    return None;
                }
                differs[xi * w + yi] = differ;
                if let Some(s) = *k.link.get_or_insert_with(|| link(x.min(y), x.max(y))) {
                    total += s;
                    links += 1;
                    linked_a[xi] += 1;
                    linked_b[yi] += 1;
                    linked[xi * w + yi] = true;
                }
            }
        }
        let (na, nb) = (ca.len(), cb.len());
        let average = total / links.max(1) as f64;
        if average < p.group_score {
            return None;
        }
        // Which side must link with its share of the other: the smaller group, or both.
        let (check_a, check_b) = (na <= nb, na >= nb);
        let enough = |k: usize, of: usize| k > 0 && k as f64 >= p.group_share * of as f64;
        if check_a && !linked_a.iter().all(|&k| enough(k, nb)) || check_b && !linked_b.iter().all(|&k| enough(k, na)) {
            return None;
        }
        // A contradiction counts against a claim unless it links with another voice of the
        // same statement: the contradicted claim's own restatement (see `voice`). It matters
        // only to a claim of a side checked that links with no strict majority of the other;
        // once against, a claim stays against.
        let need_a: Vec<bool> = linked_a.iter().map(|&k| check_a && 2 * k <= nb).collect();
        let need_b: Vec<bool> = linked_b.iter().map(|&k| check_b && 2 * k <= na).collect();
        for (xi, &x) in ca.iter().enumerate() {
            for (yi, &y) in cb.iter().enumerate() {
                let open_a = need_a[xi] && !against_a[xi];
                let open_b = need_b[yi] && !against_b[yi];
                if !(open_a || open_b) || linked[xi * w + yi] || !differs[xi * w + yi] {
                    continue;
                }
                if open_a && !cb.iter().enumerate().any(|(zi, &z)| linked[xi * w + zi] && heard(z, y)) {
                    against_a[xi] = true;
                }
                if open_b && !ca.iter().enumerate().any(|(zi, &z)| linked[zi * w + yi] && heard(z, x)) {
                    against_b[yi] = true;
                }
            }
        }
        let each = !against_a.iter().zip(&need_a).any(|(&against, &need)| against && need)
            && !against_b.iter().zip(&need_b).any(|(&against, &need)| against && need);
        each.then_some(average)
    };
    while let Some(m) = heap.pop() {
        let (a, b) = (m.a, m.b);
        if clusters[a].is_empty() || clusters[b].is_empty() || version[a] != m.va || version[b] != m.vb {
            continue;
        }
        match linkage(&clusters, a, b) {
            Some(s) if (s - m.score).abs() < 1e-12 => {}
            Some(s) if s < m.score => {
                // Stale score: re-queue with the current one.
                heap.push(Merge { score: s, ..m });
                continue;
            }
            Some(_) => {}
            None => continue,
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
    clusters
        .into_iter()
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .map(|(at, mut c)| {
            c.sort_unstable();
            (at, c)
        })
        .collect()
}
