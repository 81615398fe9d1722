//! Splitting text into words, digit runs and symbols, with byte spans.
//!
//! The recognizer never looks at raw characters: it walks this token stream, so every rule
//! sees the same notion of a word and a number, and spans are always byte offsets into the
//! text as given. Whitespace is not a token; instead each token records whether whitespace
//! (and whether a line break) stands before it, which is what rules need to tell `US-$`
//! from `US $` or `4-Modell` from `4 Modelle`.

use compact_str::CompactString;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (any script). A letter run never contains digits: `R1` is `R` + `1`.
    Word,
    /// Digits with their internal separators (`1.300.000`, `14,3`, `1 300 000`).
    Num,
    /// Any other single character: punctuation, currency signs, `%`, dashes.
    Sym,
}

/// A token's lowercase form, without a heap allocation for a word of up to 24 bytes.
fn lowercase(word: &str) -> CompactString {
    if word.is_ascii() {
        let mut out = CompactString::from(word);
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            out.make_ascii_lowercase();
        }
        out
    } else {
        // Char by char, as `str::to_lowercase` does away from a capital sigma (whose form
        // depends on its place in the word, `ς` at the end), into a buffer on the stack.
        let mut buf = [0u8; 24];
        let mut n = 0;
        for c in word.chars() {
            if c == '\u{3A3}' {
                return CompactString::from(word.to_lowercase());
            }
            for l in c.to_lowercase() {
                if n + l.len_utf8() > buf.len() {
                    return CompactString::from(word.to_lowercase());
                }
                n += l.encode_utf8(&mut buf[n..]).len();
            }
        }
        CompactString::from(std::str::from_utf8(&buf[..n]).expect("whole chars were written"))
    }
}

/// The hash of a token's lowercase form, fixed so a phrase table keyed by it finds the
/// token's own ([`Tok::hash`]). Two words of one hash cost a phrase table a comparison,
/// never a wrong match. (A hand-written hash of a word's first and last eight bytes was no
/// faster on the German news benchmark, run in turn with this one.)
pub fn word_hash(lower: &str) -> u64 {
    use std::hash::BuildHasher;
    const STATE: foldhash::fast::FixedState = foldhash::fast::FixedState::with_seed(0x5eed_c1a1_c0c4);
    STATE.hash_one(lower)
}

/// One token with its half-open byte span.
#[derive(Debug, Clone)]
pub struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// Lowercased text, for table look-ups. Kept inline (up to 24 bytes, nearly every
    /// word): one heap string per token was the tokenizer's largest cost.
    pub lower: CompactString,
    /// [`word_hash`] of `lower`, computed once: phrase tables are keyed by it, so the many
    /// look-ups at a token hash nothing.
    pub hash: u64,
    /// Whitespace stands between this token and the previous one.
    pub space_before: bool,
    /// A line break stands between this token and the previous one.
    pub line_before: bool,
    /// An empty line (paragraph break) stands before this token.
    pub para_before: bool,
    /// Inside a URL or e-mail address: never part of a quantity.
    pub masked: bool,
}

impl Tok {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// The first character is uppercase.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == TokKind::Word && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }

    /// Any character is uppercase (`iPhone`, `LLaMA`, `GPT`).
    pub fn has_upper(&self, text: &str) -> bool {
        self.kind == TokKind::Word && self.text(text).chars().any(char::is_uppercase)
    }

    pub fn is_sym(&self, c: char) -> bool {
        self.kind == TokKind::Sym && self.lower.starts_with(c) && self.lower.len() == c.len_utf8()
    }
}

/// Separators that may stand inside a digit run when a digit follows them.
fn is_digit_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\'' | '\u{2019}' | '\u{00A0}' | '\u{2009}' | '\u{202F}')
}

const LOWER: u8 = 1;
const UPPER: u8 = 2;
/// An uppercase letter of Latin-1 (`Ä`, `Ö`, `Ü`, `É`): lowercased by adding 0x20 to its
/// second byte, but not by `make_ascii_lowercase`.
const LATIN1_UPPER: u8 = 4;
/// Any other character outside ASCII and Latin-1 letters, lowercased by Unicode's tables.
const OTHER: u8 = 8;

