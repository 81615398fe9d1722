//! Units as values: what a unit measures ([`Dimension`]), what a figure could not be
//! decided between ([`Ambiguity`]), and the base units comparisons run in.
//!
//! The recognizer keeps three things of a measured figure: the unit as the text writes it
//! (`miles`, `km/h`, `PS`, for display), the base unit it is compared in (`m`, `m/s`, `W`:
//! the value is converted), and the dimension. A rate keeps its denominator: in the unit
//! for physical rates (`140 km/h` is `m/s`), in [`crate::Quantity::per`] for money and
//! counts (`$58.24 per barrel`, `100 Menschen pro Quadratkilometer`).
//!
//! Which words name a unit is vocabulary (`crate::lang`): the symbols every language shares
//! (`km`, `kWh`, `°C`) in `lang::common`, the words of one language in its own module.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a measure measures, by its base unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Time,
    Speed,
    /// Volume per time (`90,000 bpd`, `1.5m barrels per day`).
    Flow,
    Power,
    Energy,
    Frequency,
    Data,
    DataRate,
    Temperature,
    Torque,
    Force,
    Pressure,
    Voltage,
    /// Points of an index or a score (`the Dax fell 1,478 points`).
    Points,
    /// An earthquake's magnitude (`magnitude 7.7`, `Stärke 7,7`): logarithmic, never converted.
    Magnitude,
}

/// Base unit → dimension. Every base unit of the unit vocabulary is a row (a test holds it).
pub const BASE_UNITS: &[(&str, Dimension)] = &[
    ("m", Dimension::Length),
    ("m²", Dimension::Area),
    ("m³", Dimension::Volume),
    ("kg", Dimension::Mass),
    ("s", Dimension::Time),
    ("m/s", Dimension::Speed),
    ("m³/s", Dimension::Flow),
    ("W", Dimension::Power),
    ("J", Dimension::Energy),
    ("Hz", Dimension::Frequency),
    ("B", Dimension::Data),
    ("bit/s", Dimension::DataRate),
    ("°C", Dimension::Temperature),
    // Degrees of no named scale (`40 degrees`, `40 Grad`): mostly a temperature, at times an
    // angle (`360-Grad-Kamera`); compared only with another such figure.
    ("°", Dimension::Temperature),
    ("N·m", Dimension::Torque),
    ("N", Dimension::Force),
    ("Pa", Dimension::Pressure),
    ("V", Dimension::Voltage),
    ("pt", Dimension::Points),
    ("M", Dimension::Magnitude),
];

impl Dimension {
    /// The dimension of a base unit, `None` for a unit not in [`BASE_UNITS`].
    pub fn of(base: &str) -> Option<Dimension> {
        BASE_UNITS.iter().find(|(b, _)| *b == base).map(|(_, d)| *d)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Mass => "mass",
            Dimension::Time => "time",
            Dimension::Speed => "speed",
            Dimension::Flow => "flow",
            Dimension::Power => "power",
            Dimension::Energy => "energy",
            Dimension::Frequency => "frequency",
            Dimension::Data => "data",
            Dimension::DataRate => "data_rate",
            Dimension::Temperature => "temperature",
            Dimension::Torque => "torque",
            Dimension::Force => "force",
            Dimension::Pressure => "pressure",
            Dimension::Voltage => "voltage",
            Dimension::Points => "points",
            Dimension::Magnitude => "magnitude",
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the text leaves undecided about a figure. The figure carries the reading the
/// recognizer leans to (value, kind and unit), and is never compared with a figure that
/// does not share its ambiguity: a wrong magnitude is worse than a missed match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ambiguity {
    /// `a 37m hull`: 37 million, or 37 metres. Read as millions.
    MoneyOrLength,
    /// `208 pounds`: pounds sterling, or a mass. Read as money.
    MoneyOrMass,
}

impl Ambiguity {
    pub fn as_str(self) -> &'static str {
        match self {
            Ambiguity::MoneyOrLength => "money_or_length",
            Ambiguity::MoneyOrMass => "money_or_mass",
        }
    }
}

impl fmt::Display for Ambiguity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_base_unit_has_one_dimension() {
        for (i, (b, d)) in BASE_UNITS.iter().enumerate() {
            assert!(BASE_UNITS[..i].iter().all(|(x, _)| x != b), "{b} twice");
            assert_eq!(Dimension::of(b), Some(*d));
        }
        assert_eq!(Dimension::of("furlong"), None);
    }
}
