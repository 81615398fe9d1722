//! Whether two claims state the same fact, and how strongly: hard vetoes first, then a
//! link whose demands on shared context grow as the figures move apart.
//!
//! | the figures | they link when |
//! |---|---|
//! | the same number (within 0.5 %) | a little shared context, the same measure, or reports of one story |
//! | agree within precision or hedge | more context, or the same measure in reports told together; the same measure, shared evidence or one story; a shared name |
//! | differ (and dates, whatever their values) | the same measure (or none on either side), shared evidence, clear shared context, the same *what* and *who*, reports of one story at most [`Params::update_window_days`] apart |
//!
//! Vetoes, whatever the similarity: one figure per source per fact; and ([`compatible`]) a
//! framing figure against a fact; time scopes that do not overlap; an estimate against a
//! reported figure; different counted things. How a figure is told (framing, estimate) does
//! not separate the same number in reports told together ([`Scorer::told_two_ways`]).

use std::collections::HashSet;

use chrono::NaiveDate;

use super::names::{not_named_apart, same_who};
use super::params::Params;
use super::profile::{primary_concepts, unit_concepts, Profiles};
use crate::claim::{lexicon, Claim, Modality};
use crate::compare::{agree_with, mistyped};
use crate::lang::Lang;
use crate::quantity::Kind;

/// How two figures' values relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same number, within [`Params::same_value_tolerance`].
    Same,
    /// Close numbers whose intervals overlap (precision, hedges: `rund 57 Millionen`,
    /// `57.4 million`), within [`Params::compatible_tolerance`].
    Compatible,
    /// Numbers far apart that overlap only through an open bound (`mindestens 10` and
    /// `200 Millionen`): no evidence of one fact, though not a contradiction either.
    Bounded,
    /// Numbers that cannot both be right.
    Differ,
    /// Values that cannot be compared.
    Incomparable,
}

/// How two figures' values relate (see [`Relation`]).
pub fn relation(a: &Claim, b: &Claim, p: &Params) -> Relation {
    let (qa, qb) = (&a.quantity, &b.quantity);
    // A bare number and a count compare as two counts (see `agree_with`).
    let agreed = agree_with(a, b, &p.tolerances);
    match agreed {
        None => Relation::Incomparable,
        Some(false) => Relation::Differ,
        Some(true) => {
            let same = match (qa.value.as_f64(), qb.value.as_f64()) {
                (Some(x), Some(y)) => {
                    (x - y).abs() <= p.same_value_tolerance * x.abs().max(y.abs())
                        && qa.part == qb.part
                        && qa.whole == qb.whole
                }
                // Dates: the same period (`2025` is not `Mitte 2025`).
                _ => qa.value == qb.value && qa.low == qb.low && qa.high == qb.high,
            };
            let close = match (qa.value.as_f64(), qb.value.as_f64()) {
                (Some(x), Some(y)) => (x - y).abs() <= p.compatible_tolerance * x.abs().max(y.abs()),
                _ => true,
            };
            if same {
                Relation::Same
            } else if close {
                Relation::Compatible
            } else {
                Relation::Bounded
            }
        }
    }
}

/// The time a claim's sentence scopes it to (`2016`, `bis 2030`, `am 19. Mai`), and whether
/// it is a period rather than a single day.
fn time_interval(c: &Claim) -> Option<(String, String, bool)> {
    let t = c.time.as_ref()?;
    let (low, high) = (t.low.clone()?, t.high.clone()?);
    let period = low != high;
    Some((low, high, period))
}

/// Whether two claims of different sources may state the same fact, whatever their
/// similarity.
pub fn compatible(a: &Claim, b: &Claim, relation: Relation) -> Result<(), &'static str> {
    compatible_counted(a, b, relation, &Counted::of(a), &Counted::of(b), false)
}

/// What a claim counts, read once per claim for [`compatible`]: the concepts of its counted
/// noun (and, for a group measured by what it did, the act: `513 lawmakers backed it` counts
/// yes votes, see `lexicon::GROUP_ACTS`), and the noun's stem.
#[derive(Debug, Clone, Default)]
pub(super) struct Counted {
    concepts: HashSet<&'static str>,
    stem: Option<&'static str>,
}

impl Counted {
    /// Whether two claims count one specific thing (`Schulen`, `schools`; not `people`):
    /// a measure as good as one the clause names.
    pub(super) fn same_specific(&self, other: &Counted) -> bool {
        self.concepts.iter().any(|k| !lexicon::is_generic(k) && !lexicon::is_vague(k) && other.concepts.contains(k))
    }