/// For each byte, whether it is an ASCII letter and in which case: one load per byte of a
/// word, where the tests one by one were the tokenizer's largest cost.
static LETTER_CASE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_lowercase() {
            LOWER
        } else if byte.is_ascii_uppercase() {
            UPPER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// How many of the eight bytes of `chunk` are ASCII letters before the first that is
/// not, and the cases among them (`LOWER`, `UPPER`), read all at once as one integer: a
/// word's letters cost an add and a few masks per eight, not a load and a branch each.
fn ascii_letters(chunk: &[u8]) -> (usize, u8) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
    // Below 0x80, a byte is a letter when, with bit 5 set, it lies in `a..=z`: the sums
    // set a byte's high bit at `a` and at `{`, and no sum carries into the next byte.
    let folded = (v & !HIGH) | 0x2020_2020_2020_2020;
    let from_a = folded + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = folded + 0x0505_0505_0505_0505;
    let letters = from_a & !past_z & !v & HIGH;
    let run = (!letters & HIGH).trailing_zeros() as usize / 8;
    let in_run = if run == 8 { u64::MAX } else { (1u64 << (run * 8)) - 1 };
    // Bit 5 clear is a capital: shifted up to the high bit of its own byte.
    let upper = letters & !(v << 2) & in_run;
    let lower = letters & (v << 2) & in_run;
    (run, if upper != 0 { UPPER } else { 0 } | if lower != 0 { LOWER } else { 0 })
}

/// The case of the Latin-1 letter whose UTF-8 form is `0xC3` then `second` (U+00C0 to
/// U+00FF: German umlauts and `ß`, French and Nordic letters), or `None` for `×` and `÷`,
/// the block's two symbols. Answers without decoding or Unicode's tables for the letters
/// German is written with; a test holds it to the standard library.
fn latin1_letter(second: u8) -> Option<u8> {
    match second {
        0x97 | 0xB7 => None,
        0x80..=0x9E => Some(LATIN1_UPPER),
        _ => Some(LOWER),
    }
}

/// Splits `text` into tokens. Linear in the length of the text.
///
/// ASCII bytes and Latin-1 letters, nearly all of a text in a Latin script, are classified
/// byte by byte; only other characters are decoded and looked up in Unicode's tables. The
/// loop that reads a word notes which cases it met, so a word of lowercase letters copies
/// its bytes as its lowercase form and one with ASCII capitals only lowercases them in
/// place; only a word with another capital (`Ärzte`, `ΟΔΟΣ`) is lowercased char by char.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    tokenize_into(text, &mut toks);
    toks
}

/// [`tokenize`] into `toks`, whose tokens it replaces: a caller that tokenizes text after
/// text keeps one allocation, where a fresh one of several megabytes costs its pages.
///
/// The tokens of the last text are overwritten in place, not cleared first: each is
/// dropped as its slot is written, while its cache line is at hand, where clearing the
/// buffer was a pass of its own over memory larger than any cache.
pub fn tokenize_into(text: &str, toks: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    toks.reserve((text.len() / 5).saturating_sub(toks.len()));
    // How many tokens of this text are written: `toks[..n]`.
    let mut n = 0;
    let mut pos = 0;
    let mut space = false;
    let mut newlines = 0u32;
    while pos < bytes.len() {
        let b = bytes[pos];
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = text[pos..].chars().next().expect("pos is on a char boundary");
            (c, c.len_utf8())
        };
        if c.is_whitespace() || c == '\u{FEFF}' {
            space = true;
            if c == '\n' {
                newlines += 1;
            }
            pos += len;
            continue;
        }
        let start = pos;
        // The cases met in the token: no bit beyond `LOWER` means the bytes are their own
        // lowercase form. Digits and symbols have no case (every character that is not a
        // letter is its own lowercase form, which a test checks over all of Unicode).
        let mut seen = 0u8;
        let kind = if c.is_ascii_digit()
            || ((c == '.' || c == ',')
                && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
                && !toks[..n].last().is_some_and(|t: &Tok| t.end == pos && t.kind != TokKind::Sym))
        {
            pos = scan_number(text, pos);
            TokKind::Num
        } else if if b == 0xC3 { latin1_letter(bytes[pos + 1]).is_some() } else { c.is_alphabetic() } {
            seen = match b {
                0xC3 => latin1_letter(bytes[pos + 1]).unwrap_or(OTHER),
                _ if len == 1 => LETTER_CASE[usize::from(b)],
                _ => OTHER,
            };
            pos += len;
            loop {
                if let Some(chunk) = bytes.get(pos..pos + 8) {
                    let (letters, case) = ascii_letters(chunk);
                    seen |= case;
                    pos += letters;
                    if letters == 8 {
                        continue;
                    }
                }
                // No ASCII letter, or one of the last seven bytes of the text.
                let Some(&n) = bytes.get(pos) else { break };
                let case = LETTER_CASE[usize::from(n)];
                if case != 0 {
                    seen |= case;
                    pos += 1;
                    continue;
                }
                if n.is_ascii() {
                    break;
                }
                if n == 0xC3 {
                    match latin1_letter(bytes[pos + 1]) {
                        Some(case) => {
                            seen |= case;
                            pos += 2;
                            continue;
                        }
                        None => break,
                    }
                }
                let n = text[pos..].chars().next().expect("pos is on a char boundary");
                // Combining marks belong to the letter before them.
                if n.is_alphabetic() || ('\u{0300}'..='\u{036F}').contains(&n) {
                    seen |= OTHER;
                    pos += n.len_utf8();
                } else {
                    break;
                }
            }
            TokKind::Word
        } else {
            pos += len;
            TokKind::Sym
        };
        let word = &text[start..pos];
        let lower = if seen & (LATIN1_UPPER | OTHER) != 0 {
            lowercase(word)
        } else {
            let mut lower = CompactString::from(word);
            if seen & UPPER != 0 {
                lower.make_ascii_lowercase();
            }
            lower
        };
        let tok = Tok {
            kind,
            start,
            end: pos,
            hash: word_hash(&lower),
            lower,
            space_before: space,
            line_before: newlines > 0,
            para_before: newlines > 1,
            masked: false,
        };
        match toks.get_mut(n) {
            Some(slot) => *slot = tok,
            None => toks.push(tok),
        }
        n += 1;
        space = false;
        newlines = 0;
    }
    toks.truncate(n);
}

