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
pub(super) fn same_who(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let contains = |long: &str, short: &str| {
        long.match_indices(short).any(|(i, _)| {
            let before = long[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
            let after = long[i + short.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() || c == 's');
            before && after
        })
    };
    a.iter().any(|x| b.iter().any(|y| similar_names(x, y) || contains(x, y) || contains(y, x)))
}
