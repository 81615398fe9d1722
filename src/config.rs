//! `claimcheck.toml`: a project's defaults, so that CI and editors run the same check.
//!
//! # Format
//! Read from `claimcheck.toml` in the current folder (the project root), or from the file
//! `--config` names. Every key is optional; a flag on the command line wins over the file,
//! the file over the built-in default. An unknown key or a value of the wrong type is an
//! error with `file:line:column`. `claimcheck config` prints the settings in effect, every
//! default included.
//!
//! ```toml
//! [paths]
//! sources = "sources"        # check, extract and verify read these sources
//! claims = "claims"          # extract writes and verify reads this claims folder
//!
//! [check]
//! format = "table"           # table, markdown, json, jsonl, csv, html, github, sarif, claimreview
//! fail_on = ["conflict"]     # exit 1 on these verdicts (conflict, single, updated)
//! claims = "claims"          # read reviewed claims instead of extracting (like --claims)
//! baseline = "baseline.json" # known conflicts (like --baseline)
//! base_url = "https://factcheck.example/report.html"   # ClaimReview urls
//!
//! [align]                    # alignment and verdict thresholds: see align::Params
//! differ_sim = 0.25
//! same_value_tolerance = 0.005
//! update_window_days = 120
//!
//! [verdict]                  # how far a stated figure reaches: see compare::Tolerances
//! hedge = 0.1
//!
//! [voices]                   # wire-copy detection: see voices::VoiceParams
//! window = 10
//! ```
//! The `[align]` keys are the fields of [`crate::align::Params`], each documented there with
//! what it trades; `[verdict]` those of [`crate::compare::Tolerances`] (used by alignment and
//! verdicts alike); `[voices]` those of [`crate::voices::VoiceParams`]. `check --explain`
//! explains with the same parameters `check` aligns with.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::align::Params;
use crate::compare::Tolerances;
use crate::error::{Error, Result};
use crate::report::Format;
use crate::verdict::Verdict;
use crate::voices::VoiceParams;

/// The file looked for in the current folder when `--config` is not given.
pub const FILE_NAME: &str = "claimcheck.toml";

/// A project's settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub paths: Paths,
    #[serde(default)]
    pub check: Check,
    #[serde(default)]
    pub align: AlignOverrides,
    #[serde(default)]
    pub voices: VoiceOverrides,
    #[serde(default)]
    pub verdict: VerdictOverrides,
}

/// Default folders.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paths {
    pub sources: Option<PathBuf>,
    pub claims: Option<PathBuf>,
}

/// Defaults of `check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub format: Option<Format>,
    pub fail_on: Option<Vec<FailVerdict>>,
    pub claims: Option<PathBuf>,
    pub baseline: Option<PathBuf>,
    pub base_url: Option<String>,
}

/// A verdict `fail_on` may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailVerdict {
    Conflict,
    Single,
    Updated,
}

impl FailVerdict {
    pub fn verdict(self) -> Verdict {
        match self {
            FailVerdict::Conflict => Verdict::Conflict,
            FailVerdict::Single => Verdict::Single,
            FailVerdict::Updated => Verdict::Updated,
        }
    }
}

/// A table of optional overrides of a parameter struct, applied over its defaults, and
/// listed with the values in effect.
macro_rules! overrides {
    ($(#[$doc:meta])* $name:ident for $target:ty { $($field:ident: $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(pub $field: Option<$ty>,)*
        }

        impl $name {
            /// The parameters: the defaults with these overrides.
            pub fn apply(&self, mut p: $target) -> $target {
                $(if let Some(v) = self.$field { p.$field = v; })*
                p
            }

            /// Each key with its value in `p`, as TOML.
            pub fn show(p: &$target) -> Vec<(&'static str, String)> {
                vec![$((stringify!($field), format!("{:?}", p.$field)),)*]
            }
        }
    };
}

overrides! {
    /// `[align]`: any field of [`Params`].
    AlignOverrides for Params {
        differ_sim: f64,
        measure_differ_sim: f64,
        measure_link: f64,
        same_value_sim: f64,
        compatible_sim: f64,
        measures_differ_sim: f64,
        same_value_bonus: f64,
        compatible_bonus: f64,
        group_score: f64,
        group_share: f64,
        max_postings: usize,
        same_value_tolerance: f64,
        compatible_tolerance: f64,
        value_bucket: f64,
        story_shared: usize,
        story_common: usize,
        story_free_sim: f64,
        update_window_days: i64,
    }
}

