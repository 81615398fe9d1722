//! The lexicon: what a figure's words say it is (paid, counted, owned), as
//! language-neutral concept keys, so that a German and an English word for an investment,
//! or for the chips a company buys, meet in alignment.
//!
//! This module holds the concepts and how they nest ([`ENTRIES`]); each language gives its
//! words for them in its [`Measures`] (`src/lang/<code>/measures.rs`). A word may carry
//! several concepts, from specific to general (capital expenditure is capex and spending).
//! Words are matched on their stems (the language's Snowball stemmer). Where a language
//! joins words into compounds ([`Measures::compounds`]), a capitalised word no form names
//! is matched by its head, so a list need not give every compound. Two lists of a
//! language keep that matching honest:
//!
//! - [`Measures::not_heads`]: forms so short or so common an ending that they match only as
//!   whole words (alone or after a hyphen), never as the head of a compound;
//! - [`Measures::spelled`]: forms matched by their spelling, not their stem, because the
//!   stemmer gives them the stem of a common word that is no measure. Their compounds still
//!   match by the spelled ending unless they are among the `not_heads` too.
//!
//! Hyphenated forms are whole words: yes votes written with a hyphen are yes votes, not
//! merely votes.
//!
//! Split forms are verbs whose particle stands apart, as German separable verbs do: `X … Y`
//! matches when the particle `Y` closes the clause; `X … Y …` (a trailing `…`) when it
//! stands anywhere later in the clause, an object after it. See [`split_concepts`].
//!
//! Where nouns are capitalised ([`Rules::nouns_capitalised`]), a lowercase word is no noun:
//! it matches only forms written in lowercase (verbs, participles), and heads no compound.

use std::sync::{LazyLock, Mutex, PoisonError};

use foldhash::{HashMap, HashSet};

use rust_stemmers::Stemmer;

use crate::lang::{Lang, Measures, Rules};

/// One entry: a concept and its broader concepts. Each language gives its words for it in
/// its [`Measures`].
pub struct Entry {
    pub concept: &'static str,
    pub broader: &'static [&'static str],
}

const fn e(concept: &'static str, broader: &'static [&'static str]) -> Entry {
    Entry { concept, broader }
}

/// The lexicon. Keep entries sorted by concept (a test checks it).
///
/// Concepts come in families, one per field a newsroom reports on, so that a story the
/// lexicon has never seen still finds its measures:
///
/// - business and results: revenue, profit (net income, operating and pretax profit, EPS),
///   loss, margin, unit sales, deliveries, orders, production, market value, share price,
///   shares, stake, positions held through derivatives, voting rights, takeover offer,
///   dividend, buyback, capital, assets,
///   price, cost, savings, forecast, customers, companies, plants, branches, insolvencies;
/// - labour: jobs, job cuts, employees, strikers, members and union members, wage, raise,
///   bonus, pension, working time, capacity;
/// - public finance and the economy: budget, debt, deficit, fund and climate fund, GDP, tax,
///   tariffs, subsidies, aid, welfare, infrastructure, defence spending, interest rate,
///   inflation, unemployment, exports, imports, rent, housing;
/// - elections, parliament and polls: votes, yes and no votes, abstentions, vote share,
///   seats, turnout, majority and two-thirds majority, lawmakers, voters, regions,
///   countries, elections (a percentage of one is a vote share), respondents and the share
///   of them a poll reports (approval ratings);
/// - disasters and health: deaths, injured, missing, victims, affected, displaced,
///   evacuated, rescued, rescuers, magnitude, damage, buildings, households, cases,
///   infections, patients, hospitals and beds, doctors, nurses, vaccinations;
/// - courts: prison sentence, fine, damages;
/// - sport: transfer fee, goals, points, matches, rank, medals, players, spectators,
///   contract;
/// - energy: power, electricity, power plants, renewables, emissions, oil, gas, energy
///   prices;
/// - tech: users, subscribers, downloads, devices, models, parameters, GPUs, chips, data
///   centers;
/// - migration: asylum applications and first-time applications, protection rates,
///   deportations;
/// - people: population, people, refugees, asylum, migrants, passengers, students,
///   children, soldiers, police, protesters, participants, visitors;
/// - the physical world, as the concepts of a unit's dimension (what a figure in hectares,
///   km/h or degrees measures when no word says): area, speed, temperature. Not length: a
///   story gives many distances (a quake's depth, its distance from a town), none of them
///   the story's measure.
///
/// Distinct measures stay distinct concepts (revenue is not profit, deaths are not injured,
/// yes votes are not no votes, debt is not deficit, a stake is not a number of shares).
///
/// The rule for `broader`: list a concept only if this one is truly *a kind of* it (capex is
/// spending and investment, yes votes are votes, a climate fund is a fund, a job cut is a cut
/// of jobs). Alignment treats a broader concept as shared ground, and counts with a common
/// broader concept as counting the same thing, so a loose link (deaths → people, wage →
/// raise) makes different measures meet. Siblings under one broader concept (yes and no
/// votes) do not meet through it: only a specific concept on one side and the same concept,
/// specific or broader, on the other is evidence.
pub const ENTRIES: &[Entry] = &[
    e("abstention", &[]),
    e("acceptance_threshold", &[]),
    e("acquisition", &["investment"]),
    e("affected", &[]),
    e("aid", &[]),
    e("aircraft", &["units"]),
    e("area", &[]),
    e("assets", &[]),
    e("asylum", &[]),
    e("author", &["people"]),
    e("bonus", &["pay"]),
    e("branch", &[]),
    e("budget", &["spending"]),
    e("building", &[]),
    e("buyback", &[]),
    e("capacity", &[]),
    e("capex", &["spending", "investment"]),
    e("capital", &[]),
    e("cases", &[]),
    e("child", &[]),
    e("climate", &[]),
    e("climate_fund", &["fund", "climate"]),
    e("company", &[]),
    e("contract", &[]),
    e("cost", &[]),
    e("country", &[]),
    e("customer", &[]),
    e("cut", &[]),
    e("damages", &[]),
    e("data_center", &["infrastructure"]),
    e("deaths", &[]),
    e("debt", &[]),
    e("decline", &[]),
    e("defence", &[]),
    e("defence_spending", &["spending", "defence"]),
    e("deficit", &[]),
    e("deliveries", &[]),
    e("deportation", &[]),
    e("deposit", &[]),
    // A position held through instruments rather than shares: not a kind of `stake`, so that
    // `9.5% direct` and `18.5% via derivatives` stay two facts.
    e("derivatives", &[]),
    e("device", &["units"]),
    e("displaced", &[]),
    e("dividend", &[]),
    e("doctor", &[]),
    e("downloads", &[]),
    // An election: what a percentage of it measures (see `PERCENT_OF_EVENT`).
    e("election", &[]),
    e("electricity", &[]),
    e("emissions", &[]),
    e("employee", &["people"]),
    e("energy_price", &["price"]),
    e("enterprise_value", &["valuation"]),
    e("eps", &["profit"]),
    e("equity_value", &["valuation"]),
    e("estimate", &[]),
    e("evacuated", &[]),
    e("exports", &[]),
    e("fee", &[]),
    e("fine", &[]),
    e("first_applications", &["asylum"]),
    e("flight", &[]),
    e("forecast", &[]),
    e("founding", &[]),
    e("fund", &[]),
    e("gas", &[]),
    e("gdp", &[]),
    e("goals", &[]),
    e("gpu", &["hardware", "units"]),
    e("growth", &[]),
    e("hardware", &[]),
    e("hire", &[]),
    e("hospital", &[]),
    e("hospital_bed", &[]),
    e("household", &[]),
    e("housing", &[]),
    e("imports", &[]),
    e("infections", &[]),
    e("inflation", &[]),
    e("infrastructure", &[]),
    e("injured", &[]),
    e("insolvency", &[]),
    e("interest_rate", &[]),
    e("investment", &["spending"]),
    e("job_cuts", &["jobs", "cut"]),
    e("job_security", &[]),
    e("jobs", &[]),
    e("lawmaker", &[]),
    e("leave", &[]),
    e("loss", &[]),
    e("magnitude", &[]),
    e("majority", &[]),
    e("margin", &[]),
    e("market_share", &[]),
    e("market_value", &["valuation"]),
    e("match", &[]),
    e("medal", &[]),
    e("member", &[]),
    e("merger", &[]),
    e("migrant", &[]),
    e("missing", &[]),
    e("model", &[]),
    e("net_income", &["profit"]),
    e("no_votes", &["vote"]),
    e("nurse", &[]),
    e("offer", &["pay"]),
    e("oil", &[]),
    e("operating_profit", &["profit"]),
    e("orders", &[]),
    e("parameters", &[]),
    e("participant", &[]),
    e("passenger", &[]),
    e("patient", &[]),
    e("pay", &[]),
    e("pension", &[]),
    e("people", &[]),
    e("plant", &[]),
    e("player", &[]),
    e("points", &[]),
    e("police", &[]),
    // What a share of those polled measures (`47 Prozent der Befragten`, `in Umfragen bei 25
    // Prozent`): a poll's result, vague as to which question (see `VAGUE`).
    e("poll_share", &[]),
    e("population", &["people"]),
    e("power", &[]),
    e("power_plant", &["plant"]),
    e("premium", &[]),
    e("pretax_profit", &["profit"]),
    e("price", &[]),
    e("production", &[]),
    e("profit", &[]),
    e("protection_rate", &[]),
    e("protester", &[]),
    e("raise", &[]),
    e("rank", &[]),
    e("refugee", &[]),
    e("region", &[]),
    e("release", &[]),
    e("remain", &[]),
    e("renewables", &[]),
    e("rent", &[]),
    e("rescued", &[]),
    e("rescuer", &[]),
    e("researcher", &["people"]),
    e("respondents", &["people"]),
    e("revenue", &[]),
    e("savings", &[]),
    e("seats", &[]),
    e("semiconductor", &[]),
    e("sentence", &[]),
    e("share_price", &["price"]),
    e("shares", &[]),
    e("soldier", &[]),
    e("spectator", &[]),
    e("speed", &[]),
    e("spending", &[]),
    e("stake", &[]),
    e("strikers", &[]),
    e("student", &[]),
    e("subscriber", &["user"]),
    e("subsidy", &[]),
    e("support", &[]),
    e("synergies", &[]),
    e("takeover_offer", &["acquisition"]),
    e("tariff", &[]),
    e("tax", &[]),
    e("temperature", &[]),
    e("transfer_fee", &["fee"]),
    e("turnout", &[]),
    e("two_thirds_majority", &["majority"]),
    e("unemployment", &[]),
    e("union_members", &["member"]),
    e("unit_sales", &[]),
    // Counting words for made things, the broader sense of vehicles, aircraft, devices: the
    // units of a carmaker's capacity are vehicles, never workers.
    e("units", &[]),
    e("user", &["people"]),
    e("vaccination", &[]),
    e("valuation", &[]),
    e("vehicle", &["units"]),
    e("victims", &[]),
    e("visitor", &[]),
    e("vote", &[]),
    e("vote_share", &["vote"]),
    e("voters", &[]),
    e("voting_rights", &["stake"]),
    e("wage", &["pay"]),
    e("welfare", &[]),
    e("working_time", &[]),
    e("yes_votes", &["vote"]),
];

/// Compound heads shorter than this (in characters) are too unspecific to match.
const MIN_HEAD: usize = 5;
/// The fewest letters before a compound's head (`Neu|kunden`; `Se|kunden` is no compound).
const MIN_MODIFIER: usize = 3;
/// The most letters an inflection adds to a head (`-en`, `-er`, `-es`).
const MAX_INFLECTION: usize = 2;

/// A language's words for the measures.
fn measures(lang: Lang) -> &'static Measures {
    lang.rules().measures
}

