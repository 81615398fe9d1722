//! Multi-word table look-ups over the token stream (`mehr als`, `US-Dollar`, `Mrd.`).
//!
//! Every vocabulary table of a language (scales, currencies, hedges, months) is a list of
//! phrases. A phrase is tokenized with the same tokenizer as the text, so `US-Dollar`
//! matches the tokens `US` `-` `Dollar` and `Mrd.` matches `Mrd` `.`. Matching compares
//! lowercase token texts. Where the phrase has a space the text may or may not; where the
//! phrase has none (`US$`, `A$`) the text must have none either, so `a $200` is not `A$ 200`.
//! A phrase never crosses a paragraph break or a masked (URL) token. Phrases are indexed by their first token, so a
//! look-up costs only the phrases that can start at that token.

use foldhash::HashMap;

use super::tokens::{tokenize, word_hash, Tok};

/// A table of phrases with a payload each, keyed by the hash of their first (or last)
/// word ([`Tok::hash`]); a phrase matches only when its words are the tokens' own, so two
/// words of one hash are told apart.
#[derive(Debug)]
pub struct PhraseTable<T> {
    by_first: HashMap<u64, Vec<(Phrase, T)>>,
    by_last: HashMap<u64, Vec<(Phrase, T)>>,
    /// The keys of `by_first` and `by_last` as bit sets, consulted before the maps.
    first_keys: HashBits,
    last_keys: HashBits,
}

/// A set of hashes that may answer "maybe" for a hash not in it, never "no" for one in
/// it: one bit per hash, chosen by some of its bits, in about sixteen bits per key.
///
/// Nearly every look-up of a phrase table is at a word that starts no phrase of it, and
/// the scanner makes several at each token it can start at: one load and a test answer
/// most of them, where a hash map probe cost a tenth of a scan.
#[derive(Debug, Default)]
struct HashBits {
    words: Vec<u64>,
}

impl HashBits {
    fn of(hashes: impl ExactSizeIterator<Item = u64>) -> Self {
        let mut words = vec![0; (hashes.len() / 4).next_power_of_two()];
        for h in hashes {
            let bit = Self::bit(h, words.len());
            words[bit / 64] |= 1 << (bit % 64);
        }
        HashBits { words }
    }

    /// The bit of hash `h` in a set of `n` words (a power of two): bits the hash maps
    /// otherwise leave unused.
    #[inline]
    fn bit(h: u64, n: usize) -> usize {
        (h >> 32) as usize & (n * 64 - 1)
    }

    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let bit = Self::bit(h, self.words.len());
        self.words.get(bit / 64).is_some_and(|w| w >> (bit % 64) & 1 != 0)
    }
}

/// A phrase's tokens with their hashes, and for each whether it must touch the one before it.
#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    hashes: Vec<u64>,
    attached: Vec<bool>,
}

impl Phrase {
    fn len(&self) -> usize {
        self.words.len()
    }

    fn matches(&self, toks: &[Tok], start: usize) -> bool {
        self.words.iter().enumerate().all(|(k, w)| {
            let t = &toks[start + k];
            t.hash == self.hashes[k]
                && t.lower == *w
                && !t.masked
                && (k == 0 || (!t.para_before && (!self.attached[k] || !t.space_before)))
        })
    }
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable {
            by_first: HashMap::default(),
            by_last: HashMap::default(),
            first_keys: HashBits::default(),
            last_keys: HashBits::default(),
        }
    }
}

