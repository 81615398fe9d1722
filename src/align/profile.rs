//! A claim's profile for alignment: what it is about, as weighted terms (lexicon concepts,
//! counted nouns, names, stems; IDF over the dossier, so the company every article names
//! weighs little), its evidence (concepts and specific names of its own sentence), its
//! measure, who it is about, and its block (kind and unit: only figures of one block meet).

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use super::names::{can_hold, name_tokens, normal_name, same_who};
use super::score::{Counted, What};
use crate::claim::{lexicon, Claim, Status};
use crate::lang::Lang;
use crate::quantity::Kind;

/// The weighted terms of a claim, before IDF.
pub(super) fn terms(c: &Claim, known: &HashSet<String>) -> BTreeMap<String, f64> {
    let mut t: BTreeMap<String, f64> = BTreeMap::new();
    let mut add = |key: String, w: f64| {
        let e = t.entry(key).or_insert(0.0);
        *e = e.max(w);
    };
    // A concept that is only the broader sense of another one here (`pay` beside `offer`)
    // says less about the claim than the specific one.
    let broader: HashSet<&str> =
        c.keywords.iter().filter_map(|k| lexicon::entry(k)).flat_map(|e| e.broader.iter().copied()).collect();
    for (rank, k) in c.keywords.iter().enumerate() {
        let concept = lexicon::is_concept(k);
        let decay = 1.0 / (1.0 + 0.1 * rank as f64);
        let near = 1.0 / (1.0 + 0.05 * rank as f64);
        let w = match (concept, broader.contains(k.as_str())) {
            (true, false) => near,
            (true, true) => 0.5 * near,
            // Plain stems rarely cross sources (or languages): a little weight, nearest only.
            _ if rank < 8 => 0.25 * decay,
            _ => continue,
        };
        add(format!("k:{k}"), w);
    }
    for k in &c.nearby_keywords {
        add(format!("k:{k}"), 0.3);
    }
    if let Some(unit) = c.quantity.unit.as_deref().filter(|_| matches!(c.quantity.kind, Kind::Count | Kind::Ratio)) {
        let mut concepts = unit_concepts(unit);
        let mut seen = HashSet::new();
        concepts.retain(|c| seen.insert(*c));
        for (i, concept) in concepts.into_iter().take(2).enumerate() {
            add(format!("k:{concept}"), if i == 0 { 1.0 } else { 0.5 });
        }
    }
    // What a ratio says: how many remain, or how many left (`3 of 14` vs `11 of 14`).
    if c.quantity.kind == Kind::Ratio {
        if let Some(p) = c.keywords.iter().find(|k| *k == "remain" || *k == "leave") {
            add(format!("p:{p}"), 1.0);
        }
    }
    for e in &c.entities {
        for tok in name_tokens(e, known) {
            add(format!("e:{tok}"), 1.0);
        }
    }
    for e in &c.nearby {
        for tok in name_tokens(e, known) {
            add(format!("e:{tok}"), 0.4);
        }
    }
    t
}

/// In a sentence that lists figures and names several holders, those of the figure's own
/// part of it (between commas, semicolons and list words: `CDU 31,2 Prozent, SPD 26,3
/// Prozent, Grüne 8,1`), when that part names any: a list's figures are each of their own
/// holder, not of every name in the sentence.
fn own_holders(c: &Claim, no_one: &NoOne) -> Option<HashSet<String>> {
    if c.entities.len() < 2 {
        return None;
    }
    let s = c.sentence.as_str();
    let (at, end) = (c.quantity.start.checked_sub(c.sentence_start)?, c.quantity.end.checked_sub(c.sentence_start)?);
    let lang = c.lang.unwrap_or(crate::Lang::FALLBACK);
    let list_words = lang.rules().list_words;
    let mut breaks: Vec<(usize, usize)> = s.match_indices([',', ';']).map(|(i, m)| (i, i + m.len())).collect();
    for w in list_words {
        let padded = format!(" {w} ");
        breaks.extend(s.match_indices(padded.as_str()).map(|(i, m)| (i, i + m.len())));
    }
    let from = breaks.iter().filter(|b| b.1 <= at).map(|b| b.1).max().unwrap_or(0);
    let to = breaks.iter().filter(|b| b.0 >= end).map(|b| b.0).min().unwrap_or(s.len());
    let part = s.get(from..to)?;
    // A figure's own part must name a holder, not a weekday (`737 injured in Friday's quake`).
    let own: HashSet<String> = c
        .entities
        .iter()
        .filter(|e| part.contains(e.as_str()) && !no_one.names(c, e))
        .map(|e| normal_name(e))
        .collect();
    (!own.is_empty()).then_some(own)
}

