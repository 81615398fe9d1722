//! What every language shares: unit symbols (`km`, `kWh`, `GHz`, `°C`, `mph`), each with
//! its base unit and factor. A language's own unit words (`miles`, `Meilen`, `Grad`) name
//! one of these symbols in its `vocabulary.rs`; the arithmetic lives here, once.
//!
//! SI symbols are generated from their prefix families ([`PREFIXED`]): `W` with `k M G T`
//! gives `kW` … `TW`. A short symbol must be written in its own case (`5G` is no
//! five grams, `37M` no 37 metres, `mW` and `MW` differ); longer ones (`kWh`, `Mbit/s`)
//! match in any case.

use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

use crate::lang::Unit;

/// Acronyms that are common nouns in every language, not names (uppercase): what a
/// language adds is in its [`crate::lang::Cues::acronyms`].
pub const ACRONYMS: &[&str] = &[
    "AI", "CEO", "CFO", "CTO", "COO", "USA", "US", "EU", "UK", "API", "GPU", "GPUS", "LLM", "LLMS", "AGI", "ASI", "IT",
    "PR", "TV", "PC", "UN", "OK", "CPU", "CPUS", "USD", "EUR", "GBP", "CHF", "II", "III", "IV",
];

/// SI prefixes and their factors. `K` is the common misspelling of `k` for bytes.
const PREFIXES: &[(&str, f64)] = &[
    ("E", 1e18),
    ("P", 1e15),
    ("T", 1e12),
    ("G", 1e9),
    ("M", 1e6),
    ("k", 1e3),
    ("K", 1e3),
    ("h", 1e2),
    ("d", 1e-1),
    ("c", 1e-2),
    ("m", 1e-3),
    ("µ", 1e-6),
    ("μ", 1e-6),
    ("n", 1e-9),
];

/// A prefix family: symbol, base unit, factor of the bare symbol, the prefixes it takes,
/// the power the prefix is raised to (2 for `km²`), and whether the bare symbol is read
/// on its own (`5 W` is watts; a lone `J` or `B` after a number names too much else).
pub const PREFIXED: &[(&str, &str, f64, &str, i32, bool)] = &[
    ("m", "m", 1.0, "k c m µ μ n", 1, true),
    ("m²", "m²", 1.0, "k c m", 2, true),
    ("m2", "m²", 1.0, "k c m", 2, true),
    ("m³", "m³", 1.0, "k c", 3, true),
    ("m3", "m³", 1.0, "k c", 3, true),
    ("g", "kg", 1e-3, "k m µ μ", 1, true),
    ("t", "kg", 1e3, "k M", 1, true),
    ("l", "m³", 1e-3, "h d c m", 1, true),
    ("L", "m³", 1e-3, "h d c m", 1, false),
    ("W", "W", 1.0, "m k M G T", 1, true),
    ("Wh", "J", 3600.0, "k M G T", 1, true),
    ("J", "J", 1.0, "k M G T", 1, false),
    ("Hz", "Hz", 1.0, "k M G T", 1, true),
    ("B", "B", 1.0, "k K M G T P E", 1, false),
    ("bit", "B", 0.125, "k K M G T", 1, false),
    ("bit/s", "bit/s", 1.0, "k K M G T", 1, true),
    ("bps", "bit/s", 1.0, "k K M G T", 1, true),
    ("B/s", "bit/s", 8.0, "k K M G T", 1, false),
    ("V", "V", 1.0, "k M", 1, false),
    ("N", "N", 1.0, "k M", 1, false),
    ("Nm", "N·m", 1.0, "k", 1, true),
    ("Pa", "Pa", 1.0, "h k M G", 1, true),
    ("s", "s", 1.0, "m µ μ n", 1, false),
];

