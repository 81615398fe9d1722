//! The recognizer's rules by name, each with what it produces and its examples.
//!
//! A rule's name describes its pattern (`<amount> <scale> <currency>`, `<hedge>
//! <quantity>`); the scanner records in [`super::Quantity::rule`] the name of the rule
//! that read a figure (the outermost one: `über 70 Milliarden Dollar` is read by
//! `<hedge> <quantity>`, whose quantity `<currency> <amount> <scale>` read). The name is
//! a `&'static str` copied when a figure is made, so naming costs the scan nothing per
//! token. Rules that keep digits from being a figure ([`Produces::Nothing`]: places in a
//! ranking, clock times, model names) are listed too, with examples that must give no
//! figure.
//!
//! [`RULES`] is the one list; each language gives its examples of the rules by name
//! (`src/lang/<code>/examples.rs`, [`crate::lang::Rules::rule_examples`]), so no
//! language's words stand here. A test reads every example of every rule in its language
//! and fails for a rule without one in any language, for an example the rule does not
//! read with the stated value, for an example of a name that is no rule, and for a figure
//! whose rule is not listed.
//!
//! Like Duckling's `rules` lists and its corpus per rule, but the matching stays in the
//! hand-written scanner (`grammar`, `dates`): a rule is a method looking a few tokens
//! ahead, and the registry names it rather than driving it, so the scan stays linear.

/// What a rule gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Produces {
    /// A figure of this description (`money`, `a date range`).
    Figure(&'static str),
    /// No figure: the digits name or order something.
    Nothing,
}

/// One rule of the recognizer.
#[derive(Debug)]
pub struct Rule {
    /// The pattern, in words: `<hedge> <quantity>`.
    pub name: &'static str,
    pub produces: Produces,
}

macro_rules! rules {
    ($($id:ident = $name:literal => $produces:expr;)*) => {
        $(pub const $id: &str = $name;)*
        /// Every rule of the recognizer, in the order the scanner tries them.
        pub static RULES: &[Rule] = &[
            $(Rule { name: $name, produces: $produces },)*
        ];
    };
}

use Produces::{Figure, Nothing};