/// The names of a set of claims that can hold no figure ([`can_hold`]), each name asked
/// once per language: the lexicon look-up behind the answer is asked of every name of
/// every claim otherwise.
pub(super) struct NoOne(HashMap<crate::Lang, HashSet<String>>);

impl NoOne {
    pub(super) fn of(claims: &[&Claim]) -> NoOne {
        let all: HashSet<(&str, crate::Lang)> = claims
            .iter()
            .flat_map(|c| {
                let lang = c.lang.unwrap_or(crate::Lang::FALLBACK);
                c.entities.iter().chain(&c.nearby).map(move |e| (e.as_str(), lang))
            })
            .collect();
        let all: Vec<(&str, crate::Lang)> = all.into_iter().collect();
        let found: Vec<(&str, crate::Lang)> = all.into_par_iter().filter(|&(e, lang)| !can_hold(e, lang)).collect();
        let mut by_lang: HashMap<crate::Lang, HashSet<String>> = HashMap::new();
        for (e, lang) in found {
            by_lang.entry(lang).or_default().insert(e.to_string());
        }
        NoOne(by_lang)
    }

    /// Whether name `e` of claim `c` names no one.
    fn names(&self, c: &Claim, e: &str) -> bool {
        self.0.get(&c.lang.unwrap_or(crate::Lang::FALLBACK)).is_some_and(|names| names.contains(e))
    }
}

/// Each source's main subject: the name most of its claims mention that can hold a figure
/// (not a weekday: `Am Montag` in every sentence of a crash report names no one).
pub(super) fn main_subjects<'a>(claims: &[&'a Claim], no_one: &NoOne) -> HashMap<&'a str, String> {
    let mut counts: BTreeMap<(&str, String), usize> = BTreeMap::new();
    for c in claims {
        let names: HashSet<String> =
            c.entities.iter().chain(&c.nearby).filter(|e| !no_one.names(c, e)).map(|e| normal_name(e)).collect();
        for n in names {
            *counts.entry((c.source.as_str(), n)).or_insert(0) += 1;
        }
    }
    let mut best: HashMap<&str, (usize, String)> = HashMap::new();
    for ((source, name), n) in counts {
        let e = best.entry(source).or_insert((0, String::new()));
        if n > e.0 {
            *e = (n, name);
        }
    }
    best.into_iter().filter(|(_, (n, _))| *n >= 2).map(|(s, (_, name))| (s, name)).collect()
}

/// What a claim gives as evidence that it states the same fact as another.
pub(super) struct Evidence {
    /// Concepts its sentence states directly.
    pub(super) primary: HashSet<String>,
    /// What those are kinds of (`capex` → `investment`).
    pub(super) broader: HashSet<String>,
    /// Whole names in its own sentence that at most half of the sources mention (a first
    /// name is no evidence: `Mark` Zuckerberg is not `Mark` Chen).
    pub(super) names: HashSet<String>,
}

impl Evidence {
    pub(super) fn shared(&self, other: &Evidence) -> bool {
        same_who(&self.names, &other.names)
            || !self.primary.is_disjoint(&other.primary)
            || !self.primary.is_disjoint(&other.broader)
            || !self.broader.is_disjoint(&other.primary)
    }
}

/// The concepts of a counted noun, in every language; a two-word unit (`graphics
/// processors`) is looked up as a phrase too.
///
/// The order decides which two concepts a profile keeps: phrases come first, looked up in
/// the languages' reverse order, then the last word in their order, as it always was.
pub(super) fn unit_concepts(unit: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let words: Vec<&str> = unit.split(' ').collect();
    if let [.., first, second] = words.as_slice() {
        for &lang in Lang::ALL.iter().rev() {
            out.extend(lexicon::phrase_concepts(first, second, lang));
        }
    }
    let last = words.last().copied().unwrap_or(unit);
    for &lang in Lang::ALL {
        out.extend(lexicon::concepts(last, lang));
    }
    out
}

