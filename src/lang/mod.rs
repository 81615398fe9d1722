//! Languages: everything claimcheck knows about German or English is here, as tables.
//!
//! The recognizer core (`crate::quantity`) holds the grammar — how an amount, a scale, a
//! currency, a hedge and a range combine — and the claim stage (`crate::claim`) how a
//! figure's sentence says what it measures; both ask a [`Rules`] value for the words and
//! for what the language does (`nouns_capitalised`, `decimal_comma`), never which language
//! it is. Each language is a folder with the same files: `vocabulary.rs` (scale words,
//! currencies, percent and unit words, hedges, range words, months, function words, the
//! cues of change, earlier values, moves and places), `numbers.rs` (the number-word
//! parser), `cues.rs` (the claim stage's [`Cues`]: nouns and names, estimates, forecasts
//! and plans, attribution, revisions, abbreviations) and `mod.rs` (`rules()`, built once).
//!
//! This module builds only on [`crate::text`] (tokens, phrase tables, the sentence
//! splitter's [`Stops`]); every later stage builds on it (`tests/layout.rs` keeps it so).
//!
//! # Adding a language
//! 1. Copy `en/` to a new folder and translate each table; keep one test per row. Unit
//!    words name a symbol of [`common`], where the factors live (add a symbol there only
//!    when no language has it yet). Write its number-word parser (`numbers.rs`) with a
//!    test table, and its `cues.rs`.
//! 2. Add one line for it to `languages!` below: its variant, its folder, its code and the
//!    names `--lang` and front matter accept (the ISO 639-3 code among them, which is how
//!    language detection names it). Detection, `--lang`, front matter, the guard against
//!    unsupported languages and the lists read in every language take it from there.
//! 3. Add a corpus under `tests/corpus/<code>/`.

pub mod common;
pub mod currencies;
pub mod families;

// The word sets are asked of every token: foldhash, not SipHash.
use foldhash::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::phrase::PhraseTable;
use crate::text::sentence::Stops;
use crate::text::tokens::Tok;

/// Declares the languages, one line each: the variant of [`Lang`], its folder under
/// `src/lang/` (a module with `rules()`), its code, and the other names `--lang` and front
/// matter accept for it (the ISO 639-3 code among them: language detection names it so).
macro_rules! languages {
    ($($variant:ident $module:ident $code:literal [$($name:literal),*],)+) => {
        $(pub mod $module;)+

        /// A language the recognizer reads.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Lang {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl Lang {
            /// Every language, in the order they are declared.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),+];

            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// The rules of this language, built once.
            pub fn rules(self) -> &'static Rules {
                match self {
                    $(Lang::$variant => $module::rules(),)+
                }
            }

            /// The language a name or code stands for: its code or one of its names, any case.
            fn named(name: &str) -> Option<Lang> {
                match name {
                    $($code $(| $name)* => Some(Lang::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

languages! {
    De de "de" ["deu", "ger", "german", "deutsch", "de-de", "de-at", "de-ch"],
    En en "en" ["eng", "english", "en-us", "en-gb"],
}

impl Lang {
    /// The language assumed where nothing says otherwise: a text with no function word of
    /// any language, a claim stored without one. German, the language of the shipped
    /// dossier.
    pub const FALLBACK: Lang = Lang::De;
}

impl Lang {
    /// Every language's code written by `item` and listed for a message: `de or en`.
    pub fn listed(item: impl Fn(&str) -> String) -> String {
        let items: Vec<String> = Lang::ALL.iter().map(|l| item(l.code())).collect();
        match items.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let name = s.trim().to_ascii_lowercase();
        Lang::named(&name)
            .ok_or_else(|| format!("unknown language {name:?}, expected {}", Lang::listed(|code| code.to_string())))
    }
}

/// Guesses the language from function-word counts ([`Rules::stopwords`]): the language with
/// the most, [`Lang::FALLBACK`] on a tie with it or in text with none.
pub fn detect(text: &str) -> Lang {
    detection(text).lang
}

/// What the function words of a text say: the language they point to, how many words were
/// read, and the share of them that are function words of that language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    /// Words read (at most the first 3,000).
    pub words: usize,
    /// The share of the words read that are function words of `lang`: a quarter or more in
    /// news of that language, under a tenth in text of another.
    pub share: f64,
}

/// [`detect`], with the evidence.
pub fn detection(text: &str) -> Detection {
    let lists: Vec<&HashSet<&str>> = Lang::ALL.iter().map(|l| &l.rules().stopwords).collect();
    let mut hits = vec![0usize; Lang::ALL.len()];
    let mut words = 0usize;
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(3000) {
        let w = word.to_lowercase();
        words += 1;
        for (set, n) in lists.iter().zip(&mut hits) {
            *n += usize::from(set.contains(w.as_str()));
        }
    }
    let count = |lang: Lang| Lang::ALL.iter().position(|&l| l == lang).map_or(0, |k| hits[k]);
    let mut best = (Lang::FALLBACK, count(Lang::FALLBACK));
    for &lang in Lang::ALL {
        if count(lang) > best.1 {
            best = (lang, count(lang));
        }
    }
    Detection { lang: best.0, words, share: if words == 0 { 0.0 } else { best.1 as f64 / words as f64 } }
}

/// The words of one list of [`Rules::cues`] in every language, for the cues the claim stage
/// reads in a source whatever its language: these lists held both languages' words before
/// they were split by language, and reading them all keeps what claims say unchanged (a
/// German report may quote an English `according to`).
pub fn every_language<T: Copy + 'static>(list: impl Fn(&'static Cues) -> &'static [T]) -> impl Iterator<Item = T> {
    Lang::ALL.iter().flat_map(move |l| list(&l.rules().cues).iter().copied())
}

/// The unit of time (a [`common::TIME_UNITS`] name) a word counts, in any language: the
/// longest time-noun stem it starts with (`Jahrzehnte` counts decades, not years).
pub fn time_unit(word: &str) -> Option<&'static str> {
    // Asked of every counted noun: compared in place, nothing lowercased. The stems are
    // ASCII, so an ASCII-insensitive prefix is the word's own.
    let starts = |stem: &str| word.get(..stem.len()).is_some_and(|p| p.eq_ignore_ascii_case(stem));
    Lang::ALL
        .iter()
        .flat_map(|l| l.rules().cues.time_nouns.iter().enumerate())
        .filter(|(_, stem)| starts(stem))
        .max_by_key(|(_, stem)| stem.len())
        .and_then(|(k, _)| common::TIME_UNITS.get(k).map(|u| u.0))
}

/// The English form of a place a name of language `lang` names (`Österreichs` →
/// `austria`, `U.S.` → `united states`), from the name's comparison form (lowercase, single
/// spaces); `None` when the language writes it no other way. A genitive `s` is dropped
/// when the bare form is a place.
pub fn english_place(lang: Lang, name: &str) -> Option<&'static str> {
    let places = &lang.rules().places;
    places.get(name).or_else(|| name.strip_suffix('s').and_then(|bare| places.get(bare))).copied()
}

