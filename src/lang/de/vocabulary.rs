//! German words for scales, currencies, units, hedges, ranges and dates.
//!
//! German "Billion" is 10^12 (English "trillion") and "Milliarde" 10^9: the rows below are
//! each tested, because a wrong row is a wrong magnitude in every report.

use crate::lang::common::{self, unit_rows};
use crate::lang::currencies::{self, after, or_mass, scaled};
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

pub const SCALES: &[(&str, Scale)] = &[
    ("tausend", scale(1e3)),
    ("tsd.", scale(1e3)),
    ("tsd", scale(1e3)),
    ("k", attached(1e3)),
    ("mio.", scale(1e6)),
    ("mio", scale(1e6)),
    ("million", scale(1e6)),
    ("millionen", scale(1e6)),
    ("m", attached(1e6)),
    ("mrd.", scale(1e9)),
    ("mrd", scale(1e9)),
    ("milliarde", scale(1e9)),
    ("milliarden", scale(1e9)),
    ("bio.", scale(1e12)),
    ("billion", scale(1e12)),
    ("billionen", scale(1e12)),
    ("billiarde", scale(1e15)),
    ("billiarden", scale(1e15)),
    ("dutzend", scale(12.0)),
    ("hundert", scale(1e2)),
];

pub const CURRENCIES: &[(&str, Currency)] = &[
    ("dollar", after("USD")),
    ("us-dollar", after("USD")),
    ("us dollar", after("USD")),
    ("euro", after("EUR")),
    ("pfund", or_mass("GBP")),
    ("pfund sterling", after("GBP")),
    ("britische pfund", after("GBP")),
    ("franken", after("CHF")),
    ("schweizer franken", after("CHF")),
    ("yen", after("JPY")),
    ("yuan", after("CNY")),
    ("renminbi", after("CNY")),
    ("rupien", after("INR")),
    ("dänische kronen", after("DKK")),
    ("dänischen kronen", after("DKK")),
    ("schwedische kronen", after("SEK")),
    ("schwedischen kronen", after("SEK")),
    ("norwegische kronen", after("NOK")),
    ("norwegischen kronen", after("NOK")),
    ("tschechische kronen", after("CZK")),
    ("australische dollar", after("AUD")),
    ("kanadische dollar", after("CAD")),
    ("bitcoin", after("BTC")),
    ("meur", scaled("EUR", 1e6)),
    ("musd", scaled("USD", 1e6)),
    // A minor unit standing alone is money counted in it, as written (`10 Cent` is 10
    // cent, as public test sets write it): a cent of any currency (Rappen are Swiss cents)
    // is compared only with cents, a penny with pence. After a major amount it is the
    // amount's fraction (`15 Dollar und 15 Cent`, see `minor_units`).
    ("cent", after("cent")),
    ("ct", after("cent")),
    ("ct.", after("cent")),
    ("eurocent", after("cent")),
    ("rappen", after("cent")),
    ("pence", after("pence")),
];

pub const PERCENT: &[(&str, PercentUnit)] = &[
    ("%", PercentUnit::Percent),
    ("prozent", PercentUnit::Percent),
    ("v. h.", PercentUnit::Percent),
    ("prozentpunkt", PercentUnit::Points),
    ("prozentpunkte", PercentUnit::Points),
    ("prozentpunkten", PercentUnit::Points),
    ("pp", PercentUnit::Points),
    ("basispunkt", PercentUnit::BasisPoints),
    ("basispunkte", PercentUnit::BasisPoints),
    ("basispunkten", PercentUnit::BasisPoints),
    ("bp", PercentUnit::BasisPoints),
];