/// The lexicon concepts a claim's sentence states directly (not only as a broader sense).
pub(super) fn primary_concepts(c: &Claim) -> Vec<String> {
    let entries: Vec<&lexicon::Entry> = c.keywords.iter().filter_map(|k| lexicon::entry(k)).collect();
    let broader: HashSet<&str> = entries.iter().flat_map(|e| e.broader.iter().copied()).collect();
    let mut out: Vec<String> =
        entries.iter().map(|e| e.concept).filter(|k| !broader.contains(k)).map(str::to_string).collect();
    // A measure its sentence only refers back to (`the new total of 1,644`) is stated all
    // the same.
    if let Some(m) = c.measure.as_deref().filter(|m| !out.iter().any(|o| o == m)) {
        out.push(m.to_string());
    }
    out
}

/// The block a claim can be compared within: its kind and dimension (money in one
/// currency, percent or points, one SI unit). Counts and bare numbers are one block: a
/// report may drop the noun (`513 Abgeordnete` / `513 voted in favour`).
pub fn dimension(c: &Claim) -> String {
    let q = &c.quantity;
    match q.kind {
        Kind::Money => format!("money:{}", q.unit.as_deref().unwrap_or("?")),
        Kind::Percent => format!("percent:{}", q.unit.as_deref().unwrap_or("%")),
        Kind::Measure => format!("measure:{}", q.unit.as_deref().unwrap_or("?")),
        Kind::Count | Kind::Number => "count".to_string(),
        other => other.as_str().to_string(),
    }
}