    pub(super) fn of(c: &Claim) -> Counted {
        let mut concepts: HashSet<&'static str> =
            c.quantity.unit.as_deref().map(unit_concepts).unwrap_or_default().into_iter().collect();
        if !concepts.is_empty() && concepts.iter().all(|k| lexicon::is_group(k)) {
            let act = c.measure.as_deref().and_then(lexicon::act_measure);
            concepts.extend(
                act.into_iter().chain(act.and_then(lexicon::entry).into_iter().flat_map(|e| e.broader.iter().copied())),
            );
        }
        // One stemmer for every claim: counted nouns of both languages meet by their stems;
        // units of time by the unit (`Jahren` and `years`).
        let stem = c.quantity.unit.as_deref().map(|u| {
            crate::lang::time_unit(u)
                .unwrap_or_else(|| lexicon::normalize(u.rsplit('-').next().unwrap_or(u), Lang::FALLBACK))
        });
        Counted { concepts, stem }
    }
}

/// Whether two claims are written in different languages (both known).
fn across_languages(a: &Claim, b: &Claim) -> bool {
    a.lang.is_some() && b.lang.is_some() && a.lang != b.lang
}

/// The least count whose recurrence in reports told together says more than its nouns do
/// (see [`compatible_counted`]): below it, one story's counts of different things coincide.
const SIZABLE_COUNT: f64 = 100.0;

/// [`compatible`], with what each claim counts read before. `told_two_ways`: the same
/// figure in reports that share figures and names themselves, where how each report tells
/// it (framing another figure or stating it, as an estimate or plainly, as a part of a
/// total or on its own) does not separate it (see [`Scorer::told_two_ways`]).
pub(super) fn compatible_counted(
    a: &Claim,
    b: &Claim,
    relation: Relation,
    counted_a: &Counted,
    counted_b: &Counted,
    told_two_ways: bool,
) -> Result<(), &'static str> {
    // A figure that only dates or frames another is no fact of its own to align with a
    // figure that is one. Dates are the exception: a date framing another figure can be a
    // fact of its own (`im Juni 2025 ... eingestellt`), and dates link by context alone.
    if a.incidental != b.incidental && a.quantity.kind != Kind::Date && !told_two_ways {
        return Err("a framing figure against a fact");
    }
    // Periods that do not overlap (`2016`, `2024`) are different facts. A single day dates
    // an event the sentence tells (the day a strike began, a return to work): the same
    // figure beside two days is still one fact (the 33,000 strikers), while different
    // figures of different days are different events (two matches' crowds).
    if let (Some((a0, a1, pa)), Some((b0, b1, pb))) = (time_interval(a), time_interval(b)) {
        if (a1 < b0 || b1 < a0) && (pa && pb || relation != Relation::Same) {
            return Err("periods that do not overlap");
        }
    }
    if a.change != b.change {
        return Err("a change against a level");
    }
    // A part against a total (`including 780 on Thursday` and the 1,610 of both days) —
    // but a part one report counts within a total and another states on its own (`780
    // flights` on Thursday) is the same figure told two ways.
    if a.subset != b.subset && !told_two_ways {
        return Err("a part of a group against a total");
    }
    if (a.modality == Modality::Estimate) != (b.modality == Modality::Estimate) && !told_two_ways {
        return Err("an estimate against a reported figure");
    }
    if (a.modality == Modality::Required) != (b.modality == Modality::Required) {
        return Err("a requirement against an outcome");
    }
    // A count counts something: the same thing, by concept (`GPUs`, `Beschleuniger`) or by
    // word, or it is another fact. Only what is known separates: two nouns the lexicon
    // knows with no concept in common, not even a broader one (researchers and authors are
    // people; GPUs are not), or a bare number whose measure is not what the other counts.
    // A generic noun alone (`people`, `Menschen`) says nothing about which people.
    if matches!(a.quantity.kind, Kind::Count | Kind::Ratio | Kind::Number) {
        let specific =
            |all: &HashSet<&'static str>| all.iter().any(|k| !lexicon::is_generic(k) && !lexicon::is_vague(k));
        let (ca, cb) = (&counted_a.concepts, &counted_b.concepts);
        let same_word = counted_a.stem.is_some() && counted_a.stem == counted_b.stem;
        let bare = |c: &Claim| c.quantity.unit.is_none();
        let other_measure = |bare_one: &Claim, counted: &HashSet<&'static str>| {
            specific(counted)
                && bare_one.measure.as_deref().is_some_and(|m| !counted.iter().any(|k| related_measures(m, k)))
        };
        // A noun the lexicon does not know can only be matched by its word: the bare
        // number's sentence must use it (`200 Millionen Unternehmen` is not `mindestens 10`
        // offers).
        let mentions = |bare_one: &Claim, counted: &Counted| {
            counted.stem.is_some_and(|s| bare_one.keywords.iter().take(8).any(|k| k == s))
        };
        // The same sizable number in reports told together (`told_two_ways`): a noun the
        // lexicon does not know says nothing either way (`weitere 780`, `780 Verbindungen`,
        // `780 flights` on one day of one strike); two nouns it knows still must meet, and so
        // must two it does not know. Small counts of different things meet in one story by
        // chance (`22 Waggons`, 22 injured).
        let sizable_two_ways = told_two_ways && a.quantity.value.as_f64().is_some_and(|v| v.abs() >= SIZABLE_COUNT);
        let fits = match (bare(a), bare(b)) {
            (true, true) => true,
            (true, false) => !other_measure(a, cb) && (!cb.is_empty() || sizable_two_ways || mentions(a, counted_b)),
            (false, true) => !other_measure(b, ca) && (!ca.is_empty() || sizable_two_ways || mentions(b, counted_a)),
            // A noun the lexicon does not know meets only its own word. Two broad nouns
            // meet when one thing can be both (`cuts` and `jobs`: job cuts), never when
            // nothing is (`votes` and `lawmakers`).
            (false, false) => {
                let broad_meet = |x: &HashSet<&'static str>, y: &HashSet<&'static str>| {
                    !specific(x) && y.iter().any(|k| x.iter().any(|g| lexicon::may_be_both(g, k)))
                };
                // Across languages a word never meets its translation: there a noun the
                // lexicon does not know (`Anleger`, `investors`) says nothing either way.
                same_word
                    || across_languages(a, b) && (ca.is_empty() || cb.is_empty())
                    // A noun it does not know may name what the other's known noun names;
                    // two different words it does not know, in one language, are two things
                    // (`Anleger`, `Sparer`).
                    || sizable_two_ways && ca.is_empty() != cb.is_empty()
                    || !ca.is_empty()
                        && !cb.is_empty()
                        && (!ca.is_disjoint(cb) || broad_meet(ca, cb) || broad_meet(cb, ca))
            }
        };
        if !fits {
            return Err("different counted things");
        }
    }
    Ok(())
}