/// Unit words, each naming a symbol of `lang::common` (which also reads the symbols
/// themselves: `km`, `km/h`, `kWh`, `°C`, `PS`).
pub const UNITS: &[(&str, &str)] = &[
    ("watt", "W"),
    ("kilowatt", "kW"),
    ("megawatt", "MW"),
    ("gigawatt", "GW"),
    ("terawatt", "TW"),
    ("kilowattstunden", "kWh"),
    ("kilowattstunde", "kWh"),
    ("megawattstunden", "MWh"),
    ("gigawattstunden", "GWh"),
    ("terawattstunden", "TWh"),
    ("kilometer", "km"),
    ("kilometern", "km"),
    ("meter", "m"),
    ("metern", "m"),
    ("zentimeter", "cm"),
    ("millimeter", "mm"),
    ("meilen", "mi"),
    ("seemeilen", "nmi"),
    ("fuß", "ft"),
    ("kilogramm", "kg"),
    ("kilo", "kg"),
    ("gramm", "g"),
    ("milligramm", "mg"),
    ("tonnen", "t"),
    ("tonne", "t"),
    ("gigabyte", "GB"),
    ("terabyte", "TB"),
    ("petabyte", "PB"),
    ("megabyte", "MB"),
    ("megabit pro sekunde", "Mbit/s"),
    ("quadratkilometer", "km²"),
    ("quadratkilometern", "km²"),
    ("quadratmeter", "m²"),
    ("quadratmetern", "m²"),
    ("hektar", "ha"),
    ("kubikmeter", "m³"),
    ("liter", "l"),
    ("litern", "l"),
    ("milliliter", "ml"),
    ("barrel", "bbl"),
    ("fass", "bbl"),
    ("hertz", "Hz"),
    ("kilohertz", "kHz"),
    ("megahertz", "MHz"),
    ("gigahertz", "GHz"),
    ("stundenkilometer", "km/h"),
    ("stundenkilometern", "km/h"),
    ("knoten", "kn"),
    // A bare `Grad` is a temperature of no named scale, or an angle (`360-Grad-Kamera`):
    // compared only with another bare `Grad`.
    ("grad", "°"),
    ("grad celsius", "°C"),
    ("grad fahrenheit", "°F"),
    ("pferdestärken", "PS"),
    ("newtonmeter", "Nm"),
    ("punkte", "pt"),
    ("punkten", "pt"),
    ("zähler", "pt"),
    ("auf der richterskala", "M"),
];

/// Units written before the amount: `ein Beben der Stärke 7,7`.
pub const UNITS_BEFORE: &[(&str, &str)] =
    &[("stärke", "M"), ("stärke von", "M"), ("magnitude", "M"), ("magnitude von", "M")];

/// Denominator nouns after `pro`/`je`/`/`, with their key: a time symbol of
/// `lang::common` where the noun is a time unit.
pub const PER_NOUNS: &[(&str, &str)] = &[
    ("stunde", "h"),
    ("minute", "min"),
    ("sekunde", "s"),
    ("tag", "day"),
    ("woche", "week"),
    ("monat", "month"),
    ("jahr", "year"),
    ("kopf", "capita"),
    ("einwohner", "capita"),
    ("person", "capita"),
    ("aktie", "share"),
    ("barrel", "barrel"),
    ("fass", "barrel"),
    ("unze", "oz"),
    ("tonne", "t"),
    ("nacht", "night"),
    ("spiel", "game"),
];

/// Denominators in one word or phrase after the amount.
pub const RATE_ADVERBS: &[(&str, &str)] = &[
    ("jährlich", "year"),
    ("im jahr", "year"),
    ("pro jahr", "year"),
    ("p. a.", "year"),
    ("p.a.", "year"),
    ("monatlich", "month"),
    ("im monat", "month"),
    ("wöchentlich", "week"),
    ("täglich", "day"),
    ("am tag", "day"),
    ("stündlich", "h"),
];

/// Vague amounts: a lower bound, hedged (`Dutzende` say at least zwei Dutzend).
pub const VAGUE: &[(&str, f64)] = &[
    ("dutzende", 24.0),
    ("dutzenden", 24.0),
    ("hunderte", 200.0),
    ("hunderten", 200.0),
    ("tausende", 2000.0),
    ("tausenden", 2000.0),
    ("zehntausende", 20_000.0),
    ("zehntausenden", 20_000.0),
    ("hunderttausende", 200_000.0),
    ("hunderttausenden", 200_000.0),
    ("abertausende", 2000.0),
    ("eine handvoll", 3.0),
    ("einer handvoll", 3.0),
];

/// Words right after an attached `m` that make it metres (`37m hoch`, `100m Lauf`).
const LENGTH_CUES: &[&str] = &[
    "hoch",
    "hohe",
    "hohen",
    "lang",
    "lange",
    "langen",
    "breit",
    "breite",
    "tief",
    "tiefe",
    "jacht",
    "yacht",
    "turm",
    "mauer",
    "brücke",
    "welle",
    "wellen",
    "lauf",
    "sprint",
    "freistil",
    "rücken",
    "brust",
    "schmetterling",
    "staffel",
    "hürden",
];
const MEASURE_VERBS: &[&str] =
    &["mess", "misst", "maß", "wieg", "wog", "gewog", "schwer", "hoch", "lang", "länge", "höhe"];