/// The profiles of the claims that take part in alignment, by index.
pub(super) struct Profiles {
    /// IDF-weighted terms as (interned term, weight), sorted by term, and their norms:
    /// similarity is a merge of two short sorted lists, no string comparison. The terms are
    /// also the keys of the candidate index.
    pub vectors: Vec<Vec<(u32, f64)>>,
    pub norms: Vec<f64>,
    /// Whether each interned term is language-neutral (a concept, a name), and each claim's
    /// norm over those terms only: see [`Profiles::sim`].
    neutral: Vec<bool>,
    neutral_norms: Vec<f64>,
    langs: Vec<Option<crate::Lang>>,
    /// Each claim's block and source as small numbers (equal exactly when the block or the
    /// source id is): compared for every candidate pair.
    pub blocks: Vec<u32>,
    pub sources: Vec<u32>,
    /// Names of the claim's sentence (its neighbours' too when it names no one who can hold
    /// the figure), and its source's main subject; places also under their English names;
    /// names in very many reports left out ([`super::params::Params::common_in`]).
    pub who: Vec<HashSet<String>>,
    /// Who the claim's own sentence says the figure is of: its names, less weekdays,
    /// demonyms and words the lexicon knows as concepts (`GDP`). Empty when the sentence
    /// names no one.
    pub holders: Vec<HashSet<String>>,
    /// Holders some report sets against each other for one measure: it gives the measure's
    /// figures of both (`CDU 31,2 Prozent, SPD 26,3 Prozent`; nine dead in Bangkok, 153 in
    /// Myanmar). Keyed by measure, then the two names in order. Holders no report sets
    /// apart (a crash's village in one report, its country in another) may be one bearer
    /// named two ways.
    pub contrasts: HashSet<(&'static str, String, String)>,
    /// The claim's places ([`crate::claim::Claim::places`]), as compared names.
    pub places: Vec<HashSet<String>>,
    pub evidence: Vec<Evidence>,
    /// What each claim counts and what it says it measures, read once: asked of every
    /// candidate pair (see [`super::score::compatible`], [`super::score::same_what`]).
    pub counted: Vec<Counted>,
    /// Per claim, the measures the other figures of its sentence (framing ones aside) have
    /// taken.
    pub taken: Vec<Vec<&'static str>>,
    pub what: Vec<What>,
    /// Each claim's significant digits (see [`crate::compare::Digits`]), read once.
    pub digits: Vec<Option<crate::compare::Digits>>,
}

impl Profiles {
    /// The profiles of `free`, whose blocks ([`dimension`]) the caller has computed: the
    /// story index needs them too.
    pub fn build(free: &[&Claim], dims: &[String], params: &super::params::Params) -> Profiles {
        let no_one = NoOne::of(free);
        // The sources that mention each name, as written.
        let source_count = free.iter().map(|c| c.source.as_str()).collect::<HashSet<_>>().len();
        let mut name_sources: HashMap<String, HashSet<&str>> = HashMap::new();
        for c in free {
            for e in c.entities.iter().chain(&c.nearby) {
                name_sources.entry(normal_name(e)).or_default().insert(c.source.as_str());
            }
        }
        // A name in very many reports says whose a figure is no more than a name in all of
        // them: a collection of one country's news names its country and capital in
        // hundreds of unrelated articles (see [`Params::common_in`]).
        let common = params.common_in(source_count);
        let distinctive = |n: &String| name_sources.get(n).is_none_or(|s| s.len() <= common);
        let subjects = main_subjects(free, &no_one);
        // Each sentence's claims, by index: who a listed figure is of, and which measures
        // the other figures of its sentence took, are read from them.
        let mut of_sentence: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
        for (i, c) in free.iter().enumerate() {
            of_sentence.entry((c.source.as_str(), c.sentence_start)).or_default().push(i);
        }
        let sentence_of = |i: usize| {
            let c = free[i];
            of_sentence.get(&(c.source.as_str(), c.sentence_start)).map_or(&[][..], Vec::as_slice)
        };
        // Whether claim `i`'s sentence gives several figures, dates aside (a list).
        let in_list = |i: usize| sentence_of(i).iter().filter(|&&j| free[j].quantity.kind != Kind::Date).count() >= 2;
        let who: Vec<HashSet<String>> = (0..free.len())
            .into_par_iter()
            .map(|i| {
                let c = free[i];
                // A sentence that lists several figures (dates aside): the figure's holder is
                // read from its own part.
                let listed = c.quantity.kind != Kind::Date && in_list(i);
                let names = listed.then(|| own_holders(c, &no_one)).flatten().unwrap_or_else(|| {
                    // A sentence that names who can hold the figure speaks of them, not of
                    // the names of the sentences around it (`Spain's toll rose to 93`, then
                    // `In Italy, 19 people have died`). The report's main subject stays: a
                    // quake's town is the country's (`Mandalay`, `Myanmar`).
                    let lang = c.lang.unwrap_or(Lang::FALLBACK);
                    let own = c.entities.iter().any(|e| !no_one.names(c, e) && can_hold(e, lang));
                    let mut s: HashSet<String> = c
                        .entities
                        .iter()
                        .chain(c.nearby.iter().filter(|_| !own))
                        .filter(|e| !no_one.names(c, e))
                        .map(|e| normal_name(e))
                        .collect();
                    s.extend(subjects.get(c.source.as_str()).cloned());
                    if !s.is_empty() && !s.iter().any(&distinctive) {
                        // Names, but only ones too common to say whose the figure is: no
                        // holder to share, yet not a sentence that names no one (which
                        // takes any holder).
                        return HashSet::from([format!("\u{0}{i}")]);
                    }
                    s.retain(&distinctive);
                    s
                });
                // Places count under their English names too, however the names were read.
                with_english_places(names, c)
            })
            .collect();
        let known: HashSet<String> =
            free.par_iter().flat_map_iter(|c| c.entities.iter().chain(&c.nearby)).map(|e| e.to_lowercase()).collect();
        let raw: Vec<BTreeMap<String, f64>> = free.par_iter().map(|c| terms(c, &known)).collect();
        // A term only one source uses cannot show that two sources state the same fact (one
        // source never gives two claims of a fact); it would only dilute the similarity.
        // Per term, in one look-up per claim using it: the first source seen using it,
        // whether another one does, how many claims use it (its document frequency), and
        // its number, given in order of first use by a claim once it is known to be shared.
        struct Stat<'a> {
            first: &'a str,
            shared: bool,
            df: usize,
            id: Option<u32>,
        }
        let mut stats: foldhash::HashMap<&str, Stat> = Default::default();
        for (c, t) in free.iter().zip(&raw) {
            for k in t.keys() {
                let e = stats.entry(k.as_str()).or_insert(Stat {
                    first: c.source.as_str(),
                    shared: false,
                    df: 0,
                    id: None,
                });
                e.shared |= e.first != c.source;
                e.df += 1;
            }
        }
        let n = free.len() as f64;
        // Sharp IDF: a name in every article (`Meta`) must weigh far less than one in two.
        let idf = |df: usize| ((n + 1.0) / (df as f64 + 0.5)).ln().max(0.1);
        let mut terms_by_id: Vec<&str> = Vec::new();
        let vectors: Vec<Vec<(u32, f64)>> = raw
            .iter()
            .map(|t| {
                let mut v: Vec<(u32, f64)> = t
                    .iter()
                    .filter_map(|(k, w)| {
                        let stat = stats.get_mut(k.as_str()).filter(|s| s.shared)?;
                        let id = *stat.id.get_or_insert_with(|| {
                            terms_by_id.push(k.as_str());
                            terms_by_id.len() as u32 - 1
                        });
                        Some((id, w * idf(stat.df)))
                    })
                    .collect();
                v.sort_unstable_by_key(|&(id, _)| id);
                v
            })
            .collect();
        let norms: Vec<f64> = vectors.iter().map(|v| v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt()).collect();
        let neutral: Vec<bool> =
            terms_by_id.iter().map(|k| k.strip_prefix("k:").is_none_or(lexicon::is_concept)).collect();
        let neutral_norms: Vec<f64> = vectors
            .iter()
            .map(|v| v.iter().filter(|(id, _)| neutral[*id as usize]).map(|(_, x)| x * x).sum::<f64>().sqrt())
            .collect();
        let blocks = intern(dims.iter().map(String::as_str));
        let sources = intern(free.iter().map(|c| c.source.as_str()));
        // Evidence beyond overall similarity: a concept the claims' own sentences state, or a
        // whole name both sentences mention that at most half of the sources mention (not the
        // company every article is about). Neighbouring sentences add similarity, never
        // evidence.
        let evidence: Vec<Evidence> = free
            .par_iter()
            .map(|c| {
                let primary: HashSet<String> = primary_concepts(c).into_iter().collect();
                let broader: HashSet<String> = primary
                    .iter()
                    .filter_map(|k| lexicon::entry(k))
                    .flat_map(|e| e.broader.iter().map(|b| b.to_string()))
                    .collect();
                let names = c
                    .entities
                    .iter()
                    .map(|e| normal_name(e))
                    .filter(|n| name_sources.get(n).is_some_and(|s| s.len() * 2 <= source_count))
                    .collect();
                Evidence { primary, broader, names }
            })
            .collect();
        let holders: Vec<HashSet<String>> = free.par_iter().map(|c| with_english_places(holders(c), c)).collect();
        // Who each figure itself is of, for the contrasts: its own part of a list, else its
        // sentence's holders.
        let own = |i: usize| {
            in_list(i).then(|| own_holders(free[i], &no_one)).flatten().unwrap_or_else(|| holders[i].clone())
        };
        let contrasts = contrasts(free, &sources, &holders, &own);
        let places = free
            .par_iter()
            .map(|c| with_english_places(c.places.iter().map(|p| normal_name(p)).collect(), c))
            .collect();
        let counted = free.par_iter().map(|c| Counted::of(c)).collect();
        // A figure that only frames (`dieses Jahr`) takes no measure from the others.
        let taken = (0..free.len())
            .map(|i| {
                let others = sentence_of(i).iter().filter(|&&j| j != i && !free[j].incidental);
                others
                    .filter_map(|&j| free[j].measure.as_deref().and_then(crate::claim::lexicon::entry))
                    .map(|e| e.concept)
                    .collect()
            })
            .collect();
        let what = free.par_iter().map(|c| What::of(c)).collect();
        let digits = free.par_iter().map(|c| crate::compare::Digits::of(c)).collect();
        let langs = free.iter().map(|c| c.lang).collect();
        Profiles {
            vectors,
            norms,
            neutral,
            neutral_norms,
            langs,
            blocks,
            sources,
            who,
            holders,
            contrasts,
            places,
            evidence,
            counted,
            taken,
            what,
            digits,
        }
    }

