//! Comparing two figures' values: the interval each stands for, and whether they agree.
//! Alignment uses it as evidence (the same figure in two reports), verdicts to judge a fact.
//!
//! A figure stands for an interval, not a point:
//!
//! | stated                    | interval                                   |
//! |---------------------------|--------------------------------------------|
//! | exact (`14,3 Milliarden`) | value ± half the last stated digit: 14.25–14.35 bn |
//! | approx (`rund 70`)        | value ± 10 % (at least ± half a digit)     |
//! | over / at least (`über 70 Mrd.`) | from the value up                 |
//! | under / at most / up to (`bis zu 100 Mio.`) | from 0 to the value          |
//! | range (`70 bis 72 Mrd.`)  | low − half a digit … high + half a digit   |
//!
//! and every interval is widened by 0.1 % for rounding in conversion. Two figures agree
//! when their intervals overlap: "14 Milliarden" (13.5–14.5 bn) agrees with 14.3 bn, "über
//! 70 Milliarden" with 70–72 bn, "bis zu 100 Millionen" with 80 million. Ratios agree when
//! they state the same part of the same whole, or complementary parts ("3 of 14 remain",
//! "11 of 14 left") when one speaks of remaining and the other of leaving. Dates agree when
//! the periods they name overlap. Money in different currencies is never compared (alignment
//! keeps currencies apart).
//!
//! Nor are figures of different rates or of what the text left undecided ([`comparable`]):
//! `$58.24 per barrel` is no price per share, `$80,000 a year` no weekly wage, and `a 37m
//! hull` (millions or metres) meets only another figure undecided the same way.
//!

use crate::claim::Claim;
use crate::quantity::{Kind, Qualifier, Quantity};

const REMAIN: &str = "remain";
const LEAVE: &str = "leave";

/// How far a stated figure reaches (the table above), one documented struct: alignment and
/// verdicts use the same, and `claimcheck.toml`'s `[verdict]` table overrides it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerances {
    /// Share of the last stated digit an exact figure reaches either way: `14,3` with 0.5
    /// stands for 14.25–14.35. Less is stricter about rounding.
    pub digit: f64,
    /// Relative reach of a hedged figure (`rund 70`, `about 70`): 0.1 is ± 10 %.
    pub hedge: f64,
    /// Relative widening of every interval, for rounding in conversion (0.001 = 0.1 %).
    pub conversion: f64,
}

impl Default for Tolerances {
    fn default() -> Self {
        Tolerances { digit: 0.5, hedge: 0.1, conversion: 0.001 }
    }
}

/// The numeric interval a figure stands for, with the default [`Tolerances`].
pub fn interval(q: &Quantity) -> Option<(f64, f64)> {
    interval_with(q, &Tolerances::default())
}

/// The numeric interval a figure stands for.
pub fn interval_with(q: &Quantity, t: &Tolerances) -> Option<(f64, f64)> {
    let v = q.value.as_f64()?;
    let num = |x: &Option<crate::Value>| x.as_ref().and_then(crate::Value::as_f64);
    let tol = (q.precision.unwrap_or(0.0).abs() * t.digit).max(t.conversion * v.abs());
    let hedge = t.hedge;
    Some(match q.qualifier {
        Qualifier::Exact => (v - tol, v + tol),
        Qualifier::Approx => {
            let t = tol.max(hedge * v.abs());
            (v - t, v + t)
        }
        // A bound is stated as a bound: `über 70` does not reach below 70.
        Qualifier::Over | Qualifier::AtLeast => (num(&q.low).unwrap_or(v), f64::INFINITY),
        Qualifier::Under | Qualifier::AtMost | Qualifier::UpTo => {
            (if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY }, num(&q.high).unwrap_or(v))
        }
        Qualifier::Range => (num(&q.low).unwrap_or(v) - tol, num(&q.high).unwrap_or(v) + tol),
    })
}

fn date_interval(q: &Quantity) -> Option<(std::borrow::Cow<'_, str>, std::borrow::Cow<'_, str>)> {
    Some((q.low.as_ref()?.text(), q.high.as_ref()?.text()))
}

fn polarity(c: &Claim) -> Option<&'static str> {
    let has = |k: &str| c.keywords.iter().take(8).any(|x| x == k);
    match (has(REMAIN), has(LEAVE)) {
        (true, false) => Some(REMAIN),
        (false, true) => Some(LEAVE),
        (true, true) => {
            // Both words in the sentence: the nearer one (earlier in the keyword list) wins.
            let r = c.keywords.iter().position(|x| x == REMAIN);
            let l = c.keywords.iter().position(|x| x == LEAVE);
            if r < l {
                Some(REMAIN)
            } else {
                Some(LEAVE)
            }
        }
        _ => None,
    }
}