const MONEY_VERBS: &[&str] = &[
    "zahl", "kost", "wert", "preis", "ausgeb", "gab", "verdien", "strafe", "bußgeld", "kauf", "verkauf", "gehalt",
    "lohn", "gebühr", "ablöse",
];

pub const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("über", Qualifier::Over),
    ("mehr als", Qualifier::Over),
    ("weit über", Qualifier::Over),
    ("deutlich über", Qualifier::Over),
    ("oberhalb von", Qualifier::Over),
    (">", Qualifier::Over),
    ("mindestens", Qualifier::AtLeast),
    ("wenigstens", Qualifier::AtLeast),
    ("nicht weniger als", Qualifier::AtLeast),
    ("ab", Qualifier::AtLeast),
    (">=", Qualifier::AtLeast),
    ("≥", Qualifier::AtLeast),
    ("bis zu", Qualifier::UpTo),
    ("weniger als", Qualifier::Under),
    ("unter", Qualifier::Under),
    ("knapp unter", Qualifier::Under),
    ("<", Qualifier::Under),
    ("höchstens", Qualifier::AtMost),
    ("maximal", Qualifier::AtMost),
    ("nicht mehr als", Qualifier::AtMost),
    ("<=", Qualifier::AtMost),
    ("≤", Qualifier::AtMost),
    ("rund", Qualifier::Approx),
    ("etwa", Qualifier::Approx),
    ("ca.", Qualifier::Approx),
    ("ca", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("zirka", Qualifier::Approx),
    ("knapp", Qualifier::Approx),
    ("fast", Qualifier::Approx),
    ("nahezu", Qualifier::Approx),
    ("beinahe", Qualifier::Approx),
    ("gut", Qualifier::Approx),
    ("ungefähr", Qualifier::Approx),
    ("um die", Qualifier::Approx),
    ("annähernd", Qualifier::Approx),
    ("schätzungsweise", Qualifier::Approx),
    ("~", Qualifier::Approx),
];

pub const POSTFIX_QUALIFIERS: &[(&str, Qualifier)] =
    &[("oder mehr", Qualifier::AtLeast), ("und mehr", Qualifier::AtLeast), ("oder weniger", Qualifier::AtMost)];

pub const MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("jan.", 1),
    ("februar", 2),
    ("feber", 2),
    ("feb.", 2),
    ("märz", 3),
    ("april", 4),
    ("apr.", 4),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("oktober", 10),
    ("okt.", 10),
    ("november", 11),
    ("nov.", 11),
    ("dezember", 12),
    ("dez.", 12),
];

/// Shares as nouns, with no number before them: `die Hälfte der Firmen`, `knapp die
/// Hälfte`, `Dreiviertel der Mitglieder`.
pub const SHARES: &[(&str, f64)] = &[("hälfte", 0.5), ("die hälfte", 0.5), ("der hälfte", 0.5), ("dreiviertel", 0.75)];

/// Fraction words after a number: `zwei Drittel`, `ein Viertel`, `drei halbe`.
pub const DENOMINATORS: &[(&str, f64)] = &[
    ("halbe", 2.0),
    ("drittel", 3.0),
    ("viertel", 4.0),
    ("fünftel", 5.0),
    ("sechstel", 6.0),
    ("achtel", 8.0),
    ("zehntel", 10.0),
    ("hundertstel", 100.0),
];

pub const ORDINALS: &[(&str, u32)] = &[
    ("erste", 1),
    ("ersten", 1),
    ("erstes", 1),
    ("erster", 1),
    ("zweite", 2),
    ("zweiten", 2),
    ("zweites", 2),
    ("zweiter", 2),
    ("dritte", 3),
    ("dritten", 3),
    ("drittes", 3),
    ("dritter", 3),
    ("vierte", 4),
    ("vierten", 4),
    ("viertes", 4),
    ("vierter", 4),
];

pub const SEASONS: &[(&str, Season)] = &[
    ("frühjahr", Season::Spring),
    ("frühling", Season::Spring),
    ("sommer", Season::Summer),
    ("herbst", Season::Autumn),
    ("winter", Season::Winter),
];

pub const YEAR_PARTS: &[(&str, YearPart)] = &[
    ("anfang", YearPart::Early),
    ("beginn", YearPart::Early),
    ("zu beginn", YearPart::Early),
    ("mitte", YearPart::Mid),
    ("ende", YearPart::Late),
];

