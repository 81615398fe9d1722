//! Multi-word table look-ups over the token stream (`mehr als`, `US-Dollar`, `Mrd.`).
//!
//! Every vocabulary table of a language (scales, currencies, hedges, months) is a list of
//! phrases. A phrase is tokenized with the same tokenizer as the text, so `US-Dollar`
//! matches the tokens `US` `-` `Dollar` and `Mrd.` matches `Mrd` `.`. Matching compares
//! lowercase token texts; whitespace between tokens is free, but a phrase never crosses a
//! paragraph break or a masked (URL) token. Phrases are indexed by their first token, so a
//! look-up costs only the phrases that can start at that token.

use std::collections::HashMap;

use super::tokens::{tokenize, Tok};

/// A table of phrases with a payload each.
#[derive(Debug)]
pub struct PhraseTable<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
    by_last: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T: Clone> PhraseTable<T> {
    pub fn new<'a>(rows: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::new();
        let mut by_last: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::new();
        for (phrase, payload) in rows {
            let words: Vec<String> = tokenize(phrase).into_iter().map(|t| t.lower).collect();
            assert!(!words.is_empty(), "empty phrase in a vocabulary table");
            by_first.entry(words[0].clone()).or_default().push((words.clone(), payload.clone()));
            by_last.entry(words[words.len() - 1].clone()).or_default().push((words, payload));
        }
        // Longest phrase first, so `mehr als` wins over a shorter entry with the same start.
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        PhraseTable { by_first, by_last }
    }

    /// The longest phrase starting at token `i`: its payload and the index after it.
    pub fn match_at(&self, toks: &[Tok], i: usize) -> Option<(T, usize)> {
        let first = toks.get(i)?;
        for (words, payload) in self.by_first.get(&first.lower)? {
            if words.len() > 1 && i + words.len() > toks.len() {
                continue;
            }
            let ok = words.iter().enumerate().all(|(k, w)| {
                let t = &toks[i + k];
                t.lower == *w && !t.masked && (k == 0 || !t.para_before)
            });
            if ok {
                return Some((payload.clone(), i + words.len()));
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
        for (words, payload) in self.by_last.get(&last.lower)? {
            if words.len() > end {
                continue;
            }
            let start = end - words.len();
            let ok = words.iter().enumerate().all(|(k, w)| {
                let t = &toks[start + k];
                t.lower == *w && !t.masked && (k == 0 || !t.para_before)
            });
            if ok {
                return Some((payload.clone(), start));
            }
        }
        None
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
}
