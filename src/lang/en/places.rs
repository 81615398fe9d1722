//! English names of places under the one English form the German table maps to (see
//! `lang::de::places`): the short and older forms news still prints (`U.S.`, `Britain`,
//! `Kiev`). Lowercase, alias first.

/// (alias, English name), lowercase.
pub const PLACES: &[(&str, &str)] = &[
    ("u.s.", "united states"),
    ("us", "united states"),
    ("usa", "united states"),
    ("u.s.a.", "united states"),
    ("uk", "united kingdom"),
    ("u.k.", "united kingdom"),
    ("britain", "united kingdom"),
    ("great britain", "united kingdom"),
    ("czechia", "czech republic"),
    ("türkiye", "turkey"),
    ("turkiye", "turkey"),
    ("kiev", "kyiv"),
    ("odessa", "odesa"),
    ("kharkov", "kharkiv"),
    ("the netherlands", "netherlands"),
    ("uae", "united arab emirates"),
    ("mideast", "middle east"),
];
