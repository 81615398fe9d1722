//! English number words: `three`, `fourteen`, `twenty-one`, `three hundred and two`,
//! `one million two thousand`.
//!
//! English spells numbers as separate words, so the parser walks tokens: units and tens
//! add, `hundred` multiplies what stands before it, and each larger scale closes a group.
//! `and` and hyphens are taken only between number words. A lone `a`/`an` is not a number;
//! `a hundred` is read by the core (article + scale).

use crate::text::tokens::{Tok, TokKind};

const SMALL: &[(&str, u64)] = &[
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("nil", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const SCALES: &[(&str, u64)] =
    &[("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000)];

fn lookup(table: &[(&str, u64)], s: &str) -> Option<u64> {
    table.iter().find(|(w, _)| *w == s).map(|(_, v)| *v)
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Small,
    Tens,
    Hundred,
    Scale,
}

/// A cheap filter before the parser: false means `word` starts no number.
pub fn may_be_number_word(word: &str) -> bool {
    lookup(SMALL, word).is_some() || lookup(TENS, word).is_some()
}

/// The `NumberWords` entry point for English.
pub fn number_words(toks: &[Tok], i: usize, _text: &str, _sentence_initial: bool) -> Option<(f64, f64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last = Last::Start;
    let mut j = i;
    let mut end = i;
    let mut smallest_scale: Option<u64> = None;
    while let Some(tok) = toks.get(j) {
        if tok.masked || (j > i && tok.para_before) {
            break;
        }
        let w = tok.lower.as_str();
        if tok.kind == TokKind::Word {
            if let Some(v) = lookup(SMALL, w) {
                let ok = matches!(last, Last::Start | Last::Hundred | Last::Scale)
                    || (last == Last::Tens && v < 10 && v > 0);
                if !ok {
                    break;
                }
                current += v;
                last = Last::Small;
            } else if let Some(v) = lookup(TENS, w) {
                if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                    break;
                }
                current += v;
                last = Last::Tens;
            } else if w == "hundred" && matches!(last, Last::Small | Last::Tens) && current % 100 != 0 && current < 100
            {
                current *= 100;
                last = Last::Hundred;
            } else if let Some(scale) = lookup(SCALES, w).filter(|_| last != Last::Start && last != Last::Scale) {
                if current == 0 {
                    break;
                }
                total += current * scale;
                current = 0;
                smallest_scale = Some(scale);
                last = Last::Scale;
            } else if w == "and"
                && matches!(last, Last::Hundred | Last::Scale)
                && is_small_or_tens(toks.get(j + 1))
                && !is_fraction_word(toks.get(j + 2))
            {
                j += 1;
                continue;
            } else {
                break;
            }
            j += 1;
            end = j;
        } else if (w == "-" || w == "‐")
            && last == Last::Tens
            && toks.get(j + 1).is_some_and(|t| lookup(SMALL, &t.lower).is_some_and(|v| (1..10).contains(&v)))
        {
            j += 1;
        } else {
            break;
        }
    }
    if end == i {
        return None;
    }
    let value = total + current;
    // `two million` is stated to the million; `two million three hundred` to the unit.
    let precision = if current == 0 { smallest_scale.unwrap_or(1) as f64 } else { 1.0 };
    Some((value as f64, precision, end))
}

/// A fraction's denominator spelled as an ordinal: `fifth`, `twenty-fifths`, `twenty
/// firsts`, `one hundred and fifth`, `thirtieth`, `trillionth`. Returns the denominator, the
/// token after it and whether it is singular (`one fifth`) rather than plural (`two fifths`):
/// English makes the two agree, so `two hundred thirty-fifth` is an ordinal, not 200/35.
///
/// `first` and `second` alone, and `second(s)` anywhere, are not denominators: `one second`
/// is a time, `a twenty-first-century` an age; a singular compound ending in `first` is an
/// ordinal too (`a twenty-first`).
pub fn ordinal_denominator(toks: &[Tok], i: usize) -> Option<(f64, usize, Option<bool>)> {
    let tok = toks.get(i).filter(|t| t.kind == TokKind::Word && !t.masked)?;
    if let Some((v, singular)) = ordinal_word(&tok.lower) {
        return (v > 2 || (v == 1 && !singular)).then_some((v as f64, i + 1, Some(singular)));
    }
    let (prefix, _, e) = number_words(toks, i, "", false)?;
    let prefix = prefix as u64;
    let mut k = e;
    let last = toks.get(e - 1)?;
    let joiner = toks.get(k).map(|t| t.lower.as_str());
    let hyphen = matches!(joiner, Some("-" | "‐")) && lookup(TENS, &last.lower).is_some();
    let and = joiner == Some("and") && (last.lower == "hundred" || lookup(SCALES, &last.lower).is_some());
    if (hyphen && !toks.get(k + 1)?.space_before) || and {
        k += 1;
    }
    let word = toks.get(k).filter(|t| t.kind == TokKind::Word && !t.para_before)?;
    let (v, singular) = ordinal_word(&word.lower)?;
    if v == 2 || (v == 1 && singular) {
        return None;
    }
    // The ordinal closes the number: it multiplies (`one hundredth`, `three thousandths`
    // read as `three` over `thousandths` by the core) or fills the lowest place left open.
    let lowest = [1_000_000_000_000, 1_000_000_000, 1_000_000, 1000, 100, 10].into_iter().find(|p| prefix % p == 0)?;
    let value = if v >= 100 {
        prefix.checked_mul(v)?
    } else if v < lowest {
        prefix + v
    } else {
        return None;
    };
    Some((value as f64, k + 1, Some(singular)))
}

/// The number of a singular ordinal word: `fifth` = 5, `tenth` = 10; not `first` (`every
/// first` names no share) nor `second` (`every second counts` is a time).
pub fn ordinal_number(word: &str) -> Option<u64> {
    ordinal_word(word).filter(|&(v, singular)| singular && v >= 3).map(|(v, _)| v)
}

/// Verbs that multiply: `sales doubled`.
const MULTIPLYING: &[(&str, u64)] =
    &[("doubled", 2), ("tripled", 3), ("trebled", 3), ("quadrupled", 4), ("quintupled", 5)];

/// Words after `twice`, `three times`, `double` that make it a comparison (`twice as
/// fast`, `three times higher`, `double the amount`) rather than a count of events (`he
/// called twice`).
const COMPARISON: &[&str] = &[
    "as", "the", "that", "what", "its", "their", "more", "less", "fewer", "higher", "lower", "larger", "smaller",
    "bigger", "greater", "faster", "slower", "longer", "shorter", "richer", "cheaper", "costlier", "likelier",
];

/// A multiple: `doubled`, `tripled`, `twofold`, `tenfold`, `twice as`, `double the`,
/// `three times higher`, `3 times more`. `twice` and `N times` need a comparison word after
/// them: `he called twice`, `three times a week` count events.
pub fn multiple(toks: &[Tok], i: usize, _text: &str) -> Option<(f64, usize)> {
    let t = toks.get(i).filter(|t| !t.masked)?;
    let w = t.lower.as_str();
    if let Some(v) = lookup(MULTIPLYING, w) {
        return Some((v as f64, i + 1));
    }
    if let Some(v) = w.strip_suffix("fold").and_then(|n| lookup(SMALL, n).or_else(|| lookup(TENS, n))) {
        return (v >= 2).then_some((v as f64, i + 1));
    }
    let (v, end) = match w {
        "twice" | "double" => (2, i + 1),
        "triple" => (3, i + 1),
        _ => {
            let (v, e) = if t.kind == TokKind::Num {
                (t.lower.parse::<u64>().ok()?, i + 1)
            } else {
                let (v, _, e) = number_words(toks, i, "", false)?;
                (v as u64, e)
            };
            toks.get(e).filter(|n| n.lower == "times" && !n.para_before)?;
            (v, e + 1)
        }
    };
    toks.get(end).filter(|n| n.kind == TokKind::Word && COMPARISON.contains(&n.lower.as_str()))?;
    (v >= 2).then_some((v as f64, end))
}

/// A cheap filter before [`multiple`]: false means `word` starts no multiple.
pub fn may_start_multiple(word: &str) -> bool {
    word.ends_with("led") || word.ends_with("fold") || matches!(word, "twice" | "double" | "triple")
}

/// One ordinal word, singular or plural: its number and whether it is singular.
fn ordinal_word(w: &str) -> Option<(u64, bool)> {
    let (stem, singular) = match w.strip_suffix('s') {
        Some(s) => (s, false),
        None => (w, true),
    };
    let v = match stem {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fifth" => 5,
        "eighth" => 8,
        "ninth" => 9,
        "twelfth" => 12,
        "hundredth" => 100,
        _ => {
            let cardinal = match stem.strip_suffix("ieth") {
                Some(t) => format!("{t}y"),
                None => stem.strip_suffix("th")?.to_string(),
            };
            lookup(SMALL, &cardinal).or_else(|| lookup(TENS, &cardinal)).or_else(|| lookup(SCALES, &cardinal))?
        }
    };
    (v > 0).then_some((v, singular))
}

/// `two million and one half`, `one hundred and three quarters`: after a scale or
/// `hundred`, `and` + number + fraction word is a fraction of what came before, not more
/// units.
fn is_fraction_word(tok: Option<&Tok>) -> bool {
    tok.is_some_and(|t| super::vocabulary::DENOMINATORS.iter().any(|(w, _)| *w == t.lower))
}

fn is_small_or_tens(tok: Option<&Tok>) -> bool {
    tok.is_some_and(|t| lookup(SMALL, &t.lower).is_some() || lookup(TENS, &t.lower).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn table() {
        let cases: &[(&str, Option<f64>, &str)] = &[
            ("three", Some(3.0), "three"),
            ("fourteen", Some(14.0), "fourteen"),
            ("twenty-one", Some(21.0), "twenty-one"),
            ("fifty - two", Some(52.0), "fifty - two"),
            ("one hundred and six", Some(106.0), "one hundred and six"),
            ("Three hundred  and  thirty one", Some(331.0), "Three hundred  and  thirty one"),
            ("two thousand and two hundred", Some(2200.0), "two thousand and two hundred"),
            ("seven hundred twenty-one thousand twelve", Some(721012.0), "seven hundred twenty-one thousand twelve"),
            (
                "thirty-one million two hundred fifty-six thousand seven hundred twenty-one",
                Some(31256721.0),
                "thirty-one million two hundred fifty-six thousand seven hundred twenty-one",
            ),
            ("one trillion", Some(1e12), "one trillion"),
            ("three and four", Some(3.0), "three"),
            ("one hundred and three quarters", Some(100.0), "one hundred"),
            ("a", None, ""),
            ("the one", None, ""),
        ];
        for &(text, want, span) in cases {
            let toks = tokenize(text);
            let got = number_words(&toks, 0, text, true);
            assert_eq!(got.map(|g| g.0), want, "{text}");
            if let Some((_, _, end)) = got {
                assert_eq!(&text[..toks[end - 1].end], span, "{text}");
            }
        }
    }

    #[test]
    fn multiples() {
        let cases: &[(&str, Option<f64>)] = &[
            ("doubled", Some(2.0)),
            ("tripled", Some(3.0)),
            ("tenfold", Some(10.0)),
            ("twice as fast", Some(2.0)),
            ("double the amount", Some(2.0)),
            ("three times higher", Some(3.0)),
            ("3 times more", Some(3.0)),
            ("twice", None),
            ("three times a week", None),
            ("one times more", None),
            ("manifold", None),
        ];
        for &(text, want) in cases {
            let toks = tokenize(text);
            assert_eq!(multiple(&toks, 0, text).map(|m| m.0), want, "{text}");
        }
    }

    #[test]
    fn ordinal_denominators() {
        type Reading = Option<(f64, Option<bool>)>;
        let cases: &[(&str, Reading)] = &[
            ("fifth", Some((5.0, Some(true)))),
            ("fifths", Some((5.0, Some(false)))),
            ("seventh", Some((7.0, Some(true)))),
            ("twelfths", Some((12.0, Some(false)))),
            ("twentieth", Some((20.0, Some(true)))),
            ("twenty-fifth", Some((25.0, Some(true)))),
            ("thirty-fifths", Some((35.0, Some(false)))),
            ("twenty firsts", Some((21.0, Some(false)))),
            ("one hundred and fifth", Some((105.0, Some(true)))),
            ("hundredths", Some((100.0, Some(false)))),
            ("thousandth", Some((1000.0, Some(true)))),
            ("trillionth", Some((1e12, Some(true)))),
            ("first", None),
            ("second", None),
            ("seconds", None),
            ("twenty-second", None),
            ("twenty-first", None),
            ("twenty-twelfth", None),
            ("fourteen", None),
            ("month", None),
        ];
        for &(text, want) in cases {
            let toks = tokenize(text);
            let got = ordinal_denominator(&toks, 0);
            assert_eq!(got.map(|(v, _, s)| (v, s)), want, "{text}");
            if let Some((_, end, _)) = got {
                assert_eq!(end, toks.len(), "{text}");
            }
        }
    }
}