    /// Whether an interned term is language-neutral (a concept, a name).
    pub fn is_neutral(&self, term: u32) -> bool {
        self.neutral[term as usize]
    }

    /// An upper bound of [`Profiles::sim`] of two claims, given upper bounds of the dot
    /// products of their weighted terms over all terms and over the neutral ones. Takes the
    /// neutral similarity whatever the languages and however many terms it rests on, so it
    /// is never below the similarity itself.
    pub fn sim_bound(&self, i: usize, j: usize, dot: f64, dot_neutral: f64) -> f64 {
        let cos = |d: f64, na: f64, nb: f64| if na == 0.0 || nb == 0.0 { 0.0 } else { d / (na * nb) };
        cos(dot, self.norms[i], self.norms[j]).max(cos(dot_neutral, self.neutral_norms[i], self.neutral_norms[j]))
    }

    /// Cosine similarity of two claims' weighted terms; for claims of different languages,
    /// that of their language-neutral terms (concepts, names) alone if higher and resting on
    /// two terms or more: a German and an English sentence share no word stems, and their
    /// stems would only dilute what they do share.
    pub fn sim(&self, i: usize, j: usize) -> f64 {
        let (a, b) = (&self.vectors[i], &self.vectors[j]);
        let (mut x, mut y, mut dot, mut dot_neutral, mut shared_neutral) = (0, 0, 0.0, 0.0, 0);
        while x < a.len() && y < b.len() {
            match a[x].0.cmp(&b[y].0) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let d = a[x].1 * b[y].1;
                    dot += d;
                    if self.neutral[a[x].0 as usize] {
                        dot_neutral += d;
                        shared_neutral += 1;
                    }
                    x += 1;
                    y += 1;
                }
            }
        }
        self.cosine(i, j, dot, dot_neutral, shared_neutral)
    }

    /// The number of interned terms: the length of a claim's terms laid out by term (see
    /// [`Profiles::spread`]).
    pub fn term_count(&self) -> usize {
        self.neutral.len()
    }

    /// Lays claim `i`'s weights out by term in `dense` (zero elsewhere), for
    /// [`Profiles::sim_spread`] with many other claims; `clear` puts the zeros back.
    pub fn spread(&self, i: usize, dense: &mut [f64]) {
        for &(term, w) in &self.vectors[i] {
            dense[term as usize] = w;
        }
    }

    /// Undoes [`Profiles::spread`].
    pub fn clear(&self, i: usize, dense: &mut [f64]) {
        for &(term, _) in &self.vectors[i] {
            dense[term as usize] = 0.0;
        }
    }

    /// [`Profiles::sim`] of claims `i` and `j`, with `i`'s weights laid out by term in
    /// `dense` ([`Profiles::spread`]): one pass over `j`'s terms, no merge. The shared terms
    /// are summed in the same order (by term) and the others add nothing (a weight is never
    /// zero, and adding zero to a sum of products of positive weights leaves it as it is),
    /// so the result is the same to the bit.
    pub fn sim_spread(&self, i: usize, j: usize, dense: &[f64]) -> f64 {
        let (mut dot, mut dot_neutral, mut shared_neutral) = (0.0, 0.0, 0);
        for &(term, wj) in &self.vectors[j] {
            let wi = dense[term as usize];
            if wi != 0.0 {
                let d = wi * wj;
                dot += d;
                if self.neutral[term as usize] {
                    dot_neutral += d;
                    shared_neutral += 1;
                }
            }
        }
        self.cosine(i, j, dot, dot_neutral, shared_neutral)
    }

    /// The similarity of two claims from the dot products of their shared terms (see
    /// [`Profiles::sim`]).
    fn cosine(&self, i: usize, j: usize, dot: f64, dot_neutral: f64, shared_neutral: usize) -> f64 {
        let cos = |d: f64, na: f64, nb: f64| if na == 0.0 || nb == 0.0 { 0.0 } else { d / (na * nb) };
        let full = cos(dot, self.norms[i], self.norms[j]);
        // Within one language the stems count; one shared name or concept alone is no
        // likeness of sentences.
        if shared_neutral < 2 || self.langs[i] == self.langs[j] {
            return full;
        }
        full.max(cos(dot_neutral, self.neutral_norms[i], self.neutral_norms[j]))
    }
}

