//! Rendering results, one renderer per `--format`. Renderers return strings; the binary
//! writes them.

pub mod scan;
pub mod verify;

use clap::ValueEnum;

/// Output format of `scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScanFormat {
    /// One row per quantity, with line:column.
    Table,
    /// JSON Lines: one object per quantity.
    Json,
}
