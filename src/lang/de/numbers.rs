//! German number words: `drei`, `vierzehn`, `einundzwanzig`, `dreihundertvierzig`,
//! `zweieinhalb`, `anderthalb`.
//!
//! German writes a number below a million as one word, so this is a small parser over the
//! word's morphemes rather than a list: `siebenhunderteinundzwanzigtausendzwölf` is
//! `(sieben·hundert + ein·und·zwanzig)·tausend + zwölf`. Umlauts and ß may be written
//! `ue`, `ss` (`fuenf`, `dreissig`). Scale words (`Million`, `Milliarden`) are separate
//! words and belong to the core.
//!
//! The article alone (`ein`, `eine`) is not the number one; with a scale (`eine Million`)
//! the core reads it. A capitalised number word is only a number at the start of a
//! sentence: mid-sentence `Acht` is a noun ("außer Acht lassen").

use std::borrow::Cow;

use crate::text::tokens::{Tok, TokKind};

const UNITS: &[(&str, u64)] = &[
    ("null", 0),
    ("eins", 1),
    ("ein", 1),
    ("zwei", 2),
    ("zwo", 2),
    ("drei", 3),
    ("vier", 4),
    ("fuenf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("elf", 11),
    ("zwoelf", 12),
    ("dreizehn", 13),
    ("vierzehn", 14),
    ("fuenfzehn", 15),
    ("sechzehn", 16),
    ("siebzehn", 17),
    ("achtzehn", 18),
    ("neunzehn", 19),
];

const TENS: &[(&str, u64)] = &[
    ("zwanzig", 20),
    ("dreissig", 30),
    ("vierzig", 40),
    ("fuenfzig", 50),
    ("sechzig", 60),
    ("siebzig", 70),
    ("achtzig", 80),
    ("neunzig", 90),
];

/// Where `needle` first stands in `s`, as `str::find` says, without building a substring
/// searcher per call: the needles are short morphemes, and building one cost more than
/// the parse.
fn find(s: &str, needle: &str) -> Option<usize> {
    s.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

fn lookup(table: &[(&str, u64)], s: &str) -> Option<u64> {
    table.iter().find(|(w, _)| *w == s).map(|(_, v)| *v)
}

/// 1..=99, with `ein` only as a part (`einundzwanzig`), never alone.
fn below_hundred(s: &str) -> Option<u64> {
    if let Some(v) = lookup(UNITS, s).or_else(|| lookup(TENS, s)) {
        return Some(v);
    }
    let idx = find(s, "und")?;
    let (unit, tens) = (&s[..idx], &s[idx + "und".len()..]);
    let u = lookup(UNITS, unit).filter(|u| (1..=9).contains(u))?;
    if unit == "eins" {
        return None;
    }
    Some(u + lookup(TENS, tens)?)
}

fn below_thousand(s: &str) -> Option<u64> {
    match find(s, "hundert") {
        Some(idx) => {
            let (left, right) = (&s[..idx], &s[idx + "hundert".len()..]);
            let l = if left.is_empty() { 1 } else { below_hundred(left).filter(|&v| v > 0)? };
            let r = if right.is_empty() { 0 } else { below_hundred(right)? };
            Some(l * 100 + r)
        }
        None => below_hundred(s),
    }
}

fn below_million(s: &str) -> Option<u64> {
    match find(s, "tausend") {
        Some(idx) => {
            let (left, right) = (&s[..idx], &s[idx + "tausend".len()..]);
            let l = if left.is_empty() { 1 } else { below_thousand(left).filter(|&v| v > 0)? };
            let r = if right.is_empty() { 0 } else { below_thousand(right)? };
            Some(l * 1000 + r)
        }
        None => below_thousand(s),
    }
}

/// Spells umlauts and ß out, so `fünf` and `fuenf` read alike. A word in lowercase ASCII,
/// nearly every word asked, is its own folding and is not copied.
fn fold(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// Reads one German number word: `(value, precision)`.
pub fn parse_word(word: &str) -> Option<(f64, f64)> {
    let s = fold(word);
    if matches!(&*s, "ein" | "eine" | "einen" | "einer" | "eines" | "einem") {
        return None;
    }
    match &*s {
        "anderthalb" | "eineinhalb" | "einundhalb" | "einhalb" => return Some((1.5, 0.5)),
        "halb" => return None,
        _ => {}
    }
    if let Some(whole) = s.strip_suffix("einhalb") {
        return below_million(whole).map(|v| (v as f64 + 0.5, 0.5));
    }
    below_million(&s).map(|v| (v as f64, 1.0))
}

/// A fraction word: `Drittel`, `Fünftel`, `Vierteln`, `Zwanzigstel`, `Hundertstel`,
/// `Millionstel`. German forms it as the number + `-tel` (below twenty) or `-stel`, one word
/// whatever the number, and the same after one and after more (`ein Fünftel`, `zwei
/// Fünftel`), so the number is not marked (`None`). Returns the denominator and the token
/// after it.
pub fn ordinal_denominator(toks: &[Tok], i: usize) -> Option<(f64, usize, Option<bool>)> {
    let tok = toks.get(i).filter(|t| t.kind == TokKind::Word && !t.masked)?;
    let w = fold(&tok.lower);
    // The dative plural: `drei Vierteln`, `zwei Dritteln`.
    let w = w.strip_suffix('n').filter(|s| s.ends_with("tel")).unwrap_or(&w);
    let big = |stem: &str| match stem {
        "million" => Some(1e6),
        "milliard" => Some(1e9),
        "billion" => Some(1e12),
        _ => below_million(stem).filter(|v| *v >= 20).map(|v| v as f64),
    };
    let small = |stem: &str| match stem {
        "drit" => Some(3.0),
        "sieb" => Some(7.0),
        "ach" => Some(8.0),
        _ => below_hundred(stem).filter(|v| (4..20).contains(v)).map(|v| v as f64),
    };
    let d = w.strip_suffix("stel").and_then(big).or_else(|| w.strip_suffix("tel").and_then(small))?;
    Some((d, i + 1, None))
}

/// The number of an ordinal word: `Fünfte` = 5, `Zweite` = 2, `zehnten` = 10,
/// `Zwanzigste` = 20, in any ending; not `erste`.
pub fn ordinal_number(word: &str) -> Option<u64> {
    let w = fold(word);
    let stem = ["en", "er", "es", "em", "e"].iter().find_map(|e| w.strip_suffix(e))?;
    let v = match stem {
        "zweit" => 2,
        "dritt" => 3,
        "siebt" => 7,
        "acht" => 8,
        _ => stem
            .strip_suffix("st")
            .and_then(|n| below_million(n).filter(|v| *v >= 20))
            .or_else(|| stem.strip_suffix('t').and_then(|n| below_hundred(n).filter(|v| (4..20).contains(v))))?,
    };
    Some(v)
}

/// Comparison words after `doppelt`, `dreimal`, `drei Mal`: `doppelt so hoch`, `dreimal
/// mehr`; without one, `dreimal` counts events (`er rief dreimal an`).
const COMPARISON: &[&str] = &["so", "soviel", "mehr", "weniger", "höher", "größer", "teurer", "schneller", "länger"];

/// A multiple: `verdoppelt`, `verdreifachte`, `Verzehnfachung`, `das Doppelte`, `das
/// Dreifache`, `doppelt so`, `dreimal so`, `drei Mal mehr`, `zehnfach höher`. The span
/// starts at the article of a noun (`das Doppelte`).
pub fn multiple(toks: &[Tok], i: usize, _text: &str) -> Option<(f64, usize)> {
    let t = toks.get(i).filter(|t| t.kind == TokKind::Word && !t.masked)?;
    // Cheap tests first: `das`, `dem` and words in `ver-` are frequent, multiples rare.
    let lower = t.lower.as_str();
    let next_is_multiple = || {
        toks.get(i + 1).is_some_and(|n| {
            let n = n.lower.trim_end_matches('n');
            n.ends_with("fache") || n.ends_with("doppelte")
        })
    };
    let has = |part: &str| find(lower, part).is_some();
    if (lower.starts_with("ver") && !has("doppel") && !has("doppl") && !has("fach"))
        || (matches!(lower, "das" | "dem" | "des") && !next_is_multiple())
    {
        return None;
    }
    // Every other multiple is `doppelt`, a word in `-mal` or `-fach`, or a number word
    // before `Mal`: most words are none of these, and need no parsing.
    let next_mal = toks.get(i + 1).is_some_and(|n| n.lower == "mal");
    if !(lower.starts_with("ver")
        || matches!(lower, "das" | "dem" | "des" | "doppelt")
        || lower.ends_with("mal")
        || lower.ends_with("fach")
        || next_mal)
    {
        return None;
    }
    let w = fold(lower);
    // `verdoppelt`, `verdoppeln`, `Verdopplung`, `verdreifacht`, `Verzehnfachung`
    if let Some(rest) = w.strip_prefix("ver") {
        if rest.starts_with("doppel") || rest.starts_with("doppl") {
            return Some((2.0, i + 1));
        }
        if let Some(idx) = find(rest, "fach") {
            let v = below_hundred(&rest[..idx]).filter(|v| *v >= 2)?;
            return Some((v as f64, i + 1));
        }
        return None;
    }
    // `das Doppelte`, `dem Dreifachen`, `um das Zehnfache`
    if matches!(&*w, "das" | "dem" | "des") {
        let n = toks.get(i + 1).filter(|n| n.kind == TokKind::Word)?;
        let nw = fold(&n.lower);
        let stem = nw.strip_suffix("n").unwrap_or(&nw).strip_suffix('e')?;
        let v = match stem {
            "doppelt" => 2,
            _ => below_million(stem.strip_suffix("fach")?).filter(|v| *v >= 2)?,
        };
        return Some((v as f64, i + 2));
    }
    // `doppelt so`, `dreimal mehr`, `drei Mal so`, `zehnfach höher`
    let (v, end) = if w == "doppelt" {
        (2, i + 1)
    } else if let Some(n) = w.strip_suffix("mal").or_else(|| w.strip_suffix("fach")) {
        (below_million(n)?, i + 1)
    } else {
        let (v, _) = parse_word(&t.lower)?;
        toks.get(i + 1).filter(|n| n.lower == "mal")?;
        (v as u64, i + 2)
    };
    toks.get(end).filter(|n| COMPARISON.contains(&n.lower.as_str()))?;
    (v >= 2).then_some((v as f64, end))
}

/// A cheap filter before [`multiple`]: false means `word` starts no multiple. Asked of
/// nearly every word: its tests are all made, without a branch between them.
pub fn may_start_multiple(word: &str) -> bool {
    word.starts_with("ver")
        | word.ends_with("mal")
        | word.ends_with("fach")
        | matches!(word, "das" | "dem" | "des" | "doppelt")
}

/// Every German number word ends in one of these (`dreiundzwanzig`, `zweieinhalb`);
/// [`may_be_number_word`] compares them all at once.
const ENDINGS: &[&str] = &[
    "null", "eins", "ein", "zwei", "zwo", "drei", "vier", "fünf", "fuenf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "zwoelf", "zig", "ßig", "ssig", "hundert", "tausend", "halb",
];

/// The last eight bytes of a word as one integer, its last byte highest and zeros before a
/// shorter word: an ending of up to eight bytes is then one masked compare.
///
/// Read in whole loads, not copied to a buffer: a copy of a length known only at run time
/// is a call, and its bytes read back as one integer stall the load.
fn tail(word: &[u8]) -> u64 {
    let n = word.len();
    let load4 = |at: usize| u64::from(u32::from_le_bytes(word[at..at + 4].try_into().expect("four bytes")));
    match n {
        8.. => u64::from_le_bytes(word[n - 8..].try_into().expect("eight bytes")),
        // Two loads that overlap where the word is shorter than eight bytes: the first
        // four bytes shifted to their place below the last four, agreeing where they meet.
        4..=7 => load4(n - 4) << 32 | load4(0) << (8 * (8 - n)),
        _ => word.iter().fold(0, |t, &b| t >> 8 | u64::from(b) << 56),
    }
}

/// Each ending of [`ENDINGS`] as the bits of [`tail`] it fixes and their value.
const ENDING_TAILS: [(u64, u64); ENDINGS.len()] = {
    let mut out = [(0, 0); ENDINGS.len()];
    let mut i = 0;
    while i < ENDINGS.len() {
        let e = ENDINGS[i].as_bytes();
        assert!(!e.is_empty() && e.len() < 8, "an ending fits a tail");
        let mut value = 0u64;
        let mut k = 0;
        while k < e.len() {
            value |= (e[e.len() - 1 - k] as u64) << (8 * (7 - k));
            k += 1;
        }
        out[i] = (!(u64::MAX >> (8 * e.len())), value);
        i += 1;
    }
    out
};

/// A cheap filter before the parser: false means `word` is no number word, as no ending
/// of [`ENDINGS`] ends it. Asked of nearly every word, so its last eight bytes are read as
/// one integer and compared with every ending at once, without a branch (the zeros before
/// a short word are no byte of an ending); a test holds this to the table.
pub fn may_be_number_word(word: &str) -> bool {
    let t = tail(word.as_bytes());
    ENDING_TAILS.iter().fold(false, |any, &(mask, value)| any | (t & mask == value))
}

/// The `NumberWords` entry point for German.
pub fn number_words(toks: &[Tok], i: usize, text: &str, sentence_initial: bool) -> Option<(f64, f64, usize)> {
    let tok = toks.get(i)?;
    if tok.kind != TokKind::Word || (tok.is_capitalised(text) && !sentence_initial) {
        return None;
    }
    let (value, precision) = parse_word(&tok.lower)?;
    Some((value, precision, i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, Option<f64>)] = &[
            ("null", Some(0.0)),
            ("eins", Some(1.0)),
            ("ein", None),
            ("eine", None),
            ("drei", Some(3.0)),
            ("vierzehn", Some(14.0)),
            ("siebzehn", Some(17.0)),
            ("einundzwanzig", Some(21.0)),
            ("dreiunddreißig", Some(33.0)),
            ("dreissig", Some(30.0)),
            ("dreihundertvierzig", Some(340.0)),
            ("hundertzwei", Some(102.0)),
            ("einhundert", Some(100.0)),
            ("einhunderteinunddreißig", Some(131.0)),
            ("eintausendeinhundertfünfzig", Some(1150.0)),
            ("achtzehnhundertzweiundfünfzig", Some(1852.0)),
            ("siebenhunderteinundzwanzigtausendzwölf", Some(721012.0)),
            ("dreihundertneunundneunzigtausendfuenfhundertneun", Some(399509.0)),
            ("hunderttausend", Some(100000.0)),
            ("fünftausend", Some(5000.0)),
            ("zweieinhalb", Some(2.5)),
            ("dreieinhalb", Some(3.5)),
            ("anderthalb", Some(1.5)),
            ("eineinhalb", Some(1.5)),
            ("dritte", None),
            ("dreier", None),
            ("und", None),
            ("hundert", Some(100.0)),
            ("einsundzwanzig", None),
        ];
        for &(word, want) in cases {
            assert_eq!(parse_word(word).map(|(v, _)| v), want, "{word}");
        }
    }

    #[test]
    fn a_tail_is_the_last_eight_bytes() {
        for word in ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghijk"] {
            let b = word.as_bytes();
            let mut want = [0u8; 8];
            let n = b.len().min(8);
            want[8 - n..].copy_from_slice(&b[b.len() - n..]);
            assert_eq!(tail(b), u64::from_le_bytes(want), "{word}");
        }
    }

    #[test]
    fn the_number_word_hint_is_the_endings_table() {
        let mut words: Vec<String> = ENDINGS.iter().flat_map(|e| [e.to_string(), format!("x{e}"), e.chars().skip(1).collect()]).collect();
        words.extend(["", "und", "kein", "nacht", "macht", "alle", "zwanzigste", "ab", "ß", "größ"].map(String::from));
        let text = "Die Zahl stieg auf einundzwanzig, dann fünfzig und dreißig Prozent: allein acht Nächte";
        words.extend(crate::text::tokens::tokenize(text).into_iter().map(|t| t.lower.to_string()));
        for w in &words {
            assert_eq!(may_be_number_word(w), ENDINGS.iter().any(|e| w.ends_with(e)), "{w}");
        }
    }

    #[test]
    fn morphemes_are_found_as_str_find_finds_them() {
        for s in ["", "und", "einundzwanzig", "hunderttausend", "tausendundeins", "fünfundfünfzig", "hundert"] {
            for needle in ["und", "hundert", "tausend", "fach"] {
                assert_eq!(find(s, needle), s.find(needle), "{s} {needle}");
            }
        }
        assert_eq!(fold("Fünf"), "fuenf");
        assert_eq!(fold("dreißig"), "dreissig");
        assert!(matches!(fold("drei"), Cow::Borrowed("drei")));
    }

    #[test]
    fn multiples_and_ordinals() {
        let cases: &[(&str, Option<f64>)] = &[
            ("verdoppelt", Some(2.0)),
            ("verdreifachte", Some(3.0)),
            ("Verzehnfachung", Some(10.0)),
            ("das Doppelte", Some(2.0)),
            ("dem Dreifachen", Some(3.0)),
            ("das Zehnfache", Some(10.0)),
            ("doppelt so hoch", Some(2.0)),
            ("dreimal mehr", Some(3.0)),
            ("drei Mal so viel", Some(3.0)),
            ("dreimal", None),
            ("das Haus", None),
            ("verkauft", None),
        ];
        for &(text, want) in cases {
            let toks = crate::text::tokens::tokenize(text);
            assert_eq!(multiple(&toks, 0, text).map(|m| m.0), want, "{text}");
        }
        for (word, want) in [("Fünfte", Some(5)), ("Zweite", Some(2)), ("zehnten", Some(10)), ("Zwanzigste", Some(20))]
        {
            assert_eq!(ordinal_number(word), want, "{word}");
        }
        assert_eq!(ordinal_number("erste"), None);
        assert_eq!(ordinal_number("Weste"), None);
    }

    #[test]
    fn ordinal_denominators() {
        let cases: &[(&str, Option<f64>)] = &[
            ("Drittel", Some(3.0)),
            ("Viertel", Some(4.0)),
            ("Vierteln", Some(4.0)),
            ("Fünftel", Some(5.0)),
            ("Sechstel", Some(6.0)),
            ("Siebtel", Some(7.0)),
            ("Achtel", Some(8.0)),
            ("Zehntel", Some(10.0)),
            ("Zwölftel", Some(12.0)),
            ("Zwanzigstel", Some(20.0)),
            ("Hundertstel", Some(100.0)),
            ("Tausendstel", Some(1000.0)),
            ("Millionstel", Some(1e6)),
            ("Mittel", None),
            ("Titel", None),
            ("Hotel", None),
            ("Zweitel", None),
        ];
        for &(word, want) in cases {
            let toks = crate::text::tokens::tokenize(word);
            assert_eq!(ordinal_denominator(&toks, 0).map(|(v, _, _)| v), want, "{word}");
        }
    }
}