/// Which way a change went, `Some(true)` for up: the up or down word nearest the figure
/// ([`crate::lang::ChangeCues::up`]) among the four words before it and the two after it,
/// within its clause (`rose 2.3%`, `um 2,3 Prozent gesunken`, `3 Prozent höher`).
fn direction(c: &Claim) -> Option<bool> {
    const BREAKS: [char; 5] = [',', ';', ':', '–', '—'];
    let cues = &c.lang?.rules().change;
    let (start, end) = (c.quantity.start.checked_sub(c.sentence_start)?, c.quantity.end.checked_sub(c.sentence_start)?);
    // The figure's clause on each side: up to the nearest break.
    let before = c.sentence.get(..start)?.rsplit(BREAKS).next().unwrap_or_default();
    let after = c.sentence.get(end..)?.split(BREAKS).next().unwrap_or_default();
    fn words(s: &str) -> Vec<&str> {
        s.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
    }
    let way = |w: &str| {
        let w = w.to_lowercase();
        if cues.up.contains(&w.as_str()) {
            Some(true)
        } else {
            cues.down.contains(&w.as_str()).then_some(false)
        }
    };
    // By distance in words, the nearer first; of a word before and one after as near, the
    // one before (`um 2,3 Prozent gesunken` has none before).
    let (before, after) = (words(before), words(after));
    let near = before.iter().rev().take(4).enumerate().chain(after.iter().take(2).enumerate());
    near.filter_map(|(k, w)| way(w).map(|d| (k, d))).min_by_key(|&(k, _)| k).map(|(_, d)| d)
}

/// Whether two figures may be compared at all: no two different rate denominators
/// (`a year` against `a week`; a report may leave the period unsaid, as it may drop a
/// counted noun) and the same ambiguity (none, or both money-or-length…). Measures compare
/// in one base unit besides (checked with their kind).
pub fn comparable(a: &Quantity, b: &Quantity) -> bool {
    let per = match (&a.per, &b.per) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    per && a.ambiguous == b.ambiguous
}

/// Whether two claims' values are compatible, with the default [`Tolerances`]; `None` when
/// they cannot be compared.
pub fn agree(a: &Claim, b: &Claim) -> Option<bool> {
    agree_with(a, b, &Tolerances::default())
}

/// Whether two claims' values are compatible; `None` when they cannot be compared.
pub fn agree_with(a: &Claim, b: &Claim, t: &Tolerances) -> Option<bool> {
    let (qa, qb) = (&a.quantity, &b.quantity);
    // A bare number and a count, grouped as one fact, count one thing (`Five people were
    // killed`, `the toll has risen to eight`): their values compare as any two counts'.
    let counts = |k: Kind| matches!(k, Kind::Count | Kind::Number);
    let counted = qa.kind != qb.kind && counts(qa.kind) && counts(qb.kind);
    if qa.kind != qb.kind && !counted || !comparable(qa, qb) {
        return None;
    }
    // A rise and a fall of one size contradict each other (`European deliveries rose 2.3%`,
    // `deliveries were down 2.3%`).
    if a.change && b.change && matches!((direction(a), direction(b)), (Some(x), Some(y)) if x != y) {
        return Some(false);
    }
    if counted {
        let ((a0, a1), (b0, b1)) = (interval_with(qa, t)?, interval_with(qb, t)?);
        return Some(a0 <= b1 && b0 <= a1);
    }
    match qa.kind {
        Kind::Date => {
            match (date_interval(qa), date_interval(qb)) {
                (Some((a0, a1)), Some((b0, b1))) => Some(!(a1 < b0 || b1 < a0)),
                // `--04` against `2025-04`: only the month can be compared.
                _ => {
                    let (va, vb) = (qa.value.text(), qb.value.text());
                    let month = |v: &str| v.rsplit('-').next().map(str::to_string);
                    (va.starts_with("--") || vb.starts_with("--"))
                        .then(|| month(&va) == month(&vb) || va.len() == 4 || vb.len() == 4)
                }
            }
        }
        Kind::Ratio => {
            let (pa, wa, pb, wb) = (qa.part?, qa.whole?, qb.part?, qb.whole?);
            if wa != wb {
                return Some((qa.value.as_f64()? - qb.value.as_f64()?).abs() < 0.01);
            }
            if pa == pb {
                return Some(polarity(a) == polarity(b) || polarity(a).is_none() || polarity(b).is_none());
            }
            let opposite = matches!((polarity(a), polarity(b)), (Some(x), Some(y)) if x != y);
            Some(opposite && pa + pb == wa)
        }
        Kind::Money if qa.unit != qb.unit => None,
        Kind::Percent | Kind::Measure if qa.unit != qb.unit => None,
        _ => {
            let (a0, a1) = interval_with(qa, t)?;
            let (b0, b1) = interval_with(qb, t)?;
            Some(a0 <= b1 && b0 <= a1)
        }
    }
}

/// A value's significant digits, read once per claim for [`mistyped`] (alignment links such
/// figures, verdicts keep them from passing as an update): without sign, point or trailing
/// zeros (`14.9e9` and `19.4` are `149` and `194`), their count, the value's order of
/// magnitude, and the digits sorted (the key two figures that may be one figure mistyped
/// meet under).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Digits {
    pub digits: u32,
    pub len: u8,
    pub exponent: i32,
    pub sorted: u32,
}