/// A date is a fact about an event: both sentences must name the same kind of event
/// (founded, released, hired), not merely the same company. `primary`: each claim's
/// [`primary_concepts`].
fn same_event(a: &Claim, primary_a: &HashSet<String>, primary_b: &HashSet<String>) -> bool {
    a.quantity.kind != Kind::Date || !primary_a.is_disjoint(primary_b)
}

/// The words [`same_what`] compares, read once per claim.
#[derive(Debug, Clone, Default)]
pub(super) struct What {
    /// The concepts its sentence states, and the keywords of the sentences around it.
    concepts: HashSet<String>,
    /// Its three nearest keywords that are no concepts.
    nearest: HashSet<String>,
}

impl What {
    pub(super) fn of(c: &Claim) -> What {
        What {
            concepts: primary_concepts(c).into_iter().chain(c.nearby_keywords.iter().cloned()).collect(),
            nearest: c.keywords.iter().filter(|k| !lexicon::is_concept(k)).take(3).cloned().collect(),
        }
    }
}

/// Whether two claims say what they measure the same way: a concept both state (in the
/// sentence or the ones around it), the same counted thing, or the same word next to both.
/// A shared name alone (who) never makes a fact. Each claim's words are read once, before
/// ([`What`]).
pub(super) fn same_what(a: &Claim, b: &Claim, what_a: &What, what_b: &What) -> bool {
    if !what_a.concepts.is_disjoint(&what_b.concepts) {
        return true;
    }
    let counted = |c: &Claim| matches!(c.quantity.kind, Kind::Count | Kind::Ratio) && c.quantity.unit.is_some();
    if counted(a) && counted(b) {
        // `compatible` has checked that they count the same thing.
        return true;
    }
    // A bare number has no unit or noun to say what it is: only a concept can.
    if a.quantity.kind == Kind::Number || b.quantity.kind == Kind::Number {
        return false;
    }
    !what_a.nearest.is_disjoint(&what_b.nearest)
}

/// Whether two dates name the same single day (`2024-09-13`, or `--09-13` when the year
/// goes unsaid and no report date supplies it).
fn same_day(a: &Claim, b: &Claim) -> bool {
    let (qa, qb) = (&a.quantity, &b.quantity);
    let day = |v: &str| v.len() == 10 || v.len() == 7 && v.starts_with("--");
    // Asked of every pair of dates among the candidates: their text, not formatted.
    let (va, vb) = (qa.value.text(), qb.value.text());
    va == vb && day(&va) && qa.low == qb.low && qa.high == qb.high
}

/// Whether two measures are the same, one a kind of the other (`capex`, `investment`).
fn related_measures(a: &str, b: &str) -> bool {
    a == b || lexicon::is_kind_of(a, b) || lexicon::is_kind_of(b, a)
}

