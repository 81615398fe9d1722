//! Currency forms every language shares: ISO 4217 codes, currency signs and the family of
//! dollars (and pesos) that a prefix names (`HK$`, `Mex$`, `NZD$`, `$US`). Each language adds
//! its own words (`Dollar`, `dänische Kronen`, `bucks`) with [`with_shared`].
//!
//! A sign with a country's prefix is never the US dollar: `HK$5` is five Hong Kong
//! dollars, and comparing it with US dollars at face value would make a false conflict.

use super::Currency;

/// A currency word written before or after an amount (`USD 14`, `14 USD`).
pub const fn either(code: &'static str) -> Currency {
    Currency { code, before: true, after: true, factor: 1.0, also_mass: false, glued: false }
}

/// A currency word written only before an amount (`$US 5`).
pub const fn before(code: &'static str) -> Currency {
    Currency { code, before: true, after: false, factor: 1.0, also_mass: false, glued: false }
}

/// A currency word written only after an amount (`14 Dollar`).
pub const fn after(code: &'static str) -> Currency {
    Currency { code, before: false, after: true, factor: 1.0, also_mass: false, glued: false }
}

/// A currency word that also names a mass (`208 pounds`, `zwei Pfund Mehl`): context decides.
pub const fn or_mass(code: &'static str) -> Currency {
    Currency { code, before: false, after: true, factor: 1.0, also_mass: true, glued: false }
}

/// A minor unit's abbreviation written onto the digits, in lowercase only: `50p`, `99c`.
/// Spaced or capitalised it is something else (`10 p.m.`, `30C`).
pub const fn glued(code: &'static str) -> Currency {
    Currency { code, before: false, after: true, factor: 1.0, also_mass: false, glued: true }
}

/// A currency code with a scale in it: `MUSD` = million US dollars.
pub const fn scaled(code: &'static str, factor: f64) -> Currency {
    Currency { code, before: false, after: true, factor, also_mass: false, glued: false }
}

/// ISO 4217 codes of the currencies news quotes, written before or after an amount (`USD
/// 14`, `300 000 GBP`). Codes that are also words of a language the recognizer reads
/// (`ALL`, `TRY`, `RUB`, `COP`, `MAD`, `PEN`, `CUP`, `TOP`, and `SEK`: German `Sek.` are
/// seconds) or that name something else as often (`PHP`, `SAR`) are left out: matching
/// ignores case.
#[rustfmt::skip]
pub const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR", "DKK", "NOK", "ISK", "CZK", "PLN", "HUF",
    "BGN", "UAH", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "KRW", "THB", "IDR", "MYR", "VND",
    "PKR", "BDT", "MNT", "MXN", "BRL", "ARS", "CLP", "ZAR", "NGN", "KES", "EGP", "AED", "QAR",
    "KWD", "ILS",
];

/// Currency signs, written before or after an amount (`€14`, `14 €`).
pub const SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₪", "ILS"),
    ("₴", "UAH"),
    ("₦", "NGN"),
    ("₫", "VND"),
    ("฿", "THB"),
];

/// The dollars and pesos written with `$` and a prefix, by code: the prefixes written
/// before the sign (`HK$`, and each code itself: `HKD$`) and after it (`$US`, `$A`). A
/// prefix may also stand apart or hyphenated (`US $`, `C $`, `US-$`), unless it is one of
/// [`ATTACHED_ONLY`].
#[rustfmt::skip]
pub const DOLLARS: &[(&str, &[&str], &[&str])] = &[
    ("USD", &["US", "U.S."], &["US"]),
    ("AUD", &["A", "AU"], &["A"]),
    // Not `CA$`: `ca.` is a hedge in German.
    ("CAD", &["C", "Can"], &["C"]),
    ("NZD", &["NZ"], &["NZ"]),
    ("HKD", &["HK"], &[]),
    ("SGD", &["S", "SG"], &[]),
    ("TWD", &["NT"], &[]),
    ("MXN", &["Mex", "MX"], &[]),
    ("BRL", &["R"], &[]),
    ("JMD", &["J"], &[]),
    ("TTD", &["TT"], &[]),
    ("FJD", &["FJ"], &[]),
    ("NAD", &["N"], &[]),
    ("BZD", &["BZ"], &[]),
    ("XCD", &["EC"], &[]),
    ("DOP", &["RD"], &[]),
    ("COP", &["COL"], &[]),
    ("ARS", &["AR"], &[]),
    ("CLP", &["CLP"], &[]),
];

