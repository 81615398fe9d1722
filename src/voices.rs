//! Which sources are one voice: outlets that print the same wire copy share long verbatim
//! passages, and five outlets repeating one agency report are one witness, not five. A fact's
//! verdict says how many of its sources are independent (`4 sources agree (2 independent)`).
//!
//! Two sources are one voice when they share at least [`VoiceParams::shared_windows`] runs of
//! [`VoiceParams::window`] consecutive words (lowercased, punctuation ignored); voices are the
//! connected components of that relation. A run found in very many sources (an outlet's
//! boilerplate, a much-quoted sentence) says nothing about copying and is skipped, so the
//! work stays linear in the text and in the number of sources sharing each run.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

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

/// The words of a text, lowercased, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The distinct hashes of a text's runs of `window` words, sorted.
fn runs(text: &str, window: usize) -> Vec<u64> {
    let w = words(text);
    let mut out: Vec<u64> = w
        .windows(window.max(1))
        .map(|run| {
            // `DefaultHasher::new` has fixed keys: the same text hashes alike in every run.
            let mut h = DefaultHasher::new();
            run.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The voice of each source: a number shared by the sources that copy one another (the
/// smallest index of its component, in the order given). `texts` are `(source id, text)`.
pub fn voices(texts: &[(&str, &str)], p: &VoiceParams) -> HashMap<String, usize> {
    let mut holders: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, (_, text)) in texts.iter().enumerate() {
        for h in runs(text, p.window) {
            holders.entry(h).or_default().push(i);
        }
    }
    let common = p.common.max((texts.len() as f64).sqrt() as usize);
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for list in holders.values().filter(|l| l.len() >= 2 && l.len() <= common) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                *shared.entry((i, j)).or_insert(0) += 1;
            }
        }
    }
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (&(i, j), &n) in &shared {
        if n >= p.shared_windows {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a.max(b)] = a.min(b);
        }
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
}