pub const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("dieses jahr", 0),
    ("dieses jahres", 0),
    ("diesem jahr", 0),
    ("in diesem jahr", 0),
    ("laufenden jahr", 0),
    ("laufenden jahres", 0),
    ("letztes jahr", -1),
    ("letzten jahr", -1),
    ("vergangenes jahr", -1),
    ("vergangenen jahr", -1),
    ("vorjahr", -1),
    ("nächstes jahr", 1),
    ("nächsten jahr", 1),
    ("kommenden jahr", 1),
    ("kommendes jahr", 1),
];

pub const STOPWORDS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "aber",
    "doch", "nicht", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte",
    "hatten", "mit", "von", "vom", "zu", "zum", "zur", "im", "in", "an", "am", "auf", "aus", "bei", "beim", "für",
    "über", "unter", "nach", "vor", "seit", "bis", "als", "wie", "auch", "noch", "nur", "schon", "sich", "sie", "er",
    "es", "wir", "ihr", "ich", "du", "man", "sein", "seine", "seinen", "seiner", "ihre", "ihren", "dass", "daß",
    "wenn", "weil", "denn", "so", "um", "gegen", "durch", "ohne", "pro", "je", "jetzt", "heute", "mehr", "weniger",
    "rund", "etwa", "bereits", "damit", "davon", "dabei", "dieser", "diese", "dieses", "diesem", "diesen", "jeder",
    "jede", "jedes", "alle", "allein", "kein", "keine", "sollen", "soll", "will", "kann", "können", "könnte",
    "könnten", "muss", "müssen", "sowie", "zwischen", "laut", "gut",
];

pub const NOT_COUNTED: &[&str] = &["uhr", "mal", "male", "prozent", "cent", "punkte", "punkten"];

/// After an hour, a clock time: `um 7 Uhr`, `19.30 Uhr`.
pub const CLOCK_WORDS: &[&str] = &["uhr"];

pub const MONEY_NOUNS: &[&str] = &[
    "coup",
    "deal",
    "angebot",
    "angebote",
    "auftrag",
    "investition",
    "investitionen",
    "übernahme",
    "kauf",
    "paket",
    "vertrag",
    "budget",
    "umsatz",
    "gewinn",
    "verlust",
    "kredit",
    "fonds",
    "finanzierung",
    "kapitalspritze",
    "zukauf",
    "programm",
    "etat",
    "schaden",
    "strafe",
    "bußgeld",
];

/// Earlier-value cues (see [`Rules::earlier`]): `Vorher war von 144 Toten die Rede`,
/// `hatten die Zahl zuvor mit 2065 beziffert`, `meldete man zunächst rund zehn Tote`,
/// `ursprünglich waren 10 Jahre geplant`. Not `bisher`, `bislang`: the count so far is
/// the current one.
const EARLIER: &[&str] = &["zuvor", "vorher", "davor", "zunächst", "ursprünglich", "anfangs", "damals"];

/// Phrase-final earlier-value cues (see [`Rules::earlier_final`]): none: `davor`, `vorher` are adverbs always.
const EARLIER_FINAL: &[&str] = &[];

/// A match's result next to a score (see [`Rules::match_results`]): `verlor 1:3`, `eine 1:3-Niederlage`, `beim 2:2-Remis`.
const MATCH_RESULTS: &[&str] = &[
    "gewann",
    "gewannen",
    "gewinnt",
    "verlor",
    "verloren",
    "verliert",
    "siegte",
    "unterlag",
    "besiegte",
    "sieg",
    "niederlage",
    "remis",
    "unentschieden",
    "endstand",
    "halbzeitstand",
];

/// Between a share and its whole (see [`Rules::partitive`]): `31,9 Prozent der Stimmen`, `20 Prozent aller Aktien`, `5 Prozent von den Anteilen`.
const PARTITIVE: &[&str] = &["der", "des", "aller", "seiner", "ihrer", "unserer", "von", "den"];

/// Past perfect with `already` (see [`Rules::had_already`]): `Rechnerisch hatte sich die Bank zuletzt schon 21 Prozent gesichert`, `waren bereits
/// 300 Menschen evakuiert worden`.
const HAD: &[&str] = &["hatte", "hatten", "war", "waren"];
const ALREADY: &[&str] = &["schon", "bereits"];