/// Whether a word or name (lowercase) is a place some language's table names: a German
/// name (`sardinien`), its English form (`sardinia`), or an English alias (`u.s.`). A
/// sentence's first word is a name when it is one (`Spain's health ministry said`).
pub fn known_place(name: &str) -> bool {
    static ALL: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| Lang::ALL.iter().flat_map(|l| l.rules().places.iter().flat_map(|(k, v)| [*k, *v])).collect());
    ALL.contains(name)
}

/// The words after which a full stop ends no sentence, in every language: the splitter
/// knows no language, and a German report abbreviates English titles too (`Mr.`).
pub fn sentence_stops() -> &'static Stops {
    static STOPS: LazyLock<Stops> = LazyLock::new(|| Stops {
        abbreviations: every_language(|c| c.abbreviations).collect(),
        after_ordinal: every_language(|c| c.after_ordinal).collect(),
    });
    &STOPS
}

/// How the figure is bounded or hedged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    Over,
    AtLeast,
    Under,
    AtMost,
    UpTo,
    Range,
}

impl Qualifier {
    /// A bound from below: `über 70`, `at least 144`.
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Qualifier::Over | Qualifier::AtLeast)
    }

    /// A bound from above: `unter 5`, `at most 10`, `bis zu 15`.
    pub fn is_upper_bound(self) -> bool {
        matches!(self, Qualifier::Under | Qualifier::AtMost | Qualifier::UpTo)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at_least",
            Qualifier::Under => "under",
            Qualifier::AtMost => "at_most",
            Qualifier::UpTo => "up_to",
            Qualifier::Range => "range",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A scale word: `Milliarden` = 1e9.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub factor: f64,
    /// Only when written onto the digits (`100k`, `10M`): a spaced `m` is a metre.
    pub attached_only: bool,
    /// A scale only beside a currency (`$5mm` in finance); alone, `1.5mm` is millimetres.
    pub money_only: bool,
}

/// A currency word or sign and the ISO 4217 code it names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Currency {
    pub code: &'static str,
    /// May stand before the amount (`$14`, `USD 14`).
    pub before: bool,
    /// May stand after the amount (`14 Dollar`, `14 $`).
    pub after: bool,
    /// A scale the code carries: 1e6 for `MUSD`.
    pub factor: f64,
    /// The word also names a mass (`208 pounds`, `zwei Pfund Mehl`): context decides.
    pub also_mass: bool,
    /// Only written onto the digits and in lowercase (`50p`, `99c`; see
    /// [`currencies::glued`]).
    pub glued: bool,
}

/// A physical unit: its symbol, and its conversion to the base unit comparisons run in
/// (`value × factor + offset`). Defined once per symbol in [`common`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// The symbol as defined (`km`, `mph`, `°F`).
    pub symbol: &'static str,
    /// The base unit (`m`, `m/s`, `°C`), with a [`crate::quantity::units::Dimension`].
    pub si: &'static str,
    pub factor: f64,
    pub offset: f64,
    /// The text must write the symbol in this case (`5G` is no five grams).
    pub exact_case: bool,
}

impl Unit {
    /// A value in this unit converted to the base unit.
    pub fn to_base(&self, v: f64) -> f64 {
        v * self.factor + self.offset
    }
}

/// Percent (`%`), percentage points (`pp`) or basis points (`bp`, hundredths of a
/// percentage point, as rates and spreads are quoted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentUnit {
    Percent,
    Points,
    BasisPoints,
}

impl PercentUnit {
    /// The unit a figure carries: a figure keeps the unit it is written in (`25 basis
    /// points` is 25 bp), and is compared only with figures in the same one.
    pub fn symbol(self) -> &'static str {
        match self {
            PercentUnit::Percent => "%",
            PercentUnit::Points => "pp",
            PercentUnit::BasisPoints => "bp",
        }
    }
}

/// Which words close a range that an opener started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opener {
    /// `zwischen … und`, `between … and`.
    Pair,
    /// `von … bis`, `from … to`.
    FromTo,
}

/// Part of a year or month: `Anfang`, `Mitte`, `Ende`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearPart {
    Early,
    Mid,
    Late,
}

/// A season, as ISO 8601-2 numbers it (21 spring … 24 winter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// Reads number words starting at a token: `(value, precision, next token)`.
pub type NumberWords = fn(toks: &[Tok], i: usize, text: &str, sentence_initial: bool) -> Option<(f64, f64, usize)>;

/// A fraction's denominator written as an ordinal (`twenty-fifths`, `one hundred and fifth`,
/// `a trillionth`, `Zwanzigstel`, `Vierteln`): the whole family, where `denominators` lists
/// single words. Returns the denominator, the token after it, and whether the form is
/// singular (`Some(true)`: after one only), plural (`Some(false)`: after more than one) or
/// unmarked (`None`).
pub type OrdinalDenominator = fn(toks: &[Tok], i: usize) -> Option<(f64, usize, Option<bool>)>;

