//! Which sources are one voice: outlets that print the same wire copy share long verbatim
//! passages, and five outlets repeating one agency report are one witness, not five. A fact's
//! verdict says how many of its sources are independent (`4 sources agree (2 independent)`).
//!
//! Two sources are one voice when they share at least [`VoiceParams::shared_windows`] runs of
//! [`VoiceParams::window`] consecutive words (lowercased, punctuation ignored); voices are the
//! connected components of that relation. A run found in very many sources (an outlet's
//! boilerplate, a much-quoted sentence) says nothing about copying and is skipped, so the
//! work stays linear in the text and in the number of sources sharing each run.

use std::collections::HashMap;
use std::hash::BuildHasher;

use foldhash::quality::FixedState;
use rayon::prelude::*;

/// The thresholds of wire-copy detection.
#[derive(Debug, Clone)]
pub struct VoiceParams {
    /// Words in one run: ten consecutive words in the same order are rarely chance.
    pub window: usize,
    /// Runs two sources must share: twenty overlapping runs are a passage of about thirty
    /// words — a copied paragraph, more than a shared quote of one sentence.
    pub shared_windows: usize,
    /// A run in more sources than this (or than the square root of their number) is
    /// boilerplate, not copy.
    pub common: usize,
}

impl Default for VoiceParams {
    fn default() -> Self {
        VoiceParams { window: 10, shared_windows: 20, common: 10 }
    }
}

/// Fixed seeds: the same text hashes alike in every run.
const WORDS: FixedState = FixedState::with_seed(0x766f_6963_6573);
const RUNS: FixedState = FixedState::with_seed(0x7275_6e73);

/// A hash of each word of a text, lowercased, letters and digits only. ASCII words are
/// lowercased byte by byte; others as a whole (`to_lowercase` reads a Greek final sigma from
/// its place in the word).
fn word_hashes(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.is_ascii() {
                let mut buf = [0u8; 64];
                if w.len() <= buf.len() {
                    buf[..w.len()].copy_from_slice(w.as_bytes());
                    buf[..w.len()].make_ascii_lowercase();
                    return WORDS.hash_one(&buf[..w.len()]);
                }
            }
            WORDS.hash_one(w.to_lowercase().as_bytes())
        })
        .collect()
}