/// Per language (by `Lang as usize`), a word's remembered answer. Looked up by the word as
/// given, without building a key; a key of up to 24 bytes is stored inline in the table
/// (`CompactString`), so comparing it reads no second place in memory: the tables hold the
/// dossier's whole vocabulary, and a pointer per key made every look-up a cache miss.
type Memo<T> = std::cell::RefCell<Vec<HashMap<compact_str::CompactString, T>>>;

thread_local! {
    /// News repeats its words: stems and concepts are remembered per thread.
    static STEMS: Memo<&'static str> = Default::default();
    static CONCEPTS: Memo<&'static [&'static str]> = Default::default();
}

/// The remembered answer for a word, or `f`'s, remembered. Answers are `Copy` (interned
/// stems, slices of the index): a hit costs a hash and no allocation.
fn memo<T: Copy>(memo: &'static std::thread::LocalKey<Memo<T>>, word: &str, lang: Lang, f: impl Fn() -> T) -> T {
    let slot = lang as usize;
    if let Some(v) = memo.with(|m| m.borrow().get(slot).and_then(|m| m.get(word).copied())) {
        return v;
    }
    let v = f();
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() <= slot {
            m.resize_with(slot + 1, Default::default);
        }
        m[slot].insert(word.into(), v);
    });
    v
}

/// `s` as a string that lives as long as the program: one copy per distinct string, shared
/// by every thread. Stems are asked for millions of times and differ in some ten thousands,
/// so handing out `&'static str` spares a clone per call for a few megabytes at most.
fn intern(s: String) -> &'static str {
    static INTERNED: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    let mut set = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&known) = set.get(s.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(s.into_boxed_str());
    set.insert(leaked);
    leaked
}

/// A word's normal form: lowercase, stemmed in its language.
pub fn normalize(word: &str, lang: Lang) -> &'static str {
    memo(&STEMS, word, lang, || intern(stem(word, lang)))
}

fn stem(word: &str, lang: Lang) -> String {
    /// Each language's stemmer, by `Lang as usize`.
    static STEMMERS: LazyLock<Vec<Stemmer>> =
        LazyLock::new(|| Lang::ALL.iter().map(|&l| Stemmer::create(measures(l).stemmer)).collect());
    STEMMERS[lang as usize].stem(&word.to_lowercase()).into_owned()
}

