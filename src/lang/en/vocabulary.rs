//! English words for scales, currencies, units, hedges, ranges and dates.
//!
//! English "billion" is 10^9 and "trillion" 10^12; `m`, `bn`, `tn` are the wire-copy
//! abbreviations. Every row is tested.

use crate::lang::common::{self, unit_rows};
use crate::lang::currencies::{self, either, after, glued, or_mass, scaled};
use crate::lang::{
    table, words, ChangeCues, Currency, Lang, Opener, PercentUnit, Qualifier, Rules, Scale, Season, YearPart,
};
use crate::text::phrase::PhraseTable;

const fn scale(factor: f64) -> Scale {
    Scale { factor, attached_only: false, money_only: false }
}
const fn attached(factor: f64) -> Scale {
    Scale { factor, attached_only: true, money_only: false }
}
/// Finance shorthand that is a scale only beside a currency: `$5mm`, but `1.5mm of rain`.
const fn money_only(factor: f64) -> Scale {
    Scale { factor, attached_only: true, money_only: true }
}

pub const SCALES: &[(&str, Scale)] = &[
    ("hundred", scale(1e2)),
    ("hundreds", scale(1e2)),
    ("thousand", scale(1e3)),
    ("thousands", scale(1e3)),
    ("k", attached(1e3)),
    ("million", scale(1e6)),
    ("millions", scale(1e6)),
    ("mn", scale(1e6)),
    ("mln", scale(1e6)),
    ("m", attached(1e6)),
    ("mm", money_only(1e6)),
    ("billion", scale(1e9)),
    ("billions", scale(1e9)),
    ("bn", scale(1e9)),
    // Glued to the digits only, as `m` for million: `$3B`, `1.2b users`.
    ("b", attached(1e9)),
    ("bln", scale(1e9)),
    ("trillion", scale(1e12)),
    ("trillions", scale(1e12)),
    ("tn", scale(1e12)),
    ("trn", scale(1e12)),
    ("dozen", scale(12.0)),
    ("dozens", scale(12.0)),
    ("dz", scale(12.0)),
    ("dzs", scale(12.0)),
    // The Indian scales as Indian English writes them: `Rs 5 lakh`, `12 lac`, `Rs 300 cr`.
    ("lakh", scale(1e5)),
    ("lakhs", scale(1e5)),
    ("lac", scale(1e5)),
    ("lacs", scale(1e5)),
    ("crore", scale(1e7)),
    ("crores", scale(1e7)),
    ("cr", scale(1e7)),
    ("crs", scale(1e7)),
];

pub const CURRENCIES: &[(&str, Currency)] = &[
    ("dollar", after("USD")),
    ("dollars", after("USD")),
    ("us dollar", after("USD")),
    ("us dollars", after("USD")),
    ("u.s. dollars", after("USD")),
    ("bucks", after("USD")),
    ("musd", scaled("USD", 1e6)),
    ("bitcoin", after("BTC")),
    ("bitcoins", after("BTC")),
    ("euro", after("EUR")),
    ("euros", after("EUR")),
    ("meur", scaled("EUR", 1e6)),
    // A minor unit standing alone is money counted in it, as written (`10 cents` is 10
    // cent, as public test sets write it): a cent of any currency is compared only with
    // cents, a penny with pence. After a major amount it is the amount's fraction
    // (`thirteen dollars and forty-five cents`, see `minor_units`). Their abbreviations
    // count only written onto the digits in lowercase (`50p`, `99c`): `10 p.m.` is a time,
    // `30C` a temperature.
    ("cent", after("cent")),
    ("cents", after("cent")),
    ("c", glued("cent")),
    ("pence", after("pence")),
    ("p", glued("pence")),
    ("euro cents", after("cent")),
    ("pound", or_mass("GBP")),
    ("pounds", or_mass("GBP")),
    ("pound sterling", after("GBP")),
    ("pounds sterling", after("GBP")),
    ("mgbp", scaled("GBP", 1e6)),
    ("swiss franc", after("CHF")),
    ("swiss francs", after("CHF")),
    ("yen", after("JPY")),
    ("yuan", after("CNY")),
    ("chinese yuan", after("CNY")),
    ("renminbi", after("CNY")),
    ("rmb", either("CNY")),
    ("rupee", after("INR")),
    ("rupees", after("INR")),
    ("rs.", either("INR")),
    ("rs", either("INR")),
    ("hong kong dollars", after("HKD")),
    ("singapore dollars", after("SGD")),
    ("new zealand dollars", after("NZD")),
    ("danish crowns", after("DKK")),
    ("danish kroner", after("DKK")),
    ("danish krone", after("DKK")),
    ("swedish crowns", after("SEK")),
    ("swedish kronor", after("SEK")),
    ("swedish krona", after("SEK")),
    ("norwegian crowns", after("NOK")),
    ("norwegian kroner", after("NOK")),
    ("norwegian krone", after("NOK")),
    ("czech crowns", after("CZK")),
    ("czech korunas", after("CZK")),
    ("canadian dollars", after("CAD")),
    ("australian dollars", after("AUD")),
    ("turkish lira", after("TRY")),
    ("rm", either("MYR")),
    ("ringgit", either("MYR")),
];