/// A multiple at a token (`doubled`, `tripled`, `twice as`, `three times higher`,
/// `verdoppelt`, `das Dreifache`, `doppelt so`): the factor and the token after the words
/// that say it (a comparison word after them is checked, not covered).
pub type Multiple = fn(toks: &[Tok], i: usize, text: &str) -> Option<(f64, usize)>;

/// The number of a singular ordinal word (`fifth` = 5, `Zehnte` = 10), for `every fifth`,
/// `jeder Zehnte`.
pub type OrdinalNumber = fn(word: &str) -> Option<u64>;

/// The words that say a figure is a change (`fell 2.3%`, `um 11,5 Prozent erhöht`, `a 25%
/// raise`, `3 Prozent mehr`) rather than a level (`auf 28 Prozent`, `a 12% stake`). A change
/// is never compared with a level. All lowercase; a word matches a cue it starts with.
pub struct ChangeCues {
    /// Directly before the figure, alone enough: `fell`, `up`, `stieg`.
    pub before: &'static [&'static str],
    /// Increments directly before the figure (`another`, `weitere`): a change of a measure
    /// the report gives elsewhere too (`another 11.5%` of a stake), else one more figure
    /// (`62 dead, another 34 missing`).
    pub increments: &'static [&'static str],
    /// As `before`, except before money: `lost 3%` is a change, `lost $5 bn` a loss.
    pub before_not_money: &'static [&'static str],
    /// Directly before the figure, a change only with a change word in its clause: `um`
    /// (`um 5 Prozent gestiegen`, but `es geht um 500 Milliarden`), `by` (`rose by 5%`, but
    /// `backed by 59%`).
    pub by: &'static [&'static str],
    /// The change words `by` needs: verb and noun stems (`gestieg`, `erhöh`, `rose`, `cut`).
    pub words: &'static [&'static str],
    /// Directly before the figure after a change noun: `von`, `of` (`ein Plus von 4
    /// Prozent`, `an increase of 5%`).
    pub of: &'static [&'static str],
    /// The change nouns `of` needs, matched as the word's ending so compounds count
    /// (`Lohnerhöhung`, `Zinssenkung`).
    pub nouns: &'static [&'static str],
    /// Words that may stand between a cue and the figure: `um weitere 11,5 Prozent`, `by
    /// another 5%`.
    pub fillers: &'static [&'static str],
    /// Directly after the figure, or one word later: `mehr`, `higher`, `(wage) increase`.
    pub after: &'static [&'static str],
    /// Separable verbs directly before the figure, with the particle that must close the
    /// figure's own clause for the verb to say a change: `legte 3 Prozent zu` is a change,
    /// `legten 12.000 Beschäftigte die Arbeit nieder` a count of strikers.
    pub separable: &'static [(&'static str, &'static str)],
    /// Words near a change that say it went up (`rose`, `up`, `gestiegen`, `höher`) or down
    /// (`fell`, `down`, `gesunken`, `niedriger`), lowercase: a rise and a fall of one size
    /// contradict each other (see `compare::agree_with`). Words that also hedge a figure
    /// (`mehr als`, `more than`) are left out.
    pub up: &'static [&'static str],
    /// See [`ChangeCues::up`].
    pub down: &'static [&'static str],
}

/// The words the claim stage reads around a figure: what makes a capitalised word a noun
/// or a name, what says a figure is an estimate, a forecast or a plan, who a figure comes
/// from, and where a sentence does not end. Each language lists its own (`cues.rs`); the
/// lists marked *every language* are read in every source through [`every_language`].
pub struct Cues {
    /// Acronyms that are common nouns, not names (uppercase: `KI`, `GMBH`; every language,
    /// with [`common::ACRONYMS`]).
    pub acronyms: &'static [&'static str],
    /// Determiners and contracted articles (every language): a capitalised word after one
    /// is a noun where nouns are capitalised, and no name starts with one.
    pub determiners: &'static [&'static str],
    /// Endings of an inflected adjective between a determiner and a noun (`eine massive
    /// Investition`), where nouns are capitalised.
    pub adjective_endings: &'static [&'static str],
    /// Endings that make a capitalised word a common noun (`-ung`, `-keit`), where nouns are
    /// capitalised.
    pub noun_suffixes: &'static [&'static str],
    /// Plural and dative endings that make a capitalised word without an inner capital a
    /// common noun (`-en`, `-ern`), where nouns are capitalised.
    pub noun_plural_endings: &'static [&'static str],
    /// Stems of time nouns (every language), one per [`common::TIME_UNITS`] entry in its
    /// order: a count of them is a duration (`innerhalb von zwei Jahren`, `zu sechs Jahren
    /// Haft`; see [`time_unit`]).
    pub time_nouns: &'static [&'static str],
    /// Words before a duration that make it frame another figure (`seit`, `innerhalb`,
    /// `within`, `past`): up to three words before it.
    pub duration_frames_before: &'static [&'static str],
    /// Words right after a duration that make it frame another figure (`ago`, `zuvor`).
    pub duration_frames_after: &'static [&'static str],
    /// Stems of a web page's furniture (every language): counts of views, comments, likes,
    /// shares, followers and reading time that stand by themselves (`6 Ansichten`, `12
    /// comments · 3 min read`) count the page, not the story, and are incidental.
    pub page_furniture: &'static [&'static str],
    /// Word parts that make a figure an estimate (`schätz`, `consensus`; every language).
    pub estimate: &'static [&'static str],
    /// Word starts that make a figure a forecast (`prognos`, `expect`; every language).
    pub forecast: &'static [&'static str],
    /// Forecast cues matched as whole words only (every language): the predicative `für
    /// möglich halten`, not the attributive `eine mögliche Fusion`.
    pub forecast_words: &'static [&'static str],
    /// Word starts that make a figure a plan (`plan`, `soll`, `aim`; every language).
    pub plan: &'static [&'static str],
    /// Words a plan cue starts that say no plan (`planet`, `willen`; every language).
    pub not_plan: &'static [&'static str],
    /// Words before who a figure comes from (every language), each with a word that may
    /// follow and belongs to it (`laut`, `according to`).
    pub attribution_before: &'static [(&'static str, Option<&'static str>)],
    /// Words after who a figure comes from (`der Regierung zufolge`; every language).
    pub attribution_after: &'static [&'static str],
    /// Words that attribute a figure by themselves (`reportedly`; every language).
    pub attribution_words: &'static [&'static str],
    /// Word starts that attribute a figure by themselves (`analyst`; every language).
    pub attribution_stems: &'static [&'static str],
    /// Words that say a figure was revised (whole words, every language; `hob … hervor`
    /// is no revision): `angehoben`, `revised`.
    pub revised: &'static [&'static str],
    /// Front-matter keys for a source's date besides the format's own `date` and
    /// `published` (`datum`).
    pub date_keys: &'static [&'static str],
    /// Front-matter keys for a source's language besides the format's own `lang` and
    /// `language` (`sprache`).
    pub lang_keys: &'static [&'static str],
    /// Words that may label a dateline: `date 2025-12-11`, `Stand: 3. Mai 2025` (every
    /// language).
    pub dateline_labels: &'static [&'static str],
    /// Endings a change noun may carry (`Lohnkürzungen`, `increases`; every language).
    pub change_noun_endings: &'static [&'static str],
    /// Words after which a full stop ends no sentence, lowercase, without the dot (`z`,
    /// `Mio`, `Dr`; every language, see [`sentence_stops`]).
    pub abbreviations: &'static [&'static str],
    /// Words after a one- or two-digit number and a full stop that make the number an
    /// ordinal, so the stop ends no sentence (`30. Juni`, `3. Quartal`; every language).
    pub after_ordinal: &'static [&'static str],
}