/// The index key of a form: its lowercase spelling behind `=` for a spelled form (see
/// [`Measures::spelled`]), else the stems of its words (a hyphenated word is stemmed whole).
fn form_key(form: &str, lang: Lang) -> String {
    if measures(lang).spelled.contains(&form) {
        format!("={}", form.to_lowercase())
    } else {
        form.split(' ').map(|w| normalize(w, lang)).collect::<Vec<_>>().join(" ")
    }
}

struct Index {
    /// Per language (by `Lang as usize`), form keys (see [`form_key`]) → concepts, specific
    /// before broader. Looked up by `&str`, with no key to build.
    words: Vec<HashMap<String, Vec<&'static str>>>,
    /// Per language, every part of a key of `words` that ends before one of its spaces
    /// (`ums` of `ums leb`): a two-word phrase whose first stem is none of these is no form,
    /// and [`phrase_concepts`] need not build its key.
    phrase_starts: Vec<HashSet<String>>,
    /// Per language, compound heads by spelling: the lowercase one-word nouns (empty where
    /// words make no compounds).
    spelled_heads: Vec<HashMap<String, Vec<&'static str>>>,
    /// Per language, compound heads by stem: the stems of the nouns not spelled.
    stem_heads: Vec<HashMap<String, Vec<&'static str>>>,
    /// Per language, the lowercase spellings of capitalised spelled forms (nouns).
    nouns: Vec<HashSet<String>>,
    /// Per language where nouns are capitalised, the keys of one-word forms written in
    /// lowercase (verbs, participles, adjectives): all a lowercase word may be there (a
    /// lowercase verb is no plural noun of the same letters).
    lowercase: Vec<HashSet<String>>,
    /// Split forms by their first word in lowercase: the second word (lowercase), whether it must
    /// close the clause, and the concepts.
    split: HashMap<Lang, HashMap<String, Vec<Split>>>,
}

/// Whether `c` is a broader concept of another concept in `list`.
fn broader_in(c: &str, list: &[&'static str]) -> bool {
    list.iter().any(|o| ENTRIES.iter().any(|e| e.concept == *o && e.broader.contains(&c)))
}

/// One split form (see the module documentation).
#[derive(Clone)]
pub struct Split {
    /// The word that completes the form, lowercase.
    pub particle: &'static str,
    /// Whether the particle must close the clause (`nahm … an`), or may have an object after
    /// it (`stimmten … gegen …`).
    pub final_only: bool,
    pub concepts: Vec<&'static str>,
}

/// A split form's parts: first word, particle, whether the particle must close the clause.
fn split_form(form: &'static str) -> Option<(&'static str, &'static str, bool)> {
    let (first, rest) = form.split_once(" … ")?;
    Some(match rest.strip_suffix(" …") {
        Some(particle) => (first, particle, false),
        None => (first, rest, true),
    })
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut words: Vec<HashMap<String, Vec<&'static str>>> = Vec::new();
    words.resize_with(Lang::ALL.len(), Default::default);
    let mut split: HashMap<Lang, HashMap<String, Vec<Split>>> = HashMap::default();
    for &lang in Lang::ALL {
        for &(concept, forms) in measures(lang).forms {
            let broader = entry(concept).map_or(&[][..], |e| e.broader);
            let concepts: Vec<&'static str> = std::iter::once(concept).chain(broader.iter().copied()).collect();
            for form in forms.iter() {
                if let Some((first, particle, final_only)) = split_form(form) {
                    let by_word = split.entry(lang).or_default();
                    by_word.entry(first.to_lowercase()).or_default().push(Split {
                        particle,
                        final_only,
                        concepts: concepts.clone(),
                    });
                    continue;
                }
                words[lang as usize].entry(form_key(form, lang)).or_default().extend(concepts.iter().copied());
            }
        }
    }
    // A word on several entries lists each concept once, the specific ones first.
    for list in words.iter_mut().flat_map(HashMap::values_mut) {
        let mut seen = HashSet::default();
        list.retain(|c| seen.insert(*c));
        let all = list.clone();
        list.sort_by_key(|c| broader_in(c, &all));
    }
    let mut index = Index {
        phrase_starts: words
            .iter()
            .map(|keys| keys.keys().flat_map(|k| k.match_indices(' ').map(|(i, _)| k[..i].to_string())).collect())
            .collect(),
        words,
        spelled_heads: Vec::new(),
        stem_heads: Vec::new(),
        nouns: Vec::new(),
        lowercase: Vec::new(),
        split,
    };
    for &lang in Lang::ALL {
        let (m, rules) = (measures(lang), lang.rules());
        // Heads: one-word nouns, by spelling and by stem, unless it shares its key with one
        // of the `not_heads` (a plural is no head when its singular is none).
        let not_heads: Vec<String> = m.not_heads.iter().map(|f| form_key(f, lang)).collect();
        let mut spelled_heads: HashMap<String, Vec<&'static str>> = HashMap::default();
        let mut stem_heads: HashMap<String, Vec<&'static str>> = HashMap::default();
        // A compound's head is a noun: only capitalised forms are heads.
        let nouns_only = |f: &&&str| f.starts_with(char::is_uppercase) && !f.contains(' ');
        let all_forms = || m.forms.iter().flat_map(|(_, forms)| forms.iter());
        for form in all_forms().filter(|_| m.compounds).filter(nouns_only) {
            let key = form_key(form, lang);
            if not_heads.contains(&key) {
                continue;
            }
            let concepts = &index.words[lang as usize][&key];
            let lower = form.to_lowercase();
            if lower.chars().count() >= MIN_HEAD {
                spelled_heads.insert(lower, concepts.clone());
            }
            if !key.starts_with('=') && key.chars().count() >= MIN_HEAD {
                stem_heads.insert(key, concepts.clone());
            }
        }
        let nouns = m.spelled.iter().filter(|f| f.starts_with(char::is_uppercase)).map(|f| f.to_lowercase()).collect();
        let lowercase = all_forms()
            .filter(|f| rules.nouns_capitalised && f.starts_with(char::is_lowercase) && !f.contains(' '))
            .map(|f| form_key(f, lang))
            .collect();
        index.spelled_heads.push(spelled_heads);
        index.stem_heads.push(stem_heads);
        index.nouns.push(nouns);
        index.lowercase.push(lowercase);
    }
    index
});

/// Whether a key is a concept of the lexicon (not a plain word stem).
pub fn is_concept(key: &str) -> bool {
    static KEYS: LazyLock<foldhash::HashSet<&'static str>> =
        LazyLock::new(|| ENTRIES.iter().map(|e| e.concept).collect());
    KEYS.contains(key)
}

/// The entry of a concept, by a hash look-up (callers ask for every keyword of every claim).
pub fn entry(concept: &str) -> Option<&'static Entry> {
    static BY_CONCEPT: LazyLock<foldhash::HashMap<&'static str, &'static Entry>> = LazyLock::new(|| {
        let mut map = foldhash::HashMap::default();
        for e in ENTRIES {
            map.entry(e.concept).or_insert(e);
        }
        map
    });
    BY_CONCEPT.get(concept).copied()
}