/// The distinct hashes of a text's runs of `window` words, sorted.
fn runs(text: &str, window: usize) -> Vec<u64> {
    let words = word_hashes(text);
    let mut out: Vec<u64> = words.windows(window.max(1)).map(|run| RUNS.hash_one(run)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The voice of each source: a number shared by the sources that copy one another (the
/// smallest index of its component, in the order given). `texts` are `(source id, text)`.
///
/// Runs are hashed per source on every core; the runs are then sorted, so each source can
/// count, again on every core, the runs it shares with each later source. A component's
/// number is its smallest index whatever the order of the unions, so the result does not
/// depend on the number of threads.
pub fn voices(texts: &[(&str, &str)], p: &VoiceParams) -> HashMap<String, usize> {
    let n = texts.len();
    let per_source: Vec<Vec<u64>> = texts.par_iter().map(|(_, text)| runs(text, p.window)).collect();
    // Every (run, source), sorted: the sources holding one run are one slice, in index order.
    let mut held: Vec<(u64, u32)> =
        per_source.iter().enumerate().flat_map(|(i, r)| r.iter().map(move |&h| (h, i as u32))).collect();
    drop(per_source);
    held.par_sort_unstable();
    let common = p.common.max((n as f64).sqrt() as usize);
    // The runs held by 2 to `common` sources. A copied passage gives many runs held by the
    // same sources: each set of holders is kept once, with the number of runs it holds
    // (`weight`), so counting costs one step per set and source, not per run.
    let sources: Vec<u32> = held.iter().map(|&(_, i)| i).collect();
    let mut shared_runs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < held.len() {
        let end = start + held[start..].partition_point(|&(h, _)| h == held[start].0);
        if (2..=common).contains(&(end - start)) {
            shared_runs.push((start, end));
        }
        start = end;
    }
    drop(held);
    let mut sets: foldhash::HashMap<&[u32], usize> = Default::default();
    let (mut holders, mut weight): (Vec<&[u32]>, Vec<usize>) = (Vec::new(), Vec::new());
    // Each source's sets of holders.
    let mut of_source: Vec<Vec<u32>> = vec![Vec::new(); n];
    for &(a, b) in &shared_runs {
        let set = &sources[a..b];
        let next = holders.len();
        let k = *sets.entry(set).or_insert(next);
        if k == next {
            holders.push(set);
            weight.push(0);
            for &i in set {
                of_source[i as usize].push(k as u32);
            }
        }
        weight[k] += 1;
    }
    // Per source, the later sources it shares enough runs with.
    let copies: Vec<(usize, usize)> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0usize; n], Vec::new()),
            |(count, touched), i| {
                for &k in &of_source[i] {
                    let w = weight[k as usize];
                    for &j in holders[k as usize] {
                        let j = j as usize;
                        if j > i {
                            if count[j] == 0 {
                                touched.push(j);
                            }
                            count[j] += w;
                        }
                    }
                }
                let mut out = Vec::new();
                for &j in touched.iter() {
                    if count[j] >= p.shared_windows {
                        out.push((i, j));
                    }
                    count[j] = 0;
                }
                touched.clear();
                out
            },
        )
        .flatten()
        .collect();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (i, j) in copies {
        let (a, b) = (root(&mut parent, i), root(&mut parent, j));
        parent[a.max(b)] = a.min(b);
    }
    texts.iter().enumerate().map(|(i, (id, _))| (id.to_string(), root(&mut parent, i))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "Das Erdbeben der Stärke 7,7 hat am Freitag weite Teile von Myanmar erschüttert. \
        Nach Angaben der Militärjunta kamen mindestens 144 Menschen ums Leben, mehr als 730 wurden verletzt. \
        Auch im benachbarten Thailand war das Beben zu spüren, in Bangkok stürzte ein Hochhaus ein.";

    #[test]
    fn outlets_printing_one_wire_report_are_one_voice() {
        let copy = format!("Myanmar: {WIRE} Die Rettungsarbeiten dauern an.");
        let own = "In Myanmar sind nach dem schweren Beben vom Freitag mindestens 144 Menschen gestorben, \
                   berichtet unsere Korrespondentin aus Mandalay. Viele Häuser sind eingestürzt.";
        let v = voices(&[("a", WIRE), ("b", &copy), ("c", own)], &VoiceParams::default());
        assert_eq!(v["a"], v["b"], "wire copy");
        assert_ne!(v["a"], v["c"], "an own report with the same figures is another voice");
    }

    #[test]
    fn a_shared_quote_of_one_sentence_is_not_copy() {
        let quote = "\"Wir werden alles tun, um die Menschen in den betroffenen Gebieten zu versorgen\", sagte er.";
        let a = format!("Die Regierung rief den Notstand aus. {quote} Hilfe ist unterwegs.");
        let b = format!("Aus Europa kommen Helfer. {quote} Am Abend bebte die Erde erneut.");
        let v = voices(&[("a", &a), ("b", &b)], &VoiceParams::default());
        assert_ne!(v["a"], v["b"]);
    }

    #[test]
    fn voices_are_the_components_of_pairs_sharing_enough_runs() {
        // Chains of copies, boilerplate in many sources, case and punctuation: the result
        // must be what counting the shared runs of every pair of sources gives.
        let words: Vec<String> = (0..400).map(|k| format!("Wort{}", k * 7919 % 997)).collect();
        let passage = |from: usize, len: usize| words[from..from + len].join(" ");
        let boiler = "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung der Redaktion und des Verlags erlaubt.";
        let texts: Vec<String> = (0..24)
            .map(|i| {
                let own = passage(200 + (i * 7) % 150, 40);
                let copied = passage(20 * (i / 3), if i % 3 == 2 { 25 } else { 30 + i % 4 });
                let case = if i % 2 == 0 { copied.to_uppercase() } else { copied.replace(' ', ", ") };
                format!("{own}. {case}. {boiler} {boiler}")
            })
            .collect();
        let ids: Vec<String> = (0..texts.len()).map(|i| format!("s{i}")).collect();
        let pairs: Vec<(&str, &str)> = ids.iter().zip(&texts).map(|(i, t)| (i.as_str(), t.as_str())).collect();
        let p = VoiceParams { common: 4, ..VoiceParams::default() };
        let got = voices(&pairs, &p);
        // Pairwise, by the definition.
        let runs: Vec<Vec<u64>> = texts.iter().map(|t| runs(t, p.window)).collect();
        let holders = |h: u64| runs.iter().filter(|r| r.binary_search(&h).is_ok()).count();
        let mut parent: Vec<usize> = (0..texts.len()).collect();
        for i in 0..texts.len() {
            for j in i + 1..texts.len() {
                let shared =
                    runs[i].iter().filter(|h| runs[j].binary_search(h).is_ok() && holders(**h) <= p.common).count();
                if shared >= p.shared_windows {
                    let (a, b) = (parent[i], parent[j]);
                    for x in parent.iter_mut() {
                        if *x == a.max(b) {
                            *x = a.min(b);
                        }
                    }
                }
            }
        }
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(got[id], parent[i], "{id}");
        }
        assert!(parent.iter().enumerate().any(|(i, &r)| r != i), "some sources copy");
        assert!(parent.iter().enumerate().filter(|(i, &r)| *i == r).count() > 1, "not all one voice");
    }
}