/// The words of a language that say what a figure measures, by concept: the lexicon of the
/// claim stage (`crate::claim::lexicon`) holds the concepts and how they nest, each
/// language its words for them. Forms are matched on their stems (see `stemmer`); a form
/// with spaces is a phrase, one with ` … ` a verb whose particle stands apart (`nahm … an`,
/// `stimmten … gegen …`).
pub struct Measures {
    /// The Snowball stemmer of the language.
    pub stemmer: rust_stemmers::Algorithm,
    /// How the stemmer spells a letter it folds (`ä` as `a`, `ß` as `ss`), so that a word
    /// folded once can be compared with the stems of its endings.
    pub stem_folds: &'static [(char, &'static str)],
    /// Words join into compounds whose last part says what they are (`Hauptautoren` are
    /// authors): a capitalised word no form names is matched by its head.
    pub compounds: bool,
    /// Each concept's forms, concepts in the lexicon's order (a test checks both).
    pub forms: &'static [(&'static str, &'static [&'static str])],
    /// Forms so short or so common an ending that they match only as whole words (alone,
    /// or as the last part of a hyphenated word), never as the head of a compound.
    pub not_heads: &'static [&'static str],
    /// Forms matched by their lowercase spelling instead of their stem, because the stemmer
    /// gives them the stem of a common word that says nothing about a figure. Their
    /// compounds match by the spelled ending.
    pub spelled: &'static [&'static str],
}

