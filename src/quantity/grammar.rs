//! The amount grammar: atoms, scales, currencies, hedges, ranges, ratios and counts.
//!
//! Each rule is a method that starts at a token and returns what it read and the token
//! after it; [`Scanner::run`] tries dates first, then amounts, at each token and moves on
//! past whatever matched. No rule looks more than a few tokens ahead, so scanning is
//! linear in the input.

use foldhash::{HashSet, HashSetExt};
use std::cell::Cell;
use std::sync::LazyLock;

use chrono::NaiveDate;
use compact_str::CompactString;
use regex::Regex;

use super::digits::parse_digits;
use super::tokens::{tokenize_into, Tok, TokKind};
use super::units::{Ambiguity, Dimension};
use super::{rules, Kind, Qualifier, Quantity, RuleName, Value};
use crate::lang::{common, Lang, Opener, PercentUnit, Rules, Unit};
use crate::text::phrase::PhraseTable;

/// URLs and e-mail addresses: their digits are never quantities.
///
/// No `\b`: a Unicode word boundary forces the regex crate's slowest engine, and the
/// scheme and `@` anchor the matches well enough.
static MASK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)
          (?: [hH][tT][tT][pP][sS]? | [fF][tT][pP] ) :// [^\s<>"'\)\]]+   # scheme URLs
        | [wW][wW][wW] \. [^\s<>"'\)\]]+                                 # bare www. hosts
        | [A-Za-z0-9._%+-]+ @ [A-Za-z0-9-]+ (?: \. [A-Za-z0-9-]+ )+         # e-mail addresses
        "#,
    )
    .expect("mask pattern compiles")
});

/// Markup tags (inline HTML in Markdown or text: `<b>`, `<span class="x1">`), matched at a
/// `<`: their digits are never quantities, and the `>` closing a tag is no "more than".
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\A</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>"#).expect("tag pattern compiles"));

/// The spans of [`masked_links`] and of the markup tags ([`TAG`], tried at each `<`), in
/// order.
fn masked(text: &str) -> Vec<std::ops::Range<usize>> {
    // A link may lie inside a tag (`<a href="http://…">`); the scanner reads nested spans.
    let tags = memchr::memchr_iter(b'<', text.as_bytes()).filter_map(|k| TAG.find(&text[k..]).map(|m| k..k + m.end()));
    let mut all: Vec<_> = masked_links(text).into_iter().chain(tags).collect();
    all.sort_by_key(|r| r.start);
    all
}

/// The spans [`MASK`] finds in `text`, in order.
///
/// Every class of the pattern excludes whitespace, so a match lies within one run of
/// non-space text, and it holds `://`, `www.` (in any case) or `@`. Only the runs holding
/// one of these are searched: the pattern starts with no literal to skip ahead by, so
/// over the whole text the regex ran its automaton over every byte. The pattern has no
/// anchor or word boundary, so a run searched alone gives the matches it gives in the text.
fn masked_links(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut searched_to = 0;
    for k in memchr::memchr3_iter(b'@', b':', b'.', bytes) {
        let anchor = match bytes[k] {
            b'@' => true,
            b':' => bytes[k + 1..].starts_with(b"//"),
            b'.' => k >= 3 && bytes[k - 3..k].eq_ignore_ascii_case(b"www"),
            _ => false,
        };
        if !anchor || k < searched_to {
            continue;
        }
        let start = text[searched_to..k]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(searched_to, |(p, c)| searched_to + p + c.len_utf8());
        let end = text[k..].char_indices().find(|(_, c)| c.is_whitespace()).map_or(text.len(), |(p, _)| k + p);
        out.extend(MASK.find_iter(&text[start..end]).map(|m| start + m.start()..start + m.end()));
        searched_to = end;
    }
    out
}

/// Unicode vulgar fractions.
/// How many times its first end a range after a change's `by` may reach before the two
/// figures read as the change and the level (`by 700 to 21,800`): `by 10 to 20 percent` is a
/// range, `by €4.1m to €33.5m` a move.
const MOVE_NOT_RANGE: f64 = 3.0;

const FRACTIONS: &[(char, f64)] = &[
    ('½', 0.5),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('⅕', 0.2),
    ('⅙', 1.0 / 6.0),
    ('⅛', 0.125),
];

/// A bare number read from digits or words, before scale and unit.
#[derive(Debug, Clone)]
pub(crate) struct Atom {
    pub value: f64,
    pub precision: f64,
    pub start: usize,
    pub end: usize,
    pub words: bool,
}

/// A capitalised word and the number after it, lowercase (`("llama", "4")`).
type NamePair = (compact_str::CompactString, compact_str::CompactString);

/// An amount with what stands around it: currency, scale, percent or unit.
#[derive(Debug, Clone)]
pub(crate) struct Operand {
    /// Value after the scale, before any unit conversion.
    pub value: f64,
    pub precision: f64,
    /// The atom's own value and precision (for sharing a scale across a range).
    pub raw: f64,
    pub raw_precision: f64,
    pub start: usize,
    pub atom_start: usize,
    pub end: usize,
    pub words: bool,
    pub scale: Option<f64>,
    pub currency: Option<&'static str>,
    pub percent: Option<PercentUnit>,
    pub unit: Option<Unit>,
    pub money_noun: bool,
    /// The tokens that write the unit (`miles per hour`, `pounds`, `magnitude`).
    pub unit_span: Option<(usize, usize)>,
    /// A rate's denominator key (`barrel`, `year`, `h`).
    pub per: Option<&'static str>,
    pub ambiguity: Option<Ambiguity>,
    /// The rule that made the operand what it is, when not the kind's own (`Jeder
    /// Fünfte`, `one in five`, `2,1 statt 1,4 Milliarden`).
    pub rule: Option<&'static str>,
}

impl Operand {
    fn is_bare(&self) -> bool {
        self.scale.is_none()
            && self.currency.is_none()
            && self.percent.is_none()
            && self.unit.is_none()
            && !self.money_noun
    }

    fn is_integer(&self) -> bool {
        self.value.fract() == 0.0 && self.value >= 0.0
    }
}

/// A quantity and the tokens it covers.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub q: Quantity,
    pub start: usize,
    pub end: usize,
    /// Opens a split ratio: `Von den 14 Hauptautoren …`.
    pub split_whole: bool,
    /// A bare number with no hedge, unit or noun.
    pub bare: bool,
}

enum Outcome {
    Found(Box<Found>),
    Skip(usize),
    Nothing,
}

thread_local! {
    /// The token buffer of the last scan on this thread, for the next: a scan of a
    /// megabyte holds some ten megabytes of tokens, and a fresh allocation that size comes
    /// from the system as new pages, each a fault to fill.
    static TOKENS: Cell<Vec<Tok>> = const { Cell::new(Vec::new()) };
}

/// The most tokens a kept buffer holds room for (about 60 MB): a scan of a text larger
/// than the pieces the CLI cuts does not leave its buffer behind.
const KEPT_TOKENS: usize = 1 << 20;

/// One scan of one text.
pub struct Scanner<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Tok>,
    pub(crate) rules: &'static Rules,
    pub(crate) reference: Option<NaiveDate>,
    /// `(name, digits)` pairs this text uses as names mid-sentence (`Llama 4`), so the same
    /// pair opening a sentence is known to be a name too.
    labels: HashSet<NamePair>,
    /// The `Name N` pairs the text writes more than once (`Llama 4` … `des Llama 4 Modells`):
    /// a name even before a noun, where a pair met once counts it (`in Berlin 500 Mitarbeiter`).
    repeated: HashSet<NamePair>,
    /// For each token, [`START`] when a rule can start there and it is not masked: the
    /// scan passes over the others. Bytes, not `bool`s, so the scan finds the next start
    /// with `memchr`, many tokens at a time.
    starts: Vec<u8>,
}

/// The byte of [`Scanner::starts`] that marks a token a rule can start at.
const START: u8 = 1;

/// An earthquake's magnitude is a number on a scale, not an amount of a unit: it stays a
/// number (so `a 7.7 quake` meets `magnitude 7.7`) and keeps its dimension and word.
fn magnitude_as_number(kind: Kind, unit: Option<String>, dimension: Option<Dimension>) -> (Kind, Option<String>) {
    if dimension == Some(Dimension::Magnitude) {
        (Kind::Number, None)
    } else {
        (kind, unit)
    }
}

impl Scanner<'_> {
    /// A four-digit number from 1000 to 2999 after a word that dates it (`im Jahr 1850`,
    /// `in 1850`): a year outside the range [`year_like`] takes on its own.
    pub(crate) fn dated_year(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        let s = t.text(self.text);
        if t.kind != TokKind::Num || s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let r = self.rules;
        let before = |table: &PhraseTable<()>| table.match_before(&self.toks, i).is_some();
        if !(before(&r.year_preps) || before(&r.year_preps_unless_counted) || before(&r.coordinators)) {
            return None;
        }
        s.parse::<i32>().ok().filter(|y| (1000..=2999).contains(y))
    }

    /// A coordinator before token `i` with a year among the few words before it, in the
    /// same sentence (`2010 Weltmeister und 2012`): the number at `i` is a year too.
    fn coordinated_with_year(&self, i: usize) -> bool {
        /// How many words before the coordinator the year may stand.
        const REACH: usize = 3;
        let Some((_, c)) = self.rules.coordinators.match_before(&self.toks, i) else { return false };
        (c.saturating_sub(REACH)..c)
            .rev()
            .take_while(|&j| self.toks[j].kind != TokKind::Sym || self.toks[j].is_sym('-'))
            .any(|j| year_like(self.text, &self.toks[j]).is_some())
    }
}

/// A four-digit year between 1900 and 2100 written as plain digits.
pub(crate) fn year_like(text: &str, tok: &Tok) -> Option<i32> {
    let s = tok.text(text);
    if tok.kind != TokKind::Num || s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y))
}

/// Whether a rule can start at token `i`: a number, a phrase of [`Rules::starters`], a word
/// the language may read as a number or a multiple, a fraction sign, a minus sign before
/// digits. The scan passes over the other tokens; `filter_is_exact` (below) checks that
/// the scan without this filter finds the same.
fn may_start(toks: &[Tok], i: usize, text: &str, rules: &Rules, words: &mut WordTests) -> bool {
    let t = &toks[i];
    match t.kind {
        TokKind::Num => true,
        TokKind::Word => {
            let tests = words.of(t, rules);
            (tests & STARTER != 0 && rules.starters.starts_at(toks, i))
                || tests & NUMBER != 0
                || (tests & MULTIPLE != 0 && (rules.multiple)(toks, i, text).is_some())
        }
        TokKind::Sym => {
            rules.starters.starts_at(toks, i)
                || (!t.lower.is_ascii() && FRACTIONS.iter().any(|(f, _)| t.lower.starts_with(*f)))
                || ((t.is_sym('-') || t.is_sym('\u{2212}') || t.is_sym('+'))
                    && toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Num && !n.space_before))
        }
    }
}

/// The word is the first of a phrase of [`Rules::starters`].
const STARTER: u8 = 1;
/// [`Rules::number_word_hint`] holds for the word.
const NUMBER: u8 = 2;
/// [`Rules::multiple_hint`] holds for the word.
const MULTIPLE: u8 = 4;
/// A slot of [`WordTests`] that holds no word yet.
const EMPTY: u8 = 8;

/// The tests [`may_start`] makes of a word alone, remembered for each distinct word of a
/// text: a text writes few words many times (`der`, `und`, `Prozent`), and the tests cost
/// more than finding a word again.
struct WordTests {
    /// Indexed by the low bits of a word's hash: the word that last filled the slot, with
    /// its hash, and its tests. The word is kept in the slot, not found through its token:
    /// a token read back from far behind in a long text is a miss in every cache.
    slots: Vec<(u64, CompactString, u8)>,
}

impl WordTests {
    fn new(tokens: usize) -> Self {
        let n = (tokens / 8).next_power_of_two().clamp(64, 4096);
        WordTests { slots: vec![(0, CompactString::default(), EMPTY); n] }
    }