pub const PERCENT: &[(&str, PercentUnit)] = &[
    ("%", PercentUnit::Percent),
    ("percent", PercentUnit::Percent),
    ("per cent", PercentUnit::Percent),
    ("percents", PercentUnit::Percent),
    ("percentage", PercentUnit::Percent),
    ("pct", PercentUnit::Percent),
    ("pc", PercentUnit::Percent),
    ("percentage point", PercentUnit::Points),
    ("percentage points", PercentUnit::Points),
    ("pp", PercentUnit::Points),
    ("basis point", PercentUnit::BasisPoints),
    ("basis points", PercentUnit::BasisPoints),
    ("bp", PercentUnit::BasisPoints),
    ("bps", PercentUnit::BasisPoints),
];

/// Unit words, each naming a symbol of `lang::common` (which also reads the symbols
/// themselves: `km`, `mph`, `kWh`, `°C`).
pub const UNITS: &[(&str, &str)] = &[
    ("watts", "W"),
    ("kilowatts", "kW"),
    ("kilowatt", "kW"),
    ("megawatts", "MW"),
    ("megawatt", "MW"),
    ("gigawatts", "GW"),
    ("gigawatt", "GW"),
    ("terawatts", "TW"),
    ("kilowatt-hours", "kWh"),
    ("kilowatt hours", "kWh"),
    ("megawatt-hours", "MWh"),
    ("megawatt hours", "MWh"),
    ("gigawatt-hours", "GWh"),
    ("gigawatt hours", "GWh"),
    ("terawatt-hours", "TWh"),
    ("terawatt hours", "TWh"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("centimetres", "cm"),
    ("centimeters", "cm"),
    ("millimetres", "mm"),
    ("millimeters", "mm"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("nautical miles", "nmi"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("yards", "yd"),
    ("inches", "in"),
    ("inch", "in"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
    ("kilos", "kg"),
    ("grams", "g"),
    ("grammes", "g"),
    ("milligrams", "mg"),
    ("tonnes", "t"),
    ("tonne", "t"),
    ("metric tons", "t"),
    ("tons", "t"),
    ("ounces", "oz"),
    ("gigabytes", "GB"),
    ("terabytes", "TB"),
    ("petabytes", "PB"),
    ("megabytes", "MB"),
    ("megabits per second", "Mbit/s"),
    ("gigabits per second", "Gbit/s"),
    ("square kilometres", "km²"),
    ("square kilometers", "km²"),
    ("sq km", "km²"),
    ("square metres", "m²"),
    ("square meters", "m²"),
    ("square feet", "sq ft"),
    ("square miles", "sq mi"),
    ("hectares", "ha"),
    ("acres", "acre"),
    ("cubic metres", "m³"),
    ("cubic meters", "m³"),
    ("litres", "l"),
    ("liters", "l"),
    ("millilitres", "ml"),
    ("milliliters", "ml"),
    ("gallons", "gal"),
    ("barrels", "bbl"),
    ("barrels per day", "bpd"),
    ("barrels a day", "bpd"),
    ("hertz", "Hz"),
    ("kilohertz", "kHz"),
    ("megahertz", "MHz"),
    ("gigahertz", "GHz"),
    ("kilometres per hour", "km/h"),
    ("kilometers per hour", "km/h"),
    ("kph", "km/h"),
    ("knots", "kn"),
    ("degrees celsius", "°C"),
    ("degrees centigrade", "°C"),
    ("degrees fahrenheit", "°F"),
    ("celsius", "°C"),
    ("fahrenheit", "°F"),
    // Degrees of no named scale: US copy means Fahrenheit, the rest Celsius, and some
    // are angles. Compared only with another bare `degrees`.
    ("degrees", "°"),
    ("horsepower", "hp"),
    ("pound-feet", "lb-ft"),
    ("pound-foot", "lb-ft"),
    ("lb-ft", "lb-ft"),
    ("newton metres", "Nm"),
    ("points", "pt"),
    ("magnitude", "M"),
    ("on the richter scale", "M"),
];

/// Units written before the amount: `a magnitude 7.7 quake`.
pub const UNITS_BEFORE: &[(&str, &str)] = &[("magnitude", "M"), ("magnitude of", "M")];

/// Denominator nouns after `per`/`a`/`/`, with their key: a time symbol of `lang::common`
/// where the noun is a time unit, so a length per hour is a speed.
pub const PER_NOUNS: &[(&str, &str)] = &[
    ("hour", "h"),
    ("hr", "h"),
    ("minute", "min"),
    ("second", "s"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("annum", "year"),
    ("capita", "capita"),
    ("head", "capita"),
    ("person", "capita"),
    ("resident", "capita"),
    ("inhabitant", "capita"),
    ("share", "share"),
    ("barrel", "barrel"),
    ("ounce", "oz"),
    ("tonne", "t"),
    ("ton", "t"),
    ("night", "night"),
    ("game", "game"),
    ("square kilometre", "km²"),
    ("square kilometer", "km²"),
    ("square mile", "sq mi"),
    ("litre", "l"),
    ("liter", "l"),
    ("gallon", "gal"),
    ("kilowatt-hour", "kWh"),
    ("kilowatt hour", "kWh"),
    ("megawatt-hour", "MWh"),
    ("megawatt hour", "MWh"),
];

/// One-word denominators after the amount.
pub const RATE_ADVERBS: &[(&str, &str)] = &[
    ("annually", "year"),
    ("yearly", "year"),
    ("per year", "year"),
    ("p.a.", "year"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
    ("hourly", "h"),
];

/// Vague amounts: a lower bound, hedged (`dozens` say at least two dozen).
pub const VAGUE: &[(&str, f64)] = &[
    ("dozens of", 24.0),
    ("scores of", 40.0),
    ("hundreds of", 200.0),
    ("thousands of", 2000.0),
    ("tens of thousands of", 20_000.0),
    ("hundreds of thousands of", 200_000.0),
    ("millions of", 2e6),
    ("tens of millions of", 2e7),
    ("hundreds of millions of", 2e8),
    ("billions of", 2e9),
    ("dozens", 24.0),
    ("hundreds", 200.0),
    ("thousands", 2000.0),
    ("tens of thousands", 20_000.0),
    ("hundreds of thousands", 200_000.0),
    ("a handful of", 3.0),
    ("handful of", 3.0),
];

/// Words right after an attached `m` that make it metres: size adjectives, things
/// measured in metres, races.
const LENGTH_CUES: &[&str] = &[
    "tall",
    "long",
    "high",
    "wide",
    "deep",
    "yacht",
    "boat",
    "ship",
    "vessel",
    "superyacht",
    "tower",
    "wall",
    "bridge",
    "tunnel",
    "mast",
    "crane",
    "wave",
    "waves",
    "drop",
    "fall",
    "sprint",
    "dash",
    "race",
    "hurdles",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "relay",
    "final",
    "world",
    "record",
    "telescope",
    "radius",
    "stretch",
    "swim",
    "run",
    "pool",
];
const MEASURE_VERBS: &[&str] = &["measur", "weigh", "stretch", "span", "stand", "tall", "length", "height", "depth"];
const MONEY_VERBS: &[&str] = &[
    "paid", "pay", "cost", "worth", "price", "spent", "spend", "earn", "fine", "fined", "sold", "bought", "raised",
    "charge", "fee", "salary", "wage",
];

/// Nouns in `-s` that are not plurals: a number before them counts nothing.
const SINGULAR_S: &[&str] = &[
    "status",
    "bonus",
    "campus",
    "virus",
    "focus",
    "census",
    "consensus",
    "corpus",
    "stimulus",
    "surplus",
    "basis",
    "analysis",
    "crisis",
    "thesis",
    "news",
    "series",
    "species",
    "process",
    "business",
    "access",
    "success",
];

pub const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::Over),
    ("over", Qualifier::Over),
    ("above", Qualifier::Over),
    ("greater than", Qualifier::Over),
    ("bigger than", Qualifier::Over),
    ("larger than", Qualifier::Over),
    ("in excess of", Qualifier::Over),
    ("exceeding", Qualifier::Over),
    ("exceed", Qualifier::Over),
    ("upwards of", Qualifier::Over),
    (">", Qualifier::Over),
    ("at least", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("at least or equal to", Qualifier::AtLeast),
    ("greater than or equal to", Qualifier::AtLeast),
    ("more than or equal to", Qualifier::AtLeast),
    ("bigger or equal than", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    (">=", Qualifier::AtLeast),
    ("≥", Qualifier::AtLeast),
    ("up to", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("less than", Qualifier::Under),
    ("fewer than", Qualifier::Under),
    ("under", Qualifier::Under),
    ("below", Qualifier::Under),
    ("smaller than", Qualifier::Under),
    ("<", Qualifier::Under),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("less than or equal to", Qualifier::AtMost),
    ("smaller or equal than", Qualifier::AtMost),
    ("<=", Qualifier::AtMost),
    ("≤", Qualifier::AtMost),
    ("about", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("nearly", Qualifier::Approx),
    ("almost", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("approx.", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("close to", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("~", Qualifier::Approx),
    ("exactly", Qualifier::Exact),
    ("equal to", Qualifier::Exact),
    ("equals to", Qualifier::Exact),
    ("equaling to", Qualifier::Exact),
];

pub const POSTFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("or more", Qualifier::AtLeast),
    ("or greater", Qualifier::AtLeast),
    ("or more than", Qualifier::AtLeast),
    ("or equal", Qualifier::AtLeast),
    ("and more", Qualifier::AtLeast),
    ("or less", Qualifier::AtMost),
    ("or fewer", Qualifier::AtMost),
];

pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb.", 2),
    ("march", 3),
    ("april", 4),
    ("apr.", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("october", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec.", 12),
];

/// Shares as nouns, with no number before them: `half of all firms`, `more than half`.
pub const SHARES: &[(&str, f64)] = &[("half", 0.5)];

/// Fraction words after a number: `two thirds`, `a fifth`. `quarter(s)` counts only before
/// a scale or `of` (`three quarters of`): elsewhere "two quarters" are fiscal quarters.
pub const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
];

pub const ORDINALS: &[(&str, u32)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4)];

pub const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("autumn", Season::Autumn),
    ("fall", Season::Autumn),
    ("winter", Season::Winter),
];

pub const YEAR_PARTS: &[(&str, YearPart)] = &[
    ("early", YearPart::Early),
    ("beginning of", YearPart::Early),
    ("start of", YearPart::Early),
    ("mid", YearPart::Mid),
    ("mid-", YearPart::Mid),
    ("middle of", YearPart::Mid),
    ("late", YearPart::Late),
    ("end of", YearPart::Late),
];

pub const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("this year", 0),
    ("this year's", 0),
    ("last year", -1),
    ("previous year", -1),
    ("next year", 1),
    ("coming year", 1),
];

pub const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "not", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "of", "to", "in", "on", "at", "by",
    "for", "from", "with", "without", "as", "than", "that", "this", "these", "those", "it", "its", "he", "she", "they",
    "we", "you", "his", "her", "their", "our", "who", "which", "what", "when", "where", "if", "so", "up", "down",
    "out", "into", "over", "under", "about", "more", "less", "also", "only", "just", "per", "each", "every", "all",
    "some", "no", "yes", "do", "does", "did", "says", "said", "this", "there", "here", "then", "now", "since", "until",
    "after", "before", "between", "through", "during", "while", "such", "very", "ago", "times", "percent", "cents",
    "plus", "minus",
];

pub const NOT_COUNTED: &[&str] = &["times", "cents", "percent", "points", "o'clock", "a.m.", "p.m.", "am", "pm"];

/// After an hour, a clock time: `7 a.m.`, `10.30 pm`, `7 o'clock`.
pub const CLOCK_WORDS: &[&str] = &["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock"];

pub const MONEY_NOUNS: &[&str] = &[
    "deal",
    "offer",
    "investment",
    "acquisition",
    "takeover",
    "package",
    "contract",
    "budget",
    "loan",
    "fund",
    "buyout",
    "settlement",
    "fine",
];

/// Earlier-value cues (see [`Rules::earlier`]): `had earlier put the toll at 1,002`, `was
/// previously 9%`, `initially reported 144 dead`, `originally planned ten years`.
const EARLIER: &[&str] = &["earlier", "previously", "initially", "originally", "formerly"];

/// Phrase-final earlier-value cues (see [`Rules::earlier_final`]): `given only hours before`, `a week before.`.
const EARLIER_FINAL: &[&str] = &["before"];

/// A match's result next to a score (see [`Rules::match_results`]): `lost 1-3`, `a 1-3 defeat`, `drew 2-2`.
const MATCH_RESULTS: &[&str] = &[
    "won",
    "win",
    "wins",
    "lost",
    "lose",
    "loses",
    "beat",
    "beats",
    "drew",
    "draw",
    "defeat",
    "defeated",
    "victory",
    "loss",
    "thrashing",
    "scoreline",
];

/// Between a share and its whole (see [`Rules::partitive`]): `31.9% of the vote`, `20% of all shares`, `5% of its workforce`.
const PARTITIVE: &[&str] = &["of", "the", "all", "its", "their"];

/// Past perfect with `already` (see [`Rules::had_already`]): `it had already built a 21% holding`, `had already
/// passed 1,000`.
const HAD: &[&str] = &["had"];
const ALREADY: &[&str] = &["already"];

/// Requirement cues (see [`Rules::required`]): `at least 489 votes were required`, `the
/// 50% needed to win`, `the necessary 367 votes`. Participles and adjectives only: `needs
/// to cut 5,000 jobs` is a plan.
const REQUIRED: &[&str] = &["required", "needed", "necessary", "requisite", "mandated"];

/// Running-count cues (see [`Rules::moved`]): `has risen to 1,644`, `climbed to more than
/// 1,600`, `has reached 2,719`.
const MOVED: &[&str] = &[
    "rose",
    "risen",
    "rises",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "reached",
    "reaches",
    "grew",
    "grown",
    "fell",
    "fallen",
    "increased",
];

/// The words of a move (see [`Rules::from_words`]): `from 9% to 21%`, `to 21 percent, from formerly around 9 percent`.
const FROM_WORDS: &[&str] = &["from"];
const TO_WORDS: &[&str] = &["to"];

/// Place prepositions (see [`Rules::locatives`]): `in Bangkok`, `at Boeing`, `across Myanmar`.
const LOCATIVES: &[&str] = &["in", "at", "across", "throughout"];

/// Referring measure nouns (see [`Rules::refers_back`]): `the new total of 1,644`, `the figure rose to 700`.
const REFERS_BACK: &[&str] = &["total", "tally", "figure", "count", "number"];

/// Clause-joining words (see [`Rules::conjunctions`]): `the count of injured rose to 3,408 and the missing figure to 139`,
/// and those that add another amount: `a fee of 95 million euros plus add-ons`.
const CONJUNCTIONS: &[&str] = &["and", "while", "whereas", "but", "plus"];

/// Words opening a subordinate clause (see [`Rules::subordinators`]): `the death toll has risen to eight after a seriously injured woman died`.
const SUBORDINATORS: &[&str] = &["after", "because", "before", "although", "though", "unless", "until"];

/// Verbs of saying (see [`Rules::speech_verbs`]).
const SPEECH_VERBS: &[&str] = &[
    "reported",
    "reports",
    "said",
    "says",
    "told",
    "announced",
    "announces",
    "stated",
    "confirmed",
    "added",
    "wrote",
    "writes",
];

/// Rate nouns (see [`Rules::rate_nouns`]).
const RATE_NOUNS: &[&str] = &[
    "day", "week", "month", "year", "hour", "minute", "second", "share", "head", "person", "piece", "unit", "barrel",
    "ton", "tonne", "night", "game", "season", "mile", "gallon", "litre", "liter",
];

/// Change cues (see [`ChangeCues`]): `fell 2.3%`, `up 12%`, `rose by 5%`, `a 25% raise`,
/// `3% higher`, `gained 3 seats`; but `backed by 59%`, `down to 5%` and `to 28%` are levels.
const CHANGE: ChangeCues = ChangeCues {
    increments: &["another", "further", "additional"],
    before: &[
        "falls",
        "rises",
        "risen",
        "fallen",
        "jumps",
        "climbs",
        "drops",
        "slides",
        "slumps",
        "plunges",
        "soars",
        "surges",
        "declines",
        "grows",
        "grown",
        "adds",
        "sheds",
        "tumbles",
        "sinks",
        "increases",
        "decreases",
        "up",
        "down",
        "rose",
        "rise",
        "rising",
        "fell",
        "fall",
        "falling",
        "jumped",
        "jump",
        "climbed",
        "climb",
        "dropped",
        "drop",
        "slid",
        "slump",
        "plunged",
        "plunge",
        "soared",
        "soar",
        "surged",
        "surge",
        "declined",
        "decline",
        "grew",
        "grow",
        "shed",
        "added",
        "plus",
        "minus",
        "tumbled",
        "shrank",
        "shrinks",
        "shrunk",
        "slipped",
        "slips",
        "dipped",
        "dips",
        "eased",
        "eases",
        "narrowed",
        "narrows",
        "widened",
        "widens",
        "sank",
        "increased",
        "decreased",
    ],
    before_not_money: &["gained", "gain", "gains", "lost", "lose", "loses", "losing"],
    by: &["by"],
    words: &[
        "rose", "rise", "rising", "fell", "fall", "increas", "decreas", "grew", "grow", "cut", "rais", "lower",
        "reduc", "drop", "declin", "climb", "jump", "gain", "boost", "hike", "widen", "narrow", "shrank", "shrunk",
        "slid", "expand", "slash", "trim", "lift", "add", "up", "down",
    ],
    of: &["of"],
    nouns: &[
        "increase",
        "rise",
        "drop",
        "decline",
        "gain",
        "jump",
        "growth",
        "cut",
        "hike",
        "raise",
        "reduction",
        "fall",
        "decrease",
        "slump",
        "surge",
        "plunge",
    ],
    fillers: &["another", "further", "additional", "a", "an", "nearly", "almost", "some"],
    after: &[
        "higher",
        "lower",
        "more",
        "less",
        "fewer",
        "increase",
        "increases",
        "rise",
        "rises",
        "gain",
        "gains",
        "drop",
        "drops",
        "decline",
        "declines",
        "jump",
        "hike",
        "raise",
        "raises",
        "cut",
        "cuts",
        "fall",
        "up",
        "down",
        "growth",
        "decrease",
        "rebound",
        "surge",
        "slump",
        "plunge",
    ],
    // English phrasal verbs put their particle before the figure (`picked up 3%`).
    separable: &[],
    up: &[
        "rose", "rise", "rises", "risen", "rising", "up", "climbed", "climbs", "jumped", "jumps", "gained", "gains", "grew",
        "grows", "grown", "increased", "increases", "surged", "surges", "soared", "higher", "added", "adds", "plus",
        "increase", "growth", "gain", "jump", "widened",
    ],
    down: &[
        "fell", "fall", "falls", "fallen", "falling", "down", "dropped", "drops", "declined", "declines", "decreased",
        "decreases", "shrank", "shrinks", "shrunk", "slipped", "dipped", "sank", "lost", "lower", "minus", "slumped",
        "plunged", "tumbled", "eased", "decline", "drop", "decrease", "loss", "narrowed",
    ],
};

/// Words never a name on their own (see [`Rules::not_names`]): weekdays, units of time
/// (a headline's `Year`), and the adjectives of nations and regions (the family, not one
/// story's).
const NOT_NAMES: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "american",
    "british",
    "english",
    "french",
    "german",
    "italian",
    "spanish",
    "portuguese",
    "dutch",
    "belgian",
    "swiss",
    "austrian",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "polish",
    "czech",
    "slovak",
    "hungarian",
    "romanian",
    "bulgarian",
    "greek",
    "turkish",
    "russian",
    "ukrainian",
    "chinese",
    "japanese",
    "korean",
    "indian",
    "pakistani",
    "bangladeshi",
    "thai",
    "vietnamese",
    "indonesian",
    "malaysian",
    "filipino",
    "burmese",
    "australian",
    "canadian",
    "mexican",
    "brazilian",
    "argentine",
    "chilean",
    "colombian",
    "peruvian",
    "venezuelan",
    "cuban",
    "african",
    "nigerian",
    "egyptian",
    "moroccan",
    "kenyan",
    "ethiopian",
    "israeli",
    "palestinian",
    "iranian",
    "iraqi",
    "syrian",
    "lebanese",
    "saudi",
    "emirati",
    "qatari",
    "european",
    "asian",
    "arab",
    "western",
    "eastern",
    "northern",
    "southern",
];

/// Builds the English rules.
pub(crate) fn build() -> Rules {
    Rules {
        lang: Lang::En,
        decimal_comma: false,
        nouns_capitalised: false,
        adjective_endings: &[],
        singular_s: SINGULAR_S,
        irregular_plurals: &["people", "children", "men", "women", "staff", "personnel", "data"],
        month_day_needs_year: false,
        among: &[],
        group_dative: |_| false,
        alternatives: words(&["instead of", "rather than", "in place of"]),
        ages_before: words(&["aged", "age"]),
        ages_after: words(&["-year-old", "-year-olds", "year-old", "year-olds", "years old", "-years-old"]),
        age_years: words(&[]),
        ranks: words(&["no.", "ranked", "rank"]),
        decades: words(&["s", "'s", "’s"]),
        // `the 90s` may be temperatures or a person's age: only `'90s` is a decade.
        short_decades: words(&[]),
        elided_century: words(&["'", "’"]),
        of_decade: words(&["the"]),
        number_words: super::numbers::number_words,
        ordinal_denominator: super::numbers::ordinal_denominator,
        scales: table(SCALES),
        currencies: PhraseTable::new(currencies::with_shared(CURRENCIES).iter().map(|(w, c)| (w.as_str(), *c))),
        percent: table(PERCENT),
        units: PhraseTable::new(unit_rows(UNITS).iter().map(|(w, u)| (w.as_str(), *u))),
        units_before: PhraseTable::new(UNITS_BEFORE.iter().map(|(w, s)| (*w, common::unit(s)))),
        per_words: words(&["per", "a", "an", "each", "/", "every"]),
        per_nouns: table(PER_NOUNS),
        rate_adverbs: table(RATE_ADVERBS),
        rate_blockers: &["ago", "earlier", "later", "before", "after", "from", "since", "of"],
        vague: table(VAGUE),
        shares: table(SHARES),
        share_of: words(&["of"]),
        one_in: words(&["in"]),
        every: words(&["every"]),
        ordinal_number: super::numbers::ordinal_number,
        multiple: super::numbers::multiple,
        multiple_hint: super::numbers::may_start_multiple,
        length_cues: LENGTH_CUES,
        measure_verbs: MEASURE_VERBS,
        money_verbs: MONEY_VERBS,
        mass_after: &["of"],
        pound_mass: "lb",
        qualifiers: table(QUALIFIERS),
        postfix_qualifiers: table(POSTFIX_QUALIFIERS),
        range_openers: table(&[("between", Opener::Pair), ("from", Opener::FromTo)]),
        range_connectors: words(&["to", "through", "-", "–", "—"]),
        pair_connectors: words(&["and"]),
        ratio_connectors: words(&["of", "of the", "out of", "out of the"]),
        ratio_split_openers: words(&["of the", "of", "among the"]),
        articles: words(&["a", "an"]),
        negatives: words(&["minus", "negative"]),
        denominators: table(DENOMINATORS),
        minor_units: words(&["cent", "cents", "c", "pence", "p", "sen", "sens", "kopiykas", "kopecks"]),
        decimal_words: words(&["point"]),
        bound_joiners: words(&["and"]),
        months: table(MONTHS),
        month_preps: words(&[
            "in", "since", "by", "until", "from", "through", "early", "mid", "late", "last", "next", "this", "of",
        ]),
        year_parts: table(YEAR_PARTS),
        of_year: words(&["of the year", "of", "of this year"]),
        ordinals: table(ORDINALS),
        quarter_words: words(&["quarter"]),
        half_words: words(&["half"]),
        seasons: table(SEASONS),
        relative_years: table(RELATIVE_YEARS),
        year_end: words(&["year-end", "end of the year", "end of this year", "year end"]),
        year_preps: words(&[
            "in", "for", "since", "by", "until", "from", "through", "before", "after", "during", "year", "fiscal",
        ]),
        // `a survey of 2000 adults` counts; `the summer of 2000` dates.
        year_preps_unless_counted: words(&["of"]),
        coordinators: words(&["and", "or"]),
        determiners: words(&["the"]),
        genitive_determiners: &[],
        phrase_openers: words(&["in", "at", "on", "during", "since", "after", "before", "across", "throughout", "for"]),
        money_nouns: MONEY_NOUNS.iter().copied().collect(),
        stopwords: STOPWORDS.iter().copied().collect(),
        not_counted: NOT_COUNTED.iter().copied().collect(),
        clock_words: PhraseTable::new(CLOCK_WORDS.iter().map(|w| (*w, ()))),
        not_names: NOT_NAMES.iter().copied().collect(),
        places: super::places::PLACES.iter().copied().collect(),
        rule_examples: super::examples::RULE_EXAMPLES,
        change: CHANGE,
        earlier: EARLIER,
        earlier_final: EARLIER_FINAL,
        required: REQUIRED,
        had_already: (HAD, ALREADY),
        partitive: PARTITIVE,
        match_results: MATCH_RESULTS,
        subset_after: words(&["of them", "of whom", "of which"]),
        subset_before: words(&["including"]),
        moved: MOVED,
        rate_nouns: RATE_NOUNS,
        from_words: FROM_WORDS,
        to_words: TO_WORDS,
        locatives: LOCATIVES,
        refers_back: REFERS_BACK,
        conjunctions: CONJUNCTIONS,
        subordinators: SUBORDINATORS,
        speech_verbs: SPEECH_VERBS,
        number_word_hint: super::numbers::may_be_number_word,
        starters: Default::default(),
        cues: super::cues::CUES,
        measures: &super::measures::MEASURES,
        fraction_words: &[("half", 0.5), ("quarter", 0.25)],
        of_words: &["of"],
        period_denominators: &["quarter"],
        percent_compounds: &[("percentage-point", PercentUnit::Points), ("percent", PercentUnit::Percent)],
        list_words: &["and", "or"],
    }
    .with_starters()
}

#[cfg(test)]
mod tests {
    //! One check per table row.
    use super::*;
    use crate::lang::rows;
    use crate::quantity::{Kind, Value};

    #[test]
    fn every_scale_row() {
        rows::scales(Lang::En, SCALES, "It was 7 {w} then.", "It was 7{w} then.");
        let factor = |w: &str| SCALES.iter().find(|(x, _)| *x == w).unwrap().1.factor;
        assert_eq!((factor("billion"), factor("trillion")), (1e9, 1e12));
    }

    #[test]
    fn every_currency_percent_unit_and_hedge_row() {
        rows::currencies(Lang::En, CURRENCIES, "It costs {w}7 now.", "It costs 7 {w} now.");
        rows::percent(Lang::En, PERCENT, "It was 7 {w} more.");
        rows::units(Lang::En, UNITS, "It was 7 {w} more.");
        rows::denominators(Lang::En, PER_NOUNS, "It costs $7 per {w} now.");
        rows::denominators(Lang::En, RATE_ADVERBS, "It costs $7 {w} now.");
        rows::vague(Lang::En, VAGUE, "They saw {w} workers there.");
        rows::units_before(Lang::En, UNITS_BEFORE, "A {w} 7 quake hit.");
        rows::qualifiers(Lang::En, QUALIFIERS, "It costs {w} 7 euros.");
        rows::qualifiers(Lang::En, POSTFIX_QUALIFIERS, "It was 7 {w}.");
    }

    #[test]
    fn every_date_row() {
        rows::months(Lang::En, MONTHS, "It was in {w} 2025.");
        rows::relative_years(Lang::En, RELATIVE_YEARS, "It was {w} so.");
        for (word, n) in ORDINALS {
            let v = rows::first_value(Lang::En, "In the {w} quarter of 2025", word);
            assert_eq!(v, Value::Date(format!("2025-Q{n}")), "{word}");
        }
        for (word, _) in SEASONS {
            assert_eq!(rows::first_kind(Lang::En, "It came in {w} 2026.", word), Kind::Date, "{word}");
        }
        for (word, _) in YEAR_PARTS {
            let template = if word.ends_with('-') { "By {w}2026 it came." } else { "By {w} 2026 it came." };
            assert_eq!(rows::first_value(Lang::En, template, word), Value::Date("2026".into()), "{word}");
        }
    }

    #[test]
    fn every_denominator_row() {
        for (word, d) in DENOMINATORS {
            // Not of a whole: `three fifths of it` is a share (60 %); `quarter(s)` are
            // fractions only before a scale or `of`.
            let (template, n) = match (word.ends_with('s'), word.starts_with("quarter")) {
                (true, false) => ("It was three {w} in all.", 3.0),
                (true, true) => ("It was three {w} of a million.", 3e6),
                (false, false) => ("It was a {w} in all.", 1.0),
                (false, true) => ("It was a {w} of a million.", 1e6),
            };
            assert_eq!(rows::first_value(Lang::En, template, word), Value::Number(n / d), "{word}");
        }
    }
}
