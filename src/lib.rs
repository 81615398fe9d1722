//! claimcheck: extract the checkable figures of news articles and cross-check them.
//!
//! The pipeline reads left to right, each stage plain data in, plain data out:
//!
//! ```text
//! source  →  quantity  →  claim  →  align  →  verdict  →  report
//! (files)    (figures)    (+context) (facts)   (agree…)    (table, markdown, json)
//!    └──→  voices (which sources copy one wire report)  ──→  verdict
//! ```
//!
//! Only [`source`], [`store`] and the binary touch the file system; the library never prints.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod baseline;
pub mod claim;
pub mod cli;
pub mod compare;
pub mod config;
pub mod error;
pub mod lang;
pub mod quantity;
pub mod report;
pub mod review;
pub mod source;
pub mod store;
pub mod text;
pub mod verdict;
pub mod voices;

pub use error::Error;
pub use lang::Lang;
pub use quantity::{scan, Kind, Qualifier, Quantity, Value};
