//! The library's error type.

use std::path::PathBuf;

/// Everything that can go wrong in claimcheck, with the file it concerns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: the source is empty")]
    Empty { path: PathBuf },
    #[error("{path}: no such file or folder")]
    Missing { path: PathBuf },
    #[error("{path}: no sources (.txt, .md or .html files) found")]
    NoSources { path: PathBuf },
    #[error("{path}: no claims files (.json) found; `claimcheck extract` writes them")]
    NoClaims { path: PathBuf },
    #[error("{path}:{line}:{column}: {message}")]
    Malformed { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: written in {name}, a language claimcheck has no number rules for: skipped ({} reads it anyway)",
        crate::lang::Lang::listed(|code| format!("`--lang {code}`"))
    )]
    Unsupported { path: PathBuf, name: String },
    #[error("{0}")]
    Invalid(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