/// Requirement cues (see [`Rules::required`]): `Erforderlich waren mindestens 489
/// Stimmen`, `die nötigen 50 Prozent`, `die notwendige Mehrheit von 367 Stimmen`, `benötigt
/// werden 2,5 Milliarden Euro`. Adjectives and participles only: `braucht` also says what
/// someone merely wants.
const REQUIRED: &[&str] = &[
    "erforderlich",
    "erforderliche",
    "erforderlichen",
    "nötig",
    "nötige",
    "nötigen",
    "notwendig",
    "notwendige",
    "notwendigen",
    "benötigt",
    "benötigte",
    "benötigten",
    "vorgeschrieben",
    "vorgeschriebene",
    "vorgeschriebenen",
];

/// Running-count cues (see [`Rules::moved`]): `ist auf 694 gestiegen`, `kletterte auf
/// 3.354`, `hat 2.719 erreicht`.
const MOVED: &[&str] = &[
    "gestiegen",
    "angestiegen",
    "stieg",
    "stiegen",
    "klettert",
    "kletterte",
    "geklettert",
    "erreicht",
    "erreichte",
    "wuchs",
    "gewachsen",
    "gesunken",
    "sank",
];

/// The words of a move (see [`Rules::from_words`]): `von 9 auf 21 Prozent`, `auf 21 Prozent von zuvor rund 9 Prozent`.
const FROM_WORDS: &[&str] = &["von"];
const TO_WORDS: &[&str] = &["auf"];

/// Place prepositions (see [`Rules::locatives`]): `in Myanmar`, `aus Bangkok`, `bei Volkswagen`.
const LOCATIVES: &[&str] = &["in", "im", "aus", "bei", "beim"];

/// Referring measure nouns (see [`Rules::refers_back`]): `die Zahl stieg auf 700`, `die neue Bilanz: 1.644`.
const REFERS_BACK: &[&str] = &["zahl", "gesamtzahl", "bilanz", "wert"];

/// Clause-joining words (see [`Rules::conjunctions`]): `die Zahl der Verletzten stieg auf 3.408 und die der Vermissten auf 139`,
/// and those that add another amount: `eine Ablöse von 90 Millionen Euro plus Boni`.
const CONJUNCTIONS: &[&str] = &["und", "sowie", "während", "aber", "doch", "wobei", "plus", "zuzüglich", "zzgl"];

/// Words opening a subordinate clause (see [`Rules::subordinators`]): `Die Zahl der Toten stieg auf acht, nachdem eine Schwerverletzte starb` (also without the comma).
const SUBORDINATORS: &[&str] = &["nachdem", "weil", "bevor", "obwohl", "sodass", "seitdem"];

/// Verbs of saying (see [`Rules::speech_verbs`]).
const SPEECH_VERBS: &[&str] = &[
    "berichtet",
    "berichtete",
    "berichten",
    "berichteten",
    "sagt",
    "sagte",
    "sagten",
    "schreibt",
    "schrieb",
    "meldet",
    "meldete",
    "meldeten",
    "erklärt",
    "erklärte",
    "erklärten",
    "teilte",
    "teilten",
    "bestätigte",
    "bestätigten",
    "verkündete",
];

/// Rate nouns (see [`Rules::rate_nouns`]).
const RATE_NOUNS: &[&str] = &["tag", "woche", "monat", "jahr", "stunde", "stück", "kopf", "person"];

