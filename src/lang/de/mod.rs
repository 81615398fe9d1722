//! German.

pub mod cues;
pub mod examples;
pub mod measures;
pub mod numbers;
pub mod places;
pub mod vocabulary;

use std::sync::LazyLock;

use super::Rules;

static RULES: LazyLock<Rules> = LazyLock::new(vocabulary::build);

/// The German rules, built on first use.
pub fn rules() -> &'static Rules {
    &RULES
}