impl<T> PhraseTable<T> {
    /// Sorts each list longest phrase first, so `mehr als` wins over a shorter entry with
    /// the same start, and indexes the keys.
    fn finish(&mut self) {
        for list in self.by_first.values_mut().chain(self.by_last.values_mut()) {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        self.first_keys = HashBits::of(self.by_first.keys().copied());
        self.last_keys = HashBits::of(self.by_last.keys().copied());
    }
}

impl PhraseTable<()> {
    /// Adds every phrase of `other` without its payload: one table that says whether any
    /// of several starts at a token, in one look-up.
    pub fn add_phrases<U>(&mut self, other: &PhraseTable<U>) {
        for list in other.by_first.values() {
            for (phrase, _) in list {
                self.by_first.entry(phrase.hashes[0]).or_default().push((phrase.clone(), ()));
                self.by_last.entry(phrase.hashes[phrase.len() - 1]).or_default().push((phrase.clone(), ()));
            }
        }
        self.finish();
    }
}

impl<T: Clone> PhraseTable<T> {
    pub fn new<'a>(rows: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut by_first: HashMap<u64, Vec<(Phrase, T)>> = HashMap::default();
        let mut by_last: HashMap<u64, Vec<(Phrase, T)>> = HashMap::default();
        for (text, payload) in rows {
            let toks = tokenize(text);
            assert!(!toks.is_empty(), "empty phrase in a vocabulary table");
            let phrase = Phrase {
                attached: toks.iter().map(|t| !t.space_before).collect(),
                hashes: toks.iter().map(|t| word_hash(&t.lower)).collect(),
                words: toks.into_iter().map(|t| t.lower.into_string()).collect(),
            };
            by_first.entry(phrase.hashes[0]).or_default().push((phrase.clone(), payload.clone()));
            by_last.entry(phrase.hashes[phrase.len() - 1]).or_default().push((phrase, payload));
        }
        let mut table = PhraseTable { by_first, by_last, ..PhraseTable::default() };
        table.finish();
        table
    }

    /// The longest phrase starting at token `i`: its payload and the index after it.
    ///
    /// Inlined up to the test of the key bits, which answers most look-ups at the caller.
    #[inline]
    pub fn match_at(&self, toks: &[Tok], i: usize) -> Option<(T, usize)> {
        let first = toks.get(i)?;
        if !self.first_keys.may_hold(first.hash) {
            return None;
        }
        self.match_listed_at(toks, i)
    }

    #[inline(never)]
    fn match_listed_at(&self, toks: &[Tok], i: usize) -> Option<(T, usize)> {
        for (phrase, payload) in self.by_first.get(&toks[i].hash)? {
            if i + phrase.len() <= toks.len() && phrase.matches(toks, i) {
                return Some((payload.clone(), i + phrase.len()));
            }
        }
        None
    }

    /// The longest phrase ending just before token `end`: its payload and its first index.
    #[inline]
    pub fn match_before(&self, toks: &[Tok], end: usize) -> Option<(T, usize)> {
        if end == 0 || toks.get(end).is_some_and(|t| t.para_before) || !self.last_keys.may_hold(toks[end - 1].hash) {
            return None;
        }
        self.match_listed_before(toks, end)
    }

    #[inline(never)]
    fn match_listed_before(&self, toks: &[Tok], end: usize) -> Option<(T, usize)> {
        for (phrase, payload) in self.by_last.get(&toks[end - 1].hash)? {
            if phrase.len() <= end && phrase.matches(toks, end - phrase.len()) {
                return Some((payload.clone(), end - phrase.len()));
            }
        }
        None
    }

    /// The first words of the table's phrases.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.values().flatten().map(|(p, _)| p.words[0].as_str())
    }

    /// Whether a phrase of the table has `tok`'s word as its first: what
    /// [`Self::starts_at`] asks of the token alone, before the tokens after it.
    pub fn has_first_word(&self, tok: &Tok) -> bool {
        self.first_keys.may_hold(tok.hash)
            && self.by_first.get(&tok.hash).is_some_and(|list| list.iter().any(|(p, _)| tok.lower == p.words[0]))
    }

    /// Whether a phrase of the table starts at token `i`.
    #[inline]
    pub fn starts_at(&self, toks: &[Tok], i: usize) -> bool {
        self.match_at(toks, i).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_spans_symbols() {
        let table = PhraseTable::new([("us-dollar", 1), ("us", 2), ("mehr als", 3), ("mehr", 4)]);
        let toks = tokenize("mehr als 5 US-Dollar");
        assert_eq!(table.match_at(&toks, 0), Some((3, 2)));
        assert_eq!(table.match_at(&toks, 3), Some((1, 6)));
        assert_eq!(table.match_before(&toks, 2), Some((3, 0)));
    }

    #[test]
    fn unspaced_phrases_need_touching_tokens() {
        let table = PhraseTable::new([("a$", 1)]);
        assert_eq!(table.match_at(&tokenize("A$ 5"), 0), Some((1, 2)));
        assert_eq!(table.match_at(&tokenize("a $5"), 0), None);
    }
}