/// Whether `narrower` is a kind of `broader` (`capex`, `spending`) by the lexicon's links.
pub fn is_kind_of(narrower: &str, broader: &str) -> bool {
    static LINKS: LazyLock<foldhash::HashSet<(&'static str, &'static str)>> =
        LazyLock::new(|| ENTRIES.iter().flat_map(|e| e.broader.iter().map(move |b| (e.concept, *b))).collect());
    LINKS.contains(&(narrower, broader))
}

/// Concepts too vague to say what a figure measures: `people` counts anyone (the dead, the
/// injured, voters), `spending` any outlay, a `majority` any vote (`mit einer Mehrheit von
/// 94,6 Prozent abgelehnt` is the share voting no). Two figures of such measures may still
/// be different facts; alignment takes them as no measure at all.
pub const VAGUE: &[&str] = &["hardware", "infrastructure", "majority", "people", "poll_share", "spending"];

/// Concepts that name a group of people. A percentage is a share *of* such a group (`94,6
/// Prozent der Mitglieder`, `59% of members voted`): the group is whose share it is, not
/// what the share measures, so it never becomes a percentage's measure. (The outcomes of an
/// event — deaths, injured, missing — are measures, not groups.)
pub const GROUPS: &[&str] = &[
    "author",
    "child",
    "customer",
    "doctor",
    "employee",
    "lawmaker",
    "member",
    "migrant",
    "nurse",
    "participant",
    "passenger",
    "patient",
    "people",
    "player",
    "police",
    "population",
    "protester",
    "refugee",
    "rescuer",
    "researcher",
    "soldier",
    "spectator",
    "strikers",
    "student",
    "subscriber",
    "union_members",
    "user",
    "visitor",
    "voters",
];

/// Concepts that say what befell people or what they did: a count of people in a clause
/// that says one (`144 people were killed`, `2719 Menschen kamen ums Leben`, `300 people
/// were evacuated`) measures that, not people.
pub const PERSON_STATES: &[&str] = &[
    "affected",
    "deaths",
    "displaced",
    "evacuated",
    "infections",
    "injured",
    "missing",
    "participant",
    "protester",
    "refugee",
    "rescued",
    "strikers",
    "victims",
];

/// What the members of a group did at a vote, and what a count of them then measures: `513
/// lawmakers backed it`, `513 Abgeordnete mit Ja`, `207 members voted against`. (`support`
/// is no measure of anything else: `a loan backed by the state`.)
pub const GROUP_ACTS: &[(&str, &str)] =
    &[("abstention", "abstention"), ("no_votes", "no_votes"), ("support", "yes_votes"), ("yes_votes", "yes_votes")];

/// What a count of a group measures when its clause says the group did `act` (see
/// [`GROUP_ACTS`]).
pub fn group_act(act: &str) -> Option<&'static str> {
    GROUP_ACTS.iter().find(|(a, _)| *a == act).map(|(_, m)| *m)
}

/// The measure itself when it is what a count of a group measures by the group's act (see
/// [`GROUP_ACTS`]): `yes_votes`, not `support`.
pub fn act_measure(measure: &str) -> Option<&'static str> {
    GROUP_ACTS.iter().find(|(_, m)| *m == measure).map(|(_, m)| *m)
}

/// Measures of one ballot each: a report that gives two values of one of them beside each
/// other (`rejected by 94.6% in September, by 64% now`) tells two ballots, not one figure
/// revised. Every other measure a report gives an earlier value of (`a stake up from 21%`,
/// a toll put at 1,002 earlier) is one fact over time.
pub const BALLOTS: &[&str] = &["abstention", "majority", "no_votes", "turnout", "vote", "vote_share", "yes_votes"];

/// Whether a measure is one of [`BALLOTS`].
pub fn is_ballot(measure: &str) -> bool {
    BALLOTS.contains(&measure)
}

/// Measures that are the sides of one whole and exclude one another: a share voting yes is
/// never the share voting no, however much one sentence speaks of both (`59% accepted the
/// offer after 64% had rejected the last one`); exports are not imports.
pub const SIDES: &[&[&str]] = &[&["yes_votes", "no_votes", "abstention"], &["exports", "imports"]];

/// Whether two measures are different sides of one whole (see [`SIDES`]).
pub fn opposed(a: &str, b: &str) -> bool {
    a != b && SIDES.iter().any(|side| side.contains(&a) && side.contains(&b))
}

/// Whether a concept is one of [`PERSON_STATES`].
pub fn is_person_state(concept: &str) -> bool {
    PERSON_STATES.contains(&concept)
}

/// What a duration can measure: what lasts and whose length is news (`zu sechs Jahren Haft`,
/// `a five-year contract`). A duration in a clause of anything else frames it (`Nach fünf
/// Tagen hatten die Einsatzkräfte …`).
pub const LASTING: &[&str] = &["sentence", "contract"];

/// Whether a concept is one of [`LASTING`].
pub fn is_lasting(concept: &str) -> bool {
    LASTING.contains(&concept)
}

/// Whether a concept is one of [`GROUPS`].
pub fn is_group(concept: &str) -> bool {
    GROUPS.contains(&concept)
}

/// Whether a concept is one of [`VAGUE`].
pub fn is_vague(concept: &str) -> bool {
    VAGUE.contains(&concept)
}

/// Whether a concept is the broader sense of some entry (`spending`, `people`): it says
/// less about what a figure measures than a specific one.
pub fn is_generic(concept: &str) -> bool {
    static GENERIC: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| ENTRIES.iter().flat_map(|e| e.broader.iter().copied()).collect());
    GENERIC.contains(concept)
}

/// What a percentage of a whole measures, by the whole (see [`share_of`]): a share of the
/// shares is a stake, of the votes a vote share. A whole not listed is its share's measure
/// (`30 % der Sitze` measures seats).
pub const SHARES_OF: &[(&str, &str)] = &[("respondents", "poll_share"), ("shares", "stake"), ("vote", "vote_share")];

/// Events that say what a percentage in their clause measures, and measure nothing else: a
/// party's `30,9 Prozent bei der Wahl` is its vote share, while the election's date or cost
/// is no vote.
pub const PERCENT_OF_EVENT: &[(&str, &str)] = &[("election", "vote_share")];

/// What a percentage in the clause of `event` measures (see [`PERCENT_OF_EVENT`]).
pub fn percent_of_event(event: &str) -> Option<&'static str> {
    PERCENT_OF_EVENT.iter().find(|(e, _)| *e == event).map(|(_, m)| *m)
}

/// What a percentage *of* `whole` measures (`20 % der Aktien`: a stake), if the lexicon knows.
pub fn share_of(whole: &str) -> Option<&'static str> {
    SHARES_OF.iter().find(|(w, _)| *w == whole).map(|(_, m)| *m)
}

/// Whether one thing can be both concepts: they are one, or one is a kind of the other, or
/// some concept is a kind of each (`cut` and `jobs` meet in `job_cuts`; `vote` and
/// `lawmaker` meet nowhere; `people` meets every group of people).
pub fn may_be_both(a: &str, b: &str) -> bool {
    static BOTH: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
        let mut both = HashSet::default();
        for e in ENTRIES {
            let all: Vec<&'static str> = std::iter::once(e.concept).chain(e.broader.iter().copied()).collect();
            for &x in &all {
                for &y in &all {
                    both.insert((x, y));
                }
            }
        }
        both
    });
    a == b || is_vague(a) || is_vague(b) || BOTH.contains(&(a, b))
}