/// A claim's measure, unless vague (`people`, `spending` do not say which people or
/// spending).
fn specific(c: &Claim) -> Option<&str> {
    c.measure.as_deref().filter(|m| !lexicon::is_vague(m))
}

/// Whether a claim says what its figure measures: a measure read from its clause, a counted
/// noun (not a duration's: `seit neun Jahren` frames, see `Claim::incidental`), a physical
/// unit (a length, a speed), or, for a date, the event it dates (dates link only by what
/// they date, see [`Scorer::judge`]). A fact's label names this.
pub(crate) fn says_what(c: &Claim) -> bool {
    c.measure.is_some()
        || match c.quantity.kind {
            Kind::Date => true,
            Kind::Count | Kind::Ratio => c.quantity.unit.is_some() && !c.incidental,
            Kind::Measure => c.quantity.dimension.is_some(),
            _ => false,
        }
}

/// Whether two amounts of money (one currency: they share a block) are the same figure or
/// within precision of each other: what lets two amounts that name no measure link.
pub(crate) fn same_amount(a: &Claim, b: &Claim, p: &Params) -> bool {
    a.quantity.kind == Kind::Money
        && b.quantity.kind == Kind::Money
        && matches!(relation(a, b, p), Relation::Same | Relation::Compatible)
}

/// Whether both claims count groups of people (`workers`, `members`, `strikers`: see
/// [`lexicon::GROUPS`]), not what befell them.
fn people_both(a: &Claim, b: &Claim) -> bool {
    let group = |c: &Claim| c.measure.as_deref().is_some_and(lexicon::is_group);
    group(a) && group(b)
}

/// What a claim's measure says about a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measures {
    Same,
    Differ,
    Unknown,
}

/// Whether two claims' specific measures are the same or one a kind of the other: what
/// [`measures`] calls `Same`, without reading their sentences (asked of most candidates).
pub(super) fn same_measure(a: &Claim, b: &Claim) -> bool {
    matches!((specific(a), specific(b)), (Some(x), Some(y)) if related_measures(x, y))
}

/// Two measures differ only when neither sentence speaks of the other's: a fund financed
/// by debt may be `debt` nearest one figure and `infrastructure` nearest the other, while
/// both sentences name both. (Read strictly, the noise of measures taken from the nearest
/// word split one figure's reports: 110 → 105 regular dossier checks.)
fn measures(a: &Claim, b: &Claim, taken_a: &[&str], taken_b: &[&str]) -> Measures {
    // A sentence speaks of a measure another figure of it has not taken (`144 killed and
    // 737 injured`: the 737 do not speak of the dead).
    let speaks_of = |c: &Claim, taken: &[&str], m: &str| {
        !taken.iter().any(|t| related_measures(t, m)) && c.keywords.iter().any(|k| related_measures(k, m))
    };
    if same_measure(a, b) {
        return Measures::Same;
    }
    match (specific(a), specific(b)) {
        // The sides of one whole differ whatever else the sentences speak of.
        (Some(x), Some(y)) if lexicon::opposed(x, y) => Measures::Differ,
        (Some(x), Some(y)) if speaks_of(a, taken_a, y) || speaks_of(b, taken_b, x) => Measures::Unknown,
        (Some(_), Some(_)) => Measures::Differ,
        _ => Measures::Unknown,
    }
}

/// The context everything below needs: the claims, their profiles, the sources' dates.
pub(super) struct Scorer<'a> {
    pub free: &'a [&'a Claim],
    pub profiles: &'a Profiles,
    /// Each claim's source's date, by claim index.
    pub days: &'a [Option<NaiveDate>],
    pub params: &'a Params,
    /// Which reports tell one story (see [`Params::story_shared`]).
    pub stories: &'a super::Stories,
}