rules! {
    // ----- dates (`dates.rs`), tried first at each token -------------------------------
    ISO_DATE = "<yyyy>-<mm>[-<dd>]" => Figure("a day or month");
    DOTTED_DATE = "<dd>.<mm>.<yyyy>" => Figure("a day");
    DECADE = "<decade>" => Figure("a decade (ISO 8601-2 `202`)");
    DAYS = "<day> <to> <day> <month> [<year>]" => Figure("a range of days (ISO 8601 interval)");
    DAY_MONTH = "<day> <month> [<year>]" => Figure("a day");
    MONTH_DAY = "<month> <day>[, <year>]" => Figure("a day");
    PART_OF_MONTH = "<part> <month> [<year>]" => Figure("part of a month, approx");
    PART_OF_DECADE = "<part> [of the] <decade>" => Figure("part of a decade, approx");
    PART_OF_YEAR = "<part> <year>" => Figure("part of a year, approx");
    QUARTER_OR_HALF = "<ordinal> <quarter | half> <year>" => Figure("a quarter or half year");
    SEASON = "<season> <year>" => Figure("a season (ISO 8601-2 `2026-21`)");
    MONTH = "<month> <year> | <in> <month>" => Figure("a month");
    RELATIVE_YEAR = "<this | last | next> year" => Figure("a year, from the reference date");
    YEAR_END = "<end of the year>" => Figure("the late part of the reference year");
    YEAR = "<year>" => Figure("a year");

    // ----- amounts (`grammar.rs`) -------------------------------------------------------
    MULTIPLE = "<multiple>" => Figure("a ratio to what is compared (part the factor)");
    VAGUE = "<vague amount> <noun | currency>" => Figure("at least the least the words say");
    BETWEEN = "<between> <quantity> <and> <quantity>" => Figure("a range");
    RANGE = "<quantity> <to> <quantity>" => Figure("a range, the scale and unit shared");
    BOUNDS = "<bound> <quantity> <and> <bound> <quantity>" => Figure("a range from two bounds");
    HEDGE = "<hedge> <quantity>" => Figure("the quantity, bounded or approximate");
    POSTFIX_BOUND = "<quantity> <or more>" => Figure("the quantity as a bound");
    AGE = "<amount>-<year-old> | <aged> <amount>" => Figure("a person's age (kind `age`, no claim)");
    ALTERNATIVE = "<amount> <instead of> <amount> <scale> <currency>" => Figure("the first amount with the second's scale and unit");
    MOVE_ELIDED = "<to> <amount> <from> <amount> <scale | unit>" => Figure("the new figure of a move with the earlier one's scale and unit");
    ONE_IN = "<n> in <m>" => Figure("a proportion, as a percentage");
    EVERY = "<every> <ordinal>" => Figure("a proportion, as a percentage");
    SHARE = "<fraction> <of> <whole>" => Figure("a share, as a percentage");
    OVER = "<n> over <m>" => Figure("a fraction");
    RATIO = "<part> <of> <whole>" => Figure("a ratio (part and whole)");
    SPLIT_RATIO = "<of the> <whole> … <part>" => Figure("a ratio whose whole opened the sentence");
    RATE = "<amount> <unit | currency> <per> <denominator>" => Figure("money or a measure with its denominator");
    MONEY = "[<currency>] <amount> [<scale>] [<currency>]" => Figure("money");
    PERCENT = "<amount> <percent | points>" => Figure("a percentage or points");
    UNIT_BEFORE = "<unit> <amount>" => Figure("a measure, or a magnitude");
    UNIT = "<amount> <unit>" => Figure("a measure in its base unit");
    COUNT = "<amount> <counted noun>" => Figure("a count of the noun");
    DURATION = "<n> <time unit> <and> <m> <smaller time unit>" => Figure("a duration in its larger unit");
    SCALED = "<amount> <scale>" => Figure("a number");
    NUMBER_WORDS = "<number words>" => Figure("a number");
    DIGITS = "<digits>" => Figure("a number");

    // ----- not quantities -----------------------------------------------------------------
    RANK = "<rank noun> <number>" => Nothing;
    ORDINAL = "<number>. <noun>" => Nothing;
    CLOCK = "<hh>:<mm> | <hhmm> <time zone> | <hh>[.<mm>] <clock word>" => Nothing;
    NAME_NUMBER = "<Name> <number>" => Nothing;
    SCORE = "<n>-<m> (a score)" => Nothing;
    POSTCODE = "<postcode> <Town>" => Nothing;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::quantity::scan;

    /// The reference date of the examples (`nächstes Jahr` is 2026).
    fn reference() -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(2025, 7, 1)
    }

    /// Each language's examples of a rule.
    fn examples(rule: &str) -> impl Iterator<Item = (Lang, &'static [(&'static str, &'static str)])> + '_ {
        Lang::ALL.iter().flat_map(move |&lang| {
            lang.rules().rule_examples.iter().filter(move |(name, _)| *name == rule).map(move |(_, ex)| (lang, *ex))
        })
    }

    #[test]
    fn every_rule_has_an_example_and_a_unique_name() {
        let mut names = std::collections::HashSet::new();
        for rule in RULES {
            assert!(examples(rule.name).any(|(_, ex)| !ex.is_empty()), "rule {:?} has no example", rule.name);
            assert!(names.insert(rule.name), "rule {:?} listed twice", rule.name);
        }
        for &lang in Lang::ALL {
            for (name, _) in lang.rules().rule_examples {
                assert!(names.contains(name), "{lang} gives examples of {name:?}, which is no rule");
            }
        }
    }

    #[test]
    fn every_rule_reads_its_examples() {
        let mut failures = Vec::new();
        for rule in RULES {
            for (lang, examples) in examples(rule.name) {
                for &(text, value) in examples {
                    let qs = scan(text, lang, reference());
                    let ok = match rule.produces {
                        Figure(_) => qs.iter().any(|q| q.rule.0 == rule.name && q.value.to_string() == value),
                        Nothing => qs.is_empty(),
                    };
                    if !ok {
                        let got: Vec<String> =
                            qs.iter().map(|q| format!("{:?} = {} by {:?}", q.text, q.value, q.rule.0)).collect();
                        failures.push(format!(
                            "{} {:?} in {lang} {text:?}: want {value:?}, got {got:?}",
                            rule.name, rule.produces
                        ));
                    }
                    for q in &qs {
                        if !RULES.iter().any(|r| r.name == q.rule.0) {
                            failures.push(format!("{text:?}: {:?} read by unlisted rule {:?}", q.text, q.rule.0));
                        }
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{} rule examples fail:\n{}", failures.len(), failures.join("\n"));
    }
}
