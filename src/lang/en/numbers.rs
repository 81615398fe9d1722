//! English number words: `three`, `fourteen`, `twenty-one`, `three hundred and two`,
//! `one million two thousand`.
//!
//! English spells numbers as separate words, so the parser walks tokens: units and tens
//! add, `hundred` multiplies what stands before it, and each larger scale closes a group.
//! `and` and hyphens are taken only between number words. A lone `a`/`an` is not a number;
//! `a hundred` is read by the core (article + scale).

use crate::quantity::tokens::{Tok, TokKind};

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
                && !(last == Last::Scale && is_fraction_word(toks.get(j + 2)))
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

/// `two million and one half`: after a scale, `and` + number + fraction word is a fraction
/// of the scale, not more units.
fn is_fraction_word(tok: Option<&Tok>) -> bool {
    tok.is_some_and(|t| super::vocabulary::DENOMINATORS.iter().any(|(w, _)| *w == t.lower))
}

fn is_small_or_tens(tok: Option<&Tok>) -> bool {
    tok.is_some_and(|t| lookup(SMALL, &t.lower).is_some() || lookup(TENS, &t.lower).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::tokens::tokenize;

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
}