impl Digits {
    /// `None` for dates, zero, and a value of one significant digit (`2`, `2,000`: as often
    /// two figures as one mistyped).
    pub fn of(c: &Claim) -> Option<Digits> {
        if c.quantity.kind == Kind::Date {
            return None;
        }
        let v = c.quantity.value.as_f64()?.abs();
        if v == 0.0 || !v.is_finite() {
            return None;
        }
        // Six significant digits: what a report prints, with the float's noise rounded away.
        let text = format!("{v:.5e}");
        let (mantissa, exponent) = text.split_once('e')?;
        let digits: Vec<u32> = mantissa.chars().filter_map(|ch| ch.to_digit(10)).collect();
        let kept = digits.len() - digits.iter().rev().take_while(|&&d| d == 0).count();
        let digits = &digits[..kept];
        if digits.len() < 2 {
            return None;
        }
        let number = |ds: &[u32]| ds.iter().fold(0, |n, d| n * 10 + d);
        let mut sorted = digits.to_vec();
        // Descending, so that a zero among the digits is not lost at the front.
        sorted.sort_unstable_by(|x, y| y.cmp(x));
        Some(Digits {
            digits: number(digits),
            len: digits.len() as u8,
            exponent: exponent.parse().ok()?,
            sorted: number(&sorted),
        })
    }
}

/// Whether two different values are one figure mistyped, the two slips a report makes most:
/// a scale word for another (`fast 1,5 Millionen Euro` for `nearly 1.5 billion euros`: the
/// same digits a thousandfold apart) or two digits swapped (`14,9` for `19,4`, `124` for
/// `214`, `4.2%` for `2.4%`: the same digits in another order, the same order of
/// magnitude).
pub fn mistyped(a: &Digits, b: &Digits) -> bool {
    let slip = a.digits == b.digits && a.exponent != b.exponent && (a.exponent - b.exponent) % 3 == 0;
    let swapped = a.digits != b.digits && a.exponent == b.exponent && a.sorted == b.sorted && a.len == b.len;
    slip || swapped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{scan, Lang};

    fn q(text: &str) -> Quantity {
        scan(text, Lang::En, None).remove(0)
    }

    fn claim(text: &str, lang: Lang) -> Claim {
        let s = crate::source::Source::from_text("t", std::path::Path::new("t"), text.to_string(), Some(lang)).unwrap();
        crate::claim::extract_all(std::slice::from_ref(&s))
            .into_iter()
            .flatten()
            .find(|c| c.quantity.kind != Kind::Date)
            .unwrap()
    }

    #[test]
    fn a_bare_number_and_a_count_compare_by_value() {
        let counted = claim("Five people were killed in the crash.", Lang::En);
        let bare = claim("The death toll has risen to eight.", Lang::En);
        let same = claim("Die Zahl der Toten ist auf fünf gestiegen.", Lang::De);
        assert_eq!((counted.quantity.kind, bare.quantity.kind), (Kind::Count, Kind::Number));
        assert_eq!(agree(&counted, &bare), Some(false));
        assert_eq!(agree(&counted, &same), Some(true));
    }

    #[test]
    fn a_rise_and_a_fall_of_one_size_contradict_each_other() {
        let rose = claim("European deliveries rose 2.3% last year.", Lang::En);
        let down = claim("Deliveries were down 2.3% on the year.", Lang::En);
        let gestiegen = claim("Die Auslieferungen in Europa sind um 2,3 Prozent gestiegen.", Lang::De);
        let gesunken = claim("Die Auslieferungen sanken um 2,3 Prozent.", Lang::De);
        for c in [&rose, &down, &gestiegen, &gesunken] {
            assert!(c.change, "{}", c.sentence);
        }
        assert_eq!(agree(&rose, &down), Some(false));
        assert_eq!(agree(&gestiegen, &gesunken), Some(false));
        assert_eq!(agree(&rose, &gestiegen), Some(true));
        assert_eq!(agree(&down, &gesunken), Some(true));
    }

    #[test]
    fn rates_and_ambiguities_are_compared_only_with_their_like() {
        assert!(!comparable(&q("It cost $58 per barrel."), &q("It cost $58 per share.")));
        assert!(comparable(&q("It costs $58 per barrel."), &q("It costs $58.")));
        assert!(!comparable(&q("She earns $80,000 a year."), &q("She earns $80,000 a week.")));
        assert!(comparable(&q("She earns $80,000 a year."), &q("He earns $81,000 annually.")));
        assert!(!comparable(&q("It is 37m."), &q("It cost $37m.")));
        assert!(comparable(&q("It is 37m."), &q("It was 38m.")));
        assert!(comparable(&q("Winds of 50 mph."), &q("Winds of 80 km/h.")));
        assert!(!comparable(&q("The boxer is 208 pounds."), &q("It cost 208 pounds sterling.")));
    }
}
