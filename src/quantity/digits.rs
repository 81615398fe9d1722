//! Reading a digit run (`14,3`, `1.300.000`, `1 300 000`, `2.000,352`) as a number.
//!
//! The separators decide the value, and the language decides a lone one:
//!
//! | written      | de        | en        | why                                             |
//! |--------------|-----------|-----------|-------------------------------------------------|
//! | `14,3`       | 14.3      | 14.3      | a comma before other than three digits: decimal |
//! | `4,800`      | 4.8       | 4800      | the language's decimal mark decides             |
//! | `4.800`      | 4800      | 4.8       | likewise                                        |
//! | `14.3`       | 14.3      | 14.3      | Swiss style: a dot before other than 3 digits   |
//! | `1.300.000`  | 1300000   | —         | a repeated mark groups thousands                |
//! | `2.000,352`  | 2000.352  | 2000.352  | both marks: the last one is the decimal mark    |
//! | `1 300 000`  | 1300000   | 1300000   | spaces (also thin, no-break) group thousands    |
//! | `12,34,567`  | —         | 1234567   | the Indian lakh grouping: pairs, then three     |
//! | `2.0.1`      | —         | —         | not a number: a version                         |

/// A number read from digits, with the step of its last written digit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Digits {
    pub value: f64,
    /// 1 for an integer, 0.1 for one decimal place, and so on.
    pub precision: f64,
}

/// Reads a digit run. `decimal_comma` is true for languages that write `14,3`.
/// Returns `None` for runs that are not a well-formed number (versions such as `2.0.1`,
/// misplaced group separators).
pub fn parse_digits(run: &str, decimal_comma: bool) -> Option<Digits> {
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (i, c) in run.char_indices() {
        if !c.is_ascii_digit() {
            groups.push(&run[start..i]);
            seps.push(match c {
                '.' | ',' => c,
                _ => ' ',
            });
            start = i + c.len_utf8();
        }
    }
    groups.push(&run[start..]);
    if groups.last().is_some_and(|g| g.is_empty()) {
        return None;
    }
    // A leading mark (`,77`, `.25`) is always a decimal mark.
    if groups[0].is_empty() {
        if seps.len() != 1 {
            return None;
        }
        return Some(finish("", groups[1]));
    }
    let dots = seps.iter().filter(|&&c| c == '.').count();
    let commas = seps.iter().filter(|&&c| c == ',').count();
    let decimal: Option<char> = match (dots, commas) {
        (0, 0) => None,
        (_, _) if dots > 0 && commas > 0 => {
            let last = *seps.iter().rev().find(|c| **c != ' ')?;
            let count = if last == '.' { dots } else { commas };
            if count != 1 || *seps.last()? != last {
                return None;
            }
            Some(last)
        }
        (n, 0) | (0, n) if n > 1 => None,
        _ => {
            let mark = if dots == 1 { '.' } else { ',' };
            let idx = seps.iter().position(|&c| c == mark)?;
            let after = groups[idx + 1];
            let grouping_mark = if decimal_comma { '.' } else { ',' };
            // Only a lone mark that is the last separator can be a decimal mark.
            if after.len() == 3 && mark == grouping_mark || idx + 1 != seps.len() {
                None
            } else {
                Some(mark)
            }
        }
    };
    let (int_groups, frac) = match decimal {
        Some(_) => (&groups[..groups.len() - 1], *groups.last()?),
        None => (&groups[..], ""),
    };
    // Grouped integers: a first group of one to three digits, then groups of three; or, with
    // commas where they group, the Indian lakh grouping (`12,34,567`: pairs, then three).
    let n = int_groups.len();
    let indian = n > 2
        && !decimal_comma
        && seps[..n - 1].iter().all(|&c| c == ',')
        && int_groups[..n - 1].iter().all(|g| (1..=2).contains(&g.len()))
        && int_groups[1..n - 1].iter().all(|g| g.len() == 2)
        && int_groups[n - 1].len() == 3;
    if n > 1 && !indian && (int_groups[0].len() > 3 || int_groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    Some(finish(&int_groups.concat(), frac))
}

fn finish(int: &str, frac: &str) -> Digits {
    let int = if int.is_empty() { "0" } else { int };
    let value = format!("{int}.{}", if frac.is_empty() { "0" } else { frac }).parse::<f64>().unwrap_or(f64::NAN);
    Digits { value, precision: 10f64.powi(-(frac.len() as i32)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        // (run, de, en)
        let cases: &[(&str, Option<f64>, Option<f64>)] = &[
            ("14,3", Some(14.3), Some(14.3)),
            ("14.3", Some(14.3), Some(14.3)),
            ("4,800", Some(4.8), Some(4800.0)),
            ("4.800", Some(4800.0), Some(4.8)),
            ("600.000", Some(600000.0), Some(600.0)),
            ("1.300.000", Some(1300000.0), Some(1300000.0)),
            ("1,300,000", Some(1300000.0), Some(1300000.0)),
            ("1 300 000", Some(1300000.0), Some(1300000.0)),
            ("1\u{202F}300\u{202F}000", Some(1300000.0), Some(1300000.0)),
            ("1\u{00A0}300", Some(1300.0), Some(1300.0)),
            ("2.000,352", Some(2000.352), Some(2000.352)),
            ("2,000.352", Some(2000.352), Some(2000.352)),
            ("1.000.000,00", Some(1000000.0), Some(1000000.0)),
            ("1,674,200.5", Some(1674200.5), Some(1674200.5)),
            ("2.0.1", None, None),
            ("2025", Some(2025.0), Some(2025.0)),
            ("0033", Some(33.0), Some(33.0)),
            (",77", Some(0.77), Some(0.77)),
            ("01,10", Some(1.1), Some(1.1)),
            ("1'000'000", Some(1000000.0), Some(1000000.0)),
            ("20.25.1", None, None),
            ("12,34,567.89", None, Some(1234567.89)),
            ("1,00,000", None, Some(100000.0)),
            ("12,34,56", None, None),
            ("12.34.567", None, None),
        ];
        for &(run, de, en) in cases {
            assert_eq!(parse_digits(run, true).map(|d| d.value), de, "de {run}");
            assert_eq!(parse_digits(run, false).map(|d| d.value), en, "en {run}");
        }
    }

    #[test]
    fn precision_follows_the_decimals() {
        assert_eq!(parse_digits("14,3", true).unwrap().precision, 0.1);
        assert_eq!(parse_digits("14", true).unwrap().precision, 1.0);
        assert_eq!(parse_digits("2.35", false).unwrap().precision, 0.01);
    }
}