/// Change cues (see [`ChangeCues`]): `verlor 3 Prozent`, `stieg um 5 Prozent`, `ein Plus
/// von 4 Prozent`, `3 Prozent mehr`, `um 11,5 Prozent aufgestockt`; but `es geht um 500
/// Milliarden Euro` and `auf 28 Prozent` are levels.
const CHANGE: ChangeCues = ChangeCues {
    increments: &["weitere", "weiteren", "zusätzliche", "zusätzlichen"],
    before: &[
        "kletterte", "sprang", "stieg", "stiegen", "sank", "sanken", "fiel", "fielen", "schrumpfte", "schrumpften", "wuchs",
        "wuchsen", "plus", "minus",
    ],
    before_not_money: &["verlor", "verloren", "verliert", "gewann", "gewannen", "gewinnt"],
    by: &["um"],
    words: &[
        "stieg",
        "steig",
        "gestieg",
        "anstieg",
        "sank",
        "sink",
        "gesunk",
        "fiel",
        "fäll",
        "gefall",
        "wuchs",
        "wächst",
        "wachs",
        "gewachs",
        "zuwachs",
        "erhöh",
        "senk",
        "gesenkt",
        "kürz",
        "gekürzt",
        "reduzier",
        "verringer",
        "zuleg",
        "legte",
        "zugelegt",
        "verlor",
        "verlier",
        "zurück",
        "zunahm",
        "nahm",
        "zugenommen",
        "abgenommen",
        "anheb",
        "angehoben",
        "hob",
        "verteuer",
        "verbillig",
        "rückgang",
        "zunahme",
        "abnahme",
        "einbruch",
        "brach",
        "aufgestockt",
        "aufstock",
        "stockte",
        "ausgebaut",
        "erweiter",
        "schrumpf",
        "geschrumpft",
        "plus",
        "minus",
        "steiger",
        "gesteigert",
        "kletter",
    ],
    of: &["von"],
    nouns: &[
        "erhöhung",
        "steigerung",
        "senkung",
        "kürzung",
        "zuwachs",
        "anstieg",
        "rückgang",
        "plus",
        "minus",
        "wachstum",
        "zunahme",
        "abnahme",
        "einbruch",
        "aufstockung",
    ],
    fillers: &["weitere", "weiteren", "nochmals", "noch", "erneut", "zusätzlich", "zusätzliche"],
    // Not `plus`, `minus`: after a figure they add another (`90 Millionen Euro plus Boni`).
    after: &["mehr", "weniger", "höher", "niedriger", "zuwachs", "anstieg", "rückgang"],
    separable: &[
        ("legte", "zu"),
        ("legten", "zu"),
        ("legt", "zu"),
        ("büßte", "ein"),
        ("büßten", "ein"),
        ("büßt", "ein"),
        ("gab", "nach"),
        ("gaben", "nach"),
        ("nahm", "zu"),
        ("nahmen", "zu"),
        ("nahm", "ab"),
        ("nahmen", "ab"),
    ],
    up: &[
        "stieg", "stiegen", "steigt", "gestiegen", "angestiegen", "wuchs", "wuchsen", "wächst", "gewachsen", "kletterte",
        "kletterten", "zugelegt", "legte", "plus", "höher", "erhöht", "erhöhte", "gesteigert", "anstieg", "zuwachs",
        "wachstum", "steigerung",
    ],
    down: &[
        "sank", "sanken", "sinkt", "gesunken", "fiel", "fielen", "fällt", "gefallen", "schrumpfte", "schrumpften",
        "geschrumpft", "minus", "niedriger", "verlor", "verloren", "rückgang", "gesenkt", "verringert", "zurückgegangen",
        "einbruch", "eingebrochen",
    ],
};

/// Words never a name on their own (see [`Rules::not_names`]): the weekdays, and the units
/// of time, capitalised as every German noun is (`Im Jahr`, `pro Jahr` name no one).
const NOT_NAMES: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "sekunde",
    "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tages", "tagen", "woche", "wochen",
    "monat", "monate", "monats", "monaten", "quartal", "quartale", "quartals", "quartalen", "halbjahr",
    "halbjahres", "jahr", "jahre", "jahres", "jahren", "jahrzehnt", "jahrzehnte", "jahrzehnts", "jahrzehnten",
    "jahrhundert", "jahrhunderts", "jahrhunderte", "jahrhunderten",
];

/// A person's age after the number: `31-Jährige`, `eine 58-jährige Frau`, `58 Jahre alt`.
pub const AGES_AFTER: &[&str] = &[
    "-jährig",
    "-jährige",
    "-jährigen",
    "-jähriger",
    "-jähriges",
    "-jährigem",
    "jährige",
    "jährigen",
    "jähriger",
    "jahre alt",
    "jahre jung",
];

/// Endings of plurals of people and groups that only the dative has after a bare number:
/// the `-n` of nouns in `-er`/`-el` (`Teilnehmern`, `Mitgliedern`, `Wählern`), and
/// adjectives and participles used as nouns (`Befragten`, `Beschäftigten`, `Erwachsenen`,
/// `Jugendlichen`, `Studierenden`, `Arbeitslosen`), whose nominative would end in `-e`.
const GROUP_DATIVE_ENDINGS: &[&str] = &["ern", "eln", "ten", "enen", "enden", "lichen", "igen", "losen"];

/// Units of time whose plural has those endings in every case (`unter 10 Minuten` bounds).
const TIME_PLURALS: &[&str] = &["minuten", "monaten", "sekunden", "stunden"];

