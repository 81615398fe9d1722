//! The quantity recognizer: finds every figure in a text with its value, unit, qualifier,
//! precision and byte span.
//!
//! [`scan`] is a pure function of the text, its language and an optional reference date
//! (for `im April`, `dieses Jahr`). It tokenizes once ([`tokens`]), masks URLs and e-mail
//! addresses, then walks the tokens left to right, trying the date rules ([`dates`]) and
//! then the amount grammar ([`grammar`]) at each token; every rule looks only a few tokens
//! ahead, so a scan is linear in the text. All regexes are compiled once.
//!
//! # Grammar
//!
//! | form                                   | example                                  |
//! |----------------------------------------|------------------------------------------|
//! | digits, number words                   | `14,3`, `1.300.000`, `vierzehn`, `twenty-one` |
//! | `<amount> <scale>`                     | `14,3 Mrd.`, `$14.3bn`, `eine Million`    |
//! | `<currency> <amount>` / `<amount> <currency>` | `$14,3 Milliarden`, `14,3 Mrd. US-$` |
//! | `<amount> <percent>`                   | `49 Prozent`, `49%`, `3 Prozentpunkte`    |
//! | `<amount> <unit>`                      | `5 GW`, `2.4GHz`, `3,5t`, `2-Gigawatt-Rechenzentrum` |
//! | `<unit> <amount>`                      | `magnitude 7.7`, `Stärke 7,7`             |
//! | `<amount> <unit or currency> <per> <denominator>` | `$58.24 per barrel`, `1,79 Euro je Liter`, `15 miles per hour` |
//! | `<vague amount>`                       | `dozens of`, `Zehntausende` (at least 24, 20,000) |
//! | `<hedge> <quantity>`                   | `über 70 Milliarden`, `bis zu 100 Mio.`   |
//! | `<quantity> <to> <quantity>`           | `70 bis 72 Milliarden`, `$60 billion-65 billion` |
//! | `<part> <of> <whole>`                  | `3 von 14`, `three of the 14`             |
//! | `<numerator> <ordinal>`                | `zwei Drittel`, `one twenty-fifth`, `drei Vierteln` |
//! | `<fraction> <of> <whole>`, `<n> in <m>`, `<every> <ordinal>` | `a quarter of Beta`, `one in five`, `Jeder Fünfte` (percent) |
//! | `<multiple>`                           | `doubled`, `three times higher`, `das Dreifache` (ratio) |
//! | `<amount> <scale> [and] <amount> <smaller scale>` | `4 thousand 3 hundred`, `6 crore and two hundred` |
//! | `<amount> <noun>`                      | `1,3 Millionen GPUs`, `45 Forscher`       |
//! | dates                                  | `30. Juni 2025`, `Q3 2025`, `Anfang 2026` |
//!
//! Proportions and multiples. A share of a whole written as a fraction (`a quarter of
//! Beta`, `zwei Drittel der Mitglieder`, `one in five`, `Jeder Fünfte`, `knapp die Hälfte
//! der Firmen`) is a percentage with the words as its text, so it meets `a 25 % stake`; a
//! bare fraction (`two thirds agreed`, `a trillionth of a second`) stays a number. A
//! multiple (`doubled`, `verdoppelt`, `das Dreifache`, `twice as high`, `three times
//! higher`) is [`Kind::Ratio`] with `part` the factor and `whole` 1: no new kind, and two
//! multiples compare as ratios do. Whether it is a change is the claim stage's to read, as
//! for any figure. `twice` and `N times` without a comparison word count events (`he called
//! twice`) and give no multiple.
//!
//! Decided by context: `m` (`£37m` millions, `a 37m yacht` metres, `32m2` square metres;
//! undecided: [`Ambiguity::MoneyOrLength`]), `mm` (millions only beside a currency), `pounds`
//! (`weighs 208 pounds` a mass, `116 million pounds` money; undecided:
//! [`Ambiguity::MoneyOrMass`]).
//!
//! Not quantities: sports scores (`2-0`, `89-89`), postcodes (`, 10115 Berlin`), names
//! (`5G`, `4K`), model names and versions (`Llama 4`, `GPT-3.5`, `Siri 2.0`, `R1`),
//! numbers in URLs and e-mail addresses, list and heading numbers (`#### 1.`), ordinals
//! (`der 3. Platz`), clock times, figures beyond the range of a 64-bit float (`1e400`).

pub mod dates;
pub mod digits;
pub mod grammar;
pub mod rules;
pub mod units;

