//! Every threshold of alignment in one documented place.

/// The parameters of [`super::align_with`]. [`Params::default`] is what `check` uses; the
/// values were set on the seeds, the English fixtures, the development dossiers of
/// `../shared/dossiers` and the 1,028 unrelated articles of the 10kGNAD test split (which
/// should hold almost no shared facts), and each says what it trades.
#[derive(Debug, Clone)]
pub struct Params {
    /// Cosine similarity of context two *different* figures need: a different figure is a
    /// conflict or an update only if the sentences clearly speak of the same thing.
    pub differ_sim: f64,
    /// Similarity two different figures need when they are said to measure the same thing
    /// of the same holder in reports of one story (see `Scorer::by_measure`): the measure
    /// is the evidence, the sentences need not be alike (a German and an English report of
    /// one death toll share few words).
    pub measure_differ_sim: f64,
    /// The least link score of such a pair, so that a fact of one measure holds together
    /// across languages.
    pub measure_link: f64,
    /// Similarity two *equal* figures need (within [`Params::same_value_tolerance`]): the
    /// same number in two reports of one story is itself evidence, so a little shared
    /// context — or the same measure — suffices.
    pub same_value_sim: f64,
    /// Similarity two figures that differ but agree within their precision or hedge
    /// (`rund 57 Millionen`, `57.4 million`) need, besides the same measure or a shared
    /// concept or name.
    pub compatible_sim: f64,
    /// Similarity equal figures need when the claims name different measures (`20,000 jobs`
    /// against `20,000 buyouts`): only near-identical sentences.
    pub measures_differ_sim: f64,
    /// Added to the link score of equal figures, so that they merge before anything else.
    pub same_value_bonus: f64,
    /// Added to the link score of figures that agree within precision. Small: when a source
    /// has two figures near one fact (a headline's `70 Mrd.` and the body's `über 70 Mrd.`),
    /// context, not the closeness of values, must decide which one joins — or a changed
    /// body figure would hide behind its headline.
    pub compatible_bonus: f64,
    /// The average score of the links between two groups they need to merge.
    pub group_score: f64,
    /// Share of the other group each claim of the joining group must link with: no chaining
    /// through one member.
    pub group_share: f64,
    /// A context term in more claims of one block than this generates no candidates (it
    /// identifies nothing, and enumerating its pairs would be quadratic).
    pub max_postings: usize,
    /// Relative difference under which two figures are the same number.
    pub same_value_tolerance: f64,
    /// Relative difference within which two overlapping figures are close (`über 700.000`
    /// and `734.000`); farther apart, an open bound's overlap is no evidence.
    pub compatible_tolerance: f64,
    /// Width of a value bucket for finding candidates by value (relative): figures within
    /// about twice this of each other meet.
    pub value_bucket: f64,
    /// Distinct figures two sources must share (the same number, in one block; a shared
    /// name counts half) to count as reports of one story; then equal figures link even when their sentences share no
    /// word (a German and an English report whose measure the lexicon does not know).
    pub story_shared: usize,
    /// A figure or name in more sources than this, or than the square root of the number of
    /// sources, is too common to show that two reports tell one story (`100 %`, `Wien`).
    /// Ten keeps every figure of a dossier of a few dozen reports.
    pub story_common: usize,
    /// Similarity two different figures need when their reports share no other figure
    /// (not shown to be one story): only near-identical sentences. Two unrelated articles
    /// both about a party's vote share are not a conflict.
    pub story_free_sim: f64,
    /// Reports more than this many days apart that give different figures are not taken as
    /// one fact (a figure from 2016 against one from 2025 is another event, not an update).
    pub update_window_days: i64,
    /// How far stated figures reach when values are compared (see
    /// [`crate::compare::Tolerances`]; `[verdict]` in `claimcheck.toml`).
    pub tolerances: crate::compare::Tolerances,
}

impl Params {
    /// How many of `sources` reports a figure or name may be in and still identify a story
    /// or a holder: [`Params::story_common`], or the square root of the number of reports
    /// when that is more (`Österreich` in an Austrian paper's thousand articles).
    pub fn common_in(&self, sources: usize) -> usize {
        self.story_common.max((sources as f64).sqrt() as usize)
    }
}

impl Default for Params {
    fn default() -> Self {
        Params {
            differ_sim: 0.25,
            measure_differ_sim: 0.0,
            measure_link: 0.25,
            same_value_sim: 0.08,
            compatible_sim: 0.15,
            measures_differ_sim: 0.35,
            same_value_bonus: 0.5,
            compatible_bonus: 0.1,
            group_score: 0.20,
            group_share: 0.5,
            max_postings: 300,
            same_value_tolerance: 0.005,
            compatible_tolerance: 0.10,
            value_bucket: 0.12,
            story_shared: 2,
            story_common: 10,
            story_free_sim: 0.8,
            update_window_days: 120,
            tolerances: crate::compare::Tolerances::default(),
        }
    }
}