/// Prefixes that are words too, and name a currency only attached to the sign: `a $5 fee`
/// is no Australian dollar (matching ignores case).
pub const ATTACHED_ONLY: &[&str] = &["A"];

/// Every shared row, lowercase as phrase tables match.
pub fn shared() -> Vec<(String, Currency)> {
    let mut rows: Vec<(String, Currency)> = Vec::new();
    rows.extend(CODES.iter().map(|c| (c.to_lowercase(), either(c))));
    rows.extend(SIGNS.iter().map(|&(s, c)| (s.to_string(), either(c))));
    for &(code, prefixes, suffixes) in DOLLARS {
        for &p in prefixes.iter().chain(std::iter::once(&code)) {
            let apart = !ATTACHED_ONLY.contains(&p);
            let p = p.to_lowercase();
            rows.push((format!("{p}$"), either(code)));
            if apart {
                rows.push((format!("{p} $"), either(code)));
                rows.push((format!("{p}-$"), either(code)));
            }
        }
        for s in suffixes {
            rows.push((format!("${}", s.to_lowercase()), before(code)));
        }
    }
    rows
}

/// A language's own currency words, then the shared rows it does not already give.
pub fn with_shared(own: &[(&str, Currency)]) -> Vec<(String, Currency)> {
    let mut rows: Vec<(String, Currency)> = own.iter().map(|(w, c)| (w.to_string(), *c)).collect();
    for (w, c) in shared() {
        if !rows.iter().any(|(o, _)| *o == w) {
            rows.push((w, c));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::rows::first;
    use crate::lang::Lang;
    use crate::quantity::Value;

    /// Every prefixed dollar names its own currency, in every language, never the US dollar
    /// unless it is one.
    #[test]
    fn every_prefixed_dollar_names_its_currency() {
        for &lang in Lang::ALL {
            for &(code, prefixes, suffixes) in DOLLARS {
                for p in prefixes.iter().copied().chain(std::iter::once(code)) {
                    let q = first(lang, "{w} 5", &format!("{p}$"));
                    assert_eq!(q.unit.as_deref(), Some(code), "{p}$ ({lang})");
                    assert_eq!(q.value, Value::Number(5.0), "{p}$ ({lang})");
                }
                for s in suffixes {
                    let q = first(lang, "{w}5", &format!("${s}"));
                    assert_eq!(q.unit.as_deref(), Some(code), "${s} ({lang})");
                }
            }
        }
    }

    #[test]
    fn every_code_and_sign_names_its_currency() {
        for &lang in Lang::ALL {
            for code in CODES {
                assert_eq!(first(lang, "{w} 14", code).unit.as_deref(), Some(*code), "{code} ({lang})");
                assert_eq!(first(lang, "14 {w}", code).unit.as_deref(), Some(*code), "{code} ({lang})");
            }
            for (sign, code) in SIGNS {
                assert_eq!(first(lang, "{w}14", sign).unit.as_deref(), Some(*code), "{sign} ({lang})");
            }
        }
    }

    /// A one-letter prefix must be attached: the article before a sign is no prefix.
    #[test]
    fn an_article_is_no_prefix() {
        assert_eq!(first(Lang::En, "It was {w} deal.", "a $5 million").unit.as_deref(), Some("USD"));
        assert_eq!(first(Lang::En, "{w} deal was made.", "A $5 million").unit.as_deref(), Some("USD"));
    }
}
