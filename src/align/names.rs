//! Names for comparison: the same bearer written differently, and whether two sets of
//! names share one.

use std::collections::HashSet;

/// A name's comparison form: lowercase words, a genitive `s` dropped when the bare form is a
/// name too (`Metas` → `meta`, `Scale AIs` → `scale ai`).
pub(super) fn name_tokens(name: &str, known: &HashSet<String>) -> Vec<String> {
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

/// Whether a name of a claim's sentence can be whose the figure is: not a weekday or a
/// nationality adjective (`Friday`, `Italian`: [`crate::lang::Rules::not_names`]), and not
/// a measure's own word the lexicon knows (`GDP`).
pub(crate) fn can_hold(name: &str, lang: crate::Lang) -> bool {
    !lang.rules().not_names.contains(name.to_lowercase().as_str())
        && crate::claim::lexicon::concepts(name, lang).is_empty()
}

/// A name for comparison: lowercase, single spaces, a final genitive `s` kept (containment
/// in [`same_who`] covers `Metas` ~ `Meta`).
pub(crate) fn normal_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Two names written differently for one bearer: `Alexandr Wang` / `Alexander Wang`,
/// `Meta Superintelligence Lab` / `Labs`. Word by word: the same number of words, each equal,
/// a plural `s` apart, or (five letters or more) one edit apart — so `Wang` is not `Wong`
/// and `Meta` not `Metz`.
pub fn similar_names(a: &str, b: &str) -> bool {
    // Asked of every pair of names of every candidate pair of claims: word by word, without
    // collecting the words.
    let (mut wa, mut wb) = (a.split(' '), b.split(' '));
    loop {
        match (wa.next(), wb.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if alike_words(x, y) => {}
            _ => return false,
        }
    }
}

/// Two words of one name: equal, a plural `s` apart, or (five letters or more) one edit apart.
fn alike_words(x: &str, y: &str) -> bool {
    x == y
        || x.strip_suffix('s') == Some(y)
        || y.strip_suffix('s') == Some(x)
        || (x.chars().count() >= 5 && y.chars().count() >= 5 && one_edit_apart(x, y))
}

/// Whether two words are at most one edit (insertion, deletion, substitution of a
/// character) apart: Levenshtein distance ≤ 1, without the distance matrix.
fn one_edit_apart(x: &str, y: &str) -> bool {
    let (cx, cy) = (x.chars().count(), y.chars().count());
    let (long, short) = match cx.abs_diff(cy) {
        0 => return x.chars().zip(y.chars()).filter(|(p, q)| p != q).nth(1).is_none(),
        1 if cx > cy => (x, y),
        1 => (y, x),
        _ => return false,
    };
    // One character of the longer word left out at the first mismatch: the rest is equal.
    let (mut l, mut s) = (long.chars(), short.chars());
    loop {
        match (l.next(), s.clone().next()) {
            (Some(p), Some(q)) if p == q => {
                s.next();
            }
            (Some(_), _) => return l.eq(s),
            (None, _) => return true,
        }
    }
}

/// Whether two sets of names may name one bearer: either names no one (a sentence that
/// names no one takes any holder), or they share a name ([`same_who`]).
pub(super) fn not_named_apart(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    a.is_empty() || b.is_empty() || same_who(a, b)
}

/// Whether two sets of names share one: alike (see [`similar_names`]), or one contained in
/// the other as whole words (`scale ai` in `scale ais alexandr wang`, `meta` in `metas`).
pub(super) fn same_who(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    // Asked of most candidate pairs: the same name written alike in both answers at once.
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.iter().any(|x| large.contains(x)) {
        return true;
    }
    let contains = |long: &str, short: &str| {
        long.len() >= short.len()
            && long.match_indices(short).any(|(i, _)| {
                let before = long[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
                let after = long[i + short.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() || c == 's');
                before && after
            })
    };
    a.iter().any(|x| b.iter().any(|y| similar_names(x, y) || contains(x, y) || contains(y, x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_apart_is_levenshtein_at_most_one() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "wang",
            "wong",
            "alexandr",
            "alexander",
            "alexandra",
            "meta",
            "metas",
            "metz",
            "müller",
            "muller",
            "mueller",
            "zürich",
            "zurich",
            "straße",
            "strasse",
            "labs",
            "lab",
            "ñandú",
            "nandu",
        ];
        for x in words {
            for y in words {
                assert_eq!(one_edit_apart(x, y), strsim::levenshtein(x, y) <= 1, "{x} / {y}");
            }
        }
    }

    #[test]
    fn names_alike_word_by_word() {
        assert!(similar_names("alexandr wang", "alexander wang"));
        assert!(similar_names("meta superintelligence lab", "meta superintelligence labs"));
        assert!(!similar_names("wang", "wong"));
        assert!(!similar_names("meta", "metz"));
        assert!(!similar_names("scale ai", "scale"));
        let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<HashSet<String>>();
        assert!(same_who(&set(&["scale ais alexandr wang"]), &set(&["scale ai"])));
        assert!(same_who(&set(&["metas"]), &set(&["x", "meta"])));
        assert!(!same_who(&set(&["bangkok"]), &set(&["myanmar", "thailand"])));
    }
}
