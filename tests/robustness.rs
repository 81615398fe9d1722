#![allow(clippy::print_stderr)] // The corpus test reports its throughput.

//! Properties of the recognizer: the same amount written the German and the English way
//! reads back to the same value; no input makes it panic; real news scans cleanly.

use std::path::Path;
use std::time::Instant;

use claimcheck::{scan, Kind, Lang, Quantity, Value};
use proptest::prelude::*;

/// Groups the integer digits with `sep` every three digits.
fn group(int: u64, sep: &str) -> String {
    let digits = int.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn money(qs: &[Quantity]) -> Option<(f64, String)> {
    let q = qs.iter().find(|q| q.kind == Kind::Money)?;
    Some((q.value.as_f64()?, q.unit.clone()?))
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// `14,3 Milliarden US-Dollar` (de) and `$14.3 billion` (en) are one amount.
    #[test]
    fn german_and_english_forms_agree(int in 1u64..1000, frac in 0u32..100, decimals in 0usize..3,
                                      scale in 0usize..4, cur in 0usize..3, form in 0usize..3) {
        let frac_digits = match decimals { 0 => String::new(), 1 => format!("{}", frac % 10), _ => format!("{frac:02}") };
        let (de_scale, en_scale, factor) = [("", "", 1.0), ("Tausend", "thousand", 1e3), ("Millionen", "million", 1e6), ("Milliarden", "billion", 1e9)][scale];
        let (de_cur, en_sym, en_word, code) = [("US-Dollar", "$", "dollars", "USD"), ("Euro", "€", "euros", "EUR"), ("Pfund", "£", "pounds", "GBP")][cur];
        let de_num = if frac_digits.is_empty() { int.to_string() } else { format!("{int},{frac_digits}") };
        let en_num = if frac_digits.is_empty() { int.to_string() } else { format!("{int}.{frac_digits}") };
        let de = match form {
            0 => format!("Der Betrag lag bei {de_num} {de_scale} {de_cur} im Jahr."),
            1 => format!("Der Betrag lag bei {en_sym}{de_num} {de_scale} im Jahr."),
            _ => format!("Der Betrag lag bei {code} {de_num} {de_scale} im Jahr."),
        };
        let en = match form {
            0 => format!("The amount was {en_num} {en_scale} {en_word} last year."),
            1 => format!("The amount was {en_sym}{en_num} {en_scale} last year."),
            _ => format!("The amount was {code} {en_num} {en_scale} last year."),
        };
        let expected = format!("{int}.{}", if frac_digits.is_empty() { "0" } else { &frac_digits }).parse::<f64>().unwrap() * factor;
        let (dv, du) = money(&scan(&de, Lang::De, None)).unwrap_or_else(|| panic!("no money in {de:?}"));
        let (ev, eu) = money(&scan(&en, Lang::En, None)).unwrap_or_else(|| panic!("no money in {en:?}"));
        prop_assert!(same(dv, expected), "{de:?} read as {dv}, want {expected}");
        prop_assert!(same(ev, expected), "{en:?} read as {ev}, want {expected}");
        prop_assert_eq!(&du, code);
        prop_assert_eq!(&eu, code);
    }

    /// Grouped integers: `1.300.000` / `1 300 000` (de) and `1,300,000` (en).
    #[test]
    fn grouped_integers_agree(int in 1000u64..10_000_000_000, sep in 0usize..3) {
        let de_sep = [".", "\u{202F}", "\u{00A0}"][sep];
        let de = format!("Es waren {} Besucher.", group(int, de_sep));
        let en = format!("There were {} visitors.", group(int, ","));
        for (text, lang) in [(de, Lang::De), (en, Lang::En)] {
            let q = scan(&text, lang, None).into_iter().next().unwrap_or_else(|| panic!("nothing in {text:?}"));
            prop_assert_eq!(q.value, Value::Number(int as f64), "{}", text);
        }
    }

    /// Nothing panics, and every span is a slice of the input that reads as its text.
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        for lang in [Lang::De, Lang::En] {
            for q in scan(&text, lang, None) {
                prop_assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
            }
        }
    }

    /// Dense number-like noise exercises every rule without panicking.
    #[test]
    fn number_noise_never_panics(text in "[0-9 .,'%$€£/:+–-]{0,12}( ?(Mio|Mrd|bis|und|zwischen|über|rund|von|der|of|to|billion|Prozent|percent|k|m|bn|Juni|Q|H|halbe|Drittel|point|komma|e|minus|a|ein)? ?[0-9.,½¼-]{0,8}){0,6}") {
        let reference = chrono::NaiveDate::from_ymd_opt(2025, 7, 1);
        for lang in [Lang::De, Lang::En] {
            for q in scan(&text, lang, reference) {
                prop_assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
            }
        }
    }
}

/// The 2.7 MB German news corpus in `../shared/corpora/`, when present: no panic, valid
/// spans, and a throughput report.
#[test]
fn german_news_corpus_scans() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/10kgnad-test.csv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not present", path.display());
        return;
    };
    let started = Instant::now();
    let qs = scan(&text, Lang::De, None);
    let secs = started.elapsed().as_secs_f64();
    for q in &qs {
        assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
        if let Some(v) = q.value.as_f64() {
            assert!(v.is_finite(), "{q:?}");
        }
    }
    assert!(qs.len() > 5000, "only {} quantities in the corpus", qs.len());
    eprintln!(
        "corpus: {} bytes, {} quantities, {:.2} s, {:.1} MB/s",
        text.len(),
        qs.len(),
        secs,
        text.len() as f64 / secs / 1e6
    );
}