/// The concepts a word stands for, most specific first.
pub fn concepts(word: &str, lang: Lang) -> &'static [&'static str] {
    memo(&CONCEPTS, word, lang, || lookup_concepts(word, lang))
}

fn lookup_concepts(word: &str, lang: Lang) -> &'static [&'static str] {
    let idx: &'static Index = &INDEX;
    let slot = lang as usize;
    let words = &idx.words[slot];
    let rules: &Rules = lang.rules();
    // The whole word, then the last part of a hyphenated one (`Nvidia-Beschleuniger`).
    for part in std::iter::once(word).chain(word.rsplit('-').take(1).filter(|p| *p != word)) {
        let lower = part.to_lowercase();
        // Where nouns are capitalised, a lowercase word is no noun: it matches only forms
        // written in lowercase, and heads no compound (`steuern` is no `Steuern`).
        let lowercase = rules.nouns_capitalised && part.starts_with(char::is_lowercase);
        let verb_like = lowercase && idx.nouns[slot].contains(&lower);
        if let Some(c) = words.get(format!("={lower}").as_str()).filter(|_| !verb_like) {
            return c;
        }
        let key = normalize(part, lang);
        if lowercase && !idx.lowercase[slot].contains(key) {
            continue;
        }
        if let Some(c) = words.get(key) {
            return c;
        }
        if measures(lang).compounds && !lowercase {
            if let Some(c) = head_concepts(&lower, lang) {
                return c;
            }
        }
    }
    &[]
}

/// The concepts of a compound's head: its longest ending after at least [`MIN_MODIFIER`]
/// letters that is a form of the language as spelled (`Zins|senkung`, `Grund|schüler`), or
/// that stems to a form's stem having lost no more than an inflection (`Quartals|umsätzen`
/// → `umsatz`; not `sozial|verträgliche` → `vertrag`, a derivation).
///
/// Asked once per unknown capitalised word, but of each of its endings: an ending
/// is stemmed only if its folded spelling, less at most an inflection, is a head's stem,
/// which rules out nearly all of them (a stem that passes the test below is such a prefix).
fn head_concepts(lower: &str, lang: Lang) -> Option<&'static [&'static str]> {
    let idx: &'static Index = &INDEX;
    let (spelled_heads, stem_heads) = (&idx.spelled_heads[lang as usize], &idx.stem_heads[lang as usize]);
    let folds = measures(lang).stem_folds;
    // The word folded once; `folded_at[k]` is where the fold of its `k`-th char begins
    // (folding is char by char, so the fold of an ending is the fold's tail).
    let mut folded_word = String::with_capacity(lower.len());
    let mut folded_at = Vec::with_capacity(lower.len());
    for c in lower.chars() {
        folded_at.push(folded_word.len());
        match folds.iter().find(|(from, _)| *from == c) {
            Some((_, to)) => folded_word.push_str(to),
            None => folded_word.push(c),
        }
    }
    for (k, (i, _)) in lower.char_indices().enumerate().skip(MIN_MODIFIER) {
        let ending = &lower[i..];
        if ending.chars().count() < MIN_HEAD {
            break;
        }
        if ending.starts_with('-') {
            continue;
        }
        if let Some(c) = spelled_heads.get(ending) {
            return Some(c);
        }
        let folded = &folded_word[folded_at[k]..];
        let may_be_head = std::iter::once(folded.len())
            .chain(folded.char_indices().rev().map(|(b, _)| b).take(MAX_INFLECTION))
            .any(|b| stem_heads.contains_key(&folded[..b]));
        if !may_be_head {
            continue;
        }
        let stem = normalize(ending, lang);
        if folded.starts_with(stem) && folded.chars().count() <= stem.chars().count() + MAX_INFLECTION {
            if let Some(c) = stem_heads.get(stem) {
                return Some(c);
            }
        }
    }
    None
}

/// The split forms a word, in lowercase, may begin (`nahm` of `nahm … an`), if any. Split
/// forms list each verb form they take: they are matched by spelling, not by stem.
pub fn split_concepts(lower: &str, lang: Lang) -> &'static [Split] {
    INDEX.split.get(&lang).and_then(|m| m.get(lower)).map_or(&[], Vec::as_slice)
}