/// See [`Rules::group_dative`].
fn group_dative(word: &str) -> bool {
    GROUP_DATIVE_ENDINGS.iter().any(|e| word.ends_with(e)) && !TIME_PLURALS.contains(&word)
}

/// Builds the German rules.
pub(crate) fn build() -> Rules {
    Rules {
        lang: Lang::De,
        decimal_comma: true,
        nouns_capitalised: true,
        adjective_endings: &["e", "en", "er", "es", "em"],
        singular_s: &[],
        irregular_plurals: &[],
        month_day_needs_year: true,
        among: &["unter"],
        group_dative,
        alternatives: words(&["statt", "anstatt", "anstelle von", "an stelle von"]),
        ages_before: words(&["im alter von", "alter von"]),
        ages_after: words(AGES_AFTER),
        age_years: words(&["jahren"]),
        ranks: words(&["platz", "rang", "position", "listenplatz", "tabellenplatz", "startplatz"]),
        decades: words(&["er", "er-jahre", "er-jahren", "er jahre", "er jahren", "er-jahrs", "er-jahres"]),
        short_decades: words(&["er-jahre", "er-jahren", "er jahre", "er jahren", "er-jahrs", "er-jahres"]),
        elided_century: words(&["'", "’"]),
        of_decade: words(&["der"]),
        number_words: super::numbers::number_words,
        ordinal_denominator: super::numbers::ordinal_denominator,
        scales: table(SCALES),
        currencies: PhraseTable::new(currencies::with_shared(CURRENCIES).iter().map(|(w, c)| (w.as_str(), *c))),
        percent: table(PERCENT),
        units: PhraseTable::new(unit_rows(UNITS).iter().map(|(w, u)| (w.as_str(), *u))),
        units_before: PhraseTable::new(UNITS_BEFORE.iter().map(|(w, s)| (*w, common::unit(s)))),
        per_words: words(&["pro", "je", "/"]),
        per_nouns: table(PER_NOUNS),
        rate_adverbs: table(RATE_ADVERBS),
        rate_blockers: &["zuvor", "später", "früher", "davor", "danach", "vorher", "des", "der"],
        vague: table(VAGUE),
        shares: table(SHARES),
        share_of: words(&["der", "des", "von", "aller"]),
        one_in: words(&[]),
        every: words(&["jeder", "jede", "jedes", "jeden", "jedem"]),
        ordinal_number: super::numbers::ordinal_number,
        multiple: super::numbers::multiple,
        multiple_hint: super::numbers::may_start_multiple,
        length_cues: LENGTH_CUES,
        measure_verbs: MEASURE_VERBS,
        money_verbs: MONEY_VERBS,
        mass_after: &[],
        pound_mass: "Pfd.",
        qualifiers: table(QUALIFIERS),
        postfix_qualifiers: table(POSTFIX_QUALIFIERS),
        range_openers: table(&[("zwischen", Opener::Pair), ("von", Opener::FromTo), ("vom", Opener::FromTo)]),
        range_connectors: words(&["bis", "-", "–", "—", "bis hin zu"]),
        pair_connectors: words(&["und"]),
        ratio_connectors: words(&["von", "der", "von den", "aus"]),
        ratio_split_openers: words(&["von den", "von", "unter den"]),
        articles: words(&["ein", "eine", "einer", "einen", "einem"]),
        negatives: words(&["minus", "negativ"]),
        denominators: table(DENOMINATORS),
        minor_units: words(&["cent", "ct", "ct.", "rappen", "pence"]),
        decimal_words: words(&["komma"]),
        bound_joiners: words(&["und"]),
        months: table(MONTHS),
        month_preps: words(&[
            "im",
            "in",
            "seit",
            "bis",
            "ab",
            "vom",
            "zum",
            "anfang",
            "mitte",
            "ende",
            "bis ende",
            "letzten",
            "diesen",
            "kommenden",
            "nächsten",
            "vergangenen",
        ]),
        year_parts: table(YEAR_PARTS),
        of_year: words(&["des jahres", "dieses jahres", "des jahrs"]),
        ordinals: table(ORDINALS),
        quarter_words: words(&["quartal", "quartals", "quartalen"]),
        half_words: words(&["hälfte", "halbjahr", "halbjahres", "jahreshälfte"]),
        seasons: table(SEASONS),
        relative_years: table(RELATIVE_YEARS),
        year_end: words(&["jahresende", "ende des jahres", "ende dieses jahres", "jahresende"]),
        year_preps: words(&[
            "für",
            "im",
            "in",
            "seit",
            "bis",
            "ab",
            "vom",
            "nach",
            "vor",
            "zwischen",
            "jahr",
            "jahres",
            "gesamtjahr",
            "geschäftsjahr",
        ]),
        // `stieg um 2000 Stellen`, `von 2000 Fällen`, `bereits 2000 Menschen` count; `um
        // 2000`, `von 2000 bis 2005`, `schon 2013` date.
        year_preps_unless_counted: words(&["von", "um", "bereits", "schon", "noch", "erst"]),
        coordinators: words(&["und", "oder", "sowie"]),
        determiners: words(&[
            "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "jeder", "jede",
            "jedes", "ihr", "ihre", "sein", "seine", "seinem",
        ]),
        genitive_determiners: &["des", "eines"],
        phrase_openers: words(&[
            "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "vor", "während", "zum", "zur",
            "vom", "unter", "für", "gegen", "ins",
        ]),
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
        subset_after: words(&[]),
        subset_before: words(&["davon", "darunter"]),
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
        fraction_words: &[("halbes", 0.5), ("halbe", 0.5), ("halben", 0.5), ("viertel", 0.25)],
        of_words: &["einer"],
        period_denominators: &[],
        percent_compounds: &[("prozentpunkt", PercentUnit::Points), ("prozent", PercentUnit::Percent)],
        list_words: &["und", "oder"],
    }
    .with_starters()
}