impl Scorer<'_> {
    /// Whether two claims' sources share figures and names themselves: evidence enough for
    /// equal figures with no context in common. (Through a third source is not enough: in
    /// a large collection of reports such chains join unrelated stories.)
    pub fn told_together(&self, i: usize, j: usize) -> bool {
        self.stories.told_together(i, j)
    }

    /// Whether the sources of two claims report one story, directly or through others.
    pub fn same_story(&self, i: usize, j: usize) -> bool {
        self.stories.same_story(i, j)
    }

    /// Unless both say which period they mean (`für 2025`), reports far apart in time that
    /// give different figures — even close ones (a 24 % offer a year after a 25 % one) —
    /// report different events.
    pub(super) fn far_apart(&self, i: usize, j: usize) -> bool {
        let scoped = self.free[i].time.is_some() && self.free[j].time.is_some();
        match (self.date(i), self.date(j)) {
            (Some(x), Some(y)) => !scoped && (x - y).num_days().abs() > self.params.update_window_days,
            _ => false,
        }
    }

    /// Whether two different figures are said to measure the same thing of the same holder
    /// in reports of one story: the same specific measure (`deaths`, not `people`), and
    /// where both sentences name who the figure is of, a name in common (Bangkok's dead are
    /// not Myanmar's). Across languages two such sentences share few weighted terms, so
    /// this, not their likeness, is what shows them one fact.
    pub fn by_measure(&self, i: usize, j: usize) -> bool {
        let a = self.free[i];
        let (ha, hb) = (&self.profiles.holders[i], &self.profiles.holders[j]);
        // The story first: two numbers compared, where the rest reads words.
        self.same_story(i, j) && a.quantity.kind != Kind::Date && self.same_thing(i, j) && not_named_apart(ha, hb)
    }

    /// Whether two claims of different reports may be values of one fact over time,
    /// whatever their sentences' likeness: nothing that keeps two figures apart does
    /// (counted things, periods, change against level, estimate, requirement, places,
    /// reports far apart, a conversion). Asked of the claims of two facts of one measure
    /// (see `join_timelines`).
    pub(super) fn may_be_one(&self, i: usize, j: usize) -> bool {
        let (a, b, p) = (self.free[i], self.free[j], self.params);
        if self.profiles.blocks[i] != self.profiles.blocks[j] || a.quantity.kind == Kind::Date {
            return false;
        }
        let relation = relation(a, b, p);
        let (pa, pb) = (&self.profiles.places[i], &self.profiles.places[j]);
        // Who each figure's own sentence says it is of: Spain's power demand is not Italy's,
        // though no report gives both.
        let (ha, hb) = (&self.profiles.holders[i], &self.profiles.holders[j]);
        !self.one_past_against_now(i, j)
            && compatible_counted(a, b, relation, &self.profiles.counted[i], &self.profiles.counted[j], false).is_ok()
            && not_named_apart(pa, pb)
            && not_named_apart(ha, hb)
            && (relation == Relation::Same || !(self.far_apart(i, j) || a.converted || b.converted || a.incidental))
    }

    /// Whether claim `i` is scoped to a period that ended long before claim `j`'s report
    /// while `j` names no period: an earlier event's figure (the injured of a crash in
    /// 2009) beside the story's own (`61 injured`), not a stage of its timeline.
    fn past_against_now(&self, i: usize, j: usize) -> bool {
        let (Some(t), None, Some(day)) = (&self.free[i].time, &self.free[j].time, self.date(j)) else { return false };
        t.high
            .as_deref()
            .and_then(super::iso_day)
            .is_some_and(|end| (day - end).num_days() > self.params.update_window_days)
    }

    /// [`Scorer::past_against_now`] either way round.
    fn one_past_against_now(&self, i: usize, j: usize) -> bool {
        self.past_against_now(i, j) || self.past_against_now(j, i)
    }

    /// Whether some report sets the two figures' holders against each other for the
    /// measure `m` (see [`Profiles::contrasts`]).
    pub(super) fn contrasted(&self, i: usize, j: usize, m: &'static str) -> bool {
        let (hi, hj) = (&self.profiles.holders[i], &self.profiles.holders[j]);
        hi.iter().any(|x| {
            hj.iter().any(|y| {
                let (a, b) = if x <= y { (x, y) } else { (y, x) };
                self.profiles.contrasts.contains(&(m, a.clone(), b.clone()))
            })
        })
    }

    /// Whether two figures that do not say what they measure are the same number in reports
    /// that share figures and names themselves: as the same amount of money, one fact may
    /// be told so (`eight years and six months`, `8 Jahre und 6 Monate` demanded; `down
    /// 29.6%`, `29,6 Prozent weniger`).
    pub(super) fn unnamed_same(&self, i: usize, j: usize) -> bool {
        self.told_together(i, j) && relation(self.free[i], self.free[j], self.params) == Relation::Same
    }

    /// Whether two claims say they measure one specific thing: the same measure, or (a
    /// clause naming none) the same specific counted noun (`zwei Volksschulen`, `Five
    /// schools`; `Anleger`, `investors` — not `people`), with no measure of either
    /// saying otherwise.
    fn same_thing(&self, i: usize, j: usize) -> bool {
        let (a, b) = (self.free[i], self.free[j]);
        same_measure(a, b)
            || specific(a).is_none()
                && specific(b).is_none()
                && self.profiles.counted[i].same_specific(&self.profiles.counted[j])
    }

    /// Whether two claims' different measures may be one measure misread: neither the
    /// sides of one whole nor two states of people (`deaths`, `missing`), and the same
    /// holder where both sentences name one.
    fn may_be_misread(&self, i: usize, j: usize) -> bool {
        let (ha, hb) = (&self.profiles.holders[i], &self.profiles.holders[j]);
        let distinct = match (specific(self.free[i]), specific(self.free[j])) {
            (Some(x), Some(y)) => lexicon::opposed(x, y) || lexicon::is_person_state(x) && lexicon::is_person_state(y),
            _ => false,
        };
        !distinct && not_named_apart(ha, hb)
    }

    /// Whether two figures are one number in reports that share figures and names
    /// themselves: then how a report tells it does not make it another fact. One report
    /// hedges as an estimate what another states (`an 18% rise`, `schätzungsweise 18
    /// Prozent mehr`), or frames with what another states (`nach drei Jahren und neun
    /// Monaten Haft`, `a sentence of three years and nine months`). What a figure is stays
    /// a veto: a change against a level (`to 734,000` and `by 734,000` say different things
    /// of one number) and a part against its total.
    pub(super) fn told_two_ways(&self, i: usize, j: usize, relation: Relation) -> bool {
        relation == Relation::Same && self.told_together(i, j)
    }

    /// Whether two figures may be one figure that one of two reports sharing figures and
    /// names themselves mistyped ([`mistyped`]): then they are one fact whose reports
    /// disagree, however little their own words share (`fast 1,5 Millionen Euro`
    /// Schulden, `nearly 1.5 billion euros` owed). Two significant digits (`1,2` and `2,1
    /// Prozent`) are in too many stories by chance: such figures must also name one
    /// measure, unless they are one amount of money under two scale words.
    pub(super) fn mistyped(&self, i: usize, j: usize) -> bool {
        // Asked of every candidate pair: the digits, read once per claim, first.
        let (Some(da), Some(db)) = (&self.profiles.digits[i], &self.profiles.digits[j]) else { return false };
        if !mistyped(da, db) || self.profiles.blocks[i] != self.profiles.blocks[j] {
            return false;
        }
        let (a, b) = (self.free[i], self.free[j]);
        !a.incidental
            && !b.incidental
            && (a.quantity.kind == Kind::Money && da.digits == db.digits || da.len >= 3 || same_measure(a, b))
            && self.told_together(i, j)
    }

    /// Whether claim `z` states claim `y`'s figure as a second voice of one statement: the
    /// same number in like words, or, across languages whose sentences share few words, with
    /// the same measure in reports that share figures and names themselves (`bis Donnerstag
    /// auf 67` Hitzetote, `the toll reached 67`). A claim that links with one of two such
    /// voices does not contradict the other (see `cluster::agglomerate`): a figure mistyped
    /// in a third report (`76`) joins the fact it mistypes.
    pub(super) fn voice(&self, z: usize, y: usize) -> bool {
        let (a, b, p) = (self.free[z], self.free[y], self.params);
        relation(a, b, p) == Relation::Same
            && (self.profiles.sim(z, y) >= p.differ_sim || same_measure(a, b) && self.told_together(z, y))
    }

    fn date(&self, i: usize) -> Option<NaiveDate> {
        self.days[i]
    }

    /// The link score of two claims, `None` when they are not the same fact.
    pub fn link(&self, i: usize, j: usize) -> Option<f64> {
        self.judge(i, j).ok()
    }

    /// [`Scorer::link`], given the similarity of the two claims when it is known, else
    /// `i`'s terms laid out by term ([`Profiles::spread`]) when the caller has them, to
    /// find it in one pass when it is needed.
    pub fn link_sim(&self, i: usize, j: usize, sim: Option<f64>, dense: Option<&[f64]>) -> Option<f64> {
        self.judge_sim(i, j, sim, dense).ok()
    }

    /// The link score of two claims, or why they are not one fact.
    pub fn judge(&self, i: usize, j: usize) -> Result<f64, &'static str> {
        self.judge_sim(i, j, None, None)
    }

    /// [`Scorer::judge`], given the similarity ([`Profiles::sim`]) when the caller has it.
    fn judge_sim(
        &self,
        i: usize,
        j: usize,
        known_sim: Option<f64>,
        dense: Option<&[f64]>,
    ) -> Result<f64, &'static str> {
        let (a, b, p) = (self.free[i], self.free[j], self.params);
        if self.profiles.blocks[i] != self.profiles.blocks[j] {
            return Err("different kind or unit");
        }
        // One source, one figure per fact: a source that gives two figures gives two facts
        // (an editor may still pin them together). When two figures of a source compete for
        // one fact, the better linked one wins (see [`Params::compatible_bonus`]).
        if self.profiles.sources[i] == self.profiles.sources[j] {
            return Err("same source");
        }
        // A fact is a figure of something: two figures neither of which says what it
        // measures (a bare `66`, `22 Prozent`, `zehn Jahre` of nothing named) are no fact
        // to share, however alike their sentences; one that says it lends it to both. An
        // amount of money is typed by its currency: the same amount in one currency may
        // still be one fact (`a £64m deal`, `£64.2m`), on the evidence the same figure needs.
        // So is the same figure in like sentences of two reports that share figures and
        // names themselves (`eight years and six months`, `8 Jahre und 6 Monate` demanded;
        // `down 29.6%`, `29,6 Prozent weniger`).
        let mistyped = self.mistyped(i, j);
        let named = says_what(a)
            || says_what(b)
            || same_amount(a, b, self.params)
            || self.unnamed_same(i, j)
            || a.quantity.kind == Kind::Money && mistyped;
        if !named {
            return Err("neither figure says what it measures");
        }
        let sim = known_sim.unwrap_or_else(|| match dense {
            Some(dense) => self.profiles.sim_spread(i, j, dense),
            None => self.profiles.sim(i, j),
        });
        let need = |ok: bool, why: &'static str| if ok { Ok(()) } else { Err(why) };
        // A date is checked by what it dates: the same year is in every story about it, so
        // dates link by context alone, as different figures do, whatever their values —
        // except the same day in reports of one story, which is the date of one event
        // however each report words it (`since September 13`, `am 13.September`).
        let relation = if a.quantity.kind == Kind::Date {
            if same_day(a, b) && self.same_story(i, j) {
                Relation::Same
            } else {
                Relation::Incomparable
            }
        } else {
            relation(a, b, p)
        };
        // Asked only of different figures whose sentences are not alike enough on their own,
        // at most once.
        let by_measure = std::cell::OnceCell::new();
        let by_measure = || *by_measure.get_or_init(|| self.by_measure(i, j));
        // Cheap tests first: most candidates fail on context, and `compatible` looks words
        // up in the lexicon.
        match relation {
            // Across languages two sentences share few weighted terms: the same measure in
            // reports that share figures and names themselves says as much (`gut drei
            // Milliarden Euro` Bußgeld, `a 3.12 billion-euro fine`).
            Relation::Compatible => need(
                sim >= p.compatible_sim || same_measure(a, b) && self.told_together(i, j),
                "figures within precision, too little shared context",
            )?,
            Relation::Differ | Relation::Bounded if mistyped => {}
            Relation::Differ | Relation::Bounded | Relation::Incomparable => need(
                sim >= p.differ_sim || sim >= p.measure_differ_sim && by_measure(),
                "different figures, too little shared context",
            )?,
            Relation::Same => {}
        }
        let two_ways = self.told_two_ways(i, j, relation);
        compatible_counted(a, b, relation, &self.profiles.counted[i], &self.profiles.counted[j], two_ways)?;
        // Figures placed in different places (`nine dead in Bangkok`, `could top 10,000 in
        // Myanmar`) are facts of each; the same figure may still be one fact told of a place
        // and the region around it.
        let (pa, pb) = (&self.profiles.places[i], &self.profiles.places[j]);
        need(relation == Relation::Same || not_named_apart(pa, pb), "figures of different places")?;
        // A figure of a period long past (`beim Streik im September 2022 rund 800 Flüge`)
        // beside the story's own, which names none (`830 Flüge`), is another event's.
        need(
            a.quantity.kind == Kind::Date || relation == Relation::Same || !self.one_past_against_now(i, j),
            "a past period's figure against the story's own",
        )?;
        let measures = measures(a, b, &self.profiles.taken[i], &self.profiles.taken[j]);
        let evidence = || self.profiles.evidence[i].shared(&self.profiles.evidence[j]);
        match relation {
            // The same day in one story: the words next to a date rarely name its event the
            // same way (`workers return` and `jobs`), so measures do not separate them.
            // Across languages two sentences share few weighted terms: the same day in
            // reports that share figures and names themselves is one day told twice (`am 3.
            // November`, `on November 3`).
            Relation::Same if a.quantity.kind == Kind::Date => {
                need(
                    sim >= p.compatible_sim || across_languages(a, b) && self.told_together(i, j),
                    "same day, too little shared context",
                )?;
                Ok(sim + p.same_value_bonus)
            }
            Relation::Same => {
                match measures {
                    Measures::Same => {}
                    Measures::Unknown => need(
                        sim >= p.same_value_sim || self.same_story(i, j),
                        "same figure, too little shared context, not one story",
                    )?,
                    // One set of people has many names (`33,000 workers`, `33.000 Mitglieder`
                    // of the union, `strikers`): the same count of people in reports of one
                    // story names one group, whichever noun each report uses.
                    Measures::Differ if people_both(a, b) => need(
                        sim >= p.same_value_sim || self.same_story(i, j),
                        "same count of people, too little shared context, not one story",
                    )?,
                    // The measure read from a clause's nearest word is often another word
                    // of the story (`turnout` and `vote share`, `subsidy` and `aid`): the
                    // same figure in reports that share figures and names themselves is
                    // one fact of one holder, unless the two measures are known to name
                    // different things (what befell people, the sides of a vote).
                    Measures::Differ => need(
                        sim >= p.measures_differ_sim || self.told_together(i, j) && self.may_be_misread(i, j),
                        "same figure, different measures",
                    )?,
                }
                Ok(sim + p.same_value_bonus)
            }
            Relation::Compatible => {
                need(!a.incidental, "framing figures that differ")?;
                need(!self.far_apart(i, j), "different figures in reports far apart in time")?;
                need(measures != Measures::Differ, "different measures")?;
                need(
                    measures == Measures::Same || self.same_story(i, j) || evidence(),
                    "no shared measure, concept or name, not one story",
                )?;
                // The same measure in reports that share figures and names themselves needs no
                // name in the sentence too (`Chef Matthias Oberle` speaks of the company's
                // cuts that another report gives as the company's).
                need(
                    same_who(&self.profiles.who[i], &self.profiles.who[j])
                        || (measures == Measures::Same || self.same_thing(i, j)) && self.told_together(i, j),
                    "no shared name",
                )?;
                Ok(sim + p.compatible_bonus)
            }
            // An open bound's overlap with a figure far from it (`at least 144` dead, later
            // `2,719`) is no evidence of one fact: context must show it, as for different
            // figures.
            Relation::Differ | Relation::Bounded | Relation::Incomparable => {
                need(!a.incidental || a.quantity.kind == Kind::Date, "framing figures that differ")?;
                // One figure mistyped in one of two reports that share figures and names
                // themselves (see [`Scorer::mistyped`]): two bounds may be one bound
                // mistyped, and its own words may say little (it needs no more below the
                // measures and the reports' dates).
                let typo = mistyped && matches!(relation, Relation::Differ | Relation::Bounded);
                // `more than 4 bn` and `more than 15 bn` overlap as intervals, yet state
                // different amounts; read as one fact they would only ever agree.
                let (qa, qb) = (a.quantity.qualifier, b.quantity.qualifier);
                need(
                    relation != Relation::Bounded
                        || typo
                        || !(qa.is_lower_bound() && qb.is_lower_bound() || qa.is_upper_bound() && qb.is_upper_bound()),
                    "two bounds of different figures",
                )?;
                need(!a.converted && !b.converted, "a currency conversion differs from another")?;
                // A date dates what its own clause names: both must date the same thing.
                need(a.quantity.kind != Kind::Date || measures == Measures::Same, "dates of different things")?;
                need(
                    same_event(a, &self.profiles.evidence[i].primary, &self.profiles.evidence[j].primary),
                    "dates of different events",
                )?;
                // A mistyped figure is one figure misprinted: the measure read from its
                // clause's nearest word may be another word of the story (`Bewertung`,
                // `equity value`), as for the same figure (see [`Scorer::may_be_misread`]).
                need(
                    measures != Measures::Differ || typo && self.may_be_misread(i, j),
                    "different figures, different measures",
                )?;
                need(!self.far_apart(i, j), "different figures in reports far apart in time")?;
                if typo {
                    return Ok(p.measure_link);
                }
                need(evidence(), "different figures, no shared concept or name in their sentences")?;
                need(
                    same_what(a, b, &self.profiles.what[i], &self.profiles.what[j]),
                    "different figures, not said to measure the same thing",
                )?;
                // A sentence that names no one (`Der Umsatz lag bei 78,9 Milliarden Euro`) has
                // no holder to differ: in reports that share figures and names themselves,
                // or that tell one story and say the figure measures the same thing (a toll
                // of two on Wednesday, `Drei Menschen kamen ums Leben` on Saturday), it is
                // the other's.
                let (wi, wj) = (&self.profiles.who[i], &self.profiles.who[j]);
                need(
                    same_who(wi, wj)
                        || (wi.is_empty() || wj.is_empty())
                            && (self.told_together(i, j) || self.same_thing(i, j) && self.same_story(i, j)),
                    "different figures, no shared name",
                )?;
                // Reports that share figures and names themselves, or are one story through
                // others and say the figure measures the same thing, or near-identical
                // sentences.
                need(
                    self.told_together(i, j)
                        || self.same_story(i, j) && (measures == Measures::Same || self.same_thing(i, j))
                        || sim >= p.story_free_sim,
                    "different figures in reports not shown to tell one story",
                )?;
                Ok(if sim < p.measure_link && by_measure() { p.measure_link } else { sim })
            }
        }
    }
}
