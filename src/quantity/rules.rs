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
//! [`RULES`] is the one list; a test reads every example of every rule in the language it
//! is written in and fails for a rule without one, for an example the rule does not read
//! with the stated value, and for a figure whose rule is not listed. Words are the
//! languages' ([`crate::lang`]); the examples here are test data in both.
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
    /// German examples: a text and the value the rule reads in it (as
    /// [`super::Value`] displays it), or `""` for a rule that produces nothing.
    pub de: &'static [(&'static str, &'static str)],
    /// English examples, as `de`.
    pub en: &'static [(&'static str, &'static str)],
}

macro_rules! rules {
    ($($id:ident = $name:literal => $produces:expr, de: [$($de:expr),* $(,)?], en: [$($en:expr),* $(,)?];)*) => {
        $(pub const $id: &str = $name;)*
        /// Every rule of the recognizer, in the order the scanner tries them.
        pub static RULES: &[Rule] = &[
            $(Rule { name: $name, produces: $produces, de: &[$($de),*], en: &[$($en),*] },)*
        ];
    };
}

use Produces::{Figure, Nothing};

rules! {
    // ----- dates (`dates.rs`), tried first at each token -------------------------------
    ISO_DATE = "<yyyy>-<mm>[-<dd>]" => Figure("a day or month"),
        de: [("Am 2025-12-11 kam es.", "2025-12-11")],
        en: [("It came on 2025-12-11.", "2025-12-11"), ("In 2025-12 it came.", "2025-12")];
    DOTTED_DATE = "<dd>.<mm>.<yyyy>" => Figure("a day"),
        de: [("Am 11.12.2025 kam es.", "2025-12-11")],
        en: [];
    DECADE = "<decade>" => Figure("a decade (ISO 8601-2 `202`)"),
        de: [("In den 1990er Jahren war das anders.", "199"), ("die 2020er-Jahre", "202")],
        en: [("In the 1990s things were different.", "199")];
    DAYS = "<day> <to> <day> <month> [<year>]" => Figure("a range of days (ISO 8601 interval)"),
        de: [("vom 5. bis 8. Januar 2025", "2025-01-05/2025-01-08"), ("am 5.-8. Januar 2024", "2024-01-05/2024-01-08")],
        en: [("Jan. 5-8, 2025", "2025-01-05/2025-01-08"), ("from 5 to 8 January 2024", "2024-01-05/2024-01-08")];
    DAY_MONTH = "<day> <month> [<year>]" => Figure("a day"),
        de: [("Am 30. Juni 2025 endete es.", "2025-06-30")],
        en: [("It ended on 30 June 2025.", "2025-06-30")];
    MONTH_DAY = "<month> <day>[, <year>]" => Figure("a day"),
        de: [],
        en: [("It ended on June 30, 2025.", "2025-06-30")];
    PART_OF_MONTH = "<part> <month> [<year>]" => Figure("part of a month, approx"),
        de: [("Das war Ende Juni 2025.", "2025-06")],
        en: [("That was in late June 2025.", "2025-06")];
    PART_OF_DECADE = "<part> [of the] <decade>" => Figure("part of a decade, approx"),
        de: [("Mitte der 2020er-Jahre ist es fertig.", "202")],
        en: [("By the mid-2020s it is done.", "202"), ("in the late 1990s", "199")];
    PART_OF_YEAR = "<part> <year>" => Figure("part of a year, approx"),
        de: [("Anfang 2026 startet es.", "2026"), ("Mitte des Jahres 2025", "2025")],
        en: [("It starts in early 2026.", "2026"), ("mid-2025", "2025")];
    QUARTER_OR_HALF = "<ordinal> <quarter | half> <year>" => Figure("a quarter or half year"),
        de: [("im dritten Quartal 2025", "2025-Q3"), ("in der ersten Hälfte 2026", "2026-H1")],
        en: [("in Q3 2025", "2025-Q3"), ("in the first half of 2026", "2026-H1")];
    SEASON = "<season> <year>" => Figure("a season (ISO 8601-2 `2026-21`)"),
        de: [("im Frühjahr 2026", "2026-21")],
        en: [("in spring 2026", "2026-21")];
    MONTH = "<month> <year> | <in> <month>" => Figure("a month"),
        de: [("Im Juni 2025 kam es.", "2025-06")],
        en: [("In June 2025 it came.", "2025-06")];
    RELATIVE_YEAR = "<this | last | next> year" => Figure("a year, from the reference date"),
        de: [("Das ändert sich nächstes Jahr.", "2026")],
        en: [("That changes next year.", "2026")];
    YEAR_END = "<end of the year>" => Figure("the late part of the reference year"),
        de: [("bis Jahresende", "2025")],
        en: [("by the end of the year", "2025")];
    YEAR = "<year>" => Figure("a year"),
        de: [("Schon 2013 gründete er es.", "2013"), ("Im Jahr 1850 wurde sie gegründet.", "1850"), ("ab 2026", "2026")],
        en: [("The town was founded in 1850.", "1850"), ("In 2013 he founded it.", "2013")];

    // ----- amounts (`grammar.rs`) -------------------------------------------------------
    MULTIPLE = "<multiple>" => Figure("a ratio to what is compared (part the factor)"),
        de: [("Der Umsatz hat sich verdoppelt.", "2"), ("das Dreifache", "3")],
        en: [("Revenue doubled.", "2"), ("three times higher", "3")];
    VAGUE = "<vague amount> <noun | currency>" => Figure("at least the least the words say"),
        de: [("Zehntausende Fans kamen.", "20000")],
        en: [("Dozens of people came.", "24")];
    BETWEEN = "<between> <quantity> <and> <quantity>" => Figure("a range"),
        de: [("zwischen 2 und 3 Milliarden Euro", "2500000000")],
        en: [("between 2 and 3 billion euros", "2500000000")];
    RANGE = "<quantity> <to> <quantity>" => Figure("a range, the scale and unit shared"),
        de: [("70 bis 72 Milliarden Dollar", "71000000000"), ("von 60 bis 65 Prozent", "62.5")],
        en: [("$60 billion-65 billion", "62500000000"), ("from 60 to 65 percent", "62.5")];
    BOUNDS = "<bound> <quantity> <and> <bound> <quantity>" => Figure("a range from two bounds"),
        de: [("mehr als 10 Prozent und weniger als 20 Prozent", "15")],
        en: [("more than 10 percent and less than 20 percent", "15")];
    HEDGE = "<hedge> <quantity>" => Figure("the quantity, bounded or approximate"),
        de: [("über 70 Milliarden Dollar", "70000000000"), ("um die zwei Prozent", "2"), ("fast die Hälfte", "0.5")],
        en: [("more than $70 billion", "70000000000"), ("around two percent", "2")];
    POSTFIX_BOUND = "<quantity> <or more>" => Figure("the quantity as a bound"),
        de: [("Es waren 7 oder mehr.", "7")],
        en: [("There were 7 or more.", "7")];
    AGE = "<amount>-<year-old> | <aged> <amount>" => Figure("a person's age (kind `age`, no claim)"),
        de: [("Der 31-Jährige wurde festgenommen.", "31"), ("Er starb im Alter von 58 Jahren.", "58")],
        en: [("The 31-year-old was arrested.", "31"), ("The man, aged 58, died.", "58")];
    ALTERNATIVE = "<amount> <instead of> <amount> <scale> <currency>" => Figure("the first amount with the second's scale and unit"),
        de: [("2,1 statt 1,4 Milliarden Euro", "2100000000")],
        en: [("2.1 instead of 1.4 billion euros", "2100000000")];
    ONE_IN = "<n> in <m>" => Figure("a proportion, as a percentage"),
        de: [],
        en: [("One in five adults smokes.", "20")];
    EVERY = "<every> <ordinal>" => Figure("a proportion, as a percentage"),
        de: [("Jeder Fünfte ist betroffen.", "20")],
        en: [("Every fifth adult smokes.", "20")];
    SHARE = "<fraction> <of> <whole>" => Figure("a share, as a percentage"),
        de: [("zwei Drittel der Mitglieder", "66.6666667")],
        en: [("a quarter of Beta", "25")];
    OVER = "<n> over <m>" => Figure("a fraction"),
        de: [],
        en: [("one over twenty", "0.05")];
    RATIO = "<part> <of> <whole>" => Figure("a ratio (part and whole)"),
        de: [("3 von 14 Forschern", "0.2142857")],
        en: [("three of the 14 researchers", "0.2142857")];
    SPLIT_RATIO = "<of the> <whole> … <part>" => Figure("a ratio whose whole opened the sentence"),
        de: [("Von den 14 Autoren verließen 11 das Team.", "0.7857143")],
        en: [("Of the 14 authors, 11 left the team.", "0.7857143")];
    RATE = "<amount> <unit | currency> <per> <denominator>" => Figure("money or a measure with its denominator"),
        de: [("1,79 Euro je Liter", "1.79"), ("15 Milliarden Dollar pro Jahr", "15000000000")],
        en: [("$58.24 per barrel", "58.24")];
    MONEY = "[<currency>] <amount> [<scale>] [<currency>]" => Figure("money"),
        de: [("14,3 Milliarden US-Dollar", "14300000000"), ("15 Dollar und 15 Cent", "15.15")],
        en: [("$14.3bn", "14300000000"), ("3 dollars", "3")];
    PERCENT = "<amount> <percent | points>" => Figure("a percentage or points"),
        de: [("49 Prozent", "49"), ("3 Prozentpunkte", "3")],
        en: [("49%", "49"), ("3 percentage points", "3")];
    UNIT_BEFORE = "<unit> <amount>" => Figure("a measure, or a magnitude"),
        de: [("ein Beben der Stärke 7,7", "7.7")],
        en: [("a quake of magnitude 7.7", "7.7")];
    UNIT = "<amount> <unit>" => Figure("a measure in its base unit"),
        de: [("5 GW", "5000000000"), ("3,5 Kilometer", "3500")],
        en: [("5 GW", "5000000000"), ("10 miles", "16093.44")];
    COUNT = "<amount> <counted noun>" => Figure("a count of the noun"),
        de: [("45 Forscher", "45"), ("1002 Befragten", "1002"), ("1,3 Millionen GPUs", "1300000")],
        en: [("45 researchers", "45"), ("1.3 million GPUs", "1300000")];
    SCALED = "<amount> <scale>" => Figure("a number"),
        de: [("Es waren 14 Millionen.", "14000000")],
        en: [("It was 14 million.", "14000000")];
    NUMBER_WORDS = "<number words>" => Figure("a number"),
        de: [("Es waren dreihundertvierzig.", "340"), ("zwei Drittel", "0.6666667")],
        en: [("There were twenty-one.", "21"), ("two thirds", "0.6666667")];
    DIGITS = "<digits>" => Figure("a number"),
        de: [("Es waren 1.300.000.", "1300000")],
        en: [("It was 1,300,000.", "1300000")];

    // ----- not quantities -----------------------------------------------------------------
    RANK = "<rank noun> <number>" => Nothing,
        de: [("Er landete auf Platz fünf.", ""), ("Sie kam auf Rang 3.", "")],
        en: [("The firm is ranked No. 12.", "")];
    ORDINAL = "<number>. <noun>" => Nothing,
        de: [("Er belegte den 3. Platz.", ""), ("Beim 20. Parteitag sprach er.", "")],
        en: [("At the 20th party congress he spoke.", "")];
    CLOCK = "<hh>:<mm> | <hhmm> <time zone>" => Nothing,
        de: [("Die Sitzung beginnt um 12:30 Uhr.", "")],
        en: [("Trading opened at 0930 GMT.", "")];
    NAME_NUMBER = "<Name> <number>" => Nothing,
        de: [("Das beste Llama 4-Modell ist verzögert.", "")],
        en: [("Windows 11 shipped.", "")];
    SCORE = "<n>-<m> (a score)" => Nothing,
        de: [("Bayern gewann 2-0.", "")],
        en: [("They lost 1-3 at home.", "")];
    POSTCODE = "<postcode> <Town>" => Nothing,
        de: [("Musterweg 1, 10115 Berlin", "")],
        en: [("New York, NY 10118", "")];
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

    #[test]
    fn every_rule_has_an_example_and_a_unique_name() {
        let mut names = std::collections::HashSet::new();
        for rule in RULES {
            assert!(!rule.de.is_empty() || !rule.en.is_empty(), "rule {:?} has no example", rule.name);
            assert!(names.insert(rule.name), "rule {:?} listed twice", rule.name);
        }
    }

    #[test]
    fn every_rule_reads_its_examples() {
        let mut failures = Vec::new();
        for rule in RULES {
            for (lang, examples) in [(Lang::De, rule.de), (Lang::En, rule.en)] {
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