/// Everything the core asks of a language.
pub struct Rules {
    pub lang: Lang,
    /// `14,3` rather than `14.3`.
    pub decimal_comma: bool,
    /// Every noun is capitalised (German): a capitalised word after a number may be what it
    /// counts. Where only names are (English), it is a name or a headline's word.
    pub nouns_capitalised: bool,
    /// The endings of an adjective between a number and the noun it counts where nouns are
    /// capitalised (`45 kleine Firmen`, `drei großen Banken`).
    pub adjective_endings: &'static [&'static str],
    /// Where nouns are not capitalised, a counted noun is known by its plural: nouns in
    /// `-s` that are singular (`status`, `news`) ...
    pub singular_s: &'static [&'static str],
    /// ... and plurals without `-s` (`people`, `children`).
    pub irregular_plurals: &'static [&'static str],
    /// A month before its day is a date only with a year after it (`Juni 30` is not
    /// German, `June 30` is English).
    pub month_day_needs_year: bool,
    /// Bound words that are also prepositions meaning `among` (`unter`): before a group
    /// counted in the dative (`Umfrage unter 1002 Befragten`) they bound nothing.
    pub among: &'static [&'static str],
    /// Whether a counted noun is a plural of people or groups in a form only the dative
    /// has (`Befragten`, `Teilnehmern`, `Mitgliedern`): see [`Rules::among`].
    pub group_dative: fn(word: &str) -> bool,
    /// Words between two figures of which the first takes the unwritten scale, currency or
    /// unit of the second (`2,1 statt 1,4 Milliarden Euro`, `2.1 instead of 1.4 billion`).
    pub alternatives: PhraseTable<()>,
    /// Words before a number that make it a person's age (`aged 58`, `im Alter von 58`).
    pub ages_before: PhraseTable<()>,
    /// Words after a number that make it a person's age (`31-Jährige`, `58-year-old`,
    /// `58 Jahre alt`).
    pub ages_after: PhraseTable<()>,
    /// The unit an age after [`Rules::ages_before`] may name (`im Alter von 58 Jahren`).
    pub age_years: PhraseTable<()>,
    /// Nouns before a number that make it a place in a ranking (`Platz fünf`, `Rang 3`,
    /// `No. 5`): an ordinal, no amount.
    pub ranks: PhraseTable<()>,
    /// Written onto a year ending in 0, a decade (`2020er`, `1990s`), with the words that
    /// may follow (`2020er-Jahre`, `1990er Jahren`).
    pub decades: PhraseTable<()>,
    /// Written onto a two-digit multiple of ten, a decade whose century is left out
    /// (`90er-Jahre`): only forms that say years, since a bare `90er` may be an age or a
    /// temperature. The century is the latest that puts the decade's start no later than
    /// the reference year; without one, the twentieth for `30` to `90`, none for `00` to `20`.
    pub short_decades: PhraseTable<()>,
    /// Marks before a two-digit decade that stand for its century (`'90s`): after one, any
    /// of [`Rules::decades`] makes a decade.
    pub elided_century: PhraseTable<()>,
    /// Between a part and a decade: `Mitte der 2020er`, `the middle of the 1990s`.
    pub of_decade: PhraseTable<()>,
    pub number_words: NumberWords,
    pub ordinal_denominator: OrdinalDenominator,
    pub scales: PhraseTable<Scale>,
    pub currencies: PhraseTable<Currency>,
    pub percent: PhraseTable<PercentUnit>,
    /// Unit symbols ([`common`]) and the language's unit words, after an amount.
    pub units: PhraseTable<Unit>,
    /// Units written before the amount: `magnitude 7.7`, `Stärke 7,7`.
    pub units_before: PhraseTable<Unit>,
    /// Words that open a rate's denominator: `per`, `a`, `/`, `pro`, `je`.
    pub per_words: PhraseTable<()>,
    /// Denominator nouns and their normalised key: `barrel`, `Kopf` = `capita`, `Jahr` =
    /// `year`, `hour` = `h` (a time symbol of [`common`], so `miles per hour` is a speed).
    /// Any unit of [`Rules::units`] is a denominator too (`je Liter`).
    pub per_nouns: PhraseTable<&'static str>,
    /// Words after a denominator that make it a time, not a rate: `a year ago`, `im Jahr
    /// zuvor` (a number after it, `im Jahr 2025`, does too).
    pub rate_blockers: &'static [&'static str],
    /// A denominator in one word after the amount: `annually`, `jährlich` = `year`.
    pub rate_adverbs: PhraseTable<&'static str>,
    /// Vague amounts and the least they say: `dozens` = 24, `Zehntausende` = 20,000.
    pub vague: PhraseTable<f64>,
    /// A share as a noun, without a number before it: `half` (of all firms), `die Hälfte`,
    /// `Dreiviertel`. It is a figure before a `share_of` word or after a hedge.
    pub shares: PhraseTable<f64>,
    /// The words after a fraction that make it a share of a whole, so a percentage: `of`
    /// (`a quarter of Beta`), `der`/`von` (`zwei Drittel der Mitglieder`).
    pub share_of: PhraseTable<()>,
    /// Between the two numbers of a proportion: `one in five`, `2 in 5`.
    pub one_in: PhraseTable<()>,
    /// Before an ordinal that names a proportion: `every fifth`, `jeder Fünfte`.
    pub every: PhraseTable<()>,
    pub ordinal_number: OrdinalNumber,
    pub multiple: Multiple,
    /// A cheap filter before [`Rules::multiple`]: false means the word starts no multiple.
    pub multiple_hint: fn(word: &str) -> bool,
    /// Words right after an attached `m` that make it metres (`a 37m yacht`, `100m
    /// sprint`, `20m tall`) rather than millions.
    pub length_cues: &'static [&'static str],
    /// Word stems before a figure that make it a measurement (`measures`, `misst`,
    /// `weighs`, `wiegt`).
    pub measure_verbs: &'static [&'static str],
    /// Word stems before a figure that make it money (`paid`, `kostet`): `paid 40 pounds`.
    pub money_verbs: &'static [&'static str],
    /// Words right after `pound(s)` that make it a mass (`a pound of butter`).
    pub mass_after: &'static [&'static str],
    /// The symbol of the language's pound as a mass (`lb`; the German `Pfund` is 500 g).
    pub pound_mass: &'static str,
    /// Hedges and bounds before an amount: `über`, `bis zu`, `rund`.
    pub qualifiers: PhraseTable<Qualifier>,
    /// Bounds after an amount: `oder mehr`, `or less`.
    pub postfix_qualifiers: PhraseTable<Qualifier>,
    pub range_openers: PhraseTable<Opener>,
    /// Words between the two ends of a range without an opener (`bis`, `to`, `–`).
    pub range_connectors: PhraseTable<()>,
    /// Words between the two ends after `zwischen` / `between`.
    pub pair_connectors: PhraseTable<()>,
    /// `3 von 14`, `three of the 14`.
    pub ratio_connectors: PhraseTable<()>,
    /// `Von den 14 …` opening a sentence whose part comes later.
    pub ratio_split_openers: PhraseTable<()>,
    pub articles: PhraseTable<()>,
    pub negatives: PhraseTable<()>,
    /// Fraction words: `Drittel` = 3, `fifths` = 5.
    pub denominators: PhraseTable<f64>,
    /// Hundredths of a currency: `15 Dollar und 15 Cent`.
    pub minor_units: PhraseTable<()>,
    /// Spoken decimal marks: `one point three`, `eins komma fünf`.
    pub decimal_words: PhraseTable<()>,
    /// Joins a lower and an upper bound into one range: `mehr als 10 und weniger als 20`.
    pub bound_joiners: PhraseTable<()>,
    pub months: PhraseTable<u32>,
    /// Words that put a lone month name in time: `im April`, `in April`.
    pub month_preps: PhraseTable<()>,
    pub year_parts: PhraseTable<YearPart>,
    /// `des Jahres`, `of the year`, `of`: between a part of the year and the year.
    pub of_year: PhraseTable<()>,
    pub ordinals: PhraseTable<u32>,
    pub quarter_words: PhraseTable<()>,
    pub half_words: PhraseTable<()>,
    pub seasons: PhraseTable<Season>,
    /// `dieses Jahr` = 0, `letztes Jahr` = -1: resolved against the reference date.
    pub relative_years: PhraseTable<i32>,
    /// `Jahresende`, `end of the year`: the late part of the reference year.
    pub year_end: PhraseTable<()>,
    /// Words after which a four-digit year is a year, whatever follows (`für 2025 Kapitalausgaben`).
    pub year_preps: PhraseTable<()>,
    /// Words after which a four-digit number is a year unless a counted noun follows:
    /// partitives and focus adverbs, which stand as often before a count (`a survey of 2000
    /// adults`, `bereits 2000 Menschen`) as before a year (`von 2000 bis 2005`, `schon 2013`).
    pub year_preps_unless_counted: PhraseTable<()>,
    /// Words that join two like figures (`und`, `or`): a four-digit number after one is a
    /// year when a year stands shortly before it (`2010 Weltmeister und 2012 Europameister`,
    /// `zwischen 2004 und 2006 Telefon- und Faxverkehre`), else a year unless a counted
    /// noun follows (`300 Stellen in Deutschland und 2000 Stellen in Frankreich`).
    pub coordinators: PhraseTable<()>,
    /// Determiners before an ordinal (`der 3. Platz`).
    pub determiners: PhraseTable<()>,
    /// Determiners of the genitive (`des`, `eines`): a capitalised word after one that takes
    /// the genitive's `-s` (`wegen des Einsturzes 112 Bergleute`, `während des Streiks 800
    /// Flüge`) is a noun closing its phrase, after which a number counts; a name keeps its
    /// form (`des Llama 4 Modells`). Empty where nouns take no such ending.
    pub genitive_determiners: &'static [&'static str],
    /// Prepositions, and their contractions with an article, that open a phrase its noun
    /// closes: after `in der Pandemie` or `im Vorjahr` a number before a noun counts it
    /// (`in der Pandemie 22 Filialen`), where after a bare determiner it names a model
    /// (`des Llama 4 Modells`).
    pub phrase_openers: PhraseTable<()>,
    /// Compound heads that make a bare scaled amount money (`15-Milliarden-Coup`).
    pub money_nouns: HashSet<&'static str>,
    /// Function words: never a counted noun, and the evidence for language detection.
    pub stopwords: HashSet<&'static str>,
    /// Capitalised words that are never a name on their own, so never a fact's holder:
    /// weekdays (`Friday`, `Mittwoch`) and, in English, nationality adjectives (`German`,
    /// `Italian` — `UniCredit's Italian rival` names no one).
    pub not_names: HashSet<&'static str>,
    /// Names of places in this language under their English form, lowercase (`österreich`
    /// → `austria`, `u.s.` → `united states`; `places.rs`): see [`english_place`].
    pub places: HashMap<&'static str, &'static str>,
    /// Examples of the recognizer's rules in this language, by rule name (`examples.rs`):
    /// read by the test of the rule registry, which fails for a rule with none in any
    /// language and for a name that is no rule.
    pub rule_examples: &'static [(&'static str, &'static [(&'static str, &'static str)])],
    /// Nouns after a number that are not what it counts (`3 Mal`, `12 Uhr`).
    pub not_counted: HashSet<&'static str>,
    /// Words after an hour that make it a clock time (`7 Uhr`, `10.30 p.m.`, `7
    /// o'clock`): no quantity.
    pub clock_words: PhraseTable<()>,
    /// The words that make a figure a change rather than a level (see [`ChangeCues`]).
    pub change: ChangeCues,
    /// Words of a figure's own clause that say it is an earlier, superseded value of what
    /// the report goes on to give anew (`zuvor mit 2065 beziffert`, `previously put at
    /// 1,002`): a report may give a fact's old and new values side by side.
    pub earlier: &'static [&'static str],
    /// Earlier-value cues only where they end their phrase, an adverb rather than a
    /// preposition (`the 1,002 total given only hours before, which`; not `before 2030`).
    pub earlier_final: &'static [&'static str],
    /// Words of a match's result next to a score (`lost 1-3`, `a 1-3 defeat`, `verlor
    /// 1:3`): a score whose first number is lower is still a score, not a range.
    pub match_results: &'static [&'static str],
    /// The words between a share and its whole (`der`, `aller`; `of`, `the`): a
    /// percentage followed by them and a measure's word is that whole's share (`31,9
    /// Prozent der Stimmen`, `20% of all shares`).
    pub partitive: &'static [&'static str],
    /// The past perfect's auxiliaries and the words for `already`: both in a figure's own
    /// clause make it an earlier value (`hatte sich schon 21 Prozent gesichert`, `had
    /// already passed 1,000`), a state before the one the report tells.
    pub had_already: (&'static [&'static str], &'static [&'static str]),
    /// Words of a figure's own clause that make it a requirement or threshold, not an
    /// outcome (`Erforderlich waren mindestens 489 Stimmen`, `the 489 votes needed`): what
    /// was needed is never another report of what was reached.
    pub required: &'static [&'static str],
    /// Phrases that make a figure a part of a group counted before it: right after the
    /// figure (`eight of them`, `two of whom`) or right before it (`davon 12`, `darunter
    /// 3`).
    pub subset_after: PhraseTable<()>,
    pub subset_before: PhraseTable<()>,
    /// Words that say a running count moved to its figure (`auf 694 gestiegen`, `climbed
    /// to more than 1,600`, `has reached 2,719`): two reports of one day that give such a
    /// count differently report it at different hours, an update rather than a conflict.
    pub moved: &'static [&'static str],
    /// Nouns a rate is given per after an article (`1,644 cars a day`, `$5 a share`): what
    /// follows a plural and an article is a rate, not the object of a verb in `-s`
    /// (`1,644 marks a steep jump`).
    pub rate_nouns: &'static [&'static str],
    /// The words before the two figures of a move (`from 9 percent to 21 percent`, `von 9
    /// auf 21 Prozent`, `to 21 percent, from formerly around 9 percent`): the first is the
    /// earlier value of what the second measures.
    pub from_words: &'static [&'static str],
    /// See [`Rules::from_words`].
    pub to_words: &'static [&'static str],
    /// Prepositions before a name that place a figure (`in Bangkok`, `aus Myanmar`, `at
    /// Boeing`): see [`crate::claim::Claim::places`].
    pub locatives: &'static [&'static str],
    /// Nouns that name a figure's measure only by referring back to one the report gave
    /// before (`the new total of 1,644`, `die Zahl stieg auf 700`): such a figure measures
    /// what the report last measured with a figure of its kind.
    pub refers_back: &'static [&'static str],
    /// Words that join two clauses of one sentence, each with its own figure (`the count of
    /// injured rose to 3,408 and the missing figure to 139`), or add another amount to a
    /// figure (`a fee of 95 million euros plus add-ons`): a measure word across one is
    /// farther from a figure than its bytes say.
    pub conjunctions: &'static [&'static str],
    /// Words that open a subordinate clause (`the toll has risen to eight after a seriously
    /// injured woman died`, `auf 58 gestiegen, nachdem zwei Verletzte starben`): a measure
    /// word across one belongs to the other clause, as across a comma.
    pub subordinators: &'static [&'static str],
    /// Verbs of saying whose subject is who a figure comes from, not whom it is of (`Wired
    /// berichtet`, `teilte General X mit`, `X announced`): the speaker is no holder.
    pub speech_verbs: &'static [&'static str],
    /// A cheap test that a lowercase word may be a number word; false means it is not.
    pub number_word_hint: fn(&str) -> bool,
    /// The claim stage's cue words (see [`Cues`]).
    pub cues: Cues,
    /// The words of the measures (see [`Measures`]).
    pub measures: &'static Measures,
    /// Words for a fraction before a scale (`half a million`, `ein halbes Dutzend`).
    pub fraction_words: &'static [(&'static str, f64)],
    /// The word that takes a fraction of a scale (`two thirds of a million`, `zwei Drittel
    /// einer Million`).
    pub of_words: &'static [&'static str],
    /// Starts of denominator words that also name a period (`quarter`): a share only before
    /// a scale or one of [`Rules::of_words`] (`a quarter of`, not `the third quarter`).
    pub period_denominators: &'static [&'static str],
    /// Starts of words that carry a percent unit after a hyphen (`49-prozentige`,
    /// `3-percentage-point`), the longer first.
    pub percent_compounds: &'static [(&'static str, PercentUnit)],
    /// Words that continue a list of numbers after a name (`Llama 1 und 2`); `,`, `/` and
    /// `&` do in every language.
    pub list_words: &'static [&'static str],
    /// Every phrase a quantity or date can start with (filled by [`Rules::with_starters`]):
    /// the scanner passes over a word that starts none of them, unless it is a number.
    pub starters: PhraseTable<()>,
}

