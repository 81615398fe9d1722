//! English cue words of the claim stage (see [`crate::lang::Cues`]).

use crate::lang::Cues;

pub(crate) const CUES: Cues = Cues {
    acronyms: &["INC", "CO", "LTD"],
    determiners: &["the", "a", "an"],
    // Nouns are not capitalised: a capitalised word is a name or a headline's.
    adjective_endings: &[],
    noun_suffixes: &[],
    noun_plural_endings: &[],
    time_nouns: &["year", "month", "week", "day", "hour", "minut", "decad"],
    duration_frames_before: &["since", "within", "past", "last", "next", "coming"],
    duration_frames_after: &["ago", "earlier", "later", "after"],
    page_furniture: &[
        "view", "comment", "repl", "like", "share", "repost", "retweet", "reaction", "follower", "subscriber", "read",
        "min",
    ],
    estimate: &["analyst", "estimat", "consensus"],
    forecast: &["forecast", "projected", "projects", "expect", "guidance", "could", "possibly", "might"],
    forecast_words: &[],
    plan: &["plan", "will", "aim", "target", "intend"],
    not_plan: &["planet", "plane"],
    attribution_before: &[("according", Some("to"))],
    attribution_after: &[],
    attribution_words: &["reportedly"],
    attribution_stems: &["analyst"],
    revised: &["raised", "lowered", "revised", "updated", "hiked", "trimmed", "boosted"],
    // `date`, `published`, `lang` and `language` are the format's own keys.
    date_keys: &[],
    lang_keys: &[],
    dateline_labels: &["date", "published", "updated", "posted"],
    change_noun_endings: &["s"],
    abbreviations: &[
        "mr", "mrs", "ms", "jr", "sr", "inc", "ltd", "corp", "co", "e", "i", "dept", "approx", "gov", "lt", "sgt",
        "oct",
    ],
    // No ordinal takes a full stop.
    after_ordinal: &[],
};