/// Each string as a number, the same for equal strings (in order of first appearance).
fn intern<'a>(items: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let mut ids: foldhash::HashMap<&str, u32> = Default::default();
    items
        .map(|s| {
            let next = ids.len() as u32;
            *ids.entry(s).or_insert(next)
        })
        .collect()
}

/// The names of a claim's own sentence that can hold a figure (see [`Profiles::holders`]).
///
/// The speaker stays among them: leaving them out would leave many figures with no holder
/// at all, which meets every holder (on the 10kGNAD articles, 260 PKK fighters met 12,000
/// NATO soldiers). Labels leave the speaker out.
fn holders(c: &Claim) -> HashSet<String> {
    let lang = c.lang.unwrap_or(Lang::FALLBACK);
    c.entities.iter().filter(|e| can_hold(e, lang)).map(|e| normal_name(e)).collect()
}

/// A claim's names (comparison forms) with the English form of each place its language
/// names otherwise (`österreich` and `austria`): a German and an English report then name
/// one holder alike. Only who a figure is of reads them: which reports tell one story and
/// what evidence two sentences share compare names as written, so that a place named in
/// both languages adds no evidence of its own (a story's country is in all its reports).
fn with_english_places(mut names: HashSet<String>, c: &Claim) -> HashSet<String> {
    let lang = c.lang.unwrap_or(Lang::FALLBACK);
    let english: Vec<&str> = names.iter().filter_map(|n| crate::lang::english_place(lang, n)).collect();
    names.extend(english.into_iter().map(str::to_string));
    names
}