impl Rules {
    /// Collects the phrases a rule can start at, so the scanner can pass over the others.
    /// A whole phrase, not its first word: `die` starts `die Hälfte`, and most `die` none.
    pub(crate) fn with_starters(mut self) -> Self {
        let mut starters = PhraseTable::default();
        macro_rules! add {
            ($($t:expr),*) => { $( starters.add_phrases(&$t); )* };
        }
        add!(
            self.qualifiers,
            self.range_openers,
            self.currencies,
            self.articles,
            self.negatives,
            self.months,
            self.year_parts,
            self.ordinals,
            self.seasons,
            self.relative_years,
            self.year_end,
            self.decimal_words,
            self.percent,
            self.units_before,
            self.vague,
            self.shares,
            self.every
        );
        // Words the rules test by hand (`Q3`, `H1`, `half a million`, `ein halbes Dutzend`);
        // a sign (`-`, `+`) starts an amount only before its digits, which the scanner tests.
        starters.add_phrases(&words(&["q", "h", "half", "quarter", "hälfte", "halbes", "halbe", "halben", "viertel"]));
        self.starters = starters;
        self
    }
}

/// Builds a phrase table from a static row list.
pub(crate) fn table<T: Clone>(rows: &[(&str, T)]) -> PhraseTable<T> {
    PhraseTable::new(rows.iter().map(|(p, t)| (*p, t.clone())))
}

