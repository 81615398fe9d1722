//! Text as every stage reads it: one tokenizer ([`tokens`]), phrase look-ups over its tokens
//! ([`phrase`]) and one sentence splitter ([`sentence`]).
//!
//! This is the lowest layer: it knows no language and no figure. [`crate::lang`] builds
//! its tables from it, the recognizer ([`crate::quantity`]) and the claim stage
//! ([`crate::claim`]) read text through it, so every stage sees the same words, numbers
//! and sentences with the same byte spans.

pub mod phrase;
pub mod sentence;
pub mod tokens;
