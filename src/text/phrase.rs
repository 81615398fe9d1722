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
        PhraseTable { by_first: HashMap::default(), by_last: HashMap::default() }
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
        for list in self.by_first.values_mut().chain(self.by_last.values_mut()) {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
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
        // Longest phrase first, so `mehr als` wins over a shorter entry with the same start.
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        PhraseTable { by_first, by_last }
    }

    /// The longest phrase starting at token `i`: its payload and the index after it.
    pub fn match_at(&self, toks: &[Tok], i: usize) -> Option<(T, usize)> {
        let first = toks.get(i)?;
        for (phrase, payload) in self.by_first.get(&first.hash)? {
            if i + phrase.len() <= toks.len() && phrase.matches(toks, i) {
                return Some((payload.clone(), i + phrase.len()));
            }
        }
        None
    }

    /// The longest phrase ending just before token `end`: its payload and its first index.
    pub fn match_before(&self, toks: &[Tok], end: usize) -> Option<(T, usize)> {
        if end == 0 || toks.get(end).is_some_and(|t| t.para_before) {
            return None;
        }
        let last = &toks[end - 1];
        for (phrase, payload) in self.by_last.get(&last.hash)? {
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

    /// Whether a phrase of the table starts at token `i`.
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