/// Builds a phrase table of bare phrases.
pub(crate) fn words(rows: &[&str]) -> PhraseTable<()> {
    PhraseTable::new(rows.iter().map(|p| (*p, ())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_named_in_english_by_either_language() {
        for (lang, name, english) in [
            (Lang::De, "österreich", "austria"),
            (Lang::De, "österreichs", "austria"),
            (Lang::De, "sardinien", "sardinia"),
            (Lang::De, "vereinigten staaten", "united states"),
            (Lang::De, "wien", "vienna"),
            (Lang::En, "u.s.", "united states"),
            (Lang::En, "britain", "united kingdom"),
        ] {
            assert_eq!(english_place(lang, name), Some(english), "{lang:?} {name}");
        }
        assert_eq!(english_place(Lang::De, "berlin"), None, "spelled alike: no entry");
        assert!(known_place("sardinia") && known_place("sardinien") && !known_place("hektar"));
        // Each table: lowercase, a form that differs from its English one, each form once.
        for table in [crate::lang::de::places::PLACES, crate::lang::en::places::PLACES] {
            let mut seen = std::collections::BTreeSet::new();
            for (k, v) in table {
                assert!(k != v && *k == k.to_lowercase() && *v == v.to_lowercase(), "{k} → {v}");
                assert!(seen.insert(*k), "{k} twice");
            }
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(detect("Meta investiert über 70 Milliarden Dollar in die Infrastruktur und mehr."), Lang::De);
        assert_eq!(detect("Meta is investing more than $70 billion in the infrastructure of the company."), Lang::En);
        assert_eq!(detect(""), Lang::De);
    }

    #[test]
    fn every_language_names_each_unit_of_time() {
        for l in Lang::ALL {
            assert_eq!(l.rules().cues.time_nouns.len(), common::TIME_UNITS.len(), "{l:?}");
        }
        for (word, unit) in [
            ("Jahren", "year"),
            ("years", "year"),
            ("Monate", "month"),
            ("months", "month"),
            ("Wochen", "week"),
            ("Tagen", "day"),
            ("hours", "hour"),
            ("Jahrzehnte", "decade"),
            ("decades", "decade"),
        ] {
            assert_eq!(time_unit(word), Some(unit), "{word}");
        }
        assert_eq!(time_unit("Stellen"), None);
        assert!(every_language(|c| c.time_nouns).all(|s| s.is_ascii()), "time_unit compares ASCII stems in place");
    }

    #[test]
    fn parses_language_names() {
        assert_eq!("DE".parse::<Lang>(), Ok(Lang::De));
        assert_eq!("en-GB".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
    }
}

/// Row checks shared by the languages' vocabulary tests: every row of a table, read back
/// through the recognizer in a sentence template (`{w}` is the row's word).
#[cfg(test)]
pub(crate) mod rows {
    use super::{Currency, Lang, PercentUnit, Scale, Unit};
    use crate::quantity::{scan, Dimension, Kind, Qualifier, Quantity, Value};

    pub(crate) fn first(lang: Lang, template: &str, word: &str) -> Quantity {
        let text = template.replace("{w}", word);
        scan(&text, lang, None).into_iter().next().unwrap_or_else(|| panic!("nothing in {text:?}"))
    }

    /// `spaced` for `7 Milliarden`, `attached` for `7k`.
    pub fn scales(lang: Lang, rows: &[(&str, Scale)], spaced: &str, attached: &str) {
        for (word, scale) in rows {
            let template = if scale.attached_only { attached } else { spaced };
            // A scale beside money only (`$5mm`) is tried beside money.
            let template = if scale.money_only { template.replace(" 7", " $7") } else { template.to_string() };
            let q = first(lang, &template, word);
            assert_eq!(q.value, Value::Number(7.0 * scale.factor), "{word}");
        }
    }

    /// `before` for `$7`, `after` for `7 Dollar` (and `7p` for a glued one).
    pub fn currencies(lang: Lang, rows: &[(&str, Currency)], before: &str, after: &str) {
        for (word, cur) in rows {
            let glued = after.replace("7 {w}", "7{w}");
            assert!(!cur.glued || glued != after, "{after}: no `7 {{w}}` to glue");
            let template = if cur.before {
                before
            } else if cur.glued {
                &glued
            } else {
                after
            };
            let q = first(lang, template, word);
            assert_eq!((q.kind, q.unit.as_deref()), (Kind::Money, Some(cur.code)), "{word}");
            assert_eq!(q.value, Value::Number(7.0 * cur.factor), "{word}");
        }
    }

    pub fn percent(lang: Lang, rows: &[(&str, PercentUnit)], template: &str) {
        for (word, unit) in rows {
            let q = first(lang, template, word);
            assert_eq!(q.kind, Kind::Percent, "{word}");
            assert_eq!(q.unit.as_deref(), Some(unit.symbol()), "{word}");
        }
    }

    /// Unit words, each naming a symbol of [`super::common`].
    pub fn units(lang: Lang, rows: &[(&str, &str)], template: &str) {
        for (word, symbol) in rows {
            let unit: Unit = super::common::unit(symbol);
            let q = first(lang, template, word);
            // A magnitude is a number with its dimension (see `quantity::grammar`).
            let want = match Dimension::of(unit.si) {
                Some(Dimension::Magnitude) => (Kind::Number, None),
                _ => (Kind::Measure, Some(unit.si)),
            };
            assert_eq!((q.kind, q.unit.as_deref()), want, "{word}");
            assert_eq!(q.dimension, Dimension::of(unit.si), "{word}");
            assert_eq!(q.value, Value::Number(unit.to_base(7.0)), "{word}");
        }
    }

    /// Denominators (`per {w}`, `{w}` for one-word ones): the figure's `per` is the key.
    pub fn denominators(lang: Lang, rows: &[(&str, &str)], template: &str) {
        for (word, key) in rows {
            assert_eq!(first(lang, template, word).per.as_deref(), Some(*key), "{word}");
        }
    }

    /// Vague amounts: the least they say, as a lower bound.
    pub fn vague(lang: Lang, rows: &[(&str, f64)], template: &str) {
        for (word, least) in rows {
            let q = first(lang, template, word);
            assert_eq!((q.value, q.qualifier, q.high), (Value::Number(*least), Qualifier::AtLeast, None), "{word}");
        }
    }

    /// Units before the amount: `magnitude 7`.
    pub fn units_before(lang: Lang, rows: &[(&str, &str)], template: &str) {
        for (word, symbol) in rows {
            let q = first(lang, template, word);
            assert_eq!(q.dimension, Dimension::of(super::common::unit(symbol).si), "{word}");
            assert_eq!(q.value, Value::Number(7.0), "{word}");
        }
    }

    pub fn qualifiers(lang: Lang, rows: &[(&str, Qualifier)], template: &str) {
        for (word, qualifier) in rows {
            assert_eq!(first(lang, template, word).qualifier, *qualifier, "{word}");
        }
    }

    /// Months read back as `2025-MM` from a template with the capitalised month.
    pub fn months(lang: Lang, rows: &[(&str, u32)], template: &str) {
        for (word, month) in rows {
            let cap = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            assert_eq!(first(lang, template, &cap).value, Value::Date(format!("2025-{month:02}")), "{word}");
        }
    }

    /// Relative years resolved against 2025-07-01.
    pub fn relative_years(lang: Lang, rows: &[(&str, i32)], template: &str) {
        let reference = chrono::NaiveDate::from_ymd_opt(2025, 7, 1);
        for (words, delta) in rows {
            let text = template.replace("{w}", words);
            let q = scan(&text, lang, reference).into_iter().next().unwrap_or_else(|| panic!("nothing in {text:?}"));
            assert_eq!(q.value, Value::Date(format!("{}", 2025 + delta)), "{words}");
        }
    }

    pub fn first_value(lang: Lang, template: &str, word: &str) -> Value {
        first(lang, template, word).value
    }

    pub fn first_kind(lang: Lang, template: &str, word: &str) -> Kind {
        first(lang, template, word).kind
    }
}