    fn of(&mut self, t: &Tok, rules: &Rules) -> u8 {
        let mask = self.slots.len() - 1;
        let slot = &mut self.slots[t.hash as usize & mask];
        if slot.2 != EMPTY && slot.0 == t.hash && slot.1 == t.lower {
            return slot.2;
        }
        let tests = if rules.starters.has_first_word(t) { STARTER } else { 0 }
            | if (rules.number_word_hint)(&t.lower) { NUMBER } else { 0 }
            | if (rules.multiple_hint)(&t.lower) { MULTIPLE } else { 0 };
        *slot = (t.hash, t.lower.clone(), tests);
        tests
    }
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, lang: Lang, reference: Option<NaiveDate>) -> Self {
        let mut toks = TOKENS.take();
        tokenize_into(text, &mut toks);
        // A token is masked when it starts inside a mask: found by a binary search per
        // mask, as masks are few and tokens many.
        for m in masked(text) {
            let first = toks.partition_point(|t| t.start < m.start);
            for tok in toks[first..].iter_mut().take_while(|t| t.start < m.end) {
                tok.masked = true;
            }
        }
        let mut scanner = Scanner {
            text,
            toks,
            rules: lang.rules(),
            reference,
            labels: HashSet::new(),
            repeated: HashSet::new(),
            starts: Vec::new(),
        };
        scanner.read_starts_and_labels();
        scanner
    }

    /// Decides at each token whether a rule can start there ([`may_start`]) and collects
    /// the `Name N` pairs written mid-sentence, where capitalisation marks a name, in one
    /// pass: the tokens of a long text fill more than any cache, and each pass over them
    /// costs a scan as much as the tests it makes.
    fn read_starts_and_labels(&mut self) {
        let mut words = WordTests::new(self.toks.len());
        let mut starts = Vec::with_capacity(self.toks.len());
        let mut labels = HashSet::new();
        let mut repeated = HashSet::new();
        for i in 0..self.toks.len() {
            let start = !self.toks[i].masked && may_start(&self.toks, i, self.text, self.rules, &mut words);
            starts.push(u8::from(start) * START);
            if i > 0 && self.writes_label(i) {
                let pair = (self.toks[i - 1].lower.clone(), self.toks[i].lower.clone());
                if labels.contains(&pair) {
                    repeated.insert(pair);
                } else {
                    labels.insert(pair);
                }
            }
        }
        (self.starts, self.labels, self.repeated) = (starts, labels, repeated);
    }

    /// Whether the number at token `s` and the capitalised word before it are a `Name N`
    /// pair written mid-sentence.
    fn writes_label(&self, s: usize) -> bool {
        let (p, t) = (&self.toks[s - 1], &self.toks[s]);
        t.kind == TokKind::Num
            && t.space_before
            && p.kind == TokKind::Word
            && p.has_upper(self.text)
            && year_like(self.text, t).is_none()
            && !self.sentence_initial(s - 1)
            && !self.is_context_word(s)
            && !self.known_suffix(s + 1)
    }

    /// Scans the whole text.
    pub fn run(self) -> Vec<Quantity> {
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // The start filter first: it is a byte per token, where a token is a cache line.
            let Some(skip) = memchr::memchr(START, &self.starts[i..]) else { break };
            i += skip;
            if let Some((q, end)) = self.date_at(i) {
                found.push(Found { q, start: i, end, split_whole: false, bare: false });
                i = end;
                continue;
            }
            match self.quantity_at(i) {
                Outcome::Found(f) => {
                    i = f.end.max(i + 1);
                    found.push(*f);
                }
                Outcome::Skip(next) => i = next.max(i + 1),
                Outcome::Nothing => i += 1,
            }
        }
        self.split_ratios(&mut found);
        self.join_durations(&mut found);
        // Kept with its tokens: the next scan overwrites them ([`tokenize_into`]).
        if self.toks.capacity() <= KEPT_TOKENS {
            TOKENS.set(self.toks);
        }
        found.into_iter().map(|f| f.q).collect()
    }

    pub(crate) fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn is_sym(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_sym(c))
    }

    /// Token `i` touches the token before it (no whitespace between).
    pub(crate) fn attached(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before) && i > 0
    }

    /// Token `i` opens a sentence, a line, a quotation or a parenthesis.
    pub(crate) fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.toks[i].line_before {
            return true;
        }
        let p = &self.toks[i - 1];
        p.kind == TokKind::Sym
            && matches!(
                p.lower.as_str(),
                "." | "!"
                    | "?"
                    | ":"
                    | ";"
                    | "\""
                    | "„"
                    | "“"
                    | "”"
                    | "«"
                    | "»"
                    | "("
                    | "–"
                    | "—"
                    | "*"
                    | "#"
                    | "'"
                    | "‚"
                    | "‘"
                    | "’"
                    | "|"
            )
    }

    /// The span text of tokens `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> (usize, usize, String) {
        let (s, e) = (self.toks[start].start, self.toks[end - 1].end);
        (s, e, self.text[s..e].to_string())
    }

    // ----- atoms -------------------------------------------------------------------------

    /// A number, with an optional sign: `-3`, `minus fünf`.
    pub(crate) fn atom_at(&self, i: usize) -> Option<Atom> {
        let t = self.tok(i)?;
        if t.masked {
            return None;
        }
        // A sign on its digits, opening the figure: `-3`; `+2,7 Punkte` says a change, which
        // the claim stage reads from the figure's text. A minus after a dash is a range's
        // (`3--5`), and a plus before a time gap (`+11:37`, `+0:23,0 Min.`) is left to the
        // time it is.
        let digits_follow = self.tok(i + 1).is_some_and(|n| n.kind == TokKind::Num && !n.space_before);
        let opens = |dash_before_ok: bool| {
            i == 0
                || t.space_before
                || self.toks[i - 1].kind == TokKind::Sym && (dash_before_ok || !self.toks[i - 1].is_sym('-'))
        };
        let time_gap = self.tok(i + 2).is_some_and(|c| c.is_sym(':') && !c.space_before);
        let sign = if (t.is_sym('-') || t.is_sym('−')) && digits_follow && opens(false) {
            Some(-1.0)
        } else if t.is_sym('+') && digits_follow && !time_gap && opens(true) {
            Some(1.0)
        } else {
            None
        };
        if let Some(sign) = sign {
            let a = self.unsigned_atom_at(i + 1)?;
            return Some(Atom { value: sign * a.value, start: i, ..a });
        }
        if let Some((_, j)) = self.rules.negatives.match_at(&self.toks, i) {
            if let Some(a) = self.unsigned_atom_at(j) {
                return Some(Atom { value: -a.value, start: i, ..a });
            }
        }
        self.unsigned_atom_at(i)
    }

    fn unsigned_atom_at(&self, i: usize) -> Option<Atom> {
        let atom = self.with_decimals(self.plain_atom_at(i).or_else(|| self.bare_decimal_at(i))?);
        let atom = self.with_denominator(atom);
        Some(self.with_added_fraction(atom))
    }

    /// `zwei Drittel`, `three fifths`: a number over a fraction word. Not across a joiner:
    /// in `six million and two thirds` the thirds belong to the two.
    fn with_denominator(&self, atom: Atom) -> Atom {
        self.over_denominator(atom, false)
    }

    /// [`Self::with_denominator`]; `lenient` after `and` in a mixed number, where a
    /// `quarter` is a fraction whatever follows (`one hundred and three quarters`).
    fn over_denominator(&self, atom: Atom, lenient: bool) -> Atom {
        let joined = (atom.start + 1..atom.end).any(|k| {
            self.rules.bound_joiners.starts_at(&self.toks, k)
                && self.rules.scales.match_at(&self.toks, k - 1).is_some_and(|(sc, _)| sc.factor >= 1000.0)
        });
        if joined || atom.value <= 0.0 {
            return atom;
        }
        // `one hundred thirty-fifths`: the tens hyphenated onto the ordinal belong to the
        // denominator (100/35), not to the numerator (130/5).
        if atom.words && atom.end >= atom.start + 2 && self.is_sym(atom.end, '-') && self.attached(atom.end) {
            let p = atom.end - 1;
            let numerator = (self.rules.number_words)(&self.toks[..p], atom.start, self.text, false)
                .filter(|&(n, _, e)| e == p && n > 0.0);
            if let Some((n, precision, _)) = numerator {
                if let Some((d, end)) = self.denominator_at(p, atom.start, n, lenient) {
                    return Atom { value: n / d, precision: precision / d, end, ..atom };
                }
            }
        }
        match self.denominator_at(atom.end, atom.start, atom.value, lenient) {
            Some((d, end)) => Atom { value: atom.value / d, precision: atom.precision / d, end, ..atom },
            None => atom,
        }
    }

    /// `five and a half`, `zwei und zwei Drittel`, `two and fifty-four hundredths`.
    fn with_added_fraction(&self, atom: Atom) -> Atom {
        let Some((_, j)) = self.rules.bound_joiners.match_at(&self.toks, atom.end) else { return atom };
        match self.fraction_word_at(j) {
            Some(f) if f.value < 1.0 && atom.value.fract() == 0.0 => {
                // `one million and a half`: the fraction is of the last group stated (the
                // atom's precision); `one billion and a quarter million` names its own scale.
                // `five and a half million`: the scale after it applies to the whole.
                let (unit, end) = match self.scale_at(f.end) {
                    Some((factor, end)) if atom.precision >= factor => (factor, end),
                    _ => (atom.precision.max(1.0), f.end),
                };
                Atom {
                    value: atom.value + f.value * unit,
                    precision: atom.precision.min(f.precision * unit),
                    end,
                    ..atom
                }
            }
            _ => atom,
        }
    }

    /// A proper fraction in words: `a half`, `two thirds`, `fifty-four hundredths`.
    fn fraction_word_at(&self, j: usize) -> Option<Atom> {
        if let Some((_, k)) = self.rules.articles.match_at(&self.toks, j) {
            // After `and`, `a quarter` is a fraction whatever follows.
            let (d, end) = self.denominator_at(k, j, 1.0, true)?;
            return Some(Atom { value: 1.0 / d, precision: 1.0 / d, start: j, end, words: true });
        }
        let f = self.over_denominator(self.plain_atom_at(j)?, true);
        (f.value < 1.0 && f.end > j + 1).then_some(f)
    }

    /// `one point three`, `1 komma 1`, `nought point eleven`.
    fn with_decimals(&self, atom: Atom) -> Atom {
        match self.decimal_digits_at(atom.end) {
            Some((frac, places, end)) if atom.value.fract() == 0.0 && atom.value >= 0.0 => {
                Atom { value: atom.value + frac, precision: 10f64.powi(-places), end, ..atom }
            }
            _ => atom,
        }
    }

    /// `point 77` with no whole part.
    fn bare_decimal_at(&self, i: usize) -> Option<Atom> {
        let (frac, places, end) = self.decimal_digits_at(i)?;
        Some(Atom { value: frac, precision: 10f64.powi(-places), start: i, end, words: true })
    }

    /// The digits after a spoken decimal mark: a digit run, or digit words one by one.
    fn decimal_digits_at(&self, i: usize) -> Option<(f64, i32, usize)> {
        let (_, mut k) = self.rules.decimal_words.match_at(&self.toks, i)?;
        let mut digits = String::new();
        if let Some(t) = self.tok(k).filter(|t| t.kind == TokKind::Num && t.lower.bytes().all(|b| b.is_ascii_digit())) {
            digits.push_str(&t.lower);
            k += 1;
        } else {
            while let Some((v, _, e)) = self
                .tok(k)
                .filter(|t| t.kind == TokKind::Word)
                .and_then(|_| (self.rules.number_words)(&self.toks, k, self.text, false))
                .filter(|(_, _, e)| *e == k + 1)
            {
                if v.fract() != 0.0 || !(0.0..100.0).contains(&v) || (v >= 10.0 && !digits.is_empty()) {
                    break;
                }
                digits.push_str(&format!("{v:.0}"));
                k = e;
                if v >= 10.0 {
                    break;
                }
            }
        }
        if digits.is_empty() {
            return None;
        }
        let frac = format!("0.{digits}").parse::<f64>().ok()?;
        Some((frac, digits.len() as i32, k))
    }

    /// A fraction word at `i` over the numerator `n` that starts at token `from`: an ordinal
    /// of the language's family (`fifths`, `twenty-fifth`, `Zwanzigstel`) in the number
    /// its form agrees with (`one fifth`, `two fifths`), else a word of the `denominators`
    /// table. Unless `lenient`, `quarter(s)` counts only before a scale or `of`. A singular
    /// after a determiner is a place, not a fraction (`the one millionth visitor`).
    fn denominator_at(&self, i: usize, from: usize, n: f64, lenient: bool) -> Option<(f64, usize)> {
        let i = if self.is_sym(i, '-') && self.attached(i) && self.attached(i + 1) { i + 1 } else { i };
        if self.tok(i)?.para_before {
            return None;
        }
        let determined =
            from > 0 && self.rules.determiners.match_at(&self.toks, from - 1).is_some_and(|(_, e)| e == from);
        if let Some((d, end, singular)) = (self.rules.ordinal_denominator)(&self.toks, i) {
            let agrees = match singular {
                Some(true) => n == 1.0 && !determined,
                Some(false) => n > 1.0,
                None => true,
            };
            return agrees.then_some((d, end));
        }
        let (d, end) = self.rules.denominators.match_at(&self.toks, i)?;
        if !lenient
            && self.rules.period_denominators.iter().any(|w| self.toks[i].lower.starts_with(w))
            && !(self.rules.scales.starts_at(&self.toks, end)
                || self.tok(end).is_some_and(|t| self.rules.of_words.contains(&t.lower.as_str())))
        {
            return None;
        }
        Some((d, end))
    }

    /// Whether a share's whole follows at `k`: `of all firms`, `der Mitglieder`, `von Beta`;
    /// not `of a second`, a fraction of one thing.
    fn share_follows(&self, k: usize) -> bool {
        let Some((_, m)) = self.rules.share_of.match_at(&self.toks, k) else { return false };
        self.tok(m).is_some_and(|t| !t.para_before && t.kind == TokKind::Word)
            && !self.rules.articles.starts_at(&self.toks, m)
            && !self.rules.scales.starts_at(&self.toks, m)
    }

    fn plain_atom_at(&self, i: usize) -> Option<Atom> {
        let t = self.tok(i)?;
        if t.masked {
            return None;
        }
        match t.kind {
            TokKind::Num => {
                let d = parse_digits(t.text(self.text), self.rules.decimal_comma)?;
                let (mut value, mut precision, mut end) = (d.value, d.precision, i + 1);
                // `1/2`, but not `5/17/2018`.
                if self.is_sym(end, '/') && self.attached(end) && self.attached(end + 1) {
                    let den = self.tok(end + 1).filter(|n| n.kind == TokKind::Num);
                    let more = (self.is_sym(end + 2, '/') && self.attached(end + 2))
                        || (i > 0 && self.is_sym(i - 1, '/') && self.attached(i));
                    let dv = den.and_then(|d| parse_digits(d.text(self.text), self.rules.decimal_comma));
                    // A proper fraction only: `2014/15` is a season, `24/7` a phrase.
                    if let (Some(dv), false) = (dv, more) {
                        if dv.value != 0.0 && value.fract() == 0.0 && dv.value.fract() == 0.0 && value < dv.value {
                            value /= dv.value;
                            precision = 0.0;
                            end += 2;
                        }
                    }
                }
                // `1.3e6`, `-12e-1`
                if self.tok(end).is_some_and(|e| e.lower == "e" && !e.space_before) && self.attached(end + 1) {
                    let (sign, k) = match self.tok(end + 1) {
                        Some(t) if t.is_sym('-') || t.is_sym('+') => (if t.is_sym('-') { -1 } else { 1 }, end + 2),
                        _ => (1, end + 1),
                    };
                    if let Some(exp) = self
                        .tok(k)
                        .filter(|t| t.kind == TokKind::Num && !t.space_before)
                        .and_then(|t| t.text(self.text).parse::<i32>().ok())
                    {
                        let scale = 10f64.powi(sign * exp);
                        value *= scale;
                        precision *= scale;
                        end = k + 1;
                    }
                }
                // `1.99×10−30`, `3·10^8`, `6.02 x 10²³`: one number.
                if let Some((exp, e)) = self.times_ten_at(end) {
                    let scale = 10f64.powi(exp);
                    value *= scale;
                    precision *= scale;
                    end = e;
                }
                // `2½`
                if let Some(f) = self.fraction_at(end).filter(|_| self.attached(end)) {
                    value += f;
                    precision = precision.min(0.5);
                    end += 1;
                }
                // Letters written onto the digits must be a scale, currency or unit: `3D`,
                // `2nd`, `1980s`, `2023er` are not amounts.
                if self.tok(end).is_some_and(|n| n.kind == TokKind::Word && !n.space_before) && !self.known_suffix(end)
                {
                    return None;
                }
                Some(Atom { value, precision, start: i, end, words: false })
            }
            TokKind::Word => {
                // `a fifth`, `ein Drittel`, `a trillionth`
                if let Some((_, j)) = self.rules.articles.match_at(&self.toks, i) {
                    if let Some((d, end)) = self.denominator_at(j, i, 1.0, false) {
                        return Some(Atom { value: 1.0 / d, precision: 1.0 / d, start: i, end, words: true });
                    }
                }
                // `half of all firms`, `die Hälfte der Firmen`: a share noun before its whole;
                // after an ordinal it is a period (`the second half of the year`).
                if let Some((f, e)) = self.rules.shares.match_at(&self.toks, i) {
                    let period = i > 0 && self.rules.ordinals.match_at(&self.toks, i - 1).is_some_and(|(_, e)| e == i);
                    if self.share_follows(e) && !period {
                        return Some(Atom { value: f, precision: f, start: i, end: e, words: true });
                    }
                }
                // `every fifth`, `Jeder Fünfte`: one in so many.
                if let Some((_, j)) = self.rules.every.match_at(&self.toks, i) {
                    if let Some(n) = self.tok(j).and_then(|t| (self.rules.ordinal_number)(&t.lower)) {
                        let f = 1.0 / n as f64;
                        return Some(Atom { value: f, precision: f, start: i, end: j + 1, words: true });
                    }
                }
                // `half a million`, `quarter million`, `ein halbes Dutzend`
                let h = self.rules.articles.match_at(&self.toks, i).map_or(i, |(_, h)| h);
                let fraction = self.tok(h).and_then(|t| {
                    self.rules.fraction_words.iter().find(|(w, _)| *w == t.lower.as_str()).map(|(_, f)| *f)
                });
                if let Some(f) = fraction {
                    let k = self.rules.articles.match_at(&self.toks, h + 1).map_or(h + 1, |(_, k)| k);
                    // `half a million`; `half a pound`, `ein halbes Kilo`: a fraction of a unit.
                    let unit = (h > i || k > h + 1)
                        && (self.rules.currencies.match_at(&self.toks, k).is_some_and(|(c, _)| c.after)
                            || self.unit_at(k).is_some()
                            || self.rules.percent.starts_at(&self.toks, k));
                    if unit || self.rules.scales.match_at(&self.toks, k).is_some_and(|(sc, _)| !sc.attached_only) {
                        return Some(Atom { value: f, precision: f, start: i, end: k, words: true });
                    }
                }
                if let Some((_, j)) = self.rules.articles.match_at(&self.toks, i) {
                    if let Some((sc, _)) = self.rules.scales.match_at(&self.toks, j) {
                        if !sc.attached_only && sc.factor >= 12.0 {
                            return Some(Atom { value: 1.0, precision: 1.0, start: i, end: j, words: true });
                        }
                    }
                }
                let (value, precision, end) =
                    (self.rules.number_words)(&self.toks, i, self.text, self.sentence_initial(i))?;
                Some(Atom { value, precision, start: i, end, words: true })
            }
            TokKind::Sym => {
                let f = self.fraction_at(i)?;
                Some(Atom { value: f, precision: 0.0, start: i, end: i + 1, words: false })
            }
        }
    }

    /// `×10^8`, `·10−30`, `x 10⁸` after a mantissa: the exponent and the token after it. The
    /// exponent must be marked (a caret, a sign or superscript digits): `3 x 10` is a product.
    fn times_ten_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if !(t.is_sym('×') || t.is_sym('·') || t.is_sym('*') || t.lower == "x") {
            return None;
        }
        if self.tok(i + 1).is_none_or(|t| t.lower != "10") {
            return None;
        }
        let mut k = i + 2;
        if self.is_sym(k, '^') && self.attached(k) {
            k += 1;
        }
        let mut sign = 1;
        let mut digits = String::new();
        while let Some(t) = self.tok(k).filter(|_| self.attached(k)) {
            let c = t.lower.chars().next()?;
            match c {
                '-' | '−' | '⁻' if digits.is_empty() && sign == 1 => sign = -1,
                '+' | '⁺' if digits.is_empty() => {}
                '0'..='9'
                    if t.kind == TokKind::Num && digits.is_empty() && t.lower.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    digits.push_str(&t.lower);
                    k += 1;
                    break;
                }
                _ => match "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|s| s == c) {
                    Some(d) if t.lower.chars().count() == 1 => digits.push(char::from(b'0' + d as u8)),
                    _ => break,
                },
            }
            k += 1;
        }
        let marked = k > i + 3 || self.is_sym(i + 2, '^');
        let exp = digits.parse::<i32>().ok().filter(|e| *e <= 300)?;
        marked.then_some((sign * exp, k))
    }

    fn fraction_at(&self, i: usize) -> Option<f64> {
        let t = self.tok(i).filter(|t| t.kind == TokKind::Sym)?;
        let c = t.lower.chars().next()?;
        FRACTIONS.iter().find(|(f, _)| *f == c).map(|(_, v)| *v)
    }

    /// A glued minor unit's abbreviation at `i..end` stands as written for one: onto the
    /// digits, in lowercase, and not the start of `p.m.`.
    fn glued_minor(&self, i: usize, end: usize) -> bool {
        let written = &self.text[self.toks[i].start..self.toks[end - 1].end];
        let dotted_word =
            self.is_sym(end, '.') && self.tok(end + 1).is_some_and(|t| t.kind == TokKind::Word && !t.space_before);
        self.attached(i) && written.chars().all(|c| c.is_lowercase()) && !dotted_word
    }

    fn known_suffix(&self, i: usize) -> bool {
        let r = self.rules;
        r.minor_units.starts_at(&self.toks, i)
            || r.scales.starts_at(&self.toks, i)
            || r.currencies.starts_at(&self.toks, i)
            || self.unit_at(i).is_some()
            || r.percent.starts_at(&self.toks, i)
    }

    /// A unit at token `i`, written in its own case where its symbol needs it (`kB` and
    /// `KB` are one unit; `5G` is none).
    pub(crate) fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        let (u, end) = self.rules.units.match_at(&self.toks, i)?;
        let written = &self.text[self.toks[i].start..self.toks[end - 1].end];
        // Where only names are capitalised, a capitalised unit word is a headline's word
        // (`Powerful 7.7 Magnitude Tremor`), as a capitalised noun counts nothing there.
        if !self.rules.nouns_capitalised && self.toks[i].is_capitalised(self.text) && !common::is_symbol_ci(written) {
            return None;
        }
        if !u.exact_case {
            return Some((u, end));
        }
        if written == u.symbol {
            return Some((u, end));
        }
        common::exact(written).map(|u| (u, end))
    }

    /// A rate's denominator at `k`: `per barrel`, `a year`, `je Liter`, `/km²`, `annually`.
    fn rate_at(&self, k: usize) -> Option<(&'static str, usize)> {
        let r = self.rules;
        if self.tok(k).is_none_or(|t| t.para_before) {
            return None;
        }
        // `im Jahr 2025`, `a year ago` date or time the figure: no rate.
        let ends = |(key, e): (&'static str, usize)| {
            self.tok(e)
                .is_none_or(|t| t.kind != TokKind::Num && !r.rate_blockers.contains(&t.lower.as_str()))
                .then_some((key, e))
        };
        if let Some(hit) = r.rate_adverbs.match_at(&self.toks, k) {
            return ends(hit);
        }
        let (_, j) = r.per_words.match_at(&self.toks, k)?;
        if let Some(hit) = r.per_nouns.match_at(&self.toks, j) {
            return ends(hit);
        }
        // A unit as denominator, never the bare article before a symbol (`a m`).
        let (u, e) = self.unit_at(j)?;
        if self.toks[k].kind == TokKind::Sym || self.toks[j].lower.len() > 1 {
            return ends((u.symbol, e));
        }
        None
    }

    /// A word stem of `stems` among the few words before token `start`, within its clause.
    fn stem_before(&self, start: usize, stems: &[&str]) -> bool {
        let mut k = start;
        for _ in 0..4 {
            let Some(t) = k.checked_sub(1).and_then(|p| self.tok(p)) else { return false };
            if t.kind == TokKind::Sym && matches!(t.lower.as_str(), "." | "!" | "?" | ";" | ":") {
                return false;
            }
            if t.kind == TokKind::Word && stems.iter().any(|s| t.lower.starts_with(s)) {
                return true;
            }
            k -= 1;
        }
        false
    }

    /// Whether an attached scale symbol at `k` that is also a unit (`m`, `mm`) is the unit:
    /// `32m2`, `1.5mm of rain`, `a 37m yacht`, `measures 20m` — and the ambiguity left when
    /// it stays a scale with nothing to decide by (`37m` alone).
    fn unit_over_scale(&self, atom_start: usize, k: usize, scale_end: usize, money: bool) -> (bool, Option<Ambiguity>) {
        let r = self.rules;
        let Some((_, unit_end)) = self.unit_at(k) else { return (false, None) };
        if unit_end > scale_end {
            return (true, None);
        }
        let currency_after = r.currencies.match_at(&self.toks, scale_end).is_some_and(|(c, _)| c.after);
        if money || currency_after {
            return (false, None);
        }
        if r.scales.match_at(&self.toks, k).is_some_and(|(sc, _)| sc.money_only) {
            return (true, None);
        }
        let cue = |j: usize| self.tok(j).is_some_and(|t| r.length_cues.contains(&t.lower.as_str()));
        let hyphen_cue = self.is_sym(scale_end, '-') && self.attached(scale_end) && cue(scale_end + 1);
        if cue(scale_end) || hyphen_cue || self.stem_before(atom_start, r.measure_verbs) {
            return (true, None);
        }
        let next = self.tok(scale_end).map(|t| t.lower.as_str()).unwrap_or("");
        // Millions of something: `5m users`, `1.5m barrels`, `3m tonnes`.
        let counted = self.count_noun_at(scale_end, true).is_some() || self.unit_at(scale_end).is_some();
        if counted || r.money_nouns.contains(next) {
            return (false, None);
        }
        (false, Some(Ambiguity::MoneyOrLength))
    }

    /// Whether `pound(s)` after an amount is a mass (`weighs 208 pounds`, `a pound of
    /// butter`, `zwei Pfund Mehl`), money, or either.
    fn pound_reading(&self, start: usize, next: usize, scale: Option<f64>) -> (bool, Option<Ambiguity>) {
        let r = self.rules;
        if scale.is_some_and(|f| f >= 1e6) || self.stem_before(start, r.money_verbs) {
            return (false, None);
        }
        let after = self.tok(next).filter(|t| !t.para_before);
        let mass_word = after.is_some_and(|t| r.mass_after.contains(&t.lower.as_str()));
        let noun_after = r.nouns_capitalised
            && after.is_some_and(|t| {
                t.is_capitalised(self.text)
                    && !r.stopwords.contains(t.lower.as_str())
                    && !r.money_verbs.iter().any(|s| t.lower.starts_with(s))
            });
        if mass_word || noun_after || self.stem_before(start, r.measure_verbs) {
            return (true, None);
        }
        (false, Some(Ambiguity::MoneyOrMass))
    }

    /// A scale word after an amount: spaced (`14 Milliarden`), attached (`14bn`) or in a
    /// hyphen compound (`15-Milliarden-Coup`).
    fn scale_at(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.tok(i)?;
        if t.para_before {
            return None;
        }
        let pos = if t.is_sym('-') && !t.space_before && self.attached(i + 1) { i + 1 } else { i };
        let (sc, next) = self.rules.scales.match_at(&self.toks, pos)?;
        if sc.attached_only && (pos != i || self.toks[i].space_before) {
            return None;
        }
        Some((sc.factor, next))
    }

    // ----- operands ----------------------------------------------------------------------

    /// `[currency] amount [scale] [currency | percent | unit]`.
    pub(crate) fn operand_at(&self, i: usize) -> Option<Operand> {
        let r = self.rules;
        let mut currency = None;
        let mut j = i;
        if let Some((c, k)) = r.currencies.match_at(&self.toks, i) {
            if c.before && self.tok(k).is_some_and(|t| !t.para_before) {
                currency = Some(c.code);
                j = k;
            }
        }
        // `a dollar`, `ein Euro`, `ein Prozent`, `einem Prozentpunkt`, `a percentage point`:
        // the article before a currency or percent word is the number one.
        let article_money = self.rules.articles.match_at(&self.toks, j).and_then(|(_, k)| {
            let money = r.currencies.match_at(&self.toks, k).is_some_and(|(c, _)| !c.before && currency.is_none());
            let percent = currency.is_none() && r.percent.match_at(&self.toks, k).is_some();
            (money || percent).then_some(Atom { value: 1.0, precision: 1.0, start: j, end: k, words: true })
        });
        // `magnitude 7.7`, `der Stärke 7,7`.
        let mut unit_before = None;
        if currency.is_none() && article_money.is_none() {
            if let Some((u, k)) = r.units_before.match_at(&self.toks, j) {
                if self.tok(k).is_some_and(|t| t.kind == TokKind::Num) {
                    unit_before = Some((u, (j, k)));
                    j = k;
                }
            }
        }
        let atom = match article_money {
            Some(a) => a,
            None => self.atom_at(j)?,
        };
        let (mut value, mut precision, mut k) = (atom.value, atom.precision, atom.end);
        let mut scale = None;
        let mut ambiguity = None;
        let scale_hit = self.scale_at(k).filter(|&(_, next)| {
            let (unit, amb) = self.unit_over_scale(atom.start, k, next, currency.is_some());
            ambiguity = amb;
            !unit
        });
        if let Some((factor, next)) = scale_hit {
            // `three hundred and two dozens`: a scale smaller than the words before it
            // multiplies only their last group after `hundred` (300 + 2 × 12), not the whole.
            let tail = (atom.words && factor < 100.0 && factor < atom.value)
                .then(|| {
                    (atom.start + 1..atom.end).find_map(|p| {
                        (self.rules.number_words)(&self.toks, p, self.text, false)
                            .filter(|&(v, _, e)| e == atom.end && v < factor)
                            .map(|(v, _, _)| v)
                    })
                })
                .flatten()
                .filter(|t| (atom.value - t) >= 100.0 && (atom.value - t) % 100.0 == 0.0);
            match tail {
                Some(t) => value = atom.value - t + t * factor,
                None => {
                    value *= factor;
                    precision *= factor;
                }
            }
            scale = Some(factor);
            k = next;
            // `zwei Millionen dreihundertsiebenundsiebzigtausend…`: word groups add up; so do
            // groups each with a smaller scale (`4 thousand 3 hundred`, `three cr twelve
            // lac`), and after `and` a last group of words or of hundreds (`6 crore and two
            // hundred`, `3 hundred and 21`). A larger or equal scale after it is a range's
            // other end (`between 3 million and 5 million`).
            let mut last = factor;
            loop {
                let joiner = r.bound_joiners.match_at(&self.toks, k).map(|(_, j)| j);
                let Some(more) = self.unsigned_atom_at(joiner.unwrap_or(k)).filter(|m| m.value < last) else { break };
                let next_scale = self.scale_at(more.end);
                let smaller = match next_scale {
                    Some((f, _)) if f >= last => break,
                    Some((f, n)) => Some((f, n)),
                    None => None,
                };
                let ok = smaller.is_some()
                    || match joiner {
                        None => atom.words && more.words,
                        Some(_) => (more.words && more.value >= 100.0) || (last == 100.0 && more.value.fract() == 0.0),
                    };
                if !ok {
                    break;
                }
                let (mut add, mut e) = (more.value, more.end);
                if let Some((f, n)) = smaller {
                    add *= f;
                    e = n;
                    last = f;
                }
                value += add;
                precision = precision.min(more.precision);
                k = e;
                if smaller.is_none() {
                    break;
                }
            }
        }
        // `two thirds of a million`
        if scale.is_none()
            && atom.value > 0.0
            && atom.value < 1.0
            && self.tok(k).is_some_and(|t| r.of_words.contains(&t.lower.as_str()))
        {
            let m = r.articles.match_at(&self.toks, k + 1).map_or(k + 1, |(_, m)| m);
            if let Some((factor, next)) = self.scale_at(m) {
                value *= factor;
                precision *= factor;
                scale = Some(factor);
                k = next;
            }
        }
        // `3 million and a quarter`
        if let (Some(factor), Some((_, j))) = (scale, r.bound_joiners.match_at(&self.toks, k)) {
            if let Some(f) = self.fraction_word_at(j).filter(|f| f.value < 1.0 && self.scale_at(f.end).is_none()) {
                value += f.value * factor;
                k = f.end;
            }
        }
        let (mut percent, mut unit, mut money_noun) = (None, unit_before.map(|(u, _)| u), false);
        // `a quarter of Beta`, `zwei Drittel der Mitglieder`, `half of all firms`, `Jeder
        // Fünfte`: a fraction in words that is a share of a whole is a percentage, so it
        // meets `a 25 % stake`. A bare fraction (`two thirds`) stays a number.
        let every = r.every.starts_at(&self.toks, atom.start);
        let mut rule = None;
        if scale.is_none()
            && currency.is_none()
            && unit.is_none()
            && atom.words
            && atom.value > 0.0
            && atom.value < 1.0
            && (every || self.share_follows(k))
        {
            value *= 100.0;
            precision *= 100.0;
            percent = Some(PercentUnit::Percent);
            rule = Some(if every { rules::EVERY } else { rules::SHARE });
        }
        let mut unit_span = unit_before.map(|(_, span)| span);
        let hyphen = self.is_sym(k, '-')
            && self.attached(k)
            && self.tok(k + 1).is_some_and(|t| t.kind == TokKind::Word && !t.space_before);
        let pos = if hyphen { k + 1 } else { k };
        // A unit longer than the currency word it starts with: `275 pound-feet`.
        let long_unit = self
            .unit_at(pos)
            .filter(|&(_, n)| r.currencies.match_at(&self.toks, pos).is_some_and(|(_, c)| n > c) && unit.is_none());
        if self.tok(pos).is_some_and(|t| !t.para_before) && unit.is_none() && percent.is_none() {
            if let Some((c, n)) = r
                .currencies
                .match_at(&self.toks, pos)
                .filter(|(c, _)| c.after && currency.is_none() && long_unit.is_none())
                // A currency written onto the digits after it is theirs: `3 USD50 cards`.
                .filter(|&(c, n)| !(c.before && self.tok(n).is_some_and(|t| t.kind == TokKind::Num && !t.space_before)))
                .filter(|&(c, n)| !c.glued || self.glued_minor(pos, n))
            {
                let (mass, amb) = if c.also_mass { self.pound_reading(i, n, scale) } else { (false, None) };
                if mass {
                    unit = Some(common::unit(r.pound_mass));
                    unit_span = Some((pos, n));
                } else {
                    currency = Some(c.code);
                    value *= c.factor;
                    precision *= c.factor;
                    ambiguity = ambiguity.or(amb);
                }
                k = n;
            } else if let Some((p, n)) = r.percent.match_at(&self.toks, pos) {
                percent = Some(p);
                k = n;
            } else if let Some((p, n)) = hyphen.then(|| self.percent_compound(pos)).flatten() {
                percent = Some(p);
                k = n;
            } else if let Some((u, n)) = self.unit_at(pos) {
                unit = Some(u);
                unit_span = Some((pos, n));
                // A magnitude's word names what the figure measures (`7.7-magnitude quake`):
                // it stays outside the figure, where the claim's context reads it.
                if Dimension::of(u.si) != Some(Dimension::Magnitude) {
                    k = n;
                }
            } else if hyphen && scale.is_some() && r.money_nouns.contains(self.toks[pos].lower.as_str()) {
                money_noun = true;
            }
        }
        // `15 Dollar und 15 Cent`, `thirteen dollars and forty-five cents`
        if currency.is_some() {
            let j = r.bound_joiners.match_at(&self.toks, k).map_or(k, |(_, j)| j);
            if let Some(minor) =
                self.plain_atom_at(j).filter(|m| m.value.fract() == 0.0 && (0.0..100.0).contains(&m.value))
            {
                // The minor unit may go unsaid at the end of a phrase: `15 Dollar und 50.`
                let at_end = self.tok(minor.end).is_none_or(|t| {
                    t.kind == TokKind::Sym && matches!(t.lower.as_str(), "." | "," | ";" | "!" | "?" | ")")
                });
                let unit_end =
                    r.minor_units.match_at(&self.toks, minor.end).map(|(_, e)| e).or(at_end.then_some(minor.end));
                if let Some(e) = unit_end.filter(|_| scale.is_none() && minor.start > atom.end) {
                    value += minor.value / 100.0;
                    precision = precision.min(0.01);
                    k = e;
                }
            }
        }
        // `$58.24 per barrel`, `1,79 Euro je Liter`, `15 miles per hour`. A unit over a unit
        // is one unit (`miles per hour`, a speed) and the figure covers it; any other
        // denominator (`per barrel`, `pro Jahr`) stays outside the figure, where the claim's
        // context reads its words, and is kept as the figure's `per`.
        let mut per = None;
        if currency.is_some() || unit.is_some() {
            if let Some((key, e)) = self.rate_at(k) {
                per = Some(key);
                if unit.is_some_and(|u| u.offset == 0.0) && common::is_symbol(key) {
                    if let Some((s, _)) = unit_span.filter(|&(_, e0)| e0 == k) {
                        unit_span = Some((s, e));
                    }
                    k = e;
                }
            }
        }
        if unit.is_some() || currency.is_some() {
            ambiguity = ambiguity.filter(|a| *a == Ambiguity::MoneyOrMass);
        }
        let labelled = unit_before.is_some_and(|(u, _)| Dimension::of(u.si) == Some(Dimension::Magnitude));
        Some(Operand {
            value,
            precision,
            raw: atom.value,
            raw_precision: atom.precision,
            start: if labelled { atom.start } else { i },
            atom_start: atom.start,
            end: k,
            words: atom.words,
            scale,
            currency,
            percent,
            unit,
            money_noun,
            unit_span,
            per,
            ambiguity,
            rule,
        })
    }

    /// `49-prozentige`, `49-Prozent-Anteil`, `3-Prozentpunkte-Abstand`.
    fn percent_compound(&self, i: usize) -> Option<(PercentUnit, usize)> {
        let w = &self.tok(i)?.lower;
        let (_, unit) = self.rules.percent_compounds.iter().find(|(start, _)| w.starts_with(start))?;
        Some((*unit, i + 1))
    }

    // ----- traps -------------------------------------------------------------------------

    /// Digits that name rather than measure: model names and versions, list numbers,
    /// ordinals, clock times. Returns the token to continue from.
    fn not_a_quantity(&self, a: &Operand) -> Option<usize> {
        // `4K`, `8K`: a screen resolution, not four thousand.
        let resolution = a.currency.is_none()
            && !a.words
            && a.end == a.atom_start + 2
            && self.toks[a.atom_start].lower.len() == 1
            && self.tok(a.atom_start + 1).is_some_and(|t| t.text(self.text) == "K" && !t.space_before);
        if resolution {
            return Some(a.end);
        }
        if !a.is_bare() || a.words {
            return None;
        }
        let s = a.atom_start;
        let first = &self.toks[s];
        if first.kind != TokKind::Num && !first.is_sym('-') {
            return None;
        }
        let year = year_like(self.text, first).is_some() || self.dated_year(s).is_some();
        // `0930 GMT`, `1400 UTC`: a clock time in four digits before a time zone.
        let clock = first.kind == TokKind::Num
            && a.end == s + 1
            && first.end - first.start == 4
            && first.lower.bytes().all(|b| b.is_ascii_digit())
            && first.lower[..2] < *"24"
            && first.lower[2..] < *"60";
        if clock && self.tok(a.end).is_some_and(|t| common::is_time_zone(t.text(self.text))) {
            return Some(a.end + 1);
        }
        // `7 Uhr`, `19.30 Uhr`, `10.30 p.m.`: an hour, with its minutes, before a clock word.
        let hour = first.kind == TokKind::Num && a.end == s + 1 && {
            let (h, m) = first.lower.split_once(['.', ':']).unwrap_or((&first.lower, "00"));
            let (h, m) = (h.parse::<u8>().ok(), (m.len() == 2).then(|| m.parse::<u8>().ok()).flatten());
            h.zip(m).is_some_and(|(h, m)| h < 24 && m < 60)
        };
        if let Some((_, end)) = hour.then(|| self.rules.clock_words.match_at(&self.toks, a.end)).flatten() {
            return Some(end);
        }
        // `12:30`, `3:1`
        if (self.is_sym(a.end, ':')
            && self.attached(a.end)
            && self.tok(a.end + 1).is_some_and(|t| t.kind == TokKind::Num && !t.space_before))
            || (s >= 2
                && self.is_sym(s - 1, ':')
                && self.attached(s)
                && self.attached(s - 1)
                && self.toks[s - 2].kind == TokKind::Num)
        {
            return Some(a.end + 2);
        }
        // `#### 1.`, `2) …` at the start of a line; `der 3. Platz`, `3. größte`.
        if (self.is_sym(a.end, '.') || self.is_sym(a.end, ')')) && self.attached(a.end) && !year {
            // Only list markers (`#`, `*`, `-`) may stand between the line start and the number.
            let mut k = s;
            while k > 0 && !self.toks[k].line_before {
                let t = &self.toks[k - 1];
                if !(t.kind == TokKind::Sym && matches!(t.lower.as_str(), "#" | "*" | "-" | "•")) {
                    break;
                }
                k -= 1;
            }
            let line_start = k == 0 || self.toks[k].line_before;
            let next = self.tok(a.end + 1);
            // A new line after the period ends a sentence whatever case follows.
            let next_lower = next.is_some_and(|t| {
                t.kind == TokKind::Word && t.space_before && !t.line_before && !t.is_capitalised(self.text)
            });
            let after_determiner = self.rules.determiners.match_before(&self.toks, s).is_some();
            let item_follows = next.is_some_and(|t| !t.line_before);
            if (line_start && item_follows) || (self.is_sym(a.end, '.') && (next_lower || after_determiner)) {
                return Some(a.end + 1);
            }
        }
        // A postcode before its town: `…, 10115 Berlin`, `D-80331 München`.
        let digits = first.text(self.text);
        let after_town = self.tok(a.end).is_some_and(|t| t.is_capitalised(self.text) && t.space_before);
        let prefixed = s >= 2 && self.is_sym(s - 1, '-') && self.attached(s) && self.toks[s - 2].lower.len() <= 2;
        let opens = if digits.len() == 5 {
            s == 0 || self.toks[s].line_before || self.is_sym(s - 1, ',') || prefixed
        } else {
            prefixed
        };
        if (4..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && after_town && opens && !year
        {
            return Some(a.end);
        }
        // A ZIP code after a state's two capitals: `New York, NY 10118`.
        let state = s >= 2
            && self.toks[s - 1].kind == TokKind::Word
            && self.toks[s - 1].text(self.text).len() == 2
            && self.toks[s - 1].text(self.text).bytes().all(|b| b.is_ascii_uppercase())
            && self.is_sym(s - 2, ',');
        if digits.len() == 5 && digits.bytes().all(|b| b.is_ascii_digit()) && state && a.end == s + 1 {
            return Some(a.end);
        }
        if s == 0 {
            return None;
        }
        let p = &self.toks[s - 1];
        let attached_to_word = p.kind == TokKind::Word && !first.space_before;
        let hyphenated =
            p.is_sym('-') && !first.space_before && !p.space_before && s >= 2 && self.toks[s - 2].kind == TokKind::Word;
        // A capitalised word before a number names it (`Llama 4`, `Windows 11`) unless the
        // number is grouped in thousands (`Jahresende 1.300.000 GPUs`: no model is numbered
        // so) or counts a noun (`in Berlin 500 Mitarbeiter`, `In Texas 300 people`) and the
        // pair is not written again (see `repeated`) and no article makes the pair a modifier
        // (`des Llama 4 Modells`, `the Boeing 787 jets`): every German noun is capitalised,
        // and places and days stand before counts.
        let named = p.kind == TokKind::Word
            && p.has_upper(self.text)
            && !year
            && (!self.sentence_initial(s - 1)
                || self.labels.contains(&(p.lower.clone(), first.lower.clone()))
                || self.opening_name(s - 1, a))
            && !self.is_context_word(s)
            && !self.grouped(a)
            && (!self.counts_noun(a.end)
                || self.repeated.contains(&(p.lower.clone(), first.lower.clone()))
                || self.modifier_article(s - 1));
        if attached_to_word || hyphenated || named || p.is_sym('#') {
            // `Llama 1 und 2`, `GPT-4, GPT-4o`: the list goes on naming.
            let mut next = a.end;
            while self.tok(next).is_some_and(|t| {
                matches!(t.lower.as_str(), "," | "/" | "&") || self.rules.list_words.contains(&t.lower.as_str())
            }) && self.tok(next + 1).is_some_and(|t| t.kind == TokKind::Num)
            {
                next += 2;
            }
            return Some(next);
        }
        None
    }

    /// Whether a determiner before the capitalised word at `k` makes the word and the number
    /// after it a modifier of the noun that follows (`des Llama 4 Modells`, `the Boeing 787
    /// jets`): not when a preposition opened the phrase the word closes (`in der Pandemie
    /// 22 Filialen`, `im Schutzschirmverfahren 22 Häuser`), nor when the word is a noun in
    /// the genitive (`des Einsturzes 112 Bergleute`), after which the number counts.
    fn modifier_article(&self, k: usize) -> bool {
        let Some((_, det)) = self.rules.determiners.match_before(&self.toks, k) else { return false };
        if self.rules.genitive_determiners.contains(&self.toks[det].lower.as_str()) && self.toks[k].lower.ends_with('s')
        {
            return false;
        }
        let opened = self.rules.phrase_openers.match_at(&self.toks, det).is_some_and(|(_, e)| e == k)
            || self.rules.phrase_openers.match_before(&self.toks, det).is_some();
        !opened
    }

    /// Whether a noun the figure counts follows at `k`: lowercase, unless the language
    /// capitalises its nouns (`7.7 Magnitude Tremor` in an English headline counts nothing).
    fn counts_noun(&self, k: usize) -> bool {
        self.count_noun_at(k, true).is_some()
            && (self.rules.nouns_capitalised || self.tok(k).is_some_and(|t| !t.is_capitalised(self.text)))
    }

    /// Whether the operand's digits are grouped in thousands (`1.300.000`, `12,000`, `1 414
    /// 021`): an amount, never a model number.
    fn grouped(&self, a: &Operand) -> bool {
        let (s, e) = (self.toks[a.atom_start].start, self.toks[a.end.max(a.atom_start + 1) - 1].end);
        let digits = &self.text[s..e];
        let groups: Vec<&str> = digits.split(['.', ',', ' ', '\u{a0}', '\u{202f}']).collect();
        groups.len() >= 2
            && groups[0].len() <= 3
            && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
            && groups[1..].iter().all(|g| g.len() == 3)
    }

    /// A sentence-opening `Windows 11 und …`: a capitalised word that is no function word,
    /// before a number that counts nothing and is no part of a ratio.
    fn opening_name(&self, w: usize, a: &Operand) -> bool {
        let r = self.rules;
        !r.stopwords.contains(self.toks[w].lower.as_str())
            && r.qualifiers.match_at(&self.toks, w).is_none()
            && self.count_noun_at(a.end, true).is_none()
            && !r.ratio_connectors.starts_at(&self.toks, a.end)
            && !r.range_connectors.starts_at(&self.toks, a.end)
    }

    /// A capitalised word before a number that does not make it a name: hedges, months,
    /// currencies, date words.
    fn is_context_word(&self, s: usize) -> bool {
        let r = self.rules;
        r.qualifiers.match_before(&self.toks, s).is_some()
            || r.months.match_before(&self.toks, s).is_some()
            || r.currencies.match_before(&self.toks, s).is_some()
            || r.year_parts.match_before(&self.toks, s).is_some()
            || r.range_openers.match_before(&self.toks, s).is_some()
            || r.ratio_split_openers.match_before(&self.toks, s).is_some()
            || r.negatives.match_before(&self.toks, s).is_some()
    }

    // ----- quantities --------------------------------------------------------------------

    fn quantity_at(&self, i: usize) -> Outcome {
        let r = self.rules;
        let (mut qual, j) = match r.qualifiers.match_at(&self.toks, i) {
            Some((q, j)) => (Some(q), j),
            None => (None, i),
        };
        let (opener, j) = match r.range_openers.match_at(&self.toks, j) {
            Some((o, k)) if self.operand_at(k).is_some() => (Some(o), k),
            _ => (None, j),
        };
        // A date where the amount would start wins: `Vom 1. Mai 2025`.
        if j > i && self.date_at(j).is_some() {
            return Outcome::Nothing;
        }
        if opener.is_none() {
            if let Some(found) = self.multiple_at(if qual.is_some() { i } else { j }, j, qual) {
                return Outcome::Found(Box::new(found));
            }
        }
        // `um die Hälfte` is a change by half, not about half: `um` is the change's `by`.
        let hedged = qual.is_some() && !r.change.by.contains(&self.toks[i].lower.as_str());
        let Some(mut a) = self.operand_at(j).or_else(|| self.half_after_hedge(hedged, j)) else {
            return match self.vague_at(j) {
                Some(f) if qual.is_none() && opener.is_none() => Outcome::Found(Box::new(f)),
                _ => Outcome::Nothing,
            };
        };
        // `1 over 3`, `one over twenty`: a fraction between two bare numbers.
        if qual.is_none() && opener.is_none() && a.is_bare() {
            if let Some((_, k)) = r.qualifiers.match_at(&self.toks, a.end).filter(|(q, _)| *q == Qualifier::Over) {
                if let Some(den) = self
                    .operand_at(k)
                    .filter(|d| d.is_bare() && d.value != 0.0 && self.count_noun_at(d.end, false).is_none())
                {
                    a.value /= den.value;
                    a.precision = 0.0;
                    a.end = den.end;
                    a.raw = a.value;
                    a.rule = Some(rules::OVER);
                }
            }
        }
        if qual == Some(Qualifier::Under) && opener.is_none() && self.among_group(i, &a) {
            qual = None;
        }
        if let Some(next) = self.rank_at(&a).or_else(|| self.not_a_quantity(&a)).or_else(|| self.score_at(&a)) {
            return Outcome::Skip(next);
        }
        if let Some(found) = self.age_at(&a, if qual.is_some() { Some(i) } else { None }, qual) {
            return Outcome::Found(Box::new(found));
        }
        // `2,1 statt 1,4 Milliarden Euro`: the first figure takes what the second writes.
        if a.is_bare() && qual.is_none() {
            if let Some((_, k)) = r.alternatives.match_at(&self.toks, a.end) {
                if let Some(other) = self.operand_at(k).filter(|o| !o.is_bare()) {
                    a = Self::elided(&a, &other, rules::ALTERNATIVE);
                }
            }
        }
        // `auf 20,17 von 19,20 Prozent`, `to 2.1 from 1.4 billion euros`: a move with the
        // new figure first takes what the earlier one writes. Only after the move's `to`
        // (`20 von 100 Befragten` is a part of a whole, and its whole is bare anyway).
        if a.is_bare() && qual.is_none() && a.start > 0 && r.to_words.contains(&self.toks[a.start - 1].lower.as_str()) {
            if let Some(other) = self
                .tok(a.end)
                .filter(|t| r.from_words.contains(&t.lower.as_str()))
                .and_then(|_| self.operand_at(a.end + 1))
                .filter(|o| !o.is_bare())
            {
                a = Self::elided(&a, &other, rules::MOVE_ELIDED);
            }
        }
        // `one in five`, `2 in 5`, `one in a million`: a proportion, so a percentage. Not a
        // time (`2 in 5 minutes`) or a year (`1 in 2024`).
        if a.is_bare() && a.is_integer() && a.value >= 1.0 {
            if let Some((_, k)) = r.one_in.match_at(&self.toks, a.end) {
                let whole = self.operand_at(k).filter(|w| {
                    w.currency.is_none()
                        && w.percent.is_none()
                        && w.unit.is_none()
                        && w.is_integer()
                        && w.value > a.value
                        && (w.scale.is_some() || w.value < 1000.0)
                        && self.unit_at(w.end).is_none()
                        && self.tok(w.end).is_none_or(|t| {
                            let one = t.lower.strip_suffix('s').unwrap_or(&t.lower);
                            !r.per_nouns.first_words().any(|p| p == one)
                        })
                });
                if let Some(w) = whole {
                    a.value = a.value * 100.0 / w.value;
                    a.precision = 0.0;
                    a.percent = Some(PercentUnit::Percent);
                    a.end = w.end;
                    a.rule = Some(rules::ONE_IN);
                }
            }
        }
        let mut start = if qual.is_some() { i } else { a.start };
        let mut end = a.end;
        // Ranges: `70 bis 72 Milliarden`, `zwischen 70 und 72`, `$60 billion-65 billion`.
        let connectors = if opener == Some(Opener::Pair) { &r.pair_connectors } else { &r.range_connectors };
        let mut b = None;
        let mut outer = None;
        // `cut by 700 to 21,800 places`, `rose by €4.1m to €33.5m`: after a change's `by`,
        // a figure and a far larger one are the change and the level it reached, not a
        // range; a range's ends lie close (`rise by 10 to 20 percent`).
        let after_by = i > 0 && r.change.by.contains(&self.toks[i - 1].lower.as_str());
        if let Some((_, k)) = connectors.match_at(&self.toks, a.end) {
            if let Some(bop) = self.operand_at(k) {
                if let Some((a2, b2)) = self
                    .combine_range(&a, &bop)
                    .filter(|(lo, hi)| !(after_by && opener.is_none() && hi.value > lo.value * MOVE_NOT_RANGE))
                {
                    a = a2;
                    end = b2.end;
                    b = Some(b2);
                    outer = Some(if opener == Some(Opener::Pair) { rules::BETWEEN } else { rules::RANGE });
                    if opener.is_some() {
                        start = i;
                    }
                }
            }
        }
        // `mehr als 10 und weniger als 20`, `at most 100 and at least 20`.
        if let (Some(q1), None) = (qual, &b) {
            if let Some((q2, other)) = self.second_bound(end) {
                let (lo, hi) = if q1.is_lower_bound() && q2.is_upper_bound() {
                    (Some(&a), Some(&other))
                } else if q1.is_upper_bound() && q2.is_lower_bound() {
                    (Some(&other), Some(&a))
                } else {
                    (None, None)
                };
                if let (Some(lo), Some(hi)) = (lo, hi) {
                    let same = lo.currency == hi.currency
                        && lo.percent == hi.percent
                        && lo.unit.map(|u| u.si) == hi.unit.map(|u| u.si);
                    if same && lo.value < hi.value {
                        let (lo, hi) = (lo.clone(), hi.clone());
                        end = other.end;
                        a = lo;
                        b = Some(hi);
                        qual = Some(Qualifier::Range);
                        outer = Some(rules::BOUNDS);
                    }
                }
            }
        }
        if qual.is_none() && b.is_none() {
            if let Some((q, k)) = r.postfix_qualifiers.match_at(&self.toks, end) {
                qual = Some(q);
                end = k;
                outer = Some(rules::POSTFIX_BOUND);
            }
        }
        let q = qual.unwrap_or(Qualifier::Exact);
        // German puts the verb second: in `2013 gründete Zuckerberg` or `Drei verließen Meta`
        // the lowercase word after the number is a verb, not an adjective of a counted noun.
        let modifiers = !self.sentence_initial(start) && year_like(self.text, &self.toks[a.atom_start]).is_none();
        let (currency, percent, unit) = match &b {
            Some(b) => (a.currency.or(b.currency), a.percent.or(b.percent), a.unit.or(b.unit)),
            None => (a.currency, a.percent, a.unit),
        };
        let money_noun = a.money_noun || b.as_ref().is_some_and(|b| b.money_noun);
        let last = b.as_ref().unwrap_or(&a);
        let mut per = last.per.or(a.per);
        let ambiguity = a.ambiguity.or(b.as_ref().and_then(|b| b.ambiguity));
        let written = last.unit_span.or(a.unit_span).map(|(s, e)| self.span(s, e).2);
        let (mut factor, offset) = unit.map_or((1.0, 0.0), |u| (u.factor, u.offset));
        let (kind, unit_name): (Kind, Option<String>) = if currency.is_some() || money_noun {
            (Kind::Money, currency.map(str::to_string))
        } else if let Some(p) = percent {
            (Kind::Percent, Some(p.symbol().to_string()))
        } else if let Some(u) = unit {
            // A physical unit over a physical unit composes: `miles per hour` is `m/s`.
            let over = per.filter(|p| common::is_symbol(p)).map(common::unit).filter(|_| u.offset == 0.0);
            match over {
                Some(d) => {
                    factor /= d.factor;
                    per = Some(d.si);
                    (Kind::Measure, Some(format!("{}/{}", u.si, d.si)))
                }
                None => {
                    if per.is_none() {
                        per = u.si.split_once('/').map(|(_, d)| d);
                    }
                    (Kind::Measure, Some(u.si.to_string()))
                }
            }
        } else {
            (Kind::Number, None)
        };
        let dimension = (kind == Kind::Measure).then(|| unit_name.as_deref().and_then(Dimension::of)).flatten();
        let measured = |v: f64| v * factor + offset;

        if let Some(b) = b {
            let (lo, hi) = (measured(a.value), measured(b.value));
            let (s, e, text) = self.span(start, end);
            let precision = a.precision.max(b.precision) * factor;
            let mut kind = kind;
            let mut unit_name = unit_name;
            let mut end = end;
            if kind == Kind::Number {
                if let Some((noun, e2)) = self.count_noun_at(end, modifiers) {
                    kind = Kind::Count;
                    unit_name = Some(noun);
                    end = e2;
                    per = self.rate_at(end).map(|(key, _)| key);
                }
            }
            let (s2, e2, text2) = if end == b.end { (s, e, text) } else { self.span(start, end) };
            let (kind, unit_name) = magnitude_as_number(kind, unit_name, dimension);
            let q = Quantity {
                start: s2,
                end: e2,
                text: text2,
                kind,
                value: Value::Number((lo + hi) / 2.0),
                low: Some(Value::Number(lo)),
                high: Some(Value::Number(hi)),
                unit: unit_name,
                qualifier: if q == Qualifier::Approx || q == Qualifier::Exact { Qualifier::Range } else { q },
                precision: Some(precision),
                part: None,
                whole: None,
                written: written.clone(),
                dimension,
                per: per.map(str::to_string),
                ambiguous: ambiguity,
                rule: RuleName(outer.unwrap_or(rules::RANGE)),
            };
            let _ = (s, e);
            return Outcome::Found(Box::new(Found { q, start, end, split_whole: false, bare: false }));
        }

        let value = measured(a.value);
        let precision = a.precision * factor;
        let (mut kind, mut unit_name, mut end) = (kind, unit_name, end);
        let (mut part, mut whole) = (None, None);
        let mut split_whole = false;
        if kind == Kind::Number {
            // A year standing alone is a date: `Schon 2013 gründete …`.
            if a.is_bare() && !a.words {
                // A year outside 1900–2100 only after a word that dates it and before no
                // counted noun (`im Jahr 1850`, `in 1850`; `in 1850 Haushalten` counts).
                let earlier_year =
                    || self.dated_year(a.atom_start).filter(|_| self.count_noun_at(a.end, modifiers).is_none());
                if let Some(year) = year_like(self.text, &self.toks[a.atom_start])
                    .or_else(earlier_year)
                    .filter(|_| a.atom_start + 1 == a.end)
                {
                    let dated = r.year_preps.match_before(&self.toks, a.atom_start).is_some()
                        || self.coordinated_with_year(a.atom_start);
                    // Where only names are capitalised, a year-like number before a name
                    // dates it (`2018 MIT researchers`): a count that large would be
                    // grouped (`2,018`).
                    let before_name =
                        !r.nouns_capitalised && self.tok(end).is_some_and(|t| t.is_capitalised(self.text));
                    if dated || before_name || self.count_noun_at(end, modifiers).is_none() || qual.is_some() {
                        if let Some(d) = self.year_quantity(start, end, year, q) {
                            return Outcome::Found(Box::new(Found {
                                q: d,
                                start,
                                end,
                                split_whole: false,
                                bare: false,
                            }));
                        }
                    }
                }
            }
            if let Some((whole_v, e)) = self.ratio_whole(&a, qual.is_some()) {
                kind = Kind::Ratio;
                part = Some(a.value);
                whole = Some(whole_v);
                end = e;
            }
            if let Some((noun, e)) = self.count_noun_at(end, modifiers) {
                if kind == Kind::Number {
                    kind = Kind::Count;
                }
                unit_name = Some(noun);
                end = e;
                per = self.rate_at(end).map(|(key, _)| key);
            }
            if kind != Kind::Ratio && qual.is_none() && a.is_integer() && self.opens_split_ratio(a.start) {
                split_whole = true;
            }
        }
        // The pronoun `one` is not a figure unless something makes it one.
        if kind == Kind::Number && a.words && a.value == 1.0 && a.end == a.atom_start + 1 && qual.is_none() {
            return Outcome::Skip(end);
        }
        let (s, e, text) = self.span(start, end);
        let (value_v, low, high) = if kind == Kind::Ratio {
            let v = part.unwrap_or(0.0) / whole.unwrap_or(1.0);
            (v, Some(v), Some(v))
        } else {
            match q {
                Qualifier::Over | Qualifier::AtLeast => (value, Some(value), None),
                Qualifier::Under | Qualifier::AtMost | Qualifier::UpTo => (value, None, Some(value)),
                _ => (value, Some(value), Some(value)),
            }
        };
        let bare = kind == Kind::Number && q == Qualifier::Exact && a.is_bare();
        let rule = if kind == Kind::Ratio {
            rules::RATIO
        } else if let Some(rule) = outer.or(qual.map(|_| rules::HEDGE)).or(a.rule) {
            rule
        } else {
            match kind {
                Kind::Money | Kind::Measure if per.is_some() => rules::RATE,
                Kind::Money => rules::MONEY,
                Kind::Percent => rules::PERCENT,
                Kind::Measure if a.unit_span.is_some_and(|(s, _)| s < a.atom_start) => rules::UNIT_BEFORE,
                Kind::Measure => rules::UNIT,
                Kind::Count => rules::COUNT,
                _ if a.scale.is_some() => rules::SCALED,
                _ if a.words => rules::NUMBER_WORDS,
                _ => rules::DIGITS,
            }
        };
        let (kind, unit_name) = magnitude_as_number(kind, unit_name, dimension);
        let q = Quantity {
            start: s,
            end: e,
            text,
            kind,
            value: Value::Number(value_v),
            low: low.map(Value::Number),
            high: high.map(Value::Number),
            unit: unit_name,
            qualifier: q,
            precision: Some(if kind == Kind::Ratio { 1.0 } else { precision }),
            part,
            whole,
            written,
            dimension,
            per: per.map(str::to_string),
            ambiguous: ambiguity,
            rule: RuleName(rule),
        };
        Outcome::Found(Box::new(Found { q, start, end, split_whole, bare }))
    }

    /// `Umfrage unter 1002 Befragten`: a bound word that also means `among` (the hedge at
    /// `i`, one word), before a group counted in a form only the dative has, is the
    /// preposition, not a bound.
    fn among_group(&self, i: usize, a: &Operand) -> bool {
        let r = self.rules;
        a.atom_start == i + 1
            && r.among.contains(&self.toks[i].lower.as_str())
            && a.is_bare()
            && self.count_noun_at(a.end, true).is_some_and(|(_, e)| (r.group_dative)(&self.toks[e - 1].lower))
    }

    /// `Platz fünf`, `auf Rang 3`, `No. 5`: a place in a ranking, an ordinal and no amount.
    /// Returns the token after it.
    fn rank_at(&self, a: &Operand) -> Option<usize> {
        // A place is small: a number grouped in thousands after `No.` is an amount.
        let place = a.is_bare() && !self.grouped(a) && a.atom_start > 0;
        (place && self.rules.ranks.match_before(&self.toks, a.atom_start).is_some()).then_some(a.end)
    }

    /// `der 31-Jährige`, `eine 58-jährige Frau`, `aged 58`, `a 58-year-old`: a person's
    /// age, a quantity of a person rather than a fact of the story ([`Kind::Age`]).
    /// `hedge` is the token of a hedge before the number (`über 60-Jährige`).
    fn age_at(&self, a: &Operand, hedge: Option<usize>, qual: Option<Qualifier>) -> Option<Found> {
        if !a.is_bare() || !a.is_integer() || a.value > 130.0 || a.end != a.atom_start + 1 {
            return None;
        }
        let r = self.rules;
        let (start, end) = if let Some((_, e)) = r.ages_after.match_at(&self.toks, a.end) {
            (hedge.unwrap_or(a.start), e)
        } else if let Some((_, s)) = r.ages_before.match_before(&self.toks, a.atom_start) {
            (s, r.age_years.match_at(&self.toks, a.end).map_or(a.end, |(_, e)| e))
        } else {
            return None;
        };
        let q = qual.unwrap_or(Qualifier::Exact);
        let (low, high) = match q {
            Qualifier::Over | Qualifier::AtLeast => (Some(a.value), None),
            Qualifier::Under | Qualifier::AtMost | Qualifier::UpTo => (None, Some(a.value)),
            _ => (Some(a.value), Some(a.value)),
        };
        let (s, e, text) = self.span(start, end);
        let q = Quantity {
            start: s,
            end: e,
            text,
            kind: Kind::Age,
            rule: RuleName(rules::AGE),
            value: Value::Number(a.value),
            low: low.map(Value::Number),
            high: high.map(Value::Number),
            unit: None,
            qualifier: q,
            precision: Some(1.0),
            part: None,
            whole: None,
            written: None,
            dimension: None,
            per: None,
            ambiguous: None,
        };
        Some(Found { q, start, end, split_whole: false, bare: false })
    }

    /// A bare figure that takes the scale, currency, percent sign or unit of the figure it
    /// is set against: `2,1 statt 1,4 Milliarden Euro`.
    fn elided(a: &Operand, other: &Operand, rule: &'static str) -> Operand {
        let mut a = a.clone();
        if let Some(f) = other.scale {
            a.value = a.raw * f;
            a.precision = a.raw_precision * f;
            a.scale = Some(f);
        }
        a.currency = other.currency;
        a.percent = other.percent;
        a.unit = other.unit;
        a.money_noun = other.money_noun;
        a.rule = Some(rule);
        a
    }

    /// `dozens of people`, `Zehntausende Fans`, `millions of dollars`: the least the words
    /// say, hedged.
    fn vague_at(&self, i: usize) -> Option<Found> {
        let r = self.rules;
        let (least, k) = r.vague.match_at(&self.toks, i)?;
        let (kind, unit, end) = match r.currencies.match_at(&self.toks, k).filter(|(c, _)| c.after) {
            Some((c, e)) => (Kind::Money, Some(c.code.to_string()), e),
            // Alone (`Thousands came`) a vague amount says too little to check.
            None => {
                let (noun, e) = self.count_noun_at(k, true)?;
                (Kind::Count, Some(noun), e)
            }
        };
        let (s, e, text) = self.span(i, end);
        let q = Quantity {
            start: s,
            end: e,
            text,
            kind,
            value: Value::Number(least),
            low: Some(Value::Number(least)),
            high: None,
            unit,
            qualifier: Qualifier::AtLeast,
            precision: Some(least / 2.0),
            part: None,
            whole: None,
            written: None,
            dimension: None,
            per: None,
            ambiguous: None,
            rule: RuleName(rules::VAGUE),
        };
        Some(Found { q, start: i, end, split_whole: false, bare: false })
    }

    /// A sports score (`2-0`, `9-2`, `89-89`): two small whole numbers joined by a dash that
    /// cannot be a range, the first not below the second. Returns the token after it.
    fn score_at(&self, a: &Operand) -> Option<usize> {
        if !a.is_bare() || a.words || !a.is_integer() || a.end != a.atom_start + 1 || a.value >= 1000.0 {
            return None;
        }
        let d = a.end;
        let dash = self.tok(d).is_some_and(|t| t.is_sym('-') || t.is_sym('–'));
        let b = self.tok(d + 1).filter(|t| t.kind == TokKind::Num && t.lower.bytes().all(|c| c.is_ascii_digit()))?;
        let bv = b.lower.parse::<f64>().ok()?;
        if !(dash && self.attached(d) && self.attached(d + 1)) {
            return None;
        }
        // Three or more numbers so joined are a telephone or reference number: none of them.
        let mut end = d + 2;
        while self.is_sym(end, '-')
            && self.attached(end)
            && self.tok(end + 1).is_some_and(|t| t.kind == TokKind::Num && !t.space_before)
        {
            end += 2;
        }
        (end > d + 2 || a.value >= bv || self.result_near(a.atom_start, end)).then_some(end)
    }

    /// Whether a word of a match's result stands right before the numbers (an article
    /// between) or right after them (`lost 1-3`, `a 1-3 defeat`, `verlor 1:3`): then a
    /// lower first number is a score too, not a range.
    fn result_near(&self, start: usize, end: usize) -> bool {
        let words = self.rules.match_results;
        let is = |k: usize| self.tok(k).is_some_and(|t| t.kind == TokKind::Word && words.contains(&t.lower.as_str()));
        let article = |k: usize| self.rules.articles.starts_at(&self.toks, k);
        (start >= 1 && is(start - 1))
            || (start >= 2 && article(start - 1) && is(start - 2))
            || is(end)
            || (self.is_sym(end, '-') && self.attached(end) && is(end + 1))
    }

    /// `doubled`, `roughly doubled`, `das Dreifache`, `three times higher`: a multiple of
    /// what is compared, as a ratio to it (part the factor, whole 1). Whether it is a change
    /// (`doubled`) or a comparison (`twice as high`) is the claim stage's to read from the
    /// words, as for any figure.
    fn multiple_at(&self, start: usize, j: usize, qual: Option<Qualifier>) -> Option<Found> {
        let (factor, end) = (self.rules.multiple)(&self.toks, j, self.text)?;
        if self.tok(j).is_some_and(|t| t.masked) {
            return None;
        }
        let (s, e, text) = self.span(start, end);
        let qualifier = qual.unwrap_or(Qualifier::Exact);
        let (low, high) = match qualifier {
            Qualifier::Over | Qualifier::AtLeast => (Some(factor), None),
            Qualifier::Under | Qualifier::AtMost | Qualifier::UpTo => (None, Some(factor)),
            _ => (Some(factor), Some(factor)),
        };
        let q = Quantity {
            start: s,
            end: e,
            text,
            kind: Kind::Ratio,
            value: Value::Number(factor),
            low: low.map(Value::Number),
            high: high.map(Value::Number),
            unit: None,
            qualifier,
            precision: Some(1.0),
            part: Some(factor),
            whole: Some(1.0),
            written: None,
            dimension: None,
            per: None,
            ambiguous: None,
            rule: RuleName(rules::MULTIPLE),
        };
        Some(Found { q, start, end, split_whole: false, bare: false })
    }

    /// `more than half`, `fast die Hälfte`: a share noun as a figure after a hedge.
    fn half_after_hedge(&self, hedged: bool, j: usize) -> Option<Operand> {
        let (f, e) = self.rules.shares.match_at(&self.toks, j).filter(|_| hedged)?;
        Some(Operand {
            value: f,
            precision: f,
            raw: f,
            raw_precision: f,
            start: j,
            atom_start: j,
            end: e,
            words: true,
            scale: None,
            currency: None,
            percent: None,
            unit: None,
            money_noun: false,
            unit_span: None,
            per: None,
            ambiguity: None,
            rule: None,
        })
    }

    /// `und weniger als 20` after a bounded amount: the second bound and its operand.
    fn second_bound(&self, end: usize) -> Option<(Qualifier, Operand)> {
        let (_, j) = self.rules.bound_joiners.match_at(&self.toks, end)?;
        let (q, k) = self.rules.qualifiers.match_at(&self.toks, j)?;
        Some((q, self.operand_at(k)?))
    }

    /// Two ends of a range with scale, currency and unit shared: `70 bis 72 Milliarden`.
    fn combine_range(&self, a: &Operand, b: &Operand) -> Option<(Operand, Operand)> {
        // `+1-222-2222-2222` and `2025-12-11` are not ranges.
        if (self.is_sym(b.end, '-') || self.is_sym(b.end, '/'))
            && self.attached(b.end)
            && self.tok(b.end + 1).is_some_and(|t| t.kind == TokKind::Num)
        {
            return None;
        }
        let years =
            |o: &Operand| o.is_bare() && self.tok(o.atom_start).is_some_and(|t| year_like(self.text, t).is_some());
        if years(a) || years(b) {
            return None;
        }
        let clash = |x: Option<&str>, y: Option<&str>| x.is_some() && y.is_some() && x != y;
        if clash(a.currency, b.currency) || (a.percent.is_some() && b.percent.is_some() && a.percent != b.percent) {
            return None;
        }
        if a.unit.is_some() && b.unit.is_some() && a.unit.map(|u| u.si) != b.unit.map(|u| u.si) {
            return None;
        }
        // A unit or a percent sign on the first end only is no range: `5 % bis 2026`.
        if (a.percent.is_some() && b.percent.is_none())
            || (a.unit.is_some() && b.unit.is_none())
            || (a.currency.is_some() && b.is_bare() && b.scale.is_none() && a.scale.is_some())
        {
            return None;
        }
        // A fraction in words and a whole figure are one share said twice, not a range:
        // `almost two-thirds – 64% – of members`, `zwei Drittel – 66 Prozent`.
        if a.words && a.raw > 0.0 && a.raw < 1.0 && b.raw >= 1.0 {
            return None;
        }
        let mut a2 = a.clone();
        if a.scale.is_none() {
            if let Some(f) = b.scale {
                if a.raw <= b.raw {
                    a2.value = a.raw * f;
                    a2.precision = a.raw_precision * f;
                    a2.scale = Some(f);
                }
            }
        }
        let fa = a2.unit.or(b.unit).map_or(1.0, |u| u.factor);
        let fb = b.unit.map_or(1.0, |u| u.factor);
        if a2.value * fa >= b.value * fb {
            return None;
        }
        Some((a2, b.clone()))
    }

    /// `3 von 14`, `drei der 14`, `three of the 14`: the whole and the token after it.
    fn ratio_whole(&self, a: &Operand, qualified: bool) -> Option<(f64, usize)> {
        if qualified || !a.is_bare() || !a.is_integer() {
            return None;
        }
        let (_, mut k) = self.rules.ratio_connectors.match_at(&self.toks, a.end)?;
        // `3 of the original 14`, `drei der ursprünglich 14`.
        for _ in 0..2 {
            match self.tok(k) {
                Some(t)
                    if t.kind == TokKind::Word
                        && !t.is_capitalised(self.text)
                        && !self.rules.stopwords.contains(t.lower.as_str())
                        && self.plain_atom_at(k).is_none() =>
                {
                    k += 1
                }
                _ => break,
            }
        }
        let whole = self.operand_at(k)?;
        // A whole may carry a scale (`two out of five hundred`, `3 of the 14 million`), not a
        // currency, percentage or unit.
        let counted = whole.currency.is_none() && whole.percent.is_none() && whole.unit.is_none() && !whole.money_noun;
        if !counted || !whole.is_integer() || whole.value < 2.0 || whole.value < a.value {
            return None;
        }
        if year_like(self.text, &self.toks[whole.atom_start]).is_some() {
            return None;
        }
        Some((whole.value, whole.end))
    }

    /// `Von den 14 …` at the start of a sentence or clause. An adverb or adjective may stand
    /// between: `Von den ursprünglich 14`, `Of the original 14`.
    fn opens_split_ratio(&self, start: usize) -> bool {
        let mut s = start;
        for _ in 0..3 {
            if let Some((_, o)) = self.rules.ratio_split_openers.match_before(&self.toks, s) {
                return self.sentence_initial(o) || self.is_sym(o.wrapping_sub(1), ',');
            }
            match self.tok(s.wrapping_sub(1)) {
                Some(t)
                    if t.kind == TokKind::Word
                        && !t.is_capitalised(self.text)
                        && !self.rules.stopwords.contains(t.lower.as_str()) =>
                {
                    s -= 1
                }
                _ => return false,
            }
        }
        false
    }

    /// Turns later bare numbers of a `Von den 14 …` sentence into ratios of that whole.
    /// `sechs Jahre und neun Monate`, `six years, nine months`: a count of a unit of time and
    /// one of the next smaller unit, joined by `and` or a comma, are one duration in the
    /// larger unit (6.75 years), so that `achteinhalb Jahre` is the same figure as `acht
    /// Jahre und sechs Monate`.
    fn join_durations(&self, found: &mut Vec<Found>) {
        let unit_of = |f: &Found| {
            (f.q.kind == Kind::Count).then(|| f.q.unit.as_deref().and_then(crate::lang::time_unit)).flatten()
        };
        let mut k = 0;
        while k + 1 < found.len() {
            let (a, b) = (&found[k], &found[k + 1]);
            // The joining words first: most figures stand apart, and units are looked up
            // only for the few that are joined.
            let joined = (1..=2).contains(&(b.start.saturating_sub(a.end)))
                && (a.end..b.start)
                    .all(|t| self.toks[t].is_sym(',') || self.rules.list_words.contains(&self.toks[t].lower.as_str()));
            let factor = joined
                .then(|| unit_of(a))
                .flatten()
                .and_then(|u| common::TIME_UNITS.iter().find(|t| t.0 == u).and_then(|t| t.1))
                .filter(|&(smaller, _)| unit_of(b) == Some(smaller))
                .map(|(_, f)| f);
            let (Some(f), Qualifier::Exact) = (factor, b.q.qualifier) else {
                k += 1;
                continue;
            };
            let b = found.remove(k + 1);
            let a = &mut found[k];
            let add = |x: Option<&Value>, y: Option<&Value>| Some(Value::Number(x?.as_f64()? + y?.as_f64()? / f));
            if let Some(v) = add(Some(&a.q.value), Some(&b.q.value)) {
                a.q.value = v;
            }
            a.q.low = add(a.q.low.as_ref(), b.q.low.as_ref());
            a.q.high = add(a.q.high.as_ref(), b.q.high.as_ref());
            a.q.precision = b.q.precision.map(|p| p / f);
            a.q.end = b.q.end;
            a.q.text = self.text[a.q.start..a.q.end].to_string();
            a.q.rule = RuleName(rules::DURATION);
            a.end = b.end;
        }
    }

    fn split_ratios(&self, found: &mut [Found]) {
        for i in 0..found.len() {
            if !found[i].split_whole {
                continue;
            }
            let Some(whole) = found[i].q.value.as_f64() else { continue };
            let noun = found[i].q.unit.clone();
            let mut boundary_from = found[i].end;
            for f in found[i + 1..].iter_mut() {
                if self.sentence_break(boundary_from, f.start) {
                    break;
                }
                boundary_from = f.end;
                let Some(v) = f.q.value.as_f64() else { continue };
                if f.bare && v.fract() == 0.0 && v >= 0.0 && v <= whole {
                    f.q.kind = Kind::Ratio;
                    f.q.part = Some(v);
                    f.q.whole = Some(whole);
                    f.q.value = Value::Number(v / whole);
                    f.q.low = Some(Value::Number(v / whole));
                    f.q.high = Some(Value::Number(v / whole));
                    f.q.unit = noun.clone();
                    f.q.precision = Some(1.0);
                    f.q.rule = RuleName(rules::SPLIT_RATIO);
                }
            }
        }
    }

    /// A sentence ends somewhere in tokens `from..to`.
    pub(crate) fn sentence_break(&self, from: usize, to: usize) -> bool {
        (from..=to.min(self.toks.len().saturating_sub(1))).any(|k| {
            let t = &self.toks[k];
            (k > from && t.para_before)
                || (k < to && t.kind == TokKind::Sym && matches!(t.lower.as_str(), "." | "!" | "?"))
        })
    }

    /// The noun a number counts: `GPUs`, `kleinen Unternehmen`, `Nvidia-Beschleuniger`.
    /// Returns the head noun and the token after the phrase.
    fn count_noun_at(&self, k: usize, allow_modifiers: bool) -> Option<(String, usize)> {
        let r = self.rules;
        let is_table_word = |j: usize| {
            r.currencies.starts_at(&self.toks, j)
                || r.units.starts_at(&self.toks, j)
                || r.percent.starts_at(&self.toks, j)
                || r.scales.starts_at(&self.toks, j)
                || r.months.starts_at(&self.toks, j)
                || r.ratio_connectors.starts_at(&self.toks, j)
                || r.denominators.starts_at(&self.toks, j)
                || r.minor_units.starts_at(&self.toks, j)
        };
        let usable = |j: usize| {
            self.tok(j).is_some_and(|t| {
                t.kind == TokKind::Word
                    && !t.line_before
                    && !t.masked
                    && !r.stopwords.contains(t.lower.as_str())
                    && !r.not_counted.contains(t.lower.as_str())
            }) && !is_table_word(j)
        };
        let compound_end = |mut e: usize| {
            while self.is_sym(e, '-')
                && self.attached(e)
                && self.tok(e + 1).is_some_and(|t| t.kind == TokKind::Word && !t.space_before)
            {
                e += 2;
            }
            e
        };
        let mut j = k;
        // Where every noun is capitalised, the counted noun is the capitalised word after
        // at most two adjectives; elsewhere it is the first plural of the next few words.
        match r.nouns_capitalised {
            true => {
                for _ in 0..if allow_modifiers { 2 } else { 0 } {
                    let t = self.tok(j)?;
                    let adjective = usable(j)
                        && !t.is_capitalised(self.text)
                        && r.adjective_endings.iter().any(|s| t.lower.ends_with(s))
                        && self.tok(j + 1).is_some_and(|n| n.kind == TokKind::Word);
                    if !adjective {
                        break;
                    }
                    j += 1;
                }
                if !usable(j) || !self.toks[j].is_capitalised(self.text) {
                    return None;
                }
                let e = compound_end(j + 1);
                Some((self.text[self.toks[j].start..self.toks[e - 1].end].to_string(), e))
            }
            false => {
                let plural_s =
                    |w: &str| w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && !r.singular_s.contains(&w);
                for _ in 0..3 {
                    // A model name is a modifier: `1.3 million Nvidia H100 GPUs`; a currency
                    // on digits is an amount of its own (`3 USD50 cards`).
                    if self.tok(j).is_some_and(|t| t.kind == TokKind::Word && !t.line_before)
                        && !r.currencies.starts_at(&self.toks, j)
                        && self.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num && !n.space_before)
                    {
                        j += 2;
                        continue;
                    }
                    if !usable(j) {
                        return None;
                    }
                    let e = compound_end(j + 1);
                    let w = &self.toks[e - 1].lower;
                    let plural = plural_s(w) || r.irregular_plurals.contains(&w.as_str());
                    if plural {
                        // `graphics processors`: a plural right after is the head of the noun.
                        let (mut e, mut head) = (e, e);
                        while usable(e) && plural_s(&self.toks[e].lower) {
                            (head, e) = (e, compound_end(e + 1));
                        }
                        // A word in `-s` before an article is a verb, not a plural (`The new
                        // total of 1,644 marks a steep jump`), unless a rate follows (`1,644
                        // cars a day`): the noun ends before it (`a survey of 2000 adults
                        // shows a shift`), and with it if it is the first.
                        let article = r.articles.starts_at(&self.toks, e) || r.determiners.starts_at(&self.toks, e);
                        let rate = self.tok(e + 1).is_some_and(|t| r.rate_nouns.contains(&t.lower.as_str()));
                        if article && !rate {
                            if head == e {
                                return None;
                            }
                            e = head;
                        }
                        return Some((self.text[self.toks[j].start..self.toks[e - 1].end].to_string(), e));
                    }
                    j = e;
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    impl Scanner<'_> {
        /// The scanner trying every rule at every token outside a mask.
        fn unfiltered(mut self) -> Self {
            for (s, t) in self.starts.iter_mut().zip(&self.toks) {
                *s = u8::from(!t.masked) * START;
            }
            self
        }
    }

    /// Every text the repository holds for the recognizer: the corpus cases, the rules'
    /// examples, the seed sources, and when present the conformance inputs and the German
    /// news corpus of `../shared`.
    fn texts() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = |dir: &Path| -> Vec<std::path::PathBuf> {
            let mut v: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().map(|e| e.unwrap().path()).collect();
            v.sort();
            v
        };
        let mut texts = Vec::new();
        for lang in ["de", "en"] {
            for f in files(&root.join("tests/corpus").join(lang)) {
                let table: toml::Table = toml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
                for case in table["case"].as_array().unwrap() {
                    texts.push(case["text"].as_str().unwrap().to_string());
                }
            }
        }
        for &lang in Lang::ALL {
            for (_, examples) in lang.rules().rule_examples {
                texts.extend(examples.iter().map(|(text, _)| text.to_string()));
            }
        }
        texts.extend(files(&root.join("sources")).iter().map(|f| std::fs::read_to_string(f).unwrap()));
        for f in files(&root.join("../shared/conformance/cases")) {
            for line in std::fs::read_to_string(f).unwrap().lines() {
                let case: serde_json::Value = serde_json::from_str(line).unwrap();
                texts.push(case["input"].as_str().unwrap().to_string());
            }
        }
        if let Ok(corpus) = std::fs::read_to_string(root.join("../shared/corpora/10kgnad-test.csv")) {
            texts.extend(corpus.lines().map(str::to_string));
        }
        texts
    }

    /// Searching only the runs of text around `@`, `://` and `www.` masks what searching
    /// the whole text masks.
    #[test]
    fn masks_are_those_of_the_whole_text() {
        let mut texts = texts();
        texts.extend(
            [
                "mail a@b.de, http://x.de/1 and WWW.example.com/2 or www.a.b\u{a0}x@y.z",
                "https://a.de/x@b.com  ftp://h/ www. wwW.x.y a@b @ : :// x@y.z.",
                "ü@x.de ä www.ü.de http://ü.de/ü\u{2003}s@t.uk",
            ]
            .map(str::to_string),
        );
        for text in &texts {
            let whole: Vec<_> = MASK.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(masked_links(text), whole, "{text:?}");
        }
    }

    /// Passing over the tokens no rule can start at changes nothing: the scan with the
    /// filter finds what the scan trying every token finds, figure by figure and rule by rule.
    #[test]
    fn filter_is_exact() {
        let texts = texts();
        for text in &texts {
            for &lang in Lang::ALL {
                let filtered = Scanner::new(text, lang, None).run();
                let every = Scanner::new(text, lang, None).unfiltered().run();
                assert_eq!(format!("{filtered:?}"), format!("{every:?}"), "{lang} {text:?}");
            }
        }
        assert!(texts.len() > 500, "only {} texts", texts.len());
    }
}