/// The holders each report sets against each other for one measure (see
/// [`Profiles::contrasts`]): per report and measure, the pairs of its figures whose own
/// holders have none in common. A report gives a measure a few figures at most, so the
/// pairs stay few.
fn contrasts(
    free: &[&Claim],
    sources: &[u32],
    holders: &[HashSet<String>],
    own: &dyn Fn(usize) -> HashSet<String>,
) -> HashSet<(&'static str, String, String)> {
    // By report (interned) and measure; the set built below does not depend on the order.
    let mut by_measure: foldhash::HashMap<(u32, &'static str), Vec<usize>> = Default::default();
    for (i, c) in free.iter().enumerate() {
        if holders[i].is_empty() {
            continue;
        }
        let measure = c.measure.as_deref().and_then(lexicon::entry).filter(|e| !lexicon::is_vague(e.concept));
        if let Some(e) = measure {
            by_measure.entry((sources[i], e.concept)).or_default().push(i);
        }
    }
    let mut out = HashSet::new();
    for ((_, measure), list) in by_measure {
        if list.len() < 2 {
            continue;
        }
        let own: HashMap<usize, HashSet<String>> = list.iter().map(|&i| (i, own(i))).collect();
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if same_who(&own[&i], &own[&j]) {
                    continue;
                }
                for a in own[&i].difference(&own[&j]) {
                    for b in own[&j].difference(&own[&i]) {
                        let (a, b) = if a <= b { (a, b) } else { (b, a) };
                        out.insert((measure, a.clone(), b.clone()));
                    }
                }
            }
        }
    }
    out
}

/// Whether a figure's profile is usable at all: rejected and stale claims take no part.
pub(super) fn usable(c: &Claim) -> bool {
    c.status != Status::Rejected && !c.stale
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::claim::extract_all;
    use crate::source::Source;

    fn claim(text: &str) -> Claim {
        let s = Source::from_text("t", Path::new("t.txt"), text.to_string(), None).unwrap();
        extract_all(std::slice::from_ref(&s)).into_iter().flatten().next().unwrap()
    }

    fn claims(id: &str, text: &str) -> Vec<Claim> {
        let s = Source::from_text(id, Path::new(id), text.to_string(), None).unwrap();
        extract_all(std::slice::from_ref(&s)).into_iter().flatten().collect()
    }

    #[test]
    fn a_weekday_is_no_reports_subject() {
        for (id, text) in [
            ("de", "Am Montag starben fünf Menschen. Am Montag wurden 61 Menschen verletzt. Am Montag fuhr der Zug 96 km/h."),
            ("en", "On Monday five people died. On Monday 61 people were injured. On Monday the train ran at 96 km/h."),
        ] {
            let all = claims(id, text);
            let refs: Vec<&Claim> = all.iter().collect();
            let no_one = NoOne::of(&refs);
            assert!(main_subjects(&refs, &no_one).is_empty(), "{id}: {:?}", main_subjects(&refs, &no_one));
        }
    }

    #[test]
    fn a_measure_referred_back_to_is_stated() {
        let mut c = claim("The new total of 1,644 marks a steep jump.");
        c.measure = Some("deaths".to_string());
        assert!(primary_concepts(&c).contains(&"deaths".to_string()));
    }
}