#[cfg(test)]
mod tests {
    //! One check per table row: a wrong row is a wrong magnitude in every report.
    use super::*;
    use crate::lang::rows;
    use crate::quantity::{Kind, Value};

    #[test]
    fn every_scale_row() {
        rows::scales(Lang::De, SCALES, "Es waren 7 {w}.", "Es waren 7{w}.");
        // The magnitudes that must never slip.
        let factor = |w: &str| SCALES.iter().find(|(x, _)| *x == w).unwrap().1.factor;
        assert_eq!((factor("billion"), factor("milliarde"), factor("mio."), factor("mrd.")), (1e12, 1e9, 1e6, 1e9));
    }

    #[test]
    fn every_currency_percent_unit_and_hedge_row() {
        rows::currencies(Lang::De, CURRENCIES, "Es kostet {w}7 heute.", "Es kostet 7 {w} heute.");
        rows::percent(Lang::De, PERCENT, "Es waren 7 {w} mehr.");
        rows::units(Lang::De, UNITS, "Es waren 7 {w} mehr.");
        rows::denominators(Lang::De, PER_NOUNS, "Es kostet 7 Euro pro {w} jetzt.");
        rows::denominators(Lang::De, RATE_ADVERBS, "Es kostet 7 Euro {w} jetzt.");
        rows::vague(Lang::De, VAGUE, "Es kamen {w} Arbeiter dorthin.");
        rows::units_before(Lang::De, UNITS_BEFORE, "Ein Beben der {w} 7 traf die Stadt.");
        rows::qualifiers(Lang::De, QUALIFIERS, "Es kostet {w} 7 Euro.");
        rows::qualifiers(Lang::De, POSTFIX_QUALIFIERS, "Es waren 7 {w}.");
    }

    #[test]
    fn every_date_row() {
        rows::months(Lang::De, MONTHS, "Es war im {w} 2025.");
        rows::relative_years(Lang::De, RELATIVE_YEARS, "Das war {w} so.");
        for (word, n) in ORDINALS {
            assert_eq!(
                rows::first_value(Lang::De, "Im {w} Quartal 2025", word),
                Value::Date(format!("2025-Q{n}")),
                "{word}"
            );
        }
        for (word, _) in SEASONS {
            let cap = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            assert_eq!(rows::first_kind(Lang::De, "Im {w} 2026 kam es.", &cap), Kind::Date, "{word}");
        }
        for (word, _) in YEAR_PARTS {
            assert_eq!(rows::first_value(Lang::De, "Das war {w} 2026.", word), Value::Date("2026".into()), "{word}");
        }
    }

    #[test]
    fn every_denominator_row() {
        for (word, d) in DENOMINATORS {
            let cap = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            let word = if *word == "halbe" { word.to_string() } else { cap };
            assert_eq!(
                rows::first_value(Lang::De, "Es waren drei {w} davon.", &word),
                Value::Number(3.0 / d),
                "{word}"
            );
        }
    }
}