overrides! {
    /// `[voices]`: any field of [`VoiceParams`].
    VoiceOverrides for VoiceParams {
        window: usize,
        shared_windows: usize,
        common: usize,
    }
}

overrides! {
    /// `[verdict]`: any field of [`Tolerances`], how far a stated figure reaches when values
    /// are compared (by alignment and by verdicts alike).
    VerdictOverrides for Tolerances {
        digit: f64,
        hedge: f64,
        conversion: f64,
    }
}

impl Config {
    /// Parses a configuration file's text; `path` names it in errors.
    ///
    /// # Errors
    /// [`Error::Malformed`] with the line and column of an unknown key, a value of the wrong
    /// type or broken TOML.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            Error::Malformed { path: path.to_path_buf(), line, column, message: e.message().trim().to_string() }
        })
    }

    /// The alignment parameters in effect.
    pub fn align_params(&self) -> Params {
        let mut p = self.align.apply(Params::default());
        p.tolerances = self.verdict.apply(Tolerances::default());
        p
    }

    /// The wire-copy parameters in effect.
    pub fn voice_params(&self) -> VoiceParams {
        self.voices.apply(VoiceParams::default())
    }

    /// The parameter tables in effect, as TOML, for `claimcheck config`.
    pub fn show_params(&self) -> String {
        let mut out = String::from("[align]\n");
        for (k, v) in AlignOverrides::show(&self.align_params()) {
            out.push_str(&format!("{k} = {v}\n"));
        }
        out.push_str("\n[verdict]\n");
        for (k, v) in VerdictOverrides::show(&self.align_params().tolerances) {
            out.push_str(&format!("{k} = {v}\n"));
        }
        out.push_str("\n[voices]\n");
        for (k, v) in VoiceOverrides::show(&self.voice_params()) {
            out.push_str(&format!("{k} = {v}\n"));
        }
        out
    }
}

/// 1-based line and column (characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_at_their_place() {
        let text = "[check]\nformat = \"html\"\n\n[align]\n  differ_simm = 0.3\n";
        match Config::parse(text, Path::new("claimcheck.toml")) {
            Err(e @ Error::Malformed { .. }) => {
                let shown = e.to_string();
                assert!(shown.starts_with("claimcheck.toml:5:3: unknown field `differ_simm`"), "{shown}");
            }
            other => panic!("{other:?}"),
        }
        let e = Config::parse("[check]\nfail_on = [\"conflcit\"]\n", Path::new("c.toml")).unwrap_err().to_string();
        assert!(e.starts_with("c.toml:2:"), "{e}");
        let e = Config::parse("[paths]\nsources = 3\n", Path::new("c.toml")).unwrap_err().to_string();
        assert!(e.starts_with("c.toml:2:11:"), "{e}");
    }

    #[test]
    fn overrides_apply_over_the_defaults() {
        let c = Config::parse("[align]\ndiffer_sim = 0.3\n[voices]\nwindow = 12\n", Path::new("c.toml")).unwrap();
        let p = c.align_params();
        assert_eq!(p.differ_sim, 0.3);
        assert_eq!(p.update_window_days, Params::default().update_window_days);
        assert_eq!(c.voice_params().window, 12);
        let shown = Config::default().show_params();
        assert!(shown.contains("differ_sim = 0.25\n") && shown.contains("update_window_days = 120\n"), "{shown}");
        assert!(shown.contains("[verdict]\ndigit = 0.5\nhedge = 0.1\n"), "{shown}");
    }

    #[test]
    fn verdict_tolerances_decide_what_agrees() {
        use crate::compare::interval_with;
        let c = Config::parse(
            "[verdict]
hedge = 0.02
",
            Path::new("c.toml"),
        )
        .unwrap();
        let t = c.align_params().tolerances;
        assert_eq!(t.hedge, 0.02);
        assert_eq!(t.digit, Tolerances::default().digit);
        // `rund 70` reaches 68.6–71.4 with a 2 % hedge: 75 no longer agrees.
        let q = crate::scan("rund 70 Milliarden Euro", crate::Lang::De, None).remove(0);
        let (lo, hi) = interval_with(&q, &t).unwrap();
        assert!(lo > 68e9 && hi < 72e9, "{lo} {hi}");
        let e = Config::parse(
            "[verdict]
hedges = 0.2
",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("c.toml:2:1: unknown field `hedges`"), "{e}");
    }
}