/// Finds the end of the digit run starting at `pos`.
///
/// A separator belongs to the number only when a digit follows it. A plain space belongs
/// to it only as a thousands separator: the groups before it are one group of one to three
/// digits (or already space-grouped), and exactly three digits follow. So `1 300 000` is one
/// number while `423 0000` and `2025 300` are two.
fn scan_number(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    let start = pos;
    let mut group_len = 0usize;
    let mut only_space_groups = true;
    let mut first_group = true;
    loop {
        while pos < bytes.len() && bytes[pos].is_ascii_digit() {
            pos += 1;
            group_len += 1;
        }
        let Some(c) = text[pos..].chars().next() else { break };
        let after = pos + c.len_utf8();
        let digit_follows = bytes.get(after).is_some_and(u8::is_ascii_digit);
        if c == ' ' {
            let grouped =
                only_space_groups && (if first_group { (1..=3).contains(&group_len) } else { group_len == 3 });
            let three = after + 3 <= bytes.len()
                && bytes[after..after + 3].iter().all(u8::is_ascii_digit)
                && !bytes.get(after + 3).is_some_and(|b| b.is_ascii_digit());
            if grouped && three && pos > start {
                pos = after;
                group_len = 0;
                first_group = false;
                continue;
            }
            break;
        }
        if is_digit_separator(c) && digit_follows {
            if c != '\u{00A0}' && c != '\u{2009}' && c != '\u{202F}' {
                only_space_groups = false;
            }
            pos = after;
            group_len = 0;
            first_group = false;
            continue;
        }
        break;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokKind)> {
        tokenize(text).into_iter().map(|t| (&text[t.start..t.end], t.kind)).collect()
    }

    #[test]
    fn digit_runs_keep_their_separators() {
        for (text, num) in [
            ("1.300.000 GPUs", "1.300.000"),
            ("14,3 Mrd", "14,3"),
            ("1 300 000 Euro", "1 300 000"),
            ("1\u{202F}234\u{202F}567.89", "1\u{202F}234\u{202F}567.89"),
            ("12 500 EUR", "12 500"),
            (",77", ",77"),
        ] {
            assert_eq!(kinds(text)[0], (num, TokKind::Num), "{text}");
        }
    }

    #[test]
    fn plain_spaces_only_group_thousands() {
        assert_eq!(kinds("423 0000")[0].0, "423");
        assert_eq!(kinds("2025 300 Leute")[0].0, "2025");
        assert_eq!(kinds("1, 234")[0].0, "1");
    }

    #[test]
    fn letters_and_digits_split() {
        let t = kinds("R1 14.3bn");
        assert_eq!(t, vec![("R", TokKind::Word), ("1", TokKind::Num), ("14.3", TokKind::Num), ("bn", TokKind::Word)]);
        let toks = tokenize("R1 14.3bn");
        assert!(!toks[1].space_before && toks[2].space_before && !toks[3].space_before);
    }

    #[test]
    fn lowercase_forms_are_those_of_the_standard_library() {
        for word in [
            "Müller",
            "ÄRZTE",
            "straße",
            "İstanbul",
            "ΟΔΟΣ",
            "Σ",
            "ǅemal",
            "Ⅻ",
            "ＡＢＣ",
            "éÉ",
            "abc",
            "ABC",
            "ÜBERSCHALLGESCHWINDIGKEITSÄNDERUNG",
            "ÄÖÜ",
        ] {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn non_ascii_letters_and_marks_stay_in_words() {
        let text = "Cafe\u{301} Ärzte 12\u{a0}000 Grüße";
        let t = kinds(text);
        assert_eq!(t[0], ("Cafe\u{301}", TokKind::Word));
        assert_eq!(t[1], ("Ärzte", TokKind::Word));
        assert_eq!(t[2], ("12\u{a0}000", TokKind::Num));
        assert_eq!(t[3], ("Grüße", TokKind::Word));
    }

    #[test]
    fn letter_runs_are_counted_as_byte_by_byte() {
        for text in
            ["abcdefgh", "Abcdefgh", "abcDefg1", "ab-cdefg", "@[`{az]^_", "ZZZZZZZZ", "ä1234567", "\x7fA\x00bcdef"]
        {
            let bytes = text.as_bytes();
            let run = bytes.iter().take(8).take_while(|b| b.is_ascii_alphabetic()).count();
            let case = bytes[..run].iter().fold(0, |c, &b| c | LETTER_CASE[usize::from(b)]);
            assert_eq!(ascii_letters(&bytes[..8]), (run, case), "{text}");
        }
        for b in 0..=255u8 {
            let chunk = [b; 8];
            let want = if b.is_ascii_alphabetic() { (8, LETTER_CASE[usize::from(b)]) } else { (0, 0) };
            assert_eq!(ascii_letters(&chunk), want, "{b:#x}");
        }
    }

    #[test]
    fn latin1_letters_are_those_of_the_standard_library() {
        for u in 0xC0..=0xFF {
            let c = char::from_u32(u).expect("a Latin-1 char");
            let mut utf8 = [0; 2];
            c.encode_utf8(&mut utf8);
            assert_eq!(utf8[0], 0xC3);
            let case = latin1_letter(utf8[1]);
            assert_eq!(case.is_some(), c.is_alphabetic(), "{c}");
            assert_eq!(case == Some(LATIN1_UPPER), c.to_lowercase().ne([c]), "{c}");
        }
    }

    #[test]
    fn every_character_but_a_letter_is_its_own_lowercase_form() {
        for c in (char::MIN..=char::MAX).filter(|c| !c.is_alphabetic()) {
            assert!(c.to_lowercase().eq([c]), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn tokens_carry_the_lowercase_form_of_their_text() {
        let text = "Die Ärzte, ÖL und Übernahme: Müller zahlt 14,3 Mrd. € „für“ İstanbul ΟΔΟΣ Cafe\u{301} \
                    ÜBERSCHALLGESCHWINDIGKEITSÄNDERUNGEN × ÷ ½ Ⅻ ＡＢＣ ǅemal straße";
        for t in tokenize(text) {
            assert_eq!(t.lower, t.text(text).to_lowercase(), "{}", t.text(text));
            assert_eq!(t.hash, word_hash(&t.text(text).to_lowercase()));
        }
    }

    #[test]
    fn word_hashes_tell_words_apart() {
        let words = ["", "a", "b", "ab", "ba", "mrd", "mio", "euro", "prozent", "milliarden", "milliarde", "us-dollar"];
        let long = [
            "überschallgeschwindigkeit".to_string(),
            "überschallgeschwindigkeiten".to_string(),
            "x".repeat(17),
            "x".repeat(25),
        ];
        let all: Vec<&str> = words.iter().copied().chain(long.iter().map(String::as_str)).collect();
        let hashes: std::collections::HashSet<u64> = all.iter().map(|w| word_hash(w)).collect();
        assert_eq!(hashes.len(), all.len());
    }

    #[test]
    fn line_breaks_are_recorded() {
        let toks = tokenize("a\r\nb\n\nc");
        assert!(toks[1].line_before && !toks[1].para_before);
        assert!(toks[2].para_before);
    }
}
