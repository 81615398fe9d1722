//! The unit families of the recognizer as named rules, each with an English and a German
//! example side by side and what the example must read. The rules themselves are the
//! grammar (`crate::quantity::grammar`) over the tables of each language; this list names
//! them, and its test fails for a family whose examples no longer read as stated. The
//! corpus (`tests/corpus/{de,en}/units.toml`) holds the traps of each family besides.

/// What an example must read: the figure's text, kind, base unit, denominator and
/// ambiguity (`None`: none of it).
pub type Reading = (&'static str, &'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>);

/// A named rule and its examples: `(name, (english, reading), (german, reading))`.
pub type Family = (&'static str, (&'static str, Reading), (&'static str, Reading));

pub const FAMILIES: &[Family] = &[
    (
        "<currency> <amount>m | <amount>m <currency>: millions",
        ("It paid £37m.", ("£37m", "money", Some("GBP"), None, None)),
        ("Es ging um 37m Euro.", ("37m Euro", "money", Some("EUR"), None, None)),
    ),
    (
        "<amount>m <counted noun or unit>: millions of it",
        ("It has 5m users.", ("5m users", "count", Some("users"), None, None)),
        ("Es hat 5m Nutzer.", ("5m Nutzer", "count", Some("Nutzer"), None, None)),
    ),
    (
        "<amount>m2 | m² | qm: an area, never millions",
        ("Flats of 32m2 sold.", ("32m2", "measure", Some("m²"), None, None)),
        ("Die Wohnung hat 32 qm.", ("32 qm", "measure", Some("m²"), None, None)),
    ),
    (
        "<amount>mm without a currency: millimetres",
        ("It left 1.5mm of rain.", ("1.5mm", "measure", Some("m"), None, None)),
        ("Es fielen 1,5mm Regen.", ("1,5mm", "measure", Some("m"), None, None)),
    ),
    (
        "<amount>m <length cue> | <measuring verb> <amount>m: metres",
        ("A 37m yacht sank.", ("37m", "measure", Some("m"), None, None)),
        ("Die Mauer ist 14m hoch.", ("14m", "measure", Some("m"), None, None)),
    ),
    (
        "<amount>m with nothing to decide by: millions, money or length",
        ("It was 37m in the end.", ("37m", "number", None, None, Some("money_or_length"))),
        ("Es waren am Ende 37m.", ("37m", "number", None, None, Some("money_or_length"))),
    ),
    (
        "<amount><unit symbol>: a unit glued to the digits",
        ("It runs at 2.4GHz.", ("2.4GHz", "measure", Some("Hz"), None, None)),
        ("Er wiegt 3,5t.", ("3,5t", "measure", Some("kg"), None, None)),
    ),
    (
        "<amount> <unit> per <unit>: one composed unit",
        ("Winds of 22 miles per hour blew.", ("22 miles per hour", "measure", Some("m/s"), Some("s"), None)),
        ("Der Zug fährt 140 km/h.", ("140 km/h", "measure", Some("m/s"), Some("s"), None)),
    ),
    (
        "<money or count> per | a | pro | je <denominator>: a rate",
        ("Oil sold at $58.24 per barrel.", ("$58.24", "money", Some("USD"), Some("barrel"), None)),
        ("Benzin kostet 1,79 Euro je Liter.", ("1,79 Euro", "money", Some("EUR"), Some("l"), None)),
    ),
    (
        "<amount> <currency> <annually | jährlich>: a rate",
        ("She gets $300 annually.", ("$300", "money", Some("USD"), Some("year"), None)),
        ("Er verdient 52.000 Euro jährlich.", ("52.000 Euro", "money", Some("EUR"), Some("year"), None)),
    ),
    (
        "<country-prefixed dollar> <amount> | <amount> <national crowns>: currency forms",
        ("They raised A$12m.", ("A$12m", "money", Some("AUD"), None, None)),
        ("Es kostete 200 dänische Kronen.", ("200 dänische Kronen", "money", Some("DKK"), None, None)),
    ),
    (
        "<weighing verb> <amount> pound(s) | <amount> Pfund <noun>: a mass",
        ("The boxer weighs 208 pounds.", ("208 pounds", "measure", Some("kg"), None, None)),
        ("Man nehme zwei Pfund Mehl.", ("zwei Pfund", "measure", Some("kg"), None, None)),
    ),
    (
        "<amount> pound(s) with nothing to decide by: money or a mass",
        ("The parcel came to 300 pounds.", ("300 pounds", "money", Some("GBP"), None, Some("money_or_mass"))),
        ("Am Ende waren es 300 Pfund.", ("300 Pfund", "money", Some("GBP"), None, Some("money_or_mass"))),
    ),
    (
        "<amount> points | Punkte | Zähler: index points",
        ("The Dax fell 1,478 points.", ("1,478 points", "measure", Some("pt"), None, None)),
        ("Der Dax fiel um 1.478 Punkte.", ("1.478 Punkte", "measure", Some("pt"), None, None)),
    ),
    (
        "<amount> hp | PS: power",
        ("The car has 300 hp.", ("300 hp", "measure", Some("W"), None, None)),
        ("Das Auto hat 300 PS.", ("300 PS", "measure", Some("W"), None, None)),
    ),
    (
        "magnitude | Stärke <amount>: a magnitude, a number on its scale",
        ("A magnitude 7.7 quake hit.", ("7.7", "number", None, None, None)),
        ("Ein Beben der Stärke 7,7 traf die Stadt.", ("7,7", "number", None, None, None)),
    ),
    (
        "<amount> °C | °F | degrees Celsius: a temperature",
        ("It fell to -5 °C.", ("-5 °C", "measure", Some("°C"), None, None)),
        ("Es hatte 21 Grad Celsius.", ("21 Grad Celsius", "measure", Some("°C"), None, None)),
    ),
    (
        "<vague amount> <noun>: a hedged lower bound",
        ("Dozens of people were hurt.", ("Dozens of people", "count", Some("people"), None, None)),
        ("Zehntausende Fans kamen.", ("Zehntausende Fans", "count", Some("Fans"), None, None)),
    ),
    (
        "<mantissa> × 10^<exponent>: one number",
        ("Light travels at 3·10^8 m/s.", ("3·10^8 m/s", "measure", Some("m/s"), Some("s"), None)),
        ("Die Masse beträgt 1,99×10^30 kg.", ("1,99×10^30 kg", "measure", Some("kg"), None, None)),
    ),
    (
        "<numerator> <ordinal>: a fraction, the two agreeing in number (`one fifth`, `two fifths`)",
        ("Each holds one twenty-fifth.", ("one twenty-fifth", "number", None, None, None)),
        ("Jeder erhält ein Zwanzigstel.", ("ein Zwanzigstel", "number", None, None, None)),
    ),
    (
        "<amount> <scale> [and] <amount> <smaller scale>: groups add up",
        ("It sold 4 thousand 3 hundred.", ("4 thousand 3 hundred", "number", None, None, None)),
        (
            "Es waren zwei Millionen dreihunderttausend.",
            ("zwei Millionen dreihunderttausend", "number", None, None, None),
        ),
    ),
    (
        "<fraction> of | der | von <whole>, <one> in <n>, every | jeder <ordinal>: a share, a percentage",
        ("A quarter of Beta is Alpha's.", ("A quarter", "percent", Some("%"), None, None)),
        ("Jeder Fünfte ist betroffen.", ("Jeder Fünfte", "percent", Some("%"), None, None)),
    ),
    (
        "<multiplying verb> | <n> times <comparison> | das <n>fache: a multiple, a ratio to the base",
        ("Sales doubled.", ("doubled", "ratio", None, None, None)),
        ("Die Kosten erreichten das Dreifache.", ("das Dreifache", "ratio", None, None, None)),
    ),
];

/// Not quantities, each with an example in both languages that must read nothing.
pub const NOT_QUANTITIES: &[(&str, &str, &str)] = &[
    ("<n>-<m> | <n>:<m> with n ≥ m: a score", "The hosts won 3-0.", "Bayern gewann 3:1."),
    ("<result word> <n>-<m> | <n>-<m> <result word>: a score", "They lost 1-3 at home.", "Die Bayern verloren 1:3."),
    ("<model name> <n>: a name", "She flies the Boeing 787.", "Er fährt einen Golf 8."),
    ("<digit>G | <digit>K: a name", "The phone has 5G.", "Der Fernseher zeigt 4K."),
    ("<hhmm> <time zone>: a clock time", "Trading resumed at 0930 GMT.", "Um 0930 GMT ging es weiter."),
    ("<telephone number>", "Call 0800-810-013 now.", "Die Hotline 0800-810-013 ist frei."),
    (
        "<postcode> <town>",
        "Write to Fifth Avenue, New York, NY 10118.",
        "Schreiben Sie an Hauptstraße 5, 10115 Berlin.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{scan, Lang};

    fn reads(lang: Lang, text: &str, want: &Reading) {
        let qs = scan(text, lang, None);
        let q = qs.iter().find(|q| q.text == want.0).unwrap_or_else(|| panic!("{text:?}: no {:?} in {qs:?}", want.0));
        let got = (q.kind.as_str(), q.unit.as_deref(), q.per.as_deref(), q.ambiguous.map(|a| a.as_str()));
        assert_eq!(got, (want.1, want.2, want.3, want.4), "{text:?}");
    }

    #[test]
    fn every_family_reads_its_examples_in_both_languages() {
        for (name, (en, en_want), (de, de_want)) in FAMILIES {
            assert!(!name.is_empty());
            reads(Lang::En, en, en_want);
            reads(Lang::De, de, de_want);
        }
    }

    #[test]
    fn no_quantity_in_what_is_not_one() {
        for (name, en, de) in NOT_QUANTITIES {
            assert_eq!(scan(en, Lang::En, None), vec![], "{name}: {en}");
            assert_eq!(scan(de, Lang::De, None), vec![], "{name}: {de}");
        }
    }
}