/// The concepts of a two-word phrase (`capital expenditures`, `ums Leben`), if any.
///
/// Asked of every pair of neighbouring words: most first words start no form, and are
/// turned away before the phrase's key is built.
pub fn phrase_concepts(first: &str, second: &str, lang: Lang) -> &'static [&'static str] {
    let idx: &'static Index = &INDEX;
    let first = normalize(first, lang);
    if !idx.phrase_starts[lang as usize].contains(first) {
        return &[];
    }
    let second = normalize(second, lang);
    let mut key = String::with_capacity(first.len() + 1 + second.len());
    key.push_str(first);
    key.push(' ');
    key.push_str(second);
    idx.words[lang as usize].get(key.as_str()).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form's concepts, as alignment sees them: a two-word form as a phrase.
    fn lookup(form: &str, lang: Lang) -> Vec<&'static str> {
        match form.split(' ').collect::<Vec<_>>().as_slice() {
            [a, b] => phrase_concepts(a, b, lang).to_vec(),
            _ => concepts(form, lang).to_vec(),
        }
    }

    /// The concepts of a list that are not only the broader sense of another one there.
    fn specific(list: &[&'static str]) -> Vec<&'static str> {
        list.iter().copied().filter(|c| !broader_in(c, list)).collect()
    }

    /// Whether two words are evidence of the same measure, as alignment reads concepts: a
    /// specific concept of one is a concept (specific or broader) of the other. Siblings
    /// under one broader concept (yes and no votes) do not meet.
    fn meet(a: (&str, Lang), b: (&str, Lang)) -> bool {
        let (ca, cb) = (lookup(a.0, a.1), lookup(b.0, b.1));
        specific(&ca).iter().any(|c| cb.contains(c)) || specific(&cb).iter().any(|c| ca.contains(c))
    }

    /// Every word of every entry finds its own concept.
    #[test]
    fn positions_are_jobs_a_position_a_stake_and_a_striker_no_striker_on_strike() {
        assert!(concepts("positions", Lang::En).contains(&"jobs"), "cut 2,800 positions");
        assert!(concepts("position", Lang::En).contains(&"stake"), "a 28% position");
        assert!(concepts("strikers", Lang::En).contains(&"strikers"));
        assert!(!concepts("striker", Lang::En).contains(&"strikers"), "sign striker Luis Diaz");
        assert!(concepts("fee", Lang::En).contains(&"transfer_fee"));
        assert!(concepts("trapped", Lang::En).contains(&"missing"), "50 were trapped underground");
    }

    #[test]
    fn a_lowercase_german_word_is_no_noun() {
        // (word, concept it must not or must have)
        assert!(concepts("Abgaben", Lang::De).contains(&"tax"));
        assert!(concepts("abgaben", Lang::De).is_empty(), "ihre Stimme abgaben");
        assert!(!concepts("persönlich", Lang::De).contains(&"people"));
        // Forms written in lowercase still match: participles and verbs.
        assert!(concepts("vermisst", Lang::De).contains(&"missing"));
        assert!(concepts("abgelehnt", Lang::De).contains(&"no_votes"));
    }

    #[test]
    fn every_entry_finds_its_concept() {
        for &lang in Lang::ALL {
            for &(concept, list) in measures(lang).forms {
                for form in list.iter() {
                    let words: Vec<&str> = form.split(' ').collect();
                    let found = if let Some((first, particle, _)) = split_form(form) {
                        let forms = split_concepts(first, lang).iter().filter(|s| s.particle == particle);
                        forms.flat_map(|s| s.concepts.iter().copied()).collect()
                    } else if words.len() == 2 {
                        phrase_concepts(words[0], words[1], lang).to_vec()
                    } else {
                        concepts(form, lang).to_vec()
                    };
                    assert!(found.contains(&concept), "{form} ({lang}) → {found:?}, want {concept}");
                }
            }
        }
    }

    #[test]
    fn broad_concepts_meet_where_one_thing_is_both() {
        for (a, b, want) in [
            ("cut", "jobs", true),
            ("jobs", "job_cuts", true),
            ("people", "employee", true),
            ("vote", "lawmaker", false),
            ("vote", "yes_votes", true),
            ("yes_votes", "no_votes", false),
            ("units", "vehicle", true),
            ("units", "employee", false),
        ] {
            assert_eq!(may_be_both(a, b), want, "{a} / {b}");
        }
    }

    #[test]
    fn vague_concepts_are_concepts() {
        for v in VAGUE {
            assert!(is_concept(v), "{v} is not a concept of the lexicon");
        }
        assert!(is_vague("people") && is_vague("majority") && !is_vague("deaths") && !is_vague("investment"));
    }

    #[test]
    fn ballots_are_concepts() {
        for b in BALLOTS {
            assert!(is_concept(b), "{b} is not a concept of the lexicon");
        }
        assert!(is_ballot("no_votes") && !is_ballot("stake") && !is_ballot("deaths"));
    }

    #[test]
    fn sides_are_concepts_and_exclude_one_another() {
        for side in SIDES.iter().flat_map(|s| s.iter()) {
            assert!(is_concept(side), "{side} is not a concept of the lexicon");
        }
        assert!(opposed("yes_votes", "no_votes") && opposed("exports", "imports"));
        assert!(
            !opposed("yes_votes", "yes_votes") && !opposed("yes_votes", "turnout") && !opposed("deaths", "injured")
        );
    }

    #[test]
    fn groups_are_concepts_and_not_outcomes() {
        for g in GROUPS {
            assert!(is_concept(g), "{g} is not a concept of the lexicon");
        }
        assert!(is_group("union_members") && !is_group("deaths") && !is_group("injured"));
    }

    #[test]
    fn entries_are_sorted_and_unique() {
        let keys: Vec<&str> = ENTRIES.iter().map(|e| e.concept).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(keys, sorted);
        for entry in ENTRIES {
            for b in entry.broader {
                assert!(keys.contains(b), "{}: broader concept {b} has no entry", entry.concept);
                assert_ne!(*b, entry.concept);
            }
        }
    }

    /// Each language lists concepts of the lexicon, in its order, each once and with some
    /// forms, each form once; every concept has words in every language.
    #[test]
    fn every_language_names_the_concepts_in_order() {
        let keys: Vec<&str> = ENTRIES.iter().map(|e| e.concept).collect();
        for &lang in Lang::ALL {
            let listed: Vec<&str> = measures(lang).forms.iter().map(|(c, _)| *c).collect();
            assert_eq!(listed, keys, "{lang}: its forms must list the lexicon's concepts in order");
            for &(concept, list) in measures(lang).forms {
                let mut forms: Vec<&str> = list.to_vec();
                forms.sort_unstable();
                forms.dedup();
                assert!(!list.is_empty(), "{concept} ({lang}) has no forms");
                assert_eq!(forms.len(), list.len(), "{concept} ({lang}) lists a form twice");
            }
        }
    }

    /// The special lists name real forms, and a spelled form is one word.
    #[test]
    fn special_lists_name_forms() {
        for &lang in Lang::ALL {
            let m = measures(lang);
            let all: Vec<&str> = m.forms.iter().flat_map(|(_, forms)| forms.iter().copied()).collect();
            for f in m.not_heads.iter().chain(m.spelled) {
                assert!(all.contains(f), "{f} ({lang}) is in no entry");
                assert!(!f.contains(' '), "{f}");
            }
            assert!(m.compounds || m.not_heads.is_empty(), "{lang}: heads of no compounds");
        }
    }

    #[test]
    fn compounds_and_languages_meet() {
        assert_eq!(concepts("Nvidia-Beschleuniger", Lang::De)[0], "gpu");
        assert_eq!(concepts("Hauptautoren", Lang::De)[0], "author");
        assert_eq!(concepts("Investitionen", Lang::De)[0], "investment");
        assert_eq!(concepts("investment", Lang::En)[0], "investment");
        assert_eq!(concepts("GPUs", Lang::En)[0], "gpu");
        assert!(concepts("Kapitalausgaben", Lang::De).contains(&"spending"));
        assert!(concepts("Haus", Lang::De).is_empty());
    }

    /// Specific concepts come before the broader ones, also when a word is on both entries.
    #[test]
    fn specific_concepts_come_first() {
        assert_eq!(concepts("Stimmenanteil", Lang::De), ["vote_share", "vote"]);
        assert_eq!(concepts("Nettogewinn", Lang::De), ["net_income", "profit"]);
        assert_eq!(concepts("Ja-Stimmen", Lang::De), ["yes_votes", "vote"]);
        assert_eq!(concepts("Stellenabbau", Lang::De), ["job_cuts", "jobs", "cut"]);
    }

    /// Compounds of the new families match by their head, hyphenated forms as whole words.
    #[test]
    fn compounds_find_their_field() {
        for (word, want) in [
            ("Quartalsumsatz", "revenue"),
            ("Schwerverletzte", "injured"),
            ("Leichtverletzten", "injured"),
            ("Bundestagsabgeordneten", "lawmaker"),
            ("Neuinfektionen", "infections"),
            ("Kohlekraftwerke", "power_plant"),
            ("Sonderkredit", "debt"),
            ("Großaufträge", "orders"),
            ("Leiharbeiter", "employee"),
            ("Grundschüler", "student"),
            ("Staatsfonds", "fund"),
            ("Wohnhäusern", "building"),
            ("Erstwählern", "voters"),
            ("Mehrwertsteuer", "tax"),
            ("Strafzöllen", "tariff"),
            ("Zinssenkung", "cut"),
            ("Schuldenabbau", "cut"),
            ("Commerzbank-Aktien", "shares"),
            ("SPD-Stimmen", "vote"),
            ("Corona-Fälle", "cases"),
            ("Ja-Stimmen", "yes_votes"),
            ("Nein-Stimmen", "no_votes"),
            ("CO2-Emissionen", "emissions"),
            ("Infrastruktur-Sondervermögen", "fund"),
        ] {
            let found = concepts(word, Lang::De);
            assert_eq!(found.first(), Some(&want), "{word} → {found:?}");
        }
        assert!(!concepts("Nein-Stimmen", Lang::De).contains(&"yes_votes"));
        assert!(!concepts("Ja-Stimmen", Lang::De).contains(&"no_votes"));
    }

    /// The false hits [`Measures::not_heads`] prevent, while the whole words still match.
    #[test]
    fn not_heads_match_only_whole_words() {
        for (word, not) in [
            ("Hersteller", "jobs"),
            ("Baustellen", "jobs"),
            ("Vorstellung", "jobs"),
            ("bestimmen", "vote"),
            ("Abstimmung", "vote"),
            ("Prozentpunkte", "points"),
            ("Zeitpunkt", "points"),
            ("Schwerpunkt", "points"),
            ("Parkplatz", "rank"),
            ("Marktplatz", "rank"),
            ("begründen", "founding"),
            ("Hintergründe", "founding"),
            ("Frauenanteil", "stake"),
            ("Eigenanteil", "stake"),
            ("Unfälle", "cases"),
            ("Zwischenfällen", "cases"),
            ("Flüchtlingsstrom", "electricity"),
            ("Datenstrom", "power"),
            ("Dienstleistungen", "power"),
            ("Beispiele", "match"),
            ("Ausländer", "country"),
            ("Ausländern", "region"),
            ("Wahlhelfer", "rescuer"),
            ("Zugewinn", "profit"),
            ("Kursgewinne", "profit"),
            ("Ankündigungen", "job_cuts"),
            ("Finanzpaket", "pay"),
            ("Schuldenpaket", "offer"),
            ("Netzwerke", "plant"),
            ("Bauwerken", "plant"),
            ("Sekunden", "customer"),
            ("Urkunden", "customer"),
            ("Nachwuchs", "growth"),
        ] {
            let found = concepts(word, Lang::De);
            assert!(!found.contains(&not), "{word} → {found:?}");
        }
        for (word, want) in [
            ("Stellen", "jobs"),
            ("Stimmen", "vote"),
            ("Punkte", "points"),
            ("Platz", "rank"),
            ("Anteil", "stake"),
            ("Fälle", "cases"),
            ("Strom", "electricity"),
            ("Spiele", "match"),
            ("Länder", "country"),
            ("Gewinn", "profit"),
            ("VW-Stellen", "jobs"),
            ("Werke", "plant"),
            ("Opel-Werke", "plant"),
            ("Eingeschlossene", "missing"),
            ("Menschenleben", "deaths"),
        ] {
            assert!(concepts(word, Lang::De).contains(&want), "{word} → {:?}", concepts(word, Lang::De));
        }
    }

    /// Words that share a stem with a [`Measures::spelled`] form, and very common words that are no
    /// measure, have no concept.
    #[test]
    fn stem_twins_and_common_words_have_no_concept() {
        for word in [
            "Arbeit",
            "Zusammenarbeit",
            "Kurzarbeit",
            "Fall",
            "Schule",
            "Hochschulen",
            "Grund",
            "Gründe",
            "nutzen",
            "gehalten",
            "Besuch",
            "treffen",
            "geraten",
            "enthält",
            "Forderung",
            "Verbindungen",
            "Plätze",
            "Plätzen",
            "Land",
            "Staat",
            "Konzern",
            "Schuld",
            "Gewinner",
            "gewinnen",
            "steuern",
            "fertig",
            "Vertrieb",
            "Sitz",
            "Stärke",
            "Jahr",
            "Zahl",
            "Zahlen",
            "Haus",
            "Ankündigung",
            "sozialverträgliche",
            "medizinischer",
            "gezählt",
            "zählte",
            "Kämpfe",
            "Gewerkschaft",
            "vor kurzem",
        ] {
            assert!(concepts(word, Lang::De).is_empty(), "{word} → {:?}", concepts(word, Lang::De));
        }
        // `Wahl` shares the stem of `Wähler` and is no voter: it is the election, by its own form.
        assert_eq!(concepts("Wahl", Lang::De), ["election"]);
        for word in [
            "case",
            "share",
            "shared",
            "missed",
            "contracted",
            "country",
            "firm",
            "year",
            "number",
            "important",
            "national",
            "major",
            "powerful",
            "electric",
            "builds",
            "found",
            "authority",
            "authorities",
            "goal",
            "deputy",
            "order",
            "product",
            "house",
            "home",
            "strike",
            "live",
            "lived",
        ] {
            assert!(concepts(word, Lang::En).is_empty(), "{word} → {:?}", concepts(word, Lang::En));
        }
    }

    /// German and English words for the same measure meet, across the fields.
    #[test]
    fn fields_german_and_english_meet() {
        let pairs = [
            // business and results
            ("Umsatz", "revenue"),
            ("Konzernumsatz", "sales"),
            ("Gewinn", "profit"),
            ("Nettogewinn", "net income"),
            ("operatives Ergebnis", "operating profit"),
            ("EBIT", "EBIT"),
            ("Verlust", "loss"),
            ("Absatz", "units sold"),
            ("Auslieferungen", "deliveries"),
            ("Aufträge", "orders"),
            ("Börsenwert", "market value"),
            // takeovers
            ("Übernahmeprämie", "takeover premium"),
            ("Aufschlag", "premium"),
            ("Annahmeschwelle", "acceptance threshold"),
            ("Eigenkapitalwert", "equity value"),
            ("Unternehmenswert", "enterprise value"),
            ("Synergien", "synergies"),
            ("Marktkapitalisierung", "market cap"),
            ("Aktienkurs", "share price"),
            ("Dividende", "dividend"),
            ("Beteiligung", "stake"),
            ("Finanzinstrumente", "derivative instruments"),
            ("Befragten", "respondents"),
            ("Umfragewerte", "approval ratings"),
            ("Landtagswahl", "election"),
            ("Derivate", "derivatives"),
            ("Aktien", "shares"),
            ("Stimmrechte", "voting rights"),
            ("Übernahmeangebot", "takeover offer"),
            ("Kaufangebot", "takeover bid"),
            ("Preis", "price"),
            ("Kosten", "costs"),
            ("Einsparungen", "savings"),
            ("Beschäftigungssicherung", "job security"),
            ("Kunden", "customers"),
            // labour
            ("Lohn", "wage"),
            ("Gehalt", "salary"),
            ("Lohnerhöhung", "pay rise"),
            ("Prämie", "bonus"),
            ("Einmalzahlung", "bonus"),
            ("Rente", "pension"),
            ("Arbeitsplätze", "jobs"),
            ("Stellen", "jobs"),
            ("Stellenabbau", "job cuts"),
            ("Stellenabbau", "jobs"),
            ("Entlassungen", "layoffs"),
            ("Beschäftigte", "employees"),
            ("Arbeiter", "workers"),
            ("Gewerkschaftsmitglieder", "union members"),
            ("Streikende", "strikers"),
            ("Kapazität", "capacity"),
            ("Werke", "plants"),
            // public finance
            ("Haushalt", "budget"),
            ("Schulden", "debt"),
            ("Neuverschuldung", "borrowing"),
            ("Defizit", "deficit"),
            ("Sondervermögen", "fund"),
            ("Bruttoinlandsprodukt", "GDP"),
            ("BIP", "GDP"),
            ("Steuern", "taxes"),
            ("Subventionen", "subsidies"),
            ("Förderung", "subsidy"),
            ("Infrastruktur", "infrastructure"),
            ("Verteidigungsausgaben", "defence spending"),
            ("Rüstungsausgaben", "military spending"),
            ("Klimafonds", "climate fund"),
            ("Klimaschutz", "climate protection"),
            ("Leitzins", "interest rate"),
            ("Zölle", "tariffs"),
            // elections and parliament
            ("Stimmen", "votes"),
            ("Ja-Stimmen", "yes votes"),
            ("Nein-Stimmen", "no votes"),
            ("Gegenstimmen", "votes against"),
            ("Enthaltungen", "abstentions"),
            ("Sitze", "seats"),
            ("Mandate", "seats"),
            ("Wahlbeteiligung", "turnout"),
            ("Mehrheit", "majority"),
            ("Zweidrittelmehrheit", "two-thirds majority"),
            ("Zweidrittelmehrheit", "majority"),
            ("Abgeordnete", "lawmakers"),
            ("Stimmenanteil", "vote share"),
            ("Wähler", "voters"),
            ("Bundesländer", "federal states"),
            // disasters and health
            ("Todesopfer", "lives"),
            ("Tote", "deaths"),
            ("Todesopfer", "death toll"),
            ("ums Leben", "killed"),
            ("Verletzte", "injured"),
            ("Vermisste", "missing"),
            ("Erdbebenstärke", "magnitude"),
            ("Obdachlose", "displaced"),
            ("Evakuierte", "evacuated"),
            ("Fälle", "cases"),
            ("Infektionen", "infections"),
            ("Patienten", "patients"),
            ("Krankenhäuser", "hospitals"),
            ("Schäden", "damage"),
            // courts
            ("Haftstrafe", "prison sentence"),
            ("Jahre Haft", "sentenced"),
            ("Geldstrafe", "fine"),
            ("Bußgeld", "fines"),
            ("Schadensersatz", "damages"),
            // sport
            ("Ablösesumme", "transfer fee"),
            ("Tore", "goals"),
            ("Vertrag", "contract"),
            ("Jahresgehalt", "salary"),
            ("Zuschauer", "spectators"),
            ("Punkte", "points"),
            // energy
            ("Strom", "electricity"),
            ("Megawatt", "capacity"),
            ("CO2-Emissionen", "CO2 emissions"),
            ("Ausstoß", "emissions"),
            ("Gaspreis", "gas price"),
            ("Ölpreis", "oil price"),
            ("Kraftwerke", "power plants"),
            // tech
            ("Nutzer", "users"),
            ("Abonnenten", "subscribers"),
            ("Downloads", "downloads"),
            ("Rechenzentren", "data centers"),
            ("Grafikprozessoren", "GPUs"),
            ("Parameter", "parameters"),
            ("Sprachmodelle", "models"),
            // people
            ("Einwohner", "residents"),
            ("Bevölkerung", "population"),
            ("Flüchtlinge", "refugees"),
            ("Migranten", "migrants"),
            ("Fahrgäste", "passengers"),
            ("Passagiere", "passengers"),
            ("Studierende", "students"),
            ("Schüler", "pupils"),
            ("Kinder", "children"),
        ];
        assert!(pairs.len() >= 50);
        for (de, en) in pairs {
            assert!(
                meet((de, Lang::De), (en, Lang::En)),
                "{de} {:?} and {en} {:?} do not meet",
                lookup(de, Lang::De),
                lookup(en, Lang::En)
            );
        }
    }

    /// Different measures of one story do not meet, in either language.
    #[test]
    fn distinct_measures_stay_distinct() {
        let (de, en) = (Lang::De, Lang::En);
        let pairs = [
            (("Tote", de), ("Verletzte", de)),
            (("Tote", de), ("Vermisste", de)),
            (("Todesopfer", de), ("injured", en)),
            (("deaths", en), ("injured", en)),
            (("killed", en), ("missing", en)),
            (("Obdachlose", de), ("Tote", de)),
            (("Umsatz", de), ("Gewinn", de)),
            (("revenue", en), ("profit", en)),
            (("Umsatz", de), ("Absatz", de)),
            (("Gewinn", de), ("Verlust", de)),
            (("Nettogewinn", de), ("operating profit", en)),
            (("Dividende", de), ("Gewinn", de)),
            (("Ja-Stimmen", de), ("Nein-Stimmen", de)),
            (("yes votes", en), ("no votes", en)),
            (("Ja-Stimmen", de), ("Enthaltungen", de)),
            (("Sitze", de), ("Stimmen", de)),
            (("Wahlbeteiligung", de), ("Stimmenanteil", de)),
            (("Wähler", de), ("votes", en)),
            (("Abgeordnete", de), ("Wähler", de)),
            (("Schulden", de), ("Defizit", de)),
            (("debt", en), ("deficit", en)),
            (("Haushalt", de), ("Schulden", de)),
            (("Anteil", de), ("Aktien", de)),
            (("stake", en), ("shares", en)),
            (("Stimmrechte", de), ("Aktien", de)),
            (("Börsenwert", de), ("Aktienkurs", de)),
            (("Stellenabbau", de), ("Mitarbeiter", de)),
            (("job cuts", en), ("employees", en)),
            (("Arbeitsplätze", de), ("Beschäftigte", de)),
            (("Lohn", de), ("Prämie", de)),
            (("Lohnerhöhung", de), ("Lohn", de)),
            (("Aufträge", de), ("Auslieferungen", de)),
            (("Haftstrafe", de), ("Geldstrafe", de)),
            (("Geldstrafe", de), ("Schadensersatz", de)),
            (("Fälle", de), ("Tote", de)),
            (("Patienten", de), ("Krankenhäuser", de)),
            (("Einwohner", de), ("Flüchtlinge", de)),
            (("Kunden", de), ("Mitarbeiter", de)),
            (("Strom", de), ("Emissionen", de)),
            (("Ölpreis", de), ("Aktienkurs", de)),
            (("Tore", de), ("Punkte", de)),
            (("Ablöse", de), ("Jahresgehalt", de)),
            (("Zuschauer", de), ("Spieler", de)),
            (("Nutzer", de), ("Downloads", de)),
            (("Umsatz", de), ("Steuern", de)),
            (("Sondervermögen", de), ("Schulden", de)),
        ];
        assert!(pairs.len() >= 20);
        for (a, b) in pairs {
            assert!(!meet(a, b), "{} {:?} and {} {:?} meet", a.0, lookup(a.0, a.1), b.0, lookup(b.0, b.1));
        }
    }
}