/// Symbols without prefixes: symbol, base unit, factor, offset (°F), read on its own.
pub const SYMBOLS: &[(&str, &str, f64, f64, bool)] = &[
    ("mi", "m", 1609.344, 0.0, true),
    ("nmi", "m", 1852.0, 0.0, true),
    ("ft", "m", 0.3048, 0.0, true),
    ("yd", "m", 0.9144, 0.0, true),
    // `in` is a preposition wherever it follows a number.
    ("in", "m", 0.0254, 0.0, false),
    ("ha", "m²", 1e4, 0.0, true),
    ("qm", "m²", 1.0, 0.0, true),
    ("sq mi", "m²", 2_589_988.110336, 0.0, false),
    ("sq ft", "m²", 0.09290304, 0.0, true),
    ("acre", "m²", 4046.8564224, 0.0, false),
    ("gal", "m³", 3.785411784e-3, 0.0, true),
    ("bbl", "m³", 0.158987294928, 0.0, true),
    ("lb", "kg", 0.45359237, 0.0, true),
    ("lbs", "kg", 0.45359237, 0.0, true),
    ("oz", "kg", 0.028349523125, 0.0, true),
    // The German pound of the market is half a kilogram.
    ("Pfd.", "kg", 0.5, 0.0, true),
    ("min", "s", 60.0, 0.0, true),
    ("h", "s", 3600.0, 0.0, false),
    ("d", "s", 86400.0, 0.0, false),
    // Denominator keys of a fixed length, so `barrels per day` is a flow like `bpd`. Months
    // and years are not: they stay keys (`$80,000 a year`).
    ("day", "s", 86400.0, 0.0, false),
    ("week", "s", 604800.0, 0.0, false),
    ("bpd", "m³/s", 0.158987294928 / 86400.0, 0.0, true),
    ("km/h", "m/s", 1.0 / 3.6, 0.0, true),
    ("kmh", "m/s", 1.0 / 3.6, 0.0, true),
    ("m/s", "m/s", 1.0, 0.0, true),
    ("mph", "m/s", 0.44704, 0.0, true),
    ("kn", "m/s", 1852.0 / 3600.0, 0.0, true),
    ("°C", "°C", 1.0, 0.0, true),
    ("℃", "°C", 1.0, 0.0, true),
    ("ºC", "°C", 1.0, 0.0, true),
    ("℉", "°C", 5.0 / 9.0, -160.0 / 9.0, true),
    ("° C", "°C", 1.0, 0.0, true),
    ("°F", "°C", 5.0 / 9.0, -160.0 / 9.0, true),
    ("° F", "°C", 5.0 / 9.0, -160.0 / 9.0, true),
    ("°", "°", 1.0, 0.0, false),
    ("hp", "W", 745.6998715822702, 0.0, true),
    ("bhp", "W", 745.6998715822702, 0.0, true),
    ("PS", "W", 735.49875, 0.0, true),
    ("lb-ft", "N·m", 1.3558179483314004, 0.0, true),
    ("lb·ft", "N·m", 1.3558179483314004, 0.0, true),
    // `bar` alone is as often the noun (`three bar staff`): only its milli- form is read.
    ("bar", "Pa", 1e5, 0.0, false),
    ("mbar", "Pa", 100.0, 0.0, true),
    ("psi", "Pa", 6894.757293168361, 0.0, true),
    ("pt", "pt", 1.0, 0.0, false),
    ("M", "M", 1.0, 0.0, false),
];

/// Every symbol by its spelling, built once.
static ALL: LazyLock<HashMap<&'static str, (Unit, bool)>> = LazyLock::new(|| {
    let mut all = HashMap::new();
    for &(base, si, factor, prefixes, power, bare) in PREFIXED {
        all.insert(base, (make(base, si, factor, 0.0), bare));
        for p in prefixes.split_whitespace() {
            let pf = PREFIXES.iter().find(|(x, _)| *x == p).expect("a known prefix").1;
            let symbol: &'static str = format!("{p}{base}").leak();
            all.insert(symbol, (make(symbol, si, factor * pf.powi(power), 0.0), true));
        }
    }
    for &(symbol, si, factor, offset, bare) in SYMBOLS {
        all.insert(symbol, (make(symbol, si, factor, offset), bare));
    }
    all
});

fn make(symbol: &'static str, si: &'static str, factor: f64, offset: f64) -> Unit {
    // Short symbols clash across case (`mW`/`MW`, `g`/`G`, `m`/`M`): they must be written
    // as defined. Symbols of three letters or more read in any case.
    let exact_case = symbol.chars().filter(|c| c.is_alphabetic()).count() <= 2;
    Unit { symbol, si, factor, offset, exact_case }
}

/// The unit a symbol names. Panics on a symbol no table defines: a vocabulary row naming
/// an unknown symbol is a bug, caught when the rules are built (and by their tests).
pub fn unit(symbol: &str) -> Unit {
    match ALL.get(symbol) {
        Some((u, _)) => *u,
        None => panic!("unknown unit symbol {symbol:?}"),
    }
}