// The tokenizer and phrase tables live in `crate::text`, below the languages; re-exported so
// the recognizer's rules keep reading them as `super::tokens`.
pub use crate::text::{phrase, tokens};

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
/// Defined with the languages, whose hedge words name one.
pub use crate::lang::Qualifier;
pub use units::{Ambiguity, Dimension};

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Money,
    Percent,
    Count,
    Ratio,
    Measure,
    Date,
    Number,
    /// A person's age (`der 31-Jährige`, `aged 58`): a quantity of a person, not a fact
    /// of the story, so claims leave it out.
    Age,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Count => "count",
            Kind::Ratio => "ratio",
            Kind::Measure => "measure",
            Kind::Date => "date",
            Kind::Number => "number",
            Kind::Age => "age",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value: a number, or for dates an ISO 8601 string of the stated precision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Date(String),
}

impl Value {
    /// The value as written out ([`fmt::Display`]), borrowed for a date: values of dates are
    /// compared as text for many pairs of claims, without formatting each time.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Value::Date(s) => std::borrow::Cow::Borrowed(s),
            Value::Number(_) => std::borrow::Cow::Owned(self.to_string()),
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(v) => Some(*v),
            Value::Date(_) => None,
        }
    }

    pub fn as_date(&self) -> Option<&str> {
        match self {
            Value::Date(s) => Some(s),
            Value::Number(_) => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(v) => write!(f, "{}", format_number(*v)),
            Value::Date(s) => f.write_str(s),
        }
    }
}

/// Formats a number without float noise: `14300000000`, `14.3`, `0.2142857`.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.7}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// One figure found in a text.
///
/// `low`/`high` are the interval the figure stands for as stated: equal to `value` for an
/// exact figure, `None` for an open side (`über 70 Milliarden` has no high). The tolerance
/// implied by `precision` is not applied here: it belongs to comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Half-open byte span into the scanned text.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
    #[serde(default)]
    pub text: String,
    pub kind: Kind,
    pub value: Value,
    #[serde(default)]
    pub low: Option<Value>,
    #[serde(default)]
    pub high: Option<Value>,
    /// ISO 4217 for money, `%` or `pp` for percent, the SI unit for measures, the counted
    /// noun for counts and ratios.
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The step of the last stated digit, in the quantity's unit: 1e8 for `14,3 Milliarden`,
    /// 1e9 for `14 Milliarden`. `None` for dates, whose precision is their value's form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    /// For ratios: the part and the whole (`3 von 14`: 3 and 14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whole: Option<f64>,
    /// For measures: the unit as the text writes it (`miles`, `km/h`, `PS`), for display;
    /// `unit` holds the base unit the value is converted to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
    /// For measures: what the unit measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimension>,
    /// A rate's denominator, normalised (`barrel`, `year`, `capita`, `km²`; `s` for a
    /// speed): part of what is compared, so `$80,000 a year` never meets a weekly wage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// What the text leaves undecided (`a 37m hull`: millions or metres): such a figure is
    /// compared only with one of the same ambiguity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambiguous: Option<Ambiguity>,
    /// The recognizer's rule that read the figure (see [`rules::RULES`]): never stored, and
    /// no part of a figure's equality.
    #[serde(skip)]
    pub rule: RuleName,
}

/// The name of a rule of [`rules::RULES`]; empty for a figure read from storage. Any two
/// are equal, so a figure read back equals the one scanned.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleName(pub &'static str);

impl PartialEq for RuleName {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Scans `text` for quantities.
///
/// `reference` is the date the text was written; it resolves `im April`, `dieses Jahr` and
/// `Jahresende`. Without it, such dates carry no year (`--04`) or are left out.
///
/// A figure too large (or too small) for a 64-bit float (`1e400 Dollar`, a run of 400
/// digits) is left out: it cannot be compared, and stored it would read back as `null`.
pub fn scan(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<Quantity> {
    let mut qs = grammar::Scanner::new(text, lang, reference).run();
    qs.retain(Quantity::is_finite);
    qs
}

impl Quantity {
    /// Whether every number of the figure is finite: what JSON can store and comparison
    /// can use.
    pub fn is_finite(&self) -> bool {
        let number = |v: &Option<Value>| v.as_ref().and_then(Value::as_f64).is_none_or(f64::is_finite);
        self.value.as_f64().is_none_or(f64::is_finite)
            && number(&self.low)
            && number(&self.high)
            && [self.precision, self.part, self.whole].iter().all(|v| v.is_none_or(f64::is_finite))
    }
}