/// The unit a symbol names when the text writes it exactly so and it is read on its own.
pub fn exact(written: &str) -> Option<Unit> {
    ALL.get(written).filter(|(_, bare)| *bare).map(|(u, _)| *u)
}

/// Whether `written` spells a unit symbol in some case (`MHZ`, `kwh`): a symbol, not a word.
pub fn is_symbol_ci(written: &str) -> bool {
    static LOWER: LazyLock<foldhash::HashSet<String>> =
        LazyLock::new(|| ALL.keys().map(|s| s.to_lowercase()).collect());
    LOWER.contains(&written.to_lowercase())
}

/// Whether `symbol` is a defined unit symbol.
pub fn is_symbol(symbol: &str) -> bool {
    ALL.contains_key(symbol)
}

/// The rows of a language's unit table: every symbol read on its own (with the symbol as
/// its spelling), then the language's words, each naming a symbol case-free.
pub fn unit_rows(words: &[(&str, &str)]) -> Vec<(String, Unit)> {
    let mut symbols: Vec<_> =
        ALL.iter().filter(|(_, (_, bare))| *bare).map(|(s, (u, _))| (s.to_string(), *u)).collect();
    symbols.sort_by(|a, b| a.0.cmp(&b.0));
    let words = words.iter().map(|(w, s)| (w.to_string(), Unit { exact_case: false, ..unit(s) }));
    symbols.into_iter().chain(words).collect()
}

/// The units of time a duration is counted in, largest first, each with the next smaller
/// unit a report adds to it and how many of those make one (`sechs Jahre und neun Monate`
/// is 6.75 years). Each language's [`super::Cues::time_nouns`] lists its stem of each, in
/// this order.
pub const TIME_UNITS: &[(&str, Option<(&str, f64)>)] = &[
    ("year", Some(("month", 12.0))),
    ("month", None),
    ("week", Some(("day", 7.0))),
    ("day", Some(("hour", 24.0))),
    ("hour", Some(("minute", 60.0))),
    ("minute", None),
    ("decade", Some(("year", 10.0))),
];

/// Time-zone abbreviations after a clock time in four digits (`0930 GMT`, `1400 UTC`): the
/// figure is a time of day, no quantity. Written the same in every language.
pub const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "CET", "CEST", "MEZ", "MESZ", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET",
    "PT", "JST", "IST", "AEST", "AEDT", "HKT", "SGT", "MSK",
];

/// Whether `word` is one of [`TIME_ZONES`], as written.
pub fn is_time_zone(word: &str) -> bool {
    TIME_ZONES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::units::Dimension;

    #[test]
    fn every_symbol_has_a_known_base() {
        for (s, (u, _)) in ALL.iter() {
            assert!(Dimension::of(u.si).is_some(), "{s}: base {} has no dimension", u.si);
            assert!(u.factor > 0.0 && u.factor.is_finite(), "{s}");
        }
    }

    #[test]
    fn prefixes_scale_by_their_power() {
        // Rounded to 12 significant digits: `m` × `k` is not bit-exact in binary.
        let f = |s: &str| {
            let v = unit(s).factor;
            let m = 10f64.powi(11 - v.abs().log10().floor() as i32);
            (v * m).round() / m
        };
        assert_eq!((f("km"), f("mm"), f("km²"), f("cm³")), (1e3, 1e-3, 1e6, 1e-6));
        assert_eq!((f("mg"), f("kg"), f("kt")), (1e-6, 1.0, 1e6));
        assert_eq!((f("kWh"), f("GHz"), f("Mbit/s"), f("GB")), (3.6e6, 1e9, 1e6, 1e9));
        assert_eq!((f("MB/s"), f("ml")), (8e6, 1e-6));
        assert_eq!(f("mph"), 0.44704);
    }

    #[test]
    fn symbols_that_clash_across_case_are_exact() {
        // Lowercased, these spellings collide: each must be matched as written.
        for (a, b) in [("mW", "MW"), ("mm", "Mm"), ("mg", "Mg"), ("g", "G"), ("m", "M"), ("mb", "MB")] {
            for s in [a, b] {
                if is_symbol(s) {
                    assert!(unit(s).exact_case, "{s}");
                }
            }
        }
        assert!(!unit("kWh").exact_case);
    }
}
